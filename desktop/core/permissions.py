"""Who may do what with a log: one decision function that every use case calls.

The views ask the same function to decide what to offer, and the server asks it
again for every pushed change, so a rule lives in exactly one place.
"""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.entities import (
    Ansatt,
    Arena,
    Barn,
    Foresatt,
    Lesetilgang,
    LoggStatus,
    Oppmerksomhet,
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
    # For a reader limited to chosen concerns: their ids; None means the whole log.
    readable: frozenset[uuid.UUID] | None = None


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
    return Relation(frozenset(roles), readable)


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
    if Role.STAFETTHOLDER in rel.roles:
        return None
    if Role.AKTOR in rel.roles and isinstance(person, Ansatt) and tiltak.ansvarlig_id == person.id:
        return None
    if Role.FORESATT in rel.roles and tiltak.arena is Arena.HJEM:
        return None
    return "Du kan bare skrive i tiltak du selv har ansvar for."


def may_read_oppmerksomhet(rel: Relation, oppmerksomhet_id: uuid.UUID) -> bool:
    return rel.readable is None or oppmerksomhet_id in rel.readable
