"""``python -m desktop`` and the ``stafettlogg`` entry point."""

from __future__ import annotations

import gc
import sys


def main() -> int:
    # No automatic collections while the app imports: they would traverse the ~100,000 objects
    # of its modules (SQLAlchemy, the mapped entities, Qt's wrappers) again and again, ~50 ms of
    # a start. app.main freezes those objects; the GUI-thread collector (models/collector.py)
    # collects the rest from then on.
    gc.disable()
    from desktop.app import main as run

    return run(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
