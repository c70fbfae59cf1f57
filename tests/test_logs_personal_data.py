"""The logs hold no personal data: a whole workflow at DEBUG, then every log line and crash report is searched.

The workflow: a PC connected to the municipal server on loopback (uvicorn's own loggers, access
log included, go to the same file) registers a child with guardians, consent and a log, adds a
concern, a tiltak, a lysglimt and a note, syncs, exports the PDF; then things go wrong — a bug
while the server re-runs a change (its message quotes the child's text), a malformed request
whose body holds personal data, a bug on the PC that becomes a crash report. Afterwards no name,
fødselsnummer, e-mail, phone number or free text of the workflow or the training data may be
found in any of it.
"""

from __future__ import annotations

import datetime as dt
import logging
import random
import re
import sys
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
import uvicorn
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.app import configure_logging
from desktop.core import fodselsnummer
from desktop.core.entities import Ansatt, Arena, Barn, Foresatt, Lysglimt, Notat, Oppmerksomhet, Tiltak
from desktop.core.usecases import content, logs
from desktop.core.usecases.logs import ForesattInput
from desktop.reports.logg import EksportValg, build_logg_pdf, gather
from sync.client import MemoryTokens, SyncClient, SyncError
from sync.server import app as server_app
from sync.server.app import create_app
from sync.server.cli import TRAINING_PASSWORD
from tests.sync.support import copy_seed

from desktop.views import crash

CHILD = ("Tindra", "Loggsjekk")
MOTHER = ForesattInput(
    "Vilde", "Loggsjekk", "mor", epost="vilde.loggsjekk@example.test", telefon="+47 912 34 567", adresse="Lysveien 7"
)
FATHER = ForesattInput("Sindre", "Loggsjekk", "far", epost="sindre@example.test", telefon="41234567")
TEXTS = {
    "bekymring": "Tindra gråter hver morgen ved levering i garderoben.",
    "oppmerksomhet": "Tindra sier ha det til mor uten å gråte ved levering.",
    "tiltak": "Pedagogisk leder tar imot Tindra ved porten hver morgen klokken åtte.",
    "lysglimt": "Tindra vinket til mor fra vinduet i dag og lo.",
    "notat": "Mor forteller at Tindra sover dårlig etter flyttingen fra Bergen.",
    "avvist": "Tindra delte matpakken sin med Oskar i dag.",  # the server's bug refuses this one
}


class Server:
    """uvicorn on loopback with its default loggers propagating (access log on), as run in a municipality."""

    def __init__(self, url: str) -> None:
        config = uvicorn.Config(
            create_app(url), host="127.0.0.1", port=0, log_config=None, log_level="debug", access_log=True
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        ready = threading.Event()
        while not self.server.started:
            assert self.thread.is_alive(), "the server did not start"
            ready.wait(0.01)
        self.url = f"http://127.0.0.1:{self.server.servers[0].sockets[0].getsockname()[1]}"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)
        self.server.config.app.state.engine.dispose()


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    """The app's logging set up at DEBUG into a file, as IT would switch it on to find a fault."""
    root = logging.getLogger()
    before = (root.level, list(root.handlers), {n: logging.getLogger(n).level for n in logging.root.manager.loggerDict})
    path = tmp_path / "logg" / "stafettlogg.log"
    configure_logging(logging.DEBUG, log_file=path)
    try:
        yield path
    finally:
        for handler in root.handlers:
            if handler not in before[1]:
                handler.close()
        root.handlers[:] = before[1]
        root.setLevel(before[0])
        for name, level in before[2].items():
            logging.getLogger(name).setLevel(level)


def _secrets(session: Session, fnr: str) -> set[str]:
    """Everything personal on the PC: names, numbers, contact data and the free texts."""
    found = {fnr, *TEXTS.values(), " ".join(CHILD)}
    people: list[Ansatt | Foresatt | Barn] = [
        *session.scalars(select(Ansatt)),
        *session.scalars(select(Foresatt)),
        *session.scalars(select(Barn)),
    ]
    for person in people:
        found.add(f"{person.fornavn} {person.etternavn}")
        for field in ("fodselsnummer", "epost", "telefon", "adresse"):
            value = getattr(person, field, "") or ""
            if len(value) >= 6:
                found.add(value)
    for field in (Oppmerksomhet.tekst, Tiltak.tekst, Lysglimt.tekst, Notat.tekst):
        found |= {t for t in session.scalars(select(field)) if t and len(t) >= 12}
    return found


def test_no_personal_data_in_any_log_or_crash_report(
    log_file: Path, seeded_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.store.workspace import Workspace

    reports = tmp_path / "krasj"
    # Both put back afterwards: crash.install sets the excepthook and the folder for every later test.
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(crash, "_report_dir", None)
    crash.install(reports)
    server = Server(copy_seed(seeded_db, tmp_path / "server.db"))
    workspace = Workspace.create(tmp_path / "pc")
    try:
        client = SyncClient(server.url, workspace.sync_transaction, MemoryTokens(), device_name="PC i barnehagen")
        client.sign_in("kari", TRAINING_PASSWORD)
        client.sync()
        me = client.person_ref()
        assert me is not None
        born = dt.date(2021, 3, 9)
        fnr = fodselsnummer.make_synthetic(born, random.Random(11))

        # --- the workflow, through the core's use cases (the wizard's and the log view's calls)
        with workspace.transaction(me) as ctx:
            barn_id = logs.register_barn(
                ctx, fornavn=CHILD[0], etternavn=CHILD[1], fodselsnummer_=fnr, foresatte=[MOTHER, FATHER]
            ).created
            assert barn_id is not None
            foresatte = ctx.session.scalars(select(Foresatt.id).where(Foresatt.barn_id == barn_id)).all()
            samtykke = logs.register_samtykke(
                ctx,
                barn_id=barn_id,
                signert_dato=ctx.today(),
                opprette_logg=True,
                utveksle_opplysninger=True,
                gitt_av_foresatte=list(foresatte),
            ).created
            assert samtykke is not None
            logg_id = logs.create_stafettlogg(
                ctx, barn_id=barn_id, samtykke_id=samtykke, bekymring=TEXTS["bekymring"]
            ).created
            assert logg_id is not None
        with workspace.transaction(me) as ctx:
            oppmerksomhet = content.add_oppmerksomhet(ctx, logg_id, TEXTS["oppmerksomhet"]).created
            assert oppmerksomhet is not None
            content.add_tiltak(ctx, oppmerksomhet, tekst=TEXTS["tiltak"], arena=Arena.TJENESTE, ansvarlig_id=me.id)
        with workspace.transaction(me) as ctx:
            content.post_lysglimt(ctx, logg_id, TEXTS["lysglimt"])
        with workspace.transaction(me) as ctx:
            content.add_notat(ctx, logg_id, TEXTS["notat"])
        first = client.sync()
        assert first.applied >= 3, first

        with workspace.transaction(me) as ctx:  # export: gathered (audited) and built
            pdf = build_logg_pdf(gather(ctx, logg_id, EksportValg()))
        assert pdf.startswith(b"%PDF")

        # --- faults. A bug while the server re-runs a change, its message quoting the text:
        with workspace.transaction(me) as ctx:
            content.post_lysglimt(ctx, logg_id, TEXTS["avvist"])

        def buggy(value: str, *_args: object, **_kwargs: object) -> str:
            raise RuntimeError(f"kunne ikke lagre «{value}» for {' '.join(CHILD)} ({fnr})")

        with monkeypatch.context() as patched:  # the server re-runs the same code, in this process
            patched.setattr(content, "text", buggy)
            second = client.sync()
        assert second.rejected == 1, second

        # A bug in an endpoint itself (uvicorn would log its message):
        def broken_pull(*_args: object, **_kwargs: object) -> object:
            raise RuntimeError(f"hentet ikke loggen til {' '.join(CHILD)} ({fnr}, {MOTHER.epost})")

        with monkeypatch.context() as patched, pytest.raises(SyncError):
            patched.setattr(server_app, "pull", broken_pull)
            client.sync()
        # A malformed request whose body holds personal data:
        answer = requests.post(
            f"{server.url}/v1/auth/password",
            json={"username": {"navn": " ".join(CHILD), "fnr": fnr}, "password": MOTHER.epost, "device_name": 7},
            timeout=10,
        )
        assert answer.status_code == 422
        # A bug on the PC (a crash report), its message quoting the child:
        try:
            raise ValueError(f"uventet verdi for {' '.join(CHILD)}, {fnr}, {MOTHER.telefon}")
        except ValueError as exc:
            report = crash.write_report(type(exc), exc, exc.__traceback__)
            logging.getLogger("desktop.views.crash").error("unexpected error: %s", type(exc).__qualname__)
        assert report is not None and report.is_file()

        with workspace.session() as session:
            secrets = _secrets(session, fnr)
    finally:
        workspace.close()
        server.stop()

    for handler in logging.getLogger().handlers:
        handler.flush()
    files = [log_file, *sorted(reports.rglob("*.txt"))]
    text = {path: path.read_text(encoding="utf-8", errors="replace") for path in files}
    assert len(text[log_file].splitlines()) > 30, "DEBUG logging was on: the file should be busy"
    assert "POST /v1/push" in text[log_file]  # the access log went there too
    assert "re-running change" in text[log_file] and "unexpected error in POST /v1/pull" in text[log_file]
    assert 'File "' in text[log_file]  # the bugs were logged, by their frames
    assert len(secrets) > 40
    leaks = sorted(
        f"{path.name}: {secret!r}"
        for path, body in text.items()
        for secret in secrets
        if re.search(r"(?<!\w)" + re.escape(secret) + r"(?!\w)", body)
    )
    assert leaks == [], "\n".join(leaks[:20])
    assert uuid.UUID(str(logg_id))  # ids are not personal data: they may appear, and do
