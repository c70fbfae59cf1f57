"""The kommune's key pair for transfer packages, and the public keys of other kommuner.

Each kommune has one X25519 key (others encrypt packages to it) and one Ed25519 key (it signs
the packages it writes). Both private keys are kept in the workspace database, which is
encrypted (SQLCipher), as ``Setting`` rows. Another kommune's public keys come as a
``*.stafettnokkel`` file and are trusted only after the two administrators have compared the
fingerprint by phone (docs/transfer-package.md, «Tillit»).

Qt-free and free of the package format (``sync/package.py`` builds on these types).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.entities import KjentKommune, Kommune, Setting
from desktop.core.errors import InvalidInput

KEY_FILE_FORMAT = "stafettlogg-nokkel"
KEY_FILE_VERSION = 1
KEY_FILE_SUFFIX = ".stafettnokkel"
_FINGERPRINT_CONTEXT = b"stafettlogg-nokkel-v1\x00"
# The payload signature is domain-separated from the package signature (sync/package.py).
_CONTENT_CONTEXT = b"stafettlogg-innhold-v1\x00"
_SETTING_X25519 = "kommune_nokkel_x25519"
_SETTING_ED25519 = "kommune_nokkel_ed25519"
_SETTING_CREATED = "kommune_nokkel_laget"
SHOWN_FINGERPRINT_BYTES = 20  # 160 bits, read aloud in 10 groups of four


@dataclass(frozen=True)
class PublicKeys:
    """A kommune's two public keys (raw 32 bytes each)."""

    x25519: bytes
    ed25519: bytes

    def __post_init__(self) -> None:
        if len(self.x25519) != 32 or len(self.ed25519) != 32:
            raise InvalidInput("En offentlig nøkkel må være 32 byte.")

    @property
    def fingerprint(self) -> bytes:
        """SHA-256 over both keys: what the header names and the administrators compare."""
        return hashlib.sha256(_FINGERPRINT_CONTEXT + self.x25519 + self.ed25519).digest()

    @property
    def raw(self) -> bytes:
        return self.x25519 + self.ed25519

    @classmethod
    def from_raw(cls, raw: bytes) -> PublicKeys:
        if len(raw) != 64:
            raise InvalidInput("Avsenderens nøkkel har feil lengde.")
        return cls(raw[:32], raw[32:])


@dataclass(frozen=True)
class OwnKeys:
    """The kommune's private keys (raw 32 bytes each)."""

    x25519: bytes
    ed25519: bytes

    @property
    def public(self) -> PublicKeys:
        x = X25519PrivateKey.from_private_bytes(self.x25519).public_key().public_bytes_raw()
        ed = Ed25519PrivateKey.from_private_bytes(self.ed25519).public_key().public_bytes_raw()
        return PublicKeys(x, ed)

    def sign(self, message: bytes) -> bytes:
        return Ed25519PrivateKey.from_private_bytes(self.ed25519).sign(message)


def generate() -> OwnKeys:
    return OwnKeys(
        X25519PrivateKey.generate().private_bytes_raw(),
        Ed25519PrivateKey.generate().private_bytes_raw(),
    )


def show_fingerprint(fingerprint: bytes) -> str:
    """«3F2A 9C01 …»: the first 160 bits in groups of four, to read aloud by phone."""
    text = fingerprint[:SHOWN_FINGERPRINT_BYTES].hex().upper()
    return " ".join(text[i : i + 4] for i in range(0, len(text), 4))


def verify(public: PublicKeys, message: bytes, signature: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public.ed25519).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


def sign_content(own: OwnKeys, payload: bytes) -> bytes:
    """The payload's own signature: it stays verifiable after decryption (and on a re-run)."""
    return own.sign(_CONTENT_CONTEXT + payload)


def verify_content(public: PublicKeys, payload: bytes, signature: bytes) -> bool:
    return len(signature) == 64 and verify(public, _CONTENT_CONTEXT + payload, signature)


# --------------------------------------------------------------------------- the kommune's own keys


def own_keys(session: Session) -> OwnKeys | None:
    x = session.get(Setting, _SETTING_X25519)
    ed = session.get(Setting, _SETTING_ED25519)
    if x is None or ed is None:
        return None
    return OwnKeys(bytes.fromhex(x.value), bytes.fromhex(ed.value))


def store_own_keys(session: Session, keys: OwnKeys, now: dt.datetime) -> None:
    """Write the key pair once; the caller checks who may (the kommune administrator)."""
    session.add(Setting(key=_SETTING_X25519, value=keys.x25519.hex()))
    session.add(Setting(key=_SETTING_ED25519, value=keys.ed25519.hex()))
    session.add(Setting(key=_SETTING_CREATED, value=now.isoformat()))
    session.flush()


def own_kommune(session: Session) -> Kommune:
    """This workspace's kommune (a workspace serves one)."""
    kommune = session.scalar(select(Kommune).order_by(Kommune.created_at).limit(1))
    if kommune is None:
        raise InvalidInput("Arbeidsområdet har ingen kommune.")
    return kommune


# --------------------------------------------------------------------------- other kommuner


def known(session: Session, fingerprint: bytes) -> KjentKommune | None:
    return session.scalar(select(KjentKommune).where(KjentKommune.fingerprint == fingerprint.hex()))


def known_keys(kjent: KjentKommune) -> PublicKeys:
    return PublicKeys(bytes.fromhex(kjent.x25519), bytes.fromhex(kjent.ed25519))


def all_known(session: Session) -> list[KjentKommune]:
    return list(session.scalars(select(KjentKommune).order_by(KjentKommune.navn, KjentKommune.lagt_til_at)))


# --------------------------------------------------------------------------- the public key file


@dataclass(frozen=True)
class KeyFile:
    nummer: str
    navn: str
    keys: PublicKeys


def key_file(nummer: str, navn: str, keys: PublicKeys) -> bytes:
    """The ``*.stafettnokkel`` file: JSON with both public keys and the fingerprint."""
    body = {
        "format": KEY_FILE_FORMAT,
        "versjon": KEY_FILE_VERSION,
        "kommune": {"nummer": nummer, "navn": navn},
        "x25519": keys.x25519.hex(),
        "ed25519": keys.ed25519.hex(),
        "fingerprint": keys.fingerprint.hex(),
    }
    return (json.dumps(body, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _hex32(value: object) -> bytes:
    if not isinstance(value, str) or len(value) != 64:
        raise ValueError("not 32 bytes of hex")
    return bytes.fromhex(value)


def parse_key_file(data: bytes) -> KeyFile:
    """A key file, or InvalidInput saying it is not one (a wrong fingerprint is refused too)."""
    refused = InvalidInput("Filen er ikke en gyldig nøkkelfil fra Stafettlogg.")
    if len(data) > 64 * 1024:
        raise refused
    try:
        body = json.loads(data.decode("utf-8"))
        if not isinstance(body, dict) or body.get("format") != KEY_FILE_FORMAT:
            raise refused
        version = body.get("versjon")
        if not isinstance(version, int) or isinstance(version, bool):
            raise refused
        if version > KEY_FILE_VERSION:
            raise InvalidInput("Nøkkelfilen er laget av en nyere versjon av Stafettlogg. Oppdater programmet.")
        kommune = body["kommune"]
        nummer, navn = kommune["nummer"], kommune["navn"]
        keys = PublicKeys(_hex32(body["x25519"]), _hex32(body["ed25519"]))
        stated = _hex32(body["fingerprint"])
    except InvalidInput:
        raise
    except (ValueError, KeyError, TypeError, UnicodeDecodeError, RecursionError):
        raise refused from None
    if not (isinstance(nummer, str) and len(nummer) == 4 and nummer.isdigit()):
        raise refused
    if not (isinstance(navn, str) and 0 < len(navn.strip()) <= 120 and "\x00" not in navn):
        raise refused
    if stated != keys.fingerprint:
        raise InvalidInput("Fingeravtrykket i nøkkelfilen stemmer ikke med nøklene. Filen kan være endret.")
    return KeyFile(nummer, navn.strip(), keys)


def new_kjent(parsed: KeyFile, *, by: uuid.UUID, now: dt.datetime) -> KjentKommune:
    return KjentKommune(
        id=uuid.uuid4(),
        nummer=parsed.nummer,
        navn=parsed.navn,
        x25519=parsed.keys.x25519.hex(),
        ed25519=parsed.keys.ed25519.hex(),
        fingerprint=parsed.keys.fingerprint.hex(),
        lagt_til_at=now,
        lagt_til_av_id=by,
    )
