"""Garbage collection on the GUI thread only (as qutebrowser does).

Python's cyclic collector runs in whatever thread happens to allocate when a threshold is
crossed. If that is a database worker and the garbage holds a Qt widget (a closed dialog
whose lambdas point back at it), the widget is destroyed off the GUI thread and Qt crashes.
So automatic collection is turned off, and a timer on the GUI thread collects instead.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


class GuiThreadCollector(QObject):
    """Collects garbage from the GUI thread's event loop, generation by generation."""

    INTERVAL_MS = 500

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(self.INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        t0, t1, t2 = self._thresholds
        c0, c1, c2 = gc.get_count()
        if c0 > t0:
            gc.collect(2 if c2 > t2 else 1 if c1 > t1 else 0)

    def stop(self) -> None:
        self.timer.stop()
        gc.collect()
        gc.enable()
