"""«Notater»: history that is not a tiltak, with PDF attachments and an in-memory preview.

An attachment's bytes live inside the encrypted database. The preview reads them on the
database worker (after the same access check as opening the log) and hands them to QtPdf
through a ``QBuffer``: the plaintext PDF never touches the disk.
"""

from __future__ import annotations

import datetime as dt
import html
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from desktop.core.context import OSLO, Changes, Context
from desktop.core.entities import Ansatt, Notat, Vedlegg
from desktop.core.errors import DomainError, NotFound, PermissionDenied
from desktop.core.permissions import Action
from desktop.core.snapshot import LoggSnapshot, NotatInfo, VedleggInfo
from desktop.core.usecases import content, logs
from desktop.models.backend import Backend
from desktop.models.rows import Column, RowsModel

from PySide6.QtCore import QT_TRANSLATE_NOOP, QBuffer, QByteArray, QCoreApplication, QIODevice, QPointF, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.views.forms import WARNING_STYLE, FormDialog, LogPage, error_label, named
from desktop.views.widgets import GREY, current_row, list_table, select_by_id, sorted_proxy, while_alive

# Marked for lupdate; translated where shown (``journal_reminder()``).
JOURNAL_REMINDER = QT_TRANSLATE_NOOP(
    "notater", "Stafettloggen er ikke en journal — bare det som er relevant for oppmerksomhetene og tiltakene."
)

T = TypeVar("T")


def _when(at: dt.datetime) -> str:
    return at.astimezone(OSLO).strftime("%d.%m.%Y %H:%M")


def _start(text: str, length: int = 90) -> str:
    line = " ".join(text.split())
    return line if len(line) <= length else line[: length - 1].rstrip() + "…"


def journal_reminder() -> str:
    return QCoreApplication.translate("notater", JOURNAL_REMINDER)


def _size(n: int) -> str:
    if n < 1024:
        return QCoreApplication.translate("notater", "{0} byte").format(n)
    if n < 1024 * 1024:
        return f"{n / 1024:.0f} kB".replace(".", ",")
    return f"{n / (1024 * 1024):.1f} MB".replace(".", ",")


def read_pdf_file(path: str) -> tuple[str, bytes]:
    """Read a file the user picked and check it with the core's own rule (PDF, size) and message.

    Reads at most one byte more than allowed, so a huge file is refused without loading it.
    Raises ``DomainError`` (the core's Norwegian message) or ``OSError``.
    """
    name = Path(path).name
    with open(path, "rb") as fh:
        data = fh.read(logs.MAX_PDF_BYTES + 1)
    logs.pdf_vedlegg(name, data)  # the same check add_notat/attach_pdf make; the record it builds is dropped
    return name, data


def read_vedlegg(ctx: Context, logg_id: uuid.UUID, vedlegg_id: uuid.UUID) -> bytes:
    """The PDF bytes of one attachment of a note in this log, for a person who may see that note.

    Mirrors what the snapshot shows: notes are hidden from a reader limited to chosen
    concerns, internal notes from anyone who is not staff.
    """
    lesning = logs.read_logg(ctx, logg_id, record=False)
    vedlegg = ctx.session.get(Vedlegg, vedlegg_id)
    notat = ctx.session.get(Notat, vedlegg.notat_id) if vedlegg is not None and vedlegg.notat_id else None
    if vedlegg is None or notat is None or notat.logg_id != logg_id:
        raise NotFound(QCoreApplication.translate("notater", "Vedlegget finnes ikke (lenger)."))
    if lesning.relation.readable is not None or (notat.internt and not isinstance(ctx.person, Ansatt)):
        raise PermissionDenied(QCoreApplication.translate("notater", "Du har ikke tilgang til dette vedlegget."))
    return bytes(vedlegg.innhold)


# --------------------------------------------------------------------------- the new-note dialog


class NotatDialog(FormDialog):
    """«Nytt notat»: text, internal or not, and PDF attachments picked from disk."""

    def __init__(self, backend: Backend, snap: LoggSnapshot, parent: QWidget | None = None) -> None:
        super().__init__(
            backend,
            QCoreApplication.translate("NotatDialog", "Nytt notat"),
            ok_text=QCoreApplication.translate("NotatDialog", "&Lagre notatet"),
            parent=parent,
        )
        self.logg_id = snap.id
        self.files: list[tuple[str, bytes]] = []

        reminder = QLabel(journal_reminder())
        reminder.setWordWrap(True)
        reminder.setStyleSheet(WARNING_STYLE)
        reminder.setAccessibleName(self.tr("Påminnelse"))
        self.body.addWidget(reminder)

        self.text = named(QPlainTextEdit(), self.tr("Notat"))
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("Skriv kort hva som skjedde, og hvem som gjorde hva."))
        label = QLabel(self.tr("&Notat:"))
        label.setBuddy(self.text)
        self.body.addWidget(label)
        self.body.addWidget(self.text, 1)

        self.internt = named(
            QCheckBox(self.tr("&Internt notat")),
            self.tr("Internt notat"),
            self.tr("Bare ansatte ser et internt notat, og det vises aldri i møtemodus."),
        )
        self.body.addWidget(self.internt)
        hint = QLabel(self.tr("Et internt notat ser bare ansatte, og det vises aldri i møtemodus."))
        hint.setWordWrap(True)
        self.body.addWidget(hint)

        files_label = QLabel(self.tr("PDF-&vedlegg:"))
        self.file_list = named(QListWidget(), self.tr("Vedlegg til notatet"))
        self.file_list.setMaximumHeight(90)
        files_label.setBuddy(self.file_list)
        self.body.addWidget(files_label)
        self.body.addWidget(self.file_list)
        row = QHBoxLayout()
        self.add_file = named(QPushButton(self.tr("Legg ved &PDF …")), self.tr("Legg ved PDF"))
        self.add_file.clicked.connect(self.pick_pdf)
        self.remove_file = named(QPushButton(self.tr("&Fjern vedlegget")), self.tr("Fjern vedlegget"))
        self.remove_file.clicked.connect(self._remove_file)
        self.remove_file.setEnabled(False)
        self.file_list.currentRowChanged.connect(lambda r: self.remove_file.setEnabled(r >= 0))
        row.addWidget(self.add_file)
        row.addWidget(self.remove_file)
        row.addStretch()
        self.body.addLayout(row)
        self.resize(620, 520)

    def pick_pdf(self) -> None:
        """Ask for a PDF; its bytes are read only after the user picked it."""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Velg en PDF-fil"), "", self.tr("PDF-filer (*.pdf);;Alle filer (*)")
        )
        if not path:
            return
        try:
            name, data = read_pdf_file(path)
        except DomainError as exc:
            self.show_error(exc.message)
            return
        except OSError as exc:
            self.show_error(self.tr("Filen kan ikke leses: {0}").format(exc.strerror or exc))
            return
        self.error.hide()
        self.files.append((name, data))
        self.file_list.addItem(f"{name} ({_size(len(data))})")

    def _remove_file(self) -> None:
        row = self.file_list.currentRow()
        if 0 <= row < len(self.files):
            del self.files[row]
            self.file_list.takeItem(row)

    def work(self) -> Callable[[Context], Changes]:
        logg_id, tekst, internt = self.logg_id, self.text.toPlainText(), self.internt.isChecked()
        files = list(self.files)
        return lambda ctx: content.add_notat(ctx, logg_id, tekst, internt=internt, vedlegg=files)


# --------------------------------------------------------------------------- the page


class NotaterPage(LogPage):
    """The log's notes, the chosen note's text and attachments, and a PDF preview."""

    title = QT_TRANSLATE_NOOP("NotaterPage", "Notater")

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(backend, parent)
        self._select_after: uuid.UUID | None = None
        self._preview_id: uuid.UUID | None = None
        self._buffer: QBuffer | None = None

        self.model: RowsModel[NotatInfo] = RowsModel(
            [
                Column(self.tr("Dato"), lambda n: _when(n.created_at), sort=lambda n: n.created_at.timestamp()),
                Column(self.tr("Skrevet av"), lambda n: n.forfatter),
                Column(self.tr("Notat"), lambda n: _start(n.tekst), tooltip=lambda n: n.tekst),
                Column(self.tr("Internt"), lambda n: self.tr("Internt") if n.internt else ""),
                Column(
                    self.tr("Vedlegg"),
                    lambda n: self.tr("{0} PDF").format(len(n.vedlegg)) if n.vedlegg else "",
                    sort=lambda n: len(n.vedlegg),
                ),
            ],
            self,
        )
        self.vedlegg_model: RowsModel[VedleggInfo] = RowsModel(
            [
                Column(self.tr("Fil"), lambda v: v.filnavn),
                Column(self.tr("Størrelse"), lambda v: _size(v.storrelse), sort=lambda v: v.storrelse),
            ],
            self,
        )

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        intro = QLabel(
            self.tr(
                "Notater er det som hører til barnets historie uten å være et tiltak, for eksempel "
                "bildedokumentasjon av øvelser. {0}"
            ).format(journal_reminder())
        )
        intro.setWordWrap(True)
        top.addWidget(intro, 1)
        self.new = named(QPushButton(self.tr("N&ytt notat …")), self.tr("Nytt notat"))
        self.new.clicked.connect(self.new_notat)
        self.attach = named(
            QPushButton(self.tr("&Legg ved PDF i notatet …")),
            self.tr("Legg ved PDF i notatet"),
            self.tr("Legg ved en PDF-fil i notatet som er valgt"),
        )
        self.attach.clicked.connect(self.attach_pdf)
        top.addWidget(self.new)
        layout.addLayout(top)
        self.error = named(error_label(self), self.tr("Feilmelding om notater"))
        layout.addWidget(self.error)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Status for notater"))
        self.status.hide()
        layout.addWidget(self.status)

        self.proxy = sorted_proxy(self.model, self)
        self.table = list_table(self.tr("Notater i loggen"), self.proxy)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # newest first
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.empty = QLabel(self.tr("Ingen notater ennå."))

        self.text = named(QTextBrowser(), self.tr("Notatet"))
        self.text.setOpenLinks(False)
        self.vedlegg_proxy = sorted_proxy(self.vedlegg_model, self)
        self.vedlegg_table = list_table(self.tr("Vedlegg i notatet"), self.vedlegg_proxy)
        self.vedlegg_table.setMaximumHeight(110)
        self.vedlegg_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.vedlegg_table.horizontalHeader().setStretchLastSection(False)
        self.vedlegg_table.selectionModel().currentRowChanged.connect(lambda *_: self._preview_current())
        vedlegg_label = QLabel(self.tr("&Vedlegg:"))
        vedlegg_label.setBuddy(self.vedlegg_table)
        self.no_vedlegg = QLabel(self.tr("Notatet har ingen vedlegg."))
        self.no_vedlegg.setAccessibleName(self.tr("Notatet har ingen vedlegg"))

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        notes_label = QLabel(self.tr("N&otater:"))
        notes_label.setBuddy(self.table)
        left_layout.addWidget(notes_label)
        left_layout.addWidget(self.table, 3)
        left_layout.addWidget(self.empty)
        text_label = QLabel(self.tr("&Hele notatet:"))
        text_label.setBuddy(self.text)
        left_layout.addWidget(text_label)
        left_layout.addWidget(self.text, 2)
        vedlegg_row = QHBoxLayout()
        vedlegg_row.addWidget(vedlegg_label)
        vedlegg_row.addStretch()
        vedlegg_row.addWidget(self.attach)
        left_layout.addLayout(vedlegg_row)
        left_layout.addWidget(self.vedlegg_table)
        left_layout.addWidget(self.no_vedlegg)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self._build_preview())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        self._update_buttons()

    # ------------------------------------------------------------------ preview widgets

    def _build_preview(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.preview_title = QLabel(self.tr("<b>Forhåndsvisning</b>"))
        self.preview_title.setTextFormat(Qt.TextFormat.RichText)
        self.preview_title.setAccessibleName(self.tr("Vedlegget som vises"))
        layout.addWidget(self.preview_title)

        self.document = QPdfDocument(self)
        self.pdf_view = named(QPdfView(), self.tr("Forhåndsvisning av vedlegget"))
        self.pdf_view.setDocument(self.document)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pdf_view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrows and Page Up/Down scroll it
        self.placeholder = QLabel(self.tr("Velg et PDF-vedlegg for å se det her."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setAccessibleName(self.tr("Om forhåndsvisningen"))
        self.preview_stack = QStackedWidget()
        self.preview_stack.addWidget(self.placeholder)
        self.preview_stack.addWidget(self.pdf_view)
        layout.addWidget(self.preview_stack, 1)

        controls = QHBoxLayout()
        self.prev_page = named(QPushButton(self.tr("◀ &Forrige")), self.tr("Forrige side"))
        self.next_page = named(QPushButton(self.tr("Ne&ste ▶")), self.tr("Neste side"))
        self.page_box = named(QSpinBox(), self.tr("Sidenummer"))
        self.page_box.setMinimum(1)
        self.page_box.setMaximum(1)
        self.page_count = QLabel(self.tr("av 0"))
        page_label = QLabel(self.tr("Sid&e"))
        page_label.setBuddy(self.page_box)
        self.zoom_out = named(QPushButton("−"), self.tr("Forminsk"))
        self.zoom_in = named(QPushButton("+"), self.tr("Forstørr"))
        self.fit = named(QPushButton(self.tr("&Tilpass bredden")), self.tr("Tilpass bredden"))
        for b in (self.zoom_out, self.zoom_in):
            b.setFixedWidth(36)
        self.prev_page.clicked.connect(lambda: self.go_to_page(self._current_page() - 1))
        self.next_page.clicked.connect(lambda: self.go_to_page(self._current_page() + 1))
        self.page_box.valueChanged.connect(lambda v: self.go_to_page(v - 1))
        self.zoom_in.clicked.connect(lambda: self._zoom(1.25))
        self.zoom_out.clicked.connect(lambda: self._zoom(0.8))
        self.fit.clicked.connect(lambda: self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        self.pdf_view.pageNavigator().currentPageChanged.connect(self._page_changed)
        self.document.statusChanged.connect(self._status_changed)
        for w in (self.prev_page, self.next_page, page_label, self.page_box, self.page_count):
            controls.addWidget(w)
        controls.addStretch()
        for w in (self.zoom_out, self.zoom_in, self.fit):
            controls.addWidget(w)
        layout.addLayout(controls)
        self._update_page_controls()
        return box

    # ------------------------------------------------------------------ rendering

    def render_snapshot(self, snap: LoggSnapshot) -> None:
        keep = self._select_after or (self.selected().id if self.selected() else None)
        self._select_after = None
        if self._preview_id is not None and not any(v.id == self._preview_id for n in snap.notater for v in n.vedlegg):
            self.clear_preview()
        self.model.set_rows(snap.notater)
        self.table.setVisible(bool(snap.notater))
        self.empty.setVisible(not snap.notater)
        self.new.setVisible(snap.may(Action.ADD_NOTAT))
        self.attach.setVisible(snap.may(Action.ADD_NOTAT))
        self.select(keep)
        self._show_current()

    def select(self, notat_id: uuid.UUID | None) -> None:
        """Select a note by id (or, if it is gone, keep the current one)."""
        select_by_id(self.table, self.proxy, notat_id)

    def selected(self) -> NotatInfo | None:
        return current_row(self.table, NotatInfo)

    def selected_vedlegg(self) -> VedleggInfo | None:
        return current_row(self.vedlegg_table, VedleggInfo)

    def _show_current(self) -> None:
        notat = self.selected()
        if notat is None:
            self.text.clear()
            self.vedlegg_model.set_rows([])
        else:
            e = html.escape
            marker = self.tr(" · <b>Internt</b> – bare ansatte ser det") if notat.internt else ""
            body = "".join(f"<p>{e(p)}</p>" for p in notat.tekst.split("\n") if p.strip())
            self.text.setHtml(
                f"<p style='color:{GREY}'>{e(_when(notat.created_at))} · {e(notat.forfatter)}{marker}</p>{body}"
            )
            previous = self.selected_vedlegg()
            self.vedlegg_model.set_rows(notat.vedlegg)
            if notat.vedlegg and (previous is None or previous.id not in {v.id for v in notat.vedlegg}):
                self.vedlegg_table.setCurrentIndex(self.vedlegg_proxy.index(0, 0))
            # Same number of rows keeps the current row without a signal: look at it again.
            self._preview_current()
        has = bool(notat and notat.vedlegg)
        self.vedlegg_table.setVisible(has)
        self.no_vedlegg.setVisible(notat is not None and not has)
        if not has:
            self.clear_preview()
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.attach.setEnabled(self.selected() is not None)

    # ------------------------------------------------------------------ actions

    def new_notat(self) -> NotatDialog | None:
        """Open «Nytt notat» (window-modal); the new note is selected when the log reloads."""
        if self.snap is None or not self.snap.may(Action.ADD_NOTAT):
            return None
        dialog = NotatDialog(self.backend, self.snap, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._remember(dialog.changes))
        dialog.open()
        return dialog

    def _remember(self, changes: Changes | None) -> None:
        if changes is not None and changes.created is not None:
            self._select_after = changes.created

    def attach_pdf(self) -> None:
        """«Legg ved PDF»: pick a file and attach it to the selected note."""
        notat = self.selected()
        if notat is None or self.snap is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Velg en PDF-fil"), "", self.tr("PDF-filer (*.pdf);;Alle filer (*)")
        )
        if not path:
            return
        self.error.hide()
        self.status.hide()
        try:
            name, data = read_pdf_file(path)
        except DomainError as exc:
            self._show_error(exc.message)
            return
        except OSError as exc:
            self._show_error(self.tr("Filen kan ikke leses: {0}").format(exc.strerror or exc))
            return
        notat_id = notat.id
        self._select_after = notat_id
        self.backend.call(
            lambda ctx: content.attach_pdf(ctx, notat_id, name, data),
            success=while_alive(self, lambda _c: self._show_status(self.tr("«{0}» er lagt ved notatet.").format(name))),
            failure=while_alive(self, self._show_error),
        )

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.error.setFocus()

    def _show_status(self, message: str) -> None:
        self.status.setText(message)
        self.status.show()

    # ------------------------------------------------------------------ preview

    def _preview_current(self) -> None:
        vedlegg = self.selected_vedlegg()
        if vedlegg is None:
            self.clear_preview()
        elif vedlegg.id != self._preview_id:
            self.show_vedlegg(vedlegg)

    def show_vedlegg(self, vedlegg: VedleggInfo) -> None:
        """Load an attachment on the database worker and show it from memory."""
        if self.snap is None:
            return
        logg_id, vedlegg_id = self.snap.id, vedlegg.id
        self._release_pdf()
        self._preview_id = vedlegg_id
        self.preview_title.setText(self.tr("<b>{0}</b> – laster …").format(html.escape(vedlegg.filnavn)))
        self.backend.call(
            lambda ctx: read_vedlegg(ctx, logg_id, vedlegg_id),
            success=while_alive(self, lambda data: self._show_pdf(vedlegg, data)),
            failure=while_alive(self, lambda message: self._preview_failed(vedlegg_id, message)),
        )

    def _show_pdf(self, vedlegg: VedleggInfo, data: bytes) -> None:
        if vedlegg.id != self._preview_id:
            return  # another attachment was chosen meanwhile
        self._release_pdf()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffer = buffer
        self.document.load(buffer)
        if self.document.status() is QPdfDocument.Status.Ready:
            self.preview_title.setText(f"<b>{html.escape(vedlegg.filnavn)}</b>")
            self.preview_stack.setCurrentWidget(self.pdf_view)
            self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self.go_to_page(0)
        elif self.document.status() is QPdfDocument.Status.Error:
            self._preview_failed(vedlegg.id, self.tr("Vedlegget kan ikke vises. PDF-filen kan være skadet."))
        self._update_page_controls()

    def _preview_failed(self, vedlegg_id: uuid.UUID, message: str) -> None:
        if vedlegg_id != self._preview_id:
            return
        self._release_pdf()
        self.preview_title.setText(self.tr("<b>Forhåndsvisning</b>"))
        self.placeholder.setText(message)
        self.preview_stack.setCurrentWidget(self.placeholder)

    def clear_preview(self) -> None:
        """Forget the shown PDF (its bytes leave memory with the buffer)."""
        self._preview_id = None
        self._release_pdf()
        self.preview_title.setText(self.tr("<b>Forhåndsvisning</b>"))
        self.placeholder.setText(self.tr("Velg et PDF-vedlegg for å se det her."))
        self.preview_stack.setCurrentWidget(self.placeholder)

    def _release_pdf(self) -> None:
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.setData(QByteArray())
            self._buffer.deleteLater()
            self._buffer = None
        self._update_page_controls()

    def _status_changed(self, status: QPdfDocument.Status) -> None:
        self._update_page_controls()

    def _current_page(self) -> int:
        return self.pdf_view.pageNavigator().currentPage()

    def go_to_page(self, page: int) -> None:
        count = self.document.pageCount()
        if count <= 0:
            return
        page = max(0, min(page, count - 1))
        self.pdf_view.pageNavigator().jump(page, QPointF(), self.pdf_view.pageNavigator().currentZoom())
        self._update_page_controls()

    def _page_changed(self, page: int) -> None:
        self._update_page_controls()

    def _zoom(self, factor: float) -> None:
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.pdf_view.setZoomFactor(max(0.25, min(self.pdf_view.zoomFactor() * factor, 6.0)))

    def _update_page_controls(self) -> None:
        count = self.document.pageCount() if self.document.status() is QPdfDocument.Status.Ready else 0
        page = self._current_page() if count else 0
        self.page_box.blockSignals(True)
        self.page_box.setMaximum(max(count, 1))
        self.page_box.setValue(page + 1)
        self.page_box.blockSignals(False)
        self.page_count.setText(self.tr("av {0}").format(count))
        self.page_box.setEnabled(count > 1)
        self.prev_page.setEnabled(count > 0 and page > 0)
        self.next_page.setEnabled(count > 0 and page < count - 1)
        for b in (self.zoom_in, self.zoom_out, self.fit):
            b.setEnabled(count > 0)
