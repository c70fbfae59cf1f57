"""The crash loop's fork server: forks a writer on request and kills it with SIGKILL after a delay.

Run as ``python -m tests.reliability.forkserver DATA_DIR CAST_JSON``, with the workspace key in
the environment (``STAFETTLOGG_CRASH_KEYRING``, the test keyring's entries as JSON). Everything
is imported once here, so a writer forked from it is at work within milliseconds and a cycle
costs the kill, not a Python start-up.

One request per line on stdin, ``{"seed": n, "delay": seconds}``; the answer, one line on
stdout: every line the writer sent before it died (see :mod:`tests.reliability.writer`), whether
our SIGKILL ended it, and its wait status. The writer is forked with a pipe; the server reads
the pipe until the delay is up, kills the writer, then reads what is left until the pipe's end.
"""

from __future__ import annotations

import json
import os
import random
import select
import signal
import sys
import time
from pathlib import Path

import keyring

import desktop.core.commands  # noqa: F401  (everything the writer needs, imported before any fork)
from desktop.store.keys import MemoryKeyring
from desktop.store.workspace import Workspace
from tests.reliability.writer import Cast, Writer, child_main

KEYRING_ENV = "STAFETTLOGG_CRASH_KEYRING"


def _read_some(fd: int, timeout: float, buffer: bytearray) -> bool:
    """Read what is there within ``timeout``; False at the end of the pipe."""
    ready, _, _ = select.select([fd], [], [], max(timeout, 0.0))
    if not ready:
        return True
    chunk = os.read(fd, 65536)
    buffer += chunk
    return bool(chunk)


def cycle(data_dir: Path, cast: Cast, seed: int, delay: float) -> dict[str, object]:
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the writer
        os.close(read_fd)
        try:
            child_main(data_dir, cast, seed, write_fd)
        finally:
            os._exit(3)
    os.close(write_fd)
    buffer = bytearray()
    deadline = time.monotonic() + delay
    open_ = True
    while open_ and (left := deadline - time.monotonic()) > 0:
        open_ = _read_some(read_fd, left, buffer)
    killed = False
    if open_:
        os.kill(pid, signal.SIGKILL)
        killed = True
        while _read_some(read_fd, 30.0, buffer):
            pass
    os.close(read_fd)
    _, status = os.waitpid(pid, 0)
    return {
        "pid": pid,
        "killed": killed and os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL,
        "status": status,
        "lines": buffer.decode("utf-8").splitlines(),
    }


def main() -> None:
    data_dir = Path(sys.argv[1])
    cast = Cast.from_json(sys.argv[2])
    backend = MemoryKeyring()
    for service, user, password in json.loads(os.environ.pop(KEYRING_ENV)):
        backend.set_password(service, user, password)
    keyring.set_keyring(backend)
    # Warm up: lazy imports (the migrations), mapper configuration. Nothing is written, and no
    # connection stays open across a fork.
    with Workspace.open(data_dir) as ws:
        Writer(ws, cast, random.Random(0), lambda line: None)._open_logs()
    print("ready", flush=True)
    for line in sys.stdin:
        request = json.loads(line)
        answer = cycle(data_dir, cast, int(request["seed"]), float(request["delay"]))
        print(json.dumps(answer), flush=True)


if __name__ == "__main__":
    main()
