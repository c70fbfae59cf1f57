"""Damage in the middle of a WAL file, found before SQLite would quietly cut the WAL short there.

SQLite's recovery takes the first WAL frame that fails its checksum (or carries the wrong salt)
for the end of the log: that frame's commit and every later one vanish without an error. A crash
can only leave such a frame at the *end* of what was written (a torn append, an unfinished
transaction, frames of an older WAL generation, which carry older salts). So when a frame
SQLite would reject is followed by a frame of the same generation that is whole (its checksum
holds, chained from the stored checksum before it) and ends a transaction, the file was changed
after it was written: bytes flipped on disk or edited by hand. The caller refuses to open it
rather than let SQLite drop committed work. See https://www.sqlite.org/fileformat.html#walformat.

Known limit: a power cut *during* a commit, with the disk writing its frames out of order, could
look the same (the transaction had not been confirmed to anyone).
"""

from __future__ import annotations

import struct
from pathlib import Path

_MAGIC_LE = 0x377F0682
_MAGIC_BE = 0x377F0683
_HEADER = 32
_FRAME_HEADER = 24
# SQLCipher's page size (the engine never changes it), for a header whose page size was damaged.
DEFAULT_PAGE_SIZE = 4096


def _checksum(data: bytes, s0: int, s1: int, big_endian: bool) -> tuple[int, int]:
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1


def _valid_page_size(size: int) -> bool:
    return 512 <= size <= 65536 and size & (size - 1) == 0


def damage(wal: Path) -> str | None:
    """Why ``wal`` holds committed frames that SQLite would drop, or None (also for no WAL)."""
    try:
        data = wal.read_bytes()
    except FileNotFoundError:
        return None
    if len(data) < _HEADER:
        return None
    magic, _version, page_size, _seq = struct.unpack(">4I", data[:16])
    salts = data[16:24]
    stored_header = struct.unpack(">2I", data[24:32])
    orders = [magic == _MAGIC_BE] if magic in (_MAGIC_LE, _MAGIC_BE) else [True, False]
    sizes = [page_size] if _valid_page_size(page_size) else []
    sizes += [DEFAULT_PAGE_SIZE] if DEFAULT_PAGE_SIZE not in sizes else []
    for big_endian in orders:
        for size in sizes:
            found = _damage_in(data, salts, stored_header, size, big_endian)
            if found is not None:
                return found
    return None


def _damage_in(
    data: bytes, salts: bytes, stored_header: tuple[int, int], page_size: int, big_endian: bool
) -> str | None:
    header_ok = _checksum(data[:24], 0, 0, big_endian) == stored_header and data[:4] in (
        struct.pack(">I", _MAGIC_LE),
        struct.pack(">I", _MAGIC_BE),
    )
    first_bad: int | None = None if header_ok else -1
    previous = stored_header
    frame_size = _FRAME_HEADER + page_size
    frames = (len(data) - _HEADER) // frame_size
    for i in range(frames):
        start = _HEADER + i * frame_size
        header = data[start : start + _FRAME_HEADER]
        page = data[start + _FRAME_HEADER : start + frame_size]
        pgno, commit_size = struct.unpack(">2I", header[:8])
        stored = struct.unpack(">2I", header[16:24])
        whole = pgno != 0 and header[8:16] == salts and _checksum(header[:8] + page, *previous, big_endian) == stored
        if first_bad is None and not whole:
            first_bad = i
        elif first_bad is not None and whole and commit_size != 0:
            where = "the WAL header" if first_bad < 0 else f"frame {first_bad + 1}"
            return f"WAL damaged at {where}; frame {i + 1} after it ends a committed transaction"
        previous = stored
    return None
