"""``desktop.store.wal.damage``: what a crash leaves in a WAL is never taken for damage; damage is.

Real WAL files from SQLCipher (a raw connection with a key), copied at the moments that matter.
"""

from __future__ import annotations

import os
import random
import shutil
from pathlib import Path

import sqlcipher3

from desktop.store import wal

KEY = "x'" + "ab" * 32 + "'"


def _connect(db: Path) -> sqlcipher3.Connection:
    conn = sqlcipher3.connect(str(db), isolation_level=None)
    conn.execute(f'PRAGMA key = "{KEY}"')
    conn.execute("PRAGMA journal_mode = WAL").fetchone()
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("PRAGMA cache_size = 10")  # a big transaction spills frames into the WAL before its commit
    conn.execute("CREATE TABLE IF NOT EXISTS t (b BLOB)")
    return conn


def _commit_some(conn: sqlcipher3.Connection, n: int) -> None:
    for _ in range(n):
        conn.execute("INSERT INTO t VALUES (?)", (os.urandom(20_000),))


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x5A
    path.write_bytes(bytes(data))


def test_an_unfinished_transaction_and_a_torn_append_are_not_damage(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    conn = _connect(db)
    _commit_some(conn, 5)
    committed = Path(f"{db}-wal").stat().st_size
    conn.execute("BEGIN")
    _commit_some(conn, 10)  # spilled into the WAL, no commit frame: as if killed here
    snapshot = tmp_path / "snapshot-wal"
    shutil.copy(f"{db}-wal", snapshot)
    conn.execute("ROLLBACK")
    conn.close()
    assert snapshot.stat().st_size > committed
    assert wal.damage(snapshot) is None
    rng = random.Random(1)
    for _ in range(20):  # damage in the unfinished tail: nothing committed after it, nothing lost
        copy = tmp_path / "tail-wal"
        shutil.copy(snapshot, copy)
        _flip(copy, rng.randrange(committed, snapshot.stat().st_size))
        assert wal.damage(copy) is None
    for _ in range(20):  # a torn append: the file simply ends anywhere
        copy = tmp_path / "torn-wal"
        copy.write_bytes(snapshot.read_bytes()[: rng.randrange(32, snapshot.stat().st_size)])
        assert wal.damage(copy) is None


def test_frames_of_an_older_wal_generation_are_not_damage(tmp_path: Path) -> None:
    db = tmp_path / "b.db"
    conn = _connect(db)
    _commit_some(conn, 12)
    conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    _commit_some(conn, 2)  # restarts the WAL from its start, new salts; older frames stay behind
    copy = tmp_path / "reused-wal"
    shutil.copy(f"{db}-wal", copy)
    conn.close()
    assert copy.stat().st_size > 32 + 30 * (24 + 4096)  # far more than two commits wrote
    assert wal.damage(copy) is None


def test_a_changed_byte_before_a_later_commit_is_damage(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    conn = _connect(db)
    _commit_some(conn, 8)
    copy = tmp_path / "wal"
    shutil.copy(f"{db}-wal", copy)
    conn.close()
    frame = 24 + 4096
    frames = (copy.stat().st_size - 32) // frame
    rng = random.Random(2)
    for _ in range(20):
        damaged = tmp_path / "damaged-wal"
        shutil.copy(copy, damaged)
        at = rng.randrange(0, 32 + (frames - 8) * frame)  # well before the last commit
        _flip(damaged, at)
        assert wal.damage(damaged) is not None, at
    assert wal.damage(tmp_path / "missing-wal") is None
