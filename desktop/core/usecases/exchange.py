"""«Eksporter»: a log's electronic transfer to another kommune — the package's content, its import, receipts.

The package itself (encryption, signatures, bytes on disk) is ``sync/package.py``. This module
decides what a package carries and what an import makes of it, with the same rules as
everything else. The import is a ``@command`` that carries the *decrypted* payload with its own
signature and the sender's public keys: the core checks that signature against the kommune's
list of known kommuner, and validates every value again, wherever it runs (the PC, or the
server re-running the change). Decryption needs the kommune's private key and stays outside.
See docs/transfer-package.md.

Persons of the sending kommune do not exist here. Their ids are mapped to stable ids of their
own (never one of ours), their names go into the import note, finished service tiltak keep the
responsible actor's name in their text, and active service tiltak end at the transfer: the
guide allows a service tiltak only with one responsible actor, and the new holder links new
actors here. Home and child tiltak go on — the family comes along.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import math
import uuid
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from desktop.core import audit, fodselsnummer, keys, outbox
from desktop.core.commands import command
from desktop.core.context import OSLO, Changes, Context
from desktop.core.entities import (
    Ansatt,
    Arena,
    Barn,
    Base,
    Beslutning,
    Evaluering,
    Faktor,
    FaktorKobling,
    FaktorOmrade,
    FaktorSted,
    Foresatt,
    KjentKommune,
    LoggStatus,
    Lysglimt,
    Mal,
    Mote,
    Notat,
    Oppmerksomhet,
    Overforing,
    OverforingStatus,
    OverforingType,
    Pakke,
    PersonKind,
    Samtykke,
    Stafettlogg,
    Tiltak,
    TiltakStatus,
    Vedlegg,
)
from desktop.core.errors import InvalidInput, PermissionDenied, RuleViolation
from desktop.core.permissions import Action, require
from desktop.core.rules import Scope, consent_problem
from desktop.core.usecases import content, transfer
from desktop.core.usecases.common import acting_ansatt, get, text
from desktop.core.usecases.logs import MAX_PDF_BYTES, pdf_vedlegg

FORMAT = 1
TYPE_LOGG = "logg"
TYPE_KVITTERING = "kvittering"
AKSEPTERT = "akseptert"
AVVIST = "avvist"
MAX_ITEMS = 5000  # per list in a package: far beyond a real log, short of a flood
MAX_NOTAT = 10000
_CLOCK_SKEW = dt.timedelta(minutes=10)
# Persons of another kommune get ids of their own here, derived from the sender's: stable
# (the server's re-run makes the same), and never one of this kommune's people.
_PERSON_NAMESPACE = uuid.UUID("6f1d6c2e-6a53-4d8e-9a55-2f7f0a3c9b11")

T = TypeVar("T")
E = TypeVar("E", bound=Base)


def _canonical(body: dict[str, Any]) -> bytes:
    return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _iso(value: dt.date | dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _require_admin(ctx: Context) -> Ansatt:
    person = acting_ansatt(ctx)
    if not person.er_kommuneadmin:
        raise PermissionDenied("Bare kommuneadministratoren kan gjøre dette.")
    return person


def _own_keys(ctx: Context) -> keys.OwnKeys:
    own = keys.own_keys(ctx.session)
    if own is None:
        raise RuleViolation("Kommunen har ingen nøkler ennå. Be kommuneadministratoren åpne «Kommunens nøkler».")
    return own


# =========================================================================== keys (the administrator)


@dataclass(frozen=True)
class KjentInfo:
    id: uuid.UUID
    nummer: str
    navn: str
    fingerprint: str  # as shown: «3F2A 9C01 …»
    lagt_til: dt.datetime


@dataclass(frozen=True)
class NokkelOversikt:
    kommune: str
    nummer: str
    fingerprint: str | None  # None: no keys yet
    kjente: list[KjentInfo]


def _kjent_info(k: KjentKommune) -> KjentInfo:
    return KjentInfo(k.id, k.nummer, k.navn, keys.show_fingerprint(bytes.fromhex(k.fingerprint)), k.lagt_til_at)


def key_overview(ctx: Context) -> NokkelOversikt:
    """What «Kommunens nøkler» shows; the fingerprints are public, the private keys never leave."""
    _require_admin(ctx)
    kommune = keys.own_kommune(ctx.session)
    own = keys.own_keys(ctx.session)
    return NokkelOversikt(
        kommune.navn,
        kommune.nummer,
        keys.show_fingerprint(own.public.fingerprint) if own else None,
        [_kjent_info(k) for k in keys.all_known(ctx.session)],
    )


def known_kommuner(ctx: Context) -> list[KjentInfo]:
    acting_ansatt(ctx)
    return [_kjent_info(k) for k in keys.all_known(ctx.session)]


@command
def create_own_keys(ctx: Context) -> Changes:
    """Make the kommune's key pair, once. A new pair would make every known kommune's copy useless."""
    _require_admin(ctx)
    if keys.own_keys(ctx.session) is not None:
        raise RuleViolation("Kommunen har allerede nøkler.")
    keys.store_own_keys(ctx.session, keys.generate(), ctx.now())
    audit.record(ctx, "nokler_laget", None)
    return Changes()


def own_key_file(ctx: Context) -> bytes:
    """The public key file to send to another kommune (e-mail is fine: it holds no secret)."""
    _require_admin(ctx)
    kommune = keys.own_kommune(ctx.session)
    return keys.key_file(kommune.nummer, kommune.navn, _own_keys(ctx).public)


@command
def add_kjent_kommune(ctx: Context, nokkelfil: bytes) -> Changes:
    """Read another kommune's public key file into the list of known kommuner.

    The dialog tells the administrator to compare the fingerprint with the other kommune by
    phone first: the file alone proves nothing about who made it.
    """
    admin = _require_admin(ctx)
    parsed = keys.parse_key_file(nokkelfil)
    kommune = keys.own_kommune(ctx.session)
    own = keys.own_keys(ctx.session)
    if parsed.nummer == kommune.nummer or (own is not None and parsed.keys == own.public):
        raise InvalidInput("Dette er kommunens egen nøkkelfil. Les inn nøkkelfilen fra den andre kommunen.")
    existing = keys.known(ctx.session, parsed.keys.fingerprint)
    if existing is not None:
        raise RuleViolation(f"Nøkkelen til {existing.navn} er allerede lest inn.")
    kjent = keys.new_kjent(parsed, by=admin.id, now=ctx.now())
    ctx.session.add(kjent)
    ctx.session.flush()
    audit.record(ctx, "nokkel_lest_inn", None, kommune=parsed.nummer, fingerprint=kjent.fingerprint)
    return Changes(created=kjent.id)


@command
def remove_kjent_kommune(ctx: Context, kjent_id: uuid.UUID) -> Changes:
    _require_admin(ctx)
    kjent = ctx.session.get(KjentKommune, kjent_id)
    if kjent is None:
        raise InvalidInput("Nøkkelen finnes ikke (lenger).")
    audit.record(ctx, "nokkel_fjernet", None, kommune=kjent.nummer, fingerprint=kjent.fingerprint)
    ctx.session.delete(kjent)
    ctx.session.flush()
    return Changes()


# =========================================================================== export


@dataclass(frozen=True)
class EksportValg:
    """What «Eksporter» shows before the file is written."""

    overforing_id: uuid.UUID
    barn: str
    til_kommune: str  # as written in the transfer
    grunn: str
    oppmerksomheter: list[str]  # the chosen ones, which alone go along
    innhold: list[str]  # «3 mål», «5 tiltak» ...
    kjente: list[KjentInfo]
    forslag: uuid.UUID | None  # the known kommune whose name matches
    har_nokler: bool


def _kommune_transfer(ctx: Context, overforing_id: uuid.UUID) -> tuple[Overforing, Stafettlogg]:
    overforing = get(ctx, Overforing, overforing_id)
    if overforing.type is not OverforingType.ANNEN_KOMMUNE:
        raise RuleViolation("Bare en overføring til en annen kommune eksporteres som pakke.")
    if overforing.status is not OverforingStatus.VENTER:
        raise RuleViolation("Overføringen er allerede besvart.")
    logg = get(ctx, Stafettlogg, overforing.logg_id)
    if logg.status is not LoggStatus.AKTIV:
        raise RuleViolation("Loggen er ikke aktiv lenger.")
    require(ctx.session, ctx.person, Action.TRANSFER, logg)
    return overforing, logg


def _fold(name: str) -> str:
    return name.lower().removesuffix(" kommune").strip()


def export_choices(ctx: Context, overforing_id: uuid.UUID) -> EksportValg:
    overforing, logg = _kommune_transfer(ctx, overforing_id)
    chosen = _chosen(logg, overforing)
    kjente = [_kjent_info(k) for k in keys.all_known(ctx.session)]
    forslag = next((k.id for k in kjente if _fold(k.navn) == _fold(overforing.til_kommune)), None)
    mal = sum(len(o.mal) for o in chosen)
    tiltak = sum(len(o.tiltak) for o in chosen)
    ids = {o.id for o in chosen}
    lysglimt = sum(1 for g in logg.lysglimt if g.oppmerksomhet_id in ids)
    vedlegg = sum(len(n.vedlegg) for n in logg.notater)
    skannet = " med skannet skjema" if _samtykke(ctx, overforing).skannet_vedlegg_id else ""
    innhold = [
        f"Barnet og {_count(len(logg.barn.foresatte), 'foresatt', 'foresatte')}",
        f"{_count(len(chosen), 'oppmerksomhet', 'oppmerksomheter')} med {mal} mål og {tiltak} tiltak "
        "(med evalueringer og faktordiagram)",
        f"{lysglimt} lysglimt knyttet til {'den' if len(chosen) == 1 else 'dem'}",
        f"{_count(len(logg.notater), 'notat', 'notater')} med {vedlegg} vedlegg",
        _count(len(logg.moter), "møte", "møter"),
        "Samtykket til overføringen" + skannet,
        "Historikken for det som følger med",
    ]
    return EksportValg(
        overforing.id,
        logg.barn.navn,
        overforing.til_kommune,
        overforing.grunn,
        [o.tekst for o in chosen],
        innhold,
        kjente,
        forslag,
        keys.own_keys(ctx.session) is not None,
    )


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _chosen(logg: Stafettlogg, overforing: Overforing) -> list[Oppmerksomhet]:
    wanted = set(overforing.oppmerksomheter)
    return [o for o in logg.oppmerksomheter if str(o.id) in wanted]


def _samtykke(ctx: Context, overforing: Overforing) -> Samtykke:
    if overforing.samtykke_id is None:
        raise RuleViolation("Overføringen mangler samtykket som tillater den.")
    return get(ctx, Samtykke, overforing.samtykke_id)


@dataclass(frozen=True)
class Utgaende:
    """A payload ready to be sealed: ``sync.package.seal`` encrypts and signs it."""

    package_id: uuid.UUID
    type: str
    payload: bytes
    own: keys.OwnKeys
    receiver: keys.PublicKeys
    receiver_name: str


def _vedlegg_data(v: Vedlegg) -> dict[str, Any]:
    return {"id": str(v.id), "filnavn": v.filnavn, "innhold": _b64(v.innhold)}


def export_package(ctx: Context, overforing_id: uuid.UUID, mottaker_id: uuid.UUID) -> Utgaende:
    """The payload of one kommune transfer, for the chosen known key of the receiving kommune.

    Not a synced command: it changes no shared data. It is audited as an export, and the
    package id is kept so the receipt can be matched to it.
    """
    overforing, logg = _kommune_transfer(ctx, overforing_id)
    own = _own_keys(ctx)
    mottaker = ctx.session.get(KjentKommune, mottaker_id)
    if mottaker is None:
        raise InvalidInput("Velg mottakerkommunens nøkkel.")
    samtykke = _samtykke(ctx, overforing)
    problem = consent_problem(samtykke, logg.barn, {Scope.ANNEN_KOMMUNE}, ctx.today())
    if problem is not None:
        raise RuleViolation(problem)
    kommune = keys.own_kommune(ctx.session)
    package_id = uuid.uuid4()
    chosen = _chosen(logg, overforing)
    chosen_ids = {o.id for o in chosen}
    staff: dict[uuid.UUID, dict[str, str]] = {}

    def person(kind: PersonKind, person_id: uuid.UUID | None) -> str | None:
        if person_id is None:
            return None
        if kind is PersonKind.ANSATT and person_id not in staff:
            ansatt = ctx.session.get(Ansatt, person_id)
            staff[person_id] = {
                "navn": ansatt.navn if ansatt else "Ukjent",
                "stilling": ansatt.stilling if ansatt else "",
            }
        return str(person_id)

    barn = logg.barn
    oppmerksomheter = []
    for o in chosen:
        oppmerksomheter.append(
            {
                "id": str(o.id),
                "tekst": o.tekst,
                "kjennetegn_maloppnaelse": o.kjennetegn_maloppnaelse,
                "rekkefolge": o.rekkefolge,
                "created_at": _iso(o.created_at),
                "mal": [
                    {
                        "id": str(m.id),
                        "del_a": m.del_a,
                        "del_b": m.del_b,
                        "del_c": m.del_c,
                        **{k: bool(getattr(m, k)) for k in content.MAL_CHECKS},
                        "created_at": _iso(m.created_at),
                        "erstattet_at": _iso(m.erstattet_at),
                    }
                    for m in o.mal
                ],
                "faktorer": [
                    {
                        "id": str(f.id),
                        "omrade": f.omrade.value,
                        "tekst": f.tekst,
                        "x": f.x,
                        "y": f.y,
                        "prioritet": f.prioritet,
                        "sted": f.sted.value if f.sted else None,
                    }
                    for f in o.faktorer
                ],
                "koblinger": [
                    {"id": str(k.id), "fra_id": str(k.fra_id), "til_id": str(k.til_id) if k.til_id else None}
                    for k in o.koblinger
                ],
                "tiltak": [_tiltak_data(t, person) for t in o.tiltak],
            }
        )
    lysglimt = [
        {
            "id": str(g.id),
            "oppmerksomhet_id": str(g.oppmerksomhet_id),
            "tekst": g.tekst,
            "dato": _iso(g.dato),
            "forfatter_type": g.forfatter_type.value,
            "forfatter_id": person(g.forfatter_type, g.forfatter_id),
            "created_at": _iso(g.created_at),
        }
        for g in logg.lysglimt
        if g.oppmerksomhet_id in chosen_ids
    ]
    notater = [
        {
            "id": str(n.id),
            "tekst": n.tekst,
            "internt": n.internt,
            "forfatter_type": n.forfatter_type.value,
            "forfatter_id": person(n.forfatter_type, n.forfatter_id),
            "created_at": _iso(n.created_at),
            "vedlegg": [_vedlegg_data(v) for v in n.vedlegg],
        }
        for n in logg.notater
    ]
    moter = [
        {
            "id": str(m.id),
            "tidspunkt": _iso(m.tidspunkt),
            "sted": m.sted,
            "dagsorden": m.dagsorden,
            "deltakere": list(m.deltakere),
            "referat": m.referat,
        }
        for m in logg.moter
    ]
    skannet = ctx.session.get(Vedlegg, samtykke.skannet_vedlegg_id) if samtykke.skannet_vedlegg_id else None
    holder = logg.stafettholder
    person(PersonKind.ANSATT, holder.id)
    body: dict[str, Any] = {
        "format": FORMAT,
        "type": TYPE_LOGG,
        "pakke_id": str(package_id),
        "laget": _iso(ctx.now()),
        "fra": {"nummer": kommune.nummer, "navn": kommune.navn, "fingerprint": own.public.fingerprint.hex()},
        "til": {"nummer": mottaker.nummer, "navn": mottaker.navn, "fingerprint": mottaker.fingerprint},
        "overforing": {
            "id": str(overforing.id),
            "grunn": overforing.grunn,
            "sendt_av": _name(ctx, overforing.sendt_av_id),
            "stafettholder_id": str(holder.id),
            "enhet": logg.enhet.navn,
        },
        "barn": {
            "id": str(barn.id),
            "fornavn": barn.fornavn,
            "etternavn": barn.etternavn,
            "fodselsnummer": barn.fodselsnummer,
        },
        "foresatte": [
            {
                "id": str(f.id),
                "fornavn": f.fornavn,
                "etternavn": f.etternavn,
                "fodselsnummer": f.fodselsnummer,
                "relasjon": f.relasjon,
                "foreldreansvar": f.foreldreansvar,
                "epost": f.epost,
                "telefon": f.telefon,
                "adresse": f.adresse,
            }
            for f in barn.foresatte
        ],
        "logg": {
            "id": str(logg.id),
            "niva": logg.niva,
            "bekymring": logg.bekymring,
            "kjennetegn": logg.kjennetegn,
            "opprettholdende": logg.opprettholdende,
            "barnets_stemme": logg.barnets_stemme,
            "created_at": _iso(logg.created_at),
        },
        "oppmerksomheter": oppmerksomheter,
        "lysglimt": lysglimt,
        "notater": notater,
        "moter": moter,
        "samtykke": {
            "id": str(samtykke.id),
            "opprette_logg": samtykke.opprette_logg,
            "utveksle_opplysninger": samtykke.utveksle_opplysninger,
            "overfore_enhet": samtykke.overfore_enhet,
            "overfore_kommune": samtykke.overfore_kommune,
            "gitt_av_foresatte": list(samtykke.gitt_av_foresatte),
            "gitt_av_barnet": samtykke.gitt_av_barnet,
            "signert_dato": _iso(samtykke.signert_dato),
            "utloper": _iso(samtykke.utloper),
            "skannet": _vedlegg_data(skannet) if skannet else None,
        },
        "historikk": [],
        "personer": [],
    }
    body["historikk"] = _history(ctx, logg, _exported_ids(body))
    body["personer"] = [{"id": str(i), **p} for i, p in sorted(staff.items(), key=lambda kv: kv[1]["navn"])]
    payload = _canonical(body)
    ctx.session.add(
        Pakke(
            id=package_id,
            retning="ut",
            type=TYPE_LOGG,
            kommune_nummer=mottaker.nummer,
            fingerprint=mottaker.fingerprint,
            overforing_id=overforing.id,
            logg_id=logg.id,
            at=ctx.now(),
            person_id=ctx.person.id,
        )
    )
    ctx.session.flush()
    audit.record(
        ctx, audit.Action.EXPORT, logg.id, pakke=str(package_id), til=mottaker.nummer, fingerprint=mottaker.fingerprint
    )
    return Utgaende(package_id, TYPE_LOGG, payload, own, keys.known_keys(mottaker), mottaker.navn)


def _name(ctx: Context, ansatt_id: uuid.UUID) -> str:
    ansatt = ctx.session.get(Ansatt, ansatt_id)
    return ansatt.navn if ansatt else "Ukjent"


def _tiltak_data(t: Tiltak, person: Any) -> dict[str, Any]:
    ev = t.evaluering
    return {
        "id": str(t.id),
        "tekst": t.tekst,
        "arena": t.arena.value,
        "ansvarlig_id": person(PersonKind.ANSATT, t.ansvarlig_id),
        "status": t.status.value,
        "fra_dato": _iso(t.fra_dato),
        "til_dato": _iso(t.til_dato),
        "evalueringsdato": _iso(t.evalueringsdato),
        "trinn": t.trinn,
        "faktor_id": str(t.faktor_id) if t.faktor_id else None,
        "erstatter_id": str(t.erstatter_id) if t.erstatter_id else None,
        "opprettet_av_type": t.opprettet_av_type.value,
        "opprettet_av_id": person(t.opprettet_av_type, t.opprettet_av_id),
        "created_at": _iso(t.created_at),
        "evaluering": {
            "id": str(ev.id),
            "dato": _iso(ev.dato),
            "mal_nadd": ev.mal_nadd,
            "beslutning": ev.beslutning.value,
            "familiens_vurdering": ev.familiens_vurdering,
            "kommentar": ev.kommentar,
            "evaluert_av_type": ev.evaluert_av_type.value,
            "evaluert_av_id": person(ev.evaluert_av_type, ev.evaluert_av_id),
            "mote_id": str(ev.mote_id) if ev.mote_id else None,
            "created_at": _iso(ev.created_at),
        }
        if ev is not None
        else None,
    }


def _exported_ids(body: dict[str, Any]) -> set[str]:
    ids = {body["logg"]["id"], body["samtykke"]["id"]}
    if body["samtykke"]["skannet"]:
        ids.add(body["samtykke"]["skannet"]["id"])
    for o in body["oppmerksomheter"]:
        ids.add(o["id"])
        ids |= {x["id"] for key in ("mal", "faktorer", "koblinger", "tiltak") for x in o[key]}
        ids |= {t["evaluering"]["id"] for t in o["tiltak"] if t["evaluering"]}
    for key in ("lysglimt", "notater", "moter"):
        ids |= {x["id"] for x in body[key]}
    ids |= {v["id"] for n in body["notater"] for v in n["vedlegg"]}
    return ids


_ENTITY = {
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
    "faktor": "Faktor",
    "faktor_kobling": "Kobling i faktordiagrammet",
}
_OPERATION = {"insert": "lagt til", "update": "endret", "delete": "slettet"}
_HIDDEN = {"id", "created_at", "updated_at", "version", "innhold", "sha256"}


def _shown(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nei"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def _history(ctx: Context, logg: Stafettlogg, exported: set[str]) -> list[dict[str, Any]]:
    """The log's change history (as «Historikk» shows it), of what goes along only."""
    rows = []
    names: dict[tuple[str, uuid.UUID | None], str] = {}
    for e in outbox.history(ctx.session, logg.id):
        if e.entity not in _ENTITY or str(e.entity_id) not in exported:
            continue
        key = (e.author_type, e.author_id)
        if key not in names:
            names[key] = content.author_name(ctx, PersonKind(e.author_type), e.author_id) if e.author_id else "Ukjent"
        rows.append(
            {
                "at": _iso(e.at),
                "hvem": names[key],
                "hva": f"{_ENTITY[e.entity]} {_OPERATION.get(e.operation, e.operation)}",
                "felt": [
                    [k, _shown(e.old_values.get(k)), _shown(v)]
                    for k, v in sorted(e.values.items())
                    if k not in _HIDDEN and not k.endswith("_id")
                ],
            }
        )
    return rows


# =========================================================================== reading a payload strictly


def _bad(what: str) -> InvalidInput:
    return InvalidInput(f"Pakken har ugyldig innhold ({what}). Ingenting er lest inn.")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    body: dict[str, Any] = {}
    for key, value in pairs:
        if key in body:
            raise ValueError("duplicate key")
        body[key] = value
    return body


def _refuse_constant(name: str) -> Any:
    raise ValueError(name)


def _parse(innhold: bytes) -> dict[str, Any]:
    try:
        body = json.loads(innhold.decode("utf-8"), object_pairs_hook=_no_duplicates, parse_constant=_refuse_constant)
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise _bad("ikke gyldig JSON") from None
    if not isinstance(body, dict):
        raise _bad("ikke et objekt")
    return body


class _R:
    """One JSON object of a payload, read field by field with the entities' own limits."""

    def __init__(self, obj: object, where: str, now: dt.datetime) -> None:
        if not isinstance(obj, dict):
            raise _bad(where)
        self.obj: dict[str, Any] = obj
        self.where = where
        self.now = now

    def _get(self, key: str) -> Any:
        if key not in self.obj:
            raise _bad(f"{self.where}.{key} mangler")
        return self.obj[key]

    def _wrong(self, key: str) -> InvalidInput:
        return _bad(f"{self.where}.{key}")

    def s(self, key: str, label: str, max_length: int = 4000, *, required: bool = False) -> str:
        value = self._get(key)
        if not isinstance(value, str):
            raise self._wrong(key)
        return text(value, label, max_length=max_length, required=required)

    def b(self, key: str) -> bool:
        value = self._get(key)
        if not isinstance(value, bool):
            raise self._wrong(key)
        return value

    def bo(self, key: str) -> bool | None:
        return None if self._get(key) is None else self.b(key)

    def i(self, key: str, low: int, high: int) -> int:
        value = self._get(key)
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise self._wrong(key)
        return value

    def f(self, key: str) -> float:
        value = self._get(key)
        if not isinstance(value, int | float) or isinstance(value, bool) or not math.isfinite(value):
            raise self._wrong(key)
        if abs(value) > 1e6:
            raise self._wrong(key)
        return float(value)

    def u(self, key: str) -> uuid.UUID:
        value = self._get(key)
        if not isinstance(value, str) or len(value) != 36:
            raise self._wrong(key)
        try:
            return uuid.UUID(value)
        except ValueError:
            raise self._wrong(key) from None

    def uo(self, key: str) -> uuid.UUID | None:
        return None if self._get(key) is None else self.u(key)

    def d(self, key: str) -> dt.date:
        value = self._get(key)
        if not isinstance(value, str) or len(value) != 10:
            raise self._wrong(key)
        try:
            day = dt.date.fromisoformat(value)
        except ValueError:
            raise self._wrong(key) from None
        if not dt.date(1900, 1, 1) <= day <= dt.date(2200, 1, 1):
            raise self._wrong(key)
        return day

    def do(self, key: str) -> dt.date | None:
        return None if self._get(key) is None else self.d(key)

    def t(self, key: str, *, past: bool = True) -> dt.datetime:
        """An aware moment; ``past``: not after now (an 8-hour window must not be moved ahead)."""
        value = self._get(key)
        if not isinstance(value, str) or len(value) > 40:
            raise self._wrong(key)
        try:
            moment = dt.datetime.fromisoformat(value)
        except ValueError:
            raise self._wrong(key) from None
        if moment.tzinfo is None or moment.year < 1900:
            raise self._wrong(key)
        moment = moment.astimezone(dt.UTC)
        if past and moment > self.now + _CLOCK_SKEW:
            raise _bad(f"{self.where}.{key} er fram i tid")
        return moment

    def to(self, key: str) -> dt.datetime | None:
        return None if self._get(key) is None else self.t(key)

    def e(self, key: str, kind: type[T]) -> T:
        value = self._get(key)
        try:
            return kind(value)  # type: ignore[call-arg]
        except (ValueError, TypeError):
            raise self._wrong(key) from None

    def lst(self, key: str) -> list[Any]:
        value = self._get(key)
        if not isinstance(value, list) or len(value) > MAX_ITEMS:
            raise self._wrong(key)
        return value

    def objs(self, key: str) -> list[_R]:
        return [_R(v, f"{self.where}.{key}[{n}]", self.now) for n, v in enumerate(self.lst(key))]

    def r(self, key: str) -> _R:
        return _R(self._get(key), f"{self.where}.{key}", self.now)

    def ro(self, key: str) -> _R | None:
        return None if self._get(key) is None else self.r(key)

    def data(self, key: str, max_bytes: int) -> bytes:
        value = self._get(key)
        if not isinstance(value, str) or len(value) > (max_bytes + 2) // 3 * 4:
            raise self._wrong(key)
        try:
            return base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError):
            raise self._wrong(key) from None


@dataclass(frozen=True)
class _Envelope:
    body: _R
    kjent: KjentKommune
    kommune_navn: str
    type: str


def _envelope(
    ctx: Context, *, pakke_id: uuid.UUID, avsender: bytes, innhold: bytes, signatur: bytes, type_: str | None
) -> _Envelope:
    """The checks every package's content passes first: a known sender, its signature, for us, new."""
    sender = keys.PublicKeys.from_raw(avsender)
    kjent = keys.known(ctx.session, sender.fingerprint)
    if kjent is None:
        raise RuleViolation(
            "Pakken er signert med en nøkkel kommunen ikke kjenner. Kommuneadministratoren må først lese inn "
            "avsenderkommunens nøkkelfil og sjekke fingeravtrykket med dem på telefon."
        )
    if not keys.verify_content(sender, innhold, signatur):
        raise InvalidInput("Pakken er endret eller skadet underveis: signaturen stemmer ikke.")
    body = _R(_parse(innhold), "pakken", ctx.now())
    version = body.i("format", 0, 2**31)
    if version > FORMAT:
        raise InvalidInput(
            f"Pakken er laget med en nyere versjon av formatet (versjon {version}). "
            "Oppdater Stafettlogg for å lese den."
        )
    if version != FORMAT:
        raise _bad("format")
    kind = body.s("type", "Typen", 16)
    if kind not in (TYPE_LOGG, TYPE_KVITTERING):
        raise _bad("type")
    if type_ is not None and kind != type_:
        raise InvalidInput(
            "Dette er en kvittering, ikke en logg." if type_ == TYPE_LOGG else "Dette er en logg, ikke en kvittering."
        )
    if body.u("pakke_id") != pakke_id:
        raise _bad("pakke-id")
    fra, til = body.r("fra"), body.r("til")
    if (
        fra.s("nummer", "Avsenderkommunen", 4) != kjent.nummer
        or fra.s("fingerprint", "Nøkkelen", 64) != kjent.fingerprint
    ):
        raise InvalidInput("Avsenderen i pakken stemmer ikke med nøkkelen den er signert med.")
    kommune = keys.own_kommune(ctx.session)
    own = _own_keys(ctx)
    if til.s("nummer", "Mottakerkommunen", 4) != kommune.nummer or til.s("fingerprint", "Nøkkelen", 64) != (
        own.public.fingerprint.hex()
    ):
        raise InvalidInput("Pakken er ikke til denne kommunen.")
    body.t("laget")
    seen = ctx.session.get(Pakke, pakke_id)
    if seen is not None:
        raise RuleViolation(f"Pakken er allerede lest inn ({seen.at.astimezone(OSLO):%d.%m.%Y %H:%M}).")
    return _Envelope(body, kjent, fra.s("navn", "Avsenderkommunen", 120, required=True), kind)


# =========================================================================== preview


@dataclass(frozen=True)
class Forhandsvisning:
    """What the receiver sees before choosing «Godta og importer» or «Avvis»."""

    pakke_id: uuid.UUID
    type: str
    fra_kommune: str
    fra_nummer: str
    fingerprint: str  # the sender's, as shown
    laget: dt.datetime
    barn: str = ""
    fodselsdato: dt.date | None = None
    foresatte: tuple[str, ...] = ()
    grunn: str = ""
    oppmerksomheter: tuple[str, ...] = ()
    innhold: tuple[str, ...] = ()
    resultat: str = ""  # a receipt: akseptert / avvist
    svar_grunn: str = ""


def preview(ctx: Context, *, pakke_id: uuid.UUID, avsender: bytes, innhold: bytes, signatur: bytes) -> Forhandsvisning:
    """The summary of a logg package or a receipt; the full validation runs again on import."""
    acting_ansatt(ctx)
    env = _envelope(ctx, pakke_id=pakke_id, avsender=avsender, innhold=innhold, signatur=signatur, type_=None)
    fingerprint = keys.show_fingerprint(bytes.fromhex(env.kjent.fingerprint))
    if env.type == TYPE_KVITTERING:
        sent = ctx.session.get(Pakke, env.body.u("svar_pa"))
        logg = ctx.session.get(Stafettlogg, sent.logg_id) if sent is not None and sent.logg_id else None
        return Forhandsvisning(
            pakke_id,
            TYPE_KVITTERING,
            env.kommune_navn,
            env.kjent.nummer,
            fingerprint,
            env.body.t("laget"),
            barn=logg.barn.navn if logg is not None else "",
            resultat=env.body.s("resultat", "Resultatet", 16),
            svar_grunn=env.body.s("grunn", "Grunnen"),
        )
    body = env.body
    barn = body.r("barn")
    oppmerksomheter = body.objs("oppmerksomheter")
    logg_id = body.r("logg").u("id")
    audit.record(ctx, audit.Action.READ, logg_id, pakke=str(pakke_id), fra=env.kjent.nummer)
    number = barn.s("fodselsnummer", "Fødselsnummeret", 11, required=True)
    return Forhandsvisning(
        pakke_id,
        TYPE_LOGG,
        env.kommune_navn,
        env.kjent.nummer,
        fingerprint,
        body.t("laget"),
        barn=f"{barn.s('fornavn', 'Fornavnet', 80)} {barn.s('etternavn', 'Etternavnet', 80)}",
        fodselsdato=fodselsnummer.birth_date(number, today=ctx.today()),
        foresatte=tuple(_foresatt_line(f) for f in body.objs("foresatte")),
        grunn=body.r("overforing").s("grunn", "Grunnen"),
        oppmerksomheter=tuple(o.s("tekst", "Oppmerksomheten", 500) for o in oppmerksomheter),
        innhold=(
            f"{sum(len(o.lst('tiltak')) for o in oppmerksomheter)} tiltak",
            f"{len(body.lst('lysglimt'))} lysglimt",
            _count(len(body.lst("notater")), "notat", "notater"),
            _count(len(body.lst("moter")), "møte", "møter"),
            _count(len(body.lst("historikk")), "endring", "endringer") + " i historikken",
        ),
    )


def _foresatt_line(f: _R) -> str:
    navn = f"{f.s('fornavn', 'Fornavnet', 80)} {f.s('etternavn', 'Etternavnet', 80)}"
    relasjon = f.s("relasjon", "Relasjonen", 40)
    return f"{navn} ({relasjon})" if relasjon else navn


@dataclass(frozen=True)
class HolderValg:
    id: uuid.UUID
    navn: str
    enhet: str


def _may_hold(a: Ansatt) -> bool:
    return a.fjernet_at is None and a.er_aktor and a.er_stafettholder and a.enhet_id is not None


def holder_choices(ctx: Context) -> list[HolderValg]:
    """Who the importing person may make the new stafettholder: self, or (a leader) someone in the unit."""
    person = _require_importer(ctx)
    stmt = select(Ansatt).where(Ansatt.kommune_id == person.kommune_id, Ansatt.fjernet_at.is_(None))
    people = [a for a in ctx.session.scalars(stmt) if _may_hold(a) and _may_choose(person, a)]
    people.sort(key=lambda a: (a.id != person.id, a.navn))
    return [HolderValg(a.id, a.navn, a.enhet.navn if a.enhet else "") for a in people]


def _require_importer(ctx: Context) -> Ansatt:
    person = acting_ansatt(ctx)
    if not (_may_hold(person) or person.er_leder or person.er_kommuneadmin):
        raise PermissionDenied(
            "Bare en stafettholder, en leder eller kommuneadministratoren kan lese inn en logg fra en annen kommune."
        )
    return person


def _may_choose(person: Ansatt, holder: Ansatt) -> bool:
    if holder.id == person.id or person.er_kommuneadmin:
        return True
    return person.er_leder and holder.enhet_id == person.enhet_id


# =========================================================================== import


@command
def import_logg(
    ctx: Context,
    *,
    pakke_id: uuid.UUID,
    avsender: bytes,
    innhold: bytes,
    signatur: bytes,
    stafettholder_id: uuid.UUID | None = None,
) -> Changes:
    """«Godta og importer»: the log, its chosen concerns and its history become a log of this kommune.

    ``innhold`` is the decrypted payload, ``signatur`` its own signature by ``avsender``
    (64 bytes: the X25519 and Ed25519 public keys). All of it is checked here again.
    """
    person = _require_importer(ctx)
    env = _envelope(ctx, pakke_id=pakke_id, avsender=avsender, innhold=innhold, signatur=signatur, type_=TYPE_LOGG)
    holder = get(ctx, Ansatt, stafettholder_id) if stafettholder_id is not None else person
    if holder.kommune_id != person.kommune_id or not _may_hold(holder):
        raise RuleViolation(f"{holder.navn} kan ikke bli stafettholder: må være aktør og stafettholder i en enhet.")
    if not _may_choose(person, holder):
        raise PermissionDenied("Du kan velge deg selv, eller (som leder) en stafettholder i enheten din.")
    importer = _Importer(ctx, env, holder)
    try:
        return importer.run()
    except IntegrityError:
        # A safety net: every reference was checked above, so this means a check is missing.
        raise _bad("henvisninger som ikke stemmer") from None


class _Importer:
    def __init__(self, ctx: Context, env: _Envelope, holder: Ansatt) -> None:
        self.ctx = ctx
        self.env = env
        self.body = env.body
        self.holder = holder
        self.fra = env.kommune_navn
        self.seen: set[uuid.UUID] = set()
        self.family: dict[uuid.UUID, tuple[PersonKind, uuid.UUID]] = {}
        self.staff: dict[uuid.UUID, str] = {}
        self.changes = Changes()
        self.ended = 0

    # ---- ids and people

    def fresh(self, entity: type[E], id_: uuid.UUID) -> uuid.UUID:
        """An id from the package for a new record: unique in the package, unused here."""
        if id_ in self.seen:
            raise _bad("samme id to ganger")
        self.seen.add(id_)
        if self.ctx.session.get(entity, id_) is not None:
            if entity is Stafettlogg:
                raise RuleViolation("Loggen i pakken finnes allerede her. Den er trolig lest inn før.")
            raise RuleViolation("Pakken inneholder poster som finnes her fra før. Den er trolig lest inn før.")
        return id_

    def staff_id(self, id_: uuid.UUID) -> uuid.UUID:
        return uuid.uuid5(_PERSON_NAMESPACE, f"{self.env.kjent.nummer}:{id_}")

    def author(self, r: _R, kind_key: str, id_key: str) -> tuple[PersonKind, uuid.UUID]:
        kind = r.e(kind_key, PersonKind)
        id_ = r.u(id_key)
        if kind is PersonKind.ANSATT:
            return kind, self.staff_id(id_)
        mapped = self.family.get(id_)
        if mapped is None or mapped[0] is not kind:
            raise _bad(f"{r.where}.{id_key}")
        return mapped

    def staff_name(self, id_: uuid.UUID | None) -> str:
        return self.staff.get(id_, "ukjent") if id_ else "ukjent"

    # ---- the whole import

    def run(self) -> Changes:
        ctx, body = self.ctx, self.body
        for p in body.objs("personer"):
            stilling = p.s("stilling", "Stillingen", 120)
            self.staff[p.u("id")] = p.s("navn", "Navnet", 200, required=True) + (f" ({stilling})" if stilling else "")
        barn = self.barn(body.r("barn"), body.objs("foresatte"))
        logg_r = body.r("logg")
        logg_id = self.fresh(Stafettlogg, logg_r.u("id"))
        open_log = ctx.session.scalar(
            select(Stafettlogg).where(Stafettlogg.barn_id == barn.id, Stafettlogg.status != LoggStatus.AVSLUTTET)
        )
        if open_log is not None:
            raise RuleViolation(f"{barn.navn} har allerede en åpen stafettlogg her. Én logg følger barnet.")
        samtykke_r = body.r("samtykke")
        skannet = self.vedlegg(samtykke_r.ro("skannet"), None)
        assert self.holder.enhet_id is not None
        logg = Stafettlogg(
            id=logg_id,
            barn_id=barn.id,
            enhet_id=self.holder.enhet_id,
            stafettholder_id=self.holder.id,
            niva=logg_r.i("niva", 1, 3),
            status=LoggStatus.AKTIV,
            bekymring=logg_r.s("bekymring", "Bekymringen"),
            kjennetegn=logg_r.s("kjennetegn", "Kjennetegn på måloppnåelse"),
            opprettholdende=logg_r.s("opprettholdende", "Opprettholdende faktorer"),
            barnets_stemme=logg_r.s("barnets_stemme", "Barnets stemme"),
        )
        ctx.session.add(logg)
        ctx.session.flush()
        self.samtykke(samtykke_r, barn, logg, skannet)
        moter = self.moter(body.objs("moter"), logg)
        chosen = {self.oppmerksomhet(o, logg, moter) for o in body.objs("oppmerksomheter")}
        if not chosen:
            raise _bad("ingen oppmerksomheter")
        self.lysglimt(body.objs("lysglimt"), logg, chosen)
        self.notater(body.objs("notater"), logg)
        self.import_notes(logg, body.objs("historikk"))
        ctx.session.flush()
        overforing_r = body.r("overforing")
        ctx.session.add(
            Pakke(
                id=self.body.u("pakke_id"),
                retning="inn",
                type=TYPE_LOGG,
                kommune_nummer=self.env.kjent.nummer,
                fingerprint=self.env.kjent.fingerprint,
                overforing_id=overforing_r.u("id"),
                logg_id=logg.id,
                resultat=AKSEPTERT,
                at=ctx.now(),
                person_id=ctx.person.id,
            )
        )
        ctx.session.flush()
        audit.record(
            ctx,
            audit.Action.TRANSFER,
            logg.id,
            steg="importert",
            pakke=str(self.body.u("pakke_id")),
            fra=self.env.kjent.nummer,
            fingerprint=self.env.kjent.fingerprint,
        )
        changes = self.changes
        changes.created = logg.id
        changes.touch(logg, logg.id)
        if self.ended:
            changes.warnings.append(
                f"{self.ended} tiltak i tjenesten ble avsluttet ved overføringen, fordi de ansvarlige arbeider i "
                f"{self.fra}. Legg inn nye tiltak med ansvarlige aktører her."
            )
        return changes

    def barn(self, r: _R, foresatte: list[_R]) -> Barn:
        ctx = self.ctx
        kommune = keys.own_kommune(ctx.session)
        number = fodselsnummer.validate(r.s("fodselsnummer", "Fødselsnummeret", 11, required=True), today=ctx.today())
        package_id = r.u("id")
        barn = ctx.session.scalar(select(Barn).where(Barn.kommune_id == kommune.id, Barn.fodselsnummer == number))
        if barn is None:
            barn = Barn(
                id=self.fresh(Barn, package_id),
                kommune_id=kommune.id,
                fornavn=r.s("fornavn", "Fornavnet", 80, required=True),
                etternavn=r.s("etternavn", "Etternavnet", 80, required=True),
                fodselsnummer=number,
                fodselsdato=fodselsnummer.birth_date(number),
            )
            ctx.session.add(barn)
            ctx.session.flush()
            self.changes.touch(barn)
        else:
            self.seen.add(package_id)
        self.family[package_id] = (PersonKind.BARN, barn.id)
        for f in foresatte:
            package_fid = f.u("id")
            if package_fid in self.seen:
                raise _bad("samme id to ganger")
            number_f = f.s("fodselsnummer", "Fødselsnummeret til den foresatte", 11)
            if number_f:
                number_f = fodselsnummer.validate(number_f, today=ctx.today())
            fornavn = f.s("fornavn", "Fornavnet til den foresatte", 80, required=True)
            etternavn = f.s("etternavn", "Etternavnet til den foresatte", 80, required=True)
            same = next(
                (
                    g
                    for g in barn.foresatte
                    if (number_f and g.fodselsnummer == number_f)
                    or (not (number_f and g.fodselsnummer) and (g.fornavn, g.etternavn) == (fornavn, etternavn))
                ),
                None,
            )
            if same is None:
                same = Foresatt(
                    id=self.fresh(Foresatt, package_fid),
                    barn_id=barn.id,
                    fornavn=fornavn,
                    etternavn=etternavn,
                    fodselsnummer=number_f,
                    relasjon=f.s("relasjon", "Relasjonen", 40),
                    foreldreansvar=f.b("foreldreansvar"),
                    epost=f.s("epost", "E-postadressen", 200),
                    telefon=f.s("telefon", "Telefonnummeret", 40),
                    adresse=f.s("adresse", "Adressen", 200),
                )
                barn.foresatte.append(same)
                ctx.session.flush()
                self.changes.touch(same)
            else:
                self.seen.add(package_fid)
            self.family[package_fid] = (PersonKind.FORESATT, same.id)
        return barn

    def vedlegg(self, r: _R | None, notat_id: uuid.UUID | None) -> Vedlegg | None:
        if r is None:
            return None
        data = r.data("innhold", MAX_PDF_BYTES)
        vedlegg = pdf_vedlegg(r.s("filnavn", "Filnavnet", 255, required=True), data)
        vedlegg.id = self.fresh(Vedlegg, r.u("id"))
        vedlegg.notat_id = notat_id
        self.ctx.session.add(vedlegg)
        return vedlegg

    def samtykke(self, r: _R, barn: Barn, logg: Stafettlogg, skannet: Vedlegg | None) -> None:
        ctx = self.ctx
        givers = []
        for raw in r.lst("gitt_av_foresatte"):
            giver = _uuid_or_none(raw)
            mapped = self.family.get(giver) if giver is not None else None
            if mapped is None or mapped[0] is not PersonKind.FORESATT:
                raise _bad("samtykkets foresatte")
            givers.append(str(mapped[1]))
        utloper = r.do("utloper")
        signert = r.d("signert_dato")
        ctx.session.flush()
        samtykke = Samtykke(
            id=self.fresh(Samtykke, r.u("id")),
            barn_id=barn.id,
            logg_id=logg.id,
            opprette_logg=r.b("opprette_logg"),
            utveksle_opplysninger=r.b("utveksle_opplysninger"),
            overfore_enhet=r.b("overfore_enhet"),
            overfore_kommune=r.b("overfore_kommune"),
            lesetilgang_for=[],  # names employees of the other kommune
            gitt_av_foresatte=givers,
            gitt_av_barnet=r.b("gitt_av_barnet"),
            signert_dato=signert,
            utloper=utloper,
            skannet_vedlegg_id=skannet.id if skannet else None,
            registrert_av_id=ctx.person.id,
        )
        problem = consent_problem(samtykke, barn, {Scope.ANNEN_KOMMUNE}, ctx.today())
        if problem is not None:
            raise RuleViolation(f"Samtykket i pakken holder ikke: {problem}")
        ctx.session.add(samtykke)
        ctx.session.flush()

    def moter(self, items: list[_R], logg: Stafettlogg) -> set[uuid.UUID]:
        ids = set()
        for r in items:
            mote = Mote(
                id=self.fresh(Mote, r.u("id")),
                logg_id=logg.id,
                tidspunkt=r.t("tidspunkt", past=False),
                sted=r.s("sted", "Stedet", 200),
                dagsorden=r.s("dagsorden", "Dagsordenen"),
                deltakere=[_deltaker(d) for d in r.lst("deltakere")],
                referat=r.s("referat", "Referatet"),
            )
            self.ctx.session.add(mote)
            ids.add(mote.id)
        self.ctx.session.flush()
        return ids

    def oppmerksomhet(self, r: _R, logg: Stafettlogg, moter: set[uuid.UUID]) -> uuid.UUID:
        session = self.ctx.session
        oppmerksomhet = Oppmerksomhet(
            id=self.fresh(Oppmerksomhet, r.u("id")),
            logg_id=logg.id,
            tekst=r.s("tekst", "Oppmerksomheten", 500, required=True),
            kjennetegn_maloppnaelse=r.s("kjennetegn_maloppnaelse", "Kjennetegn på måloppnåelse"),
            rekkefolge=r.i("rekkefolge", 0, MAX_ITEMS),
            created_at=r.t("created_at"),
        )
        session.add(oppmerksomhet)
        session.flush()
        current = 0
        for m in r.objs("mal"):
            erstattet = m.to("erstattet_at")
            current += erstattet is None
            session.add(
                Mal(
                    id=self.fresh(Mal, m.u("id")),
                    oppmerksomhet_id=oppmerksomhet.id,
                    del_a=m.s("del_a", "Målet (A)", 500, required=True),
                    del_b=m.s("del_b", "Målet (B)", 500),
                    del_c=m.s("del_c", "Målet (C)", 500),
                    **{k: m.b(k) for k in content.MAL_CHECKS},
                    created_at=m.t("created_at"),
                    erstattet_at=erstattet,
                )
            )
        if current > 1:
            raise _bad("mer enn ett gjeldende mål")
        faktorer = set()
        for f in r.objs("faktorer"):
            faktor = Faktor(
                id=self.fresh(Faktor, f.u("id")),
                oppmerksomhet_id=oppmerksomhet.id,
                omrade=f.e("omrade", FaktorOmrade),
                tekst=f.s("tekst", "Faktoren", 500, required=True),
                x=f.f("x"),
                y=f.f("y"),
                prioritet=f.i("prioritet", 0, 3),
                sted=None if f.obj.get("sted") is None else f.e("sted", FaktorSted),
            )
            session.add(faktor)
            faktorer.add(faktor.id)
        session.flush()
        for k in r.objs("koblinger"):
            fra, til = k.u("fra_id"), k.uo("til_id")
            if fra not in faktorer or (til is not None and til not in faktorer):
                raise _bad("kobling i faktordiagrammet")
            session.add(
                FaktorKobling(
                    id=self.fresh(FaktorKobling, k.u("id")), oppmerksomhet_id=oppmerksomhet.id, fra_id=fra, til_id=til
                )
            )
        self.tiltak(r.objs("tiltak"), oppmerksomhet, faktorer, moter)
        session.flush()
        self.changes.touch(oppmerksomhet, logg.id)
        return oppmerksomhet.id

    def tiltak(
        self, items: list[_R], oppmerksomhet: Oppmerksomhet, faktorer: set[uuid.UUID], moter: set[uuid.UUID]
    ) -> None:
        session = self.ctx.session
        by_id = {r.u("id"): r for r in items}
        if len(by_id) != len(items):
            raise _bad("samme id to ganger")
        order = _replaced_first(by_id)
        active: set[Arena] = set()
        for tid in order:
            r = by_id[tid]
            arena = r.e("arena", Arena)
            status = r.e("status", TiltakStatus)
            ansvarlig = r.uo("ansvarlig_id")
            tekst = r.s("tekst", "Tiltaket", 1000, required=True)
            if arena is Arena.TJENESTE:
                if ansvarlig is None:
                    raise _bad(f"{r.where}.ansvarlig_id")
                who = f"Ansvarlig i {self.fra}: {self.staff_name(ansvarlig)}"
                if status in (TiltakStatus.AKTIV, TiltakStatus.PLANLAGT):
                    status = TiltakStatus.AVSLUTTET
                    tekst += f" ({who}. Avsluttet ved overføringen.)"
                    self.ended += 1
                else:
                    tekst += f" ({who}.)"
            elif ansvarlig is not None:
                raise _bad(f"{r.where}.ansvarlig_id")
            elif status is TiltakStatus.AKTIV:
                if arena in active:
                    raise _bad("to aktive tiltak for samme aktør")
                active.add(arena)
            faktor_id, erstatter_id = r.uo("faktor_id"), r.uo("erstatter_id")
            if faktor_id is not None and faktor_id not in faktorer:
                raise _bad(f"{r.where}.faktor_id")
            kind, creator = self.author(r, "opprettet_av_type", "opprettet_av_id")
            fra, til, evaluering = r.do("fra_dato"), r.do("til_dato"), r.do("evalueringsdato")
            tiltak = Tiltak(
                id=self.fresh(Tiltak, tid),
                oppmerksomhet_id=oppmerksomhet.id,
                tekst=tekst,
                arena=arena,
                ansvarlig_id=None,
                status=status,
                fra_dato=fra,
                til_dato=til,
                evalueringsdato=evaluering,
                trinn=r.i("trinn", 1, MAX_ITEMS),
                faktor_id=faktor_id,
                erstatter_id=erstatter_id,
                opprettet_av_type=kind,
                opprettet_av_id=creator,
                created_at=r.t("created_at"),
            )
            session.add(tiltak)
            session.flush()
            ev = r.ro("evaluering")
            if ev is not None:
                if status not in (TiltakStatus.AVSLUTTET, TiltakStatus.FEILREGISTRERT):
                    raise _bad("evaluering av et åpent tiltak")
                self.evaluering(ev, tiltak, moter)
            elif status is TiltakStatus.FEILREGISTRERT:
                raise _bad("feilregistrert tiltak uten evaluering")

    def evaluering(self, r: _R, tiltak: Tiltak, moter: set[uuid.UUID]) -> None:
        mote_id = r.uo("mote_id")
        if mote_id is not None and mote_id not in moter:
            raise _bad(f"{r.where}.mote_id")
        beslutning = r.e("beslutning", Beslutning)
        if (beslutning is Beslutning.FEILREGISTRERT) != (tiltak.status is TiltakStatus.FEILREGISTRERT):
            raise _bad(f"{r.where}.beslutning")
        kind, who = self.author(r, "evaluert_av_type", "evaluert_av_id")
        self.ctx.session.add(
            Evaluering(
                id=self.fresh(Evaluering, r.u("id")),
                tiltak_id=tiltak.id,
                dato=r.d("dato"),
                mal_nadd=r.bo("mal_nadd"),
                beslutning=beslutning,
                familiens_vurdering=r.s("familiens_vurdering", "Familiens vurdering"),
                kommentar=r.s("kommentar", "Kommentaren"),
                evaluert_av_type=kind,
                evaluert_av_id=who,
                mote_id=mote_id,
                created_at=r.t("created_at"),
            )
        )

    def lysglimt(self, items: list[_R], logg: Stafettlogg, chosen: set[uuid.UUID]) -> None:
        for r in items:
            oppmerksomhet_id = r.u("oppmerksomhet_id")
            if oppmerksomhet_id not in chosen:
                raise _bad(f"{r.where}.oppmerksomhet_id")
            kind, who = self.author(r, "forfatter_type", "forfatter_id")
            self.ctx.session.add(
                Lysglimt(
                    id=self.fresh(Lysglimt, r.u("id")),
                    logg_id=logg.id,
                    oppmerksomhet_id=oppmerksomhet_id,
                    tekst=r.s("tekst", "Lysglimtet", 2000, required=True),
                    dato=r.d("dato"),
                    forfatter_type=kind,
                    forfatter_id=who,
                    created_at=r.t("created_at"),
                )
            )

    def notater(self, items: list[_R], logg: Stafettlogg) -> None:
        session = self.ctx.session
        for r in items:
            kind, who = self.author(r, "forfatter_type", "forfatter_id")
            notat = Notat(
                id=self.fresh(Notat, r.u("id")),
                logg_id=logg.id,
                tekst=r.s("tekst", "Notatet", MAX_NOTAT, required=True),
                internt=r.b("internt"),
                forfatter_type=kind,
                forfatter_id=who,
                created_at=r.t("created_at"),
            )
            session.add(notat)
            session.flush()
            for v in r.objs("vedlegg"):
                self.vedlegg(v, notat.id)

    def import_notes(self, logg: Stafettlogg, historikk: list[_R]) -> None:
        """What cannot live in the records here: who was who in the other kommune, and the history."""
        ctx = self.ctx
        overforing = self.body.r("overforing")
        holder = self.staff_name(overforing.u("stafettholder_id"))
        people = "; ".join(sorted(set(self.staff.values()))) or "ingen"
        intro = (
            f"Loggen er overført fra {self.fra} (kommunenummer {self.env.kjent.nummer}) og lest inn "
            f"{ctx.today():%d.%m.%Y}.\n"
            f"Grunn: {overforing.s('grunn', 'Grunnen', required=True)}\n"
            f"Stafettholder der: {holder}, {overforing.s('enhet', 'Enheten', 160)}. "
            f"Sendt av {overforing.s('sendt_av', 'Avsenderen', 200)}.\n"
            f"Ansatte i {self.fra} som står i loggen: {people}. De finnes ikke her, så lysglimt, notater og "
            "evalueringer de skrev, viser «Ukjent» som forfatter."
        )
        chunks = [intro[:MAX_NOTAT]]
        lines = []
        for row in historikk:
            felt = "; ".join(
                f"{_cell(f, 0)}: {_cell(f, 1)} → {_cell(f, 2)}" if _cell(f, 1) else f"{_cell(f, 0)}: {_cell(f, 2)}"
                for f in row.lst("felt")
            )
            at = row.t("at").astimezone(OSLO)
            lines.append(
                f"{at:%d.%m.%Y %H:%M} {row.s('hvem', 'Hvem', 200)}: {row.s('hva', 'Hva', 200)}"
                + (f" ({felt})" if felt else "")
            )
        if lines:
            title = f"Historikk fra {self.fra}"
            part = title + ":"
            for line in lines:
                line = line[: MAX_NOTAT - len(title) - 10]
                if len(part) + 1 + len(line) > MAX_NOTAT:
                    chunks.append(part)
                    part = title + " (fortsatt):"
                part += "\n" + line
            chunks.append(part)
        for chunk in chunks:
            ctx.session.add(
                Notat(
                    id=ctx.new_id(Notat),
                    logg_id=logg.id,
                    tekst=chunk,
                    internt=True,
                    forfatter_type=ctx.person.kind,
                    forfatter_id=ctx.person.id,
                )
            )


def _uuid_or_none(value: object) -> uuid.UUID | None:
    if not isinstance(value, str) or len(value) != 36:
        return None
    try:
        return uuid.UUID(value)
    except ValueError:
        return None


def _cell(field: object, n: int) -> str:
    if not isinstance(field, list) or len(field) != 3 or not all(isinstance(v, str) for v in field):
        raise _bad("historikken")
    value: str = field[n]
    return value.replace("\x00", "")[:500]


def _deltaker(value: object) -> str:
    if not isinstance(value, str):
        raise _bad("møtedeltaker")
    return text(value, "Deltakeren", max_length=200)


def _replaced_first(by_id: dict[uuid.UUID, _R]) -> list[uuid.UUID]:
    """Tiltak in an order where each replaced one comes before its replacement (no cycles)."""
    order: list[uuid.UUID] = []
    state: dict[uuid.UUID, int] = {}
    for start in by_id:
        chain = []
        node: uuid.UUID | None = start
        while node is not None and state.get(node) is None:
            state[node] = 1
            chain.append(node)
            erstatter = by_id[node].uo("erstatter_id")
            if erstatter is not None and erstatter not in by_id:
                raise _bad("tiltaket som erstattes")
            node = erstatter
        if node is not None and state.get(node) == 1 and node in chain:
            raise _bad("tiltak som erstatter hverandre")
        for n in reversed(chain):
            state[n] = 2
            order.append(n)
    return order


# =========================================================================== reject and receipts


@command
def reject_logg(
    ctx: Context, *, pakke_id: uuid.UUID, avsender: bytes, innhold: bytes, signatur: bytes, grunn: str
) -> Changes:
    """«Avvis»: nothing is imported; the package is remembered, and a receipt tells the sender why."""
    _require_importer(ctx)
    env = _envelope(ctx, pakke_id=pakke_id, avsender=avsender, innhold=innhold, signatur=signatur, type_=TYPE_LOGG)
    grunn = text(grunn, "Grunnen til at overføringen avvises")
    ctx.session.add(
        Pakke(
            id=pakke_id,
            retning="inn",
            type=TYPE_LOGG,
            kommune_nummer=env.kjent.nummer,
            fingerprint=env.kjent.fingerprint,
            overforing_id=env.body.r("overforing").u("id"),
            logg_id=env.body.r("logg").u("id"),
            resultat=AVVIST,
            at=ctx.now(),
            person_id=ctx.person.id,
        )
    )
    ctx.session.flush()
    audit.record(ctx, audit.Action.TRANSFER, None, steg="pakke_avvist", pakke=str(pakke_id), fra=env.kjent.nummer)
    return Changes()


def receipt(ctx: Context, pakke_id: uuid.UUID, *, grunn: str = "") -> Utgaende:
    """The signed answer to a logg package read here (imported or rejected), for its sender."""
    acting_ansatt(ctx)
    answered = ctx.session.get(Pakke, pakke_id)
    if answered is None or answered.retning != "inn" or answered.type != TYPE_LOGG:
        raise InvalidInput("Det finnes ingen innlest pakke å kvittere for.")
    kjent = ctx.session.scalar(select(KjentKommune).where(KjentKommune.fingerprint == answered.fingerprint))
    if kjent is None:
        raise RuleViolation("Avsenderkommunens nøkkel er fjernet; kvitteringen kan ikke krypteres til dem.")
    own = _own_keys(ctx)
    kommune = keys.own_kommune(ctx.session)
    barn = ""
    if answered.resultat == AKSEPTERT and answered.logg_id is not None:
        logg = ctx.session.get(Stafettlogg, answered.logg_id)
        barn = logg.barn.navn if logg else ""
    package_id = uuid.uuid4()
    body = {
        "format": FORMAT,
        "type": TYPE_KVITTERING,
        "pakke_id": str(package_id),
        "laget": _iso(ctx.now()),
        "fra": {"nummer": kommune.nummer, "navn": kommune.navn, "fingerprint": own.public.fingerprint.hex()},
        "til": {"nummer": kjent.nummer, "navn": kjent.navn, "fingerprint": kjent.fingerprint},
        "svar_pa": str(pakke_id),
        "overforing_id": str(answered.overforing_id),
        "logg_id": str(answered.logg_id),
        "barn": barn,
        "resultat": answered.resultat,
        "grunn": grunn,
        "besvart_av": ctx.person.navn,
    }
    ctx.session.add(
        Pakke(
            id=package_id,
            retning="ut",
            type=TYPE_KVITTERING,
            kommune_nummer=kjent.nummer,
            fingerprint=kjent.fingerprint,
            overforing_id=answered.overforing_id,
            logg_id=answered.logg_id,
            svar_pa_id=pakke_id,
            resultat=answered.resultat,
            at=ctx.now(),
            person_id=ctx.person.id,
        )
    )
    ctx.session.flush()
    return Utgaende(package_id, TYPE_KVITTERING, _canonical(body), own, keys.known_keys(kjent), kjent.navn)


@command
def read_receipt(ctx: Context, *, pakke_id: uuid.UUID, avsender: bytes, innhold: bytes, signatur: bytes) -> Changes:
    """«Les inn kvittering»: the other kommune's answer settles the transfer here (accept closes the log)."""
    env = _envelope(
        ctx, pakke_id=pakke_id, avsender=avsender, innhold=innhold, signatur=signatur, type_=TYPE_KVITTERING
    )
    body = env.body
    svar_pa = body.u("svar_pa")
    overforing_id = body.u("overforing_id")
    sent = ctx.session.get(Pakke, svar_pa)
    if sent is None or sent.retning != "ut" or sent.type != TYPE_LOGG or sent.overforing_id != overforing_id:
        raise RuleViolation("Kvitteringen gjelder ikke en pakke som er sendt herfra.")
    if sent.fingerprint != env.kjent.fingerprint:
        raise RuleViolation("Kvitteringen kommer fra en annen kommune enn den pakken ble sendt til.")
    resultat = body.s("resultat", "Resultatet", 16)
    grunn = body.s("grunn", "Grunnen")
    besvart_av = body.s("besvart_av", "Navnet", 200)
    if resultat == AKSEPTERT:
        changes = transfer.accept_transfer(ctx, overforing_id)
    elif resultat == AVVIST:
        changes = transfer.reject_transfer(ctx, overforing_id, f"{grunn} ({besvart_av}, {env.kommune_navn})")
    else:
        raise _bad("resultat")
    ctx.session.add(
        Pakke(
            id=pakke_id,
            retning="inn",
            type=TYPE_KVITTERING,
            kommune_nummer=env.kjent.nummer,
            fingerprint=env.kjent.fingerprint,
            overforing_id=overforing_id,
            logg_id=sent.logg_id,
            svar_pa_id=svar_pa,
            resultat=resultat,
            at=ctx.now(),
            person_id=ctx.person.id,
        )
    )
    ctx.session.flush()
    audit.record(ctx, audit.Action.TRANSFER, sent.logg_id, steg="kvittering", pakke=str(pakke_id), resultat=resultat)
    return changes
