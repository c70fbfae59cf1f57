"""Benchmark of a large log: opening it to first paint, and its PDF, each against its floor.

    .venv/bin/python benchmarks/bench_largelog.py [--runs 5] [--no-write] [--quick]

The log (``common.large_log_workspace``: Ella Fjellstad's training log grown to 50 concerns, 500+
tiltak and 1,000+ lysglimt through the use cases, with every change's history) is generated once
into the cache folder. Signed in as Kari Nilsen (the holder), on the offscreen Qt platform:

* **open**: a ``LogView`` as the main window makes it (the page in view built; the others are built
  and filled when first shown), from its creation to the log painted: the snapshot on the database
  worker (with its audit entry), the page in view filled, and a synchronous repaint of the view at
  1366×768. Also until every background load has answered, and then the first switch to the
  lysglimt page (built and filled then) until it is painted.
  The floor: the raw SQL queries for the same rows (the log, child, guardians, unit, holder,
  concerns, goals, tiltak, evaluations, lysglimt, notes, meetings, access, transfers, consents)
  on a keyed sqlcipher3 connection of the same workspace, every row fetched.
* **pdf**: ``reports.logg.gather`` (the snapshot, diagrams and history, audited) and
  ``build_logg_pdf``; pages counted in the file. The floor: a plain reportlab document
  (``SimpleDocTemplate``, one ``Paragraph`` per text) of the same texts.

Writes the «Stor logg» section of docs/benchmarks.md (``--no-write`` leaves it alone;
``--quick`` makes a small log, runs once and never writes).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import io
import os
import re
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import common
from benchmarks.common import NOW, PASSPHRASE, median, ms, p95
from desktop.core.context import PersonRef
from desktop.core.entities import (
    Ansatt,
    Barn,
    Enhet,
    Evaluering,
    Foresatt,
    Lesetilgang,
    Lysglimt,
    Mal,
    Mote,
    Notat,
    Oppmerksomhet,
    Overforing,
    PersonKind,
    Samtykke,
    Stafettlogg,
    Tiltak,
)
from desktop.core.snapshot import snapshot
from desktop.models.backend import Backend
from desktop.models.collector import GuiThreadCollector
from desktop.models.operations import Operations
from desktop.reports import logg as logg_report
from desktop.store.workspace import Workspace

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from desktop.views.logview import LogView, LysglimtPage
from desktop.views.mainwindow import extra_pages


def wait_until(done: Any, timeout: float = 120.0) -> None:
    loop = QEventLoop()
    deadline = time.perf_counter() + timeout

    def check() -> None:
        if done() or time.perf_counter() > deadline:
            loop.quit()
        else:
            QTimer.singleShot(1, check)

    QTimer.singleShot(0, check)
    loop.exec()


def raw_queries(logg: uuid.UUID) -> list[str]:
    """The SQL for every row the opened log shows (one ``?``: the log's id as stored)."""
    t = {e: e.__tablename__ for e in (Stafettlogg, Barn, Foresatt, Enhet, Ansatt, Oppmerksomhet, Mal, Tiltak)}
    concerns = f"SELECT id FROM {t[Oppmerksomhet]} WHERE logg_id = ?"
    return [
        f"SELECT * FROM {t[Stafettlogg]} WHERE id = ?",
        f"SELECT * FROM {t[Barn]} WHERE id = (SELECT barn_id FROM {t[Stafettlogg]} WHERE id = ?)",
        f"SELECT * FROM {t[Foresatt]} WHERE barn_id = (SELECT barn_id FROM {t[Stafettlogg]} WHERE id = ?)",
        f"SELECT * FROM {t[Enhet]} WHERE id = (SELECT enhet_id FROM {t[Stafettlogg]} WHERE id = ?)",
        f"SELECT * FROM {t[Ansatt]} WHERE id = (SELECT stafettholder_id FROM {t[Stafettlogg]} WHERE id = ?)",
        f"SELECT * FROM {t[Oppmerksomhet]} WHERE logg_id = ?",
        f"SELECT * FROM {t[Mal]} WHERE oppmerksomhet_id IN ({concerns})",
        f"SELECT * FROM {t[Tiltak]} WHERE oppmerksomhet_id IN ({concerns})",
        f"SELECT * FROM {Evaluering.__tablename__} WHERE tiltak_id IN "
        f"(SELECT id FROM {t[Tiltak]} WHERE oppmerksomhet_id IN ({concerns}))",
        f"SELECT * FROM {t[Ansatt]} WHERE id IN (SELECT ansvarlig_id FROM {t[Tiltak]} WHERE oppmerksomhet_id IN "
        f"({concerns}))",
        *(
            f"SELECT * FROM {e.__tablename__} WHERE logg_id = ?"
            for e in (Lysglimt, Notat, Mote, Lesetilgang, Overforing, Samtykke)
        ),
    ]


def texts(obj: Any) -> list[str]:
    """Every text in the export's data, in order (for the plain reportlab floor)."""
    if isinstance(obj, str):
        return [obj] if obj.strip() else []
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return [s for f in dataclasses.fields(obj) for s in texts(getattr(obj, f.name))]
    if isinstance(obj, (list, tuple)):
        return [s for item in obj for s in texts(item)]
    if isinstance(obj, dict):
        return [s for item in obj.values() for s in texts(item)]
    return []


def plain_pdf(paragraphs: list[str]) -> tuple[bytes, int]:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4)
    style = getSampleStyleSheet()["Normal"]
    doc.build([Paragraph(escape(p), style) for p in paragraphs])
    return out.getvalue(), doc.page


def pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))


def bench(runs: int, sizes: dict[str, int]) -> dict[str, Any]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    source, meta = common.large_log_workspace(sizes)
    folder = common.copy_workspace(source, Path(tempfile.mkdtemp(prefix="bench-largelog-")) / "ws")
    ws = Workspace.open(folder, passphrase=PASSPHRASE)
    kind, kari = meta["people"]["Kari Nilsen"]
    who = PersonRef(PersonKind(kind), uuid.UUID(kari))
    logg = uuid.UUID(meta["logg"])
    ops = Operations()
    backend = Backend(ops, ws.transaction, who, clock=lambda: NOW)
    samples: dict[str, list[float]] = {}

    def add(name: str, value: float) -> None:
        samples.setdefault(name, []).append(value)

    queries = raw_queries(logg)
    rows = 0
    for _ in range(runs):
        raw = ws.engine.raw_connection()
        try:
            t0 = time.perf_counter()
            cursor = raw.cursor()
            rows = 0
            for sql in queries:
                rows += len(cursor.execute(sql, [logg.hex] * sql.count("?")).fetchall())
            add("floor_open", ms(time.perf_counter() - t0))
        finally:
            raw.close()
        t0 = time.perf_counter()
        with ws.transaction(who, clock=lambda: NOW) as ctx:
            snap = snapshot(ctx, logg, record_read=False)
        add("snapshot", ms(time.perf_counter() - t0))

        t0 = time.perf_counter()
        view = LogView(backend, logg, extra_pages=extra_pages(backend))
        view.resize(1366, 768)
        view.show()
        wait_until(lambda v=view: v.snap is not None)
        view.repaint()
        add("open", ms(time.perf_counter() - t0))
        wait_until(lambda: not ops.busy)
        app.processEvents()
        add("open_all", ms(time.perf_counter() - t0))
        t0 = time.perf_counter()
        view.show_page(LysglimtPage)
        view.repaint()
        add("lysglimt_page", ms(time.perf_counter() - t0))
        view.close()
        view.deleteLater()
        app.processEvents()
    assert snap.oppmerksomheter and snap.lysglimt

    pdf = b""
    plain = b""
    plain_pages = 0
    for _ in range(max(1, runs // 2)):
        t0 = time.perf_counter()
        with ws.transaction(who, clock=lambda: NOW) as ctx:
            data = logg_report.gather(ctx, logg, logg_report.EksportValg())
        t1 = time.perf_counter()
        pdf = logg_report.build_logg_pdf(data)
        t2 = time.perf_counter()
        add("gather", ms(t1 - t0))
        add("pdf", ms(t2 - t1))
        add("pdf_total", ms(t2 - t0))
        paragraphs = texts(data.snap) + texts(data.historikk or [])
        t0 = time.perf_counter()
        plain, plain_pages = plain_pdf(paragraphs)
        add("floor_pdf", ms(time.perf_counter() - t0))
    ops.shutdown()
    ws.close()
    return {
        "samples": samples,
        "meta": meta,
        "rows": rows,
        "pages": pages(pdf),
        "pdf_kb": len(pdf) / 1024,
        "plain_pages": plain_pages,
        "plain_kb": len(plain) / 1024,
        "paragraphs": len(paragraphs),
        "history": len(data.historikk or []),
    }


def report(r: dict[str, Any], runs: int, m: dict[str, str]) -> str:
    s = r["samples"]
    meta = r["meta"]
    counts = meta["counts"]
    ratio_open = median(s["open"]) / median(s["floor_open"])
    ratio_pdf = median(s["pdf_total"]) / median(s["floor_pdf"])

    def row(label: str, key: str, extra: str = "") -> str:
        return f"| {label} | {median(s[key]):.0f} ms | {p95(s[key]):.0f} ms | {extra} |"

    table = "\n".join(
        [
            row(
                "**Åpne loggen til første tegning** (snapshot på databasetråden, siden som vises fylt, tegnet)",
                "open",
                f"**{ratio_open:.0f}× gulvet**; mål < 100 ms: {common.verdict(median(s['open']) < 100)}",
            ),
            row("— av det: `snapshot()` alene (kjernen, SQLCipher)", "snapshot"),
            row("— til alle bakgrunnslastinger har svart", "open_all"),
            row(
                f"Deretter: bytte til Lysglimt første gang (siden bygges, {common.num(counts['lysglimt'])} "
                "lysglimt fylles), tegnet",
                "lysglimt_page",
            ),
            row(f"Gulv: rå SQL for de samme radene ({common.num(r['rows'])} rader, sqlcipher3)", "floor_open", "1×"),
            row(
                f"**PDF** (`gather` + `build_logg_pdf`): {r['pages']} sider, {r['pdf_kb']:.0f} kB",
                "pdf_total",
                f"**{ratio_pdf:.1f}× gulvet**",
            ),
            row("— av det: `gather` (snapshot, diagrammer, historikk, revisjonslogg)", "gather"),
            row("— av det: `build_logg_pdf` (reportlab)", "pdf"),
            row(
                f"Gulv: enkel reportlab-PDF av de samme {common.num(r['paragraphs'])} tekstene "
                f"({r['plain_pages']} sider, {r['plain_kb']:.0f} kB)",
                "floor_pdf",
                "1×",
            ),
        ]
    )
    return f"""
## Stor logg: åpne til første tegning, og PDF

`nice -n 10 .venv/bin/python benchmarks/bench_largelog.py` ({runs} åpninger, {max(1, runs // 2)} PDF-er,
{dt.date.today().isoformat()}).

**Metode.** Ella Fjellstads logg i øvingskommunen vokser gjennom brukstilfellene til {counts["oppmerksomheter"]}
oppmerksomheter (hver med mål), {counts["tiltak"]} tiltak (tjeneste, hjem og barn; en tiltakstrapp av planlagte
trinn etter det første, som er evaluert) og {counts["lysglimt"]} lysglimt, med hele historikken
({common.num(meta["history"])} endringer i utboksen); generert én gang på {meta["generated_seconds"]:.0f} s
(`benchmarks/common.py`, `large_log_workspace`). Innlogget som Kari Nilsen (stafettholder), Qt-plattform
`offscreen`. **Åpne**: et `LogView` slik hovedvinduet lager det, fra det lages til øyeblikksbildet er hentet
på databasetråden (med revisjonsoppføringen), siden som vises (Oppmerksomheter) er bygget og fylt og
visningen er tegnet synkront i 1366×768. De sju andre sidene bygges og fylles først når de vises; hva det
koster, står i raden for Lysglimt-siden. **Gulvet** er rå SQL for de samme radene (loggen, barnet, foresatte, enheten,
stafettholderen, oppmerksomheter, mål, tiltak, evalueringer, ansvarlige, lysglimt, notater, møter, tilganger,
overføringer, samtykker) på en nøklet sqlcipher3-forbindelse til samme fil, alle rader hentet. **PDF**:
`reports.logg.gather` og `build_logg_pdf`, sidene talt i filen; gulvet er et enkelt reportlab-dokument
(`SimpleDocTemplate`, ett `Paragraph` per tekst) med de samme tekstene.

{common.machine_line(m)}

| Hva | Median | p95 | Forhold / mål |
|---|---|---|---|
{table}

Maskinen er delt og støyende (±30 %): sammenlign forhold i samme kjøring, ikke absolutte tider.
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-write", action="store_true", help="do not update docs/benchmarks.md")
    parser.add_argument("--quick", action="store_true", help="a small log, one run, nothing written")
    args = parser.parse_args()
    sizes = common.LARGE
    if args.quick:
        args.runs, args.no_write = 1, True
        sizes = {"oppmerksomheter": 6, "tiltak": 24, "lysglimt": 30}
    app = QApplication(sys.argv[:1])
    collector = GuiThreadCollector(app)
    result = bench(args.runs, sizes)
    section = report(result, args.runs, common.machine())
    print(section)
    if not args.no_write:
        common.write_section("bench_largelog", section)
        print(f"Skrevet til {common.DOC.relative_to(common.ROOT)}")
    collector.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
