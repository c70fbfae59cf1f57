"""A log as PDF: for the child's folder on closing, a manual transfer, or a meeting.

Two steps, so that no Qt and no session meet: :func:`gather` runs on the database worker and
returns plain data built from what the acting person may see (``core.snapshot``), and records
the export in the audit trail; :func:`build_logg_pdf` turns that data (and the factor diagrams
as PNG, which the views render) into PDF bytes. Attached PDFs are appended behind the report,
each page scaled onto a page with the same head and foot.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop.core import audit
from desktop.core.context import OSLO, Context
from desktop.core.entities import Arena, Beslutning, LoggStatus, Stafettlogg, TiltakStatus, Vedlegg
from desktop.core.snapshot import (
    HistorikkRad,
    LoggSnapshot,
    MalInfo,
    OppmerksomhetInfo,
    TiltakInfo,
    history,
    snapshot,
)
from desktop.core.usecases.content import MAL_CHECKS
from desktop.core.usecases.diagram import DiagramData, load_diagram
from desktop.reports import pdf
from desktop.reports.pdf import markup

STATUS = {LoggStatus.AKTIV: "Aktiv", LoggStatus.PASSIV: "Passiv", LoggStatus.AVSLUTTET: "Avsluttet"}
ARENA = {Arena.TJENESTE: "I tjenesten", Arena.HJEM: "I hjemmet", Arena.BARN: "Barnets eget tiltak"}
TILTAK_STATUS = {
    TiltakStatus.PLANLAGT: "Neste trinn",
    TiltakStatus.AKTIV: "Aktiv",
    TiltakStatus.AVSLUTTET: "Evaluert",
    TiltakStatus.FEILREGISTRERT: "Feilregistrert",
}
BESLUTNING = {
    Beslutning.NYE_MAL: "Nye mål",
    Beslutning.AVSLUTTE: "Avslutte tiltaket",
    Beslutning.FORTSETTE: "Fortsette",
    Beslutning.ENDRE_MAL: "Endre målsetting",
    Beslutning.ENDRE_TILTAK: "Endre tiltak",
    Beslutning.FEILREGISTRERT: "Feilregistrert",
}
MAL_NADD = {True: "ja", False: "nei", None: "ikke vurdert"}
FIELD_NAMES = {
    "tekst": "Tekst",
    "status": "Status",
    "dato": "Dato",
    "sted": "Sted",
    "arena": "Hvem tiltaket gjelder",
    "evalueringsdato": "Evalueringsdato",
    "fra_dato": "Fra dato",
    "til_dato": "Til dato",
    "trinn": "Trinn",
    "referat": "Referat",
    "dagsorden": "Dagsorden",
    "deltakere": "Deltakere",
    "tidspunkt": "Tidspunkt",
    "beslutning": "Beslutning",
    "familiens_vurdering": "Familiens vurdering",
    "kommentar": "Kommentar",
    "mal_nadd": "Målet er nådd",
    "del_a": "Mål (A)",
    "del_b": "Mål (B)",
    "del_c": "Mål (C)",
    "kjennetegn_maloppnaelse": "Kjennetegn på måloppnåelse",
    "bekymring": "Bekymringen",
    "kjennetegn": "Kjennetegn på måloppnåelse",
    "opprettholdende": "Opprettholdende faktorer",
    "barnets_stemme": "Barnets stemme",
    "niva": "Nivå",
    "internt": "Internt",
    "omrade": "Område",
    "prioritet": "Prioritet",
    "filnavn": "Fil",
    "grunn": "Grunn",
}
# Layout noise in the history: where a factor sits in the diagram, who typed it (the row says so).
_SKIPPED_FIELDS = {"x", "y", "rekkefolge", "storrelse", "mimetype"}
_UUID = re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b")
_MAX_VALUE = 400


@dataclass(frozen=True)
class EksportValg:
    """What goes in: every concern the person may see, or some; attachments; history.

    Notes, meetings and the history concern the whole log, so they go in only with every
    concern (and never for a reader limited to chosen concerns).
    """

    oppmerksomheter: tuple[uuid.UUID, ...] | None = None  # None: all the person may see
    vedlegg: bool = True
    historikk: bool = True


@dataclass(frozen=True)
class Vedleggsfil:
    id: uuid.UUID
    notat_id: uuid.UUID
    filnavn: str
    innhold: bytes


@dataclass(frozen=True)
class LoggEksport:
    """Everything the PDF shows, as plain data (what the person may see, narrowed to the choice)."""

    snap: LoggSnapshot
    kommune: str
    tjeneste: str
    utskrevet_av: str
    utskrevet: dt.datetime
    hele_loggen: bool  # False: chosen concerns only, or a limited reader
    synlige: int  # how many concerns the person may see
    historikk: list[HistorikkRad] | None
    diagrammer: dict[uuid.UUID, DiagramData] = field(default_factory=dict)
    vedlegg: list[Vedleggsfil] = field(default_factory=list)


def gather(ctx: Context, logg_id: uuid.UUID, valg: EksportValg) -> LoggEksport:
    """On the database worker: the log as the person may see it, narrowed to ``valg``; audited."""
    snap = snapshot(ctx, logg_id, record_read=False)  # the same access check as opening the log
    visible = [o.id for o in snap.oppmerksomheter]
    chosen = visible if valg.oppmerksomheter is None else [i for i in visible if i in set(valg.oppmerksomheter)]
    whole = not snap.limited and len(chosen) == len(visible)
    keep = set(chosen)
    narrowed = dataclasses.replace(
        snap,
        oppmerksomheter=[o for o in snap.oppmerksomheter if o.id in keep],
        lysglimt=[g for g in snap.lysglimt if (whole and g.oppmerksomhet_id is None) or g.oppmerksomhet_id in keep],
        notater=snap.notater if whole else [],
        moter=snap.moter if whole else [],
        samtykker=snap.samtykker if whole else [],
        overforinger=snap.overforinger if whole else [],
        lesetilganger=snap.lesetilganger if whole else [],
    )
    logg = ctx.session.get(Stafettlogg, logg_id)
    assert logg is not None  # snapshot() found it
    diagrammer = {}
    for o in narrowed.oppmerksomheter:
        data = load_diagram(ctx, o.id)
        if data.faktorer:
            diagrammer[o.id] = data
    vedlegg: list[Vedleggsfil] = []
    if valg.vedlegg:
        for n in narrowed.notater:
            for v in n.vedlegg:
                row = ctx.session.get(Vedlegg, v.id)
                if row is not None and row.notat_id == n.id:
                    vedlegg.append(Vedleggsfil(v.id, n.id, v.filnavn, bytes(row.innhold)))
    historikk = history(ctx, logg_id) if valg.historikk and whole else None
    audit.record(
        ctx,
        audit.Action.EXPORT,
        logg_id,
        hva="logg-pdf",
        oppmerksomheter=[str(i) for i in chosen],
        hele_loggen=whole,
        vedlegg=len(vedlegg),
        historikk=historikk is not None,
    )
    return LoggEksport(
        snap=narrowed,
        kommune=logg.enhet.kommune.navn,
        tjeneste=logg.enhet.tjeneste.navn,
        utskrevet_av=ctx.person.navn,
        utskrevet=ctx.now(),
        hele_loggen=whole,
        synlige=len(visible),
        historikk=historikk,
        diagrammer=diagrammer,
        vedlegg=vedlegg,
    )


def default_filename(barn: str, day: dt.date) -> str:
    """«Stafettlogg – Ola Nordmann – 2026-11-26.pdf»"""
    return pdf.safe_filename(f"Stafettlogg – {barn} – {day.isoformat()}") + ".pdf"


# --------------------------------------------------------------------------- the document


def _date(d: dt.date | None) -> str:
    return d.strftime("%d.%m.%Y") if d else "–"


def _when(at: dt.datetime) -> str:
    return at.astimezone(OSLO).strftime("%d.%m.%Y %H:%M")


def _period(start: dt.date | None, end: dt.date | None) -> str:
    if start and end:
        return f"{_date(start)} – {_date(end)}"
    if start:
        return f"fra {_date(start)}"
    return f"til {_date(end)}" if end else "–"


def _p(text: str, style_name: str = "body") -> Paragraph:
    return Paragraph(markup(text), getattr(pdf.styles(), style_name))


def _rich(html_text: str, style_name: str = "body") -> Paragraph:
    """A paragraph from markup the caller built (user text already through ``markup``)."""
    return Paragraph(html_text, getattr(pdf.styles(), style_name))


def _grid(rows: list[list[Flowable | str]], widths: Sequence[float], *, header: bool = True) -> Table:
    s = pdf.styles()
    cells = [
        [_rich(markup(c), "cell_bold" if header and i == 0 else "cell") if isinstance(c, str) else c for c in row]
        for i, row in enumerate(rows)
    ]
    table = Table(cells, colWidths=list(widths), repeatRows=1 if header else 0)
    style = [
        ("FONT", (0, 0), (-1, -1), pdf.FONT),  # the table's own default is Helvetica
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, pdf.RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), pdf.SHADE))
    table.setStyle(TableStyle(style))
    _ = s
    return table


def _facts(rows: list[tuple[str, str]]) -> Table:
    """Label–value pairs in two columns (the label bold)."""
    width = pdf.frame_rect()[2]
    cells = [[_p(label, "cell_bold"), _p(value or "–", "cell")] for label, value in rows]
    table = Table(cells, colWidths=[42 * mm, width - 42 * mm])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), pdf.FONT),  # the table's own default is Helvetica
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _notice(text: str) -> Table:
    width = pdf.frame_rect()[2]
    table = Table([[_p(text, "notice")]], colWidths=[width])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), pdf.FONT),  # the table's own default is Helvetica
                ("BOX", (0, 0), (-1, -1), 0.8, pdf.CONFIDENTIAL),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return table


def _text_block(title: str, value: str, *, empty: str = "Ikke fylt ut.") -> list[Flowable]:
    return [_p(title, "h3"), _p(value, "body") if value.strip() else _p(empty, "muted")]


def _mal_lines(m: MalInfo) -> list[Flowable]:
    out: list[Flowable] = []
    parts = [(k, v) for k, v in (("A", m.del_a), ("B", m.del_b), ("C", m.del_c)) if v.strip()]
    if parts:
        for letter, text in parts:
            out.append(_rich(f"<b>{letter})</b> {markup(text)}"))
    elif m.tekst.strip():
        out.append(_p(m.tekst))
    answered = [q for k, q in MAL_CHECKS.items() if m.checks.get(k)]
    if answered:
        out.append(_p("Sjekket: " + " ".join(answered), "muted"))
    return out


def _tiltak_table(rows: list[TiltakInfo]) -> Table:
    width = pdf.frame_rect()[2]
    widths = [width * f for f in (0.36, 0.16, 0.19, 0.13, 0.06, 0.10)]
    header: list[Flowable | str] = ["Tiltak", "Ansvarlig", "Periode", "Evaluering", "Trinn", "Status"]
    body: list[list[Flowable | str]] = [
        [
            t.tekst,
            t.ansvarlig,
            _period(t.fra_dato, t.til_dato),
            _date(t.evalueringsdato),
            str(t.trinn),
            TILTAK_STATUS[t.status],
        ]
        for t in rows
    ]
    return _grid([header, *body], widths)


def _evalueringer(rows: list[TiltakInfo]) -> list[Flowable]:
    out: list[Flowable] = [Spacer(1, 2 * mm)] if any(t.evaluering for t in rows) else []
    for t in rows:
        ev = t.evaluering
        if ev is None:
            continue
        lines = [
            f"<b>{markup(t.tekst)}</b>",
            f"Evaluert {_date(ev.dato)} av {markup(ev.av)}. Målet nådd: {MAL_NADD[ev.mal_nadd]}. "
            f"Beslutning: {markup(BESLUTNING[ev.beslutning])}.",
        ]
        if ev.familiens_vurdering.strip():
            lines.append(f"Familiens vurdering: {markup(ev.familiens_vurdering)}")
        if ev.kommentar.strip():
            lines.append(f"Kommentar: {markup(ev.kommentar)}")
        out.append(_rich("<br/>".join(lines), "small"))
        out.append(Spacer(1, 2 * mm))
    return out


def _diagram(png: bytes) -> Image:
    from PIL import Image as Picture

    # Flattened onto white: no soft mask, so nothing in the page needs transparency.
    with Picture.open(io.BytesIO(png)) as picture:
        rgba = picture.convert("RGBA")
        flat = Picture.new("RGB", rgba.size, "white")
        flat.paste(rgba, mask=rgba.getchannel("A"))
    data = io.BytesIO()
    flat.save(data, "PNG", optimize=True)
    w, h = flat.size
    width = pdf.frame_rect()[2]
    height = min(width * h / w, 120 * mm)
    image = Image(io.BytesIO(data.getvalue()), width=height * w / h, height=height)
    image.hAlign = "CENTER"
    return image


def _oppmerksomhet(n: int, o: OppmerksomhetInfo, data: LoggEksport, png: bytes | None) -> list[Flowable]:
    out: list[Flowable] = [
        CondPageBreak(60 * mm),
        _rich(f"Oppmerksomhet {n}: {markup(o.tekst)}", "h1"),
    ]
    if o.avsluttet:
        out.append(_p("Denne oppmerksomheten er avsluttet.", "muted"))
    out += _text_block("Kjennetegn på måloppnåelse", o.kjennetegn)
    out.append(_p("Mål", "h2"))
    if o.mal is not None:
        out.append(_p(f"Gjeldende mål (satt {_date(o.mal.created_at.astimezone(OSLO).date())})", "h3"))
        out += _mal_lines(o.mal)
    else:
        out.append(_p("Ingen mål er satt ennå.", "muted"))
    if o.tidligere_mal:
        out.append(_p("Tidligere mål", "h3"))
        for m in sorted(o.tidligere_mal, key=lambda m: m.created_at, reverse=True):
            until = f" – erstattet {_date(m.erstattet_at.astimezone(OSLO).date())}" if m.erstattet_at else ""
            out.append(_p(f"Satt {_date(m.created_at.astimezone(OSLO).date())}{until}", "muted"))
            out += _mal_lines(m)
    out.append(_p("Tiltak", "h2"))
    for arena in (Arena.TJENESTE, Arena.HJEM, Arena.BARN):
        rows = sorted((t for t in o.tiltak if t.arena is arena), key=lambda t: (t.created_at, t.trinn))
        block: list[Flowable] = [_p(ARENA[arena], "h3")]
        if rows:
            block.append(_tiltak_table(rows))
        else:
            block.append(_p("Ingen tiltak.", "muted"))
        out += block  # the heading keeps with its table (keepWithNext)
        out += _evalueringer(rows)
    glimt = [g for g in data.snap.lysglimt if g.oppmerksomhet_id == o.id]
    if glimt:
        out.append(_p("Lysglimt", "h2"))
        for g in sorted(glimt, key=lambda g: g.dato):
            out.append(_rich(f"<b>{_date(g.dato)}</b> – {markup(g.forfatter)}: {markup(g.tekst)}"))
    diagram = data.diagrammer.get(o.id)
    if diagram is not None:
        title = _p("Opprettholdende faktorer", "h2")
        if png:
            out += [title, _diagram(png)]
        else:
            out.append(title)
        out.append(_p(_faktor_list(diagram), "small"))
    if o.warnings:
        out.append(_p(" ".join(o.warnings), "muted"))
    return out


def _faktor_list(d: DiagramData) -> str:
    from desktop.core.usecases.diagram import OMRADER

    lines = []
    for f in sorted(d.faktorer, key=lambda f: (f.prioritet == 0, f.prioritet, OMRADER[f.omrade].navn)):
        prio = f" (prioritet {f.prioritet})" if f.prioritet else ""
        lines.append(f"{OMRADER[f.omrade].navn}: {f.tekst}{prio}")
    return "\n".join(lines)


def _names(data: LoggEksport) -> dict[str, str]:
    snap = data.snap
    names = {str(p.id): p.navn for p in [*snap.foresatte, *snap.aktorer]}
    names |= {str(t.ansatt_id): t.navn for t in snap.lesetilganger}
    names |= {str(o.id): f"«{o.tekst}»" for o in snap.oppmerksomheter}
    names[str(snap.stafettholder_id)] = snap.stafettholder
    names[str(snap.barn_id)] = snap.barn
    return names


_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?([+-]\d{2}:\d{2}|Z)?)?\b")


def _iso_to_local(m: re.Match[str]) -> str:
    y, mo, d, h, mi, zone = m.groups()
    if h is None:
        return f"{d}.{mo}.{y}"
    at = dt.datetime(int(y), int(mo), int(d), int(h), int(mi), tzinfo=dt.UTC)
    if zone and zone != "Z":
        sign = 1 if zone[0] == "+" else -1
        offset = dt.timedelta(hours=int(zone[1:3]), minutes=int(zone[4:6])) * sign
        at = at.replace(tzinfo=dt.timezone(offset))
    return _when(at)


def _history_value(value: str, names: Mapping[str, str]) -> str:
    value = _UUID.sub(lambda m: names.get(m.group(0), "(annen post)"), value)
    value = _ISO.sub(_iso_to_local, value)
    return value if len(value) <= _MAX_VALUE else value[: _MAX_VALUE - 1] + "…"


def _historikk(rows: list[HistorikkRad], data: LoggEksport) -> list[Flowable]:
    names = _names(data)
    width = pdf.frame_rect()[2]
    widths = [width * f for f in (0.15, 0.18, 0.19, 0.48)]
    table: list[list[Flowable | str]] = [["Når", "Hvem", "Hva", "Endringer"]]
    for r in rows:
        changes = []
        for name, old, new in r.felt:
            if name in _SKIPPED_FIELDS or name.endswith("_type"):
                continue
            label = FIELD_NAMES.get(name, name.replace("_", " ").capitalize())
            old_v, new_v = _history_value(old, names), _history_value(new, names)
            if old_v and old_v != new_v:
                changes.append(f"<b>{markup(label)}:</b> {markup(old_v)} {markup('→')} {markup(new_v)}")
            elif new_v:
                changes.append(f"<b>{markup(label)}:</b> {markup(new_v)}")
        table.append([_when(r.at), r.hvem, r.hva, _rich("<br/>".join(changes) or "–", "cell")])
    return [_grid(table, widths)]


class _Placeholder(Flowable):  # type: ignore[misc]
    """Reserves the rest of a page for one page of an attached PDF; remembers where it landed."""

    def __init__(
        self, key: tuple[int, int], height: float, where: dict[tuple[int, int], tuple[int, tuple[float, ...]]]
    ):
        super().__init__()
        self.key = key
        self.height_wanted = height
        self.where = where

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = min(self.height_wanted, available_height)
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        x, y = canvas.absolutePosition(0, 0)
        self.where[self.key] = (canvas.getPageNumber(), (x, y, self.width, self.height))
        canvas.saveState()
        canvas.setStrokeColor(pdf.RULE)
        canvas.setLineWidth(0.4)
        canvas.rect(0, 0, self.width, self.height)
        canvas.restoreState()


@dataclass
class _Attachment:
    fil: Vedleggsfil
    pages: list[object]  # pypdf pages
    problem: str = ""


def _read_attachments(files: list[Vedleggsfil]) -> list[_Attachment]:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    out = []
    for f in files:
        try:
            reader = PdfReader(io.BytesIO(f.innhold))
            if reader.is_encrypted and not reader.decrypt(""):
                out.append(_Attachment(f, [], "passordbeskyttet"))
                continue
            out.append(_Attachment(f, list(reader.pages)))
        except (PyPdfError, ValueError, KeyError, TypeError) as exc:
            out.append(_Attachment(f, [], f"kunne ikke leses ({type(exc).__name__})"))
    return out


def build_logg_pdf(data: LoggEksport, diagrams: Mapping[uuid.UUID, bytes] | None = None) -> bytes:
    """The PDF of a gathered log; ``diagrams`` are PNG pictures of the factor diagrams by concern."""
    diagrams = diagrams or {}
    snap = data.snap
    attachments = _read_attachments(data.vedlegg)
    appended = [a for a in attachments if a.pages]
    story: list[Flowable] = []
    printed = data.utskrevet.astimezone(OSLO)

    # -- the first page
    story.append(_p("Stafettlogg", "subtitle"))
    story.append(_p(snap.barn, "title"))
    story.append(Spacer(1, 3 * mm))
    family = ", ".join(
        f"{f.navn} ({f.rolle or 'foresatt'}{'' if f.foreldreansvar else ', uten foreldreansvar'})"
        for f in snap.foresatte
    )
    scope = (
        "Hele loggen"
        if data.hele_loggen
        else f"Utvalgte oppmerksomheter ({len(snap.oppmerksomheter)} av {data.synlige})"
        + (" – utskriften følger lesetilgangen" if snap.limited else "")
    )
    story.append(
        _facts(
            [
                ("Barnet", f"{snap.barn}, født {_date(snap.fodselsdato)} ({snap.alder} år)"),
                ("Foresatte", family),
                ("Kommune", data.kommune),
                ("Enhet", f"{snap.enhet} ({data.tjeneste})"),
                ("Stafettholder", snap.stafettholder),
                ("Status", STATUS[snap.status]),
                ("Nivå", f"Nivå {snap.niva}"),
                ("Innhold", scope),
                ("Skrevet ut", f"{printed:%d.%m.%Y kl. %H:%M} av {data.utskrevet_av}"),
            ]
        )
    )
    story.append(Spacer(1, 4 * mm))
    story.append(
        _notice(
            "Taushetsbelagt. Dokumentet inneholder opplysninger som er underlagt taushetsplikt. "
            "Oppbevar det utilgjengelig for andre, og del det bare med dem som har rett til det. "
            "Stafettloggen er ikke en journal: den viser oppmerksomheter, mål, tiltak og evalueringer."
        )
    )
    if data.hele_loggen:
        story.append(_p("Om barnet og bekymringen", "h1"))
        for title, value in (
            ("Hva er bekymringen?", snap.bekymring),
            ("Hva kjennetegner måloppnåelse?", snap.kjennetegn),
            ("Hva opprettholder utfordringen?", snap.opprettholdende),
            ("Barnets stemme – hva sier barnet selv?", snap.barnets_stemme),
        ):
            story += _text_block(title, value)
    if snap.aktorer:
        story.append(_p("Aktører", "h2"))
        width = pdf.frame_rect()[2]
        story.append(
            _grid(
                [["Navn", "Stilling", "E-post", "Telefon"]]
                + [[a.navn, a.rolle, a.epost, a.telefon] for a in snap.aktorer],
                [width * f for f in (0.24, 0.24, 0.36, 0.16)],
            )
        )
    if snap.foresatte:
        story.append(_p("Foresatte", "h2"))
        width = pdf.frame_rect()[2]
        story.append(
            _grid(
                [["Navn", "Relasjon", "Foreldreansvar", "E-post", "Telefon"]]
                + [[f.navn, f.rolle, "Ja" if f.foreldreansvar else "Nei", f.epost, f.telefon] for f in snap.foresatte],
                [width * f for f in (0.24, 0.12, 0.16, 0.32, 0.16)],
            )
        )

    # -- the concerns
    if not snap.oppmerksomheter:
        story.append(_p("Oppmerksomheter", "h1"))
        story.append(_p("Ingen oppmerksomheter er med i denne utskriften.", "muted"))
    for n, o in enumerate(snap.oppmerksomheter, start=1):
        story += _oppmerksomhet(n, o, data, diagrams.get(o.id))

    # -- the rest of the log
    general = [g for g in snap.lysglimt if g.oppmerksomhet_id is None]
    if general:
        story.append(_p("Lysglimt for hele loggen", "h1"))
        for g in sorted(general, key=lambda g: g.dato):
            story.append(_rich(f"<b>{_date(g.dato)}</b> – {markup(g.forfatter)}: {markup(g.tekst)}"))
    if snap.moter:
        story.append(_p("Møter", "h1"))
        for m in snap.moter:
            block: list[Flowable] = [_p(f"{_when(m.tidspunkt)}{' – ' + m.sted if m.sted else ''}", "h3")]
            if m.deltakere:
                block.append(_p("Deltakere: " + ", ".join(m.deltakere), "small"))
            if m.dagsorden.strip():
                block.append(_rich(f"<b>Dagsorden:</b> {markup(m.dagsorden)}", "small"))
            if m.referat.strip():
                block.append(_rich(f"<b>Referat:</b> {markup(m.referat)}", "small"))
            story += block
    appended_ids = {a.fil.id: a for a in attachments}
    if snap.notater:
        story.append(_p("Notater", "h1"))
        for note in snap.notater:
            head = f"{_when(note.created_at)} – {note.forfatter}{' (internt notat)' if note.internt else ''}"
            block = [_p(head, "h3"), _p(note.tekst)]
            for v in note.vedlegg:
                att = appended_ids.get(v.id)
                if att is not None and att.pages:
                    how = "lagt ved bakerst"
                elif att is not None:
                    how = f"ikke lagt ved: {att.problem}"
                else:
                    how = "ikke lagt ved"
                block.append(_p(f"Vedlegg: {v.filnavn} ({_size(v.storrelse)}) – {how}", "muted"))
            story += block
    if snap.samtykker:
        story.append(_p("Samtykker", "h1"))
        width = pdf.frame_rect()[2]
        story.append(
            _grid(
                [["Signert", "Omfang", "Status"]]
                + [
                    [_date(s.signert_dato), ", ".join(s.omfang), "Trukket" if s.trukket else "Gjelder"]
                    for s in snap.samtykker
                ],
                [width * f for f in (0.15, 0.65, 0.20)],
            )
        )
    if snap.lesetilganger:
        story.append(_p("Lesetilgang", "h2"))
        concerns = {o.id: o.tekst for o in snap.oppmerksomheter}
        story.append(
            _grid(
                [["Hvem", "Kan lese", "Status"]]
                + [
                    [
                        t.navn,
                        "Hele loggen"
                        if t.hele_loggen
                        else "; ".join(
                            concerns.get(i, "(oppmerksomhet som ikke finnes lenger)") for i in t.oppmerksomheter
                        ),
                        "Fjernet" if t.opphevet else "Aktiv",
                    ]
                    for t in snap.lesetilganger
                ],
                [pdf.frame_rect()[2] * f for f in (0.3, 0.5, 0.2)],
            )
        )
    if snap.overforinger:
        story.append(_p("Overføringer", "h2"))
        story.append(
            _grid(
                [["Dato", "Til", "Grunn", "Status"]]
                + [[_when(ov.created_at), ov.til, ov.grunn, ov.status.value.capitalize()] for ov in snap.overforinger],
                [pdf.frame_rect()[2] * f for f in (0.17, 0.25, 0.43, 0.15)],
            )
        )
    if data.historikk is not None:
        story.append(PageBreak())
        story.append(_p("Historikk", "h1"))
        story.append(_p("Alle endringer i loggen, nyeste først: hvem, når og hva (gammel → ny verdi).", "muted"))
        story += _historikk(data.historikk, data) if data.historikk else [_p("Ingen endringer.", "muted")]

    # -- attached PDFs: one page each, placed later into the reserved area
    where: dict[tuple[int, int], tuple[int, tuple[float, ...]]] = {}
    frame_height = pdf.frame_rect()[3]
    for i, att in enumerate(appended):
        for j, _page in enumerate(att.pages):
            story.append(PageBreak())
            caption = f"Vedlegg: {att.fil.filnavn} – side {j + 1} av {len(att.pages)}"
            story.append(_p(caption, "h3"))
            story.append(_Placeholder((i, j), frame_height - 12 * mm, where))

    running = pdf.Running(
        left_head=f"Stafettlogg – {snap.barn}",
        right_head="Taushetsbelagt",
        left_foot=f"{data.kommune} · skrevet ut {printed:%d.%m.%Y}",
        page_label=lambda n, total: f"Side {n} av {total}",
    )
    meta = pdf.Metadata(
        title=f"Stafettlogg – {snap.barn}",
        author=data.utskrevet_av,
        subject=f"Stafettlogg for {snap.barn}, {data.kommune}. Taushetsbelagt.",
        keywords="stafettlogg, BTI, taushetsbelagt",
        language="nb-NO",
        created=data.utskrevet,
        pdfa=not appended,
    )
    report = pdf.render(story, meta, running)
    if not appended:
        return report
    return _merge(report, appended, where)


def _merge(
    report: bytes, appended: list[_Attachment], where: Mapping[tuple[int, int], tuple[int, tuple[float, ...]]]
) -> bytes:
    """Each attached page scaled into its reserved area of the report's page."""
    from pypdf import PdfWriter, Transformation

    writer = PdfWriter(clone_from=io.BytesIO(report))
    scratch = PdfWriter()
    for i, att in enumerate(appended):
        for j, source in enumerate(att.pages):
            number, (x, y, w, h) = where[(i, j)]
            page: Any = source
            if page.rotation % 360:
                page = scratch.add_page(page)  # pypdf turns a page's content only on a writer's page
                page.transfer_rotation_to_content()
            box = page.mediabox
            pw, ph = float(box.width), float(box.height)
            scale = min((w - 4) / pw, (h - 4) / ph)
            dx = x + (w - pw * scale) / 2 - float(box.left) * scale
            dy = y + (h - ph * scale) / 2 - float(box.bottom) * scale
            target = writer.pages[number - 1]
            target.merge_transformed_page(page, Transformation().scale(scale, scale).translate(dx, dy))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _size(n: int) -> str:
    if n < 1024:
        return f"{n} byte"
    if n < 1024 * 1024:
        return f"{n / 1024:.0f} kB"
    return f"{n / (1024 * 1024):.1f} MB".replace(".", ",")
