"""A workspace: one folder with the encrypted database, its description and (maybe) its key file.

``workspace.json`` holds no personal data: the workspace id, the file format, where the key
is kept and when the workspace was made. It is written last when a workspace is created, so
its presence means the workspace is complete.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any

import platformdirs
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from desktop.core import outbox
from desktop.core.context import Clock, Context, PersonRef, system_clock
from desktop.core.context import transaction as core_transaction
from desktop.core.entities import Setting
from desktop.store import keys
from desktop.store.engine import BEGIN_MODE, close_engine, open_engine, translate_error
from desktop.store.errors import (
    DatabaseCorrupt,
    KeyringUnavailable,
    NewerSchema,
    StoreError,
    WorkspaceExists,
    WorkspaceFileCorrupt,
)
from desktop.store.keys import KEY_FILE_NAME, KeyStorage
from desktop.store.migrations import migrate

HOME_ENV = "STAFETTLOGG_HOME"
DEVICE_ID_KEY = "device_id"
META_FORMAT = 1

# Every change must get its outbox row, whoever imported what first.
outbox.install()


def default_data_dir() -> Path:
    """``$STAFETTLOGG_HOME`` if set, else the platform's per-user data folder."""
    home = os.environ.get(HOME_ENV, "").strip()
    if home:
        return Path(home).expanduser()
    return Path(platformdirs.user_data_dir("Stafettlogg", appauthor=False))


def _pages_failed(bad: list[str]) -> DatabaseCorrupt:
    return DatabaseCorrupt(detail="cipher_integrity_check: " + "; ".join(bad[:5]))


@contextmanager
def _store_errors(db_path: Path, damaged: Callable[[], list[str]] | None = None) -> Iterator[None]:
    """Raise environment faults as their StoreError, chained to the original.

    A page that fails its HMAC can reach the caller as zeroed bytes rather than an error, which
    then fail to decode (a UUID, a date, JSON, an enum): ``damaged`` tells such garbage from a bug.
    """
    try:
        yield
    except Exception as exc:
        translated = translate_error(exc, db_path=db_path)
        if translated is None and damaged is not None and isinstance(exc, ValueError | LookupError | TypeError):
            with contextlib.suppress(Exception):
                bad = damaged()
                if bad:
                    translated = _pages_failed(bad)
        if translated is None or translated is exc:
            raise
        raise translated from exc


class Workspace:
    DB_NAME = "stafettlogg.db"
    META_NAME = "workspace.json"

    data_dir: Path
    id: str
    device_id: str
    engine: Engine
    factory: sessionmaker[Session]

    def __init__(self, data_dir: Path, workspace_id: str, device_id: str, engine: Engine) -> None:
        """Use :meth:`create` or :meth:`open`."""
        self.data_dir = data_dir
        self.id = workspace_id
        self.device_id = device_id
        self.engine = engine
        # The session is closed right after commit, so expiring would only make the returned
        # objects unusable.
        self.factory = sessionmaker(engine, expire_on_commit=False)
        # Writers take the write lock at BEGIN: a deferred read-then-write transaction could
        # otherwise fail with "database is locked" without waiting.
        self._write_factory = sessionmaker(
            engine.execution_options(**{BEGIN_MODE: "IMMEDIATE"}), expire_on_commit=False
        )
        self._closed = False

    # --- paths and description -----------------------------------------------------------------

    @property
    def db_path(self) -> Path:
        return self.data_dir / self.DB_NAME

    @classmethod
    def _meta_path(cls, data_dir: Path) -> Path:
        return data_dir / cls.META_NAME

    @staticmethod
    def exists(data_dir: Path) -> bool:
        return Workspace._meta_path(data_dir).is_file()

    @staticmethod
    def key_storage(data_dir: Path) -> KeyStorage | None:
        """Where the key is kept (to know whether to ask for a passphrase); None if no workspace."""
        if not Workspace.exists(data_dir):
            return None
        return _read_meta(Workspace._meta_path(data_dir))[1]

    # --- create and open -----------------------------------------------------------------------

    @classmethod
    def create(cls, data_dir: Path, *, passphrase: str | None = None) -> Workspace:
        """A new workspace with a new random key, in the keyring unless a passphrase is given.

        KeyringUnavailable if the keyring cannot be used and no passphrase is given;
        WorkspaceExists if ``data_dir`` already holds a workspace (or parts of one).
        """
        db_path = data_dir / cls.DB_NAME
        key_file = data_dir / KEY_FILE_NAME
        wal = db_path.with_name(db_path.name + "-wal")
        for existing in (cls._meta_path(data_dir), db_path, wal, key_file):
            if existing.exists():
                raise WorkspaceExists(detail=str(existing))
        if passphrase is None and not keys.keyring_usable():
            raise KeyringUnavailable()
        with _store_errors(db_path):
            _make_private_dir(data_dir)
        workspace_id = uuid.uuid4().hex
        key = keys.new_raw_key()
        storage = KeyStorage.KEYRING if passphrase is None else KeyStorage.PASSPHRASE
        engine: Engine | None = None
        try:
            with _store_errors(db_path):
                if passphrase is None:
                    keys.store_in_keyring(workspace_id, key)
                else:
                    keys.write_key_file(key_file, key, passphrase)
                engine = open_engine(db_path, key, create=True)
                migrate(engine)
                device_id = uuid.uuid4().hex
                with Session(engine) as session, session.begin():
                    session.add(Setting(key=DEVICE_ID_KEY, value=device_id))
                _write_meta(cls._meta_path(data_dir), workspace_id, storage)
        except BaseException:
            if engine is not None:
                close_engine(engine)
            _undo_create(data_dir, db_path, key_file, workspace_id, storage)
            raise
        return cls(data_dir, workspace_id, device_id, engine)

    @classmethod
    def open(cls, data_dir: Path, *, passphrase: str | None = None) -> Workspace:
        """Open an existing workspace, upgrading its schema if this code is newer.

        Key faults (KeyMissing, WrongPassphrase, KeyFileCorrupt, KeyringUnavailable) and
        database faults (WrongKeyOrCorrupt, NewerSchema, ...) propagate; nothing is changed then.
        """
        meta_path = cls._meta_path(data_dir)
        if not meta_path.is_file():
            raise WorkspaceFileCorrupt(
                "Det finnes ikke noe arbeidsområde i denne mappen. Ingenting er endret.", detail=str(meta_path)
            )
        workspace_id, storage = _read_meta(meta_path)
        if storage is KeyStorage.KEYRING:
            key = keys.load_from_keyring(workspace_id)
        elif passphrase is None:
            raise ValueError("this workspace's key is protected by a passphrase; ask for it first")
        else:
            key = keys.read_key_file(data_dir / KEY_FILE_NAME, passphrase)
        db_path = data_dir / cls.DB_NAME
        engine = open_engine(db_path, key, create=False)
        try:
            with _store_errors(db_path):
                migrate(engine)
                device_id = _device_id(engine)
        except BaseException:
            close_engine(engine)
            raise
        return cls(data_dir, workspace_id, device_id, engine)

    # --- use ---------------------------------------------------------------------------------

    @contextmanager
    def transaction(self, who: PersonRef, *, clock: Clock = system_clock) -> Iterator[Context]:
        """One use-case transaction as ``who``: all committed, or (on any error) none of it.

        Environment faults come out as their StoreError, chained to the database error.
        """
        with (
            _store_errors(self.db_path, self._damaged_pages),
            core_transaction(self._write_factory, who, device=self.device_id, clock=clock) as ctx,
        ):
            yield ctx

    @contextmanager
    def sync_transaction(self) -> Iterator[Session]:
        """A write transaction with no acting person: rows the sync brings from the server."""
        with _store_errors(self.db_path, self._damaged_pages), self._write_factory() as session, session.begin():
            yield session

    def session(self) -> Session:
        """A session for read-only queries; close it (``with ws.session() as s:``)."""
        return self.factory()

    def _damaged_pages(self) -> list[str]:
        with self.engine.connect() as conn:
            return [str(r[0]) for r in conn.exec_driver_sql("PRAGMA cipher_integrity_check").all()]

    def check_integrity(self) -> None:
        """Check every page's HMAC, then the database's structure; DatabaseCorrupt if anything is off.

        A changed byte anywhere in the file (or in a committed WAL frame) fails its page's HMAC.
        Nothing is repaired or rewritten: the damaged file is left as it is for IT support.
        Reads the whole file, so it takes about as long as copying it.
        """
        with _store_errors(self.db_path):
            bad = self._damaged_pages()
            if bad:
                raise _pages_failed(bad)
        with _store_errors(self.db_path), self.engine.connect() as conn:
            result = [str(r[0]) for r in conn.exec_driver_sql("PRAGMA integrity_check").all()]
            if result != ["ok"]:
                raise DatabaseCorrupt(detail="integrity_check: " + "; ".join(result[:5]))

    def close(self) -> None:
        """Close all connections and drop the key; the workspace cannot be used afterwards."""
        if not self._closed:
            self._closed = True
            close_engine(self.engine)

    def __enter__(self) -> Workspace:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


# --- helpers ---------------------------------------------------------------------------------


def _make_private_dir(data_dir: Path) -> None:
    if data_dir.is_dir():
        return
    data_dir.parent.mkdir(parents=True, exist_ok=True)
    data_dir.mkdir(mode=0o700)
    os.chmod(data_dir, 0o700)  # mkdir's mode is reduced by the umask


def _write_meta(path: Path, workspace_id: str, storage: KeyStorage) -> None:
    fields = {
        "format": META_FORMAT,
        "id": workspace_id,
        "key_storage": storage.value,
        "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }
    # The key file's writer: temp file (0o600) + fsync + os.replace + directory fsync.
    keys._write_atomic(path, json.dumps(fields, indent=2).encode("ascii") + b"\n")


def _read_meta(path: Path) -> tuple[str, KeyStorage]:
    try:
        with open(path, "rb") as f:
            raw = f.read(64 * 1024 + 1)
        fields: Any = json.loads(raw)
    except OSError as exc:
        translated = translate_error(exc)
        raise (translated or WorkspaceFileCorrupt(detail=str(exc))) from exc
    except (ValueError, RecursionError) as exc:
        raise WorkspaceFileCorrupt(detail=f"not JSON: {exc}") from exc
    if len(raw) > 64 * 1024 or not isinstance(fields, dict):
        raise WorkspaceFileCorrupt(detail="not a small JSON object")
    fmt = fields.get("format")
    if type(fmt) is not int:
        raise WorkspaceFileCorrupt(detail=f"format {fmt!r}")
    if fmt > META_FORMAT:
        raise NewerSchema(detail=f"{path.name} format {fmt}")
    if fmt != META_FORMAT:
        raise WorkspaceFileCorrupt(detail=f"format {fmt!r}")
    workspace_id = fields.get("id")
    if not isinstance(workspace_id, str) or not workspace_id:
        raise WorkspaceFileCorrupt(detail="id missing")
    stored = fields.get("key_storage")
    if not isinstance(stored, str) or stored not in {s.value for s in KeyStorage}:
        raise WorkspaceFileCorrupt(detail=f"key_storage {stored!r}")
    return workspace_id, KeyStorage(stored)


def _device_id(engine: Engine) -> str:
    with Session(engine) as session, session.begin():
        setting = session.get(Setting, DEVICE_ID_KEY)
        if setting is None:  # only if a create was cut short after the schema was made
            setting = Setting(key=DEVICE_ID_KEY, value=uuid.uuid4().hex)
            session.add(setting)
        return setting.value


def _undo_create(data_dir: Path, db_path: Path, key_file: Path, workspace_id: str, storage: KeyStorage) -> None:
    """Remove what a failed create made; it checked beforehand that none of it existed."""
    for path in (db_path, db_path.with_name(db_path.name + "-wal"), db_path.with_name(db_path.name + "-shm")):
        with contextlib.suppress(OSError):
            path.unlink()
    if storage is KeyStorage.PASSPHRASE:
        with contextlib.suppress(OSError):
            key_file.unlink()
    else:
        with contextlib.suppress(StoreError):
            keys.delete_from_keyring(workspace_id)
