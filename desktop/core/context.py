"""The acting person, the clock and the device of one use-case call, and what it changed."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session, sessionmaker

from desktop.core.entities import Ansatt, Barn, Foresatt, Person, PersonKind
from desktop.core.errors import NotFound

OSLO = ZoneInfo("Europe/Oslo")

Clock = Callable[[], dt.datetime]


def system_clock() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True)
class PersonRef:
    """Who acts, by kind and id — what a session or a sync request carries."""

    kind: PersonKind
    id: uuid.UUID

    @classmethod
    def of(cls, person: Person) -> PersonRef:
        return cls(person.kind, person.id)


_PERSON_TYPES: dict[PersonKind, type[Ansatt] | type[Foresatt] | type[Barn]] = {
    PersonKind.ANSATT: Ansatt,
    PersonKind.FORESATT: Foresatt,
    PersonKind.BARN: Barn,
}


@dataclass
class Changes:
    """What a use case changed, so open views refresh only what concerns them."""

    logs: set[uuid.UUID] = field(default_factory=set)
    entities: set[tuple[str, uuid.UUID]] = field(default_factory=set)
    warnings: list[str] = field(default_factory=list)
    created: uuid.UUID | None = None  # the id of the main new record, if any

    def touch(self, entity: object, logg_id: uuid.UUID | None = None) -> None:
        table = getattr(entity, "__tablename__", type(entity).__name__)
        self.entities.add((table, getattr(entity, "id")))  # noqa: B009 - any mapped entity
        if logg_id is not None:
            self.logs.add(logg_id)

    def merge(self, other: Changes) -> Changes:
        self.logs |= other.logs
        self.entities |= other.entities
        self.warnings += [w for w in other.warnings if w not in self.warnings]
        return self


class Context:
    """One use-case call: a session inside a transaction, the acting person, clock and device.

    The outbox hook reads it from ``session.info`` to stamp every change with its author.
    """

    def __init__(self, session: Session, person: Person, *, device: str = "ukjent", clock: Clock = system_clock):
        self.session = session
        self.person = person
        self.device = device
        self.clock = clock
        # The use-case calls of this transaction as data (desktop.core.commands) and the
        # transaction's id: one synced change, pushed and applied as a whole.
        self.commands: list[dict[str, Any]] = []
        self.command_depth = 0
        self.change_id = uuid.uuid4()
        self.change: Any = None  # its SyncChange row once something was written
        # On the server, the ids the client gave new records, so a re-run makes the same rows.
        self.id_supply: dict[str, deque[uuid.UUID]] = {}
        session.info["context"] = self

    def new_id(self, entity: type[object] | str) -> uuid.UUID:
        """A new record's id: the client's one when the server re-runs its change."""
        table = entity if isinstance(entity, str) else str(getattr(entity, "__tablename__"))  # noqa: B009
        supply = self.id_supply.get(table)
        return supply.popleft() if supply else uuid.uuid4()

    def now(self) -> dt.datetime:
        now = self.clock()
        if now.tzinfo is None:
            raise ValueError("the clock must give aware datetimes")
        return now

    def today(self) -> dt.date:
        """Today's date where the users are, not in UTC."""
        return self.now().astimezone(OSLO).date()


def load_person(session: Session, ref: PersonRef) -> Person:
    person = session.get(_PERSON_TYPES[ref.kind], ref.id)
    if not isinstance(person, Ansatt | Foresatt | Barn):
        raise NotFound("Personen finnes ikke i dette arbeidsområdet.")
    return person


@contextmanager
def transaction(
    factory: sessionmaker[Session],
    who: PersonRef,
    *,
    device: str = "ukjent",
    clock: Clock = system_clock,
) -> Iterator[Context]:
    """Run use cases as ``who`` in one transaction: all of it is committed, or none of it."""
    with factory() as session, session.begin():
        yield Context(session, load_person(session, who), device=device, clock=clock)
