"""What is written in a log: oppmerksomheter, mål, tiltak, evaluering, lysglimt, notater, møter."""

from __future__ import annotations

import datetime as dt
import uuid

from desktop.core.commands import command
from desktop.core.context import Changes, Context, PersonRef, load_person
from desktop.core.entities import (
    Ansatt,
    Arena,
    Beslutning,
    Evaluering,
    Foresatt,
    Lysglimt,
    Mal,
    Mote,
    Notat,
    Oppmerksomhet,
    PersonKind,
    Stafettlogg,
    Tiltak,
    TiltakStatus,
)
from desktop.core.errors import InvalidInput, NotFound, PermissionDenied, RuleViolation
from desktop.core.permissions import Action, Role, may_write_tiltak, require, require_oppmerksomhet
from desktop.core.rules import CORRECTION_WINDOW, actor_key, correction_time_left, coverage_warnings, is_open
from desktop.core.usecases.common import date_order, get, logg_of, text
from desktop.core.usecases.logs import pdf_vedlegg

# --------------------------------------------------------------------------- oppmerksomhet and mål


@command
def add_oppmerksomhet(ctx: Context, logg_id: uuid.UUID, tekst: str, kjennetegn_maloppnaelse: str = "") -> Changes:
    """Saved at once, as the guide asks; the text should be one descriptive sentence."""
    logg = get(ctx, Stafettlogg, logg_id)
    require(ctx.session, ctx.person, Action.EDIT_CONTENT, logg)
    oppmerksomhet = Oppmerksomhet(
        logg_id=logg.id,
        tekst=text(tekst, "Oppmerksomheten", max_length=500),
        kjennetegn_maloppnaelse=text(kjennetegn_maloppnaelse, "Kjennetegn på måloppnåelse", required=False),
        rekkefolge=len(logg.oppmerksomheter),
    )
    logg.oppmerksomheter.append(oppmerksomhet)
    ctx.session.flush()
    changes = Changes(created=oppmerksomhet.id)
    changes.touch(oppmerksomhet, logg.id)
    return changes


@command
def update_oppmerksomhet(
    ctx: Context, oppmerksomhet_id: uuid.UUID, *, tekst: str | None = None, kjennetegn_maloppnaelse: str | None = None
) -> Changes:
    oppmerksomhet = get(ctx, Oppmerksomhet, oppmerksomhet_id)
    logg = logg_of(ctx, oppmerksomhet)
    rel = require(ctx.session, ctx.person, Action.EDIT_CONTENT, logg)
    require_oppmerksomhet(rel, oppmerksomhet.id)
    if tekst is not None:
        oppmerksomhet.tekst = text(tekst, "Oppmerksomheten", max_length=500)
    if kjennetegn_maloppnaelse is not None:
        oppmerksomhet.kjennetegn_maloppnaelse = text(
            kjennetegn_maloppnaelse, "Kjennetegn på måloppnåelse", required=False
        )
    ctx.session.flush()
    changes = Changes()
    changes.touch(oppmerksomhet, logg.id)
    return changes


MAL_CHECKS = {
    "sjekk_malbart": "Er det målbart, med et sluttpunkt?",
    "sjekk_akseptert": "Er målet akseptert av barnet og foreldrene?",
    "sjekk_realistisk": "Er målet realistisk?",
    "sjekk_tidsperiode": "Er det satt en tidsperiode for tiltak og evaluering?",
    "sjekk_forstaelig": "Er målet enkelt og forståelig?",
}


@command
def set_mal(
    ctx: Context,
    oppmerksomhet_id: uuid.UUID,
    *,
    del_a: str,
    del_b: str = "",
    del_c: str = "",
    sjekk_malbart: bool = False,
    sjekk_akseptert: bool = False,
    sjekk_realistisk: bool = False,
    sjekk_tidsperiode: bool = False,
    sjekk_forstaelig: bool = False,
) -> Changes:
    """One concrete goal at a time: a new goal replaces the current one (which stays in history)."""
    oppmerksomhet = get(ctx, Oppmerksomhet, oppmerksomhet_id)
    logg = logg_of(ctx, oppmerksomhet)
    rel = require(ctx.session, ctx.person, Action.EDIT_CONTENT, logg)
    require_oppmerksomhet(rel, oppmerksomhet.id)
    mal = Mal(
        oppmerksomhet_id=oppmerksomhet.id,
        del_a=text(del_a, "Målet (A)", max_length=500),
        del_b=text(del_b, "Målet (B)", max_length=500, required=False),
        del_c=text(del_c, "Målet (C)", max_length=500, required=False),
        sjekk_malbart=sjekk_malbart,
        sjekk_akseptert=sjekk_akseptert,
        sjekk_realistisk=sjekk_realistisk,
        sjekk_tidsperiode=sjekk_tidsperiode,
        sjekk_forstaelig=sjekk_forstaelig,
    )
    for current in oppmerksomhet.mal:
        if current.erstattet_at is None:
            current.erstattet_at = ctx.now()
    oppmerksomhet.mal.append(mal)
    ctx.session.flush()
    changes = Changes(created=mal.id)
    changes.touch(mal, logg.id)
    unanswered = [q for attr, q in MAL_CHECKS.items() if not getattr(mal, attr)]
    if unanswered:
        changes.warnings.append("Sjekk målet: " + " ".join(unanswered))
    return changes


def current_mal(oppmerksomhet: Oppmerksomhet) -> Mal | None:
    live = [m for m in oppmerksomhet.mal if m.erstattet_at is None]
    return live[-1] if live else None


# --------------------------------------------------------------------------- tiltak


def _check_responsible(ctx: Context, logg: Stafettlogg, arena: Arena, ansvarlig_id: uuid.UUID | None) -> None:
    if arena is not Arena.TJENESTE:
        if ansvarlig_id is not None:
            who = "foresatte" if arena is Arena.HJEM else "barnet"
            raise InvalidInput(
                f"Et tiltak i {'hjemmet' if arena is Arena.HJEM else 'barnets navn'} har alltid "
                f"{who} som ansvarlig; velg ikke en ansatt."
            )
        return
    if ansvarlig_id is None:
        raise InvalidInput("Et tiltak i tjenesten må ha én ansvarlig aktør.")
    ansvarlig = get(ctx, Ansatt, ansvarlig_id)
    if ansvarlig.fjernet_at is not None or not ansvarlig.er_aktor:
        raise RuleViolation(f"{ansvarlig.navn} er ikke registrert som aktør og kan ikke ha ansvar for tiltak.")
    if logg.niva == 1 and ansvarlig.enhet_id != logg.enhet_id:
        raise RuleViolation(
            f"Loggen er på nivå 1, så bare aktører fra {logg.enhet.navn} kan knyttes til den. "
            f"Hev nivået for å knytte til {ansvarlig.navn}."
        )


def _actor_name(ctx: Context, tiltak: Tiltak) -> str:
    if tiltak.arena is Arena.HJEM:
        return "Hjemmet"
    if tiltak.arena is Arena.BARN:
        return "Barnet"
    # A tiltak not yet flushed has only the id, not the loaded relationship.
    ansvarlig = tiltak.ansvarlig or (ctx.session.get(Ansatt, tiltak.ansvarlig_id) if tiltak.ansvarlig_id else None)
    return ansvarlig.navn if ansvarlig else "Aktøren"


def _check_one_active(ctx: Context, oppmerksomhet: Oppmerksomhet, tiltak: Tiltak) -> None:
    key = actor_key(tiltak)
    for other in oppmerksomhet.tiltak:
        if other is not tiltak and other.status is TiltakStatus.AKTIV and actor_key(other) == key:
            raise RuleViolation(
                f"{_actor_name(ctx, tiltak)} har allerede et aktivt tiltak for denne oppmerksomheten: "
                f"«{other.tekst}». Evaluer det først, eller legg det nye inn som neste trinn i tiltakstrappen."
            )


@command
def add_tiltak(
    ctx: Context,
    oppmerksomhet_id: uuid.UUID,
    *,
    tekst: str,
    arena: Arena,
    ansvarlig_id: uuid.UUID | None = None,
    fra_dato: dt.date | None = None,
    til_dato: dt.date | None = None,
    evalueringsdato: dt.date | None = None,
    neste_trinn: bool = False,
    faktor_id: uuid.UUID | None = None,
    erstatter_id: uuid.UUID | None = None,
) -> Changes:
    """One responsible per tiltak; one *active* tiltak per actor and concern.

    ``neste_trinn`` plans the tiltak as the next step of the actor's tiltakstrapp: it becomes
    active when the step before it has been evaluated.
    """
    oppmerksomhet = get(ctx, Oppmerksomhet, oppmerksomhet_id)
    logg = logg_of(ctx, oppmerksomhet)
    rel = require(ctx.session, ctx.person, Action.ADD_TILTAK, logg)
    require_oppmerksomhet(rel, oppmerksomhet.id)
    if Role.STAFETTHOLDER not in rel.roles and arena is not Arena.HJEM:
        raise PermissionDenied("Foresatte kan legge inn tiltak i hjemmet; andre tiltak legger stafettholderen inn.")
    return _new_tiltak(
        ctx,
        oppmerksomhet,
        logg,
        tekst=tekst,
        arena=arena,
        ansvarlig_id=ansvarlig_id,
        fra_dato=fra_dato,
        til_dato=til_dato,
        evalueringsdato=evalueringsdato,
        neste_trinn=neste_trinn,
        faktor_id=faktor_id,
        erstatter_id=erstatter_id,
    )


def _new_tiltak(
    ctx: Context,
    oppmerksomhet: Oppmerksomhet,
    logg: Stafettlogg,
    *,
    tekst: str,
    arena: Arena,
    ansvarlig_id: uuid.UUID | None,
    fra_dato: dt.date | None,
    til_dato: dt.date | None,
    evalueringsdato: dt.date | None,
    neste_trinn: bool = False,
    faktor_id: uuid.UUID | None = None,
    erstatter_id: uuid.UUID | None = None,
) -> Changes:
    """The rules of a new tiltak, after the caller has checked who may add it."""
    if oppmerksomhet.avsluttet_at is not None:
        raise RuleViolation("Oppmerksomheten er avsluttet; det kan ikke legges inn nye tiltak.")
    _check_responsible(ctx, logg, arena, ansvarlig_id)
    if erstatter_id is not None and get(ctx, Tiltak, erstatter_id).oppmerksomhet_id != oppmerksomhet.id:
        raise InvalidInput("Tiltaket som erstattes, hører til en annen oppmerksomhet.")
    date_order(fra_dato, til_dato, "Startdatoen", "Sluttdatoen")
    date_order(fra_dato, evalueringsdato, "Startdatoen", "Evalueringsdatoen")
    same_actor = [t for t in oppmerksomhet.tiltak if is_open(t) and actor_key(t) == (arena, ansvarlig_id)]
    tiltak = Tiltak(
        oppmerksomhet_id=oppmerksomhet.id,
        tekst=text(tekst, "Tiltaket", max_length=1000),
        arena=arena,
        ansvarlig_id=ansvarlig_id,
        status=TiltakStatus.PLANLAGT if neste_trinn and same_actor else TiltakStatus.AKTIV,
        fra_dato=fra_dato,
        til_dato=til_dato,
        evalueringsdato=evalueringsdato,
        trinn=max((t.trinn for t in same_actor), default=0) + 1,
        faktor_id=faktor_id,
        erstatter_id=erstatter_id,
        opprettet_av_type=ctx.person.kind,
        opprettet_av_id=ctx.person.id,
    )
    if tiltak.status is TiltakStatus.AKTIV:
        _check_one_active(ctx, oppmerksomhet, tiltak)
    oppmerksomhet.tiltak.append(tiltak)
    ctx.session.flush()
    changes = Changes(created=tiltak.id)
    changes.touch(tiltak, logg.id)
    changes.warnings += coverage_warnings(oppmerksomhet, logg.barn, ctx.today())
    return changes


def _writable_tiltak(ctx: Context, tiltak_id: uuid.UUID, action: Action) -> tuple[Tiltak, Stafettlogg]:
    tiltak = get(ctx, Tiltak, tiltak_id)
    logg = logg_of(ctx, tiltak)
    rel = require(ctx.session, ctx.person, action, logg)
    reason = may_write_tiltak(ctx.person, rel, tiltak)
    if reason is not None:
        raise PermissionDenied(reason)
    return tiltak, logg


@command
def correct_tiltak_text(ctx: Context, tiltak_id: uuid.UUID, tekst: str) -> Changes:
    """The text may be corrected for 8 hours after the tiltak was entered; then it is frozen."""
    tiltak, logg = _writable_tiltak(ctx, tiltak_id, Action.EDIT_TILTAK)
    if not is_open(tiltak):
        raise RuleViolation("Tiltaket er avsluttet og kan ikke endres.")
    if correction_time_left(tiltak, ctx.now()) <= dt.timedelta(0):
        hours = int(CORRECTION_WINDOW.total_seconds() // 3600)
        raise RuleViolation(
            f"Teksten i et tiltak kan bare rettes i {hours} timer etter at det ble lagt inn, og denne fristen "
            "er ute. Teksten og historikken står som de er; legg inn et nytt tiltak om noe skal endres."
        )
    tiltak.tekst = text(tekst, "Tiltaket", max_length=1000)
    ctx.session.flush()
    changes = Changes()
    changes.touch(tiltak, logg.id)
    return changes


@command
def update_tiltak_period(
    ctx: Context,
    tiltak_id: uuid.UUID,
    *,
    fra_dato: dt.date | None,
    til_dato: dt.date | None,
    evalueringsdato: dt.date | None,
) -> Changes:
    tiltak, logg = _writable_tiltak(ctx, tiltak_id, Action.EDIT_TILTAK)
    if not is_open(tiltak):
        raise RuleViolation("Tiltaket er avsluttet og kan ikke endres.")
    date_order(fra_dato, til_dato, "Startdatoen", "Sluttdatoen")
    date_order(fra_dato, evalueringsdato, "Startdatoen", "Evalueringsdatoen")
    tiltak.fra_dato, tiltak.til_dato, tiltak.evalueringsdato = fra_dato, til_dato, evalueringsdato
    ctx.session.flush()
    changes = Changes()
    changes.touch(tiltak, logg.id)
    return changes


_DECISIONS_REACHED = {Beslutning.NYE_MAL, Beslutning.AVSLUTTE}
_DECISIONS_NOT_REACHED = {Beslutning.FORTSETTE, Beslutning.ENDRE_MAL, Beslutning.ENDRE_TILTAK, Beslutning.AVSLUTTE}


@command
def evaluate_tiltak(
    ctx: Context,
    tiltak_id: uuid.UUID,
    *,
    mal_nadd: bool | None,
    beslutning: Beslutning,
    familiens_vurdering: str = "",
    kommentar: str = "",
    dato: dt.date | None = None,
    mote_id: uuid.UUID | None = None,
    ny_evalueringsdato: dt.date | None = None,
    riktig_ansvarlig_id: uuid.UUID | None = None,
) -> Changes:
    """Evaluate a tiltak — once. The guide's tree: reached → new goals? not → continue/change/end.

    «Fortsette» starts a new period of the same tiltak (evaluated again later, as a new tiltak).
    «Feilregistrert» closes it; with ``riktig_ansvarlig_id`` a corrected tiltak with the right
    actor replaces it. Otherwise the actor's next planned step in the tiltakstrapp becomes active.
    """
    tiltak, logg = _writable_tiltak(ctx, tiltak_id, Action.EVALUATE)
    if tiltak.evaluering is not None:
        raise RuleViolation(
            f"Tiltaket ble evaluert {tiltak.evaluering.dato:%d.%m.%Y}. Et tiltak kan bare evalueres én gang."
        )
    if tiltak.status is not TiltakStatus.AKTIV:
        raise RuleViolation("Bare aktive tiltak kan evalueres. Et planlagt trinn blir aktivt etter trinnet før.")
    if beslutning is Beslutning.FEILREGISTRERT:
        if mal_nadd is not None:
            raise InvalidInput("Et feilregistrert tiltak vurderes ikke mot målet.")
    elif mal_nadd is None:
        raise InvalidInput("Svar på om målet er nådd.")
    elif mal_nadd and beslutning not in _DECISIONS_REACHED:
        raise InvalidInput("Når målet er nådd, velg nye mål eller å avslutte tiltaket.")
    elif not mal_nadd and beslutning not in _DECISIONS_NOT_REACHED:
        raise InvalidInput("Når målet ikke er nådd, velg å fortsette, endre mål, endre tiltak eller avslutte.")
    if beslutning is Beslutning.FORTSETTE and ny_evalueringsdato is None:
        raise InvalidInput("Sett en ny evalueringsdato når tiltaket skal fortsette.")
    if riktig_ansvarlig_id is not None and beslutning is not Beslutning.FEILREGISTRERT:
        raise InvalidInput("Ny ansvarlig settes bare når tiltaket er feilregistrert.")
    if mote_id is not None and get(ctx, Mote, mote_id).logg_id != logg.id:
        raise InvalidInput("Møtet hører til en annen logg.")
    evaluering = Evaluering(
        tiltak_id=tiltak.id,
        dato=dato or ctx.today(),
        mal_nadd=mal_nadd,
        beslutning=beslutning,
        familiens_vurdering=text(familiens_vurdering, "Familiens vurdering", required=False),
        kommentar=text(kommentar, "Kommentaren", required=False),
        evaluert_av_type=ctx.person.kind,
        evaluert_av_id=ctx.person.id,
        mote_id=mote_id,
    )
    tiltak.evaluering = evaluering
    feil = beslutning is Beslutning.FEILREGISTRERT
    tiltak.status = TiltakStatus.FEILREGISTRERT if feil else TiltakStatus.AVSLUTTET
    ctx.session.flush()
    changes = Changes(created=evaluering.id)
    changes.touch(evaluering, logg.id)
    changes.touch(tiltak, logg.id)
    follow: Changes | None = None
    if beslutning is Beslutning.FORTSETTE:
        follow = _successor(ctx, tiltak, logg, tiltak.ansvarlig_id, ny_evalueringsdato)
    elif feil and riktig_ansvarlig_id is not None:
        follow = _successor(ctx, tiltak, logg, riktig_ansvarlig_id, tiltak.evalueringsdato, same_period=True)
    else:
        _activate_next_step(tiltak, changes, logg.id)
    if follow is not None:
        changes.merge(follow)
        changes.created = evaluering.id
    return changes


def _successor(
    ctx: Context,
    old: Tiltak,
    logg: Stafettlogg,
    ansvarlig_id: uuid.UUID | None,
    evalueringsdato: dt.date | None,
    *,
    same_period: bool = False,
) -> Changes:
    """A continuation or a corrected replacement: same text, a new life (and a new evaluation).

    A continuation starts a new period today; a corrected replacement (``same_period``) keeps
    the wrongly registered tiltak's period, whose evaluation date may already have passed.
    """
    return _new_tiltak(
        ctx,
        old.oppmerksomhet,
        logg,
        tekst=old.tekst,
        arena=old.arena,
        ansvarlig_id=ansvarlig_id,
        fra_dato=old.fra_dato if same_period else ctx.today(),
        til_dato=old.til_dato if same_period else None,
        evalueringsdato=evalueringsdato,
        faktor_id=old.faktor_id,
        erstatter_id=old.id,
    )


def _activate_next_step(done: Tiltak, changes: Changes, logg_id: uuid.UUID) -> None:
    steps = [
        t for t in done.oppmerksomhet.tiltak if t.status is TiltakStatus.PLANLAGT and actor_key(t) == actor_key(done)
    ]
    if steps:
        nxt = min(steps, key=lambda t: t.trinn)
        nxt.status = TiltakStatus.AKTIV
        changes.touch(nxt, logg_id)


# --------------------------------------------------------------------------- lysglimt, notat, møte


@command
def post_lysglimt(
    ctx: Context,
    logg_id: uuid.UUID,
    tekst: str,
    *,
    oppmerksomhet_id: uuid.UUID | None = None,
    dato: dt.date | None = None,
) -> Changes:
    """Anyone in the log — guardians, the child, actors, the holder — can post a lysglimt."""
    logg = get(ctx, Stafettlogg, logg_id)
    rel = require(ctx.session, ctx.person, Action.POST_LYSGLIMT, logg)
    if oppmerksomhet_id is not None and get(ctx, Oppmerksomhet, oppmerksomhet_id).logg_id != logg.id:
        raise InvalidInput("Oppmerksomheten hører til en annen logg.")
    if oppmerksomhet_id is not None:
        require_oppmerksomhet(rel, oppmerksomhet_id)
    lysglimt = Lysglimt(
        logg_id=logg.id,
        oppmerksomhet_id=oppmerksomhet_id,
        tekst=text(tekst, "Lysglimtet", max_length=2000),
        dato=dato or ctx.today(),
        forfatter_type=ctx.person.kind,
        forfatter_id=ctx.person.id,
    )
    # Added by its foreign key: appending to logg.lysglimt would load every lysglimt of the log
    # first, making each new one slower than the last (here and when the server re-runs it).
    ctx.session.add(lysglimt)
    ctx.session.flush()
    changes = Changes(created=lysglimt.id)
    changes.touch(lysglimt, logg.id)
    return changes


@command
def add_notat(
    ctx: Context,
    logg_id: uuid.UUID,
    tekst: str,
    *,
    internt: bool = False,
    vedlegg: list[tuple[str, bytes]] | None = None,
) -> Changes:
    """History that is not a tiltak, with optional PDF uploads (kept inside the encrypted store)."""
    logg = get(ctx, Stafettlogg, logg_id)
    require(ctx.session, ctx.person, Action.ADD_NOTAT, logg)
    notat = Notat(
        id=ctx.new_id(Notat),  # known now, so each attachment's outbox row can name its log
        logg_id=logg.id,
        tekst=text(tekst, "Notatet", max_length=10000),
        internt=internt,
        forfatter_type=ctx.person.kind,
        forfatter_id=ctx.person.id,
    )
    for filnavn, data in vedlegg or []:
        attachment = pdf_vedlegg(filnavn, data)
        attachment.notat_id = notat.id
        notat.vedlegg.append(attachment)
    logg.notater.append(notat)
    ctx.session.flush()
    changes = Changes(created=notat.id)
    changes.touch(notat, logg.id)
    return changes


@command
def attach_pdf(ctx: Context, notat_id: uuid.UUID, filnavn: str, data: bytes) -> Changes:
    notat = get(ctx, Notat, notat_id)
    logg = get(ctx, Stafettlogg, notat.logg_id)
    require(ctx.session, ctx.person, Action.ADD_NOTAT, logg)
    vedlegg = pdf_vedlegg(filnavn, data)
    vedlegg.notat_id = notat.id
    notat.vedlegg.append(vedlegg)
    ctx.session.flush()
    changes = Changes(created=vedlegg.id)
    changes.touch(vedlegg, logg.id)
    return changes


@command
def call_mote(
    ctx: Context,
    logg_id: uuid.UUID,
    *,
    tidspunkt: dt.datetime,
    sted: str = "",
    dagsorden: str = "",
    deltakere: list[str] | None = None,
) -> Changes:
    """The stafettholder calls the meeting and sets its agenda."""
    logg = get(ctx, Stafettlogg, logg_id)
    require(ctx.session, ctx.person, Action.MANAGE_MEETINGS, logg)
    mote = Mote(
        logg_id=logg.id,
        tidspunkt=tidspunkt,
        sted=text(sted, "Stedet", max_length=200, required=False),
        dagsorden=text(dagsorden, "Dagsordenen", required=False),
        deltakere=[text(d, "Deltakeren", max_length=200) for d in deltakere or []],
    )
    logg.moter.append(mote)
    ctx.session.flush()
    changes = Changes(created=mote.id)
    changes.touch(mote, logg.id)
    return changes


@command
def update_mote(
    ctx: Context,
    mote_id: uuid.UUID,
    *,
    dagsorden: str | None = None,
    referat: str | None = None,
    deltakere: list[str] | None = None,
) -> Changes:
    mote = get(ctx, Mote, mote_id)
    logg = get(ctx, Stafettlogg, mote.logg_id)
    require(ctx.session, ctx.person, Action.MANAGE_MEETINGS, logg)
    if dagsorden is not None:
        mote.dagsorden = text(dagsorden, "Dagsordenen", required=False)
    if referat is not None:
        mote.referat = text(referat, "Referatet", required=False)
    if deltakere is not None:
        mote.deltakere = [text(d, "Deltakeren", max_length=200) for d in deltakere]
    ctx.session.flush()
    changes = Changes()
    changes.touch(mote, logg.id)
    return changes


def author_name(ctx: Context, kind: PersonKind, person_id: uuid.UUID) -> str:
    """A display name for a lysglimt's or note's author (with the relation for family, as the guide writes)."""
    try:
        person = load_person(ctx.session, PersonRef(kind, person_id))
    except NotFound:
        return "Ukjent"
    if isinstance(person, Foresatt) and person.relasjon:
        return f"{person.fornavn} ({person.relasjon})"
    return person.navn
