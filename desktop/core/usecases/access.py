"""Read access for a named employee — only with the guardians' consent."""

from __future__ import annotations

import uuid

from desktop.core.commands import command
from desktop.core.context import Changes, Context
from desktop.core.entities import Ansatt, Lesetilgang, Samtykke, Stafettlogg
from desktop.core.errors import InvalidInput, RuleViolation
from desktop.core.permissions import Action, require
from desktop.core.rules import Scope, consent_problem
from desktop.core.usecases.common import get


def _scope(logg: Stafettlogg, hele_loggen: bool, oppmerksomheter: list[uuid.UUID] | None) -> list[str]:
    if hele_loggen:
        return []
    chosen = list(oppmerksomheter or [])
    if not chosen:
        raise InvalidInput("Velg hvilke oppmerksomheter lesetilgangen skal gjelde, eller hele loggen.")
    own = {o.id for o in logg.oppmerksomheter}
    if any(c not in own for c in chosen):
        raise InvalidInput("En valgt oppmerksomhet hører ikke til denne loggen.")
    return [str(c) for c in chosen]


def _consent(ctx: Context, logg: Stafettlogg, samtykke_id: uuid.UUID, ansatt_id: uuid.UUID) -> Samtykke:
    samtykke = get(ctx, Samtykke, samtykke_id)
    if str(ansatt_id) not in samtykke.lesetilgang_for:
        raise RuleViolation("Samtykket gir ikke lesetilgang til denne personen.")
    problem = consent_problem(samtykke, logg.barn, {Scope.LESETILGANG}, ctx.today(), lesetilgang_for=str(ansatt_id))
    if problem is not None:
        raise RuleViolation(problem)
    return samtykke


@command
def grant_lesetilgang(
    ctx: Context,
    logg_id: uuid.UUID,
    ansatt_id: uuid.UUID,
    *,
    samtykke_id: uuid.UUID,
    hele_loggen: bool = True,
    oppmerksomheter: list[uuid.UUID] | None = None,
) -> Changes:
    logg = get(ctx, Stafettlogg, logg_id)
    require(ctx.session, ctx.person, Action.MANAGE_ACCESS, logg)
    ansatt = get(ctx, Ansatt, ansatt_id)
    if ansatt.fjernet_at is not None:
        raise RuleViolation(f"{ansatt.navn} er ikke lenger registrert som ansatt.")
    _consent(ctx, logg, samtykke_id, ansatt.id)
    for existing in logg.lesetilganger:
        if existing.ansatt_id == ansatt.id and existing.opphevet_at is None:
            raise RuleViolation(f"{ansatt.navn} har allerede lesetilgang. Endre den i stedet.")
    tilgang = Lesetilgang(
        logg_id=logg.id,
        ansatt_id=ansatt.id,
        hele_loggen=hele_loggen,
        oppmerksomheter=_scope(logg, hele_loggen, oppmerksomheter),
        samtykke_id=samtykke_id,
    )
    logg.lesetilganger.append(tilgang)
    ctx.session.flush()
    changes = Changes(created=tilgang.id)
    changes.touch(tilgang, logg.id)
    return changes


@command
def change_lesetilgang(
    ctx: Context, lesetilgang_id: uuid.UUID, *, hele_loggen: bool, oppmerksomheter: list[uuid.UUID] | None = None
) -> Changes:
    """Widen or narrow a read access; widening still rests on a valid consent."""
    tilgang = get(ctx, Lesetilgang, lesetilgang_id)
    logg = get(ctx, Stafettlogg, tilgang.logg_id)
    require(ctx.session, ctx.person, Action.MANAGE_ACCESS, logg)
    if tilgang.opphevet_at is not None:
        raise RuleViolation("Lesetilgangen er fjernet. Gi en ny tilgang i stedet.")
    _consent(ctx, logg, tilgang.samtykke_id, tilgang.ansatt_id)
    tilgang.hele_loggen = hele_loggen
    tilgang.oppmerksomheter = _scope(logg, hele_loggen, oppmerksomheter)
    ctx.session.flush()
    changes = Changes()
    changes.touch(tilgang, logg.id)
    return changes


@command
def revoke_lesetilgang(ctx: Context, lesetilgang_id: uuid.UUID) -> Changes:
    tilgang = get(ctx, Lesetilgang, lesetilgang_id)
    logg = get(ctx, Stafettlogg, tilgang.logg_id)
    require(ctx.session, ctx.person, Action.MANAGE_ACCESS, logg)
    if tilgang.opphevet_at is None:
        tilgang.opphevet_at = ctx.now()
    ctx.session.flush()
    changes = Changes()
    changes.touch(tilgang, logg.id)
    return changes
