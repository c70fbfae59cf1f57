"""«Endringer som ikke er synkronisert»: real conflicts and rejections from the real server on loopback.

Two PCs signed in as Kari (the office PC and the laptop) change the same record offline; the
laptop's push meets the office's change (a conflict), or a log the office closed (a rejection).
The dialog runs on the laptop over its own workspace, as the app wires it.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core import conflicts
from desktop.core.context import OSLO
from desktop.core.entities import LoggStatus, Lysglimt, Oppmerksomhet, OutboxStatus, Stafettlogg, SyncChange
from desktop.core.replica import ORDER, TABLES, wire_row
from desktop.core.syncstatus import changes_for, counts
from desktop.core.usecases import content, logs
from desktop.models.backend import Backend
from desktop.models.operations import Operations

from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QPushButton, QTableView

from desktop.views.forms import ERROR_STYLE
from desktop.views.konflikter import KonfliktDialog, MergeDialog, command_text

from ..sync.support import LiveServer, Pc, copy_seed, live_server
from .helpers import by_name, screenshot, unnamed_controls

OFFICE = "Kontoret: Ella venter på tur i samlingsstund."
LAPTOP = "Laptop: Ella rekker opp hånden i samlingsstund."
MERGED = "Ella venter på tur og rekker opp hånden i samlingsstund."
LYSGLIMT = "Ella hjalp en venn med å rydde klossene i dag."


# --------------------------------------------------------------------------- fixtures


@pytest.fixture
def server(seeded_db: Path, tmp_path: Path) -> Iterator[LiveServer]:
    with live_server(copy_seed(seeded_db, tmp_path / "server.db")) as running:
        yield running


@dataclass
class Station:
    """One PC with the app's way to its core: a backend over its workspace as the signed-in person."""

    pc: Pc
    backend: Backend
    ops: Operations

    def wait(self, qtbot: QtBot) -> None:
        qtbot.waitUntil(lambda: not self.ops.busy, timeout=10_000)


@pytest.fixture
def stations(server: LiveServer, tmp_path: Path, qtbot: QtBot) -> Iterator[Callable[[str], Station]]:
    made: list[Station] = []
    bugs: list[BaseException] = []

    def connect(username: str) -> Station:
        pc = Pc.connect(tmp_path / f"pc-{username}-{len(made)}", server.url, username)
        ops = Operations()
        backend = Backend(ops, pc.workspace.transaction, pc.me)
        backend.bug.connect(bugs.append)  # a bug on the worker must fail the test, not vanish
        station = Station(pc, backend, ops)
        made.append(station)
        return station

    yield connect
    for station in made:
        station.wait(qtbot)
        station.ops.shutdown()
        station.pc.close()
    assert bugs == [], bugs


# --------------------------------------------------------------------------- helpers


def snapshot(pc: Pc) -> dict[tuple[str, str], dict[str, object]]:
    out = {}
    with pc.session() as s:
        for entity in ORDER:
            for obj in s.scalars(select(TABLES[entity])):
                out[(entity, str(obj.id))] = wire_row(obj)
    return out


def kari_logg(pc: Pc) -> Stafettlogg:
    with pc.session() as s:
        found = s.scalar(
            select(Stafettlogg)
            .where(Stafettlogg.stafettholder_id == pc.me.id, Stafettlogg.status == LoggStatus.AKTIV)
            .order_by(Stafettlogg.id)
        )
        assert found is not None
        return found


def first_oppmerksomhet(pc: Pc) -> Oppmerksomhet:
    with pc.session() as s:
        found = s.scalar(
            select(Oppmerksomhet)
            .join(Stafettlogg, Oppmerksomhet.logg_id == Stafettlogg.id)
            .where(Stafettlogg.stafettholder_id == pc.me.id, Stafettlogg.status == LoggStatus.AKTIV)
            .order_by(Oppmerksomhet.id)
        )
        assert found is not None
        return found


def make_conflict(office: Station, laptop: Station) -> uuid.UUID:
    """Both PCs change the same concern offline; the office syncs first. Returns the concern's id."""
    office.pc.sync()
    laptop.pc.sync()
    target = first_oppmerksomhet(office.pc).id
    with office.pc.work() as ctx:
        content.update_oppmerksomhet(ctx, target, tekst=OFFICE)
    with laptop.pc.work() as ctx:
        content.update_oppmerksomhet(ctx, target, tekst=LAPTOP)
    assert office.pc.sync().applied == 1
    assert laptop.pc.sync().conflicts == 1
    return target


def open_dialog(station: Station, qtbot: QtBot) -> KonfliktDialog:
    dialog = KonfliktDialog(station.backend)
    qtbot.addWidget(dialog)
    dialog.show()
    station.wait(qtbot)
    return dialog


def listed(dialog: KonfliktDialog) -> list[list[str]]:
    table = by_name(dialog, "Endringer som ikke er synkronisert", QTableView)
    model = table.model()
    return [[model.index(r, c).data() for c in range(4)] for r in range(model.rowCount())]


def text_of(dialog: KonfliktDialog | MergeDialog, name: str) -> str:
    return by_name(dialog, name, QPlainTextEdit).toPlainText()


def shown_label(dialog: KonfliktDialog, name: str) -> QLabel:
    found = [w for w in dialog.findChildren(QLabel) if w.accessibleName() == name and w.isVisibleTo(dialog)]
    assert len(found) == 1, f"{len(found)} visible labels named {name!r}"
    return found[0]


def norwegian(at: dt.datetime) -> str:
    local = at.astimezone(OSLO)
    return f"{local:%d.%m.%Y} kl. {local:%H.%M}"


def answer(dialog: KonfliktDialog, qtbot: QtBot, button: str) -> None:
    """Press ``button`` in the question the dialog has just opened."""
    qtbot.waitUntil(lambda: any(b.isVisible() for b in dialog.findChildren(QMessageBox)))
    [box] = [b for b in dialog.findChildren(QMessageBox) if b.isVisible()]
    assert unnamed_controls(box) == []
    by_name(box, button, QPushButton).click()


def sync_and_wait(station: Station, qtbot: QtBot) -> int:
    station.wait(qtbot)
    return station.pc.sync().applied


# --------------------------------------------------------------------------- conflicts


def test_a_conflict_is_shown_side_by_side_merged_and_converges(
    stations: Callable[[str], Station], qtbot: QtBot
) -> None:
    office, laptop = stations("kari"), stations("kari")
    target = make_conflict(office, laptop)
    with laptop.pc.work() as ctx:
        [change] = changes_for(ctx)
    with office.pc.session() as s:
        office_at = s.get(Oppmerksomhet, target).updated_at

    dialog = open_dialog(laptop, qtbot)
    assert dialog.width() <= 1366 and dialog.height() <= 768
    assert dialog.minimumSizeHint().height() <= 728
    [[status, what, when, gjelder]] = listed(dialog)
    assert (status, what, when) == ("Konflikt", "Endret oppmerksomhet", norwegian(change.at))
    assert gjelder.startswith("Oppmerksomhet «Laptop: Ella rekker opp") and "i loggen til" in gjelder
    # Both versions side by side, with who and when.
    assert text_of(dialog, "Din versjon: Tekst") == LAPTOP
    assert text_of(dialog, "Versjonen på serveren: Tekst") == OFFICE
    assert by_name(dialog, "Din versjon: Tekst", QPlainTextEdit).isReadOnly()
    assert shown_label(dialog, "Hvem og når: din versjon").text() == f"Kari Nilsen, {norwegian(change.at)}"
    assert (
        shown_label(dialog, "Hvem og når: versjonen på serveren").text() == f"Kari Nilsen, {norwegian(office_at)}"
    )  # the office PC, also Kari
    assert "Noen andre har endret det samme" in shown_label(dialog, "Hva som skjedde").text()
    for name in ("Behold min", "Behold serverens", "Slå sammen …"):
        assert by_name(dialog, name, QPushButton).isEnabled()
    assert not by_name(dialog, "Forkast endringen", QPushButton).isVisible()
    assert unnamed_controls(dialog) == []
    assert dialog.table.hasFocus() or dialog.focusWidget() is dialog.table
    screenshot(dialog, "konflikt-1366x768.png")

    by_name(dialog, "Slå sammen …", QPushButton).click()
    qtbot.waitUntil(lambda: dialog.findChild(MergeDialog) is not None and dialog.findChild(MergeDialog).isVisible())
    merge = dialog.findChild(MergeDialog)
    assert merge is not None
    assert unnamed_controls(merge) == []
    editor = by_name(merge, "Sammenslått tekst: Tekst", QPlainTextEdit)
    assert LAPTOP in editor.toPlainText() and OFFICE in editor.toPlainText()
    assert merge.focusWidget() is editor
    screenshot(merge, "konflikt-slaa-sammen.png")
    editor.setPlainText(MERGED)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        by_name(merge, "Lagre sammenslått versjon", QPushButton).click()
    laptop.wait(qtbot)

    # The conflict is gone; the choice waits to be synced like any change.
    [[status, what, _when, gjelder]] = listed(dialog)
    assert status == "Venter på synkronisering"
    assert what == "Slo sammen versjonene: Endret oppmerksomhet"
    assert gjelder.startswith(f"Oppmerksomhet «{MERGED}»")
    assert "– venter" in shown_label(dialog, "Poster endringen gjelder").text()
    with laptop.pc.session() as s:
        [pending] = s.scalars(select(SyncChange).where(SyncChange.status == OutboxStatus.PENDING))
        assert pending.resolves == change.change_id and pending.choice == "merged"
    with laptop.pc.work() as ctx:
        assert counts(ctx).pending == 1 and counts(ctx).conflicts == 0

    assert sync_and_wait(laptop, qtbot) == 1
    office.pc.sync()
    for pc in (office.pc, laptop.pc):
        with pc.session() as s:
            assert s.get(Oppmerksomhet, target).tekst == MERGED
        with pc.work() as ctx:
            assert conflicts.unsettled(ctx) == []
    assert snapshot(office.pc) == snapshot(laptop.pc)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.refresh()
    assert listed(dialog) == []
    assert shown_label(dialog, "Antall endringer").text() == "Alt er synkronisert: ingen endringer venter."


def test_keeping_the_servers_version_drops_mine_and_converges(stations: Callable[[str], Station], qtbot: QtBot) -> None:
    office, laptop = stations("kari"), stations("kari")
    target = make_conflict(office, laptop)
    dialog = open_dialog(laptop, qtbot)

    by_name(dialog, "Behold serverens", QPushButton).click()
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        answer(dialog, qtbot, "Ja, behold serverens")
    laptop.wait(qtbot)
    [[status, what, _when, gjelder]] = listed(dialog)
    assert (status, what, gjelder) == ("Venter på synkronisering", "Valgte serverens versjon", "")

    assert sync_and_wait(laptop, qtbot) == 1
    office.pc.sync()
    for pc in (office.pc, laptop.pc):
        with pc.session() as s:
            assert s.get(Oppmerksomhet, target).tekst == OFFICE
        with pc.work() as ctx:
            assert changes_for(ctx) == []
    assert snapshot(office.pc) == snapshot(laptop.pc)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.refresh()
    assert listed(dialog) == []


def test_keeping_mine_sends_my_version_again(stations: Callable[[str], Station], qtbot: QtBot) -> None:
    office, laptop = stations("kari"), stations("kari")
    target = make_conflict(office, laptop)
    dialog = open_dialog(laptop, qtbot)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        by_name(dialog, "Behold min", QPushButton).click()
    laptop.wait(qtbot)
    [[status, what, _when, _gjelder]] = listed(dialog)
    assert (status, what) == ("Venter på synkronisering", "Valgte min versjon: Endret oppmerksomhet")
    assert sync_and_wait(laptop, qtbot) == 1
    office.pc.sync()
    with office.pc.session() as s:
        assert s.get(Oppmerksomhet, target).tekst == LAPTOP


def test_a_choice_that_fails_is_shown_and_the_conflict_stays(stations: Callable[[str], Station], qtbot: QtBot) -> None:
    office, laptop = stations("kari"), stations("kari")
    make_conflict(office, laptop)
    dialog = open_dialog(laptop, qtbot)
    with laptop.pc.work() as ctx:  # settled meanwhile (another window): the dialog's choice comes too late
        [change] = changes_for(ctx)
        conflicts.keep_theirs(ctx, change.change_id)
    by_name(dialog, "Behold min", QPushButton).click()
    laptop.wait(qtbot)
    error = by_name(dialog, "Feilmelding", QLabel)
    assert error.isVisible() and error.text() == "Endringen er allerede avklart."
    assert by_name(dialog, "Behold min", QPushButton).isEnabled()


# --------------------------------------------------------------------------- rejections


def test_a_rejected_change_shows_the_reason_keeps_the_text_and_can_be_discarded(
    stations: Callable[[str], Station], qtbot: QtBot
) -> None:
    office, laptop = stations("kari"), stations("kari")
    office.pc.sync()
    laptop.pc.sync()
    logg = kari_logg(office.pc)
    with office.pc.work() as ctx:
        logs.close(ctx, logg.id, "Tiltakene virket; familien og barnehagen er enige.")
    assert office.pc.sync().applied == 1
    with laptop.pc.work() as ctx:  # the laptop has not heard of it yet
        content.post_lysglimt(ctx, logg.id, LYSGLIMT)

    dialog = open_dialog(laptop, qtbot)  # before the sync: it waits
    [[status, what, _when, gjelder]] = listed(dialog)
    assert (status, what) == ("Venter på synkronisering", "Skrev lysglimt")
    assert gjelder.startswith(f"Lysglimt «{LYSGLIMT}» i loggen til ")
    records = shown_label(dialog, "Poster endringen gjelder").text()
    assert f"Lysglimt «{LYSGLIMT}»" in records and records.endswith("– venter")

    laptop.wait(qtbot)
    report = laptop.pc.sync()
    assert report.rejected == 1
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.refresh()
    [[status, what, _when, _gjelder]] = listed(dialog)
    with laptop.pc.work() as ctx:
        [change] = changes_for(ctx)
    assert change.reason
    assert status == f"Avvist av serveren: {change.reason}"
    reason = shown_label(dialog, "Serverens begrunnelse")
    assert reason.text() == f"Avvist av serveren: {change.reason}"
    assert reason.styleSheet() == ERROR_STYLE
    # The text stays visible (read-only, to copy) although the server refused it.
    written = by_name(dialog, "Det du skrev: Tekst", QPlainTextEdit)
    assert by_name(dialog, "Det du skrev: Dato", QLineEdit).isReadOnly()
    assert written.toPlainText() == LYSGLIMT and written.isReadOnly()
    with laptop.pc.session() as s:
        assert s.scalar(select(Lysglimt).where(Lysglimt.tekst == LYSGLIMT)) is None  # the server's version stands
    assert by_name(dialog, "Forkast endringen", QPushButton).isEnabled()
    assert not by_name(dialog, "Behold min", QPushButton).isVisible()
    assert unnamed_controls(dialog) == []
    screenshot(dialog, "konflikt-avvist-1366x768.png")

    by_name(dialog, "Forkast endringen", QPushButton).click()
    answer(dialog, qtbot, "Avbryt")  # thinking better of it changes nothing
    laptop.wait(qtbot)
    assert listed(dialog)[0][0].startswith("Avvist av serveren")

    by_name(dialog, "Forkast endringen", QPushButton).click()
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        answer(dialog, qtbot, "Ja, forkast")
    laptop.wait(qtbot)
    [[status, what, _when, _gjelder]] = listed(dialog)
    assert (status, what) == ("Venter på synkronisering", "Forkastet en avvist endring")
    assert sync_and_wait(laptop, qtbot) == 1
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.refresh()
    assert listed(dialog) == []


def test_every_command_has_a_readable_label() -> None:
    from desktop.core import commands

    commands.load_all()
    assert [name for name in commands.REGISTRY if command_text(name).startswith("Annen endring")] == []
    assert command_text("content.ukjent") == "Annen endring (content.ukjent)"
