"""Tabs beside «Mine logger» that only some people get: the unit leader's, the administrator's,
and a receiver's list of transfers waiting for an answer.

Each entry decides from `Roller` whether the signed-in person gets it; the main window adds the
tabs once it knows who that is, and never lets them be closed.
"""

from __future__ import annotations

from desktop.core.queries import Roller
from desktop.models.backend import Backend

from desktop.views.widgets import RoleTab


def role_tabs(backend: Backend, roller: Roller) -> list[RoleTab]:
    """The tabs for this person, in the order they are shown."""
    tabs: list[RoleTab] = []
    if roller.ansatt and roller.leder and roller.enhet_id is not None:
        from desktop.views.brukere import BrukereTab
        from desktop.views.lederoversikt import OversiktTab

        tabs += [BrukereTab(backend), OversiktTab(backend)]
    elif roller.ansatt and roller.kommuneadmin:
        from desktop.views.lederoversikt import OversiktTab

        tabs.append(OversiktTab(backend, hele_kommunen=True))
    if roller.kommuneadmin:
        from desktop.views.kommune import KommuneTab

        tabs.append(KommuneTab(backend))
    if roller.ansatt and (roller.stafettholder or roller.leder):
        from desktop.views.overforing import OverforingerTab

        tabs.append(OverforingerTab(backend))
    return tabs
