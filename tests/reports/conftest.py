"""The training municipality on an in-memory SQLite, once per module, for reading PDFs back."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import pytest
from pypdf import PdfReader
from sqlalchemy.orm import Session, sessionmaker

from desktop.core import training
from desktop.core.context import Context, PersonRef, transaction

from ..core.conftest import Clock, memory_engine

NOW = dt.datetime(2026, 11, 26, 8, 0, tzinfo=dt.UTC)


@dataclass
class Kurs:
    factory: sessionmaker[Session]
    people: dict[str, PersonRef]
    logs: dict[str, object]

    @contextmanager
    def as_(self, name: str) -> Iterator[Context]:
        with transaction(self.factory, self.people[name], device="test-pc", clock=Clock(NOW)) as ctx:
            yield ctx


@pytest.fixture(scope="module")
def kurs() -> Kurs:
    factory = sessionmaker(memory_engine(), expire_on_commit=False)
    with factory() as session, session.begin():
        result = training.build_training_municipality(session, now=NOW)
    return Kurs(factory, {p.navn: p.ref for p in result.people}, dict(result.logs))


def text_of(data: bytes) -> list[str]:
    """Each page's text as pypdf extracts it."""
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def pdftotext(data: bytes) -> str:
    """The whole text as poppler reads it (a second, independent reader)."""
    assert shutil.which("pdftotext"), "pdftotext mangler: kjør scripts/system-packages.sh test"
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", "-", "-"], input=data, capture_output=True, check=True)
    return done.stdout.decode("utf-8")


def squash(text: str) -> str:
    """Whitespace folded, so a phrase broken over lines is still found."""
    return " ".join(text.split())
