"""The training municipality (the guide's «kursløsning»): built only through the use cases."""

from __future__ import annotations

import datetime as dt
import io
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.core import audit, fodselsnummer, language, training
from desktop.core.context import Context, PersonRef, load_person
from desktop.core.entities import (
    SYNCED_TYPES,
    Ansatt,
    Arena,
    Barn,
    Beslutning,
    Enhet,
    Evaluering,
    Faktor,
    Foresatt,
    Kommune,
    Lesetilgang,
    LoggStatus,
    Lysglimt,
    Mal,
    Mote,
    Notat,
    Oppmerksomhet,
    OutboxEntry,
    Overforing,
    OverforingStatus,
    OverforingType,
    PersonKind,
    Samtykke,
    Stafettlogg,
    Tiltak,
    TiltakStatus,
)
from desktop.core.errors import PermissionDenied
from desktop.core.rules import age_on, correction_time_left
from desktop.core.usecases import logs, transfer

from .conftest import memory_engine

NOW = dt.datetime(2026, 5, 4, 10, 0, tzinfo=dt.UTC)
MAX_SECONDS = 5.0


@dataclass
class Built:
    factory: sessionmaker[Session]
    result: training.TrainingResult
    seconds: float


def build(seed: int = 2026, now: dt.datetime | None = NOW) -> Built:
    factory = sessionmaker(memory_engine(), expire_on_commit=False)
    started = time.perf_counter()
    with factory() as session, session.begin():
        result = training.build_training_municipality(session, now=now, seed=seed)
    return Built(factory, result, time.perf_counter() - started)


@pytest.fixture(scope="module")
def built() -> Built:
    return build()


@pytest.fixture
def s(built: Built) -> Iterator[Session]:
    with built.factory() as session:
        yield session


def all_logs(s: Session) -> list[Stafettlogg]:
    return list(s.scalars(select(Stafettlogg)))


def log_of(s: Session, built: Built, child: str) -> Stafettlogg:
    logg = s.get(Stafettlogg, built.result.logs[child])
    assert logg is not None
    return logg


# --------------------------------------------------------------------------- shape


def test_builds_quickly_with_about_twenty_logs(built: Built, s: Session) -> None:
    assert built.seconds < MAX_SECONDS
    assert 18 <= len(all_logs(s)) <= 24
    assert len(built.result.logs) == len(all_logs(s))
    kommune = s.get(Kommune, built.result.kommune_id)
    assert kommune is not None
    assert (kommune.navn, kommune.nummer) == ("Øvingsvik kommune", training.TRAINING_KOMMUNE_NUMMER)
    units = {e.navn for e in s.scalars(select(Enhet))}
    assert {"Solsikken barnehage", "Tussilago barnehage", "Øvingsvik skole", "Øvingsvik helsestasjon"} <= units


def test_every_state_and_level_is_present(s: Session) -> None:
    found = {(lg.status, lg.niva if lg.status is LoggStatus.AKTIV else 0) for lg in all_logs(s)}
    for niva in (1, 2, 3):
        assert (LoggStatus.AKTIV, niva) in found
    statuses = {lg.status for lg in all_logs(s)}
    assert statuses == set(LoggStatus)
    closed = [lg for lg in all_logs(s) if lg.status is LoggStatus.AVSLUTTET]
    assert any(lg.avslutningsgrunn == "Foresatte har trukket samtykket." for lg in closed)
    assert any("virket" in lg.avslutningsgrunn for lg in closed)


def test_transfers_pending_and_accepted(built: Built, s: Session) -> None:
    tori = log_of(s, built, "Tori Testa")
    [pending] = [o for o in tori.overforinger if o.status is OverforingStatus.VENTER]
    assert pending.type is OverforingType.ANNEN_ENHET
    assert pending.samtykke_id is not None
    skole = s.get(Enhet, pending.til_enhet_id)
    assert skole is not None and skole.navn == "Øvingsvik skole"
    assert tori.enhet.navn == "Tussilago barnehage"  # the sender keeps the log until it is accepted
    leader = next(p for p in built.result.people if p.rolle.startswith("Leder"))
    assert transfer.is_receiver(Context(s, load_person(s, leader.ref)), pending)

    emil = log_of(s, built, "Emil Haugen")
    [accepted] = emil.overforinger
    assert accepted.status is OverforingStatus.AKSEPTERT
    assert emil.enhet.navn == "Solsikken barnehage"
    assert emil.stafettholder.navn == "Kari Nilsen"
    kept = {uuid.UUID(i) for i in accepted.oppmerksomheter}
    assert [o.avsluttet_at is None for o in emil.oppmerksomheter] == [o.id in kept for o in emil.oppmerksomheter]
    assert s.scalar(select(Overforing).where(Overforing.status == OverforingStatus.VENTER)) is not None


def test_every_log_has_a_goal_and_tiltak_in_two_arenas(s: Session) -> None:
    for logg in all_logs(s):
        assert any(o.mal and len({t.arena for t in o.tiltak}) >= 2 for o in logg.oppmerksomheter), logg.barn.navn


def test_children_of_school_age_have_their_own_tiltak(s: Session) -> None:
    for logg in all_logs(s):
        first = min(o.created_at for o in logg.oppmerksomheter).date()
        if age_on(logg.barn.fodselsdato, first) >= 6:
            assert any(t.arena is Arena.BARN for o in logg.oppmerksomheter for t in o.tiltak), logg.barn.navn


def test_guardians_have_foreldreansvar_and_example_addresses(s: Session) -> None:
    for barn in s.scalars(select(Barn)):
        assert any(f.foreldreansvar for f in barn.foresatte)
        for f in barn.foresatte:
            assert f.epost.endswith("@example.test")
    for ansatt in s.scalars(select(Ansatt)):
        assert ansatt.epost.endswith("example.test")
    assert s.scalar(select(Foresatt).where(Foresatt.foreldreansvar.is_(False))) is not None


# --------------------------------------------------------------------------- numbers and determinism


def people_signature(s: Session) -> list[tuple[str, str, str]]:
    people: list[Ansatt | Barn | Foresatt] = [*s.scalars(select(Ansatt)), *s.scalars(select(Barn))]
    people += s.scalars(select(Foresatt))
    return sorted((p.kind.value, p.navn, p.fodselsnummer) for p in people)


def test_every_fodselsnummer_is_valid_and_synthetic(s: Session) -> None:
    numbers = [n for _, _, n in people_signature(s)]
    assert len(numbers) > 60
    assert all(n for n in numbers)  # guardians too (they sign in with their number)
    for number in numbers:
        assert fodselsnummer.validate(number) == number
        assert fodselsnummer.is_synthetic(number)
    assert len(set(numbers)) == len(numbers)


def test_same_seed_gives_same_people(built: Built, s: Session) -> None:
    again = build()
    with again.factory() as s2:
        assert people_signature(s2) == people_signature(s)
        assert sorted(again.result.logs) == sorted(built.result.logs)
        assert [(p.navn, p.rolle) for p in again.result.people] == [(p.navn, p.rolle) for p in built.result.people]
    other = build(seed=7, now=None)  # the default: history up to the real time
    with other.factory() as s3:
        names = [(k, n) for k, n, _ in people_signature(s3)]
        assert names == [(k, n) for k, n, _ in people_signature(s)]
        assert [x for _, _, x in people_signature(s3)] != [x for _, _, x in people_signature(s)]


# --------------------------------------------------------------------------- outbox, audit, time


def test_outbox_has_an_insert_for_every_record_and_audit_verifies(s: Session) -> None:
    inserted = {
        (e.entity, e.entity_id) for e in s.scalars(select(OutboxEntry).where(OutboxEntry.operation == "insert"))
    }
    for entity in SYNCED_TYPES:
        table = str(getattr(entity, "__tablename__"))  # noqa: B009
        for record_id in s.scalars(select(entity.id)):  # type: ignore[attr-defined]
            assert (table, record_id) in inserted, table
    entries = list(s.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)))
    assert all(e.author_id is not None and e.device == "kurs" for e in entries)
    assert [e.at for e in entries] == sorted(e.at for e in entries)  # one timeline, never back in time
    assert audit.verify(s).ok


def test_history_spans_ten_months_and_ends_before_now(s: Session) -> None:
    entries = list(s.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)))
    assert NOW - dt.timedelta(days=310) <= entries[0].at <= NOW - dt.timedelta(days=295)
    assert entries[-1].at <= NOW
    created = sorted(lg.created_at for lg in all_logs(s))
    assert created[-1] - created[0] > dt.timedelta(days=250)
    glimt = sorted(g.dato for g in s.scalars(select(Lysglimt)))
    assert len(glimt) >= 40
    assert glimt[-1] - glimt[0] > dt.timedelta(days=200)
    assert all(e.dato <= NOW.date() for e in s.scalars(select(Evaluering)))


def test_only_the_newest_tiltak_can_still_be_corrected(built: Built, s: Session) -> None:
    open_ = [t for t in s.scalars(select(Tiltak)) if correction_time_left(t, NOW) > dt.timedelta(0)]
    assert len(open_) == 1
    assert open_[0].oppmerksomhet.logg_id == built.result.logs["Theo Berntsen"]
    assert open_[0].arena is Arena.HJEM and open_[0].opprettet_av_type is PersonKind.FORESATT


def test_active_logs_have_no_overdue_evaluations(s: Session) -> None:
    for logg in all_logs(s):
        if logg.status is LoggStatus.AKTIV:
            for o in logg.oppmerksomheter:
                for t in o.tiltak:
                    if t.status is TiltakStatus.AKTIV:
                        assert t.evalueringsdato is not None and t.evalueringsdato > NOW.date(), t.tekst


# --------------------------------------------------------------------------- the guide's examples


def test_ellas_meals_goal_is_built_a_then_ab_then_abc(built: Built, s: Session) -> None:
    logg = log_of(s, built, "Ella Fjellstad")
    mat = logg.oppmerksomheter[0]
    goals = sorted(mat.mal, key=lambda m: m.created_at)
    assert [m.tekst for m in goals] == [
        "Ella øver på å spise selv",
        "Ella øver på å spise to måltider per dag selv",
        "Ella øver på å spise to måltider per dag selv, og foreldrene følger opp og bistår slik at hun klarer det.",
    ]
    assert [m.erstattet_at is None for m in goals] == [False, False, True]
    texts = {t.tekst for t in mat.tiltak}
    assert {
        "Ella spiser selv i barnehagen.",
        "Ella får hjelp og støtte av assistent ved behov.",
        "Ella har fast trening i å spise selv til faste måltider.",
        "Foresatte sitter sammen med Ella når hun spiser.",
        "Ella tar imot hjelp fra foresatte ved behov.",
    } <= texts
    assert {t.arena for t in mat.tiltak} == set(Arena)


def test_ellas_homework_follows_the_school_example(built: Built, s: Session) -> None:
    logg = log_of(s, built, "Ella Nordby")
    [lekser] = logg.oppmerksomheter
    [goal] = [m for m in lekser.mal if m.erstattet_at is None]
    assert goal.del_a == "Ella arbeider med lekser"
    assert goal.del_b.startswith("mandag til torsdag fra klokken 17 til 18")
    assert "ber foresatte om hjelp" in goal.del_c
    assert "Ella går gjennom ukeplanen sammen med læreren hver mandag i første økt." in {t.tekst for t in lekser.tiltak}
    stemor = next(f for f in logg.barn.foresatte if f.relasjon == "stemor")
    assert not stemor.foreldreansvar


def barn_steps(oppmerksomhet: Oppmerksomhet) -> list[Tiltak]:
    return sorted((t for t in oppmerksomhet.tiltak if t.arena is Arena.BARN), key=lambda t: t.trinn)


def test_school_starter_ladder_has_evaluated_active_and_planned_steps(built: Built, s: Session) -> None:
    [inn] = log_of(s, built, "Jonas Strand").oppmerksomheter
    steps = barn_steps(inn)
    assert [t.trinn for t in steps] == [1, 2, 3]
    assert [t.status for t in steps] == [TiltakStatus.AVSLUTTET, TiltakStatus.AKTIV, TiltakStatus.PLANLAGT]
    assert steps[0].evaluering is not None and steps[0].evaluering.familiens_vurdering
    assert steps[1].evalueringsdato is not None and steps[1].evalueringsdato > NOW.date()


def test_first_grader_ladder_has_five_evaluated_steps_and_the_log_is_closed(built: Built, s: Session) -> None:
    logg = log_of(s, built, "Aksel Myhre")
    assert logg.status is LoggStatus.AVSLUTTET
    steps = barn_steps(logg.oppmerksomheter[0])
    assert len(steps) == 5
    assert all(t.status is TiltakStatus.AVSLUTTET and t.evaluering is not None for t in steps)
    assert all(t.evaluering.mal_nadd for t in steps if t.evaluering is not None)


@pytest.mark.parametrize("child", ["Ella Fjellstad", "Jonas Strand"])
def test_factor_diagram(built: Built, s: Session, child: str) -> None:
    oppmerksomhet = log_of(s, built, child).oppmerksomheter[0]
    assert len({f.omrade for f in oppmerksomhet.faktorer}) >= 4
    assert any(k.til_id is None for k in oppmerksomhet.koblinger)  # linked to the concern itself
    assert any(k.til_id is not None for k in oppmerksomhet.koblinger)  # and factor to factor
    own = {f.id for f in oppmerksomhet.faktorer}
    assert any(t.faktor_id in own for t in oppmerksomhet.tiltak)  # «tiltak settes inn her»
    assert any(f.prioritet > 0 for f in oppmerksomhet.faktorer)


def test_evaluations_lysglimt_notes_and_meetings(built: Built, s: Session) -> None:
    evaluations = list(s.scalars(select(Evaluering)))
    assert sum(1 for e in evaluations if e.familiens_vurdering) >= 20
    assert {e.beslutning for e in evaluations} >= {
        Beslutning.AVSLUTTE,
        Beslutning.FORTSETTE,
        Beslutning.FEILREGISTRERT,
    }
    [wrong] = [e.tiltak for e in evaluations if e.beslutning is Beslutning.FEILREGISTRERT]
    successor = s.scalar(select(Tiltak).where(Tiltak.erstatter_id == wrong.id))
    assert successor is not None and successor.ansvarlig_id != wrong.ansvarlig_id

    authors = {g.forfatter_type for g in s.scalars(select(Lysglimt))}
    assert authors == set(PersonKind)  # guardians, the youth and staff

    notes = list(s.scalars(select(Notat)))
    assert any(n.internt for n in notes)
    [with_pdf] = [n for n in notes if n.vedlegg]
    pdf = with_pdf.vedlegg[0]
    assert pdf.innhold.startswith(b"%PDF-") and pdf.storrelse == len(pdf.innhold)
    pypdf = pytest.importorskip("pypdf")
    reader = pypdf.PdfReader(io.BytesIO(pdf.innhold))
    assert "Ella spiser selv" in reader.pages[0].extract_text()

    meetings = list(s.scalars(select(Mote)))
    assert len(meetings) >= 10
    assert all(m.dagsorden and m.deltakere for m in meetings)
    assert any(m.referat for m in meetings)
    assert any(m.tidspunkt > NOW for m in meetings)  # the next meeting is planned
    assert any(e.mote_id is not None for e in evaluations)


def test_read_access_for_chosen_concerns_and_withdrawn_consent(built: Built, s: Session) -> None:
    ella = log_of(s, built, "Ella Fjellstad")
    [tilgang] = s.scalars(select(Lesetilgang).where(Lesetilgang.logg_id == ella.id)).all()
    assert not tilgang.hele_loggen and tilgang.oppmerksomheter == [str(ella.oppmerksomheter[0].id)]
    oskar = log_of(s, built, "Oskar Dahl")
    consent = s.scalar(select(Samtykke).where(Samtykke.logg_id == oskar.id))
    assert consent is not None and consent.trukket_at is not None and consent.trukket_grunn
    ida = log_of(s, built, "Ida Solberg")
    assert age_on(ida.barn.fodselsdato, NOW.date()) > 15
    assert s.scalar(select(Samtykke).where(Samtykke.logg_id == ida.id, Samtykke.gitt_av_barnet)) is not None


# --------------------------------------------------------------------------- language


def texts(s: Session) -> Iterator[tuple[str, str]]:
    for lg in all_logs(s):
        for attr in ("bekymring", "kjennetegn", "opprettholdende", "barnets_stemme", "avslutningsgrunn"):
            yield f"stafettlogg.{attr}", getattr(lg, attr)
    for o in s.scalars(select(Oppmerksomhet)):
        yield "oppmerksomhet", o.tekst
        yield "kjennetegn", o.kjennetegn_maloppnaelse
    for m in s.scalars(select(Mal)):
        yield "mål", m.tekst
    for t in s.scalars(select(Tiltak)):
        yield "tiltak", t.tekst
    for e in s.scalars(select(Evaluering)):
        yield "evaluering", e.familiens_vurdering
        yield "evaluering", e.kommentar
    for g in s.scalars(select(Lysglimt)):
        yield "lysglimt", g.tekst
    for n in s.scalars(select(Notat)):
        yield "notat", n.tekst
    for mo in s.scalars(select(Mote)):
        yield "møte", mo.dagsorden
        yield "møte", mo.referat
        yield "møte", mo.sted
    for ov in s.scalars(select(Overforing)):
        yield "overføring", ov.grunn
    for sa in s.scalars(select(Samtykke)):
        yield "samtykke", sa.trukket_grunn
    for f in s.scalars(select(Faktor)):
        yield "faktor", f.tekst


def test_content_follows_the_guides_language_advice(s: Session) -> None:
    problems = [
        f"{where}: «{text[h.start : h.end]}» – {h.message}" for where, text in texts(s) for h in language.check(text)
    ]
    assert problems == [], "\n".join(problems)
    assert sum(1 for _, text in texts(s) if text) > 400


# --------------------------------------------------------------------------- signing in


def test_people_to_sign_in_as_cover_every_role(built: Built, s: Session) -> None:
    roles = [p.rolle for p in built.result.people]
    assert sum(r.startswith("Stafettholder") for r in roles) >= 3
    assert sum(r.startswith("Aktør") for r in roles) >= 3
    assert sum(r.startswith("Foresatt") for r in roles) == 2
    assert any(r.startswith("Kommuneadministrator") for r in roles)
    assert any(r.startswith("Leder") for r in roles)
    assert any(r.startswith("Lesetilgang") for r in roles)
    assert any(r.startswith("Ungdom") for r in roles)
    kinds = {p.ref.kind for p in built.result.people}
    assert kinds == set(PersonKind)
    gp = next(load_person(s, p.ref) for p in built.result.people if "fastlege" in p.rolle)
    assert isinstance(gp, Ansatt) and gp.er_ekstern
    for person in built.result.people:
        assert load_person(s, person.ref).navn == person.navn


def test_each_person_can_read_a_log_except_admin_and_leader(built: Built) -> None:
    for person in built.result.people:
        with built.factory() as session:
            session.begin()
            ctx = Context(session, load_person(session, person.ref), device="test")
            mine = logs.logs_for(ctx)
            if person.rolle.startswith(("Kommuneadministrator", "Leder")):
                assert mine == []
                for logg_id in built.result.logs.values():
                    with pytest.raises(PermissionDenied):
                        logs.read_logg(ctx, logg_id)
            else:
                assert mine, person.navn
                lesning = logs.read_logg(ctx, mine[0])
                assert lesning.oppmerksomheter, person.navn
            session.rollback()


def test_the_reader_sees_only_the_chosen_concern(built: Built) -> None:
    reader = next(p for p in built.result.people if p.rolle.startswith("Lesetilgang"))
    with built.factory() as session:
        session.begin()
        ctx = Context(session, load_person(session, reader.ref), device="test")
        lesning = logs.read_logg(ctx, built.result.logs["Ella Fjellstad"])
        assert len(lesning.oppmerksomheter) == 1 < len(lesning.logg.oppmerksomheter)
        session.rollback()


def test_now_must_be_aware() -> None:
    with memory_engine().connect() as conn, Session(conn) as session, pytest.raises(ValueError):
        training.build_training_municipality(session, now=dt.datetime(2026, 5, 4, 10))


def test_refs_are_person_refs(built: Built) -> None:
    assert all(isinstance(p.ref, PersonRef) for p in built.result.people)
