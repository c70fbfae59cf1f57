"""What a PC may hold follows what its person may see; and the administrator's commands."""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.core import fodselsnummer
from desktop.core.entities import AuditEntry, Lesetilgang, Notat, Oppmerksomhet, Overforing, Stafettlogg
from desktop.core.usecases import access
from sync.client import REMOVED, MemoryTokens, SyncClient
from sync.server import cli
from tests.sync.support import LiveServer, Pc, live_server


def test_a_limited_reader_holds_only_her_concerns_and_losing_access_removes_the_log_audited(
    pcs: Callable[[str], Pc], server: LiveServer
) -> None:
    kari, ingrid = pcs("kari"), pcs("ingrid")
    kari.sync()
    ingrid.sync()
    with ingrid.session() as s:
        [logg_id] = s.scalars(select(Stafettlogg.id)).all()  # Ella's log, read access to one concern
        held = set(s.scalars(select(Oppmerksomhet.id)))
        [grant] = s.scalars(select(Lesetilgang)).all()  # only her own grant came along
        assert held == {uuid.UUID(i) for i in grant.oppmerksomheter}
        assert s.scalars(select(Notat)).all() == [] and s.scalars(select(Overforing)).all() == []
    with kari.session() as s:
        assert len(s.scalars(select(Oppmerksomhet).where(Oppmerksomhet.logg_id == logg_id)).all()) > len(held)
        tilgang = s.scalar(
            select(Lesetilgang).where(
                Lesetilgang.logg_id == logg_id, Lesetilgang.ansatt_id == ingrid.me.id, Lesetilgang.opphevet_at.is_(None)
            )
        )
    with kari.work() as ctx:
        access.revoke_lesetilgang(ctx, tilgang.id)
    assert kari.sync().applied == 1
    report = ingrid.sync()
    assert report.removed_logs == [str(logg_id)]
    with ingrid.session() as s:
        assert s.get(Stafettlogg, logg_id) is None
        assert s.scalars(select(Oppmerksomhet)).all() == []
        [entry] = s.scalars(select(AuditEntry).where(AuditEntry.action == REMOVED)).all()
        assert entry.logg_id == logg_id and entry.person_id == ingrid.me.id


def test_a_person_gets_only_their_own_logs(pcs: Callable[[str], Pc]) -> None:
    silje, kari = pcs("silje"), pcs("kari")
    silje.sync()
    kari.sync()
    with silje.session() as s:
        siljes = set(s.scalars(select(Stafettlogg.id)))
    with kari.session() as s:
        karis = set(s.scalars(select(Stafettlogg.id)))
    assert siljes and karis and not siljes & karis  # two kindergartens, no shared child


def test_the_administrator_sets_up_a_municipality_and_its_leader_signs_in(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'ny.db'}"
    rng = random.Random(5)
    admin = fodselsnummer.make_synthetic(dt.date(1975, 1, 2), rng)
    leder = fodselsnummer.make_synthetic(dt.date(1980, 3, 4), rng)
    assert cli.main(["--database", url, "admin", "create-kommune", "--navn", "Nyby kommune", "--nummer", "9998",
                     "--fornavn", "Nina", "--etternavn", "Admin", "--fodselsnummer", admin,
                     "--brukernavn", "nina", "--passord", "hemmelig1"]) == 0  # fmt: skip
    assert (
        cli.main(["--database", url, "admin", "add-enhet", "--tjeneste", "Barnehage", "--navn", "Lia barnehage"]) == 0
    )
    assert cli.main(["--database", url, "admin", "add-leder", "--enhet", "Lia barnehage", "--fornavn", "Lene",
                     "--etternavn", "Leder", "--fodselsnummer", leder, "--epost", "lene@example.test",
                     "--brukernavn", "lene", "--passord", "hemmelig2"]) == 0  # fmt: skip
    with pytest.raises(SystemExit, match="Ingen enhet"):
        cli.main(["--database", url, "admin", "add-leder", "--enhet", "Finnes ikke", "--fornavn", "X",
                  "--etternavn", "Y", "--fodselsnummer", leder, "--brukernavn", "x", "--passord", "yyyyy"])  # fmt: skip
    with live_server(url) as server:
        client = SyncClient(server.url, lambda: None, MemoryTokens())  # type: ignore[arg-type, return-value]
        assert client.info().kommune == "Nyby kommune"
        assert client.sign_in("lene", "hemmelig2").navn == "Lene Leder"


def test_a_narrowed_grant_takes_the_other_concerns_off_the_readers_pc(pcs: Callable[[str], Pc]) -> None:
    kari, ingrid = pcs("kari"), pcs("ingrid")
    kari.sync()
    ingrid.sync()
    with kari.session() as s:
        [grant] = s.scalars(select(Lesetilgang).where(Lesetilgang.ansatt_id == ingrid.me.id)).all()
        everything = set(s.scalars(select(Oppmerksomhet.id).where(Oppmerksomhet.logg_id == grant.logg_id)))
    with kari.work() as ctx:
        access.change_lesetilgang(ctx, grant.id, hele_loggen=True)
    kari.sync()
    ingrid.sync()
    with ingrid.session() as s:
        assert set(s.scalars(select(Oppmerksomhet.id))) == everything
    first = uuid.UUID(grant.oppmerksomheter[0])
    with kari.work() as ctx:
        access.change_lesetilgang(ctx, grant.id, hele_loggen=False, oppmerksomheter=[first])
    kari.sync()
    ingrid.sync()
    with ingrid.session() as s:
        assert set(s.scalars(select(Oppmerksomhet.id))) == {first}
