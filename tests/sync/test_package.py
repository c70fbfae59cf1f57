"""The package format and its importer under attack: Hypothesis throws bytes and payloads at it.

Whatever arrives, the importer answers with a refusal (a ``DomainError`` with a Norwegian
reason) or a complete import — never another exception, never half an import.
"""

from __future__ import annotations

import copy
import json
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core import keys
from desktop.core.context import transaction
from desktop.core.errors import DomainError
from desktop.core.usecases import exchange
from sync import package

from ..core.test_exchange import Pair, build_pair, export

# STAFETTLOGG_FUZZ_EXAMPLES=2000 for a long run; CI keeps it short.
EXAMPLES = int(os.environ.get("STAFETTLOGG_FUZZ_EXAMPLES", "60"))
# No example database: the valid package is made anew (fresh nonce, time) in every run, so a stored
# example would replay against other bytes and look like a flaky strategy.
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None)


class _Undo(Exception):
    """Rolls back an import that succeeded, so every example starts from the same database."""


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory) -> Pair:
    return build_pair(tmp_path_factory.mktemp("fuzz"))


@pytest.fixture(scope="module")
def valid(pair: Pair) -> bytes:
    return export(pair).read_bytes()


@pytest.fixture(scope="module")
def opened(pair: Pair, valid: bytes) -> package.Opened:
    return pair.receiver.run("laerer", lambda ctx: package.open_bytes(ctx, valid))


@pytest.fixture(scope="module")
def sender_keys(pair: Pair) -> keys.OwnKeys:
    with pair.sender.factory() as s:
        own = keys.own_keys(s)
    assert own is not None
    return own


def attempt_import(pair: Pair, data: bytes) -> None:
    """Open and import ``data`` as the receiver; only a refusal may escape, and it changes nothing."""
    before = pair.counts(pair.receiver)
    try:
        with transaction(pair.receiver.factory, pair.receiver.p["laerer"], clock=pair.receiver.clock) as ctx:
            opened = package.open_bytes(ctx, data)
            exchange.import_logg(
                ctx,
                pakke_id=opened.header.package_id,
                avsender=opened.sender.raw,
                innhold=opened.payload,
                signatur=opened.signature,
            )
            raise _Undo
    except _Undo:
        pass
    except DomainError as error:
        assert error.message.strip()
    assert pair.counts(pair.receiver) == before


def attempt_payload(pair: Pair, opened: package.Opened, payload: bytes, signer: keys.OwnKeys) -> bool:
    """Import a payload signed with a valid key; True if it was accepted (then rolled back)."""
    before = pair.counts(pair.receiver)
    accepted = False
    try:
        with transaction(pair.receiver.factory, pair.receiver.p["laerer"], clock=pair.receiver.clock) as ctx:
            exchange.import_logg(
                ctx,
                pakke_id=opened.header.package_id,
                avsender=signer.public.raw,
                innhold=payload,
                signatur=keys.sign_content(signer, payload),
            )
            accepted = True
            raise _Undo
    except _Undo:
        pass
    except DomainError as error:
        assert error.message.strip()
    assert pair.counts(pair.receiver) == before
    return accepted


# =========================================================================== the format


def test_header_layout_is_as_documented(valid: bytes) -> None:
    assert package.HEADER_LEN == 142
    header = package.read_header(valid)
    assert valid[:8] == b"STAFPAKK" and valid[8] == 1 and valid[9] == package.Kind.LOGG
    assert uuid.UUID(bytes=valid[10:26]) == header.package_id
    assert int.from_bytes(valid[134:142], "big") == header.length
    assert len(valid) == 142 + header.length + 64


def test_a_valid_package_imports(pair: Pair, valid: bytes) -> None:
    before = pair.counts(pair.receiver)
    with (
        pytest.raises(_Undo),
        transaction(pair.receiver.factory, pair.receiver.p["laerer"], clock=pair.receiver.clock) as ctx,
    ):
        opened = package.open_bytes(ctx, valid)
        changes = exchange.import_logg(
            ctx,
            pakke_id=opened.header.package_id,
            avsender=opened.sender.raw,
            innhold=opened.payload,
            signatur=opened.signature,
        )
        assert changes.created is not None
        raise _Undo
    assert pair.counts(pair.receiver) == before


def test_every_single_bit_flip_in_a_sample_is_refused(pair: Pair, valid: bytes) -> None:
    """Header, ciphertext and signature: one flipped bit anywhere makes the package unreadable."""
    positions = sorted({*range(0, package.HEADER_LEN), *range(len(valid) - 80, len(valid)), len(valid) // 2})
    for position in positions:
        data = bytearray(valid)
        data[position] ^= 0x10
        with pytest.raises(DomainError):
            pair.receiver.run("laerer", lambda ctx, d=bytes(data): package.open_bytes(ctx, d))


# =========================================================================== fuzzing the bytes


@FUZZ
@given(data=st.binary(max_size=4096))
def test_random_bytes_are_refused(pair: Pair, data: bytes) -> None:
    with pytest.raises(DomainError):
        pair.receiver.run("laerer", lambda ctx: package.open_bytes(ctx, data))


@FUZZ
@given(prefix=st.binary(max_size=200))
def test_random_bytes_behind_a_valid_magic_are_refused(pair: Pair, prefix: bytes) -> None:
    with pytest.raises(DomainError):
        pair.receiver.run("laerer", lambda ctx: package.open_bytes(ctx, package.MAGIC + prefix))


@FUZZ
@given(st.data())
def test_bit_flips_are_refused(pair: Pair, valid: bytes, data: st.DataObject) -> None:
    flipped = bytearray(valid)
    for _ in range(data.draw(st.integers(1, 4))):
        position = data.draw(st.integers(0, len(valid) - 1))
        flipped[position] ^= 1 << data.draw(st.integers(0, 7))
    if bytes(flipped) == valid:
        return
    with pytest.raises(DomainError):
        pair.receiver.run("laerer", lambda ctx: package.open_bytes(ctx, bytes(flipped)))


@FUZZ
@given(st.data())
def test_truncations_are_refused(pair: Pair, valid: bytes, data: st.DataObject) -> None:
    cut = data.draw(st.integers(0, len(valid) - 1))
    with pytest.raises(DomainError):
        pair.receiver.run("laerer", lambda ctx: package.open_bytes(ctx, valid[:cut]))


@FUZZ
@given(st.data())
def test_mutated_packages_never_crash_nor_half_import(pair: Pair, valid: bytes, data: st.DataObject) -> None:
    mutated = bytearray(valid)
    for _ in range(data.draw(st.integers(1, 3))):
        if not mutated:
            break
        op = data.draw(st.sampled_from(["replace", "insert", "delete", "length"]))
        position = data.draw(st.integers(0, len(mutated) - 1))
        if op == "replace":
            mutated[position : position + 4] = data.draw(st.binary(min_size=1, max_size=4))
        elif op == "insert":
            mutated[position:position] = data.draw(st.binary(min_size=1, max_size=8))
        elif op == "delete":
            del mutated[position : position + data.draw(st.integers(1, 8))]
        else:  # a length field that agrees with a cut file
            mutated = mutated[: data.draw(st.integers(package.HEADER_LEN, len(mutated)))]
            mutated[134:142] = max(0, len(mutated) - package.HEADER_LEN - 64).to_bytes(8, "big")
    attempt_import(pair, bytes(mutated))


# =========================================================================== fuzzing the payload (validly signed)

_LEAVES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=30),
    st.sampled_from(
        ["", "0" * 36, str(uuid.UUID(int=1)), "2026-13-40", "2999-01-01T00:00:00+00:00", "\x00", "x" * 5000]
    ),
)
_VALUES = st.recursive(
    _LEAVES,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=6,
)


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield prefix
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _paths(value, (*prefix, index))


def _mutate(body: dict[str, Any], data: st.DataObject) -> dict[str, Any]:
    body = copy.deepcopy(body)
    for _ in range(data.draw(st.integers(1, 3))):
        paths = [p for p in _paths(body) if p]
        path = data.draw(st.sampled_from(paths))
        parent: Any = body
        for step in path[:-1]:
            parent = parent[step]
        op = data.draw(st.sampled_from(["replace", "delete", "duplicate", "add"]))
        if op == "replace":
            parent[path[-1]] = data.draw(_VALUES)
        elif op == "delete":
            del parent[path[-1]]
        elif op == "duplicate" and isinstance(parent, list):
            parent.append(copy.deepcopy(parent[path[-1]]))
        elif isinstance(parent, dict):
            parent[data.draw(st.text(max_size=8))] = data.draw(_VALUES)
    return body


@pytest.fixture(scope="module")
def body(opened: package.Opened) -> dict[str, Any]:
    parsed: dict[str, Any] = json.loads(opened.payload)
    return parsed


@settings(max_examples=EXAMPLES * 3, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_mutated_payloads_signed_with_a_valid_key(
    pair: Pair, opened: package.Opened, sender_keys: keys.OwnKeys, body: dict[str, Any], data: st.DataObject
) -> None:
    mutated = _mutate(body, data)
    payload = json.dumps(mutated, ensure_ascii=False).encode("utf-8")
    attempt_payload(pair, opened, payload, sender_keys)


@FUZZ
@given(payload=st.binary(max_size=512) | _VALUES.map(lambda v: json.dumps(v).encode()))
def test_garbage_payloads_signed_with_a_valid_key(
    pair: Pair, opened: package.Opened, sender_keys: keys.OwnKeys, payload: bytes
) -> None:
    assert not attempt_payload(pair, opened, payload, sender_keys)


def test_a_payload_signed_by_another_key_is_refused(pair: Pair, opened: package.Opened) -> None:
    assert not attempt_payload(pair, opened, opened.payload, keys.generate())


def test_deeply_nested_json_is_refused(pair: Pair, opened: package.Opened, sender_keys: keys.OwnKeys) -> None:
    assert not attempt_payload(pair, opened, b"[" * 100_000 + b"]" * 100_000, sender_keys)


def test_a_replaced_tiltak_cycle_is_refused(
    pair: Pair, opened: package.Opened, sender_keys: keys.OwnKeys, body: dict[str, Any]
) -> None:
    mutated = copy.deepcopy(body)
    tiltak = mutated["oppmerksomheter"][0]["tiltak"]
    tiltak[0]["erstatter_id"], tiltak[1]["erstatter_id"] = tiltak[1]["id"], tiltak[0]["id"]
    assert not attempt_payload(pair, opened, json.dumps(mutated).encode(), sender_keys)


def test_a_future_created_at_is_refused(
    pair: Pair, opened: package.Opened, sender_keys: keys.OwnKeys, body: dict[str, Any]
) -> None:
    """A tiltak «created» in the future would keep its 8-hour correction window open."""
    mutated = copy.deepcopy(body)
    mutated["oppmerksomheter"][0]["tiltak"][0]["created_at"] = "2999-01-01T00:00:00+00:00"
    assert not attempt_payload(pair, opened, json.dumps(mutated).encode(), sender_keys)


def test_unchanged_payload_re_encoded_still_imports(
    pair: Pair, opened: package.Opened, sender_keys: keys.OwnKeys, body: dict[str, Any]
) -> None:
    assert attempt_payload(pair, opened, json.dumps(body).encode(), sender_keys)


def test_write_file_is_atomic(tmp_path: Path) -> None:
    target = tmp_path / "a.stafettpakke"
    package.write_file(target, b"one")
    package.write_file(target, b"two")
    assert target.read_bytes() == b"two"
    assert [p.name for p in tmp_path.iterdir()] == ["a.stafettpakke"]
    with pytest.raises(DomainError, match="Kunne ikke skrive"):
        package.write_file(tmp_path / "missing" / "x.stafettpakke", b"x")


def test_a_validly_signed_package_that_cannot_be_decrypted_is_refused(
    pair: Pair, valid: bytes, sender_keys: keys.OwnKeys
) -> None:
    """Signed by a known kommune and naming our key, but encrypted to another: the tag fails."""
    with pair.receiver.factory() as s:
        ours = keys.own_keys(s)
    assert ours is not None
    other = package.seal(
        kind=package.Kind.LOGG,
        package_id=uuid.uuid4(),
        payload=b"{}",
        sender=sender_keys,
        receiver=keys.generate().public,
    )
    forged = bytearray(other[: -package.SIGNATURE_LEN])
    forged[58:90] = ours.public.fingerprint
    data = bytes(forged) + sender_keys.sign(bytes(forged))
    with pytest.raises(DomainError, match="kan ikke dekrypteres"):
        pair.receiver.run("laerer", lambda ctx: package.open_bytes(ctx, data))
