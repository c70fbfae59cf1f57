"""Who may do what, in which state of the log: every role × every action × every status.

The expectation below is written from ``docs/domain.md``, not copied from
``desktop/core/permissions.py``; each case performs the *real* use case behind the action on
a copy of a prepared world and compares success or refusal with it. A refusal must also be
the right kind of error, in Norwegian, and leave the database exactly as it was.

Readings of domain.md that the table makes explicit (the guide is silent or implicit there):

* a passive or closed log is read-only; only the life-cycle steps remain (the holder reopens
  or closes a passive log, the unit leader deletes it);
* the holder, who «coordinates ... keeps the log updated», may do every content action;
* an aktør reads and writes only the tiltak they are responsible for — text and evaluation —
  and posts lysglimt; guardians are aktør on the home tiltak: they add and correct them (the
  evaluation itself is recorded in the meeting, by the holder or the responsible employee);
* a unit leader sees *that* a log exists (to transfer or delete it), not its content;
* read-only access rests on the consent for an ongoing collaboration; closing the log ends it
  (holder, actors and family keep reading the closed log's history).
"""

from __future__ import annotations

import datetime as dt
import itertools
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from desktop.core import permissions
from desktop.core.context import Context
from desktop.core.entities import (
    Arena,
    AuditEntry,
    Beslutning,
    FaktorOmrade,
    Lesetilgang,
    LoggStatus,
    Oppmerksomhet,
    OverforingType,
    Stafettlogg,
    Tiltak,
    TiltakStatus,
)
from desktop.core.errors import DomainError, NotFound, PermissionDenied, RuleViolation
from desktop.core.permissions import Action
from desktop.core.usecases import access, content, diagram, logs, organisation, transfer
from desktop.core.usecases.common import get

from .conftest import World
from .test_rules_support import (
    Frozen,
    add_oppmerksomhet,
    add_tiltak,
    assert_norwegian,
    base_world,
    count,
    created,
    freeze,
    outbox_count,
    register_consent,
    run,
    snapshot,
    thaw,
)

# ----------------------------------------------------------------------------- roles

HOLDER = "stafettholder"
AKTOR = "aktør med tiltak i loggen"
LESER = "ansatt med lesetilgang"
FORESATT = "foresatt med foreldreansvar"
UTEN_ANSVAR = "foresatt uten foreldreansvar"
BARNET = "barnet"
LEDER = "leder for loggens enhet"
ANNEN_LEDER = "leder for en annen enhet"
URELATERT = "ansatt uten tilknytning"
KOLLEGA = "kollega i samme enhet, uten tilknytning"
FASTLEGE = "ekstern aktør (fastlege)"
FJERNET = "fjernet ansatt (hadde tiltak)"

PERSON = {
    HOLDER: "holder",
    AKTOR: "aktor",
    LESER: "leser",
    FORESATT: "mor",
    UTEN_ANSVAR: "stemor",
    BARNET: "ella",
    LEDER: "leder",
    ANNEN_LEDER: "hsleder",
    URELATERT: "annen",
    KOLLEGA: "holder2",
    FASTLEGE: "fastlege",
    FJERNET: "tidligere",
}
ROLES = list(PERSON)
STATES = [LoggStatus.AKTIV, LoggStatus.PASSIV, LoggStatus.AVSLUTTET]

# ----------------------------------------------------------------------------- actions

_texts = itertools.count(1)

# Who is responsible for the tiltak an action is aimed at.
TARGETS: dict[str, tuple[Arena, str | None]] = {
    "aktørens": (Arena.TJENESTE, "aktor"),
    "hjemmets": (Arena.HJEM, None),
    "den fjernedes": (Arena.TJENESTE, "tidligere"),
}


def _current_tiltak(ctx: Context, w: World, target: str) -> uuid.UUID:
    """The target's active tiltak in the first concern (a random id once it is gone)."""
    arena, nick = TARGETS[target]
    ansvarlig = w.p[nick].id if nick else None
    found = ctx.session.scalar(
        select(Tiltak.id).where(
            Tiltak.oppmerksomhet_id == w.ids["o1"],
            Tiltak.arena == arena,
            Tiltak.ansvarlig_id.is_(None) if ansvarlig is None else Tiltak.ansvarlig_id == ansvarlig,
            Tiltak.status == TiltakStatus.AKTIV,
        )
    )
    return found or uuid.uuid4()


@dataclass(frozen=True)
class Sub:
    """One action of ``permissions.Action``, performed through its real use case."""

    name: str
    action: Action
    run: Callable[[Context, World], Any]
    writes: bool = True  # a success writes outbox rows
    repeatable: bool = True  # may run again and again in a sequence without changing anyone's role


def _correct(target: str) -> Callable[[Context, World], Any]:
    def run_(ctx: Context, w: World) -> Any:
        return content.correct_tiltak_text(ctx, _current_tiltak(ctx, w, target), f"Rettet tekst nr. {next(_texts)}.")

    return run_


def _evaluate(target: str) -> Callable[[Context, World], Any]:
    def run_(ctx: Context, w: World) -> Any:
        tiltak_id = _current_tiltak(ctx, w, target)
        if target == "den fjernedes":  # a removed employee cannot carry on a tiltak
            return content.evaluate_tiltak(ctx, tiltak_id, mal_nadd=True, beslutning=Beslutning.AVSLUTTE)
        return content.evaluate_tiltak(
            ctx,
            tiltak_id,
            mal_nadd=False,
            beslutning=Beslutning.FORTSETTE,
            ny_evalueringsdato=ctx.today() + dt.timedelta(days=14),
        )

    return run_


def _toggle_access(ctx: Context, w: World) -> Any:
    tilgang = get(ctx, Lesetilgang, w.ids["lesetilgang"])
    return access.change_lesetilgang(
        ctx, tilgang.id, hele_loggen=not tilgang.hele_loggen, oppmerksomheter=[w.ids["o1"]]
    )


def _change_level(ctx: Context, w: World) -> Any:
    logg = get(ctx, Stafettlogg, w.ids["logg"])
    return logs.change_niva(ctx, logg.id, 3 if logg.niva == 2 else 2)


def _meeting_mode(ctx: Context, w: World) -> Any:
    # No use case shows a meeting screen yet; the view asks the permission function directly.
    return permissions.require(ctx.session, ctx.person, Action.SHOW_MEETING_MODE, get(ctx, Stafettlogg, w.ids["logg"]))


def _logg(w: World) -> uuid.UUID:
    return w.ids["logg"]


SUBS: list[Sub] = [
    Sub("les loggen", Action.READ, lambda ctx, w: logs.read_logg(ctx, _logg(w)), writes=False),
    Sub(
        "ny oppmerksomhet",
        Action.EDIT_CONTENT,
        lambda ctx, w: content.add_oppmerksomhet(ctx, _logg(w), "Ella leker med andre barn i utetiden."),
    ),
    Sub(
        "nytt tiltak i tjenesten",
        Action.ADD_TILTAK,
        lambda ctx, w: content.add_tiltak(
            ctx,
            w.ids["o1"],
            tekst="Aktøren spiser sammen med Ella ved et lite bord.",
            arena=Arena.TJENESTE,
            ansvarlig_id=w.p["aktor"].id,
            neste_trinn=True,
        ),
    ),
    Sub(
        "nytt tiltak i hjemmet",
        Action.ADD_TILTAK,
        lambda ctx, w: content.add_tiltak(
            ctx, w.ids["o1"], tekst="Mor lar Ella smøre maten selv.", arena=Arena.HJEM, neste_trinn=True
        ),
    ),
    *(Sub(f"rett teksten i {t} tiltak", Action.EDIT_TILTAK, _correct(t)) for t in TARGETS),
    *(Sub(f"evaluer {t} tiltak", Action.EVALUATE, _evaluate(t), repeatable=t != "den fjernedes") for t in TARGETS),
    Sub(
        "skriv lysglimt",
        Action.POST_LYSGLIMT,
        lambda ctx, w: content.post_lysglimt(ctx, _logg(w), "Ella smakte på fisken i dag!"),
    ),
    Sub(
        "skriv notat", Action.ADD_NOTAT, lambda ctx, w: content.add_notat(ctx, _logg(w), "Samtale med mor om måltider.")
    ),
    Sub(
        "kall inn til møte",
        Action.MANAGE_MEETINGS,
        lambda ctx, w: content.call_mote(
            ctx, _logg(w), tidspunkt=ctx.now() + dt.timedelta(days=7), dagsorden="Evaluering av tiltakene"
        ),
    ),
    Sub(
        "gi lesetilgang",
        Action.MANAGE_ACCESS,
        lambda ctx, w: access.grant_lesetilgang(ctx, _logg(w), w.p["holder2"].id, samtykke_id=w.ids["lese_samtykke"]),
        repeatable=False,
    ),
    Sub("utvid eller innskrenk lesetilgang", Action.MANAGE_ACCESS, _toggle_access),
    Sub("endre nivå", Action.CHANGE_LEVEL, _change_level),
    Sub("sett passiv", Action.SET_PASSIVE, lambda ctx, w: logs.set_passive(ctx, _logg(w))),
    Sub("avslutt", Action.CLOSE, lambda ctx, w: logs.close(ctx, _logg(w), "Tiltakene har virket.")),
    Sub("gjenåpne", Action.REOPEN, lambda ctx, w: logs.reopen(ctx, _logg(w), w.ids["ny_samtykke"])),
    Sub("slett", Action.DELETE, lambda ctx, w: logs.delete_logg(ctx, _logg(w))),
    Sub(
        "overfør",
        Action.TRANSFER,
        lambda ctx, w: transfer.request_transfer(
            ctx,
            _logg(w),
            type=OverforingType.INNEN_ENHET,
            grunn="Stafettholderen går ut i permisjon.",
            oppmerksomheter=[w.ids["o1"]],
            til_ansatt_id=w.p["holder2"].id,
        ),
    ),
    Sub(
        "endre faktordiagrammet",
        Action.EDIT_DIAGRAM,
        lambda ctx, w: diagram.add_faktor(ctx, w.ids["o1"], omrade=FaktorOmrade.STRUKTUR, tekst="Mye uro ved bordet."),
    ),
    Sub("vis i møtemodus", Action.SHOW_MEETING_MODE, _meeting_mode, writes=False),
]
SUB = {s.name: s for s in SUBS}
assert {s.action for s in SUBS} == set(Action), "every permissions.Action has a use case in the matrix"

# ----------------------------------------------------------------------------- the expectation (from domain.md)

_LIFECYCLE = {"gjenåpne", "slett"}
_ACTIVE: dict[str, set[str]] = {
    HOLDER: {s.name for s in SUBS} - _LIFECYCLE,
    AKTOR: {"les loggen", "skriv lysglimt", "rett teksten i aktørens tiltak", "evaluer aktørens tiltak"},
    LESER: {"les loggen"},
    FORESATT: {"les loggen", "skriv lysglimt", "nytt tiltak i hjemmet", "rett teksten i hjemmets tiltak"},
    BARNET: {"les loggen", "skriv lysglimt"},
    LEDER: {"overfør"},
}
_PASSIVE: dict[str, set[str]] = {
    HOLDER: {"les loggen", "gjenåpne", "avslutt"},
    AKTOR: {"les loggen"},
    LESER: {"les loggen"},
    FORESATT: {"les loggen"},
    BARNET: {"les loggen"},
    LEDER: {"slett"},
}
_CLOSED: dict[str, set[str]] = {
    HOLDER: {"les loggen"},
    AKTOR: {"les loggen"},
    FORESATT: {"les loggen"},
    BARNET: {"les loggen"},
}
EXPECTED = {LoggStatus.AKTIV: _ACTIVE, LoggStatus.PASSIV: _PASSIVE, LoggStatus.AVSLUTTET: _CLOSED}


def may(role: str, sub: str, status: LoggStatus) -> bool:
    return sub in EXPECTED[status].get(role, set())


def has_standing(role: str, status: LoggStatus) -> bool:
    """Whether the person is in the log at all (else: «ingen tilgang»)."""
    if role == LESER:
        return status is not LoggStatus.AVSLUTTET
    return role in (HOLDER, AKTOR, FORESATT, BARNET, LEDER)


def check_refusal(role: str, sub: str, status: LoggStatus, exc: DomainError) -> None:
    """A refusal is the right kind, in Norwegian, and names the problem."""
    assert_norwegian(exc.message)
    where = f"{role} / {sub} / {status.value}: {type(exc).__name__}: {exc.message}"
    if not has_standing(role, status):
        assert type(exc) is PermissionDenied and "ikke tilgang" in exc.message, where
    elif any(may(role, sub, other) for other in STATES):
        # Allowed in another state: the refusal names the state, as a rule of the log's life.
        assert type(exc) is RuleViolation and ("passiv" in exc.message or "avsluttet" in exc.message), where
    else:
        assert type(exc) in (PermissionDenied, RuleViolation), where


# ----------------------------------------------------------------------------- the prepared worlds

_PREPARED: dict[LoggStatus, Frozen] = {}
_BUILT: list[Frozen] = []


def _build() -> World:
    """The conftest world plus: a concern with the aktør's, the home's and a removed employee's
    tiltak, a reader with whole-log access, and a consent that allows reading for the colleague."""
    w = base_world()
    logg_id = w.ids["logg"]
    w.ids["o1"] = add_oppmerksomhet(w, "Ella spiser lite ved lunsj i barnehagen.")
    add_tiltak(w, w.ids["o1"], ansvarlig="aktor", tekst="Aktøren sitter ved Ella under lunsjen.")
    add_tiltak(w, w.ids["o1"], arena=Arena.HJEM, ansvarlig=None, tekst="Mor og far spiser frokost med Ella.")
    w.add_ansatt("tidligere", "solsikken", er_aktor=True)
    add_tiltak(w, w.ids["o1"], ansvarlig="tidligere", tekst="Tidligere ansatt lager bildeplan for måltidet.")
    run(w, "leder", lambda ctx: organisation.remove_ansatt(ctx, w.p["tidligere"].id))
    w.ids["lesetilgang"] = created(
        w,
        "holder",
        lambda ctx: access.grant_lesetilgang(ctx, logg_id, w.p["leser"].id, samtykke_id=w.ids["samtykke"]),
    )
    w.ids["lese_samtykke"] = register_consent(w, lesetilgang_for=[w.p["holder2"].id], logg_id=logg_id)
    return w


def prepared(status: LoggStatus) -> World:
    """A fresh copy of the world with the log in ``status`` and a new consent ready for reopening."""
    if status not in _PREPARED:
        if not _BUILT:
            _BUILT.append(freeze(_build()))
        w = thaw(_BUILT[0])
        if status is LoggStatus.PASSIV:
            run(w, "holder", lambda ctx: logs.set_passive(ctx, w.ids["logg"]))
        elif status is LoggStatus.AVSLUTTET:
            run(w, "holder", lambda ctx: logs.close(ctx, w.ids["logg"], "Tiltakene har virket."))
        w.clock.advance(minutes=1)
        w.ids["ny_samtykke"] = register_consent(w, opprette_logg=True, utveksle_opplysninger=True)
        _PREPARED[status] = freeze(w)
    return thaw(_PREPARED[status])


def _audit_reads(w: World) -> int:
    with w.factory() as s:
        return len(s.scalars(select(AuditEntry).where(AuditEntry.action == "les")).all())


def perform(w: World, role: str, sub: Sub) -> DomainError | None:
    """Run ``sub`` as ``role``; return the refusal, or None after checking what a success leaves."""
    before = snapshot(w)
    outbox_before, reads_before = outbox_count(w), _audit_reads(w)
    try:
        with w.as_(PERSON[role]) as ctx:
            sub.run(ctx, w)
    except DomainError as exc:
        assert snapshot(w) == before, f"{role} / {sub.name}: the refused call left rows behind"
        return exc
    if sub.writes:
        assert outbox_count(w) > outbox_before, f"{role} / {sub.name}: no outbox row for the change"
    if sub.action is Action.READ:
        assert _audit_reads(w) == reads_before + 1, "reading the log is written to the audit trail"
    return None


def check_case(role: str, sub: Sub, status: LoggStatus, w: World | None = None) -> str | None:
    """Perform one case; return a description of a disagreement with the expectation, if any."""
    w = w or prepared(status)
    exc = perform(w, role, sub)
    expected = may(role, sub.name, status)
    if expected and exc is not None:
        return f"{role} / {sub.name} / {status.value}: refused, expected allowed ({exc.message})"
    if not expected and exc is None:
        return f"{role} / {sub.name} / {status.value}: allowed, expected refused"
    if exc is not None:
        check_refusal(role, sub.name, status, exc)
    return None


# ----------------------------------------------------------------------------- the tests


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("status", STATES, ids=lambda s: s.value)
def test_matrix_exhaustive(status: LoggStatus, role: str) -> None:
    """Every action for this role and status, each on its own copy of the prepared world."""
    problems = [p for sub in SUBS if (p := check_case(role, sub, status)) is not None]
    assert not problems, "\n".join(problems)


@settings(max_examples=60, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(role=st.sampled_from(ROLES), sub=st.sampled_from(SUBS), status=st.sampled_from(STATES))
def test_matrix_random_cases(role: str, sub: Sub, status: LoggStatus) -> None:
    problem = check_case(role, sub, status)
    assert problem is None, problem


def test_prepared_worlds_are_what_the_matrix_assumes() -> None:
    w = prepared(LoggStatus.AKTIV)
    with w.factory() as s:
        logg = s.get(Stafettlogg, w.ids["logg"])
        assert logg is not None and logg.status is LoggStatus.AKTIV and logg.niva == 1
        rel = {role: permissions.relation(s, w.get(s, PERSON[role]), logg).roles for role in ROLES}
    assert rel[HOLDER] == {permissions.Role.STAFETTHOLDER}
    assert rel[AKTOR] == {permissions.Role.AKTOR}
    assert rel[LESER] == {permissions.Role.LESER}
    assert rel[FORESATT] == {permissions.Role.FORESATT}
    assert rel[BARNET] == {permissions.Role.BARN}
    assert rel[LEDER] == {permissions.Role.LEDER}
    for role in (UTEN_ANSVAR, ANNEN_LEDER, URELATERT, KOLLEGA, FASTLEGE, FJERNET):
        assert rel[role] == frozenset(), role
    assert count(w, "tiltak") == 3
    assert prepared(LoggStatus.PASSIV) is not prepared(LoggStatus.PASSIV)  # always a fresh copy


# ----------------------------------------------------------------------------- random sequences

SEQUENCE_SUBS = [s for s in SUBS if s.repeatable]


def _status_after(w: World) -> LoggStatus | None:
    with w.factory() as s:
        logg = s.get(Stafettlogg, w.ids["logg"])
        return None if logg is None else logg.status


@settings(max_examples=25, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    start=st.sampled_from(STATES),
    steps=st.lists(st.tuples(st.sampled_from(ROLES), st.sampled_from(SEQUENCE_SUBS)), min_size=1, max_size=20),
)
def test_matrix_holds_along_random_sequences(start: LoggStatus, steps: list[tuple[str, Sub]]) -> None:
    """One world, many actions in a row: the expectation follows the log's status as it changes
    (set passive, reopen with new consent, close, delete), and nothing else drifts."""
    w = prepared(start)
    status: LoggStatus | None = start
    for role, sub in steps:
        if sub.name == "gjenåpne":  # the guardians sign a new consent first
            w.clock.advance(minutes=1)
            w.ids["ny_samtykke"] = register_consent(w, opprette_logg=True, utveksle_opplysninger=True)
        if status is None:  # deleted: nothing is left to act on
            exc = perform(w, role, sub)
            assert isinstance(exc, NotFound), f"{role} / {sub.name} after delete: {exc!r}"
            assert_norwegian(exc.message)
            continue
        problem = check_case(role, sub, status, w)
        assert problem is None, problem
        if sub.name == "overfør" and may(role, sub.name, status):
            # The receiver declines, so the next transfer is not refused as «venter allerede».
            pending = transfer_id(w)
            run(
                w, "holder2", lambda ctx, pending=pending: transfer.reject_transfer(ctx, pending, "Har ikke kapasitet.")
            )
        status = _status_after(w)
        if status is LoggStatus.AVSLUTTET:
            # Closing ends the read-only access for good.
            assert count(w, "lesetilgang") == 1
            with w.factory() as s:
                assert s.scalar(select(Lesetilgang.opphevet_at)) is not None


def transfer_id(w: World) -> uuid.UUID:
    with w.as_("holder2") as ctx:
        pending = transfer.pending_transfer(ctx, w.ids["logg"])
        assert pending is not None
        return pending.id


def test_a_concern_outside_a_limited_reader_scope_stays_hidden() -> None:
    """The narrowed reader of the sequence test still reads — only the chosen concern."""
    w = prepared(LoggStatus.AKTIV)
    o2 = add_oppmerksomhet(w, "Ella sover godt i hvilen.")
    run(w, "holder", lambda ctx: _toggle_access(ctx, w))
    with w.as_("leser") as ctx:
        seen = [o.id for o in logs.read_logg(ctx, w.ids["logg"]).oppmerksomheter]
    assert seen == [w.ids["o1"]]
    assert o2 not in seen
    with w.factory() as s:
        assert s.get(Oppmerksomhet, o2) is not None
