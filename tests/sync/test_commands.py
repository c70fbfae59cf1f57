"""Every command survives the wire, and a whole new-log wizard transaction syncs as one change."""

from __future__ import annotations

import datetime as dt
import inspect
import random
import typing
import uuid
from collections.abc import Callable

from sqlalchemy import func, select

from desktop.core import commands, fodselsnummer
from desktop.core.context import Context
from desktop.core.entities import Barn, Foresatt, Samtykke, Stafettlogg, SyncChange
from desktop.core.usecases import logs
from desktop.core.usecases.logs import ForesattInput
from sync.server.mail import MailKind, OutgoingMail
from tests.sync.support import LiveServer, Pc
from tests.sync.test_server import mailing_server, server_db  # noqa: F401 - a fixture


def test_every_registered_command_has_arguments_the_wire_can_carry() -> None:
    commands.load_all()
    assert len(commands.REGISTRY) >= 40
    for name, fn in commands.REGISTRY.items():
        hints = typing.get_type_hints(inspect.unwrap(fn))
        for parameter in list(inspect.signature(inspect.unwrap(fn)).parameters)[1:]:
            assert parameter in hints, f"{name}.{parameter} has no type"


def test_encode_and_decode_are_inverse_for_the_argument_kinds() -> None:
    value = [ForesattInput(fornavn="Åse", etternavn="Ødegård", epost="ase@example.test")]
    hint = list[ForesattInput]
    assert commands.decode(hint, commands.encode(value)) == value
    moment = dt.datetime(2026, 11, 26, 9, 30, tzinfo=dt.UTC)
    assert commands.decode(dt.datetime, commands.encode(moment)) == moment
    assert commands.decode(tuple[str, bytes] | None, commands.encode(("skann.pdf", b"%PDF-1.4"))) == (
        "skann.pdf",
        b"%PDF-1.4",
    )


def new_child_with_log(
    ctx: Context, fornavn: str, guardian: ForesattInput, seed: int
) -> tuple[uuid.UUID, uuid.UUID, str]:
    """What the new-log wizard does in its one transaction: child, consent, log. Returns ids and number."""
    number = fodselsnummer.make_synthetic(dt.date(2021, 3, 4), random.Random(seed))
    barn_id = logs.register_barn(
        ctx, fornavn=fornavn, etternavn=guardian.etternavn, fodselsnummer_=number, foresatte=[guardian]
    ).created
    assert barn_id is not None
    foresatt_id = ctx.session.scalar(select(Foresatt.id).where(Foresatt.barn_id == barn_id))
    samtykke_id = logs.register_samtykke(
        ctx,
        barn_id=barn_id,
        signert_dato=ctx.today(),
        opprette_logg=True,
        utveksle_opplysninger=True,
        gitt_av_foresatte=[foresatt_id],
    ).created
    assert samtykke_id is not None
    logs.create_stafettlogg(ctx, barn_id=barn_id, samtykke_id=samtykke_id, bekymring="Sover dårlig.")
    return barn_id, samtykke_id, number


def test_the_wizards_transaction_is_one_change_and_the_guardians_get_the_letter(
    pcs: Callable[[str], Pc], server: LiveServer
) -> None:
    kari = pcs("kari")
    kari.sync()
    with kari.work() as ctx:
        mor = ForesattInput(fornavn="Åse", etternavn="Lien", relasjon="mor", epost="ase@example.test")
        barn_id, samtykke_id, _ = new_child_with_log(ctx, "Nora", mor, seed=11)
    with kari.session() as s:
        [change] = s.scalars(select(SyncChange).where(SyncChange.status == "pending")).all()
        assert [c["name"] for c in change.commands] == [
            "logs.register_barn",
            "logs.register_samtykke",
            "logs.create_stafettlogg",
        ]
    assert kari.sync().applied == 1
    with server_db(server) as s:
        assert s.get(Barn, barn_id).fornavn == "Nora"  # the same ids on the server
        assert s.get(Samtykke, samtykke_id).opprette_logg
        assert s.scalar(select(func.count()).select_from(Stafettlogg).where(Stafettlogg.barn_id == barn_id)) == 1


def test_the_guardians_letter_is_queued_when_the_log_reaches_the_server(
    tmp_path,
    mailing_server: LiveServer,  # noqa: F811
) -> None:
    kari = Pc.connect(tmp_path / "kari", mailing_server.url, "kari")
    try:
        kari.sync()
        with kari.work() as ctx:
            far = ForesattInput(fornavn="Per", etternavn="Berg", relasjon="far", epost="per@example.test")
            _, _, number = new_child_with_log(ctx, "Theo", far, seed=12)
        assert kari.sync().applied == 1
        with server_db(mailing_server) as s:
            [letter] = s.scalars(select(OutgoingMail).where(OutgoingMail.kind == MailKind.GUARDIAN_LETTER)).all()
        assert letter.to_address == "per@example.test"
        assert "Theo" in letter.body and number not in letter.body and "Berg" not in letter.subject
    finally:
        kari.close()
