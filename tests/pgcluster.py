"""A real, throwaway PostgreSQL for the tests: one cluster per session, one empty database per test.

Fixtures (import them into a test module or a conftest):

    from tests.pgcluster import pg_cluster, postgres_url  # noqa: F401

    def test_something(postgres_url: str) -> None:
        engine = create_engine(postgres_url)  # postgresql+psycopg://postgres@127.0.0.1:PORT/t_<hex>
        ...
        engine.dispose()

``pg_cluster`` (session) starts the server once; ``postgres_url`` (function) creates a fresh, empty
database for each test and drops it afterwards (also when the test left connections open).

Without PostgreSQL's server binaries the tests that use these fixtures are skipped, except where
``CI`` is set (``CI=true``): there they fail, so CI never silently leaves out the PostgreSQL half.
``scripts/postgres.sh`` installs the binaries (Debian/Ubuntu).

The server never runs as root (it refuses to): as root, ``initdb`` and ``postgres`` run as the
``postgres`` system user (or ``nobody``) through ``setpriv``, in a directory that user owns. It listens
on 127.0.0.1 only, on a free port, with trust authentication for loopback and no Unix socket; it is
tuned for speed, not durability (``fsync=off`` and friends). ``setpriv --pdeathsig`` stops it even when
the test process is killed.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import psycopg
import pytest

SUPERUSER = "postgres"
READY_TIMEOUT = 60.0  # seconds for the server to accept connections after it was started
STOP_TIMEOUT = 30.0

# Speed over durability: the data directory is thrown away after the session.
SERVER_SETTINGS: dict[str, str] = {
    "listen_addresses": "127.0.0.1",
    "unix_socket_directories": "",  # TCP only: no socket in /var/run/postgresql, no path-length limit
    "max_connections": "100",
    "shared_buffers": "32MB",
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "wal_level": "minimal",
    "max_wal_senders": "0",
    "autovacuum": "off",
    "jit": "off",
    "max_parallel_workers_per_gather": "0",  # the same plans every run
    # Timestamps in the shared schema are naive UTC columns; a server that is not on UTC shows
    # at once any code that leans on the server's zone (now(), timestamptz casts).
    "TimeZone": "Europe/Oslo",
    "log_min_messages": "warning",
    "log_checkpoints": "off",
    "log_timezone": "UTC",
}

_CI_VALUES = {"1", "true", "yes"}


class PostgresNotFound(RuntimeError):
    """No PostgreSQL server binaries (initdb, postgres) on this machine."""


@dataclass
class PgCluster:
    """A running throwaway cluster; the superuser ``postgres`` needs no password over loopback."""

    bindir: Path
    base_dir: Path
    port: int
    process: subprocess.Popen[bytes]
    log_path: Path
    host: str = "127.0.0.1"
    user: str = SUPERUSER
    version: str = ""
    version_num: int = 0  # 150004 for 15.4
    startup_seconds: float = 0.0
    _stopped: bool = field(default=False, repr=False)

    @property
    def data_dir(self) -> Path:
        return self.base_dir / "data"

    def url_for(self, dbname: str) -> str:
        """SQLAlchemy URL (psycopg 3) of one database in this cluster."""
        return f"postgresql+psycopg://{self.user}@{self.host}:{self.port}/{dbname}"

    def conninfo_for(self, dbname: str) -> str:
        """libpq connection string, for psycopg directly."""
        return f"host={self.host} port={self.port} user={self.user} dbname={dbname}"

    @property
    def admin_url(self) -> str:
        return self.url_for("postgres")

    def create_database(self, name: str | None = None) -> str:
        """A new empty database (UTF8, C collation); returns its SQLAlchemy URL."""
        name = name or f"t_{uuid.uuid4().hex}"
        # FILE_COPY (PostgreSQL 15+) copies the small template faster than logging every block.
        strategy = " STRATEGY FILE_COPY" if self.version_num >= 150000 else ""
        with self._admin() as conn:
            conn.execute(f"CREATE DATABASE {_ident(name)}{strategy}")
        return self.url_for(name)

    def drop_database(self, name: str) -> None:
        """Drop a database, ending whatever sessions still use it."""
        with self._admin() as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {_ident(name)} WITH (FORCE)")

    def stop(self) -> None:
        """Fast shutdown (open sessions are ended); idempotent."""
        if self._stopped:
            return
        self._stopped = True
        _stop_process(self.process)

    def _admin(self) -> psycopg.Connection[tuple[object, ...]]:
        return psycopg.connect(self.conninfo_for("postgres"), autocommit=True, connect_timeout=10)


# --------------------------------------------------------------------------- finding and starting


def find_bindir() -> Path:
    """The directory with ``initdb`` and ``postgres``; raises :class:`PostgresNotFound`."""
    candidates: list[Path] = []
    if override := os.environ.get("STAFETTLOGG_PG_BINDIR"):
        candidates.append(Path(override))
    if pg_config := shutil.which("pg_config"):
        # Debian's /usr/bin/pg_config comes with libpq-dev and may name a server that is not installed.
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            out = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True, timeout=10, check=True)
            candidates.append(Path(out.stdout.strip()))
    candidates += sorted((Path(p) for p in glob.glob("/usr/lib/postgresql/*/bin")), key=_version_key, reverse=True)
    if initdb := shutil.which("initdb"):
        candidates.append(Path(initdb).resolve().parent)
    for bindir in candidates:
        if all(os.access(bindir / tool, os.X_OK) for tool in ("initdb", "postgres")):
            return bindir
    raise PostgresNotFound(
        "PostgreSQL's server binaries (initdb, postgres) were not found "
        "(looked at $STAFETTLOGG_PG_BINDIR, `pg_config --bindir`, /usr/lib/postgresql/*/bin and PATH); "
        "install them with scripts/postgres.sh"
    )


def start_cluster(base_dir: Path, *, bindir: Path | None = None) -> PgCluster:
    """initdb a new cluster in ``base_dir/data`` and start it on a free loopback port.

    ``base_dir`` must be empty or new. When this process is root the server runs as an unprivileged
    user who must be able to reach ``base_dir`` (it is chowned to that user): use a directory under
    the system temp dir, not pytest's ``tmp_path`` (which is private to root).
    """
    started = time.perf_counter()
    bindir = bindir or find_bindir()
    base_dir.mkdir(parents=True, exist_ok=True)
    runner = _Runner.for_current_user(base_dir)
    runner.check_reachable(base_dir)
    data_dir = base_dir / "data"
    runner.run(
        [
            str(bindir / "initdb"),
            "--pgdata",
            str(data_dir),
            "--username",
            SUPERUSER,
            "--auth",
            "trust",
            "--encoding",
            "UTF8",
            "--locale",
            "C",  # byte order, as SQLite's BINARY collation; English server messages
            "--no-sync",
            "--no-instructions",
        ],
        cwd=base_dir,
    )
    # Only TCP from 127.0.0.1 (the server listens nowhere else and has no Unix socket).
    (data_dir / "pg_hba.conf").write_text("host all all 127.0.0.1/32 trust\n", encoding="utf-8")
    log_path = base_dir / "postgres.log"
    last_error = ""
    for _attempt in range(5):  # another process may take the free port between our check and the bind
        port = _free_port()
        argv = [str(bindir / "postgres"), "-D", str(data_dir), "-p", str(port)]
        for key, value in SERVER_SETTINGS.items():
            argv += ["-c", f"{key}={value}"]
        with log_path.open("ab") as log:
            process = runner.popen(argv, cwd=base_dir, stdout=log)
        cluster = PgCluster(bindir=bindir, base_dir=base_dir, port=port, process=process, log_path=log_path)
        try:
            cluster.version, cluster.version_num = _wait_until_ready(cluster)
        except _PortTaken as exc:
            last_error = str(exc)
            continue
        except BaseException:
            cluster.stop()
            raise
        cluster.startup_seconds = time.perf_counter() - started
        return cluster
    raise RuntimeError(f"PostgreSQL could not bind a free port: {last_error}")


class _PortTaken(RuntimeError):
    pass


def _wait_until_ready(cluster: PgCluster) -> tuple[str, int]:
    """Poll until the server answers a query; returns its version. Fails fast if it exits."""
    deadline = time.monotonic() + READY_TIMEOUT
    pause = 0.005
    while True:
        code = cluster.process.poll()
        if code is not None:
            log = _tail(cluster.log_path)
            if "could not bind" in log or "Address already in use" in log:
                raise _PortTaken(log)
            raise RuntimeError(f"PostgreSQL exited with code {code} while starting:\n{log}")
        try:
            with psycopg.connect(cluster.conninfo_for("postgres"), connect_timeout=5) as conn:
                row = conn.execute(
                    "SELECT current_setting('server_version'), current_setting('server_version_num')::int"
                ).fetchone()
                assert row is not None
                return str(row[0]), int(str(row[1]))
        except psycopg.OperationalError as exc:
            if time.monotonic() > deadline:
                cluster.stop()
                raise RuntimeError(
                    f"PostgreSQL did not accept connections within {READY_TIMEOUT:.0f} s: {exc}\n"
                    f"{_tail(cluster.log_path)}"
                ) from exc
        # Not a fixed wait: the loop ends as soon as a connection succeeds (usually after a few ms).
        time.sleep(pause)
        pause = min(pause * 2, 0.1)


def _stop_process(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is not None:
        return
    # SIGINT = fast shutdown: end sessions, checkpoint (cheap with fsync off), exit.
    process.send_signal(signal.SIGINT)
    try:
        process.wait(STOP_TIMEOUT)
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGQUIT)  # immediate shutdown
        try:
            process.wait(STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@dataclass(frozen=True)
class _Runner:
    """Runs the server's programs: as ourselves, or — as root — as an unprivileged user."""

    uid: int | None  # None: as the current user
    gid: int | None
    user: str

    @classmethod
    def for_current_user(cls, base_dir: Path) -> _Runner:
        if os.geteuid() != 0:
            return cls(None, None, pwd.getpwuid(os.geteuid()).pw_name)
        for name in ("postgres", "nobody"):
            try:
                entry = pwd.getpwnam(name)
            except KeyError:
                continue
            os.chown(base_dir, entry.pw_uid, entry.pw_gid)
            return cls(entry.pw_uid, entry.pw_gid, name)
        raise RuntimeError("running as root, and neither a 'postgres' nor a 'nobody' user exists to run PostgreSQL")

    def _prefix(self) -> list[str]:
        setpriv = shutil.which("setpriv")
        if self.uid is None:
            # As ourselves: setpriv only to stop the server if this process dies without cleaning up.
            return [setpriv, "--pdeathsig", "INT"] if setpriv else []
        if not setpriv:
            raise RuntimeError("running as root, and setpriv (util-linux) is missing to drop privileges")
        # --pdeathsig is applied after the uid change, so it survives it (checked with util-linux 2.38).
        return [
            setpriv,
            f"--reuid={self.uid}",
            f"--regid={self.gid}",
            "--clear-groups",
            "--pdeathsig",
            "INT",
            "--",
        ]

    def check_reachable(self, base_dir: Path) -> None:
        if self.uid is None:
            return
        probe = subprocess.run([*self._prefix(), "test", "-w", str(base_dir)], env=_env(), check=False)
        if probe.returncode != 0:
            raise RuntimeError(
                f"{base_dir} is not writable for the user {self.user!r} who runs PostgreSQL "
                "(pytest's tmp_path is private to root: use a directory under the system temp dir)"
            )

    def run(self, argv: list[str], *, cwd: Path) -> None:
        result = subprocess.run(
            [*self._prefix(), *argv], cwd=cwd, env=_env(), capture_output=True, text=True, check=False
        )
        if result.returncode != 0:
            raise RuntimeError(f"{' '.join(argv)} failed ({result.returncode}):\n{result.stdout}{result.stderr}")

    def popen(self, argv: list[str], *, cwd: Path, stdout: IO[bytes]) -> subprocess.Popen[bytes]:
        return subprocess.Popen([*self._prefix(), *argv], cwd=cwd, env=_env(), stdout=stdout, stderr=subprocess.STDOUT)


def _env() -> dict[str, str]:
    """Our environment without libpq's PG* variables (a developer's PGHOST or PGDATA must not leak in)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    env["LC_ALL"] = "C"
    return env


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _version_key(path: Path) -> tuple[int, ...]:
    return tuple(int(n) for n in re.findall(r"\d+", path.parent.name)) or (0,)


def _ident(name: str) -> str:
    if not re.fullmatch(r"[a-z_][a-z0-9_]{0,62}", name):
        raise ValueError(f"not a plain database name: {name!r}")
    return f'"{name}"'


def _tail(path: Path, lines: int = 40) -> str:
    try:
        return "\n".join(path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no server log)"


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in _CI_VALUES


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="session")
def pg_cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PgCluster]:
    """One PostgreSQL cluster for the whole session (skipped without binaries, except in CI)."""
    try:
        bindir = find_bindir()
    except PostgresNotFound as exc:
        if in_ci():
            pytest.fail(f"{exc} — CI=true, so this is an error, not a skip", pytrace=False)
        pytest.skip(str(exc))
    if os.geteuid() == 0:
        # pytest's basetemp is 0700 root: the unprivileged server user could not reach it.
        base_dir = Path(tempfile.mkdtemp(prefix="stafettlogg-pg-"))
        cleanup = True
    else:
        base_dir = tmp_path_factory.mktemp("postgres")
        cleanup = False
    cluster = start_cluster(base_dir, bindir=bindir)
    try:
        yield cluster
    finally:
        cluster.stop()
        if cleanup:
            shutil.rmtree(base_dir, ignore_errors=True)


@pytest.fixture
def postgres_url(pg_cluster: PgCluster) -> Iterator[str]:
    """A fresh, empty database for this test (``postgresql+psycopg://`` URL); dropped afterwards."""
    name = f"t_{uuid.uuid4().hex}"
    url = pg_cluster.create_database(name)
    try:
        yield url
    finally:
        pg_cluster.drop_database(name)
