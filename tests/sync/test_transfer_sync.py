"""«Overfør stafettlogg» across PCs: the holder sends, the receiving leader answers on her own PC.

PC A (Kari, Solsikken barnehage) sends a log to Øvingsvik skole; PC B (Hilde, the rector)
gets it with the next sync, answers, and the answer reaches A. On acceptance the new holder's
PC (Lars) gets the whole log and A keeps it only if she still has a role in it.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from desktop.core import fodselsnummer
from desktop.core.entities import (
    Ansatt,
    Barn,
    Enhet,
    Foresatt,
    Oppmerksomhet,
    Overforing,
    OverforingStatus,
    OverforingType,
    Samtykke,
    Stafettlogg,
)
from desktop.core.snapshot import snapshot
from desktop.core.usecases import content, logs, transfer
from desktop.core.usecases.logs import ForesattInput
from sync.server.mail import MailKind, OutgoingMail
from tests.sync.support import LiveServer, Pc
from tests.sync.test_server import mailing_server, server_db  # noqa: F401 - a fixture

REASON = "Barnet begynner i første klasse. Familien ønsker at loggen følger med."


def emil(pc: Pc) -> uuid.UUID:
    with pc.session() as s:
        found = s.scalar(
            select(Stafettlogg.id).join(Barn, Stafettlogg.barn_id == Barn.id).where(Barn.fornavn == "Emil")
        )
    assert found is not None
    return found


def new_log_without_tiltak(kari: Pc) -> uuid.UUID:
    """A log Kari holds and has no other role in: a child, the family's consent (to a transfer too), a concern."""
    with kari.work() as ctx:
        mor = ForesattInput(fornavn="Åse", etternavn="Lien", relasjon="mor", epost="ase@example.test")
        number = fodselsnummer.make_synthetic(dt.date(2020, 5, 6), random.Random(31))
        barn_id = logs.register_barn(ctx, fornavn="Nora", etternavn="Lien", fodselsnummer_=number, foresatte=[mor])
        assert barn_id.created is not None
        foresatt = ctx.session.scalar(select(Foresatt.id).where(Foresatt.barn_id == barn_id.created))
        samtykke = logs.register_samtykke(
            ctx,
            barn_id=barn_id.created,
            signert_dato=ctx.today(),
            opprette_logg=True,
            utveksle_opplysninger=True,
            overfore_enhet=True,
            gitt_av_foresatte=[foresatt],
        ).created
        assert samtykke is not None
        made = logs.create_stafettlogg(ctx, barn_id=barn_id.created, samtykke_id=samtykke, bekymring="Nora sover lite.")
        assert made.created is not None
        content.add_oppmerksomhet(ctx, made.created, "Nora sovner sent og er trøtt på skolen.")
    assert kari.sync().applied == 1
    return made.created


def send_to_the_school(kari: Pc, logg_id: uuid.UUID) -> uuid.UUID:
    """Kari sends Emil's log to the school's leader, with the family's consent to that."""
    with kari.work() as ctx:
        logg = ctx.session.get(Stafettlogg, logg_id)
        assert logg is not None
        samtykke = ctx.session.scalar(
            select(Samtykke.id).where(Samtykke.barn_id == logg.barn_id, Samtykke.overfore_enhet.is_(True))
        )
        skole = ctx.session.scalar(select(Enhet.id).where(Enhet.navn == "Øvingsvik skole"))
        concerns = [o.id for o in logg.oppmerksomheter if o.avsluttet_at is None]
        changes = transfer.request_transfer(
            ctx,
            logg_id,
            type=OverforingType.ANNEN_ENHET,
            grunn=REASON,
            oppmerksomheter=concerns,
            til_enhet_id=skole,
            samtykke_id=samtykke,
        )
    assert changes.created is not None
    assert kari.sync().applied == 1
    return changes.created


def waiting_for(hilde: Pc, overforing_id: uuid.UUID) -> transfer.OverforingRad:
    with hilde.work() as ctx:
        rows = transfer.transfers_for_me(ctx)
    [row] = [r for r in rows if r.id == overforing_id]
    assert row.may_answer and row.grunn == REASON
    assert row.fra == "Kari Nilsen" and row.til == "lederen i Øvingsvik skole"
    return row


def test_the_receiving_leader_accepts_on_her_pc_and_the_log_moves_to_the_new_holder(
    pcs: Callable[[str], Pc], server: LiveServer
) -> None:
    kari, hilde = pcs("kari"), pcs("hilde")
    kari.sync()
    logg_id = new_log_without_tiltak(kari)
    overforing_id = send_to_the_school(kari, logg_id)

    # B: the waiting transfer and its log arrive with the next sync.
    hilde.sync()
    row = waiting_for(hilde, overforing_id)
    names = {k.navn: k.id for k in row.kandidater}
    assert {"Lars Bakken", "Tone Helgesen"} <= set(names)
    with hilde.work() as ctx:
        transfer.accept_transfer(ctx, overforing_id, ny_stafettholder_id=names["Lars Bakken"])
    assert hilde.sync().applied == 1

    with server_db(server) as s:
        logg = s.get(Stafettlogg, logg_id)
        assert logg is not None and logg.stafettholder_id == names["Lars Bakken"]
        concerns_on_server = set(s.scalars(select(Oppmerksomhet.id).where(Oppmerksomhet.logg_id == logg_id)))

    # A: no longer the holder and with no other role in it, so the log leaves her PC.
    report = kari.sync()
    assert str(logg_id) in report.removed_logs
    with kari.session() as s:
        assert s.get(Stafettlogg, logg_id) is None
        assert s.scalars(select(Oppmerksomhet).where(Oppmerksomhet.logg_id == logg_id)).all() == []

    # The new holder's PC gets the whole log, and he may work in it.
    lars = pcs("lars")
    lars.sync()
    with lars.session() as s:
        assert set(s.scalars(select(Oppmerksomhet.id).where(Oppmerksomhet.logg_id == logg_id))) == concerns_on_server
        done = s.get(Overforing, overforing_id)
        assert done is not None and done.status is OverforingStatus.AKSEPTERT
    with lars.work() as ctx:
        snap = snapshot(ctx, logg_id, record_read=False)
    assert snap.stafettholder == "Lars Bakken" and snap.enhet == "Øvingsvik skole"
    assert any("Ny stafettholder er Lars Bakken" in w for w in snap.warnings)


def test_a_rejection_reaches_the_sender_with_its_reason_and_she_keeps_the_log(
    pcs: Callable[[str], Pc], server: LiveServer
) -> None:
    kari, hilde = pcs("kari"), pcs("hilde")
    kari.sync()
    logg_id = emil(kari)
    overforing_id = send_to_the_school(kari, logg_id)
    hilde.sync()
    waiting_for(hilde, overforing_id)
    with hilde.work() as ctx:
        transfer.reject_transfer(ctx, overforing_id, "Emil skal gå på Nordby skole, ikke hos oss.")
    assert hilde.sync().applied == 1

    kari.sync()
    with kari.session() as s:
        logg = s.get(Stafettlogg, logg_id)
        assert logg is not None and logg.stafettholder_id == kari.me.id
        answered = s.get(Overforing, overforing_id)
        assert answered is not None and answered.status is OverforingStatus.AVVIST
    with kari.work() as ctx:
        snap = snapshot(ctx, logg_id, record_read=False)
    assert any("Hilde Sandvik avviste overføringen" in w and "Nordby skole" in w for w in snap.warnings)
    # Nothing waits any more for Hilde, whose PC drops the log she was only shown to answer.
    with hilde.work() as ctx:
        assert not any(r.may_answer and r.id == overforing_id for r in transfer.transfers_for_me(ctx))
    hilde.sync()
    with hilde.session() as s:
        assert s.get(Stafettlogg, logg_id) is None


def test_the_answer_is_mailed_to_the_sender(tmp_path: Path, mailing_server: LiveServer) -> None:  # noqa: F811
    kari = Pc.connect(tmp_path / "kari", mailing_server.url, "kari")
    hilde = Pc.connect(tmp_path / "hilde", mailing_server.url, "hilde")
    try:
        kari.sync()
        logg_id = emil(kari)
        overforing_id = send_to_the_school(kari, logg_id)
        hilde.sync()
        with hilde.work() as ctx:
            transfer.reject_transfer(ctx, overforing_id, "Emil skal gå på Nordby skole.")
        assert hilde.sync().applied == 1
        with server_db(mailing_server) as s:
            kari_ansatt = s.get(Ansatt, kari.me.id)
            assert kari_ansatt is not None
            kari_epost = kari_ansatt.epost
            waiting = s.scalars(select(OutgoingMail).where(OutgoingMail.kind == MailKind.TRANSFER_WAITING)).all()
            [answer] = s.scalars(select(OutgoingMail).where(OutgoingMail.kind == MailKind.TRANSFER_ANSWERED)).all()
        assert waiting  # the rector was told on the request
        assert answer.to_address == kari_epost and "avvist" in answer.subject
        assert "Emil" not in answer.body and "Nordby" not in answer.body  # no child, no reason in an e-mail
    finally:
        kari.close()
        hilde.close()


def test_a_withdrawal_is_mailed_to_the_receiver_and_leaves_her_pc(
    tmp_path: Path,
    mailing_server: LiveServer,  # noqa: F811
) -> None:
    kari = Pc.connect(tmp_path / "kari", mailing_server.url, "kari")
    hilde = Pc.connect(tmp_path / "hilde", mailing_server.url, "hilde")
    try:
        kari.sync()
        logg_id = emil(kari)
        overforing_id = send_to_the_school(kari, logg_id)
        hilde.sync()
        waiting_for(hilde, overforing_id)
        with kari.work() as ctx:
            transfer.withdraw_transfer(ctx, overforing_id, "Familien vil vente til sommeren.")
        assert kari.sync().applied == 1
        with server_db(mailing_server) as s:
            hilde_ansatt = s.get(Ansatt, hilde.me.id)
            assert hilde_ansatt is not None
            [mail] = s.scalars(select(OutgoingMail).where(OutgoingMail.kind == MailKind.TRANSFER_WITHDRAWN)).all()
        assert mail.to_address == hilde_ansatt.epost and "Emil" not in mail.body
        report = hilde.sync()
        assert str(logg_id) in report.removed_logs
        with hilde.work() as ctx:
            assert not any(r.may_answer for r in transfer.transfers_for_me(ctx) if r.id == overforing_id)
    finally:
        kari.close()
        hilde.close()
