"""«Mine logger»: a thin table model over the core's header rows."""

from __future__ import annotations

import uuid
from typing import Any

from desktop.core.entities import LoggStatus
from desktop.core.queries import LoggRad

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


def _tr(text: str) -> str:
    return QCoreApplication.translate("LoggListModel", text)


# Marked for lupdate; translated where shown.
STATUS_TEXT = {
    LoggStatus.AKTIV: QT_TRANSLATE_NOOP("LoggListModel", "Aktiv"),
    LoggStatus.PASSIV: QT_TRANSLATE_NOOP("LoggListModel", "Passiv"),
    LoggStatus.AVSLUTTET: QT_TRANSLATE_NOOP("LoggListModel", "Avsluttet"),
}


# The sender's news of a transfer (see ``LoggRad.overforing``).
TRANSFER_TEXT = {
    "venter": QT_TRANSLATE_NOOP("LoggListModel", "venter på overføring"),
    "avvist": QT_TRANSLATE_NOOP("LoggListModel", "overføringen ble avvist"),
}


class LoggListModel(QAbstractTableModel):
    """Rows are immutable snapshots; the view replaces them when a change notice concerns them."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("LoggListModel", "Barn"),
        QT_TRANSLATE_NOOP("LoggListModel", "Status"),
        QT_TRANSLATE_NOOP("LoggListModel", "Nivå"),
        QT_TRANSLATE_NOOP("LoggListModel", "Stafettholder"),
        QT_TRANSLATE_NOOP("LoggListModel", "Enhet"),
        QT_TRANSLATE_NOOP("LoggListModel", "Neste evaluering"),
        QT_TRANSLATE_NOOP("LoggListModel", "Lysglimt"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[LoggRad] = []

    def set_rows(self, rows: list[LoggRad]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_id(self, row: int) -> uuid.UUID:
        return self._rows[row].id

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self.COLUMNS):
            return _tr(self.COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == ID_ROLE:
            return str(r.id)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(r, col)
        if role == SORT_ROLE:
            return self._sort_key(r, col)
        if role == Qt.ItemDataRole.ToolTipRole and col == 0:
            return self.tr("Åpne loggen for {0}").format(r.barn)
        return None

    @staticmethod
    def _display(r: LoggRad, col: int) -> str:
        match col:
            case 0:
                return r.barn
            case 1:
                if r.overforing in TRANSFER_TEXT:
                    return f"{_tr(STATUS_TEXT[r.status])} – {_tr(TRANSFER_TEXT[r.overforing])}"
                return _tr(STATUS_TEXT[r.status])
            case 2:
                return str(r.niva)
            case 3:
                return r.stafettholder
            case 4:
                return r.enhet
            case 5:
                return r.neste_evaluering.strftime("%d.%m.%Y") if r.neste_evaluering else "–"
            case 6:
                if r.uleste_lysglimt:
                    return QCoreApplication.translate("LoggListModel", "{0} ({1} nye)").format(
                        r.lysglimt, r.uleste_lysglimt
                    )
                return str(r.lysglimt)
        return ""

    @staticmethod
    def _sort_key(r: LoggRad, col: int) -> Any:
        match col:
            case 2:
                return r.niva
            case 5:
                return r.neste_evaluering.isoformat() if r.neste_evaluering else "9999"
            case 6:
                return r.uleste_lysglimt * 1_000_000 + r.lysglimt
        return LoggListModel._display(r, col).casefold()
