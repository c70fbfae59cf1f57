"""Translations: every text in the code is in both .ts files, finished; the built .qm files show the app in
nynorsk and English; the app picks the language and falls back to bokmål (the source language)."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.app import load_translators, requested_language, system_language
from desktop.core.usecases.content import MAL_CHECKS

import PySide6
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QTableView

from desktop.views.logview import LogView
from desktop.views.mainwindow import MainWindow

from .helpers import by_name, unnamed_controls
from .test_mainwindow import wait_idle, window_for  # noqa: F401 - window_for is a fixture

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
LANGS = ("en", "nn")

Message = tuple[str, str]  # (context, source)


def qt_tool(name: str) -> str:
    """lupdate / lrelease as PySide6 ships them (what scripts/i18n.sh and build.spec run)."""
    found = shutil.which(name, path=str(Path(PySide6.__file__).parent)) or shutil.which(f"pyside6-{name}")
    if found is None:
        pytest.skip(f"{name} is not installed")
    return found


def read_ts(path: Path) -> dict[Message, ET.Element]:
    """Every current message of a .ts file (texts that left the code, kept as obsolete, are skipped)."""
    messages = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") not in ("obsolete", "vanished"):
                messages[(name, message.findtext("source") or "")] = translation
    return messages


def shown(messages: list[Message]) -> str:
    return "\n".join(f"  [{context}] {source!r}" for context, source in messages)


@pytest.fixture(scope="module")
def in_code(tmp_path_factory: pytest.TempPathFactory) -> set[Message]:
    """What lupdate finds in the code now, over the same files as scripts/i18n.sh update."""
    listed = subprocess.run(
        ["bash", str(ROOT / "scripts" / "i18n.sh"), "sources"], capture_output=True, text=True, check=True
    ).stdout.split()
    assert "desktop/views/mainwindow.py" in listed and "desktop/app.py" in listed
    fresh = tmp_path_factory.mktemp("lupdate") / "fresh.ts"
    subprocess.run(
        [qt_tool("lupdate"), "-silent", "-locations", "none", *listed, "-ts", str(fresh)], cwd=ROOT, check=True
    )
    return set(read_ts(fresh))


@pytest.fixture(scope="module")
def qm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .qm files, built from the .ts sources as scripts/i18n.sh build does."""
    folder = tmp_path_factory.mktemp("qm")
    for lang in LANGS:
        ts, qm = I18N / f"stafettlogg_{lang}.ts", folder / f"stafettlogg_{lang}.qm"
        subprocess.run([qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    return folder


# --------------------------------------------------------------------------- the .ts sources


@pytest.mark.parametrize("lang", LANGS)
def test_every_text_in_the_code_has_a_finished_translation(lang: str, in_code: set[Message]) -> None:
    messages = read_ts(I18N / f"stafettlogg_{lang}.ts")
    missing = sorted(in_code - set(messages))
    assert not missing, (
        f"Texts not in stafettlogg_{lang}.ts – run scripts/i18n.sh update and translate them:\n{shown(missing)}"
    )
    unfinished = sorted(k for k, t in messages.items() if t.get("type") == "unfinished" or not (t.text or "").strip())
    assert not unfinished, f"Unfinished translations in stafettlogg_{lang}.ts:\n{shown(unfinished)}"


@pytest.mark.parametrize("lang", LANGS)
def test_translations_keep_placeholders_and_mnemonics(lang: str) -> None:
    """A lost {0} drops a name from a sentence; a lost & a keyboard shortcut."""
    wrong = []
    for (context, source), translation in read_ts(I18N / f"stafettlogg_{lang}.ts").items():
        text = translation.text or ""
        placeholders = sorted(re.findall(r"\{\d+\}", source)) == sorted(re.findall(r"\{\d+\}", text))
        mnemonics = source.replace("&&", "").count("&") == text.replace("&&", "").count("&")
        if not (placeholders and mnemonics):
            wrong.append((context, source))
    assert not wrong, f"Placeholders or & differ from the source in stafettlogg_{lang}.ts:\n{shown(wrong)}"


def test_the_goal_questions_from_the_core_are_translated() -> None:
    """History shows the core's MAL_CHECKS questions; views/historikk.py marks copies of them."""
    for lang in LANGS:
        messages = read_ts(I18N / f"stafettlogg_{lang}.ts")
        assert all(("HistorikkPage", question) in messages for question in MAL_CHECKS.values()), lang


# --------------------------------------------------------------------------- building and loading


def test_i18n_sh_builds_the_qm_files(tmp_path: Path) -> None:
    qt_tool("lrelease")
    subprocess.run(["bash", str(ROOT / "scripts" / "i18n.sh"), "build", str(tmp_path)], check=True)
    for lang, expected in (("en", "My logs"), ("nn", "Loggane mine")):
        translator = QTranslator()
        assert translator.load(str(tmp_path / f"stafettlogg_{lang}.qm"))
        assert translator.translate("LogListPage", "Mine logger") == expected


def test_the_language_comes_from_the_command_line_or_the_system() -> None:
    assert requested_language(["--kurs", "--sprak", "nn"]) == "nn"
    assert requested_language(["--sprak", "de"]) is None  # the full parse refuses it
    assert requested_language([]) is None
    for locale, language in (("nn_NO", "nn"), ("nb_NO", "nb"), ("en_GB", "en"), ("en_US", "en"), ("de_DE", "nb")):
        assert system_language(QLocale(locale)) == language, locale


def test_missing_translations_leave_the_texts_in_bokmal(tmp_path: Path) -> None:
    """No .qm in the folder (not built): only Qt's own translator, if any; our texts stay the source's."""
    for lang in ("en", "nb"):
        assert all(t.translate("LogListPage", "Mine logger") == "" for t in load_translators(lang, tmp_path))


# --------------------------------------------------------------------------- the windows in another language


@pytest.fixture
def language(qm_dir: Path, qapp: QApplication) -> Iterator[Callable[[str], None]]:
    """Install a language's translators (before the window is made); they are removed after the test."""
    installed: list[QTranslator] = []

    def install(lang: str) -> None:
        translators = load_translators(lang, qm_dir)
        assert translators and translators[0].language() == lang
        for translator in translators:
            QCoreApplication.installTranslator(translator)
            installed.append(translator)

    yield install
    for translator in installed:
        QCoreApplication.removeTranslator(translator)


ENGLISH_SECTIONS = [
    "Overview",
    "Concerns",
    "Glimpses of light",
    "Notes",
    "Meetings",
    "Actors and access",
    "History",
    "Access log",
]


def test_main_window_and_log_in_english(
    window_for: Callable[..., MainWindow],  # noqa: F811 - the fixture imported above
    language: Callable[[str], None],
    qtbot: QtBot,
) -> None:
    language("en")
    window = window_for("Kari Nilsen")
    assert window.tabs.tabText(0) == "My logs"
    create = by_name(window, "Create new log", QPushButton)  # accessible names are translated too
    assert create.text() == "&Create new log …"
    assert by_name(window, "Filter the logs", QLineEdit).placeholderText().startswith("Filter by child")
    table = by_name(window, "My logs", QTableView)
    assert table.model().headerData(0, Qt.Orientation.Horizontal) == "Child"
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&View"]

    view = window.open_log(window.list_page.model.row_id(0))
    qtbot.waitUntil(lambda: view.snap is not None, timeout=10_000)
    wait_idle(window, qtbot)
    assert isinstance(view, LogView)
    assert [view.nav.item(i).text() for i in range(view.nav.count())] == ENGLISH_SECTIONS
    assert "coordinator" in view.header.text()
    assert view.accessibleName() == "The log"
    assert unnamed_controls(window) == []


def test_main_window_in_nynorsk(
    window_for: Callable[..., MainWindow],  # noqa: F811 - the fixture imported above
    language: Callable[[str], None],
) -> None:
    language("nn")
    window = window_for("Kari Nilsen")
    assert window.tabs.tabText(0) == "Loggane mine"
    assert by_name(window, "Opprett ny logg", QPushButton).text() == "&Opprett ny logg …"
    assert by_name(window, "Filtrer loggane", QLineEdit).isVisible()
