"""Møtemodus: what of one log may be shown on the meeting room's wall, to the people present.

The wall view is built here, Qt-free, from a whitelist: it simply has no field for a
fødselsnummer, an address, a phone number or a note, so no view can show one by mistake.
What is shown is what *every* person present may see: a reader limited to chosen concerns
narrows the wall to those concerns. Each showing is written to the audit trail with who was
present.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select

from desktop.core import audit
from desktop.core.context import Context, PersonRef, load_person
from desktop.core.entities import (
    Faktor,
    FaktorKobling,
    FaktorOmrade,
    FaktorSted,
    PersonKind,
    Stafettlogg,
    TiltakStatus,
)
from desktop.core.errors import InvalidInput, RuleViolation
from desktop.core.permissions import Action, check, relation, require
from desktop.core.snapshot import LysglimtInfo, OppmerksomhetInfo, TiltakInfo, snapshot
from desktop.core.usecases.common import get

# Evaluations due within this many days are listed in the meeting.
DUE_WITHIN = dt.timedelta(days=14)


@dataclass(frozen=True)
class Tilstede:
    """Someone who can be marked as present at the meeting."""

    ref: PersonRef
    navn: str
    rolle: str


@dataclass(frozen=True)
class FaktorVisning:
    id: uuid.UUID
    omrade: FaktorOmrade
    tekst: str
    x: float
    y: float
    prioritet: int
    sted: FaktorSted | None
    tiltak: list[str]  # texts of the tiltak set in here


@dataclass(frozen=True)
class Diagram:
    oppmerksomhet_id: uuid.UUID
    oppmerksomhet: str
    faktorer: list[FaktorVisning]
    koblinger: list[tuple[uuid.UUID, uuid.UUID | None]]  # (from, to); to None is the concern itself


@dataclass(frozen=True)
class MoteVisning:
    """The wall's whole content. Nothing outside this object can reach the meeting window."""

    logg_id: uuid.UUID
    barn: str
    fornavn: str
    alder: int
    barnets_stemme: str
    oppmerksomheter: list[OppmerksomhetInfo]
    lysglimt: list[LysglimtInfo]
    diagrammer: list[Diagram]
    evalueringer: list[TiltakInfo]
    tilstede: list[str]
    begrenset: bool  # someone present sees only chosen concerns


def present_choices(ctx: Context, logg_id: uuid.UUID) -> list[Tilstede]:
    """The people linked to the log, who may be marked present: family, child, actors, readers."""
    logg = get(ctx, Stafettlogg, logg_id)
    require(ctx.session, ctx.person, Action.SHOW_MEETING_MODE, logg)
    snap = snapshot(ctx, logg_id, record_read=False)
    people = [Tilstede(PersonRef(PersonKind.ANSATT, snap.stafettholder_id), snap.stafettholder, "stafettholder")]
    people += [
        Tilstede(PersonRef(PersonKind.FORESATT, f.id), f.navn, f.rolle or "foresatt")
        for f in snap.foresatte
        if f.foreldreansvar
    ]
    people.append(Tilstede(PersonRef(PersonKind.BARN, snap.barn_id), snap.barn, "barnet"))
    people += [
        Tilstede(PersonRef(PersonKind.ANSATT, a.id), a.navn, a.rolle or "aktør")
        for a in snap.aktorer
        if a.id != snap.stafettholder_id
    ]
    known = {p.ref.id for p in people}
    for t in snap.lesetilganger:
        if not t.opphevet and t.ansatt_id not in known:
            scope = "lesetilgang" if t.hele_loggen else "lesetilgang til utvalgte oppmerksomheter"
            people.append(Tilstede(PersonRef(PersonKind.ANSATT, t.ansatt_id), t.navn, scope))
            known.add(t.ansatt_id)
    return people


def meeting_view(ctx: Context, logg_id: uuid.UUID, present: list[PersonRef], *, record: bool = False) -> MoteVisning:
    """The wall view for these people. ``record`` writes the showing to the audit trail."""
    logg = get(ctx, Stafettlogg, logg_id)
    require(ctx.session, ctx.person, Action.SHOW_MEETING_MODE, logg)
    if not present:
        raise InvalidInput("Kryss av for hvem som er til stede i møtet.")
    visible: frozenset[uuid.UUID] | None = None
    names = []
    for ref in present:
        person = load_person(ctx.session, ref)
        if check(ctx.session, person, Action.READ, logg) is not None:
            raise RuleViolation(
                f"{person.navn} har ikke samtykke til å se denne loggen, så den kan ikke vises mens hen er til stede."
            )
        rel = relation(ctx.session, person, logg)
        if rel.readable is not None:
            visible = rel.readable if visible is None else visible & rel.readable
        names.append(person.navn)
    snap = snapshot(ctx, logg_id, record_read=False)
    concerns = [o for o in snap.oppmerksomheter if not o.avsluttet and (visible is None or o.id in visible)]
    shown = {o.id for o in concerns}
    lysglimt = [g for g in snap.lysglimt if visible is None or g.oppmerksomhet_id in shown]
    horizon = ctx.today() + DUE_WITHIN
    due = sorted(
        (
            t
            for o in concerns
            for t in o.tiltak
            if t.status is TiltakStatus.AKTIV and t.evalueringsdato is not None and t.evalueringsdato <= horizon
        ),
        key=lambda t: t.evalueringsdato or horizon,
    )
    if record:
        audit.record(ctx, audit.Action.MEETING, logg.id, tilstede=names, oppmerksomheter=len(concerns))
    return MoteVisning(
        logg_id=logg.id,
        barn=snap.barn,
        fornavn=snap.barn.split()[0],
        alder=snap.alder,
        barnets_stemme=snap.barnets_stemme,
        oppmerksomheter=concerns,
        lysglimt=sorted(lysglimt, key=lambda g: g.dato, reverse=True),
        diagrammer=_diagrams(ctx, concerns),
        evalueringer=due,
        tilstede=names,
        begrenset=visible is not None,
    )


def _diagrams(ctx: Context, concerns: list[OppmerksomhetInfo]) -> list[Diagram]:
    ids = [o.id for o in concerns]
    if not ids:
        return []
    faktorer = list(ctx.session.scalars(select(Faktor).where(Faktor.oppmerksomhet_id.in_(ids))))
    koblinger = list(ctx.session.scalars(select(FaktorKobling).where(FaktorKobling.oppmerksomhet_id.in_(ids))))
    result = []
    for o in concerns:
        own = [f for f in faktorer if f.oppmerksomhet_id == o.id]
        if not own:
            continue
        tiltak_by_factor: dict[uuid.UUID, list[str]] = {}
        for t in o.tiltak:
            if t.faktor_id is not None and t.status in (TiltakStatus.AKTIV, TiltakStatus.PLANLAGT):
                tiltak_by_factor.setdefault(t.faktor_id, []).append(t.tekst)
        result.append(
            Diagram(
                o.id,
                o.tekst,
                [
                    FaktorVisning(
                        f.id, f.omrade, f.tekst, f.x, f.y, f.prioritet, f.sted, tiltak_by_factor.get(f.id, [])
                    )
                    for f in own
                ],
                [(k.fra_id, k.til_id) for k in koblinger if k.oppmerksomhet_id == o.id],
            )
        )
    return result


def _faktor(f: Faktor, tiltak: list[str]) -> FaktorVisning:
    return FaktorVisning(f.id, f.omrade, f.tekst, f.x, f.y, f.prioritet, f.sted, tiltak)
