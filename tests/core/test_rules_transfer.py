"""«Overfør stafettlogg»: within the unit, to another unit, to another kommune."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from sqlalchemy import select

from desktop.core import permissions
from desktop.core.entities import (
    AuditEntry,
    LoggStatus,
    Oppmerksomhet,
    Overforing,
    OverforingStatus,
    OverforingType,
    Stafettlogg,
)
from desktop.core.errors import InvalidInput, PermissionDenied, RuleViolation
from desktop.core.usecases import content, logs, organisation, transfer

from .conftest import World
from .test_rules_support import (
    add_oppmerksomhet,
    base_world,
    created,
    load,
    outbox_rows,
    refused,
    register_consent,
    run,
)


@pytest.fixture
def w() -> World:
    w = base_world()
    w.ids["o1"] = add_oppmerksomhet(w, "Ella spiser lite ved lunsj i barnehagen.")
    w.ids["o2"] = add_oppmerksomhet(w, "Ella trekker seg unna i frileken.")
    return w


def request(w: World, who: str = "holder", **kwargs: Any) -> uuid.UUID:
    kwargs.setdefault("type", OverforingType.INNEN_ENHET)
    kwargs.setdefault("grunn", "Stafettholderen slutter i barnehagen.")
    kwargs.setdefault("oppmerksomheter", [w.ids["o1"], w.ids["o2"]])
    if kwargs["type"] is OverforingType.INNEN_ENHET:
        kwargs.setdefault("til_ansatt_id", w.p["holder2"].id)
    return created(w, who, lambda ctx: transfer.request_transfer(ctx, w.ids["logg"], **kwargs))


def refuse_request(w: World, error: type[Exception], phrase: str, who: str = "holder", **kwargs: Any) -> None:
    kwargs.setdefault("type", OverforingType.INNEN_ENHET)
    kwargs.setdefault("grunn", "Stafettholderen slutter i barnehagen.")
    kwargs.setdefault("oppmerksomheter", [w.ids["o1"]])
    refused(w, who, lambda ctx: transfer.request_transfer(ctx, w.ids["logg"], **kwargs), error, phrase)  # type: ignore[arg-type]


def holder_of(w: World) -> uuid.UUID:
    logg: Stafettlogg = load(w, Stafettlogg, w.ids["logg"])
    return logg.stafettholder_id


# ----------------------------------------------------------------------------- reason and receiver


@pytest.mark.parametrize("grunn", ["", "   "])
def test_a_transfer_needs_a_reason(w: World, grunn: str) -> None:
    refuse_request(
        w, InvalidInput, "Grunnen til overføringen kan ikke være tom", grunn=grunn, til_ansatt_id=w.p["holder2"].id
    )


@pytest.mark.parametrize(
    ("kwargs", "phrase"),
    [
        ({"type": OverforingType.INNEN_ENHET}, "Velg den nye stafettholderen"),
        ({"type": OverforingType.ANNEN_ENHET}, "Velg enheten"),
        ({"type": OverforingType.ANNEN_KOMMUNE}, "Mottakerkommunen kan ikke være tom"),
    ],
    ids=["innen enheten", "annen enhet", "annen kommune"],
)
def test_a_transfer_needs_a_receiver(w: World, kwargs: dict[str, Any], phrase: str) -> None:
    refuse_request(w, InvalidInput, phrase, **kwargs)


def test_the_receiver_must_be_ticked_as_aktor_and_stafettholder(w: World) -> None:
    refuse_request(
        w,
        RuleViolation,
        "Aktor Testesen er ikke krysset av som både aktør og stafettholder",
        til_ansatt_id=w.p["aktor"].id,
    )
    refuse_request(w, InvalidInput, "allerede stafettholder", til_ansatt_id=w.p["holder"].id)
    refuse_request(w, InvalidInput, "Mottakeren er i en annen enhet", til_ansatt_id=w.p["helsesykepleier"].id)


def test_the_family_chooses_which_oppmerksomheter_go_along(w: World) -> None:
    refuse_request(w, InvalidInput, "Velg sammen med familien", oppmerksomheter=[], til_ansatt_id=w.p["holder2"].id)
    refuse_request(
        w, InvalidInput, "hører ikke til loggen", oppmerksomheter=[uuid.uuid4()], til_ansatt_id=w.p["holder2"].id
    )


# ----------------------------------------------------------------------------- within the unit


def test_within_the_unit_the_sender_keeps_responsibility_until_the_receiver_accepts(w: World) -> None:
    logg_id = w.ids["logg"]
    overforing = request(w, oppmerksomheter=[w.ids["o1"]])
    # Pending: the sender still holds the log and works in it; the receiver does not yet.
    assert holder_of(w) == w.p["holder"].id
    run(w, "holder", lambda ctx: content.post_lysglimt(ctx, logg_id, "Ella spiste selv."))
    refused(w, "holder2", lambda ctx: logs.read_logg(ctx, logg_id), PermissionDenied, "ikke tilgang")
    refuse_request(w, RuleViolation, "venter allerede på at en mottaker skal godta", til_ansatt_id=w.p["holder2"].id)
    refused(w, "annen", lambda ctx: transfer.accept_transfer(ctx, overforing), PermissionDenied, "Bare mottakeren")
    refused(w, "leder", lambda ctx: transfer.accept_transfer(ctx, overforing), PermissionDenied, "Bare mottakeren")
    w.clock.advance(days=1)
    run(w, "holder2", lambda ctx: transfer.accept_transfer(ctx, overforing))
    # Accepted: exactly one holder, the receiver; the chosen oppmerksomhet went along.
    assert holder_of(w) == w.p["holder2"].id
    refused(w, "holder", lambda ctx: logs.read_logg(ctx, logg_id), PermissionDenied, "ikke tilgang")
    o1, o2 = load(w, Oppmerksomhet, w.ids["o1"]), load(w, Oppmerksomhet, w.ids["o2"])
    assert o1.avsluttet_at is None and o2.avsluttet_at == w.clock.now  # kept in the history only
    done = load(w, Overforing, overforing)
    assert (done.status, done.besvart_av_id, done.fra_ansatt_id) == (
        OverforingStatus.AKSEPTERT,
        w.p["holder2"].id,
        w.p["holder"].id,
    )
    refused(w, "holder2", lambda ctx: transfer.accept_transfer(ctx, overforing), RuleViolation, "allerede besvart")
    with w.factory() as s:
        steps = [e.detail["steg"] for e in s.scalars(select(AuditEntry).where(AuditEntry.action == "overfor"))]
    assert steps == ["sendt", "godtatt"]


def test_the_sender_is_told_they_keep_responsibility(w: World) -> None:
    changes = run(
        w,
        "holder",
        lambda ctx: transfer.request_transfer(
            ctx,
            w.ids["logg"],
            type=OverforingType.INNEN_ENHET,
            grunn="Permisjon.",
            oppmerksomheter=[w.ids["o1"]],
            til_ansatt_id=w.p["holder2"].id,
        ),
    )
    assert any("har ansvaret til mottakeren har godtatt" in warning for warning in changes.warnings)


def test_a_rejected_transfer_leaves_the_log_with_the_sender(w: World) -> None:
    overforing = request(w)
    changes = run(w, "holder2", lambda ctx: transfer.reject_transfer(ctx, overforing, "Har ikke kapasitet nå."))
    assert holder_of(w) == w.p["holder"].id
    assert load(w, Overforing, overforing).status is OverforingStatus.AVVIST
    assert any("beholder loggen" in warning for warning in changes.warnings)
    refused(w, "holder2", lambda ctx: transfer.reject_transfer(ctx, overforing, ""), RuleViolation, "allerede besvart")


def test_a_rejection_needs_a_reason(w: World) -> None:
    overforing = request(w)
    refused(
        w,
        "holder2",
        lambda ctx: transfer.reject_transfer(ctx, overforing, " "),
        InvalidInput,
        "Grunnen til at overføringen avvises kan ikke være tom",
    )


def test_a_transfer_is_not_accepted_when_the_log_is_no_longer_active(w: World) -> None:
    overforing = request(w)
    run(w, "holder", lambda ctx: logs.set_passive(ctx, w.ids["logg"]))
    refused(w, "holder2", lambda ctx: transfer.accept_transfer(ctx, overforing), RuleViolation, "ikke aktiv lenger")


@pytest.mark.parametrize("who", ["mor", "aktor", "holder2", "hsleder", "ella"])
def test_only_the_holder_or_the_units_leader_transfers(w: World, who: str) -> None:
    refuse_request(
        w, PermissionDenied, "ikke lov til å overføre loggen|ikke tilgang", who=who, til_ansatt_id=w.p["holder2"].id
    )


def test_the_leader_transfers_for_a_holder_who_has_left(w: World) -> None:
    warnings = run(w, "leder", lambda ctx: organisation.remove_ansatt(ctx, w.p["holder"].id))
    assert warnings and "Overfør dem til en ny stafettholder" in warnings[0]
    overforing = request(w, who="leder")
    sent = load(w, Overforing, overforing)
    assert (sent.sendt_av_id, sent.fra_ansatt_id) == (w.p["leder"].id, w.p["holder"].id)
    run(w, "holder2", lambda ctx: transfer.accept_transfer(ctx, overforing))
    assert holder_of(w) == w.p["holder2"].id


# ----------------------------------------------------------------------------- to another unit


def test_to_another_unit_only_with_consent_to_that(w: World) -> None:
    helsestasjonen = w.ids["helsestasjonen"]
    refuse_request(
        w,
        RuleViolation,
        "Overføring til en annen enhet krever et arkivert, signert samtykke",
        type=OverforingType.ANNEN_ENHET,
        til_enhet_id=helsestasjonen,
    )
    uten = register_consent(w, lesetilgang_for=[w.p["hsleder"].id], logg_id=w.ids["logg"])
    refuse_request(
        w,
        RuleViolation,
        "Samtykket dekker ikke overføring til annen enhet",
        type=OverforingType.ANNEN_ENHET,
        til_enhet_id=helsestasjonen,
        samtykke_id=uten,
    )
    refuse_request(
        w,
        InvalidInput,
        "Mottakeren er i samme enhet",
        type=OverforingType.ANNEN_ENHET,
        til_enhet_id=w.ids["solsikken"],
        samtykke_id=w.ids["samtykke"],
    )


def test_to_another_unit_a_leader_receives_and_names_the_new_holder(w: World) -> None:
    logg_id = w.ids["logg"]
    overforing = request(
        w, type=OverforingType.ANNEN_ENHET, til_enhet_id=w.ids["helsestasjonen"], samtykke_id=w.ids["samtykke"]
    )
    assert holder_of(w) == w.p["holder"].id
    refused(
        w,
        "hsleder",
        lambda ctx: transfer.accept_transfer(ctx, overforing),
        InvalidInput,
        "Velg hvem i enheten som blir ny stafettholder",
    )
    refused(
        w,
        "hsleder",
        lambda ctx: transfer.accept_transfer(ctx, overforing, ny_stafettholder_id=w.p["annen"].id),
        RuleViolation,
        "kan ikke bli stafettholder her",
    )
    run(
        w,
        "hsleder",
        lambda ctx: transfer.accept_transfer(ctx, overforing, ny_stafettholder_id=w.p["helsesykepleier"].id),
    )
    logg = load(w, Stafettlogg, logg_id)
    assert (logg.stafettholder_id, logg.enhet_id) == (w.p["helsesykepleier"].id, w.ids["helsestasjonen"])
    with w.factory() as s:
        logg = s.get(Stafettlogg, logg_id)
        assert logg is not None
        assert permissions.relation(s, w.get(s, "hsleder"), logg).roles == {permissions.Role.LEDER}
        assert permissions.relation(s, w.get(s, "leder"), logg).roles == frozenset()


# ----------------------------------------------------------------------------- to another kommune


def test_to_another_kommune_only_with_consent_to_that(w: World) -> None:
    # Ella's consent covers transfer to another unit, not to another kommune.
    refuse_request(
        w,
        RuleViolation,
        "Samtykket dekker ikke overføring til annen kommune",
        type=OverforingType.ANNEN_KOMMUNE,
        til_kommune="Nabovik",
        samtykke_id=w.ids["samtykke"],
    )


def test_to_another_kommune_the_log_is_closed_here_when_the_receiver_has_it(w: World) -> None:
    logg_id = w.ids["logg"]
    kommune = register_consent(w, overfore_kommune=True, logg_id=logg_id)
    overforing = request(
        w, type=OverforingType.ANNEN_KOMMUNE, til_kommune="Nabovik", samtykke_id=kommune, oppmerksomheter=[w.ids["o2"]]
    )
    assert load(w, Stafettlogg, logg_id).status is LoggStatus.AKTIV  # the sender keeps it meanwhile
    run(w, "holder", lambda ctx: transfer.accept_transfer(ctx, overforing))
    logg = load(w, Stafettlogg, logg_id)
    assert logg.status is LoggStatus.AVSLUTTET and logg.avslutningsgrunn == "Overført til Nabovik."
    assert load(w, Overforing, overforing).oppmerksomheter == [str(w.ids["o2"])]


def test_a_transfer_writes_outbox_rows(w: World) -> None:
    overforing = request(w)
    assert [r.operation for r in outbox_rows(w, entity="overforing", entity_id=overforing)] == ["insert"]
    run(w, "holder2", lambda ctx: transfer.accept_transfer(ctx, overforing))
    rows = outbox_rows(w, entity="stafettlogg", entity_id=w.ids["logg"])
    assert rows[-1].operation == "update"
    assert rows[-1].old_values["stafettholder_id"] == str(w.p["holder"].id)
    assert rows[-1].values["stafettholder_id"] == str(w.p["holder2"].id)


# ----------------------------------------------------------------------------- withdrawing


def test_the_sender_withdraws_a_waiting_transfer_and_keeps_the_log(w: World) -> None:
    overforing = request(w)
    refused(
        w, "holder2", lambda ctx: transfer.withdraw_transfer(ctx, overforing), PermissionDenied, "ikke tilgang|ikke lov"
    )
    changes = run(w, "holder", lambda ctx: transfer.withdraw_transfer(ctx, overforing, "Familien vil vente."))
    assert any("trukket tilbake" in warning for warning in changes.warnings)
    done = load(w, Overforing, overforing)
    assert (done.status, done.svar_grunn, done.besvart_av_id) == (
        OverforingStatus.TRUKKET,
        "Familien vil vente.",
        w.p["holder"].id,
    )
    assert holder_of(w) == w.p["holder"].id
    refused(w, "holder2", lambda ctx: transfer.accept_transfer(ctx, overforing), RuleViolation, "allerede besvart")
    refused(w, "holder", lambda ctx: transfer.withdraw_transfer(ctx, overforing), RuleViolation, "allerede besvart")
    request(w)  # nothing waits any more: a new transfer can be sent
    with w.factory() as s:
        steps = [e.detail["steg"] for e in s.scalars(select(AuditEntry).where(AuditEntry.action == "overfor"))]
    assert steps == ["sendt", "trukket", "sendt"]


def test_the_leader_withdraws_what_they_sent_for_the_holder(w: World) -> None:
    overforing = request(w, who="leder")
    run(w, "leder", lambda ctx: transfer.withdraw_transfer(ctx, overforing))
    assert load(w, Overforing, overforing).status is OverforingStatus.TRUKKET


# ----------------------------------------------------------------------------- what the dialog and the tab show


def test_transfer_choices_for_the_holder(w: World) -> None:
    choices = run(w, "holder", lambda ctx: transfer.transfer_choices(ctx, w.ids["logg"]))
    assert choices.may_read and not choices.on_behalf
    assert [o.navn for o in choices.oppmerksomheter] == [
        "Ella spiser lite ved lunsj i barnehagen.",
        "Ella trekker seg unna i frileken.",
    ]
    assert choices.enheter[0].id == w.ids["solsikken"]  # the log's own unit first
    own = choices.enheter[0]
    assert [v.id for v in own.holdere] == [w.p["holder2"].id]  # not the holder, not the aktør without the tick
    hs = next(e for e in choices.enheter if e.id == w.ids["helsestasjonen"])
    assert [v.id for v in hs.ledere] == [w.p["hsleder"].id]
    assert [v.id for v in hs.holdere] == [w.p["helsesykepleier"].id]
    covering = choices.covering(OverforingType.ANNEN_ENHET)
    assert covering is not None and covering.id == w.ids["samtykke"]
    assert choices.covering(OverforingType.ANNEN_KOMMUNE) is None
    assert "dekker ikke overføring til annen kommune" in (covering.problem[OverforingType.ANNEN_KOMMUNE] or "")


def test_a_leader_who_may_not_read_sees_the_concerns_only_by_number(w: World) -> None:
    choices = run(w, "leder", lambda ctx: transfer.transfer_choices(ctx, w.ids["logg"]))
    assert not choices.may_read and choices.on_behalf
    assert [o.navn for o in choices.oppmerksomheter] == ["Oppmerksomhet 1", "Oppmerksomhet 2"]
    refused(w, "hsleder", lambda ctx: transfer.transfer_choices(ctx, w.ids["logg"]), PermissionDenied, "ikke tilgang")


def test_a_withdrawn_consent_covers_nothing(w: World) -> None:
    kommune = register_consent(w, overfore_kommune=True)
    choices = run(w, "holder", lambda ctx: transfer.transfer_choices(ctx, w.ids["logg"]))
    assert choices.covering(OverforingType.ANNEN_KOMMUNE) is not None
    run(w, "mor", lambda ctx: logs.withdraw_samtykke(ctx, kommune, "Vi flytter likevel ikke."))
    choices = run(w, "holder", lambda ctx: transfer.transfer_choices(ctx, w.ids["logg"]))
    assert choices.covering(OverforingType.ANNEN_KOMMUNE) is None
    [withdrawn] = [s for s in choices.samtykker if s.id == kommune]
    assert withdrawn.trukket and withdrawn.problem[OverforingType.ANNEN_KOMMUNE] == "Samtykket er trukket tilbake."


def test_the_receivers_list_and_the_count(w: World) -> None:
    overforing = request(
        w, type=OverforingType.ANNEN_ENHET, til_enhet_id=w.ids["helsestasjonen"], samtykke_id=w.ids["samtykke"]
    )
    assert run(w, "hsleder", transfer.waiting_count) == 1
    assert run(w, "helsesykepleier", transfer.waiting_count) == 0
    [row] = run(w, "hsleder", transfer.transfers_for_me)
    assert (row.id, row.barn, row.fra, row.til, row.may_answer, row.may_withdraw) == (
        overforing,
        "Ella Fjellstad",
        "Holder Testesen",
        "lederen i Øvingsvik helsestasjon",
        True,
        False,
    )
    assert [k.id for k in row.kandidater] == [w.p["helsesykepleier"].id]
    [sent] = run(w, "holder", transfer.transfers_for_me)
    assert sent.sent_by_me and sent.may_withdraw and not sent.may_answer
    run(w, "hsleder", lambda ctx: transfer.reject_transfer(ctx, overforing, "Ingen ledig helsesykepleier nå."))
    assert run(w, "hsleder", transfer.waiting_count) == 0
    [answered] = run(w, "holder", transfer.transfers_for_me)
    assert (answered.status, answered.svar_grunn, answered.besvart_av) == (
        OverforingStatus.AVVIST,
        "Ingen ledig helsesykepleier nå.",
        "Hsleder Testesen",
    )
    w.clock.advance(days=31)
    assert run(w, "holder", transfer.transfers_for_me) == []  # history keeps 30 days
