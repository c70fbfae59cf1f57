"""The server's e-mail: the standardised letter to guardians and notices to staff.

Mail is not sent where it is caused. ``queue_mail`` writes a row in the caller's
transaction, and ``send_pending`` (a periodic job) delivers it. So a change that rolls
back sends nothing, and an SMTP outage delays mail instead of failing the change or
losing the mail.

E-mail is not a secure channel: it passes servers outside the municipality and sits in
inboxes on private phones. Notices to staff therefore say only *what kind of thing*
happened and ask the reader to open Stafettlogg; no child's name, no content of a log.
The guardians' letter names the child by first name only, to the child's own guardians.
"""

from __future__ import annotations

import datetime as dt
import enum
import smtplib
import ssl
import uuid
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr
from typing import Any, cast

from sqlalchemy import CursorResult, Integer, String, Text, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Mapped, Session, mapped_column, sessionmaker

from desktop.core.entities import enum_column
from sync.server.tables import ServerBase

__all__ = [
    "MailKind",
    "OutgoingMail",
    "SendReport",
    "SmtpSettings",
    "evaluation_due_notice",
    "guardian_letter",
    "new_tiltak_notice",
    "norsk_dato",
    "queue_mail",
    "send_pending",
    "transfer_answered_notice",
    "transfer_waiting_notice",
    "transfer_withdrawn_notice",
]

MAX_ERROR_CHARS = 1000


class MailKind(enum.StrEnum):
    GUARDIAN_LETTER = "guardian_letter"
    NEW_TILTAK = "new_tiltak"
    EVALUATION_DUE = "evaluation_due"
    TRANSFER_WAITING = "transfer_waiting"
    TRANSFER_ANSWERED = "transfer_answered"
    TRANSFER_WITHDRAWN = "transfer_withdrawn"


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class OutgoingMail(ServerBase):
    """One e-mail, queued with the change that caused it and kept after sending (a record of what went out)."""

    __tablename__ = "outgoing_mail"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    kind: Mapped[MailKind] = mapped_column(enum_column(MailKind))
    to_address: Mapped[str] = mapped_column(String(254))  # the longest address SMTP allows
    subject: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    # Whoever queues a notice that a job may queue again (evaluation due for one tiltak and
    # one date) names it here; the unique constraint makes the second queueing a no-op.
    dedupe_key: Mapped[str | None] = mapped_column(String(200), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=_utcnow)
    sent_at: Mapped[dt.datetime | None] = mapped_column(index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)


# --------------------------------------------------------------------------- queueing


def queue_mail(
    session: Session,
    *,
    to: str,
    subject: str,
    body: str,
    kind: MailKind,
    dedupe_key: str | None = None,
    now: dt.datetime | None = None,
) -> OutgoingMail | None:
    """Queue one e-mail in the caller's transaction; None if ``dedupe_key`` is already queued.

    Nothing is committed here: the mail goes out only if the caller's change commits.
    """
    # Only the caller's own mistakes are refused. An odd address from user data is queued and
    # fails at sending, visibly in last_error, rather than failing the change that caused it.
    if not to.strip() or any(c in subject for c in "\r\n"):
        raise ValueError("mail needs an address and a one-line subject")
    values = {
        "id": uuid.uuid4(),
        "kind": kind,
        "to_address": to,
        "subject": subject,
        "body": body,
        "dedupe_key": dedupe_key,
        "created_at": now or _utcnow(),
        "attempts": 0,
    }
    if dedupe_key is None:
        mail = OutgoingMail(**values)
        session.add(mail)
        session.flush()
        return mail
    # ON CONFLICT DO NOTHING: race-free between two runs of a job, and unlike catching
    # IntegrityError it needs no savepoint, which pysqlite cannot keep inside the caller's
    # transaction. The server runs on SQLite or PostgreSQL (docs/sync-protocol.md).
    dialect = session.get_bind().dialect.name
    statement: sqlite.Insert | postgresql.Insert
    if dialect == "sqlite":
        statement = sqlite.insert(OutgoingMail).values(values).on_conflict_do_nothing(index_elements=["dedupe_key"])
    elif dialect == "postgresql":
        statement = postgresql.insert(OutgoingMail).values(values).on_conflict_do_nothing(index_elements=["dedupe_key"])
    else:
        raise NotImplementedError(f"dedupe_key needs SQLite or PostgreSQL, not {dialect}")
    result = cast("CursorResult[Any]", session.execute(statement))
    if result.rowcount == 0:
        return None
    return session.get(OutgoingMail, values["id"])


# --------------------------------------------------------------------------- sending


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    sender: str  # the From address, e.g. "Stafettlogg <ikke-svar@kommune.no>"
    starttls: bool = False  # use it whenever username is set, or the password crosses the net in clear
    username: str | None = None
    password: str | None = field(default=None, repr=False)  # kept out of logs that print the settings
    timeout: float = 10


@dataclass(frozen=True)
class SendReport:
    sent: int
    failed: int


@dataclass(frozen=True)
class _Pending:
    """What is needed to send one mail, read before any network call so no transaction stays open."""

    id: uuid.UUID
    to_address: str
    subject: str
    body: str
    created_at: dt.datetime


def send_pending(
    session_factory: sessionmaker[Session], settings: SmtpSettings, *, now: dt.datetime, limit: int = 100
) -> SendReport:
    """Send unsent mail, oldest first, over one SMTP connection.

    Mail that has failed fewer times goes before mail that keeps failing, so one bad
    address cannot hold back everything queued after it.

    Each mail is marked sent in its own transaction right after the SMTP server accepted
    it. A failure increments ``attempts`` and stores the error, and the mail stays queued
    for the next run: nothing queued is ever dropped. A rejected mail (4xx/5xx for that
    message) does not stop the run; a lost or refused connection does, since the rest
    would fail the same way and only collect attempts.

    Delivery is at-least-once: if the process dies (or the database fails) between the
    server's acceptance and the commit, the next run sends that mail again. Exactly-once is
    impossible across two systems without a shared transaction, and the alternative —
    marking first, sending after — would silently lose mail on such a crash. A duplicate
    notice costs a reader a second glance; a lost letter to guardians breaks a promise of
    the guide. The resend carries the same Message-ID, so mail clients can spot it.

    Run one sender at a time; two concurrent runs could both send the same mail.
    """
    with session_factory() as session:
        rows = session.scalars(
            select(OutgoingMail)
            .where(OutgoingMail.sent_at.is_(None))
            .order_by(OutgoingMail.attempts, OutgoingMail.created_at, OutgoingMail.id)
            .limit(limit)
        ).all()
        pending = [_Pending(m.id, m.to_address, m.subject, m.body, m.created_at) for m in rows]

    sent = failed = 0
    smtp: smtplib.SMTP | None = None
    try:
        for mail in pending:
            try:
                message = _compose(mail, settings.sender)
            except Exception as exc:  # the e-mail library rejects some addresses with any error type
                _record_failure(session_factory, mail.id, exc)
                failed += 1
                continue
            try:
                if smtp is None:
                    smtp = _connect(settings)
                smtp.send_message(message)
            except (OSError, ValueError) as exc:  # smtplib.SMTPException is an OSError too
                _record_failure(session_factory, mail.id, exc)
                failed += 1
                if _connection_lost(exc):
                    break
                continue
            with session_factory.begin() as session:
                session.execute(
                    update(OutgoingMail)
                    .where(OutgoingMail.id == mail.id, OutgoingMail.sent_at.is_(None))
                    .values(sent_at=now)
                )
            sent += 1
    finally:
        if smtp is not None:
            try:
                smtp.quit()
            except OSError:
                smtp.close()
    return SendReport(sent=sent, failed=failed)


def _connect(settings: SmtpSettings) -> smtplib.SMTP:
    smtp = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
    try:
        if settings.starttls:
            smtp.starttls(context=ssl.create_default_context())
        if settings.username is not None:
            smtp.login(settings.username, settings.password or "")
    except BaseException:
        smtp.close()
        raise
    return smtp


def _compose(mail: _Pending, sender: str) -> EmailMessage:
    msg = EmailMessage()  # policy.default: UTF-8, RFC 2047 for æøå in the subject
    msg["From"] = sender
    msg["To"] = mail.to_address
    msg["Subject"] = mail.subject
    msg["Date"] = format_datetime(mail.created_at)
    # Derived from the row, not random: a resend after a crash is recognisably the same mail.
    domain = parseaddr(sender)[1].rpartition("@")[2] or "stafettlogg.invalid"
    msg["Message-ID"] = f"<{mail.id}@{domain}>"
    # Quoted-printable keeps the message 7-bit, so relays without 8BITMIME carry æøå intact.
    msg.set_content(mail.body, charset="utf-8", cte="quoted-printable")
    return msg


def _connection_lost(exc: Exception) -> bool:
    """Whether the rest of this run would fail the same way (vs. one message being refused)."""
    if isinstance(exc, smtplib.SMTPRecipientsRefused | smtplib.SMTPNotSupportedError | ValueError):
        return False  # this message only (a refused or non-ASCII address)
    if isinstance(exc, smtplib.SMTPSenderRefused | smtplib.SMTPDataError):
        return exc.smtp_code == 421  # "service not available, closing channel"
    return True


def _describe(exc: Exception) -> str:
    """The error for ``last_error``: type, code and server text, not the recipient list smtplib attaches."""
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        replies = "; ".join(f"{code} {_text(reply)}" for code, reply in exc.recipients.values())
        text = f"{type(exc).__name__}: {replies}"
    elif isinstance(exc, smtplib.SMTPResponseException):
        text = f"{type(exc).__name__}: {exc.smtp_code} {_text(exc.smtp_error)}"
    else:
        text = f"{type(exc).__name__}: {exc}"
    return text[:MAX_ERROR_CHARS]


def _text(reply: bytes | str) -> str:
    return reply.decode("utf-8", "replace") if isinstance(reply, bytes) else reply


def _record_failure(session_factory: sessionmaker[Session], mail_id: uuid.UUID, exc: Exception) -> None:
    with session_factory.begin() as session:
        session.execute(
            update(OutgoingMail)
            .where(OutgoingMail.id == mail_id)
            .values(attempts=OutgoingMail.attempts + 1, last_error=_describe(exc))
        )


# --------------------------------------------------------------------------- texts

_MONTHS = (
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
)


def norsk_dato(day: dt.date) -> str:
    """«3. desember 2026»."""
    return f"{day.day}. {_MONTHS[day.month - 1]} {day.year}"


def guardian_letter(
    *,
    barn_fornavn: str,
    enhet: str,
    stafettholder: str,
    kontakt_epost: str,
    kontakt_telefon: str,
    foresatt_navn: str | None = None,
    paloggingsside: str | None = None,
) -> tuple[str, str]:
    """The standardised e-mail the guide says goes to the guardians as soon as a log is created.

    The guide's own text (Conexus Companion's letter) with the product named Stafettlogg,
    plus what the guide says elsewhere about the log, consent, the holder and access.
    Only the child's first name: no surname, no fødselsnummer, nothing from the log.
    """
    greeting = f"Hei, {foresatt_navn}" if foresatt_navn else "Hei"
    where = f"\nDu finner Stafettlogg her: {paloggingsside}\n" if paloggingsside else ""
    subject = "Det er opprettet en stafettlogg for barnet ditt"
    body = f"""{greeting}

Det er opprettet en stafettlogg for {barn_fornavn}, og du har blitt opprettet som bruker av \
Stafettlogg. Brukere av Stafettlogg er foreldre og foresatte til barn og unge, samt fagpersoner \
i kommunen som har ansvar for oppfølging av barn og unges oppvekst og utvikling.

Stafettlogg er et digitalt verktøy for å sikre god samhandling i kommunen. Stafettlogg skal \
brukes i oppfølgingen av barn og unge som har behov for ulike støttetiltak.

Hva er en stafettlogg?
Formålet med en stafettlogg er tidlig innsats, brukermedvirkning og samordning av tjenestene. \
Stafettloggen gir oversikt over hvilke tjenester og hvilke fagpersoner som er involvert, og \
hvilke oppgaver den enkelte har. Loggen følger barnet uavhengig av hvem som til enhver tid \
tilbyr tjenester.

Samtykke
En forutsetning for å opprette og bruke en stafettlogg er samtykke fra foreldre/ungdom. Du har \
samtykket til at stafettloggen blir opprettet, og til at tjenestene deler opplysninger med \
hverandre. Du kan når som helst trekke tilbake samtykket. Da blir stafettloggen avsluttet. \
Si fra til stafettholderen hvis du vil trekke tilbake samtykket.

Stafettholder
For å sikre at familien vet hvem de skal kontakte når de følges opp av en eller flere \
tjenester, er det pekt ut en stafettholder. Stafettholderen har ansvar for å sikre overblikk \
og sammenheng i oppfølgingen av barnet og familien. Stafettholder for {barn_fornavn} er \
{stafettholder}, {enhet}.

Du har alltid tilgang til loggen
Foreldrene og barnet skal alltid ha tilgang til stafettloggen. Dermed kan dere hele tiden \
følge med i forløpet, i beslutningene som tas, og tiltakene som iverksettes.

Slik logger du inn
Du kan logge deg inn i Stafettlogg med elektronisk ID, for eksempel BankID. BankID er en \
personlig og enkel elektronisk legitimasjon for sikker identifisering på nett. Dersom du ikke \
allerede har BankID, ta kontakt med banken din, så vil de hjelpe deg med dette.
{where}
Spørsmål?
Ta kontakt med stafettholderen:
E-post: {kontakt_epost}
Telefon: {kontakt_telefon}

Med vennlig hilsen
{stafettholder}
{enhet}
"""
    return subject, body


# Notices go to staff, by e-mail, which is not a secure channel: they name the kind of
# event and nothing else — no child, no log content — and send the reader to Stafettlogg,
# where sign-in and access rules apply. That is why they take no child or log argument.

_NOTICE_FOOTER = """\
Av hensyn til taushetsplikten står det ingen opplysninger om barnet i denne e-posten. \
E-post er ikke en sikker kanal.

Du får dette varselet fordi e-postadressen din er registrert i Stafettlogg. Er adressen feil, \
eller får du varsler du ikke skal ha, si fra til lederen din.
"""


def new_tiltak_notice(*, mottaker_navn: str) -> tuple[str, str]:
    subject = "Nytt tiltak i Stafettlogg"
    body = f"""Hei, {mottaker_navn}

Du har fått ansvar for et nytt tiltak i en stafettlogg.
Logg inn i Stafettlogg for å se tiltaket.

{_NOTICE_FOOTER}"""
    return subject, body


def evaluation_due_notice(*, mottaker_navn: str, frist: dt.date) -> tuple[str, str]:
    dato = norsk_dato(frist)
    subject = f"Evaluering av tiltak innen {dato}"
    body = f"""Hei, {mottaker_navn}

Fristen for å evaluere et tiltak du har ansvar for i en stafettlogg, er {dato}.
Logg inn i Stafettlogg for å se hvilket tiltak det gjelder.

{_NOTICE_FOOTER}"""
    return subject, body


def transfer_waiting_notice(*, mottaker_navn: str, fra_enhet: str) -> tuple[str, str]:
    subject = "En stafettlogg venter på deg"
    body = f"""Hei, {mottaker_navn}

{fra_enhet} vil overføre en stafettlogg til deg.
Logg inn i Stafettlogg for å godta eller avvise overføringen.
Til du har godtatt den, har avsenderen fortsatt ansvaret for loggen.

{_NOTICE_FOOTER}"""
    return subject, body


def transfer_answered_notice(*, mottaker_navn: str, godtatt: bool, av_enhet: str) -> tuple[str, str]:
    """To the sender (and a leader who sent for them): the receiver's answer, not its reason.

    The reason is free text about a child; it is read in Stafettlogg, not in an inbox.
    """
    if godtatt:
        subject = "En overføring av en stafettlogg er godtatt"
        what = f"{av_enhet} har godtatt en stafettlogg du har overført. Den nye stafettholderen har nå ansvaret."
    else:
        subject = "En overføring av en stafettlogg er avvist"
        what = (
            f"{av_enhet} har avvist en stafettlogg du ville overføre. Du har fortsatt ansvaret for loggen. "
            "Grunnen står i Stafettlogg."
        )
    body = f"""Hei, {mottaker_navn}

{what}
Logg inn i Stafettlogg for å se svaret.

{_NOTICE_FOOTER}"""
    return subject, body


def transfer_withdrawn_notice(*, mottaker_navn: str, fra_enhet: str) -> tuple[str, str]:
    subject = "En overføring av en stafettlogg er trukket tilbake"
    body = f"""Hei, {mottaker_navn}

{fra_enhet} har trukket tilbake en stafettlogg de ville overføre til deg.
Du trenger ikke å gjøre noe.

{_NOTICE_FOOTER}"""
    return subject, body
