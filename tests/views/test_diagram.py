"""The factor diagram editor on the training municipality: built by mouse and keyboard, every kind of
edit undone to the start and redone again — the stored graph equal to the editor's each time —
tiltak linked and followed both ways, reopened unchanged, exported, and named for screen readers.
"""

from __future__ import annotations

import uuid
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core.audit import Action as AuditAction
from desktop.core.entities import AuditEntry, FaktorOmrade, FaktorSted, Oppmerksomhet, TiltakStatus
from desktop.core.usecases.diagram import DiagramData, delete_faktor, load_diagram
from desktop.models.diagram import DiagramState

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QPlainTextEdit, QPushButton, QTableView

from desktop.views.diagram import DiagramEditor, render_diagram_png, render_diagram_svg, template
from desktop.views.diagram.editor import CommitTextEdit, NyFaktorDialog, omrade_of
from desktop.views.diagram.scene import FaktorItem

from .conftest import Desk
from .helpers import by_name, unnamed_controls

ELLA = "Ella Fjellstad"


def first_concern(desk: Desk) -> uuid.UUID:
    logg = desk.training.logs[ELLA]
    with desk.workspace.session() as s:
        oid = s.scalar(select(Oppmerksomhet.id).where(Oppmerksomhet.logg_id == logg).order_by(Oppmerksomhet.rekkefolge))
    assert oid is not None
    return oid


def open_editor(desk: Desk, qtbot: QtBot, oid: uuid.UUID | None = None) -> DiagramEditor:
    editor = DiagramEditor(desk.backend, desk.training.logs[ELLA], oid or first_concern(desk))  # type: ignore[arg-type]
    qtbot.addWidget(editor)
    editor.resize(1366, 768)
    with qtbot.waitSignal(editor.loaded, timeout=10_000):
        editor.show()
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    return editor


def stored(desk: Desk, qtbot: QtBot, oid: uuid.UUID) -> DiagramState:
    """A fresh read of the diagram from the database."""
    box: list[DiagramData] = []
    desk.backend.call(lambda ctx: load_diagram(ctx, oid), success=box.append)
    desk.wait(qtbot)
    return DiagramState.of(box[0])


def at(editor: DiagramEditor, point: QPointF) -> QPoint:
    return editor.view.mapFromScene(point)


def node_at(editor: DiagramEditor, tekst: str) -> FaktorItem:
    return next(i for i in editor.scene.nodes.values() if i.faktor.tekst == tekst)


def dialog_of(editor: DiagramEditor, qtbot: QtBot) -> NyFaktorDialog:
    qtbot.waitUntil(lambda: any(d.isVisible() for d in editor.findChildren(NyFaktorDialog)))
    return next(d for d in editor.findChildren(NyFaktorDialog) if d.isVisible())


def fill_dialog(qtbot: QtBot, dialog: NyFaktorDialog, text: str, *, link_centre: bool = True) -> None:
    qtbot.keyClicks(by_name(dialog, "Faktoren", QPlainTextEdit), text)
    if not link_centre:
        by_name(dialog, "Koble til oppmerksomheten").click()
    qtbot.mouseClick(by_name(dialog, "Legg til", QPushButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    # A window manager gives the activation back to the editor; the offscreen platform needs telling.
    editor = dialog.parentWidget()
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)


def test_build_by_mouse_and_keyboard_then_undo_and_redo_every_edit(
    desk_for: Callable[[str], Desk], qtbot: QtBot
) -> None:
    desk = desk_for("Kari Nilsen")
    oid = first_concern(desk)
    editor = open_editor(desk, qtbot, oid)
    view, scene, vp = editor.view, editor.scene, editor.view.viewport()
    states = [editor.graph.state()]
    assert states[0] == stored(desk, qtbot, oid)
    assert len(states[0].faktorer) == 5

    def step(expected_commands: int) -> None:
        desk.wait(qtbot)
        assert not editor.document.busy and not editor.banner.isVisible(), editor.banner.text()
        state = editor.graph.state()
        assert state != states[-1]
        assert state == stored(desk, qtbot, oid)
        states.append(state)
        assert editor.stack.count() == expected_commands

    # 1. Mouse: a double click in an empty part of «Vennskap og sosialt miljø» adds a factor there.
    vennskap = template.REGIONS[FaktorOmrade.VENNSKAP]
    spot = QPointF(vennskap.center().x() - 60, vennskap.center().y() + 10)
    qtbot.mouseDClick(vp, Qt.MouseButton.LeftButton, pos=at(editor, spot))
    dialog = dialog_of(editor, qtbot)
    assert omrade_of(by_name(dialog, "Område", QComboBox)) is FaktorOmrade.VENNSKAP
    fill_dialog(qtbot, dialog, "Ella leker mest alene i frileken.")
    step(1)
    leker = node_at(editor, "Ella leker mest alene i frileken.")
    assert leker.faktor.omrade is FaktorOmrade.VENNSKAP and vennskap.contains(leker.pos())
    assert editor.graph.linked(leker.faktor_id, None)  # «Koble til oppmerksomheten» was on

    # 2. Keyboard: N, type, Tab to the area and choose another with the arrow keys, Enter on «Legg til».
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_N)
    dialog = dialog_of(editor, qtbot)
    area = by_name(dialog, "Område", QComboBox)
    qtbot.keyClick(area, Qt.Key.Key_Down)  # vennskap → kommunikasjon og relasjon
    assert omrade_of(area) is FaktorOmrade.KOMMUNIKASJON
    fill_dialog(qtbot, dialog, "De voksne roper til Ella over bordet.", link_centre=False)
    step(2)
    roper = node_at(editor, "De voksne roper til Ella over bordet.")
    assert template.REGIONS[FaktorOmrade.KOMMUNIKASJON].contains(roper.pos())
    assert scene.focusItem() is roper and roper.isSelected()

    # 3. Mouse: drag the first new factor within its area (snaps to the grid on release).
    start = leker.pos()
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=at(editor, start))
    qtbot.mouseMove(vp, at(editor, start + QPointF(30, 10)))
    qtbot.mouseMove(vp, at(editor, start + QPointF(73, -18)))
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=at(editor, start + QPointF(73, -18)))
    step(3)
    moved = editor.graph.node(leker.faktor_id)
    assert moved is not None and moved.x % template.GRID == 0 and moved.y % template.GRID == 0
    assert abs(moved.x - (start.x() + 73)) <= template.GRID and moved.omrade is FaktorOmrade.VENNSKAP

    # 4. Keyboard: three arrow presses are one undo step.
    view.setFocus()
    x0 = moved.x
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Right)
    step(4)
    assert editor.graph.node(leker.faktor_id).x == x0 + 3 * template.GRID  # type: ignore[union-attr]

    # 5. Keyboard: priority 1 and «ligger i tjenesten»; the node says so in words.
    qtbot.keyClick(view, Qt.Key.Key_1)
    step(5)
    qtbot.keyClick(view, Qt.Key.Key_T)
    step(6)
    leker = editor.scene.nodes[leker.faktor_id]
    assert leker.faktor.prioritet == 1 and leker.faktor.sted is FaktorSted.TJENESTE
    assert "Tjenesten må selv arbeide med denne faktoren" in leker.accessible_name()
    assert by_name(editor, "Merknad om egen tjeneste").isVisible()

    # 6. Keyboard: Enter on the node edits its text in the panel; Enter saves.
    qtbot.keyClick(view, Qt.Key.Key_Return)
    text = by_name(editor, "Faktorens tekst", CommitTextEdit)
    assert text.hasFocus()
    qtbot.keyClick(text, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(text, "Ella leker alene i frileken ute.")
    qtbot.keyClick(text, Qt.Key.Key_Return)
    step(7)
    assert editor.graph.node(leker.faktor_id).tekst == "Ella leker alene i frileken ute."  # type: ignore[union-attr]

    # 7. Keyboard on the panel: another area moves the factor into that area's region.
    omrade = by_name(editor, "Område for faktoren", QComboBox)
    omrade.setFocus()
    qtbot.keyClick(omrade, Qt.Key.Key_Up)  # vennskap → samarbeid med hjem
    step(8)
    node = editor.graph.node(leker.faktor_id)
    assert node is not None and node.omrade is FaktorOmrade.SAMARBEID_HJEM
    assert template.REGIONS[FaktorOmrade.SAMARBEID_HJEM].contains(QPointF(node.x, node.y))

    # 8. Mouse: «Koble» from the selected factor, click the other one.
    editor.select_factor(roper.faktor_id)
    qtbot.keyClick(view, Qt.Key.Key_L)
    target = editor.scene.nodes[leker.faktor_id]
    qtbot.mouseClick(vp, Qt.MouseButton.LeftButton, pos=at(editor, target.pos()))
    step(9)
    assert editor.graph.linked(roper.faktor_id, leker.faktor_id)
    assert scene.interaction is None

    # 9. Keyboard: «Koble», Tab to the concern in the middle, Enter.
    editor.select_factor(roper.faktor_id)
    qtbot.keyClick(view, Qt.Key.Key_L)
    for _ in range(12):
        if scene.focusItem() is scene.centre:
            break
        qtbot.keyClick(view, Qt.Key.Key_Backtab)
    assert scene.focusItem() is scene.centre
    qtbot.keyClick(view, Qt.Key.Key_Return)
    step(10)
    assert editor.graph.linked(roper.faktor_id, None)

    # 10. «Tiltak settes inn her»: link an active tiltak to the factor with the panel's combo and button.
    editor.select_factor(roper.faktor_id)
    choice = by_name(editor, "Tiltak å sette inn her", QComboBox)
    free = [i for i in range(choice.count()) if editor.graph.tiltak_ref(choice.itemData(i)).faktor_id is None]  # type: ignore[union-attr]
    choice.setCurrentIndex(free[0])
    tiltak_id = choice.currentData()
    qtbot.mouseClick(by_name(editor, "Sett tiltaket inn her", QPushButton), Qt.MouseButton.LeftButton)
    step(11)
    assert [t.id for t in editor.graph.tiltak_for(roper.faktor_id)] == [tiltak_id]

    # 11. Copy and paste (the factor, and its link to the concern).
    editor.select_factor(roper.faktor_id)
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    step(12)
    copies = [n for n in editor.graph.nodes() if n.tekst == "De voksne roper til Ella over bordet."]
    assert len(copies) == 2
    copy = next(n for n in copies if n.id != roper.faktor_id)
    assert editor.graph.linked(copy.id, None)

    # 12. Mouse: click a link, Delete.
    link = next(
        k
        for k in editor.scene.links.values()
        if {k.kobling.fra_id, k.kobling.til_id} == {roper.faktor_id, leker.faktor_id}
    )
    middle = link.path().pointAtPercent(0.25)
    scene.clearSelection()
    view.ensureVisible(link)
    qtbot.mouseClick(vp, Qt.MouseButton.LeftButton, pos=at(editor, middle))
    assert scene.selectedItems() == [link], scene.selectedItems()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    step(13)
    assert not editor.graph.linked(roper.faktor_id, leker.faktor_id)

    # 13. Delete a factor with a link and a tiltak: all three go, as one step.
    editor.select_factor(roper.faktor_id)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    step(14)
    assert editor.graph.node(roper.faktor_id) is None
    assert editor.graph.tiltak_ref(tiltak_id).faktor_id is None  # type: ignore[union-attr]

    # 14. Take a tiltak away from a factor (Ella's coping strategy has one).
    strategi = node_at(editor, "Ella venter med å spise til en voksen hjelper henne.")
    editor.select_factor(strategi.faktor_id)
    assert editor.graph.tiltak_for(strategi.faktor_id)
    qtbot.mouseClick(by_name(editor, "Ta tiltaket bort fra faktoren", QPushButton), Qt.MouseButton.LeftButton)
    step(15)
    assert editor.graph.tiltak_for(strategi.faktor_id) == []

    # 15. «Ordne i områdene» moves the training factors that lie outside their areas.
    editor.arrange()
    step(16)
    for n in editor.graph.nodes():
        assert template.region_at(QPointF(n.x, n.y)) is n.omrade

    # Back to the start, one Ctrl+Z at a time, then forward with Ctrl+Shift+Z / Ctrl+Y.
    view.setFocus()
    for i in range(len(states) - 1, 0, -1):
        qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        desk.wait(qtbot)
        assert editor.graph.state() == states[i - 1], f"undo to step {i - 1}"
        assert stored(desk, qtbot, oid) == states[i - 1], f"stored after undo to step {i - 1}"
    assert not editor.a_undo.isEnabled()
    for i in range(1, len(states)):
        if i % 2:
            qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        else:
            qtbot.keyClick(view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
        desk.wait(qtbot)
        assert editor.graph.state() == states[i], f"redo to step {i}"
        assert stored(desk, qtbot, oid) == states[i], f"stored after redo to step {i}"
    # The scene mirrors the graph: one item per factor and link, where the graph says.
    assert set(scene.nodes) == {n.id for n in editor.graph.nodes()}
    assert set(scene.links) == {k.id for k in editor.graph.links()}
    assert all(scene.nodes[n.id].pos() == QPointF(n.x, n.y) for n in editor.graph.nodes())


def test_a_tiltak_is_followed_from_its_factor_and_back(desk_for: Callable[[str], Desk], qtbot: QtBot) -> None:
    desk = desk_for("Kari Nilsen")
    editor = open_editor(desk, qtbot)
    hjemme = node_at(editor, "Hjemme mater mor og far Ella for at måltidet skal gå fortere.")
    editor.select_factor(hjemme.faktor_id)
    linked = editor.graph.tiltak_for(hjemme.faktor_id)
    assert [t.tekst for t in linked] == ["Foresatte sitter sammen med Ella når hun spiser."]
    with qtbot.waitSignal(editor.tiltak_requested) as jumped:
        qtbot.mouseClick(by_name(editor, "Gå til tiltaket", QPushButton), Qt.MouseButton.LeftButton)
    assert jumped.args == [linked[0].id]
    # Back: the log view knows the tiltak's faktor_id and asks the editor to show that factor.
    editor.scene.clearSelection()
    assert editor.select_factor(linked[0].faktor_id)  # type: ignore[arg-type]
    assert editor.scene.focusItem() is hjemme and hjemme.isSelected()
    assert editor.view.hasFocus()
    assert "Foresatte sitter sammen" in by_name(editor, "Tiltak satt inn her").item(0).text()  # type: ignore[attr-defined]


def test_reopened_from_the_database_unchanged(desk_for: Callable[[str], Desk], qtbot: QtBot) -> None:
    desk = desk_for("Kari Nilsen")
    oid = first_concern(desk)
    editor = open_editor(desk, qtbot, oid)
    editor.arrange()
    editor.select_factor(next(iter(editor.scene.nodes)))
    qtbot.keyClick(editor.view, Qt.Key.Key_2)
    qtbot.keyClick(editor.view, Qt.Key.Key_H)
    desk.wait(qtbot)
    before = editor.graph.state()
    positions = {i: item.pos() for i, item in editor.scene.nodes.items()}
    editor.close()
    again = open_editor(desk, qtbot, oid)
    assert again.graph.state() == before
    assert {i: item.pos() for i, item in again.scene.nodes.items()} == positions
    assert set(again.scene.links) == {k.id for k in again.graph.links()}
    assert again.stack.count() == 0


def test_a_refused_save_is_shown_and_the_graph_put_back(desk_for: Callable[[str], Desk], qtbot: QtBot) -> None:
    desk = desk_for("Kari Nilsen")
    oid = first_concern(desk)
    editor = open_editor(desk, qtbot, oid)
    stemme = node_at(editor, "Ella sier at hun vil spise selv, men at skjeen er vanskelig.")
    # Someone else (another window on the same workspace) deletes the factor meanwhile.
    other = desk_for("Kari Nilsen")
    other.backend.call(lambda ctx: delete_faktor(ctx, stemme.faktor_id))
    other.wait(qtbot)
    before = editor.graph.state()
    editor.select_factor(stemme.faktor_id)
    qtbot.keyClick(editor.view, Qt.Key.Key_3)
    assert editor.graph.node(stemme.faktor_id).prioritet == 3  # type: ignore[union-attr]
    with qtbot.waitSignal(editor.document.refused, timeout=10_000):
        pass
    assert "finnes ikke" in editor.banner.text() and editor.banner.isVisible()
    assert editor.graph.state() == before
    assert editor.stack.count() == 0


def test_an_aktor_sees_the_diagram_read_only(desk_for: Callable[[str], Desk], qtbot: QtBot) -> None:
    desk = desk_for("Ahmed Karimi")
    editor = open_editor(desk, qtbot)
    assert not editor.editable
    assert by_name(editor, "Bare lesing").isVisible()
    before = editor.graph.state()
    item = next(iter(editor.scene.nodes.values()))
    editor.select_factor(item.faktor_id)
    for key in (Qt.Key.Key_N, Qt.Key.Key_Delete, Qt.Key.Key_1, Qt.Key.Key_Right):
        qtbot.keyClick(editor.view, key)
    assert not any(d.isVisible() for d in editor.findChildren(NyFaktorDialog))
    assert not item.flags() & item.GraphicsItemFlag.ItemIsMovable
    assert not by_name(editor, "Faktorens tekst", QPlainTextEdit).isEnabled()
    desk.wait(qtbot)
    assert editor.graph.state() == before and editor.stack.count() == 0


def test_every_node_is_named_and_reachable_by_keyboard_and_in_the_list(
    desk_for: Callable[[str], Desk], qtbot: QtBot, qtmodeltester: Any
) -> None:
    desk = desk_for("Kari Nilsen")
    editor = open_editor(desk, qtbot)
    editor.select_factor(next(iter(editor.scene.nodes)))
    assert unnamed_controls(editor) == []
    editor.tabs.setCurrentIndex(1)
    assert unnamed_controls(editor) == []
    editor.tabs.setCurrentIndex(0)
    # Tab walks every factor (and then leaves the canvas); each says what it is.
    editor.scene.clearSelection()
    editor.scene.setFocusItem(None)
    editor.view.clearFocus()
    editor.toolbar.setFocus()
    editor.view.setFocus(Qt.FocusReason.TabFocusReason)
    seen = []
    for _ in range(len(editor.scene.nodes)):
        focus = editor.scene.focusItem()
        assert isinstance(focus, FaktorItem) and focus.isSelected()
        assert editor.view.accessibleDescription() == focus.accessible_name()
        assert focus.faktor.tekst in focus.accessible_name()
        seen.append(focus.faktor_id)
        qtbot.keyClick(editor.view, Qt.Key.Key_Tab)
    assert set(seen) == set(editor.scene.nodes)
    assert not editor.view.hasFocus()  # past the last factor, Tab leaves the canvas
    # The list view holds the same factors; choosing a row chooses the node.
    table = by_name(editor, "Faktorene i listeform", QTableView)
    qtmodeltester.check(editor.model)
    assert editor.model.rowCount() == len(editor.scene.nodes)
    texts = {editor.proxy.index(r, 0).data() for r in range(editor.proxy.rowCount())}
    assert texts == {n.tekst for n in editor.graph.nodes()}
    table.selectRow(2)
    chosen = editor.proxy.index(2, 0).data()
    assert [n.faktor.tekst for n in editor.scene.selected_nodes()] == [chosen]
    # The same one-key commands work from the list.
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_2)
    desk.wait(qtbot)
    assert next(n for n in editor.graph.nodes() if n.tekst == chosen).prioritet == 2


def test_zoom_fit_and_pan(desk_for: Callable[[str], Desk], qtbot: QtBot) -> None:
    desk = desk_for("Kari Nilsen")
    editor = open_editor(desk, qtbot)
    view = editor.view
    fitted = view.transform().m11()
    editor.view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.transform().m11() == pytest.approx(fitted * 1.25)
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.transform().m11() < fitted
    qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.transform().m11() == pytest.approx(fitted)
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert all(visible.contains(item.sceneBoundingRect()) for item in editor.scene.nodes.values())
    qtbot.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    bar = view.horizontalScrollBar()
    before = bar.value()
    centre = view.viewport().rect().center()
    qtbot.mousePress(view.viewport(), Qt.MouseButton.MiddleButton, pos=centre)
    qtbot.mouseMove(view.viewport(), centre + QPoint(-120, 0))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.MiddleButton, pos=centre + QPoint(-120, 0))
    assert bar.value() > before


def test_export_png_and_svg(desk_for: Callable[[str], Desk], qtbot: QtBot, tmp_path: Path) -> None:
    desk = desk_for("Kari Nilsen")
    editor = open_editor(desk, qtbot)
    png = render_diagram_png(editor.graph, (800, 560))
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    svg = render_diagram_svg(editor.graph, (800, 560))
    root = ET.fromstring(svg)
    assert root.tag.endswith("svg")
    assert "Ella venter med å spise" in svg.decode("utf-8")  # real text, not outlines
    # From plain data too (the log's PDF has no editor).
    box: list[DiagramData] = []
    oid = first_concern(desk)
    desk.backend.call(lambda ctx: load_diagram(ctx, oid), success=box.append)
    desk.wait(qtbot)
    assert render_diagram_png(box[0], (400, 280)).startswith(b"\x89PNG")
    editor.export_png(tmp_path / "diagram.png")
    editor.export_svg(tmp_path / "diagram.svg")
    desk.wait(qtbot)
    assert (tmp_path / "diagram.png").read_bytes().startswith(b"\x89PNG")
    ET.parse(tmp_path / "diagram.svg")
    with desk.workspace.session() as s:
        exports = list(s.scalars(select(AuditEntry).where(AuditEntry.action == AuditAction.EXPORT)))
    assert sorted(e.detail["format"] for e in exports) == ["png", "svg"]
    assert not list(tmp_path.glob(".stafettlogg-*"))


def test_tiltak_status_shows_on_the_node(desk_for: Callable[[str], Desk], qtbot: QtBot) -> None:
    desk = desk_for("Kari Nilsen")
    editor = open_editor(desk, qtbot)
    struktur = node_at(editor, "Lunsjen på avdelingen er travel, og de voksne har lite tid til hvert barn.")
    # Its one tiltak has been evaluated: a factor in one's own service with no active tiltak says so.
    assert all(t.status is not TiltakStatus.AKTIV for t in editor.graph.tiltak_for(struktur.faktor_id))
    assert struktur.active_tiltak == 0 and struktur.faktor.sted is FaktorSted.TJENESTE
    assert "Trenger tiltak" in struktur._footer_lines[-1]
