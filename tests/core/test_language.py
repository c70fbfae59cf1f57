"""Plain-language hints: each rule, its span and message, and no false alarms on good text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.language import KINDS, MAX_SENTENCE_WORDS, Hint, check, utf16_offset

GOOD_EXAMPLES = [
    "Ella øver på å spise to måltider per dag selv, og foreldrene følger opp og bistår slik at hun klarer det.",
    "Ella gjennomgår ukeplanen sammen med lærer hver mandag i første økt.",
]


def spans(text: str, kind: str | None = None) -> list[str]:
    return [text[h.start : h.end] for h in check(text) if kind is None or h.kind == kind]


def only(text: str, kind: str) -> Hint:
    hints = [h for h in check(text) if h.kind == kind]
    assert len(hints) == 1, hints
    return hints[0]


# --- good text --------------------------------------------------------------------------------


@pytest.mark.parametrize("text", GOOD_EXAMPLES)
def test_guide_examples_have_no_hints(text: str) -> None:
    assert check(text) == []


def test_guide_example_has_21_words_and_passes() -> None:
    assert len(GOOD_EXAMPLES[0].rstrip(".").replace(",", "").split()) == 21 == MAX_SENTENCE_WORDS


@pytest.mark.parametrize("text", ["", " ", "\n\n", "."])
def test_empty_text(text: str) -> None:
    assert check(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ella har time på mandag.",
        "Hennes lillebror går i barnehagen.",
        "Barnets behov står i planen.",
        "Ella spiser frokost hjemme.",
        "Agnes er Ellas tante.",
        "Det Agnes sa, står i referatet.",
        "Ella mates ikke lenger.",
        "Det synes Ella er vanskelig.",
        "Det finnes en plan for uken.",
        "Vi møtes hos helsesøster.",
        "Hun har Manchester United-drakt og en manneteng.",
        "Ella blir tryggere etter hvert som hun kjenner de voksne.",
        "Mandag møtes mor, kontaktlærer og helsesykepleier på skolen kl. 14.",
        "Ella følger opp leksene selv.",
        "Ella trenger hjelp ved behov.",
        "Kapittel IV i planen gjelder skolen.",
        "Mor sa OK til TV-tid og at Ella har ADHD.",
        "Mor vil IKKE at Ella skal gå alene.",
        "MOR VIL IKKE AT HUN SKAL GÅ ALENE",
        "Ella måler 3 mm på røntgen.",
        "Ella snart ferdig.",
    ],
)
def test_no_false_alarms(text: str) -> None:
    assert check(text) == [], [(h.kind, text[h.start : h.end]) for h in check(text)]


# --- "man" --------------------------------------------------------------------------------------


def test_man_flagged_with_span_and_message() -> None:
    text = "Hjemme må man øve hver dag."
    hint = only(text, "man")
    assert (hint.start, hint.end) == (text.index("man"), text.index("man") + 3)
    assert hint.message == ("Unngå «man». Skriv hvem som gjør det: navn, rolle eller relasjon (mor, kontaktlærer).")
    assert "mor" in hint.suggestion


@pytest.mark.parametrize("text", ["Man må ringe.", "Det vet MAN ikke.", "Vet man det?", "(man)"])
def test_man_case_insensitive_whole_word(text: str) -> None:
    assert [s.lower() for s in spans(text, "man")] == ["man"]


def test_man_not_flagged_inside_words() -> None:
    for text in ["mandag", "manne", "Manuel", "romanen", "mannen", "menn", "tidsmangel", "Mandag"]:
        assert check(text) == []


def test_weekday_abbreviation_man_is_an_abbreviation_not_the_pronoun() -> None:
    text = "Møte man. 14. mars."
    hint = only(text, "forkortelse")
    assert text[hint.start : hint.end] == "man."
    assert "mandag" in hint.suggestion
    assert spans(text, "man") == []


# --- imprecise time --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "snarest",
        "snarest mulig",
        "i rimelig omfang",
        "i den grad det er mulig",
        "etter hvert",
        "så fort som mulig",
        "om en stund",
        "Snarest",
    ],
)
def test_vague_time(phrase: str) -> None:
    text = f"Mor ringer skolen {phrase} om timen."
    hint = only(text, "vag_tid")
    assert text[hint.start : hint.end] == phrase
    assert "konkret dag" in hint.message
    assert "hver mandag" in hint.suggestion


def test_vague_time_across_line_break() -> None:
    text = "Ella blir tryggere etter\nhvert."
    hint = only(text, "vag_tid")
    assert text[hint.start : hint.end] == "etter\nhvert"
    assert "«etter hvert»" in hint.message


def test_ved_behov_is_fine() -> None:
    assert check("Mor ringer ved behov.") == []


# --- abbreviations --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("abbr", "expansion"),
    [
        ("f.eks.", "for eksempel"),
        ("bl.a.", "blant annet"),
        ("ca.", "cirka"),
        ("evt.", "eventuelt"),
        ("iht.", "i henhold til"),
        ("mht.", "med hensyn til"),
        ("pga.", "på grunn av"),
        ("osv.", "og så videre"),
        ("dvs.", "det vil si"),
        ("ifm.", "i forbindelse med"),
        ("o.l.", "og lignende"),
        ("F.eks.", "for eksempel"),
        ("pga", "på grunn av"),
        ("PPT", "pedagogisk-psykologisk tjeneste"),
        ("BUP", "barne- og ungdomspsykiatrisk poliklinikk"),
        ("SFO", "skolefritidsordning"),
        ("NAV", "Arbeids- og velferdsetaten"),
        ("BTI", "bedre tverrfaglig innsats"),
    ],
)
def test_known_abbreviation(abbr: str, expansion: str) -> None:
    text = f"Mor snakker {abbr} med Ella hjemme."
    hint = only(text, "forkortelse")
    assert text[hint.start : hint.end] == abbr
    assert hint.message == "Unngå forkortelser. Skriv ordet helt ut."
    assert f"«{expansion}" in hint.suggestion


def test_unknown_all_caps_abbreviation() -> None:
    text = "Ella har time hos HFK på fredag."
    hint = only(text, "forkortelse")
    assert text[hint.start : hint.end] == "HFK"
    assert "hele ordet" in hint.suggestion


def test_abbreviation_in_compound_and_genitive() -> None:
    assert spans("BUP-utredningen er ferdig.") == ["BUP"]
    assert spans("PPTs rapport kom i går.") == ["PPT"]


def test_abbreviation_at_sentence_end_includes_the_dot() -> None:
    text = "Ella liker tegning, maling osv."
    assert spans(text) == ["osv."]


def test_capitals_too_long_or_single_are_not_abbreviations() -> None:
    assert check("Ella skrev VELKOMMEN på tavla.") == []
    assert check("Plan A gjelder.") == []


# --- passive -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "active"),
    [
        ("Det ringes til mor.", "ringes", "ringer"),
        ("Saken undersøkes nå.", "undersøkes", "undersøker"),
        ("Tiltaket vurderes igjen.", "vurderes", "vurderer"),
        ("Ella følges opp hjemme.", "følges opp", "følger opp"),
        ("Planen gjennomføres i mai.", "gjennomføres", "gjennomfører"),
        ("Neste møte avtales senere.", "avtales", "avtaler"),
        ("Saken tas opp på møtet.", "tas opp", "tar opp"),
        ("Referatet sendes til mor.", "sendes", "sender"),
        ("Behovene kartlegges først.", "kartlegges", "kartlegger"),
        ("Tiltaket evalueres i juni.", "evalueres", "evaluerer"),
        ("Vurderes på nytt.", "Vurderes", "vurderer"),
        ("Det søkes om plass.", "søkes", "søker"),
    ],
)
def test_passive(text: str, span: str, active: str) -> None:
    hint = only(text, "passiv")
    assert text[hint.start : hint.end] == span
    assert "skjuler hvem som gjør det" in hint.message
    assert f"«kontaktlæreren {active} …»" in hint.suggestion


def test_det_pattern_needs_det() -> None:
    assert check("Ella søkes ikke.") == []  # unlisted -es verb without "det": not guessed at


# --- long sentences ------------------------------------------------------------------------


def test_long_sentence_span_and_message() -> None:
    long = " ".join(["ord"] * (MAX_SENTENCE_WORDS + 1)) + "."
    text = f"Kort setning. {long} Enda en kort."
    hint = only(text, "lang_setning")
    assert text[hint.start : hint.end] == long
    assert hint.message == f"Setningen har {MAX_SENTENCE_WORDS + 1} ord. Lange setninger er tunge å lese."
    assert "Del den opp" in hint.suggestion


def test_sentence_at_limit_is_fine() -> None:
    assert check(" ".join(["ord"] * MAX_SENTENCE_WORDS) + ".") == []


def test_line_breaks_end_sentences() -> None:
    lines = "\n".join(" ".join(["ord"] * 10) for _ in range(5))
    assert check(lines) == []


def test_long_sentence_without_full_stop_trims_trailing_space() -> None:
    text = " ".join(["ord"] * 30) + "   "
    hint = only(text, "lang_setning")
    assert (hint.start, hint.end) == (0, len(text.rstrip()))


# --- combined -------------------------------------------------------------------------------


def test_hints_are_sorted_and_combined() -> None:
    text = "Man ringer PPT snarest, og saken vurderes."
    hints = check(text)
    assert [h.kind for h in hints] == ["man", "forkortelse", "vag_tid", "passiv"]
    assert [h.start for h in hints] == sorted(h.start for h in hints)


def test_utf16_offset() -> None:
    text = "😀 man"
    (hint,) = check(text)
    assert (hint.start, utf16_offset(text, hint.start)) == (2, 3)
    assert utf16_offset("abc", 2) == 2


WORDS = st.sampled_from(
    [
        "man", "Man", "man.", "mandag", "PPT", "BUP", "f.eks.", "pga", "osv.", "snarest", "etter",
        "hvert", "det", "Det", "ringes", "følges", "opp", "hennes", "IKKE", "XYZ", "Ella", "😀",
        "ÅØÆ", "İ", "ß", ".", ",", "!", "\n", "  ", "-", "–", "«", "»", "14.", "kl.", "ord",
    ]
)  # fmt: skip


@given(st.one_of(st.text(), st.lists(st.one_of(WORDS, st.text(max_size=3)), max_size=60).map(" ".join)))
@settings(max_examples=400, database=None)
def test_check_never_raises_and_spans_are_in_the_text(text: str) -> None:
    hints = check(text)
    assert [(h.start, h.end) for h in hints] == sorted((h.start, h.end) for h in hints)
    for h in hints:
        assert 0 <= h.start < h.end <= len(text)
        assert h.kind in KINDS
        assert h.message and h.suggestion
        assert text[h.start : h.end].strip() == text[h.start : h.end]
