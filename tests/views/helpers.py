"""GUI test helpers: find widgets by their accessible names, answer modal dialogs."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

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
