"""Benchmark of «Mine logger» over a workspace of 20,000 logs: load, filter as you type, scroll, memory.

    .venv/bin/python benchmarks/bench_logglist.py [--logs 20000] [--rounds 3] [--no-write] [--quick]

The workspace (the training municipality plus ``--logs`` generated logs held by Kari Nilsen; see
``common.logs_workspace``) is generated once into the cache folder; the generation time is printed
and documented. In one process on the offscreen Qt platform, as the app wires it (a real
``MainWindow``, a ``Backend`` on the database worker, signed in as Kari):

* **load**: from making the main window to the list holding every row (the query on the worker,
  the model, the first layout and paint);
* **filter**: each keystroke into «Filtrer loggene» (``QTest.keyClick``), timed from the key event
  to the view repainted (``processEvents()`` delivers the update Qt schedules); typed queries are
  surnames, first names, a unit and a status, typed letter by letter and erased with Backspace.
  The floor, in the same run: a Python scan of the same rows' texts for the same strings;
* **scroll**: PageDown from the first row to the last, each press timed to the repaint (the
  longest is the worst frame, a «stall» is a frame over 50 ms);
* **memory**: resident memory (VmRSS) of the process with the list shown, and before the
  window was made (Python, Qt, SQLAlchemy and the open workspace).

Writes the «Mine logger med 20 000 logger» section of docs/benchmarks.md (``--no-write`` leaves
it alone; ``--quick`` runs 300 logs and one round, and never writes).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import common
from benchmarks.common import NOW, PASSPHRASE, median, ms, p95
from desktop.app import WorkspaceLocker
from desktop.core.context import PersonRef
from desktop.core.entities import PersonKind
from desktop.models.backend import Backend
from desktop.models.collector import GuiThreadCollector
from desktop.models.operations import Operations
from desktop.store.workspace import Workspace

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop.views.mainwindow import MainWindow

QUERIES = ["hansen", "nguyen", "ella", "emil ha", "lie", "passiv", "kari", "xyz"]
STALL_MS = 50.0


def wait_until(done: object, timeout: float = 120.0) -> None:
    loop = QEventLoop()
    deadline = time.perf_counter() + timeout

    def check() -> None:
        if done() or time.perf_counter() > deadline:  # type: ignore[operator]
            loop.quit()
        else:
            QTimer.singleShot(1, check)

    QTimer.singleShot(0, check)
    loop.exec()


def bench(count: int, rounds: int) -> dict[str, object]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    source, meta = common.logs_workspace(count)
    folder = common.copy_workspace(source, Path(tempfile.mkdtemp(prefix="bench-logglist-")) / "ws")
    ws = Workspace.open(folder, passphrase=PASSPHRASE)
    kind, kari = meta["people"]["Kari Nilsen"]
    ops = Operations()
    backend = Backend(ops, ws.transaction, PersonRef(PersonKind(kind), uuid.UUID(kari)), clock=lambda: NOW)
    locker = WorkspaceLocker(ws)
    rss_before = common.rss_mb()

    t0 = time.perf_counter()
    window = MainWindow(backend=backend, locker=locker, who_text="Kari Nilsen", may_create=True)
    window.resize(1366, 768)
    window.show()
    page = window.list_page
    wait_until(lambda: page.model.rowCount() > 0 and not ops.busy)
    page.table.viewport().repaint()
    load = ms(time.perf_counter() - t0)
    rows = page.model.rowCount()
    rss_shown = common.rss_mb()

    # The floor: the same rows' texts scanned for the same strings in plain Python.
    model = page.model
    texts = [
        " ".join(str(model.data(model.index(r, c))) for c in range(model.columnCount())).casefold() for r in range(rows)
    ]
    keys: list[float] = []
    floor: list[float] = []
    shown: list[int] = []
    page.filter.setFocus()
    for _ in range(rounds):
        for query in QUERIES:
            typed = ""
            for ch in query:
                typed += ch
                t0 = time.perf_counter()
                QTest.keyClick(page.filter, ch)
                app.processEvents()
                keys.append(ms(time.perf_counter() - t0))
                t0 = time.perf_counter()
                _hits = [t for t in texts if typed in t]
                floor.append(ms(time.perf_counter() - t0))
                shown.append(page.model.rowCount())
            for _ch in query:
                t0 = time.perf_counter()
                QTest.keyClick(page.filter, Qt.Key.Key_Backspace)
                app.processEvents()
                keys.append(ms(time.perf_counter() - t0))
    assert page.filter.text() == "" and page.model.rowCount() == rows

    frames: list[float] = []
    table = page.table
    table.setFocus()
    QTest.keyClick(table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    app.processEvents()
    bar = table.verticalScrollBar()
    while bar.value() < bar.maximum():
        t0 = time.perf_counter()
        QTest.keyClick(table, Qt.Key.Key_PageDown)
        app.processEvents()
        frames.append(ms(time.perf_counter() - t0))
    rss_end = common.rss_mb()
    window.close()
    ops.shutdown()
    locker.close()
    return {
        "rows": rows,
        "meta": meta,
        "load": load,
        "keys": keys,
        "floor": floor,
        "frames": frames,
        "rss_before": rss_before,
        "rss_shown": rss_shown,
        "rss_end": rss_end,
        "shown_min": min(shown),
    }


def report(r: dict[str, object], rounds: int, m: dict[str, str]) -> str:
    keys, floor, frames = r["keys"], r["floor"], r["frames"]
    assert isinstance(keys, list) and isinstance(floor, list) and isinstance(frames, list)
    meta = r["meta"]
    assert isinstance(meta, dict)
    stalls = sum(1 for f in frames if f > STALL_MS)
    ok_filter = median(keys) <= 16
    ok_rss = float(r["rss_shown"]) < 300  # type: ignore[arg-type]
    ok_scroll = stalls == 0
    rows = [
        ("Laste listen: vinduet lages → alle rader vist og tegnet", f"{r['load']:.0f} ms", "", "", ""),
        (
            f"Filtrere mens du skriver: tastetrykk → visningen tegnet ({len(keys)} tastetrykk)",
            f"{median(keys):.1f} ms",
            f"{p95(keys):.1f} ms",
            f"{median(keys) / max(median(floor), 1e-6):.0f}×",
            f"median ≤ 16 ms: {verdict_short(ok_filter)}",
        ),
        (
            "— gulv: Python-søk i radenes tekst for samme streng",
            f"{median(floor):.2f} ms",
            f"{p95(floor):.2f} ms",
            "1×",
            "",
        ),
        (
            f"Bla med PageDown fra topp til bunn ({len(frames)} sider)",
            f"{median(frames):.1f} ms",
            f"{p95(frames):.1f} ms",
            "",
            f"verste {max(frames):.1f} ms, {stalls} over {STALL_MS:.0f} ms: {verdict_short(ok_scroll)}",
        ),
        (
            "Minne (RSS) med listen vist",
            f"{r['rss_shown']:.0f} MB",
            "",
            "",
            f"< 300 MB: {verdict_short(ok_rss)}",
        ),
        ("— før vinduet ble laget (Python, Qt, arbeidsområdet åpnet)", f"{r['rss_before']:.0f} MB", "", "", ""),
        ("— etter filtrering og blaing", f"{r['rss_end']:.0f} MB", "", "", ""),
    ]
    table = "\n".join(f"| {a} | {b} | {c} | {d} | {e} |" for a, b, c, d, e in rows)
    import datetime as dt

    return f"""
## «Mine logger» med {common.num(r["rows"])} logger: laste, filtrere mens du skriver, bla, minne

`nice -n 10 .venv/bin/python benchmarks/bench_logglist.py` ({rounds} runder med søk, {dt.date.today().isoformat()}).

**Metode.** Øvingskommunen pluss {common.num(meta["count"])} genererte logger der Kari Nilsen er stafettholder
(barn med to foresatte, signert samtykke, 1–3 oppmerksomheter med 1–4 tiltak hver, 30 % av tiltakene
evaluert, 0–12 lysglimt, startsidetekster på 25–60 ord; `benchmarks/common.py`, `logs_workspace`).
Generert én gang inn i en mellomlagringsmappe på {meta["generated_seconds"]:.0f} s; den krypterte filen er
{meta["size_mb"]:.0f} MB. Appens eget `MainWindow` (1366×768) med en `Backend` på databasetråden, innlogget
som Kari. Et tastetrykk er `QTest.keyClick` i «Filtrer loggene» fulgt av `processEvents()`, som leverer
oppdateringen Qt har planlagt og tegner visningen; søkene ({", ".join(QUERIES)}) skrives bokstav for
bokstav og slettes med Backspace. Gulvet er et rent Python-søk etter samme streng i radenes tekst. Blaing
er PageDown i tabellen fra første til siste rad, hvert trykk til tegnet. RSS er `VmRSS` fra
`/proc/self/status`.

{common.machine_line(m)}

| Hva | Median | p95 | Forhold til gulv | Mål |
|---|---|---|---|---|
{table}

Maskinen er delt og støyende (±30 %): sammenlign forhold i samme kjøring, ikke absolutte tider.
"""


def verdict_short(ok: bool) -> str:
    return "innenfor" if ok else "**bommer**"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--logs", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--no-write", action="store_true", help="do not update docs/benchmarks.md")
    parser.add_argument("--quick", action="store_true", help="300 logs, one round, nothing written")
    args = parser.parse_args()
    if args.quick:
        args.logs, args.rounds, args.no_write = 300, 1, True
    app = QApplication(sys.argv[:1])
    QCoreApplication.setApplicationName("Stafettlogg")
    collector = GuiThreadCollector(app)
    result = bench(args.logs, args.rounds)
    m = common.machine()
    section = report(result, args.rounds, m)
    print(section)
    if not args.no_write:
        common.write_section("bench_logglist", section)
        print(f"Skrevet til {common.DOC.relative_to(common.ROOT)}")
    collector.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
