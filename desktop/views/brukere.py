"""«Brukere»: the unit leader keeps the list of employees, and looks after their logs.

The leader adds employees by fødselsnummer, ticks who may be aktør and stafettholder, keeps
contact data right (notices go there), and removes those who leave. Selecting an employee
shows the unit's logs they hold or act in — the child's name and the log's state, never its
content — where the leader transfers a log for a holder who is away or gone, and deletes a
passive log.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from desktop.core import enhet
from desktop.core.context import OSLO, Changes, Context
from desktop.core.entities import Ansatt, LoggStatus, Stafettlogg
from desktop.core.errors import RuleViolation
from desktop.core.usecases import logs, organisation
from desktop.core.usecases.common import get
from desktop.models.backend import Backend
from desktop.models.logglist import STATUS_TEXT
from desktop.models.rows import ROW_ROLE, Column

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.views.forms import ERROR_STYLE, WARNING_STYLE, FormDialog, named
from desktop.views.lederoversikt import NumbersModel
from desktop.views.widgets import (
    MISSING,
    RoleTab,
    contact_column,
    current_row,
    list_table,
    sorted_proxy,
    while_alive,
)


@dataclass(frozen=True)
class Enhetsliste:
    """What the tab loads in one go: the leader's unit and its people."""

    enhet_id: uuid.UUID
    navn: str
    ansatte: list[enhet.AnsattRad]


def load_unit(ctx: Context) -> Enhetsliste:
    unit = enhet.leader_unit(ctx)
    return Enhetsliste(unit.id, unit.navn, enhet.unit_employees(ctx))


def _saved(ansatt: Ansatt) -> Changes:
    changes = Changes(created=ansatt.id)
    changes.touch(ansatt)
    return changes


# --------------------------------------------------------------------------- the employee form


class AnsattDialog(FormDialog):
    """«Legg til ansatt» (by fødselsnummer), or «Endre ansatt» for one already in the unit."""

    def __init__(
        self,
        backend: Backend,
        enhet_id: uuid.UUID,
        ansatt: enhet.AnsattRad | None = None,
        parent: QWidget | None = None,
    ) -> None:
        adding = ansatt is None
        super().__init__(
            backend,
            QCoreApplication.translate("AnsattDialog", "Legg til ansatt")
            if adding
            else QCoreApplication.translate("AnsattDialog", "Endre ansatt"),
            ok_text=QCoreApplication.translate("AnsattDialog", "&Legg til")
            if adding
            else QCoreApplication.translate("AnsattDialog", "&Lagre endringene"),
            parent=parent,
        )
        self.enhet_id = enhet_id
        self.ansatt = ansatt
        form = QFormLayout()
        self.fnr = named(QLineEdit(), self.tr("Fødselsnummer"), self.tr("11 siffer. Mellomrom og punktum går fint."))
        self.fnr.setPlaceholderText(self.tr("11 siffer"))
        self.fnr.setMaxLength(20)
        self.fornavn = named(QLineEdit(), self.tr("Fornavn"))
        self.etternavn = named(QLineEdit(), self.tr("Etternavn"))
        self.stilling = named(QLineEdit(), self.tr("Stilling"))
        self.stilling.setPlaceholderText(self.tr("For eksempel Pedagogisk leder"))
        if adding:
            form.addRow(self.tr("&Fødselsnummer:"), self.fnr)
        else:
            self.fnr.hide()
        form.addRow(self.tr("F&ornavn:"), self.fornavn)
        form.addRow(self.tr("&Etternavn:"), self.etternavn)
        form.addRow(self.tr("&Stilling:"), self.stilling)
        self.body.addLayout(form)

        roles = QGroupBox(self.tr("Hva kan den ansatte gjøre i loggene?"))
        roles_layout = QVBoxLayout(roles)
        self.aktor = named(QCheckBox(self.tr("&Aktør – kan ha ansvar for tiltak")), self.tr("Aktør"))
        self.holder = named(QCheckBox(self.tr("Stafett&holder – kan koordinere logger")), self.tr("Stafettholder"))
        roles_layout.addWidget(self.aktor)
        roles_layout.addWidget(self.holder)
        roles_layout.addWidget(
            _hint(self.tr("Bare den som er krysset av for begge, kan opprette logger og ta imot overføringer."))
        )
        self.body.addWidget(roles)

        contact = QGroupBox(self.tr("Kontaktinformasjon for varsler"))
        contact_layout = QFormLayout(contact)
        self.epost = named(QLineEdit(), self.tr("E-post"))
        self.epost.setPlaceholderText(self.tr("navn@kommune.no"))
        self.telefon = named(QLineEdit(), self.tr("Telefon"))
        contact_layout.addRow(self.tr("E-&post:"), self.epost)
        contact_layout.addRow(self.tr("&Telefon:"), self.telefon)
        contact_layout.addRow(
            _hint(
                self.tr(
                    "Varsler om loggene går til e-post og telefon. Feil kontaktinformasjon er den vanligste "
                    "grunnen til at varsler ikke kommer fram."
                )
            )
        )
        self.body.addWidget(contact)
        if ansatt is not None:
            self.fornavn.setText(ansatt.fornavn)
            self.etternavn.setText(ansatt.etternavn)
            self.stilling.setText(ansatt.stilling)
            self.aktor.setChecked(ansatt.er_aktor)
            self.holder.setChecked(ansatt.er_stafettholder)
            self.epost.setText(ansatt.epost)
            self.telefon.setText(ansatt.telefon)
        self.setMinimumWidth(520)

    def work(self) -> Callable[[Context], Changes] | None:
        fornavn, etternavn, stilling = self.fornavn.text(), self.etternavn.text(), self.stilling.text()
        aktor, holder = self.aktor.isChecked(), self.holder.isChecked()
        epost, telefon = self.epost.text(), self.telefon.text()
        if self.ansatt is None:
            enhet_id, fnr = self.enhet_id, self.fnr.text()
            return lambda ctx: _saved(
                organisation.add_ansatt(
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
            )
        ansatt_id = self.ansatt.id
        return lambda ctx: _saved(
            organisation.update_ansatt(
                ctx,
                ansatt_id,
                fornavn=fornavn,
                etternavn=etternavn,
                stilling=stilling,
                er_aktor=aktor,
                er_stafettholder=holder,
                epost=epost,
                telefon=telefon,
            )
        )


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def _fit_height(table: QTableView, least: int, most: int) -> None:
    """As tall as its rows (between ``least`` and ``most`` rows), so short lists leave no empty box."""
    table.resizeRowsToContents()
    rows = table.model().rowCount()
    row_height = table.rowHeight(0) if rows else table.verticalHeader().defaultSectionSize()
    shown = max(least, min(rows, most))
    height = sum(table.rowHeight(r) for r in range(min(rows, shown))) + row_height * max(0, shown - rows)
    if rows > most:
        height += row_height // 2  # a half row tells that the list scrolls
    header = table.horizontalHeader().sizeHint().height()
    table.setFixedHeight(header + height + 2 * table.frameWidth() + 2)


# --------------------------------------------------------------------------- the tab


class BrukereTab(RoleTab):
    """«Brukere»: the leader's employees (top) and the selected one's logs (below)."""

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self.title = self.tr("Brukere")
        self.setAccessibleName(self.title)
        self.unit: Enhetsliste | None = None
        self._generation = 0  # answers of an older load (or from before a lock) are dropped
        self._select_after: uuid.UUID | None = None
        self._shown_logs_for: uuid.UUID | None = None  # whose logs are loaded or on their way
        self._rows_for: uuid.UUID | None = None  # whose logs the lower table holds
        self._stale = True

        def yes_no(value: bool) -> str:
            return self.tr("Ja") if value else self.tr("Nei")

        self.model: NumbersModel[enhet.AnsattRad] = NumbersModel(
            [
                Column(
                    self.tr("Navn"),
                    self.person_text,
                    sort=lambda a: (a.fornavn.casefold(), a.etternavn.casefold()),
                    foreground=lambda a: MISSING if a.fjernet else None,
                ),
                Column(self.tr("Stilling"), lambda a: a.stilling),
                Column(self.tr("Aktør"), lambda a: yes_no(a.er_aktor), sort=lambda a: not a.er_aktor),
                Column(
                    self.tr("Stafettholder"),
                    lambda a: yes_no(a.er_stafettholder),
                    sort=lambda a: not a.er_stafettholder,
                ),
                contact_column(self.tr("E-post"), lambda a: a.epost),
                contact_column(self.tr("Telefon"), lambda a: a.telefon),
                Column(
                    self.tr("Logger som stafettholder"),
                    lambda a: str(a.som_stafettholder),
                    sort=lambda a: a.som_stafettholder,
                ),
                Column(self.tr("Logger som aktør"), lambda a: str(a.som_aktor), sort=lambda a: a.som_aktor),
            ],
            (6, 7),
            self,
        )
        self.logg_model: NumbersModel[enhet.AnsattLogg] = NumbersModel(
            [
                Column(self.tr("Barn"), lambda r: r.barn),
                Column(
                    self.tr("Status"),
                    lambda r: QCoreApplication.translate("LoggListModel", str(STATUS_TEXT[r.status])),
                    sort=lambda r: list(LoggStatus).index(r.status),
                ),
                Column(self.tr("Nivå"), lambda r: str(r.niva), sort=lambda r: r.niva),
                Column(self.tr("Rolle"), self.role_text),
                Column(self.tr("Stafettholder"), lambda r: r.stafettholder_navn),
                Column(
                    self.tr("Siste aktivitet"),
                    lambda r: r.sist_aktiv.astimezone(OSLO).strftime("%d.%m.%Y") if r.sist_aktiv else "",
                    sort=lambda r: r.sist_aktiv.timestamp() if r.sist_aktiv else 0.0,
                ),
                Column(self.tr("Overføring"), self.transfer_text, tooltip=self.transfer_text),
            ],
            (2,),
            self,
        )

        layout = QVBoxLayout(self)
        self.intro = _hint("")
        self.intro.setAccessibleName(self.tr("Om brukere"))
        layout.addWidget(self.intro)
        self.needs_holder = QLabel()
        self.needs_holder.setWordWrap(True)
        self.needs_holder.setStyleSheet(WARNING_STYLE)
        self.needs_holder.setAccessibleName(self.tr("Logger som trenger ny stafettholder"))
        self.needs_holder.hide()
        layout.addWidget(self.needs_holder)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(WARNING_STYLE)
        self.notice.setAccessibleName(self.tr("Melding"))
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.notice.hide()
        layout.addWidget(self.notice)

        people = QGroupBox(self.tr("Ansatte"))
        people_layout = QVBoxLayout(people)
        top = QHBoxLayout()
        self.filter = named(QLineEdit(), self.tr("Filtrer ansatte"))
        self.filter.setPlaceholderText(self.tr("Filtrer på navn, stilling, e-post …"))
        self.filter.setClearButtonEnabled(True)
        filter_label = QLabel(self.tr("F&iltrer:"))
        filter_label.setBuddy(self.filter)
        top.addWidget(filter_label)
        top.addWidget(self.filter, 1)
        self.add = named(QPushButton(self.tr("&Legg til ansatt …")), self.tr("Legg til ansatt"))
        self.add.clicked.connect(self.add_employee)
        self.edit = named(QPushButton(self.tr("&Endre …")), self.tr("Endre ansatt"))
        self.edit.clicked.connect(self.edit_employee)
        self.remove = named(QPushButton(self.tr("&Fjern fra enheten …")), self.tr("Fjern fra enheten"))
        self.remove.clicked.connect(self.remove_employee)
        for button in (self.add, self.edit, self.remove):
            top.addWidget(button)
        people_layout.addLayout(top)
        self.proxy = sorted_proxy(self.model, self)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.filter.textChanged.connect(self._filter)
        self.table = list_table(self.tr("Ansatte i enheten"), self.proxy)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selected_changed())
        self.table.activated.connect(lambda _i: self.edit_employee())
        people_layout.addWidget(self.table)
        self.no_match = _hint(self.tr("Ingen ansatte passer med filteret."))
        self.no_match.hide()
        people_layout.addWidget(self.no_match)
        layout.addWidget(people)

        self.logs_box = QGroupBox(self.tr("Logger"))
        logs_layout = QVBoxLayout(self.logs_box)
        logs_layout.addWidget(
            _hint(
                self.tr(
                    "Du ser at loggene finnes og hvordan det står til med dem, men ikke hva som står i dem. "
                    "Er stafettholderen borte eller har sluttet, overfører du loggen på vegne av vedkommende."
                )
            )
        )
        self.logg_proxy = sorted_proxy(self.logg_model, self)
        self.logg_table = list_table(self.tr("Loggene til den ansatte"), self.logg_proxy)
        self.logg_table.sortByColumn(5, Qt.SortOrder.DescendingOrder)
        self.logg_table.selectionModel().currentRowChanged.connect(lambda *_: self._update_log_buttons())
        logs_layout.addWidget(self.logg_table)
        self.no_logs = _hint("")
        self.no_logs.setAccessibleName(self.tr("Ingen logger"))
        logs_layout.addWidget(self.no_logs)
        log_buttons = QHBoxLayout()
        self.transfer = named(QPushButton(self.tr("&Overfør på vegne av …")), self.tr("Overfør på vegne av"))
        self.transfer.clicked.connect(self.transfer_log)
        self.delete = named(QPushButton(self.tr("&Slett loggen …")), self.tr("Slett loggen"))
        self.delete.clicked.connect(self.delete_log)
        log_buttons.addWidget(self.transfer)
        log_buttons.addWidget(self.delete)
        log_buttons.addStretch(1)
        logs_layout.addLayout(log_buttons)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setAccessibleName(self.tr("Feilmelding"))
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.error.hide()
        logs_layout.addWidget(self.error)
        layout.addWidget(self.logs_box)
        layout.addStretch(1)

        for table, column in ((self.table, 1), (self.logg_table, 6)):
            header = table.horizontalHeader()
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            header.setStretchLastSection(False)
        self.backend.changed.connect(self._on_changed)
        self._update_buttons()

    # ------------------------------------------------------------------ texts

    def person_text(self, a: enhet.AnsattRad) -> str:
        return self.tr("{0} (fjernet)").format(a.navn) if a.fjernet else a.navn

    def role_text(self, r: enhet.AnsattLogg) -> str:
        if r.stafettholder and r.aktor:
            return self.tr("Stafettholder og aktør")
        return self.tr("Stafettholder") if r.stafettholder else self.tr("Aktør")

    def transfer_text(self, r: enhet.AnsattLogg) -> str:
        o = r.overforing
        if o is None:
            return ""
        return self.tr("Venter på svar fra {0} (sendt {1})").format(
            o.til, o.sendt.astimezone(OSLO).strftime("%d.%m.%Y")
        )

    # ------------------------------------------------------------------ loading

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        generation = self._generation
        self.backend.call(
            load_unit,
            success=while_alive(self, lambda unit: self._loaded(generation, unit)),
            failure=while_alive(self, self._load_failed),
        )

    def clear(self) -> None:
        self._generation += 1
        self._stale = True
        self.unit = None
        self._shown_logs_for = self._rows_for = None
        self.filter.clear()
        self.model.set_rows([])
        self.logg_model.set_rows([])
        for label in (self.intro, self.needs_holder, self.notice, self.error, self.no_logs):
            label.clear()
        for label in (self.needs_holder, self.notice, self.error):
            label.hide()
        self.logs_box.setTitle(self.tr("Logger"))
        self._update_buttons()

    def _on_changed(self, changes: Changes) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def _load_failed(self, message: str) -> None:
        self.intro.setText(message)

    def _loaded(self, generation: int, unit: Enhetsliste) -> None:
        if generation != self._generation:
            return
        keep = self._select_after or (s.id if (s := self.selected()) else None)
        self._select_after = None
        self.unit = unit
        self.intro.setText(
            self.tr(
                "De ansatte i {0}. Kryss av for hvem som kan være aktør og stafettholder, og hold "
                "kontaktinformasjonen oppdatert. Velg en ansatt for å se loggene vedkommende har."
            ).format(unit.navn)
        )
        self._shown_logs_for = None
        self.model.set_rows(unit.ansatte)
        _fit_height(self.table, 6, 14)
        waiting = [a for a in unit.ansatte if a.fjernet and a.som_stafettholder]
        self.needs_holder.setText(
            " ".join(
                self.tr("{0} er fjernet fra enheten, men er fortsatt stafettholder for {1} logg(er).").format(
                    a.navn, a.som_stafettholder
                )
                for a in waiting
            )
            + (" " + self.tr("Velg personen og overfør loggene til en ny stafettholder.") if waiting else "")
        )
        self.needs_holder.setVisible(bool(waiting))
        self._select(keep)
        self._filter(self.filter.text())
        self._selected_changed()

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self.no_match.setVisible(self.proxy.rowCount() == 0 and bool(self.model.rows()))
        if not self.table.currentIndex().isValid() and self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))

    def _select(self, ansatt_id: uuid.UUID | None) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if ansatt_id is not None and index.data(ROW_ROLE).id == ansatt_id:
                self.table.setCurrentIndex(index)
                return
        if self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))

    def selected(self) -> enhet.AnsattRad | None:
        return current_row(self.table, enhet.AnsattRad)

    def selected_log(self) -> enhet.AnsattLogg | None:
        return current_row(self.logg_table, enhet.AnsattLogg)

    def _selected_changed(self) -> None:
        self._update_buttons()
        person = self.selected()
        if person is None:
            self._shown_logs_for = self._rows_for = None
            self.logg_model.set_rows([])
            self.logs_box.setTitle(self.tr("Logger"))
            self.no_logs.setText(self.tr("Velg en ansatt for å se loggene."))
            self._show_logs_state()
            return
        if person.id == self._shown_logs_for:
            return  # loaded, or on its way
        self.error.hide()
        self.load_logs(person)

    def load_logs(self, person: enhet.AnsattRad) -> None:
        generation, ansatt_id = self._generation, person.id
        self._shown_logs_for = person.id
        self.logs_box.setTitle(self.tr("Loggene til {0}").format(person.navn))
        if self._rows_for != person.id:  # never another person's logs under this title
            self._rows_for = None
            self.logg_model.set_rows([])
            self.no_logs.setText(self.tr("Henter loggene …"))
            self._show_logs_state()
        self.backend.call(
            lambda ctx: enhet.employee_logs(ctx, ansatt_id),
            success=while_alive(self, lambda rows: self._logs_loaded(generation, person, rows)),
            failure=while_alive(self, self._show_error),
        )

    def _logs_loaded(self, generation: int, person: enhet.AnsattRad, rows: list[enhet.AnsattLogg]) -> None:
        current = self.selected()
        if generation != self._generation or current is None or current.id != person.id:
            return
        keep = s.id if (s := self.selected_log()) else None
        self._rows_for = person.id
        self.logg_model.set_rows(rows)
        self.no_logs.setText(self.tr("{0} har ingen logger i enheten.").format(person.navn))
        self._show_logs_state()
        for row in range(self.logg_proxy.rowCount()):
            index = self.logg_proxy.index(row, 0)
            if index.data(ROW_ROLE).id == keep:
                self.logg_table.setCurrentIndex(index)
                break
        else:
            if self.logg_proxy.rowCount():
                self.logg_table.setCurrentIndex(self.logg_proxy.index(0, 0))
        self._update_log_buttons()

    def _show_logs_state(self) -> None:
        has = bool(self.logg_model.rows())
        self.logg_table.setVisible(has)
        self.no_logs.setVisible(not has)
        _fit_height(self.logg_table, 3, 8)
        self._update_log_buttons()

    # ------------------------------------------------------------------ buttons

    def _update_buttons(self) -> None:
        person = self.selected()
        present = person is not None and not person.fjernet
        self.add.setEnabled(self.unit is not None)
        self.edit.setEnabled(present)
        may_remove = present and person is not None and person.id != self.backend.who.id
        self.remove.setEnabled(may_remove)
        self.remove.setToolTip(
            ""
            if may_remove
            else self.tr("Du kan ikke fjerne deg selv.")
            if person is not None and person.id == self.backend.who.id
            else self.tr("Velg en ansatt i listen.")
        )
        self._update_log_buttons()

    def _update_log_buttons(self) -> None:
        row = self.selected_log()
        self.transfer.setEnabled(row is not None and row.kan_overfores)
        if row is None:
            tip = self.tr("Velg en logg i listen.")
        elif row.overforing is not None:
            tip = self.tr("Loggen venter allerede på at mottakeren skal svare på en overføring.")
        elif row.status is not LoggStatus.AKTIV:
            tip = self.tr("Bare aktive logger kan overføres.")
        else:
            tip = ""
        self.transfer.setToolTip(tip)
        self.delete.setEnabled(row is not None)
        self.delete.setToolTip(
            self.tr("Bare passive logger kan slettes.") if row is not None and not row.kan_slettes else ""
        )

    # ------------------------------------------------------------------ employees

    def add_employee(self) -> AnsattDialog | None:
        if self.unit is None:
            return None
        return self._open(AnsattDialog(self.backend, self.unit.enhet_id, None, self))

    def edit_employee(self) -> AnsattDialog | None:
        person = self.selected()
        if self.unit is None or person is None or person.fjernet:
            return None
        return self._open(AnsattDialog(self.backend, self.unit.enhet_id, person, self))

    def _open(self, dialog: AnsattDialog) -> AnsattDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._after_save(dialog.changes))
        dialog.open()
        return dialog

    def _after_save(self, changes: Changes | None) -> None:
        self.notice.hide()
        if changes is not None and changes.created is not None:
            self._select_after = changes.created
            self.filter.clear()

    def remove_employee(self) -> QMessageBox | None:
        person = self.selected()
        if self.unit is None or person is None or person.fjernet or person.id == self.backend.who.id:
            return None
        box = QMessageBox(self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Fjern fra enheten"))
        box.setAccessibleName(self.tr("Fjerne den ansatte?"))
        box.setText(self.tr("Fjerne {0} fra {1}?").format(person.navn, self.unit.navn))
        info = self.tr(
            "{0} kan ikke lenger logge inn eller arbeide i loggene. Navnet blir stående i historikken."
        ).format(person.navn)
        if person.som_stafettholder:
            info += " " + self.tr(
                "{0} er stafettholder for {1} logg(er). De må få en ny stafettholder: du finner dem her, "
                "og overfører dem med «Overfør på vegne av …»."
            ).format(person.navn, person.som_stafettholder)
        box.setInformativeText(info)
        yes = named(
            box.addButton(self.tr("&Fjern fra enheten"), QMessageBox.ButtonRole.AcceptRole),
            self.tr("Fjern fra enheten"),
        )
        no = named(box.addButton(self.tr("&Avbryt"), QMessageBox.ButtonRole.RejectRole), self.tr("Avbryt"))
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        ansatt_id = person.id

        def answered(button: Any) -> None:
            if button is not yes:
                return
            self._select_after = ansatt_id
            self.backend.call(
                lambda ctx: _removed(ctx, ansatt_id),
                success=while_alive(self, self._removed),
                failure=while_alive(self, self._show_notice),
            )

        box.buttonClicked.connect(answered)
        box.open()
        return box

    def _removed(self, changes: Changes) -> None:
        if changes.warnings:
            self._show_notice("\n".join(changes.warnings))
        else:
            self.notice.hide()

    def _show_notice(self, message: str) -> None:
        self.notice.setText(message)
        self.notice.show()
        self.notice.setFocus()

    # ------------------------------------------------------------------ logs

    def transfer_log(self) -> QWidget | None:
        row = self.selected_log()
        if row is None or not row.kan_overfores:
            return None
        from desktop.views.overforing import TransferDialog

        dialog = TransferDialog(self.backend, row.id, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def delete_log(self) -> QMessageBox | None:
        row = self.selected_log()
        if row is None:
            return None
        self.error.hide()
        logg_id = row.id
        if not row.kan_slettes:
            # Not offered as a deletion: the core says why (and refuses anyway).
            self.backend.call(lambda ctx: _refused_delete(ctx, logg_id), failure=while_alive(self, self._show_error))
            return None
        box = QMessageBox(self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Slett loggen"))
        box.setAccessibleName(self.tr("Slette loggen?"))
        box.setText(self.tr("Slette loggen for {0}?").format(row.barn))
        box.setInformativeText(
            self.tr(
                "Loggen og alt som står i den blir slettet for alle, og det kan ikke angres. "
                "Det signerte samtykket blir liggende i arkivet. Slettingen blir ført i revisjonsloggen."
            )
        )
        yes = named(
            box.addButton(self.tr("&Slett loggen for godt"), QMessageBox.ButtonRole.DestructiveRole),
            self.tr("Slett loggen for godt"),
        )
        no = named(box.addButton(self.tr("&Avbryt"), QMessageBox.ButtonRole.RejectRole), self.tr("Avbryt"))
        box.setDefaultButton(no)
        box.setEscapeButton(no)

        def answered(button: Any) -> None:
            if button is yes:
                self.backend.call(
                    lambda ctx: logs.delete_logg(ctx, logg_id),
                    failure=while_alive(self, self._show_error),
                )

        box.buttonClicked.connect(answered)
        box.open()
        return box

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.error.setFocus()


def _removed(ctx: Context, ansatt_id: uuid.UUID) -> Changes:
    changes = Changes(warnings=organisation.remove_ansatt(ctx, ansatt_id))
    changes.entities.add(("ansatt", ansatt_id))
    return changes


def _refused_delete(ctx: Context, logg_id: uuid.UUID) -> Changes:
    """Ask the core to delete a log the leader was not offered to delete, for its reason.

    The leader confirmed nothing: should the log have become passive meanwhile, it stays.
    """
    if get(ctx, Stafettlogg, logg_id).status is LoggStatus.PASSIV:
        raise RuleViolation("Loggen er satt passiv i mellomtiden. Velg den på nytt for å slette den.")
    return logs.delete_logg(ctx, logg_id)
