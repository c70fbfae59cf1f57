"""The desktop's side of the sync: push the local changes, pull the server's, with requests.

Safe to stop at any point and run again: every pushed change carries its id, so a retry
after a lost answer gets the stored answer (never a second application), and the pull
cursor is saved in the same transaction as the rows it brought. Nothing here touches Qt;
the desktop runs :meth:`SyncClient.sync` on its network thread.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import random
import uuid
from collections.abc import Callable
from contextlib import AbstractContextManager, suppress
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

import keyring
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core import audit, innsyn
from desktop.core.context import Context, PersonRef, load_person
from desktop.core.entities import OutboxEntry, OutboxStatus, PersonKind, Setting, Stafettlogg, SyncChange
from desktop.core.replica import HEADER_ONLY, RowState, apply_rows, header_only, rows_of_log
from sync import protocol
from sync.protocol import APPLIED, CONFLICT, Change, ChangeResult, Command, PullResponse, PushedRow

if TYPE_CHECKING:
    import requests

# requests (with urllib3 and ssl) is imported when a client is made: a workspace that is not
# connected to a server never needs it, and it costs a noticeable part of the app's start-up.

log = logging.getLogger(__name__)

PUSH_BATCH = 200
TIMEOUT = (5.0, 60.0)  # connect, read (seconds)
CURSOR = "sync.cursor"
LAST_SYNC = "sync.last"
REMOVED = "fjernet_fra_pc"
DEVICE = "synkronisering"  # audit action: a log the person may no longer see was removed
ACCESS_SENT = "innsyn.sendt"  # the audit seq up to which access entries went to the server

Transaction = Callable[[], AbstractContextManager[Session]]


class SyncError(Exception):
    """A sync that could not finish; ``offline`` when the server was not reached at all."""

    def __init__(self, message: str, *, offline: bool = False, status: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.offline = offline
        self.status = status


class TokenStore(Protocol):
    def load(self) -> dict[str, Any] | None: ...
    def save(self, tokens: dict[str, Any]) -> None: ...
    def clear(self) -> None: ...


class MemoryTokens:
    def __init__(self) -> None:
        self.tokens: dict[str, Any] | None = None

    def load(self) -> dict[str, Any] | None:
        return self.tokens

    def save(self, tokens: dict[str, Any]) -> None:
        self.tokens = dict(tokens)

    def clear(self) -> None:
        self.tokens = None


class KeyringTokens:
    """Tokens in the OS keyring, never in a file (one entry per workspace)."""

    SERVICE = "no.stafettlogg.sync"

    def __init__(self, workspace_id: str) -> None:
        self.username = f"tokens:{workspace_id}"

    def load(self) -> dict[str, Any] | None:
        try:
            stored = keyring.get_password(self.SERVICE, self.username)
        except Exception:
            return None
        return json.loads(stored) if stored else None

    def save(self, tokens: dict[str, Any]) -> None:
        try:
            keyring.set_password(self.SERVICE, self.username, json.dumps(tokens))
        except Exception as error:
            raise SyncError(
                "Innloggingen kan ikke lagres trygt på denne PC-en (ingen nøkkelring). "
                "Du må logge inn på nytt neste gang."
            ) from error

    def clear(self) -> None:
        with suppress(Exception):  # nothing stored is fine
            keyring.delete_password(self.SERVICE, self.username)


@dataclass
class SyncReport:
    pushed: int = 0
    applied: int = 0
    conflicts: int = 0
    rejected: int = 0
    pulled: int = 0
    removed_logs: list[str] = field(default_factory=list)
    waiting: int = 0


# --------------------------------------------------------------------------- local side


def setting(session: Session, key: str, default: str = "") -> str:
    row = session.get(Setting, key)
    return row.value if row is not None else default


def _set(session: Session, key: str, value: str) -> None:
    session.merge(Setting(key=key, value=value))


def outgoing(session: Session, limit: int = PUSH_BATCH) -> list[Change]:
    """The oldest changes not yet pushed, in the wire format."""
    stmt = select(SyncChange).where(SyncChange.status == OutboxStatus.PENDING).order_by(SyncChange.seq).limit(limit)
    changes = list(session.scalars(stmt))
    entries = _entries_of(session, [c.change_id for c in changes])
    out = []
    for change in changes:
        rows = [
            PushedRow(
                e.entity,
                str(e.entity_id),
                e.operation,
                e.base_version,
                str(e.base_change_id) if e.base_change_id else None,
            )
            for e in entries.get(change.change_id, [])
        ]
        out.append(
            Change(
                change_id=str(change.change_id),
                at=change.at.isoformat(),
                commands=[Command(c["name"], c["args"]) for c in change.commands],
                rows=rows,
                resolves=str(change.resolves) if change.resolves else None,
                choice=change.choice,
            )
        )
    return out


def _entries_of(session: Session, change_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[OutboxEntry]]:
    """The row changes of many synced changes, in order, in one query (a push batch at most)."""
    out: dict[uuid.UUID, list[OutboxEntry]] = {}
    if not change_ids:
        return out
    stmt = select(OutboxEntry).where(OutboxEntry.sync_change_id.in_(change_ids)).order_by(OutboxEntry.seq)
    for entry in session.scalars(stmt):
        assert entry.sync_change_id is not None
        out.setdefault(entry.sync_change_id, []).append(entry)
    return out


def waiting(session: Session) -> int:
    return session.scalar(select(func.count()).where(SyncChange.status == OutboxStatus.PENDING)) or 0


def _held_back(session: Session, rows: list[RowState]) -> list[RowState]:
    """Rows with a local change still to push keep the local version: that push settles them."""
    if not rows:
        return rows
    ids = [r.id for r in rows]
    busy = set(
        session.scalars(
            select(OutboxEntry.entity_id).where(
                OutboxEntry.entity_id.in_(ids), OutboxEntry.status == OutboxStatus.PENDING
            )
        )
    )
    return [r for r in rows if r.id not in busy]


def _state(row: protocol.Row) -> RowState:
    return RowState.from_wire(asdict(row))


def record_results(session: Session, results: list[ChangeResult]) -> None:
    """Mark each pushed change with the server's answer and take the server's rows.

    A whole batch in a few statements: its changes and their rows are read at once, and the
    server's rows are written once at the end (the last answer for a row wins, as it would
    one change at a time; a row another unpushed change still holds keeps the local version).
    """
    ids = [uuid.UUID(r.change_id) for r in results]
    changes = {c.change_id: c for c in session.scalars(select(SyncChange).where(SyncChange.change_id.in_(ids)))}
    entries = _entries_of(session, list(changes))
    server_rows: list[RowState] = []
    for result in results:
        change = changes.get(uuid.UUID(result.change_id))
        if change is None or change.status != OutboxStatus.PENDING:
            continue  # answered before (a duplicated reply)
        status = {APPLIED: OutboxStatus.SENT, CONFLICT: OutboxStatus.CONFLICT}.get(result.status, OutboxStatus.REJECTED)
        change.status, change.reason = status, result.reason
        change.attempts += 1
        change.server_rows = [asdict(r) for r in result.rows]  # with who changed it, for the conflict view
        for entry in entries.get(change.change_id, []):
            entry.status, entry.status_detail = status, result.reason
        server_rows += [_state(r) for r in result.rows]
    session.flush()
    apply_rows(session, _held_back(session, server_rows))


def apply_pull(session: Session, response: PullResponse, person: PersonRef | None) -> int:
    """Write a pull page: rows, removed logs (audited), and the new cursor, in one transaction.

    A log the PC held whole and now may hold only as a header (a unit leader's) comes in
    ``full_logs`` as its header: its content goes, audited like a removed log.
    """
    headers = {uuid.UUID(i) for i in response.header_logs}
    held = set(session.scalars(select(Stafettlogg.id)))
    downgraded = sorted((headers & held) - header_only(session))
    states = [_state(r) for r in response.rows]
    sent = {(r.entity, r.id) for r in states}
    for logg_id in response.full_logs:  # sent whole: what is not in it may no longer be held
        stale = [r for r in rows_of_log(session, uuid.UUID(logg_id)) if (r.entity, r.id) not in sent]
        states += [RowState(r.entity, r.id, None) for r in stale if r.entity not in ("barn", "foresatt")]
    rows = _held_back(session, states)
    count = apply_rows(session, rows)
    for logg_id in response.removed_logs:
        gone = uuid.UUID(logg_id)
        local = rows_of_log(session, gone)
        if local:
            apply_rows(session, [RowState(r.entity, r.id, None) for r in local if r.entity not in ("barn", "foresatt")])
            if person is not None:
                audit.record(Context(session, load_person(session, person), device=DEVICE), REMOVED, gone)
    if person is not None:
        for header in downgraded:
            ctx = Context(session, load_person(session, person), device=DEVICE)
            audit.record(ctx, REMOVED, header, beholder="oversikt")
    _forget(session, {uuid.UUID(i) for i in response.removed_logs} | set(downgraded))
    _set(session, HEADER_ONLY, json.dumps(sorted(str(i) for i in headers)))
    _set(session, CURSOR, str(response.cursor))
    return count


def _forget(session: Session, logs: set[uuid.UUID]) -> None:
    """What the PC no longer may hold of these logs leaves its sync bookkeeping too.

    Settled changes of them keep who did what when, not the values: the old values in the
    outbox and the server's rows in an answer are the log's content. Changes still open
    (waiting, a conflict, a rejection) keep everything they need to be settled.
    """
    if not logs:
        return
    settled = (OutboxStatus.SENT, OutboxStatus.RESOLVED)
    entries = session.scalars(
        select(OutboxEntry).where(OutboxEntry.logg_id.in_(logs), OutboxEntry.status.in_(settled))
    ).all()
    for entry in entries:
        entry.values, entry.old_values = {}, {}
    ids = {e.sync_change_id for e in entries if e.sync_change_id is not None}
    for start in range(0, len(ids), 500):
        some = sorted(ids)[start : start + 500]
        for change in session.scalars(
            select(SyncChange).where(SyncChange.change_id.in_(some), SyncChange.status.in_(settled))
        ):
            change.server_rows = []
            change.commands = [{"name": c.get("name", ""), "args": {}} for c in change.commands if isinstance(c, dict)]


def held_logs(session: Session) -> list[str]:
    return [str(i) for i in session.scalars(select(Stafettlogg.id))]


# --------------------------------------------------------------------------- the client


class SyncClient:
    def __init__(
        self,
        base_url: str,
        transaction: Transaction,
        tokens: TokenStore,
        *,
        device_name: str = "PC",
        http: requests.Session | None = None,
        clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.transaction = transaction
        self.tokens = tokens
        self.device_name = device_name
        import requests

        self.http = http or requests.Session()
        self.clock = clock

    # --- HTTP ----------------------------------------------------------------------------

    def _post(self, path: str, body: dict[str, Any], *, auth: bool = True) -> dict[str, Any]:
        headers = {}
        if auth:
            headers["Authorization"] = f"Bearer {self._access_token()}"
        response = self._send("POST", path, body, headers)
        if response.status_code == 401 and auth:
            self._refresh()
            headers["Authorization"] = f"Bearer {self._access_token()}"
            response = self._send("POST", path, body, headers)
        return self._answer(response)

    def _get(self, path: str) -> dict[str, Any]:
        headers = {"Authorization": f"Bearer {self._access_token()}"}
        response = self._send("GET", path, None, headers)
        if response.status_code == 401:
            self._refresh()
            headers["Authorization"] = f"Bearer {self._access_token()}"
            response = self._send("GET", path, None, headers)
        return self._answer(response)

    def _send(self, method: str, path: str, body: dict[str, Any] | None, headers: dict[str, str]) -> requests.Response:
        import requests

        try:
            return self.http.request(method, self.base_url + path, json=body, headers=headers, timeout=TIMEOUT)
        except requests.RequestException as error:
            raise SyncError(
                "Får ikke kontakt med kommunens server. Endringene er lagret på PC-en.", offline=True
            ) from error

    @staticmethod
    def _answer(response: requests.Response) -> dict[str, Any]:
        try:
            data = response.json()
        except ValueError:
            data = None
        if response.status_code >= 400 or not isinstance(data, dict):
            detail = data.get("detail") if isinstance(data, dict) else None
            if not isinstance(detail, str):
                detail = f"Kommunens server svarte med en feil ({response.status_code}). Prøv igjen senere."
            raise SyncError(detail, status=response.status_code)
        return data

    def info(self) -> protocol.ServerInfo:
        response = self._send("GET", "/v1/info", None, {})
        data = self._answer(response)
        oidc = data.get("oidc")
        return protocol.ServerInfo(
            protocol=list(data["protocol"]),
            kommune=str(data["kommune"]),
            password_login=bool(data["password_login"]),
            oidc=protocol.OidcSettings(**oidc) if oidc else None,
        )

    # --- sign-in -------------------------------------------------------------------------

    def _keep(self, data: dict[str, Any]) -> protocol.Person:
        expires = self.clock() + dt.timedelta(seconds=int(data["expires_in"]))
        self.tokens.save({**data, "expires_at": expires.isoformat()})
        return protocol.Person(**data["person"])

    def sign_in(self, username: str, password: str) -> protocol.Person:
        body = asdict(protocol.PasswordLogin(username, password, self.device_name))
        return self._keep(self._post("/v1/auth/password", body, auth=False))

    def sign_in_oidc(self, id_token: str, nonce: str) -> protocol.Person:
        body = asdict(protocol.OidcLogin(id_token, nonce, self.device_name))
        return self._keep(self._post("/v1/auth/oidc", body, auth=False))

    def signed_in(self) -> protocol.Person | None:
        tokens = self.tokens.load()
        return protocol.Person(**tokens["person"]) if tokens else None

    def person_ref(self) -> PersonRef | None:
        """Who the PC is signed in as, for the desktop's transactions."""
        person = self.signed_in()
        return PersonRef(PersonKind(person.kind), uuid.UUID(person.id)) if person else None

    def sign_out(self) -> None:
        self.tokens.clear()

    def _access_token(self) -> str:
        tokens = self.tokens.load()
        if not tokens:
            raise SyncError("Du er ikke logget inn på kommunens server.", status=401)
        if dt.datetime.fromisoformat(tokens["expires_at"]) <= self.clock() + dt.timedelta(seconds=30):
            self._refresh()
            tokens = self.tokens.load()
            assert tokens is not None
        return str(tokens["access_token"])

    def _refresh(self) -> None:
        tokens = self.tokens.load()
        if not tokens:
            raise SyncError("Du er ikke logget inn på kommunens server.", status=401)
        try:
            data = self._post("/v1/auth/refresh", {"refresh_token": tokens["refresh_token"]}, auth=False)
        except SyncError as error:
            if error.status == 401:
                self.tokens.clear()
            raise
        self._keep(data)

    # --- sync ----------------------------------------------------------------------------

    def push(self, report: SyncReport) -> None:
        while True:
            with self.transaction() as session:
                batch = outgoing(session)
            if not batch:
                return
            data = self._post("/v1/push", {"protocol": protocol.PROTOCOL, "changes": [asdict(c) for c in batch]})
            results = [_result(r) for r in data["results"]]
            with self.transaction() as session:
                record_results(session, results)
            report.pushed += len(results)
            report.applied += sum(r.status == APPLIED for r in results)
            report.conflicts += sum(r.status == CONFLICT for r in results)
            report.rejected += sum(r.status not in (APPLIED, CONFLICT) for r in results)

    def pull(self, report: SyncReport) -> None:
        while True:
            with self.transaction() as session:
                cursor = int(setting(session, CURSOR, "0"))
                logs = held_logs(session)
                headers = sorted(str(i) for i in header_only(session) if str(i) in set(logs))
            body = {"protocol": protocol.PROTOCOL, "cursor": cursor, "logs": logs, "header_logs": headers}
            data = self._post("/v1/pull", body)
            response = PullResponse(
                cursor=int(data["cursor"]),
                more=bool(data["more"]),
                rows=[protocol.Row(**r) for r in data["rows"]],
                visible_logs=list(data["visible_logs"]),
                removed_logs=list(data["removed_logs"]),
                full_logs=list(data.get("full_logs", [])),
                header_logs=list(data.get("header_logs", [])),
            )
            with self.transaction() as session:
                report.pulled += apply_pull(session, response, self.person_ref())
            report.removed_logs += response.removed_logs
            if not response.more:
                return

    # --- the family's access log (docs/sync-protocol.md, «Tilgangslogg») ------------------

    def push_access(self) -> int:
        """Send the signed-in person's access entries of this PC's audit trail; how many were new.

        A server that refuses them (an older one without the endpoint, say) holds up nothing
        else: the entries stay on the PC and go with a later sync.
        """
        person = self.person_ref()
        accepted = 0
        while person is not None:
            with self.transaction() as session:
                after = int(setting(session, ACCESS_SENT, "0"))
                entries, last = innsyn.unsent_entries(session, person.id, after)
            if last == after:
                break
            if entries:
                wire = [
                    asdict(protocol.TilgangEntry(t.device, t.seq, t.at.isoformat(), t.action, str(t.logg_id), t.detail))
                    for t in entries
                ]
                try:
                    data = self._post("/v1/tilgangslogg", {"protocol": protocol.PROTOCOL, "entries": wire})
                except SyncError as error:
                    if error.offline or error.status in (401, 426):
                        raise
                    log.warning("access entries not sent: %s", error.message)
                    break
                accepted += int(data["accepted"])
            with self.transaction() as session:
                _set(session, ACCESS_SENT, str(last))
        return accepted

    def access_log(self, logg_id: uuid.UUID) -> list[innsyn.Tilgang]:
        """Every access to the log the server knows of, from every PC (for those who may see it)."""
        data = self._get(f"/v1/logger/{logg_id}/tilgangslogg")
        return [innsyn.Tilgang.from_wire(e) for e in data["entries"]]

    def sync(self) -> SyncReport:
        """Push everything waiting, then pull until up to date."""
        report = SyncReport()
        self.push(report)
        self.push_access()
        self.pull(report)
        with self.transaction() as session:
            _set(session, LAST_SYNC, self.clock().isoformat())
            report.waiting = waiting(session)
        return report


def _result(data: dict[str, Any]) -> ChangeResult:
    rows = [protocol.Row(**r) for r in data.get("rows", [])]
    return ChangeResult(
        change_id=str(data["change_id"]),
        status=str(data["status"]),
        reason=str(data.get("reason", "")),
        duplicate=bool(data.get("duplicate", False)),
        rows=rows,
    )


class Backoff:
    """Waits between failed syncs: 5 s doubling to 10 min, with jitter so PCs do not align."""

    def __init__(self, first: float = 5.0, limit: float = 600.0, rng: random.Random | None = None) -> None:
        self.first, self.limit = first, limit
        self.failures = 0
        self.rng = rng or random.Random()

    def failed(self) -> float:
        self.failures += 1
        delay = min(self.limit, self.first * 2 ** (self.failures - 1))
        return float(delay * (0.5 + self.rng.random() / 2))

    def succeeded(self) -> None:
        self.failures = 0
