"""«Historikk»: every change of the log with who and when, a filter, and the fields old → new."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.context import Changes, Context
from desktop.core.entities import Arena
from desktop.core.usecases import access, content, logs
from desktop.models.rows import ROW_ROLE

from PySide6.QtWidgets import QLabel, QLineEdit, QTableView

from desktop.views.historikk import HistorikkPage, show_value

from .conftest import Desk
from .helpers import by_name, load_snapshot, screenshot, unnamed_controls

PageFor = Callable[[str], tuple[Desk, HistorikkPage]]
FIRST = "Mari Olsen øver med Ella på å holde koppen med to hender."
CORRECTED = "Mari Olsen øver med Ella på å holde koppen med to hender ved lunsjen."


def run(desk: Desk, qtbot: QtBot, work: Callable[[Context], Changes]) -> Changes:
    got: list[object] = []
    desk.backend.call(work, success=got.append, failure=got.append)
    desk.wait(qtbot)
    assert len(got) == 1 and isinstance(got[0], Changes), got
    return got[0]


def rows(table: QTableView, columns: int = 3) -> list[list[str]]:
    model = table.model()
    return [[model.index(r, c).data() for c in range(columns)] for r in range(model.rowCount())]


@pytest.fixture
def page_for(desk_for: Callable[[str], Desk], qtbot: QtBot) -> PageFor:
    def make(name: str) -> tuple[Desk, HistorikkPage]:
        desk = desk_for(name)
        page = HistorikkPage(desk.backend)
        qtbot.addWidget(page)
        page.resize(1366, 768)
        page.set_snapshot(load_snapshot(desk, qtbot))
        return desk, page

    return make


def show(page: HistorikkPage, qtbot: QtBot) -> None:
    """The history loads in the background when the page is shown."""
    with qtbot.waitSignal(page.loaded):
        page.show()


def test_loads_when_shown_then_lists_new_changes_with_who_and_when(page_for: PageFor, qtbot: QtBot) -> None:
    desk, page = page_for("Kari Nilsen")
    assert page.model.rowCount() == 0  # hidden: nothing loaded yet
    show(page, qtbot)
    table = by_name(page, "Endringer i loggen", QTableView)
    before = table.model().rowCount()
    assert before > 40
    assert by_name(page, "Antall endringer", QLabel).text() == f"{before} endringer"

    snap = page.snap
    assert snap is not None
    logg = snap.id
    run(desk, qtbot, lambda ctx: content.add_notat(ctx, logg, "Ella hadde med egen skje i dag."))
    desk.clock.advance(minutes=30)
    run(
        desk,
        qtbot,
        lambda ctx: content.call_mote(
            ctx, logg, tidspunkt=dt.datetime(2026, 12, 3, 13, 0, tzinfo=dt.UTC), sted="Møterommet"
        ),
    )
    with qtbot.waitSignal(page.loaded):
        page.set_snapshot(load_snapshot(desk, qtbot))  # visible: reloads at once

    assert table.model().rowCount() == before + 2
    newest = rows(table)[:2]
    assert newest == [
        ["26.11.2026 09:30", "Kari Nilsen", "Møte lagt til"],
        ["26.11.2026 09:00", "Kari Nilsen", "Notat lagt til"],
    ]

    # The detail pane: the fields of the selected change, old → new, dates as people read them.
    table.setCurrentIndex(table.model().index(0, 0))
    assert by_name(page, "Valgt endring", QLabel).text() == "Møte lagt til – Kari Nilsen, 26.11.2026 09:30"
    fields = {r[0]: r[1:] for r in rows(by_name(page, "Endrede felt", QTableView))}
    assert fields["Sted"] == ["", "Møterommet"]
    assert fields["Tidspunkt"] == ["", "03.12.2026 14:00"]

    # The filter narrows on who, what, or any text of the change.
    box = by_name(page, "Filtrer historikken", QLineEdit)
    box.setText("egen skje")
    assert rows(table) == [["26.11.2026 09:00", "Kari Nilsen", "Notat lagt til"]]
    assert by_name(page, "Antall endringer", QLabel).text() == f"1 av {before + 2} endringer"
    box.setText("mona (mor)")
    assert table.model().rowCount() >= 1
    assert {r[1] for r in rows(table)} == {"Mona (mor)"}
    box.setText("lysglimt lagt til")
    assert {r[2] for r in rows(table)} == {"Lysglimt lagt til"}
    box.clear()
    assert table.model().rowCount() == before + 2
    screenshot(page, "logg-historikk-alle.png")


def test_a_frozen_tiltaks_corrections_stay_visible(page_for: PageFor, qtbot: QtBot) -> None:
    desk, page = page_for("Kari Nilsen")
    snap = page.snap
    assert snap is not None
    mari = desk.training.people["Mari Olsen"].id
    concern = next(o for o in snap.oppmerksomheter if not o.avsluttet)
    created = run(
        desk,
        qtbot,
        lambda ctx: content.add_tiltak(ctx, concern.id, tekst=FIRST, arena=Arena.TJENESTE, ansvarlig_id=mari),
    ).created
    assert isinstance(created, uuid.UUID)
    desk.clock.advance(hours=2)
    run(desk, qtbot, lambda ctx: content.correct_tiltak_text(ctx, created, CORRECTED))
    desk.clock.advance(hours=9)  # the text is frozen now
    refused: list[str] = []
    desk.backend.call(lambda ctx: content.correct_tiltak_text(ctx, created, "Noe annet."), failure=refused.append)
    desk.wait(qtbot)
    assert refused and "8 timer" in refused[0]

    page.set_snapshot(load_snapshot(desk, qtbot))
    show(page, qtbot)
    by_name(page, "Filtrer historikken", QLineEdit).setText("koppen")
    table = by_name(page, "Endringer i loggen", QTableView)
    assert rows(table) == [
        ["26.11.2026 11:00", "Kari Nilsen", "Tiltak endret"],
        ["26.11.2026 09:00", "Kari Nilsen", "Tiltak lagt til"],
    ]
    table.setCurrentIndex(table.model().index(0, 0))
    assert table.currentIndex().data(ROW_ROLE).hva == "Tiltak endret"
    assert rows(by_name(page, "Endrede felt", QTableView)) == [["Tekst", FIRST, CORRECTED]]
    assert rows(table, 4)[0][3] == f"Tekst: {FIRST} → {CORRECTED}"
    screenshot(page, "logg-historikk.png")


def test_access_changes_name_people_and_concerns(page_for: PageFor, qtbot: QtBot) -> None:
    desk, page = page_for("Kari Nilsen")
    snap = page.snap
    assert snap is not None
    kristin = desk.training.people["Kristin Aune"].id
    foresatte = [f.id for f in snap.foresatte if f.foreldreansvar]
    concern = snap.oppmerksomheter[0]
    samtykke = run(
        desk,
        qtbot,
        lambda ctx: logs.register_samtykke(
            ctx,
            barn_id=snap.barn_id,
            logg_id=snap.id,
            signert_dato=dt.date(2026, 11, 26),
            lesetilgang_for=[kristin],
            gitt_av_foresatte=foresatte,
        ),
    ).created
    assert samtykke is not None
    run(
        desk,
        qtbot,
        lambda ctx: access.grant_lesetilgang(
            ctx, snap.id, kristin, samtykke_id=samtykke, hele_loggen=False, oppmerksomheter=[concern.id]
        ),
    )
    page.set_snapshot(load_snapshot(desk, qtbot))
    show(page, qtbot)
    by_name(page, "Filtrer historikken", QLineEdit).setText("lesetilgang lagt til")
    table = by_name(page, "Endringer i loggen", QTableView)
    newest = next(r for r in range(table.model().rowCount()) if table.model().index(r, 0).data() == "26.11.2026 09:00")
    table.setCurrentIndex(table.model().index(newest, 0))
    fields = {r[0]: r[2] for r in rows(by_name(page, "Endrede felt", QTableView))}
    assert fields["Oppmerksomheter"] == concern.tekst
    assert fields["Hele loggen"] == "nei"


def test_a_limited_reader_gets_no_history(page_for: PageFor, qtbot: QtBot) -> None:
    desk, page = page_for("Ingrid Sørli")
    page.show()
    desk.wait(qtbot)
    error = by_name(page, "Feilmelding om historikken", QLabel)
    assert error.isVisible() and "lesetilgang bare til utvalgte oppmerksomheter" in error.text()
    assert page.model.rowCount() == 0


def test_family_sees_history_without_notes(page_for: PageFor, qtbot: QtBot) -> None:
    _desk, page = page_for("Mona Fjellstad")
    show(page, qtbot)
    what = {r[2] for r in rows(by_name(page, "Endringer i loggen", QTableView))}
    assert "Lysglimt lagt til" in what and "Tiltak endret" in what
    assert not any(w.startswith("Notat") for w in what)


def test_every_control_has_a_name(page_for: PageFor, qtbot: QtBot) -> None:
    _desk, page = page_for("Kari Nilsen")
    show(page, qtbot)
    assert unnamed_controls(page) == []


def test_values_read_as_people_write_them() -> None:
    names = {"0b8a4c1e-0000-4000-8000-000000000001": "Kristin Aune"}
    assert show_value("2026-11-26T08:00:00+00:00", names) == "26.11.2026 09:00"
    assert show_value("2026-07-01T08:00:00+00:00", names) == "01.07.2026 10:00"  # summer time
    assert show_value("2026-11-26", names) == "26.11.2026"
    assert show_value("endre_tiltak", names) == "endre tiltak"
    assert show_value("0b8a4c1e-0000-4000-8000-000000000001", names) == "Kristin Aune"
    assert show_value("Ella spiser selv.", names) == "Ella spiser selv."


def test_history_models_pass_the_model_tester(page_for: PageFor, qtbot: QtBot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    _desk, page = page_for("Kari Nilsen")
    show(page, qtbot)
    assert page.model.rowCount() > 0
    qtmodeltester.check(page.model)
    assert page.felt_model.rowCount() > 0  # the first change is selected
    qtmodeltester.check(page.felt_model)
    qtmodeltester.check(page.proxy)
