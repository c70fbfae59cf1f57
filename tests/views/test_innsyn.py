"""«Tilgangslogg»: a guardian sees who opened the child's log, and when; others see why they cannot."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from desktop.core import audit, innsyn
from desktop.core.usecases import logs

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QListWidget, QPushButton, QTableView

from desktop.views.innsyn import HVA, TilgangsloggPage

from .conftest import Desk
from .helpers import by_name, load_snapshot, open_log_view, screenshot, unnamed_controls

PageFor = Callable[[str], tuple[Desk, TilgangsloggPage]]
GUARDIAN = "Mona Fjellstad"
KARI = "Kari Nilsen, pedagogisk leder, Solsikken barnehage"


@pytest.fixture
def page_for(desk_for: Callable[[str], Desk], qtbot: QtBot) -> PageFor:
    def make(name: str) -> tuple[Desk, TilgangsloggPage]:
        desk = desk_for(name)
        page = TilgangsloggPage(desk.backend)
        qtbot.addWidget(page)
        page.resize(1366, 768)
        page.set_snapshot(load_snapshot(desk, qtbot))
        return desk, page

    return make


def opens(desk_for: Callable[[str], Desk], qtbot: QtBot, who: str = "Kari Nilsen", times: int = 1) -> None:
    desk = desk_for(who)
    logg = desk.training.logs["Ella Fjellstad"]
    for _ in range(times):
        desk.clock.advance(minutes=5)
        desk.backend.call(lambda ctx: logs.read_logg(ctx, logg))  # type: ignore[arg-type]
        desk.wait(qtbot)


def cells(page: TilgangsloggPage) -> list[list[str]]:
    model = by_name(page, "Hvem har åpnet loggen", QTableView).model()
    return [[model.index(r, c).data() for c in range(3)] for r in range(model.rowCount())]


def test_a_guardian_sees_that_the_holder_opened_the_log(
    page_for: PageFor, desk_for: Callable[[str], Desk], qtbot: QtBot
) -> None:
    opens(desk_for, qtbot, "Ingrid Sørli")
    opens(desk_for, qtbot, times=3)
    holder = desk_for("Kari Nilsen")
    logg = holder.training.logs["Ella Fjellstad"]
    holder.clock.advance(minutes=40)
    holder.backend.call(lambda ctx: audit.record(ctx, audit.Action.EXPORT, logg, format="pdf"))  # type: ignore[arg-type]
    holder.wait(qtbot)
    opens(desk_for, qtbot, GUARDIAN)
    _desk, page = page_for(GUARDIAN)
    with qtbot.waitSignal(page.loaded):
        page.show()
    assert cells(page)[:4] == [
        ["26.11.2026 10:05", "Mona Fjellstad, foresatt (mor)", "åpnet loggen"],
        ["26.11.2026 10:00", KARI, "eksporterte loggen til PDF"],
        ["26.11.2026 09:20", KARI, "åpnet loggen 3 ganger"],  # 08:20 UTC is 09:20 in Oslo
        ["26.11.2026 09:05", "Ingrid Sørli, fysioterapeut, Øvingsvik helsestasjon", "åpnet loggen"],
    ]
    intro = by_name(page, "Om tilgangsloggen", QLabel).text()
    assert intro.startswith("Her ser du hvem som har åpnet loggen til Ella, og når")
    assert "ikke koblet til kommunens server" in by_name(page, "Hvor listen kommer fra", QLabel).text()
    assert unnamed_controls(page) == []
    screenshot(page, "tilgangslogg.png")


def test_the_filter_shows_one_persons_accesses(
    page_for: PageFor, desk_for: Callable[[str], Desk], qtbot: QtBot
) -> None:
    opens(desk_for, qtbot)
    opens(desk_for, qtbot, GUARDIAN)
    _desk, page = page_for(GUARDIAN)
    with qtbot.waitSignal(page.loaded):
        page.show()
    everyone = len(cells(page))
    people = by_name(page, "Vis hendelser for", QComboBox)
    assert people.itemText(0) == "Alle personer"
    people.setFocus()
    people.setCurrentIndex(people.findText(KARI))
    shown = cells(page)
    assert shown and all(row[1] == KARI for row in shown) and len(shown) < everyone
    assert by_name(page, "Antall hendelser", QLabel).text() == f"{len(shown)} av {everyone} hendelser"
    people.setCurrentIndex(0)
    assert len(cells(page)) == everyone


def test_a_new_opening_shows_after_oppdater(page_for: PageFor, desk_for: Callable[[str], Desk], qtbot: QtBot) -> None:
    _desk, page = page_for(GUARDIAN)
    with qtbot.waitSignal(page.loaded):
        page.show()
    before = len(cells(page))
    opens(desk_for, qtbot)
    with qtbot.waitSignal(page.loaded):
        by_name(page, "Oppdater tilgangsloggen", QPushButton).click()
    assert len(cells(page)) == before + 1 and cells(page)[0][1:] == [KARI, "åpnet loggen"]


@pytest.mark.parametrize("who", ["Ahmed Karimi", "Ingrid Sørli"])
def test_an_actor_or_reader_is_told_who_may_see_it(page_for: PageFor, qtbot: QtBot, who: str) -> None:
    desk, page = page_for(who)
    page.show()
    desk.wait(qtbot)
    assert not by_name(page, "Hvem har åpnet loggen", QTableView).isVisible()
    assert (
        "Foresatte, stafettholderen og ungdommen selv (fra 15 år) kan se"
        in by_name(page, "Om tilgangsloggen", QLabel).text()
    )
    screenshot(page, "tilgangslogg-ikke-tilgang.png")


def test_the_model_passes_qtmodeltester(page_for: PageFor, qtbot: QtBot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    _desk, page = page_for("Kari Nilsen")
    with qtbot.waitSignal(page.loaded):
        page.show()
    assert page.model.rowCount() > 0
    qtmodeltester.check(page.model)


def test_the_views_texts_are_the_cores() -> None:
    assert {k: QCoreApplication.translate("TilgangsloggPage", v) for k, v in HVA.items()} == innsyn.HVA


def test_the_log_view_has_the_page(desk_for: Callable[[str], Desk], qtbot: QtBot) -> None:
    opens(desk_for, qtbot)
    desk = desk_for(GUARDIAN)
    view = open_log_view(desk, qtbot)
    page = view.page(TilgangsloggPage)
    assert isinstance(page, TilgangsloggPage)
    nav = by_name(view, "Deler av loggen", QListWidget)
    assert nav.item(nav.count() - 1).text() == "Tilgangslogg"
    with qtbot.waitSignal(page.loaded):
        nav.setCurrentRow(nav.count() - 1)
    # The guardian's own opening of the log view is on the list too.
    assert [row[1:] for row in cells(page)[:2]] == [
        ["Mona Fjellstad, foresatt (mor)", "åpnet loggen"],
        [KARI, "åpnet loggen"],
    ]
    screenshot(view, "logg-tilgangslogg.png")
