"""The log view over the training municipality: what each person sees and may do."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.entities import Arena, LoggStatus
from desktop.models.rows import RowsModel

from PySide6.QtWidgets import QCheckBox, QLabel, QListWidget, QMessageBox, QPlainTextEdit, QPushButton, QRadioButton

from desktop.views.logview import TILTAK_COLUMNS, LogView, OppmerksomheterPage

from .conftest import Desk
from .helpers import by_name, open_log_view, when_modal


def open_view(desk: Desk, qtbot: QtBot, child: str) -> LogView:
    view = LogView(desk.backend, desk.training.logs[child])  # type: ignore[arg-type]
    qtbot.addWidget(view)
    view.resize(1366, 768)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        pass
    return view


def test_holder_sees_the_family_header_concerns_and_tiltak(desk_for: Callable[[str], Desk], qtbot: QtBot) -> None:
    view = open_view(desk_for("Kari Nilsen"), qtbot, "Ella Fjellstad")
    assert "Ella Fjellstad" in by_name(view, "Barnet og familien", QLabel).text()
    concerns = by_name(view, "Oppmerksomheter i loggen", QListWidget)
    assert concerns.count() >= 2
    page = view.page(OppmerksomheterPage)
    assert isinstance(page, OppmerksomheterPage)
    assert page.boxes[Arena.TJENESTE].model.rowCount() > 0
    assert by_name(view, "Ny oppmerksomhet", QPushButton).isVisibleTo(view)
    assert by_name(view, "Endre nivå", QPushButton).isVisibleTo(view)


def test_tiltak_model_passes_the_model_tester(desk_for: Callable[[str], Desk], qtbot: QtBot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    view = open_view(desk_for("Kari Nilsen"), qtbot, "Ella Fjellstad")
    assert view.snap is not None
    rows = [t for o in view.snap.oppmerksomheter for t in o.tiltak]
    model: RowsModel = RowsModel(TILTAK_COLUMNS)  # type: ignore[type-arg]
    model.set_rows(rows)
    qtmodeltester.check(model)
    model.set_rows(rows[:2])
    qtmodeltester.check(model)


def test_aktor_only_reads_and_evaluates_own(desk_for: Callable[[str], Desk], qtbot: QtBot) -> None:
    view = open_view(desk_for("Ahmed Karimi"), qtbot, "Ella Fjellstad")
    assert not by_name(view, "Ny oppmerksomhet", QPushButton).isVisibleTo(view)
    assert not by_name(view, "Endre nivå", QPushButton).isVisibleTo(view)
    assert view.snap is not None
    own = [t for o in view.snap.oppmerksomheter for t in o.tiltak if t.ansvarlig == "Ahmed Karimi"]
    others = [t for o in view.snap.oppmerksomheter for t in o.tiltak if t.ansvarlig != "Ahmed Karimi"]
    assert own and all(not t.may_write for t in others)


def test_guardian_may_add_home_tiltak_and_lysglimt_only(desk_for: Callable[[str], Desk], qtbot: QtBot) -> None:
    view = open_view(desk_for("Mona Fjellstad"), qtbot, "Ella Fjellstad")
    assert by_name(view, "Nytt tiltak – i hjemmet", QPushButton).isVisibleTo(view)
    assert not by_name(view, "Nytt tiltak – i tjenesten", QPushButton).isVisibleTo(view)
    assert not by_name(view, "Ny oppmerksomhet", QPushButton).isVisibleTo(view)
    view.nav.setCurrentRow(2)
    assert by_name(view, "Nytt lysglimt", QPushButton).isVisibleTo(view)


def test_set_passive_then_reopen_with_new_consent(
    desk_for: Callable[[str], Desk], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = open_view(desk_for("Kari Nilsen"), qtbot, "Ella Fjellstad")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        by_name(view, "Sett loggen passiv", QPushButton).click()
    assert view.snap is not None and view.snap.status is LoggStatus.PASSIV
    assert "Passiv" in by_name(view, "Barnet og familien", QLabel).text()
    assert not by_name(view, "Ny oppmerksomhet", QPushButton).isVisibleTo(view)

    errors: list[str] = []

    def reopen(dialog) -> None:  # type: ignore[no-untyped-def]
        by_name(dialog, "Gjenåpne", QPushButton).click()  # nobody ticked as signed: refused

        def after_refusal() -> None:
            errors.append(by_name(dialog, "Feilmelding", QLabel).text())
            for box in dialog.findChildren(QCheckBox):
                box.setChecked(True)
            by_name(dialog, "Gjenåpne", QPushButton).click()

        qtbot.waitUntil(lambda: by_name(dialog, "Feilmelding", QLabel).isVisible(), timeout=10_000)
        after_refusal()

    when_modal(reopen, title="Gjenåpne loggen")
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        by_name(view, "Gjenåpne loggen", QPushButton).click()
    assert errors and "foreldreansvar" in errors[0]
    assert view.snap.status is LoggStatus.AKTIV


def test_level_change_refused_while_external_actors_then_close(desk_for: Callable[[str], Desk], qtbot: QtBot) -> None:
    desk = desk_for("Kari Nilsen")
    view = open_view(desk, qtbot, "Noah Berge")  # nivå 2
    assert view.snap is not None and view.snap.niva == 2
    messages: list[str] = []

    def pick_level_one(dialog) -> None:  # type: ignore[no-untyped-def]
        by_name(dialog, "Nivå 1", QRadioButton).setChecked(True)
        by_name(dialog, "Lagre", QPushButton).click()
        qtbot.waitUntil(lambda: dialog.isHidden() or by_name(dialog, "Feilmelding", QLabel).isVisible(), timeout=10_000)
        if dialog.isVisible():
            messages.append(by_name(dialog, "Feilmelding", QLabel).text())
            dialog.reject()

    when_modal(pick_level_one, title="Endre nivå")
    by_name(view, "Endre nivå", QPushButton).click()
    desk.wait(qtbot)
    # Either no external actor remains (then it is nivå 1) or the refusal names the rule.
    assert (messages and "nivå 1" in messages[0].lower()) or view.snap.niva == 1

    def close(dialog) -> None:  # type: ignore[no-untyped-def]
        qtbot.keyClicks(by_name(dialog, "Grunnen til at loggen avsluttes", QPlainTextEdit), "Målene er nådd.")
        by_name(dialog, "Avslutt loggen", QPushButton).click()

    when_modal(close, title="Avslutt loggen")
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        by_name(view, "Avslutt loggen", QPushButton).click()
    assert view.snap.status is LoggStatus.AVSLUTTET
    assert not by_name(view, "Avslutt loggen", QPushButton).isVisibleTo(view)


def test_the_factor_diagram_opens_from_the_concern_and_links_go_both_ways(
    desk_for: Callable[[str], Desk], qtbot: QtBot
) -> None:
    from desktop.views.diagram import DiagramEditor

    desk = desk_for("Kari Nilsen")
    view = open_view(desk, qtbot, "Ella Fjellstad")
    page = view.page(OppmerksomheterPage)
    assert isinstance(page, OppmerksomheterPage)
    view.show_page(OppmerksomheterPage)
    assert view.snap is not None
    linked = next(t for o in view.snap.oppmerksomheter for t in o.tiltak if t.faktor_id)
    page.select(linked.oppmerksomhet_id)
    box = page.boxes[linked.arena]
    assert box.select_tiltak(linked.id) and box.factor.isEnabled()
    box.factor.click()  # from the tiltak to its factor …
    desk.wait(qtbot)
    editor = next(w for w in view.findChildren(DiagramEditor))
    assert editor.isVisible() and editor.isWindow()
    box.table.clearSelection()
    box.table.setCurrentIndex(box.model.index(-1, -1))
    editor.tiltak_requested.emit(linked.id)  # … and from the factor back to the tiltak
    selected = box.selected()
    assert selected is not None and selected.id == linked.id
    assert by_name(view, "Åpne faktordiagrammet", QPushButton).isVisibleTo(view)
    editor.close()
    desk.wait(qtbot)


def test_only_the_page_in_view_is_built_until_another_is_shown(desk_for: Callable[[str], Desk], qtbot: QtBot) -> None:
    from desktop.views.forms import LogPage
    from desktop.views.notater import NotaterPage

    desk = desk_for("Kari Nilsen")
    view = open_log_view(desk, qtbot)
    assert [type(p) for p in view.findChildren(LogPage)] == [OppmerksomheterPage]
    assert view.nav.count() == len(view.pages) == 8 and view.nav.item(3).text() == "Notater"
    view.nav.setCurrentRow(3)
    (notater,) = view.findChildren(NotaterPage)
    assert notater.isVisible() and notater.snap is view.snap  # built and filled before it was shown
    assert view.stack.currentWidget().isAncestorOf(notater)  # the scroll area it sits in
    assert view.page(NotaterPage) is view.pages[3] is notater
    assert len(view.findChildren(LogPage)) == 2
    for row, page in enumerate(view.pages):  # the titles shown before a page is built are its own
        assert view.nav.item(row).text() == page.shown_title() == page.accessibleName()
