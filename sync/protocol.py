"""The wire format both ends share (documented in docs/sync-protocol.md).

Plain dataclasses: the desktop sends them with ``requests`` as JSON, the server takes
them as FastAPI bodies (which also publishes them in ``/openapi.json``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

PROTOCOL = 1
# The oldest and newest protocol this code speaks; a peer outside gets HTTP 426.
SUPPORTED = (1, 1)

APPLIED = "applied"
CONFLICT = "conflict"
REJECTED = "rejected"


def too_old_or_new(version: int) -> str | None:
    """A Norwegian message when ``version`` is outside what this end supports."""
    low, high = SUPPORTED
    if version < low:
        return "Stafettlogg på denne PC-en er for gammel for kommunens server. Oppdater programmet."
    if version > high:
        return "Kommunens server er eldre enn Stafettlogg på denne PC-en. Kontakt kommunens IT-ansvarlige."
    return None


@dataclass
class PushedRow:
    """One row a change touched on the PC: the server checks ``base_version`` against its own."""

    entity: str
    id: str
    operation: str
    base_version: int | None = None
    base_change: str | None = None  # the PC's own earlier change this builds on, unconfirmed when made


@dataclass
class Command:
    name: str
    args: dict[str, Any] = field(default_factory=dict)


@dataclass
class Change:
    """One PC transaction: applied whole or not at all, exactly once by ``change_id``."""

    change_id: str
    at: str
    commands: list[Command] = field(default_factory=list)
    rows: list[PushedRow] = field(default_factory=list)
    resolves: str | None = None  # an earlier conflict or rejection this change settles
    choice: str = ""  # mine / theirs / merged / discard


@dataclass
class PushRequest:
    protocol: int
    changes: list[Change]


@dataclass
class Row:
    """A record's state on the server; ``values`` is None when it has been deleted."""

    entity: str
    id: str
    values: dict[str, Any] | None = None
    # In a conflict's answer: who last changed the row on the server, and when (ISO time).
    changed_by: str = ""
    changed_at: str = ""


@dataclass
class ChangeResult:
    change_id: str
    status: str  # applied / conflict / rejected
    reason: str = ""
    duplicate: bool = False  # the change was applied before; this is the stored answer
    rows: list[Row] = field(default_factory=list)  # the server's state of every row it touched


@dataclass
class PushResponse:
    results: list[ChangeResult]


@dataclass
class PullRequest:
    protocol: int
    cursor: int
    logs: list[str] = field(default_factory=list)  # the logs the PC holds now
    header_logs: list[str] = field(default_factory=list)  # of those, the ones it holds as headers only


@dataclass
class PullResponse:
    cursor: int
    more: bool
    rows: list[Row]
    visible_logs: list[str]
    removed_logs: list[str]
    # Logs sent whole because what the person may see of them changed: the PC drops what
    # it holds of them beyond these rows.
    full_logs: list[str] = field(default_factory=list)
    # Logs the PC holds as headers only (a unit leader's: no content, docs/sync-protocol.md).
    header_logs: list[str] = field(default_factory=list)


@dataclass
class PasswordLogin:
    username: str
    password: str
    device_name: str


@dataclass
class OidcLogin:
    id_token: str
    nonce: str
    device_name: str


@dataclass
class Refresh:
    refresh_token: str


@dataclass
class Person:
    id: str
    kind: str
    navn: str
    kommune_id: str


@dataclass
class Tokens:
    access_token: str
    refresh_token: str
    expires_in: int
    device_id: str
    person: Person


@dataclass
class OidcSettings:
    issuer: str
    client_id: str


@dataclass
class ServerInfo:
    protocol: list[int]
    kommune: str
    password_login: bool
    oidc: OidcSettings | None = None


@dataclass
class Problem:
    """Every refusal: a Norwegian sentence for the user."""

    detail: str


# --------------------------------------------------------------------------- the family's access log


@dataclass
class TilgangEntry:
    """One access to a log from a PC's audit trail: (device, seq) is its identity everywhere."""

    device: str
    seq: int
    at: str
    action: str
    logg_id: str
    detail: dict[str, str] = field(default_factory=dict)


@dataclass
class TilgangPush:
    protocol: int
    entries: list[TilgangEntry]


@dataclass
class TilgangPushResponse:
    accepted: int
    duplicates: int  # sent before (a retry): nothing new stored
    refused: int  # not an access, a log the person never had, or a time in the future


@dataclass
class TilgangRow:
    """An access as the family sees it: ``hvem`` is the person in words, made by the server."""

    device: str
    seq: int
    at: str
    person_type: str
    person_id: str | None
    action: str
    logg_id: str
    detail: dict[str, str]
    hvem: str


@dataclass
class TilgangResponse:
    logg_id: str
    entries: list[TilgangRow]
