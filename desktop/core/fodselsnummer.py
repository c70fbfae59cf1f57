"""Norwegian fødselsnummer: validation, birth date, age and synthetic test numbers.

Accepted: ordinary numbers, D-numbers (day + 40), H-numbers (month + 40, also used
by NAV's synthetic numbers) and Skatteetaten's Tenor synthetic numbers (month + 80).
All test data in this project is synthetic, so Tenor numbers must pass validation.

The mod-11 check digits come from python-stdnum. Its ``get_birth_date`` rejects
month + 80, so the birth date (and the century rule) is computed here; the tests
cross-check it against stdnum for ordinary numbers.
"""

from __future__ import annotations

import random
import re
from datetime import date

from stdnum.no import fodselsnummer as _stdnum_fnr

from desktop.core.errors import InvalidInput

__all__ = ["age_on", "birth_date", "is_synthetic", "make_synthetic", "validate"]

# Separators people type or paste: spaces (incl. no-break), dots, hyphens and dashes.
_SEPARATORS = re.compile(r"[\s.\-‐‑–—]")
_ASCII_DIGITS = frozenset("0123456789")

_D_NUMBER_DAY_OFFSET = 40
_H_NUMBER_MONTH_OFFSET = 40
_SYNTHETIC_MONTH_OFFSET = 80  # Tenor (Skatteetaten's test population)

# Individual numbers per century for the years make_synthetic supports.
_INDIVIDUAL_RANGES = {1900: (0, 499), 2000: (500, 999)}


def _check_digits(first_nine: str) -> str | None:
    """The two check digits for nine digits, or None if either would be 10 (unusable)."""
    k1 = str(_stdnum_fnr.calc_check_digit1(first_nine))
    if len(k1) != 1:
        return None
    k2 = str(_stdnum_fnr.calc_check_digit2(first_nine + k1))
    if len(k2) != 1:
        return None
    return k1 + k2


def _century(individual: int, yy: int) -> int | None:
    """The birth century from the individual number (Skatteetaten's rule), or None."""
    if individual < 500:
        return 1900
    if individual < 750 and yy >= 54:
        return 1800
    if yy < 40:
        return 2000
    if individual >= 900:
        return 1900
    return None  # e.g. 750–899 with a year of 40–99: no such numbers are issued


def _fmt(d: date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year:04d}"


def _parse(number: str) -> tuple[str, date]:
    """Compact and check everything except "not born yet"; return (compact, birth date)."""
    compact = _SEPARATORS.sub("", number)
    if not compact:
        raise InvalidInput("Fødselsnummeret mangler. Skriv inn 11 siffer.")
    bad = next((c for c in compact if c not in _ASCII_DIGITS), None)
    if bad is not None:
        raise InvalidInput(f"Fødselsnummeret kan bare inneholde siffer, men inneholder «{bad}».")
    if len(compact) != 11:
        raise InvalidInput(f"Fødselsnummeret må ha 11 siffer. Du skrev {len(compact)}.")
    if _check_digits(compact[:9]) != compact[9:]:
        raise InvalidInput("Kontrollsifrene stemmer ikke. Sjekk at fødselsnummeret er skrevet riktig.")

    day, month, yy = int(compact[0:2]), int(compact[2:4]), int(compact[4:6])
    individual = int(compact[6:9])
    if day >= 80:
        # FH-numbers (first digit 8 or 9) deliberately carry no birth date.
        raise InvalidInput("Dette er et FH-nummer (hjelpenummer) uten fødselsdato. Bruk fødselsnummer eller D-nummer.")
    if day > _D_NUMBER_DAY_OFFSET:
        day -= _D_NUMBER_DAY_OFFSET
    if month > _SYNTHETIC_MONTH_OFFSET:
        month -= _SYNTHETIC_MONTH_OFFSET
    elif month > _H_NUMBER_MONTH_OFFSET:
        month -= _H_NUMBER_MONTH_OFFSET
    century = _century(individual, yy)
    try:
        # With an unknown century, try 2000 so that an impossible day or month is
        # reported as such before the century (only 29 February depends on it).
        born = date((century if century is not None else 2000) + yy, month, day)
    except ValueError:
        raise InvalidInput(
            f"De seks første sifrene («{compact[:6]}») er ikke en gyldig fødselsdato (ddmmåå)."
        ) from None
    if century is None:
        raise InvalidInput(
            f"Individnummeret («{compact[6:9]}») passer ikke med fødselsåret («{compact[4:6]}»). "
            "Sjekk at fødselsnummeret er skrevet riktig."
        )
    return compact, born


def validate(number: str, *, today: date | None = None) -> str:
    """Return the 11-digit compact form, or raise InvalidInput saying what is wrong.

    Spaces, dots and dashes are ignored. ``today`` (default: the real date) is the
    reference for refusing a birth date in the future.
    """
    compact, born = _parse(number)
    reference = today if today is not None else date.today()
    if born > reference:
        raise InvalidInput(f"Fødselsdatoen i fødselsnummeret ({_fmt(born)}) er etter dagens dato.")
    return compact


def birth_date(number: str, *, today: date | None = None) -> date:
    """The birth date of a valid number (D-, H- and synthetic numbers normalised)."""
    validate(number, today=today)
    return _parse(number)[1]


def is_synthetic(number: str, *, today: date | None = None) -> bool:
    """True for a Tenor synthetic test number (month + 80). Raises InvalidInput if invalid."""
    compact = validate(number, today=today)
    return int(compact[2:4]) > _SYNTHETIC_MONTH_OFFSET


def age_on(number_or_birthdate: str | date, on: date) -> int:
    """Age in whole years on ``on``.

    Someone born 29 February turns a year older on 1 March in non-leap years.
    """
    born = (
        number_or_birthdate
        if isinstance(number_or_birthdate, date)
        else birth_date(number_or_birthdate, today=max(on, date.today()))
    )
    if on < born:
        raise InvalidInput(f"Datoen {_fmt(on)} er før fødselsdatoen {_fmt(born)}.")
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def make_synthetic(birth: date, rng: random.Random, *, female: bool | None = None) -> str:
    """A valid Tenor synthetic number (month + 80) for ``birth`` (years 1900–2039).

    The individual number lies in the range for the century, its last digit is odd
    for male and even for female (random if ``female`` is None), and candidates whose
    check digit would be 10 are skipped.
    """
    century = 1900 if 1900 <= birth.year <= 1999 else 2000 if 2000 <= birth.year <= 2039 else None
    if century is None:
        raise InvalidInput("Syntetiske fødselsnumre kan bare lages for fødselsår 1900–2039.")
    if female is None:
        female = rng.random() < 0.5
    low, high = _INDIVIDUAL_RANGES[century]
    parity = 0 if female else 1
    candidates = [i for i in range(low, high + 1) if i % 2 == parity]
    # Shuffling all candidates (rather than drawing until one fits) guarantees termination.
    rng.shuffle(candidates)
    prefix = f"{birth.day:02d}{birth.month + _SYNTHETIC_MONTH_OFFSET:02d}{birth.year % 100:02d}"
    for individual in candidates:
        first_nine = f"{prefix}{individual:03d}"
        checks = _check_digits(first_nine)
        if checks is not None:
            return first_nine + checks
    raise InvalidInput(f"Fant ikke noe gyldig syntetisk fødselsnummer for {_fmt(birth)}.")  # pragma: no cover
