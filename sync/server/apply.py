"""Applying pushed changes and answering pulls, on the server's database.

A pushed change is a list of use-case calls; the server re-runs them as the signed-in
person with the core's own rules (``desktop.core.commands.run``), so a PC can never make
a change its user may not. Rows the PC based an update on must still be at the version
it saw; otherwise the change is a conflict and nothing of it is applied.

All writes take one database-wide lock, so the change log's ``seq`` is committed in order
and a pull cursor never skips a row that commits late.
"""

from __future__ import annotations

import datetime as dt
import logging
import traceback
import uuid
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import asdict
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from desktop.core import commands
from desktop.core.context import Context
from desktop.core.entities import Ansatt, Base, Lesetilgang, OutboxEntry, Overforing, OverforingStatus, Stafettlogg
from desktop.core.errors import DomainError
from desktop.core.replica import (
    TABLES,
    Holding,
    Keep,
    RowState,
    children_of,
    current,
    header_logs,
    header_of_log,
    header_row,
    organisation_rows,
    reader_filter,
    rows_of_log,
    scope,
    visible_logs,
)
from sync.protocol import APPLIED, CONFLICT, REJECTED, Change, ChangeResult, PullResponse, Row
from sync.server.tables import AppliedChange

log = logging.getLogger(__name__)

PULL_PAGE = 5000
# How far ahead of the server's clock a PC's clock may be before its times are not believed.
CLOCK_SKEW = dt.timedelta(minutes=5)

Notify = Callable[[Session, Context, list[dict[str, Any]]], None]


def lock(session: Session) -> None:
    """Serialise writers (SQLite does so by itself with BEGIN IMMEDIATE)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(6006)"))


def _row(state: RowState) -> Row:
    return Row(state.entity, str(state.id), state.values)


def _result(change_id: str, status: str, reason: str, rows: list[RowState]) -> ChangeResult:
    return ChangeResult(change_id=change_id, status=status, reason=reason, rows=[_row(r) for r in rows])


def _conflicts(session: Session, change: Change) -> list[str]:
    """Rows the change was based on that have moved on the server since the PC saw them.

    Only a row's first appearance counts: later ones build on the change's own earlier ones
    (a record inserted and then updated in one transaction, say).
    """
    out = []
    seen: set[tuple[str, str]] = set()
    for row in change.rows:
        key = (row.entity, row.id)
        if key in seen or row.entity not in TABLES:
            continue
        seen.add(key)
        if row.operation == "insert":
            continue
        if row.base_change is not None:
            # Built on the PC's own earlier change: if that was not applied, neither is this,
            # even when the version numbers happen to agree.
            earlier = session.get(AppliedChange, uuid.UUID(row.base_change))
            if earlier is None or earlier.status != APPLIED:
                out.append(row.entity)
                continue
        obj = session.get(TABLES[row.entity], uuid.UUID(row.id))
        if getattr(obj, "version", None) != row.base_version:
            out.append(row.entity)
    return out


def _last_change(session: Session, entity_id: uuid.UUID) -> tuple[str, str]:
    """Who changed a record last on the server, and when: the other side of a conflict."""
    last = session.scalar(
        select(OutboxEntry).where(OutboxEntry.entity_id == entity_id).order_by(OutboxEntry.seq.desc()).limit(1)
    )
    if last is None:
        return "", ""
    author = session.get(Ansatt, last.author_id) if last.author_type == "ansatt" and last.author_id else None
    return (author.navn if author is not None else ""), last.at.isoformat()


def _when(change: Change, now: dt.datetime) -> dt.datetime:
    """The PC's time of the change (the 8-hour rule counts from it), never in the future."""
    try:
        at = dt.datetime.fromisoformat(change.at)
    except ValueError:
        return now
    if at.tzinfo is None or at > now + CLOCK_SKEW:
        return now
    return min(at, now)


_CONFLICT_REASON = (
    "Noen andre har endret det samme på serveren siden du hentet det sist. Velg hvilken versjon som skal gjelde."
)


def apply_change(
    session: Session,
    change: Change,
    *,
    ansatt_id: uuid.UUID,
    device_id: uuid.UUID,
    device_name: str,
    now: dt.datetime,
    notify: Notify | None = None,
) -> ChangeResult:
    """Apply one change in the caller's transaction (which must hold :func:`lock`)."""
    change_id = uuid.UUID(change.change_id)
    stored = session.get(AppliedChange, change_id)
    if stored is not None:
        answer = ChangeResult(**{**stored.result, "duplicate": True})
        answer.rows = [Row(**r) for r in stored.result["rows"]]
        return answer
    person = session.get(Ansatt, ansatt_id)
    assert person is not None  # authenticate() checked it
    ctx = Context(session, person, device=device_name[:64], clock=lambda: _when(change, now))
    ctx.change_id = change_id
    for row in change.rows:
        if row.operation == "insert":
            ctx.id_supply.setdefault(row.entity, deque()).append(uuid.UUID(row.id))
    status, reason = APPLIED, ""
    calls = [asdict(c) for c in change.commands]
    if _conflicts(session, change):
        status, reason = CONFLICT, _CONFLICT_REASON
    elif not calls and change.resolves is None:
        status, reason = REJECTED, "Endringen kan ikke kontrolleres av serveren (den mangler handlingen som laget den)."
    else:
        try:
            with session.begin_nested():
                for call in calls:
                    commands.run(ctx, call["name"], call["args"])
                session.flush()
        except OperationalError:
            raise  # the database is away or busy: a 500, and the PC tries again later
        except Exception as refusal:
            # A rule's refusal; a value the database refuses (too long for PostgreSQL, say); or a
            # bug in re-running this one change. Each is answered «rejected» with a reason, so
            # one bad change cannot hold back every change queued behind it on the PC.
            status = REJECTED
            if isinstance(refusal, DomainError):
                reason = refusal.message
            elif isinstance(refusal, DBAPIError):
                reason = "Endringen kunne ikke lagres på serveren (ugyldige data)."
            else:
                # The frames and the type only: the message may quote a child's data.
                log.error(
                    "re-running change %s failed: %s\n%s",
                    change.change_id,
                    type(refusal).__qualname__,
                    "".join(traceback.format_tb(refusal.__traceback__)),
                )
                reason = "Serveren kunne ikke behandle endringen. Kontakt kommunens IT-ansvarlige."
            ctx.commands.clear()
            ctx.change = None  # rolled back with the savepoint
    if status == APPLIED and change.resolves is not None:
        earlier = session.get(AppliedChange, uuid.UUID(change.resolves))
        if earlier is not None and earlier.ansatt_id == ansatt_id:
            earlier.resolved_by, earlier.choice = change_id, change.choice[:16]
    touched = {(r.entity, uuid.UUID(r.id)) for r in change.rows if r.entity in TABLES}
    if status == APPLIED:
        made = session.execute(
            select(OutboxEntry.entity, OutboxEntry.entity_id).where(OutboxEntry.sync_change_id == change_id)
        )
        touched |= {(entity, id_) for entity, id_ in made}
        if notify is not None and calls:
            notify(session, ctx, calls)
    holding = Holding(ctx)  # a leader's header copy gets its rows back as headers, never whole
    states = [holding.view(current(session, e, i)) for e, i in sorted(touched, key=str)]
    result = _result(change.change_id, status, reason, [r for r in states if r is not None])
    if status == CONFLICT:
        for theirs in result.rows:
            theirs.changed_by, theirs.changed_at = _last_change(session, uuid.UUID(theirs.id))
    session.add(
        AppliedChange(
            change_id=change_id,
            device_id=device_id,
            ansatt_id=ansatt_id,
            received_at=now,
            status=status,
            request=asdict(change),
            result=asdict(result),
        )
    )
    return result


def _preload(session: Session, keys: Iterable[tuple[str, uuid.UUID]]) -> dict[tuple[str, uuid.UUID], Base]:
    """A pull page's records, with one query per table and 500 ids instead of two per row.

    While the caller holds the result, ``session.get`` (and so ``current``) finds them in the
    identity map, which keeps objects only weakly.
    """
    ids: dict[str, list[uuid.UUID]] = {}
    for entity, id_ in keys:
        if entity in TABLES:
            ids.setdefault(entity, []).append(id_)
    loaded: dict[tuple[str, uuid.UUID], Base] = {}
    for entity, some in ids.items():
        table = TABLES[entity]
        column = getattr(table, "id")  # noqa: B009 - every synced table has one
        for start in range(0, len(some), 500):
            for obj in session.scalars(select(table).where(column.in_(some[start : start + 500]))):
                loaded[(entity, getattr(obj, "id"))] = obj  # noqa: B009
    return loaded


def _detached(row: RowState, held: set[uuid.UUID]) -> RowState:
    """A child's consent tied to a log the PC does not hold comes without that tie.

    Consents travel with the child, so a PC holding the child's new log also gets the consent
    of an earlier log (closed, in another unit): its ``logg_id`` would point at nothing there.
    """
    if row.entity != "samtykke" or row.values is None:
        return row
    logg_id = row.values.get("logg_id")
    if logg_id is None or uuid.UUID(logg_id) in held:
        return row
    return RowState(row.entity, row.id, {**row.values, "logg_id": None})


def pull(
    session: Session, person: Ansatt, cursor: int, have: set[uuid.UUID], have_headers: set[uuid.UUID] | None = None
) -> PullResponse:
    """What the person's PC lacks since ``cursor``: only records of logs they may see now.

    ``have_headers``: the logs of ``have`` the PC holds as headers only. A unit leader's PC
    holds the unit's other logs so (``replica.HEADER``); a log that moves between whole and
    header is sent again in its new form, in ``full_logs``.
    """
    ctx = Context(session, person)
    visible = visible_logs(ctx)
    headers = header_logs(ctx, visible)
    children = children_of(session, visible)
    header_children = children_of(session, headers) - children
    held_as_header = have & (have_headers or set())
    head = session.scalar(select(func.max(OutboxEntry.seq))) or 0
    rows: list[RowState] = []
    upto, more = head, False
    if cursor <= 0:
        rows += organisation_rows(session, person.kommune_id)
        fresh, fresh_headers = visible, headers
    else:
        fresh = visible - (have - held_as_header)
        fresh_headers = headers - held_as_header
        stmt = (
            select(OutboxEntry.seq, OutboxEntry.entity, OutboxEntry.entity_id)
            .where(OutboxEntry.seq > cursor, OutboxEntry.seq <= head)
            .order_by(OutboxEntry.seq)
            .limit(PULL_PAGE)
        )
        changed: dict[tuple[str, uuid.UUID], None] = {}
        filters: dict[uuid.UUID, Keep | None] = {}
        refresh: set[uuid.UUID] = set()
        last = cursor
        for seq, entity, entity_id in session.execute(stmt):
            changed[(entity, entity_id)] = None
            last = seq
        if len(changed) and last < head:
            upto, more = last, True
        page = _preload(session, changed)
        for entity, entity_id in changed:
            if entity not in TABLES:
                continue
            state = current(session, entity, entity_id)
            if state.values is None:
                rows.append(state)  # a tombstone carries nothing but the id
                continue
            obj = page.get((entity, entity_id)) or session.get(TABLES[entity], entity_id)
            assert obj is not None
            if isinstance(obj, Lesetilgang) and obj.ansatt_id == person.id and obj.logg_id in visible:
                refresh.add(obj.logg_id)  # their own access changed: what they may hold of it too
            if isinstance(obj, Overforing) and obj.status is OverforingStatus.AKSEPTERT and obj.logg_id in visible:
                refresh.add(obj.logg_id)  # a new holder gets the whole log; left-behind concerns leave every PC
            kind, owner = scope(session, obj)
            if kind == "logg" and owner in visible:
                assert owner is not None
                if owner not in filters:
                    filters[owner] = reader_filter(session, person, owner)
                keep = filters[owner]
                if keep is None or keep(obj):
                    rows.append(state)
            elif (kind == "kommune" and owner == person.kommune_id) or (kind == "barn" and owner in children):
                rows.append(state)
            elif (kind == "logg" and owner in headers) or (kind == "barn" and owner in header_children):
                header = header_row(state)  # None: a table a header copy never holds
                if header is not None:
                    rows.append(header)
        fresh |= refresh
    for logg_id in sorted(fresh):
        rows += rows_of_log(session, logg_id, reader_filter(session, person, logg_id))
    for logg_id in sorted(fresh_headers):
        logg = session.get(Stafettlogg, logg_id)
        whole = logg is not None and logg.barn_id in children
        rows += header_of_log(session, logg_id, child_whole=whole)
    held = visible | headers
    return PullResponse(
        cursor=upto,
        more=more,
        rows=[_row(_detached(r, held)) for r in rows],
        visible_logs=sorted(str(i) for i in visible),
        removed_logs=sorted(str(i) for i in have - visible - headers),
        full_logs=sorted(str(i) for i in (fresh | fresh_headers) & have),
        header_logs=sorted(str(i) for i in headers),
    )
