"""«Opprett ny logg»: the child and guardians, the signed consent, the level, the start page.

The guide's order: information on child and guardians is entered beforehand, the printed
consent is signed (by everyone with foreldreansvar, or the youth alone from 15), and only a
consent to both creating the log and exchanging data across services allows a log. On
«Opprett loggen» the three use cases run in ONE transaction on the database worker, so a
refusal leaves nothing half-saved and every typed character stays in the wizard.
"""

from __future__ import annotations

import datetime as dt
import html
import itertools
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop.core import fodselsnummer
from desktop.core.context import OSLO, Changes, Context
from desktop.core.entities import Barn, Foresatt
from desktop.core.errors import DomainError, InvalidInput
from desktop.core.rules import YOUTH_CONSENT_AGE, age_on
from desktop.core.usecases import logs
from desktop.core.usecases.logs import MAX_PDF_BYTES, ForesattInput
from desktop.models.backend import Backend

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.views.forms import WARNING_STYLE, error_label, named

PAGE_CHILD, PAGE_CONSENT, PAGE_LEVEL, PAGE_START, PAGE_SUMMARY = range(5)
STEPS = 5
MAX_TEXT = 4000  # the core's limit for the start page's texts
CONTENT_MAX_WIDTH = 1040  # wide screens: fields stay readable instead of stretching across
# The refusal on the summary page: a framed box, not colour alone (the text says what happened).
FAILURE_STYLE = (
    "color: #a00000; font-weight: bold; background: #fdecea; border: 2px solid #a00000; "
    "border-radius: 4px; padding: 8px;"
)  # 7.3:1
# Suggestions for the guardian's relation to the child (marked for lupdate; translated where offered).
RELATIONS = (
    QT_TRANSLATE_NOOP("ChildPage", "mor"),
    QT_TRANSLATE_NOOP("ChildPage", "far"),
    QT_TRANSLATE_NOOP("ChildPage", "medmor"),
    QT_TRANSLATE_NOOP("ChildPage", "verge"),
    QT_TRANSLATE_NOOP("ChildPage", "fosterforelder"),
    QT_TRANSLATE_NOOP("ChildPage", "steforelder"),
    QT_TRANSLATE_NOOP("ChildPage", "besteforelder"),
)


# --------------------------------------------------------------------------- the work


@dataclass(frozen=True)
class NewLogInput:
    """Everything the wizard collected, copied off the widgets on the GUI thread."""

    fornavn: str
    etternavn: str
    fodselsnummer: str
    foresatte: tuple[ForesattInput, ...]
    signert_av: tuple[int, ...]  # indexes into ``foresatte`` of the guardians who signed
    gitt_av_barnet: bool
    opprette_logg: bool
    utveksle_opplysninger: bool
    overfore_enhet: bool
    overfore_kommune: bool
    signert_dato: dt.date
    utloper: dt.date | None
    skannet_pdf: tuple[str, bytes] | None
    niva: int
    bekymring: str
    kjennetegn: str
    opprettholdende: str


def _same_name(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _matches(stored: Foresatt, typed: ForesattInput) -> bool:
    return _same_name(stored.fornavn, typed.fornavn) and _same_name(stored.etternavn, typed.etternavn)


def _signer_ids(barn: Barn, typed: tuple[ForesattInput, ...], signed: tuple[int, ...], new: bool) -> list[uuid.UUID]:
    """The ids of the guardians who signed, among those registered for the child."""
    stored = list(barn.foresatte)
    if new and len(stored) == len(typed) and all(_matches(s, t) for s, t in zip(stored, typed, strict=True)):
        # register_barn appended the guardians in the order given.
        return [stored[i].id for i in signed]
    # A child registered before keeps its guardians: the signers are found by name.
    ids: list[uuid.UUID] = []
    remaining = list(stored)
    for i in signed:
        match = next((s for s in remaining if _matches(s, typed[i])), None)
        if match is None:
            registered = _and_join([s.navn for s in stored]) or QCoreApplication.translate("wizard", "ingen")
            name = " ".join(f"{typed[i].fornavn} {typed[i].etternavn}".split())
            raise InvalidInput(
                QCoreApplication.translate(
                    "wizard",
                    "{0} er ikke registrert som foresatt for {1}. Registrerte foresatte: {2}. "
                    "Skriv navnet slik det er registrert.",
                ).format(name, barn.navn, registered)
            )
        remaining.remove(match)
        ids.append(match.id)
    return ids


def create_new_log(ctx: Context, data: NewLogInput) -> Changes:
    """register_barn → register_samtykke → create_stafettlogg in the caller's one transaction.

    Returns the log's ``Changes`` (``created`` is the log id) with every step's warnings.
    """
    barn_changes = logs.register_barn(
        ctx,
        fornavn=data.fornavn,
        etternavn=data.etternavn,
        fodselsnummer_=data.fodselsnummer,
        foresatte=list(data.foresatte),
    )
    barn_id = barn_changes.created
    assert barn_id is not None
    barn = ctx.session.get(Barn, barn_id)
    assert barn is not None
    new = (Barn.__tablename__, barn_id) in barn_changes.entities
    samtykke = logs.register_samtykke(
        ctx,
        barn_id=barn_id,
        signert_dato=data.signert_dato,
        opprette_logg=data.opprette_logg,
        utveksle_opplysninger=data.utveksle_opplysninger,
        overfore_enhet=data.overfore_enhet,
        overfore_kommune=data.overfore_kommune,
        gitt_av_foresatte=_signer_ids(barn, data.foresatte, data.signert_av, new),
        gitt_av_barnet=data.gitt_av_barnet,
        utloper=data.utloper,
        skannet_pdf=data.skannet_pdf,
    )
    assert samtykke.created is not None
    logg = logs.create_stafettlogg(
        ctx,
        barn_id=barn_id,
        samtykke_id=samtykke.created,
        niva=data.niva,
        bekymring=data.bekymring,
        kjennetegn=data.kjennetegn,
        opprettholdende=data.opprettholdende,
    )
    result = Changes(created=logg.created)
    for part in (barn_changes, samtykke, logg):
        result.merge(part)
    return result


def read_pdf(path: str) -> tuple[str, bytes]:
    """(file name, bytes) of a PDF; runs off the GUI thread."""
    name = Path(path).name
    if os.path.getsize(path) > MAX_PDF_BYTES:
        raise InvalidInput(
            QCoreApplication.translate("wizard", "«{0}» er for stor (over {1} MB).").format(
                name, MAX_PDF_BYTES // (1024 * 1024)
            )
        )
    data = Path(path).read_bytes()
    if not data.startswith(b"%PDF-"):
        raise InvalidInput(
            QCoreApplication.translate("wizard", "«{0}» er ikke en PDF-fil. Bare PDF kan lastes opp.").format(name)
        )
    return name, data


def ask_pdf_path(parent: QWidget) -> str:
    """The file dialog (a function, so tests can answer it)."""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("wizard", "Velg skannet samtykkeskjema"),
        "",
        QCoreApplication.translate("wizard", "PDF-filer (*.pdf)"),
    )
    return path


def _and_join(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return QCoreApplication.translate("wizard", "{0} og {1}").format(", ".join(names[:-1]), names[-1])


def _size(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB".replace(".", ",") if n >= 1024 * 1024 else f"{max(1, n // 1024)} kB"


# --------------------------------------------------------------------------- pieces


@dataclass(eq=False)
class GuardianDraft:
    """One guardian as typed; kept as the user left it."""

    fornavn: str = ""
    etternavn: str = ""
    relasjon: str = ""
    foreldreansvar: bool = True
    epost: str = ""
    telefon: str = ""
    fodselsnummer: str = ""

    @property
    def navn(self) -> str:
        return " ".join(f"{self.fornavn} {self.etternavn}".split())

    def to_input(self) -> ForesattInput:
        return ForesattInput(
            fornavn=self.fornavn.strip(),
            etternavn=self.etternavn.strip(),
            relasjon=self.relasjon.strip(),
            foreldreansvar=self.foreldreansvar,
            fodselsnummer=self.fodselsnummer.strip(),
            epost=self.epost.strip(),
            telefon=self.telefon.strip(),
        )


def _label(text: str, buddy: QWidget | None = None) -> QLabel:
    label = QLabel(text)
    if buddy is not None:
        label.setBuddy(buddy)
    return label


def _note(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _inline_error(name: str) -> QLabel:
    return named(error_label(), name)


def _date(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(d: QDate) -> dt.date:
    return dt.date(d.year(), d.month(), d.day())


def _tab_chain(widgets: list[QWidget]) -> None:
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)


class _Page(QWizardPage):
    """A page whose fields scroll if the screen is small, and stay readable on a wide one."""

    def __init__(self, today: Callable[[], dt.date], step: int, title: str, subtitle: str) -> None:
        super().__init__()
        self.today = today
        self.setTitle(title)
        self.setSubTitle(self.tr("Steg {0} av {1}. {2}").format(step, STEPS, subtitle))
        self.setAccessibleName(self.tr("Steg {0}: {1}").format(step, title))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        inner.setMaximumWidth(CONTENT_MAX_WIDTH)
        self.body = QVBoxLayout(inner)
        self.body.setContentsMargins(0, 0, 8, 0)
        self.scroller.setWidget(inner)
        outer.addWidget(self.scroller)
        # A group box keeps the height it had for a message that is gone (its height-for-width is
        # cached); after a message shows, hides or changes, the groups are measured again.
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(0)
        self._relayout.timeout.connect(self.relayout)

    def watch_messages(self) -> None:
        for group in self.findChildren(QGroupBox):
            group.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # a message inside showed, hid or changed
            self._relayout.start()
        return False

    def relayout(self) -> None:
        for group in self.findChildren(QGroupBox):
            group.updateGeometry()

    @staticmethod
    def show_inline(label: QLabel, message: str) -> None:
        label.setText(message)
        label.show()


# --------------------------------------------------------------------------- 1. child and guardians


class ChildPage(_Page):
    """The child (name, fødselsnummer) and the guardians (a list with a form for the chosen one)."""

    def __init__(self, today: Callable[[], dt.date]) -> None:
        super().__init__(
            today,
            1,
            self.tr("Barnet og foresatte"),
            self.tr("Skriv inn barnet og de foresatte før loggen opprettes. Felt merket * må fylles ut."),
        )
        self.guardians: list[GuardianDraft] = []
        self._loading = False

        # The child.
        child = QGroupBox(self.tr("Barnet"))
        grid = QGridLayout(child)
        self.fornavn = named(QLineEdit(), self.tr("Barnets fornavn"))
        self.etternavn = named(QLineEdit(), self.tr("Barnets etternavn"))
        self.fnr = named(
            QLineEdit(), self.tr("Barnets fødselsnummer"), self.tr("11 siffer. Mellomrom og punktum er tillatt.")
        )
        self.fnr.setPlaceholderText(self.tr("11 siffer (ddmmåå + 5)"))
        self.fornavn_error = _inline_error(self.tr("Feil i barnets fornavn"))
        self.etternavn_error = _inline_error(self.tr("Feil i barnets etternavn"))
        self.fnr_error = _inline_error(self.tr("Feil i barnets fødselsnummer"))
        self.born = named(_note(), self.tr("Barnets fødselsdato og alder"))
        self.born.hide()
        grid.addWidget(_label(self.tr("&Fornavn *"), self.fornavn), 0, 0)
        grid.addWidget(self.fornavn, 0, 1)
        grid.addWidget(_label(self.tr("&Etternavn *"), self.etternavn), 0, 2)
        grid.addWidget(self.etternavn, 0, 3)
        grid.addWidget(self.fornavn_error, 1, 1)
        grid.addWidget(self.etternavn_error, 1, 3)
        grid.addWidget(_label(self.tr("Fø&dselsnummer *"), self.fnr), 2, 0)
        grid.addWidget(self.fnr, 2, 1)
        grid.addWidget(self.born, 2, 2, 1, 2)
        grid.addWidget(self.fnr_error, 3, 1, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.body.addWidget(child)
        self.fnr.editingFinished.connect(lambda: self.check_fnr(quiet_if_empty=True))
        self.fnr.textEdited.connect(self._fnr_edited)
        self.fornavn.textEdited.connect(lambda: self.fornavn_error.hide())
        self.etternavn.textEdited.connect(lambda: self.etternavn_error.hide())

        # The guardians.
        box = QGroupBox(self.tr("Foresatte"))
        layout = QVBoxLayout(box)
        layout.addWidget(
            _note(self.tr("De med foreldreansvar samtykker til loggen, får tilgang til den og får e-post om den."))
        )
        self.list = named(QListWidget(), self.tr("Foresatte"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setMaximumHeight(92)
        layout.addWidget(_label(self.tr("F&oresatte (velg én for å endre den)"), self.list))
        top = QHBoxLayout()
        top.addWidget(self.list, 1)
        buttons = QVBoxLayout()
        self.add_button = named(QPushButton(self.tr("Le&gg til foresatt")), self.tr("Legg til foresatt"))
        self.remove_button = named(QPushButton(self.tr("F&jern valgt foresatt")), self.tr("Fjern valgt foresatt"))
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        top.addLayout(buttons)
        layout.addLayout(top)

        self.form = QWidget()
        form = QGridLayout(self.form)
        form.setContentsMargins(0, 4, 0, 0)
        self.g_fornavn = named(QLineEdit(), self.tr("Foresattes fornavn"))
        self.g_etternavn = named(QLineEdit(), self.tr("Foresattes etternavn"))
        self.g_relasjon = named(QComboBox(), self.tr("Relasjon til barnet"), self.tr("For eksempel mor eller far"))
        self.g_relasjon.setEditable(True)
        self.g_relasjon.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.g_relasjon.addItems([QCoreApplication.translate("ChildPage", r) for r in RELATIONS])
        self.g_ansvar = named(QCheckBox(self.tr("Har foreldrean&svar")), self.tr("Har foreldreansvar"))
        self.g_epost = named(QLineEdit(), self.tr("Foresattes e-post"))
        self.g_telefon = named(QLineEdit(), self.tr("Foresattes telefon"))
        self.g_fnr = named(QLineEdit(), self.tr("Foresattes fødselsnummer"), self.tr("Valgfritt. 11 siffer."))
        self.g_fnr_error = _inline_error(self.tr("Feil i foresattes fødselsnummer"))
        form.addWidget(_label(self.tr("Fo&rnavn *"), self.g_fornavn), 0, 0)
        form.addWidget(self.g_fornavn, 0, 1)
        form.addWidget(_label(self.tr("Etterna&vn *"), self.g_etternavn), 0, 2)
        form.addWidget(self.g_etternavn, 0, 3)
        form.addWidget(_label(self.tr("Rel&asjon"), self.g_relasjon), 1, 0)
        form.addWidget(self.g_relasjon, 1, 1)
        form.addWidget(self.g_ansvar, 1, 3)
        form.addWidget(_label(self.tr("E-&post"), self.g_epost), 2, 0)
        form.addWidget(self.g_epost, 2, 1)
        form.addWidget(_label(self.tr("Te&lefon"), self.g_telefon), 2, 2)
        form.addWidget(self.g_telefon, 2, 3)
        form.addWidget(_label(self.tr("Fødselsn&ummer"), self.g_fnr), 3, 0)
        form.addWidget(self.g_fnr, 3, 1)
        form.addWidget(_note(self.tr("(valgfritt)")), 3, 2, 1, 2)
        form.addWidget(self.g_fnr_error, 4, 1, 1, 3)
        form.setColumnStretch(1, 1)
        form.setColumnStretch(3, 1)
        layout.addWidget(self.form)
        self.guardian_error = _inline_error(self.tr("Feil i foresatte"))
        layout.addWidget(self.guardian_error)
        self.email_warning = named(_note(), self.tr("Advarsel om e-post"))
        self.email_warning.setStyleSheet(WARNING_STYLE)
        self.email_warning.setText(
            self.tr(
                "Merk: Ingen foresatte med foreldreansvar har e-postadresse, så den faste e-posten om loggen "
                "når ikke fram. Legg inn e-postadresse hvis du har den."
            )
        )
        self.email_warning.hide()
        layout.addWidget(self.email_warning)
        self.body.addWidget(box)
        self.body.addStretch(1)

        self.add_button.clicked.connect(self.add_guardian)
        self.remove_button.clicked.connect(self.remove_guardian)
        self.list.currentRowChanged.connect(self._load_guardian)
        for edit in (self.g_fornavn, self.g_etternavn, self.g_epost, self.g_telefon, self.g_fnr):
            edit.textChanged.connect(self._store_guardian)
        self.g_relasjon.editTextChanged.connect(self._store_guardian)
        self.g_ansvar.toggled.connect(self._store_guardian)
        self.g_fnr.editingFinished.connect(self._check_guardian_fnr)
        self.g_fnr.textEdited.connect(lambda: self.g_fnr_error.hide())

        _tab_chain(
            [
                self.fornavn,
                self.etternavn,
                self.fnr,
                self.list,
                self.add_button,
                self.remove_button,
                self.g_fornavn,
                self.g_etternavn,
                self.g_relasjon,
                self.g_ansvar,
                self.g_epost,
                self.g_telefon,
                self.g_fnr,
            ]
        )
        self.add_guardian(focus=False)

    def initializePage(self) -> None:
        self.fornavn.setFocus()

    # -- the child

    def check_fnr(self, *, quiet_if_empty: bool = False) -> str | None:
        """The compact number if valid; otherwise the Norwegian message is shown under the field."""
        text = self.fnr.text()
        if not text.strip() and quiet_if_empty:
            self.fnr_error.hide()
            self.born.hide()
            return None
        try:
            number = fodselsnummer.validate(text, today=self.today())
        except InvalidInput as e:
            self.show_inline(self.fnr_error, e.message)
            self.born.hide()
            return None
        self.fnr_error.hide()
        born = self.birth_date_of(number)
        age = age_on(born, self.today())
        self.born.setText(self.tr("Født {0} · {1} år").format(born.strftime("%d.%m.%Y"), age))
        self.born.show()
        return number

    def birth_date_of(self, number: str) -> dt.date:
        return fodselsnummer.birth_date(number, today=self.today())

    def birth_date(self) -> dt.date | None:
        try:
            return self.birth_date_of(self.fnr.text())
        except InvalidInput:
            return None

    def _fnr_edited(self) -> None:
        if self.fnr_error.isVisibleTo(self):  # re-check as the user corrects it
            self.check_fnr(quiet_if_empty=True)
        else:
            self.born.hide()

    # -- the guardians

    def add_guardian(self, *, focus: bool = True) -> None:
        self.guardians.append(GuardianDraft())
        self.list.addItem("")
        self._refresh_item(len(self.guardians) - 1)
        self.list.setCurrentRow(len(self.guardians) - 1)
        self.guardian_error.hide()
        if focus:
            self.g_fornavn.setFocus()

    def remove_guardian(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        del self.guardians[row]
        self.list.takeItem(row)  # moves the current row, which loads the neighbour
        self._load_guardian(self.list.currentRow())
        self._update_email_warning()
        (self.list if self.guardians else self.add_button).setFocus()

    def _current(self) -> GuardianDraft | None:
        row = self.list.currentRow()
        return self.guardians[row] if 0 <= row < len(self.guardians) else None

    def _load_guardian(self, row: int) -> None:
        draft = self.guardians[row] if 0 <= row < len(self.guardians) else GuardianDraft()
        self._loading = True
        try:
            self.g_fornavn.setText(draft.fornavn)
            self.g_etternavn.setText(draft.etternavn)
            self.g_relasjon.setEditText(draft.relasjon)
            self.g_ansvar.setChecked(draft.foreldreansvar)
            self.g_epost.setText(draft.epost)
            self.g_telefon.setText(draft.telefon)
            self.g_fnr.setText(draft.fodselsnummer)
        finally:
            self._loading = False
        self.g_fnr_error.hide()
        self.form.setEnabled(0 <= row < len(self.guardians))
        self.remove_button.setEnabled(bool(self.guardians))

    def _store_guardian(self) -> None:
        draft = self._current()
        if self._loading or draft is None:
            return
        draft.fornavn = self.g_fornavn.text()
        draft.etternavn = self.g_etternavn.text()
        draft.relasjon = self.g_relasjon.currentText()
        draft.foreldreansvar = self.g_ansvar.isChecked()
        draft.epost = self.g_epost.text()
        draft.telefon = self.g_telefon.text()
        draft.fodselsnummer = self.g_fnr.text()
        self._refresh_item(self.list.currentRow())
        self._update_email_warning()

    def _refresh_item(self, row: int) -> None:
        draft = self.guardians[row]
        parts = [draft.navn or self.tr("Ny foresatt")]
        if draft.relasjon.strip():
            parts[0] += f" ({draft.relasjon.strip()})"
        parts.append(self.tr("foreldreansvar") if draft.foreldreansvar else self.tr("uten foreldreansvar"))
        parts.append(draft.epost.strip() or self.tr("ingen e-post"))
        self.list.item(row).setText(" · ".join(parts))

    def _update_email_warning(self) -> None:
        responsible = [g for g in self.guardians if g.foreldreansvar and g.navn]
        self.email_warning.setVisible(bool(responsible) and not any(g.epost.strip() for g in responsible))

    def _check_guardian_fnr(self) -> bool:
        text = self.g_fnr.text()
        if not text.strip():
            self.g_fnr_error.hide()
            return True
        try:
            fodselsnummer.validate(text, today=self.today())
        except InvalidInput as e:
            self.show_inline(self.g_fnr_error, e.message)
            return False
        self.g_fnr_error.hide()
        return True

    def _guardian_problem(self) -> tuple[str, QWidget] | None:
        if not self.guardians:
            return self.tr("Legg inn minst én foresatt med foreldreansvar."), self.add_button
        for row, draft in enumerate(self.guardians):
            missing = self.g_fornavn if not draft.fornavn.strip() else None
            missing = missing or (self.g_etternavn if not draft.etternavn.strip() else None)
            if missing is not None:
                self.list.setCurrentRow(row)
                who = draft.navn or self.tr("nummer {0}").format(row + 1)
                return self.tr("Skriv både fornavn og etternavn for foresatt {0}.").format(who), missing
            if draft.fodselsnummer.strip():
                try:
                    fodselsnummer.validate(draft.fodselsnummer, today=self.today())
                except InvalidInput as e:
                    self.list.setCurrentRow(row)
                    self.show_inline(self.g_fnr_error, e.message)
                    return self.tr("Fødselsnummeret til {0} er ikke gyldig.").format(draft.navn), self.g_fnr
        if not any(g.foreldreansvar for g in self.guardians):
            return (
                self.tr(
                    "Minst én foresatt må ha foreldreansvar. Det er de med foreldreansvar som samtykker til loggen."
                ),
                self.g_ansvar,
            )
        return None

    def validatePage(self) -> bool:
        focus: list[QWidget] = []
        for edit, label, message in (
            (self.fornavn, self.fornavn_error, self.tr("Skriv barnets fornavn.")),
            (self.etternavn, self.etternavn_error, self.tr("Skriv barnets etternavn.")),
        ):
            if edit.text().strip():
                label.hide()
            else:
                self.show_inline(label, message)
                focus.append(edit)
        if self.check_fnr() is None:
            focus.append(self.fnr)
        problem = self._guardian_problem()
        if problem is None:
            self.guardian_error.hide()
        else:
            self.show_inline(self.guardian_error, problem[0])
            focus.append(problem[1])
        if focus:
            focus[0].setFocus()
            self.scroller.ensureWidgetVisible(focus[0])
            return False
        return True

    def responsible(self) -> list[GuardianDraft]:
        return [g for g in self.guardians if g.foreldreansvar]


# --------------------------------------------------------------------------- 2. consent


class ConsentPage(_Page):
    """What the signed consent form covers, who signed it, when, and its scan."""

    def __init__(
        self,
        today: Callable[[], dt.date],
        child: ChildPage,
        ops_run: Callable[..., None],
        bug: Callable[[BaseException], None],
    ) -> None:
        super().__init__(
            today,
            2,
            self.tr("Samtykke"),
            self.tr("Registrer samtykkeskjemaet de foresatte har skrevet under på."),
        )
        self._child = child
        self._run = ops_run
        self._bug = bug
        self.signers: list[tuple[GuardianDraft, QCheckBox]] = []
        self._signed: dict[GuardianDraft, bool] = {}  # survives going back and forth
        self.pdf: tuple[str, bytes] | None = None
        self._dates_set = False

        scopes = QGroupBox(self.tr("Samtykket gjelder"))
        scope_layout = QVBoxLayout(scopes)
        self.opprette = named(
            QCheckBox(self.tr("&Opprettelse av stafettlogg (påkrevd)")), self.tr("Opprettelse av stafettlogg")
        )
        self.utveksle = named(
            QCheckBox(self.tr("&Utveksling av opplysninger på tvers av tjenester (påkrevd)")),
            self.tr("Utveksling av opplysninger på tvers av tjenester"),
        )
        self.enhet = named(
            QCheckBox(self.tr("Overføring til annen &enhet i kommunen")), self.tr("Overføring til annen enhet")
        )
        self.kommune = named(
            QCheckBox(self.tr("Overføring til annen &kommune")), self.tr("Overføring til annen kommune")
        )
        for box in (self.opprette, self.utveksle, self.enhet, self.kommune):
            scope_layout.addWidget(box)
        scope_layout.addWidget(
            _note(
                self.tr(
                    "Veilederen sier at det ikke kan opprettes en logg uten samtykke til både opprettelse og "
                    "utveksling av opplysninger. Overføring til en annen enhet eller kommune krever samtykke til det."
                )
            )
        )
        self.scope_error = _inline_error(self.tr("Feil i samtykkets omfang"))
        scope_layout.addWidget(self.scope_error)
        self.body.addWidget(scopes)
        for box in (self.opprette, self.utveksle):
            box.toggled.connect(self._scopes_changed)

        who = QGroupBox(self.tr("Hvem har skrevet under?"))
        who_layout = QVBoxLayout(who)
        who_layout.addWidget(
            _note(
                self.tr("Alle med foreldreansvar må skrive under. Ungdom fra fylte {0} år kan samtykke selv.").format(
                    YOUTH_CONSENT_AGE
                )
            )
        )
        self.signers_layout = QVBoxLayout()
        who_layout.addLayout(self.signers_layout)
        self.youth = named(
            QCheckBox(self.tr("Ungdommen samtykker &selv (fra {0} år)").format(YOUTH_CONSENT_AGE)),
            self.tr("Ungdommen samtykker selv"),
        )
        who_layout.addWidget(self.youth)
        self.youth_hint = named(_note(), self.tr("Om ungdommens samtykke"))
        who_layout.addWidget(self.youth_hint)
        self.missing = named(_note(), self.tr("Manglende underskrifter"))
        who_layout.addWidget(self.missing)
        self.signer_error = _inline_error(self.tr("Feil i underskriftene"))
        who_layout.addWidget(self.signer_error)
        self.body.addWidget(who)
        self.youth.toggled.connect(self._update_missing)

        form = QGroupBox(self.tr("Skjemaet"))
        grid = QGridLayout(form)
        self.signed = named(QDateEdit(), self.tr("Signert dato"), self.tr("Datoen skjemaet ble skrevet under"))
        self.has_expiry = named(QCheckBox(self.tr("Samtykket &har utløpsdato")), self.tr("Samtykket har utløpsdato"))
        self.expiry = named(QDateEdit(), self.tr("Utløpsdato"))
        for edit in (self.signed, self.expiry):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
        self.expiry.setEnabled(False)
        self.has_expiry.toggled.connect(self.expiry.setEnabled)
        self.signed.dateChanged.connect(self._update_youth)
        self.pdf_choose = named(QPushButton(self.tr("&Velg PDF …")), self.tr("Velg skannet PDF"))
        self.pdf_name = named(_note(self.tr("Ingen fil valgt")), self.tr("Valgt PDF"))
        self.pdf_name.setWordWrap(False)
        self.pdf_remove = named(QPushButton(self.tr("F&jern")), self.tr("Fjern PDF"))
        self.pdf_remove.setEnabled(False)
        self.pdf_error = _inline_error(self.tr("Feil i PDF-filen"))
        grid.addWidget(_label(self.tr("Signert &dato *"), self.signed), 0, 0)
        grid.addWidget(self.signed, 0, 1)
        grid.addWidget(self.has_expiry, 1, 0)
        grid.addWidget(self.expiry, 1, 1)
        grid.addWidget(_label(self.tr("Skannet skjema (PDF, valgfritt)"), self.pdf_choose), 2, 0)
        pdf_row = QHBoxLayout()
        pdf_row.addWidget(self.pdf_choose)
        pdf_row.addWidget(self.pdf_name)
        pdf_row.addWidget(self.pdf_remove)
        pdf_row.addStretch(1)
        grid.addLayout(pdf_row, 2, 1, 1, 2)
        grid.addWidget(self.pdf_error, 3, 1, 1, 2)
        self.print_form = named(QPushButton(self.tr("Skriv ut s&kjema …")), self.tr("Skriv ut samtykkeskjema"))
        self.print_form.setToolTip(self.tr("Skjemaet fylt ut med barnet og de foresatte, til å skrive under på"))
        self.print_form.clicked.connect(self.print_form_pdf)
        grid.addWidget(_label(self.tr("Skjema å skrive under på"), self.print_form), 4, 0)
        grid.addWidget(self.print_form, 4, 1, Qt.AlignmentFlag.AlignLeft)
        grid.setColumnStretch(2, 1)
        self.body.addWidget(form)
        self.body.addStretch(1)
        self.pdf_choose.clicked.connect(self.choose_pdf)
        self.pdf_remove.clicked.connect(self.remove_pdf)

    def initializePage(self) -> None:
        today = self.today()
        self.signed.setMaximumDate(_date(today))
        self.expiry.setMinimumDate(_date(today))  # an expired consent allows no log
        if not self._dates_set:
            self._dates_set = True
            self.signed.setDate(_date(today))
            self.expiry.setDate(_date(today + dt.timedelta(days=365)))
        for draft, box in self.signers:
            self._signed[draft] = box.isChecked()
            self.signers_layout.removeWidget(box)
            box.setParent(None)
            box.deleteLater()
        self.signers = []
        for draft in self._child.responsible():
            relation = f" ({draft.relasjon.strip()})" if draft.relasjon.strip() else ""
            box = named(
                QCheckBox(self.tr("{0}{1} har skrevet under").format(draft.navn, relation)),
                self.tr("{0} har skrevet under").format(draft.navn),
            )
            box.setChecked(self._signed.get(draft, False))
            box.toggled.connect(self._update_missing)
            self.signers_layout.addWidget(box)
            self.signers.append((draft, box))
        _tab_chain(
            [self.opprette, self.utveksle, self.enhet, self.kommune]
            + [box for _, box in self.signers]
            + [self.youth, self.signed, self.has_expiry, self.expiry, self.pdf_choose, self.pdf_remove, self.print_form]
        )
        self.scope_error.hide()
        self.signer_error.hide()
        self._update_youth()
        self.opprette.setFocus()

    # -- who signed

    def age(self) -> int | None:
        born = self._child.birth_date()
        signed = _pydate(self.signed.date())
        if born is None or signed < born:
            return None
        return age_on(born, signed)

    def _update_youth(self) -> None:
        age = self.age()
        old_enough = age is not None and age >= YOUTH_CONSENT_AGE
        self.youth.setEnabled(old_enough)
        if not old_enough:
            self.youth.setChecked(False)
        if age is None:
            self.youth_hint.setText("")
        elif old_enough:
            self.youth_hint.setText(self.tr("Ungdommen var {0} år da skjemaet ble signert.").format(age))
        else:
            self.youth_hint.setText(
                self.tr("Barnet var {0} år da skjemaet ble signert. Barnet kan samtykke selv fra fylte {1} år.").format(
                    age, YOUTH_CONSENT_AGE
                )
            )
        self._update_missing()

    def youth_consents(self) -> bool:
        return self.youth.isEnabled() and self.youth.isChecked()

    def missing_signers(self) -> list[str]:
        if self.youth_consents():
            return []
        return [draft.navn for draft, box in self.signers if not box.isChecked()]

    def _update_missing(self) -> None:
        missing = self.missing_signers()
        if self.youth_consents():
            self.missing.setText(self.tr("Ungdommen samtykker selv."))
        elif missing:
            self.missing.setText(self.tr("Mangler underskrift fra: {0}.").format(_and_join(missing)))
        else:
            self.missing.setText(self.tr("Alle med foreldreansvar har skrevet under."))
        if not missing:
            self.signer_error.hide()

    def has_signed(self, draft: GuardianDraft) -> bool:
        return any(d is draft and box.isChecked() for d, box in self.signers)

    def _scopes_changed(self) -> None:
        if self.opprette.isChecked() and self.utveksle.isChecked():
            self.scope_error.hide()

    def validatePage(self) -> bool:
        focus: list[QWidget] = []
        if self.opprette.isChecked() and self.utveksle.isChecked():
            self.scope_error.hide()
        else:
            self.show_inline(
                self.scope_error,
                self.tr(
                    "Samtykket må gjelde både opprettelse av stafettlogg og utveksling av opplysninger på tvers av "
                    "tjenester. Uten begge kan det ikke opprettes en logg."
                ),
            )
            focus.append(self.opprette if not self.opprette.isChecked() else self.utveksle)
        missing = self.missing_signers()
        if missing:
            self.show_inline(
                self.signer_error,
                self.tr(
                    "Samtykke mangler fra {0}. Alle med foreldreansvar må skrive under, "
                    "eller ungdommen selv fra fylte {1} år."
                ).format(_and_join(missing), YOUTH_CONSENT_AGE),
            )
            focus.append(next(box for draft, box in self.signers if not box.isChecked()))
        else:
            self.signer_error.hide()
        if focus:
            focus[0].setFocus()
            self.scroller.ensureWidgetVisible(focus[0])
            return False
        return True

    def expiry_date(self) -> dt.date | None:
        return _pydate(self.expiry.date()) if self.has_expiry.isChecked() else None

    def print_form_pdf(self) -> QWidget | None:
        """The consent form with the child and the guardians typed so far, to print and sign."""
        from desktop.views.eksport import print_consent_form, typed_consent_form

        backend = getattr(self.wizard(), "backend", None)
        if not isinstance(backend, Backend):
            return None
        child = self._child
        name = " ".join(f"{child.fornavn.text()} {child.etternavn.text()}".split())
        guardians = [(g.navn, g.relasjon.strip()) for g in child.responsible()]
        return print_consent_form(backend, typed_consent_form(name, child.birth_date(), guardians), self, who=name)

    # -- the scan

    def choose_pdf(self) -> None:
        path = ask_pdf_path(self)
        if not path:
            return
        self.pdf_error.hide()
        self.pdf_choose.setEnabled(False)
        self.pdf_name.setText(self.tr("Leser {0} …").format(Path(path).name))
        self._run(lambda: read_pdf(path), success=self._pdf_read, failure=self._pdf_failed)

    def _pdf_read(self, result: tuple[str, bytes]) -> None:
        self.pdf = result
        self.pdf_choose.setEnabled(True)
        self.pdf_name.setText(f"{result[0]} ({_size(len(result[1]))})")
        self.pdf_remove.setEnabled(True)

    def _pdf_failed(self, error: BaseException) -> None:
        self.pdf_choose.setEnabled(True)
        self._show_pdf_name()
        if isinstance(error, DomainError):
            self.show_inline(self.pdf_error, error.message)
        elif isinstance(error, OSError):
            self.show_inline(self.pdf_error, self.tr("Filen kunne ikke leses: {0}").format(error.strerror or error))
        else:
            self._bug(error)

    def remove_pdf(self) -> None:
        self.pdf = None
        self.pdf_error.hide()
        self._show_pdf_name()
        self.pdf_choose.setFocus()

    def _show_pdf_name(self) -> None:
        if self.pdf is None:
            self.pdf_name.setText(self.tr("Ingen fil valgt"))
            self.pdf_remove.setEnabled(False)
        else:
            self.pdf_name.setText(f"{self.pdf[0]} ({_size(len(self.pdf[1]))})")


# --------------------------------------------------------------------------- 3. level


class LevelPage(_Page):
    def __init__(self, today: Callable[[], dt.date]) -> None:
        super().__init__(today, 3, self.tr("Nivå"), self.tr("Nivået styrer hvilke aktører som kan kobles til loggen."))
        box = QGroupBox(self.tr("Loggens nivå"))
        layout = QGridLayout(box)
        self.group = QButtonGroup(self)
        explanations = {
            1: self.tr("Bare aktører fra din egen enhet kan kobles til loggen."),
            2: self.tr("I tillegg til aktører fra egen enhet kan eksterne aktører kobles til."),
            3: self.tr("Som nivå 2: også eksterne aktører kan kobles til loggen."),
        }
        self.radios: dict[int, QRadioButton] = {}
        for row, (niva, text) in enumerate(explanations.items()):
            radio = named(QRadioButton(self.tr("Nivå &{0}").format(niva)), self.tr("Nivå {0}").format(niva), text)
            self.group.addButton(radio, niva)
            self.radios[niva] = radio
            layout.addWidget(radio, row, 0)
            layout.addWidget(_note(text), row, 1)
        layout.setColumnStretch(1, 1)
        self.radios[1].setChecked(True)
        self.body.addWidget(box)
        self.body.addWidget(_note(self.tr("Nivået kan heves eller senkes senere.")))
        self.body.addStretch(1)

    def initializePage(self) -> None:
        self.radios[self.niva()].setFocus()

    def niva(self) -> int:
        return self.group.checkedId()


# --------------------------------------------------------------------------- 4. start page


class StartPage(_Page):
    def __init__(self, today: Callable[[], dt.date]) -> None:
        super().__init__(
            today,
            4,
            self.tr("Startsiden"),
            self.tr("Tenk gjennom dette før det første møtet med barnet og foreldrene. Du kan endre det senere."),
        )
        self.edits: list[tuple[QPlainTextEdit, QLabel]] = []
        for label_text, name in (
            (self.tr("Hva er min &bekymring?"), self.tr("Hva er min bekymring?")),
            (self.tr("Hva kjennetegner &måloppnåelse?"), self.tr("Hva kjennetegner måloppnåelse?")),
            (self.tr("Hva o&pprettholder utfordringen?"), self.tr("Hva opprettholder utfordringen?")),
        ):
            edit = named(QPlainTextEdit(), name)
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(70)
            error = _inline_error(self.tr("Feil i «{0}»").format(name))
            self.body.addWidget(_label(label_text, edit))
            self.body.addWidget(edit, 1)
            self.body.addWidget(error)
            self.edits.append((edit, error))
        self.bekymring, self.kjennetegn, self.opprettholdende = (e for e, _ in self.edits)

    def initializePage(self) -> None:
        self.bekymring.setFocus()

    def validatePage(self) -> bool:
        first: QWidget | None = None
        for edit, error in self.edits:
            length = len(edit.toPlainText().strip())
            if length > MAX_TEXT:
                self.show_inline(
                    error, self.tr("Teksten er for lang ({0} tegn). Maks {1} tegn.").format(length, MAX_TEXT)
                )
                first = first or edit
            else:
                error.hide()
        if first is not None:
            first.setFocus()
            return False
        return True


# --------------------------------------------------------------------------- 5. summary


class SummaryPage(_Page):
    def __init__(self, today: Callable[[], dt.date], summary: Callable[[], str]) -> None:
        super().__init__(
            today,
            5,
            self.tr("Oppsummering"),
            self.tr("Se over før du oppretter loggen. Gå tilbake for å rette."),
        )
        self.busy = False
        self._summary = summary
        self.error = error_label()  # «Feilmelding»; above the summary, where it is seen first
        self.error.setStyleSheet(FAILURE_STYLE)
        self.body.addWidget(self.error)
        self.status = named(_note(), self.tr("Status"))
        self.status.hide()
        self.body.addWidget(self.status)
        self.text = named(QTextBrowser(), self.tr("Oppsummering av loggen"))
        self.text.setOpenLinks(False)
        self.body.addWidget(self.text, 1)

    def initializePage(self) -> None:
        self.text.setHtml(self._summary())
        self.error.hide()
        self.text.setFocus()

    def isComplete(self) -> bool:
        return not self.busy

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.status.setText(self.tr("Oppretter loggen …"))
        self.status.setVisible(busy)
        if busy:
            self.error.hide()
        self.completeChanged.emit()

    def show_error(self, message: str) -> None:
        self.error.setText(self.tr("Loggen ble ikke opprettet, og ingenting er lagret.\n{0}").format(message))
        self.error.show()
        self.error.setFocus()


# --------------------------------------------------------------------------- the wizard


class NewLogWizard(QWizard):
    """«Opprett ny logg», for employees ticked as both aktør and stafettholder.

    Signals:
        created: (uuid.UUID) the new log's id, emitted after the log is saved.
    """

    created = Signal(object)

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self.logg_id: uuid.UUID | None = None
        self.changes: Changes | None = None
        self._saving = False
        self.setWindowTitle(self.tr("Opprett ny logg"))
        self.setAccessibleName(self.tr("Opprett ny logg"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        for which, text, name in (
            (QWizard.WizardButton.NextButton, self.tr("&Neste >"), self.tr("Neste")),
            (QWizard.WizardButton.BackButton, self.tr("< &Tilbake"), self.tr("Tilbake")),
            (QWizard.WizardButton.CancelButton, self.tr("Avbryt"), self.tr("Avbryt")),
            (QWizard.WizardButton.FinishButton, self.tr("&Opprett loggen"), self.tr("Opprett loggen")),
        ):
            self.setButtonText(which, text)
            button = self.button(which)
            assert isinstance(button, QAbstractButton)
            named(button, name)

        self.child_page = ChildPage(self.today)
        self.consent_page = ConsentPage(self.today, self.child_page, backend.ops.run, backend.bug.emit)
        self.level_page = LevelPage(self.today)
        self.start_page = StartPage(self.today)
        self.summary_page = SummaryPage(self.today, self.summary_html)
        for page_id, page in (
            (PAGE_CHILD, self.child_page),
            (PAGE_CONSENT, self.consent_page),
            (PAGE_LEVEL, self.level_page),
            (PAGE_START, self.start_page),
            (PAGE_SUMMARY, self.summary_page),
        ):
            self.setPage(page_id, page)
            page.watch_messages()
        self.setMinimumSize(760, 560)
        screen = self.screen().availableGeometry()
        self.resize(min(1100, screen.width() - 40), min(760, screen.height() - 40))

    def today(self) -> dt.date:
        """Today where the users are, by the backend's clock (tests move it)."""
        return self.backend.clock().astimezone(OSLO).date()

    # -- what was typed

    def collect(self) -> NewLogInput:
        child, consent, start = self.child_page, self.consent_page, self.start_page
        guardians = child.guardians
        return NewLogInput(
            fornavn=child.fornavn.text().strip(),
            etternavn=child.etternavn.text().strip(),
            fodselsnummer=child.fnr.text(),
            foresatte=tuple(g.to_input() for g in guardians),
            signert_av=tuple(i for i, g in enumerate(guardians) if consent.has_signed(g)),
            gitt_av_barnet=consent.youth_consents(),
            opprette_logg=consent.opprette.isChecked(),
            utveksle_opplysninger=consent.utveksle.isChecked(),
            overfore_enhet=consent.enhet.isChecked(),
            overfore_kommune=consent.kommune.isChecked(),
            signert_dato=_pydate(consent.signed.date()),
            utloper=consent.expiry_date(),
            skannet_pdf=consent.pdf,
            niva=self.level_page.niva(),
            bekymring=start.bekymring.toPlainText(),
            kjennetegn=start.kjennetegn.toPlainText(),
            opprettholdende=start.opprettholdende.toPlainText(),
        )

    def summary_html(self) -> str:
        data = self.collect()
        e = html.escape

        def h3(text: str) -> str:
            return f"<h3>{e(text)}</h3>"

        child = self.child_page
        born = child.birth_date()
        parts = [h3(self.tr("Barnet"))]
        number = "".join(c for c in data.fodselsnummer if c.isdigit())
        fnr = self.tr("fødselsnummer")
        line = f"{e(data.fornavn)} {e(data.etternavn)}, {e(fnr)} {e(number[:6])} {e(number[6:])}"
        if born is not None:
            line += " · " + e(self.tr("{0} år").format(age_on(born, self.today())))
        parts.append(f"<p>{line}</p>")
        parts.append(h3(self.tr("Foresatte")) + "<ul>")
        for i, g in enumerate(data.foresatte):
            bits = [f"<b>{e(g.fornavn)} {e(g.etternavn)}</b>" + (f" ({e(g.relasjon)})" if g.relasjon else "")]
            bits.append(e(self.tr("foreldreansvar") if g.foreldreansvar else self.tr("uten foreldreansvar")))
            bits.append(e(g.epost) if g.epost else e(self.tr("ingen e-post")))
            if g.telefon:
                bits.append(e(self.tr("telefon {0}").format(g.telefon)))
            if i in data.signert_av:
                bits.append(e(self.tr("har skrevet under")))
            parts.append("<li>" + " · ".join(bits) + "</li>")
        parts.append("</ul>")
        scopes = [
            text
            for flag, text in (
                (data.opprette_logg, self.tr("opprettelse av stafettlogg")),
                (data.utveksle_opplysninger, self.tr("utveksling av opplysninger på tvers av tjenester")),
                (data.overfore_enhet, self.tr("overføring til annen enhet")),
                (data.overfore_kommune, self.tr("overføring til annen kommune")),
            )
            if flag
        ]
        parts.append(h3(self.tr("Samtykke")))
        consent = [
            self.tr("Gjelder {0}.").format(_and_join(scopes)),
            self.tr("Signert {0}.").format(data.signert_dato.strftime("%d.%m.%Y")),
            self.tr("Utløper {0}.").format(data.utloper.strftime("%d.%m.%Y"))
            if data.utloper
            else self.tr("Ingen utløpsdato."),
        ]
        if data.gitt_av_barnet:
            consent.append(self.tr("Ungdommen samtykker selv."))
        consent.append(
            self.tr("Skannet skjema: {0}.").format(data.skannet_pdf[0])
            if data.skannet_pdf
            else self.tr("Ikke skannet ennå.")
        )
        parts.append("<p>" + "<br>".join(e(c) for c in consent) + "</p>")
        parts.append(h3(self.tr("Nivå {0}").format(data.niva)))
        level = self.level_page.radios[data.niva].accessibleDescription()
        parts.append(f"<p>{e(level)}</p>")
        parts.append(h3(self.tr("Startsiden")))
        not_filled = self.tr("Ikke fylt ut")
        for question, answer in (
            (self.tr("Hva er min bekymring?"), data.bekymring),
            (self.tr("Hva kjennetegner måloppnåelse?"), data.kjennetegn),
            (self.tr("Hva opprettholder utfordringen?"), data.opprettholdende),
        ):
            shown = e(answer.strip()).replace("\n", "<br>") if answer.strip() else f"<i>{e(not_filled)}</i>"
            parts.append(f"<p><b>{e(question)}</b><br>{shown}</p>")
        parts.append(
            "<p>"
            + e(self.tr("Når loggen er opprettet, blir du stafettholder, og de foresatte får e-post om loggen."))
            + "</p>"
        )
        return "".join(parts)

    # -- saving

    def validateCurrentPage(self) -> bool:
        if self.currentId() != PAGE_SUMMARY:
            return super().validateCurrentPage()
        if self.logg_id is not None:
            return True  # saved: «Opprett loggen» may close the wizard
        self.save()
        return False

    def save(self) -> None:
        """Run the three use cases in one transaction on the database worker."""
        if self._saving:
            return
        if self.backend.locked:
            self.summary_page.show_error(self.tr("Arbeidsområdet er låst. Lås det opp og prøv igjen."))
            return
        data = self.collect()
        self._set_saving(True)
        self.backend.call(lambda ctx: create_new_log(ctx, data), success=self._saved, failure=self._failed)

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.summary_page.set_busy(saving)  # the Finish button follows isComplete()
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton):
            button = self.button(which)
            if saving or which is QWizard.WizardButton.CancelButton:
                button.setEnabled(not saving)

    def _saved(self, changes: Changes) -> None:
        self._set_saving(False)
        assert changes.created is not None
        self.logg_id = changes.created
        self.changes = changes
        if changes.warnings:
            box = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("Loggen er opprettet"),
                self.tr("Loggen er opprettet. Merk:") + "\n\n" + "\n\n".join(changes.warnings),
                QMessageBox.StandardButton.Ok,
                self,
            )
            named(box, self.tr("Loggen er opprettet"))
            box.exec()
        self.created.emit(self.logg_id)
        self.accept()

    def _failed(self, message: str) -> None:
        self._set_saving(False)
        self.summary_page.show_error(message)

    def reject(self) -> None:
        if not self._saving:  # the transaction is running: it ends in success or a message
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._saving:
            event.ignore()
            return
        super().closeEvent(event)
