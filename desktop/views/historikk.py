"""«Historikk»: every change of the log — who, when, what, and each field from old to new.

The history comes from the outbox the core writes with every change, so nothing can change
without showing up here. A tiltak's text is frozen after 8 hours, but the corrections made
before that stay readable here.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Callable
from typing import TypeVar

from desktop.core.context import OSLO, Context
from desktop.core.snapshot import HistorikkRad, LoggSnapshot, history
from desktop.core.usecases.content import MAL_CHECKS
from desktop.models.backend import Backend
from desktop.models.rows import ROW_ROLE, SORT_ROLE, Column, RowsModel

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.views.forms import ERROR_STYLE, LogPage, named
from desktop.views.widgets import list_table, while_alive

Felt = tuple[str, str, str]  # (field, old, new) as the core gives it

_CONTEXT = "HistorikkPage"
FIELD_NAMES: dict[str, str] = {
    "tekst": QT_TRANSLATE_NOOP("HistorikkPage", "Tekst"),
    "status": QT_TRANSLATE_NOOP("HistorikkPage", "Status"),
    "dato": QT_TRANSLATE_NOOP("HistorikkPage", "Dato"),
    "sted": QT_TRANSLATE_NOOP("HistorikkPage", "Sted"),
    "arena": QT_TRANSLATE_NOOP("HistorikkPage", "Hvem tiltaket gjelder"),
    "evalueringsdato": QT_TRANSLATE_NOOP("HistorikkPage", "Evalueringsdato"),
    "fra_dato": QT_TRANSLATE_NOOP("HistorikkPage", "Fra dato"),
    "til_dato": QT_TRANSLATE_NOOP("HistorikkPage", "Til dato"),
    "trinn": QT_TRANSLATE_NOOP("HistorikkPage", "Trinn i tiltakstrappen"),
    "opprettet_av_type": QT_TRANSLATE_NOOP("HistorikkPage", "Lagt inn av"),
    "forfatter_type": QT_TRANSLATE_NOOP("HistorikkPage", "Skrevet av"),
    "evaluert_av_type": QT_TRANSLATE_NOOP("HistorikkPage", "Evaluert av"),
    "referat": QT_TRANSLATE_NOOP("HistorikkPage", "Referat"),
    "dagsorden": QT_TRANSLATE_NOOP("HistorikkPage", "Dagsorden"),
    "deltakere": QT_TRANSLATE_NOOP("HistorikkPage", "Deltakere"),
    "tidspunkt": QT_TRANSLATE_NOOP("HistorikkPage", "Tidspunkt"),
    "beslutning": QT_TRANSLATE_NOOP("HistorikkPage", "Beslutning"),
    "familiens_vurdering": QT_TRANSLATE_NOOP("HistorikkPage", "Familiens vurdering"),
    "kommentar": QT_TRANSLATE_NOOP("HistorikkPage", "Kommentar"),
    "mal_nadd": QT_TRANSLATE_NOOP("HistorikkPage", "Målet er nådd"),
    "erstattet_at": QT_TRANSLATE_NOOP("HistorikkPage", "Erstattet"),
    "omrade": QT_TRANSLATE_NOOP("HistorikkPage", "Område"),
    "prioritet": QT_TRANSLATE_NOOP("HistorikkPage", "Prioritet"),
    "x": QT_TRANSLATE_NOOP("HistorikkPage", "Plassering (vannrett)"),
    "y": QT_TRANSLATE_NOOP("HistorikkPage", "Plassering (loddrett)"),
    "del_a": QT_TRANSLATE_NOOP("HistorikkPage", "Mål (A)"),
    "del_b": QT_TRANSLATE_NOOP("HistorikkPage", "Mål (B)"),
    "del_c": QT_TRANSLATE_NOOP("HistorikkPage", "Mål (C)"),
    "avsluttet_at": QT_TRANSLATE_NOOP("HistorikkPage", "Avsluttet"),
    "internt": QT_TRANSLATE_NOOP("HistorikkPage", "Internt"),
    "kjennetegn_maloppnaelse": QT_TRANSLATE_NOOP("HistorikkPage", "Kjennetegn på måloppnåelse"),
    "rekkefolge": QT_TRANSLATE_NOOP("HistorikkPage", "Rekkefølge"),
    "bekymring": QT_TRANSLATE_NOOP("HistorikkPage", "Bekymringen"),
    "kjennetegn": QT_TRANSLATE_NOOP("HistorikkPage", "Kjennetegn på måloppnåelse"),
    "opprettholdende": QT_TRANSLATE_NOOP("HistorikkPage", "Opprettholdende faktorer"),
    "barnets_stemme": QT_TRANSLATE_NOOP("HistorikkPage", "Barnets stemme"),
    "niva": QT_TRANSLATE_NOOP("HistorikkPage", "Nivå"),
    "passiv_at": QT_TRANSLATE_NOOP("HistorikkPage", "Satt passiv"),
    "avslutningsgrunn": QT_TRANSLATE_NOOP("HistorikkPage", "Grunn til avslutning"),
    "hele_loggen": QT_TRANSLATE_NOOP("HistorikkPage", "Hele loggen"),
    "oppmerksomheter": QT_TRANSLATE_NOOP("HistorikkPage", "Oppmerksomheter"),
    "opphevet_at": QT_TRANSLATE_NOOP("HistorikkPage", "Fjernet"),
    "lesetilgang_for": QT_TRANSLATE_NOOP("HistorikkPage", "Lesetilgang for"),
    "gitt_av_foresatte": QT_TRANSLATE_NOOP("HistorikkPage", "Signert av"),
    "gitt_av_barnet": QT_TRANSLATE_NOOP("HistorikkPage", "Signert av ungdommen"),
    "opprette_logg": QT_TRANSLATE_NOOP("HistorikkPage", "Samtykke til å opprette logg"),
    "utveksle_opplysninger": QT_TRANSLATE_NOOP("HistorikkPage", "Samtykke til å utveksle opplysninger"),
    "overfore_enhet": QT_TRANSLATE_NOOP("HistorikkPage", "Samtykke til overføring til annen enhet"),
    "overfore_kommune": QT_TRANSLATE_NOOP("HistorikkPage", "Samtykke til overføring til annen kommune"),
    "signert_dato": QT_TRANSLATE_NOOP("HistorikkPage", "Signert dato"),
    "utloper": QT_TRANSLATE_NOOP("HistorikkPage", "Utløper"),
    "trukket_at": QT_TRANSLATE_NOOP("HistorikkPage", "Trukket"),
    "trukket_grunn": QT_TRANSLATE_NOOP("HistorikkPage", "Grunn til at samtykket ble trukket"),
    "filnavn": QT_TRANSLATE_NOOP("HistorikkPage", "Filnavn"),
    "mimetype": QT_TRANSLATE_NOOP("HistorikkPage", "Filtype"),
    "storrelse": QT_TRANSLATE_NOOP("HistorikkPage", "Størrelse (byte)"),
    "type": QT_TRANSLATE_NOOP("HistorikkPage", "Type"),
    "grunn": QT_TRANSLATE_NOOP("HistorikkPage", "Grunn"),
    "til_kommune": QT_TRANSLATE_NOOP("HistorikkPage", "Til kommune"),
    "svar_grunn": QT_TRANSLATE_NOOP("HistorikkPage", "Begrunnelse for svaret"),
    "besvart_at": QT_TRANSLATE_NOOP("HistorikkPage", "Besvart"),
    # The goal's check questions are the core's own text, translated by it (see _MAL_CHECK_TEXTS).
    **MAL_CHECKS,
}
# The core's MAL_CHECKS questions, marked for lupdate so that ``field_name`` finds their translations.
# (tests/views/test_i18n.py checks that they still match the core.)
_MAL_CHECK_TEXTS = (
    QT_TRANSLATE_NOOP("HistorikkPage", "Er det målbart, med et sluttpunkt?"),
    QT_TRANSLATE_NOOP("HistorikkPage", "Er målet akseptert av barnet og foreldrene?"),
    QT_TRANSLATE_NOOP("HistorikkPage", "Er målet realistisk?"),
    QT_TRANSLATE_NOOP("HistorikkPage", "Er det satt en tidsperiode for tiltak og evaluering?"),
    QT_TRANSLATE_NOOP("HistorikkPage", "Er målet enkelt og forståelig?"),
)

# What tells most about a change, for the one-line summary.
_BRIEF = (
    "tekst",
    "del_a",
    "del_b",
    "del_c",
    "referat",
    "status",
    "beslutning",
    "mal_nadd",
    "hele_loggen",
    "oppmerksomheter",
    "lesetilgang_for",
    "opphevet_at",
    "tidspunkt",
    "sted",
    "dagsorden",
    "niva",
)

_ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_CODE = re.compile(r"^[a-z]+(_[a-z]+)+$")  # an enum value such as «endre_tiltak»

T = TypeVar("T")


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def field_name(key: str) -> str:
    return _tr(FIELD_NAMES[key]) if key in FIELD_NAMES else key.replace("_", " ").capitalize()


def show_value(value: str, names: dict[str, str]) -> str:
    """A stored value as people read it: local dates and times, names instead of ids."""
    if _ISO_DATETIME.match(value):
        try:
            at = dt.datetime.fromisoformat(value)
        except ValueError:
            return value
        if at.tzinfo is not None:
            at = at.astimezone(OSLO)
        return at.strftime("%d.%m.%Y %H:%M")
    if _ISO_DATE.match(value):
        try:
            return dt.date.fromisoformat(value).strftime("%d.%m.%Y")
        except ValueError:
            return value
    if _CODE.match(value):
        value = value.replace("_", " ")

    def name(m: re.Match[str]) -> str:
        return names[m.group(0)] if m.group(0) in names else QCoreApplication.translate("HistorikkPage", "(ukjent)")

    return _UUID.sub(name, value)


def visible_history(ctx: Context, logg_id: uuid.UUID) -> list[HistorikkRad]:
    """The log's history as far as this person may see it (the core decides)."""
    return history(ctx, logg_id)


def shown_fields(r: HistorikkRad) -> list[Felt]:
    """The fields worth showing: who wrote it is in «Hvem» already, so the author's kind is left out."""
    return [f for f in r.felt if not f[0].endswith("_type")]


def _when(at: dt.datetime) -> str:
    return at.astimezone(OSLO).strftime("%d.%m.%Y %H:%M")


class HistoryFilter(QSortFilterProxyModel):
    """Keeps the rows whose time, person, action or any field (label, old, new) contains the text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.haystacks: list[str] = []  # one per source row
        self.needle = ""

    def set_needle(self, text: str) -> None:
        self._change(lambda: setattr(self, "needle", text.casefold().strip()))

    def set_haystacks(self, haystacks: list[str]) -> None:
        self._change(lambda: setattr(self, "haystacks", haystacks))

    def _change(self, change: Callable[[], None]) -> None:
        if hasattr(self, "endFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self.needle:
            return True
        return 0 <= source_row < len(self.haystacks) and self.needle in self.haystacks[source_row]


class HistorikkPage(LogPage):
    """Signals:
    loaded: (int) the history has been (re)loaded with this many changes.
    """

    title = QT_TRANSLATE_NOOP("HistorikkPage", "Historikk")
    loaded = Signal(int)

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(backend, parent)
        self._logg_id: uuid.UUID | None = None
        self._stale = True
        self._request = 0
        self._names: dict[str, str] = {}

        self.model: RowsModel[HistorikkRad] = RowsModel(
            [
                Column(self.tr("Tidspunkt"), lambda r: _when(r.at), sort=lambda r: r.at.timestamp()),
                Column(self.tr("Hvem"), lambda r: r.hvem),
                Column(self.tr("Hva"), lambda r: r.hva, tooltip=self.summary),
                Column(self.tr("Kort fortalt"), self.brief, tooltip=self.summary),
            ],
            self,
        )
        self.felt_model: RowsModel[Felt] = RowsModel(
            [
                Column(self.tr("Felt"), lambda f: field_name(f[0])),
                Column(self.tr("Før"), lambda f: show_value(f[1], self._names)),
                Column(self.tr("Etter"), lambda f: show_value(f[2], self._names)),
            ],
            self,
        )

        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Alle endringer i loggen: hvem, når og hva – og hva som sto der før. Teksten i et tiltak låses "
                "etter 8 timer, men rettelsene som ble gjort før det, står her."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.filter = named(QLineEdit(), self.tr("Filtrer historikken"))
        self.filter.setPlaceholderText(self.tr("Filtrer på hvem, hva eller tekst … (Ctrl+F)"))
        self.filter.setClearButtonEnabled(True)
        filter_label = QLabel(self.tr("&Filter:"))
        filter_label.setBuddy(self.filter)
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Antall endringer"))
        row.addWidget(filter_label)
        row.addWidget(self.filter, 1)
        row.addWidget(self.count)
        layout.addLayout(row)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setAccessibleName(self.tr("Feilmelding om historikken"))
        self.error.hide()
        layout.addWidget(self.error)

        self.proxy = HistoryFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.filter.textChanged.connect(self._filter_changed)
        self.table = list_table(self.tr("Endringer i loggen"), self.proxy, sortable=False)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # newest first
        self.table.setWordWrap(False)  # one line per change; the whole of it is below
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setAccessibleName(self.tr("Valgt endring"))
        felt_proxy = QSortFilterProxyModel(self)
        felt_proxy.setSourceModel(self.felt_model)
        self.felt_table = list_table(self.tr("Endrede felt"), felt_proxy, sortable=False)
        header = self.felt_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.felt_table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        table_label = QLabel(self.tr("&Endringer:"))
        table_label.setBuddy(self.table)
        left_layout.addWidget(table_label)
        left_layout.addWidget(self.table)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        felt_label = QLabel(self.tr("&Hva som ble endret:"))
        felt_label.setBuddy(self.felt_table)
        right_layout.addWidget(felt_label)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.felt_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([380, 300])
        layout.addWidget(splitter, 1)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.filter.setFocus)

    # ------------------------------------------------------------------ loading

    def render_snapshot(self, snap: LoggSnapshot) -> None:
        names = {str(o.id): o.tekst for o in snap.oppmerksomheter}
        for p in (*snap.foresatte, *snap.aktorer):
            names[str(p.id)] = p.navn
        for lt in snap.lesetilganger:
            names[str(lt.ansatt_id)] = lt.navn
        names[str(snap.stafettholder_id)] = snap.stafettholder
        self._names = names
        if snap.id != self._logg_id:
            self._logg_id = snap.id
            self.model.set_rows([])
            self.felt_model.set_rows([])
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Load the history in the background (the newest answer wins)."""
        if self._logg_id is None:
            return
        self._stale = False
        self._request += 1
        request, logg_id = self._request, self._logg_id
        if not self.model.rowCount():
            self.count.setText(self.tr("Henter historikken …"))
        self.backend.call(
            lambda ctx: visible_history(ctx, logg_id),
            success=while_alive(self, lambda rows: self._show_rows(request, rows)),
            failure=while_alive(self, lambda message: self._failed(request, message)),
        )

    def _show_rows(self, request: int, rows: list[HistorikkRad]) -> None:
        if request != self._request:
            return
        keep = self.selected()
        self.error.hide()
        self.proxy.set_haystacks([self._haystack(r) for r in rows])
        self.model.set_rows(rows)
        self._update_count()
        self._reselect(keep)
        self.loaded.emit(len(rows))

    def _failed(self, request: int, message: str) -> None:
        if request != self._request:
            return
        self.count.setText("")
        self.proxy.set_haystacks([])
        self.model.set_rows([])
        self._show_current()
        self.error.setText(message)
        self.error.show()

    def _haystack(self, r: HistorikkRad) -> str:
        parts = [_when(r.at), r.hvem, r.hva]
        for key, old, new in shown_fields(r):
            parts += [field_name(key), show_value(old, self._names), show_value(new, self._names)]
        return "\n".join(parts).casefold()

    # ------------------------------------------------------------------ filter and selection

    def _filter_changed(self, text: str) -> None:
        keep = self.selected()
        self.proxy.set_needle(text)
        self._update_count()
        self._reselect(keep)

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            self.count.setText(self.tr("{0} endringer").format(total) if total != 1 else self.tr("1 endring"))
        else:
            self.count.setText(self.tr("{0} av {1} endringer").format(shown, total))

    def _reselect(self, keep: HistorikkRad | None) -> None:
        if self.proxy.rowCount() == 0:
            self._show_current()
            return
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if keep is not None and index.data(ROW_ROLE) == keep:
                self.table.setCurrentIndex(index)
                break
        else:
            if not self.table.currentIndex().isValid():
                self.table.setCurrentIndex(self.proxy.index(0, 0))
        self._show_current()

    def selected(self) -> HistorikkRad | None:
        index = self.table.currentIndex()
        row = index.data(ROW_ROLE) if index.isValid() else None
        return row if isinstance(row, HistorikkRad) else None

    def brief(self, r: HistorikkRad) -> str:
        """The change in one line: the most telling fields first, old → new for an update."""
        ranked = sorted(shown_fields(r), key=lambda f: _BRIEF.index(f[0]) if f[0] in _BRIEF else len(_BRIEF))
        parts = []
        for key, old, new in ranked:
            before, after = show_value(old, self._names), show_value(new, self._names)
            if not after and not before:
                continue
            parts.append(f"{field_name(key)}: {before} → {after}" if before else f"{field_name(key)}: {after}")
            if len(parts) == 2:
                break
        line = " · ".join(" ".join(p.split()) for p in parts)
        return line if len(line) <= 140 else line[:139].rstrip() + "…"

    def summary(self, r: HistorikkRad) -> str:
        return "\n".join(f"{field_name(k)}: {show_value(new, self._names)}" for k, _old, new in shown_fields(r)[:6])

    def _show_current(self) -> None:
        r = self.selected()
        if r is None:
            self.heading.setText(self.tr("Ingen endring valgt.") if self.model.rowCount() else "")
            self.felt_model.set_rows([])
            return
        self.heading.setText(self.tr("{0} – {1}, {2}").format(r.hva, r.hvem, _when(r.at)))
        fields = shown_fields(r)
        self.felt_model.set_rows(fields)
        # A record that was added has no «before»: leave the empty column out.
        self.felt_table.setColumnHidden(1, not any(old for _k, old, _n in fields))
        self.felt_table.resizeRowsToContents()
