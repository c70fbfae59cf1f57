"""«Endringer som ikke er synkronisert»: the person's changes the server has not taken yet.

Each change waits to be sent, was refused by the server (with the server's reason), or met
someone else's change of the same record (a conflict). A conflict shows both versions side by
side — who and when — and the person keeps one or merges the texts; a rejected change shows
what was written (to copy) until it is discarded. Every choice is itself a change that syncs.
Nothing here touches a session: the queries and choices run through ``Backend.call``.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any

from desktop.core import conflicts
from desktop.core.conflicts import FieldDiff, RowDiff
from desktop.core.context import OSLO, Changes, Context
from desktop.core.entities import OutboxStatus
from desktop.core.syncstatus import ChangeRow, RecordRow, changes_for
from desktop.models.backend import Backend
from desktop.models.rows import Column, RowsModel

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.views.forms import ERROR_STYLE, FormDialog, error_label, named
from desktop.views.historikk import field_name, show_value
from desktop.views.widgets import current_row, list_table, while_alive

_CONTEXT = "konflikter"
NOTE_STYLE = "color: #4a4a4a;"  # 7.7:1 on the default window background
CONFLICT_COLOUR = "#8a4b00"  # 5.9:1 on white; the status is also in words
REJECTED_COLOUR = "#a00000"  # 7.4:1 on white
SHORT = 40  # a value up to this long, on one line, is shown in a one-line field

# What each use case did, in the person's words (marked for lupdate, translated where shown).
COMMAND_TEXT: dict[str, str] = {
    "access.grant_lesetilgang": QT_TRANSLATE_NOOP("konflikter", "Ga lesetilgang"),
    "access.change_lesetilgang": QT_TRANSLATE_NOOP("konflikter", "Endret lesetilgang"),
    "access.revoke_lesetilgang": QT_TRANSLATE_NOOP("konflikter", "Fjernet lesetilgang"),
    "content.add_oppmerksomhet": QT_TRANSLATE_NOOP("konflikter", "La til oppmerksomhet"),
    "content.update_oppmerksomhet": QT_TRANSLATE_NOOP("konflikter", "Endret oppmerksomhet"),
    "content.set_mal": QT_TRANSLATE_NOOP("konflikter", "Satte mål"),
    "content.add_tiltak": QT_TRANSLATE_NOOP("konflikter", "La til tiltak"),
    "content.correct_tiltak_text": QT_TRANSLATE_NOOP("konflikter", "Rettet teksten i et tiltak"),
    "content.update_tiltak_period": QT_TRANSLATE_NOOP("konflikter", "Endret perioden for et tiltak"),
    "content.evaluate_tiltak": QT_TRANSLATE_NOOP("konflikter", "Evaluerte et tiltak"),
    "content.post_lysglimt": QT_TRANSLATE_NOOP("konflikter", "Skrev lysglimt"),
    "content.add_notat": QT_TRANSLATE_NOOP("konflikter", "Skrev notat"),
    "content.attach_pdf": QT_TRANSLATE_NOOP("konflikter", "La ved PDF"),
    "content.call_mote": QT_TRANSLATE_NOOP("konflikter", "Kalte inn til møte"),
    "content.update_mote": QT_TRANSLATE_NOOP("konflikter", "Endret møte"),
    "diagram.add_faktor": QT_TRANSLATE_NOOP("konflikter", "La til faktor i diagrammet"),
    "diagram.update_faktor": QT_TRANSLATE_NOOP("konflikter", "Endret faktor i diagrammet"),
    "diagram.delete_faktor": QT_TRANSLATE_NOOP("konflikter", "Slettet faktor i diagrammet"),
    "diagram.add_kobling": QT_TRANSLATE_NOOP("konflikter", "Koblet faktorer i diagrammet"),
    "diagram.delete_kobling": QT_TRANSLATE_NOOP("konflikter", "Fjernet kobling i diagrammet"),
    "diagram.link_tiltak": QT_TRANSLATE_NOOP("konflikter", "Koblet tiltak til faktor"),
    "diagram.apply_change": QT_TRANSLATE_NOOP("konflikter", "Endret diagrammet"),
    "kommune.add_tjeneste": QT_TRANSLATE_NOOP("konflikter", "Opprettet tjeneste"),
    "kommune.add_enhet": QT_TRANSLATE_NOOP("konflikter", "Opprettet enhet"),
    "kommune.rename_tjeneste": QT_TRANSLATE_NOOP("konflikter", "Ga tjenesten nytt navn"),
    "kommune.rename_enhet": QT_TRANSLATE_NOOP("konflikter", "Ga enheten nytt navn"),
    "kommune.add_leder": QT_TRANSLATE_NOOP("konflikter", "La til leder"),
    "kommune.make_leder": QT_TRANSLATE_NOOP("konflikter", "Gjorde en ansatt til leder"),
    "kommune.remove_leder": QT_TRANSLATE_NOOP("konflikter", "Fjernet lederrollen"),
    "kommune.add_ekstern_aktor": QT_TRANSLATE_NOOP("konflikter", "La til ekstern aktør"),
    "kommune.update_ekstern_aktor": QT_TRANSLATE_NOOP("konflikter", "Endret ekstern aktør"),
    "kommune.remove_ekstern_aktor": QT_TRANSLATE_NOOP("konflikter", "Fjernet ekstern aktør"),
    "logs.register_barn": QT_TRANSLATE_NOOP("konflikter", "Registrerte barn"),
    "logs.add_foresatt": QT_TRANSLATE_NOOP("konflikter", "La til foresatt"),
    "logs.register_samtykke": QT_TRANSLATE_NOOP("konflikter", "Registrerte samtykke"),
    "logs.create_stafettlogg": QT_TRANSLATE_NOOP("konflikter", "Opprettet stafettlogg"),
    "logs.change_niva": QT_TRANSLATE_NOOP("konflikter", "Endret nivå"),
    "logs.set_passive": QT_TRANSLATE_NOOP("konflikter", "Satte loggen passiv"),
    "logs.reopen": QT_TRANSLATE_NOOP("konflikter", "Gjenåpnet loggen"),
    "logs.close": QT_TRANSLATE_NOOP("konflikter", "Avsluttet loggen"),
    "logs.withdraw_samtykke": QT_TRANSLATE_NOOP("konflikter", "Trakk samtykke"),
    "logs.delete_logg": QT_TRANSLATE_NOOP("konflikter", "Slettet loggen"),
    "logs.update_startside": QT_TRANSLATE_NOOP("konflikter", "Endret startsiden"),
    "organisation.create_tjeneste": QT_TRANSLATE_NOOP("konflikter", "Opprettet tjeneste"),
    "organisation.create_enhet": QT_TRANSLATE_NOOP("konflikter", "Opprettet enhet"),
    "organisation.add_ansatt": QT_TRANSLATE_NOOP("konflikter", "La til ansatt"),
    "organisation.update_ansatt": QT_TRANSLATE_NOOP("konflikter", "Endret ansatt"),
    "organisation.remove_ansatt": QT_TRANSLATE_NOOP("konflikter", "Fjernet ansatt"),
    "transfer.request_transfer": QT_TRANSLATE_NOOP("konflikter", "Ba om overføring"),
    "transfer.accept_transfer": QT_TRANSLATE_NOOP("konflikter", "Godtok overføring"),
    "transfer.reject_transfer": QT_TRANSLATE_NOOP("konflikter", "Avslo overføring"),
    "transfer.withdraw_transfer": QT_TRANSLATE_NOOP("konflikter", "Trakk tilbake overføring"),
    "exchange.create_own_keys": QT_TRANSLATE_NOOP("konflikter", "Laget kommunens nøkler"),
    "exchange.add_kjent_kommune": QT_TRANSLATE_NOOP("konflikter", "Leste inn en annen kommunes nøkkel"),
    "exchange.remove_kjent_kommune": QT_TRANSLATE_NOOP("konflikter", "Fjernet en annen kommunes nøkkel"),
    "exchange.import_logg": QT_TRANSLATE_NOOP("konflikter", "Leste inn en stafettlogg fra en annen kommune"),
    "exchange.reject_logg": QT_TRANSLATE_NOOP("konflikter", "Avviste en stafettlogg fra en annen kommune"),
    "exchange.read_receipt": QT_TRANSLATE_NOOP("konflikter", "Leste inn kvittering fra en annen kommune"),
}
CHOICE_TEXT: dict[str, str] = {
    "theirs": QT_TRANSLATE_NOOP("konflikter", "Valgte serverens versjon"),
    "discard": QT_TRANSLATE_NOOP("konflikter", "Forkastet en avvist endring"),
    "mine": QT_TRANSLATE_NOOP("konflikter", "Valgte min versjon"),
    "merged": QT_TRANSLATE_NOOP("konflikter", "Slo sammen versjonene"),
}
ENTITY_TEXT: dict[str, str] = {
    "kommune": QT_TRANSLATE_NOOP("konflikter", "Kommune"),
    "barn": QT_TRANSLATE_NOOP("konflikter", "Barn"),
    "tjeneste": QT_TRANSLATE_NOOP("konflikter", "Tjeneste"),
    "enhet": QT_TRANSLATE_NOOP("konflikter", "Enhet"),
    "foresatt": QT_TRANSLATE_NOOP("konflikter", "Foresatt"),
    "ansatt": QT_TRANSLATE_NOOP("konflikter", "Ansatt"),
    "stafettlogg": QT_TRANSLATE_NOOP("konflikter", "Stafettlogg"),
    "mote": QT_TRANSLATE_NOOP("konflikter", "Møte"),
    "notat": QT_TRANSLATE_NOOP("konflikter", "Notat"),
    "oppmerksomhet": QT_TRANSLATE_NOOP("konflikter", "Oppmerksomhet"),
    "faktor": QT_TRANSLATE_NOOP("konflikter", "Faktor"),
    "lysglimt": QT_TRANSLATE_NOOP("konflikter", "Lysglimt"),
    "mal": QT_TRANSLATE_NOOP("konflikter", "Mål"),
    "vedlegg": QT_TRANSLATE_NOOP("konflikter", "Vedlegg"),
    "faktor_kobling": QT_TRANSLATE_NOOP("konflikter", "Kobling i diagrammet"),
    "samtykke": QT_TRANSLATE_NOOP("konflikter", "Samtykke"),
    "tiltak": QT_TRANSLATE_NOOP("konflikter", "Tiltak"),
    "evaluering": QT_TRANSLATE_NOOP("konflikter", "Evaluering"),
    "lesetilgang": QT_TRANSLATE_NOOP("konflikter", "Lesetilgang"),
    "overforing": QT_TRANSLATE_NOOP("konflikter", "Overføring"),
}
RECORD_STATUS_TEXT: dict[OutboxStatus, str] = {
    OutboxStatus.PENDING: QT_TRANSLATE_NOOP("konflikter", "venter"),
    OutboxStatus.SENT: QT_TRANSLATE_NOOP("konflikter", "synkronisert"),
    OutboxStatus.REJECTED: QT_TRANSLATE_NOOP("konflikter", "avvist"),
    OutboxStatus.CONFLICT: QT_TRANSLATE_NOOP("konflikter", "konflikt"),
    OutboxStatus.RESOLVED: QT_TRANSLATE_NOOP("konflikter", "avklart"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def command_text(name: str) -> str:
    """A use case's name as the person reads it, e.g. «Endret oppmerksomhet»."""
    if name in COMMAND_TEXT:
        return _tr(COMMAND_TEXT[name])
    return QCoreApplication.translate("konflikter", "Annen endring ({0})").format(name)


def what(change: ChangeRow) -> str:
    """What the change did, in one line; a change that settles another says how."""
    done = ", ".join(dict.fromkeys(command_text(c) for c in change.commands))
    if change.resolves is not None and change.choice:
        chose = _tr(CHOICE_TEXT[change.choice]) if change.choice in CHOICE_TEXT else change.choice
        return f"{chose}: {done}" if done else chose
    return done or QCoreApplication.translate("konflikter", "Endring uten innhold")


def status_text(change: ChangeRow) -> str:
    if change.status is OutboxStatus.REJECTED:
        return QCoreApplication.translate("konflikter", "Avvist av serveren: {0}").format(change.reason)
    if change.status is OutboxStatus.CONFLICT:
        return QCoreApplication.translate("konflikter", "Konflikt")
    return QCoreApplication.translate("konflikter", "Venter på synkronisering")


def when(at: dt.datetime | None) -> str:
    """A moment in Norwegian local time, «26.11.2026 kl. 09.00»; «ukjent» when not known."""
    if at is None:
        return QCoreApplication.translate("konflikter", "ukjent tidspunkt")
    local = at.astimezone(OSLO)
    return QCoreApplication.translate("konflikter", "{0} kl. {1}").format(f"{local:%d.%m.%Y}", f"{local:%H.%M}")


def entity_text(entity: str) -> str:
    return _tr(ENTITY_TEXT[entity]) if entity in ENTITY_TEXT else entity.replace("_", " ").capitalize()


def record_text(record: RecordRow, *, with_status: bool = False) -> str:
    """«Oppmerksomhet «Ella venter …» i loggen til Ella Fjellstad – konflikt»."""
    text = entity_text(record.entity)
    if record.summary:
        text += f" «{record.summary}»"
    if record.child:
        text += QCoreApplication.translate("konflikter", " i loggen til {0}").format(record.child)
    if with_status:
        status = RECORD_STATUS_TEXT.get(record.status, record.status.value)
        text += f" – {_tr(status)}"
    return text


def touched(change: ChangeRow) -> str:
    """The records in one line for the list (the first, and how many more)."""
    if not change.records:
        return ""
    first = record_text(change.records[0])
    more = len(change.records) - 1
    if more <= 0:
        return first
    return QCoreApplication.translate("konflikter", "{0} og {1} til").format(first, more)


def value_text(value: Any) -> str:
    """A stored value as people read it (dates local, codes in words); empty as «(tomt)»."""
    if value is None or value == "":
        return QCoreApplication.translate("konflikter", "(tomt)")
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("konflikter", "Ja") if value else QCoreApplication.translate("konflikter", "Nei")
        )
    if isinstance(value, list):
        return ", ".join(value_text(v) for v in value)
    return show_value(str(value), {})


def shown_diffs(row: RowDiff) -> list[FieldDiff]:
    """The fields a person reads: ids and the author's kind are left out (the heading says who)."""
    return [f for f in row.fields if not f.field.endswith(("_id", "_type")) and f.field != "id"]


def mergeable(change: ChangeRow) -> list[FieldDiff]:
    """The text fields of a conflict that the person may merge (they are text arguments of the calls)."""
    if change.detail is None:
        return []
    return [
        f
        for row in change.detail.rows
        for f in shown_diffs(row)
        if f.field in change.text_args and isinstance(f.mine, str) and isinstance(f.theirs, str)
    ]


def _note(text: str = "", name: str = "", *, style: str = NOTE_STYLE) -> QLabel:
    """Wrapped plain text (user data never renders as markup), selectable to copy."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if style:
        label.setStyleSheet(style)
    if name:
        label.setAccessibleName(name)
    return label


def _bold(label: QLabel, scale: float = 1.0) -> QLabel:
    font = label.font()
    font.setBold(True)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


def _text_view(text: str, name: str, *, short: bool = False) -> QWidget:
    """A read-only text the person can select and copy (Tab moves on, it does not type).

    A short value (a date, a number) is one line; a text is a box of its own height.
    """
    if short:
        line = named(QLineEdit(text), name)
        line.setReadOnly(True)
        line.setCursorPosition(0)
        return line
    view = named(QPlainTextEdit(text), name)
    view.setReadOnly(True)
    view.setTabChangesFocus(True)
    view.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    lines = sum(max(1, len(part) // 55 + 1) for part in text.split("\n"))
    spacing = view.fontMetrics().lineSpacing()
    view.setFixedHeight(spacing * min(max(lines, 2), 7) + 14)
    return view


def _is_short(*texts: str) -> bool:
    return all(len(t) <= SHORT and "\n" not in t for t in texts)


def _caption(text: str, *, first: bool) -> QLabel:
    """A record's heading in the comparison, with room above it unless it is the first."""
    label = _bold(_note(text, style=""))
    if not first:
        label.setContentsMargins(0, 8, 0, 0)
    return label


def _field_label(text: str, *, short: bool) -> QLabel:
    label = QLabel(text)
    vertical = Qt.AlignmentFlag.AlignVCenter if short else Qt.AlignmentFlag.AlignTop
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | vertical)
    if not short:
        label.setContentsMargins(0, 4, 0, 0)
    return label


def _button(text: str, name: str) -> QPushButton:
    button = named(QPushButton(text), name)
    button.setAutoDefault(False)
    return button


class MergeDialog(FormDialog):
    """«Slå sammen»: each text of a conflict in one editor, both versions in it to start from.

    Saving makes the change again with the merged texts (``conflicts.keep_mine``); a refusal
    is shown here and the merged text stays as typed.
    """

    def __init__(self, backend: Backend, change: ChangeRow, parent: QWidget | None = None) -> None:
        super().__init__(
            backend,
            QCoreApplication.translate("MergeDialog", "Slå sammen versjonene"),
            ok_text=QCoreApplication.translate("MergeDialog", "&Lagre sammenslått versjon"),
            parent=parent,
        )
        self.change_id = change.change_id
        intro = _note(
            self.tr(
                "Begge versjonene står i feltet: din først, så serverens. Rediger dem til én tekst. "
                "Det du lagrer, erstatter begge og synkroniseres som en ny endring."
            ),
            style="",
        )
        self.body.addWidget(intro)
        self.edits: dict[str, QPlainTextEdit] = {}
        for diff in mergeable(change):
            if diff.field in self.edits:
                continue
            label = field_name(diff.field)
            edit = named(QPlainTextEdit(), self.tr("Sammenslått tekst: {0}").format(label))
            edit.setTabChangesFocus(True)
            mine, theirs = str(diff.mine), str(diff.theirs)
            edit.setPlainText(mine if not theirs.strip() or theirs == mine else f"{mine}\n\n{theirs}")
            edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * 6 + 14)
            caption = QLabel(self.tr("{0}:").format(label))
            caption.setBuddy(edit)
            self.body.addWidget(caption)
            self.body.addWidget(edit, 1)
            self.edits[diff.field] = edit
        self.resize(720, 420)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.edits:  # straight into the text: there is nothing else to fill in
            next(iter(self.edits.values())).setFocus()

    def merged(self) -> dict[str, str]:
        return {name: edit.toPlainText() for name, edit in self.edits.items()}

    def work(self) -> Callable[[Context], Changes] | None:
        if not self.edits:
            self.show_error(self.tr("Denne endringen har ingen tekst som kan slås sammen."))
            return None
        change_id, merged = self.change_id, self.merged()
        return lambda ctx: conflicts.keep_mine(ctx, change_id, merged)


class KonfliktDialog(QDialog):
    """Signals:
    loaded: (int) the list was (re)loaded with this many changes.
    settled: (uuid.UUID) a conflict or rejection was settled (the choice waits to be synced).
    """

    loaded = Signal(int)
    settled = Signal(object)

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self._request = 0
        self._busy = False
        title = self.tr("Endringer som ikke er synkronisert")
        self.setWindowTitle(title)
        self.setAccessibleName(title)

        self.model: RowsModel[ChangeRow] = RowsModel(
            [
                Column(self.tr("Status"), status_text, tooltip=status_text, foreground=self._colour),
                Column(self.tr("Hva"), what, tooltip=what),
                Column(self.tr("Når"), lambda c: when(c.at), sort=lambda c: c.at.timestamp()),
                Column(self.tr("Gjelder"), touched, tooltip=self._records_tooltip),
            ],
            self,
        )

        layout = QVBoxLayout(self)
        intro = _note(
            self.tr(
                "Dette er endringene dine som kommunens server ikke har tatt imot ennå. En endring som venter, "
                "sendes neste gang PC-en synkroniserer. Er det en konflikt eller en avvisning, velger du hva som "
                "skal gjelde – valget ditt synkroniseres også."
            ),
            style="",
        )
        layout.addWidget(intro)
        self.count = _note(name=self.tr("Antall endringer"))
        layout.addWidget(self.count)
        self.error = error_label(self)
        layout.addWidget(self.error)

        self.table = list_table(self.tr("Endringer som ikke er synkronisert"), self.model, sortable=False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        table_label = QLabel(self.tr("&Endringer:"))
        table_label.setBuddy(self.table)
        top_layout.addWidget(table_label)
        top_layout.addWidget(self.table)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._empty_page())
        self.pages.addWidget(self._pending_page())
        self.pages.addWidget(self._conflict_page())
        self.pages.addWidget(self._rejected_page())

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.pages)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([180, 400])
        layout.addWidget(splitter, 1)

        buttons = QDialogButtonBox()
        close = named(buttons.addButton(self.tr("&Lukk"), QDialogButtonBox.ButtonRole.RejectRole), self.tr("Lukk"))
        close.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self._fit_to_screen()
        backend.changed.connect(self._changed)
        self.refresh()

    # ------------------------------------------------------------------ pages

    def _empty_page(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 6, 0, 0)
        self.empty_note = _note(name=self.tr("Ingen endring valgt"))
        box.addWidget(self.empty_note)
        box.addStretch(1)
        return page

    def _pending_page(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 6, 0, 0)
        self.pending_heading = _bold(_note(style=""), 1.1)
        self.pending_heading.setAccessibleName(self.tr("Valgt endring"))
        box.addWidget(self.pending_heading)
        box.addWidget(
            _note(
                self.tr(
                    "Venter på synkronisering. Endringen er lagret på denne PC-en og sendes til kommunens server "
                    "neste gang PC-en har kontakt med den."
                )
            )
        )
        self.pending_records = _note(name=self.tr("Poster endringen gjelder"), style="")
        box.addWidget(self.pending_records)
        box.addStretch(1)
        return page

    def _conflict_page(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 6, 0, 0)
        self.conflict_heading = _bold(_note(style=""), 1.1)
        self.conflict_heading.setAccessibleName(self.tr("Konflikten"))
        box.addWidget(self.conflict_heading)
        self.conflict_reason = _note(name=self.tr("Hva som skjedde"))
        box.addWidget(self.conflict_reason)
        self.conflict_scroll = QScrollArea()
        self.conflict_scroll.setWidgetResizable(True)
        self.conflict_scroll.setFrameShape(QFrame.Shape.NoFrame)
        box.addWidget(self.conflict_scroll, 1)
        row = QHBoxLayout()
        self.keep_mine_button = _button(self.tr("Behold &min"), self.tr("Behold min"))
        self.keep_mine_button.setToolTip(self.tr("Din versjon gjelder; den sendes på nytt til serveren."))
        self.keep_theirs_button = _button(self.tr("Behold &serverens"), self.tr("Behold serverens"))
        self.keep_theirs_button.setToolTip(self.tr("Versjonen på serveren gjelder; din blir forkastet."))
        self.merge_button = _button(self.tr("Slå s&ammen …"), self.tr("Slå sammen …"))
        self.merge_button.setToolTip(self.tr("Lag én tekst av begge versjonene."))
        self.keep_mine_button.clicked.connect(self.keep_mine)
        self.keep_theirs_button.clicked.connect(self.keep_theirs)
        self.merge_button.clicked.connect(self.merge)
        for button in (self.keep_mine_button, self.keep_theirs_button, self.merge_button):
            row.addWidget(button)
        row.addStretch(1)
        box.addLayout(row)
        return page

    def _rejected_page(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 6, 0, 0)
        self.rejected_heading = _bold(_note(style=""), 1.1)
        self.rejected_heading.setAccessibleName(self.tr("Den avviste endringen"))
        box.addWidget(self.rejected_heading)
        self.rejected_reason = _note(name=self.tr("Serverens begrunnelse"), style=ERROR_STYLE)
        box.addWidget(self.rejected_reason)
        box.addWidget(
            _note(
                self.tr(
                    "Endringen er bare lagret på denne PC-en. Det du skrev, står under: kopier det du vil ta vare "
                    "på, før du forkaster endringen."
                )
            )
        )
        self.rejected_scroll = QScrollArea()
        self.rejected_scroll.setWidgetResizable(True)
        self.rejected_scroll.setFrameShape(QFrame.Shape.NoFrame)
        box.addWidget(self.rejected_scroll, 1)
        row = QHBoxLayout()
        self.discard_button = _button(self.tr("&Forkast endringen"), self.tr("Forkast endringen"))
        self.discard_button.setToolTip(self.tr("Fjern endringen fra PC-en; det som er på serveren, gjelder."))
        self.discard_button.clicked.connect(self.discard)
        row.addWidget(self.discard_button)
        row.addStretch(1)
        box.addLayout(row)
        return page

    def _fit_to_screen(self) -> None:
        width, height = 1120, 700
        screen = self.screen()
        if screen is not None:
            room = screen.availableGeometry()
            width, height = min(width, room.width() - 40), min(height, room.height() - 40)
        self.resize(width, height)

    # ------------------------------------------------------------------ loading

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.table.setFocus()

    def _changed(self, _changes: Changes) -> None:
        if self.isVisible() and not self._busy:
            self.refresh()

    def refresh(self) -> None:
        """Load the list in the background (the newest answer wins)."""
        self._request += 1
        request = self._request
        if not self.model.rowCount():
            self.count.setText(self.tr("Henter endringene …"))
        self.backend.call(
            changes_for,
            success=while_alive(self, lambda rows: self._show_rows(request, rows)),
            failure=while_alive(self, lambda message: self._failed(request, message)),
        )

    def _show_rows(self, request: int, rows: list[ChangeRow]) -> None:
        if request != self._request:
            return
        current = self.selected()
        self.model.set_rows(rows)
        self._update_count(rows)
        header = self.table.horizontalHeader()
        self.table.resizeColumnsToContents()
        for column, most in ((0, 300), (1, 280), (2, 160)):
            header.resizeSection(column, min(header.sectionSize(column), most))
        self._select(current.change_id if current is not None else None)
        self._show_current()
        self.loaded.emit(len(rows))

    def _select(self, change_id: uuid.UUID | None) -> None:
        """The same change again after a reload, else the first (those needing a choice come first)."""
        rows = self.model.rows()
        found = next((n for n, r in enumerate(rows) if r.change_id == change_id), 0 if rows else None)
        if found is not None:
            self.table.setCurrentIndex(self.model.index(found, 0))

    def _failed(self, request: int, message: str) -> None:
        if request != self._request:
            return
        self.show_error(message)

    def _update_count(self, rows: list[ChangeRow]) -> None:
        if not rows:
            self.count.setText(self.tr("Alt er synkronisert: ingen endringer venter."))
            return
        action = sum(r.needs_action for r in rows)
        waiting = len(rows) - action
        if action and waiting:
            text = self.tr("{0} må avklares av deg, {1} venter på synkronisering.").format(action, waiting)
        elif action:
            text = self.tr("{0} må avklares av deg.").format(action)
        else:
            text = self.tr("{0} venter på synkronisering.").format(waiting)
        self.count.setText(text)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.error.setFocus()

    # ------------------------------------------------------------------ the selected change

    def selected(self) -> ChangeRow | None:
        return current_row(self.table, ChangeRow)

    def _colour(self, change: ChangeRow) -> str | None:
        if change.status is OutboxStatus.REJECTED:
            return REJECTED_COLOUR
        if change.status is OutboxStatus.CONFLICT:
            return CONFLICT_COLOUR
        return None

    def _records_tooltip(self, change: ChangeRow) -> str:
        return "\n".join(record_text(r, with_status=True) for r in change.records)

    def _heading(self, change: ChangeRow) -> str:
        return self.tr("{0} – {1}, {2}").format(what(change), change.author, when(change.at))

    def _show_current(self) -> None:
        change = self.selected()
        if change is None:
            self.empty_note.setText(
                self.tr("Alt er synkronisert.") if not self.model.rowCount() else self.tr("Ingen endring valgt.")
            )
            self.pages.setCurrentIndex(0)
            return
        if change.status is OutboxStatus.CONFLICT:
            self._show_conflict(change)
            self.pages.setCurrentIndex(2)
        elif change.status is OutboxStatus.REJECTED:
            self._show_rejected(change)
            self.pages.setCurrentIndex(3)
        else:
            self.pending_heading.setText(self._heading(change))
            self.pending_records.setText(self._records_list(change))
            self.pages.setCurrentIndex(1)
        self._enable_actions()

    def _records_list(self, change: ChangeRow) -> str:
        if not change.records:
            return self.tr("Endringen gjelder ingen poster (den avklarer en tidligere endring).")
        lines = [record_text(r, with_status=True) for r in change.records]
        return self.tr("Gjelder:") + "\n" + "\n".join(f"• {line}" for line in lines)

    def _show_conflict(self, change: ChangeRow) -> None:
        self.conflict_heading.setText(self.tr("Konflikt: {0}").format(self._heading(change)))
        self.conflict_reason.setText(change.reason)
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setVerticalSpacing(6)
        mine_title = _bold(_note(self.tr("Din versjon"), style=""))
        theirs_title = _bold(_note(self.tr("Versjonen på serveren"), style=""))
        mine_who = _note(self.tr("{0}, {1}").format(change.author or self.tr("Ukjent person"), when(change.at)))
        mine_who.setAccessibleName(self.tr("Hvem og når: din versjon"))
        theirs_who = _note(
            self.tr("{0}, {1}").format(change.server_by or self.tr("Ukjent person"), when(change.server_at))
        )
        theirs_who.setAccessibleName(self.tr("Hvem og når: versjonen på serveren"))
        line = 0

        def headings() -> None:
            nonlocal line
            grid.addWidget(mine_title, line, 1)
            grid.addWidget(theirs_title, line, 2)
            grid.addWidget(mine_who, line + 1, 1)
            grid.addWidget(theirs_who, line + 1, 2)
            line += 2

        rows = change.detail.rows if change.detail is not None else ()
        for number, row in enumerate(rows):
            record = next((r for r in change.records if r.id == row.id), None)
            caption = record_text(record, with_status=True) if record is not None else entity_text(row.entity)
            grid.addWidget(_caption(caption, first=number == 0), line, 0, 1, 3)
            line += 1
            if number == 0:  # who and when are the same for every record of the change
                headings()
            if row.deleted_on_server:
                grid.addWidget(_note(self.tr("Posten er slettet på serveren."), style=ERROR_STYLE), line, 0, 1, 3)
                line += 1
            for diff in shown_diffs(row):
                label = field_name(diff.field)
                theirs = self.tr("(slettet på serveren)") if row.deleted_on_server else value_text(diff.theirs)
                mine = value_text(diff.mine)
                short = _is_short(mine, theirs)
                grid.addWidget(_field_label(self.tr("{0}:").format(label), short=short), line, 0)
                grid.addWidget(_text_view(mine, self.tr("Din versjon: {0}").format(label), short=short), line, 1)
                grid.addWidget(
                    _text_view(theirs, self.tr("Versjonen på serveren: {0}").format(label), short=short), line, 2
                )
                line += 1
        if not rows:
            headings()
        if not any(shown_diffs(r) for r in rows):
            grid.addWidget(_note(self.tr("Ingen felt å sammenligne.")), line, 0, 1, 3)
            line += 1
        grid.setRowStretch(line, 1)
        self._replace(self.conflict_scroll, grid_widget)
        can_merge = bool(mergeable(change))
        self.merge_button.setToolTip(
            self.tr("Lag én tekst av begge versjonene.")
            if can_merge
            else self.tr("Denne endringen har ingen tekst som kan slås sammen.")
        )

    def _show_rejected(self, change: ChangeRow) -> None:
        self.rejected_heading.setText(self.tr("Avvist: {0}").format(self._heading(change)))
        self.rejected_reason.setText(self.tr("Avvist av serveren: {0}").format(change.reason))
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        line = 0
        rows = change.detail.rows if change.detail is not None else ()
        for row in rows:
            diffs = shown_diffs(row)
            if not diffs:
                continue
            record = next((r for r in change.records if r.id == row.id), None)
            caption = record_text(record, with_status=True) if record is not None else entity_text(row.entity)
            grid.addWidget(_caption(caption, first=line == 0), line, 0, 1, 2)
            line += 1
            for diff in diffs:
                label = field_name(diff.field)
                mine = value_text(diff.mine)
                grid.addWidget(_field_label(self.tr("{0}:").format(label), short=_is_short(mine)), line, 0)
                grid.addWidget(
                    _text_view(mine, self.tr("Det du skrev: {0}").format(label), short=_is_short(mine)), line, 1
                )
                line += 1
        if line == 0:
            grid.addWidget(_note(self.tr("Endringen har ingen tekst å vise.")), line, 0, 1, 2)
            line += 1
        grid.setRowStretch(line, 1)
        self._replace(self.rejected_scroll, grid_widget)

    @staticmethod
    def _replace(scroll: QScrollArea, widget: QWidget) -> None:
        old = scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        scroll.setWidget(widget)

    def _enable_actions(self) -> None:
        change = self.selected()
        idle = not self._busy and change is not None
        conflict = idle and change is not None and change.status is OutboxStatus.CONFLICT
        self.keep_mine_button.setEnabled(conflict)
        self.keep_theirs_button.setEnabled(conflict)
        self.merge_button.setEnabled(conflict and change is not None and bool(mergeable(change)))
        self.discard_button.setEnabled(idle and change is not None and change.status is OutboxStatus.REJECTED)

    # ------------------------------------------------------------------ the choices

    def _settle(self, change_id: uuid.UUID, work: Callable[[Context], Changes]) -> None:
        self._busy = True
        self._enable_actions()
        self.error.hide()

        def done(_changes: Changes) -> None:
            self._busy = False
            self.settled.emit(change_id)
            self.refresh()

        def failed(message: str) -> None:
            self._busy = False
            self._enable_actions()
            self.show_error(message)

        self.backend.call(work, success=while_alive(self, done), failure=while_alive(self, failed))

    def keep_mine(self) -> None:
        """«Behold min»: the change is made again on top of the server's version."""
        change = self.selected()
        if change is None or change.status is not OutboxStatus.CONFLICT or self._busy:
            return
        change_id = change.change_id
        self._settle(change_id, lambda ctx: conflicts.keep_mine(ctx, change_id))

    def keep_theirs(self) -> QMessageBox | None:
        """«Behold serverens»: asks first, since the person's own version is dropped."""
        change = self.selected()
        if change is None or change.status is not OutboxStatus.CONFLICT or self._busy:
            return None
        return self._ask_and_drop(
            change,
            title=self.tr("Behold serverens versjon"),
            question=self.tr("Beholde versjonen på serveren?"),
            detail=self.tr("Din versjon blir forkastet. Kopier det du vil ta vare på, før du går videre."),
            yes_text=self.tr("&Behold serverens"),
            yes_name=self.tr("Ja, behold serverens"),
        )

    def discard(self) -> QMessageBox | None:
        """«Forkast endringen» of a rejected change: asks first; the server's version stands."""
        change = self.selected()
        if change is None or change.status is not OutboxStatus.REJECTED or self._busy:
            return None
        return self._ask_and_drop(
            change,
            title=self.tr("Forkast endringen"),
            question=self.tr("Forkaste endringen?"),
            detail=self.tr("Det du skrev, blir borte fra PC-en. Kopier det du vil ta vare på, før du går videre."),
            yes_text=self.tr("&Forkast"),
            yes_name=self.tr("Ja, forkast"),
        )

    def _ask_and_drop(
        self, change: ChangeRow, *, title: str, question: str, detail: str, yes_text: str, yes_name: str
    ) -> QMessageBox:
        box = QMessageBox(self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(title)
        box.setAccessibleName(question)
        box.setText(question)
        box.setInformativeText(detail)
        yes = named(box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole), yes_name)
        no = named(box.addButton(self.tr("&Avbryt"), QMessageBox.ButtonRole.RejectRole), self.tr("Avbryt"))
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        change_id = change.change_id

        def answered(button: Any) -> None:
            if button is yes:
                self._settle(change_id, lambda ctx: conflicts.keep_theirs(ctx, change_id))

        box.buttonClicked.connect(answered)
        box.open()
        return box

    def merge(self) -> MergeDialog | None:
        """«Slå sammen …»: an editor with both texts; saving makes the merged text the change."""
        change = self.selected()
        if change is None or change.status is not OutboxStatus.CONFLICT or self._busy or not mergeable(change):
            return None
        dialog = MergeDialog(self.backend, change, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        change_id = change.change_id

        def merged() -> None:
            self.settled.emit(change_id)
            self.refresh()

        dialog.accepted.connect(merged)
        dialog.open()
        return dialog
