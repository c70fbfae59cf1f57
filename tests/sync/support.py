"""A real server on loopback and desktop workspaces that sync with it."""

from __future__ import annotations

import datetime as dt
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import uvicorn
from fastapi import FastAPI
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.core.context import Context, PersonRef
from desktop.core.entities import Ansatt
from desktop.store.workspace import Workspace
from sync.client import MemoryTokens, SyncClient, SyncReport
from sync.server.app import create_app, create_schema, make_engine
from sync.server.cli import TRAINING_PASSWORD, seed_training

TRAINING_NOW = dt.datetime(2026, 11, 26, 8, 0, tzinfo=dt.UTC)


class LiveServer:
    """uvicorn on 127.0.0.1 in a thread of the test process; a free port unless ``port`` is given."""

    def __init__(self, app: FastAPI, port: int = 0) -> None:
        self.app = app
        self.server = uvicorn.Server(
            uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
        )
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        started = threading.Event()
        # uvicorn has no "started" callback; its flag is set once it listens.
        while not self.server.started:
            if not self.thread.is_alive():
                raise RuntimeError("the server did not start")
            started.wait(0.01)
        self.port = self.server.servers[0].sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)


def seed_file(path: Path) -> None:
    """A SQLite server database holding Øvingsvik kommune (built once, copied per test)."""
    engine = make_engine(f"sqlite:///{path}")
    create_schema(engine)
    seed_training(sessionmaker(engine), now=TRAINING_NOW)
    engine.dispose()


@contextmanager
def live_server(url: str) -> Iterator[LiveServer]:
    server = LiveServer(create_app(url))
    try:
        yield server
    finally:
        server.stop()
        server.app.state.engine.dispose()


def copy_seed(template: Path, target: Path) -> str:
    shutil.copy(template, target)
    return f"sqlite:///{target}"


@dataclass
class Pc:
    """One desktop: its own encrypted workspace, signed in to the server as one employee."""

    workspace: Workspace
    client: SyncClient

    @classmethod
    def connect(cls, data_dir: Path, url: str, username: str) -> Pc:
        workspace = Workspace.create(data_dir)
        client = SyncClient(url, workspace.sync_transaction, MemoryTokens(), device_name=f"PC {username}")
        client.sign_in(username, TRAINING_PASSWORD)
        return cls(workspace, client)

    @property
    def me(self) -> PersonRef:
        ref = self.client.person_ref()
        assert ref is not None
        return ref

    def sync(self) -> SyncReport:
        return self.client.sync()

    @contextmanager
    def work(self) -> Iterator[Context]:
        with self.workspace.transaction(self.me) as ctx:
            yield ctx

    def session(self) -> Session:
        return self.workspace.session()

    def ansatt(self, fornavn: str) -> Ansatt:
        with self.session() as s:
            found = s.scalar(select(Ansatt).where(Ansatt.fornavn == fornavn))
            assert found is not None
            return found

    def close(self) -> None:
        self.workspace.close()
