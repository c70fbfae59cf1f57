"""The municipal server's HTTP API (FastAPI); ``create_app(database_url)`` is all it needs.

Every request opens its own transaction; nothing is kept in the process, so many server
processes can run behind a load balancer on one PostgreSQL database.
"""

# No "from __future__ import annotations": FastAPI must see the endpoints' real types,
# including dependencies defined inside create_app.
import datetime as dt
import logging
import traceback
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import create_engine, event, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import PlainTextResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from desktop import __version__
from desktop.core import commands
from desktop.core.entities import Ansatt, Base, Kommune
from desktop.core.errors import DomainError, NotFound
from sync import protocol
from sync.protocol import (
    OidcLogin,
    OidcSettings,
    PasswordLogin,
    Problem,
    PullRequest,
    PullResponse,
    PushRequest,
    PushResponse,
    Refresh,
    ServerInfo,
    Tokens,
)
from sync.server import auth, tilgangslogg
from sync.server.apply import Notify, apply_change, lock, pull
from sync.server.tables import ServerBase

log = logging.getLogger(__name__)


class BugsWithoutData:
    """A bug in an endpoint: the same 500 as before, logged by its frames and type only.

    Left to uvicorn, the exception would be logged with its message, and a message may quote a
    child's data (a database error names its parameters; tests/test_logs_personal_data.py).
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def watched(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, watched)
        except Exception as exc:
            log.error(
                "unexpected error in %s %s: %s\n%s",
                scope.get("method"),
                scope.get("path"),
                type(exc).__qualname__,
                "".join(traceback.format_tb(exc.__traceback__)),
            )
            if not started:  # else the client sees the connection end, as with uvicorn
                await PlainTextResponse("Internal Server Error", status_code=500)(scope, receive, send)


Clock = Callable[[], dt.datetime]


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_connection: Any, _record: Any) -> None:
            dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _begin(conn: Any) -> None:
            # Writers queue here instead of failing with "database is locked" at commit.
            conn.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20)


def create_schema(engine: Engine) -> None:
    """The shared schema (the desktop's entities) and the server's own tables."""
    Base.metadata.create_all(engine)
    ServerBase.metadata.create_all(engine)


class Settings:
    def __init__(
        self,
        *,
        password_login: bool = True,
        oidc: OidcSettings | None = None,
        verify_id_token: Callable[[str, str], str] | None = None,
        notify: Notify | None = None,
        clock: Clock = _utcnow,
    ) -> None:
        self.password_login = password_login
        self.oidc = oidc
        # (id_token, nonce) -> the subject the municipality knows the employee by
        self.verify_id_token = verify_id_token
        self.notify = notify
        self.clock = clock


def create_app(database_url: str, settings: Settings | None = None, *, engine: Engine | None = None) -> FastAPI:
    settings = settings or Settings()
    engine = engine or make_engine(database_url)
    create_schema(engine)
    commands.load_all()
    factory = sessionmaker(engine, expire_on_commit=False)
    app = FastAPI(
        title="Stafettlogg kommuneserver",
        version=__version__,
        description="Synkronisering av stafettlogger mellom kommunens PC-er (protokoll i docs/sync-protocol.md).",
    )
    app.state.engine = engine
    app.state.factory = factory
    app.add_middleware(BugsWithoutData)
    bearer = HTTPBearer(auto_error=False)

    @contextmanager
    def transaction() -> Iterator[Session]:
        with factory() as session, session.begin():
            yield session

    def problem(status: int, message: str) -> HTTPException:
        return HTTPException(status_code=status, detail=message)

    @app.exception_handler(StarletteHTTPException)  # also the body-parsing errors FastAPI raises
    async def _http_problem(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        if exc.status_code == 400:  # a body that is not JSON at all: the same answer as a wrong shape
            return JSONResponse({"detail": "Forespørselen har feil format."}, status_code=422)
        return JSONResponse({"detail": str(exc.detail)}, status_code=exc.status_code, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        # Where and what kind, never the input: a body may hold a child's data.
        log.info("invalid request: %s", [(e.get("loc"), e.get("type")) for e in exc.errors()])
        return JSONResponse({"detail": "Forespørselen har feil format."}, status_code=422)

    def check_protocol(version: int) -> None:
        message = protocol.too_old_or_new(version)
        if message is not None:
            raise problem(426, message)

    def caller(credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> auth.Caller:
        if credentials is None:
            raise HTTPException(401, "Du er ikke logget inn på kommunens server.", {"WWW-Authenticate": "Bearer"})
        try:
            with transaction() as session:
                return auth.authenticate(session, credentials.credentials, settings.clock())
        except auth.AuthError as error:
            raise HTTPException(401, error.message, {"WWW-Authenticate": "Bearer"}) from error

    refusals: dict[int | str, dict[str, Any]] = {
        401: {"model": Problem},
        422: {"model": Problem},
        426: {"model": Problem},
    }

    @app.get("/v1/info", response_model=ServerInfo)
    def info() -> ServerInfo:
        with transaction() as session:
            kommune = session.scalar(select(Kommune.navn).limit(1)) or ""
        low, high = protocol.SUPPORTED
        return ServerInfo([low, high], kommune, settings.password_login, settings.oidc)

    def login(work: Callable[[Session], Tokens]) -> Tokens:
        refused: auth.AuthError | None = None
        try:
            with transaction() as session:
                try:
                    return work(session)
                except auth.AuthError as error:
                    if not error.keep:
                        raise
                    refused = error  # commit the revocation, then refuse
        except auth.AuthError as error:
            refused = error
        assert refused is not None
        raise problem(401, refused.message) from refused

    @app.post("/v1/auth/password", response_model=Tokens, responses=refusals)
    def password(body: PasswordLogin) -> Tokens:
        if not settings.password_login:
            raise problem(401, "Denne serveren bruker innlogging med ID-porten.")
        now = settings.clock()
        return login(lambda s: auth.password_login(s, body.username, body.password, body.device_name, now))

    @app.post("/v1/auth/oidc", response_model=Tokens, responses=refusals)
    def oidc(body: OidcLogin) -> Tokens:
        verify = settings.verify_id_token
        if verify is None:
            raise problem(401, "Denne serveren er ikke satt opp for innlogging med ID-porten.")
        try:
            subject = verify(body.id_token, body.nonce)
        except Exception as error:
            raise problem(401, getattr(error, "message", "Innloggingen kunne ikke bekreftes.")) from error
        now = settings.clock()
        return login(lambda s: auth.subject_login(s, subject, body.device_name, now))

    @app.post("/v1/auth/refresh", response_model=Tokens, responses=refusals)
    def refresh(body: Refresh) -> Tokens:
        now = settings.clock()
        return login(lambda s: auth.refresh(s, body.refresh_token, now))

    @app.post("/v1/push", response_model=PushResponse, responses=refusals)
    def push(body: PushRequest, who: Annotated[auth.Caller, Depends(caller)]) -> PushResponse:
        check_protocol(body.protocol)
        try:  # every id must be a UUID before anything is applied
            for change in body.changes:
                uuid.UUID(change.change_id)
                for row in change.rows:
                    uuid.UUID(row.id)
                    if row.base_change is not None:
                        uuid.UUID(row.base_change)
                if change.resolves is not None:
                    uuid.UUID(change.resolves)
        except ValueError as error:
            raise problem(422, "Forespørselen har feil format.") from error
        results = []
        # One transaction per change: a refused or conflicting change never holds back the others.
        for change in body.changes:
            with transaction() as session:
                lock(session)
                results.append(
                    apply_change(
                        session,
                        change,
                        ansatt_id=who.ansatt_id,
                        device_id=who.device_id,
                        device_name=who.device_name,
                        now=settings.clock(),
                        notify=settings.notify,
                    )
                )
        return PushResponse(results)

    @app.post("/v1/pull", response_model=PullResponse, responses=refusals)
    def pull_changes(body: PullRequest, who: Annotated[auth.Caller, Depends(caller)]) -> PullResponse:
        check_protocol(body.protocol)
        try:
            have = {uuid.UUID(i) for i in body.logs}
            have_headers = {uuid.UUID(i) for i in body.header_logs}
        except ValueError as error:
            raise problem(422, "Forespørselen har feil format.") from error
        if not 0 <= body.cursor < 2**31:  # the change log's seq is an integer column
            raise problem(422, "Forespørselen har feil format.")
        with transaction() as session:
            person = session.get(Ansatt, who.ansatt_id)
            assert person is not None
            return pull(session, person, body.cursor, have, have_headers)

    # ------------------------------------------------------------------ the family's access log
    access_refusals = {**refusals, 403: {"model": Problem}, 404: {"model": Problem}}

    @app.post("/v1/tilgangslogg", response_model=protocol.TilgangPushResponse, responses=access_refusals)
    def push_access(
        body: protocol.TilgangPush, who: Annotated[auth.Caller, Depends(caller)]
    ) -> protocol.TilgangPushResponse:
        check_protocol(body.protocol)
        try:
            with transaction() as session:
                lock(session)  # two sends from one PC never race for the same entry
                person = session.get(Ansatt, who.ansatt_id)
                assert person is not None
                return tilgangslogg.store(session, person, who.device_id, body.entries, settings.clock())
        except tilgangslogg.BadRequest as error:
            raise problem(422, "Forespørselen har feil format.") from error

    @app.get("/v1/logger/{logg_id}/tilgangslogg", response_model=protocol.TilgangResponse, responses=access_refusals)
    def access_log(logg_id: uuid.UUID, who: Annotated[auth.Caller, Depends(caller)]) -> protocol.TilgangResponse:
        try:
            with transaction() as session:
                person = session.get(Ansatt, who.ansatt_id)
                assert person is not None
                return tilgangslogg.entries_for(session, person, logg_id)
        except DomainError as error:
            raise problem(404 if isinstance(error, NotFound) else 403, error.message) from error

    return app
