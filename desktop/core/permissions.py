"""Who may do what with a log: one decision function that every use case calls.

The views ask the same function to decide what to offer, and the server asks it
again for every pushed change, so a rule lives in exactly one place.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from dataclasses import dataclass

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from desktop.core.entities import (
    Ansatt,
    Arena,
    Barn,
    Evaluering,
    Faktor,
    FaktorKobling,
    Foresatt,
    Lesetilgang,
    LoggStatus,
    Lysglimt,
    Mal,
    Oppmerksomhet,
    Overforing,
    OverforingStatus,
    OverforingType,
    Person,
    Stafettlogg,
    Tiltak,
    TiltakStatus,
)
from desktop.core.errors import PermissionDenied, RuleViolation


class Action(enum.Enum):
    READ = "lese loggen"
    EDIT_CONTENT = "endre oppmerksomheter, mål og startside"
    ADD_TILTAK = "legge inn tiltak"
    EDIT_TILTAK = "endre tiltak"
    EVALUATE = "evaluere tiltak"
    POST_LYSGLIMT = "skrive lysglimt"
    ADD_NOTAT = "skrive notat"
    MANAGE_MEETINGS = "kalle inn til møter"
    MANAGE_ACCESS = "gi eller fjerne lesetilgang"
    CHANGE_LEVEL = "endre nivå"
    SET_PASSIVE = "sette loggen passiv"
    CLOSE = "avslutte loggen"
    REOPEN = "gjenåpne loggen"
    DELETE = "slette loggen"
    TRANSFER = "overføre loggen"
    EDIT_DIAGRAM = "endre faktordiagrammet"
    SHOW_MEETING_MODE = "vise loggen i møtemodus"


class Role(enum.Enum):
    """A person's relation to one log. A person can hold several at once."""

    STAFETTHOLDER = "stafettholder"
    AKTOR = "aktør"
    LESER = "lesetilgang"
    FORESATT = "foresatt"
    BARN = "barnet"
    LEDER = "leder for enheten"


@dataclass(frozen=True)
class Relation:
    roles: frozenset[Role]
    # For a reader limited to chosen concerns: their ids; None means the whole log. Only such a
    # reader is "limited" (no notes, transfers, history): the hidden concerns below are another matter.
    readable: frozenset[uuid.UUID] | None = None
    # Concerns left behind at an accepted transfer (:func:`left_behind`): only the family reads
    # them, and what hangs on them. Never in ``readable``.
    hidden: frozenset[uuid.UUID] = frozenset()

    def sees(self, oppmerksomhet_id: uuid.UUID | None) -> bool:
        """Whether what hangs on this concern is shown (None: on the log itself, a lysglimt say)."""
        if oppmerksomhet_id is not None and oppmerksomhet_id in self.hidden:
            return False
        return self.readable is None or oppmerksomhet_id in self.readable


# What each role may do while the log is active. Passive and closed logs are read-only,
# except the life-cycle actions listed in _WHEN_NOT_ACTIVE.
_ACTIVE: dict[Role, frozenset[Action]] = {
    Role.STAFETTHOLDER: frozenset(Action) - {Action.DELETE, Action.REOPEN},
    Role.AKTOR: frozenset({Action.READ, Action.EDIT_TILTAK, Action.EVALUATE, Action.POST_LYSGLIMT}),
    Role.LESER: frozenset({Action.READ}),
    # Guardians shape the home tiltak: they add and correct them (never the service's).
    Role.FORESATT: frozenset({Action.READ, Action.POST_LYSGLIMT, Action.ADD_TILTAK, Action.EDIT_TILTAK}),
    Role.BARN: frozenset({Action.READ, Action.POST_LYSGLIMT}),
    # A leader sees that a log exists, not its content; may transfer for an absent holder.
    Role.LEDER: frozenset({Action.TRANSFER}),
}
_WHEN_NOT_ACTIVE: dict[LoggStatus, dict[Role, frozenset[Action]]] = {
    LoggStatus.PASSIV: {
        Role.STAFETTHOLDER: frozenset({Action.READ, Action.REOPEN, Action.CLOSE}),
        Role.AKTOR: frozenset({Action.READ}),
        Role.LESER: frozenset({Action.READ}),
        Role.FORESATT: frozenset({Action.READ}),
        Role.BARN: frozenset({Action.READ}),
        Role.LEDER: frozenset({Action.DELETE}),
    },
    LoggStatus.AVSLUTTET: {
        Role.STAFETTHOLDER: frozenset({Action.READ}),
        Role.AKTOR: frozenset({Action.READ}),
        Role.LESER: frozenset({Action.READ}),
        Role.FORESATT: frozenset({Action.READ}),
        Role.BARN: frozenset({Action.READ}),
        Role.LEDER: frozenset(),
    },
}


def allowed_actions(status: LoggStatus, roles: frozenset[Role]) -> frozenset[Action]:
    table = _ACTIVE if status is LoggStatus.AKTIV else _WHEN_NOT_ACTIVE[status]
    result: frozenset[Action] = frozenset()
    for role in roles:
        result |= table.get(role, frozenset())
    return result


# Who reads the concerns a transfer left behind: they are the family's history, not the new plan.
FAMILY = frozenset({Role.FORESATT, Role.BARN})


def relation(session: Session, person: Person, logg: Stafettlogg) -> Relation:
    roles: set[Role] = set()
    readable: frozenset[uuid.UUID] | None = None
    if isinstance(person, Ansatt):
        if person.fjernet_at is not None:
            return Relation(frozenset())
        if logg.stafettholder_id == person.id:
            roles.add(Role.STAFETTHOLDER)
        if is_aktor(session, person.id, logg.id):
            roles.add(Role.AKTOR)
        if person.er_leder and person.enhet_id == logg.enhet_id:
            roles.add(Role.LEDER)
        grants = session.scalars(
            select(Lesetilgang).where(
                Lesetilgang.logg_id == logg.id,
                Lesetilgang.ansatt_id == person.id,
                Lesetilgang.opphevet_at.is_(None),
            )
        ).all()
        if grants:
            roles.add(Role.LESER)
            if not any(g.hele_loggen for g in grants):
                readable = frozenset(uuid.UUID(i) for g in grants for i in g.oppmerksomheter)
    elif isinstance(person, Foresatt):
        if person.barn_id == logg.barn_id and person.foreldreansvar:
            roles.add(Role.FORESATT)
    elif isinstance(person, Barn) and person.id == logg.barn_id:
        roles.add(Role.BARN)
    # A reader's limit only applies when nothing else gives them the whole log.
    if roles & {Role.STAFETTHOLDER, Role.AKTOR, Role.FORESATT, Role.BARN}:
        readable = None
    hidden: frozenset[uuid.UUID] = frozenset()
    if roles - {Role.LEDER} and not roles & FAMILY:  # a leader alone reads nothing anyway
        hidden = left_behind(session, logg)
        if readable is not None:
            readable -= hidden
    return Relation(frozenset(roles), readable, hidden)


def left_behind(session: Session, logg: Stafettlogg) -> frozenset[uuid.UUID]:
    """The concerns accepted transfers did not take along: active then, and not chosen.

    ``transfer.accept_transfer`` closes exactly those, at the very time it answers the
    transfer; the transfer keeps the chosen ones. So a concern closed at an acceptance's
    ``besvart_at`` and missing from its list was left behind there — nothing in the schema
    says so. One query for a log never transferred (none when its transfers are loaded).
    """
    state = inspect(logg)
    accepted: list[tuple[dt.datetime | None, list[str]]]
    if "overforinger" in state.unloaded:
        stmt = select(Overforing.besvart_at, Overforing.oppmerksomheter).where(
            Overforing.logg_id == logg.id,
            Overforing.status == OverforingStatus.AKSEPTERT,
            Overforing.type != OverforingType.ANNEN_KOMMUNE,  # that one closes the whole log here
        )
        accepted = [(at, chosen) for at, chosen in session.execute(stmt)]
    else:
        accepted = [
            (ov.besvart_at, ov.oppmerksomheter)
            for ov in logg.overforinger
            if ov.status is OverforingStatus.AKSEPTERT and ov.type is not OverforingType.ANNEN_KOMMUNE
        ]
    chosen_at = {at: set(chosen) for at, chosen in accepted if at is not None}
    if not chosen_at:
        return frozenset()
    closed: list[tuple[uuid.UUID, dt.datetime | None]]
    if "oppmerksomheter" in state.unloaded:
        closed_stmt = select(Oppmerksomhet.id, Oppmerksomhet.avsluttet_at).where(
            Oppmerksomhet.logg_id == logg.id, Oppmerksomhet.avsluttet_at.is_not(None)
        )
        closed = [(i, at) for i, at in session.execute(closed_stmt)]
    else:
        closed = [(o.id, o.avsluttet_at) for o in logg.oppmerksomheter]
    return frozenset(i for i, at in closed if at is not None and at in chosen_at and str(i) not in chosen_at[at])


def hanging_on(session: Session, oppmerksomhet_ids: frozenset[uuid.UUID]) -> frozenset[uuid.UUID]:
    """The ids of these concerns and of every record on them (mål, tiltak and their evaluations,
    factors, links, lysglimt): what the history leaves out with them."""
    if not oppmerksomhet_ids:
        return frozenset()
    ids = set(oppmerksomhet_ids)
    tiltak = set(session.scalars(select(Tiltak.id).where(Tiltak.oppmerksomhet_id.in_(ids))))
    ids |= tiltak
    for table in (Mal, Faktor, FaktorKobling, Lysglimt):
        ids |= set(session.scalars(select(table.id).where(table.oppmerksomhet_id.in_(oppmerksomhet_ids))))
    if tiltak:
        ids |= set(session.scalars(select(Evaluering.id).where(Evaluering.tiltak_id.in_(tiltak))))
    return frozenset(ids)


def is_aktor(session: Session, ansatt_id: uuid.UUID, logg_id: uuid.UUID) -> bool:
    """An employee is an aktør in a log by being responsible for one of its tiltak."""
    stmt = (
        select(Tiltak.id)
        .join(Oppmerksomhet, Tiltak.oppmerksomhet_id == Oppmerksomhet.id)
        .where(
            Oppmerksomhet.logg_id == logg_id,
            Tiltak.ansvarlig_id == ansatt_id,
            Tiltak.status != TiltakStatus.FEILREGISTRERT,
        )
        .limit(1)
    )
    return session.scalar(stmt) is not None


_STATUS_TEXT = {
    LoggStatus.PASSIV: "Loggen er passiv og kan bare leses. Den kan gjenåpnes med nytt samtykke.",
    LoggStatus.AVSLUTTET: "Loggen er avsluttet og kan bare leses.",
}


def check(session: Session, person: Person, action: Action, logg: Stafettlogg) -> str | None:
    """None if allowed, else the Norwegian reason."""
    rel = relation(session, person, logg)
    if action in allowed_actions(logg.status, rel.roles):
        return None
    if rel.roles and action in allowed_actions(LoggStatus.AKTIV, rel.roles) and logg.status in _STATUS_TEXT:
        return _STATUS_TEXT[logg.status]
    if not rel.roles:
        return "Du har ikke tilgang til denne loggen."
    return f"Du har ikke lov til å {action.value}."


def require(session: Session, person: Person, action: Action, logg: Stafettlogg) -> Relation:
    reason = check(session, person, action, logg)
    if reason is not None:
        if logg.status is not LoggStatus.AKTIV and reason in _STATUS_TEXT.values():
            raise RuleViolation(reason)
        raise PermissionDenied(reason)
    return relation(session, person, logg)


def may_write_tiltak(person: Person, rel: Relation, tiltak: Tiltak) -> str | None:
    """An aktør writes only own tiltak; guardians only home tiltak; the holder all of them."""
    if tiltak.oppmerksomhet_id in rel.hidden:
        return LEFT_BEHIND
    if Role.STAFETTHOLDER in rel.roles:
        return None
    if Role.AKTOR in rel.roles and isinstance(person, Ansatt) and tiltak.ansvarlig_id == person.id:
        return None
    if Role.FORESATT in rel.roles and tiltak.arena is Arena.HJEM:
        return None
    return "Du kan bare skrive i tiltak du selv har ansvar for."


def may_read_oppmerksomhet(rel: Relation, oppmerksomhet_id: uuid.UUID) -> bool:
    return rel.sees(oppmerksomhet_id)


LEFT_BEHIND = "Oppmerksomheten ble ikke med da loggen ble overført. Bare familien kan se den."


def require_oppmerksomhet(rel: Relation, oppmerksomhet_id: uuid.UUID) -> None:
    """For writes on a concern: refused when the person may not read it (left behind at a transfer)."""
    if oppmerksomhet_id in rel.hidden:
        raise PermissionDenied(LEFT_BEHIND)
    if not rel.sees(oppmerksomhet_id):
        raise PermissionDenied("Du har ikke tilgang til denne oppmerksomheten.")
