"""The staff main window: «Mine logger», one tab per open log, and the idle lock."""

from __future__ import annotations

import importlib
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from desktop.core import queries
from desktop.core.context import Changes, Context
from desktop.core.queries import LoggRad, logg_rows
from desktop.core.usecases import logs
from desktop.models.backend import Backend, TransactionFactory, is_known
from desktop.models.logglist import LoggListModel

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.views.forms import ERROR_STYLE, LogPage, named
from desktop.views.syncstatus import SyncStatus
from desktop.views.widgets import RoleTab, while_alive

# The log view, the role tabs and the Fil menu's package and backup entries are imported when
# first needed: the window opens on «Mine logger», and importing them first made every start
# ~50 ms slower (docs/benchmarks.md, «Oppstart»).
if TYPE_CHECKING:
    from desktop.models.sync import SyncService

    from PySide6.QtWidgets import QMenu

    from desktop.views.logview import LogView, PageFactory
    from desktop.views.motemodus import Meeting

DEFAULT_IDLE_MINUTES = 10
RESIZE_PRECISION = 100  # rows the list's column widths are measured on


class Locker(Protocol):
    """Drops the workspace (and its key) when locked, and opens it again."""

    needs_passphrase: bool

    def lock(self) -> None: ...

    def unlock(self, passphrase: str | None) -> TransactionFactory: ...


# The log view's sections beyond the overview, concerns and lysglimt: (module, class, the class's
# ``title``). Each module is imported when its page is first shown: together they cost a first
# opening ~100 ms (the access log's page brings in the sync client). tests/views/test_logview.py
# checks these titles against the classes'.
EXTRA_PAGES = (
    ("desktop.views.notater", "NotaterPage", "Notater"),
    ("desktop.views.moter", "MoterPage", "Møter"),
    ("desktop.views.tilgang", "TilgangPage", "Aktører og tilgang"),
    ("desktop.views.historikk", "HistorikkPage", "Historikk"),
    ("desktop.views.innsyn", "TilgangsloggPage", "Tilgangslogg"),
)


def extra_pages(backend: Backend) -> list[PageFactory]:
    """Factories for the ``EXTRA_PAGES``: the log view builds each page when it is first shown."""
    from desktop.views.logview import PageFactory

    def make(module: str, name: str) -> Callable[[], LogPage]:
        def build() -> LogPage:
            page = getattr(importlib.import_module(module), name)(backend)
            assert isinstance(page, LogPage)
            return page

        return build

    return [PageFactory(name, title, make(module, name)) for module, name, title in EXTRA_PAGES]


class IdleWatcher(QObject):
    """Any keyboard, mouse or touch input restarts the countdown to the lock.

    Signals:
        idle: the time ran out.
    """

    idle = Signal()
    _INPUT = frozenset(
        {
            QEvent.Type.KeyPress,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseMove,
            QEvent.Type.Wheel,
            QEvent.Type.TouchBegin,
        }
    )

    def __init__(self, minutes: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(int(minutes * 60_000))
        self.timer.timeout.connect(self.idle)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self._INPUT and self.timer.isActive():
            self.timer.start()
        return False


class LogListPage(QWidget):
    """«Mine logger»: filter as you type, sort, open.

    Signals:
        open_requested: (uuid) a log to open.
        create_requested: «Opprett ny logg».
    """

    open_requested = Signal(object)
    create_requested = Signal()

    def __init__(self, *, may_create: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        title = self.tr("Mine logger")
        head.addWidget(QLabel(f"<h2>{title}</h2>"))
        head.addStretch()
        self.create = named(QPushButton(self.tr("&Opprett ny logg …")), self.tr("Opprett ny logg"))
        self.create.setVisible(may_create)
        self.create.clicked.connect(self.create_requested)
        head.addWidget(self.create)
        layout.addLayout(head)
        self.filter = named(
            QLineEdit(), self.tr("Filtrer loggene"), self.tr("Skriv for å filtrere på barn, stafettholder, enhet")
        )
        self.filter.setPlaceholderText(self.tr("Filtrer på barn, stafettholder, enhet eller status … (Ctrl+F)"))
        self.filter.setClearButtonEnabled(True)
        layout.addWidget(self.filter)
        # The model filters and sorts itself (no proxy): fast enough to type in over 20,000 logs.
        self.model = LoggListModel(self)
        self.filter.textChanged.connect(self._filter)
        self.table = named(QTableView(), self.tr("Mine logger"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # Widths fitted to the rows when they arrive (see set_rows), not again at every keystroke:
        # fitting asks the model for a thousand rows' texts.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(RESIZE_PRECISION)
        header.setStretchLastSection(True)
        self.table.activated.connect(lambda _i: self._open())
        # An empty list says why, and where to go: a new user (or a leader) would think logs are lost.
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAccessibleName(self.tr("Ingen logger"))
        self.empty.hide()
        self._may_create = may_create
        self._leder = False
        layout.addWidget(self.empty)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.open = named(QPushButton(self.tr("&Åpne loggen")), self.tr("Åpne loggen"))
        self.open.clicked.connect(self._open)
        self.count = QLabel()
        row.addWidget(self.open)
        row.addStretch()
        row.addWidget(self.count)
        layout.addLayout(row)
        self.filter.returnPressed.connect(self._open_first)

    def set_rows(self, rows: list[LoggRad]) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        n = len(rows)
        self.count.setText(self.tr("1 logg") if n == 1 else self.tr("{0} logger").format(n))
        self._show_empty(n == 0)
        self.open.setEnabled(n > 0)
        if n and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    def set_leder(self, leder: bool) -> None:
        """A unit leader finds the unit's logs in «Brukere», not here."""
        self._leder = leder
        self._show_empty(self.empty.isVisibleTo(self))

    def _show_empty(self, empty: bool) -> None:
        parts = [
            self.tr(
                "Du har ingen logger her ennå. Her står loggene du er stafettholder eller aktør i, "
                "og loggene du har fått lesetilgang til."
            )
        ]
        if self._may_create:
            parts.append(self.tr("Lag en ny logg med «Opprett ny logg» (Ctrl+N)."))
        if self._leder:
            parts.append(self.tr("Som leder finner du enhetens logger under fanen «Brukere»."))
        self.empty.setText(" ".join(parts))
        self.empty.setVisible(empty)

    def _filter(self, text: str) -> None:
        current = self.table.currentIndex()
        logg_id = self.model.row_id(current.row()) if current.isValid() else None
        self.model.set_filter(text)
        row = self.model.row_of(logg_id) if logg_id is not None else -1
        if row >= 0:  # the chosen log stays chosen while it matches
            self.table.selectRow(row)

    def _open(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.open_requested.emit(self.model.row_id(index.row()))

    def _open_first(self) -> None:
        if self.model.rowCount() > 0:
            self.table.selectRow(0)
            self._open()


class LockScreen(QWidget):
    unlock_requested = Signal(object)  # the passphrase, or None

    def __init__(self, *, who: str, needs_passphrase: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch()
        text = QLabel(
            self.tr(
                "<h1>Stafettlogg er låst</h1>"
                "<p>Barnas opplysninger er skjult, og nøkkelen til databasen er fjernet fra minnet.</p>"
                "<p>Logget inn: {0}</p>"
            ).format(who)
        )
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setWordWrap(True)
        layout.addWidget(text)
        self.passphrase = named(QLineEdit(), self.tr("Passordfrase for å låse opp"))
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Passordfrase"))
        self.passphrase.setVisible(needs_passphrase)
        self.passphrase.setMaximumWidth(360)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setAccessibleName(self.tr("Feilmelding"))
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.error.hide()
        self.button = named(QPushButton(self.tr("&Lås opp")), self.tr("Lås opp"))
        self.button.setMaximumWidth(360)
        self.button.clicked.connect(self._unlock)
        self.passphrase.returnPressed.connect(self._unlock)
        for w in (self.passphrase, self.error, self.button):
            layout.addWidget(w, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch()
        self._needs = needs_passphrase

    def _unlock(self) -> None:
        self.error.hide()
        self.unlock_requested.emit(self.passphrase.text() if self._needs else None)

    def reset(self) -> None:
        self.passphrase.clear()
        self.error.hide()
        (self.passphrase if self._needs else self.button).setFocus()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()


class MainWindow(QMainWindow):
    """Signals:
    locked / unlocked: the idle lock engaged or was lifted.
    roles_shown: the tabs and menu entries of the person's roles are in place (after «Mine logger»).
    """

    locked = Signal()
    unlocked = Signal()
    roles_shown = Signal()

    def __init__(
        self,
        *,
        backend: Backend,
        locker: Locker,
        who_text: str,
        may_create: bool,
        idle_minutes: float = DEFAULT_IDLE_MINUTES,
        sync: SyncService | None = None,
        training: bool = False,
    ) -> None:
        super().__init__()
        self.backend = backend
        self.locker = locker
        self.setWindowTitle(self.tr("Stafettlogg – {0}").format(who_text))
        self.setAccessibleName("Stafettlogg")
        self.resize(1366, 768)
        self._reopen: list[uuid.UUID] = []
        self.meeting: Meeting | None = None

        self.list_page = LogListPage(may_create=may_create)
        self.list_page.open_requested.connect(self.open_log)
        self.list_page.create_requested.connect(self.create_log)
        self.tabs = named(QTabWidget(), self.tr("Åpne logger"))
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.tabCloseRequested.connect(self._close_tab)
        self.tabs.addTab(self.list_page, self.tr("Mine logger"))
        self.tabs.tabBar().setTabButton(0, self.tabs.tabBar().ButtonPosition.RightSide, None)
        self.lock_screen = LockScreen(who=who_text, needs_passphrase=locker.needs_passphrase)
        self.lock_screen.unlock_requested.connect(self.unlock)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(self.lock_screen)
        self.setCentralWidget(self.stack)
        self._menus(may_create)

        self.idle = IdleWatcher(idle_minutes, self)
        self.idle.idle.connect(self.lock)
        backend.changed.connect(self._on_changed)
        backend.error.connect(lambda message: QMessageBox.warning(self, "Stafettlogg", message))
        self.sync_status = SyncStatus(sync, backend, training=training)
        self.statusBar().addPermanentWidget(self.sync_status)
        if sync is not None:
            self.locked.connect(sync.pause)
            self.unlocked.connect(sync.resume)
        self.statusBar().showMessage(self.tr("Laster loggene …"))
        self.role_tabs: list[RoleTab] = []
        # «Mine logger» is asked for first (the database worker answers in turn): the window opens
        # on it. The role tabs and menu entries follow when the person's roles arrive.
        self.refresh()
        self.backend.call(queries.roller, success=while_alive(self, self._roles))

    def _roles(self, roller: queries.Roller) -> None:
        """The parts of the window that depend on who the person is."""
        for action in (self.import_action, self.receipt_action):
            action.setVisible(roller.ansatt)  # family and the child neither import nor answer transfers
        self.keys_action.setVisible(roller.kommuneadmin)
        self.backup_action.setVisible(roller.ansatt)  # it copies every log on the PC
        self.check_action.setVisible(roller.ansatt)
        self.list_page.set_leder(roller.leder)
        self._add_role_tabs(roller)
        self.roles_shown.emit()

    def _add_role_tabs(self, roller: queries.Roller) -> None:
        """The leader's, the administrator's and a receiver's tabs, right after «Mine logger»."""
        from desktop.views.roletabs import role_tabs

        bar = self.tabs.tabBar()
        for tab in role_tabs(self.backend, roller):
            index = self.tabs.insertTab(1 + len(self.role_tabs), tab, tab.title)
            bar.setTabButton(index, bar.ButtonPosition.RightSide, None)
            self.role_tabs.append(tab)

    def _menus(self, may_create: bool) -> None:
        fil = self.menuBar().addMenu(self.tr("&Fil"))
        new = QAction(self.tr("&Opprett ny logg …"), self, shortcut=QKeySequence("Ctrl+N"), enabled=may_create)
        new.triggered.connect(self.create_log)
        consent_form = QAction(self.tr("Skriv ut &samtykkeskjema …"), self)
        consent_form.triggered.connect(self.print_consent_form)
        lock = QAction(self.tr("&Lås nå"), self, shortcut=QKeySequence("Ctrl+L"))
        lock.triggered.connect(self.lock)
        close_tab = QAction(self.tr("Lu&kk loggen"), self, shortcut=QKeySequence("Ctrl+W"))
        close_tab.triggered.connect(lambda: self._close_tab(self.tabs.currentIndex()))
        quit_ = QAction(self.tr("&Avslutt"), self, shortcut=QKeySequence("Ctrl+Q"))
        quit_.triggered.connect(self.close)
        for a in (new, consent_form, lock, close_tab, quit_):
            fil.addAction(a)
        self._file_actions(fil, before=lock)
        vis = self.menuBar().addMenu(self.tr("&Vis"))
        mine = QAction(self.tr("&Mine logger"), self, shortcut=QKeySequence("Ctrl+1"))
        mine.triggered.connect(lambda: self.tabs.setCurrentIndex(0))
        find = QAction(self.tr("&Filtrer loggene"), self, shortcut=QKeySequence("Ctrl+F"))
        find.triggered.connect(self._focus_filter)
        refresh = QAction(self.tr("&Oppdater"), self, shortcut=QKeySequence("F5"))
        refresh.triggered.connect(self.refresh)
        for a in (mine, find, refresh):
            vis.addAction(a)

    def _file_actions(self, fil: QMenu, *, before: QAction) -> None:
        """Import, receipt, keys (views/pakke.py) and backup (views/backup.py), hidden until the roles allow.

        Their dialogs are imported when chosen: the two modules cost a start ~40 ms.
        """
        self.import_action = QAction(QCoreApplication.translate("pakke", "&Importer stafettlogg …"), self)
        self.receipt_action = QAction(QCoreApplication.translate("pakke", "Les inn k&vittering …"), self)
        self.keys_action = QAction(QCoreApplication.translate("pakke", "Kommunens &nøkler …"), self)
        self.import_action.triggered.connect(self.import_package)
        self.receipt_action.triggered.connect(self.read_receipt)
        self.keys_action.triggered.connect(self.show_keys)
        actions = [self.import_action, self.receipt_action, self.keys_action]
        fil.insertActions(before, actions)
        fil.insertSeparator(before)
        self.backup_action = QAction(self.tr("Ta sikker&hetskopi …"), self)
        self.backup_action.triggered.connect(self.take_backup)
        # For IT support: the whole file is read and checked, nothing is repaired.
        self.check_action = QAction(self.tr("Kontroller &databasen …"), self)
        self.check_action.triggered.connect(self.check_database)
        fil.insertActions(before, [self.backup_action, self.check_action])
        fil.insertSeparator(before)
        for action in (*actions, self.backup_action, self.check_action):
            action.setVisible(False)

    def import_package(self) -> None:
        from desktop.views.pakke import import_package

        import_package(self)

    def read_receipt(self) -> None:
        from desktop.views.pakke import read_receipt

        read_receipt(self)

    def show_keys(self) -> None:
        from desktop.views.pakke import show_keys

        show_keys(self)

    def take_backup(self) -> None:
        from desktop.views.backup import BackupDialog

        BackupDialog(self.backend, lambda: getattr(self.locker, "workspace", None), self).exec()

    def check_database(self) -> None:
        """Every page's HMAC and the database's structure, on the database worker; the answer in a box."""
        workspace = getattr(self.locker, "workspace", None)
        if workspace is None:  # locked
            return
        self.check_action.setEnabled(False)
        self.statusBar().showMessage(self.tr("Kontrollerer databasen …"))

        def answer(error: BaseException | None) -> None:
            self.check_action.setEnabled(True)
            self.statusBar().clearMessage()
            title = self.tr("Kontroller databasen")
            if error is None:
                QMessageBox.information(
                    self, title, self.tr("Databasen er kontrollert side for side. Ingen skade er funnet.")
                )
            elif is_known(error):
                QMessageBox.critical(self, title, str(getattr(error, "message", error)))
            else:
                self.backend.bug.emit(error)

        self.backend.ops.run(
            workspace.check_integrity,
            success=while_alive(self, lambda _none: answer(None)),
            failure=while_alive(self, answer),
        )

    def print_consent_form(self) -> QWidget:
        """A blank consent form (Fil-menyen); a log's own is filled in from «Aktører og tilgang»."""
        from desktop.views.eksport import print_consent_form

        return print_consent_form(self.backend, None, self)

    def _focus_filter(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.list_page.filter.setFocus()
        self.list_page.filter.selectAll()

    # ------------------------------------------------------------------ logs

    def refresh(self) -> None:
        for tab in self.role_tabs:
            tab.refresh()
        me = self.backend.who.id

        def work(ctx: Context) -> list[LoggRad]:
            return logg_rows(ctx.session, logs.logs_for(ctx), me)

        self.backend.call(work, success=self._rows)

    def _rows(self, rows: list[LoggRad]) -> None:
        self.list_page.set_rows(rows)
        self.statusBar().showMessage(self.tr("Klar"))

    def _on_changed(self, changes: Changes) -> None:
        if changes.logs:
            self.refresh()

    def log_views(self) -> list[LogView]:
        from desktop.views.logview import LogView

        return [w for i in range(self.tabs.count()) if isinstance(w := self.tabs.widget(i), LogView)]

    def open_log(self, logg_id: uuid.UUID) -> LogView:
        for view in self.log_views():
            if view.logg_id == logg_id:
                self.tabs.setCurrentWidget(view)
                return view
        from desktop.views.logview import LogView

        view = LogView(self.backend, logg_id, extra_pages=extra_pages(self.backend))
        index = self.tabs.addTab(view, self.tr("Laster …"))
        view.loaded.connect(lambda snap, v=view: self._title(v, snap.barn))
        view.meeting_requested.connect(self.start_meeting)
        self.tabs.setCurrentIndex(index)
        return view

    # ------------------------------------------------------------------ møtemodus

    def start_meeting(self, logg_id: uuid.UUID) -> None:
        from desktop.views.motemodus import start_meeting

        if self.meeting is not None:
            self.meeting.end()
        start_meeting(self.backend, logg_id, parent=self, on_started=self._meeting_started, on_end=self._meeting_ended)

    def _meeting_started(self, meeting: Meeting) -> None:
        self.meeting = meeting

    def _meeting_ended(self, logg_id: uuid.UUID) -> None:
        """Back to the same log, where the meeting's work is now saved."""
        self.meeting = None
        if not self.is_locked:
            self.open_log(logg_id)
            self.activateWindow()

    def _title(self, view: LogView, name: str) -> None:
        index = self.tabs.indexOf(view)
        if index >= 0:
            self.tabs.setTabText(index, name)
            self.tabs.setTabToolTip(index, self.tr("Loggen for {0}").format(name))

    def _close_tab(self, index: int) -> None:
        if index > len(self.role_tabs):
            widget = self.tabs.widget(index)
            self.tabs.removeTab(index)
            widget.deleteLater()

    def create_log(self) -> None:
        from desktop.views.wizard import NewLogWizard

        wizard = NewLogWizard(self.backend, self)
        wizard.created.connect(self.open_log)
        wizard.exec()

    # ------------------------------------------------------------------ idle lock

    @property
    def is_locked(self) -> bool:
        return self.stack.currentWidget() is self.lock_screen

    def lock(self) -> None:
        """Hide every child's data and drop the database key from memory."""
        if self.is_locked:
            return
        self._reopen = [v.logg_id for v in self.log_views()]
        while self.tabs.count() > 1 + len(self.role_tabs):
            self._close_tab(self.tabs.count() - 1)
        for tab in self.role_tabs:
            tab.clear()
        self.list_page.set_rows([])
        self.list_page.filter.clear()
        self.stack.setCurrentWidget(self.lock_screen)
        self.lock_screen.reset()
        if self.meeting is not None:
            self.meeting.end()  # the big screen goes blank too
        for dialog in self.findChildren(QWidget):
            if dialog.isWindow() and dialog is not self and dialog.isVisible():
                dialog.close()
        self.backend.set_transaction(None)
        # On the database worker: after any write in progress has committed.
        self.backend.ops.run(self.locker.lock, success=lambda _r: self.locked.emit())

    def unlock(self, passphrase: str | None) -> None:
        def done(transaction: TransactionFactory) -> None:
            self.backend.set_transaction(transaction)
            self.stack.setCurrentWidget(self.tabs)
            self.idle.timer.start()
            self.refresh()
            for logg_id in self._reopen:
                self.open_log(logg_id)
            self.tabs.setCurrentIndex(0)
            self.unlocked.emit()

        def failed(exc: BaseException) -> None:
            message = getattr(exc, "message", None)
            if message is None:
                self.backend.bug.emit(exc)
                return
            self.lock_screen.show_error(str(message))

        self.backend.ops.run(lambda: self.locker.unlock(passphrase), success=done, failure=failed)
