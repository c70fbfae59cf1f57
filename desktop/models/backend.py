"""The views' one way to the core: use cases in a transaction, off the GUI thread.

Every call runs ``work(ctx)`` on the database worker inside one transaction as the signed-in
person. A returned :class:`Changes` is broadcast with ``changed`` so open views refresh only
what concerns them (as Anki's ``OpChanges``). Known faults (a rule, a full disk) go to the
caller's ``failure`` — typed text stays where it is; anything else is a bug for the crash dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any, Protocol, TypeVar

from desktop.core.context import Changes, Clock, Context, PersonRef, system_clock
from desktop.core.errors import DomainError
from desktop.models.operations import Operations
from desktop.store.errors import StoreError

from PySide6.QtCore import QObject, Signal

T = TypeVar("T")


class TransactionFactory(Protocol):
    def __call__(self, who: PersonRef, *, clock: Clock = ...) -> AbstractContextManager[Context]: ...


def is_known(exc: BaseException) -> bool:
    return isinstance(exc, DomainError | StoreError)


class Backend(QObject):
    """Signals:
    changed: (Changes) after a successful change, on the GUI thread.
    error: (str) a known fault that no caller handled — shown by the main window.
    bug: (BaseException) an unexpected error — the crash dialog.
    """

    changed = Signal(object)
    error = Signal(str)
    bug = Signal(object)

    def __init__(
        self,
        ops: Operations,
        transaction: TransactionFactory,
        who: PersonRef,
        *,
        clock: Clock = system_clock,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.who = who
        self.clock = clock
        self._transaction = transaction
        self._locked = False
        # Set by the sync service of a server-connected workspace; views read it without importing
        # the sync (desktop.models.sync).
        self.connected = False

    def transaction(self) -> AbstractContextManager[Context]:
        return self._transaction(self.who, clock=self.clock)

    def set_transaction(self, transaction: TransactionFactory | None) -> None:
        """The idle lock drops the workspace (and its key); unlocking hands a new one."""
        if transaction is not None:
            self._transaction = transaction
        self._locked = transaction is None

    @property
    def locked(self) -> bool:
        return self._locked

    def call(
        self,
        work: Callable[[Context], T],
        *,
        success: Callable[[T], Any] | None = None,
        failure: Callable[[str], Any] | None = None,
    ) -> None:
        """Run ``work(ctx)`` in one transaction; ``failure`` gets the Norwegian message of a known fault."""
        if self._locked:
            if failure is not None:
                failure(self.tr("Stafettlogg er låst. Lås opp og prøv igjen; det du skrev, er tatt vare på."))
            return

        def run() -> T:
            with self.transaction() as ctx:
                return work(ctx)

        def done(result: T) -> None:
            if isinstance(result, Changes):
                self.changed.emit(result)
            if success is not None:
                success(result)

        def failed(exc: BaseException) -> None:
            if not is_known(exc):
                self.bug.emit(exc)
            elif failure is not None:
                failure(str(getattr(exc, "message", exc)))
            else:
                self.error.emit(str(getattr(exc, "message", exc)))

        self.ops.run(run, success=done, failure=failed)
