"""Schema migrations (Alembic), run in code at every open; no alembic.ini is needed.

Developers make a new revision with :func:`make_revision` (autogenerate against a database at
head), then check it by hand. Revision files are named ``<rev>_<slug>.py``.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine

from desktop.store.errors import NewerSchema

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

# Alembic (with Mako and Pygments) is imported only when a database needs upgrading: at every
# other start it would cost about a tenth of the app's start-up (docs/benchmarks.md, «Oppstart»).

SCRIPT_LOCATION = Path(__file__).resolve().parent
_REVISION = re.compile(r"^revision(?::[^=]*)? = (.+)$", re.MULTILINE)
_DOWN_REVISION = re.compile(r"^down_revision(?::[^=]*)? = (.+)$", re.MULTILINE)


def file_heads() -> set[str]:
    """The heads of the revision files, read from their text (as Alembic would find them)."""
    known: set[str] = set()
    below: set[str] = set()
    for path in (SCRIPT_LOCATION / "versions").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        revision, down = _REVISION.search(text), _DOWN_REVISION.search(text)
        if revision is None or down is None:
            return set()  # not a plain revision file: let Alembic decide
        known.add(ast.literal_eval(revision.group(1)))
        value = ast.literal_eval(down.group(1))
        below.update([value] if isinstance(value, str) else (value or ()))
    return known - below


def _stored_revisions(connection: Connection) -> set[str]:
    table = connection.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).first()
    if table is None:
        return set()
    return {row[0] for row in connection.exec_driver_sql("SELECT version_num FROM alembic_version")}


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(SCRIPT_LOCATION))
    config.set_main_option("file_template", "%%(rev)s_%%(slug)s")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def current_revisions(connection: Connection) -> set[str]:
    from alembic.runtime.migration import MigrationContext

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
    from alembic import command

    command.upgrade(alembic_config(connection), revision)


def migrate(engine: Engine) -> None:
    """Upgrade the database to this code's head, all of it in one transaction.

    NewerSchema, with the database untouched, if it is at a revision this code does not know.
    """
    heads = file_heads()
    with engine.connect() as connection:
        if heads and _stored_revisions(connection) == heads:
            return  # at head already: the common case, without Alembic
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
    from alembic import command

    with engine.connect() as connection, connection.begin():
        command.revision(alembic_config(connection), message=message, autogenerate=True, rev_id=rev_id)
