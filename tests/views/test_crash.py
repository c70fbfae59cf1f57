"""Errors in two kinds: a known fault gets its message; a bug gets a local report without data."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.errors import RuleViolation
from desktop.store.errors import DiskFull

from PySide6.QtWidgets import QMessageBox

from desktop.views import crash


def test_known_faults_are_told_plainly() -> None:
    assert crash.known_message(DiskFull()) == DiskFull.message
    assert crash.known_message(RuleViolation("Bare passive logger kan slettes.")) == "Bare passive logger kan slettes."
    assert crash.known_message(ValueError("x")) is None


def test_a_bug_is_reported_locally_without_the_messages_data(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    previous = sys.excepthook
    crash.install(tmp_path)
    try:
        quoted = "Ella Fjellstad 01234567890"  # a bug whose message quotes a child's data
        try:
            raise KeyError(quoted)
        except KeyError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        sys.excepthook = previous
    reports = list((tmp_path / "krasjrapporter").iterdir())
    assert len(reports) == 1
    body = reports[0].read_text(encoding="utf-8")
    assert "KeyError" in body and "test_crash.py" in body
    assert "Ella" not in body and "01234567890" not in body
    assert oct(reports[0].stat().st_mode & 0o777) == "0o600"
    assert shown and "Det du har lagret, er tatt vare på" in shown[0] and str(reports[0]) in shown[0]
