"""Verifying OpenID Connect ID tokens on the sync server (OpenID Connect Core 1.0 §3.1.3.7).

The desktop signs in with ``sync.oidc.login`` and hands the server its ID token and nonce; the
server trusts nothing in the token until the signature checks out against the provider's published
keys. Only asymmetric algorithms are accepted: ``none`` needs no key at all, and HS256 is keyed
with a client secret, which a public client does not have (accepting it invites the old trick of
using the provider's public key as the HMAC secret).

Uses joserfc, the typed successor of ``authlib.jose`` by the same author (``authlib.jose`` is
deprecated and warns on import).
"""

from __future__ import annotations

import base64
import binascii
import json
import threading
import time
from collections.abc import Callable
from typing import Any

import requests
from joserfc import jwt
from joserfc.errors import BadSignatureError, InvalidKeyIdError, JoseError, UnsupportedAlgorithmError
from joserfc.jwk import KeySet, KeySetSerialization

from sync.oidc import OidcError, discover, fetch_json

__all__ = ["ALGORITHMS", "JwksCache", "person_claim", "verify_id_token"]

ALGORITHMS = ("RS256", "ES256")

_NOT_CONFIRMED = "Innloggingen kunne ikke bekreftes: "


def _fail(reason: str, detail: str) -> OidcError:
    return OidcError(_NOT_CONFIRMED + reason, detail)


def _import_jwks(jwks: dict[str, Any]) -> KeySet:
    keys = jwks.get("keys")
    if not isinstance(keys, list):
        raise _fail("nøklene til innloggingstjenesten er ugyldige.", "jwks has no 'keys' list")
    serialization: KeySetSerialization = {"keys": [k for k in keys if isinstance(k, dict) and k.get("use") != "enc"]}
    try:
        return KeySet.import_key_set(serialization)
    except (JoseError, ValueError, KeyError, TypeError) as exc:
        raise _fail("nøklene til innloggingstjenesten er ugyldige.", f"jwks: {exc}") from exc


def _header_kid(id_token: str) -> str | None:
    """The ``kid`` of an unverified token, only to choose which key to verify it with."""
    try:
        header = json.loads(base64.urlsafe_b64decode(id_token.split(".")[0] + "==="))
    except (ValueError, binascii.Error, UnicodeDecodeError):
        return None  # the real decoder will reject it with a proper message
    kid = header.get("kid") if isinstance(header, dict) else None
    return kid if isinstance(kid, str) else None


def _numeric(claims: dict[str, Any], name: str) -> float:
    value = claims.get(name)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _fail(f"ID-tokenet mangler påkrevde opplysninger ({name}).", f"claim {name} missing or not a number")
    return float(value)


def _check_claims(
    claims: dict[str, Any], *, issuer: str, client_id: str, nonce: str | None, leeway: float, now: float
) -> None:
    if claims.get("iss") != issuer:
        raise _fail("ID-tokenet kommer fra feil utsteder.", f"iss {claims.get('iss')!r} != {issuer!r}")
    aud = claims.get("aud")
    audiences = [aud] if isinstance(aud, str) else aud if isinstance(aud, list) else []
    azp = claims.get("azp")
    # §3.1.3.7 items 3–5: we must be an audience, and with several the authorized party must be us.
    if client_id not in audiences or (azp is not None and azp != client_id) or (len(audiences) > 1 and azp is None):
        raise _fail("ID-tokenet er ikke utstedt til Stafettlogg (feil mottaker).", f"aud {aud!r}, azp {azp!r}")
    if _numeric(claims, "exp") <= now - leeway:
        raise OidcError("Innloggingen er utløpt. Logg inn på nytt.", "id token expired")
    if _numeric(claims, "iat") > now + leeway or ("nbf" in claims and _numeric(claims, "nbf") > now + leeway):
        raise _fail(
            "ID-tokenet er utstedt fram i tid. Sjekk at klokken på serveren går riktig.", "iat/nbf in the future"
        )
    if nonce is not None and claims.get("nonce") != nonce:
        raise _fail("ID-tokenet hører ikke til denne innloggingen (feil nonce).", "nonce mismatch")
    sub = claims.get("sub")
    if not isinstance(sub, str) or not sub:
        raise _fail("ID-tokenet mangler påkrevde opplysninger (sub).", "no sub")


def _verify(
    id_token: str,
    keys: KeySet,
    *,
    issuer: str,
    client_id: str,
    nonce: str | None,
    leeway: float,
    now: float | None,
) -> dict[str, Any]:
    try:
        token = jwt.decode(id_token, keys, algorithms=ALGORITHMS)
    except UnsupportedAlgorithmError as exc:
        raise _fail("ID-tokenet er signert på en måte som ikke er tillatt.", str(exc)) from exc
    except InvalidKeyIdError as exc:
        raise _fail("ID-tokenet er signert med en ukjent nøkkel.", str(exc)) from exc
    except BadSignatureError as exc:
        raise _fail("signaturen på ID-tokenet er ugyldig (tokenet kan være endret).", str(exc)) from exc
    except (JoseError, ValueError, TypeError) as exc:
        raise _fail("ID-tokenet har ugyldig format.", f"{type(exc).__name__}: {exc}") from exc
    claims = dict(token.claims)
    _check_claims(
        claims,
        issuer=issuer,
        client_id=client_id,
        nonce=nonce,
        leeway=leeway,
        now=time.time() if now is None else now,
    )
    return claims


class JwksCache:
    """The provider's signing keys, fetched through discovery and kept.

    A token with a kid we have not seen triggers one fresh fetch (the provider may have rotated its
    keys), but at most once per ``min_refresh_interval`` seconds, so made-up kids cannot turn the
    server into a load generator against the provider.
    """

    def __init__(
        self,
        issuer: str,
        *,
        session: requests.Session | None = None,
        min_refresh_interval: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.issuer = issuer
        self._session = session or requests.Session()
        self._min_refresh_interval = min_refresh_interval
        self._clock = clock
        self._lock = threading.Lock()
        self._jwks_uri: str | None = None
        self._keys: KeySet | None = None
        self._fetched_at = 0.0

    def _fetch(self) -> KeySet:
        if self._jwks_uri is None:
            self._jwks_uri = discover(self.issuer, session=self._session).jwks_uri
        self._fetched_at = self._clock()
        self._keys = _import_jwks(fetch_json(self._session, self._jwks_uri, "jwks"))
        return self._keys

    def keys_for(self, kid: str | None) -> KeySet:
        with self._lock:
            if self._keys is None:
                return self._fetch()
            known = kid is None or any(key.kid == kid for key in self._keys)
            if not known and self._clock() - self._fetched_at >= self._min_refresh_interval:
                return self._fetch()
            return self._keys

    def verify(
        self,
        id_token: str,
        *,
        client_id: str,
        nonce: str | None = None,
        leeway: float = 30,
        now: float | None = None,
    ) -> dict[str, Any]:
        keys = self.keys_for(_header_kid(id_token))
        return _verify(id_token, keys, issuer=self.issuer, client_id=client_id, nonce=nonce, leeway=leeway, now=now)


_shared_caches: dict[str, JwksCache] = {}
_shared_lock = threading.Lock()


def verify_id_token(
    id_token: str,
    *,
    issuer: str,
    client_id: str,
    nonce: str | None = None,
    jwks: dict[str, Any] | None = None,
    leeway: float = 30,
    now: float | None = None,
) -> dict[str, Any]:
    """The verified claims of ``id_token``, or :class:`OidcError` with a Norwegian message.

    Without ``jwks`` the keys come from the provider (one process-wide :class:`JwksCache` per issuer).
    ``now`` is a Unix time, for tests.
    """
    if jwks is not None:
        return _verify(
            id_token, _import_jwks(jwks), issuer=issuer, client_id=client_id, nonce=nonce, leeway=leeway, now=now
        )
    with _shared_lock:
        cache = _shared_caches.get(issuer)
        if cache is None:
            cache = _shared_caches[issuer] = JwksCache(issuer)
    return cache.verify(id_token, client_id=client_id, nonce=nonce, leeway=leeway, now=now)


def person_claim(claims: dict[str, Any]) -> str:
    """The identity the municipality maps to an employee: ID-porten's ``pid`` (fødselsnummer), else ``sub``."""
    for name in ("pid", "sub"):
        value = claims.get(name)
        if isinstance(value, str) and value:
            return value
    raise _fail("ID-tokenet mangler brukeridentitet.", "neither pid nor sub")
