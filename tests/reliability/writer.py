"""A writer: the core's use cases in a loop on a real encrypted workspace, reporting each commit.

Each step is one use-case transaction (one synced change) as a user would make it: a new log
(child, consent and log together), an oppmerksomhet, a tiltak, an evaluation, a lysglimt, a note
with PDF attachments, another PDF on a note, a new text for an oppmerksomhet, and a transfer
(sent by the holder, accepted by the receiver: two changes). Before a transaction commits the
writer reports ``T <change id>`` (tried); after the commit has returned, ``C <json>`` with the
change id, the step and the ids it created. Lines are written to a pipe with one ``os.write``
each (shorter than PIPE_BUF, so never torn), so whatever the kill, the reader gets whole lines.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import traceback
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop.core import fodselsnummer
from desktop.core.context import Changes, Context, PersonRef
from desktop.core.entities import (
    Arena,
    Barn,
    Beslutning,
    LoggStatus,
    Notat,
    Oppmerksomhet,
    Overforing,
    OverforingStatus,
    OverforingType,
    PersonKind,
    Stafettlogg,
    Tiltak,
    TiltakStatus,
)
from desktop.core.errors import DomainError
from desktop.core.usecases import content, logs, transfer
from desktop.core.usecases.logs import ForesattInput
from desktop.store.workspace import Workspace


@dataclass(frozen=True)
class Cast:
    """Who acts: the two holders of the same unit (transfers go between them) and an actor."""

    holders: tuple[uuid.UUID, uuid.UUID]
    aktor: uuid.UUID

    def to_json(self) -> str:
        return json.dumps({"holders": [str(h) for h in self.holders], "aktor": str(self.aktor)})

    @classmethod
    def from_json(cls, text: str) -> Cast:
        data = json.loads(text)
        a, b = (uuid.UUID(h) for h in data["holders"])
        return cls((a, b), uuid.UUID(data["aktor"]))


def tiny_pdf(rng: random.Random) -> bytes:
    """A small PDF (1–24 KB of page content, so attachments span several database pages)."""
    words = " ".join(
        rng.choice(("Ella", "lek", "samling", "tur", "mat", "sovn")) for _ in range(rng.randint(200, 4000))
    )
    stream = f"BT /F1 10 Tf 40 800 Td ({words}) Tj ET".encode("latin-1")
    return (
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n"
        + f"4 0 obj<</Length {len(stream)}>>stream\n".encode("ascii")
        + stream
        + b"\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    )


class Writer:
    def __init__(self, ws: Workspace, cast: Cast, rng: random.Random, out: Callable[[str], None]) -> None:
        self.ws = ws
        self.cast = cast
        self.rng = rng
        self.out = out
        self.steps: list[tuple[int, Callable[[], None]]] = [
            (1, self.new_log),
            (3, self.oppmerksomhet),
            (3, self.tiltak),
            (2, self.evaluate),
            (4, self.lysglimt),
            (2, self.notat_with_pdf),
            (1, self.attach_pdf),
            (1, self.update_oppmerksomhet),
            (1, self.transfer),
        ]

    # --- one transaction, reported ---------------------------------------------------------------

    def commit(self, step: str, who: uuid.UUID, work: Callable[[Context], Changes | None]) -> None:
        """Run ``work`` in one transaction as ``who``; report it tried, then committed."""
        ref = PersonRef(PersonKind.ANSATT, who)
        try:
            with self.ws.transaction(ref) as ctx:
                self.out(f"T {ctx.change_id}")
                changes = work(ctx)
                change_id = ctx.change_id
        except DomainError as refused:
            self.out("R " + json.dumps({"step": step, "message": refused.message}))
            return
        created = str(changes.created) if changes is not None and changes.created else None
        self.out("C " + json.dumps({"change": str(change_id), "step": step, "created": created}))

    def run(self, steps: int | None = None) -> None:
        weights = [w for w, _ in self.steps]
        n = 0
        while steps is None or n < steps:
            self.rng.choices([s for _, s in self.steps], weights)[0]()
            n += 1

    # --- what is there to work on ----------------------------------------------------------------

    def _open_logs(self) -> list[tuple[uuid.UUID, uuid.UUID]]:
        """(log, holder) of every open log."""
        with self.ws.session() as s:
            rows = s.execute(
                select(Stafettlogg.id, Stafettlogg.stafettholder_id)
                .where(Stafettlogg.status != LoggStatus.AVSLUTTET)
                .order_by(Stafettlogg.id)
            ).all()
        return [(r[0], r[1]) for r in rows]

    def _a_log(self) -> tuple[uuid.UUID, uuid.UUID] | None:
        found = self._open_logs()
        return self.rng.choice(found) if found else None

    def _oppmerksomheter(self, logg_id: uuid.UUID) -> list[uuid.UUID]:
        with self.ws.session() as s:
            return list(
                s.scalars(
                    select(Oppmerksomhet.id)
                    .where(Oppmerksomhet.logg_id == logg_id, Oppmerksomhet.avsluttet_at.is_(None))
                    .order_by(Oppmerksomhet.id)
                )
            )

    def text(self, what: str) -> str:
        return f"{what} {uuid.uuid4().hex[:12]}: {self.rng.choice(('leker godt', 'trenger ro', 'spiser mer'))}."

    # --- the steps --------------------------------------------------------------------------------

    def new_log(self) -> None:
        born = dt.date(2019, 1, 1) + dt.timedelta(days=self.rng.randrange(1500))
        number = fodselsnummer.make_synthetic(born, self.rng)

        def work(ctx: Context) -> Changes:
            barn = logs.register_barn(
                ctx,
                fornavn=self.rng.choice(("Ella", "Noah", "Iben", "Aksel")),
                etternavn="Prøvesen",
                fodselsnummer_=number,
                foresatte=[ForesattInput("Mona", "Prøvesen", "mor", epost="mona@example.test")],
            ).created
            assert barn is not None
            foresatte = [f.id for f in ctx.session.get_one(Barn, barn).foresatte]
            samtykke = logs.register_samtykke(
                ctx,
                barn_id=barn,
                signert_dato=ctx.today(),
                opprette_logg=True,
                utveksle_opplysninger=True,
                overfore_enhet=True,
                gitt_av_foresatte=foresatte,
            ).created
            assert samtykke is not None
            return logs.create_stafettlogg(ctx, barn_id=barn, samtykke_id=samtykke, bekymring=self.text("Bekymring"))

        self.commit("ny logg", self.rng.choice(self.cast.holders), work)

    def oppmerksomhet(self) -> None:
        if (found := self._a_log()) is None:
            return
        logg_id, holder = found
        self.commit(
            "oppmerksomhet", holder, lambda ctx: content.add_oppmerksomhet(ctx, logg_id, self.text("Oppmerksomhet"))
        )

    def update_oppmerksomhet(self) -> None:
        if (found := self._a_log()) is None or not (ids := self._oppmerksomheter(found[0])):
            return
        target = self.rng.choice(ids)
        self.commit(
            "ny tekst",
            found[1],
            lambda ctx: content.update_oppmerksomhet(ctx, target, tekst=self.text("Ny tekst")),
        )

    def tiltak(self) -> None:
        if (found := self._a_log()) is None or not (ids := self._oppmerksomheter(found[0])):
            return
        target = self.rng.choice(ids)
        ansvarlig = self.rng.choice((self.cast.aktor, *self.cast.holders))
        self.commit(
            "tiltak",
            found[1],
            lambda ctx: content.add_tiltak(
                ctx,
                target,
                tekst=self.text("Tiltak"),
                arena=Arena.TJENESTE,
                ansvarlig_id=ansvarlig,
                neste_trinn=True,
                evalueringsdato=ctx.today() + dt.timedelta(days=28),
            ),
        )

    def evaluate(self) -> None:
        with self.ws.session() as s:
            rows = s.execute(
                select(Tiltak.id, Stafettlogg.stafettholder_id)
                .join(Oppmerksomhet, Tiltak.oppmerksomhet_id == Oppmerksomhet.id)
                .join(Stafettlogg, Oppmerksomhet.logg_id == Stafettlogg.id)
                .where(Tiltak.status == TiltakStatus.AKTIV, Stafettlogg.status != LoggStatus.AVSLUTTET)
                .order_by(Tiltak.id)
            ).all()
        if not rows:
            return
        tiltak_id, holder = self.rng.choice(rows)
        reached = self.rng.random() < 0.5
        self.commit(
            "evaluering",
            holder,
            lambda ctx: content.evaluate_tiltak(
                ctx,
                tiltak_id,
                mal_nadd=reached,
                beslutning=Beslutning.AVSLUTTE if reached else Beslutning.FORTSETTE,
                ny_evalueringsdato=None if reached else ctx.today() + dt.timedelta(days=21),
                kommentar=self.text("Evaluering"),
            ),
        )

    def lysglimt(self) -> None:
        if (found := self._a_log()) is None:
            return
        logg_id, holder = found
        self.commit("lysglimt", holder, lambda ctx: content.post_lysglimt(ctx, logg_id, self.text("Lysglimt")))

    def notat_with_pdf(self) -> None:
        if (found := self._a_log()) is None:
            return
        logg_id, holder = found
        files = [(f"vedlegg-{i}.pdf", tiny_pdf(self.rng)) for i in range(self.rng.randint(0, 2))]
        self.commit(
            "notat", holder, lambda ctx: content.add_notat(ctx, logg_id, self.text("Notat"), vedlegg=files or None)
        )

    def attach_pdf(self) -> None:
        with self.ws.session() as s:
            rows = s.execute(
                select(Notat.id, Stafettlogg.stafettholder_id)
                .join(Stafettlogg, Notat.logg_id == Stafettlogg.id)
                .where(Stafettlogg.status != LoggStatus.AVSLUTTET)
                .order_by(Notat.id)
            ).all()
        if not rows:
            return
        notat_id, holder = self.rng.choice(rows)
        data = tiny_pdf(self.rng)
        self.commit("pdf", holder, lambda ctx: content.attach_pdf(ctx, notat_id, "rapport.pdf", data))

    def transfer(self) -> None:
        """The holder sends the log to the unit's other holder, who accepts it: two changes."""
        if (found := self._a_log()) is None or not (ids := self._oppmerksomheter(found[0])):
            return
        logg_id, holder = found
        with self.ws.session() as s:
            waiting = s.execute(
                select(Overforing.id, Overforing.til_ansatt_id).where(
                    Overforing.logg_id == logg_id, Overforing.status == OverforingStatus.VENTER
                )
            ).first()
        if waiting is not None:  # sent before a kill: the receiver accepts it now
            overforing_id, til = waiting
            self.commit("overføring godtatt", til, lambda ctx: transfer.accept_transfer(ctx, overforing_id))
            return
        receiver = self.cast.holders[1] if holder == self.cast.holders[0] else self.cast.holders[0]
        sent: dict[str, Any] = {}

        def send(ctx: Context) -> Changes:
            changes = transfer.request_transfer(
                ctx,
                logg_id,
                type=OverforingType.INNEN_ENHET,
                grunn=self.text("Overføring"),
                oppmerksomheter=ids,
                til_ansatt_id=receiver,
            )
            sent["id"] = changes.created
            return changes

        self.commit("overføring sendt", holder, send)
        if sent.get("id") is not None:
            self.commit("overføring godtatt", receiver, lambda ctx: transfer.accept_transfer(ctx, sent["id"]))


def child_main(data_dir: Path, cast: Cast, seed: int, fd: int) -> None:
    """The writer's process: runs until killed; a bug is reported as ``E <traceback>``."""

    def out(line: str) -> None:
        os.write(fd, (line + "\n").encode("utf-8"))

    try:
        ws = Workspace.open(data_dir)
        out("O")
        Writer(ws, cast, random.Random(seed), out).run()
    except BaseException:
        out("E " + json.dumps(traceback.format_exc()))
        os._exit(1)
