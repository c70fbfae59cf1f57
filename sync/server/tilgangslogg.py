"""The server's part of the family's access log (docs/sync-protocol.md, «Tilgangslogg»).

PCs send their own person's access entries (opened, exported, printed, shown in a meeting);
the server keeps them in :class:`~sync.server.tables.Tilgangslogg` and gives them to those
the core lets see a log's access log (:func:`desktop.core.innsyn.may_see`). The audit trail
itself stays on each PC, untouched.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core import innsyn
from desktop.core.entities import Person, Stafettlogg
from desktop.core.errors import NotFound, PermissionDenied
from sync.protocol import TilgangEntry, TilgangPushResponse, TilgangResponse, TilgangRow
from sync.server.tables import Tilgangslogg

MAX_ENTRIES = 500
FUTURE = dt.timedelta(minutes=5)  # as for changes: a PC's past is believed, never its future


class BadRequest(Exception):
    """The request is malformed (HTTP 422, «Forespørselen har feil format.»)."""


def _text(value: str, limit: int) -> str:
    if not value or len(value) > limit or "\x00" in value:
        raise BadRequest(value[:40])
    return value


def _parse(entry: TilgangEntry) -> innsyn.Tilgang:
    """The entry checked for format; what PostgreSQL would refuse is refused here first."""
    try:
        at = dt.datetime.fromisoformat(entry.at)
        if at.tzinfo is None:
            raise BadRequest("a time without a time zone")
        at = at.astimezone(dt.UTC)
        logg_id = uuid.UUID(entry.logg_id)
    except (ValueError, OverflowError) as error:
        raise BadRequest(str(error)) from error
    if not 0 < entry.seq < 2**31:
        raise BadRequest("seq")
    detail = innsyn.clean_detail(dict(entry.detail))
    for value in detail.values():
        _text(value, 40)
    return innsyn.Tilgang(
        device=_text(entry.device, 64),
        seq=entry.seq,
        at=at,
        person_type="",
        person_id=None,
        action=_text(entry.action, 40),
        logg_id=logg_id,
        detail=detail,
    )


def store(
    session: Session, person: Person, device_id: uuid.UUID, entries: list[TilgangEntry], now: dt.datetime
) -> TilgangPushResponse:
    """Keep the caller's access entries: each once, only of logs the caller has (or had) access to."""
    if len(entries) > MAX_ENTRIES:
        raise BadRequest("too many")
    parsed = [_parse(e) for e in entries]
    found = session.execute(
        select(Tilgangslogg.device, Tilgangslogg.seq).where(
            Tilgangslogg.person_id == person.id,
            Tilgangslogg.device.in_({t.device for t in parsed}),
            Tilgangslogg.seq.in_({t.seq for t in parsed}),
        )
    )
    seen = {(device, seq) for device, seq in found}
    logs: dict[uuid.UUID, bool] = {}
    accepted = duplicates = refused = 0
    for t in parsed:
        if t.key in seen:
            duplicates += 1
            continue
        if t.logg_id not in logs:
            logg = session.get(Stafettlogg, t.logg_id)
            logs[t.logg_id] = logg is not None and innsyn.had_access(session, person, logg)
        if not logs[t.logg_id] or not innsyn.is_access(t.action, t.detail) or t.at > now + FUTURE:
            refused += 1
            continue
        seen.add(t.key)
        session.add(
            Tilgangslogg(
                logg_id=t.logg_id,
                person_type=person.kind.value,
                person_id=person.id,
                device=t.device,
                seq=t.seq,
                at=t.at,
                action=t.action,
                detail=t.detail,
                device_id=device_id,
                received_at=now,
            )
        )
        accepted += 1
    return TilgangPushResponse(accepted, duplicates, refused)


def entries_for(session: Session, person: Person, logg_id: uuid.UUID) -> TilgangResponse:
    """Every access the server knows of, newest first, for someone the core lets see them."""
    logg = session.get(Stafettlogg, logg_id)
    if logg is None:
        raise NotFound("Loggen finnes ikke (lenger).")
    reason = innsyn.may_see(session, person, logg)
    if reason is not None:
        raise PermissionDenied(reason)
    stmt = select(Tilgangslogg).where(Tilgangslogg.logg_id == logg_id).order_by(Tilgangslogg.at.desc())
    found = [
        innsyn.Tilgang(
            device=r.device,
            seq=r.seq,
            at=r.at,
            person_type=r.person_type,
            person_id=r.person_id,
            action=r.action,
            logg_id=r.logg_id,
            detail=dict(r.detail),
        )
        for r in session.scalars(stmt)
    ]
    rows = [TilgangRow(**t.to_wire()) for t in innsyn.named(session, found)]
    return TilgangResponse(str(logg_id), rows)
