"""Small pieces the log's pages share: a read-only list table, its sorting proxy, late answers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from desktop.models.rows import ROW_ROLE, SORT_ROLE, Column, RowsModel

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget
from shiboken6 import isValid

from desktop.views.forms import named

T = TypeVar("T")

GREY = "#595959"  # 7:1 on white
MISSING = "#a00000"  # 7.4:1 on white; the cell also says «Mangler»


def contact_column(title: str, value: Callable[[T], str]) -> Column[T]:
    """A contact field (e-post, telefon, adresse): an empty one says «Mangler» in red, since
    notifications and letters cannot reach the person."""
    missing = QCoreApplication.translate("Kontakt", "Mangler")
    return Column(title, lambda row: value(row) or missing, foreground=lambda row: None if value(row) else MISSING)


def list_table(name: str, model: QAbstractItemModel, *, sortable: bool = True, wrap: bool = True) -> QTableView:
    """A read-only table of rows: whole-row selection, Tab leaves it (arrows move in it)."""
    table = named(QTableView(), name)
    table.setModel(model)
    table.setSortingEnabled(sortable)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.setWordWrap(wrap)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    if sortable:
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    return table


class _PythonSortProxy(QSortFilterProxyModel):
    """Sorts by the Python values of `SORT_ROLE`: Qt cannot compare tuples or dates it gets as
    PyObject, and silently leaves such columns unsorted."""

    def lessThan(self, left: QModelIndex | QPersistentModelIndex, right: QModelIndex | QPersistentModelIndex) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        try:
            return bool(a < b)
        except TypeError:  # None beside a value, or mixed kinds: a stable order all the same
            return (a is not None, str(a)) < (b is not None, str(b))


def sorted_proxy(model: RowsModel[Any], parent: QWidget) -> QSortFilterProxyModel:
    proxy = _PythonSortProxy(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    return proxy


def while_alive(widget: QWidget, callback: Callable[[T], object]) -> Callable[[T], None]:
    """A background answer for ``widget``, dropped if the widget was closed and deleted meanwhile."""

    def deliver(value: T) -> None:
        if isValid(widget):
            callback(value)

    return deliver


R = TypeVar("R")


def current_row(table: QTableView, kind: type[R]) -> R | None:
    """The row object under the table's current index, if it is a ``kind``."""
    index = table.currentIndex()
    row = index.data(ROW_ROLE) if index.isValid() else None
    return row if isinstance(row, kind) else None


def select_by_id(table: QTableView, proxy: QSortFilterProxyModel, row_id: object) -> None:
    """Make the row with this id current (after a reload), else keep or take the first row."""
    for row in range(proxy.rowCount()):
        index = proxy.index(row, 0)
        if row_id is not None and getattr(index.data(ROW_ROLE), "id", None) == row_id:
            table.setCurrentIndex(index)
            return
    if not table.currentIndex().isValid() and proxy.rowCount():
        table.setCurrentIndex(proxy.index(0, 0))


class RoleTab(QWidget):
    """A main-window tab that only some people get (see `views.roletabs`).

    `title` is the tab's text (already translated); `refresh()` reloads it, and is called when
    the tab is shown and after the main window's refresh (F5).
    """

    title = ""

    def refresh(self) -> None:
        """Reload what the tab shows (after unlocking, and on F5)."""

    def clear(self) -> None:
        """Forget every name and number shown: the window is being locked."""
