"""The SQLAlchemy engine over an SQLCipher-encrypted SQLite file, and translation of its faults.

Each pooled connection is keyed with the raw 256-bit key (no KDF), proven by a read of
``sqlite_master`` before anything can write, and then set to WAL, ``synchronous=FULL``,
foreign keys on and in-memory temp storage (temp files would hold plaintext).

Transactions: the stdlib-style driver's legacy mode does not emit BEGIN before SELECT, DDL or
SAVEPOINT, so a rollback may not undo everything. The connection is therefore put in driver
autocommit (``isolation_level=None``) and SQLAlchemy emits BEGIN itself, as SQLAlchemy's SQLite
documentation recommends for drivers without the ``autocommit`` attribute (sqlcipher3 has none).
"""

from __future__ import annotations

import errno
import threading
import weakref
from pathlib import Path
from typing import Any
from urllib.parse import quote

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy import exc as sa_exc
from sqlalchemy.pool import QueuePool

from desktop.store import wal
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
from desktop.store.keys import key_to_sqlcipher_literal

SQLITE_HEADER = b"SQLite format 3\x00"

# Seconds a statement waits for another connection's lock before "database is locked".
BUSY_TIMEOUT = 5.0

# Execution option naming the BEGIN mode; "IMMEDIATE" takes the write lock up front, so a
# read-then-write transaction cannot fail on lock upgrade (which busy_timeout does not retry).
BEGIN_MODE = "stafettlogg_begin"

_DRIVER_ERROR: type[BaseException] = sqlcipher3.Error

_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
_SQLITE_READONLY = 8
_SQLITE_CORRUPT = 11
_SQLITE_FULL = 13
_SQLITE_CANTOPEN = 14
_SQLITE_PERM = 3
_SQLITE_NOTADB = 26


def _sqlite_uri(path: Path) -> str:
    """A ``file:`` URI with an empty authority, which SQLite needs for UNC paths on Windows.

    (``Path.as_uri()`` puts a UNC server into the authority, which SQLite rejects.)
    """
    posix = path.resolve().as_posix()
    return "file://" + ("" if posix.startswith("/") else "/") + quote(posix, safe="/:")


class _Connector:
    """The ``creator`` of the pool: holds the key only until :func:`close_engine` forgets it."""

    def __init__(self, db_path: Path, key: bytes, *, create: bool) -> None:
        self._uri = f"{_sqlite_uri(db_path)}?mode={'rwc' if create else 'rw'}"
        self._literal: str | None = key_to_sqlcipher_literal(key)
        self._lock = threading.Lock()

    def forget(self) -> None:
        with self._lock:
            self._literal = None

    def __call__(self) -> Any:
        with self._lock:
            literal = self._literal
        if literal is None:
            raise RuntimeError("the engine is closed; its key has been dropped")
        # mode=rw never creates a file: a missing database must not silently become a new one.
        conn = sqlcipher3.connect(
            self._uri, uri=True, check_same_thread=False, isolation_level=None, timeout=BUSY_TIMEOUT
        )
        try:
            # Process-wide; keeps SQLCipher from printing to stderr on a wrong key.
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute(f'PRAGMA key = "{literal}"')
            # Prove the key before any pragma that might write to the file.
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            conn.execute("PRAGMA journal_mode = WAL").fetchone()
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA temp_store = MEMORY")
            # cipher_memory_security stays off (SQLCipher's default since 4.5): it locks and wipes
            # every allocation at a large speed cost, and the key still lives in Python strings.
        except BaseException:
            conn.close()
            raise
        return conn


_connectors: weakref.WeakKeyDictionary[Engine, _Connector] = weakref.WeakKeyDictionary()


def _on_begin(conn: Any) -> None:
    mode = conn.get_execution_options().get(BEGIN_MODE, "DEFERRED")
    if mode not in ("DEFERRED", "IMMEDIATE", "EXCLUSIVE"):
        raise ValueError(f"unknown BEGIN mode {mode!r}")
    conn.exec_driver_sql(f"BEGIN {mode}")


def open_engine(db_path: Path, key: bytes, *, create: bool) -> Engine:
    """An engine over the encrypted database at ``db_path``, its key already verified.

    ``create`` allows making a new, empty file; otherwise the file must exist (DatabaseMissing).
    Raises a StoreError (WrongKeyOrCorrupt, NotOurDatabase, ...) when the file cannot be used;
    the file is then left exactly as it was.
    """
    if not create:
        if not db_path.is_file():
            raise DatabaseMissing(detail=str(db_path))
        # SQLCipher takes an empty file for a new database under any key; migrating would then
        # hide a truncated workspace behind a fresh, empty one.
        if db_path.stat().st_size == 0:
            raise DatabaseCorrupt(detail=f"{db_path} is empty")
        # Before SQLite sees it: its recovery would silently cut a damaged WAL short.
        damaged = wal.damage(db_path.with_name(db_path.name + "-wal"))
        if damaged is not None:
            raise DatabaseCorrupt(detail=damaged)
    connector = _Connector(db_path, key, create=create)
    engine = create_engine(
        "sqlite+pysqlite://",
        module=sqlcipher3,  # so SQLAlchemy wraps sqlcipher3's exceptions in DBAPIError
        creator=connector,
        # A GUI thread and one DB worker: a few connections, each used by one thread at a time.
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=3,
        pool_timeout=30,
    )
    event.listen(engine, "begin", _on_begin)
    _connectors[engine] = connector
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1").scalar()
    except Exception as exc:
        close_engine(engine)
        translated = translate_error(exc, db_path=db_path)
        if translated is None:
            raise
        raise translated from exc
    return engine


def close_engine(engine: Engine) -> None:
    """Close every pooled connection and drop the engine's reference to the key."""
    connector = _connectors.pop(engine, None)
    if connector is not None:
        connector.forget()
    engine.dispose()


def _starts_with_sqlite_header(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def _sqlite_error(exc: BaseException) -> BaseException | None:
    """The driver's exception, directly or wrapped by SQLAlchemy in DBAPIError.

    Implicit context is not followed: a bug raised while handling a database error is a bug.
    """
    if isinstance(exc, sa_exc.DBAPIError):
        return exc.orig if isinstance(exc.orig, _DRIVER_ERROR) else None
    return exc if isinstance(exc, _DRIVER_ERROR) else None


def translate_error(exc: BaseException, *, db_path: Path | None = None) -> StoreError | None:
    """The StoreError for an environment fault of the database, or None for anything else (a bug).

    ``db_path`` lets "file is not a database" tell a plain SQLite file (NotOurDatabase) from a
    wrong key or a damaged file.
    """
    if isinstance(exc, StoreError):
        return exc
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return DiskFull(detail=str(exc))
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return ReadOnlyLocation(detail=str(exc))
        return None
    orig = _sqlite_error(exc)
    if orig is None:
        return None
    code = getattr(orig, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(orig).lower()
    detail = f"{getattr(orig, 'sqlite_errorname', type(orig).__name__)}: {orig}"

    if primary == _SQLITE_NOTADB or "file is not a database" in text:
        if db_path is not None and _starts_with_sqlite_header(db_path):
            return NotOurDatabase(detail=detail)
        return WrongKeyOrCorrupt(detail=detail)
    if primary == _SQLITE_CORRUPT or "malformed" in text:
        return DatabaseCorrupt(detail=detail)
    if primary == _SQLITE_FULL or "database or disk is full" in text:
        return DiskFull(detail=detail)
    if (
        primary in (_SQLITE_READONLY, _SQLITE_CANTOPEN, _SQLITE_PERM)
        or "readonly database" in text
        or "unable to open database file" in text
    ):
        return ReadOnlyLocation(detail=detail)
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED) or "database is locked" in text:
        return DatabaseLocked(detail=detail)
    return None
