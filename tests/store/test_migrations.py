"""Migrations: every path to head ends at exactly the schema of ``Base.metadata``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, event

from desktop.core.entities import Base
from desktop.store.engine import close_engine, open_engine
from desktop.store.errors import NewerSchema
from desktop.store.keys import new_raw_key
from desktop.store.migrations import (
    alembic_config,
    current_revisions,
    migrate,
    script_directory,
    upgrade,
)

from .conftest import file_digest

_SCRIPT = script_directory()
_HEADS = set(_SCRIPT.get_heads())
# Every revision a user's database may still be at, plus the empty database (None).
_EARLIER = [None, *sorted(rev.revision for rev in _SCRIPT.walk_revisions() if rev.revision not in _HEADS)]


@pytest.fixture
def key() -> bytes:
    return new_raw_key()


@pytest.fixture
def engine(tmp_path: Path, key: bytes) -> Iterator[Engine]:
    eng = open_engine(tmp_path / "m.db", key, create=True)
    try:
        yield eng
    finally:
        close_engine(eng)


def assert_matches_metadata(engine: Engine) -> None:
    with engine.connect() as conn:
        assert current_revisions(conn) == _HEADS
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_there_is_one_head() -> None:
    assert len(_HEADS) == 1


def test_empty_database_upgrades_to_metadata(engine: Engine) -> None:
    migrate(engine)
    assert_matches_metadata(engine)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1  # switched back on


@pytest.mark.parametrize("start", _EARLIER, ids=lambda r: r or "empty")
def test_each_earlier_revision_upgrades_to_metadata(engine: Engine, start: str | None) -> None:
    if start is not None:
        with engine.begin() as conn:
            upgrade(conn, start)
        with engine.connect() as conn:
            assert current_revisions(conn) == {start}
    migrate(engine)
    assert_matches_metadata(engine)


def test_migrate_at_head_is_a_no_op(engine: Engine) -> None:
    migrate(engine)
    statements: list[str] = []
    event.listen(engine, "before_cursor_execute", lambda _c, _cur, stmt, *_a: statements.append(stmt))
    migrate(engine)
    assert not [s for s in statements if s.lstrip().upper().startswith(("CREATE", "ALTER", "DROP", "INSERT", "UPDATE"))]


def test_downgrade_to_base_removes_the_schema(engine: Engine) -> None:
    migrate(engine)
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "base")
    with engine.connect() as conn:
        tables = {row[0] for row in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert tables == {"alembic_version"}


def test_newer_schema_is_refused_and_untouched(tmp_path: Path, key: bytes) -> None:
    path = tmp_path / "newer.db"
    eng = open_engine(path, key, create=True)
    migrate(eng)
    with eng.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    close_engine(eng)
    before = file_digest(path)

    eng = open_engine(path, key, create=False)
    try:
        with pytest.raises(NewerSchema) as info:
            migrate(eng)
        assert "nyere versjon" in info.value.message
        with eng.connect() as conn:
            assert current_revisions(conn) == {"9999_from_the_future"}
    finally:
        close_engine(eng)
    assert file_digest(path) == before


def test_revision_files_import_the_custom_type() -> None:
    for rev in _SCRIPT.walk_revisions():
        source = Path(rev.path).read_text(encoding="utf-8")
        if "UtcDateTime(" in source:
            assert "from desktop.core.types import UtcDateTime" in source, rev.path
