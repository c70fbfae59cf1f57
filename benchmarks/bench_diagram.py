"""Benchmark of the factor diagram editor: a diagram of 200 factors and 400 links.

    .venv/bin/python benchmarks/bench_diagram.py [--runs 7] [--no-write] [--screenshots]

Builds the training municipality in a temporary encrypted workspace, adds 200 factors and 400
links to Ella Fjellstad's first concern through the use cases (with outbox rows, as the app
would), and times, on the offscreen Qt platform:

* reading the diagram on the database worker (``load_diagram``);
* opening the editor until it is loaded and painted;
* building the scene alone, and a full repaint of the fitted view (cold and warm);
* a mouse drag of one factor and of 50 selected factors: each mouse-move frame (event plus the
  repaint Qt schedules), and from the release to the repainted view (undo command, graph, scene);
* undo of the 50-factor move, and the background save of that move;
* rendering the whole diagram to PNG and SVG.

Prints the medians and writes them to the «Faktordiagram» section of docs/benchmarks.md
(``--no-write`` leaves the file alone). ``--screenshots`` also saves the editor with the
training diagram at 1366×768 and 1920×1080 to docs/screenshots/diagram-*.png.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import random
import re
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import keyring  # noqa: E402
from sqlalchemy import select  # noqa: E402

from desktop.core import training  # noqa: E402
from desktop.core.entities import FaktorOmrade, FaktorSted, Oppmerksomhet  # noqa: E402
from desktop.core.usecases import diagram  # noqa: E402
from desktop.models.backend import Backend  # noqa: E402
from desktop.models.collector import GuiThreadCollector  # noqa: E402
from desktop.models.operations import Operations  # noqa: E402
from desktop.store.keys import MemoryKeyring  # noqa: E402
from desktop.store.workspace import Workspace  # noqa: E402

import PySide6  # noqa: E402
from PySide6.QtCore import QEventLoop, QPointF, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

NOW = dt.datetime(2026, 11, 26, 8, 0, tzinfo=dt.UTC)
NODES, LINKS = 200, 400
DOC = ROOT / "docs" / "benchmarks.md"
SHOTS = ROOT / "docs" / "screenshots"
BEGIN, END = "<!-- bench_diagram:begin -->", "<!-- bench_diagram:end -->"


def wait_idle(ops: Operations, loaded: Callable[[], bool] = lambda: True) -> None:
    loop = QEventLoop()

    def check() -> None:
        if ops.busy or not loaded():
            QTimer.singleShot(1, check)
        else:
            loop.quit()

    QTimer.singleShot(0, check)
    loop.exec()


def ms(seconds: float) -> float:
    return seconds * 1000


def fill(ws: Workspace, who: object, oid: uuid.UUID, rng: random.Random) -> None:
    from desktop.views.diagram import template

    omrader = list(FaktorOmrade)
    with ws.transaction(who) as ctx:  # type: ignore[arg-type]
        ids: list[uuid.UUID] = []
        for i in range(NODES):
            omrade = omrader[i % len(omrader)]
            rect = template.REGIONS[omrade]
            x = rng.uniform(rect.left() + 100, rect.right() - 100)
            y = rng.uniform(rect.top() + 80, rect.bottom() - 50)
            changes = diagram.add_faktor(
                ctx,
                oid,
                omrade=omrade,
                tekst=f"Faktor {i + 1}: " + " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 14))),
                x=round(x / 20) * 20,
                y=round(y / 20) * 20,
                prioritet=rng.choice([0, 0, 0, 1, 2, 3]),
                sted=rng.choice([None, *FaktorSted]),
            )
            assert changes.created is not None
            ids.append(changes.created)
        pairs: set[frozenset[uuid.UUID | None]] = set()
        while len(pairs) < LINKS - 5:  # Ella's concern has 5 links already
            a = rng.choice(ids)
            b: uuid.UUID | None = None if rng.random() < 0.1 else rng.choice(ids)
            if a == b or frozenset({a, b}) in pairs:
                continue
            pairs.add(frozenset({a, b}))
            diagram.add_kobling(ctx, oid, a, b)


WORDS = [
    "barnet",
    "venter",
    "voksne",
    "lunsjen",
    "travel",
    "hjemme",
    "skjeen",
    "vanskelig",
    "mater",
    "fortere",
    "venner",
    "leken",
    "alene",
    "overganger",
    "rutiner",
    "regler",
    "trygg",
    "utrygg",
    "mestring",
    "hjelp",
    "samarbeid",
    "tjenesten",
    "dagsrytme",
]


def median(values: list[float]) -> float:
    return statistics.median(values)


def drag(app: QApplication, editor: object, item: object, delta: QPointF, steps: int = 12) -> tuple[float, float]:
    """(median frame ms during the drag, ms from release to repainted)."""
    view = editor.view  # type: ignore[attr-defined]
    vp = view.viewport()
    start = item.pos()  # type: ignore[attr-defined]
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, view.mapFromScene(start))
    app.processEvents()
    frames = []
    for i in range(1, steps + 1):
        pos = view.mapFromScene(start + delta * (i / steps))
        t0 = time.perf_counter()
        QTest.mouseMove(vp, pos)
        app.processEvents()  # the repaint Qt scheduled for the moved items and links
        frames.append(time.perf_counter() - t0)
    end = view.mapFromScene(start + delta)
    t0 = time.perf_counter()
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    app.processEvents()  # the command, graph, scene, panel, and the repaint Qt scheduled
    return ms(median(frames)), ms(time.perf_counter() - t0)


def bench(runs: int) -> tuple[list[tuple[str, float, str]], dict[str, str]]:
    from desktop.core.usecases.diagram import load_diagram
    from desktop.models.diagram import DiagramGraph

    from desktop.views.diagram import DiagramEditor, render_diagram_png, render_diagram_svg
    from desktop.views.diagram.scene import DiagramScene

    app = QApplication.instance() or QApplication(sys.argv[:1])
    rng = random.Random(7)
    ws = Workspace.create(Path(tempfile.mkdtemp(prefix="bench-diagram-")) / "ws")
    with ws.factory() as session, session.begin():
        result = training.build_training_municipality(session, device=ws.device_id, now=NOW)
    kari = next(p for p in result.people if p.navn == "Kari Nilsen")
    logg = result.logs["Ella Fjellstad"]
    with ws.session() as s:
        oid = s.scalar(select(Oppmerksomhet.id).where(Oppmerksomhet.logg_id == logg).order_by(Oppmerksomhet.rekkefolge))
    assert oid is not None
    fill(ws, kari.ref, oid, rng)
    ops = Operations()
    backend = Backend(ops, ws.transaction, kari.ref, clock=lambda: NOW)

    rows: list[tuple[str, float, str]] = []
    samples: dict[str, list[float]] = {}

    def add(name: str, value: float) -> None:
        samples.setdefault(name, []).append(value)

    data = None
    for _ in range(runs):
        t0 = time.perf_counter()
        with ws.transaction(kari.ref) as ctx:
            data = load_diagram(ctx, oid)
        add("load", ms(time.perf_counter() - t0))
    assert data is not None and len(data.faktorer) == NODES + 5 and len(data.koblinger) == LINKS

    for _ in range(runs):
        graph = DiagramGraph()
        graph.set_data(data)
        t0 = time.perf_counter()
        scene = DiagramScene(graph)
        add("scene", ms(time.perf_counter() - t0))
        scene.detach()
        scene.clear()

    for run in range(runs):
        t0 = time.perf_counter()
        editor = DiagramEditor(backend, logg, oid)
        editor.resize(1366, 768)
        editor.show()
        wait_idle(ops, lambda e=editor: e.document.is_loaded)
        editor.view.viewport().repaint()
        add("open", ms(time.perf_counter() - t0))
        vp = editor.view.viewport()
        t0 = time.perf_counter()
        editor.view.fit()
        vp.repaint()
        add("fit", ms(time.perf_counter() - t0))
        t0 = time.perf_counter()
        vp.repaint()
        add("repaint", ms(time.perf_counter() - t0))

        items = list(editor.scene.nodes.values())
        one = max(items, key=lambda i: len(editor.graph.links_of(i.faktor_id)))
        editor.scene.clearSelection()
        frame, release = drag(app, editor, one, QPointF(60 + run, 40))
        add("drag1_frame", frame)
        add("drag1_release", release)
        wait_idle(ops)

        editor.scene.clearSelection()
        chosen = rng.sample(items, 50)
        for item in chosen:
            item.setSelected(True)
        t_save = time.perf_counter()
        frame, release = drag(app, editor, chosen[0], QPointF(-40, 60 + run))
        add("drag50_frame", frame)
        add("drag50_release", release)
        wait_idle(ops)
        add("save50", ms(time.perf_counter() - t_save))
        t0 = time.perf_counter()
        editor.stack.undo()
        app.processEvents()
        add("undo50", ms(time.perf_counter() - t0))
        wait_idle(ops)
        editor.close()
        editor.deleteLater()
        app.processEvents()

    for _ in range(runs):
        t0 = time.perf_counter()
        png = render_diagram_png(data)
        add("png", ms(time.perf_counter() - t0))
        t0 = time.perf_counter()
        svg = render_diagram_svg(data)
        add("svg", ms(time.perf_counter() - t0))
    assert png.startswith(b"\x89PNG") and svg.lstrip().startswith(b"<?xml")

    labels = [
        ("load", "Lese diagrammet fra databasen (`load_diagram`, SQLCipher)", "ms"),
        ("open", "Åpne editoren til lastet og tegnet (1366×768, inkl. lesing)", "ms"),
        ("scene", "Bygge scenen fra grafen (205 faktorer, 400 koblinger)", "ms"),
        ("fit", "«Tilpass» + full tegning av visningen", "ms"),
        ("repaint", "Full ny tegning av visningen (varm hurtigbuffer)", "ms"),
        ("drag1_frame", "Dra 1 faktor: én musebevegelse + tegning", "ms"),
        ("drag1_release", "Dra 1 faktor: slipp → kommando → tegnet", "ms"),
        ("drag50_frame", "Dra 50 valgte: én musebevegelse + tegning", "ms"),
        ("drag50_release", "Dra 50 valgte: slipp → kommando → tegnet", "ms"),
        ("save50", "Dra 50 valgte: til flyttingen er lagret (bakgrunn)", "ms"),
        ("undo50", "Angre flyttingen av 50 + tegning", "ms"),
        ("png", "Eksport til PNG (1800×1240)", "ms"),
        ("svg", "Eksport til SVG", "ms"),
    ]
    for key, label, unit in labels:
        rows.append((label, median(samples[key]), unit))
    machine = {
        "nproc": str(os.cpu_count()),
        "python": platform.python_version(),
        "qt": f"PySide6 {PySide6.__version__}, Qt {PySide6.QtCore.qVersion()}",
        "platform": f"{platform.system()} {platform.release()} ({platform.machine()}), QPA {app.platformName()}",
        "runs": str(runs),
    }
    ops.shutdown()
    ws.close()
    return rows, machine


def screenshots() -> None:
    from desktop.views.diagram import DiagramEditor

    app = QApplication.instance() or QApplication(sys.argv[:1])
    ws = Workspace.create(Path(tempfile.mkdtemp(prefix="shots-diagram-")) / "ws")
    with ws.factory() as session, session.begin():
        result = training.build_training_municipality(session, device=ws.device_id, now=NOW)
    kari = next(p for p in result.people if p.navn == "Kari Nilsen")
    logg = result.logs["Ella Fjellstad"]
    with ws.session() as s:
        oid = s.scalar(select(Oppmerksomhet.id).where(Oppmerksomhet.logg_id == logg).order_by(Oppmerksomhet.rekkefolge))
    assert oid is not None
    ops = Operations()
    backend = Backend(ops, ws.transaction, kari.ref, clock=lambda: NOW)
    SHOTS.mkdir(parents=True, exist_ok=True)
    for width, height in [(1366, 768), (1920, 1080)]:
        editor = DiagramEditor(backend, logg, oid)
        editor.resize(width, height)
        editor.show()
        wait_idle(ops, lambda e=editor: e.document.is_loaded)
        editor.arrange()  # the training factors into their areas of the figure (a temporary copy)
        wait_idle(ops)
        struktur = next(n for n in editor.graph.nodes() if n.tekst.startswith("Lunsjen"))
        editor.select_factor(struktur.id)
        app.processEvents()
        editor.grab().save(str(SHOTS / f"diagram-{width}x{height}.png"))
        editor.close()
    ops.shutdown()
    ws.close()
    print(f"Skjermbilder lagret i {SHOTS}")


def write_doc(rows: list[tuple[str, float, str]], machine: dict[str, str]) -> None:
    table = "\n".join(f"| {label} | {value:.1f} {unit} |" for label, value, unit in rows)
    section = f"""{BEGIN}
## Faktordiagram: 200 faktorer og 400 koblinger

`python benchmarks/bench_diagram.py` (median av {machine["runs"]} kjøringer, {dt.date.today().isoformat()}).

**Metode.** Øvingskommunen bygges i et midlertidig kryptert arbeidsområde; Ella Fjellstads første
oppmerksomhet får 200 faktorer (i alle områdene, tilfeldige tekster på 5–14 ord, tilfeldig prioritet og
sted) og 400 koblinger (10 % til oppmerksomheten) gjennom brukstilfellene. Editoren kjøres på Qt-plattformen
`offscreen` (programvaretegning, som på en PC uten GPU-akselerasjon). En «musebevegelse + tegning» er
`QTest.mouseMove` på visningen fulgt av `processEvents()`, som tegner det Qt har merket som endret. «Slipp →
tegnet» er fra `mouseRelease` til undo-kommandoen er lagt på stakken, grafen og scenen er oppdatert og
visningen er tegnet på nytt (lagringen går i bakgrunnen). Ingen tider sjekkes i testene.

**Maskin.** {machine["nproc"]} kjerner · Python {machine["python"]} · {machine["qt"]} · {machine["platform"]}.

| Hva | Median |
|---|---|
{table}

Maskinen er delt og støyende (±30 %): sammenlign forhold i samme kjøring, ikke absolutte tider.
{END}"""
    text = DOC.read_text(encoding="utf-8") if DOC.exists() else "# Benchmarks\n\nResultater fra `benchmarks/`.\n"
    if BEGIN in text and END in text:
        text = re.sub(re.escape(BEGIN) + r".*?" + re.escape(END), lambda _m: section, text, flags=re.DOTALL)
    else:
        text = text.rstrip("\n") + "\n\n" + section + "\n"
    DOC.write_text(text, encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--no-write", action="store_true", help="do not update docs/benchmarks.md")
    parser.add_argument("--screenshots", action="store_true", help="also save docs/screenshots/diagram-*.png")
    args = parser.parse_args()
    keyring.set_keyring(MemoryKeyring())
    app = QApplication(sys.argv[:1])
    # As the app does: garbage (closed editors) collected on the GUI thread, never on the DB worker.
    collector = GuiThreadCollector(app)
    rows, machine = bench(args.runs)
    width = max(len(label) for label, _v, _u in rows)
    print(f"Faktordiagram, {NODES} faktorer og {LINKS} koblinger — median av {args.runs} kjøringer")
    for label, value, unit in rows:
        print(f"  {label:<{width}}  {value:8.1f} {unit}")
    print("  " + " · ".join(f"{k}: {v}" for k, v in machine.items()))
    if not args.no_write:
        write_doc(rows, machine)
        print(f"Skrevet til {DOC.relative_to(ROOT)}")
    if args.screenshots:
        screenshots()
    collector.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
