"""A lossy HTTP proxy on loopback between one PC and the server.

Each request the PC makes goes to the server on a connection of its own. A fault planned for
the PC's next push (or pull) is applied to it:

- ``drop-request``: the connection is cut before the server sees anything;
- ``drop-response``: the server does the work, the answer is thrown away, the connection cut;
- ``duplicate``: the request goes to the server twice at once; the PC gets one of the answers;
- ``delay``: the answer is held a few milliseconds;
- ``reorder``: the request is held and the connection cut; it reaches the server only after
  the PC's next request has been served, so the server sees them in the wrong order;
- ``late-duplicate``: served normally, and sent again after the PC's next request;
- ``kill-client``: the request reaches the server, then the PC's process is killed (``-9``)
  while the server works on it;
- ``kill-server``: the request reaches the server, then the server's process is killed at once;
- ``server:<point>``: the request carries a header that makes the server kill itself at that
  point (see :mod:`tests.sync.faults.server`).

The proxy never restarts anything; the test does, between its steps.
"""

from __future__ import annotations

import socket
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from tests.sync.faults.server import HEADER

PROXY_FAULTS = (
    "drop-request",
    "drop-response",
    "duplicate",
    "delay",
    "reorder",
    "late-duplicate",
    "kill-client",
    "kill-server",
)


@dataclass
class Planned:
    kind: str
    target: str  # push / pull / any
    delay: float = 0.0
    answer_from: int = 0  # which of a duplicate's two answers the PC gets


def kind_of(request: bytes) -> str:
    path = request.split(b" ", 2)[1] if b" " in request else b""
    return {b"/v1/push": "push", b"/v1/pull": "pull"}.get(path, "other")


def _read_request(conn: socket.socket) -> bytes | None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        body += chunk
    return head + b"\r\n\r\n" + body


def _with_headers(request: bytes, extra: dict[str, str]) -> bytes:
    """The request on a connection of its own (``Connection: close``), plus ``extra``."""
    head, _, body = request.partition(b"\r\n\r\n")
    lines = [line for line in head.split(b"\r\n") if not line.lower().startswith(b"connection:")]
    lines.append(b"Connection: close")
    lines += [f"{k}: {v}".encode() for k, v in extra.items()]
    return b"\r\n".join(lines) + b"\r\n\r\n" + body


class FaultProxy:
    """One PC's proxy; ``plan`` is consumed by the matching requests, in order."""

    def __init__(
        self,
        name: str,
        upstream: int,
        *,
        kill_client: Callable[[], None],
        kill_server: Callable[[], None],
    ) -> None:
        self.name = name
        self.upstream = upstream
        self.kill_client = kill_client
        self.kill_server = kill_server
        self.plan: deque[Planned] = deque()
        self.held: list[bytes] = []  # requests to deliver after the next one is served
        self.fired: list[str] = []
        self.requests: list[str] = []
        self.errors: list[BaseException] = []
        self._lock = threading.Lock()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._threads: list[threading.Thread] = []
        self._closed = False
        self._acceptor = threading.Thread(target=self._accept, name=f"proxy-{name}", daemon=True)
        self._acceptor.start()

    # --- plumbing ------------------------------------------------------------------------

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self._listener.accept()
            except OSError:
                return  # closed
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def close(self) -> None:
        self._closed = True
        self._listener.close()
        for thread in self._threads:
            thread.join(30)

    def _open(self) -> socket.socket | None:
        try:
            return socket.create_connection(("127.0.0.1", self.upstream), timeout=60)
        except OSError:
            return None

    @staticmethod
    def _finish(upstream: socket.socket) -> bytes:
        """The server's whole answer (it closes the connection after it), or b"" if it died."""
        data = b""
        try:
            while chunk := upstream.recv(65536):
                data += chunk
        except OSError:
            return b""
        finally:
            upstream.close()
        return data

    def _forward(self, request: bytes, extra: dict[str, str] | None = None) -> bytes:
        upstream = self._open()
        if upstream is None:
            return b""
        try:
            upstream.sendall(_with_headers(request, extra or {}))
        except OSError:
            upstream.close()
            return b""
        return self._finish(upstream)

    def _take(self, kind: str) -> Planned | None:
        with self._lock:
            if kind != "other" and self.plan and self.plan[0].target in (kind, "any"):
                return self.plan.popleft()
            return None

    def _release_held(self) -> None:
        with self._lock:
            held, self.held = self.held, []
        for request in held:
            self._forward(request)

    # --- one request ---------------------------------------------------------------------

    def _serve(self, conn: socket.socket) -> None:
        try:
            with conn:
                request = _read_request(conn)
                if request is None:
                    return
                answer = self._handle(request)
                if answer:
                    conn.sendall(answer)
        except OSError:
            pass  # the PC was killed or gave up
        except BaseException as error:  # pragma: no cover - reported by the test
            self.errors.append(error)

    def _handle(self, request: bytes) -> bytes:
        kind = kind_of(request)
        self.requests.append(kind)
        planned = self._take(kind)
        if planned is None:
            answer = self._forward(request)
            self._release_held()
            return answer
        fault = planned.kind
        self.fired.append(fault)
        if fault == "drop-request":
            return b""
        if fault == "drop-response":
            self._forward(request)
            return b""
        if fault == "duplicate":
            answers: list[bytes] = [b"", b""]

            def send(i: int) -> None:
                answers[i] = self._forward(request)

            twins = [threading.Thread(target=send, args=(i,)) for i in (0, 1)]
            for t in twins:
                t.start()
            for t in twins:
                t.join()
            return answers[planned.answer_from]
        if fault == "delay":
            answer = self._forward(request)
            threading.Event().wait(planned.delay)  # the fault itself: a slow network
            return answer
        if fault == "reorder":
            with self._lock:
                self.held.append(request)
            return b""
        if fault == "late-duplicate":
            answer = self._forward(request)
            with self._lock:
                self.held.append(request)
            return answer
        if fault in ("kill-client", "kill-server"):
            upstream = self._open()
            if upstream is None:
                return b""
            upstream.sendall(_with_headers(request, {}))
            (self.kill_client if fault == "kill-client" else self.kill_server)()
            self._finish(upstream)
            return b""
        if fault.startswith("server:"):
            return self._forward(request, {HEADER: fault.removeprefix("server:")})
        raise AssertionError(f"unknown fault {fault}")
