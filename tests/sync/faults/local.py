"""What a test PC keeps in files, so a PC killed with SIGKILL finds it again, and its dump.

Test code only: the desktop keeps its workspace key and its tokens in the OS keyring.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from desktop.core.entities import OutboxEntry, OutboxStatus, SyncChange
from desktop.core.replica import ORDER, TABLES, wire_row
from desktop.store.keys import MemoryKeyring
from desktop.store.workspace import Workspace

# The template the fork server warms up with (see tests.sync.faults.preload).
WARM = "STAFETTLOGG_FAULT_WARM"
# Where the fault tests write their figures (JSON), for docs/reliability.md.
REPORT = "STAFETTLOGG_RELIABILITY_OUT"


def report(section: str, figures: dict[str, Any]) -> None:
    """Add ``figures`` under ``section`` to the JSON file named by ``STAFETTLOGG_RELIABILITY_OUT``."""
    target = os.environ.get(REPORT)
    if not target:
        return
    path = Path(target)
    data = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    data[section] = figures
    write_atomic(path, json.dumps(data, indent=2, sort_keys=True) + "\n")


def write_atomic(path: Path, data: str) -> None:
    """Old or new content after a kill, never half of it."""
    temp = path.with_name(path.name + ".tmp")
    with open(temp, "w", encoding="utf-8") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(temp, path)


class FileKeyring(MemoryKeyring):
    """A keyring in one JSON file: the workspace key survives the PC's process."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        if path.exists():
            self.entries = {(s, u): p for s, u, p in json.loads(path.read_text(encoding="utf-8"))}

    def _save(self) -> None:
        write_atomic(self.path, json.dumps([[s, u, p] for (s, u), p in sorted(self.entries.items())]))

    def set_password(self, service: str, username: str, password: str) -> None:
        super().set_password(service, username, password)
        self._save()

    def delete_password(self, service: str, username: str) -> None:
        super().delete_password(service, username)
        self._save()


class FileTokens:
    """A :class:`sync.client.TokenStore` in a JSON file (MemoryTokens dies with the process)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> dict[str, Any] | None:
        if not self.path.exists():
            return None
        data: dict[str, Any] | None = json.loads(self.path.read_text(encoding="utf-8"))
        return data

    def save(self, tokens: dict[str, Any]) -> None:
        write_atomic(self.path, json.dumps(tokens))

    def clear(self) -> None:
        self.path.unlink(missing_ok=True)


def dump(workspace: Workspace) -> dict[str, Any]:
    """A PC's synced rows and its changes, as JSON (what the checks compare with the server)."""
    with workspace.session() as s:
        entries: dict[str, list[list[str]]] = {}
        updates: dict[str, list[dict[str, Any]]] = {}  # what each update was made on
        for e in s.scalars(select(OutboxEntry).where(OutboxEntry.sync_change_id.is_not(None))):
            entries.setdefault(str(e.sync_change_id), []).append([e.entity, str(e.entity_id), e.operation])
            if e.operation == "update":
                updates.setdefault(str(e.sync_change_id), []).append(
                    {"row": f"{e.entity}/{e.entity_id}", "base": e.base_version, "saw": e.old_values}
                )
        changes = [
            {
                "change_id": str(c.change_id),
                "status": c.status.value,
                "commands": c.commands,
                "resolves": str(c.resolves) if c.resolves else None,
                "entries": sorted(entries.get(str(c.change_id), [])),
                "updates": updates.get(str(c.change_id), []),
            }
            for c in s.scalars(select(SyncChange).order_by(SyncChange.seq))
        ]
        rows = {f"{entity}/{obj.id}": wire_row(obj) for entity in ORDER for obj in s.scalars(select(TABLES[entity]))}
        waiting = s.scalar(select(func.count()).where(SyncChange.status == OutboxStatus.PENDING)) or 0
    return {"changes": changes, "rows": rows, "waiting": waiting}
