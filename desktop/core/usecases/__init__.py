"""One function per user action (as Anki's ``operations``), each taking a :class:`Context`,
checking permission and the guide's rules, and returning the :class:`Changes` it made.

A use case that refuses raises a :class:`~desktop.core.errors.DomainError` before it has
written anything it would leave behind; the caller's transaction is rolled back anyway.
"""

# Every change a use case makes must get its outbox row, whoever imported what first.
from desktop.core import outbox as _outbox

_outbox.install()
