"""The kommuneadministrator's use cases: services and units, leaders, external actors, who is findable."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select

from desktop.core import commands
from desktop.core.context import Changes, Context, PersonRef
from desktop.core.entities import Ansatt, Arena, Enhet, Tiltak, Tjeneste
from desktop.core.errors import DomainError, InvalidInput, NotFound, PermissionDenied, RuleViolation
from desktop.core.queries import actor_candidates
from desktop.core.usecases import content, kommune, logs, organisation

from .conftest import World
from .test_rules_support import (
    add_oppmerksomhet,
    add_tiltak,
    assert_norwegian,
    base_world,
    created,
    load,
    outbox_rows,
    refused,
    run,
)


@pytest.fixture
def w() -> World:
    return base_world()


def bad_checksum(w: World) -> str:
    good = w.fnr(dt.date(1985, 3, 3))
    return good[:10] + str((int(good[10]) + 1) % 10)


def new_leder(w: World, enhet: str = "helsestasjonen", **kwargs: Any) -> uuid.UUID:
    kwargs.setdefault("fodselsnummer_", w.fnr(dt.date(1979, 8, 8)))
    args = {"enhet_id": w.ids[enhet], "fornavn": "Lene", "etternavn": "Leder", **kwargs}
    return created(w, "admin", lambda ctx: kommune.add_leder(ctx, **args))


def new_gp(w: World, **kwargs: Any) -> uuid.UUID:
    args = {
        "fornavn": "Gunnar",
        "etternavn": "Lege",
        "fodselsnummer_": w.fnr(dt.date(1970, 2, 2)),
        "stilling": "Fastlege ved Øvingsvik legesenter",
        "epost": "gunnar@legesenter.example.test",
        **kwargs,
    }
    return created(w, "admin", lambda ctx: kommune.add_ekstern_aktor(ctx, **args))


def second_kommune(w: World) -> PersonRef:
    """Another municipality with its own administrator, in the same database."""
    with w.factory() as s, s.begin():
        _, admin = organisation.bootstrap_kommune(
            s,
            navn="Nabovik",
            nummer="9998",
            admin_fornavn="Nils",
            admin_etternavn="Nabo",
            admin_fodselsnummer=w.fnr(dt.date(1968, 6, 6)),
            clock=w.clock,
        )
        w.p["naboadmin"] = PersonRef.of(admin)
    return w.p["naboadmin"]


# ----------------------------------------------------------------------------- services and units


def test_the_administrator_adds_a_service_and_a_unit_and_renames_them(w: World) -> None:
    tjeneste_id = created(w, "admin", lambda ctx: kommune.add_tjeneste(ctx, "  Skole "))
    enhet_id = created(w, "admin", lambda ctx: kommune.add_enhet(ctx, "Øvingsvik skole", tjeneste_id))
    assert load(w, Tjeneste, tjeneste_id).navn == "Skole"
    assert (load(w, Enhet, enhet_id).navn, load(w, Enhet, enhet_id).tjeneste_id) == ("Øvingsvik skole", tjeneste_id)

    changes = run(w, "admin", lambda ctx: kommune.rename_enhet(ctx, enhet_id, "Øvingsvik barneskole"))
    assert changes.entities == {("enhet", enhet_id)}
    run(w, "admin", lambda ctx: kommune.rename_tjeneste(ctx, tjeneste_id, "Grunnskole"))
    assert load(w, Enhet, enhet_id).navn == "Øvingsvik barneskole"
    assert load(w, Tjeneste, tjeneste_id).navn == "Grunnskole"
    (update,) = outbox_rows(w, entity="enhet", entity_id=enhet_id, operation="update")
    assert update.old_values == {"navn": "Øvingsvik skole"}


def test_a_renamed_unit_is_renamed_in_its_logs(w: World) -> None:
    run(w, "admin", lambda ctx: kommune.rename_enhet(ctx, w.ids["solsikken"], "Solsikken naturbarnehage"))
    with w.as_("holder") as ctx:
        assert logs.read_logg(ctx, w.ids["logg"], record=False).logg.enhet.navn == "Solsikken naturbarnehage"


@pytest.mark.parametrize(
    ("action", "error", "phrase"),
    [
        (
            lambda ctx, w: kommune.add_tjeneste(ctx, "barnehage"),
            RuleViolation,
            "allerede en tjeneste som heter «Barnehage»",
        ),
        (lambda ctx, w: kommune.add_tjeneste(ctx, "   "), InvalidInput, "Navnet på tjenesten kan ikke være tom"),
        (lambda ctx, w: kommune.add_tjeneste(ctx, "x" * 121), InvalidInput, "for lang"),
        (
            lambda ctx, w: kommune.add_enhet(ctx, "SOLSIKKEN BARNEHAGE", w.ids["helsestasjonen_tjeneste"]),
            RuleViolation,
            "allerede en enhet som heter «Solsikken barnehage»",
        ),
        (lambda ctx, w: kommune.add_enhet(ctx, "Ny", uuid.uuid4()), NotFound, "Tjenesten finnes ikke"),
        (
            lambda ctx, w: kommune.rename_enhet(ctx, w.ids["helsestasjonen"], "Solsikken barnehage"),
            RuleViolation,
            "allerede en enhet",
        ),
        (lambda ctx, w: kommune.rename_enhet(ctx, w.ids["helsestasjonen"], ""), InvalidInput, "Navnet på enheten kan"),
        (lambda ctx, w: kommune.rename_tjeneste(ctx, uuid.uuid4(), "Skole"), NotFound, "Tjenesten finnes ikke"),
    ],
)
def test_names_are_given_unique_and_not_empty(
    w: World, action: Callable[[Context, World], object], error: type[DomainError], phrase: str
) -> None:
    with w.factory() as s:
        hs = s.get(Enhet, w.ids["helsestasjonen"])
        assert hs is not None
        w.ids["helsestasjonen_tjeneste"] = hs.tjeneste_id
    refused(w, "admin", lambda ctx: action(ctx, w), error, phrase)


def test_a_unit_keeps_its_own_name_when_renamed_to_the_same(w: World) -> None:
    run(w, "admin", lambda ctx: kommune.rename_enhet(ctx, w.ids["solsikken"], "Solsikken Barnehage"))
    assert load(w, Enhet, w.ids["solsikken"]).navn == "Solsikken Barnehage"


# ----------------------------------------------------------------------------- only the administrator, own kommune


def _all_actions(w: World) -> dict[str, Callable[[Context], object]]:
    """Every use case of the module, with arguments that would pass for the administrator."""
    solsikken, leder, fastlege, aktor = w.ids["solsikken"], w.p["leder"].id, w.p["fastlege"].id, w.p["aktor"].id
    with w.factory() as s:
        enhet = s.get(Enhet, solsikken)
        assert enhet is not None
        barnehage = enhet.tjeneste_id
    fnr = w.fnr(dt.date(1981, 1, 1))
    return {
        "add_tjeneste": lambda ctx: kommune.add_tjeneste(ctx, "Skole"),
        "add_enhet": lambda ctx: kommune.add_enhet(ctx, "Ny barnehage", barnehage),
        "rename_tjeneste": lambda ctx: kommune.rename_tjeneste(ctx, barnehage, "Barnehager"),
        "rename_enhet": lambda ctx: kommune.rename_enhet(ctx, solsikken, "Nytt navn"),
        "add_leder": lambda ctx: kommune.add_leder(
            ctx, enhet_id=solsikken, fornavn="A", etternavn="B", fodselsnummer_=fnr
        ),
        "make_leder": lambda ctx: kommune.make_leder(ctx, aktor),
        "remove_leder": lambda ctx: kommune.remove_leder(ctx, leder),
        "add_ekstern_aktor": lambda ctx: kommune.add_ekstern_aktor(
            ctx, fornavn="A", etternavn="B", fodselsnummer_=fnr, stilling="Fastlege"
        ),
        "update_ekstern_aktor": lambda ctx: kommune.update_ekstern_aktor(
            ctx, fastlege, fornavn="A", etternavn="B", stilling="Fastlege", epost="", telefon=""
        ),
        "remove_ekstern_aktor": lambda ctx: kommune.remove_ekstern_aktor(ctx, fastlege),
        "oversikt": lambda ctx: kommune.oversikt(ctx),
        "findable": lambda ctx: kommune.findable(ctx, solsikken),
    }


ACTIONS = [
    "add_tjeneste",
    "add_enhet",
    "rename_tjeneste",
    "rename_enhet",
    "add_leder",
    "make_leder",
    "remove_leder",
    "add_ekstern_aktor",
    "update_ekstern_aktor",
    "remove_ekstern_aktor",
    "oversikt",
    "findable",
]
# Those that name a record of the kommune (the others act in the administrator's own kommune).
NAMING_A_RECORD = [a for a in ACTIONS if a not in ("add_tjeneste", "add_ekstern_aktor", "oversikt")]


def test_every_command_is_listed() -> None:
    assert sorted(ACTIONS) == sorted(
        [name.split(".", 1)[1] for name in commands.REGISTRY if name.startswith("kommune.")] + ["oversikt", "findable"]
    )


@pytest.mark.parametrize("who", ["leder", "holder", "fastlege", "mor"])
@pytest.mark.parametrize("action", ACTIONS)
def test_only_the_administrator(w: World, who: str, action: str) -> None:
    refused(w, who, _all_actions(w)[action], PermissionDenied, "Bare kommuneadministratoren|Bare ansatte i kommunen")


@pytest.mark.parametrize("action", NAMING_A_RECORD)
def test_only_in_her_own_kommune(w: World, action: str) -> None:
    second_kommune(w)
    refused(w, "naboadmin", _all_actions(w)[action], PermissionDenied, "hører til en annen kommune")


@pytest.mark.parametrize("action", ACTIONS)
def test_the_administrator_may(w: World, action: str) -> None:
    run(w, "admin", _all_actions(w)[action])


def test_the_other_kommunes_overview_shows_none_of_ours(w: World) -> None:
    second_kommune(w)
    seen = run(w, "naboadmin", kommune.oversikt)
    assert (seen.kommune, seen.tjenester, seen.enheter, seen.eksterne) == ("Nabovik", (), (), ())
    assert seen.ansatte == ()


# ----------------------------------------------------------------------------- leaders


def test_a_new_leader_by_fodselsnummer(w: World) -> None:
    lene_id = new_leder(w, stilling="Virksomhetsleder", epost="lene@example.test", er_aktor=True)
    lene = load(w, Ansatt, lene_id)
    assert (lene.enhet_id, lene.er_leder, lene.er_aktor, lene.er_ekstern) == (
        w.ids["helsestasjonen"],
        True,
        True,
        False,
    )
    view = run(w, "admin", kommune.oversikt)
    hs = next(e for e in view.enheter if e.id == w.ids["helsestasjonen"])
    assert hs.ledere == ("Hsleder Testesen", "Lene Leder")  # a unit may have more than one leader


def test_a_leader_without_e_mail_is_warned_about(w: World) -> None:
    changes = run(
        w,
        "admin",
        lambda ctx: kommune.add_leder(
            ctx, enhet_id=w.ids["solsikken"], fornavn="Per", etternavn="Post", fodselsnummer_=w.fnr(dt.date(1977, 7, 7))
        ),
    )
    assert changes.warnings == ["Per Post har ingen e-postadresse og får ikke varsler om overføringer."]


def test_a_wrong_fodselsnummer_is_refused_with_the_checksum_message(w: World) -> None:
    refused(
        w,
        "admin",
        lambda ctx: kommune.add_leder(
            ctx, enhet_id=w.ids["solsikken"], fornavn="Lene", etternavn="Leder", fodselsnummer_=bad_checksum(w)
        ),
        InvalidInput,
        "Kontrollsifrene stemmer ikke",
    )


def test_an_employee_of_the_unit_is_made_leader_rather_than_added_twice(w: World) -> None:
    with w.factory() as s:
        aktor = w.get(s, "aktor")
        assert isinstance(aktor, Ansatt)
        fnr = aktor.fodselsnummer
    refused(
        w,
        "admin",
        lambda ctx: kommune.add_leder(
            ctx, enhet_id=w.ids["solsikken"], fornavn="Aktor", etternavn="Testesen", fodselsnummer_=fnr
        ),
        RuleViolation,
        "allerede ansatt i Solsikken barnehage. Velg «Gjør en ansatt til leder»",
    )
    run(w, "admin", lambda ctx: kommune.make_leder(ctx, w.p["aktor"].id))
    assert load(w, Ansatt, w.p["aktor"].id).er_leder
    refused(w, "admin", lambda ctx: kommune.make_leder(ctx, w.p["aktor"].id), RuleViolation, "allerede leder")


@pytest.mark.parametrize(
    ("nick", "phrase"),
    [
        ("hsleder", "Hsleder Testesen er ansatt i Øvingsvik helsestasjon. En ansatt hører til én enhet"),
        ("fastlege", "Fastlege Testesen er registrert som ekstern aktør og kan ikke også lede en enhet"),
        ("admin", "Ada Admin er registrert som kommuneadministrator"),
    ],
)
def test_a_new_leader_is_not_someone_registered_elsewhere(w: World, nick: str, phrase: str) -> None:
    with w.factory() as s:
        person = w.get(s, nick)
        assert isinstance(person, Ansatt)
        fnr = person.fodselsnummer
    refused(
        w,
        "admin",
        lambda ctx: kommune.add_leder(
            ctx, enhet_id=w.ids["solsikken"], fornavn="Ny", etternavn="Leder", fodselsnummer_=fnr
        ),
        RuleViolation,
        phrase,
    )


def test_an_external_actor_cannot_lead_a_unit(w: World) -> None:
    refused(
        w, "admin", lambda ctx: kommune.make_leder(ctx, w.p["fastlege"].id), RuleViolation, "hører ikke til en enhet"
    )


def test_removing_the_leader_role_keeps_the_employee_and_warns_when_none_is_left(w: World) -> None:
    leder = w.p["leder"].id
    changes = run(w, "admin", lambda ctx: kommune.remove_leder(ctx, leder))
    removed = load(w, Ansatt, leder)
    assert (removed.er_leder, removed.fjernet_at, removed.enhet_id) == (False, None, w.ids["solsikken"])
    (warning,) = changes.warnings
    assert warning.startswith("Solsikken barnehage har ingen leder nå.")
    assert_norwegian(warning)
    refused(w, "admin", lambda ctx: kommune.remove_leder(ctx, leder), RuleViolation, "er ikke leder")


def test_no_warning_while_another_leader_remains(w: World) -> None:
    new_leder(w, "solsikken", epost="lene@example.test")
    changes = run(w, "admin", lambda ctx: kommune.remove_leder(ctx, w.p["leder"].id))
    assert changes.warnings == []


def test_a_removed_employee_cannot_be_made_leader(w: World) -> None:
    run(w, "leder", lambda ctx: organisation.remove_ansatt(ctx, w.p["aktor"].id))
    refused(w, "admin", lambda ctx: kommune.make_leder(ctx, w.p["aktor"].id), RuleViolation, "er fjernet")


# ----------------------------------------------------------------------------- external actors


def test_an_external_gp_has_no_unit_and_is_an_actor(w: World) -> None:
    gp_id = new_gp(w, telefon="12 34 56 78")
    gp = load(w, Ansatt, gp_id)
    assert (gp.enhet_id, gp.er_ekstern, gp.er_aktor, gp.er_stafettholder, gp.er_leder) == (
        None,
        True,
        True,
        False,
        False,
    )
    assert gp.stilling == "Fastlege ved Øvingsvik legesenter"
    assert [p.navn for p in run(w, "admin", kommune.oversikt).eksterne] == ["Fastlege Testesen", "Gunnar Lege"]


@pytest.mark.parametrize(
    ("kwargs", "error", "phrase"),
    [
        ({"stilling": " "}, InvalidInput, "Stillingen .* kan ikke være tom"),
        ({"epost": "gunnar.legesenter"}, InvalidInput, "ser ikke ut som en e-postadresse"),
        ({"fodselsnummer_": "123"}, InvalidInput, "11 siffer"),
        ({"fornavn": ""}, InvalidInput, "Fornavnet kan ikke være tom"),
    ],
)
def test_an_external_actor_is_validated(
    w: World, kwargs: dict[str, str], error: type[DomainError], phrase: str
) -> None:
    args = {
        "fornavn": "Gunnar",
        "etternavn": "Lege",
        "fodselsnummer_": w.fnr(dt.date(1970, 2, 2)),
        "stilling": "Fastlege",
        **kwargs,
    }
    refused(w, "admin", lambda ctx: kommune.add_ekstern_aktor(ctx, **args), error, phrase)


def test_the_same_person_is_registered_once(w: World) -> None:
    with w.factory() as s:
        fastlege = w.get(s, "fastlege")
        assert isinstance(fastlege, Ansatt)
        fnr = fastlege.fodselsnummer
    refused(
        w,
        "admin",
        lambda ctx: kommune.add_ekstern_aktor(
            ctx, fornavn="To", etternavn="Ganger", fodselsnummer_=fnr, stilling="Fastlege"
        ),
        RuleViolation,
        "allerede registrert",
    )


def test_an_external_actor_is_corrected(w: World) -> None:
    gp_id = new_gp(w)
    changes = run(
        w,
        "admin",
        lambda ctx: kommune.update_ekstern_aktor(
            ctx,
            gp_id,
            fornavn="Gunnar",
            etternavn="Legesen",
            stilling="Fastlege ved Nordby legekontor",
            epost="",
            telefon="98 76 54 32",
        ),
    )
    gp = load(w, Ansatt, gp_id)
    assert (gp.etternavn, gp.stilling, gp.epost, gp.telefon) == (
        "Legesen",
        "Fastlege ved Nordby legekontor",
        "",
        "98 76 54 32",
    )
    assert changes.warnings == ["Gunnar Legesen har ingen e-postadresse og får ikke varsler om tiltak."]


def test_a_unit_employee_is_not_edited_as_an_external_actor(w: World) -> None:
    refused(
        w,
        "admin",
        lambda ctx: kommune.update_ekstern_aktor(
            ctx, w.p["aktor"].id, fornavn="A", etternavn="B", stilling="C", epost="", telefon=""
        ),
        RuleViolation,
        "ansatt i en enhet",
    )
    refused(w, "admin", lambda ctx: kommune.remove_ekstern_aktor(ctx, w.p["aktor"].id), RuleViolation, "ansatt i en")


def test_removing_an_external_actor_keeps_their_tiltak_and_warns_the_holder(w: World) -> None:
    run(w, "holder", lambda ctx: logs.change_niva(ctx, w.ids["logg"], 2))
    oppmerksomhet = add_oppmerksomhet(w)
    tiltak = add_tiltak(w, oppmerksomhet, ansvarlig="fastlege", tekst="Fastlegen undersøker Ella.")
    changes: Changes = run(w, "admin", lambda ctx: kommune.remove_ekstern_aktor(ctx, w.p["fastlege"].id))
    (warning,) = changes.warnings
    assert warning == (
        "Fastlege Testesen har ansvar for 1 tiltak som ikke er evaluert, i 1 logg. Be stafettholderen "
        "(Holder Testesen) evaluere tiltakene, eller registrere dem som feilregistrert med en ny ansvarlig."
    )
    assert "Ella" not in warning  # the administrator is not in the log
    assert load(w, Ansatt, w.p["fastlege"].id).fjernet_at == w.clock.now
    assert load(w, Tiltak, tiltak).ansvarlig_id == w.p["fastlege"].id
    assert w.p["fastlege"].id not in {a.id for a in run(w, "admin", kommune.oversikt).eksterne}
    finnbare = run(w, "admin", lambda ctx: kommune.findable(ctx, w.ids["solsikken"]))
    assert "Fastlege Testesen" not in {k.navn for k in finnbare.niva_2_3}
    refused(w, "admin", lambda ctx: kommune.remove_ekstern_aktor(ctx, w.p["fastlege"].id), RuleViolation, "fjernet")


def test_removing_an_external_actor_without_tiltak_gives_no_warning(w: World) -> None:
    gp_id = new_gp(w)
    assert run(w, "admin", lambda ctx: kommune.remove_ekstern_aktor(ctx, gp_id)).warnings == []


def test_a_removed_external_actor_can_be_added_again(w: World) -> None:
    fnr = w.fnr(dt.date(1970, 2, 2))
    gp_id = new_gp(w, fodselsnummer_=fnr)
    run(w, "admin", lambda ctx: kommune.remove_ekstern_aktor(ctx, gp_id))
    assert new_gp(w, fodselsnummer_=fnr, etternavn="Tilbake") == gp_id
    assert load(w, Ansatt, gp_id).fjernet_at is None


# ----------------------------------------------------------------------------- who is findable at which level


def test_nivaa_1_finds_only_the_unit_and_nivaa_2_also_external_actors(w: World) -> None:
    finnbare = run(w, "admin", lambda ctx: kommune.findable(ctx, w.ids["solsikken"]))
    assert finnbare.enhet == "Solsikken barnehage"
    assert [k.navn for k in finnbare.niva_1] == ["Aktor Testesen", "Holder Testesen", "Holder2 Testesen"]
    assert [(k.navn, k.ekstern) for k in finnbare.niva_2_3] == [
        ("Aktor Testesen", False),
        ("Annen Testesen", False),
        ("Fastlege Testesen", True),
        ("Helsesykepleier Testesen", False),
        ("Holder Testesen", False),
        ("Holder2 Testesen", False),
    ]


@pytest.mark.parametrize("niva", [1, 2, 3])
def test_findable_is_what_the_logs_actor_picker_offers(w: World, niva: int) -> None:
    if niva > 1:
        run(w, "holder", lambda ctx: logs.change_niva(ctx, w.ids["logg"], niva))
    with w.as_("holder") as ctx:
        picker = actor_candidates(ctx, w.ids["logg"])
    finnbare = run(w, "admin", lambda ctx: kommune.findable(ctx, w.ids["solsikken"]))
    assert picker == list(finnbare.niva_1 if niva == 1 else finnbare.niva_2_3)


def test_a_gp_added_by_the_administrator_can_be_linked_at_nivaa_2_not_1(w: World) -> None:
    gp_id = new_gp(w)
    oppmerksomhet = add_oppmerksomhet(w)
    with pytest.raises(RuleViolation, match="nivå 1"), w.as_("holder") as ctx:
        content.add_tiltak(ctx, oppmerksomhet, tekst="Legen ser på Ella.", arena=Arena.TJENESTE, ansvarlig_id=gp_id)
    run(w, "holder", lambda ctx: logs.change_niva(ctx, w.ids["logg"], 2))
    w.p["gunnar"] = PersonRef(w.p["fastlege"].kind, gp_id)
    add_tiltak(w, oppmerksomhet, ansvarlig="gunnar", tekst="Legen ser på Ella.")


@pytest.mark.parametrize("niva", [1, 2])
def test_findable_is_exactly_whom_add_tiltak_accepts(w: World, niva: int) -> None:
    """The tab's lists and the rule that guards every tiltak agree, person by person."""
    if niva > 1:
        run(w, "holder", lambda ctx: logs.change_niva(ctx, w.ids["logg"], niva))
    oppmerksomhet = add_oppmerksomhet(w)
    with w.factory() as s:
        everyone = [(a.id, a.navn) for a in s.scalars(select(Ansatt).where(Ansatt.er_aktor.is_(True)))]
    accepted = set()
    for ansatt_id, navn in everyone:
        try:
            with w.as_("holder") as ctx:
                content.add_tiltak(
                    ctx, oppmerksomhet, tekst=f"{navn} gjør noe.", arena=Arena.TJENESTE, ansvarlig_id=ansatt_id
                )
            accepted.add(ansatt_id)
        except RuleViolation:
            pass
    finnbare = run(w, "admin", lambda ctx: kommune.findable(ctx, w.ids["solsikken"]))
    assert accepted == {k.id for k in (finnbare.niva_1 if niva == 1 else finnbare.niva_2_3)}


# ----------------------------------------------------------------------------- the server re-runs them


def test_each_change_is_a_recorded_command_the_server_can_re_run(w: World) -> None:
    with w.as_("admin") as ctx:
        kommune.rename_enhet(ctx, w.ids["solsikken"], "Solsikken naturbarnehage")
        recorded = list(ctx.commands)
    assert recorded == [
        {
            "name": "kommune.rename_enhet",
            "args": {"enhet_id": str(w.ids["solsikken"]), "navn": "Solsikken naturbarnehage"},
        }
    ]
    fresh = base_world()
    with fresh.as_("admin") as ctx:
        commands.run(ctx, recorded[0]["name"], recorded[0]["args"])
    assert load(fresh, Enhet, fresh.ids["solsikken"]).navn == "Solsikken naturbarnehage"


def test_the_leader_s_inner_add_ansatt_is_not_recorded_twice(w: World) -> None:
    fnr = w.fnr(dt.date(1979, 8, 8))
    with w.as_("admin") as ctx:
        kommune.add_leder(ctx, enhet_id=w.ids["solsikken"], fornavn="Lene", etternavn="Leder", fodselsnummer_=fnr)
        names = [c["name"] for c in ctx.commands]
    assert names == ["kommune.add_leder"]
