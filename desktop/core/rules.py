"""The guide's rules that are not about who acts: consent, the 8-hour window, coverage.

Pure functions over entities, so views can show the same facts the use cases enforce
(time left to correct a tiltak, a missing home tiltak) without asking twice.
"""

from __future__ import annotations

import datetime as dt
import enum

from desktop.core.entities import Arena, Barn, Oppmerksomhet, Samtykke, Tiltak, TiltakStatus

CORRECTION_WINDOW = dt.timedelta(hours=8)
YOUTH_CONSENT_AGE = 15
# The guide says a child's own tiltak is "adapted to age"; from school start we expect one.
CHILD_TILTAK_AGE = 6


class Scope(enum.Enum):
    OPPRETTE = "opprettelse av stafettlogg"
    UTVEKSLE = "utveksling av personopplysninger på tvers av tjenester"
    ANNEN_ENHET = "overføring til annen enhet"
    ANNEN_KOMMUNE = "overføring til annen kommune"
    LESETILGANG = "lesetilgang"


def age_on(born: dt.date, day: dt.date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def consent_problem(
    samtykke: Samtykke, barn: Barn, scopes: set[Scope], today: dt.date, *, lesetilgang_for: str | None = None
) -> str | None:
    """None if the consent covers ``scopes`` today, else why not (Norwegian)."""
    if samtykke.barn_id != barn.id:
        return "Samtykket gjelder et annet barn."
    if samtykke.trukket_at is not None:
        return "Samtykket er trukket tilbake."
    if samtykke.signert_dato > today:
        return "Samtykket har en signaturdato fram i tid."
    if samtykke.utloper is not None and samtykke.utloper < today:
        return f"Samtykket gikk ut {samtykke.utloper:%d.%m.%Y}."
    flags = {
        Scope.OPPRETTE: samtykke.opprette_logg,
        Scope.UTVEKSLE: samtykke.utveksle_opplysninger,
        Scope.ANNEN_ENHET: samtykke.overfore_enhet,
        Scope.ANNEN_KOMMUNE: samtykke.overfore_kommune,
        Scope.LESETILGANG: lesetilgang_for is not None and lesetilgang_for in samtykke.lesetilgang_for,
    }
    missing = [s.value for s in sorted(scopes, key=lambda s: list(Scope).index(s)) if not flags[s]]
    if missing:
        return "Samtykket dekker ikke " + " eller ".join(missing) + "."
    return givers_problem(samtykke, barn)


def givers_problem(samtykke: Samtykke, barn: Barn) -> str | None:
    """Everyone with foreldreansvar must consent — or the youth alone, from 15."""
    if samtykke.gitt_av_barnet and age_on(barn.fodselsdato, samtykke.signert_dato) >= YOUTH_CONSENT_AGE:
        return None
    if samtykke.gitt_av_barnet and not samtykke.gitt_av_foresatte:
        return f"Barnet kan samtykke alene først fra fylte {YOUTH_CONSENT_AGE} år."
    with_responsibility = [f for f in barn.foresatte if f.foreldreansvar]
    if not with_responsibility:
        return "Barnet har ingen registrerte foresatte med foreldreansvar som kan samtykke."
    missing = [f.navn for f in with_responsibility if str(f.id) not in samtykke.gitt_av_foresatte]
    if missing:
        return "Samtykke mangler fra " + " og ".join(missing) + ". Alle med foreldreansvar må samtykke."
    return None


def correction_time_left(tiltak: Tiltak, now: dt.datetime) -> dt.timedelta:
    """How long the tiltak's text may still be corrected (zero when frozen)."""
    left = tiltak.created_at + CORRECTION_WINDOW - now
    return max(left, dt.timedelta(0))


def is_open(tiltak: Tiltak) -> bool:
    return tiltak.status in (TiltakStatus.AKTIV, TiltakStatus.PLANLAGT)


def actor_key(tiltak: Tiltak) -> tuple[Arena, object]:
    """Whose tiltak this is: one employee, the home, or the child."""
    return (tiltak.arena, tiltak.ansvarlig_id if tiltak.arena is Arena.TJENESTE else None)


def coverage_warnings(oppmerksomhet: Oppmerksomhet, barn: Barn, today: dt.date) -> list[str]:
    """The guide: a home tiltak matching the service's, and (by age) one for the child."""
    live = [t for t in oppmerksomhet.tiltak if is_open(t)]
    arenas = {t.arena for t in live}
    warnings = []
    if Arena.TJENESTE in arenas and Arena.HJEM not in arenas:
        warnings.append(
            f"«{oppmerksomhet.tekst}» mangler et tiltak i hjemmet. Det skal alltid være et tiltak "
            "som hjemmet har ansvar for, tilsvarende det i tjenesten."
        )
    if live and Arena.BARN not in arenas and age_on(barn.fodselsdato, today) >= CHILD_TILTAK_AGE:
        warnings.append(f"«{oppmerksomhet.tekst}» mangler et tiltak der barnet selv har ansvar.")
    return warnings
