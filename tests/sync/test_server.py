"""The server as a PC meets it: sign-in, tokens, versions, and its own checks of every change."""

from __future__ import annotations

import functools
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import requests
from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session

from desktop.core import commands
from desktop.core.entities import (
    Ansatt,
    Arena,
    LoggStatus,
    Lysglimt,
    Oppmerksomhet,
    OutboxStatus,
    Stafettlogg,
    SyncChange,
)
from desktop.core.usecases import content
from sync.client import MemoryTokens, SyncClient, SyncError
from sync.protocol import OidcSettings
from sync.server import cli
from sync.server.app import Settings, create_app
from sync.server.mail import OutgoingMail
from sync.server.notify import after_change
from sync.server.oidc import JwksCache, person_claim
from tests.sync.support import LiveServer, Pc, copy_seed
from tests.sync.test_oidc import CLIENT_ID, Browser, Provider, _login


def server_db(server: LiveServer) -> Session:
    return Session(server.app.state.engine)


def _post(server: LiveServer, path: str, body: dict, token: str | None = None) -> requests.Response:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return requests.post(server.url + path, json=body, headers=headers, timeout=10)


def test_wrong_password_is_refused_in_norwegian(server: LiveServer, tmp_path: Path) -> None:
    client = SyncClient(server.url, lambda: None, MemoryTokens())  # type: ignore[arg-type, return-value]
    with pytest.raises(SyncError, match="Feil brukernavn eller passord"):
        client.sign_in("kari", "feil")


def test_no_token_and_a_too_new_or_old_protocol_get_clear_answers(pcs: Callable[[str], Pc], server: LiveServer) -> None:
    assert _post(server, "/v1/pull", {"protocol": 1, "cursor": 0}).json()["detail"].startswith("Du er ikke logget inn")
    kari = pcs("kari")
    token = kari.client.tokens.load()["access_token"]
    too_new = _post(server, "/v1/pull", {"protocol": 99, "cursor": 0}, token)
    assert too_new.status_code == 426 and "eldre" in too_new.json()["detail"]
    too_old = _post(server, "/v1/push", {"protocol": 0, "changes": []}, token)
    assert too_old.status_code == 426 and "Oppdater programmet" in too_old.json()["detail"]
    garbage = _post(server, "/v1/push", {"protocol": 1, "changes": "x"}, token)
    assert garbage.status_code == 422 and garbage.json()["detail"] == "Forespørselen har feil format."


def test_refresh_tokens_work_once_and_a_reused_one_ends_the_devices_sign_in(
    pcs: Callable[[str], Pc], server: LiveServer
) -> None:
    kari = pcs("kari")
    first = kari.client.tokens.load()
    kari.client._refresh()
    second = kari.client.tokens.load()
    assert second["access_token"] != first["access_token"]
    kari.client._refresh()  # the token the first was exchanged for is used too: no lost answer to retry
    stolen = _post(server, "/v1/auth/refresh", {"refresh_token": first["refresh_token"]})
    assert stolen.status_code == 401 and "avsluttet" in stolen.json()["detail"]
    with pytest.raises(SyncError, match=r"sperret|logget inn|utløpt"):
        kari.sync()


def test_a_revoked_pc_can_no_longer_sync(pcs: Callable[[str], Pc], server: LiveServer, capsys) -> None:
    kari = pcs("kari")
    kari.sync()
    device = kari.client.tokens.load()["device_id"]
    url = str(server.app.state.engine.url)
    assert cli.main(["--database", url, "admin", "devices"]) == 0
    assert "PC kari" in capsys.readouterr().out
    assert cli.main(["--database", url, "admin", "revoke-device", device]) == 0
    with pytest.raises(SyncError, match="sperret"):
        kari.sync()


def test_the_server_rechecks_every_change_as_the_signed_in_person(pcs: Callable[[str], Pc], server: LiveServer) -> None:
    ahmed = pcs("ahmed")
    ahmed.sync()
    with server_db(server) as s:
        logg = s.scalar(select(Stafettlogg).where(Stafettlogg.stafettholder_id != ahmed.me.id).limit(1))
        before = s.scalar(select(func.count()).select_from(Stafettlogg).where(Stafettlogg.status == "avsluttet"))
    token = ahmed.client.tokens.load()["access_token"]
    forged = {
        "change_id": str(uuid.uuid4()),
        "at": "2026-11-26T09:00:00+00:00",
        "commands": [{"name": "logs.close", "args": {"logg_id": str(logg.id), "grunn": "Forfalsket"}}],
        "rows": [{"entity": "stafettlogg", "id": str(logg.id), "operation": "update", "base_version": logg.version}],
    }
    unknown = {**forged, "change_id": str(uuid.uuid4()), "commands": [{"name": "os.system", "args": {}}]}
    bad_args = {
        **forged,
        "change_id": str(uuid.uuid4()),
        "commands": [{"name": "logs.close", "args": {"logg_id": "ikke-en-id", "grunn": 3}}],
    }
    results = _post(server, "/v1/push", {"protocol": 1, "changes": [forged, unknown, bad_args]}, token).json()[
        "results"
    ]
    assert [r["status"] for r in results] == ["rejected"] * 3
    assert all(r["reason"] for r in results)
    assert "Ukjent endring" in results[1]["reason"]
    with server_db(server) as s:
        after = s.scalar(select(func.count()).select_from(Stafettlogg).where(Stafettlogg.status == "avsluttet"))
    assert after == before


def test_a_retried_push_is_applied_once_and_gets_the_same_answer(pcs: Callable[[str], Pc], server: LiveServer) -> None:
    kari = pcs("kari")
    kari.sync()
    with kari.session() as s:
        logg_id = s.scalar(select(Stafettlogg.id).where(Stafettlogg.stafettholder_id == kari.me.id).limit(1))
    with kari.work() as ctx:
        content.post_lysglimt(ctx, logg_id, "Én gang, selv om den sendes to ganger.")
    from sync.client import outgoing

    with kari.workspace.sync_transaction() as s:
        [change] = outgoing(s)
    from dataclasses import asdict

    body = {"protocol": 1, "changes": [asdict(change)]}
    token = kari.client.tokens.load()["access_token"]
    first = _post(server, "/v1/push", body, token).json()["results"][0]
    again = _post(server, "/v1/push", body, token).json()["results"][0]
    assert first["status"] == again["status"] == "applied"
    assert again["duplicate"] and not first["duplicate"]
    with server_db(server) as s:
        texts = s.scalars(select(Lysglimt.tekst).where(Lysglimt.tekst.startswith("Én gang"))).all()
    assert len(texts) == 1
    kari.sync()  # the client takes the stored answer for a change it already sent: nothing doubles
    with kari.session() as s:
        assert len(s.scalars(select(Lysglimt).where(Lysglimt.tekst.startswith("Én gang"))).all()) == 1


@pytest.fixture
def mailing_server(seeded_db: Path, tmp_path: Path) -> Iterator[LiveServer]:
    server = LiveServer(create_app(copy_seed(seeded_db, tmp_path / "mail.db"), Settings(notify=after_change)))
    yield server
    server.stop()
    server.app.state.engine.dispose()


def test_a_new_tiltak_queues_a_notice_to_its_actor_with_the_change(tmp_path: Path, mailing_server: LiveServer) -> None:
    kari = Pc.connect(tmp_path / "kari", mailing_server.url, "kari")
    try:
        kari.sync()
        ahmed = kari.ansatt("Ahmed")
        with kari.session() as s:
            oppmerksomhet_id = s.scalar(
                select(Oppmerksomhet.id)
                .join(Stafettlogg, Oppmerksomhet.logg_id == Stafettlogg.id)
                .where(Stafettlogg.stafettholder_id == kari.me.id, Stafettlogg.status == LoggStatus.AKTIV)
                .limit(1)
            )
        with kari.work() as ctx:
            content.add_tiltak(
                ctx,
                oppmerksomhet_id,
                tekst="Ahmed leser med Ella hver morgen.",
                arena=Arena.TJENESTE,
                ansvarlig_id=ahmed.id,
                neste_trinn=True,
            )
        assert kari.sync().applied == 1
        with server_db(mailing_server) as s:
            mails = s.scalars(select(OutgoingMail).where(OutgoingMail.to_address == ahmed.epost)).all()
        assert len(mails) == 1 and "Ella" not in mails[0].body and "tiltak" in mails[0].subject.lower()
    finally:
        kari.close()


@pytest.mark.filterwarnings("ignore:get_jwt_config:DeprecationWarning")  # the mock's own use of authlib
def test_oidc_sign_in_gets_the_servers_tokens_and_a_tampered_token_is_refused(
    mock_provider: Provider,
    seeded_db: Path,
    tmp_path: Path,
) -> None:
    keys = JwksCache(mock_provider.issuer)
    settings = Settings(
        oidc=OidcSettings(mock_provider.issuer, CLIENT_ID),
        verify_id_token=lambda token, nonce: person_claim(keys.verify(token, client_id=CLIENT_ID, nonce=nonce)),
    )
    server = LiveServer(create_app(copy_seed(seeded_db, tmp_path / "oidc.db"), settings))
    try:
        engine = create_engine(f"sqlite:///{tmp_path / 'oidc.db'}")
        with Session(engine) as s:
            kari = s.scalar(select(Ansatt).where(Ansatt.fornavn == "Kari"))
        engine.dispose()
        client = SyncClient(server.url, lambda: None, MemoryTokens())  # type: ignore[arg-type, return-value]
        assert client.info().oidc == OidcSettings(mock_provider.issuer, CLIENT_ID)
        tokens = _login(mock_provider, Browser(sub=kari.fodselsnummer))
        person = client.sign_in_oidc(tokens.id_token, tokens.nonce)
        assert person.id == str(kari.id)
        head, payload, signature = tokens.id_token.split(".")
        tampered = f"{head}.{payload}.{signature[:-4]}AAAA"
        with pytest.raises(SyncError) as refused:
            client.sign_in_oidc(tampered, tokens.nonce)
        assert refused.value.status == 401 and refused.value.message
        stranger = _login(mock_provider, Browser(sub="someone-else"))
        with pytest.raises(SyncError, match="ikke registrert som ansatt"):
            client.sign_in_oidc(stranger.id_token, stranger.nonce)
    finally:
        server.stop()
        server.app.state.engine.dispose()


def test_a_change_the_server_fails_on_is_rejected_and_does_not_block_the_ones_behind_it(
    pcs: Callable[[str], Pc], monkeypatch: pytest.MonkeyPatch
) -> None:
    kari = pcs("kari")
    kari.sync()
    with kari.session() as s:
        logg_id = s.scalar(select(Stafettlogg.id).where(Stafettlogg.stafettholder_id == kari.me.id).limit(1))
        oppmerksomhet = s.scalar(select(Oppmerksomhet).where(Oppmerksomhet.logg_id == logg_id).limit(1))
    with kari.work() as ctx:
        content.post_lysglimt(ctx, logg_id, "Denne treffer en feil på serveren.")
    with kari.work() as ctx:
        content.update_oppmerksomhet(ctx, oppmerksomhet.id, kjennetegn_maloppnaelse="Rekker opp hånden tre ganger.")

    @functools.wraps(commands.REGISTRY["content.post_lysglimt"])
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("a bug on the server")

    monkeypatch.setitem(commands.REGISTRY, "content.post_lysglimt", broken)
    report = kari.sync()
    assert (report.rejected, report.applied) == (1, 1)
    with kari.session() as s:
        [rejected] = s.scalars(select(SyncChange).where(SyncChange.status == OutboxStatus.REJECTED)).all()
        assert "Kontakt kommunens IT-ansvarlige" in rejected.reason
        assert s.scalars(select(Lysglimt).where(Lysglimt.tekst.startswith("Denne treffer"))).all() == []
        assert s.get(Oppmerksomhet, oppmerksomhet.id).kjennetegn_maloppnaelse.startswith("Rekker opp")
