"""The diagram editor: «Å utvikle gode tiltak» for one concern (orange-canvas-core's ``document``).

Every edit is an undo command on the document's stack (``models.diagram``); the scene only
mirrors the graph. Everything the mouse does, the keyboard does too, and the same factors are
in a list view for screen-reader users. Read-only for those the core would not let edit.
"""

from __future__ import annotations

import html
import os
import tempfile
import uuid
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from desktop.core.context import Context
from desktop.core.entities import FaktorOmrade, FaktorSted, TiltakStatus
from desktop.core.errors import InvalidInput
from desktop.core.usecases.diagram import OMRADER, FaktorData, KoblingData, record_export
from desktop.models.backend import Backend
from desktop.models.diagram import (
    FAKTOR_ID_ROLE,
    SORT_ROLE,
    AddFaktorCommand,
    AddKoblingCommand,
    DeleteCommand,
    DiagramDocument,
    EditFaktorCommand,
    FaktorListModel,
    LinkTiltakCommand,
    MoveCommand,
    PasteCommand,
    sted_text,
)

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelection,
    QItemSelectionModel,
    QPointF,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QHideEvent, QKeyEvent, QKeySequence, QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGraphicsItem,
    QGraphicsView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.views.diagram import template
from desktop.views.diagram.render import render_diagram_png, render_diagram_svg
from desktop.views.diagram.scene import CentreItem, ConnectInteraction, DiagramScene, FaktorItem
from desktop.views.forms import WARNING_STYLE, dialog_buttons, error_label, named
from desktop.views.widgets import list_table

MAX_TEXT = 500
KEY_STEP = template.GRID


@dataclass
class _Clip:
    """What «Kopier» took: factors and the links among them (and to the concern)."""

    faktorer: list[FaktorData]
    koblinger: list[KoblingData]
    pasted: int = 0


# Copy/paste stays inside Stafettlogg: a child's data never goes to the system clipboard.
_clipboard: _Clip | None = None


def _omrade_combo(name: str) -> QComboBox:
    combo = named(QComboBox(), name)
    for omrade in template.LEFT_ORDER + template.RIGHT_ORDER:
        info = OMRADER[omrade]
        label = info.navn if info.gruppe == info.navn else f"{info.gruppe}: {info.navn}"
        combo.addItem(label, omrade)
        combo.setItemData(combo.count() - 1, info.hjelp, Qt.ItemDataRole.ToolTipRole)
    return combo


def _sted_combo(name: str) -> QComboBox:
    combo = named(QComboBox(), name)
    combo.addItem(sted_text(None), None)
    for sted in FaktorSted:
        combo.addItem(sted_text(sted), sted)
    return combo


def _prioritet_combo(name: str) -> QComboBox:
    combo = named(QComboBox(), name)
    combo.addItem(QCoreApplication.translate("diagram", "Ikke prioritert"), 0)
    combo.addItem(QCoreApplication.translate("diagram", "1 – det vi helst kan endre"), 1)
    combo.addItem(QCoreApplication.translate("diagram", "2"), 2)
    combo.addItem(QCoreApplication.translate("diagram", "3"), 3)
    return combo


def omrade_of(combo: QComboBox) -> FaktorOmrade:
    """Qt hands a ``StrEnum`` back as a plain string: make it the enum again."""
    return FaktorOmrade(combo.currentData())


def sted_of(combo: QComboBox) -> FaktorSted | None:
    value = combo.currentData()
    return FaktorSted(value) if value else None


def _select_data(combo: QComboBox, value: Any) -> None:
    combo.blockSignals(True)
    combo.setCurrentIndex(max(0, combo.findData(value)))
    combo.blockSignals(False)


def _check_text(text: str) -> str | None:
    """The core's rule for a factor's text, checked here too so the typed text stays put."""
    if not text.strip():
        return QCoreApplication.translate("diagram", "Skriv hva som opprettholder utfordringen.")
    if len(text.strip()) > MAX_TEXT:
        return QCoreApplication.translate("diagram", "Faktoren er for lang ({0} tegn). Maks {1} tegn.").format(
            len(text.strip()), MAX_TEXT
        )
    return None


class NyFaktorDialog(QDialog):
    """A new factor: what maintains the challenge, in which area, where it lies, how important."""

    def __init__(self, parent: QWidget, omrade: FaktorOmrade) -> None:
        super().__init__(parent)
        title = self.tr("Ny faktor")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Hva opprettholder utfordringen? Skriv det kort og konkret."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.tekst = named(QPlainTextEdit(), self.tr("Faktoren"))
        self.tekst.setTabChangesFocus(True)
        self.tekst.setFixedHeight(90)
        self.omrade = _omrade_combo(self.tr("Område"))
        _select_data(self.omrade, omrade)
        self.help = QLabel()
        self.help.setWordWrap(True)
        self.help.setStyleSheet("color: #454545;")
        self.omrade.currentIndexChanged.connect(self._show_help)
        self.sted = _sted_combo(self.tr("Ligger"))
        self.prioritet = _prioritet_combo(self.tr("Prioritet"))
        self.koble = named(
            QCheckBox(self.tr("&Koble til oppmerksomheten i midten")), self.tr("Koble til oppmerksomheten")
        )
        self.koble.setChecked(True)
        for label, field in (
            (self.tr("&Faktor:"), self.tekst),
            (self.tr("&Område:"), self.omrade),
            ("", self.help),
            (self.tr("&Ligger:"), self.sted),
            (self.tr("&Prioritet:"), self.prioritet),
        ):
            if label:
                lbl = QLabel(label)
                lbl.setBuddy(field)
                form.addRow(lbl, field)
            else:
                form.addRow(field)
        layout.addLayout(form)
        layout.addWidget(self.koble)
        self.error = error_label(self)
        layout.addWidget(self.error)
        buttons = dialog_buttons(self.tr("Le&gg til"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._show_help()
        self.resize(480, self.sizeHint().height())

    def _show_help(self) -> None:
        self.help.setText(OMRADER[omrade_of(self.omrade)].hjelp)

    def accept(self) -> None:
        problem = _check_text(self.tekst.toPlainText())
        if problem:
            self.error.setText(problem)
            self.error.show()
            self.tekst.setFocus()
            return
        super().accept()


class CommitTextEdit(QPlainTextEdit):
    """A short text that is saved when you leave it or press Enter (Shift+Enter: a new line).

    Signals:
        committed: (str)
    """

    committed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setTabChangesFocus(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.committed.emit(self.toPlainText())
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: Any) -> None:
        super().focusOutEvent(event)
        self.committed.emit(self.toPlainText())


class DiagramView(QGraphicsView):
    """The canvas. Arrows move the selected factors, Tab walks from factor to factor (and then out)."""

    def __init__(self, editor: DiagramEditor) -> None:
        super().__init__(editor.scene)
        self.editor = editor
        self.auto_fit = True
        self._pan_from: QPointF | None = None
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.NoFrame)

    def fit(self) -> None:
        self.auto_fit = True
        area = template.BOUNDS
        for item in self.editor.scene.nodes.values():
            area = area.united(item.sceneBoundingRect().adjusted(-20, -20, 20, 20))
        self.fitInView(area, Qt.AspectRatioMode.KeepAspectRatio)

    def zoom(self, factor: float) -> None:
        current = self.transform().m11()
        factor = max(0.15, min(4.0, current * factor)) / current
        self.auto_fit = False
        anchor = self.transformationAnchor()
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.scale(factor, factor)
        self.setTransformationAnchor(anchor)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self.auto_fit:
            self.fit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(1.15 if event.angleDelta().y() > 0 else 1 / 1.15)
            event.accept()
            return
        super().wheelEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton:  # pan
            self._pan_from = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            delta = event.position() - self._pan_from
            self._pan_from = event.position()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - int(delta.x()))
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - int(delta.y()))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None and event.button() == Qt.MouseButton.MiddleButton:
            self._pan_from = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        scene = self.editor.scene
        if scene.interaction is not None and scene.interaction.key_press(event):
            event.accept()
            return
        key, mods = event.key(), event.modifiers()
        arrows = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        if key in arrows and scene.selected_nodes() and self.editor.editable:
            step = KEY_STEP * (5 if mods & Qt.KeyboardModifier.ShiftModifier else 1)
            dx, dy = arrows[key]
            self.editor.move_selected(dx * step, dy * step)
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2) and isinstance(scene.focusItem(), FaktorItem):
            self.editor.edit_current()
            event.accept()
            return
        if key == Qt.Key.Key_Escape:
            scene.clearSelection()
            event.accept()
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        if self.hasFocus() and self.editor.focus_next(next):
            return True
        return super().focusNextPrevChild(next)

    def focusInEvent(self, event: Any) -> None:
        super().focusInEvent(event)
        reason = event.reason()
        if reason in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            scene = self.editor.scene
            if not isinstance(scene.focusItem(), FaktorItem):
                self.editor.focus_next(reason == Qt.FocusReason.TabFocusReason, wrap=True)


class FaktorPanel(QWidget):
    """The chosen factor's fields, its links and the tiltak set in there."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Valgt faktor"))
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setAccessibleName(self.tr("Om valgt faktor"))
        layout.addWidget(self.heading)
        self.fields = QWidget()
        form = QFormLayout(self.fields)
        form.setContentsMargins(0, 0, 0, 0)
        self.tekst = named(
            CommitTextEdit(), self.tr("Faktorens tekst"), self.tr("Enter lagrer, Shift+Enter gir ny linje.")
        )
        self.tekst.setFixedHeight(78)
        self.omrade = _omrade_combo(self.tr("Område for faktoren"))
        self.help = QLabel()
        self.help.setWordWrap(True)
        self.help.setStyleSheet("color: #454545;")
        self.prioritet = _prioritet_combo(self.tr("Prioritet for faktoren"))
        self.sted = _sted_combo(self.tr("Hvor faktoren ligger"))
        self.service = QLabel(self.tr("Faktoren ligger i egen tjeneste. Tjenesten må selv arbeide med den."))
        self.service.setWordWrap(True)
        self.service.setStyleSheet(WARNING_STYLE)
        self.service.setAccessibleName(self.tr("Merknad om egen tjeneste"))
        for label, field in (
            (self.tr("&Tekst:"), self.tekst),
            (self.tr("&Område:"), self.omrade),
            ("", self.help),
            (self.tr("P&rioritet:"), self.prioritet),
            (self.tr("L&igger:"), self.sted),
            ("", self.service),
        ):
            if label:
                lbl = QLabel(label)
                lbl.setBuddy(field)
                form.addRow(lbl, field)
            else:
                form.addRow(field)
        layout.addWidget(self.fields)

        layout.addWidget(QLabel("<b>" + self.tr("Koblinger") + "</b>"))
        self.links = named(QListWidget(), self.tr("Koblinger for faktoren"))
        self.links.setMaximumHeight(90)
        layout.addWidget(self.links)
        row = QHBoxLayout()
        self.link_target = named(QComboBox(), self.tr("Koble til"))
        self.link_target.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.link_target.setMinimumContentsLength(12)
        self.add_link = named(QPushButton(self.tr("Ko&ble")), self.tr("Koble faktoren"))
        self.remove_link = named(QPushButton(self.tr("Fjern koblingen")), self.tr("Fjern koblingen"))
        row.addWidget(self.link_target, 1)
        row.addWidget(self.add_link)
        layout.addLayout(row)
        layout.addWidget(self.remove_link)

        layout.addWidget(QLabel("<b>" + self.tr("Tiltak settes inn her") + "</b>"))
        self.tiltak = named(QListWidget(), self.tr("Tiltak satt inn her"))
        self.tiltak.setMaximumHeight(90)
        layout.addWidget(self.tiltak)
        row = QHBoxLayout()
        self.goto = named(QPushButton(self.tr("G&å til tiltaket")), self.tr("Gå til tiltaket"))
        self.unlink = named(QPushButton(self.tr("Fjern fra faktoren")), self.tr("Ta tiltaket bort fra faktoren"))
        row.addWidget(self.goto)
        row.addWidget(self.unlink)
        layout.addLayout(row)
        row = QHBoxLayout()
        self.tiltak_choice = named(QComboBox(), self.tr("Tiltak å sette inn her"))
        self.tiltak_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.tiltak_choice.setMinimumContentsLength(12)
        self.link_tiltak = named(QPushButton(self.tr("Sett inn &her")), self.tr("Sett tiltaket inn her"))
        row.addWidget(self.tiltak_choice, 1)
        row.addWidget(self.link_tiltak)
        layout.addLayout(row)
        for lst in (self.links, self.tiltak):
            lst.setWordWrap(True)
            lst.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addStretch()


class DiagramEditor(QWidget):
    """The maintaining-factors diagram of one concern.

    Open with ``DiagramEditor(backend, logg_id, oppmerksomhet_id, parent)``; it loads in the
    background and emits ``loaded``. ``select_factor(id)`` jumps to a factor (from a tiltak).

    Signals:
        loaded: the diagram is shown (each time it is read in anew).
        tiltak_requested: (uuid) «Gå til tiltaket» — the log view shows that tiltak.
    """

    loaded = Signal()
    tiltak_requested = Signal(object)

    def __init__(
        self, backend: Backend, logg_id: uuid.UUID, oppmerksomhet_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.backend = backend
        self.logg_id = logg_id
        self.oppmerksomhet_id = oppmerksomhet_id
        self.document = DiagramDocument(backend, oppmerksomhet_id, self)
        self.graph = self.document.graph
        self.stack = self.document.stack
        self.scene = DiagramScene(self.graph, self)
        self._syncing = False
        # The panel is refreshed once per turn of the event loop, however many notices came.
        self._panel_timer = QTimer(self)
        self._panel_timer.setSingleShot(True)
        self._panel_timer.setInterval(0)
        self._panel_timer.timeout.connect(self._refresh_panel_now)
        self._pending_select: uuid.UUID | None = None
        self.setAccessibleName(self.tr("Faktordiagram-redigering"))

        self.view = named(
            DiagramView(self),
            self.tr("Faktordiagram"),
            self.tr("Tab går fra faktor til faktor. Piltastene flytter. N: ny faktor. L: koble."),
        )
        self.view.setToolTip("")
        self.model = FaktorListModel(self.graph, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        # Sorted when the list is shown, not on every change (a move of 50 factors is 50 notices).
        self.proxy.setDynamicSortFilter(False)
        self.table = list_table(self.tr("Faktorene i listeform"), self.proxy)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # Sized when shown: «resize to contents» would read every cell again on each change.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.panel = FaktorPanel()

        self._build_actions()
        self._build_layout()
        self._connect()
        self._set_editable(False)
        self.status.setText(self.tr("Laster diagrammet …"))
        self.document.load()

    # ------------------------------------------------------------------ building

    def _action(
        self,
        text: str,
        slot: Any,
        shortcuts: list[str] | None = None,
        *,
        local: bool = False,
        checkable: bool = False,
        name: str = "",
    ) -> QAction:
        action = QAction(text, self)
        keys = [QKeySequence(s) for s in shortcuts or []]
        if keys:
            action.setShortcuts(keys)
        plain = name or text.replace("&", "").replace(" …", "")
        tip = plain + (f" ({keys[0].toString(QKeySequence.SequenceFormat.NativeText)})" if keys else "")
        action.setToolTip(tip)
        action.setCheckable(checkable)
        action.setObjectName(plain)
        if local:
            # One-key shortcuts only where they cannot be typing: the canvas and the list.
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.view.addAction(action)
            self.table.addAction(action)
        else:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        if checkable:
            action.toggled.connect(slot)
        else:
            action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        self.a_new = self._action(self.tr("&Ny faktor …"), self.new_factor, ["N", "Insert"], local=True)
        self.a_link = self._action(self.tr("&Koble"), self._toggle_connect, ["L"], local=True, checkable=True)
        self.a_delete = self._action(self.tr("&Slett"), self.delete_selected, ["Delete"], local=True)
        self.a_undo = self.stack.createUndoAction(self, self.tr("Angre"))
        self.a_undo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.a_redo = self.stack.createRedoAction(self, self.tr("Gjør om"))
        self.a_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action, tip in ((self.a_undo, self.tr("Angre (Ctrl+Z)")), (self.a_redo, self.tr("Gjør om (Ctrl+Shift+Z)"))):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(tip)
            self.addAction(action)
        self.a_copy = self._action(self.tr("Kopi&er"), self.copy_selected, ["Ctrl+C"])
        self.a_paste = self._action(self.tr("&Lim inn"), self.paste, ["Ctrl+V"])
        self.a_select_all = self._action(self.tr("Merk alle"), self.select_all, ["Ctrl+A"], local=True)
        self.a_zoom_in = self._action(self.tr("&Zoom inn"), lambda: self.view.zoom(1.25), ["Ctrl++", "Ctrl+="])
        self.a_zoom_out = self._action(self.tr("Zoom &ut"), lambda: self.view.zoom(0.8), ["Ctrl+-"])
        self.a_fit = self._action(self.tr("Tilp&ass"), self.view.fit, ["Ctrl+0"], name=self.tr("Tilpass til vinduet"))
        self.a_snap = self._action(self.tr("Fest til rutenett"), lambda _on: None, ["Ctrl+G"], checkable=True)
        self.a_snap.setChecked(True)
        self.a_arrange = self._action(self.tr("&Ordne i områdene"), self.arrange)
        self.a_prioritet = {
            p: self._action(
                self.tr("Prioritet {0}").format(p) if p else self.tr("Ingen prioritet"),
                lambda p=p: self.set_prioritet(p),
                [str(p)],
                local=True,
            )
            for p in (1, 2, 3, 0)
        }
        self.a_sted = {
            FaktorSted.TJENESTE: self._action(
                self.tr("Ligger i &tjenesten"), lambda: self.set_sted(FaktorSted.TJENESTE), ["T"], local=True
            ),
            FaktorSted.HJEM: self._action(
                self.tr("Ligger &hjemme"), lambda: self.set_sted(FaktorSted.HJEM), ["H"], local=True
            ),
            FaktorSted.BARNET: self._action(
                self.tr("Ligger hos &barnet"), lambda: self.set_sted(FaktorSted.BARNET), ["B"], local=True
            ),
            None: self._action(self.tr("Sted ikke angitt"), lambda: self.set_sted(None), local=True),
        }
        self.a_png = self._action(self.tr("Eksporter som &PNG …"), lambda: self._ask_export("png"))
        self.a_svg = self._action(self.tr("Eksporter som &SVG …"), lambda: self._ask_export("svg"))
        self.edit_actions = [
            self.a_new,
            self.a_link,
            self.a_delete,
            self.a_paste,
            self.a_arrange,
            *self.a_prioritet.values(),
            *self.a_sted.values(),
        ]

    def _menu_button(self, text: str, actions: list[QAction]) -> QToolButton:
        button = named(QToolButton(), text.replace("&", "").replace(" ▾", ""))
        button.setText(text)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        menu.setAccessibleName(text.replace("&", "").replace(" ▾", ""))
        menu.addActions(actions)
        button.setMenu(menu)
        return button

    def _build_layout(self) -> None:
        self.toolbar = QToolBar(self.tr("Diagram"))
        self.toolbar.setAccessibleName(self.tr("Verktøy for diagrammet"))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        groups = [
            [self.a_new, self.a_link, self.a_delete],
            [self.a_undo, self.a_redo],
            [self.a_copy, self.a_paste],
            [self.a_zoom_in, self.a_zoom_out, self.a_fit],
        ]
        names = {self.a_undo: self.tr("Angre"), self.a_redo: self.tr("Gjør om")}
        for group in groups:
            for action in group:
                self.toolbar.addAction(action)
                button = self.toolbar.widgetForAction(action)
                if button is not None:
                    named(button, names.get(action, action.objectName()))
            self.toolbar.addSeparator()
        self.b_prioritet = self._menu_button(self.tr("&Prioritet ▾"), list(self.a_prioritet.values()))
        self.b_sted = self._menu_button(self.tr("Li&gger ▾"), list(self.a_sted.values()))
        self.b_more = self._menu_button(
            self.tr("&Mer ▾"), [self.a_arrange, self.a_snap, self.a_select_all, self.a_png, self.a_svg]
        )
        for b in (self.b_prioritet, self.b_sted, self.b_more):
            self.toolbar.addWidget(b)

        self.banner = error_label(self)
        self.banner.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a refusal must not pull focus from the canvas
        self.readonly = QLabel()
        self.readonly.setWordWrap(True)
        self.readonly.setStyleSheet(WARNING_STYLE)
        self.readonly.setAccessibleName(self.tr("Bare lesing"))
        self.readonly.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status for diagrammet"))
        self.status.setStyleSheet("color: #333333;")
        self.hint = QLabel(
            self.tr(
                "Dobbeltklikk i et område eller trykk N for en ny faktor · L kobler · piltastene flytter · "
                "Tab går til neste faktor · Delete sletter · Ctrl+Z angrer"
            )
        )
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #454545;")

        panel_scroll = QScrollArea()
        panel_scroll.setWidgetResizable(True)
        panel_scroll.setFrameShape(QFrame.Shape.NoFrame)
        panel_scroll.setWidget(self.panel)
        panel_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for combo in self.panel.findChildren(QComboBox):
            # Long area and tiltak names must not push the panel wider than its column.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            combo.setMinimumWidth(120)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Faktor og liste"))
        self.tabs.addTab(panel_scroll, self.tr("Valgt &faktor"))
        self.tabs.addTab(self.table, self.tr("Liste o&ver faktorene"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.tabs.setMinimumWidth(320)
        self.tabs.setMaximumWidth(460)

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.view, 1)
        lv.addWidget(self.hint)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([1000, 340])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.readonly)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.status)
        self.setTabOrder(self.view, self.tabs)

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.table:
            self.proxy.sort(1)
            self.table.resizeColumnsToContents()
            self.table.setColumnWidth(0, min(self.table.columnWidth(0), 260))

    def _connect(self) -> None:
        d, g, s, p = self.document, self.graph, self.scene, self.panel
        d.loaded.connect(self._loaded)
        d.load_failed.connect(self._load_failed)
        d.refused.connect(self._show_error)
        d.warnings.connect(lambda ws: self.status.setText(" ".join(ws)))
        self.stack.indexChanged.connect(lambda _i: self.banner.hide() if self.banner.isVisible() else None)
        s.selectionChanged.connect(self._scene_selection_changed)
        s.focusItemChanged.connect(self._focus_item_changed)
        s.nodes_dragged.connect(lambda moved: self._commit_moves(moved, keyboard=False))
        s.link_requested.connect(self._link)
        s.empty_double_clicked.connect(lambda pos: self.new_factor(at=pos))
        s.node_activated.connect(lambda _id: self.edit_current())
        s.interaction_changed.connect(self._interaction_changed)
        self.table.selectionModel().selectionChanged.connect(self._table_selection_changed)
        self.table.activated.connect(lambda _i: self.edit_current())
        for signal in (g.reset, g.node_added, g.node_removed, g.node_changed, g.link_added, g.link_removed):
            signal.connect(lambda *_: self._refresh_panel())
        g.tiltak_changed.connect(lambda _ids: self._refresh_panel())
        g.reset.connect(self._reset_view)
        p.tekst.committed.connect(self._text_committed)
        p.omrade.activated.connect(lambda _i: self._panel_omrade())
        p.prioritet.activated.connect(lambda _i: self.set_prioritet(p.prioritet.currentData()))
        p.sted.activated.connect(lambda _i: self.set_sted(sted_of(p.sted)))
        p.add_link.clicked.connect(self._panel_link)
        p.remove_link.clicked.connect(self._panel_unlink)
        p.goto.clicked.connect(self._goto_tiltak)
        p.tiltak.itemActivated.connect(lambda _item: self._goto_tiltak())
        p.unlink.clicked.connect(self._panel_unlink_tiltak)
        p.link_tiltak.clicked.connect(self._panel_link_tiltak)

    # ------------------------------------------------------------------ state

    @property
    def editable(self) -> bool:
        return self.document.is_loaded and self.graph.may_edit

    def _set_editable(self, editable: bool) -> None:
        self.scene.set_editable(editable)
        for action in self.edit_actions:
            action.setEnabled(editable)
        self.b_prioritet.setEnabled(editable)
        self.b_sted.setEnabled(editable)
        p = self.panel
        for w in (p.tekst, p.omrade, p.prioritet, p.sted, p.link_target, p.add_link, p.remove_link, p.unlink):
            w.setEnabled(editable)
        p.tekst.setReadOnly(not editable)
        p.tiltak_choice.setVisible(editable)
        p.link_tiltak.setVisible(editable)
        self.view.setDragMode(
            QGraphicsView.DragMode.RubberBandDrag if editable else QGraphicsView.DragMode.ScrollHandDrag
        )

    def _loaded(self) -> None:
        editable = self.editable
        self._set_editable(editable)
        if not editable:
            reason = self.graph.read_only_reason
            self.readonly.setText(
                self.tr("Du kan se diagrammet, men ikke endre det.") + (f" {reason}" if reason else "")
            )
        self.readonly.setVisible(not editable)
        if not self.graph.nodes():
            self.status.setText(
                self.tr("Diagrammet er tomt. Dobbeltklikk i et område eller trykk N for den første faktoren.")
                if editable
                else self.tr("Diagrammet har ingen faktorer ennå.")
            )
        else:
            outside = [n for n in self.graph.nodes() if template.region_at(QPointF(n.x, n.y)) != n.omrade]
            text = self.tr("{0} faktorer, {1} koblinger.").format(len(self.graph.nodes()), len(self.graph.links()))
            if outside and editable:
                text += " " + self.tr(
                    "{0} av faktorene står utenfor sitt område i figuren. «Mer ▾ › Ordne i områdene» flytter dem dit."
                ).format(len(outside))
            self.status.setText(text)
        if self._pending_select is not None:
            wanted, self._pending_select = self._pending_select, None
            self.select_factor(wanted)
        self.loaded.emit()

    def _reset_view(self) -> None:
        self.view.fit()
        self._refresh_panel()

    def _load_failed(self, message: str) -> None:
        self.status.setText(self.tr("Diagrammet kan ikke vises: {0}").format(message))

    def _show_error(self, message: str) -> None:
        self.banner.setText(message)
        self.banner.show()

    # ------------------------------------------------------------------ selection and focus

    def current(self) -> FaktorData | None:
        """The factor the panel shows: the focused one if selected, else the one selected."""
        nodes = self.scene.selected_nodes()
        focus = self.scene.focusItem()
        if isinstance(focus, FaktorItem) and focus.isSelected():
            return self.graph.node(focus.faktor_id)
        return self.graph.node(nodes[0].faktor_id) if len(nodes) == 1 else None

    def select_factor(self, faktor_id: uuid.UUID) -> bool:
        """Select a factor, scroll to it and give it the keyboard focus (jump back from a tiltak)."""
        if not self.document.is_loaded:
            self._pending_select = faktor_id
            return False
        item = self.scene.nodes.get(faktor_id)
        if item is None:
            return False
        self.scene.clearSelection()
        item.setSelected(True)
        self.scene.setFocusItem(item)
        self.view.ensureVisible(item, 40, 40)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.tabs.setCurrentIndex(0)
        self._refresh_panel_now()
        return True

    def focus_next(self, forward: bool, *, wrap: bool = False) -> bool:
        """Tab from node to node; past the last, focus leaves the canvas (unless ``wrap``)."""
        connecting = isinstance(self.scene.interaction, ConnectInteraction)
        order = self.scene.tab_order(with_centre=connecting)
        if not order:
            return False
        focus = self.scene.focusItem()
        if focus in order:
            i = order.index(focus) + (1 if forward else -1)
            if not 0 <= i < len(order):
                if not wrap:
                    return False
                i %= len(order)
        else:
            i = 0 if forward else len(order) - 1
        item = order[i]
        if not connecting:
            self.scene.clearSelection()
            item.setSelected(True)
        self.scene.setFocusItem(item, Qt.FocusReason.TabFocusReason)
        self.view.ensureVisible(item, 40, 40)
        return True

    def _focus_item_changed(self, new: QGraphicsItem | None, _old: QGraphicsItem | None, _reason: Any) -> None:
        if isinstance(new, FaktorItem | CentreItem):
            self.view.setAccessibleDescription(new.accessible_name())
        self._refresh_panel()

    def _scene_selection_changed(self) -> None:
        self._refresh_panel()
        if self._syncing:
            return
        self._syncing = True
        try:
            ids = {n.faktor_id for n in self.scene.selected_nodes()}
            selection = QItemSelection()
            for row in range(self.model.rowCount()):
                if self.model.faktor_id(row) in ids:
                    index = self.proxy.mapFromSource(self.model.index(row, 0))
                    selection.select(index, index)
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.table.selectionModel().select(selection, flags)
        finally:
            self._syncing = False

    def _table_selection_changed(self, *_args: Any) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            rows = self.table.selectionModel().selectedRows()
            ids = {self.proxy.mapToSource(i).data(FAKTOR_ID_ROLE) for i in rows}
            self.scene.clearSelection()
            for faktor_id in ids:
                item = self.scene.nodes.get(faktor_id)
                if item is not None:
                    item.setSelected(True)
                    self.scene.setFocusItem(item)
                    self.view.ensureVisible(item, 40, 40)
        finally:
            self._syncing = False
        self._refresh_panel()

    # ------------------------------------------------------------------ the panel

    def _refresh_panel(self) -> None:
        """Soon, once: a move of 50 factors or a new selection sends many notices in a row."""
        self._panel_timer.start()

    def _refresh_panel_now(self) -> None:
        self._panel_timer.stop()
        p, node = self.panel, self.current()
        count = len(self.scene.selected_nodes())
        p.fields.setVisible(node is not None)
        for w in (p.links, p.link_target, p.add_link, p.remove_link, p.tiltak, p.goto, p.unlink):
            w.setVisible(node is not None)
        p.tiltak_choice.setVisible(node is not None and self.editable)
        p.link_tiltak.setVisible(node is not None and self.editable)
        if node is None:
            text = (
                self.tr("<b>{0} faktorer valgt.</b> Prioritet og «Ligger» i verktøylinjen gjelder alle.").format(count)
                if count > 1
                else self.tr("<b>Ingen faktor valgt.</b> Velg en faktor i diagrammet eller i listen.")
            )
            p.heading.setText(text)
            return
        info = OMRADER[node.omrade]
        p.heading.setText(f"<b>{html.escape(info.gruppe)}</b> · {html.escape(info.navn)}")
        if p.tekst.toPlainText() != node.tekst and not (
            p.tekst.hasFocus() and p.tekst.property("faktor") == str(node.id)
        ):
            p.tekst.setPlainText(node.tekst)
        p.tekst.setProperty("faktor", str(node.id))
        _select_data(p.omrade, node.omrade)
        p.help.setText(info.hjelp)
        _select_data(p.prioritet, node.prioritet)
        _select_data(p.sted, node.sted)
        p.service.setVisible(node.sted is FaktorSted.TJENESTE)

        keep_target, keep_tiltak = p.link_target.currentData(), p.tiltak_choice.currentData()
        keep_link = p.links.currentItem().data(Qt.ItemDataRole.UserRole) if p.links.currentItem() else None
        keep_linked = p.tiltak.currentItem().data(Qt.ItemDataRole.UserRole) if p.tiltak.currentItem() else None
        p.links.clear()
        targets: list[tuple[str, uuid.UUID | None]] = [(self.tr("Oppmerksomheten (midten)"), None)]
        targets += [(o.tekst, o.id) for o in self.graph.nodes() if o.id != node.id]
        for k in self.graph.links_of(node.id):
            if k.fra_id == node.id:
                other = self.graph.node(k.til_id) if k.til_id else None
                text = (
                    self.tr("Opprettholder oppmerksomheten")
                    if k.til_id is None
                    else self.tr("Påvirker: {0}").format(other.tekst if other else "")
                )
            else:
                other = self.graph.node(k.fra_id)
                text = self.tr("Påvirkes av: {0}").format(other.tekst if other else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, k.id)
            p.links.addItem(item)
        p.link_target.clear()
        linked = {k.til_id if k.fra_id == node.id else k.fra_id for k in self.graph.links_of(node.id)}
        for text, target in targets:
            if target not in linked:
                p.link_target.addItem(text, target)
        p.add_link.setEnabled(self.editable and p.link_target.count() > 0)
        p.remove_link.setEnabled(self.editable and p.links.count() > 0)
        if p.links.count():
            p.links.setCurrentRow(_row_of(p.links, keep_link))

        p.tiltak.clear()
        for t in self.graph.tiltak_for(node.id):
            state = "" if t.status in (TiltakStatus.AKTIV, TiltakStatus.PLANLAGT) else self.tr(" (evaluert)")
            item = QListWidgetItem(f"{t.tekst} – {t.ansvarlig}{state}")
            item.setData(Qt.ItemDataRole.UserRole, t.id)
            p.tiltak.addItem(item)
        if p.tiltak.count():
            p.tiltak.setCurrentRow(_row_of(p.tiltak, keep_linked))
        else:
            empty = QListWidgetItem(self.tr("Ingen tiltak er satt inn her ennå."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            p.tiltak.addItem(empty)
        has_tiltak = p.tiltak.currentItem() is not None and p.tiltak.currentItem().data(Qt.ItemDataRole.UserRole)
        p.goto.setEnabled(bool(has_tiltak))
        p.unlink.setEnabled(bool(has_tiltak) and self.editable)
        p.tiltak_choice.clear()
        for t in self.graph.tiltak():
            if t.faktor_id == node.id or t.status not in (TiltakStatus.AKTIV, TiltakStatus.PLANLAGT):
                continue
            elsewhere = self.graph.node(t.faktor_id) if t.faktor_id else None
            suffix = self.tr(" (nå ved: {0})").format(elsewhere.tekst[:30]) if elsewhere else ""
            p.tiltak_choice.addItem(f"{t.tekst} – {t.ansvarlig}{suffix}", t.id)
        p.link_tiltak.setEnabled(self.editable and p.tiltak_choice.count() > 0)
        # A refresh (a save, a focus change) keeps what the person had chosen in the combos.
        p.link_target.setCurrentIndex(max(0, p.link_target.findData(keep_target)))
        p.tiltak_choice.setCurrentIndex(max(0, p.tiltak_choice.findData(keep_tiltak)))

    def edit_current(self) -> None:
        if self.current() is not None:
            self._refresh_panel_now()
            self.tabs.setCurrentIndex(0)
            self.panel.tekst.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.panel.tekst.selectAll()

    def _text_committed(self, text: str) -> None:
        faktor = self.panel.tekst.property("faktor")
        node = self.graph.node(uuid.UUID(faktor)) if faktor else None
        if node is None or not self.editable or text.strip() == node.tekst:
            return
        problem = _check_text(text)
        if problem:
            self._show_error(problem)
            return
        self.document.push(
            EditFaktorCommand(self.document, self.tr("Endre tekst"), [replace(node, tekst=text.strip())])
        )

    def _panel_omrade(self) -> None:
        node, omrade = self.current(), omrade_of(self.panel.omrade)
        if node is None or omrade is None or omrade == node.omrade or not self.editable:
            return
        taken = [QPointF(n.x, n.y) for n in self.graph.nodes() if n.id != node.id]
        spot = template.free_spot(omrade, taken)
        new = replace(node, omrade=omrade, x=spot.x(), y=spot.y())
        self.document.push(EditFaktorCommand(self.document, self.tr("Endre område"), [new]))
        self.select_factor(node.id)

    def _panel_link(self) -> None:
        node = self.current()
        if node is not None and self.panel.link_target.count():
            self._link(node.id, self.panel.link_target.currentData())

    def _panel_unlink(self) -> None:
        item = self.panel.links.currentItem()
        if item is not None and self.editable:
            self.document.push(DeleteCommand(self.document, [], [item.data(Qt.ItemDataRole.UserRole)]))

    def _goto_tiltak(self) -> None:
        item = self.panel.tiltak.currentItem()
        tiltak_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if tiltak_id is not None:
            self.tiltak_requested.emit(tiltak_id)

    def _panel_unlink_tiltak(self) -> None:
        item = self.panel.tiltak.currentItem()
        tiltak_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if tiltak_id is not None and self.editable:
            self.document.push(LinkTiltakCommand(self.document, tiltak_id, None))

    def _panel_link_tiltak(self) -> None:
        node, tiltak_id = self.current(), self.panel.tiltak_choice.currentData()
        if node is not None and tiltak_id is not None and self.editable:
            self.document.push(LinkTiltakCommand(self.document, tiltak_id, node.id))

    # ------------------------------------------------------------------ edits

    def _taken(self, exclude: set[uuid.UUID] | None = None) -> list[QPointF]:
        return [QPointF(n.x, n.y) for n in self.graph.nodes() if not exclude or n.id not in exclude]

    def _default_omrade(self) -> FaktorOmrade:
        node = self.current()
        if node is not None:
            return node.omrade
        at = template.region_at(self.view.mapToScene(self.view.viewport().rect().center()))
        return at or FaktorOmrade.VENNSKAP

    def new_factor(self, at: QPointF | None = None) -> NyFaktorDialog | None:
        """«Ny faktor»: ask for the text, then add it (at ``at``, or in a free place of its area)."""
        if not self.editable:
            return None
        omrade = (template.region_at(at) if at is not None else None) or self._default_omrade()
        dialog = NyFaktorDialog(self, omrade)
        dialog.accepted.connect(lambda: self._add_from_dialog(dialog, at))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()
        return dialog

    def _add_from_dialog(self, dialog: NyFaktorDialog, at: QPointF | None) -> None:
        omrade = omrade_of(dialog.omrade)
        if at is not None and template.region_at(at) == omrade:
            pos = QPointF(template.snap(at.x()), template.snap(at.y()))
        else:
            pos = template.free_spot(omrade, self._taken(), near=at)
        faktor = FaktorData(
            id=uuid.uuid4(),
            omrade=omrade,
            tekst=dialog.tekst.toPlainText().strip(),
            x=pos.x(),
            y=pos.y(),
            prioritet=dialog.prioritet.currentData(),
            sted=sted_of(dialog.sted),
        )
        links = (KoblingData(uuid.uuid4(), faktor.id, None),) if dialog.koble.isChecked() else ()
        self.document.push(AddFaktorCommand(self.document, [faktor], links))
        self.select_factor(faktor.id)

    def delete_selected(self) -> None:
        if not self.editable:
            return
        nodes = [n.faktor_id for n in self.scene.selected_nodes()]
        links = [k.kobling_id for k in self.scene.selected_links()]
        if nodes or links:
            self.document.push(DeleteCommand(self.document, nodes, links))
            self.status.setText(self.tr("Slettet. Angre med Ctrl+Z."))
            self.view.setFocus()

    def move_selected(self, dx: float, dy: float) -> None:
        if not self.editable:
            return
        snapping = self.a_snap.isChecked()
        moved = {}
        for item in self.scene.selected_nodes():
            x, y = item.pos().x(), item.pos().y()
            if snapping:
                x, y = template.snap(x), template.snap(y)
            moved[item.faktor_id] = QPointF(x + dx, y + dy)
        self._commit_moves(moved, keyboard=True)

    def _commit_moves(self, positions: dict[uuid.UUID, QPointF], *, keyboard: bool) -> None:
        snapping = self.a_snap.isChecked()
        changed = []
        for faktor_id, pos in positions.items():
            node = self.graph.node(faktor_id)
            if node is None:
                continue
            x, y = (
                (template.snap(pos.x()), template.snap(pos.y())) if snapping else (round(pos.x(), 1), round(pos.y(), 1))
            )
            omrade = node.omrade
            # A factor moved out of its area's region into another one takes that area.
            before, after = template.region_at(QPointF(node.x, node.y)), template.region_at(QPointF(x, y))
            if before == node.omrade and after is not None and after != node.omrade:
                omrade = after
            new = replace(node, x=x, y=y, omrade=omrade)
            if new != node:
                changed.append(new)
        if changed and self.editable:
            self.document.push(MoveCommand(self.document, changed, keyboard=keyboard))
        for faktor_id in positions:  # what the graph says now (a refused or empty move springs back)
            node, item = self.graph.node(faktor_id), self.scene.nodes.get(faktor_id)
            if node is not None and item is not None and item.pos() != QPointF(node.x, node.y):
                item.setPos(node.x, node.y)

    def arrange(self) -> None:
        """Move each factor lying outside its area into a free place of that area."""
        if not self.editable:
            return
        taken = [QPointF(n.x, n.y) for n in self.graph.nodes() if template.region_at(QPointF(n.x, n.y)) == n.omrade]
        moved = []
        for n in self.graph.nodes():
            if template.region_at(QPointF(n.x, n.y)) != n.omrade:
                spot = template.free_spot(n.omrade, taken)
                taken.append(spot)
                moved.append(replace(n, x=spot.x(), y=spot.y()))
        if moved:
            command = MoveCommand(self.document, moved)
            command.setText(self.tr("Ordne i områdene"))
            self.document.push(command)
        self.status.setText(
            self.tr("{0} faktorer flyttet inn i sitt område.").format(len(moved))
            if moved
            else self.tr("Alle faktorene står allerede i sitt område.")
        )

    def _targets(self) -> list[FaktorData]:
        items = self.scene.selected_nodes()
        return [n for n in (self.graph.node(i.faktor_id) for i in items) if n is not None]

    def set_prioritet(self, prioritet: int) -> None:
        nodes = [n for n in self._targets() if n.prioritet != prioritet]
        if nodes and self.editable:
            text = self.tr("Sett prioritet {0}").format(prioritet) if prioritet else self.tr("Fjern prioritet")
            self.document.push(EditFaktorCommand(self.document, text, [replace(n, prioritet=prioritet) for n in nodes]))

    def set_sted(self, sted: FaktorSted | None) -> None:
        nodes = [n for n in self._targets() if n.sted != sted]
        if nodes and self.editable:
            text = self.tr("Endre hvor faktoren ligger")
            self.document.push(EditFaktorCommand(self.document, text, [replace(n, sted=sted) for n in nodes]))
            if sted is FaktorSted.TJENESTE:
                self.status.setText(
                    self.tr("Faktoren ligger i egen tjeneste, og må derfor arbeides med av tjenesten selv.")
                )

    def _link(self, fra: uuid.UUID, til: uuid.UUID | None) -> None:
        if not self.editable or fra == til:
            return
        if self.graph.linked(fra, til):
            self.status.setText(self.tr("Faktorene er allerede koblet sammen."))
            return
        self.document.push(AddKoblingCommand(self.document, KoblingData(uuid.uuid4(), fra, til)))
        self.status.setText(self.tr("Koblet."))

    def _toggle_connect(self, on: bool) -> None:
        if on and self.editable:
            focus = self.scene.focusItem()
            source = focus if isinstance(focus, FaktorItem) and focus.isSelected() else None
            if source is None and len(self.scene.selected_nodes()) == 1:
                source = self.scene.selected_nodes()[0]
            self.scene.set_interaction(ConnectInteraction(self.scene, source))
            self.status.setText(
                self.tr(
                    "Koble: klikk på det faktoren påvirker (en faktor eller oppmerksomheten), "
                    "eller Tab dit og Enter. Esc avbryter."
                )
                if source is not None
                else self.tr("Koble: klikk på faktoren du vil koble fra, så på det den påvirker. Esc avbryter.")
            )
            self.view.setFocus()
        elif not on and isinstance(self.scene.interaction, ConnectInteraction):
            self.scene.interaction.cancel()

    def _interaction_changed(self, interaction: Any) -> None:
        self.a_link.blockSignals(True)
        self.a_link.setChecked(isinstance(interaction, ConnectInteraction))
        self.a_link.blockSignals(False)

    def select_all(self) -> None:
        for item in self.scene.nodes.values():
            item.setSelected(True)

    def copy_selected(self) -> None:
        global _clipboard
        nodes = self._targets()
        if not nodes:
            return
        ids = {n.id for n in nodes}
        links = [k for k in self.graph.links() if k.fra_id in ids and (k.til_id is None or k.til_id in ids)]
        _clipboard = _Clip(nodes, links)
        self.status.setText(
            self.tr("{0} faktorer kopiert.").format(len(nodes)) if len(nodes) > 1 else self.tr("Faktoren er kopiert.")
        )

    def paste(self) -> None:
        clip = _clipboard
        if clip is None or not self.editable:
            return
        clip.pasted += 1
        offset = 2 * template.GRID * clip.pasted
        new_ids = {f.id: uuid.uuid4() for f in clip.faktorer}
        faktorer = [
            replace(f, id=new_ids[f.id], x=template.snap(f.x + offset), y=template.snap(f.y + offset))
            for f in clip.faktorer
        ]
        links = [
            KoblingData(uuid.uuid4(), new_ids[k.fra_id], new_ids[k.til_id] if k.til_id is not None else None)
            for k in clip.koblinger
        ]
        self.document.push(PasteCommand(self.document, faktorer, links))
        self.scene.clearSelection()
        for f in faktorer:
            item = self.scene.nodes.get(f.id)
            if item is not None:
                item.setSelected(True)

    # ------------------------------------------------------------------ export

    def _ask_export(self, fmt: str) -> None:
        title = self.tr("Eksporter faktordiagrammet")
        filters = self.tr("PNG-bilde (*.png)") if fmt == "png" else self.tr("SVG-tegning (*.svg)")
        path, _ = QFileDialog.getSaveFileName(self, title, self.tr("faktordiagram.{0}").format(fmt), filters)
        if path:
            self.export(path, fmt)

    def export_png(self, path: str | Path) -> None:
        self.export(path, "png")

    def export_svg(self, path: str | Path) -> None:
        self.export(path, "svg")

    def export(self, path: str | Path, fmt: str) -> None:
        """Write the picture (rendered here, on the GUI thread) and record the export, in the background."""
        data = render_diagram_png(self.graph) if fmt == "png" else render_diagram_svg(self.graph)
        oppmerksomhet_id, target = self.oppmerksomhet_id, Path(path)

        def work(ctx: Context) -> None:
            record_export(ctx, oppmerksomhet_id, fmt)
            _write(target, data)

        self.backend.call(
            work,
            success=lambda _r: self.status.setText(self.tr("Diagrammet er lagret i {0}.").format(target)),
            failure=self._show_error,
        )

    def hideEvent(self, event: QHideEvent) -> None:
        if isinstance(self.scene.interaction, ConnectInteraction):
            self.scene.interaction.cancel()
        super().hideEvent(event)


def _row_of(widget: QListWidget, value: Any) -> int:
    for row in range(widget.count()):
        if value is not None and widget.item(row).data(Qt.ItemDataRole.UserRole) == value:
            return row
    return 0


def _write(path: Path, data: bytes) -> None:
    """Temp file beside the target, fsync, replace: a crash never leaves half a picture."""
    try:
        fd, tmp = tempfile.mkstemp(prefix=".stafettlogg-", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise InvalidInput(
            QCoreApplication.translate("diagram", "Filen kunne ikke lagres: {0}.").format(exc.strerror or exc)
        ) from exc
