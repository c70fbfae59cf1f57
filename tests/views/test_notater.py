"""«Notater»: a note with a PDF attachment, the in-memory preview, a refused non-PDF."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from reportlab.pdfgen import canvas

from desktop.models.rows import ROW_ROLE

from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
)

from desktop.views.notater import NotaterPage, read_vedlegg

from .conftest import Desk
from .helpers import by_name, load_snapshot, screenshot, unnamed_controls

NOTE = "Bilder av Ella som øver med skjeen. Mor og far har sagt ja til at bildene ligger i loggen."
PageFor = Callable[[str], tuple[Desk, NotaterPage]]


def two_page_pdf(path: Path) -> Path:
    c = canvas.Canvas(str(path))
    c.setFont("Helvetica", 20)
    c.drawString(72, 760, "Øvelse 1: Ella holder skjeen med tykt skaft.")
    c.showPage()
    c.setFont("Helvetica", 20)
    c.drawString(72, 760, "Øvelse 2: Ella smører brødskiva selv.")
    c.showPage()
    c.save()
    return path


def has_ink(view: QPdfView) -> bool:
    """Dark pixels inside the viewport: QtPdf (which renders on its own thread) has drawn the text."""
    image = view.viewport().grab().toImage()
    return any(
        image.pixelColor(x, y).lightness() < 100
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
    )


def pick_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(path), "")))


def wait_for_preview(qtbot: QtBot, page: NotaterPage, filnavn: str) -> QPdfView:
    view = by_name(page, "Forhåndsvisning av vedlegget", QPdfView)
    title = by_name(page, "Vedlegget som vises", QLabel)
    qtbot.waitUntil(lambda: view.isVisible() and title.text() == f"<b>{filnavn}</b>")
    qtbot.waitUntil(lambda: has_ink(view))
    return view


@pytest.fixture
def page_for(desk_for: Callable[[str], Desk], qtbot: QtBot) -> PageFor:
    def make(name: str) -> tuple[Desk, NotaterPage]:
        desk = desk_for(name)
        bugs: list[object] = []
        desk.backend.bug.connect(bugs.append)
        page = NotaterPage(desk.backend)
        qtbot.addWidget(page)
        page.resize(1366, 768)
        page.show()
        page.set_snapshot(load_snapshot(desk, qtbot))
        return desk, page

    return make


def test_add_a_note_with_a_pdf_and_preview_it(
    page_for: PageFor, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk, page = page_for("Kari Nilsen")
    pick_file(monkeypatch, two_page_pdf(tmp_path / "skjeen.pdf"))

    by_name(page, "Nytt notat", QPushButton).click()
    dialog = by_name(page, "Nytt notat", QDialog)
    assert "Stafettloggen er ikke en journal" in by_name(dialog, "Påminnelse", QLabel).text()
    by_name(dialog, "Notat", QPlainTextEdit).setPlainText(NOTE)
    by_name(dialog, "Internt notat", QCheckBox).setChecked(True)
    by_name(dialog, "Legg ved PDF", QPushButton).click()
    assert by_name(dialog, "Vedlegg til notatet", QListWidget).item(0).text().startswith("skjeen.pdf")
    with qtbot.waitSignal(dialog.finished):
        by_name(dialog, "Lagre notatet", QPushButton).click()
    desk.wait(qtbot)
    page.set_snapshot(load_snapshot(desk, qtbot))

    # Listed first (newest), with author, the «Internt» marker and one attachment; and selected.
    table = by_name(page, "Notater i loggen", QTableView)
    model = table.model()
    cells = [model.index(0, c).data() for c in range(model.columnCount())]
    assert cells == ["26.11.2026 09:00", "Kari Nilsen", NOTE, "Internt", "1 PDF"]
    current = table.currentIndex().data(ROW_ROLE)
    assert current.tekst == NOTE and [v.filnavn for v in current.vedlegg] == ["skjeen.pdf"]
    assert "Mor og far har sagt ja" in by_name(page, "Notatet").toPlainText()

    # The preview: loaded from memory into QtPdf, with page controls that have names.
    view = wait_for_preview(qtbot, page, "skjeen.pdf")
    assert view.document().status() is QPdfDocument.Status.Ready
    assert view.document().pageCount() == 2
    pages = by_name(page, "Sidenummer", QSpinBox)
    assert pages.value() == 1
    by_name(page, "Neste side", QPushButton).click()
    assert pages.value() == 2 and view.pageNavigator().currentPage() == 1
    assert not by_name(page, "Neste side", QPushButton).isEnabled()
    by_name(page, "Forrige side", QPushButton).click()
    assert pages.value() == 1
    for name in ("Forstørr", "Forminsk", "Tilpass bredden"):
        assert by_name(page, name, QPushButton).isEnabled()


def test_a_non_pdf_is_refused_and_the_text_stays(
    page_for: PageFor, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _desk, page = page_for("Kari Nilsen")
    picture = tmp_path / "bilde.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    pick_file(monkeypatch, picture)

    page.new_notat()
    dialog = by_name(page, "Nytt notat", QDialog)
    by_name(dialog, "Notat", QPlainTextEdit).setPlainText(NOTE)
    by_name(dialog, "Legg ved PDF", QPushButton).click()

    error = by_name(dialog, "Feilmelding", QLabel)
    assert error.isVisible()
    assert error.text() == "«bilde.png» er ikke en PDF-fil. Bare PDF kan lastes opp."
    assert by_name(dialog, "Notat", QPlainTextEdit).toPlainText() == NOTE
    assert by_name(dialog, "Vedlegg til notatet", QListWidget).count() == 0
    assert dialog.isVisible()
    screenshot(dialog, "dialog-nytt-notat.png")
    dialog.reject()


def test_attach_a_pdf_to_an_existing_note(
    page_for: PageFor, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk, page = page_for("Kari Nilsen")
    table = by_name(page, "Notater i loggen", QTableView)
    model = table.model()
    row = next(r for r in range(model.rowCount()) if not model.index(r, 0).data(ROW_ROLE).vedlegg)
    target = model.index(row, 0).data(ROW_ROLE)
    table.setCurrentIndex(model.index(row, 0))
    assert by_name(page, "Notatet har ingen vedlegg", QLabel).isVisible()
    pick_file(monkeypatch, two_page_pdf(tmp_path / "samtykke-ingrid.pdf"))

    by_name(page, "Legg ved PDF i notatet", QPushButton).click()
    desk.wait(qtbot)
    assert by_name(page, "Status for notater", QLabel).text() == "«samtykke-ingrid.pdf» er lagt ved notatet."
    page.set_snapshot(load_snapshot(desk, qtbot))

    current = table.currentIndex().data(ROW_ROLE)
    assert current.id == target.id
    assert [v.filnavn for v in current.vedlegg] == ["samtykke-ingrid.pdf"]
    wait_for_preview(qtbot, page, "samtykke-ingrid.pdf")


def test_the_training_note_shows_its_pdf(page_for: PageFor, qtbot: QtBot) -> None:
    _desk, page = page_for("Kari Nilsen")
    table = by_name(page, "Notater i loggen", QTableView)
    model = table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(ROW_ROLE).vedlegg)
    table.setCurrentIndex(model.index(row, 0))
    view = wait_for_preview(qtbot, page, "ella-spiser-selv.pdf")
    assert view.document().status() is QPdfDocument.Status.Ready and view.document().pageCount() >= 1
    screenshot(page, "logg-notater.png")


def test_an_attachment_is_read_only_through_its_own_log(page_for: PageFor, qtbot: QtBot) -> None:
    desk, page = page_for("Kari Nilsen")
    snap = page.snap
    assert snap is not None
    vedlegg = next(v for n in snap.notater for v in n.vedlegg)
    other = desk.training.logs["Noah Berge"]
    got: list[object] = []
    desk.backend.call(lambda ctx: read_vedlegg(ctx, snap.id, vedlegg.id), success=got.append, failure=got.append)
    desk.backend.call(lambda ctx: read_vedlegg(ctx, other, vedlegg.id), success=got.append, failure=got.append)
    desk.wait(qtbot)
    assert isinstance(got[0], bytes) and got[0].startswith(b"%PDF-")
    assert got[1] == "Vedlegget finnes ikke (lenger)."


def test_every_control_has_a_name(page_for: PageFor, qtbot: QtBot) -> None:
    _desk, page = page_for("Kari Nilsen")
    assert unnamed_controls(page) == []
    dialog = page.new_notat()
    assert dialog is not None
    assert unnamed_controls(dialog) == []
    dialog.reject()


def test_family_cannot_add_notes(page_for: PageFor) -> None:
    _desk, page = page_for("Mona Fjellstad")
    assert by_name(page, "Nytt notat", QPushButton).isHidden()
    assert by_name(page, "Legg ved PDF i notatet", QPushButton).isHidden()
    assert page.new_notat() is None


def test_note_models_pass_the_model_tester(page_for: PageFor, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    _desk, page = page_for("Kari Nilsen")
    assert page.model.rowCount() >= 2
    qtmodeltester.check(page.model)
    table = by_name(page, "Notater i loggen", QTableView)
    model = table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(ROW_ROLE).vedlegg)
    table.setCurrentIndex(model.index(row, 0))
    assert page.vedlegg_model.rowCount() == 1
    qtmodeltester.check(page.vedlegg_model)
