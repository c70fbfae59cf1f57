"""Composition root: builds the QApplication, opens the workspace, wires everything."""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import logging
import os
import sys
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from desktop import __version__
from desktop.core.context import PersonRef
from desktop.core.entities import Ansatt, Kommune, PersonKind, Setting
from desktop.core.errors import DomainError
from desktop.core.queries import Innlogging, sign_in_choices
from desktop.core.training_kommune import TRAINING_KOMMUNE_NUMMER
from desktop.models.backend import Backend, TransactionFactory
from desktop.models.collector import GuiThreadCollector
from desktop.models.operations import Operations
from desktop.store import keys
from desktop.store.errors import (
    DatabaseCorrupt,
    DatabaseMissing,
    KeyFileCorrupt,
    KeyMissing,
    KeyringUnavailable,
    StoreError,
    WrongKeyOrCorrupt,
    WrongPassphrase,
)
from desktop.store.workspace import HOME_ENV, Workspace, default_data_dir

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from desktop.views import crash
from desktop.views.mainwindow import DEFAULT_IDLE_MINUTES, MainWindow
from desktop.views.startup import NewKommuneDialog, PassphraseDialog, SignInDialog, WelcomeDialog, run_busy

# The sync (desktop.models.sync, sync.client, the connect dialog) is imported where a workspace
# connects to a server or is connected: a local workspace (the training municipality) never
# needs it, and importing it cost every start ~25 ms (docs/benchmarks.md, «Oppstart»).
if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.models.sync import Connection, SyncService
    from sync.client import SyncClient

log = logging.getLogger(__name__)

# desktop.models.sync.SERVER, read here without importing the sync (tests/views/test_app_start.py).
SERVER_SETTING = "sync.server"

KURS_DIR_NAME = "kurs"

# --------------------------------------------------------------------------- languages
# The source strings are bokmål; nynorsk and English come from resources/i18n/stafettlogg_<lang>.qm,
# built from the .ts sources by scripts/i18n.sh (and by build.spec for the bundle).

LANGUAGES = ("nb", "nn", "en")
QM_NAME = "stafettlogg_{0}"
# Qt's own translations (standard buttons, file dialogs), by the names Qt ships them under.
QT_QM_NAMES = {"nb": ("qtbase_nb", "qtbase_no"), "nn": ("qtbase_nn",), "en": ("qtbase_en",)}
LOCALE_NAMES = {"nb": "nb_NO", "nn": "nn_NO", "en": "en_GB"}


def system_language(locale: QLocale | None = None) -> str:
    """The language to show by default: nynorsk or English if the system uses it, else bokmål."""
    code = (locale or QLocale.system()).name().split("_")[0].lower()
    if code == "nn":
        return "nn"
    if code == "en":
        return "en"
    return "nb"  # nb, no, and every language we have no translation for


def requested_language(argv: Sequence[str] | None) -> str | None:
    """``--sprak`` from the command line, read before the full parse (whose help it translates)."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--sprak")
    known, _rest = parser.parse_known_args(argv)
    return known.sprak if known.sprak in LANGUAGES else None


def translations_dir() -> Path:
    """resources/i18n in the source tree, or in the PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    root = Path(bundle) if bundle else Path(__file__).resolve().parent.parent
    return root / "resources" / "i18n"


def load_translators(language: str, folder: Path | None = None) -> list[QTranslator]:
    """The app's and Qt's translators for ``language``, whichever are there (none for bokmål's own texts).

    A missing .qm is not an error: the texts stay in bokmål, the source language.
    """
    translators = []
    if language != "nb":
        ours = QTranslator()
        where = folder or translations_dir()
        if ours.load(QM_NAME.format(language), str(where)):
            translators.append(ours)
        else:
            log.warning(
                "no %s translation in %s (run scripts/i18n.sh build); the texts stay in bokmål", language, where
            )
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in QT_QM_NAMES.get(language, ()):
        qt = QTranslator()
        if qt.load(name, qt_dir):
            translators.append(qt)
            break
    return translators


def install_translators(app: QCoreApplication, translators: Sequence[QTranslator]) -> None:
    """Before any window is made; the app owns them from here."""
    for translator in translators:
        translator.setParent(app)
        app.installTranslator(translator)


def cli_translation(translators: Sequence[QTranslator]) -> Callable[[str], str]:
    """Translates the command line's help before the QApplication exists (translators cannot be installed yet)."""

    def translated(text: str) -> str:
        for translator in translators:
            found = translator.translate("app", text)
            if found:
                return found
        return text

    return translated


def parse_args(argv: Sequence[str] | None, cli_text: Callable[[str], str] = str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="stafettlogg",
        description=cli_text(QT_TRANSLATE_NOOP("app", "Stafettlogg – samtykkebasert plan rundt et barn")),
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        help=cli_text(QT_TRANSLATE_NOOP("app", "mappen arbeidsområdet ligger i (også ${0})")).format(HOME_ENV),
    )
    parser.add_argument(
        "--kurs",
        action="store_true",
        help=cli_text(QT_TRANSLATE_NOOP("app", "åpne kursløsningen (oppdiktet øvingskommune); lages ved første start")),
    )
    parser.add_argument(
        "--laas-etter",
        type=float,
        metavar=cli_text(QT_TRANSLATE_NOOP("app", "MINUTTER")),
        help=cli_text(QT_TRANSLATE_NOOP("app", "lås etter så mange minutter uten bruk ({0})")).format(
            DEFAULT_IDLE_MINUTES
        ),
    )
    parser.add_argument(
        "--sprak",
        choices=LANGUAGES,
        help=cli_text(
            QT_TRANSLATE_NOOP(
                "app", "språket i programmet: nb (bokmål), nn (nynorsk) eller en (engelsk); standard: systemets språk"
            )
        ),
    )
    parser.add_argument(
        "--server",
        metavar="URL",
        help=cli_text(
            QT_TRANSLATE_NOOP("app", "adressen til kommunens server (kobler en ny PC til den, eller endrer adressen)")
        ),
    )
    parser.add_argument(
        "--gjenopprett",
        type=Path,
        metavar=cli_text(QT_TRANSLATE_NOOP("app", "FIL")),
        help=cli_text(
            QT_TRANSLATE_NOOP(
                "app", "gjenopprett arbeidsområdet fra en sikkerhetskopi (et arbeidsområde som finnes, legges til side)"
            )
        ),
    )
    parser.add_argument("--version", action="version", version=f"Stafettlogg {__version__}")
    # For a build's CI (desktop/smoke.py): a throwaway workspace, the main window, a PDF, then exit.
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


# Libraries whose verbose loggers would write a child's data: SQLAlchemy's engine logs every
# statement's parameters (names, fødselsnummer, texts) at INFO. SQLAlchemy sets itself to WARNING
# on import; this keeps it there whatever the app's level (tests/test_logs_personal_data.py).
QUIET_LOGGERS = ("sqlalchemy",)
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def configure_logging(level: int, *, log_file: Path | None = None) -> None:
    """The app's logging: stderr (and ``log_file``, for the owner only) at ``level``."""
    handlers: list[logging.Handler] = [logging.StreamHandler()]
    if log_file is not None:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        os.close(os.open(log_file, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600))
        handlers.append(logging.FileHandler(log_file, encoding="utf-8"))
    root = logging.getLogger()
    root.setLevel(level)
    for handler in handlers:
        handler.setFormatter(logging.Formatter(LOG_FORMAT))
        root.addHandler(handler)
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(max(level, logging.WARNING))


def _normalise_url(text: str) -> str:
    """desktop.models.sync.normalise_url, imported only when there is an address to normalise."""
    if not text.strip():
        return ""
    from desktop.models.sync import normalise_url

    return normalise_url(text)


def data_dir_for(args: argparse.Namespace) -> Path:
    if args.data_dir is not None:
        return Path(args.data_dir).expanduser()
    if args.kurs and not os.environ.get(HOME_ENV):
        return default_data_dir() / KURS_DIR_NAME
    return default_data_dir()


# What a backup can mend: the workspace's key or its database is gone or damaged on this PC.
RESTORABLE = (DatabaseCorrupt, DatabaseMissing, KeyFileCorrupt, KeyMissing, WrongKeyOrCorrupt)


class Startup:
    """Walks a person from an unknown data folder to a signed-in main window."""

    def __init__(
        self,
        data_dir: Path,
        *,
        kurs: bool,
        server: str = "",
        restore: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        self.data_dir = data_dir
        self.restore = restore  # --gjenopprett: a backup to restore before anything else
        self.kurs = kurs
        self.server = _normalise_url(server)
        self.parent = parent
        self.workspace: Workspace | None = None
        # A workspace connected to the municipality's server: its client, signed in as the person.
        self.sync_client: SyncClient | None = None
        self.username = ""
        self.training = False
        self._connected: Connection | None = None

    @staticmethod
    def tr(text: str) -> str:
        return QCoreApplication.translate("Startup", text)

    def run(self) -> tuple[Workspace, Innlogging] | None:
        try:
            workspace = self._open_or_create()
            if workspace is None:
                return None
            self.workspace = workspace
            if self._connected is not None or self._server_of(workspace):
                return self._server_person(workspace)
            if self.server:
                log.warning("--server ignored: %s is a local workspace", self.data_dir)
            if not self._has_kommune(workspace) and not self._bootstrap(workspace):
                workspace.close()
                return None

            def choices() -> tuple[list[Innlogging], bool]:
                with workspace.session() as session:
                    is_training = session.scalar(select(Kommune.nummer)) == TRAINING_KOMMUNE_NUMMER
                    return sign_in_choices(session, dt.date.today()), is_training

            people, is_training = run_busy(self.parent, self.tr("Henter personene …"), choices)
            self.training = is_training
            dialog = SignInDialog(people, training=is_training, parent=self.parent)
            chosen = dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
            if chosen is None:
                workspace.close()
                return None
            return workspace, chosen
        except StoreError as exc:
            QMessageBox.critical(self.parent, "Stafettlogg", exc.message)
            return None

    def _open_or_create(self) -> Workspace | None:
        if self.restore is not None:
            return self._restore(self.restore)
        if Workspace.exists(self.data_dir):
            try:
                return self._open()
            except RESTORABLE as exc:
                return self._restore() if self._offer_restore(exc) else None
        choice = WelcomeDialog.TRAINING
        if self.server and not self.kurs:
            choice = WelcomeDialog.SERVER
        elif not self.kurs:
            welcome = WelcomeDialog(self.parent)
            if welcome.exec() != QDialog.DialogCode.Accepted:
                return None
            choice = welcome.choice
        if choice == WelcomeDialog.SERVER:
            return self._connect()
        if choice == WelcomeDialog.RESTORE:
            return self._restore()
        workspace = self._new_workspace()
        if workspace is not None and choice == WelcomeDialog.TRAINING:

            def fill() -> None:
                from desktop.core import training

                with workspace.factory() as session, session.begin():
                    training.build_training_municipality(session, device=workspace.device_id)

            run_busy(self.parent, self.tr("Lager kursløsningen …"), fill)
        return workspace

    def _open(self) -> Workspace | None:
        if Workspace.key_storage(self.data_dir) is not keys.KeyStorage.PASSPHRASE:
            return run_busy(self.parent, self.tr("Åpner arbeidsområdet …"), lambda: Workspace.open(self.data_dir))
        message = ""
        while True:
            dialog = PassphraseDialog(new=False, message=message, parent=self.parent)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            try:
                passphrase = dialog.value()
                return run_busy(
                    self.parent,
                    self.tr("Åpner arbeidsområdet …"),
                    lambda passphrase=passphrase: Workspace.open(self.data_dir, passphrase=passphrase),
                )
            except WrongPassphrase as exc:
                message = exc.message

    def _offer_restore(self, exc: StoreError) -> bool:
        """The workspace cannot be opened here: offer a backup in its place (the old one is set aside)."""
        box = QMessageBox(QMessageBox.Icon.Critical, "Stafettlogg", exc.message, parent=self.parent)
        box.setInformativeText(
            self.tr(
                "Har du en sikkerhetskopi, kan du gjenopprette den nå. Dette arbeidsområdet legges da til side "
                "i en egen mappe, slik det er, for IT-støtte."
            )
        )
        restore = box.addButton(self.tr("&Gjenopprett fra sikkerhetskopi …"), QMessageBox.ButtonRole.AcceptRole)
        restore.setAccessibleName(self.tr("Gjenopprett fra sikkerhetskopi"))
        close = box.addButton(self.tr("&Avslutt"), QMessageBox.ButtonRole.RejectRole)
        close.setAccessibleName(self.tr("Avslutt"))
        box.setDefaultButton(close)
        box.exec()
        return box.clickedButton() is restore

    def _restore(self, path: Path | None = None) -> Workspace | None:
        """A backup becomes the workspace (views/backup.py); then it opens like any other.

        A connected workspace restored here has no sign-in yet (its tokens stayed on the old PC),
        so the server asks for the password, and the changes that waited are pushed after it.
        """
        from desktop.store.backup import RestoreResult

        from desktop.views.backup import RestoreDialog

        def busy(work: Callable[[], RestoreResult]) -> RestoreResult:
            return run_busy(self.parent, self.tr("Kontrollerer sikkerhetskopien …"), work)

        dialog = RestoreDialog(self.data_dir, path=path, run=busy, parent=self.parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        QMessageBox.information(self.parent, "Stafettlogg", dialog.done_text())
        return self._open()

    def _new_workspace(self) -> Workspace | None:
        if keys.keyring_usable():
            try:
                return run_busy(self.parent, self.tr("Lager arbeidsområdet …"), lambda: Workspace.create(self.data_dir))
            except KeyringUnavailable:
                pass
        dialog = PassphraseDialog(new=True, parent=self.parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        passphrase = dialog.value()
        return run_busy(
            self.parent,
            self.tr("Lager arbeidsområdet …"),
            lambda: Workspace.create(self.data_dir, passphrase=passphrase),
        )

    # ------------------------------------------------------------------ the municipality's server

    def _connect(self) -> Workspace | None:
        """A new PC: sign in to the server, make the workspace, first sync — or nothing at all."""
        from desktop.views.connect import ConnectDialog

        dialog = ConnectDialog(self._attempt_connect, server=self.server, parent=self.parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or self._connected is None:
            return None
        connection = self._connected
        if not connection.kept:
            QMessageBox.information(self.parent, "Stafettlogg", self._not_kept())
        return connection.workspace

    def _attempt_connect(self, url: str, username: str, password: str) -> bool:
        from desktop.models.sync import connect_workspace, sign_in

        signed = run_busy(
            self.parent, self.tr("Logger inn på kommunens server …"), lambda: sign_in(url, username, password)
        )
        passphrase: str | None = None
        if not keys.keyring_usable():
            ask = PassphraseDialog(new=True, parent=self.parent)
            if ask.exec() != QDialog.DialogCode.Accepted:
                return False
            passphrase = ask.value()
        self._connected = run_busy(
            self.parent,
            self.tr("Henter loggene dine fra kommunens server …"),
            lambda: connect_workspace(self.data_dir, url, username, signed, passphrase=passphrase),
        )
        self.username = username
        return True

    def _not_kept(self) -> str:
        return self.tr(
            "Innloggingen kan ikke lagres trygt på denne PC-en (den har ingen nøkkelring). "
            "Du må logge inn på kommunens server på nytt neste gang du starter Stafettlogg."
        )

    @staticmethod
    def _server_of(workspace: Workspace) -> str:
        """The server a workspace syncs with (desktop.models.sync.server_of); "" for a local one."""
        with workspace.session() as session:
            row = session.get(Setting, SERVER_SETTING)
            return row.value if row is not None else ""

    def _server_person(self, workspace: Workspace) -> tuple[Workspace, Innlogging] | None:
        """A connected workspace: the person is the server's sign-in, never a choice from a list."""
        from desktop.models.sync import USERNAME, SafeTokens, connected_person, device_name, server_of, set_server
        from sync.client import SyncClient, setting

        person_id: uuid.UUID | None
        if self._connected is not None:
            client, person_id = self._connected.client, uuid.UUID(self._connected.person.id)
        else:
            with workspace.session() as session:
                url, person_id, self.username = (
                    server_of(session),
                    connected_person(session),
                    setting(session, USERNAME),
                )
            if self.server and self.server != url:
                with workspace.sync_transaction() as session:
                    set_server(session, self.server)
                url = self.server
            client = SyncClient(url, workspace.sync_transaction, SafeTokens(workspace.id), device_name=device_name())
            signed = run_busy(self.parent, self.tr("Åpner arbeidsområdet …"), client.signed_in)
            if signed is None and not self._sign_in_again(client, person_id):
                workspace.close()
                return None
            signed = client.signed_in()
            assert signed is not None
            person_id = uuid.UUID(signed.id)
        with workspace.session() as session:
            me = next((p for p in sign_in_choices(session, dt.date.today()) if p.id == person_id), None)
        if me is None:
            QMessageBox.critical(
                self.parent,
                "Stafettlogg",
                self.tr("Du finnes ikke blant de ansatte på denne PC-en. Kontakt kommunens IT-ansvarlige."),
            )
            workspace.close()
            return None
        self.sync_client = client
        return workspace, me

    def _sign_in_again(self, client: SyncClient, person_id: uuid.UUID | None) -> bool:
        from desktop.models.sync import sign_in_again, tokens_kept

        from desktop.views.connect import ConnectDialog

        def attempt(_url: str, username: str, password: str) -> bool:
            run_busy(
                self.parent,
                self.tr("Logger inn på kommunens server …"),
                lambda: sign_in_again(client, person_id, username, password),
            )
            return True

        dialog = ConnectDialog(attempt, server=client.base_url, username=self.username, again=True, parent=self.parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        if not tokens_kept(client):
            QMessageBox.information(self.parent, "Stafettlogg", self._not_kept())
        return True

    @staticmethod
    def _has_kommune(workspace: Workspace) -> bool:
        with workspace.session() as session:
            return session.scalar(select(Kommune.id).limit(1)) is not None

    def _bootstrap(self, workspace: Workspace) -> bool:
        """An empty workspace starts with its municipality and first administrator."""
        dialog = NewKommuneDialog(self.parent)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            v = dialog.values()

            def bootstrap(v: dict[str, str] = v) -> None:
                from desktop.core.usecases import organisation

                with workspace.factory() as session, session.begin():
                    organisation.bootstrap_kommune(
                        session,
                        navn=v["navn"],
                        nummer=v["nummer"],
                        admin_fornavn=v["fornavn"],
                        admin_etternavn=v["etternavn"],
                        admin_fodselsnummer=v["fodselsnummer"],
                        device=workspace.device_id,
                    )

            try:
                run_busy(self.parent, self.tr("Lagrer kommunen …"), bootstrap)
                return True
            except DomainError as exc:
                dialog.show_error(exc.message)  # nothing was committed; the typed values stay
        return False


class WorkspaceLocker:
    """The idle lock's hold on the workspace: closing it drops the engine and the key."""

    def __init__(self, workspace: Workspace) -> None:
        self.data_dir = workspace.data_dir
        self.workspace: Workspace | None = workspace
        self.needs_passphrase = Workspace.key_storage(self.data_dir) is keys.KeyStorage.PASSPHRASE

    def lock(self) -> None:
        if self.workspace is not None:
            self.workspace.close()
            self.workspace = None

    def unlock(self, passphrase: str | None) -> TransactionFactory:
        if self.workspace is None:
            self.workspace = Workspace.open(self.data_dir, passphrase=passphrase)
        return self.workspace.transaction

    def close(self) -> None:
        self.lock()

    @contextmanager
    def sync_transaction(self) -> Iterator[Session]:
        """The sync's transactions follow the lock: none while the workspace is closed."""
        workspace = self.workspace
        if workspace is None:
            from sync.client import SyncError

            raise SyncError(QCoreApplication.translate("Startup", "Stafettlogg er låst."))
        with workspace.sync_transaction() as session:
            yield session


def sync_service(
    client: SyncClient, locker: WorkspaceLocker, backend: Backend, *, username: str = "", **options: Any
) -> SyncService:
    """The background sync of a connected workspace, its transactions following the idle lock."""
    from desktop.models.sync import SyncService

    client.transaction = locker.sync_transaction
    service = SyncService(client, backend, **options)
    service.username = username
    return service


def may_create_logs(workspace: Workspace, person: Innlogging) -> bool:
    with workspace.session() as session:
        ansatt = session.get(Ansatt, person.id) if person.kind is PersonKind.ANSATT else None
        return bool(ansatt and ansatt.er_aktor and ansatt.er_stafettholder and ansatt.enhet_id)


def idle_minutes(args: argparse.Namespace) -> float:
    value = args.laas_etter if args.laas_etter is not None else os.environ.get("STAFETTLOGG_IDLE_MINUTES")
    try:
        return max(0.5, float(value)) if value is not None else DEFAULT_IDLE_MINUTES
    except ValueError:
        return DEFAULT_IDLE_MINUTES


def main(argv: list[str] | None = None) -> int:
    # What is imported by now lives as long as the process: out of the collector's way for good
    # (gc.freeze), so its collections on the GUI thread never traverse it (desktop/__main__.py).
    gc.freeze()
    language = requested_language(argv) or system_language()
    translators = load_translators(language)
    args = parse_args(argv, cli_translation(translators))
    configure_logging(logging.INFO if os.environ.get("STAFETTLOGG_DEBUG") else logging.WARNING)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    install_translators(app, translators)  # before any window
    QLocale.setDefault(QLocale(LOCALE_NAMES[language]))  # dates and calendars in the same language
    app.setApplicationName("Stafettlogg")
    app.setApplicationDisplayName("Stafettlogg")
    app.setApplicationVersion(__version__)
    collector = GuiThreadCollector(app)  # also for the smoke test: gc is off since desktop/__main__.py
    if args.smoke_test:
        from desktop.smoke import run_smoke

        return run_smoke(app)
    crash.install(default_data_dir())
    startup = Startup(data_dir_for(args), kurs=args.kurs, server=args.server or "", restore=args.gjenopprett)
    started = startup.run()
    if started is None:
        return 1
    workspace, person = started
    ops = Operations(app)
    ops.failed.connect(lambda exc: crash.show_failure(exc, None))
    locker = WorkspaceLocker(workspace)
    backend = Backend(ops, workspace.transaction, PersonRef(person.kind, person.id), parent=app)
    backend.bug.connect(lambda exc: crash.show_failure(exc, None))
    service = None
    if startup.sync_client is not None:
        service = sync_service(startup.sync_client, locker, backend, username=startup.username, parent=app)
    window = MainWindow(
        backend=backend,
        locker=locker,
        who_text=f"{person.navn} ({person.beskrivelse})",
        may_create=may_create_logs(workspace, person),
        idle_minutes=idle_minutes(args),
        sync=service,
        training=startup.training,
    )
    window.show()
    if service is not None:
        service.start()
    try:
        return app.exec()
    finally:
        if service is not None:
            service.stop()
        ops.shutdown()
        locker.close()
        collector.stop()
