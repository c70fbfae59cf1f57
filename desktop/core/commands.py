"""Use-case calls as data: what the sync pushes so the server can re-run them.

A row change ("tiltak 7, tekst: A → B") cannot be trusted: the server must know *which*
use case made it, so it can check that person's right to it with the same rules. Every
use case that changes data is registered with :func:`command`; the outermost call in a
transaction is recorded on the context (name + arguments as JSON), and the outbox hook
stores the list on the transaction's :class:`~desktop.core.entities.SyncChange`.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import enum
import functools
import inspect
import types
import typing
import uuid
from collections.abc import Callable
from typing import Any, TypeVar

from desktop.core.context import Context
from desktop.core.errors import InvalidInput

F = TypeVar("F", bound=Callable[..., Any])

REGISTRY: dict[str, Callable[..., Any]] = {}


def command(fn: F) -> F:
    """Register ``fn`` (first parameter the Context) and record its outermost calls."""
    name = f"{fn.__module__.rsplit('.', 1)[-1]}.{fn.__name__}"
    signature = inspect.signature(fn)

    @functools.wraps(fn)
    def recorded(ctx: Context, *args: Any, **kwargs: Any) -> Any:
        if ctx.command_depth:
            return fn(ctx, *args, **kwargs)
        bound = signature.bind(ctx, *args, **kwargs)
        # Only what the caller gave: defaults (and sentinels) are the server's own.
        call = {"name": name, "args": {k: encode(v) for k, v in list(bound.arguments.items())[1:]}}
        ctx.commands.append(call)
        ctx.command_depth += 1
        try:
            return fn(ctx, *args, **kwargs)
        except BaseException:
            ctx.commands.remove(call)
            raise
        finally:
            ctx.command_depth -= 1

    REGISTRY[name] = recorded
    recorded.__wrapped_command__ = name  # type: ignore[attr-defined]
    return typing.cast(F, recorded)


def encode(value: Any) -> Any:
    """An argument as JSON: the inverse of :func:`decode` given the parameter's type."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, list | tuple | set | frozenset):
        return [encode(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    raise TypeError(f"cannot record an argument of type {type(value).__name__}")


def decode(hint: Any, value: Any) -> Any:
    """``value`` from JSON as the type ``hint``; a wrong shape is refused, never guessed."""
    origin = typing.get_origin(hint)
    if origin is typing.Union or origin is types.UnionType:
        options = typing.get_args(hint)
        if value is None and type(None) in options:
            return None
        for option in options:
            if option is type(None) or option is object:
                continue
            try:
                return decode(option, value)
            except (InvalidInput, ValueError, TypeError):
                continue
        raise InvalidInput(f"Ugyldig verdi i endringen: {value!r}.")
    if origin in (list, tuple, set, frozenset):
        if not isinstance(value, list):
            raise InvalidInput("Ugyldig liste i endringen.")
        args = typing.get_args(hint)
        if origin is tuple and args and args[-1] is not Ellipsis:
            if len(args) != len(value):
                raise InvalidInput("Ugyldig verdi i endringen.")
            return tuple(decode(a, v) for a, v in zip(args, value, strict=True))
        item = args[0] if args else Any
        items = [decode(item, v) for v in value]
        return origin(items) if origin is not list else items
    if hint is Any or hint is object:
        return value
    if isinstance(hint, type):
        if dataclasses.is_dataclass(hint):
            if not isinstance(value, dict):
                raise InvalidInput("Ugyldig verdi i endringen.")
            hints = typing.get_type_hints(hint)
            names = {f.name for f in dataclasses.fields(hint)}
            return hint(**{k: decode(hints[k], v) for k, v in value.items() if k in names})
        if issubclass(hint, enum.Enum):
            return hint(value)
        if hint is bool:
            if not isinstance(value, bool):
                raise InvalidInput("Ugyldig sannhetsverdi i endringen.")
            return value
        if hint is float and isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
        if hint in (int, str) and isinstance(value, hint) and not isinstance(value, bool):
            return value
        if hint is uuid.UUID and isinstance(value, str):
            return uuid.UUID(value)
        if hint is dt.datetime and isinstance(value, str):
            moment = dt.datetime.fromisoformat(value)
            if moment.tzinfo is None:
                raise InvalidInput("Tidspunkt uten tidssone i endringen.")
            return moment
        if hint is dt.date and isinstance(value, str):
            return dt.date.fromisoformat(value)
        if hint is bytes and isinstance(value, str):
            return base64.b64decode(value, validate=True)
    raise InvalidInput(f"Ugyldig verdi i endringen: {value!r}.")


@functools.cache
def _hints(fn: Callable[..., Any]) -> dict[str, Any]:
    return typing.get_type_hints(inspect.unwrap(fn))


def run(ctx: Context, name: str, args: dict[str, Any]) -> Any:
    """Re-run a recorded call as ``ctx.person`` (the server's side of :func:`command`)."""
    fn = REGISTRY.get(name)
    if fn is None:
        raise InvalidInput(f"Ukjent endring «{name}»: denne versjonen av serveren kjenner den ikke.")
    if not isinstance(args, dict):
        raise InvalidInput("Ugyldige argumenter i endringen.")
    hints = _hints(fn)
    parameters = inspect.signature(inspect.unwrap(fn)).parameters
    kwargs: dict[str, Any] = {}
    for key, value in args.items():
        parameter = parameters.get(key)
        if parameter is None or key == "ctx" or parameter.kind is inspect.Parameter.VAR_KEYWORD:
            raise InvalidInput(f"Ukjent argument «{key}» i endringen «{name}».")
        try:
            kwargs[key] = decode(hints[key], value)
        except (ValueError, TypeError) as error:  # a malformed id, date or enum value
            raise InvalidInput(f"Ugyldig verdi for «{key}» i endringen «{name}».") from error
    try:
        return fn(ctx, **kwargs)
    except TypeError as error:  # a missing required argument
        raise InvalidInput(f"Endringen «{name}» mangler opplysninger.") from error


def load_all() -> None:
    """Import every use-case module, so the registry is complete (the server needs all of them)."""
    from desktop.core.usecases import (  # noqa: F401
        access,
        content,
        diagram,
        exchange,
        kommune,
        logs,
        organisation,
        transfer,
    )
