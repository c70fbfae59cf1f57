"""«Overfør stafettlogg»: within the unit, to another unit, to another kommune.

The sender keeps the stafettpinne — and the responsibility — until the receiver accepts.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import or_, select

from desktop.core import audit
from desktop.core.commands import command
from desktop.core.context import Changes, Context
from desktop.core.entities import (
    Ansatt,
    Enhet,
    LoggStatus,
    Oppmerksomhet,
    Overforing,
    OverforingStatus,
    OverforingType,
    Samtykke,
    Stafettlogg,
)
from desktop.core.errors import InvalidInput, PermissionDenied, RuleViolation
from desktop.core.permissions import Action, check, require
from desktop.core.rules import Scope, consent_problem
from desktop.core.usecases.common import acting_ansatt, get, text

_SCOPE = {OverforingType.ANNEN_ENHET: Scope.ANNEN_ENHET, OverforingType.ANNEN_KOMMUNE: Scope.ANNEN_KOMMUNE}


def _may_hold(ansatt: Ansatt) -> bool:
    return ansatt.fjernet_at is None and ansatt.er_aktor and ansatt.er_stafettholder and ansatt.enhet_id is not None


def pending_transfer(ctx: Context, logg_id: uuid.UUID) -> Overforing | None:
    return ctx.session.scalar(
        select(Overforing).where(Overforing.logg_id == logg_id, Overforing.status == OverforingStatus.VENTER)
    )


@command
def request_transfer(
    ctx: Context,
    logg_id: uuid.UUID,
    *,
    type: OverforingType,
    grunn: str,
    oppmerksomheter: list[uuid.UUID],
    til_ansatt_id: uuid.UUID | None = None,
    til_enhet_id: uuid.UUID | None = None,
    til_kommune: str = "",
    samtykke_id: uuid.UUID | None = None,
) -> Changes:
    """The holder (or the unit leader on their behalf) sends the log; the receiver must accept."""
    logg = get(ctx, Stafettlogg, logg_id)
    require(ctx.session, ctx.person, Action.TRANSFER, logg)
    sender = acting_ansatt(ctx)
    grunn = text(grunn, "Grunnen til overføringen")
    if pending_transfer(ctx, logg.id) is not None:
        raise RuleViolation("Loggen venter allerede på at en mottaker skal godta en overføring.")
    own = {o.id: o for o in logg.oppmerksomheter if o.avsluttet_at is None}
    if not oppmerksomheter:
        raise InvalidInput("Velg sammen med familien hvilke oppmerksomheter som skal følge med.")
    if any(o not in own for o in oppmerksomheter):
        raise InvalidInput("En valgt oppmerksomhet hører ikke til loggen eller er avsluttet.")
    receiver = get(ctx, Ansatt, til_ansatt_id) if til_ansatt_id is not None else None
    if receiver is not None and not _may_hold(receiver):
        raise RuleViolation(f"{receiver.navn} er ikke krysset av som både aktør og stafettholder.")
    if receiver is not None and receiver.id == logg.stafettholder_id:
        raise InvalidInput("Mottakeren er allerede stafettholder for loggen.")
    if type is OverforingType.INNEN_ENHET:
        if receiver is None:
            raise InvalidInput("Velg den nye stafettholderen.")
        if receiver.enhet_id != logg.enhet_id:
            raise InvalidInput("Mottakeren er i en annen enhet. Velg «til annen enhet».")
        til_enhet_id = logg.enhet_id
    elif type is OverforingType.ANNEN_ENHET:
        if til_enhet_id is None and receiver is not None:
            til_enhet_id = receiver.enhet_id
        if til_enhet_id is None:
            raise InvalidInput("Velg enheten (lederen der) eller den nye stafettholderen.")
        enhet = get(ctx, Enhet, til_enhet_id)
        if enhet.id == logg.enhet_id:
            raise InvalidInput("Mottakeren er i samme enhet. Velg «innen enheten».")
        if enhet.kommune_id != logg.enhet.kommune_id:
            raise InvalidInput("Enheten er i en annen kommune. Velg «til annen kommune».")
        if receiver is not None and receiver.enhet_id != enhet.id:
            raise InvalidInput("Den nye stafettholderen arbeider ikke i den valgte enheten.")
    else:
        til_kommune = text(til_kommune, "Mottakerkommunen", max_length=120)
        til_enhet_id = None
        receiver = None
    if type in _SCOPE:
        if samtykke_id is None:
            raise RuleViolation(f"Overføring {_WHERE[type]} krever et arkivert, signert samtykke til det.")
        problem = consent_problem(get(ctx, Samtykke, samtykke_id), logg.barn, {_SCOPE[type]}, ctx.today())
        if problem is not None:
            raise RuleViolation(problem)
    overforing = Overforing(
        logg_id=logg.id,
        type=type,
        fra_ansatt_id=logg.stafettholder_id,
        sendt_av_id=sender.id,
        til_ansatt_id=receiver.id if receiver else None,
        til_enhet_id=til_enhet_id,
        til_kommune=til_kommune,
        grunn=grunn,
        oppmerksomheter=[str(o) for o in oppmerksomheter],
        samtykke_id=samtykke_id,
    )
    logg.overforinger.append(overforing)
    ctx.session.flush()
    audit.record(ctx, audit.Action.TRANSFER, logg.id, steg="sendt", overforing=str(overforing.id))
    changes = Changes(created=overforing.id)
    changes.touch(overforing, logg.id)
    changes.warnings.append(responsibility_text(ctx, logg))
    return changes


def responsibility_text(ctx: Context, logg: Stafettlogg) -> str:
    """The guide's rule, said to whoever sends: the holder keeps the log until the receiver accepts."""
    who = "Du" if ctx.person.id == logg.stafettholder_id else logg.stafettholder.navn
    return f"{who} er stafettholder og har ansvaret til mottakeren har godtatt overføringen."


_WHERE = {OverforingType.ANNEN_ENHET: "til en annen enhet", OverforingType.ANNEN_KOMMUNE: "til en annen kommune"}


def is_receiver(ctx: Context, overforing: Overforing) -> bool:
    person = ctx.person
    if not isinstance(person, Ansatt) or person.fjernet_at is not None:
        return False
    if overforing.til_ansatt_id is not None:
        return person.id == overforing.til_ansatt_id
    return person.er_leder and person.enhet_id is not None and person.enhet_id == overforing.til_enhet_id


def _waiting(ctx: Context, overforing_id: uuid.UUID) -> tuple[Overforing, Stafettlogg]:
    overforing = get(ctx, Overforing, overforing_id)
    if overforing.status is not OverforingStatus.VENTER:
        raise RuleViolation("Overføringen er allerede besvart.")
    logg = get(ctx, Stafettlogg, overforing.logg_id)
    if logg.status is not LoggStatus.AKTIV:
        raise RuleViolation("Loggen er ikke aktiv lenger.")
    return overforing, logg


@command
def accept_transfer(ctx: Context, overforing_id: uuid.UUID, *, ny_stafettholder_id: uuid.UUID | None = None) -> Changes:
    """The receiver takes the stafettpinne. A unit leader names the new holder.

    To another kommune the log leaves this installation: the sender confirms that the
    receiving kommune has imported it, and the log is closed here.
    """
    overforing, logg = _waiting(ctx, overforing_id)
    changes = Changes()
    # One moment for the answer and the concerns it closes: permissions.left_behind finds them by it.
    now = ctx.now()
    if overforing.type is OverforingType.ANNEN_KOMMUNE:
        require(ctx.session, ctx.person, Action.TRANSFER, logg)
        logg.status = LoggStatus.AVSLUTTET
        logg.avsluttet_at = now
        logg.avslutningsgrunn = f"Overført til {overforing.til_kommune}."
    else:
        if not is_receiver(ctx, overforing):
            raise PermissionDenied("Bare mottakeren av overføringen kan godta den.")
        new_holder_id = overforing.til_ansatt_id or ny_stafettholder_id
        if new_holder_id is None:
            raise InvalidInput("Velg hvem i enheten som blir ny stafettholder.")
        new_holder = get(ctx, Ansatt, new_holder_id)
        if not _may_hold(new_holder) or new_holder.enhet_id != overforing.til_enhet_id:
            raise RuleViolation(
                f"{new_holder.navn} kan ikke bli stafettholder her: må være aktør og stafettholder i enheten."
            )
        assert new_holder.enhet_id is not None
        logg.stafettholder_id = new_holder.id
        logg.enhet_id = new_holder.enhet_id
        overforing.til_ansatt_id = new_holder.id
        kept = set(overforing.oppmerksomheter)
        for oppmerksomhet in logg.oppmerksomheter:
            if str(oppmerksomhet.id) not in kept and oppmerksomhet.avsluttet_at is None:
                # Left behind: stays in the family's history, not in the new holder's plan.
                oppmerksomhet.avsluttet_at = now
                changes.touch(oppmerksomhet, logg.id)
    overforing.status = OverforingStatus.AKSEPTERT
    overforing.besvart_at = now
    overforing.besvart_av_id = ctx.person.id
    ctx.session.flush()
    audit.record(ctx, audit.Action.TRANSFER, logg.id, steg="godtatt", overforing=str(overforing.id))
    changes.touch(overforing, logg.id)
    changes.touch(logg, logg.id)
    return changes


@command
def reject_transfer(ctx: Context, overforing_id: uuid.UUID, grunn: str) -> Changes:
    overforing, logg = _waiting(ctx, overforing_id)
    if overforing.type is OverforingType.ANNEN_KOMMUNE:
        # The other kommune answers outside this installation; the sender records its answer.
        require(ctx.session, ctx.person, Action.TRANSFER, logg)
    elif not is_receiver(ctx, overforing):
        raise PermissionDenied("Bare mottakeren av overføringen kan avvise den.")
    overforing.svar_grunn = text(grunn, "Grunnen til at overføringen avvises")
    overforing.status = OverforingStatus.AVVIST
    overforing.besvart_at = ctx.now()
    overforing.besvart_av_id = ctx.person.id
    ctx.session.flush()
    audit.record(ctx, audit.Action.TRANSFER, logg.id, steg="avvist", overforing=str(overforing.id))
    changes = Changes(warnings=["Overføringen er avvist; stafettholderen beholder loggen."])
    changes.touch(overforing, logg.id)
    return changes


@command
def withdraw_transfer(ctx: Context, overforing_id: uuid.UUID, grunn: str = "") -> Changes:
    """The sender (the holder, or the unit leader for them) takes back a transfer nobody has answered."""
    overforing = get(ctx, Overforing, overforing_id)
    if overforing.status is not OverforingStatus.VENTER:
        raise RuleViolation("Overføringen er allerede besvart og kan ikke trekkes tilbake.")
    logg = get(ctx, Stafettlogg, overforing.logg_id)
    require(ctx.session, ctx.person, Action.TRANSFER, logg)
    overforing.svar_grunn = text(grunn, "Grunnen", required=False)
    overforing.status = OverforingStatus.TRUKKET
    overforing.besvart_at = ctx.now()
    overforing.besvart_av_id = ctx.person.id
    ctx.session.flush()
    audit.record(ctx, audit.Action.TRANSFER, logg.id, steg="trukket", overforing=str(overforing.id))
    changes = Changes(warnings=["Overføringen er trukket tilbake. Du har fortsatt loggen."])
    changes.touch(overforing, logg.id)
    return changes


# --------------------------------------------------------------------------- what the dialogs show

# Answered transfers stay in the lists this long.
HISTORY_DAYS = 30


@dataclass(frozen=True)
class Valg:
    """Someone or something to pick: plain data for the GUI thread."""

    id: uuid.UUID
    navn: str
    beskrivelse: str = ""


@dataclass(frozen=True)
class EnhetValg:
    id: uuid.UUID
    navn: str
    ledere: list[Valg]
    holdere: list[Valg]  # ticked as aktør and stafettholder, not removed


@dataclass(frozen=True)
class SamtykkeValg:
    """One of the child's signed consents, and whether it covers each kind of transfer today."""

    id: uuid.UUID
    signert_dato: dt.date
    utloper: dt.date | None
    trukket: bool
    # None: covers it today; else why not (the core's own words).
    problem: dict[OverforingType, str | None]


@dataclass(frozen=True)
class OverforingValg:
    """What «Overfør stafettlogg» needs, for a holder or a leader who may not read the log."""

    logg_id: uuid.UUID
    barn_id: uuid.UUID
    barn: str
    foresatte: list[Valg]  # those with foreldreansvar, who sign a consent
    enhet_id: uuid.UUID
    enhet: str
    stafettholder_id: uuid.UUID
    stafettholder: str
    sender: str  # who sends: the holder, or the leader on their behalf
    on_behalf: bool
    may_read: bool
    oppmerksomheter: list[Valg]  # the active ones, in the log's order
    samtykker: list[SamtykkeValg]  # newest first
    enheter: list[EnhetValg]  # every unit of the kommune, the log's own first
    pending: uuid.UUID | None  # a transfer already waiting

    def covering(self, kind: OverforingType) -> SamtykkeValg | None:
        """The newest consent that covers ``kind`` today."""
        return next((s for s in self.samtykker if s.problem.get(kind, "") is None), None)


def _valg(a: Ansatt) -> Valg:
    return Valg(a.id, a.navn, a.stilling)


def transfer_choices(ctx: Context, logg_id: uuid.UUID) -> OverforingValg:
    """The log's header, concerns, consents and the kommune's units with their leaders and holders.

    Needs the right to transfer, not to read: a leader sending for an absent holder sees
    «Oppmerksomhet 1, 2 …» instead of the concerns' texts.
    """
    logg = get(ctx, Stafettlogg, logg_id)
    require(ctx.session, ctx.person, Action.TRANSFER, logg)
    me = acting_ansatt(ctx)
    may_read = check(ctx.session, me, Action.READ, logg) is None
    active = [o for o in sorted(logg.oppmerksomheter, key=_order) if o.avsluttet_at is None]
    concerns = [Valg(o.id, o.tekst if may_read else f"Oppmerksomhet {i}") for i, o in enumerate(active, 1)]
    today = ctx.today()
    samtykker = []
    stmt = select(Samtykke).where(Samtykke.barn_id == logg.barn_id).order_by(Samtykke.signert_dato.desc())
    for s in ctx.session.scalars(stmt):
        problem = {kind: consent_problem(s, logg.barn, {scope}, today) for kind, scope in _SCOPE.items()}
        samtykker.append(SamtykkeValg(s.id, s.signert_dato, s.utloper, s.trukket_at is not None, problem))
    people = ctx.session.scalars(
        select(Ansatt)
        .where(Ansatt.kommune_id == logg.enhet.kommune_id, Ansatt.fjernet_at.is_(None))
        .order_by(Ansatt.fornavn, Ansatt.etternavn)
    ).all()
    units = ctx.session.scalars(select(Enhet).where(Enhet.kommune_id == logg.enhet.kommune_id).order_by(Enhet.navn))
    enheter = [
        EnhetValg(
            e.id,
            e.navn,
            [_valg(a) for a in people if a.enhet_id == e.id and a.er_leder],
            [_valg(a) for a in people if a.enhet_id == e.id and _may_hold(a) and a.id != logg.stafettholder_id],
        )
        for e in units
    ]
    enheter.sort(key=lambda e: e.id != logg.enhet_id)
    pending = pending_transfer(ctx, logg.id)
    return OverforingValg(
        logg_id=logg.id,
        barn_id=logg.barn_id,
        barn=logg.barn.navn,
        foresatte=[Valg(f.id, f.navn, f.relasjon) for f in logg.barn.foresatte if f.foreldreansvar],
        enhet_id=logg.enhet_id,
        enhet=logg.enhet.navn,
        stafettholder_id=logg.stafettholder_id,
        stafettholder=logg.stafettholder.navn,
        sender=me.navn,
        on_behalf=me.id != logg.stafettholder_id,
        may_read=may_read,
        oppmerksomheter=concerns,
        samtykker=samtykker,
        enheter=enheter,
        pending=pending.id if pending is not None else None,
    )


def _order(o: Oppmerksomhet) -> tuple[int, dt.datetime]:
    return (o.rekkefolge, o.created_at)


@dataclass(frozen=True)
class OverforingRad:
    """One transfer in the «Overføringer» tab: waiting for an answer, or answered lately."""

    id: uuid.UUID
    logg_id: uuid.UUID
    type: OverforingType
    status: OverforingStatus
    barn: str
    fra: str  # the holder who gives the log away
    fra_enhet: str
    sendt_av: str  # a leader who sent for the holder, else the holder
    til: str  # the named receiver, «lederen i …», or the kommune
    til_enhet: str
    grunn: str
    sendt_at: dt.datetime
    oppmerksomheter: list[str]
    besvart_at: dt.datetime | None
    besvart_av: str
    svar_grunn: str
    may_answer: bool  # waiting for this person's answer (or the sender's, for another kommune)
    may_withdraw: bool
    sent_by_me: bool
    kandidater: list[Valg]  # whom a receiving leader can make the new holder


def _name(ctx: Context, ansatt_id: uuid.UUID | None) -> str:
    if ansatt_id is None:
        return ""
    a = ctx.session.get(Ansatt, ansatt_id)
    return a.navn if a is not None else "Ukjent"


def _unit_name(ctx: Context, enhet_id: uuid.UUID | None) -> str:
    e = ctx.session.get(Enhet, enhet_id) if enhet_id is not None else None
    return e.navn if e is not None else ""


def receiver_text(ctx: Context, overforing: Overforing) -> str:
    """«Hilde Sandvik», «lederen i Øvingsvik skole» or «Nabovik»."""
    if overforing.type is OverforingType.ANNEN_KOMMUNE:
        return overforing.til_kommune
    if overforing.til_ansatt_id is not None:
        return _name(ctx, overforing.til_ansatt_id)
    return f"lederen i {_unit_name(ctx, overforing.til_enhet_id)}"


def transfers_for_me(ctx: Context) -> list[OverforingRad]:
    """Transfers waiting for the acting person's answer, and those they or their unit had in
    the last 30 days (sent, received, answered), newest first."""
    me = ctx.person
    if not isinstance(me, Ansatt) or me.fjernet_at is not None:
        return []
    since = ctx.now() - dt.timedelta(days=HISTORY_DAYS)
    mine = or_(
        Overforing.til_ansatt_id == me.id,
        Overforing.fra_ansatt_id == me.id,
        Overforing.sendt_av_id == me.id,
        Overforing.besvart_av_id == me.id,
    )
    if me.er_leder and me.enhet_id is not None:
        mine = or_(mine, Overforing.til_enhet_id == me.enhet_id)
    stmt = (
        select(Overforing)
        .where(mine, or_(Overforing.status == OverforingStatus.VENTER, Overforing.besvart_at >= since))
        .order_by(Overforing.created_at.desc())
    )
    rows = []
    for ov in ctx.session.scalars(stmt):
        logg = ctx.session.get(Stafettlogg, ov.logg_id)
        if logg is None:
            continue
        waiting = ov.status is OverforingStatus.VENTER and logg.status is LoggStatus.AKTIV
        may_transfer = check(ctx.session, me, Action.TRANSFER, logg) is None
        if ov.type is OverforingType.ANNEN_KOMMUNE:
            may_answer = waiting and may_transfer  # the sender records the other kommune's answer
        else:
            may_answer = waiting and is_receiver(ctx, ov)
        kandidater: list[Valg] = []
        if may_answer and ov.til_ansatt_id is None and ov.til_enhet_id is not None:
            kandidater = [
                _valg(a)
                for a in ctx.session.scalars(
                    select(Ansatt)
                    .where(Ansatt.enhet_id == ov.til_enhet_id, Ansatt.fjernet_at.is_(None))
                    .order_by(Ansatt.fornavn, Ansatt.etternavn)
                )
                if _may_hold(a)
            ]
        kept = set(ov.oppmerksomheter)
        texts = [o.tekst for o in sorted(logg.oppmerksomheter, key=_order) if str(o.id) in kept]
        fra = ctx.session.get(Ansatt, ov.fra_ansatt_id)
        rows.append(
            OverforingRad(
                id=ov.id,
                logg_id=ov.logg_id,
                type=ov.type,
                status=ov.status,
                barn=logg.barn.navn,
                fra=fra.navn if fra is not None else "Ukjent",
                fra_enhet=_unit_name(ctx, fra.enhet_id if fra is not None else None),
                sendt_av=_name(ctx, ov.sendt_av_id),
                til=receiver_text(ctx, ov),
                til_enhet=_unit_name(ctx, ov.til_enhet_id),
                grunn=ov.grunn,
                sendt_at=ov.created_at,
                oppmerksomheter=texts,
                besvart_at=ov.besvart_at,
                besvart_av=_name(ctx, ov.besvart_av_id),
                svar_grunn=ov.svar_grunn,
                may_answer=may_answer,
                may_withdraw=waiting and may_transfer,
                sent_by_me=me.id in (ov.fra_ansatt_id, ov.sendt_av_id),
                kandidater=kandidater,
            )
        )
    return rows


def waiting_count(ctx: Context) -> int:
    """How many transfers wait for the acting person's answer (the tab's title)."""
    return sum(r.may_answer for r in transfers_for_me(ctx))
