"""Sign-in, devices and tokens: short-lived access tokens, one-use refresh tokens.

Tokens are random strings; the server keeps only their SHA-256, so every process behind
a load balancer can check them from the database (no state in the process).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
import uuid
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop.core.entities import Ansatt
from sync.protocol import Person, Tokens
from sync.server.tables import Credential, Device, IdentityLink, Token

ACCESS_LIFETIME = dt.timedelta(minutes=15)
REFRESH_LIFETIME = dt.timedelta(days=30)
# A PC whose refresh answer was lost retries with the token it just spent; within this time,
# and while the token it got in exchange is unused, that is a retry, not a stolen copy.
REFRESH_RETRY = dt.timedelta(minutes=2)


class AuthError(Exception):
    """A refused sign-in; ``keep`` when what was written on the way (a revocation) must be committed."""

    def __init__(self, message: str, *, keep: bool = False) -> None:
        super().__init__(message)
        self.message = message
        self.keep = keep


def hash_password(password: str, *, salt: bytes | None = None) -> str:
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)
    return f"scrypt${salt.hex()}${digest.hex()}"


def _password_ok(password: str, stored: str) -> bool:
    _, salt, _ = stored.split("$")
    return hmac.compare_digest(hash_password(password, salt=bytes.fromhex(salt)), stored)


def set_password(session: Session, ansatt_id: uuid.UUID, username: str, password: str) -> None:
    if len(password) < 4:
        raise AuthError("Passordet må ha minst fire tegn.")
    existing = session.get(Credential, username)
    if existing is None:
        session.add(Credential(username=username, ansatt_id=ansatt_id, password_hash=hash_password(password)))
    else:
        existing.ansatt_id, existing.password_hash = ansatt_id, hash_password(password)


def link_identity(session: Session, subject: str, ansatt_id: uuid.UUID) -> None:
    session.merge(IdentityLink(subject=subject, ansatt_id=ansatt_id))


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _active(session: Session, ansatt_id: uuid.UUID) -> Ansatt:
    ansatt = session.get(Ansatt, ansatt_id)
    if ansatt is None or ansatt.fjernet_at is not None:
        raise AuthError("Brukeren er ikke lenger ansatt i kommunen.")
    return ansatt


def _issue(session: Session, device: Device, ansatt: Ansatt, now: dt.datetime, spent: Token | None = None) -> Tokens:
    access, refresh = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    session.add(Token(digest=_digest(access), device_id=device.id, kind="access", expires_at=now + ACCESS_LIFETIME))
    session.add(Token(digest=_digest(refresh), device_id=device.id, kind="refresh", expires_at=now + REFRESH_LIFETIME))
    if spent is not None:
        spent.replaced_by = _digest(refresh)
    device.last_seen = now
    person = Person(id=str(ansatt.id), kind="ansatt", navn=ansatt.navn, kommune_id=str(ansatt.kommune_id))
    return Tokens(access, refresh, int(ACCESS_LIFETIME.total_seconds()), str(device.id), person)


def _new_device(session: Session, ansatt: Ansatt, name: str, now: dt.datetime) -> Device:
    device = Device(id=uuid.uuid4(), ansatt_id=ansatt.id, name=name[:120] or "PC", created_at=now, last_seen=now)
    session.add(device)
    return device


def password_login(session: Session, username: str, password: str, device_name: str, now: dt.datetime) -> Tokens:
    credential = session.get(Credential, username.strip().lower())
    if credential is None or not _password_ok(password, credential.password_hash):
        raise AuthError("Feil brukernavn eller passord.")
    ansatt = _active(session, credential.ansatt_id)
    return _issue(session, _new_device(session, ansatt, device_name, now), ansatt, now)


def subject_login(session: Session, subject: str, device_name: str, now: dt.datetime) -> Tokens:
    """Sign-in after the identity provider vouched for ``subject`` (the token is checked already)."""
    link = session.get(IdentityLink, subject)
    ansatt_id = link.ansatt_id if link is not None else None
    if ansatt_id is None:  # ID-porten's pid is the fødselsnummer
        ansatt_id = session.scalar(select(Ansatt.id).where(Ansatt.fodselsnummer == subject))
    if ansatt_id is None:
        raise AuthError("Du er logget inn, men er ikke registrert som ansatt i kommunen. Kontakt lederen din.")
    ansatt = _active(session, ansatt_id)
    return _issue(session, _new_device(session, ansatt, device_name, now), ansatt, now)


_REVOKED = "Denne PC-en er sperret av kommunen. Kontakt kommunens IT-ansvarlige."


def _revoked(session: Session, row: Token | None) -> bool:
    device = session.get(Device, row.device_id) if row is not None else None
    return device is not None and device.revoked_at is not None


def refresh(session: Session, token: str, now: dt.datetime) -> Tokens:
    row = session.get(Token, _digest(token))
    if _revoked(session, row):
        raise AuthError(_REVOKED)
    if row is None or row.kind != "refresh" or row.expires_at <= now:
        raise AuthError("Innloggingen er utløpt. Logg inn på nytt.")
    if row.used_at is not None:
        successor = session.get(Token, row.replaced_by) if row.replaced_by else None
        if now - row.used_at <= REFRESH_RETRY and successor is not None and successor.used_at is None:
            successor.expires_at = now  # the answer that carried it was lost: it goes unused
        else:
            # A refresh token used twice was stolen or copied: end the device's sign-in.
            revoke_device(session, row.device_id, now)
            raise AuthError("Innloggingen er brukt fra et annet sted og er avsluttet. Logg inn på nytt.", keep=True)
    row.used_at = row.used_at or now
    device = session.get(Device, row.device_id)
    if device is None or device.revoked_at is not None:
        raise AuthError(_REVOKED)
    return _issue(session, device, _active(session, device.ansatt_id), now, spent=row)


@dataclass(frozen=True)
class Caller:
    ansatt_id: uuid.UUID
    device_id: uuid.UUID
    device_name: str


def authenticate(session: Session, token: str, now: dt.datetime) -> Caller:
    row = session.get(Token, _digest(token))
    if _revoked(session, row):
        raise AuthError(_REVOKED)
    if row is None or row.kind != "access":
        raise AuthError("Du er ikke logget inn på kommunens server.")
    if row.expires_at <= now:
        raise AuthError("Innloggingen er utløpt.")
    device = session.get(Device, row.device_id)
    if device is None or device.revoked_at is not None:
        raise AuthError(_REVOKED)
    _active(session, device.ansatt_id)
    return Caller(device.ansatt_id, device.id, device.name)


def revoke_device(session: Session, device_id: uuid.UUID, now: dt.datetime) -> bool:
    device = session.get(Device, device_id)
    if device is None:
        return False
    device.revoked_at = device.revoked_at or now
    session.execute(update(Token).where(Token.device_id == device_id, Token.expires_at > now).values(expires_at=now))
    return True
