"""Møtemodus: one child's log, full screen on the meeting room's big screen.

The wall window is built only from a ``MoteVisning`` — the core's whitelist of what may be
shown to the people present — and has no menu, no list, no search and no shortcut: nothing
in it can reach another child or the rest of the workspace. The stafettholder steers it from
a small presenter panel on the laptop, where the meeting's work is done (lysglimt, evaluation,
new tiltak); what is typed there appears on the wall as it is typed.
"""

from __future__ import annotations

import contextlib
import html
import math
import uuid
from collections.abc import Callable
from typing import Any

from desktop.core.context import Changes, PersonRef
from desktop.core.entities import Arena, FaktorOmrade, FaktorSted, TiltakStatus
from desktop.core.meeting import Diagram, MoteVisning, Tilstede, meeting_view, present_choices
from desktop.core.snapshot import LoggSnapshot, OppmerksomhetInfo, TiltakInfo, snapshot
from desktop.core.usecases.diagram import OMRADER
from desktop.models.backend import Backend

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPainter, QPen, QScreen
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.views.forms import WARNING_STYLE, dialog_buttons, error_label, named
from desktop.views.widgets import while_alive

ARENA_WALL = {
    Arena.TJENESTE: QT_TRANSLATE_NOOP("Motemodus", "Tjenesten gjør"),
    Arena.HJEM: QT_TRANSLATE_NOOP("Motemodus", "Hjemme gjør vi"),
}
BACKGROUND = "#fbfaf7"
INK = "#1a1a1a"  # 16:1 on the background
WARM = "#fff1c1"
WARM_INK = "#3d2e00"


def pick_screens(near: QScreen | None) -> tuple[QScreen, QScreen]:
    """(wall, presenter): the largest other screen when one is attached, else the current one."""
    screens = QGuiApplication.screens()
    presenter = near or QGuiApplication.primaryScreen()
    others = [s for s in screens if s is not presenter]
    if not others:
        return presenter, presenter
    wall = max(others, key=lambda s: s.geometry().width() * s.geometry().height())
    return wall, presenter


def _date(d: Any) -> str:
    return d.strftime("%d.%m.%Y") if d else ""


# --------------------------------------------------------------------------- the wall


class DiagramView(QWidget):
    """The maintaining factors around the concern, read only, drawn for reading at a distance."""

    def __init__(self, diagram: Diagram, font_px: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.diagram = diagram
        self.font_px = font_px
        self.setAccessibleName(self.tr("Opprettholdende faktorer for {0}").format(diagram.oppmerksomhet))
        self.setAccessibleDescription("; ".join(f"{OMRADER[f.omrade].navn}: {f.tekst}" for f in diagram.faktorer))

    def paintEvent(self, event: Any) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = self.width(), self.height()
        centre = QPointF(w / 2, h / 2)
        font = QFont(self.font())
        font.setPixelSize(max(12, int(self.font_px * 0.7)))
        p.setFont(font)
        areas = list(FaktorOmrade)
        radius_x, radius_y = w * 0.36, h * 0.36
        box_w, box_h = w * 0.22, h * 0.2
        positions: dict[uuid.UUID, QPointF] = {}
        faktorer = self.diagram.faktorer
        if any(f.x or f.y for f in faktorer):
            # The layout drawn in the diagram editor (the concern at 0,0), scaled to the wall.
            mx = max(abs(f.x) for f in faktorer) or 1.0
            my = max(abs(f.y) for f in faktorer) or 1.0
            for f in faktorer:
                positions[f.id] = QPointF(centre.x() + f.x / mx * radius_x, centre.y() + f.y / my * radius_y)
        else:
            for f in faktorer:
                i = areas.index(f.omrade)
                same = [g for g in faktorer if g.omrade is f.omrade]
                k = same.index(f)
                angle = 2 * math.pi * (i + 0.5 * k / max(1, len(same))) / len(areas) - math.pi / 2
                positions[f.id] = QPointF(
                    centre.x() + radius_x * math.cos(angle), centre.y() + radius_y * math.sin(angle)
                )
        p.setPen(QPen(QColor("#6b6b6b"), max(2, self.font_px // 12)))
        for fra, til in self.diagram.koblinger:
            if fra in positions:
                p.drawLine(positions[fra], positions.get(til, centre) if til else centre)
        core = QRectF(centre.x() - w * 0.16, centre.y() - h * 0.11, w * 0.32, h * 0.22)
        p.setPen(QPen(QColor(INK), 3))
        p.setBrush(QColor("#dbe9f7"))
        p.drawRoundedRect(core, 24, 24)
        p.drawText(
            core.adjusted(12, 8, -12, -8),
            Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignCenter,
            self.diagram.oppmerksomhet,
        )
        for f in self.diagram.faktorer:
            pos = positions[f.id]
            rect = QRectF(pos.x() - box_w / 2, pos.y() - box_h / 2, box_w, box_h)
            p.setBrush(QColor(WARM if f.sted is FaktorSted.HJEM else "#e6f2e6" if f.sted else "#ffffff"))
            p.setPen(QPen(QColor(INK), 4 if f.prioritet else 2))
            p.drawRoundedRect(rect, 16, 16)
            star = f"★{f.prioritet} " if f.prioritet else ""
            text = f"{star}{f.tekst}"
            if f.tiltak:
                text += "\n" + self.tr("→ tiltak: {0}").format("; ".join(f.tiltak))
            _fitted_text(p, rect.adjusted(8, 6, -8, -6), text, font)
        p.end()


def _fitted_text(p: QPainter, rect: QRectF, text: str, font: QFont) -> None:
    """Shrink the font (never below half) until the wrapped text fits its box."""
    flags = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignCenter)
    size = font.pixelSize()
    trial = QFont(font)
    while size > font.pixelSize() // 2:
        trial.setPixelSize(size)
        p.setFont(trial)
        if p.boundingRect(rect, flags, text).height() <= rect.height():
            break
        size -= 2
    p.drawText(rect, flags, text)
    p.setFont(font)


class MeetingWindow(QWidget):
    """The wall. Shows sections of one ``MoteVisning``; takes no input of its own."""

    def __init__(self, screen: QScreen, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setWindowTitle(self.tr("Møtemodus"))
        self.setAccessibleName(self.tr("Møtemodus – storskjerm"))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setScreen(screen)
        geometry = screen.geometry()
        self.setGeometry(geometry)
        # Readable from four metres on a 55" screen: about 1/27 of the screen's height.
        self.font_px = max(24, round(geometry.height() / 27))
        self.setStyleSheet(
            f"QWidget {{ background: {BACKGROUND}; color: {INK}; font-size: {self.font_px}px; }}"
            f"QLabel#title {{ font-size: {round(self.font_px * 1.5)}px; font-weight: 600; }}"
            f"QLabel#live {{ background: {WARM}; color: {WARM_INK}; border-radius: 12px; padding: 16px; }}"
        )
        layout = QVBoxLayout(self)
        margin = self.font_px
        layout.setContentsMargins(margin * 2, margin, margin * 2, margin)
        self.header = QLabel()
        self.header.setObjectName("title")
        self.header.setAccessibleName(self.tr("Barnet"))
        layout.addWidget(self.header)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        self.live = QLabel()
        self.live.setObjectName("live")
        self.live.setWordWrap(True)
        self.live.setAccessibleName(self.tr("Skrives nå"))
        self.live.hide()
        layout.addWidget(self.live)
        self.footer = QLabel()
        self.footer.setAccessibleName(self.tr("Del av møtet"))
        self.footer.setStyleSheet(f"font-size: {round(self.font_px * 0.7)}px; color: #4a4a4a;")
        layout.addWidget(self.footer)
        self.titles: list[str] = []
        self.view: MoteVisning | None = None

    def set_view(self, view: MoteVisning, section: int = 0) -> None:
        self.view = view
        self.header.setText(self.tr("{0}, {1} år").format(html.escape(view.barn), view.alder))
        while self.stack.count():
            page = self.stack.widget(0)
            self.stack.removeWidget(page)
            page.deleteLater()
        self.titles = []
        for title, page in self._sections(view):
            self.titles.append(title)
            self.stack.addWidget(page)
        self.show_section(min(section, len(self.titles) - 1))

    def show_section(self, index: int) -> None:
        if 0 <= index < self.stack.count():
            self.stack.setCurrentIndex(index)
            self.footer.setText(self.tr("{0}  ·  {1} av {2}").format(self.titles[index], index + 1, len(self.titles)))

    def set_live(self, title: str, text: str) -> None:
        """What the stafettholder is typing right now, so everyone can follow and correct it."""
        self.live.setText(f"<b>{html.escape(title)}:</b> {html.escape(text)}")
        self.live.setVisible(bool(text.strip()))

    # -- sections -------------------------------------------------------------

    def _h(self, text: str, scale: float = 1.25) -> str:
        return f"<p style='font-size:{round(self.font_px * scale)}px; font-weight:600; margin:0'>{text}</p>"

    def _text_page(self, body: str) -> QWidget:
        label = QLabel(body)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(label)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # A wall has no scroll bar to grab: sections are sized to fit instead.
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return scroll

    def _sections(self, v: MoteVisning) -> list[tuple[str, QWidget]]:
        e = html.escape
        sections: list[tuple[str, QWidget]] = []
        voice = e(v.barnets_stemme) if v.barnets_stemme.strip() else self.tr("Hva sier {0} selv?").format(e(v.fornavn))
        heading = self._h(self.tr("{0}s stemme").format(e(v.fornavn)))
        sections.append((self.tr("Barnets stemme"), self._text_page(heading + f"<p>{voice}</p>")))
        for o in v.oppmerksomheter:
            sections.append((o.tekst, self._concern_page(v, o)))
        glimt = "".join(
            f"<p style='background:{WARM}; color:{WARM_INK}; padding:12px;'>✦ {e(g.tekst)}"
            f"<br><span style='font-size:{round(self.font_px * 0.7)}px'>{e(g.forfatter)}, {_date(g.dato)}</span></p>"
            for g in v.lysglimt[:5]
        )
        sections.append(
            (
                self.tr("Lysglimt"),
                self._text_page(
                    self._h(self.tr("Lysglimt"))
                    + "<p><i>"
                    + self.tr("Det du gir oppmerksomhet, får du mer av.")
                    + "</i></p>"
                    + (
                        glimt
                        or "<p>"
                        + self.tr("Ingen lysglimt ennå. Hva har gått bra for {0}?").format(e(v.fornavn))
                        + "</p>"
                    )
                ),
            )
        )
        for d in v.diagrammer:
            page = QWidget()
            lay = QVBoxLayout(page)
            head = QLabel(self.tr("Hva opprettholder: {0}").format(d.oppmerksomhet))
            head.setWordWrap(True)
            lay.addWidget(head)
            lay.addWidget(DiagramView(d, self.font_px), 1)
            legend = QLabel(self.tr("Grønn: ligger i tjenesten   Gul: ligger hjemme   ★1: det vi helst kan endre"))
            legend.setStyleSheet(f"font-size: {round(self.font_px * 0.7)}px; color: #4a4a4a;")
            lay.addWidget(legend)
            sections.append((self.tr("Faktorer – {0}").format(d.oppmerksomhet), page))
        due = "".join(
            f"<li>{_date(t.evalueringsdato)}: {e(t.tekst)} <i>({e(t.ansvarlig)})</i></li>" for t in v.evalueringer
        )
        sections.append(
            (
                self.tr("Evalueringer"),
                self._text_page(
                    self._h(self.tr("Evalueringer"))
                    + "<p>"
                    + self.tr("Virker det vi gjør? Barnet og familien har siste ordet.")
                    + "</p>"
                    + (
                        f"<ul>{due}</ul>"
                        if due
                        else "<p>" + self.tr("Ingen tiltak skal evalueres de neste to ukene.") + "</p>"
                    )
                ),
            )
        )
        return sections

    def _concern_page(self, v: MoteVisning, o: OppmerksomhetInfo) -> QWidget:
        e = html.escape
        page = QWidget()
        lay = QVBoxLayout(page)
        mal = "<p><b>" + self.tr("Mål:") + f"</b> {e(o.mal.tekst)}</p>" if o.mal else ""
        head = QLabel(self._h(e(o.tekst)) + mal)
        head.setTextFormat(Qt.TextFormat.RichText)
        head.setWordWrap(True)
        lay.addWidget(head)
        row = QHBoxLayout()
        titles = {a: QCoreApplication.translate("Motemodus", text) for a, text in ARENA_WALL.items()}
        titles[Arena.BARN] = self.tr("{0} gjør").format(v.fornavn)
        for arena in (Arena.TJENESTE, Arena.HJEM, Arena.BARN):
            items = [
                t for t in o.tiltak if t.arena is arena and t.status in (TiltakStatus.AKTIV, TiltakStatus.PLANLAGT)
            ]
            body = "".join(
                f"<p>{'▶ ' if t.status is TiltakStatus.AKTIV else '○ '}{e(t.tekst)}"
                + (f"<br><i>{e(t.ansvarlig)}</i>" if arena is Arena.TJENESTE else "")
                + "</p>"
                for t in sorted(items, key=lambda t: t.trinn)
            )
            empty = "<p><i>" + self.tr("Ingen aktive tiltak nå.") + "</i></p>"
            column = QLabel(self._h(e(titles[arena]), 1.1) + (body or empty))
            column.setTextFormat(Qt.TextFormat.RichText)
            column.setWordWrap(True)
            column.setAlignment(Qt.AlignmentFlag.AlignTop)
            column.setStyleSheet("background: #ffffff; border: 2px solid #c8c8c8; border-radius: 12px; padding: 12px;")
            row.addWidget(column, 1)
        lay.addLayout(row, 1)
        legend = QLabel(self.tr("▶ gjøres nå   ○ neste trinn i tiltakstrappen"))
        legend.setStyleSheet(f"font-size: {round(self.font_px * 0.7)}px; color: #4a4a4a;")
        lay.addWidget(legend)
        return page


# --------------------------------------------------------------------------- the laptop


class StartMeetingDialog(QDialog):
    """Who is present decides what may be shown."""

    def __init__(self, backend: Backend, logg_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start møtemodus"))
        self.setAccessibleName(self.tr("Start møtemodus"))
        self.boxes: list[tuple[Tilstede, QCheckBox]] = []
        layout = QVBoxLayout(self)
        info = QLabel(
            self.tr(
                "Møtemodus viser bare denne loggen, på storskjermen. Kryss av for hvem som er til stede: "
                "det som vises, er det alle som er til stede, har samtykke til å se."
            )
        )
        info.setWordWrap(True)
        layout.addWidget(info)
        self.people = QVBoxLayout()
        layout.addLayout(self.people)
        self.error = error_label(self)
        layout.addWidget(self.error)
        self.buttons = dialog_buttons(self.tr("&Start møtet"))
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        backend.call(
            lambda ctx: present_choices(ctx, logg_id),
            success=while_alive(self, self._show_people),
            failure=while_alive(self, self._failed),
        )

    def _show_people(self, people: list[Tilstede]) -> None:
        for person in people:
            box = named(QCheckBox(f"{person.navn} ({person.rolle})"), self.tr("{0} er til stede").format(person.navn))
            box.setChecked(person.rolle in ("stafettholder",))
            self.people.addWidget(box)
            self.boxes.append((person, box))

    def _failed(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _check(self) -> None:
        if not self.present():
            self._failed(self.tr("Kryss av for hvem som er til stede i møtet."))
            return
        self.accept()

    def present(self) -> list[PersonRef]:
        return [p.ref for p, box in self.boxes if box.isChecked()]


class PresenterPanel(QWidget):
    """Steers the wall from the laptop.

    Signals:
        end_requested: «Avslutt møtet» (after confirmation).
    """

    end_requested = Signal()

    def __init__(self, wall: MeetingWindow, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.wall = wall
        self.backend = backend
        self.setWindowTitle(self.tr("Møtemodus – styring"))
        self.setAccessibleName(self.tr("Møtemodus – styring"))
        layout = QVBoxLayout(self)
        self.present = QLabel()
        self.present.setWordWrap(True)
        self.present.setAccessibleName(self.tr("Til stede"))
        layout.addWidget(self.present)
        self.limited = QLabel(self.tr("Noen til stede ser bare utvalgte oppmerksomheter; resten vises ikke."))
        self.limited.setWordWrap(True)
        self.limited.setStyleSheet(WARNING_STYLE)
        self.limited.hide()
        layout.addWidget(self.limited)
        self.sections = named(QListWidget(), self.tr("Deler av møtet"))
        self.sections.currentRowChanged.connect(self.wall.show_section)
        layout.addWidget(self.sections, 1)
        nav = QHBoxLayout()
        self.prev = named(QPushButton(self.tr("◀ &Forrige")), self.tr("Forrige del"))
        self.next = named(QPushButton(self.tr("&Neste ▶")), self.tr("Neste del"))
        self.prev.clicked.connect(lambda: self._step(-1))
        self.next.clicked.connect(lambda: self._step(1))
        nav.addWidget(self.prev)
        nav.addWidget(self.next)
        layout.addLayout(nav)
        self.lysglimt = named(QPushButton(self.tr("Nytt &lysglimt …")), self.tr("Nytt lysglimt"))
        self.lysglimt.clicked.connect(self.new_lysglimt)
        layout.addWidget(self.lysglimt)
        self.due = named(QComboBox(), self.tr("Tiltak å evaluere"))
        layout.addWidget(self.due)
        self.evaluate = named(QPushButton(self.tr("Registrer &evaluering …")), self.tr("Registrer evaluering"))
        self.evaluate.clicked.connect(self.evaluate_selected)
        layout.addWidget(self.evaluate)
        self.concern = named(QComboBox(), self.tr("Oppmerksomhet for nytt tiltak"))
        layout.addWidget(self.concern)
        self.tiltak = named(QPushButton(self.tr("Nytt &tiltak …")), self.tr("Nytt tiltak"))
        self.tiltak.clicked.connect(self.new_tiltak)
        layout.addWidget(self.tiltak)
        self.end = named(QPushButton(self.tr("&Avslutt møtet")), self.tr("Avslutt møtet"))
        self.end.clicked.connect(self._confirm_end)
        layout.addWidget(self.end)
        self.resize(420, 640)

    def set_view(self, view: MoteVisning) -> None:
        keep = max(0, self.sections.currentRow())
        self.present.setText(self.tr("Til stede: {0}").format(", ".join(view.tilstede)))
        self.limited.setVisible(view.begrenset)
        self.sections.blockSignals(True)
        self.sections.clear()
        self.sections.addItems(self.wall.titles)
        self.sections.blockSignals(False)
        self.sections.setCurrentRow(min(keep, len(self.wall.titles) - 1))
        self.due.clear()
        for t in (t for o in view.oppmerksomheter for t in o.tiltak if t.may_evaluate):
            due = " (" + self.tr("evalueres {0}").format(_date(t.evalueringsdato)) + ")" if t.evalueringsdato else ""
            self.due.addItem(f"{t.tekst} – {t.ansvarlig}{due}", t)
        self.evaluate.setEnabled(self.due.count() > 0)
        self.concern.clear()
        for o in view.oppmerksomheter:
            self.concern.addItem(o.tekst, o)
        self.tiltak.setEnabled(self.concern.count() > 0)

    def _step(self, delta: int) -> None:
        row = self.sections.currentRow() + delta
        if 0 <= row < self.sections.count():
            self.sections.setCurrentRow(row)

    def _confirm_end(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("Avslutt møtet"), self.tr("Avslutte møtet og gå tilbake til loggen?")
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.end_requested.emit()

    # -- the meeting's work, typed on the laptop and shown on the wall -------

    def run_dialog(self, dialog: QDialog) -> None:
        """Mirror every text field of ``dialog`` onto the wall while it is open."""
        title = dialog.windowTitle()
        for edit in dialog.findChildren(QPlainTextEdit):
            edit.textChanged.connect(lambda edit=edit: self.wall.set_live(title, edit.toPlainText()))
        dialog.finished.connect(lambda _r: self.wall.set_live(title, ""))
        dialog.open()

    def new_lysglimt(self) -> None:
        from desktop.views.dialogs import LysglimtDialog

        view = self.wall.view
        if view is not None:
            self.run_dialog(LysglimtDialog(self.backend, view.logg_id, view.oppmerksomheter, parent=self))

    def evaluate_selected(self) -> None:
        from desktop.views.dialogs import EvaluateDialog

        tiltak = self.due.currentData()
        if isinstance(tiltak, TiltakInfo):
            self.run_dialog(EvaluateDialog(self.backend, tiltak, parent=self))

    def new_tiltak(self) -> None:
        from desktop.views.dialogs import TiltakDialog

        concern = self.concern.currentData()
        view = self.wall.view
        if not isinstance(concern, OppmerksomhetInfo) or view is None:
            return
        logg_id = view.logg_id

        def opened(snap: LoggSnapshot) -> None:
            self.run_dialog(TiltakDialog(self.backend, snap, concern, None, parent=self))

        self.backend.call(lambda ctx: snapshot(ctx, logg_id, record_read=False), success=while_alive(self, opened))


class Meeting:
    """One running meeting: the wall, the panel, and reloading both when the log changes."""

    def __init__(
        self,
        backend: Backend,
        logg_id: uuid.UUID,
        present: list[PersonRef],
        *,
        near: QScreen | None,
        on_end: Callable[[uuid.UUID], None],
        parent: QWidget | None = None,
    ) -> None:
        self.backend = backend
        self.logg_id = logg_id
        self.present = present
        self.on_end = on_end
        wall_screen, laptop = pick_screens(near)
        self.wall = MeetingWindow(wall_screen, parent)
        self.panel = PresenterPanel(self.wall, backend, parent)
        self.panel.setScreen(laptop)
        self.panel.end_requested.connect(self.end)
        backend.changed.connect(self._changed)

    def start(self, view: MoteVisning) -> None:
        self.wall.set_view(view)
        self.panel.set_view(view)
        self.wall.showFullScreen()
        self.panel.show()

    def _changed(self, changes: Changes) -> None:
        if self.logg_id in changes.logs:
            logg_id, present = self.logg_id, self.present
            self.backend.call(
                lambda ctx: meeting_view(ctx, logg_id, present), success=while_alive(self.wall, self._reload)
            )

    def _reload(self, view: MoteVisning) -> None:
        section = self.wall.stack.currentIndex()
        self.wall.set_view(view, section)
        self.panel.set_view(view)

    def end(self) -> None:
        """Close both windows (also what the idle lock does) and return to the log."""
        with contextlib.suppress(RuntimeError, TypeError):  # already disconnected
            self.backend.changed.disconnect(self._changed)
        self.wall.close()
        self.panel.close()
        self.wall.deleteLater()
        self.panel.deleteLater()
        self.on_end(self.logg_id)


def start_meeting(
    backend: Backend,
    logg_id: uuid.UUID,
    *,
    parent: QWidget,
    on_started: Callable[[Meeting], None],
    on_end: Callable[[uuid.UUID], None],
) -> None:
    """Ask who is present, then show the log on the wall (the showing is audited)."""
    dialog = StartMeetingDialog(backend, logg_id, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    present = dialog.present()
    near = parent.screen() if parent is not None else None

    def shown(view: MoteVisning) -> None:
        meeting = Meeting(backend, logg_id, present, near=near, on_end=on_end, parent=parent)
        meeting.start(view)
        on_started(meeting)

    backend.call(
        lambda ctx: meeting_view(ctx, logg_id, present, record=True),
        success=shown,
        failure=lambda message: QMessageBox.warning(
            parent, QCoreApplication.translate("Motemodus", "Møtemodus"), message
        ),
    )
