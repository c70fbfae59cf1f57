"""The family's access log across PCs: each PC sends its openings, the server gives them back.

A real server on loopback (SQLite and PostgreSQL), real encrypted workspaces, and at the end
the «Tilgangslogg» page on a second PC.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import asdict

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.core import audit, innsyn
from desktop.core.entities import Barn, Setting, Stafettlogg
from desktop.core.snapshot import snapshot
from desktop.core.usecases import logs
from desktop.models.backend import Backend
from desktop.models.operations import Operations
from desktop.models.sync import SyncService
from sync import protocol
from sync.client import ACCESS_SENT, SyncError
from sync.server.tables import Tilgangslogg
from tests.sync.support import LiveServer, Pc
from tests.views.helpers import by_name, screenshot

from PySide6.QtWidgets import QLabel, QPushButton, QTableView

from desktop.views.innsyn import TilgangsloggPage

KARI = "Kari Nilsen, pedagogisk leder, Solsikken barnehage"


def ella(pc: Pc) -> uuid.UUID:
    with pc.session() as s:
        found = s.scalar(
            select(Stafettlogg.id).join(Barn, Stafettlogg.barn_id == Barn.id).where(Barn.fornavn == "Ella")
        )
    assert found is not None
    return found


def open_log(pc: Pc, logg_id: uuid.UUID) -> None:
    with pc.work() as ctx:
        logs.read_logg(ctx, logg_id)


def server_count(server: LiveServer) -> int:
    with server.app.state.factory() as s:
        return s.scalar(select(func.count()).select_from(Tilgangslogg)) or 0


def test_an_opening_on_one_pc_is_seen_on_another(pcs: Callable[[str], Pc]) -> None:
    a, b = pcs("kari"), pcs("kari")
    a.sync()
    b.sync()
    logg = ella(a)
    open_log(a, logg)
    open_log(b, logg)
    a.sync()
    b.sync()

    remote = b.client.access_log(logg)
    from_a = [t for t in remote if t.device == a.workspace.device_id]
    assert [(t.action, t.hvem) for t in from_a] == [(audit.Action.READ, KARI)]
    with b.work() as ctx:
        rows = innsyn.access_log(ctx, logg, remote)
    # One opening on each PC, both known to the server and one also here: two rows, not three.
    opened = [r for r in rows if r.kind == "les"]
    assert sum(r.antall for r in opened) == 2
    assert {k[0] for r in opened for k in r.keys} == {a.workspace.device_id, b.workspace.device_id}
    assert all(r.hvem == KARI for r in opened)


def test_sending_again_stores_nothing_twice(pcs: Callable[[str], Pc], server: LiveServer) -> None:
    a = pcs("kari")
    a.sync()
    open_log(a, ella(a))
    a.sync()
    stored = server_count(server)
    assert stored >= 1
    with a.workspace.sync_transaction() as s:
        s.merge(Setting(key=ACCESS_SENT, value="0"))  # as if the answer had been lost
    assert a.client.push_access() == 0
    assert server_count(server) == stored


def test_only_the_family_and_the_holder_get_the_log(pcs: Callable[[str], Pc]) -> None:
    kari, ahmed, ingrid = pcs("kari"), pcs("ahmed"), pcs("ingrid")
    for pc in (kari, ahmed, ingrid):
        pc.sync()
    logg = ella(kari)
    open_log(ahmed, logg)  # an aktør in Ella's log: his opening counts …
    ahmed.sync()
    assert any(t.device == ahmed.workspace.device_id for t in kari.client.access_log(logg))
    for pc in (ahmed, ingrid):  # … but neither he nor a reader may see the list
        with pytest.raises(SyncError, match="Bare foresatte, ungdommen selv og stafettholderen") as refused:
            pc.client.access_log(logg)
        assert refused.value.status == 403
    with pytest.raises(SyncError) as missing:
        kari.client.access_log(uuid.uuid4())
    assert missing.value.status == 404


def test_the_server_takes_only_the_callers_own_accesses_to_logs_they_had(pcs: Callable[[str], Pc]) -> None:
    kari, silje = pcs("kari"), pcs("silje")
    kari.sync()
    logg = str(ella(kari))

    def send(pc: Pc, **entry: object) -> dict[str, object]:
        body = {"device": "pc-x", "seq": 1, "at": "2026-11-26T09:00:00+00:00", "action": "les", "logg_id": logg}
        wire = asdict(protocol.TilgangPush(protocol.PROTOCOL, [protocol.TilgangEntry(**{**body, **entry})]))  # type: ignore[arg-type]
        return pc.client._post("/v1/tilgangslogg", wire)

    assert send(silje) == {"accepted": 0, "duplicates": 0, "refused": 1}  # never in Ella's log
    assert send(kari, action="endre") == {"accepted": 0, "duplicates": 0, "refused": 1}  # not an access
    assert send(kari, at="2099-01-01T00:00:00+00:00") == {"accepted": 0, "duplicates": 0, "refused": 1}
    assert send(kari) == {"accepted": 1, "duplicates": 0, "refused": 0}
    assert send(kari) == {"accepted": 0, "duplicates": 1, "refused": 0}
    with pytest.raises(SyncError) as bad:
        send(kari, device="pc\x00x")
    assert bad.value.status == 422
    got = [t for t in kari.client.access_log(uuid.UUID(logg)) if t.device == "pc-x"]
    assert [(t.person_id, t.hvem) for t in got] == [(kari.me.id, KARI)]  # the caller, from the token


# --------------------------------------------------------------------------- the page on PC B


@pytest.fixture
def ops() -> Iterator[Operations]:
    made = Operations()
    yield made
    made.shutdown()


def test_the_page_on_pc_b_shows_the_opening_made_on_pc_a(
    pcs: Callable[[str], Pc], server: LiveServer, ops: Operations, qtbot: QtBot
) -> None:
    a, b = pcs("kari"), pcs("kari")
    a.sync()
    b.sync()
    logg = ella(a)
    open_log(a, logg)
    a.sync()

    backend = Backend(ops, b.workspace.transaction, b.me)
    bugs: list[BaseException] = []
    backend.bug.connect(bugs.append)
    SyncService(b.client, backend)
    with b.work() as ctx:
        snap = snapshot(ctx, logg, record_read=False)
    page = TilgangsloggPage(backend)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.set_snapshot(snap)
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.show()
    source = by_name(page, "Hvor listen kommer fra", QLabel)
    qtbot.waitUntil(lambda: "Oppdatert fra serveren" in source.text(), timeout=20_000)
    model = by_name(page, "Hvem har åpnet loggen", QTableView).model()
    cells = [[model.index(r, c).data() for c in range(3)] for r in range(model.rowCount())]
    assert [KARI, "åpnet loggen"] in [row[1:] for row in cells]
    screenshot(page, "tilgangslogg-server.png")

    server.stop()  # the PC goes offline: this PC's entries, and what the server gave last time
    with qtbot.waitSignal(page.server_answered, timeout=20_000) as answered:
        by_name(page, "Oppdater tilgangsloggen", QPushButton).click()
    assert answered.args == [False]
    assert source.text().startswith("Viser bare åpninger på denne PC-en (frakoblet).")
    assert model.rowCount() == len(cells)
    assert bugs == []
