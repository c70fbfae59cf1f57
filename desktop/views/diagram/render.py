"""The diagram as a picture: PNG and SVG, for export and for the log's PDF.

A fresh scene is built for each picture (no selection, no cache, vector text in SVG) from a
live graph or from plain :class:`~desktop.core.usecases.diagram.DiagramData`.
"""

from __future__ import annotations

from desktop.core.usecases.diagram import DiagramData
from desktop.models.diagram import DiagramGraph

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from desktop.views.diagram import template
from desktop.views.diagram.scene import DiagramScene

DEFAULT_SIZE = QSize(1800, 1240)


def _size(size: QSize | tuple[int, int]) -> QSize:
    return size if isinstance(size, QSize) else QSize(*size)


def _render(source: DiagramGraph | DiagramData, painter: QPainter, target: QRectF) -> None:
    if isinstance(source, DiagramData):
        graph = DiagramGraph()
        graph.set_data(source)
    else:
        graph = source
    scene = DiagramScene(graph, cached=False)
    try:
        area = template.BOUNDS
        for item in scene.nodes.values():
            area = area.united(item.sceneBoundingRect().adjusted(-20, -20, 20, 20))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(target, QColor("#ffffff"))
        scene.render(painter, target, area, Qt.AspectRatioMode.KeepAspectRatio)
    finally:
        scene.detach()
        scene.clear()


def render_diagram_image(source: DiagramGraph | DiagramData, size: QSize | tuple[int, int] = DEFAULT_SIZE) -> QImage:
    s = _size(size)
    image = QImage(s, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    try:
        _render(source, painter, QRectF(0, 0, s.width(), s.height()))
    finally:
        painter.end()
    return image


def render_diagram_png(source: DiagramGraph | DiagramData, size: QSize | tuple[int, int] = DEFAULT_SIZE) -> bytes:
    """The diagram as PNG bytes (for an export, or an image in the log's PDF)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    render_diagram_image(source, size).save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def render_diagram_svg(source: DiagramGraph | DiagramData, size: QSize | tuple[int, int] = DEFAULT_SIZE) -> bytes:
    """The diagram as SVG bytes: vector lines and real text, so it scales and can be searched."""
    s = _size(size)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(s)
    generator.setViewBox(QRect(0, 0, s.width(), s.height()))
    generator.setResolution(96)
    generator.setTitle(QCoreApplication.translate("diagram", "Opprettholdende faktorer"))
    oppmerksomhet = source.oppmerksomhet
    generator.setDescription(
        QCoreApplication.translate("diagram", "Opprettholdende faktorer for: {0}").format(oppmerksomhet)
    )
    painter = QPainter(generator)
    try:
        _render(source, painter, QRectF(0, 0, s.width(), s.height()))
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())
