"""OpenID Connect sign-in for the desktop: authorization code flow with PKCE and a loopback redirect.

RFC 8252 (OAuth for native apps): the system browser does the sign-in at the identity provider
(ID-porten or the municipality's own), which redirects to ``http://127.0.0.1:<port>/callback`` where
a one-shot listener in this process picks up the code. The app is a public client: PKCE (RFC 7636,
S256) stands in for a client secret, ``state`` ties the answer to the request we made, and
``nonce`` ties the ID token to it (the sync server checks that, see ``sync.server.oidc``).

Qt-free and blocking: the desktop runs :func:`login` off the GUI thread and passes
``QDesktopServices.openUrl`` as ``open_url``.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import html
import http.server
import re
import secrets
import socket
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit, urlunsplit

import requests

__all__ = [
    "LoopbackListener",
    "OidcError",
    "OidcTokens",
    "ProviderConfig",
    "discover",
    "fetch_json",
    "login",
    "pkce_pair",
]

HTTP_TIMEOUT = 15.0
_LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1"}
# How often a waiting login looks at its cancel event; the timeout itself is exact.
_CANCEL_POLL = 0.1


class OidcError(Exception):
    """Sign-in failed. ``message`` is Norwegian and meant for the user; ``detail`` is for the log."""

    def __init__(self, message: str, detail: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail


@dataclass(frozen=True)
class ProviderConfig:
    issuer: str
    authorization_endpoint: str
    token_endpoint: str
    jwks_uri: str


@dataclass(frozen=True)
class OidcTokens:
    # Tokens are credentials: keep them out of reprs and so out of logs.
    id_token: str = field(repr=False)
    access_token: str = field(repr=False)
    refresh_token: str | None = field(repr=False)
    expires_in: int | None
    nonce: str


def _require_secure(url: str, what: str) -> None:
    """https everywhere, except plain http on this machine (test and development providers)."""
    parts = urlsplit(url)
    if parts.scheme == "https" and parts.hostname:
        return
    if parts.scheme == "http" and parts.hostname in _LOOPBACK_HOSTS:
        return
    raise OidcError(
        "Innloggingstjenesten er feil satt opp: adressene må bruke https.",
        f"{what} is not https: {url!r}",
    )


def _session_scope(session: requests.Session | None) -> contextlib.AbstractContextManager[requests.Session]:
    """The caller's session as is, or a new one that is closed afterwards."""
    return contextlib.nullcontext(session) if session is not None else requests.Session()


def fetch_json(session: requests.Session, url: str, what: str) -> dict[str, Any]:
    """GET a JSON object from the provider; any failure is an :class:`OidcError` (``what`` names it in the log)."""
    try:
        response = session.get(url, headers={"Accept": "application/json"}, timeout=HTTP_TIMEOUT)
        response.raise_for_status()
        body = response.json()
    except (requests.RequestException, ValueError) as exc:
        raise OidcError(
            "Fikk ikke kontakt med innloggingstjenesten. Sjekk nettverket og prøv igjen.", f"{what}: {exc}"
        ) from exc
    if not isinstance(body, dict):
        raise OidcError("Innloggingstjenesten svarte med noe uventet.", f"{what}: not a JSON object")
    return body


def discover(issuer: str, *, session: requests.Session | None = None) -> ProviderConfig:
    """Read the provider's metadata (OpenID Connect Discovery 1.0)."""
    _require_secure(issuer, "issuer")
    url = issuer.rstrip("/") + "/.well-known/openid-configuration"
    with _session_scope(session) as http:
        body = fetch_json(http, url, "discovery")
    # Discovery §4.3: the document must name exactly the issuer we asked, or tokens would be checked
    # against an issuer the administrator never configured.
    if body.get("issuer") != issuer:
        raise OidcError(
            "Innloggingstjenesten er feil satt opp: den oppgir en annen utsteder enn den som er konfigurert.",
            f"expected issuer {issuer!r}, discovery says {body.get('issuer')!r}",
        )
    endpoints: dict[str, str] = {}
    for name in ("authorization_endpoint", "token_endpoint", "jwks_uri"):
        value = body.get(name)
        if not isinstance(value, str) or not value:
            raise OidcError("Innloggingstjenesten er feil satt opp.", f"discovery lacks {name}")
        _require_secure(value, name)
        endpoints[name] = value
    return ProviderConfig(issuer=issuer, **endpoints)


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def pkce_pair() -> tuple[str, str]:
    """A fresh (code_verifier, S256 code_challenge), RFC 7636 §4.1–4.2."""
    verifier = secrets.token_urlsafe(64)  # 86 characters of [A-Za-z0-9_-]
    return verifier, _b64url(hashlib.sha256(verifier.encode("ascii")).digest())


_PAGE = """<!doctype html>
<html lang="nb"><head><meta charset="utf-8"><title>{title}</title></head>
<body style="font-family: sans-serif; margin: 3em;"><h1>{title}</h1><p>{text}</p></body></html>
"""
_PAGE_OK = ("Stafettlogg", "Du er logget inn. Du kan lukke dette vinduet.")
_PAGE_FAILED = (
    "Stafettlogg",
    "Innloggingen ble ikke fullført. Gå tilbake til Stafettlogg for å se hva som skjedde. Du kan lukke dette vinduet.",
)
_PAGE_ALREADY = ("Stafettlogg", "Denne innloggingen er allerede behandlet. Du kan lukke dette vinduet.")


class _Server(http.server.ThreadingHTTPServer):
    # A thread per connection: browsers open speculative connections they may never use, and one of
    # those must not hold up the real callback.
    daemon_threads = True
    # Port 0 needs no reuse, and on Windows SO_REUSEADDR would let another program bind over our port
    # and take the callback (the code would still be useless to it without the PKCE verifier).
    allow_reuse_address = False
    listener: LoopbackListener

    def server_bind(self) -> None:
        exclusive = getattr(socket, "SO_EXCLUSIVEADDRUSE", None)  # Windows only
        if exclusive is not None:
            self.socket.setsockopt(socket.SOL_SOCKET, exclusive, 1)
        super().server_bind()


class _CallbackHandler(http.server.BaseHTTPRequestHandler):
    timeout = 10.0  # a connection that never sends a request is dropped

    def do_GET(self) -> None:
        server = self.server
        assert isinstance(server, _Server)
        url = urlsplit(self.path)
        if url.path != "/callback":  # favicon.ico and the like
            self.send_error(404)
            return
        # A parameter given twice is not trusted at all (RFC 6749 §3.1).
        params = {k: v[0] for k, v in parse_qs(url.query, keep_blank_values=True).items() if len(v) == 1}
        server.listener._answer(self, params)

    def log_message(self, format: str, *args: Any) -> None:
        pass  # the request line carries the authorization code: keep it off stderr


class LoopbackListener:
    """RFC 8252 §7.3: an ephemeral port on 127.0.0.1 that takes exactly one ``/callback``.

    Use as a context manager; leaving it closes the port. :meth:`wait` returns the query parameters
    of the first callback, whatever they say: checking them is the caller's job (the page shown to
    the browser only guesses from ``expected_state``).
    """

    def __init__(self, expected_state: str) -> None:
        self._expected_state = expected_state
        self._lock = threading.Lock()
        self._received = threading.Event()
        self._params: dict[str, str] | None = None
        self._server = _Server(("127.0.0.1", 0), _CallbackHandler)
        self._server.listener = self
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, name="oidc-loopback", daemon=True
        )
        self._closed = False

    @property
    def redirect_uri(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/callback"

    def __enter__(self) -> LoopbackListener:
        self._thread.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self._thread.is_alive():
            self._server.shutdown()
            self._thread.join()
        self._server.server_close()

    def wait(self, timeout: float, cancel: threading.Event | None = None) -> dict[str, str]:
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            step = remaining if cancel is None else min(remaining, _CANCEL_POLL)
            if self._received.wait(max(0.0, step)):
                break
            if cancel is not None and cancel.is_set():
                raise OidcError("Innloggingen ble avbrutt.", "cancelled while waiting for the callback")
            if time.monotonic() >= deadline:
                raise OidcError(
                    "Innloggingen tok for lang tid og ble avbrutt. Prøv igjen.",
                    f"no callback within {timeout} s",
                )
        assert self._params is not None
        return dict(self._params)

    def _answer(self, handler: _CallbackHandler, params: dict[str, str]) -> None:
        with self._lock:
            first = self._params is None
            if first:
                self._params = params
        ok = params.get("state") == self._expected_state and "code" in params and "error" not in params
        title, text = _PAGE_ALREADY if not first else _PAGE_OK if ok else _PAGE_FAILED
        body = _PAGE.format(title=html.escape(title), text=html.escape(text)).encode("utf-8")
        try:
            handler.send_response(200)
            handler.send_header("Content-Type", "text/html; charset=utf-8")
            handler.send_header("Content-Length", str(len(body)))
            handler.send_header("Cache-Control", "no-store")
            handler.end_headers()
            handler.wfile.write(body)
        finally:
            # Only after the page is written, so the browser has it before the port closes.
            if first:
                self._received.set()


def _with_query(url: str, params: Mapping[str, str]) -> str:
    parts = urlsplit(url)
    query = f"{parts.query}&{urlencode(params)}" if parts.query else urlencode(params)
    return urlunsplit(parts._replace(query=query))


_ERROR_MESSAGES = {
    "access_denied": "Innloggingen ble avbrutt eller avvist hos innloggingstjenesten.",
    "login_required": "Du må logge inn hos innloggingstjenesten for å fortsette.",
    "consent_required": "Innloggingen krever samtykke som ikke ble gitt.",
    "interaction_required": "Innloggingen krever at du fullfører et steg hos innloggingstjenesten.",
    "temporarily_unavailable": "Innloggingstjenesten er midlertidig utilgjengelig. Prøv igjen senere.",
    "server_error": "Innloggingstjenesten fikk en feil. Prøv igjen senere.",
}


def _check_callback(params: Mapping[str, str], *, state: str, issuer: str) -> str:
    """The authorization code, once the callback proves to answer our request."""
    # state first: an answer to another request is not read at all. An error answer without state
    # (some providers leave it out) only ends this sign-in, as a wrong state would, so it may speak.
    stateless_error = "state" not in params and bool(params.get("error"))
    if params.get("state") != state and not stateless_error:
        raise OidcError(
            "Innloggingen ble avbrutt: svaret kom ikke fra innloggingen vi startet (feil state).",
            "state mismatch in callback",
        )
    # RFC 9207: a provider that names itself in the answer must name the one we asked.
    if "iss" in params and params["iss"] != issuer:
        raise OidcError(
            "Innloggingen ble avbrutt: svaret kom fra en annen innloggingstjeneste enn den vi brukte.",
            f"callback iss {params['iss']!r} != {issuer!r}",
        )
    error = params.get("error")
    if error:
        # error_description is English and meant for developers: the user gets a known code, sanitised.
        name = re.sub(r"[^a-z_]", "", error.lower())[:40] or "ukjent"
        message = _ERROR_MESSAGES.get(name, f"Innloggingstjenesten avviste innloggingen ({name}).")
        raise OidcError(message, f"{error}: {params.get('error_description', '')}")
    code = params.get("code")
    if not code:
        raise OidcError("Innloggingstjenesten svarte uten innloggingskode.", "callback without code")
    return code


def _exchange_code(
    session: requests.Session,
    config: ProviderConfig,
    *,
    client_id: str,
    code: str,
    redirect_uri: str,
    verifier: str,
) -> dict[str, Any]:
    data = {
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": redirect_uri,
        "client_id": client_id,  # public client: identified, not authenticated (RFC 6749 §4.1.3)
        "code_verifier": verifier,
    }
    try:
        response = session.post(
            config.token_endpoint, data=data, headers={"Accept": "application/json"}, timeout=HTTP_TIMEOUT
        )
    except requests.RequestException as exc:
        raise OidcError(
            "Fikk ikke kontakt med innloggingstjenesten. Sjekk nettverket og prøv igjen.", f"token: {exc}"
        ) from exc
    try:
        body = response.json()
    except ValueError:
        body = None
    if response.status_code != 200 or not isinstance(body, dict):
        error = body.get("error") if isinstance(body, dict) else None
        raise OidcError(
            "Innloggingstjenesten godtok ikke innloggingen. Prøv igjen.",
            f"token endpoint {response.status_code}: {error!r}",
        )
    return body


def login(
    issuer: str,
    client_id: str,
    open_url: Callable[[str], None],
    *,
    scope: str = "openid profile",
    timeout: float = 300.0,
    session: requests.Session | None = None,
    cancel: threading.Event | None = None,
) -> OidcTokens:
    """Sign in through the system browser; blocks until the browser comes back or ``timeout`` s pass.

    Setting ``cancel`` (e.g. the user closes the sign-in dialog) ends the wait within a tenth of a
    second. The returned ID token is not verified here: the sync server does that, with ``nonce``.
    """
    with _session_scope(session) as http:
        config = discover(issuer, session=http)
        verifier, challenge = pkce_pair()
        state = secrets.token_urlsafe(32)
        nonce = secrets.token_urlsafe(32)
        with LoopbackListener(state) as listener:
            redirect_uri = listener.redirect_uri
            open_url(
                _with_query(
                    config.authorization_endpoint,
                    {
                        "response_type": "code",
                        "client_id": client_id,
                        "redirect_uri": redirect_uri,
                        "scope": scope,
                        "state": state,
                        "nonce": nonce,
                        "code_challenge": challenge,
                        "code_challenge_method": "S256",
                    },
                )
            )
            params = listener.wait(timeout, cancel)
        code = _check_callback(params, state=state, issuer=config.issuer)
        body = _exchange_code(
            http, config, client_id=client_id, code=code, redirect_uri=redirect_uri, verifier=verifier
        )
        id_token, access_token = body.get("id_token"), body.get("access_token")
        if not isinstance(id_token, str) or not isinstance(access_token, str):
            raise OidcError("Innloggingstjenesten svarte uten ID-token.", "token response lacks id_token/access_token")
        refresh_token = body.get("refresh_token")
        expires_in = body.get("expires_in")
    return OidcTokens(
        id_token=id_token,
        access_token=access_token,
        refresh_token=refresh_token if isinstance(refresh_token, str) else None,
        expires_in=expires_in if isinstance(expires_in, int) and not isinstance(expires_in, bool) else None,
        nonce=nonce,
    )
