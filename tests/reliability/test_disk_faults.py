"""Disk full and a read-only data folder mid-work, on a real small filesystem.

The workspace lives on its own tmpfs (``mount -t tmpfs -o size=…``; the tests need root and skip
without it). *Disk full*: a ballast file takes every free block while a use case runs; the save
must fail with DiskFull and its Norwegian message, roll back whole, keep the typed text in the
dialog, and succeed once the ballast is gone. *Read-only*: the filesystem is remounted read-only
between two saves (Linux refuses that while a file on it is open for writing, so the pool's idle
connections are closed first, as after a restart); the save fails with ReadOnlyLocation, and works
again after the remount read-write.
"""

from __future__ import annotations

import contextlib
import errno
import os
import random
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.core import audit
from desktop.core.context import Context, PersonRef
from desktop.core.entities import Notat, SyncChange
from desktop.core.usecases import content
from desktop.models.backend import Backend
from desktop.models.operations import Operations
from desktop.store.errors import DiskFull, ReadOnlyLocation
from desktop.store.workspace import Workspace
from tests.core.conftest import Clock
from tests.reliability.writer import tiny_pdf
from tests.views.conftest import PASSPHRASE, TRAINING_NOW, Desk, Training
from tests.views.helpers import by_name, load_snapshot, screenshot

from PySide6.QtWidgets import QDialog, QLabel, QPlainTextEdit, QPushButton

from desktop.views.notater import NotaterPage

NOTE = "Ella ba om å få sitte ved vinduet i dag. Vi prøver det hele uka."


def _mount(*args: str) -> None:
    subprocess.run(["mount", *args], check=True, capture_output=True, text=True)


@contextlib.contextmanager
def small_filesystem(point: Path, size_mb: int) -> Iterator[Path]:
    if os.geteuid() != 0:
        pytest.skip("a size-limited tmpfs needs root (mount)")
    point.mkdir(parents=True, exist_ok=True)
    try:
        _mount("-t", "tmpfs", "-o", f"size={size_mb}m,mode=0700", "tmpfs", str(point))
    except (OSError, subprocess.CalledProcessError) as exc:
        pytest.skip(f"mount -t tmpfs does not work here: {getattr(exc, 'stderr', exc)}")
    try:
        yield point
    finally:
        subprocess.run(["umount", "-l", str(point)], check=False, capture_output=True)


def fill(folder: Path) -> Path:
    """Take every free block with a ballast file (until ENOSPC); the file, to free it again."""
    ballast = folder / "ballast"
    block = b"\0" * (1 << 20)
    with open(ballast, "wb", buffering=0) as f:
        try:
            while True:
                f.write(block)
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
        with contextlib.suppress(OSError):
            while True:
                f.write(b"\0" * 512)
    return ballast


def _size_mb(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) // (1 << 20) + 1


@pytest.fixture
def on_small_disk(training_template: Training, tmp_path: Path) -> Iterator[tuple[Workspace, PersonRef, Path]]:
    """The training municipality on a tmpfs with 6 MB to spare; Kari Nilsen signs in."""
    with small_filesystem(tmp_path / "small", _size_mb(training_template.dir) + 6) as point:
        folder = point / "ws"
        shutil.copytree(training_template.dir, folder)
        ws = Workspace.open(folder, passphrase=PASSPHRASE)
        try:
            yield ws, training_template.people["Kari Nilsen"], point
        finally:
            ws.close()


def _counts(ws: Workspace) -> tuple[int, int]:
    with ws.session() as s:
        return s.scalar(select(func.count()).select_from(Notat)) or 0, s.scalar(
            select(func.count()).select_from(SyncChange)
        ) or 0


def test_disk_full_while_a_use_case_runs_rolls_back_and_the_same_save_works_later(
    on_small_disk: tuple[Workspace, PersonRef, Path], training_template: Training
) -> None:
    ws, kari, point = on_small_disk
    logg_id = training_template.logs["Ella Fjellstad"]
    pdf = tiny_pdf(random.Random(1))
    before = _counts(ws)
    ballast: list[Path] = []

    def save(ctx: Context, fill_now: bool) -> None:
        content.add_notat(ctx, logg_id, NOTE, vedlegg=[("plan.pdf", pdf)])
        if fill_now:  # the disk runs full while the transaction is open, before its commit
            ballast.append(fill(point))

    with pytest.raises(DiskFull) as caught, ws.transaction(kari) as ctx:
        save(ctx, True)
    assert caught.value.message.startswith("Disken er full, så endringen ble ikke lagret.")
    assert _counts(ws) == before
    # Still full: the next try fails the same way, and nothing is half-written.
    with pytest.raises(DiskFull), ws.transaction(kari) as ctx:
        save(ctx, False)
    assert _counts(ws) == before
    ballast[0].unlink()
    with ws.transaction(kari) as ctx:
        save(ctx, False)
    assert _counts(ws) == (before[0] + 1, before[1] + 1)
    ws.check_integrity()
    with ws.session() as s:
        assert audit.verify(s).ok


def test_a_read_only_data_folder_refuses_the_save_clearly_and_it_works_after(
    on_small_disk: tuple[Workspace, PersonRef, Path], training_template: Training
) -> None:
    ws, kari, point = on_small_disk
    logg_id = training_template.logs["Ella Fjellstad"]
    with ws.transaction(kari) as ctx:
        content.post_lysglimt(ctx, logg_id, "Ella hjalp Noah med skoene.")
    before = _counts(ws)
    ws.engine.dispose()  # no file open for writing: Linux allows the remount only then
    _mount("-o", "remount,ro", str(point))
    try:
        with pytest.raises(ReadOnlyLocation) as caught, ws.transaction(kari) as ctx:
            content.add_notat(ctx, logg_id, NOTE)
        assert "ikke kan skrives til" in caught.value.message
    finally:
        _mount("-o", "remount,rw", str(point))
    assert _counts(ws) == before
    with ws.transaction(kari) as ctx:
        content.add_notat(ctx, logg_id, NOTE)
    assert _counts(ws) == (before[0] + 1, before[1] + 1)
    ws.check_integrity()


def test_the_note_dialog_keeps_the_typed_text_when_the_disk_is_full(
    on_small_disk: tuple[Workspace, PersonRef, Path], training_template: Training, qtbot: QtBot
) -> None:
    ws, kari, point = on_small_disk
    ops = Operations()
    backend = Backend(ops, ws.transaction, kari, clock=Clock(TRAINING_NOW))
    bugs: list[BaseException] = []
    backend.bug.connect(bugs.append)
    desk = Desk(ws, backend, ops, Clock(TRAINING_NOW), training_template)
    try:
        page = NotaterPage(backend)
        qtbot.addWidget(page)
        page.resize(1366, 768)
        page.show()
        page.set_snapshot(load_snapshot(desk, qtbot))
        before = _counts(ws)

        by_name(page, "Nytt notat", QPushButton).click()
        dialog = by_name(page, "Nytt notat", QDialog)
        text = by_name(dialog, "Notat", QPlainTextEdit)
        qtbot.keyClicks(text, NOTE)
        ballast = fill(point)
        by_name(dialog, "Lagre notatet", QPushButton).click()
        error = by_name(dialog, "Feilmelding", QLabel)
        qtbot.waitUntil(error.isVisible)
        assert error.text() == DiskFull.message
        assert text.toPlainText() == NOTE and dialog.isVisible()
        assert _counts(ws) == before
        screenshot(dialog, "dialog-disken-er-full.png")

        ballast.unlink()  # space again: the same click saves what was typed
        with qtbot.waitSignal(dialog.finished):
            by_name(dialog, "Lagre notatet", QPushButton).click()
        assert dialog.result() == QDialog.DialogCode.Accepted
        desk.wait(qtbot)
        assert _counts(ws) == (before[0] + 1, before[1] + 1)
        with ws.session() as s:
            assert s.scalar(select(func.count()).select_from(Notat).where(Notat.tekst == NOTE)) == 1
    finally:
        desk.wait(qtbot)
        ops.shutdown()
    assert bugs == []
