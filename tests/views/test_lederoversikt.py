"""«Oversikt»: the leader's counts of the unit's logs — and never a child's name or a word of content."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core.context import Context
from desktop.core.entities import Barn, Foresatt, Lysglimt, Notat, Oppmerksomhet, Tiltak
from desktop.core.queries import Roller

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QSpinBox, QTableView, QWidget

from desktop.views.lederoversikt import OversiktTab
from desktop.views.roletabs import role_tabs

from .conftest import Desk
from .helpers import by_name, screenshot, unnamed_controls

TabFor = Callable[..., tuple[Desk, OversiktTab]]


def cells(model: QAbstractItemModel) -> list[list[str]]:
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def counts(tab: OversiktTab) -> dict[str, str]:
    return {what: n for what, n in cells(by_name(tab, "Å følge opp", QTableView).model())}


@pytest.fixture
def tab_for(desk_for: Callable[[str], Desk], qtbot: QtBot) -> TabFor:
    def make(name: str, **kwargs: Any) -> tuple[Desk, OversiktTab]:
        desk = desk_for(name)
        tab = OversiktTab(desk.backend, **kwargs)
        qtbot.addWidget(tab)
        tab.resize(1366, 768)
        tab.show()
        desk.wait(qtbot)
        qtbot.waitUntil(lambda: tab.result is not None)
        return desk, tab

    return make


def test_the_leader_sees_the_units_logs_counted(tab_for: TabFor, qtbot: QtBot) -> None:
    desk, tab = tab_for("Berit Holm")
    assert by_name(tab, "Overskrift", QLabel).text() == "Oversikt for Solsikken barnehage per 26.11.2026"
    status = by_name(tab, "Logger etter status og nivå", QTableView)
    assert [status.model().headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == [
        "Status",
        "Nivå 1",
        "Nivå 2",
        "Nivå 3",
        "Sum",
    ]
    assert cells(status.model()) == [
        ["Aktiv", "2", "1", "0", "3"],  # Ella and Emil on nivå 1, Noah on nivå 2
        ["Passiv", "1", "0", "0", "1"],  # Sara
        ["Avsluttet", "0", "0", "0", "0"],
        ["Alle", "3", "1", "0", "4"],
    ]
    assert counts(tab) == {
        "Aktive logger med tiltak som skulle vært evaluert": "0",
        "Tiltak der evalueringsdatoen er passert": "0",
        "Samtykker som går ut de neste 30 dagene": "0",
        "Samtykker som har gått ut, i aktive logger": "0",
        "Aktive logger uten aktivitet på 8 uker": "2",  # Noah (24.09) and Emil (08.08)
        "Overføringer som venter, innen enheten": "0",
        "Overføringer som venter, til enheten": "0",
        "Overføringer som venter, fra enheten": "0",
    }
    assert unnamed_controls(tab) == []
    screenshot(tab, "lederoversikt.png")

    # The number of weeks is the leader's to choose, by keyboard.
    weeks = by_name(tab, "Uker uten aktivitet", QSpinBox)
    weeks.setFocus()
    weeks.selectAll()
    QTest.keyClicks(weeks, "12")
    desk.wait(qtbot)
    qtbot.waitUntil(lambda: "Aktive logger uten aktivitet på 12 uker" in counts(tab))
    assert counts(tab)["Aktive logger uten aktivitet på 12 uker"] == "1"  # only Emil


def test_the_administrator_sees_the_whole_kommune(tab_for: TabFor) -> None:
    _desk, tab = tab_for("Astrid Kvam", hele_kommunen=True)
    assert by_name(tab, "Overskrift", QLabel).text() == "Oversikt for Øvingsvik kommune per 26.11.2026"
    assert cells(by_name(tab, "Logger etter status og nivå", QTableView).model())[-1] == ["Alle", "15", "4", "1", "20"]
    shown = counts(tab)
    assert shown["Overføringer som venter, mellom enheter"] == "1"  # Tori, from Tussilago
    assert shown["Overføringer som venter, til en annen kommune"] == "0"


def test_nothing_on_the_tab_names_a_child_or_quotes_a_log(tab_for: TabFor, qtbot: QtBot) -> None:
    desk, tab = tab_for("Berit Holm")
    secrets: list[str] = []

    def gather(ctx: Context) -> None:
        session = ctx.session
        for barn in session.scalars(select(Barn)):
            secrets.extend([barn.fornavn, barn.etternavn, barn.fodselsnummer])
        secrets.extend(f.fornavn for f in session.scalars(select(Foresatt)))
        for entity in (Oppmerksomhet, Tiltak, Lysglimt, Notat):
            secrets.extend(row.tekst for row in session.scalars(select(entity)))

    desk.backend.call(gather)
    desk.wait(qtbot)
    assert len(secrets) > 100

    shown: list[str] = [w.text() for w in tab.findChildren(QLabel)]
    shown += [w.toolTip() + w.accessibleName() + w.accessibleDescription() for w in tab.findChildren(QWidget)]
    for table in tab.findChildren(QTableView):
        model = table.model()
        shown += [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]
        for row in range(model.rowCount()):
            for col in range(model.columnCount()):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    shown.append(str(model.index(row, col).data(role)))
    text = "\n".join(shown)
    assert "Solsikken barnehage" in text  # the unit is named; nobody in it is
    leaks = sorted({s for s in secrets if s and s in text})
    assert leaks == []


def test_clear_forgets_the_figures(tab_for: TabFor, qtbot: QtBot) -> None:
    desk, tab = tab_for("Berit Holm")
    tab.refresh()
    tab.clear()
    desk.wait(qtbot)
    assert tab.result is None and tab.status_model.rowCount() == 0 and tab.follow_model.rowCount() == 0
    assert "Solsikken" not in by_name(tab, "Overskrift", QLabel).text()


def test_models_pass_the_model_tester(tab_for: TabFor, qtmodeltester: Any) -> None:
    _desk, tab = tab_for("Berit Holm")
    qtmodeltester.check(tab.status_model)
    qtmodeltester.check(tab.follow_model)


def test_a_leader_gets_brukere_and_oversikt_and_the_administrator_the_kommunes_overview(
    desk_for: Callable[[str], Desk], qtbot: QtBot
) -> None:
    desk = desk_for("Berit Holm")
    tabs = role_tabs(desk.backend, Roller(True, True, False, uuid.uuid4()))
    for tab in tabs:
        qtbot.addWidget(tab)
    assert [t.title for t in tabs][:2] == ["Brukere", "Oversikt"]
    admin = role_tabs(desk.backend, Roller(True, False, True, None))
    for tab in admin:
        qtbot.addWidget(tab)
    overview = [t for t in admin if isinstance(t, OversiktTab)]
    assert len(overview) == 1 and overview[0].hele_kommunen
    clerk = role_tabs(desk.backend, Roller(True, False, False, None))
    for tab in clerk:
        qtbot.addWidget(tab)
    assert not any(isinstance(t, OversiktTab) for t in clerk)
