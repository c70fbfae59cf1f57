"""Export a log and print the consent form through the widgets, then read the PDFs back."""

from __future__ import annotations

import io
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
)

from desktop.views.eksport import EksportDialog, SamtykkeskjemaDialog, print_consent_form
from desktop.views.logview import LogView
from desktop.views.tilgang import TilgangPage

from .conftest import Desk
from .helpers import by_name, open_log_view, screenshot, unnamed_controls, when_modal
from .test_mainwindow import window_for  # noqa: F401 - a fixture

ELLA = "Ella Fjellstad"


def text(path: Path) -> str:
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
    return " ".join(done.stdout.decode("utf-8").split())


@pytest.fixture
def save_to(monkeypatch: pytest.MonkeyPatch) -> Callable[[Path], list[str]]:
    """The save-file dialog answers with the given path; returns the names it proposed."""
    proposed: list[str] = []
    target: list[Path] = []

    def answer(_parent, _title, suggested, _filter):  # type: ignore[no-untyped-def]
        proposed.append(Path(suggested).name)
        return str(target[-1]), "PDF-filer (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))

    def set_target(path: Path) -> list[str]:
        target.append(path)
        return proposed

    return set_target


def open_view(desk: Desk, qtbot: QtBot, child: str = ELLA) -> LogView:
    view = LogView(desk.backend, desk.training.logs[child])  # type: ignore[arg-type]
    qtbot.addWidget(view)
    view.resize(1366, 768)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        pass
    return view


def export_dialog(view: LogView) -> EksportDialog:
    by_name(view, "Eksporter som PDF", QPushButton).click()
    [dialog] = view.findChildren(EksportDialog)
    return dialog


def save(dialog: EksportDialog | SamtykkeskjemaDialog, qtbot: QtBot, desk: Desk, path: Path) -> None:
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        by_name(dialog, "Lagre som PDF", QPushButton).click()
    desk.wait(qtbot)
    assert path.is_file()


def test_export_chosen_concerns_through_the_dialog(
    desk_for: Callable[[str], Desk], qtbot: QtBot, tmp_path: Path, save_to: Callable[[Path], list[str]]
) -> None:
    desk = desk_for("Kari Nilsen")
    view = open_view(desk, qtbot)
    assert view.snap is not None
    dialog = export_dialog(view)
    assert unnamed_controls(dialog) == []
    concerns = by_name(dialog, "Oppmerksomheter som tas med", QListWidget)
    assert not concerns.isEnabled()
    by_name(dialog, "Utvalgte oppmerksomheter", QRadioButton).click()
    assert concerns.isEnabled()
    left_out = concerns.item(1)
    left_out.setCheckState(Qt.CheckState.Unchecked)
    history = by_name(dialog, "Ta med historikken", QCheckBox)
    assert not history.isEnabled() and not history.isChecked()
    left_out.setCheckState(Qt.CheckState.Checked)
    assert history.isEnabled() and history.isChecked()
    left_out.setCheckState(Qt.CheckState.Unchecked)
    dialog.adjustSize()
    screenshot(dialog, "eksport-dialog.png")
    path = tmp_path / "ella.pdf"
    proposed = save_to(path)
    save(dialog, qtbot, desk, path)
    assert proposed == ["Stafettlogg – Ella Fjellstad – 2026-11-26.pdf"]
    content = text(path)
    kept = [o.tekst for o in view.snap.oppmerksomheter if o.tekst != left_out.text()]
    assert all(" ".join(t.split()) in content for t in kept)
    assert " ".join(left_out.text().split()) not in content
    assert "Historikk" not in content and "Side 1 av" in content


def test_export_the_whole_log_with_diagram_attachments_and_history(
    desk_for: Callable[[str], Desk], qtbot: QtBot, tmp_path: Path, save_to: Callable[[Path], list[str]]
) -> None:
    desk = desk_for("Kari Nilsen")
    view = open_view(desk, qtbot)
    dialog = export_dialog(view)
    assert by_name(dialog, "Ta med vedleggene").isChecked()
    path = tmp_path / "hele.pdf"
    save_to(path)
    save(dialog, qtbot, desk, path)
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    assert any(page.images for page in reader.pages), "the factor diagram is drawn in"
    content = text(path)
    assert "Historikk" in content and "Vedlegg: ella-spiser-selv.pdf" in content
    assert f"Side {len(reader.pages)} av {len(reader.pages)}" in content
    assert oct(path.stat().st_mode & 0o777) == oct(0o600)
    assert dialog.isHidden()


def test_a_reader_with_chosen_concerns_exports_only_those(
    desk_for: Callable[[str], Desk], qtbot: QtBot, tmp_path: Path, save_to: Callable[[Path], list[str]]
) -> None:
    desk = desk_for("Ingrid Sørli")
    view = open_view(desk, qtbot)
    dialog = export_dialog(view)
    assert by_name(dialog, "Alle oppmerksomhetene", QRadioButton).text() == "&Alle oppmerksomhetene du har tilgang til"
    assert not by_name(dialog, "Ta med historikken").isEnabled()
    path = tmp_path / "ingrid.pdf"
    save_to(path)
    save(dialog, qtbot, desk, path)
    assert "utskriften følger lesetilgangen" in text(path)


def test_a_failed_save_says_why_and_leaves_nothing(
    desk_for: Callable[[str], Desk], qtbot: QtBot, tmp_path: Path, save_to: Callable[[Path], list[str]]
) -> None:
    desk = desk_for("Kari Nilsen")
    dialog = export_dialog(open_view(desk, qtbot))
    save_to(tmp_path / "borte" / "ella.pdf")
    by_name(dialog, "Lagre som PDF", QPushButton).click()
    error = by_name(dialog, "Feilmelding", QLabel)
    qtbot.waitUntil(error.isVisible, timeout=20_000)
    desk.wait(qtbot)
    assert error.text().startswith("Mappen finnes ikke")
    assert dialog.isVisible() and by_name(dialog, "Lagre som PDF", QPushButton).isEnabled()
    assert not (tmp_path / "borte").exists()


def test_closing_a_log_offers_the_archive_pdf(
    desk_for: Callable[[str], Desk], qtbot: QtBot, tmp_path: Path, save_to: Callable[[Path], list[str]]
) -> None:
    desk = desk_for("Kari Nilsen")
    view = open_view(desk, qtbot)

    def close(dialog) -> None:  # type: ignore[no-untyped-def]
        qtbot.keyClicks(by_name(dialog, "Grunnen til at loggen avsluttes", QPlainTextEdit), "Målene er nådd.")
        by_name(dialog, "Avslutt loggen", QPushButton).click()

    when_modal(close, title="Avslutt loggen")
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        by_name(view, "Avslutt loggen", QPushButton).click()
    offer = QApplication.activeModalWidget()
    assert offer is not None and offer.windowTitle() == "Loggen er avsluttet"
    by_name(offer, "Lagre PDF for barnets mappe", QPushButton).click()
    [dialog] = view.findChildren(EksportDialog)
    assert dialog.windowTitle() == "Lagre PDF for barnets mappe"
    path = tmp_path / "arkiv.pdf"
    save_to(path)
    save(dialog, qtbot, desk, path)
    assert "Status Avsluttet" in text(path)


@pytest.mark.parametrize("language", ["Bokmål", "Nynorsk", "English"])
def test_print_the_consent_form_from_the_access_page(
    desk_for: Callable[[str], Desk],
    qtbot: QtBot,
    tmp_path: Path,
    save_to: Callable[[Path], list[str]],
    language: str,
) -> None:
    desk = desk_for("Kari Nilsen")
    view = open_log_view(desk, qtbot, ELLA)
    page = view.page(TilgangPage)
    by_name(page, "Skriv ut samtykkeskjema", QPushButton).click()
    [dialog] = page.findChildren(SamtykkeskjemaDialog)
    assert unnamed_controls(dialog) == []
    by_name(dialog, language, QRadioButton).click()
    assert by_name(dialog, "Fylt ut", QRadioButton).isChecked()
    path = tmp_path / f"samtykke-{language}.pdf"
    proposed = save_to(path)
    save(dialog, qtbot, desk, path)
    content = text(path)
    phrase = {
        "Bokmål": "Loggen er ikke en journal",
        "Nynorsk": "Loggen er ikkje ein journal",
        "English": "The log is not a medical record",
    }[language]
    assert phrase in content and "Ella Fjellstad" in content and "Mona Fjellstad" in content
    assert proposed[0].endswith("Ella Fjellstad – 2026-11-26.pdf")
    assert dialog.isVisible(), "stays open for another language"
    assert "Skjemaet er lagret" in by_name(dialog, "Status for PDF-en", QLabel).text()
    if language == "Nynorsk":
        dialog.adjustSize()
        screenshot(dialog, "samtykkeskjema-dialog.png")


def test_a_blank_consent_form_from_the_file_menu(
    desk_for: Callable[[str], Desk], qtbot: QtBot, tmp_path: Path, save_to: Callable[[Path], list[str]]
) -> None:
    desk = desk_for("Kari Nilsen")
    dialog = print_consent_form(desk.backend, None)
    qtbot.addWidget(dialog)
    assert not by_name(dialog, "Fylt ut", QRadioButton).isVisibleTo(dialog)
    assert by_name(dialog, "Blankt skjema", QRadioButton).isChecked()
    path = tmp_path / "blankt.pdf"
    proposed = save_to(path)
    save(dialog, qtbot, desk, path)
    content = text(path)
    assert "Taushetsbelagt når det er fylt ut" in content and "Øvingsvik kommune" in content
    assert "Ella" not in content
    assert proposed == ["Samtykkeskjema – 2026-11-26.pdf"]


def test_the_wizard_prints_the_form_with_what_was_typed(
    desk_for: Callable[[str], Desk], qtbot: QtBot, tmp_path: Path, save_to: Callable[[Path], list[str]]
) -> None:
    from .test_wizard import open_wizard, synthetic, to_consent_page

    desk = desk_for("Kari Nilsen")
    wizard = open_wizard(qtbot, desk)
    to_consent_page(qtbot, wizard, synthetic(6))
    by_name(wizard, "Skriv ut samtykkeskjema", QPushButton).click()
    [dialog] = wizard.findChildren(SamtykkeskjemaDialog)
    by_name(dialog, "Nynorsk", QRadioButton).click()
    path = tmp_path / "sofie.pdf"
    proposed = save_to(path)
    save(dialog, qtbot, desk, path)
    content = text(path)
    assert "Sofie Lund" in content and "Hanne Lund" in content and "Tor Lund" in content
    assert "Føresette" in content and "Solsikken barnehage" in content
    assert proposed == ["Samtykkeskjema – Sofie Lund – 2026-11-26.pdf"]


def test_the_file_menu_offers_a_blank_form(window_for: Callable[..., object], qtbot: QtBot) -> None:  # noqa: F811
    from PySide6.QtGui import QAction

    from desktop.views.mainwindow import MainWindow

    window = window_for("Lars Bakken")
    assert isinstance(window, MainWindow)
    [fil] = [a for a in window.menuBar().actions() if a.text() == "&Fil"]
    [action] = [a for a in fil.menu().actions() if a.text() == "Skriv ut &samtykkeskjema …"]
    assert isinstance(action, QAction)
    action.trigger()
    [dialog] = window.findChildren(SamtykkeskjemaDialog)
    assert by_name(dialog, "Blankt skjema", QRadioButton).isChecked()
    dialog.reject()
