"""The transfer package dialogs, driven like a user: keys, export, import or reject, the receipt.

The sender is the training municipality Øvingsvik (a real encrypted workspace); the receiver is
Mottakvik, a second kommune in its own database with its own backend.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core.context import transaction
from desktop.core.entities import Barn, LoggStatus, Overforing, OverforingStatus, OverforingType, Stafettlogg
from desktop.core.usecases import exchange, logs, transfer
from desktop.models.backend import Backend
from desktop.models.operations import Operations

from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QPlainTextEdit, QPushButton, QTableView, QWidget

from desktop.views.pakke import ExportPackageDialog, ImportPackageDialog, KeysDialog, ReceiptDialog

from ..core.conftest import Clock
from ..core.test_exchange import receiver_side
from .conftest import TRAINING_NOW, Desk
from .helpers import by_name, screenshot, unnamed_controls, when_modal

HOLDER = "Kari Nilsen"
CHILD = "Ella Fjellstad"


@pytest.fixture
def receiver(qtbot: QtBot) -> Iterator[Callable[[str], Backend]]:
    """Mottakvik, with a backend per person as the app would wire it."""
    side = receiver_side(Clock(TRAINING_NOW))
    side.run("admin", exchange.create_own_keys)
    made: list[Operations] = []
    bugs: list[BaseException] = []

    def make(who: str) -> Backend:
        ops = Operations()
        made.append(ops)

        def factory(ref: Any, *, clock: Any = None) -> Any:
            return transaction(side.factory, ref, device="mottak-pc", clock=clock or Clock(TRAINING_NOW))

        backend = Backend(ops, factory, side.p[who], clock=Clock(TRAINING_NOW))
        backend.bug.connect(bugs.append)
        return backend

    make.side = side  # type: ignore[attr-defined]
    yield make
    for ops in made:
        qtbot.waitUntil(lambda ops=ops: not ops.busy, timeout=10_000)
        ops.shutdown()
    assert bugs == []


def save_to(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), "")))


def open_from(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))


def wait(backend: Backend, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: not backend.ops.busy, timeout=10_000)


def admin_name(desk_for: Callable[[str], Desk]) -> str:
    probe = desk_for(HOLDER)
    return next(n for n in probe.training.people if "Kvam" in n)


def request_transfer(desk: Desk, qtbot: QtBot) -> uuid.UUID:
    """As the holder: a signed consent to transfer to another kommune, and the request."""
    logg_id = desk.training.logs[CHILD]
    got: list[uuid.UUID] = []

    def work(ctx: Any) -> uuid.UUID:
        logg = ctx.session.get(Stafettlogg, logg_id)
        pending = transfer.pending_transfer(ctx, logg_id)
        if pending is not None:
            transfer.withdraw_transfer(ctx, pending.id)
        givers = [f.id for f in logg.barn.foresatte if f.foreldreansvar]
        samtykke = logs.register_samtykke(
            ctx,
            barn_id=logg.barn_id,
            logg_id=logg_id,
            signert_dato=dt.date(2026, 11, 25),
            overfore_kommune=True,
            gitt_av_foresatte=givers,
        ).created
        chosen = [o.id for o in logg.oppmerksomheter if o.avsluttet_at is None][:1]
        created = transfer.request_transfer(
            ctx,
            logg_id,
            type=OverforingType.ANNEN_KOMMUNE,
            grunn="Familien flytter til Mottakvik.",
            oppmerksomheter=chosen,
            til_kommune="Mottakvik",
            samtykke_id=samtykke,
        ).created
        assert created is not None
        return created

    desk.backend.call(work, success=got.append)
    desk.wait(qtbot)
    assert len(got) == 1
    return got[0]


def keys_exchanged(
    desk_for: Callable[[str], Desk], receiver: Any, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The two administrators swap key files; Øvingsvik's through «Kommunens nøkler»."""
    admin = desk_for(admin_name(desk_for))
    dialog = KeysDialog(admin.backend)
    qtbot.addWidget(dialog)
    dialog.show()
    admin.wait(qtbot)
    by_name(dialog, "Lag kommunens nøkler", QPushButton).click()
    admin.wait(qtbot)
    assert len(by_name(dialog, "Vårt fingeravtrykk", QLabel).text().split()) == 10
    ours = tmp_path / "ovingsvik.stafettnokkel"
    save_to(monkeypatch, ours)
    by_name(dialog, "Eksporter nøkkelfil", QPushButton).click()
    admin.wait(qtbot)
    assert ours.exists()
    theirs = tmp_path / "mottakvik.stafettnokkel"
    theirs.write_bytes(receiver.side.run("admin", exchange.own_key_file))
    open_from(monkeypatch, theirs)
    by_name(dialog, "Les inn nøkkelfil", QPushButton).click()
    admin.wait(qtbot)
    shown = by_name(dialog, "Fingeravtrykk i filen", QLabel).text()
    assert shown == receiver.side.run("admin", exchange.key_overview).fingerprint
    by_name(dialog, "Fingeravtrykket stemmer", QPushButton).click()
    admin.wait(qtbot)
    table = by_name(dialog, "Kjente kommuner", QTableView)
    assert table.model().rowCount() == 1
    assert table.model().index(0, 0).data() == "Mottakvik"
    assert unnamed_controls(dialog) == []
    dialog.resize(900, 640)
    screenshot(dialog, "pakke-nokler.png")
    dialog.close()
    receiver.side.run("admin", lambda ctx: exchange.add_kjent_kommune(ctx, ours.read_bytes()))


def export_package(desk: Desk, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, uuid.UUID]:
    overforing_id = request_transfer(desk, qtbot)
    dialog = ExportPackageDialog(desk.backend, overforing_id)
    qtbot.addWidget(dialog)
    dialog.show()
    desk.wait(qtbot)
    assert by_name(dialog, "Mottakerkommunens nøkkel", QComboBox).currentText() == "Mottakvik (1234)"
    assert "•" in by_name(dialog, "Oppmerksomheter som følger med", QLabel).text()
    assert unnamed_controls(dialog) == []
    dialog.setMinimumWidth(820)
    dialog.adjustSize()
    screenshot(dialog, "pakke-eksport.png")
    path = tmp_path / "ella.stafettpakke"
    save_to(monkeypatch, path)
    by_name(dialog, "Lagre pakken", QPushButton).click()
    desk.wait(qtbot)
    assert path.exists()
    result = by_name(dialog, "Resultat", QLabel)
    assert result.isVisibleTo(dialog) and "ella.stafettpakke" in result.text()
    dialog.close()
    return path, overforing_id


def test_export_import_and_receipt_through_the_dialogs(
    desk_for: Callable[[str], Desk], receiver: Any, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keys_exchanged(desk_for, receiver, qtbot, tmp_path, monkeypatch)
    holder = desk_for(HOLDER)
    path, overforing_id = export_package(holder, qtbot, tmp_path, monkeypatch)

    laerer = receiver("laerer")
    dialog = ImportPackageDialog(laerer, path)
    qtbot.addWidget(dialog)
    dialog.show()
    wait(laerer, qtbot)
    assert by_name(dialog, "Barnet", QLabel).text().startswith(CHILD)
    assert by_name(dialog, "Avsender", QLabel).text() == "Øvingsvik kommune (9999)"
    assert by_name(dialog, "Ny stafettholder", QComboBox).currentText() == "Laerer Mottaksen – Mottakvik skole"
    assert unnamed_controls(dialog) == []
    dialog.setMinimumWidth(820)
    dialog.adjustSize()
    screenshot(dialog, "pakke-import.png")
    receipt = tmp_path / "kvittering.stafettkvittering"
    save_to(monkeypatch, receipt)
    by_name(dialog, "Godta og importer", QPushButton).click()
    wait(laerer, qtbot)
    assert not dialog.error.isVisibleTo(dialog), dialog.error.text()
    assert "Loggen er lest inn" in by_name(dialog, "Resultat", QLabel).text()
    assert dialog.changes is not None and dialog.changes.created == holder.training.logs[CHILD]
    assert receipt.exists()
    with receiver.side.factory() as s:
        logg = s.get(Stafettlogg, holder.training.logs[CHILD])
        assert logg is not None and logg.stafettholder_id == receiver.side.p["laerer"].id
    dialog.close()

    answer = ReceiptDialog(holder.backend, receipt)
    qtbot.addWidget(answer)
    answer.show()
    holder.wait(qtbot)
    assert by_name(answer, "Svaret", QLabel).text().startswith("Godtatt")
    by_name(answer, "Registrer svaret", QPushButton).click()
    holder.wait(qtbot)
    assert "registrert" in by_name(answer, "Resultat", QLabel).text()
    with holder.workspace.session() as s:
        overforing = s.get(Overforing, overforing_id)
        assert overforing is not None and overforing.status is OverforingStatus.AKSEPTERT
        logg = s.get(Stafettlogg, holder.training.logs[CHILD])
        assert logg is not None and logg.status is LoggStatus.AVSLUTTET


def test_rejecting_needs_a_reason_and_writes_a_receipt(
    desk_for: Callable[[str], Desk], receiver: Any, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keys_exchanged(desk_for, receiver, qtbot, tmp_path, monkeypatch)
    holder = desk_for(HOLDER)
    path, overforing_id = export_package(holder, qtbot, tmp_path, monkeypatch)
    rektor = receiver("rektor")
    dialog = ImportPackageDialog(rektor, path)
    qtbot.addWidget(dialog)
    dialog.show()
    wait(rektor, qtbot)
    by_name(dialog, "Avvis", QPushButton).click()
    assert "Skriv grunnen" in dialog.error.text()
    qtbot.keyClicks(by_name(dialog, "Grunn til å avvise", QPlainTextEdit), "Familien bor ikke her.")
    receipt = tmp_path / "avvist.stafettkvittering"
    save_to(monkeypatch, receipt)
    by_name(dialog, "Avvis", QPushButton).click()
    wait(rektor, qtbot)
    assert "avvist" in by_name(dialog, "Resultat", QLabel).text()
    with receiver.side.factory() as s:
        assert s.scalars(select(Barn)).all() == []
    answer = ReceiptDialog(holder.backend, receipt)
    qtbot.addWidget(answer)
    answer.show()
    holder.wait(qtbot)
    assert by_name(answer, "Svaret", QLabel).text().startswith("Avvist")
    by_name(answer, "Registrer svaret", QPushButton).click()
    holder.wait(qtbot)
    with holder.workspace.session() as s:
        overforing = s.get(Overforing, overforing_id)
        assert overforing is not None and overforing.status is OverforingStatus.AVVIST
        assert "Familien bor ikke her." in overforing.svar_grunn


def test_a_tampered_file_is_refused_in_the_preview(
    desk_for: Callable[[str], Desk], receiver: Any, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keys_exchanged(desk_for, receiver, qtbot, tmp_path, monkeypatch)
    path, _ = export_package(desk_for(HOLDER), qtbot, tmp_path, monkeypatch)
    data = bytearray(path.read_bytes())
    data[-1] ^= 0xFF
    path.write_bytes(bytes(data))
    laerer = receiver("laerer")
    dialog = ImportPackageDialog(laerer, path)
    qtbot.addWidget(dialog)
    dialog.show()
    wait(laerer, qtbot)
    assert "signaturen stemmer ikke" in dialog.error.text()
    assert not by_name(dialog, "Godta og importer", QPushButton).isEnabled()


def test_export_without_known_kommuner_says_what_to_do(desk_for: Callable[[str], Desk], qtbot: QtBot) -> None:
    holder = desk_for(HOLDER)
    overforing_id = request_transfer(holder, qtbot)
    dialog = ExportPackageDialog(holder.backend, overforing_id)
    qtbot.addWidget(dialog)
    dialog.show()
    holder.wait(qtbot)
    assert not by_name(dialog, "Lagre pakken", QPushButton).isEnabled()
    texts = " ".join(w.text() for w in dialog.findChildren(QLabel) if w.isVisibleTo(dialog))
    assert "Kommunens nøkler" in texts


def test_the_file_menu_offers_import_receipt_and_keys_to_admins(desk_for: Callable[[str], Desk], qtbot: QtBot) -> None:
    from desktop.app import WorkspaceLocker  # noqa: F401 - the main window's own dependency

    from desktop.views.mainwindow import MainWindow

    shown: dict[str, bool] = {}
    mother = next(n for n in desk_for(HOLDER).training.people if "Fjellstad" in n and n != CHILD)
    for name in (HOLDER, admin_name(desk_for), mother):
        desk = desk_for(name)

        class _Locker:
            needs_passphrase = False

            def lock(self) -> None: ...

        window = MainWindow(backend=desk.backend, locker=_Locker(), who_text=name, may_create=False)  # type: ignore[arg-type]
        qtbot.addWidget(window)
        desk.wait(qtbot)
        fil = window.menuBar().actions()[0].menu()
        texts = {a.text().replace("&", ""): a.isVisible() for a in fil.actions()}  # type: ignore[union-attr]
        assert texts["Importer stafettlogg …"] == texts["Les inn kvittering …"] == (name != mother)
        shown[name] = texts["Kommunens nøkler …"]
        window.idle.timer.stop()
    assert shown == {HOLDER: False, admin_name(desk_for): True, mother: False}


def test_import_from_the_file_menu_opens_the_new_log(
    desk_for: Callable[[str], Desk], receiver: Any, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.views.logview import LogView
    from desktop.views.mainwindow import MainWindow

    keys_exchanged(desk_for, receiver, qtbot, tmp_path, monkeypatch)
    path, _ = export_package(desk_for(HOLDER), qtbot, tmp_path, monkeypatch)
    laerer = receiver("laerer")

    class _Locker:
        needs_passphrase = False

    window = MainWindow(backend=laerer, locker=_Locker(), who_text="Laerer Mottaksen", may_create=True)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    wait(laerer, qtbot)
    open_from(monkeypatch, path)
    save_to(monkeypatch, tmp_path / "kvittering.stafettkvittering")

    def answer(dialog: QWidget) -> None:
        qtbot.waitUntil(lambda: by_name(dialog, "Godta og importer", QPushButton).isEnabled(), timeout=10_000)
        by_name(dialog, "Godta og importer", QPushButton).click()
        qtbot.waitUntil(lambda: by_name(dialog, "Resultat", QLabel).isVisibleTo(dialog), timeout=10_000)
        by_name(dialog, "Lukk", QPushButton).click()

    when_modal(answer, title="Importer stafettlogg")
    action = next(a for a in window.menuBar().actions()[0].menu().actions() if a.text() == "&Importer stafettlogg …")  # type: ignore[union-attr]
    action.trigger()
    wait(laerer, qtbot)
    view = window.tabs.currentWidget()
    assert isinstance(view, LogView)
    qtbot.waitUntil(lambda: view.snap is not None, timeout=10_000)
    assert view.snap is not None and view.snap.barn == CHILD
    window.idle.timer.stop()


def test_known_kommuner_model_passes_the_model_tester(qtmodeltester: Any) -> None:
    from desktop.models.rows import RowsModel

    from desktop.views.pakke import _known_columns

    model: RowsModel[exchange.KjentInfo] = RowsModel(_known_columns())
    model.set_rows(
        [
            exchange.KjentInfo(uuid.uuid4(), "1234", "Mottakvik", "AAAA BBBB", TRAINING_NOW),
            exchange.KjentInfo(uuid.uuid4(), "5678", "Fjordvik", "CCCC DDDD", TRAINING_NOW),
        ]
    )
    qtmodeltester.check(model)


def test_an_administrator_removes_a_known_key_and_a_mismatch_adds_nothing(
    desk_for: Callable[[str], Desk], receiver: Any, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keys_exchanged(desk_for, receiver, qtbot, tmp_path, monkeypatch)
    admin = desk_for(admin_name(desk_for))
    dialog = KeysDialog(admin.backend)
    qtbot.addWidget(dialog)
    dialog.show()
    admin.wait(qtbot)
    table = by_name(dialog, "Kjente kommuner", QTableView)
    table.setCurrentIndex(table.model().index(0, 0))
    by_name(dialog, "Fjern nøkkelen", QPushButton).click()
    admin.wait(qtbot)
    assert table.model().rowCount() == 0
    # Reading the file in again, but the fingerprint does not match on the phone: nothing is added.
    open_from(monkeypatch, tmp_path / "mottakvik.stafettnokkel")
    by_name(dialog, "Les inn nøkkelfil", QPushButton).click()
    admin.wait(qtbot)
    by_name(dialog, "Stemmer ikke", QPushButton).click()
    assert not by_name(dialog, "Fingeravtrykket stemmer", QPushButton).isVisibleTo(dialog)
    admin.wait(qtbot)
    assert table.model().rowCount() == 0


def test_a_server_connected_pc_is_told_before_it_imports_what_the_server_would_refuse(
    desk_for: Callable[[str], Desk], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.views.mainwindow import MainWindow

    desk = desk_for(HOLDER)
    monkeypatch.setattr(desk.backend, "connected", True)  # as the sync service of a connected PC sets it

    class _Locker:
        needs_passphrase = False

    window = MainWindow(backend=desk.backend, locker=_Locker(), who_text=HOLDER, may_create=True)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    wait(desk.backend, qtbot)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: pytest.fail("no file chosen")))
    menu = window.menuBar().actions()[0].menu()
    for text in ("&Importer stafettlogg …", "Les inn k&vittering …"):
        told: list[str] = []

        def look(box: QWidget, told: list[str] = told) -> None:
            told.append(box.text())  # type: ignore[attr-defined]
            box.close()

        when_modal(look)
        next(a for a in menu.actions() if a.text() == text).trigger()  # type: ignore[union-attr]
        assert len(told) == 1 and "koblet til kommunens server" in told[0] and "Ingenting er endret" in told[0]
    window.idle.timer.stop()
