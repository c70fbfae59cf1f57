"""Who reads and writes what: aktør, read-only access by consent, guardians and the child."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import pytest
from sqlalchemy import select

from desktop.core import permissions
from desktop.core.context import Context
from desktop.core.entities import Arena, AuditEntry, Lesetilgang, Lysglimt, PersonKind, Stafettlogg
from desktop.core.errors import InvalidInput, NotFound, PermissionDenied, RuleViolation
from desktop.core.usecases import access, content, logs, organisation

from .conftest import World
from .test_rules_support import (
    add_oppmerksomhet,
    add_tiltak,
    base_world,
    created,
    load,
    refused,
    register_consent,
    run,
)


@pytest.fixture
def w() -> World:
    return base_world()


def grant(w: World, nick: str = "leser", samtykke: str = "samtykke", **scope: object) -> uuid.UUID:
    logg_id, ansatt_id, samtykke_id = w.ids["logg"], w.p[nick].id, w.ids[samtykke]
    return created(
        w,
        "holder",
        lambda ctx: access.grant_lesetilgang(ctx, logg_id, ansatt_id, samtykke_id=samtykke_id, **scope),  # type: ignore[arg-type]
    )


def visible(w: World, nick: str) -> list[uuid.UUID]:
    with w.as_(nick) as ctx:
        return [o.id for o in logs.read_logg(ctx, w.ids["logg"]).oppmerksomheter]


def reads(w: World) -> list[AuditEntry]:
    with w.factory() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.action == "les").order_by(AuditEntry.seq)))


# ----------------------------------------------------------------------------- the aktør


def test_an_aktor_reads_the_log_and_writes_own_tiltak_and_lysglimt(w: World) -> None:
    o = add_oppmerksomhet(w)
    own = add_tiltak(w, o, ansvarlig="aktor")
    assert visible(w, "aktor") == [o]
    run(w, "aktor", lambda ctx: content.correct_tiltak_text(ctx, own, "Aktøren sitter ved Ella hver dag."))
    run(w, "aktor", lambda ctx: content.post_lysglimt(ctx, w.ids["logg"], "Ella spiste opp!", oppmerksomhet_id=o))
    with w.factory() as s:
        glimt = s.scalars(select(Lysglimt)).one()
    assert glimt.forfatter_type is PersonKind.ANSATT and glimt.forfatter_id == w.p["aktor"].id


@pytest.mark.parametrize("name", ["oppmerksomhet", "mål", "notat", "møte", "nytt tiltak"])
def test_an_aktor_writes_nothing_else(w: World, name: str) -> None:
    o = add_oppmerksomhet(w)
    add_tiltak(w, o, ansvarlig="aktor")
    logg_id = w.ids["logg"]
    calls: dict[str, Callable[[Context], object]] = {
        "oppmerksomhet": lambda ctx: content.add_oppmerksomhet(ctx, logg_id, "Ella sover."),
        "mål": lambda ctx: content.set_mal(ctx, o, del_a="Ella sover."),
        "notat": lambda ctx: content.add_notat(ctx, logg_id, "Notat."),
        "møte": lambda ctx: content.call_mote(ctx, logg_id, tidspunkt=ctx.now()),
        "nytt tiltak": lambda ctx: content.add_tiltak(
            ctx, o, tekst="Nytt.", arena=Arena.TJENESTE, ansvarlig_id=w.p["aktor"].id, neste_trinn=True
        ),
    }
    refused(w, "aktor", calls[name], PermissionDenied, "Du har ikke lov til å")


# ----------------------------------------------------------------------------- read-only access


def test_read_access_with_consent_covers_the_whole_log(w: World) -> None:
    o1, o2 = add_oppmerksomhet(w, "Ella spiser lite."), add_oppmerksomhet(w, "Ella sover lite.")
    tilgang = grant(w)
    assert load(w, Lesetilgang, tilgang).hele_loggen
    assert visible(w, "leser") == [o1, o2]
    assert w.ids["logg"] in run(w, "leser", logs.logs_for)


def test_read_access_can_cover_chosen_oppmerksomheter_and_be_widened_and_narrowed(w: World) -> None:
    o1, o2 = add_oppmerksomhet(w, "Ella spiser lite."), add_oppmerksomhet(w, "Ella sover lite.")
    tilgang = grant(w, hele_loggen=False, oppmerksomheter=[o2])
    assert visible(w, "leser") == [o2]
    run(w, "holder", lambda ctx: access.change_lesetilgang(ctx, tilgang, hele_loggen=True))
    assert visible(w, "leser") == [o1, o2]
    run(w, "holder", lambda ctx: access.change_lesetilgang(ctx, tilgang, hele_loggen=False, oppmerksomheter=[o1]))
    assert visible(w, "leser") == [o1]


def test_read_access_needs_the_parents_consent(w: World) -> None:
    logg_id, holder2 = w.ids["logg"], w.p["holder2"].id
    refused(
        w,
        "holder",
        lambda ctx: access.grant_lesetilgang(ctx, logg_id, holder2, samtykke_id=w.ids["samtykke"]),
        RuleViolation,
        "Samtykket gir ikke lesetilgang til denne personen",
    )
    lese = register_consent(w, lesetilgang_for=[holder2], logg_id=logg_id)
    run(w, "mor", lambda ctx: logs.withdraw_samtykke(ctx, lese))
    refused(
        w,
        "holder",
        lambda ctx: access.grant_lesetilgang(ctx, logg_id, holder2, samtykke_id=lese),
        RuleViolation,
        "Samtykket er trukket tilbake",
    )


def test_read_access_scope_must_be_chosen_from_this_log(w: World) -> None:
    logg_id, leser = w.ids["logg"], w.p["leser"].id
    refused(
        w,
        "holder",
        lambda ctx: access.grant_lesetilgang(ctx, logg_id, leser, samtykke_id=w.ids["samtykke"], hele_loggen=False),
        InvalidInput,
        "Velg hvilke oppmerksomheter lesetilgangen skal gjelde, eller hele loggen",
    )
    refused(
        w,
        "holder",
        lambda ctx: access.grant_lesetilgang(
            ctx, logg_id, leser, samtykke_id=w.ids["samtykke"], hele_loggen=False, oppmerksomheter=[uuid.uuid4()]
        ),
        InvalidInput,
        "hører ikke til denne loggen",
    )


def test_one_read_access_per_person_and_not_for_removed_employees(w: World) -> None:
    grant(w)
    logg_id, leser = w.ids["logg"], w.p["leser"].id
    refused(
        w,
        "holder",
        lambda ctx: access.grant_lesetilgang(ctx, logg_id, leser, samtykke_id=w.ids["samtykke"]),
        RuleViolation,
        "har allerede lesetilgang. Endre den i stedet",
    )
    lese = register_consent(w, lesetilgang_for=[w.p["holder2"].id], logg_id=logg_id)
    run(w, "leder", lambda ctx: organisation.remove_ansatt(ctx, w.p["holder2"].id))
    refused(
        w,
        "holder",
        lambda ctx: access.grant_lesetilgang(ctx, logg_id, w.p["holder2"].id, samtykke_id=lese),
        RuleViolation,
        "er ikke lenger registrert som ansatt",
    )


def test_a_reader_only_reads(w: World) -> None:
    o = add_oppmerksomhet(w)
    hjem = add_tiltak(w, o, arena=Arena.HJEM, ansvarlig=None)
    grant(w)
    logg_id = w.ids["logg"]
    for action in (
        lambda ctx: content.post_lysglimt(ctx, logg_id, "Fint!"),
        lambda ctx: content.add_oppmerksomhet(ctx, logg_id, "Ella sover."),
        lambda ctx: content.correct_tiltak_text(ctx, hjem, "Endret."),
    ):
        refused(w, "leser", action, PermissionDenied, "Du har ikke lov til å")


def test_revoked_read_access_ends_reading(w: World) -> None:
    tilgang = grant(w)
    run(w, "holder", lambda ctx: access.revoke_lesetilgang(ctx, tilgang))
    refused(
        w,
        "leser",
        lambda ctx: logs.read_logg(ctx, w.ids["logg"]),
        PermissionDenied,
        "Du har ikke tilgang til denne loggen",
    )
    assert run(w, "leser", logs.logs_for) == []
    refused(
        w,
        "holder",
        lambda ctx: access.change_lesetilgang(ctx, tilgang, hele_loggen=True),
        RuleViolation,
        "Lesetilgangen er fjernet",
    )


def test_only_the_holder_manages_read_access(w: World) -> None:
    tilgang = grant(w)
    for who in ("mor", "aktor", "leder", "leser"):
        refused(
            w,
            who,
            lambda ctx: access.revoke_lesetilgang(ctx, tilgang),
            PermissionDenied,
            "ikke lov til å gi eller fjerne lesetilgang|ikke tilgang",
        )


# ----------------------------------------------------------------------------- guardians and the child


def test_guardians_read_their_childs_log_and_write_lysglimt_and_home_tiltak(w: World) -> None:
    logg_id = w.ids["logg"]
    o = add_oppmerksomhet(w)
    for nick in ("mor", "far"):
        assert visible(w, nick) == [o]
        assert run(w, nick, logs.logs_for) == [logg_id]
    run(w, "far", lambda ctx: content.post_lysglimt(ctx, logg_id, "Ella smurte maten selv!"))
    hjem = add_tiltak(w, o, arena=Arena.HJEM, ansvarlig=None, who="mor", tekst="Mor lar Ella smøre maten selv.")
    run(w, "far", lambda ctx: content.correct_tiltak_text(ctx, hjem, "Far lar Ella smøre maten selv."))


def test_a_guardian_without_foreldreansvar_has_no_access(w: World) -> None:
    logg_id = w.ids["logg"]
    for action in (
        lambda ctx: logs.read_logg(ctx, logg_id),
        lambda ctx: content.post_lysglimt(ctx, logg_id, "Hei!"),
    ):
        refused(w, "stemor", action, PermissionDenied, "Du har ikke tilgang til denne loggen")
    assert run(w, "stemor", logs.logs_for) == []


def test_the_child_reads_its_log_and_posts_lysglimt(w: World) -> None:
    logg_id = w.ids["logg"]
    assert run(w, "ella", logs.logs_for) == [logg_id]
    run(w, "ella", lambda ctx: logs.read_logg(ctx, logg_id))
    run(w, "ella", lambda ctx: content.post_lysglimt(ctx, logg_id, "Jeg spiste fisk!"))
    refused(w, "ella", lambda ctx: content.add_oppmerksomhet(ctx, logg_id, "Noe."), PermissionDenied, "ikke lov til å")


def test_guardians_and_child_keep_access_to_a_closed_log(w: World) -> None:
    logg_id = w.ids["logg"]
    run(w, "holder", lambda ctx: logs.close(ctx, logg_id, "Ferdig."))
    for nick in ("mor", "far", "ella", "holder"):
        run(w, nick, lambda ctx: logs.read_logg(ctx, logg_id))


# ----------------------------------------------------------------------------- leaders, strangers and the audit trail


@pytest.mark.parametrize("nick", ["leder", "hsleder", "annen", "holder2", "fastlege", "admin", "aktor"])
def test_nobody_else_reads_the_log(w: World, nick: str) -> None:
    # The leader is in the log's unit, so is told what is not allowed (not «… lese loggen i denne loggen»).
    leader, stranger = "^Du har ikke lov til å lese loggen[.]$", "^Du har ikke tilgang til denne loggen[.]$"
    phrase = leader if nick == "leder" else stranger
    refused(w, nick, lambda ctx: logs.read_logg(ctx, w.ids["logg"]), PermissionDenied, phrase)


def test_a_removed_employee_loses_every_access(w: World) -> None:
    o = add_oppmerksomhet(w)
    add_tiltak(w, o, ansvarlig="aktor")
    grant(w)
    for nick in ("aktor", "leser"):
        run(w, "leder", lambda ctx, n=nick: organisation.remove_ansatt(ctx, w.p[n].id))
        refused(w, nick, lambda ctx: logs.read_logg(ctx, w.ids["logg"]), PermissionDenied, "ikke tilgang")
        assert run(w, nick, logs.logs_for) == []


def test_every_reading_is_written_to_the_audit_trail(w: World) -> None:
    logg_id = w.ids["logg"]
    w.clock.advance(minutes=3)
    run(w, "mor", lambda ctx: logs.read_logg(ctx, logg_id))
    (entry,) = reads(w)
    assert (entry.person_type, entry.person_id, entry.logg_id, entry.device, entry.at) == (
        "foresatt",
        w.p["mor"].id,
        logg_id,
        "test-pc",
        w.clock.now,
    )
    refused(w, "annen", lambda ctx: logs.read_logg(ctx, logg_id), PermissionDenied, "ikke tilgang")
    assert len(reads(w)) == 1  # a refused reading leaves no entry (and no partial one)


def test_reading_a_log_that_does_not_exist(w: World) -> None:
    refused(w, "holder", lambda ctx: logs.read_logg(ctx, uuid.uuid4()), NotFound, "Loggen finnes ikke")


def test_the_leader_sees_that_a_log_exists_but_not_its_content(w: World) -> None:
    with w.factory() as s:
        logg = s.get(Stafettlogg, w.ids["logg"])
        assert logg is not None
        rel = permissions.relation(s, w.get(s, "leder"), logg)
    assert rel.roles == {permissions.Role.LEDER}
    assert permissions.Action.READ not in permissions.allowed_actions(logg.status, rel.roles)
