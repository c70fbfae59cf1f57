"""The transfer package between kommuner (``*.stafettpakke``): format and crypto.

Byte layout (docs/transfer-package.md has the full description)::

    0    8  magic b"STAFPAKK"
    8    1  format version (1)
    9    1  kind: 1 = logg, 2 = kvittering
    10  16  package id (UUID, 16 raw bytes)
    26  32  sender's key fingerprint (desktop.core.keys.PublicKeys.fingerprint)
    58  32  receiver's key fingerprint
    90  32  ephemeral X25519 public key
    122 12  AES-GCM nonce
    134  8  ciphertext length n (unsigned, big-endian)
    142  n  ciphertext: AES-256-GCM (16-byte tag at the end), the header above as associated data
    142+n 64 Ed25519 signature by the sender over bytes 0 .. 142+n

The AES key is HKDF-SHA256 over the X25519 shared secret of the ephemeral key and the receiver's
key (salt: both public keys; info: ``stafettlogg-pakke-v1``). The plaintext is a 64-byte
Ed25519 signature over the payload (domain-separated, :func:`desktop.core.keys.sign_content`)
followed by the payload, UTF-8 JSON. Standard constructions only: nothing here is home-made
beyond the layout.

Every refusal is a :class:`PackageRefused` (an ``InvalidInput``) with a Norwegian reason; the
checks run in an order that tells no more than needed (the signature before the decryption).
"""

from __future__ import annotations

import enum
import os
import struct
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from desktop.core import keys
from desktop.core.context import Changes, Context
from desktop.core.errors import InvalidInput
from desktop.core.keys import OwnKeys, PublicKeys
from desktop.core.usecases import exchange

MAGIC = b"STAFPAKK"
FORMAT_VERSION = 1
SUFFIX = ".stafettpakke"
RECEIPT_SUFFIX = ".stafettkvittering"
_HEADER = struct.Struct(">8sBB16s32s32s32s12sQ")
HEADER_LEN = _HEADER.size  # 142
SIGNATURE_LEN = 64
TAG_LEN = 16
INNER_SIGNATURE_LEN = 64
MAX_PACKAGE_BYTES = 512 * 1024 * 1024
_HKDF_INFO = b"stafettlogg-pakke-v1"


class Kind(enum.IntEnum):
    LOGG = 1
    KVITTERING = 2


class PackageRefused(InvalidInput):
    """The file is no package this workspace may open; ``message`` says why, in Norwegian."""


TAMPERED = "Pakken er endret eller skadet underveis: signaturen stemmer ikke. Be avsenderen sende den på nytt."
TRUNCATED = "Filen er ikke en hel Stafettlogg-pakke (den er avkortet eller av en annen type)."


@dataclass(frozen=True)
class Header:
    version: int
    kind: Kind
    package_id: uuid.UUID
    sender: bytes  # fingerprint
    receiver: bytes  # fingerprint
    ephemeral: bytes
    nonce: bytes
    length: int

    def pack(self) -> bytes:
        return _HEADER.pack(
            MAGIC,
            self.version,
            self.kind,
            self.package_id.bytes,
            self.sender,
            self.receiver,
            self.ephemeral,
            self.nonce,
            self.length,
        )


def read_header(data: bytes) -> Header:
    """The header of ``data``; refuses what is not a whole package of a format this version knows."""
    if len(data) < HEADER_LEN + TAG_LEN + SIGNATURE_LEN or not data.startswith(MAGIC):
        raise PackageRefused(TRUNCATED)
    _magic, version, kind, pid, sender, receiver, eph, nonce, length = _HEADER.unpack_from(data)
    if version > FORMAT_VERSION:
        raise PackageRefused(
            f"Pakken er laget med en nyere versjon av formatet (versjon {version}). "
            "Oppdater Stafettlogg for å lese den."
        )
    if version < 1:
        raise PackageRefused(TRUNCATED)
    if kind not in (Kind.LOGG, Kind.KVITTERING):
        raise PackageRefused("Pakken er av en ukjent type. Oppdater Stafettlogg for å lese den.")
    if length < TAG_LEN or HEADER_LEN + length + SIGNATURE_LEN != len(data):
        raise PackageRefused(TRUNCATED)
    return Header(version, Kind(kind), uuid.UUID(bytes=pid), sender, receiver, eph, nonce, length)


def _aes_key(shared: bytes, ephemeral: bytes, receiver_x25519: bytes) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral + receiver_x25519, info=_HKDF_INFO)
    return hkdf.derive(shared)


def seal(*, kind: Kind, package_id: uuid.UUID, payload: bytes, sender: OwnKeys, receiver: PublicKeys) -> bytes:
    """Encrypt ``payload`` to ``receiver`` and sign the whole package as ``sender``."""
    ephemeral = X25519PrivateKey.generate()
    eph_public = ephemeral.public_key().public_bytes_raw()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(receiver.x25519))
    nonce = os.urandom(12)
    plaintext = keys.sign_content(sender, payload) + payload
    header = Header(
        FORMAT_VERSION,
        kind,
        package_id,
        sender.public.fingerprint,
        receiver.fingerprint,
        eph_public,
        nonce,
        len(plaintext) + TAG_LEN,
    ).pack()
    ciphertext = AESGCM(_aes_key(shared, eph_public, receiver.x25519)).encrypt(nonce, plaintext, header)
    signed = header + ciphertext
    return signed + sender.sign(signed)


@dataclass(frozen=True)
class Opened:
    """A verified, decrypted package: the payload and what proves where it came from."""

    header: Header
    sender: PublicKeys
    payload: bytes
    signature: bytes  # the payload's own signature (the import command carries it)


def open_package(data: bytes, *, own: OwnKeys | None, known: Callable[[bytes], PublicKeys | None]) -> Opened:
    """Check and decrypt ``data``: a whole package, from a known kommune, unchanged, for us."""
    if len(data) > MAX_PACKAGE_BYTES:
        raise PackageRefused("Filen er for stor til å være en Stafettlogg-pakke.")
    header = read_header(data)
    sender = known(header.sender)
    if sender is None:
        raise PackageRefused(
            "Pakken er signert med en nøkkel kommunen ikke kjenner. Kommuneadministratoren må først lese inn "
            "avsenderkommunens nøkkelfil og sjekke fingeravtrykket med dem på telefon."
        )
    signed = data[: HEADER_LEN + header.length]
    if not keys.verify(sender, signed, data[HEADER_LEN + header.length :]):
        raise PackageRefused(TAMPERED)
    if own is None:
        raise PackageRefused("Kommunen har ingen nøkler ennå. Be kommuneadministratoren åpne «Kommunens nøkler».")
    if header.receiver != own.public.fingerprint:
        raise PackageRefused("Pakken er ikke til denne kommunen (den er kryptert til en annen kommunes nøkkel).")
    try:
        shared = X25519PrivateKey.from_private_bytes(own.x25519).exchange(
            X25519PublicKey.from_public_bytes(header.ephemeral)
        )
        aes_key = _aes_key(shared, header.ephemeral, own.public.x25519)
        plaintext = AESGCM(aes_key).decrypt(
            header.nonce, data[HEADER_LEN : HEADER_LEN + header.length], signed[:HEADER_LEN]
        )
    except (InvalidTag, ValueError):
        raise PackageRefused(
            "Pakken kan ikke dekrypteres med kommunens nøkkel. Den er skadet eller ikke til oss."
        ) from None
    inner, payload = plaintext[:INNER_SIGNATURE_LEN], plaintext[INNER_SIGNATURE_LEN:]
    if len(inner) != INNER_SIGNATURE_LEN or not keys.verify_content(sender, payload, inner):
        raise PackageRefused(TAMPERED)
    return Opened(header, sender, payload, inner)


def write_file(path: Path, data: bytes) -> None:
    """Write atomically (temp file, fsync, replace): a half-written package never has the name."""
    path = Path(path)
    try:
        fd, temp = tempfile.mkstemp(prefix=".stafettlogg-", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temp, path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    except OSError as error:
        raise InvalidInput(f"Kunne ikke skrive filen {path.name}: {error.strerror or error}.") from error


def read_file(path: Path) -> bytes:
    path = Path(path)
    try:
        if path.stat().st_size > MAX_PACKAGE_BYTES:
            raise PackageRefused("Filen er for stor til å være en Stafettlogg-pakke.")
        return path.read_bytes()
    except OSError as error:
        raise InvalidInput(f"Kunne ikke lese filen {path.name}: {error.strerror or error}.") from error


# --------------------------------------------------------------------------- whole steps, on the database worker
# Each runs inside one use-case transaction (``Backend.call``): the file is written before the
# commit, so a file that cannot be written leaves nothing recorded.


def _known(ctx: Context) -> Callable[[bytes], PublicKeys | None]:
    def lookup(fingerprint: bytes) -> PublicKeys | None:
        kjent = keys.known(ctx.session, fingerprint)
        return keys.known_keys(kjent) if kjent is not None else None

    return lookup


def _seal(out: exchange.Utgaende) -> bytes:
    kind = Kind.LOGG if out.type == exchange.TYPE_LOGG else Kind.KVITTERING
    return seal(kind=kind, package_id=out.package_id, payload=out.payload, sender=out.own, receiver=out.receiver)


def open_bytes(ctx: Context, data: bytes) -> Opened:
    return open_package(data, own=keys.own_keys(ctx.session), known=_known(ctx))


def export_file(ctx: Context, overforing_id: uuid.UUID, mottaker_id: uuid.UUID, path: Path) -> exchange.Utgaende:
    """Write the package of a kommune transfer to ``path``."""
    out = exchange.export_package(ctx, overforing_id, mottaker_id)
    write_file(path, _seal(out))
    return out


def _args(opened: Opened) -> dict[str, Any]:
    """What the use cases get of a checked package: the payload and what proves its sender."""
    return {
        "pakke_id": opened.header.package_id,
        "avsender": opened.sender.raw,
        "innhold": opened.payload,
        "signatur": opened.signature,
    }


def _check_kind(opened: Opened, kind: Kind) -> None:
    if opened.header.kind is not kind:
        raise PackageRefused(
            "Dette er en kvittering. Les den inn med «Les inn kvittering»."
            if kind is Kind.LOGG
            else "Dette er en stafettlogg, ikke en kvittering. Les den inn med «Importer stafettlogg»."
        )


def preview_file(ctx: Context, path: Path) -> exchange.Forhandsvisning:
    opened = open_bytes(ctx, read_file(path))
    return exchange.preview(ctx, **_args(opened))


def import_file(ctx: Context, path: Path, receipt_path: Path, *, stafettholder_id: uuid.UUID | None = None) -> Changes:
    """«Godta og importer»: import the log and write the receipt for the sender."""
    opened = open_bytes(ctx, read_file(path))
    _check_kind(opened, Kind.LOGG)
    changes = exchange.import_logg(ctx, **_args(opened), stafettholder_id=stafettholder_id)
    write_file(receipt_path, _seal(exchange.receipt(ctx, opened.header.package_id)))
    return changes


def reject_file(ctx: Context, path: Path, receipt_path: Path, grunn: str) -> Changes:
    """«Avvis»: import nothing, write the receipt with the reason."""
    opened = open_bytes(ctx, read_file(path))
    _check_kind(opened, Kind.LOGG)
    changes = exchange.reject_logg(ctx, **_args(opened), grunn=grunn)
    write_file(receipt_path, _seal(exchange.receipt(ctx, opened.header.package_id, grunn=grunn.strip())))
    return changes


def read_receipt_file(ctx: Context, path: Path) -> Changes:
    """«Les inn kvittering»: the receiving kommune's answer settles the transfer."""
    opened = open_bytes(ctx, read_file(path))
    _check_kind(opened, Kind.KVITTERING)
    return exchange.read_receipt(ctx, **_args(opened))


def write_own_key_file(ctx: Context, path: Path) -> None:
    write_file(path, exchange.own_key_file(ctx))


def add_key_file(ctx: Context, path: Path) -> Changes:
    try:
        data = Path(path).read_bytes()[: 64 * 1024 + 1]
    except OSError as error:
        raise InvalidInput(f"Kunne ikke lese filen {Path(path).name}: {error.strerror or error}.") from error
    return exchange.add_kjent_kommune(ctx, data)
