"""What the server tells people by e-mail when a pushed change is applied.

Mail is queued in the same transaction as the change (``mail.queue_mail``), so a change
that is rolled back sends nothing and a committed one is never forgotten; a separate
sender (``stafettlogg-server send-mail`` or ``serve --smtp``) delivers it.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.context import Context
from desktop.core.entities import (
    Ansatt,
    Barn,
    Enhet,
    Foresatt,
    OutboxEntry,
    Overforing,
    OverforingStatus,
    OverforingType,
    Stafettlogg,
    Tiltak,
    TiltakStatus,
)
from desktop.core.replica import TABLES
from sync.server.mail import (
    MailKind,
    evaluation_due_notice,
    guardian_letter,
    new_tiltak_notice,
    queue_mail,
    transfer_answered_notice,
    transfer_waiting_notice,
    transfer_withdrawn_notice,
)

EVALUATION_NOTICE_DAYS = 7
MAILING = frozenset(
    {
        "logs.create_stafettlogg",
        "content.add_tiltak",
        "transfer.request_transfer",
        "transfer.accept_transfer",
        "transfer.reject_transfer",
        "transfer.withdraw_transfer",
    }
)
# Calls that answer a transfer: its id is an argument (the row was updated, not inserted).
ANSWERS = frozenset({"transfer.accept_transfer", "transfer.reject_transfer", "transfer.withdraw_transfer"})


def after_change(session: Session, ctx: Context, calls: list[dict[str, Any]]) -> None:
    """Queue the e-mails the applied use-case calls call for."""
    names = {c["name"] for c in calls}
    if not names & MAILING:
        return  # most changes send nothing: do not load their rows
    session.flush()
    inserted = select(OutboxEntry.entity, OutboxEntry.entity_id).where(
        OutboxEntry.sync_change_id == ctx.change_id, OutboxEntry.operation == "insert"
    )
    made = [session.get(TABLES[entity], id_) for entity, id_ in session.execute(inserted) if entity in TABLES]
    if "logs.create_stafettlogg" in names:
        for logg in (o for o in made if isinstance(o, Stafettlogg)):
            _guardian_letters(session, logg)
    if "content.add_tiltak" in names:
        for tiltak in (o for o in made if isinstance(o, Tiltak)):
            ansvarlig = session.get(Ansatt, tiltak.ansvarlig_id) if tiltak.ansvarlig_id else None
            if ansvarlig is not None and ansvarlig.id != ctx.person.id and ansvarlig.epost:
                subject, body = new_tiltak_notice(mottaker_navn=ansvarlig.navn)
                queue_mail(session, to=ansvarlig.epost, subject=subject, body=body, kind=MailKind.NEW_TILTAK)
    if "transfer.request_transfer" in names:
        for overforing in (o for o in made if isinstance(o, Overforing)):
            _transfer_notice(session, overforing)
    for call in calls:
        if call["name"] in ANSWERS:
            answered = session.get(Overforing, uuid.UUID(str(call["args"]["overforing_id"])))
            if answered is not None:
                _answer_notice(session, ctx, answered)


def _guardian_letters(session: Session, logg: Stafettlogg) -> None:
    barn = session.get(Barn, logg.barn_id)
    holder = session.get(Ansatt, logg.stafettholder_id)
    enhet = session.get(Enhet, logg.enhet_id)
    if barn is None or holder is None:
        return
    for foresatt in session.scalars(select(Foresatt).where(Foresatt.barn_id == barn.id, Foresatt.foreldreansvar)):
        if not foresatt.epost:
            continue
        subject, body = guardian_letter(
            barn_fornavn=barn.fornavn,
            enhet=enhet.navn if enhet else "",
            stafettholder=holder.navn,
            kontakt_epost=holder.epost,
            kontakt_telefon=holder.telefon,
            foresatt_navn=foresatt.navn,
        )
        queue_mail(
            session,
            to=foresatt.epost,
            subject=subject,
            body=body,
            kind=MailKind.GUARDIAN_LETTER,
            dedupe_key=f"opprettet:{logg.id}:{foresatt.id}",
        )


def _receivers(session: Session, overforing: Overforing) -> list[Ansatt]:
    """The named receiver, or the receiving unit's leaders."""
    if overforing.til_ansatt_id is not None:
        named = session.get(Ansatt, overforing.til_ansatt_id)
        return [named] if named is not None else []
    return list(session.scalars(select(Ansatt).where(Ansatt.enhet_id == overforing.til_enhet_id, Ansatt.er_leder)))


def _answer_notice(session: Session, ctx: Context, overforing: Overforing) -> None:
    """Accepted or rejected: the sender and whoever sent for them. Withdrawn: the receivers."""
    if overforing.type is OverforingType.ANNEN_KOMMUNE:
        return  # the sender records the other kommune's answer here; nobody else is waiting
    if overforing.status is OverforingStatus.TRUKKET:
        fra = session.get(Ansatt, overforing.fra_ansatt_id)
        fra_enhet = session.get(Enhet, fra.enhet_id) if fra is not None and fra.enhet_id else None
        for receiver in _receivers(session, overforing):
            if receiver.id == ctx.person.id or not receiver.epost:
                continue
            subject, body = transfer_withdrawn_notice(
                mottaker_navn=receiver.navn, fra_enhet=fra_enhet.navn if fra_enhet else ""
            )
            queue_mail(
                session,
                to=receiver.epost,
                subject=subject,
                body=body,
                kind=MailKind.TRANSFER_WITHDRAWN,
                dedupe_key=f"overforing-trukket:{overforing.id}:{receiver.id}",
            )
        return
    if overforing.status not in (OverforingStatus.AKSEPTERT, OverforingStatus.AVVIST):
        return
    enhet = session.get(Enhet, overforing.til_enhet_id) if overforing.til_enhet_id else None
    senders = {overforing.fra_ansatt_id, overforing.sendt_av_id} - {ctx.person.id}
    for sender_id in sorted(senders, key=str):
        sender = session.get(Ansatt, sender_id)
        if sender is None or not sender.epost:
            continue
        subject, body = transfer_answered_notice(
            mottaker_navn=sender.navn,
            godtatt=overforing.status is OverforingStatus.AKSEPTERT,
            av_enhet=enhet.navn if enhet else "Mottakeren",
        )
        queue_mail(
            session,
            to=sender.epost,
            subject=subject,
            body=body,
            kind=MailKind.TRANSFER_ANSWERED,
            dedupe_key=f"overforing-svar:{overforing.id}:{sender.id}",
        )


def _transfer_notice(session: Session, overforing: Overforing) -> None:
    fra = session.get(Ansatt, overforing.fra_ansatt_id)
    fra_enhet = session.get(Enhet, fra.enhet_id) if fra and fra.enhet_id else None
    if overforing.til_ansatt_id is not None:
        receivers = [session.get(Ansatt, overforing.til_ansatt_id)]
    else:
        receivers = list(
            session.scalars(select(Ansatt).where(Ansatt.enhet_id == overforing.til_enhet_id, Ansatt.er_leder))
        )
    for receiver in receivers:
        if receiver is None or not receiver.epost:
            continue
        subject, body = transfer_waiting_notice(
            mottaker_navn=receiver.navn, fra_enhet=fra_enhet.navn if fra_enhet else ""
        )
        queue_mail(
            session,
            to=receiver.epost,
            subject=subject,
            body=body,
            kind=MailKind.TRANSFER_WAITING,
            dedupe_key=f"overforing:{overforing.id}:{receiver.id}",
        )


def evaluations_due(session: Session, today: dt.date) -> int:
    """Queue a reminder for each active tiltak whose evaluation is due within a week (once each)."""
    horizon = today + dt.timedelta(days=EVALUATION_NOTICE_DAYS)
    stmt = select(Tiltak).where(
        Tiltak.status == TiltakStatus.AKTIV,
        Tiltak.evalueringsdato.is_not(None),
        Tiltak.evalueringsdato <= horizon,
        Tiltak.ansvarlig_id.is_not(None),
    )
    queued = 0
    for tiltak in session.scalars(stmt):
        ansvarlig = session.get(Ansatt, tiltak.ansvarlig_id)
        if ansvarlig is None or not ansvarlig.epost or tiltak.evalueringsdato is None:
            continue
        subject, body = evaluation_due_notice(mottaker_navn=ansvarlig.navn, frist=tiltak.evalueringsdato)
        mail = queue_mail(
            session,
            to=ansvarlig.epost,
            subject=subject,
            body=body,
            kind=MailKind.EVALUATION_DUE,
            dedupe_key=f"evaluering:{tiltak.id}:{tiltak.evalueringsdato.isoformat()}",
        )
        queued += mail is not None
    return queued
