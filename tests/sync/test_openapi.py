"""schemathesis against the running server's /openapi.json: no 5xx, no answer outside the schema."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import requests

from tests.sync.support import LiveServer

CHECKS = "not_a_server_error,response_schema_conformance,status_code_conformance,content_type_conformance"


def test_schemathesis_finds_no_server_error_and_no_schema_violation(server: LiveServer, tmp_path: Path) -> None:
    signed_in = requests.post(
        server.url + "/v1/auth/password",
        json={"username": "kari", "password": "kurs", "device_name": "schemathesis"},
        timeout=10,
    ).json()
    st = Path(sys.executable).with_name("st")
    run = subprocess.run(
        [
            str(st), "run", server.url + "/openapi.json",
            "-H", f"Authorization: Bearer {signed_in['access_token']}",
            "--checks", CHECKS,
            "--max-examples", "60",
            "--generation-deterministic",
            "--workers", "1",
            "--report-dir", str(tmp_path),
        ],
        capture_output=True, text=True, timeout=600, cwd=tmp_path,
    )  # fmt: skip
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    assert "passed" in run.stdout
