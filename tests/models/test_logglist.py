"""«Mine logger»'s model: it filters and sorts itself (no proxy), and keeps Qt's model contract."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from desktop.core.entities import LoggStatus
from desktop.core.queries import LoggRad
from desktop.models.logglist import SORT_ROLE, LoggListModel

from PySide6.QtCore import QPersistentModelIndex, Qt


def rad(
    barn: str, *, niva: int = 1, status: LoggStatus = LoggStatus.AKTIV, enhet: str = "Solsikken barnehage"
) -> LoggRad:
    return LoggRad(
        id=uuid.uuid4(),
        barn=barn,
        status=status,
        niva=niva,
        stafettholder="Kari Nilsen",
        enhet=enhet,
        neste_evaluering=dt.date(2026, 12, 1),
        lysglimt=2,
        uleste_lysglimt=0,
        endret=dt.datetime(2026, 11, 26, tzinfo=dt.UTC),
    )


ROWS = [
    rad("Noah Berge", niva=2),
    rad("Ella Fjellstad"),
    rad("Emil Haugen", status=LoggStatus.PASSIV, enhet="Haugen skole"),
    rad("Sara Lie", niva=3),
]


def names(model: LoggListModel) -> list[str]:
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_the_model_passes_the_model_tester_while_filtering_and_sorting(qapp: Any, qtmodeltester: Any) -> None:
    model = LoggListModel()
    qtmodeltester.check(model)
    model.set_rows(ROWS)
    qtmodeltester.check(model)
    model.set_filter("hau")
    qtmodeltester.check(model)
    model.sort(2, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_filter_matches_any_column_case_insensitively_and_never_across_columns(qapp: Any) -> None:
    model = LoggListModel()
    model.set_rows(ROWS)
    assert names(model) == ["Ella Fjellstad", "Emil Haugen", "Noah Berge", "Sara Lie"]
    model.set_filter("HAUGEN")  # the child's name and the unit's
    assert names(model) == ["Emil Haugen"]
    model.set_filter("haugen s")  # narrowing, within the unit's column
    assert names(model) == ["Emil Haugen"]
    model.set_filter("passiv")
    assert names(model) == ["Emil Haugen"]
    model.set_filter("lie solsikken")  # «Sara Lie» and «Solsikken» are two columns
    assert names(model) == []
    model.set_filter("")
    assert model.rowCount() == model.total() == 4


def test_sort_keeps_the_filter_and_moves_the_chosen_row_along(qapp: Any) -> None:
    model = LoggListModel()
    model.set_rows(ROWS)
    model.set_filter("e")  # every child's name has an e
    chosen = QPersistentModelIndex(model.index(names(model).index("Sara Lie"), 0))
    model.sort(2, Qt.SortOrder.DescendingOrder)  # nivå
    assert names(model) == ["Sara Lie", "Noah Berge", "Ella Fjellstad", "Emil Haugen"]
    assert chosen.row() == 0
    assert model.index(0, 2).data(SORT_ROLE) == 3
    model.set_rows([*ROWS, rad("Aksel Ruud", niva=3)])  # new rows arrive in the same order and filter
    assert names(model)[:2] == ["Sara Lie", "Aksel Ruud"] or names(model)[:2] == ["Aksel Ruud", "Sara Lie"]
    assert model.row_of(ROWS[0].id) == names(model).index("Noah Berge")
