"""The snapshot the views render shows each person what they may see and offers what they may do."""

from __future__ import annotations

from desktop.core import audit
from desktop.core.entities import Arena
from desktop.core.permissions import Action, Role
from desktop.core.snapshot import history, snapshot
from desktop.core.usecases import access, content

from .conftest import World


def _fill(world: World) -> tuple[object, object]:
    logg = world.ids["logg"]
    with world.as_("holder") as ctx:
        o1 = content.add_oppmerksomhet(ctx, logg, "Ella spiser lite i barnehagen.").created
        o2 = content.add_oppmerksomhet(ctx, logg, "Ella leker alene i utetiden.").created
        assert o1 and o2
        content.set_mal(ctx, o1, del_a="Ella øver på å spise selv")
        content.add_tiltak(
            ctx, o1, tekst="Ella spiser selv i barnehagen", arena=Arena.TJENESTE, ansvarlig_id=world.p["aktor"].id
        )
        content.add_notat(ctx, logg, "Internt notat om samarbeid.", internt=True)
        content.add_notat(ctx, logg, "Ella har fått egen plass ved bordet.")
        content.post_lysglimt(ctx, logg, "Ella spiste hele brødskiva selv!", oppmerksomhet_id=o1)
        content.post_lysglimt(ctx, logg, "Ella lekte med Sofie i sandkassa.", oppmerksomhet_id=o2)
    return o1, o2


def test_holder_sees_everything_and_may_do_the_holders_work(world: World) -> None:
    _fill(world)
    with world.as_("holder") as ctx:
        snap = snapshot(ctx, world.ids["logg"])
    assert Role.STAFETTHOLDER in snap.roles
    assert snap.may(Action.ADD_TILTAK) and snap.may(Action.CLOSE) and not snap.may(Action.DELETE)
    assert len(snap.oppmerksomheter) == 2 and len(snap.notater) == 2 and len(snap.lysglimt) == 2
    first = snap.oppmerksomheter[0]
    assert first.mal is not None and first.mal.tekst == "Ella øver på å spise selv"
    assert first.tiltak[0].may_write and first.tiltak[0].correction_left.total_seconds() > 7 * 3600
    assert any("hjemmet" in w for w in first.warnings)
    assert [a.navn for a in snap.aktorer] == ["Aktor Testesen"]


def test_aktor_writes_only_own_tiltak(world: World) -> None:
    _fill(world)
    with world.as_("aktor") as ctx:
        snap = snapshot(ctx, world.ids["logg"])
    assert snap.roles == frozenset({Role.AKTOR})
    assert snap.oppmerksomheter[0].tiltak[0].may_write and not snap.may(Action.ADD_NOTAT)


def test_guardian_never_sees_internal_notes(world: World) -> None:
    _fill(world)
    with world.as_("mor") as ctx:
        snap = snapshot(ctx, world.ids["logg"])
    assert [n.tekst for n in snap.notater] == ["Ella har fått egen plass ved bordet."]
    assert snap.samtykker == []  # consent documents are the holder's business


def test_reader_limited_to_chosen_concerns(world: World) -> None:
    _, o2 = _fill(world)
    with world.as_("holder") as ctx:
        access.grant_lesetilgang(
            ctx,
            world.ids["logg"],
            world.p["leser"].id,
            samtykke_id=world.ids["samtykke"],
            hele_loggen=False,
            oppmerksomheter=[o2],  # type: ignore[list-item]
        )
    with world.as_("leser") as ctx:
        snap = snapshot(ctx, world.ids["logg"])
    assert snap.limited and [o.id for o in snap.oppmerksomheter] == [o2]
    assert [g.tekst for g in snap.lysglimt] == ["Ella lekte med Sofie i sandkassa."]
    assert snap.notater == [] and snap.allowed == frozenset({Action.READ})


def test_refresh_does_not_flood_the_audit_trail_and_history_reads_back(world: World) -> None:
    _fill(world)
    with world.as_("holder") as ctx:
        snapshot(ctx, world.ids["logg"])
        snapshot(ctx, world.ids["logg"], record_read=False)
        reads = [e for e in audit.trail(ctx.session, world.ids["logg"]) if e.action == audit.Action.READ]
        rows = history(ctx, world.ids["logg"])
    assert len(reads) == 1
    assert rows[0].hva == "Lysglimt lagt til" and rows[0].hvem == "Holder Testesen"
    assert any(r.hva == "Tiltak lagt til" for r in rows)


def test_attachments_belong_to_the_log_in_the_history(world: World) -> None:
    from desktop.core import outbox

    with world.as_("holder") as ctx:
        notat = content.add_notat(ctx, world.ids["logg"], "Bilder av øvelsen.", vedlegg=[("a.pdf", b"%PDF-1.4\n")])
        assert notat.created is not None
        content.attach_pdf(ctx, notat.created, "b.pdf", b"%PDF-1.4\n")
        rows = [e for e in outbox.history(ctx.session, world.ids["logg"]) if e.entity == "vedlegg"]
    assert len(rows) == 2


def test_history_is_for_those_who_see_the_whole_log(world: World) -> None:
    import pytest

    from desktop.core.errors import PermissionDenied

    _, o2 = _fill(world)
    with world.as_("holder") as ctx:
        access.grant_lesetilgang(
            ctx,
            world.ids["logg"],
            world.p["leser"].id,
            samtykke_id=world.ids["samtykke"],
            hele_loggen=False,
            oppmerksomheter=[o2],  # type: ignore[list-item]
        )
    with world.as_("mor") as ctx:
        rows = history(ctx, world.ids["logg"])
    assert rows and not any(r.hva.startswith("Notat") for r in rows)
    with pytest.raises(PermissionDenied, match="utvalgte oppmerksomheter"), world.as_("leser") as ctx:
        history(ctx, world.ids["logg"])
