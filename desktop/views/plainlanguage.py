"""The guide's plain-language helper, while typing: underlines and a short list of advice.

``PlainLanguageEdit`` runs :func:`desktop.core.language.check` a quarter of a second after the
last keystroke (a single-shot timer restarted on every change), so typing never waits for it.
It only advises: nothing is blocked, and the text is saved as written.

The hint area is a ``QLabel`` that the editor owns and draws in a strip at its own bottom
(the viewport keeps a bottom margin for it, as Qt's code-editor example does for line numbers),
so a caller puts one widget in a layout and gets both. Its accessible name is «Språkråd».
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from desktop.core import language
from desktop.core.language import Hint

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QResizeEvent, QSyntaxHighlighter, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QSizePolicy, QWidget

from desktop.views.forms import named

DEBOUNCE_MS = 250
# 6.0:1 against a white text field: the underline is a non-text mark (WCAG 1.4.11 asks 3:1), and
# it never carries the meaning alone — the hint area says it in words.
UNDERLINE_COLOUR = "#9a4f00"
# 12.4:1; the top border repeats the underline colour so the strip reads as belonging to it.
HINT_STYLE = "QLabel { background: #fff8e1; color: #3d2e00; border-top: 1px solid #9a4f00; padding: 4px 6px; }"
MAX_GROUPS_SHOWN = 4  # more than this and the strip would crowd the text; the rest are summed up


class HintHighlighter(QSyntaxHighlighter):
    """Underlines spans given in UTF-16 offsets of the whole document (what Qt counts)."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._spans: list[tuple[int, int]] = []
        self._format = QTextCharFormat()
        self._format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self._format.setUnderlineColor(QColor(UNDERLINE_COLOUR))

    def set_spans(self, spans: list[tuple[int, int]]) -> None:
        if spans != self._spans:
            self._spans = spans
            self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        block = self.currentBlock()
        start = block.position()
        end = start + block.length() - 1  # UTF-16 units, without the block separator
        for span_start, span_end in self._spans:
            a, b = max(span_start, start), min(span_end, end)
            if a < b:
                self.setFormat(a - start, b - a, self._format)


def _utf16_spans(text: str, hints: Sequence[Hint]) -> list[tuple[int, int]]:
    if all(ord(c) <= 0xFFFF for c in text):  # the usual case: code points are UTF-16 units
        return [(h.start, h.end) for h in hints]
    return [(language.utf16_offset(text, h.start), language.utf16_offset(text, h.end)) for h in hints]


def hint_lines(hints: Sequence[Hint]) -> list[tuple[str, list[str], int]]:
    """Per distinct message, in text order: its distinct suggestions and how many places it has."""
    groups: dict[str, tuple[list[str], list[int]]] = {}
    for h in hints:
        suggestions, count = groups.setdefault(h.message, ([], [0]))
        if h.suggestion not in suggestions:
            suggestions.append(h.suggestion)
        count[0] += 1
    return [(message, suggestions, count[0]) for message, (suggestions, count) in groups.items()]


class PlainLanguageEdit(QPlainTextEdit):
    """A multi-line text field with the guide's language advice; never blocks typing.

    Signals:
        hintsChanged: (list[Hint]) after each check that found something different.
    """

    hintsChanged = Signal(list)

    def __init__(
        self,
        accessible_name: str,
        parent: QWidget | None = None,
        *,
        placeholder: str = "",
        description: str = "",
        lines: int = 3,
    ) -> None:
        super().__init__(parent)
        named(self, accessible_name, description)
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)  # Tab moves on in a form; text here is prose, not code
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._lines = max(1, lines)
        self._hints: list[Hint] = []
        self._checked: str | None = None
        self._highlighter = HintHighlighter(self.document())

        self.hint_area = QLabel(self)
        named(self.hint_area, self.tr("Språkråd"))
        self.hint_area.setWordWrap(True)
        self.hint_area.setTextFormat(Qt.TextFormat.RichText)
        self.hint_area.setStyleSheet(HINT_STYLE)
        self.hint_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing focus stays in the text
        self.hint_area.setCursor(Qt.CursorShape.ArrowCursor)
        self.hint_area.hide()
        self._hint_height = 0

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.check_now)
        self.textChanged.connect(self._text_changed)

    # ------------------------------------------------------------------ public

    def hints(self) -> list[Hint]:
        """The hints of the last check (a quarter of a second behind typing)."""
        return list(self._hints)

    def text(self) -> str:
        return self.toPlainText()

    def pending(self) -> bool:
        """True while a check waits for typing to pause."""
        return self.timer.isActive()

    def setReadOnly(self, read_only: bool) -> None:
        """Advice on text nobody may change is noise: a read-only field shows none."""
        super().setReadOnly(read_only)
        self._checked = None
        self.check_now()

    def check_now(self) -> None:
        """Check the text at once (the debounce timer calls this)."""
        self.timer.stop()
        text = self.toPlainText()
        if text == self._checked:
            return
        self._checked = text
        hints = [] if self.isReadOnly() else language.check(text)
        self._highlighter.set_spans(_utf16_spans(text, hints))
        if hints != self._hints:
            self._hints = hints
            self._show_hints()
            self.hintsChanged.emit(list(hints))

    # ------------------------------------------------------------------ internals

    def _text_changed(self) -> None:
        # Re-highlighting marks the document changed without changing its text; only real edits
        # restart the timer, so a check never triggers the next one.
        if self.toPlainText() != self._checked:
            self.timer.start()

    def _show_hints(self) -> None:
        groups = hint_lines(self._hints)
        if not groups:
            self.hint_area.clear()
            self.hint_area.setAccessibleDescription("")
            self.hint_area.hide()
        else:
            shown, rest = groups[:MAX_GROUPS_SHOWN], groups[MAX_GROUPS_SHOWN:]
            rows, plain = [], []
            for message, suggestions, count in shown:
                where = self.tr(" ({0} steder)").format(count) if count > 1 else ""
                advice = " ".join(suggestions)
                esc = [html.escape(x, quote=False) for x in (message, where, advice)]
                rows.append(f"<b>{esc[0]}</b>{esc[1]} {esc[2]}")
                plain.append(f"{message}{where} {advice}")
            if rest:
                more = self.tr("… og {0} råd til. Se understrekingene i teksten.").format(len(rest))
                rows.append(html.escape(more, quote=False))
                plain.append(more)
            self.hint_area.setText("".join(f"<p style='margin: 0 0 3px 0;'>{row}</p>" for row in rows))
            self.hint_area.setAccessibleDescription(" ".join(plain))
            self.hint_area.show()
        self._place_hint_area()
        self.updateGeometry()

    def _place_hint_area(self) -> None:
        rect = self.contentsRect()
        height = self.hint_area.heightForWidth(rect.width()) if self._hints else 0
        if height < 0:
            height = self.hint_area.sizeHint().height()
        if height != self._hint_height:
            self._hint_height = height
            self.setViewportMargins(0, 0, 0, height)
        if height:
            self.hint_area.setGeometry(rect.left(), rect.bottom() + 1 - height, rect.width(), height)

    def _text_height(self) -> int:
        margin = int(self.document().documentMargin())
        # +2: the text layout rounds line heights up, so the last line would otherwise need a scroll bar.
        return self.fontMetrics().lineSpacing() * self._lines + 2 * margin + 2 * self.frameWidth() + 2

    def sizeHint(self) -> QSize:
        base = super().sizeHint()
        return QSize(base.width(), self._text_height() + self._hint_height)

    def minimumSizeHint(self) -> QSize:
        base = super().minimumSizeHint()
        return QSize(base.width(), self._text_height() + self._hint_height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        old = self._hint_height
        self._place_hint_area()
        if self._hint_height != old:
            self.updateGeometry()
