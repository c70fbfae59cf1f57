"""The log as PDF, read back with pypdf and poppler: content, access, fonts, metadata, files."""

from __future__ import annotations

import datetime as dt
import errno
import io
import os
import re
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from sqlalchemy import select

from desktop.core import audit
from desktop.core.entities import AuditEntry
from desktop.reports import logg, pdf
from desktop.reports.logg import EksportValg

from .conftest import Kurs, pdftotext, squash, text_of

ELLA = "Ella Fjellstad"


def export(kurs: Kurs, who: str, child: str = ELLA, **valg: object) -> tuple[logg.LoggEksport, bytes]:
    with kurs.as_(who) as ctx:
        data = logg.gather(ctx, kurs.logs[child], EksportValg(**valg))  # type: ignore[arg-type]
    return data, logg.build_logg_pdf(data)


def test_every_page_names_the_child_confidentiality_and_its_number(kurs: Kurs) -> None:
    _, data = export(kurs, "Kari Nilsen", vedlegg=False)
    pages = text_of(data)
    assert len(pages) > 3
    for n, text in enumerate(pages, start=1):
        assert f"Stafettlogg – {ELLA}" in text
        assert "Taushetsbelagt" in text
        assert f"Side {n} av {len(pages)}" in text


def test_the_whole_log_is_there_with_norwegian_letters(kurs: Kurs) -> None:
    gathered, data = export(kurs, "Kari Nilsen", vedlegg=False)
    text = squash(pdftotext(data))
    snap = gathered.snap
    for heading in ("Om barnet og bekymringen", "Mål", "I tjenesten", "I hjemmet", "Lysglimt", "Møter", "Notater"):
        assert heading in text
    for o in snap.oppmerksomheter:
        assert squash(o.tekst) in text
        for t in o.tiltak:
            assert squash(t.tekst)[:40] in text
    assert "Øvingsvik kommune" in text and "Solsikken barnehage" in text
    assert "Historikk" in text and "Kari Nilsen" in text
    assert f"Nivå {snap.niva}" in text and "Stafettholder" in text


def test_a_reader_limited_to_chosen_concerns_gets_only_those(kurs: Kurs) -> None:
    full, _ = export(kurs, "Kari Nilsen", vedlegg=False)
    limited, data = export(kurs, "Ingrid Sørli")
    assert limited.snap.limited and not limited.hele_loggen
    seen = {o.id for o in limited.snap.oppmerksomheter}
    hidden = [o for o in full.snap.oppmerksomheter if o.id not in seen]
    assert seen and hidden
    text = squash(pdftotext(data))
    for o in limited.snap.oppmerksomheter:
        assert squash(o.tekst) in text
    for o in hidden:
        assert squash(o.tekst) not in text
        for t in o.tiltak:
            assert squash(t.tekst) not in text
    for note in full.snap.notater:
        assert squash(note.tekst)[:40] not in text
    assert "Historikk" not in text and limited.historikk is None and limited.vedlegg == []
    assert "utskriften følger lesetilgangen" in text


def test_chosen_concerns_leave_out_the_others_and_the_whole_log_parts(kurs: Kurs) -> None:
    full, _ = export(kurs, "Kari Nilsen", vedlegg=False)
    first, *others = full.snap.oppmerksomheter
    gathered, data = export(kurs, "Kari Nilsen", oppmerksomheter=(first.id,), historikk=True, vedlegg=True)
    text = squash(pdftotext(data))
    assert squash(first.tekst) in text
    for o in others:
        assert squash(o.tekst) not in text
    assert not gathered.hele_loggen and gathered.historikk is None and gathered.vedlegg == []
    assert "Notater" not in text and "Historikk" not in text
    assert f"Utvalgte oppmerksomheter (1 av {len(full.snap.oppmerksomheter)})" in text


def test_a_concern_that_is_not_the_persons_is_never_exported(kurs: Kurs) -> None:
    other = kurs.logs["Noah Berge"]
    with kurs.as_("Kari Nilsen") as ctx:
        noah = logg.gather(ctx, other, EksportValg())  # type: ignore[arg-type]
    gathered, _ = export(kurs, "Ingrid Sørli", oppmerksomheter=tuple(o.id for o in noah.snap.oppmerksomheter))
    assert gathered.snap.oppmerksomheter == []


def test_attached_pdfs_come_last_with_the_same_head_and_foot(kurs: Kurs) -> None:
    gathered, data = export(kurs, "Kari Nilsen", vedlegg=True, historikk=False)
    assert gathered.vedlegg, "the training log has a note with a PDF"
    attached = sum(len(PdfReader(io.BytesIO(v.innhold)).pages) for v in gathered.vedlegg)
    _, without = export(kurs, "Kari Nilsen", vedlegg=False, historikk=False)
    pages = text_of(data)
    assert len(pages) == len(text_of(without)) + attached
    last = pages[-1]
    assert f"Side {len(pages)} av {len(pages)}" in last and f"Stafettlogg – {ELLA}" in last
    assert f"Vedlegg: {gathered.vedlegg[-1].filnavn}" in last
    source = PdfReader(io.BytesIO(gathered.vedlegg[-1].innhold)).pages[-1].extract_text()
    assert squash(source)[:20] in squash(last)
    assert "lagt ved bakerst" in squash(pdftotext(data))
    # Foreign pages may break PDF/A, so the file no longer claims it.
    assert b"pdfaid:part" not in data


def test_a_broken_attachment_is_named_not_appended(kurs: Kurs) -> None:
    gathered, _ = export(kurs, "Kari Nilsen", historikk=False)
    broken = [logg.Vedleggsfil(v.id, v.notat_id, v.filnavn, b"%PDF-1.4 not really") for v in gathered.vedlegg]
    data = logg.build_logg_pdf(logg.dataclasses.replace(gathered, vedlegg=broken))
    text = squash(pdftotext(data))
    assert "ikke lagt ved: kunne ikke leses" in text
    assert b"pdfaid:part>2<" in data


def test_the_factor_diagram_is_drawn_from_the_png_it_is_given(kurs: Kurs) -> None:
    gathered, plain = export(kurs, "Kari Nilsen", vedlegg=False, historikk=False)
    assert gathered.diagrammer
    png = io.BytesIO()
    Image.new("RGB", (300, 200), "#3366aa").save(png, "PNG")
    data = logg.build_logg_pdf(gathered, {i: png.getvalue() for i in gathered.diagrammer})
    images = [name for page in PdfReader(io.BytesIO(data)).pages for name in page.images]
    assert len(images) == len(gathered.diagrammer)
    assert not [name for page in PdfReader(io.BytesIO(plain)).pages for name in page.images]
    assert "Opprettholdende faktorer" in pdftotext(data)


def test_every_export_is_in_the_audit_trail(kurs: Kurs) -> None:
    with kurs.as_("Kari Nilsen") as ctx:
        before = ctx.session.scalar(select(AuditEntry.seq).order_by(AuditEntry.seq.desc()).limit(1))
        logg.gather(ctx, kurs.logs[ELLA], EksportValg(vedlegg=False))  # type: ignore[arg-type]
    with kurs.factory() as session:
        entries = list(session.scalars(select(AuditEntry).where(AuditEntry.seq > before)))
        assert [(e.action, e.detail["hva"]) for e in entries] == [(audit.Action.EXPORT, "logg-pdf")]
        assert entries[0].logg_id == kurs.logs[ELLA] and entries[0].detail["hele_loggen"] is True
        assert audit.verify(session).ok


def test_fonts_are_embedded_subsets_never_the_base_14(kurs: Kurs) -> None:
    _, data = export(kurs, "Kari Nilsen", vedlegg=False)
    reader = PdfReader(io.BytesIO(data))
    seen = set()
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            seen.add(str(font["/BaseFont"]))
            assert re.fullmatch(r"/[A-Z]{6}\+.+", str(font["/BaseFont"])), font["/BaseFont"]
            assert "/FontFile2" in font["/FontDescriptor"]
            assert "/ToUnicode" in font  # what makes æøå extractable
    assert any("BitstreamVeraSans" in name for name in seen)


def test_metadata_and_pdf_a_2b_identification(kurs: Kurs) -> None:
    _, data = export(kurs, "Kari Nilsen", vedlegg=False)
    assert data.startswith(b"%PDF-1.4\n%") and all(b > 127 for b in data[10:14])
    reader = PdfReader(io.BytesIO(data))
    info = reader.metadata
    assert info is not None
    assert info.title == f"Stafettlogg – {ELLA}"
    assert info.author == "Kari Nilsen"
    assert info.subject is not None and "Taushetsbelagt" in info.subject
    assert info.creator is not None and info.creator.startswith("Stafettlogg ")
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "nb-NO"
    assert not reader.is_encrypted
    xmp = reader.xmp_metadata
    assert xmp is not None
    assert xmp.dc_title == {"x-default": info.title}
    assert xmp.dc_creator == [info.author]
    assert xmp.pdf_producer == info.producer and xmp.xmp_creator_tool == info.creator
    assert "/Filter" not in root["/Metadata"].get_object()
    raw = root["/Metadata"].get_object().get_data()
    assert b"<pdfaid:part>2</pdfaid:part>" in raw and b"<pdfaid:conformance>B</pdfaid:conformance>" in raw
    [intent] = root["/OutputIntents"]
    intent = intent.get_object()
    assert intent["/S"] == "/GTS_PDFA1"
    profile = intent["/DestOutputProfile"].get_object()
    assert profile["/N"] == 3 and profile.get_data()[36:40] == b"acsp"
    created = xmp.xmp_create_date
    assert created.replace(tzinfo=dt.UTC) == dt.datetime(2026, 11, 26, 8, 0, tzinfo=dt.UTC)


def test_default_file_name() -> None:
    assert logg.default_filename("Ola Nordmann", dt.date(2026, 11, 26)) == "Stafettlogg – Ola Nordmann – 2026-11-26.pdf"
    assert logg.default_filename("A/B: C?", dt.date(2026, 1, 2)) == "Stafettlogg – A-B- C- – 2026-01-02.pdf"


def test_text_no_font_can_draw_becomes_a_stand_in() -> None:
    assert "?" in pdf.markup("smil 🙂")
    assert pdf.markup("a < b & c") == "a &lt; b &amp; c"
    assert pdf.markup("en\nto") == "en<br/>to"


# --------------------------------------------------------------------------- writing the file


def test_save_is_whole_or_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "logg.pdf"
    pdf.save_atomic(target, b"%PDF first")
    assert target.read_bytes() == b"%PDF first"
    assert oct(target.stat().st_mode & 0o777) == oct(0o600)

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OSError) as caught:
        pdf.save_atomic(target, b"%PDF second")
    assert target.read_bytes() == b"%PDF first"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["logg.pdf"]
    assert "ikke plass" in pdf.os_error_message(caught.value)


def test_failed_saves_say_why_in_norwegian(tmp_path: Path) -> None:
    with pytest.raises(OSError) as caught:
        pdf.save_atomic(tmp_path / "finnes-ikke" / "logg.pdf", b"x")
    assert pdf.os_error_message(caught.value).startswith("Mappen finnes ikke")
    assert "lov til" in pdf.os_error_message(PermissionError(errno.EACCES, "Permission denied"))
