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


_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.ToolTipRole,
        ID_ROLE,
        SORT_ROLE,
    }
)


class _Entry:
    """A row with its shown texts and its search text, made once when the rows arrive."""

    __slots__ = ("hay", "rad", "texts")

    def __init__(self, rad: LoggRad, texts: tuple[str, ...]) -> None:
        self.rad = rad
        self.texts = texts
        # One line per column, so a search never matches across two columns.
        self.hay = "\n".join(texts).casefold()


class LoggListModel(QAbstractTableModel):
    """Rows are immutable snapshots; the view replaces them when a change notice concerns them.

    The model filters and sorts itself, in Python over texts and keys made once per row: a
    QSortFilterProxyModel calls ``data()`` for every row and column on each keystroke, which
    takes most of a second for 20,000 logs (docs/benchmarks.md, «Mine logger»).
    """

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
        self._all: list[_Entry] = []  # every row, in the current sort order
        self._rows: list[_Entry] = []  # the rows that match the filter, in the same order
        self._all_hay: list[str] = []  # the search texts of both (a plain list scans twice as fast)
        self._rows_hay: list[str] = []
        self._needle = ""
        self._sort_column = 0
        self._sort_order = Qt.SortOrder.AscendingOrder

    def set_rows(self, rows: list[LoggRad]) -> None:
        self.beginResetModel()
        self._all = [_Entry(r, tuple(self._display(r, c) for c in range(len(self.COLUMNS)))) for r in rows]
        self._order(self._all)
        self._all_hay = [e.hay for e in self._all]
        self._match(self._all, self._all_hay)
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        """Show only the rows where some column contains ``text`` (case-insensitive)."""
        needle = text.casefold()
        if needle == self._needle:
            return
        # Typing one more letter can only narrow what is shown.
        narrower = bool(self._needle) and needle.startswith(self._needle)
        pool, hay = (self._rows, self._rows_hay) if narrower else (self._all, self._all_hay)
        self._needle = needle
        self.beginResetModel()
        self._match(pool, hay)
        self.endResetModel()

    def _match(self, pool: list[_Entry], hay: list[str]) -> None:
        needle = self._needle
        if not needle:
            self._rows, self._rows_hay = list(pool), hay
            return
        hits = [i for i, h in enumerate(hay) if needle in h]
        self._rows = [pool[i] for i in hits]
        self._rows_hay = [hay[i] for i in hits]

    def total(self) -> int:
        """Every row, whatever the filter."""
        return len(self._all)

    def row_id(self, row: int) -> uuid.UUID:
        return self._rows[row].rad.id

    def row_of(self, logg_id: uuid.UUID) -> int:
        """The shown row of a log, or -1."""
        return next((i for i, e in enumerate(self._rows) if e.rad.id == logg_id), -1)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.COLUMNS):
            return
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        ids = [self._rows[i.row()].rad.id if 0 <= i.row() < len(self._rows) else None for i in before]
        self._order(self._all)
        self._all_hay = [e.hay for e in self._all]
        self._match(self._all, self._all_hay)
        if before:
            where = {e.rad.id: row for row, e in enumerate(self._rows)}
            self.changePersistentIndexList(
                before,
                [
                    self.index(where[i], old.column()) if i in where else QModelIndex()
                    for i, old in zip(ids, before, strict=True)
                ],
            )
        self.layoutChanged.emit()

    def _order(self, entries: list[_Entry]) -> None:
        col = self._sort_column
        entries.sort(
            key=lambda e: self._sort_key(e.rad, col, e.texts[col]),
            reverse=self._sort_order == Qt.SortOrder.DescendingOrder,
        )

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
        # The view asks for a dozen roles per cell it paints; answer the ones we have not at once.
        if role not in _ROLES or not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        e = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return e.texts[col]
        if role == ID_ROLE:
            return str(e.rad.id)
        if role == SORT_ROLE:
            return self._sort_key(e.rad, col, e.texts[col])
        if role == Qt.ItemDataRole.ToolTipRole and col == 0:
            return self.tr("Åpne loggen for {0}").format(e.rad.barn)
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
    def _sort_key(r: LoggRad, col: int, text: str) -> Any:
        match col:
            case 2:
                return r.niva
            case 5:
                return r.neste_evaluering.isoformat() if r.neste_evaluering else "9999"
            case 6:
                return r.uleste_lysglimt * 1_000_000 + r.lysglimt
        return text.casefold()
