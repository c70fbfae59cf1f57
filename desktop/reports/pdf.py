"""What every Stafettlogg PDF shares: embedded fonts, the running head and foot, metadata, PDF/A.

The documents are built with reportlab's platypus on A4. Every page carries the child's name,
«Taushetsbelagt» and «Side 3 av 9» (a canvas that counts the pages before it draws them).
Fonts are embedded subsets of Bitstream Vera (bundled with reportlab, so the same on every
platform), with DejaVu Sans (where installed) for the characters Vera lacks. XMP metadata, an
sRGB output intent and matching document info aim at PDF/A-2b; docs/reports.md says what holds.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import functools
import html
import io
import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import reportlab
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

import desktop

OSLO = ZoneInfo("Europe/Oslo")
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
HEAD = 14 * mm  # the running head's band above the frame
FOOT = 12 * mm

FONT = "StafettSans"
FONT_BOLD = "StafettSans-Bold"
FONT_ITALIC = "StafettSans-Italic"
FONT_BOLD_ITALIC = "StafettSans-BoldItalic"
FALLBACK = "StafettFallback"

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#4d4d4d")  # 8.5:1 on white
ACCENT = colors.HexColor("#1f4e79")
RULE = colors.HexColor("#b3b3b3")
SHADE = colors.HexColor("#eef2f7")
CONFIDENTIAL = colors.HexColor("#8b0000")

_VERA = Path(reportlab.__file__).parent / "fonts"
_FALLBACK_CANDIDATES = (
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/TTF/DejaVuSans.ttf"),
    Path("/usr/local/share/fonts/DejaVuSans.ttf"),
    Path("/Library/Fonts/DejaVuSans.ttf"),
    Path(os.environ.get("WINDIR", "C:/Windows")) / "Fonts" / "DejaVuSans.ttf",
)
# For a character no embedded font has: a readable stand-in rather than a missing-glyph box.
_STAND_INS = {"→": "->", "←": "<-", "✓": "v", "✔": "v", "☐": "[ ]", "□": "[ ]", "■": "[x]"}


@functools.cache
def register_fonts() -> tuple[frozenset[int], frozenset[int]]:
    """Register the embedded fonts once; the code points the main font and the fallback cover."""
    for name, file in (
        (FONT, "Vera.ttf"),
        (FONT_BOLD, "VeraBd.ttf"),
        (FONT_ITALIC, "VeraIt.ttf"),
        (FONT_BOLD_ITALIC, "VeraBI.ttf"),
    ):
        pdfmetrics.registerFont(TTFont(name, str(_VERA / file)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC)
    main = frozenset(pdfmetrics.getFont(FONT).face.charToGlyph)
    fallback: frozenset[int] = frozenset()
    for path in _FALLBACK_CANDIDATES:
        if path.is_file():
            font = TTFont(FALLBACK, str(path))
            pdfmetrics.registerFont(font)
            fallback = frozenset(font.face.charToGlyph)
            break
    return main, fallback


def markup(text: str) -> str:
    """Plain text as a platypus paragraph: escaped, line breaks kept, every character drawable."""
    main, fallback = register_fonts()
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            out.append(f'<font face="{FALLBACK}">{html.escape("".join(run), quote=False)}</font>')
            run.clear()

    for ch in text.replace("\r\n", "\n"):
        code = ord(ch)
        if ch == "\n":
            flush()
            out.append("<br/>")
        elif ch == "\t":
            flush()
            out.append(" ")
        elif code < 32:
            continue
        elif code in main:
            flush()
            out.append(html.escape(ch, quote=False))
        elif code in fallback:
            run.append(ch)
        else:
            flush()
            out.append(html.escape(_STAND_INS.get(ch, "?"), quote=False))
    flush()
    return "".join(out)


def plain(text: str) -> str:
    """Text for the canvas's own drawString (one font): what it cannot draw becomes a stand-in."""
    main, _ = register_fonts()
    return "".join(ch if ord(ch) in main else _STAND_INS.get(ch, "?") for ch in text if ch >= " ")


# --------------------------------------------------------------------------- styles


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    notice: ParagraphStyle


@functools.cache
def styles() -> Styles:
    register_fonts()
    body = ParagraphStyle(
        "body", fontName=FONT, bulletFontName=FONT, fontSize=10, leading=14, textColor=INK, alignment=TA_LEFT
    )
    return Styles(
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8.5, leading=11.5),
        muted=ParagraphStyle("muted", parent=body, fontSize=9, leading=12.5, textColor=MUTED),
        title=ParagraphStyle("title", parent=body, fontName=FONT_BOLD, fontSize=20, leading=25, textColor=ACCENT),
        subtitle=ParagraphStyle("subtitle", parent=body, fontSize=12, leading=16, textColor=MUTED, spaceAfter=6),
        h1=ParagraphStyle(
            "h1",
            parent=body,
            keepWithNext=1,
            fontName=FONT_BOLD,
            fontSize=14,
            leading=18,
            textColor=ACCENT,
            spaceBefore=10,
            spaceAfter=6,
        ),
        h2=ParagraphStyle(
            "h2",
            parent=body,
            keepWithNext=1,
            fontName=FONT_BOLD,
            fontSize=11.5,
            leading=15,
            textColor=INK,
            spaceBefore=8,
            spaceAfter=3,
        ),
        h3=ParagraphStyle(
            "h3",
            parent=body,
            keepWithNext=1,
            fontName=FONT_BOLD,
            fontSize=10,
            leading=13,
            textColor=INK,
            spaceBefore=5,
            spaceAfter=2,
        ),
        cell=ParagraphStyle("cell", parent=body, fontSize=8.5, leading=11),
        cell_bold=ParagraphStyle("cell_bold", parent=body, fontName=FONT_BOLD, fontSize=8.5, leading=11),
        notice=ParagraphStyle("notice", parent=body, fontSize=9, leading=12.5, textColor=CONFIDENTIAL),
    )


# --------------------------------------------------------------------------- metadata and PDF/A


@dataclass(frozen=True)
class Metadata:
    title: str
    author: str
    subject: str
    keywords: str
    language: str  # BCP 47, e.g. "nb-NO"
    created: dt.datetime  # aware
    pdfa: bool = True  # claim PDF/A-2b (not when foreign PDFs are appended)

    @property
    def creator(self) -> str:
        return f"Stafettlogg {desktop.__version__}"


class _Stamp:
    """reportlab's timestamp, from our clock (its own rounds away non-hour zone offsets)."""

    def __init__(self, when: dt.datetime) -> None:
        local = when.astimezone(OSLO)
        offset = local.utcoffset() or dt.timedelta(0)
        minutes = int(offset.total_seconds() // 60)
        self.YMDhms = (local.year, local.month, local.day, local.hour, local.minute, local.second)
        self.dhh, self.dmm = divmod(abs(minutes), 60)
        if minutes < 0:
            self.dhh = -self.dhh
        self.t = local.timestamp()
        self.lt = local.timetuple()
        self.tzname = local.tzname()

    def iso(self) -> str:
        y, mo, d, h, mi, s = self.YMDhms
        sign = "-" if self.dhh < 0 else "+"
        return f"{y:04d}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}{sign}{abs(self.dhh):02d}:{self.dmm:02d}"


def _xml(text: str) -> str:
    return html.escape(text, quote=True)


def xmp_packet(meta: Metadata, producer: str, stamp: _Stamp) -> bytes:
    """The XMP packet: Dublin Core, XMP, PDF and (if claimed) PDF/A identification, as the Info dict says."""
    pdfa = (
        '<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">'
        "<pdfaid:part>2</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance></rdf:Description>"
        if meta.pdfa
        else ""
    )
    lang = _xml(meta.language)
    body = (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        f"{pdfa}"
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        "<dc:format>application/pdf</dc:format>"
        f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{_xml(meta.title)}</rdf:li></rdf:Alt></dc:title>'
        f"<dc:creator><rdf:Seq><rdf:li>{_xml(meta.author)}</rdf:li></rdf:Seq></dc:creator>"
        f'<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{_xml(meta.subject)}</rdf:li></rdf:Alt>'
        "</dc:description>"
        f"<dc:language><rdf:Bag><rdf:li>{lang}</rdf:li></rdf:Bag></dc:language>"
        "</rdf:Description>\n"
        '<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">'
        f"<xmp:CreatorTool>{_xml(meta.creator)}</xmp:CreatorTool>"
        f"<xmp:CreateDate>{stamp.iso()}</xmp:CreateDate>"
        f"<xmp:ModifyDate>{stamp.iso()}</xmp:ModifyDate>"
        f"<xmp:MetadataDate>{stamp.iso()}</xmp:MetadataDate>"
        "</rdf:Description>\n"
        '<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">'
        f"<pdf:Producer>{_xml(producer)}</pdf:Producer>"
        f"<pdf:Keywords>{_xml(meta.keywords)}</pdf:Keywords>"
        "<pdf:Trapped>False</pdf:Trapped>"
        "</rdf:Description>\n"
        "</rdf:RDF>\n</x:xmpmeta>\n"
        + (" " * 100 + "\n") * 20  # padding, so the packet can be edited in place
        + '<?xpacket end="w"?>'
    )
    return body.encode("utf-8")


@functools.cache
def srgb_profile() -> bytes | None:
    """An sRGB ICC profile for the output intent (LittleCMS's built-in, via Pillow), or None."""
    try:
        from PIL import ImageCms
    except ImportError:  # Pillow comes with reportlab; a build without LittleCMS has no ImageCms
        return None
    data = bytearray(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
    # Declare ICC 4.2 (ISO 15076-1:2005, which PDF/A-2 names); the profile uses nothing newer,
    # and carries no profile ID that the changed header would spoil.
    if data[8:12] > b"\x04\x20\x00\x00" and data[84:100] == bytes(16):
        data[8:12] = b"\x04\x20\x00\x00"
    return bytes(data)


def _apply_pdfa(canvas: Canvas, meta: Metadata) -> None:
    doc = canvas._doc
    stamp = _Stamp(meta.created)
    doc._timeStamp = stamp
    info = doc.info
    info.title, info.author, info.subject, info.keywords = meta.title, meta.author, meta.subject, meta.keywords
    info.creator = meta.creator
    catalog = doc.Catalog
    catalog.Lang = pdfdoc.PDFString(meta.language)
    # Read when written: the doc template sets the producer after the canvas is made.
    catalog.Metadata = pdfdoc.XMP(creator=lambda _doc: xmp_packet(meta, doc.info.producer, stamp))
    canvas.setViewerPreference("DisplayDocTitle", "true")
    profile = srgb_profile()
    if profile is None:
        return
    icc = pdfdoc.PDFStream(pdfdoc.PDFDictionary({"N": 3}), profile, filters=[pdfdoc.PDFZCompress])
    intent = pdfdoc.PDFDictionary(
        {
            "Type": pdfdoc.PDFName("OutputIntent"),
            "S": pdfdoc.PDFName("GTS_PDFA1"),
            "OutputConditionIdentifier": pdfdoc.PDFString("sRGB IEC61966-2.1"),
            "RegistryName": pdfdoc.PDFString("http://www.color.org"),
            "Info": pdfdoc.PDFString("sRGB IEC61966-2.1"),
            "DestOutputProfile": doc.Reference(icc),
        }
    )
    catalog.OutputIntents = pdfdoc.PDFArray([intent])
    # The catalog writes only the keys it knows; this instance knows one more (written inline).
    catalog.__NoDefault__ = [*pdfdoc.PDFCatalog.__NoDefault__, "OutputIntents"]


# --------------------------------------------------------------------------- pages


@dataclass(frozen=True)
class Running:
    """What the head and foot of every page say."""

    left_head: str  # the child's name, or the form's title
    right_head: str  # «Taushetsbelagt»
    left_foot: str  # kommune · printed date
    page_label: Callable[[int, int], str]  # (3, 9) → «Side 3 av 9»


def _make_canvas(meta: Metadata, running: Running) -> type[Canvas]:
    class NumberedCanvas(Canvas):  # type: ignore[misc]
        """Keeps every page until the end, so each can say how many there are."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["initialFontName"] = FONT  # never a base-14 font, not even an unused one
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            _apply_pdfa(self, meta)

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._decorate(number, total)
                super().showPage()
            super().save()

        def _decorate(self, number: int, total: int) -> None:
            self.saveState()
            top = PAGE_HEIGHT - MARGIN + 4 * mm
            self.setFont(FONT_BOLD, 9)
            self.setFillColor(INK)
            self.drawString(MARGIN, top, plain(running.left_head))
            self.setFillColor(CONFIDENTIAL)
            self.drawRightString(PAGE_WIDTH - MARGIN, top, plain(running.right_head))
            self.setStrokeColor(RULE)
            self.setLineWidth(0.6)
            self.line(MARGIN, top - 2.5 * mm, PAGE_WIDTH - MARGIN, top - 2.5 * mm)
            bottom = MARGIN - 8 * mm
            self.line(MARGIN, bottom + 4 * mm, PAGE_WIDTH - MARGIN, bottom + 4 * mm)
            self.setFont(FONT, 8.5)
            self.setFillColor(MUTED)
            self.drawString(MARGIN, bottom, plain(running.left_foot))
            self.setFillColor(INK)
            self.drawRightString(PAGE_WIDTH - MARGIN, bottom, plain(running.page_label(number, total)))
            self.restoreState()

    return NumberedCanvas


def frame_rect() -> tuple[float, float, float, float]:
    """The body's frame on every page: x, y, width, height."""
    return MARGIN, MARGIN + FOOT - 8 * mm, PAGE_WIDTH - 2 * MARGIN, PAGE_HEIGHT - 2 * MARGIN - HEAD - FOOT + 8 * mm


def render(story: Sequence[Flowable], meta: Metadata, running: Running) -> bytes:
    """The story as PDF bytes, with the running head and foot on every page."""
    register_fonts()
    out = io.BytesIO()
    doc = BaseDocTemplate(
        out,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + HEAD,
        bottomMargin=MARGIN + FOOT,
        title=meta.title,
        author=meta.author,
        subject=meta.subject,
        creator=meta.creator,
        keywords=meta.keywords,
        lang=meta.language,
        initialFontName=FONT,
        pageCompression=1,
    )
    x, y, w, h = frame_rect()
    frame = Frame(x, y, w, h, id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(list(story), canvasmaker=_make_canvas(meta, running))
    return out.getvalue()


# --------------------------------------------------------------------------- files


def safe_filename(name: str) -> str:
    """A file name every platform accepts (no path separators, no Windows-reserved characters)."""
    cleaned = "".join("-" if ch in '<>:"/\\|?*' or ord(ch) < 32 else ch for ch in name)
    return " ".join(cleaned.split()).strip(" .") or "Stafettlogg"


def save_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all: a private temp file, fsync, then rename.

    Raises ``OSError`` (disk full, no permission …); the temp file is gone and an existing
    file at ``path`` is untouched.
    """
    target = Path(path)
    fd, temp = tempfile.mkstemp(prefix=f".{target.name[:40]}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def os_error_message(exc: OSError) -> str:
    """A failed save in plain Norwegian (the views translate nothing the core says either)."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return "Det er ikke plass til filen på disken. Frigjør plass eller velg et annet sted, og prøv igjen."
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "Du har ikke lov til å lagre i denne mappen. Velg en annen mappe, og prøv igjen."
    if exc.errno == errno.ENOENT:
        return "Mappen finnes ikke (lenger). Velg en annen mappe, og prøv igjen."
    return f"Filen kunne ikke lagres: {exc.strerror or exc}. Ingenting er lagret."
