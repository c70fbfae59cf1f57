"""The plain-language helper: underlines and advice a quarter of a second behind typing."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.views.plainlanguage import DEBOUNCE_MS, UNDERLINE_COLOUR, PlainLanguageEdit

from .helpers import by_name


@pytest.fixture
def form(qtbot: QtBot) -> Iterator[QWidget]:
    """A small form: the helper between two ordinary fields, as in a dialog."""
    root = QWidget()
    layout = QVBoxLayout(root)
    layout.addWidget(QLineEdit(accessibleName="Før"))
    layout.addWidget(PlainLanguageEdit("Tiltak", lines=3))
    layout.addWidget(QLineEdit(accessibleName="Etter"))
    root.resize(520, 320)
    qtbot.addWidget(root)
    root.show()
    qtbot.waitUntil(root.isVisible)
    yield root


def underlines(edit: PlainLanguageEdit) -> list[tuple[int, int]]:
    """(start, end) in the document (UTF-16 units) of every wavy underline the highlighter set."""
    spans = []
    block = edit.document().firstBlock()
    while block.isValid():
        for r in block.layout().formats():
            if r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline:
                spans.append((block.position() + r.start, block.position() + r.start + r.length))
        block = block.next()
    return sorted(spans)


def test_man_and_snarest_are_underlined_and_explained(form: QWidget, qtbot: QtBot) -> None:
    edit = by_name(form, "Tiltak", PlainLanguageEdit)
    edit.setFocus()
    qtbot.keyClicks(edit, "Man ringer mor snarest.")
    qtbot.waitUntil(lambda: len(edit.hints()) == 2)

    assert [(h.kind, h.start, h.end) for h in edit.hints()] == [("man", 0, 3), ("vag_tid", 15, 22)]
    assert underlines(edit) == [(0, 3), (15, 22)]
    block = edit.document().firstBlock()
    ranges = block.layout().formats()
    assert all(r.format.underlineColor() == QColor(UNDERLINE_COLOUR) for r in ranges)

    area = by_name(edit, "Språkråd", QLabel)
    assert area.isVisible()
    assert "Unngå «man»" in area.text() and "Bytt ut «man»" in area.text()
    assert "«snarest» sier ikke når" in area.text() and "hver mandag" in area.text()
    assert "Unngå «man»" in area.accessibleDescription()  # read out without the markup
    assert area.geometry().bottom() <= edit.contentsRect().bottom()  # inside the editor's frame
    assert edit.viewport().geometry().bottom() < area.geometry().top()  # and not over the text


def test_typing_is_never_blocked_and_the_check_waits_for_a_pause(form: QWidget, qtbot: QtBot) -> None:
    edit = by_name(form, "Tiltak", PlainLanguageEdit)
    checks: list[list[object]] = []
    edit.hintsChanged.connect(checks.append)
    edit.setFocus()
    text = "Man ringer mor snarest, og man avtaler et møte."
    qtbot.keyClicks(edit, text)

    # Every key went in at once; nothing has been checked yet, the timer is waiting.
    assert edit.toPlainText() == text
    assert edit.pending() and edit.hints() == [] and checks == []
    assert edit.timer.interval() == DEBOUNCE_MS and edit.timer.isSingleShot()

    with qtbot.waitSignal(edit.hintsChanged, timeout=2000):
        pass
    assert len(checks) == 1  # one check for the whole burst of typing
    assert [h.kind for h in edit.hints()] == ["man", "vag_tid", "man"]

    # The advice never takes the focus or the keys: typing goes on where it was.
    assert edit.hasFocus() and not edit.isReadOnly()
    assert by_name(edit, "Språkråd", QLabel).focusPolicy() == Qt.FocusPolicy.NoFocus
    qtbot.keyClicks(edit, " Mor kommer.")
    assert edit.toPlainText() == text + " Mor kommer."
    # Tab leaves the field (it is a form, not a code editor).
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert by_name(form, "Etter", QLineEdit).hasFocus()


def test_offsets_count_utf16_after_an_emoji(form: QWidget, qtbot: QtBot) -> None:
    edit = by_name(form, "Tiltak", PlainLanguageEdit)
    edit.setPlainText("😀 man kommer")
    qtbot.waitUntil(lambda: bool(edit.hints()))
    assert [(h.start, h.end) for h in edit.hints()] == [(2, 5)]  # code points, as Python counts
    assert underlines(edit) == [(3, 6)]  # UTF-16 units, as Qt counts: the emoji is two


def test_spans_in_a_later_paragraph(form: QWidget, qtbot: QtBot) -> None:
    edit = by_name(form, "Tiltak", PlainLanguageEdit)
    edit.setPlainText("Mor henter Ella.\nMan ringer snarest mulig.")
    qtbot.waitUntil(lambda: len(edit.hints()) == 2)
    assert underlines(edit) == [(17, 20), (28, 41)]
    assert edit.toPlainText()[28:41] == "snarest mulig"


def test_hints_go_away_when_the_text_is_fixed(form: QWidget, qtbot: QtBot) -> None:
    edit = by_name(form, "Tiltak", PlainLanguageEdit)
    area = by_name(edit, "Språkråd", QLabel)
    empty_height = edit.minimumSizeHint().height()
    edit.setPlainText("Man ringer mor snarest.")
    qtbot.waitUntil(area.isVisible)
    assert edit.minimumSizeHint().height() > empty_height  # the editor asks for room for the advice

    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, "Mor ringer Ella fredag 14. mars.")
    qtbot.waitUntil(lambda: not area.isVisible())
    assert edit.hints() == [] and underlines(edit) == []
    assert edit.minimumSizeHint().height() == empty_height


def test_many_kinds_of_advice_are_summed_up(form: QWidget, qtbot: QtBot) -> None:
    edit = by_name(form, "Tiltak", PlainLanguageEdit)
    edit.setPlainText(
        "Man ringer snarest. Det avtales et møte. PPT kommer. Vi følger opp ca. hver uke. Etter hvert tar vi det opp."
    )
    qtbot.waitUntil(lambda: len(edit.hints()) >= 6)
    text = by_name(edit, "Språkråd", QLabel).text()
    assert "råd til" in text  # more than fit are counted, not dropped silently


def test_the_accessible_name_is_the_callers(qtbot: QtBot) -> None:
    edit = PlainLanguageEdit("Familiens vurdering", description="Barnet og familien har siste ord.")
    qtbot.addWidget(edit)
    assert edit.accessibleName() == "Familiens vurdering"
    assert edit.accessibleDescription() == "Barnet og familien har siste ord."
    assert by_name(edit, "Språkråd", QLabel).parent() is edit


def test_a_read_only_field_gives_no_advice(form: QWidget, qtbot: QtBot) -> None:
    edit = by_name(form, "Tiltak", PlainLanguageEdit)
    edit.setPlainText("Man ringer mor snarest.")
    qtbot.waitUntil(lambda: len(edit.hints()) == 2)
    edit.setReadOnly(True)  # e.g. a tiltak whose 8 hours are over: nothing can be acted on
    assert edit.hints() == [] and underlines(edit) == []
    assert not by_name(edit, "Språkråd", QLabel).isVisible()
    edit.setReadOnly(False)
    assert len(edit.hints()) == 2 and underlines(edit) == [(0, 3), (15, 22)]
