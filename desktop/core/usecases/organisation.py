"""The municipality's organisation: services, units, employees, external actors."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core import fodselsnummer
from desktop.core.commands import command
from desktop.core.context import Clock, Context, system_clock
from desktop.core.entities import (
    Ansatt,
    Enhet,
    Kommune,
    LoggStatus,
    Oppmerksomhet,
    Stafettlogg,
    Tiltak,
    TiltakStatus,
    Tjeneste,
)
from desktop.core.errors import InvalidInput, PermissionDenied, RuleViolation
from desktop.core.usecases.common import acting_ansatt, get, text


def _require_admin(ctx: Context) -> Ansatt:
    person = acting_ansatt(ctx)
    if not person.er_kommuneadmin:
        raise PermissionDenied("Bare kommuneadministratoren kan gjøre dette.")
    return person


def bootstrap_kommune(
    session: Session,
    *,
    navn: str,
    nummer: str,
    admin_fornavn: str,
    admin_etternavn: str,
    admin_fodselsnummer: str,
    device: str = "ukjent",
    clock: Clock = system_clock,
) -> tuple[Kommune, Ansatt]:
    """Create a municipality and its first administrator (who is the author of both)."""
    navn = text(navn, "Kommunenavnet", max_length=120)
    if not (len(nummer) == 4 and nummer.isdigit()):
        raise InvalidInput("Kommunenummeret må ha fire siffer.")
    kommune = Kommune(id=uuid.uuid4(), navn=navn, nummer=nummer)
    admin = Ansatt(
        id=uuid.uuid4(),
        kommune_id=kommune.id,
        fornavn=text(admin_fornavn, "Fornavnet", max_length=80),
        etternavn=text(admin_etternavn, "Etternavnet", max_length=80),
        fodselsnummer=fodselsnummer.validate(admin_fodselsnummer),
        stilling="Kommuneadministrator",
        er_kommuneadmin=True,
    )
    Context(session, admin, device=device, clock=clock)
    session.add(kommune)
    session.flush()  # no relationship orders these two inserts
    session.add(admin)
    session.flush()
    return kommune, admin


@command
def create_tjeneste(ctx: Context, navn: str) -> Tjeneste:
    admin = _require_admin(ctx)
    tjeneste = Tjeneste(kommune_id=admin.kommune_id, navn=text(navn, "Navnet på tjenesten", max_length=120))
    ctx.session.add(tjeneste)
    ctx.session.flush()
    return tjeneste


@command
def create_enhet(ctx: Context, navn: str, tjeneste_id: uuid.UUID) -> Enhet:
    admin = _require_admin(ctx)
    tjeneste = get(ctx, Tjeneste, tjeneste_id)
    if tjeneste.kommune_id != admin.kommune_id:
        raise PermissionDenied("Tjenesten hører til en annen kommune.")
    enhet = Enhet(
        kommune_id=admin.kommune_id, tjeneste_id=tjeneste.id, navn=text(navn, "Navnet på enheten", max_length=160)
    )
    ctx.session.add(enhet)
    ctx.session.flush()
    return enhet


@command
def add_ansatt(
    ctx: Context,
    *,
    enhet_id: uuid.UUID | None,
    fornavn: str,
    etternavn: str,
    fodselsnummer_: str,
    stilling: str = "",
    epost: str = "",
    telefon: str = "",
    er_aktor: bool = False,
    er_stafettholder: bool = False,
    er_leder: bool = False,
    er_kommuneadmin: bool = False,
) -> Ansatt:
    """A unit leader adds own employees; the administrator adds leaders and external actors.

    ``enhet_id`` None makes an external actor (e.g. a GP), who can only be linked at nivå 2–3.
    """
    person = acting_ansatt(ctx)
    if enhet_id is None or er_leder or er_kommuneadmin:
        if not person.er_kommuneadmin:
            raise PermissionDenied("Bare kommuneadministratoren kan legge inn ledere og eksterne aktører.")
    elif not (person.er_kommuneadmin or (person.er_leder and person.enhet_id == enhet_id)):
        raise PermissionDenied("Bare lederen for enheten kan legge inn ansatte der.")
    if enhet_id is not None and get(ctx, Enhet, enhet_id).kommune_id != person.kommune_id:
        raise PermissionDenied("Enheten hører til en annen kommune.")
    number = fodselsnummer.validate(fodselsnummer_)
    existing = ctx.session.scalar(
        select(Ansatt).where(Ansatt.kommune_id == person.kommune_id, Ansatt.fodselsnummer == number)
    )
    if existing is not None and existing.fjernet_at is None:
        raise RuleViolation(f"{existing.navn} er allerede registrert med dette fødselsnummeret.")
    ansatt = existing or Ansatt(kommune_id=person.kommune_id, fodselsnummer=number)
    ansatt.fjernet_at = None
    ansatt.enhet_id = enhet_id
    ansatt.fornavn = text(fornavn, "Fornavnet", max_length=80)
    ansatt.etternavn = text(etternavn, "Etternavnet", max_length=80)
    ansatt.stilling = text(stilling, "Stillingen", max_length=120, required=False)
    ansatt.epost = _epost(epost)
    ansatt.telefon = text(telefon, "Telefonnummeret", max_length=40, required=False)
    ansatt.er_aktor = er_aktor or enhet_id is None
    ansatt.er_stafettholder = er_stafettholder and enhet_id is not None
    ansatt.er_leder = er_leder
    ansatt.er_kommuneadmin = er_kommuneadmin
    ansatt.er_ekstern = enhet_id is None
    ctx.session.add(ansatt)
    ctx.session.flush()
    return ansatt


def _epost(value: str) -> str:
    value = text(value, "E-postadressen", max_length=200, required=False)
    if value and ("@" not in value or value.startswith("@") or value.endswith("@") or " " in value):
        raise InvalidInput(f"«{value}» ser ikke ut som en e-postadresse. Varsler når bare fram med riktig adresse.")
    return value


def _require_leader_of(ctx: Context, ansatt: Ansatt) -> Ansatt:
    person = acting_ansatt(ctx)
    if person.er_kommuneadmin and person.kommune_id == ansatt.kommune_id:
        return person
    if person.er_leder and ansatt.enhet_id is not None and person.enhet_id == ansatt.enhet_id:
        return person
    raise PermissionDenied("Bare lederen for enheten kan endre de ansatte der.")


@command
def update_ansatt(
    ctx: Context,
    ansatt_id: uuid.UUID,
    *,
    er_aktor: bool | None = None,
    er_stafettholder: bool | None = None,
    epost: str | None = None,
    telefon: str | None = None,
    stilling: str | None = None,
    fornavn: str | None = None,
    etternavn: str | None = None,
) -> Ansatt:
    """The leader keeps the list current: the aktør/stafettholder ticks, names and contact data."""
    ansatt = get(ctx, Ansatt, ansatt_id)
    _require_leader_of(ctx, ansatt)
    if ansatt.fjernet_at is not None:
        raise RuleViolation(f"{ansatt.navn} er fjernet fra enheten. Legg personen inn på nytt for å endre.")
    if fornavn is not None:
        ansatt.fornavn = text(fornavn, "Fornavnet", max_length=80)
    if etternavn is not None:
        ansatt.etternavn = text(etternavn, "Etternavnet", max_length=80)
    if er_aktor is not None:
        ansatt.er_aktor = er_aktor
    if er_stafettholder is not None:
        ansatt.er_stafettholder = er_stafettholder and ansatt.enhet_id is not None
    if epost is not None:
        ansatt.epost = _epost(epost)
    if telefon is not None:
        ansatt.telefon = text(telefon, "Telefonnummeret", max_length=40, required=False)
    if stilling is not None:
        ansatt.stilling = text(stilling, "Stillingen", max_length=120, required=False)
    ctx.session.flush()
    return ansatt


@command
def remove_ansatt(ctx: Context, ansatt_id: uuid.UUID) -> list[str]:
    """Mark an employee as gone (history keeps the name). Returns warnings about their logs."""
    ansatt = get(ctx, Ansatt, ansatt_id)
    leader = _require_leader_of(ctx, ansatt)
    if ansatt.id == leader.id:
        raise RuleViolation("Du kan ikke fjerne deg selv. Be kommuneadministratoren om det.")
    if ansatt.fjernet_at is not None:
        raise RuleViolation(f"{ansatt.navn} er allerede fjernet fra enheten.")
    ansatt.fjernet_at = ctx.now()
    ctx.session.flush()
    held = ctx.session.scalars(
        select(Stafettlogg).where(Stafettlogg.stafettholder_id == ansatt.id, Stafettlogg.status != "avsluttet")
    ).all()
    warnings = []
    if held:
        warnings.append(
            f"{ansatt.navn} er stafettholder for {len(held)} logg(er). "
            "Overfør dem til en ny stafettholder under «Brukere»."
        )
    # A tiltak keeps its responsible actor until it is evaluated: its log's holder must act.
    open_tiltak = ctx.session.scalar(
        select(func.count(Tiltak.id))
        .join(Oppmerksomhet, Tiltak.oppmerksomhet_id == Oppmerksomhet.id)
        .join(Stafettlogg, Oppmerksomhet.logg_id == Stafettlogg.id)
        .where(
            Tiltak.ansvarlig_id == ansatt.id,
            Tiltak.status.in_([TiltakStatus.AKTIV, TiltakStatus.PLANLAGT]),
            Stafettlogg.status == LoggStatus.AKTIV,
        )
    )
    if open_tiltak:
        warnings.append(
            f"{ansatt.navn} har ansvar for {open_tiltak} åpne tiltak. Stafettholderne for loggene må evaluere "
            "dem eller gi dem en ny ansvarlig."
        )
    return warnings
