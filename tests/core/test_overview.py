"""The leader's overview: counts of the unit's logs, and nothing that names a child."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from typing import Any

import pytest
from sqlalchemy import select

from desktop.core import overview
from desktop.core.context import Context
from desktop.core.entities import (
    Arena,
    Barn,
    Beslutning,
    LoggStatus,
    Oppmerksomhet,
    OverforingType,
    Stafettlogg,
)
from desktop.core.errors import InvalidInput, PermissionDenied
from desktop.core.usecases import content, logs, transfer
from desktop.core.usecases.logs import ForesattInput

from .conftest import World
from .test_rules_support import base_world, created, freeze, refused, run, thaw

WEEKS_LATER = 9  # the second half of the story happens nine weeks after the first


def new_log(
    w: World,
    holder: str,
    fornavn: str,
    *,
    niva: int = 1,
    utloper_om: int | None = None,
    overfore_enhet: bool = False,
) -> uuid.UUID:
    """A child with one guardian, a signed consent (expiring ``utloper_om`` days from now) and a log."""
    born = dt.date(2019, 1, 1) + dt.timedelta(days=len(w.ids) * 11)
    barn = created(
        w,
        holder,
        lambda ctx: logs.register_barn(
            ctx,
            fornavn=fornavn,
            etternavn="Prøvesen",
            fodselsnummer_=w.fnr(born),
            foresatte=[ForesattInput(f"Mor{fornavn}", "Prøvesen", "mor", epost="mor@example.test")],
        ),
    )
    w.ids[f"barn:{fornavn}"] = barn

    def consent(ctx: Context) -> Any:
        child = ctx.session.get(Barn, barn)
        assert child is not None
        return logs.register_samtykke(
            ctx,
            barn_id=barn,
            signert_dato=ctx.today(),
            opprette_logg=True,
            utveksle_opplysninger=True,
            overfore_enhet=overfore_enhet,
            gitt_av_foresatte=[f.id for f in child.foresatte],
            utloper=None if utloper_om is None else ctx.today() + dt.timedelta(days=utloper_om),
        )

    samtykke = created(w, holder, consent)
    w.ids[f"samtykke:{fornavn}"] = samtykke
    logg = created(w, holder, lambda ctx: logs.create_stafettlogg(ctx, barn_id=barn, samtykke_id=samtykke, niva=niva))
    w.ids[fornavn] = logg
    return logg


def concern(w: World, holder: str, logg: str, tekst: str) -> uuid.UUID:
    oppmerksomhet = created(w, holder, lambda ctx: content.add_oppmerksomhet(ctx, w.ids[logg], tekst))
    w.ids[f"oppmerksomhet:{logg}"] = oppmerksomhet
    return oppmerksomhet


def measure(
    w: World, holder: str, oppmerksomhet: uuid.UUID, arena: Arena, ansvarlig: str | None, days: int
) -> uuid.UUID:
    """A tiltak whose evaluation date is ``days`` from today (negative: overdue)."""

    def add(ctx: Context) -> Any:
        return content.add_tiltak(
            ctx,
            oppmerksomhet,
            tekst=f"Tiltak i {arena.value} med evaluering om {days} dager.",
            arena=arena,
            ansvarlig_id=w.p[ansvarlig].id if ansvarlig else None,
            evalueringsdato=ctx.today() + dt.timedelta(days=days),
        )

    return created(w, holder, add)


def build() -> World:
    """Solsikken barnehage with logs in every status and level, and one log at the health station.

    First (week 0): the logs are created. Nine weeks later: some get new work, one is set passive,
    one closed, transfers are sent. «Today» is then; Filip's log has been left alone since week 0.
    """
    w = base_world()  # Ella's log: Solsikken, holder, aktiv, nivå 1, no expiry
    new_log(w, "holder2", "Noah", niva=2, utloper_om=WEEKS_LATER * 7 + 17, overfore_enhet=True)
    new_log(w, "holder", "Sara", utloper_om=WEEKS_LATER * 7 + 22)
    new_log(w, "holder2", "Aksel", utloper_om=WEEKS_LATER * 7 + 12)
    new_log(w, "holder", "Filip", niva=3, utloper_om=50)  # expired by today, the log still active
    new_log(w, "helsesykepleier", "Hans", utloper_om=WEEKS_LATER * 7 + 5)  # another unit
    w.ids["Ella"] = w.ids["logg"]

    w.clock.advance(weeks=WEEKS_LATER)
    ella = concern(w, "holder", "Ella", "Ella spiser selv ved lunsj i barnehagen.")
    measure(w, "holder", ella, Arena.TJENESTE, "aktor", -1)  # overdue
    measure(w, "holder", ella, Arena.HJEM, None, -3)  # overdue
    measure(w, "holder", ella, Arena.BARN, None, 5)  # not due yet
    noah = concern(w, "holder2", "Noah", "Noah leker sammen med andre barn i utetiden.")
    measure(w, "holder2", noah, Arena.TJENESTE, "holder2", -10)  # overdue
    evaluated = measure(w, "holder2", noah, Arena.HJEM, None, -2)
    run(
        w,
        "holder2",
        lambda ctx: content.evaluate_tiltak(ctx, evaluated, mal_nadd=True, beslutning=Beslutning.AVSLUTTE),
    )
    sara = concern(w, "holder", "Sara", "Sara sier fra når hun trenger hjelp.")
    measure(w, "holder", sara, Arena.TJENESTE, "aktor", -4)  # overdue, but the log is passive
    run(w, "holder", lambda ctx: logs.set_passive(ctx, w.ids["Sara"]))
    run(w, "holder2", lambda ctx: logs.close(ctx, w.ids["Aksel"], "Målene er nådd."))
    hans = concern(w, "helsesykepleier", "Hans", "Hans sover hele natten i egen seng.")
    measure(w, "helsesykepleier", hans, Arena.TJENESTE, "helsesykepleier", -6)  # overdue, other unit

    # Transfers waiting: within Solsikken, out of it, and into it from the health station.
    run(
        w,
        "holder",
        lambda ctx: transfer.request_transfer(
            ctx,
            w.ids["Ella"],
            type=OverforingType.INNEN_ENHET,
            grunn="Ny jobb.",
            oppmerksomheter=[ella],
            til_ansatt_id=w.p["holder2"].id,
        ),
    )
    run(
        w,
        "holder2",
        lambda ctx: transfer.request_transfer(
            ctx,
            w.ids["Noah"],
            type=OverforingType.ANNEN_ENHET,
            grunn="Flytter.",
            oppmerksomheter=[noah],
            til_enhet_id=w.ids["helsestasjonen"],
            samtykke_id=w.ids["samtykke:Noah"],
        ),
    )
    hans_consent = created(
        w,
        "helsesykepleier",
        lambda ctx: logs.register_samtykke(
            ctx,
            barn_id=w.ids["barn:Hans"],
            signert_dato=ctx.today(),
            overfore_enhet=True,
            gitt_av_foresatte=[f.id for f in ctx.session.get(Barn, w.ids["barn:Hans"]).foresatte],  # type: ignore[union-attr]
            logg_id=w.ids["Hans"],
        ),
    )
    run(
        w,
        "helsesykepleier",
        lambda ctx: transfer.request_transfer(
            ctx,
            w.ids["Hans"],
            type=OverforingType.ANNEN_ENHET,
            grunn="Begynner i barnehagen.",
            oppmerksomheter=[hans],
            til_enhet_id=w.ids["solsikken"],
            samtykke_id=hans_consent,
        ),
    )
    return w


_BUILT: list[Any] = []


@pytest.fixture
def w() -> World:
    if not _BUILT:
        _BUILT.append(freeze(build()))
    return thaw(_BUILT[0])


def today(w: World) -> dt.date:
    return w.clock.now.date()


def count(w: World, who: str, **kwargs: Any) -> overview.Oversikt:
    kwargs.setdefault("weeks", 8)
    kwargs.setdefault("today", today(w))
    result: overview.Oversikt = run(w, who, lambda ctx: overview.leader_overview(ctx, **kwargs))
    return result


def test_logs_by_status_and_level(w: World) -> None:
    ov = count(w, "leder")
    assert ov.omfang == "Solsikken barnehage" and not ov.hele_kommunen
    grid = {t.status: t.per_niva for t in ov.logger}
    assert grid == {
        LoggStatus.AKTIV: (1, 1, 1),  # Ella, Noah, Filip
        LoggStatus.PASSIV: (1, 0, 0),  # Sara
        LoggStatus.AVSLUTTET: (1, 0, 0),  # Aksel
    }
    assert ov.antall(LoggStatus.AKTIV) == 3 and ov.antall(LoggStatus.AKTIV, 3) == 1 and ov.logger_totalt == 5


def test_overdue_evaluations_count_active_unevaluated_tiltak_of_active_logs(w: World) -> None:
    ov = count(w, "leder")
    # Ella's service and home tiltak, Noah's service tiltak; not the evaluated one, not Sara's
    # (passive log), not the one due in five days, not Hans's (another unit).
    assert (ov.evaluering_forfalt_tiltak, ov.evaluering_forfalt_logger) == (3, 2)


def test_consents_expiring_within_30_days_and_expired_in_active_logs(w: World) -> None:
    ov = count(w, "leder")
    # Noah's (17 days) and Sara's (22 days, passive but not closed); Aksel's log is closed.
    assert ov.samtykker_utloper_snart == 2
    assert ov.samtykker_utlopt == 1  # Filip's: his log is still active
    assert count(w, "leder", today=today(w) + dt.timedelta(days=20)).samtykker_utloper_snart == 1


def test_idle_logs_are_active_logs_without_any_new_row_for_n_weeks(w: World) -> None:
    assert count(w, "leder").logger_uten_aktivitet == 1  # Filip
    assert count(w, "leder", weeks=10).logger_uten_aktivitet == 0
    # A lysglimt is activity too, though the leader never sees its text.
    run(w, "holder", lambda ctx: content.post_lysglimt(ctx, w.ids["Filip"], "Filip hjalp en venn."))
    assert count(w, "leder").logger_uten_aktivitet == 0
    # Three weeks on, with a limit of two weeks, all three active logs have gone quiet.
    assert count(w, "leder", weeks=2, today=today(w) + dt.timedelta(weeks=3)).logger_uten_aktivitet == 3


def test_waiting_transfers_to_from_and_within_the_unit(w: World) -> None:
    ov = count(w, "leder")
    assert (ov.overforinger_innen, ov.overforinger_inn, ov.overforinger_ut, ov.overforinger_mellom) == (1, 1, 1, 0)
    hs = count(w, "hsleder")
    assert (hs.overforinger_innen, hs.overforinger_inn, hs.overforinger_ut) == (0, 1, 1)
    run(w, "holder2", lambda ctx: transfer.accept_transfer(ctx, _waiting(w, "Ella")))
    assert count(w, "leder").overforinger_innen == 0


def _waiting(w: World, child: str) -> uuid.UUID:
    with w.factory() as s:
        logg = s.get(Stafettlogg, w.ids[child])
        assert logg is not None
        return next(o.id for o in logg.overforinger if o.status.value == "venter")


def test_the_administrator_sees_the_whole_kommune(w: World) -> None:
    ov = count(w, "admin")
    assert ov.omfang == "Øvingsvik" and ov.hele_kommunen
    assert ov.antall(LoggStatus.AKTIV, 1) == 2  # Ella and Hans
    assert (ov.evaluering_forfalt_tiltak, ov.evaluering_forfalt_logger) == (4, 3)
    # Within the kommune, the two transfers between units are neither in nor out.
    assert (ov.overforinger_innen, ov.overforinger_inn, ov.overforinger_ut, ov.overforinger_mellom) == (1, 0, 0, 2)


@pytest.mark.parametrize("who", ["holder", "aktor", "mor", "ella"])
def test_only_leaders_and_the_administrator_get_the_overview(w: World, who: str) -> None:
    refused(
        w,
        who,
        lambda ctx: overview.leader_overview(ctx, weeks=8, today=today(w)),
        PermissionDenied,
        "Bare ledere og kommuneadministratoren|Bare ansatte",
    )
    refused(
        w,
        "leder",
        lambda ctx: overview.leader_overview(ctx, weeks=8, today=today(w), hele_kommunen=True),
        PermissionDenied,
        "Bare ledere og kommuneadministratoren",
    )
    refused(w, "leder", lambda ctx: overview.leader_overview(ctx, weeks=0, today=today(w)), InvalidInput, "uker")


def test_the_overview_holds_numbers_only_never_a_name_or_a_text(w: World) -> None:
    with w.factory() as s:
        children = list(s.scalars(select(Barn)))
        texts = [o.tekst for o in s.scalars(select(Oppmerksomhet))]
    secrets = [b.fornavn for b in children] + [b.etternavn for b in children] + [b.fodselsnummer for b in children]
    assert len(children) == 6 and texts
    for who in ("leder", "admin"):
        ov = count(w, who)
        for field in dataclasses.fields(ov):
            value = getattr(ov, field.name)
            assert isinstance(value, int | dt.date | tuple) or field.name == "omfang", field.name
        shown = repr(ov)
        for secret in secrets + texts:
            assert secret not in shown
