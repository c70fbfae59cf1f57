"""«Kommunen»: the kommuneadministrator's tab — services and units, leaders, external actors,
and who a log of a unit can link at each level.

Everything shown comes from `core.usecases.kommune.oversikt` (one read on the database
worker); every change is one of that module's commands, so it syncs like any other change.
The tab reloads when a change touches the organisation (services, units, employees).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from desktop.core.context import Changes, Context
from desktop.core.queries import Kandidat
from desktop.core.usecases import kommune
from desktop.core.usecases.kommune import EnhetRad, Finnbare, Kommuneoversikt, PersonRad, TjenesteRad
from desktop.models.backend import Backend
from desktop.models.rows import Column, RowsModel

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.views.forms import ERROR_STYLE, WARNING_STYLE, FormDialog, named
from desktop.views.widgets import (
    GREY,
    RoleTab,
    contact_column,
    current_row,
    list_table,
    select_by_id,
    sorted_proxy,
    while_alive,
)

ORGANISATION = frozenset({"kommune", "tjeneste", "enhet", "ansatt"})


def _label(text: str, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if name:
        label.setAccessibleName(name)
    return label


def _button(text: str, name: str, slot: Callable[[], object]) -> QPushButton:
    button = named(QPushButton(text), name)
    button.clicked.connect(lambda _checked=False: slot())
    return button


def _fit_height(table: QTableView, most: int) -> None:
    """As tall as its rows (up to ``most``), so a short list leaves no empty box."""
    table.resizeRowsToContents()
    rows = table.model().rowCount()
    height = sum(table.rowHeight(r) for r in range(min(rows, most)))
    if rows > most:
        height += table.rowHeight(0) // 2  # a half row tells that the list scrolls
    header = table.horizontalHeader().sizeHint().height()
    table.setFixedHeight(header + height + 2 * table.frameWidth())


def _stretch(table: QTableView, column: int) -> None:
    """This column takes the spare width (names and lists of names, not numbers)."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)


def _row(*widgets: QWidget) -> QHBoxLayout:
    layout = QHBoxLayout()
    for w in widgets:
        layout.addWidget(w)
    layout.addStretch(1)
    return layout


# --------------------------------------------------------------------------- dialogs


class NameDialog(FormDialog):
    """One name to type: a new service, or a new name for a service or a unit."""

    def __init__(
        self,
        backend: Backend,
        title: str,
        label: str,
        name: str,
        work: Callable[[str], Callable[[Context], Changes]],
        *,
        text: str = "",
        ok_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(backend, title, ok_text=ok_text, parent=parent)
        self._work = work
        self.name = named(QLineEdit(text), name)
        self.name.selectAll()
        form = QFormLayout()
        form.addRow(label, self.name)
        self.body.addLayout(form)
        self.setMinimumWidth(460)

    def work(self) -> Callable[[Context], Changes]:
        return self._work(self.name.text())


class EnhetDialog(FormDialog):
    """«Ny enhet»: its name and the service it belongs to."""

    def __init__(
        self,
        backend: Backend,
        tjenester: tuple[TjenesteRad, ...],
        tjeneste_id: uuid.UUID | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            backend,
            QCoreApplication.translate("EnhetDialog", "Ny enhet"),
            ok_text=QCoreApplication.translate("EnhetDialog", "&Opprett enheten"),
            parent=parent,
        )
        intro = _label(self.tr("En enhet er for eksempel én barnehage eller én skole. Den hører til en tjeneste."))
        self.body.addWidget(intro)
        form = QFormLayout()
        self.name = named(QLineEdit(), self.tr("Navnet på enheten"))
        self.name.setPlaceholderText(self.tr("For eksempel «Solsikken barnehage»"))
        form.addRow(self.tr("&Navn:"), self.name)
        self.tjeneste = named(QComboBox(), self.tr("Tjeneste"))
        for t in tjenester:
            self.tjeneste.addItem(t.navn, t.id)
            if t.id == tjeneste_id:
                self.tjeneste.setCurrentIndex(self.tjeneste.count() - 1)
        form.addRow(self.tr("&Tjeneste:"), self.tjeneste)
        self.body.addLayout(form)
        self.setMinimumWidth(480)

    def work(self) -> Callable[[Context], Changes] | None:
        tjeneste_id = self.tjeneste.currentData()
        if tjeneste_id is None:
            self.show_error(self.tr("Legg inn en tjeneste først."))
            return None
        navn = self.name.text()
        return lambda ctx: kommune.add_enhet(ctx, navn, tjeneste_id)


class PersonDialog(FormDialog):
    """A new leader of a unit, or a new or corrected external actor.

    ``enhet`` set: a new leader of that unit (with the aktør/stafettholder ticks).
    ``person`` set: correct that external actor (the fødselsnummer is not changed here).
    Neither: a new external actor.
    """

    def __init__(
        self,
        backend: Backend,
        *,
        enhet: EnhetRad | None = None,
        person: PersonRad | None = None,
        parent: QWidget | None = None,
    ) -> None:
        # Before QDialog.__init__, so through QCoreApplication with the class as context.
        if enhet is not None:
            title = QCoreApplication.translate("PersonDialog", "Ny leder for {0}").format(enhet.navn)
            ok = QCoreApplication.translate("PersonDialog", "&Legg inn lederen")
        elif person is not None:
            title = QCoreApplication.translate("PersonDialog", "Endre {0}").format(person.navn)
            ok = QCoreApplication.translate("PersonDialog", "&Lagre endringene")
        else:
            title = QCoreApplication.translate("PersonDialog", "Ny ekstern aktør")
            ok = QCoreApplication.translate("PersonDialog", "&Legg inn aktøren")
        super().__init__(backend, title, ok_text=ok, parent=parent)
        self.enhet, self.person = enhet, person
        if enhet is not None:
            intro = self.tr(
                "Lederen legger selv inn de ansatte i enheten og merker hvem som kan være aktør og stafettholder."
            )
        else:
            intro = self.tr(
                "En ekstern aktør, for eksempel en fastlege, hører ikke til en enhet i kommunen. "
                "Stafettholderen kan knytte aktøren til en logg på nivå 2 og 3, ikke på nivå 1."
            )
        self.body.addWidget(_label(intro))
        form = QFormLayout()
        self.fornavn = named(QLineEdit(person.fornavn if person else ""), self.tr("Fornavn"))
        form.addRow(self.tr("&Fornavn:"), self.fornavn)
        self.etternavn = named(QLineEdit(person.etternavn if person else ""), self.tr("Etternavn"))
        form.addRow(self.tr("&Etternavn:"), self.etternavn)
        self.fnr: QLineEdit | None = None
        if person is None:  # the number identifies the person: another number is another person
            self.fnr = named(QLineEdit(), self.tr("Fødselsnummer"), self.tr("11 siffer"))
            self.fnr.setPlaceholderText(self.tr("11 siffer"))
            self.fnr.setMaxLength(20)  # room for spaces people type; the core strips them
            form.addRow(self.tr("Fø&dselsnummer:"), self.fnr)
        self.stilling = named(QLineEdit(person.stilling if person else ""), self.tr("Stilling"))
        self.stilling.setPlaceholderText(
            self.tr("For eksempel «Styrer»") if enhet else self.tr("For eksempel «Fastlege ved Øvingsvik legesenter»")
        )
        form.addRow(self.tr("&Stilling:"), self.stilling)
        self.epost = named(QLineEdit(person.epost if person else ""), self.tr("E-post"))
        form.addRow(self.tr("E-&post:"), self.epost)
        self.telefon = named(QLineEdit(person.telefon if person else ""), self.tr("Telefon"))
        form.addRow(self.tr("&Telefon:"), self.telefon)
        self.body.addLayout(form)
        self.aktor: QCheckBox | None = None
        self.holder: QCheckBox | None = None
        if enhet is not None:
            self.aktor = named(QCheckBox(self.tr("Kan være &aktør")), self.tr("Kan være aktør"))
            self.holder = named(QCheckBox(self.tr("Kan være stafett&holder")), self.tr("Kan være stafettholder"))
            self.body.addWidget(self.aktor)
            self.body.addWidget(self.holder)
        self.body.addWidget(
            _label(
                self.tr("Varsler går på e-post. Feil e-postadresse er den vanligste grunnen til at varsler uteblir.")
            )
        )
        self.setMinimumWidth(520)

    def work(self) -> Callable[[Context], Changes]:
        fornavn, etternavn = self.fornavn.text(), self.etternavn.text()
        fnr = self.fnr.text() if self.fnr is not None else ""
        stilling, epost, telefon = self.stilling.text(), self.epost.text(), self.telefon.text()
        if self.enhet is not None:
            enhet_id = self.enhet.id
            aktor = self.aktor is not None and self.aktor.isChecked()
            holder = self.holder is not None and self.holder.isChecked()
            return lambda ctx: kommune.add_leder(
                ctx,
                enhet_id=enhet_id,
                fornavn=fornavn,
                etternavn=etternavn,
                fodselsnummer_=fnr,
                stilling=stilling,
                epost=epost,
                telefon=telefon,
                er_aktor=aktor,
                er_stafettholder=holder,
            )
        if self.person is not None:
            person_id = self.person.id
            return lambda ctx: kommune.update_ekstern_aktor(
                ctx, person_id, fornavn=fornavn, etternavn=etternavn, stilling=stilling, epost=epost, telefon=telefon
            )
        return lambda ctx: kommune.add_ekstern_aktor(
            ctx,
            fornavn=fornavn,
            etternavn=etternavn,
            fodselsnummer_=fnr,
            stilling=stilling,
            epost=epost,
            telefon=telefon,
        )


class MakeLederDialog(FormDialog):
    """«Gjør en ansatt til leder»: one of the unit's employees who is not a leader yet."""

    def __init__(
        self, backend: Backend, enhet: EnhetRad, people: list[PersonRad], parent: QWidget | None = None
    ) -> None:
        super().__init__(
            backend,
            QCoreApplication.translate("MakeLederDialog", "Gjør en ansatt til leder"),
            ok_text=QCoreApplication.translate("MakeLederDialog", "&Gjør til leder"),
            parent=parent,
        )
        self.body.addWidget(_label(self.tr("Velg en ansatt i {0} som skal være leder der.").format(enhet.navn)))
        self.person = named(QComboBox(), self.tr("Ansatt"))
        for p in people:
            self.person.addItem(f"{p.navn} – {p.stilling}" if p.stilling else p.navn, p.id)
        form = QFormLayout()
        form.addRow(self.tr("&Ansatt:"), self.person)
        self.body.addLayout(form)
        if not people:
            self.body.addWidget(
                _label(self.tr("{0} har ingen ansatte som ikke er ledere. Legg inn en ny leder.").format(enhet.navn))
            )
        self.setMinimumWidth(460)

    def work(self) -> Callable[[Context], Changes] | None:
        person_id = self.person.currentData()
        if person_id is None:
            self.show_error(self.tr("Velg en ansatt."))
            return None
        return lambda ctx: kommune.make_leder(ctx, person_id)


# --------------------------------------------------------------------------- the tab


class KommuneTab(RoleTab):
    """The administrator's tab: a list of sections on the left, the chosen section on the right."""

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self.title = self.tr("Kommunen")
        self.setAccessibleName(self.tr("Kommunen"))
        self.data: Kommuneoversikt | None = None
        self._finnbare_for: uuid.UUID | None = None
        self._finnbare_navn = ""
        self._stale = True  # nothing loaded yet: load when first shown
        self._pending: tuple[Callable[[uuid.UUID], None], uuid.UUID] | None = None

        self.heading = QLabel()
        self.heading.setAccessibleName(self.tr("Kommunens navn"))
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)

        self.sections = named(QListWidget(), self.tr("Deler av kommunesiden"))
        self.sections.setSpacing(3)
        self.pages = QStackedWidget()
        for title, page in (
            (self.tr("Tjenester og enheter"), self._tjenester_page()),
            (self.tr("Ledere"), self._ledere_page()),
            (self.tr("Eksterne aktører"), self._eksterne_page()),
            (self.tr("Hvem kan finnes på hvilket nivå"), self._finnbare_page()),
        ):
            self.sections.addItem(title)
            page.setAccessibleName(title)
            self.pages.addWidget(page)
        self.sections.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.sections.setCurrentRow(0)
        self.sections.setFixedWidth(self.sections.sizeHintForColumn(0) + 24)

        self.notice = _label("", self.tr("Melding"))
        self.notice.setStyleSheet(WARNING_STYLE)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.hide()
        self.error = _label("", self.tr("Feilmelding om kommunen"))
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.error.hide()

        right = QVBoxLayout()
        right.addWidget(self.pages, 1)
        right.addWidget(self.notice)
        right.addWidget(self.error)
        body = QHBoxLayout()
        body.addWidget(self.sections)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(body, 1)
        self.setTabOrder(self.sections, self.tjeneste_table)

        backend.changed.connect(self._on_changed)
        self._update_buttons()

    # ------------------------------------------------------------------ pages

    def _model(self, columns: list[Column[Any]]) -> tuple[RowsModel[Any], QSortFilterProxyModel]:
        model: RowsModel[Any] = RowsModel(columns, self)
        return model, sorted_proxy(model, self)

    def _table(self, name: str, proxy: QSortFilterProxyModel) -> QTableView:
        table = list_table(name, proxy)
        table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        return table

    def _ledere_text(self, e: EnhetRad) -> str:
        return ", ".join(e.ledere) if e.ledere else self.tr("Ingen leder")

    def _tjenester_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(
            _label(
                self.tr(
                    "En tjeneste er en type virksomhet, som barnehage eller skole. "
                    "En enhet er én virksomhet i tjenesten, som én barnehage."
                )
            )
        )
        self.tjeneste_model, self.tjeneste_proxy = self._model(
            [
                Column(self.tr("Tjeneste"), lambda t: t.navn),
                Column(self.tr("Enheter"), lambda t: str(t.enheter), sort=lambda t: t.enheter),
            ]
        )
        self.enhet_model, self.enhet_proxy = self._model(
            [
                Column(self.tr("Enhet"), lambda e: e.navn),
                Column(
                    self.tr("Ledere"),
                    self._ledere_text,
                    foreground=lambda e: None if e.ledere else GREY,
                ),
                Column(self.tr("Ansatte"), lambda e: str(e.ansatte), sort=lambda e: e.ansatte),
            ]
        )
        self.tjeneste_table = self._table(self.tr("Tjenester"), self.tjeneste_proxy)
        self.tjeneste_table.selectionModel().currentRowChanged.connect(lambda *_: self._show_enheter())
        self.enhet_table = self._table(self.tr("Enheter i tjenesten"), self.enhet_proxy)
        _stretch(self.tjeneste_table, 0)
        _stretch(self.enhet_table, 1)
        self.new_tjeneste = _button(self.tr("&Ny tjeneste …"), self.tr("Ny tjeneste"), self.add_tjeneste)
        self.rename_tjeneste = _button(
            self.tr("&Gi tjenesten nytt navn …"), self.tr("Gi tjenesten nytt navn"), self.rename_selected_tjeneste
        )
        self.new_enhet = _button(self.tr("Ny &enhet …"), self.tr("Ny enhet"), self.add_enhet)
        self.rename_enhet = _button(
            self.tr("Gi enheten nytt n&avn …"), self.tr("Gi enheten nytt navn"), self.rename_selected_enhet
        )
        services = QGroupBox(self.tr("Tjenester"))
        s_layout = QVBoxLayout(services)
        s_layout.addWidget(self.tjeneste_table)
        s_layout.addLayout(_row(self.new_tjeneste, self.rename_tjeneste))
        self.units_box = QGroupBox(self.tr("Enheter"))
        u_layout = QVBoxLayout(self.units_box)
        u_layout.addWidget(self.enhet_table)
        u_layout.addLayout(_row(self.new_enhet, self.rename_enhet))
        u_layout.addStretch(1)  # the shorter box keeps its buttons under its table
        both = QHBoxLayout()
        both.addWidget(services, 2)
        both.addWidget(self.units_box, 3)
        layout.addLayout(both)
        layout.addStretch(1)
        return page

    def _person_columns(self) -> list[Column[PersonRad]]:
        """Leaders and external actors: who, and whether notifications can reach them."""
        return [
            Column(self.tr("Navn"), lambda p: p.navn),
            Column(self.tr("Stilling"), lambda p: p.stilling),
            contact_column(self.tr("E-post"), lambda p: p.epost),
            contact_column(self.tr("Telefon"), lambda p: p.telefon),
        ]

    def _ledere_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(
            _label(
                self.tr(
                    "Lederen for en enhet legger inn og fjerner egne ansatte, og overfører logger for ansatte "
                    "som er borte. En enhet kan ha mer enn én leder."
                )
            )
        )
        self.leder_enhet_model, self.leder_enhet_proxy = self._model(
            [
                Column(self.tr("Enhet"), lambda e: e.navn),
                Column(self.tr("Tjeneste"), lambda e: e.tjeneste),
                Column(self.tr("Ledere"), self._ledere_text, foreground=lambda e: None if e.ledere else GREY),
            ]
        )
        self.leder_model, self.leder_proxy = self._model(self._person_columns())
        self.leder_enhet_table = self._table(self.tr("Enheter og ledere"), self.leder_enhet_proxy)
        self.leder_enhet_table.selectionModel().currentRowChanged.connect(lambda *_: self._show_ledere())
        self.leder_table = self._table(self.tr("Ledere i enheten"), self.leder_proxy)
        self.no_leder = _label(self.tr("Enheten har ingen leder. Legg inn en ny leder."), self.tr("Ingen leder"))
        self.new_leder = _button(self.tr("&Ny leder …"), self.tr("Ny leder"), self.add_leder)
        self.make_leder = _button(
            self.tr("&Gjør en ansatt til leder …"), self.tr("Gjør en ansatt til leder"), self.make_leder_of_employee
        )
        self.remove_leder = _button(self.tr("Fjern leder&rollen …"), self.tr("Fjern lederrollen"), self.remove_role)
        layout.addWidget(self.leder_enhet_table)
        self.leder_box = QGroupBox(self.tr("Ledere"))
        l_layout = QVBoxLayout(self.leder_box)
        l_layout.addWidget(self.leder_table)
        l_layout.addWidget(self.no_leder)
        l_layout.addLayout(_row(self.new_leder, self.make_leder, self.remove_leder))
        layout.addWidget(self.leder_box)
        layout.addStretch(1)
        return page

    def _eksterne_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(
            _label(
                self.tr(
                    "Eksterne aktører, som fastleger, hører ikke til en enhet i kommunen. "
                    "Stafettholderen kan knytte dem til en logg på nivå 2 og 3."
                )
            )
        )
        self.ekstern_model, self.ekstern_proxy = self._model(self._person_columns())
        self.ekstern_table = self._table(self.tr("Eksterne aktører i kommunen"), self.ekstern_proxy)
        self.ekstern_table.activated.connect(lambda _i: self.edit_ekstern())
        self.no_ekstern = _label(self.tr("Kommunen har ingen eksterne aktører."), self.tr("Ingen eksterne aktører"))
        self.new_ekstern = _button(self.tr("&Ny ekstern aktør …"), self.tr("Ny ekstern aktør"), self.add_ekstern)
        self.change_ekstern = _button(self.tr("&Endre …"), self.tr("Endre den eksterne aktøren"), self.edit_ekstern)
        self.remove_ekstern = _button(
            self.tr("Fje&rn …"), self.tr("Fjern den eksterne aktøren"), self.remove_selected_ekstern
        )
        layout.addWidget(self.ekstern_table)
        layout.addWidget(self.no_ekstern)
        layout.addLayout(_row(self.new_ekstern, self.change_ekstern, self.remove_ekstern))
        layout.addStretch(1)
        return page

    def _finnbare_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(
            _label(
                self.tr(
                    "På nivå 1 kan en logg bare knytte til seg aktører fra stafettholderens egen enhet; "
                    "på nivå 2 og 3 også aktører fra andre enheter og eksterne aktører som fastleger."
                ),
                self.tr("Om nivåene"),
            )
        )
        layout.addWidget(_label(self.tr("Bare ansatte som lederen har merket som aktør, kan knyttes til en logg.")))
        self.finn_enhet = named(QComboBox(), self.tr("Enhet"))
        self.finn_enhet.currentIndexChanged.connect(lambda _i: self._load_finnbare())
        pick = QLabel(self.tr("Logger i &enheten:"))
        pick.setBuddy(self.finn_enhet)
        row = QHBoxLayout()
        row.addWidget(pick)
        row.addWidget(self.finn_enhet, 1)
        row.addStretch(1)
        layout.addLayout(row)

        def columns() -> list[Column[Any]]:
            return [
                Column(self.tr("Navn"), lambda k: k.navn),
                Column(self.tr("Enhet eller stilling"), lambda k: k.enhet),
                Column(self.tr("Hvor"), self._where, sort=self._where_order),
            ]

        self.niva1_model, self.niva1_proxy = self._model(columns())
        self.niva23_model, self.niva23_proxy = self._model(columns())
        self.niva1_table = self._table(self.tr("Kan knyttes til på nivå 1"), self.niva1_proxy)
        self.niva23_table = self._table(self.tr("Kan knyttes til på nivå 2 og 3"), self.niva23_proxy)
        self.niva23_table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
        both = QHBoxLayout()
        for title, table in ((self.tr("Nivå 1"), self.niva1_table), (self.tr("Nivå 2 og 3"), self.niva23_table)):
            box = QGroupBox(title)
            box_layout = QVBoxLayout(box)
            box_layout.addWidget(table)
            box_layout.addStretch(1)
            both.addWidget(box)
        layout.addLayout(both)
        layout.addStretch(1)
        return page

    def _where_order(self, k: Kandidat) -> str:
        """Own unit, other units, external actors: what nivå 2 and 3 add comes last.

        A string, because the sorting proxy cannot compare Python tuples.
        """
        group = 2 if k.ekstern else 0 if k.enhet == self._finnbare_navn else 1
        return f"{group} {k.navn.casefold()}"

    def _where(self, k: Kandidat) -> str:
        if k.ekstern:
            return self.tr("Ekstern aktør")
        return self.tr("Egen enhet") if k.enhet == self._finnbare_navn else self.tr("Annen enhet")

    # ------------------------------------------------------------------ loading

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        self.backend.call(
            kommune.oversikt, success=while_alive(self, self._show), failure=while_alive(self, self._show_error)
        )

    def clear(self) -> None:
        self._stale = True
        self.data = None
        self._finnbare_for = None
        self.heading.clear()
        for model in (
            self.tjeneste_model,
            self.enhet_model,
            self.leder_enhet_model,
            self.leder_model,
            self.ekstern_model,
            self.niva1_model,
            self.niva23_model,
        ):
            model.set_rows([])
        self.finn_enhet.blockSignals(True)
        self.finn_enhet.clear()
        self.finn_enhet.blockSignals(False)
        self.notice.hide()
        self.error.hide()
        self._update_buttons()

    def _on_changed(self, changes: Changes) -> None:
        if not any(table in ORGANISATION for table, _id in changes.entities):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True  # reloaded when shown

    def _show(self, data: Kommuneoversikt) -> None:
        self.data = data
        self.heading.setText(self.tr("{0} – kommuneadministrasjon").format(data.kommune))
        keep_t = getattr(current_row(self.tjeneste_table, TjenesteRad), "id", None)
        keep_l = getattr(current_row(self.leder_enhet_table, EnhetRad), "id", None)
        keep_x = getattr(current_row(self.ekstern_table, PersonRad), "id", None)
        self.tjeneste_model.set_rows(data.tjenester)
        _fit_height(self.tjeneste_table, 14)
        select_by_id(self.tjeneste_table, self.tjeneste_proxy, keep_t)
        self._show_enheter()
        self.leder_enhet_model.set_rows(data.enheter)
        _fit_height(self.leder_enhet_table, 10)
        select_by_id(self.leder_enhet_table, self.leder_enhet_proxy, keep_l)
        self._show_ledere()
        self.ekstern_model.set_rows(data.eksterne)
        _fit_height(self.ekstern_table, 14)
        select_by_id(self.ekstern_table, self.ekstern_proxy, keep_x)
        self.ekstern_table.setVisible(bool(data.eksterne))
        self.no_ekstern.setVisible(not data.eksterne)

        keep_f = self.finn_enhet.currentData()
        self.finn_enhet.blockSignals(True)
        self.finn_enhet.clear()
        for e in data.enheter:
            self.finn_enhet.addItem(e.navn, e.id)
        index = next((i for i in range(self.finn_enhet.count()) if self.finn_enhet.itemData(i) == keep_f), 0)
        self.finn_enhet.setCurrentIndex(index if self.finn_enhet.count() else -1)
        self.finn_enhet.blockSignals(False)
        self._load_finnbare(force=True)
        if self._pending is not None:
            select, row_id = self._pending
            self._pending = None
            select(row_id)
        self._update_buttons()

    def _show_enheter(self) -> None:
        t = current_row(self.tjeneste_table, TjenesteRad)
        keep = getattr(current_row(self.enhet_table, EnhetRad), "id", None)
        rows = [e for e in self.data.enheter if t is not None and e.tjeneste_id == t.id] if self.data else []
        self.enhet_model.set_rows(rows)
        _fit_height(self.enhet_table, 14)
        select_by_id(self.enhet_table, self.enhet_proxy, keep)
        self.units_box.setTitle(self.tr("Enheter i {0}").format(t.navn) if t else self.tr("Enheter"))
        self._update_buttons()

    def _show_ledere(self) -> None:
        e = current_row(self.leder_enhet_table, EnhetRad)
        keep = getattr(current_row(self.leder_table, PersonRad), "id", None)
        rows = [p for p in self.data.i_enhet(e.id) if p.er_leder] if self.data and e else []
        self.leder_model.set_rows(rows)
        select_by_id(self.leder_table, self.leder_proxy, keep)
        self.leder_box.setTitle(self.tr("Ledere for {0}").format(e.navn) if e else self.tr("Ledere"))
        _fit_height(self.leder_table, 4)
        self.leder_table.setVisible(bool(rows))
        self.no_leder.setVisible(e is not None and not rows)
        self._update_buttons()

    def _load_finnbare(self, force: bool = False) -> None:
        enhet_id = self.finn_enhet.currentData()
        if enhet_id is None:
            self.niva1_model.set_rows([])
            self.niva23_model.set_rows([])
            return
        if enhet_id == self._finnbare_for and not force:
            return
        if enhet_id != self._finnbare_for:
            self.niva1_model.set_rows([])  # never the last unit's rows under this unit's name
            self.niva23_model.set_rows([])
        self._finnbare_for = enhet_id
        self.backend.call(
            lambda ctx: kommune.findable(ctx, enhet_id),
            success=while_alive(self, self._show_finnbare),
            failure=while_alive(self, self._show_error),
        )

    def _show_finnbare(self, finnbare: Finnbare) -> None:
        if finnbare.enhet != self.finn_enhet.currentText():
            return  # an answer for a unit no longer chosen
        self._finnbare_navn = finnbare.enhet
        self.niva1_model.set_rows(finnbare.niva_1)
        self.niva23_model.set_rows(finnbare.niva_2_3)
        for table in (self.niva1_table, self.niva23_table):
            _fit_height(table, 15)

    def _update_buttons(self) -> None:
        loaded = self.data is not None
        t = current_row(self.tjeneste_table, TjenesteRad)
        e = current_row(self.enhet_table, EnhetRad)
        le = current_row(self.leder_enhet_table, EnhetRad)
        leder = current_row(self.leder_table, PersonRad)
        ekstern = current_row(self.ekstern_table, PersonRad)
        self.new_tjeneste.setEnabled(loaded)
        self.rename_tjeneste.setEnabled(t is not None)
        self.new_enhet.setEnabled(loaded and bool(self.data and self.data.tjenester))
        self.rename_enhet.setEnabled(e is not None)
        self.new_leder.setEnabled(le is not None)
        self.make_leder.setEnabled(le is not None)
        self.remove_leder.setEnabled(leder is not None and self.leder_model.rowCount() > 0)
        self.new_ekstern.setEnabled(loaded)
        self.change_ekstern.setEnabled(ekstern is not None)
        self.remove_ekstern.setEnabled(ekstern is not None)

    # ------------------------------------------------------------------ messages

    def _show_error(self, message: str) -> None:
        self.notice.hide()
        self.error.setText(message)
        self.error.show()
        self.error.setFocus()

    def _done(self, changes: Changes | None) -> None:
        """After a change: its warnings stay in view until the next change."""
        self.error.hide()
        warnings = changes.warnings if changes is not None else []
        self.notice.setText("\n".join(warnings))
        self.notice.setVisible(bool(warnings))

    def _open(self, dialog: FormDialog, select: Callable[[uuid.UUID], None] | None = None) -> FormDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def accepted() -> None:
            self._done(dialog.changes)
            if select is not None and dialog.changes is not None and dialog.changes.created is not None:
                # The reload the change started arrives after this (one database worker).
                self._pending = (select, dialog.changes.created)

        dialog.accepted.connect(accepted)
        dialog.open()
        return dialog

    def _ask(
        self, title: str, text: str, detail: str, yes_text: str, work: Callable[[Context], Changes]
    ) -> QMessageBox:
        box = QMessageBox(self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(title)
        box.setAccessibleName(title)
        box.setText(text)
        box.setInformativeText(detail)
        yes = named(box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole), yes_text.replace("&", ""))
        no = named(box.addButton(self.tr("&Avbryt"), QMessageBox.ButtonRole.RejectRole), self.tr("Avbryt"))
        box.setDefaultButton(no)
        box.setEscapeButton(no)

        def answered(button: Any) -> None:
            if button is yes:
                self.backend.call(
                    work, success=while_alive(self, self._done), failure=while_alive(self, self._show_error)
                )

        box.buttonClicked.connect(answered)
        box.open()
        return box

    # ------------------------------------------------------------------ actions

    def _select_in(self, table: QTableView, proxy: QSortFilterProxyModel) -> Callable[[uuid.UUID], None]:
        return lambda row_id: select_by_id(table, proxy, row_id)

    def add_tjeneste(self) -> FormDialog:
        return self._open(
            NameDialog(
                self.backend,
                self.tr("Ny tjeneste"),
                self.tr("&Navn:"),
                self.tr("Navnet på tjenesten"),
                lambda navn: lambda ctx: kommune.add_tjeneste(ctx, navn),
                ok_text=self.tr("&Opprett tjenesten"),
                parent=self,
            ),
            self._select_in(self.tjeneste_table, self.tjeneste_proxy),
        )

    def rename_selected_tjeneste(self) -> FormDialog | None:
        t = current_row(self.tjeneste_table, TjenesteRad)
        if t is None:
            return None
        tjeneste_id = t.id
        return self._open(
            NameDialog(
                self.backend,
                self.tr("Gi tjenesten nytt navn"),
                self.tr("&Nytt navn:"),
                self.tr("Nytt navn på tjenesten"),
                lambda navn: lambda ctx: kommune.rename_tjeneste(ctx, tjeneste_id, navn),
                text=t.navn,
                parent=self,
            )
        )

    def add_enhet(self) -> FormDialog | None:
        if self.data is None:
            return None
        t = current_row(self.tjeneste_table, TjenesteRad)
        return self._open(
            EnhetDialog(self.backend, self.data.tjenester, t.id if t else None, self),
            self._select_enhet,
        )

    def _select_enhet(self, enhet_id: uuid.UUID) -> None:
        if self.data is None:
            return
        enhet = next((e for e in self.data.enheter if e.id == enhet_id), None)
        if enhet is not None:
            select_by_id(self.tjeneste_table, self.tjeneste_proxy, enhet.tjeneste_id)
            select_by_id(self.enhet_table, self.enhet_proxy, enhet_id)

    def rename_selected_enhet(self) -> FormDialog | None:
        e = current_row(self.enhet_table, EnhetRad)
        if e is None:
            return None
        enhet_id = e.id
        return self._open(
            NameDialog(
                self.backend,
                self.tr("Gi enheten nytt navn"),
                self.tr("&Nytt navn:"),
                self.tr("Nytt navn på enheten"),
                lambda navn: lambda ctx: kommune.rename_enhet(ctx, enhet_id, navn),
                text=e.navn,
                parent=self,
            )
        )

    def add_leder(self) -> FormDialog | None:
        e = current_row(self.leder_enhet_table, EnhetRad)
        if e is None:
            return None
        return self._open(
            PersonDialog(self.backend, enhet=e, parent=self), self._select_in(self.leder_table, self.leder_proxy)
        )

    def make_leder_of_employee(self) -> FormDialog | None:
        e = current_row(self.leder_enhet_table, EnhetRad)
        if e is None or self.data is None:
            return None
        people = [p for p in self.data.i_enhet(e.id) if not p.er_leder]
        return self._open(MakeLederDialog(self.backend, e, people, self))

    def remove_role(self) -> QMessageBox | None:
        p = current_row(self.leder_table, PersonRad)
        if p is None:
            return None
        person_id = p.id
        return self._ask(
            self.tr("Fjern lederrollen"),
            self.tr("Fjerne lederrollen til {0}?").format(p.navn),
            self.tr("{0} er fortsatt ansatt i enheten og beholder loggene sine.").format(p.navn),
            self.tr("&Fjern lederrollen"),
            lambda ctx: kommune.remove_leder(ctx, person_id),
        )

    def add_ekstern(self) -> FormDialog:
        return self._open(
            PersonDialog(self.backend, parent=self), self._select_in(self.ekstern_table, self.ekstern_proxy)
        )

    def edit_ekstern(self) -> FormDialog | None:
        p = current_row(self.ekstern_table, PersonRad)
        if p is None:
            return None
        return self._open(PersonDialog(self.backend, person=p, parent=self))

    def remove_selected_ekstern(self) -> QMessageBox | None:
        p = current_row(self.ekstern_table, PersonRad)
        if p is None:
            return None
        person_id = p.id
        return self._ask(
            self.tr("Fjern den eksterne aktøren"),
            self.tr("Fjerne {0}?").format(p.navn),
            self.tr(
                "{0} kan ikke knyttes til nye tiltak. Tiltakene {0} har nå, står til stafettholderen evaluerer dem. "
                "Navnet står fortsatt i loggenes historikk."
            ).format(p.navn),
            self.tr("&Fjern aktøren"),
            lambda ctx: kommune.remove_ekstern_aktor(ctx, person_id),
        )
