"""Each benchmark script runs end to end at its ``--quick`` size (no timings are checked here).

The data they generate goes to a fresh cache folder, so this also proves the generators work on
a clean checkout. The numbers themselves are made on demand: see docs/benchmarks.md.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("bench-cache")


@pytest.mark.slow
@pytest.mark.parametrize("script", ["bench_logglist", "bench_largelog", "bench_crypto"])
def test_the_benchmark_runs_quick(script: str, cache: Path) -> None:
    env = {**os.environ, "STAFETTLOGG_BENCH_CACHE": str(cache), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / f"{script}.py"), "--quick"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-4000:]
    assert "| Hva" in done.stdout or "| Arbeidsmengde" in done.stdout


@pytest.mark.parametrize("mode", ["floor", "libs"])
def test_the_start_up_probe_marks_its_floors_interactive(mode: str) -> None:
    """bench_startup's processes (its app run takes a first start of ~10 s: run on demand)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.startup_probe", mode],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    marks = [line.split()[1] for line in done.stdout.splitlines() if line.startswith("MARK ")]
    assert marks == ["python", "window", "interactive"]
