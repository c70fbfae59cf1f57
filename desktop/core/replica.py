"""Rows as the sync moves them, and where each belongs (which log, which child).

The server decides what a person's PC may hold from these; the desktop writes what it
is sent with :func:`apply_rows`, which bypasses the outbox: a row from the server is
not a local change.
"""

from __future__ import annotations

import base64
import datetime as dt
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, delete, insert, inspect, select, update
from sqlalchemy.orm import Session

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
    Stafettlogg,
    Tiltak,
    Tjeneste,
    Vedlegg,
)
from desktop.core.outbox import logg_id_of, to_wire
from desktop.core.permissions import relation
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


def visible_logs(ctx: Context) -> set[uuid.UUID]:
    """The logs a person's PC may hold: «Mine logger», and transfers waiting for their answer."""
    logs = set(logs_for(ctx))
    person = ctx.person
    if isinstance(person, Ansatt) and person.fjernet_at is None:
        waiting = select(Overforing.logg_id).where(
            Overforing.status == OverforingStatus.VENTER,
            (Overforing.til_ansatt_id == person.id)
            | ((Overforing.til_enhet_id == person.enhet_id) & Overforing.til_ansatt_id.is_(None) & person.er_leder),
        )
        logs |= set(ctx.session.scalars(waiting))
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
    """For a reader limited to chosen concerns: which records of the log their PC may hold.

    What the log view would hide from them never leaves the server: other concerns and
    everything hanging on them, notes and their attachments, transfers, others' access.
    None when the person sees the whole log.
    """
    logg = session.get(Stafettlogg, logg_id)
    if logg is None:
        return None
    readable = relation(session, person, logg).readable
    if readable is None:
        return None

    def keep(obj: Base) -> bool:
        if isinstance(obj, Oppmerksomhet):
            return obj.id in readable
        if isinstance(obj, Mal | Tiltak | Faktor | FaktorKobling | Lysglimt):
            return obj.oppmerksomhet_id in readable
        if isinstance(obj, Evaluering):
            tiltak = session.get(Tiltak, obj.tiltak_id)
            return tiltak is not None and tiltak.oppmerksomhet_id in readable
        if isinstance(obj, Notat | Overforing) or (isinstance(obj, Vedlegg) and obj.notat_id is not None):
            return False
        if isinstance(obj, Lesetilgang):
            return obj.ansatt_id == person.id
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
