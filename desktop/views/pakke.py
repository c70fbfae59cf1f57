"""«Eksporter»: the encrypted, signed transfer package between kommuner — export, import, receipts, keys.

(Work in progress: the constructor of :class:`ExportPackageDialog` is fixed so the transfer dialog
can open it.)
"""

from __future__ import annotations

import uuid

from desktop.models.backend import Backend

from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget


class ExportPackageDialog(QDialog):
    """Write the transfer package of one requested kommune transfer to a file."""

    def __init__(self, backend: Backend, overforing_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self.overforing_id = overforing_id
        self.setWindowTitle(self.tr("Eksporter stafettlogg"))
        self.setAccessibleName(self.tr("Eksporter stafettlogg"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Eksport til annen kommune kommer snart.")))
