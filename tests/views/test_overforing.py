"""«Overfør stafettlogg» through the widgets: send, answer in «Overføringer», and what each side sees.

Several people sign in to the same training workspace (``desk_for``); the sender keeps the log
until the receiver has accepted.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core.context import Changes
from desktop.core.entities import Overforing, OverforingStatus, OverforingType, Stafettlogg
from desktop.core.queries import Roller, logg_rows
from desktop.core.usecases import logs
from desktop.models.logglist import LoggListModel

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QTabWidget,
)
from shiboken6 import isValid

from desktop.views.logview import LogView
from desktop.views.mainwindow import MainWindow
from desktop.views.overforing import AcceptDialog, OverforingerTab, RejectDialog, TransferDialog
from desktop.views.roletabs import role_tabs

from .conftest import Desk
from .helpers import by_name, screenshot, unnamed_controls
from .test_mainwindow import window_for  # noqa: F401 - the main window's fixture

DeskFor = Callable[[str], Desk]
ELLA = "Ella Fjellstad"
EMIL = "Emil Haugen"  # Kari's log whose consent covers another unit


# ----------------------------------------------------------------------------- helpers


def logg(desk: Desk, child: str) -> uuid.UUID:
    value = desk.training.logs[child]
    assert isinstance(value, uuid.UUID)
    return value


def open_dialog(desk: Desk, qtbot: QtBot, child: str = ELLA) -> TransferDialog:
    dialog = TransferDialog(desk.backend, logg(desk, child))
    qtbot.addWidget(dialog)
    dialog.resize(720, 760)
    dialog.show()
    desk.wait(qtbot)
    assert dialog.isEnabled() and dialog.choices is not None
    return dialog


def choose(combo: QComboBox, text: str) -> None:
    index = next(i for i in range(combo.count()) if combo.itemText(i).startswith(text))
    combo.setCurrentIndex(index)


def click(qtbot: QtBot, button: QPushButton | QRadioButton | QCheckBox) -> None:
    """A mouse click where a user clicks: a push button anywhere, a radio or check box on its mark."""
    assert button.isVisible() and button.isEnabled(), button.accessibleName()
    where = QPoint(8, button.height() // 2) if isinstance(button, QRadioButton | QCheckBox) else button.rect().center()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=where)


def closed(dialog: QDialog) -> bool:
    """Saved and gone (a dialog that deletes itself on close counts as closed)."""
    return not isValid(dialog) or not dialog.isVisible()


def send(dialog: TransferDialog, desk: Desk, qtbot: QtBot) -> None:
    click(qtbot, by_name(dialog, "Send overføringen", QPushButton))
    desk.wait(qtbot)


def fill_within(dialog: TransferDialog, qtbot: QtBot, holder: str = "Mari Olsen") -> None:
    click(qtbot, by_name(dialog, "Innen enheten", QRadioButton))
    choose(by_name(dialog, "Ny stafettholder", QComboBox), holder)
    qtbot.keyClicks(by_name(dialog, "Grunn til overføringen", QPlainTextEdit), "Kari går ut i permisjon.")


def tab_for(desk: Desk, qtbot: QtBot) -> tuple[QTabWidget, OverforingerTab]:
    """The receiver's tab inside a tab widget, as the main window holds it."""
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    tab = OverforingerTab(desk.backend)
    tabs.addTab(tab, tab.title)
    tabs.resize(1366, 768)
    tabs.show()
    desk.wait(qtbot)
    return tabs, tab


def rows(table: QTableView) -> list[list[str]]:
    model = table.model()
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def select_child(table: QTableView, child: str) -> None:
    model = table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == child)
    table.setCurrentIndex(model.index(row, 0))


def holder(desk: Desk, child: str) -> str:
    with desk.workspace.session() as s:
        found = s.get(Stafettlogg, logg(desk, child))
        assert found is not None
        return f"{found.stafettholder.navn}, {found.enhet.navn}"


def transfers(desk: Desk, child: str) -> list[Overforing]:
    with desk.workspace.session() as s:
        return list(s.scalars(select(Overforing).where(Overforing.logg_id == logg(desk, child))))


def status_in_mine_logger(desk: Desk, qtbot: QtBot, child: str = ELLA) -> str:
    """The «Status» cell of the log's row in «Mine logger», as the main window loads it."""
    model = LoggListModel()
    logg_id, me = logg(desk, child), desk.backend.who.id
    desk.backend.call(lambda ctx: logg_rows(ctx.session, [logg_id], me), success=model.set_rows)
    desk.wait(qtbot)
    return str(model.index(0, 1).data())


def log_view(desk: Desk, qtbot: QtBot, child: str = ELLA) -> LogView:
    view = LogView(desk.backend, logg(desk, child))
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    desk.wait(qtbot)
    return view


def answer(tab: OverforingerTab, child: str, button: str) -> QDialog:
    select_child(by_name(tab, "Overføringer som venter på svar", QTableView), child)
    by_name(tab, button, QPushButton).click()
    dialog = tab.dialog
    assert isinstance(dialog, QDialog) and dialog.isVisible()
    return dialog


# ----------------------------------------------------------------------------- within the unit


def test_within_the_unit_the_receiver_accepts_and_the_sender_keeps_it_until_then(
    desk_for: DeskFor, qtbot: QtBot
) -> None:
    kari = desk_for("Kari Nilsen")
    view = log_view(kari, qtbot)
    assert by_name(view, "Overfør loggen", QPushButton).isVisible()
    assert not by_name(view, "Trekk tilbake overføringen", QPushButton).isVisible()
    by_name(view, "Overfør loggen", QPushButton).click()
    dialog = view.transfer_actions.dialog
    assert isinstance(dialog, TransferDialog)
    desk_wait_loaded(kari, qtbot, dialog)
    # All concerns go along by default; the sender is told she keeps the responsibility.
    boxes = [by_name(dialog, o.navn, QCheckBox) for o in dialog.choices.oppmerksomheter]  # type: ignore[union-attr]
    assert len(boxes) == 2 and all(b.isChecked() for b in boxes)
    assert "Innen enheten trengs ikke et nytt samtykke" in by_name(dialog, "Samtykke til overføringen", QLabel).text()
    fill_within(dialog, qtbot)
    assert "Du har ansvaret til Mari Olsen har godtatt overføringen." in by_name(dialog, "Ansvaret", QLabel).text()
    assert unnamed_controls(dialog) == []
    screenshot(dialog, "overforing-dialog.png")
    send(dialog, kari, qtbot)
    assert closed(dialog)

    # The sender's log view: who must answer, since when; «Trekk tilbake» instead of «Overfør».
    kari.wait(qtbot)
    banner = by_name(view, "Varsler", QLabel)
    assert banner.isVisible()
    assert banner.text() == (
        "Venter på at Mari Olsen (Solsikken barnehage) godtar overføringen – sendt 26.11.2026.\n"
        "Du er stafettholder og har ansvaret til mottakeren har godtatt overføringen."
    )  # said once, though the sending said it too
    assert by_name(view, "Trekk tilbake overføringen", QPushButton).isVisible()
    assert not by_name(view, "Overfør loggen", QPushButton).isVisible()
    screenshot(view, "overforing-venter.png")
    assert holder(kari, ELLA) == "Kari Nilsen, Solsikken barnehage"
    assert status_in_mine_logger(kari, qtbot) == "Aktiv – venter på overføring"

    mari = desk_for("Mari Olsen")
    tabs, tab = tab_for(mari, qtbot)
    assert tabs.tabText(0) == "Overføringer (1)"
    waiting = rows(by_name(tab, "Overføringer som venter på svar", QTableView))
    assert [r[:3] for r in waiting] == [[ELLA, "Kari Nilsen, Solsikken barnehage", "Mari Olsen, Solsikken barnehage"]]
    select_child(by_name(tab, "Overføringer som venter på svar", QTableView), ELLA)
    details = by_name(tab, "Valgt overføring", QLabel).text()
    assert "Kari går ut i permisjon." in details and "Oppmerksomheter som følger med" in details
    dialog = answer(tab, ELLA, "Godta overføringen")
    assert isinstance(dialog, AcceptDialog)
    assert "Du blir stafettholder" in by_name(dialog, "Om å godta", QLabel).text()
    click(qtbot, by_name(dialog, "Godta overføringen", QPushButton))
    mari.wait(qtbot)
    assert closed(dialog)
    assert holder(kari, ELLA) == "Mari Olsen, Solsikken barnehage"
    assert tabs.tabText(0) == "Overføringer"
    history = rows(by_name(tab, "Overføringer siste 30 dager", QTableView))
    assert [r[0] for r in history] == [ELLA] and history[0][4] == "Godtatt"

    # The sender sees the answer in her own «Overføringer».
    _kari_tabs, kari_tab = tab_for(kari, qtbot)
    sent = rows(by_name(kari_tab, "Overføringer siste 30 dager", QTableView))
    assert sent[0][0] == ELLA and sent[0][4] == "Godtatt" and sent[0][5].startswith("26.11.2026, Mari Olsen")


def desk_wait_loaded(desk: Desk, qtbot: QtBot, dialog: TransferDialog) -> None:
    desk.wait(qtbot)
    qtbot.waitUntil(lambda: dialog.choices is not None)


# ----------------------------------------------------------------------------- to another unit


def test_to_another_unit_the_leader_accepts_choosing_the_new_holder(desk_for: DeskFor, qtbot: QtBot) -> None:
    kari = desk_for("Kari Nilsen")
    dialog = open_dialog(kari, qtbot, EMIL)
    click(qtbot, by_name(dialog, "Til annen enhet", QRadioButton))
    choose(by_name(dialog, "Enhet", QComboBox), "Øvingsvik helsestasjon")
    leader = by_name(dialog, "Lederen i enheten", QRadioButton)
    assert leader.isChecked() and "Marit Eng" in leader.text()
    consent = by_name(dialog, "Samtykke til overføringen", QLabel).text()
    assert "Samtykke til overføring til annen enhet: signert 09.04.2026" in consent
    qtbot.keyClicks(
        by_name(dialog, "Grunn til overføringen", QPlainTextEdit), "Emil får oppfølging av helsesykepleier."
    )
    assert "har ansvaret til lederen i Øvingsvik helsestasjon har godtatt" in by_name(dialog, "Ansvaret", QLabel).text()
    send(dialog, kari, qtbot)
    assert closed(dialog)

    marit = desk_for("Marit Eng")
    tabs, tab = tab_for(marit, qtbot)
    assert tabs.tabText(0) == "Overføringer (1)"
    accept = answer(tab, EMIL, "Godta overføringen")
    assert isinstance(accept, AcceptDialog)
    click(qtbot, by_name(accept, "Godta overføringen", QPushButton))
    marit.wait(qtbot)
    assert "Velg hvem som blir ny stafettholder." in by_name(accept, "Feilmelding", QLabel).text()
    combo = by_name(accept, "Ny stafettholder", QComboBox)
    assert [combo.itemText(i).split(" – ")[0] for i in range(combo.count())] == ["Eva Nordli", "Hanne Lie"]
    choose(combo, "Hanne Lie")
    click(qtbot, by_name(accept, "Godta overføringen", QPushButton))
    marit.wait(qtbot)
    assert closed(accept)
    assert holder(kari, EMIL) == "Hanne Lie, Øvingsvik helsestasjon"


def test_the_training_transfer_to_the_school_waits_for_the_rector(desk_for: DeskFor, qtbot: QtBot) -> None:
    hilde = desk_for("Hilde Sandvik")
    tabs, tab = tab_for(hilde, qtbot)
    assert tabs.tabText(0) == "Overføringer (1)"
    select_child(by_name(tab, "Overføringer som venter på svar", QTableView), "Tori Testa")
    details = by_name(tab, "Valgt overføring", QLabel).text()
    assert "Silje Brekke, Tussilago barnehage" in details and "Tori begynner i første klasse" in details
    assert unnamed_controls(tab) == []
    screenshot(tabs, "overforing-mottaker.png")
    accept = answer(tab, "Tori Testa", "Godta overføringen")
    assert unnamed_controls(accept) == []
    choose(by_name(accept, "Ny stafettholder", QComboBox), "Tone Helgesen")
    screenshot(accept, "overforing-godta.png")
    click(qtbot, by_name(accept, "Godta overføringen", QPushButton))
    hilde.wait(qtbot)
    assert closed(accept)
    assert holder(hilde, "Tori Testa") == "Tone Helgesen, Øvingsvik skole"
    assert tabs.tabText(0) == "Overføringer"


# ----------------------------------------------------------------------------- rejected and withdrawn


def test_a_rejection_needs_a_reason_and_the_sender_sees_it_and_keeps_the_log(desk_for: DeskFor, qtbot: QtBot) -> None:
    kari = desk_for("Kari Nilsen")
    dialog = open_dialog(kari, qtbot)
    fill_within(dialog, qtbot)
    send(dialog, kari, qtbot)

    mari = desk_for("Mari Olsen")
    _tabs, tab = tab_for(mari, qtbot)
    reject = answer(tab, ELLA, "Avvis overføringen")
    assert isinstance(reject, RejectDialog)
    click(qtbot, by_name(reject, "Avvis overføringen", QPushButton))
    mari.wait(qtbot)
    assert by_name(reject, "Feilmelding", QLabel).text() == "Skriv hvorfor du avviser overføringen."
    qtbot.keyClicks(by_name(reject, "Grunn til at overføringen avvises", QPlainTextEdit), "Jeg har ikke kapasitet nå.")
    click(qtbot, by_name(reject, "Avvis overføringen", QPushButton))
    mari.wait(qtbot)
    assert closed(reject)

    assert holder(kari, ELLA) == "Kari Nilsen, Solsikken barnehage"
    assert status_in_mine_logger(kari, qtbot) == "Aktiv – overføringen ble avvist"  # until she opens the log
    view = log_view(kari, qtbot)
    assert status_in_mine_logger(kari, qtbot) == "Aktiv"
    banner = by_name(view, "Varsler", QLabel).text()
    assert "Mari Olsen avviste overføringen 26.11.2026: «Jeg har ikke kapasitet nå.»" in banner
    assert "Kari Nilsen har fortsatt loggen." in banner
    assert by_name(view, "Overfør loggen", QPushButton).isVisible()  # she can send it again
    _tabs, kari_tab = tab_for(kari, qtbot)
    [row] = rows(by_name(kari_tab, "Overføringer siste 30 dager", QTableView))
    assert row[4] == "Avvist" and row[5] == "26.11.2026, Mari Olsen: Jeg har ikke kapasitet nå."


def test_the_sender_withdraws_from_the_log_view(desk_for: DeskFor, qtbot: QtBot) -> None:
    kari = desk_for("Kari Nilsen")
    view = log_view(kari, qtbot)
    dialog = open_dialog(kari, qtbot)
    fill_within(dialog, qtbot)
    send(dialog, kari, qtbot)
    kari.wait(qtbot)
    by_name(view, "Trekk tilbake overføringen", QPushButton).click()
    withdraw = view.transfer_actions.dialog
    assert (
        withdraw is not None
        and "Overføringen til Mari Olsen trekkes tilbake" in by_name(withdraw, "Om overføringen", QLabel).text()
    )
    click(qtbot, by_name(withdraw, "Trekk tilbake", QPushButton))
    kari.wait(qtbot)
    assert [t.status for t in transfers(kari, ELLA)] == [OverforingStatus.TRUKKET]
    assert by_name(view, "Overfør loggen", QPushButton).isVisible()
    assert "Venter på" not in by_name(view, "Varsler", QLabel).text()
    mari = desk_for("Mari Olsen")
    tabs, _tab = tab_for(mari, qtbot)
    assert tabs.tabText(0) == "Overføringer"


# ----------------------------------------------------------------------------- consent


def test_without_consent_the_dialog_explains_and_refuses_keeping_what_was_typed(
    desk_for: DeskFor, qtbot: QtBot
) -> None:
    kari = desk_for("Kari Nilsen")
    dialog = open_dialog(kari, qtbot)
    click(qtbot, by_name(dialog, "Til annen enhet", QRadioButton))
    choose(by_name(dialog, "Enhet", QComboBox), "Øvingsvik skole")
    consent = by_name(dialog, "Samtykke til overføringen", QLabel)
    assert consent.text().startswith("Ingen signert samtykke dekker overføring til annen enhet.")
    screenshot(dialog, "overforing-uten-samtykke.png")
    qtbot.keyClicks(by_name(dialog, "Grunn til overføringen", QPlainTextEdit), "Ella begynner på skolen.")
    send(dialog, kari, qtbot)
    assert dialog.isVisible()
    assert "uten et signert samtykke" in by_name(dialog, "Feilmelding", QLabel).text()
    assert by_name(dialog, "Grunn til overføringen", QPlainTextEdit).toPlainText() == "Ella begynner på skolen."
    assert transfers(kari, ELLA) == []

    # Register the signed form right here; then the consent covers it and the log can go.
    click(qtbot, by_name(dialog, "Registrer samtykke til overføring", QPushButton))
    form = by_name(dialog, "Registrer samtykke til overføring", QDialog)
    assert by_name(form, "Til annen enhet", QCheckBox).isChecked()
    for guardian in ("Mona Fjellstad", "Per Fjellstad"):
        click(qtbot, by_name(form, f"{guardian} har signert", QCheckBox))
    click(qtbot, by_name(form, "Registrer samtykket", QPushButton))
    kari.wait(qtbot)
    qtbot.waitUntil(lambda: "signert 26.11.2026" in consent.text())
    send(dialog, kari, qtbot)
    assert closed(dialog)
    [sent] = transfers(kari, ELLA)
    assert sent.samtykke_id is not None and sent.til_enhet_id is not None


def test_a_withdrawn_consent_does_not_cover_the_transfer(desk_for: DeskFor, qtbot: QtBot) -> None:
    kari = desk_for("Kari Nilsen")

    def register_and_withdraw(ctx) -> None:  # type: ignore[no-untyped-def]
        lg = ctx.session.get(Stafettlogg, logg(kari, ELLA))
        givers = [f.id for f in lg.barn.foresatte if f.foreldreansvar]
        made = logs.register_samtykke(
            ctx,
            barn_id=lg.barn_id,
            logg_id=lg.id,
            signert_dato=ctx.today(),
            overfore_kommune=True,
            gitt_av_foresatte=givers,
        )
        assert made.created is not None
        logs.withdraw_samtykke(ctx, made.created, "Familien flytter likevel ikke.")

    failed: list[str] = []
    kari.backend.call(register_and_withdraw, failure=failed.append)
    kari.wait(qtbot)
    assert failed == []
    dialog = open_dialog(kari, qtbot)
    click(qtbot, by_name(dialog, "Til annen kommune", QRadioButton))
    text = by_name(dialog, "Samtykke til overføringen", QLabel).text()
    assert "Ingen signert samtykke dekker overføring til annen kommune" in text
    assert "Samtykket signert 26.11.2026: Samtykket er trukket tilbake." in text
    qtbot.keyClicks(by_name(dialog, "Mottakerkommune", QLineEdit), "Nabovik kommune")
    qtbot.keyClicks(by_name(dialog, "Grunn til overføringen", QPlainTextEdit), "Familien flytter.")
    send(dialog, kari, qtbot)
    assert dialog.isVisible() and transfers(kari, ELLA) == []


def test_to_another_kommune_the_package_dialog_follows(desk_for: DeskFor, qtbot: QtBot) -> None:
    kari = desk_for("Kari Nilsen")
    dialog = open_dialog(kari, qtbot, EMIL)
    click(qtbot, by_name(dialog, "Til annen kommune", QRadioButton))
    click(qtbot, by_name(dialog, "Registrer samtykke til overføring", QPushButton))
    form = by_name(dialog, "Registrer samtykke til overføring", QDialog)
    for box in form.findChildren(QCheckBox):
        if box.accessibleName().endswith("har signert"):
            click(qtbot, box)
    click(qtbot, by_name(form, "Registrer samtykket", QPushButton))
    kari.wait(qtbot)
    qtbot.waitUntil(lambda: "signert 26.11.2026" in by_name(dialog, "Samtykke til overføringen", QLabel).text())
    qtbot.keyClicks(by_name(dialog, "Mottakerkommune", QLineEdit), "Nabovik kommune")
    qtbot.keyClicks(by_name(dialog, "Grunn til overføringen", QPlainTextEdit), "Familien flytter til Nabovik.")
    send(dialog, kari, qtbot)
    assert closed(dialog)
    package = dialog.package_dialog
    assert package is not None and package.isVisible() and package.windowTitle() == "Eksporter stafettlogg"
    package.close()
    # The sender records the other kommune's answer in her own «Overføringer».
    _tabs, tab = tab_for(kari, qtbot)
    select_child(by_name(tab, "Overføringer som venter på svar", QTableView), EMIL)
    assert by_name(tab, "Godta overføringen", QPushButton).text() == "&Bekreft mottak …"


# ----------------------------------------------------------------------------- on behalf of an absent holder


def test_a_leader_sends_for_an_absent_holder_without_reading_the_log(desk_for: DeskFor, qtbot: QtBot) -> None:
    berit = desk_for("Berit Holm")
    dialog = open_dialog(berit, qtbot)
    assert "Du sender den på vegne av Kari Nilsen." in by_name(dialog, "Om overføringen", QLabel).text()
    assert by_name(dialog, "Oppmerksomhet 1", QCheckBox).isChecked()
    assert by_name(dialog, "Oppmerksomhet 2", QCheckBox).isChecked()
    click(qtbot, by_name(dialog, "Oppmerksomhet 2", QCheckBox))  # the family keeps only the first
    fill_within(dialog, qtbot)
    assert "Kari Nilsen har ansvaret til Mari Olsen har godtatt" in by_name(dialog, "Ansvaret", QLabel).text()
    send(dialog, berit, qtbot)
    assert closed(dialog)
    [sent] = transfers(berit, ELLA)
    assert len(sent.oppmerksomheter) == 1

    mari = desk_for("Mari Olsen")
    _tabs, tab = tab_for(mari, qtbot)
    select_child(by_name(tab, "Overføringer som venter på svar", QTableView), ELLA)
    assert "(sendt av Berit Holm)" in by_name(tab, "Valgt overføring", QLabel).text()
    accept = answer(tab, ELLA, "Godta overføringen")
    click(qtbot, by_name(accept, "Godta overføringen", QPushButton))
    mari.wait(qtbot)
    assert holder(mari, ELLA) == "Mari Olsen, Solsikken barnehage"


# ----------------------------------------------------------------------------- the tab's models


@pytest.mark.parametrize("who", ["Hilde Sandvik", "Kari Nilsen"])
def test_the_tabs_models_pass_the_model_tester(desk_for: DeskFor, qtbot: QtBot, qtmodeltester, who: str) -> None:
    _tabs, tab = tab_for(desk_for(who), qtbot)
    qtmodeltester.check(tab.waiting_model)
    qtmodeltester.check(tab.history_model)


def test_no_tab_for_an_aktor_who_may_not_hold_logs(desk_for: DeskFor, qtbot: QtBot) -> None:
    desk = desk_for("Ahmed Karimi")
    assert not any(isinstance(t, OverforingerTab) for t in role_tabs(desk.backend, Roller(True, False, False, None)))
    tabs = role_tabs(desk.backend, Roller(True, False, False, None, True))
    assert any(isinstance(t, OverforingerTab) for t in tabs)
    for t in tabs:
        qtbot.addWidget(t)
    desk.wait(qtbot)


# ----------------------------------------------------------------------------- in the main window, and after a sync


def test_a_transfer_that_arrives_with_a_sync_shows_in_the_open_tab(desk_for: DeskFor, qtbot: QtBot) -> None:
    mari = desk_for("Mari Olsen")
    tabs, _tab = tab_for(mari, qtbot)
    assert tabs.tabText(0) == "Overføringer"
    kari = desk_for("Kari Nilsen")
    dialog = open_dialog(kari, qtbot)
    fill_within(dialog, qtbot)
    send(dialog, kari, qtbot)
    assert tabs.tabText(0) == "Overføringer"  # Mari's PC has not heard of it yet
    # What the sync service does after a pull that brought rows of a log (models.sync.SyncService._notify).
    mari.backend.changed.emit(Changes(logs={logg(mari, ELLA)}))
    mari.wait(qtbot)
    assert tabs.tabText(0) == "Overføringer (1)"


def test_the_rectors_main_window_counts_what_waits_and_forgets_it_on_lock(
    window_for: Callable[..., MainWindow],  # noqa: F811
    qtbot: QtBot,
) -> None:
    window = window_for("Hilde Sandvik")
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert "Overføringer (1)" in titles
    tab = next(t for t in window.role_tabs if isinstance(t, OverforingerTab))
    assert window.tabs.isTabEnabled(window.tabs.indexOf(tab))
    with qtbot.waitSignal(window.locked, timeout=10_000):
        window.lock()
    assert tab.waiting_model.rowCount() == 0 and tab.history_model.rowCount() == 0
    assert window.tabs.tabText(window.tabs.indexOf(tab)) == "Overføringer"


def test_every_control_of_the_answer_and_consent_dialogs_has_a_name(desk_for: DeskFor, qtbot: QtBot) -> None:
    kari = desk_for("Kari Nilsen")
    dialog = open_dialog(kari, qtbot)
    click(qtbot, by_name(dialog, "Til annen kommune", QRadioButton))
    assert unnamed_controls(dialog) == []
    click(qtbot, by_name(dialog, "Registrer samtykke til overføring", QPushButton))
    form = by_name(dialog, "Registrer samtykke til overføring", QDialog)
    assert unnamed_controls(form) == []
    form.reject()
    hilde = desk_for("Hilde Sandvik")
    _tabs, tab = tab_for(hilde, qtbot)
    for button in ("Avvis overføringen", "Godta overføringen"):
        answered = answer(tab, "Tori Testa", button)
        assert unnamed_controls(answered) == [], button
        answered.reject()
    select_child(by_name(tab, "Overføringer som venter på svar", QTableView), "Tori Testa")
    assert by_name(tab, "Valgt overføring", QLabel).isVisible()


def test_a_server_connected_pc_cannot_choose_the_package_way_and_is_told_why(
    desk_for: DeskFor, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk = desk_for("Kari Nilsen")
    monkeypatch.setattr(desk.backend, "connected", True)  # as the sync service of a connected PC sets it
    dialog = open_dialog(desk, qtbot)
    kommune = by_name(dialog, "Til annen kommune", QRadioButton)
    assert not kommune.isEnabled()
    hint = dialog.kind_hints[OverforingType.ANNEN_KOMMUNE]
    assert "koblet til kommunens server" in hint.text() and "Ingenting er endret" in hint.toolTip()
    assert by_name(dialog, "Til annen enhet", QRadioButton).isEnabled()
    screenshot(dialog, "overforing-tilkoblet-pc.png")
