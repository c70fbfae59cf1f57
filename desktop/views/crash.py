"""Errors in two kinds (as qutebrowser): known faults get a plain Norwegian message; bugs a crash dialog.

The crash report is kept locally and holds the traceback only — no values, so no child's data.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

from desktop.core.errors import DomainError
from desktop.store.errors import StoreError

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

log = logging.getLogger(__name__)

_report_dir: Path | None = None


def install(report_dir: Path) -> None:
    global _report_dir
    _report_dir = report_dir
    sys.excepthook = _excepthook


def known_message(exc: BaseException) -> str | None:
    """The user's message for a fault that is not a bug, else None."""
    if isinstance(exc, DomainError | StoreError):
        return exc.message
    return None


def show_failure(exc: BaseException, parent: QWidget | None) -> None:
    message = known_message(exc)
    if message is not None:
        QMessageBox.warning(parent, "Stafettlogg", message)
    else:
        _excepthook(type(exc), exc, exc.__traceback__)


def write_report(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> Path | None:
    if _report_dir is None:
        return None
    # Only the frames and the exception's type: its message may quote a child's data.
    frames = "".join(traceback.format_tb(tb))
    body = f"Stafettlogg krasjrapport {dt.datetime.now(dt.UTC).isoformat()}\n{frames}{exc_type.__qualname__}\n"
    folder = _report_dir / "krasjrapporter"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"krasj-{dt.datetime.now(dt.UTC):%Y%m%d-%H%M%S-%f}.txt"
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(body)
        return path
    except OSError:
        log.exception("could not write crash report")
        return None


def _excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    message = known_message(exc)
    if message is not None and QApplication.instance() is not None:
        QMessageBox.warning(None, "Stafettlogg", message)
        return
    path = write_report(exc_type, exc, tb)
    log.error("unexpected error: %s", exc_type.__qualname__)
    if QApplication.instance() is None:
        sys.__excepthook__(exc_type, exc, tb)
        return
    text = QCoreApplication.translate("crash", "Det oppstod en feil i programmet. Det du har lagret, er tatt vare på.")
    if path:
        text += "\n\n" + QCoreApplication.translate("crash", "Rapporten er lagret i {0}.").format(path)
    text += "\n\n" + QCoreApplication.translate("crash", "Send gjerne rapporten til IT-støtte.")
    QMessageBox.critical(None, QCoreApplication.translate("crash", "Stafettlogg – programfeil"), text)
