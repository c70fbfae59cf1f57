"""Every change to a synced entity writes an outbox row in the same flush.

The hook lives on the session, not in the use cases, so that no code path can change
a record without its outbox row. It also stamps ids, times and versions from the
context's clock, which keeps the 8-hour rule testable with an injected clock.
"""

from __future__ import annotations

import base64
import datetime as dt
import enum
import uuid
from typing import Any, TypeVar

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session, UOWTransaction

from desktop.core.context import Context
from desktop.core.entities import (
    Evaluering,
    Notat,
    Oppmerksomhet,
    OutboxEntry,
    OutboxStatus,
    Stafettlogg,
    SyncChange,
    Synced,
    Tiltak,
    Vedlegg,
)
from desktop.core.errors import InvalidInput

_BOOKKEEPING = frozenset({"updated_at", "version"})
T = TypeVar("T")


def to_wire(value: Any) -> Any:
    """A column value as JSON (the same encoding the sync protocol uses)."""
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, list):
        return list(value)
    return value


def _columns(obj: Synced) -> list[str]:
    return [attr.key for attr in inspect(obj).mapper.column_attrs]


def _apply_defaults(obj: Synced, ctx: Context) -> None:
    """Fill defaults now (not at INSERT) so the outbox row carries the real values."""
    now = ctx.now()
    if obj.id is None:
        obj.id = ctx.new_id(type(obj))
    obj.created_at = obj.created_at or now
    obj.updated_at = obj.updated_at or obj.created_at
    obj.version = obj.version or 1
    mapper = inspect(obj).mapper
    for attr in mapper.column_attrs:
        column = attr.columns[0]
        if getattr(obj, attr.key) is None and column.default is not None:
            default: Any = column.default
            if default.is_scalar:
                setattr(obj, attr.key, default.arg)
            elif default.is_callable:
                setattr(obj, attr.key, default.arg(None))


def _find(session: Session, entity: type[T], id_: uuid.UUID) -> T | None:
    """A row by id, also when it is only pending in this same flush."""
    for pending_obj in session.new:
        if isinstance(pending_obj, entity) and getattr(pending_obj, "id", None) == id_:
            return pending_obj
    return session.get(entity, id_)


def logg_id_of(session: Session, obj: object) -> uuid.UUID | None:
    """The log a record belongs to, for history and audit (None for organisation data)."""
    with session.no_autoflush:
        if isinstance(obj, Stafettlogg):
            return obj.id
        logg_id = getattr(obj, "logg_id", None)
        if logg_id is not None:
            return logg_id  # type: ignore[no-any-return]
        if isinstance(obj, Evaluering):
            obj = _find(session, Tiltak, obj.tiltak_id)
        oppmerksomhet_id = getattr(obj, "oppmerksomhet_id", None)
        if oppmerksomhet_id is not None:
            o = _find(session, Oppmerksomhet, oppmerksomhet_id)
            return o.logg_id if o is not None else None
        if isinstance(obj, Vedlegg) and obj.notat_id is not None:
            notat = _find(session, Notat, obj.notat_id)
            return notat.logg_id if notat is not None else None
    return None


def _entry(ctx: Context, obj: Synced, operation: str, **fields: Any) -> OutboxEntry:
    person = ctx.person
    return OutboxEntry(
        change_id=uuid.uuid4(),
        at=ctx.now(),
        entity=getattr(obj, "__tablename__"),  # noqa: B009
        entity_id=obj.id,
        operation=operation,
        logg_id=logg_id_of(ctx.session, obj),
        author_type=person.kind.value,
        author_id=person.id,
        device=ctx.device,
        status=OutboxStatus.PENDING,
        sync_change_id=ctx.change_id,
        **fields,
    )


def _unconfirmed_base(session: Session, ctx: Context, entity_id: uuid.UUID) -> uuid.UUID | None:
    """The PC's own earlier change of this record still waiting to be pushed, if any.

    Versions alone cannot tell: the server may have given the record the same version number
    through someone else's edit. Naming the change lets the server refuse this one when it
    refused that one.
    """
    with session.no_autoflush:
        return session.scalar(
            select(OutboxEntry.sync_change_id)
            .where(
                OutboxEntry.entity_id == entity_id,
                OutboxEntry.status == OutboxStatus.PENDING,
                OutboxEntry.sync_change_id != ctx.change_id,
            )
            .order_by(OutboxEntry.seq.desc())
            .limit(1)
        )


def record_change(ctx: Context) -> SyncChange:
    """The transaction's SyncChange, created with its first rows and kept current with its calls."""
    if ctx.change is None:
        person = ctx.person
        ctx.change = SyncChange(
            change_id=ctx.change_id,
            at=ctx.now(),
            author_type=person.kind.value,
            author_id=person.id,
            device=ctx.device,
            status=OutboxStatus.PENDING,
            commands=[],
        )
        ctx.session.add(ctx.change)
    change: SyncChange = ctx.change
    if change.commands != ctx.commands:
        change.commands = [dict(c) for c in ctx.commands]
    return change


def _check_lengths(obj: Synced) -> None:
    """SQLite ignores String(n); PostgreSQL on the server does not. Refuse here, before either."""
    for attr in inspect(obj).mapper.column_attrs:
        length = getattr(attr.columns[0].type, "length", None)
        value = getattr(obj, attr.key)
        if length and isinstance(value, str) and len(value) > length:
            raise InvalidInput(f"Feltet «{attr.key}» er for langt ({len(value)} tegn). Maks {length} tegn.")


def _before_flush(session: Session, flush_context: UOWTransaction, instances: object) -> None:
    ctx = session.info.get("context")
    if not isinstance(ctx, Context) or session.info.get("applying_remote"):
        return
    entries: list[OutboxEntry] = []
    for obj in [*session.new, *session.dirty]:
        if isinstance(obj, Synced):
            _check_lengths(obj)
    for obj in list(session.new):
        if isinstance(obj, Synced):
            _apply_defaults(obj, ctx)
            values = {key: to_wire(getattr(obj, key)) for key in _columns(obj)}
            entries.append(_entry(ctx, obj, "insert", base_version=None, new_version=obj.version, values=values))
    # Sorted, so the same change gives the same history order on every database and run.
    for obj in sorted(session.dirty, key=lambda o: (type(o).__name__, str(getattr(o, "id", "")))):
        if not isinstance(obj, Synced) or obj in session.new:
            continue
        state = inspect(obj)
        new: dict[str, Any] = {}
        old: dict[str, Any] = {}
        for key in _columns(obj):
            if key in _BOOKKEEPING:
                continue
            history = state.attrs[key].history
            if history.has_changes() and history.deleted != history.added:
                new[key] = to_wire(history.added[0] if history.added else None)
                old[key] = to_wire(history.deleted[0] if history.deleted else None)
        if not new:
            continue
        base = obj.version
        obj.version = base + 1
        obj.updated_at = ctx.now()
        new["updated_at"] = to_wire(obj.updated_at)
        entries.append(
            _entry(
                ctx,
                obj,
                "update",
                base_version=base,
                new_version=obj.version,
                values=new,
                old_values=old,
                base_change_id=_unconfirmed_base(session, ctx, obj.id),
            )
        )
    for obj in list(session.deleted):
        if isinstance(obj, Synced):
            entries.append(
                _entry(
                    ctx,
                    obj,
                    "delete",
                    base_version=obj.version,
                    new_version=None,
                    values={},
                    base_change_id=_unconfirmed_base(session, ctx, obj.id),
                )
            )
    if entries or ctx.change is not None:
        record_change(ctx)
    session.add_all(entries)


def install(session_class: type[Session] = Session) -> None:
    """Attach the hook (idempotent)."""
    if not event.contains(session_class, "before_flush", _before_flush):
        event.listen(session_class, "before_flush", _before_flush)


def pending(session: Session) -> list[SyncChange]:
    """What the sync has yet to push, oldest first."""
    stmt = select(SyncChange).where(SyncChange.status == OutboxStatus.PENDING).order_by(SyncChange.seq)
    return list(session.scalars(stmt))


def rows_of(session: Session, change_id: uuid.UUID) -> list[OutboxEntry]:
    """The row changes one synced change made, in order."""
    stmt = select(OutboxEntry).where(OutboxEntry.sync_change_id == change_id).order_by(OutboxEntry.seq)
    return list(session.scalars(stmt))


def history(session: Session, logg_id: uuid.UUID) -> list[OutboxEntry]:
    """Every change of one log, oldest first: who, when, what (old and new values)."""
    stmt = select(OutboxEntry).where(OutboxEntry.logg_id == logg_id).order_by(OutboxEntry.seq)
    return list(session.scalars(stmt))


install()
