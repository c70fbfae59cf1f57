"""The workspace key: a random 256-bit SQLCipher raw key, kept in the OS keyring or a passphrase file.

The key is never written in plaintext. Where the OS keyring cannot be used (headless Linux,
a locked or missing keyring) it is wrapped with a key derived from a passphrase the user types
(scrypt + AES-GCM) and stored in ``KEY_FILE_NAME`` beside the database.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import enum
import errno
import hashlib
import json
import os
import secrets
import string
import unicodedata
from pathlib import Path
from typing import Any, NoReturn

import keyring
import keyring.errors
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from keyring.backend import KeyringBackend
from keyring.compat import properties

from desktop.store.errors import (
    DiskFull,
    KeyFileCorrupt,
    KeyMissing,
    KeyringUnavailable,
    ReadOnlyLocation,
    WrongPassphrase,
)

KEYRING_SERVICE = "Stafettlogg"
KEY_FILE_NAME = "workspace-key.json"

KEY_LENGTH = 32
MIN_PASSPHRASE_LENGTH = 8
PASSPHRASE_TOO_SHORT = "Passordfrasen må ha minst 8 tegn."

SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1

_FORMAT = 1
_AAD = b"stafettlogg-key-v1"
_SALT_LENGTH = 16
_NONCE_LENGTH = 12
_CIPHERTEXT_LENGTH = KEY_LENGTH + 16  # GCM appends a 16-byte tag
# The file is tiny; refusing anything large keeps a stray file from being slurped into memory.
_MAX_FILE_SIZE = 64 * 1024
# Scrypt parameters are read from the file, so bound them: a damaged file must not make us
# allocate gigabytes or spin for minutes before reporting it.
_MIN_N = 2**10
_MAX_N = 2**20
_MAX_SCRYPT_MEMORY = 256 * 1024 * 1024
_MAX_SCRYPT_WORK = 2**30


class KeyStorage(enum.StrEnum):
    KEYRING = "keyring"
    PASSPHRASE = "passphrase"


def new_raw_key() -> bytes:
    return secrets.token_bytes(KEY_LENGTH)


def _check_key(key: bytes) -> None:
    if not isinstance(key, bytes) or len(key) != KEY_LENGTH:
        raise ValueError(f"workspace key must be {KEY_LENGTH} bytes")


def key_to_sqlcipher_literal(key: bytes) -> str:
    """``x'<hex>'`` for ``PRAGMA key = "x'...'"``: SQLCipher then uses the key raw, skipping its own KDF."""
    _check_key(key)
    return f"x'{key.hex()}'"


# --- OS keyring -------------------------------------------------------------------------------


def _username(workspace_id: str) -> str:
    if not workspace_id:
        raise ValueError("workspace_id must not be empty")
    return f"workspace:{workspace_id}"


def _unavailable(exc: Exception) -> NoReturn:
    raise KeyringUnavailable(detail=f"{type(exc).__name__}: {exc}") from exc


# Backend calls catch Exception, not only keyring.errors.KeyringError: real backends leak their
# own types (secretstorage's PromptDismissedException, jeepney/dbus errors), and a broken keyring
# is an environment fault with a safe fallback, not a bug. The try blocks hold only the call.


def keyring_usable() -> bool:
    """Whether the current backend can really store and return a secret; leaves no entry behind."""
    username = f"probe:{secrets.token_hex(8)}"
    value = secrets.token_hex(16)
    try:
        keyring.set_password(KEYRING_SERVICE, username, value)
    except Exception:
        return False
    try:
        return keyring.get_password(KEYRING_SERVICE, username) == value
    except Exception:
        return False
    finally:
        with contextlib.suppress(Exception):
            keyring.delete_password(KEYRING_SERVICE, username)


def store_in_keyring(workspace_id: str, key: bytes) -> None:
    _check_key(key)
    username = _username(workspace_id)
    try:
        keyring.set_password(KEYRING_SERVICE, username, key.hex())
        stored = keyring.get_password(KEYRING_SERVICE, username)
    except Exception as exc:
        _unavailable(exc)
    # Read back: a backend that silently drops the secret would otherwise cost the whole database.
    if stored != key.hex():
        raise KeyringUnavailable(detail="keyring did not return the stored key")


def load_from_keyring(workspace_id: str) -> bytes:
    username = _username(workspace_id)
    try:
        stored = keyring.get_password(KEYRING_SERVICE, username)
    except Exception as exc:
        _unavailable(exc)
    if stored is None:
        raise KeyMissing(detail=f"no keyring entry for {username}")
    # bytes.fromhex tolerates whitespace, so check the exact shape first.
    if len(stored) != 2 * KEY_LENGTH or not all(c in string.hexdigits for c in stored):
        raise KeyMissing(detail=f"keyring entry for {username} is not a {KEY_LENGTH}-byte hex key")
    return bytes.fromhex(stored)


def delete_from_keyring(workspace_id: str) -> None:
    username = _username(workspace_id)
    try:
        keyring.delete_password(KEYRING_SERVICE, username)
        return
    except keyring.errors.PasswordDeleteError:
        pass  # usually "no such entry"; confirmed below
    except Exception as exc:
        _unavailable(exc)
    # PasswordDeleteError also means "could not delete"; callers must not think the key is gone.
    try:
        remaining = keyring.get_password(KEYRING_SERVICE, username)
    except Exception as exc:
        _unavailable(exc)
    if remaining is not None:
        raise KeyringUnavailable(detail=f"could not delete keyring entry for {username}")


class _ExplicitOnlyBackend(KeyringBackend):
    """A backend keyring never picks by itself.

    keyring registers every backend subclass and auto-selects the viable one of highest priority.
    A plain ``priority = 1`` would make MemoryKeyring beat the "fail" backend on headless Linux,
    so the app would keep the key in memory and lose it at exit. Raising RuntimeError is
    keyring's documented way to say "not viable"; it is viable only when named explicitly in
    ``PYTHON_KEYRING_BACKEND``. ``keyring.set_keyring(MemoryKeyring())`` needs no priority.
    """

    @properties.classproperty
    def priority(cls) -> float:
        cls._require_explicit_selection()
        return 1

    @classmethod
    def _require_explicit_selection(cls) -> None:
        if os.environ.get("PYTHON_KEYRING_BACKEND") != f"{cls.__module__}.{cls.__qualname__}":
            raise RuntimeError(f"{cls.__qualname__} is only used when selected explicitly")


class MemoryKeyring(_ExplicitOnlyBackend):
    """In-memory keyring for tests and subprocesses; every instance starts empty.

    ``entries`` maps (service, username) to the stored password, for tests to inspect.
    """

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]  # keyring leaves it unannotated
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.entries[(service, username)]
        except KeyError:
            raise keyring.errors.PasswordDeleteError("no such password") from None


class FailingKeyring(_ExplicitOnlyBackend):
    """Raises on every call, like keyring's "fail" backend; ``error`` picks the exception type."""

    def __init__(self, error: type[Exception] = keyring.errors.NoKeyringError) -> None:
        super().__init__()  # type: ignore[no-untyped-call]  # keyring leaves it unannotated
        self._error = error

    def get_password(self, service: str, username: str) -> str | None:
        raise self._error("keyring unavailable (FailingKeyring)")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise self._error("keyring unavailable (FailingKeyring)")

    def delete_password(self, service: str, username: str) -> None:
        raise self._error("keyring unavailable (FailingKeyring)")


# --- Passphrase-wrapped key file --------------------------------------------------------------


def _check_passphrase(passphrase: str) -> None:
    # Count characters as the user sees them, not decomposed code points.
    if len(unicodedata.normalize("NFC", passphrase)) < MIN_PASSPHRASE_LENGTH:
        raise ValueError(PASSPHRASE_TOO_SHORT)


def _scrypt_params(n: object, r: object, p: object) -> tuple[int, int, int] | None:
    """The parameters if they are within bounds, else None."""
    # type() is int rejects bool, which json would otherwise let through as 0/1.
    if not (type(n) is int and type(r) is int and type(p) is int):
        return None
    if not (_MIN_N <= n <= _MAX_N and n & (n - 1) == 0 and 1 <= r <= 32 and 1 <= p <= 16):
        return None
    if 128 * n * r > _MAX_SCRYPT_MEMORY or 128 * n * r * p > _MAX_SCRYPT_WORK:
        return None
    return n, r, p


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    # NFC so the same passphrase typed on macOS (often NFD) and Windows gives the same key.
    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    return Scrypt(salt=salt, length=KEY_LENGTH, n=n, r=r, p=p).derive(secret)


def _checksum(fields: dict[str, Any]) -> str:
    """SHA-256 over every other field, to tell a damaged file from a wrong passphrase.

    GCM alone cannot: any change fails the tag just like a wrong passphrase does. The checksum
    covers only data already in the file, so it reveals nothing; it is not an integrity
    guarantee against an attacker (GCM is), only a diagnosis for accidental damage.
    """
    canonical = json.dumps(fields, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("ascii")).hexdigest()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _fsync_directory(directory: Path) -> None:
    if os.name == "nt":
        return  # Windows cannot open a directory for fsync; NTFS journals the rename.
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError as exc:
        # Some file systems (certain network mounts) refuse fsync on a directory; the file
        # itself is already durable and in place.
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP):
            raise
    finally:
        os.close(fd)


def _write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that a crash leaves either the old file or the new one."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    # O_EXCL: never follow or reuse an existing file; 0o600: the key file is for the owner only.
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(tmp, flags, 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_directory(path.parent)


def write_key_file(
    path: Path,
    key: bytes,
    passphrase: str,
    *,
    n: int = SCRYPT_N,
    r: int = SCRYPT_R,
    p: int = SCRYPT_P,
) -> None:
    """Wrap ``key`` with ``passphrase`` and store it at ``path`` (mode 0o600, atomic).

    ValueError (Norwegian message) for a passphrase shorter than 8 characters; DiskFull or
    ReadOnlyLocation when the file cannot be written. Smaller ``n`` is for tests only.
    """
    _check_key(key)
    _check_passphrase(passphrase)
    if _scrypt_params(n, r, p) is None:
        raise ValueError(f"unsupported scrypt parameters n={n} r={r} p={p}")
    salt = secrets.token_bytes(_SALT_LENGTH)
    nonce = secrets.token_bytes(_NONCE_LENGTH)
    wrapping_key = _derive(passphrase, salt, n, r, p)
    ciphertext = AESGCM(wrapping_key).encrypt(nonce, key, _AAD)
    fields: dict[str, Any] = {
        "format": _FORMAT,
        "kdf": "scrypt",
        "n": n,
        "r": r,
        "p": p,
        "salt": _b64(salt),
        "nonce": _b64(nonce),
        "ciphertext": _b64(ciphertext),
    }
    fields["checksum"] = _checksum(fields)
    data = json.dumps(fields, indent=2).encode("ascii") + b"\n"
    try:
        _write_atomic(path, data)
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise DiskFull(
                "Disken er full, så nøkkelfilen ble ikke lagret. Frigjør plass og prøv igjen.",
                detail=str(exc),
            ) from exc
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise ReadOnlyLocation(
                "Nøkkelfilen kunne ikke lagres fordi mappen ikke kan skrives til. "
                "Sjekk tilgangen til mappen og prøv igjen.",
                detail=str(exc),
            ) from exc
        raise


def _corrupt(detail: str) -> NoReturn:
    raise KeyFileCorrupt(detail=detail)


def _field_bytes(fields: dict[str, Any], name: str, length: int) -> bytes:
    value = fields.get(name)
    if not isinstance(value, str):
        _corrupt(f"field {name!r} missing or not a string")
    try:
        decoded = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        _corrupt(f"field {name!r} is not valid base64")
    if len(decoded) != length:
        _corrupt(f"field {name!r} has {len(decoded)} bytes, expected {length}")
    return decoded


def read_key_file(path: Path, passphrase: str) -> bytes:
    """Unwrap the key in ``path``.

    KeyMissing if there is no file, KeyFileCorrupt if it is damaged or of an unknown format,
    WrongPassphrase if it is intact but ``passphrase`` does not open it.
    """
    try:
        with open(path, "rb") as f:
            raw = f.read(_MAX_FILE_SIZE + 1)
    except FileNotFoundError as exc:
        raise KeyMissing(detail=f"no key file at {path}") from exc
    if len(raw) > _MAX_FILE_SIZE:
        _corrupt("key file is too large")
    try:
        fields = json.loads(raw)
    except (ValueError, RecursionError) as exc:  # bad JSON, bad UTF-8, absurd nesting
        raise KeyFileCorrupt(detail=f"not JSON: {exc}") from exc
    if not isinstance(fields, dict):
        _corrupt("top level is not a JSON object")
    if type(fields.get("format")) is not int or fields["format"] != _FORMAT:
        _corrupt(f"unknown format {fields.get('format')!r}")
    if fields.get("kdf") != "scrypt":
        _corrupt(f"unknown kdf {fields.get('kdf')!r}")
    checksum = fields.pop("checksum", None)
    # Plain comparison: the checksum is public, and compare_digest rejects non-ASCII strings.
    if checksum != _checksum(fields):
        _corrupt("checksum mismatch")
    params = _scrypt_params(fields.get("n"), fields.get("r"), fields.get("p"))
    if params is None:
        _corrupt(f"unsupported scrypt parameters {fields.get('n')!r}/{fields.get('r')!r}/{fields.get('p')!r}")
    salt = _field_bytes(fields, "salt", _SALT_LENGTH)
    nonce = _field_bytes(fields, "nonce", _NONCE_LENGTH)
    ciphertext = _field_bytes(fields, "ciphertext", _CIPHERTEXT_LENGTH)
    wrapping_key = _derive(passphrase, salt, *params)
    try:
        key = AESGCM(wrapping_key).decrypt(nonce, ciphertext, _AAD)
    except InvalidTag:
        # The checksum matched, so the file is as written: the passphrase is what differs
        # (or someone rewrote the file deliberately, which GCM still stops).
        raise WrongPassphrase() from None
    if len(key) != KEY_LENGTH:
        _corrupt("unwrapped key has the wrong length")
    return key


def change_passphrase(
    path: Path,
    old: str,
    new: str,
    *,
    n: int = SCRYPT_N,
    r: int = SCRYPT_R,
    p: int = SCRYPT_P,
) -> None:
    """Rewrap the key under ``new``; the old file stays in place until the new one is durable.

    The new file uses the given (default) scrypt parameters, so changing the passphrase also
    upgrades old parameters.
    """
    _check_passphrase(new)  # fail before the slow KDF and before touching anything
    key = read_key_file(path, old)
    write_key_file(path, key, new, n=n, r=r, p=p)
