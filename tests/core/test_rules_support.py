"""Shared helpers for the rule, permission and life-cycle tests (this module holds no tests).

* :func:`clone` copies a built world's in-memory database in about a millisecond, so a test
  (or a Hypothesis example) can start from a prepared state without rebuilding it.
* :func:`refused` runs a use case that must be refused and checks the three things every
  refusal owes the user: the right exception type, a Norwegian message that names the
  problem, and an untouched database (no rows, no outbox entries, no audit entries).
"""

from __future__ import annotations

import datetime as dt
import random
import re
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.orm import sessionmaker
from sqlalchemy.pool import StaticPool

from desktop.core import outbox  # noqa: F401 - installs the hook that writes outbox rows
from desktop.core.context import Context
from desktop.core.entities import (
    Arena,
    Base,
    Oppmerksomhet,
    OutboxEntry,
    Stafettlogg,
    Tiltak,
)
from desktop.core.errors import DomainError
from desktop.core.usecases import content, logs

from .conftest import Clock, World, build_world

# ----------------------------------------------------------------------------- copying worlds


def _raw(world: World) -> sqlite3.Connection:
    engine = world.factory.kw["bind"]
    fairy = engine.raw_connection()
    try:
        conn = fairy.driver_connection
        assert isinstance(conn, sqlite3.Connection)
        return conn
    finally:
        fairy.close()


@dataclass(frozen=True)
class Frozen:
    """A world at rest: its database in a plain SQLite connection, and its clock, people and ids."""

    conn: sqlite3.Connection
    now: dt.datetime
    p: dict[str, Any]
    ids: dict[str, uuid.UUID]


def freeze(world: World) -> Frozen:
    conn = sqlite3.connect(":memory:", check_same_thread=False)
    _raw(world).backup(conn)
    return Frozen(conn, world.clock.now, dict(world.p), dict(world.ids))


# One working database for the whole process. SQLAlchemy caches compiled SQL per engine (per
# dialect), so reusing one engine keeps a fresh copy as fast as a plain function call; the
# price is that a thawed world is only valid until the next thaw — tests use one at a time.
_WORK = sqlite3.connect(":memory:", check_same_thread=False)
_WORK.execute("PRAGMA foreign_keys=ON")
_WORK_ENGINE = create_engine("sqlite://", creator=lambda: _WORK, poolclass=StaticPool)


def thaw(frozen: Frozen) -> World:
    """A copy of ``frozen`` to work on (the previously thawed world is overwritten)."""
    assert not _WORK.in_transaction, "a session still holds the working database"
    frozen.conn.backup(_WORK)
    return World(
        sessionmaker(_WORK_ENGINE, expire_on_commit=False),
        Clock(frozen.now),
        random.Random(frozen.now.timestamp()),
        dict(frozen.p),
        dict(frozen.ids),
    )


def clone(world: World) -> World:
    """A fresh working copy of ``world`` (see :func:`thaw`)."""
    return thaw(freeze(world))


_BASE: list[Frozen] = []


def base_world() -> World:
    """The conftest world, built once per process, as a fresh working copy."""
    if not _BASE:
        _BASE.append(freeze(build_world()))
    return thaw(_BASE[0])


# ----------------------------------------------------------------------------- looking at the database


def snapshot(world: World) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (outbox, audit and settings included), in a stable order."""
    conn = _raw(world)
    return {
        table.name: sorted(conn.execute(f'SELECT * FROM "{table.name}"').fetchall(), key=repr)
        for table in Base.metadata.sorted_tables
    }


def outbox_count(world: World) -> int:
    with world.factory() as s:
        return s.scalar(select(func.count()).select_from(OutboxEntry)) or 0


def outbox_rows(world: World, **where: Any) -> list[OutboxEntry]:
    with world.factory() as s:
        stmt = select(OutboxEntry).order_by(OutboxEntry.seq)
        for key, value in where.items():
            stmt = stmt.where(getattr(OutboxEntry, key) == value)
        return list(s.scalars(stmt))


def count(world: World, table: str) -> int:
    with world.factory() as s:
        return int(s.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())


def load(world: World, entity: type[Any], id_: uuid.UUID) -> Any:
    with world.factory() as s:
        return s.get(entity, id_)


# ----------------------------------------------------------------------------- messages

_NORWEGIAN = re.compile(
    r"\b(ikke|kan|må|bare|er|og|til|for|det|den|har|med|som|en|et|av|i|på|fra|før|etter|loggen|tiltak\w*|"
    r"samtykke\w*|velg|allerede|mangler|skriv|inn|ut)\b",
    re.IGNORECASE,
)
_ENGLISH = re.compile(
    r"\b(the|is|not|must|cannot|only|error|invalid|denied|permission|found|none|null|traceback)\b", re.IGNORECASE
)


def assert_norwegian(message: str) -> None:
    """A message for the user: Norwegian words, no English, no Python repr leaking through."""
    assert message.strip(), "empty message"
    assert re.search("[æøåÆØÅ]", message) or _NORWEGIAN.search(message), f"not Norwegian: {message!r}"
    assert not _ENGLISH.search(message), f"English in the message: {message!r}"
    assert "UUID(" not in message and "<" not in message, f"internal value in the message: {message!r}"


def refused(
    world: World,
    who: str,
    action: Callable[[Context], object],
    error: type[DomainError],
    phrase: str,
) -> DomainError:
    """Run ``action`` as ``who``; it must raise ``error`` naming ``phrase`` and leave nothing behind."""
    before = snapshot(world)
    with pytest.raises(DomainError) as info, world.as_(who) as ctx:
        action(ctx)
    exc = info.value
    assert type(exc) is error, f"expected {error.__name__}, got {type(exc).__name__}: {exc.message}"
    assert re.search(phrase, exc.message, re.IGNORECASE), f"{exc.message!r} does not match {phrase!r}"
    assert_norwegian(exc.message)
    assert snapshot(world) == before, "a refused call left rows behind"
    return exc


# ----------------------------------------------------------------------------- small builders


def run(world: World, who: str, action: Callable[[Context], Any]) -> Any:
    """Run a use case that must succeed, in its own transaction; return what it returned."""
    with world.as_(who) as ctx:
        return action(ctx)


def created(world: World, who: str, action: Callable[[Context], Any]) -> uuid.UUID:
    changes = run(world, who, action)
    assert changes.created is not None
    return changes.created  # type: ignore[no-any-return]


def add_oppmerksomhet(world: World, tekst: str = "Ella spiser selv ved lunsj i barnehagen.") -> uuid.UUID:
    logg_id = world.ids["logg"]
    return created(world, "holder", lambda ctx: content.add_oppmerksomhet(ctx, logg_id, tekst))


def add_tiltak(
    world: World,
    oppmerksomhet_id: uuid.UUID,
    *,
    arena: Arena = Arena.TJENESTE,
    ansvarlig: str | None = "aktor",
    tekst: str = "Aktøren sitter ved Ella under lunsjen hver dag.",
    who: str = "holder",
    **kwargs: Any,
) -> uuid.UUID:
    ansvarlig_id = world.p[ansvarlig].id if ansvarlig and arena is Arena.TJENESTE else None
    return created(
        world,
        who,
        lambda ctx: content.add_tiltak(
            ctx, oppmerksomhet_id, tekst=tekst, arena=arena, ansvarlig_id=ansvarlig_id, **kwargs
        ),
    )


def register_consent(world: World, who: str = "holder", **flags: Any) -> uuid.UUID:
    """A consent for Ella signed today by both guardians with foreldreansvar."""
    barn_id = world.p["ella"].id
    givers = [world.p["mor"].id, world.p["far"].id]
    signed = flags.pop("signert_dato", None)

    def action(ctx: Context) -> Any:
        return logs.register_samtykke(
            ctx, barn_id=barn_id, signert_dato=signed or ctx.today(), gitt_av_foresatte=givers, **flags
        )

    return created(world, who, action)


def logg_status(world: World) -> Any:
    logg = load(world, Stafettlogg, world.ids["logg"])
    return None if logg is None else logg.status


def tiltak_of(world: World, oppmerksomhet_id: uuid.UUID) -> list[Tiltak]:
    with world.factory() as s:
        o = s.get(Oppmerksomhet, oppmerksomhet_id)
        assert o is not None
        return list(o.tiltak)
