"""Every change writes outbox rows; the audit trail is append-only and any tampering is found."""

from __future__ import annotations

import datetime as dt
import itertools
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select, text

from desktop.core import audit, outbox
from desktop.core.entities import (
    SYNCED_TYPES,
    Arena,
    AuditEntry,
    Beslutning,
    FaktorOmrade,
    OutboxEntry,
    OverforingType,
    Tiltak,
)
from desktop.core.errors import PermissionDenied, RuleViolation
from desktop.core.usecases import access, content, diagram, logs, transfer

from .conftest import World
from .test_rules_support import (
    add_oppmerksomhet,
    add_tiltak,
    base_world,
    created,
    load,
    outbox_count,
    outbox_rows,
    refused,
    run,
)


@pytest.fixture
def w() -> World:
    return base_world()


def rich_log(w: World) -> dict[str, uuid.UUID]:
    """A log with one of nearly everything, each made through its use case."""
    logg_id = w.ids["logg"]
    o = add_oppmerksomhet(w)
    ids = {"o": o}
    ids["mal"] = created(w, "holder", lambda ctx: content.set_mal(ctx, o, del_a="Ella øver på å spise selv."))
    ids["tiltak"] = add_tiltak(w, o)
    ids["hjem"] = add_tiltak(w, o, arena=Arena.HJEM, ansvarlig=None, who="mor", tekst="Mor lar Ella smøre maten.")
    ids["mote"] = created(w, "holder", lambda ctx: content.call_mote(ctx, logg_id, tidspunkt=ctx.now()))
    f1 = created(w, "holder", lambda ctx: diagram.add_faktor(ctx, o, omrade=FaktorOmrade.STRUKTUR, tekst="Uro."))
    f2 = created(w, "holder", lambda ctx: diagram.add_faktor(ctx, o, omrade=FaktorOmrade.VENNSKAP, tekst="Venner."))
    ids["kobling"] = created(w, "holder", lambda ctx: diagram.add_kobling(ctx, o, f1, f2))
    run(w, "holder", lambda ctx: diagram.link_tiltak(ctx, ids["tiltak"], f1))
    run(
        w,
        "holder",
        lambda ctx: content.evaluate_tiltak(
            ctx,
            ids["tiltak"],
            mal_nadd=False,
            beslutning=Beslutning.FORTSETTE,
            ny_evalueringsdato=dt.date(2026, 4, 1),
            mote_id=ids["mote"],
        ),
    )
    ids["lysglimt"] = created(w, "far", lambda ctx: content.post_lysglimt(ctx, logg_id, "Ella spiste selv!"))
    ids["notat"] = created(
        w, "holder", lambda ctx: content.add_notat(ctx, logg_id, "Bilder.", vedlegg=[("a.pdf", b"%PDF-1.4 x")])
    )
    ids["lesetilgang"] = created(
        w,
        "holder",
        lambda ctx: access.grant_lesetilgang(ctx, logg_id, w.p["leser"].id, samtykke_id=w.ids["samtykke"]),
    )
    ov = created(
        w,
        "holder",
        lambda ctx: transfer.request_transfer(
            ctx,
            logg_id,
            type=OverforingType.INNEN_ENHET,
            grunn="Permisjon.",
            oppmerksomheter=[o],
            til_ansatt_id=w.p["holder2"].id,
        ),
    )
    run(w, "holder2", lambda ctx: transfer.reject_transfer(ctx, ov, "Nei takk."))
    return ids


# ----------------------------------------------------------------------------- the outbox


def test_no_record_exists_without_its_outbox_rows(w: World) -> None:
    """For every synced row: an insert row, and the last outbox version is the row's version."""
    rich_log(w)
    with w.factory() as s:
        for entity in SYNCED_TYPES:
            table = entity.__tablename__  # type: ignore[attr-defined]
            for row in s.scalars(select(entity)):
                trail = s.scalars(
                    select(OutboxEntry).where(OutboxEntry.entity_id == row.id).order_by(OutboxEntry.seq)  # type: ignore[attr-defined]
                ).all()
                assert trail and trail[0].operation == "insert" and trail[0].entity == table, (table, row.id)
                assert trail[0].new_version == 1 and trail[0].base_version is None
                assert trail[-1].new_version == row.version, (table, row.id)  # type: ignore[attr-defined]
                for before, after in itertools.pairwise(trail):
                    assert after.operation == "update"
                    assert after.base_version == before.new_version and after.new_version == before.new_version + 1  # type: ignore[operator]


def test_an_insert_row_carries_the_values_author_device_and_time(w: World) -> None:
    o = add_oppmerksomhet(w)
    w.clock.advance(minutes=10)
    tiltak_id = add_tiltak(w, o, tekst="Aktøren sitter ved Ella.")
    (row,) = outbox_rows(w, entity_id=tiltak_id)
    assert (row.entity, row.operation, row.logg_id) == ("tiltak", "insert", w.ids["logg"])
    assert (row.author_type, row.author_id, row.device, row.at) == ("ansatt", w.p["holder"].id, "test-pc", w.clock.now)
    assert row.values["tekst"] == "Aktøren sitter ved Ella." and row.values["ansvarlig_id"] == str(w.p["aktor"].id)
    assert row.values["created_at"] == w.clock.now.isoformat()  # stamped from the injected clock


def test_the_tiltak_text_history_is_visible_in_the_outbox(w: World) -> None:
    o = add_oppmerksomhet(w)
    tiltak_id = add_tiltak(w, o, tekst="Versjon 1.")
    for n, hours in ((2, 1), (3, 6)):
        w.clock.advance(hours=hours)
        run(w, "holder", lambda ctx, n=n: content.correct_tiltak_text(ctx, tiltak_id, f"Versjon {n}."))
    w.clock.advance(hours=2)  # 9 h: frozen
    refused(
        w, "holder", lambda ctx: content.correct_tiltak_text(ctx, tiltak_id, "Versjon 4."), RuleViolation, "8 timer"
    )
    with w.factory() as s:
        trail = [r for r in outbox.history(s, w.ids["logg"]) if r.entity_id == tiltak_id]
    assert [(r.old_values.get("tekst"), r.values["tekst"]) for r in trail] == [
        (None, "Versjon 1."),
        ("Versjon 1.", "Versjon 2."),
        ("Versjon 2.", "Versjon 3."),
    ]
    assert [(r.base_version, r.new_version) for r in trail] == [(None, 1), (1, 2), (2, 3)]
    assert load(w, Tiltak, tiltak_id).tekst == "Versjon 3."


def test_a_delete_writes_delete_rows_for_the_log_and_everything_in_it(w: World) -> None:
    ids = rich_log(w)
    logg_id = w.ids["logg"]
    run(w, "holder", lambda ctx: logs.set_passive(ctx, logg_id))
    with w.factory() as s:
        version = s.scalars(
            select(OutboxEntry.new_version).where(OutboxEntry.entity_id == logg_id).order_by(OutboxEntry.seq.desc())
        ).first()
    run(w, "leder", lambda ctx: logs.delete_logg(ctx, logg_id))
    deletes = {r.entity_id: r for r in outbox_rows(w, operation="delete")}
    assert deletes[logg_id].base_version == version and deletes[logg_id].new_version is None
    for key in ("o", "mal", "tiltak", "hjem", "mote", "kobling", "lysglimt", "notat", "lesetilgang"):
        assert ids[key] in deletes, key
    assert {r.entity for r in deletes.values()} >= {"evaluering", "faktor", "vedlegg", "overforing", "stafettlogg"}
    assert all(r.logg_id == logg_id for r in deletes.values())


def test_every_successful_use_case_adds_outbox_rows_and_a_refused_one_none(w: World) -> None:
    logg_id = w.ids["logg"]
    o = add_oppmerksomhet(w)
    steps = [
        ("holder", lambda ctx: content.update_oppmerksomhet(ctx, o, tekst="Ella spiser lite til lunsj.")),
        ("holder", lambda ctx: logs.update_startside(ctx, logg_id, barnets_stemme="Ella liker pasta.")),
        ("holder", lambda ctx: logs.change_niva(ctx, logg_id, 2)),
        ("mor", lambda ctx: content.post_lysglimt(ctx, logg_id, "Ella smakte på brokkoli.")),
        ("holder", lambda ctx: content.add_notat(ctx, logg_id, "Samtale med far.")),
    ]
    for who, step in steps:
        before = outbox_count(w)
        run(w, who, step)
        assert outbox_count(w) > before
    before = outbox_count(w)
    refused(w, "aktor", steps[0][1], PermissionDenied, "ikke tilgang")
    assert outbox_count(w) == before


def test_the_use_cases_install_the_outbox_hook_themselves() -> None:
    """Whoever imports only the use cases (a script, the sync server) still gets outbox rows."""
    code = (
        "import sys\n"
        "import desktop.core.usecases.content\n"
        "from sqlalchemy import event\n"
        "from sqlalchemy.orm import Session\n"
        "hook = sys.modules['desktop.core.outbox']._before_flush\n"
        "print(event.contains(Session, 'before_flush', hook))\n"
    )
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=root, check=True)
    assert result.stdout.strip() == "True"


# ----------------------------------------------------------------------------- the audit trail


def audit_entries(w: World) -> list[AuditEntry]:
    with w.factory() as s:
        return list(s.scalars(select(AuditEntry).order_by(AuditEntry.seq)))


def several_reads(w: World) -> None:
    for who in ("holder", "mor", "far", "ella", "holder"):
        w.clock.advance(minutes=1)
        run(w, who, lambda ctx: logs.read_logg(ctx, w.ids["logg"]))


def verify(w: World) -> audit.VerifyResult:
    with w.factory() as s:
        return audit.verify(s)


def tamper(w: World, *statements: str) -> None:
    with w.factory() as s, s.begin():
        for statement in statements:
            s.execute(text(statement))


def test_read_logg_writes_a_les_entry_and_the_chain_verifies(w: World) -> None:
    several_reads(w)
    entries = audit_entries(w)
    assert [e.action for e in entries] == ["endre", "les", "les", "les", "les", "les"]
    assert [e.seq for e in entries] == list(range(1, 7))
    assert all(after.prev_hash == before.hash for before, after in itertools.pairwise(entries))
    result = verify(w)
    assert result.ok and result.entries == 6
    with w.factory() as s:
        assert [e.person_id for e in audit.trail(s, w.ids["logg"])][1:3] == [w.p["holder"].id, w.p["mor"].id]


@pytest.mark.parametrize(
    ("statements", "seq", "phrase"),
    [
        (['UPDATE audit SET detail = \'{"hva": "slettet"}\' WHERE seq = 1'], 1, "er endret etter at den ble skrevet"),
        (["UPDATE audit SET person_id = NULL WHERE seq = 3"], 3, "er endret etter at den ble skrevet"),
        (["UPDATE audit SET at = '2026-01-01 00:00:00.000000' WHERE seq = 4"], 4, "er endret"),
        (["DELETE FROM audit WHERE seq = 3"], 3, "mangler oppføring nr. 3"),
        (
            [
                "UPDATE audit SET seq = 100 WHERE seq = 2",
                "UPDATE audit SET seq = 2 WHERE seq = 3",
                "UPDATE audit SET seq = 3 WHERE seq = 100",
            ],
            2,
            "henger ikke sammen med den før",
        ),
        (["DELETE FROM audit WHERE seq = 6"], 6, "avkortet: de siste oppføringene mangler"),
        (["DELETE FROM audit WHERE seq >= 4"], 4, "avkortet"),
    ],
    ids=[
        "endret detalj",
        "endret person",
        "endret tid",
        "slettet",
        "byttet rekkefølge",
        "avkortet hale",
        "avkortet mer",
    ],
)
def test_verify_finds_tampering(w: World, statements: list[str], seq: int, phrase: str) -> None:
    several_reads(w)
    assert verify(w).ok
    tamper(w, *statements)
    result = verify(w)
    assert not result.ok and result.seq == seq and phrase in result.problem, result


def test_verify_finds_a_cut_tail_even_when_the_head_is_rewound(w: World) -> None:
    """Cutting the tail and moving the stored head back to the new last entry still leaves the count."""
    several_reads(w)
    entries = audit_entries(w)
    tamper(
        w,
        "DELETE FROM audit WHERE seq = 6",
        f"UPDATE setting SET value = '{entries[4].hash}' WHERE key = 'audit_head'",
    )
    result = verify(w)
    assert not result.ok and "avkortet" in result.problem


def test_verify_finds_an_entry_appended_outside_the_chain(w: World) -> None:
    several_reads(w)
    last = audit_entries(w)[-1]
    forged = AuditEntry(
        seq=last.seq + 1,
        at=w.clock.now,
        person_type="ansatt",
        person_id=w.p["annen"].id,
        device="annen-pc",
        action="les",
        logg_id=w.ids["logg"],
        detail={},
        prev_hash=last.hash,
    )
    forged.hash = audit._digest(forged)
    with w.factory() as s, s.begin():
        s.add(forged)
    result = verify(w)
    assert not result.ok and "avkortet" in result.problem  # the stored head and count disagree


def test_refused_actions_write_no_audit_entries(w: World) -> None:
    before = len(audit_entries(w))
    for who in ("annen", "stemor", "leder"):
        refused(w, who, lambda ctx: logs.read_logg(ctx, w.ids["logg"]), PermissionDenied, "ikke")
    assert len(audit_entries(w)) == before
