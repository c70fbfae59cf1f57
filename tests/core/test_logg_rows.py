"""The header rows of «Mine logger» (``queries.logg_rows``): names, counts and the unread lysglimt."""

from __future__ import annotations

from desktop.core.queries import logg_rows
from desktop.core.snapshot import snapshot
from desktop.core.usecases import content, logs

from .conftest import World


def test_rows_carry_the_header_and_count_lysglimt_by_others_since_the_log_was_last_opened(world: World) -> None:
    logg = world.ids["logg"]
    with world.as_("holder") as ctx:
        content.post_lysglimt(ctx, logg, "Ella spiste selv i dag.")
    for _ in range(2):
        world.clock.advance(minutes=5)
        with world.as_("mor") as ctx:
            content.post_lysglimt(ctx, logg, "Ella sov hele natten.")
    holder = world.p["holder"].id
    with world.as_("holder") as ctx:
        (row,) = logg_rows(ctx.session, logs.logs_for(ctx), holder)
    assert (row.barn, row.stafettholder, row.enhet, row.niva) == (
        "Ella Fjellstad",
        "Holder Testesen",
        "Solsikken barnehage",
        1,
    )
    assert (row.lysglimt, row.uleste_lysglimt) == (3, 2)  # her own is never unread

    world.clock.advance(minutes=5)
    with world.as_("holder") as ctx:
        snapshot(ctx, logg)  # opening the log marks it seen
    with world.as_("holder") as ctx:
        assert logg_rows(ctx.session, [logg], holder)[0].uleste_lysglimt == 0
    world.clock.advance(minutes=5)
    with world.as_("far") as ctx:
        content.post_lysglimt(ctx, logg, "Ella tegnet en sol.")
    with world.as_("holder") as ctx:
        (row,) = logg_rows(ctx.session, [logg], holder)
    assert (row.lysglimt, row.uleste_lysglimt) == (4, 1)
    with world.as_("mor") as ctx:  # the mother never opened it here: the holder's and the father's are new to her
        assert logg_rows(ctx.session, [logg], world.p["mor"].id)[0].uleste_lysglimt == 2
