"""The consent form (samtykkeskjema) to print, sign and archive — in bokmål, nynorsk and English.

Blank, or filled in with the child, the guardians and the services. The guide: a log is created
only with the guardians' signed consent to creating it and to exchanging information across
services; a transfer to another unit or kommune and read access for named people need their
own ticks. The signed form is scanned and stored in the child's folder.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Literal

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from desktop.core import audit
from desktop.core.context import Context
from desktop.core.entities import Ansatt, Stafettlogg
from desktop.core.rules import YOUTH_CONSENT_AGE
from desktop.core.snapshot import snapshot
from desktop.reports import pdf
from desktop.reports.pdf import markup

Sprak = Literal["nb", "nn", "en"]
LANGUAGES: tuple[Sprak, ...] = ("nb", "nn", "en")
LANGUAGE_TAGS: dict[Sprak, str] = {"nb": "nb-NO", "nn": "nn-NO", "en": "en-GB"}


@dataclass(frozen=True)
class SkjemaForesatt:
    navn: str
    relasjon: str = ""


@dataclass(frozen=True)
class SkjemaData:
    """What is filled in before printing; everything empty gives a blank form."""

    kommune: str = ""
    barn: str = ""
    fodselsdato: dt.date | None = None
    foresatte: tuple[SkjemaForesatt, ...] = ()
    tjenester: tuple[str, ...] = ()  # «Solsikken barnehage (Barnehage)»
    stafettholder: str = ""  # «Kari Nilsen, Solsikken barnehage»
    lesetilgang: tuple[str, ...] = ()  # people the guardians are asked about, by name

    @property
    def utfylt(self) -> bool:
        return bool(self.barn.strip())

    def blank(self) -> SkjemaData:
        """The same form without the child: the municipality (and holder) stay."""
        return SkjemaData(kommune=self.kommune, tjenester=self.tjenester, stafettholder=self.stafettholder)


def _unit(a: Ansatt) -> str:
    if a.enhet is None:
        return a.stilling or "Ekstern"
    return f"{a.enhet.navn} ({a.enhet.tjeneste.navn})"


def for_person(ctx: Context) -> SkjemaData:
    """A blank form with the acting employee's municipality and unit (who will hold the log)."""
    person = ctx.person
    if not isinstance(person, Ansatt):
        return SkjemaData()
    from desktop.core.entities import Kommune

    kommune = ctx.session.get(Kommune, person.kommune_id)
    return SkjemaData(
        kommune=kommune.navn if kommune else "",
        tjenester=(_unit(person),) if person.enhet is not None else (),
        stafettholder=f"{person.navn}, {person.enhet.navn}" if person.enhet is not None else person.navn,
    )


def for_logg(ctx: Context, logg_id: uuid.UUID) -> SkjemaData:
    """The form filled in for a log's child, guardians and services; printing it is audited."""
    snap = snapshot(ctx, logg_id, record_read=False)  # the same access check as opening the log
    logg = ctx.session.get(Stafettlogg, logg_id)
    assert logg is not None
    units = [_unit(logg.stafettholder)]
    for a in snap.aktorer:
        ansatt = ctx.session.get(Ansatt, a.id)
        if ansatt is not None and _unit(ansatt) not in units:
            units.append(_unit(ansatt))
    audit.record(ctx, audit.Action.PRINT, logg_id, hva="samtykkeskjema")
    return SkjemaData(
        kommune=logg.enhet.kommune.navn,
        barn=snap.barn,
        fodselsdato=snap.fodselsdato,
        foresatte=tuple(SkjemaForesatt(f.navn, f.rolle) for f in snap.foresatte if f.foreldreansvar),
        tjenester=tuple(units),
        stafettholder=f"{snap.stafettholder}, {snap.enhet}",
    )


def default_filename(data: SkjemaData, sprak: Sprak, day: dt.date) -> str:
    word = {"nb": "Samtykkeskjema", "nn": "Samtykkeskjema", "en": "Consent form"}[sprak]
    who = f" – {data.barn}" if data.utfylt else ""
    return pdf.safe_filename(f"{word}{who} – {day.isoformat()}") + ".pdf"


# --------------------------------------------------------------------------- the texts


@dataclass(frozen=True)
class Texts:
    title: str
    intro: str  # {kommune}
    your_kommune: str  # when no kommune is filled in
    child: str
    name: str
    born: str
    guardians: str
    relation: str
    what_title: str
    what: tuple[str, ...]
    who_title: str
    who: tuple[str, ...]
    services_title: str
    services_none: str
    holder: str
    consent_title: str
    scopes: tuple[str, str, str, str]
    read_access: str
    read_columns: tuple[str, str, str]
    required: str
    withdraw_title: str
    withdraw: str
    youth_title: str
    youth: str  # {age}
    sign_title: str
    place: str
    date: str
    guardian: str
    block_letters: str
    youth_sign: str  # {age}
    archive: str
    confidential: str
    confidential_blank: str
    page: str  # {0} {1}
    subject: str


TEXTS: dict[Sprak, Texts] = {
    "nb": Texts(
        title="Samtykke til stafettlogg",
        intro=(
            "Stafettloggen er en felles plan for hvordan vi sammen hjelper barnet. {kommune} bruker den i "
            "modellen Bedre Tverrfaglig Innsats (BTI). Med dette skjemaet sier dere ja til at det opprettes "
            "en stafettlogg, og til hva den kan brukes til."
        ),
        your_kommune="Kommunen",
        child="Barnet",
        name="Navn",
        born="Fødselsdato",
        guardians="Foresatte (alle med foreldreansvar)",
        relation="Relasjon til barnet",
        what_title="Hva er en stafettlogg?",
        what=(
            "Loggen viser hva vi er opptatt av rundt barnet (oppmerksomheter), målene, hvem som gjør hva og "
            "når (tiltak), og om det virket (evaluering). Barnehagen eller skolen, hjemmet og barnet selv kan "
            "ha tiltak.",
            "Loggen er ikke en journal. Den skal bare inneholde det som trengs for målene og tiltakene, ikke "
            "diagnoser eller andre opplysninger som ikke hører hjemme der.",
            "Dere har alltid tilgang til loggen, og dere bestemmer hva den kan brukes til.",
        ),
        who_title="Hvem ser loggen?",
        who=(
            "Stafettholderen, som samordner arbeidet og kaller inn til møter.",
            "Aktørene: de som har ansvar for et tiltak. De kan lese loggen og skrive i sine egne tiltak.",
            "Personer dere gir lesetilgang på dette skjemaet (hele loggen eller bare noen oppmerksomheter).",
            "Dere som foresatte, og barnet etter alder og modenhet.",
            "All lesing, endring og utskrift blir registrert. Opplysningene er underlagt taushetsplikt.",
        ),
        services_title="Tjenester som er med nå",
        services_none="Skriv inn tjenestene som er med:",
        holder="Stafettholder",
        consent_title="Vi samtykker til (kryss av)",
        scopes=(
            "at det opprettes en stafettlogg for barnet",
            "at tjenestene som er med i loggen, kan utveksle opplysninger med hverandre om det som står i loggen",
            "at loggen kan overføres til en annen enhet i kommunen (for eksempel fra barnehage til skole)",
            "at loggen kan overføres til en annen kommune (for eksempel hvis familien flytter)",
        ),
        read_access="at disse personene kan lese loggen (lesetilgang):",
        read_columns=("Navn", "Stilling og tjeneste", "Hele loggen, eller bare dette"),
        required="En stafettlogg kan bare opprettes når dere har krysset av for de to første punktene.",
        withdraw_title="Dere kan trekke samtykket",
        withdraw=(
            "Dere kan trekke samtykket tilbake når som helst, uten å begrunne det. Si fra til stafettholderen "
            "eller til lederen for enheten, muntlig eller skriftlig. Da blir loggen avsluttet. Dere kan også "
            "endre det dere har sagt ja til, for eksempel hvem som har lesetilgang. Å trekke samtykket får ingen "
            "følger for annen hjelp barnet får. Når loggen avsluttes, lagres den som PDF i barnets mappe."
        ),
        youth_title="Ungdom fra {age} år",
        youth="Fra fylte {age} år kan ungdommen samtykke selv.",
        sign_title="Underskrift",
        place="Sted",
        date="Dato",
        guardian="Underskrift, foresatt",
        block_letters="Navn med blokkbokstaver",
        youth_sign="Underskrift, ungdommen (fra {age} år)",
        archive="Det signerte skjemaet skannes og lagres i barnets mappe og i Stafettlogg.",
        confidential="Taushetsbelagt",
        confidential_blank="Taushetsbelagt når det er fylt ut",
        page="Side {0} av {1}",
        subject="Samtykkeskjema for stafettlogg",
    ),
    "nn": Texts(
        title="Samtykke til stafettlogg",
        intro=(
            "Stafettloggen er ein felles plan for korleis vi saman hjelper barnet. {kommune} brukar loggen i "
            "modellen Betre tverrfagleg innsats (BTI). Med dette skjemaet seier de ja til at det blir oppretta "
            "ein stafettlogg, og til kva loggen kan brukast til."
        ),
        your_kommune="Kommunen",
        child="Barnet",
        name="Namn",
        born="Fødselsdato",
        guardians="Føresette (alle med foreldreansvar)",
        relation="Relasjon til barnet",
        what_title="Kva er ein stafettlogg?",
        what=(
            "Loggen viser kva vi er merksame på rundt barnet (merksemder), måla, kven som gjer kva og når "
            "(tiltak), og om det verka (evaluering). Barnehagen eller skulen, heimen og barnet sjølv kan ha "
            "tiltak.",
            "Loggen er ikkje ein journal. Loggen skal berre innehalde det som trengst for måla og tiltaka, ikkje "
            "diagnosar eller andre opplysningar som ikkje høyrer heime der.",
            "De har alltid tilgang til loggen, og de bestemmer kva loggen kan brukast til.",
        ),
        who_title="Kven ser loggen?",
        who=(
            "Stafetthaldaren, som samordnar arbeidet og kallar inn til møte.",
            "Aktørane: dei som har ansvar for eit tiltak. Dei kan lese loggen og skrive i sine eigne tiltak.",
            "Personar de gir lesetilgang på dette skjemaet (heile loggen eller berre nokre merksemder).",
            "De som føresette, og barnet etter alder og modning.",
            "All lesing, endring og utskrift blir registrert. Opplysningane er underlagde teieplikt.",
        ),
        services_title="Tenester som er med no",
        services_none="Skriv inn tenestene som er med:",
        holder="Stafetthaldar",
        consent_title="Vi samtykkjer til (kryss av)",
        scopes=(
            "at det blir oppretta ein stafettlogg for barnet",
            "at tenestene som er med i loggen, kan utveksle opplysningar med kvarandre om det som står i loggen",
            "at loggen kan overførast til ei anna eining i kommunen (til dømes frå barnehage til skule)",
            "at loggen kan overførast til ein annan kommune (til dømes om familien flyttar)",
        ),
        read_access="at desse personane kan lese loggen (lesetilgang):",
        read_columns=("Namn", "Stilling og teneste", "Heile loggen, eller berre dette"),
        required="Ein stafettlogg kan berre opprettast når de har kryssa av for dei to første punkta.",
        withdraw_title="De kan trekkje tilbake samtykket",
        withdraw=(
            "De kan trekkje tilbake samtykket når som helst, utan å grunngje det. Sei frå til stafetthaldaren "
            "eller til leiaren for eininga, munnleg eller skriftleg. Då blir loggen avslutta. De kan også endre "
            "det de har sagt ja til, til dømes kven som har lesetilgang. Å trekkje tilbake samtykket får ingen "
            "følgjer for anna hjelp barnet får. Når loggen blir avslutta, blir loggen lagra som PDF i mappa til "
            "barnet."
        ),
        youth_title="Ungdom frå {age} år",
        youth="Frå fylte {age} år kan ungdommen samtykkje sjølv.",
        sign_title="Underskrift",
        place="Stad",
        date="Dato",
        guardian="Underskrift, føresett",
        block_letters="Namn med blokkbokstavar",
        youth_sign="Underskrift, ungdommen (frå {age} år)",
        archive="Det signerte skjemaet blir skanna og lagra i mappa til barnet og i Stafettlogg.",
        confidential="Teiepliktig",
        confidential_blank="Teiepliktig når det er fylt ut",
        page="Side {0} av {1}",
        subject="Samtykkeskjema for stafettlogg",
    ),
    "en": Texts(
        title="Consent to a relay log (stafettlogg)",
        intro=(
            "A relay log is a shared plan for how we help the child together. {kommune} uses it in the BTI "
            "model (Bedre Tverrfaglig Innsats, better interdisciplinary effort). With this form you agree that a "
            "relay log is created, and to what it may be used for."
        ),
        your_kommune="The municipality",
        child="The child",
        name="Name",
        born="Date of birth",
        guardians="Guardians (everyone with parental responsibility)",
        relation="Relation to the child",
        what_title="What is a relay log?",
        what=(
            "The log shows what we pay attention to around the child (concerns), the goals, who does what and "
            "when (measures), and whether it worked (evaluation). The kindergarten or school, the home and the "
            "child can all have measures.",
            "The log is not a medical record. It holds only what the goals and measures need, not diagnoses or "
            "other information that does not belong there.",
            "You always have access to the log, and you decide what it may be used for.",
        ),
        who_title="Who sees the log?",
        who=(
            "The coordinator, who organises the work and calls meetings.",
            "The actors: those responsible for a measure. They can read the log and write in their own measures.",
            "People you give read access on this form (the whole log or only some concerns).",
            "You as guardians, and the child according to age and maturity.",
            "All reading, changes and printing are recorded. The information is confidential.",
        ),
        services_title="Services involved now",
        services_none="Write the services involved:",
        holder="Coordinator",
        consent_title="We consent to (tick)",
        scopes=(
            "a relay log being created for the child",
            "the services in the log exchanging information with each other about what is in the log",
            "the log being transferred to another unit in the municipality (for example from kindergarten to school)",
            "the log being transferred to another municipality (for example if the family moves)",
        ),
        read_access="these people having read access to the log:",
        read_columns=("Name", "Position and service", "The whole log, or only this"),
        required="A relay log can only be created when you have ticked the first two points.",
        withdraw_title="You can withdraw your consent",
        withdraw=(
            "You can withdraw your consent at any time, without giving a reason. Tell the coordinator or the "
            "head of the unit, orally or in writing. The log is then closed. You can also change what you have "
            "agreed to, for example who has read access. Withdrawing your consent does not affect any other help "
            "the child receives. When the log is closed, it is saved as a PDF in the child's file."
        ),
        youth_title="Young people from {age}",
        youth="From the age of {age}, young people can give consent themselves.",
        sign_title="Signatures",
        place="Place",
        date="Date",
        guardian="Signature, guardian",
        block_letters="Name in block letters",
        youth_sign="Signature, the young person (from {age})",
        archive="The signed form is scanned and stored in the child's file and in Stafettlogg.",
        confidential="Confidential",
        confidential_blank="Confidential when filled in",
        page="Page {0} of {1}",
        subject="Consent form for a relay log",
    ),
}


# --------------------------------------------------------------------------- the document


class _Box(Flowable):  # type: ignore[misc]
    """An empty tick box."""

    def __init__(self, size: float = 4.2 * mm) -> None:
        super().__init__()
        self.size = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        self.canv.setStrokeColor(pdf.INK)
        self.canv.setLineWidth(0.9)
        self.canv.rect(0, 0, self.size, self.size)


def _p(text: str, style: str = "body") -> Paragraph:
    return Paragraph(markup(text), getattr(pdf.styles(), style))


def _write_in(rows: list[list[str]], widths: list[float], header: list[str] | None = None) -> Table:
    """Lines to write on; filled cells show their text above the line."""
    cells: list[list[Flowable | str]] = []
    if header:
        cells.append([_p(h, "cell_bold") for h in header])
    cells += [[_p(c, "body") for c in row] for row in rows]
    heights: list[float | None] = [None] * (1 if header else 0) + [9 * mm] * len(rows)
    table = Table(cells, colWidths=widths, rowHeights=heights)
    start = 1 if header else 0
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), pdf.FONT),  # the table's own default is Helvetica
                ("LINEBELOW", (0, start), (-1, -1), 0.6, pdf.INK),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return table


def _bullets(items: tuple[str, ...]) -> list[Flowable]:
    style = ParagraphStyle("bullet", parent=pdf.styles().body, leftIndent=4 * mm, bulletIndent=0.5 * mm, spaceAfter=1.5)
    return [Paragraph(markup(i), style, bulletText="•") for i in items]


def _signature(label: str, name: str, name_label: str, width: float) -> Table:
    cells = [[_p("", "body"), _p(name, "body")], [_p(label, "small"), _p(name_label, "small")]]
    table = Table(cells, colWidths=[width * 0.55, width * 0.45])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), pdf.FONT),  # the table's own default is Helvetica
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, pdf.INK),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("TOPPADDING", (0, 0), (-1, 0), 18),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
            ]
        )
    )
    return table


def build_samtykke_pdf(data: SkjemaData, sprak: Sprak, *, printed: dt.datetime, author: str = "") -> bytes:
    """The consent form in ``sprak``, filled in with ``data`` (or blank), as PDF bytes."""
    t = TEXTS[sprak]
    width = pdf.frame_rect()[2]
    age = YOUTH_CONSENT_AGE
    kommune = data.kommune or t.your_kommune
    story: list[Flowable] = []
    if data.kommune:
        story.append(_p(data.kommune, "subtitle"))
    story.append(_p(t.title, "title"))
    story.append(Spacer(1, 2 * mm))
    story.append(_p(t.intro.format(kommune=kommune)))

    story.append(_p(t.child, "h2"))
    born = data.fodselsdato.strftime("%d.%m.%Y") if data.fodselsdato else ""
    story.append(_write_in([[data.barn, born]], [width * 0.65, width * 0.35], [t.name, t.born]))

    story.append(_p(t.guardians, "h2"))
    people = [[f.navn, f.relasjon] for f in data.foresatte] or [["", ""], ["", ""]]
    story.append(_write_in(people, [width * 0.65, width * 0.35], [t.name, t.relation]))

    story.append(_p(t.what_title, "h2"))
    story += _bullets(t.what)
    story.append(_p(t.who_title, "h2"))
    story += _bullets(t.who)

    story.append(_p(t.services_title, "h2"))
    if data.tjenester:
        story += _bullets(data.tjenester)
    else:
        story.append(_p(t.services_none, "muted"))
        story.append(_write_in([[""], [""]], [width]))
    story.append(Spacer(1, 2 * mm))
    story.append(_write_in([[f"{t.holder}: {data.stafettholder}" if data.stafettholder else f"{t.holder}:"]], [width]))

    scope_rows: list[list[Flowable]] = [[_Box(), _p(s)] for s in t.scopes]
    scope_rows.append([_Box(), _p(t.read_access)])
    scopes = Table(scope_rows, colWidths=[9 * mm, width - 9 * mm])
    scopes.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), pdf.FONT),  # the table's own default is Helvetica
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    readers = [[n, "", ""] for n in data.lesetilgang] + [["", "", ""]] * max(3 - len(data.lesetilgang), 1)
    read_table = _write_in(readers, [width * 0.32, width * 0.33, width * 0.35], list(t.read_columns))
    story.append(
        KeepTogether([_p(t.consent_title, "h2"), scopes, read_table, Spacer(1, 2 * mm), _p(t.required, "muted")])
    )

    story.append(KeepTogether([_p(t.withdraw_title, "h2"), _p(t.withdraw)]))
    story.append(KeepTogether([_p(t.youth_title.format(age=age), "h2"), _p(t.youth.format(age=age))]))

    signing: list[Flowable] = [_p(t.sign_title, "h2")]
    signing.append(_write_in([["", ""]], [width * 0.55, width * 0.45], [t.place, t.date]))
    names = [f.navn for f in data.foresatte] or ["", ""]
    for name in names:
        signing.append(_signature(t.guardian, name, t.block_letters, width))
    signing.append(_signature(t.youth_sign.format(age=age), data.barn, t.block_letters, width))
    signing.append(Spacer(1, 4 * mm))
    signing.append(_p(t.archive, "muted"))
    story.append(KeepTogether(signing))

    confidential = t.confidential if data.utfylt else t.confidential_blank
    running = pdf.Running(
        left_head=f"{t.title} – {data.barn}" if data.utfylt else t.title,
        right_head=confidential,
        left_foot=" · ".join(x for x in (data.kommune, printed.astimezone(pdf.OSLO).strftime("%d.%m.%Y")) if x),
        page_label=lambda n, total: t.page.format(n, total),
    )
    meta = pdf.Metadata(
        title=f"{t.title} – {data.barn}" if data.utfylt else t.title,
        author=author or data.kommune or "Stafettlogg",
        subject=t.subject,
        keywords="stafettlogg, samtykke",
        language=LANGUAGE_TAGS[sprak],
        created=printed,
    )
    return pdf.render(story, meta, running)
