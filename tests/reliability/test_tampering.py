"""Tampering: random bytes in the database file and its WAL, and edited, deleted or reordered audit entries.

Every trial works on a fresh copy of one workspace (the small world plus a writer's few dozen
changes), so trials are independent; the positions come from a seeded generator
(``STAFETTLOGG_TAMPER_TRIALS`` sets how many, ``STAFETTLOGG_TAMPER_SEED`` the seed).
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import sqlite3
from collections import Counter
from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy import select

from desktop.core import audit
from desktop.core.context import PersonRef
from desktop.core.entities import AuditEntry, PersonKind, Stafettlogg, SyncChange
from desktop.core.replica import TABLES
from desktop.core.usecases import logs
from desktop.store import keys
from desktop.store.errors import DatabaseCorrupt, StoreError, WrongKeyOrCorrupt
from desktop.store.workspace import Workspace
from tests.core.conftest import build_world
from tests.reliability.writer import Cast, Writer
from tests.sync.faults.local import report

TRIALS = int(os.environ.get("STAFETTLOGG_TAMPER_TRIALS", "60"))
SEED = int(os.environ.get("STAFETTLOGG_TAMPER_SEED", "8"))
PAGE = 4096
DB = Workspace.DB_NAME


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def sealed(tmp_path: Path) -> tuple[Path, Cast]:
    """A closed workspace (everything checkpointed into the database file) with real content."""
    data_dir = tmp_path / "sealed"
    with Workspace.create(data_dir) as ws:
        world = build_world(ws.factory)
        cast = Cast((world.p["holder"].id, world.p["holder2"].id), world.p["aktor"].id)
        Writer(ws, cast, random.Random(SEED), lambda line: None).run(60)
        with ws.session() as s:
            holder = s.get_one(Stafettlogg, world.ids["logg"]).stafettholder_id
        with ws.transaction(PersonRef(PersonKind.ANSATT, holder)) as ctx:  # reading a log is audited too
            logs.read_logg(ctx, world.ids["logg"])
    return data_dir, cast


def _flip(path: Path, rng: random.Random, start: int = 0) -> int:
    """XOR 1–16 bytes at a random offset at or after ``start`` with non-zero values; the offset."""
    data = bytearray(path.read_bytes())
    offset = rng.randrange(start, len(data))
    for i in range(offset, min(offset + rng.randint(1, 16), len(data))):
        data[i] ^= rng.randrange(1, 256)
    path.write_bytes(bytes(data))
    return offset


def _detect(data_dir: Path, who: PersonRef) -> tuple[StoreError | None, str]:
    """What the user gets (None if unnoticed) and where: the open refused, or the integrity check.

    Reading every row through a use-case transaction must then give the store's error or work.
    """
    try:
        ws = Workspace.open(data_dir)
    except StoreError as refused:
        return refused, "open refused"
    with ws:
        try:
            ws.check_integrity()
        except StoreError as found:
            for table in TABLES.values():
                try:
                    with ws.transaction(who) as ctx:
                        ctx.session.scalars(select(table)).all()
                except (DatabaseCorrupt, WrongKeyOrCorrupt):
                    pass  # the same message as the check's
            return found, "integrity check"
    return None, ""


def test_random_bytes_in_any_page_of_the_database_are_found_and_left_alone(sealed: tuple[Path, Cast]) -> None:
    data_dir, cast = sealed
    who = PersonRef(PersonKind.ANSATT, cast.holders[0])
    pages = (data_dir / DB).stat().st_size // PAGE
    rng = random.Random(SEED)
    how: Counter[str] = Counter()
    for trial in range(TRIALS):
        copy = data_dir.with_name(f"trial-{trial}")
        shutil.copytree(data_dir, copy)
        offset = _flip(copy / DB, rng)
        tampered = _sha(copy / DB)
        found, stage = _detect(copy, who)
        where = f"trial {trial}: bytes at {offset} (page {offset // PAGE + 1} of {pages})"
        assert found is not None, f"{where} went unnoticed"
        assert isinstance(found, WrongKeyOrCorrupt | DatabaseCorrupt), f"{where}: {found!r}"
        assert found.message == type(found).message and "skadet" in found.message
        assert _sha(copy / DB) == tampered, f"{where}: the file was changed («repaired»)"
        how[stage] += 1
        how[type(found).__name__] += 1
        shutil.rmtree(copy)
    report("tampering: database file", {"trials": TRIALS, "detected": TRIALS, "pages": pages, **how})


def _audit_rows(conn: sqlcipher3.Connection) -> list[int]:
    return [r[0] for r in conn.execute("SELECT seq FROM audit ORDER BY seq")]


def _tamper_audit(conn: sqlcipher3.Connection, rng: random.Random) -> tuple[str, int]:
    """One edit of the trail through a second connection with the key; (what, the first seq hit)."""
    seqs = _audit_rows(conn)
    kind = rng.choice(("edit", "edit hash", "delete", "reorder", "cut tail", "forge"))
    seq = rng.choice(seqs)
    if kind == "edit":
        column, value = rng.choice(
            (("action", "les"), ("device", "annen-pc"), ("detail", '{"steg": "endret"}'), ("at", "2020-01-01 00:00:00"))
        )
        old = conn.execute(f"SELECT {column} FROM audit WHERE seq = ?", (seq,)).fetchone()[0]
        if old == value:
            value = "slett"
            column = "action"
        conn.execute(f"UPDATE audit SET {column} = ? WHERE seq = ?", (value, seq))
    elif kind == "edit hash":
        conn.execute("UPDATE audit SET hash = ? WHERE seq = ?", ("f" * 64, seq))
    elif kind == "delete":
        conn.execute("DELETE FROM audit WHERE seq = ?", (seq,))
    elif kind == "reorder":
        seq = rng.choice(seqs[:-1])
        conn.execute("UPDATE audit SET seq = -1 WHERE seq = ?", (seq,))
        conn.execute("UPDATE audit SET seq = ? WHERE seq = ?", (seq, seq + 1))
        conn.execute("UPDATE audit SET seq = ? WHERE seq = -1", (seq + 1,))
    elif kind == "cut tail":
        conn.execute("DELETE FROM audit WHERE seq >= ?", (seq,))
    else:  # a forged entry copied from another, with its hash, at the end
        last = seqs[-1]
        conn.execute(
            "INSERT INTO audit SELECT ?, at, person_type, person_id, device, action, logg_id, detail, prev_hash, hash "
            "FROM audit WHERE seq = ?",
            (last + 1, seq),
        )
        seq = last + 1
    conn.commit()
    return kind, seq


def test_the_audit_chain_finds_every_edited_deleted_reordered_or_forged_entry(sealed: tuple[Path, Cast]) -> None:
    data_dir, _ = sealed
    with Workspace.open(data_dir) as ws:
        key = keys.load_from_keyring(ws.id)
        with ws.session() as s:
            assert audit.verify(s).ok
            entries = len(s.scalars(select(AuditEntry.seq)).all())
    assert entries >= 5
    rng = random.Random(SEED)
    kinds: Counter[str] = Counter()
    for trial in range(TRIALS):
        copy = data_dir.with_name(f"audit-{trial}")
        shutil.copytree(data_dir, copy)
        conn = sqlcipher3.connect(str(copy / DB))
        conn.execute(f'PRAGMA key = "{keys.key_to_sqlcipher_literal(key)}"')
        kind, seq = _tamper_audit(conn, rng)
        conn.close()
        with Workspace.open(copy) as ws, ws.session() as s:
            result = audit.verify(s)
        assert not result.ok, f"trial {trial}: {kind} at {seq} went unnoticed"
        assert result.problem.startswith(("Oppføring", "Revisjonsloggen")), result.problem
        assert result.seq is not None and result.seq <= seq, (trial, kind, seq, result)
        kinds[kind] += 1
        shutil.rmtree(copy)
    report("tampering: audit chain", {"trials": TRIALS, "entries": entries, "detected": TRIALS, **kinds})


def test_a_plain_sqlite_reader_sees_nothing(sealed: tuple[Path, Cast]) -> None:
    """Without the key the file is noise, not a database (the audit's rows cannot be read to forge)."""
    data_dir, _ = sealed
    conn = sqlite3.connect(f"file:{data_dir / DB}?mode=ro", uri=True)
    with pytest.raises(sqlite3.DatabaseError):
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.close()


def test_random_bytes_in_the_wal_are_found_not_silently_dropped(sealed: tuple[Path, Cast], tmp_path: Path) -> None:
    data_dir, cast = sealed
    snapshot = tmp_path / "wal-snapshot"
    with Workspace.open(data_dir) as ws:
        ws.engine.dispose()
        Writer(ws, cast, random.Random(SEED + 1), lambda line: None).run(20)
        # As after a crash: the commits since the last checkpoint are only in the WAL.
        shutil.copytree(data_dir, snapshot)
    assert (snapshot / f"{DB}-wal").stat().st_size > 32

    def changes(folder: Path) -> int:
        with Workspace.open(folder) as ws, ws.session() as s:
            return len(s.scalars(select(SyncChange.change_id)).all())

    reference = shutil.copytree(snapshot, tmp_path / "reference")
    committed = changes(reference)
    wal_size = (snapshot / f"{DB}-wal").stat().st_size
    last_frame = wal_size - (24 + PAGE)
    rng = random.Random(SEED)
    how: Counter[str] = Counter()
    for trial in range(TRIALS):
        copy = shutil.copytree(snapshot, tmp_path / f"wal-{trial}")
        offset = _flip(copy / f"{DB}-wal", rng)
        tampered = _sha(copy / f"{DB}-wal")
        try:
            with Workspace.open(copy) as ws:
                ws.check_integrity()
        except DatabaseCorrupt as found:
            assert found.message == DatabaseCorrupt.message
            assert _sha(copy / f"{DB}-wal") == tampered and _sha(copy / DB) == _sha(snapshot / DB)
            how["open refused (WAL damaged)" if "WAL" in found.detail else "integrity check"] += 1
        else:
            # The one place a crash could leave the same bytes: the last frame, i.e. the last commit.
            left = changes(copy)
            assert left == committed or (offset >= last_frame and left == committed - 1), (
                f"trial {trial}: bytes at WAL offset {offset} of {wal_size} dropped commits silently"
            )
            how["last frame: last commit dropped" if left < committed else "nothing lost"] += 1
        shutil.rmtree(copy)
    report("tampering: WAL", {"trials": TRIALS, "wal bytes": wal_size, **how})
