"""«Møter»: the interdisciplinary meetings the stafettholder calls, sets the agenda for and leads."""

from __future__ import annotations

import datetime as dt
import html
import uuid
from collections.abc import Callable
from typing import Any

from desktop.core.context import OSLO, Changes, Context
from desktop.core.permissions import Action
from desktop.core.snapshot import LoggSnapshot, MoteInfo
from desktop.core.usecases import content
from desktop.models.backend import Backend
from desktop.models.rows import Column, RowsModel

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.views.forms import WARNING_STYLE, FormDialog, LogPage, named
from desktop.views.widgets import GREY, current_row, list_table, select_by_id, sorted_proxy

# The agenda a new meeting starts with (marked for lupdate; translated where used).
FIRST_AGENDA = QT_TRANSLATE_NOOP(
    "MoteDialog",
    "1. Velkommen, og hvem som gjør hva i stafettloggen.\n"
    "2. Hva barnet og foreldrene forteller.\n"
    "3. Bekymringen, oppmerksomheter og mål.\n"
    "4. Hva holder utfordringen ved like?\n"
    "5. Tiltak i tjenesten, hjemme og for barnet.\n"
    "6. Dato for neste møte.",
)
LATER_AGENDA = QT_TRANSLATE_NOOP(
    "MoteDialog",
    "1. Lysglimt siden sist.\n2. Evaluering av tiltakene.\n3. Nye mål eller tiltak.\n4. Dato for neste møte.",
)


def _when(at: dt.datetime) -> str:
    local = at.astimezone(OSLO)
    return QCoreApplication.translate("moter", "{0} kl. {1}").format(f"{local:%d.%m.%Y}", f"{local:%H:%M}")


def _paragraphs(text: str) -> str:
    lines = [html.escape(line) for line in text.split("\n")]
    return "<br>".join(lines)


def participant_choices(snap: LoggSnapshot) -> list[str]:
    """Who can be called: the holder, the family, the log's actors — as «Navn, rolle», as the training writes."""
    choices = []
    holder_role = next((a.rolle for a in snap.aktorer if a.id == snap.stafettholder_id), "")
    holder = holder_role or QCoreApplication.translate("moter", "stafettholder")
    choices.append(f"{snap.stafettholder}, {holder.lower()}")
    guardian = QCoreApplication.translate("moter", "foresatt")
    for f in snap.foresatte:
        choices.append(f"{f.navn}, {f.rolle or guardian}")
    for a in snap.aktorer:
        if a.id != snap.stafettholder_id:
            choices.append(f"{a.navn}, {a.rolle.lower()}" if a.rolle else a.navn)
    return choices


# --------------------------------------------------------------------------- dialogs


class MoteDialog(FormDialog):
    """«Kall inn til møte»: when, where, the agenda (set by the holder) and who is called."""

    def __init__(self, backend: Backend, snap: LoggSnapshot, parent: QWidget | None = None) -> None:
        super().__init__(
            backend,
            QCoreApplication.translate("MoteDialog", "Kall inn til møte"),
            ok_text=QCoreApplication.translate("MoteDialog", "&Kall inn"),
            parent=parent,
        )
        self.logg_id = snap.id
        first = not snap.moter
        guide = QLabel(
            self.tr(
                "Stafettholderen setter dagsordenen og leder møtet. Det første møtet er langt; "
                "da blir alle kjent med loggen, og dere lager oppmerksomheter, mål og tiltak sammen."
            )
            if first
            else self.tr(
                "Stafettholderen setter dagsordenen og leder møtet. Senere møter er korte: lysglimt, "
                "evaluering av tiltakene og hva som skjer videre."
            )
        )
        guide.setWordWrap(True)
        guide.setStyleSheet(WARNING_STYLE)
        guide.setAccessibleName(self.tr("Råd om møtet"))
        self.body.addWidget(guide)

        form = QFormLayout()
        self.when = named(QDateTimeEdit(), self.tr("Tidspunkt"))
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("dd.MM.yyyy HH:mm")
        start = (backend.clock().astimezone(OSLO) + dt.timedelta(days=7)).replace(
            hour=14, minute=0, second=0, microsecond=0
        )
        self.when.setDateTime(start.replace(tzinfo=None))
        form.addRow(self.tr("&Tidspunkt:"), self.when)
        self.place = named(QLineEdit(), self.tr("Sted"))
        self.place.setPlaceholderText(self.tr("For eksempel møterommet i barnehagen, eller telefon"))
        places = [m.sted for m in snap.moter if m.sted]
        if places:
            self.place.setText(places[-1])
        form.addRow(self.tr("&Sted:"), self.place)
        agenda = QCoreApplication.translate("MoteDialog", FIRST_AGENDA if first else LATER_AGENDA)
        self.agenda = named(QPlainTextEdit(agenda), self.tr("Dagsorden"))
        self.agenda.setTabChangesFocus(True)
        self.agenda.setMinimumHeight(130)
        form.addRow(self.tr("&Dagsorden:"), self.agenda)
        self.body.addLayout(form)

        people_label = QLabel(self.tr("D&eltakere (kryss av for dem som kalles inn):"))
        self.people = named(QListWidget(), self.tr("Deltakere"))
        people_label.setBuddy(self.people)
        for choice in participant_choices(snap):
            self._add_person(choice)
        self.body.addWidget(people_label)
        self.body.addWidget(self.people)
        row = QHBoxLayout()
        self.other = named(QLineEdit(), self.tr("Annen deltaker"))
        self.other.setPlaceholderText(self.tr("Navn og rolle, for eksempel «Åse Lund, fastlege»"))
        self.other.returnPressed.connect(self.add_other)
        other_label = QLabel(self.tr("&Annen deltaker:"))
        other_label.setBuddy(self.other)
        self.add_button = named(QPushButton(self.tr("&Legg til")), self.tr("Legg til deltaker"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_other)
        row.addWidget(other_label)
        row.addWidget(self.other, 1)
        row.addWidget(self.add_button)
        self.body.addLayout(row)
        self.resize(640, 640)

    def _add_person(self, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
        self.people.addItem(item)

    def add_other(self) -> None:
        text = self.other.text().strip()
        if text:
            self._add_person(text)
            self.other.clear()

    def participants(self) -> list[str]:
        items = (self.people.item(i) for i in range(self.people.count()))
        return [i.text() for i in items if i.checkState() is Qt.CheckState.Checked]

    def work(self) -> Callable[[Context], Changes] | None:
        if self.other.text().strip():
            self.add_other()  # typed but not added: the user meant it
        when = self.when.dateTime().toPython()
        assert isinstance(when, dt.datetime)
        tidspunkt = when.replace(tzinfo=OSLO)
        logg_id, sted, dagsorden = self.logg_id, self.place.text(), self.agenda.toPlainText()
        deltakere = self.participants()
        if not deltakere:
            self.show_error(self.tr("Kryss av for minst én deltaker."))
            return None
        return lambda ctx: content.call_mote(
            ctx, logg_id, tidspunkt=tidspunkt, sted=sted, dagsorden=dagsorden, deltakere=deltakere
        )


class ReferatDialog(FormDialog):
    """«Skriv referat»: what was agreed, with the agenda beside it."""

    def __init__(self, backend: Backend, mote: MoteInfo, parent: QWidget | None = None) -> None:
        super().__init__(
            backend,
            QCoreApplication.translate("ReferatDialog", "Skriv referat"),
            ok_text=QCoreApplication.translate("ReferatDialog", "&Lagre referatet"),
            parent=parent,
        )
        self.mote_id = mote.id
        head = QLabel(
            self.tr("<b>Møtet {0}</b>{1}").format(
                html.escape(_when(mote.tidspunkt)), f" – {html.escape(mote.sted)}" if mote.sted else ""
            )
        )
        self.body.addWidget(head)
        if mote.dagsorden.strip():
            agenda = QLabel(self.tr("Dagsorden:<br>{0}").format(_paragraphs(mote.dagsorden)))
            agenda.setWordWrap(True)
            agenda.setAccessibleName(self.tr("Dagsorden"))
            agenda.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.body.addWidget(agenda)
        hint = QLabel(
            self.tr(
                "Skriv kort hva dere ble enige om, og hvem som gjør hva til når. Bruk navn eller rolle, "
                "for eksempel «mor» eller «kontaktlærer»."
            )
        )
        hint.setWordWrap(True)
        self.body.addWidget(hint)
        self.text = named(QPlainTextEdit(mote.referat), self.tr("Referat"))
        self.text.setTabChangesFocus(True)
        label = QLabel(self.tr("&Referat:"))
        label.setBuddy(self.text)
        self.body.addWidget(label)
        self.body.addWidget(self.text, 1)
        self.resize(620, 520)

    def work(self) -> Callable[[Context], Changes]:
        mote_id, referat = self.mote_id, self.text.toPlainText()
        return lambda ctx: content.update_mote(ctx, mote_id, referat=referat)


# --------------------------------------------------------------------------- the page


class MoterPage(LogPage):
    """The log's meetings, the chosen meeting's agenda and minutes."""

    title = QT_TRANSLATE_NOOP("MoterPage", "Møter")

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(backend, parent)
        self._select_after: uuid.UUID | None = None
        self.model: RowsModel[MoteInfo] = RowsModel(
            [
                Column(self.tr("Tidspunkt"), lambda m: _when(m.tidspunkt), sort=lambda m: m.tidspunkt.timestamp()),
                Column(self.tr("Sted"), lambda m: m.sted or "–"),
                Column(
                    self.tr("Deltakere"), lambda m: "; ".join(m.deltakere), tooltip=lambda m: "\n".join(m.deltakere)
                ),
                Column(
                    self.tr("Referat"), self.minutes_state, foreground=lambda m: None if m.referat.strip() else GREY
                ),
            ],
            self,
        )
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        intro = QLabel(
            self.tr(
                "Stafettholderen kaller inn til tverrfaglige møter, setter dagsordenen og leder møtene. "
                "Det første møtet er langt; senere møter er korte."
            )
        )
        intro.setWordWrap(True)
        top.addWidget(intro, 1)
        self.call = named(QPushButton(self.tr("&Kall inn til møte …")), self.tr("Kall inn til møte"))
        self.call.clicked.connect(self.call_meeting)
        self.minutes = named(QPushButton(self.tr("Skriv &referat …")), self.tr("Skriv referat"))
        self.minutes.clicked.connect(self.write_minutes)
        top.addWidget(self.call)
        top.addWidget(self.minutes)
        layout.addLayout(top)

        self.proxy = sorted_proxy(self.model, self)
        self.table = list_table(self.tr("Møter i loggen"), self.proxy)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.table.activated.connect(lambda _i: self.write_minutes())
        self.empty = QLabel(self.tr("Ingen møter ennå."))
        self.detail = named(QTextBrowser(), self.tr("Møtet"))
        self.detail.setOpenLinks(False)

        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        table_label = QLabel(self.tr("&Møter:"))
        table_label.setBuddy(self.table)
        upper_layout.addWidget(table_label)
        upper_layout.addWidget(self.table)
        upper_layout.addWidget(self.empty)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        detail_label = QLabel(self.tr("&Dagsorden og referat:"))
        detail_label.setBuddy(self.detail)
        lower_layout.addWidget(detail_label)
        lower_layout.addWidget(self.detail)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([260, 400])
        layout.addWidget(splitter, 1)
        self._update_buttons()

    def minutes_state(self, m: MoteInfo) -> str:
        if m.referat.strip():
            return self.tr("Skrevet")
        if m.tidspunkt > self.backend.clock():
            return self.tr("Ikke holdt ennå")
        return self.tr("Mangler")

    def render_snapshot(self, snap: LoggSnapshot) -> None:
        keep = self._select_after or (self.selected().id if self.selected() else None)
        self._select_after = None
        self.model.set_rows(snap.moter)
        self.table.resizeRowsToContents()
        self.table.setVisible(bool(snap.moter))
        self.empty.setVisible(not snap.moter)
        manage = snap.may(Action.MANAGE_MEETINGS)
        self.call.setVisible(manage)
        self.minutes.setVisible(manage)
        self.select(keep)
        self._show_current()

    def select(self, mote_id: uuid.UUID | None) -> None:
        select_by_id(self.table, self.proxy, mote_id)

    def selected(self) -> MoteInfo | None:
        return current_row(self.table, MoteInfo)

    def _show_current(self) -> None:
        m = self.selected()
        if m is None:
            self.detail.clear()
        else:
            e = html.escape
            none, no_agenda = self.tr("Ingen"), self.tr("Ingen dagsorden.")
            no_minutes = self.tr("Referatet er ikke skrevet ennå.")
            people = "".join(f"<li>{e(p)}</li>" for p in m.deltakere) or f"<li>{none}</li>"
            agenda = _paragraphs(m.dagsorden) if m.dagsorden.strip() else f"<i>{no_agenda}</i>"
            minutes = _paragraphs(m.referat) if m.referat.strip() else f"<i>{no_minutes}</i>"
            titles = self.tr("Deltakere"), self.tr("Dagsorden"), self.tr("Referat")
            self.detail.setHtml(
                f"<h3>{e(_when(m.tidspunkt))}{' – ' + e(m.sted) if m.sted else ''}</h3>"
                f"<p><b>{titles[0]}</b></p><ul>{people}</ul>"
                f"<p><b>{titles[1]}</b><br>{agenda}</p>"
                f"<p><b>{titles[2]}</b><br>{minutes}</p>"
            )
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.minutes.setEnabled(self.selected() is not None)

    def call_meeting(self) -> MoteDialog | None:
        """Open «Kall inn til møte»; the new meeting is selected when the log reloads."""
        if self.snap is None or not self.snap.may(Action.MANAGE_MEETINGS):
            return None
        dialog = MoteDialog(self.backend, self.snap, self)
        return self._open(dialog)

    def write_minutes(self) -> ReferatDialog | None:
        m = self.selected()
        if self.snap is None or m is None or not self.snap.may(Action.MANAGE_MEETINGS):
            return None
        self._select_after = m.id
        return self._open(ReferatDialog(self.backend, m, self))

    def _open(self, dialog: Any) -> Any:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._remember(dialog.changes))
        dialog.open()
        return dialog

    def _remember(self, changes: Changes | None) -> None:
        if changes is not None and changes.created is not None:
            self._select_after = changes.created
