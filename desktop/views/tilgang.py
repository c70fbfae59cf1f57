"""«Aktører og tilgang»: who is in the log, how to reach the family, and read access with consent.

Read access for an employee without a tiltak rests on the guardians' signed consent, which
names that employee. The page offers to register that consent when it is missing; the core
refuses a grant without it anyway.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any, TypeVar

from desktop.core.context import OSLO, Changes, Context
from desktop.core.errors import DomainError
from desktop.core.permissions import Action
from desktop.core.queries import AnsattValg, employees
from desktop.core.snapshot import LesetilgangInfo, LoggSnapshot, OppmerksomhetInfo, PersonInfo, SamtykkeInfo, snapshot
from desktop.core.usecases import access, logs
from desktop.models.backend import Backend
from desktop.models.rows import ROW_ROLE, Column, RowsModel

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.views.forms import ERROR_STYLE, WARNING_STYLE, FormDialog, LogPage, named
from desktop.views.notater import read_pdf_file
from desktop.views.widgets import GREY, contact_column, current_row, list_table, sorted_proxy, while_alive

T = TypeVar("T")


def _find(combo: QComboBox, value: object) -> int:
    """The row whose data equals ``value`` (findData compares Python objects by identity)."""
    return next((i for i in range(combo.count()) if combo.itemData(i) == value), -1)


def _fit_height(table: QTableView, most: int) -> None:
    """As tall as its rows (up to ``most``), so short lists leave no empty box."""
    table.resizeRowsToContents()
    rows = table.model().rowCount()
    height = sum(table.rowHeight(r) for r in range(min(rows, most)))
    if rows > most:
        height += table.rowHeight(0) // 2  # a half row tells that the list scrolls
    header = table.horizontalHeader().sizeHint().height()
    table.setFixedHeight(header + height + 2 * table.frameWidth())


def _today(backend: Backend) -> dt.date:
    return backend.clock().astimezone(OSLO).date()


# --------------------------------------------------------------------------- scope: whole log or chosen concerns


class ScopeBox(QGroupBox):
    """The whole log, or a checkbox per concern."""

    def __init__(self, oppmerksomheter: list[OppmerksomhetInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Hva kan personen lese?"))
        layout = QVBoxLayout(self)
        self.whole = named(QRadioButton(self.tr("&Hele loggen")), self.tr("Hele loggen"))
        self.chosen = named(QRadioButton(self.tr("Bare &valgte oppmerksomheter")), self.tr("Valgte oppmerksomheter"))
        group = QButtonGroup(self)
        group.addButton(self.whole)
        group.addButton(self.chosen)
        layout.addWidget(self.whole)
        layout.addWidget(self.chosen)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(24, 0, 0, 0)
        self.boxes: dict[uuid.UUID, QCheckBox] = {}
        for o in oppmerksomheter:
            box = named(QCheckBox(o.tekst.replace("&", "&&")), o.tekst)
            self.boxes[o.id] = box
            inner_layout.addWidget(box)
        if not oppmerksomheter:
            inner_layout.addWidget(QLabel(self.tr("Loggen har ingen oppmerksomheter ennå.")))
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setMaximumHeight(150)
        layout.addWidget(scroll)
        self.whole.toggled.connect(self._update)
        self.set_scope(True, [])

    def set_scope(self, hele_loggen: bool, oppmerksomheter: list[uuid.UUID]) -> None:
        (self.whole if hele_loggen else self.chosen).setChecked(True)
        for oid, box in self.boxes.items():
            box.setChecked(oid in oppmerksomheter)
        self._update()

    def scope(self) -> tuple[bool, list[uuid.UUID]]:
        if self.whole.isChecked():
            return True, []
        return False, [oid for oid, box in self.boxes.items() if box.isChecked()]

    def _update(self) -> None:
        for box in self.boxes.values():
            box.setEnabled(self.chosen.isChecked())


# --------------------------------------------------------------------------- dialogs


class SamtykkeDialog(FormDialog):
    """«Registrer samtykke til lesetilgang»: the signed form that names one employee."""

    def __init__(self, backend: Backend, snap: LoggSnapshot, ansatt: AnsattValg, parent: QWidget | None = None) -> None:
        super().__init__(
            backend,
            QCoreApplication.translate("SamtykkeDialog", "Registrer samtykke til lesetilgang"),
            ok_text=QCoreApplication.translate("SamtykkeDialog", "&Registrer samtykket"),
            parent=parent,
        )
        self.snap = snap
        self.ansatt = ansatt
        self.scan: tuple[str, bytes] | None = None
        info = QLabel(
            self.tr(
                "Foreldrene samtykker på et signert skjema til at <b>{0}</b> kan lese loggen. "
                "Alle med foreldreansvar må signere. Arkiver skjemaet, gjerne skannet som PDF."
            ).format(ansatt.navn)
        )
        info.setWordWrap(True)
        self.body.addWidget(info)
        signers = QGroupBox(self.tr("Hvem har signert?"))
        signers_layout = QVBoxLayout(signers)
        self.signers: list[tuple[uuid.UUID, QCheckBox]] = []
        for f in snap.foresatte:
            if f.foreldreansvar:
                box = named(
                    QCheckBox(self.tr("{0} ({1}) har signert").format(f.navn, f.rolle).replace("&", "&&")),
                    self.tr("{0} har signert").format(f.navn),
                )
                self.signers.append((f.id, box))
                signers_layout.addWidget(box)
            else:
                note = QLabel(self.tr("{0} har ikke foreldreansvar og signerer ikke.").format(f.navn))
                note.setWordWrap(True)
                signers_layout.addWidget(note)
        if not self.signers:
            signers_layout.addWidget(QLabel(self.tr("Barnet har ingen registrerte foresatte med foreldreansvar.")))
        self.body.addWidget(signers)

        form = QFormLayout()
        self.date = named(QDateEdit(), self.tr("Signert dato"))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd.MM.yyyy")
        self.date.setDate(_today(backend))
        self.date.setMaximumDate(_today(backend))
        form.addRow(self.tr("&Signert dato:"), self.date)
        scan_row = QHBoxLayout()
        self.scan_label = QLabel(self.tr("Ingen fil valgt"))
        self.scan_label.setAccessibleName(self.tr("Skannet skjema"))
        self.pick = named(QPushButton(self.tr("&Velg PDF …")), self.tr("Legg ved skannet samtykke"))
        self.pick.setAutoDefault(False)
        self.pick.clicked.connect(self.pick_scan)
        self.unpick = named(QPushButton(self.tr("&Fjern")), self.tr("Fjern skannet samtykke"))
        self.unpick.setAutoDefault(False)
        self.unpick.clicked.connect(self._clear_scan)
        self.unpick.setEnabled(False)
        scan_row.addWidget(self.scan_label, 1)
        scan_row.addWidget(self.pick)
        scan_row.addWidget(self.unpick)
        scan_title = QLabel(self.tr("Skannet skjema (valgfritt):"))
        scan_title.setBuddy(self.pick)
        form.addRow(scan_title, scan_row)
        self.body.addLayout(form)
        self.body.addStretch(1)
        self.setMinimumWidth(560)

    def pick_scan(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Velg det skannede samtykket"), "", self.tr("PDF-filer (*.pdf);;Alle filer (*)")
        )
        if not path:
            return
        try:
            self.scan = read_pdf_file(path)
        except DomainError as exc:
            self.show_error(exc.message)
            return
        except OSError as exc:
            self.show_error(self.tr("Filen kan ikke leses: {0}").format(exc.strerror or exc))
            return
        self.error.hide()
        self.scan_label.setText(self.scan[0])
        self.unpick.setEnabled(True)

    def _clear_scan(self) -> None:
        self.scan = None
        self.scan_label.setText(self.tr("Ingen fil valgt"))
        self.unpick.setEnabled(False)

    def work(self) -> Callable[[Context], Changes]:
        barn_id, logg_id, ansatt_id, scan = self.snap.barn_id, self.snap.id, self.ansatt.id, self.scan
        givers = [fid for fid, box in self.signers if box.isChecked()]
        signed = self.date.date().toPython()
        assert isinstance(signed, dt.date)
        return lambda ctx: logs.register_samtykke(
            ctx,
            barn_id=barn_id,
            logg_id=logg_id,
            signert_dato=signed,
            lesetilgang_for=[ansatt_id],
            gitt_av_foresatte=givers,
            skannet_pdf=scan,
        )


class GrantDialog(FormDialog):
    """«Gi lesetilgang»: an employee, the consent that names them, the whole log or chosen concerns."""

    def __init__(self, backend: Backend, snap: LoggSnapshot, parent: QWidget | None = None) -> None:
        super().__init__(
            backend,
            QCoreApplication.translate("GrantDialog", "Gi lesetilgang"),
            ok_text=QCoreApplication.translate("GrantDialog", "&Gi lesetilgang"),
            parent=parent,
        )
        self.snap = snap
        self.samtykker = [s for s in snap.samtykker if not s.trukket]
        self.people: list[AnsattValg] = []
        intro = QLabel(
            self.tr(
                "Med lesetilgang kan en ansatt lese loggen uten å ha ansvar for et tiltak. "
                "Det krever at foreldrene har samtykket til at akkurat denne personen får lese."
            )
        )
        intro.setWordWrap(True)
        self.body.addWidget(intro)

        form = QFormLayout()
        self.person = named(QComboBox(), self.tr("Ansatt"), self.tr("Skriv for å søke på navn, stilling eller enhet"))
        self.person.setEditable(True)
        self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.person.lineEdit().setPlaceholderText(self.tr("Henter ansatte …"))
        completer = self.person.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.person.setEnabled(False)
        self.person.currentIndexChanged.connect(lambda _i: self._person_changed())
        form.addRow(self.tr("&Ansatt:"), self.person)
        self.consent = named(QComboBox(), self.tr("Samtykke"))
        form.addRow(self.tr("&Samtykke:"), self.consent)
        self.body.addLayout(form)

        self.no_consent = QLabel()
        self.no_consent.setWordWrap(True)
        self.no_consent.setStyleSheet(WARNING_STYLE)
        self.no_consent.setAccessibleName(self.tr("Om samtykket"))
        self.register = named(
            QPushButton(self.tr("&Registrer samtykke til lesetilgang …")), self.tr("Registrer samtykke til lesetilgang")
        )
        self.register.setAutoDefault(False)
        self.register.clicked.connect(self.register_consent)
        self.body.addWidget(self.no_consent)
        register_row = QHBoxLayout()
        register_row.addWidget(self.register)
        register_row.addStretch()
        self.body.addLayout(register_row)

        self.scope = ScopeBox(snap.oppmerksomheter)
        self.body.addWidget(self.scope)
        self.body.addStretch(1)
        self.setMinimumWidth(620)
        self._person_changed()
        backend.call(
            employees, success=while_alive(self, self._show_people), failure=while_alive(self, self.show_error)
        )

    def _show_people(self, people: list[AnsattValg]) -> None:
        busy = {lt.ansatt_id for lt in self.snap.lesetilganger if not lt.opphevet}
        actors = {a.id for a in self.snap.aktorer}
        self.people = [p for p in people if p.id != self.snap.stafettholder_id and p.id not in busy]
        self.person.blockSignals(True)
        self.person.clear()
        for p in self.people:
            extra = self.tr(" (aktør i loggen, leser den allerede)") if p.id in actors else ""
            self.person.addItem(p.tekst + extra, p.id)
        self.person.setCurrentIndex(-1)
        self.person.blockSignals(False)
        self.person.lineEdit().setPlaceholderText(self.tr("Velg eller skriv et navn"))
        self.person.setEnabled(True)
        self.person.setFocus()
        self._person_changed()

    def chosen_person(self) -> AnsattValg | None:
        i = self.person.currentIndex()
        if i < 0 or i >= len(self.people) or self.person.currentText() != self.person.itemText(i):
            return None
        return self.people[i]

    def choose(self, ansatt_id: uuid.UUID) -> None:
        """Select an employee by id (as a user picking from the list)."""
        self.person.setCurrentIndex(_find(self.person, ansatt_id))

    def _person_changed(self, select: uuid.UUID | None = None) -> None:
        person = self.chosen_person()
        self.consent.clear()
        if person is None:
            self.consent.setEnabled(False)
            self.no_consent.hide()
            self.register.hide()
            return
        naming = [s for s in self.samtykker if person.id in s.lesetilgang_for]
        for s in sorted(naming, key=lambda s: s.signert_dato, reverse=True):
            self.consent.addItem(self.consent_text(s), s.id)
        if select is not None:
            self.consent.setCurrentIndex(_find(self.consent, select))
        self.consent.setEnabled(bool(naming))
        self.no_consent.setVisible(not naming)
        self.register.setVisible(not naming)
        if not naming:
            self.no_consent.setText(
                self.tr(
                    "Foreldrene har ikke samtykket til at {0} kan lese loggen. Alle med foreldreansvar må "
                    "signere et samtykke først. Når du har det signerte skjemaet, registrerer du det her."
                ).format(person.navn)
            )

    def consent_text(self, s: SamtykkeInfo) -> str:
        scanned = self.tr("skannet skjema er lagret") if s.har_skanning else self.tr("uten skannet skjema")
        return self.tr("Signert {0} – {1} ({2})").format(f"{s.signert_dato:%d.%m.%Y}", ", ".join(s.omfang), scanned)

    def register_consent(self) -> SamtykkeDialog | None:
        person = self.chosen_person()
        if person is None:
            return None
        dialog = SamtykkeDialog(self.backend, self.snap, person, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._consent_registered(dialog.changes))
        dialog.open()
        return dialog

    def _consent_registered(self, changes: Changes | None) -> None:
        created = changes.created if changes is not None else None
        logg_id = self.snap.id
        self.consent.setEnabled(False)
        self.backend.call(
            lambda ctx: snapshot(ctx, logg_id, record_read=False).samtykker,
            success=while_alive(self, lambda samtykker: self._show_consents(samtykker, created)),
            failure=while_alive(self, self.show_error),
        )

    def _show_consents(self, samtykker: list[SamtykkeInfo], select: uuid.UUID | None) -> None:
        self.samtykker = [s for s in samtykker if not s.trukket]
        self._person_changed(select)

    def work(self) -> Callable[[Context], Changes] | None:
        person = self.chosen_person()
        if person is None:
            self.show_error(self.tr("Velg hvem som skal få lesetilgang."))
            return None
        samtykke_id = self.consent.currentData()
        if not isinstance(samtykke_id, uuid.UUID):
            self.show_error(
                self.tr(
                    "{0} kan ikke få lesetilgang uten samtykke fra foreldrene. Registrer det signerte samtykket først."
                ).format(person.navn)
            )
            return None
        hele, chosen = self.scope.scope()
        logg_id, ansatt_id = self.snap.id, person.id
        return lambda ctx: access.grant_lesetilgang(
            ctx, logg_id, ansatt_id, samtykke_id=samtykke_id, hele_loggen=hele, oppmerksomheter=chosen
        )


class ChangeDialog(FormDialog):
    """«Endre lesetilgang»: widen to the whole log or narrow to chosen concerns."""

    def __init__(
        self, backend: Backend, snap: LoggSnapshot, tilgang: LesetilgangInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            backend,
            QCoreApplication.translate("ChangeDialog", "Endre lesetilgang"),
            ok_text=QCoreApplication.translate("ChangeDialog", "&Lagre endringen"),
            parent=parent,
        )
        self.tilgang_id = tilgang.id
        info = QLabel(
            self.tr("Endre hva <b>{0}</b> kan lese. Tilgangen hviler på det samme samtykket som før.").format(
                tilgang.navn
            )
        )
        info.setWordWrap(True)
        self.body.addWidget(info)
        self.scope = ScopeBox(snap.oppmerksomheter)
        self.scope.set_scope(tilgang.hele_loggen, tilgang.oppmerksomheter)
        self.body.addWidget(self.scope)
        self.body.addStretch(1)
        self.setMinimumWidth(560)

    def work(self) -> Callable[[Context], Changes]:
        hele, chosen = self.scope.scope()
        tilgang_id = self.tilgang_id
        return lambda ctx: access.change_lesetilgang(ctx, tilgang_id, hele_loggen=hele, oppmerksomheter=chosen)


# --------------------------------------------------------------------------- the page


class TilgangPage(LogPage):
    """The actors, the guardians' contact data, and read access."""

    title = QT_TRANSLATE_NOOP("TilgangPage", "Aktører og tilgang")

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(backend, parent)
        self._concerns: dict[uuid.UUID, str] = {}
        self._select_after: uuid.UUID | None = None

        self.aktor_model: RowsModel[PersonInfo] = RowsModel(
            [
                Column(self.tr("Navn"), lambda p: p.navn),
                Column(self.tr("Stilling"), lambda p: p.rolle),
                contact_column(self.tr("E-post"), lambda p: p.epost),
                contact_column(self.tr("Telefon"), lambda p: p.telefon),
            ],
            self,
        )
        self.foresatt_model: RowsModel[PersonInfo] = RowsModel(
            [
                Column(self.tr("Navn"), lambda p: p.navn),
                Column(self.tr("Relasjon"), lambda p: p.rolle),
                Column(self.tr("Foreldreansvar"), lambda p: self.tr("Ja") if p.foreldreansvar else self.tr("Nei")),
                contact_column(self.tr("E-post"), lambda p: p.epost),
                contact_column(self.tr("Telefon"), lambda p: p.telefon),
                contact_column(self.tr("Adresse"), lambda p: p.adresse),
            ],
            self,
        )
        self.tilgang_model: RowsModel[LesetilgangInfo] = RowsModel(
            [
                Column(self.tr("Hvem"), lambda t: t.navn),
                Column(self.tr("Kan lese"), self.scope_text, tooltip=self.scope_text),
                Column(
                    self.tr("Status"),
                    lambda t: self.tr("Fjernet") if t.opphevet else self.tr("Aktiv"),
                    sort=lambda t: (t.opphevet, t.navn),
                    foreground=lambda t: GREY if t.opphevet else None,
                ),
            ],
            self,
        )

        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "En aktør er knyttet til loggen ved å ha ansvar for et tiltak. Foreldrene har alltid tilgang "
                "til loggen. Andre ansatte kan få lesetilgang – bare med foreldrenes samtykke."
            )
        )
        intro.setWordWrap(True)
        intro.setAccessibleName(self.tr("Om aktører og tilgang"))
        layout.addWidget(intro)

        aktor_box = QGroupBox(self.tr("Aktører"))
        aktor_layout = QVBoxLayout(aktor_box)
        self.aktor_table = list_table(self.tr("Aktører i loggen"), sorted_proxy(self.aktor_model, self))
        self.no_aktor = QLabel(self.tr("Ingen aktører ennå. Legg inn et tiltak med en ansvarlig aktør."))
        self.no_aktor.setWordWrap(True)
        aktor_layout.addWidget(self.aktor_table)
        aktor_layout.addWidget(self.no_aktor)
        layout.addWidget(aktor_box)

        family_box = QGroupBox(self.tr("Foresatte"))
        family_layout = QVBoxLayout(family_box)
        self.foresatt_table = list_table(
            self.tr("Foresatte og kontaktinformasjon"), sorted_proxy(self.foresatt_model, self)
        )
        family_layout.addWidget(self.foresatt_table)
        hint = QLabel(
            self.tr(
                "Sjekk e-post og telefon med foreldrene. Feil kontaktinformasjon er den vanligste grunnen til "
                "at varsler ikke kommer fram."
            )
        )
        hint.setWordWrap(True)
        family_layout.addWidget(hint)
        self.contact_warning = QLabel()
        self.contact_warning.setWordWrap(True)
        self.contact_warning.setStyleSheet(WARNING_STYLE)
        self.contact_warning.setAccessibleName(self.tr("Mangler kontaktinformasjon"))
        family_layout.addWidget(self.contact_warning)
        layout.addWidget(family_box)

        access_box = QGroupBox(self.tr("Lesetilgang"))
        access_layout = QVBoxLayout(access_box)
        access_hint = QLabel(
            self.tr(
                "Lesetilgang krever samtykke fra alle med foreldreansvar. Den kan gjelde hele loggen eller "
                "utvalgte oppmerksomheter, og den kan utvides, snevres inn eller fjernes."
            )
        )
        access_hint.setWordWrap(True)
        access_layout.addWidget(access_hint)
        self.tilgang_proxy = sorted_proxy(self.tilgang_model, self)
        self.tilgang_table = list_table(self.tr("Lesetilganger"), self.tilgang_proxy)
        self.tilgang_table.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # active first
        self.tilgang_table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.tilgang_table.activated.connect(lambda _i: self.change_access())
        self.no_tilgang = QLabel(self.tr("Ingen har lesetilgang til loggen."))
        access_layout.addWidget(self.tilgang_table)
        access_layout.addWidget(self.no_tilgang)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setAccessibleName(self.tr("Feilmelding om tilgang"))
        self.error.hide()
        access_layout.addWidget(self.error)
        buttons = QHBoxLayout()
        self.grant = named(QPushButton(self.tr("Gi &lesetilgang …")), self.tr("Gi lesetilgang"))
        self.grant.clicked.connect(self.grant_access)
        self.change = named(QPushButton(self.tr("&Endre …")), self.tr("Endre lesetilgang"))
        self.change.clicked.connect(self.change_access)
        self.revoke = named(QPushButton(self.tr("&Fjern …")), self.tr("Fjern lesetilgang"))
        self.revoke.clicked.connect(self.revoke_access)
        for b in (self.grant, self.change, self.revoke):
            buttons.addWidget(b)
        self.print_form = named(QPushButton(self.tr("Skriv ut &samtykkeskjema …")), self.tr("Skriv ut samtykkeskjema"))
        self.print_form.setToolTip(self.tr("Et skjema å skrive under på, fylt ut med barnet og de foresatte"))
        self.print_form.clicked.connect(self.print_consent_form)
        buttons.addWidget(self.print_form)
        buttons.addStretch()
        access_layout.addLayout(buttons)
        layout.addWidget(access_box)
        layout.addStretch(1)
        for table, column in ((self.aktor_table, 2), (self.foresatt_table, 5), (self.tilgang_table, 1)):
            table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            table.horizontalHeader().setStretchLastSection(False)
            # The stretched column wraps its text, so the table never needs to scroll sideways.
            table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._update_buttons()

    # ------------------------------------------------------------------ rendering

    def scope_text(self, t: LesetilgangInfo) -> str:
        if t.hele_loggen:
            return self.tr("Hele loggen")
        names = [self._concerns.get(i, self.tr("(oppmerksomhet som ikke finnes lenger)")) for i in t.oppmerksomheter]
        return "\n".join(names)

    def render_snapshot(self, snap: LoggSnapshot) -> None:
        self._concerns = {o.id: o.tekst for o in snap.oppmerksomheter}
        keep = self._select_after or (self.selected().id if self.selected() else None)
        self._select_after = None
        self.aktor_model.set_rows(snap.aktorer)
        self.foresatt_model.set_rows(snap.foresatte)
        self.tilgang_model.set_rows(snap.lesetilganger)
        for table, most in ((self.aktor_table, 6), (self.foresatt_table, 4), (self.tilgang_table, 6)):
            _fit_height(table, most)
        self.aktor_table.setVisible(bool(snap.aktorer))
        self.no_aktor.setVisible(not snap.aktorer)
        self.tilgang_table.setVisible(bool(snap.lesetilganger))
        self.no_tilgang.setVisible(not snap.lesetilganger)

        gaps = []
        for f in snap.foresatte:
            if not f.foreldreansvar:
                continue
            lacking = [
                name for name, value in ((self.tr("e-post"), f.epost), (self.tr("telefon"), f.telefon)) if not value
            ]
            if lacking:
                gaps.append(self.tr("{0} mangler {1}.").format(f.navn, self.tr(" og ").join(lacking)))
        self.contact_warning.setText(" ".join(gaps))
        self.contact_warning.setVisible(bool(gaps))

        manage = snap.may(Action.MANAGE_ACCESS)
        for b in (self.grant, self.change, self.revoke):
            b.setVisible(manage)
        self.print_form.setVisible(manage)
        self.error.hide()
        self.select(keep)
        self._update_buttons()

    def select(self, tilgang_id: uuid.UUID | None) -> None:
        for row in range(self.tilgang_proxy.rowCount()):
            index = self.tilgang_proxy.index(row, 0)
            if tilgang_id is not None and index.data(ROW_ROLE).id == tilgang_id:
                self.tilgang_table.setCurrentIndex(index)
                return

    def selected(self) -> LesetilgangInfo | None:
        return current_row(self.tilgang_table, LesetilgangInfo)

    def _update_buttons(self) -> None:
        t = self.selected()
        active = t is not None and not t.opphevet
        self.change.setEnabled(active)
        self.revoke.setEnabled(active)
        tip = "" if active else self.tr("Velg en aktiv lesetilgang i listen.")
        self.change.setToolTip(tip)
        self.revoke.setToolTip(tip)

    # ------------------------------------------------------------------ actions

    def grant_access(self) -> GrantDialog | None:
        if self.snap is None or not self.snap.may(Action.MANAGE_ACCESS):
            return None
        return self._open(GrantDialog(self.backend, self.snap, self))

    def change_access(self) -> ChangeDialog | None:
        t = self.selected()
        if self.snap is None or t is None or t.opphevet or not self.snap.may(Action.MANAGE_ACCESS):
            return None
        self._select_after = t.id
        return self._open(ChangeDialog(self.backend, self.snap, t, self))

    def _open(self, dialog: Any) -> Any:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._remember(dialog.changes))
        dialog.open()
        return dialog

    def _remember(self, changes: Changes | None) -> None:
        if changes is not None and changes.created is not None:
            self._select_after = changes.created

    def revoke_access(self) -> QMessageBox | None:
        """«Fjern»: asks first; the access stays in the list as removed."""
        t = self.selected()
        if self.snap is None or t is None or t.opphevet or not self.snap.may(Action.MANAGE_ACCESS):
            return None
        box = QMessageBox(self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Fjern lesetilgang"))
        box.setAccessibleName(self.tr("Fjern lesetilgangen?"))
        box.setText(self.tr("Fjerne lesetilgangen til {0}?").format(t.navn))
        box.setInformativeText(
            self.tr("{0} kan ikke lese loggen lenger. Tilgangen står i listen som fjernet.").format(t.navn)
        )
        yes = named(
            box.addButton(self.tr("&Fjern lesetilgangen"), QMessageBox.ButtonRole.AcceptRole),
            self.tr("Fjern lesetilgangen"),
        )
        no = named(box.addButton(self.tr("&Avbryt"), QMessageBox.ButtonRole.RejectRole), self.tr("Avbryt"))
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        tilgang_id = t.id
        self._select_after = tilgang_id

        def answered(button: Any) -> None:
            if button is yes:
                self.error.hide()
                self.backend.call(
                    lambda ctx: access.revoke_lesetilgang(ctx, tilgang_id), failure=while_alive(self, self._show_error)
                )

        box.buttonClicked.connect(answered)
        box.open()
        return box

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.error.setFocus()

    def print_consent_form(self) -> Any:
        """A consent form filled in with this log's child, guardians and services."""
        from desktop.views.eksport import consent_for_log, print_consent_form

        if self.snap is None:
            return None
        return print_consent_form(self.backend, consent_for_log(self.snap.id), self, who=self.snap.barn)
