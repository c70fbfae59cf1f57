"""The sync's place in the main window's status bar: where the PC stands with the server.

«Synkronisert 14:32 · ingen endringer venter», «Frakoblet – 3 endringer venter (lagret på
PC-en)», «Synkroniserer …»; a button for conflicts and refused changes (they open the conflict
dialog), «Logg inn …» when the server wants a new sign-in, and «Synkroniser nå».
A workspace that does not sync (the training municipality) says so instead.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from desktop.models.backend import Backend

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.views.forms import ERROR_STYLE, named
from desktop.views.startup import run_busy

# The sync itself is imported where a service is shown: a local workspace's status bar needs
# none of it, and it cost every start of the app (docs/benchmarks.md, «Oppstart»).
if TYPE_CHECKING:
    from desktop.models.sync import SyncService, SyncState

    from desktop.views.connect import ConnectDialog


def _clock(when: dt.datetime, now: dt.datetime | None = None) -> str:
    """14:32 today, else 25.11. 14:32 (local time)."""
    local = when.astimezone()
    today = (now or dt.datetime.now(dt.UTC)).astimezone().date()
    return local.strftime("%H:%M") if local.date() == today else local.strftime("%d.%m. %H:%M")


class SyncStatus(QWidget):
    """Signals:
    sign_in_requested: the person asked to sign in to the server again (handled here by default).
    """

    sign_in_requested = Signal()

    def __init__(
        self,
        service: SyncService | None,
        backend: Backend,
        *,
        training: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.backend = backend
        self.setAccessibleName(self.tr("Synkronisering"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.text = QLabel()
        self.text.setAccessibleName(self.tr("Synkroniseringsstatus"))
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.text)
        self.problems = named(
            QPushButton(),
            self.tr("Konflikter og avviste endringer"),
            self.tr("Åpner endringene som må avklares"),
        )
        self.problems.setFlat(True)
        self.problems.setStyleSheet(ERROR_STYLE + " text-decoration: underline;")
        self.problems.setCursor(Qt.CursorShape.PointingHandCursor)
        self.problems.clicked.connect(self.show_conflicts)
        self.problems.hide()
        layout.addWidget(self.problems)
        self.sign_in = named(QPushButton(self.tr("Logg &inn …")), self.tr("Logg inn på kommunens server"))
        self.sign_in.clicked.connect(self.sign_in_again)
        self.sign_in.hide()
        layout.addWidget(self.sign_in)
        self.now = named(
            QPushButton(self.tr("S&ynkroniser nå")),
            self.tr("Synkroniser nå"),
            self.tr("Sender endringene dine og henter nytt fra kommunens server"),
        )
        layout.addWidget(self.now)
        if service is None:
            self.now.hide()
            self.text.setText(
                self.tr("Lokal kursløsning – synkroniseres ikke")
                if training
                else self.tr("Lokalt arbeidsområde – synkroniseres ikke")
            )
            self.text.setToolTip(self.tr("Alt lagres bare på denne PC-en."))
            return
        self.now.clicked.connect(service.sync_now)
        service.stateChanged.connect(self.show_state)
        self.show_state(service.state)

    # ------------------------------------------------------------------ showing the state

    def show_state(self, state: SyncState) -> None:
        from desktop.models.sync import Mode

        self.text.setText(self.describe(state))
        self.text.setStyleSheet(ERROR_STYLE if state.mode is Mode.ERROR and not state.syncing else "")
        tip = self.details(state)
        self.text.setToolTip(tip)
        self.text.setAccessibleDescription(tip)
        self.now.setEnabled(not state.syncing and not state.paused and state.mode is not Mode.SIGNED_OUT)
        self.sign_in.setVisible(state.mode is Mode.SIGNED_OUT and not state.syncing)
        self.sign_in.setEnabled(not state.paused)
        self.problems.setVisible(state.unsettled > 0)
        self.problems.setEnabled(not state.paused)  # the lock screen shows no changes
        if state.unsettled:
            self.problems.setText(self.unsettled_text(state))

    def waiting_text(self, n: int) -> str:
        if n == 0:
            return self.tr("ingen endringer venter")
        return self.tr("1 endring venter") if n == 1 else self.tr("{0} endringer venter").format(n)

    def describe(self, state: SyncState) -> str:
        from desktop.models.sync import Mode

        if state.syncing:
            return self.tr("Synkroniserer …")
        waiting = self.waiting_text(state.waiting)
        kept = self.tr("(lagret på PC-en)") if state.waiting else ""
        if state.mode is Mode.ONLINE:
            when = _clock(state.last_sync) if state.last_sync else "–"
            return self.tr("Synkronisert {0} · {1}").format(when, waiting)
        if state.mode is Mode.OFFLINE:
            return self.tr("Frakoblet – {0} {1}").format(waiting, kept).strip()
        if state.mode is Mode.SIGNED_OUT:
            return self.tr("Ikke logget inn på kommunens server – {0} {1}").format(waiting, kept).strip()
        if state.mode is Mode.ERROR:
            return self.tr("Ikke synkronisert: {0} – {1}").format(state.error, waiting)
        if state.last_sync:
            return self.tr("Sist synkronisert {0} · {1}").format(_clock(state.last_sync), waiting)
        return self.tr("Ikke synkronisert ennå · {0}").format(waiting)

    def details(self, state: SyncState) -> str:
        lines = [self.tr("Kommunens server: {0}").format(state.server)]
        if state.last_sync:
            lines.append(self.tr("Sist synkronisert: {0}").format(_clock(state.last_sync)))
        if state.error and not state.syncing:
            lines.append(state.error)
        if state.retry_at and not state.syncing:
            lines.append(self.tr("Prøver igjen kl. {0}.").format(state.retry_at.astimezone().strftime("%H:%M:%S")))
        return "\n".join(lines)

    def unsettled_text(self, state: SyncState) -> str:
        c, r = state.conflicts, state.rejected
        if c and r:
            return self.tr("{0} konflikter og avviste endringer må avklares").format(c + r)
        if c:
            return self.tr("1 konflikt må avklares") if c == 1 else self.tr("{0} konflikter må avklares").format(c)
        return (
            self.tr("1 endring ble avvist – må avklares")
            if r == 1
            else self.tr("{0} endringer ble avvist – må avklares").format(r)
        )

    # ------------------------------------------------------------------ actions

    def show_conflicts(self) -> None:
        """The conflict dialog, where each conflict or refusal is settled (with the server's reason)."""
        from desktop.views.konflikter import KonfliktDialog

        dialog = KonfliktDialog(self.backend, self.window())
        dialog.exec()
        dialog.deleteLater()
        if self.service is not None:
            self.service.refresh_counts()

    def sign_in_again(self) -> None:
        """The server wants a new sign-in: the same person, the same server."""
        service = self.service
        if service is None:
            return
        self.sign_in_requested.emit()
        dialog = self.sign_in_dialog(service)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            service.signed_in_again()
        dialog.deleteLater()

    def sign_in_dialog(self, service: SyncService) -> ConnectDialog:
        from desktop.models.sync import sign_in_again

        from desktop.views.connect import ConnectDialog

        def attempt(_url: str, username: str, password: str) -> bool:
            run_busy(
                self.window(),
                self.tr("Logger inn …"),
                lambda: sign_in_again(service.client, service.backend.who.id, username, password),
            )
            return True

        return ConnectDialog(
            attempt, server=service.client.base_url, username=service.username, again=True, parent=self.window()
        )
