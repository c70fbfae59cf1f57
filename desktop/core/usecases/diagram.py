"""«Å utvikle gode tiltak»: maintaining factors around one concern, linked to tiltak."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from desktop.core import audit
from desktop.core.commands import command
from desktop.core.context import Changes, Context
from desktop.core.entities import (
    Arena,
    Faktor,
    FaktorKobling,
    FaktorOmrade,
    FaktorSted,
    Oppmerksomhet,
    Stafettlogg,
    Tiltak,
    TiltakStatus,
)
from desktop.core.errors import InvalidInput, PermissionDenied, RuleViolation
from desktop.core.permissions import Action, check, may_read_oppmerksomhet, require, require_oppmerksomhet
from desktop.core.usecases.common import get, logg_of, text


@dataclass(frozen=True)
class Omrade:
    gruppe: str
    navn: str
    hjelp: str


# The guide's figure and glossary («Begrepsforklaring opprettholdende faktorer»).
OMRADER: dict[FaktorOmrade, Omrade] = {
    FaktorOmrade.VENNSKAP: Omrade("Sosiale forhold", "Vennskap og sosialt miljø", "Venner, lek og fellesskap."),
    FaktorOmrade.KOMMUNIKASJON: Omrade(
        "Sosiale forhold", "Kommunikasjon og relasjon", "Hvordan barnet og de voksne snakker og forholder seg."
    ),
    FaktorOmrade.FAGLIG_INNHOLD: Omrade(
        "Sosiale forhold", "Faglig innhold / inkluderende praksis", "Innhold og tilrettelegging i tjenesten."
    ),
    FaktorOmrade.STRUKTUR: Omrade("Sosiale forhold", "Struktur, rutiner, regler", "Dagsrytme, overganger og regler."),
    FaktorOmrade.SAMARBEID_HJEM: Omrade(
        "Sosiale forhold", "Samarbeid med hjem", "Samarbeidet mellom hjemmet og tjenesten, og forhold i hjemmet."
    ),
    FaktorOmrade.VIRKELIGHETSOPPFATNING: Omrade(
        "Psykiske forhold",
        "Barnets virkelighetsoppfatning",
        "Hvordan ser barnet verden? Trygt eller utrygt, kan selv få til endring eller ikke.",
    ),
    FaktorOmrade.MESTRINGSSTRATEGIER: Omrade(
        "Psykiske forhold",
        "Mestringsstrategier",
        "Hva barnet gjør for å få til det det ønsker; et stort repertoar brukt fleksibelt gir mer mestring.",
    ),
    FaktorOmrade.FORUTSETNINGER: Omrade(
        "Fysiske forhold", "Barnets forutsetninger", "Individuelle forutsetninger, for eksempel diagnoser."
    ),
    FaktorOmrade.BARNETS_STEMME: Omrade("Barnets stemme", "Barnets stemme", "Hva sier barnet selv?"),
}


def _editable(ctx: Context, oppmerksomhet_id: uuid.UUID) -> tuple[Oppmerksomhet, Stafettlogg]:
    oppmerksomhet = get(ctx, Oppmerksomhet, oppmerksomhet_id)
    logg = logg_of(ctx, oppmerksomhet)
    rel = require(ctx.session, ctx.person, Action.EDIT_DIAGRAM, logg)
    require_oppmerksomhet(rel, oppmerksomhet.id)  # not one left behind at a transfer
    return oppmerksomhet, logg


@command
def add_faktor(
    ctx: Context,
    oppmerksomhet_id: uuid.UUID,
    *,
    omrade: FaktorOmrade,
    tekst: str,
    x: float = 0.0,
    y: float = 0.0,
    prioritet: int = 0,
    sted: FaktorSted | None = None,
    faktor_id: uuid.UUID | None = None,
) -> Changes:
    """``faktor_id`` lets an undo/redo stack re-create a node under its old id."""
    oppmerksomhet, logg = _editable(ctx, oppmerksomhet_id)
    _check_prioritet(prioritet)
    faktor = Faktor(
        id=faktor_id or ctx.new_id(Faktor),
        oppmerksomhet_id=oppmerksomhet.id,
        omrade=omrade,
        tekst=text(tekst, "Faktoren", max_length=500),
        x=x,
        y=y,
        prioritet=prioritet,
        sted=sted,
    )
    oppmerksomhet.faktorer.append(faktor)
    ctx.session.flush()
    changes = Changes(created=faktor.id)
    changes.touch(faktor, logg.id)
    if sted is FaktorSted.TJENESTE:
        changes.warnings.append("Faktoren ligger i egen tjeneste, og må derfor arbeides med av tjenesten selv.")
    return changes


def _check_prioritet(prioritet: int) -> None:
    if not 0 <= prioritet <= 3:
        raise InvalidInput("Prioriteten må være 0 (ikke prioritert) eller 1–3.")


_UNSET = object()


@command
def update_faktor(
    ctx: Context,
    faktor_id: uuid.UUID,
    *,
    tekst: str | None = None,
    omrade: FaktorOmrade | None = None,
    x: float | None = None,
    y: float | None = None,
    prioritet: int | None = None,
    sted: FaktorSted | object | None = _UNSET,
) -> Changes:
    faktor = get(ctx, Faktor, faktor_id)
    _, logg = _editable(ctx, faktor.oppmerksomhet_id)
    if tekst is not None:
        faktor.tekst = text(tekst, "Faktoren", max_length=500)
    if omrade is not None:
        faktor.omrade = omrade
    if x is not None:
        faktor.x = x
    if y is not None:
        faktor.y = y
    if prioritet is not None:
        _check_prioritet(prioritet)
        faktor.prioritet = prioritet
    if sted is not _UNSET:
        assert sted is None or isinstance(sted, FaktorSted)
        faktor.sted = sted
    ctx.session.flush()
    changes = Changes()
    changes.touch(faktor, logg.id)
    return changes


@command
def delete_faktor(ctx: Context, faktor_id: uuid.UUID) -> Changes:
    """Removes the node, its links, and unlinks tiltak that pointed at it (each change recorded)."""
    faktor = get(ctx, Faktor, faktor_id)
    oppmerksomhet, logg = _editable(ctx, faktor.oppmerksomhet_id)
    changes = Changes()
    for kobling in list(oppmerksomhet.koblinger):
        if faktor.id in (kobling.fra_id, kobling.til_id):
            oppmerksomhet.koblinger.remove(kobling)
            changes.touch(kobling, logg.id)
    for tiltak in oppmerksomhet.tiltak:
        if tiltak.faktor_id == faktor.id:
            tiltak.faktor_id = None
            changes.touch(tiltak, logg.id)
    ctx.session.flush()
    oppmerksomhet.faktorer.remove(faktor)
    ctx.session.flush()
    changes.touch(faktor, logg.id)
    return changes


@command
def add_kobling(
    ctx: Context,
    oppmerksomhet_id: uuid.UUID,
    fra_id: uuid.UUID,
    til_id: uuid.UUID | None,
    *,
    kobling_id: uuid.UUID | None = None,
) -> Changes:
    """Link a factor to another, or (``til_id`` None) to the concern in the middle."""
    oppmerksomhet, logg = _editable(ctx, oppmerksomhet_id)
    own = {f.id for f in oppmerksomhet.faktorer}
    if fra_id not in own or (til_id is not None and til_id not in own):
        raise InvalidInput("Begge faktorene må høre til samme oppmerksomhet.")
    if fra_id == til_id:
        raise InvalidInput("En faktor kan ikke kobles til seg selv.")
    for k in oppmerksomhet.koblinger:
        if {k.fra_id, k.til_id} == {fra_id, til_id}:
            raise RuleViolation("Faktorene er allerede koblet sammen.")
    kobling = FaktorKobling(
        id=kobling_id or ctx.new_id(FaktorKobling), oppmerksomhet_id=oppmerksomhet.id, fra_id=fra_id, til_id=til_id
    )
    oppmerksomhet.koblinger.append(kobling)
    ctx.session.flush()
    changes = Changes(created=kobling.id)
    changes.touch(kobling, logg.id)
    return changes


@command
def delete_kobling(ctx: Context, kobling_id: uuid.UUID) -> Changes:
    kobling = get(ctx, FaktorKobling, kobling_id)
    oppmerksomhet, logg = _editable(ctx, kobling.oppmerksomhet_id)
    oppmerksomhet.koblinger.remove(kobling)
    ctx.session.flush()
    changes = Changes()
    changes.touch(kobling, logg.id)
    return changes


@command
def link_tiltak(ctx: Context, tiltak_id: uuid.UUID, faktor_id: uuid.UUID | None) -> Changes:
    """«Tiltak settes inn her»: the factor a tiltak works on (None unlinks)."""
    tiltak = get(ctx, Tiltak, tiltak_id)
    _, logg = _editable(ctx, tiltak.oppmerksomhet_id)
    if faktor_id is not None and get(ctx, Faktor, faktor_id).oppmerksomhet_id != tiltak.oppmerksomhet_id:
        raise InvalidInput("Faktoren hører til en annen oppmerksomhet enn tiltaket.")
    tiltak.faktor_id = faktor_id
    ctx.session.flush()
    changes = Changes()
    changes.touch(tiltak, logg.id)
    return changes


# --------------------------------------------------------------------------- the editor's view of one diagram


@dataclass(frozen=True)
class FaktorData:
    """One node of the diagram as plain data (what crosses from the database worker to the GUI)."""

    id: uuid.UUID
    omrade: FaktorOmrade
    tekst: str
    x: float = 0.0
    y: float = 0.0
    prioritet: int = 0
    sted: FaktorSted | None = None


@dataclass(frozen=True)
class KoblingData:
    """A link from one factor to another, or (``til_id`` None) to the concern in the middle."""

    id: uuid.UUID
    fra_id: uuid.UUID
    til_id: uuid.UUID | None


@dataclass(frozen=True)
class TiltakRef:
    """A tiltak of the concern, as the diagram shows it: «tiltak settes inn her»."""

    id: uuid.UUID
    tekst: str
    arena: Arena
    status: TiltakStatus
    ansvarlig: str
    faktor_id: uuid.UUID | None


@dataclass(frozen=True)
class DiagramData:
    """The diagram of one concern, read in one go. ``may_edit`` is what the core would allow."""

    logg_id: uuid.UUID
    oppmerksomhet_id: uuid.UUID
    oppmerksomhet: str
    faktorer: tuple[FaktorData, ...]
    koblinger: tuple[KoblingData, ...]
    tiltak: tuple[TiltakRef, ...]
    may_edit: bool
    read_only_reason: str = ""


@dataclass(frozen=True)
class DiagramChange:
    """One edit of a diagram as data, applied in the order of the fields.

    An undo stack keeps a change and its inverse; both go through :func:`apply_change`,
    so a redo re-creates records under their old ids. ``tiltak`` pairs are (tiltak, factor or None).
    """

    remove_koblinger: tuple[KoblingData, ...] = ()
    remove_faktorer: tuple[FaktorData, ...] = ()
    add_faktorer: tuple[FaktorData, ...] = ()
    update_faktorer: tuple[FaktorData, ...] = ()
    add_koblinger: tuple[KoblingData, ...] = ()
    tiltak: tuple[tuple[uuid.UUID, uuid.UUID | None], ...] = ()

    def is_empty(self) -> bool:
        return not (
            self.remove_koblinger
            or self.remove_faktorer
            or self.add_faktorer
            or self.update_faktorer
            or self.add_koblinger
            or self.tiltak
        )


def _faktor_data(f: Faktor) -> FaktorData:
    return FaktorData(f.id, f.omrade, f.tekst, f.x, f.y, f.prioritet, f.sted)


def _ansvarlig_navn(t: Tiltak) -> str:
    if t.arena is Arena.HJEM:
        return "Foresatte"
    if t.arena is Arena.BARN:
        return "Barnet"
    return t.ansvarlig.navn if t.ansvarlig is not None else ""


def load_diagram(ctx: Context, oppmerksomhet_id: uuid.UUID) -> DiagramData:
    """The diagram of one concern, for whoever may read it (no audit entry: the log view wrote it)."""
    oppmerksomhet = get(ctx, Oppmerksomhet, oppmerksomhet_id)
    logg = logg_of(ctx, oppmerksomhet)
    rel = require(ctx.session, ctx.person, Action.READ, logg)
    if not may_read_oppmerksomhet(rel, oppmerksomhet.id):
        raise PermissionDenied("Du har ikke tilgang til denne oppmerksomheten.")
    reason = check(ctx.session, ctx.person, Action.EDIT_DIAGRAM, logg)
    return DiagramData(
        logg_id=logg.id,
        oppmerksomhet_id=oppmerksomhet.id,
        oppmerksomhet=oppmerksomhet.tekst,
        faktorer=tuple(_faktor_data(f) for f in oppmerksomhet.faktorer),
        koblinger=tuple(KoblingData(k.id, k.fra_id, k.til_id) for k in oppmerksomhet.koblinger),
        tiltak=tuple(
            TiltakRef(t.id, t.tekst, t.arena, t.status, _ansvarlig_navn(t), t.faktor_id)
            for t in oppmerksomhet.tiltak
            if t.status is not TiltakStatus.FEILREGISTRERT
        ),
        may_edit=reason is None,
        read_only_reason=reason or "",
    )


def _own(ctx: Context, entity: type[Faktor] | type[FaktorKobling], id_: uuid.UUID, oppmerksomhet_id: uuid.UUID) -> None:
    if get(ctx, entity, id_).oppmerksomhet_id != oppmerksomhet_id:
        raise InvalidInput("Endringen gjelder en annen oppmerksomhet enn diagrammet.")


@command
def apply_change(ctx: Context, oppmerksomhet_id: uuid.UUID, change: DiagramChange) -> Changes:
    """One edit of the diagram (any mix of the use cases above) in the caller's one transaction."""
    _editable(ctx, oppmerksomhet_id)
    changes = Changes()
    for k in change.remove_koblinger:
        _own(ctx, FaktorKobling, k.id, oppmerksomhet_id)
        changes.merge(delete_kobling(ctx, k.id))
    for f in change.remove_faktorer:
        _own(ctx, Faktor, f.id, oppmerksomhet_id)
        changes.merge(delete_faktor(ctx, f.id))
    for f in change.add_faktorer:
        changes.merge(
            add_faktor(
                ctx,
                oppmerksomhet_id,
                omrade=f.omrade,
                tekst=f.tekst,
                x=f.x,
                y=f.y,
                prioritet=f.prioritet,
                sted=f.sted,
                faktor_id=f.id,
            )
        )
    for f in change.update_faktorer:
        _own(ctx, Faktor, f.id, oppmerksomhet_id)
        changes.merge(
            update_faktor(ctx, f.id, tekst=f.tekst, omrade=f.omrade, x=f.x, y=f.y, prioritet=f.prioritet, sted=f.sted)
        )
    for k in change.add_koblinger:
        changes.merge(add_kobling(ctx, oppmerksomhet_id, k.fra_id, k.til_id, kobling_id=k.id))
    for tiltak_id, faktor_id in change.tiltak:
        tiltak = get(ctx, Tiltak, tiltak_id)
        if tiltak.oppmerksomhet_id != oppmerksomhet_id:
            raise InvalidInput("Tiltaket hører til en annen oppmerksomhet enn diagrammet.")
        if tiltak.faktor_id != faktor_id:
            changes.merge(link_tiltak(ctx, tiltak_id, faktor_id))
    return changes


def record_export(ctx: Context, oppmerksomhet_id: uuid.UUID, filformat: str) -> None:
    """An exported diagram (PNG, SVG, print) leaves the workspace: it goes to the audit trail."""
    oppmerksomhet = get(ctx, Oppmerksomhet, oppmerksomhet_id)
    logg = logg_of(ctx, oppmerksomhet)
    rel = require(ctx.session, ctx.person, Action.READ, logg)
    if not may_read_oppmerksomhet(rel, oppmerksomhet.id):
        raise PermissionDenied("Du har ikke tilgang til denne oppmerksomheten.")
    audit.record(
        ctx, audit.Action.EXPORT, logg.id, hva="faktordiagram", format=filformat, oppmerksomhet=str(oppmerksomhet.id)
    )
