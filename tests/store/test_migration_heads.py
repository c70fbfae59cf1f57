"""The start-up's check for «already at head» reads the revision files without Alembic; it must agree."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from desktop.store import migrations


def test_the_heads_read_from_the_files_are_alembics() -> None:
    assert migrations.file_heads() == set(migrations.script_directory().get_heads())


def test_opening_a_workspace_at_head_does_not_import_alembic(tmp_path: Path) -> None:
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from desktop.store.workspace import Workspace
        Workspace.create(Path({str(tmp_path / "ws")!r}), passphrase="en lang passordfrase").close()
        for name in [m for m in sys.modules if m == "alembic" or m.startswith("alembic.")]:
            del sys.modules[name]
        Workspace.open(Path({str(tmp_path / "ws")!r}), passphrase="en lang passordfrase").close()
        print("alembic" in sys.modules)
        """
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120)
    assert out.stdout.strip() == "False"
