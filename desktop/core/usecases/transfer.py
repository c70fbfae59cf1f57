"""«Overfør stafettlogg»: within the unit, to another unit, to another kommune.

The sender keeps the stafettpinne — and the responsibility — until the receiver accepts.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select

from desktop.core import audit
from desktop.core.commands import command
from desktop.core.context import Changes, Context
from desktop.core.entities import (
    Ansatt,
    Enhet,
    LoggStatus,
    Overforing,
    OverforingStatus,
    OverforingType,
    Samtykke,
    Stafettlogg,
)
from desktop.core.errors import InvalidInput, PermissionDenied, RuleViolation
from desktop.core.permissions import Action, require
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
    changes.warnings.append("Du er stafettholder og har ansvaret til mottakeren har godtatt overføringen.")
    return changes


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
    if overforing.type is OverforingType.ANNEN_KOMMUNE:
        require(ctx.session, ctx.person, Action.TRANSFER, logg)
        logg.status = LoggStatus.AVSLUTTET
        logg.avsluttet_at = ctx.now()
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
                oppmerksomhet.avsluttet_at = ctx.now()  # stays in the history, not in the new plan
                changes.touch(oppmerksomhet, logg.id)
    overforing.status = OverforingStatus.AKSEPTERT
    overforing.besvart_at = ctx.now()
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
