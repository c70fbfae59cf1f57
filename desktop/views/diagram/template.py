"""The guide's figure «Å utvikle gode tiltak» as scene geometry: the concern in the middle,
sosiale forhold on the left half, psykiske and fysiske forhold on the right, barnets stemme at
the bottom right (the order of the guide's figure, top to bottom).

Scene coordinates: the concern's centre is (0, 0) — as the stored ``x``/``y`` of a factor and
the meeting-mode wall assume. A factor's position is its centre.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.entities import FaktorOmrade
from desktop.core.usecases.diagram import OMRADER

from PySide6.QtCore import QPointF, QRectF

GRID = 20.0
NODE_W = 210.0
NODE_H = 110.0  # for placing; a node's real height follows its text
CENTRE = QRectF(-140, -80, 280, 160)

LEFT = (-630.0, -170.0)
RIGHT = (170.0, 630.0)
TOP, BOTTOM = -400.0, 400.0
TITLE_H = 36.0  # the region's title and help line

LEFT_ORDER = [
    FaktorOmrade.STRUKTUR,
    FaktorOmrade.SAMARBEID_HJEM,
    FaktorOmrade.VENNSKAP,
    FaktorOmrade.KOMMUNIKASJON,
    FaktorOmrade.FAGLIG_INNHOLD,
]
RIGHT_ORDER = [
    FaktorOmrade.VIRKELIGHETSOPPFATNING,
    FaktorOmrade.MESTRINGSSTRATEGIER,
    FaktorOmrade.FORUTSETNINGER,
    FaktorOmrade.BARNETS_STEMME,
]


@dataclass(frozen=True)
class Look:
    background: str
    accent: str  # 4.5:1 or more on the background and on white


LOOKS = {
    "Sosiale forhold": Look("#eaf1fb", "#1d4f8c"),
    "Psykiske forhold": Look("#f2ecfa", "#5b2f8a"),
    "Fysiske forhold": Look("#e8f4ea", "#1f6b2a"),
    "Barnets stemme": Look("#fff3d6", "#7a4d00"),
}
INK = "#1a1a1a"
MUTED = "#454545"


def look(omrade: FaktorOmrade) -> Look:
    return LOOKS[OMRADER[omrade].gruppe]


def _bands(order: list[FaktorOmrade], x: tuple[float, float]) -> dict[FaktorOmrade, QRectF]:
    height = (BOTTOM - TOP) / len(order)
    return {o: QRectF(x[0], TOP + i * height, x[1] - x[0], height) for i, o in enumerate(order)}


REGIONS: dict[FaktorOmrade, QRectF] = {**_bands(LEFT_ORDER, LEFT), **_bands(RIGHT_ORDER, RIGHT)}
# What «Tilpass» shows: the whole template, with a margin.
BOUNDS = QRectF(LEFT[0] - 30, TOP - 40, RIGHT[1] - LEFT[0] + 60, BOTTOM - TOP + 70)


def region_at(point: QPointF) -> FaktorOmrade | None:
    for omrade, rect in REGIONS.items():
        if rect.contains(point):
            return omrade
    return None


def snap(value: float) -> float:
    return round(value / GRID) * GRID


def free_spot(omrade: FaktorOmrade, taken: list[QPointF], near: QPointF | None = None) -> QPointF:
    """A place in the area's region where a new node does not cover another one."""
    rect = REGIONS[omrade]
    candidates: list[QPointF] = []
    y = rect.top() + TITLE_H + NODE_H / 2
    while y + NODE_H / 2 <= rect.bottom() + 10 or not candidates:
        x = rect.left() + 10 + NODE_W / 2
        while x + NODE_W / 2 <= rect.right() - 10:
            candidates.append(QPointF(snap(x), snap(y)))
            x += NODE_W + 20
        y += NODE_H + 10
    # Nearest the wanted point, else nearest the concern: short links, the outer edge left free.
    target = near if near is not None else QPointF(0, 0)
    candidates.sort(key=lambda c: (c - target).manhattanLength())
    for c in candidates:
        if all(abs(c.x() - t.x()) >= NODE_W - 20 or abs(c.y() - t.y()) >= NODE_H - 30 for t in taken):
            return c
    # A full region: stack them, a little offset, so each stays visible and can be moved.
    n = sum(1 for t in taken if rect.contains(t))
    first = candidates[0]
    return QPointF(first.x() + (n % 5) * GRID, first.y() + (n % 5) * GRID)
