"""Tables only the municipal server has: sign-in, devices, applied changes, mail.

They live on their own metadata beside the shared schema (``desktop.core.entities.Base``),
so the desktop never carries them and the shared schema stays the same on both ends.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import JSON, Integer, MetaData, String, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from desktop.core.entities import NAMING_CONVENTION, TYPE_ANNOTATION_MAP


class ServerBase(DeclarativeBase):
    # The same conventions as the shared schema, so names and types agree on every database.
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = TYPE_ANNOTATION_MAP


class Credential(ServerBase):
    """A password for the training server (production signs in with OpenID Connect)."""

    __tablename__ = "credential"

    username: Mapped[str] = mapped_column(String(120), primary_key=True)
    ansatt_id: Mapped[uuid.UUID] = mapped_column(index=True)
    password_hash: Mapped[str] = mapped_column(String(200))


class IdentityLink(ServerBase):
    """Which employee an identity provider's subject is (ID-porten's ``pid`` is the fødselsnummer)."""

    __tablename__ = "identity_link"

    subject: Mapped[str] = mapped_column(String(200), primary_key=True)
    ansatt_id: Mapped[uuid.UUID] = mapped_column(index=True)


class Device(ServerBase):
    """A PC signed in as one employee; revoking it ends all its tokens (a lost laptop)."""

    __tablename__ = "device"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    ansatt_id: Mapped[uuid.UUID] = mapped_column(index=True)
    name: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[dt.datetime]
    last_seen: Mapped[dt.datetime]
    revoked_at: Mapped[dt.datetime | None]


class Token(ServerBase):
    """An access or refresh token, kept only as its SHA-256 (a database leak gives no tokens)."""

    __tablename__ = "token"

    digest: Mapped[str] = mapped_column(String(64), primary_key=True)
    device_id: Mapped[uuid.UUID] = mapped_column(index=True)
    kind: Mapped[str] = mapped_column(String(8))  # access / refresh
    expires_at: Mapped[dt.datetime]
    used_at: Mapped[dt.datetime | None]  # a refresh token works once
    replaced_by: Mapped[str | None] = mapped_column(String(64))  # the refresh token it was exchanged for


class AppliedChange(ServerBase):
    """Every change a PC pushed, with the answer it got: a retry gets the same answer."""

    __tablename__ = "applied_change"

    change_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    device_id: Mapped[uuid.UUID] = mapped_column(index=True)
    ansatt_id: Mapped[uuid.UUID]
    received_at: Mapped[dt.datetime]
    status: Mapped[str] = mapped_column(String(16))
    request: Mapped[dict[str, Any]] = mapped_column(JSON)
    result: Mapped[dict[str, Any]] = mapped_column(JSON)
    resolved_by: Mapped[uuid.UUID | None]
    choice: Mapped[str] = mapped_column(String(16), default="")


class Tilgangslogg(ServerBase):
    """One access to a log (opened, exported, printed, shown) that a PC sent for the family to see.

    Taken only from the signed-in person, so ``person_id`` comes from the token, never from the
    PC; ``device`` and ``seq`` are the PC's own audit entry, and a retry stores nothing new.
    """

    __tablename__ = "tilgangslogg"
    __table_args__ = (UniqueConstraint("person_id", "device", "seq"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    logg_id: Mapped[uuid.UUID] = mapped_column(index=True)
    person_type: Mapped[str] = mapped_column(String(16))
    person_id: Mapped[uuid.UUID]
    device: Mapped[str] = mapped_column(String(64))  # the PC's workspace (its audit trail's device)
    seq: Mapped[int] = mapped_column(Integer)
    at: Mapped[dt.datetime]
    action: Mapped[str] = mapped_column(String(40))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON)
    device_id: Mapped[uuid.UUID]  # the server's Device whose token sent it
    received_at: Mapped[dt.datetime]
