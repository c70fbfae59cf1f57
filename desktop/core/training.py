"""The built-in training municipality — the guide's «kursløsning»: Øvingsvik kommune.

Everything is made through the use cases, so the rules, the outbox and the audit trail
apply exactly as in real work: whatever a course participant finds here could have been
typed in by the people in it. A movable clock plays about ten months of history. Each
log's story is a generator that yields the moment of its next step; the stories are
interleaved on one timeline, so the change history, created dates, closed 8-hour windows,
evaluations and lysglimt all look like real use.

All people, units and events are fictional; every fødselsnummer is a synthetic (Tenor)
number, and every e-mail address is under example.test.
"""

from __future__ import annotations

import datetime as dt
import heapq
import random
import uuid
from collections.abc import Generator
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core import fodselsnummer
from desktop.core.context import OSLO, Changes, Context, PersonRef
from desktop.core.entities import (
    Ansatt,
    Arena,
    Barn,
    Beslutning,
    Enhet,
    FaktorOmrade,
    FaktorSted,
    Foresatt,
    OverforingType,
    Samtykke,
    Tiltak,
)
from desktop.core.training_kommune import TRAINING_KOMMUNE_NAVN, TRAINING_KOMMUNE_NUMMER
from desktop.core.usecases import access, content, diagram, logs, organisation, transfer
from desktop.core.usecases.logs import ForesattInput

__all__ = [
    "TRAINING_KOMMUNE_NAVN",
    "TRAINING_KOMMUNE_NUMMER",
    "MovableClock",
    "TrainingPerson",
    "TrainingResult",
    "build_training_municipality",
]

HISTORY_DAYS = 300  # the story starts on the Monday at least this many days before ``now``

Story = Generator[dt.datetime, None, None]

TJENESTE = Arena.TJENESTE
HJEM = Arena.HJEM
BARN = Arena.BARN


# --------------------------------------------------------------------------- public types


class MovableClock:
    """An injected clock that the story moves forward (never back)."""

    def __init__(self, start: dt.datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("the clock must give aware datetimes")
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now

    def move_to(self, when: dt.datetime) -> None:
        if when < self.now:
            raise ValueError(f"the training clock only moves forward ({when} < {self.now})")
        self.now = when


@dataclass(frozen=True)
class TrainingPerson:
    """Someone a course participant can sign in as."""

    ref: PersonRef
    navn: str
    rolle: str  # a short Norwegian description of the role
    key: str = ""  # short and unique: the training server's user name


@dataclass
class TrainingResult:
    kommune_id: uuid.UUID
    people: list[TrainingPerson] = field(default_factory=list)
    logs: dict[str, uuid.UUID] = field(default_factory=dict)  # log id by the child's full name


# --------------------------------------------------------------------------- the cast

# (key, first name, last name, position, unit, birth date, female, aktør, stafettholder)
_LEADERS: tuple[tuple[str, str, str, str, str, dt.date, bool], ...] = (
    ("berit", "Berit", "Holm", "Styrer", "solsikken", dt.date(1968, 2, 9), True),
    ("trond", "Trond", "Aasen", "Styrer", "tussilago", dt.date(1972, 10, 30), False),
    ("hilde", "Hilde", "Sandvik", "Rektor", "skole", dt.date(1969, 6, 14), True),
    ("marit", "Marit", "Eng", "Avdelingsleder", "helsestasjon", dt.date(1975, 1, 22), True),
    ("perolav", "Per Olav", "Rud", "Leder", "ppt", dt.date(1964, 11, 3), False),
    ("sigrid", "Sigrid", "Moen", "Barnevernleder", "barnevern", dt.date(1970, 8, 19), True),
)
_LEADER_OF = {unit: key for key, _, _, _, unit, _, _ in _LEADERS}

_STAFF: tuple[tuple[str, str, str, str, str, dt.date, bool, bool, bool], ...] = (
    ("kari", "Kari", "Nilsen", "Pedagogisk leder", "solsikken", dt.date(1983, 5, 12), True, True, True),
    ("mari", "Mari", "Olsen", "Barnehagelærer", "solsikken", dt.date(1990, 9, 3), True, True, True),
    ("ahmed", "Ahmed", "Karimi", "Assistent", "solsikken", dt.date(1994, 3, 27), False, True, False),
    ("silje", "Silje", "Brekke", "Pedagogisk leder", "tussilago", dt.date(1986, 12, 1), True, True, True),
    ("lars", "Lars", "Bakken", "Kontaktlærer", "skole", dt.date(1979, 7, 8), False, True, True),
    ("tone", "Tone", "Helgesen", "Kontaktlærer", "skole", dt.date(1988, 4, 16), True, True, True),
    ("nina", "Nina", "Sæle", "Lærerassistent", "skole", dt.date(1996, 10, 21), True, True, False),
    ("hanne", "Hanne", "Lie", "Helsesykepleier", "helsestasjon", dt.date(1981, 2, 2), True, True, True),
    (
        "eva",
        "Eva",
        "Nordli",
        "Helsesykepleier i skolehelsetjenesten",
        "helsestasjon",
        dt.date(1985, 8, 30),
        True,
        True,
        True,
    ),
    ("ingrid", "Ingrid", "Sørli", "Fysioterapeut", "helsestasjon", dt.date(1987, 1, 13), True, False, False),
    ("kristin", "Kristin", "Aune", "Pedagogisk-psykologisk rådgiver", "ppt", dt.date(1977, 6, 5), True, True, False),
    ("ole", "Ole", "Hagen", "Barnevernskonsulent", "barnevern", dt.date(1982, 11, 11), False, True, False),
)

_SERVICES: tuple[tuple[str, str], ...] = (
    ("barnehage", "Barnehage"),
    ("skole", "Skole"),
    ("helsestasjon", "Helsestasjon"),
    ("ppt", "PPT"),
    ("barnevern", "Barnevern"),
)
_UNITS: tuple[tuple[str, str, str], ...] = (
    ("solsikken", "Solsikken barnehage", "barnehage"),
    ("tussilago", "Tussilago barnehage", "barnehage"),
    ("skole", "Øvingsvik skole", "skole"),
    ("helsestasjon", "Øvingsvik helsestasjon", "helsestasjon"),
    ("ppt", "PPT Øvingsvik", "ppt"),
    ("barnevern", "Barneverntjenesten", "barnevern"),
)


@dataclass(frozen=True)
class _Guardian:
    role: str  # the key suffix: "mor", "far", "stemor"...
    fornavn: str
    etternavn: str
    female: bool
    foreldreansvar: bool = True


@dataclass(frozen=True)
class _Child:
    key: str
    fornavn: str
    etternavn: str
    years: int  # age at ``now``: years and days
    days: int
    female: bool
    guardians: tuple[_Guardian, ...]
    street: str

    @property
    def navn(self) -> str:
        return f"{self.fornavn} {self.etternavn}"


def _family(
    key: str, fornavn: str, etternavn: str, years: int, days: int, female: bool, street: str, *guardians: _Guardian
) -> _Child:
    return _Child(key, fornavn, etternavn, years, days, female, guardians, street)


def _mor(fornavn: str, etternavn: str) -> _Guardian:
    return _Guardian("mor", fornavn, etternavn, True)


def _far(fornavn: str, etternavn: str) -> _Guardian:
    return _Guardian("far", fornavn, etternavn, False)


ELLA_F = _family(
    "ellaf", "Ella", "Fjellstad", 4, 100, True, "Fiolveien 3", _mor("Mona", "Fjellstad"), _far("Per", "Fjellstad")
)
NOAH = _family("noah", "Noah", "Berge", 5, 30, False, "Bjørkelia 12", _mor("Camilla", "Berge"), _far("Anders", "Berge"))
EMIL = _family(
    "emil",
    "Emil",
    "Haugen",
    2,
    300,
    False,
    "Strandgata 7",
    _mor("Linn", "Haugen"),
    _Guardian("mor2", "Ragnhild", "Haugen", True),
)
SARA = _family(
    "sara", "Sara", "Lindqvist", 4, 200, True, "Kløverstien 5", _mor("Elin", "Lindqvist"), _far("Markus", "Lindqvist")
)
JONAS = _family(
    "jonas", "Jonas", "Strand", 5, 250, False, "Måkeveien 9", _mor("Hege", "Strand"), _far("Rune", "Strand")
)
TORI = _family("tori", "Tori", "Testa", 5, 300, True, "Furuholtet 2", _mor("Tina", "Testa"), _far("Tor", "Testa"))
LINA = _family("lina", "Lina", "Aas", 3, 200, True, "Lyngveien 14", _mor("Karianne", "Aas"), _far("Stian", "Aas"))
OSKAR = _family("oskar", "Oskar", "Dahl", 4, 50, False, "Heggeveien 21", _mor("Marte", "Dahl"), _far("Kjetil", "Dahl"))
ELLA_N = _family(
    "ellan",
    "Ella",
    "Nordby",
    10,
    100,
    True,
    "Skolegata 4",
    _mor("Hanna", "Nordby"),
    _far("Jørgen", "Nordby"),
    _Guardian("stemor", "Siri", "Dal", True, foreldreansvar=False),
)
AKSEL = _family("aksel", "Aksel", "Myhre", 6, 300, False, "Granlia 8", _mor("Ingvild", "Myhre"), _far("Ola", "Myhre"))
FILIP = _family(
    "filip", "Filip", "Hansen", 10, 200, False, "Elvebakken 16", _mor("Anita", "Hansen"), _far("Roger", "Hansen")
)
MAJA = _family("maja", "Maja", "Eide", 7, 50, True, "Tunveien 1", _mor("Kristine", "Eide"))
SANDER = _family(
    "sander", "Sander", "Lunde", 8, 10, False, "Solbakken 6", _mor("Vibeke", "Lunde"), _far("Espen", "Lunde")
)
JAKOB = _family("jakob", "Jakob", "Wold", 10, 300, False, "Nyveien 30", _mor("Trine", "Wold"), _far("Geir", "Wold"))
OLIVIA = _family("olivia", "Olivia", "Ruud", 1, 20, True, "Havnegata 11", _mor("Julie", "Ruud"), _far("Martin", "Ruud"))
WILLIAM = _family(
    "william", "William", "Nes", 3, 100, False, "Lerkeveien 2", _mor("Sofie", "Nes"), _far("Daniel", "Nes")
)
HENRIK = _family(
    "henrik", "Henrik", "Foss", 1, 300, False, "Bekkeveien 5", _mor("Maria", "Foss"), _far("Kristoffer", "Foss")
)
EMMA = _family("emma", "Emma", "Sæther", 2, 60, True, "Torget 3", _mor("Nora", "Sæther"), _far("Eirik", "Sæther"))
IDA = _family("ida", "Ida", "Solberg", 16, 60, True, "Utsikten 10", _mor("Gro", "Solberg"), _far("Knut", "Solberg"))
THEO = _family(
    "theo", "Theo", "Berntsen", 0, 200, False, "Parkveien 19", _mor("Amalie", "Berntsen"), _far("Sindre", "Berntsen")
)


def _ascii(name: str) -> str:
    folded = name.lower().replace("æ", "ae").replace("ø", "o").replace("å", "aa").replace("é", "e")
    return ".".join(folded.split())


# --------------------------------------------------------------------------- a tiny PDF


def _pdf_escape(s: str) -> str:
    out = []
    for ch in s:
        if ch in "\\()":
            out.append("\\" + ch)
        elif ord(ch) < 128:
            out.append(ch)
        else:
            out.append(f"\\{ch.encode('cp1252')[0]:03o}")  # WinAnsiEncoding, so æøå show
    return "".join(out)


def tiny_pdf(title: str, lines: list[str]) -> bytes:
    """A small valid one-page PDF with a title and some lines of text (Helvetica)."""
    text = [f"BT /F1 18 Tf 56 770 Td ({_pdf_escape(title)}) Tj /F1 12 Tf"]
    for i, line in enumerate(lines):
        text.append(f"0 {-30 if i == 0 else -18} Td ({_pdf_escape(line)}) Tj")
    text.append("ET")
    stream = "\n".join(text).encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode("ascii") + b" >>\nstream\n" + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode("ascii") + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n".encode("ascii")
    out += b"0000000000 65535 f \n"
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode("ascii")
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode("ascii")
    return bytes(out)


# --------------------------------------------------------------------------- the builder


def _created(changes: Changes) -> uuid.UUID:
    if changes.created is None:  # pragma: no cover - every use case called here creates something
        raise RuntimeError("the use case created nothing")
    return changes.created


class _Builder:
    """Holds the cast and the clock, and wraps the use cases in the story's own words."""

    def __init__(self, session: Session, *, device: str, now: dt.datetime, seed: int) -> None:
        self.session = session
        self.device = device
        self.now = now
        self.rng = random.Random(seed)
        local_now = now.astimezone(OSLO)
        first = local_now.date() - dt.timedelta(days=HISTORY_DAYS)
        self.start = first - dt.timedelta(days=first.weekday())  # a Monday
        self.clock = MovableClock(self.at(0, 0, 7))
        self.staff: dict[str, Ansatt] = {}
        self.family: dict[str, Foresatt | Barn] = {}
        self.enheter: dict[str, Enhet] = {}
        self.logs: dict[str, uuid.UUID] = {}
        self.kommune_id: uuid.UUID | None = None

    # ----------------------------------------------------------------- time

    def at(self, week: int, day: int = 0, hour: int = 9, minute: int = 0) -> dt.datetime:
        """A moment of the story: week from the start, day of week (0 = Monday), local time."""
        date = self.start + dt.timedelta(weeks=week, days=day)
        return dt.datetime.combine(date, dt.time(hour, minute), tzinfo=OSLO).astimezone(dt.UTC)

    def review_day(self, offset: int) -> dt.date:
        """A weekday about two weeks after ``now`` (plus ``offset`` days): the next evaluation of a log."""
        day = self.now.astimezone(OSLO).date() + dt.timedelta(days=14 + offset)
        while day.weekday() >= 5:
            day += dt.timedelta(days=1)
        return day

    def on(self, day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
        return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=OSLO).astimezone(dt.UTC)

    def today(self) -> dt.date:
        return self.clock().astimezone(OSLO).date()

    def days(self, n: int) -> dt.date:
        return self.today() + dt.timedelta(days=n)

    # ----------------------------------------------------------------- people

    def ctx(self, who: str) -> Context:
        """A new context for ``who`` on the shared session (it registers itself for the outbox)."""
        person: Ansatt | Foresatt | Barn = self.staff[who] if who in self.staff else self.family[who]
        return Context(self.session, person, device=self.device, clock=self.clock)

    def fnr(self, born: dt.date, female: bool) -> str:
        return fodselsnummer.make_synthetic(born, self.rng, female=female)

    def born(self, child: _Child) -> dt.date:
        return self.now.astimezone(OSLO).date() - dt.timedelta(days=child.years * 365 + child.years // 4 + child.days)

    def organise(self) -> None:
        kommune, admin = organisation.bootstrap_kommune(
            self.session,
            navn=TRAINING_KOMMUNE_NAVN,
            nummer=TRAINING_KOMMUNE_NUMMER,
            admin_fornavn="Astrid",
            admin_etternavn="Kvam",
            admin_fodselsnummer=self.fnr(dt.date(1971, 4, 18), True),
            device=self.device,
            clock=self.clock,
        )
        self.kommune_id = kommune.id
        self.staff["astrid"] = admin
        organisation.update_ansatt(self.ctx("astrid"), admin.id, epost="astrid.kvam@ovingsvik.example.test")
        self.clock.move_to(self.at(0, 0, 7, 10))
        tjenester = {key: organisation.create_tjeneste(self.ctx("astrid"), navn) for key, navn in _SERVICES}
        for key, navn, tjeneste in _UNITS:
            self.enheter[key] = organisation.create_enhet(self.ctx("astrid"), navn, tjenester[tjeneste].id)
        self.clock.move_to(self.at(0, 0, 7, 30))
        for key, fornavn, etternavn, stilling, unit, born, female in _LEADERS:
            self.staff[key] = organisation.add_ansatt(
                self.ctx("astrid"),
                enhet_id=self.enheter[unit].id,
                fornavn=fornavn,
                etternavn=etternavn,
                fodselsnummer_=self.fnr(born, female),
                stilling=stilling,
                epost=f"{_ascii(fornavn)}.{_ascii(etternavn)}@ovingsvik.example.test",
                er_leder=True,
            )
        self.staff["erik"] = organisation.add_ansatt(
            self.ctx("astrid"),
            enhet_id=None,
            fornavn="Erik",
            etternavn="Brenna",
            fodselsnummer_=self.fnr(dt.date(1966, 9, 25), False),
            stilling="Fastlege ved Øvingsvik legesenter",
            epost="erik.brenna@legesenter.example.test",
        )
        self.clock.move_to(self.at(0, 0, 8))
        # «Leder legger inn egne ansatte»: each leader adds the unit's own employees.
        for key, fornavn, etternavn, stilling, unit, born, female, aktor, holder in _STAFF:
            self.staff[key] = organisation.add_ansatt(
                self.ctx(_LEADER_OF[unit]),
                enhet_id=self.enheter[unit].id,
                fornavn=fornavn,
                etternavn=etternavn,
                fodselsnummer_=self.fnr(born, female),
                stilling=stilling,
                epost=f"{_ascii(fornavn)}.{_ascii(etternavn)}@ovingsvik.example.test",
                er_aktor=aktor,
                er_stafettholder=holder,
            )

    # ----------------------------------------------------------------- the log's life

    def open_log(
        self,
        holder: str,
        child: _Child,
        *,
        bekymring: str,
        kjennetegn: str,
        opprettholdende: str,
        barnets_stemme: str,
        youth_consents: bool = False,
    ) -> uuid.UUID:
        """Child and guardians first, then the signed consent, then «Opprett ny logg»."""
        born = self.born(child)
        inputs = [
            ForesattInput(
                fornavn=g.fornavn,
                etternavn=g.etternavn,
                relasjon=g.role.rstrip("0123456789"),
                foreldreansvar=g.foreldreansvar,
                fodselsnummer=self.fnr(born - dt.timedelta(days=365 * 29 + 173 * i), g.female),
                epost=f"{_ascii(g.fornavn)}.{_ascii(g.etternavn)}@example.test",
                adresse=f"{child.street}, {TRAINING_KOMMUNE_NAVN.split()[0]}",
            )
            for i, g in enumerate(child.guardians)
        ]
        barn_id = _created(
            logs.register_barn(
                self.ctx(holder),
                fornavn=child.fornavn,
                etternavn=child.etternavn,
                fodselsnummer_=self.fnr(born, child.female),
                foresatte=inputs,
            )
        )
        barn = self.session.get(Barn, barn_id)
        assert barn is not None
        self.family[child.key] = barn
        for g, foresatt in zip(child.guardians, barn.foresatte, strict=True):
            self.family[f"{child.key}.{g.role}"] = foresatt
        samtykke = self.consent(holder, child.key, opprette_logg=True, utveksle_opplysninger=True, youth=youth_consents)
        logg = _created(logs.create_stafettlogg(self.ctx(holder), barn_id=barn.id, samtykke_id=samtykke))
        logs.update_startside(
            self.ctx(holder),
            logg,
            bekymring=bekymring,
            kjennetegn=kjennetegn,
            opprettholdende=opprettholdende,
            barnets_stemme=barnets_stemme,
        )
        self.logs[child.key] = logg
        return logg

    def consent(
        self,
        holder: str,
        child_key: str,
        *,
        logg: uuid.UUID | None = None,
        opprette_logg: bool = False,
        utveksle_opplysninger: bool = False,
        overfore_enhet: bool = False,
        lesetilgang_for: tuple[str, ...] = (),
        youth: bool = False,
    ) -> uuid.UUID:
        """A consent form signed today by everyone with foreldreansvar (and the youth, from 15)."""
        barn = self.family[child_key]
        assert isinstance(barn, Barn)
        return _created(
            logs.register_samtykke(
                self.ctx(holder),
                barn_id=barn.id,
                signert_dato=self.today(),
                opprette_logg=opprette_logg,
                utveksle_opplysninger=utveksle_opplysninger,
                overfore_enhet=overfore_enhet,
                lesetilgang_for=[self.staff[k].id for k in lesetilgang_for],
                gitt_av_foresatte=[f.id for f in barn.foresatte if f.foreldreansvar],
                gitt_av_barnet=youth,
                logg_id=logg,
            )
        )

    def level(self, holder: str, logg: uuid.UUID, niva: int) -> None:
        logs.change_niva(self.ctx(holder), logg, niva)

    # ----------------------------------------------------------------- content

    def concern(self, holder: str, logg: uuid.UUID, tekst: str, kjennetegn: str) -> uuid.UUID:
        return _created(content.add_oppmerksomhet(self.ctx(holder), logg, tekst, kjennetegn))

    def goal(self, holder: str, oppmerksomhet: uuid.UUID, a: str, b: str = "", c: str = "") -> None:
        complete = bool(b and c)
        content.set_mal(
            self.ctx(holder),
            oppmerksomhet,
            del_a=a,
            del_b=b,
            del_c=c,
            sjekk_malbart=complete,
            sjekk_akseptert=complete,
            sjekk_realistisk=complete,
            sjekk_tidsperiode=complete,
            sjekk_forstaelig=complete,
        )

    def measure(
        self,
        who: str,
        oppmerksomhet: uuid.UUID,
        tekst: str,
        arena: Arena,
        *,
        ansvarlig: str | None = None,
        days: int = 42,
        after: int = 0,
        evaluate_on: dt.date | None = None,
        neste: bool = False,
        faktor: uuid.UUID | None = None,
    ) -> uuid.UUID:
        """A tiltak from ``after`` days on, evaluated ``days`` later (or on ``evaluate_on``)."""
        fra = self.days(after)
        evaluering = evaluate_on or fra + dt.timedelta(days=days)
        return _created(
            content.add_tiltak(
                self.ctx(who),
                oppmerksomhet,
                tekst=tekst,
                arena=arena,
                ansvarlig_id=self.staff[ansvarlig].id if ansvarlig else None,
                fra_dato=fra,
                til_dato=evaluering,
                evalueringsdato=evaluering,
                neste_trinn=neste,
                faktor_id=faktor,
            )
        )

    def ladder(self, who: str, oppmerksomhet: uuid.UUID, arena: Arena, steps: list[str], days: int) -> list[uuid.UUID]:
        """A tiltakstrapp: the first step active, the later ones planned one after the other."""
        return [
            self.measure(who, oppmerksomhet, step, arena, days=days, after=i * days, neste=i > 0)
            for i, step in enumerate(steps)
        ]

    def evaluate(
        self,
        who: str,
        tiltak: uuid.UUID,
        *,
        nadd: bool | None,
        beslutning: Beslutning,
        familie: str = "",
        kommentar: str = "",
        mote: uuid.UUID | None = None,
        again_in: int | None = None,
        again_on: dt.date | None = None,
        riktig: str | None = None,
    ) -> uuid.UUID | None:
        """Evaluate once; returns the tiltak that carries on (a continuation or a correction), if any."""
        content.evaluate_tiltak(
            self.ctx(who),
            tiltak,
            mal_nadd=nadd,
            beslutning=beslutning,
            familiens_vurdering=familie,
            kommentar=kommentar,
            mote_id=mote,
            ny_evalueringsdato=again_on or (self.days(again_in) if again_in is not None else None),
            riktig_ansvarlig_id=self.staff[riktig].id if riktig else None,
        )
        return self.session.scalar(select(Tiltak.id).where(Tiltak.erstatter_id == tiltak))

    def glimpse(self, who: str, logg: uuid.UUID, tekst: str, oppmerksomhet: uuid.UUID | None = None) -> None:
        content.post_lysglimt(self.ctx(who), logg, tekst, oppmerksomhet_id=oppmerksomhet)

    def note(
        self, who: str, logg: uuid.UUID, tekst: str, *, internt: bool = False, pdf: tuple[str, bytes] | None = None
    ) -> None:
        content.add_notat(self.ctx(who), logg, tekst, internt=internt, vedlegg=[pdf] if pdf else None)

    def meeting(
        self, holder: str, logg: uuid.UUID, when: dt.datetime, sted: str, agenda: list[str], deltakere: list[str]
    ) -> uuid.UUID:
        dagsorden = "\n".join(f"{i}. {item}" for i, item in enumerate(agenda, start=1))
        return _created(
            content.call_mote(
                self.ctx(holder), logg, tidspunkt=when, sted=sted, dagsorden=dagsorden, deltakere=deltakere
            )
        )

    def minutes(self, holder: str, mote: uuid.UUID, referat: str) -> None:
        content.update_mote(self.ctx(holder), mote, referat=referat)

    def factor(
        self,
        holder: str,
        oppmerksomhet: uuid.UUID,
        omrade: FaktorOmrade,
        tekst: str,
        sted: FaktorSted | None,
        prioritet: int,
        x: float,
        y: float,
    ) -> uuid.UUID:
        return _created(
            diagram.add_faktor(
                self.ctx(holder), oppmerksomhet, omrade=omrade, tekst=tekst, x=x, y=y, prioritet=prioritet, sted=sted
            )
        )

    def link(self, holder: str, oppmerksomhet: uuid.UUID, fra: uuid.UUID, til: uuid.UUID | None = None) -> None:
        diagram.add_kobling(self.ctx(holder), oppmerksomhet, fra, til)

    # ----------------------------------------------------------------- running the stories

    def run(self, stories: list[Story]) -> None:
        """Interleave the stories on one timeline: always run the step that comes first."""
        queue: list[tuple[dt.datetime, int, Story]] = []
        for i, story in enumerate(stories):
            first = next(story, None)
            if first is not None:
                heapq.heappush(queue, (first, i, story))
        while queue:
            when, i, story = heapq.heappop(queue)
            self.clock.move_to(when)
            following = next(story, None)
            if following is not None:
                if following < when:
                    raise ValueError(f"story {i} goes back in time ({following} < {when})")
                heapq.heappush(queue, (following, i, story))
        self.session.flush()


# --------------------------------------------------------------------------- the stories


def _ella_fjellstad(b: _Builder) -> Story:
    """The guide's kindergarten example: Ella's meals (mål A, A+B, A+B+C), with a factor diagram."""
    due = b.review_day(0)
    yield b.at(0, 1, 9)
    logg = b.open_log(
        "kari",
        ELLA_F,
        bekymring="Ella spiser lite i barnehagen. Hun venter på at en voksen skal mate henne, "
        "og hun er ofte sulten før middag.",
        kjennetegn="Ella spiser selv og blir mett, både i barnehagen og hjemme.",
        opprettholdende="Ella er vant til at voksne mater henne. Lunsjen på avdelingen er travel, "
        "og de voksne har lite tid til hvert barn.",
        barnets_stemme="Ella sier: «Jeg vil spise selv, men skjeen er vanskelig.»",
    )
    people = ["Kari Nilsen, pedagogisk leder", "Ahmed Karimi, assistent", "Mona Fjellstad, mor", "Per Fjellstad, far"]
    room = "Solsikken barnehage, møterommet"
    yield b.at(0, 1, 9, 30)
    first = b.meeting(
        "kari",
        logg,
        b.at(1, 2, 14),
        room,
        [
            "Velkommen, og hvem som gjør hva i stafettloggen.",
            "Hva Ella, mor og far forteller om måltidene.",
            "Oppmerksomhet og mål.",
            "Hva holder utfordringen ved like? Vi bruker verktøyet «Å utvikle gode tiltak».",
            "Tiltak i barnehagen, hjemme og for Ella.",
            "Dato for neste møte.",
        ],
        people,
    )
    yield b.at(1, 2, 14, 5)
    mat = b.concern(
        "kari",
        logg,
        "Ella venter på at en voksen skal mate henne, og hun spiser lite ved måltidene.",
        "Ella spiser selv og blir mett ved to måltider hver dag.",
    )
    # The guide's «Utforming av delmål», step by step: A, then A+B, then A+B+C.
    b.goal("kari", mat, "Ella øver på å spise selv")
    yield b.at(1, 2, 14, 12)
    b.goal("kari", mat, "Ella øver på å spise", "to måltider per dag selv")
    yield b.at(1, 2, 14, 20)
    b.goal(
        "kari",
        mat,
        "Ella øver på å spise",
        "to måltider per dag selv,",
        "og foreldrene følger opp og bistår slik at hun klarer det.",
    )
    yield b.at(1, 2, 14, 30)
    struktur = b.factor(
        "kari",
        mat,
        FaktorOmrade.STRUKTUR,
        "Lunsjen på avdelingen er travel, og de voksne har lite tid til hvert barn.",
        FaktorSted.TJENESTE,
        1,
        -280,
        -150,
    )
    hjemme = b.factor(
        "kari",
        mat,
        FaktorOmrade.SAMARBEID_HJEM,
        "Hjemme mater mor og far Ella for at måltidet skal gå fortere.",
        FaktorSted.HJEM,
        1,
        -280,
        130,
    )
    strategi = b.factor(
        "kari",
        mat,
        FaktorOmrade.MESTRINGSSTRATEGIER,
        "Ella venter med å spise til en voksen hjelper henne.",
        FaktorSted.BARNET,
        2,
        280,
        -120,
    )
    skjeen = b.factor(
        "kari",
        mat,
        FaktorOmrade.FORUTSETNINGER,
        "Ella synes det er vanskelig å holde skjeen stødig.",
        FaktorSted.BARNET,
        3,
        280,
        150,
    )
    stemme = b.factor(
        "kari",
        mat,
        FaktorOmrade.BARNETS_STEMME,
        "Ella sier at hun vil spise selv, men at skjeen er vanskelig.",
        None,
        0,
        0,
        260,
    )
    for faktor in (struktur, hjemme, strategi, stemme):
        b.link("kari", mat, faktor)
    b.link("kari", mat, skjeen, strategi)
    yield b.at(1, 2, 14, 45)
    kari_mat = b.measure(
        "kari", mat, "Ella spiser selv i barnehagen.", TJENESTE, ansvarlig="kari", days=91, faktor=struktur
    )
    ahmed_mat = b.measure("kari", mat, "Ella får hjelp og støtte av assistent ved behov.", TJENESTE, ansvarlig="ahmed")
    # Mor and far shape the home tiltak themselves: two steps, one after the other.
    sammen = b.measure("ellaf.mor", mat, "Foresatte sitter sammen med Ella når hun spiser.", HJEM, days=35)
    trening = b.measure(
        "ellaf.far",
        mat,
        "Ella har fast trening i å spise selv til faste måltider.",
        HJEM,
        after=35,
        evaluate_on=due,
        neste=True,
    )
    b.measure(
        "kari",
        mat,
        "Ella tar imot hjelp fra foresatte ved behov.",
        BARN,
        evaluate_on=due,
        faktor=strategi,
    )
    diagram.link_tiltak(b.ctx("kari"), sammen, hjemme)
    yield b.at(1, 2, 15, 10)
    klaer = b.concern(
        "kari",
        logg,
        "Ella ber en voksen om hjelp hver gang hun skal ta på seg yttertøy.",
        "Ella tar på seg lue, votter og jakke selv før utetid.",
    )
    b.goal(
        "kari",
        klaer,
        "Ella tar på seg yttertøy selv",
        "i garderoben før utetid hver dag",
        "og ber om hjelp bare med glidelåsen.",
    )
    ahmed_klaer = b.measure(
        "kari",
        klaer,
        "Ahmed Karimi legger fram yttertøyet til Ella i fast rekkefølge på benken før utetid.",
        TJENESTE,
        ansvarlig="ahmed",
        days=84,
    )
    hjem_klaer = b.measure(
        "kari",
        klaer,
        "Mor og far lar Ella kle på seg selv om morgenen, og de hjelper bare med glidelåsen.",
        HJEM,
        days=84,
    )
    barn_klaer = b.measure(
        "kari", klaer, "Ella kler på seg i samme rekkefølge hver dag: bukse, jakke, lue og votter.", BARN, days=84
    )
    yield b.at(1, 2, 15, 40)
    b.minutes(
        "kari",
        first,
        "Mor, far og barnehagen er enige om to oppmerksomheter: måltidene og påkledningen. "
        "Ella var med de første ti minuttene og viste hvordan hun holder skjeen. "
        "Mor og far skrev selv tiltakene i hjemmet. Neste møte er om fem uker.",
    )
    yield b.at(2, 5, 18)
    b.glimpse("ellaf.mor", logg, "Ella spiste hele middagen selv i dag. Hun ville vise far den tomme tallerkenen.", mat)
    yield b.at(3, 0, 10)
    samtykke = b.consent("kari", "ellaf", logg=logg, lesetilgang_for=("ingrid",))
    access.grant_lesetilgang(
        b.ctx("kari"), logg, b.staff["ingrid"].id, samtykke_id=samtykke, hele_loggen=False, oppmerksomheter=[mat]
    )
    b.note(
        "kari",
        logg,
        "Mor og far har samtykket til at fysioterapeut Ingrid Sørli kan lese oppmerksomheten om måltidene. "
        "Ingrid gir råd om hvordan Ella kan holde skjeen.",
    )
    yield b.at(4, 3, 12, 30)
    b.glimpse(
        "ahmed",
        logg,
        "Ella åpnet matboksen selv og spiste to brødskiver uten hjelp. Hun sa: «Se, jeg klarte det!»",
        mat,
    )
    yield b.at(5, 0, 13)
    pdf = tiny_pdf(
        "Ella spiser selv",
        [
            "Bildeserie fra lunsjen i Solsikken barnehage.",
            "Bilde 1: Ella holder skjeen med tykt skaft.",
            "Bilde 2: Ella smører brødskiva selv.",
            "Bilde 3: Ella viser den tomme tallerkenen.",
        ],
    )
    b.note(
        "kari",
        logg,
        "Bildeserie fra lunsjen: Ella smører brødskiva og spiser selv. "
        "Mor og far har sagt ja til at bildene ligger i loggen.",
        pdf=("ella-spiser-selv.pdf", pdf),
    )
    second = b.meeting(
        "kari",
        logg,
        b.at(6, 2, 14),
        room,
        [
            "Lysglimt siden sist.",
            "Evaluering av tiltakene.",
            "Neste trinn i tiltakstrappen hjemme.",
            "Dato for neste møte.",
        ],
        people,
    )
    yield b.at(6, 2, 14, 10)
    b.evaluate(
        "kari",
        sammen,
        nadd=True,
        beslutning=Beslutning.AVSLUTTE,
        familie="Mor og far ser at Ella spiser mer når de sitter sammen med henne. "
        "Ella sier at hun liker å spise sammen med mamma.",
        kommentar="Neste trinn i tiltakstrappen starter nå: fast trening til faste måltider.",
        mote=second,
    )
    ahmed_mat2 = b.evaluate(
        "kari",
        ahmed_mat,
        nadd=False,
        beslutning=Beslutning.FORTSETTE,
        familie="Mor og far ønsker at Ahmed Karimi fortsetter å hjelpe Ella ved lunsjen.",
        kommentar="Ella spiser selv ved frokosten, men hun trenger fortsatt hjelp ved lunsjen.",
        mote=second,
        again_in=70,
    )
    content.update_tiltak_period(b.ctx("kari"), trening, fra_dato=b.today(), til_dato=due, evalueringsdato=due)
    b.minutes(
        "kari",
        second,
        "Ella spiser mer, og hun spiser selv ved frokosten. Mor og far begynner med fast trening til faste måltider. "
        "Ahmed Karimi hjelper Ella ved lunsjen i ti uker til.",
    )
    yield b.at(9, 6, 17)
    b.glimpse(
        "ellaf.far",
        logg,
        "Ella hjalp til med å lage pannekaker og spiste tre pannekaker selv. Hun sa: «Jeg er flink med gaffelen nå.»",
        mat,
    )
    yield b.at(12, 1, 11)
    b.glimpse(
        "kari",
        logg,
        "Ella fortalte de andre barna ved bordet at hun spiser selv nå. Hun hjalp Selma med å åpne matboksen.",
        mat,
    )
    yield b.at(13, 0, 9)
    third = b.meeting(
        "kari",
        logg,
        b.at(14, 2, 14),
        room,
        ["Lysglimt siden sist.", "Evaluering av tiltakene for måltidene og påkledningen.", "Dato for neste møte."],
        people,
    )
    yield b.at(14, 2, 14, 10)
    b.evaluate(
        "kari",
        kari_mat,
        nadd=True,
        beslutning=Beslutning.AVSLUTTE,
        familie="Ella sier at hun spiser selv i barnehagen. Mor og far er enige om at tiltaket har virket.",
        kommentar="Ella spiser selv ved lunsjen i barnehagen hver dag.",
        mote=third,
    )
    for tiltak in (ahmed_klaer, hjem_klaer, barn_klaer):
        b.evaluate(
            "kari",
            tiltak,
            nadd=True,
            beslutning=Beslutning.AVSLUTTE,
            familie="Ella kler på seg selv før utetid. Mor forteller at Ella gjør det samme hjemme.",
            kommentar="Målet er nådd. Ella ber bare om hjelp med glidelåsen.",
            mote=third,
        )
    b.minutes(
        "kari",
        third,
        "Målet for påkledningen er nådd. Ella spiser selv i barnehagen. "
        "Mor og far fortsetter den faste treningen hjemme, og Ella tar imot hjelp når hun trenger det.",
    )
    yield b.at(16, 4, 12)
    assert ahmed_mat2 is not None
    b.evaluate(
        "ahmed",
        ahmed_mat2,
        nadd=True,
        beslutning=Beslutning.AVSLUTTE,
        familie="Mor sier at Ella klarer lunsjen selv nå.",
        kommentar="Ella spiser to måltider selv i barnehagen hver dag. Hun trenger ikke hjelp ved lunsjen lenger.",
    )
    yield b.at(22, 3, 15)
    b.glimpse("ellaf.mor", logg, "Ella smurte matpakken sin selv i dag og spiste alt i barnehagen.", mat)
    yield b.at(31, 6, 13)
    b.glimpse(
        "ellaf.far", logg, "Ella spiste middag hos farmor og ba ikke om hjelp én eneste gang. Farmor ble så glad.", mat
    )
    yield b.at(41, 4, 10)
    b.meeting(
        "kari",
        logg,
        b.on(due, 14),
        room,
        [
            "Lysglimt siden sist.",
            "Evaluering av den faste treningen hjemme.",
            "Evaluering av tiltaket til Ella.",
            "Er målet nådd? Avslutter vi loggen, eller trenger Ella nye mål?",
        ],
        people,
    )


def _noah(b: _Builder) -> Story:
    """Nivå 2 with pedagogisk-psykologisk tjeneste, and a tiltak registered on the wrong actor."""
    due = b.review_day(1)
    yield b.at(6, 0, 9)
    logg = b.open_log(
        "kari",
        NOAH,
        bekymring="Noah dytter eller slår andre barn når han må vente, "
        "for eksempel i samlingsstunden og i køen til garderoben.",
        kjennetegn="Noah venter på tur uten å dytte eller slå.",
        opprettholdende="Noah får raskt oppmerksomhet fra de voksne når han dytter. Samlingsstunden er lang for Noah.",
        barnets_stemme="Noah sier: «Jeg blir sint når jeg aldri får være først.»",
    )
    people = ["Kari Nilsen, pedagogisk leder", "Camilla Berge, mor", "Anders Berge, far"]
    room = "Solsikken barnehage, møterommet"
    first = b.meeting(
        "kari",
        logg,
        b.at(7, 1, 14),
        room,
        ["Velkommen.", "Hva Noah, mor og far forteller.", "Oppmerksomhet, mål og tiltak.", "Dato for neste møte."],
        people,
    )
    yield b.at(7, 1, 14, 10)
    vente = b.concern(
        "kari",
        logg,
        "Noah dytter eller slår andre barn to til tre ganger hver dag når han må vente på tur.",
        "Noah venter på tur i samlingsstunden og ved lunsjen uten å dytte eller slå.",
    )
    b.goal(
        "kari",
        vente,
        "Noah venter på tur",
        "i samlingsstunden og ved lunsjen",
        "og sier «nå vil jeg» i stedet for å dytte.",
    )
    kari_t = b.measure(
        "kari",
        vente,
        "Kari Nilsen korter ned samlingsstunden til 15 minutter og gir Noah en fast oppgave der.",
        TJENESTE,
        ansvarlig="kari",
        days=63,
    )
    wrong = b.measure(
        "kari",
        vente,
        "En voksen tar med Noah og to andre barn i en liten lekegruppe hver formiddag. Barna øver på å vente på tur.",
        TJENESTE,
        ansvarlig="mari",
        days=63,
    )
    hjem = b.measure(
        "noah.mor",
        vente,
        "Mor og far spiller et brettspill med Noah tre kvelder i uken, der alle venter på tur.",
        HJEM,
        days=63,
    )
    b.measure(
        "kari",
        vente,
        "Noah holder den gule ballen mens han venter på tur, og han gir den videre når det er hans tur.",
        BARN,
        evaluate_on=due,
    )
    b.minutes(
        "kari",
        first,
        "Noah foreslo selv den gule ballen. Mor og far velger brettspill som Noah liker. Neste møte er om ni uker.",
    )
    yield b.at(7, 2, 10)
    # The guide: «Hvordan endre aktør på et tiltak?» — evaluate as feilregistrert, alternative 1.
    lekegruppe = b.evaluate(
        "kari",
        wrong,
        nadd=None,
        beslutning=Beslutning.FEILREGISTRERT,
        kommentar="Feil aktør. Ahmed Karimi har ansvaret for lekegruppen, ikke Mari Olsen.",
        riktig="ahmed",
    )
    yield b.at(10, 0, 9)
    b.level("kari", logg, 2)
    b.note(
        "kari",
        logg,
        "Mor og far har sagt ja til at pedagogisk-psykologisk tjeneste blir med i loggen. "
        "Kari Nilsen har hevet loggen til nivå 2.",
    )
    kristin_t = b.measure(
        "kari",
        vente,
        "Kristin Aune fra pedagogisk-psykologisk tjeneste observerer Noah i samlingsstunden "
        "hver torsdag i fire uker og gir personalet råd.",
        TJENESTE,
        ansvarlig="kristin",
        days=35,
    )
    yield b.at(11, 5, 19)
    b.glimpse(
        "noah.mor", logg, "Noah ventet på tur i hele spillet i kveld. Han lo og sa: «Nå er det din tur, mamma.»", vente
    )
    yield b.at(15, 0, 13)
    b.evaluate(
        "kristin",
        kristin_t,
        nadd=False,
        beslutning=Beslutning.AVSLUTTE,
        familie="Mor og far synes rådene er nyttige og bruker dem hjemme.",
        kommentar="Kristin Aune har observert Noah fire torsdager. Noah venter best når han har en oppgave. "
        "Kristin anbefaler at de voksne gir Noah en oppgave hver gang han må vente.",
    )
    b.glimpse("kristin", logg, "Noah ga den gule ballen videre til en venn uten at noen minnet ham på det.", vente)
    second = b.meeting(
        "kari",
        logg,
        b.at(16, 2, 14),
        room,
        ["Rådene fra pedagogisk-psykologisk tjeneste.", "Evaluering av tiltakene.", "Dato for neste møte."],
        [*people, "Kristin Aune, pedagogisk-psykologisk rådgiver"],
    )
    yield b.at(16, 2, 14, 15)
    b.evaluate(
        "kari",
        kari_t,
        nadd=False,
        beslutning=Beslutning.FORTSETTE,
        familie="Mor og far ser at Noah dytter sjeldnere. De vil at tiltaket fortsetter.",
        kommentar="Noah dytter én gang i uken nå, mot to til tre ganger hver dag før.",
        mote=second,
        again_on=due,
    )
    b.evaluate(
        "kari",
        hjem,
        nadd=False,
        beslutning=Beslutning.FORTSETTE,
        familie="Noah venter på tur hjemme. Mor og far fortsetter med brettspill tre kvelder i uken.",
        mote=second,
        again_on=due,
    )
    assert lekegruppe is not None
    b.evaluate(
        "kari",
        lekegruppe,
        nadd=False,
        beslutning=Beslutning.FORTSETTE,
        familie="Noah sier at han liker lekegruppen med Ahmed Karimi.",
        kommentar="Noah øver på å vente i lekegruppen hver formiddag. Lekegruppen fortsetter.",
        mote=second,
        again_on=due,
    )
    b.minutes(
        "kari",
        second,
        "Noah venter bedre på tur. Tiltakene i barnehagen og hjemme fortsetter i tolv uker. "
        "Ahmed Karimi fortsetter med lekegruppen.",
    )
    yield b.at(24, 1, 11)
    b.glimpse(
        "ahmed",
        logg,
        "Noah ventet på tur ved vasken og sa «nå vil jeg» i stedet for å dytte. Han fikk tommel opp av meg.",
        vente,
    )
    yield b.at(34, 3, 18)
    b.glimpse("noah.far", logg, "Noah lot lillesøster begynne i spillet i kveld. Han sa at hun er minst.", vente)


def _emil(b: _Builder) -> Story:
    """Started at the health station, then transferred to the kindergarten: an accepted transfer."""
    due = b.review_day(2)
    yield b.at(1, 3, 10)
    logg = b.open_log(
        "hanne",
        EMIL,
        bekymring="Emil sier få ord ved toårskontrollen. Han peker og roper når han vil ha noe.",
        kjennetegn="Emil bruker ord for å si hva han vil ha.",
        opprettholdende="Mødrene forstår Emil når han peker, så han trenger sjelden ord.",
        barnets_stemme="Emil er to år. Han ler og peker når voksne synger og leser for ham.",
    )
    yield b.at(1, 3, 10, 30)
    ord_ = b.concern(
        "hanne",
        logg,
        "Emil sier færre enn ti ord og peker når han vil ha noe.",
        "Emil sier minst 30 ord og bruker ord når han vil ha noe.",
    )
    b.goal(
        "hanne",
        ord_,
        "Emil bruker ord",
        "når han vil ha mat eller leker hjemme",
        "og mødrene venter på at han prøver å si ordet.",
    )
    hanne_ord = b.measure(
        "hanne",
        ord_,
        "Hanne Lie gir mødrene råd om språk og lek på helsestasjonen hver fjerde uke.",
        TJENESTE,
        ansvarlig="hanne",
        days=63,
    )
    b.measure(
        "emil.mor",
        ord_,
        "Mødrene leser bildebok med Emil hver kveld før leggetid.",
        HJEM,
        evaluate_on=due,
    )
    sovn = b.concern(
        "hanne",
        logg,
        "Emil våkner fire til fem ganger hver natt.",
        "Emil sover hele natten fem av sju netter.",
    )
    b.goal(
        "hanne",
        sovn,
        "Emil sover i egen seng",
        "fra klokken 19 til 06 hver natt",
        "og mødrene følger en fast leggerutine.",
    )
    hanne_sovn = b.measure(
        "hanne",
        sovn,
        "Hanne Lie lager en leggeplan sammen med mødrene og ringer dem hver fredag i fire uker.",
        TJENESTE,
        ansvarlig="hanne",
        days=42,
    )
    hjem_sovn = b.measure(
        "emil.mor2",
        sovn,
        "Mødrene følger leggeplanen hver kveld: bad, bok, sang og lyset av klokken 19.",
        HJEM,
        days=42,
    )
    yield b.at(5, 1, 7, 30)
    b.glimpse("emil.mor", logg, "Emil sa «melk» ved frokosten i dag. Vi jublet alle sammen.", ord_)
    yield b.at(7, 3, 10)
    for tiltak in (hanne_sovn, hjem_sovn):
        b.evaluate(
            "hanne",
            tiltak,
            nadd=True,
            beslutning=Beslutning.AVSLUTTE,
            familie="Mødrene forteller at Emil sover hele natten de fleste netter.",
            kommentar="Målet er nådd. Emil sover hele natten seks av sju netter.",
        )
    yield b.at(9, 0, 9)
    mote = b.meeting(
        "hanne",
        logg,
        b.at(10, 3, 13),
        "Øvingsvik helsestasjon, samtalerom 2",
        ["Evaluering av tiltaket om språk.", "Emil begynner i barnehagen.", "Overføring av loggen til barnehagen."],
        ["Hanne Lie, helsesykepleier", "Linn Haugen, mor", "Ragnhild Haugen, mor", "Kari Nilsen, pedagogisk leder"],
    )
    yield b.at(10, 3, 13, 15)
    b.evaluate(
        "hanne",
        hanne_ord,
        nadd=False,
        beslutning=Beslutning.AVSLUTTE,
        familie="Mødrene ønsker at barnehagen følger opp språket videre.",
        kommentar="Emil sier flere ord nå. Barnehagen overtar arbeidet med språket når Emil begynner der.",
        mote=mote,
    )
    samtykke = b.consent("hanne", "emil", logg=logg, overfore_enhet=True)
    transfer.request_transfer(
        b.ctx("hanne"),
        logg,
        type=OverforingType.ANNEN_ENHET,
        grunn="Emil begynner i Solsikken barnehage. "
        "Mødrene ønsker at pedagogisk leder Kari Nilsen blir ny stafettholder. "
        "Søvnen er ikke lenger en utfordring, så den oppmerksomheten følger ikke med.",
        oppmerksomheter=[ord_],
        til_ansatt_id=b.staff["kari"].id,
        samtykke_id=samtykke,
    )
    b.minutes(
        "hanne",
        mote,
        "Mødrene, Kari Nilsen og Hanne Lie er enige om at loggen følger Emil til Solsikken barnehage. "
        "Oppmerksomheten om språk følger med.",
    )
    yield b.at(11, 0, 8, 30)
    pending = transfer.pending_transfer(b.ctx("kari"), logg)
    assert pending is not None
    transfer.accept_transfer(b.ctx("kari"), pending.id)
    yield b.at(11, 0, 9)
    kari_ord = b.measure(
        "kari",
        ord_,
        "Kari Nilsen leser bildebok med Emil og to andre barn hver dag etter lunsj.",
        TJENESTE,
        ansvarlig="kari",
        days=63,
    )
    yield b.at(14, 2, 11)
    b.glimpse("kari", logg, "Emil sa «mer» og «ball» i utetiden i dag. Han hentet ballen og ga den til en venn.", ord_)
    yield b.at(20, 2, 14)
    b.evaluate(
        "kari",
        kari_ord,
        nadd=False,
        beslutning=Beslutning.FORTSETTE,
        familie="Mødrene hører nye ord hver uke. De vil at lesestunden fortsetter.",
        kommentar="Emil sier rundt 20 ord. Målet er 30 ord.",
        again_on=due,
    )
    yield b.at(27, 5, 10)
    b.glimpse("emil.mor2", logg, "Emil sa «mamma, se, bil!» på tur i dag. Det var hans første setning.", ord_)


def _sara(b: _Builder) -> Story:
    """A log set passive while the family lives elsewhere for a while."""
    yield b.at(3, 2, 9)
    logg = b.open_log(
        "mari",
        SARA,
        bekymring="Sara leker alene i utetiden og sier lite til de andre barna.",
        kjennetegn="Sara leker sammen med andre barn i utetiden.",
        opprettholdende="Sara vet ikke hvordan hun kan bli med i en lek som er i gang. "
        "De voksne er lite med i leken ute.",
        barnets_stemme="Sara sier: «Jeg vil leke i sandkassa, men de andre vil ikke.»",
    )
    yield b.at(4, 1, 14)
    lek = b.concern(
        "mari",
        logg,
        "Sara står ved gjerdet og ser på når de andre barna leker i utetiden.",
        "Sara leker sammen med minst ett annet barn i utetiden hver dag.",
    )
    b.goal(
        "mari",
        lek,
        "Sara leker med et annet barn",
        "i utetiden minst tre dager i uken",
        "og Mari Olsen hjelper henne inn i leken.",
    )
    mari_t = b.measure(
        "mari",
        lek,
        "Mari Olsen starter en lek i sandkassa med Sara og ett annet barn hver dag klokken 10.",
        TJENESTE,
        ansvarlig="mari",
        days=56,
    )
    hjem_t = b.measure(
        "sara.far", lek, "Mor eller far inviterer en venn fra barnehagen hjem én ettermiddag hver uke.", HJEM, days=56
    )
    barn_t = b.measure("mari", lek, "Sara velger en leke hun vil ha med ut i sandkassa.", BARN, days=56)
    yield b.at(6, 3, 17)
    b.glimpse(
        "sara.far",
        logg,
        "Sara fortalte at hun og Selma bygde et sandslott. Hun ville at Selma skulle komme hjem til oss.",
        lek,
    )
    yield b.at(12, 1, 10)
    for tiltak in (mari_t, hjem_t, barn_t):
        b.evaluate(
            "mari",
            tiltak,
            nadd=False,
            beslutning=Beslutning.AVSLUTTE,
            familie="Mor og far vil ta opp tråden igjen når Sara er tilbake.",
            kommentar="Sara leker med andre to dager i uken. Sara flytter til besteforeldrene i tre måneder.",
        )
    b.note(
        "mari",
        logg,
        "Familien skal bo hos besteforeldrene i Bodø i tre måneder, og Sara går i barnehage der. "
        "Mor, far og Mari Olsen er enige om å sette loggen passiv.",
    )
    logs.set_passive(b.ctx("mari"), logg)


def _jonas(b: _Builder) -> Story:
    """The guide's first real example: the anxious school starter and a three-step tiltakstrapp."""
    due = b.review_day(0)
    yield b.at(36, 0, 9)
    logg = b.open_log(
        "silje",
        JONAS,
        bekymring="Jonas gråter og holder fast i mor eller far når han skal gå inn på avdelingen om morgenen. "
        "Han begynner på skolen neste år.",
        kjennetegn="Jonas tør å være i barnehagen uten foreldre.",
        opprettholdende="Mor og far blir lenge i garderoben for å trøste Jonas. "
        "Jonas tror at mor eller far kanskje ikke kommer tilbake.",
        barnets_stemme="Jonas sier: «Jeg vil gå inn selv når jeg er seks år.»",
    )
    people = ["Silje Brekke, pedagogisk leder", "Hege Strand, mor", "Rune Strand, far", "Jonas, de første ti minuttene"]
    yield b.at(36, 1, 8, 30)
    mote = b.meeting(
        "silje",
        logg,
        b.at(37, 1, 14),
        "Tussilago barnehage, personalrommet",
        [
            "Velkommen.",
            "Jonas forteller om morgenene.",
            "Hva holder utfordringen ved like? Vi bruker verktøyet «Å utvikle gode tiltak».",
            "Tiltakstrapp: trinnene Jonas selv vil prøve.",
            "Dato for evaluering.",
        ],
        people,
    )
    yield b.at(37, 1, 14, 10)
    inn = b.concern(
        "silje",
        logg,
        "Jonas gråter og holder fast i mor eller far når han skal gå inn på avdelingen om morgenen.",
        "Jonas tør å være i barnehagen uten foreldre.",
    )
    b.goal(
        "silje",
        inn,
        "Jonas går inn på avdelingen alene",
        "hver morgen i barnehagen",
        "og sier ha det til mor eller far i garderoben.",
    )
    yield b.at(37, 1, 14, 25)
    hjemme = b.factor(
        "silje",
        inn,
        FaktorOmrade.SAMARBEID_HJEM,
        "Mor og far blir lenge i garderoben for å trøste Jonas.",
        FaktorSted.HJEM,
        1,
        -280,
        120,
    )
    tror = b.factor(
        "silje",
        inn,
        FaktorOmrade.VIRKELIGHETSOPPFATNING,
        "Jonas tror at mor eller far kanskje ikke kommer tilbake.",
        FaktorSted.BARNET,
        2,
        280,
        -140,
    )
    travel = b.factor(
        "silje",
        inn,
        FaktorOmrade.STRUKTUR,
        "Garderoben er full av barn og voksne mellom klokken 08 og 08.30.",
        FaktorSted.TJENESTE,
        3,
        -280,
        -140,
    )
    fast_voksen = b.factor(
        "silje",
        inn,
        FaktorOmrade.KOMMUNIKASJON,
        "Jonas har ingen fast voksen som tar imot ham om morgenen.",
        FaktorSted.TJENESTE,
        1,
        0,
        -260,
    )
    holder = b.factor(
        "silje",
        inn,
        FaktorOmrade.MESTRINGSSTRATEGIER,
        "Jonas holder fast i mor eller far for å slippe å gå inn.",
        FaktorSted.BARNET,
        0,
        280,
        140,
    )
    stemme = b.factor(
        "silje",
        inn,
        FaktorOmrade.BARNETS_STEMME,
        "Jonas sier at han vil gå inn selv når han er stor.",
        None,
        0,
        0,
        260,
    )
    for faktor in (hjemme, tror, travel, fast_voksen, stemme):
        b.link("silje", inn, faktor)
    b.link("silje", inn, tror, holder)
    b.link("silje", inn, hjemme, holder)
    yield b.at(37, 1, 14, 45)
    b.measure(
        "silje",
        inn,
        "Silje Brekke tar imot Jonas i døra til avdelingen klokken 07.45 hver morgen.",
        TJENESTE,
        ansvarlig="silje",
        evaluate_on=due,
        faktor=fast_voksen,
    )
    b.measure(
        "jonas.far",
        inn,
        "Mor eller far forteller Jonas hver kveld hvem som henter ham dagen etter.",
        HJEM,
        evaluate_on=due,
        faktor=tror,
    )
    steps = b.ladder(
        "silje",
        inn,
        BARN,
        [
            "Jonas går inn på avdelingen sammen med mor eller far. Mor eller far blir der i ti minutter.",
            "Jonas går inn på avdelingen sammen med mor eller far. Mor eller far går med en gang.",
            "Jonas går inn på avdelingen alene uten mor eller far.",
        ],
        days=11,
    )
    b.minutes(
        "silje",
        mote,
        "Jonas var med de første ti minuttene. "
        "Han valgte selv trinnene i tiltakstrappen sammen med mor og Silje Brekke. "
        "Hvert trinn varer i halvannen uke.",
    )
    yield b.at(38, 4, 8)
    b.glimpse("jonas.far", logg, "Jonas vinket til meg fra vinduet i dag. Han sa: «Du kan gå nå, pappa.»", inn)
    yield b.at(38, 4, 15)
    b.evaluate(
        "silje",
        steps[0],
        nadd=True,
        beslutning=Beslutning.AVSLUTTE,
        familie="Jonas sier at det går fint når mor eller far blir i ti minutter. "
        "Far mener Jonas er klar for neste trinn.",
        kommentar="Trinn 2 i tiltakstrappen starter mandag.",
    )
    monday = b.days(7 - b.today().weekday())
    second_done = due - dt.timedelta(days=7)
    content.update_tiltak_period(
        b.ctx("silje"), steps[1], fra_dato=monday, til_dato=second_done, evalueringsdato=second_done
    )
    content.update_tiltak_period(b.ctx("silje"), steps[2], fra_dato=second_done, til_dato=due, evalueringsdato=due)
    yield b.at(40, 2, 9)
    b.glimpse("silje", logg, "Jonas sa ha det til mor i garderoben og gikk rett til byggekroken.", inn)
    yield b.at(41, 0, 20)
    b.glimpse("jonas.mor", logg, "Jonas sa i kveld at han gleder seg til å gå inn alene. Han har øvd på å vinke.", inn)


def _tori(b: _Builder) -> Story:
    """The guide's transfer example: Tori Testa starts school, and the transfer waits for the rektor."""
    due = b.review_day(3)
    yield b.at(8, 1, 9)
    logg = b.open_log(
        "silje",
        TORI,
        bekymring="Tori trekker seg unna når andre barn vil leke med henne. Hun sitter ofte alene i frileken.",
        kjennetegn="Tori leker sammen med andre barn i frileken.",
        opprettholdende="Tori er usikker på reglene i leken. De voksne er lite med i frileken.",
        barnets_stemme="Tori sier: «Jeg liker å leke butikk, men bare med én venn.»",
    )
    yield b.at(9, 2, 14)
    lek = b.concern(
        "silje",
        logg,
        "Tori setter seg alene når andre barn inviterer henne med i leken.",
        "Tori leker sammen med minst ett annet barn i frileken hver dag.",
    )
    b.goal(
        "silje",
        lek,
        "Tori leker med andre barn",
        "i frileken hver formiddag",
        "og Silje Brekke er med de første ti minuttene.",
    )
    silje_t = b.measure(
        "silje",
        lek,
        "Silje Brekke leker butikk med Tori og to andre barn hver formiddag i 20 minutter.",
        TJENESTE,
        ansvarlig="silje",
        days=49,
    )
    b.measure(
        "tori.mor",
        lek,
        "Mor eller far inviterer en venn fra barnehagen hjem til Tori én ettermiddag hver uke.",
        HJEM,
        evaluate_on=due,
    )
    b.measure("silje", lek, "Tori velger hvilken lek gruppen skal leke på fredager.", BARN, evaluate_on=due)
    yield b.at(12, 6, 16)
    b.glimpse(
        "tori.mor",
        logg,
        "Tori og Amira lekte butikk hjemme hos oss i to timer. Tori var kassedame og smilte hele tiden.",
        lek,
    )
    yield b.at(16, 3, 13)
    b.evaluate(
        "silje",
        silje_t,
        nadd=False,
        beslutning=Beslutning.FORTSETTE,
        familie="Mor og far ser at Tori leker mer med andre. De ønsker at tiltaket fortsetter.",
        kommentar="Tori blir med i leken når en voksen er der. Hun starter ikke lek selv ennå.",
        again_on=due,
    )
    yield b.at(25, 4, 10)
    b.glimpse("silje", logg, "Tori spurte selv to barn om de ville leke butikk. Alle tre lekte hele formiddagen.", lek)
    yield b.at(39, 2, 15)
    samtykke = b.consent("silje", "tori", logg=logg, overfore_enhet=True)
    b.note(
        "silje",
        logg,
        "Mor, far og Silje Brekke har avtalt at loggen følger Tori til Øvingsvik skole. "
        "Den nye kontaktlæreren får oppmerksomheten om lek og vennskap.",
    )
    yield b.at(40, 1, 10)
    transfer.request_transfer(
        b.ctx("silje"),
        logg,
        type=OverforingType.ANNEN_ENHET,
        grunn="Tori begynner i første klasse ved Øvingsvik skole. Mor og far ønsker at loggen følger henne. "
        "Rektor velger ny stafettholder blant kontaktlærerne.",
        oppmerksomheter=[lek],
        til_enhet_id=b.enheter["skole"].id,
        samtykke_id=samtykke,
    )


def _lina(b: _Builder) -> Story:
    """Closed because the measures worked."""
    yield b.at(2, 2, 9)
    logg = b.open_log(
        "silje",
        LINA,
        bekymring="Lina tisser i buksa flere ganger hver dag i barnehagen. Hun sier ikke fra når hun må på toalettet.",
        kjennetegn="Lina går på toalettet selv og er tørr hele dagen.",
        opprettholdende="Lina glemmer toalettet når hun leker. Hun synes det er flaut å si fra.",
        barnets_stemme="Lina sier: «Jeg vil ha truse som de store barna.»",
    )
    mote = b.meeting(
        "silje",
        logg,
        b.at(2, 4, 14),
        "Tussilago barnehage, personalrommet",
        ["Velkommen.", "Oppmerksomhet, mål og tiltak.", "Dato for evaluering."],
        ["Silje Brekke, pedagogisk leder", "Karianne Aas, mor", "Stian Aas, far"],
    )
    yield b.at(2, 4, 14, 10)
    do = b.concern(
        "silje",
        logg,
        "Lina sier ikke fra når hun må på toalettet, og hun tisser i buksa tre til fire ganger hver dag.",
        "Lina går på toalettet selv og er tørr hele dagen.",
    )
    b.goal(
        "silje",
        do,
        "Lina går på toalettet selv",
        "i barnehagen og hjemme hver dag",
        "og sier fra til en voksen når hun trenger hjelp.",
    )
    tiltak = [
        b.measure(
            "silje",
            do,
            "Silje Brekke minner Lina på toalettet før og etter utetid hver dag.",
            TJENESTE,
            ansvarlig="silje",
            days=53,
        ),
        b.measure(
            "lina.mor", do, "Mor og far minner Lina på toalettet etter frokost, middag og kveldsmat.", HJEM, days=53
        ),
        b.measure(
            "silje", do, "Lina setter et klistremerke på tavla hver gang hun går på toalettet selv.", BARN, days=53
        ),
    ]
    b.minutes("silje", mote, "Lina valgte selv klistremerker med hester. Mor og far kjøper truser sammen med Lina.")
    yield b.at(5, 5, 11)
    b.glimpse(
        "lina.mor",
        logg,
        "Lina sa fra selv i butikken i dag: «Mamma, jeg må tisse!» Vi rakk det, og hun var så stolt.",
        do,
    )
    yield b.at(8, 2, 15)
    b.glimpse(
        "silje", logg, "Lina var tørr hele dagen i dag. Hun viste tavla med klistremerker til alle på avdelingen.", do
    )
    yield b.at(9, 0, 9)
    last = b.meeting(
        "silje",
        logg,
        b.at(10, 2, 14),
        "Tussilago barnehage, personalrommet",
        ["Evaluering av tiltakene.", "Er alle enige om å avslutte loggen?"],
        ["Silje Brekke, pedagogisk leder", "Karianne Aas, mor", "Stian Aas, far"],
    )
    yield b.at(10, 2, 14, 10)
    for t in tiltak:
        b.evaluate(
            "silje",
            t,
            nadd=True,
            beslutning=Beslutning.AVSLUTTE,
            familie="Mor og far mener tiltakene har virket. Lina er tørr hjemme også. Lina sier: «Jeg er stor nå.»",
            kommentar="Målet er nådd.",
            mote=last,
        )
    b.minutes(
        "silje",
        last,
        "Lina er tørr hele dagen. Mor, far og Silje Brekke er enige om å avslutte loggen. "
        "Silje Brekke eksporterer loggen til PDF og legger den i Linas mappe.",
    )
    logs.close(
        b.ctx("silje"),
        logg,
        "Lina går på toalettet selv og er tørr hele dagen. Mor, far og barnehagen er enige om at tiltakene har virket.",
    )


def _oskar(b: _Builder) -> Story:
    """Closed because mor and far withdrew the consent."""
    yield b.at(4, 3, 9)
    logg = b.open_log(
        "silje",
        OSKAR,
        bekymring="Oskar blir sint og kaster leker når samlingsstunden begynner.",
        kjennetegn="Oskar går til samlingsstunden og sitter på plassen sin.",
        opprettholdende="Oskar vet ikke når leken slutter og samlingsstunden begynner.",
        barnets_stemme="Oskar sier: «Jeg vil leke ferdig først.»",
    )
    yield b.at(5, 1, 14)
    samling = b.concern(
        "silje",
        logg,
        "Oskar kaster leker og roper når samlingsstunden begynner, tre til fire dager i uken.",
        "Oskar går til samlingsstunden og sitter på plassen sin.",
    )
    b.goal(
        "silje",
        samling,
        "Oskar går til samlingsstunden",
        "hver dag klokken 09.30 i barnehagen",
        "og en voksen sier fra til ham fem minutter før.",
    )
    b.measure(
        "silje",
        samling,
        "Silje Brekke viser Oskar et bilde av samlingsstunden fem minutter før den begynner.",
        TJENESTE,
        ansvarlig="silje",
        days=56,
    )
    b.measure(
        "oskar.mor",
        samling,
        "Mor og far viser Oskar bilder av hva som skjer etter frokost hver morgen.",
        HJEM,
        days=56,
    )
    b.measure("silje", samling, "Oskar henter puta si og legger den på plassen sin i samlingsstunden.", BARN, days=56)
    yield b.at(8, 2, 11)
    b.glimpse("silje", logg, "Oskar hentet puta si selv og satt i hele samlingsstunden i dag.", samling)
    yield b.at(13, 1, 10)
    b.note(
        "silje",
        logg,
        "Mor ringte og fortalte at familien vil trekke samtykket. "
        "Silje Brekke forklarte at hun da avslutter loggen og legger en kopi i Oskars mappe.",
    )
    yield b.at(13, 1, 19)
    samtykke = b.session.scalar(select(Samtykke.id).where(Samtykke.logg_id == logg, Samtykke.trukket_at.is_(None)))
    assert samtykke is not None
    logs.withdraw_samtykke(
        b.ctx("oskar.mor"),
        samtykke,
        "Mor og far ønsker å følge opp Oskar uten stafettlogg. De snakker med Silje Brekke hver fredag når de henter.",
    )


def _ella_nordby(b: _Builder) -> Story:
    """The guide's school example: Ella's homework (mål A+B+C), two tiltakstrapper and a stepmother."""
    due = b.review_day(4)
    yield b.at(1, 0, 13)
    logg = b.open_log(
        "lars",
        ELLA_N,
        bekymring="Ella gjør leksene bare to av fire dager i uken. Hun glemmer ofte bøkene på skolen.",
        kjennetegn="Ella har gode læringsstrategier. Hun gjør lekser fire dager i uken og sier fra når hun står fast.",
        opprettholdende="Ella vet ikke alltid hva leksene er. Hjemme har hun ingen fast plass og tid til skolearbeid.",
        barnets_stemme="Ella sier: «Jeg vil gjøre leksene, men jeg glemmer hva vi skal gjøre.»",
    )
    people = [
        "Lars Bakken, kontaktlærer",
        "Nina Sæle, lærerassistent",
        "Hanna Nordby, mor",
        "Jørgen Nordby, far",
        "Ella",
    ]
    room = "Øvingsvik skole, grupperom 3"
    first = b.meeting(
        "lars",
        logg,
        b.at(2, 1, 15),
        room,
        ["Velkommen.", "Ella forteller om leksene.", "Oppmerksomhet og mål.", "Tiltak på skolen, hjemme og for Ella."],
        people,
    )
    yield b.at(2, 1, 15, 10)
    lekser = b.concern(
        "lars",
        logg,
        "Ella gjør lekser bare to av fire dager i uken og har ofte ikke med seg bøkene hjem.",
        "Ella gjør lekser fire dager i uken og ber om hjelp når hun står fast.",
    )
    b.goal(
        "lars",
        lekser,
        "Ella arbeider med lekser",
        "mandag til torsdag fra klokken 17 til 18.",
        "Hun ber foresatte om hjelp til å løse oppgavene dersom hun står fast.",
    )
    ukeplan = b.measure(
        "lars",
        lekser,
        "Ella går gjennom ukeplanen sammen med læreren hver mandag i første økt.",
        TJENESTE,
        ansvarlig="lars",
        days=42,
    )
    nina = [
        b.measure(
            "lars",
            lekser,
            "Ella finner fram bøkene hun trenger til lekser i siste økt hver dag. "
            "Lærerassistenten hjelper Ella å huske dette ved behov.",
            TJENESTE,
            ansvarlig="nina",
            days=28,
        ),
        b.measure(
            "lars",
            lekser,
            "Ella går gjennom leksene sammen med lærerassistenten hver morgen.",
            TJENESTE,
            ansvarlig="nina",
            after=28,
            days=56,
            neste=True,
        ),
    ]
    plass = b.measure(
        "ellan.mor",
        lekser,
        "Ella har en egen plass på kjøkkenet til skolearbeid, med blyant og viskelær tilgjengelig.",
        HJEM,
        days=42,
    )
    b.measure(
        "ellan.far",
        lekser,
        "Foresatte sitter sammen med Ella når hun gjør lekser.",
        HJEM,
        after=42,
        evaluate_on=due,
        neste=True,
    )
    b.measure(
        "lars",
        lekser,
        "Ella ber foresatte om hjelp når hun står fast med oppgaver.",
        BARN,
        evaluate_on=due,
    )
    b.minutes(
        "lars",
        first,
        "Ella var med hele møtet og sa at hun vil prøve. Mor og far skrev tiltakene hjemme. "
        "Mor forteller stemor Siri Dal om avtalene.",
    )
    yield b.at(4, 3, 19)
    b.glimpse(
        "ellan.far",
        logg,
        "Ella gjorde alle leksene mandag til torsdag denne uken. Hun viste meg matteboka og sa: «Se, alt er riktig!»",
        lekser,
    )
    yield b.at(6, 1, 14)
    b.evaluate(
        "nina",
        nina[0],
        nadd=True,
        beslutning=Beslutning.AVSLUTTE,
        familie="Mor sier at Ella har med seg bøkene hjem hver dag.",
        kommentar="Ella finner fram bøkene selv. Neste trinn er å gå gjennom leksene hver morgen.",
    )
    yield b.at(7, 0, 9)
    second = b.meeting(
        "lars",
        logg,
        b.at(8, 1, 15),
        room,
        ["Lysglimt siden sist.", "Evaluering av ukeplanen og plassen hjemme.", "Neste trinn hjemme."],
        people,
    )
    yield b.at(8, 1, 15, 10)
    b.evaluate(
        "lars",
        ukeplan,
        nadd=True,
        beslutning=Beslutning.AVSLUTTE,
        familie="Ella sier at hun vet hva leksene er nå. Mor og far er enige.",
        kommentar="Ella går gjennom ukeplanen selv.",
        mote=second,
    )
    b.evaluate(
        "lars",
        plass,
        nadd=True,
        beslutning=Beslutning.AVSLUTTE,
        familie="Ella bruker plassen på kjøkkenet hver dag. Far forteller at hun rydder den selv.",
        kommentar="Neste trinn hjemme starter nå: foresatte sitter sammen med Ella når hun gjør lekser.",
        mote=second,
    )
    b.measure(
        "lars",
        lekser,
        "Lars Bakken gir Ella en kort tilbakemelding på leksene hver fredag.",
        TJENESTE,
        ansvarlig="lars",
        evaluate_on=due,
    )
    b.minutes("lars", second, "Ella gjør lekser fire dager i uken. Tiltakene hjemme går videre til neste trinn.")
    yield b.at(12, 2, 10)
    b.glimpse(
        "nina", logg, "Ella forklarte en matteoppgave til en medelev i dag. Hun sa at hun hadde øvd hjemme.", lekser
    )
    yield b.at(15, 1, 8, 30)
    b.evaluate(
        "nina",
        nina[1],
        nadd=False,
        beslutning=Beslutning.FORTSETTE,
        familie="Ella liker morgenstunden med Nina Sæle. Mor og far vil at den fortsetter.",
        kommentar="Ella står fast i lesingen. Morgenstunden fortsetter til neste møte.",
        again_on=due,
    )
    yield b.at(20, 6, 18)
    b.glimpse(
        "ellan.mor",
        logg,
        "Ella ba om hjelp med en vanskelig oppgave i stedet for å gi opp. Vi løste den sammen.",
        lekser,
    )


def _aksel(b: _Builder) -> Story:
    """The guide's second real example: the anxious first-grader, five steps, then closed."""
    yield b.at(3, 0, 14)
    logg = b.open_log(
        "tone",
        AKSEL,
        bekymring="Aksel gråter og holder fast i mor eller far når han skal gå inn på skolen om morgenen.",
        kjennetegn="Aksel tør å være i skolegården uten foreldre.",
        opprettholdende="Aksel er redd for å gå alene blant de store elevene. "
        "Mor og far følger ham helt inn i klasserommet.",
        barnets_stemme="Aksel sier: «Jeg vil gå selv når jeg vet hva som skjer.»",
    )
    people = ["Tone Helgesen, kontaktlærer", "Ingvild Myhre, mor", "Ola Myhre, far", "Aksel"]
    room = "Øvingsvik skole, grupperom 1"
    first = b.meeting(
        "tone",
        logg,
        b.at(3, 3, 14),
        room,
        ["Velkommen.", "Aksel forteller om morgenene.", "Tiltakstrapp: trinnene Aksel selv vil prøve."],
        people,
    )
    yield b.at(3, 3, 14, 10)
    inn = b.concern(
        "tone",
        logg,
        "Aksel gråter og holder fast i mor eller far når han skal gå inn på skolen om morgenen.",
        "Aksel tør å være i skolegården uten foreldre.",
    )
    b.goal(
        "tone",
        inn,
        "Aksel går alene inn i skolegården",
        "hver skoledag klokken 08.15",
        "og sier hei til Tone Helgesen ved inngangen.",
    )
    tone_t = b.measure(
        "tone",
        inn,
        "Tone Helgesen møter Aksel ved inngangen til klasserommet klokken 08.15 hver skoledag.",
        TJENESTE,
        ansvarlig="tone",
        days=70,
    )
    hjem_t = b.measure(
        "aksel.mor",
        inn,
        "Mor eller far sier ha det på samme måte hver morgen og forteller når de henter.",
        HJEM,
        days=70,
    )
    steps = b.ladder(
        "tone",
        inn,
        BARN,
        [
            "Aksel går inn i klasserommet sammen med mor eller far.",
            "Aksel går alene inn i klasserommet.",
            "Aksel går alene inn i skolebygget.",
            "Mor eller far følger Aksel inn i skolegården. Aksel er alene der til skoleklokka ringer.",
            "Aksel går alene inn i skolegården.",
        ],
        days=14,
    )
    b.minutes(
        "tone",
        first,
        "Aksel var med og bestemte trinnene i tiltakstrappen. Hvert trinn varer i to uker. "
        "Tone Helgesen evaluerer hvert trinn sammen med Aksel og foreldrene på telefon.",
    )
    voices = [
        "Aksel sier at det går fint. Mor og far mener han er klar for neste trinn.",
        "Aksel gikk inn alene hver dag. Far sier at Aksel vinket fra vinduet.",
        "Aksel sier at skolebygget er lett nå. Mor er enig.",
        "Aksel leker med klassekameratene til klokka ringer. Foreldrene er stolte.",
        "Aksel går alene inn i skolegården hver morgen. Aksel sier: «Det er lett!»",
    ]
    glimpses: list[tuple[str, str]] = [
        ("aksel.mor", "Aksel sa ha det i døra til klasserommet og gikk rett til plassen sin."),
        ("tone", "Aksel hang opp jakka selv og sa god morgen til hele klassen."),
        ("aksel.far", "Aksel gikk alene inn i skolebygget i dag. Han snudde seg og ga meg tommel opp."),
        ("tone", "Aksel spilte fotball i skolegården med tre klassekamerater før skolen begynte."),
        ("aksel.mor", "Aksel ville gå alene fra porten i dag. Han løp inn til vennene sine."),
    ]
    for i, step in enumerate(steps):
        yield b.at(5 + 2 * i, 1, 8, 20)
        author, text = glimpses[i]
        b.glimpse(author, logg, text, inn)
        yield b.at(5 + 2 * i, 4, 15)
        b.evaluate(
            "tone",
            step,
            nadd=True,
            beslutning=Beslutning.AVSLUTTE,
            familie=voices[i],
            kommentar="Trinnet er nådd." if i < len(steps) - 1 else "Siste trinn er nådd.",
        )
    yield b.at(14, 0, 9)
    last = b.meeting(
        "tone", logg, b.at(14, 3, 14), room, ["Evaluering av tiltakene.", "Er alle enige om å avslutte loggen?"], people
    )
    yield b.at(14, 3, 14, 10)
    for t in (tone_t, hjem_t):
        b.evaluate(
            "tone",
            t,
            nadd=True,
            beslutning=Beslutning.AVSLUTTE,
            familie="Aksel, mor og far mener tiltakene har virket.",
            kommentar="Målet er nådd.",
            mote=last,
        )
    b.minutes(
        "tone",
        last,
        "Alle tiltakene hadde kort varighet. Oppmerksomheten fikk en rask avslutning fordi Aksel selv var med "
        "og laget tiltakene. Tone Helgesen eksporterer loggen til PDF og legger den i elevmappa.",
    )
    logs.close(
        b.ctx("tone"),
        logg,
        "Aksel går alene inn i skolegården hver morgen. Aksel, mor, far og skolen er enige om at tiltakene har virket.",
    )


def _filip(b: _Builder) -> Story:
    """Raised from nivå 1 to 2 to 3: pedagogisk-psykologisk tjeneste, then barneverntjenesten."""
    due = b.review_day(1)
    yield b.at(5, 0, 14)
    logg = b.open_log(
        "lars",
        FILIP,
        bekymring="Filip går ut av klasserommet når han blir sint. Det skjer tre til fem ganger hver dag.",
        kjennetegn="Filip blir i klasserommet eller tar en avtalt pause når han blir sint.",
        opprettholdende="Filip slipper oppgaver han synes er vanskelige når han går ut. "
        "Hjemme er det mye uro om kveldene.",
        barnets_stemme="Filip sier: «Jeg går ut fordi alle ser på meg når jeg ikke får det til.»",
    )
    room = "Øvingsvik skole, møterom 2"
    first = b.meeting(
        "lars",
        logg,
        b.at(6, 2, 15),
        room,
        ["Velkommen.", "Filip forteller.", "Oppmerksomhet, mål og tiltak.", "Dato for neste møte."],
        ["Lars Bakken, kontaktlærer", "Anita Hansen, mor", "Roger Hansen, far", "Filip"],
    )
    yield b.at(6, 2, 15, 10)
    sint = b.concern(
        "lars",
        logg,
        "Filip går ut av klasserommet tre til fem ganger hver dag når han blir sint.",
        "Filip viser det røde kortet og tar en pause på fem minutter i grupperommet.",
    )
    b.goal(
        "lars",
        sint,
        "Filip sier fra når han blir sint",
        "i alle timer på skolen",
        "og tar fem minutters pause i grupperommet.",
    )
    lars_t = b.measure(
        "lars",
        sint,
        "Lars Bakken avtaler med Filip et fast sted i grupperommet der han kan ta en pause på fem minutter.",
        TJENESTE,
        ansvarlig="lars",
        days=28,
    )
    b.measure(
        "filip.mor",
        sint,
        "Mor og far bruker de samme rolige ordene som skolen når Filip blir sint hjemme.",
        HJEM,
        evaluate_on=due,
    )
    b.measure(
        "lars",
        sint,
        "Filip viser det røde kortet til læreren når han trenger en pause.",
        BARN,
        evaluate_on=due,
    )
    b.minutes(
        "lars",
        first,
        "Filip valgte selv det røde kortet. Mor og far skriver ned de rolige ordene sammen med Lars Bakken.",
    )
    yield b.at(9, 0, 10)
    b.level("lars", logg, 2)
    b.note(
        "lars",
        logg,
        "Mor og far har sagt ja til at pedagogisk-psykologisk tjeneste blir med. "
        "Lars Bakken har hevet loggen til nivå 2.",
    )
    kristin_t = b.measure(
        "lars",
        sint,
        "Kristin Aune fra pedagogisk-psykologisk tjeneste observerer Filip i klassen to timer hver onsdag i fire uker.",
        TJENESTE,
        ansvarlig="kristin",
        days=30,
    )
    yield b.at(10, 2, 15)
    lars_t2 = b.evaluate(
        "lars",
        lars_t,
        nadd=False,
        beslutning=Beslutning.FORTSETTE,
        familie="Filip sier at pauserommet hjelper. Mor og far vil at tiltaket fortsetter.",
        kommentar="Filip går ut to til tre ganger hver dag. Han bruker grupperommet de fleste gangene.",
        again_in=42,
    )
    yield b.at(13, 2, 12)
    b.evaluate(
        "kristin",
        kristin_t,
        nadd=False,
        beslutning=Beslutning.AVSLUTTE,
        familie="Mor og far kjenner seg igjen i det Kristin Aune har sett.",
        kommentar="Kristin Aune har observert fire onsdager. Filip trenger korte økter og tydelige beskjeder. "
        "Kristin anbefaler en arbeidsplan for hver time.",
    )
    yield b.at(14, 1, 16)
    b.note(
        "lars",
        logg,
        "Mor fortalte på telefon at familien venter på ny bolig, og at det er uro hjemme om kveldene. "
        "Mor ønsker ikke at Lars Bakken viser dette på storskjerm i møter.",
        internt=True,
    )
    yield b.at(15, 1, 9)
    b.level("lars", logg, 3)
    b.note(
        "lars",
        logg,
        "Mor og far har sagt ja til at barneverntjenesten blir med. Lars Bakken har hevet loggen til nivå 3.",
    )
    ole_t = b.measure(
        "lars",
        sint,
        "Ole Hagen fra barneverntjenesten gir mor og far veiledning hjemme annenhver tirsdag klokken 18.",
        TJENESTE,
        ansvarlig="ole",
        days=84,
    )
    b.measure(
        "lars",
        sint,
        "Kristin Aune lager en arbeidsplan for hver time sammen med Lars Bakken. "
        "Kristin går gjennom planen med Filip hver mandag.",
        TJENESTE,
        ansvarlig="kristin",
        evaluate_on=due,
    )
    mote = b.meeting(
        "lars",
        logg,
        b.at(16, 2, 15),
        room,
        [
            "Velkommen til Ole Hagen fra barneverntjenesten.",
            "Rådene fra pedagogisk-psykologisk tjeneste.",
            "Evaluering av pausen i grupperommet.",
            "Hvem gjør hva de neste tolv ukene?",
        ],
        [
            "Lars Bakken, kontaktlærer",
            "Kristin Aune, pedagogisk-psykologisk rådgiver",
            "Ole Hagen, barnevernskonsulent",
            "Anita Hansen, mor",
            "Roger Hansen, far",
            "Filip, de første femten minuttene",
        ],
    )
    yield b.at(16, 2, 15, 10)
    assert lars_t2 is not None
    b.evaluate(
        "lars",
        lars_t2,
        nadd=False,
        beslutning=Beslutning.FORTSETTE,
        familie="Filip sier at pausen hjelper, og at han vil fortsette.",
        kommentar="Filip går ut én til to ganger hver dag og kommer tilbake etter pausen.",
        mote=mote,
        again_on=due,
    )
    b.minutes(
        "lars",
        mote,
        "Alle er enige om planen. Ole Hagen starter veiledningen hjemme neste tirsdag. "
        "Kristin Aune og Lars Bakken lager arbeidsplanen sammen.",
    )
    yield b.at(20, 4, 19)
    b.glimpse(
        "filip.mor",
        logg,
        "Filip sa fra til meg at han var sint, og så gikk han på rommet sitt i fem minutter. "
        "Etterpå spiste vi middag sammen.",
        sint,
    )
    yield b.at(22, 1, 20)
    b.glimpse(
        "ole",
        logg,
        "Mor og far brukte de rolige ordene hele kvelden da jeg var på besøk. Filip hjalp lillebroren med leksene.",
        sint,
    )
    yield b.at(23, 3, 14)
    b.glimpse(
        "lars",
        logg,
        "Filip var i klasserommet hele dagen i dag. Han viste det røde kortet to ganger og kom tilbake etter pausen.",
        sint,
    )
    yield b.at(28, 1, 21)
    b.evaluate(
        "ole",
        ole_t,
        nadd=False,
        beslutning=Beslutning.FORTSETTE,
        familie="Mor og far sier at veiledningen gir roligere kvelder. De vil fortsette.",
        kommentar="Kveldene er roligere. Veiledningen fortsetter annenhver tirsdag.",
        again_in=120,
    )
    yield b.at(41, 3, 10)
    b.meeting(
        "lars",
        logg,
        b.on(due, 15),
        room,
        ["Lysglimt siden sist.", "Evaluering av alle tiltakene.", "Trenger loggen fortsatt nivå 3?"],
        [
            "Lars Bakken, kontaktlærer",
            "Kristin Aune, pedagogisk-psykologisk rådgiver",
            "Ole Hagen, barnevernskonsulent",
            "Anita Hansen, mor",
            "Roger Hansen, far",
            "Filip",
        ],
    )


def _maja(b: _Builder) -> Story:
    """The goal was reached; mor and the teacher set the log passive rather than closing it."""
    yield b.at(9, 0, 14)
    logg = b.open_log(
        "tone",
        MAJA,
        bekymring="Maja kommer for sent til skolen to til tre dager i uken.",
        kjennetegn="Maja er på skolen før første time hver dag.",
        opprettholdende="Morgenene hjemme er travle. Maja finner ikke klærne og skolesekken.",
        barnets_stemme="Maja sier: «Jeg vil ha min egen vekkerklokke.»",
    )
    yield b.at(9, 2, 15)
    tid = b.concern(
        "tone",
        logg,
        "Maja kommer for sent til første time to til tre dager i uken.",
        "Maja er på skolen klokken 08.30 hver dag.",
    )
    b.goal("tone", tid, "Maja kommer på skolen", "før klokken 08.30 hver skoledag", "og mor vekker henne klokken 07.")
    tiltak = [
        b.measure(
            "tone",
            tid,
            "Tone Helgesen sender mor en melding klokken 08.35 de dagene Maja ikke har kommet.",
            TJENESTE,
            ansvarlig="tone",
            days=56,
        ),
        b.measure("maja.mor", tid, "Mor legger fram klær og skolesekk sammen med Maja kvelden før.", HJEM, days=56),
        b.measure("tone", tid, "Maja stiller vekkerklokka si selv hver kveld.", BARN, days=56),
    ]
    yield b.at(12, 1, 8, 10)
    b.glimpse(
        "maja.mor",
        logg,
        "Maja sto opp selv da vekkerklokka ringte. Hun var på skolen før alle de andre i klassen.",
        tid,
    )
    yield b.at(17, 2, 15)
    for t in tiltak:
        b.evaluate(
            "tone",
            t,
            nadd=True,
            beslutning=Beslutning.AVSLUTTE,
            familie="Mor og Maja sier at morgenene er roligere nå.",
            kommentar="Maja har kommet i tide hver dag i fire uker.",
        )
    b.note(
        "tone",
        logg,
        "Maja kommer på skolen i tide hver dag. Mor og Tone Helgesen er enige om å sette loggen passiv "
        "i stedet for å avslutte den. Da kan de gjenåpne loggen med nytt samtykke hvis Maja trenger det.",
    )
    logs.set_passive(b.ctx("tone"), logg)


def _sander(b: _Builder) -> Story:
    """Nivå 1 at school: reading."""
    due = b.review_day(2)
    yield b.at(20, 1, 14)
    logg = b.open_log(
        "tone",
        SANDER,
        bekymring="Sander leser sakte og gjetter på ord han ikke kjenner.",
        kjennetegn="Sander leser korte tekster uten å gjette.",
        opprettholdende="Sander leser lite hjemme. Han synes bøkene i klassen er kjedelige.",
        barnets_stemme="Sander sier: «Jeg liker bøker om dinosaurer.»",
    )
    yield b.at(21, 2, 14)
    les = b.concern(
        "tone",
        logg,
        "Sander leser sakte og gjetter på ord han ikke kjenner.",
        "Sander leser en side i en lettlest bok på to minutter uten å gjette.",
    )
    b.goal(
        "tone",
        les,
        "Sander leser korte tekster høyt",
        "for en voksen i 15 minutter hver skoledag",
        "og peker på ordene mens han leser.",
    )
    tone_t = b.measure(
        "tone",
        les,
        "Tone Helgesen leser sammen med Sander i 15 minutter hver dag i første time.",
        TJENESTE,
        ansvarlig="tone",
        days=42,
    )
    b.measure(
        "sander.far",
        les,
        "Mor eller far leser høyt sammen med Sander i 15 minutter hver kveld.",
        HJEM,
        evaluate_on=due,
    )
    b.measure(
        "tone",
        les,
        "Sander velger selv en bok fra skolebiblioteket hver fredag.",
        BARN,
        evaluate_on=due,
    )
    yield b.at(24, 3, 20)
    b.glimpse("sander.far", logg, "Sander leste en hel bok om dinosaurer for lillesøster i kveld.", les)
    yield b.at(27, 2, 13)
    b.evaluate(
        "tone",
        tone_t,
        nadd=False,
        beslutning=Beslutning.FORTSETTE,
        familie="Mor og far hører at Sander leser bedre. De vil at lesingen fortsetter.",
        kommentar="Sander gjetter sjeldnere. Han leser en side på tre minutter.",
        again_in=120,
    )
    yield b.at(31, 4, 11)
    b.glimpse("tone", logg, "Sander leste høyt for klassen i dag. Han pekte på ordene og gjettet ikke én gang.", les)


def _jakob(b: _Builder) -> Story:
    """Nivå 2 with a survey of arithmetic skills."""
    due = b.review_day(7)
    yield b.at(12, 0, 14)
    logg = b.open_log(
        "lars",
        JAKOB,
        bekymring="Jakob gir opp matematikkoppgaver han ikke kjenner fra før.",
        kjennetegn="Jakob prøver nye oppgaver og ber om hjelp når han står fast.",
        opprettholdende="Jakob tror at han ikke kan matematikk. Han får lite trening med tall hjemme.",
        barnets_stemme="Jakob sier: «Matte er dumt, jeg får det aldri til.»",
    )
    yield b.at(12, 3, 15)
    matte = b.concern(
        "lars",
        logg,
        "Jakob legger vekk matteboka når han møter en ny type oppgave.",
        "Jakob prøver nye matteoppgaver og spør om hjelp når han står fast.",
    )
    b.goal(
        "lars",
        matte,
        "Jakob prøver nye matteoppgaver",
        "i mattetimene og i leksene hver uke",
        "og bruker klosser og tallinje når han står fast.",
    )
    b.measure(
        "lars",
        matte,
        "Lars Bakken viser Jakob en ny oppgavetype med klosser før resten av klassen starter.",
        TJENESTE,
        ansvarlig="lars",
        evaluate_on=due,
    )
    b.measure(
        "jakob.mor",
        matte,
        "Mor eller far spiller et mattespill med Jakob to kvelder i uken.",
        HJEM,
        evaluate_on=due,
    )
    b.measure(
        "lars",
        matte,
        "Jakob skriver ned ett spørsmål når han står fast, og han viser det til læreren.",
        BARN,
        evaluate_on=due,
    )
    yield b.at(14, 0, 9)
    b.level("lars", logg, 2)
    b.note(
        "lars",
        logg,
        "Mor og far har sagt ja til at pedagogisk-psykologisk tjeneste kartlegger regneferdighetene til Jakob. "
        "Lars Bakken har hevet loggen til nivå 2.",
    )
    kristin_t = b.measure(
        "lars",
        matte,
        "Kristin Aune fra pedagogisk-psykologisk tjeneste kartlegger regneferdighetene til Jakob i to økter på skolen.",
        TJENESTE,
        ansvarlig="kristin",
        days=21,
    )
    yield b.at(17, 2, 14)
    b.evaluate(
        "kristin",
        kristin_t,
        nadd=False,
        beslutning=Beslutning.AVSLUTTE,
        familie="Mor og far fikk resultatet forklart og er enige i rådene.",
        kommentar="Kristin Aune har kartlagt regneferdighetene. Jakob trenger mer trening med tallforståelse. "
        "Rapporten ligger i elevmappa.",
    )
    yield b.at(25, 2, 20)
    b.glimpse(
        "jakob.mor", logg, "Jakob vant over meg i mattespillet tre ganger i kveld. Han regnet alt i hodet.", matte
    )
    yield b.at(33, 1, 12)
    b.glimpse(
        "kristin", logg, "Jakob viste meg hvordan han bruker tallinjen. Han forklarte det bedre enn læreboka.", matte
    )


def _olivia(b: _Builder) -> Story:
    """A baby's sleep at the health station: only service and home tiltak at this age."""
    due = b.review_day(8)
    yield b.at(18, 1, 10)
    logg = b.open_log(
        "hanne",
        OLIVIA,
        bekymring="Olivia våkner hver time om natten. Mor og far er svært slitne.",
        kjennetegn="Olivia sover minst tre timer sammenhengende om natten.",
        opprettholdende="Olivia sovner bare når mor eller far bærer henne. Kveldene har ingen fast rytme.",
        barnets_stemme="Olivia er et halvt år. Hun roer seg når hun hører sangen mor synger hver kveld.",
    )
    yield b.at(18, 1, 10, 30)
    sovn = b.concern(
        "hanne",
        logg,
        "Olivia sovner bare når mor eller far bærer henne, og hun våkner hver time om natten.",
        "Olivia sovner i egen seng og sover minst tre timer sammenhengende om natten.",
    )
    b.goal(
        "hanne",
        sovn,
        "Olivia sovner i egen seng",
        "om kvelden klokken 19 hver dag",
        "og mor eller far sitter ved senga til hun sover.",
    )
    hanne_t = b.measure(
        "hanne",
        sovn,
        "Hanne Lie ringer mor hver fredag klokken 10 i fire uker og går gjennom søvndagboka.",
        TJENESTE,
        ansvarlig="hanne",
        days=28,
    )
    b.measure(
        "olivia.mor",
        sovn,
        "Mor og far følger samme kveldsrutine hver kveld: bad, mat, sang og seng klokken 19.",
        HJEM,
        evaluate_on=due,
    )
    yield b.at(20, 3, 7)
    b.glimpse("olivia.far", logg, "Olivia sov fire timer i strekk i natt. Mor og jeg fikk sove også.", sovn)
    yield b.at(22, 4, 10, 15)
    hanne_t2 = b.evaluate(
        "hanne",
        hanne_t,
        nadd=False,
        beslutning=Beslutning.FORTSETTE,
        familie="Mor og far vil fortsette med telefonsamtalene hver fredag.",
        kommentar="Olivia sover lenger, men hun våkner tre ganger hver natt.",
        again_in=28,
    )
    yield b.at(26, 4, 10, 15)
    assert hanne_t2 is not None
    b.evaluate(
        "hanne",
        hanne_t2,
        nadd=True,
        beslutning=Beslutning.AVSLUTTE,
        familie="Mor og far sier at nettene er mye bedre. De klarer kveldsrutinen selv.",
        kommentar="Olivia sover fire til fem timer sammenhengende. Hanne Lie avslutter telefonsamtalene.",
    )
    yield b.at(29, 0, 6, 30)
    b.glimpse("olivia.mor", logg, "Olivia sov fra klokken 19 til 04 i natt. Hun smilte da hun våknet.", sovn)


def _william(b: _Builder) -> Story:
    """Nivå 2 with the family's GP, an external actor."""
    due = b.review_day(9)
    yield b.at(6, 3, 10)
    logg = b.open_log(
        "hanne",
        WILLIAM,
        bekymring="William spiser bare fem ulike matvarer. Mor og far er bekymret for at han ikke får nok næring.",
        kjennetegn="William smaker på ny mat hver uke.",
        opprettholdende="William får maten han liker når han nekter å smake. Middagen er ofte urolig.",
        barnets_stemme="William sier: «Jeg liker bare pasta og brød.»",
    )
    yield b.at(6, 3, 10, 30)
    mat = b.concern(
        "hanne",
        logg,
        "William spiser bare fem ulike matvarer og nekter å smake på ny mat.",
        "William smaker på én ny matvare hver uke.",
    )
    b.goal(
        "hanne",
        mat,
        "William smaker på ny mat",
        "ved middagen hjemme tre dager i uken",
        "og mor eller far spiser den samme maten.",
    )
    b.measure(
        "hanne",
        mat,
        "Hanne Lie veier og måler William på helsestasjonen hver fjerde uke og gir råd om måltidene.",
        TJENESTE,
        ansvarlig="hanne",
        evaluate_on=due,
    )
    b.measure(
        "william.mor",
        mat,
        "Mor og far legger en liten smaksbit av ny mat på tallerkenen til William ved middagen tre dager i uken.",
        HJEM,
        evaluate_on=due,
    )
    b.measure(
        "hanne",
        mat,
        "William setter et klistremerke i smaksboka si for hver ny mat han smaker på.",
        BARN,
        evaluate_on=due,
    )
    yield b.at(9, 1, 11)
    b.level("hanne", logg, 2)
    b.note(
        "hanne",
        logg,
        "Mor og far har sagt ja til at fastlegen blir med i loggen. Hanne Lie har hevet loggen til nivå 2.",
    )
    erik_t = b.measure(
        "hanne",
        mat,
        "Fastlege Erik Brenna undersøker William og ser på om han vokser som han skal.",
        TJENESTE,
        ansvarlig="erik",
        days=21,
    )
    yield b.at(12, 2, 15)
    b.evaluate(
        "erik",
        erik_t,
        nadd=False,
        beslutning=Beslutning.AVSLUTTE,
        familie="Mor og far er glade for svaret og vil fortsette med smaksbitene.",
        kommentar="Erik Brenna har undersøkt William. William vokser som han skal.",
    )
    b.measure(
        "hanne",
        mat,
        "Erik Brenna har en kontroll med William på legekontoret hver tredje måned.",
        TJENESTE,
        ansvarlig="erik",
        evaluate_on=due,
    )
    yield b.at(14, 4, 17, 30)
    b.glimpse(
        "william.mor", logg, "William smakte på brokkoli i dag og sa at det var et lite tre. Han ville ha ett til.", mat
    )
    yield b.at(26, 2, 17)
    b.glimpse(
        "william.far", logg, "William smakte på fiskekaker i kveld. Han satte et stort klistremerke i smaksboka.", mat
    )


def _henrik(b: _Builder) -> Story:
    """Closed at the health station: the measures worked."""
    yield b.at(4, 1, 11)
    logg = b.open_log(
        "hanne",
        HENRIK,
        bekymring="Henrik drikker mye melk fra flaske og spiser lite fast mat.",
        kjennetegn="Henrik spiser tre måltider med fast mat hver dag.",
        opprettholdende="Henrik får flaske når han er sulten mellom måltidene.",
        barnets_stemme="Henrik er ett år. Han vil gjerne holde skjeen selv.",
    )
    yield b.at(4, 1, 11, 30)
    mat = b.concern(
        "hanne",
        logg,
        "Henrik drikker melk fra flaske seks ganger hver dag og spiser lite fast mat.",
        "Henrik spiser tre måltider med fast mat hver dag og drikker fra kopp.",
    )
    b.goal(
        "hanne",
        mat,
        "Henrik spiser fast mat",
        "til frokost, lunsj og middag hver dag",
        "og drikker melk fra kopp etter maten.",
    )
    tiltak = [
        b.measure(
            "hanne",
            mat,
            "Hanne Lie veier Henrik på helsestasjonen hver tredje uke og gir mor og far råd om mat.",
            TJENESTE,
            ansvarlig="hanne",
            days=42,
        ),
        b.measure(
            "henrik.mor", mat, "Mor og far gir Henrik melk i kopp og bruker ikke flaske om dagen.", HJEM, days=42
        ),
    ]
    yield b.at(7, 2, 12)
    b.glimpse("henrik.mor", logg, "Henrik drakk fra koppen selv i dag. Han holdt den med begge hender.", mat)
    yield b.at(10, 2, 11)
    for t in tiltak:
        b.evaluate(
            "hanne",
            t,
            nadd=True,
            beslutning=Beslutning.AVSLUTTE,
            familie="Mor og far mener tiltakene har virket. Henrik spiser med god appetitt.",
            kommentar="Henrik spiser tre måltider med fast mat hver dag og drikker fra kopp.",
        )
    logs.close(
        b.ctx("hanne"),
        logg,
        "Henrik spiser tre måltider med fast mat hver dag. "
        "Mor, far og helsestasjonen er enige om at tiltakene har virket.",
    )


def _emma(b: _Builder) -> Story:
    """Set passive while the family is abroad, then reopened with a new consent."""
    due = b.review_day(10)
    yield b.at(3, 1, 13)
    logg = b.open_log(
        "hanne",
        EMMA,
        bekymring="Emma biter seg selv i hånda når hun blir frustrert.",
        kjennetegn="Emma viser med tegn eller ord når hun blir frustrert.",
        opprettholdende="Emma har få ord og ingen annen måte å vise at hun trenger hjelp.",
        barnets_stemme="Emma er ett og et halvt år. Hun ler når mor og far bruker tegn til sanger.",
    )
    yield b.at(3, 1, 13, 30)
    tegn = b.concern(
        "hanne",
        logg,
        "Emma biter seg selv i hånda flere ganger hver dag når hun blir frustrert.",
        "Emma viser med tegn eller ord når hun blir frustrert.",
    )
    b.goal(
        "hanne",
        tegn,
        "Emma viser med tegn når hun trenger hjelp",
        "hjemme hver dag",
        "og mor og far viser henne tegnene «stopp» og «hjelp».",
    )
    hanne_t = b.measure(
        "hanne",
        tegn,
        "Hanne Lie lærer mor og far fem enkle tegn på helsestasjonen i to samtaler.",
        TJENESTE,
        ansvarlig="hanne",
        days=42,
    )
    b.measure(
        "emma.mor",
        tegn,
        "Mor og far bruker tegnene «stopp», «hjelp» og «mer» hver dag sammen med Emma.",
        HJEM,
        evaluate_on=due,
    )
    yield b.at(9, 2, 10)
    b.note(
        "hanne",
        logg,
        "Familien skal være i Polen hos besteforeldrene i to måneder. "
        "Mor, far og Hanne Lie er enige om å sette loggen passiv fram til familien er tilbake.",
    )
    logs.set_passive(b.ctx("hanne"), logg)
    yield b.at(19, 1, 10)
    samtykke = b.consent("hanne", "emma", logg=logg, opprette_logg=True, utveksle_opplysninger=True)
    logs.reopen(b.ctx("hanne"), logg, samtykke)
    b.note(
        "hanne",
        logg,
        "Familien er tilbake. Mor og far har skrevet under et nytt samtykke, og Hanne Lie har gjenåpnet loggen.",
    )
    yield b.at(20, 1, 10)
    b.evaluate(
        "hanne",
        hanne_t,
        nadd=True,
        beslutning=Beslutning.AVSLUTTE,
        familie="Mor og far bruker tegnene hver dag. De trenger ikke flere samtaler.",
        kommentar="Mor og far kan fem tegn. Emma bruker to av dem selv.",
    )
    yield b.at(24, 5, 12)
    b.glimpse(
        "emma.mor",
        logg,
        "Emma viste tegnet for «hjelp» da hun ikke fikk av seg skoen. Hun ble ikke sint i det hele tatt.",
        tegn,
    )


def _ida(b: _Builder) -> Story:
    """A youth over 15 who consents herself, has her own login and writes her own lysglimt."""
    due = b.review_day(11)
    yield b.at(10, 1, 12)
    logg = b.open_log(
        "eva",
        IDA,
        bekymring="Ida kommer for sent eller er borte fra første time tre dager i uken. Hun sier at hun sover dårlig.",
        kjennetegn="Ida er på skolen fra første time hver dag og sover minst sju timer hver natt.",
        opprettholdende="Ida bruker mobilen i senga til langt på natt. Hun gruer seg til matematikktimene om morgenen.",
        barnets_stemme="Ida sier: «Jeg vil klare å stå opp, men jeg får ikke sove før klokken to.»",
        youth_consents=True,
    )
    people = [
        "Eva Nordli, helsesykepleier",
        "Ida Solberg",
        "Gro Solberg, mor",
        "Knut Solberg, far",
        "Lars Bakken, kontaktlærer",
    ]
    first = b.meeting(
        "eva",
        logg,
        b.at(11, 2, 13),
        "Øvingsvik skole, helsesykepleierkontoret",
        ["Ida forteller.", "Oppmerksomhet og mål.", "Hvem gjør hva?", "Dato for neste møte."],
        people,
    )
    yield b.at(11, 2, 12, 50)
    b.level("eva", logg, 2)  # the kontaktlærer and the GP are outside the health station
    yield b.at(11, 2, 13, 10)
    sovn = b.concern(
        "eva",
        logg,
        "Ida er borte fra første time tre dager i uken fordi hun ikke får sove om natten.",
        "Ida er på skolen klokken 08.30 hver dag.",
    )
    b.goal("eva", sovn, "Ida sovner før klokken 23", "fem kvelder i uken", "og legger mobilen på kjøkkenet klokken 22.")
    eva_t = b.measure(
        "eva",
        sovn,
        "Eva Nordli har en samtale med Ida om søvn på helsesykepleierkontoret hver tirsdag klokken 12 i seks uker.",
        TJENESTE,
        ansvarlig="eva",
        days=42,
    )
    b.measure(
        "eva",
        sovn,
        "Lars Bakken gir Ida en rolig start i første time med en oppgave hun kjenner.",
        TJENESTE,
        ansvarlig="lars",
        evaluate_on=due,
    )
    erik_t = b.measure(
        "eva",
        sovn,
        "Fastlege Erik Brenna har en samtale med Ida om søvn og ser etter andre grunner til at hun ligger våken.",
        TJENESTE,
        ansvarlig="erik",
        days=28,
    )
    b.measure(
        "ida.mor",
        sovn,
        "Mor og far lader mobilene til hele familien på kjøkkenet fra klokken 22.",
        HJEM,
        evaluate_on=due,
    )
    b.measure(
        "eva",
        sovn,
        "Ida legger mobilen på kjøkkenet klokken 22 og leser en bok i senga.",
        BARN,
        evaluate_on=due,
    )
    b.minutes(
        "eva",
        first,
        "Ida foreslo selv å lade mobilen på kjøkkenet. Mor og far gjør det samme. Neste møte er om seks uker.",
    )
    yield b.at(13, 4, 21)
    b.glimpse(
        "ida",
        logg,
        "Jeg sovnet før klokken 23 fire kvelder denne uken. Jeg var på skolen i første time hver dag.",
        sovn,
    )
    yield b.at(15, 2, 16)
    b.evaluate(
        "erik",
        erik_t,
        nadd=False,
        beslutning=Beslutning.AVSLUTTE,
        familie="Ida sier at samtalen var nyttig.",
        kommentar="Erik Brenna fant ingen andre grunner til søvnvanskene. Ida bestiller ny time ved behov.",
    )
    yield b.at(16, 3, 9)
    second = b.meeting(
        "eva",
        logg,
        b.at(17, 1, 13),
        "Øvingsvik skole, helsesykepleierkontoret",
        ["Lysglimt siden sist.", "Evaluering av samtalene og legetimen.", "Dato for neste møte."],
        people,
    )
    yield b.at(17, 1, 13, 10)
    b.evaluate(
        "eva",
        eva_t,
        nadd=False,
        beslutning=Beslutning.FORTSETTE,
        familie="Ida sier at samtalene hjelper. Mor og far ser at Ida er mer opplagt om morgenen.",
        kommentar="Ida sovner før klokken 23 tre til fire kvelder i uken. Samtalene fortsetter annenhver tirsdag.",
        mote=second,
        again_on=due,
    )
    b.minutes("eva", second, "Ida er på skolen i første time de fleste dagene. Alle tiltakene fortsetter.")
    yield b.at(20, 2, 9)
    b.glimpse("lars", logg, "Ida svarte på tavla i matematikktimen i dag. Hun var på skolen klokken 08.15.", sovn)
    yield b.at(25, 6, 11)
    b.glimpse("ida.mor", logg, "Ida sto opp selv og lagde frokost til hele familien i dag.", sovn)
    yield b.at(34, 2, 22)
    b.glimpse("ida", logg, "Jeg har vært på skolen i første time hver dag i tre uker nå.", sovn)


def _theo(b: _Builder) -> Story:
    """A new log; the last home tiltak is so fresh that its text can still be corrected."""
    due = b.review_day(14)
    yield b.at(40, 1, 10)
    logg = b.open_log(
        "hanne",
        THEO,
        bekymring="Theo gråter i flere timer hver kveld, og mor og far klarer ikke å trøste ham.",
        kjennetegn="Theo og foreldrene har rolige kvelder minst fem dager i uken.",
        opprettholdende="Mor og far er slitne og bytter sjelden på å trøste Theo.",
        barnets_stemme="Theo er et halvt år. Han roer seg når han ligger tett inntil mor eller far.",
    )
    yield b.at(41, 2, 13)
    kveld = b.concern(
        "hanne",
        logg,
        "Theo gråter i to til tre timer hver kveld mellom klokken 18 og 21.",
        "Theo og foreldrene har rolige kvelder minst fem dager i uken.",
    )
    b.goal(
        "hanne",
        kveld,
        "Theo roer seg",
        "om kvelden mellom klokken 18 og 21",
        "og mor og far bytter på å bære ham i bæresele.",
    )
    b.measure(
        "hanne",
        kveld,
        "Hanne Lie kommer på hjemmebesøk hver onsdag klokken 13 i fire uker.",
        TJENESTE,
        ansvarlig="hanne",
        evaluate_on=due,
    )
    yield b.now - dt.timedelta(hours=1)
    b.measure(
        "theo.mor",
        kveld,
        "Mor og far bytter på å ha kveldsvakt, slik at begge får sove fire timer i strekk.",
        HJEM,
        evaluate_on=due,
    )


_STORIES = (
    _ella_fjellstad,
    _noah,
    _emil,
    _sara,
    _jonas,
    _tori,
    _lina,
    _oskar,
    _ella_nordby,
    _aksel,
    _filip,
    _maja,
    _sander,
    _jakob,
    _olivia,
    _william,
    _henrik,
    _emma,
    _ida,
    _theo,
)
_CHILDREN = (
    ELLA_F,
    NOAH,
    EMIL,
    SARA,
    JONAS,
    TORI,
    LINA,
    OSKAR,
    ELLA_N,
    AKSEL,
    FILIP,
    MAJA,
    SANDER,
    JAKOB,
    OLIVIA,
    WILLIAM,
    HENRIK,
    EMMA,
    IDA,
    THEO,
)

# Who a course participant can be, and how the sign-in list describes them.
_SIGN_IN: tuple[tuple[str, str], ...] = (
    ("astrid", "Kommuneadministrator i Øvingsvik kommune"),
    ("hilde", "Leder, rektor ved Øvingsvik skole (ser hvilke logger som finnes, ikke innholdet)"),
    ("kari", "Stafettholder, pedagogisk leder i Solsikken barnehage"),
    ("silje", "Stafettholder, pedagogisk leder i Tussilago barnehage"),
    ("hanne", "Stafettholder, helsesykepleier ved Øvingsvik helsestasjon"),
    ("lars", "Stafettholder, kontaktlærer ved Øvingsvik skole"),
    ("ahmed", "Aktør, assistent i Solsikken barnehage"),
    ("kristin", "Aktør, rådgiver i pedagogisk-psykologisk tjeneste (PPT Øvingsvik)"),
    ("erik", "Aktør, fastlege utenfor kommunen (stafettholderen kan knytte ham til logger på nivå 2 og 3)"),
    ("ingrid", "Lesetilgang, fysioterapeut ved Øvingsvik helsestasjon (ser bare måltidene i Ella Fjellstads logg)"),
    ("ellaf.mor", "Foresatt, mor til Ella Fjellstad i Solsikken barnehage"),
    ("jonas.far", "Foresatt, far til Jonas Strand i Tussilago barnehage"),
    ("ida", "Ungdom over 15 år med egen innlogging"),
)


def build_training_municipality(
    session: Session, *, device: str = "kurs", now: dt.datetime | None = None, seed: int = 2026
) -> TrainingResult:
    """Build Øvingsvik kommune in ``session`` (the caller commits).

    About ten months of history end just before ``now`` (default: the real time); the same
    ``seed`` gives the same names and fødselsnumre.
    """
    if now is None:
        now = dt.datetime.now(dt.UTC)
    if now.tzinfo is None:
        raise ValueError("now must be an aware datetime")
    builder = _Builder(session, device=device, now=now, seed=seed)
    builder.organise()
    builder.run([story(builder) for story in _STORIES])
    assert builder.kommune_id is not None
    people = []
    for key, rolle in _SIGN_IN:
        person = builder.staff[key] if key in builder.staff else builder.family[key]
        people.append(TrainingPerson(PersonRef.of(person), person.navn, rolle, key))
    return TrainingResult(
        kommune_id=builder.kommune_id,
        people=people,
        logs={child.navn: builder.logs[child.key] for child in _CHILDREN},
    )
