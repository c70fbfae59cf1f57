"""The start-up benchmark's child process: the app (or the bare floor) with a stopwatch's marks.

    python -m benchmarks.startup_probe app [the app's arguments]   # as `python -m desktop ...`
    python -m benchmarks.startup_probe floor                       # a bare QMainWindow
    python -m benchmarks.startup_probe libs                        # the same after importing the app's libraries

Both make the QApplication here, then run the same way; the app through its entry point
(``desktop.__main__.main``, what ``stafettlogg`` and ``python -m desktop`` run). Each mark is a
line ``MARK name <time.time()>`` on stdout; the parent subtracts the moment it started the
process. The app's sign-in dialog is answered at once with «Kari Nilsen» (no think time).

**Interactive** is: the main window is shown, «Mine logger» holds the person's logs (the query
on the database worker has answered and the model has its rows), and a zero-timer posted after
that has fired — so the window has painted the rows and the event loop is idle, waiting for
input. The floor's is the same without the rows: its window is shown and a zero-timer has fired.
**Roles** is when the main window's tabs and menu entries for the person's roles are in place
(they are built after «Mine logger»); the app exits once it has both marks.

``libs`` imports the third-party libraries the app has imported by the time it is interactive
(nothing of ours): the floor of a start that needs them.
"""

from __future__ import annotations

import sys
import time


def mark(name: str) -> None:
    print(f"MARK {name} {time.time():.6f}", flush=True)


mark("python")  # the interpreter is up; everything after this is the program's own

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

PERSON = "Kari Nilsen"


class Probe(QObject):
    """Watches the app's windows appear (an event filter on the application)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.window: QWidget | None = None
        self.marked: set[str] = set()
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            kind = type(watched).__name__
            if kind == "SignInDialog":
                mark("signin")
                QTimer.singleShot(0, lambda w=watched: self.sign_in(w))
            elif kind == "MainWindow" and self.window is None:
                mark("window")
                self.window = watched
                model = watched.list_page.model  # type: ignore[attr-defined]
                model.modelReset.connect(lambda m=model: self.rows(m))
                watched.roles_shown.connect(lambda: self.done("roles"))  # type: ignore[attr-defined]
        return False

    @staticmethod
    def sign_in(dialog: QWidget) -> None:
        people = dialog.list  # type: ignore[attr-defined]
        for row in range(people.count()):
            if people.item(row).text().startswith(PERSON):
                people.setCurrentRow(row)
        dialog.accept()  # type: ignore[attr-defined]

    def rows(self, model: object) -> None:
        if model.rowCount() > 0:  # type: ignore[attr-defined]
            QTimer.singleShot(0, self.interactive)

    def interactive(self) -> None:
        self.done("interactive")

    def done(self, name: str) -> None:
        if name in self.marked:
            return
        mark(name)
        self.marked.add(name)
        if self.marked >= {"interactive", "roles"}:
            self.app.exit(0)


def main() -> int:
    mode, args = sys.argv[1], sys.argv[2:]
    app = QApplication(sys.argv[:1])
    if mode in ("floor", "libs"):
        from PySide6.QtWidgets import QMainWindow

        if mode == "libs":  # what the app has imported of others' by «interactive», and nothing of ours
            import cryptography.hazmat.primitives.ciphers.aead
            import cryptography.hazmat.primitives.kdf.scrypt  # noqa: F401
            import keyring  # noqa: F401
            import platformdirs  # noqa: F401
            import sqlalchemy.orm  # noqa: F401
            import sqlcipher3  # noqa: F401
            import stdnum.no.fodselsnummer  # noqa: F401

        window = QMainWindow()
        window.setWindowTitle("Stafettlogg")
        window.resize(1366, 768)
        window.show()
        mark("window")
        QTimer.singleShot(0, lambda: (mark("interactive"), app.exit(0)))
        return app.exec()
    Probe(app)
    sys.argv = [sys.argv[0], *args]
    from desktop.__main__ import main as run

    return run()


if __name__ == "__main__":
    sys.exit(main())
