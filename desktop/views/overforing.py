"""«Overfør stafettlogg»: the sender's dialog, the log view's transfer buttons, and the
receiver's tab «Overføringer» with «Godta …» and «Avvis …».

The guide's rule runs through all of it: the sender keeps the log — and the responsibility —
until the receiver has accepted. The dialog loads its own data (``transfer.transfer_choices``),
so a unit leader who may not read the log can send it for an absent holder.
"""

from __future__ import annotations

import datetime as dt
import html
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop.core.context import OSLO, Changes, Context
from desktop.core.entities import OverforingStatus, OverforingType
from desktop.core.permissions import Action
from desktop.core.usecases import logs, transfer
from desktop.core.usecases.transfer import EnhetValg, OverforingRad, OverforingValg, SamtykkeValg, Valg
from desktop.models.backend import Backend
from desktop.models.rows import Column, RowsModel

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.views.forms import ERROR_STYLE, WARNING_STYLE, FormDialog, named
from desktop.views.widgets import GREY, RoleTab, current_row, list_table, select_by_id, sorted_proxy, while_alive

if TYPE_CHECKING:  # the snapshot code comes with the log view; «Overføringer» is built at start-up
    from desktop.core.snapshot import LoggSnapshot

OK_STYLE = "background: #e6f4ea; color: #0d3d1c; padding: 6px; border-radius: 4px;"  # 11:1

# Marked for lupdate; translated where shown.
KIND_TEXT = {
    OverforingType.INNEN_ENHET: QT_TRANSLATE_NOOP("overforing", "Innen enheten"),
    OverforingType.ANNEN_ENHET: QT_TRANSLATE_NOOP("overforing", "Til annen enhet"),
    OverforingType.ANNEN_KOMMUNE: QT_TRANSLATE_NOOP("overforing", "Til annen kommune"),
}
STATUS_TEXT = {
    OverforingStatus.VENTER: QT_TRANSLATE_NOOP("overforing", "Venter på svar"),
    OverforingStatus.AKSEPTERT: QT_TRANSLATE_NOOP("overforing", "Godtatt"),
    OverforingStatus.AVVIST: QT_TRANSLATE_NOOP("overforing", "Avvist"),
    OverforingStatus.TRUKKET: QT_TRANSLATE_NOOP("overforing", "Trukket tilbake"),
}


# The summary's labels, marked for lupdate (translated where shown).
FROM = QT_TRANSLATE_NOOP("overforing", "Fra:")
TO = QT_TRANSLATE_NOOP("overforing", "Til:")
SENT = QT_TRANSLATE_NOOP("overforing", "Sendt:")
REASON = QT_TRANSLATE_NOOP("overforing", "Grunn:")
GOING_ALONG = QT_TRANSLATE_NOOP("overforing", "Oppmerksomheter som følger med:")
NONE = QT_TRANSLATE_NOOP("overforing", "Ingen")
SENT_BY = QT_TRANSLATE_NOOP("overforing", "(sendt av {0})")
ANSWER = QT_TRANSLATE_NOOP("overforing", "Svar:")
ANSWERED = QT_TRANSLATE_NOOP("overforing", "{0} {1} av {2}.")
ANSWER_REASON = QT_TRANSLATE_NOOP("overforing", "Grunn: {0}")


def _tr(text: str) -> str:
    return QCoreApplication.translate("overforing", text)


def _day(value: dt.date | dt.datetime | None) -> str:
    if value is None:
        return "–"
    if isinstance(value, dt.datetime):
        value = value.astimezone(OSLO).date()
    return f"{value:%d.%m.%Y}"


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {GREY};")
    return label


def _reason_edit(name: str) -> QPlainTextEdit:
    edit = named(QPlainTextEdit(), name)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(70)
    return edit


def grow_to_fit(dialog: QWidget) -> None:
    """Taller when rows or a message appear, so nothing is squeezed (a window does not grow by itself)."""
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    needed = max(dialog.sizeHint().height(), dialog.minimumSizeHint().height())
    if dialog.height() < needed:
        dialog.resize(dialog.width(), needed)


class GrowingForm(FormDialog):
    """A form dialog that grows when its message appears."""

    def show_error(self, message: str) -> None:
        super().show_error(message)
        grow_to_fit(self)


# --------------------------------------------------------------------------- «Overfør stafettlogg»


class TransferConsentDialog(GrowingForm):
    """«Registrer samtykke til overføring»: the signed form for another unit or another kommune."""

    def __init__(
        self, backend: Backend, choices: OverforingValg, kind: OverforingType, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            backend,
            QCoreApplication.translate("TransferConsentDialog", "Registrer samtykke til overføring"),
            ok_text=QCoreApplication.translate("TransferConsentDialog", "&Registrer samtykket"),
            parent=parent,
        )
        self.choices = choices
        info = QLabel(
            self.tr(
                "Foreldrene samtykker på et signert skjema til at loggen for <b>{0}</b> kan overføres. "
                "Alle med foreldreansvar må signere. Arkiver skjemaet."
            ).format(html.escape(choices.barn))
        )
        info.setWordWrap(True)
        self.body.addWidget(info)
        scope = QGroupBox(self.tr("Samtykket gjelder"))
        scope_layout = QVBoxLayout(scope)
        self.enhet = named(QCheckBox(self.tr("Overføring til annen &enhet i kommunen")), self.tr("Til annen enhet"))
        self.kommune = named(QCheckBox(self.tr("Overføring til annen &kommune")), self.tr("Til annen kommune"))
        self.enhet.setChecked(kind is OverforingType.ANNEN_ENHET)
        self.kommune.setChecked(kind is OverforingType.ANNEN_KOMMUNE)
        scope_layout.addWidget(self.enhet)
        scope_layout.addWidget(self.kommune)
        self.body.addWidget(scope)
        signers = QGroupBox(self.tr("Hvem har signert?"))
        signers_layout = QVBoxLayout(signers)
        self.signers: list[tuple[uuid.UUID, QCheckBox]] = []
        for f in choices.foresatte:
            label = self.tr("{0} ({1}) har signert").format(f.navn, f.beskrivelse or self.tr("foresatt"))
            box = named(QCheckBox(label.replace("&", "&&")), self.tr("{0} har signert").format(f.navn))
            self.signers.append((f.id, box))
            signers_layout.addWidget(box)
        if not self.signers:
            signers_layout.addWidget(QLabel(self.tr("Barnet har ingen registrerte foresatte med foreldreansvar.")))
        self.body.addWidget(signers)
        form = QFormLayout()
        self.date = named(QDateEdit(), self.tr("Signert dato"))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd.MM.yyyy")
        today = backend.clock().astimezone(OSLO).date()
        self.date.setDate(today)
        self.date.setMaximumDate(today)
        form.addRow(self.tr("&Signert dato:"), self.date)
        self.body.addLayout(form)
        self.setMinimumWidth(520)

    def work(self) -> Callable[[Context], Changes] | None:
        if not (self.enhet.isChecked() or self.kommune.isChecked()):
            self.show_error(self.tr("Kryss av for hva samtykket gjelder."))
            return None
        barn_id, logg_id = self.choices.barn_id, self.choices.logg_id
        givers = [fid for fid, box in self.signers if box.isChecked()]
        enhet, kommune = self.enhet.isChecked(), self.kommune.isChecked()
        signed = self.date.date().toPython()
        assert isinstance(signed, dt.date)
        return lambda ctx: logs.register_samtykke(
            ctx,
            barn_id=barn_id,
            logg_id=logg_id,
            signert_dato=signed,
            overfore_enhet=enhet,
            overfore_kommune=kommune,
            gitt_av_foresatte=givers,
        )


class TransferDialog(GrowingForm):
    """«Overfør stafettlogg» for one log, by its holder or by a unit leader on their behalf.

    The three ways of the guide, a reason, the receiver, the concerns that go along (chosen
    with the family) and, to another unit or kommune, the signed consent that covers it.
    """

    def __init__(self, backend: Backend, logg_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(
            backend,
            QCoreApplication.translate("TransferDialog", "Overfør stafettlogg"),
            ok_text=QCoreApplication.translate("TransferDialog", "&Send overføringen"),
            parent=parent,
        )
        self.logg_id = logg_id
        self.choices: OverforingValg | None = None
        self.package_dialog: QWidget | None = None

        self.intro = QLabel(self.tr("Henter loggen …"))
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.RichText)
        self.intro.setAccessibleName(self.tr("Om overføringen"))
        self.body.addWidget(self.intro)

        # The three ways, each with one line that says what it means.
        ways = QGroupBox(self.tr("Hvor skal loggen?"))
        ways_layout = QVBoxLayout(ways)
        self.kinds = QButtonGroup(self)
        self.kind_buttons: dict[OverforingType, QRadioButton] = {}
        self.kind_hints: dict[OverforingType, QLabel] = {}
        for kind, text, name, explained in (
            (
                OverforingType.INNEN_ENHET,
                self.tr("&Innen enheten"),
                self.tr("Innen enheten"),
                self.tr("En annen stafettholder i enheten tar over loggen."),
            ),
            (
                OverforingType.ANNEN_ENHET,
                self.tr("Til annen &enhet i kommunen"),
                self.tr("Til annen enhet"),
                self.tr("Lederen der, eller en stafettholder du velger, tar over. Krever samtykke."),
            ),
            (
                OverforingType.ANNEN_KOMMUNE,
                self.tr("Til annen &kommune"),
                self.tr("Til annen kommune"),
                self.tr("Loggen eksporteres, og avsluttes her når kommunen har den. Krever samtykke."),
            ),
        ):
            button = named(QRadioButton(text), name, explained)
            self.kinds.addButton(button)
            self.kind_buttons[kind] = button
            hint = _hint(explained)
            hint.setWordWrap(False)  # one line each: wrapped labels in nested boxes get clipped
            hint.setContentsMargins(24, 0, 0, 4)
            self.kind_hints[kind] = hint
            ways_layout.addWidget(button)
            ways_layout.addWidget(hint)
        self.kind_buttons[OverforingType.INNEN_ENHET].setChecked(True)
        if backend.connected:  # a server-connected PC: the package way is not open yet
            from desktop.models.sync import packages_refused

            refused = packages_refused(backend) or ""
            self.kind_buttons[OverforingType.ANNEN_KOMMUNE].setEnabled(False)
            hint = self.kind_hints[OverforingType.ANNEN_KOMMUNE]
            hint.setText(self.tr("Ikke mulig ennå på en PC som er koblet til kommunens server."))
            hint.setToolTip(refused)  # the whole reason; one short line here, as the other hints
            hint.setAccessibleDescription(refused)
        for button in self.kind_buttons.values():
            button.toggled.connect(self._kind_toggled)
        self.body.addWidget(ways)

        # The receiver: one form whose rows follow the way chosen.
        receiver = QGroupBox(self.tr("Mottaker"))
        receiver.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.receiver_form = QFormLayout(receiver)
        self.holder = named(QComboBox(), self.tr("Ny stafettholder"))
        self.holder_label = QLabel(self.tr("Ny stafett&holder:"))
        self.holder_label.setBuddy(self.holder)
        self.unit = named(QComboBox(), self.tr("Enhet"))
        self.unit.currentIndexChanged.connect(lambda _i: self._unit_changed())
        self.unit_label = QLabel(self.tr("E&nhet:"))
        self.unit_label.setBuddy(self.unit)
        self.to_leader = named(QRadioButton(), self.tr("Lederen i enheten"))
        self.to_named = named(
            QRadioButton(self.tr("En &bestemt stafettholder i enheten:")), self.tr("En bestemt stafettholder")
        )
        who = QButtonGroup(self)
        who.addButton(self.to_leader)
        who.addButton(self.to_named)
        self.to_leader.toggled.connect(lambda _on: self._update_named())
        self.unit_holder = named(QComboBox(), self.tr("Ny stafettholder i enheten"))
        self.who_box = QWidget()
        who_layout = QVBoxLayout(self.who_box)
        who_layout.setContentsMargins(0, 0, 0, 0)
        who_layout.addWidget(self.to_leader)
        named_row = QHBoxLayout()
        named_row.addWidget(self.to_named)
        named_row.addWidget(self.unit_holder, 1)
        who_layout.addLayout(named_row)
        self.who_label = QLabel(self.tr("Hvem godtar:"))
        self.kommune = named(QLineEdit(), self.tr("Mottakerkommune"))
        self.kommune.setPlaceholderText(self.tr("For eksempel Nabovik kommune"))
        self.kommune_label = QLabel(self.tr("Ko&mmune:"))
        self.kommune_label.setBuddy(self.kommune)
        for combo in (self.holder, self.unit_holder):
            combo.currentIndexChanged.connect(lambda _i: self._update_responsibility())
        self.kommune.textChanged.connect(lambda _t: self._update_responsibility())
        self.receiver_form.addRow(self.holder_label, self.holder)
        self.receiver_form.addRow(self.unit_label, self.unit)
        self.receiver_form.addRow(self.who_label, self.who_box)
        self.receiver_form.addRow(self.kommune_label, self.kommune)
        self.body.addWidget(receiver)

        reason_form = QFormLayout()
        self.reason = _reason_edit(self.tr("Grunn til overføringen"))
        self.reason.setPlaceholderText(self.tr("For eksempel: Tori begynner på skolen i august."))
        reason_label = QLabel(self.tr("&Grunn (må fylles ut):"))
        reason_label.setBuddy(self.reason)
        reason_form.addRow(reason_label, self.reason)
        self.body.addLayout(reason_form)

        concerns = QGroupBox(self.tr("Oppmerksomheter som følger med"))
        concerns_layout = QVBoxLayout(concerns)
        concerns_layout.addWidget(
            _hint(self.tr("Velg sammen med familien. Det som ikke følger med, blir stående i historikken."))
        )
        self.concern_layout = QVBoxLayout()
        concerns_layout.addLayout(self.concern_layout)
        self.concern_boxes: list[tuple[uuid.UUID, QCheckBox]] = []
        self.body.addWidget(concerns)

        self.consent = QLabel()
        self.consent.setWordWrap(True)
        self.consent.setAccessibleName(self.tr("Samtykke til overføringen"))
        self.consent.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.register = named(
            QPushButton(self.tr("&Registrer samtykke til overføring …")), self.tr("Registrer samtykke til overføring")
        )
        self.register.setAutoDefault(False)
        self.register.clicked.connect(self.register_consent)
        consent_row = QHBoxLayout()
        consent_row.addWidget(self.consent, 1)
        consent_row.addWidget(self.register, 0, Qt.AlignmentFlag.AlignTop)
        self.body.addLayout(consent_row)

        self.responsibility = QLabel()
        self.responsibility.setWordWrap(True)
        self.responsibility.setAccessibleName(self.tr("Ansvaret"))
        self.body.addWidget(self.responsibility)

        self.body.addStretch(1)
        self.setMinimumWidth(640)
        self.setEnabled(False)
        self._kind_changed()
        self.load()

    # ------------------------------------------------------------------ loading

    def load(self) -> None:
        logg_id = self.logg_id
        self.backend.call(
            lambda ctx: transfer.transfer_choices(ctx, logg_id),
            success=while_alive(self, self._show),
            failure=while_alive(self, self._load_failed),
        )

    def _load_failed(self, message: str) -> None:
        self.setEnabled(True)
        self.intro.setText(html.escape(message))
        self.buttons.button(self.buttons.StandardButton.Ok).setEnabled(False)
        self.show_error(message)

    def _show(self, choices: OverforingValg) -> None:
        first = self.choices is None
        self.choices = choices
        self.setEnabled(True)
        e = html.escape
        text = self.tr("Overfør loggen for <b>{0}</b>. Stafettholder nå: {1}, {2}.").format(
            e(choices.barn), e(choices.stafettholder), e(choices.enhet)
        )
        if choices.on_behalf:
            text += " " + self.tr("Du sender den på vegne av {0}.").format(e(choices.stafettholder))
        self.intro.setText(text)
        self.kind_hints[OverforingType.INNEN_ENHET].setText(
            self.tr("En annen stafettholder i {0} tar over loggen.").format(choices.enhet)
        )
        if first:
            own = self._own_unit()
            self.holder.clear()
            for v in own.holdere if own else []:
                self.holder.addItem(self._person_text(v), v.id)
            self.holder.setCurrentIndex(-1)
            self.unit.blockSignals(True)
            self.unit.clear()
            for u in choices.enheter:
                if u.id != choices.enhet_id:
                    self.unit.addItem(u.navn, u.id)
            self.unit.setCurrentIndex(-1)
            self.unit.blockSignals(False)
            for i, o in enumerate(choices.oppmerksomheter):
                box = named(QCheckBox(o.navn.replace("&", "&&")), o.navn)
                box.setChecked(True)  # all go along unless the family chooses otherwise
                self.concern_boxes.append((o.id, box))
                self.concern_layout.addWidget(box)
                box.show()  # at once, not when the queued show comes round
                if i == 0 and not choices.may_read:
                    self.concern_layout.insertWidget(
                        0,
                        _hint(self.tr("Du kan ikke lese loggen, så oppmerksomhetene står med nummer. Spør familien.")),
                    )
            if not choices.oppmerksomheter:
                self.concern_layout.addWidget(QLabel(self.tr("Loggen har ingen aktive oppmerksomheter.")))
            self.to_leader.setChecked(True)
            self._unit_changed()
        self._kind_changed()
        if first:
            self.layout().activate()  # the hidden rows leave the size hint first
            self.adjustSize()
            self.kind_buttons[self.kind()].setFocus()  # the dialog was disabled while loading
        if choices.pending is not None:
            self.show_error(self.tr("Loggen venter allerede på at en mottaker skal godta en overføring."))

    def _own_unit(self) -> EnhetValg | None:
        assert self.choices is not None
        return next((u for u in self.choices.enheter if u.id == self.choices.enhet_id), None)

    def _chosen_unit(self) -> EnhetValg | None:
        unit_id = self.unit.currentData()
        if self.choices is None or not isinstance(unit_id, uuid.UUID):
            return None
        return next((u for u in self.choices.enheter if u.id == unit_id), None)

    def _person_text(self, v: Valg) -> str:
        return f"{v.navn} – {v.beskrivelse}" if v.beskrivelse else v.navn

    # ------------------------------------------------------------------ following the choices

    def kind(self) -> OverforingType:
        return next(k for k, b in self.kind_buttons.items() if b.isChecked())

    def _kind_toggled(self, on: bool) -> None:
        if on:
            self._kind_changed()

    def _kind_changed(self) -> None:
        kind = self.kind()
        rows = {
            OverforingType.INNEN_ENHET: (self.holder,),
            OverforingType.ANNEN_ENHET: (self.unit, self.who_box),
            OverforingType.ANNEN_KOMMUNE: (self.kommune,),
        }
        for k, fields in rows.items():
            for field in fields:
                self.receiver_form.setRowVisible(field, k is kind)
        self._update_consent()
        self._update_responsibility()
        if self.isVisible():
            grow_to_fit(self)

    def _unit_changed(self) -> None:
        unit = self._chosen_unit()
        self.unit_holder.clear()
        for v in unit.holdere if unit else []:
            self.unit_holder.addItem(self._person_text(v), v.id)
        leaders = ", ".join(v.navn for v in unit.ledere) if unit else ""
        if unit is None:
            self.to_leader.setText(self.tr("&Lederen i enheten velger ny stafettholder"))
        elif leaders:
            self.to_leader.setText(self.tr("&Lederen i enheten velger ny stafettholder ({0})").format(leaders))
        else:
            self.to_leader.setText(self.tr("&Lederen i enheten (enheten har ingen leder registrert)"))
        self.to_leader.setEnabled(unit is None or bool(unit.ledere))
        self.to_named.setEnabled(unit is not None and bool(unit.holdere))
        if unit is not None and not unit.ledere and unit.holdere:
            self.to_named.setChecked(True)
        elif unit is not None and unit.ledere and not unit.holdere:
            self.to_leader.setChecked(True)
        self._update_named()
        self._update_responsibility()

    def _update_named(self) -> None:
        self.unit_holder.setEnabled(self.to_named.isChecked() and self.to_named.isEnabled())
        self._update_responsibility()

    def covering(self) -> SamtykkeValg | None:
        kind = self.kind()
        if self.choices is None or kind is OverforingType.INNEN_ENHET:
            return None
        return self.choices.covering(kind)

    def _update_consent(self) -> None:
        kind = self.kind()
        if self.choices is None or kind is OverforingType.INNEN_ENHET:
            self.consent.setText(self.tr("Innen enheten trengs ikke et nytt samtykke."))
            self.consent.setStyleSheet(f"color: {GREY};")
            self.register.hide()
            return
        what = (
            self.tr("overføring til annen enhet")
            if kind is OverforingType.ANNEN_ENHET
            else self.tr("overføring til annen kommune")
        )
        found = self.choices.covering(kind)
        if found is not None:
            until = self.tr(", gjelder til {0}").format(_day(found.utloper)) if found.utloper else ""
            self.consent.setText(
                self.tr("Samtykke til {0}: signert {1}{2}. Det følger med overføringen.").format(
                    what, _day(found.signert_dato), until
                )
            )
            self.consent.setStyleSheet(OK_STYLE)
            self.register.hide()
            return
        lines = [
            self.tr(
                "Ingen signert samtykke dekker {0}. Alle med foreldreansvar må signere et samtykke til det, "
                "og du må registrere det før du kan sende loggen."
            ).format(what)
        ]
        for s in self.choices.samtykker:
            problem = s.problem.get(kind)
            if problem and not problem.startswith("Samtykket dekker ikke"):
                lines.append(self.tr("Samtykket signert {0}: {1}").format(_day(s.signert_dato), problem))
        self.consent.setText("\n".join(lines))
        self.consent.setStyleSheet(WARNING_STYLE)
        self.register.show()

    def _receiver_name(self) -> str:
        assert self.choices is not None
        kind = self.kind()
        if kind is OverforingType.INNEN_ENHET:
            return self.holder.currentText().split(" – ")[0] if self.holder.currentIndex() >= 0 else ""
        if kind is OverforingType.ANNEN_KOMMUNE:
            return self.kommune.text().strip()
        unit = self._chosen_unit()
        if unit is None:
            return ""
        if self.to_named.isChecked() and self.unit_holder.currentIndex() >= 0:
            return self.unit_holder.currentText().split(" – ")[0]
        return self.tr("lederen i {0}").format(unit.navn)

    def _update_responsibility(self) -> None:
        if self.choices is None:
            return
        receiver = self._receiver_name() or self.tr("mottakeren")
        holder = self.tr("Du") if not self.choices.on_behalf else self.choices.stafettholder
        self.responsibility.setText(
            "<b>"
            + html.escape(self.tr("{0} har ansvaret til {1} har godtatt overføringen.").format(holder, receiver))
            + "</b>"
        )

    # ------------------------------------------------------------------ consent

    def register_consent(self) -> TransferConsentDialog | None:
        if self.choices is None:
            return None
        dialog = TransferConsentDialog(self.backend, self.choices, self.kind(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.load())
        dialog.open()
        return dialog

    # ------------------------------------------------------------------ sending

    def work(self) -> Callable[[Context], Changes] | None:
        if self.choices is None:
            return None
        kind = self.kind()
        reason = self.reason.toPlainText()
        if not reason.strip():
            self.show_error(self.tr("Skriv grunnen til overføringen."))
            self.reason.setFocus()
            return None
        chosen = [oid for oid, box in self.concern_boxes if box.isChecked()]
        if not chosen:
            self.show_error(self.tr("Velg sammen med familien minst én oppmerksomhet som skal følge med."))
            return None
        til_ansatt: uuid.UUID | None = None
        til_enhet: uuid.UUID | None = None
        kommune = ""
        if kind is OverforingType.INNEN_ENHET:
            til_ansatt = self.holder.currentData()
            if not isinstance(til_ansatt, uuid.UUID):
                self.show_error(self.tr("Velg den nye stafettholderen."))
                return None
        elif kind is OverforingType.ANNEN_ENHET:
            unit = self._chosen_unit()
            if unit is None:
                self.show_error(self.tr("Velg enheten loggen skal til."))
                return None
            til_enhet = unit.id
            if self.to_named.isChecked():
                til_ansatt = self.unit_holder.currentData()
                if not isinstance(til_ansatt, uuid.UUID):
                    self.show_error(self.tr("Velg den nye stafettholderen i {0}.").format(unit.navn))
                    return None
        else:
            kommune = self.kommune.text().strip()
            if not kommune:
                self.show_error(self.tr("Skriv navnet på kommunen loggen skal til."))
                return None
        samtykke_id: uuid.UUID | None = None
        if kind is not OverforingType.INNEN_ENHET:
            found = self.covering()
            if found is None:
                self.show_error(
                    self.tr(
                        "Loggen kan ikke sendes uten et signert samtykke til overføringen. Registrer samtykket først."
                    )
                )
                return None
            samtykke_id = found.id
        logg_id = self.logg_id
        return lambda ctx: transfer.request_transfer(
            ctx,
            logg_id,
            type=kind,
            grunn=reason,
            oppmerksomheter=chosen,
            til_ansatt_id=til_ansatt,
            til_enhet_id=til_enhet,
            til_kommune=kommune,
            samtykke_id=samtykke_id,
        )

    def _saved(self, changes: Changes) -> None:
        kind = self.kind()
        super()._saved(changes)
        if kind is OverforingType.ANNEN_KOMMUNE and changes.created is not None:
            self.package_dialog = open_package_dialog(self.backend, changes.created, self.parentWidget())


def open_package_dialog(backend: Backend, overforing_id: uuid.UUID, parent: QWidget | None) -> QWidget:
    """The kommune-to-kommune package of a transfer just sent (or, without it, a plain word)."""
    try:
        from desktop.views.pakke import ExportPackageDialog
    except ImportError:
        box = QMessageBox(parent)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowTitle(QCoreApplication.translate("overforing", "Overføring til annen kommune"))
        box.setText(
            QCoreApplication.translate(
                "overforing", "Overføringen er registrert. Pakken til den andre kommunen lages fra overføringen senere."
            )
        )
        box.open()
        return box
    dialog = ExportPackageDialog(backend, overforing_id, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


# --------------------------------------------------------------------------- answers


def _summary(row: OverforingRad) -> str:
    """The transfer as rich text: child, from whom, reason, date, concerns."""
    e = html.escape
    sender = e(row.fra) + (f", {e(row.fra_enhet)}" if row.fra_enhet else "")
    if row.sendt_av and row.sendt_av != row.fra:
        sender += " " + e(_tr(SENT_BY).format(row.sendt_av))
    # «lederen i X» names the unit already; a named receiver gets it after the name.
    to_unit = f", {e(row.til_enhet)}" if row.til_enhet and row.til_enhet not in row.til else ""
    # Bullets as text lines: QLabel measures a <ul> too short and the list spills over what follows.
    concerns = "<br>".join(f"• {e(t)}" for t in row.oppmerksomheter) or e(_tr(NONE))
    parts = [
        f"<p style='font-size:large'><b>{e(row.barn)}</b></p>",
        f"<p><b>{e(_tr(FROM))}</b> {sender}<br>",
        f"<b>{e(_tr(TO))}</b> {e(row.til)}{to_unit}<br>",
        f"<b>{e(_tr(SENT))}</b> {_day(row.sendt_at)} · {e(_tr(KIND_TEXT[row.type]).lower())}</p>",
        f"<p><b>{e(_tr(REASON))}</b> {e(row.grunn)}</p>",
        f"<p><b>{e(_tr(GOING_ALONG))}</b><br>{concerns}</p>",
    ]
    if row.status is not OverforingStatus.VENTER:
        answer = _tr(ANSWERED).format(_tr(STATUS_TEXT[row.status]), _day(row.besvart_at), row.besvart_av)
        if row.svar_grunn:
            answer += " " + _tr(ANSWER_REASON).format(row.svar_grunn)
        parts.append(f"<p><b>{e(_tr(ANSWER))}</b> {e(answer)}</p>")
    return "".join(parts)


# The answer dialogs' width.
ANSWER_WIDTH = 560


def _summary_label(row: OverforingRad, name: str) -> QWidget:
    """The transfer as plain wrapped labels in a form (rich text in a dialog is measured too short)."""
    box = QWidget()
    box.setAccessibleName(name)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    title = QLabel(row.barn)
    font = title.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.2)
    title.setFont(font)
    layout.addWidget(title)
    form = QFormLayout()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    sender = f"{row.fra}, {row.fra_enhet}" if row.fra_enhet else row.fra
    if row.sendt_av and row.sendt_av != row.fra:
        sender += " " + _tr(SENT_BY).format(row.sendt_av)
    receiver = f"{row.til}, {row.til_enhet}" if row.til_enhet and row.til_enhet not in row.til else row.til
    fields = [
        (_tr(FROM), sender),
        (_tr(TO), receiver),
        (_tr(SENT), f"{_day(row.sendt_at)} · {_tr(KIND_TEXT[row.type]).lower()}"),
        (_tr(REASON), row.grunn),
        (_tr(GOING_ALONG), "\n".join(f"• {t}" for t in row.oppmerksomheter) or _tr(NONE)),
    ]
    for label, value in fields:
        text = QLabel(value)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(f"<b>{html.escape(label)}</b>", text)
    layout.addLayout(form)
    return box


class AcceptDialog(GrowingForm):
    """«Godta overføringen»: a leader names the new holder; a named receiver takes it.

    To another kommune the sender records here that the kommune has taken the log.
    """

    def __init__(self, backend: Backend, row: OverforingRad, parent: QWidget | None = None) -> None:
        kommune = row.type is OverforingType.ANNEN_KOMMUNE
        super().__init__(
            backend,
            QCoreApplication.translate("AcceptDialog", "Godta overføringen"),
            ok_text=QCoreApplication.translate("AcceptDialog", "&Bekreft mottaket")
            if kommune
            else QCoreApplication.translate("AcceptDialog", "&Godta overføringen"),
            parent=parent,
        )
        self.row = row
        self.body.addWidget(_summary_label(row, self.tr("Overføringen")))
        self.holder: QComboBox | None = None
        if kommune:
            note = self.tr(
                "Bekreft at {0} har tatt imot loggen. Loggen avsluttes her, og {0} fører den videre."
            ).format(row.til)
        elif row.kandidater or not row.til or row.til.startswith("lederen i "):
            self.holder = named(QComboBox(), self.tr("Ny stafettholder"))
            for v in row.kandidater:
                self.holder.addItem(f"{v.navn} – {v.beskrivelse}" if v.beskrivelse else v.navn, v.id)
            self.holder.setCurrentIndex(-1)
            self.holder.setPlaceholderText(self.tr("Velg ny stafettholder"))
            form = QFormLayout()
            form.addRow(self.tr("&Ny stafettholder:"), self.holder)
            self.body.addLayout(form)
            note = self.tr(
                "Velg hvem i enheten som blir stafettholder. Bare ansatte som er krysset av som både aktør og "
                "stafettholder, kan velges. Fra du godtar, har den nye stafettholderen ansvaret."
            )
            if not row.kandidater:
                note = self.tr(
                    "Ingen i enheten er krysset av som både aktør og stafettholder. Kryss av for noen under "
                    "«Brukere» først, eller avvis overføringen."
                )
        else:
            note = self.tr("Du blir stafettholder for loggen og har ansvaret fra du godtar.")
        label = QLabel(note)
        label.setWordWrap(True)
        label.setStyleSheet(WARNING_STYLE)
        label.setAccessibleName(self.tr("Om å godta"))
        self.body.addWidget(label)
        self.setMinimumWidth(ANSWER_WIDTH)

    def work(self) -> Callable[[Context], Changes] | None:
        overforing_id = self.row.id
        if self.holder is None:
            return lambda ctx: transfer.accept_transfer(ctx, overforing_id)
        holder_id = self.holder.currentData()
        if not isinstance(holder_id, uuid.UUID):
            self.show_error(self.tr("Velg hvem som blir ny stafettholder."))
            return None
        return lambda ctx: transfer.accept_transfer(ctx, overforing_id, ny_stafettholder_id=holder_id)


class RejectDialog(GrowingForm):
    """«Avvis overføringen»: the reason is required and shown to the sender."""

    def __init__(self, backend: Backend, row: OverforingRad, parent: QWidget | None = None) -> None:
        super().__init__(
            backend,
            QCoreApplication.translate("RejectDialog", "Avvis overføringen"),
            ok_text=QCoreApplication.translate("RejectDialog", "&Avvis overføringen"),
            parent=parent,
        )
        self.row = row
        self.body.addWidget(_summary_label(row, self.tr("Overføringen")))
        if row.type is OverforingType.ANNEN_KOMMUNE:
            text = self.tr("Registrer at {0} ikke tar imot loggen. Du beholder den.").format(row.til)
        else:
            text = self.tr("{0} beholder loggen og ser grunnen du skriver.").format(row.fra)
        self.body.addWidget(_hint(text))
        form = QFormLayout()
        self.reason = _reason_edit(self.tr("Grunn til at overføringen avvises"))
        label = QLabel(self.tr("&Grunn (må fylles ut):"))
        label.setBuddy(self.reason)
        form.addRow(label, self.reason)
        self.body.addLayout(form)
        self.setMinimumWidth(ANSWER_WIDTH)

    def work(self) -> Callable[[Context], Changes] | None:
        reason = self.reason.toPlainText()
        if not reason.strip():
            self.show_error(self.tr("Skriv hvorfor du avviser overføringen."))
            self.reason.setFocus()
            return None
        overforing_id = self.row.id
        return lambda ctx: transfer.reject_transfer(ctx, overforing_id, reason)


class WithdrawDialog(GrowingForm):
    """«Trekk tilbake overføringen»: before anyone has answered; the reason is optional."""

    def __init__(self, backend: Backend, overforing_id: uuid.UUID, til: str, parent: QWidget | None = None) -> None:
        super().__init__(
            backend,
            QCoreApplication.translate("WithdrawDialog", "Trekk tilbake overføringen"),
            ok_text=QCoreApplication.translate("WithdrawDialog", "&Trekk tilbake"),
            parent=parent,
        )
        self.overforing_id = overforing_id
        info = QLabel(
            self.tr(
                "Overføringen til {0} trekkes tilbake. Du beholder loggen, og {0} kan ikke godta den lenger."
            ).format(til)
        )
        info.setAccessibleName(self.tr("Om overføringen"))
        info.setWordWrap(True)
        self.body.addWidget(info)
        form = QFormLayout()
        self.reason = _reason_edit(self.tr("Grunn til at overføringen trekkes tilbake"))
        label = QLabel(self.tr("&Grunn (valgfritt):"))
        label.setBuddy(self.reason)
        form.addRow(label, self.reason)
        self.body.addLayout(form)
        self.setMinimumWidth(520)

    def work(self) -> Callable[[Context], Changes]:
        overforing_id, reason = self.overforing_id, self.reason.toPlainText()
        return lambda ctx: transfer.withdraw_transfer(ctx, overforing_id, reason)


# --------------------------------------------------------------------------- the log view's buttons


class TransferActions(QObject):
    """«Overfør …» and «Trekk tilbake overføringen …» in the log view's action column.

    They follow each snapshot the view loads: offered to whoever may transfer an active log,
    the one while nothing waits, the other while a transfer waits.
    """

    def __init__(self, backend: Backend, view: QWidget) -> None:
        super().__init__(view)
        self.backend = backend
        self.view = view
        self.snap: LoggSnapshot | None = None
        self.transfer = named(QPushButton(self.tr("&Overfør …")), self.tr("Overfør loggen"))
        self.transfer.setToolTip(self.tr("Overfør loggen til en ny stafettholder"))
        self.withdraw = named(
            QPushButton(self.tr("Tre&kk tilbake overføringen …")), self.tr("Trekk tilbake overføringen")
        )
        self.transfer.clicked.connect(self.open_transfer)
        self.withdraw.clicked.connect(self.open_withdraw)
        self.transfer.hide()
        self.withdraw.hide()
        self.dialog: FormDialog | None = None

    @property
    def buttons(self) -> tuple[QPushButton, QPushButton]:
        return self.transfer, self.withdraw

    def _pending(self) -> uuid.UUID | None:
        if self.snap is None:
            return None
        return next((o.id for o in self.snap.overforinger if o.status is OverforingStatus.VENTER), None)

    def show_snapshot(self, snap: LoggSnapshot) -> None:
        self.snap = snap
        may = snap.may(Action.TRANSFER)
        waiting = self._pending() is not None
        self.transfer.setVisible(may and not waiting)
        self.withdraw.setVisible(may and waiting)

    def open_transfer(self) -> TransferDialog | None:
        if self.snap is None or not self.snap.may(Action.TRANSFER):
            return None
        dialog = TransferDialog(self.backend, self.snap.id, parent=self.view)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.dialog = dialog
        return dialog

    def open_withdraw(self) -> WithdrawDialog | None:
        pending = self._pending()
        if self.snap is None or pending is None:
            return None
        til = next(o.til for o in self.snap.overforinger if o.id == pending)
        dialog = WithdrawDialog(self.backend, pending, til, parent=self.view)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.dialog = dialog
        return dialog


# --------------------------------------------------------------------------- «Overføringer»


class OverforingerTab(RoleTab):
    """Transfers waiting for the signed-in person's (or their unit's) answer, and the last 30 days.

    The tab's title carries the count of those waiting: «Overføringer (2)».
    """

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self.rows: list[OverforingRad] = []
        self.title = self.tr("Overføringer")
        self.setAccessibleName(self.tr("Overføringer"))
        self.dialog: QWidget | None = None

        def status(r: OverforingRad) -> str:
            return _tr(STATUS_TEXT[r.status])

        def answer(r: OverforingRad) -> str:
            if r.status is OverforingStatus.VENTER:
                return ""
            text = f"{_day(r.besvart_at)}, {r.besvart_av}"
            return f"{text}: {r.svar_grunn}" if r.svar_grunn else text

        def sender(r: OverforingRad) -> str:
            return f"{r.fra}, {r.fra_enhet}" if r.fra_enhet else r.fra

        def receiver(r: OverforingRad) -> str:
            return f"{r.til}, {r.til_enhet}" if r.til_enhet and r.til_enhet not in r.til else r.til

        self.waiting_model: RowsModel[OverforingRad] = RowsModel(
            [
                Column(self.tr("Barn"), lambda r: r.barn),
                Column(self.tr("Fra"), sender),
                Column(self.tr("Til"), receiver),
                Column(self.tr("Sendt"), lambda r: _day(r.sendt_at), sort=lambda r: r.sendt_at.isoformat()),
                Column(self.tr("Grunn"), lambda r: r.grunn, tooltip=lambda r: r.grunn),
            ],
            self,
        )
        self.history_model: RowsModel[OverforingRad] = RowsModel(
            [
                Column(self.tr("Barn"), lambda r: r.barn),
                Column(self.tr("Fra"), sender),
                Column(self.tr("Til"), receiver),
                Column(self.tr("Sendt"), lambda r: _day(r.sendt_at), sort=lambda r: r.sendt_at.isoformat()),
                Column(
                    self.tr("Status"),
                    status,
                    foreground=lambda r: GREY if r.status is OverforingStatus.TRUKKET else None,
                ),
                Column(self.tr("Svar"), answer, tooltip=answer),
            ],
            self,
        )

        layout = QVBoxLayout(self)
        heading = self.tr("Overføringer")
        head = QLabel(f"<h2>{html.escape(heading)}</h2>")
        layout.addWidget(head)
        intro = _hint(
            self.tr(
                "Her er stafettlogger som skal overføres til deg eller enheten din. Til du godtar, har avsenderen "
                "ansvaret for loggen. Under ser du overføringer du har sendt eller besvart de siste 30 dagene."
            )
        )
        layout.addWidget(intro)

        waiting_box = QGroupBox(self.tr("Venter på svar fra deg"))
        waiting_layout = QVBoxLayout(waiting_box)
        self.waiting_proxy = sorted_proxy(self.waiting_model, self)
        self.waiting_table = list_table(self.tr("Overføringer som venter på svar"), self.waiting_proxy)
        self.waiting_table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        self.waiting_table.selectionModel().currentRowChanged.connect(lambda *_: self._selected_changed())
        self.waiting_table.activated.connect(lambda _i: self.accept_selected())
        self.no_waiting = QLabel(self.tr("Ingen overføringer venter på svar fra deg."))
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAccessibleName(self.tr("Valgt overføring"))
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.details.setStyleSheet("QLabel { background: palette(base); padding: 8px; }")
        split = QHBoxLayout()
        split.addWidget(self.waiting_table, 3)
        split.addWidget(self.details, 2)
        waiting_layout.addLayout(split, 1)
        waiting_layout.addWidget(self.no_waiting, 1, Qt.AlignmentFlag.AlignTop)
        buttons = QHBoxLayout()
        self.accept = named(QPushButton(self.tr("&Godta …")), self.tr("Godta overføringen"))
        self.reject = named(QPushButton(self.tr("&Avvis …")), self.tr("Avvis overføringen"))
        self.accept.clicked.connect(self.accept_selected)
        self.reject.clicked.connect(self.reject_selected)
        buttons.addWidget(self.accept)
        buttons.addWidget(self.reject)
        buttons.addStretch()
        waiting_layout.addLayout(buttons)
        layout.addWidget(waiting_box, 3)

        history_box = QGroupBox(self.tr("Sendt og besvart siste 30 dager"))
        history_layout = QVBoxLayout(history_box)
        self.history_proxy = sorted_proxy(self.history_model, self)
        self.history_table = list_table(self.tr("Overføringer siste 30 dager"), self.history_proxy)
        self.history_table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        self.history_table.selectionModel().currentRowChanged.connect(lambda *_: self._history_changed())
        self.no_history = QLabel(self.tr("Ingen overføringer de siste 30 dagene."))
        history_layout.addWidget(self.history_table)
        history_layout.addWidget(self.no_history, 1, Qt.AlignmentFlag.AlignTop)
        history_buttons = QHBoxLayout()
        self.withdraw = named(
            QPushButton(self.tr("Tre&kk tilbake …")),
            self.tr("Trekk tilbake overføringen"),
        )
        self.withdraw.clicked.connect(self.withdraw_selected)
        history_buttons.addWidget(self.withdraw)
        history_buttons.addStretch()
        history_layout.addLayout(history_buttons)
        layout.addWidget(history_box, 2)

        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setAccessibleName(self.tr("Feilmelding om overføringer"))
        self.error.hide()
        layout.addWidget(self.error)
        backend.changed.connect(self._on_changed)
        self._render()
        self.refresh()

    # ------------------------------------------------------------------ loading

    def refresh(self) -> None:
        self.backend.call(
            transfer.transfers_for_me, success=while_alive(self, self._show), failure=while_alive(self, self._failed)
        )

    def clear(self) -> None:
        self.rows = []
        self._render()

    def _on_changed(self, changes: Changes) -> None:
        # A pulled transfer arrives as a change of its log: any log may concern this list.
        if changes.logs and not self.backend.locked:
            self.refresh()

    def _failed(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _show(self, rows: list[OverforingRad]) -> None:
        self.rows = rows
        self.error.hide()
        self._render()

    def waiting(self) -> list[OverforingRad]:
        return [r for r in self.rows if r.may_answer]

    def _render(self) -> None:
        keep = self.selected()
        keep_history = current_row(self.history_table, OverforingRad)
        waiting = self.waiting()
        self.waiting_model.set_rows(waiting)
        self.history_model.set_rows([r for r in self.rows if not r.may_answer])
        select_by_id(self.waiting_table, self.waiting_proxy, keep.id if keep else None)
        if keep_history is not None:
            select_by_id(self.history_table, self.history_proxy, keep_history.id)
        has_waiting = bool(waiting)
        for w in (self.waiting_table, self.details):
            w.setVisible(has_waiting)
        self.no_waiting.setVisible(not has_waiting)
        self.history_table.setVisible(self.history_model.rowCount() > 0)
        self.no_history.setVisible(self.history_model.rowCount() == 0)
        self.title = self.tr("Overføringer ({0})").format(len(waiting)) if waiting else self.tr("Overføringer")
        self._set_tab_title()
        self._selected_changed()
        self._history_changed()

    def _set_tab_title(self) -> None:
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QTabWidget):
            parent = parent.parentWidget()
        if isinstance(parent, QTabWidget) and (index := parent.indexOf(self)) >= 0:
            parent.setTabText(index, self.title)

    def showEvent(self, event: object) -> None:
        self._set_tab_title()
        super().showEvent(event)  # type: ignore[arg-type]

    # ------------------------------------------------------------------ selection

    def selected(self) -> OverforingRad | None:
        return current_row(self.waiting_table, OverforingRad)

    def select(self, overforing_id: uuid.UUID) -> None:
        select_by_id(self.waiting_table, self.waiting_proxy, overforing_id)

    def _selected_changed(self) -> None:
        row = self.selected()
        self.details.setText(_summary(row) if row is not None else "")
        self.accept.setEnabled(row is not None)
        self.reject.setEnabled(row is not None)
        kommune = row is not None and row.type is OverforingType.ANNEN_KOMMUNE
        self.accept.setText(self.tr("&Bekreft mottak …") if kommune else self.tr("&Godta …"))
        self.accept.setVisible(bool(self.waiting()))
        self.reject.setVisible(bool(self.waiting()))

    def _history_changed(self) -> None:
        row = current_row(self.history_table, OverforingRad)
        self.withdraw.setVisible(any(r.may_withdraw and not r.may_answer for r in self.rows))
        self.withdraw.setEnabled(row is not None and row.may_withdraw)
        self.withdraw.setToolTip("" if self.withdraw.isEnabled() else self.tr("Velg en overføring som venter."))

    # ------------------------------------------------------------------ actions

    def _open(self, dialog: FormDialog) -> FormDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.dialog = dialog
        return dialog

    def accept_selected(self) -> FormDialog | None:
        row = self.selected()
        if row is None:
            return None
        return self._open(AcceptDialog(self.backend, row, self))

    def reject_selected(self) -> FormDialog | None:
        row = self.selected()
        if row is None:
            return None
        return self._open(RejectDialog(self.backend, row, self))

    def withdraw_selected(self) -> FormDialog | None:
        row = current_row(self.history_table, OverforingRad)
        if row is None or not row.may_withdraw:
            return None
        return self._open(WithdrawDialog(self.backend, row.id, row.til, self))
