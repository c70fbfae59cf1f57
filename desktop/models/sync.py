"""The desktop's sync in the background: at start, on a timer, after local changes and on demand.

:class:`SyncService` owns the :class:`SyncClient` and runs :meth:`SyncClient.sync` on the
operations helper's *network* worker, never on the GUI thread and never on the database
worker: the GUI and local saving never wait for the server. The engine is safe to stop at
any point (every change carries its id, the pull cursor is saved with the rows it brought),
so a crash or a dropped connection simply means the next sync goes on from there. A failed
sync waits as :class:`sync.client.Backoff` says (a single-shot timer, never a sleep); two
syncs never run at once.

The rest of this module is the Qt-free part of connecting a new PC: check the server, sign
in, create the workspace and make the first sync — or leave nothing behind.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import enum
import logging
import platform
import shutil
import traceback
import uuid
import weakref
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core import innsyn
from desktop.core.conflicts import OPEN
from desktop.core.context import Changes
from desktop.core.entities import OutboxStatus, Setting, SyncChange
from desktop.models.backend import Backend, is_known
from desktop.store import keys
from desktop.store.errors import StoreError
from desktop.store.workspace import Workspace
from sync import protocol
from sync.client import (
    LAST_SYNC,
    Backoff,
    KeyringTokens,
    MemoryTokens,
    SyncClient,
    SyncError,
    SyncReport,
    held_logs,
    setting,
    waiting,
)

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QTimer, Signal

log = logging.getLogger(__name__)

# The workspace's Setting rows of a PC connected to the municipality's server.
SERVER = "sync.server"  # the server's address; a workspace without it is local only
PERSON = "sync.person"  # who the PC was connected for (the server sign-in), as "kind:uuid"
USERNAME = "sync.username"  # offered again when the sign-in has to be renewed

INTERVAL_MS = 5 * 60_000
DEBOUNCE_MS = 10_000


def device_name() -> str:
    return platform.node() or "PC"


# --------------------------------------------------------------------------- state


class Mode(enum.StrEnum):
    UNKNOWN = "unknown"  # not synced since the program started
    ONLINE = "online"  # the last sync went through
    OFFLINE = "offline"  # the server could not be reached
    SIGNED_OUT = "signed_out"  # the server wants a new sign-in
    ERROR = "error"  # the server answered, but refused the sync as a whole


@dataclass(frozen=True)
class Counts:
    """What the PC holds that concerns the sync (read on a worker)."""

    waiting: int = 0
    conflicts: int = 0
    rejected: int = 0
    last_sync: dt.datetime | None = None


@dataclass(frozen=True)
class SyncState:
    """What the status bar shows; emitted whole by :attr:`SyncService.stateChanged`."""

    mode: Mode = Mode.UNKNOWN
    syncing: bool = False
    last_sync: dt.datetime | None = None
    waiting: int = 0  # local changes not yet taken by the server
    conflicts: int = 0  # the person's open conflicts …
    rejected: int = 0  # … and changes the server refused, each kept on the PC with its reason
    error: str = ""  # the last failure, in Norwegian
    retry_at: dt.datetime | None = None  # the next attempt after a failure
    server: str = ""
    paused: bool = False  # the idle lock closed the workspace

    @property
    def unsettled(self) -> int:
        return self.conflicts + self.rejected


def _parse_time(value: str) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(value) if value else None
    except ValueError:
        return None


def read_counts(session: Session, person_id: uuid.UUID | None) -> Counts:
    """Changes waiting, the person's open conflicts and rejections, and the last good sync."""
    by_status: dict[OutboxStatus, int] = {}
    if person_id is not None:
        stmt = (
            select(SyncChange.status, func.count())
            .where(SyncChange.status.in_(OPEN), SyncChange.author_id == person_id)
            .group_by(SyncChange.status)
        )
        by_status = {status: count for status, count in session.execute(stmt)}
    return Counts(
        waiting=waiting(session),
        conflicts=by_status.get(OutboxStatus.CONFLICT, 0),
        rejected=by_status.get(OutboxStatus.REJECTED, 0),
        last_sync=_parse_time(setting(session, LAST_SYNC)),
    )


@dataclass(frozen=True)
class _Outcome:
    report: SyncReport
    logs: frozenset[uuid.UUID]
    counts: Counts


# --------------------------------------------------------------------------- the service


class SyncService(QObject):
    """Keeps the PC in step with the municipality's server, in the background.

    Signals:
        stateChanged: (SyncState) after every change of what the status bar shows.
    """

    stateChanged = Signal(object)

    def __init__(
        self,
        client: SyncClient,
        backend: Backend,
        *,
        interval_ms: int = INTERVAL_MS,
        debounce_ms: int = DEBOUNCE_MS,
        backoff: Backoff | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.client = client
        self.backend = backend
        self.backoff = backoff or Backoff()
        self.state = SyncState(server=client.base_url)
        self.username = ""  # offered when the sign-in must be renewed
        # The regular sync; a change made here is pushed after a short quiet spell; a failure retries.
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._scheduled)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(debounce_ms)
        self.debounce.timeout.connect(self._scheduled)
        self.retry = QTimer(self)
        self.retry.setSingleShot(True)
        self.retry.timeout.connect(self.sync_now)
        self._running = False
        self._again = False  # asked for while one ran: one more right after
        self._paused = False
        self._generation = 0  # bumped by the idle lock: a sync it cut short is not a failure
        self._notifying = False
        self._bug_shown = False
        backend.changed.connect(self._local_change)
        _SERVICES[backend] = self
        backend.connected = True

    # ------------------------------------------------------------------ control

    @property
    def running(self) -> bool:
        return self._running

    def start(self) -> None:
        """At program start: sync now, then every interval."""
        self._paused = False
        if self.state.paused:
            self._set(paused=False)
        self.timer.start()
        self.refresh_counts()
        self.sync_now()

    def stop(self) -> None:
        self._paused = True
        for timer in (self.timer, self.debounce, self.retry):
            timer.stop()

    def pause(self) -> None:
        """The idle lock closed the workspace: nothing runs until :meth:`resume`."""
        self._generation += 1
        self.stop()
        self._set(paused=True)

    def resume(self) -> None:
        self.start()

    def _scheduled(self) -> None:
        """The regular timer and the quiet spell after a change wait for a pending retry (the backoff)."""
        if not self.retry.isActive():
            self.sync_now()

    def sync_now(self) -> bool:
        """Start a sync unless one runs (then one more follows it); False if none was started."""
        if self._paused or self.backend.locked:
            return False
        if self._running:
            self._again = True
            return False
        self.debounce.stop()
        self.retry.stop()
        self._running = True
        self._again = False
        self._set(syncing=True)
        generation = self._generation
        self.backend.ops.run(
            self._work,
            success=lambda outcome: self._synced(outcome, generation),
            failure=lambda exc: self._failed(exc, generation),
            network=True,
        )
        return True

    def refresh_counts(self) -> None:
        """Read the counts on the database worker (after a local change, a failed sync)."""
        if self.backend.locked:
            return
        self.backend.call(
            lambda ctx: read_counts(ctx.session, ctx.person.id),
            success=self._counted,
            failure=lambda message: log.info("sync counts not read: %s", message),
        )

    # ------------------------------------------------------------------ the work (network worker)

    def _work(self) -> _Outcome:
        report = self.client.sync()
        with self.client.transaction() as session:
            logs = frozenset(uuid.UUID(i) for i in held_logs(session))
            counts = read_counts(session, self.backend.who.id)
        return _Outcome(report, logs, counts)

    # ------------------------------------------------------------------ results (GUI thread)

    def _synced(self, outcome: _Outcome, generation: int) -> None:
        self._running = False
        self.backoff.succeeded()
        self.retry.stop()
        self._set(mode=Mode.ONLINE, syncing=False, error="", retry_at=None, **_fields(outcome.counts))
        report = outcome.report
        touched = report.pulled or report.applied or report.conflicts or report.rejected or report.removed_logs
        if touched and not self.backend.locked and generation == self._generation:
            removed = {uuid.UUID(i) for i in report.removed_logs}
            self._notify(Changes(logs=set(outcome.logs) | removed))
        if self._again:
            self.sync_now()

    def _failed(self, exc: BaseException, generation: int) -> None:
        self._running = False
        if self.backend.locked or generation != self._generation or self._paused:
            # The idle lock closed the workspace under it; unlocking syncs again.
            self._set(syncing=False)
            return
        mode, message, retry = Mode.ERROR, "", True
        if isinstance(exc, SyncError):
            message = exc.message
            if exc.status == 401:
                mode, retry = Mode.SIGNED_OUT, False  # only a new sign-in helps
            elif exc.offline:
                mode = Mode.OFFLINE
        elif is_known(exc):
            message = str(getattr(exc, "message", exc))
        else:
            # The frames and the type only (as the crash report): the message may quote a child's data.
            log.error(
                "the sync failed: %s\n%s", type(exc).__qualname__, "".join(traceback.format_tb(exc.__traceback__))
            )
            message = QCoreApplication.translate(
                "sync", "Synkroniseringen stoppet på grunn av en feil i programmet. Endringene er lagret på PC-en."
            )
            if not self._bug_shown:
                self._bug_shown = True
                self.backend.bug.emit(exc)
        retry_at = None
        if retry:
            delay = self.backoff.failed()
            self.retry.start(max(1, int(delay * 1000)))
            retry_at = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=delay)
        self._set(mode=mode, syncing=False, error=message, retry_at=retry_at)
        self._again = False  # the retry (or a new sign-in) comes soon enough
        self.refresh_counts()

    def _counted(self, counts: Counts) -> None:
        self._set(**_fields(counts))

    def _local_change(self, _changes: Changes) -> None:
        if self._notifying:
            return  # our own notice after a sync
        self.refresh_counts()
        if not self._paused and self.state.mode is not Mode.SIGNED_OUT:
            self.debounce.start()

    def _notify(self, changes: Changes) -> None:
        """Open views reload what the sync brought (as after any use case)."""
        self._notifying = True
        try:
            self.backend.changed.emit(changes)
        finally:
            self._notifying = False

    def _set(self, **fields: Any) -> None:
        self.state = dataclasses.replace(self.state, **fields)
        self.stateChanged.emit(self.state)

    # ------------------------------------------------------------------ signing in again

    def signed_in_again(self) -> None:
        """After a new sign-in (on a worker, see :func:`sign_in_again`): sync straight away."""
        self._set(mode=Mode.UNKNOWN, error="")
        self.sync_now()


# --------------------------------------------------------------------------- the family's access log

_SERVICES: weakref.WeakKeyDictionary[Backend, SyncService] = weakref.WeakKeyDictionary()


def service_of(backend: Backend) -> SyncService | None:
    """The sync of a connected workspace's backend; None on a local one (the training municipality)."""
    return _SERVICES.get(backend)


# The kommune's keys and its list of known kommuner live in the workspace, not on the server
# (docs/transfer-package.md): the server would refuse an import or a receipt when it re-runs it.
PACKAGES_NEED_LOCAL = QT_TRANSLATE_NOOP(
    "pakke",
    "Pakker mellom kommuner kan ennå ikke brukes på en PC som er koblet til kommunens server: kommunens "
    "nøkler ligger ikke på serveren, så serveren ville avvist endringen. Bruk en PC som ikke er koblet til "
    "serveren, eller overfør manuelt med en PDF av loggen. Ingenting er endret.",
)


def packages_refused(backend: Backend) -> str | None:
    """Why kommune-to-kommune packages cannot be used with this backend, or None if they can.

    Views ask only when ``backend.connected``: a local PC never imports this module for it.
    """
    return QCoreApplication.translate("pakke", PACKAGES_NEED_LOCAL) if backend.connected else None


def fetch_access_log(
    service: SyncService,
    logg_id: uuid.UUID,
    *,
    success: Callable[[list[innsyn.Tilgang]], Any],
    failure: Callable[[str, bool], Any],
) -> None:
    """The server's access log of one log, on the network worker (never the GUI thread).

    ``failure(message, offline)``: offline when the server was not reached at all.
    """
    backend = service.backend
    if backend.locked or service.state.mode is Mode.SIGNED_OUT:
        failure(service.state.error or QCoreApplication.translate("sync", "Du er ikke logget inn på serveren."), True)
        return

    def failed(exc: BaseException) -> None:
        if isinstance(exc, SyncError):
            failure(exc.message, exc.offline)
        elif is_known(exc):
            failure(str(getattr(exc, "message", exc)), False)
        else:
            backend.bug.emit(exc)

    backend.ops.run(lambda: service.client.access_log(logg_id), success=success, failure=failed, network=True)


def _fields(counts: Counts) -> dict[str, Any]:
    return {
        "waiting": counts.waiting,
        "conflicts": counts.conflicts,
        "rejected": counts.rejected,
        "last_sync": counts.last_sync,
    }


# --------------------------------------------------------------------------- tokens


class SafeTokens:
    """Tokens in the OS keyring; where it does not work, in memory for this run only (``kept`` False)."""

    def __init__(self, workspace_id: str) -> None:
        self.keyring = KeyringTokens(workspace_id)
        self.memory = MemoryTokens()
        self.kept = True

    def load(self) -> dict[str, Any] | None:
        if self.memory.tokens is not None:
            return self.memory.load()
        return self.keyring.load()

    def save(self, tokens: dict[str, Any]) -> None:
        try:
            self.keyring.save(tokens)
        except SyncError:
            self.memory.save(tokens)
            self.kept = False
        else:
            self.memory.clear()
            self.kept = True

    def clear(self) -> None:
        self.memory.clear()
        self.keyring.clear()


# --------------------------------------------------------------------------- connecting a PC


def normalise_url(text: str) -> str:
    """What a person types («stafett.kommune.no») as a base URL (https unless a scheme is given)."""
    url = text.strip().rstrip("/")
    if url and "://" not in url:
        url = "https://" + url
    return url


@contextlib.contextmanager
def _no_database() -> Iterator[Session]:
    raise RuntimeError("no workspace yet")
    yield  # pragma: no cover


def _offline_message() -> str:
    return QCoreApplication.translate(
        "sync", "Får ikke kontakt med en server på denne adressen. Sjekk adressen og at PC-en er på nett."
    )


def server_info(url: str) -> protocol.ServerInfo:
    """The server's description (its kommune); SyncError with a Norwegian message if it is not one."""
    probe = SyncClient(url, _no_database, MemoryTokens())
    try:
        info = probe.info()
    except SyncError as error:
        if error.offline:
            raise SyncError(_offline_message(), offline=True) from error
        raise
    except (KeyError, TypeError, ValueError) as error:
        raise SyncError(
            QCoreApplication.translate("sync", "Adressen svarer, men er ikke en Stafettlogg-server.")
        ) from error
    low, high = [*info.protocol, 0, 0][:2]
    if low > protocol.PROTOCOL:
        raise SyncError(
            QCoreApplication.translate(
                "sync", "Stafettlogg på denne PC-en er for gammel for kommunens server. Oppdater programmet."
            )
        )
    if high < protocol.PROTOCOL:
        raise SyncError(
            QCoreApplication.translate(
                "sync", "Kommunens server er eldre enn Stafettlogg på denne PC-en. Kontakt kommunens IT-ansvarlige."
            )
        )
    if not info.password_login:
        raise SyncError(
            QCoreApplication.translate(
                "sync",
                "Denne serveren bruker innlogging med ID-porten, som denne versjonen av Stafettlogg ikke har ennå.",
            )
        )
    return info


@dataclass
class SignedIn:
    """A successful sign-in that is not stored anywhere yet."""

    info: protocol.ServerInfo
    person: protocol.Person
    tokens: dict[str, Any]


def sign_in(url: str, username: str, password: str) -> SignedIn:
    """Check the server and sign in, keeping the tokens in memory (nothing on disk yet)."""
    info = server_info(url)
    memory = MemoryTokens()
    client = SyncClient(url, _no_database, memory, device_name=device_name())
    try:
        person = client.sign_in(username.strip(), password)
    except SyncError as error:
        if error.offline:
            raise SyncError(_offline_message(), offline=True) from error
        raise
    assert memory.tokens is not None
    return SignedIn(info, person, dict(memory.tokens))


@dataclass
class Connection:
    workspace: Workspace
    client: SyncClient
    person: protocol.Person
    kept: bool  # the sign-in is in the OS keyring (else: sign in again at the next start)


def person_key(person: protocol.Person) -> str:
    return f"{person.kind}:{person.id}"


def connect_workspace(
    data_dir: Path, url: str, username: str, signed: SignedIn, *, passphrase: str | None = None
) -> Connection:
    """Create the workspace, keep the sign-in, make the first sync — or leave nothing behind.

    Runs on a worker. Any failure removes what was made (the folder too, if it made it).
    """
    made_dir = not data_dir.exists()
    workspace = Workspace.create(data_dir, passphrase=passphrase)
    tokens = SafeTokens(workspace.id)
    try:
        with workspace.sync_transaction() as session:
            for key, value in ((SERVER, url), (PERSON, person_key(signed.person)), (USERNAME, username.strip())):
                session.merge(Setting(key=key, value=value))
        tokens.save(signed.tokens)
        client = SyncClient(url, workspace.sync_transaction, tokens, device_name=device_name())
        client.sync()
    except BaseException as error:
        discard_workspace(workspace, tokens, remove_dir=made_dir)
        if isinstance(error, SyncError) and error.offline:
            raise SyncError(
                QCoreApplication.translate(
                    "sync",
                    "Forbindelsen med serveren ble brutt under den første synkroniseringen. "
                    "Ingenting er lagret på PC-en. Prøv igjen.",
                ),
                offline=True,
            ) from error
        raise
    return Connection(workspace, client, signed.person, tokens.kept)


def discard_workspace(workspace: Workspace, tokens: SafeTokens | None = None, *, remove_dir: bool) -> None:
    """Remove a workspace that never came into use: files, key, tokens (and the folder if it was new)."""
    data_dir, workspace_id = workspace.data_dir, workspace.id
    storage = Workspace.key_storage(data_dir)
    workspace.close()
    if tokens is not None:
        tokens.clear()
    if storage is keys.KeyStorage.KEYRING:
        with contextlib.suppress(StoreError):
            keys.delete_from_keyring(workspace_id)
    if remove_dir:
        shutil.rmtree(data_dir, ignore_errors=True)
        return
    db = data_dir / Workspace.DB_NAME
    for path in (
        data_dir / Workspace.META_NAME,
        db,
        db.with_name(db.name + "-wal"),
        db.with_name(db.name + "-shm"),
        data_dir / keys.KEY_FILE_NAME,
    ):
        with contextlib.suppress(OSError):
            path.unlink()


def server_of(session: Session) -> str:
    """The server a workspace syncs with; "" for a local one (the training municipality, say)."""
    return setting(session, SERVER)


def connected_person(session: Session) -> uuid.UUID | None:
    """Who the PC was connected for, from :data:`PERSON`."""
    value = setting(session, PERSON)
    try:
        return uuid.UUID(value.split(":", 1)[1]) if value else None
    except (IndexError, ValueError):
        return None


def set_server(session: Session, url: str) -> None:
    session.merge(Setting(key=SERVER, value=url))


def sign_in_again(client: SyncClient, expected: uuid.UUID | None, username: str, password: str) -> protocol.Person:
    """A new sign-in for a connected PC; only the person it was connected for may (runs on a worker)."""
    memory = MemoryTokens()
    probe = SyncClient(client.base_url, _no_database, memory, device_name=client.device_name)
    try:
        person = probe.sign_in(username.strip(), password)
    except SyncError as error:
        if error.offline:
            raise SyncError(
                QCoreApplication.translate(
                    "sync", "Får ikke kontakt med kommunens server. Prøv igjen når PC-en er på nett."
                ),
                offline=True,
            ) from error
        raise
    if expected is not None and uuid.UUID(person.id) != expected:
        raise SyncError(
            QCoreApplication.translate(
                "sync", "Denne PC-en er koblet til kommunens server for en annen person. Logg inn som den personen."
            )
        )
    assert memory.tokens is not None
    client.tokens.save(memory.tokens)
    return person


def tokens_kept(client: SyncClient) -> bool:
    return not isinstance(client.tokens, SafeTokens) or client.tokens.kept
