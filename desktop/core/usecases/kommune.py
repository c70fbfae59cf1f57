"""The kommuneadministrator's work: services and units, unit leaders, external actors.

Creating a service, a unit or an employee is `organisation`'s; this module adds what the
administrator's tab needs around it: unique names, renaming, the leader role, and external
actors (a GP has no unit here, so a log can link them only at nivå 2–3). Each change is a
``@command``, so a connected PC's change is re-run by the server under the same rules.

A unit may have more than one leader (a styrer and an assistant styrer, say): the leader
role is a tick on an employee of the unit, as in the guide. Removing the last one is
allowed, with a warning, so that a leader who quits can be replaced in either order.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core import fodselsnummer
from desktop.core.commands import command
from desktop.core.context import Changes, Context
from desktop.core.entities import (
    Ansatt,
    Enhet,
    Kommune,
    Oppmerksomhet,
    Stafettlogg,
    Tiltak,
    TiltakStatus,
    Tjeneste,
)
from desktop.core.errors import PermissionDenied, RuleViolation
from desktop.core.queries import Kandidat, linkable_actors
from desktop.core.usecases import organisation
from desktop.core.usecases.common import acting_ansatt, get, text

# --------------------------------------------------------------------------- checks


def _admin(ctx: Context) -> Ansatt:
    person = acting_ansatt(ctx)
    if not person.er_kommuneadmin:
        raise PermissionDenied("Bare kommuneadministratoren kan gjøre dette.")
    return person


def _own(admin: Ansatt, obj: Tjeneste | Enhet | Ansatt, what: str) -> None:
    if obj.kommune_id != admin.kommune_id:
        raise PermissionDenied(f"{what} hører til en annen kommune.")


def _unique(session: Session, entity: type[Tjeneste] | type[Enhet], admin: Ansatt, navn: str, own_id: object) -> None:
    """Names are how people (and the server's admin commands) tell services and units apart."""
    for other_id, other in session.execute(select(entity.id, entity.navn).where(entity.kommune_id == admin.kommune_id)):
        if other_id != own_id and other.casefold() == navn.casefold():
            noun = "en tjeneste" if entity is Tjeneste else "en enhet"
            raise RuleViolation(f"Kommunen har allerede {noun} som heter «{other}». Velg et annet navn.")


def _tjeneste_navn(navn: str) -> str:
    return text(navn, "Navnet på tjenesten", max_length=120)


def _enhet_navn(navn: str) -> str:
    return text(navn, "Navnet på enheten", max_length=160)


def _live_ansatt(ctx: Context, admin: Ansatt, ansatt_id: uuid.UUID) -> Ansatt:
    ansatt = get(ctx, Ansatt, ansatt_id)
    _own(admin, ansatt, "Personen")  # not the name: another kommune's people are none of hers
    if ansatt.fjernet_at is not None:
        raise RuleViolation(f"{ansatt.navn} er fjernet og kan ikke endres.")
    return ansatt


# --------------------------------------------------------------------------- services and units


@command
def add_tjeneste(ctx: Context, navn: str) -> Changes:
    """A new service type (barnehage, skole …) with a name no other service has."""
    admin = _admin(ctx)
    navn = _tjeneste_navn(navn)
    _unique(ctx.session, Tjeneste, admin, navn, None)
    tjeneste = organisation.create_tjeneste(ctx, navn)
    changes = Changes(created=tjeneste.id)
    changes.touch(tjeneste)
    return changes


@command
def add_enhet(ctx: Context, navn: str, tjeneste_id: uuid.UUID) -> Changes:
    """A new unit of a service, with a name no other unit in the kommune has."""
    admin = _admin(ctx)
    navn = _enhet_navn(navn)
    _own(admin, get(ctx, Tjeneste, tjeneste_id), "Tjenesten")
    _unique(ctx.session, Enhet, admin, navn, None)
    enhet = organisation.create_enhet(ctx, navn, tjeneste_id)
    changes = Changes(created=enhet.id)
    changes.touch(enhet)
    return changes


@command
def rename_tjeneste(ctx: Context, tjeneste_id: uuid.UUID, navn: str) -> Changes:
    admin = _admin(ctx)
    tjeneste = get(ctx, Tjeneste, tjeneste_id)
    _own(admin, tjeneste, "Tjenesten")
    navn = _tjeneste_navn(navn)
    _unique(ctx.session, Tjeneste, admin, navn, tjeneste.id)
    tjeneste.navn = navn
    ctx.session.flush()
    changes = Changes()
    changes.touch(tjeneste)
    return changes


@command
def rename_enhet(ctx: Context, enhet_id: uuid.UUID, navn: str) -> Changes:
    """A new name shows everywhere at once: logs point to the unit, not to its name."""
    admin = _admin(ctx)
    enhet = get(ctx, Enhet, enhet_id)
    _own(admin, enhet, "Enheten")
    navn = _enhet_navn(navn)
    _unique(ctx.session, Enhet, admin, navn, enhet.id)
    enhet.navn = navn
    ctx.session.flush()
    changes = Changes()
    changes.touch(enhet)
    return changes


# --------------------------------------------------------------------------- leaders


@command
def add_leder(
    ctx: Context,
    *,
    enhet_id: uuid.UUID,
    fornavn: str,
    etternavn: str,
    fodselsnummer_: str,
    stilling: str = "",
    epost: str = "",
    telefon: str = "",
    er_aktor: bool = False,
    er_stafettholder: bool = False,
) -> Changes:
    """A new employee who leads ``enhet_id`` (identified by fødselsnummer)."""
    admin = _admin(ctx)
    enhet = get(ctx, Enhet, enhet_id)
    _own(admin, enhet, "Enheten")
    number = fodselsnummer.validate(fodselsnummer_)
    existing = ctx.session.scalar(
        select(Ansatt).where(
            Ansatt.kommune_id == admin.kommune_id, Ansatt.fodselsnummer == number, Ansatt.fjernet_at.is_(None)
        )
    )
    if existing is not None and existing.enhet_id == enhet.id:
        raise RuleViolation(
            f"{existing.navn} er allerede ansatt i {enhet.navn}. Velg «Gjør en ansatt til leder» i stedet."
        )
    if existing is not None and existing.enhet is not None:
        raise RuleViolation(
            f"{existing.navn} er ansatt i {existing.enhet.navn}. En ansatt hører til én enhet: "
            f"lederen der må fjerne {existing.fornavn} først."
        )
    if existing is not None:
        where = "ekstern aktør" if existing.er_ekstern else "kommuneadministrator"
        raise RuleViolation(f"{existing.navn} er registrert som {where} og kan ikke også lede en enhet.")
    leder = organisation.add_ansatt(
        ctx,
        enhet_id=enhet.id,
        fornavn=fornavn,
        etternavn=etternavn,
        fodselsnummer_=number,
        stilling=stilling,
        epost=epost,
        telefon=telefon,
        er_aktor=er_aktor,
        er_stafettholder=er_stafettholder,
        er_leder=True,
    )
    changes = Changes(created=leder.id)
    changes.touch(leder)
    if not leder.epost:
        changes.warnings.append(f"{leder.navn} har ingen e-postadresse og får ikke varsler om overføringer.")
    return changes


@command
def make_leder(ctx: Context, ansatt_id: uuid.UUID) -> Changes:
    """Give an employee of a unit the leader role there."""
    admin = _admin(ctx)
    ansatt = _live_ansatt(ctx, admin, ansatt_id)
    if ansatt.enhet_id is None:
        raise RuleViolation(f"{ansatt.navn} hører ikke til en enhet og kan ikke være leder.")
    if ansatt.er_leder:
        raise RuleViolation(f"{ansatt.navn} er allerede leder.")
    ansatt.er_leder = True
    ctx.session.flush()
    changes = Changes()
    changes.touch(ansatt)
    return changes


@command
def remove_leder(ctx: Context, ansatt_id: uuid.UUID) -> Changes:
    """Take the leader role away; the person stays an employee of the unit, with their logs."""
    admin = _admin(ctx)
    ansatt = _live_ansatt(ctx, admin, ansatt_id)
    if not ansatt.er_leder:
        raise RuleViolation(f"{ansatt.navn} er ikke leder.")
    ansatt.er_leder = False
    ctx.session.flush()
    changes = Changes()
    changes.touch(ansatt)
    others = ctx.session.scalar(
        select(func.count())
        .select_from(Ansatt)
        .where(Ansatt.enhet_id == ansatt.enhet_id, Ansatt.er_leder.is_(True), Ansatt.fjernet_at.is_(None))
    )
    if not others and ansatt.enhet is not None:
        changes.warnings.append(
            f"{ansatt.enhet.navn} har ingen leder nå. Legg inn en ny leder, slik at noen holder listen over "
            "ansatte oppdatert og kan overføre logger for ansatte som er borte."
        )
    return changes


# --------------------------------------------------------------------------- external actors


def _stilling(value: str) -> str:
    # Pickers show an external actor's position where others show their unit.
    return text(value, "Stillingen (for eksempel «Fastlege ved Øvingsvik legesenter»)", max_length=120)


def _no_mail_warning(changes: Changes, ansatt: Ansatt) -> None:
    if not ansatt.epost:
        changes.warnings.append(f"{ansatt.navn} har ingen e-postadresse og får ikke varsler om tiltak.")


def _external(ctx: Context, admin: Ansatt, ansatt_id: uuid.UUID) -> Ansatt:
    ansatt = _live_ansatt(ctx, admin, ansatt_id)
    if not ansatt.er_ekstern:
        raise RuleViolation(f"{ansatt.navn} er ansatt i en enhet. Lederen for enheten endrer de ansatte der.")
    return ansatt


@command
def add_ekstern_aktor(
    ctx: Context,
    *,
    fornavn: str,
    etternavn: str,
    fodselsnummer_: str,
    stilling: str,
    epost: str = "",
    telefon: str = "",
) -> Changes:
    """An actor outside the kommune's units, such as a GP: no unit, linkable at nivå 2–3 only."""
    _admin(ctx)
    aktor = organisation.add_ansatt(
        ctx,
        enhet_id=None,
        fornavn=fornavn,
        etternavn=etternavn,
        fodselsnummer_=fodselsnummer_,
        stilling=_stilling(stilling),
        epost=epost,
        telefon=telefon,
        er_aktor=True,
    )
    changes = Changes(created=aktor.id)
    changes.touch(aktor)
    _no_mail_warning(changes, aktor)
    return changes


@command
def update_ekstern_aktor(
    ctx: Context,
    ansatt_id: uuid.UUID,
    *,
    fornavn: str,
    etternavn: str,
    stilling: str,
    epost: str,
    telefon: str,
) -> Changes:
    """Correct an external actor's name, position and contact data (not the fødselsnummer)."""
    admin = _admin(ctx)
    aktor = _external(ctx, admin, ansatt_id)
    aktor.fornavn = text(fornavn, "Fornavnet", max_length=80)
    aktor.etternavn = text(etternavn, "Etternavnet", max_length=80)
    aktor.stilling = _stilling(stilling)
    organisation.update_ansatt(ctx, aktor.id, epost=epost, telefon=telefon)
    changes = Changes()
    changes.touch(aktor)
    _no_mail_warning(changes, aktor)
    return changes


@command
def remove_ekstern_aktor(ctx: Context, ansatt_id: uuid.UUID) -> Changes:
    """Mark an external actor as gone, as `remove_ansatt` does: history keeps the name.

    Their tiltak stay as they are (a tiltak's actor is changed only through an evaluation,
    «feilregistrert»); the warning tells whose logs need one.
    """
    admin = _admin(ctx)
    aktor = _external(ctx, admin, ansatt_id)
    aktor.fjernet_at = ctx.now()
    ctx.session.flush()
    changes = Changes()
    changes.touch(aktor)
    live = ctx.session.execute(
        select(Stafettlogg.id, Ansatt.fornavn, Ansatt.etternavn)
        .join(Oppmerksomhet, Oppmerksomhet.logg_id == Stafettlogg.id)
        .join(Tiltak, Tiltak.oppmerksomhet_id == Oppmerksomhet.id)
        .join(Ansatt, Ansatt.id == Stafettlogg.stafettholder_id)
        .where(Tiltak.ansvarlig_id == aktor.id, Tiltak.status.in_([TiltakStatus.AKTIV, TiltakStatus.PLANLAGT]))
    ).all()
    if live:
        # The children's names stay out: the administrator is not in these logs.
        holders = sorted({f"{fornavn} {etternavn}" for _, fornavn, etternavn in live})
        logs = len({logg_id for logg_id, _, _ in live})
        changes.warnings.append(
            f"{aktor.navn} har ansvar for {len(live)} tiltak som ikke er evaluert, "
            f"i {logs} {'logg' if logs == 1 else 'logger'}. "
            f"Be {'stafettholderen' if len(holders) == 1 else 'stafettholderne'} ({', '.join(holders)}) "
            "evaluere tiltakene, eller registrere dem som feilregistrert med en ny ansvarlig."
        )
    return changes


# --------------------------------------------------------------------------- what the tab shows


@dataclass(frozen=True)
class TjenesteRad:
    id: uuid.UUID
    navn: str
    enheter: int


@dataclass(frozen=True)
class PersonRad:
    """An employee or external actor as the administrator's lists show them."""

    id: uuid.UUID
    fornavn: str
    etternavn: str
    stilling: str
    epost: str
    telefon: str
    enhet_id: uuid.UUID | None
    er_leder: bool
    er_aktor: bool
    er_stafettholder: bool

    @property
    def navn(self) -> str:
        return f"{self.fornavn} {self.etternavn}"


@dataclass(frozen=True)
class EnhetRad:
    id: uuid.UUID
    navn: str
    tjeneste_id: uuid.UUID
    tjeneste: str
    ledere: tuple[str, ...]
    ansatte: int


@dataclass(frozen=True)
class Kommuneoversikt:
    """The organisation at one moment: plain data for the GUI thread."""

    kommune: str
    tjenester: tuple[TjenesteRad, ...]
    enheter: tuple[EnhetRad, ...]
    ansatte: tuple[PersonRad, ...]  # employees of units (not removed)
    eksterne: tuple[PersonRad, ...]  # external actors (not removed)

    def i_enhet(self, enhet_id: uuid.UUID) -> list[PersonRad]:
        return [a for a in self.ansatte if a.enhet_id == enhet_id]


def _rad(a: Ansatt) -> PersonRad:
    return PersonRad(
        id=a.id,
        fornavn=a.fornavn,
        etternavn=a.etternavn,
        stilling=a.stilling,
        epost=a.epost,
        telefon=a.telefon,
        enhet_id=a.enhet_id,
        er_leder=a.er_leder,
        er_aktor=a.er_aktor,
        er_stafettholder=a.er_stafettholder,
    )


def oversikt(ctx: Context) -> Kommuneoversikt:
    """Services, units with their leaders, employees and external actors of the administrator's kommune."""
    admin = _admin(ctx)
    kommune = get(ctx, Kommune, admin.kommune_id)
    people = list(
        ctx.session.scalars(
            select(Ansatt)
            .where(Ansatt.kommune_id == admin.kommune_id, Ansatt.fjernet_at.is_(None))
            .order_by(Ansatt.fornavn, Ansatt.etternavn)
        )
    )
    ansatte = tuple(_rad(a) for a in people if a.enhet_id is not None)
    eksterne = tuple(_rad(a) for a in people if a.enhet_id is None and a.er_ekstern)
    units = list(ctx.session.scalars(select(Enhet).where(Enhet.kommune_id == admin.kommune_id).order_by(Enhet.navn)))
    enheter = tuple(
        EnhetRad(
            e.id,
            e.navn,
            e.tjeneste_id,
            e.tjeneste.navn,
            tuple(a.navn for a in ansatte if a.enhet_id == e.id and a.er_leder),
            sum(1 for a in ansatte if a.enhet_id == e.id),
        )
        for e in units
    )
    services = ctx.session.scalars(
        select(Tjeneste).where(Tjeneste.kommune_id == admin.kommune_id).order_by(Tjeneste.navn)
    )
    tjenester = tuple(TjenesteRad(t.id, t.navn, sum(1 for e in units if e.tjeneste_id == t.id)) for t in services)
    return Kommuneoversikt(kommune.navn, tjenester, enheter, ansatte, eksterne)


@dataclass(frozen=True)
class Finnbare:
    """Who a log of one unit can link, by level (the same query the log's actor picker runs)."""

    enhet: str
    niva_1: tuple[Kandidat, ...]
    niva_2_3: tuple[Kandidat, ...]


def findable(ctx: Context, enhet_id: uuid.UUID) -> Finnbare:
    admin = _admin(ctx)
    enhet = get(ctx, Enhet, enhet_id)
    _own(admin, enhet, "Enheten")
    return Finnbare(
        enhet.navn,
        tuple(linkable_actors(ctx.session, enhet, 1)),
        tuple(linkable_actors(ctx.session, enhet, 2)),
    )
