"""The maintaining-factors diagram of one concern: domain graph, undo commands, document, list model.

As in orange-canvas-core, three layers:

* :class:`DiagramGraph` — the domain graph (a QObject with add/remove/change signals). It knows
  nothing of drawing; the scene in ``views/diagram`` mirrors it.
* :class:`DiagramCommand` and its subclasses — every edit is a ``QUndoCommand`` that changes the
  graph *and* saves the same change through the core (``usecases.diagram.apply_change``, one
  transaction, with outbox and audit like any other change). Redo re-creates records under their
  old ids, so the stored graph after undo/redo is the one it was.
* :class:`DiagramDocument` — loads the graph in the background, owns the ``QUndoStack``, sends
  saves, and reverts an edit the core refuses.

:class:`FaktorListModel` is the same factors as a table, for the accessible list view.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from desktop.core.context import Changes, Context
from desktop.core.entities import FaktorOmrade, FaktorSted, TiltakStatus
from desktop.core.usecases.diagram import (
    OMRADER,
    DiagramChange,
    DiagramData,
    FaktorData,
    KoblingData,
    TiltakRef,
    apply_change,
    load_diagram,
)
from desktop.models.backend import Backend

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QUndoCommand, QUndoStack
from shiboken6 import isValid

Index = QModelIndex | QPersistentModelIndex

STED_TEXT = {
    FaktorSted.TJENESTE: QT_TRANSLATE_NOOP("diagram", "I tjenesten"),
    FaktorSted.HJEM: QT_TRANSLATE_NOOP("diagram", "Hjemme"),
    FaktorSted.BARNET: QT_TRANSLATE_NOOP("diagram", "Hos barnet"),
}
OMRADE_ORDER = list(FaktorOmrade)


def sted_text(sted: FaktorSted | None) -> str:
    return (
        QCoreApplication.translate("diagram", STED_TEXT[sted])
        if sted is not None
        else QCoreApplication.translate("diagram", "Ikke angitt")
    )


def prioritet_text(prioritet: int) -> str:
    return (
        QCoreApplication.translate("diagram", "Prioritet {0}").format(prioritet)
        if prioritet
        else QCoreApplication.translate("diagram", "Ikke prioritert")
    )


def describe(node: FaktorData, tiltak: int = 0) -> str:
    """What a screen reader says for a node: area, text, priority, where it lies, tiltak."""
    parts = [f"{OMRADER[node.omrade].navn}: {node.tekst}", prioritet_text(node.prioritet)]
    if node.sted is not None:
        parts.append(sted_text(node.sted))
    if node.sted is FaktorSted.TJENESTE:
        parts.append(QCoreApplication.translate("diagram", "Tjenesten må selv arbeide med denne faktoren"))
    parts.append(
        QCoreApplication.translate("diagram", "{0} tiltak").format(tiltak)
        if tiltak
        else QCoreApplication.translate("diagram", "Ingen tiltak satt inn")
    )
    return ". ".join(parts) + "."


@dataclass(frozen=True)
class DiagramState:
    """A comparable picture of a graph (ids, fields, links, tiltak links), as tests and reloads need."""

    faktorer: frozenset[FaktorData]
    koblinger: frozenset[KoblingData]
    tiltak: frozenset[tuple[uuid.UUID, uuid.UUID | None]]

    @classmethod
    def of(cls, data: DiagramData) -> DiagramState:
        return cls(
            frozenset(data.faktorer),
            frozenset(data.koblinger),
            frozenset((t.id, t.faktor_id) for t in data.tiltak),
        )


# --------------------------------------------------------------------------- the domain graph


class DiagramGraph(QObject):
    """The factors and links of one concern, and the concern's tiltak with the factor each works on.

    Signals:
        reset: the whole graph was replaced (a load).
        node_added: (FaktorData)
        node_removed: (FaktorData) — its links were removed (``link_removed``) first.
        node_changed: (FaktorData new, FaktorData old)
        link_added: (KoblingData)
        link_removed: (KoblingData)
        tiltak_changed: (set of factor ids whose tiltak changed) — a tiltak was linked, unlinked or reloaded.
    """

    reset = Signal()
    node_added = Signal(object)
    node_removed = Signal(object)
    node_changed = Signal(object, object)
    link_added = Signal(object)
    link_removed = Signal(object)
    tiltak_changed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.logg_id: uuid.UUID | None = None
        self.oppmerksomhet_id: uuid.UUID | None = None
        self.oppmerksomhet = ""
        self.may_edit = False
        self.read_only_reason = ""
        self._nodes: dict[uuid.UUID, FaktorData] = {}
        self._links: dict[uuid.UUID, KoblingData] = {}
        self._tiltak: dict[uuid.UUID, TiltakRef] = {}

    # -- reading ---------------------------------------------------------------

    def set_data(self, data: DiagramData) -> None:
        self.logg_id = data.logg_id
        self.oppmerksomhet_id = data.oppmerksomhet_id
        self.oppmerksomhet = data.oppmerksomhet
        self.may_edit = data.may_edit
        self.read_only_reason = data.read_only_reason
        self._nodes = {f.id: f for f in data.faktorer}
        self._links = {k.id: k for k in data.koblinger}
        self._tiltak = {t.id: t for t in data.tiltak}
        self.reset.emit()

    def set_tiltak(self, tiltak: Iterable[TiltakRef]) -> None:
        """New texts and statuses of the concern's tiltak (changed elsewhere), keeping the graph."""
        before = {t.faktor_id for t in self._tiltak.values()}
        self._tiltak = {t.id: t for t in tiltak}
        after = {t.faktor_id for t in self._tiltak.values()}
        self.tiltak_changed.emit({f for f in before | after if f is not None})

    def nodes(self) -> list[FaktorData]:
        return list(self._nodes.values())

    def node(self, faktor_id: uuid.UUID) -> FaktorData | None:
        return self._nodes.get(faktor_id)

    def links(self) -> list[KoblingData]:
        return list(self._links.values())

    def link(self, kobling_id: uuid.UUID) -> KoblingData | None:
        return self._links.get(kobling_id)

    def links_of(self, faktor_id: uuid.UUID) -> list[KoblingData]:
        return [k for k in self._links.values() if faktor_id in (k.fra_id, k.til_id)]

    def linked(self, a: uuid.UUID, b: uuid.UUID | None) -> bool:
        return any({k.fra_id, k.til_id} == {a, b} for k in self._links.values())

    def tiltak(self) -> list[TiltakRef]:
        return list(self._tiltak.values())

    def tiltak_ref(self, tiltak_id: uuid.UUID) -> TiltakRef | None:
        return self._tiltak.get(tiltak_id)

    def tiltak_for(self, faktor_id: uuid.UUID) -> list[TiltakRef]:
        return [t for t in self._tiltak.values() if t.faktor_id == faktor_id]

    def state(self) -> DiagramState:
        return DiagramState(
            frozenset(self._nodes.values()),
            frozenset(self._links.values()),
            frozenset((t.id, t.faktor_id) for t in self._tiltak.values()),
        )

    # -- changing --------------------------------------------------------------

    def inverse(self, change: DiagramChange) -> DiagramChange:
        """The change that undoes ``change``, computed against the graph as it is now (before it)."""
        old_nodes = tuple(self._nodes[f.id] for f in change.update_faktorer if f.id in self._nodes)
        old_tiltak = tuple(
            (t, self._tiltak[t].faktor_id if t in self._tiltak else None) for t, _f in reversed(change.tiltak)
        )
        return DiagramChange(
            remove_koblinger=change.add_koblinger,
            remove_faktorer=change.add_faktorer,
            add_faktorer=change.remove_faktorer,
            update_faktorer=old_nodes,
            add_koblinger=change.remove_koblinger,
            tiltak=old_tiltak,
        )

    def apply(self, change: DiagramChange) -> None:
        """Apply in the same order as the core's ``apply_change``, emitting one signal per step."""
        touched_tiltak: set[uuid.UUID] = set()
        for k in change.remove_koblinger:
            if self._links.pop(k.id, None) is not None:
                self.link_removed.emit(k)
        for f in change.remove_faktorer:
            for k in self.links_of(f.id):  # the core removes a factor's links with it
                del self._links[k.id]
                self.link_removed.emit(k)
            for t in self.tiltak_for(f.id):
                self._tiltak[t.id] = replace(t, faktor_id=None)
                touched_tiltak.add(f.id)
            node = self._nodes.pop(f.id, None)
            if node is not None:
                self.node_removed.emit(node)
        for f in change.add_faktorer:
            self._nodes[f.id] = f
            self.node_added.emit(f)
        for f in change.update_faktorer:
            old = self._nodes.get(f.id)
            if old is not None and old != f:
                self._nodes[f.id] = f
                self.node_changed.emit(f, old)
        for k in change.add_koblinger:
            self._links[k.id] = k
            self.link_added.emit(k)
        for tiltak_id, faktor_id in change.tiltak:
            ref = self._tiltak.get(tiltak_id)
            if ref is not None and ref.faktor_id != faktor_id:
                touched_tiltak |= {x for x in (ref.faktor_id, faktor_id) if x is not None}
                self._tiltak[tiltak_id] = replace(ref, faktor_id=faktor_id)
        if touched_tiltak:
            self.tiltak_changed.emit(touched_tiltak)

    # -- building changes ----------------------------------------------------

    def deletion(self, faktor_ids: Iterable[uuid.UUID], kobling_ids: Iterable[uuid.UUID] = ()) -> DiagramChange:
        """Delete these factors (with their links and tiltak links) and these links."""
        faktorer = [self._nodes[i] for i in dict.fromkeys(faktor_ids) if i in self._nodes]
        gone = {f.id for f in faktorer}
        links = {i: self._links[i] for i in kobling_ids if i in self._links}
        for k in self._links.values():
            if k.fra_id in gone or k.til_id in gone:
                links[k.id] = k
        unlink = tuple((t.id, None) for t in self._tiltak.values() if t.faktor_id in gone)
        return DiagramChange(remove_koblinger=tuple(links.values()), remove_faktorer=tuple(faktorer), tiltak=unlink)


# --------------------------------------------------------------------------- undo commands


class DiagramCommand(QUndoCommand):
    """One edit: ``change`` forward, its inverse back; each also saved through the core.

    ``failed`` is set when the core refused the save: the next undo (or redo) then only puts the
    graph back and marks the command obsolete, so the stack drops it.
    """

    def __init__(self, document: DiagramDocument, text: str, change: DiagramChange) -> None:
        super().__init__(text)
        self.document = document
        self.change = change
        self.inverse = DiagramChange()
        self._done_once = False
        self.failed = False

    def redo(self) -> None:
        if not self._done_once:  # the inverse against the graph as it is when the command first runs
            self.inverse = self.document.graph.inverse(self.change)
            self._done_once = True
        if self.failed:
            self.document.graph.apply(self.change)
            self.setObsolete(True)
            return
        self.document.perform(self, self.change, forward=True)

    def undo(self) -> None:
        if self.failed:
            self.document.graph.apply(self.inverse)
            self.setObsolete(True)
            return
        self.document.perform(self, self.inverse, forward=False)


class AddFaktorCommand(DiagramCommand):
    def __init__(
        self, document: DiagramDocument, faktorer: list[FaktorData], koblinger: tuple[KoblingData, ...] = ()
    ) -> None:
        text = (
            QCoreApplication.translate("diagram", "Legg til faktor")
            if len(faktorer) == 1
            else QCoreApplication.translate("diagram", "Legg til {0} faktorer").format(len(faktorer))
        )
        super().__init__(document, text, DiagramChange(add_faktorer=tuple(faktorer), add_koblinger=tuple(koblinger)))


class PasteCommand(DiagramCommand):
    def __init__(self, document: DiagramDocument, faktorer: list[FaktorData], koblinger: list[KoblingData]) -> None:
        super().__init__(
            document,
            QCoreApplication.translate("diagram", "Lim inn {0} faktorer").format(len(faktorer))
            if len(faktorer) != 1
            else QCoreApplication.translate("diagram", "Lim inn faktor"),
            DiagramChange(add_faktorer=tuple(faktorer), add_koblinger=tuple(koblinger)),
        )


class DeleteCommand(DiagramCommand):
    def __init__(
        self, document: DiagramDocument, faktor_ids: Iterable[uuid.UUID], kobling_ids: Iterable[uuid.UUID] = ()
    ) -> None:
        change = document.graph.deletion(faktor_ids, kobling_ids)
        n, k = len(change.remove_faktorer), len(change.remove_koblinger)
        if n == 1:
            text = QCoreApplication.translate("diagram", "Slett faktor")
        elif n:
            text = QCoreApplication.translate("diagram", "Slett {0} faktorer").format(n)
        else:
            text = (
                QCoreApplication.translate("diagram", "Slett kobling")
                if k == 1
                else QCoreApplication.translate("diagram", "Slett {0} koblinger").format(k)
            )
        super().__init__(document, text, change)


class EditFaktorCommand(DiagramCommand):
    """Text, area, priority or where it lies — of one or several factors (full new states)."""

    def __init__(self, document: DiagramDocument, text: str, faktorer: list[FaktorData]) -> None:
        super().__init__(document, text, DiagramChange(update_faktorer=tuple(faktorer)))


class MoveCommand(DiagramCommand):
    """A move of one or several factors. Consecutive keyboard moves of the same factors merge."""

    MERGE_ID = 1

    def __init__(self, document: DiagramDocument, faktorer: list[FaktorData], *, keyboard: bool = False) -> None:
        text = (
            QCoreApplication.translate("diagram", "Flytt faktor")
            if len(faktorer) == 1
            else QCoreApplication.translate("diagram", "Flytt {0} faktorer").format(len(faktorer))
        )
        super().__init__(document, text, DiagramChange(update_faktorer=tuple(faktorer)))
        self.keyboard = keyboard
        self.ids = frozenset(f.id for f in faktorer)

    def id(self) -> int:
        return self.MERGE_ID if self.keyboard else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, MoveCommand) or not other.keyboard or other.ids != self.ids or self.failed:
            return False
        # The other's redo has already run (and saved); this command now goes from our start to its end.
        self.change = other.change
        return True


class AddKoblingCommand(DiagramCommand):
    def __init__(self, document: DiagramDocument, kobling: KoblingData) -> None:
        text = (
            QCoreApplication.translate("diagram", "Koble til oppmerksomheten")
            if kobling.til_id is None
            else QCoreApplication.translate("diagram", "Koble faktorer")
        )
        super().__init__(document, text, DiagramChange(add_koblinger=(kobling,)))


class LinkTiltakCommand(DiagramCommand):
    """«Tiltak settes inn her»: the factor a tiltak works on (None takes it away)."""

    def __init__(self, document: DiagramDocument, tiltak_id: uuid.UUID, faktor_id: uuid.UUID | None) -> None:
        text = (
            QCoreApplication.translate("diagram", "Sett inn tiltak")
            if faktor_id is not None
            else QCoreApplication.translate("diagram", "Ta bort tiltak fra faktor")
        )
        super().__init__(document, text, DiagramChange(tiltak=((tiltak_id, faktor_id),)))


# --------------------------------------------------------------------------- the document


class DiagramDocument(QObject):
    """The diagram being edited: graph, undo stack, background load and saves.

    Signals:
        loaded: the graph has been (re)loaded from the database.
        load_failed: (str) the diagram could not be read.
        refused: (str) the core refused a save; the graph has been put back.
        warnings: (list[str]) what the core said about a saved change (e.g. a factor in one's own service).
        saved: a save went through (tests and the benchmark wait on ``busy`` instead).
    """

    loaded = Signal()
    load_failed = Signal(str)
    refused = Signal(str)
    warnings = Signal(object)
    saved = Signal()

    def __init__(self, backend: Backend, oppmerksomhet_id: uuid.UUID, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self.oppmerksomhet_id = oppmerksomhet_id
        self.graph = DiagramGraph(self)
        self.stack = QUndoStack(self)
        self.is_loaded = False
        self._pending = 0
        self._generation = 0  # bumped by every save, so a reload overtaken by an edit is asked again
        self._own: dict[int, Changes] = {}
        backend.changed.connect(self._on_changed)

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def load(self) -> None:
        oppmerksomhet_id, generation = self.oppmerksomhet_id, self._generation

        def arrived(data: DiagramData) -> None:
            if generation != self._generation:
                self.load()  # an edit went to the database after this read: read again
                return
            state, now = DiagramState.of(data), self.graph.state()
            if self.is_loaded and (state.faktorer, state.koblinger) == (now.faktorer, now.koblinger):
                self.graph.set_tiltak(data.tiltak)  # tiltak added, renamed or evaluated elsewhere
                return
            self.stack.clear()
            self.graph.set_data(data)
            self.is_loaded = True
            self.loaded.emit()

        self.backend.call(lambda ctx: load_diagram(ctx, oppmerksomhet_id), success=arrived, failure=self._load_failed)

    def _load_failed(self, message: str) -> None:
        self.load_failed.emit(message)

    def push(self, command: DiagramCommand) -> None:
        if not command.change.is_empty():
            self.stack.push(command)

    def perform(self, command: DiagramCommand, change: DiagramChange, *, forward: bool) -> None:
        """Apply ``change`` to the graph now, and save it; a refusal reverts it."""
        self.graph.apply(change)
        self._generation += 1
        self._pending += 1
        oppmerksomhet_id = self.oppmerksomhet_id
        own = self._own

        def work(ctx: Context) -> Changes:
            result = apply_change(ctx, oppmerksomhet_id, change)
            own[id(result)] = result  # so that our own change notice does not reload us
            return result

        def done(result: Changes) -> None:
            self._pending -= 1
            if result.warnings:
                self.warnings.emit(list(result.warnings))
            self.saved.emit()

        def failed(message: str) -> None:
            self._pending -= 1
            self._refused(command, forward, message)

        self.backend.call(work, success=done, failure=failed)

    def _refused(self, command: DiagramCommand, forward: bool, message: str) -> None:
        stack = self.stack
        top = stack.command(stack.index() - 1) if stack.index() > 0 else None
        following = stack.command(stack.index()) if stack.index() < stack.count() else None
        if isValid(command) and forward and top is command and not command.failed:
            command.failed = True
            stack.undo()  # puts the graph back and drops the command
        elif isValid(command) and not forward and following is command and not command.failed:
            command.failed = True
            stack.redo()
        else:
            # Later edits were made on top of the refused one: the database is the truth.
            message += " " + QCoreApplication.translate("diagram", "Diagrammet er lest inn på nytt.")
            self.is_loaded = False
            self.stack.clear()
            self.load()
        self.refused.emit(message)

    def _on_changed(self, changes: Changes) -> None:
        if self._own.pop(id(changes), None) is changes:
            return
        if self.graph.logg_id is not None and self.graph.logg_id in changes.logs and self.is_loaded:
            self.load()


# --------------------------------------------------------------------------- the list of factors

FAKTOR_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

COLUMNS = [
    QT_TRANSLATE_NOOP("diagram", "Faktor"),
    QT_TRANSLATE_NOOP("diagram", "Område"),
    QT_TRANSLATE_NOOP("diagram", "Prioritet"),
    QT_TRANSLATE_NOOP("diagram", "Ligger"),
    QT_TRANSLATE_NOOP("diagram", "Tiltak"),
    QT_TRANSLATE_NOOP("diagram", "Koblet til"),
]


class FaktorListModel(QAbstractTableModel):
    """The factors of a :class:`DiagramGraph` as rows — the list view for screen-reader users."""

    def __init__(self, graph: DiagramGraph, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.graph = graph
        self._ids: list[uuid.UUID] = [f.id for f in graph.nodes()]
        graph.reset.connect(self._reset)
        graph.node_added.connect(self._added)
        graph.node_removed.connect(self._removed)
        graph.node_changed.connect(lambda new, _old: self._changed_rows([new.id]))
        graph.link_added.connect(self._link_changed)
        graph.link_removed.connect(self._link_changed)
        graph.tiltak_changed.connect(lambda ids: self._changed_rows(ids, [4]))

    def faktor_id(self, row: int) -> uuid.UUID:
        return self._ids[row]

    def row_of(self, faktor_id: uuid.UUID) -> int:
        try:
            return self._ids.index(faktor_id)
        except ValueError:
            return -1

    def _reset(self) -> None:
        self.beginResetModel()
        self._ids = [f.id for f in self.graph.nodes()]
        self.endResetModel()

    def _added(self, node: FaktorData) -> None:
        row = len(self._ids)
        self.beginInsertRows(QModelIndex(), row, row)
        self._ids.append(node.id)
        self.endInsertRows()

    def _removed(self, node: FaktorData) -> None:
        row = self.row_of(node.id)
        if row < 0:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._ids[row]
        self.endRemoveRows()

    def _link_changed(self, k: KoblingData) -> None:
        self._changed_rows([i for i in (k.fra_id, k.til_id) if i is not None], [5])

    def _changed_rows(self, ids: Iterable[uuid.UUID], columns: list[int] | None = None) -> None:
        cols = columns or list(range(len(COLUMNS)))
        for faktor_id in ids:
            row = self.row_of(faktor_id)
            if row >= 0:
                self.dataChanged.emit(self.index(row, cols[0]), self.index(row, cols[-1]))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(COLUMNS)
        ):
            return QCoreApplication.translate("diagram", COLUMNS[section])
        return None

    def _links_text(self, node: FaktorData) -> str:
        names = []
        for k in self.graph.links_of(node.id):
            other = k.til_id if k.fra_id == node.id else k.fra_id
            if other is None:
                names.append(QCoreApplication.translate("diagram", "Oppmerksomheten"))
            else:
                o = self.graph.node(other)
                if o is not None:
                    names.append(o.tekst)
        return "; ".join(names)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids) or not 0 <= index.column() < len(COLUMNS):
            return None
        node = self.graph.node(self._ids[index.row()])
        if node is None:
            return None
        col = index.column()
        if role == FAKTOR_ID_ROLE:
            return node.id
        if role == SORT_ROLE:
            if col == 1:
                return OMRADE_ORDER.index(node.omrade)
            if col == 2:
                return node.prioritet or 9
            return str(self.data(index) or "").casefold()
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleDescriptionRole,
        ):
            return None
        tiltak = self.graph.tiltak_for(node.id)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == 0:
                return node.tekst
            if col == 1:
                return OMRADER[node.omrade].navn
            if col == 2:
                return str(node.prioritet) if node.prioritet else "–"
            if col == 3:
                return sted_text(node.sted)
            if col == 4:
                active = [t for t in tiltak if t.status in (TiltakStatus.AKTIV, TiltakStatus.PLANLAGT)]
                return "; ".join(t.tekst for t in active) or (
                    "–" if not tiltak else QCoreApplication.translate("diagram", "{0} evaluert").format(len(tiltak))
                )
            return self._links_text(node)
        if role == Qt.ItemDataRole.ToolTipRole:
            return OMRADER[node.omrade].hjelp if col == 1 else describe(node, len(tiltak))
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return describe(node, len(tiltak))
        return None
