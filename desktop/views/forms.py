"""Shared pieces of every form: accessible names, and a dialog that saves through the core.

A ``FormDialog`` never loses typed text: a refusal (a rule, a full disk) is shown inside the
dialog, which stays open with everything as the user left it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from desktop.core.context import Changes, Context
from desktop.models.backend import Backend

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

if TYPE_CHECKING:  # the snapshot code is imported with the log view, not by every dialog at start-up
    from desktop.core.snapshot import LoggSnapshot

W = TypeVar("W", bound=QWidget)

ERROR_STYLE = "color: #a00000; font-weight: bold;"  # 7.4:1 on the default light background
WARNING_STYLE = "background: #fff4ce; color: #3d2e00; padding: 6px; border-radius: 4px;"


def named(widget: W, name: str, description: str = "") -> W:
    """Every interactive widget gets an accessible name, through ``tr()`` like any text.

    The GUI tests (no translator installed) find widgets by the Norwegian source name.
    """
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)
        widget.setToolTip(description)
    return widget


def error_label(parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.setAccessibleName(QCoreApplication.translate("forms", "Feilmelding"))
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # focus moves here so screen readers say it
    label.hide()
    return label


def dialog_buttons(ok_text: str, cancel_text: str | None = None) -> QDialogButtonBox:
    """OK and Cancel with our (already translated) texts; Cancel says «Avbryt» unless told otherwise."""
    if cancel_text is None:
        cancel_text = QCoreApplication.translate("forms", "Avbryt")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    named(ok, ok_text.replace("&", "")).setText(ok_text)
    named(cancel, cancel_text.replace("&", "")).setText(cancel_text)
    return buttons


class FormDialog(QDialog):
    """A dialog whose OK runs one use case in the background.

    Subclasses put their fields in ``self.body`` and implement :meth:`work`.
    """

    def __init__(self, backend: Backend, title: str, *, ok_text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        ok_text = ok_text or self.tr("&Lagre")
        self.backend = backend
        self.changes: Changes | None = None
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        self.body = QVBoxLayout()
        layout.addLayout(self.body)
        self.error = error_label(self)
        layout.addWidget(self.error)
        self.buttons = dialog_buttons(ok_text)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def work(self) -> Callable[[Context], Changes] | None:
        """The use-case call to run, or None after :meth:`show_error` for a local problem."""
        raise NotImplementedError

    def save(self) -> None:
        work = self.work()
        if work is None:
            return
        self.buttons.setEnabled(False)
        self.error.hide()
        self.backend.call(work, success=self._saved, failure=self._failed)

    def reject(self) -> None:
        """Not while a save is on its way (Esc, the close button): its answer comes back here."""
        if self.buttons.isEnabled():
            super().reject()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.error.setFocus()

    def _saved(self, changes: Changes) -> None:
        self.changes = changes
        self.buttons.setEnabled(True)
        self.accept()

    def _failed(self, message: str) -> None:
        self.buttons.setEnabled(True)
        self.show_error(message)


class LogPage(QWidget):
    """One section of the log view. The view hands every page each new snapshot of the log.

    ``title`` is the Norwegian source text, marked in each subclass with
    ``QT_TRANSLATE_NOOP("ClassName", "...")``; :meth:`shown_title` is what people see and hear.
    """

    title = ""

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self.snap: LoggSnapshot | None = None
        self.setAccessibleName(self.shown_title())

    def shown_title(self) -> str:
        """The title in the user's language (``tr`` looks in each class's context up the hierarchy)."""
        return self.tr(self.title) if self.title else ""

    def set_snapshot(self, snap: LoggSnapshot) -> None:
        self.snap = snap
        self.render_snapshot(snap)

    def render_snapshot(self, snap: LoggSnapshot) -> None:
        raise NotImplementedError
