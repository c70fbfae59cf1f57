"""The staff main window: «Mine logger» and the open log."""

from __future__ import annotations

import html
import uuid
from collections.abc import Callable

from desktop.core.context import Context, PersonRef
from desktop.core.entities import Arena, TiltakStatus
from desktop.core.queries import LoggRad, logg_rows
from desktop.core.usecases import content, logs
from desktop.models.logglist import SORT_ROLE, LoggListModel
from desktop.models.operations import Operations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

Transaction = Callable[[PersonRef], "object"]


class MainWindow(QMainWindow):
    """Shows the logs the signed-in person may see; database work runs through ``ops``."""

    def __init__(self, *, ops: Operations, transaction: Callable[..., object], who: PersonRef, who_text: str) -> None:
        super().__init__()
        self._ops = ops
        self._transaction = transaction
        self._who = who
        self.setWindowTitle(self.tr("Stafettlogg – {0}").format(who_text))
        self.resize(1280, 760)

        central = QWidget()
        layout = QVBoxLayout(central)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filtrer på barn, stafettholder, enhet eller status …"))
        self.filter.setAccessibleName(self.tr("Filtrer loggene"))
        self.filter.setClearButtonEnabled(True)
        layout.addWidget(self.filter)

        self.model = LoggListModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setSortRole(SORT_ROLE)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)

        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Mine logger"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(self._open_current)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._open_current())

        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("Loggen"))
        self.detail.setOpenLinks(False)

        title = QLabel(self.tr("<h2>Mine logger</h2>"))
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(title)
        top_layout.addWidget(self.table)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.detail)
        splitter.setSizes([360, 400])
        layout.addWidget(splitter)
        self.setCentralWidget(central)
        QShortcut(QKeySequence("Ctrl+F"), self, activated=self.filter.setFocus)
        self.statusBar().showMessage(self.tr("Laster loggene …"))
        self.refresh()

    def refresh(self) -> None:
        def work() -> list[LoggRad]:
            with self._transaction(self._who) as ctx:
                assert isinstance(ctx, Context)
                return logg_rows(ctx.session, logs.logs_for(ctx))

        self._ops.run(work, success=self._show_rows)

    def _show_rows(self, rows: list[LoggRad]) -> None:
        self.model.set_rows(rows)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        count = len(rows)
        self.statusBar().showMessage(self.tr("{0} logger").format(count) if count != 1 else self.tr("1 logg"))
        if count:
            self.table.selectRow(0)

    def _open_current(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        logg_id = self.model.row_id(self.proxy.mapToSource(index).row())

        def work() -> str:
            with self._transaction(self._who) as ctx:
                assert isinstance(ctx, Context)
                return _render(ctx, logg_id)

        self._ops.run(work, success=self.detail.setHtml)


def _render(ctx: Context, logg_id: uuid.UUID) -> str:
    """A read-only summary of one log (opening it is audited by ``read_logg``)."""
    lesning = logs.read_logg(ctx, logg_id)
    logg = lesning.logg
    e = html.escape
    parts = [
        f"<h2>{e(logg.barn.navn)}</h2>",
        f"<p>Nivå {logg.niva} · {e(logg.status.value)} · stafettholder {e(logg.stafettholder.navn)}, "
        f"{e(logg.enhet.navn)}</p>",
    ]
    arena_names = {Arena.TJENESTE: "I tjenesten", Arena.HJEM: "I hjemmet", Arena.BARN: "Barnets tiltak"}
    for o in lesning.oppmerksomheter:
        parts.append(f"<h3>{e(o.tekst)}</h3>")
        mal = content.current_mal(o)
        if mal is not None:
            parts.append(f"<p><b>Mål:</b> {e(mal.tekst)}</p>")
        for arena, name in arena_names.items():
            items = [t for t in o.tiltak if t.arena is arena and t.status is not TiltakStatus.FEILREGISTRERT]
            if items:
                parts.append(f"<p><b>{name}</b></p><ul>")
                parts += [f"<li>{e(t.tekst)} <i>({e(t.status.value)})</i></li>" for t in items]
                parts.append("</ul>")
    if logg.lysglimt:
        parts.append("<h3>Lysglimt</h3><ul>")
        parts += [f"<li>{lg.dato:%d.%m.%Y}: {e(lg.tekst)}</li>" for lg in logg.lysglimt[-5:]]
        parts.append("</ul>")
    return "".join(parts)
