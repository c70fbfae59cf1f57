"""Rows as the sync moves them, and where each belongs (which log, which child).

The server decides what a person's PC may hold from these; the desktop writes what it
is sent with :func:`apply_rows`, which bypasses the outbox: a row from the server is
not a local change.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import JSON, ColumnElement, String, delete, event, insert, inspect, select, update
from sqlalchemy.orm import Session, UOWTransaction

from desktop.core.context import Context
from desktop.core.entities import (
    SYNCED_TYPES,
    Ansatt,
    Barn,
    Base,
    Enhet,
    Evaluering,
    Faktor,
    FaktorKobling,
    Foresatt,
    Kommune,
    Lesetilgang,
    Lysglimt,
    Mal,
    Notat,
    Oppmerksomhet,
    Overforing,
    OverforingStatus,
    Person,
    Samtykke,
    Setting,
    Stafettlogg,
    Synced,
    Tiltak,
    Tjeneste,
    Vedlegg,
)
from desktop.core.errors import RuleViolation
from desktop.core.outbox import logg_id_of, to_wire
from desktop.core.permissions import Role, relation
from desktop.core.types import UtcDateTime
from desktop.core.usecases.logs import logs_for

TABLES: dict[str, type[Base]] = {str(getattr(t, "__tablename__")): t for t in SYNCED_TYPES}  # noqa: B009
ORGANISATION = frozenset({"kommune", "tjeneste", "enhet", "ansatt"})
# Parents before children, for inserts (deletes go the other way).
ORDER = [t.name for t in Base.metadata.sorted_tables if t.name in TABLES]


@dataclass(frozen=True)
class RowState:
    """A row's current state on the server: ``values`` is None when it was deleted."""

    entity: str
    id: uuid.UUID
    values: dict[str, Any] | None

    def wire(self) -> dict[str, Any]:
        return {"entity": self.entity, "id": str(self.id), "values": self.values}

    @classmethod
    def from_wire(cls, data: dict[str, Any]) -> RowState:
        entity = str(data["entity"])
        if entity not in TABLES:
            raise ValueError(f"unknown entity {entity!r}")
        values = data.get("values")
        return cls(entity, uuid.UUID(str(data["id"])), dict(values) if values is not None else None)


def wire_row(obj: Base) -> dict[str, Any]:
    """Every column of a record as JSON."""
    return {attr.key: to_wire(getattr(obj, attr.key)) for attr in inspect(obj).mapper.column_attrs}


def current(session: Session, entity: str, id_: uuid.UUID) -> RowState:
    obj = session.get(TABLES[entity], id_)
    return RowState(entity, id_, wire_row(obj) if obj is not None else None)


def _from_wire(column: ColumnElement[Any], value: Any) -> Any:
    if value is None:
        return None
    python_type: Any
    try:
        python_type = dt.datetime if isinstance(column.type, UtcDateTime) else column.type.python_type
    except NotImplementedError:
        return value
    if python_type is uuid.UUID:
        return uuid.UUID(value)
    if python_type is dt.datetime:
        return dt.datetime.fromisoformat(value)
    if python_type is dt.date:
        return dt.date.fromisoformat(value)
    if python_type is bytes:
        return base64.b64decode(value)
    return value


@contextmanager
def remote(session: Session) -> Iterator[None]:
    """Writes that come from the server: no outbox rows, foreign keys checked at commit."""
    session.info["applying_remote"] = True
    if session.get_bind().dialect.name == "sqlite":
        session.connection().exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    try:
        yield
    finally:
        session.info["applying_remote"] = False


def apply_rows(session: Session, rows: Iterable[RowState]) -> int:
    """Make the local rows equal the server's (inserting, updating or deleting); returns the count."""
    latest: dict[tuple[str, uuid.UUID], RowState] = {}
    for row in rows:
        latest[(row.entity, row.id)] = row
    if not latest:
        return 0
    session.flush()
    with remote(session):
        rank = {name: i for i, name in enumerate(ORDER)}
        ordered = sorted(latest.values(), key=lambda r: rank[r.entity])
        for row in reversed(ordered):
            if row.values is None:
                table = Base.metadata.tables[row.entity]
                session.execute(delete(table).where(table.c.id == row.id))
        for row in ordered:
            if row.values is not None:
                _upsert(session, row)
        session.expire_all()
    return len(latest)


def _upsert(session: Session, row: RowState) -> None:
    table = Base.metadata.tables[row.entity]
    assert row.values is not None
    values = {c.name: _from_wire(c, row.values[c.name]) for c in table.columns if c.name in row.values}
    values["id"] = row.id
    exists = session.execute(select(table.c.id).where(table.c.id == row.id)).first()
    if exists:
        session.execute(update(table).where(table.c.id == row.id).values(**values))
    else:
        session.execute(insert(table).values(**values))


# --------------------------------------------------------------------------- what belongs where


def _waiting_for(person: Person) -> ColumnElement[bool] | None:
    """Transfers waiting for this person's answer (named, or their unit's as its leader)."""
    if not isinstance(person, Ansatt) or person.fjernet_at is not None:
        return None
    return (Overforing.status == OverforingStatus.VENTER) & (
        (Overforing.til_ansatt_id == person.id)
        | ((Overforing.til_enhet_id == person.enhet_id) & Overforing.til_ansatt_id.is_(None) & person.er_leder)
    )


def visible_logs(ctx: Context) -> set[uuid.UUID]:
    """The logs a person's PC may hold: «Mine logger», and transfers waiting for their answer."""
    logs = set(logs_for(ctx))
    waiting = _waiting_for(ctx.person)
    if waiting is not None:
        logs |= set(ctx.session.scalars(select(Overforing.logg_id).where(waiting)))
    return logs


def children_of(session: Session, logs: Iterable[uuid.UUID]) -> set[uuid.UUID]:
    ids = list(logs)
    if not ids:
        return set()
    return set(session.scalars(select(Stafettlogg.barn_id).where(Stafettlogg.id.in_(ids))))


def scope(session: Session, obj: Base) -> tuple[str, uuid.UUID | None]:
    """Where a record belongs: ("kommune", id), ("barn", id) or ("logg", id)."""
    if isinstance(obj, Kommune):
        return "kommune", obj.id
    if isinstance(obj, Tjeneste | Enhet | Ansatt):
        return "kommune", obj.kommune_id
    if isinstance(obj, Barn):
        return "barn", obj.id
    if isinstance(obj, Foresatt):
        return "barn", obj.barn_id
    if isinstance(obj, Samtykke):
        return "barn", obj.barn_id
    if isinstance(obj, Vedlegg) and obj.notat_id is None:
        owner = session.scalar(select(Samtykke.barn_id).where(Samtykke.skannet_vedlegg_id == obj.id))
        return "barn", owner
    return "logg", logg_id_of(session, obj)


Keep = Callable[[Base], bool]


def reader_filter(session: Session, person: Person, logg_id: uuid.UUID) -> Keep | None:
    """Which records of the log a person's PC may hold, when not all of them (None: the whole log).

    What the log view would hide never leaves the server:

    - from a reader limited to chosen concerns: other concerns and everything hanging on
      them, notes and their attachments, transfers, others' access;
    - from everyone but the family: the concerns left behind at an accepted transfer
      (``permissions.left_behind``) and everything hanging on them;
    - from the receiver of a waiting transfer who has no other part in the log: all but the
      chosen concerns (with what hangs on them) and the transfer itself. The log's header,
      the child, the guardians and the consents come with every log; so do its meetings,
      which evaluations point at.
    """
    logg = session.get(Stafettlogg, logg_id)
    if logg is None:
        return None
    rel = relation(session, person, logg)
    hidden = rel.hidden
    reads = bool(rel.roles - {Role.LEDER})
    waiting = _waiting_for(person)
    transfers: dict[uuid.UUID, Overforing] = {}
    if waiting is not None and (not reads or rel.readable is not None):
        stmt = select(Overforing).where(waiting, Overforing.logg_id == logg_id)
        transfers = {ov.id: ov for ov in session.scalars(stmt)}
    if reads and rel.readable is None:
        if not hidden:
            return None
        concerns: set[uuid.UUID] | None = None  # every one but the hidden
        whole = True
    elif reads or transfers:
        concerns = set(rel.readable or ()) | {uuid.UUID(i) for ov in transfers.values() for i in ov.oppmerksomheter}
        whole = False
    else:
        return None  # no part in the log: its PC never gets it (visible_logs)

    def on(oppmerksomhet_id: uuid.UUID) -> bool:
        return oppmerksomhet_id not in hidden and (concerns is None or oppmerksomhet_id in concerns)

    tiltak_on: dict[uuid.UUID, uuid.UUID] = {}

    def concern_of_tiltak(tiltak_id: uuid.UUID) -> uuid.UUID | None:
        if not tiltak_on:  # one query for the log, not one per evaluation
            stmt = (
                select(Tiltak.id, Tiltak.oppmerksomhet_id)
                .join(Oppmerksomhet, Tiltak.oppmerksomhet_id == Oppmerksomhet.id)
                .where(Oppmerksomhet.logg_id == logg_id)
            )
            tiltak_on.update((t, o) for t, o in session.execute(stmt))
        if tiltak_id not in tiltak_on:
            tiltak = session.get(Tiltak, tiltak_id)
            return tiltak.oppmerksomhet_id if tiltak is not None else None
        return tiltak_on[tiltak_id]

    def keep(obj: Base) -> bool:
        if isinstance(obj, Oppmerksomhet):
            return on(obj.id)
        if isinstance(obj, Mal | Tiltak | Faktor | FaktorKobling):
            return on(obj.oppmerksomhet_id)
        if isinstance(obj, Lysglimt):
            return on(obj.oppmerksomhet_id) if obj.oppmerksomhet_id is not None else whole
        if isinstance(obj, Evaluering):
            concern = concern_of_tiltak(obj.tiltak_id)
            return concern is not None and on(concern)
        if isinstance(obj, Overforing):
            return whole or obj.id in transfers
        if isinstance(obj, Notat) or (isinstance(obj, Vedlegg) and obj.notat_id is not None):
            return whole
        if isinstance(obj, Lesetilgang):
            return whole or obj.ansatt_id == person.id
        return True

    return keep


def rows_of_log(session: Session, logg_id: uuid.UUID, keep: Keep | None = None) -> list[RowState]:
    """Every record of one log and of its child (what a PC needs to hold the log)."""
    logg = session.get(Stafettlogg, logg_id)
    if logg is None:
        return []
    out: list[RowState] = []
    barn = session.get(Barn, logg.barn_id)
    if barn is not None:
        out.append(RowState("barn", barn.id, wire_row(barn)))
        out += [RowState("foresatt", f.id, wire_row(f)) for f in barn.foresatte]
    samtykker = list(session.scalars(select(Samtykke).where(Samtykke.barn_id == logg.barn_id)))
    scanned = [s.skannet_vedlegg_id for s in samtykker if s.skannet_vedlegg_id is not None]
    for v in session.scalars(select(Vedlegg).where(Vedlegg.id.in_(scanned))) if scanned else []:
        out.append(RowState("vedlegg", v.id, wire_row(v)))
    out.append(RowState("stafettlogg", logg.id, wire_row(logg)))
    out += [RowState("samtykke", s.id, wire_row(s)) for s in samtykker]
    for entity in ORDER:
        if entity in ORGANISATION or entity in {"barn", "foresatt", "samtykke", "stafettlogg"}:
            continue
        table = TABLES[entity]
        for obj in _of_log(session, table, logg_id):
            if keep is None or keep(obj):
                out.append(RowState(entity, getattr(obj, "id"), wire_row(obj)))  # noqa: B009
    return out


def _of_log(session: Session, table: type[Base], logg_id: uuid.UUID) -> list[Base]:
    if table is Vedlegg:
        return list(
            session.scalars(select(Vedlegg).join(Notat, Vedlegg.notat_id == Notat.id).where(Notat.logg_id == logg_id))
        )
    if table is Evaluering:
        return list(
            session.scalars(
                select(Evaluering)
                .join(Tiltak, Evaluering.tiltak_id == Tiltak.id)
                .join(Oppmerksomhet, Tiltak.oppmerksomhet_id == Oppmerksomhet.id)
                .where(Oppmerksomhet.logg_id == logg_id)
            )
        )
    if table in (Mal, Tiltak, Faktor, FaktorKobling):
        column = getattr(table, "oppmerksomhet_id")  # noqa: B009
        subquery = select(Oppmerksomhet.id).where(Oppmerksomhet.logg_id == logg_id)
        return list(session.scalars(select(table).where(column.in_(subquery))))
    return list(session.scalars(select(table).where(getattr(table, "logg_id") == logg_id)))  # noqa: B009


def organisation_rows(session: Session, kommune_id: uuid.UUID) -> list[RowState]:
    out = [current(session, "kommune", kommune_id)]
    for table in (Tjeneste, Enhet, Ansatt):
        for obj in session.scalars(select(table).where(table.kommune_id == kommune_id)):
            values = wire_row(obj)
            out.append(RowState(str(table.__tablename__), uuid.UUID(values["id"]), values))
    return out


# --------------------------------------------------------------------------- a unit leader's header copy

# What a unit leader's PC holds of a log of the unit they have no other relation to: enough to
# see that the log exists, who holds it, its status, level and dates, and to transfer or
# delete it; never its content (permissions.Role.LEDER may not READ). Per table, the columns
# kept; every other column reaches the PC blank ("" for text, [] for lists, None otherwise),
# so a column added later stays on the server until someone adds it here. A table missing
# here never reaches a header-only PC (Mal, Faktor, FaktorKobling, Vedlegg, Lesetilgang).
_BOOK = frozenset({"id", "created_at", "updated_at", "version"})
HEADER: dict[str, frozenset[str]] = {
    "stafettlogg": _BOOK | {"barn_id", "enhet_id", "stafettholder_id", "niva", "status", "passiv_at", "avsluttet_at"},
    "barn": _BOOK | {"kommune_id", "fornavn", "etternavn", "fodselsdato"},
    # Who has foreldreansvar, by name (no fødselsnummer, no contact data): a leader checks and
    # registers the guardians' consent to a transfer to another unit.
    "foresatt": _BOOK | {"barn_id", "fornavn", "etternavn", "relasjon", "foreldreansvar"},
    "samtykke": _BOOK
    | {
        "barn_id",
        "logg_id",
        "opprette_logg",
        "utveksle_opplysninger",
        "overfore_enhet",
        "overfore_kommune",
        "gitt_av_foresatte",
        "gitt_av_barnet",
        "signert_dato",
        "utloper",
        "registrert_av_id",
        "trukket_at",
    },
    "oppmerksomhet": _BOOK | {"logg_id", "rekkefolge", "avsluttet_at"},
    "tiltak": _BOOK
    | {
        "oppmerksomhet_id",
        "arena",
        "ansvarlig_id",
        "status",
        "fra_dato",
        "til_dato",
        "evalueringsdato",
        "trinn",
        "erstatter_id",
        "opprettet_av_type",
        "opprettet_av_id",
    },
    "evaluering": _BOOK | {"tiltak_id", "dato", "beslutning", "evaluert_av_type", "evaluert_av_id", "mote_id"},
    "lysglimt": _BOOK | {"logg_id", "oppmerksomhet_id", "dato", "forfatter_type", "forfatter_id"},
    "notat": _BOOK | {"logg_id", "internt", "forfatter_type", "forfatter_id"},
    "mote": _BOOK | {"logg_id", "tidspunkt"},
    "overforing": _BOOK
    | {
        "logg_id",
        "type",
        "status",
        "fra_ansatt_id",
        "sendt_av_id",
        "til_ansatt_id",
        "til_enhet_id",
        "til_kommune",
        "oppmerksomheter",
        "samtykke_id",
        "besvart_at",
        "besvart_av_id",
    },
}
# The child's part of a log: whole when the child has another log the person sees whole.
_CHILD_PART = frozenset({"barn", "foresatt", "samtykke", "vedlegg"})
# On a PC: the logs it holds as headers only (JSON list), written with the pull that sent them.
HEADER_ONLY = "sync.header_logs"


def _blank_of(column: ColumnElement[Any]) -> Any:
    if isinstance(column.type, JSON):
        return []
    if isinstance(column.type, String):  # Text too
        return ""
    if column.nullable:
        return None
    raise TypeError(f"{column} has no blank value: keep it in HEADER or make it nullable")


# Every column a header copy blanks, with its blank value (computed once, so a bad entry fails at import).
BLANKED: dict[str, dict[str, Any]] = {
    entity: {c.name: _blank_of(c) for c in Base.metadata.tables[entity].columns if c.name not in kept}
    for entity, kept in HEADER.items()
}


def header_row(row: RowState) -> RowState | None:
    """The row as a header-only PC may hold it; None when it may hold nothing of it.

    ``version`` and ``updated_at`` stay the server's, so a leader's command on the copy is
    never taken for a conflict.
    """
    blanks = BLANKED.get(row.entity)
    if blanks is None:
        return None
    if row.values is None:
        return row
    return RowState(row.entity, row.id, {k: blanks.get(k, v) for k, v in row.values.items()})


def unit_logs(ctx: Context) -> set[uuid.UUID]:
    """Every log of the unit the person leads (of any status); empty for anyone else."""
    person = ctx.person
    if not isinstance(person, Ansatt) or not person.er_leder or person.fjernet_at is not None:
        return set()
    if person.enhet_id is None:
        return set()
    return set(ctx.session.scalars(select(Stafettlogg.id).where(Stafettlogg.enhet_id == person.enhet_id)))


def header_logs(ctx: Context, visible: set[uuid.UUID] | None = None) -> set[uuid.UUID]:
    """The logs a person's PC holds as headers: the unit's, less those it holds whole."""
    unit = unit_logs(ctx)
    if not unit:
        return unit
    return unit - (visible_logs(ctx) if visible is None else visible)


def header_of_log(session: Session, logg_id: uuid.UUID, *, child_whole: bool = False) -> list[RowState]:
    """A log as a header-only PC holds it (``child_whole``: the child's part as it is)."""
    out = []
    for row in rows_of_log(session, logg_id, keep=lambda obj: getattr(obj, "__tablename__", "") in HEADER):
        if child_whole and row.entity in _CHILD_PART:
            out.append(row)
        elif (header := header_row(row)) is not None:
            out.append(header)
    return out


class Holding:
    """What one person's PC may hold of a row: whole, as a header, or nothing.

    For the server's answers outside a pull (the rows a pushed change touched): a unit
    leader who deletes or transfers a log they see as a header must get the header back,
    and what :func:`reader_filter` keeps from a PC stays away (the concerns an accepted
    transfer left behind, which the acceptance itself touches). One relation per log.
    """

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        person = ctx.person
        self.enhet_id = person.enhet_id if isinstance(person, Ansatt) and person.er_leder else None
        self._headers: set[uuid.UUID] | None = None
        self._whole_children: set[uuid.UUID] | None = None
        self._filters: dict[uuid.UUID, Keep | None] = {}

    def _kept(self, logg_id: uuid.UUID | None, obj: Base) -> bool:
        if logg_id is None:
            return True
        if logg_id not in self._filters:
            self._filters[logg_id] = reader_filter(self.ctx.session, self.ctx.person, logg_id)
        keep = self._filters[logg_id]
        return keep is None or keep(obj)

    def _load(self) -> tuple[set[uuid.UUID], set[uuid.UUID]]:
        if self._headers is None or self._whole_children is None:
            visible = visible_logs(self.ctx)
            self._headers = header_logs(self.ctx, visible)
            self._whole_children = children_of(self.ctx.session, visible)
        return self._headers, self._whole_children

    def view(self, row: RowState) -> RowState | None:
        if row.values is None or (self.enhet_id is None and row.entity in _NOT_IN_A_LOG):
            return row
        session = self.ctx.session
        obj = session.get(TABLES[row.entity], row.id)
        if obj is None:
            return row
        kind, owner = scope(session, obj)
        if kind == "logg":
            if self.enhet_id is not None:
                logg = session.get(Stafettlogg, owner) if owner is not None else None
                if logg is not None and logg.enhet_id == self.enhet_id and owner in self._load()[0]:
                    return header_row(row)
            return row if self._kept(owner, obj) else None
        if self.enhet_id is None:
            return row
        if kind == "barn":
            # Whole only with a log they see whole: after deleting a child's last log, say,
            # the consents the leader's change untied come back as headers.
            return row if owner in self._load()[1] else header_row(row)
        return row


# Rows no log's filter drops: the organisation's and the child's.
_NOT_IN_A_LOG = ORGANISATION | {"barn", "foresatt", "samtykke", "stafettlogg"}


def header_only(session: Session) -> set[uuid.UUID]:
    """On a PC: the logs it holds as headers only (a leader's view of the unit's logs)."""
    stored = session.get(Setting, HEADER_ONLY)
    if stored is None or not stored.value:
        return set()
    return {uuid.UUID(i) for i in json.loads(stored.value)}


def _writes_blanked(obj: object) -> bool:
    blanks = BLANKED.get(getattr(obj, "__tablename__", ""))
    if not blanks or not isinstance(obj, Synced):
        return False
    attrs = inspect(obj).attrs
    return any(attrs[key].history.has_changes() for key in blanks if key in attrs)


def _refuse_writes_over_blanks(session: Session, flush_context: UOWTransaction, instances: object) -> None:
    """A header copy's blanks must never reach the server as if someone had typed them.

    A leader's own work on the copy (a transfer, its withdrawal) writes only what they typed.
    But a person who may read the log locally while the PC still holds its header (they made
    themselves holder offline, say) sees blanks where the server has text: their change to a
    blanked column is refused until a sync has brought the whole log. Costs one lookup, and
    only in a flush that writes such a column.
    """
    ctx = session.info.get("context")
    if session.info.get("applying_remote") or not isinstance(ctx, Context):
        return
    dirty = [o for o in session.dirty if _writes_blanked(o)]
    if not dirty:
        return
    headers = header_only(session)
    if not headers:
        return
    for obj in dirty:
        kind, owner = scope(session, obj)
        if kind == "barn":
            owners = set(session.scalars(select(Stafettlogg.id).where(Stafettlogg.barn_id == owner)))
        else:
            owners = {owner} if owner is not None else set()
        for logg_id in owners & headers:
            logg = session.get(Stafettlogg, logg_id)
            if logg is not None and relation(session, ctx.person, logg).roles - {Role.LEDER}:
                raise RuleViolation(
                    "Denne PC-en har bare oversikten over loggen, ikke innholdet. Synkroniser før du endrer den."
                )


if not event.contains(Session, "before_flush", _refuse_writes_over_blanks):
    event.listen(Session, "before_flush", _refuse_writes_over_blanks)
