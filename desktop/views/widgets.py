"""Small pieces the log's pages share: a read-only list table, its sorting proxy, late answers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from desktop.models.rows import SORT_ROLE, RowsModel

from PySide6.QtCore import QAbstractItemModel, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget
from shiboken6 import isValid

from desktop.views.forms import named

T = TypeVar("T")


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


def sorted_proxy(model: RowsModel[Any], parent: QWidget) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    return proxy


def while_alive(widget: QWidget, callback: Callable[[T], object]) -> Callable[[T], None]:
    """A background answer for ``widget``, dropped if the widget was closed and deleted meanwhile."""

    def deliver(value: T) -> None:
        if isValid(widget):
            callback(value)

    return deliver
