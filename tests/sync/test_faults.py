"""The sync under faults: ``kill -9`` of PCs and server at chosen points, a lossy proxy.

Each run (:mod:`tests.sync.faults.harness`) starts a server and three PCs (Kari's office PC,
Kari's laptop, Ahmed's PC) as real processes, makes a few edits and syncs with one or two
faults, heals, and checks that every change committed on a PC is on the server exactly once
and that every PC equals the server (:mod:`tests.sync.faults.checks`). docs/reliability.md
has the method and the figures.

    STAFETTLOGG_FAULT_RUNS=1000            how many runs on SQLite (100 in CI)
    STAFETTLOGG_FAULT_RUNS_PG=200          how many on PostgreSQL (20 in CI)
    STAFETTLOGG_FAULT_SEED=N               the first seed (0 in CI); a failure names its seed
    STAFETTLOGG_RELIABILITY_OUT=file.json  where the figures go
"""

from __future__ import annotations

import datetime as dt
import os
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import requests
from requests.adapters import HTTPAdapter
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.entities import Enhet, Oppmerksomhet, Stafettlogg, Tjeneste
from desktop.core.usecases import content, organisation
from sync.client import SyncError
from sync.server.cli import admin_context
from tests.sync.faults.harness import FAULTS, Bench, RunResult
from tests.sync.faults.local import report
from tests.sync.support import LiveServer, Pc

RUNS = int(os.environ.get("STAFETTLOGG_FAULT_RUNS", "100"))
RUNS_PG = int(os.environ.get("STAFETTLOGG_FAULT_RUNS_PG", "20"))
FIRST = int(os.environ.get("STAFETTLOGG_FAULT_SEED", "0"))


@pytest.fixture(scope="module")
def bench(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Iterator[Bench]:
    try:
        cluster = request.getfixturevalue("pg_cluster")
    except pytest.skip.Exception:
        cluster = None  # no PostgreSQL here (outside CI): the SQLite half runs alone
    made = Bench(tmp_path_factory.mktemp("faults"), cluster)
    yield made
    made.close()


def _figures(results: list[RunResult], seconds: float) -> dict[str, Any]:
    fired: Counter[str] = Counter()
    restarts: Counter[str] = Counter()
    for r in results:
        fired.update(r.fired)
        restarts.update(r.restarts)
    return {
        "runs": len(results),
        "seeds": f"{results[0].seed}-{results[-1].seed}" if results else "",
        "faults": sum(fired.values()),
        "faults_by_kind": dict(sorted(fired.items())),
        "restarts": dict(restarts),
        "changes_committed": sum(r.outcome.committed for r in results),
        "edits_acknowledged": sum(r.acknowledged for r in results),
        "conflicts_settled": sum(r.conflicts for r in results),
        "lost": sum(len(r.outcome.lost) for r in results),
        "duplicated": sum(len(r.outcome.duplicated) for r in results),
        # an edit applied over someone else's because a refused edit of its PC gave the same version
        "blind_overwrites": sum(len(r.outcome.overwrote) for r in results),
        "runs_with_blind_overwrites": [r.seed for r in results if r.outcome.overwrote],
        "failed_runs": [r.seed for r in results if not r.outcome.ok],
        "seconds": round(seconds, 1),
    }


@pytest.mark.slow
@pytest.mark.timeout(120 + 10 * max(RUNS, RUNS_PG))
@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_random_kills_and_network_faults_lose_nothing_and_apply_nothing_twice(bench: Bench, backend: str) -> None:
    if backend not in bench.setups:
        pytest.skip("PostgreSQL's server binaries are not installed (scripts/postgres.sh)")
    runs = RUNS if backend == "sqlite" else RUNS_PG
    started = time.monotonic()
    results = [bench.run(seed, backend) for seed in range(FIRST, FIRST + runs)]
    figures = _figures(results, time.monotonic() - started)
    if runs <= 5:  # a replay: show what each run did
        print("\n\n".join(r.describe() for r in results))
    print(f"fault runs on {backend}: {figures}")
    report(f"fault_runs_{backend}", figures)
    failures = [r for r in results if not r.outcome.ok]
    assert not failures, f"{len(failures)} of {len(results)} runs failed; the first ones:\n\n" + "\n\n".join(
        r.describe() for r in failures[:3]
    )
    assert figures["blind_overwrites"] == 0, figures["runs_with_blind_overwrites"]
    if 2 * len(FAULTS) <= runs:  # every kind of fault was really injected, not only planned
        assert set(FAULTS) <= set(figures["faults_by_kind"]), figures["faults_by_kind"]


class LoseRefreshAnswer(HTTPAdapter):
    """The server gets the refresh and answers it; the answer never reaches the PC."""

    armed = True

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:  # type: ignore[override]
        response = super().send(request, **kwargs)
        if self.armed and (request.path_url or "").startswith("/v1/auth/refresh"):
            self.armed = False
            _ = response.content
            raise requests.ConnectionError("the answer was lost")
        return response


def test_a_lost_answer_to_a_token_refresh_does_not_sign_the_pc_out(pcs: Callable[[str], Pc]) -> None:
    kari = pcs("kari")
    kari.sync()
    tokens = kari.client.tokens.load()
    assert tokens is not None
    # The access token has run out: the next sync refreshes first.
    kari.client.tokens.save({**tokens, "expires_at": dt.datetime(2000, 1, 1, tzinfo=dt.UTC).isoformat()})
    kari.client.http.mount("http://", LoseRefreshAnswer())
    with pytest.raises(SyncError) as lost:
        kari.sync()
    assert lost.value.offline  # shown as "no contact with the server"; the user just tries again
    kari.sync()  # a retry of the spent token within REFRESH_RETRY, not theft
    assert kari.client.signed_in() is not None


@pytest.mark.parametrize("server_url", ["postgresql"], indirect=True)
def test_an_administrators_change_that_commits_late_still_reaches_the_pcs(
    server: LiveServer, pcs: Callable[[str], Pc]
) -> None:
    kari = pcs("kari")
    kari.sync()
    with kari.session() as s:
        logg_id = s.scalars(select(Stafettlogg.id).order_by(Stafettlogg.id)).first()
    with kari.work() as work:
        content.post_lysglimt(work, logg_id, "Ella hjalp til med å dekke bordet.")
    syncing = threading.Thread(target=kari.sync)
    # `stafettlogg-server admin add-enhet` runs this use case in a transaction of its own, which
    # here has written its rows (so its outbox row has its seq) but not yet committed ...
    with Session(server.app.state.engine) as admin, admin.begin():
        ctx = admin_context(admin)
        tjeneste = admin.scalars(select(Tjeneste).order_by(Tjeneste.navn)).first()
        assert tjeneste is not None
        organisation.create_enhet(ctx, "Nyåpnet barnehage", tjeneste.id)
        admin.flush()
        # ... while the PC pushes its change (committed first, with a later seq) and pulls. Were the
        # administrator's transaction holding the server's write lock, the push would wait for it.
        syncing.start()
        syncing.join(2.0)
    syncing.join()
    kari.sync()
    with kari.session() as s:
        assert s.scalar(select(Enhet).where(Enhet.navn == "Nyåpnet barnehage")) is not None


def test_an_edit_made_on_top_of_a_conflicting_edit_does_not_silently_replace_the_other(
    pcs: Callable[[str], Pc],
) -> None:
    office, laptop = pcs("kari"), pcs("kari")
    office.sync()
    laptop.sync()
    with office.session() as s:
        target = s.scalars(
            select(Oppmerksomhet.id)
            .join(Stafettlogg, Oppmerksomhet.logg_id == Stafettlogg.id)
            .where(Stafettlogg.stafettholder_id == office.me.id)
            .order_by(Oppmerksomhet.id)
        ).first()
    with laptop.work() as ctx:
        content.update_oppmerksomhet(ctx, target, tekst="Laptop: Ella venter på tur i samlingsstund.")
    assert laptop.sync().applied == 1  # the server's oppmerksomhet is now at version 2
    with office.work() as ctx:  # offline, on version 1: its version 2 is another text
        content.update_oppmerksomhet(ctx, target, tekst="Kontoret: Ella rekker opp hånden.")
    with office.work() as ctx:  # on the office's own version 2
        content.update_oppmerksomhet(ctx, target, tekst="Kontoret: Ella rekker opp hånden og venter.")
    office.sync()  # the first is a conflict (version 1 is gone); the second is applied today
    laptop.sync()
    with laptop.session() as s:
        # The laptop's text may only be replaced by a choice made in the conflict view.
        assert s.get(Oppmerksomhet, target).tekst == "Laptop: Ella venter på tur i samlingsstund."
