from __future__ import annotations

from desktop.core import audit, outbox
from desktop.core.entities import OutboxEntry, Stafettlogg

from .conftest import World


def test_world_builds_with_outbox_and_audit(world: World) -> None:
    with world.factory() as s:
        logg = s.get(Stafettlogg, world.ids["logg"])
        assert logg is not None
        assert logg.stafettholder_id == world.p["holder"].id
        assert s.query(OutboxEntry).count() > 10
        assert outbox.history(s, logg.id)
        assert audit.verify(s).ok
