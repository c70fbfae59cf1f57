"""``python -m desktop`` and the ``stafettlogg`` entry point."""

from __future__ import annotations

import sys


def main() -> int:
    from desktop.app import main as run

    return run(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
