"""Store fixtures: real encrypted workspaces in tmp_path (the keyring is isolated by tests/conftest.py)."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core import fodselsnummer
from desktop.core.context import Context, PersonRef
from desktop.core.entities import Ansatt, Tjeneste
from desktop.core.usecases.organisation import bootstrap_kommune
from desktop.store.workspace import Workspace


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def add_admin(ws: Workspace, *, kommune: str = "Testvik", fornavn: str = "Ada") -> PersonRef:
    """A municipality and its administrator, so that transactions have someone to act as."""
    with ws.factory() as session, session.begin():
        _, admin = bootstrap_kommune(
            session,
            navn=kommune,
            nummer="9999",
            admin_fornavn=fornavn,
            admin_etternavn="Admin",
            admin_fodselsnummer=fodselsnummer.make_synthetic(dt.date(1980, 5, 17), random.Random(7)),
            device=ws.device_id,
        )
        return PersonRef.of(admin)


def add_tjeneste(ctx: Context, navn: str) -> Tjeneste:
    """A small synced row (with its outbox row) in the acting administrator's municipality."""
    assert isinstance(ctx.person, Ansatt)
    tjeneste = Tjeneste(kommune_id=ctx.person.kommune_id, navn=navn)
    ctx.session.add(tjeneste)
    return tjeneste


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    ws = Workspace.create(tmp_path / "ws")
    try:
        yield ws
    finally:
        ws.close()


@pytest.fixture
def admin(workspace: Workspace) -> PersonRef:
    return add_admin(workspace)
