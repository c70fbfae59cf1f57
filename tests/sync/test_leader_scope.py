"""A unit leader's PC: the unit's logs as headers only, and the leader's work on them.

The leader may transfer and delete the unit's logs but never read them (permissions.Role.LEDER),
so the server sends those logs with every free text blanked (``replica.HEADER``).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterable
from typing import Any

import pytest
from sqlalchemy import JSON, Enum, String, select
from sqlalchemy.orm import Session

from desktop.core.entities import (
    Ansatt,
    AuditEntry,
    Barn,
    Base,
    Enhet,
    Faktor,
    Lesetilgang,
    LoggStatus,
    Mal,
    Oppmerksomhet,
    Overforing,
    OverforingStatus,
    OverforingType,
    Samtykke,
    Stafettlogg,
    SyncChange,
    Tiltak,
    Vedlegg,
)
from desktop.core.errors import RuleViolation
from desktop.core.replica import (
    BLANKED,
    HEADER,
    TABLES,
    current,
    header_only,
    header_row,
    organisation_rows,
    rows_of_log,
    wire_row,
)
from desktop.core.usecases import content, logs, organisation, transfer
from sync.client import REMOVED
from sync.server import auth
from sync.server.cli import TRAINING_PASSWORD, admin_context
from tests.sync.support import LiveServer, Pc

NEVER_HELD = (Mal, Faktor, Vedlegg, Lesetilgang)


def _server(server: LiveServer) -> Session:
    return Session(server.app.state.engine)


@pytest.fixture
def pc(pcs: Callable[[str], Pc], server: LiveServer) -> Callable[[str], Pc]:
    """A PC signed in as the employee of that first name (most cannot sign in on the training server)."""

    def connect(fornavn: str) -> Pc:
        with _server(server) as s, s.begin():
            ansatt = s.scalar(select(Ansatt).where(Ansatt.fornavn == fornavn))
            assert ansatt is not None
            auth.set_password(s, ansatt.id, fornavn.lower(), TRAINING_PASSWORD)
        return pcs(fornavn.lower())

    return connect


def _unit_logs(server: LiveServer, enhet: str) -> set[uuid.UUID]:
    with _server(server) as s:
        return set(s.scalars(select(Stafettlogg.id).join(Enhet).where(Enhet.navn == enhet)))


def _texts(value: Any) -> set[str]:
    if isinstance(value, str):
        return {value} if value.strip() else set()
    if isinstance(value, list):
        return {str(v) for v in value if str(v).strip()}
    return set()


def _is_uuid(text: str) -> bool:
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return True


def _content(server: LiveServer, logs_: Iterable[uuid.UUID]) -> set[str]:
    """Every text of these logs a header copy must not carry: blanked columns and tables it never holds,
    less any text that is also a kept value (a guardian's surname that is the child's, say)."""
    found: set[str] = set()
    allowed: set[str] = set()
    with _server(server) as s:
        kommune_id = s.scalar(select(Ansatt.kommune_id).limit(1))
        assert kommune_id is not None
        for row in organisation_rows(s, kommune_id):
            assert row.values is not None
            for value in row.values.values():
                allowed |= _texts(value)
        for logg_id in logs_:
            for row in rows_of_log(s, logg_id):
                assert row.values is not None
                columns = Base.metadata.tables[row.entity].columns
                for key, value in row.values.items():
                    if row.entity in HEADER and key in HEADER[row.entity]:
                        allowed |= _texts(value)
                    elif isinstance(columns[key].type, String | JSON) and not isinstance(columns[key].type, Enum):
                        found |= {t for t in _texts(value) if not _is_uuid(t)}
    return found - allowed


def _leaks(pc: Pc, content_texts: set[str], *, skip: Iterable[str] = ()) -> list[str]:
    """«table: text» for each content text found in the PC's database (every column of every table)."""
    found = []
    with pc.session() as s:
        for table in Base.metadata.sorted_tables:
            if table.name in skip:
                continue
            values: list[str] = []
            for row in s.execute(select(table)):
                for value in row:
                    if isinstance(value, str):
                        values.append(value)
                    elif isinstance(value, list | dict):
                        values.append(json.dumps(value, ensure_ascii=False))
            blob = "\x00" + "\x00".join(values) + "\x00"
            found += [
                f"{table.name}: {t}" for t in content_texts if (t in blob if len(t) >= 6 else f"\x00{t}\x00" in blob)
            ]
    return sorted(found)


def _logg(pc: Pc, child: str) -> Stafettlogg:
    fornavn, etternavn = child.split(" ", 1)
    with pc.session() as s:
        found = s.scalar(select(Stafettlogg).join(Barn).where(Barn.fornavn == fornavn, Barn.etternavn == etternavn))
        assert found is not None, child
        return found


def _active_concerns(pc: Pc, logg_id: uuid.UUID) -> list[uuid.UUID]:
    with pc.session() as s:
        stmt = select(Oppmerksomhet.id).where(Oppmerksomhet.logg_id == logg_id, Oppmerksomhet.avsluttet_at.is_(None))
        return list(s.scalars(stmt))


def _waiting(pc: Pc, logg_id: uuid.UUID) -> Overforing:
    with pc.session() as s:
        stmt = select(Overforing).where(Overforing.logg_id == logg_id, Overforing.status == OverforingStatus.VENTER)
        return s.scalars(stmt).one()


def _held(pc: Pc) -> set[uuid.UUID]:
    with pc.session() as s:
        return set(s.scalars(select(Stafettlogg.id)))


def _headers(pc: Pc) -> set[uuid.UUID]:
    with pc.session() as s:
        return header_only(s)


def _statuses(pc: Pc) -> list[str]:
    with pc.session() as s:
        return [f"{c.status.value}: {c.reason}" for c in s.scalars(select(SyncChange).order_by(SyncChange.seq))]


def test_every_column_a_header_blanks_has_a_blank_value_and_the_never_held_tables_are_out() -> None:
    assert set(HEADER) <= set(TABLES)
    assert not {t.__tablename__ for t in NEVER_HELD} & set(HEADER)
    for entity, kept in HEADER.items():
        columns = {c.name for c in Base.metadata.tables[entity].columns}
        assert kept <= columns, entity
        assert set(BLANKED[entity]) == columns - kept
    assert BLANKED["barn"] == {"fodselsnummer": ""}
    assert BLANKED["stafettlogg"]["bekymring"] == "" and BLANKED["mote"]["deltakere"] == []
    assert BLANKED["samtykke"]["skannet_vedlegg_id"] is None and BLANKED["tiltak"]["faktor_id"] is None


def test_a_leaders_pc_holds_the_units_logs_as_headers_without_any_content(
    pc: Callable[[str], Pc], server: LiveServer
) -> None:
    berit, hilde = pc("Berit"), pc("Hilde")
    berit.sync()
    hilde.sync()
    solsikken = _unit_logs(server, "Solsikken barnehage")
    assert _held(berit) == _headers(berit) == solsikken and len(solsikken) == 4  # none of another unit
    leaks = _leaks(berit, _content(server, solsikken))
    assert leaks == []
    with berit.session() as mine, _server(server) as theirs:
        for table in NEVER_HELD:
            assert mine.scalars(select(table)).all() == []
        assert {b.fodselsnummer for b in mine.scalars(select(Barn))} == {""}
        assert all(b.fornavn and b.fodselsdato for b in mine.scalars(select(Barn)))
        held: set[str] = set()
        for entity in HEADER:  # each row is the server's, blanked: kept values and versions equal
            for obj in mine.scalars(select(TABLES[entity])):
                server_row = header_row(current(theirs, entity, getattr(obj, "id")))  # noqa: B009
                assert server_row is not None and wire_row(obj) == server_row.values, entity
                held.add(entity)
        assert held == set(HEADER), held  # a row of every kind the header keeps
        assert {t.tekst for t in mine.scalars(select(Tiltak))} == {""}
    # A waiting transfer makes the log whole for its receiver, also when she leads the unit.
    tori = _logg(hilde, "Tori Testa")
    assert tori.bekymring and tori.id not in _headers(hilde)
    assert _headers(hilde) == _unit_logs(server, "Øvingsvik skole") - {tori.id}
    assert _leaks(hilde, _content(server, [tori.id])) != []


def test_the_leader_transfers_for_a_holder_who_left_and_the_receiver_accepts(
    pc: Callable[[str], Pc], server: LiveServer
) -> None:
    berit, silje, trond = pc("Berit"), pc("Silje"), pc("Trond")
    for one in (berit, silje, trond):
        one.sync()
    noah = _logg(berit, "Noah Berge")
    kari = berit.ansatt("Kari")
    with _server(server) as s:
        before = s.get(Stafettlogg, noah.id)
        assert before is not None
        startside = (before.bekymring, before.kjennetegn, before.barnets_stemme)
    with berit.work() as ctx:
        organisation.remove_ansatt(ctx, kari.id)  # the holder leaves the unit
    berit.sync()
    assert _headers(berit) == _held(berit)  # still headers only
    # Offline on the header copy: the guardians' new consent, then the transfer to another unit.
    with berit.session() as s:
        foresatte = [f.id for f in s.scalars(select(Barn).where(Barn.id == noah.barn_id)).one().foresatte]
    with berit.work() as ctx:
        samtykke = logs.register_samtykke(
            ctx,
            barn_id=noah.barn_id,
            signert_dato=ctx.today(),
            overfore_enhet=True,
            gitt_av_foresatte=foresatte,
            logg_id=noah.id,
        ).created
        transfer.request_transfer(
            ctx,
            noah.id,
            type=OverforingType.ANNEN_ENHET,
            grunn="Kari har sluttet. Noah flytter til Tussilago.",
            oppmerksomheter=_active_concerns(berit, noah.id),
            til_ansatt_id=silje.me.id,
            samtykke_id=samtykke,
        )
    assert berit.sync().applied == 1, _statuses(berit)
    silje.sync()
    waiting = _waiting(silje, noah.id)
    assert waiting.sendt_av_id == berit.me.id and waiting.grunn
    with silje.session() as s:
        assert s.get(Stafettlogg, noah.id).bekymring == startside[0]  # type: ignore[union-attr]
    with silje.work() as ctx:
        transfer.accept_transfer(ctx, waiting.id)
    assert silje.sync().applied == 1
    assert berit.sync().removed_logs == [str(noah.id)]  # the log left the unit
    assert noah.id not in _held(berit) | _headers(berit)
    trond.sync()
    assert noah.id in _headers(trond) and _logg(trond, "Noah Berge").bekymring == ""
    with _server(server) as s:
        after = s.get(Stafettlogg, noah.id)
        assert after is not None and after.stafettholder_id == silje.me.id
        assert (after.bekymring, after.kjennetegn, after.barnets_stemme) == startside  # no blank came back
        assert all(o.tekst for o in s.scalars(select(Oppmerksomhet).where(Oppmerksomhet.logg_id == noah.id)))
    assert _leaks(berit, _content(server, _held(berit))) == []


def test_the_leader_deletes_a_passive_log_and_it_is_gone_from_every_pc(
    pc: Callable[[str], Pc], server: LiveServer
) -> None:
    berit, mari = pc("Berit"), pc("Mari")
    berit.sync()
    mari.sync()
    sara = _logg(berit, "Sara Lindqvist")
    assert sara.status is LoggStatus.PASSIV and sara.id in _held(mari)
    with mari.session() as s:
        barn = s.get(Barn, sara.barn_id)
        assert barn is not None
        foresatte = [f.id for f in barn.foresatte if f.foreldreansvar]
    with mari.work() as ctx:  # a scanned consent naming a reader: content the leader must not get
        logs.register_samtykke(
            ctx,
            barn_id=sara.barn_id,
            signert_dato=ctx.today(),
            lesetilgang_for=[berit.ansatt("Ahmed").id],
            gitt_av_foresatte=foresatte,
            logg_id=sara.id,
            skannet_pdf=("samtykke-sara.pdf", b"%PDF-1.4 skannet samtykke"),
        )
    assert mari.sync().applied == 1, _statuses(mari)
    berit.sync()
    with berit.work() as ctx:
        logs.delete_logg(ctx, sara.id)
    assert berit.sync().applied == 1, _statuses(berit)
    mari.sync()
    assert sara.id not in _held(mari) | _held(berit) | _headers(berit)
    with _server(server) as s:
        assert s.get(Stafettlogg, sara.id) is None
        assert s.scalars(select(Samtykke).where(Samtykke.barn_id == sara.barn_id)).all()  # the forms stay
    # The push answer's rows (the child's consents, say) came as headers too.
    assert _leaks(berit, _content(server, _unit_logs(server, "Solsikken barnehage"))) == []
    with berit.session() as s:
        consents = s.scalars(select(Samtykke).where(Samtykke.barn_id == sara.barn_id)).all()
        assert consents and all(c.logg_id is None and c.skannet_vedlegg_id is None for c in consents)
        assert all(c.lesetilgang_for == [] for c in consents) and s.scalars(select(Vedlegg)).all() == []


def test_a_leader_who_becomes_holder_gets_the_whole_log_and_only_the_header_after_passing_it_on(
    pc: Callable[[str], Pc], server: LiveServer
) -> None:
    berit, kari, mari = pc("Berit"), pc("Kari"), pc("Mari")
    for one in (berit, kari, mari):
        one.sync()
    emil = _logg(berit, "Emil Haugen")
    with berit.work() as ctx:
        organisation.update_ansatt(ctx, berit.me.id, er_aktor=True, er_stafettholder=True)
    berit.sync()
    kari.sync()
    with kari.work() as ctx:
        transfer.request_transfer(
            ctx,
            emil.id,
            type=OverforingType.INNEN_ENHET,
            grunn="Berit tar over mens Kari har permisjon.",
            oppmerksomheter=_active_concerns(kari, emil.id),
            til_ansatt_id=berit.me.id,
        )
    assert kari.sync().applied == 1
    berit.sync()
    whole = _logg(berit, "Emil Haugen")
    assert whole.bekymring and emil.id not in _headers(berit)  # waiting for her: the whole log
    with berit.work() as ctx:
        transfer.accept_transfer(ctx, _waiting(berit, emil.id).id)
        content.post_lysglimt(ctx, emil.id, "Emil hilste på Berit i dag.")
    assert berit.sync().applied == 1, _statuses(berit)
    assert _logg(berit, "Emil Haugen").stafettholder_id == berit.me.id and emil.id not in _headers(berit)
    with berit.work() as ctx:
        transfer.request_transfer(
            ctx,
            emil.id,
            type=OverforingType.INNEN_ENHET,
            grunn="Mari blir ny stafettholder.",
            oppmerksomheter=_active_concerns(berit, emil.id),
            til_ansatt_id=mari.me.id,
        )
    berit.sync()
    mari.sync()
    with mari.work() as ctx:
        transfer.accept_transfer(ctx, _waiting(mari, emil.id).id)
    mari.sync()
    report = berit.sync()
    assert report.removed_logs == []  # still her unit's: kept, as a header
    assert emil.id in _headers(berit) and _logg(berit, "Emil Haugen").bekymring == ""
    assert _leaks(berit, _content(server, _unit_logs(server, "Solsikken barnehage"))) == []
    with berit.session() as s:
        [entry] = s.scalars(select(AuditEntry).where(AuditEntry.action == REMOVED)).all()
        assert entry.logg_id == emil.id and entry.person_id == berit.me.id and entry.detail == {"beholder": "oversikt"}


def test_a_header_copy_refuses_edits_of_its_blanks_until_the_whole_log_has_come(
    pc: Callable[[str], Pc], server: LiveServer
) -> None:
    berit = pc("Berit")
    berit.sync()
    noah = _logg(berit, "Noah Berge")
    with berit.work() as ctx:
        organisation.update_ansatt(ctx, berit.me.id, er_aktor=True, er_stafettholder=True)
    # Her own work as leader on the copy writes what she types, also into a blanked column.
    with berit.work() as ctx:
        sent = transfer.request_transfer(
            ctx,
            noah.id,
            type=OverforingType.INNEN_ENHET,
            grunn="Mari tar over.",
            oppmerksomheter=_active_concerns(berit, noah.id),
            til_ansatt_id=berit.ansatt("Mari").id,
        ).created
        assert sent is not None
        transfer.withdraw_transfer(ctx, sent, "Feil mottaker.")
    # Offline: she sends the log to herself and takes it; the PC still holds only its header.
    with berit.work() as ctx:
        transfer.request_transfer(
            ctx,
            noah.id,
            type=OverforingType.INNEN_ENHET,
            grunn="Berit tar over.",
            oppmerksomheter=_active_concerns(berit, noah.id),
            til_ansatt_id=berit.me.id,
        )
    with berit.work() as ctx:
        transfer.accept_transfer(ctx, _waiting(berit, noah.id).id)
    with pytest.raises(RuleViolation, match="bare oversikten"), berit.work() as ctx:
        logs.update_startside(ctx, noah.id, bekymring="Ny tekst", kjennetegn="")
    assert berit.sync().applied == 4, _statuses(berit)
    assert noah.id not in _headers(berit) and _logg(berit, "Noah Berge").bekymring  # the whole log came
    with berit.work() as ctx:
        logs.update_startside(ctx, noah.id, kjennetegn="Noah leker med andre.")
    assert berit.sync().applied == 1
    with _server(server) as s:
        logg = s.get(Stafettlogg, noah.id)
        assert logg is not None and logg.bekymring == _logg(berit, "Noah Berge").bekymring != ""


def test_a_leader_who_stops_leading_loses_the_headers_audited(pc: Callable[[str], Pc], server: LiveServer) -> None:
    berit = pc("Berit")
    berit.sync()
    solsikken = _held(berit)
    with _server(server) as s, s.begin():
        admin_context(s)  # no use case takes the leader's tick away yet: the administrator's own rows
        leder = s.get(Ansatt, berit.me.id)
        assert leder is not None
        leder.er_leder = False
        s.flush()
        s.info.pop("context", None)
    assert set(berit.sync().removed_logs) == {str(i) for i in solsikken}
    assert _held(berit) == _headers(berit) == set()
    with berit.session() as s:
        audited = {e.logg_id for e in s.scalars(select(AuditEntry).where(AuditEntry.action == REMOVED))}
        assert audited == solsikken
        assert s.scalars(select(Oppmerksomhet)).all() == [] and s.scalars(select(Samtykke)).all() == []


def test_a_childs_earlier_log_elsewhere_does_not_stop_the_new_units_pcs(
    pc: Callable[[str], Pc], server: LiveServer
) -> None:
    mari, silje, trond = pc("Mari"), pc("Silje"), pc("Trond")
    for one in (mari, silje, trond):
        one.sync()
    sara = _logg(mari, "Sara Lindqvist")
    with mari.session() as s:
        barn = s.get(Barn, sara.barn_id)
        assert barn is not None
        foresatte = [f.id for f in barn.foresatte if f.foreldreansvar]
    # The passive log is closed; a new one is opened and sent to Tussilago, its consents with it.
    with mari.work() as ctx:
        logs.close(ctx, sara.id, "Målene er nådd.")
        samtykke = logs.register_samtykke(
            ctx,
            barn_id=sara.barn_id,
            signert_dato=ctx.today(),
            opprette_logg=True,
            utveksle_opplysninger=True,
            overfore_enhet=True,
            gitt_av_foresatte=foresatte,
        ).created
        ny = logs.create_stafettlogg(ctx, barn_id=sara.barn_id, samtykke_id=samtykke).created
        concern = content.add_oppmerksomhet(ctx, ny, "Sara leker sammen med andre barn.", "").created
        assert ny is not None and concern is not None and samtykke is not None
        transfer.request_transfer(
            ctx,
            ny,
            type=OverforingType.ANNEN_ENHET,
            grunn="Sara begynner i Tussilago.",
            oppmerksomheter=[concern],
            til_ansatt_id=silje.me.id,
            samtykke_id=samtykke,
        )
    assert mari.sync().applied == 1, _statuses(mari)
    silje.sync()  # before the fix, a foreign key to the closed log stopped this pull for good
    with silje.work() as ctx:
        transfer.accept_transfer(ctx, _waiting(silje, ny).id)
    assert silje.sync().applied == 1, _statuses(silje)
    trond.sync()  # the new log is Tussilago's now: a header for its leader
    for one in (silje, trond):
        assert _held(one) >= {ny} and sara.id not in _held(one)
        with one.session() as s:
            consents = {c.id: c.logg_id for c in s.scalars(select(Samtykke).where(Samtykke.barn_id == sara.barn_id))}
            assert consents[samtykke] == ny and None in consents.values()  # the closed log's: untied
    assert ny in _headers(trond) and ny not in _headers(silje)
