"""Stafettholder and aktør: who creates logs, one holder per log, who can be linked on which nivå."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from desktop.core import permissions
from desktop.core.entities import Arena, Beslutning, Stafettlogg, Tiltak, TiltakStatus
from desktop.core.errors import PermissionDenied, RuleViolation
from desktop.core.usecases import content, logs, organisation

from .conftest import World
from .test_rules_support import (
    add_oppmerksomhet,
    add_tiltak,
    base_world,
    count,
    load,
    refused,
    register_consent,
    run,
)


@pytest.fixture
def w() -> World:
    return base_world()


def close_ellas_log(w: World) -> uuid.UUID:
    """Close Ella's log and return a fresh consent, so a new log may be created for her."""
    run(w, "holder", lambda ctx: logs.close(ctx, w.ids["logg"], "Ferdig."))
    return register_consent(w, opprette_logg=True, utveksle_opplysninger=True)


def roles(w: World, nick: str) -> frozenset[permissions.Role]:
    with w.factory() as s:
        logg = s.get(Stafettlogg, w.ids["logg"])
        assert logg is not None
        return permissions.relation(s, w.get(s, nick), logg).roles


# ----------------------------------------------------------------------------- who creates a log


def test_an_employee_ticked_both_aktor_and_stafettholder_creates_a_log(w: World) -> None:
    samtykke_id = close_ellas_log(w)
    barn_id = w.p["ella"].id
    changes = run(
        w, "helsesykepleier", lambda ctx: logs.create_stafettlogg(ctx, barn_id=barn_id, samtykke_id=samtykke_id)
    )
    logg = load(w, Stafettlogg, changes.created)
    assert logg.stafettholder_id == w.p["helsesykepleier"].id and logg.enhet_id == w.ids["helsestasjonen"]


@pytest.mark.parametrize(
    ("who", "phrase"),
    [
        ("aktor", "både som aktør og stafettholder"),  # aktør only
        ("leder", "både som aktør og stafettholder"),
        ("leser", "både som aktør og stafettholder"),
        ("fastlege", "både som aktør og stafettholder"),  # external actors are never stafettholder
        ("admin", "både som aktør og stafettholder"),
        ("mor", "Bare ansatte i kommunen"),
        ("ella", "Bare ansatte i kommunen"),
    ],
)
def test_nobody_else_creates_a_log(w: World, who: str, phrase: str) -> None:
    samtykke_id = close_ellas_log(w)
    barn_id = w.p["ella"].id
    refused(
        w,
        who,
        lambda ctx: logs.create_stafettlogg(ctx, barn_id=barn_id, samtykke_id=samtykke_id),
        PermissionDenied,
        phrase,
    )


def test_the_leaders_ticks_decide_who_creates_logs(w: World) -> None:
    samtykke_id = close_ellas_log(w)
    barn_id = w.p["ella"].id

    def create(ctx):  # type: ignore[no-untyped-def]
        return logs.create_stafettlogg(ctx, barn_id=barn_id, samtykke_id=samtykke_id)

    run(w, "leder", lambda ctx: organisation.update_ansatt(ctx, w.p["holder2"].id, er_stafettholder=False))
    refused(w, "holder2", create, PermissionDenied, "både som aktør og stafettholder")
    run(w, "leder", lambda ctx: organisation.update_ansatt(ctx, w.p["aktor"].id, er_stafettholder=True))
    run(w, "aktor", create)


def test_a_removed_employee_creates_no_log(w: World) -> None:
    samtykke_id = close_ellas_log(w)
    run(w, "leder", lambda ctx: organisation.remove_ansatt(ctx, w.p["holder2"].id))
    refused(
        w,
        "holder2",
        lambda ctx: logs.create_stafettlogg(ctx, barn_id=w.p["ella"].id, samtykke_id=samtykke_id),
        PermissionDenied,
        "Bare ansatte i kommunen",
    )


# ----------------------------------------------------------------------------- one stafettholder per log


def test_one_stafettholder_per_log(w: World) -> None:
    assert load(w, Stafettlogg, w.ids["logg"]).stafettholder_id == w.p["holder"].id
    assert permissions.Role.STAFETTHOLDER in roles(w, "holder")
    # A colleague ticked as stafettholder is not a second holder of this log ...
    assert roles(w, "holder2") == frozenset()
    refused(
        w,
        "holder2",
        lambda ctx: content.add_oppmerksomhet(ctx, w.ids["logg"], "Ella sover."),
        PermissionDenied,
        "ikke tilgang",
    )
    # ... and cannot become one by starting a second log for the same child.
    samtykke_id = register_consent(w, opprette_logg=True, utveksle_opplysninger=True)
    refused(
        w,
        "holder2",
        lambda ctx: logs.create_stafettlogg(ctx, barn_id=w.p["ella"].id, samtykke_id=samtykke_id),
        RuleViolation,
        "har allerede en stafettlogg",
    )


# ----------------------------------------------------------------------------- nivå 1: own unit only


@pytest.mark.parametrize("nick", ["aktor", "holder2", "holder"])
def test_on_niva_1_actors_from_the_holders_unit_are_linked(w: World, nick: str) -> None:
    o = add_oppmerksomhet(w)
    tiltak_id = add_tiltak(w, o, ansvarlig=nick)
    assert load(w, Tiltak, tiltak_id).ansvarlig_id == w.p[nick].id
    assert permissions.Role.AKTOR in roles(w, nick)


@pytest.mark.parametrize("nick", ["annen", "helsesykepleier", "fastlege"])
def test_on_niva_1_actors_from_outside_the_unit_are_refused(w: World, nick: str) -> None:
    o = add_oppmerksomhet(w)
    ansvarlig_id = w.p[nick].id
    refused(
        w,
        "holder",
        lambda ctx: content.add_tiltak(
            ctx, o, tekst="Samtale hver uke.", arena=Arena.TJENESTE, ansvarlig_id=ansvarlig_id
        ),
        RuleViolation,
        "nivå 1, så bare aktører fra Solsikken barnehage kan knyttes til den. Hev nivået",
    )


@pytest.mark.parametrize("niva", [2, 3])
@pytest.mark.parametrize("nick", ["annen", "helsesykepleier", "fastlege"])
def test_on_niva_2_and_3_external_actors_are_linked(w: World, niva: int, nick: str) -> None:
    run(w, "holder", lambda ctx: logs.change_niva(ctx, w.ids["logg"], niva))
    o = add_oppmerksomhet(w)
    add_tiltak(w, o, ansvarlig=nick)
    assert permissions.Role.AKTOR in roles(w, nick)
    with w.as_(nick) as ctx:
        logs.read_logg(ctx, w.ids["logg"])


def test_lowering_to_niva_1_waits_until_external_actors_are_done(w: World) -> None:
    logg_id = w.ids["logg"]
    run(w, "holder", lambda ctx: logs.change_niva(ctx, logg_id, 2))
    o = add_oppmerksomhet(w)
    tiltak_id = add_tiltak(w, o, ansvarlig="fastlege", tekst="Fastlegen sjekker vekten hver måned.")
    refused(
        w,
        "holder",
        lambda ctx: logs.change_niva(ctx, logg_id, 1),
        RuleViolation,
        "På nivå 1 kan bare aktører fra egen enhet ha tiltak. Avslutt eller evaluer først tiltakene til: Fastlege",
    )
    run(
        w,
        "holder",
        lambda ctx: content.evaluate_tiltak(ctx, tiltak_id, mal_nadd=True, beslutning=Beslutning.AVSLUTTE),
    )
    run(w, "holder", lambda ctx: logs.change_niva(ctx, logg_id, 1))
    assert load(w, Stafettlogg, logg_id).niva == 1


@pytest.mark.parametrize(
    ("setup", "nick"),
    [(None, "leser"), (None, "leder"), ("remove", "holder2"), ("untick", "aktor")],
    ids=["ikke aktør", "leder", "fjernet", "krysset av"],
)
def test_only_employees_ticked_as_aktor_carry_a_tiltak(w: World, setup: str | None, nick: str) -> None:
    if setup == "remove":
        run(w, "leder", lambda ctx: organisation.remove_ansatt(ctx, w.p[nick].id))
    elif setup == "untick":
        run(w, "leder", lambda ctx: organisation.update_ansatt(ctx, w.p[nick].id, er_aktor=False))
    o = add_oppmerksomhet(w)
    ansvarlig_id = w.p[nick].id
    refused(
        w,
        "holder",
        lambda ctx: content.add_tiltak(ctx, o, tekst="Samtale.", arena=Arena.TJENESTE, ansvarlig_id=ansvarlig_id),
        RuleViolation,
        "er ikke registrert som aktør og kan ikke ha ansvar for tiltak",
    )


def test_a_replacement_actor_also_obeys_the_level(w: World) -> None:
    o = add_oppmerksomhet(w)
    tiltak_id = add_tiltak(w, o, ansvarlig="aktor")
    annen = w.p["annen"].id
    refused(
        w,
        "holder",
        lambda ctx: content.evaluate_tiltak(
            ctx, tiltak_id, mal_nadd=None, beslutning=Beslutning.FEILREGISTRERT, riktig_ansvarlig_id=annen
        ),
        RuleViolation,
        "nivå 1",
    )
    assert load(w, Tiltak, tiltak_id).status is TiltakStatus.AKTIV  # the evaluation was rolled back too
    assert count(w, "evaluering") == 0


def test_an_aktor_is_linked_by_a_tiltak_and_unlinked_when_it_was_wrongly_registered(w: World) -> None:
    logg_id = w.ids["logg"]
    assert roles(w, "aktor") == frozenset()
    refused(w, "aktor", lambda ctx: logs.read_logg(ctx, logg_id), PermissionDenied, "ikke tilgang")
    o = add_oppmerksomhet(w)
    tiltak_id = add_tiltak(w, o, ansvarlig="aktor", fra_dato=dt.date(2026, 3, 2), evalueringsdato=dt.date(2026, 4, 1))
    run(w, "aktor", lambda ctx: logs.read_logg(ctx, logg_id))
    # Evaluated normally, the actor stays linked (the history is theirs too) ...
    run(w, "holder", lambda ctx: content.evaluate_tiltak(ctx, tiltak_id, mal_nadd=True, beslutning=Beslutning.AVSLUTTE))
    assert permissions.Role.AKTOR in roles(w, "aktor")
    # ... but a tiltak registered on the wrong actor never linked them.
    wrong = add_tiltak(w, o, ansvarlig="holder2")
    run(
        w,
        "holder",
        lambda ctx: content.evaluate_tiltak(
            ctx, wrong, mal_nadd=None, beslutning=Beslutning.FEILREGISTRERT, riktig_ansvarlig_id=w.p["aktor"].id
        ),
    )
    assert roles(w, "holder2") == frozenset()
    refused(w, "holder2", lambda ctx: logs.read_logg(ctx, logg_id), PermissionDenied, "ikke tilgang")
