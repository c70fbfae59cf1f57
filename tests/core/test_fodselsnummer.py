"""Fødselsnummer: validation messages, birth dates, ages and synthetic numbers.

Valid numbers are built in the test from a date and an individual number, with
stdnum computing the check digits, so no real person's number is written down.
"""

from __future__ import annotations

import random
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum.exceptions import InvalidComponent
from stdnum.no import fodselsnummer as stdnum_fnr

from desktop.core import fodselsnummer as fnr
from desktop.core.errors import InvalidInput

FAR_FUTURE = date(2100, 1, 1)
NO_DB = settings(database=None)  # keep Hypothesis from writing .hypothesis/ into the tree


def with_checks(first_nine: str) -> str | None:
    """Append stdnum's check digits, or None when one of them would be 10."""
    k1 = stdnum_fnr.calc_check_digit1(first_nine)
    if k1 == "10":
        return None
    k2 = stdnum_fnr.calc_check_digit2(first_nine + k1)
    if k2 == "10":
        return None
    return first_nine + k1 + k2


def build(ddmmyy: str, individual: int) -> str:
    """The first valid number with this date part at or after ``individual``."""
    for ind in range(individual, individual + 50):
        number = with_checks(f"{ddmmyy}{ind:03d}")
        if number is not None:
            return number
    raise AssertionError("no valid individual number found")  # pragma: no cover


def message_of(number: str, **kwargs: date) -> str:
    with pytest.raises(InvalidInput) as info:
        fnr.validate(number, **kwargs)
    return info.value.message


# --- valid numbers -------------------------------------------------------------------------


def test_ordinary_number_1900s() -> None:
    number = build("150386", 123)
    assert fnr.validate(number) == number
    assert fnr.birth_date(number) == date(1986, 3, 15)
    assert not fnr.is_synthetic(number)
    assert stdnum_fnr.is_valid(number)


def test_ordinary_number_2000s() -> None:
    number = build("010215", 512)
    assert fnr.birth_date(number) == date(2015, 2, 1)


def test_individual_900_999_with_year_from_40_is_1900s() -> None:
    number = build("240845", 950)
    assert fnr.birth_date(number) == date(1945, 8, 24)


def test_d_number() -> None:
    number = build("550390", 200)  # day 15 + 40
    assert fnr.validate(number) == number
    assert fnr.birth_date(number) == date(1990, 3, 15)
    assert not fnr.is_synthetic(number)


def test_tenor_synthetic_number() -> None:
    number = build("128712", 600)  # month 07 + 80
    assert fnr.validate(number) == number
    assert fnr.birth_date(number) == date(2012, 7, 12)
    assert fnr.is_synthetic(number)
    assert not stdnum_fnr.is_valid(number)  # why we compute the birth date ourselves


def test_synthetic_d_number() -> None:
    number = build("528112", 600)  # day 12 + 40, month 01 + 80
    assert fnr.birth_date(number) == date(2012, 1, 12)
    assert fnr.is_synthetic(number)


def test_h_number_month_plus_40() -> None:
    number = build("124712", 600)
    assert fnr.birth_date(number) == date(2012, 7, 12)
    assert not fnr.is_synthetic(number)


@pytest.mark.parametrize(
    "layout",
    ["{a} {b}", " {a}  {b} ", "{a}-{b}", "{a}.{b}", "{d}.{m}.{y} {b}", "{a}\u00a0{b}", "{a}–{b}"],
)
def test_formatting_is_accepted(layout: str) -> None:
    number = build("150386", 123)
    typed = layout.format(a=number[:6], b=number[6:], d=number[:2], m=number[2:4], y=number[4:6])
    assert fnr.validate(typed) == number


def test_born_today_is_valid() -> None:
    number = build("010120", 500)
    assert fnr.validate(number, today=date(2020, 1, 1)) == number


# --- errors ----------------------------------------------------------------------------------


def test_empty() -> None:
    assert message_of("") == "Fødselsnummeret mangler. Skriv inn 11 siffer."
    assert message_of("  - ") == "Fødselsnummeret mangler. Skriv inn 11 siffer."


@pytest.mark.parametrize("digits", [1, 6, 10, 12])
def test_wrong_length(digits: int) -> None:
    assert message_of("1" * digits) == f"Fødselsnummeret må ha 11 siffer. Du skrev {digits}."


def test_wrong_length_counts_without_separators() -> None:
    assert message_of("150386 1234") == "Fødselsnummeret må ha 11 siffer. Du skrev 10."


@pytest.mark.parametrize(("typed", "bad"), [("15038612A45", "A"), ("150386/12345", "/"), ("1503861234٥", "٥")])
def test_non_digits(typed: str, bad: str) -> None:
    message = message_of(typed)
    assert message == f"Fødselsnummeret kan bare inneholde siffer, men inneholder «{bad}»."


def test_checksum() -> None:
    number = build("150386", 123)
    last_wrong = number[:10] + str((int(number[10]) + 1) % 10)
    first_wrong = number[:9] + str((int(number[9]) + 1) % 10) + number[10]
    for wrong in (last_wrong, first_wrong):
        assert message_of(wrong) == ("Kontrollsifrene stemmer ikke. Sjekk at fødselsnummeret er skrevet riktig.")


def test_swapped_digits_fail_checksum() -> None:
    number = build("150386", 123)
    swapped = number[1] + number[0] + number[2:]
    assert "Kontrollsifrene stemmer ikke" in message_of(swapped)


@pytest.mark.parametrize(
    "ddmmyy", ["310486", "300286", "000186", "400186", "150086", "151386", "156086", "158086", "159386"]
)
def test_impossible_date(ddmmyy: str) -> None:
    number = build(ddmmyy, 100)
    assert message_of(number, today=FAR_FUTURE) == (
        f"De seks første sifrene («{ddmmyy}») er ikke en gyldig fødselsdato (ddmmåå)."
    )


def test_29_february_depends_on_century() -> None:
    assert fnr.birth_date(build("290200", 500)) == date(2000, 2, 29)  # 2000 is a leap year
    assert "ikke en gyldig fødselsdato" in message_of(build("290200", 100))  # 1900 is not


def test_century_cannot_be_determined() -> None:
    number = build("150345", 800)
    assert message_of(number, today=FAR_FUTURE) == (
        f"Individnummeret («{number[6:9]}») passer ikke med fødselsåret («45»). "
        "Sjekk at fødselsnummeret er skrevet riktig."
    )


def test_fh_number() -> None:
    number = build("812345", 678)
    assert "FH-nummer" in message_of(number)


def test_birth_date_in_future() -> None:
    number = build("150330", 500)
    assert message_of(number, today=date(2030, 3, 14)) == (
        "Fødselsdatoen i fødselsnummeret (15.03.2030) er etter dagens dato."
    )
    with pytest.raises(InvalidInput):
        fnr.birth_date(number, today=date(2030, 3, 14))
    assert fnr.validate(number, today=date(2030, 3, 15)) == number


def test_future_synthetic_number() -> None:
    number = build("158330", 500)  # month 03 + 80
    assert "er etter dagens dato" in message_of(number, today=date(2026, 1, 1))


def test_helpers_raise_on_invalid() -> None:
    with pytest.raises(InvalidInput):
        fnr.birth_date("12345")
    with pytest.raises(InvalidInput):
        fnr.is_synthetic("12345")
    with pytest.raises(InvalidInput):
        fnr.age_on("12345", date(2020, 1, 1))


@given(
    born=st.dates(min_value=date(1854, 1, 1), max_value=date(2039, 12, 31)),
    individual=st.integers(0, 999),
)
@NO_DB
def test_century_rule_matches_stdnum_for_ordinary_numbers(born: date, individual: int) -> None:
    number = with_checks(f"{born:%d%m%y}{individual:03d}")
    if number is None:
        with pytest.raises(InvalidInput):
            fnr.validate(f"{born:%d%m%y}{individual:03d}00", today=FAR_FUTURE)
        return
    try:
        expected = stdnum_fnr.get_birth_date(number)
    except InvalidComponent:
        with pytest.raises(InvalidInput):
            fnr.validate(number, today=FAR_FUTURE)
    else:
        assert fnr.birth_date(number, today=FAR_FUTURE) == expected


# --- age -------------------------------------------------------------------------------------


def test_age_on_birthday_boundaries() -> None:
    number = build("150386", 123)
    assert fnr.age_on(number, date(2026, 3, 14)) == 39
    assert fnr.age_on(number, date(2026, 3, 15)) == 40
    assert fnr.age_on(number, date(1986, 3, 15)) == 0
    assert fnr.age_on(date(1986, 3, 15), date(2026, 3, 15)) == 40


def test_age_on_leap_day_birth() -> None:
    born = date(2012, 2, 29)
    assert fnr.age_on(born, date(2013, 2, 28)) == 0
    assert fnr.age_on(born, date(2013, 3, 1)) == 1
    assert fnr.age_on(born, date(2016, 2, 29)) == 4


def test_age_on_before_birth() -> None:
    with pytest.raises(InvalidInput) as info:
        fnr.age_on(date(2012, 7, 12), date(2012, 7, 11))
    assert info.value.message == "Datoen 11.07.2012 er før fødselsdatoen 12.07.2012."


def test_age_on_synthetic_number() -> None:
    assert fnr.age_on(build("128712", 600), date(2026, 8, 1)) == 14


# --- synthetic numbers ----------------------------------------------------------------------


@given(
    born=st.dates(min_value=date(1950, 1, 1), max_value=date(2025, 12, 31)),
    seed=st.integers(0, 2**32),
    female=st.one_of(st.none(), st.booleans()),
)
@settings(max_examples=400, database=None)
def test_make_synthetic(born: date, seed: int, female: bool | None) -> None:
    number = fnr.make_synthetic(born, random.Random(seed), female=female)
    assert len(number) == 11 and number.isdigit()
    assert fnr.validate(number, today=date(2025, 12, 31)) == number
    assert fnr.birth_date(number, today=date(2025, 12, 31)) == born
    assert fnr.is_synthetic(number, today=date(2025, 12, 31))
    assert int(number[2:4]) == born.month + 80
    individual = int(number[6:9])
    assert (0 <= individual <= 499) if born.year < 2000 else (500 <= individual <= 999)
    if female is not None:
        assert int(number[8]) % 2 == (0 if female else 1)
    # stdnum agrees once the +80 is taken off the month.
    normalised = number[:2] + f"{born.month:02d}" + number[4:]
    assert stdnum_fnr.get_birth_date(normalised) == born
    assert stdnum_fnr.get_gender(number) == ("F" if int(number[8]) % 2 == 0 else "M")


def test_make_synthetic_is_reproducible_and_varies() -> None:
    born = date(2014, 5, 17)
    assert fnr.make_synthetic(born, random.Random(7)) == fnr.make_synthetic(born, random.Random(7))
    rng = random.Random(1)
    numbers = {fnr.make_synthetic(born, rng) for _ in range(50)}
    assert len(numbers) > 40
    genders = {int(n[8]) % 2 for n in numbers}
    assert genders == {0, 1}


@pytest.mark.parametrize("year", [1899, 2040])
def test_make_synthetic_outside_supported_years(year: int) -> None:
    with pytest.raises(InvalidInput) as info:
        fnr.make_synthetic(date(year, 1, 1), random.Random(0))
    assert info.value.message == "Syntetiske fødselsnumre kan bare lages for fødselsår 1900–2039."
