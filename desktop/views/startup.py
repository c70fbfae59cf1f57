"""The first screens: choose a workspace, protect its key, sign in."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from desktop.core.queries import Innlogging

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.views.forms import named


class WelcomeDialog(QDialog):
    """First start on an empty data folder: the training municipality, an empty workspace, or the server."""

    TRAINING = 1
    EMPTY = 2
    SERVER = 3
    RESTORE = 4  # a PC that died: its backup on a new one (views/backup.py)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Velkommen til Stafettlogg"))
        self.setAccessibleName(self.tr("Velkommen til Stafettlogg"))
        self.choice = 0
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "<h2>Velkommen</h2><p>Det finnes ikke noe arbeidsområde på denne maskinen ennå.</p>"
                "<p><b>Kursløsningen</b> er en oppdiktet øvingskommune med barn, foresatte, ansatte og "
                "logger i alle tilstander. Der kan du prøve alt uten å røre ekte opplysninger.</p>"
            )
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(intro)
        server_note = QLabel(
            self.tr(
                "Skal PC-en brukes i kommunen, kobler du den til <b>kommunens server</b>. "
                "Da hentes loggene dine hit og holdes i takt med de andre PC-ene."
            )
        )
        server_note.setWordWrap(True)
        server_note.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(server_note)
        training = QPushButton(self.tr("Åpne &kursløsningen (øvingskommune)"))
        named(training, self.tr("Åpne kursløsningen"), self.tr("Oppdiktet øvingskommune for opplæring"))
        training.setDefault(True)
        training.clicked.connect(lambda: self._choose(self.TRAINING))
        empty = QPushButton(self.tr("Opprett et &tomt arbeidsområde for kommunen"))
        named(empty, self.tr("Opprett tomt arbeidsområde"))
        empty.clicked.connect(lambda: self._choose(self.EMPTY))
        server = QPushButton(self.tr("Koble til kommunens &server …"))
        named(
            server,
            self.tr("Koble til kommunens server"),
            self.tr("Hent loggene dine fra kommunens server og synkroniser med den"),
        )
        server.clicked.connect(lambda: self._choose(self.SERVER))
        layout.addWidget(training)
        layout.addWidget(empty)
        layout.addWidget(server)
        restore = QPushButton(self.tr("&Gjenopprett fra sikkerhetskopi …"))
        named(
            restore,
            self.tr("Gjenopprett fra sikkerhetskopi"),
            self.tr("Ta i bruk en sikkerhetskopi av arbeidsområdet fra en annen PC"),
        )
        restore.clicked.connect(lambda: self._choose(self.RESTORE))
        layout.addWidget(restore)

    def _choose(self, choice: int) -> None:
        self.choice = choice
        self.accept()


class PassphraseDialog(QDialog):
    """Where the OS keyring is not available, the database key is protected by a passphrase."""

    def __init__(self, *, new: bool, message: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Passordfrase for arbeidsområdet"))
        self.setAccessibleName(self.tr("Passordfrase for arbeidsområdet"))
        self._new = new
        layout = QVBoxLayout(self)
        text = (
            self.tr(
                "Maskinen har ingen nøkkelring vi kan bruke. Velg en passordfrase (minst 8 tegn) som "
                "beskytter nøkkelen til databasen. Uten den kan ingen åpne arbeidsområdet – heller ikke IT."
            )
            if new
            else self.tr("Skriv passordfrasen som beskytter arbeidsområdet.")
        )
        info = QLabel(text)
        info.setWordWrap(True)
        layout.addWidget(info)
        self.error = QLabel(message)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a00000;")
        self.error.setVisible(bool(message))
        self.error.setAccessibleName(self.tr("Feilmelding"))
        layout.addWidget(self.error)
        form = QFormLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        named(self.passphrase, self.tr("Passordfrase"))
        form.addRow(self.tr("&Passordfrase:"), self.passphrase)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        named(self.repeat, self.tr("Gjenta passordfrasen"))
        if new:
            form.addRow(self.tr("&Gjenta:"), self.repeat)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        named(buttons.button(QDialogButtonBox.StandardButton.Ok), self.tr("OK"))
        named(buttons.button(QDialogButtonBox.StandardButton.Cancel), self.tr("Avbryt"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _check(self) -> None:
        value = self.passphrase.text()
        if self._new and len(value) < 8:
            self._show(self.tr("Passordfrasen må ha minst 8 tegn."))
        elif self._new and value != self.repeat.text():
            self._show(self.tr("De to passordfrasene er ikke like."))
        elif not value:
            self._show(self.tr("Skriv passordfrasen."))
        else:
            self.accept()

    def _show(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(True)

    def value(self) -> str:
        return self.passphrase.text()


class NewKommuneDialog(QDialog):
    """An empty workspace starts with the municipality and its first administrator."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nytt arbeidsområde"))
        self.setAccessibleName(self.tr("Nytt arbeidsområde"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.fields: dict[str, QLineEdit] = {}
        for key, label in (
            ("navn", self.tr("Kommunens navn")),
            ("nummer", self.tr("Kommunenummer (fire siffer)")),
            ("fornavn", self.tr("Administratorens fornavn")),
            ("etternavn", self.tr("Administratorens etternavn")),
            ("fodselsnummer", self.tr("Administratorens fødselsnummer")),
        ):
            edit = QLineEdit()
            named(edit, label)
            form.addRow(label + ":", edit)
            self.fields[key] = edit
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a00000;")
        self.error.setAccessibleName(self.tr("Feilmelding"))
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Opprett"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        named(buttons.button(QDialogButtonBox.StandardButton.Ok), self.tr("Opprett"))
        named(buttons.button(QDialogButtonBox.StandardButton.Cancel), self.tr("Avbryt"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def values(self) -> dict[str, str]:
        return {k: e.text().strip() for k, e in self.fields.items()}

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()


class SignInDialog(QDialog):
    """Choose who you are. Strong sign-in (ID-porten) replaces this list through the server."""

    def __init__(self, people: list[Innlogging], *, training: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Logg inn"))
        self.setAccessibleName(self.tr("Logg inn"))
        self.resize(560, 520)
        layout = QVBoxLayout(self)
        hint = (
            self.tr("Kursløsning: velg hvem du vil være. Alle personer her er oppdiktet.")
            if training
            else self.tr("Velg deg selv i listen.")
        )
        label = QLabel(hint)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.list = QListWidget()
        named(self.list, self.tr("Personer du kan logge inn som"))
        for person in people:
            item = QListWidgetItem(f"{person.navn}\n{person.beskrivelse}")
            item.setData(Qt.ItemDataRole.UserRole, person)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{person.navn}, {person.beskrivelse}")
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.accept())
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Logg inn"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        named(buttons.button(QDialogButtonBox.StandardButton.Ok), self.tr("Logg inn"))
        named(buttons.button(QDialogButtonBox.StandardButton.Cancel), self.tr("Avbryt"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> Innlogging | None:
        item = self.list.currentItem()
        if item is None:
            return None
        person = item.data(Qt.ItemDataRole.UserRole)
        return person if isinstance(person, Innlogging) else None


T = TypeVar("T")


def run_busy(parent: QWidget | None, text: str, work: Callable[[], T]) -> T:
    """Run ``work`` off the GUI thread (opening, creating, filling a workspace) behind a busy note.

    The start-up screens have no main window to refresh yet, so they wait here — in an event
    loop, so the window keeps painting — and get the result or the exception back.
    """
    from desktop.models.operations import Operations

    ops = Operations()
    outcome: dict[str, Any] = {}
    loop = QEventLoop()
    busy = QProgressDialog(text, "", 0, 0, parent)
    busy.setCancelButton(None)  # a half-made workspace is worse than waiting a second
    busy.setWindowModality(Qt.WindowModality.ApplicationModal)
    busy.setMinimumDuration(400)
    busy.setAccessibleName(text)
    ops.run(
        work,
        success=lambda result: (outcome.setdefault("result", result), loop.quit()),
        failure=lambda exc: (outcome.setdefault("error", exc), loop.quit()),
    )
    if not outcome:  # quick work is delivered at once, from this thread (the future was done already)
        loop.exec()
    busy.close()
    busy.deleteLater()
    ops.shutdown()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]  # type: ignore[no-any-return]
