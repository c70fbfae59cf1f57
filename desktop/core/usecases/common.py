"""Small helpers the use cases share: lookups with Norwegian not-found messages, text checks."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import TypeVar

from desktop.core.context import Context
from desktop.core.entities import Ansatt, Base, Oppmerksomhet, Stafettlogg, Tiltak
from desktop.core.errors import InvalidInput, NotFound, PermissionDenied

E = TypeVar("E", bound=Base)

_NOUN: dict[str, str] = {
    "kommune": "Kommunen",
    "tjeneste": "Tjenesten",
    "enhet": "Enheten",
    "ansatt": "Den ansatte",
    "barn": "Barnet",
    "foresatt": "Den foresatte",
    "stafettlogg": "Loggen",
    "samtykke": "Samtykket",
    "oppmerksomhet": "Oppmerksomheten",
    "mal": "Målet",
    "tiltak": "Tiltaket",
    "evaluering": "Evalueringen",
    "lysglimt": "Lysglimtet",
    "notat": "Notatet",
    "vedlegg": "Vedlegget",
    "mote": "Møtet",
    "lesetilgang": "Lesetilgangen",
    "overforing": "Overføringen",
    "faktor": "Faktoren",
    "faktor_kobling": "Koblingen",
}


def get(ctx: Context, entity: type[E], id_: uuid.UUID) -> E:
    obj = ctx.session.get(entity, id_)
    if obj is None:
        noun = _NOUN.get(str(getattr(entity, "__tablename__", "")), "Posten")
        raise NotFound(f"{noun} finnes ikke (lenger).")
    return obj


def text(value: str | None, label: str, *, max_length: int = 4000, required: bool = True) -> str:
    """A trimmed text; empty only where allowed. ``label`` names the field for the message."""
    value = (value or "").strip()
    if "\x00" in value:  # PostgreSQL refuses it; it is never typed on purpose
        raise InvalidInput(f"{label} inneholder et ugyldig tegn.")
    if required and not value:
        raise InvalidInput(f"{label} kan ikke være tom.")
    if len(value) > max_length:
        raise InvalidInput(f"{label} er for lang ({len(value)} tegn). Maks {max_length} tegn.")
    return value


def date_order(start: dt.date | None, end: dt.date | None, start_label: str, end_label: str) -> None:
    if start is not None and end is not None and end < start:
        raise InvalidInput(f"{end_label} kan ikke være før {start_label.lower()}.")


def acting_ansatt(ctx: Context) -> Ansatt:
    if not isinstance(ctx.person, Ansatt) or ctx.person.fjernet_at is not None:
        raise PermissionDenied("Bare ansatte i kommunen kan gjøre dette.")
    return ctx.person


def logg_of(ctx: Context, obj: Oppmerksomhet | Tiltak) -> Stafettlogg:
    if isinstance(obj, Tiltak):
        obj = get(ctx, Oppmerksomhet, obj.oppmerksomhet_id)
    return get(ctx, Stafettlogg, obj.logg_id)
