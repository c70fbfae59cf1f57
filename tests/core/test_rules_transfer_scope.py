"""«Overføring av logg»: the concerns the family did not choose stay behind, for the family only.

The guide: «Når loggen overføres til ny instans vurderer familie og stafettholder hvilke
oppmerksomheter som skal overføres.» Those not chosen are closed at the acceptance and read
afterwards only by the guardians and the child; the new holder, the actors, the readers and
the unit's leader see the log without them (and without what hangs on them).
"""

from __future__ import annotations

import datetime as dt
import io
import uuid

import pytest
from pypdf import PageObject, PdfReader
from sqlalchemy import event

from desktop.core import permissions
from desktop.core.context import Context
from desktop.core.entities import Arena, Beslutning, FaktorOmrade, Oppmerksomhet, OverforingType, Stafettlogg
from desktop.core.errors import PermissionDenied, RuleViolation
from desktop.core.snapshot import LoggSnapshot, history, snapshot
from desktop.core.usecases import access, content, diagram, transfer
from desktop.reports import logg as logg_pdf
from desktop.reports.logg import EksportValg

from .conftest import World
from .test_rules_support import add_oppmerksomhet, add_tiltak, base_world, created, refused, run

KEPT = "Ella spiser lite ved lunsj i barnehagen."
LEFT = "Ella er redd for å gå på do alene."
LEFT_MAL = "Ella går på do alene innen sommeren."
LEFT_TILTAK = "Aktøren følger Ella til toalettet før hvilen."
LEFT_GLIMT = "Ella gikk alene på do i dag og var stolt."
LEFT_FAKTOR = "Ella har vondt i magen om morgenen."
KEPT_TILTAK = "Aktøren sitter ved Ella under lunsjen hver dag."


@pytest.fixture
def w() -> World:
    """Two concerns with mål, tiltak (one evaluated), a lysglimt and a factor each on the left one;
    a reader of the whole log and one limited to both concerns; a transfer to holder2 that takes
    only the first along, accepted."""
    w = base_world()
    w.ids["kept"] = add_oppmerksomhet(w, KEPT)
    w.ids["left"] = left = add_oppmerksomhet(w, LEFT)
    logg_id = w.ids["logg"]
    w.ids["kept_tiltak"] = add_tiltak(w, w.ids["kept"], tekst=KEPT_TILTAK)
    w.ids["left_mal"] = created(w, "holder", lambda ctx: content.set_mal(ctx, left, del_a=LEFT_MAL))
    w.ids["left_tiltak"] = add_tiltak(w, left, tekst=LEFT_TILTAK, evalueringsdato=dt.date(2026, 3, 9))
    w.ids["left_hjem"] = add_tiltak(w, left, arena=Arena.HJEM, tekst="Foresatte øver med Ella hjemme.", who="mor")
    w.ids["left_glimt"] = created(
        w, "mor", lambda ctx: content.post_lysglimt(ctx, logg_id, LEFT_GLIMT, oppmerksomhet_id=left)
    )
    w.ids["glimt"] = created(w, "mor", lambda ctx: content.post_lysglimt(ctx, logg_id, "Ella lo hele dagen."))
    w.ids["left_faktor"] = created(
        w,
        "holder",
        lambda ctx: diagram.add_faktor(ctx, left, omrade=FaktorOmrade.STRUKTUR, tekst=LEFT_FAKTOR),
    )
    w.clock.advance(days=7)
    run(
        w,
        "aktor",
        lambda ctx: content.evaluate_tiltak(
            ctx, w.ids["left_tiltak"], mal_nadd=False, beslutning=Beslutning.AVSLUTTE, kommentar="Går litt bedre."
        ),
    )
    run(
        w,
        "holder",
        lambda ctx: access.grant_lesetilgang(ctx, logg_id, w.p["leser"].id, samtykke_id=w.ids["samtykke"]),
    )
    w.ids["overforing"] = created(
        w,
        "holder",
        lambda ctx: transfer.request_transfer(
            ctx,
            logg_id,
            type=OverforingType.INNEN_ENHET,
            grunn="Stafettholderen slutter i barnehagen.",
            oppmerksomheter=[w.ids["kept"]],
            til_ansatt_id=w.p["holder2"].id,
        ),
    )
    w.clock.advance(days=1)
    run(w, "holder2", lambda ctx: transfer.accept_transfer(ctx, w.ids["overforing"]))
    return w


# ----------------------------------------------------------------------------- who reads what


@pytest.mark.parametrize("who", ["holder2", "aktor", "leser"])
def test_those_outside_the_family_see_the_log_without_the_concern_left_behind(w: World, who: str) -> None:
    with w.as_(who) as ctx:
        snap = snapshot(ctx, w.ids["logg"], record_read=False)
    assert [o.id for o in snap.oppmerksomheter] == [w.ids["kept"]]
    seen = repr(snap)
    for text in (LEFT, LEFT_MAL, LEFT_TILTAK, LEFT_GLIMT, "Går litt bedre.", "Foresatte øver med Ella hjemme."):
        assert text not in seen, f"{who} sees {text!r}"
    assert KEPT in seen and KEPT_TILTAK in seen
    assert [g.id for g in snap.lysglimt] == [w.ids["glimt"]]  # the log's own lysglimt stays
    assert not snap.limited  # not a limited reader: nothing else of the log is taken away


def test_the_new_holder_keeps_notes_meetings_transfers_and_the_history(w: World) -> None:
    logg_id = w.ids["logg"]
    run(w, "holder2", lambda ctx: content.add_notat(ctx, logg_id, "Overtok loggen og ringte mor."))
    with w.as_("holder2") as ctx:
        snap = snapshot(ctx, logg_id, record_read=False)
        rows = history(ctx, logg_id)
    assert [n.tekst for n in snap.notater] == ["Overtok loggen og ringte mor."]
    assert [ov.id for ov in snap.overforinger] == [w.ids["overforing"]]
    assert rows, "the new holder reads the history"
    shown = repr(rows)
    for text in (LEFT, LEFT_MAL, LEFT_TILTAK, LEFT_GLIMT, LEFT_FAKTOR, "Går litt bedre."):
        assert text not in shown
    assert KEPT in shown and KEPT_TILTAK in shown


@pytest.mark.parametrize("who", ["mor", "far", "ella"])
def test_the_family_still_reads_both_concerns_and_all_on_them(w: World, who: str) -> None:
    with w.as_(who) as ctx:
        snap = snapshot(ctx, w.ids["logg"], record_read=False)
    assert {o.id for o in snap.oppmerksomheter} == {w.ids["kept"], w.ids["left"]}
    left = next(o for o in snap.oppmerksomheter if o.id == w.ids["left"])
    assert left.avsluttet and left.mal is not None and left.mal.del_a == LEFT_MAL
    assert {t.id for t in left.tiltak} == {w.ids["left_tiltak"], w.ids["left_hjem"]}
    assert {g.id for g in snap.lysglimt} == {w.ids["glimt"], w.ids["left_glimt"]}
    with w.as_(who) as ctx:
        logg = ctx.session.get(Stafettlogg, w.ids["logg"])
        assert logg is not None
        assert permissions.relation(ctx.session, ctx.person, logg).hidden == frozenset()


def test_the_relation_names_the_concern_left_behind_and_a_reader_loses_it(w: World) -> None:
    with w.as_("holder2") as ctx:
        logg = ctx.session.get(Stafettlogg, w.ids["logg"])
        assert logg is not None
        rel = permissions.relation(ctx.session, ctx.person, logg)
        assert rel.hidden == {w.ids["left"]} and rel.readable is None
        assert permissions.Role.STAFETTHOLDER in rel.roles
        assert not rel.sees(w.ids["left"]) and rel.sees(w.ids["kept"]) and rel.sees(None)
    # A reader limited to both concerns keeps only the one that went along.
    run(w, "holder2", lambda ctx: _limit_reader(ctx, w, [w.ids["kept"], w.ids["left"]]))
    with w.as_("leser") as ctx:
        logg = ctx.session.get(Stafettlogg, w.ids["logg"])
        assert logg is not None
        rel = permissions.relation(ctx.session, ctx.person, logg)
        assert rel.readable == frozenset({w.ids["kept"]}) and w.ids["left"] in rel.hidden


def _limit_reader(ctx: Context, w: World, concerns: list[uuid.UUID]) -> None:
    snap = snapshot(ctx, w.ids["logg"], record_read=False)
    grant = next(t for t in snap.lesetilganger if t.ansatt_id == w.p["leser"].id and not t.opphevet)
    access.change_lesetilgang(ctx, grant.id, hele_loggen=False, oppmerksomheter=concerns)


def test_a_concern_the_new_holder_adds_later_is_theirs_and_a_second_transfer_leaves_more_behind(w: World) -> None:
    logg_id = w.ids["logg"]
    w.clock.advance(days=1)
    newer = created(w, "holder2", lambda ctx: content.add_oppmerksomhet(ctx, logg_id, "Ella sover dårlig."))
    assert {o.id for o in _snap(w, "holder2").oppmerksomheter} == {w.ids["kept"], newer}
    # Back to the first holder with only the newer concern: the first one now stays behind too.
    w.clock.advance(days=1)
    second = created(
        w,
        "holder2",
        lambda ctx: transfer.request_transfer(
            ctx,
            logg_id,
            type=OverforingType.INNEN_ENHET,
            grunn="Tilbake etter permisjonen.",
            oppmerksomheter=[newer],
            til_ansatt_id=w.p["holder"].id,
        ),
    )
    w.clock.advance(hours=3)
    run(w, "holder", lambda ctx: transfer.accept_transfer(ctx, second))
    assert [o.id for o in _snap(w, "holder").oppmerksomheter] == [newer]
    assert {o.id for o in _snap(w, "mor").oppmerksomheter} == {w.ids["kept"], w.ids["left"], newer}


def _snap(w: World, who: str) -> LoggSnapshot:
    with w.as_(who) as ctx:
        return snapshot(ctx, w.ids["logg"], record_read=False)


def test_a_concern_closed_before_the_transfer_stays_in_the_new_holders_history() -> None:
    """Only what was active and not chosen is left behind: earlier closed concerns are the log's history."""
    w = base_world()
    logg_id = w.ids["logg"]
    done = add_oppmerksomhet(w, "Ella gråt ved levering.")
    kept = add_oppmerksomhet(w, KEPT)
    run(w, "holder", lambda ctx: _close(ctx, done))
    w.clock.advance(days=2)
    overforing = created(
        w,
        "holder",
        lambda ctx: transfer.request_transfer(
            ctx,
            logg_id,
            type=OverforingType.INNEN_ENHET,
            grunn="Permisjon.",
            oppmerksomheter=[kept],
            til_ansatt_id=w.p["holder2"].id,
        ),
    )
    run(w, "holder2", lambda ctx: transfer.accept_transfer(ctx, overforing))
    assert {o.id for o in _snap(w, "holder2").oppmerksomheter} == {done, kept}


def _close(ctx: Context, oppmerksomhet_id: uuid.UUID) -> None:
    o = ctx.session.get(Oppmerksomhet, oppmerksomhet_id)
    assert o is not None
    o.avsluttet_at = ctx.now()


def test_a_transfer_that_takes_every_concern_hides_nothing() -> None:
    w = base_world()
    a, b = add_oppmerksomhet(w, KEPT), add_oppmerksomhet(w, LEFT)
    overforing = created(
        w,
        "holder",
        lambda ctx: transfer.request_transfer(
            ctx,
            w.ids["logg"],
            type=OverforingType.INNEN_ENHET,
            grunn="Permisjon.",
            oppmerksomheter=[a, b],
            til_ansatt_id=w.p["holder2"].id,
        ),
    )
    run(w, "holder2", lambda ctx: transfer.accept_transfer(ctx, overforing))
    assert {o.id for o in _snap(w, "holder2").oppmerksomheter} == {a, b}


# ----------------------------------------------------------------------------- the PDF


def test_the_new_holders_pdf_lacks_the_concern_left_behind_and_a_guardians_has_it(w: World) -> None:
    with w.as_("holder2") as ctx:
        data = logg_pdf.gather(ctx, w.ids["logg"], EksportValg(vedlegg=False))
    assert data.hele_loggen and data.synlige == 1
    assert [o.id for o in data.snap.oppmerksomheter] == [w.ids["kept"]]
    assert data.historikk is not None
    assert w.ids["left"] not in data.diagrammer
    text = " ".join(" ".join(p.extract_text().split()) for p in _pages(logg_pdf.build_logg_pdf(data)))
    assert KEPT in text
    for left in (LEFT, LEFT_MAL, LEFT_TILTAK, LEFT_GLIMT, LEFT_FAKTOR):
        assert left not in text
    # Asking for the left-behind concern by id gives nothing more.
    with w.as_("holder2") as ctx:
        asked = logg_pdf.gather(ctx, w.ids["logg"], EksportValg(oppmerksomheter=(w.ids["left"],), vedlegg=False))
    assert asked.snap.oppmerksomheter == [] and asked.snap.lysglimt == []
    with w.as_("mor") as ctx:
        family = logg_pdf.gather(ctx, w.ids["logg"], EksportValg(vedlegg=False))
    assert {o.id for o in family.snap.oppmerksomheter} == {w.ids["kept"], w.ids["left"]}


def _pages(data: bytes) -> list[PageObject]:
    return list(PdfReader(io.BytesIO(data)).pages)


# ----------------------------------------------------------------------------- nobody but the family writes on it


def test_the_tiltak_rules_refuse_writing_on_the_concern_left_behind(w: World) -> None:
    left, tiltak = w.ids["left"], w.ids["left_tiltak"]
    refused(
        w,
        "holder2",
        lambda ctx: content.update_tiltak_period(
            ctx, tiltak, fra_dato=None, til_dato=None, evalueringsdato=dt.date(2026, 4, 1)
        ),
        PermissionDenied,
        "ble ikke med da loggen ble overført",
    )
    refused(
        w,
        "aktor",  # responsible for it, but no longer reads it
        lambda ctx: content.correct_tiltak_text(ctx, tiltak, "Ny tekst."),
        PermissionDenied,
        "ble ikke med",
    )
    refused(
        w,
        "holder2",
        lambda ctx: content.add_tiltak(ctx, left, tekst="Nytt tiltak.", arena=Arena.TJENESTE, ansvarlig_id=None),
        PermissionDenied,
        "ble ikke med",
    )
    refused(w, "holder2", lambda ctx: content.update_oppmerksomhet(ctx, left, tekst="Endret."), PermissionDenied, "")
    refused(w, "holder2", lambda ctx: content.set_mal(ctx, left, del_a="Nytt mål."), PermissionDenied, "ble ikke med")
    refused(
        w,
        "holder2",
        lambda ctx: content.post_lysglimt(ctx, w.ids["logg"], "Fint.", oppmerksomhet_id=left),
        PermissionDenied,
        "ble ikke med",
    )
    refused(
        w,
        "holder2",
        lambda ctx: diagram.add_faktor(ctx, left, omrade=FaktorOmrade.STRUKTUR, tekst="Ny faktor."),
        PermissionDenied,
        "ble ikke med",
    )
    refused(w, "holder2", lambda ctx: diagram.load_diagram(ctx, left), PermissionDenied, "ikke tilgang")
    # The family keeps posting on it as before; the concern is closed, so no new tiltak even for them.
    created(w, "mor", lambda ctx: content.post_lysglimt(ctx, w.ids["logg"], "Bra dag.", oppmerksomhet_id=left))
    refused(
        w,
        "mor",
        lambda ctx: content.add_tiltak(ctx, left, tekst="Øve hjemme.", arena=Arena.HJEM, ansvarlig_id=None),
        RuleViolation,
        "avsluttet",
    )


def test_the_left_behind_relation_costs_at_most_two_small_queries(w: World) -> None:
    with w.as_("holder2") as ctx:
        logg = ctx.session.get(Stafettlogg, w.ids["logg"])
        assert logg is not None
        statements: list[str] = []

        def count(*args: object) -> None:
            statements.append(str(args[2]))

        engine = ctx.session.get_bind()
        event.listen(engine, "before_cursor_execute", count)
        try:
            assert permissions.left_behind(ctx.session, logg) == {w.ids["left"]}
        finally:
            event.remove(engine, "before_cursor_execute", count)
    assert len(statements) == 2, statements
