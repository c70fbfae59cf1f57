"""Alembic environment: online only, on the connection :func:`desktop.store.migrations.migrate` passes."""

from __future__ import annotations

from typing import Any, Literal

from alembic import context
from alembic.autogenerate.api import AutogenContext

from desktop.core.entities import Base
from desktop.core.types import UtcDateTime


def _render_item(type_: str, obj: Any, autogen_context: AutogenContext) -> str | Literal[False]:
    # Autogenerate would write the type's full dotted path without importing it.
    if type_ == "type" and isinstance(obj, UtcDateTime):
        autogen_context.imports.add("from desktop.core.types import UtcDateTime")
        return "UtcDateTime()"
    return False


def _run() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("migrations run only through desktop.store.migrations.migrate()")
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        # SQLite can alter little in place; batch mode copies the table instead.
        render_as_batch=True,
        compare_type=True,
        render_item=_render_item,
    )
    with context.begin_transaction():
        context.run_migrations()


_run()
