"""No plaintext of a child's data anywhere on disk: database, -wal, -shm, temp files, key files.

Known marker strings go in through the use cases; then every file the workspace (and the
temp folder) holds is scanned for them, also in UTF-16 and lower case.
"""

from __future__ import annotations

import datetime as dt
import random
import tempfile
from pathlib import Path

import pytest

from desktop.core import fodselsnummer
from desktop.core.context import PersonRef
from desktop.core.entities import Arena, Barn, Vedlegg
from desktop.core.usecases import content, logs, organisation
from desktop.core.usecases.logs import ForesattInput
from desktop.store.workspace import Workspace

from .conftest import add_admin

MARK_CHILD = "Zyxqvbarn"
MARK_GUARDIAN = "Qwplmforelder"
MARK_TEXT = "Kvrtmarkør spiser lunsj"
MARK_PDF = b"Pdfmarkorxyz"


def _needles(strings: list[str]) -> list[bytes]:
    out: list[bytes] = []
    for s in strings:
        for variant in (s, s.lower(), s.upper()):
            out += [variant.encode("utf-8"), variant.encode("utf-16-le")]
    return out


def _write_everything(ws: Workspace, admin: PersonRef, child_fnr: str) -> None:
    with ws.transaction(admin) as ctx:
        tjeneste = organisation.create_tjeneste(ctx, "Barnehage")
        enhet = organisation.create_enhet(ctx, "Markørfri barnehage", tjeneste.id)
        holder = organisation.add_ansatt(
            ctx,
            enhet_id=enhet.id,
            fornavn="Hanne",
            etternavn="Holder",
            fodselsnummer_=fodselsnummer.make_synthetic(dt.date(1985, 3, 3), random.Random(3)),
            er_aktor=True,
            er_stafettholder=True,
        )
        holder_ref = PersonRef.of(holder)
    with ws.transaction(holder_ref) as ctx:
        barn_id = logs.register_barn(
            ctx,
            fornavn=MARK_CHILD,
            etternavn="Test",
            fodselsnummer_=child_fnr,
            foresatte=[ForesattInput(MARK_GUARDIAN, "Test", "mor", adresse=f"{MARK_GUARDIAN}veien 1")],
        ).created
        assert barn_id is not None
        barn = ctx.session.get(Barn, barn_id)
        assert barn is not None
        mor = barn.foresatte[0]
        samtykke = logs.register_samtykke(
            ctx,
            barn_id=barn_id,
            signert_dato=ctx.today(),
            opprette_logg=True,
            utveksle_opplysninger=True,
            gitt_av_foresatte=[mor.id],
            skannet_pdf=("samtykke.pdf", b"%PDF-1.4\n" + MARK_PDF + b"\n%%EOF\n"),
        ).created
        assert samtykke is not None
        logg_id = logs.create_stafettlogg(ctx, barn_id=barn_id, samtykke_id=samtykke, bekymring=MARK_TEXT).created
        assert logg_id is not None
        o = content.add_oppmerksomhet(ctx, logg_id, MARK_TEXT).created
        assert o is not None
        content.set_mal(ctx, o, del_a=MARK_TEXT)
        content.add_tiltak(ctx, o, tekst=MARK_TEXT, arena=Arena.HJEM)
        content.post_lysglimt(ctx, logg_id, MARK_TEXT)
        content.add_notat(ctx, logg_id, MARK_TEXT, vedlegg=[("bilde.pdf", b"%PDF-1.4\n" + MARK_PDF + b"\n")])
    with ws.transaction(holder_ref) as ctx:
        logs.read_logg(ctx, logg_id)


def _scan(folder: Path, needles: list[bytes]) -> list[str]:
    hits = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            hits += [f"{path.name}: {n!r}" for n in needles if n in data]
    return hits


@pytest.mark.parametrize("checkpoint", [False, True], ids=["data-in-wal", "after-checkpoint"])
def test_no_plaintext_on_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, checkpoint: bool) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    monkeypatch.setenv("TMPDIR", str(temp))
    data_dir = tmp_path / "ws"
    child_fnr = fodselsnummer.make_synthetic(dt.date(2020, 1, 2), random.Random(99))
    ws = Workspace.create(data_dir)
    try:
        _write_everything(ws, add_admin(ws), child_fnr)
        if checkpoint:
            with ws.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        with ws.session() as session:  # the markers really are stored (and readable with the key)
            assert session.query(Barn).filter_by(fornavn=MARK_CHILD).count() == 1
            assert session.query(Vedlegg).filter(Vedlegg.innhold.contains(MARK_PDF)).count() == 2
        needles = [*_needles([MARK_CHILD, MARK_GUARDIAN, MARK_TEXT, child_fnr]), MARK_PDF]
        # Scanned while open (WAL and SHM present) and again after closing.
        assert _scan(data_dir, needles) == []
        assert _scan(temp, needles) == []
    finally:
        ws.close()
    assert _scan(data_dir, needles) == []
    assert any(data_dir.iterdir())
