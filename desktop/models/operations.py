"""The one background-operation helper (as Anki's ``CollectionOp``, Picard's ``run_task``).

Database work runs on one worker thread (serialised, so SQLite sees one writer); network
work on another. Success and failure come back on the GUI thread; the GUI never waits.
"""

from __future__ import annotations

import concurrent.futures
import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal

log = logging.getLogger(__name__)

T = TypeVar("T")


class Operations(QObject):
    """Runs callables off the GUI thread.

    Signals:
        finished: emitted on the GUI thread after each operation's callbacks ran.
        failed: (exception) for a failure that had no failure callback — the app shows it.
    """

    finished = Signal()
    failed = Signal(object)
    _done = Signal(object, object, object, object)  # success, failure, result, error

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="stafettlogg-db")
        self._net = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="stafettlogg-net")
        self._pending = 0
        # Queued even when the work is done before ``run`` returns (the future then calls back on
        # this thread at once): the caller may not be ready yet, e.g. a view asking in __init__.
        self._done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def run(
        self,
        work: Callable[[], T],
        *,
        success: Callable[[T], Any] | None = None,
        failure: Callable[[BaseException], Any] | None = None,
        network: bool = False,
    ) -> None:
        """Run ``work`` in the background; then ``success(result)`` or ``failure(exc)`` on the GUI thread."""
        self._pending += 1
        pool = self._net if network else self._db
        future = pool.submit(work)
        # The emit happens on the worker thread; Qt queues the slot onto this object's (GUI) thread.
        future.add_done_callback(lambda f: self._done.emit(success, failure, *_outcome(f)))

    def _deliver(self, success: Any, failure: Any, result: Any, error: BaseException | None) -> None:
        self._pending -= 1
        try:
            if error is None:
                if success is not None:
                    success(result)
            elif failure is not None:
                failure(error)
            else:
                self.failed.emit(error)
        finally:
            self.finished.emit()

    def shutdown(self) -> None:
        """Wait for running work (a commit must finish), then stop the workers."""
        self._db.shutdown(wait=True)
        self._net.shutdown(wait=True, cancel_futures=True)


def _outcome(future: concurrent.futures.Future[Any]) -> tuple[Any, BaseException | None]:
    error = future.exception()
    if error is not None:
        return None, error
    return future.result(), None
