"""Refusals of the domain core. Each carries a Norwegian message for the user.

A use case raises one of these *before* it changes anything; the caller's
transaction is then rolled back, so a refusal never leaves half a record.
"""

from __future__ import annotations


class DomainError(Exception):
    """A request the rules do not allow; ``message`` is shown to the user as is."""

    def __init__(self, message: str) -> None:
        self.message = message
        super().__init__(message)


class RuleViolation(DomainError):
    """The request breaks a rule of the guide (e.g. no log without consent)."""


class PermissionDenied(DomainError):
    """The acting person may not do this."""


class NotFound(DomainError):
    """The record does not exist (or is not visible to the acting person)."""


class InvalidInput(DomainError):
    """A value is malformed (an empty text, a bad fødselsnummer, a wrong date order)."""
