"""The life of tiltak as a Hypothesis state machine.

Random sequences of: add tiltak (service actors inside and outside the unit, the home, the
child; active or as the next step of a tiltakstrapp), correct the text (as the holder or the
responsible), let time pass (also to just before and just after the 8-hour limit), evaluate
with every decision of the guide (incl. «fortsette» and «feilregistrert» with or without a
replacement actor) and try to evaluate again. A model predicts every outcome; the database
must agree with it after every step, and:

* at most one AKTIV tiltak per actor per oppmerksomhet;
* every evaluated tiltak has exactly one Evaluering and is no longer open;
* a second evaluation always raises RuleViolation;
* the text of a tiltak older than 8 hours never changes;
* «feilregistrert» with a replacement yields one new tiltak with ``erstatter_id`` set;
* every successful change adds outbox rows; every refusal leaves the database untouched;
* the audit chain verifies.
"""

from __future__ import annotations

import datetime as dt
import itertools
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from sqlalchemy import select

from desktop.core import audit
from desktop.core.context import OSLO, Context
from desktop.core.entities import Arena, Beslutning, Evaluering, OutboxEntry, Tiltak, TiltakStatus
from desktop.core.errors import DomainError, InvalidInput, RuleViolation
from desktop.core.rules import CORRECTION_WINDOW
from desktop.core.usecases import content, logs

from .test_rules_support import (
    Frozen,
    add_oppmerksomhet,
    assert_norwegian,
    base_world,
    freeze,
    outbox_count,
    run,
    snapshot,
    thaw,
)

ACTORS: list[tuple[Arena, str | None]] = [
    (Arena.TJENESTE, "aktor"),
    (Arena.TJENESTE, "holder2"),
    (Arena.TJENESTE, "annen"),  # another unit: allowed because the log is on nivå 2
    (Arena.TJENESTE, "fastlege"),  # external
    (Arena.HJEM, None),
    (Arena.BARN, None),
]
EMPLOYEES = [nick for arena, nick in ACTORS if nick is not None]
DECISIONS: list[tuple[bool | None, Beslutning]] = [
    (True, Beslutning.NYE_MAL),
    (True, Beslutning.AVSLUTTE),
    (False, Beslutning.FORTSETTE),
    (False, Beslutning.ENDRE_MAL),
    (False, Beslutning.ENDRE_TILTAK),
    (False, Beslutning.AVSLUTTE),
    (None, Beslutning.FEILREGISTRERT),
]
OPEN = (TiltakStatus.AKTIV, TiltakStatus.PLANLAGT)

_START: list[Frozen] = []


def start() -> Frozen:
    """The conftest world on nivå 2 with two oppmerksomheter and no tiltak yet."""
    if not _START:
        w = base_world()
        run(w, "holder", lambda ctx: logs.change_niva(ctx, w.ids["logg"], 2))
        w.ids["o0"] = add_oppmerksomhet(w, "Ella spiser lite ved lunsj i barnehagen.")
        w.ids["o1"] = add_oppmerksomhet(w, "Ella trekker seg unna i frileken.")
        _START.append(freeze(w))
    return _START[0]


@dataclass
class T:
    """The model of one tiltak."""

    id: uuid.UUID
    o: int
    arena: Arena
    ansvarlig: str | None
    status: TiltakStatus
    created_at: dt.datetime
    tekst: str
    trinn: int
    fra: dt.date | None
    til: dt.date | None
    evalueringsdato: dt.date | None
    erstatter: uuid.UUID | None = None
    evaluated: bool = False

    @property
    def key(self) -> tuple[int, Arena, str | None]:
        return (self.o, self.arena, self.ansvarlig)


class TiltakLifecycle(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.w = thaw(start())
        self.model: dict[uuid.UUID, T] = {}
        self.frozen_text: dict[uuid.UUID, str] = {}
        self.texts = itertools.count(1)

    # --------------------------------------------------------------------- helpers

    def now(self) -> dt.datetime:
        return self.w.clock.now

    def today(self) -> dt.date:
        return self.now().astimezone(OSLO).date()

    def new_text(self) -> str:
        return f"Tiltak nr. {next(self.texts)}: de voksne hjelper Ella å spise selv."

    def ansvarlig_id(self, nick: str | None) -> uuid.UUID | None:
        return self.w.p[nick].id if nick else None

    def succeed(self, who: str, action: Callable[[Context], Any]) -> Any:
        before = outbox_count(self.w)
        with self.w.as_(who) as ctx:
            result = action(ctx)
        assert outbox_count(self.w) > before, "a successful change must write outbox rows"
        return result

    def refuse(self, who: str, action: Callable[[Context], Any], error: type[DomainError], phrase: str) -> None:
        before = snapshot(self.w)
        try:
            with self.w.as_(who) as ctx:
                action(ctx)
        except DomainError as exc:
            assert type(exc) is error, f"expected {error.__name__}, got {type(exc).__name__}: {exc.message}"
            assert phrase in exc.message, f"{exc.message!r} does not name {phrase!r}"
            assert_norwegian(exc.message)
        else:
            raise AssertionError(f"expected {error.__name__} ({phrase})")
        assert snapshot(self.w) == before, "a refused call left rows behind"

    def pick(self, n: int, among: list[T] | None = None) -> T:
        pool = among if among is not None else list(self.model.values())
        return pool[n % len(pool)]

    def open_same(self, key: tuple[int, Arena, str | None]) -> list[T]:
        return [t for t in self.model.values() if t.key == key and t.status in OPEN]

    def add_model(self, tiltak_id: uuid.UUID, o: int, arena: Arena, ansvarlig: str | None, **kw: Any) -> T:
        same = self.open_same((o, arena, ansvarlig))
        status = kw.pop("status")
        t = T(
            tiltak_id,
            o,
            arena,
            ansvarlig,
            status,
            self.now(),
            trinn=max((s.trinn for s in same), default=0) + 1,
            **kw,
        )
        self.model[t.id] = t
        return t

    # --------------------------------------------------------------------- rules

    @rule(
        o=st.integers(0, 1),
        actor=st.sampled_from(ACTORS),
        neste_trinn=st.booleans(),
        by_guardian=st.booleans(),
        days=st.sampled_from([0, 0, 1, 7, 30]),
    )
    def add_tiltak(
        self, o: int, actor: tuple[Arena, str | None], neste_trinn: bool, by_guardian: bool, days: int
    ) -> None:
        arena, nick = actor
        who = "mor" if by_guardian and arena is Arena.HJEM else "holder"
        same = self.open_same((o, arena, nick))
        status = TiltakStatus.PLANLAGT if neste_trinn and same else TiltakStatus.AKTIV
        tekst, fra = self.new_text(), self.today()
        evalueringsdato = fra + dt.timedelta(days=days)
        oppmerksomhet_id, ansvarlig_id = self.w.ids[f"o{o}"], self.ansvarlig_id(nick)

        def action(ctx: Context) -> Any:
            return content.add_tiltak(
                ctx,
                oppmerksomhet_id,
                tekst=tekst,
                arena=arena,
                ansvarlig_id=ansvarlig_id,
                fra_dato=fra,
                evalueringsdato=evalueringsdato,
                neste_trinn=neste_trinn,
            )

        if status is TiltakStatus.AKTIV and any(t.status is TiltakStatus.AKTIV for t in same):
            self.refuse(who, action, RuleViolation, "allerede et aktivt tiltak")
            return
        changes = self.succeed(who, action)
        self.add_model(
            changes.created,
            o,
            arena,
            nick,
            status=status,
            tekst=tekst,
            fra=fra,
            til=None,
            evalueringsdato=evalueringsdato,
        )

    @rule(minutes=st.sampled_from([1, 30, 119, 240, 479, 481, 600, 24 * 60, 3 * 24 * 60, 10 * 24 * 60]))
    def time_passes(self, minutes: int) -> None:
        self.w.clock.advance(minutes=minutes)

    @precondition(lambda self: self.model)
    @rule(n=st.integers(0, 63), just_after=st.booleans())
    def to_the_edge_of_the_window(self, n: int, just_after: bool) -> None:
        """Jump to one minute before (7h59m) or after (8h01m) a tiltak's correction limit."""
        t = self.pick(n)
        target = t.created_at + CORRECTION_WINDOW + dt.timedelta(minutes=1 if just_after else -1)
        if target > self.now():
            self.w.clock.now = target

    @precondition(lambda self: self.model)
    @rule(n=st.integers(0, 63), by_owner=st.booleans())
    def correct_text(self, n: int, by_owner: bool) -> None:
        t = self.pick(n)
        who = "holder"
        if by_owner and t.status in OPEN:
            who = t.ansvarlig or ("mor" if t.arena is Arena.HJEM else "holder")
        tekst = self.new_text()

        def action(ctx: Context) -> Any:
            return content.correct_tiltak_text(ctx, t.id, tekst)

        if t.status not in OPEN:
            self.refuse(who, action, RuleViolation, "avsluttet")
        elif self.now() - t.created_at >= CORRECTION_WINDOW:
            self.refuse(who, action, RuleViolation, "8 timer")
        else:
            old = t.tekst
            self.succeed(who, action)
            t.tekst = tekst
            last = self.history(t.id)[-1]
            assert last.operation == "update" and last.old_values["tekst"] == old and last.values["tekst"] == tekst
            assert last.new_version == last.base_version + 1  # type: ignore[operator]

    @precondition(lambda self: self.model)
    @rule(
        n=st.integers(0, 63),
        decision=st.sampled_from(DECISIONS),
        replacement=st.sampled_from([None, *EMPLOYEES]),
        by_owner=st.booleans(),
        days=st.integers(0, 60),
    )
    def evaluate(
        self, n: int, decision: tuple[bool | None, Beslutning], replacement: str | None, by_owner: bool, days: int
    ) -> None:
        t = self.pick(n)
        mal_nadd, beslutning = decision
        feil = beslutning is Beslutning.FEILREGISTRERT
        riktig = replacement if feil else None
        who = t.ansvarlig if by_owner and t.ansvarlig and t.status in OPEN else "holder"
        ny_dato = self.today() + dt.timedelta(days=days) if beslutning is Beslutning.FORTSETTE else None
        riktig_id = self.ansvarlig_id(riktig)

        def action(ctx: Context) -> Any:
            return content.evaluate_tiltak(
                ctx,
                t.id,
                mal_nadd=mal_nadd,
                beslutning=beslutning,
                familiens_vurdering="Mor og far er enige.",
                ny_evalueringsdato=ny_dato,
                riktig_ansvarlig_id=riktig_id,
            )

        if t.evaluated:
            self.refuse(who, action, RuleViolation, "bare evalueres én gang")
            return
        if t.status is TiltakStatus.PLANLAGT:
            self.refuse(who, action, RuleViolation, "Bare aktive tiltak")
            return
        if riktig is not None and t.arena is not Arena.TJENESTE:
            self.refuse(who, action, InvalidInput, "velg ikke en ansatt")
            return
        # What follows the evaluation: a continuation, a corrected replacement, or the next step.
        successor_key: tuple[int, Arena, str | None] | None = None
        if beslutning is Beslutning.FORTSETTE:
            successor_key = t.key
        elif riktig is not None:
            successor_key = (t.o, Arena.TJENESTE, riktig)
            if any(s.status is TiltakStatus.AKTIV and s.id != t.id for s in self.open_same(successor_key)):
                self.refuse(who, action, RuleViolation, "allerede et aktivt tiltak")
                return
        changes = self.succeed(who, action)
        t.evaluated = True
        t.status = TiltakStatus.FEILREGISTRERT if feil else TiltakStatus.AVSLUTTET
        with self.w.factory() as s:
            evaluering = s.get(Evaluering, changes.created)
            assert evaluering is not None and evaluering.tiltak_id == t.id and evaluering.beslutning is beslutning
            followers = list(s.scalars(select(Tiltak).where(Tiltak.erstatter_id == t.id)))
        if successor_key is None:
            assert followers == []
            steps = [s for s in self.model.values() if s.key == t.key and s.status is TiltakStatus.PLANLAGT]
            if steps:
                min(steps, key=lambda s: s.trinn).status = TiltakStatus.AKTIV
            return
        assert len(followers) == 1, "the evaluation makes exactly one successor"
        new = followers[0]
        assert new.status is TiltakStatus.AKTIV and new.tekst == t.tekst and new.erstatter_id == t.id
        same_period = beslutning is Beslutning.FEILREGISTRERT
        self.add_model(
            new.id,
            t.o,
            successor_key[1],
            successor_key[2],
            status=TiltakStatus.AKTIV,
            tekst=t.tekst,
            fra=t.fra if same_period else self.today(),
            til=t.til if same_period else None,
            evalueringsdato=t.evalueringsdato if same_period else ny_dato,
            erstatter=t.id,
        )

    @precondition(lambda self: self.model)
    @rule(n=st.integers(0, 63), replacement=st.sampled_from(EMPLOYEES), by_owner=st.booleans())
    def change_actor(self, n: int, replacement: str, by_owner: bool) -> None:
        """The guide's way to change a tiltak's actor: «feilregistrert», and a replacement."""
        self.evaluate(n, (None, Beslutning.FEILREGISTRERT), replacement, by_owner, 0)

    @precondition(lambda self: any(t.evaluated for t in self.model.values()))
    @rule(n=st.integers(0, 63), decision=st.sampled_from(DECISIONS))
    def evaluate_again(self, n: int, decision: tuple[bool | None, Beslutning]) -> None:
        t = self.pick(n, [t for t in self.model.values() if t.evaluated])
        mal_nadd, beslutning = decision
        self.refuse(
            "holder",
            lambda ctx: content.evaluate_tiltak(
                ctx,
                t.id,
                mal_nadd=mal_nadd,
                beslutning=beslutning,
                ny_evalueringsdato=self.today() + dt.timedelta(days=14),
            ),
            RuleViolation,
            "bare evalueres én gang",
        )

    # --------------------------------------------------------------------- invariants

    def history(self, tiltak_id: uuid.UUID) -> list[OutboxEntry]:
        with self.w.factory() as s:
            stmt = select(OutboxEntry).where(OutboxEntry.entity_id == tiltak_id).order_by(OutboxEntry.seq)
            return list(s.scalars(stmt))

    @invariant()
    def invariants(self) -> None:
        """One invariant (one database read) per step keeps the shrinking of a failure fast."""
        with self.w.factory() as s:
            rows = {t.id: t for t in s.scalars(select(Tiltak))}
            evaluated = list(s.scalars(select(Evaluering.tiltak_id)))
            verified = audit.verify(s)
        # The database agrees with the model.
        assert set(rows) == set(self.model)
        for tid, m in self.model.items():
            row = rows[tid]
            assert (row.status, row.tekst, row.erstatter_id, row.trinn) == (m.status, m.tekst, m.erstatter, m.trinn)
            assert (row.arena, row.ansvarlig_id) == (m.arena, self.ansvarlig_id(m.ansvarlig))
            assert (row.fra_dato, row.til_dato, row.evalueringsdato) == (m.fra, m.til, m.evalueringsdato)
        # At most one active tiltak per actor and oppmerksomhet.
        active = [
            (t.oppmerksomhet_id, t.arena, t.ansvarlig_id) for t in rows.values() if t.status is TiltakStatus.AKTIV
        ]
        assert len(active) == len(set(active)), active
        # Every evaluated tiltak has exactly one evaluation and is no longer open.
        assert len(evaluated) == len(set(evaluated))
        assert set(evaluated) == {tid for tid, m in self.model.items() if m.evaluated}
        assert all(rows[tid].status in (TiltakStatus.AVSLUTTET, TiltakStatus.FEILREGISTRERT) for tid in evaluated)
        # The text of a tiltak older than 8 hours never changes.
        for tid, m in self.model.items():
            if self.now() - m.created_at >= CORRECTION_WINDOW:
                assert rows[tid].tekst == self.frozen_text.setdefault(tid, m.tekst)
        # A wrongly registered tiltak is replaced at most once, and the replacement points back.
        for m in self.model.values():
            if m.status is TiltakStatus.FEILREGISTRERT:
                assert len([r for r in self.model.values() if r.erstatter == m.id]) <= 1
        # The audit chain verifies.
        assert verified.ok, verified.problem


TiltakLifecycle.TestCase.settings = settings(
    max_examples=30,
    stateful_step_count=25,
    report_multiple_bugs=False,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
TestTiltakLifecycle = TiltakLifecycle.TestCase
