"""Shared pieces of the release benchmarks: the machine, statistics, the doc sections, the data.

The generated workspaces are cached under ``$STAFETTLOGG_BENCH_CACHE`` (default: a folder in the
system's temp dir), keyed by a version and the sizes, so a second run starts at once.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import random
import re
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


DOC = ROOT / "docs" / "benchmarks.md"
NOW = dt.datetime(2026, 11, 26, 8, 0, tzinfo=dt.UTC)
PASSPHRASE = "bench-passordfrase"
CACHE = Path(os.environ.get("STAFETTLOGG_BENCH_CACHE", Path(tempfile.gettempdir()) / "stafettlogg-bench"))
DATA_VERSION = 1  # bump when the generators change


# --------------------------------------------------------------------------- statistics


def ms(seconds: float) -> float:
    return seconds * 1000


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def p95(values: Sequence[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def num(n: int) -> str:
    """20 003, the Norwegian way (a space between thousands)."""
    return f"{n:,}".replace(",", "\u00a0")


def rss_mb() -> float:
    """Resident memory of this process (Linux /proc; elsewhere the peak from getrusage)."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# --------------------------------------------------------------------------- the machine


def machine() -> dict[str, str]:
    """nproc, CPU model, RAM, Python, Qt and SQLCipher versions, for each section's «Maskin»."""
    cpu = platform.processor() or platform.machine()
    ram = "?"
    cpuinfo, meminfo = Path("/proc/cpuinfo"), Path("/proc/meminfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    if meminfo.exists():
        kb = int(meminfo.read_text().split("MemTotal:")[1].split()[0])
        ram = f"{kb / 1024 / 1024:.1f} GiB"
    import sqlcipher3

    import PySide6
    from PySide6.QtCore import qVersion

    conn = sqlcipher3.connect(":memory:")
    cipher = conn.execute("PRAGMA cipher_version").fetchone()[0]
    sqlite = conn.execute("SELECT sqlite_version()").fetchone()[0]
    conn.close()
    return {
        "nproc": str(os.cpu_count()),
        "cpu": cpu,
        "ram": ram,
        "python": platform.python_version(),
        "qt": f"PySide6 {PySide6.__version__}, Qt {qVersion()}",
        "sqlcipher": f"SQLCipher {cipher} (SQLite {sqlite})",
        "os": f"{platform.system()} {platform.release()} ({platform.machine()})",
    }


def machine_line(m: dict[str, str]) -> str:
    return (
        f"**Maskin.** {m['nproc']} kjerner ({m['cpu']}) · {m['ram']} RAM · Python {m['python']} · {m['qt']} · "
        f"{m['sqlcipher']} · {m['os']}, Qt-plattform `offscreen`."
    )


# --------------------------------------------------------------------------- docs/benchmarks.md


def write_section(name: str, section: str) -> None:
    """Replace (or append) the ``<!-- name:begin -->…<!-- name:end -->`` section of docs/benchmarks.md."""
    begin, end = f"<!-- {name}:begin -->", f"<!-- {name}:end -->"
    body = f"{begin}\n{section.strip()}\n{end}"
    text = DOC.read_text(encoding="utf-8") if DOC.exists() else "# Benchmarks\n\nResultater fra `benchmarks/`.\n"
    if begin in text and end in text:
        text = re.sub(re.escape(begin) + r".*?" + re.escape(end), lambda _m: body, text, flags=re.DOTALL)
    else:
        text = text.rstrip("\n") + "\n\n" + body + "\n"
    DOC.write_text(text, encoding="utf-8")


def verdict(ok: bool) -> str:
    return "**innenfor målet**" if ok else "**bommer på målet**"


# --------------------------------------------------------------------------- generated workspaces


def _cached(name: str) -> tuple[Path, bool]:
    """(the cache folder for ``name``, whether it is complete)."""
    folder = CACHE / f"{name}-v{DATA_VERSION}"
    return folder, (folder / "done.json").exists()


def _fresh(folder: Path) -> None:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)


def training_workspace(data_dir: Path) -> dict[str, Any]:
    """A copy of the training municipality (at NOW, under PASSPHRASE; built once into the cache).

    Returns the people (kind and id) and the logs (id) by name.
    """
    template, done = _cached("training")
    if not done:
        _fresh(template)
        meta = _build_training(template / "ws")
        (template / "done.json").write_text(json.dumps(meta))
    shutil.copytree(template / "ws", data_dir)
    return dict(json.loads((template / "done.json").read_text()))


def _build_training(data_dir: Path) -> dict[str, Any]:
    from desktop.core import training
    from desktop.store.workspace import Workspace

    ws = Workspace.create(data_dir, passphrase=PASSPHRASE)
    try:
        with ws.factory() as session, session.begin():
            result = training.build_training_municipality(session, device=ws.device_id, now=NOW)
    finally:
        ws.close()
    return {
        "people": {p.navn: [p.ref.kind.value, str(p.ref.id)] for p in result.people},
        "logs": {name: str(i) for name, i in result.logs.items()},
    }


FORNAVN = [
    "Emma",
    "Nora",
    "Olivia",
    "Ella",
    "Sofie",
    "Leah",
    "Frida",
    "Ingrid",
    "Sara",
    "Maja",
    "Astrid",
    "Tiril",
    "Iben",
    "Vilde",
    "Thea",
    "Linnea",
    "Hedda",
    "Noah",
    "Oskar",
    "Lucas",
    "Jakob",
    "Emil",
    "Filip",
    "Aksel",
    "Isak",
    "Henrik",
    "Olav",
    "William",
    "Liam",
    "Magnus",
    "Johannes",
    "Theodor",
    "Ludvig",
]
ETTERNAVN = [
    "Hansen",
    "Johansen",
    "Olsen",
    "Larsen",
    "Andersen",
    "Pedersen",
    "Nilsen",
    "Kristiansen",
    "Jensen",
    "Karlsen",
    "Johnsen",
    "Pettersen",
    "Eriksen",
    "Berg",
    "Haugen",
    "Hagen",
    "Johannessen",
    "Andreassen",
    "Jacobsen",
    "Dahl",
    "Jørgensen",
    "Henriksen",
    "Lund",
    "Halvorsen",
    "Sørensen",
    "Jakobsen",
    "Moen",
    "Gundersen",
    "Iversen",
    "Strand",
    "Solberg",
    "Svendsen",
    "Eide",
    "Knutsen",
    "Martinsen",
    "Paulsen",
    "Bakken",
    "Kristoffersen",
    "Mathisen",
    "Lie",
    "Amundsen",
    "Nguyen",
    "Rasmussen",
    "Ali",
    "Lunde",
    "Solheim",
    "Berge",
    "Moe",
    "Nygård",
    "Bakke",
]
ORD = [
    "barnet",
    "trenger",
    "faste",
    "rutiner",
    "i",
    "overgangene",
    "og",
    "blir",
    "urolig",
    "når",
    "dagen",
    "endrer",
    "seg",
    "uten",
    "varsel",
    "foresatte",
    "forteller",
    "at",
    "morgenene",
    "hjemme",
    "er",
    "krevende",
    "og",
    "at",
    "søvnen",
    "er",
    "kort",
    "i",
    "perioder",
    "i",
    "barnehagen",
    "leker",
    "hun",
    "mest",
    "alene",
    "og",
    "søker",
    "de",
    "voksne",
    "når",
    "andre",
    "barn",
    "tar",
    "over",
    "leken",
    "språket",
    "utvikler",
    "seg",
    "sakte",
    "og",
    "helsesykepleier",
    "har",
    "sett",
    "det",
    "samme",
    "på",
    "kontrollen",
    "vi",
    "avtaler",
    "å",
    "prøve",
    "bildestøtte",
    "ved",
    "måltidene",
    "og",
    "en",
    "fast",
    "voksen",
    "ved",
    "levering",
]


def words(rng: random.Random, low: int, high: int) -> str:
    text = " ".join(rng.choice(ORD) for _ in range(rng.randint(low, high)))
    return text[:1].upper() + text[1:] + "."


def logs_workspace(count: int) -> tuple[Path, dict[str, Any]]:
    """The training municipality plus ``count`` generated logs held by Kari Nilsen (cached).

    Each generated log has a child with two guardians, a signed consent, 1–3 concerns with a
    goal text, 1–4 tiltak each (some evaluated), 0–12 lysglimt and the texts of a real log's
    start page (concern 150–400 characters). Rows are written with SQLAlchemy Core in batches
    of 1,000 logs: there is no outbox history for them (the list does not read it).
    """
    folder, done = _cached(f"logs{count}")
    if done:
        return folder / "ws", json.loads((folder / "done.json").read_text())
    _fresh(folder)
    t0 = time.perf_counter()
    meta = training_workspace(folder / "ws")
    from sqlalchemy import insert, select

    from desktop.core.entities import (
        Ansatt,
        Arena,
        Barn,
        Beslutning,
        Evaluering,
        Foresatt,
        LoggStatus,
        Lysglimt,
        Oppmerksomhet,
        PersonKind,
        Samtykke,
        Stafettlogg,
        Tiltak,
        TiltakStatus,
    )
    from desktop.core.fodselsnummer import make_synthetic
    from desktop.store.workspace import Workspace

    ws = Workspace.open(folder / "ws", passphrase=PASSPHRASE)
    rng = random.Random(20_000)
    kari_id = uuid.UUID(meta["people"]["Kari Nilsen"][1])
    with ws.session() as s:
        kari = s.get(Ansatt, kari_id)
        assert kari is not None and kari.enhet_id is not None
        enhet_id, kommune_id = kari.enhet_id, kari.kommune_id
        colleagues = [
            a.id
            for a in s.scalars(select(Ansatt).where(Ansatt.enhet_id == enhet_id, Ansatt.er_aktor))
            if a.fjernet_at is None
        ]
    statuses = [LoggStatus.AKTIV] * 7 + [LoggStatus.PASSIV] * 2 + [LoggStatus.AVSLUTTET]
    start = NOW - dt.timedelta(days=900)
    batch = 1000
    for first in range(0, count, batch):
        rows: dict[Any, list[dict[str, Any]]] = {
            t: [] for t in (Barn, Foresatt, Stafettlogg, Samtykke, Oppmerksomhet, Tiltak, Evaluering, Lysglimt)
        }
        for _ in range(first, min(count, first + batch)):
            created = start + dt.timedelta(minutes=rng.randint(0, 880 * 24 * 60))
            stamp = {"created_at": created, "updated_at": created, "version": 1}
            born = dt.date(2014, 1, 1) + dt.timedelta(days=rng.randint(0, 365 * 10))
            etternavn = rng.choice(ETTERNAVN)
            barn_id = uuid.uuid4()
            rows[Barn].append(
                {
                    "id": barn_id,
                    "kommune_id": kommune_id,
                    "fornavn": rng.choice(FORNAVN),
                    "etternavn": etternavn,
                    "fodselsnummer": make_synthetic(born, rng),
                    "fodselsdato": born,
                    **stamp,
                }
            )
            guardians = []
            for relasjon in ("mor", "far"):
                gid = uuid.uuid4()
                guardians.append(str(gid))
                rows[Foresatt].append(
                    {
                        "id": gid,
                        "barn_id": barn_id,
                        "fornavn": rng.choice(FORNAVN),
                        "etternavn": etternavn,
                        "relasjon": relasjon,
                        "telefon": f"9{rng.randint(1000000, 9999999)}",
                        "epost": f"{relasjon}.{etternavn.lower()}@example.no",
                        **stamp,
                    }
                )
            logg_id = uuid.uuid4()
            rows[Stafettlogg].append(
                {
                    "id": logg_id,
                    "barn_id": barn_id,
                    "enhet_id": enhet_id,
                    "stafettholder_id": kari_id,
                    "niva": rng.choice([1, 1, 1, 2, 2, 3]),
                    "status": rng.choice(statuses),
                    "bekymring": words(rng, 25, 60),
                    "kjennetegn": words(rng, 10, 30),
                    "opprettholdende": words(rng, 5, 20),
                    "barnets_stemme": words(rng, 5, 20),
                    **stamp,
                }
            )
            rows[Samtykke].append(
                {
                    "id": uuid.uuid4(),
                    "barn_id": barn_id,
                    "logg_id": logg_id,
                    "opprette_logg": True,
                    "utveksle_opplysninger": True,
                    "lesetilgang_for": [],
                    "gitt_av_foresatte": guardians,
                    "gitt_av_barnet": False,
                    "signert_dato": created.date(),
                    "utloper": created.date() + dt.timedelta(days=365 * 2),
                    "registrert_av_id": kari_id,
                    **stamp,
                }
            )
            for n in range(rng.randint(1, 3)):
                oid = uuid.uuid4()
                rows[Oppmerksomhet].append(
                    {"id": oid, "logg_id": logg_id, "tekst": words(rng, 6, 18), "rekkefolge": n, **stamp}
                )
                for _t in range(rng.randint(1, 4)):
                    tid = uuid.uuid4()
                    arena = rng.choice([Arena.TJENESTE, Arena.TJENESTE, Arena.HJEM, Arena.BARN])
                    evaluated = rng.random() < 0.3
                    fra = created.date() + dt.timedelta(days=rng.randint(0, 60))
                    rows[Tiltak].append(
                        {
                            "id": tid,
                            "oppmerksomhet_id": oid,
                            "tekst": words(rng, 8, 25),
                            "arena": arena,
                            "ansvarlig_id": rng.choice(colleagues) if arena is Arena.TJENESTE else None,
                            "status": TiltakStatus.AVSLUTTET if evaluated else TiltakStatus.AKTIV,
                            "fra_dato": fra,
                            "til_dato": fra + dt.timedelta(days=56),
                            "evalueringsdato": fra + dt.timedelta(days=rng.randint(20, 400)),
                            "trinn": 1,
                            "opprettet_av_type": PersonKind.ANSATT,
                            "opprettet_av_id": kari_id,
                            **stamp,
                        }
                    )
                    if evaluated:
                        rows[Evaluering].append(
                            {
                                "id": uuid.uuid4(),
                                "tiltak_id": tid,
                                "dato": fra + dt.timedelta(days=56),
                                "mal_nadd": rng.choice([True, False, None]),
                                "beslutning": rng.choice(list(Beslutning)),
                                "kommentar": words(rng, 5, 20),
                                "evaluert_av_type": PersonKind.ANSATT,
                                "evaluert_av_id": kari_id,
                                **stamp,
                            }
                        )
            for _g in range(rng.randint(0, 12)):
                rows[Lysglimt].append(
                    {
                        "id": uuid.uuid4(),
                        "logg_id": logg_id,
                        "tekst": words(rng, 5, 25),
                        "dato": created.date() + dt.timedelta(days=rng.randint(0, 300)),
                        "forfatter_type": PersonKind.ANSATT,
                        "forfatter_id": rng.choice(colleagues),
                        **stamp,
                    }
                )
        with ws.factory() as session, session.begin():
            for entity, values in rows.items():
                if values:
                    session.execute(insert(entity), values)
    ws.close()
    meta["count"] = count
    meta["generated_seconds"] = round(time.perf_counter() - t0, 1)
    meta["size_mb"] = round((folder / "ws" / Workspace.DB_NAME).stat().st_size / 2**20, 1)
    (folder / "done.json").write_text(json.dumps(meta))
    return folder / "ws", meta


def copy_workspace(source: Path, target: Path) -> Path:
    """A private copy of a cached workspace (the benchmarks write audit entries and marks)."""
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(source, target)
    return target


LARGE = {"oppmerksomheter": 50, "tiltak": 500, "lysglimt": 1000}


def large_log_workspace(sizes: dict[str, int] = LARGE) -> tuple[Path, dict[str, Any]]:
    """The training municipality plus one large log, made through the use cases (cached).

    A new log for Ella Fjellstad's family is not needed: Kari Nilsen's log for Ella gets concerns
    up to ``oppmerksomheter`` (each with a goal), ``tiltak`` tiltak spread over them (service,
    home and child; a tiltakstrapp of planned steps after the first of each; the first of each
    evaluated, which starts the next step) and ``lysglimt`` lysglimt — every change with its
    outbox entry, so the log's history is full. One transaction per concern, as people work.
    """
    key = "large-" + "-".join(str(v) for v in sizes.values())
    folder, done = _cached(key)
    if done:
        return folder / "ws", json.loads((folder / "done.json").read_text())
    _fresh(folder)
    t0 = time.perf_counter()
    meta = training_workspace(folder / "ws")
    from sqlalchemy import func, select

    from desktop.core.context import PersonRef
    from desktop.core.entities import Arena, Beslutning, Lysglimt, Oppmerksomhet, OutboxEntry, PersonKind, Tiltak
    from desktop.core.usecases import content
    from desktop.store.workspace import Workspace

    ws = Workspace.open(folder / "ws", passphrase=PASSPHRASE)
    rng = random.Random(50)
    kind, kari = meta["people"]["Kari Nilsen"]
    who = PersonRef(PersonKind(kind), uuid.UUID(kari))
    logg = uuid.UUID(meta["logs"]["Ella Fjellstad"])
    clock = [NOW - dt.timedelta(days=200)]

    def now() -> dt.datetime:
        clock[0] += dt.timedelta(minutes=7)
        return clock[0]

    with ws.session() as s:
        existing = s.scalar(select(func.count()).select_from(Oppmerksomhet).where(Oppmerksomhet.logg_id == logg)) or 0
    concerns = sizes["oppmerksomheter"] - existing
    per_concern = sizes["tiltak"] // concerns
    glimt_per = sizes["lysglimt"] // concerns
    arenas = [Arena.TJENESTE, Arena.HJEM, Arena.BARN]
    for n in range(concerns):
        with ws.transaction(who, clock=now) as ctx:
            changes = content.add_oppmerksomhet(ctx, logg, f"Oppmerksomhet {n + 1}: " + words(rng, 6, 16))
            oid = changes.created
            assert oid is not None
            content.set_mal(ctx, oid, del_a=words(rng, 6, 14), del_b=words(rng, 4, 10), sjekk_malbart=True)
            first: dict[Arena, uuid.UUID] = {}
            for t in range(per_concern):
                arena = arenas[t % len(arenas)]
                made = content.add_tiltak(
                    ctx,
                    oid,
                    tekst=words(rng, 8, 24),
                    arena=arena,
                    ansvarlig_id=who.id if arena is Arena.TJENESTE else None,
                    fra_dato=NOW.date() - dt.timedelta(days=150),
                    evalueringsdato=NOW.date() - dt.timedelta(days=rng.randint(10, 90)),
                    neste_trinn=arena in first,
                )
                assert made.created is not None
                first.setdefault(arena, made.created)
            for tid in first.values():
                content.evaluate_tiltak(
                    ctx, tid, mal_nadd=True, beslutning=Beslutning.AVSLUTTE, kommentar=words(rng, 5, 15)
                )
            for _g in range(glimt_per):
                content.post_lysglimt(
                    ctx, logg, words(rng, 5, 25), oppmerksomhet_id=oid if rng.random() < 0.6 else None
                )
    with ws.session() as s:
        meta["history"] = s.scalar(select(func.count()).select_from(OutboxEntry).where(OutboxEntry.logg_id == logg))
        in_log = Oppmerksomhet.logg_id == logg
        meta["counts"] = {
            "oppmerksomheter": s.scalar(select(func.count()).select_from(Oppmerksomhet).where(in_log)),
            "tiltak": s.scalar(select(func.count()).select_from(Tiltak).join(Oppmerksomhet).where(in_log)),
            "lysglimt": s.scalar(select(func.count()).select_from(Lysglimt).where(Lysglimt.logg_id == logg)),
        }
    ws.close()
    meta["logg"] = str(logg)
    meta["sizes"] = sizes
    meta["generated_seconds"] = round(time.perf_counter() - t0, 1)
    (folder / "done.json").write_text(json.dumps(meta))
    return folder / "ws", meta
