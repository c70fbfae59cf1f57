"""A desktop PC in a child process: edits through the use cases and syncs, on command.

The test talks to it over a pipe. A command may arm one kill point; the process then sends
itself SIGKILL there, as a PC losing power:

- ``mid-edit``: inside an edit's transaction, before its commit (the edit must vanish);
- ``after-local-commit``: right after an edit is committed, before anything is sent;
- ``after-reply``: the push's answer has arrived, before the PC marks anything sent;
- ``in-record``: the answer is written but its transaction is not committed;
- ``after-record``: just after that transaction commits, before the pull;
- ``in-pull``: a pull page is written but its transaction (rows and cursor) is not committed;
- ``after-pull``: just after that commit.

The hooks wrap ``sync.client``'s functions in this process only; the shipped client has none.
"""

from __future__ import annotations

import os
import signal
import threading
import traceback
import uuid
from dataclasses import asdict
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import keyring
from sqlalchemy import Engine, event, func, select
from sqlalchemy.orm import Session

import desktop.store.workspace as workspace_module
import sync.client as client_module
from desktop.core import conflicts
from desktop.core.entities import SyncChange
from desktop.core.usecases import content
from desktop.store.workspace import Workspace
from sync.client import SyncClient, SyncError
from tests.sync.faults.local import FileKeyring, FileTokens, dump

EDIT_POINTS = ("mid-edit", "after-local-commit")
SYNC_POINTS = ("after-reply", "in-record", "after-record", "in-pull", "after-pull")

_armed = {"point": ""}
_engines: dict[str, Engine] = {}


def keep_engines() -> None:
    """Reuse one engine per database path in this process and the processes forked from it.

    The fork server opens every PC's workspace once (see :mod:`tests.sync.faults.preload`);
    a PC forked later gets that engine — no connection open, but its SQL already compiled —
    instead of compiling every statement again after each restart. The key is the same: each
    run starts from a copy of the same template at the same path.
    """
    if getattr(workspace_module.open_engine, "kept", False):
        return
    real = workspace_module.open_engine

    def open_engine(db_path: Path, key: bytes, *, create: bool) -> Engine:
        engine = _engines.get(str(db_path))
        if engine is None or create:
            engine = _engines[str(db_path)] = real(db_path, key, create=create)
        return engine

    open_engine.kept = True  # type: ignore[attr-defined]
    workspace_module.open_engine = open_engine


def forget_connections() -> None:
    """Close the kept engines' connections (the files are replaced before the next run)."""
    for engine in _engines.values():
        engine.dispose()


def die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def _die_after_commit(session: Session) -> None:
    event.listen(session, "after_commit", lambda _s: die(), once=True)


# Small batches, so that kills and lost answers also fall between the batches of one push.
PUSH_BATCH = 2


def _install_points() -> None:
    if getattr(client_module.record_results, "fault_points", False):
        return
    record_results, apply_pull = client_module.record_results, client_module.apply_pull

    def record(session: Session, results: Any) -> None:
        point = _armed["point"]
        if point == "after-reply":
            die()
        record_results(session, results)
        if point == "in-record":
            session.flush()
            die()
        if point == "after-record":
            _die_after_commit(session)

    def pull(session: Session, response: Any, person: Any) -> int:
        point = _armed["point"]
        count = apply_pull(session, response, person)
        if point == "in-pull":
            session.flush()
            die()
        if point == "after-pull":
            _die_after_commit(session)
        return count

    client_module.outgoing.__defaults__ = (PUSH_BATCH,)  # its limit's default is read at import
    record.fault_points = True  # type: ignore[attr-defined]
    client_module.record_results = record  # type: ignore[assignment]
    client_module.apply_pull = pull  # type: ignore[assignment]


def paths(pc_dir: Path) -> tuple[Path, Path, Path]:
    """The PC's workspace folder, its keyring file and its token file."""
    return pc_dir / "workspace", pc_dir / "keyring.json", pc_dir / "tokens.json"


def edit(workspace: Workspace, client: SyncClient, command: dict[str, Any]) -> str:
    """One local transaction (one synced change) of the kind asked for; its change id."""
    me = client.person_ref()
    assert me is not None
    kind, text, point = command["kind"], command["text"], command.get("kill", "")
    with workspace.transaction(me) as ctx:
        if kind in ("lysglimt", "combo"):
            content.post_lysglimt(ctx, uuid.UUID(command["logg"]), text)
        if kind in ("oppmerksomhet", "combo"):
            tekst = text + " (oppmerksomhet)" if kind == "combo" else text
            content.update_oppmerksomhet(ctx, uuid.UUID(command["oppmerksomhet"]), tekst=tekst)
        change_id = str(ctx.change_id)
        if point == "mid-edit":
            ctx.session.flush()
            die()
    if point == "after-local-commit":
        die()
    return change_id


def sync(workspace: Workspace, client: SyncClient, command: dict[str, Any]) -> dict[str, Any]:
    """One sync, with the edits of ``command["during"]`` made meanwhile on this thread (as the
    desktop's window thread does while its network thread syncs)."""
    _armed["point"] = command.get("kill", "")
    answer: dict[str, Any] = {}

    def run() -> None:
        try:
            answer.update(ok=True, report=asdict(client.sync()))
        except SyncError as error:
            answer.update(ok=False, error=error.message, offline=error.offline, status=error.status)
        except Exception:  # a bug, not a fault: the test reports it
            answer.update(ok=False, error="crash", crash=traceback.format_exc())

    try:
        syncing = threading.Thread(target=run)
        syncing.start()
        made = [edit(workspace, client, e) for e in command.get("during", [])]
        syncing.join()
    finally:
        _armed["point"] = ""
    with workspace.session() as s:
        answer["open"] = s.scalar(select(func.count()).where(SyncChange.status.in_(conflicts.OPEN)))
    return {**answer, "made": made}


def resolve(workspace: Workspace, client: SyncClient, choices: list[str]) -> int:
    """Settle every open conflict, each with the next choice (mine / theirs)."""
    me = client.person_ref()
    assert me is not None
    with workspace.transaction(me) as ctx:
        waiting = conflicts.unsettled(ctx)
    for item, choice in zip(waiting, choices, strict=False):
        with workspace.transaction(me) as ctx:
            if choice == "mine":
                conflicts.keep_mine(ctx, item.change_id)
            else:
                conflicts.keep_theirs(ctx, item.change_id)
    return len(waiting)


def ready(conn: Connection) -> None:
    """A child that only proves the fork server is up (and warm)."""
    conn.send(True)


def run_client(conn: Connection, pc_dir: str, url: str, name: str) -> None:
    """Serve commands until told to stop (or killed): edit, sync, dump, stop."""
    _install_points()
    workspace_dir, keyring_file, token_file = paths(Path(pc_dir))
    keyring.set_keyring(FileKeyring(keyring_file))
    workspace = Workspace.open(workspace_dir)
    client = SyncClient(url, workspace.sync_transaction, FileTokens(token_file), device_name=name)
    conn.send({"ready": True})
    while True:
        command: dict[str, Any] = conn.recv()
        op = command["op"]
        try:
            if op == "edit":
                answer = {"change_id": edit(workspace, client, command)}
            elif op == "sync":
                answer = sync(workspace, client, command)
            elif op == "resolve":
                answer = {"resolved": resolve(workspace, client, command["choices"])}
            elif op == "dump":
                answer = dump(workspace)
            else:
                workspace.close()
                conn.send({"stopped": True})
                return
        except Exception:  # a bug, not a fault: the test reports it
            answer = {"crash": traceback.format_exc()}
        conn.send(answer)
