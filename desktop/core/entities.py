"""The schema: SQLAlchemy 2.x typed mapped classes.

Domain nouns are the users' words (ASCII-folded), the rest is English. Every entity
that the sync moves (``Synced``) has a client-made UUID, ``created_at``, ``updated_at``
and a ``version`` counter that the outbox hook bumps on every change.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy import Enum as SAEnum
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from desktop.core.types import UtcDateTime

# Named constraints, so that later (batch) migrations can drop or alter them on SQLite.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
TYPE_ANNOTATION_MAP: dict[Any, Any] = {
    dt.datetime: UtcDateTime(),
    dict[str, Any]: JSON(),
    list[str]: JSON(),
    list[Any]: JSON(),
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = TYPE_ANNOTATION_MAP


def enum_column(enum_cls: type[enum.Enum]) -> SAEnum:
    """Store an enum by its value (readable in the wire format and on the server)."""
    return SAEnum(
        enum_cls,
        native_enum=False,
        values_callable=lambda e: [m.value for m in e],
        length=32,
        validate_strings=True,
    )


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Synced:
    """Mixin for everything the sync moves. ``version`` starts at 1."""

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    created_at: Mapped[dt.datetime] = mapped_column(default=_utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=_utcnow)
    version: Mapped[int] = mapped_column(default=1)


# --------------------------------------------------------------------------- enums


class PersonKind(enum.StrEnum):
    ANSATT = "ansatt"
    FORESATT = "foresatt"
    BARN = "barn"


class LoggStatus(enum.StrEnum):
    AKTIV = "aktiv"
    PASSIV = "passiv"
    AVSLUTTET = "avsluttet"


class Arena(enum.StrEnum):
    """Who a tiltak belongs to: the service, the home, or the child."""

    TJENESTE = "tjeneste"
    HJEM = "hjem"
    BARN = "barn"


class TiltakStatus(enum.StrEnum):
    PLANLAGT = "planlagt"  # a later step of a tiltakstrapp
    AKTIV = "aktiv"
    AVSLUTTET = "avsluttet"  # evaluated
    FEILREGISTRERT = "feilregistrert"


class Beslutning(enum.StrEnum):
    """The guide's decision tree after «Er målet nådd?»."""

    NYE_MAL = "nye_mal"  # yes → work towards new goals
    AVSLUTTE = "avslutte"  # yes/no → end this tiltak
    FORTSETTE = "fortsette"  # no → continue (a new period of the same tiltak)
    ENDRE_MAL = "endre_mal"  # no → change the goal
    ENDRE_TILTAK = "endre_tiltak"  # no → change the tiltak
    FEILREGISTRERT = "feilregistrert"  # wrongly registered (e.g. wrong actor)


class OverforingType(enum.StrEnum):
    INNEN_ENHET = "innen_enhet"
    ANNEN_ENHET = "annen_enhet"
    ANNEN_KOMMUNE = "annen_kommune"


class OverforingStatus(enum.StrEnum):
    VENTER = "venter"
    AKSEPTERT = "akseptert"
    AVVIST = "avvist"
    TRUKKET = "trukket"  # withdrawn by the sender before an answer


class FaktorOmrade(enum.StrEnum):
    """The areas of the guide's figure «Å utvikle gode tiltak»."""

    VENNSKAP = "vennskap"  # vennskap og sosialt miljø
    KOMMUNIKASJON = "kommunikasjon"  # kommunikasjon og relasjon
    FAGLIG_INNHOLD = "faglig_innhold"  # faglig innhold / inkluderende praksis
    STRUKTUR = "struktur"  # struktur, rutiner, regler
    SAMARBEID_HJEM = "samarbeid_hjem"  # samarbeid med hjem
    VIRKELIGHETSOPPFATNING = "virkelighetsoppfatning"
    MESTRINGSSTRATEGIER = "mestringsstrategier"
    FORUTSETNINGER = "forutsetninger"  # barnets forutsetninger
    BARNETS_STEMME = "barnets_stemme"


class FaktorSted(enum.StrEnum):
    """Where a maintaining factor lies, and so who must work on it."""

    TJENESTE = "tjeneste"
    HJEM = "hjem"
    BARNET = "barnet"


# --------------------------------------------------------------------------- organisation


class Kommune(Synced, Base):
    __tablename__ = "kommune"

    navn: Mapped[str] = mapped_column(String(120))
    nummer: Mapped[str] = mapped_column(String(4), unique=True)


class Tjeneste(Synced, Base):
    """A service type: barnehage, skole, helsestasjon, PPT, barnevern..."""

    __tablename__ = "tjeneste"

    kommune_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("kommune.id"))
    navn: Mapped[str] = mapped_column(String(120))


class Enhet(Synced, Base):
    """A unit (virksomhet) of a service: one kindergarten, one school."""

    __tablename__ = "enhet"

    kommune_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("kommune.id"))
    tjeneste_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tjeneste.id"))
    navn: Mapped[str] = mapped_column(String(160))

    kommune: Mapped[Kommune] = relationship(lazy="joined")
    tjeneste: Mapped[Tjeneste] = relationship(lazy="joined")


class Ansatt(Synced, Base):
    """An employee (or an external actor such as a GP, who has no unit here)."""

    __tablename__ = "ansatt"
    __table_args__ = (UniqueConstraint("kommune_id", "fodselsnummer"),)

    kommune_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("kommune.id"))
    enhet_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("enhet.id"))
    fornavn: Mapped[str] = mapped_column(String(80))
    etternavn: Mapped[str] = mapped_column(String(80))
    fodselsnummer: Mapped[str] = mapped_column(String(11))
    stilling: Mapped[str] = mapped_column(String(120), default="")
    epost: Mapped[str] = mapped_column(String(200), default="")
    telefon: Mapped[str] = mapped_column(String(40), default="")
    er_aktor: Mapped[bool] = mapped_column(Boolean, default=False)
    er_stafettholder: Mapped[bool] = mapped_column(Boolean, default=False)
    er_leder: Mapped[bool] = mapped_column(Boolean, default=False)
    er_kommuneadmin: Mapped[bool] = mapped_column(Boolean, default=False)
    er_ekstern: Mapped[bool] = mapped_column(Boolean, default=False)
    fjernet_at: Mapped[dt.datetime | None]

    enhet: Mapped[Enhet | None] = relationship(lazy="joined")

    kind = PersonKind.ANSATT

    @property
    def navn(self) -> str:
        return f"{self.fornavn} {self.etternavn}"


class Barn(Synced, Base):
    __tablename__ = "barn"

    kommune_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("kommune.id"))
    fornavn: Mapped[str] = mapped_column(String(80))
    etternavn: Mapped[str] = mapped_column(String(80))
    fodselsnummer: Mapped[str] = mapped_column(String(11))
    fodselsdato: Mapped[dt.date] = mapped_column(Date)

    foresatte: Mapped[list[Foresatt]] = relationship(
        back_populates="barn", cascade="all, delete-orphan", order_by="Foresatt.created_at"
    )

    kind = PersonKind.BARN

    @property
    def navn(self) -> str:
        return f"{self.fornavn} {self.etternavn}"


class Foresatt(Synced, Base):
    """A guardian. Only those with foreldreansvar give consent and see the log."""

    __tablename__ = "foresatt"

    barn_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("barn.id"))
    fornavn: Mapped[str] = mapped_column(String(80))
    etternavn: Mapped[str] = mapped_column(String(80))
    fodselsnummer: Mapped[str] = mapped_column(String(11), default="")
    relasjon: Mapped[str] = mapped_column(String(40), default="")  # mor, far, farmor...
    foreldreansvar: Mapped[bool] = mapped_column(Boolean, default=True)
    epost: Mapped[str] = mapped_column(String(200), default="")
    telefon: Mapped[str] = mapped_column(String(40), default="")
    adresse: Mapped[str] = mapped_column(String(200), default="")

    barn: Mapped[Barn] = relationship(back_populates="foresatte")

    kind = PersonKind.FORESATT

    @property
    def navn(self) -> str:
        return f"{self.fornavn} {self.etternavn}"


Person = Ansatt | Foresatt | Barn


# --------------------------------------------------------------------------- the log


class Stafettlogg(Synced, Base):
    __tablename__ = "stafettlogg"

    barn_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("barn.id"))
    enhet_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("enhet.id"))
    stafettholder_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("ansatt.id"))
    niva: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[LoggStatus] = mapped_column(enum_column(LoggStatus), default=LoggStatus.AKTIV)
    # The start page's three questions.
    bekymring: Mapped[str] = mapped_column(Text, default="")
    kjennetegn: Mapped[str] = mapped_column(Text, default="")
    opprettholdende: Mapped[str] = mapped_column(Text, default="")
    barnets_stemme: Mapped[str] = mapped_column(Text, default="")
    passiv_at: Mapped[dt.datetime | None]
    avsluttet_at: Mapped[dt.datetime | None]
    avslutningsgrunn: Mapped[str] = mapped_column(Text, default="")

    barn: Mapped[Barn] = relationship(lazy="joined")
    enhet: Mapped[Enhet] = relationship(lazy="joined")
    stafettholder: Mapped[Ansatt] = relationship(lazy="joined")
    oppmerksomheter: Mapped[list[Oppmerksomhet]] = relationship(
        back_populates="logg", cascade="all, delete-orphan", order_by="Oppmerksomhet.rekkefolge"
    )
    lysglimt: Mapped[list[Lysglimt]] = relationship(cascade="all, delete-orphan", order_by="Lysglimt.created_at")
    notater: Mapped[list[Notat]] = relationship(cascade="all, delete-orphan", order_by="Notat.created_at")
    moter: Mapped[list[Mote]] = relationship(cascade="all, delete-orphan", order_by="Mote.tidspunkt")
    lesetilganger: Mapped[list[Lesetilgang]] = relationship(cascade="all, delete-orphan")
    overforinger: Mapped[list[Overforing]] = relationship(
        cascade="all, delete-orphan", order_by="Overforing.created_at"
    )


class Samtykke(Synced, Base):
    """A signed consent form (archived on paper or as a scanned PDF)."""

    __tablename__ = "samtykke"

    barn_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("barn.id"))
    logg_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("stafettlogg.id", ondelete="SET NULL"))
    opprette_logg: Mapped[bool] = mapped_column(Boolean, default=False)
    utveksle_opplysninger: Mapped[bool] = mapped_column(Boolean, default=False)
    overfore_enhet: Mapped[bool] = mapped_column(Boolean, default=False)
    overfore_kommune: Mapped[bool] = mapped_column(Boolean, default=False)
    lesetilgang_for: Mapped[list[str]] = mapped_column(default=list)  # ansatt ids
    gitt_av_foresatte: Mapped[list[str]] = mapped_column(default=list)  # foresatt ids
    gitt_av_barnet: Mapped[bool] = mapped_column(Boolean, default=False)  # youth from 15
    signert_dato: Mapped[dt.date] = mapped_column(Date)
    utloper: Mapped[dt.date | None] = mapped_column(Date)
    skannet_vedlegg_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("vedlegg.id", ondelete="SET NULL"))
    registrert_av_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("ansatt.id"))
    trukket_at: Mapped[dt.datetime | None]
    trukket_grunn: Mapped[str] = mapped_column(Text, default="")


class Oppmerksomhet(Synced, Base):
    """A concern: «what we pay attention to». One descriptive, measurable sentence."""

    __tablename__ = "oppmerksomhet"

    logg_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stafettlogg.id"))
    tekst: Mapped[str] = mapped_column(Text)
    kjennetegn_maloppnaelse: Mapped[str] = mapped_column(Text, default="")
    rekkefolge: Mapped[int] = mapped_column(Integer, default=0)
    avsluttet_at: Mapped[dt.datetime | None]

    logg: Mapped[Stafettlogg] = relationship(back_populates="oppmerksomheter")
    mal: Mapped[list[Mal]] = relationship(cascade="all, delete-orphan", order_by="Mal.created_at")
    tiltak: Mapped[list[Tiltak]] = relationship(
        back_populates="oppmerksomhet",
        cascade="all, delete-orphan",
        order_by="(Tiltak.arena, Tiltak.trinn, Tiltak.created_at)",
    )
    faktorer: Mapped[list[Faktor]] = relationship(cascade="all, delete-orphan", order_by="Faktor.created_at")
    koblinger: Mapped[list[FaktorKobling]] = relationship(cascade="all, delete-orphan")


class Mal(Synced, Base):
    """A goal, built A (present tense) → A+B (time and place) → A+B+C (how)."""

    __tablename__ = "mal"

    oppmerksomhet_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("oppmerksomhet.id"))
    del_a: Mapped[str] = mapped_column(Text)
    del_b: Mapped[str] = mapped_column(Text, default="")
    del_c: Mapped[str] = mapped_column(Text, default="")
    # The guide's check questions, answered by the people writing the goal.
    sjekk_malbart: Mapped[bool] = mapped_column(Boolean, default=False)
    sjekk_akseptert: Mapped[bool] = mapped_column(Boolean, default=False)
    sjekk_realistisk: Mapped[bool] = mapped_column(Boolean, default=False)
    sjekk_tidsperiode: Mapped[bool] = mapped_column(Boolean, default=False)
    sjekk_forstaelig: Mapped[bool] = mapped_column(Boolean, default=False)
    erstattet_at: Mapped[dt.datetime | None]

    @property
    def tekst(self) -> str:
        return " ".join(p.strip() for p in (self.del_a, self.del_b, self.del_c) if p.strip())


class Tiltak(Synced, Base):
    """A measure. Exactly one responsible: an employee (tjeneste), the guardians (hjem) or the child."""

    __tablename__ = "tiltak"

    oppmerksomhet_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("oppmerksomhet.id"))
    tekst: Mapped[str] = mapped_column(Text)
    arena: Mapped[Arena] = mapped_column(enum_column(Arena))
    ansvarlig_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("ansatt.id"))
    status: Mapped[TiltakStatus] = mapped_column(enum_column(TiltakStatus), default=TiltakStatus.AKTIV)
    fra_dato: Mapped[dt.date | None] = mapped_column(Date)
    til_dato: Mapped[dt.date | None] = mapped_column(Date)
    evalueringsdato: Mapped[dt.date | None] = mapped_column(Date)
    trinn: Mapped[int] = mapped_column(Integer, default=1)  # position in a tiltakstrapp
    faktor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("faktor.id", ondelete="SET NULL"))
    erstatter_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("tiltak.id", ondelete="SET NULL"))
    opprettet_av_type: Mapped[PersonKind] = mapped_column(enum_column(PersonKind))
    opprettet_av_id: Mapped[uuid.UUID]

    oppmerksomhet: Mapped[Oppmerksomhet] = relationship(back_populates="tiltak")
    ansvarlig: Mapped[Ansatt | None] = relationship(lazy="joined")
    # Many-to-one links also tell the unit of work to delete dependants first.
    faktor: Mapped[Faktor | None] = relationship()
    erstatter: Mapped[Tiltak | None] = relationship(remote_side="Tiltak.id")
    evaluering: Mapped[Evaluering | None] = relationship(
        cascade="all, delete-orphan", back_populates="tiltak", uselist=False
    )


class Evaluering(Synced, Base):
    """The one evaluation of a tiltak (the unique constraint keeps it to one)."""

    __tablename__ = "evaluering"

    tiltak_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tiltak.id"), unique=True)
    dato: Mapped[dt.date] = mapped_column(Date)
    mal_nadd: Mapped[bool | None] = mapped_column(Boolean)
    beslutning: Mapped[Beslutning] = mapped_column(enum_column(Beslutning))
    familiens_vurdering: Mapped[str] = mapped_column(Text, default="")
    kommentar: Mapped[str] = mapped_column(Text, default="")
    evaluert_av_type: Mapped[PersonKind] = mapped_column(enum_column(PersonKind))
    evaluert_av_id: Mapped[uuid.UUID]
    mote_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("mote.id", ondelete="SET NULL"))

    tiltak: Mapped[Tiltak] = relationship(back_populates="evaluering")
    mote: Mapped[Mote | None] = relationship()


class Lysglimt(Synced, Base):
    """A positive event that shows progress — it should reach the child."""

    __tablename__ = "lysglimt"

    logg_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stafettlogg.id"))
    oppmerksomhet_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("oppmerksomhet.id", ondelete="SET NULL"))
    tekst: Mapped[str] = mapped_column(Text)
    dato: Mapped[dt.date] = mapped_column(Date)
    forfatter_type: Mapped[PersonKind] = mapped_column(enum_column(PersonKind))
    forfatter_id: Mapped[uuid.UUID]

    oppmerksomhet: Mapped[Oppmerksomhet | None] = relationship()


class Notat(Synced, Base):
    """History that is not a tiltak. ``internt`` notes are never shown on a wall screen."""

    __tablename__ = "notat"

    logg_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stafettlogg.id"))
    tekst: Mapped[str] = mapped_column(Text)
    internt: Mapped[bool] = mapped_column(Boolean, default=False)
    forfatter_type: Mapped[PersonKind] = mapped_column(enum_column(PersonKind))
    forfatter_id: Mapped[uuid.UUID]

    vedlegg: Mapped[list[Vedlegg]] = relationship(cascade="all, delete-orphan", order_by="Vedlegg.created_at")


class Vedlegg(Synced, Base):
    """A PDF, stored inside the encrypted database so it is never plaintext on disk."""

    __tablename__ = "vedlegg"

    notat_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("notat.id"))
    filnavn: Mapped[str] = mapped_column(String(255))
    mimetype: Mapped[str] = mapped_column(String(80), default="application/pdf")
    innhold: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    storrelse: Mapped[int] = mapped_column(Integer)


class Mote(Synced, Base):
    """An interdisciplinary meeting, called and led by the stafettholder."""

    __tablename__ = "mote"

    logg_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stafettlogg.id"))
    tidspunkt: Mapped[dt.datetime]
    sted: Mapped[str] = mapped_column(String(200), default="")
    dagsorden: Mapped[str] = mapped_column(Text, default="")
    deltakere: Mapped[list[str]] = mapped_column(default=list)
    referat: Mapped[str] = mapped_column(Text, default="")


class Lesetilgang(Synced, Base):
    """Read-only access for a named employee, to the whole log or chosen concerns."""

    __tablename__ = "lesetilgang"

    logg_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stafettlogg.id"))
    ansatt_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("ansatt.id"))
    hele_loggen: Mapped[bool] = mapped_column(Boolean, default=True)
    oppmerksomheter: Mapped[list[str]] = mapped_column(default=list)
    samtykke_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("samtykke.id"))
    opphevet_at: Mapped[dt.datetime | None]


class Overforing(Synced, Base):
    """A transfer of the stafettpinne; the sender holds it until the receiver accepts."""

    __tablename__ = "overforing"

    logg_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stafettlogg.id"))
    type: Mapped[OverforingType] = mapped_column(enum_column(OverforingType))
    status: Mapped[OverforingStatus] = mapped_column(enum_column(OverforingStatus), default=OverforingStatus.VENTER)
    fra_ansatt_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("ansatt.id"))
    sendt_av_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("ansatt.id"))  # a leader may send for the holder
    til_ansatt_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("ansatt.id"))
    til_enhet_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("enhet.id"))
    til_kommune: Mapped[str] = mapped_column(String(120), default="")
    grunn: Mapped[str] = mapped_column(Text)
    oppmerksomheter: Mapped[list[str]] = mapped_column(default=list)
    samtykke_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("samtykke.id"))
    svar_grunn: Mapped[str] = mapped_column(Text, default="")
    besvart_at: Mapped[dt.datetime | None]
    besvart_av_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("ansatt.id"))


class Faktor(Synced, Base):
    """A maintaining factor (opprettholdende faktor) in the diagram of one concern."""

    __tablename__ = "faktor"

    oppmerksomhet_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("oppmerksomhet.id"))
    omrade: Mapped[FaktorOmrade] = mapped_column(enum_column(FaktorOmrade))
    tekst: Mapped[str] = mapped_column(Text)
    x: Mapped[float] = mapped_column(Float, default=0.0)
    y: Mapped[float] = mapped_column(Float, default=0.0)
    prioritet: Mapped[int] = mapped_column(Integer, default=0)  # 0 = not prioritised, 1 = highest
    sted: Mapped[FaktorSted | None] = mapped_column(enum_column(FaktorSted))


class FaktorKobling(Synced, Base):
    """A link between two factors, or (``til_id`` None) from a factor to the concern itself."""

    __tablename__ = "faktor_kobling"

    oppmerksomhet_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("oppmerksomhet.id"))
    fra_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("faktor.id", ondelete="CASCADE"))
    til_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("faktor.id", ondelete="CASCADE"))

    fra: Mapped[Faktor] = relationship(foreign_keys=[fra_id])
    til: Mapped[Faktor | None] = relationship(foreign_keys=[til_id])


# --------------------------------------------------------------------------- bookkeeping (not synced)


class OutboxStatus(enum.StrEnum):
    PENDING = "pending"
    SENT = "sent"
    REJECTED = "rejected"
    CONFLICT = "conflict"
    RESOLVED = "resolved"  # a conflict or rejection the user has dealt with


class OutboxEntry(Base):
    """One local change, written in the same transaction as the change itself.

    It is what the sync pushes, and — kept after sending — the log's change history.
    """

    __tablename__ = "outbox"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    change_id: Mapped[uuid.UUID] = mapped_column(unique=True, default=uuid.uuid4)
    at: Mapped[dt.datetime]
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[uuid.UUID] = mapped_column(index=True)
    operation: Mapped[str] = mapped_column(String(8))  # insert / update / delete
    base_version: Mapped[int | None]
    new_version: Mapped[int | None]
    values: Mapped[dict[str, Any]] = mapped_column(default=dict)
    old_values: Mapped[dict[str, Any]] = mapped_column(default=dict)
    logg_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    author_type: Mapped[str] = mapped_column(String(16))
    author_id: Mapped[uuid.UUID | None]
    device: Mapped[str] = mapped_column(String(64))
    status: Mapped[OutboxStatus] = mapped_column(enum_column(OutboxStatus), default=OutboxStatus.PENDING, index=True)
    status_detail: Mapped[str] = mapped_column(Text, default="")
    sync_change_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    # The PC's own change, not yet confirmed by the server when this one was made, that this
    # row change builds on: if the server refuses that one, it must refuse this one too.
    base_change_id: Mapped[uuid.UUID | None]


class SyncChange(Base):
    """One transaction's changes as the sync pushes them: the use-case calls that made them.

    The server re-runs ``commands`` as the signed-in person (it never trusts the rows), and
    applies the whole change or none of it. ``server_rows`` keeps the server's version of
    every row the change touched as of its answer: the other side of a conflict.
    """

    __tablename__ = "sync_change"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    change_id: Mapped[uuid.UUID] = mapped_column(unique=True)
    at: Mapped[dt.datetime]
    author_type: Mapped[str] = mapped_column(String(16))
    author_id: Mapped[uuid.UUID | None]
    device: Mapped[str] = mapped_column(String(64))
    commands: Mapped[list[Any]] = mapped_column(JSON, default=list)
    status: Mapped[OutboxStatus] = mapped_column(enum_column(OutboxStatus), default=OutboxStatus.PENDING, index=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    server_rows: Mapped[list[Any]] = mapped_column(JSON, default=list)
    # Set on a change that settles an earlier conflict or rejection: which one, and how.
    resolves: Mapped[uuid.UUID | None]
    choice: Mapped[str] = mapped_column(String(16), default="")
    attempts: Mapped[int] = mapped_column(default=0)


class AuditEntry(Base):
    """An append-only, hash-chained record of who read, changed, exported or showed a log."""

    __tablename__ = "audit"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[dt.datetime]
    person_type: Mapped[str] = mapped_column(String(16))
    person_id: Mapped[uuid.UUID | None]
    device: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(40))
    logg_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class Setting(Base):
    """Workspace facts that are not the users' data (device id, audit head)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


SYNCED_TYPES: tuple[type[Base], ...] = (
    Kommune,
    Tjeneste,
    Enhet,
    Ansatt,
    Barn,
    Foresatt,
    Stafettlogg,
    Samtykke,
    Oppmerksomhet,
    Mal,
    Tiltak,
    Evaluering,
    Lysglimt,
    Notat,
    Vedlegg,
    Mote,
    Lesetilgang,
    Overforing,
    Faktor,
    FaktorKobling,
)


# --------------------------------------------------------------------------- transfer packages (not synced)


class KjentKommune(Base):
    """Another kommune's public keys, imported from its ``*.stafettnokkel`` file.

    Trusted because the administrators compared the fingerprint by phone; not synced (the
    server will keep its own list when the kommune key moves there).
    """

    __tablename__ = "kjent_kommune"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    nummer: Mapped[str] = mapped_column(String(4), index=True)
    navn: Mapped[str] = mapped_column(String(120))
    x25519: Mapped[str] = mapped_column(String(64))  # hex of the raw public key
    ed25519: Mapped[str] = mapped_column(String(64))
    fingerprint: Mapped[str] = mapped_column(String(64), unique=True)
    lagt_til_at: Mapped[dt.datetime]
    lagt_til_av_id: Mapped[uuid.UUID]


class Pakke(Base):
    """A transfer package written or read here: refuses replays, and ties a receipt to its log."""

    __tablename__ = "pakke"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)  # the package id in its header
    retning: Mapped[str] = mapped_column(String(3))  # «ut» written here, «inn» read here
    type: Mapped[str] = mapped_column(String(16))  # «logg» or «kvittering»
    kommune_nummer: Mapped[str] = mapped_column(String(4))  # the other kommune
    fingerprint: Mapped[str] = mapped_column(String(64))  # the other kommune's key
    overforing_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    logg_id: Mapped[uuid.UUID | None]
    svar_pa_id: Mapped[uuid.UUID | None]  # a receipt: the log package it answers
    resultat: Mapped[str] = mapped_column(String(16), default="")  # a receipt: akseptert / avvist
    at: Mapped[dt.datetime]
    person_id: Mapped[uuid.UUID | None]
