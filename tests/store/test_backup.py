"""Encrypted backup and restore: what the file holds, and every refusal leaves everything as it was."""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import json
import os
import re
import stat
import struct
import uuid
from pathlib import Path

import keyring
import pytest
from sqlalchemy import func, select

from desktop.core import audit
from desktop.core.context import PersonRef
from desktop.core.entities import AuditEntry, OutboxStatus, Setting, SyncChange, Tjeneste
from desktop.store import backup
from desktop.store.backup import (
    MAGIC,
    BackupDamaged,
    BackupNewer,
    BackupPassphraseTooShort,
    BackupTruncated,
    NotABackup,
    WorkspaceInTheWay,
    WrongBackupPassphrase,
)
from desktop.store.keys import KEY_FILE_NAME, KEYRING_SERVICE, FailingKeyring, KeyStorage, MemoryKeyring
from desktop.store.workspace import Workspace

from .conftest import add_tjeneste, file_digest

PASSPHRASE = "riktig hest batteri"
FAST = {"n": 2**10}  # scrypt cost for tests only


def _fill(ws: Workspace, admin: PersonRef) -> None:
    with ws.transaction(admin) as ctx:
        add_tjeneste(ctx, "Helsestasjon Ella Fjellstad")  # a recognisable text to look for in the file
        audit.record(ctx, audit.Action.READ, None)
    with ws.factory() as s, s.begin():  # a change that waits to be synced
        s.add(
            SyncChange(
                change_id=uuid.uuid4(),
                at=dt.datetime.now(dt.UTC),
                author_type="ansatt",
                author_id=admin.id,
                device=ws.device_id,
                commands=[],
                status=OutboxStatus.PENDING,
            )
        )


def _backup(ws: Workspace, tmp_path: Path, name: str = "kopi.stafettkopi") -> Path:
    path = tmp_path / name
    backup.create_backup(ws, path, PASSPHRASE, app_version="0.1.0", **FAST)
    return path


def test_backup_file_is_encrypted_private_and_describes_itself(
    workspace: Workspace, admin: PersonRef, tmp_path: Path
) -> None:
    _fill(workspace, admin)
    with workspace.session() as s:
        waiting = backup.pending_changes(s)
    path = _backup(workspace, tmp_path)
    data = path.read_bytes()
    assert data.startswith(MAGIC)
    assert b"Ella" not in data and b"Fjellstad" not in data and b"SQLite format 3" not in data
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "ws") == [path.name]  # no temp left
    info = backup.read_info(path)
    assert (info.workspace_id, info.device_id, info.app_version) == (workspace.id, workspace.device_id, "0.1.0")
    assert info.pending == waiting >= 1 and info.format == backup.BACKUP_FORMAT and info.schema
    assert not info.connected


def test_a_connected_workspace_says_so(workspace: Workspace, admin: PersonRef, tmp_path: Path) -> None:
    with workspace.sync_transaction() as s:
        s.add(Setting(key=backup.SERVER_SETTING, value="https://stafettlogg.example.test"))
    assert backup.read_info(_backup(workspace, tmp_path)).connected


def test_restore_on_a_new_pc_keeps_everything_with_a_new_identity(
    workspace: Workspace, admin: PersonRef, tmp_path: Path, isolated_keyring: MemoryKeyring
) -> None:
    _fill(workspace, admin)
    with workspace.session() as s:
        waiting = backup.pending_changes(s)
    path = _backup(workspace, tmp_path)
    new_pc = tmp_path / "ny-pc"
    result = backup.restore_backup(path, PASSPHRASE, new_pc)
    assert result.aside is None and result.key_storage is KeyStorage.KEYRING
    assert result.workspace_id != workspace.id and result.device_id != workspace.device_id
    assert (KEYRING_SERVICE, f"workspace:{result.workspace_id}") in isolated_keyring.entries
    assert sorted(p.name for p in new_pc.iterdir()) == ["stafettlogg.db", "workspace.json"]
    with Workspace.open(new_pc) as ws:
        assert (ws.id, ws.device_id) == (result.workspace_id, result.device_id)
        with ws.session() as s:
            assert s.scalars(select(Tjeneste.navn)).all() == ["Helsestasjon Ella Fjellstad"]
            assert backup.pending_changes(s) == waiting >= 1  # the un-synced outbox came along
            assert audit.verify(s).ok and audit.verify(s).entries >= 1
        with ws.transaction(admin) as ctx:  # and it works: new entries under the new device
            audit.record(ctx, audit.Action.READ, None)
        with ws.session() as s:
            last = s.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
            assert last is not None and last.device == result.device_id
            assert audit.verify(s).ok


def test_restore_without_a_keyring_uses_the_backup_passphrase(
    workspace: Workspace, admin: PersonRef, tmp_path: Path
) -> None:
    path = _backup(workspace, tmp_path)
    keyring.set_keyring(FailingKeyring())
    result = backup.restore_backup(path, PASSPHRASE, tmp_path / "ny-pc")
    assert result.key_storage is KeyStorage.PASSPHRASE
    assert (tmp_path / "ny-pc" / KEY_FILE_NAME).is_file()
    with Workspace.open(tmp_path / "ny-pc", passphrase=PASSPHRASE) as ws, ws.session() as s:
        assert s.get(Setting, "device_id") is not None


def test_an_existing_workspace_is_refused_unless_replaced_and_then_kept_aside(
    workspace: Workspace, admin: PersonRef, tmp_path: Path
) -> None:
    _fill(workspace, admin)
    path = _backup(workspace, tmp_path)
    data_dir = workspace.data_dir
    with workspace.transaction(admin) as ctx:
        add_tjeneste(ctx, "Etter kopien")
    old_id = workspace.id
    workspace.close()
    before = {p.name: file_digest(p) for p in data_dir.iterdir()}
    with pytest.raises(WorkspaceInTheWay):
        backup.restore_backup(path, PASSPHRASE, data_dir)
    assert {p.name: file_digest(p) for p in data_dir.iterdir()} == before

    result = backup.restore_backup(path, PASSPHRASE, data_dir, replace=True)
    assert result.aside is not None and result.aside.parent == data_dir
    with Workspace.open(result.aside) as old, old.session() as s:  # the old one still opens, from aside
        assert old.id == old_id
        assert "Etter kopien" in s.scalars(select(Tjeneste.navn)).all()
    with Workspace.open(data_dir) as new, new.session() as s:
        assert "Etter kopien" not in s.scalars(select(Tjeneste.navn)).all()


def _refused(path: Path, tmp_path: Path, error: type[Exception], passphrase: str = PASSPHRASE) -> None:
    target = tmp_path / "ny-pc"
    with pytest.raises(error) as caught:
        backup.restore_backup(path, passphrase, target)
    assert getattr(caught.value, "message", "").endswith(("Ingenting er endret.", "Prøv en annen sikkerhetskopi."))
    assert not Workspace.exists(target)
    assert not target.exists() or list(target.iterdir()) == []  # no staging left behind


def test_wrong_passphrase_is_refused(workspace: Workspace, admin: PersonRef, tmp_path: Path) -> None:
    _refused(_backup(workspace, tmp_path), tmp_path, WrongBackupPassphrase, "feil passordfrase")


def test_a_truncated_file_is_refused(workspace: Workspace, admin: PersonRef, tmp_path: Path) -> None:
    path = _backup(workspace, tmp_path)
    data = path.read_bytes()
    for cut in (len(data) - 1, len(data) // 2, len(MAGIC) + 2):
        path.write_bytes(data[:cut])
        _refused(path, tmp_path, BackupTruncated)
        with pytest.raises(BackupTruncated):
            backup.read_info(path)


def test_a_tampered_database_is_refused(workspace: Workspace, admin: PersonRef, tmp_path: Path) -> None:
    path = _backup(workspace, tmp_path)
    data = bytearray(path.read_bytes())
    data[-5000] ^= 0x01
    path.write_bytes(bytes(data))
    _refused(path, tmp_path, BackupDamaged)


def test_a_tampered_header_is_refused(workspace: Workspace, admin: PersonRef, tmp_path: Path) -> None:
    path = _backup(workspace, tmp_path)
    data = path.read_bytes()
    damaged = re.sub(rb'"pending": (\d+)', rb'"pending": 1\1', data, count=1)
    assert damaged != data
    path.write_bytes(damaged)
    _refused(path, tmp_path, BackupDamaged)


def _rewrite_header(path: Path, change: dict[str, object]) -> None:
    """A header edited with its checksum recomputed: what a deliberate forger would do."""
    data = path.read_bytes()
    (length,) = struct.unpack(">I", data[len(MAGIC) : len(MAGIC) + 4])
    fields = json.loads(data[len(MAGIC) + 4 : len(MAGIC) + 4 + length])
    fields.pop("checksum")
    fields.update(change)
    fields["checksum"] = hashlib.sha256(backup._canonical(fields)).hexdigest()
    header = json.dumps(fields).encode("ascii")
    path.write_bytes(MAGIC + struct.pack(">I", len(header)) + header + data[len(MAGIC) + 4 + length :])


def test_a_forged_header_fails_the_passphrase(workspace: Workspace, admin: PersonRef, tmp_path: Path) -> None:
    path = _backup(workspace, tmp_path)
    _rewrite_header(path, {"device_id": "0" * 32})
    _refused(path, tmp_path, WrongBackupPassphrase)


def test_a_newer_format_is_refused(workspace: Workspace, admin: PersonRef, tmp_path: Path) -> None:
    path = _backup(workspace, tmp_path)
    _rewrite_header(path, {"format": backup.BACKUP_FORMAT + 1})
    _refused(path, tmp_path, BackupNewer)


def test_a_newer_schema_is_refused(workspace: Workspace, admin: PersonRef, tmp_path: Path) -> None:
    with workspace.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = 'fra_fremtiden'")
    _refused(_backup(workspace, tmp_path), tmp_path, BackupNewer)


def test_a_broken_audit_chain_is_refused(workspace: Workspace, admin: PersonRef, tmp_path: Path) -> None:
    _fill(workspace, admin)
    with workspace.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE audit SET action = 'endret' WHERE seq = 1")
    with pytest.raises(BackupDamaged, match="Revisjonsloggen"):
        backup.restore_backup(_backup(workspace, tmp_path), PASSPHRASE, tmp_path / "ny-pc")
    assert not Workspace.exists(tmp_path / "ny-pc")


def test_not_a_backup_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bilde.stafettkopi"
    path.write_bytes(b"\x89PNG\r\n" + b"x" * 100)
    _refused(path, tmp_path, NotABackup)


def test_a_short_passphrase_is_refused_before_anything_is_written(
    workspace: Workspace, admin: PersonRef, tmp_path: Path
) -> None:
    with pytest.raises(BackupPassphraseTooShort):
        backup.create_backup(workspace, tmp_path / "k.stafettkopi", "kort", app_version="0", **FAST)
    assert not (tmp_path / "k.stafettkopi").exists()


def test_a_full_disk_leaves_nothing_behind(
    workspace: Workspace, admin: PersonRef, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    folder = tmp_path / "minnepinne"
    folder.mkdir()
    monkeypatch.setattr("desktop.store.backup.shutil.copyfileobj", full)
    with pytest.raises(backup.BackupNotWritten, match="Disken er full"):
        backup.create_backup(workspace, folder / "k.stafettkopi", PASSPHRASE, app_version="0", **FAST)
    assert list(folder.iterdir()) == []


def test_the_outbox_count_matches(workspace: Workspace, admin: PersonRef) -> None:
    _fill(workspace, admin)
    with workspace.session() as s:
        assert backup.pending_changes(s) == s.scalar(
            select(func.count()).select_from(SyncChange).where(SyncChange.status == OutboxStatus.PENDING)
        )


def test_a_restored_pc_pushes_what_waited_once_and_the_old_one_changes_nothing(seeded_db: Path, tmp_path: Path) -> None:
    """A kindergarten PC dies before it syncs: its backup on a new PC sends the waiting change."""
    from desktop.core.entities import Lysglimt, Stafettlogg
    from desktop.core.usecases import content
    from sync.client import MemoryTokens, SyncClient
    from sync.server.cli import TRAINING_PASSWORD
    from tests.sync.support import Pc, copy_seed, live_server

    text = "Skrevet på PC-en i barnehagen rett før den sluttet å virke."
    with live_server(copy_seed(seeded_db, tmp_path / "server.db")) as server:
        old = Pc.connect(tmp_path / "gammel-pc", server.url, "kari")
        old.sync()
        with old.session() as s:
            logg_id = s.scalars(select(Stafettlogg.id).where(Stafettlogg.stafettholder_id == old.me.id)).first()
        assert logg_id is not None
        with old.work() as ctx:
            content.post_lysglimt(ctx, logg_id, text)
        path = _backup(old.workspace, tmp_path)

        backup.restore_backup(path, PASSPHRASE, tmp_path / "ny-pc")
        with Workspace.open(tmp_path / "ny-pc") as ws:
            client = SyncClient(server.url, ws.sync_transaction, MemoryTokens(), device_name="Ny PC")
            client.sign_in("kari", TRAINING_PASSWORD)  # the sign-in stayed on the old PC
            report = client.sync()
            assert report.applied >= 1 and report.waiting == 0 and report.rejected == 0
        # The old PC comes back to life and pushes the same change: the server answers it from
        # its record (idempotent by change id) and applies nothing twice.
        assert old.sync().rejected == 0
        old.close()
        third = Pc.connect(tmp_path / "tredje-pc", server.url, "kari")
        try:
            third.sync()
            with third.session() as s:
                assert s.scalars(select(Lysglimt.tekst).where(Lysglimt.tekst == text)).all() == [text]
        finally:
            third.close()


def test_two_restores_in_one_second_keep_both_old_workspaces(
    workspace: Workspace, admin: PersonRef, tmp_path: Path
) -> None:
    path = _backup(workspace, tmp_path)
    data_dir = workspace.data_dir
    workspace.close()
    first = backup.restore_backup(path, PASSPHRASE, data_dir, replace=True).aside
    second = backup.restore_backup(path, PASSPHRASE, data_dir, replace=True).aside
    assert first is not None and second is not None and first != second
    assert Workspace.exists(first) and Workspace.exists(second) and Workspace.exists(data_dir)
