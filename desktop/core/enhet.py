"""The unit leader's view of the unit: its employees, and the logs each of them holds or acts in.

A leader may know that a log exists — the child's name, its status and level, who holds it —
but never read it. On a leader's connected PC the unit's logs arrive as headers only (every
free text blank), so these queries use ids, dates, status, level, responsibility and counts,
never a text, and give the same answers there as on a workspace with the full logs.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from desktop.core.context import Context
from desktop.core.entities import (
    Ansatt,
    Enhet,
    Evaluering,
    Kommune,
    LoggStatus,
    Lysglimt,
    Mote,
    Notat,
    Oppmerksomhet,
    Overforing,
    OverforingStatus,
    OverforingType,
    Samtykke,
    Stafettlogg,
    Tiltak,
    TiltakStatus,
)
from desktop.core.errors import PermissionDenied
from desktop.core.permissions import Action, Role, allowed_actions
from desktop.core.usecases.common import acting_ansatt, get

# --------------------------------------------------------------------------- scope


@dataclass(frozen=True)
class Omfang:
    """What a leader's lists and counts cover: one unit, or (for the administrator) the kommune."""

    navn: str  # the unit's or the kommune's name
    enhet_ids: frozenset[uuid.UUID]
    hele_kommunen: bool


def leader_unit(ctx: Context) -> Enhet:
    """The acting unit leader's own unit; anyone else is refused."""
    person = acting_ansatt(ctx)
    if not person.er_leder or person.enhet_id is None:
        raise PermissionDenied("Bare lederen for en enhet kan se enhetens ansatte og logger.")
    return get(ctx, Enhet, person.enhet_id)


def scope(ctx: Context, *, hele_kommunen: bool = False) -> Omfang:
    """A leader's own unit; the whole kommune for the administrator (who leads no unit, or asks for it)."""
    person = acting_ansatt(ctx)
    if hele_kommunen or not person.er_leder:
        if not person.er_kommuneadmin:
            raise PermissionDenied("Bare ledere og kommuneadministratoren kan se oversikten.")
        ids = ctx.session.scalars(select(Enhet.id).where(Enhet.kommune_id == person.kommune_id))
        return Omfang(get(ctx, Kommune, person.kommune_id).navn, frozenset(ids), True)
    enhet = leader_unit(ctx)
    return Omfang(enhet.navn, frozenset({enhet.id}), False)


# --------------------------------------------------------------------------- last activity


def last_activity(session: Session, logg_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, dt.datetime]:
    """The newest created_at or updated_at of each log's rows (the log, its concerns, tiltak,
    evaluations, lysglimt, notes, meetings, consents and transfers) — no text is looked at.
    """
    ids = list(logg_ids)
    if not ids:
        return {}
    per_table: list[Select[uuid.UUID | None, dt.datetime, dt.datetime]] = [
        select(Stafettlogg.id, func.max(Stafettlogg.created_at), func.max(Stafettlogg.updated_at))
        .where(Stafettlogg.id.in_(ids))
        .group_by(Stafettlogg.id),
        select(Oppmerksomhet.logg_id, func.max(Oppmerksomhet.created_at), func.max(Oppmerksomhet.updated_at))
        .where(Oppmerksomhet.logg_id.in_(ids))
        .group_by(Oppmerksomhet.logg_id),
        select(Oppmerksomhet.logg_id, func.max(Tiltak.created_at), func.max(Tiltak.updated_at))
        .join(Oppmerksomhet, Tiltak.oppmerksomhet_id == Oppmerksomhet.id)
        .where(Oppmerksomhet.logg_id.in_(ids))
        .group_by(Oppmerksomhet.logg_id),
        select(Oppmerksomhet.logg_id, func.max(Evaluering.created_at), func.max(Evaluering.updated_at))
        .join(Tiltak, Evaluering.tiltak_id == Tiltak.id)
        .join(Oppmerksomhet, Tiltak.oppmerksomhet_id == Oppmerksomhet.id)
        .where(Oppmerksomhet.logg_id.in_(ids))
        .group_by(Oppmerksomhet.logg_id),
    ]
    for table in (Lysglimt, Notat, Mote, Samtykke, Overforing):
        per_table.append(
            select(table.logg_id, func.max(table.created_at), func.max(table.updated_at))
            .where(table.logg_id.in_(ids))
            .group_by(table.logg_id)
        )
    newest: dict[uuid.UUID, dt.datetime] = {}
    for stmt in per_table:
        for logg_id, created, updated in session.execute(stmt):
            if logg_id is None:
                continue
            for moment in (created, updated):
                if moment is not None and (logg_id not in newest or moment > newest[logg_id]):
                    newest[logg_id] = moment
    return newest


# --------------------------------------------------------------------------- employees


@dataclass(frozen=True)
class AnsattRad:
    """One employee of the unit, as the «Brukere» tab lists them."""

    id: uuid.UUID
    fornavn: str
    etternavn: str
    stilling: str
    epost: str
    telefon: str
    er_aktor: bool
    er_stafettholder: bool
    er_leder: bool
    fjernet: bool  # removed (or moved): listed only while they hold the unit's logs, which need a new holder
    som_stafettholder: int  # the unit's logs (not closed) this person holds
    som_aktor: int  # the unit's logs (not closed) where this person is responsible for a tiltak

    @property
    def navn(self) -> str:
        return f"{self.fornavn} {self.etternavn}"


def _open_logs(enhet_ids: Iterable[uuid.UUID]) -> Select[uuid.UUID]:
    return select(Stafettlogg.id).where(
        Stafettlogg.enhet_id.in_(list(enhet_ids)), Stafettlogg.status != LoggStatus.AVSLUTTET
    )


def _actor_links(logg_ids: Select[uuid.UUID]) -> Select[uuid.UUID | None, uuid.UUID]:
    """(ansvarlig, log) for every tiltak with a responsible employee — as ``permissions.is_aktor``."""
    return (
        select(Tiltak.ansvarlig_id, Oppmerksomhet.logg_id)
        .join(Oppmerksomhet, Tiltak.oppmerksomhet_id == Oppmerksomhet.id)
        .where(
            Oppmerksomhet.logg_id.in_(logg_ids),
            Tiltak.ansvarlig_id.is_not(None),
            Tiltak.status != TiltakStatus.FEILREGISTRERT,
        )
        .distinct()
    )


def unit_employees(ctx: Context) -> list[AnsattRad]:
    """The leader's unit: its employees, and removed ones who still hold its logs, by name."""
    enhet = leader_unit(ctx)
    open_logs = _open_logs([enhet.id])
    held: dict[uuid.UUID, int] = {
        holder: n
        for holder, n in ctx.session.execute(
            select(Stafettlogg.stafettholder_id, func.count())
            .where(Stafettlogg.id.in_(open_logs))
            .group_by(Stafettlogg.stafettholder_id)
        )
    }
    acting: dict[uuid.UUID, int] = {}
    for ansvarlig_id, _logg_id in ctx.session.execute(_actor_links(open_logs)):
        if ansvarlig_id is not None:
            acting[ansvarlig_id] = acting.get(ansvarlig_id, 0) + 1
    people = ctx.session.scalars(
        select(Ansatt)
        .where(
            or_(
                Ansatt.enhet_id == enhet.id,
                Ansatt.id.in_(list(held)),  # a holder who has left keeps the log until it is transferred
            ),
            or_(Ansatt.fjernet_at.is_(None), Ansatt.id.in_(list(held))),
        )
        .order_by(Ansatt.fornavn, Ansatt.etternavn)
    )
    return [
        AnsattRad(
            id=a.id,
            fornavn=a.fornavn,
            etternavn=a.etternavn,
            stilling=a.stilling,
            epost=a.epost,
            telefon=a.telefon,
            er_aktor=a.er_aktor,
            er_stafettholder=a.er_stafettholder,
            er_leder=a.er_leder,
            fjernet=a.fjernet_at is not None or a.enhet_id != enhet.id,
            som_stafettholder=held.get(a.id, 0),
            som_aktor=acting.get(a.id, 0),
        )
        for a in people
    ]


# --------------------------------------------------------------------------- an employee's logs


@dataclass(frozen=True)
class VentendeOverforing:
    """A transfer waiting for its receiver's answer (the sender holds the log until then)."""

    id: uuid.UUID
    type: OverforingType
    til: str  # the receiver: a person, a unit, or a kommune
    sendt: dt.datetime


@dataclass(frozen=True)
class AnsattLogg:
    """One of the unit's logs that an employee holds or acts in: its header, never its content."""

    id: uuid.UUID
    barn: str
    status: LoggStatus
    niva: int
    stafettholder: bool  # the employee holds it
    aktor: bool  # the employee is responsible for a tiltak in it
    stafettholder_navn: str
    sist_aktiv: dt.datetime | None
    overforing: VentendeOverforing | None
    kan_overfores: bool  # the leader may send it to a new holder now
    kan_slettes: bool  # the leader may delete it (only a passive log)


def _receiver(session: Session, overforing: Overforing) -> str:
    if overforing.til_ansatt_id is not None:
        person = session.get(Ansatt, overforing.til_ansatt_id)
        if person is not None:
            return person.navn
    if overforing.til_enhet_id is not None:
        enhet = session.get(Enhet, overforing.til_enhet_id)
        if enhet is not None:
            return enhet.navn
    return overforing.til_kommune or "en annen kommune"


def waiting_transfers(session: Session, logg_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, VentendeOverforing]:
    ids = list(logg_ids)
    if not ids:
        return {}
    stmt = select(Overforing).where(Overforing.logg_id.in_(ids), Overforing.status == OverforingStatus.VENTER)
    return {
        o.logg_id: VentendeOverforing(o.id, o.type, _receiver(session, o), o.created_at) for o in session.scalars(stmt)
    }


def employee_logs(ctx: Context, ansatt_id: uuid.UUID) -> list[AnsattLogg]:
    """The unit's logs the employee holds or is an aktør in (closed ones too), newest activity first."""
    enhet = leader_unit(ctx)
    ansatt = get(ctx, Ansatt, ansatt_id)
    if ansatt.kommune_id != enhet.kommune_id:
        raise PermissionDenied("Den ansatte hører til en annen kommune.")
    unit_logs = select(Stafettlogg.id).where(Stafettlogg.enhet_id == enhet.id)
    as_actor = {
        logg_id for _a, logg_id in ctx.session.execute(_actor_links(unit_logs).where(Tiltak.ansvarlig_id == ansatt.id))
    }
    logs = list(
        ctx.session.scalars(
            select(Stafettlogg).where(
                Stafettlogg.enhet_id == enhet.id,
                or_(Stafettlogg.stafettholder_id == ansatt.id, Stafettlogg.id.in_(as_actor)),
            )
        )
    )
    ids = [lg.id for lg in logs]
    activity = last_activity(ctx.session, ids)
    waiting = waiting_transfers(ctx.session, ids)
    leader = frozenset({Role.LEDER})
    rows = [
        AnsattLogg(
            id=lg.id,
            barn=lg.barn.navn,
            status=lg.status,
            niva=lg.niva,
            stafettholder=lg.stafettholder_id == ansatt.id,
            aktor=lg.id in as_actor,
            stafettholder_navn=lg.stafettholder.navn,
            sist_aktiv=activity.get(lg.id),
            overforing=waiting.get(lg.id),
            kan_overfores=Action.TRANSFER in allowed_actions(lg.status, leader) and lg.id not in waiting,
            kan_slettes=Action.DELETE in allowed_actions(lg.status, leader),
        )
        for lg in logs
    ]
    epoch = dt.datetime.min.replace(tzinfo=dt.UTC)
    return sorted(rows, key=lambda r: (r.sist_aktiv or epoch, r.barn), reverse=True)
