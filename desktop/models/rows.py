"""One thin table model for the lists of a log: immutable rows and column specs.

The lists (tiltak, lysglimt, notes, meetings, history) differ only in their columns, so one
model serves them all, and one ``qtmodeltester`` test covers its behaviour.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row object itself
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.ForegroundRole,
        ROW_ROLE,
        SORT_ROLE,
    }
)


@dataclass(frozen=True)
class Column(Generic[R]):
    title: str
    display: Callable[[R], str]
    sort: Callable[[R], Any] | None = None
    tooltip: Callable[[R], str] | None = None
    foreground: Callable[[R], str | None] | None = None  # a colour name, e.g. for frozen text


class RowsModel(QAbstractTableModel, Generic[R]):
    """Read-only rows; ``set_rows`` replaces them and keeps unchanged rows' identity for views."""

    def __init__(self, columns: Sequence[Column[R]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[R] = []

    def set_rows(self, rows: Sequence[R]) -> None:
        rows = list(rows)
        if len(rows) == len(self._rows):
            # Same shape: tell views which cells changed, so selection and scroll stay put.
            self._rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(self._columns) - 1))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row(self, row: int) -> R:
        return self._rows[row]

    def rows(self) -> list[R]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and 0 <= section < len(self._columns):
            return self._columns[section].title
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Views ask each cell for a dozen roles (font, alignment, size hint …) when they lay out and
        # paint; most are none of ours, so they are answered before any other work.
        if role not in _ROLES:
            return None
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        if not 0 <= index.column() < len(self._columns):
            return None
        r = self._rows[index.row()]
        col = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return col.display(r)
        if role == ROW_ROLE:
            return r
        if role == SORT_ROLE:
            return col.sort(r) if col.sort else col.display(r).casefold()
        if role == Qt.ItemDataRole.ToolTipRole and col.tooltip is not None:
            return col.tooltip(r)
        if role == Qt.ItemDataRole.ForegroundRole and col.foreground is not None:
            colour = col.foreground(r)
            return QBrush(QColor(colour)) if colour else None
        return None
