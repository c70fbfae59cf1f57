"""The family's access log: who opened, exported or showed the log, and who may see that."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from desktop.core import audit, innsyn
from desktop.core.entities import Ansatt, Arena, Stafettlogg
from desktop.core.errors import PermissionDenied
from desktop.core.innsyn import Tilgang
from desktop.core.meeting import meeting_view
from desktop.core.permissions import Role, relation
from desktop.core.usecases import access, content, logs

from .conftest import World


def _open(world: World, who: str) -> None:
    with world.as_(who) as ctx:
        logs.read_logg(ctx, world.ids["logg"])


def _log(world: World, who: str = "mor") -> list[innsyn.TilgangRad]:
    with world.as_(who) as ctx:
        return innsyn.access_log(ctx, world.ids["logg"])


def _grant(world: World) -> uuid.UUID:
    """Leser gets read access; Aktor becomes an aktør by being responsible for a tiltak."""
    with world.as_("holder") as ctx:
        concern = content.add_oppmerksomhet(ctx, world.ids["logg"], "Ella spiser lite i barnehagen.").created
        assert concern is not None
        content.add_tiltak(
            ctx, concern, tekst="Ella spiser selv.", arena=Arena.TJENESTE, ansvarlig_id=world.p["aktor"].id
        )
        created = access.grant_lesetilgang(
            ctx, world.ids["logg"], world.p["leser"].id, samtykke_id=world.ids["samtykke"]
        ).created
    assert created is not None
    return created


def test_openings_exports_and_meetings_newest_first_with_names_in_words(world: World) -> None:
    _grant(world)
    world.clock.advance(hours=1)
    _open(world, "leser")
    world.clock.advance(hours=2)
    with world.as_("holder") as ctx:
        audit.record(ctx, audit.Action.EXPORT, world.ids["logg"], format="pdf")
    world.clock.advance(hours=1)
    with world.as_("holder") as ctx:
        meeting_view(ctx, world.ids["logg"], [world.p["holder"], world.p["mor"]], record=True)
    world.clock.advance(hours=1)
    _open(world, "far")

    got = _log(world)
    assert [(r.hvem, r.hva) for r in got] == [
        ("Per Fjellstad, foresatt (far)", "åpnet loggen"),
        ("Holder Testesen, Solsikken barnehage", "viste loggen i møtemodus"),
        ("Holder Testesen, Solsikken barnehage", "eksporterte loggen til PDF"),
        ("Leser Testesen, Solsikken barnehage", "åpnet loggen"),
        ("Holder Testesen, Solsikken barnehage", "opprettet loggen"),
    ]
    assert [r.at for r in got] == sorted((r.at for r in got), reverse=True)
    assert got[0].at == world.clock.now


def test_a_position_and_unit_describe_an_employee(world: World) -> None:
    with world.as_("admin") as ctx:
        holder = ctx.session.get(Ansatt, world.p["holder"].id)
        assert holder is not None
        holder.stilling = "Pedagogisk leder"
    assert _log(world)[-1].hvem == "Holder Testesen, pedagogisk leder, Solsikken barnehage"


def test_close_openings_by_one_person_fold_into_one_row(world: World) -> None:
    for _ in range(3):
        world.clock.advance(minutes=10)
        _open(world, "holder")
    world.clock.advance(minutes=5)
    _open(world, "mor")  # someone else in between ends the run
    world.clock.advance(minutes=5)
    _open(world, "holder")
    world.clock.advance(hours=2)  # long after: a new visit
    _open(world, "holder")

    got = _log(world, "far")
    assert [(r.hvem.split(",")[0], r.hva) for r in got[:4]] == [
        ("Holder Testesen", "åpnet loggen"),
        ("Holder Testesen", "åpnet loggen"),
        ("Mona Fjellstad", "åpnet loggen"),
        ("Holder Testesen", "åpnet loggen 3 ganger"),
    ]
    assert got[3].antall == 3 and got[3].at - got[3].forst == dt.timedelta(minutes=20)


def test_the_guardians_the_youth_and_the_holder_may_see_it(world: World) -> None:
    for who in ("mor", "far", "holder"):
        assert _log(world, who)
    with world.as_("holder") as ctx:
        logg = ctx.session.get(Stafettlogg, world.ids["logg"])
        assert logg is not None
        assert innsyn.may_see(ctx.session, world.get(ctx.session, "ella"), logg) is None  # type: ignore[arg-type]


@pytest.mark.parametrize("who", ["leser", "leder", "aktor", "stemor", "annen"])
def test_a_reader_the_leader_an_actor_and_others_are_refused(world: World, who: str) -> None:
    _grant(world)
    with world.factory() as session:
        logg = session.get(Stafettlogg, world.ids["logg"])
        assert logg is not None
        roles = relation(session, world.get(session, who), logg).roles  # type: ignore[arg-type]
    assert roles == {"leser": {Role.LESER}, "leder": {Role.LEDER}, "aktor": {Role.AKTOR}}.get(who, set())
    with pytest.raises(PermissionDenied, match="Bare foresatte, ungdommen selv og stafettholderen"):
        _log(world, who)


def test_entries_from_the_server_merge_and_count_once(world: World) -> None:
    _open(world, "holder")
    with world.as_("mor") as ctx:
        mine = innsyn.local_entries(ctx, world.ids["logg"])
    opened = mine[-1]
    other_pc = Tilgang(
        device="annen-pc",
        seq=1,
        at=opened.at + dt.timedelta(hours=3),
        person_type="ansatt",
        person_id=world.p["leser"].id,
        action=audit.Action.PRINT,
        logg_id=world.ids["logg"],
        hvem="Leser Testesen, Solsikken barnehage",
    )
    wire = [Tilgang.from_wire(t.to_wire()) for t in (opened, other_pc)]  # as the server sends them
    with world.as_("mor") as ctx:
        got = innsyn.access_log(ctx, world.ids["logg"], wire)
    assert [(r.hvem, r.hva) for r in got] == [
        ("Leser Testesen, Solsikken barnehage", "skrev ut loggen"),
        ("Holder Testesen, Solsikken barnehage", "åpnet loggen"),
        ("Holder Testesen, Solsikken barnehage", "opprettet loggen"),
    ]


def test_unsent_entries_are_only_the_persons_own_accesses(world: World) -> None:
    _open(world, "holder")
    _open(world, "mor")
    with world.as_("holder") as ctx:
        audit.record(ctx, audit.Action.EXPORT, world.ids["logg"], hva="faktordiagram", oppmerksomhet="x")
    with world.factory() as session:
        entries, last = innsyn.unsent_entries(session, world.p["holder"].id, 0)
        assert [innsyn.kind_of(e.action, e.detail) for e in entries] == ["opprettet", "les", "eksporter_diagram"]
        assert entries[-1].detail == {"hva": "faktordiagram"}  # no content travels
        assert last == entries[-1].seq
        assert innsyn.unsent_entries(session, world.p["holder"].id, last) == ([], last)


def test_had_access_outlives_a_withdrawn_read_grant(world: World) -> None:
    grant = _grant(world)
    with world.as_("holder") as ctx:
        access.revoke_lesetilgang(ctx, grant)
    with world.factory() as session:
        logg = session.get(Stafettlogg, world.ids["logg"])
        assert logg is not None
        assert innsyn.had_access(session, world.get(session, "leser"), logg)  # type: ignore[arg-type]
        assert not innsyn.had_access(session, world.get(session, "annen"), logg)  # type: ignore[arg-type]
        assert not innsyn.had_access(session, world.get(session, "leder"), logg)  # type: ignore[arg-type]
        assert innsyn.had_access(session, world.get(session, "far"), logg)  # type: ignore[arg-type]
