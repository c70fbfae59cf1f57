"""«Å utvikle gode tiltak»: maintaining factors around one concern, linked to tiltak."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from desktop.core.context import Changes, Context
from desktop.core.entities import (
    Faktor,
    FaktorKobling,
    FaktorOmrade,
    FaktorSted,
    Oppmerksomhet,
    Stafettlogg,
    Tiltak,
)
from desktop.core.errors import InvalidInput, RuleViolation
from desktop.core.permissions import Action, require
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
    require(ctx.session, ctx.person, Action.EDIT_DIAGRAM, logg)
    return oppmerksomhet, logg


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
        id=faktor_id or uuid.uuid4(),
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
        id=kobling_id or uuid.uuid4(), oppmerksomhet_id=oppmerksomhet.id, fra_id=fra_id, til_id=til_id
    )
    oppmerksomhet.koblinger.append(kobling)
    ctx.session.flush()
    changes = Changes(created=kobling.id)
    changes.touch(kobling, logg.id)
    return changes


def delete_kobling(ctx: Context, kobling_id: uuid.UUID) -> Changes:
    kobling = get(ctx, FaktorKobling, kobling_id)
    oppmerksomhet, logg = _editable(ctx, kobling.oppmerksomhet_id)
    oppmerksomhet.koblinger.remove(kobling)
    ctx.session.flush()
    changes = Changes()
    changes.touch(kobling, logg.id)
    return changes


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
