"""Møtemodus in the core: only what everyone present may see, nothing that must not be on a wall."""

from __future__ import annotations

import dataclasses

import pytest

from desktop.core import audit
from desktop.core.entities import Arena
from desktop.core.errors import PermissionDenied, RuleViolation
from desktop.core.meeting import MoteVisning, meeting_view, present_choices
from desktop.core.usecases import access, content

from .conftest import World


def _fill(world: World) -> tuple[object, object]:
    logg = world.ids["logg"]
    with world.as_("holder") as ctx:
        o1 = content.add_oppmerksomhet(ctx, logg, "Ella spiser lite i barnehagen.").created
        o2 = content.add_oppmerksomhet(ctx, logg, "Ella leker alene i utetiden.").created
        assert o1 and o2
        content.add_tiltak(ctx, o1, tekst="Ella spiser selv.", arena=Arena.TJENESTE, ansvarlig_id=world.p["aktor"].id)
        content.post_lysglimt(ctx, logg, "Ella spiste selv!", oppmerksomhet_id=o1)
        content.post_lysglimt(ctx, logg, "Ella lekte med Sofie.", oppmerksomhet_id=o2)
        content.add_notat(ctx, logg, "Internt: samtale med barnevernet.", internt=True)
    return o1, o2


def test_the_wall_view_has_no_field_for_what_must_not_be_shown() -> None:
    fields = {f.name for f in dataclasses.fields(MoteVisning)}
    assert not fields & {"fodselsnummer", "adresse", "telefon", "foresatte", "notater", "epost"}


def test_holder_shows_the_log_to_the_family_and_it_is_audited(world: World) -> None:
    _fill(world)
    present = [world.p["holder"], world.p["mor"], world.p["far"], world.p["aktor"]]
    with world.as_("holder") as ctx:
        view = meeting_view(ctx, world.ids["logg"], present, record=True)
        entries = [e for e in audit.trail(ctx.session, world.ids["logg"]) if e.action == audit.Action.MEETING]
    assert len(view.oppmerksomheter) == 2 and len(view.lysglimt) == 2 and not view.begrenset
    assert len(entries) == 1
    assert set(entries[0].detail["tilstede"]) == {
        "Holder Testesen",
        "Mona Fjellstad",
        "Per Fjellstad",
        "Aktor Testesen",
    }


def test_a_limited_reader_present_narrows_the_wall(world: World) -> None:
    o1, _ = _fill(world)
    with world.as_("holder") as ctx:
        access.grant_lesetilgang(
            ctx,
            world.ids["logg"],
            world.p["leser"].id,
            samtykke_id=world.ids["samtykke"],
            hele_loggen=False,
            oppmerksomheter=[o1],  # type: ignore[list-item]
        )
        view = meeting_view(ctx, world.ids["logg"], [world.p["holder"], world.p["leser"]])
    assert [o.id for o in view.oppmerksomheter] == [o1] and view.begrenset
    assert [g.tekst for g in view.lysglimt] == ["Ella spiste selv!"]


def test_someone_without_consent_present_stops_the_showing(world: World) -> None:
    _fill(world)
    with pytest.raises(RuleViolation, match="samtykke"), world.as_("holder") as ctx:
        meeting_view(ctx, world.ids["logg"], [world.p["holder"], world.p["stemor"]])
    with pytest.raises(RuleViolation, match="samtykke"), world.as_("holder") as ctx:
        meeting_view(ctx, world.ids["logg"], [world.p["annen"]])


def test_only_the_holder_starts_meeting_mode(world: World) -> None:
    _fill(world)
    with pytest.raises(PermissionDenied), world.as_("aktor") as ctx:
        meeting_view(ctx, world.ids["logg"], [world.p["aktor"]])


def test_present_choices_are_the_people_linked_to_the_log(world: World) -> None:
    _fill(world)
    with world.as_("holder") as ctx:
        names = [p.navn for p in present_choices(ctx, world.ids["logg"])]
    assert names[0] == "Holder Testesen"
    assert {"Mona Fjellstad", "Per Fjellstad", "Ella Fjellstad", "Aktor Testesen"} <= set(names)
    assert "Siri Dal" not in names  # the step-mother has no foreldreansvar
