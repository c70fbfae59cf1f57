"""The consent form in bokmål, nynorsk and English, filled in or blank."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from desktop.core import audit
from desktop.core.entities import AuditEntry
from desktop.core.rules import YOUTH_CONSENT_AGE
from desktop.reports import samtykke
from desktop.reports.samtykke import SkjemaData, SkjemaForesatt

from .conftest import NOW, Kurs, pdftotext, squash, text_of

FILLED = SkjemaData(
    kommune="Øvingsvik kommune",
    barn="Åse Ødegård",
    fodselsdato=NOW.date().replace(year=2019),
    foresatte=(SkjemaForesatt("Bjørn Ødegård", "far"), SkjemaForesatt("Sølvi Ærø", "mor")),
    tjenester=("Solsikken barnehage (Barnehage)", "PPT Øvingsvik (PPT)"),
    stafettholder="Kari Nilsen, Solsikken barnehage",
)

KEY_PHRASES = {
    "nb": [
        "Samtykke til stafettlogg",
        "Foresatte (alle med foreldreansvar)",
        "Loggen er ikke en journal",
        "at det opprettes en stafettlogg for barnet",
        "kan utveksle opplysninger med hverandre",
        "overføres til en annen enhet",
        "overføres til en annen kommune",
        "lesetilgang",
        "trekke samtykket tilbake når som helst",
        f"Fra fylte {YOUTH_CONSENT_AGE} år kan ungdommen samtykke selv",
        "Hvem ser loggen?",
        "Side 1 av 2",
        "Taushetsbelagt",
    ],
    "nn": [
        "Samtykke til stafettlogg",
        "Føresette (alle med foreldreansvar)",
        "Loggen er ikkje ein journal",
        "at det blir oppretta ein stafettlogg for barnet",
        "kan utveksle opplysningar med kvarandre",
        "overførast til ei anna eining",
        "overførast til ein annan kommune",
        "Tenester som er med no",
        "trekkje tilbake samtykket når som helst",
        f"Frå fylte {YOUTH_CONSENT_AGE} år kan ungdommen samtykkje sjølv",
        "Kven ser loggen?",
        "Stafetthaldar",
        "Teiepliktig",
    ],
    "en": [
        "Consent to a relay log",
        "Guardians (everyone with parental responsibility)",
        "The log is not a medical record",
        "a relay log being created for the child",
        "exchanging information with each other",
        "transferred to another unit",
        "transferred to another municipality",
        "read access",
        "withdraw your consent at any time",
        f"From the age of {YOUTH_CONSENT_AGE}, young people can give consent themselves",
        "Who sees the log?",
        "Page 1 of 2",
        "Confidential",
    ],
}
# Words that give away the wrong language.
FOREIGN = {
    "nb": ["ikkje", "føresette", "Consent"],
    "nn": ["ikke en", "hvem", "foresatte ", "Consent"],
    "en": [" ikke ", " ikkje "],
}


@pytest.mark.parametrize("sprak", samtykke.LANGUAGES)
def test_each_language_says_it_all_in_its_own_words(sprak: samtykke.Sprak) -> None:
    data = samtykke.build_samtykke_pdf(FILLED, sprak, printed=NOW)
    text = squash(pdftotext(data))
    for phrase in KEY_PHRASES[sprak]:
        assert phrase in text, phrase
    for word in FOREIGN[sprak]:
        assert word not in text, word
    for name in ("Åse Ødegård", "Bjørn Ødegård", "Sølvi Ærø", "PPT Øvingsvik (PPT)", "Kari Nilsen"):
        assert name in text
    reader = PdfReader(io.BytesIO(data))
    assert reader.trailer["/Root"]["/Lang"] == samtykke.LANGUAGE_TAGS[sprak]
    assert reader.metadata is not None and "Åse Ødegård" in (reader.metadata.title or "")
    pages = text_of(data)
    for n, page in enumerate(pages, start=1):
        assert ("Page {0} of {1}" if sprak == "en" else "Side {0} av {1}").format(n, len(pages)) in page


@pytest.mark.parametrize("sprak", samtykke.LANGUAGES)
def test_a_blank_form_has_no_child_and_says_when_it_is_confidential(sprak: samtykke.Sprak) -> None:
    data = samtykke.build_samtykke_pdf(FILLED.blank(), sprak, printed=NOW)
    text = squash(pdftotext(data))
    assert "Åse" not in text and "Bjørn" not in text
    assert {
        "nb": "Taushetsbelagt når det er fylt ut",
        "nn": "Teiepliktig når det er fylt ut",
        "en": "Confidential when filled in",
    }[sprak] in text
    assert "Øvingsvik kommune" in text


def test_a_logs_form_is_filled_in_from_what_the_holder_sees_and_audited(kurs: Kurs) -> None:
    logg_id = kurs.logs["Ella Fjellstad"]
    with kurs.as_("Kari Nilsen") as ctx:
        data = samtykke.for_logg(ctx, logg_id)  # type: ignore[arg-type]
    assert data.barn == "Ella Fjellstad" and data.kommune == "Øvingsvik kommune"
    assert {f.navn for f in data.foresatte} == {"Mona Fjellstad", "Per Fjellstad"}
    assert data.tjenester[0] == "Solsikken barnehage (Barnehage)"
    assert data.stafettholder.startswith("Kari Nilsen")
    with kurs.factory() as session:
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).one()
        assert (last.action, last.detail, last.logg_id) == (audit.Action.PRINT, {"hva": "samtykkeskjema"}, logg_id)


def test_a_blank_form_for_an_employee_names_her_municipality() -> None:
    assert samtykke.default_filename(FILLED, "en", NOW.date()) == "Consent form – Åse Ødegård – 2026-11-26.pdf"
    assert samtykke.default_filename(FILLED.blank(), "nb", NOW.date()) == "Samtykkeskjema – 2026-11-26.pdf"


def test_for_person_gives_the_unit(kurs: Kurs) -> None:
    with kurs.as_("Kari Nilsen") as ctx:
        data = samtykke.for_person(ctx)
    assert data.kommune == "Øvingsvik kommune" and not data.utfylt
    assert data.tjenester == ("Solsikken barnehage (Barnehage)",)


def test_the_form_embeds_its_fonts_too() -> None:
    reader = PdfReader(io.BytesIO(samtykke.build_samtykke_pdf(FILLED, "nn", printed=NOW)))
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            assert "+" in str(font["/BaseFont"]) and "/FontFile2" in font["/FontDescriptor"], font["/BaseFont"]
