"""Plain-language hints for text written in the log (Norwegian bokmål).

The guide asks for text that names who does what and when. ``check`` points out
what goes against that, with a suggestion; it never blocks. It runs as the user
types, so every rule errs on the side of saying nothing: a missed hint costs less
than a nagging false one.

Offsets are Python string indices (code points). Qt editors count UTF-16 code
units, which differ after characters outside the BMP (emoji): convert with
``utf16_offset``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

__all__ = ["KINDS", "MAX_SENTENCE_WORDS", "Hint", "check", "utf16_offset"]

KINDS = ("man", "vag_tid", "forkortelse", "passiv", "lang_setning")

# The guide says "more than 20 words", but its own model sentence ("Ella øver på å
# spise to måltider per dag selv, og foreldrene følger opp og bistår slik at hun
# klarer det.") has 21, so the limit allows one word of slack.
MAX_SENTENCE_WORDS = 21


@dataclass(frozen=True)
class Hint:
    start: int  # [start, end) into the checked text, for underlining
    end: int
    kind: str  # one of KINDS
    message: str  # what is wrong, in Norwegian
    suggestion: str  # what to write instead, in Norwegian


# --- "man" -------------------------------------------------------------------------------

_MAN = re.compile(r"(?<![\w-])man(?![\w-])", re.IGNORECASE)
# "man." before a date, time or lowercase word is the weekday, not the pronoun.
_MAN_WEEKDAY = re.compile(r"\.(?=[ \t]*(?:\d|[a-zæøå]|[-–]))")

_MAN_MESSAGE = "Unngå «man». Skriv hvem som gjør det: navn, rolle eller relasjon (mor, kontaktlærer)."
_MAN_SUGGESTION = "Bytt ut «man» med den det gjelder, for eksempel «mor», «kontaktlæreren» eller «Ella»."


def _man(text: str) -> Iterator[Hint]:
    for m in _MAN.finditer(text):
        if _MAN_WEEKDAY.match(text, m.end()):
            yield _abbreviation_hint(m.start(), m.end() + 1, text[m.start() : m.end() + 1], "mandag")
        else:
            yield Hint(m.start(), m.end(), "man", _MAN_MESSAGE, _MAN_SUGGESTION)


# --- imprecise time ----------------------------------------------------------------------

_VAGUE_TIME_PHRASES = (
    "snarest mulig",
    "snarest råd",
    "snarest",
    "så fort som mulig",
    "så snart som mulig",
    "så raskt som mulig",
    "så fort det lar seg gjøre",
    "så snart det lar seg gjøre",
    "i rimelig omfang",
    "innen rimelig tid",
    "i den grad det er mulig",
    "i den grad det lar seg gjøre",
    "så langt det er mulig",
    "så langt det lar seg gjøre",
    "etter hvert",
    "etterhvert",
    "om en stund",
    "om kort tid",
    "i nær fremtid",
    "på sikt",
    "ved anledning",
    "med jevne mellomrom",
    # Deliberately absent: "ved behov" (the guide accepts it) and "snart" (too common).
)


def _phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    # Longest first so "snarest mulig" wins over "snarest"; any whitespace between words.
    alternatives = sorted(phrases, key=len, reverse=True)
    body = "|".join(r"\s+".join(map(re.escape, p.split())) for p in alternatives)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


_VAGUE_TIME = _phrase_pattern(_VAGUE_TIME_PHRASES)
# "etter hvert som hun lærer" means "as she learns": a condition, not a vague promise of time.
_FOLLOWED_BY_SOM = re.compile(r"\s+som(?!\w)")


def _vague_time(text: str) -> Iterator[Hint]:
    for m in _VAGUE_TIME.finditer(text):
        if m.group()[:5].lower() == "etter" and _FOLLOWED_BY_SOM.match(text, m.end()):
            continue
        yield Hint(
            m.start(),
            m.end(),
            "vag_tid",
            f"«{_squash(m.group())}» sier ikke når. Skriv en konkret dag, dato eller hyppighet.",
            "For eksempel «innen fredag 14. mars», «hver mandag» eller «to ganger i uken».",
        )


# --- abbreviations -----------------------------------------------------------------------

# (regex without boundaries, expansion). Case-sensitive apart from a capital first
# letter, so initials such as "O. L. Hansen" or "mm" (millimetre) are left alone.
# The final dot is optional only where the undotted form is not itself a word.
_DOTTED = (
    (r"[fF]\.\s?eks\.?|[fF]eks\.", "for eksempel"),
    (r"[bB]l\.\s?a\.?", "blant annet"),
    (r"[cC]a\.?", "cirka eller omtrent"),
    (r"[eE]vt\.?", "eventuelt"),
    (r"[iI]ht\.?", "i henhold til"),
    (r"[mM]ht\.?", "med hensyn til"),
    (r"[pP]ga\.?", "på grunn av"),
    (r"[oO]sv\.?", "og så videre"),
    (r"[dD]vs\.?", "det vil si"),
    (r"[iI]fm\.?", "i forbindelse med"),
    (r"[iI]ft\.?", "i forhold til"),
    (r"[vV]ha\.?", "ved hjelp av"),
    (r"[oO]\.l\.?", "og lignende"),
    (r"[mM]\.m\.", "med mer"),
    (r"[mM]v\.", "med videre"),
    (r"[fF]\.o\.m\.?", "fra og med"),
    (r"[tT]\.o\.m\.?", "til og med"),
)
_DOTTED_PATTERNS = tuple((re.compile(rf"(?<![\w.]){rx}(?!\w)"), exp) for rx, exp in _DOTTED)

# Known all-caps abbreviations in this field and what to write instead.
_ACRONYMS = {
    "PPT": "pedagogisk-psykologisk tjeneste",
    "PP": "pedagogisk-psykologisk tjeneste",
    "BUP": "barne- og ungdomspsykiatrisk poliklinikk",
    "SFO": "skolefritidsordning",
    "AKS": "aktivitetsskolen",
    "NAV": "Arbeids- og velferdsetaten",
    "BTI": "bedre tverrfaglig innsats",
    "IOP": "individuell opplæringsplan",
    "IP": "individuell plan",
    "FAU": "foreldrenes arbeidsutvalg",
    "DPS": "distriktspsykiatrisk senter",
    "ASK": "alternativ og supplerende kommunikasjon",
    "BVT": "barnevernstjenesten",
}
# Capitals that are ordinary words in Norwegian text, or better known than their expansion.
_ACRONYM_ALLOWED = frozenset({"OK", "TV", "PC", "SMS", "ID", "PDF", "USB", "GPS", "DNA", "ADHD", "AS", "ASA"})
# Ordinary words written in capitals for emphasis ("Mor vil IKKE ...") are not abbreviations.
# fmt: off
_EMPHASIS_WORDS = frozenset({
    "IKKE", "JA", "NEI", "ALDRI", "ALLTID", "ALLE", "ALT", "INGEN", "BARE", "KUN", "HELT", "MYE",
    "MÅ", "SKAL", "KAN", "VIL", "BØR", "JEG", "DU", "HUN", "HAN", "VI", "DE", "DEG", "MEG", "SEG",
    "HENNE", "HAM", "ER", "VAR", "OG", "PÅ", "TIL", "MED", "FOR", "SOM", "DET", "DEN", "EN", "ET",
    "EI", "NÅ", "HER", "DER", "OM", "AV", "ETTER", "FØR", "IKKJE",
})
# fmt: on
_ROMAN = re.compile(r"M{0,4}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
# 2–5 capitals, optionally with a genitive "s" ("PPTs"); a hyphen may follow ("BUP-utredning").
_CAPS_WORD = re.compile(r"(?<![\w.])([A-ZÆØÅ]{2,5})(?:s|['’]s)?(?!\w)")
_SHOUTED_NEIGHBOUR_BEFORE = re.compile(r"(?<!\w)[^\W\d_]{2,}[ \t]+$")
_SHOUTED_NEIGHBOUR_AFTER = re.compile(r"[ \t]+([^\W\d_]{2,})(?!\w)")


def _is_shouted(word: str) -> bool:
    return word.isupper() and word.isalpha()


def _in_shouted_run(text: str, start: int, end: int) -> bool:
    """True if an all-caps neighbour makes this look like shouting, not an abbreviation."""
    before = _SHOUTED_NEIGHBOUR_BEFORE.search(text, max(0, start - 40), start)
    if before and _is_shouted(before.group().strip()):
        return True
    after = _SHOUTED_NEIGHBOUR_AFTER.match(text, end)
    return bool(after and _is_shouted(after.group(1)))


def _abbreviation_hint(start: int, end: int, short: str, expansion: str | None) -> Hint:
    suggestion = (
        f"Skriv «{expansion}» i stedet for «{short}»."
        if expansion
        else f"Skriv hele ordet eller navnet i stedet for «{short}»."
    )
    return Hint(start, end, "forkortelse", "Unngå forkortelser. Skriv ordet helt ut.", suggestion)


def _abbreviations(text: str, taken: list[Hint]) -> list[Hint]:
    """Dotted and all-caps abbreviations; ``taken`` (the "man" hints) are not flagged again."""
    hints = [
        _abbreviation_hint(m.start(), m.end(), m.group(), expansion)
        for pattern, expansion in _DOTTED_PATTERNS
        for m in pattern.finditer(text)
    ]
    # Character positions already flagged ("MAN", "PGA." is dotted): spans are short, so
    # a set keeps this linear even for long texts.
    covered = {i for h in [*taken, *hints] for i in range(h.start, h.end)}
    for m in _CAPS_WORD.finditer(text):
        start, end = m.span(1)
        word = m.group(1)
        if word in _ACRONYM_ALLOWED or word in _EMPHASIS_WORDS or _ROMAN.fullmatch(word):
            continue
        if not covered.isdisjoint(range(start, end)):
            continue
        known = _ACRONYMS.get(word)
        if known is None and _in_shouted_run(text, start, end):
            continue
        hints.append(_abbreviation_hint(start, end, word, known))
    return hints


# --- passive (s-passive) -------------------------------------------------------------------

# Common s-passives in case notes and the active form for the suggestion. A fixed list
# rather than "any word in -es": "hennes", "barnets", "Agnes" and deponent verbs
# ("synes", "trives", "møtes") are not passives that hide who acts.
_PASSIVES = {
    "ringes": "ringer",
    "undersøkes": "undersøker",
    "vurderes": "vurderer",
    "følges": "følger",
    "gjennomføres": "gjennomfører",
    "avtales": "avtaler",
    "tas": "tar",
    "sendes": "sender",
    "kartlegges": "kartlegger",
    "evalueres": "evaluerer",
    "gjøres": "gjør",
    "gis": "gir",
    "meldes": "melder",
    "henvises": "henviser",
    "drøftes": "drøfter",
    "avklares": "avklarer",
    "utredes": "utreder",
    "iverksettes": "iverksetter",
    "tilrettelegges": "tilrettelegger",
    "innkalles": "innkaller",
    "kontaktes": "kontakter",
    "informeres": "informerer",
    "observeres": "observerer",
    "planlegges": "planlegger",
    "innhentes": "innhenter",
    "dokumenteres": "dokumenterer",
    "prioriteres": "prioriterer",
    "behandles": "behandler",
    "besluttes": "beslutter",
    "vedtas": "vedtar",
    "avgjøres": "avgjør",
    "diskuteres": "diskuterer",
    "formidles": "formidler",
    "gjennomgås": "gjennomgår",
    "sjekkes": "sjekker",
    "settes": "setter",
    "legges": "legger",
    "tilbys": "tilbyr",
    "etableres": "etablerer",
}
_PARTICLE = r"(?:\s+(?:opp|inn|ut|frem|fram))?"
_PASSIVE_LISTED = re.compile(
    rf"(?<![\w-])(?:{'|'.join(sorted(_PASSIVES, key=len, reverse=True))}){_PARTICLE}(?![\w-])",
    re.IGNORECASE,
)
# "det <verb>es" ("det ringes", "det søkes"): lowercase only, so names ("det Agnes sa") pass.
_PASSIVE_AFTER_DET = re.compile(rf"(?<!\w)[Dd]et\s+([a-zæøå]{{3,}}es){_PARTICLE}(?![\w-])")
# -es words after "det" that are not agent-hiding passives: possessives/genitives and
# deponent or reciprocal verbs (present and past).
# fmt: off
_NOT_PASSIVE = frozenset({
    "hennes", "deres", "andres", "alles", "synes", "syntes", "finnes", "fantes", "trives", "lykkes",
    "minnes", "mintes", "skyldes", "skyldtes", "føles", "føltes", "kjennes", "kjentes", "møtes",
    "møttes", "snakkes", "høres", "hørtes", "merkes", "undres", "virkes",
})
# fmt: on


def _squash(s: str) -> str:
    """Collapse whitespace (a phrase may span a line break) for quoting in a message."""
    return " ".join(s.split())


def _active(passive: str) -> str:
    word = passive.lower()
    return _PASSIVES.get(word, word[:-2] + "er")


def _passive_hint(start: int, end: int, matched: str, verb: str) -> Hint:
    active = _squash(matched.lower().replace(verb.lower(), _active(verb), 1))
    return Hint(
        start,
        end,
        "passiv",
        f"Passiv form («{_squash(matched)}») skjuler hvem som gjør det. Skriv hvem som gjør det.",
        f"Skriv for eksempel «kontaktlæreren {active} …» i stedet for «… {_squash(matched)}».",
    )


def _passives(text: str) -> Iterator[Hint]:
    for m in _PASSIVE_LISTED.finditer(text):
        verb = m.group().split()[0]
        yield _passive_hint(m.start(), m.end(), m.group(), verb)
    for m in _PASSIVE_AFTER_DET.finditer(text):
        verb = m.group(1)
        if verb in _NOT_PASSIVE or verb in _PASSIVES:
            continue  # the listed ones are already reported above
        start = m.start(1)
        yield _passive_hint(start, m.end(), text[start : m.end()], verb)


# --- long sentences ------------------------------------------------------------------------

# A sentence ends at . ! ? … (plus closing quotes) before whitespace or the end, or at a
# line break (lists and notes often have no full stops). Abbreviations such as "kl. 8"
# split too early, which only makes sentences look shorter: the safe direction.
_SENTENCE_END = re.compile(r"[.!?…]+[\"'»”’)]*(?=\s|$)|\n")
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")


def _long_sentences(text: str) -> Iterator[Hint]:
    boundaries = [m.end() for m in _SENTENCE_END.finditer(text)]
    start = 0
    for end in [*boundaries, len(text)]:
        words = list(_WORD.finditer(text, start, end))
        if len(words) > MAX_SENTENCE_WORDS:
            span_end = end
            while span_end > words[-1].end() and text[span_end - 1].isspace():
                span_end -= 1
            yield Hint(
                words[0].start(),
                span_end,
                "lang_setning",
                f"Setningen har {len(words)} ord. Lange setninger er tunge å lese.",
                "Del den opp i flere setninger, med én opplysning i hver.",
            )
        start = end


# --- entry points --------------------------------------------------------------------------


def check(text: str) -> list[Hint]:
    """All hints for ``text``, sorted by start (then end and kind)."""
    hints = list(_man(text))
    hints += _abbreviations(text, hints)
    hints += _vague_time(text)
    hints += _passives(text)
    hints += _long_sentences(text)
    return sorted(set(hints), key=lambda h: (h.start, h.end, h.kind, h.message))


def utf16_offset(text: str, index: int) -> int:
    """Convert a ``Hint`` offset (code points) to UTF-16 code units, as Qt counts them."""
    return index + sum(1 for c in text[:index] if ord(c) > 0xFFFF)
