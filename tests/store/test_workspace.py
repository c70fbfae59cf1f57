"""Creating and opening workspaces: where the key lives, what the folder holds, what is refused."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import keyring
import pytest
from sqlalchemy import func, select

from desktop.core.entities import Ansatt, Kommune, OutboxEntry, Setting, Tjeneste
from desktop.store import keys
from desktop.store.errors import (
    DatabaseCorrupt,
    DatabaseMissing,
    KeyMissing,
    KeyringUnavailable,
    NewerSchema,
    WorkspaceExists,
    WorkspaceFileCorrupt,
    WrongPassphrase,
)
from desktop.store.keys import KEY_FILE_NAME, KEYRING_SERVICE, FailingKeyring, KeyStorage, MemoryKeyring
from desktop.store.workspace import Workspace, default_data_dir

from .conftest import add_admin, add_tjeneste, file_digest

PASSPHRASE = "korrekt hest batteri"


def test_create_then_open_with_the_keyring(tmp_path: Path, isolated_keyring: MemoryKeyring) -> None:
    data_dir = tmp_path / "ws"
    with Workspace.create(data_dir) as ws:
        assert Workspace.exists(data_dir)
        assert Workspace.key_storage(data_dir) is KeyStorage.KEYRING
        assert (KEYRING_SERVICE, f"workspace:{ws.id}") in isolated_keyring.entries
        assert not (data_dir / KEY_FILE_NAME).exists()
        admin = add_admin(ws)
        with ws.transaction(admin) as ctx:
            add_tjeneste(ctx, "Barnehage")
        workspace_id, device_id = ws.id, ws.device_id

    with Workspace.open(data_dir) as ws:
        assert (ws.id, ws.device_id) == (workspace_id, device_id)
        with ws.session() as s:
            assert s.scalars(select(Tjeneste.navn)).all() == ["Barnehage"]
            assert s.get(Setting, "device_id") is not None
            entry = s.scalars(select(OutboxEntry).where(OutboxEntry.entity == "tjeneste")).one()
            assert entry.device == device_id
            assert entry.author_id == admin.id


def test_passphrase_when_the_keyring_is_unusable(tmp_path: Path) -> None:
    keyring.set_keyring(FailingKeyring())  # the autouse fixture restores the previous backend
    data_dir = tmp_path / "ws"
    with pytest.raises(KeyringUnavailable):
        Workspace.create(data_dir)
    assert not Workspace.exists(data_dir)

    Workspace.create(data_dir, passphrase=PASSPHRASE).close()
    assert Workspace.key_storage(data_dir) is KeyStorage.PASSPHRASE
    assert (data_dir / KEY_FILE_NAME).is_file()
    before = file_digest(data_dir / Workspace.DB_NAME)

    with pytest.raises(ValueError, match="passphrase"):
        Workspace.open(data_dir)
    with pytest.raises(WrongPassphrase) as info:
        Workspace.open(data_dir, passphrase="feil passordfrase")
    assert "Passordfrasen er feil" in info.value.message
    assert file_digest(data_dir / Workspace.DB_NAME) == before

    with Workspace.open(data_dir, passphrase=PASSPHRASE) as ws, ws.session() as s:
        assert s.get(Setting, "device_id") is not None


def test_passphrase_is_used_even_when_the_keyring_works(tmp_path: Path, isolated_keyring: MemoryKeyring) -> None:
    with Workspace.create(tmp_path / "ws", passphrase=PASSPHRASE):
        pass
    assert Workspace.key_storage(tmp_path / "ws") is KeyStorage.PASSPHRASE
    assert isolated_keyring.entries == {}


def test_deleted_keyring_entry_is_key_missing(tmp_path: Path) -> None:
    data_dir = tmp_path / "ws"
    with Workspace.create(data_dir) as ws:
        workspace_id = ws.id
    db = data_dir / Workspace.DB_NAME
    before = file_digest(db)
    files_before = sorted(os.listdir(data_dir))
    keys.delete_from_keyring(workspace_id)

    with pytest.raises(KeyMissing) as info:
        Workspace.open(data_dir)
    assert "Nøkkelen til arbeidsområdet finnes ikke" in info.value.message
    assert file_digest(db) == before
    assert sorted(os.listdir(data_dir)) == files_before


def test_missing_database_is_reported_not_recreated(tmp_path: Path) -> None:
    data_dir = tmp_path / "ws"
    Workspace.create(data_dir).close()
    (data_dir / Workspace.DB_NAME).rename(tmp_path / "flyttet.db")
    with pytest.raises(DatabaseMissing):
        Workspace.open(data_dir)
    assert not (data_dir / Workspace.DB_NAME).exists()


def test_default_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STAFETTLOGG_HOME", str(tmp_path / "hjem"))
    assert default_data_dir() == tmp_path / "hjem"
    monkeypatch.delenv("STAFETTLOGG_HOME")
    assert default_data_dir().name == "Stafettlogg"


def test_workspace_json_holds_no_personal_data(tmp_path: Path) -> None:
    data_dir = tmp_path / "ws"
    with Workspace.create(data_dir) as ws:
        add_admin(ws, kommune="Markørvik", fornavn="Gunnhild")
        with ws.session() as s:
            fnr = s.scalars(select(Ansatt.fodselsnummer)).one()
            assert s.scalar(select(func.count()).select_from(Kommune)) == 1
        workspace_id = ws.id
    meta_path = data_dir / Workspace.META_NAME
    raw = meta_path.read_text(encoding="utf-8")
    meta = json.loads(raw)
    assert set(meta) == {"format", "id", "key_storage", "created_at"}
    assert meta["id"] == workspace_id
    for personal in ("Markørvik", "Gunnhild", fnr):
        assert personal not in raw
        for path in data_dir.iterdir():
            assert personal.encode() not in path.read_bytes(), path.name
    if os.name == "posix":
        assert stat.S_IMODE(meta_path.stat().st_mode) == 0o600
        assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    assert not [p for p in data_dir.iterdir() if p.name.endswith(".tmp")]


def test_create_refuses_an_existing_workspace(tmp_path: Path, isolated_keyring: MemoryKeyring) -> None:
    data_dir = tmp_path / "ws"
    Workspace.create(data_dir).close()
    digests = {p.name: file_digest(p) for p in data_dir.iterdir()}
    entries = dict(isolated_keyring.entries)
    with pytest.raises(WorkspaceExists) as info:
        Workspace.create(data_dir)
    assert "finnes allerede" in info.value.message
    assert {p.name: file_digest(p) for p in data_dir.iterdir()} == digests
    assert isolated_keyring.entries == entries


def test_create_refuses_a_stray_database(tmp_path: Path) -> None:
    data_dir = tmp_path / "ws"
    data_dir.mkdir()
    (data_dir / Workspace.DB_NAME).write_bytes(b"noe som ikke skal overskrives")
    with pytest.raises(WorkspaceExists):
        Workspace.create(data_dir)
    assert (data_dir / Workspace.DB_NAME).read_bytes() == b"noe som ikke skal overskrives"


def test_failed_create_leaves_no_key_behind(tmp_path: Path, isolated_keyring: MemoryKeyring) -> None:
    data_dir = tmp_path / "ws"
    with pytest.raises(ValueError, match="minst 8 tegn"):
        Workspace.create(data_dir, passphrase="kort")
    assert not Workspace.exists(data_dir)
    assert list(data_dir.iterdir()) == []
    assert isolated_keyring.entries == {}


def test_damaged_or_newer_workspace_json(tmp_path: Path) -> None:
    data_dir = tmp_path / "ws"
    Workspace.create(data_dir).close()
    meta_path = data_dir / Workspace.META_NAME
    good = json.loads(meta_path.read_text(encoding="utf-8"))

    meta_path.write_text("{ikke json", encoding="utf-8")
    with pytest.raises(WorkspaceFileCorrupt):
        Workspace.open(data_dir)
    for bad in ({**good, "key_storage": ["keyring"]}, {**good, "id": ""}, {**good, "format": True}, [good]):
        meta_path.write_text(json.dumps(bad), encoding="utf-8")
        with pytest.raises(WorkspaceFileCorrupt):
            Workspace.key_storage(data_dir)
    meta_path.write_text(json.dumps({**good, "format": 99}), encoding="utf-8")
    with pytest.raises(NewerSchema):
        Workspace.open(data_dir)

    meta_path.unlink()
    assert Workspace.key_storage(data_dir) is None
    with pytest.raises(WorkspaceFileCorrupt, match="ikke noe arbeidsområde"):
        Workspace.open(data_dir)


def test_newer_database_schema_is_refused(tmp_path: Path) -> None:
    data_dir = tmp_path / "ws"
    with Workspace.create(data_dir) as ws, ws.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = 'fremtid'")
    before = file_digest(data_dir / Workspace.DB_NAME)
    with pytest.raises(NewerSchema):
        Workspace.open(data_dir)
    assert file_digest(data_dir / Workspace.DB_NAME) == before


def test_close_is_idempotent_and_final(workspace: Workspace) -> None:
    workspace.close()
    workspace.close()
    with pytest.raises(RuntimeError), workspace.session() as s:
        s.scalar(select(func.count()).select_from(Setting))


@pytest.mark.parametrize(
    "garbage", [ValueError("badly formed hexadecimal UUID string"), LookupError("'\\x00'"), TypeError]
)
def test_a_value_that_will_not_decode_is_damage_only_when_a_page_fails_its_hmac(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch, garbage: Exception | type[Exception]
) -> None:
    """SQLCipher hands a page that fails its HMAC back zeroed; its values then fail to decode."""
    who = add_admin(workspace)
    pages: list[str] = []
    monkeypatch.setattr(workspace, "_damaged_pages", lambda: pages)
    with pytest.raises(type(garbage) if isinstance(garbage, Exception) else garbage), workspace.transaction(who):
        raise garbage  # a plain bug: the file is whole
    pages.append("HMAC verification failed for page 9")
    for begin in (lambda: workspace.transaction(who), workspace.sync_transaction):
        with pytest.raises(DatabaseCorrupt) as found, begin():
            raise garbage
        assert found.value.message == DatabaseCorrupt.message and "page 9" in str(found.value.detail)
