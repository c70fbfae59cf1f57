"""Changes the server did not take: conflicts (someone else changed the same) and rejections.

The PC keeps every such change with its own values (the outbox rows) beside the server's
(``SyncChange.server_rows``), so nothing typed is lost. The user settles each one; the
choice is itself a synced change that names the one it settles (``resolves``):

- *theirs*: keep the server's version (already on the PC) and drop this change;
- *mine*: make the change again on top of the server's version, as it was made then;
- *merged*: the same, with texts the user combined from both.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from desktop.core import commands
from desktop.core.context import Changes, Context
from desktop.core.entities import Ansatt, OutboxStatus, SyncChange
from desktop.core.errors import NotFound, RuleViolation
from desktop.core.outbox import record_change, rows_of

OPEN = (OutboxStatus.CONFLICT, OutboxStatus.REJECTED)
_HIDDEN = frozenset({"id", "created_at", "updated_at", "version"})


@dataclass(frozen=True)
class FieldDiff:
    field: str
    mine: Any
    theirs: Any


@dataclass(frozen=True)
class RowDiff:
    entity: str
    id: uuid.UUID
    fields: tuple[FieldDiff, ...]
    deleted_on_server: bool


@dataclass(frozen=True)
class Unsettled:
    """One change the server did not take, as the conflict view shows it."""

    change_id: uuid.UUID
    status: OutboxStatus
    at: dt.datetime
    author: str
    reason: str
    commands: tuple[str, ...]
    rows: tuple[RowDiff, ...] = field(default=())
    server_changed_by: str = ""
    server_changed_at: str = ""


def _mine(session: Any, change: SyncChange) -> dict[tuple[str, uuid.UUID], dict[str, Any]]:
    out: dict[tuple[str, uuid.UUID], dict[str, Any]] = {}
    for entry in rows_of(session, change.change_id):
        out.setdefault((entry.entity, entry.entity_id), {}).update(entry.values)
    return out


def unsettled(ctx: Context) -> list[Unsettled]:
    """The acting person's open conflicts and rejections, oldest first."""
    session = ctx.session
    stmt = (
        select(SyncChange)
        .where(SyncChange.status.in_(OPEN), SyncChange.author_id == ctx.person.id)
        .order_by(SyncChange.seq)
    )
    out = []
    for change in session.scalars(stmt):
        theirs = {(r["entity"], uuid.UUID(r["id"])): r for r in change.server_rows}
        rows = []
        changed_by, changed_at = "", ""
        for key, mine in _mine(session, change).items():
            server = theirs.get(key, {})
            values = server.get("values")
            changed_by = changed_by or server.get("changed_by", "")
            changed_at = changed_at or server.get("changed_at", "")
            diffs = tuple(
                FieldDiff(name, value, (values or {}).get(name))
                for name, value in mine.items()
                if name not in _HIDDEN and (values is None or values.get(name) != value)
            )
            if diffs or values is None:
                rows.append(RowDiff(key[0], key[1], diffs, values is None))
        author = session.get(Ansatt, change.author_id) if change.author_id else None
        out.append(
            Unsettled(
                change_id=change.change_id,
                status=change.status,
                at=change.at,
                author=author.navn if author is not None else "",
                reason=change.reason,
                commands=tuple(c["name"] for c in change.commands),
                rows=tuple(rows),
                server_changed_by=changed_by,
                server_changed_at=changed_at,
            )
        )
    return out


def _open(ctx: Context, change_id: uuid.UUID) -> SyncChange:
    change = ctx.session.scalar(select(SyncChange).where(SyncChange.change_id == change_id))
    if change is None or change.status not in OPEN:
        raise NotFound("Endringen er allerede avklart.")
    if change.author_id != ctx.person.id:
        raise RuleViolation("Bare den som gjorde endringen kan avklare den.")
    return change


def _settle(ctx: Context, change: SyncChange, choice: str) -> None:
    change.status = OutboxStatus.RESOLVED
    change.choice = choice
    for entry in rows_of(ctx.session, change.change_id):
        entry.status = OutboxStatus.RESOLVED
    ctx.session.flush()
    # The choice is a synced change of its own (possibly with no rows), naming what it settles.
    settlement = record_change(ctx)
    settlement.resolves = change.change_id
    settlement.choice = choice


def keep_theirs(ctx: Context, change_id: uuid.UUID) -> Changes:
    """Drop this change: the server's version (already on the PC) stands."""
    change = _open(ctx, change_id)
    _settle(ctx, change, "theirs" if change.status is OutboxStatus.CONFLICT else "discard")
    return Changes()


def keep_mine(ctx: Context, change_id: uuid.UUID, merged: dict[str, str] | None = None) -> Changes:
    """Make the change again on the server's version, at the time it was first made.

    ``merged`` replaces text arguments by field name (``tekst``, ``referat``…) with what
    the user combined from both versions.
    """
    change = _open(ctx, change_id)
    first_made = change.at
    ctx.clock = lambda: first_made  # the 8-hour window counts from the original edit
    result = Changes()
    for call in change.commands:
        args = dict(call["args"])
        for name, text in (merged or {}).items():
            if isinstance(args.get(name), str):
                args[name] = text
        outcome = commands.run(ctx, call["name"], args)
        if isinstance(outcome, Changes):
            result.merge(outcome)
    _settle(ctx, change, "merged" if merged else "mine")
    return result
