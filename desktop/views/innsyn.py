"""«Tilgangslogg»: who has opened the child's log, and when — in plain words for the family.

The rows come from this PC's audit trail and, on a PC connected to the municipality's
server, from every other PC (fetched on the network worker when the page is shown).
Only the guardians, the youth and the stafettholder see it (``core.innsyn.may_see``).
"""

from __future__ import annotations

import datetime as dt
import uuid

from desktop.core import innsyn
from desktop.core.context import OSLO
from desktop.core.innsyn import Tilgang, TilgangRad
from desktop.core.snapshot import LoggSnapshot
from desktop.models.backend import Backend
from desktop.models.rows import Column, RowsModel
from desktop.models.sync import fetch_access_log, service_of

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.views.forms import ERROR_STYLE, LogPage, named
from desktop.views.widgets import list_table, while_alive

_CONTEXT = "TilgangsloggPage"
# The core's texts (innsyn.HVA), marked for lupdate; tests/views/test_innsyn.py checks they match.
HVA: dict[str, str] = {
    "les": QT_TRANSLATE_NOOP("TilgangsloggPage", "åpnet loggen"),
    "eksporter_pdf": QT_TRANSLATE_NOOP("TilgangsloggPage", "eksporterte loggen til PDF"),
    "eksporter_diagram": QT_TRANSLATE_NOOP("TilgangsloggPage", "eksporterte faktordiagrammet"),
    "eksporter": QT_TRANSLATE_NOOP("TilgangsloggPage", "eksporterte loggen"),
    "skriv_ut": QT_TRANSLATE_NOOP("TilgangsloggPage", "skrev ut loggen"),
    "motemodus": QT_TRANSLATE_NOOP("TilgangsloggPage", "viste loggen i møtemodus"),
    "overforing_sendt": QT_TRANSLATE_NOOP("TilgangsloggPage", "sendte loggen til overføring"),
    "overforing_godtatt": QT_TRANSLATE_NOOP("TilgangsloggPage", "tok imot loggen (overføring)"),
    "overforing_avvist": QT_TRANSLATE_NOOP("TilgangsloggPage", "avviste overføringen av loggen"),
    "overforing": QT_TRANSLATE_NOOP("TilgangsloggPage", "overføring av loggen"),
    "opprettet": QT_TRANSLATE_NOOP("TilgangsloggPage", "opprettet loggen"),
}


def _when(at: dt.datetime) -> str:
    return at.astimezone(OSLO).strftime("%d.%m.%Y %H:%M")


def what(r: TilgangRad) -> str:
    text = QCoreApplication.translate(_CONTEXT, HVA.get(r.kind, innsyn.HVA[r.kind]))
    if r.antall > 1:
        return QCoreApplication.translate(_CONTEXT, "{0} {1} ganger").format(text, r.antall)
    return text


class TilgangsloggPage(LogPage):
    """Signals:
    loaded: (int) this PC's entries are shown: this many rows.
    server_answered: (bool) the server's entries came (True), or could not be fetched (False).
    """

    title = QT_TRANSLATE_NOOP("TilgangsloggPage", "Tilgangslogg")
    loaded = Signal(int)
    server_answered = Signal(bool)

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(backend, parent)
        self._logg_id: uuid.UUID | None = None
        self._stale = True
        self._request = 0
        self._local: list[Tilgang] = []
        self._remote: list[Tilgang] = []
        self._rows: list[TilgangRad] = []

        self.model: RowsModel[TilgangRad] = RowsModel(
            [
                Column(self.tr("Når"), lambda r: _when(r.at), tooltip=self._span),
                Column(self.tr("Hvem"), lambda r: r.hvem),
                Column(self.tr("Hva"), what, tooltip=self._span),
            ],
            self,
        )

        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.intro.setAccessibleName(self.tr("Om tilgangsloggen"))
        layout.addWidget(self.intro)

        self.source = QLabel()
        self.source.setWordWrap(True)
        self.source.setAccessibleName(self.tr("Hvor listen kommer fra"))
        self.source.setStyleSheet("color: #3d3d3d;")  # 10:1 on the light background
        layout.addWidget(self.source)

        row = QHBoxLayout()
        self.person = named(QComboBox(), self.tr("Vis hendelser for"))
        self.person.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.person.setMinimumContentsLength(30)
        self.person.currentIndexChanged.connect(lambda _i: self._show())
        person_label = QLabel(self.tr("&Vis:"))
        person_label.setBuddy(self.person)
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Antall hendelser"))
        self.update_button = named(QPushButton(self.tr("&Oppdater")), self.tr("Oppdater tilgangsloggen"))
        self.update_button.clicked.connect(self.refresh)
        row.addWidget(person_label)
        row.addWidget(self.person)
        row.addWidget(self.count, 1)
        row.addWidget(self.update_button)
        layout.addLayout(row)

        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setAccessibleName(self.tr("Feilmelding om tilgangsloggen"))
        self.error.hide()
        layout.addWidget(self.error)

        self.table = list_table(self.tr("Hvem har åpnet loggen"), self.model, sortable=False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        table_label = QLabel(self.tr("&Hendelser, de nyeste først:"))
        table_label.setBuddy(self.table)
        layout.addWidget(table_label)
        layout.addWidget(self.table, 1)
        self.filler = QWidget()  # keeps the one sentence at the top when there is no list
        layout.addWidget(self.filler, 1)
        self._parts: list[QWidget] = [
            person_label,
            self.person,
            self.count,
            self.update_button,
            table_label,
            self.table,
        ]

    # ------------------------------------------------------------------ loading

    def render_snapshot(self, snap: LoggSnapshot) -> None:
        first = snap.barn.split(" ")[0]
        allowed = innsyn.may_see_roles(snap.roles)
        if allowed:
            self.intro.setText(
                self.tr(
                    "Her ser du hvem som har åpnet loggen til {0}, og når: hvem som har lest den, skrevet den ut, "
                    "eksportert den eller vist den i et møte. Flere åpninger av samme person rett etter hverandre "
                    "står på én linje.\nBare foresatte, stafettholderen og ungdommen selv (fra 15 år) kan se denne "
                    "listen."
                ).format(first)
            )
        else:
            self.intro.setText(
                self.tr(
                    "Foresatte, stafettholderen og ungdommen selv (fra 15 år) kan se hvem som har åpnet loggen til "
                    "{0}, og når. Det gjelder også når du åpner den."
                ).format(first)
            )
        for part in self._parts:
            part.setVisible(allowed)
        self.source.setVisible(allowed)
        self.filler.setVisible(not allowed)
        if not allowed:
            self._logg_id = None
            self._set_rows([], [])
            return
        if snap.id != self._logg_id:
            self._logg_id = snap.id
            self._set_rows([], [])
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """This PC's entries from the database worker, then the server's from the network worker."""
        if self._logg_id is None:
            return
        self._stale = False
        self._request += 1
        request, logg_id = self._request, self._logg_id
        if not self._rows:
            self.count.setText(self.tr("Henter …"))
        self.backend.call(
            lambda ctx: innsyn.local_entries(ctx, logg_id),
            success=while_alive(self, lambda entries: self._local_loaded(request, logg_id, entries)),
            failure=while_alive(self, lambda message: self._failed(request, message)),
        )

    def _local_loaded(self, request: int, logg_id: uuid.UUID, entries: list[Tilgang]) -> None:
        if request != self._request:
            return
        self.error.hide()
        self._set_rows(entries, self._remote)
        self.loaded.emit(len(self._rows))
        service = service_of(self.backend)
        if service is None:
            self.source.setText(self.tr("Viser åpninger på denne PC-en. Den er ikke koblet til kommunens server."))
            return
        self.source.setText(self.tr("Henter åpninger på andre PC-er fra kommunens server …"))
        self.update_button.setEnabled(False)
        fetch_access_log(
            service,
            logg_id,
            success=while_alive(self, lambda remote: self._remote_loaded(request, remote)),
            failure=lambda message, offline: self._remote_failed(request, message, offline),
        )

    def _remote_loaded(self, request: int, remote: list[Tilgang]) -> None:
        self.update_button.setEnabled(True)
        if request != self._request:
            return
        self._set_rows(self._local, remote)
        now = dt.datetime.now(dt.UTC).astimezone(OSLO)
        self.source.setText(self.tr("Oppdatert fra serveren kl. {0}: åpninger på alle PC-er.").format(f"{now:%H:%M}"))
        self.server_answered.emit(True)

    def _remote_failed(self, request: int, message: str, offline: bool) -> None:
        if not isValid(self):  # the page was closed while the server was asked
            return
        self.update_button.setEnabled(True)
        if request != self._request:
            return
        if offline:
            text = self.tr("Viser bare åpninger på denne PC-en (frakoblet).")
        else:
            text = self.tr("Viser bare åpninger på denne PC-en. Serveren svarte: {0}").format(message)
        if self._remote:
            text += " " + self.tr("Åpninger på andre PC-er er fra forrige gang listen ble hentet.")
        self.source.setText(text)
        self.server_answered.emit(False)

    def _failed(self, request: int, message: str) -> None:
        if request != self._request:
            return
        self._set_rows([], [])
        self.count.setText("")
        self.error.setText(message)
        self.error.show()

    # ------------------------------------------------------------------ showing

    def _set_rows(self, local: list[Tilgang], remote: list[Tilgang]) -> None:
        self._local, self._remote = local, remote
        self._rows = innsyn.rows([*local, *remote])
        chosen = self.person.currentData()
        people = sorted({r.hvem for r in self._rows}, key=str.casefold)
        self.person.blockSignals(True)
        self.person.clear()
        self.person.addItem(self.tr("Alle personer"), None)
        for hvem in people:
            self.person.addItem(hvem, hvem)
        index = self.person.findData(chosen) if chosen is not None else 0
        self.person.setCurrentIndex(max(index, 0))
        self.person.blockSignals(False)
        self._show()

    def _show(self) -> None:
        chosen = self.person.currentData()
        shown = [r for r in self._rows if chosen is None or r.hvem == chosen]
        self.model.set_rows(shown)
        if len(shown) == len(self._rows):
            self.count.setText(
                self.tr("{0} hendelser").format(len(shown)) if len(shown) != 1 else self.tr("1 hendelse")
            )
        else:
            self.count.setText(self.tr("{0} av {1} hendelser").format(len(shown), len(self._rows)))

    def _span(self, r: TilgangRad) -> str:
        if r.antall == 1:
            return _when(r.at)
        return self.tr("Første gang {0}, siste gang {1}").format(_when(r.forst), _when(r.at))
