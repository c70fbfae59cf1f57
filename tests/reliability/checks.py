"""What must hold in a workspace after a writer was killed: the database, the outbox, the audit chain.

Each check returns a list of problems (empty: fine), so a failing cycle lists all of them.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core import audit
from desktop.core.entities import OutboxEntry, SyncChange
from desktop.core.replica import TABLES, wire_row
from desktop.store.workspace import Workspace


@dataclass
class Ledger:
    """What the writers said: changes tried (before commit) and committed (after the commit returned)."""

    tried: set[uuid.UUID] = field(default_factory=set)
    committed: dict[uuid.UUID, dict[str, Any]] = field(default_factory=dict)
    refused: int = 0


def database_problems(ws: Workspace) -> list[str]:
    """``PRAGMA integrity_check`` says ok and ``PRAGMA cipher_integrity_check`` finds no bad page."""
    with ws.engine.connect() as conn:
        integrity = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").all()]
        cipher = [r[0] for r in conn.exec_driver_sql("PRAGMA cipher_integrity_check").all()]
    problems = [] if integrity == ["ok"] else [f"integrity_check: {integrity[:5]}"]
    if cipher:
        problems.append(f"cipher_integrity_check: {cipher[:5]}")
    return problems


def rows_without_outbox(session: Session) -> set[tuple[str, uuid.UUID]]:
    """Synced rows that no outbox row made (the municipality's bootstrap, before any context)."""
    known = {(e, i) for e, i in session.execute(select(OutboxEntry.entity, OutboxEntry.entity_id))}
    return {
        (name, obj.id)
        for name, table in TABLES.items()
        for obj in session.scalars(select(table))
        if (name, obj.id) not in known  # type: ignore[attr-defined]
    }


def outbox_problems(session: Session, baseline: set[tuple[str, uuid.UUID]]) -> list[str]:
    """Every synced row is exactly what its outbox rows say, and every change has its rows.

    Replaying a row's outbox entries (the insert's values, then each update's) must give its
    columns now; its version is the last entry's. Rows with no outbox entry are only the ones
    in ``baseline``. Every SyncChange has outbox rows, every outbox row a SyncChange.
    """
    problems: list[str] = []
    entries: dict[tuple[str, uuid.UUID], list[OutboxEntry]] = defaultdict(list)
    by_change: dict[uuid.UUID, int] = defaultdict(int)
    for entry in session.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)):
        entries[(entry.entity, entry.entity_id)].append(entry)
        if entry.sync_change_id is not None:
            by_change[entry.sync_change_id] += 1
    changes = {c.change_id: c for c in session.scalars(select(SyncChange))}
    for change_id in changes:
        if not by_change.get(change_id):
            problems.append(f"SyncChange {change_id} has no outbox rows")
    for change_id in by_change.keys() - changes.keys():
        problems.append(f"outbox rows of change {change_id} have no SyncChange")
    for name, table in TABLES.items():
        for obj in session.scalars(select(table)):
            key = (name, obj.id)  # type: ignore[attr-defined]
            made = entries.pop(key, [])
            if not made:
                if key not in baseline:
                    problems.append(f"{name} {key[1]} has no outbox row")
                continue
            if made[0].operation != "insert" or any(e.operation != "update" for e in made[1:]):
                problems.append(f"{name} {key[1]}: outbox operations {[e.operation for e in made]}")
                continue
            replayed = dict(made[0].values)
            for update in made[1:]:
                replayed.update(update.values)
            row = wire_row(obj)
            replayed["version"] = made[-1].new_version
            differs = sorted(k for k in row if replayed.get(k) != row[k])
            if differs:
                problems.append(f"{name} {key[1]}: outbox and row differ in {differs}")
    for (name, id_), left in entries.items():
        if any(e.operation != "delete" for e in left[-1:]):
            problems.append(f"outbox rows of {name} {id_}, which does not exist")
    return problems


def ledger_problems(session: Session, ledger: Ledger, writer_devices: set[str]) -> list[str]:
    """Every committed change is there whole; no change is there that no writer tried."""
    problems: list[str] = []
    present = {c.change_id: c for c in session.scalars(select(SyncChange))}
    for change_id, said in ledger.committed.items():
        change = present.get(change_id)
        if change is None:
            problems.append(f"LOST: change {change_id} ({said['step']}) was committed and is gone")
            continue
        if said.get("created"):
            made = session.scalars(
                select(OutboxEntry.entity_id).where(
                    OutboxEntry.sync_change_id == change_id, OutboxEntry.operation == "insert"
                )
            ).all()
            if uuid.UUID(said["created"]) not in made:
                problems.append(f"change {change_id} ({said['step']}) lacks the row it created")
    for change_id, change in present.items():
        if change.device in writer_devices and change_id not in ledger.tried:
            problems.append(f"change {change_id} was never tried by a writer")
        if change.device in writer_devices and not change.commands:
            problems.append(f"change {change_id} has no commands (the server could not re-run it)")
    return problems


def audit_problems(session: Session) -> list[str]:
    result = audit.verify(session)
    return [] if result.ok else [f"audit chain: {result.problem} (seq {result.seq})"]


def check_workspace(ws: Workspace, ledger: Ledger, baseline: set[tuple[str, uuid.UUID]]) -> list[str]:
    problems = database_problems(ws)
    with ws.session() as session:
        problems += outbox_problems(session, baseline)
        problems += ledger_problems(session, ledger, {ws.device_id})
        problems += audit_problems(session)
    return problems
