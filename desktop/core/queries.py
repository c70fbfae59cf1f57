"""Read-only queries behind lists (no audit entry: a list shows no log's content beyond its header)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core import outbox
from desktop.core.context import Context
from desktop.core.entities import (
    Ansatt,
    Barn,
    Enhet,
    Foresatt,
    LoggStatus,
    Lysglimt,
    Oppmerksomhet,
    Overforing,
    OverforingStatus,
    PersonKind,
    Setting,
    Stafettlogg,
    Tiltak,
    TiltakStatus,
)
from desktop.core.rules import YOUTH_CONSENT_AGE, age_on
from desktop.core.usecases import content, logs
from desktop.core.usecases.common import acting_ansatt, get, logg_of


@dataclass(frozen=True)
class LoggRad:
    """One row of «Mine logger»."""

    id: uuid.UUID
    barn: str
    status: LoggStatus
    niva: int
    stafettholder: str
    enhet: str
    neste_evaluering: dt.date | None
    lysglimt: int
    uleste_lysglimt: int  # posted by others since this person last opened the log on this PC
    endret: dt.datetime
    overforing: str = ""  # "venter": a transfer waits; "avvist": rejected since the person last opened the log


def _seen_key(person_id: uuid.UUID, logg_id: uuid.UUID) -> str:
    return f"sett:{person_id.hex}:{logg_id.hex}"


def mark_seen(session: Session, person_id: uuid.UUID, logg_id: uuid.UUID, when: dt.datetime) -> None:
    """Remember when this person last opened the log here (local to the PC; not synced)."""
    key = _seen_key(person_id, logg_id)
    setting = session.get(Setting, key)
    if setting is None:
        session.add(Setting(key=key, value=when.isoformat()))
    else:
        setting.value = when.isoformat()


def _unread(session: Session, person_id: uuid.UUID, ids: list[uuid.UUID]) -> dict[uuid.UUID, int]:
    seen = {
        s.key: dt.datetime.fromisoformat(s.value)
        for s in session.scalars(select(Setting).where(Setting.key.in_([_seen_key(person_id, i) for i in ids])))
    }
    by_others = Lysglimt.forfatter_id != person_id
    # Counted in SQL for the logs never opened here (most of a long list); row by row only for the
    # others, whose mark is compared in Python (the stored text is an aware ISO time).
    opened = [i for i in ids if _seen_key(person_id, i) in seen]
    counts: dict[uuid.UUID, int] = {
        k: v
        for k, v in session.execute(
            select(Lysglimt.logg_id, func.count())
            .where(Lysglimt.logg_id.in_(ids), by_others)
            .group_by(Lysglimt.logg_id)
        )
    }
    for i in opened:
        counts.pop(i, None)
    if opened:
        for logg_id, created in session.execute(
            select(Lysglimt.logg_id, Lysglimt.created_at).where(Lysglimt.logg_id.in_(opened), by_others)
        ):
            if created > seen[_seen_key(person_id, logg_id)]:
                counts[logg_id] = counts.get(logg_id, 0) + 1
    return counts


def _transfer_states(session: Session, person_id: uuid.UUID | None, ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
    """A waiting transfer, or a rejection the person has not seen in the log yet (the sender's news)."""
    seen = (
        {
            s.key: dt.datetime.fromisoformat(s.value)
            for s in session.scalars(select(Setting).where(Setting.key.in_([_seen_key(person_id, i) for i in ids])))
        }
        if person_id is not None
        else {}
    )
    states: dict[uuid.UUID, str] = {}
    rows = session.execute(
        select(Overforing.logg_id, Overforing.status, Overforing.besvart_at)
        .where(Overforing.logg_id.in_(ids))
        .order_by(Overforing.created_at)
    )
    for logg_id, status, answered in rows:
        if status is OverforingStatus.VENTER:
            states[logg_id] = "venter"
        elif status is OverforingStatus.AVVIST and answered is not None and person_id is not None:
            since = seen.get(_seen_key(person_id, logg_id))
            states[logg_id] = "avvist" if since is None or answered > since else ""
        else:
            states[logg_id] = ""
    return states


def logg_rows(session: Session, ids: list[uuid.UUID], person_id: uuid.UUID | None = None) -> list[LoggRad]:
    """Header rows for the given logs, in the given order, in a few queries whatever their number."""
    if not ids:
        return []
    unread = _unread(session, person_id, ids) if person_id is not None else {}
    # A Result has keys(), so dict(result) would take it for a mapping: unpack explicitly.
    next_eval: dict[uuid.UUID, dt.date | None] = {
        k: v
        for k, v in session.execute(
            select(Oppmerksomhet.logg_id, func.min(Tiltak.evalueringsdato))
            .join(Tiltak, Tiltak.oppmerksomhet_id == Oppmerksomhet.id)
            .where(Oppmerksomhet.logg_id.in_(ids), Tiltak.status == TiltakStatus.AKTIV)
            .group_by(Oppmerksomhet.logg_id)
        )
    }
    glimt: dict[uuid.UUID, int] = {
        k: v
        for k, v in session.execute(
            select(Lysglimt.logg_id, func.count()).where(Lysglimt.logg_id.in_(ids)).group_by(Lysglimt.logg_id)
        )
    }
    # The header's columns only: whole entities (with their joined child, unit and holder) cost
    # seconds and hundreds of megabytes for a list of 20,000 logs.
    logs = {
        row.id: row
        for row in session.execute(
            select(
                Stafettlogg.id,
                Stafettlogg.status,
                Stafettlogg.niva,
                Stafettlogg.updated_at,
                Barn.fornavn.label("barn_fornavn"),
                Barn.etternavn.label("barn_etternavn"),
                Ansatt.fornavn.label("holder_fornavn"),
                Ansatt.etternavn.label("holder_etternavn"),
                Enhet.navn.label("enhet"),
            )
            .join(Barn, Barn.id == Stafettlogg.barn_id)
            .join(Ansatt, Ansatt.id == Stafettlogg.stafettholder_id)
            .join(Enhet, Enhet.id == Stafettlogg.enhet_id)
            .where(Stafettlogg.id.in_(ids))
        )
    }
    transfers = _transfer_states(session, person_id, ids)
    return [
        LoggRad(
            id=lg.id,
            barn=f"{lg.barn_fornavn} {lg.barn_etternavn}",
            status=lg.status,
            niva=lg.niva,
            stafettholder=f"{lg.holder_fornavn} {lg.holder_etternavn}",
            enhet=lg.enhet,
            # A passive or closed log has nothing due, whatever its tiltak say.
            neste_evaluering=next_eval.get(lg.id) if lg.status is LoggStatus.AKTIV else None,
            lysglimt=glimt.get(lg.id, 0),
            uleste_lysglimt=unread.get(lg.id, 0),
            endret=lg.updated_at,
            overforing=transfers.get(lg.id, ""),
        )
        for i in ids
        if (lg := logs.get(i)) is not None
    ]


@dataclass(frozen=True)
class Innlogging:
    """Someone who can sign in on this PC (locally; strong sign-in comes through the server)."""

    kind: PersonKind
    id: uuid.UUID
    navn: str
    beskrivelse: str


def sign_in_choices(session: Session, today: dt.date) -> list[Innlogging]:
    people: list[Innlogging] = []
    for a in session.scalars(select(Ansatt).where(Ansatt.fjernet_at.is_(None)).order_by(Ansatt.fornavn)):
        where = a.enhet.navn if a.enhet else ("ekstern aktør" if a.er_ekstern else "kommunen")
        people.append(Innlogging(a.kind, a.id, a.navn, f"{a.stilling or 'Ansatt'}, {where}"))
    for f in session.scalars(select(Foresatt).where(Foresatt.foreldreansvar).order_by(Foresatt.fornavn)):
        people.append(Innlogging(f.kind, f.id, f.navn, f"Foresatt ({f.relasjon or 'foresatt'}) til {f.barn.fornavn}"))
    for b in session.scalars(select(Barn).order_by(Barn.fornavn)):
        if age_on(b.fodselsdato, today) >= YOUTH_CONSENT_AGE:
            people.append(Innlogging(b.kind, b.id, b.navn, "Ungdom, egen tilgang"))
    return people


class Roller(NamedTuple):
    """What the signed-in person is besides a user of logs: it decides the main window's tabs."""

    ansatt: bool
    leder: bool
    kommuneadmin: bool
    enhet_id: uuid.UUID | None
    stafettholder: bool = False  # ticked as aktør and stafettholder: may hold (and receive) logs


def roller(ctx: Context) -> Roller:
    person = ctx.person
    if not isinstance(person, Ansatt) or person.fjernet_at is not None:
        return Roller(False, False, False, None)
    return Roller(
        True, person.er_leder, person.er_kommuneadmin, person.enhet_id, person.er_aktor and person.er_stafettholder
    )


# --------------------------------------------------------------------------- pickers in dialogs


class Kandidat(NamedTuple):
    """An employee who can be made responsible for a tiltak in the log."""

    id: uuid.UUID
    navn: str
    enhet: str  # the unit's name; for an external actor their position (e.g. «Fastlege ved …»)
    ekstern: bool


def actor_candidates(ctx: Context, logg_id: uuid.UUID) -> list[Kandidat]:
    """Employees ticked as aktør who ``add_tiltak`` would accept for this log."""
    logg = logs.read_logg(ctx, logg_id, record=False).logg
    return linkable_actors(ctx.session, logg.enhet, logg.niva)


def linkable_actors(session: Session, enhet: Enhet, niva: int) -> list[Kandidat]:
    """The actors a log of ``enhet`` at ``niva`` can link (also the administrator's «Hvem kan finnes»).

    On nivå 1 only the stafettholder's own unit; on nivå 2 and 3 every unit and external actors.
    """
    stmt = select(Ansatt).where(
        Ansatt.kommune_id == enhet.kommune_id,
        Ansatt.er_aktor.is_(True),
        Ansatt.fjernet_at.is_(None),
    )
    if niva == 1:
        stmt = stmt.where(Ansatt.enhet_id == enhet.id)
    people = session.scalars(stmt.order_by(Ansatt.fornavn, Ansatt.etternavn))
    return [
        Kandidat(a.id, a.navn, a.enhet.navn if a.enhet is not None else a.stilling, a.enhet is None) for a in people
    ]


def actor_candidates_for_tiltak(ctx: Context, tiltak_id: uuid.UUID) -> list[Kandidat]:
    """The candidates of the log a tiltak belongs to (for «riktig ansvarlig»)."""
    return actor_candidates(ctx, logg_of(ctx, get(ctx, Tiltak, tiltak_id)).id)


@dataclass(frozen=True)
class TekstEndring:
    """One change of a tiltak's text: an empty ``gammel`` is the text it was entered with."""

    at: dt.datetime
    hvem: str
    gammel: str
    ny: str


def tiltak_text_history(ctx: Context, tiltak_id: uuid.UUID) -> list[TekstEndring]:
    """The tiltak's text as entered and each correction, newest first, from the log's outbox."""
    logg = logg_of(ctx, get(ctx, Tiltak, tiltak_id))
    logs.read_logg(ctx, logg.id, record=False)  # the same access check as opening the log
    rows = []
    for e in outbox.history(ctx.session, logg.id):
        if e.entity != "tiltak" or e.entity_id != tiltak_id or "tekst" not in e.values:
            continue
        hvem = content.author_name(ctx, PersonKind(e.author_type), e.author_id) if e.author_id else "Ukjent"
        gammel = str(e.old_values.get("tekst") or "") if e.operation == "update" else ""
        rows.append(TekstEndring(e.at, hvem, gammel, str(e.values["tekst"] or "")))
    return rows[::-1]


@dataclass(frozen=True)
class AnsattValg:
    """An employee who can be given read access: plain data for the GUI thread."""

    id: uuid.UUID
    navn: str
    beskrivelse: str

    @property
    def tekst(self) -> str:
        return f"{self.navn} – {self.beskrivelse}" if self.beskrivelse else self.navn


def employees(ctx: Context) -> list[AnsattValg]:
    """Everyone employed (not removed) in the acting employee's kommune, by name."""
    me = acting_ansatt(ctx)
    stmt = (
        select(Ansatt)
        .where(Ansatt.kommune_id == me.kommune_id, Ansatt.fjernet_at.is_(None))
        .order_by(Ansatt.fornavn, Ansatt.etternavn)
    )
    result = []
    for a in ctx.session.scalars(stmt):
        where = a.enhet.navn if a.enhet else ("ekstern aktør" if a.er_ekstern else "kommunen")
        result.append(AnsattValg(a.id, a.navn, ", ".join(p for p in (a.stilling, where) if p)))
    return result
