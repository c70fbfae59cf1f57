"""A small fictional municipality built through the use cases, on a fast in-memory SQLite.

The core's rules do not depend on encryption; the store's own tests cover SQLCipher.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import pytest
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from desktop.core import fodselsnummer
from desktop.core.context import Context, PersonRef, transaction
from desktop.core.entities import Ansatt, Barn, Base, Foresatt, PersonKind
from desktop.core.usecases import logs, organisation
from desktop.core.usecases.logs import ForesattInput

START = dt.datetime(2026, 3, 2, 8, 0, tzinfo=dt.UTC)


class Clock:
    """An injected clock: tests move time instead of sleeping."""

    def __init__(self, now: dt.datetime = START) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


def memory_engine() -> Engine:
    engine = create_engine("sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _fk(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        dbapi_connection.execute("PRAGMA foreign_keys=ON")

    Base.metadata.create_all(engine)
    return engine


@dataclass
class World:
    factory: sessionmaker[Session]
    clock: Clock
    rng: random.Random
    p: dict[str, PersonRef] = field(default_factory=dict)  # people by nickname
    ids: dict[str, uuid.UUID] = field(default_factory=dict)  # other records by nickname

    @contextmanager
    def as_(self, who: str | PersonRef) -> Iterator[Context]:
        ref = self.p[who] if isinstance(who, str) else who
        with transaction(self.factory, ref, device="test-pc", clock=self.clock) as ctx:
            yield ctx

    def fnr(self, born: dt.date) -> str:
        return fodselsnummer.make_synthetic(born, self.rng)

    def add_ansatt(self, nick: str, enhet: str | None, **flags: bool) -> PersonRef:
        with self.as_("admin") as ctx:
            a = organisation.add_ansatt(
                ctx,
                enhet_id=self.ids[enhet] if enhet else None,
                fornavn=nick.capitalize(),
                etternavn="Testesen",
                fodselsnummer_=self.fnr(dt.date(1980, 1, 1) + dt.timedelta(days=len(self.p) * 37)),
                epost=f"{nick}@example.test",
                **flags,
            )
            self.p[nick] = PersonRef.of(a)
        return self.p[nick]

    def get(self, session: Session, nick: str) -> Ansatt | Foresatt | Barn:
        ref = self.p[nick]
        entity = {PersonKind.ANSATT: Ansatt, PersonKind.FORESATT: Foresatt, PersonKind.BARN: Barn}[ref.kind]
        obj = session.get(entity, ref.id)
        assert obj is not None
        return obj


def build_world(factory: sessionmaker[Session] | None = None) -> World:
    """The world in memory, or through ``factory`` (e.g. a real workspace's)."""
    world = World(factory or sessionmaker(memory_engine(), expire_on_commit=False), Clock(), random.Random(7))
    with world.factory() as s, s.begin():
        kommune, admin = organisation.bootstrap_kommune(
            s,
            navn="Øvingsvik",
            nummer="9999",
            admin_fornavn="Ada",
            admin_etternavn="Admin",
            admin_fodselsnummer=world.fnr(dt.date(1975, 5, 5)),
            clock=world.clock,
        )
        world.p["admin"] = PersonRef.of(admin)
        world.ids["kommune"] = kommune.id
    with world.as_("admin") as ctx:
        bhg = organisation.create_tjeneste(ctx, "Barnehage")
        hs = organisation.create_tjeneste(ctx, "Helsestasjon")
        world.ids["solsikken"] = organisation.create_enhet(ctx, "Solsikken barnehage", bhg.id).id
        world.ids["helsestasjonen"] = organisation.create_enhet(ctx, "Øvingsvik helsestasjon", hs.id).id
    world.add_ansatt("leder", "solsikken", er_leder=True)
    world.add_ansatt("holder", "solsikken", er_aktor=True, er_stafettholder=True)
    world.add_ansatt("holder2", "solsikken", er_aktor=True, er_stafettholder=True)
    world.add_ansatt("aktor", "solsikken", er_aktor=True)
    world.add_ansatt("leser", "solsikken")
    world.add_ansatt("hsleder", "helsestasjonen", er_leder=True)
    world.add_ansatt("helsesykepleier", "helsestasjonen", er_aktor=True, er_stafettholder=True)
    world.add_ansatt("annen", "helsestasjonen", er_aktor=True)
    world.add_ansatt("fastlege", None)
    with world.as_("holder") as ctx:
        changes = logs.register_barn(
            ctx,
            fornavn="Ella",
            etternavn="Fjellstad",
            fodselsnummer_=world.fnr(dt.date(2020, 6, 14)),
            foresatte=[
                ForesattInput("Mona", "Fjellstad", "mor", epost="mona@example.test"),
                ForesattInput("Per", "Fjellstad", "far"),
                ForesattInput("Siri", "Dal", "stemor", foreldreansvar=False),
            ],
        )
        assert changes.created is not None
        barn = ctx.session.get(Barn, changes.created)
        assert barn is not None
        world.p["ella"] = PersonRef.of(barn)
        mor, far, stemor = barn.foresatte
        world.p["mor"], world.p["far"], world.p["stemor"] = (PersonRef.of(f) for f in (mor, far, stemor))
        samtykke = logs.register_samtykke(
            ctx,
            barn_id=barn.id,
            signert_dato=dt.date(2026, 2, 20),
            opprette_logg=True,
            utveksle_opplysninger=True,
            overfore_enhet=True,
            lesetilgang_for=[world.p["leser"].id],
            gitt_av_foresatte=[mor.id, far.id],
        )
        assert samtykke.created is not None
        world.ids["samtykke"] = samtykke.created
        logg = logs.create_stafettlogg(
            ctx, barn_id=barn.id, samtykke_id=samtykke.created, bekymring="Ella spiser lite i barnehagen."
        )
        assert logg.created is not None
        world.ids["logg"] = logg.created
    return world


@pytest.fixture
def world() -> World:
    return build_world()
