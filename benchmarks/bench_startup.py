"""Benchmark of start-up: a real app process to an interactive main window, against a bare QMainWindow.

    .venv/bin/python benchmarks/bench_startup.py [--runs 9] [--no-write] [--quick]

Each run starts two processes the same way (``python -m benchmarks.startup_probe …``, offscreen,
the same interpreter and environment), one after the other, in alternating order:

* **app**: the entry point (``desktop.__main__.main``) with ``--kurs --data-dir DIR``, over the
  training municipality in a workspace whose key is in a (file) keyring, as on a PC with an OS
  keyring; the sign-in dialog is answered at once with Kari Nilsen;
* **floor**: a bare PySide6 ``QMainWindow`` (1366×768) shown, then a zero-timer;
* **libs**: the same window after importing the third-party libraries the app has imported by
  then (SQLAlchemy ORM, sqlcipher3, keyring, cryptography, platformdirs, python-stdnum).

The time is from just before ``subprocess.Popen`` to the child's «interactive» mark (defined in
``startup_probe``); the ratio app/floor is taken within each run, then the median. Also reported:
the time to the interpreter being up, to the sign-in dialog, to the role tabs and menu entries
being in place, and the first start on an empty folder (the training municipality is built then;
one run).

Writes the «Oppstart» section of docs/benchmarks.md (``--no-write`` leaves it alone; ``--quick``
runs twice and never writes).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import common
from benchmarks.common import median, ms, p95

KEYRING = "benchmarks.filekeyring.FileKeyring"


def child_env(keyring_file: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        PYTHON_KEYRING_BACKEND=KEYRING,
        STAFETTLOGG_BENCH_KEYRING=str(keyring_file),
        PYTHONPATH=str(common.ROOT),
        PYTHONDONTWRITEBYTECODE="",
    )
    env.pop("STAFETTLOGG_DEBUG", None)
    return env


def run(mode: str, args: list[str], env: dict[str, str], home: Path) -> dict[str, float]:
    """Seconds from just before the process starts to each of its marks."""
    env = {**env, "HOME": str(home), "XDG_DATA_HOME": str(home / "data")}
    t0 = time.time()
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks.startup_probe", mode, *args],
        cwd=common.ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    marks = {}
    for line in proc.stdout.splitlines():
        if line.startswith("MARK "):
            _m, name, at = line.split()
            marks[name] = float(at) - t0
    if proc.returncode != 0 or "interactive" not in marks:
        raise RuntimeError(f"{mode} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr[-3000:]}")
    return marks


def bench(runs: int) -> dict[str, object]:
    scratch = Path(tempfile.mkdtemp(prefix="bench-startup-"))
    keyring_file = scratch / "keyring.json"
    env = child_env(keyring_file)
    home = scratch / "home"
    home.mkdir()

    # The first start on an empty folder: the app makes the workspace and the training municipality.
    first = run("app", ["--kurs", "--data-dir", str(scratch / "kurs")], env, home)
    app_args = ["--kurs", "--data-dir", str(scratch / "kurs")]
    # Warm the OS's file cache for both (not timed): every timed run then starts alike.
    run("floor", [], env, home)
    run("app", app_args, env, home)

    apps: list[dict[str, float]] = []
    floors: list[dict[str, float]] = []
    libs: list[dict[str, float]] = []
    for i in range(runs):
        order = ("app", "floor", "libs") if i % 2 == 0 else ("libs", "floor", "app")
        for mode in order:
            if mode == "app":
                apps.append(run("app", app_args, env, home))
            else:
                (floors if mode == "floor" else libs).append(run(mode, [], env, home))
    shutil.rmtree(scratch, ignore_errors=True)
    return {"first": first, "apps": apps, "floors": floors, "libs": libs}


def report(r: dict[str, object], runs: int, m: dict[str, str]) -> str:
    apps, floors, libs, first = r["apps"], r["floors"], r["libs"], r["first"]
    assert isinstance(apps, list) and isinstance(floors, list) and isinstance(libs, list)
    assert isinstance(first, dict)

    def col(rows: list[dict[str, float]], name: str) -> list[float]:
        return [ms(x[name]) for x in rows]

    def cell(values: list[float] | None) -> str:
        return f"{median(values):.0f} / {p95(values):.0f} ms" if values else "–"

    ratios = [a["interactive"] / f["interactive"] for a, f in zip(apps, floors, strict=True)]
    lib_ratios = [a["interactive"] / f["interactive"] for a, f in zip(libs, floors, strict=True)]
    ok = median(ratios) <= 1.5
    lines = [
        ("Python er i gang (tolken startet, før PySide6)", "python", True),
        ("Innloggingsvinduet vises (arbeidsområdet åpnet)", "signin", False),
        ("Hovedvinduet vises", "window", True),
        ("**Interaktivt** (loggene i «Mine logger», tegnet, hendelsesløkken ledig)", "interactive", True),
        ("Rollefanene og menyvalgene på plass (bygges etter «Mine logger»)", "roles", False),
    ]
    table = "\n".join(
        f"| {label} | {cell(col(apps, key))} | {cell(col(floors, key) if both else None)} | "
        f"{cell(col(libs, key) if both else None)} |"
        for label, key, both in lines
    )
    verdict = common.verdict(ok)
    return f"""
## Oppstart til et interaktivt hovedvindu

`nice -n 10 .venv/bin/python benchmarks/bench_startup.py` ({runs} kjøringer av hver, {dt.date.today().isoformat()}).

**Metode.** Hver kjøring starter tre prosesser på samme måte (`python -m benchmarks.startup_probe …`, samme
tolk og miljø, Qt-plattform `offscreen`), etter tur i vekslende rekkefølge: **appen** (inngangspunktet
`desktop.__main__.main`, det `stafettlogg` og `python -m desktop` kjører, med `--kurs --data-dir MAPPE`:
øvingskommunen i et arbeidsområde med nøkkelen i en nøkkelring, som på en PC med OS-nøkkelring; innloggingen
svares straks med Kari Nilsen), **gulvet**, et tomt PySide6-`QMainWindow` (1366×768), og til sammenligning det
samme vinduet etter import av de tredjepartsbibliotekene appen har importert når den er interaktiv (SQLAlchemy
ORM, sqlcipher3, keyring, cryptography, platformdirs, python-stdnum). Tiden måles fra like før
`subprocess.Popen` til barnets merke. **Interaktivt** betyr: hovedvinduet vises, «Mine logger» har fått
personens logger fra databasetråden, og en null-timer som ble lagt i køen etter det har kjørt — vinduet har
tegnet radene og hendelsesløkken venter på input. Rollefanene (her Karis «Overføringer») og Fil-menyens valg
for pakker og sikkerhetskopi bygges når personens roller er hentet, etter listen; tiden til de er på plass står
i egen rad. Gulvets tilsvarende merke er en null-timer etter `show()`. Forholdet regnes innen hver kjøring før
medianen tas. Før
målingene startes hver prosess én gang uten tidtaking (filene i OS-ets hurtigbuffer). Første start på en tom
mappe (arbeidsområdet og øvingskommunen lages) er én kjøring: **{ms(first["interactive"]) / 1000:.1f} s** til
interaktivt.

{common.machine_line(m)}

| Hva (median / p95) | Appen | Gulv: tomt `QMainWindow` | Tomt vindu + appens biblioteker |
|---|---|---|---|
{table}

**Forhold app / gulv, interaktivt: {median(ratios):.2f}×** (p95 {p95(ratios):.2f}×); mål ≤ 1,5×: {verdict}.
Bibliotekene alene: {median(lib_ratios):.2f}× gulvet.

Maskinen er delt og støyende (±30 %): sammenlign forhold i samme kjøring, ikke absolutte tider.
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--no-write", action="store_true", help="do not update docs/benchmarks.md")
    parser.add_argument("--quick", action="store_true", help="one run, nothing written")
    args = parser.parse_args()
    if args.quick:
        args.runs, args.no_write = 1, True
    result = bench(args.runs)
    section = report(result, args.runs, common.machine())
    print(section)
    if not args.no_write:
        common.write_section("bench_startup", section)
        print(f"Skrevet til {common.DOC.relative_to(common.ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
