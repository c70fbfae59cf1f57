"""The sync tests run against a real server on loopback, on SQLite and on PostgreSQL."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import sessionmaker

from sync.server.app import create_schema, make_engine
from sync.server.cli import seed_training
from tests.pgcluster import PgCluster, pg_cluster  # noqa: F401 - a fixture
from tests.sync.support import TRAINING_NOW, LiveServer, Pc, copy_seed, live_server
from tests.sync.test_oidc import mock_provider  # noqa: F401 - a fixture

PG_SEED = "seed_training"


@pytest.fixture(scope="session")
def pg_seed(pg_cluster: PgCluster) -> str:  # noqa: F811
    """Øvingsvik kommune in a PostgreSQL database, the template each test's database is copied from."""
    engine = make_engine(pg_cluster.create_database(PG_SEED))
    create_schema(engine)
    seed_training(sessionmaker(engine), now=TRAINING_NOW)
    engine.dispose()
    return PG_SEED


@pytest.fixture(params=["sqlite", "postgresql"])
def server_url(request: pytest.FixtureRequest, seeded_db: Path, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield copy_seed(seeded_db, tmp_path / "server.db")
        return
    cluster: PgCluster = request.getfixturevalue("pg_cluster")
    template = request.getfixturevalue("pg_seed")
    name = f"t_{uuid.uuid4().hex}"
    with cluster._admin() as admin:
        admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    yield cluster.url_for(name)
    cluster.drop_database(name)


@pytest.fixture
def server(server_url: str) -> Iterator[LiveServer]:
    with live_server(server_url) as running:
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
