"""The administrator's changes from the «Kommunen» tab sync: the server re-runs them, other PCs get them."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from sqlalchemy import select

from desktop.core import fodselsnummer
from desktop.core.entities import Enhet, Stafettlogg
from desktop.core.queries import actor_candidates
from desktop.core.usecases import kommune
from tests.sync.support import Pc


def test_a_gp_and_a_renamed_unit_reach_the_holder_s_pc(pcs: Callable[[str], Pc]) -> None:
    astrid, hanne = pcs("astrid"), pcs("hanne")
    astrid.sync()
    hanne.sync()
    with astrid.session() as s:
        helsestasjon = s.scalar(select(Enhet).where(Enhet.navn == "Øvingsvik helsestasjon"))
        assert helsestasjon is not None
    with astrid.work() as ctx:
        gp_id = kommune.add_ekstern_aktor(
            ctx,
            fornavn="Gunn",
            etternavn="Legeland",
            fodselsnummer_=fodselsnummer.make_synthetic(dt.date(1972, 3, 9), random.Random(5)),
            stilling="Fastlege ved Nordby legekontor",
            epost="gunn@legekontor.example.test",
        ).created
        kommune.rename_enhet(ctx, helsestasjon.id, "Øvingsvik helsestasjon og skolehelsetjeneste")
    report = astrid.sync()
    assert (report.applied, report.rejected) == (1, 0), report

    hanne.sync()
    gp = hanne.ansatt("Gunn")
    assert (gp.id, gp.er_ekstern, gp.er_aktor, gp.enhet_id) == (gp_id, True, True, None)
    with hanne.session() as s:
        renamed = s.get(Enhet, helsestasjon.id)
        assert renamed is not None and renamed.navn == "Øvingsvik helsestasjon og skolehelsetjeneste"
        held = list(s.scalars(select(Stafettlogg).where(Stafettlogg.stafettholder_id == hanne.me.id)))
    assert {lg.niva > 1 for lg in held} == {True, False}
    # The holder finds the new GP for a log at nivå 2 or 3 only, as the administrator's tab says.
    for logg in held:
        with hanne.work() as ctx:
            findable = {k.id for k in actor_candidates(ctx, logg.id)}
        assert (gp_id in findable) == (logg.niva > 1)
