"""«Overfør stafettlogg»: the sender's dialog, and the receiver's tab of transfers to answer."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from desktop.core.context import Changes, Context
from desktop.models.backend import Backend

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.views.forms import FormDialog


class TransferDialog(FormDialog):
    """«Overfør stafettlogg» for one log, by its holder or by a unit leader on their behalf."""

    def __init__(self, backend: Backend, logg_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(
            backend,
            QCoreApplication.translate("TransferDialog", "Overfør stafettlogg"),
            ok_text=QCoreApplication.translate("TransferDialog", "&Send overføringen"),
            parent=parent,
        )
        self.logg_id = logg_id

    def work(self) -> Callable[[Context], Changes] | None:
        return None
