"""Dialogs that write in a log: oppmerksomhet, mål, tiltak, retting, evaluering, lysglimt.

Each saving dialog is a :class:`~desktop.views.forms.FormDialog`: one use case in ``work()``,
a refusal shown inside the dialog with every typed character kept, and the returned
``Changes`` (with its ``warnings``) left on ``dialog.changes`` for the caller to show.
What a dialog offers follows the snapshot (``may_write``, ``may_evaluate``, roles); the core
refuses anyway.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Sequence
from typing import Any

from desktop.core.context import OSLO, Changes, Context
from desktop.core.entities import Arena, Beslutning, TiltakStatus
from desktop.core.permissions import Role
from desktop.core.queries import (
    Kandidat,
    TekstEndring,
    actor_candidates,
    actor_candidates_for_tiltak,
    tiltak_text_history,
)
from desktop.core.rules import CORRECTION_WINDOW
from desktop.core.snapshot import LoggSnapshot, MoteInfo, OppmerksomhetInfo, TiltakInfo
from desktop.core.usecases import content
from desktop.models.backend import Backend

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QListWidget,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.views.forms import WARNING_STYLE, FormDialog, named
from desktop.views.plainlanguage import PlainLanguageEdit
from desktop.views.widgets import while_alive

# --------------------------------------------------------------------------- background queries
# Run inside a work callable on the database worker (never on the GUI thread). They read only,
# after the same access check as opening the log; they belong in ``core.queries`` in time.


# --------------------------------------------------------------------------- small helpers

NO_DATE = QDate(2000, 1, 1)  # the minimum of an optional date field, shown as «Ikke satt»
NOTE_STYLE = "color: #4a4a4a;"  # 7.7:1 on the default window background
# Marked for lupdate; translated where shown (``_tr``).
BESLUTNING_TEXT = {
    Beslutning.NYE_MAL: QT_TRANSLATE_NOOP("dialogs", "Nye mål"),
    Beslutning.AVSLUTTE: QT_TRANSLATE_NOOP("dialogs", "Avslutte tiltaket"),
    Beslutning.FORTSETTE: QT_TRANSLATE_NOOP("dialogs", "Fortsette"),
    Beslutning.ENDRE_MAL: QT_TRANSLATE_NOOP("dialogs", "Endre målsetting"),
    Beslutning.ENDRE_TILTAK: QT_TRANSLATE_NOOP("dialogs", "Endre tiltak"),
    Beslutning.FEILREGISTRERT: QT_TRANSLATE_NOOP("dialogs", "Feilregistrert"),
}
ARENA_TEXT = {
    Arena.TJENESTE: QT_TRANSLATE_NOOP("dialogs", "I tjenesten"),
    Arena.HJEM: QT_TRANSLATE_NOOP("dialogs", "I hjemmet"),
    Arena.BARN: QT_TRANSLATE_NOOP("dialogs", "Barnets eget tiltak"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("dialogs", text)


def today(backend: Backend) -> dt.date:
    """Today where the users are, by the backend's (injectable) clock."""
    return backend.clock().astimezone(OSLO).date()


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def _day(value: dt.date | None) -> str:
    return f"{value:%d.%m.%Y}" if value is not None else QCoreApplication.translate("dialogs", "ikke satt")


def _moment(value: dt.datetime) -> str:
    local = value.astimezone(OSLO)
    return QCoreApplication.translate("dialogs", "{0} kl. {1}").format(f"{local:%d.%m.%Y}", f"{local:%H.%M}")


def _duration(left: dt.timedelta) -> str:
    minutes = int(left.total_seconds() // 60)
    hours, minutes = divmod(minutes, 60)
    if hours:
        return QCoreApplication.translate("dialogs", "{0} t {1} min").format(hours, minutes)
    if minutes:
        return QCoreApplication.translate("dialogs", "{0} min").format(minutes)
    return QCoreApplication.translate("dialogs", "under 1 min")


def _note(text: str = "", name: str = "", *, style: str = NOTE_STYLE) -> QLabel:
    """A wrapped, plain-text explanation (user data never renders as markup)."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet(style)
    if name:
        label.setAccessibleName(name)
    return label


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.15)
    label.setFont(font)
    return label


def _buddy(text: str, widget: QWidget, *, wrap: bool = False) -> QLabel:
    """A field label with a mnemonic (``&``) that moves focus to its field.

    Row labels do not wrap (the label column takes the longest); a label above a field may.
    """
    label = QLabel(text)
    label.setBuddy(widget)
    label.setWordWrap(wrap)
    return label


def _date_edit(name: str, value: dt.date) -> QDateEdit:
    edit = named(QDateEdit(_qdate(value)), name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy")
    return edit


def _combo(name: str) -> QComboBox:
    combo = named(QComboBox(), name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(30)
    return combo


def _radio(text: str, name: str) -> QRadioButton:
    return named(QRadioButton(text), name)


def _line() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


class Rows(QGridLayout):
    """Label | field rows, like ``QFormLayout`` but with wrapped text as tall as it needs.

    (``QFormLayout`` reserves too much height for word-wrapped labels, leaving gaps.)
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnStretch(1, 1)
        self._next = 0

    def addRow(self, label: QWidget | str | None, field: QWidget | QLayout | None = None) -> None:
        row = self._next
        self._next += 1
        if field is None:  # one widget across both columns
            assert isinstance(label, QWidget)
            self.addWidget(label, row, 0, 1, 2)
            return
        if isinstance(label, str):
            label = QLabel(label) if label else None
        tall = isinstance(field, QLayout | PlainLanguageEdit | QListWidget)
        if label is not None:
            if tall:
                label.setContentsMargins(0, 4, 0, 0)
            vertical = Qt.AlignmentFlag.AlignTop if tall else Qt.AlignmentFlag.AlignVCenter
            self.addWidget(label, row, 0, Qt.AlignmentFlag.AlignLeft | vertical)
        if isinstance(field, QLayout):
            self.addLayout(field, row, 1)
        else:
            self.addWidget(field, row, 1)


class DateRow:
    """An optional date: a check box (the row's label) that switches the date field on."""

    def __init__(self, text: str, name: str, value: dt.date | None, fallback: dt.date) -> None:
        self.check = named(QCheckBox(text), QCoreApplication.translate("dialogs", "Sett {0}").format(name.lower()))
        self.edit = _date_edit(name, value or fallback)
        self.edit.setMinimumDate(NO_DATE)
        self.edit.setSpecialValueText(QCoreApplication.translate("dialogs", "Ikke satt"))
        self._last = value or fallback
        self.check.toggled.connect(self._toggled)
        self.check.setChecked(value is not None)
        self._toggled(value is not None)

    def _toggled(self, on: bool) -> None:
        if on:
            self.edit.setDate(_qdate(self._last))
        else:
            if self.edit.date() != NO_DATE:
                self._last = _pydate(self.edit.date())
            self.edit.setDate(NO_DATE)
        self.edit.setEnabled(on)

    def value(self) -> dt.date | None:
        if not self.check.isChecked() or self.edit.date() == NO_DATE:
            return None
        return _pydate(self.edit.date())

    def set_read_only(self, read_only: bool) -> None:
        self.check.setEnabled(not read_only)
        self.edit.setEnabled(not read_only and self.check.isChecked())

    def add_to(self, form: Rows) -> None:
        form.addRow(self.check, self.edit)


class _Form(FormDialog):
    """A FormDialog that keeps room for what appears while it is open.

    Qt does not grow a window for wrapped text (height-for-width), so a hint area, an error or
    a newly shown choice would squeeze the rows together; the dialog grows instead (never shrinks).
    """

    def finish(self, width: int, height: int = 100) -> None:
        """Call last in ``__init__``: extra height goes below the fields, not between them."""
        self.body.addStretch(1)
        for edit in self.findChildren(PlainLanguageEdit):
            edit.hintsChanged.connect(lambda *_: QTimer.singleShot(0, self.fit_height))
        self.resize(width, height)
        self.fit_height()

    def fit_height(self) -> None:
        if not shiboken6.isValid(self):
            return
        layout = self.layout()
        layout.activate()
        width = self.width()
        need = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.totalSizeHint().height()
        screen = self.screen()
        if screen is not None:
            need = min(need, screen.availableGeometry().height())
        if need > self.height():
            self.resize(width, need)

    def show_error(self, message: str) -> None:
        super().show_error(message)
        self.fit_height()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit_height()


def _set_title(dialog: QWidget, title: str) -> None:
    dialog.setWindowTitle(title)
    dialog.setAccessibleName(title)


def _read_only_buttons(dialog: FormDialog) -> None:
    """No saving: only «Lukk»."""
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok.text().replace("&", ""))  # its key would clash with «Lukk»
    ok.hide()
    close = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    close.setText(QCoreApplication.translate("dialogs", "&Lukk"))
    named(close, QCoreApplication.translate("dialogs", "Lukk"))


# --------------------------------------------------------------------------- oppmerksomhet


class OppmerksomhetDialog(_Form):
    """A new concern, or a change of one. Stores the result on ``self.changes``
    (``changes.created`` is the new oppmerksomhet's id)."""

    def __init__(
        self,
        backend: Backend,
        logg_id: uuid.UUID,
        existing: OppmerksomhetInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(backend, "", parent=parent)
        _set_title(self, self.tr("Ny oppmerksomhet") if existing is None else self.tr("Endre oppmerksomhet"))
        self.logg_id = logg_id
        self.existing = existing
        self.body.addWidget(
            _note(
                self.tr(
                    "Skriv én setning som beskriver det dere legger merke til. Den skal være\n"
                    "• med verb heller enn adjektiv: hva barnet gjør, ikke hvordan barnet er\n"
                    "• avgrenset\n"
                    "• gjenkjennelig for alle\n"
                    "• målbar"
                ),
                self.tr("Råd om oppmerksomheten"),
            )
        )
        self.tekst = PlainLanguageEdit(
            self.tr("Oppmerksomhet"),
            placeholder=self.tr(
                "For eksempel: Ella venter på at en voksen skal mate henne, og hun spiser lite ved måltidene."
            ),
            lines=3,
        )
        self.kjennetegn = PlainLanguageEdit(
            self.tr("Kjennetegn på måloppnåelse"),
            placeholder=self.tr("For eksempel: Ella spiser selv og blir mett ved to måltider hver dag."),
            lines=2,
        )
        if existing is not None:
            self.tekst.setPlainText(existing.tekst)
            self.kjennetegn.setPlainText(existing.kjennetegn)
        self.body.addWidget(_buddy(self.tr("&Oppmerksomhet – én setning"), self.tekst, wrap=True))
        self.body.addWidget(self.tekst)
        self.body.addWidget(
            _buddy(
                self.tr("&Kjennetegn på måloppnåelse – hvordan ser det ut når det er nådd?"), self.kjennetegn, wrap=True
            )
        )
        self.body.addWidget(self.kjennetegn)
        self.finish(620)

    def work(self) -> Callable[[Context], Changes] | None:
        tekst, kjennetegn = self.tekst.toPlainText(), self.kjennetegn.toPlainText()
        if self.existing is None:
            logg_id = self.logg_id
            return lambda ctx: content.add_oppmerksomhet(ctx, logg_id, tekst, kjennetegn)
        oppmerksomhet_id = self.existing.id
        return lambda ctx: content.update_oppmerksomhet(
            ctx, oppmerksomhet_id, tekst=tekst, kjennetegn_maloppnaelse=kjennetegn
        )


# --------------------------------------------------------------------------- mål


def combine_mal(del_a: str, del_b: str, del_c: str) -> str:
    """The goal as the core joins it (``Mal.tekst``)."""
    return " ".join(p.strip() for p in (del_a, del_b, del_c) if p.strip())


class MalDialog(_Form):
    """The guide's A / A+B / A+B+C helper. A new goal replaces the current one (kept in history).

    Stores ``self.changes``; its ``warnings`` list check questions left unticked.
    """

    # (the core's field, the check box's text, its accessible name), marked for lupdate.
    CHECKS = (
        (
            "sjekk_malbart",
            QT_TRANSLATE_NOOP("MalDialog", "Er målet &målbart, med et sluttpunkt?"),
            QT_TRANSLATE_NOOP("MalDialog", "Målbart"),
        ),
        (
            "sjekk_akseptert",
            QT_TRANSLATE_NOOP("MalDialog", "Er målet akse&ptert av barnet og foreldrene?"),
            QT_TRANSLATE_NOOP("MalDialog", "Akseptert av barn og foreldre"),
        ),
        (
            "sjekk_realistisk",
            QT_TRANSLATE_NOOP("MalDialog", "Er målet &realistisk?"),
            QT_TRANSLATE_NOOP("MalDialog", "Realistisk"),
        ),
        (
            "sjekk_tidsperiode",
            QT_TRANSLATE_NOOP("MalDialog", "Er det satt en &tidsperiode for tiltak og evaluering?"),
            QT_TRANSLATE_NOOP("MalDialog", "Tidsperiode satt"),
        ),
        (
            "sjekk_forstaelig",
            QT_TRANSLATE_NOOP("MalDialog", "Er målet &enkelt og forståelig?"),
            QT_TRANSLATE_NOOP("MalDialog", "Enkelt og forståelig"),
        ),
    )

    def __init__(self, backend: Backend, oppmerksomhet: OppmerksomhetInfo, parent: QWidget | None = None) -> None:
        super().__init__(backend, self.tr("Mål for oppmerksomheten"), ok_text=self.tr("&Lagre målet"), parent=parent)
        self.oppmerksomhet = oppmerksomhet
        self.body.addWidget(
            _note(self.tr("Oppmerksomhet: «{0}»").format(oppmerksomhet.tekst), self.tr("Oppmerksomheten"))
        )
        current = oppmerksomhet.mal
        if current is not None:
            self.body.addWidget(
                _note(
                    self.tr(
                        "Nåværende mål: «{0}». Et nytt mål erstatter dette; det gamle blir stående i historikken. "
                        "Feltene viser det nåværende målet, så du kan bygge videre på det."
                    ).format(current.tekst),
                    self.tr("Erstatter målet"),
                    style=WARNING_STYLE,
                )
            )
        self.body.addWidget(
            _note(
                self.tr(
                    "Ett konkret mål om gangen. Bygg det opp i tre deler: A – hva barnet gjør, i nåtid "
                    "(«skriver, snakker, går»). B – når og hvor. C – hvordan det nås."
                ),
                self.tr("Slik bygger du målet"),
            )
        )
        self.del_a = PlainLanguageEdit(
            self.tr("A – hva barnet gjør"),
            placeholder=self.tr("For eksempel: Ella øver på å spise selv"),
            description=self.tr("Skriv i nåtid: skriver, snakker, går."),
            lines=1,
        )
        self.del_b = PlainLanguageEdit(
            self.tr("B – når og hvor"),
            placeholder=self.tr("For eksempel: to måltider per dag selv,"),
            lines=1,
        )
        self.del_c = PlainLanguageEdit(
            self.tr("C – hvordan det nås"),
            placeholder=self.tr("For eksempel: og foreldrene følger opp og bistår slik at hun klarer det."),
            lines=1,
        )
        form = Rows()
        form.addRow(_buddy(self.tr("&A – hva barnet gjør (nåtid)"), self.del_a), self.del_a)
        form.addRow(_buddy(self.tr("&B – når og hvor"), self.del_b), self.del_b)
        form.addRow(_buddy(self.tr("&C – hvordan det nås"), self.del_c), self.del_c)
        self.body.addLayout(form)

        self.preview_title = QLabel()
        self.preview_title.setStyleSheet("font-weight: bold;")
        self.preview = _note("", self.tr("Forhåndsvisning av målet"), style="")
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview.setMargin(6)
        self.body.addWidget(self.preview_title)
        self.body.addWidget(self.preview)

        self.body.addWidget(_heading(self.tr("Sjekk målet")))
        self.checks: dict[str, QCheckBox] = {}
        for attr, text, name in self.CHECKS:
            box = named(QCheckBox(self.tr(text)), self.tr(name))
            self.checks[attr] = box
            self.body.addWidget(box)

        for edit in (self.del_a, self.del_b, self.del_c):
            edit.textChanged.connect(self._update_preview)
        if current is not None:
            self.del_a.setPlainText(current.del_a)
            self.del_b.setPlainText(current.del_b)
            self.del_c.setPlainText(current.del_c)
        self._update_preview()
        self.finish(660)

    def parts(self) -> tuple[str, str, str]:
        return self.del_a.toPlainText(), self.del_b.toPlainText(), self.del_c.toPlainText()

    def _update_preview(self) -> None:
        a, b, c = (p.strip() for p in self.parts())
        level = "+".join(x for x, part in zip("ABC", (a, b, c), strict=True) if part)
        self.preview_title.setText(
            self.tr("Slik blir målet ({0}):").format(level) if level else self.tr("Slik blir målet:")
        )
        text = combine_mal(a, b, c)
        if text:
            self.preview.setText(text)
            self.preview.setStyleSheet("")
        else:
            self.preview.setText(
                self.tr(
                    "Målet vises her mens du skriver. Eksempel: Ella øver på å spise to måltider per dag selv, "
                    "og foreldrene følger opp og bistår slik at hun klarer det."
                )
            )
            self.preview.setStyleSheet(NOTE_STYLE)

    def work(self) -> Callable[[Context], Changes] | None:
        a, b, c = self.parts()
        flags = {attr: box.isChecked() for attr, box in self.checks.items()}
        oppmerksomhet_id = self.oppmerksomhet.id
        return lambda ctx: content.set_mal(ctx, oppmerksomhet_id, del_a=a, del_b=b, del_c=c, **flags)


# --------------------------------------------------------------------------- tiltak


def _actor_key(arena: Arena, ansvarlig_id: uuid.UUID | None) -> tuple[Arena, uuid.UUID | None]:
    return (arena, ansvarlig_id if arena is Arena.TJENESTE else None)


def open_tiltak_for(oppmerksomhet: OppmerksomhetInfo, arena: Arena, ansvarlig_id: uuid.UUID | None) -> list[TiltakInfo]:
    """The actor's active and planned tiltak for the concern (their tiltakstrapp so far)."""
    key = _actor_key(arena, ansvarlig_id)
    return [
        t
        for t in oppmerksomhet.tiltak
        if t.status in (TiltakStatus.AKTIV, TiltakStatus.PLANLAGT) and _actor_key(t.arena, t.ansvarlig_id) == key
    ]


class TiltakDialog(_Form):
    """A new tiltak: what, whose (one responsible), period and evaluation date, and the ladder step.

    Stores ``self.changes``: ``created`` is the new tiltak's id, ``warnings`` the guide's coverage
    advice (e.g. a missing home tiltak) for the caller to show.
    """

    def __init__(
        self,
        backend: Backend,
        snap: LoggSnapshot,
        oppmerksomhet: OppmerksomhetInfo,
        arena: Arena | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(backend, self.tr("Nytt tiltak"), ok_text=self.tr("&Lagre tiltaket"), parent=parent)
        self.snap = snap
        self.oppmerksomhet = oppmerksomhet
        self.barn_fornavn = snap.barn.split()[0] if snap.barn else self.tr("Barnet")
        self.holder = Role.STAFETTHOLDER in snap.roles
        self.candidates: list[Kandidat] = []
        start = today(backend)

        header = self.tr("Oppmerksomhet: «{0}»").format(oppmerksomhet.tekst)
        if oppmerksomhet.mal is not None:
            header += "\n" + self.tr("Mål: «{0}»").format(oppmerksomhet.mal.tekst)
        self.body.addWidget(_note(header, self.tr("Oppmerksomheten")))
        if oppmerksomhet.warnings:
            self.body.addWidget(
                _note("\n".join(oppmerksomhet.warnings), self.tr("Råd om tiltakene"), style=WARNING_STYLE)
            )
        if oppmerksomhet.avsluttet:
            self.body.addWidget(
                _note(
                    self.tr("Oppmerksomheten er avsluttet, så det kan ikke legges inn nye tiltak."),
                    self.tr("Oppmerksomheten er avsluttet"),
                    style=WARNING_STYLE,
                )
            )
            _read_only_buttons(self)

        self.body.addWidget(
            _note(
                self.tr(
                    "Et tiltak er kort og konkret: hva dere gjør for å nå målet. Det har én ansvarlig; skal flere "
                    "gjøre det samme, legg inn ett tiltak for hver. Teksten kan rettes i 8 timer etter at den er "
                    "lagret."
                ),
                self.tr("Om tiltak"),
            )
        )
        self.body.addSpacing(6)
        form = Rows()

        self.tekst = PlainLanguageEdit(
            self.tr("Tiltak"),
            placeholder=self.tr(
                "Kort og konkret: hva gjør den ansvarlige, når og hvor? For eksempel: «Ahmed Karimi sitter ved "
                "siden av Ella ved lunsjen hver dag.»"
            ),
            lines=3,
        )
        form.addRow(_buddy(self.tr("&Tiltak"), self.tekst), self.tekst)

        self.arena_group = QButtonGroup(self)
        self.arena_buttons = {
            Arena.TJENESTE: _radio(self.tr("I t&jenesten"), self.tr("I tjenesten")),
            Arena.HJEM: _radio(self.tr("I &hjemmet"), self.tr("I hjemmet")),
            Arena.BARN: _radio(self.tr("&Barnets eget ({0})").format(self.barn_fornavn), self.tr("Barnets eget")),
        }
        arena_row = QHBoxLayout()
        for value, button in self.arena_buttons.items():
            self.arena_group.addButton(button)
            arena_row.addWidget(button)
            button.setEnabled(self.holder or value is Arena.HJEM)
        arena_row.addStretch(1)
        arena_label = QLabel(self.tr("Hvem er det for?"))
        form.addRow(arena_label, arena_row)
        if not self.holder:
            form.addRow(
                "",
                _note(
                    self.tr("Foresatte legger inn tiltak i hjemmet. Andre tiltak legger stafettholderen inn."),
                    self.tr("Om hvem som legger inn tiltak"),
                ),
            )
            arena = Arena.HJEM

        self.ansvarlig = _combo(self.tr("Ansvarlig aktør"))
        self.ansvarlig_fixed = QLabel()
        self.ansvarlig_fixed.setAccessibleName(self.tr("Ansvarlig (automatisk)"))
        responsible = QHBoxLayout()
        responsible.addWidget(self.ansvarlig, 1)
        responsible.addWidget(self.ansvarlig_fixed, 1)
        form.addRow(_buddy(self.tr("&Ansvarlig"), self.ansvarlig), responsible)
        self.ansvarlig_note = _note("", self.tr("Om ansvarlig"))
        form.addRow("", self.ansvarlig_note)

        self.fra = DateRow(self.tr("&Startdato"), self.tr("Startdato"), start, start)
        self.til = DateRow(self.tr("Sl&uttdato"), self.tr("Sluttdato"), start + dt.timedelta(weeks=6), start)
        self.evaluering = DateRow(
            self.tr("&Evalueringsdato"), self.tr("Evalueringsdato"), start + dt.timedelta(weeks=6), start
        )
        for row in (self.fra, self.til, self.evaluering):
            row.add_to(form)

        self.neste_trinn = named(
            QCheckBox(self.tr("&Neste trinn i tiltakstrappen")), self.tr("Neste trinn i tiltakstrappen")
        )
        form.addRow("", self.neste_trinn)
        self.trapp_note = _note("", self.tr("Om tiltakstrappen"))
        form.addRow("", self.trapp_note)
        self.body.addLayout(form)

        self.arena_group.buttonToggled.connect(lambda *_: self._update())
        self.ansvarlig.currentIndexChanged.connect(lambda *_: self._update())
        if arena is not None:
            self.arena_buttons[arena].setChecked(True)
        self.ansvarlig.setPlaceholderText(self.tr("Henter aktører …"))
        self.ansvarlig.setEnabled(False)
        self._update()
        if self.holder:
            logg_id = snap.id
            backend.call(
                lambda ctx: actor_candidates(ctx, logg_id),
                success=while_alive(self, self._set_candidates),
                failure=while_alive(self, self.show_error),
            )
        self.finish(680)

    # ------------------------------------------------------------------ state

    def arena(self) -> Arena | None:
        for value, button in self.arena_buttons.items():
            if button.isChecked():
                return value
        return None

    def ansvarlig_id(self) -> uuid.UUID | None:
        if self.arena() is not Arena.TJENESTE:
            return None
        data = self.ansvarlig.currentData()
        return data if isinstance(data, uuid.UUID) else None

    def _actor_name(self) -> str:
        arena = self.arena()
        if arena is Arena.HJEM:
            return self.tr("Foresatte")
        if arena is Arena.BARN:
            return self.barn_fornavn
        chosen = self.ansvarlig_id()
        return next((c.navn for c in self.candidates if c.id == chosen), "")

    def _set_candidates(self, candidates: list[Kandidat]) -> None:
        self.candidates = candidates
        busy = {t.ansvarlig_id for t in self.oppmerksomhet.tiltak if t.status is TiltakStatus.AKTIV}
        self.ansvarlig.clear()
        for c in candidates:
            where = self.tr("ekstern aktør") if c.ekstern else c.enhet
            text = f"{c.navn} – {where}" if where else c.navn
            if c.ekstern and c.enhet:
                text = f"{c.navn} – {c.enhet} ({self.tr('ekstern aktør')})"
            if c.id in busy:
                text += self.tr(" – har et aktivt tiltak her")
            self.ansvarlig.addItem(text, c.id)
        self.ansvarlig.setPlaceholderText(self.tr("Velg ansvarlig aktør"))
        self.ansvarlig.setCurrentIndex(-1)
        self.ansvarlig.setEnabled(True)
        self._update()

    def _update(self) -> None:
        arena = self.arena()
        service = arena is Arena.TJENESTE
        self.ansvarlig.setVisible(service)
        self.ansvarlig_fixed.setVisible(not service)
        if arena is None:
            self.ansvarlig_fixed.setText(self.tr("Velg først hvem tiltaket er for."))
            self.ansvarlig_note.setText("")
        elif arena is Arena.HJEM:
            self.ansvarlig_fixed.setText(self.tr("Foresatte (automatisk)"))
            self.ansvarlig_note.setText(
                self.tr("Et tiltak i hjemmet er alltid foresattes ansvar. Foresatte former det selv.")
            )
        elif arena is Arena.BARN:
            self.ansvarlig_fixed.setText(self.tr("{0} (automatisk)").format(self.barn_fornavn))
            self.ansvarlig_note.setText(
                self.tr("{0} har selv ansvaret for dette tiltaket, tilpasset alderen.").format(self.barn_fornavn)
            )
        elif self.snap.niva == 1:
            self.ansvarlig_note.setText(
                self.tr(
                    "Loggen er på nivå 1, så bare aktører fra {0} kan velges. Hev nivået for å knytte til "
                    "aktører fra andre tjenester eller eksterne aktører."
                ).format(self.snap.enhet)
            )
        else:
            self.ansvarlig_note.setText(
                self.tr("Loggen er på nivå {0}: aktører fra alle tjenester og eksterne aktører kan velges.").format(
                    self.snap.niva
                )
            )
        self.ansvarlig_note.setVisible(bool(self.ansvarlig_note.text()))
        self._update_ladder()
        self.fit_height()

    def _update_ladder(self) -> None:
        arena = self.arena()
        name = self._actor_name()
        if arena is None or (arena is Arena.TJENESTE and self.ansvarlig_id() is None):
            existing: list[TiltakInfo] = []
            self.trapp_note.setText(self.tr("Velg ansvarlig først."))
        else:
            existing = open_tiltak_for(self.oppmerksomhet, arena, self.ansvarlig_id())
            active = [t for t in existing if t.status is TiltakStatus.AKTIV]
            if active:
                self.trapp_note.setText(
                    self.tr(
                        "{0} har allerede et aktivt tiltak her: «{1}». Hver aktør har bare ett aktivt tiltak "
                        "om gangen. Kryss av for å legge det nye inn som neste trinn; det blir aktivt når det "
                        "forrige er evaluert."
                    ).format(name, active[0].tekst)
                )
            elif existing:
                self.trapp_note.setText(
                    self.tr("{0} har planlagte trinn her. Kryss av for å legge dette inn etter dem.").format(name)
                )
            else:
                self.trapp_note.setText(self.tr("Dette blir første trinn for {0}.").format(name))
        self.neste_trinn.setEnabled(bool(existing))
        if not existing:
            self.neste_trinn.setChecked(False)

    def work(self) -> Callable[[Context], Changes] | None:
        arena = self.arena()
        if arena is None:
            self.show_error(self.tr("Velg om tiltaket er i tjenesten, i hjemmet eller barnets eget."))
            return None
        if arena is Arena.TJENESTE and not self.ansvarlig.isEnabled():
            self.show_error(self.tr("Aktørene er ikke hentet ennå. Prøv igjen om et øyeblikk."))
            return None
        oppmerksomhet_id, tekst, ansvarlig_id = self.oppmerksomhet.id, self.tekst.toPlainText(), self.ansvarlig_id()
        fra, til, evaluering = self.fra.value(), self.til.value(), self.evaluering.value()
        neste_trinn = self.neste_trinn.isEnabled() and self.neste_trinn.isChecked()
        return lambda ctx: content.add_tiltak(
            ctx,
            oppmerksomhet_id,
            tekst=tekst,
            arena=arena,
            ansvarlig_id=ansvarlig_id,
            fra_dato=fra,
            til_dato=til,
            evalueringsdato=evaluering,
            neste_trinn=neste_trinn,
        )


# --------------------------------------------------------------------------- retting av tiltak


class CorrectTiltakDialog(_Form):
    """Correct a tiltak's text within 8 hours of entry; its period and evaluation date any time.

    After the window the text is read only, with the reason and the text's history. Stores
    ``self.changes`` (None if nothing was changed).
    """

    def __init__(
        self,
        backend: Backend,
        tiltak: TiltakInfo,
        history_rows: Sequence[TekstEndring] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(backend, "", parent=parent)
        self.tiltak = tiltak
        self.deadline = tiltak.created_at + CORRECTION_WINDOW
        self.frozen = tiltak.correction_left <= dt.timedelta(0) or not tiltak.may_write
        start = today(backend)

        self.body.addWidget(
            _note(
                self.tr("{0} · ansvarlig: {1} · lagt inn {2}").format(
                    _tr(ARENA_TEXT[tiltak.arena]), tiltak.ansvarlig, _moment(tiltak.created_at)
                ),
                self.tr("Om tiltaket"),
            )
        )
        self.countdown = _note("", self.tr("Tid igjen til retting"), style="font-weight: bold;")
        self.body.addWidget(self.countdown)
        self.why = _note("", self.tr("Om retting"))
        self.body.addWidget(self.why)

        form = Rows()
        self.tekst = PlainLanguageEdit(self.tr("Tiltak"), lines=3)
        self.tekst.setPlainText(tiltak.tekst)
        form.addRow(_buddy(self.tr("&Tiltak"), self.tekst), self.tekst)
        self.fra = DateRow(self.tr("&Startdato"), self.tr("Startdato"), tiltak.fra_dato, start)
        self.til = DateRow(self.tr("Sl&uttdato"), self.tr("Sluttdato"), tiltak.til_dato, start)
        self.evaluering = DateRow(
            self.tr("&Evalueringsdato"), self.tr("Evalueringsdato"), tiltak.evalueringsdato, start
        )
        for row in (self.fra, self.til, self.evaluering):
            row.add_to(form)
            row.set_read_only(not tiltak.may_write)
        self.body.addLayout(form)

        self.history = named(QListWidget(), self.tr("Historikk for teksten"))
        self.history.setWordWrap(True)
        self.history.setAlternatingRowColors(True)
        self.body.addWidget(_buddy(self.tr("&Historikk for teksten (nyeste først)"), self.history))
        self.body.addWidget(self.history, 1)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.update_countdown)
        self.update_countdown()
        if not tiltak.may_write:
            _read_only_buttons(self)
        if history_rows is not None:
            self.set_history(list(history_rows))
        else:
            self.history.addItem(self.tr("Henter historikken …"))
            tiltak_id = tiltak.id
            backend.call(
                lambda ctx: tiltak_text_history(ctx, tiltak_id),
                success=while_alive(self, self.set_history),
                failure=while_alive(self, self.show_error),
            )
        self.finish(640, 560)

    def time_left(self) -> dt.timedelta:
        if self.tiltak.correction_left <= dt.timedelta(0):
            return dt.timedelta(0)
        return max(self.deadline - self.backend.clock(), dt.timedelta(0))

    def update_countdown(self) -> None:
        """Show the time left; freeze the text when it has run out (the timer calls this each minute)."""
        left = self.time_left()
        why = ""
        if not self.tiltak.may_write:
            self.frozen = True
            if self.tiltak.status in (TiltakStatus.AKTIV, TiltakStatus.PLANLAGT):
                status = self.tr("Du kan bare rette tiltak du selv har ansvar for.")
            else:
                status = self.tr("Tiltaket er avsluttet og kan ikke endres.")
        elif left > dt.timedelta(0):
            self.frozen = False
            status = self.tr("Kan rettes i {0} til (fram til {1}).").format(_duration(left), _moment(self.deadline))
            # Wake when the shown minute changes.
            self.timer.start(int((left.total_seconds() % 60 or 60) * 1000) + 50)
        else:
            self.frozen = True
            hours = int(CORRECTION_WINDOW.total_seconds() // 3600)
            status = self.tr("Teksten kan ikke rettes lenger.")
            why = self.tr(
                "Et tiltak kan rettes i {0} timer etter at det ble lagt inn, og fristen gikk ut {1}. Teksten og "
                "historikken står som de er. Skal tiltaket endres, evaluer det og legg inn et nytt tiltak. "
                "Perioden og evalueringsdatoen kan du fortsatt endre."
            ).format(hours, _moment(self.deadline))
        self.countdown.setText(status)
        self.why.setText(why)
        self.why.setVisible(bool(why))
        if self.frozen:
            self.timer.stop()
        self.tekst.setReadOnly(self.frozen)
        # A locked field must look locked, not only refuse keys.
        self.tekst.setStyleSheet("QPlainTextEdit { background: #ececec; color: #1a1a1a; }" if self.frozen else "")
        editable = self.tiltak.may_write and not self.frozen
        _set_title(self, self.tr("Rett tiltak") if editable else self.tr("Tiltak"))
        self.fit_height()

    def set_history(self, rows: list[TekstEndring]) -> None:
        self.history.clear()
        for r in rows:
            if r.gammel:
                line = self.tr("{0}, {1}: «{2}» → «{3}»").format(_moment(r.at), r.hvem, r.gammel, r.ny)
            else:
                line = self.tr("{0}, {1}: lagt inn «{2}»").format(_moment(r.at), r.hvem, r.ny)
            self.history.addItem(line)
        if not rows:
            self.history.addItem(self.tr("Ingen endringer."))

    def show_error(self, message: str) -> None:
        super().show_error(message)
        self.update_countdown()  # a refusal of the text is usually the window having closed

    def work(self) -> Callable[[Context], Changes] | None:
        tekst = self.tekst.toPlainText()
        text_changed = tekst.strip() != self.tiltak.tekst.strip()
        period = (self.fra.value(), self.til.value(), self.evaluering.value())
        period_changed = period != (self.tiltak.fra_dato, self.tiltak.til_dato, self.tiltak.evalueringsdato)
        if text_changed and self.time_left() <= dt.timedelta(0):
            self.update_countdown()
            self.show_error(
                self.tr(
                    "Fristen for å rette teksten er ute, så den nye teksten kan ikke lagres. "
                    "Kopier den inn i et nytt tiltak."
                )
            )
            return None
        if not text_changed and not period_changed:
            self.accept()
            return None
        tiltak_id = self.tiltak.id
        fra, til, evaluering = period

        def work(ctx: Context) -> Changes:
            changes = Changes()
            if text_changed:
                changes.merge(content.correct_tiltak_text(ctx, tiltak_id, tekst))
            if period_changed:
                changes.merge(
                    content.update_tiltak_period(ctx, tiltak_id, fra_dato=fra, til_dato=til, evalueringsdato=evaluering)
                )
            return changes

        return work


# --------------------------------------------------------------------------- evaluering


class EvaluateDialog(_Form):
    """The guide's decision tree, once per tiltak. An evaluated tiltak is shown read only.

    Stores ``self.changes`` and ``self.beslutning`` (the decision saved) so the caller can
    follow up: «Endre målsetting» → the goal dialog, «Endre tiltak» → a new tiltak.
    """

    def __init__(
        self,
        backend: Backend,
        tiltak: TiltakInfo,
        moter: Sequence[MoteInfo] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(backend, self.tr("Evaluer tiltaket"), ok_text=self.tr("&Lagre evalueringen"), parent=parent)
        self.tiltak = tiltak
        self.beslutning: Beslutning | None = None  # set once saved
        self._chosen: Beslutning | None = None
        self.read_only = tiltak.evaluering is not None or not tiltak.may_evaluate

        self.body.addWidget(named(_heading(tiltak.tekst), self.tr("Tiltaket")))
        self.body.addWidget(
            _note(
                self.tr("{0} · ansvarlig: {1} · periode {2}–{3} · evalueringsdato {4}").format(
                    _tr(ARENA_TEXT[tiltak.arena]),
                    tiltak.ansvarlig,
                    _day(tiltak.fra_dato),
                    _day(tiltak.til_dato),
                    _day(tiltak.evalueringsdato),
                ),
                self.tr("Om tiltaket"),
            )
        )
        self.body.addSpacing(6)
        if self.read_only:
            self._build_read_only()
            self.finish(600)
            return

        self.body.addWidget(
            _note(
                self.tr(
                    "Evaluer i et møte, fysisk eller på telefon, med aktørene som har aktive tiltak. "
                    "Et tiltak kan bare evalueres én gang."
                ),
                self.tr("Om evalueringen"),
            )
        )
        # The family first: they have the last word, so their view comes before the decision.
        self.familie = PlainLanguageEdit(
            self.tr("Familiens vurdering"),
            placeholder=self.tr("Hva sier barnet, mor og far? For eksempel: Ella sier at hun liker å spise selv."),
            description=self.tr("Barnet og familien har siste ord i evalueringen."),
            lines=2,
        )
        self.body.addWidget(
            _buddy(
                self.tr(
                    "Familiens &vurdering – barnet og familien har siste ord. Skriv hva de sier, før dere bestemmer:"
                ),
                self.familie,
                wrap=True,
            )
        )
        self.body.addWidget(self.familie)
        self.body.addWidget(_line())

        # Step 1: is the goal reached?
        self.tree = QWidget()
        tree = QVBoxLayout(self.tree)
        tree.setContentsMargins(0, 0, 0, 0)
        tree.addWidget(_heading(self.tr("Er målet nådd?")))
        self.answer = QButtonGroup(self)
        self.ja = _radio(self.tr("&Ja"), self.tr("Ja, målet er nådd"))
        self.nei = _radio(self.tr("&Nei"), self.tr("Nei, målet er ikke nådd"))
        answers = QHBoxLayout()
        for button in (self.ja, self.nei):
            self.answer.addButton(button)
            answers.addWidget(button)
        answers.addStretch(1)
        tree.addLayout(answers)
        # Step 2: what now? Only the choices that fit the answer are shown.
        tree.addWidget(_heading(self.tr("Hva gjør dere videre?")))
        self.prompt = _note(self.tr("Svar først på om målet er nådd."), self.tr("Neste steg"))
        tree.addWidget(self.prompt)
        self.decisions = QButtonGroup(self)
        self.decision_buttons = {
            Beslutning.NYE_MAL: _radio(self.tr("Sette nye &mål – tiltaket avsluttes"), self.tr("Nye mål")),
            Beslutning.FORTSETTE: _radio(
                self.tr("F&ortsette – samme tiltak i en ny periode, og det evalueres på nytt"), self.tr("Fortsette")
            ),
            Beslutning.ENDRE_MAL: _radio(
                self.tr("Endre mål&settingen – tiltaket avsluttes, og dere setter et nytt mål"),
                self.tr("Endre målsetting"),
            ),
            Beslutning.ENDRE_TILTAK: _radio(
                self.tr("Endre t&iltaket – tiltaket avsluttes, og dere legger inn et nytt"), self.tr("Endre tiltak")
            ),
            Beslutning.AVSLUTTE: _radio(self.tr("&Avslutte tiltaket"), self.tr("Avslutte tiltaket")),
        }
        for button in self.decision_buttons.values():
            self.decisions.addButton(button)
            tree.addWidget(button)
        ny_row = QHBoxLayout()
        ny_row.setContentsMargins(24, 0, 0, 0)
        start = today(backend)
        self.ny_evalueringsdato = _date_edit(self.tr("Ny evalueringsdato"), start + dt.timedelta(weeks=6))
        self.ny_evalueringsdato.setMinimumDate(_qdate(start + dt.timedelta(days=1)))
        ny_row.addWidget(_buddy(self.tr("Ny &evalueringsdato for den nye perioden:"), self.ny_evalueringsdato))
        ny_row.addWidget(self.ny_evalueringsdato)
        ny_row.addStretch(1)
        self.ny_row = QWidget()
        self.ny_row.setLayout(ny_row)
        tree.addWidget(self.ny_row)
        self.body.addWidget(self.tree)

        # Or: wrongly registered — not an answer to the question, so apart from it.
        self.body.addWidget(_line())
        self.feil = named(
            QCheckBox(self.tr("Tiltaket er &feilregistrert (for eksempel med feil ansvarlig)")),
            self.tr("Feilregistrert"),
        )
        self.body.addWidget(self.feil)
        if tiltak.arena is Arena.TJENESTE:
            explain = self.tr(
                "Et feilregistrert tiltak lukkes uten å vurderes mot målet. Velger du riktig ansvarlig, legges "
                "det samme tiltaket inn på nytt med riktig aktør og samme periode, og det nye erstatter det gamle."
            )
        else:
            explain = self.tr(
                "Et feilregistrert tiltak lukkes uten å vurderes mot målet. {0} har alltid samme ansvarlig, "
                "så det er ingen annen ansvarlig å velge."
            ).format(_tr(ARENA_TEXT[tiltak.arena]))
        feil_note = _note(explain, self.tr("Om feilregistrering"))
        feil_note.setContentsMargins(24, 0, 0, 0)
        self.body.addWidget(feil_note)
        self.feil_panel = QWidget()
        feil = Rows(self.feil_panel)
        feil.setContentsMargins(24, 0, 0, 0)
        self.riktig = _combo(self.tr("Riktig ansvarlig"))
        self.riktig.addItem(self.tr("Ingen ny ansvarlig – bare marker tiltaket som feilregistrert"), None)
        feil.addRow(_buddy(self.tr("&Riktig ansvarlig (valgfritt)"), self.riktig), self.riktig)
        self.body.addWidget(self.feil_panel)
        self.body.addWidget(_line())

        form = Rows()
        self.kommentar = PlainLanguageEdit(self.tr("Kommentar"), lines=2)
        form.addRow(_buddy(self.tr("&Kommentar"), self.kommentar), self.kommentar)
        self.mote = _combo(self.tr("Møte"))
        self.mote.addItem(self.tr("Ikke knyttet til et møte"), None)
        for m in moter:
            place = f" – {m.sted}" if m.sted else ""
            self.mote.addItem(f"{_moment(m.tidspunkt)}{place}", m.id)
        self._moter = {m.id: m for m in moter}
        form.addRow(_buddy(self.tr("Mø&te"), self.mote), self.mote)
        self.dato = _date_edit(self.tr("Dato"), start)
        form.addRow(_buddy(self.tr("&Dato for evalueringen"), self.dato), self.dato)
        self.body.addLayout(form)

        self.answer.buttonToggled.connect(lambda *_: self._update())
        self.decisions.buttonToggled.connect(lambda *_: self._update())
        self.feil.toggled.connect(lambda *_: self._update())
        self.mote.currentIndexChanged.connect(self._mote_chosen)
        self._update()
        if tiltak.arena is Arena.TJENESTE:
            tiltak_id = tiltak.id
            backend.call(
                lambda ctx: actor_candidates_for_tiltak(ctx, tiltak_id),
                success=while_alive(self, self._set_candidates),
                failure=while_alive(self, self.show_error),
            )
        self.finish(680)

    def _build_read_only(self) -> None:
        ev = self.tiltak.evaluering
        if ev is not None:
            nadd = {True: self.tr("ja"), False: self.tr("nei"), None: self.tr("ikke vurdert (feilregistrert)")}
            status = self.tr("Tiltaket er allerede evaluert.")
            lines = [
                self.tr("Det ble evaluert {0} av {1}. Et tiltak kan bare evalueres én gang.").format(
                    _day(ev.dato), ev.av
                ),
                self.tr("Målet nådd: {0}").format(nadd[ev.mal_nadd]),
                self.tr("Beslutning: {0}").format(_tr(BESLUTNING_TEXT[ev.beslutning])),
            ]
            if ev.familiens_vurdering:
                lines.append(self.tr("Familiens vurdering: {0}").format(ev.familiens_vurdering))
            if ev.kommentar:
                lines.append(self.tr("Kommentar: {0}").format(ev.kommentar))
            text = "\n".join(lines)
        else:
            status = self.tr("Tiltaket kan ikke evalueres nå.")
            if self.tiltak.status is TiltakStatus.PLANLAGT:
                text = self.tr(
                    "Tiltaket er et planlagt trinn i tiltakstrappen. Det kan evalueres når det er blitt aktivt, "
                    "etter at trinnet før er evaluert."
                )
            elif self.tiltak.status is not TiltakStatus.AKTIV:
                text = self.tr("Tiltaket er avsluttet og kan ikke evalueres.")
            else:
                text = self.tr("Bare den ansvarlige og stafettholderen kan evaluere dette tiltaket.")
        self.body.addWidget(_note(status, self.tr("Status for evalueringen"), style="font-weight: bold;"))
        self.body.addWidget(_note(text, self.tr("Evalueringen"), style=""))
        _read_only_buttons(self)

    def _set_candidates(self, candidates: list[Kandidat]) -> None:
        for c in candidates:
            if c.id != self.tiltak.ansvarlig_id:
                self.riktig.addItem(f"{c.navn} – {c.enhet}" if c.enhet else c.navn, c.id)

    def _mote_chosen(self) -> None:
        mote = self._moter.get(self.mote.currentData())
        if mote is not None:
            self.dato.setDate(_qdate(mote.tidspunkt.astimezone(OSLO).date()))

    def mal_nadd(self) -> bool | None:
        if self.ja.isChecked():
            return True
        if self.nei.isChecked():
            return False
        return None

    def decision(self) -> Beslutning | None:
        if self.feil.isChecked():
            return Beslutning.FEILREGISTRERT
        for value, button in self.decision_buttons.items():
            if button.isChecked() and not button.isHidden():
                return value
        return None

    def _update(self) -> None:
        feil = self.feil.isChecked()
        self.tree.setEnabled(not feil)
        self.feil_panel.setVisible(feil and self.tiltak.arena is Arena.TJENESTE)
        nadd = self.mal_nadd()
        fits = {
            None: set(),
            True: {Beslutning.NYE_MAL, Beslutning.AVSLUTTE},
            False: {Beslutning.FORTSETTE, Beslutning.ENDRE_MAL, Beslutning.ENDRE_TILTAK, Beslutning.AVSLUTTE},
        }[nadd]
        for value, button in self.decision_buttons.items():
            if value not in fits and button.isChecked():
                self.decisions.setExclusive(False)
                button.setChecked(False)
                self.decisions.setExclusive(True)
            button.setVisible(value in fits)
        self.prompt.setVisible(nadd is None)
        self.ny_row.setVisible(self.decision_buttons[Beslutning.FORTSETTE].isChecked() and not feil)
        self.fit_height()

    def work(self) -> Callable[[Context], Changes] | None:
        beslutning = self.decision()
        feil = beslutning is Beslutning.FEILREGISTRERT
        mal_nadd = None if feil else self.mal_nadd()
        if not feil and mal_nadd is None:
            self.show_error(self.tr("Svar på om målet er nådd: ja eller nei."))
            return None
        if beslutning is None:
            self.show_error(self.tr("Velg hva dere gjør videre."))
            return None
        ny = _pydate(self.ny_evalueringsdato.date()) if beslutning is Beslutning.FORTSETTE else None
        riktig = self.riktig.currentData() if feil else None
        values: dict[str, Any] = dict(
            mal_nadd=mal_nadd,
            beslutning=beslutning,
            familiens_vurdering=self.familie.toPlainText(),
            kommentar=self.kommentar.toPlainText(),
            dato=_pydate(self.dato.date()),
            mote_id=self.mote.currentData(),
            ny_evalueringsdato=ny,
            riktig_ansvarlig_id=riktig if isinstance(riktig, uuid.UUID) else None,
        )
        self._chosen = beslutning
        tiltak_id = self.tiltak.id
        return lambda ctx: content.evaluate_tiltak(ctx, tiltak_id, **values)

    def accept(self) -> None:
        """Called when the evaluation was saved: the caller may follow the decision up."""
        self.beslutning = self._chosen
        super().accept()


# --------------------------------------------------------------------------- lysglimt


class LysglimtDialog(_Form):
    """Something that went well. Anyone in the log may write one. Stores ``self.changes``."""

    def __init__(
        self,
        backend: Backend,
        logg_id: uuid.UUID,
        oppmerksomheter: Sequence[OppmerksomhetInfo] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(backend, self.tr("Nytt lysglimt"), ok_text=self.tr("&Lagre lysglimtet"), parent=parent)
        self.logg_id = logg_id
        self.body.addWidget(_heading(self.tr("Hva gikk bra?")))
        self.body.addWidget(
            _note(
                self.tr(
                    "Et lysglimt er noe som gikk bra, og som viser at det går framover. Skriv det slik at "
                    "barnet kan lese det, eller få det lest høyt."
                ),
                self.tr("Om lysglimt"),
            )
        )
        self.tekst = PlainLanguageEdit(
            self.tr("Hva gikk bra?"),
            placeholder=self.tr(
                "For eksempel: Ella spiste hele middagen selv i dag. Hun ville vise far den tomme tallerkenen."
            ),
            lines=4,
        )
        form = Rows()
        form.addRow(_buddy(self.tr("&Hva gikk bra?"), self.tekst), self.tekst)
        self.oppmerksomhet = _combo(self.tr("Gjelder oppmerksomhet"))
        self.oppmerksomhet.addItem(self.tr("Ingen bestemt oppmerksomhet"), None)
        for o in oppmerksomheter:
            if not o.avsluttet:
                self.oppmerksomhet.addItem(o.tekst, o.id)
        form.addRow(_buddy(self.tr("&Gjelder (valgfritt)"), self.oppmerksomhet), self.oppmerksomhet)
        day = today(backend)
        self.dato = _date_edit(self.tr("Dato"), day)
        self.dato.setMaximumDate(_qdate(day))  # something that has happened
        form.addRow(_buddy(self.tr("&Dato"), self.dato), self.dato)
        self.body.addLayout(form)
        self.finish(600)

    def work(self) -> Callable[[Context], Changes] | None:
        tekst = self.tekst.toPlainText()
        oppmerksomhet_id = self.oppmerksomhet.currentData()
        dato = _pydate(self.dato.date())
        logg_id = self.logg_id
        return lambda ctx: content.post_lysglimt(ctx, logg_id, tekst, oppmerksomhet_id=oppmerksomhet_id, dato=dato)


__all__ = [
    "CorrectTiltakDialog",
    "DateRow",
    "EvaluateDialog",
    "LysglimtDialog",
    "MalDialog",
    "OppmerksomhetDialog",
    "TiltakDialog",
    "combine_mal",
    "open_tiltak_for",
]
