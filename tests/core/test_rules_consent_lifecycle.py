"""Consent and the log's life: creation, level, passive, reopen, close, withdrawal, delete.

Each rule of docs/domain.md has a test that it holds and a test that breaking it is refused
with the right error, a Norwegian message naming the problem, and nothing left behind.
"""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import select

from desktop.core.context import PersonRef
from desktop.core.entities import (
    AuditEntry,
    Barn,
    Lesetilgang,
    LoggStatus,
    OutboxEntry,
    Samtykke,
    Stafettlogg,
)
from desktop.core.errors import InvalidInput, PermissionDenied, RuleViolation
from desktop.core.usecases import access, content, logs
from desktop.core.usecases.logs import ForesattInput

from .conftest import World
from .test_rules_support import (
    base_world,
    count,
    created,
    load,
    logg_status,
    outbox_rows,
    refused,
    register_consent,
    run,
)


@pytest.fixture
def w() -> World:
    return base_world()


def new_child(w: World, *, born: dt.date = dt.date(2019, 9, 1), epost: str = "kari@example.test") -> uuid.UUID:
    """A second child, Odin, with two guardians (odin_mor, odin_far) — no log yet."""
    changes = run(
        w,
        "holder",
        lambda ctx: logs.register_barn(
            ctx,
            fornavn="Odin",
            etternavn="Berg",
            fodselsnummer_=w.fnr(born),
            foresatte=[ForesattInput("Kari", "Berg", "mor", epost=epost), ForesattInput("Ola", "Berg", "far")],
        ),
    )
    barn_id: uuid.UUID = changes.created
    with w.factory() as s:
        barn = s.get(Barn, barn_id)
        assert barn is not None
        w.p["odin"] = PersonRef.of(barn)
        if barn.foresatte:
            w.p["odin_mor"], w.p["odin_far"] = (PersonRef.of(f) for f in barn.foresatte)
    return barn_id


def consent_for_odin(w: World, **flags: object) -> uuid.UUID:
    barn_id = w.p["odin"].id
    givers = flags.pop("gitt_av_foresatte", [w.p["odin_mor"].id, w.p["odin_far"].id])
    signed = flags.pop("signert_dato", dt.date(2026, 3, 1))
    return created(
        w,
        "holder",
        lambda ctx: logs.register_samtykke(
            ctx,
            barn_id=barn_id,
            signert_dato=signed,
            gitt_av_foresatte=givers,
            **flags,  # type: ignore[arg-type]
        ),
    )


def create_for_odin(w: World, samtykke_id: uuid.UUID, who: str = "holder") -> uuid.UUID:
    barn_id = w.p["odin"].id
    return created(w, who, lambda ctx: logs.create_stafettlogg(ctx, barn_id=barn_id, samtykke_id=samtykke_id))


# ----------------------------------------------------------------------------- consent first


def test_a_log_is_created_with_consent_to_both_creation_and_data_exchange(w: World) -> None:
    new_child(w)
    samtykke_id = consent_for_odin(w, opprette_logg=True, utveksle_opplysninger=True)
    logg_id = create_for_odin(w, samtykke_id)
    logg = load(w, Stafettlogg, logg_id)
    assert logg.status is LoggStatus.AKTIV and logg.niva == 1
    assert logg.stafettholder_id == w.p["holder"].id and logg.enhet_id == w.ids["solsikken"]
    assert load(w, Samtykke, samtykke_id).logg_id == logg_id
    assert [r.operation for r in outbox_rows(w, entity="stafettlogg", entity_id=logg_id)] == ["insert"]
    with w.factory() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.logg_id == logg_id)).one()
    assert entry.action == "endre" and entry.detail == {"hva": "opprettet"}


@pytest.mark.parametrize(
    ("flags", "phrase"),
    [
        ({"utveksle_opplysninger": True}, "dekker ikke opprettelse av stafettlogg"),
        ({"opprette_logg": True}, "dekker ikke utveksling av personopplysninger"),
        ({"overfore_enhet": True}, "dekker ikke opprettelse av stafettlogg eller utveksling av personopplysninger"),
    ],
    ids=["uten opprettelse", "uten utveksling", "uten begge"],
)
def test_no_log_without_consent_to_both(w: World, flags: dict[str, bool], phrase: str) -> None:
    new_child(w)
    samtykke_id = consent_for_odin(w, **flags)
    barn_id = w.p["odin"].id
    refused(
        w,
        "holder",
        lambda ctx: logs.create_stafettlogg(ctx, barn_id=barn_id, samtykke_id=samtykke_id),
        RuleViolation,
        phrase,
    )
    assert count(w, "stafettlogg") == 1  # only Ella's


def test_an_expired_withdrawn_or_foreign_consent_creates_no_log(w: World) -> None:
    new_child(w)
    barn_id = w.p["odin"].id
    expired = consent_for_odin(
        w, opprette_logg=True, utveksle_opplysninger=True, signert_dato=dt.date(2025, 1, 1), utloper=dt.date(2026, 1, 1)
    )
    withdrawn = consent_for_odin(w, opprette_logg=True, utveksle_opplysninger=True)
    run(w, "odin_mor", lambda ctx: logs.withdraw_samtykke(ctx, withdrawn, "Vi ombestemte oss."))
    for samtykke_id, phrase in [
        (expired, "gikk ut 01.01.2026"),
        (withdrawn, "trukket tilbake"),
        (w.ids["samtykke"], "gjelder et annet barn"),  # Ella's consent
    ]:
        refused(
            w,
            "holder",
            lambda ctx, sid=samtykke_id: logs.create_stafettlogg(ctx, barn_id=barn_id, samtykke_id=sid),
            RuleViolation,
            phrase,
        )


def test_a_consent_creates_one_log_only(w: World) -> None:
    refused(
        w,
        "holder",
        lambda ctx: logs.create_stafettlogg(ctx, barn_id=w.p["ella"].id, samtykke_id=w.ids["samtykke"]),
        RuleViolation,
        "allerede brukt",
    )


def test_every_guardian_with_foreldreansvar_must_consent(w: World) -> None:
    """Mor and far signed Ella's consent; stemor has no foreldreansvar and is not needed."""
    assert set(load(w, Samtykke, w.ids["samtykke"]).gitt_av_foresatte) == {
        str(w.p["mor"].id),
        str(w.p["far"].id),
    }
    barn_id, mor = w.p["ella"].id, w.p["mor"].id
    refused(
        w,
        "holder",
        lambda ctx: logs.register_samtykke(
            ctx, barn_id=barn_id, signert_dato=dt.date(2026, 3, 1), opprette_logg=True, gitt_av_foresatte=[mor]
        ),
        RuleViolation,
        "Samtykke mangler fra Per Fjellstad. Alle med foreldreansvar må samtykke",
    )


def test_a_young_child_cannot_consent_alone_but_a_youth_from_15_can(w: World) -> None:
    barn_id = w.p["ella"].id  # five years old
    refused(
        w,
        "holder",
        lambda ctx: logs.register_samtykke(
            ctx, barn_id=barn_id, signert_dato=dt.date(2026, 3, 1), opprette_logg=True, gitt_av_barnet=True
        ),
        RuleViolation,
        "alene først fra fylte 15 år",
    )
    new_child(w, born=dt.date(2010, 1, 10))  # sixteen
    samtykke_id = consent_for_odin(
        w, opprette_logg=True, utveksle_opplysninger=True, gitt_av_foresatte=[], gitt_av_barnet=True
    )
    assert load(w, Stafettlogg, create_for_odin(w, samtykke_id)).status is LoggStatus.AKTIV


def test_consent_givers_and_dates_are_checked(w: World) -> None:
    barn_id, stranger = w.p["ella"].id, w.p["holder"].id  # an employee is not a guardian
    refused(
        w,
        "holder",
        lambda ctx: logs.register_samtykke(
            ctx, barn_id=barn_id, signert_dato=dt.date(2026, 3, 1), opprette_logg=True, gitt_av_foresatte=[stranger]
        ),
        InvalidInput,
        "Bare barnets registrerte foresatte",
    )
    refused(
        w,
        "holder",
        lambda ctx: logs.register_samtykke(
            ctx,
            barn_id=barn_id,
            signert_dato=dt.date(2026, 3, 3),
            opprette_logg=True,
            gitt_av_foresatte=[w.p["mor"].id, w.p["far"].id],
        ),
        InvalidInput,
        "Signaturdatoen kan ikke være fram i tid",
    )
    refused(
        w,
        "holder",
        lambda ctx: logs.register_samtykke(
            ctx, barn_id=barn_id, signert_dato=dt.date(2026, 3, 1), gitt_av_foresatte=[w.p["mor"].id, w.p["far"].id]
        ),
        InvalidInput,
        "minst ett forhold",
    )


def test_one_log_follows_the_child(w: World) -> None:
    """A second log for Ella is refused while hers is open; after closing, a new one may start."""
    samtykke_id = register_consent(w, opprette_logg=True, utveksle_opplysninger=True)
    barn_id = w.p["ella"].id
    refused(
        w,
        "holder2",
        lambda ctx: logs.create_stafettlogg(ctx, barn_id=barn_id, samtykke_id=samtykke_id),
        RuleViolation,
        "har allerede en stafettlogg",
    )
    run(w, "holder", lambda ctx: logs.close(ctx, w.ids["logg"], "Målene er nådd."))
    new_log = created(w, "holder2", lambda ctx: logs.create_stafettlogg(ctx, barn_id=barn_id, samtykke_id=samtykke_id))
    assert load(w, Stafettlogg, new_log).stafettholder_id == w.p["holder2"].id


def test_creating_a_log_warns_when_no_guardian_can_get_the_email(w: World) -> None:
    new_child(w, epost="")
    samtykke_id = consent_for_odin(w, opprette_logg=True, utveksle_opplysninger=True)
    barn_id = w.p["odin"].id
    changes = run(w, "holder", lambda ctx: logs.create_stafettlogg(ctx, barn_id=barn_id, samtykke_id=samtykke_id))
    assert any("e-postadresse" in warning for warning in changes.warnings)
    # Ella's mother has an address: her log was created without that warning.
    assert load(w, Stafettlogg, w.ids["logg"]) is not None


# ----------------------------------------------------------------------------- level


def test_the_level_can_be_raised_and_lowered(w: World) -> None:
    logg_id = w.ids["logg"]
    for niva in (2, 3, 1):
        run(w, "holder", lambda ctx, n=niva: logs.change_niva(ctx, logg_id, n))
        assert load(w, Stafettlogg, logg_id).niva == niva


@pytest.mark.parametrize("niva", [0, 4, -1])
def test_the_level_is_1_2_or_3(w: World, niva: int) -> None:
    refused(
        w, "holder", lambda ctx: logs.change_niva(ctx, w.ids["logg"], niva), InvalidInput, "Nivået må være 1, 2 eller 3"
    )
    new_child(w)
    samtykke_id = consent_for_odin(w, opprette_logg=True, utveksle_opplysninger=True)
    barn_id = w.p["odin"].id
    refused(
        w,
        "holder",
        lambda ctx: logs.create_stafettlogg(ctx, barn_id=barn_id, samtykke_id=samtykke_id, niva=niva),
        InvalidInput,
        "Nivået må være 1, 2 eller 3",
    )


# ----------------------------------------------------------------------------- withdrawal ⇒ closed


def grant_reader(w: World) -> uuid.UUID:
    return created(
        w,
        "holder",
        lambda ctx: access.grant_lesetilgang(ctx, w.ids["logg"], w.p["leser"].id, samtykke_id=w.ids["samtykke"]),
    )


@pytest.mark.parametrize("status", [LoggStatus.AKTIV, LoggStatus.PASSIV])
def test_withdrawn_consent_closes_the_log(w: World, status: LoggStatus) -> None:
    logg_id = w.ids["logg"]
    tilgang = grant_reader(w)
    if status is LoggStatus.PASSIV:
        run(w, "holder", lambda ctx: logs.set_passive(ctx, logg_id))
    w.clock.advance(hours=2)
    changes = run(w, "mor", lambda ctx: logs.withdraw_samtykke(ctx, w.ids["samtykke"], "Vi ønsker ikke loggen."))
    logg = load(w, Stafettlogg, logg_id)
    assert logg.status is LoggStatus.AVSLUTTET and logg.avsluttet_at == w.clock.now
    assert "trukket samtykket" in logg.avslutningsgrunn
    assert any("loggen er avsluttet" in warning for warning in changes.warnings)
    samtykke = load(w, Samtykke, w.ids["samtykke"])
    assert samtykke.trukket_at == w.clock.now and samtykke.trukket_grunn == "Vi ønsker ikke loggen."
    assert load(w, Lesetilgang, tilgang).opphevet_at == w.clock.now  # read access rested on it
    updated = {r.entity for r in outbox_rows(w, operation="update") if r.at == w.clock.now}
    assert {"samtykke", "stafettlogg", "lesetilgang"} <= updated


def test_a_log_whose_consent_is_withdrawn_cannot_be_continued(w: World) -> None:
    logg_id = w.ids["logg"]
    run(w, "far", lambda ctx: logs.withdraw_samtykke(ctx, w.ids["samtykke"]))
    refused(
        w, "holder", lambda ctx: content.add_oppmerksomhet(ctx, logg_id, "Ella sover godt."), RuleViolation, "avsluttet"
    )
    refused(w, "holder", lambda ctx: logs.set_passive(ctx, logg_id), RuleViolation, "avsluttet")
    new_consent = register_consent(w, opprette_logg=True, utveksle_opplysninger=True)
    refused(
        w,
        "holder",
        lambda ctx: logs.reopen(ctx, logg_id, new_consent),
        RuleViolation,
        "avsluttet og kan ikke gjenåpnes",
    )
    refused(w, "mor", lambda ctx: logs.withdraw_samtykke(ctx, w.ids["samtykke"]), RuleViolation, "allerede trukket")


@pytest.mark.parametrize("who", ["stemor", "aktor", "leser", "leder", "ella"])
def test_only_the_givers_or_the_holder_withdraw_a_consent(w: World, who: str) -> None:
    refused(
        w,
        who,
        lambda ctx: logs.withdraw_samtykke(ctx, w.ids["samtykke"]),
        PermissionDenied,
        "Bare den som ga samtykket, eller stafettholderen",
    )
    assert logg_status(w) is LoggStatus.AKTIV


def test_the_holder_records_a_withdrawal_on_the_familys_behalf(w: World) -> None:
    run(w, "holder", lambda ctx: logs.withdraw_samtykke(ctx, w.ids["samtykke"], "Mor ringte."))
    assert logg_status(w) is LoggStatus.AVSLUTTET


def test_withdrawing_a_read_access_consent_ends_the_access_not_the_log(w: World) -> None:
    logg_id = w.ids["logg"]
    lese = register_consent(w, lesetilgang_for=[w.p["holder2"].id], logg_id=logg_id)
    tilgang = created(
        w, "holder", lambda ctx: access.grant_lesetilgang(ctx, logg_id, w.p["holder2"].id, samtykke_id=lese)
    )
    run(w, "mor", lambda ctx: logs.withdraw_samtykke(ctx, lese))
    assert load(w, Lesetilgang, tilgang).opphevet_at is not None
    assert logg_status(w) is LoggStatus.AKTIV
    refused(w, "holder2", lambda ctx: logs.read_logg(ctx, logg_id), PermissionDenied, "ikke tilgang")


# ----------------------------------------------------------------------------- passive ⇒ reopen only with new consent


def test_a_passive_log_is_read_only(w: World) -> None:
    logg_id = w.ids["logg"]
    run(w, "holder", lambda ctx: logs.set_passive(ctx, logg_id))
    logg = load(w, Stafettlogg, logg_id)
    assert logg.status is LoggStatus.PASSIV and logg.passiv_at == w.clock.now
    run(w, "mor", lambda ctx: logs.read_logg(ctx, logg_id))
    refused(
        w,
        "holder",
        lambda ctx: content.add_oppmerksomhet(ctx, logg_id, "Ella sover godt."),
        RuleViolation,
        "passiv og kan bare leses. Den kan gjenåpnes med nytt samtykke",
    )
    refused(w, "mor", lambda ctx: content.post_lysglimt(ctx, logg_id, "Ella lo i dag."), RuleViolation, "passiv")
    refused(w, "holder", lambda ctx: logs.set_passive(ctx, logg_id), RuleViolation, "passiv")


def test_a_passive_log_is_reopened_with_new_consent(w: World) -> None:
    logg_id = w.ids["logg"]
    run(w, "holder", lambda ctx: logs.set_passive(ctx, logg_id))
    w.clock.advance(days=20)
    ny = register_consent(w, opprette_logg=True, utveksle_opplysninger=True, logg_id=logg_id)
    run(w, "holder", lambda ctx: logs.reopen(ctx, logg_id, ny))
    logg = load(w, Stafettlogg, logg_id)
    assert logg.status is LoggStatus.AKTIV and logg.passiv_at is None
    assert load(w, Samtykke, ny).logg_id == logg_id
    run(w, "holder", lambda ctx: content.add_oppmerksomhet(ctx, logg_id, "Ella sover godt i hvilen."))


def test_reopening_needs_a_new_consent(w: World) -> None:
    logg_id = w.ids["logg"]
    # Registered (and signed) the same day, but before the log was set passive: not a new consent.
    earlier_today = register_consent(w, opprette_logg=True, utveksle_opplysninger=True)
    w.clock.advance(hours=1)
    run(w, "holder", lambda ctx: logs.set_passive(ctx, logg_id))
    w.clock.advance(days=1)
    partial = register_consent(w, opprette_logg=True, logg_id=logg_id)
    withdrawn = register_consent(w, opprette_logg=True, utveksle_opplysninger=True)
    run(w, "mor", lambda ctx: logs.withdraw_samtykke(ctx, withdrawn))
    for samtykke_id, phrase in [
        (w.ids["samtykke"], "krever et nytt samtykke, signert etter at loggen ble satt passiv"),
        (earlier_today, "krever et nytt samtykke"),
        (partial, "dekker ikke utveksling av personopplysninger"),
        (withdrawn, "trukket tilbake"),
    ]:
        refused(w, "holder", lambda ctx, sid=samtykke_id: logs.reopen(ctx, logg_id, sid), RuleViolation, phrase)
    assert logg_status(w) is LoggStatus.PASSIV


def test_only_a_passive_log_is_reopened_and_only_by_the_holder(w: World) -> None:
    logg_id = w.ids["logg"]
    ny = register_consent(w, opprette_logg=True, utveksle_opplysninger=True)
    refused(w, "holder", lambda ctx: logs.reopen(ctx, logg_id, ny), RuleViolation, "Bare en passiv logg kan gjenåpnes")
    run(w, "holder", lambda ctx: logs.set_passive(ctx, logg_id))
    w.clock.advance(minutes=5)
    ny = register_consent(w, opprette_logg=True, utveksle_opplysninger=True)
    refused(w, "mor", lambda ctx: logs.reopen(ctx, logg_id, ny), PermissionDenied, "ikke lov til å gjenåpne loggen")
    refused(w, "leder", lambda ctx: logs.reopen(ctx, logg_id, ny), PermissionDenied, "ikke lov til å gjenåpne loggen")


# ----------------------------------------------------------------------------- closing


@pytest.mark.parametrize("status", [LoggStatus.AKTIV, LoggStatus.PASSIV])
def test_the_holder_closes_the_log(w: World, status: LoggStatus) -> None:
    logg_id = w.ids["logg"]
    tilgang = grant_reader(w)
    if status is LoggStatus.PASSIV:
        run(w, "holder", lambda ctx: logs.set_passive(ctx, logg_id))
    changes = run(w, "holder", lambda ctx: logs.close(ctx, logg_id, "Ella spiser selv; målene er nådd."))
    logg = load(w, Stafettlogg, logg_id)
    assert logg.status is LoggStatus.AVSLUTTET and logg.avslutningsgrunn == "Ella spiser selv; målene er nådd."
    assert any("PDF" in warning and "barnets mappe" in warning for warning in changes.warnings)
    assert load(w, Lesetilgang, tilgang).opphevet_at is not None
    run(w, "mor", lambda ctx: logs.read_logg(ctx, logg_id))  # the family keeps reading


def test_closing_needs_a_reason_and_the_holder(w: World) -> None:
    logg_id = w.ids["logg"]
    refused(
        w,
        "holder",
        lambda ctx: logs.close(ctx, logg_id, "  "),
        InvalidInput,
        "Grunnen til at loggen avsluttes kan ikke være tom",
    )
    refused(
        w, "mor", lambda ctx: logs.close(ctx, logg_id, "Ferdig."), PermissionDenied, "ikke lov til å avslutte loggen"
    )
    run(w, "holder", lambda ctx: logs.close(ctx, logg_id, "Ferdig."))
    refused(w, "holder", lambda ctx: logs.close(ctx, logg_id, "Igjen."), RuleViolation, "avsluttet og kan bare leses")


# ----------------------------------------------------------------------------- delete


def test_the_unit_leader_deletes_a_passive_log(w: World) -> None:
    logg_id = w.ids["logg"]
    o = created(w, "holder", lambda ctx: content.add_oppmerksomhet(ctx, logg_id, "Ella spiser lite."))
    run(w, "holder", lambda ctx: logs.set_passive(ctx, logg_id))
    run(w, "leder", lambda ctx: logs.delete_logg(ctx, logg_id))
    assert load(w, Stafettlogg, logg_id) is None and count(w, "oppmerksomhet") == 0
    samtykke = load(w, Samtykke, w.ids["samtykke"])
    assert samtykke is not None and samtykke.logg_id is None  # the signed form stays archived
    deleted = {(r.entity, r.entity_id) for r in outbox_rows(w, operation="delete")}
    assert {("stafettlogg", logg_id), ("oppmerksomhet", o)} <= deleted
    with w.factory() as s:
        last = s.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
    assert last is not None and last.action == "slett" and last.logg_id == logg_id
    assert last.person_id == w.p["leder"].id


@pytest.mark.parametrize("status", [LoggStatus.AKTIV, LoggStatus.AVSLUTTET])
def test_only_a_passive_log_is_deleted(w: World, status: LoggStatus) -> None:
    logg_id = w.ids["logg"]
    if status is LoggStatus.AVSLUTTET:
        run(w, "holder", lambda ctx: logs.close(ctx, logg_id, "Ferdig."))
    refused(w, "leder", lambda ctx: logs.delete_logg(ctx, logg_id), RuleViolation, "Bare passive logger kan slettes")


@pytest.mark.parametrize(
    ("who", "phrase"),
    [
        ("holder", "ikke lov til å slette loggen"),
        ("mor", "ikke lov til å slette loggen"),
        ("hsleder", "ikke tilgang"),  # leader of another unit
        ("admin", "ikke tilgang"),
        ("annen", "ikke tilgang"),
    ],
)
def test_only_the_unit_leader_deletes(w: World, who: str, phrase: str) -> None:
    logg_id = w.ids["logg"]
    run(w, "holder", lambda ctx: logs.set_passive(ctx, logg_id))
    refused(w, who, lambda ctx: logs.delete_logg(ctx, logg_id), PermissionDenied, phrase)
    assert logg_status(w) is LoggStatus.PASSIV


def test_a_stranger_is_told_about_access_not_about_the_logs_state(w: World) -> None:
    """Before the fix, an unrelated employee was told «Bare passive logger kan slettes. Sett loggen
    passiv først» — as if they could delete it once it was passive."""
    refused(w, "annen", lambda ctx: logs.delete_logg(ctx, w.ids["logg"]), PermissionDenied, "ikke tilgang")


def test_refused_writes_leave_no_outbox_rows(w: World) -> None:
    before = len(outbox_rows(w))
    refused(w, "aktor", lambda ctx: logs.set_passive(ctx, w.ids["logg"]), PermissionDenied, "ikke tilgang")
    with w.factory() as s:
        assert len(s.scalars(select(OutboxEntry)).all()) == before
