"""GUI test helpers: find widgets by their accessible names, answer modal dialogs."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from desktop.core.snapshot import LoggSnapshot

    from desktop.views.logview import LogView

    from .conftest import Desk

W = TypeVar("W", bound=QWidget)


def by_name(root: QWidget, name: str, kind: type[W] = QWidget) -> W:  # type: ignore[assignment]
    """The one visible-or-not child of ``root`` with this accessible name."""
    found = [w for w in root.findChildren(kind) if w.accessibleName() == name]
    if root.accessibleName() == name and isinstance(root, kind):
        found.append(root)
    assert len(found) == 1, f"{len(found)} widgets named {name!r}"
    return found[0]


def when_modal(handler: Callable[[QWidget], None], *, title: str | None = None) -> None:
    """Run ``handler`` on the next modal dialog once it is shown (its exec() loop is running)."""

    def attempt() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None or (title is not None and widget.windowTitle() != title):
            QTimer.singleShot(10, attempt)
            return
        handler(widget)

    QTimer.singleShot(0, attempt)


def unnamed_controls(root: QWidget) -> list[str]:
    """Interactive widgets under ``root`` without an accessible name (Qt's own internals excepted)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QTabBar,
        QTextEdit,
    )

    kinds = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit)
    missing = []
    for w in root.findChildren(QWidget):
        if not isinstance(w, kinds) or not w.isVisibleTo(root) or w.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        parent = w.parentWidget()
        # Parts of a composite widget take their name from it (a spin box's editor, a tab bar's arrows).
        if isinstance(parent, QAbstractSpinBox | QComboBox | QTabBar) or w.objectName().startswith("qt_"):
            continue
        if not w.accessibleName().strip():
            label = getattr(w, "text", lambda: "")()
            missing.append(f"{type(w).__name__}({label!r}) in {type(parent).__name__}")
    return missing


def load_snapshot(desk: Desk, qtbot: QtBot, child: str = "Ella Fjellstad") -> LoggSnapshot:
    """A training log as the desk's person sees it, read on the database worker."""
    from desktop.core.snapshot import snapshot

    got: list[LoggSnapshot] = []
    logg = desk.training.logs[child]
    desk.backend.call(lambda ctx: snapshot(ctx, logg, record_read=False), success=got.append)  # type: ignore[arg-type]
    desk.wait(qtbot)
    assert len(got) == 1
    return got[0]


def open_log_view(desk: Desk, qtbot: QtBot, child: str = "Ella Fjellstad") -> LogView:
    """A training log with every page, as the main window opens it, shown at 1366×768 and loaded."""
    from desktop.views.logview import LogView
    from desktop.views.mainwindow import extra_pages

    view = LogView(desk.backend, desk.training.logs[child], extra_pages=extra_pages(desk.backend))  # type: ignore[arg-type]
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        pass
    return view


def screenshot(widget: QWidget, name: str) -> None:
    """Saved only when STAFETTLOGG_SCREENSHOTS names a folder (for looking at screens by hand)."""
    import os
    from pathlib import Path

    folder = os.environ.get("STAFETTLOGG_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        assert widget.grab().save(str(Path(folder) / name))
