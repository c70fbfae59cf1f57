"""Oppmerksomhet, mål, tiltak and evaluering: the content rules of the guide."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import select

from desktop.core import outbox
from desktop.core.entities import (
    Arena,
    Beslutning,
    Evaluering,
    FaktorOmrade,
    FaktorSted,
    Mal,
    Oppmerksomhet,
    Tiltak,
    TiltakStatus,
)
from desktop.core.errors import InvalidInput, NotFound, PermissionDenied, RuleViolation
from desktop.core.usecases import content, diagram

from .conftest import World
from .test_rules_support import (
    add_oppmerksomhet,
    add_tiltak,
    base_world,
    count,
    created,
    load,
    refused,
    run,
    tiltak_of,
)


@pytest.fixture
def w() -> World:
    return base_world()


@pytest.fixture
def o(w: World) -> uuid.UUID:
    return add_oppmerksomhet(w, "Ella spiser lite ved lunsj i barnehagen.")


def evaluate(w: World, tiltak_id: uuid.UUID, who: str = "holder", **kwargs: object) -> object:
    kwargs.setdefault("mal_nadd", True)
    kwargs.setdefault("beslutning", Beslutning.AVSLUTTE)
    return run(w, who, lambda ctx: content.evaluate_tiltak(ctx, tiltak_id, **kwargs))  # type: ignore[arg-type]


# ----------------------------------------------------------------------------- oppmerksomhet and mål


def test_an_oppmerksomhet_is_saved_at_once(w: World) -> None:
    logg_id = w.ids["logg"]
    with w.as_("holder") as ctx:
        oid = content.add_oppmerksomhet(ctx, logg_id, "Ella spiser lite.", "Ella spiser opp maten sin.").created
        assert oid is not None
        # In the same call, before anything else happens: the row and its outbox row exist.
        assert ctx.session.get(Oppmerksomhet, oid) is not None
        assert [r.operation for r in outbox.history(ctx.session, logg_id) if r.entity_id == oid] == ["insert"]
    o = load(w, Oppmerksomhet, oid)
    assert o.tekst == "Ella spiser lite." and o.kjennetegn_maloppnaelse == "Ella spiser opp maten sin."


@pytest.mark.parametrize(("tekst", "phrase"), [("  ", "Oppmerksomheten kan ikke være tom"), ("x" * 501, "for lang")])
def test_an_oppmerksomhet_needs_a_sentence(w: World, tekst: str, phrase: str) -> None:
    refused(w, "holder", lambda ctx: content.add_oppmerksomhet(ctx, w.ids["logg"], tekst), InvalidInput, phrase)


def test_a_mal_is_saved_at_once_and_one_goal_at_a_time(w: World, o: uuid.UUID) -> None:
    first = created(w, "holder", lambda ctx: content.set_mal(ctx, o, del_a="Ella øver på å spise selv."))
    w.clock.advance(days=14)
    changes = run(
        w,
        "holder",
        lambda ctx: content.set_mal(
            ctx,
            o,
            del_a="Ella spiser selv",
            del_b="to måltider per dag i barnehagen",
            del_c="og foreldrene følger opp hjemme.",
            sjekk_malbart=True,
            sjekk_akseptert=True,
            sjekk_realistisk=True,
            sjekk_tidsperiode=True,
            sjekk_forstaelig=True,
        ),
    )
    assert changes.warnings == []
    old, new = load(w, Mal, first), load(w, Mal, changes.created)
    assert old.erstattet_at == w.clock.now and new.erstattet_at is None  # the old goal stays in the history
    assert new.tekst == "Ella spiser selv to måltider per dag i barnehagen og foreldrene følger opp hjemme."
    with w.factory() as s:
        oppmerksomhet = s.get(Oppmerksomhet, o)
        assert oppmerksomhet is not None
        current = content.current_mal(oppmerksomhet)
        assert current is not None and current.id == new.id


def test_a_mal_without_the_check_questions_answered_gets_a_reminder(w: World, o: uuid.UUID) -> None:
    changes = run(w, "holder", lambda ctx: content.set_mal(ctx, o, del_a="Ella øver på å spise selv."))
    assert any(warning.startswith("Sjekk målet:") and "målbart" in warning for warning in changes.warnings)


def test_a_mal_needs_part_a(w: World, o: uuid.UUID) -> None:
    refused(w, "holder", lambda ctx: content.set_mal(ctx, o, del_a=""), InvalidInput, r"Målet \(A\) kan ikke være tom")


# ----------------------------------------------------------------------------- one responsible per tiltak


def test_a_service_tiltak_has_exactly_one_responsible_actor(w: World, o: uuid.UUID) -> None:
    refused(
        w,
        "holder",
        lambda ctx: content.add_tiltak(ctx, o, tekst="Vi hjelper Ella.", arena=Arena.TJENESTE),
        InvalidInput,
        "Et tiltak i tjenesten må ha én ansvarlig aktør",
    )


def test_two_actors_never_share_a_tiltak_but_may_have_identical_ones(w: World, o: uuid.UUID) -> None:
    tekst = "Den voksne sitter ved Ella under lunsjen."
    a = add_tiltak(w, o, ansvarlig="aktor", tekst=tekst)
    b = add_tiltak(w, o, ansvarlig="holder2", tekst=tekst)
    rows = {t.id: t for t in tiltak_of(w, o)}
    assert rows[a].tekst == rows[b].tekst
    assert rows[a].ansvarlig_id == w.p["aktor"].id and rows[b].ansvarlig_id == w.p["holder2"].id


# ----------------------------------------------------------------------------- one active tiltak per actor


def test_one_active_tiltak_per_actor_per_oppmerksomhet(w: World, o: uuid.UUID) -> None:
    add_tiltak(w, o, ansvarlig="aktor", tekst="Aktøren sitter ved Ella.")
    refused(
        w,
        "holder",
        lambda ctx: content.add_tiltak(
            ctx, o, tekst="Aktøren lager bildeplan.", arena=Arena.TJENESTE, ansvarlig_id=w.p["aktor"].id
        ),
        RuleViolation,
        "Aktor Testesen har allerede et aktivt tiltak for denne oppmerksomheten: «Aktøren sitter ved Ella.»",
    )
    # Other actors, other concerns and planned next steps are fine.
    add_tiltak(w, o, ansvarlig="holder2")
    add_tiltak(w, add_oppmerksomhet(w, "Ella trekker seg unna i frileken."), ansvarlig="aktor")
    step = add_tiltak(w, o, ansvarlig="aktor", tekst="Aktøren lager bildeplan.", neste_trinn=True)
    assert load(w, Tiltak, step).status is TiltakStatus.PLANLAGT


def test_a_tiltakstrapp_activates_the_next_step_after_the_evaluation(w: World, o: uuid.UUID) -> None:
    first = add_tiltak(w, o, ansvarlig="aktor", tekst="Trinn 1: Aktøren mater Ella.")
    second = add_tiltak(w, o, ansvarlig="aktor", tekst="Trinn 2: Ella holder skjeen selv.", neste_trinn=True)
    third = add_tiltak(w, o, ansvarlig="aktor", tekst="Trinn 3: Ella spiser selv.", neste_trinn=True)
    assert [load(w, Tiltak, t).trinn for t in (first, second, third)] == [1, 2, 3]
    refused(
        w,
        "holder",
        lambda ctx: content.evaluate_tiltak(ctx, second, mal_nadd=True, beslutning=Beslutning.AVSLUTTE),
        RuleViolation,
        "Bare aktive tiltak kan evalueres",
    )
    evaluate(w, first)
    assert [load(w, Tiltak, t).status for t in (first, second, third)] == [
        TiltakStatus.AVSLUTTET,
        TiltakStatus.AKTIV,
        TiltakStatus.PLANLAGT,
    ]


# ----------------------------------------------------------------------------- the home tiltak


def test_a_home_tiltak_is_the_guardians_automatically(w: World, o: uuid.UUID) -> None:
    hjem = add_tiltak(w, o, arena=Arena.HJEM, ansvarlig=None, tekst="Mor lar Ella smøre maten selv.")
    tiltak = load(w, Tiltak, hjem)
    assert tiltak.arena is Arena.HJEM and tiltak.ansvarlig_id is None
    # The guardians act on it (and add their own); the service's actors do not.
    run(w, "far", lambda ctx: content.correct_tiltak_text(ctx, hjem, "Far lar Ella smøre maten selv."))
    add_tiltak(w, o, arena=Arena.HJEM, ansvarlig=None, who="mor", tekst="Mor og Ella baker boller.", neste_trinn=True)
    aktor_tiltak = add_tiltak(w, o, ansvarlig="aktor")
    refused(
        w,
        "aktor",
        lambda ctx: content.correct_tiltak_text(ctx, hjem, "Aktøren bestemmer."),
        PermissionDenied,
        "bare skrive i tiltak du selv har ansvar for",
    )
    refused(
        w,
        "mor",
        lambda ctx: content.correct_tiltak_text(ctx, aktor_tiltak, "Mor bestemmer."),
        PermissionDenied,
        "bare skrive i tiltak du selv har ansvar for",
    )


def test_a_home_tiltak_cannot_be_given_to_an_employee(w: World, o: uuid.UUID) -> None:
    refused(
        w,
        "holder",
        lambda ctx: content.add_tiltak(
            ctx, o, tekst="Aktøren ringer hjem.", arena=Arena.HJEM, ansvarlig_id=w.p["aktor"].id
        ),
        InvalidInput,
        "Et tiltak i hjemmet har alltid foresatte som ansvarlig; velg ikke en ansatt",
    )


def test_the_home_has_one_active_tiltak_per_oppmerksomhet(w: World, o: uuid.UUID) -> None:
    add_tiltak(w, o, arena=Arena.HJEM, ansvarlig=None, tekst="Mor lar Ella smøre maten selv.")
    refused(
        w,
        "mor",
        lambda ctx: content.add_tiltak(ctx, o, tekst="Far spiser med Ella.", arena=Arena.HJEM),
        RuleViolation,
        "Hjemmet har allerede et aktivt tiltak",
    )


def test_guardians_add_only_home_tiltak(w: World, o: uuid.UUID) -> None:
    for arena in (Arena.TJENESTE, Arena.BARN):
        refused(
            w,
            "mor",
            lambda ctx, a=arena: content.add_tiltak(
                ctx, o, tekst="Noe.", arena=a, ansvarlig_id=w.p["aktor"].id if a is Arena.TJENESTE else None
            ),
            PermissionDenied,
            "Foresatte kan legge inn tiltak i hjemmet",
        )


def test_an_oppmerksomhet_without_a_home_tiltak_gets_a_warning(w: World, o: uuid.UUID) -> None:
    changes = run(
        w,
        "holder",
        lambda ctx: content.add_tiltak(
            ctx, o, tekst="Aktøren sitter ved Ella.", arena=Arena.TJENESTE, ansvarlig_id=w.p["aktor"].id
        ),
    )
    assert any("mangler et tiltak i hjemmet" in warning for warning in changes.warnings)
    changes = run(
        w, "mor", lambda ctx: content.add_tiltak(ctx, o, tekst="Mor lar Ella smøre maten selv.", arena=Arena.HJEM)
    )
    assert not any("hjemmet" in warning for warning in changes.warnings)


def test_from_school_age_the_child_should_have_an_own_tiltak(w: World, o: uuid.UUID) -> None:
    add_tiltak(w, o, arena=Arena.HJEM, ansvarlig=None, tekst="Mor lar Ella smøre maten selv.")
    w.clock.advance(days=104)  # 14 June 2026: Ella turns six
    changes = run(
        w,
        "holder",
        lambda ctx: content.add_tiltak(
            ctx, o, tekst="Aktøren sitter ved Ella.", arena=Arena.TJENESTE, ansvarlig_id=w.p["aktor"].id
        ),
    )
    assert any("der barnet selv har ansvar" in warning for warning in changes.warnings)
    changes = run(w, "holder", lambda ctx: content.add_tiltak(ctx, o, tekst="Ella øser opp selv.", arena=Arena.BARN))
    assert changes.warnings == []


# ----------------------------------------------------------------------------- the 8-hour window


@pytest.mark.parametrize(
    ("who", "arena", "ansvarlig"),
    [("holder", Arena.TJENESTE, "aktor"), ("aktor", Arena.TJENESTE, "aktor"), ("mor", Arena.HJEM, None)],
)
def test_tiltak_text_is_corrected_within_8_hours_and_frozen_after(
    w: World, o: uuid.UUID, who: str, arena: Arena, ansvarlig: str | None
) -> None:
    tiltak_id = add_tiltak(w, o, arena=arena, ansvarlig=ansvarlig, tekst="Førsteutkast.")
    w.clock.advance(hours=7, minutes=59)
    run(w, who, lambda ctx: content.correct_tiltak_text(ctx, tiltak_id, "Rettet tekst."))
    w.clock.advance(minutes=2)  # 8 h 01 min
    refused(
        w,
        who,
        lambda ctx: content.correct_tiltak_text(ctx, tiltak_id, "For sent."),
        RuleViolation,
        "kan bare rettes i 8 timer etter at det ble lagt inn, og denne fristen er ute",
    )
    assert load(w, Tiltak, tiltak_id).tekst == "Rettet tekst."
    with w.factory() as s:
        trail = [r for r in outbox.history(s, w.ids["logg"]) if r.entity_id == tiltak_id]
    assert [r.operation for r in trail] == ["insert", "update"]
    assert trail[0].values["tekst"] == "Førsteutkast."
    assert trail[1].old_values == {"tekst": "Førsteutkast."} and trail[1].values["tekst"] == "Rettet tekst."
    assert (trail[1].base_version, trail[1].new_version) == (1, 2)
    assert trail[1].author_id == w.p[who].id


def test_the_window_closes_at_exactly_8_hours(w: World, o: uuid.UUID) -> None:
    tiltak_id = add_tiltak(w, o)
    w.clock.advance(hours=8)
    refused(w, "holder", lambda ctx: content.correct_tiltak_text(ctx, tiltak_id, "Nei."), RuleViolation, "8 timer")


def test_an_evaluated_tiltak_is_not_corrected(w: World, o: uuid.UUID) -> None:
    tiltak_id = add_tiltak(w, o)
    evaluate(w, tiltak_id)
    refused(
        w,
        "holder",
        lambda ctx: content.correct_tiltak_text(ctx, tiltak_id, "Nei."),
        RuleViolation,
        "Tiltaket er avsluttet og kan ikke endres",
    )


def test_an_aktor_writes_only_own_tiltak(w: World, o: uuid.UUID) -> None:
    other = add_tiltak(w, o, ansvarlig="holder2")
    add_tiltak(w, o, ansvarlig="aktor")
    for action in (
        lambda ctx: content.correct_tiltak_text(ctx, other, "Endret av en annen."),
        lambda ctx: content.update_tiltak_period(
            ctx, other, fra_dato=None, til_dato=None, evalueringsdato=dt.date(2026, 5, 1)
        ),
        lambda ctx: content.evaluate_tiltak(ctx, other, mal_nadd=True, beslutning=Beslutning.AVSLUTTE),
    ):
        refused(w, "aktor", action, PermissionDenied, "bare skrive i tiltak du selv har ansvar for")


def test_dates_of_a_tiltak_are_in_order(w: World, o: uuid.UUID) -> None:
    refused(
        w,
        "holder",
        lambda ctx: content.add_tiltak(
            ctx,
            o,
            tekst="Noe.",
            arena=Arena.HJEM,
            fra_dato=dt.date(2026, 3, 10),
            evalueringsdato=dt.date(2026, 3, 1),
        ),
        InvalidInput,
        "Evalueringsdatoen kan ikke være før startdatoen",
    )


# ----------------------------------------------------------------------------- evaluation


def test_a_tiltak_is_evaluated_once(w: World, o: uuid.UUID) -> None:
    tiltak_id = add_tiltak(w, o)
    evaluate(w, tiltak_id, mal_nadd=False, beslutning=Beslutning.ENDRE_TILTAK, familiens_vurdering="Mor er enig.")
    tiltak = load(w, Tiltak, tiltak_id)
    assert tiltak.status is TiltakStatus.AVSLUTTET
    refused(
        w,
        "holder",
        lambda ctx: content.evaluate_tiltak(ctx, tiltak_id, mal_nadd=True, beslutning=Beslutning.AVSLUTTE),
        RuleViolation,
        "Tiltaket ble evaluert 02.03.2026. Et tiltak kan bare evalueres én gang",
    )
    with w.factory() as s:
        assert len(s.scalars(select(Evaluering).where(Evaluering.tiltak_id == tiltak_id)).all()) == 1


@pytest.mark.parametrize(
    ("mal_nadd", "beslutning", "extra", "phrase"),
    [
        (None, Beslutning.AVSLUTTE, {}, "Svar på om målet er nådd"),
        (True, Beslutning.FORTSETTE, {}, "Når målet er nådd, velg nye mål eller å avslutte"),
        (False, Beslutning.NYE_MAL, {}, "Når målet ikke er nådd, velg å fortsette"),
        (True, Beslutning.FEILREGISTRERT, {}, "Et feilregistrert tiltak vurderes ikke mot målet"),
        (False, Beslutning.FORTSETTE, {}, "Sett en ny evalueringsdato"),
        (False, Beslutning.ENDRE_MAL, {"riktig": True}, "Ny ansvarlig settes bare når tiltaket er feilregistrert"),
    ],
)
def test_an_evaluation_follows_the_guides_decision_tree(
    w: World, o: uuid.UUID, mal_nadd: bool | None, beslutning: Beslutning, extra: dict[str, bool], phrase: str
) -> None:
    tiltak_id = add_tiltak(w, o)
    riktig = w.p["holder2"].id if extra.get("riktig") else None
    refused(
        w,
        "holder",
        lambda ctx: content.evaluate_tiltak(
            ctx, tiltak_id, mal_nadd=mal_nadd, beslutning=beslutning, riktig_ansvarlig_id=riktig
        ),
        InvalidInput,
        phrase,
    )


def test_fortsette_starts_a_new_period_of_the_same_tiltak(w: World, o: uuid.UUID) -> None:
    tiltak_id = add_tiltak(w, o, tekst="Aktøren sitter ved Ella.")
    changes = evaluate(
        w, tiltak_id, mal_nadd=False, beslutning=Beslutning.FORTSETTE, ny_evalueringsdato=dt.date(2026, 4, 15)
    )
    assert load(w, Tiltak, tiltak_id).status is TiltakStatus.AVSLUTTET
    (follow,) = [t for t in tiltak_of(w, o) if t.erstatter_id == tiltak_id]
    assert follow.status is TiltakStatus.AKTIV and follow.tekst == "Aktøren sitter ved Ella."
    assert follow.ansvarlig_id == w.p["aktor"].id and follow.evalueringsdato == dt.date(2026, 4, 15)
    assert load(w, Evaluering, changes.created).tiltak_id == tiltak_id  # type: ignore[attr-defined]


def test_feilregistrert_closes_the_tiltak_and_a_corrected_one_with_the_right_actor_replaces_it(
    w: World, o: uuid.UUID
) -> None:
    wrong = add_tiltak(
        w,
        o,
        ansvarlig="holder2",
        tekst="Den voksne sitter ved Ella.",
        fra_dato=dt.date(2026, 3, 2),
        evalueringsdato=dt.date(2026, 3, 16),
    )
    w.clock.advance(days=20)  # evaluated after its evaluation date, as meetings often are
    evaluate(w, wrong, mal_nadd=None, beslutning=Beslutning.FEILREGISTRERT, riktig_ansvarlig_id=w.p["aktor"].id)
    assert load(w, Tiltak, wrong).status is TiltakStatus.FEILREGISTRERT
    (right,) = [t for t in tiltak_of(w, o) if t.erstatter_id == wrong]
    assert right.ansvarlig_id == w.p["aktor"].id and right.status is TiltakStatus.AKTIV
    assert right.tekst == "Den voksne sitter ved Ella."
    # The replacement carries the wrongly registered tiltak's period.
    assert (right.fra_dato, right.evalueringsdato) == (dt.date(2026, 3, 2), dt.date(2026, 3, 16))
    refused(
        w,
        "holder",
        lambda ctx: content.evaluate_tiltak(ctx, wrong, mal_nadd=None, beslutning=Beslutning.FEILREGISTRERT),
        RuleViolation,
        "bare evalueres én gang",
    )


def test_feilregistrert_without_replacement_then_a_home_tiltak_replaces_it(w: World, o: uuid.UUID) -> None:
    """The right actor may be the home: close it as feilregistrert and enter the home tiltak."""
    wrong = add_tiltak(w, o, ansvarlig="aktor", tekst="Frokost sammen med Ella.")
    evaluate(w, wrong, mal_nadd=None, beslutning=Beslutning.FEILREGISTRERT)
    hjem = add_tiltak(w, o, arena=Arena.HJEM, ansvarlig=None, tekst="Frokost sammen med Ella.", erstatter_id=wrong)
    assert load(w, Tiltak, hjem).erstatter_id == wrong
    assert [t.id for t in tiltak_of(w, o) if t.status is TiltakStatus.AKTIV] == [hjem]


def test_a_replacement_may_not_break_one_active_tiltak_per_actor(w: World, o: uuid.UUID) -> None:
    add_tiltak(w, o, ansvarlig="aktor")
    wrong = add_tiltak(w, o, ansvarlig="holder2")
    refused(
        w,
        "holder",
        lambda ctx: content.evaluate_tiltak(
            ctx, wrong, mal_nadd=None, beslutning=Beslutning.FEILREGISTRERT, riktig_ansvarlig_id=w.p["aktor"].id
        ),
        RuleViolation,
        "har allerede et aktivt tiltak",
    )
    assert count(w, "evaluering") == 0


def test_guardians_do_not_record_evaluations(w: World, o: uuid.UUID) -> None:
    hjem = add_tiltak(w, o, arena=Arena.HJEM, ansvarlig=None)
    refused(
        w,
        "mor",
        lambda ctx: content.evaluate_tiltak(ctx, hjem, mal_nadd=True, beslutning=Beslutning.AVSLUTTE),
        PermissionDenied,
        "ikke lov til å evaluere tiltak",
    )
    evaluate(w, hjem, familiens_vurdering="Mor og far mener målet er nådd.")


def test_the_evaluation_can_be_tied_to_a_meeting_of_this_log_only(w: World, o: uuid.UUID) -> None:
    tiltak_id = add_tiltak(w, o)
    mote = created(w, "holder", lambda ctx: content.call_mote(ctx, w.ids["logg"], tidspunkt=ctx.now()))
    evaluate(w, tiltak_id, mote_id=mote)
    other = add_tiltak(w, o, ansvarlig="holder2")
    refused(
        w,
        "holder",
        lambda ctx: content.evaluate_tiltak(
            ctx, other, mal_nadd=True, beslutning=Beslutning.AVSLUTTE, mote_id=uuid.uuid4()
        ),
        NotFound,
        "Møtet finnes ikke",
    )


# ----------------------------------------------------------------------------- notes and the factor diagram


def test_notes_carry_pdf_files_only(w: World) -> None:
    logg_id = w.ids["logg"]
    notat = created(
        w,
        "holder",
        lambda ctx: content.add_notat(ctx, logg_id, "Bilder av øvelsene.", vedlegg=[("a.pdf", b"%PDF-1.7 ...")]),
    )
    assert count(w, "vedlegg") == 1
    refused(
        w,
        "holder",
        lambda ctx: content.attach_pdf(ctx, notat, "bilde.jpg", b"\xff\xd8\xff\xe0"),
        InvalidInput,
        "«bilde.jpg» er ikke en PDF-fil",
    )


def test_a_factor_in_the_own_service_is_the_services_to_work_on(w: World, o: uuid.UUID) -> None:
    changes = run(
        w,
        "holder",
        lambda ctx: diagram.add_faktor(
            ctx, o, omrade=FaktorOmrade.STRUKTUR, tekst="Lunsjen er urolig.", sted=FaktorSted.TJENESTE, prioritet=1
        ),
    )
    assert any("arbeides med av tjenesten selv" in warning for warning in changes.warnings)
    refused(
        w,
        "holder",
        lambda ctx: diagram.add_faktor(ctx, o, omrade=FaktorOmrade.VENNSKAP, tekst="Venner.", prioritet=4),
        InvalidInput,
        "Prioriteten må være 0",
    )
    faktor = changes.created
    assert faktor is not None
    refused(
        w, "holder", lambda ctx: diagram.add_kobling(ctx, o, faktor, faktor), InvalidInput, "ikke kobles til seg selv"
    )
    run(w, "holder", lambda ctx: diagram.add_kobling(ctx, o, faktor, None))
    refused(w, "holder", lambda ctx: diagram.add_kobling(ctx, o, faktor, None), RuleViolation, "allerede koblet sammen")
