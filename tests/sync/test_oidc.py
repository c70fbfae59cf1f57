"""OpenID Connect sign-in (sync.oidc) and ID token checks (sync.server.oidc) against a local provider.

oidc-provider-mock runs on 127.0.0.1 for the whole module. It ignores PKCE and wants a client
secret, so a small WSGI front (``PkceFront``) makes it behave like ID-porten does for a native app:
a public client that must send the S256 code verifier matching the challenge of its code.
A ``Browser`` plays the system browser that ``login`` opens.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import io
import json
import re
import threading
import time
import warnings
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
import requests
import werkzeug.serving
from joserfc import jwt
from joserfc.jwk import ECKey, RSAKey

from sync.oidc import OidcError, OidcTokens, discover, login, pkce_pair
from sync.server.oidc import JwksCache, person_claim, verify_id_token

if TYPE_CHECKING:
    from _typeshed.wsgi import StartResponse, WSGIApplication, WSGIEnvironment

with warnings.catch_warnings():
    # The mock imports authlib.jose, which warns that it is deprecated: the mock's business, not ours.
    # authlib.deprecate puts its own "always" filter first when imported, so ours goes in after it.
    import authlib.deprecate  # type: ignore[import-untyped]

    warnings.simplefilter("ignore", authlib.deprecate.AuthlibDeprecationWarning)
    import oidc_provider_mock  # type: ignore[import-untyped]

# The mock runs on a thread of this process, so pytest's "warnings are errors" reaches it too, and
# authlib warns the mock about an API it still uses. Its warning, not ours: let it pass.
pytestmark = pytest.mark.filterwarnings("ignore:get_jwt_config:DeprecationWarning")

CLIENT_ID = "stafettlogg-test"
SUBJECT = "01018012345"  # fødselsnummer-shaped, not a real one


def _s256(verifier: str) -> str:
    return base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()


def _json(start_response: StartResponse, status: str, body: object) -> Iterable[bytes]:
    data = json.dumps(body).encode()
    start_response(status, [("Content-Type", "application/json"), ("Content-Length", str(len(data)))])
    return [data]


@dataclass
class PkceFront:
    app: WSGIApplication
    challenges: dict[str, str] = field(default_factory=dict)  # authorization code -> code_challenge
    token_requests: int = 0
    jwks_requests: int = 0
    jwks_override: dict[str, Any] | None = None

    def reset(self) -> None:
        self.challenges.clear()
        self.token_requests = self.jwks_requests = 0
        self.jwks_override = None

    def __call__(self, environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        path = environ["PATH_INFO"]
        if path == "/oauth2/authorize":
            query = parse_qs(environ["QUERY_STRING"])
            if query.get("code_challenge_method") != ["S256"] or len(query.get("code_challenge", [])) != 1:
                return _json(start_response, "400 Bad Request", {"error": "invalid_request"})
            challenge = query["code_challenge"][0]

            def remember_code(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
                for code in parse_qs(urlsplit(dict(headers).get("Location", "")).query).get("code", []):
                    self.challenges[code] = challenge
                return start_response(status, headers, exc_info)

            return self.app(environ, remember_code)
        if path == "/oauth2/token":
            self.token_requests += 1
            form = parse_qs(environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0)).decode())
            challenge = self.challenges.get(form.get("code", [""])[0])
            verifier = form.get("code_verifier", [""])[0]
            if "client_secret" in form or challenge is None or _s256(verifier) != challenge:
                return _json(start_response, "400 Bad Request", {"error": "invalid_grant"})
            form["client_secret"] = ["any"]  # the mock accepts any secret; we sent none
            body = urlencode(form, doseq=True).encode()
            environ["wsgi.input"], environ["CONTENT_LENGTH"] = io.BytesIO(body), str(len(body))
        if path == "/jwks":
            self.jwks_requests += 1
            if self.jwks_override is not None:
                return _json(start_response, "200 OK", self.jwks_override)
        return self.app(environ, start_response)


class _QuietHandler(werkzeug.serving.WSGIRequestHandler):
    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        pass


@dataclass
class Provider:
    issuer: str
    front: PkceFront

    def jwks(self) -> dict[str, Any]:
        with _session() as session:
            body = session.get(self.issuer + "/jwks", timeout=5).json()
        assert isinstance(body, dict)
        return body


def _session() -> requests.Session:
    session = requests.Session()
    session.trust_env = False  # a developer's proxy settings must not route 127.0.0.1
    return session


@pytest.fixture(scope="module")
def mock_provider() -> Iterator[Provider]:
    front = PkceFront(oidc_provider_mock.app())
    server = werkzeug.serving.make_server("127.0.0.1", 0, front, threaded=True, request_handler=_QuietHandler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield Provider(f"http://127.0.0.1:{server.server_port}", front)
    finally:
        server.shutdown()
        thread.join()
        server.server_close()


@pytest.fixture
def provider(mock_provider: Provider) -> Provider:
    mock_provider.front.reset()
    return mock_provider


@pytest.fixture
def http() -> Iterator[requests.Session]:
    with _session() as session:
        yield session


@dataclass
class Browser:
    """The system browser: opens the authorize page, fills in the subject (or denies), follows the redirect."""

    sub: str = SUBJECT
    deny: bool = False
    rewrite: Callable[[str], str] = lambda location: location
    authorize_url: str = ""
    redirect_uri: str = ""
    page: str = ""

    def __call__(self, url: str) -> None:
        self.authorize_url = url
        self.redirect_uri = parse_qs(urlsplit(url).query)["redirect_uri"][0]
        with _session() as session:
            self._play(session, url)

    def _play(self, session: requests.Session, url: str) -> None:
        form = session.get(url, timeout=5)
        assert form.status_code == 200 and 'name="sub"' in form.text
        answer = session.post(
            url, data={"action": "deny"} if self.deny else {"sub": self.sub}, allow_redirects=False, timeout=5
        )
        assert answer.status_code == 302, answer.text
        location = self.rewrite(answer.headers["Location"])
        assert location.startswith(self.redirect_uri + "?")
        # Browsers ask for a favicon: the listener must answer it and keep waiting for the callback.
        assert session.get(self.redirect_uri.replace("/callback", "/favicon.ico"), timeout=5).status_code == 404
        self.page = session.get(location, timeout=5).text


def _assert_closed(redirect_uri: str) -> None:
    with _session() as session, pytest.raises(requests.ConnectionError):
        session.get(redirect_uri, timeout=5)


def _login(provider: Provider, open_url: Callable[[str], None], **kwargs: Any) -> OidcTokens:
    with _session() as session:
        return login(provider.issuer, CLIENT_ID, open_url, session=session, **kwargs)


# --- Desktop: login() ---


def test_full_sign_in_gives_a_token_the_server_accepts(provider: Provider) -> None:
    browser = Browser()
    tokens = _login(provider, browser)

    query = parse_qs(urlsplit(browser.authorize_url).query)
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+/callback", browser.redirect_uri)
    assert query["code_challenge_method"] == ["S256"] and query["nonce"] == [tokens.nonce]
    assert provider.front.token_requests == 1  # PkceFront checked the verifier against the challenge
    assert "Du er logget inn. Du kan lukke dette vinduet." in browser.page
    assert tokens.access_token and tokens.refresh_token and tokens.id_token not in repr(tokens)
    _assert_closed(browser.redirect_uri)

    claims = verify_id_token(
        tokens.id_token, issuer=provider.issuer, client_id=CLIENT_ID, nonce=tokens.nonce, jwks=provider.jwks()
    )
    assert claims["sub"] == SUBJECT
    assert person_claim(claims) == SUBJECT


def test_each_sign_in_has_its_own_state_nonce_and_challenge(provider: Provider) -> None:
    first, second = Browser(), Browser()
    _login(provider, first)
    _login(provider, second)
    a, b = (parse_qs(urlsplit(x.authorize_url).query) for x in (first, second))
    for name in ("state", "nonce", "code_challenge"):
        assert a[name] != b[name]


def test_pkce_pair() -> None:
    verifier, challenge = pkce_pair()
    assert re.fullmatch(r"[A-Za-z0-9._~-]{43,128}", verifier)
    assert challenge == _s256(verifier)


def test_provider_refusing_the_code_gives_a_norwegian_message(
    provider: Provider, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Also shows PkceFront is no rubber stamp: a verifier that does not fit the challenge is refused."""
    other_verifier, _ = pkce_pair()
    monkeypatch.setattr("sync.oidc.pkce_pair", lambda: (other_verifier, pkce_pair()[1]))
    with pytest.raises(OidcError) as caught:
        _login(provider, Browser())
    assert caught.value.message == "Innloggingstjenesten godtok ikke innloggingen. Prøv igjen."
    assert provider.front.token_requests == 1


def test_wrong_state_is_refused_and_the_code_is_not_exchanged(provider: Provider) -> None:
    browser = Browser(rewrite=lambda location: re.sub(r"state=[^&]*", "state=forfalsket", location))
    with pytest.raises(OidcError) as caught:
        _login(provider, browser)
    assert "feil state" in caught.value.message
    assert provider.front.token_requests == 0
    assert "ble ikke fullført" in browser.page
    _assert_closed(browser.redirect_uri)


def test_answer_naming_another_issuer_is_refused(provider: Provider) -> None:
    browser = Browser(rewrite=lambda location: location + "&iss=https%3A%2F%2Fidp.example")
    with pytest.raises(OidcError, match="annen innloggingstjeneste"):
        _login(provider, browser)
    assert provider.front.token_requests == 0


def test_denied_sign_in_gives_a_norwegian_message(provider: Provider) -> None:
    browser = Browser(deny=True)  # the mock leaves state out of its error answer
    with pytest.raises(OidcError) as caught:
        _login(provider, browser)
    assert caught.value.message == "Innloggingen ble avbrutt eller avvist hos innloggingstjenesten."
    assert caught.value.detail and caught.value.detail.startswith("access_denied")
    assert provider.front.token_requests == 0
    _assert_closed(browser.redirect_uri)


def test_an_error_answer_with_a_wrong_state_is_a_state_error(provider: Provider) -> None:
    browser = Browser(deny=True, rewrite=lambda location: location + "&state=forfalsket")
    with pytest.raises(OidcError, match="feil state"):
        _login(provider, browser)


def test_no_browser_answer_times_out_and_closes_the_port(provider: Provider) -> None:
    opened: list[str] = []
    started = time.monotonic()
    with pytest.raises(OidcError, match="tok for lang tid"):
        _login(provider, opened.append, timeout=0.2)
    assert time.monotonic() - started < 5
    _assert_closed(parse_qs(urlsplit(opened[0]).query)["redirect_uri"][0])


def test_cancel_ends_the_wait(provider: Provider) -> None:
    cancel = threading.Event()
    started = time.monotonic()
    with pytest.raises(OidcError, match="avbrutt"):
        _login(provider, lambda url: cancel.set(), timeout=60, cancel=cancel)
    assert time.monotonic() - started < 5


def test_discovery_checks_the_issuer(provider: Provider) -> None:
    with _session() as session:
        assert discover(provider.issuer, session=session).issuer == provider.issuer
        with pytest.raises(OidcError, match="annen utsteder"):
            discover(provider.issuer + "/", session=session)  # same document, different issuer string
    with pytest.raises(OidcError, match="https"):
        discover("http://idp.kommune.example")  # refused before any request is made


# --- Server: verify_id_token() ---


@dataclass(frozen=True)
class SignedIn:
    issuer: str
    tokens: OidcTokens
    jwks: dict[str, Any]

    def verify(self, id_token: str | None = None, **overrides: Any) -> dict[str, Any]:
        kwargs: dict[str, Any] = {
            "issuer": self.issuer,
            "client_id": CLIENT_ID,
            "nonce": self.tokens.nonce,
            "jwks": self.jwks,
        }
        return verify_id_token(self.tokens.id_token if id_token is None else id_token, **(kwargs | overrides))


@pytest.fixture(scope="module")
def signed_in(mock_provider: Provider) -> SignedIn:
    tokens = _login(mock_provider, Browser())
    return SignedIn(mock_provider.issuer, tokens, mock_provider.jwks())


def _b64(data: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()


def _unb64(part: str) -> dict[str, Any]:
    value = json.loads(base64.urlsafe_b64decode(part + "==="))
    assert isinstance(value, dict)
    return value


def _flip(text: str, index: int) -> str:
    return text[:index] + ("A" if text[index] != "A" else "B") + text[index + 1 :]


def test_one_changed_character_in_the_payload_is_caught(signed_in: SignedIn) -> None:
    header, payload, signature = signed_in.tokens.id_token.split(".")
    with pytest.raises(OidcError, match="signaturen på ID-tokenet er ugyldig"):
        signed_in.verify(f"{header}.{_flip(payload, len(payload) // 2)}.{signature}")


def test_a_payload_naming_someone_else_is_caught(signed_in: SignedIn) -> None:
    header, payload, signature = signed_in.tokens.id_token.split(".")
    forged = _b64(_unb64(payload) | {"sub": "31129912345"})
    with pytest.raises(OidcError, match="signaturen på ID-tokenet er ugyldig"):
        signed_in.verify(f"{header}.{forged}.{signature}")


def test_one_changed_character_in_the_signature_is_caught(signed_in: SignedIn) -> None:
    header, payload, signature = signed_in.tokens.id_token.split(".")
    with pytest.raises(OidcError, match="signaturen på ID-tokenet er ugyldig"):
        signed_in.verify(f"{header}.{payload}.{_flip(signature, len(signature) // 2)}")


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"client_id": "en-annen-klient"}, "feil mottaker"),
        ({"issuer": "https://idp.kommune.example"}, "feil utsteder"),
        ({"nonce": "en-annen-nonce"}, "feil nonce"),
    ],
)
def test_token_for_another_client_issuer_or_sign_in_is_refused(
    signed_in: SignedIn, overrides: dict[str, Any], message: str
) -> None:
    with pytest.raises(OidcError, match=message):
        signed_in.verify(**overrides)


def test_expiry_allows_the_leeway_and_no_more(signed_in: SignedIn) -> None:
    exp = _unb64(signed_in.tokens.id_token.split(".")[1])["exp"]
    assert signed_in.verify(now=exp + 29)["sub"] == SUBJECT
    with pytest.raises(OidcError, match="utløpt"):
        signed_in.verify(now=exp + 31)


def test_unsigned_and_symmetric_tokens_are_refused(signed_in: SignedIn) -> None:
    _, payload, _ = signed_in.tokens.id_token.split(".")
    with pytest.raises(OidcError, match="ikke er tillatt"):
        signed_in.verify(f"{_b64({'alg': 'none', 'typ': 'JWT'})}.{payload}.")
    # HS256 keyed with the provider's public modulus: the classic algorithm-confusion forgery.
    header = _b64({"alg": "HS256", "typ": "JWT"})
    secret = signed_in.jwks["keys"][0]["n"].encode()
    mac = hmac.new(secret, f"{header}.{payload}".encode(), hashlib.sha256).digest()
    with pytest.raises(OidcError, match="ikke er tillatt"):
        signed_in.verify(f"{header}.{payload}.{base64.urlsafe_b64encode(mac).rstrip(b'=').decode()}")


def test_garbage_is_refused(signed_in: SignedIn) -> None:
    for token in ("", "ikke-et-token", "a.b.c"):
        with pytest.raises(OidcError, match="ugyldig format"):
            signed_in.verify(token)


def _claims(issuer: str, **extra: Any) -> dict[str, Any]:
    now = int(time.time())
    return {"iss": issuer, "aud": CLIENT_ID, "sub": SUBJECT, "iat": now, "exp": now + 300} | extra


def test_es256_is_accepted_and_rs512_is_not(signed_in: SignedIn) -> None:
    ec = ECKey.generate_key("P-256", parameters={"kid": "ec"})
    token = jwt.encode({"alg": "ES256", "kid": "ec"}, _claims(signed_in.issuer), ec)
    jwks = {"keys": [ec.as_dict(private=False)]}
    assert signed_in.verify(token, nonce=None, jwks=jwks)["sub"] == SUBJECT

    rsa = RSAKey.generate_key(2048, parameters={"kid": "rsa"})
    token = jwt.encode({"alg": "RS512", "kid": "rsa"}, _claims(signed_in.issuer), rsa, algorithms=["RS512"])
    with pytest.raises(OidcError, match="ikke er tillatt"):
        signed_in.verify(token, nonce=None, jwks={"keys": [rsa.as_dict(private=False)]})


def test_several_audiences_need_us_as_authorized_party(signed_in: SignedIn) -> None:
    ec = ECKey.generate_key("P-256", parameters={"kid": "ec"})
    jwks = {"keys": [ec.as_dict(private=False)]}

    def verify(**claims: Any) -> dict[str, Any]:
        token = jwt.encode({"alg": "ES256", "kid": "ec"}, _claims(signed_in.issuer, **claims), ec)
        return signed_in.verify(token, nonce=None, jwks=jwks)

    assert verify(aud=[CLIENT_ID, "api"], azp=CLIENT_ID)["sub"] == SUBJECT
    for claims in ({"aud": [CLIENT_ID, "api"]}, {"aud": [CLIENT_ID, "api"], "azp": "api"}, {"aud": ["api"]}):
        with pytest.raises(OidcError, match="feil mottaker"):
            verify(**claims)


def test_jwks_cache_fetches_once_and_refreshes_on_a_new_kid_at_most_once_a_minute(
    provider: Provider, signed_in: SignedIn, http: requests.Session
) -> None:
    clock = [1000.0]
    cache = JwksCache(provider.issuer, session=http, clock=lambda: clock[0])
    for _ in range(2):
        assert cache.verify(signed_in.tokens.id_token, client_id=CLIENT_ID)["sub"] == SUBJECT
    assert provider.front.jwks_requests == 1

    # The provider rotates in a new key and signs with it.
    rotated = RSAKey.generate_key(2048, parameters={"kid": "rotert"})
    provider.front.jwks_override = {"keys": [*signed_in.jwks["keys"], rotated.as_dict(private=False)]}
    token = jwt.encode({"alg": "RS256", "kid": "rotert"}, _claims(provider.issuer), rotated)

    clock[0] += 10  # too soon after the last fetch: no new request
    with pytest.raises(OidcError, match="ukjent nøkkel"):
        cache.verify(token, client_id=CLIENT_ID)
    assert provider.front.jwks_requests == 1

    clock[0] += 60
    assert cache.verify(token, client_id=CLIENT_ID)["sub"] == SUBJECT
    assert provider.front.jwks_requests == 2

    unknown = jwt.encode({"alg": "RS256", "kid": "ukjent"}, _claims(provider.issuer), rotated)
    with pytest.raises(OidcError, match="ukjent nøkkel"):
        cache.verify(unknown, client_id=CLIENT_ID)
    assert provider.front.jwks_requests == 2


def test_person_claim_prefers_id_portens_pid() -> None:
    assert person_claim({"sub": "abc", "pid": SUBJECT}) == SUBJECT
    assert person_claim({"sub": "abc"}) == "abc"
    with pytest.raises(OidcError):
        person_claim({"pid": ""})
