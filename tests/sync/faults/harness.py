"""One fault run: a server and three PCs as processes, a lossy proxy per PC, random faults.

A run copies a ready template (the training server's database and three PCs that have
synced once), starts the server and the PCs as child processes of a fork server (so a
restart after ``kill -9`` costs milliseconds, not an interpreter start), does a few edits
and syncs with one or two faults, heals (restarts what died, syncs every PC until nothing
moves) and checks :mod:`tests.sync.faults.checks`. Everything random comes from
``random.Random(seed)``; the timing of processes does not, so a replay of a seed makes the
same edits and arms the same faults, while where exactly a timed kill lands may differ.
"""

from __future__ import annotations

import datetime as dt
import json
import multiprocessing
import multiprocessing.connection
import os
import random
import shutil
import signal
import time
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.context import ForkServerContext
from pathlib import Path
from typing import Any

import keyring
from sqlalchemy import Engine, create_engine, select, update
from sqlalchemy.orm import sessionmaker

from desktop.core.entities import Oppmerksomhet, Stafettlogg
from desktop.store.workspace import Workspace
from sync.client import SyncClient
from sync.server.app import create_schema, make_engine
from sync.server.cli import TRAINING_PASSWORD, seed_training
from sync.server.tables import Token
from tests.sync.faults import driver, server
from tests.sync.faults.checks import Outcome, check, server_view
from tests.sync.faults.local import WARM, FileKeyring, FileTokens
from tests.sync.faults.proxy import FaultProxy, Planned
from tests.sync.support import TRAINING_NOW, live_server, seed_file

# name -> training user; two PCs of one person and one of a colleague in the same logs.
PCS = {"kontor": "kari", "laptop": "kari", "ahmed": "ahmed"}

CLIENT_POINTS = tuple(f"client:{p}" for p in (*driver.EDIT_POINTS, *driver.SYNC_POINTS))
FAULTS = (
    *CLIENT_POINTS,
    "client:timer",  # SIGKILL after a random delay into a sync
    "client:mid-request",  # SIGKILL while the server works on its push or pull
    *(f"server:{p}" for p in server.POINTS),
    "server:mid-request",  # SIGKILL as the request reaches it
    *(f"proxy:{p}" for p in ("drop-request", "drop-response", "duplicate", "delay", "reorder", "late-duplicate")),
)
PUSH_ONLY = {"server:after-commit", "client:after-reply", "client:in-record", "client:after-record"}
WAIT = 60.0  # seconds a child may take to answer before the run is declared stuck

_context: ForkServerContext | None = None


def processes() -> ForkServerContext:
    """Children forked from one server that has imported and warmed up everything they run
    (:mod:`tests.sync.faults.preload`; it reads ``WARM`` from the environment it starts with)."""
    global _context
    if _context is None:
        _context = multiprocessing.get_context("forkserver")
        _context.set_forkserver_preload(["tests.sync.faults.preload"])
    return _context


class Stuck(Exception):
    """A process gave no answer in time, or did not start."""


class Crashed(Exception):
    """A PC or the server failed by itself (an exception, not one of our kills): a bug."""


class Child:
    """A child process and its end of a pipe; ``None`` from :meth:`recv` means it died."""

    def __init__(self, target: Callable[..., None], *args: Any, name: str) -> None:
        mp = processes()
        mine, theirs = mp.Pipe()
        self.process = mp.Process(target=target, args=(theirs, *args), name=name, daemon=True)
        self.process.start()
        theirs.close()
        self.conn = mine

    def alive(self) -> bool:
        return self.process.is_alive()

    def send(self, message: dict[str, Any]) -> None:
        self.conn.send(message)

    def recv(self, timeout: float = WAIT) -> Any:
        """The answer; None if the process was killed; Crashed if it failed by itself."""
        ready = multiprocessing.connection.wait([self.conn, self.process.sentinel], timeout)
        if not ready:
            raise TimeoutError
        if self.conn in ready or self.conn.poll():
            try:
                answer = self.conn.recv()
            except EOFError:
                pass
            else:
                if isinstance(answer, dict) and "crash" in answer:
                    raise Crashed(f"{self.process.name}: {answer['crash']}")
                return answer
        self.process.join(WAIT)
        if self.process.exitcode != -signal.SIGKILL:
            raise Crashed(f"{self.process.name} exited by itself with code {self.process.exitcode}")
        return None

    def call(self, message: dict[str, Any]) -> Any:
        try:
            self.send(message)
        except (BrokenPipeError, ConnectionResetError):
            self.process.join(WAIT)
            if self.process.exitcode != -signal.SIGKILL:
                raise Crashed(f"{self.process.name} exited by itself with code {self.process.exitcode}") from None
            return None
        try:
            return self.recv()
        except TimeoutError:
            raise Stuck(f"{self.process.name} gave no answer to {message['op']} in {WAIT} s") from None

    def kill(self) -> None:
        self.process.kill()
        self.process.join(WAIT)
        self.conn.close()


# --------------------------------------------------------------------------- the template


@dataclass
class Setup:
    """One backend's template and run copy: the server database and the three PCs' folders."""

    backend: str  # sqlite / postgresql
    database: dict[str, str]  # see tests.sync.faults.server.reset
    template: Path  # the PCs' folders as they were after their first sync
    current: Path  # the PCs' folders of the run
    people: dict[str, str] = field(default_factory=dict)  # PC -> person id
    targets: dict[str, dict[str, str]] = field(default_factory=dict)  # PC -> {"logg", "oppmerksomhet"}

    @classmethod
    def sqlite(cls, root: Path) -> Setup:
        template, run = root / "template" / "server.db", root / "current" / "server.db"
        template.parent.mkdir(parents=True)
        seed_file(template)
        database = {"kind": "sqlite", "template": str(template), "run": str(run), "url": f"sqlite:///{run}"}
        return cls("sqlite", database, root / "template", root / "current")

    @classmethod
    def postgresql(cls, root: Path, cluster: Any) -> Setup:
        """``cluster``: a :class:`tests.pgcluster.PgCluster`."""
        template, run = "faults_template", "faults_run"
        cluster.drop_database(template)
        engine = make_engine(cluster.create_database(template))
        create_schema(engine)
        seed_training(sessionmaker(engine), now=TRAINING_NOW)
        engine.dispose()
        database = {
            "kind": "postgresql",
            "admin": cluster.conninfo_for("postgres"),
            "template": template,
            "run": run,
            "url": cluster.url_for(run),
        }
        return cls("postgresql", database, root / "template", root / "current")

    @property
    def template_url(self) -> str:
        if self.database["kind"] == "sqlite":
            return f"sqlite:///{self.database['template']}"
        return self.database["url"].rsplit("/", 1)[0] + "/" + self.database["template"]

    def warm(self) -> dict[str, Any]:
        """What the fork server needs to warm up for this setup (JSON)."""
        return {
            "database": self.database,
            "template": str(self.template),
            "current": str(self.current),
            "targets": self.targets,
        }


def build_template(setup: Setup) -> None:
    """Three PCs that signed in to the template server and synced once (then everything closed).

    The access tokens are made to last a day, so no run needs to refresh them (a refresh whose
    answer is lost is tested on its own, in test_faults.py).
    """
    setup.template.mkdir(parents=True, exist_ok=True)
    logs: dict[str, list[tuple[uuid.UUID, list[uuid.UUID]]]] = {}
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=1)
    previous = keyring.get_keyring()
    try:
        with live_server(setup.template_url) as running:
            for name, user in PCS.items():
                workspace_dir, keyring_file, token_file = driver.paths(setup.template / name)
                (setup.template / name).mkdir()
                keyring.set_keyring(FileKeyring(keyring_file))
                with Workspace.create(workspace_dir) as workspace:
                    tokens = FileTokens(token_file)
                    client = SyncClient(running.url, workspace.sync_transaction, tokens, device_name=name)
                    setup.people[name] = client.sign_in(user, TRAINING_PASSWORD).id
                    client.sync()
                    tokens.save({**(tokens.load() or {}), "expires_at": later.isoformat()})
                    with workspace.session() as s:
                        logs[name] = [
                            (logg, list(s.scalars(select(Oppmerksomhet.id).where(Oppmerksomhet.logg_id == logg))))
                            for logg in sorted(s.scalars(select(Stafettlogg.id)))
                        ]
            with running.app.state.engine.begin() as conn:
                conn.execute(update(Token).values(expires_at=later))
    finally:
        keyring.set_keyring(previous)
    shared = [logg for logg, _ in logs["kontor"] if logg in {x for x, _ in logs["ahmed"]}]
    assert shared, "the training data has a log Kari holds and Ahmed acts in"
    own = dict(logs["kontor"])
    other = next(logg for logg, ops in logs["kontor"] if logg != shared[0] and ops)
    setup.targets = {
        "kontor": {"logg": str(shared[0]), "oppmerksomhet": str(own[shared[0]][0])},
        "laptop": {"logg": str(shared[0]), "oppmerksomhet": str(own[other][0])},
        "ahmed": {"logg": str(shared[0]), "oppmerksomhet": ""},
    }


class Bench:
    """Everything the runs share: the templates, the run folders, the warm fork server.

    Every run of a backend works at the same paths (and in the same PostgreSQL database), a
    fresh copy of the template, so the engines the fork server warmed up fit every run. Runs
    are therefore one at a time.
    """

    def __init__(self, root: Path, pg_cluster: Any = None) -> None:
        self.root = root
        self.setups = {"sqlite": Setup.sqlite(root / "sqlite")}
        if pg_cluster is not None:
            self.setups["postgresql"] = Setup.postgresql(root / "postgresql", pg_cluster)
        for setup in self.setups.values():
            build_template(setup)
        os.environ[WARM] = json.dumps([setup.warm() for setup in self.setups.values()])
        try:
            if Child(driver.ready, name="ready").recv() is not True:
                raise Stuck("the fork server did not start")
        except EOFError:
            raise Stuck("the fork server did not start: its warm-up failed (its traceback is above)") from None
        finally:
            del os.environ[WARM]
        self.engines = {name: create_engine(setup.database["url"]) for name, setup in self.setups.items()}

    def run(self, seed: int, backend: str = "sqlite") -> RunResult:
        setup, engine = self.setups[backend], self.engines[backend]
        engine.dispose()
        shutil.rmtree(setup.current, ignore_errors=True)
        shutil.copytree(setup.template, setup.current, ignore=shutil.ignore_patterns("server.db*"))
        server.reset(setup.database)
        result = FaultRun(seed, setup, engine).run()
        engine.dispose()
        if not result.outcome.ok:
            kept = self.root / f"failed-{backend}-{seed}"
            shutil.rmtree(kept, ignore_errors=True)
            shutil.copytree(setup.current, kept)
            result.log.append(
                f"  (the PCs' files are kept in {kept}; the server's database is {setup.database['url']})"
            )
        return result

    def close(self) -> None:
        for engine in self.engines.values():
            engine.dispose()


# --------------------------------------------------------------------------- one run


@dataclass
class RunResult:
    seed: int
    planned: list[str]
    fired: Counter[str]
    outcome: Outcome
    acknowledged: int
    log: list[str] = field(default_factory=list)
    restarts: Counter[str] = field(default_factory=Counter)
    conflicts: int = 0
    seconds: float = 0.0

    def describe(self) -> str:
        return (
            f"seed {self.seed} (replay: STAFETTLOGG_FAULT_SEED={self.seed} STAFETTLOGG_FAULT_RUNS=1)\n"
            f"planned {self.planned}, fired {dict(self.fired)}\n"
            + "\n".join(self.log)
            + "\n--- what is wrong:\n"
            + self.outcome.describe()
        )


class FaultRun:
    """One seed's scenario: a few edits and syncs on three PCs, one or two faults, healing, checks."""

    def __init__(self, seed: int, setup: Setup, engine: Engine) -> None:
        self.seed = seed
        self.rng = random.Random(seed)
        self.setup = setup
        self.engine = engine  # on the server's database, for the checks
        self.dir = setup.current
        self.log: list[str] = []
        self.fired: Counter[str] = Counter()
        self.asked: set[str] = set()
        self.acknowledged: dict[str, str] = {}
        self.edits = 0
        self.restarts: Counter[str] = Counter()
        self.conflicts = 0
        self.server: Child | None = None
        self.port = 0
        self.proxies: dict[str, FaultProxy] = {}
        self.pcs: dict[str, Child] = {}

    def _start(self) -> None:
        self._start_server()
        for name in PCS:
            self.proxies[name] = FaultProxy(
                name,
                self.port,
                kill_client=lambda name=name: self.pcs[name].process.kill(),  # type: ignore[misc]
                kill_server=self._kill_server_now,
            )
            self._start_pc(name)

    # --- processes -----------------------------------------------------------------------

    def _start_server(self) -> None:
        self.server = Child(server.run_server, self.setup.database["url"], name="server")
        port = self.server.recv()
        if port is None:
            raise Stuck("the server did not start")
        self.port = port
        for proxy in self.proxies.values():
            proxy.upstream = port

    def _kill_server_now(self) -> None:
        assert self.server is not None
        self.server.process.kill()

    def _start_pc(self, name: str) -> None:
        child = Child(driver.run_client, str(self.dir / name), self.proxies[name].url, name, name=name)
        if child.recv() is None:
            raise Stuck(f"{name} did not start")
        self.pcs[name] = child

    def ensure_running(self) -> None:
        """Start again what died (the same database, the same workspace)."""
        assert self.server is not None
        if not self.server.alive():
            self.server.process.join(WAIT)
            if self.server.process.exitcode != -signal.SIGKILL:
                raise Crashed(f"the server exited by itself with code {self.server.process.exitcode}")
            self.log.append("    (server restarted)")
            self.restarts["server"] += 1
            self._start_server()
        for name, pc in self.pcs.items():
            if not pc.alive():
                pc.process.join(WAIT)
                pc.conn.close()
                self.log.append(f"    ({name} restarted)")
                self.restarts["pc"] += 1
                self._start_pc(name)

    def close(self) -> None:
        for pc in self.pcs.values():
            pc.kill()
        if self.server is not None:
            self.server.kill()
        for proxy in self.proxies.values():
            proxy.close()

    # --- steps ---------------------------------------------------------------------------

    def _edit_command(self, name: str, kill: str = "") -> dict[str, Any]:
        """A new edit: a lysglimt, an oppmerksomhet's text, or both in one transaction.

        Kari's two PCs each have an oppmerksomhet of their own, and sometimes edit the other's,
        so conflicts happen too."""
        targets = self.setup.targets
        if targets[name]["oppmerksomhet"]:
            kind = self.rng.choice(["lysglimt", "oppmerksomhet", "combo", "shared"])
        else:
            kind = "lysglimt"
        oppmerksomhet = targets[name]["oppmerksomhet"]
        if kind == "shared":
            kind, oppmerksomhet = "oppmerksomhet", targets["laptop" if name == "kontor" else "kontor"]["oppmerksomhet"]
        self.edits += 1
        text = f"s{self.seed}-{name}-{self.edits}"
        self.asked |= {text, text + " (oppmerksomhet)"}
        return {
            "op": "edit",
            "kind": kind,
            "text": text,
            "kill": kill,
            "logg": targets[name]["logg"],
            "oppmerksomhet": oppmerksomhet,
        }

    def edit(self, name: str, kill: str = "") -> None:
        self.ensure_running()
        command = self._edit_command(name, kill)
        reply = self.pcs[name].call(command)
        if reply is None:
            self.log.append(f"  {name}: edit {command['kind']} {command['text']!r} - killed at {kill or '?'}")
            self.fired[f"client:{kill}"] += 1
        else:
            self.acknowledged[reply["change_id"]] = name
            self.log.append(f"  {name}: edit {command['kind']} {command['text']!r} -> {reply['change_id']}")

    def sync(self, names: list[str], kill: str = "", timer: float | None = None) -> None:
        """Sync ``names`` at the same time; the first may make edits meanwhile, or be killed."""
        self.ensure_running()
        during = [self._edit_command(names[0]) for _ in range(self.rng.choice([0, 0, 0, 1, 2]))]
        for i, name in enumerate(names):
            self.pcs[name].send({"op": "sync", "kill": "" if i else kill, "during": [] if i else during})
        for i, name in enumerate(names):
            pc = self.pcs[name]
            try:
                reply = pc.recv(timer if timer is not None and i == 0 else WAIT)
            except TimeoutError:
                if timer is None or i:
                    raise Stuck(f"{name} gave no answer to sync in {WAIT} s") from None
                pc.process.kill()
                pc.process.join(WAIT)
                self.fired["client:timer"] += 1
                self.log.append(
                    f"  {name}: sync with {len(during)} edits meanwhile - killed after {timer * 1000:.0f} ms"
                )
                continue
            if reply is None:
                self.log.append(f"  {name}: sync with {len(during) if not i else 0} edits meanwhile - died")
                if kill and i == 0:
                    self.fired[f"client:{kill}"] += 1
                continue
            for change_id in reply["made"]:
                self.acknowledged[change_id] = name
            what = f"{len(reply['made'])} edits meanwhile, " if reply["made"] else ""
            if reply["ok"]:
                report = reply["report"]
                self.log.append(
                    f"  {name}: sync ({what}pushed {report['pushed']}, conflicts {report['conflicts']}, "
                    f"pulled {report['pulled']})"
                )
            else:
                self.log.append(f"  {name}: sync ({what}failed: {reply['error']})")

    def faulty_sync(self, name: str, fault: str) -> None:
        """Edits on ``name`` and a sync of it (maybe with another PC at once) with ``fault``."""
        for _ in range(self.rng.randint(1, 2)):
            self.edit(name)
        others = [n for n in PCS if n != name]
        together = [name] + ([self.rng.choice(others)] if self.rng.random() < 0.3 else [])
        if len(together) > 1:
            self.edit(together[1])
        target = "push" if fault in PUSH_ONLY or self.rng.random() < 0.7 else "pull"
        self.log.append(f"  fault {fault} on {name}'s {target}, syncing {together}")
        if fault.startswith(("proxy:", "server:")) or fault == "client:mid-request":
            self._proxied(name, fault, target, together)
        elif fault == "client:timer":
            self.sync(together, timer=self.rng.uniform(0.0, 0.08))
        else:
            self.sync(together, kill=fault.removeprefix("client:"))

    def _proxied(self, name: str, fault: str, target: str, together: list[str]) -> None:
        proxy = self.proxies[name]
        kind = {"client:mid-request": "kill-client", "server:mid-request": "kill-server"}.get(
            fault, fault.removeprefix("proxy:")
        )
        proxy.plan.append(
            Planned(kind, target, delay=self.rng.uniform(0.001, 0.05), answer_from=self.rng.randint(0, 1))
        )
        before = len(proxy.fired)
        self.sync(together)
        proxy.plan.clear()
        if len(proxy.fired) == before:
            self.log.append("    (the request it waited for never came)")
            return
        if fault.startswith("server:"):
            assert self.server is not None
            self.server.process.join(WAIT)  # it dies (or is killed) in this very request
            if self.server.process.exitcode != -signal.SIGKILL:
                raise Stuck(f"{fault} did not kill the server")
        self.fired[fault] += 1

    def resolve(self, name: str) -> int:
        choices = [self.rng.choice(["mine", "theirs"]) for _ in range(10)]
        reply = self.pcs[name].call({"op": "resolve", "choices": choices})
        if reply is None:
            raise Stuck(f"{name} died while settling conflicts")
        self.conflicts += reply["resolved"]
        if reply["resolved"]:
            self.log.append(f"  {name}: settled {reply['resolved']} conflicts ({choices[: reply['resolved']]})")
        return int(reply["resolved"])

    def plain_step(self) -> None:
        name = self.rng.choice(list(PCS))
        if self.rng.random() < 0.5:
            self.edit(name)
        else:
            self.sync([name])

    def heal(self) -> None:
        """Restart what died; sync every PC (settling conflicts) until a whole round moves nothing."""
        for proxy in self.proxies.values():
            proxy.plan.clear()
        self.log.append("  healing")
        for _ in range(8):
            self.ensure_running()
            quiet = True
            for name, pc in self.pcs.items():
                reply = pc.call({"op": "sync"})
                if reply is None or not reply["ok"]:
                    raise AssertionError(f"{name} could not sync while healing: {reply}")
                report = reply["report"]
                quiet &= not (report["pushed"] or report["pulled"] or report["waiting"])
                if reply["open"]:
                    quiet = False
                    self.resolve(name)
            if quiet:
                return
        raise AssertionError("the PCs did not settle within eight rounds of syncs")

    def run(self) -> RunResult:
        started = time.monotonic()
        first = FAULTS[self.seed % len(FAULTS)]
        planned = [first] + ([self.rng.choice(FAULTS)] if self.rng.random() < 0.5 else [])
        try:
            self._start()
            for _ in range(self.rng.randint(1, 2)):
                self.plain_step()
            for fault in planned:
                name = self.rng.choice(list(PCS))
                if fault in ("client:mid-edit", "client:after-local-commit"):
                    self.edit(name)
                    self.edit(name, kill=fault.removeprefix("client:"))
                    self.sync([name])
                else:
                    self.faulty_sync(name, fault)
                for _ in range(self.rng.randint(0, 2)):
                    self.plain_step()
            self.heal()
            dumps = {name: (self.setup.people[name], pc.call({"op": "dump"})) for name, pc in self.pcs.items()}
            view = server_view(self.engine, set(self.setup.people.values()))
            outcome = check(dumps, view, asked=self.asked, acknowledged=self.acknowledged, all_applied=False)
            for proxy in self.proxies.values():
                outcome.problems += [f"proxy {proxy.name}: {e!r}" for e in proxy.errors]
        except (AssertionError, Stuck, Crashed) as error:
            outcome = Outcome(problems=[f"{type(error).__name__}: {error}"])
        finally:
            self.close()
        return RunResult(
            self.seed,
            planned,
            self.fired,
            outcome,
            len(self.acknowledged),
            self.log,
            self.restarts,
            self.conflicts,
            time.monotonic() - started,
        )
