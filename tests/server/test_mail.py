"""The server's e-mail: queueing, sending over a real SMTP server on loopback, and the texts."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import inspect
import re
import socket
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import Engine, create_engine, func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.core.language import check
from sync.server.mail import (
    MailKind,
    OutgoingMail,
    SmtpSettings,
    evaluation_due_notice,
    guardian_letter,
    new_tiltak_notice,
    norsk_dato,
    queue_mail,
    send_pending,
    transfer_waiting_notice,
)
from sync.server.tables import ServerBase

NOW = dt.datetime(2026, 11, 26, 9, 0, tzinfo=dt.UTC)
SENDER = "Stafettlogg <ikke-svar@ovingsvik.example.test>"
FNR_LIKE = re.compile(r"(?<!\d)\d{6}\s?\d{5}(?!\d)")


# --------------------------------------------------------------------------- fixtures


@dataclass
class Handler:
    """aiosmtpd handler that keeps what it accepts and refuses what the test tells it to."""

    messages: list[tuple[list[str], EmailMessage]] = field(default_factory=list)
    refuse_rcpt: dict[str, str] = field(default_factory=dict)
    refuse_data: str | None = None

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: Any) -> str:
        if address in self.refuse_rcpt:
            return self.refuse_rcpt[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.refuse_data is not None:
            return self.refuse_data
        parsed = email.message_from_bytes(envelope.content, policy=email.policy.default)
        assert isinstance(parsed, EmailMessage)
        self.messages.append((list(envelope.rcpt_tos), parsed))
        return "250 Message accepted for delivery"


class SmtpServer:
    """A real SMTP server on 127.0.0.1 that can go down and come back on the same port."""

    def __init__(self) -> None:
        self.handler = Handler()
        with socket.socket() as s:  # a free port; the Controller cannot report one it picked itself
            s.bind(("127.0.0.1", 0))
            self.port: int = s.getsockname()[1]
        self._controller: Controller | None = None

    def start(self) -> None:
        assert self._controller is None
        self._controller = Controller(self.handler, hostname="127.0.0.1", port=self.port)
        self._controller.start()

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    @property
    def settings(self) -> SmtpSettings:
        return SmtpSettings(host="127.0.0.1", port=self.port, sender=SENDER, timeout=5)


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    server = SmtpServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def smtp_down() -> Iterator[SmtpServer]:
    """Nothing listens on the port until the test calls ``start``."""
    server = SmtpServer()
    yield server
    server.stop()


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    # A file, not :memory:, so the sender's separate sessions see the same database.
    engine = create_engine(f"sqlite:///{tmp_path / 'server.db'}")
    ServerBase.metadata.create_all(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def sessions(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def queue(
    sessions: sessionmaker[Session],
    to: str = "kari.nordmann@ovingsvik.example.test",
    subject: str = "Nytt tiltak i Stafettlogg",
    body: str = "Hei",
    *,
    kind: MailKind = MailKind.NEW_TILTAK,
    dedupe_key: str | None = None,
    now: dt.datetime | None = None,
) -> OutgoingMail | None:
    with sessions.begin() as s:
        return queue_mail(s, to=to, subject=subject, body=body, kind=kind, dedupe_key=dedupe_key, now=now)


def rows(sessions: sessionmaker[Session]) -> list[OutgoingMail]:
    with sessions() as s:
        return list(s.scalars(select(OutgoingMail).order_by(OutgoingMail.created_at)))


def letter() -> tuple[str, str]:
    return guardian_letter(
        barn_fornavn="Åse",
        enhet="Solsiden barnehage",
        stafettholder="Bjørg Ødegård",
        kontakt_epost="bjorg.odegard@ovingsvik.example.test",
        kontakt_telefon="912 34 567",
    )


# --------------------------------------------------------------------------- queue and send


def test_queued_mail_reaches_the_smtp_server_intact(smtp: SmtpServer, sessions: sessionmaker[Session]) -> None:
    subject, body = letter()
    mail = queue(sessions, "mor@example.test", subject, body, kind=MailKind.GUARDIAN_LETTER)
    assert mail is not None

    report = send_pending(sessions, smtp.settings, now=NOW)

    assert (report.sent, report.failed) == (1, 0)
    [(rcpt, msg)] = smtp.handler.messages
    assert rcpt == ["mor@example.test"]
    assert msg["To"] == "mor@example.test"
    assert msg["Subject"] == "Det er opprettet en stafettlogg for barnet ditt"
    assert msg["From"] == SENDER
    assert msg["Message-ID"] == f"<{mail.id}@ovingsvik.example.test>"
    assert msg["Date"]
    content = msg.get_content().replace("\r\n", "\n")  # CRLF is SMTP's line ending
    assert content == body
    assert "Åse" in content and "Bjørg Ødegård" in content and "verktøy" in content
    [row] = rows(sessions)
    assert row.sent_at == NOW
    assert row.attempts == 0
    assert row.last_error is None


def test_non_ascii_subject_survives(smtp: SmtpServer, sessions: sessionmaker[Session]) -> None:
    queue(sessions, subject="Evaluering av tiltak innen 3. desember 2026 – æøå ÆØÅ", body="Blåbærsyltetøy")
    send_pending(sessions, smtp.settings, now=NOW)
    [(_, msg)] = smtp.handler.messages
    assert msg["Subject"] == "Evaluering av tiltak innen 3. desember 2026 – æøå ÆØÅ"
    assert msg.get_content().rstrip("\r\n") == "Blåbærsyltetøy"


def test_mail_queued_in_a_rolled_back_transaction_is_never_sent(
    smtp: SmtpServer, sessions: sessionmaker[Session]
) -> None:
    with sessions() as s:
        queue_mail(s, to="mor@example.test", subject="S", body="B", kind=MailKind.GUARDIAN_LETTER)
        s.rollback()  # the change that caused the mail failed
    assert send_pending(sessions, smtp.settings, now=NOW).sent == 0
    assert smtp.handler.messages == []


def test_sends_oldest_first_and_only_once(smtp: SmtpServer, sessions: sessionmaker[Session]) -> None:
    queue(sessions, "b@example.test", now=NOW - dt.timedelta(minutes=1))
    queue(sessions, "a@example.test", now=NOW - dt.timedelta(minutes=5))
    queue(sessions, "c@example.test", now=NOW)

    assert send_pending(sessions, smtp.settings, now=NOW, limit=2).sent == 2
    assert send_pending(sessions, smtp.settings, now=NOW).sent == 1
    assert send_pending(sessions, smtp.settings, now=NOW).sent == 0

    assert [rcpt for rcpt, _ in smtp.handler.messages] == [["a@example.test"], ["b@example.test"], ["c@example.test"]]


def test_nothing_queued_opens_no_connection(smtp_down: SmtpServer, sessions: sessionmaker[Session]) -> None:
    report = send_pending(sessions, smtp_down.settings, now=NOW)
    assert (report.sent, report.failed) == (0, 0)


# --------------------------------------------------------------------------- dedupe


def test_dedupe_key_queues_once(sessions: sessionmaker[Session]) -> None:
    key = "evaluation_due:tiltak-1:2026-12-03"
    assert queue(sessions, kind=MailKind.EVALUATION_DUE, dedupe_key=key) is not None
    assert queue(sessions, kind=MailKind.EVALUATION_DUE, dedupe_key=key) is None  # the job ran again
    assert queue(sessions, kind=MailKind.EVALUATION_DUE, dedupe_key="evaluation_due:tiltak-1:2027-01-07") is not None
    assert queue(sessions) is not None and queue(sessions) is not None  # no key: no dedupe

    assert len(rows(sessions)) == 4


def test_duplicate_key_leaves_the_callers_transaction_usable(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        first = queue_mail(s, to="a@example.test", subject="S", body="B", kind=MailKind.NEW_TILTAK, dedupe_key="k")
        again = queue_mail(s, to="a@example.test", subject="S", body="B", kind=MailKind.NEW_TILTAK, dedupe_key="k")
        other = queue_mail(s, to="b@example.test", subject="S", body="B", kind=MailKind.NEW_TILTAK)
        assert first is not None and again is None and other is not None
    with sessions() as s:
        assert s.scalar(select(func.count()).select_from(OutgoingMail)) == 2


def test_dedupe_key_holds_after_the_mail_is_sent(smtp: SmtpServer, sessions: sessionmaker[Session]) -> None:
    queue(sessions, dedupe_key="transfer_waiting:overforing-7")
    send_pending(sessions, smtp.settings, now=NOW)
    assert queue(sessions, dedupe_key="transfer_waiting:overforing-7") is None
    assert send_pending(sessions, smtp.settings, now=NOW).sent == 0
    assert len(smtp.handler.messages) == 1


@pytest.mark.parametrize(("to", "subject"), [("", "S"), ("  ", "S"), ("a@example.test", "S\r\nBcc: x@example.test")])
def test_queue_refuses_the_callers_mistakes(sessions: sessionmaker[Session], to: str, subject: str) -> None:
    with pytest.raises(ValueError):
        queue(sessions, to, subject)
    assert rows(sessions) == []


# --------------------------------------------------------------------------- failures


def test_smtp_down_keeps_the_mail_and_sends_it_once_when_back(
    smtp_down: SmtpServer, sessions: sessionmaker[Session]
) -> None:
    queue(sessions, "mor@example.test")

    report = send_pending(sessions, smtp_down.settings, now=NOW)

    assert (report.sent, report.failed) == (0, 1)
    [row] = rows(sessions)
    assert row.sent_at is None
    assert row.attempts == 1
    assert row.last_error is not None and "ConnectionRefusedError" in row.last_error

    smtp_down.start()
    later = NOW + dt.timedelta(minutes=5)
    report = send_pending(sessions, smtp_down.settings, now=later)
    assert (report.sent, report.failed) == (1, 0)
    assert send_pending(sessions, smtp_down.settings, now=later).sent == 0
    assert [rcpt for rcpt, _ in smtp_down.handler.messages] == [["mor@example.test"]]
    [row] = rows(sessions)
    assert row.sent_at == later
    assert row.attempts == 1  # the history of the failed try stays


def test_smtp_down_stops_the_run_after_the_first_failure(
    smtp_down: SmtpServer, sessions: sessionmaker[Session]
) -> None:
    for i in range(3):
        queue(sessions, f"ansatt{i}@example.test", now=NOW + dt.timedelta(seconds=i))

    report = send_pending(sessions, smtp_down.settings, now=NOW)

    assert (report.sent, report.failed) == (0, 1)
    assert [r.attempts for r in rows(sessions)] == [1, 0, 0]


def test_rejected_recipient_is_recorded_and_the_run_goes_on(smtp: SmtpServer, sessions: sessionmaker[Session]) -> None:
    smtp.handler.refuse_rcpt["borte@example.test"] = "550 5.1.1 Mailbox unavailable"
    queue(sessions, "borte@example.test", now=NOW - dt.timedelta(minutes=1))
    queue(sessions, "her@example.test", now=NOW)

    report = send_pending(sessions, smtp.settings, now=NOW)

    assert (report.sent, report.failed) == (1, 1)
    assert [rcpt for rcpt, _ in smtp.handler.messages] == [["her@example.test"]]
    refused, delivered = rows(sessions)
    assert refused.sent_at is None and refused.attempts == 1
    assert refused.last_error is not None
    assert "550" in refused.last_error and "Mailbox unavailable" in refused.last_error
    assert "borte@example.test" not in refused.last_error  # smtplib's recipient list is left out
    assert delivered.sent_at == NOW


def test_rejected_data_is_recorded_as_failed(smtp: SmtpServer, sessions: sessionmaker[Session]) -> None:
    smtp.handler.refuse_data = "554 5.6.0 Message rejected"
    queue(sessions)

    report = send_pending(sessions, smtp.settings, now=NOW)

    assert (report.sent, report.failed) == (0, 1)
    [row] = rows(sessions)
    assert row.sent_at is None and row.attempts == 1
    assert row.last_error == "SMTPDataError: 554 5.6.0 Message rejected"


def test_temporary_failure_is_retried_next_run(smtp: SmtpServer, sessions: sessionmaker[Session]) -> None:
    smtp.handler.refuse_data = "451 4.3.0 Try again later"
    queue(sessions)
    assert send_pending(sessions, smtp.settings, now=NOW).failed == 1

    smtp.handler.refuse_data = None
    assert send_pending(sessions, smtp.settings, now=NOW).sent == 1
    assert len(smtp.handler.messages) == 1


def test_mail_that_keeps_failing_does_not_hold_back_newer_mail(
    smtp: SmtpServer, sessions: sessionmaker[Session]
) -> None:
    smtp.handler.refuse_rcpt["borte@example.test"] = "550 5.1.1 Mailbox unavailable"
    queue(sessions, "borte@example.test", now=NOW - dt.timedelta(days=1))
    send_pending(sessions, smtp.settings, now=NOW)
    queue(sessions, "ny@example.test", now=NOW)

    assert send_pending(sessions, smtp.settings, now=NOW, limit=1).sent == 1
    assert [rcpt for rcpt, _ in smtp.handler.messages] == [["ny@example.test"]]


def test_unusable_addresses_fail_alone_and_are_never_delivered(
    smtp: SmtpServer, sessions: sessionmaker[Session]
) -> None:
    # From user data: queueing must not fail the change; sending records them and goes on.
    addresses = ["a@[", "mor@example.test\nBcc: x@example.test", "åse@example.test", "her@example.test"]
    for i, to in enumerate(addresses):
        queue(sessions, to, now=NOW + dt.timedelta(seconds=i))

    report = send_pending(sessions, smtp.settings, now=NOW)

    assert (report.sent, report.failed) == (2, 2)
    # aiosmtpd offers SMTPUTF8, so a non-ASCII address is fine; the header injection went nowhere.
    assert [rcpt for rcpt, _ in smtp.handler.messages] == [["åse@example.test"], ["her@example.test"]]
    for row in rows(sessions)[:2]:
        assert row.sent_at is None and row.attempts == 1 and row.last_error


class CrashBeforeMarkingSent(sessionmaker[Session]):
    """The process dies after the SMTP server accepted a mail and before the commit."""

    def begin(self) -> Any:
        raise RuntimeError("process died")


def test_crash_between_accept_and_commit_resends_once_with_the_same_message_id(
    smtp: SmtpServer, engine: Engine, sessions: sessionmaker[Session]
) -> None:
    queue(sessions, "mor@example.test")
    with pytest.raises(RuntimeError):
        send_pending(CrashBeforeMarkingSent(engine), smtp.settings, now=NOW)
    assert rows(sessions)[0].sent_at is None  # at-least-once: not lost

    assert send_pending(sessions, smtp.settings, now=NOW).sent == 1
    assert send_pending(sessions, smtp.settings, now=NOW).sent == 0
    first, second = (msg for _, msg in smtp.handler.messages)
    assert first["Message-ID"] == second["Message-ID"]


def test_settings_do_not_show_the_password() -> None:
    settings = SmtpSettings(host="smtp.example.test", port=587, sender=SENDER, username="u", password="hemmelig")
    assert "hemmelig" not in repr(settings)


# --------------------------------------------------------------------------- texts


def test_guardian_letter_has_the_guides_text() -> None:
    subject, body = letter()
    assert subject == "Det er opprettet en stafettlogg for barnet ditt"
    for sentence in [
        # the standardised e-mail in the guide
        "du har blitt opprettet som bruker av Stafettlogg",
        "Brukere av Stafettlogg er foreldre og foresatte til barn og unge, samt fagpersoner i kommunen som har "
        "ansvar for oppfølging av barn og unges oppvekst og utvikling.",
        "Stafettlogg er et digitalt verktøy for å sikre god samhandling i kommunen.",
        "Stafettlogg skal brukes i oppfølgingen av barn og unge som har behov for ulike støttetiltak.",
        "BankID er en personlig og enkel elektronisk legitimasjon for sikker identifisering på nett.",
        "Dersom du ikke allerede har BankID, ta kontakt med banken din, så vil de hjelpe deg med dette.",
        "Med vennlig hilsen\nBjørg Ødegård\nSolsiden barnehage",
        # what a stafettlogg is, consent, the holder, access
        "Formålet med en stafettlogg er tidlig innsats, brukermedvirkning og samordning av tjenestene.",
        "En forutsetning for å opprette og bruke en stafettlogg er samtykke fra foreldre/ungdom.",
        "Du kan når som helst trekke tilbake samtykket.",
        "Stafettholder for Åse er Bjørg Ødegård, Solsiden barnehage.",
        "Foreldrene og barnet skal alltid ha tilgang til stafettloggen.",
        "E-post: bjorg.odegard@ovingsvik.example.test",
        "Telefon: 912 34 567",
    ]:
        assert sentence in " ".join(body.split(" ")), sentence
    assert "Conexus" not in body


def test_guardian_letter_never_carries_a_fodselsnummer() -> None:
    assert "fodselsnummer" not in inspect.signature(guardian_letter).parameters
    subject, body = letter()
    assert not FNR_LIKE.search(subject + body)
    assert "fødselsnummer" not in body.lower()


def test_guardian_letter_optional_greeting_and_login_page() -> None:
    _, body = guardian_letter(
        barn_fornavn="Åse",
        enhet="Solsiden barnehage",
        stafettholder="Bjørg Ødegård",
        kontakt_epost="b@example.test",
        kontakt_telefon="912 34 567",
        foresatt_navn="Mor Tåsendatter",
        paloggingsside="https://stafettlogg.ovingsvik.example.test",
    )
    assert body.startswith("Hei, Mor Tåsendatter\n")
    assert "https://stafettlogg.ovingsvik.example.test" in body
    assert letter()[1].startswith("Hei\n")


NOTICES = [
    (new_tiltak_notice, {"mottaker_navn": "Kari Nordmann"}),
    (evaluation_due_notice, {"mottaker_navn": "Kari Nordmann", "frist": dt.date(2026, 12, 3)}),
    (transfer_waiting_notice, {"mottaker_navn": "Kari Nordmann", "fra_enhet": "Solsiden barnehage"}),
]


@pytest.mark.parametrize(("notice", "kwargs"), NOTICES, ids=lambda v: getattr(v, "__name__", ""))
def test_notices_cannot_carry_a_child_or_log_content(notice: Any, kwargs: dict[str, Any]) -> None:
    # The signature is the guarantee: there is no way to pass a child's name or log text in.
    assert set(inspect.signature(notice).parameters) == set(kwargs)
    subject, body = notice(**kwargs)
    assert body.startswith("Hei, Kari Nordmann\n")
    assert "Logg inn i Stafettlogg" in body
    assert "ingen opplysninger om barnet" in body
    assert "Kari" not in subject
    assert not FNR_LIKE.search(subject + body)


@pytest.mark.parametrize(("notice", "kwargs"), NOTICES, ids=lambda v: getattr(v, "__name__", ""))
def test_notices_are_plain_language(notice: Any, kwargs: dict[str, Any]) -> None:
    subject, body = notice(**kwargs)
    assert check(subject) == []
    assert check(body) == []


def test_notice_texts() -> None:
    assert new_tiltak_notice(mottaker_navn="Kari")[0] == "Nytt tiltak i Stafettlogg"
    subject, body = evaluation_due_notice(mottaker_navn="Kari", frist=dt.date(2026, 12, 3))
    assert subject == "Evaluering av tiltak innen 3. desember 2026"
    assert "er 3. desember 2026." in body
    _, body = transfer_waiting_notice(mottaker_navn="Kari", fra_enhet="Solsiden barnehage")
    assert "Solsiden barnehage vil overføre en stafettlogg til deg." in body
    assert "godta eller avvise" in body


@pytest.mark.parametrize(
    ("day", "text"),
    [
        (dt.date(2026, 12, 3), "3. desember 2026"),
        (dt.date(2027, 1, 1), "1. januar 2027"),
        (dt.date(2026, 5, 17), "17. mai 2026"),
        (dt.date(2028, 2, 29), "29. februar 2028"),
    ],
)
def test_norwegian_dates(day: dt.date, text: str) -> None:
    assert norsk_dato(day) == text
