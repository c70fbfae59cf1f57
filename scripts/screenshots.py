"""Makes the screenshots in docs/screenshots/ of the main window and the log view.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py

Fictional training data, a private keyring in memory and a temporary workspace: nothing of
the user's is touched.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

import keyring

from desktop.core import training
from desktop.models.backend import Backend
from desktop.models.operations import Operations
from desktop.store.keys import MemoryKeyring
from desktop.store.workspace import Workspace

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
NOW = dt.datetime(2026, 11, 26, 8, 0, tzinfo=dt.UTC)
SIZES = [(1366, 768), (1920, 1080)]


class _Locker:
    needs_passphrase = False

    def lock(self) -> None:  # the screenshots never lock
        pass

    def unlock(self, passphrase: str | None) -> object:
        raise NotImplementedError


def settle(ops: Operations, ms: int = 200) -> None:
    loop = QEventLoop()

    def check() -> None:
        if ops.busy:
            QTimer.singleShot(30, check)
        else:
            QTimer.singleShot(ms, loop.quit)

    QTimer.singleShot(50, check)
    loop.exec()


def main() -> int:
    from desktop.views.logview import OppmerksomheterPage
    from desktop.views.mainwindow import MainWindow

    keyring.set_keyring(MemoryKeyring())
    app = QApplication(sys.argv[:1])
    ws = Workspace.create(Path(tempfile.mkdtemp()) / "ws")
    with ws.factory() as session, session.begin():
        result = training.build_training_municipality(session, device=ws.device_id, now=NOW)
    kari = next(p for p in result.people if p.navn == "Kari Nilsen")
    ops = Operations()
    backend = Backend(ops, ws.transaction, kari.ref, clock=lambda: NOW)
    OUT.mkdir(parents=True, exist_ok=True)
    for width, height in SIZES:
        window = MainWindow(
            backend=backend,
            locker=_Locker(),  # type: ignore[arg-type]
            who_text="Kari Nilsen (Pedagogisk leder)",
            may_create=True,
        )
        window.resize(width, height)
        window.show()
        settle(ops)
        window.grab().save(str(OUT / f"hovedvindu-{width}x{height}.png"))
        view = window.open_log(result.logs["Ella Fjellstad"])
        settle(ops)
        view.show_page(OppmerksomheterPage)
        settle(ops)
        window.grab().save(str(OUT / f"logg-{width}x{height}.png"))
        window.idle.timer.stop()
        window.close()
    ops.shutdown()
    ws.close()
    app.quit()
    print(f"Skjermbilder lagret i {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
