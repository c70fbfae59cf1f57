"""A log as plain, immutable data — what the views render.

Built on the database worker in one go and handed to the GUI thread, so no ORM object
(with its lazy loads) ever crosses threads. What the acting person may do is computed here
by the same permission functions the use cases enforce, so views only offer what is allowed.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import selectinload

from desktop.core import outbox, queries
from desktop.core.context import OSLO, Context
from desktop.core.entities import (
    Ansatt,
    Arena,
    Beslutning,
    Enhet,
    Foresatt,
    LoggStatus,
    Lysglimt,
    Mal,
    Notat,
    Oppmerksomhet,
    OutboxEntry,
    OverforingStatus,
    OverforingType,
    PersonKind,
    Samtykke,
    Stafettlogg,
    Tiltak,
    TiltakStatus,
    Vedlegg,
)
from desktop.core.errors import PermissionDenied
from desktop.core.permissions import Action, Role, allowed_actions, hanging_on, may_write_tiltak
from desktop.core.rules import age_on, correction_time_left, coverage_warnings, is_open
from desktop.core.usecases import content, logs, transfer


@dataclass(frozen=True)
class PersonInfo:
    id: uuid.UUID
    navn: str
    rolle: str  # relation for family, position for staff
    epost: str = ""
    telefon: str = ""
    adresse: str = ""
    foreldreansvar: bool = True


@dataclass(frozen=True)
class EvalueringInfo:
    dato: dt.date
    mal_nadd: bool | None
    beslutning: Beslutning
    familiens_vurdering: str
    kommentar: str
    av: str


@dataclass(frozen=True)
class TiltakInfo:
    id: uuid.UUID
    oppmerksomhet_id: uuid.UUID
    tekst: str
    arena: Arena
    ansvarlig_id: uuid.UUID | None
    ansvarlig: str  # a name, «Foresatte» or the child's first name
    status: TiltakStatus
    fra_dato: dt.date | None
    til_dato: dt.date | None
    evalueringsdato: dt.date | None
    trinn: int
    created_at: dt.datetime
    correction_left: dt.timedelta  # zero: the text is frozen
    may_write: bool
    may_evaluate: bool
    evaluering: EvalueringInfo | None
    erstatter_id: uuid.UUID | None
    faktor_id: uuid.UUID | None


@dataclass(frozen=True)
class MalInfo:
    id: uuid.UUID
    del_a: str
    del_b: str
    del_c: str
    tekst: str
    checks: dict[str, bool]
    created_at: dt.datetime
    erstattet_at: dt.datetime | None


@dataclass(frozen=True)
class OppmerksomhetInfo:
    id: uuid.UUID
    tekst: str
    kjennetegn: str
    avsluttet: bool
    mal: MalInfo | None
    tidligere_mal: list[MalInfo]
    tiltak: list[TiltakInfo]
    warnings: list[str]


@dataclass(frozen=True)
class LysglimtInfo:
    id: uuid.UUID
    tekst: str
    dato: dt.date
    forfatter: str
    oppmerksomhet_id: uuid.UUID | None


@dataclass(frozen=True)
class VedleggInfo:
    id: uuid.UUID
    filnavn: str
    storrelse: int


@dataclass(frozen=True)
class NotatInfo:
    id: uuid.UUID
    tekst: str
    internt: bool
    forfatter: str
    created_at: dt.datetime
    vedlegg: list[VedleggInfo]


@dataclass(frozen=True)
class MoteInfo:
    id: uuid.UUID
    tidspunkt: dt.datetime
    sted: str
    dagsorden: str
    deltakere: list[str]
    referat: str


@dataclass(frozen=True)
class LesetilgangInfo:
    id: uuid.UUID
    ansatt_id: uuid.UUID
    navn: str
    hele_loggen: bool
    oppmerksomheter: list[uuid.UUID]
    opphevet: bool


@dataclass(frozen=True)
class OverforingInfo:
    id: uuid.UUID
    type: OverforingType
    status: OverforingStatus
    til: str
    grunn: str
    created_at: dt.datetime
    is_receiver: bool
    til_enhet: str = ""
    svar_grunn: str = ""
    besvart_at: dt.datetime | None = None
    besvart_av: str = ""


@dataclass(frozen=True)
class SamtykkeInfo:
    id: uuid.UUID
    signert_dato: dt.date
    omfang: list[str]
    lesetilgang_for: list[uuid.UUID]
    trukket: bool
    har_skanning: bool


@dataclass(frozen=True)
class LoggSnapshot:
    id: uuid.UUID
    barn_id: uuid.UUID
    barn: str
    fodselsdato: dt.date
    alder: int
    foresatte: list[PersonInfo]
    status: LoggStatus
    niva: int
    stafettholder_id: uuid.UUID
    stafettholder: str
    enhet: str
    bekymring: str
    kjennetegn: str
    opprettholdende: str
    barnets_stemme: str
    oppmerksomheter: list[OppmerksomhetInfo]
    lysglimt: list[LysglimtInfo]
    notater: list[NotatInfo]
    moter: list[MoteInfo]
    aktorer: list[PersonInfo]
    lesetilganger: list[LesetilgangInfo]
    overforinger: list[OverforingInfo]
    samtykker: list[SamtykkeInfo]
    roles: frozenset[Role]
    allowed: frozenset[Action]
    limited: bool  # a reader who sees only chosen oppmerksomheter
    warnings: list[str] = field(default_factory=list)

    def may(self, action: Action) -> bool:
        return action in self.allowed


def _mal(m: Mal) -> MalInfo:
    checks = {k: bool(getattr(m, k)) for k in content.MAL_CHECKS}
    return MalInfo(m.id, m.del_a, m.del_b, m.del_c, m.tekst, checks, m.created_at, m.erstattet_at)


def _ansvarlig(t: Tiltak, barn_fornavn: str) -> str:
    if t.arena is Arena.HJEM:
        return "Foresatte"
    if t.arena is Arena.BARN:
        return barn_fornavn
    return t.ansvarlig.navn if t.ansvarlig else "Ukjent"


def snapshot(ctx: Context, logg_id: uuid.UUID, *, record_read: bool = True) -> LoggSnapshot:
    """The log as the acting person may see it. ``record_read`` writes the audit entry of an opening."""
    lesning = logs.read_logg(ctx, logg_id, record=record_read)
    logg, rel = lesning.logg, lesning.relation
    _preload(ctx, [o.id for o in lesning.oppmerksomheter])
    now, today = ctx.now(), ctx.today()
    if record_read:
        queries.mark_seen(ctx.session, ctx.person.id, logg.id, now)
    allowed = allowed_actions(logg.status, rel.roles)
    barn = logg.barn
    names: dict[tuple[PersonKind, uuid.UUID], str] = {}

    def author(kind: PersonKind, person_id: uuid.UUID) -> str:
        # A thousand lysglimt have a handful of authors: one lookup each.
        key = (kind, person_id)
        if key not in names:
            names[key] = content.author_name(ctx, kind, person_id)
        return names[key]

    ids = _Ids()

    def tiltak_info(t: Tiltak) -> TiltakInfo:
        writable = may_write_tiltak(ctx.person, rel, t) is None
        ev = t.evaluering
        return TiltakInfo(
            id=t.id,
            oppmerksomhet_id=t.oppmerksomhet_id,
            tekst=t.tekst,
            arena=t.arena,
            ansvarlig_id=t.ansvarlig_id,
            ansvarlig=_ansvarlig(t, barn.fornavn),
            status=t.status,
            fra_dato=t.fra_dato,
            til_dato=t.til_dato,
            evalueringsdato=t.evalueringsdato,
            trinn=t.trinn,
            created_at=t.created_at,
            correction_left=correction_time_left(t, now) if is_open(t) else dt.timedelta(0),
            may_write=writable and Action.EDIT_TILTAK in allowed and is_open(t),
            may_evaluate=writable and Action.EVALUATE in allowed and t.status is TiltakStatus.AKTIV and ev is None,
            evaluering=EvalueringInfo(
                ev.dato,
                ev.mal_nadd,
                ev.beslutning,
                ev.familiens_vurdering,
                ev.kommentar,
                author(ev.evaluert_av_type, ev.evaluert_av_id),
            )
            if ev is not None
            else None,
            erstatter_id=t.erstatter_id,
            faktor_id=t.faktor_id,
        )

    def oppmerksomhet_info(o: Oppmerksomhet) -> OppmerksomhetInfo:
        current = content.current_mal(o)
        return OppmerksomhetInfo(
            id=o.id,
            tekst=o.tekst,
            kjennetegn=o.kjennetegn_maloppnaelse,
            avsluttet=o.avsluttet_at is not None,
            mal=_mal(current) if current else None,
            tidligere_mal=[_mal(m) for m in o.mal if m is not current],
            tiltak=[tiltak_info(t) for t in o.tiltak],
            warnings=coverage_warnings(o, barn, today) if o.avsluttet_at is None else [],
        )

    staff_view = isinstance(ctx.person, Ansatt)
    aktorer: dict[uuid.UUID, Ansatt] = {}
    for o in lesning.oppmerksomheter:
        for t in o.tiltak:
            if t.ansvarlig is not None and t.status is not TiltakStatus.FEILREGISTRERT:
                aktorer[t.ansvarlig.id] = t.ansvarlig
    warnings = _transfer_warnings(ctx, logg, Action.TRANSFER in allowed, staff_view)
    samtykker = list(ctx.session.scalars(select(Samtykke).where(Samtykke.logg_id == logg.id)))
    vedlegg = _vedlegg(ctx, logg.id)
    return LoggSnapshot(
        id=logg.id,
        barn_id=barn.id,
        barn=barn.navn,
        fodselsdato=barn.fodselsdato,
        alder=age_on(barn.fodselsdato, today),
        foresatte=[_foresatt(f) for f in barn.foresatte],
        status=logg.status,
        niva=logg.niva,
        stafettholder_id=logg.stafettholder_id,
        stafettholder=logg.stafettholder.navn,
        enhet=logg.enhet.navn,
        bekymring=logg.bekymring,
        kjennetegn=logg.kjennetegn,
        opprettholdende=logg.opprettholdende,
        barnets_stemme=logg.barnets_stemme,
        oppmerksomheter=[oppmerksomhet_info(o) for o in lesning.oppmerksomheter],
        lysglimt=[
            LysglimtInfo(g.id, g.tekst, g.dato, author(g.forfatter_type, ids[g.forfatter_id]), concern)
            for g in ctx.session.execute(_LYSGLIMT.where(Lysglimt.logg_id == logg.id))
            if rel.sees(concern := ids.maybe(g.oppmerksomhet_id))
        ],
        # Notes are staff history; a reader limited to chosen concerns does not see them.
        notater=[
            NotatInfo(
                n.id,
                n.tekst,
                n.internt,
                author(n.forfatter_type, n.forfatter_id),
                n.created_at,
                vedlegg.get(n.id, []),
            )
            for n in logg.notater
            if rel.readable is None and (staff_view or not n.internt)
        ],
        moter=[MoteInfo(m.id, m.tidspunkt, m.sted, m.dagsorden, list(m.deltakere), m.referat) for m in logg.moter],
        aktorer=[
            PersonInfo(a.id, a.navn, a.stilling, a.epost, a.telefon)
            for a in sorted(aktorer.values(), key=lambda a: a.navn)
        ],
        lesetilganger=[
            LesetilgangInfo(
                lt.id,
                lt.ansatt_id,
                _navn(ctx, lt.ansatt_id),
                lt.hele_loggen,
                [uuid.UUID(i) for i in lt.oppmerksomheter],
                lt.opphevet_at is not None,
            )
            for lt in logg.lesetilganger
        ],
        overforinger=[
            OverforingInfo(
                ov.id,
                ov.type,
                ov.status,
                transfer.receiver_text(ctx, ov),
                ov.grunn,
                ov.created_at,
                transfer.is_receiver(ctx, ov),
                til_enhet=_enhet(ctx, ov.til_enhet_id),
                svar_grunn=ov.svar_grunn,
                besvart_at=ov.besvart_at,
                besvart_av=_navn(ctx, ov.besvart_av_id) if ov.besvart_av_id else "",
            )
            for ov in logg.overforinger
        ],
        samtykker=[_samtykke(s) for s in samtykker] if Role.STAFETTHOLDER in rel.roles else [],
        roles=rel.roles,
        allowed=allowed,
        limited=rel.readable is not None,
        warnings=warnings,
    )


# The lysglimt's columns, in the order of ``Stafettlogg.lysglimt``: a thousand rows read as values,
# not built as ORM objects nobody changes (docs/benchmarks.md, «Stor logg»). The ids that repeat
# (a handful of authors, the concerns) come as their stored text, for ``_Ids`` to parse once each.
_LYSGLIMT = select(
    Lysglimt.id,
    Lysglimt.tekst,
    Lysglimt.dato,
    Lysglimt.forfatter_type,
    type_coerce(Lysglimt.forfatter_id, String).label("forfatter_id"),
    type_coerce(Lysglimt.oppmerksomhet_id, String).label("oppmerksomhet_id"),
).order_by(Lysglimt.created_at)


class _Ids(dict[str, uuid.UUID]):
    """Stored ids as UUIDs, each distinct one parsed once (parsing was the snapshot's largest cost)."""

    def __missing__(self, text: str) -> uuid.UUID:
        # PostgreSQL's driver (the server) already gives UUIDs; SQLite gives CHAR(32) text.
        value = self[text] = text if isinstance(text, uuid.UUID) else uuid.UUID(text)
        return value

    def maybe(self, text: str | None) -> uuid.UUID | None:
        return None if text is None else self[text]


def _vedlegg(ctx: Context, logg_id: uuid.UUID) -> dict[uuid.UUID | None, list[VedleggInfo]]:
    """The notes' attachments by note, in one query, without their contents.

    ``Notat.vedlegg`` loaded each note's PDFs whole, one query per note, to show names and sizes.
    """
    stmt = (
        select(Vedlegg.notat_id, Vedlegg.id, Vedlegg.filnavn, Vedlegg.storrelse)
        .join(Notat, Notat.id == Vedlegg.notat_id)
        .where(Notat.logg_id == logg_id)
        .order_by(Vedlegg.created_at)  # as ``Notat.vedlegg``
    )
    found: dict[uuid.UUID | None, list[VedleggInfo]] = {}
    for v in ctx.session.execute(stmt):
        found.setdefault(v.notat_id, []).append(VedleggInfo(v.id, v.filnavn, v.storrelse))
    return found


def _preload(ctx: Context, oppmerksomhet_ids: list[uuid.UUID]) -> None:
    """The concerns' goals, tiltak and evaluations in four queries, not one lazy load per row.

    A log of 50 concerns and 500 tiltak made 600 round trips (docs/benchmarks.md, «Stor logg»).
    The objects land in the session, where the snapshot's attribute reads find them.
    """
    if oppmerksomhet_ids:
        ctx.session.scalars(
            select(Oppmerksomhet)
            .where(Oppmerksomhet.id.in_(oppmerksomhet_ids))
            .options(
                selectinload(Oppmerksomhet.mal),
                selectinload(Oppmerksomhet.tiltak).options(
                    selectinload(Tiltak.evaluering), selectinload(Tiltak.ansvarlig)
                ),
            )
        ).all()


def _day(moment: dt.datetime) -> str:
    return f"{moment.astimezone(OSLO):%d.%m.%Y}"


def _enhet(ctx: Context, enhet_id: uuid.UUID | None) -> str:
    e = ctx.session.get(Enhet, enhet_id) if enhet_id is not None else None
    return e.navn if e is not None else ""


def _transfer_warnings(ctx: Context, logg: Stafettlogg, may_transfer: bool, staff: bool) -> list[str]:
    """A waiting transfer for everyone; to those who may transfer, who must answer and the last answer."""
    pending = transfer.pending_transfer(ctx, logg.id)
    if pending is not None:
        if not may_transfer:
            return ["Loggen venter på at mottakeren skal godta overføringen. Stafettholderen har ansvaret til da."]
        til = transfer.receiver_text(ctx, pending)
        if pending.type is OverforingType.ANNEN_KOMMUNE:
            return [
                f"Overføringen til {til} venter – sendt {_day(pending.created_at)}. Loggen avsluttes her når "
                "kommunen har tatt imot den.",
                transfer.responsibility_text(ctx, logg),
            ]
        unit = _enhet(ctx, pending.til_enhet_id)
        where = f" ({unit})" if unit and pending.til_ansatt_id is not None else ""
        return [
            f"Venter på at {til}{where} godtar overføringen – sendt {_day(pending.created_at)}.",
            transfer.responsibility_text(ctx, logg),  # the same words as the sender's notice: shown once
        ]
    if not staff:
        return []
    since = ctx.now() - dt.timedelta(days=transfer.HISTORY_DAYS)
    answered = [ov for ov in logg.overforinger if ov.besvart_at is not None and ov.besvart_at >= since]
    if not answered:
        return []
    last = max(answered, key=lambda ov: ov.besvart_at or since)
    assert last.besvart_at is not None
    if last.status is OverforingStatus.AVVIST and may_transfer:
        who = _navn(ctx, last.besvart_av_id) if last.besvart_av_id else "Mottakeren"
        return [
            f"{who} avviste overføringen {_day(last.besvart_at)}: «{last.svar_grunn}» "
            f"{logg.stafettholder.navn} har fortsatt loggen."
        ]
    if last.status is OverforingStatus.AKSEPTERT and last.type is not OverforingType.ANNEN_KOMMUNE:
        return [
            f"Loggen ble overført {_day(last.besvart_at)}. Ny stafettholder er {logg.stafettholder.navn}, "
            f"{logg.enhet.navn}."
        ]
    return []


def _foresatt(f: Foresatt) -> PersonInfo:
    return PersonInfo(f.id, f.navn, f.relasjon, f.epost, f.telefon, f.adresse, f.foreldreansvar)


def _navn(ctx: Context, ansatt_id: uuid.UUID) -> str:
    a = ctx.session.get(Ansatt, ansatt_id)
    return a.navn if a else "Ukjent"


def _samtykke(s: Samtykke) -> SamtykkeInfo:
    omfang = [
        name
        for flag, name in (
            (s.opprette_logg, "opprette logg"),
            (s.utveksle_opplysninger, "utveksle opplysninger"),
            (s.overfore_enhet, "overføre til annen enhet"),
            (s.overfore_kommune, "overføre til annen kommune"),
            (bool(s.lesetilgang_for), "lesetilgang"),
        )
        if flag
    ]
    return SamtykkeInfo(
        s.id,
        s.signert_dato,
        omfang,
        [uuid.UUID(i) for i in s.lesetilgang_for],
        s.trukket_at is not None,
        s.skannet_vedlegg_id is not None,
    )


@dataclass(frozen=True)
class HistorikkRad:
    at: dt.datetime
    hvem: str
    hva: str  # «Tiltak endret», «Lysglimt lagt til»
    felt: list[tuple[str, str, str]]  # (field, old, new)


_ENTITY_NAMES = {
    "stafettlogg": "Loggen",
    "samtykke": "Samtykke",
    "oppmerksomhet": "Oppmerksomhet",
    "mal": "Mål",
    "tiltak": "Tiltak",
    "evaluering": "Evaluering",
    "lysglimt": "Lysglimt",
    "notat": "Notat",
    "vedlegg": "Vedlegg",
    "mote": "Møte",
    "lesetilgang": "Lesetilgang",
    "overforing": "Overføring",
    "faktor": "Faktor",
    "faktor_kobling": "Kobling i faktordiagrammet",
}
_OPERATION = {"insert": "lagt til", "update": "endret", "delete": "slettet"}
_HIDDEN_FIELDS = {"id", "created_at", "updated_at", "version", "innhold", "sha256"}


def history(ctx: Context, logg_id: uuid.UUID) -> list[HistorikkRad]:
    """Every change of the log, newest first: who, when, what (old → new).

    Only for those who see the whole log: a reader limited to chosen concerns gets none of it,
    and family and the child get no note rows (a note may be internal).
    """
    lesning = logs.read_logg(ctx, logg_id, record=False)  # the same access check as opening it
    if lesning.relation.readable is not None:
        raise PermissionDenied(
            "Historikken viser endringer i hele loggen. Du har lesetilgang bare til utvalgte oppmerksomheter, "
            "så den vises ikke for deg."
        )
    hidden_entities = set() if isinstance(ctx.person, Ansatt) else {"notat", "vedlegg"}
    # Concerns left behind at a transfer leave the history with everything on them (family keeps them).
    gone = {str(i) for i in hanging_on(ctx.session, lesning.relation.hidden)}
    rows = []
    names: dict[tuple[str, uuid.UUID | None], str] = {}
    for e in reversed(outbox.history(ctx.session, logg_id)):
        if e.entity in hidden_entities or (gone and _on_any(e, gone)):
            continue
        key = (e.author_type, e.author_id)
        if key not in names:
            names[key] = content.author_name(ctx, _kind(e.author_type), e.author_id) if e.author_id else "Ukjent"
        fields = [
            (k, _show(e.old_values.get(k)), _show(v))
            for k, v in sorted(e.values.items())
            if k not in _HIDDEN_FIELDS and not k.endswith("_id")
        ]
        what = f"{_ENTITY_NAMES.get(e.entity, e.entity)} {_OPERATION.get(e.operation, e.operation)}"
        rows.append(HistorikkRad(e.at, names[key], what, fields))
    return rows


def _on_any(e: OutboxEntry, ids: set[str]) -> bool:
    """A change of one of these records, or of a record on one of them (deleted ones too)."""
    parents = ("oppmerksomhet_id", "tiltak_id")
    return str(e.entity_id) in ids or any(str(d.get(k)) in ids for d in (e.values, e.old_values) for k in parents)


def _kind(value: str) -> PersonKind:
    return PersonKind(value)


def _show(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nei"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)
