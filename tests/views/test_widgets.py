"""Shared list helpers: sorting by the Python values a column gives."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from pytestqt.qtbot import QtBot

from desktop.models.rows import ROW_ROLE, Column, RowsModel

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from desktop.views.widgets import sorted_proxy


class Rad(NamedTuple):
    navn: str
    fjernet: bool
    dato: dt.date | None


ROWS = [
    Rad("Berit", True, dt.date(2026, 1, 5)),
    Rad("Anne", False, None),
    Rad("Cecilie", False, dt.date(2025, 3, 1)),
]


def test_sorts_by_tuples_dates_and_none(qtbot: QtBot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    model: RowsModel[Rad] = RowsModel(
        [
            Column("Status", lambda r: "Fjernet" if r.fjernet else "Aktiv", sort=lambda r: (r.fjernet, r.navn)),
            Column("Dato", lambda r: str(r.dato or ""), sort=lambda r: r.dato),
        ],
        parent,
    )
    model.set_rows(ROWS)
    proxy = sorted_proxy(model, parent)
    qtmodeltester.check(proxy)

    def order() -> list[str]:
        return [proxy.index(i, 0).data(ROW_ROLE).navn for i in range(proxy.rowCount())]

    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    assert order() == ["Anne", "Cecilie", "Berit"]  # active first, then by name
    proxy.sort(1, Qt.SortOrder.AscendingOrder)
    assert order() == ["Anne", "Cecilie", "Berit"]  # no date first, then oldest
    proxy.sort(1, Qt.SortOrder.DescendingOrder)
    assert order() == ["Berit", "Cecilie", "Anne"]
