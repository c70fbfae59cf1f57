"""The maintaining-factors diagram editor («Å utvikle gode tiltak»).

``template`` (the guide's figure as geometry), ``scene`` (mirrors the graph of
``desktop.models.diagram``), ``editor`` (the widget, actions, panel, list), ``render`` (PNG/SVG).
"""

from desktop.views.diagram.editor import DiagramEditor
from desktop.views.diagram.render import render_diagram_image, render_diagram_png, render_diagram_svg

__all__ = ["DiagramEditor", "render_diagram_image", "render_diagram_png", "render_diagram_svg"]
