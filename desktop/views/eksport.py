"""«Eksporter som PDF …» for a log, the archive copy on closing, and the consent form to print.

The work runs in three steps so that nothing slow happens on the GUI thread and no Qt object
leaves it: the log's data is gathered on the database worker (audited there), the factor
diagrams are drawn here (Qt), and the PDF is built and written on the worker — to a temp file
that is renamed into place, so a full disk leaves no half-written file.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.core.context import OSLO, Context
from desktop.core.snapshot import LoggSnapshot
from desktop.models.backend import Backend
from desktop.reports import logg as logg_report
from desktop.reports import samtykke as samtykke_report
from desktop.reports.logg import EksportValg, LoggEksport
from desktop.reports.pdf import os_error_message, save_atomic
from desktop.reports.samtykke import SkjemaData, SkjemaForesatt, Sprak

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.views.forms import error_label, named
from desktop.views.widgets import while_alive

DIAGRAM_SIZE = (1500, 1030)


def _tr(text: str) -> str:
    return QCoreApplication.translate("eksport", text)


def _documents() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


def _today(backend: Backend) -> dt.date:
    return backend.clock().astimezone(OSLO).date()


def ask_save_path(parent: QWidget, title: str, filename: str) -> str:
    """The save-file dialog; an empty string when the user cancels. Adds «.pdf» if it is missing."""
    path, _ = QFileDialog.getSaveFileName(parent, title, str(_documents() / filename), _tr("PDF-filer (*.pdf)"))
    if path and not path.lower().endswith(".pdf"):
        path += ".pdf"
    return path


class _PdfDialog(QDialog):
    """What the two dialogs share: a status line, an error line, and one job at a time.

    Signals:
        saved: (str) the path of a PDF that was written.
    """

    saved = Signal(str)

    def __init__(self, backend: Backend, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self.busy = False
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.layout_ = QVBoxLayout(self)
        self.body = QVBoxLayout()
        self.layout_.addLayout(self.body)
        self.status = named(QLabel(), self.tr("Status for PDF-en"))
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()
        self.layout_.addWidget(self.status)
        self.error = error_label(self)
        self.layout_.addWidget(self.error)
        self.buttons = QDialogButtonBox()
        self.layout_.addWidget(self.buttons)

    def add_button(self, text: str, name: str, role: QDialogButtonBox.ButtonRole) -> QPushButton:
        button = named(QPushButton(text), name)
        self.buttons.addButton(button, role)
        return button

    def set_busy(self, busy: bool, message: str = "") -> None:
        self.busy = busy
        self.buttons.setEnabled(not busy)
        if message:
            self.status.setText(message)
            self.status.show()
        if busy:
            self.error.hide()

    def reject(self) -> None:
        """Not while a PDF is being made: its answer comes back here."""
        if not self.busy:
            super().reject()

    def fail(self, message: str) -> None:
        self.set_busy(False)
        self.status.hide()
        self.error.setText(message)
        self.error.show()
        self.error.setFocus()

    def write(self, build: Callable[[], bytes], path: str, done: Callable[[str], None]) -> None:
        """Build the PDF and write it on the worker; ``done(path)`` on success."""

        def run() -> None:
            save_atomic(path, build())

        def failed(exc: BaseException) -> None:
            if isinstance(exc, OSError):
                self.fail(os_error_message(exc))
            else:
                self.set_busy(False)
                self.backend.bug.emit(exc)

        self.backend.ops.run(run, success=while_alive(self, lambda _r: done(path)), failure=while_alive(self, failed))


# --------------------------------------------------------------------------- the log


class EksportDialog(_PdfDialog):
    """«Eksporter som PDF»: all or chosen concerns, attachments, history; then where to save."""

    def __init__(
        self, backend: Backend, snap: LoggSnapshot, *, archive: bool = False, parent: QWidget | None = None
    ) -> None:
        title = self.tr("Lagre PDF for barnets mappe") if archive else self.tr("Eksporter som PDF")
        super().__init__(backend, title, parent)
        self.snap = snap
        self.archive = archive

        intro = QLabel(
            self.tr("Loggen er avsluttet. Lagre den som PDF, og legg PDF-en i barnets mappe slik veilederen sier.")
            if archive
            else self.tr(
                "Lag en PDF av loggen til {0}. PDF-en er taushetsbelagt: lagre den bare der den skal være."
            ).format(snap.barn)
        )
        intro.setWordWrap(True)
        self.body.addWidget(intro)

        which = QGroupBox(self.tr("Oppmerksomheter"))
        which_layout = QVBoxLayout(which)
        self.all = named(QRadioButton(self.tr("&Alle oppmerksomhetene")), self.tr("Alle oppmerksomhetene"))
        self.chosen = named(QRadioButton(self.tr("&Utvalgte oppmerksomheter")), self.tr("Utvalgte oppmerksomheter"))
        group = QButtonGroup(self)
        for b in (self.all, self.chosen):
            group.addButton(b)
            which_layout.addWidget(b)
        self.list = named(QListWidget(), self.tr("Oppmerksomheter som tas med"))
        self.list.setWordWrap(True)
        for o in snap.oppmerksomheter:
            item = QListWidgetItem(o.tekst)
            item.setData(Qt.ItemDataRole.UserRole, o.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        self.list.setMaximumHeight(140)
        which_layout.addWidget(self.list)
        self.body.addWidget(which)

        more = QGroupBox(self.tr("Ta også med"))
        more_layout = QVBoxLayout(more)
        attachments = sum(len(n.vedlegg) for n in snap.notater)
        self.vedlegg = named(
            QCheckBox(self.tr("&Vedleggene til notatene ({0} PDF), bakerst").format(attachments)),
            self.tr("Ta med vedleggene"),
        )
        self.historikk = named(
            QCheckBox(self.tr("&Historikken: alle endringer i loggen")), self.tr("Ta med historikken")
        )
        self.vedlegg.setChecked(attachments > 0)
        self.vedlegg.setVisible(attachments > 0)
        self.historikk.setChecked(True)
        more_layout.addWidget(self.vedlegg)
        more_layout.addWidget(self.historikk)
        self.whole_note = QLabel()
        self.whole_note.setWordWrap(True)
        more_layout.addWidget(self.whole_note)
        self.body.addWidget(more)

        self.save = self.add_button(
            self.tr("&Lagre som PDF …"), self.tr("Lagre som PDF"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel = self.add_button(self.tr("Avbryt"), self.tr("Avbryt"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save.setDefault(True)
        self.save.clicked.connect(self.export)
        self.cancel.clicked.connect(self.reject)

        self._kept: dict[QCheckBox, bool] = {}
        self.all.setChecked(True)
        if snap.limited:
            self.all.setText(self.tr("&Alle oppmerksomhetene du har tilgang til"))
        group.buttonToggled.connect(lambda *_: self._update())
        self.list.itemChanged.connect(lambda _i: self._update())
        self._update()
        self.setMinimumWidth(600)

    def chosen_ids(self) -> list[uuid.UUID]:
        items = [self.list.item(i) for i in range(self.list.count())]
        return [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]

    def whole(self) -> bool:
        """Everything the person may see: only then do notes, meetings and the history go in."""
        if self.snap.limited:
            return False
        return self.all.isChecked() or len(self.chosen_ids()) == self.list.count()

    def _update(self) -> None:
        self.list.setEnabled(self.chosen.isChecked())
        whole = self.whole()
        for box in (self.vedlegg, self.historikk):
            # Unticked while they cannot go in, so the box never shows what will not happen.
            if box.isEnabled() and not whole:
                self._kept[box] = box.isChecked()
                box.setChecked(False)
            elif whole and not box.isEnabled():
                box.setChecked(self._kept.get(box, True))
            box.setEnabled(whole)
        if self.snap.limited:
            self.whole_note.setText(
                self.tr(
                    "Du har lesetilgang til utvalgte oppmerksomheter. PDF-en viser bare dem, "
                    "uten notater, møter og historikk."
                )
            )
        elif not whole:
            self.whole_note.setText(
                self.tr(
                    "Notater, møter og historikk gjelder hele loggen. "
                    "De tas bare med når alle oppmerksomhetene er valgt."
                )
            )
        self.whole_note.setVisible(not whole)

    def valg(self) -> EksportValg:
        whole = self.whole()
        return EksportValg(
            oppmerksomheter=None if self.all.isChecked() else tuple(self.chosen_ids()),
            vedlegg=whole and self.vedlegg.isChecked(),
            historikk=whole and self.historikk.isChecked(),
        )

    def export(self) -> None:
        if self.busy:
            return
        if self.chosen.isChecked() and not self.chosen_ids():
            self.fail(self.tr("Velg minst én oppmerksomhet, eller velg «Alle oppmerksomhetene»."))
            return
        path = ask_save_path(
            self, self.windowTitle(), logg_report.default_filename(self.snap.barn, _today(self.backend))
        )
        if not path:
            return
        valg, logg_id = self.valg(), self.snap.id
        self.set_busy(True, self.tr("Henter loggen …"))
        self.backend.call(
            lambda ctx: logg_report.gather(ctx, logg_id, valg),
            success=while_alive(self, lambda data: self._gathered(data, path)),
            failure=while_alive(self, self.fail),
        )

    def _gathered(self, data: LoggEksport, path: str) -> None:
        from desktop.views.diagram.render import render_diagram_png

        self.set_busy(True, self.tr("Lager PDF-en …"))
        # Diagrams are drawn here, on the GUI thread: the scene is Qt.
        pictures = {i: render_diagram_png(d, DIAGRAM_SIZE) for i, d in data.diagrammer.items()}
        self.write(lambda: logg_report.build_logg_pdf(data, pictures), path, self._done)

    def _done(self, path: str) -> None:
        self.set_busy(False, self.tr("PDF-en er lagret: {0}").format(path))
        self.saved.emit(path)
        self.accept()


def export_log(
    backend: Backend, snap: LoggSnapshot, parent: QWidget | None = None, *, archive: bool = False
) -> EksportDialog:
    """Open the export dialog (not modal to the app's event loop: tests and users work on)."""
    dialog = EksportDialog(backend, snap, archive=archive, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if parent is not None:
        dialog.saved.connect(lambda path: _status(parent, path))
    dialog.open()
    return dialog


def _status(parent: QWidget, path: str) -> None:
    window = parent.window()
    bar = getattr(window, "statusBar", None)
    if callable(bar):
        bar().showMessage(_tr("PDF-en er lagret: {0}").format(path), 10_000)


def offer_archive_pdf(backend: Backend, snap: LoggSnapshot, parent: QWidget | None = None) -> QMessageBox:
    """After closing a log: the guide says to store it as PDF in the child's folder."""
    box = QMessageBox(parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setIcon(QMessageBox.Icon.Information)
    title = _tr("Loggen er avsluttet")
    box.setWindowTitle(title)
    box.setAccessibleName(title)
    box.setText(_tr("Loggen til {0} er avsluttet.").format(snap.barn))
    box.setInformativeText(_tr("Lagre loggen som PDF, og legg den i barnets mappe."))
    yes = named(
        box.addButton(_tr("&Lagre PDF for barnets mappe …"), QMessageBox.ButtonRole.AcceptRole),
        _tr("Lagre PDF for barnets mappe"),
    )
    later = named(box.addButton(_tr("&Ikke nå"), QMessageBox.ButtonRole.RejectRole), _tr("Ikke nå"))
    box.setDefaultButton(yes)
    box.setEscapeButton(later)

    def answered(button: Any) -> None:
        if button is yes:
            export_log(backend, snap, parent, archive=True)

    box.buttonClicked.connect(answered)
    box.open()
    return box


# --------------------------------------------------------------------------- the consent form


class SamtykkeskjemaDialog(_PdfDialog):
    """«Skriv ut samtykkeskjema»: language, filled in or blank, then save as PDF (again if wanted)."""

    # The language names stay in their own language: a reader looks for her own.
    LANGUAGES: tuple[tuple[Sprak, str, str], ...] = (
        ("nb", "Bokmål", "B&okmål"),
        ("nn", "Nynorsk", "&Nynorsk"),
        ("en", "English", "&English"),
    )

    def __init__(
        self,
        backend: Backend,
        filled: Callable[[Context], SkjemaData] | None = None,
        *,
        who: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(backend, self.tr("Skriv ut samtykkeskjema"), parent)
        self.filled = filled
        self.who = who
        intro = QLabel(
            self.tr(
                "Skjemaet skrives ut, leses og skrives under av alle med foreldreansvar (eller ungdommen selv fra "
                "15 år). Skann det signerte skjemaet og registrer samtykket i Stafettlogg."
            )
        )
        intro.setWordWrap(True)
        self.body.addWidget(intro)

        language = QGroupBox(self.tr("Språk"))
        language_layout = QVBoxLayout(language)
        self.language_group = QButtonGroup(self)
        self.languages: dict[Sprak, QRadioButton] = {}
        for code, shown, label in self.LANGUAGES:
            button = named(QRadioButton(label), shown)
            self.language_group.addButton(button)
            language_layout.addWidget(button)
            self.languages[code] = button
        self.languages["nb"].setChecked(True)
        self.body.addWidget(language)

        content = QGroupBox(self.tr("Innhold"))
        content_layout = QVBoxLayout(content)
        self.prefilled = named(
            QRadioButton(self.tr("&Fylt ut med {0} og de foresatte").format(who) if who else self.tr("&Fylt ut")),
            self.tr("Fylt ut"),
        )
        self.blank = named(QRadioButton(self.tr("&Blankt skjema")), self.tr("Blankt skjema"))
        group = QButtonGroup(self)
        for b in (self.prefilled, self.blank):
            group.addButton(b)
            content_layout.addWidget(b)
        self.prefilled.setEnabled(filled is not None)
        self.prefilled.setVisible(filled is not None)
        (self.prefilled if filled is not None else self.blank).setChecked(True)
        self.body.addWidget(content)

        self.save = self.add_button(
            self.tr("&Lagre som PDF …"), self.tr("Lagre som PDF"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = self.add_button(self.tr("Lukk"), self.tr("Lukk"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save.setDefault(True)
        self.save.clicked.connect(self.export)
        self.close_button.clicked.connect(self.reject)
        self.setMinimumWidth(520)

    def language(self) -> Sprak:
        return next(code for code, button in self.languages.items() if button.isChecked())

    def export(self) -> None:
        if self.busy:
            return
        sprak = self.language()
        filled = self.filled if self.prefilled.isChecked() and self.filled is not None else None
        naming = SkjemaData(barn=self.who if filled is not None else "")
        path = ask_save_path(
            self, self.windowTitle(), samtykke_report.default_filename(naming, sprak, _today(self.backend))
        )
        if not path:
            return
        # Read (and, for a log's child, audit) only once there is somewhere to write.
        source: Callable[[Context], SkjemaData] = filled or samtykke_report.for_person
        self.set_busy(True, self.tr("Henter opplysningene …"))
        self.backend.call(
            lambda ctx: (source(ctx), ctx.person.navn),
            success=while_alive(self, lambda got: self._loaded(got[0], got[1], sprak, path)),
            failure=while_alive(self, self.fail),
        )

    def _loaded(self, data: SkjemaData, author: str, sprak: Sprak, path: str) -> None:
        printed = self.backend.clock()
        self.set_busy(True, self.tr("Lager PDF-en …"))
        self.write(
            lambda: samtykke_report.build_samtykke_pdf(data, sprak, printed=printed, author=author), path, self._done
        )

    def _done(self, path: str) -> None:
        self.set_busy(False, self.tr("Skjemaet er lagret: {0}").format(path))
        self.saved.emit(path)
        self.close_button.setFocus()


def print_consent_form(
    backend: Backend,
    filled: Callable[[Context], SkjemaData] | None = None,
    parent: QWidget | None = None,
    *,
    who: str = "",
) -> SamtykkeskjemaDialog:
    dialog = SamtykkeskjemaDialog(backend, filled, who=who, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def consent_for_log(logg_id: uuid.UUID) -> Callable[[Context], SkjemaData]:
    return lambda ctx: samtykke_report.for_logg(ctx, logg_id)


def typed_consent_form(
    barn: str, fodselsdato: dt.date | None, foresatte: list[tuple[str, str]]
) -> Callable[[Context], SkjemaData]:
    """The wizard's form: the child and guardians as typed (nothing is stored yet, so nothing is audited)."""

    def load(ctx: Context) -> SkjemaData:
        return dataclasses.replace(
            samtykke_report.for_person(ctx),
            barn=barn,
            fodselsdato=fodselsdato,
            foresatte=tuple(SkjemaForesatt(navn, relasjon) for navn, relasjon in foresatte),
        )

    return load
