"""What of the signed-in person's work the server has not taken yet, for the sync status view.

Each change (one transaction, :class:`~desktop.core.entities.SyncChange`) is waiting to be
pushed, was refused by the server (with its reason), or met someone else's change of the same
record (a conflict). With it come the records it touched, each with its own status, and for a
conflict or a rejection both versions side by side (:func:`desktop.core.conflicts.unsettled`).
A change that settles another (``resolves``) waits like any other until it is pushed.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from desktop.core.conflicts import Unsettled, unsettled
from desktop.core.context import Context
from desktop.core.entities import OutboxStatus, Stafettlogg, SyncChange
from desktop.core.outbox import rows_of
from desktop.core.replica import TABLES

SHOWN = (OutboxStatus.CONFLICT, OutboxStatus.REJECTED, OutboxStatus.PENDING)
# The fields that tell a person which record it is, best first.
_TELLING = (
    "tekst",
    "del_a",
    "referat",
    "dagsorden",
    "sted",
    "grunn",
    "bekymring",
    "avslutningsgrunn",
    "navn",
    "fornavn",
    "filnavn",
)
_SUMMARY_LENGTH = 80


@dataclass(frozen=True)
class RecordRow:
    """One record a change touched, with this record's own status."""

    entity: str
    id: uuid.UUID
    operation: str  # insert / update / delete
    status: OutboxStatus
    summary: str  # a short piece of its text, so the person knows which one it is
    child: str  # the name of the child whose log it belongs to, or ""


@dataclass(frozen=True)
class ChangeRow:
    """One change of the person's that the server has not taken (yet)."""

    change_id: uuid.UUID
    status: OutboxStatus
    at: dt.datetime
    author: str
    reason: str
    commands: tuple[str, ...]
    records: tuple[RecordRow, ...] = ()
    resolves: uuid.UUID | None = None
    choice: str = ""  # theirs / mine / merged / discard on a change that settles another
    text_args: frozenset[str] = frozenset()  # the calls' text arguments, which a merge may replace
    server_at: dt.datetime | None = None  # when the server's version was last changed, if known
    server_by: str = ""  # who changed it on the server, if the server told
    detail: Unsettled | None = None  # both versions, for a conflict or a rejection

    @property
    def children(self) -> tuple[str, ...]:
        """The children whose logs the change concerns, each once, in order."""
        return tuple(dict.fromkeys(r.child for r in self.records if r.child))

    @property
    def needs_action(self) -> bool:
        return self.status in (OutboxStatus.CONFLICT, OutboxStatus.REJECTED)


def _summary(values: dict[str, Any], current: object | None) -> str:
    for name in _TELLING:
        value = values.get(name)
        if not isinstance(value, str) or not value.strip():
            value = getattr(current, name, None)
        if isinstance(value, str) and value.strip():
            line = " ".join(value.split())
            return line if len(line) <= _SUMMARY_LENGTH else line[: _SUMMARY_LENGTH - 1].rstrip() + "…"
    return ""


def _child(session: Any, logg_id: uuid.UUID | None, cache: dict[uuid.UUID, str]) -> str:
    if logg_id is None:
        return ""
    if logg_id not in cache:
        logg = session.get(Stafettlogg, logg_id)
        cache[logg_id] = logg.barn.navn if logg is not None else ""
    return cache[logg_id]


def _moment(value: Any) -> dt.datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def _server_at(change: SyncChange, detail: Unsettled | None) -> dt.datetime | None:
    """The server's own time if it gave one, else the newest ``updated_at`` of its rows."""
    told = _moment(detail.server_changed_at) if detail is not None else None
    if told is not None:
        return told
    times = [
        moment
        for row in change.server_rows
        if isinstance(row, dict) and isinstance(row.get("values"), dict)
        for moment in [_moment(row["values"].get("updated_at"))]
        if moment is not None
    ]
    return max(times) if times else None


def _text_args(change: SyncChange) -> frozenset[str]:
    return frozenset(
        name
        for call in change.commands
        if isinstance(call, dict) and isinstance(call.get("args"), dict)
        for name, value in call["args"].items()
        if isinstance(value, str)
    )


def changes_for(ctx: Context) -> list[ChangeRow]:
    """The acting person's changes not settled: conflicts and rejections first, then those waiting.

    Within each group the oldest comes first (the order the sync pushes them in).
    """
    session = ctx.session
    details = {u.change_id: u for u in unsettled(ctx)}
    stmt = (
        select(SyncChange)
        .where(SyncChange.status.in_(SHOWN), SyncChange.author_id == ctx.person.id)
        .order_by(SyncChange.seq)
    )
    children: dict[uuid.UUID, str] = {}
    out = []
    for change in session.scalars(stmt):
        records = []
        for entry in rows_of(session, change.change_id):
            table = TABLES.get(entry.entity)
            current = session.get(table, entry.entity_id) if table is not None else None
            records.append(
                RecordRow(
                    entity=entry.entity,
                    id=entry.entity_id,
                    operation=entry.operation,
                    status=entry.status,
                    summary=_summary(entry.values or {}, current),
                    child=_child(session, entry.logg_id, children),
                )
            )
        detail = details.get(change.change_id)
        out.append(
            ChangeRow(
                change_id=change.change_id,
                status=change.status,
                at=change.at,
                author=detail.author if detail is not None else ctx.person.navn,
                reason=change.reason,
                commands=tuple(str(c.get("name", "")) for c in change.commands if isinstance(c, dict)),
                records=tuple(records),
                resolves=change.resolves,
                choice=change.choice,
                text_args=_text_args(change),
                server_at=_server_at(change, detail) if change.status is not OutboxStatus.PENDING else None,
                server_by=detail.server_changed_by if detail is not None else "",
                detail=detail,
            )
        )
    out.sort(key=lambda c: not c.needs_action)  # stable: the oldest first within each group
    return out


@dataclass(frozen=True)
class Counts:
    """How many of the person's changes wait, were refused, or are in conflict (for a status line)."""

    pending: int = 0
    rejected: int = 0
    conflicts: int = 0


def counts(ctx: Context) -> Counts:
    stmt = (
        select(SyncChange.status, func.count())
        .where(SyncChange.status.in_(SHOWN), SyncChange.author_id == ctx.person.id)
        .group_by(SyncChange.status)
    )
    found: dict[OutboxStatus, int] = {row[0]: row[1] for row in ctx.session.execute(stmt)}
    return Counts(
        pending=found.get(OutboxStatus.PENDING, 0),
        rejected=found.get(OutboxStatus.REJECTED, 0),
        conflicts=found.get(OutboxStatus.CONFLICT, 0),
    )
