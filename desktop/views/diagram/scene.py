"""The scene that mirrors a :class:`~desktop.models.diagram.DiagramGraph` (orange-canvas-core's ``canvas``).

The scene never changes the graph. It draws what the graph holds, and reports what the user
did with the mouse (a drag ended, a link was drawn, a double-click on empty space); the editor
turns those reports into undo commands. Mouse modes are interaction objects (``Interaction``)
that get the scene's events first.
"""

from __future__ import annotations

import math
import uuid
from typing import Any

from desktop.core.entities import FaktorSted, TiltakStatus
from desktop.core.usecases.diagram import OMRADER, FaktorData, KoblingData
from desktop.models.diagram import DiagramGraph, describe, sted_text

from PySide6.QtCore import QCoreApplication, QLineF, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPixmapCache,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from desktop.views.diagram import template
from desktop.views.diagram.template import CENTRE, INK, MUTED, NODE_W, REGIONS, look

SELECTED = "#0b57d0"  # 6.4:1 on white
LINE = "#5a5a5a"
STED_PEN = {FaktorSted.TJENESTE: "#1f6b2a", FaktorSted.HJEM: "#8a5300", FaktorSted.BARNET: "#6b6b6b"}
STED_FILL = {FaktorSted.TJENESTE: "#e3f2e5", FaktorSted.HJEM: "#fff0d9"}
PAD = 8.0
PIXMAP_CACHE_KB = 96 * 1024
TEXT_PT = 10.0
MAX_LINES = 4


def _font(point_size: float, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(point_size)
    font.setBold(bold)
    return font


# --------------------------------------------------------------------------- items


class RegionItem(QGraphicsItem):
    """One area of the guide's figure: a tinted band with the group, the area and its help text."""

    def __init__(self, omrade: Any, rect: QRectF) -> None:
        super().__init__()
        self.omrade = omrade
        self.rect = rect.adjusted(4, 4, -4, -4)
        self.setZValue(-10)
        info = OMRADER[omrade]
        self.setToolTip(f"{info.gruppe} – {info.navn}: {info.hjelp}")
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def boundingRect(self) -> QRectF:
        return self.rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        info, colours = OMRADER[self.omrade], look(self.omrade)
        painter.setPen(QPen(QColor(colours.accent), 1))
        painter.setBrush(QColor(colours.background))
        painter.drawRoundedRect(self.rect, 10, 10)
        r = self.rect.adjusted(10, 4, -10, 0)
        painter.setPen(QColor(colours.accent))
        group = info.gruppe.upper() if info.gruppe != info.navn else ""
        painter.setFont(_font(7.5, bold=True))
        gm = QFontMetricsF(painter.font())
        x = r.left()
        if group:
            painter.drawText(QPointF(x, r.top() + 13), group)
            x += gm.horizontalAdvance(group) + 8
        painter.setPen(QColor(INK))
        painter.setFont(_font(10, bold=True))
        painter.drawText(QPointF(x, r.top() + 13), info.navn if group else info.navn.upper())
        painter.setPen(QColor(MUTED))
        painter.setFont(_font(7.5))
        hm = QFontMetricsF(painter.font())
        painter.drawText(
            QPointF(r.left(), r.top() + 27), hm.elidedText(info.hjelp, Qt.TextElideMode.ElideRight, r.width())
        )


class CentreItem(QGraphicsItem):
    """The concern (oppmerksomhet) in the middle; a link target, never moved."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text
        self.setZValue(5)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.setToolTip(QCoreApplication.translate("diagram", "Oppmerksomheten: {0}").format(text))

    def accessible_name(self) -> str:
        return QCoreApplication.translate("diagram", "Oppmerksomheten i midten: {0}").format(self.text)

    def boundingRect(self) -> QRectF:
        return CENTRE.adjusted(-4, -4, 4, 4)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        focused = self.hasFocus()
        painter.setPen(QPen(QColor(SELECTED if focused else "#1d4f8c"), 4 if focused else 2))
        painter.setBrush(QColor("#dbe9f7"))
        painter.drawRoundedRect(CENTRE, 18, 18)
        painter.setPen(QColor("#1d4f8c"))
        painter.setFont(_font(8, bold=True))
        painter.drawText(
            CENTRE.adjusted(12, 8, -12, 0),
            Qt.AlignmentFlag.AlignHCenter,
            QCoreApplication.translate("diagram", "OPPMERKSOMHET"),
        )
        painter.setPen(QColor(INK))
        painter.setFont(_font(10.5, bold=True))
        painter.drawText(
            CENTRE.adjusted(14, 26, -14, -8),
            int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
            self.text,
        )


class FaktorItem(QGraphicsItem):
    """A factor: its area, text, priority, where it lies, and the tiltak set in there."""

    def __init__(self, scene: DiagramScene, data: FaktorData) -> None:
        super().__init__()
        self._scene = scene
        self.faktor = data
        self.tiltak_count = 0
        self.active_tiltak = 0
        self._rect = QRectF()
        self._lines: list[str] = []
        self.setZValue(10)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.set_data(data)

    @property
    def faktor_id(self) -> uuid.UUID:
        return self.faktor.id

    def accessible_name(self) -> str:
        return describe(self.faktor, self.tiltak_count)

    def set_data(self, data: FaktorData) -> None:
        self.prepareGeometryChange()
        self.faktor = data
        self._layout()
        if self.pos() != QPointF(data.x, data.y):
            self.setPos(data.x, data.y)
            self._scene.node_moved(self)
        self.setToolTip(self.accessible_name())
        self.update()

    def set_tiltak(self, tiltak: list[Any]) -> None:
        self.tiltak_count = len(tiltak)
        self.active_tiltak = sum(1 for t in tiltak if t.status in (TiltakStatus.AKTIV, TiltakStatus.PLANLAGT))
        self.prepareGeometryChange()
        self._layout()
        self.setToolTip(self.accessible_name())
        self.update()

    def _footer(self) -> list[str]:
        """The last lines: where the factor lies and its tiltak (in words, not only colour)."""
        d, parts = self.faktor, []
        if d.sted is FaktorSted.TJENESTE:
            parts.append(QCoreApplication.translate("diagram", "I tjenesten – vårt ansvar"))
        elif d.sted is not None:
            parts.append(sted_text(d.sted))
        if self.active_tiltak:
            parts.append(QCoreApplication.translate("diagram", "→ {0} tiltak").format(self.active_tiltak))
        elif d.sted is FaktorSted.TJENESTE:
            parts.append(QCoreApplication.translate("diagram", "Trenger tiltak"))
        joined = " · ".join(parts)
        if QFontMetricsF(_font(7.5, bold=True)).horizontalAdvance(joined) <= NODE_W - 2 * PAD - 6:
            return [joined] if joined else []
        return parts

    def _layout(self) -> None:
        self._footer_lines = self._footer()
        fm = QFontMetricsF(_font(TEXT_PT))
        width = NODE_W - 2 * PAD
        words, lines, line = self.faktor.tekst.split(), [], ""
        for word in words:
            trial = f"{line} {word}".strip()
            if fm.horizontalAdvance(trial) <= width or not line:
                line = trial
            else:
                lines.append(line)
                line = word
        if line:
            lines.append(line)
        if len(lines) > MAX_LINES:
            lines = [
                *lines[: MAX_LINES - 1],
                fm.elidedText(" ".join(lines[MAX_LINES - 1 :]), Qt.TextElideMode.ElideRight, width),
            ]
        lines = [fm.elidedText(ln, Qt.TextElideMode.ElideRight, width) for ln in lines]
        self._lines = lines
        self._line_h = fm.lineSpacing()
        height = PAD + 14 + 4 + len(lines) * self._line_h + 4 + 15 * len(self._footer_lines) + PAD
        self._rect = QRectF(-NODE_W / 2, -height / 2, NODE_W, height)

    def rect(self) -> QRectF:
        return self._rect

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-5, -5, 5, 5)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRoundedRect(self._rect, 8, 8)
        return path

    def focusInEvent(self, event: Any) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: Any) -> None:
        super().focusOutEvent(event)
        self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        d = self.faktor
        r = self._rect
        colours = look(d.omrade)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.isSelected():
            painter.setPen(QPen(QColor(SELECTED), 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(r.adjusted(-3, -3, 3, 3), 10, 10)
        pen = QPen(QColor(STED_PEN.get(d.sted, "#6b6b6b") if d.sted else "#6b6b6b"), 2.5 if d.prioritet else 1.2)
        painter.setPen(pen)
        painter.setBrush(QColor("#ffffff"))
        painter.drawRoundedRect(r, 8, 8)
        # The area's colour as a strip on the left, its name as text (never colour alone).
        strip = QRectF(r.left() + 1, r.top() + 6, 4, r.height() - 12)
        painter.fillRect(strip, QColor(colours.accent))
        x0, y = r.left() + PAD + 2, r.top() + PAD
        painter.setPen(QColor(colours.accent))
        painter.setFont(_font(7.5, bold=True))
        small = QFontMetricsF(painter.font())
        star = f"★ {d.prioritet}" if d.prioritet else ""
        star_w = small.horizontalAdvance(star) + 12 if star else 0
        area = small.elidedText(OMRADER[d.omrade].navn, Qt.TextElideMode.ElideRight, r.width() - 2 * PAD - star_w)
        painter.drawText(QPointF(x0, y + 11), area)
        if star:
            badge = QRectF(r.right() - PAD - star_w + 4, y, star_w - 4, 15)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#7a4d00"))
            painter.drawRoundedRect(badge, 7, 7)
            painter.setPen(QColor("#ffffff"))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, star)
        y += 18
        painter.setPen(QColor(INK))
        painter.setFont(_font(TEXT_PT))
        fm = QFontMetricsF(painter.font())
        for line in self._lines:
            painter.drawText(QPointF(x0, y + fm.ascent()), line)
            y += self._line_h
        y += 4
        if self._footer_lines:
            block = QRectF(x0 - 3, y - 1, r.width() - 2 * PAD + 4, 15 * len(self._footer_lines) + 2)
            fill = STED_FILL.get(d.sted) if d.sted else None
            if fill:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(fill))
                painter.drawRoundedRect(block, 5, 5)
            painter.setFont(_font(7.5, bold=d.sted is FaktorSted.TJENESTE))
            painter.setPen(QColor(STED_PEN.get(d.sted, MUTED) if d.sted else MUTED))
            for line in self._footer_lines:
                box = QRectF(x0, y, r.width() - 2 * PAD - 2, 15)
                flags = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
                painter.drawText(box, flags, small.elidedText(line, Qt.TextElideMode.ElideRight, box.width()))
                y += 15
        if self.hasFocus():
            painter.setPen(QPen(QColor(SELECTED), 1.5, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(r.adjusted(-5, -5, 5, 5), 11, 11)


class KoblingItem(QGraphicsPathItem):
    """A link: an arrow from a factor to the factor (or the concern) it keeps going."""

    def __init__(self, scene: DiagramScene, data: KoblingData) -> None:
        super().__init__()
        self._scene = scene
        self.kobling = data
        self.setZValue(2)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self._stroke = QPainterPath()
        self.restyle()
        self.update_geometry()

    @property
    def kobling_id(self) -> uuid.UUID:
        return self.kobling.id

    def _ends(self) -> tuple[QPointF, QPointF] | None:
        a = self._scene.nodes.get(self.kobling.fra_id)
        if a is None:
            return None
        if self.kobling.til_id is None:
            b_pos, b_rect = QPointF(0, 0), CENTRE
        else:
            b = self._scene.nodes.get(self.kobling.til_id)
            if b is None:
                return None
            b_pos, b_rect = b.pos(), b.rect().translated(b.pos())
        a_pos, a_rect = a.pos(), a.rect().translated(a.pos())
        return _clip(a_pos, b_pos, a_rect), _clip(b_pos, a_pos, b_rect)

    def update_geometry(self) -> None:
        ends = self._ends()
        path = QPainterPath()
        if ends is not None:
            start, end = ends
            path.moveTo(start)
            path.lineTo(end)
            line = QLineF(end, start)
            if line.length() > 1:
                angle = math.radians(line.angle())
                size = 11.0
                # The arrowhead as two strokes: no fill pass, which halves the cost of 400 links.
                for turn in (0.45, -0.45):
                    path.moveTo(end)
                    path.lineTo(end + QPointF(math.cos(angle + turn) * size, -math.sin(angle + turn) * size))
        self.setPath(path)
        stroker = QPainterPathStroker()
        stroker.setWidth(12)
        self._stroke = stroker.createStroke(path)
        a = self._scene.nodes.get(self.kobling.fra_id)
        b = self._scene.nodes.get(self.kobling.til_id) if self.kobling.til_id else None
        target = (
            QCoreApplication.translate("diagram", "oppmerksomheten")
            if self.kobling.til_id is None
            else (b.faktor.tekst if b else "")
        )
        self.setToolTip(
            QCoreApplication.translate("diagram", "Kobling: {0} → {1}").format(a.faktor.tekst if a else "", target)
        )

    def shape(self) -> QPainterPath:
        return self._stroke

    def boundingRect(self) -> QRectF:
        return super().boundingRect().adjusted(-8, -8, 8, 8)

    def restyle(self) -> None:
        """Thicker and blue when selected. (No ``paint`` override: Qt draws the path natively, which
        spares a Python call per link per frame.)"""
        selected = self.isSelected()
        colour = QColor(SELECTED if selected else LINE)
        width = 3.5 if selected else (2.4 if self.kobling.til_id is None else 1.6)
        self.setPen(QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap, Qt.PenJoinStyle.MiterJoin))


def _clip(centre: QPointF, towards: QPointF, rect: QRectF) -> QPointF:
    """Where the line from ``centre`` to ``towards`` leaves ``rect`` (centred on ``centre``)."""
    dx, dy = towards.x() - centre.x(), towards.y() - centre.y()
    if dx == 0 and dy == 0:
        return centre
    hw, hh = rect.width() / 2 + 3, rect.height() / 2 + 3
    t = min(hw / abs(dx) if dx else math.inf, hh / abs(dy) if dy else math.inf)
    t = min(t, 1.0)
    return QPointF(centre.x() + dx * t, centre.y() + dy * t)


# --------------------------------------------------------------------------- interactions


class Interaction(QObject):
    """A mouse mode (orange-canvas-core's ``UserInteraction``): it sees the scene's events first.

    Signals:
        finished: the interaction ended (done or cancelled); the scene goes back to selecting.
    """

    finished = Signal()

    def __init__(self, scene: DiagramScene) -> None:
        super().__init__(scene)
        self.scene = scene

    def mouse_press(self, event: QGraphicsSceneMouseEvent) -> bool:
        return False

    def mouse_move(self, event: QGraphicsSceneMouseEvent) -> bool:
        return False

    def mouse_release(self, event: QGraphicsSceneMouseEvent) -> bool:
        return False

    def key_press(self, event: QKeyEvent) -> bool:
        return False

    def cancel(self) -> None:
        self.end()

    def cleanup(self) -> None:
        """Remove what the interaction drew (idempotent)."""

    def end(self) -> None:
        self.cleanup()
        self.finished.emit()


class ConnectInteraction(Interaction):
    """«Koble»: from a factor to another factor or to the concern, by mouse or keyboard.

    Mouse: press on the factor to link from (unless it was chosen when the mode started), drag
    or click to the target. Keyboard: Tab to the target, Enter. Esc cancels.
    """

    def __init__(self, scene: DiagramScene, source: FaktorItem | None = None) -> None:
        super().__init__(scene)
        self.source = source
        self.line: QGraphicsLineItem | None = None
        if source is not None:
            self._start_line(source.pos())

    def _start_line(self, at: QPointF) -> None:
        self.line = QGraphicsLineItem(QLineF(at, at))
        self.line.setPen(QPen(QColor(SELECTED), 2, Qt.PenStyle.DashLine))
        self.line.setZValue(50)
        self.scene.addItem(self.line)

    def _target(self, pos: QPointF) -> FaktorItem | CentreItem | None:
        for item in self.scene.items(pos):
            if isinstance(item, FaktorItem | CentreItem):
                return item
        return None

    def _link(self, target: FaktorItem | CentreItem | None) -> bool:
        if self.source is None or target is None or target is self.source:
            return False
        til = target.faktor_id if isinstance(target, FaktorItem) else None
        self.scene.link_requested.emit(self.source.faktor_id, til)
        self.end()
        return True

    def mouse_press(self, event: QGraphicsSceneMouseEvent) -> bool:
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        target = self._target(event.scenePos())
        if self.source is None:
            if isinstance(target, FaktorItem):
                self.source = target
                self._start_line(target.pos())
            else:
                self.cancel()
            return True
        if not self._link(target) and target is not self.source:
            self.cancel()
        return True

    def mouse_move(self, event: QGraphicsSceneMouseEvent) -> bool:
        if self.line is not None and self.source is not None:
            self.line.setLine(QLineF(self.source.pos(), event.scenePos()))
        return True

    def mouse_release(self, event: QGraphicsSceneMouseEvent) -> bool:
        if self.source is not None and event.button() == Qt.MouseButton.LeftButton:
            target = self._target(event.scenePos())
            if target is not None and target is not self.source:
                self._link(target)
        return True

    def key_press(self, event: QKeyEvent) -> bool:
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return True
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focus = self.scene.focusItem()
            if self.source is None and isinstance(focus, FaktorItem):
                self.source = focus
                self._start_line(focus.pos())
            elif isinstance(focus, FaktorItem | CentreItem):
                self._link(focus)
            return True
        return False

    def cleanup(self) -> None:
        if self.line is not None:
            self.scene.removeItem(self.line)
            self.line = None


# --------------------------------------------------------------------------- the scene


class DiagramScene(QGraphicsScene):
    """Mirrors a graph: one item per factor and per link, the template's regions, the concern.

    Signals:
        nodes_dragged: (dict[uuid, QPointF]) factors the mouse moved, with where they ended.
        link_requested: (uuid, uuid | None) a link drawn from a factor to a factor (or the concern).
        empty_double_clicked: (QPointF) a double click on empty space (a new factor there).
        node_activated: (uuid) a double click on a factor (edit it).
        interaction_changed: (Interaction | None)
    """

    nodes_dragged = Signal(object)
    link_requested = Signal(object, object)
    empty_double_clicked = Signal(QPointF)
    node_activated = Signal(object)
    interaction_changed = Signal(object)

    def __init__(self, graph: DiagramGraph, parent: QObject | None = None, *, cached: bool = True) -> None:
        super().__init__(parent)
        self.graph = graph
        self.cached = cached
        self.editable = False
        self.nodes: dict[uuid.UUID, FaktorItem] = {}
        self.links: dict[uuid.UUID, KoblingItem] = {}
        self._links_of: dict[uuid.UUID, set[uuid.UUID]] = {}
        self.centre = CentreItem(graph.oppmerksomhet)
        self.interaction: Interaction | None = None
        self._press_positions: dict[uuid.UUID, QPointF] = {}
        self.setSceneRect(template.BOUNDS.adjusted(-400, -300, 400, 300))
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.setBackgroundBrush(QColor("#fbfaf7"))
        graph.reset.connect(self.rebuild)
        graph.node_added.connect(self._add_node)
        graph.node_removed.connect(self._remove_node)
        graph.node_changed.connect(self._change_node)
        graph.link_added.connect(self._add_link)
        graph.link_removed.connect(self._remove_link)
        graph.tiltak_changed.connect(self._tiltak_changed)
        self.selectionChanged.connect(self._restyle_links)
        self._styled_selected: set[uuid.UUID] = set()
        self.rebuild()

    # -- mirroring -------------------------------------------------------------

    def rebuild(self) -> None:
        if self.cached:
            self._room_in_pixmap_cache()
        self.set_interaction(None)
        self.clear()
        self.nodes, self.links, self._links_of = {}, {}, {}
        self._styled_selected = set()
        for omrade, rect in REGIONS.items():
            region = RegionItem(omrade, rect)
            self._cache(region)
            self.addItem(region)
        self.centre = CentreItem(self.graph.oppmerksomhet)
        self._cache(self.centre)
        self.addItem(self.centre)
        for node in self.graph.nodes():
            self._add_node(node)
        for link in self.graph.links():
            self._add_link(link)

    def _cache(self, item: QGraphicsItem) -> None:
        if self.cached:
            item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    @staticmethod
    def _room_in_pixmap_cache() -> None:
        # Item caches live in QPixmapCache (10 MB by default). 200 nodes at 1080p need ~25 MB; a
        # cache too small throws them out on every frame and each node is painted again.
        if QPixmapCache.cacheLimit() < PIXMAP_CACHE_KB:
            QPixmapCache.setCacheLimit(PIXMAP_CACHE_KB)

    def _add_node(self, data: FaktorData) -> None:
        item = FaktorItem(self, data)
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, self.editable)
        item.set_tiltak(self.graph.tiltak_for(data.id))
        self._cache(item)
        self.nodes[data.id] = item
        self.addItem(item)

    def _remove_node(self, data: FaktorData) -> None:
        item = self.nodes.pop(data.id, None)
        if item is not None:
            if isinstance(self.interaction, ConnectInteraction) and self.interaction.source is item:
                self.interaction.cancel()
            self.removeItem(item)
        self._links_of.pop(data.id, None)

    def detach(self) -> None:
        """Stop mirroring (a scene made only to render an export)."""
        g = self.graph
        for signal, slot in (
            (g.reset, self.rebuild),
            (g.node_added, self._add_node),
            (g.node_removed, self._remove_node),
            (g.node_changed, self._change_node),
            (g.link_added, self._add_link),
            (g.link_removed, self._remove_link),
            (g.tiltak_changed, self._tiltak_changed),
        ):
            signal.disconnect(slot)

    def _change_node(self, data: FaktorData, _old: FaktorData | None = None) -> None:
        item = self.nodes.get(data.id)
        if item is not None:
            item.set_data(data)
            for link_id in self._links_of.get(data.id, ()):  # the text (and so the size) may have changed
                self.links[link_id].update_geometry()

    def _add_link(self, data: KoblingData) -> None:
        item = KoblingItem(self, data)
        self.links[data.id] = item
        for end in (data.fra_id, data.til_id):
            if end is not None:
                self._links_of.setdefault(end, set()).add(data.id)
        self.addItem(item)

    def _remove_link(self, data: KoblingData) -> None:
        item = self.links.pop(data.id, None)
        for end in (data.fra_id, data.til_id):
            if end is not None:
                self._links_of.get(end, set()).discard(data.id)
        if item is not None:
            self.removeItem(item)

    def _tiltak_changed(self, faktor_ids: set[uuid.UUID]) -> None:
        for faktor_id in faktor_ids or self.nodes.keys():
            item = self.nodes.get(faktor_id)
            if item is not None:
                item.set_tiltak(self.graph.tiltak_for(faktor_id))

    def _restyle_links(self) -> None:
        selected = {k.kobling_id for k in self.selected_links()}
        for link_id in selected ^ self._styled_selected:
            link = self.links.get(link_id)
            if link is not None:
                link.restyle()
        self._styled_selected = selected

    def node_moved(self, item: FaktorItem) -> None:
        for link_id in self._links_of.get(item.faktor_id, ()):
            link = self.links.get(link_id)
            if link is not None:
                link.update_geometry()

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        for item in self.nodes.values():
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, editable)

    # -- what is selected ------------------------------------------------------

    def selected_nodes(self) -> list[FaktorItem]:
        return [i for i in self.selectedItems() if isinstance(i, FaktorItem)]

    def selected_links(self) -> list[KoblingItem]:
        return [i for i in self.selectedItems() if isinstance(i, KoblingItem)]

    def tab_order(self, *, with_centre: bool = False) -> list[QGraphicsItem]:
        """The order Tab walks the nodes in: area by area as in the figure, then top to bottom."""
        order = list(REGIONS)
        nodes: list[FaktorItem] = sorted(
            self.nodes.values(), key=lambda n: (order.index(n.faktor.omrade), n.pos().y(), n.pos().x())
        )
        return [self.centre, *nodes] if with_centre else list(nodes)

    # -- interactions ----------------------------------------------------------

    def set_interaction(self, interaction: Interaction | None) -> None:
        old = self.interaction
        if old is interaction:
            return
        self.interaction = interaction
        if old is not None:
            old.finished.disconnect(self._interaction_done)
            old.cleanup()
            old.deleteLater()
        if interaction is not None:
            interaction.finished.connect(self._interaction_done)
        self.interaction_changed.emit(interaction)

    def _interaction_done(self) -> None:
        self.set_interaction(None)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.interaction is not None and self.interaction.mouse_press(event):
            event.accept()
            return
        super().mousePressEvent(event)
        self._press_positions = (
            {n.faktor_id: QPointF(n.pos()) for n in self.selected_nodes()}
            if event.button() == Qt.MouseButton.LeftButton
            else {}
        )

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.interaction is not None and self.interaction.mouse_move(event):
            event.accept()
            return
        super().mouseMoveEvent(event)
        if self._press_positions:  # a drag: Qt has moved the selected nodes; their links follow
            for faktor_id in self._press_positions:
                item = self.nodes.get(faktor_id)
                if item is not None:
                    self.node_moved(item)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.interaction is not None and self.interaction.mouse_release(event):
            event.accept()
            return
        super().mouseReleaseEvent(event)
        before, self._press_positions = self._press_positions, {}
        moved = {
            faktor_id: QPointF(self.nodes[faktor_id].pos())
            for faktor_id, pos in before.items()
            if faktor_id in self.nodes and self.nodes[faktor_id].pos() != pos
        }
        if moved:
            self.nodes_dragged.emit(moved)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.interaction is not None:
            event.accept()
            return
        item = next((i for i in self.items(event.scenePos()) if isinstance(i, FaktorItem)), None)
        if item is not None:
            self.node_activated.emit(item.faktor_id)
        elif not any(isinstance(i, KoblingItem | CentreItem) for i in self.items(event.scenePos())):
            self.empty_double_clicked.emit(event.scenePos())
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.interaction is not None and self.interaction.key_press(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        # The view walks the nodes in the figure's order (DiagramView.focusNextPrevChild), not insertion order.
        return False
