"""Coverage-guided fuzzing of the package importer with atheris (not run by pytest).

    .venv/bin/pip install atheris
    .venv/bin/python -m tests.fuzz.fuzz_package -atheris_runs=100000          # whole files
    .venv/bin/python -m tests.fuzz.fuzz_package --payload -atheris_runs=100000  # signed payloads

The first mode feeds whole files to the opener and importer; ``--payload`` feeds the importer
payloads that carry a valid signature of a known kommune (what a kommune with a stolen or
malicious key could send). Anything but a refusal (``DomainError``), or a refusal that left rows
behind, is a finding: atheris stops and writes the input to ``crash-*``.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from desktop.core import keys
    from desktop.core.context import transaction
    from desktop.core.errors import DomainError
    from desktop.core.usecases import exchange
    from sync import package

from tests.core.test_exchange import build_pair, export

PAIR = build_pair(Path(tempfile.mkdtemp(prefix="stafettlogg-fuzz-")))
VALID = export(PAIR).read_bytes()
with PAIR.sender.factory() as _s:
    SENDER = keys.own_keys(_s)
assert SENDER is not None
with transaction(PAIR.receiver.factory, PAIR.receiver.p["laerer"], clock=PAIR.receiver.clock) as _ctx:
    OPENED = package.open_bytes(_ctx, VALID)
BEFORE = PAIR.counts(PAIR.receiver)


class _Undo(Exception):
    pass


def _import(payload: bytes | None, data: bytes | None) -> None:
    try:
        with transaction(PAIR.receiver.factory, PAIR.receiver.p["laerer"], clock=PAIR.receiver.clock) as ctx:
            if data is not None:
                opened = package.open_bytes(ctx, data)
                args = (opened.header.package_id, opened.sender.raw, opened.payload, opened.signature)
            else:
                assert payload is not None and SENDER is not None
                args = (OPENED.header.package_id, SENDER.public.raw, payload, keys.sign_content(SENDER, payload))
            exchange.import_logg(ctx, pakke_id=args[0], avsender=args[1], innhold=args[2], signatur=args[3])
            raise _Undo
    except (_Undo, DomainError):
        pass
    if PAIR.counts(PAIR.receiver) != BEFORE:
        raise AssertionError("a refused import left rows behind")


def one_file(data: bytes) -> None:
    _import(None, data)


def one_payload(data: bytes) -> None:
    _import(data, None)


def main() -> None:
    payload_mode = "--payload" in sys.argv
    argv = [a for a in sys.argv if a != "--payload"]
    seeds = Path(tempfile.mkdtemp(prefix="stafettlogg-seeds-"))
    (seeds / "valid").write_bytes(OPENED.payload if payload_mode else VALID)
    atheris.Setup([*argv, str(seeds)], one_payload if payload_mode else one_file)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
