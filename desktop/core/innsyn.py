"""The family's access log («Tilgangslogg»): who has opened the child's log, and when.

Built from the audit trail (:mod:`desktop.core.audit`), which every PC keeps for itself and
never syncs. A connected PC sends its own person's access entries to the municipality's
server (``POST /v1/tilgangslogg``), so the family can see openings made on every PC
(``GET /v1/logger/{id}/tilgangslogg``): the server answers with :class:`Tilgang` entries,
and :func:`rows` merges them with this PC's own, counting each entry once (device + seq).

Who may see it: the guardians with foreldreansvar, the youth, and the stafettholder (who
answers the family's questions about it). Not a reader, an aktør or the unit's leader:
knowing who looked at a child's log is itself information about the child.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session

from desktop.core import audit
from desktop.core.context import Context
from desktop.core.entities import (
    Ansatt,
    AuditEntry,
    Barn,
    Foresatt,
    Lesetilgang,
    Oppmerksomhet,
    Overforing,
    Person,
    PersonKind,
    Stafettlogg,
    Tiltak,
)
from desktop.core.errors import PermissionDenied
from desktop.core.permissions import Role, relation
from desktop.core.usecases.common import get

# The audit actions the family sees. A change is in «Historikk»; the removal of a log from a
# PC (access ended) is no access. Of the changes, only the log's creation is shown here.
ACCESS_ACTIONS = frozenset(
    {audit.Action.READ, audit.Action.EXPORT, audit.Action.PRINT, audit.Action.MEETING, audit.Action.TRANSFER}
)
_CREATED = "opprettet"
# The audit detail that travels to the server: only what says what kind of access it was.
DETAIL_KEYS = ("hva", "format", "steg")

# Consecutive openings by the same person this close together are one visit («åpnet 3 ganger»).
FOLD_WITHIN = dt.timedelta(minutes=30)

# What happened, by kind (see :func:`kind_of`). Bokmål: the views translate the same texts.
HVA: dict[str, str] = {
    "les": "åpnet loggen",
    "eksporter_pdf": "eksporterte loggen til PDF",
    "eksporter_diagram": "eksporterte faktordiagrammet",
    "eksporter": "eksporterte loggen",
    "skriv_ut": "skrev ut loggen",
    "motemodus": "viste loggen i møtemodus",
    "overforing_sendt": "sendte loggen til overføring",
    "overforing_godtatt": "tok imot loggen (overføring)",
    "overforing_avvist": "avviste overføringen av loggen",
    "overforing": "overføring av loggen",
    "opprettet": "opprettet loggen",
}
SEEN_BY = frozenset({Role.STAFETTHOLDER, Role.FORESATT, Role.BARN})
REFUSED = "Bare foresatte, ungdommen selv og stafettholderen kan se hvem som har åpnet loggen."


@dataclass(frozen=True)
class Tilgang:
    """One access to a log: an entry of this PC's audit trail, or one the server collected."""

    device: str  # the PC's workspace device id: with ``seq`` the entry's identity everywhere
    seq: int
    at: dt.datetime
    person_type: str
    person_id: uuid.UUID | None
    action: str
    logg_id: uuid.UUID
    detail: dict[str, str] = field(default_factory=dict)
    hvem: str = ""  # who, in words («Kari Nilsen, pedagogisk leder, Solsikken barnehage»)

    @property
    def key(self) -> tuple[str, int]:
        return (self.device, self.seq)

    def to_wire(self) -> dict[str, Any]:
        return {
            "device": self.device,
            "seq": self.seq,
            "at": self.at.isoformat(),
            "person_type": self.person_type,
            "person_id": str(self.person_id) if self.person_id else None,
            "action": self.action,
            "logg_id": str(self.logg_id),
            "detail": dict(self.detail),
            "hvem": self.hvem,
        }

    @classmethod
    def from_wire(cls, data: dict[str, Any]) -> Tilgang:
        at = dt.datetime.fromisoformat(str(data["at"]))
        if at.tzinfo is None:
            raise ValueError("a time without a time zone")
        person = data.get("person_id")
        detail = data.get("detail") or {}
        return cls(
            device=str(data["device"]),
            seq=int(data["seq"]),
            at=at,
            person_type=str(data.get("person_type", "")),
            person_id=uuid.UUID(str(person)) if person else None,
            action=str(data["action"]),
            logg_id=uuid.UUID(str(data["logg_id"])),
            detail=clean_detail(detail if isinstance(detail, dict) else {}),
            hvem=str(data.get("hvem", "")),
        )


@dataclass(frozen=True)
class TilgangRad:
    """One row of the page: who did what, when; openings close together folded into one."""

    at: dt.datetime  # the latest of the row's entries
    forst: dt.datetime  # the first (the same as ``at`` for one entry)
    hvem: str
    person_id: uuid.UUID | None
    kind: str  # a key of :data:`HVA`
    antall: int
    keys: tuple[tuple[str, int], ...]  # the entries it stands for

    @property
    def hva(self) -> str:
        text = HVA[self.kind]
        return f"{text} {self.antall} ganger" if self.antall > 1 else text


# --------------------------------------------------------------------------- who may see it


def may_see_roles(roles: Iterable[Role]) -> bool:
    """The rule on a person's relation to the log (the views ask it with the snapshot's roles)."""
    return bool(SEEN_BY & frozenset(roles))


def may_see(session: Session, person: Person, logg: Stafettlogg) -> str | None:
    """None if the person may see the log's access log, else the Norwegian reason."""
    return None if may_see_roles(relation(session, person, logg).roles) else REFUSED


def require_may_see(session: Session, person: Person, logg: Stafettlogg) -> None:
    reason = may_see(session, person, logg)
    if reason is not None:
        raise PermissionDenied(reason)


def had_access(session: Session, person: Person, logg: Stafettlogg) -> bool:
    """Whether the person has, or once had, a relation to the log that lets them read it.

    The server takes a PC's access entries only from such a person. An entry can reach the
    server days after the read, when the read grant is withdrawn or the log transferred
    away: the family must still see that reading.
    """
    if relation(session, person, logg).roles - {Role.LEDER}:
        return True
    if not isinstance(person, Ansatt):
        return False
    pid = person.id
    grant = exists().where(Lesetilgang.logg_id == logg.id, Lesetilgang.ansatt_id == pid)
    tiltak = exists().where(
        Tiltak.oppmerksomhet_id == Oppmerksomhet.id, Oppmerksomhet.logg_id == logg.id, Tiltak.ansvarlig_id == pid
    )
    transfer = exists().where(
        Overforing.logg_id == logg.id,
        or_(Overforing.fra_ansatt_id == pid, Overforing.til_ansatt_id == pid, Overforing.besvart_av_id == pid),
    )
    return bool(session.scalar(select(or_(grant, tiltak, transfer))))


# --------------------------------------------------------------------------- entries


def clean_detail(detail: dict[str, Any]) -> dict[str, str]:
    """Only what says what kind of access it was; never content (short strings)."""
    return {k: str(detail[k])[:40] for k in DETAIL_KEYS if k in detail and detail[k] is not None}


def is_access(action: str, detail: dict[str, Any]) -> bool:
    return action in ACCESS_ACTIONS or (action == audit.Action.CHANGE and detail.get("hva") == _CREATED)


def kind_of(action: str, detail: dict[str, str]) -> str:
    """The key of :data:`HVA` for an audit action and its detail."""
    if action == audit.Action.EXPORT:
        if detail.get("hva") == "faktordiagram":
            return "eksporter_diagram"
        if "pdf" in (detail.get("format", "").lower(), detail.get("hva", "").lower()):
            return "eksporter_pdf"
        return "eksporter"
    if action == audit.Action.TRANSFER:
        steg = detail.get("steg", "")
        return f"overforing_{steg}" if f"overforing_{steg}" in HVA else "overforing"
    if action == audit.Action.CHANGE:
        return "opprettet"
    return action if action in HVA else "les"


def _lower_first(text: str) -> str:
    """«Helsesykepleier» → «helsesykepleier», but «PPT-rådgiver» stays."""
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]


def describe(session: Session, person_type: str, person_id: uuid.UUID | None) -> str:
    """Who, in plain words for the family: name, position and unit; a guardian by relation."""
    if person_id is None:
        return "ukjent person"
    if person_type == PersonKind.ANSATT:
        a = session.get(Ansatt, person_id)
        if a is None:
            return "en ansatt som ikke lenger er registrert"
        parts = [a.navn]
        if a.stilling:
            parts.append(_lower_first(a.stilling))
        if a.enhet is not None:
            parts.append(a.enhet.navn)
        elif a.er_kommuneadmin and not a.stilling:
            parts.append("kommunen")
        return ", ".join(parts)
    if person_type == PersonKind.FORESATT:
        f = session.get(Foresatt, person_id)
        if f is None:
            return "en foresatt"
        return f"{f.navn}, foresatt ({f.relasjon})" if f.relasjon else f"{f.navn}, foresatt"
    if person_type == PersonKind.BARN:
        b = session.get(Barn, person_id)
        return f"{b.navn} selv" if b is not None else "barnet selv"
    return "ukjent person"


def _entry(e: AuditEntry, hvem: str = "") -> Tilgang:
    assert e.logg_id is not None
    return Tilgang(
        device=e.device,
        seq=e.seq,
        at=e.at,
        person_type=e.person_type,
        person_id=e.person_id,
        action=e.action,
        logg_id=e.logg_id,
        detail=clean_detail(e.detail or {}),
        hvem=hvem,
    )


def named(session: Session, entries: Iterable[Tilgang]) -> list[Tilgang]:
    """The entries with ``hvem`` filled in from this database (one lookup per person)."""
    names: dict[tuple[str, uuid.UUID | None], str] = {}
    out = []
    for t in entries:
        key = (t.person_type, t.person_id)
        if key not in names:
            names[key] = describe(session, t.person_type, t.person_id)
        out.append(dataclasses.replace(t, hvem=names[key]))
    return out


def local_entries(ctx: Context, logg_id: uuid.UUID) -> list[Tilgang]:
    """This PC's accesses to the log, for a person who may see them (oldest first)."""
    logg = get(ctx, Stafettlogg, logg_id)
    require_may_see(ctx.session, ctx.person, logg)
    found = [e for e in audit.trail(ctx.session, logg_id) if is_access(e.action, e.detail or {})]
    return named(ctx.session, [_entry(e) for e in found])


def unsent_entries(session: Session, person_id: uuid.UUID, after: int, limit: int = 200) -> tuple[list[Tilgang], int]:
    """This person's access entries after audit seq ``after``, and the last seq looked at.

    The last seq moves past other people's entries and other actions too, so the PC's
    cursor never waits on an entry it will not send.
    """
    stmt = select(AuditEntry).where(AuditEntry.seq > after).order_by(AuditEntry.seq).limit(limit)
    batch = list(session.scalars(stmt))
    last = batch[-1].seq if batch else after
    mine = [
        _entry(e)
        for e in batch
        if e.person_id == person_id and e.logg_id is not None and is_access(e.action, e.detail or {})
    ]
    return mine, last


# --------------------------------------------------------------------------- the rows


def rows(entries: Sequence[Tilgang]) -> list[TilgangRad]:
    """Newest first; an entry known on both ends counts once; close openings by one person fold."""
    unique: dict[tuple[str, int], Tilgang] = {}
    for t in entries:
        unique.setdefault(t.key, t)
    ordered = sorted(unique.values(), key=lambda t: (t.at, t.device, t.seq))
    out: list[TilgangRad] = []
    for t in ordered:
        kind = kind_of(t.action, t.detail)
        last = out[-1] if out else None
        if (
            last is not None
            and kind == "les"
            and last.kind == "les"
            and last.person_id == t.person_id
            and t.at - last.at <= FOLD_WITHIN
        ):
            out[-1] = dataclasses.replace(last, at=t.at, antall=last.antall + 1, keys=(*last.keys, t.key))
        else:
            out.append(TilgangRad(t.at, t.at, t.hvem, t.person_id, kind, 1, (t.key,)))
    out.reverse()
    return out


def access_log(ctx: Context, logg_id: uuid.UUID, fra_server: Sequence[Tilgang] = ()) -> list[TilgangRad]:
    """The log's access log as the acting person may see it: this PC's entries and the server's."""
    return rows([*local_entries(ctx, logg_id), *fra_server])
