"""The background-operation helper: answers always come on a later turn of the GUI's event loop."""

from __future__ import annotations

import concurrent.futures
from collections.abc import Callable
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.models.operations import Operations


def _done_at_once(fn: Callable[[], Any]) -> concurrent.futures.Future[Any]:
    """A worker that has finished before ``run`` reaches ``add_done_callback`` (a busy GUI thread)."""
    future: concurrent.futures.Future[Any] = concurrent.futures.Future()
    try:
        future.set_result(fn())
    except Exception as exc:
        future.set_exception(exc)
    return future


@pytest.mark.parametrize("fails", [False, True])
def test_an_answer_ready_at_once_still_waits_for_the_event_loop(qtbot: QtBot, fails: bool) -> None:
    ops = Operations()
    ops._db.submit = _done_at_once  # type: ignore[method-assign,assignment]
    answers: list[object] = []

    def work() -> int:
        if fails:
            raise LookupError("ikke funnet")
        return 7

    ops.run(work, success=answers.append, failure=answers.append)
    assert answers == [] and ops.busy  # the caller (a view in its __init__) is not ready yet
    qtbot.waitUntil(lambda: not ops.busy, timeout=5_000)
    assert len(answers) == 1 and (isinstance(answers[0], LookupError) if fails else answers[0] == 7)
    ops.shutdown()
