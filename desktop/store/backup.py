"""Encrypted backup of a workspace in one file, and restore from it (docs/reliability.md, «Sikkerhetskopi»).

A backup is the whole database, so it carries the un-synced outbox, the audit trail and every
log on the PC. It is copied page by page with SQLite's online backup API from the open,
encrypted database into a new file encrypted under a fresh random *backup key*; no page is
ever written in plaintext, not even to a temp file. The backup key is wrapped with a key
derived from a passphrase the user chooses at backup time (scrypt + AES-GCM, as the workspace
key file), so the file can be restored on any PC by whoever knows that passphrase, and by no
one else — not even on the same PC with its keyring.

File layout::

    MAGIC (16 bytes) | header length (4 bytes, big-endian) | header (JSON, ASCII) | database

The header holds no personal data: format, workspace and device id, time, app version, schema
revision, how many changes wait to be synced, the KDF parameters, the wrapped key, and the size
and SHA-256 of the database. A SHA-256 over the header tells a damaged file from a wrong
passphrase; AES-GCM binds the header (and so the database's checksum) to the passphrase.

Restore verifies everything in a staging folder first — header, size, passphrase, checksum,
``cipher_integrity_check``, ``integrity_check``, the schema revision and the audit chain — and
only then moves the database into place under a *new* workspace key, a new workspace id and a
new device id. An existing workspace is never overwritten: its files are moved aside to a
``forrige-<time>`` folder, and only when the caller says so.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import datetime as dt
import errno
import hashlib
import json
import os
import secrets
import shutil
import struct
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, NoReturn

import sqlcipher3
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core import audit
from desktop.core.context import Context
from desktop.core.entities import OutboxStatus, Setting, SyncChange
from desktop.store import keys
from desktop.store.engine import close_engine, open_engine
from desktop.store.errors import StoreError
from desktop.store.keys import KEY_FILE_NAME, KeyStorage
from desktop.store.migrations import current_revisions, script_directory
from desktop.store.workspace import DEVICE_ID_KEY, Workspace, _write_meta

BACKUP_FORMAT = 1
SUFFIX = ".stafettkopi"
MAGIC = b"STAFETTLOGG-KOPI"
MIN_PASSPHRASE_LENGTH = 10
AUDIT_ACTION = "sikkerhetskopi"
SERVER_SETTING = "sync.server"  # desktop.models.sync.SERVER: set when the PC is connected to a server
# A backup travels (USB stick, network share), so its passphrase is guessed offline: a costlier
# KDF than the workspace key file's (128 MiB, about half a second).
SCRYPT_N = 2**17

_AAD_PREFIX = b"stafettlogg-backup-v1\n"
_MAX_HEADER = 64 * 1024
_CHUNK = 1024 * 1024
_SALT_LENGTH = 16
_NONCE_LENGTH = 12
_WRAPPED_LENGTH = keys.KEY_LENGTH + 16
# The workspace's files, in the order they are moved aside: the description first, so that a
# crash halfway never leaves a folder that claims to hold a complete workspace.
_WORKSPACE_FILES = (
    Workspace.META_NAME,
    Workspace.DB_NAME,
    Workspace.DB_NAME + "-wal",
    Workspace.DB_NAME + "-shm",
    KEY_FILE_NAME,
)


# --- refusals ---------------------------------------------------------------------------------


class BackupError(StoreError):
    message = "Sikkerhetskopien kunne ikke brukes. Ingenting er endret."


class NotABackup(BackupError):
    message = "Filen er ikke en sikkerhetskopi fra Stafettlogg. Ingenting er endret."


class BackupDamaged(BackupError):
    message = (
        "Sikkerhetskopien er skadet eller endret etter at den ble laget, og kan ikke brukes. "
        "Ingenting er endret. Prøv en annen sikkerhetskopi."
    )


class BackupTruncated(BackupError):
    message = (
        "Sikkerhetskopien er ufullstendig: filen slutter før den skal. Kanskje ble kopieringen avbrutt. "
        "Ingenting er endret. Prøv en annen sikkerhetskopi."
    )


class BackupNewer(BackupError):
    message = (
        "Sikkerhetskopien er laget av en nyere versjon av Stafettlogg. Oppdater programmet og prøv igjen. "
        "Ingenting er endret."
    )


class WrongBackupPassphrase(BackupError):
    message = "Passordfrasen passer ikke til denne sikkerhetskopien. Prøv igjen. Ingenting er endret."


class BackupPassphraseTooShort(BackupError):
    message = f"Passordfrasen for sikkerhetskopien må ha minst {MIN_PASSPHRASE_LENGTH} tegn."


class WorkspaceInTheWay(BackupError):
    message = (
        "Det finnes allerede et arbeidsområde på denne PC-en. Velg å legge det til side først; "
        "da blir det ikke slettet. Ingenting er endret."
    )


class BackupNotWritten(BackupError):
    message = "Sikkerhetskopien ble ikke lagret."


def _write_fault(exc: OSError, what: str) -> BackupError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return BackupNotWritten(f"Disken er full, så {what}. Frigjør plass og prøv igjen.", detail=str(exc))
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return BackupNotWritten(
            f"Mappen kan ikke skrives til, så {what}. Velg en annen mappe eller sjekk tilgangen.", detail=str(exc)
        )
    return BackupNotWritten(f"Filen kunne ikke skrives, så {what}.", detail=str(exc))


# --- what a backup says about itself ----------------------------------------------------------


@dataclass(frozen=True)
class BackupInfo:
    """A backup's header, readable without the passphrase (it holds no personal data)."""

    format: int
    workspace_id: str
    device_id: str
    created_at: dt.datetime
    app_version: str
    schema: str
    pending: int  # changes not yet synced when the backup was taken
    connected: bool  # to the municipality's server (a local workspace's changes never sync)
    size: int
    sha256: str


@dataclass(frozen=True)
class RestoreResult:
    workspace_id: str
    device_id: str  # new: two PCs must never sync as the same device
    key_storage: KeyStorage
    aside: Path | None  # where the workspace that was here was moved
    info: BackupInfo


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(fields: dict[str, Any], name: str, length: int) -> bytes:
    value = fields.get(name)
    if not isinstance(value, str):
        raise BackupDamaged(detail=f"{name} missing")
    try:
        decoded = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise BackupDamaged(detail=f"{name} not base64") from exc
    if len(decoded) != length:
        raise BackupDamaged(detail=f"{name} has {len(decoded)} bytes")
    return decoded


def _canonical(fields: dict[str, Any]) -> bytes:
    return json.dumps(fields, sort_keys=True, separators=(",", ":")).encode("ascii")


def _aad(fields: dict[str, Any]) -> bytes:
    """Everything in the header but the wrapped key and the checksum."""
    return _AAD_PREFIX + _canonical({k: v for k, v in fields.items() if k not in ("wrapped_key", "checksum")})


def _check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise BackupPassphraseTooShort()


# --- taking a backup --------------------------------------------------------------------------


def _private_file(path: Path) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    os.close(fd)


def _connect(path: Path, key: bytes) -> Any:
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f'PRAGMA key = "{keys.key_to_sqlcipher_literal(key)}"')
        conn.execute("PRAGMA temp_store = MEMORY")  # temp files would hold plaintext
    except BaseException:
        conn.close()
        raise
    return conn


def _remove_db_files(path: Path) -> None:
    for p in (path, *(path.with_name(path.name + s) for s in ("-journal", "-wal", "-shm"))):
        with contextlib.suppress(OSError):
            p.unlink()


def create_backup(
    workspace: Workspace,
    path: Path,
    passphrase: str,
    *,
    app_version: str,
    n: int | None = None,
    r: int = keys.SCRYPT_R,
    p: int = keys.SCRYPT_P,
) -> BackupInfo:
    """Write a backup of the open ``workspace`` to ``path`` (temp + fsync + rename, mode 0o600).

    Safe while the app works: the copy is one consistent snapshot (a read transaction on its
    own connection). BackupPassphraseTooShort, or BackupNotWritten with the reason (disk full,
    no write access); then nothing is left at ``path``. ``n`` is scrypt's cost (default
    ``SCRYPT_N``; smaller for tests only).
    """
    _check_passphrase(passphrase)
    n = SCRYPT_N if n is None else n
    if keys._scrypt_params(n, r, p) is None:
        raise ValueError(f"unsupported scrypt parameters n={n} r={r} p={p}")
    backup_key = keys.new_raw_key()
    stem = f".{path.name}.{secrets.token_hex(6)}"
    copy = path.with_name(stem + ".db.tmp")
    tmp = path.with_name(stem + ".tmp")
    what = "sikkerhetskopien ble ikke lagret"
    try:
        try:
            _private_file(copy)  # SQLite keeps the mode of a file that exists (and its journal's)
        except OSError as exc:
            raise _write_fault(exc, what) from exc
        raw = workspace.engine.raw_connection()
        try:
            target = _connect(copy, backup_key)
            try:
                source: Any = raw.dbapi_connection
                # One step: one read transaction, so one consistent snapshot of the database.
                source.backup(target)
                # Self-contained: no WAL needed to read it; and proof that the copy is whole.
                target.execute("PRAGMA journal_mode = DELETE").fetchone()
                problems = target.execute("PRAGMA cipher_integrity_check").fetchall()
                check = target.execute("PRAGMA quick_check").fetchall()
                if problems or check != [("ok",)]:
                    raise BackupNotWritten(
                        "Databasen på denne PC-en har feil, så sikkerhetskopien ble ikke lagret. Kontakt IT-støtte.",
                        detail=f"{problems[:3]} {check[:3]}",
                    )
                schema = ",".join(sorted(r[0] for r in target.execute("SELECT version_num FROM alembic_version")))
                pending = target.execute(
                    "SELECT count(*) FROM sync_change WHERE status = ?", (OutboxStatus.PENDING.value,)
                ).fetchone()[0]
                server = target.execute("SELECT value FROM setting WHERE key = ?", (SERVER_SETTING,)).fetchone()
            finally:
                target.close()
        except sqlcipher3.Error as exc:
            if "full" in str(exc).lower():
                raise BackupNotWritten("Disken er full, så sikkerhetskopien ble ikke lagret.", detail=str(exc)) from exc
            raise
        finally:
            raw.close()
        size, digest = _digest_file(copy)
        salt = secrets.token_bytes(_SALT_LENGTH)
        nonce = secrets.token_bytes(_NONCE_LENGTH)
        fields: dict[str, Any] = {
            "format": BACKUP_FORMAT,
            "workspace_id": workspace.id,
            "device_id": workspace.device_id,
            "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "app_version": app_version,
            "schema": schema,
            "pending": int(pending),
            "connected": bool(server and server[0]),
            "kdf": "scrypt",
            "n": n,
            "r": r,
            "p": p,
            "salt": _b64(salt),
            "nonce": _b64(nonce),
            "size": size,
            "sha256": digest,
        }
        wrapping = keys._derive(passphrase, salt, n, r, p)
        fields["wrapped_key"] = _b64(AESGCM(wrapping).encrypt(nonce, backup_key, _aad(fields)))
        fields["checksum"] = hashlib.sha256(_canonical(fields)).hexdigest()
        header = json.dumps(fields, indent=1).encode("ascii")
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
            with os.fdopen(fd, "wb") as out, open(copy, "rb") as src:
                out.write(MAGIC + struct.pack(">I", len(header)) + header)
                shutil.copyfileobj(src, out, _CHUNK)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, path)
            keys._fsync_directory(path.parent)
        except OSError as exc:
            raise _write_fault(exc, what) from exc
        return _info(fields)
    finally:
        _remove_db_files(copy)
        with contextlib.suppress(OSError):
            tmp.unlink()


def _digest_file(path: Path) -> tuple[int, str]:
    h = hashlib.sha256()
    size = 0
    with open(path, "rb") as f:
        while chunk := f.read(_CHUNK):
            h.update(chunk)
            size += len(chunk)
    return size, h.hexdigest()


# --- reading one ------------------------------------------------------------------------------


def _damaged(detail: str) -> NoReturn:
    raise BackupDamaged(detail=detail)


def _read_header(f: BinaryIO) -> dict[str, Any]:
    start = f.read(len(MAGIC) + 4)
    if len(start) < len(MAGIC) or start[: len(MAGIC)] != MAGIC:
        raise NotABackup(detail="magic")
    if len(start) < len(MAGIC) + 4:
        raise BackupTruncated(detail="header length")
    (length,) = struct.unpack(">I", start[len(MAGIC) :])
    if length > _MAX_HEADER:
        _damaged(f"header of {length} bytes")
    raw = f.read(length)
    if len(raw) < length:
        raise BackupTruncated(detail="header")
    try:
        fields = json.loads(raw)
    except (ValueError, RecursionError) as exc:
        raise BackupDamaged(detail=f"header not JSON: {exc}") from exc
    if not isinstance(fields, dict):
        _damaged("header not an object")
    checksum = fields.pop("checksum", None)
    if checksum != hashlib.sha256(_canonical(fields)).hexdigest():
        _damaged("header checksum")
    fmt = fields.get("format")
    if type(fmt) is not int or fmt < 1:
        _damaged(f"format {fmt!r}")
    if fmt > BACKUP_FORMAT:
        raise BackupNewer(detail=f"format {fmt}")
    return fields


def _info(fields: dict[str, Any]) -> BackupInfo:
    try:
        info = BackupInfo(
            format=int(fields["format"]),
            workspace_id=str(fields["workspace_id"]),
            device_id=str(fields["device_id"]),
            created_at=dt.datetime.fromisoformat(str(fields["created_at"])),
            app_version=str(fields["app_version"]),
            schema=str(fields["schema"]),
            pending=int(fields["pending"]),
            connected=fields.get("connected") is True,
            size=int(fields["size"]),
            sha256=str(fields["sha256"]),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise BackupDamaged(detail=f"header field: {exc}") from exc
    if info.size <= 0 or len(info.sha256) != 64:
        _damaged("size or sha256")
    return info


def read_info(path: Path) -> BackupInfo:
    """The header of the backup at ``path`` (no passphrase needed); checks the file's length too.

    NotABackup, BackupDamaged, BackupTruncated, BackupNewer; OSError if it cannot be read.
    """
    with open(path, "rb") as f:
        info = _info(_read_header(f))
        start = f.tell()
        end = f.seek(0, os.SEEK_END)
    if end - start < info.size:
        raise BackupTruncated(detail=f"{end - start} of {info.size} bytes")
    if end - start > info.size:
        _damaged("trailing bytes")
    return info


def _unwrap(fields: dict[str, Any], passphrase: str) -> bytes:
    if fields.get("kdf") != "scrypt":
        _damaged(f"kdf {fields.get('kdf')!r}")
    params = keys._scrypt_params(fields.get("n"), fields.get("r"), fields.get("p"))
    if params is None:
        _damaged("scrypt parameters")
    salt = _unb64(fields, "salt", _SALT_LENGTH)
    nonce = _unb64(fields, "nonce", _NONCE_LENGTH)
    wrapped = _unb64(fields, "wrapped_key", _WRAPPED_LENGTH)
    wrapping = keys._derive(passphrase, salt, *params)
    try:
        return AESGCM(wrapping).decrypt(nonce, wrapped, _aad(fields))
    except InvalidTag:
        # The header's checksum matched, so it is as written: the passphrase is what differs.
        raise WrongBackupPassphrase() from None


# --- restoring --------------------------------------------------------------------------------


def occupied(data_dir: Path) -> bool:
    """Whether ``data_dir`` holds a workspace (or parts of one) that a restore would replace."""
    return any((data_dir / name).exists() for name in _WORKSPACE_FILES)


def _verify_staged(db: Path, key: bytes) -> None:
    """Every check but the checksum (done while copying), on the staged copy; BackupDamaged/BackupNewer."""
    conn = _connect(db, key)
    try:
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            problems = conn.execute("PRAGMA cipher_integrity_check").fetchall()
            check = conn.execute("PRAGMA integrity_check").fetchall()
        except sqlcipher3.DatabaseError as exc:
            raise BackupDamaged(detail=f"database: {exc}") from exc
        if problems or check != [("ok",)]:
            _damaged(f"integrity: {problems[:3]} {check[:3]}")
    finally:
        conn.close()
    engine = open_engine(db, key, create=False)
    try:
        known = {rev.revision for rev in script_directory().walk_revisions()}
        with engine.connect() as connection:
            if current_revisions(connection) - known:
                raise BackupNewer(detail="schema revision")
        with Session(engine) as session:
            result = audit.verify(session)
            if not result.ok:
                raise BackupDamaged(
                    "Revisjonsloggen i sikkerhetskopien henger ikke sammen, så den er ikke tatt i bruk. "
                    f"{result.problem} Ingenting er endret.",
                    detail=f"audit seq {result.seq}",
                )
            if session.get(Setting, DEVICE_ID_KEY) is None:
                _damaged("no device id")
    finally:
        close_engine(engine)


def _make_ready(db: Path, backup_key: bytes, new_key: bytes) -> str:
    """Under the new workspace key, in WAL mode, with a new device id; returns that id."""
    conn = _connect(db, backup_key)
    try:
        conn.execute(f'PRAGMA rekey = "{keys.key_to_sqlcipher_literal(new_key)}"')
        device_id = uuid.uuid4().hex
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE setting SET value = ? WHERE key = ?", (device_id, DEVICE_ID_KEY))
        conn.execute("COMMIT")
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
    finally:
        conn.close()
    return device_id


@contextlib.contextmanager
def _staging(data_dir: Path) -> Iterator[Path]:
    if not data_dir.is_dir():
        data_dir.parent.mkdir(parents=True, exist_ok=True)
        data_dir.mkdir(mode=0o700, exist_ok=True)
        os.chmod(data_dir, 0o700)
    staging = data_dir / f".gjenoppretting-{secrets.token_hex(6)}"
    staging.mkdir(mode=0o700)
    try:
        yield staging
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def restore_backup(
    path: Path,
    passphrase: str,
    data_dir: Path,
    *,
    replace: bool = False,
    use_keyring: bool | None = None,
) -> RestoreResult:
    """Make the backup at ``path`` the workspace in ``data_dir``, after verifying all of it.

    Refusals (nothing changed): NotABackup, BackupTruncated, BackupDamaged, BackupNewer,
    WrongBackupPassphrase, WorkspaceInTheWay (a workspace is there and ``replace`` is False).
    With ``replace``, the old workspace's files go to ``data_dir/forrige-<time>/`` (its keyring
    entry stays, so it can still be opened from there). The new workspace's key goes to the
    keyring if it works (``use_keyring`` None) — else it is wrapped with the same passphrase.
    """
    if occupied(data_dir) and not replace:
        raise WorkspaceInTheWay()
    with open(path, "rb") as f:
        fields = _read_header(f)
        info = _info(fields)
        start = f.tell()
        end = f.seek(0, os.SEEK_END)
        if end - start < info.size:
            raise BackupTruncated(detail=f"{end - start} of {info.size} bytes")
        if end - start > info.size:
            _damaged("trailing bytes")
        backup_key = _unwrap(fields, passphrase)
        if use_keyring is None:
            use_keyring = keys.keyring_usable()
        with _staging(data_dir) as staging:
            db = staging / Workspace.DB_NAME
            f.seek(start)
            h = hashlib.sha256()
            try:
                _private_file(db)
                with open(db, "wb") as out:
                    while chunk := f.read(_CHUNK):
                        h.update(chunk)
                        out.write(chunk)
                    out.flush()
                    os.fsync(out.fileno())
            except OSError as exc:
                raise _write_fault(exc, "sikkerhetskopien ble ikke gjenopprettet") from exc
            if h.hexdigest() != info.sha256:
                _damaged("database checksum")
            _verify_staged(db, backup_key)
            new_key = keys.new_raw_key()
            device_id = _make_ready(db, backup_key, new_key)
            workspace_id = uuid.uuid4().hex  # its own keyring entry; the old one may be kept aside
            storage = KeyStorage.KEYRING if use_keyring else KeyStorage.PASSPHRASE
            if storage is KeyStorage.PASSPHRASE:
                keys.write_key_file(staging / KEY_FILE_NAME, new_key, passphrase)
            else:
                keys.store_in_keyring(workspace_id, new_key)
            try:
                aside = _put_in_place(data_dir, staging, workspace_id, storage)
            except BaseException:
                if storage is KeyStorage.KEYRING:
                    with contextlib.suppress(StoreError):
                        keys.delete_from_keyring(workspace_id)
                raise
    return RestoreResult(workspace_id, device_id, storage, aside, info)


def _aside_folder(data_dir: Path) -> Path:
    """A new ``forrige-<time>`` folder (never one that holds an earlier workspace set aside)."""
    stem = f"forrige-{dt.datetime.now():%Y-%m-%d-%H%M%S}"
    for n in range(1, 100):
        folder = data_dir / (stem if n == 1 else f"{stem}-{n}")
        try:
            folder.mkdir(mode=0o700)
            return folder
        except FileExistsError:
            continue
    raise FileExistsError(f"{stem}-*")


def _put_in_place(data_dir: Path, staging: Path, workspace_id: str, storage: KeyStorage) -> Path | None:
    """Move the old workspace aside and the staged one in; on any failure, put the old one back."""
    aside: Path | None = None
    moved: list[tuple[Path, Path]] = []
    placed: list[Path] = []
    try:
        if occupied(data_dir):
            aside = _aside_folder(data_dir)
            for name in _WORKSPACE_FILES:
                if (data_dir / name).exists():
                    os.replace(data_dir / name, aside / name)
                    moved.append((aside / name, data_dir / name))
        for name in (Workspace.DB_NAME, KEY_FILE_NAME):
            if (staging / name).exists():
                os.replace(staging / name, data_dir / name)
                placed.append(data_dir / name)
        placed.append(data_dir / Workspace.META_NAME)
        _write_meta(data_dir / Workspace.META_NAME, workspace_id, storage)  # last: the workspace is complete
        keys._fsync_directory(data_dir)
    except BaseException as exc:
        for p in reversed(placed):
            with contextlib.suppress(OSError):
                p.unlink()
        for src, dst in reversed(moved):
            with contextlib.suppress(OSError):
                os.replace(src, dst)
        if aside is not None:
            with contextlib.suppress(OSError):
                aside.rmdir()
        if isinstance(exc, OSError):
            raise _write_fault(exc, "sikkerhetskopien ble ikke gjenopprettet") from exc
        raise
    return aside


def record_backup(ctx: Context, info: BackupInfo) -> None:
    """The audit trail notes that everything on the PC was copied out (no file name: it may name a person)."""
    audit.record(ctx, AUDIT_ACTION, None, venter=info.pending)


def pending_changes(session: Session) -> int:
    """How many of this PC's changes wait to be synced (shown after a restore)."""
    return int(
        session.scalar(select(func.count()).select_from(SyncChange).where(SyncChange.status == OutboxStatus.PENDING))
        or 0
    )
