"""Møtemodus on two virtual screens: only this child's log, nothing that must not be on a wall."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core.audit import Action as AuditAction
from desktop.core.entities import AuditEntry, Barn, Foresatt, Notat
from desktop.core.meeting import MoteVisning, meeting_view

from PySide6.QtGui import QAction, QGuiApplication, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QWidget,
)

from desktop.views.motemodus import Meeting
from desktop.views.plainlanguage import PlainLanguageEdit

from .conftest import Desk
from .helpers import by_name, unnamed_controls

ELLA = "Ella Fjellstad"


def visible_text(root: QWidget) -> str:
    """Everything a person could read or hear from ``root``: texts, items, names, tooltips, titles."""
    parts = [root.windowTitle(), root.accessibleName()]
    for w in [root, *root.findChildren(QWidget)]:
        parts += [w.accessibleName(), w.accessibleDescription(), w.toolTip(), w.windowTitle()]
        if isinstance(w, QLabel | QAbstractButton):
            parts.append(w.text())
        if isinstance(w, QListWidget):
            parts += [w.item(i).text() for i in range(w.count())]
        if isinstance(w, QComboBox):
            parts += [w.itemText(i) for i in range(w.count())]
    return "\n".join(parts)


@pytest.fixture
def meeting(desk_for: Callable[[str], Desk], qtbot: QtBot) -> Iterator[tuple[Meeting, Desk]]:
    desk = desk_for("Kari Nilsen")
    logg = desk.training.logs[ELLA]
    people = desk.training.people
    present = [people["Kari Nilsen"], people["Mona Fjellstad"], people["Ahmed Karimi"]]
    views: list[MoteVisning] = []
    desk.backend.call(lambda ctx: meeting_view(ctx, logg, present, record=True), success=views.append)  # type: ignore[arg-type]
    desk.wait(qtbot)
    ended: list[object] = []
    m = Meeting(desk.backend, logg, present, near=QGuiApplication.primaryScreen(), on_end=ended.append)  # type: ignore[arg-type]
    qtbot.addWidget(m.wall)
    qtbot.addWidget(m.panel)
    m.start(views[0])
    yield m, desk
    desk.wait(qtbot)


def test_the_wall_goes_full_screen_on_the_big_screen(meeting: tuple[Meeting, Desk]) -> None:
    m, _ = meeting
    assert m.wall.screen().name() == "Storskjerm"
    assert m.wall.isFullScreen() and m.wall.geometry() == m.wall.screen().geometry()
    assert m.panel.screen().name() == "Baerbar"
    assert m.wall.font_px >= 36  # readable at four metres on a 55" 1080p screen


def test_only_this_childs_log_is_reachable(meeting: tuple[Meeting, Desk], qtbot: QtBot) -> None:
    m, desk = meeting
    with desk.workspace.session() as s:
        others = [b.navn for b in s.scalars(select(Barn)) if b.navn != ELLA]
        ella = s.scalar(select(Barn).where(Barn.fornavn == "Ella", Barn.etternavn == "Fjellstad"))
        assert ella is not None
        family = list(s.scalars(select(Foresatt).where(Foresatt.barn_id == ella.id)))
        internal = [n.tekst for n in s.scalars(select(Notat).where(Notat.internt))]
        secrets = [
            ella.fodselsnummer,
            *(f.telefon for f in family),
            *(f.adresse for f in family),
            *(f.epost for f in family),
            *(f.fodselsnummer for f in family),
        ]
    assert len(others) >= 15
    texts = []
    for row in range(m.panel.sections.count()):  # every section, as the holder steps through them
        m.panel.sections.setCurrentRow(row)
        texts.append(visible_text(m.wall))
    texts.append(visible_text(m.panel))
    seen = "\n".join(texts)
    assert ELLA in seen
    assert [name for name in others if name in seen] == []
    assert [x for x in secrets if x and x in seen] == []
    assert [n for n in internal if n in seen] == []
    # No menu, action or shortcut that could lead anywhere else.
    for window in (m.wall, m.panel):
        assert window.findChildren(QAction) == [] and window.findChildren(QShortcut) == []
    assert [b for b in m.wall.findChildren(QAbstractButton)] == []
    assert unnamed_controls(m.panel) == []


def test_lysglimt_typed_on_the_laptop_appears_on_the_wall(meeting: tuple[Meeting, Desk], qtbot: QtBot) -> None:
    m, desk = meeting
    by_name(m.panel, "Nytt lysglimt", QPushButton).click()
    dialog = next(d for d in m.panel.findChildren(QDialog) if d.isVisible())
    text = "Ella smurte brødskiva selv i dag."
    edit = by_name(dialog, "Hva gikk bra?", PlainLanguageEdit)
    qtbot.keyClicks(edit, text)
    assert text in by_name(m.wall, "Skrives nå", QLabel).text()
    by_name(dialog, "Lagre lysglimtet", QPushButton).click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    desk.wait(qtbot)
    qtbot.waitUntil(
        lambda: m.wall.view is not None and any(g.tekst == text for g in m.wall.view.lysglimt), timeout=10_000
    )
    m.panel.sections.setCurrentRow(m.wall.titles.index("Lysglimt"))
    assert text in visible_text(m.wall)
    assert not by_name(m.wall, "Skrives nå", QLabel).isVisible()


def test_an_evaluation_through_the_panel_is_saved_and_shown(meeting: tuple[Meeting, Desk], qtbot: QtBot) -> None:
    m, desk = meeting
    combo = by_name(m.panel, "Tiltak å evaluere", QComboBox)
    assert combo.count() > 0
    before = combo.count()
    tiltak = combo.currentData()
    by_name(m.panel, "Registrer evaluering", QPushButton).click()
    dialog = next(d for d in m.panel.findChildren(QDialog) if d.isVisible())
    qtbot.keyClicks(by_name(dialog, "Familiens vurdering", PlainLanguageEdit), "Mor sier at det går bedre hjemme.")
    assert "det går bedre hjemme" in by_name(m.wall, "Skrives nå", QLabel).text()
    by_name(dialog, "Ja, målet er nådd", QRadioButton).click()
    by_name(dialog, "Avslutte tiltaket", QRadioButton).click()
    by_name(dialog, "Lagre evalueringen", QPushButton).click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    desk.wait(qtbot)
    qtbot.waitUntil(lambda: combo.count() == before - 1, timeout=10_000)
    assert all(combo.itemData(i).id != tiltak.id for i in range(combo.count()))


def test_every_showing_is_audited_with_who_was_present(meeting: tuple[Meeting, Desk]) -> None:
    _, desk = meeting
    with desk.workspace.session() as s:
        entries = list(s.scalars(select(AuditEntry).where(AuditEntry.action == AuditAction.MEETING)))
    assert len(entries) == 1
    assert set(entries[0].detail["tilstede"]) == {"Kari Nilsen", "Mona Fjellstad", "Ahmed Karimi"}
    assert entries[0].logg_id == desk.training.logs[ELLA]


def test_ending_asks_first_and_closes_both_windows(
    meeting: tuple[Meeting, Desk], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    m, _ = meeting
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: next(answers))
    by_name(m.panel, "Avslutt møtet", QPushButton).click()
    assert m.wall.isVisible()
    by_name(m.panel, "Avslutt møtet", QPushButton).click()
    assert not m.wall.isVisible() and not m.panel.isVisible()
