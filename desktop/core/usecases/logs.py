"""The log's life: child and guardians, consent, creation, level, passive, reopen, close, delete."""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from dataclasses import dataclass

from sqlalchemy import or_, select

from desktop.core import audit, fodselsnummer
from desktop.core.commands import command
from desktop.core.context import OSLO, Changes, Context
from desktop.core.entities import (
    Ansatt,
    Barn,
    Foresatt,
    Lesetilgang,
    LoggStatus,
    Oppmerksomhet,
    Samtykke,
    Stafettlogg,
    Tiltak,
    TiltakStatus,
    Vedlegg,
)
from desktop.core.errors import InvalidInput, PermissionDenied, RuleViolation
from desktop.core.permissions import Action, Relation, Role, relation, require
from desktop.core.rules import Scope, consent_problem, givers_problem
from desktop.core.usecases.common import acting_ansatt, get, text

MAX_PDF_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class ForesattInput:
    fornavn: str
    etternavn: str
    relasjon: str = ""
    foreldreansvar: bool = True
    fodselsnummer: str = ""
    epost: str = ""
    telefon: str = ""
    adresse: str = ""


def _require_creator(ctx: Context) -> Ansatt:
    person = acting_ansatt(ctx)
    if not (person.er_aktor and person.er_stafettholder) or person.enhet_id is None:
        raise PermissionDenied(
            "Bare ansatte som er krysset av både som aktør og stafettholder kan opprette logger. "
            "Ta kontakt med lederen din."
        )
    return person


def _foresatt(barn_id: uuid.UUID, data: ForesattInput) -> Foresatt:
    return Foresatt(
        barn_id=barn_id,
        fornavn=text(data.fornavn, "Fornavnet til den foresatte", max_length=80),
        etternavn=text(data.etternavn, "Etternavnet til den foresatte", max_length=80),
        relasjon=text(data.relasjon, "Relasjonen", max_length=40, required=False),
        foreldreansvar=data.foreldreansvar,
        fodselsnummer=fodselsnummer.validate(data.fodselsnummer) if data.fodselsnummer.strip() else "",
        epost=text(data.epost, "E-postadressen", max_length=200, required=False),
        telefon=text(data.telefon, "Telefonnummeret", max_length=40, required=False),
        adresse=text(data.adresse, "Adressen", max_length=200, required=False),
    )


@command
def register_barn(
    ctx: Context, *, fornavn: str, etternavn: str, fodselsnummer_: str, foresatte: list[ForesattInput]
) -> Changes:
    """Enter the child and guardians before the log (the guide: info is entered beforehand).

    A child already registered in the municipality is reused, never duplicated.
    """
    person = _require_creator(ctx)
    number = fodselsnummer.validate(fodselsnummer_, today=ctx.today())
    changes = Changes()
    existing = ctx.session.scalar(
        select(Barn).where(Barn.kommune_id == person.kommune_id, Barn.fodselsnummer == number)
    )
    if existing is not None:
        changes.created = existing.id
        changes.warnings.append(f"{existing.navn} er registrert fra før; den registreringen brukes.")
        return changes
    barn = Barn(
        id=ctx.new_id(Barn),
        kommune_id=person.kommune_id,
        fornavn=text(fornavn, "Fornavnet", max_length=80),
        etternavn=text(etternavn, "Etternavnet", max_length=80),
        fodselsnummer=number,
        fodselsdato=fodselsnummer.birth_date(number),
    )
    ctx.session.add(barn)
    for data in foresatte:
        barn.foresatte.append(_foresatt(barn.id, data))
    ctx.session.flush()
    changes.created = barn.id
    changes.touch(barn)
    return changes


@command
def add_foresatt(ctx: Context, barn_id: uuid.UUID, data: ForesattInput) -> Changes:
    _require_creator(ctx)
    barn = get(ctx, Barn, barn_id)
    foresatt = _foresatt(barn.id, data)
    barn.foresatte.append(foresatt)
    ctx.session.flush()
    changes = Changes(created=foresatt.id)
    changes.touch(foresatt)
    return changes


def pdf_vedlegg(filnavn: str, data: bytes) -> Vedlegg:
    """A PDF attachment, or a Norwegian refusal for anything that is not a PDF of a sensible size."""
    if not data.startswith(b"%PDF-"):
        raise InvalidInput(f"«{filnavn}» er ikke en PDF-fil. Bare PDF kan lastes opp.")
    if len(data) > MAX_PDF_BYTES:
        raise InvalidInput(f"«{filnavn}» er for stor (over {MAX_PDF_BYTES // (1024 * 1024)} MB).")
    return Vedlegg(
        filnavn=text(filnavn, "Filnavnet", max_length=255),
        mimetype="application/pdf",
        innhold=data,
        sha256=hashlib.sha256(data).hexdigest(),
        storrelse=len(data),
    )


@command
def register_samtykke(
    ctx: Context,
    *,
    barn_id: uuid.UUID,
    signert_dato: dt.date,
    opprette_logg: bool = False,
    utveksle_opplysninger: bool = False,
    overfore_enhet: bool = False,
    overfore_kommune: bool = False,
    lesetilgang_for: list[uuid.UUID] | None = None,
    gitt_av_foresatte: list[uuid.UUID] | None = None,
    gitt_av_barnet: bool = False,
    utloper: dt.date | None = None,
    logg_id: uuid.UUID | None = None,
    skannet_pdf: tuple[str, bytes] | None = None,
) -> Changes:
    """Record a signed consent form. Who signed is checked against foreldreansvar and age."""
    person = acting_ansatt(ctx)
    barn = get(ctx, Barn, barn_id)
    if logg_id is not None:
        logg = get(ctx, Stafettlogg, logg_id)
        if logg.barn_id != barn.id:
            raise InvalidInput("Samtykket må gjelde barnet loggen handler om.")
        if not relation(ctx.session, person, logg).roles & {Role.STAFETTHOLDER, Role.LEDER}:
            raise PermissionDenied("Bare stafettholderen eller lederen kan registrere samtykke for denne loggen.")
        if logg.status is LoggStatus.AVSLUTTET:
            raise RuleViolation("Loggen er avsluttet. Et nytt samtykke gjelder en ny logg.")
    elif not (person.er_stafettholder and person.er_aktor):
        raise PermissionDenied("Bare en stafettholder kan registrere samtykke før loggen er opprettet.")
    if not (opprette_logg or utveksle_opplysninger or overfore_enhet or overfore_kommune or lesetilgang_for):
        raise InvalidInput("Kryss av for minst ett forhold samtykket gjelder.")
    if signert_dato > ctx.today():
        raise InvalidInput("Signaturdatoen kan ikke være fram i tid.")
    if utloper is not None and utloper < signert_dato:
        raise InvalidInput("Utløpsdatoen kan ikke være før signaturdatoen.")
    guardian_ids = {f.id for f in barn.foresatte}
    givers = list(gitt_av_foresatte or [])
    if any(g not in guardian_ids for g in givers):
        raise InvalidInput("Bare barnets registrerte foresatte kan stå som samtykkegivere.")
    samtykke = Samtykke(
        barn_id=barn.id,
        logg_id=logg_id,
        opprette_logg=opprette_logg,
        utveksle_opplysninger=utveksle_opplysninger,
        overfore_enhet=overfore_enhet,
        overfore_kommune=overfore_kommune,
        lesetilgang_for=[str(i) for i in lesetilgang_for or []],
        gitt_av_foresatte=[str(g) for g in givers],
        gitt_av_barnet=gitt_av_barnet,
        signert_dato=signert_dato,
        utloper=utloper,
        registrert_av_id=person.id,
    )
    problem = givers_problem(samtykke, barn)
    if problem is not None:
        raise RuleViolation(problem)
    if skannet_pdf is not None:
        vedlegg = pdf_vedlegg(*skannet_pdf)
        ctx.session.add(vedlegg)
        ctx.session.flush()
        samtykke.skannet_vedlegg_id = vedlegg.id
    ctx.session.add(samtykke)
    ctx.session.flush()
    changes = Changes(created=samtykke.id)
    changes.touch(samtykke, logg_id)
    return changes


def _valid_consent(ctx: Context, samtykke_id: uuid.UUID, barn: Barn, scopes: set[Scope]) -> Samtykke:
    samtykke = get(ctx, Samtykke, samtykke_id)
    problem = consent_problem(samtykke, barn, scopes, ctx.today())
    if problem is not None:
        raise RuleViolation(problem)
    return samtykke


@command
def create_stafettlogg(
    ctx: Context,
    *,
    barn_id: uuid.UUID,
    samtykke_id: uuid.UUID,
    niva: int = 1,
    bekymring: str = "",
    kjennetegn: str = "",
    opprettholdende: str = "",
) -> Changes:
    """«Opprett ny logg»: only with consent to both creation and data exchange."""
    person = _require_creator(ctx)
    barn = get(ctx, Barn, barn_id)
    if barn.kommune_id != person.kommune_id:
        raise PermissionDenied("Barnet er registrert i en annen kommune.")
    _check_niva(niva)
    samtykke = _valid_consent(ctx, samtykke_id, barn, {Scope.OPPRETTE, Scope.UTVEKSLE})
    if samtykke.logg_id is not None:
        raise RuleViolation("Samtykket er allerede brukt for en annen logg.")
    open_log = ctx.session.scalar(
        select(Stafettlogg).where(Stafettlogg.barn_id == barn.id, Stafettlogg.status != LoggStatus.AVSLUTTET)
    )
    if open_log is not None:
        raise RuleViolation(
            f"{barn.navn} har allerede en stafettlogg (stafettholder {open_log.stafettholder.navn}). "
            "Én logg følger barnet; be om å bli aktør i den i stedet."
        )
    assert person.enhet_id is not None  # _require_creator checked it
    logg = Stafettlogg(
        id=ctx.new_id(Stafettlogg),
        barn_id=barn.id,
        enhet_id=person.enhet_id,
        stafettholder_id=person.id,
        niva=niva,
        status=LoggStatus.AKTIV,
        bekymring=text(bekymring, "Bekymringen", required=False),
        kjennetegn=text(kjennetegn, "Kjennetegn på måloppnåelse", required=False),
        opprettholdende=text(opprettholdende, "Opprettholdende faktorer", required=False),
    )
    ctx.session.add(logg)
    ctx.session.flush()  # the log row must exist before the consent points at it
    samtykke.logg_id = logg.id
    ctx.session.flush()
    audit.record(ctx, audit.Action.CHANGE, logg.id, hva="opprettet")
    changes = Changes(created=logg.id)
    changes.touch(logg, logg.id)
    if not any(f.epost for f in barn.foresatte if f.foreldreansvar):
        changes.warnings.append(
            "Ingen foresatte med foreldreansvar har e-postadresse, så den faste e-posten om loggen "
            "når ikke fram. Legg inn e-postadresse."
        )
    return changes


def _check_niva(niva: int) -> None:
    if niva not in (1, 2, 3):
        raise InvalidInput("Nivået må være 1, 2 eller 3.")


def external_actors(ctx: Context, logg: Stafettlogg) -> list[Ansatt]:
    """Actors with live tiltak who are not from the holder's own unit (nivå 2–3 only)."""
    stmt = (
        select(Ansatt)
        .join(Tiltak, Tiltak.ansvarlig_id == Ansatt.id)
        .join(Oppmerksomhet, Tiltak.oppmerksomhet_id == Oppmerksomhet.id)
        .where(
            Oppmerksomhet.logg_id == logg.id,
            Tiltak.status.in_([TiltakStatus.AKTIV, TiltakStatus.PLANLAGT]),
            or_(Ansatt.enhet_id.is_(None), Ansatt.enhet_id != logg.enhet_id),
        )
        .distinct()
    )
    return list(ctx.session.scalars(stmt))


@command
def change_niva(ctx: Context, logg_id: uuid.UUID, niva: int) -> Changes:
    logg = get(ctx, Stafettlogg, logg_id)
    require(ctx.session, ctx.person, Action.CHANGE_LEVEL, logg)
    _check_niva(niva)
    if niva == 1:
        outside = external_actors(ctx, logg)
        if outside:
            names = ", ".join(a.navn for a in outside)
            raise RuleViolation(
                "På nivå 1 kan bare aktører fra egen enhet ha tiltak. "
                f"Avslutt eller evaluer først tiltakene til: {names}."
            )
    logg.niva = niva
    ctx.session.flush()
    changes = Changes()
    changes.touch(logg, logg.id)
    return changes


@command
def set_passive(ctx: Context, logg_id: uuid.UUID) -> Changes:
    logg = get(ctx, Stafettlogg, logg_id)
    require(ctx.session, ctx.person, Action.SET_PASSIVE, logg)
    logg.status = LoggStatus.PASSIV
    logg.passiv_at = ctx.now()
    ctx.session.flush()
    changes = Changes()
    changes.touch(logg, logg.id)
    return changes


@command
def reopen(ctx: Context, logg_id: uuid.UUID, samtykke_id: uuid.UUID) -> Changes:
    """A passive log is reopened only with a new consent, signed after it was set passive."""
    logg = get(ctx, Stafettlogg, logg_id)
    if logg.status is not LoggStatus.PASSIV and Role.STAFETTHOLDER in relation(ctx.session, ctx.person, logg).roles:
        raise RuleViolation(
            "Bare en passiv logg kan gjenåpnes."
            if logg.status is LoggStatus.AKTIV
            else "Loggen er avsluttet og kan ikke gjenåpnes."
        )
    require(ctx.session, ctx.person, Action.REOPEN, logg)
    samtykke = _valid_consent(ctx, samtykke_id, logg.barn, {Scope.OPPRETTE, Scope.UTVEKSLE})
    assert logg.passiv_at is not None
    if samtykke.signert_dato < logg.passiv_at.astimezone(OSLO).date() or samtykke.created_at < logg.passiv_at:
        raise RuleViolation("Gjenåpning krever et nytt samtykke, signert etter at loggen ble satt passiv.")
    samtykke.logg_id = logg.id
    logg.status = LoggStatus.AKTIV
    logg.passiv_at = None
    ctx.session.flush()
    changes = Changes()
    changes.touch(logg, logg.id)
    return changes


def _close(ctx: Context, logg: Stafettlogg, grunn: str) -> None:
    logg.status = LoggStatus.AVSLUTTET
    logg.avsluttet_at = ctx.now()
    logg.avslutningsgrunn = grunn
    for tilgang in logg.lesetilganger:
        if tilgang.opphevet_at is None:
            tilgang.opphevet_at = ctx.now()


@command
def close(ctx: Context, logg_id: uuid.UUID, grunn: str) -> Changes:
    """Close when holder, family and services agree the measures worked."""
    logg = get(ctx, Stafettlogg, logg_id)
    require(ctx.session, ctx.person, Action.CLOSE, logg)
    _close(ctx, logg, text(grunn, "Grunnen til at loggen avsluttes"))
    ctx.session.flush()
    changes = Changes(warnings=["Eksporter loggen til PDF og legg den i barnets mappe."])
    changes.touch(logg, logg.id)
    return changes


@command
def withdraw_samtykke(ctx: Context, samtykke_id: uuid.UUID, grunn: str = "") -> Changes:
    """Guardians may withdraw at any time; a log that rests on the consent is then closed."""
    samtykke = get(ctx, Samtykke, samtykke_id)
    if samtykke.trukket_at is not None:
        raise RuleViolation("Samtykket er allerede trukket.")
    logg = ctx.session.get(Stafettlogg, samtykke.logg_id) if samtykke.logg_id else None
    person = ctx.person
    may = (
        (isinstance(person, Foresatt) and str(person.id) in samtykke.gitt_av_foresatte)
        or (isinstance(person, Barn) and person.id == samtykke.barn_id and samtykke.gitt_av_barnet)
        or (
            isinstance(person, Ansatt)
            and logg is not None
            and Role.STAFETTHOLDER in relation(ctx.session, person, logg).roles
        )
    )
    if not may:
        raise PermissionDenied("Bare den som ga samtykket, eller stafettholderen på deres vegne, kan trekke det.")
    samtykke.trukket_at = ctx.now()
    samtykke.trukket_grunn = text(grunn, "Grunnen", required=False)
    changes = Changes()
    changes.touch(samtykke)
    for tilgang in ctx.session.scalars(
        select(Lesetilgang).where(Lesetilgang.samtykke_id == samtykke.id, Lesetilgang.opphevet_at.is_(None))
    ):
        tilgang.opphevet_at = ctx.now()
        changes.touch(tilgang, tilgang.logg_id)
    if (
        logg is not None
        and logg.status is not LoggStatus.AVSLUTTET
        and (samtykke.opprette_logg or samtykke.utveksle_opplysninger)
    ):
        _close(ctx, logg, "Foresatte har trukket samtykket.")
        changes.touch(logg, logg.id)
        changes.warnings.append(
            "Samtykket er trukket, så loggen er avsluttet. Eksporter den til PDF og legg den i barnets mappe."
        )
    ctx.session.flush()
    return changes


@command
def delete_logg(ctx: Context, logg_id: uuid.UUID) -> Changes:
    """Only a unit leader deletes, and only a passive log."""
    logg = get(ctx, Stafettlogg, logg_id)
    if logg.status is not LoggStatus.PASSIV and Role.LEDER in relation(ctx.session, ctx.person, logg).roles:
        hint = " Sett loggen passiv først." if logg.status is LoggStatus.AKTIV else ""
        raise RuleViolation("Bare passive logger kan slettes." + hint)
    require(ctx.session, ctx.person, Action.DELETE, logg)
    for samtykke in ctx.session.scalars(select(Samtykke).where(Samtykke.logg_id == logg.id)):
        samtykke.logg_id = None  # the signed form stays archived with the child
    audit.record(ctx, audit.Action.DELETE, logg.id, barn=str(logg.barn_id))
    ctx.session.delete(logg)
    ctx.session.flush()
    changes = Changes()
    changes.logs.add(logg_id)
    changes.entities.add(("stafettlogg", logg_id))
    return changes


@command
def update_startside(
    ctx: Context,
    logg_id: uuid.UUID,
    *,
    bekymring: str | None = None,
    kjennetegn: str | None = None,
    opprettholdende: str | None = None,
    barnets_stemme: str | None = None,
) -> Changes:
    logg = get(ctx, Stafettlogg, logg_id)
    require(ctx.session, ctx.person, Action.EDIT_CONTENT, logg)
    if bekymring is not None:
        logg.bekymring = text(bekymring, "Bekymringen", required=False)
    if kjennetegn is not None:
        logg.kjennetegn = text(kjennetegn, "Kjennetegn på måloppnåelse", required=False)
    if opprettholdende is not None:
        logg.opprettholdende = text(opprettholdende, "Opprettholdende faktorer", required=False)
    if barnets_stemme is not None:
        logg.barnets_stemme = text(barnets_stemme, "Barnets stemme", required=False)
    ctx.session.flush()
    changes = Changes()
    changes.touch(logg, logg.id)
    return changes


@dataclass(frozen=True)
class Lesning:
    """A log as one person may see it (a reader may be limited to chosen concerns)."""

    logg: Stafettlogg
    relation: Relation
    oppmerksomheter: list[Oppmerksomhet]


def read_logg(ctx: Context, logg_id: uuid.UUID, *, record: bool = True) -> Lesning:
    """Open a log to read it — every opening is written to the audit trail.

    ``record=False`` is for a view refreshing a log it already opened (and audited).
    """
    logg = get(ctx, Stafettlogg, logg_id)
    rel = require(ctx.session, ctx.person, Action.READ, logg)
    if record:
        audit.record(ctx, audit.Action.READ, logg.id)
    visible = [o for o in logg.oppmerksomheter if rel.sees(o.id)]  # not a reader's others, nor those left behind
    return Lesning(logg, rel, visible)


def logs_for(ctx: Context) -> list[uuid.UUID]:
    """«Mine logger»: ids of the logs the acting person holds, acts in, reads, or is family of."""
    person = ctx.person
    if isinstance(person, Foresatt):
        if not person.foreldreansvar:
            return []
        return list(ctx.session.scalars(select(Stafettlogg.id).where(Stafettlogg.barn_id == person.barn_id)))
    if isinstance(person, Barn):
        return list(ctx.session.scalars(select(Stafettlogg.id).where(Stafettlogg.barn_id == person.id)))
    if person.fjernet_at is not None:
        return []
    as_actor = (
        select(Oppmerksomhet.logg_id)
        .join(Tiltak, Tiltak.oppmerksomhet_id == Oppmerksomhet.id)
        .where(Tiltak.ansvarlig_id == person.id, Tiltak.status != TiltakStatus.FEILREGISTRERT)
    )
    as_reader = select(Lesetilgang.logg_id).where(Lesetilgang.ansatt_id == person.id, Lesetilgang.opphevet_at.is_(None))
    stmt = (
        select(Stafettlogg.id)
        .where(
            or_(
                Stafettlogg.stafettholder_id == person.id,
                Stafettlogg.id.in_(as_actor),
                Stafettlogg.id.in_(as_reader),
            )
        )
        .order_by(Stafettlogg.updated_at.desc())
    )
    return list(ctx.session.scalars(stmt))
