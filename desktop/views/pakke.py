"""«Eksporter»: the encrypted, signed transfer package between kommuner — export, import, receipts, keys.

- :class:`ExportPackageDialog` writes the package of a requested kommune transfer (the transfer
  dialog opens it right after the request).
- «Importer stafettlogg …» (Fil): a preview of a received package, then «Godta og importer» with a
  new stafettholder, or «Avvis» with a reason; either way a receipt file for the sender.
- «Les inn kvittering …» (Fil): the other kommune's answer accepts (and closes here) or rejects.
- «Kommunens nøkler …» (Fil, administrators): the fingerprint, the public key file, known kommuner.

Files are read and written on the database worker, inside the use case's transaction.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.core import keys
from desktop.core.context import OSLO, Changes, Context
from desktop.core.usecases import exchange
from desktop.models.backend import Backend
from desktop.models.rows import Column, RowsModel
from sync import package

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.views.forms import WARNING_STYLE, error_label, named
from desktop.views.widgets import current_row, list_table, while_alive

if TYPE_CHECKING:
    from desktop.views.mainwindow import MainWindow

PACKAGE_FILTER = QT_TRANSLATE_NOOP("pakke", "Stafettlogg-pakke (*.stafettpakke)")
RECEIPT_FILTER = QT_TRANSLATE_NOOP("pakke", "Stafettlogg-kvittering (*.stafettkvittering)")
KEY_FILTER = QT_TRANSLATE_NOOP("pakke", "Nøkkelfil (*.stafettnokkel)")
OK_STYLE = "background: #e6f4ea; color: #0d3b1e; padding: 6px; border-radius: 4px;"  # 12:1


def _label(text: str = "", *, bold: bool = False, selectable: bool = True) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _fingerprint_label(text: str = "") -> QLabel:
    label = _label(text)
    font = QFont("DejaVu Sans Mono")
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSizeF(label.font().pointSizeF() * 1.25)
    label.setFont(font)
    return label


def _bullets(items: list[str] | tuple[str, ...]) -> str:
    return "\n".join(f"• {item}" for item in items)


def _safe_name(text: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in text).strip("-").lower() or "stafettlogg"


class _Dialog(QDialog):
    """A dialog with an error line, a result line and the buttons at the bottom."""

    def __init__(self, backend: Backend, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.backend = backend
        self.busy = False
        self.changes: Changes | None = None
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        self.body = QVBoxLayout()
        layout.addLayout(self.body)
        self.error = error_label(self)
        layout.addWidget(self.error)
        self.result = _label()
        self.result.setStyleSheet(OK_STYLE)
        self.result.setAccessibleName(self.tr("Resultat"))
        self.result.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.result.hide()
        layout.addWidget(self.result)
        self.buttons = QDialogButtonBox()
        layout.addWidget(self.buttons)
        self.close_button = named(QPushButton(self.tr("Lu&kk")), self.tr("Lukk"))
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.rejected.connect(self.reject)

    def action_button(self, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        button = named(QPushButton(text), name)
        button.clicked.connect(slot)
        self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        return button

    def run(self, work: Callable[[Context], Any], done: Callable[[Any], None]) -> None:
        self.busy = True
        self.buttons.setEnabled(False)
        self.error.hide()

        def success(result: Any) -> None:
            self.busy = False
            self.buttons.setEnabled(True)
            done(result)

        def failure(message: str) -> None:
            self.busy = False
            self.buttons.setEnabled(True)
            self.show_error(message)

        self.backend.call(work, success=while_alive(self, success), failure=while_alive(self, failure))

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.error.setFocus()

    def show_result(self, message: str) -> None:
        self.result.setText(message)
        self.result.show()
        self.result.setFocus()

    def reject(self) -> None:
        if not self.busy:  # the answer of a running step comes back here
            super().reject()


def _save_path(parent: QWidget, title: str, suggested: str, file_filter: str) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, QCoreApplication.translate("pakke", file_filter))
    return Path(path) if path else None


def _refused_here(window: MainWindow, title: str) -> bool:
    """On a server-connected PC the package would be refused later by the server: say so now."""
    if not window.backend.connected:
        return False
    from desktop.models.sync import packages_refused

    QMessageBox.information(window, title, packages_refused(window.backend) or "")
    return True


def _open_path(parent: QWidget, title: str, file_filter: str) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, "", QCoreApplication.translate("pakke", file_filter))
    return Path(path) if path else None


# =========================================================================== export


class ExportPackageDialog(_Dialog):
    """Write the transfer package of one requested kommune transfer to a file."""

    def __init__(self, backend: Backend, overforing_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(backend, self.tr("Eksporter stafettlogg"), parent)
        self.overforing_id = overforing_id
        self.valg: exchange.EksportValg | None = None
        self.saved: Path | None = None
        intro = _label(
            self.tr(
                "Pakken er kryptert til mottakerkommunens nøkkel og signert med vår. Bare den kommunen kan "
                "åpne den, og de ser at den kommer fra oss. Send filen på en trygg måte; du har ansvaret for "
                "loggen til de har svart med en kvittering."
            )
        )
        self.body.addWidget(intro)
        form = QFormLayout()
        self.barn = _label()
        self.til = _label()
        self.grunn = _label()
        form.addRow(self.tr("Barnet:"), self.barn)
        form.addRow(self.tr("Til:"), self.til)
        form.addRow(self.tr("Grunn:"), self.grunn)
        self.mottaker = named(QComboBox(), self.tr("Mottakerkommunens nøkkel"))
        self.mottaker.currentIndexChanged.connect(self._show_fingerprint)
        mottaker_label = QLabel(self.tr("&Mottakerens nøkkel:"))
        mottaker_label.setBuddy(self.mottaker)
        form.addRow(mottaker_label, self.mottaker)
        self.fingerprint = _fingerprint_label()
        self.fingerprint.setAccessibleName(self.tr("Fingeravtrykk"))
        form.addRow(self.tr("Fingeravtrykk:"), self.fingerprint)
        self.body.addLayout(form)
        self.body.addWidget(
            _label(self.tr("Det skal være fingeravtrykket mottakerkommunen leste for dere på telefon."))
        )
        self.no_keys = _label()
        self.no_keys.setStyleSheet(WARNING_STYLE)
        self.no_keys.hide()
        self.body.addWidget(self.no_keys)
        box = QGroupBox(self.tr("Dette følger med"))
        inner = QVBoxLayout(box)
        self.oppmerksomheter = _label()
        self.oppmerksomheter.setAccessibleName(self.tr("Oppmerksomheter som følger med"))
        self.innhold = _label()
        self.innhold.setAccessibleName(self.tr("Innhold i pakken"))
        inner.addWidget(_label(self.tr("Oppmerksomhetene familien valgte (de andre blir igjen her):"), bold=True))
        inner.addWidget(self.oppmerksomheter)
        inner.addWidget(self.innhold)
        self.body.addWidget(box)
        self.body.addStretch(1)
        self.save_button = self.action_button(self.tr("&Lagre pakken …"), self.tr("Lagre pakken"), self.save)
        self.save_button.setDefault(True)
        self.save_button.setEnabled(False)
        self.run(lambda ctx: exchange.export_choices(ctx, overforing_id), self._loaded)

    def _loaded(self, valg: exchange.EksportValg) -> None:
        self.valg = valg
        self.barn.setText(valg.barn)
        self.til.setText(valg.til_kommune)
        self.grunn.setText(valg.grunn)
        self.oppmerksomheter.setText(_bullets(valg.oppmerksomheter))
        self.innhold.setText(_bullets(valg.innhold))
        self.mottaker.clear()
        for k in valg.kjente:
            self.mottaker.addItem(f"{k.navn} ({k.nummer})", k.id)
        if valg.forslag is not None:
            self.mottaker.setCurrentIndex(next(i for i, k in enumerate(valg.kjente) if k.id == valg.forslag))
        problem = ""
        if not valg.har_nokler:
            problem = self.tr("Kommunen har ingen nøkler ennå. Be kommuneadministratoren åpne «Kommunens nøkler».")
        elif not valg.kjente:
            problem = self.tr(
                "Kommunen kjenner ingen andre kommuners nøkler. Be kommuneadministratoren lese inn "
                "nøkkelfilen til mottakerkommunen under «Kommunens nøkler»."
            )
        self.no_keys.setText(problem)
        self.no_keys.setVisible(bool(problem))
        self.save_button.setEnabled(not problem)
        self._show_fingerprint()
        self.adjustSize()

    def _show_fingerprint(self) -> None:
        chosen = self.mottaker.currentData()
        found = [k for k in (self.valg.kjente if self.valg else []) if k.id == chosen]
        self.fingerprint.setText(found[0].fingerprint if found else "")

    def save(self) -> None:
        mottaker = self.mottaker.currentData()
        if self.valg is None or mottaker is None:
            return
        suggested = f"{_safe_name(self.valg.barn)}{package.SUFFIX}"
        path = _save_path(self, self.tr("Lagre pakken"), suggested, PACKAGE_FILTER)
        if path is None:
            return
        if path.suffix != package.SUFFIX:
            path = path.with_name(path.name + package.SUFFIX)

        def done(out: exchange.Utgaende) -> None:
            self.saved = path
            self.save_button.hide()
            self.mottaker.setEnabled(False)
            self.show_result(
                self.tr(
                    "Pakken er lagret som {0}. Send den til {1}. Når de har svart, les inn kvitteringen "
                    "med Fil → «Les inn kvittering …»."
                ).format(path.name, out.receiver_name)
            )

        self.run(lambda ctx: package.export_file(ctx, self.overforing_id, mottaker, path), done)


# =========================================================================== import


class ImportPackageDialog(_Dialog):
    """A received package: who sent it, about whom, what comes — then accept (import) or reject."""

    def __init__(self, backend: Backend, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(backend, self.tr("Importer stafettlogg"), parent)
        self.path = path
        self.preview: exchange.Forhandsvisning | None = None
        self.receipt: Path | None = None
        form = QFormLayout()
        self.fra = _label()
        self.fra.setAccessibleName(self.tr("Avsender"))
        self.fingerprint = _fingerprint_label()
        self.fingerprint.setAccessibleName(self.tr("Avsenderens fingeravtrykk"))
        self.barn = _label(bold=True)
        self.barn.setAccessibleName(self.tr("Barnet"))
        self.foresatte = _label()
        self.grunn = _label()
        form.addRow(self.tr("Fra:"), self.fra)
        form.addRow(self.tr("Fingeravtrykk:"), self.fingerprint)
        form.addRow(self.tr("Barnet:"), self.barn)
        form.addRow(self.tr("Foresatte:"), self.foresatte)
        form.addRow(self.tr("Grunn:"), self.grunn)
        self.body.addLayout(form)
        box = QGroupBox(self.tr("Oppmerksomheter som følger med"))
        inner = QVBoxLayout(box)
        self.oppmerksomheter = _label()
        self.oppmerksomheter.setAccessibleName(self.tr("Oppmerksomheter i pakken"))
        self.innhold = _label()
        inner.addWidget(self.oppmerksomheter)
        inner.addWidget(self.innhold)
        self.body.addWidget(box)
        godta = QGroupBox(self.tr("Godta"))
        godta_layout = QVBoxLayout(godta)
        godta_layout.addWidget(
            _label(
                self.tr(
                    "Loggen blir en logg i vår kommune med stafettholderen du velger. Tiltak i tjenesten hos "
                    "avsenderen avsluttes ved importen, fordi de ansvarlige arbeider der. Tiltak i hjemmet og "
                    "barnets egne tiltak fortsetter."
                )
            )
        )
        holder_row = QHBoxLayout()
        self.holder = named(QComboBox(), self.tr("Ny stafettholder"))
        holder_label = QLabel(self.tr("Ny &stafettholder:"))
        holder_label.setBuddy(self.holder)
        holder_row.addWidget(holder_label)
        holder_row.addWidget(self.holder, 1)
        godta_layout.addLayout(holder_row)
        self.body.addWidget(godta)
        avvis = QGroupBox(self.tr("Avvis"))
        avvis_layout = QVBoxLayout(avvis)
        self.grunn_avvis = named(QPlainTextEdit(), self.tr("Grunn til å avvise"))
        self.grunn_avvis.setPlaceholderText(self.tr("Skriv grunnen her hvis dere avviser overføringen."))
        self.grunn_avvis.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.grunn_avvis.setTabChangesFocus(True)
        avvis_label = QLabel(self.tr("G&runn til at dere avviser:"))
        avvis_label.setBuddy(self.grunn_avvis)
        avvis_layout.addWidget(avvis_label)
        avvis_layout.addWidget(self.grunn_avvis)
        self.body.addWidget(avvis)
        self.body.addWidget(
            _label(self.tr("Uansett svar lagrer du en kvittering som du sender tilbake til avsenderen."))
        )
        self.body.addStretch(1)
        self.accept_button = self.action_button(
            self.tr("&Godta og importer …"), self.tr("Godta og importer"), self.import_
        )
        self.reject_button = self.action_button(self.tr("&Avvis …"), self.tr("Avvis"), self.reject_package)
        for button in (self.accept_button, self.reject_button):
            button.setEnabled(False)
        self.run(lambda ctx: (package.preview_file(ctx, path), exchange.holder_choices(ctx)), self._loaded)

    def _loaded(self, loaded: tuple[exchange.Forhandsvisning, list[exchange.HolderValg]]) -> None:
        preview, holders = loaded
        if preview.type != exchange.TYPE_LOGG:
            self.show_error(self.tr("Dette er en kvittering. Les den inn med Fil → «Les inn kvittering …»."))
            return
        self.preview = preview
        self.fra.setText(f"{preview.fra_kommune} ({preview.fra_nummer})")
        self.fingerprint.setText(preview.fingerprint)
        born = preview.fodselsdato.strftime("%d.%m.%Y") if preview.fodselsdato else ""
        self.barn.setText(self.tr("{0}, født {1}").format(preview.barn, born))
        self.foresatte.setText(", ".join(preview.foresatte))
        self.grunn.setText(preview.grunn)
        self.oppmerksomheter.setText(_bullets(preview.oppmerksomheter))
        self.innhold.setText(self.tr("Med: {0}.").format(", ".join(preview.innhold)))
        for h in holders:
            self.holder.addItem(f"{h.navn} – {h.enhet}", h.id)
        if not holders:
            self.show_error(
                self.tr("Ingen her kan bli stafettholder: krysset av som aktør og stafettholder i en enhet.")
            )
        self.accept_button.setEnabled(bool(holders))
        self.reject_button.setEnabled(True)
        self.adjustSize()

    def _receipt_path(self) -> Path | None:
        assert self.preview is not None
        suggested = f"kvittering-{_safe_name(self.preview.barn)}{package.RECEIPT_SUFFIX}"
        path = _save_path(self, self.tr("Lagre kvitteringen"), suggested, RECEIPT_FILTER)
        if path is not None and path.suffix != package.RECEIPT_SUFFIX:
            path = path.with_name(path.name + package.RECEIPT_SUFFIX)
        return path

    def _answered(self, message: str) -> None:
        self.accept_button.hide()
        self.reject_button.hide()
        self.holder.setEnabled(False)
        self.grunn_avvis.setReadOnly(True)
        self.show_result(message)

    def import_(self) -> None:
        holder = self.holder.currentData()
        if self.preview is None or holder is None:
            return
        receipt = self._receipt_path()
        if receipt is None:
            return
        path = self.path
        fra = self.preview.fra_kommune

        def done(changes: Changes) -> None:
            self.changes = changes
            self.receipt = receipt
            text = self.tr("Loggen er lest inn. Kvitteringen er lagret som {0}. Send den til {1}.").format(
                receipt.name, fra
            )
            self._answered("\n".join([text, *changes.warnings]))

        self.run(lambda ctx: package.import_file(ctx, path, receipt, stafettholder_id=holder), done)

    def reject_package(self) -> None:
        if self.preview is None:
            return
        grunn = self.grunn_avvis.toPlainText()
        if not grunn.strip():
            self.show_error(self.tr("Skriv grunnen til at dere avviser overføringen."))
            self.grunn_avvis.setFocus()
            return
        receipt = self._receipt_path()
        if receipt is None:
            return
        path = self.path
        fra = self.preview.fra_kommune

        def done(_: Changes) -> None:
            self.receipt = receipt
            self._answered(
                self.tr("Overføringen er avvist. Kvitteringen er lagret som {0}. Send den til {1}.").format(
                    receipt.name, fra
                )
            )

        self.run(lambda ctx: package.reject_file(ctx, path, receipt, grunn), done)


# =========================================================================== receipt


class ReceiptDialog(_Dialog):
    """The receiving kommune's answer: accept (the log closes here) or reject (the holder keeps it)."""

    def __init__(self, backend: Backend, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(backend, self.tr("Les inn kvittering"), parent)
        self.path = path
        form = QFormLayout()
        self.fra = _label()
        self.fra.setAccessibleName(self.tr("Avsender"))
        self.fingerprint = _fingerprint_label()
        self.barn = _label(bold=True)
        self.svar = _label(bold=True)
        self.svar.setAccessibleName(self.tr("Svaret"))
        self.grunn = _label()
        form.addRow(self.tr("Fra:"), self.fra)
        form.addRow(self.tr("Fingeravtrykk:"), self.fingerprint)
        form.addRow(self.tr("Barnet:"), self.barn)
        form.addRow(self.tr("Svar:"), self.svar)
        form.addRow(self.tr("Grunn:"), self.grunn)
        self.body.addLayout(form)
        self.body.addStretch(1)
        self.register = self.action_button(self.tr("&Registrer svaret"), self.tr("Registrer svaret"), self._register)
        self.register.setEnabled(False)
        self.run(lambda ctx: package.preview_file(ctx, path), self._loaded)

    def _loaded(self, preview: exchange.Forhandsvisning) -> None:
        if preview.type != exchange.TYPE_KVITTERING:
            self.show_error(
                self.tr("Dette er en stafettlogg, ikke en kvittering. Les den inn med «Importer stafettlogg …».")
            )
            return
        self.fra.setText(f"{preview.fra_kommune} ({preview.fra_nummer})")
        self.fingerprint.setText(preview.fingerprint)
        self.barn.setText(preview.barn)
        accepted = preview.resultat == exchange.AKSEPTERT
        self.svar.setText(
            self.tr("Godtatt – loggen avsluttes her som overført.")
            if accepted
            else self.tr("Avvist – stafettholderen beholder loggen.")
        )
        self.grunn.setText(preview.svar_grunn or "–")
        self.register.setEnabled(True)

    def _register(self) -> None:
        path = self.path

        def done(changes: Changes) -> None:
            self.changes = changes
            self.register.hide()
            self.show_result("\n".join([self.tr("Svaret er registrert på overføringen."), *changes.warnings]))

        self.run(lambda ctx: package.read_receipt_file(ctx, path), done)


# =========================================================================== keys


def _known_columns() -> list[Column[exchange.KjentInfo]]:
    return [
        Column(QCoreApplication.translate("pakke", "Kommune"), lambda k: k.navn),
        Column(QCoreApplication.translate("pakke", "Nummer"), lambda k: k.nummer),
        Column(QCoreApplication.translate("pakke", "Fingeravtrykk"), lambda k: k.fingerprint),
        Column(
            QCoreApplication.translate("pakke", "Lest inn"),
            lambda k: f"{k.lagt_til.astimezone(OSLO):%d.%m.%Y}",
            sort=lambda k: k.lagt_til,
        ),
    ]


class KeysDialog(_Dialog):
    """«Kommunens nøkler»: our fingerprint and key file, and the known kommuner."""

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(backend, self.tr("Kommunens nøkler"), parent)
        self.setMinimumWidth(760)
        self.pending: tuple[bytes, keys.KeyFile] | None = None
        own = QGroupBox(self.tr("Vår nøkkel"))
        own_layout = QVBoxLayout(own)
        self.own_text = _label()
        self.own_fingerprint = _fingerprint_label()
        self.own_fingerprint.setAccessibleName(self.tr("Vårt fingeravtrykk"))
        own_layout.addWidget(self.own_text)
        own_layout.addWidget(self.own_fingerprint)
        own_buttons = QHBoxLayout()
        self.create_button = named(QPushButton(self.tr("&Lag kommunens nøkler")), self.tr("Lag kommunens nøkler"))
        self.create_button.clicked.connect(self._create)
        self.export_button = named(QPushButton(self.tr("&Eksporter nøkkelfil …")), self.tr("Eksporter nøkkelfil"))
        self.export_button.clicked.connect(self._export)
        own_buttons.addWidget(self.create_button)
        own_buttons.addWidget(self.export_button)
        own_buttons.addStretch(1)
        own_layout.addLayout(own_buttons)
        self.body.addWidget(own)

        others = QGroupBox(self.tr("Andre kommuner vi kjenner"))
        others_layout = QVBoxLayout(others)
        others_layout.addWidget(
            _label(
                self.tr(
                    "Les inn nøkkelfilen fra en annen kommune før dere sender eller tar imot en stafettlogg. "
                    "Ring kommuneadministratoren der og les fingeravtrykket høyt for hverandre: bare når det "
                    "stemmer, vet dere at filen kommer fra dem."
                )
            )
        )
        self.model: RowsModel[exchange.KjentInfo] = RowsModel(_known_columns(), self)
        self.table = list_table(self.tr("Kjente kommuner"), self.model, sortable=False)
        self.table.setMinimumHeight(120)
        others_layout.addWidget(self.table)
        other_buttons = QHBoxLayout()
        self.add_button = named(QPushButton(self.tr("Les &inn nøkkelfil …")), self.tr("Les inn nøkkelfil"))
        self.add_button.clicked.connect(self._choose_key_file)
        self.remove_button = named(QPushButton(self.tr("&Fjern nøkkelen")), self.tr("Fjern nøkkelen"))
        self.remove_button.clicked.connect(self._remove)
        other_buttons.addWidget(self.add_button)
        other_buttons.addWidget(self.remove_button)
        other_buttons.addStretch(1)
        others_layout.addLayout(other_buttons)
        self.confirm_box = QGroupBox(self.tr("Sjekk fingeravtrykket"))
        confirm_layout = QVBoxLayout(self.confirm_box)
        self.confirm_text = _label()
        self.confirm_fingerprint = _fingerprint_label()
        self.confirm_fingerprint.setAccessibleName(self.tr("Fingeravtrykk i filen"))
        confirm_layout.addWidget(self.confirm_text)
        confirm_layout.addWidget(self.confirm_fingerprint)
        confirm_buttons = QHBoxLayout()
        self.confirm_button = named(
            QPushButton(self.tr("Fingeravtrykket &stemmer – legg til")), self.tr("Fingeravtrykket stemmer")
        )
        self.confirm_button.clicked.connect(self._confirm)
        self.cancel_button = named(QPushButton(self.tr("Stemmer ikke – a&vbryt")), self.tr("Stemmer ikke"))
        self.cancel_button.clicked.connect(self._cancel_pending)
        confirm_buttons.addWidget(self.confirm_button)
        confirm_buttons.addWidget(self.cancel_button)
        confirm_buttons.addStretch(1)
        confirm_layout.addLayout(confirm_buttons)
        self.confirm_box.hide()
        others_layout.addWidget(self.confirm_box)
        self.body.addWidget(others)
        self.body.addWidget(
            _label(
                self.tr(
                    "De private nøklene ligger kryptert i arbeidsområdet og forlater aldri denne PC-en. "
                    "Når kommunen kobler PC-ene til en felles server, skal nøklene ligge på serveren."
                )
            )
        )
        self.overview: exchange.NokkelOversikt | None = None
        self.refresh()

    def refresh(self) -> None:
        self.run(exchange.key_overview, self._loaded)

    def _loaded(self, overview: exchange.NokkelOversikt) -> None:
        self.overview = overview
        if overview.fingerprint is None:
            self.own_text.setText(
                self.tr("{0} ({1}) har ingen nøkler ennå. Lag dem én gang; de gjelder for hele kommunen.").format(
                    overview.kommune, overview.nummer
                )
            )
            self.own_fingerprint.hide()
        else:
            self.own_text.setText(
                self.tr("Fingeravtrykket til {0} ({1}). Les det for den andre kommunen når de ringer:").format(
                    overview.kommune, overview.nummer
                )
            )
            self.own_fingerprint.setText(overview.fingerprint)
            self.own_fingerprint.show()
        self.create_button.setVisible(overview.fingerprint is None)
        self.export_button.setEnabled(overview.fingerprint is not None)
        self.model.set_rows(overview.kjente)
        self.remove_button.setEnabled(bool(overview.kjente))

    def _create(self) -> None:
        self.run(exchange.create_own_keys, lambda _: self.refresh())

    def _export(self) -> None:
        if self.overview is None:
            return
        suggested = f"{_safe_name(self.overview.kommune)}{keys.KEY_FILE_SUFFIX}"
        path = _save_path(self, self.tr("Eksporter nøkkelfil"), suggested, KEY_FILTER)
        if path is None:
            return
        if path.suffix != keys.KEY_FILE_SUFFIX:
            path = path.with_name(path.name + keys.KEY_FILE_SUFFIX)
        self.run(
            lambda ctx: package.write_own_key_file(ctx, path),
            lambda _: self.show_result(
                self.tr("Nøkkelfilen er lagret som {0}. Den er ikke hemmelig og kan sendes med e-post.").format(
                    path.name
                )
            ),
        )

    def _choose_key_file(self) -> None:
        path = _open_path(self, self.tr("Les inn nøkkelfil"), KEY_FILTER)
        if path is None:
            return

        def read(_: Context) -> tuple[bytes, keys.KeyFile]:
            data = package.read_file(path)
            return data, keys.parse_key_file(data)

        self.run(read, self._ask)

    def _ask(self, pending: tuple[bytes, keys.KeyFile]) -> None:
        self.pending = pending
        parsed = pending[1]
        self.confirm_text.setText(
            self.tr(
                "Ring kommuneadministratoren i {0} ({1}) på et nummer du finner selv, ikke i e-posten. "
                "Be dem lese fingeravtrykket sitt. Stemmer det med dette?"
            ).format(parsed.navn, parsed.nummer)
        )
        self.confirm_fingerprint.setText(keys.show_fingerprint(parsed.keys.fingerprint))
        self.confirm_box.show()
        self.confirm_button.setFocus()

    def _cancel_pending(self) -> None:
        self.pending = None
        self.confirm_box.hide()

    def _confirm(self) -> None:
        if self.pending is None:
            return
        data, parsed = self.pending

        def done(_: Changes) -> None:
            self._cancel_pending()
            self.show_result(self.tr("Nøkkelen til {0} er lagt til.").format(parsed.navn))
            self.refresh()

        self.run(lambda ctx: exchange.add_kjent_kommune(ctx, data), done)

    def _remove(self) -> None:
        kjent = current_row(self.table, exchange.KjentInfo)
        if kjent is None:
            self.show_error(self.tr("Velg nøkkelen som skal fjernes."))
            return
        self.run(lambda ctx: exchange.remove_kjent_kommune(ctx, kjent.id), lambda _: self.refresh())


# =========================================================================== the Fil menu
# The main window makes the menu entries (views/mainwindow.py) and imports this module when one
# is chosen: a start of the app does not import the package dialogs.


def import_package(window: MainWindow) -> None:
    """«Importer stafettlogg …»: choose a package, import it, and open the new log if it is the person's."""
    backend = window.backend
    title = QCoreApplication.translate("pakke", "Importer stafettlogg")
    if _refused_here(window, title):
        return
    path = _open_path(window, title, PACKAGE_FILTER)
    if path is None:
        return
    dialog = ImportPackageDialog(backend, path, window)
    dialog.exec()
    if dialog.changes is not None and dialog.changes.created is not None:
        window.refresh()
        if dialog.holder.currentData() == backend.who.id:  # a leader may not read what they imported
            window.open_log(dialog.changes.created)


def read_receipt(window: MainWindow) -> None:
    """«Les inn kvittering …»: the receiving kommune's answer to a package sent from here."""
    title = QCoreApplication.translate("pakke", "Les inn kvittering")
    if _refused_here(window, title):
        return
    path = _open_path(window, title, RECEIPT_FILTER)
    if path is not None:
        ReceiptDialog(window.backend, path, window).exec()


def show_keys(window: MainWindow) -> None:
    """«Kommunens nøkler …» (administrators)."""
    KeysDialog(window.backend, window).exec()
