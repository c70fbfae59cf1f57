"""The log's writing dialogs, through real widgets on the training municipality.

Kari Nilsen holds Ella Fjellstad's log (nivå 1, Solsikken barnehage). Widgets are found only by
accessible name; time moves with the injected clock, never by sleeping.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.context import Changes, Context
from desktop.core.entities import Arena, Beslutning, TiltakStatus
from desktop.core.snapshot import LoggSnapshot, OppmerksomhetInfo, TiltakInfo, snapshot
from desktop.core.usecases import content, logs

from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QWidget,
)

from desktop.views.dialogs import (
    CorrectTiltakDialog,
    EvaluateDialog,
    LysglimtDialog,
    MalDialog,
    OppmerksomhetDialog,
    TiltakDialog,
    actor_candidates,
)
from desktop.views.plainlanguage import PlainLanguageEdit

from .conftest import TRAINING_NOW, Desk
from .helpers import by_name

ELLA = "Ella Fjellstad"
MAT = "Ella venter på at en voksen skal mate henne, og hun spiser lite ved måltidene."
KLAER = "Ella ber en voksen om hjelp hver gang hun skal ta på seg yttertøy."


# --------------------------------------------------------------------------- helpers


class User:
    """A signed-in person at the desk, with the background faults they would see."""

    def __init__(self, desk: Desk, qtbot: QtBot) -> None:
        self.desk = desk
        self.qtbot = qtbot
        self.backend = desk.backend
        self.logg: uuid.UUID = desk.training.logs[ELLA]  # type: ignore[assignment]
        self.faults: list[object] = []
        desk.backend.bug.connect(self.faults.append)
        desk.backend.error.connect(self.faults.append)

    def snap(self) -> LoggSnapshot:
        got: list[LoggSnapshot] = []
        logg = self.logg
        self.backend.call(lambda ctx: snapshot(ctx, logg, record_read=False), success=got.append)
        self.desk.wait(self.qtbot)
        assert got, self.faults
        return got[0]

    def concern(self, tekst: str) -> OppmerksomhetInfo:
        return next(o for o in self.snap().oppmerksomheter if o.tekst == tekst)

    def tiltak(self, tiltak_id: uuid.UUID) -> TiltakInfo:
        return next(t for o in self.snap().oppmerksomheter for t in o.tiltak if t.id == tiltak_id)

    def run(self, work: Callable[[Context], Any]) -> Any:
        """Set up a fact through the core (what another dialog would have saved)."""
        got: list[Any] = []
        self.backend.call(work, success=got.append, failure=self.faults.append)
        self.desk.wait(self.qtbot)
        assert got, self.faults
        return got[0]

    def open(self, dialog: QDialog) -> QDialog:
        self.qtbot.addWidget(dialog)
        dialog.show()
        self.qtbot.waitUntil(dialog.isVisible)
        self.desk.wait(self.qtbot)  # what the dialog loads in the background
        return dialog

    def save(self, dialog: QDialog, button: str = "Lagre") -> None:
        self.qtbot.mouseClick(by_name(dialog, button, QPushButton), Qt.MouseButton.LeftButton)
        self.desk.wait(self.qtbot)


@pytest.fixture
def kari(desk_for: Callable[[str], Desk], qtbot: QtBot) -> Iterator[User]:
    session = User(desk_for("Kari Nilsen"), qtbot)
    yield session
    assert session.faults == []


def type_into(qtbot: QtBot, widget: QWidget, text: str, *, replace: bool = False) -> None:
    widget.setFocus()
    if replace:
        qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    """Click where a person would: on the box or circle (a stretched button's middle may be empty)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def choose(combo: QComboBox, starts_with: str) -> None:
    index = combo.findText(starts_with, Qt.MatchFlag.MatchStartsWith)
    assert index >= 0, [combo.itemText(i) for i in range(combo.count())]
    combo.setCurrentIndex(index)


def error_text(dialog: QDialog) -> str:
    label = by_name(dialog, "Feilmelding", QLabel)
    return label.text() if label.isVisible() else ""


def shown(widget: QWidget) -> bool:
    return widget.isVisible()


def add_tiltak(session: User, oppmerksomhet_id: uuid.UUID, tekst: str, arena: Arena, **kw: Any) -> uuid.UUID:
    changes: Changes = session.run(
        lambda ctx: content.add_tiltak(ctx, oppmerksomhet_id, tekst=tekst, arena=arena, **kw)
    )
    assert changes.created is not None
    return changes.created


def actor_id(session: User, navn: str) -> uuid.UUID:
    logg = session.logg
    candidates = session.run(lambda ctx: actor_candidates(ctx, logg))
    return next(c.id for c in candidates if c.navn == navn)


# --------------------------------------------------------------------------- oppmerksomhet


def test_add_an_oppmerksomhet_then_change_it(kari: User, qtbot: QtBot) -> None:
    dialog = kari.open(OppmerksomhetDialog(kari.backend, kari.logg))
    assert "verb heller enn adjektiv" in by_name(dialog, "Råd om oppmerksomheten", QLabel).text()
    tekst = "Ella gråter når mor går fra henne i garderoben om morgenen."
    type_into(qtbot, by_name(dialog, "Oppmerksomhet", PlainLanguageEdit), tekst)
    type_into(qtbot, by_name(dialog, "Kjennetegn på måloppnåelse", PlainLanguageEdit), "Ella vinker til mor.")
    kari.save(dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.changes is not None and dialog.changes.created is not None
    added = next(o for o in kari.snap().oppmerksomheter if o.id == dialog.changes.created)
    assert (added.tekst, added.kjennetegn) == (tekst, "Ella vinker til mor.")

    change = kari.open(OppmerksomhetDialog(kari.backend, kari.logg, added))
    assert change.windowTitle() == "Endre oppmerksomhet"
    edit = by_name(change, "Oppmerksomhet", PlainLanguageEdit)
    assert edit.toPlainText() == tekst
    type_into(qtbot, edit, "Ella gråter når mor går fra henne i garderoben.", replace=True)
    kari.save(change)
    assert change.result() == QDialog.DialogCode.Accepted
    assert kari.concern("Ella gråter når mor går fra henne i garderoben.").kjennetegn == "Ella vinker til mor."


def test_an_empty_oppmerksomhet_is_refused_inside_the_dialog(kari: User, qtbot: QtBot) -> None:
    dialog = kari.open(OppmerksomhetDialog(kari.backend, kari.logg))
    type_into(qtbot, by_name(dialog, "Kjennetegn på måloppnåelse", PlainLanguageEdit), "Ella vinker til mor.")
    kari.save(dialog)
    assert "kan ikke være tom" in error_text(dialog)
    assert dialog.isVisible()
    assert by_name(dialog, "Kjennetegn på måloppnåelse", PlainLanguageEdit).toPlainText() == "Ella vinker til mor."


def test_language_hints_advise_but_never_stop_saving(kari: User, qtbot: QtBot) -> None:
    dialog = kari.open(OppmerksomhetDialog(kari.backend, kari.logg))
    edit = by_name(dialog, "Oppmerksomhet", PlainLanguageEdit)
    type_into(qtbot, edit, "Man må hjelpe Ella med skoene snarest.")
    qtbot.waitUntil(lambda: {h.kind for h in edit.hints()} == {"man", "vag_tid"})
    assert by_name(edit, "Språkråd", QLabel).isVisible()
    kari.save(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert kari.concern("Man må hjelpe Ella med skoene snarest.")


# --------------------------------------------------------------------------- mål


def test_a_goal_built_from_a_b_and_c_with_a_live_preview(kari: User, qtbot: QtBot) -> None:
    mat = kari.concern(MAT)
    old = mat.mal
    assert old is not None
    dialog = kari.open(MalDialog(kari.backend, mat))
    replaces = by_name(dialog, "Erstatter målet", QLabel)
    assert replaces.isVisible() and old.tekst in replaces.text() and "erstatter" in replaces.text()
    preview = by_name(dialog, "Forhåndsvisning av målet", QLabel)
    a = by_name(dialog, "A – hva barnet gjør", PlainLanguageEdit)
    b = by_name(dialog, "B – når og hvor", PlainLanguageEdit)
    c = by_name(dialog, "C – hvordan det nås", PlainLanguageEdit)
    assert (a.toPlainText(), b.toPlainText(), c.toPlainText()) == (old.del_a, old.del_b, old.del_c)

    for edit in (a, b, c):
        type_into(qtbot, edit, "", replace=True)
    assert "Eksempel: Ella øver på å spise" in preview.text()
    assert "Ella øver på å spise selv" in a.placeholderText()

    type_into(qtbot, a, "Ella spiser selv")
    assert preview.text() == "Ella spiser selv"
    type_into(qtbot, b, "ved lunsjen i barnehagen hver dag,")
    assert preview.text() == "Ella spiser selv ved lunsjen i barnehagen hver dag,"
    type_into(qtbot, c, "og Ahmed Karimi sitter ved siden av henne.")
    expected = "Ella spiser selv ved lunsjen i barnehagen hver dag, og Ahmed Karimi sitter ved siden av henne."
    assert preview.text() == expected
    assert "(A+B+C)" in dialog.preview_title.text()

    for name in ("Målbart", "Akseptert av barn og foreldre", "Tidsperiode satt", "Enkelt og forståelig"):
        click(qtbot, by_name(dialog, name, QCheckBox))
    kari.save(dialog, "Lagre målet")

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.changes is not None
    assert dialog.changes.warnings == ["Sjekk målet: Er målet realistisk?"]  # the one left unticked
    after = kari.concern(MAT)
    assert after.mal is not None and after.mal.tekst == expected
    assert after.mal.checks["sjekk_malbart"] and not after.mal.checks["sjekk_realistisk"]
    assert old.id in {m.id for m in after.tidligere_mal}


# --------------------------------------------------------------------------- tiltak


def test_tiltak_in_the_service_at_home_and_for_the_child(kari: User, qtbot: QtBot) -> None:
    snap = kari.snap()
    klaer = next(o for o in snap.oppmerksomheter if o.tekst == KLAER)
    assert not [t for t in klaer.tiltak if t.status is TiltakStatus.AKTIV]

    # In the service: an actor from the picker; on nivå 1 only Solsikken's own actors.
    dialog = kari.open(TiltakDialog(kari.backend, snap, klaer, Arena.TJENESTE))
    picker = by_name(dialog, "Ansvarlig aktør", QComboBox)
    qtbot.waitUntil(picker.isEnabled)
    names = sorted(picker.itemText(i).split(" – ")[0] for i in range(picker.count()))
    assert names == ["Ahmed Karimi", "Kari Nilsen", "Mari Olsen"]
    assert "nivå 1" in by_name(dialog, "Om ansvarlig", QLabel).text()
    assert "Solsikken barnehage" in by_name(dialog, "Om ansvarlig", QLabel).text()
    choose(picker, "Mari Olsen")
    assert not by_name(dialog, "Neste trinn i tiltakstrappen", QCheckBox).isEnabled()
    type_into(qtbot, by_name(dialog, "Tiltak", PlainLanguageEdit), "Mari Olsen viser Ella rekkefølgen på bildekort.")
    kari.save(dialog, "Lagre tiltaket")
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.changes is not None
    assert any("mangler et tiltak i hjemmet" in w for w in dialog.changes.warnings)

    # At home: the guardians, automatically — no picker.
    dialog = kari.open(TiltakDialog(kari.backend, kari.snap(), kari.concern(KLAER)))
    click(qtbot, by_name(dialog, "I hjemmet", QRadioButton))
    assert not shown(by_name(dialog, "Ansvarlig aktør", QComboBox))
    assert by_name(dialog, "Ansvarlig (automatisk)", QLabel).text() == "Foresatte (automatisk)"
    type_into(qtbot, by_name(dialog, "Tiltak", PlainLanguageEdit), "Mor og far henger yttertøyet på samme knagg.")
    kari.save(dialog, "Lagre tiltaket")
    assert dialog.result() == QDialog.DialogCode.Accepted

    # The child's own: Ella, automatically.
    dialog = kari.open(TiltakDialog(kari.backend, kari.snap(), kari.concern(KLAER)))
    click(qtbot, by_name(dialog, "Barnets eget", QRadioButton))
    assert by_name(dialog, "Ansvarlig (automatisk)", QLabel).text() == "Ella (automatisk)"
    type_into(qtbot, by_name(dialog, "Tiltak", PlainLanguageEdit), "Ella tar på seg lua først.")
    evaluering = by_name(dialog, "Evalueringsdato", QDateEdit)
    evaluering.setDate(QDate(2027, 1, 15))
    kari.save(dialog, "Lagre tiltaket")
    assert dialog.result() == QDialog.DialogCode.Accepted

    after = kari.concern(KLAER)
    active = {t.arena: t for t in after.tiltak if t.status is TiltakStatus.AKTIV}
    assert set(active) == {Arena.TJENESTE, Arena.HJEM, Arena.BARN}
    assert active[Arena.TJENESTE].ansvarlig == "Mari Olsen"
    assert active[Arena.HJEM].ansvarlig == "Foresatte" and active[Arena.HJEM].ansvarlig_id is None
    assert active[Arena.BARN].ansvarlig == "Ella"
    assert active[Arena.BARN].evalueringsdato == dt.date(2027, 1, 15)
    assert active[Arena.TJENESTE].fra_dato == TRAINING_NOW.date()
    assert after.warnings == []


def test_one_active_tiltak_per_actor_refusal_keeps_the_text_then_next_step(kari: User, qtbot: QtBot) -> None:
    klaer = kari.concern(KLAER)
    mari = actor_id(kari, "Mari Olsen")
    add_tiltak(kari, klaer.id, "Mari Olsen viser Ella bildekort.", Arena.TJENESTE, ansvarlig_id=mari)

    dialog = kari.open(TiltakDialog(kari.backend, kari.snap(), kari.concern(KLAER), Arena.TJENESTE))
    picker = by_name(dialog, "Ansvarlig aktør", QComboBox)
    choose(picker, "Mari Olsen")
    assert "har et aktivt tiltak her" in picker.currentText()
    ladder = by_name(dialog, "Neste trinn i tiltakstrappen", QCheckBox)
    assert ladder.isEnabled() and not ladder.isChecked()
    assert "Mari Olsen viser Ella bildekort." in by_name(dialog, "Om tiltakstrappen", QLabel).text()
    typed = "Mari Olsen øver med Ella på glidelåsen hver dag før utetid."
    edit = by_name(dialog, "Tiltak", PlainLanguageEdit)
    type_into(qtbot, edit, typed)
    kari.save(dialog, "Lagre tiltaket")

    assert "allerede et aktivt tiltak" in error_text(dialog)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert edit.toPlainText() == typed
    assert picker.currentText().startswith("Mari Olsen")

    click(qtbot, ladder)
    kari.save(dialog, "Lagre tiltaket")
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.changes is not None and dialog.changes.created is not None
    step = kari.tiltak(dialog.changes.created)
    assert (step.status, step.trinn, step.tekst) == (TiltakStatus.PLANLAGT, 2, typed)


def test_the_ladder_is_offered_only_for_an_actor_with_open_tiltak(kari: User, qtbot: QtBot) -> None:
    mat = kari.concern(MAT)  # the home has an active step; Kari's own tiltak here is evaluated
    dialog = kari.open(TiltakDialog(kari.backend, kari.snap(), mat, Arena.HJEM))
    assert by_name(dialog, "Neste trinn i tiltakstrappen", QCheckBox).isEnabled()
    click(qtbot, by_name(dialog, "I tjenesten", QRadioButton))
    choose(by_name(dialog, "Ansvarlig aktør", QComboBox), "Kari Nilsen")
    assert not by_name(dialog, "Neste trinn i tiltakstrappen", QCheckBox).isEnabled()
    assert "første trinn" in by_name(dialog, "Om tiltakstrappen", QLabel).text()


def test_on_niva_2_actors_from_other_services_and_external_ones_are_offered(kari: User, qtbot: QtBot) -> None:
    logg = kari.logg
    kari.run(lambda ctx: logs.change_niva(ctx, logg, 2))
    snap = kari.snap()
    dialog = kari.open(TiltakDialog(kari.backend, snap, snap.oppmerksomheter[1], Arena.TJENESTE))
    picker = by_name(dialog, "Ansvarlig aktør", QComboBox)
    items = [picker.itemText(i) for i in range(picker.count())]
    assert any(i.startswith("Erik Brenna") and "ekstern aktør" in i for i in items)
    assert "Lars Bakken – Øvingsvik skole" in items
    assert not any(i.startswith("Ingrid Sørli") for i in items)  # not ticked as aktør
    assert "nivå 2" in by_name(dialog, "Om ansvarlig", QLabel).text()


def test_a_guardian_is_offered_only_the_home(desk_for: Callable[[str], Desk], qtbot: QtBot) -> None:
    mona = User(desk_for("Mona Fjellstad"), qtbot)
    snap = mona.snap()
    klaer = next(o for o in snap.oppmerksomheter if o.tekst == KLAER)
    dialog = mona.open(TiltakDialog(mona.backend, snap, klaer))
    assert by_name(dialog, "I hjemmet", QRadioButton).isChecked()
    assert not by_name(dialog, "I tjenesten", QRadioButton).isEnabled()
    assert not by_name(dialog, "Barnets eget", QRadioButton).isEnabled()
    assert "stafettholderen" in by_name(dialog, "Om hvem som legger inn tiltak", QLabel).text()
    type_into(qtbot, by_name(dialog, "Tiltak", PlainLanguageEdit), "Vi lar Ella kle på seg selv om morgenen.")
    mona.save(dialog, "Lagre tiltaket")
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.changes is not None and dialog.changes.created is not None
    assert mona.tiltak(dialog.changes.created).arena is Arena.HJEM
    assert mona.faults == []


# --------------------------------------------------------------------------- retting


def test_text_can_be_corrected_within_8_hours_then_it_is_frozen(kari: User, qtbot: QtBot) -> None:
    klaer = kari.concern(KLAER)
    first = "Ahmed Karimi legger fram klærne."
    tiltak_id = add_tiltak(kari, klaer.id, first, Arena.TJENESTE, ansvarlig_id=actor_id(kari, "Ahmed Karimi"))
    kari.desk.clock.advance(hours=4, minutes=48)

    fresh = kari.tiltak(tiltak_id)
    dialog = kari.open(CorrectTiltakDialog(kari.backend, fresh))
    countdown = by_name(dialog, "Tid igjen til retting", QLabel)
    assert countdown.text().startswith("Kan rettes i 3 t 12 min til")
    assert dialog.timer.isActive() and dialog.timer.interval() <= 60_050
    kari.desk.clock.advance(minutes=1)
    dialog.update_countdown()  # what the timer does each minute
    assert countdown.text().startswith("Kan rettes i 3 t 11 min til")
    edit = by_name(dialog, "Tiltak", PlainLanguageEdit)
    assert not edit.isReadOnly()
    second = "Ahmed Karimi legger fram yttertøyet i fast rekkefølge på benken."
    type_into(qtbot, edit, second, replace=True)
    kari.save(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert kari.tiltak(tiltak_id).tekst == second

    # Nine hours later the text is frozen: shown read only, with the reason and the history.
    kari.desk.clock.advance(hours=9)
    frozen = kari.tiltak(tiltak_id)
    assert frozen.correction_left == dt.timedelta(0)
    dialog = kari.open(CorrectTiltakDialog(kari.backend, frozen))
    assert by_name(dialog, "Tiltak", PlainLanguageEdit).isReadOnly()
    assert by_name(dialog, "Tid igjen til retting", QLabel).text() == "Teksten kan ikke rettes lenger."
    assert "8 timer" in by_name(dialog, "Om retting", QLabel).text()
    assert not dialog.timer.isActive()
    history = by_name(dialog, "Historikk for teksten", QListWidget)
    rows = [history.item(i).text() for i in range(history.count())]
    assert len(rows) == 2
    assert f"«{first}» → «{second}»" in rows[0] and "Kari Nilsen" in rows[0]
    assert f"lagt inn «{first}»" in rows[1]

    # The period is not frozen.
    by_name(dialog, "Sett sluttdato", QCheckBox).setChecked(True)
    by_name(dialog, "Sluttdato", QDateEdit).setDate(QDate(2027, 2, 1))
    kari.save(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert kari.tiltak(tiltak_id).til_dato == dt.date(2027, 2, 1)


def test_a_correction_after_the_window_is_refused_and_the_typed_text_kept(kari: User, qtbot: QtBot) -> None:
    klaer = kari.concern(KLAER)
    tiltak_id = add_tiltak(kari, klaer.id, "Foresatte henger opp klærne.", Arena.HJEM)
    dialog = kari.open(CorrectTiltakDialog(kari.backend, kari.tiltak(tiltak_id)))
    edit = by_name(dialog, "Tiltak", PlainLanguageEdit)
    typed = "Mor og far henger opp klærne på knaggen."
    type_into(qtbot, edit, typed, replace=True)

    kari.desk.clock.advance(hours=9)  # the dialog stayed open while the window closed
    kari.save(dialog)
    assert "Fristen for å rette teksten er ute" in error_text(dialog)
    assert dialog.isVisible() and edit.isReadOnly() and edit.toPlainText() == typed
    assert kari.tiltak(tiltak_id).tekst == "Foresatte henger opp klærne."


def test_the_core_refuses_a_late_correction_too(kari: User, qtbot: QtBot) -> None:
    """A stale view (the dialog's clock says there is time) is still refused by the core."""
    klaer = kari.concern(KLAER)
    tiltak_id = add_tiltak(kari, klaer.id, "Foresatte henger opp klærne.", Arena.HJEM)
    dialog = kari.open(CorrectTiltakDialog(kari.backend, kari.tiltak(tiltak_id)))
    dialog.deadline += dt.timedelta(days=1)  # as if this PC's idea of the window were wrong
    type_into(qtbot, by_name(dialog, "Tiltak", PlainLanguageEdit), "Mor henger opp klærne.", replace=True)
    kari.desk.clock.advance(hours=9)
    kari.save(dialog)
    assert "kan bare rettes i 8 timer" in error_text(dialog)
    assert by_name(dialog, "Tiltak", PlainLanguageEdit).toPlainText() == "Mor henger opp klærne."


def test_someone_elses_tiltak_is_shown_read_only(desk_for: Callable[[str], Desk], qtbot: QtBot) -> None:
    mona = User(desk_for("Mona Fjellstad"), qtbot)
    mat = next(o for o in mona.snap().oppmerksomheter if o.tekst == MAT)
    barn = next(t for t in mat.tiltak if t.arena is Arena.BARN)
    assert not barn.may_write
    dialog = mona.open(CorrectTiltakDialog(mona.backend, barn))
    assert by_name(dialog, "Tiltak", PlainLanguageEdit).isReadOnly()
    assert not by_name(dialog, "Sett sluttdato", QCheckBox).isEnabled()
    assert by_name(dialog, "Lukk", QPushButton).isVisible()
    assert "selv har ansvar for" in by_name(dialog, "Tid igjen til retting", QLabel).text()
    assert mona.faults == []


# --------------------------------------------------------------------------- evaluering


def test_the_decision_tree_offers_only_what_fits_the_answer(kari: User, qtbot: QtBot) -> None:
    snap = kari.snap()
    barn = next(t for t in snap.oppmerksomheter[0].tiltak if t.arena is Arena.BARN)
    dialog = kari.open(EvaluateDialog(kari.backend, barn, snap.moter))
    decisions = ["Nye mål", "Avslutte tiltaket", "Fortsette", "Endre målsetting", "Endre tiltak"]

    def offered() -> set[str]:
        return {name for name in decisions if by_name(dialog, name, QRadioButton).isVisible()}

    assert offered() == set() and by_name(dialog, "Neste steg", QLabel).isVisible()
    click(qtbot, by_name(dialog, "Ja, målet er nådd", QRadioButton))
    assert offered() == {"Nye mål", "Avslutte tiltaket"}
    click(qtbot, by_name(dialog, "Nye mål", QRadioButton))
    click(qtbot, by_name(dialog, "Nei, målet er ikke nådd", QRadioButton))
    assert offered() == {"Fortsette", "Endre målsetting", "Endre tiltak", "Avslutte tiltaket"}
    assert dialog.decision() is None  # «Nye mål» does not survive a «Nei»
    assert not by_name(dialog, "Ny evalueringsdato", QDateEdit).isVisible()
    click(qtbot, by_name(dialog, "Fortsette", QRadioButton))
    assert by_name(dialog, "Ny evalueringsdato", QDateEdit).isVisible()
    click(qtbot, by_name(dialog, "Feilregistrert", QCheckBox))
    assert not by_name(dialog, "Fortsette", QRadioButton).isEnabled()
    assert "siste ord" in by_name(dialog, "Familiens vurdering", PlainLanguageEdit).accessibleDescription()

    # A meeting sets the date.
    mote = by_name(dialog, "Møte", QComboBox)
    choose(mote, "10.12.2026")
    assert by_name(dialog, "Dato", QDateEdit).date() == QDate(2026, 12, 10)


def test_evaluate_once_yes_end_then_it_is_not_offered_again(kari: User, qtbot: QtBot) -> None:
    snap = kari.snap()
    barn = next(t for t in snap.oppmerksomheter[0].tiltak if t.arena is Arena.BARN)
    assert barn.may_evaluate and barn.evaluering is None
    dialog = kari.open(EvaluateDialog(kari.backend, barn, snap.moter))
    family = by_name(dialog, "Familiens vurdering", PlainLanguageEdit)
    type_into(qtbot, family, "Ella sier at hun ber mor om hjelp når hun trenger det.")
    click(qtbot, by_name(dialog, "Ja, målet er nådd", QRadioButton))
    click(qtbot, by_name(dialog, "Avslutte tiltaket", QRadioButton))
    kari.save(dialog, "Lagre evalueringen")
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.beslutning is Beslutning.AVSLUTTE

    done = kari.tiltak(barn.id)
    assert done.status is TiltakStatus.AVSLUTTET and not done.may_evaluate
    assert done.evaluering is not None
    assert (done.evaluering.mal_nadd, done.evaluering.beslutning) == (True, Beslutning.AVSLUTTE)
    assert done.evaluering.familiens_vurdering == "Ella sier at hun ber mor om hjelp når hun trenger det."

    # Opened again: read only, no way to save.
    again = kari.open(EvaluateDialog(kari.backend, done, snap.moter))
    assert not by_name(again, "Lagre evalueringen", QPushButton).isVisible()
    assert by_name(again, "Lukk", QPushButton).isVisible()
    assert by_name(again, "Status for evalueringen", QLabel).text() == "Tiltaket er allerede evaluert."
    assert "bare evalueres én gang" in by_name(again, "Evalueringen", QLabel).text()
    assert not again.findChildren(QRadioButton)

    # A stale view that still offers it: the core refuses, inside the dialog.
    stale = kari.open(EvaluateDialog(kari.backend, barn, snap.moter))
    click(qtbot, by_name(stale, "Ja, målet er nådd", QRadioButton))
    click(qtbot, by_name(stale, "Avslutte tiltaket", QRadioButton))
    kari.save(stale, "Lagre evalueringen")
    assert "bare evalueres én gang" in error_text(stale)
    assert stale.isVisible()


def test_not_reached_continue_needs_and_gets_a_new_evaluation_date(kari: User, qtbot: QtBot) -> None:
    mat = kari.concern(MAT)
    hjem = next(t for t in mat.tiltak if t.arena is Arena.HJEM and t.status is TiltakStatus.AKTIV)
    dialog = kari.open(EvaluateDialog(kari.backend, hjem))
    kari.save(dialog, "Lagre evalueringen")
    assert "Svar på om målet er nådd" in error_text(dialog)
    click(qtbot, by_name(dialog, "Nei, målet er ikke nådd", QRadioButton))
    kari.save(dialog, "Lagre evalueringen")
    assert "Velg hva dere gjør videre" in error_text(dialog)
    click(qtbot, by_name(dialog, "Fortsette", QRadioButton))
    by_name(dialog, "Ny evalueringsdato", QDateEdit).setDate(QDate(2027, 2, 5))
    kari.save(dialog, "Lagre evalueringen")
    assert dialog.result() == QDialog.DialogCode.Accepted

    after = kari.concern(MAT)
    follow = next(t for t in after.tiltak if t.erstatter_id == hjem.id)
    assert (follow.status, follow.tekst, follow.evalueringsdato) == (
        TiltakStatus.AKTIV,
        hjem.tekst,
        dt.date(2027, 2, 5),
    )


def test_wrongly_registered_with_the_right_actor_creates_a_replacement(kari: User, qtbot: QtBot) -> None:
    klaer = kari.concern(KLAER)
    tekst = "Ahmed Karimi øver med Ella på glidelåsen."
    wrong = add_tiltak(kari, klaer.id, tekst, Arena.TJENESTE, ansvarlig_id=actor_id(kari, "Ahmed Karimi"))
    dialog = kari.open(EvaluateDialog(kari.backend, kari.tiltak(wrong)))
    riktig = by_name(dialog, "Riktig ansvarlig", QComboBox)
    assert not riktig.isVisible()
    click(qtbot, by_name(dialog, "Feilregistrert", QCheckBox))
    assert riktig.isVisible()
    assert "erstatter det gamle" in by_name(dialog, "Om feilregistrering", QLabel).text()
    items = [riktig.itemText(i) for i in range(riktig.count())]
    assert not any(i.startswith("Ahmed Karimi") for i in items)  # not the wrong one again
    choose(riktig, "Mari Olsen")
    kari.save(dialog, "Lagre evalueringen")
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.beslutning is Beslutning.FEILREGISTRERT

    after = kari.concern(KLAER)
    old = next(t for t in after.tiltak if t.id == wrong)
    new = next(t for t in after.tiltak if t.erstatter_id == wrong)
    assert old.status is TiltakStatus.FEILREGISTRERT
    assert old.evaluering is not None and old.evaluering.mal_nadd is None
    assert (new.ansvarlig, new.tekst, new.status) == ("Mari Olsen", tekst, TiltakStatus.AKTIV)


def test_wrongly_registered_home_tiltak_has_no_other_responsible(kari: User, qtbot: QtBot) -> None:
    mat = kari.concern(MAT)
    hjem = next(t for t in mat.tiltak if t.arena is Arena.HJEM and t.status is TiltakStatus.AKTIV)
    dialog = kari.open(EvaluateDialog(kari.backend, hjem))
    click(qtbot, by_name(dialog, "Feilregistrert", QCheckBox))
    assert not by_name(dialog, "Riktig ansvarlig", QComboBox).isVisible()
    assert "ingen annen ansvarlig" in by_name(dialog, "Om feilregistrering", QLabel).text()
    kari.save(dialog, "Lagre evalueringen")
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert kari.tiltak(hjem.id).status is TiltakStatus.FEILREGISTRERT


# --------------------------------------------------------------------------- lysglimt


def test_a_guardian_posts_a_lysglimt(desk_for: Callable[[str], Desk], qtbot: QtBot) -> None:
    mona = User(desk_for("Mona Fjellstad"), qtbot)
    snap = mona.snap()
    before = len(snap.lysglimt)
    dialog = mona.open(LysglimtDialog(mona.backend, snap.id, snap.oppmerksomheter))
    assert dialog.windowTitle() == "Nytt lysglimt"
    tekst = "Ella tok på seg votter og lue selv i dag, og hun var så stolt."
    type_into(qtbot, by_name(dialog, "Hva gikk bra?", PlainLanguageEdit), tekst)
    choose(by_name(dialog, "Gjelder oppmerksomhet", QComboBox), KLAER[:30])
    dato = by_name(dialog, "Dato", QDateEdit)
    assert dato.maximumDate() == QDate(2026, 11, 26)  # something that has happened
    mona.save(dialog, "Lagre lysglimtet")
    assert dialog.result() == QDialog.DialogCode.Accepted

    after = mona.snap()
    assert len(after.lysglimt) == before + 1
    glimt = next(g for g in after.lysglimt if g.tekst == tekst)
    klaer = next(o for o in after.oppmerksomheter if o.tekst == KLAER)
    assert (glimt.forfatter, glimt.oppmerksomhet_id, glimt.dato) == ("Mona (mor)", klaer.id, dt.date(2026, 11, 26))
    assert mona.faults == []


# --------------------------------------------------------------------------- conventions


def _dialogs(session: User) -> list[QDialog]:
    snap = session.snap()
    mat = snap.oppmerksomheter[0]
    barn = next(t for t in mat.tiltak if t.arena is Arena.BARN)
    done = next(t for t in mat.tiltak if t.evaluering is not None)
    return [
        session.open(d)
        for d in (
            OppmerksomhetDialog(session.backend, snap.id),
            MalDialog(session.backend, mat),
            TiltakDialog(session.backend, snap, mat, Arena.TJENESTE),
            CorrectTiltakDialog(session.backend, barn),
            EvaluateDialog(session.backend, barn, snap.moter),
            EvaluateDialog(session.backend, done),
            LysglimtDialog(session.backend, snap.id, snap.oppmerksomheter),
        )
    ]


INTERACTIVE = (QAbstractButton, QComboBox, QAbstractSpinBox, PlainLanguageEdit, QLineEdit, QListWidget)


def test_every_interactive_widget_has_an_accessible_name(kari: User) -> None:
    for dialog in _dialogs(kari):
        nameless = [
            f"{type(w).__name__} {getattr(w, 'text', lambda: '')()!r}"
            for w in dialog.findChildren(QWidget)
            if isinstance(w, INTERACTIVE)
            and not isinstance(w.parentWidget(), QAbstractSpinBox | QComboBox)  # their inner line edits
            and not w.accessibleName()
        ]
        assert nameless == [], dialog.windowTitle()


def test_mnemonics_are_unique_and_every_label_has_a_buddy(kari: User) -> None:
    for dialog in _dialogs(kari):
        letters: list[str] = []
        for w in dialog.findChildren(QWidget):
            if w.accessibleName() == "Språkråd":
                continue  # the language advice is markup, not a label
            text = w.text() if isinstance(w, QAbstractButton | QLabel) else ""
            found = re.findall(r"(?<!&)&([^&\s])", text)
            if found and isinstance(w, QLabel):
                assert w.buddy() is not None, text
            letters += [f.lower() for f in found]
        duplicates = {x for x in letters if letters.count(x) > 1}
        assert duplicates == set(), (dialog.windowTitle(), duplicates)
