from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.sync.support import LiveServer, Pc, copy_seed, live_server, seed_file


@pytest.fixture(scope="session")
def seeded_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("server-seed") / "seed.db"
    seed_file(path)
    return path


@pytest.fixture
def server(seeded_db: Path, tmp_path: Path) -> Iterator[LiveServer]:
    with live_server(copy_seed(seeded_db, tmp_path / "server.db")) as running:
        yield running


@pytest.fixture
def pcs(server: LiveServer, tmp_path: Path) -> Iterator[Callable[[str], Pc]]:
    made: list[Pc] = []

    def connect(username: str) -> Pc:
        pc = Pc.connect(tmp_path / f"pc-{username}-{len(made)}", server.url, username)
        made.append(pc)
        return pc

    yield connect
    for pc in made:
        pc.close()
