"""One log: the family header, warnings, and its sections.

The view renders immutable snapshots (built on the database worker) and reloads when a
change notice names this log. What is offered follows what the snapshot says the signed-in
person may do.
"""

from __future__ import annotations

import dataclasses
import html
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, overload

from desktop.core.context import Changes, Context
from desktop.core.entities import Arena, LoggStatus, TiltakStatus
from desktop.core.permissions import Action
from desktop.core.snapshot import LoggSnapshot, OppmerksomhetInfo, TiltakInfo, snapshot
from desktop.core.usecases import logs
from desktop.models.backend import Backend
from desktop.models.rows import ROW_ROLE, Column, RowsModel

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.views.forms import WARNING_STYLE, FormDialog, LogPage, named
from desktop.views.overforing import TransferActions

# Marked for lupdate; translated where shown (``_tr``).
STATUS_TEXT = {
    LoggStatus.AKTIV: QT_TRANSLATE_NOOP("logview", "Aktiv"),
    LoggStatus.PASSIV: QT_TRANSLATE_NOOP("logview", "Passiv"),
    LoggStatus.AVSLUTTET: QT_TRANSLATE_NOOP("logview", "Avsluttet"),
}
ARENA_TITLE = {
    Arena.TJENESTE: QT_TRANSLATE_NOOP("logview", "I tjenesten"),
    Arena.HJEM: QT_TRANSLATE_NOOP("logview", "I hjemmet"),
    Arena.BARN: QT_TRANSLATE_NOOP("logview", "Barnets eget tiltak"),
}
TILTAK_STATUS = {
    TiltakStatus.PLANLAGT: QT_TRANSLATE_NOOP("logview", "Neste trinn"),
    TiltakStatus.AKTIV: QT_TRANSLATE_NOOP("logview", "Aktiv"),
    TiltakStatus.AVSLUTTET: QT_TRANSLATE_NOOP("logview", "Evaluert"),
    TiltakStatus.FEILREGISTRERT: QT_TRANSLATE_NOOP("logview", "Feilregistrert"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("logview", text)


def _date(d: Any) -> str:
    return d.strftime("%d.%m.%Y") if d else "–"


def _period(start: Any, end: Any) -> str:
    if start and end:
        return f"{_date(start)} – {_date(end)}"
    if start:
        return QCoreApplication.translate("logview", "fra {0}").format(_date(start))
    return QCoreApplication.translate("logview", "til {0}").format(_date(end)) if end else "–"


def _left(t: TiltakInfo) -> str:
    if t.correction_left.total_seconds() <= 0:
        return QCoreApplication.translate("logview", "Låst")
    minutes = int(t.correction_left.total_seconds() // 60)
    return QCoreApplication.translate("logview", "{0} t {1} min").format(minutes // 60, minutes % 60)


# The titles are marked for lupdate; ``tiltak_columns()`` gives them translated.
TILTAK_COLUMNS: list[Column[TiltakInfo]] = [
    Column(QT_TRANSLATE_NOOP("logview", "Tiltak"), lambda t: t.tekst, tooltip=lambda t: t.tekst),
    Column(QT_TRANSLATE_NOOP("logview", "Ansvarlig"), lambda t: t.ansvarlig),
    Column(
        QT_TRANSLATE_NOOP("logview", "Periode"),
        lambda t: _period(t.fra_dato, t.til_dato),
        sort=lambda t: str(t.fra_dato),
    ),
    Column(
        QT_TRANSLATE_NOOP("logview", "Evaluering"),
        lambda t: _date(t.evalueringsdato),
        sort=lambda t: str(t.evalueringsdato),
    ),
    Column(QT_TRANSLATE_NOOP("logview", "Trinn"), lambda t: str(t.trinn), sort=lambda t: t.trinn),
    Column(
        QT_TRANSLATE_NOOP("logview", "Status"),
        lambda t: _tr(TILTAK_STATUS[t.status]),
        foreground=lambda t: "#595959" if t.status is not TiltakStatus.AKTIV else None,
    ),
    Column(
        QT_TRANSLATE_NOOP("logview", "Kan rettes"),
        _left,
        tooltip=lambda t: QCoreApplication.translate(
            "logview", "Teksten i et tiltak kan rettes i 8 timer etter at det ble lagt inn."
        ),
    ),
]


def tiltak_columns() -> list[Column[TiltakInfo]]:
    """``TILTAK_COLUMNS`` with their titles in the user's language."""
    return [dataclasses.replace(c, title=_tr(c.title)) for c in TILTAK_COLUMNS]


@contextmanager
def one_layout_pass(widget: QWidget) -> Iterator[None]:
    """Show and hide many of ``widget``'s children, then lay it out once.

    Qt lays out every visible ancestor again, at once, each time a hidden widget is shown
    (``QWidgetPrivate::setVisible``); filling a log's header and concern showed a dozen, each a
    pass over the whole window. A disabled layout skips those passes.
    """
    layout = widget.layout()
    if layout is None or not layout.isEnabled():
        yield
        return
    layout.setEnabled(False)
    try:
        yield
    finally:
        layout.setEnabled(True)
        layout.activate()


def _section_title(text: str) -> QLabel:
    label = QLabel(f"<h3>{html.escape(text)}</h3>")
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


# --------------------------------------------------------------------------- Oversikt


class StartsideDialog(FormDialog):
    """The start page's questions and the child's own words."""

    # (the snapshot's field, its question), marked for lupdate; translated where shown.
    FIELDS = (
        ("bekymring", QT_TRANSLATE_NOOP("StartsideDialog", "Hva er bekymringen?")),
        ("kjennetegn", QT_TRANSLATE_NOOP("StartsideDialog", "Hva kjennetegner måloppnåelse?")),
        ("opprettholdende", QT_TRANSLATE_NOOP("StartsideDialog", "Hva opprettholder utfordringen?")),
        ("barnets_stemme", QT_TRANSLATE_NOOP("StartsideDialog", "Barnets stemme – hva sier barnet selv?")),
    )

    @staticmethod
    def question(text: str) -> str:
        return QCoreApplication.translate("StartsideDialog", text)

    def __init__(self, backend: Backend, snap: LoggSnapshot, parent: QWidget | None = None) -> None:
        super().__init__(backend, self.tr("Rediger startsiden"), parent=parent)
        self.logg_id = snap.id
        form = QFormLayout()
        self.edits: dict[str, QPlainTextEdit] = {}
        for key, source in self.FIELDS:
            label = self.question(source)
            edit = named(QPlainTextEdit(getattr(snap, key)), label)
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(70)
            form.addRow(label, edit)
            self.edits[key] = edit
        self.body.addLayout(form)
        self.resize(640, 520)

    def work(self) -> Callable[[Context], Changes]:
        values = {k: e.toPlainText() for k, e in self.edits.items()}
        logg_id = self.logg_id
        return lambda ctx: logs.update_startside(ctx, logg_id, **values)


class OversiktPage(LogPage):
    title = QT_TRANSLATE_NOOP("OversiktPage", "Oversikt")

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(backend, parent)
        layout = QVBoxLayout(self)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAccessibleName(self.tr("Oversikt over loggen"))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.text)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout.addWidget(scroll)
        self.edit = named(QPushButton(self.tr("&Rediger startsiden …")), self.tr("Rediger startsiden"))
        self.edit.clicked.connect(self._edit)
        row = QHBoxLayout()
        row.addWidget(self.edit)
        row.addStretch()
        layout.addLayout(row)

    def render_snapshot(self, snap: LoggSnapshot) -> None:
        e = html.escape

        empty = self.tr("Ikke fylt ut ennå.")

        def para(title: str, value: str) -> str:
            body = e(value) if value.strip() else f"<i>{empty}</i>"
            return f"<h3>{e(title)}</h3><p>{body}</p>"

        due = [
            t for o in snap.oppmerksomheter for t in o.tiltak if t.status is TiltakStatus.AKTIV and t.evalueringsdato
        ]
        due.sort(key=lambda t: t.evalueringsdato)  # type: ignore[arg-type, return-value]
        parts = [para(StartsideDialog.question(title), getattr(snap, key)) for key, title in StartsideDialog.FIELDS]
        if due:
            next_title = self.tr("Neste evalueringer")
            parts.append(f"<h3>{next_title}</h3><ul>")
            parts += [f"<li>{_date(t.evalueringsdato)}: {e(t.tekst)} ({e(t.ansvarlig)})</li>" for t in due[:5]]
            parts.append("</ul>")
        self.text.setText("".join(parts))
        self.edit.setVisible(snap.may(Action.EDIT_CONTENT))

    def _edit(self) -> None:
        if self.snap is not None:
            StartsideDialog(self.backend, self.snap, self).exec()


# --------------------------------------------------------------------------- Oppmerksomheter


class ArenaBox(QWidget):
    """The tiltak of one arena for the chosen concern, with what may be done to them."""

    add_requested = Signal(object)  # Arena
    correct_requested = Signal(object)  # TiltakInfo
    evaluate_requested = Signal(object)  # TiltakInfo
    factor_requested = Signal(object)  # TiltakInfo: show the factor it works on

    def __init__(self, arena: Arena, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.arena = arena
        title = _tr(ARENA_TITLE[arena])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(_section_title(title))
        head.addStretch()
        self.add = named(QPushButton(self.tr("Nytt tiltak …")), self.tr("Nytt tiltak – {0}").format(title.lower()))
        self.add.clicked.connect(lambda: self.add_requested.emit(self.arena))
        self.correct = named(QPushButton(self.tr("Rett …")), self.tr("Rett tiltak – {0}").format(title.lower()))
        self.correct.clicked.connect(lambda: self._emit(self.correct_requested))
        self.evaluate = named(QPushButton(self.tr("Evaluer …")), self.tr("Evaluer tiltak – {0}").format(title.lower()))
        self.evaluate.clicked.connect(lambda: self._emit(self.evaluate_requested))
        self.factor = named(QPushButton(self.tr("Faktor …")), self.tr("Vis faktoren – {0}").format(title.lower()))
        self.factor.setToolTip(self.tr("Vis den opprettholdende faktoren tiltaket er satt inn mot"))
        self.factor.clicked.connect(lambda: self._emit(self.factor_requested))
        for b in (self.add, self.correct, self.evaluate, self.factor):
            head.addWidget(b)
        layout.addLayout(head)
        self.model: RowsModel[TiltakInfo] = RowsModel(tiltak_columns(), self)
        self.table = named(QTableView(), self.tr("Tiltak – {0}").format(title.lower()))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda _i: self._emit(self.correct_requested))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.table)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self._may_add = False

    def set_rows(self, rows: list[TiltakInfo], *, may_add: bool, empty_text: str) -> None:
        self.model.set_rows(rows)
        self._may_add = may_add
        self.table.setVisible(bool(rows))
        self.table.setFixedHeight(min(60 + 34 * len(rows), 260))
        self.empty.setText(empty_text)
        self.empty.setVisible(not rows)
        self._update_buttons()

    def selected(self) -> TiltakInfo | None:
        index = self.table.currentIndex()
        row = index.data(ROW_ROLE) if index.isValid() else None
        if row is None and self.model.rowCount() == 1:
            row = self.model.row(0)
        return row if isinstance(row, TiltakInfo) else None

    def _update_buttons(self) -> None:
        t = self.selected()
        self.add.setVisible(self._may_add)
        self.correct.setEnabled(t is not None)
        self.evaluate.setEnabled(t is not None and t.may_evaluate)
        self.correct.setVisible(self.model.rowCount() > 0)
        self.evaluate.setVisible(self.model.rowCount() > 0)
        self.factor.setVisible(self.model.rowCount() > 0)
        self.factor.setEnabled(t is not None and t.faktor_id is not None)

    def select_tiltak(self, tiltak_id: uuid.UUID) -> bool:
        for row in range(self.model.rowCount()):
            if self.model.row(row).id == tiltak_id:
                self.table.selectRow(row)
                self.table.setFocus()
                return True
        return False

    def _emit(self, signal: Any) -> None:
        t = self.selected()
        if t is not None:
            signal.emit(t)


class OppmerksomheterPage(LogPage):
    title = QT_TRANSLATE_NOOP("OppmerksomheterPage", "Oppmerksomheter")

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(backend, parent)
        self._diagrams: dict[uuid.UUID, QWidget] = {}
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        self.list = named(QListWidget(), self.tr("Oppmerksomheter i loggen"))
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(lambda _r: self._show_current())
        left.addWidget(self.list)
        self.add = named(QPushButton(self.tr("&Ny oppmerksomhet …")), self.tr("Ny oppmerksomhet"))
        self.add.clicked.connect(self._add_oppmerksomhet)
        left.addWidget(self.add)
        lw = QWidget()
        lw.setLayout(left)

        self.detail = detail = QWidget()
        d = QVBoxLayout(detail)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setAccessibleName(self.tr("Valgt oppmerksomhet"))
        d.addWidget(self.heading)
        buttons = QHBoxLayout()
        self.edit = named(QPushButton(self.tr("Rediger oppmerksomheten …")), self.tr("Rediger oppmerksomheten"))
        self.edit.clicked.connect(self._edit_oppmerksomhet)
        self.new_mal = named(QPushButton(self.tr("Nytt &mål …")), self.tr("Nytt mål"))
        self.new_mal.clicked.connect(self._new_mal)
        self.diagram = named(QPushButton(self.tr("&Faktordiagram …")), self.tr("Åpne faktordiagrammet"))
        self.diagram.setToolTip(self.tr("Å utvikle gode tiltak: hva opprettholder utfordringen?"))
        self.diagram.clicked.connect(lambda: self._open_diagram(None))
        buttons.addWidget(self.edit)
        buttons.addWidget(self.new_mal)
        buttons.addWidget(self.diagram)
        buttons.addStretch()
        d.addLayout(buttons)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(WARNING_STYLE)
        self.warnings.setAccessibleName(self.tr("Varsler for oppmerksomheten"))
        d.addWidget(self.warnings)
        self.boxes = {a: ArenaBox(a) for a in Arena}
        for box in self.boxes.values():
            box.add_requested.connect(self._add_tiltak)
            box.correct_requested.connect(self._correct_tiltak)
            box.evaluate_requested.connect(self._evaluate_tiltak)
            box.factor_requested.connect(lambda t: self._open_diagram(t.faktor_id))
            d.addWidget(box)
        d.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(detail)
        scroll.setFrameShape(QFrame.Shape.NoFrame)

        splitter = QSplitter()
        splitter.addWidget(lw)
        splitter.addWidget(scroll)
        splitter.setSizes([300, 900])
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter)

    def current(self) -> OppmerksomhetInfo | None:
        item = self.list.currentItem()
        if item is None or self.snap is None:
            return None
        wanted = item.data(Qt.ItemDataRole.UserRole)
        return next((o for o in self.snap.oppmerksomheter if o.id == wanted), None)

    def select(self, oppmerksomhet_id: uuid.UUID) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == oppmerksomhet_id:
                self.list.setCurrentRow(i)

    def render_snapshot(self, snap: LoggSnapshot) -> None:
        keep = self.list.currentItem().data(Qt.ItemDataRole.UserRole) if self.list.currentItem() else None
        self.list.blockSignals(True)
        self.list.clear()
        for o in snap.oppmerksomheter:
            item = QListWidgetItem(o.tekst + (self.tr(" (avsluttet)") if o.avsluttet else ""))
            item.setData(Qt.ItemDataRole.UserRole, o.id)
            if o.warnings:
                item.setToolTip("\n".join(o.warnings))
            self.list.addItem(item)
        # Choosing the row quietly: the concern is shown once, below, not once more by the signal.
        if keep is not None:
            self.select(keep)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        self.add.setVisible(snap.may(Action.EDIT_CONTENT))
        self._show_current()

    def _show_current(self) -> None:
        with one_layout_pass(self.detail):
            self._fill_current()

    def _fill_current(self) -> None:
        o, snap = self.current(), self.snap
        if snap is None:
            return
        e = html.escape
        if o is None:
            none = self.tr("Loggen har ingen oppmerksomheter ennå.")
            self.heading.setText(f"<p>{none}</p>")
            for w in (self.edit, self.new_mal, self.diagram, self.warnings, *self.boxes.values()):
                w.hide()
            return
        mal = (
            self.tr("<p><b>Mål:</b> {0}</p>").format(e(o.mal.tekst))
            if o.mal
            else self.tr("<p><b>Mål:</b> <i>Ikke satt ennå. Velg ett konkret, målbart mål om gangen.</i></p>")
        )
        kjennetegn = (
            self.tr("<p><b>Kjennetegn på måloppnåelse:</b> {0}</p>").format(e(o.kjennetegn)) if o.kjennetegn else ""
        )
        self.heading.setText(f"<h2>{e(o.tekst)}</h2>{kjennetegn}{mal}")
        editable = snap.may(Action.EDIT_CONTENT) and not o.avsluttet
        self.edit.setVisible(editable)
        self.new_mal.setVisible(editable)
        self.diagram.show()  # read only for those who may not edit it
        self.warnings.setText("\n".join(o.warnings))
        self.warnings.setVisible(bool(o.warnings) and snap.may(Action.ADD_TILTAK))
        may_add = snap.may(Action.ADD_TILTAK) and not o.avsluttet
        family_only = not snap.may(Action.EDIT_CONTENT)
        for arena, box in self.boxes.items():
            rows = [t for t in o.tiltak if t.arena is arena]
            box.show()
            empty = (
                self.tr("Ingen tiltak her ennå.")
                if arena is not Arena.BARN
                else self.tr("{0} har ikke eget tiltak ennå.").format(snap.barn.split()[0])
            )
            box.set_rows(rows, may_add=may_add and (not family_only or arena is Arena.HJEM), empty_text=empty)

    # The dialogs live in views/dialogs.py; imported here so the page stays the one place that opens them.
    def _run(self, dialog: Any) -> None:
        if dialog.exec() and dialog.changes is not None and dialog.changes.warnings:
            QMessageBox.information(self, "Stafettlogg", "\n\n".join(dialog.changes.warnings))

    def _open_diagram(self, faktor_id: uuid.UUID | None) -> None:
        """The concern's factor diagram in its own window; jumps to ``faktor_id`` when given."""
        from desktop.views.diagram import DiagramEditor

        o = self.current()
        if self.snap is None or o is None:
            return
        editor = self._diagrams.get(o.id)
        if editor is None or not isValid(editor):
            editor = DiagramEditor(self.backend, self.snap.id, o.id, self)
            editor.setWindowFlag(Qt.WindowType.Window)
            editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            editor.setWindowTitle(self.tr("Faktordiagram – {0}").format(o.tekst))
            editor.resize(1366, 768)
            editor.tiltak_requested.connect(self.show_tiltak)
            self._diagrams[o.id] = editor
        if faktor_id is not None:
            editor.select_factor(faktor_id)
        editor.show()
        editor.raise_()
        editor.activateWindow()

    def show_tiltak(self, tiltak_id: uuid.UUID) -> None:
        """From a factor back to the tiltak set in against it."""
        if self.snap is None:
            return
        for o in self.snap.oppmerksomheter:
            t = next((t for t in o.tiltak if t.id == tiltak_id), None)
            if t is not None:
                self.select(o.id)
                self.boxes[t.arena].select_tiltak(tiltak_id)
                self.window().activateWindow()
                return

    def _add_oppmerksomhet(self) -> None:
        from desktop.views.dialogs import OppmerksomhetDialog

        if self.snap is not None:
            self._run(OppmerksomhetDialog(self.backend, self.snap.id, None, parent=self))

    def _edit_oppmerksomhet(self) -> None:
        from desktop.views.dialogs import OppmerksomhetDialog

        o = self.current()
        if self.snap is not None and o is not None:
            self._run(OppmerksomhetDialog(self.backend, self.snap.id, o, parent=self))

    def _new_mal(self) -> None:
        from desktop.views.dialogs import MalDialog

        o = self.current()
        if o is not None:
            self._run(MalDialog(self.backend, o, parent=self))

    def _add_tiltak(self, arena: Arena) -> None:
        from desktop.views.dialogs import TiltakDialog

        o = self.current()
        if self.snap is not None and o is not None:
            self._run(TiltakDialog(self.backend, self.snap, o, arena, parent=self))

    def _correct_tiltak(self, tiltak: TiltakInfo) -> None:
        from desktop.views.dialogs import CorrectTiltakDialog

        self._run(CorrectTiltakDialog(self.backend, tiltak, parent=self))

    def _evaluate_tiltak(self, tiltak: TiltakInfo) -> None:
        from desktop.views.dialogs import EvaluateDialog

        moter = self.snap.moter if self.snap is not None else []
        self._run(EvaluateDialog(self.backend, tiltak, moter, parent=self))


# --------------------------------------------------------------------------- Lysglimt


class LysglimtPage(LogPage):
    title = QT_TRANSLATE_NOOP("LysglimtPage", "Lysglimt")

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(backend, parent)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("<i>Det du gir oppmerksomhet, får du mer av.</i> Husk å fortelle barnet om lysglimtene.")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = named(QListWidget(), self.tr("Lysglimt i loggen"))
        self.list.setWordWrap(True)
        self.list.setSpacing(4)
        # A thousand wrapped items are measured a hundred per event-loop turn: the first screenful
        # shows at once instead of after every item's text is laid out.
        self.list.setLayoutMode(QListView.LayoutMode.Batched)
        self.list.setBatchSize(100)
        self.list.setStyleSheet(
            "QListWidget::item { background: #fff4ce; color: #3d2e00; border-radius: 6px; padding: 8px; }"
            "QListWidget::item:selected { background: #ffe08a; color: #000000; }"
        )
        layout.addWidget(self.list)
        self.add = named(QPushButton(self.tr("Nytt &lysglimt …")), self.tr("Nytt lysglimt"))
        self.add.clicked.connect(self._add)
        row = QHBoxLayout()
        row.addWidget(self.add)
        row.addStretch()
        layout.addLayout(row)

    def render_snapshot(self, snap: LoggSnapshot) -> None:
        self.list.clear()
        for g in sorted(snap.lysglimt, key=lambda g: g.dato, reverse=True):
            item = QListWidgetItem(f"{g.tekst}\n— {g.forfatter}, {_date(g.dato)}")
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                self.tr("{0}. Skrevet av {1}, {2}").format(g.tekst, g.forfatter, _date(g.dato)),
            )
            self.list.addItem(item)
        if not snap.lysglimt:
            self.list.addItem(self.tr("Ingen lysglimt ennå. Skriv det første når noe går bra!"))
        self.add.setVisible(snap.may(Action.POST_LYSGLIMT))

    def _add(self) -> None:
        from desktop.views.dialogs import LysglimtDialog

        if self.snap is not None:
            LysglimtDialog(self.backend, self.snap.id, self.snap.oppmerksomheter, parent=self).exec()


# --------------------------------------------------------------------------- the log's life


class NivaDialog(FormDialog):
    def __init__(self, backend: Backend, snap: LoggSnapshot, parent: QWidget | None = None) -> None:
        super().__init__(backend, self.tr("Endre nivå"), parent=parent)
        self.logg_id = snap.id
        self.body.addWidget(QLabel(self.tr("Nivået styrer hvilke aktører som kan knyttes til loggen.")))
        self.choices: dict[int, QRadioButton] = {}
        texts = {
            1: self.tr("Nivå 1 – bare aktører fra egen enhet"),
            2: self.tr("Nivå 2 – også aktører fra andre tjenester"),
            3: self.tr("Nivå 3 – også eksterne aktører, som fastlege og spesialisthelsetjeneste"),
        }
        for n, text in texts.items():
            b = named(QRadioButton(text), self.tr("Nivå {0}").format(n))
            b.setChecked(n == snap.niva)
            self.choices[n] = b
            self.body.addWidget(b)

    def work(self) -> Callable[[Context], Changes]:
        niva = next(n for n, b in self.choices.items() if b.isChecked())
        logg_id = self.logg_id
        return lambda ctx: logs.change_niva(ctx, logg_id, niva)


class CloseDialog(FormDialog):
    def __init__(self, backend: Backend, snap: LoggSnapshot, parent: QWidget | None = None) -> None:
        super().__init__(backend, self.tr("Avslutt loggen"), ok_text=self.tr("&Avslutt loggen"), parent=parent)
        self.logg_id = snap.id
        self.snap = snap
        info = QLabel(
            self.tr(
                "Loggen avsluttes når stafettholder, familien og tjenestene er enige om at tiltakene har virket. "
                "Etterpå kan den bare leses. Eksporter den til PDF og legg den i barnets mappe."
            )
        )
        info.setWordWrap(True)
        self.body.addWidget(info)
        self.reason = named(QPlainTextEdit(), self.tr("Grunnen til at loggen avsluttes"))
        self.reason.setTabChangesFocus(True)
        label = QLabel(self.tr("&Grunn:"))
        label.setBuddy(self.reason)
        self.body.addWidget(label)
        self.body.addWidget(self.reason)

    def work(self) -> Callable[[Context], Changes]:
        reason, logg_id = self.reason.toPlainText(), self.logg_id
        return lambda ctx: logs.close(ctx, logg_id, reason)

    def _saved(self, changes: Changes) -> None:
        """Closed: the guide says to store the log as PDF in the child's folder, so offer it."""
        from desktop.views.eksport import offer_archive_pdf

        super()._saved(changes)
        offer_archive_pdf(self.backend, self.snap, self.parentWidget())


class ReopenDialog(FormDialog):
    """A passive log is reopened only with a new consent from everyone with foreldreansvar."""

    def __init__(self, backend: Backend, snap: LoggSnapshot, parent: QWidget | None = None) -> None:
        super().__init__(backend, self.tr("Gjenåpne loggen"), ok_text=self.tr("&Gjenåpne"), parent=parent)
        self.snap = snap
        info = QLabel(self.tr("Loggen kan bare gjenåpnes med et nytt, signert samtykke fra alle med foreldreansvar."))
        info.setWordWrap(True)
        self.body.addWidget(info)
        self.signers: list[tuple[uuid.UUID, QCheckBox]] = []
        for f in snap.foresatte:
            if f.foreldreansvar:
                box = named(
                    QCheckBox(self.tr("{0} ({1}) har signert").format(f.navn, f.rolle)),
                    self.tr("{0} har signert").format(f.navn),
                )
                self.signers.append((f.id, box))
                self.body.addWidget(box)
        self.date = named(QDateEdit(), self.tr("Signert dato"))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd.MM.yyyy")
        self.date.setDate(backend.clock().date())
        form = QFormLayout()
        form.addRow(self.tr("&Signert dato:"), self.date)
        self.body.addLayout(form)

    def work(self) -> Callable[[Context], Changes]:
        snap = self.snap
        signers = [i for i, box in self.signers if box.isChecked()]
        signed = self.date.date().toPython()

        def run(ctx: Context) -> Changes:
            samtykke = logs.register_samtykke(
                ctx,
                barn_id=snap.barn_id,
                logg_id=snap.id,
                signert_dato=signed,  # type: ignore[arg-type]
                opprette_logg=True,
                utveksle_opplysninger=True,
                gitt_av_foresatte=signers,
            )
            assert samtykke.created is not None
            return logs.reopen(ctx, snap.id, samtykke.created).merge(samtykke)

        return run


# --------------------------------------------------------------------------- the view


@dataclasses.dataclass(frozen=True)
class PageFactory:
    """A log page not built yet: what the navigation shows, and how to build it.

    ``LogView`` builds a page the first time it is shown or asked for: building all eight at
    once cost a fifth of opening a large log (docs/benchmarks.md, «Stor logg»). ``make`` may import
    the page's module too.

    Attributes:
        name: the page class's name: its title's translation context, and how ``page(kind)`` finds it.
        title: the class's ``title`` (the Norwegian source text).
        make: builds the page.
    """

    name: str
    title: str
    make: Callable[[], LogPage]

    @classmethod
    def of(cls, kind: type[LogPage], *args: Any) -> PageFactory:
        """A factory for ``kind(*args)``."""
        return cls(kind.__name__, kind.title, lambda: kind(*args))

    def shown_title(self) -> str:
        """What the built page's ``shown_title()`` says."""
        return QCoreApplication.translate(self.name, self.title)


class _Slot:
    """One section of the log: its factory, and its page and scroll area once built."""

    def __init__(self, factory: PageFactory) -> None:
        self.factory = factory
        self.page: LogPage | None = None
        self.scroller: QScrollArea | None = None


class LogPages(Sequence[LogPage]):
    """``LogView.pages``: the sections in order, each built when first indexed."""

    def __init__(self, view: LogView) -> None:
        self._view = view

    def __len__(self) -> int:
        return len(self._view._slots)

    @overload
    def __getitem__(self, index: int) -> LogPage: ...

    @overload
    def __getitem__(self, index: slice) -> list[LogPage]: ...

    def __getitem__(self, index: int | slice) -> LogPage | list[LogPage]:
        if isinstance(index, slice):
            return [self._view._build(i) for i in range(len(self))[index]]
        return self._view._build(range(len(self))[index])


class LogView(QWidget):
    """Signals:
    loaded: (LoggSnapshot) each time the log has been (re)loaded.

    ``extra_pages`` follow the overview, concerns and lysglimt: ``PageFactory``s, page classes
    (built as ``kind(backend)``), or pages already built. Only the page in view is built
    at first; the others when first shown or asked for (``page()``, ``pages[i]``).
    """

    loaded = Signal(object)
    meeting_requested = Signal(object)  # the log's id

    def __init__(
        self,
        backend: Backend,
        logg_id: uuid.UUID,
        *,
        extra_pages: Sequence[type[LogPage] | PageFactory | LogPage] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.backend = backend
        self.logg_id = logg_id
        self.snap: LoggSnapshot | None = None
        self._last_warnings: list[str] = []
        # Asked for first, so the database worker reads the log while the widgets below are built.
        # A locked workspace answers at once, into the header, so then it is asked for last.
        early = not backend.locked
        if early:
            self.load(record=True)
        self.setAccessibleName(self.tr("Loggen"))
        layout = QVBoxLayout(self)

        self.header = QLabel(self.tr("Laster loggen …"))
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setAccessibleName(self.tr("Barnet og familien"))
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        actions = QVBoxLayout()
        self.niva = named(QPushButton(self.tr("Endre &nivå …")), self.tr("Endre nivå"))
        self.passive = named(QPushButton(self.tr("Sett &passiv")), self.tr("Sett loggen passiv"))
        self.reopen = named(QPushButton(self.tr("&Gjenåpne …")), self.tr("Gjenåpne loggen"))
        self.close_log = named(QPushButton(self.tr("&Avslutt loggen …")), self.tr("Avslutt loggen"))
        self.niva.clicked.connect(lambda: self._dialog(NivaDialog))
        self.passive.clicked.connect(self._set_passive)
        self.reopen.clicked.connect(lambda: self._dialog(ReopenDialog))
        self.close_log.clicked.connect(lambda: self._dialog(CloseDialog))
        self.meeting = named(QPushButton(self.tr("Mø&temodus …")), self.tr("Start møtemodus"))
        self.meeting.setToolTip(self.tr("Vis bare denne loggen på storskjermen i møtet"))
        self.meeting.clicked.connect(lambda: self.meeting_requested.emit(self.logg_id))
        self.export_pdf = named(QPushButton(self.tr("&Eksporter som PDF …")), self.tr("Eksporter som PDF"))
        self.export_pdf.clicked.connect(self._export_pdf)
        self.transfer_actions = TransferActions(backend, self)
        # Two short columns (using the log; its state) rather than one tall one: the header must
        # leave the pages room on a 1366×768 screen.
        state = QVBoxLayout()
        for column, buttons in (
            (actions, (self.meeting, self.export_pdf, *self.transfer_actions.buttons)),
            (state, (self.niva, self.passive, self.reopen, self.close_log)),
        ):
            for b in buttons:
                column.addWidget(b)
            column.addStretch()
            top.addLayout(column)
        layout.addLayout(top)

        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(WARNING_STYLE)
        self.banner.setAccessibleName(self.tr("Varsler"))
        self.banner.hide()
        layout.addWidget(self.banner)

        self.nav = named(QListWidget(), self.tr("Deler av loggen"))
        self.nav.setFixedWidth(190)
        self.nav.setStyleSheet("QListWidget { font-size: 11pt; } QListWidget::item { padding: 6px 4px; }")
        # Holds the pages built so far, each in its scroll area (not in the navigation's order).
        self.stack = QStackedWidget()
        self._slots = [
            _Slot(self._factory(p)) for p in (OversiktPage, OppmerksomheterPage, LysglimtPage, *(extra_pages or []))
        ]
        self.pages = LogPages(self)
        for i, slot in enumerate(self._slots):
            item = QListWidgetItem(slot.factory.shown_title())
            item.setToolTip(f"Alt+{i + 1}")
            self.nav.addItem(item)
            QShortcut(QKeySequence(f"Alt+{i + 1}"), self, activated=lambda i=i: self.nav.setCurrentRow(i))
        for i, given in enumerate(extra_pages or [], start=3):
            if isinstance(given, LogPage):  # built by the caller: the view owns it from now on
                self._build(i)
        self.nav.currentRowChanged.connect(self._switch_to)
        self.nav.setCurrentRow(1 if len(self._slots) > 1 else 0)
        body = QHBoxLayout()
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        layout.addLayout(body, 1)
        self.setEnabled(False)
        backend.changed.connect(self._on_changed)
        if not early:
            self.load(record=True)

    def _factory(self, page: type[LogPage] | PageFactory | LogPage) -> PageFactory:
        if isinstance(page, PageFactory):
            return page
        if isinstance(page, LogPage):
            built = page
            return PageFactory(type(built).__name__, built.title, lambda: built)
        return PageFactory.of(page, self.backend)

    def _build(self, row: int) -> LogPage:
        """The page at ``row``, built (and put in its scroll area in the stack) the first time."""
        slot = self._slots[row]
        if slot.page is None:
            page = slot.factory.make()
            # A tall page scrolls inside the log instead of making the window taller than a
            # 1366×768 screen (the stack asks for its tallest page's height).
            scroller = QScrollArea()
            scroller.setWidgetResizable(True)
            scroller.setFrameShape(QFrame.Shape.NoFrame)
            # Not a Tab stop of its own (focus moving inside scrolls it); the page inside has the name.
            scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            scroller.setWidget(page)
            self.stack.addWidget(scroller)
            slot.page, slot.scroller = page, scroller
        return slot.page

    def _row_of(self, kind: type[LogPage]) -> int:
        return next(i for i, s in enumerate(self._slots) if isinstance(s.page, kind) or s.factory.name == kind.__name__)

    def page(self, kind: type[LogPage]) -> LogPage:
        """The page of this kind, showing the latest snapshot (built and filled when first needed)."""
        page = self._build(self._row_of(kind))
        self._fill(page)
        return page

    def show_page(self, kind: type[LogPage]) -> None:
        self.nav.setCurrentRow(self._row_of(kind))

    def _switch_to(self, row: int) -> None:
        if not 0 <= row < len(self._slots):
            return
        page = self._build(row)
        self._fill(page)  # before it is shown, so it never shows an older snapshot
        scroller = self._slots[row].scroller
        assert scroller is not None
        self.stack.setCurrentWidget(scroller)

    def _fill(self, page: LogPage) -> None:
        if self.snap is not None and page.snap is not self.snap:
            page.set_snapshot(self.snap)

    def load(self, *, record: bool = False) -> None:
        logg_id = self.logg_id
        self.backend.call(
            lambda ctx: snapshot(ctx, logg_id, record_read=record), success=self._show, failure=self._failed
        )

    def _failed(self, message: str) -> None:
        title = self.tr("Loggen kan ikke vises")
        self.header.setText(f"<h2>{title}</h2><p>{html.escape(message)}</p>")
        self.setEnabled(True)
        for b in (
            self.meeting,
            self.export_pdf,
            *self.transfer_actions.buttons,
            self.niva,
            self.passive,
            self.reopen,
            self.close_log,
        ):
            b.hide()

    def _on_changed(self, changes: Changes) -> None:
        if self.logg_id in changes.logs:
            self._last_warnings = list(changes.warnings)
            self.load()

    def _show(self, snap: LoggSnapshot) -> None:
        with one_layout_pass(self):
            self._fill_view(snap)
        self.setEnabled(True)
        self.loaded.emit(snap)

    def _fill_view(self, snap: LoggSnapshot) -> None:
        self.snap = snap
        e = html.escape
        guardian, without = self.tr("foresatt"), self.tr(", uten foreldreansvar")
        family = ", ".join(
            f"{e(f.navn)} ({e(f.rolle or guardian)}{'' if f.foreldreansvar else e(without)})" for f in snap.foresatte
        )
        born = self.tr("{0} år · født {1} · foresatte: {2}").format(snap.alder, _date(snap.fodselsdato), family or "–")
        status = self.tr("<b>{0}</b> · nivå {1} · stafettholder {2}, {3}").format(
            _tr(STATUS_TEXT[snap.status]), snap.niva, e(snap.stafettholder), e(snap.enhet)
        )
        self.header.setText(f"<h1 style='margin:0'>{e(snap.barn)}</h1><p>{born}</p><p>{status}</p>")
        self.niva.setVisible(snap.may(Action.CHANGE_LEVEL))
        self.passive.setVisible(snap.may(Action.SET_PASSIVE))
        self.reopen.setVisible(snap.may(Action.REOPEN))
        self.close_log.setVisible(snap.may(Action.CLOSE))
        self.meeting.setVisible(snap.may(Action.SHOW_MEETING_MODE))
        warnings = list(snap.warnings) + [w for w in self._last_warnings if w not in snap.warnings]
        if snap.limited:
            warnings.append(self.tr("Du har lesetilgang til utvalgte oppmerksomheter i denne loggen."))
        self.banner.setText("\n".join(warnings))
        self.banner.setVisible(bool(warnings))
        # Only the page in view is filled now; the others when they are first shown (or asked for by
        # ``page()``). A large log's lysglimt, notes and meetings cost more than all the rest of a first
        # paint, and most openings never look at most pages (docs/benchmarks.md, «Stor logg»).
        row = self.nav.currentRow()
        if row >= 0:
            self._fill(self._build(row))
        self.transfer_actions.show_snapshot(snap)

    def _dialog(self, kind: Callable[..., FormDialog]) -> None:
        if self.snap is not None:
            kind(self.backend, self.snap, parent=self).exec()

    def _export_pdf(self) -> None:
        from desktop.views.eksport import export_log

        if self.snap is not None:
            export_log(self.backend, self.snap, self)

    def _set_passive(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Sett loggen passiv"),
            self.tr("En passiv logg kan bare leses, og kan bare gjenåpnes med nytt samtykke. Sette loggen passiv?"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            logg_id = self.logg_id
            self.backend.call(lambda ctx: logs.set_passive(ctx, logg_id))
