"""The audit trail: who read, changed, exported, printed or showed which log, when, where.

Append-only and hash-chained: each entry's hash covers its fields and the previous
hash, and the head and count are kept beside the chain, so an edited, deleted,
inserted or reordered entry — or a cut-off tail — is found by :func:`verify`.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.context import Context
from desktop.core.entities import AuditEntry, Setting

GENESIS = "0" * 64
_HEAD = "audit_head"
_COUNT = "audit_count"


class Action:
    """Audit actions (strings, so the trail stays readable without this code)."""

    READ = "les"
    CHANGE = "endre"
    EXPORT = "eksporter"
    PRINT = "skriv_ut"
    MEETING = "motemodus"
    DELETE = "slett"
    TRANSFER = "overfor"
    REMOVED_FROM_DEVICE = "fjernet_fra_enhet"


def _digest(entry: AuditEntry) -> str:
    body = {
        "seq": entry.seq,
        "at": entry.at.isoformat(),
        "person_type": entry.person_type,
        "person_id": str(entry.person_id) if entry.person_id else None,
        "device": entry.device,
        "action": entry.action,
        "logg_id": str(entry.logg_id) if entry.logg_id else None,
        "detail": entry.detail,
        "prev_hash": entry.prev_hash,
    }
    canonical = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _setting(session: Session, key: str) -> Setting | None:
    return session.get(Setting, key)


def record(ctx: Context, action: str, logg_id: uuid.UUID | None, **detail: Any) -> AuditEntry:
    """Append one entry in the caller's transaction."""
    session = ctx.session
    head = _setting(session, _HEAD)
    count = _setting(session, _COUNT)
    prev_hash = head.value if head else GENESIS
    seq = int(count.value) + 1 if count else 1
    entry = AuditEntry(
        seq=seq,
        at=ctx.now(),
        person_type=ctx.person.kind.value,
        person_id=ctx.person.id,
        device=ctx.device,
        action=action,
        logg_id=logg_id,
        detail=detail,
        prev_hash=prev_hash,
    )
    entry.hash = _digest(entry)
    session.add(entry)
    if head is None:
        session.add(Setting(key=_HEAD, value=entry.hash))
    else:
        head.value = entry.hash
    if count is None:
        session.add(Setting(key=_COUNT, value=str(seq)))
    else:
        count.value = str(seq)
    return entry


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    entries: int
    problem: str = ""  # Norwegian, for the administrator
    seq: int | None = None  # where the chain first breaks


def verify(session: Session) -> VerifyResult:
    """Walk the whole chain; report the first break."""
    prev = GENESIS
    expected_seq = 1
    n = 0
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.seq)):
        n += 1
        if entry.seq != expected_seq:
            return VerifyResult(False, n, f"Revisjonsloggen mangler oppføring nr. {expected_seq}.", expected_seq)
        if entry.prev_hash != prev:
            return VerifyResult(False, n, f"Oppføring nr. {entry.seq} henger ikke sammen med den før.", entry.seq)
        if _digest(entry) != entry.hash:
            return VerifyResult(False, n, f"Oppføring nr. {entry.seq} er endret etter at den ble skrevet.", entry.seq)
        prev = entry.hash
        expected_seq += 1
    head = _setting(session, _HEAD)
    count = _setting(session, _COUNT)
    if (head.value if head else GENESIS) != prev or (int(count.value) if count else 0) != n:
        return VerifyResult(False, n, "Revisjonsloggen er avkortet: de siste oppføringene mangler.", n + 1)
    return VerifyResult(True, n)


def trail(session: Session, logg_id: uuid.UUID) -> list[AuditEntry]:
    """Who has opened, changed or shown one log — also what the family may see."""
    stmt = select(AuditEntry).where(AuditEntry.logg_id == logg_id).order_by(AuditEntry.seq)
    return list(session.scalars(stmt))
