"""«Eksporter» to another kommune: a package from Øvingsvik, imported in Mottakvik, a receipt back.

Two workspaces (two in-memory databases), each with its own kommune, keys and people: the
sender is the core's test world, the receiver a kommune bootstrapped here.
"""

from __future__ import annotations

import base64
import datetime as dt
import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.core import audit, fodselsnummer, keys
from desktop.core.context import PersonRef
from desktop.core.entities import (
    Arena,
    AuditEntry,
    Barn,
    Base,
    Beslutning,
    Evaluering,
    FaktorOmrade,
    Foresatt,
    KjentKommune,
    LoggStatus,
    Lysglimt,
    Mal,
    Notat,
    Oppmerksomhet,
    Overforing,
    OverforingStatus,
    OverforingType,
    Pakke,
    Samtykke,
    Stafettlogg,
    Tiltak,
    TiltakStatus,
    Vedlegg,
)
from desktop.core.errors import DomainError, InvalidInput, PermissionDenied, RuleViolation
from desktop.core.training import tiny_pdf
from desktop.core.usecases import content, diagram, exchange, logs, organisation, transfer
from sync import package

from .conftest import START, Clock, World, build_world, memory_engine

PDF = tiny_pdf("Bildeplan", ["Ella øver på å spise selv."])


@dataclass
class Side:
    """One kommune's workspace, with its people by nickname."""

    factory: sessionmaker[Session]
    clock: Clock
    p: dict[str, PersonRef]

    def run(self, who: str, work: Callable[[Any], Any]) -> Any:
        from desktop.core.context import transaction

        with transaction(self.factory, self.p[who], device="test-pc", clock=self.clock) as ctx:
            return work(ctx)


@dataclass
class Pair:
    sender: Side
    receiver: Side
    world: World
    ids: dict[str, uuid.UUID]
    tmp: Path

    def counts(self, side: Side) -> dict[str, int]:
        with side.factory() as s:
            return {
                t.name: s.execute(select(func.count()).select_from(t)).scalar_one() for t in Base.metadata.sorted_tables
            }


def receiver_side(clock: Clock) -> Side:
    factory = sessionmaker(memory_engine(), expire_on_commit=False)
    rng = random.Random(11)
    people: dict[str, PersonRef] = {}
    with factory() as s, s.begin():
        _, admin = organisation.bootstrap_kommune(
            s,
            navn="Mottakvik",
            nummer="1234",
            admin_fornavn="Mia",
            admin_etternavn="Mottak",
            admin_fodselsnummer=fodselsnummer.make_synthetic(dt.date(1970, 2, 2), rng),
            clock=clock,
        )
        people["admin"] = PersonRef.of(admin)
    side = Side(factory, clock, people)

    def organise(ctx: Any) -> None:
        skole = organisation.create_tjeneste(ctx, "Skole")
        enhet = organisation.create_enhet(ctx, "Mottakvik skole", skole.id)
        annen = organisation.create_enhet(ctx, "Fjordbyen skole", skole.id)
        for nick, unit, flags in (
            ("laerer", enhet, {"er_aktor": True, "er_stafettholder": True}),
            ("laerer2", enhet, {"er_aktor": True, "er_stafettholder": True}),
            ("rektor", enhet, {"er_leder": True}),
            ("assistent", enhet, {"er_aktor": True}),
            ("fjern", annen, {"er_aktor": True, "er_stafettholder": True}),
        ):
            a = organisation.add_ansatt(
                ctx,
                enhet_id=unit.id,
                fornavn=nick.capitalize(),
                etternavn="Mottaksen",
                fodselsnummer_=fodselsnummer.make_synthetic(dt.date(1980, 3, 3) + dt.timedelta(days=len(people)), rng),
                **flags,
            )
            people[nick] = PersonRef.of(a)

    side.run("admin", organise)
    return side


def exchange_keys(sender: Side, receiver: Side) -> None:
    for side in (sender, receiver):
        side.run("admin", exchange.create_own_keys)
    sender_file = sender.run("admin", exchange.own_key_file)
    receiver_file = receiver.run("admin", exchange.own_key_file)
    sender.run("admin", lambda ctx: exchange.add_kjent_kommune(ctx, receiver_file))
    receiver.run("admin", lambda ctx: exchange.add_kjent_kommune(ctx, sender_file))


def fill_log(w: World) -> dict[str, uuid.UUID]:
    """Ella's log with a bit of everything; two concerns, of which only the first goes along."""
    ids: dict[str, uuid.UUID] = {}
    logg_id = w.ids["logg"]
    with w.as_("holder") as ctx:
        logs.change_niva(ctx, logg_id, 2)
        ids["o1"] = content.add_oppmerksomhet(ctx, logg_id, "Ella spiser lite ved lunsj.", "Ella spiser opp.").created  # type: ignore[assignment]
        ids["o2"] = content.add_oppmerksomhet(ctx, logg_id, "Ella trekker seg unna i frileken.").created  # type: ignore[assignment]
        content.set_mal(ctx, ids["o1"], del_a="Ella spiser selv.", sjekk_malbart=True)
        content.set_mal(ctx, ids["o1"], del_a="Ella spiser selv", del_b="ved lunsj hver dag.")
        ids["faktor"] = diagram.add_faktor(
            ctx, ids["o1"], omrade=FaktorOmrade.STRUKTUR, tekst="Urolig spisesituasjon."
        ).created  # type: ignore[assignment]
        diagram.add_kobling(ctx, ids["o1"], ids["faktor"], None)
        ids["t_tjeneste"] = content.add_tiltak(
            ctx,
            ids["o1"],
            tekst="Kari sitter ved Ella ved lunsj.",
            arena=Arena.TJENESTE,
            ansvarlig_id=w.p["aktor"].id,
            faktor_id=ids["faktor"],
            evalueringsdato=dt.date(2026, 4, 1),
        ).created  # type: ignore[assignment]
        ids["t_hjem"] = content.add_tiltak(
            ctx, ids["o1"], tekst="Mor spiser frokost med Ella.", arena=Arena.HJEM
        ).created  # type: ignore[assignment]
        ids["t_lege"] = content.add_tiltak(
            ctx, ids["o1"], tekst="Fastlegen sjekker vekt.", arena=Arena.TJENESTE, ansvarlig_id=w.p["fastlege"].id
        ).created  # type: ignore[assignment]
        ids["t_o2"] = content.add_tiltak(
            ctx, ids["o2"], tekst="Leken i små grupper.", arena=Arena.TJENESTE, ansvarlig_id=w.p["aktor"].id
        ).created  # type: ignore[assignment]
        ids["mote"] = content.call_mote(
            ctx, logg_id, tidspunkt=START + dt.timedelta(days=3), sted="Solsikken", dagsorden="Lunsj."
        ).created  # type: ignore[assignment]
        ids["notat"] = content.add_notat(ctx, logg_id, "Bildeplan for lunsj.", vedlegg=[("bildeplan.pdf", PDF)]).created  # type: ignore[assignment]
    w.clock.advance(days=4)
    with w.as_("fastlege") as ctx:
        content.evaluate_tiltak(
            ctx,
            ids["t_lege"],
            mal_nadd=True,
            beslutning=Beslutning.AVSLUTTE,
            mote_id=ids["mote"],
            kommentar="Vekten er fin.",
        )
    with w.as_("mor") as ctx:
        ids["lysglimt1"] = content.post_lysglimt(
            ctx, logg_id, "Ella spiste hele matpakka!", oppmerksomhet_id=ids["o1"]
        ).created  # type: ignore[assignment]
        ids["lysglimt2"] = content.post_lysglimt(
            ctx, logg_id, "Ella lekte med Nora.", oppmerksomhet_id=ids["o2"]
        ).created  # type: ignore[assignment]
    with w.as_("holder") as ctx:
        mor, far = w.p["mor"].id, w.p["far"].id
        ids["samtykke"] = logs.register_samtykke(
            ctx,
            barn_id=w.p["ella"].id,
            logg_id=logg_id,
            signert_dato=dt.date(2026, 3, 5),
            overfore_kommune=True,
            gitt_av_foresatte=[mor, far],
            skannet_pdf=("samtykke.pdf", PDF),
        ).created  # type: ignore[assignment]
    return ids


def request_kommune_transfer(w: World, ids: dict[str, uuid.UUID], **kwargs: Any) -> uuid.UUID:
    kwargs.setdefault("samtykke_id", ids["samtykke"])
    with w.as_("holder") as ctx:
        created = transfer.request_transfer(
            ctx,
            w.ids["logg"],
            type=OverforingType.ANNEN_KOMMUNE,
            grunn="Familien flytter til Mottakvik.",
            oppmerksomheter=[ids["o1"]],
            til_kommune="Mottakvik kommune",
            **kwargs,
        ).created
    assert created is not None
    return created


def build_pair(tmp: Path) -> Pair:
    """Øvingsvik (the core's test world) with Ella's log requested for Mottakvik; keys exchanged."""
    w = build_world()
    sender = Side(w.factory, w.clock, w.p)
    receiver = receiver_side(w.clock)
    exchange_keys(sender, receiver)
    ids = fill_log(w)
    ids["overforing"] = request_kommune_transfer(w, ids)
    return Pair(sender, receiver, w, ids, tmp)


@pytest.fixture
def pair(tmp_path: Path) -> Pair:
    return build_pair(tmp_path)


def kjent_id(side: Side) -> uuid.UUID:
    """The first known kommune's key (each side knows the other's)."""
    with side.factory() as s:
        return s.scalars(select(KjentKommune.id).order_by(KjentKommune.lagt_til_at, KjentKommune.id)).first()  # type: ignore[return-value]


def export(pair: Pair, name: str = "ella.stafettpakke") -> Path:
    path = pair.tmp / name
    pair.sender.run("holder", lambda ctx: package.export_file(ctx, pair.ids["overforing"], kjent_id(pair.sender), path))
    return path


def refused(side: Side, who: str, work: Callable[[Any], Any], error: type[DomainError], phrase: str) -> str:
    with pytest.raises(error) as info:
        side.run(who, work)
    assert phrase in info.value.message, info.value.message
    return info.value.message


# =========================================================================== the round trip


def test_round_trip_import_receipt_accepts_and_closes(pair: Pair) -> None:
    path = export(pair)
    assert path.read_bytes().startswith(package.MAGIC)
    assert b"Ella" not in path.read_bytes()  # encrypted

    shown = pair.receiver.run("laerer", lambda ctx: package.preview_file(ctx, path))
    assert shown.barn == "Ella Fjellstad"
    assert shown.fra_kommune == "Øvingsvik" and shown.fra_nummer == "9999"
    assert shown.oppmerksomheter == ("Ella spiser lite ved lunsj.",)
    with pair.sender.factory() as s:
        own = keys.own_keys(s)
        assert own is not None
        assert shown.fingerprint == keys.show_fingerprint(own.public.fingerprint)

    receipt = pair.tmp / "kvittering.stafettkvittering"
    changes = pair.receiver.run("laerer", lambda ctx: package.import_file(ctx, path, receipt))
    assert any("tiltak i tjenesten ble avsluttet" in w for w in changes.warnings)
    logg_id = pair.world.ids["logg"]
    assert changes.created == logg_id

    with pair.receiver.factory() as s:
        logg = s.get(Stafettlogg, logg_id)
        assert logg is not None and logg.status is LoggStatus.AKTIV and logg.niva == 2
        assert logg.stafettholder_id == pair.receiver.p["laerer"].id
        assert logg.enhet.navn == "Mottakvik skole"
        assert logg.barn.navn == "Ella Fjellstad" and logg.barn.kommune_id != pair.world.ids["kommune"]
        assert sorted(f.navn for f in logg.barn.foresatte) == ["Mona Fjellstad", "Per Fjellstad", "Siri Dal"]
        assert [o.tekst for o in logg.oppmerksomheter] == ["Ella spiser lite ved lunsj."]  # not the other one
        o1 = logg.oppmerksomheter[0]
        assert len(o1.mal) == 2 and sum(m.erstattet_at is None for m in o1.mal) == 1
        assert len(o1.faktorer) == 1 and len(o1.koblinger) == 1
        tiltak = {t.id: t for t in o1.tiltak}
        service = tiltak[pair.ids["t_tjeneste"]]
        assert service.status is TiltakStatus.AVSLUTTET and service.ansvarlig_id is None
        assert (
            "Ansvarlig i Øvingsvik: Aktor Testesen" in service.tekst and "Avsluttet ved overføringen" in service.tekst
        )
        assert service.faktor_id == pair.ids["faktor"]
        home = tiltak[pair.ids["t_hjem"]]
        assert home.status is TiltakStatus.AKTIV and home.tekst == "Mor spiser frokost med Ella."
        lege = tiltak[pair.ids["t_lege"]]
        assert lege.evaluering is not None and lege.evaluering.mote_id == pair.ids["mote"]
        assert lege.evaluering.kommentar == "Vekten er fin."
        assert pair.ids["t_o2"] not in tiltak and s.get(Tiltak, pair.ids["t_o2"]) is None
        glimt = s.scalars(select(Lysglimt)).all()
        assert [g.id for g in glimt] == [pair.ids["lysglimt1"]]
        mor = next(f for f in logg.barn.foresatte if f.fornavn == "Mona")
        assert glimt[0].forfatter_id == mor.id  # the family is mapped to its records here
        notes = s.scalars(select(Notat).where(Notat.logg_id == logg_id).order_by(Notat.created_at)).all()
        assert any(
            n.tekst == "Bildeplan for lunsj." and len(n.vedlegg) == 1 and n.vedlegg[0].innhold == PDF for n in notes
        )
        intro = next(n for n in notes if n.tekst.startswith("Loggen er overført fra Øvingsvik"))
        assert intro.internt and "Familien flytter til Mottakvik." in intro.tekst and "Aktor Testesen" in intro.tekst
        history = [n for n in notes if n.tekst.startswith("Historikk fra Øvingsvik")]
        assert history and "Tiltak lagt til" in history[0].tekst
        assert "Leken i små grupper" not in "".join(n.tekst for n in history)  # the other concern's history stays
        samtykke = s.scalars(select(Samtykke).where(Samtykke.logg_id == logg_id)).one()
        assert samtykke.overfore_kommune and samtykke.skannet_vedlegg_id is not None
        assert sorted(samtykke.gitt_av_foresatte) == sorted(str(f.id) for f in logg.barn.foresatte if f.foreldreansvar)
        assert s.get(Vedlegg, samtykke.skannet_vedlegg_id).innhold == PDF  # type: ignore[union-attr]
        steps = [e.detail.get("steg") for e in audit.trail(s, logg_id)]
        assert "importert" in steps
        assert audit.verify(s).ok

    # The receipt goes back; reading it accepts the transfer and closes the log at the sender.
    assert receipt.exists()
    shown = pair.sender.run("holder", lambda ctx: package.preview_file(ctx, receipt))
    assert shown.type == "kvittering" and shown.resultat == "akseptert" and shown.barn == "Ella Fjellstad"
    pair.sender.run("holder", lambda ctx: package.read_receipt_file(ctx, receipt))
    with pair.sender.factory() as s:
        overforing = s.get(Overforing, pair.ids["overforing"])
        assert overforing is not None and overforing.status is OverforingStatus.AKSEPTERT
        logg = s.get(Stafettlogg, logg_id)
        assert logg is not None and logg.status is LoggStatus.AVSLUTTET
        assert logg.avslutningsgrunn == "Overført til Mottakvik kommune."
        assert audit.verify(s).ok
    # The same receipt a second time is a replay.
    refused(
        pair.sender, "holder", lambda ctx: package.read_receipt_file(ctx, receipt), RuleViolation, "allerede lest inn"
    )


def test_rejection_sends_a_receipt_and_the_holder_keeps_the_log(pair: Pair) -> None:
    path = export(pair)
    receipt = pair.tmp / "avvist.stafettkvittering"
    before = pair.counts(pair.receiver)
    pair.receiver.run(
        "rektor", lambda ctx: package.reject_file(ctx, path, receipt, "Familien har ikke flyttet hit likevel.")
    )
    after = pair.counts(pair.receiver)
    assert after["stafettlogg"] == before["stafettlogg"] and after["barn"] == before["barn"]
    assert after["pakke"] == before["pakke"] + 2  # the package read, the receipt written
    # A rejected package cannot be imported afterwards.
    refused(
        pair.receiver,
        "laerer",
        lambda ctx: package.import_file(ctx, path, pair.tmp / "x"),
        RuleViolation,
        "allerede lest inn",
    )
    pair.sender.run("holder", lambda ctx: package.read_receipt_file(ctx, receipt))
    with pair.sender.factory() as s:
        overforing = s.get(Overforing, pair.ids["overforing"])
        assert overforing is not None and overforing.status is OverforingStatus.AVVIST
        assert "Familien har ikke flyttet hit likevel." in overforing.svar_grunn
        assert "Mottakvik" in overforing.svar_grunn
        logg = s.get(Stafettlogg, pair.world.ids["logg"])
        assert logg is not None and logg.status is LoggStatus.AKTIV


def test_a_leader_imports_with_a_holder_of_the_unit(pair: Pair) -> None:
    path = export(pair)
    holder = pair.receiver.p["laerer2"].id
    choices = pair.receiver.run("rektor", exchange.holder_choices)
    assert {c.id for c in choices} == {pair.receiver.p["laerer"].id, holder}
    pair.receiver.run("rektor", lambda ctx: package.import_file(ctx, path, pair.tmp / "k", stafettholder_id=holder))
    with pair.receiver.factory() as s:
        logg = s.get(Stafettlogg, pair.world.ids["logg"])
        assert logg is not None and logg.stafettholder_id == holder


def test_an_existing_child_is_linked_not_duplicated(pair: Pair) -> None:
    with pair.sender.factory() as s:
        ella = s.get(Barn, pair.world.p["ella"].id)
        assert ella is not None
        number = ella.fodselsnummer
    pair.receiver.run(
        "laerer",
        lambda ctx: logs.register_barn(
            ctx,
            fornavn="Ella",
            etternavn="Fjellstad",
            fodselsnummer_=number,
            foresatte=[logs.ForesattInput("Mona", "Fjellstad", "mor"), logs.ForesattInput("Per", "Fjellstad", "far")],
        ),
    )
    pair.receiver.run("laerer", lambda ctx: package.import_file(ctx, export(pair), pair.tmp / "k"))
    with pair.receiver.factory() as s:
        assert s.scalar(select(func.count()).select_from(Barn)) == 1
        names = sorted(f.navn for f in s.scalars(select(Foresatt)))
        assert names == ["Mona Fjellstad", "Per Fjellstad", "Siri Dal"]


# =========================================================================== refusals


def test_request_without_kommune_consent_is_refused(pair: Pair) -> None:
    w = pair.world
    with w.as_("holder") as ctx:
        transfer.withdraw_transfer(ctx, pair.ids["overforing"])
    with pytest.raises(RuleViolation, match="samtykke"):
        request_kommune_transfer(w, pair.ids, samtykke_id=None)
    with pytest.raises(RuleViolation, match="overføring til annen kommune"):
        request_kommune_transfer(w, pair.ids, samtykke_id=w.ids["samtykke"])


def test_only_the_holder_or_leader_exports(pair: Pair) -> None:
    refused(
        pair.sender,
        "aktor",
        lambda ctx: exchange.export_package(ctx, pair.ids["overforing"], kjent_id(pair.sender)),
        PermissionDenied,
        "",
    )


def test_export_is_audited_and_names_the_package(pair: Pair) -> None:
    export(pair)
    with pair.sender.factory() as s:
        sent = s.scalars(select(Pakke)).one()
        assert sent.retning == "ut" and sent.overforing_id == pair.ids["overforing"]
        exported = s.scalars(select(AuditEntry).where(AuditEntry.action == audit.Action.EXPORT)).one()
        assert exported.detail["pakke"] == str(sent.id)


def test_tampered_package_is_refused_and_changes_nothing(pair: Pair) -> None:
    path = export(pair)
    data = bytearray(path.read_bytes())
    data[package.HEADER_LEN + 100] ^= 0x01
    path.write_bytes(bytes(data))
    before = pair.counts(pair.receiver)
    refused(
        pair.receiver,
        "laerer",
        lambda ctx: package.import_file(ctx, path, pair.tmp / "k"),
        InvalidInput,
        "signaturen stemmer ikke",
    )
    assert pair.counts(pair.receiver) == before
    assert not (pair.tmp / "k").exists()


def test_truncated_package_is_refused(pair: Pair) -> None:
    path = export(pair)
    path.write_bytes(path.read_bytes()[:-1])
    refused(pair.receiver, "laerer", lambda ctx: package.preview_file(ctx, path), InvalidInput, "avkortet")


def test_package_for_another_kommune_is_refused(pair: Pair) -> None:
    # Another workspace with its own key (a stale or wrong key file for Mottakvik, say).
    third = receiver_side(pair.world.clock)
    third.run("admin", exchange.create_own_keys)
    third_file = third.run("admin", exchange.own_key_file)
    pair.sender.run("admin", lambda ctx: exchange.add_kjent_kommune(ctx, third_file))
    first = kjent_id(pair.sender)
    mottaker = next(k for k in pair.sender.run("holder", exchange.known_kommuner) if k.id != first)
    path = pair.tmp / "til-tredje.stafettpakke"
    pair.sender.run("holder", lambda ctx: package.export_file(ctx, pair.ids["overforing"], mottaker.id, path))
    refused(
        pair.receiver, "laerer", lambda ctx: package.preview_file(ctx, path), InvalidInput, "ikke til denne kommunen"
    )


def test_unknown_sender_is_refused(pair: Pair) -> None:
    path = export(pair)
    with pair.receiver.factory() as s, s.begin():
        s.query(KjentKommune).delete()
    refused(
        pair.receiver,
        "laerer",
        lambda ctx: package.preview_file(ctx, path),
        InvalidInput,
        "nøkkel kommunen ikke kjenner",
    )


def test_newer_format_is_refused(pair: Pair) -> None:
    path = export(pair)
    data = bytearray(path.read_bytes())
    data[8] = package.FORMAT_VERSION + 1
    path.write_bytes(bytes(data))
    refused(pair.receiver, "laerer", lambda ctx: package.preview_file(ctx, path), InvalidInput, "nyere versjon")


def test_replay_is_refused(pair: Pair) -> None:
    path = export(pair)
    pair.receiver.run("laerer", lambda ctx: package.import_file(ctx, path, pair.tmp / "k"))
    before = pair.counts(pair.receiver)
    refused(
        pair.receiver,
        "laerer",
        lambda ctx: package.import_file(ctx, path, pair.tmp / "k2"),
        RuleViolation,
        "allerede lest inn",
    )
    assert pair.counts(pair.receiver) == before


def test_existing_log_id_is_refused(pair: Pair) -> None:
    path = export(pair)
    pair.receiver.run("laerer", lambda ctx: package.import_file(ctx, path, pair.tmp / "k"))
    with pair.receiver.factory() as s, s.begin():
        s.query(Pakke).delete()  # forget the package: the log id itself must still be refused
    refused(
        pair.receiver,
        "laerer",
        lambda ctx: package.import_file(ctx, path, pair.tmp / "k2"),
        RuleViolation,
        "finnes allerede",
    )


def test_receipt_for_a_package_not_sent_from_here_is_refused(pair: Pair) -> None:
    path = export(pair)
    receipt = pair.tmp / "k"
    pair.receiver.run("laerer", lambda ctx: package.import_file(ctx, path, receipt))
    with pair.sender.factory() as s, s.begin():
        s.query(Pakke).delete()
    refused(
        pair.sender,
        "holder",
        lambda ctx: package.read_receipt_file(ctx, receipt),
        RuleViolation,
        "ikke en pakke som er sendt herfra",
    )


def test_wrong_kind_of_file_is_told(pair: Pair) -> None:
    path = export(pair)
    refused(
        pair.receiver, "laerer", lambda ctx: package.read_receipt_file(ctx, path), InvalidInput, "ikke en kvittering"
    )


def test_only_staff_who_may_hold_or_lead_import(pair: Pair) -> None:
    path = export(pair)
    refused(
        pair.receiver,
        "assistent",
        lambda ctx: package.import_file(ctx, path, pair.tmp / "k"),
        PermissionDenied,
        "stafettholder",
    )
    refused(
        pair.receiver,
        "laerer",
        lambda ctx: package.import_file(ctx, path, pair.tmp / "k", stafettholder_id=pair.receiver.p["fjern"].id),
        PermissionDenied,
        "",
    )


def test_key_file_checks(pair: Pair) -> None:
    own = pair.receiver.run("admin", exchange.own_key_file)
    refused(pair.receiver, "admin", lambda ctx: exchange.add_kjent_kommune(ctx, own), InvalidInput, "egen nøkkelfil")
    refused(pair.receiver, "admin", lambda ctx: exchange.add_kjent_kommune(ctx, b"{}"), InvalidInput, "ikke en gyldig")
    sender_file = pair.sender.run("admin", exchange.own_key_file)
    refused(
        pair.receiver,
        "admin",
        lambda ctx: exchange.add_kjent_kommune(ctx, sender_file),
        RuleViolation,
        "allerede lest inn",
    )
    forged = sender_file.replace(b'"fingerprint": "', b'"fingerprint": "00', 1).replace(b'",\n  "x', b'",\n  "x', 1)
    refused(pair.receiver, "admin", lambda ctx: exchange.add_kjent_kommune(ctx, forged), InvalidInput, "")
    refused(
        pair.receiver,
        "laerer",
        lambda ctx: exchange.add_kjent_kommune(ctx, sender_file),
        PermissionDenied,
        "kommuneadministratoren",
    )
    refused(pair.receiver, "admin", exchange.create_own_keys, RuleViolation, "allerede nøkler")
    overview = pair.receiver.run("admin", exchange.key_overview)
    assert overview.fingerprint is not None and len(overview.fingerprint.split()) == 10
    assert [k.navn for k in overview.kjente] == ["Øvingsvik"]


def test_import_command_is_registered_and_rerun_gives_the_same_records(pair: Pair) -> None:
    """What the sync server does: re-run the recorded call on another database — same ids."""
    from desktop.core import commands

    path = export(pair)
    calls: list[Any] = []

    def work(ctx: Any) -> None:
        package.import_file(ctx, path, pair.tmp / "k")
        calls.extend(ctx.commands)

    pair.receiver.run("laerer", work)
    assert [c["name"] for c in calls] == ["exchange.import_logg"]
    assert "exchange.import_logg" in commands.REGISTRY
    # The same call again on the same database is refused as a replay (the server's second try).
    with pytest.raises(RuleViolation):
        pair.receiver.run("laerer", lambda ctx: commands.run(ctx, calls[0]["name"], calls[0]["args"]))
    # A database without this kommune's list of known kommuner (today's server) refuses it: fail closed.
    elsewhere = receiver_side(pair.world.clock)
    elsewhere.run("admin", exchange.create_own_keys)
    refused(
        elsewhere,
        "laerer",
        lambda ctx: commands.run(ctx, calls[0]["name"], calls[0]["args"]),
        RuleViolation,
        "nøkkel kommunen ikke kjenner",
    )
    # Arguments that disagree with the signed payload, or a payload changed after signing, are refused.
    args = dict(calls[0]["args"])
    args["pakke_id"] = str(uuid.uuid4())
    with pair.receiver.factory() as s, s.begin():
        s.query(Pakke).delete()
    refused(pair.receiver, "laerer", lambda ctx: commands.run(ctx, calls[0]["name"], args), InvalidInput, "pakke-id")
    innhold = base64.b64decode(calls[0]["args"]["innhold"]).replace(b"Ella spiser lite", b"Ella spiser mye")
    changed = {**calls[0]["args"], "innhold": base64.b64encode(innhold).decode()}
    refused(
        pair.receiver, "laerer", lambda ctx: commands.run(ctx, calls[0]["name"], changed), InvalidInput, "signaturen"
    )


def test_mal_and_evaluations_keep_their_dates(pair: Pair) -> None:
    pair.receiver.run("laerer", lambda ctx: package.import_file(ctx, export(pair), pair.tmp / "k"))
    with pair.sender.factory() as s:
        sent = {m.id: m.created_at for m in s.scalars(select(Mal))}
    with pair.receiver.factory() as s:
        got = {m.id: m.created_at for m in s.scalars(select(Mal))}
        assert got == sent
        assert s.scalar(select(func.count()).select_from(Evaluering)) == 1
        assert s.scalar(select(func.count()).select_from(Oppmerksomhet)) == 1


def test_export_refuses_when_the_consent_was_withdrawn(pair: Pair) -> None:
    with pair.world.as_("holder") as ctx:
        logs.withdraw_samtykke(ctx, pair.ids["samtykke"], "Familien ombestemte seg.")
    refused(
        pair.sender,
        "holder",
        lambda ctx: exchange.export_package(ctx, pair.ids["overforing"], kjent_id(pair.sender)),
        RuleViolation,
        "trukket tilbake",
    )
    with pair.sender.factory() as s:
        assert s.scalars(select(Pakke)).all() == []
