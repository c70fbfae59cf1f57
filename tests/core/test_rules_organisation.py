"""The organisation: the administrator, unit leaders and their employees."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy.orm import sessionmaker

from desktop.core.entities import Ansatt
from desktop.core.errors import InvalidInput, PermissionDenied, RuleViolation
from desktop.core.usecases import organisation

from .conftest import World, memory_engine
from .test_rules_support import base_world, load, outbox_rows, refused, run


@pytest.fixture
def w() -> World:
    return base_world()


def new_ansatt(w: World, who: str, enhet: str | None = "solsikken", **kwargs: Any) -> Ansatt:
    kwargs.setdefault("fodselsnummer_", w.fnr(dt.date(1990, 4, 4)))
    kwargs.setdefault("fornavn", "Nora")
    kwargs.setdefault("etternavn", "Nyansatt")
    enhet_id = w.ids[enhet] if enhet else None
    ansatt: Ansatt = run(w, who, lambda ctx: organisation.add_ansatt(ctx, enhet_id=enhet_id, **kwargs))
    return ansatt


# ----------------------------------------------------------------------------- leaders keep their unit's list


def test_a_leader_adds_own_employees_and_ticks_aktor_and_stafettholder(w: World) -> None:
    nora = new_ansatt(w, "leder", er_aktor=True, er_stafettholder=True, epost="nora@example.test")
    assert (nora.enhet_id, nora.er_aktor, nora.er_stafettholder, nora.er_leder) == (
        w.ids["solsikken"],
        True,
        True,
        False,
    )
    assert [r.operation for r in outbox_rows(w, entity="ansatt", entity_id=nora.id)] == ["insert"]
    run(w, "leder", lambda ctx: organisation.update_ansatt(ctx, nora.id, er_stafettholder=False, telefon="99 99 99 99"))
    assert not load(w, Ansatt, nora.id).er_stafettholder
    (update,) = outbox_rows(w, entity="ansatt", entity_id=nora.id, operation="update")
    assert update.old_values == {"er_stafettholder": True, "telefon": ""}


@pytest.mark.parametrize(
    ("fnr", "phrase"),
    [
        ("", "Fødselsnummeret mangler"),
        ("1234567890", "må ha 11 siffer"),
        ("12345678901", "Kontrollsifrene stemmer ikke|fødselsnummer"),
        ("1234567890x", "bare inneholde siffer"),
    ],
)
def test_employees_are_identified_by_a_valid_fodselsnummer(w: World, fnr: str, phrase: str) -> None:
    refused(
        w,
        "leder",
        lambda ctx: organisation.add_ansatt(
            ctx, enhet_id=w.ids["solsikken"], fornavn="Nora", etternavn="Nyansatt", fodselsnummer_=fnr
        ),
        InvalidInput,
        phrase,
    )


def test_an_employee_is_registered_once(w: World) -> None:
    fnr = w.fnr(dt.date(1990, 4, 4))
    new_ansatt(w, "leder", fodselsnummer_=fnr)
    refused(
        w,
        "leder",
        lambda ctx: organisation.add_ansatt(
            ctx, enhet_id=w.ids["solsikken"], fornavn="Nora", etternavn="Igjen", fodselsnummer_=fnr
        ),
        RuleViolation,
        "Nora Nyansatt er allerede registrert med dette fødselsnummeret",
    )


@pytest.mark.parametrize(
    ("who", "enhet", "flags", "phrase"),
    [
        ("leder", "helsestasjonen", {}, "Bare lederen for enheten kan legge inn ansatte der"),
        ("leder", None, {}, "Bare kommuneadministratoren kan legge inn ledere og eksterne aktører"),
        ("leder", "solsikken", {"er_leder": True}, "Bare kommuneadministratoren"),
        ("leder", "solsikken", {"er_kommuneadmin": True}, "Bare kommuneadministratoren"),
        ("holder", "solsikken", {}, "Bare lederen for enheten"),
        ("hsleder", "solsikken", {}, "Bare lederen for enheten"),
        ("mor", "solsikken", {}, "Bare ansatte i kommunen"),
    ],
)
def test_only_the_units_leader_adds_its_employees(
    w: World, who: str, enhet: str | None, flags: dict[str, bool], phrase: str
) -> None:
    enhet_id = w.ids[enhet] if enhet else None
    fnr = w.fnr(dt.date(1990, 4, 4))
    refused(
        w,
        who,
        lambda ctx: organisation.add_ansatt(
            ctx, enhet_id=enhet_id, fornavn="Nora", etternavn="Nyansatt", fodselsnummer_=fnr, **flags
        ),
        PermissionDenied,
        phrase,
    )


@pytest.mark.parametrize("who", ["hsleder", "holder", "aktor"])
def test_only_the_units_leader_changes_and_removes_its_employees(w: World, who: str) -> None:
    aktor = w.p["aktor"].id
    refused(
        w,
        who,
        lambda ctx: organisation.update_ansatt(ctx, aktor, er_stafettholder=True),
        PermissionDenied,
        "Bare lederen for enheten kan endre de ansatte der",
    )
    refused(w, who, lambda ctx: organisation.remove_ansatt(ctx, aktor), PermissionDenied, "Bare lederen for enheten")


def test_removing_an_employee_keeps_the_name_and_warns_about_held_logs(w: World) -> None:
    warnings = run(w, "leder", lambda ctx: organisation.remove_ansatt(ctx, w.p["holder"].id))
    assert warnings == [
        "Holder Testesen er stafettholder for 1 logg(er). Overfør dem til en ny stafettholder under «Brukere»."
    ]
    gone = load(w, Ansatt, w.p["holder"].id)
    assert gone.fjernet_at == w.clock.now and gone.navn == "Holder Testesen"
    assert run(w, "leder", lambda ctx: organisation.remove_ansatt(ctx, w.p["aktor"].id)) == []


def test_a_removed_employee_can_be_added_again(w: World) -> None:
    nora = new_ansatt(w, "leder", fodselsnummer_=(fnr := w.fnr(dt.date(1990, 4, 4))))
    run(w, "leder", lambda ctx: organisation.remove_ansatt(ctx, nora.id))
    again = new_ansatt(w, "leder", fodselsnummer_=fnr, er_aktor=True)
    assert again.id == nora.id and again.fjernet_at is None and again.er_aktor


def test_contact_data_must_look_right(w: World) -> None:
    refused(
        w,
        "leder",
        lambda ctx: organisation.update_ansatt(ctx, w.p["aktor"].id, epost="aktor at example.test"),
        InvalidInput,
        "ser ikke ut som en e-postadresse. Varsler når bare fram med riktig adresse",
    )


# ----------------------------------------------------------------------------- the municipal administrator


def test_the_administrator_adds_external_actors_who_are_never_stafettholder(w: World) -> None:
    lege = new_ansatt(w, "admin", enhet=None, fornavn="Lege", er_stafettholder=True)
    assert lege.er_ekstern and lege.er_aktor and not lege.er_stafettholder and lege.enhet_id is None
    run(w, "admin", lambda ctx: organisation.update_ansatt(ctx, lege.id, er_stafettholder=True))
    assert not load(w, Ansatt, lege.id).er_stafettholder


def test_the_administrator_manages_services_units_and_leaders(w: World) -> None:
    tjeneste = run(w, "admin", lambda ctx: organisation.create_tjeneste(ctx, "Skole"))
    enhet = run(w, "admin", lambda ctx: organisation.create_enhet(ctx, "Øvingsvik skole", tjeneste.id))
    w.ids["skolen"] = enhet.id
    rektor = new_ansatt(w, "admin", enhet="skolen", fornavn="Rektor", er_leder=True)
    assert rektor.er_leder and rektor.enhet_id == enhet.id
    for who in ("leder", "holder", "mor"):
        refused(
            w,
            who,
            lambda ctx: organisation.create_tjeneste(ctx, "PPT"),
            PermissionDenied,
            "Bare kommuneadministratoren kan gjøre dette|Bare ansatte i kommunen",
        )
    refused(
        w,
        "admin",
        lambda ctx: organisation.create_enhet(ctx, "  ", tjeneste.id),
        InvalidInput,
        "Navnet på enheten kan ikke være tom",
    )


def test_a_kommune_has_a_four_digit_number() -> None:
    factory = sessionmaker(memory_engine())
    with pytest.raises(InvalidInput) as info, factory() as s, s.begin():
        organisation.bootstrap_kommune(
            s, navn="Nabovik", nummer="12", admin_fornavn="A", admin_etternavn="B", admin_fodselsnummer="x"
        )
    assert info.value.message == "Kommunenummeret må ha fire siffer."
