"""A Hypothesis state machine over edit / sync / kill / drop on two PCs of one person.

In process, against the real server on loopback: Hypothesis chooses the order of edits (some
on the same oppmerksomhet from both PCs, so conflicts happen and are settled), syncs, lost
requests and answers, duplicated requests, and "kills": a sync abandoned at its n-th local
transaction (before or after that commit), or an edit abandoned inside its transaction,
after which the PC starts again with a fresh workspace object and a fresh SyncClient. After
every step nothing may be on the server twice or come from nowhere; at the end, after
healing, :mod:`tests.sync.faults.checks` must hold: nothing lost, nothing applied twice,
both PCs and the server equal. The subprocess version with ``kill -9`` is test_faults.py.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, ClassVar

import pytest
import requests
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule, run_state_machine_as_test
from requests.adapters import HTTPAdapter
from sqlalchemy import Engine, func, select, update
from sqlalchemy.orm import Session

import desktop.store.workspace as workspace_module
from desktop.core import conflicts
from desktop.core.entities import Lysglimt, Oppmerksomhet, OutboxStatus, Stafettlogg, SyncChange
from desktop.core.usecases import content
from desktop.store.workspace import Workspace
from sync.client import MemoryTokens, SyncClient, SyncError
from sync.server.app import create_app
from sync.server.cli import TRAINING_PASSWORD
from sync.server.tables import AppliedChange, Token
from tests.sync.faults.checks import check, server_view
from tests.sync.faults.local import dump, report
from tests.sync.support import LiveServer

PCS = ("kontor", "laptop")  # two PCs of Kari's
EXAMPLES = int(os.environ.get("STAFETTLOGG_MACHINE_EXAMPLES", "25"))


class Killed(BaseException):
    """The PC's process "dies": raised through the client, so nothing after it runs."""


class LossyAdapter(HTTPAdapter):
    """Loses the next push or pull on the way there or back, or sends it twice."""

    def __init__(self) -> None:
        super().__init__()
        self.plan: list[tuple[str, str]] = []  # (what, push / pull / any)
        self.fired: list[str] = []

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:  # type: ignore[override]
        path = (request.path_url or "").split("?")[0]
        kind = {"/v1/push": "push", "/v1/pull": "pull"}.get(path)
        if kind is None or not self.plan or self.plan[0][1] not in (kind, "any"):
            return super().send(request, **kwargs)
        what = self.plan.pop(0)[0]
        self.fired.append(what)
        if what == "lose-request":
            raise requests.ConnectionError("lost on the way to the server")
        response = super().send(request, **kwargs)
        _ = response.content  # the server has done all its work
        if what == "lose-response":
            raise requests.ConnectionError("the answer was lost")
        return super().send(request, **kwargs)  # duplicate: the PC gets the second answer


class Crashable:
    """The client's transactions; can "kill" the PC in the n-th one, before or after its commit."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.count = 0
        self.at: tuple[int, str] | None = None

    @contextmanager
    def __call__(self) -> Iterator[Session]:
        self.count += 1
        n = self.count
        with self.workspace.sync_transaction() as session:
            yield session
            if self.at == (n, "before-commit"):
                raise Killed  # rolled back, as a process that dies before COMMIT
        if self.at == (n, "after-commit"):
            raise Killed


class Pc:
    def __init__(self, bench: MachineBench, name: str) -> None:
        self.name = name
        self.workspace = Workspace.open(bench.work / name)
        self.tokens = MemoryTokens()
        self.tokens.save(bench.tokens[name])
        self.adapter = LossyAdapter()
        http = requests.Session()
        http.mount("http://", self.adapter)
        self.crash = Crashable(self.workspace)
        self.client = SyncClient(bench.server.url, self.crash, self.tokens, device_name=name, http=http)
        me = self.client.person_ref()
        assert me is not None
        self.me = me


class MachineBench:
    """The server (one thread for all examples) and two PCs' templates; every example starts
    from copies at the same paths, so engines (and their compiled SQL) are reused."""

    def __init__(self, root: Path, seeded_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.root, self.work = root, root / "work"
        self.engines: dict[str, Engine] = {}
        real = workspace_module.open_engine

        def open_engine(db_path: Path, key: bytes, *, create: bool) -> Engine:
            if create or str(db_path) not in self.engines:
                self.engines[str(db_path)] = real(db_path, key, create=create)
            return self.engines[str(db_path)]

        monkeypatch.setattr(workspace_module, "open_engine", open_engine)
        self.work.mkdir(parents=True)
        self.server_db = self.work / "server.db"
        shutil.copy(seeded_db, self.server_db)
        self.app = create_app(f"sqlite:///{self.server_db}")
        self.engine: Engine = self.app.state.engine
        self.server = LiveServer(self.app)
        self.tokens: dict[str, dict[str, Any]] = {}
        later = dt.datetime.now(dt.UTC) + dt.timedelta(days=1)
        for name in PCS:
            with Workspace.create(root / "template" / name) as workspace:
                tokens = MemoryTokens()
                client = SyncClient(self.server.url, workspace.sync_transaction, tokens, device_name=name)
                self.person = client.sign_in("kari", TRAINING_PASSWORD).id
                client.sync()
                assert tokens.tokens is not None
                self.tokens[name] = {**tokens.tokens, "expires_at": later.isoformat()}
                with workspace.session() as s:
                    own = s.scalars(
                        select(Oppmerksomhet.id)
                        .join(Stafettlogg, Oppmerksomhet.logg_id == Stafettlogg.id)
                        .where(Stafettlogg.stafettholder_id == uuid.UUID(self.person))
                        .order_by(Oppmerksomhet.id)
                    ).all()
                    self.logg = s.scalar(select(Oppmerksomhet.logg_id).where(Oppmerksomhet.id == own[0]))
        self.targets = {"kontor": own[0], "laptop": own[1]}
        with self.engine.begin() as conn:  # no example ever needs to refresh its token
            conn.execute(update(Token).values(expires_at=later))
        self.engine.dispose()
        shutil.copy(self.server_db, root / "template" / "server.db")

    def reset(self) -> None:
        self.engine.dispose()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{self.server_db}{suffix}").unlink(missing_ok=True)
        shutil.copy(self.root / "template" / "server.db", self.server_db)
        for name in PCS:
            engine = self.engines.get(str(self.work / name / Workspace.DB_NAME))
            if engine is not None:
                engine.dispose()
            shutil.rmtree(self.work / name, ignore_errors=True)
            shutil.copytree(self.root / "template" / name, self.work / name)

    def close(self) -> None:
        self.server.stop()
        self.engine.dispose()
        for engine in self.engines.values():
            engine.dispose()


class SyncMachine(RuleBasedStateMachine):
    bench: ClassVar[MachineBench]
    totals: ClassVar[Counter[str]] = Counter()  # over all examples, for the report

    def __init__(self) -> None:
        super().__init__()
        self.bench.reset()
        self.pcs = {name: Pc(self.bench, name) for name in PCS}
        self.asked: set[str] = set()
        self.acknowledged: dict[str, str] = {}
        self.edits = 0
        self.faults: Counter[str] = Counter()
        self.conflicts = 0

    # --- what the PCs do ---------------------------------------------------------------------

    def _edit(self, pc: Pc, kind: str, kill: str = "") -> None:
        self.edits += 1
        text = f"m{self.edits}-{pc.name}"
        self.asked |= {text, text + " (oppmerksomhet)"}
        own, other = self.bench.targets[pc.name], self.bench.targets["laptop" if pc.name == "kontor" else "kontor"]
        try:
            with pc.workspace.transaction(pc.me) as ctx:
                if kind in ("lysglimt", "combo"):
                    content.post_lysglimt(ctx, self.bench.logg, text)
                if kind == "combo":
                    content.update_oppmerksomhet(ctx, own, tekst=text + " (oppmerksomhet)")
                if kind in ("own", "other"):
                    content.update_oppmerksomhet(ctx, own if kind == "own" else other, tekst=text)
                change_id = str(ctx.change_id)
                if kill == "mid-edit":
                    raise Killed
        except Killed:
            self._restart(pc, "mid-edit")
            return
        self.acknowledged[change_id] = pc.name
        if kill == "after-local-commit":
            self._restart(pc, kill)

    def _restart(self, pc: Pc, why: str) -> None:
        """The PC starts again: its workspace and client objects are gone, its files stay."""
        self.faults[f"kill:{why}"] += 1
        self.faults.update(f"net:{w}" for w in pc.adapter.fired)
        self.pcs[pc.name] = Pc(self.bench, pc.name)

    def _sync(self, pc: Pc) -> dict[str, int] | None:
        try:
            report = pc.client.sync()
        except SyncError:
            return None
        except Killed:
            self._restart(pc, f"sync:{pc.crash.at[1] if pc.crash.at else ''}")
            return None
        return {"pushed": report.pushed, "pulled": report.pulled, "waiting": report.waiting}

    def _open_conflicts(self, pc: Pc) -> int:
        with pc.workspace.session() as s:
            return s.scalar(select(func.count()).where(SyncChange.status.in_(conflicts.OPEN))) or 0

    def _settle(self, pc: Pc, choice: str) -> None:
        with pc.workspace.transaction(pc.me) as ctx:
            waiting = conflicts.unsettled(ctx)
        self.conflicts += len(waiting)
        for item in waiting:
            with pc.workspace.transaction(pc.me) as ctx:
                (conflicts.keep_mine if choice == "mine" else conflicts.keep_theirs)(ctx, item.change_id)

    # --- rules -------------------------------------------------------------------------------

    @rule(name=st.sampled_from(PCS), kind=st.sampled_from(["lysglimt", "own", "other", "combo"]))
    def edit(self, name: str, kind: str) -> None:
        self._edit(self.pcs[name], kind)

    @rule(
        name=st.sampled_from(PCS),
        kind=st.sampled_from(["lysglimt", "own", "combo"]),
        point=st.sampled_from(["mid-edit", "after-local-commit"]),
    )
    def edit_and_kill(self, name: str, kind: str, point: str) -> None:
        self._edit(self.pcs[name], kind, kill=point)

    @rule(name=st.sampled_from(PCS))
    def sync(self, name: str) -> None:
        self._sync(self.pcs[name])

    @rule(
        name=st.sampled_from(PCS),
        what=st.sampled_from(["lose-request", "lose-response", "duplicate"]),
        towards=st.sampled_from(["push", "pull", "any"]),
    )
    def drop(self, name: str, what: str, towards: str) -> None:
        """Sync over a bad network: the first push or pull (``towards``) is lost or sent twice."""
        pc = self.pcs[name]
        pc.adapter.plan.append((what, towards))
        self._sync(pc)
        pc.adapter.plan.clear()

    @rule(
        name=st.sampled_from(PCS),
        at=st.integers(1, 7),
        phase=st.sampled_from(["before-commit", "after-commit"]),
    )
    def kill_during_sync(self, name: str, at: int, phase: str) -> None:
        """Sync, and "die" at the client's ``at``-th local transaction, before or after its commit."""
        pc = self.pcs[name]
        pc.crash.count, pc.crash.at = 0, (at, phase)
        self._sync(pc)
        pc.crash.at = None

    @precondition(lambda self: any(self._open_conflicts(pc) for pc in self.pcs.values()))
    @rule(name=st.sampled_from(PCS), choice=st.sampled_from(["mine", "theirs"]))
    def settle(self, name: str, choice: str) -> None:
        self._settle(self.pcs[name], choice)

    @invariant()
    def nothing_twice_nothing_from_nowhere(self) -> None:
        with Session(self.bench.engine) as s:
            twice = s.execute(
                select(Lysglimt.tekst, func.count()).group_by(Lysglimt.tekst).having(func.count() > 1)
            ).all()
            applied = set(s.scalars(select(AppliedChange.change_id)))
        assert not [t for t in twice if t[0] in self.asked], f"on the server twice: {twice}"
        local: set[uuid.UUID] = set()
        for pc in self.pcs.values():
            with pc.workspace.session() as s:
                local |= set(s.scalars(select(SyncChange.change_id)))
        assert applied <= local, f"the server has changes no PC made: {applied - local}"

    # --- the end -----------------------------------------------------------------------------

    def teardown(self) -> None:
        for pc in self.pcs.values():
            pc.adapter.plan.clear()
            pc.crash.at = None
        for _ in range(8):
            quiet = True
            for pc in self.pcs.values():
                report = self._sync(pc)
                assert report is not None, f"{pc.name} could not sync while healing"
                quiet &= not (report["pushed"] or report["pulled"] or report["waiting"])
                if self._open_conflicts(pc):
                    quiet = False
                    self._settle(pc, "theirs" if self.edits % 2 else "mine")
            if quiet:
                break
        else:
            raise AssertionError("the PCs did not settle within eight rounds of syncs")
        for pc in self.pcs.values():
            self.faults.update(f"net:{w}" for w in pc.adapter.fired)
        dumps = {name: (self.bench.person, dump(pc.workspace)) for name, pc in self.pcs.items()}
        view = server_view(self.bench.engine, {self.bench.person})
        outcome = check(dumps, view, asked=self.asked, acknowledged=self.acknowledged, all_applied=False)
        assert outcome.ok, f"faults {dict(self.faults)}\n{outcome.describe()}"
        self.totals.update(self.faults)
        self.totals.update(examples=1, committed=outcome.committed, lost=len(outcome.lost))
        self.totals.update(duplicated=len(outcome.duplicated), conflicts=self.conflicts)
        assert not outcome.overwrote, outcome.describe()  # an edit silently applied over someone else's
        self.totals.update(blind_overwrites=len(outcome.overwrote))
        for pc in self.pcs.values():
            with pc.workspace.session() as s:
                assert not s.scalar(select(func.count()).where(SyncChange.status == OutboxStatus.PENDING))


@pytest.mark.slow
@pytest.mark.timeout(120 + 10 * EXAMPLES)
def test_edit_sync_kill_drop_on_two_pcs(tmp_path: Path, seeded_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bench = MachineBench(tmp_path, seeded_db, monkeypatch)
    SyncMachine.bench = bench
    SyncMachine.totals = Counter()
    try:
        run_state_machine_as_test(
            SyncMachine,
            settings=settings(
                max_examples=EXAMPLES,
                stateful_step_count=25,
                deadline=None,
                derandomize="STAFETTLOGG_MACHINE_EXAMPLES" not in os.environ,
                database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
            ),
        )
    finally:
        bench.close()
    totals = SyncMachine.totals
    print(f"state machine: {dict(totals)}")
    kinds = {k.split(":")[0] + ":" + k.split(":")[1] for k in totals if k.startswith(("kill:", "net:"))}
    expected = {"kill:mid-edit", "kill:after-local-commit", "kill:sync", "net:lose-request", "net:lose-response"}
    assert expected | {"net:duplicate"} <= kinds, totals
    report(
        "state_machine",
        {
            "examples": totals["examples"],
            "faults": sum(v for k, v in totals.items() if k.startswith(("kill:", "net:"))),
            "faults_by_kind": {k: v for k, v in sorted(totals.items()) if k.startswith(("kill:", "net:"))},
            "conflicts_settled": totals["conflicts"],
            "changes_committed": totals["committed"],
            "lost": totals["lost"],
            "duplicated": totals["duplicated"],
            "blind_overwrites": totals["blind_overwrites"],
        },
    )
