"""The diagram's domain graph, undo commands and list model, without a database.

The background saves go to a stand-in backend that the test answers by hand, so the
refusal paths (the core says no after the graph has changed) are tested deterministically.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.context import Changes
from desktop.core.entities import Arena, FaktorOmrade, FaktorSted, TiltakStatus
from desktop.core.usecases.diagram import DiagramChange, DiagramData, FaktorData, KoblingData, TiltakRef
from desktop.models.diagram import (
    AddFaktorCommand,
    AddKoblingCommand,
    DeleteCommand,
    DiagramDocument,
    DiagramGraph,
    DiagramState,
    EditFaktorCommand,
    FaktorListModel,
    LinkTiltakCommand,
    MoveCommand,
)

from PySide6.QtCore import QObject, Qt, Signal

A, B, C = (uuid.UUID(int=i) for i in (1, 2, 3))
T1, T2 = uuid.UUID(int=11), uuid.UUID(int=12)
OPP, LOGG = uuid.UUID(int=100), uuid.UUID(int=200)


def sample() -> DiagramData:
    return DiagramData(
        logg_id=LOGG,
        oppmerksomhet_id=OPP,
        oppmerksomhet="Ella spiser lite.",
        faktorer=(
            FaktorData(A, FaktorOmrade.STRUKTUR, "Travel lunsj", -300, -300, 1, FaktorSted.TJENESTE),
            FaktorData(B, FaktorOmrade.SAMARBEID_HJEM, "Mates hjemme", -300, -160, 0, FaktorSted.HJEM),
            FaktorData(C, FaktorOmrade.FORUTSETNINGER, "Skjeen er vanskelig", 300, 100, 3, FaktorSted.BARNET),
        ),
        koblinger=(KoblingData(uuid.UUID(int=21), A, None), KoblingData(uuid.UUID(int=22), C, B)),
        tiltak=(
            TiltakRef(T1, "Spiser selv", Arena.TJENESTE, TiltakStatus.AKTIV, "Kari Nilsen", A),
            TiltakRef(T2, "Sitter sammen", Arena.HJEM, TiltakStatus.AKTIV, "Foresatte", None),
        ),
        may_edit=True,
    )


class FakeBackend(QObject):
    """Collects the saves; the test answers each with ``succeed`` or ``refuse``."""

    changed = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[tuple[Any, Callable[[Any], Any] | None, Callable[[str], Any] | None]] = []

    def call(self, work: Any, *, success: Any = None, failure: Any = None) -> None:
        self.calls.append((work, success, failure))

    def succeed(self) -> None:
        _work, success, _failure = self.calls.pop(0)
        if success is not None:
            success(Changes())

    def refuse(self, message: str) -> None:
        _work, _success, failure = self.calls.pop(0)
        assert failure is not None
        failure(message)


@pytest.fixture
def doc(qapp: Any) -> tuple[DiagramDocument, FakeBackend]:
    backend = FakeBackend()
    document = DiagramDocument(backend, OPP)  # type: ignore[arg-type]
    document.graph.set_data(sample())
    document.is_loaded = True
    return document, backend


def test_every_kind_of_change_is_undone_by_its_inverse(qapp: Any) -> None:
    graph = DiagramGraph()
    graph.set_data(sample())
    new = FaktorData(uuid.uuid4(), FaktorOmrade.VENNSKAP, "Leker alene", -300, 0)
    changes = [
        DiagramChange(add_faktorer=(new,), add_koblinger=(KoblingData(uuid.uuid4(), new.id, None),)),
        DiagramChange(update_faktorer=(FaktorData(A, FaktorOmrade.VENNSKAP, "Ny tekst", 10, 20, 2, None),)),
        graph.deletion([A]),  # with its link to the concern and its tiltak
        graph.deletion([], [uuid.UUID(int=22)]),
        DiagramChange(add_koblinger=(KoblingData(uuid.uuid4(), B, C),)),
        DiagramChange(tiltak=((T2, B), (T1, None))),
    ]
    for change in changes:
        before = graph.state()
        inverse = graph.inverse(change)
        graph.apply(change)
        assert graph.state() != before
        graph.apply(inverse)
        assert graph.state() == before


def test_deleting_a_factor_takes_its_links_and_tiltak_along(qapp: Any) -> None:
    graph = DiagramGraph()
    graph.set_data(sample())
    removed: list[KoblingData] = []
    graph.link_removed.connect(removed.append)
    change = graph.deletion([A])
    assert {k.id for k in change.remove_koblinger} == {uuid.UUID(int=21)}
    assert change.tiltak == ((T1, None),)
    graph.apply(change)
    assert graph.node(A) is None and [k.id for k in removed] == [uuid.UUID(int=21)]
    assert graph.tiltak_ref(T1) is not None and graph.tiltak_ref(T1).faktor_id is None  # type: ignore[union-attr]


def test_the_list_model_passes_the_model_tester_through_every_change(qapp: Any, qtmodeltester: Any) -> None:
    graph = DiagramGraph()
    model = FaktorListModel(graph)
    qtmodeltester.check(model)
    graph.set_data(sample())
    assert model.rowCount() == 3
    qtmodeltester.check(model)
    new = FaktorData(uuid.uuid4(), FaktorOmrade.VENNSKAP, "Leker alene", -300, 0)
    graph.apply(DiagramChange(add_faktorer=(new,), add_koblinger=(KoblingData(uuid.uuid4(), new.id, A),)))
    graph.apply(DiagramChange(update_faktorer=(FaktorData(B, FaktorOmrade.VENNSKAP, "Endret", 0, 0, 2, None),)))
    graph.apply(DiagramChange(tiltak=((T2, B),)))
    graph.apply(graph.deletion([A]))
    assert model.rowCount() == 3
    rows = {model.index(r, 0).data() for r in range(model.rowCount())}
    assert rows == {"Leker alene", "Endret", "Skjeen er vanskelig"}
    row = model.row_of(B)
    assert model.index(row, 4).data() == "Sitter sammen"
    assert "Prioritet 2" in model.index(row, 0).data(Qt.ItemDataRole.AccessibleDescriptionRole)
    qtmodeltester.check(model)


def test_each_command_saves_and_undoes_through_the_core(doc: tuple[DiagramDocument, FakeBackend]) -> None:
    document, backend = doc
    start = document.graph.state()
    node = document.graph.node(A)
    assert node is not None
    commands: list[Callable[[], Any]] = [
        lambda: AddFaktorCommand(document, [FaktorData(uuid.uuid4(), FaktorOmrade.VENNSKAP, "Ny", -300, 0)]),
        lambda: EditFaktorCommand(document, "Endre tekst", [FaktorData(A, node.omrade, "Annen", node.x, node.y)]),
        lambda: AddKoblingCommand(document, KoblingData(uuid.uuid4(), B, None)),
        lambda: LinkTiltakCommand(document, T2, C),
        lambda: DeleteCommand(document, [C]),  # with the tiltak just linked to it
    ]
    states = [start]
    for make in commands:
        document.push(make())
        backend.succeed()
        states.append(document.graph.state())
    assert len(set(states)) == len(states)
    for i in range(len(commands), 0, -1):
        document.stack.undo()
        backend.succeed()
        assert document.graph.state() == states[i - 1]
    for i in range(1, len(commands) + 1):
        document.stack.redo()
        backend.succeed()
        assert document.graph.state() == states[i]


def test_keyboard_moves_of_the_same_factors_merge_into_one_command(doc: tuple[DiagramDocument, FakeBackend]) -> None:
    document, backend = doc
    node = document.graph.node(A)
    assert node is not None
    for step in range(1, 4):
        moved = FaktorData(A, node.omrade, node.tekst, node.x + 20 * step, node.y, node.prioritet, node.sted)
        document.push(MoveCommand(document, [moved], keyboard=True))
        backend.succeed()
    assert document.stack.count() == 1
    assert document.graph.node(A).x == node.x + 60  # type: ignore[union-attr]
    document.stack.undo()
    backend.succeed()
    assert document.graph.node(A) == node


def test_a_refused_save_puts_the_graph_back_and_drops_the_command(
    doc: tuple[DiagramDocument, FakeBackend], qtbot: QtBot
) -> None:
    document, backend = doc
    before = document.graph.state()
    node = document.graph.node(A)
    assert node is not None
    document.push(EditFaktorCommand(document, "Endre tekst", [FaktorData(A, node.omrade, "x" * 10, 0, 0)]))
    assert document.graph.state() != before  # shown at once
    with qtbot.waitSignal(document.refused) as refused:
        backend.refuse("Faktoren finnes ikke (lenger).")
    assert refused.args == ["Faktoren finnes ikke (lenger)."]
    assert document.graph.state() == before
    assert document.stack.count() == 0


def test_a_refused_undo_keeps_the_stored_state_and_drops_the_command(doc: tuple[DiagramDocument, FakeBackend]) -> None:
    document, backend = doc
    document.push(AddKoblingCommand(document, KoblingData(uuid.uuid4(), B, None)))
    backend.succeed()
    after = document.graph.state()
    document.stack.undo()
    backend.refuse("Loggen er passiv og kan bare leses.")
    assert document.graph.state() == after  # what the database still holds
    assert document.stack.count() == 0


def test_a_refusal_under_later_edits_reloads_from_the_database(doc: tuple[DiagramDocument, FakeBackend]) -> None:
    document, backend = doc
    document.push(AddKoblingCommand(document, KoblingData(uuid.uuid4(), B, None)))
    document.push(LinkTiltakCommand(document, T2, C))
    backend.refuse("Nei.")
    assert document.stack.count() == 0
    backend.succeed()  # the later edit
    _reload, success, _failure = backend.calls.pop(0)
    assert success is not None
    success(sample())  # what the database says
    assert document.graph.state() == DiagramState.of(sample())
