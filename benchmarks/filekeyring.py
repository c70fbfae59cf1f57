"""A plain-file keyring for the start-up benchmark's app processes (never picked by itself).

Selected with ``PYTHON_KEYRING_BACKEND=benchmarks.filekeyring.FileKeyring`` and a JSON file in
``STAFETTLOGG_BENCH_KEYRING``: the app then opens its workspace as it does with an OS keyring,
with no passphrase dialog and no KDF. Only for synthetic benchmark data. A module of its own so
the app process imports nothing else of the benchmarks.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import keyring.errors
from keyring.backend import KeyringBackend
from keyring.compat import properties


class FileKeyring(KeyringBackend):
    @properties.classproperty
    def priority(cls) -> float:
        if os.environ.get("PYTHON_KEYRING_BACKEND") != f"{cls.__module__}.{cls.__qualname__}":
            raise RuntimeError("FileKeyring is only used when selected explicitly")
        return 1

    @staticmethod
    def _path() -> Path:
        return Path(os.environ["STAFETTLOGG_BENCH_KEYRING"])

    def _load(self) -> dict[str, str]:
        path = self._path()
        return json.loads(path.read_text()) if path.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\0{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}\0{username}"] = password
        self._path().write_text(json.dumps(data))

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        if data.pop(f"{service}\0{username}", None) is None:
            raise keyring.errors.PasswordDeleteError("no such password")
        self._path().write_text(json.dumps(data))
