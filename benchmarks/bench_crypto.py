"""Benchmark of the encryption's cost: the core's writes and reads on SQLCipher against no key.

    .venv/bin/python benchmarks/bench_crypto.py [--rounds 5] [--writes 150] [--reads 15] [--no-write] [--quick]

Two workspaces hold the same training municipality (built with the same seed and moment):

* **encrypted**: ``Workspace.create`` as the app makes it (SQLCipher 4, a raw 256-bit key);
* **floor**: the same sqlcipher3 build, the same engine settings (WAL, ``synchronous=FULL``,
  foreign keys, in-memory temp store, the same pool and ``BEGIN`` modes), the same migrations —
  and no key, so SQLCipher stores plain SQLite pages.

In each round, each workload runs on both, in alternating order, and the ratio encrypted/floor
is taken within the round (then the median):

* **write**: ``content.post_lysglimt`` in its own ``Workspace.transaction`` (one committed,
  fsynced use case with its outbox entry: a single-row commit as the app makes them);
* **read, log**: ``snapshot(record_read=False)`` of Ella Fjellstad's log (every concern, tiltak,
  lysglimt, note, meeting and access row);
* **read, list**: «Mine logger» for Kari Nilsen (``logs_for`` and ``logg_rows``).

Each workspace starts cold (opened fresh, so SQLite's page cache is empty) and is warmed by the
first round's first batch alike. Writes the «Kryptering» section of docs/benchmarks.md
(``--no-write`` leaves it alone; ``--quick`` runs a few of each and never writes).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import sqlcipher3
from sqlalchemy import create_engine, event
from sqlalchemy.orm import Session
from sqlalchemy.pool import QueuePool

from benchmarks import common
from benchmarks.common import NOW, PASSPHRASE, median, ms, p95
from desktop.core import training
from desktop.core.context import PersonRef
from desktop.core.entities import Setting
from desktop.core.queries import logg_rows
from desktop.core.snapshot import snapshot
from desktop.core.usecases import content, logs
from desktop.store.engine import BUSY_TIMEOUT, _on_begin
from desktop.store.migrations import migrate
from desktop.store.workspace import DEVICE_ID_KEY, Workspace


def plain_engine(path: Path) -> Any:
    """An engine over an unkeyed file, otherwise exactly as ``open_engine`` makes it."""

    def connect() -> Any:
        conn = sqlcipher3.connect(str(path), check_same_thread=False, isolation_level=None, timeout=BUSY_TIMEOUT)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        return conn

    engine = create_engine(
        "sqlite+pysqlite://",
        module=sqlcipher3,
        creator=connect,
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=3,
        pool_timeout=30,
    )
    event.listen(engine, "begin", _on_begin)
    return engine


def plain_workspace(data_dir: Path) -> Workspace:
    data_dir.mkdir(parents=True)
    engine = plain_engine(data_dir / Workspace.DB_NAME)
    migrate(engine)
    device = uuid.uuid4().hex
    with Session(engine) as session, session.begin():
        session.add(Setting(key=DEVICE_ID_KEY, value=device))
    return Workspace(data_dir, uuid.uuid4().hex, device, engine)


def fill(ws: Workspace) -> tuple[PersonRef, uuid.UUID]:
    with ws.factory() as session, session.begin():
        result = training.build_training_municipality(session, device=ws.device_id, now=NOW)
    kari = next(p for p in result.people if p.navn == "Kari Nilsen")
    return kari.ref, result.logs["Ella Fjellstad"]


def bench(rounds: int, writes: int, reads: int) -> dict[str, Any]:
    scratch = Path(tempfile.mkdtemp(prefix="bench-crypto-"))
    made = {
        "enc": Workspace.create(scratch / "enc", passphrase=PASSPHRASE),
        "plain": plain_workspace(scratch / "plain"),
    }
    who: dict[str, tuple[PersonRef, uuid.UUID]] = {}
    for name, ws in made.items():
        who[name] = fill(ws)
        ws.close()  # cold: the timed rounds start with an empty page cache
    spaces = {"enc": Workspace.open(scratch / "enc", passphrase=PASSPHRASE)}
    plain = made["plain"]
    spaces["plain"] = Workspace(plain.data_dir, plain.id, plain.device_id, plain_engine(plain.db_path))
    sizes = {name: (ws.db_path.stat().st_size / 2**20) for name, ws in spaces.items()}
    header = {name: ws.db_path.read_bytes()[:16] for name, ws in spaces.items()}
    assert header["plain"] == b"SQLite format 3\0" and header["enc"] != header["plain"], header
    clock = [NOW]

    def now() -> dt.datetime:
        clock[0] += dt.timedelta(seconds=1)
        return clock[0]

    def write(name: str) -> None:
        ref, logg = who[name]
        with spaces[name].transaction(ref, clock=now) as ctx:
            content.post_lysglimt(ctx, logg, "Ella spiste selv i dag og viste stolt fram tallerkenen.")

    def read_log(name: str) -> None:
        ref, logg = who[name]
        with spaces[name].transaction(ref, clock=now) as ctx:
            snapshot(ctx, logg, record_read=False)

    def read_list(name: str) -> None:
        ref, _logg = who[name]
        with spaces[name].transaction(ref, clock=now) as ctx:
            logg_rows(ctx.session, logs.logs_for(ctx), ref.id)

    workloads: dict[str, tuple[Callable[[str], None], int]] = {
        "write": (write, writes),
        "read_log": (read_log, reads),
        "read_list": (read_list, reads),
    }
    per_op: dict[tuple[str, str], list[float]] = {}
    ratios: dict[str, list[float]] = {k: [] for k in workloads}
    for r in range(rounds):
        for key, (work, count) in workloads.items():
            batch: dict[str, float] = {}
            for name in ("enc", "plain") if r % 2 == 0 else ("plain", "enc"):
                times = []
                for _ in range(count):
                    t0 = time.perf_counter()
                    work(name)
                    times.append(time.perf_counter() - t0)
                per_op.setdefault((key, name), []).extend(ms(t) for t in times)
                batch[name] = sum(times)
            ratios[key].append(batch["enc"] / batch["plain"])
    for ws in spaces.values():
        ws.close()
    return {"per_op": per_op, "ratios": ratios, "sizes": sizes, "counts": (rounds, writes, reads)}


def report(r: dict[str, Any], m: dict[str, str]) -> str:
    per_op, ratios, sizes = r["per_op"], r["ratios"], r["sizes"]
    rounds, writes, reads = r["counts"]
    targets = {"write": 2.0, "read_log": 1.3, "read_list": 1.3}
    labels = {
        "write": f"**Skriving**: `post_lysglimt`, én commit per brukstilfelle ({writes} per runde)",
        "read_log": f"**Lesing**: `snapshot()` av Ellas logg ({reads} per runde)",
        "read_list": f"**Lesing**: «Mine logger» for Kari (`logs_for` + `logg_rows`, {reads} per runde)",
    }
    rows = []
    for key, label in labels.items():
        enc, plain = per_op[(key, "enc")], per_op[(key, "plain")]
        ratio = median(ratios[key])
        ok = ratio <= targets[key]
        rows.append(
            f"| {label} | {median(enc):.1f} / {p95(enc):.1f} ms | {median(plain):.1f} / {p95(plain):.1f} ms | "
            f"**{ratio:.2f}×** | ≤ {targets[key]:.1f}×: {common.verdict(ok)} |"
        )
    table = "\n".join(rows)
    return f"""
## Kryptering: SQLCipher mot samme SQLite-bygg uten nøkkel

`nice -n 10 .venv/bin/python benchmarks/bench_crypto.py` ({rounds} runder, {dt.date.today().isoformat()}).

**Metode.** To arbeidsområder med den samme øvingskommunen (samme frø og tidspunkt): det krypterte slik appen
lager det (`Workspace.create`, SQLCipher 4 med rå 256-biters nøkkel), og **gulvet**: samme sqlcipher3-bygg,
samme motorinnstillinger (WAL, `synchronous=FULL`, fremmednøkler, temp i minnet, samme pool og
`BEGIN`-modi) og samme migreringer — uten nøkkel, så filen er vanlige SQLite-sider. Begge åpnes på nytt før
målingene (tom sidebuffer). I hver runde kjøres hver arbeidsmengde på begge, i vekslende rekkefølge, og
forholdet kryptert/gulv regnes innen runden før medianen tas. Skriving er brukstilfellet
`content.post_lysglimt` i sin egen `Workspace.transaction` (med utboksrad, fsync ved commit); lesing er
øyeblikksbildet av en hel logg og listen «Mine logger». Filene er {sizes["enc"]:.1f} MB (kryptert) og
{sizes["plain"]:.1f} MB.

{common.machine_line(m)}

| Arbeidsmengde | Kryptert (median / p95 per operasjon) | Gulv uten nøkkel | Forhold | Mål |
|---|---|---|---|---|
{table}

Maskinen er delt og støyende (±30 %): sammenlign forhold i samme kjøring, ikke absolutte tider.
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--writes", type=int, default=150)
    parser.add_argument("--reads", type=int, default=15)
    parser.add_argument("--no-write", action="store_true", help="do not update docs/benchmarks.md")
    parser.add_argument("--quick", action="store_true", help="a few of each, nothing written")
    args = parser.parse_args()
    if args.quick:
        args.rounds, args.writes, args.reads, args.no_write = 1, 3, 1, True
    result = bench(args.rounds, args.writes, args.reads)
    section = report(result, common.machine())
    print(section)
    if not args.no_write:
        common.write_section("bench_crypto", section)
        print(f"Skrevet til {common.DOC.relative_to(common.ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
