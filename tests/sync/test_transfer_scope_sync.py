"""A concern left behind at a transfer never reaches the receiver's PC, before or after accepting.

Kari (Solsikken barnehage) holds Nora's log with two concerns and sends it to Lars at
Øvingsvik skole with only the first: the family chose so. While the transfer waits, Lars's
PC holds the log's header, the child, the guardian, the consent, the chosen concern (and
what hangs on it) and the transfer. Once he accepts, it gets what a holder needs (notes,
meetings, the log's lysglimt), still without the second concern; and Ahmed, an aktør in
the log, loses the second concern from his PC.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select

from desktop.core import fodselsnummer
from desktop.core.entities import (
    Arena,
    FaktorOmrade,
    Foresatt,
    Lysglimt,
    Mote,
    Notat,
    Oppmerksomhet,
    Overforing,
    OverforingStatus,
    OverforingType,
    Samtykke,
    Stafettlogg,
    SyncChange,
)
from desktop.core.permissions import hanging_on
from desktop.core.replica import ORDER, TABLES
from desktop.core.snapshot import snapshot
from desktop.core.usecases import content, diagram, logs, transfer
from desktop.core.usecases.logs import ForesattInput
from tests.sync.support import LiveServer, Pc
from tests.sync.test_server import server_db

CHOSEN = "Nora sovner sent og er trøtt på skolen."
LEFT = "Nora blir lett lei seg når hun blir hentet sent."


@dataclass(frozen=True)
class Nora:
    logg: uuid.UUID
    chosen: uuid.UUID
    left: uuid.UUID
    notat: uuid.UUID
    mote: uuid.UUID
    glimt: uuid.UUID  # on the log itself


def nora_with_two_concerns(kari: Pc, ahmed: Pc, hanne: Pc) -> Nora:
    """Kari's new log: a tiltak for Ahmed on the chosen concern; a mål, a tiltak for Hanne, a
    lysglimt and a factor on the other; a note, a meeting and a lysglimt on the log."""
    with kari.work() as ctx:
        mor = ForesattInput(fornavn="Åse", etternavn="Lien", relasjon="mor", epost="ase@example.test")
        number = fodselsnummer.make_synthetic(dt.date(2020, 5, 6), random.Random(41))
        barn = logs.register_barn(ctx, fornavn="Nora", etternavn="Lien", fodselsnummer_=number, foresatte=[mor])
        assert barn.created is not None
        foresatt = ctx.session.scalar(select(Foresatt.id).where(Foresatt.barn_id == barn.created))
        assert foresatt is not None
        samtykke = logs.register_samtykke(
            ctx,
            barn_id=barn.created,
            signert_dato=ctx.today(),
            opprette_logg=True,
            utveksle_opplysninger=True,
            overfore_enhet=True,
            gitt_av_foresatte=[foresatt],
        ).created
        assert samtykke is not None
        made = logs.create_stafettlogg(ctx, barn_id=barn.created, samtykke_id=samtykke, bekymring="Nora sover lite.")
        logg = made.created
        assert logg is not None
        logs.change_niva(ctx, logg, 2)  # Hanne is at the helsestasjon
        chosen = content.add_oppmerksomhet(ctx, logg, CHOSEN).created
        left = content.add_oppmerksomhet(ctx, logg, LEFT).created
        assert chosen is not None and left is not None
        content.add_tiltak(
            ctx, chosen, tekst="Ahmed gir Nora hvile etter lunsj.", arena=Arena.TJENESTE, ansvarlig_id=ahmed.me.id
        )
        content.set_mal(ctx, left, del_a="Nora er blid ved henting innen jul.")
        content.add_tiltak(
            ctx, left, tekst="Hanne snakker med Nora om hentingen.", arena=Arena.TJENESTE, ansvarlig_id=hanne.me.id
        )
        content.post_lysglimt(ctx, logg, "Nora vinket blidt i dag.", oppmerksomhet_id=left)
        diagram.add_faktor(ctx, left, omrade=FaktorOmrade.STRUKTUR, tekst="Ulike hentetider.")
        notat = content.add_notat(ctx, logg, "Ringte mor om leggetider.").created
        mote = content.call_mote(ctx, logg, tidspunkt=ctx.now() + dt.timedelta(days=7), dagsorden="Søvn.").created
        glimt = content.post_lysglimt(ctx, logg, "Nora sang for gruppa.").created
        assert notat is not None and mote is not None and glimt is not None
    assert kari.sync().applied == 1
    return Nora(logg, chosen, left, notat, mote, glimt)


def send_to_lars(kari: Pc, lars: Pc, nora: Nora) -> uuid.UUID:
    with kari.work() as ctx:
        logg = ctx.session.get(Stafettlogg, nora.logg)
        assert logg is not None
        consent = ctx.session.scalar(select(Samtykke.id).where(Samtykke.barn_id == logg.barn_id))
        changes = transfer.request_transfer(
            ctx,
            nora.logg,
            type=OverforingType.ANNEN_ENHET,
            grunn="Nora begynner på skolen; familien vil at søvnen følges opp der.",
            oppmerksomheter=[nora.chosen],
            til_ansatt_id=lars.me.id,
            samtykke_id=consent,
        )
    assert changes.created is not None
    assert kari.sync().applied == 1
    return changes.created


def held(pc: Pc) -> set[uuid.UUID]:
    """The id of every synced record on the PC."""
    with pc.session() as s:
        return {getattr(row, "id") for entity in ORDER for row in s.scalars(select(TABLES[entity]))}  # noqa: B009


def left_behind_rows(server: LiveServer, nora: Nora) -> frozenset[uuid.UUID]:
    """The left-behind concern and every record on it, as the server has them."""
    with server_db(server) as s:
        rows = hanging_on(s, frozenset({nora.left}))
    assert len(rows) >= 5  # the concern, its mål, tiltak, lysglimt and factor
    return rows


def test_the_receivers_pc_never_holds_the_concern_left_behind(pcs: Callable[[str], Pc], server: LiveServer) -> None:
    kari, lars, ahmed, hanne = pcs("kari"), pcs("lars"), pcs("ahmed"), pcs("hanne")
    for pc in (kari, lars, ahmed, hanne):
        pc.sync()
    nora = nora_with_two_concerns(kari, ahmed, hanne)
    secret = left_behind_rows(server, nora)
    ahmed.sync()
    assert secret <= held(ahmed)  # an aktør in the log holds all of it while Kari has it

    overforing = send_to_lars(kari, lars, nora)

    # Waiting: Lars's PC holds what he needs to decide, and nothing of the other concern.
    lars.sync()
    mine = held(lars)
    assert not secret & mine
    assert {nora.logg, nora.chosen, overforing} <= mine
    assert not {nora.notat, nora.glimt} & mine  # no notes, no lysglimt on the log itself yet
    with lars.work() as ctx:
        [row] = [r for r in transfer.transfers_for_me(ctx) if r.id == overforing]
    assert row.may_answer and row.oppmerksomheter == [CHOSEN]

    # Accepting on his PC: neither the server's answer nor the next pull brings the other concern.
    with lars.work() as ctx:
        transfer.accept_transfer(ctx, overforing)
    assert lars.sync().applied == 1
    with lars.session() as s:
        answers = [r for c in s.scalars(select(SyncChange)) for r in c.server_rows]
    assert answers and not {uuid.UUID(r["id"]) for r in answers} & secret
    mine = held(lars)
    assert not secret & mine
    assert {nora.notat, nora.mote, nora.glimt, overforing} <= mine  # now a holder's whole log
    with lars.session() as s:
        done = s.get(Overforing, overforing)
        assert done is not None and done.status is OverforingStatus.AKSEPTERT
        assert set(s.scalars(select(Oppmerksomhet.id).where(Oppmerksomhet.logg_id == nora.logg))) == {nora.chosen}
        assert s.get(Notat, nora.notat) is not None and s.get(Mote, nora.mote) is not None
        assert s.get(Lysglimt, nora.glimt) is not None
    with lars.work() as ctx:
        snap = snapshot(ctx, nora.logg, record_read=False)
    assert snap.stafettholder == "Lars Bakken" and [o.tekst for o in snap.oppmerksomheter] == [CHOSEN]
    assert LEFT not in repr(snap)

    # Lars works on in the log; still nothing of the other concern comes.
    with lars.work() as ctx:
        content.add_notat(ctx, nora.logg, "Snakket med Nora om søvn.")
    assert lars.sync().applied == 1
    assert not secret & held(lars)

    # Ahmed, an aktør on the chosen concern, loses the other one from his PC with his next sync.
    ahmed.sync()
    assert not secret & held(ahmed)
    assert nora.chosen in held(ahmed)
    # Hanne's tiltak was on the concern left behind: she keeps no row of it either.
    hanne.sync()
    assert not secret & held(hanne)
    # Kari is no longer in the log: it leaves her PC.
    kari.sync()
    assert nora.logg not in held(kari)

    # The server still has every row: the family reads them.
    with server_db(server) as s:
        assert {o for o in secret if s.get(Oppmerksomhet, o) is not None} == {nora.left}


def test_a_rejected_transfer_leaves_the_receivers_pc_with_nothing_of_the_log(
    pcs: Callable[[str], Pc], server: LiveServer
) -> None:
    kari, lars, ahmed, hanne = pcs("kari"), pcs("lars"), pcs("ahmed"), pcs("hanne")
    for pc in (kari, lars):
        pc.sync()
    nora = nora_with_two_concerns(kari, ahmed, hanne)
    overforing = send_to_lars(kari, lars, nora)
    lars.sync()
    assert nora.chosen in held(lars)
    with lars.work() as ctx:
        transfer.reject_transfer(ctx, overforing, "Nora skal gå i en annen klasse.")
    assert lars.sync().applied == 1
    lars.sync()
    mine = held(lars)
    assert nora.logg not in mine and nora.chosen not in mine


def test_a_receiving_leader_holds_only_the_chosen_concern_and_keeps_no_text_of_the_other(
    pcs: Callable[[str], Pc], server: LiveServer
) -> None:
    """To the school's leader: she decides on her PC, names Lars, and keeps the log as a header."""
    kari, hilde, ahmed, hanne = pcs("kari"), pcs("hilde"), pcs("ahmed"), pcs("hanne")
    for pc in (kari, hilde):
        pc.sync()
    nora = nora_with_two_concerns(kari, ahmed, hanne)
    secret = left_behind_rows(server, nora)
    with kari.work() as ctx:
        logg = ctx.session.get(Stafettlogg, nora.logg)
        assert logg is not None
        consent = ctx.session.scalar(select(Samtykke.id).where(Samtykke.barn_id == logg.barn_id))
        skole = hilde.ansatt("Hilde").enhet_id
        made = transfer.request_transfer(
            ctx,
            nora.logg,
            type=OverforingType.ANNEN_ENHET,
            grunn="Nora begynner på skolen.",
            oppmerksomheter=[nora.chosen],
            til_enhet_id=skole,
            samtykke_id=consent,
        )
    assert made.created is not None and kari.sync().applied == 1
    hilde.sync()
    assert not secret & held(hilde) and nora.chosen in held(hilde)
    with hilde.work() as ctx:
        transfer.accept_transfer(ctx, made.created, ny_stafettholder_id=pcs("lars").me.id)
    assert hilde.sync().applied == 1
    hilde.sync()
    with hilde.session() as s:
        texts = [o.tekst for o in s.scalars(select(Oppmerksomhet).where(Oppmerksomhet.logg_id == nora.logg))]
    assert LEFT not in texts and CHOSEN not in texts  # a header copy now: no text of any concern
