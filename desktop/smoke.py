"""``stafettlogg --smoke-test``: proof that a build starts and works, with no one at the keyboard.

Made for the PyInstaller bundle (tests/test_build.py runs it offscreen in CI), where what goes
wrong is what the source tree never shows: a data file, a Qt plugin, a library or a lazily
imported module left out. In a fresh temporary folder it creates an encrypted workspace with the
training municipality, opens it again (SQLCipher, the migrations), signs in a stafettholder, shows
the main window until «Mine logger» is filled, opens a log, makes its PDF (reportlab's fonts) and
reads that back with QtPdf. One line on stdout and exit 0 when all of it worked; the reason and
exit 1 otherwise, or 3 if something hangs (a modal dialog offscreen would wait forever).
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop import __version__
from desktop.core import training
from desktop.core.context import PersonRef
from desktop.core.queries import sign_in_choices
from desktop.models.backend import Backend
from desktop.models.operations import Operations
from desktop.reports import logg as logg_report
from desktop.store import keys
from desktop.store.workspace import Workspace

from PySide6.QtCore import QBuffer, QByteArray, QEventLoop, QIODevice, QLibraryInfo, QSize, QTimer, QTranslator
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication

TIMEOUT_S = 120  # the whole run; a cold start of the bundle on a slow CI machine takes a few seconds
STEP_TIMEOUT_S = 60


class SmokeFailed(Exception):
    pass


def _wait_until(condition: Callable[[], bool], what: str, timeout_s: float = STEP_TIMEOUT_S) -> None:
    """Run the event loop until ``condition()`` holds; SmokeFailed after ``timeout_s``."""
    if condition():
        return
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(10)
    poll.timeout.connect(lambda: loop.quit() if condition() else None)
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(loop.quit)
    poll.start()
    deadline.start(int(timeout_s * 1000))
    loop.exec()
    poll.stop()
    deadline.stop()
    if not condition():
        raise SmokeFailed(f"{what}: not done after {timeout_s:.0f} s")


def _check_translations() -> None:
    from desktop.app import QM_NAME, translations_dir

    if not QTranslator().load(QM_NAME.format("nn"), str(translations_dir())):
        raise SmokeFailed(f"no nynorsk translation in {translations_dir()}")
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not QTranslator().load("qtbase_nn", qt_dir):
        raise SmokeFailed(f"no qtbase_nn translation in {qt_dir}")


def _platform_keyring() -> str:
    """The OS keyring's backend must be importable (else every PC falls back to a passphrase)."""
    if sys.platform.startswith("linux"):
        import keyring.backends.SecretService
        import secretstorage  # noqa: F401  # the backend needs it, and reports "not viable" without it

        backend: Any = keyring.backends.SecretService.Keyring
    elif sys.platform == "win32":
        import keyring.backends.Windows

        backend = keyring.backends.Windows.WinVaultKeyring
    elif sys.platform == "darwin":
        import keyring.backends.macOS

        backend = keyring.backends.macOS.Keyring
    else:
        return "none"
    usable = keys.keyring_usable()
    return f"{backend.__module__}.{backend.__name__} ({'usable' if usable else 'not usable here'})"


def _pdf_pages(pdf: bytes) -> int:
    """Read the PDF back with QtPdf (what the notes' preview uses) and render its first page."""
    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    _wait_until(lambda: document.status() in (QPdfDocument.Status.Ready, QPdfDocument.Status.Error), "QtPdf load")
    if document.status() is not QPdfDocument.Status.Ready or document.pageCount() < 1:
        raise SmokeFailed(f"QtPdf cannot read the log's PDF: {document.error()}")
    if document.render(0, QSize(200, 283)).isNull():
        raise SmokeFailed("QtPdf rendered an empty first page")
    pages = document.pageCount()
    document.close()
    return pages


def _smoke(app: QApplication, folder: Path, faults: list[str]) -> str:
    """The steps; ``faults`` collects what goes wrong in the background or in a slot."""
    from desktop.app import WorkspaceLocker, may_create_logs

    from desktop.views.diagram.render import render_diagram_png
    from desktop.views.eksport import DIAGRAM_SIZE
    from desktop.views.mainwindow import MainWindow

    started = time.monotonic()
    _check_translations()
    keyring_text = _platform_keyring()

    passphrase = secrets.token_urlsafe(16)  # a throwaway workspace; headless there is no keyring
    data_dir = folder / "arbeidsomrade"
    workspace = Workspace.create(data_dir, passphrase=passphrase)
    try:
        with workspace.factory() as session, session.begin():
            made = training.build_training_municipality(session, device=workspace.device_id)
    finally:
        workspace.close()
    with workspace.db_path.open("rb") as db:
        if db.read(16) == b"SQLite format 3\x00":
            raise SmokeFailed("the database is not encrypted")
    workspace = Workspace.open(data_dir, passphrase=passphrase)  # the key file, SQLCipher, the migrations
    with workspace.session() as session:
        cipher = session.connection().exec_driver_sql("PRAGMA cipher_version").scalar()
        people = sign_in_choices(session, dt.date.today())
    # The first stafettholder in the training's own order: the kindergarten's, whose log has a diagram.
    by_id = {p.id: p for p in people}
    candidates = [by_id[t.ref.id] for t in made.people if t.ref.id in by_id]
    person = next((p for p in candidates if may_create_logs(workspace, p)), None)
    if person is None:
        raise SmokeFailed("the training municipality has no stafettholder to sign in")

    workspace_ms = (time.monotonic() - started) * 1000
    shown = time.monotonic()
    ops = Operations(app)
    ops.failed.connect(lambda exc: faults.append(repr(exc)))
    locker = WorkspaceLocker(workspace)
    backend = Backend(ops, workspace.transaction, PersonRef(person.kind, person.id), parent=app)
    backend.bug.connect(lambda exc: faults.append("".join(traceback.format_exception(exc))))
    backend.error.connect(faults.append)
    window = MainWindow(
        backend=backend,
        locker=locker,
        who_text=f"{person.navn} ({person.beskrivelse})",
        may_create=True,
        training=True,
    )
    try:
        window.show()
        rows = window.list_page.model

        def fault_or(condition: Callable[[], bool]) -> Callable[[], bool]:
            return lambda: bool(faults) or condition()

        _wait_until(fault_or(lambda: rows.rowCount() > 0 and not ops.busy), "«Mine logger»")
        if faults:
            raise SmokeFailed(faults[0])
        interactive_ms = (time.monotonic() - shown) * 1000
        listed = [rows.row_id(i) for i in range(rows.rowCount())]
        logg_id = next((i for i in made.logs.values() if i in listed), listed[0])  # the guide's example first

        snapshots: list[object] = []
        view = window.open_log(logg_id)
        view.loaded.connect(snapshots.append)
        _wait_until(fault_or(lambda: bool(snapshots)), "opening a log")
        if faults:
            raise SmokeFailed(faults[0])

        gathered: list[logg_report.LoggEksport] = []
        backend.call(
            lambda ctx: logg_report.gather(ctx, logg_id, logg_report.EksportValg()),
            success=gathered.append,
            failure=faults.append,
        )
        _wait_until(fault_or(lambda: bool(gathered)), "gathering the log for its PDF")
        if faults:
            raise SmokeFailed(faults[0])
        data = gathered[0]
        pictures = {i: render_diagram_png(d, DIAGRAM_SIZE) for i, d in data.diagrammer.items()}
        pdf = logg_report.build_logg_pdf(data, pictures)
        pages = _pdf_pages(pdf)
        return (
            f"Stafettlogg {__version__} smoke test OK: training workspace made in {workspace_ms:.0f} ms, "
            f"main window with {rows.rowCount()} logs in {interactive_ms:.0f} ms ({app.platformName()}), "
            f"log opened, PDF {pages} pages / {len(pdf) // 1024} KiB ({len(pictures)} diagrams), "
            f"SQLCipher {cipher}, keyring {keyring_text}"
        )
    finally:
        window.close()
        window.deleteLater()
        ops.shutdown()
        locker.close()


def run_smoke(app: QApplication) -> int:
    """The whole smoke test in a temporary folder that is removed afterwards; the exit code."""
    watchdog = QTimer()
    watchdog.setSingleShot(True)

    def hung() -> None:
        print(f"Stafettlogg smoke test FAILED: not done after {TIMEOUT_S} s", file=sys.stderr, flush=True)
        os._exit(3)  # a modal dialog's own event loop would never give control back

    # An exception in a slot only reaches sys.excepthook, and Qt goes on: here it fails the run.
    faults: list[str] = []
    previous_hook = sys.excepthook
    sys.excepthook = lambda kind, exc, tb: faults.append("".join(traceback.format_exception(kind, exc, tb)))
    watchdog.timeout.connect(hung)
    watchdog.start(TIMEOUT_S * 1000)
    try:
        with tempfile.TemporaryDirectory(prefix="stafettlogg-smoke-") as folder:
            line = _smoke(app, Path(folder), faults)
        if faults:
            raise SmokeFailed(faults[0])
    except Exception as exc:
        if not isinstance(exc, SmokeFailed):
            traceback.print_exc()
        print(f"Stafettlogg smoke test FAILED: {exc}", file=sys.stderr, flush=True)
        return 1
    finally:
        watchdog.stop()
        sys.excepthook = previous_hook
    print(line, flush=True)
    return 0
