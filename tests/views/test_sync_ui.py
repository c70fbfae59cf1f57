"""The sync as a person meets it, against a real server on loopback.

A new PC is connected through the welcome screen; the status bar says where it stands with
the server; a change made while the server is away is kept on the PC, retried later (backoff)
and sent once the server is back. Nothing here sleeps: the tests wait for what the user sees.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import re
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.app import Startup, WorkspaceLocker, sync_service
from desktop.core.context import PersonRef
from desktop.core.entities import Ansatt, Lysglimt, Oppmerksomhet, OutboxStatus, Stafettlogg, SyncChange
from desktop.core.usecases import content
from desktop.models.backend import Backend
from desktop.models.operations import Operations
from desktop.models.sync import Mode, SafeTokens, SyncService
from desktop.store.keys import MemoryKeyring
from desktop.store.workspace import Workspace
from sync.client import Backoff, KeyringTokens, SyncClient, SyncError
from sync.server.app import create_app
from tests.sync.support import TRAINING_PASSWORD, LiveServer, Pc, copy_seed

from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QPushButton, QWidget

from desktop.views.mainwindow import MainWindow

from .conftest import PASSPHRASE, TRAINING_NOW, Training
from .helpers import by_name, screenshot, unnamed_controls, when_modal

ROOT = Path(__file__).resolve().parents[2]
ELLA = "Ella bygde et tårn sammen med to venner i dag."


# --------------------------------------------------------------------------- a server that can come back


class Server:
    """The loopback server of tests.sync.support, able to stop and start again on the same port.

    A PC keeps its server's address, so the server coming back must come back where it was.
    """

    def __init__(self, database_url: str) -> None:
        self.database_url = database_url
        self.port = 0
        self.live: LiveServer | None = None
        self.start()

    @property
    def running(self) -> bool:
        return self.live is not None

    def start(self) -> None:
        self.app = create_app(self.database_url)
        self.live = LiveServer(self.app, self.port)
        self.port, self.url = self.live.port, self.live.url

    def stop(self) -> None:
        if self.live is not None:
            self.live.stop()
            self.app.state.engine.dispose()
            self.live = None


@pytest.fixture
def server(seeded_db: Path, tmp_path: Path) -> Iterator[Server]:
    running = Server(copy_seed(seeded_db, tmp_path / "server.db"))
    try:
        yield running
    finally:
        running.stop()


# --------------------------------------------------------------------------- the desktop, as app.main wires it


@dataclass
class Desktop:
    window: MainWindow
    service: SyncService
    backend: Backend
    workspace: Workspace

    @property
    def status(self) -> QLabel:
        return by_name(self.window, "Synkroniseringsstatus", QLabel)

    def button(self, name: str) -> QPushButton:
        return by_name(self.window, name, QPushButton)


@pytest.fixture
def desktops(qtbot: QtBot) -> Iterator[Callable[..., Desktop]]:
    made: list[tuple[Operations, WorkspaceLocker, SyncService, MainWindow]] = []
    bugs: list[BaseException] = []

    def open_window(startup: Startup, started: object, **options: object) -> Desktop:
        assert started is not None and startup.sync_client is not None
        workspace, person = started  # type: ignore[misc]
        ops = Operations()
        locker = WorkspaceLocker(workspace)
        backend = Backend(ops, workspace.transaction, PersonRef(person.kind, person.id))
        backend.bug.connect(bugs.append)
        service = sync_service(startup.sync_client, locker, backend, username=startup.username, **options)  # type: ignore[arg-type]
        window = MainWindow(
            backend=backend,
            locker=locker,
            who_text=f"{person.navn} ({person.beskrivelse})",
            may_create=False,
            sync=service,
        )
        window.show()  # closed below, once the last answers from the workers have arrived
        service.start()
        made.append((ops, locker, service, window))
        return Desktop(window, service, backend, workspace)

    yield open_window
    for ops, locker, service, window in made:
        service.stop()
        qtbot.waitUntil(lambda ops=ops: not ops.busy, timeout=20_000)
        window.idle.timer.stop()
        window.close()
        window.deleteLater()
        ops.shutdown()
        locker.close()
    assert bugs == [], bugs


def answer(handler: Callable[[QWidget], None], *, title: str) -> None:
    """``when_modal``, but a failing handler closes its dialog (the test fails instead of hanging)."""

    def guarded(dialog: QWidget) -> None:
        try:
            handler(dialog)
        except BaseException:
            dialog.close()
            raise

    when_modal(guarded, title=title)


def assert_mnemonics(window: QWidget) -> None:
    """Each &-letter once in the window, and each label with one has a field to go to."""
    letters: list[str] = []
    for w in window.findChildren(QWidget):
        text = w.text() if isinstance(w, QAbstractButton | QLabel) and w.isVisibleTo(window) else ""
        found = re.findall(r"(?<!&)&([^&\s])", text)
        if found and isinstance(w, QLabel):
            assert w.buddy() is not None, text
        letters += [f.lower() for f in found]
    assert sorted({x for x in letters if letters.count(x) > 1}) == []


def connect_pc(
    qtbot: QtBot,
    data_dir: Path,
    url: str,
    username: str = "kari",
    *,
    before: Callable[[QWidget], None] | None = None,
) -> tuple[Startup, object]:
    """First start on an empty folder: «Koble til kommunens server», type, connect."""

    def welcome(dialog: QWidget) -> None:
        assert_mnemonics(dialog)
        screenshot(dialog, "sync-welcome.png")
        by_name(dialog, "Koble til kommunens server", QPushButton).click()

    def connect(dialog: QWidget) -> None:
        address = by_name(dialog, "Serveradresse", QLineEdit)
        qtbot.keyClicks(address, url)  # a pause in the typing asks the server who it is
        kommune = by_name(dialog, "Kommune", QLabel)
        qtbot.waitUntil(lambda: "Øvingsvik kommune" in kommune.text(), timeout=10_000)
        qtbot.keyClicks(by_name(dialog, "Brukernavn", QLineEdit), username)
        if before is not None:
            before(dialog)
        password = by_name(dialog, "Passord", QLineEdit)
        password.clear()
        qtbot.keyClicks(password, TRAINING_PASSWORD)
        by_name(dialog, "Koble til", QPushButton).click()

    answer(welcome, title="Velkommen til Stafettlogg")
    answer(connect, title="Koble til kommunens server")
    startup = Startup(data_dir, kurs=False)
    return startup, startup.run()


def wait_synced(qtbot: QtBot, desk: Desktop, waiting: str = "ingen endringer venter") -> None:
    qtbot.waitUntil(
        lambda: desk.status.text().startswith("Synkronisert ") and desk.status.text().endswith(waiting),
        timeout=20_000,
    )


def first_log(desk: Desktop) -> uuid.UUID:
    with desk.workspace.session() as s:
        found = s.scalar(
            select(Stafettlogg.id).where(Stafettlogg.stafettholder_id == desk.backend.who.id).order_by(Stafettlogg.id)
        )
    assert found is not None
    return found


def shoot_status(desk: Desktop, name: str) -> None:
    """The status bar as it looks once its layout has caught up with the new text."""
    bar = desk.window.statusBar()
    for _ in range(5):  # each round lets one level of layouts (label, status widget, bar) take the new size
        QApplication.processEvents()
    screenshot(bar, name)


# --------------------------------------------------------------------------- connecting a PC


def test_a_new_pc_connects_goes_offline_keeps_the_change_and_catches_up(
    qtbot: QtBot, tmp_path: Path, server: Server, desktops: Callable[..., Desktop]
) -> None:
    data_dir = tmp_path / "pc"
    wrong: dict[str, object] = {}

    def wrong_password_first(dialog: QWidget) -> None:
        assert unnamed_controls(dialog) == []
        assert_mnemonics(dialog)
        password = by_name(dialog, "Passord", QLineEdit)
        qtbot.keyClicks(password, "feil-passord")
        by_name(dialog, "Koble til", QPushButton).click()
        wrong["message"] = by_name(dialog, "Feilmelding", QLabel).text()
        wrong["made"] = data_dir.exists()
        wrong["typed"] = by_name(dialog, "Brukernavn", QLineEdit).text()
        screenshot(dialog, "sync-connect-wrong-password.png")

    startup, started = connect_pc(qtbot, data_dir, server.url, before=wrong_password_first)
    assert wrong == {"message": "Feil brukernavn eller passord.", "made": False, "typed": "kari"}
    assert started is not None
    _workspace, person = started  # type: ignore[misc]
    assert person.navn == "Kari Nilsen"  # the server's sign-in; no list of people to choose from
    assert Workspace.exists(data_dir)

    backoff = Backoff(rng=random.Random(7))
    expected = Backoff(rng=random.Random(7))
    desk = desktops(startup, started, debounce_ms=50, backoff=backoff)
    wait_synced(qtbot, desk)
    assert unnamed_controls(desk.window.statusBar()) == []
    assert desk.window.backend.connected  # the kommune packages say they cannot be used here
    shoot_status(desk, "sync-online.png")
    with desk.workspace.session() as s:  # the first sync brought Kari's logs
        assert s.scalar(select(Stafettlogg.id).limit(1)) is not None

    # The server goes away; Kari writes a lysglimt all the same.
    server.stop()
    logg_id = first_log(desk)
    desk.backend.call(lambda ctx: content.post_lysglimt(ctx, logg_id, ELLA))
    qtbot.waitUntil(lambda: desk.status.text() == "Frakoblet – 1 endring venter (lagret på PC-en)", timeout=20_000)
    assert desk.service.state.mode is Mode.OFFLINE
    assert "Får ikke kontakt med kommunens server" in desk.status.toolTip()
    shoot_status(desk, "sync-offline.png")
    with desk.workspace.session() as s:  # saved on the PC, waiting to be sent
        assert s.scalar(select(Lysglimt.tekst).where(Lysglimt.tekst == ELLA)) == ELLA
        assert s.scalar(select(SyncChange.status).order_by(SyncChange.seq.desc()).limit(1)) is OutboxStatus.PENDING

    # Each failure waits longer before the next attempt (a timer, nobody sleeps).
    assert desk.service.retry.isActive() and desk.service.retry.isSingleShot()
    first = desk.service.retry.interval()
    assert first == int(expected.failed() * 1000) and 2_500 <= first <= 5_000
    desk.service.timer.timeout.emit()  # the regular sync waits for the retry …
    assert not desk.service.running
    desk.button("Synkroniser nå").click()  # … a person asking does not
    assert desk.service.running
    qtbot.waitUntil(lambda: backoff.failures == 2 and not desk.service.running, timeout=20_000)
    second = desk.service.retry.interval()
    assert second == int(expected.failed() * 1000) and 5_000 <= second <= 10_000

    # The server is back (same address): «Synkroniser nå» sends the change.
    server.start()
    desk.button("Synkroniser nå").click()
    wait_synced(qtbot, desk)
    assert backoff.failures == 0 and not desk.service.retry.isActive()
    with server.app.state.factory() as s:
        assert s.scalar(select(Lysglimt.tekst).where(Lysglimt.tekst == ELLA)) == ELLA


def test_bad_input_leaves_nothing_behind(
    qtbot: QtBot, tmp_path: Path, server: Server, monkeypatch: pytest.MonkeyPatch, isolated_keyring: MemoryKeyring
) -> None:
    data_dir = tmp_path / "pc"
    seen: list[str] = []

    def attempts(dialog: QWidget) -> None:
        address = by_name(dialog, "Serveradresse", QLineEdit)
        connect = by_name(dialog, "Koble til", QPushButton)
        error = by_name(dialog, "Feilmelding", QLabel)
        kommune = by_name(dialog, "Kommune", QLabel)
        # Nothing typed.
        connect.click()
        seen.append(error.text())
        # No server at the address.
        qtbot.keyClicks(address, "http://127.0.0.1:9")
        qtbot.waitUntil(lambda: kommune.text() == "Fant ingen server på denne adressen.", timeout=20_000)
        qtbot.keyClicks(by_name(dialog, "Brukernavn", QLineEdit), "hanne")
        qtbot.keyClicks(by_name(dialog, "Passord", QLineEdit), TRAINING_PASSWORD)
        connect.click()
        seen.append(error.text())
        screenshot(dialog, "sync-connect-unreachable.png")
        # The right server, but Hanne has left the municipality.
        address.clear()
        qtbot.keyClicks(address, server.url)
        qtbot.waitUntil(lambda: "Øvingsvik kommune" in kommune.text(), timeout=10_000)
        connect.click()
        seen.append(error.text())
        # Lars may sign in, but the first sync fails: the new workspace is removed again.
        user = by_name(dialog, "Brukernavn", QLineEdit)
        user.clear()
        qtbot.keyClicks(user, "lars")
        with monkeypatch.context() as patch:
            patch.setattr(SyncClient, "sync", _failing_sync)
            connect.click()
        seen.append(error.text())
        by_name(dialog, "Avbryt", QPushButton).click()

    with server.app.state.factory() as s, s.begin():
        hanne = s.scalar(select(Ansatt).where(Ansatt.fornavn == "Hanne"))
        assert hanne is not None
        hanne.fjernet_at = dt.datetime.now(dt.UTC)
    answer(lambda d: by_name(d, "Koble til kommunens server", QPushButton).click(), title="Velkommen til Stafettlogg")
    answer(attempts, title="Koble til kommunens server")
    assert Startup(data_dir, kurs=False).run() is None
    assert seen == [
        "Skriv adressen til kommunens server.",
        "Får ikke kontakt med en server på denne adressen. Sjekk adressen og at PC-en er på nett.",
        "Brukeren er ikke lenger ansatt i kommunen.",
        "Forbindelsen med serveren ble brutt under den første synkroniseringen. Ingenting er lagret på PC-en. "
        "Prøv igjen.",
    ]
    assert not data_dir.exists()
    assert not Workspace.exists(data_dir)
    assert isolated_keyring.entries == {}  # no database key, no sign-in left in the keyring


def _failing_sync(self: SyncClient) -> object:
    raise SyncError("Får ikke kontakt med kommunens server. Endringene er lagret på PC-en.", offline=True)


def test_the_next_start_opens_as_the_server_person_and_asks_to_sign_in_only_when_needed(
    qtbot: QtBot, tmp_path: Path, server: Server, desktops: Callable[..., Desktop]
) -> None:
    data_dir = tmp_path / "pc"
    _startup, started = connect_pc(qtbot, data_dir, server.url, "silje")
    assert started is not None
    workspace, _person = started  # type: ignore[misc]
    workspace_id = workspace.id
    workspace.close()

    # Next start: no welcome, no list of people, no password — the keyring holds the sign-in.
    again = Startup(data_dir, kurs=False)
    reopened = again.run()
    assert reopened is not None and again.sync_client is not None
    workspace, person = reopened  # type: ignore[misc]
    assert person.navn == "Silje Brekke"
    assert again.sync_client.base_url == server.url
    workspace.close()

    # The sign-in is gone (the keyring was wiped): the same person signs in again.
    KeyringTokens(workspace_id).clear()
    shown: dict[str, object] = {}

    def sign_in(dialog: QWidget) -> None:
        address = by_name(dialog, "Serveradresse", QLineEdit)
        shown["server"], shown["fixed"] = address.text(), address.isReadOnly()
        shown["user"] = by_name(dialog, "Brukernavn", QLineEdit).text()
        user = by_name(dialog, "Brukernavn", QLineEdit)
        user.clear()
        qtbot.keyClicks(user, "kari")  # somebody else: refused
        qtbot.keyClicks(by_name(dialog, "Passord", QLineEdit), TRAINING_PASSWORD)
        by_name(dialog, "Logg inn", QPushButton).click()
        shown["other"] = by_name(dialog, "Feilmelding", QLabel).text()
        user.clear()
        qtbot.keyClicks(user, "silje")
        screenshot(dialog, "sync-sign-in-again.png")
        by_name(dialog, "Logg inn", QPushButton).click()

    answer(sign_in, title="Logg inn på kommunens server")
    third = Startup(data_dir, kurs=False)
    reopened = third.run()
    assert shown == {
        "server": server.url,
        "fixed": True,
        "user": "silje",
        "other": "Denne PC-en er koblet til kommunens server for en annen person. Logg inn som den personen.",
    }
    assert reopened is not None
    desk = desktops(third, reopened)
    wait_synced(qtbot, desk)
    assert desk.window.windowTitle().startswith("Stafettlogg – Silje Brekke")


# --------------------------------------------------------------------------- while the app runs


def test_signed_out_then_in_again_and_the_idle_lock_pauses_the_sync(
    qtbot: QtBot, tmp_path: Path, server: Server, desktops: Callable[..., Desktop]
) -> None:
    startup, started = connect_pc(qtbot, tmp_path / "pc", server.url, "ahmed")
    desk = desktops(startup, started)
    wait_synced(qtbot, desk)

    # The server ended the sign-in (a lost PC, say): the status bar asks for a new one.
    desk.service.client.sign_out()
    desk.button("Synkroniser nå").click()
    qtbot.waitUntil(lambda: desk.service.state.mode is Mode.SIGNED_OUT and not desk.service.running, timeout=20_000)
    assert desk.status.text() == "Ikke logget inn på kommunens server – ingen endringer venter"
    sign_in = desk.button("Logg inn på kommunens server")
    assert sign_in.isVisible() and not desk.button("Synkroniser nå").isEnabled()
    assert not desk.service.retry.isActive()  # only a sign-in helps; no retries meanwhile
    shoot_status(desk, "sync-signed-out.png")

    def again(dialog: QWidget) -> None:
        assert by_name(dialog, "Brukernavn", QLineEdit).text() == "ahmed"
        qtbot.keyClicks(by_name(dialog, "Passord", QLineEdit), TRAINING_PASSWORD)
        by_name(dialog, "Logg inn", QPushButton).click()

    answer(again, title="Logg inn på kommunens server")
    sign_in.click()
    wait_synced(qtbot, desk)
    assert not sign_in.isVisible()

    # The idle lock closes the workspace: no sync runs until it is unlocked.
    with qtbot.waitSignal(desk.window.locked, timeout=10_000):
        desk.window.lock()
    assert not desk.service.timer.isActive()
    assert desk.service.sync_now() is False
    assert not desk.button("Synkroniser nå").isEnabled()
    with qtbot.waitSignal(desk.window.unlocked, timeout=10_000):
        desk.window.unlock(None)
    wait_synced(qtbot, desk)
    assert desk.service.timer.isActive()


def test_a_conflict_shows_in_the_status_bar_and_opens_the_conflict_dialog(
    qtbot: QtBot, tmp_path: Path, server: Server, desktops: Callable[..., Desktop]
) -> None:
    startup, started = connect_pc(qtbot, tmp_path / "pc", server.url, "kari")
    desk = desktops(startup, started, debounce_ms=50)
    wait_synced(qtbot, desk)
    with desk.workspace.session() as s:
        target = s.scalar(
            select(Oppmerksomhet.id)
            .join(Stafettlogg, Oppmerksomhet.logg_id == Stafettlogg.id)
            .where(Stafettlogg.stafettholder_id == desk.backend.who.id)
            .order_by(Oppmerksomhet.id)
        )
    assert target is not None

    # Kari's laptop changes the same text first …
    laptop = Pc.connect(tmp_path / "laptop", server.url, "kari")
    try:
        laptop.sync()
        with laptop.work() as ctx:
            content.update_oppmerksomhet(ctx, target, tekst="Laptop: Ella venter på tur i samlingsstund.")
        assert laptop.sync().applied == 1
    finally:
        laptop.close()
    # … then this PC, on the version it had.
    desk.backend.call(lambda ctx: content.update_oppmerksomhet(ctx, target, tekst="Kontoret: Ella rekker opp hånden."))
    problems = desk.button("Konflikter og avviste endringer")
    qtbot.waitUntil(lambda: problems.isVisible() and problems.text() == "1 konflikt må avklares", timeout=20_000)
    assert desk.service.state.conflicts == 1
    with desk.workspace.session() as s:  # the PC shows the server's version; Kari's own is kept aside
        assert s.get(Oppmerksomhet, target).tekst.startswith("Laptop")  # type: ignore[union-attr]
    shoot_status(desk, "sync-conflict.png")

    try:
        import desktop.views.konflikter  # noqa: F401
    except ImportError:
        pytest.skip("the conflict dialog (desktop/views/konflikter.py) is not there yet")
    opened: list[str] = []

    def close(dialog: QWidget) -> None:
        opened.append(dialog.windowTitle())
        dialog.close()

    answer(close, title="Endringer som ikke er synkronisert")
    problems.click()
    assert opened == ["Endringer som ikke er synkronisert"]


# --------------------------------------------------------------------------- the words, and a local workspace


def test_the_status_texts(qtbot: QtBot, tmp_path: Path, server: Server, desktops: Callable[..., Desktop]) -> None:
    startup, started = connect_pc(qtbot, tmp_path / "pc", server.url, "lars")
    desk = desktops(startup, started)
    wait_synced(qtbot, desk)
    widget = desk.window.sync_status
    base = desk.service.state
    now = dt.datetime.now(dt.UTC)

    def text(**fields: object) -> str:
        state = dataclasses.replace(base, **fields)  # type: ignore[arg-type]
        widget.show_state(state)
        return widget.text.text()

    assert text(syncing=True) == "Synkroniserer …"
    assert not desk.button("Synkroniser nå").isEnabled()
    shoot_status(desk, "sync-syncing.png")
    local = now.astimezone().strftime("%H:%M")
    assert (
        text(syncing=False, mode=Mode.ONLINE, last_sync=now, waiting=0)
        == f"Synkronisert {local} · ingen endringer venter"
    )
    assert text(mode=Mode.ONLINE, waiting=1) == f"Synkronisert {local} · 1 endring venter"
    assert text(mode=Mode.OFFLINE, waiting=3) == "Frakoblet – 3 endringer venter (lagret på PC-en)"
    shoot_status(desk, "sync-offline-3.png")
    text(mode=Mode.ONLINE, waiting=0, conflicts=2, rejected=0)
    assert widget.problems.text() == "2 konflikter må avklares"
    text(conflicts=0, rejected=1)
    assert widget.problems.text() == "1 endring ble avvist – må avklares"
    assert text(conflicts=0, rejected=0, mode=Mode.ERROR, error="Forespørselen har feil format.", waiting=0) == (
        "Ikke synkronisert: Forespørselen har feil format. – ingen endringer venter"
    )
    shoot_status(desk, "sync-error.png")
    widget.show_state(desk.service.state)


def test_a_local_training_workspace_says_it_does_not_sync(
    qtbot: QtBot, training_template: Training, tmp_path: Path
) -> None:
    import shutil

    folder = tmp_path / "ws"
    shutil.copytree(training_template.dir, folder)
    ws = Workspace.open(folder, passphrase=PASSPHRASE)
    ops = Operations()
    locker = WorkspaceLocker(ws)
    from ..core.conftest import Clock

    backend = Backend(ops, ws.transaction, training_template.people["Kari Nilsen"], clock=Clock(TRAINING_NOW))
    window = MainWindow(backend=backend, locker=locker, who_text="Kari Nilsen", may_create=True, training=True)
    qtbot.addWidget(window)
    window.show()
    try:
        status = by_name(window, "Synkroniseringsstatus", QLabel)
        assert status.text() == "Lokal kursløsning – synkroniseres ikke"
        assert not by_name(window, "Synkroniser nå", QPushButton).isVisibleTo(window)
        screenshot(window.statusBar(), "sync-local-training.png")
        assert not backend.connected  # the kommune packages are open here (views/pakke.py)
    finally:
        window.idle.timer.stop()
        qtbot.waitUntil(lambda: not ops.busy, timeout=10_000)
        ops.shutdown()
        locker.close()


def test_tokens_stay_in_memory_where_the_keyring_does_not_work(monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring

    tokens = SafeTokens("ws-1")

    def broken(*_args: object) -> None:
        raise RuntimeError("no keyring here")

    monkeypatch.setattr(keyring, "set_password", broken)
    tokens.save({"access_token": "a"})
    assert tokens.kept is False and tokens.load() == {"access_token": "a"}
    tokens.clear()
    assert tokens.load() is None
