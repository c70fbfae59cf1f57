"""Connect this PC to the municipality's server (or sign in to it again): address, user name, password.

The dialog only collects and checks what is typed and shows the server's municipality; what
connecting means (sign in, create the workspace, first sync) is the ``attempt`` it is given,
which raises an error with a Norwegian ``message`` to be shown here. The dialog then stays open
with everything as typed.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from desktop.models.operations import Operations
from desktop.models.sync import normalise_url, server_info
from sync import protocol

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.views.forms import dialog_buttons, error_label, named

Attempt = Callable[[str, str, str], bool]  # (server, user name, password) -> done; raises with .message


class ConnectDialog(QDialog):
    """Signals: none; ``exec()`` is Accepted once ``attempt`` succeeded."""

    def __init__(
        self,
        attempt: Attempt,
        *,
        server: str = "",
        username: str = "",
        again: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.attempt = attempt
        self.again = again
        title = self.tr("Logg inn på kommunens server") if again else self.tr("Koble til kommunens server")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(520)
        self._ops = Operations(self)
        self._looked_up = ""
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Innloggingen til kommunens server er utløpt. Logg inn på nytt for å synkronisere. "
                "Det du har gjort i mellomtiden, er lagret på PC-en."
            )
            if again
            else self.tr(
                "Koble denne PC-en til kommunens Stafettlogg-server. Du får adressen av kommunens IT-ansvarlige. "
                "Loggene du har tilgang til, hentes til PC-en og lagres kryptert, så du kan arbeide uten nett."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.server = named(QLineEdit(server), self.tr("Serveradresse"))
        self.server.setPlaceholderText("https://stafettlogg.kommune.no")
        self.server.setReadOnly(again)
        self.server.editingFinished.connect(self.look_up)
        # Also once typing pauses: the municipality shows without leaving the field.
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(700)
        self._pause.timeout.connect(self.look_up)
        self.server.textEdited.connect(lambda _text: self._pause.start())
        server_label = QLabel(self.tr("&Serveradresse:"))
        server_label.setBuddy(self.server)
        form.addRow(server_label, self.server)
        self.kommune = QLabel()
        self.kommune.setAccessibleName(self.tr("Kommune"))
        self.kommune.setWordWrap(True)
        self.kommune.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Kommune:"), self.kommune)
        self.username = named(QLineEdit(username), self.tr("Brukernavn"))
        user_label = QLabel(self.tr("&Brukernavn:"))
        user_label.setBuddy(self.username)
        form.addRow(user_label, self.username)
        self.password = named(QLineEdit(), self.tr("Passord"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        password_label = QLabel(self.tr("&Passord:"))
        password_label.setBuddy(self.password)
        form.addRow(password_label, self.password)
        layout.addLayout(form)
        self.error = error_label(self)
        layout.addWidget(self.error)
        self.buttons = dialog_buttons(self.tr("&Logg inn") if again else self.tr("&Koble til"))
        self.buttons.accepted.connect(self.connect_pc)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if server:
            self.look_up()
        (self.password if again and username else self.username if server else self.server).setFocus()

    # ------------------------------------------------------------------ the server's municipality

    def look_up(self) -> None:
        """Ask the server which municipality it serves (in the background; the dialog stays usable)."""
        self._pause.stop()
        url = normalise_url(self.server.text())
        if not url or url == self._looked_up:
            return
        self._looked_up = url
        self.kommune.setText(self.tr("Ser etter serveren …"))
        self._ops.run(
            lambda: server_info(url),
            success=lambda info: self._found(url, info),
            failure=lambda exc: self._not_found(url, exc),
            network=True,
        )

    def _found(self, url: str, info: protocol.ServerInfo) -> None:
        if url == self._looked_up:
            self.kommune.setText(f"<b>{html.escape(info.kommune)}</b>" if info.kommune else self.tr("(uten navn)"))
            self.kommune.setToolTip("")

    def _not_found(self, url: str, exc: BaseException) -> None:
        if url != self._looked_up:
            return
        message = getattr(exc, "message", None)
        if message is None:
            raise exc
        if getattr(exc, "offline", False):
            self.kommune.setText(self.tr("Fant ingen server på denne adressen."))
        else:
            self.kommune.setText(self.tr("Fant ikke serveren: {0}").format(message))
        self.kommune.setToolTip(str(message))
        self.adjustSize()  # a longer message takes more lines

    # ------------------------------------------------------------------ connecting

    def values(self) -> tuple[str, str, str]:
        return normalise_url(self.server.text()), self.username.text().strip(), self.password.text()

    def connect_pc(self) -> None:
        url, username, password = self.values()
        if not url:
            self.show_error(self.tr("Skriv adressen til kommunens server."), self.server)
            return
        if not username:
            self.show_error(self.tr("Skriv brukernavnet ditt."), self.username)
            return
        if not password:
            self.show_error(self.tr("Skriv passordet ditt."), self.password)
            return
        self.error.hide()
        self.buttons.setEnabled(False)
        try:
            done = self.attempt(url, username, password)
        except Exception as exc:
            message = getattr(exc, "message", None)
            if message is None:
                raise
            self.show_error(str(message), self.password)
            return
        finally:
            self.buttons.setEnabled(True)
        if done:
            self.accept()

    def show_error(self, message: str, field: QLineEdit | None = None) -> None:
        """The message gets the focus (a screen reader says it); the field's text is selected to retype."""
        if field is not None:
            field.selectAll()
        self.error.setText(message)
        self.error.show()
        self.error.setFocus()
