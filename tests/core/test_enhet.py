"""The unit leader's lists: employees and their logs — headers only — and the leader's use cases."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import text

from desktop.core import enhet, overview
from desktop.core.entities import Ansatt, Arena, LoggStatus, OverforingType
from desktop.core.errors import PermissionDenied, RuleViolation
from desktop.core.usecases import logs, organisation, transfer

from .conftest import World
from .test_overview import build, new_log
from .test_rules_support import add_oppmerksomhet, add_tiltak, base_world, load, refused, run


@pytest.fixture
def w() -> World:
    return base_world()


def employees(w: World, who: str = "leder") -> dict[str, enhet.AnsattRad]:
    rows: list[enhet.AnsattRad] = run(w, who, enhet.unit_employees)
    return {r.navn: r for r in rows}


def logs_of(w: World, nick: str, who: str = "leder") -> list[enhet.AnsattLogg]:
    rows: list[enhet.AnsattLogg] = run(w, who, lambda ctx: enhet.employee_logs(ctx, w.p[nick].id))
    return rows


# ----------------------------------------------------------------------------- the employees


def test_the_leader_lists_the_units_employees_with_their_logs_counted(w: World) -> None:
    oppmerksomhet = add_oppmerksomhet(w)
    add_tiltak(w, oppmerksomhet, ansvarlig="aktor")
    people = employees(w)
    assert list(people) == [
        "Aktor Testesen",
        "Holder Testesen",
        "Holder2 Testesen",
        "Leder Testesen",
        "Leser Testesen",
    ]
    aktor, holder, leder = people["Aktor Testesen"], people["Holder Testesen"], people["Leder Testesen"]
    assert (aktor.er_aktor, aktor.er_stafettholder, aktor.som_stafettholder, aktor.som_aktor) == (True, False, 0, 1)
    assert (holder.er_aktor, holder.er_stafettholder, holder.som_stafettholder, holder.som_aktor) == (True, True, 1, 0)
    assert leder.er_leder and not leder.fjernet and holder.epost == "holder@example.test"


def test_a_removed_holder_stays_listed_until_the_logs_have_a_new_holder(w: World) -> None:
    oppmerksomhet = add_oppmerksomhet(w)
    run(w, "leder", lambda ctx: organisation.remove_ansatt(ctx, w.p["holder"].id))
    run(w, "leder", lambda ctx: organisation.remove_ansatt(ctx, w.p["aktor"].id))
    people = employees(w)
    assert "Aktor Testesen" not in people  # nothing left to hand over
    gone = people["Holder Testesen"]
    assert gone.fjernet and gone.som_stafettholder == 1
    (row,) = logs_of(w, "holder")
    assert row.kan_overfores and row.stafettholder_navn == "Holder Testesen"
    overforing = run(
        w,
        "leder",
        lambda ctx: transfer.request_transfer(
            ctx,
            row.id,
            type=OverforingType.INNEN_ENHET,
            grunn="Holder har sluttet.",
            oppmerksomheter=[oppmerksomhet],
            til_ansatt_id=w.p["holder2"].id,
        ),
    ).created
    (row,) = logs_of(w, "holder")
    assert row.overforing is not None and row.overforing.til == "Holder2 Testesen" and not row.kan_overfores
    run(w, "holder2", lambda ctx: transfer.accept_transfer(ctx, overforing))
    assert "Holder Testesen" not in employees(w)
    assert employees(w)["Holder2 Testesen"].som_stafettholder == 1


def test_an_employees_logs_say_role_status_level_and_what_the_leader_may_do(w: World) -> None:
    oppmerksomhet = add_oppmerksomhet(w)
    add_tiltak(w, oppmerksomhet, ansvarlig="holder2")
    w.clock.advance(days=3)
    add_tiltak(w, oppmerksomhet, arena=Arena.HJEM, ansvarlig=None, tekst="Foreldrene spiser sammen med Ella.")
    sara = new_log(w, "holder2", "Sara")
    run(w, "holder2", lambda ctx: logs.set_passive(ctx, sara))

    rows = {r.barn: r for r in logs_of(w, "holder2")}
    ella, passive = rows["Ella Fjellstad"], rows["Sara Prøvesen"]
    assert (ella.stafettholder, ella.aktor, ella.status, ella.niva) == (False, True, LoggStatus.AKTIV, 1)
    assert ella.sist_aktiv == w.clock.now  # the home tiltak, three days after the rest
    assert ella.kan_overfores and not ella.kan_slettes and ella.overforing is None
    assert (passive.stafettholder, passive.status, passive.kan_overfores, passive.kan_slettes) == (
        True,
        LoggStatus.PASSIV,
        False,
        True,
    )
    assert logs_of(w, "leser") == []


@pytest.mark.parametrize("who", ["holder", "aktor", "admin", "mor"])
def test_only_a_unit_leader_gets_the_lists(w: World, who: str) -> None:
    refused(w, who, enhet.unit_employees, PermissionDenied, "Bare lederen for en enhet|Bare ansatte")
    refused(
        w,
        who,
        lambda ctx: enhet.employee_logs(ctx, w.p["holder"].id),
        PermissionDenied,
        "Bare lederen for en enhet|Bare ansatte",
    )


def test_another_units_leader_sees_only_their_own_unit(w: World) -> None:
    assert list(employees(w, "hsleder")) == ["Annen Testesen", "Helsesykepleier Testesen", "Hsleder Testesen"]
    assert logs_of(w, "holder", who="hsleder") == []  # Ella's log is Solsikken's


# ----------------------------------------------------------------------------- a leader's PC: headers only


HEADER_ONLY = [
    # What the sync leaves of a log on a leader's PC: ids, dates, status, level, who — no text.
    "UPDATE stafettlogg SET bekymring = '', kjennetegn = '', opprettholdende = '', barnets_stemme = '', "
    "avslutningsgrunn = ''",
    "UPDATE oppmerksomhet SET tekst = '', kjennetegn_maloppnaelse = ''",
    "UPDATE tiltak SET tekst = ''",
    "UPDATE evaluering SET familiens_vurdering = '', kommentar = ''",
    "UPDATE lysglimt SET tekst = ''",
    "UPDATE notat SET tekst = ''",
    "UPDATE mote SET sted = '', dagsorden = '', referat = ''",
    "UPDATE samtykke SET trukket_grunn = ''",
    "UPDATE overforing SET grunn = '', svar_grunn = ''",
    "DELETE FROM faktor_kobling",
    "DELETE FROM faktor",
    "DELETE FROM mal",
    "DELETE FROM foresatt",
]


def test_lists_and_counts_are_the_same_on_a_header_only_copy() -> None:
    w = build()

    def everything(who: str) -> Any:
        def work(ctx: Any) -> Any:
            staff = enhet.unit_employees(ctx)
            return (
                staff,
                {a.id: enhet.employee_logs(ctx, a.id) for a in staff},
                overview.leader_overview(ctx, weeks=8, today=ctx.today()),
            )

        return run(w, who, work)

    full = {who: everything(who) for who in ("leder", "hsleder")}
    with w.factory() as s, s.begin():
        for statement in HEADER_ONLY:
            s.execute(text(statement))
    assert {who: everything(who) for who in ("leder", "hsleder")} == full
    assert sum(len(rows) for rows in full["leder"][1].values()) >= 5


# ----------------------------------------------------------------------------- the leader's use cases


def test_a_leader_corrects_names_but_not_those_of_a_removed_employee(w: World) -> None:
    run(w, "leder", lambda ctx: organisation.update_ansatt(ctx, w.p["aktor"].id, fornavn="Åse", etternavn="Aktør"))
    assert load(w, Ansatt, w.p["aktor"].id).navn == "Åse Aktør"
    run(w, "leder", lambda ctx: organisation.remove_ansatt(ctx, w.p["aktor"].id))
    refused(
        w,
        "leder",
        lambda ctx: organisation.update_ansatt(ctx, w.p["aktor"].id, er_stafettholder=True),
        RuleViolation,
        "Åse Aktør er fjernet fra enheten",
    )
    refused(w, "leder", lambda ctx: organisation.remove_ansatt(ctx, w.p["aktor"].id), RuleViolation, "allerede fjernet")


def test_a_leader_cannot_remove_themselves(w: World) -> None:
    refused(w, "leder", lambda ctx: organisation.remove_ansatt(ctx, w.p["leder"].id), RuleViolation, "deg selv")


def test_removing_an_actor_warns_about_their_open_tiltak(w: World) -> None:
    oppmerksomhet = add_oppmerksomhet(w)
    add_tiltak(w, oppmerksomhet, ansvarlig="aktor", evalueringsdato=dt.date(2026, 4, 1))
    warnings = run(w, "leder", lambda ctx: organisation.remove_ansatt(ctx, w.p["aktor"].id))
    assert warnings == [
        "Aktor Testesen har ansvar for 1 åpne tiltak. Stafettholderne for loggene må evaluere dem eller gi dem "
        "en ny ansvarlig."
    ]
