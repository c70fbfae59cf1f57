"""«Ta sikkerhetskopi …» (Fil menu) and «Gjenopprett fra sikkerhetskopi …» (the welcome screen).

The file format, how the key travels and what a restore checks: ``desktop/store/backup.py`` and
docs/reliability.md («Sikkerhetskopi og gjenoppretting»).
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from desktop import __version__
from desktop.core.context import Context
from desktop.models.backend import Backend
from desktop.store import backup
from desktop.store.backup import BackupInfo, RestoreResult
from desktop.store.errors import StoreError
from desktop.store.keys import KeyStorage
from desktop.store.workspace import Workspace

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.views.forms import WARNING_STYLE, dialog_buttons, error_label, named

OK_STYLE = "background: #e6f4ea; color: #0d3b1e; padding: 6px; border-radius: 4px;"  # 12:1
FILE_FILTER = "Sikkerhetskopier av Stafettlogg (*.stafettkopi)"


def _tr(text: str) -> str:
    return QCoreApplication.translate("backup", text)


def _documents() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


def ask_save_path(parent: QWidget, suggested: str) -> Path | None:
    """Where to save the backup (the file dialog asks before replacing a file); None if cancelled."""
    path, _ = QFileDialog.getSaveFileName(
        parent, _tr("Lagre sikkerhetskopien"), str(_documents() / suggested), _tr(FILE_FILTER)
    )
    if not path:
        return None
    if not path.lower().endswith(backup.SUFFIX):
        path += backup.SUFFIX
    return Path(path)


def ask_open_path(parent: QWidget) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(parent, _tr("Velg sikkerhetskopien"), str(_documents()), _tr(FILE_FILTER))
    return Path(path) if path else None


def _when(info: BackupInfo) -> str:
    local = info.created_at.astimezone()
    return _tr("{0} kl. {1}").format(local.strftime("%d.%m.%Y"), local.strftime("%H:%M"))


def _waiting(info: BackupInfo) -> str:
    n = info.pending
    if not info.connected:
        return _tr("Arbeidsområdet er ikke koblet til kommunens server.")
    if n == 0:
        return _tr("Alle endringer var synkronisert.")
    if n == 1:
        return _tr("1 endring var ikke synkronisert ennå.")
    return _tr("{0} endringer var ikke synkronisert ennå.").format(n)


D = TypeVar("D", bound=QWidget)
A = TypeVar("A")


def _weakly(dialog: D, method: Callable[[D, A], object]) -> Callable[[A], None]:
    """A background answer that does not keep ``dialog`` alive.

    The worker thread drops its references to an answer after delivering it. Were that the
    last reference to a dialog without a parent, the dialog (and its cursor's blink timer)
    would be destroyed on the worker thread, and Qt would later fire a dead timer.
    """
    ref = weakref.ref(dialog)

    def deliver(value: A) -> None:
        alive = ref()
        if alive is not None and isValid(alive):
            method(alive, value)

    return deliver


def _passphrase_edit(name: str) -> QLineEdit:
    edit = named(QLineEdit(), name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class BackupDialog(QDialog):
    """Choose a passphrase, then where to save; the copy is made on the database worker.

    ``workspace_of`` gives the open workspace, or None while the app is locked.
    """

    def __init__(
        self, backend: Backend, workspace_of: Callable[[], Workspace | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.backend = backend
        self.workspace_of = workspace_of
        self.busy = False
        self.saved: Path | None = None
        title = self.tr("Ta sikkerhetskopi")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Sikkerhetskopien er én fil med alt som er lagret på denne PC-en, også endringer som "
                "ikke er synkronisert ennå. Lagre den et trygt sted utenfor PC-en, for eksempel på "
                "kommunens fellesområde."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        warning = QLabel(
            self.tr(
                "Filen krypteres med passordfrasen du velger nå. Uten den kan ingen gjenopprette "
                "kopien – heller ikke IT-støtte. Skriv den ned og oppbevar den adskilt fra filen."
            )
        )
        warning.setWordWrap(True)
        warning.setStyleSheet(WARNING_STYLE)
        layout.addWidget(warning)
        form = QFormLayout()
        self.passphrase = _passphrase_edit(self.tr("Passordfrase for sikkerhetskopien"))
        self.repeat = _passphrase_edit(self.tr("Gjenta passordfrasen"))
        passphrase_label = QLabel(self.tr("&Passordfrase (minst {0} tegn):").format(backup.MIN_PASSPHRASE_LENGTH))
        passphrase_label.setBuddy(self.passphrase)
        repeat_label = QLabel(self.tr("&Gjenta passordfrasen:"))
        repeat_label.setBuddy(self.repeat)
        form.addRow(passphrase_label, self.passphrase)
        form.addRow(repeat_label, self.repeat)
        layout.addLayout(form)
        self.error = error_label(self)
        layout.addWidget(self.error)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setStyleSheet(OK_STYLE)
        self.outcome.setAccessibleName(self.tr("Resultat"))
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.outcome.hide()
        layout.addWidget(self.outcome)
        self.buttons = dialog_buttons(self.tr("&Lagre sikkerhetskopien …"), self.tr("&Lukk"))
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.passphrase.setFocus()

    def save(self) -> None:
        self.error.hide()
        passphrase = self.passphrase.text()
        if len(passphrase) < backup.MIN_PASSPHRASE_LENGTH:
            self.show_error(
                self.tr("Passordfrasen for sikkerhetskopien må ha minst {0} tegn.").format(backup.MIN_PASSPHRASE_LENGTH)
            )
            return
        if passphrase != self.repeat.text():
            self.show_error(self.tr("De to passordfrasene er ikke like."))
            return
        workspace = self.workspace_of()
        if workspace is None:
            self.show_error(self.tr("Stafettlogg er låst. Lås opp og prøv igjen."))
            return
        today = self.backend.clock().astimezone().date()
        path = ask_save_path(self, self.tr("Stafettlogg-sikkerhetskopi-{0}").format(today.isoformat()) + backup.SUFFIX)
        if path is None:
            return
        self._busy(True)
        self.outcome.setText(self.tr("Tar sikkerhetskopi …"))
        self.outcome.show()

        def work() -> BackupInfo:
            return backup.create_backup(workspace, path, passphrase, app_version=__version__)

        self.backend.ops.run(
            work,
            success=_weakly(self, lambda d, info: d._copied(path, info)),
            failure=_weakly(self, BackupDialog._failed),
        )

    def _copied(self, path: Path, info: BackupInfo) -> None:
        def record(ctx: Context) -> None:
            backup.record_backup(ctx, info)

        self.backend.call(
            record,
            success=_weakly(self, lambda d, _r: d._done(path, info)),
            failure=_weakly(self, BackupDialog._failed),
        )

    def _done(self, path: Path, info: BackupInfo) -> None:
        self._busy(False)
        self.saved = path
        self.passphrase.clear()
        self.repeat.clear()
        self.outcome.setText(self.tr("Sikkerhetskopien er lagret i {0}.").format(str(path)) + " " + _waiting(info))
        self.outcome.show()
        self.outcome.setFocus()

    def _failed(self, error: BaseException | str) -> None:
        self._busy(False)
        self.outcome.hide()
        if isinstance(error, str):
            self.show_error(error)
        elif isinstance(error, StoreError):
            self.show_error(error.message)
        else:
            self.backend.bug.emit(error)

    def _busy(self, busy: bool) -> None:
        self.busy = busy
        self.buttons.setEnabled(not busy)
        self.passphrase.setEnabled(not busy)
        self.repeat.setEnabled(not busy)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.error.setFocus()

    def reject(self) -> None:
        if not self.busy:  # the copy's answer comes back here
            super().reject()


class RestoreDialog(QDialog):
    """Choose the file, type its passphrase; everything is checked before it becomes the workspace.

    ``run`` runs the restore off the GUI thread (``views.startup.run_busy`` in the app).
    After ``exec()`` is accepted, ``restored`` says what was done.
    """

    def __init__(
        self,
        data_dir: Path,
        *,
        path: Path | None = None,
        run: Callable[[Callable[[], RestoreResult]], RestoreResult] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.path: Path | None = None
        self.info: BackupInfo | None = None
        self.restored: RestoreResult | None = None
        self._run = run or (lambda work: work())
        title = self.tr("Gjenopprett fra sikkerhetskopi")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(600)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Velg sikkerhetskopien og skriv passordfrasen som ble valgt da kopien ble tatt. "
                "Alt i filen kontrolleres før den tas i bruk. Endringer som ikke var synkronisert, "
                "sendes til kommunens server neste gang du logger inn."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        row = QHBoxLayout()
        self.file = named(QLineEdit(), self.tr("Sikkerhetskopi"))
        self.file.setReadOnly(True)
        self.file.setPlaceholderText(self.tr("Ingen fil valgt"))
        self.choose = named(QPushButton(self.tr("&Velg fil …")), self.tr("Velg fil"))
        self.choose.clicked.connect(self._choose)
        row.addWidget(self.file, 1)
        row.addWidget(self.choose)
        file_label = QLabel(self.tr("Sikkerhetskopi:"))
        file_label.setBuddy(self.choose)
        form.addRow(file_label, row)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setAccessibleName(self.tr("Om sikkerhetskopien"))
        self.details.hide()
        form.addRow("", self.details)
        self.passphrase = _passphrase_edit(self.tr("Passordfrase for sikkerhetskopien"))
        passphrase_label = QLabel(self.tr("&Passordfrase:"))
        passphrase_label.setBuddy(self.passphrase)
        form.addRow(passphrase_label, self.passphrase)
        layout.addLayout(form)
        self.existing = QLabel(
            self.tr(
                "Det finnes allerede et arbeidsområde på denne PC-en. Det blir ikke slettet, men lagt til "
                "side i en egen mappe, og sikkerhetskopien tar plassen. Endringer som bare finnes i det "
                "nåværende arbeidsområdet, kommer ikke med."
            )
        )
        self.existing.setWordWrap(True)
        self.existing.setStyleSheet(WARNING_STYLE)
        self.aside = named(
            QCheckBox(self.tr("&Legg det nåværende arbeidsområdet til side")),
            self.tr("Legg det nåværende arbeidsområdet til side"),
        )
        self.has_workspace = backup.occupied(data_dir)
        self.existing.setVisible(self.has_workspace)
        self.aside.setVisible(self.has_workspace)
        layout.addWidget(self.existing)
        layout.addWidget(self.aside)
        self.error = error_label(self)
        layout.addWidget(self.error)
        self.buttons = dialog_buttons(self.tr("&Gjenopprett"))
        self.buttons.accepted.connect(self.restore)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if path is not None:
            self.set_file(path)
        (self.passphrase if path is not None else self.choose).setFocus()

    def _choose(self) -> None:
        path = ask_open_path(self)
        if path is not None:
            self.set_file(path)
            self.passphrase.setFocus()

    def set_file(self, path: Path) -> None:
        """Show what the file says about itself; a file that is no usable backup is said at once."""
        self.error.hide()
        self.path = path
        self.file.setText(str(path))
        try:
            self.info = backup.read_info(path)
        except StoreError as exc:
            self.info = None
            self.details.hide()
            self.show_error(exc.message)
            return
        except OSError:
            self.info = None
            self.details.hide()
            self.show_error(self.tr("Filen kan ikke leses. Sjekk at den finnes og at du har tilgang til den."))
            return
        self.details.setText(
            self.tr("Tatt {0} med Stafettlogg {1}.").format(_when(self.info), self.info.app_version)
            + " "
            + _waiting(self.info)
        )
        self.details.show()

    def restore(self) -> None:
        self.error.hide()
        if self.path is None:
            self.show_error(self.tr("Velg sikkerhetskopien først."))
            return
        if not self.passphrase.text():
            self.show_error(self.tr("Skriv passordfrasen for sikkerhetskopien."))
            return
        replace = self.has_workspace and self.aside.isChecked()
        if backup.occupied(self.data_dir) and not replace:
            self.show_error(
                self.tr(
                    "Kryss av for å legge det nåværende arbeidsområdet til side. Ellers kan kopien ikke tas i bruk."
                )
            )
            return
        path, passphrase, data_dir = self.path, self.passphrase.text(), self.data_dir
        try:
            self.restored = self._run(lambda: backup.restore_backup(path, passphrase, data_dir, replace=replace))
        except StoreError as exc:
            self.show_error(exc.message)
            self.passphrase.selectAll()
            return
        except OSError:
            self.show_error(self.tr("Filen kan ikke leses. Sjekk at den finnes og at du har tilgang til den."))
            return
        self.accept()

    def done_text(self) -> str:
        """What the user is told after a restore."""
        result = self.restored
        assert result is not None
        parts = [self.tr("Sikkerhetskopien er gjenopprettet.")]
        if result.key_storage is KeyStorage.PASSPHRASE:
            parts.append(
                self.tr("PC-en har ingen nøkkelring, så arbeidsområdet er beskyttet med den samme passordfrasen.")
            )
        if result.aside is not None:
            parts.append(self.tr("Det forrige arbeidsområdet ligger i {0}.").format(str(result.aside)))
        if result.info.pending and result.info.connected:
            parts.append(
                self.tr("{0} endringer venter på synkronisering og sendes når du har logget inn.").format(
                    result.info.pending
                )
            )
        return " ".join(parts)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.error.setFocus()
