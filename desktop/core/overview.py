"""The leader's overview: how the unit's logs are doing, in counts only.

No child's name and no content: the counts come from ids, dates, status, level and
responsibility, so they are the same on a workspace with the full logs and on a leader's
PC that holds the unit's logs as headers only. The administrator gets the whole kommune.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select

from desktop.core.context import OSLO, Context
from desktop.core.enhet import Omfang, last_activity, scope
from desktop.core.entities import (
    Evaluering,
    LoggStatus,
    Oppmerksomhet,
    Overforing,
    OverforingStatus,
    OverforingType,
    Samtykke,
    Stafettlogg,
    Tiltak,
    TiltakStatus,
)
from desktop.core.errors import InvalidInput

NIVAER = (1, 2, 3)
CONSENT_WARNING_DAYS = 30
MAX_WEEKS = 104


@dataclass(frozen=True)
class StatusTelling:
    """How many logs of one status there are at each level."""

    status: LoggStatus
    per_niva: tuple[int, int, int]  # nivå 1, 2, 3

    @property
    def total(self) -> int:
        return sum(self.per_niva)


@dataclass(frozen=True)
class Oversikt:
    """Counts for a unit (or the kommune). Every field is a number, never a name or a text."""

    omfang: str  # the unit's or the kommune's name
    hele_kommunen: bool
    dato: dt.date
    uker: int
    logger: tuple[StatusTelling, ...]  # aktiv, passiv, avsluttet
    # Active tiltak in active logs whose evaluation date has passed without an evaluation.
    evaluering_forfalt_tiltak: int
    evaluering_forfalt_logger: int
    # Consents of logs that are not closed, not withdrawn: expiring within 30 days / expired.
    samtykker_utloper_snart: int
    samtykker_utlopt: int  # only those of active logs: an active log rests on them
    # Active logs where nothing has been written for ``uker`` weeks.
    logger_uten_aktivitet: int
    # Transfers waiting for an answer.
    overforinger_innen: int  # within one unit of the scope
    overforinger_inn: int  # to the scope, from a unit outside it
    overforinger_ut: int  # from the scope, to a unit outside it or another kommune
    overforinger_mellom: int  # between two units of the scope (the kommune's view)

    def antall(self, status: LoggStatus, niva: int | None = None) -> int:
        telling = next(t for t in self.logger if t.status is status)
        return telling.total if niva is None else telling.per_niva[niva - 1]

    @property
    def logger_totalt(self) -> int:
        return sum(t.total for t in self.logger)


def leader_overview(ctx: Context, *, weeks: int, today: dt.date, hele_kommunen: bool = False) -> Oversikt:
    """The overview for the acting leader's unit (or, for the administrator, the kommune)."""
    if not 1 <= weeks <= MAX_WEEKS:
        raise InvalidInput(f"Antall uker må være mellom 1 og {MAX_WEEKS}.")
    omfang = scope(ctx, hele_kommunen=hele_kommunen)
    return _count(ctx, omfang, weeks=weeks, today=today)


def _count(ctx: Context, omfang: Omfang, *, weeks: int, today: dt.date) -> Oversikt:
    session = ctx.session
    units = list(omfang.enhet_ids)
    logs = list(
        session.execute(
            select(Stafettlogg.id, Stafettlogg.status, Stafettlogg.niva).where(Stafettlogg.enhet_id.in_(units))
        )
    )
    grid = {(status, niva): 0 for status in LoggStatus for niva in NIVAER}
    for _id, status, niva in logs:
        if (status, niva) in grid:
            grid[(status, niva)] += 1
    active = [i for i, status, _n in logs if status is LoggStatus.AKTIV]
    not_closed = [i for i, status, _n in logs if status is not LoggStatus.AVSLUTTET]

    overdue = list(
        session.execute(
            select(Tiltak.id, Oppmerksomhet.logg_id)
            .join(Oppmerksomhet, Tiltak.oppmerksomhet_id == Oppmerksomhet.id)
            .outerjoin(Evaluering, Evaluering.tiltak_id == Tiltak.id)
            .where(
                Oppmerksomhet.logg_id.in_(active),
                Tiltak.status == TiltakStatus.AKTIV,
                Tiltak.evalueringsdato < today,
                Evaluering.id.is_(None),
            )
        )
    )

    consents = list(
        session.execute(
            select(Samtykke.logg_id, Samtykke.utloper).where(
                Samtykke.logg_id.in_(not_closed), Samtykke.trukket_at.is_(None), Samtykke.utloper.is_not(None)
            )
        )
    )
    soon = today + dt.timedelta(days=CONSENT_WARNING_DAYS)
    active_set = set(active)
    expiring = [logg_id for logg_id, end in consents if end is not None and today <= end <= soon]
    expired = [logg_id for logg_id, end in consents if end is not None and end < today and logg_id in active_set]

    cutoff = today - dt.timedelta(weeks=weeks)
    activity = last_activity(session, active)
    transfers = _transfers(ctx, omfang.enhet_ids)
    idle = [i for i in active if (moment := activity.get(i)) is None or moment.astimezone(OSLO).date() < cutoff]

    return Oversikt(
        omfang=omfang.navn,
        hele_kommunen=omfang.hele_kommunen,
        dato=today,
        uker=weeks,
        logger=tuple(StatusTelling(s, (grid[(s, 1)], grid[(s, 2)], grid[(s, 3)])) for s in LoggStatus),
        evaluering_forfalt_tiltak=len(overdue),
        evaluering_forfalt_logger=len({logg_id for _t, logg_id in overdue}),
        samtykker_utloper_snart=len(expiring),
        samtykker_utlopt=len(expired),
        logger_uten_aktivitet=len(idle),
        overforinger_innen=transfers["innen"],
        overforinger_inn=transfers["inn"],
        overforinger_ut=transfers["ut"],
        overforinger_mellom=transfers["mellom"],
    )


def _transfers(ctx: Context, units: frozenset[uuid.UUID]) -> dict[str, int]:
    counts = {"innen": 0, "inn": 0, "ut": 0, "mellom": 0}
    rows = ctx.session.execute(
        select(Overforing.type, Overforing.til_enhet_id, Stafettlogg.enhet_id)
        .join(Stafettlogg, Overforing.logg_id == Stafettlogg.id)
        .where(
            Overforing.status == OverforingStatus.VENTER,
            # The sending unit still holds the log; the receiving unit is named on the transfer.
            (Stafettlogg.enhet_id.in_(list(units))) | (Overforing.til_enhet_id.in_(list(units))),
        )
    )
    for kind, til_enhet, fra_enhet in rows:
        from_here, to_here = fra_enhet in units, til_enhet in units
        if kind is OverforingType.INNEN_ENHET:
            counts["innen"] += from_here
        elif kind is OverforingType.ANNEN_KOMMUNE or not to_here:
            counts["ut"] += from_here
        elif from_here:
            counts["mellom"] += 1
        else:
            counts["inn"] += 1
    return counts
