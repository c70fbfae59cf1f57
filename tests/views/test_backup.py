"""«Ta sikkerhetskopi …» and «Gjenopprett fra sikkerhetskopi …», driven through their widgets."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.app import Startup, WorkspaceLocker
from desktop.core.entities import AuditEntry, Barn
from desktop.models.backend import Backend
from desktop.models.operations import Operations
from desktop.store import backup
from desktop.store.errors import DatabaseCorrupt, WrongKeyOrCorrupt
from desktop.store.workspace import Workspace

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QLineEdit, QMessageBox, QPushButton, QWidget

from desktop.views import backup as views_backup
from desktop.views.backup import BackupDialog, RestoreDialog
from desktop.views.mainwindow import MainWindow
from desktop.views.startup import WelcomeDialog

from ..core.conftest import Clock
from .conftest import PASSPHRASE, TRAINING_NOW, Desk, Training
from .helpers import by_name, screenshot, unnamed_controls, when_modal

BACKUP_PASSPHRASE = "tre ord som huskes"
FAST_SCRYPT = 2**10


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """The backup's scrypt cost is for real files; tests need not pay it."""
    monkeypatch.setattr(backup, "SCRYPT_N", FAST_SCRYPT)


def _type(qtbot: QtBot, root: QWidget, name: str, text: str) -> None:
    edit = by_name(root, name, QLineEdit)
    edit.clear()
    qtbot.keyClicks(edit, text)


def _error(dialog: QWidget) -> str:
    label = by_name(dialog, "Feilmelding", QLabel)
    return label.text() if label.isVisibleTo(dialog) else ""


def _take_backup(desk: Desk, qtbot: QtBot, target: Path, monkeypatch: pytest.MonkeyPatch) -> BackupDialog:
    monkeypatch.setattr(views_backup, "ask_save_path", lambda _parent, _name: target)
    dialog = BackupDialog(desk.backend, lambda: desk.workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    _type(qtbot, dialog, "Passordfrase for sikkerhetskopien", BACKUP_PASSPHRASE)
    _type(qtbot, dialog, "Gjenta passordfrasen", BACKUP_PASSPHRASE)
    by_name(dialog, "Lagre sikkerhetskopien …", QPushButton).click()
    qtbot.waitUntil(lambda: dialog.saved is not None or bool(_error(dialog)), timeout=10_000)
    desk.wait(qtbot)
    return dialog


def test_backup_refuses_a_weak_or_mistyped_passphrase_and_keeps_the_text(
    desk_for: Callable[[str], Desk], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(views_backup, "ask_save_path", lambda _p, name: asked.append(name))
    dialog = BackupDialog(desk_for("Kari Nilsen").backend, lambda: None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed_controls(dialog) == []
    _type(qtbot, dialog, "Passordfrase for sikkerhetskopien", "kort")
    by_name(dialog, "Lagre sikkerhetskopien …", QPushButton).click()
    assert "minst 10 tegn" in _error(dialog)
    _type(qtbot, dialog, "Passordfrase for sikkerhetskopien", BACKUP_PASSPHRASE)
    _type(qtbot, dialog, "Gjenta passordfrasen", BACKUP_PASSPHRASE + "x")
    by_name(dialog, "Lagre sikkerhetskopien …", QPushButton).click()
    assert _error(dialog) == "De to passordfrasene er ikke like."
    _type(qtbot, dialog, "Gjenta passordfrasen", BACKUP_PASSPHRASE)
    by_name(dialog, "Lagre sikkerhetskopien …", QPushButton).click()  # the app is locked meanwhile
    assert "låst" in _error(dialog)
    assert asked == []
    assert by_name(dialog, "Passordfrase for sikkerhetskopien", QLineEdit).text() == BACKUP_PASSPHRASE


def test_backup_is_saved_and_audited_then_restored_on_a_new_pc(
    desk_for: Callable[[str], Desk], qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk = desk_for("Kari Nilsen")
    target = tmp_path / "minnepinne" / "Stafettlogg-sikkerhetskopi.stafettkopi"
    target.parent.mkdir()
    dialog = _take_backup(desk, qtbot, target, monkeypatch)
    assert _error(dialog) == ""
    assert dialog.saved == target and target.is_file()
    outcome = by_name(dialog, "Resultat", QLabel).text()
    assert str(target) in outcome and "ikke koblet til kommunens server" in outcome  # training: never syncs
    assert by_name(dialog, "Passordfrase for sikkerhetskopien", QLineEdit).text() == ""  # not left on screen
    with desk.workspace.session() as s:
        last = s.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
        assert last is not None and last.action == backup.AUDIT_ACTION and last.person_id == desk.backend.who.id

    # A new PC: the file is chosen, a wrong passphrase is refused in the dialog, then it works.
    new_pc = tmp_path / "ny-pc"
    monkeypatch.setattr(views_backup, "ask_open_path", lambda _parent: target)
    restore = RestoreDialog(new_pc)
    qtbot.addWidget(restore)
    restore.show()
    assert unnamed_controls(restore) == []
    assert not by_name(restore, "Legg det nåværende arbeidsområdet til side", QCheckBox).isVisibleTo(restore)
    by_name(restore, "Gjenopprett", QPushButton).click()
    assert _error(restore) == "Velg sikkerhetskopien først."
    by_name(restore, "Velg fil", QPushButton).click()
    details = by_name(restore, "Om sikkerhetskopien", QLabel)
    assert details.isVisibleTo(restore) and "Tatt " in details.text()
    _type(qtbot, restore, "Passordfrase for sikkerhetskopien", "feil passordfrase")
    by_name(restore, "Gjenopprett", QPushButton).click()
    assert _error(restore) == backup.WrongBackupPassphrase.message
    assert not Workspace.exists(new_pc)
    _type(qtbot, restore, "Passordfrase for sikkerhetskopien", BACKUP_PASSPHRASE)
    by_name(restore, "Gjenopprett", QPushButton).click()
    assert restore.result() == RestoreDialog.DialogCode.Accepted
    assert restore.restored is not None and "gjenopprettet" in restore.done_text()
    with Workspace.open(new_pc) as ws, ws.session() as s:
        assert ws.device_id != desk.workspace.device_id
        assert "Ella" in s.scalars(select(Barn.fornavn)).all()


def test_restore_over_an_existing_workspace_asks_and_keeps_it_aside(
    desk_for: Callable[[str], Desk], qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk = desk_for("Kari Nilsen")
    target = tmp_path / "kopi.stafettkopi"
    _take_backup(desk, qtbot, target, monkeypatch)
    here = tmp_path / "denne-pc"
    shutil.copytree(desk.training.dir, here)
    restore = RestoreDialog(here, path=target)
    qtbot.addWidget(restore)
    restore.show()
    aside = by_name(restore, "Legg det nåværende arbeidsområdet til side", QCheckBox)
    assert aside.isVisibleTo(restore) and not aside.isChecked()
    _type(qtbot, restore, "Passordfrase for sikkerhetskopien", BACKUP_PASSPHRASE)
    by_name(restore, "Gjenopprett", QPushButton).click()
    assert "Kryss av" in _error(restore)
    assert not any(p.name.startswith("forrige-") for p in here.iterdir())
    aside.click()
    by_name(restore, "Gjenopprett", QPushButton).click()
    assert restore.restored is not None and restore.restored.aside is not None
    assert Workspace.exists(restore.restored.aside) and Workspace.exists(here)
    assert str(restore.restored.aside) in restore.done_text()


def test_a_damaged_file_is_said_as_soon_as_it_is_chosen(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "ikke-en-kopi.stafettkopi"
    path.write_bytes(b"%PDF-1.7 " * 50)
    restore = RestoreDialog(tmp_path / "ny-pc", path=path)
    qtbot.addWidget(restore)
    restore.show()
    assert _error(restore) == backup.NotABackup.message
    assert not by_name(restore, "Om sikkerhetskopien", QLabel).isVisibleTo(restore)


def test_welcome_screen_offers_restore_and_startup_opens_the_restored_workspace(
    training_template: Training, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "kopi.stafettkopi"
    with Workspace.open(training_template.dir, passphrase=PASSPHRASE) as old_pc:
        backup.create_backup(old_pc, target, BACKUP_PASSPHRASE, app_version="0.1.0")
        old_device = old_pc.device_id
    monkeypatch.setattr(views_backup, "ask_open_path", lambda _parent: target)
    told: list[str] = []

    def welcome(dialog: QWidget) -> None:
        by_name(dialog, "Gjenopprett fra sikkerhetskopi", QPushButton).click()

    def restore(dialog: QWidget) -> None:
        by_name(dialog, "Velg fil", QPushButton).click()
        _type(qtbot, dialog, "Passordfrase for sikkerhetskopien", BACKUP_PASSPHRASE)
        # Clicked from the dialog's own event loop, as a user's click is (not inside this timer's callback).
        QTimer.singleShot(0, by_name(dialog, "Gjenopprett", QPushButton).click)

    def done(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        told.append(box.text())
        box.accept()

    def sign_in(dialog: QWidget) -> None:
        by_name(dialog, "Logg inn", QPushButton).click()

    when_modal(welcome, title="Velkommen til Stafettlogg")
    when_modal(restore, title="Gjenopprett fra sikkerhetskopi")
    when_modal(done, title="Stafettlogg")
    when_modal(sign_in, title="Logg inn")
    started = Startup(tmp_path / "ny-pc", kurs=False).run()
    assert started is not None
    workspace, _person = started
    try:
        assert told and "gjenopprettet" in told[0]
        assert workspace.device_id != old_device
    finally:
        workspace.close()
    assert WelcomeDialog.RESTORE == 4


def test_the_file_menu_offers_backup_and_a_database_check_to_staff(
    training_template: Training, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "ws"
    shutil.copytree(training_template.dir, folder)
    ws = Workspace.open(folder, passphrase=PASSPHRASE)
    locker = WorkspaceLocker(ws)
    ops = Operations()
    backend = Backend(ops, ws.transaction, training_template.people["Kari Nilsen"], clock=Clock(TRAINING_NOW))
    window = MainWindow(backend=backend, locker=locker, who_text="Kari Nilsen", may_create=True)
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: not ops.busy, timeout=10_000)
        action = window.backup_action
        assert action.isVisible() and action.text() == "Ta sikker&hetskopi …"
        shown: list[QWidget] = []

        def look(dialog: QWidget) -> None:
            shown.append(dialog)
            dialog.close()

        when_modal(look, title="Ta sikkerhetskopi")
        action.trigger()
        assert len(shown) == 1

        # «Kontroller databasen»: the whole file on the worker, the answer in a box.
        told: list[str] = []

        def answer(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            told.append(box.text())
            box.accept()

        check = window.check_action
        assert check.isVisible() and check.text() == "Kontroller &databasen …"
        when_modal(answer, title="Kontroller databasen")
        check.trigger()
        qtbot.waitUntil(lambda: len(told) == 1, timeout=10_000)
        assert "Ingen skade" in told[0] and check.isEnabled()

        def damaged() -> None:
            raise DatabaseCorrupt(detail="cipher_integrity_check: HMAC verification failed for page 9")

        monkeypatch.setattr(ws, "check_integrity", damaged)
        when_modal(answer, title="Kontroller databasen")
        check.trigger()
        qtbot.waitUntil(lambda: len(told) == 2, timeout=10_000)
        assert told[1] == DatabaseCorrupt.message
    finally:
        window.idle.timer.stop()
        qtbot.waitUntil(lambda: not ops.busy, timeout=10_000)
        ops.shutdown()
        locker.close()


def test_screenshots(
    desk_for: Callable[[str], Desk], qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The two dialogs as a user sees them (saved when STAFETTLOGG_SCREENSHOTS names a folder)."""
    folder = os.environ.get("STAFETTLOGG_SCREENSHOTS")
    desk = desk_for("Kari Nilsen")
    target = tmp_path / "Stafettlogg-sikkerhetskopi-2026-11-26.stafettkopi"
    dialog = _take_backup(desk, qtbot, target, monkeypatch)
    here = tmp_path / "denne-pc"
    shutil.copytree(desk.training.dir, here)
    restore = RestoreDialog(here, path=target)
    qtbot.addWidget(restore)
    restore.show()
    _type(qtbot, restore, "Passordfrase for sikkerhetskopien", "feil passordfrase")
    by_name(restore, "Legg det nåværende arbeidsområdet til side", QCheckBox).click()
    by_name(restore, "Gjenopprett", QPushButton).click()
    QApplication.processEvents()
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        for widget, name in ((dialog, "sikkerhetskopi.png"), (restore, "gjenopprett.png")):
            widget.adjustSize()
            assert widget.grab().save(str(Path(folder) / name))
    assert _error(restore) == backup.WrongBackupPassphrase.message


def test_a_workspace_that_cannot_be_opened_offers_the_backup_and_is_set_aside_untouched(
    training_template: Training, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    here = tmp_path / "denne-pc"
    shutil.copytree(training_template.dir, here)
    target = tmp_path / "kopi.stafettkopi"
    with Workspace.open(here, passphrase=PASSPHRASE) as ws:
        backup.create_backup(ws, target, BACKUP_PASSPHRASE, app_version="0.1.0")
    db = here / Workspace.DB_NAME
    damaged = bytearray(db.read_bytes())
    damaged[100:116] = bytes(16)  # inside page 1: its HMAC fails, SQLCipher refuses the key
    db.write_bytes(bytes(damaged))
    monkeypatch.setattr(views_backup, "ask_open_path", lambda _parent: target)
    told: list[str] = []

    def passphrase(dialog: QWidget) -> None:
        _type(qtbot, dialog, "Passordfrase", PASSPHRASE)
        QTimer.singleShot(0, by_name(dialog, "OK", QPushButton).click)

    def box(widget: QWidget) -> None:
        assert isinstance(widget, QMessageBox)
        told.append(widget.text())
        if len(told) == 1:  # the refusal, with the way out
            assert widget.text() == WrongKeyOrCorrupt.message
            screenshot(widget, "kan-ikke-aapnes-gjenopprett.png")
            by_name(widget, "Gjenopprett fra sikkerhetskopi", QPushButton).click()
            when_modal(box, title="Stafettlogg")
        else:
            widget.accept()

    def restore(dialog: QWidget) -> None:
        by_name(dialog, "Velg fil", QPushButton).click()
        _type(qtbot, dialog, "Passordfrase for sikkerhetskopien", BACKUP_PASSPHRASE)
        by_name(dialog, "Legg det nåværende arbeidsområdet til side", QCheckBox).click()
        QTimer.singleShot(0, by_name(dialog, "Gjenopprett", QPushButton).click)

    when_modal(passphrase, title="Passordfrase for arbeidsområdet")
    when_modal(box, title="Stafettlogg")
    when_modal(restore, title="Gjenopprett fra sikkerhetskopi")
    when_modal(lambda dialog: by_name(dialog, "Logg inn", QPushButton).click(), title="Logg inn")
    started = Startup(here, kurs=False).run()
    assert started is not None
    workspace, _person = started
    try:
        with workspace.session() as s:
            assert s.scalars(select(Barn)).first() is not None
    finally:
        workspace.close()
    assert len(told) == 2 and "gjenopprettet" in told[1]
    (aside,) = [p for p in here.iterdir() if p.name.startswith("forrige-")]
    assert (aside / Workspace.DB_NAME).read_bytes() == bytes(damaged)  # kept as it was, for IT support
