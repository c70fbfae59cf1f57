"""«Oversikt»: how the unit's logs are doing, in numbers only — never a child's name or content.

A unit leader sees the own unit; the municipal administrator (who leads no unit) the whole
kommune. Zero is shown as 0, so an empty row reads as «nothing to follow up», not as missing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from desktop.core.context import OSLO, Context
from desktop.core.overview import MAX_WEEKS, Oversikt, leader_overview
from desktop.models.backend import Backend
from desktop.models.logglist import STATUS_TEXT
from desktop.models.rows import Column, RowsModel

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QSpinBox, QTableView, QVBoxLayout, QWidget

from desktop.views.forms import ERROR_STYLE, named
from desktop.views.widgets import RoleTab, list_table, while_alive

Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")
DEFAULT_WEEKS = 8


@dataclass(frozen=True)
class Linje:
    """One row of a count table: what is counted, and how many."""

    hva: str
    tall: tuple[int, ...]
    sum: bool = False  # a total, shown in bold


class NumbersModel(RowsModel[R]):
    """Rows whose number columns are right-aligned, so the figures line up to be read at a glance."""

    def __init__(
        self,
        columns: Sequence[Column[R]],
        numeric: Iterable[int],
        parent: QObject | None = None,
        *,
        bold: Callable[[R], bool] | None = None,
    ) -> None:
        super().__init__(columns, parent)
        self._numeric = frozenset(numeric)
        self._bold = bold

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and index.isValid() and index.column() in self._numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self._bold is not None and index.isValid():
            if 0 <= index.row() < self.rowCount() and self._bold(self.row(index.row())):
                font = QFont()
                font.setBold(True)
                return font
            return None
        return super().data(index, role)


def _fit(table: QTableView) -> None:
    """Exactly as big as its cells: these tables are short and never scroll."""
    table.resizeColumnsToContents()
    table.resizeRowsToContents()
    model, header = table.model(), table.horizontalHeader()
    for column in range(1, model.columnCount()):  # the figures get room to breathe
        table.setColumnWidth(column, max(table.columnWidth(column), 72))
    height = sum(table.rowHeight(r) for r in range(model.rowCount()))
    width = sum(table.columnWidth(c) for c in range(model.columnCount()))
    table.setFixedHeight(header.sizeHint().height() + height + 2 * table.frameWidth() + 2)
    table.setFixedWidth(width + 2 * table.frameWidth() + 2)


def _number_column(title: str, at: int) -> Column[Linje]:
    return Column(title, lambda r: str(r.tall[at]), sort=lambda r: r.tall[at])


class OversiktTab(RoleTab):
    """The leader's (or the administrator's) overview, in two small tables."""

    def __init__(self, backend: Backend, *, hele_kommunen: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self.hele_kommunen = hele_kommunen
        self.title = self.tr("Oversikt")
        self.setAccessibleName(self.title)
        self.result: Oversikt | None = None
        self._generation = 0
        self._stale = True

        self.status_model: NumbersModel[Linje] = NumbersModel(
            [
                Column(self.tr("Status"), lambda r: r.hva),
                *(_number_column(self.tr("Nivå {0}").format(n), n - 1) for n in (1, 2, 3)),
                _number_column(self.tr("Sum"), 3),
            ],
            (1, 2, 3, 4),
            self,
            bold=lambda r: r.sum,
        )
        self.follow_model: NumbersModel[Linje] = NumbersModel(
            [Column(self.tr("Hva"), lambda r: r.hva), _number_column(self.tr("Antall"), 0)], (1,), self
        )

        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setAccessibleName(self.tr("Overskrift"))
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        note = QLabel(
            self.tr(
                "Bare tall: oversikten viser aldri navn eller innhold fra loggene. Tallene gjelder slik "
                "loggene står på denne PC-en nå."
            )
        )
        note.setWordWrap(True)
        note.setAccessibleName(self.tr("Om oversikten"))
        layout.addWidget(note)

        # Side by side: the state of the logs on the left, what needs following up on the right.
        columns = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        columns.addLayout(left)
        columns.addSpacing(32)
        columns.addLayout(right)
        columns.addStretch(1)
        layout.addLayout(columns)
        status_title = QLabel(self.tr("<b>Logger etter status og nivå</b>"))
        left.addWidget(status_title)
        self.status_table = list_table(self.tr("Logger etter status og nivå"), self.status_model, sortable=False)
        left.addWidget(self.status_table)
        left.addStretch(1)

        follow_title = QLabel(self.tr("<b>Å følge opp</b>"))
        right.addWidget(follow_title)
        weeks_row = QHBoxLayout()
        self.weeks = named(
            QSpinBox(),
            self.tr("Uker uten aktivitet"),
            self.tr("En logg regnes som uten aktivitet når ingenting er skrevet i den på så mange uker."),
        )
        self.weeks.setRange(1, MAX_WEEKS)
        self.weeks.setValue(DEFAULT_WEEKS)
        self.weeks.setSuffix(self.tr(" uker"))
        self.weeks.valueChanged.connect(lambda _v: self.refresh())
        weeks_label = QLabel(self.tr("Logger uten &aktivitet på minst:"))
        weeks_label.setBuddy(self.weeks)
        weeks_row.addWidget(weeks_label)
        weeks_row.addWidget(self.weeks)
        weeks_row.addStretch(1)
        right.addLayout(weeks_row)
        self.follow_table = list_table(self.tr("Å følge opp"), self.follow_model, sortable=False)
        right.addWidget(self.follow_table)
        right.addStretch(1)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setAccessibleName(self.tr("Feilmelding"))
        self.error.hide()
        layout.addWidget(self.error)
        layout.addStretch(1)

        for table in (self.status_table, self.follow_table):
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # _fit sizes them
            header.setStretchLastSection(False)
            table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            table.setSizeAdjustPolicy(QTableView.SizeAdjustPolicy.AdjustToContents)
        backend.changed.connect(lambda _c: self._on_changed())

    # ------------------------------------------------------------------ loading

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _on_changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def refresh(self) -> None:
        self._stale = False
        generation, weeks, whole = self._generation, self.weeks.value(), self.hele_kommunen
        today = self.backend.clock().astimezone(OSLO).date()

        def work(ctx: Context) -> Oversikt:
            return leader_overview(ctx, weeks=weeks, today=today, hele_kommunen=whole)

        self.backend.call(
            work,
            success=while_alive(self, lambda result: self._show(generation, result)),
            failure=while_alive(self, self._failed),
        )

    def clear(self) -> None:
        self._generation += 1
        self._stale = True
        self.result = None
        self.heading.clear()
        self.status_model.set_rows([])
        self.follow_model.set_rows([])
        self.error.hide()

    def _failed(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    # ------------------------------------------------------------------ rendering

    def _show(self, generation: int, ov: Oversikt) -> None:
        if generation != self._generation:
            return
        self.result = ov
        self.error.hide()
        self.heading.setText(self.tr("Oversikt for {0} per {1}").format(ov.omfang, _day(ov.dato)))
        rows = [
            Linje(QCoreApplication.translate("LoggListModel", str(STATUS_TEXT[t.status])), (*t.per_niva, t.total))
            for t in ov.logger
        ]
        per_niva = [sum(t.per_niva[n] for t in ov.logger) for n in range(3)]
        rows.append(Linje(self.tr("Alle"), (*per_niva, ov.logger_totalt), sum=True))
        self.status_model.set_rows(rows)
        self.follow_model.set_rows(self.follow_rows(ov))
        for table in (self.status_table, self.follow_table):
            _fit(table)
        self.layout().activate()

    def follow_rows(self, ov: Oversikt) -> list[Linje]:
        rows = [
            Linje(self.tr("Aktive logger med tiltak som skulle vært evaluert"), (ov.evaluering_forfalt_logger,)),
            Linje(self.tr("Tiltak der evalueringsdatoen er passert"), (ov.evaluering_forfalt_tiltak,)),
            Linje(self.tr("Samtykker som går ut de neste 30 dagene"), (ov.samtykker_utloper_snart,)),
            Linje(self.tr("Samtykker som har gått ut, i aktive logger"), (ov.samtykker_utlopt,)),
            Linje(self.tr("Aktive logger uten aktivitet på {0} uker").format(ov.uker), (ov.logger_uten_aktivitet,)),
        ]
        if ov.hele_kommunen:
            rows += [
                Linje(self.tr("Overføringer som venter, innen en enhet"), (ov.overforinger_innen,)),
                Linje(self.tr("Overføringer som venter, mellom enheter"), (ov.overforinger_mellom,)),
                Linje(self.tr("Overføringer som venter, til en annen kommune"), (ov.overforinger_ut,)),
            ]
        else:
            rows += [
                Linje(self.tr("Overføringer som venter, innen enheten"), (ov.overforinger_innen,)),
                Linje(self.tr("Overføringer som venter, til enheten"), (ov.overforinger_inn,)),
                Linje(self.tr("Overføringer som venter, fra enheten"), (ov.overforinger_ut,)),
            ]
        return rows


def _day(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")
