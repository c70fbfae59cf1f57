"""Benchmark of the sync: push and pull of 10,000 changes over loopback, on SQLite and PostgreSQL.

    .venv/bin/python benchmarks/bench_sync.py [--changes 10000] [--runs 3] [--databases sqlite,postgresql]
                                              [--no-write] [--profile DIR]

For each server database (an SQLite file in a temporary folder; PostgreSQL in a throwaway cluster
from ``tests.pgcluster``, skipped with a message when its binaries are missing), and for each run:

* the training municipality is seeded (once per database; every run gets a fresh copy of it) and
  the real server is started as a subprocess on loopback, as in production
  (``python -m sync.server.cli --database URL serve --port P``: uvicorn, e-mail notices on), so the
  server's CPU is not the client's process;
* PC A and PC B (encrypted workspaces) sign in as «kari» and sync once;
* PC A posts ``--changes`` lysglimt, round-robin on Kari's active logs, each its own local
  transaction through the use case ``content.post_lysglimt`` (timed: the local commits);
* push: ``client.push`` of PC A (the server re-runs each change in its own transaction);
* pull: ``client.pull`` of PC B, which synced before the changes were made (rows applied per second);
* the floors, in the same run on the same databases, with a scratch table of lysglimt's columns
  (SQLAlchemy Core, the same engine settings): as many single-row transactions in the server's
  database (what the push does per change), as many rows in one transaction (the bulk floor), and
  in the PC's SQLCipher workspace as many rows in one transaction (what a pull page does) and as
  many single-row transactions (what the local commits do).

Prints the medians and the ratios floor rate / sync rate, and writes them to the «Synkronisering»
section of docs/benchmarks.md (``--no-write`` leaves the file alone). ``--profile DIR`` also runs
cProfile on the client (local commits, push, pull) and on the server's push and pull handlers
(the server is then started through this script) in the first run of each database, saves the
``.prof`` files in DIR and prints the heaviest functions.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import cProfile
import datetime as dt
import functools
import io
import os
import platform
import pstats
import random
import re
import shutil
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import keyring  # noqa: E402
import psycopg  # noqa: E402
import requests  # noqa: E402
import sqlalchemy  # noqa: E402
import uvicorn  # noqa: E402
from sqlalchemy import Column, Engine, MetaData, Table, insert, select, text  # noqa: E402
from sqlalchemy.orm import sessionmaker  # noqa: E402

import sync.client  # noqa: E402
from desktop.core.entities import LoggStatus, Lysglimt, PersonKind, Stafettlogg  # noqa: E402
from desktop.core.usecases import content  # noqa: E402
from desktop.store.keys import MemoryKeyring  # noqa: E402
from sync.client import SyncReport  # noqa: E402
from sync.server.app import create_schema, make_engine  # noqa: E402
from sync.server.cli import seed_training  # noqa: E402
from tests.pgcluster import PgCluster, PostgresNotFound, find_bindir, start_cluster  # noqa: E402
from tests.sync.support import TRAINING_NOW, Pc, seed_file  # noqa: E402

DOC = ROOT / "docs" / "benchmarks.md"
BEGIN, END = "<!-- bench_sync:begin -->", "<!-- bench_sync:end -->"
PG_TEMPLATE = "bench_sync_seed"
WORDS = ["Ella", "spiste", "selv", "i", "dag", "og", "viste", "stolt", "fram", "tallerkenen", "til", "de", "voksne"]


# --------------------------------------------------------------------------- measuring


@dataclass
class Run:
    """One run's seconds (and counts) for one database."""

    changes: int
    local: float = 0.0
    local_first: float = 0.0  # the first and the last tenth of the local commits
    local_last: float = 0.0
    push: float = 0.0
    push_wait: float = 0.0  # in the client's POST /v1/push: the server's work, HTTP and JSON
    push_outgoing: float = 0.0  # reading the outbox into the wire format
    push_record: float = 0.0  # writing the server's answers into the workspace
    push_first: float = 0.0  # the first and the last batch (200 changes), per change
    push_last: float = 0.0
    pull: float = 0.0
    pull_wait: float = 0.0
    pull_apply: float = 0.0
    pulled: int = 0
    floor_single: float = 0.0
    floor_bulk: float = 0.0
    floor_pc_single: float = 0.0
    floor_pc_bulk: float = 0.0


@dataclass
class Timer:
    """Durations of calls to a wrapped function, in call order."""

    calls: list[float] = field(default_factory=list)

    def wrap(self, fn: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(fn)
        def timed(*args: Any, **kwargs: Any) -> Any:
            t0 = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                self.calls.append(time.perf_counter() - t0)

        return timed

    @property
    def total(self) -> float:
        return sum(self.calls)


@contextlib.contextmanager
def timed_client(client: sync.client.SyncClient) -> Iterator[dict[str, Timer]]:
    """Time the client's parts of a push or pull: each HTTP call by path, and its own reads and writes."""
    timers: dict[str, Timer] = collections.defaultdict(Timer)
    saved = {name: getattr(sync.client, name) for name in ("outgoing", "record_results", "apply_pull")}
    for name, fn in saved.items():
        setattr(sync.client, name, timers[name].wrap(fn))
    post = client._post

    def timed_post(path: str, body: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
        return timers[path].wrap(post)(path, body, **kwargs)  # type: ignore[no-any-return]

    client._post = timed_post  # type: ignore[method-assign]
    try:
        yield timers
    finally:
        for name, fn in saved.items():
            setattr(sync.client, name, fn)
        del client._post


@contextlib.contextmanager
def profiled(out: Path | None, name: str) -> Iterator[None]:
    if out is None:
        yield
        return
    profile = cProfile.Profile()
    profile.enable()
    try:
        yield
    finally:
        profile.disable()
        profile.dump_stats(out / f"{name}.prof")


def print_profile(path: Path, lines: int = 25) -> None:
    buffer = io.StringIO()
    stats = pstats.Stats(str(path), stream=buffer)
    stats.strip_dirs().sort_stats("cumulative").print_stats(lines)
    body = buffer.getvalue()
    print(f"\n--- {path.name} ---")
    print(body[body.find("   ncalls") :].rstrip())


# --------------------------------------------------------------------------- the databases


class Backend:
    """A server database a run can get a fresh, seeded copy of."""

    name = ""
    label = ""
    version = ""

    def fresh(self, folder: Path) -> str:
        raise NotImplementedError

    def drop(self, url: str) -> None:
        pass

    def close(self) -> None:
        pass


class SqliteBackend(Backend):
    name, label = "sqlite", "SQLite"

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.template = folder / "seed.db"
        seed_file(self.template)
        self.version = sqlite3.sqlite_version

    def fresh(self, folder: Path) -> str:
        target = folder / "server.db"
        shutil.copy(self.template, target)
        return f"sqlite:///{target}"


class PostgresBackend(Backend):
    name, label = "postgresql", "PostgreSQL"

    def __init__(self, folder: Path) -> None:
        # Under the system temp dir: as root, the server runs as another user who must reach it.
        self.cluster: PgCluster = start_cluster(folder)
        self.version = self.cluster.version
        engine = make_engine(self.cluster.create_database(PG_TEMPLATE))
        create_schema(engine)
        seed_training(sessionmaker(engine), now=TRAINING_NOW)
        engine.dispose()

    def fresh(self, folder: Path) -> str:
        name = f"bench_{uuid.uuid4().hex[:12]}"
        with self.cluster._admin() as admin:
            admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{PG_TEMPLATE}"')
        return self.cluster.url_for(name)

    def drop(self, url: str) -> None:
        self.cluster.drop_database(url.rsplit("/", 1)[1])

    def close(self) -> None:
        self.cluster.stop()


# --------------------------------------------------------------------------- the server


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def server(url: str, folder: Path, profile: Path | None) -> Iterator[str]:
    """The server in its own process on 127.0.0.1; yields its base URL."""
    log_path = folder / "server.log"
    for _attempt in range(5):  # another process may take the free port before the server binds it
        port = free_port()
        if profile is None:
            argv = [sys.executable, "-m", "sync.server.cli", "--database", url, "serve", "--port", str(port)]
        else:
            argv = [sys.executable, str(Path(__file__).resolve()), "--serve-profiled", url, str(port), str(profile)]
        with log_path.open("ab") as log:
            process = subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=log)
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while process.poll() is None and time.monotonic() < deadline:
            try:
                if requests.get(base + "/v1/info", timeout=2).ok:
                    break
            except requests.RequestException:
                time.sleep(0.05)
        else:
            process.kill()
            process.wait()
            said = log_path.read_text(errors="replace")
            if "address already in use" in said.lower():
                continue
            raise RuntimeError(f"the server did not start:\n{said[-3000:]}")
        break
    else:
        raise RuntimeError("the server found no free port")
    try:
        yield base
    finally:
        process.send_signal(signal.SIGINT)  # uvicorn's graceful shutdown (and the profile's dump)
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def serve_profiled(url: str, port: int, out: Path) -> int:
    """The server as ``cli serve`` runs it, with cProfile around the push and pull handlers."""
    from sync.server.app import create_app
    from sync.server.cli import parser, settings_for

    args = parser().parse_args(["--database", url, "serve", "--port", str(port)])
    engine = make_engine(url)
    app = create_app(url, settings_for(args), engine=engine)
    profiles: dict[str, cProfile.Profile] = {}
    one_at_a_time = threading.Lock()  # handlers run in a thread pool; a profile is per thread
    for route in app.routes:
        path = getattr(route, "path", "")
        if path not in ("/v1/push", "/v1/pull"):
            continue
        profile = profiles[path] = cProfile.Profile()
        handler = route.dependant.call  # type: ignore[attr-defined]

        def wrapped(*a: Any, _handler: Any = handler, _profile: cProfile.Profile = profile, **k: Any) -> Any:
            with one_at_a_time:
                _profile.enable()
                try:
                    return _handler(*a, **k)
                finally:
                    _profile.disable()

        functools.update_wrapper(wrapped, handler)
        route.dependant.call = wrapped  # type: ignore[attr-defined]
    try:
        uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning")
    finally:
        for path, profile in profiles.items():
            profile.dump_stats(out / f"server{path.replace('/v1/', '-')}.prof")
        engine.dispose()
    return 0


# --------------------------------------------------------------------------- floors


def scratch_table() -> Table:
    """A table with lysglimt's columns and types (no foreign keys), under a throwaway name."""
    columns = [Column(c.name, c.type, primary_key=c.primary_key) for c in Lysglimt.__table__.columns]
    return Table(f"bench_floor_{uuid.uuid4().hex[:8]}", MetaData(), *columns)


def floor_rows(n: int, logg_id: uuid.UUID, person_id: uuid.UUID) -> list[dict[str, Any]]:
    now = dt.datetime.now(dt.UTC)
    return [
        {
            "id": uuid.uuid4(),
            "created_at": now,
            "updated_at": now,
            "version": 1,
            "logg_id": logg_id,
            "oppmerksomhet_id": None,
            "tekst": f"Lysglimt {i + 1}: Ella spiste selv i dag og viste stolt fram tallerkenen.",
            "dato": now.date(),
            "forfatter_type": PersonKind.ANSATT,
            "forfatter_id": person_id,
        }
        for i in range(n)
    ]


def floors(engine: Engine, rows: list[dict[str, Any]]) -> tuple[float, float]:
    """(seconds for one transaction per row, seconds for all rows in one transaction)."""
    single_table, bulk_table = scratch_table(), scratch_table()
    single_table.create(engine)
    bulk_table.create(engine)
    try:
        with engine.connect() as conn:
            stmt = insert(single_table)
            t0 = time.perf_counter()
            for row in rows:
                with conn.begin():
                    conn.execute(stmt, row)
            single = time.perf_counter() - t0
            t0 = time.perf_counter()
            with conn.begin():
                conn.execute(insert(bulk_table), rows)
            bulk = time.perf_counter() - t0
    finally:
        single_table.drop(engine)
        bulk_table.drop(engine)
    return single, bulk


# --------------------------------------------------------------------------- one run


def progress(message: str) -> None:
    print(f"  {time.strftime('%H:%M:%S')} {message}", flush=True)


def lysglimt_text(rng: random.Random, i: int) -> str:
    return f"Lysglimt {i + 1}: " + " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 14))) + "."


def one_run(backend: Backend, changes: int, folder: Path, profile: Path | None) -> Run:
    run = Run(changes)
    url = backend.fresh(folder)
    rng = random.Random(11)
    pcs: list[Pc] = []
    try:
        with server(url, folder, profile) as base:
            a = Pc.connect(folder / "pc-a", base, "kari")
            pcs.append(a)
            a.sync()
            b = Pc.connect(folder / "pc-b", base, "kari")
            pcs.append(b)
            b.sync()
            with a.session() as s:
                active = select(Stafettlogg.id).where(Stafettlogg.status == LoggStatus.AKTIV)
                logs = list(s.scalars(active.order_by(Stafettlogg.id)))
            assert logs, "Kari has no active log"

            tenth = max(1, changes // 10)
            with profiled(profile, "client-local"):
                t0 = t_last = time.perf_counter()
                for i in range(changes):
                    if i == tenth:
                        run.local_first = time.perf_counter() - t0
                    if i == changes - tenth:
                        t_last = time.perf_counter()
                    with a.work() as ctx:
                        content.post_lysglimt(ctx, logs[i % len(logs)], lysglimt_text(rng, i))
                run.local = time.perf_counter() - t0
                run.local_last = time.perf_counter() - t_last
            progress(f"local {changes} in {run.local:.1f} s")

            report = SyncReport()
            with timed_client(a.client) as timers, profiled(profile, "client-push"):
                t0 = time.perf_counter()
                a.client.push(report)
                run.push = time.perf_counter() - t0
            progress(f"push in {run.push:.1f} s")
            if report.applied != changes:
                raise RuntimeError(f"push: {report}")
            run.push_wait = timers["/v1/push"].total
            run.push_outgoing = timers["outgoing"].total
            run.push_record = timers["record_results"].total
            batches = timers["/v1/push"].calls
            last_size = changes - (len(batches) - 1) * sync.client.PUSH_BATCH
            run.push_first = batches[0] / min(changes, sync.client.PUSH_BATCH)
            run.push_last = batches[-1] / last_size

            report = SyncReport()
            with timed_client(b.client) as timers, profiled(profile, "client-pull"):
                t0 = time.perf_counter()
                b.client.pull(report)
                run.pull = time.perf_counter() - t0
            run.pulled = report.pulled
            progress(f"pull of {report.pulled} rows in {run.pull:.1f} s")
            if report.pulled < changes:
                raise RuntimeError(f"pull: {report}")
            run.pull_wait = timers["/v1/pull"].total
            run.pull_apply = timers["apply_pull"].total

            me = a.me.id
            engine = make_engine(url)
            try:
                run.floor_single, run.floor_bulk = floors(engine, floor_rows(changes, logs[0], me))
            finally:
                engine.dispose()
            # The PC's floors: SQLCipher with the workspace's own settings (WAL, synchronous=FULL).
            run.floor_pc_single, run.floor_pc_bulk = floors(b.workspace.engine, floor_rows(changes, logs[0], me))
    finally:
        for pc in pcs:
            pc.close()
        backend.drop(url)
    return run


# --------------------------------------------------------------------------- report


def rate(count: float, seconds: float) -> float:
    return count / seconds if seconds > 0 else float("inf")


def summary(runs: list[Run]) -> dict[str, float]:
    """Medians over the runs: rates per second, ratios, and shares of the sync's time."""

    def med(fn: Callable[[Run], float]) -> float:
        return statistics.median(fn(r) for r in runs)

    out = {
        "local": med(lambda r: rate(r.changes, r.local)),
        "local_first": med(lambda r: rate(r.changes // 10 or 1, r.local_first)),
        "local_last": med(lambda r: rate(r.changes // 10 or 1, r.local_last)),
        "push": med(lambda r: rate(r.changes, r.push)),
        "push_first": med(lambda r: rate(1, r.push_first)),
        "push_last": med(lambda r: rate(1, r.push_last)),
        "pull": med(lambda r: rate(r.pulled, r.pull)),
        "pulled": med(lambda r: r.pulled),
        "floor_single": med(lambda r: rate(r.changes, r.floor_single)),
        "floor_bulk": med(lambda r: rate(r.changes, r.floor_bulk)),
        "floor_pc_single": med(lambda r: rate(r.changes, r.floor_pc_single)),
        "floor_pc_bulk": med(lambda r: rate(r.changes, r.floor_pc_bulk)),
        "push_wait_share": med(lambda r: r.push_wait / r.push),
        "push_record_share": med(lambda r: r.push_record / r.push),
        "push_outgoing_share": med(lambda r: r.push_outgoing / r.push),
        "pull_wait_share": med(lambda r: r.pull_wait / r.pull),
        "pull_apply_share": med(lambda r: r.pull_apply / r.pull),
        "push_s": med(lambda r: r.push),
        "pull_s": med(lambda r: r.pull),
        "local_s": med(lambda r: r.local),
    }
    # Ratios within each run (the machine is noisy), then their median.
    out["ratio_push_single"] = med(lambda r: r.push / r.floor_single)
    out["ratio_push_bulk"] = med(lambda r: r.push / r.floor_bulk)
    out["ratio_pull_pc_bulk"] = med(lambda r: (r.pull / r.pulled) / (r.floor_pc_bulk / r.changes))
    out["ratio_local_pc_single"] = med(lambda r: r.local / r.floor_pc_single)
    return out


def n(value: float) -> str:
    """A rate or count with a Norwegian thousands separator (thin space) and sensible digits."""
    if value >= 100:
        return f"{value:,.0f}".replace(",", "\u202f")
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def count(value: int) -> str:
    return f"{value:,}".replace(",", "\u202f")


def pct(value: float) -> str:
    return f"{100 * value:.0f} %"


def table_rows(results: dict[str, dict[str, float]], changes: int) -> list[tuple[str, list[str]]]:
    tenth = changes // 10
    spec: list[tuple[str, Callable[[dict[str, float]], str]]] = [
        (
            f"Lokalt: {count(changes)} lysglimt, én transaksjon hver (PC A, SQLCipher), endringer/s",
            lambda s: n(s["local"]),
        ),
        (f"— de første / siste {count(tenth)}, endringer/s", lambda s: f"{n(s['local_first'])} / {n(s['local_last'])}"),
        ("**Push** (PC A → server, `client.push`), endringer/s", lambda s: f"**{n(s['push'])}**"),
        ("— første / siste pakke à 200, endringer/s", lambda s: f"{n(s['push_first'])} / {n(s['push_last'])}"),
        (
            "— andel av push-tiden: venter på serveren / `record_results` / `outgoing`",
            lambda s: f"{pct(s['push_wait_share'])} / {pct(s['push_record_share'])} / {pct(s['push_outgoing_share'])}",
        ),
        ("**Pull** (server → PC B, `client.pull`), rader lagt inn/s", lambda s: f"**{n(s['pull'])}**"),
        (
            "— andel av pull-tiden: venter på serveren / `apply_pull`",
            lambda s: f"{pct(s['pull_wait_share'])} / {pct(s['pull_apply_share'])}",
        ),
        ("Gulv: serverens database, én rad per transaksjon, rader/s", lambda s: n(s["floor_single"])),
        ("Gulv: serverens database, alle radene i én transaksjon, rader/s", lambda s: n(s["floor_bulk"])),
        ("Gulv: PC-ens SQLCipher, én rad per transaksjon, rader/s", lambda s: n(s["floor_pc_single"])),
        ("Gulv: PC-ens SQLCipher, alle radene i én transaksjon, rader/s", lambda s: n(s["floor_pc_bulk"])),
        ("Forhold push / gulv med én rad per transaksjon", lambda s: f"{s['ratio_push_single']:.0f}×"),
        ("Forhold push / gulv med alt i én transaksjon", lambda s: f"{s['ratio_push_bulk']:.0f}×"),
        ("Forhold pull / SQLCipher-gulv med alt i én transaksjon", lambda s: f"{s['ratio_pull_pc_bulk']:.0f}×"),
        ("Forhold lokalt / SQLCipher-gulv med én rad per transaksjon", lambda s: f"{s['ratio_local_pc_single']:.0f}×"),
    ]
    return [(label, [fmt(s) for s in results.values()]) for label, fmt in spec]


def print_table(results: dict[str, dict[str, float]], changes: int, runs: int) -> None:
    rows = table_rows(results, changes)
    width = max(len(label) for label, _ in rows)
    names = list(results)
    print(f"\nSynkronisering, {changes} endringer — median av {runs} kjøringer")
    print("  " + " " * width + "  " + "  ".join(f"{name:>22}" for name in names))
    for label, values in rows:
        print(f"  {label.replace('**', ''):<{width}}  " + "  ".join(f"{v.replace('**', ''):>22}" for v in values))


def machine_line(backends: list[Backend], workspace_cipher: str) -> str:
    versions = {b.label: b.version for b in backends}
    parts = [
        f"{os.cpu_count()} kjerner",
        f"Python {platform.python_version()}",
        f"SQLAlchemy {sqlalchemy.__version__}",
        f"uvicorn {uvicorn.__version__}",
    ]
    if "SQLite" in versions:
        parts.append(f"SQLite {versions['SQLite']}")
    parts.append(f"SQLCipher {workspace_cipher}")
    if "PostgreSQL" in versions:
        parts += [f"psycopg {psycopg.__version__}", f"PostgreSQL {versions['PostgreSQL']}"]
    parts.append(f"{platform.system()} {platform.release()} ({platform.machine()})")
    return " · ".join(parts)


def write_doc(results: dict[str, dict[str, float]], changes: int, runs: int, machine: str, skipped: str) -> None:
    rows = table_rows(results, changes)
    header = "| Hva | " + " | ".join(results) + " |\n|---|" + "---|" * len(results)
    table = "\n".join(f"| {label} | " + " | ".join(values) + " |" for label, values in rows)
    skipped_note = f"\n\n{skipped}" if skipped else ""
    section = f"""{BEGIN}
## Synkronisering: push og pull av {count(changes)} endringer over loopback

`python benchmarks/bench_sync.py` (median av {runs} kjøringer à {count(changes)} endringer per database,
{dt.date.today().isoformat()}).

**Metode.** For hver kjøring får serveren en fersk kopi av øvingskommunen (SQLite-fil i en midlertidig
mappe, eller PostgreSQL-database i en midlertidig klynge fra `tests/pgcluster.py`) og startes som egen
prosess på 127.0.0.1, slik den kjøres i drift (`python -m sync.server.cli --database URL serve`, med
e-postvarsler på). To krypterte arbeidsområder, PC A og PC B, logger inn som Kari og synkroniserer én gang.
PC A skriver så {count(changes)} lysglimt (`content.post_lysglimt`, etter tur i Karis aktive logger), hver i sin
egen lokale transaksjon. **Push** er `client.push` på PC A: serveren kjører hvert brukstilfelle på nytt i sin
egen transaksjon (200 endringer per forespørsel), og PC A lagrer svarene. **Pull** er `client.pull` på PC B,
som synkroniserte før endringene ble laget, til den er à jour. **Gulvene** måles i samme kjøring i de samme
databasene, med SQLAlchemy Core mot en hjelpetabell med lysglimts kolonner: like mange rader med én
transaksjon per rad (det push gjør per endring) og alt i én transaksjon (bulk), i serverens database med
serverens motorinnstillinger, og i PC-ens SQLCipher-fil (pull skriver en side i én transaksjon; de lokale
endringene er én transaksjon hver). Forhold = sync-tid / gulvtid for like mange rader (høyere er verre);
de regnes innen hver kjøring før medianen tas. Andelene av push- og pull-tiden er målt på klienten: tid i
HTTP-kallet (serverens arbeid, JSON og loopback) og klientens egne lesinger og skrivinger. Testklyngens
PostgreSQL kjører med `fsync=off` og `synchronous_commit=off`; SQLite-serveren og PC-ene med WAL og
`synchronous=FULL` (fsync ved hver commit). Profil: `--profile MAPPE` (cProfile på
klienten og på serverens push- og pull-behandlere).

**Maskin.** {machine}.

{header}
{table}{skipped_note}

**Hvor tiden går** (cProfile med `--profile`, 3 000 endringer, 2026-11-26; oppdater ved neste profilering).
*Push:* rundt 90 % av push-tiden er HTTP-kallet, altså serveren. Av serverens tid i push-behandleren går
om lag 55 % til å kjøre brukstilfellet på nytt, og av det er tilgangssjekken den største delen (om lag 21 %
av serverens tid: `permissions.relation` regnes to ganger per endring, i `check` og i `require`), fulgt av
oppslaget av loggen (om lag 13 %: `Stafettlogg` henter barn, enhet og stafettholder med sine joined-relasjoner).
`notify.after_change` tar om lag 8 % (den henter de nye radene før den ser om noe kall gir e-post), svaret
(`current`) 4 %, PostgreSQLs skrivelås 4 %, commit 5 % på SQLite (fsync) og 1 % på PostgreSQL (uten fsync);
resten er sparepunkt, utboks og `AppliedChange`. På PC-en tar `record_results` 6–11 % av push-tiden, mest
`replica._upsert` (én SELECT og én INSERT eller UPDATE per rad). *Pull:* PC-ens `apply_pull` tar over 80 % av
tiden, nesten alt i `replica._upsert`; serverens del er om lag 15 %.
*Rettet etter første måling:* `content.post_lysglimt` la lysglimtet til med `logg.lysglimt.append(...)`, som
først lastet hele loggens lysglimt-samling, så hver endring ble tregere enn den forrige, lokalt og på serveren
(10 000 endringer: 18 lokale og 23 push-endringer/s på SQLite); nå `ctx.session.add`. Klienten leser og
skriver en push-pakke samlet (`outgoing`, `record_results`), og serverens pull henter en sides rader med én
spørring per tabell i stedet for to per rad. Målt med 1 000 endringer, før lysglimt-rettingen: klientens
andel av push-tiden fra om lag 17 % til 6 %, pull fra om lag 900 til 1 500–1 900 rader/s (serverens andel
av pull-tiden fra 50–60 % til 15–30 %).

Maskinen er delt og støyende (±30 %): sammenlign forhold i samme kjøring, ikke absolutte tider.
{END}"""
    text_ = DOC.read_text(encoding="utf-8") if DOC.exists() else "# Benchmarks\n\nResultater fra `benchmarks/`.\n"
    if BEGIN in text_ and END in text_:
        text_ = re.sub(re.escape(BEGIN) + r".*?" + re.escape(END), lambda _m: section, text_, flags=re.DOTALL)
    else:
        text_ = text_.rstrip("\n") + "\n\n" + section + "\n"
    DOC.write_text(text_, encoding="utf-8")


# --------------------------------------------------------------------------- main


def open_backend(name: str, folder: Path) -> Backend | str:
    """The backend, or why it cannot be used here."""
    if name == "sqlite":
        return SqliteBackend(folder)
    if name == "postgresql":
        try:
            find_bindir()
            return PostgresBackend(folder)
        except (PostgresNotFound, RuntimeError, OSError) as error:
            return f"PostgreSQL er hoppet over: {error}"
    raise SystemExit(f"unknown database {name!r} (sqlite, postgresql)")


def cipher_version(backend_dir: Path) -> str:
    from desktop.store.workspace import Workspace

    ws = Workspace.create(backend_dir / "probe")
    try:
        with ws.engine.connect() as conn:
            return str(conn.execute(text("PRAGMA cipher_version")).scalar())
    finally:
        ws.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--changes", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--databases", default="sqlite,postgresql", help="comma-separated: sqlite, postgresql")
    parser.add_argument("--no-write", action="store_true", help="do not update docs/benchmarks.md")
    parser.add_argument("--profile", type=Path, default=None, help="save and print cProfile output in this folder")
    parser.add_argument("--serve-profiled", nargs=3, metavar=("URL", "PORT", "DIR"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve_profiled:
        url, port, out = args.serve_profiled
        return serve_profiled(url, int(port), Path(out))
    keyring.set_keyring(MemoryKeyring())
    if args.profile is not None:
        args.profile.mkdir(parents=True, exist_ok=True)

    top = Path(tempfile.mkdtemp(prefix="bench-sync-"))
    os.chmod(top, 0o755)  # as root, PostgreSQL's own user must reach its cluster folder in here
    results: dict[str, dict[str, float]] = {}
    opened: list[Backend] = []
    skipped = ""
    try:
        workspace_cipher = cipher_version(top)
        for name in args.databases.split(","):
            backend = open_backend(name.strip(), top / name.strip())
            if isinstance(backend, str):
                skipped = backend
                print(backend, file=sys.stderr)
                continue
            opened.append(backend)
            runs: list[Run] = []
            for i in range(args.runs):
                folder = top / f"{backend.name}-run{i + 1}"
                folder.mkdir()
                out = None
                if args.profile is not None and i == 0:
                    out = args.profile / backend.name
                    out.mkdir(exist_ok=True)
                t0 = time.perf_counter()
                runs.append(one_run(backend, args.changes, folder, out))
                r = runs[-1]
                print(
                    f"{backend.label} run {i + 1}/{args.runs} ({time.perf_counter() - t0:.0f} s): "
                    f"local {rate(r.changes, r.local):.0f}/s, push {rate(r.changes, r.push):.1f}/s, "
                    f"pull {rate(r.pulled, r.pull):.0f}/s, floors {rate(r.changes, r.floor_single):.0f} / "
                    f"{rate(r.changes, r.floor_bulk):.0f} / {rate(r.changes, r.floor_pc_single):.0f} / "
                    f"{rate(r.changes, r.floor_pc_bulk):.0f} rows/s",
                    flush=True,
                )
            results[backend.label] = summary(runs)
            if args.profile is not None:
                for prof in sorted((args.profile / backend.name).glob("*.prof")):
                    print_profile(prof)
        machine = machine_line(opened, workspace_cipher)
    finally:
        for backend in opened:
            backend.close()
        shutil.rmtree(top, ignore_errors=True)
    if not results:
        print("Ingen database kunne måles.", file=sys.stderr)
        return 1
    print_table(results, args.changes, args.runs)
    print("  " + machine)
    if not args.no_write:
        write_doc(results, args.changes, args.runs, machine, skipped)
        print(f"Skrevet til {DOC.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
