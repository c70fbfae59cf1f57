"""The municipal server in a child process, with kill points a test arms per request.

The proxy arms a point with the ``X-Stafettlogg-Fault`` header; the shipped server knows
nothing of it (this module wraps the real app, as ``stafettlogg-server serve`` runs it):

- ``before-apply``: the process dies as the request arrives, before anything is applied;
- ``after-commit``: it dies right after the first change of a push is committed (the rest of
  the batch is not applied and no answer is sent);
- ``before-reply``: it dies after all the work is committed, as the answer starts.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
from contextvars import ContextVar
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import psycopg
import uvicorn
from sqlalchemy import event
from sqlalchemy.orm import Session

import sync.server.app as app_module
import sync.server.apply as apply_module

HEADER = "X-Stafettlogg-Fault"
POINTS = ("before-apply", "after-commit", "before-reply")

_armed: ContextVar[str] = ContextVar("stafettlogg_fault", default="")

Scope = dict[str, Any]
Message = dict[str, Any]


def die() -> None:
    """SIGKILL to this very process: no cleanup, no flush, as a power cut of the process."""
    os.kill(os.getpid(), signal.SIGKILL)


class FaultPoints:
    """ASGI middleware reading the header; the kill happens in the server's own process."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        point = dict(scope.get("headers", [])).get(HEADER.lower().encode(), b"").decode()
        if scope["type"] != "http" or not point:
            await self.app(scope, receive, send)
            return
        if point == "before-apply":
            die()

        async def answer(message: Message) -> None:
            if point == "before-reply" and message["type"] == "http.response.start":
                die()
            await send(message)

        token = _armed.set(point)  # copied into the thread that runs the endpoint
        try:
            await self.app(scope, receive, answer)
        finally:
            _armed.reset(token)


# Small pull pages, so that a pull takes several requests and kills fall between them.
PULL_PAGE = 3

_apps: dict[str, Any] = {}


def app_for(url: str) -> Any:
    """The app for the database at ``url``, made once in the fork server and reused by every
    server forked from it (its engine holds no connection then; its SQL is compiled already)."""
    if url not in _apps:
        install_after_commit()
        _apps[url] = app_module.create_app(url)
    return _apps[url]


def install_after_commit() -> None:
    original = app_module.apply_change
    if getattr(original, "fault_points", False):
        return
    apply_module.PULL_PAGE = PULL_PAGE

    def marked(session: Session, *args: Any, **kwargs: Any) -> Any:
        session.info["pushed_change"] = True
        return original(session, *args, **kwargs)

    marked.fault_points = True  # type: ignore[attr-defined]
    app_module.apply_change = marked  # type: ignore[assignment]

    @event.listens_for(Session, "after_commit")
    def _after_commit(session: Session) -> None:
        if session.info.get("pushed_change") and _armed.get() == "after-commit":
            die()


def reset(database: dict[str, str]) -> None:
    """Make the run's server database a fresh copy of the template.

    ``{"kind": "sqlite", "template": path, "run": path, "url": ...}`` or ``{"kind": "postgresql",
    "admin": libpq conninfo, "template": name, "run": name, "url": ...}``; nothing may be connected
    to either database meanwhile.
    """
    if database["kind"] == "sqlite":
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(database["run"] + suffix).unlink(missing_ok=True)
        shutil.copy(database["template"], database["run"])
        return
    with psycopg.connect(database["admin"], autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{database["run"]}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{database["run"]}" TEMPLATE "{database["template"]}"')


def run_server(conn: Connection, url: str) -> None:
    """Serve the database at ``url`` on a free loopback port; the port goes back through ``conn``."""
    app = app_for(url)
    sock = socket.create_server(("127.0.0.1", 0))  # listening now: early requests wait in its backlog
    conn.send(sock.getsockname()[1])
    conn.close()
    config = uvicorn.Config(FaultPoints(app), log_level="warning", lifespan="off", access_log=False)
    uvicorn.Server(config).run(sockets=[sock])
