"""Imported once by the fork server that the fault runs fork their servers and PCs from.

Never import it in the test process: it patches modules (see driver.keep_engines and
server.install_after_commit).

Besides importing the desktop, the client and the server, it runs one whole sync in this
process at the paths every run uses (a server thread and the three PCs, stopped and joined
again), so a server or PC forked later starts with its imports done, its mappers configured
and its engine's SQL compiled: a restart after ``kill -9`` costs milliseconds. ``WARM`` names
the template and the run folder (set by :class:`tests.sync.faults.harness.Bench`).
"""

from __future__ import annotations

import json
import os
import shutil
import threading
from pathlib import Path
from typing import Any

import keyring
from sqlalchemy.orm import configure_mappers

from tests.sync.faults import driver, server
from tests.sync.faults.local import WARM, FileKeyring, FileTokens, dump
from tests.sync.support import LiveServer


def warm_up(setup: dict[str, Any]) -> None:
    """One sync of each PC of a setup (see :meth:`tests.sync.faults.harness.Setup.warm`)."""
    from desktop.store.workspace import Workspace
    from sync.client import SyncClient

    current, targets = Path(setup["current"]), setup["targets"]
    shutil.rmtree(current, ignore_errors=True)
    shutil.copytree(setup["template"], current, ignore=shutil.ignore_patterns("server.db*"))
    server.reset(setup["database"])
    app = server.app_for(setup["database"]["url"])
    running = LiveServer(app)
    try:
        for name in sorted(targets):
            workspace_dir, keyring_file, token_file = driver.paths(current / name)
            keyring.set_keyring(FileKeyring(keyring_file))
            workspace = Workspace.open(workspace_dir)
            client = SyncClient(running.url, workspace.sync_transaction, FileTokens(token_file))
            kinds = ["lysglimt", "oppmerksomhet", "combo"] if targets[name]["oppmerksomhet"] else ["lysglimt"]
            for kind in kinds:
                driver.edit(workspace, client, {"kind": kind, "text": f"warm {kind}", **targets[name]})
            client.sync()
            dump(workspace)
            client.http.close()
    finally:
        running.stop()
    app.state.engine.dispose()


configure_mappers()
driver.keep_engines()
server.install_after_commit()
if os.environ.get(WARM):
    for each in json.loads(os.environ[WARM]):
        warm_up(each)
    driver.forget_connections()
    for thread in threading.enumerate():
        if thread is not threading.main_thread():
            thread.join(30)
    assert threading.active_count() == 1, "no thread may live when the fork server forks"
