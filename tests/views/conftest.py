"""GUI fixtures: a real encrypted workspace with the training municipality, a backend per person.

The training municipality is built once per test session at a fixed moment; each test gets
its own copy of the files (opened with a passphrase, since every test has a fresh keyring).
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.core import training
from desktop.core.context import PersonRef
from desktop.core.queries import sign_in_choices
from desktop.models.backend import Backend
from desktop.models.operations import Operations
from desktop.store.workspace import Workspace

from ..core.conftest import Clock

# A Thursday morning; the training history ends here.
TRAINING_NOW = dt.datetime(2026, 11, 26, 8, 0, tzinfo=dt.UTC)
PASSPHRASE = "kurs-passordfrase"


@dataclass
class Training:
    dir: Path
    people: dict[str, PersonRef]  # everyone who can sign in, by full name, e.g. "Kari Nilsen"
    logs: dict[str, object]  # log id by the child's full name


@pytest.fixture(scope="session")
def training_template(tmp_path_factory: pytest.TempPathFactory) -> Training:
    folder = tmp_path_factory.mktemp("training") / "ws"
    ws = Workspace.create(folder, passphrase=PASSPHRASE)
    try:
        with ws.factory() as session, session.begin():
            result = training.build_training_municipality(session, device=ws.device_id, now=TRAINING_NOW)
        with ws.session() as session:
            everyone = sign_in_choices(session, TRAINING_NOW.date())
    finally:
        ws.close()
    return Training(folder, {p.navn: PersonRef(p.kind, p.id) for p in everyone}, dict(result.logs))


@dataclass
class Desk:
    """A signed-in person's way to the core, as the app wires it."""

    workspace: Workspace
    backend: Backend
    ops: Operations
    clock: Clock
    training: Training

    def wait(self, qtbot: QtBot) -> None:
        """Until every background operation has delivered its result."""
        qtbot.waitUntil(lambda: not self.ops.busy, timeout=10_000)


@pytest.fixture
def desk_for(training_template: Training, tmp_path: Path, qtbot: QtBot) -> Iterator[Callable[[str], Desk]]:
    folder = tmp_path / "ws"
    shutil.copytree(training_template.dir, folder)
    ws = Workspace.open(folder, passphrase=PASSPHRASE)
    clock = Clock(TRAINING_NOW)
    made: list[Desk] = []
    bugs: list[BaseException] = []

    def make(name: str) -> Desk:
        ops = Operations()
        backend = Backend(ops, ws.transaction, training_template.people[name], clock=clock)
        backend.bug.connect(bugs.append)  # a bug on the worker must fail the test, not vanish
        desk = Desk(ws, backend, ops, clock, training_template)
        made.append(desk)
        return desk

    yield make
    for desk in made:
        desk.wait(qtbot)
        desk.ops.shutdown()
    ws.close()
    assert bugs == [], bugs
