from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from desktop.core.snapshot import LoggSnapshot, snapshot

from .conftest import Desk


def test_desk_reads_a_training_log_in_the_background(desk_for: Callable[[str], Desk], qtbot: QtBot) -> None:
    desk = desk_for("Kari Nilsen")
    got: list[LoggSnapshot] = []
    logg = desk.training.logs["Ella Fjellstad"]
    errs: list[object] = []
    desk.backend.bug.connect(errs.append)
    desk.backend.error.connect(errs.append)
    desk.backend.call(lambda ctx: snapshot(ctx, logg), success=got.append)  # type: ignore[arg-type]
    desk.wait(qtbot)
    assert errs == []
    assert got and got[0].barn == "Ella Fjellstad"
