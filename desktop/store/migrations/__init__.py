"""Schema migrations (Alembic), run in code at every open; no alembic.ini is needed.

Developers make a new revision with :func:`make_revision` (autogenerate against a database at
head), then check it by hand. Revision files are named ``<rev>_<slug>.py``.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from desktop.store.errors import NewerSchema

SCRIPT_LOCATION = Path(__file__).resolve().parent


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(SCRIPT_LOCATION))
    config.set_main_option("file_template", "%%(rev)s_%%(slug)s")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def current_revisions(connection: Connection) -> set[str]:
    return set(MigrationContext.configure(connection).get_current_heads())


def _set_foreign_keys(connection: Connection, on: bool) -> None:
    # On the raw connection: through SQLAlchemy it would autobegin, and the pragma is a
    # no-op inside a transaction.
    dbapi_connection = connection.connection.dbapi_connection
    assert dbapi_connection is not None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA foreign_keys = {'ON' if on else 'OFF'}")
    finally:
        cursor.close()


def upgrade(connection: Connection, revision: str = "head") -> None:
    """Upgrade inside the connection's transaction (the caller begins and commits it)."""
    command.upgrade(alembic_config(connection), revision)


def migrate(engine: Engine) -> None:
    """Upgrade the database to this code's head, all of it in one transaction.

    NewerSchema, with the database untouched, if it is at a revision this code does not know.
    """
    script = script_directory()
    known = {rev.revision for rev in script.walk_revisions()}
    heads = set(script.get_heads())
    with engine.connect() as connection:
        # Batch migrations copy and drop tables; with foreign keys on, the drop would cascade
        # or fail. foreign_key_check below stands in for the checks.
        _set_foreign_keys(connection, on=False)
        try:
            with connection.begin():
                current = current_revisions(connection)
                unknown = current - known
                if unknown:
                    raise NewerSchema(detail=f"database revision {', '.join(sorted(unknown))}")
                if current == heads:
                    return
                upgrade(connection)
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
                if broken:
                    raise RuntimeError(f"migration left broken foreign keys: {broken[:5]}")
        finally:
            try:
                _set_foreign_keys(connection, on=True)
            except BaseException:
                # Never hand a connection without foreign keys back to the pool.
                connection.invalidate()
                raise


def make_revision(engine: Engine, message: str, rev_id: str) -> None:
    """Autogenerate a revision file against ``engine`` (which must be at head). For developers."""
    with engine.connect() as connection, connection.begin():
        command.revision(alembic_config(connection), message=message, autogenerate=True, rev_id=rev_id)
