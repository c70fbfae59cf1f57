"""The SQLCipher engine: pragmas, encryption at rest, fault translation, real rollbacks."""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3
from sqlalchemy import Engine, create_engine, event, func, select
from sqlalchemy.exc import DBAPIError, IntegrityError

from desktop.core.context import PersonRef
from desktop.core.entities import OutboxEntry, Setting, Tjeneste
from desktop.store import engine as engine_module
from desktop.store.engine import SQLITE_HEADER, close_engine, open_engine, translate_error
from desktop.store.errors import (
    DatabaseCorrupt,
    DatabaseLocked,
    DatabaseMissing,
    DiskFull,
    NotOurDatabase,
    ReadOnlyLocation,
    StoreError,
    WrongKeyOrCorrupt,
)
from desktop.store.keys import key_to_sqlcipher_literal, new_raw_key
from desktop.store.workspace import Workspace

from .conftest import add_admin, add_tjeneste, file_digest

MARKER = "Klartekstmarkør-7f3a"


@pytest.fixture
def key() -> bytes:
    return new_raw_key()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.db"


@pytest.fixture
def engine(db_path: Path, key: bytes) -> Iterator[Engine]:
    eng = open_engine(db_path, key, create=True)
    try:
        yield eng
    finally:
        close_engine(eng)


def fill(eng: Engine, rows: int = 2000) -> None:
    with eng.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)")
        conn.exec_driver_sql(
            "INSERT INTO t (body) VALUES (?)", [(f"{MARKER} rad {i} " + "x" * 150,) for i in range(rows)]
        )


def raw_connect(path: Path, key: bytes, *, mode: str | None = None, timeout: float = 5.0) -> Any:
    target = f"{path.resolve().as_uri()}?mode={mode}" if mode else str(path)
    conn = sqlcipher3.connect(target, uri=mode is not None, timeout=timeout, isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f'PRAGMA key = "{key_to_sqlcipher_literal(key)}"')
    return conn


def driver_error(conn: Any, sql: str) -> BaseException:
    with pytest.raises(sqlcipher3.Error) as info:
        conn.execute(sql)
    error: BaseException = info.value
    return error


def tjeneste_count(ws: Workspace) -> int:
    with ws.session() as s:
        return s.scalar(select(func.count()).select_from(Tjeneste)) or 0


# --- pragmas and encryption -------------------------------------------------------------------


def test_pragmas_in_effect(engine: Engine) -> None:
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA temp_store").scalar() == 2  # MEMORY
        assert str(conn.exec_driver_sql("PRAGMA cipher_version").scalar()).startswith("4.")


def test_file_and_wal_hold_no_plaintext(engine: Engine, db_path: Path) -> None:
    fill(engine)
    wal = db_path.with_name(db_path.name + "-wal")
    assert wal.exists()  # the rows are still in the WAL: check it while it is there
    assert MARKER.encode() not in wal.read_bytes()
    close_engine(engine)
    data = db_path.read_bytes()
    assert not data.startswith(b"SQLite format 3")
    assert MARKER.encode() not in data


def test_begin_is_emitted_so_rollback_undoes_ddl_and_savepoints(engine: Engine) -> None:
    fill(engine, rows=1)
    seen: list[str] = []
    event.listen(engine, "before_cursor_execute", lambda _c, _cur, stmt, *_a: seen.append(stmt))
    with pytest.raises(RuntimeError), engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE u (x)")
        savepoint = conn.begin_nested()
        conn.exec_driver_sql("INSERT INTO t (body) VALUES ('lagret i savepoint')")
        savepoint.commit()
        raise RuntimeError("avbrutt")
    assert seen[0].startswith("BEGIN")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM t").scalar() == 1
        assert conn.exec_driver_sql("SELECT count(*) FROM sqlite_master WHERE name = 'u'").scalar() == 0


def test_close_engine_drops_the_key(db_path: Path, key: bytes) -> None:
    eng = open_engine(db_path, key, create=True)
    close_engine(eng)
    with pytest.raises(RuntimeError, match="key"), eng.connect():
        pass
    eng.dispose()


def test_missing_file_is_not_created(db_path: Path, key: bytes) -> None:
    with pytest.raises(DatabaseMissing):
        open_engine(db_path, key, create=False)
    assert not db_path.exists()


def test_empty_file_is_not_taken_for_a_new_database(db_path: Path, key: bytes) -> None:
    db_path.write_bytes(b"")
    with pytest.raises(DatabaseCorrupt):
        open_engine(db_path, key, create=False)
    assert db_path.read_bytes() == b""


def test_odd_characters_in_the_path(tmp_path: Path, key: bytes) -> None:
    path = tmp_path / "Mappe med æøå, ?#% og mellomrom" / "data.db"
    path.parent.mkdir()
    fill_engine = open_engine(path, key, create=True)
    fill(fill_engine, rows=3)
    close_engine(fill_engine)
    assert path.is_file()
    reopened = open_engine(path, key, create=False)
    try:
        with reopened.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM t").scalar() == 3
    finally:
        close_engine(reopened)
    assert sorted(p.name for p in path.parent.iterdir()) == ["data.db"]


# --- files that cannot be opened are left exactly as they were --------------------------------


def test_wrong_key_leaves_file_unchanged(engine: Engine, db_path: Path) -> None:
    fill(engine)
    close_engine(engine)
    before = file_digest(db_path)
    files_before = sorted(os.listdir(db_path.parent))
    with pytest.raises(WrongKeyOrCorrupt) as info:
        open_engine(db_path, new_raw_key(), create=False)
    assert "nøkkelen passer ikke" in info.value.message
    assert isinstance(info.value.__cause__, DBAPIError)
    assert file_digest(db_path) == before
    assert sorted(os.listdir(db_path.parent)) == files_before


def test_plain_sqlite_file_is_not_ours(db_path: Path, key: bytes) -> None:
    with sqlite3.connect(db_path) as plain:
        plain.execute("CREATE TABLE t (x)")
    plain.close()
    before = file_digest(db_path)
    assert db_path.read_bytes().startswith(SQLITE_HEADER)
    with pytest.raises(NotOurDatabase):
        open_engine(db_path, key, create=False)
    assert file_digest(db_path) == before


def test_damaged_page_is_reported_and_not_repaired(engine: Engine, db_path: Path, key: bytes) -> None:
    fill(engine)
    close_engine(engine)
    page_size = 4096
    pages = db_path.stat().st_size // page_size
    assert pages > 20
    with open(db_path, "r+b") as f:
        f.seek((pages // 2) * page_size + 100)
        f.write(os.urandom(200))
    before = file_digest(db_path)

    error: StoreError | None = None
    damaged: Engine | None = None
    try:
        damaged = open_engine(db_path, key, create=False)
        with damaged.connect() as conn:
            conn.exec_driver_sql("SELECT sum(length(body)) FROM t").scalar()
    except StoreError as exc:  # if the damage already shows while opening
        error = exc
    except DBAPIError as exc:
        error = translate_error(exc, db_path=db_path)
    assert isinstance(error, DatabaseCorrupt | WrongKeyOrCorrupt)

    if damaged is not None:
        with damaged.connect() as conn:
            problems = [row[0] for row in conn.exec_driver_sql("PRAGMA cipher_integrity_check")]
        assert any("HMAC" in p for p in problems)
        close_engine(damaged)
    assert file_digest(db_path) == before


# --- faults while writing, through Workspace.transaction ---------------------------------------


def test_disk_full_leaves_nothing_half_written(workspace: Workspace, admin: PersonRef) -> None:
    with pytest.raises(DiskFull) as info, workspace.transaction(admin) as ctx:
        add_tjeneste(ctx, "Barnehage")
        ctx.session.flush()
        # No page may be added from here on: the next big row hits the real SQLITE_FULL path.
        ctx.session.connection().exec_driver_sql("PRAGMA max_page_count = 1")
        ctx.session.add(Setting(key="stor", value="x" * 200_000))
        ctx.session.flush()
    assert "Disken er full" in info.value.message
    assert isinstance(info.value.__cause__, DBAPIError)
    workspace.engine.dispose()  # the limit lives on in the pooled connection
    assert tjeneste_count(workspace) == 0
    with workspace.session() as s:
        assert s.get(Setting, "stor") is None
        assert s.scalar(select(func.count()).where(OutboxEntry.entity == "tjeneste")) == 0
    # And the workspace still works once there is room.
    with workspace.transaction(admin) as ctx:
        add_tjeneste(ctx, "Skole")
    assert tjeneste_count(workspace) == 1


def test_read_only_connection_maps_to_read_only_location(engine: Engine, db_path: Path, key: bytes) -> None:
    fill(engine, rows=1)
    close_engine(engine)
    conn = raw_connect(db_path, key, mode="ro")
    try:
        error = driver_error(conn, "INSERT INTO t (body) VALUES ('x')")
    finally:
        conn.close()
    assert isinstance(translate_error(error), ReadOnlyLocation)

    # The same through SQLAlchemy, where the driver error arrives wrapped in DBAPIError.
    ro = create_engine("sqlite+pysqlite://", module=sqlcipher3, creator=lambda: raw_connect(db_path, key, mode="ro"))
    try:
        with pytest.raises(DBAPIError) as info, ro.begin() as c:
            c.exec_driver_sql("INSERT INTO t (body) VALUES ('x')")
    finally:
        ro.dispose()
    assert isinstance(translate_error(info.value), ReadOnlyLocation)


def test_query_only_write_in_transaction_is_read_only_location(workspace: Workspace, admin: PersonRef) -> None:
    with pytest.raises(ReadOnlyLocation), workspace.transaction(admin) as ctx:
        ctx.session.connection().exec_driver_sql("PRAGMA query_only = 1")
        add_tjeneste(ctx, "Barnehage")
    workspace.engine.dispose()
    assert tjeneste_count(workspace) == 0


def test_locked_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT", 0.05)
    ws = Workspace.create(tmp_path / "ws")
    try:
        admin = add_admin(ws)
        with ws.engine.connect() as other:
            other.exec_driver_sql("SELECT 1")  # BEGIN DEFERRED
            other.exec_driver_sql("INSERT INTO setting (key, value) VALUES ('laas', 'holdt')")
            with pytest.raises(DatabaseLocked), ws.transaction(admin) as ctx:
                add_tjeneste(ctx, "Barnehage")
            other.rollback()
        assert tjeneste_count(ws) == 0
    finally:
        ws.close()


def test_locked_raw_connection_maps_to_database_locked(engine: Engine, db_path: Path, key: bytes) -> None:
    fill(engine, rows=1)
    holder = raw_connect(db_path, key)
    waiter = raw_connect(db_path, key, timeout=0)
    try:
        holder.execute("BEGIN IMMEDIATE")
        error = driver_error(waiter, "INSERT INTO t (body) VALUES ('x')")
        holder.execute("ROLLBACK")
    finally:
        holder.close()
        waiter.close()
    assert isinstance(translate_error(error), DatabaseLocked)


# --- rollbacks and bugs -----------------------------------------------------------------------


def test_exception_in_transaction_stores_nothing(workspace: Workspace, admin: PersonRef) -> None:
    outbox_before = _outbox_count(workspace)
    with pytest.raises(ValueError, match="feil"), workspace.transaction(admin) as ctx:
        add_tjeneste(ctx, "Barnehage")
        ctx.session.flush()
        with ctx.session.begin_nested():
            add_tjeneste(ctx, "Skole")
        raise ValueError("feil i brukstilfellet")
    assert tjeneste_count(workspace) == 0
    assert _outbox_count(workspace) == outbox_before


def test_a_bug_is_not_translated(workspace: Workspace, admin: PersonRef) -> None:
    with pytest.raises(IntegrityError), workspace.transaction(admin) as ctx:
        ctx.session.add(Setting(key="device_id", value="duplikat"))
    assert translate_error(ValueError("x")) is None
    assert translate_error(IntegrityError("stmt", {}, sqlcipher3.IntegrityError("UNIQUE"))) is None


def test_transactions_from_a_worker_thread(workspace: Workspace, admin: PersonRef) -> None:
    errors: list[BaseException] = []

    def work() -> None:
        try:
            with workspace.transaction(admin) as ctx:
                add_tjeneste(ctx, "Helsestasjon")
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(timeout=30)
    assert not errors
    assert tjeneste_count(workspace) == 1


def _outbox_count(ws: Workspace) -> int:
    with ws.session() as s:
        return s.scalar(select(func.count()).select_from(OutboxEntry)) or 0


def test_translate_error_texts_without_codes() -> None:
    cases: list[tuple[str, type[StoreError]]] = [
        ("file is not a database", WrongKeyOrCorrupt),
        ("database disk image is malformed", DatabaseCorrupt),
        ("database or disk is full", DiskFull),
        ("attempt to write a readonly database", ReadOnlyLocation),
        ("unable to open database file", ReadOnlyLocation),
        ("database is locked", DatabaseLocked),
    ]
    for message, expected in cases:
        wrapped = DBAPIError.instance("SELECT 1", {}, sqlcipher3.OperationalError(message), sqlcipher3.Error)
        assert isinstance(translate_error(wrapped), expected), message
    assert translate_error(OSError(28, "No space left on device")).__class__ is DiskFull


def test_a_bug_raised_while_handling_a_database_error_stays_a_bug() -> None:
    try:
        try:
            raise sqlcipher3.OperationalError("database or disk is full")
        except sqlcipher3.Error:
            raise KeyError("feil i feilhåndteringen") from None
    except KeyError as bug:
        assert isinstance(bug.__context__, sqlcipher3.Error)
        assert translate_error(bug) is None
