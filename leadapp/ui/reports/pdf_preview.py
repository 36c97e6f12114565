"""The real PDF pages on screen (QtPdf), with zoom, Print… through the system dialog, and Save as PDF…."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Signal
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from leadapp.documents import Document
from leadapp.store.errors import StoreError
from leadapp.store.output_files import check_pdf_target, describe_write_error, write_file
from leadapp.ui.reports.printing import can_send_file, job_for, print_file_output, send_to_cups
from leadapp.ui.widgets.roles import make_primary
from leadapp.ui.widgets.tick_boxes import outline_tick_boxes_in

ZOOM_STEP = 1.25


class PdfPreview(QWidget):
    saved = Signal(str)
    printed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: Document | None = None
        self.database: Path | None = None
        self.pdf = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.pages = QLabel()
        self.pages.setAccessibleName(self.tr("Page count"))
        self.zoom_out = QPushButton(self.tr("Zoom out"))
        self.zoom_in = QPushButton(self.tr("Zoom in"))
        self.fit = QPushButton(self.tr("Fit width"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        make_primary(self.save_button)
        bar.addWidget(self.pages)
        bar.addStretch(1)
        for button in (self.zoom_out, self.zoom_in, self.fit, self.print_button, self.save_button):
            bar.addWidget(button)
        layout.addLayout(bar)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.view = QPdfView()
        self.view.setAccessibleName(self.tr("Document preview"))
        self.view.setDocument(self.pdf)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        layout.addWidget(self.view, 1)
        self.zoom_in.clicked.connect(lambda: self._zoom(ZOOM_STEP))
        self.zoom_out.clicked.connect(lambda: self._zoom(1 / ZOOM_STEP))
        self.fit.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.choose_and_save)
        self._set_enabled(False)

    def _set_enabled(self, enabled: bool) -> None:
        for button in (self.zoom_out, self.zoom_in, self.fit, self.print_button, self.save_button):
            button.setEnabled(enabled)

    def show_document(self, document: Document) -> None:
        """Load the PDF bytes into QtPdf; the buffer lives as long as the document is shown."""
        self.document = document
        self.pdf.close()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(document.pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf.load(self._buffer)
        count = self.pdf.pageCount()
        self.pages.setText(
            self.tr("{0}: {1} pages").format(document.title, count)
            if count != 1
            else self.tr("{0}: 1 page").format(document.title)
        )
        self.message.clear()
        self._set_enabled(count > 0)

    def show_busy(self, text: str) -> None:
        self.document = None
        self.pdf.close()
        self.pages.clear()
        self.message.setText(text)
        self._set_enabled(False)

    def show_failure(self, error: Exception) -> None:
        """A problem a person can act on is shown as it is; anything else as one calm sentence."""
        self.clear()
        if isinstance(error, StoreError):
            self.message.setText(str(error))
        else:
            self.message.setText(self.tr("This document could not be made. Your records are unchanged."))

    def clear(self) -> None:
        self.document = None
        self.pdf.close()
        self.pages.clear()
        self._set_enabled(False)

    def _zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(4.0, self.view.zoomFactor() * factor)))

    def save_to(self, path: Path) -> bool:
        if self.document is None:
            return False
        try:
            check_pdf_target(path, self.database)
            write_file(path, self.document.pdf)
        except StoreError as error:
            self.message.setText(str(error))
            return False
        except OSError as error:
            text = describe_write_error(error, path)
            self.message.setText(text[:1].upper() + text[1:])
            return False
        self.message.setText(self.tr("Saved to {0}").format(path))
        self.saved.emit(str(path))
        return True

    def choose_and_save(self) -> None:
        if self.document is None:
            return
        start = str(Path.home() / self.document.suggested_name)
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), start, self.tr("PDF (*.pdf)")
        )
        if path:
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            self.save_to(Path(path))

    def print_document(self) -> None:
        """Through the system print dialog; the PDF itself goes to the printer (see `printing`)."""
        if self.document is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.document.title)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print {0}").format(self.document.title))
        outline_tick_boxes_in(dialog)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        self.send(printer)

    def send(self, printer: QPrinter) -> None:
        """Vector pages wherever the system allows; rendered pages only as the last resort."""
        if self.document is None:
            return
        count = self.pdf.pageCount()
        try:
            if print_file_output(self.document.pdf, printer, self.database):
                self.message.setText(
                    self.tr("Sent {0} pages to {1}.").format(count, printer.outputFileName())
                )
                self.printed.emit(count)
                return
            if can_send_file(printer):
                request = send_to_cups(self.document.pdf, job_for(printer, self.document.title))
                self.message.setText(
                    self.tr("Sent {0} pages to {1}. {2}").format(count, printer.printerName(), request)
                )
                self.printed.emit(count)
                return
        except StoreError as error:
            self.message.setText(str(error))
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        painter = QPainter()
        if not painter.begin(printer):
            self.message.setText(self.tr("The printer could not be started. Nothing was printed."))
            return 0
        count = self.pdf.pageCount()
        try:
            for page in range(count):
                if page:
                    printer.newPage()
                target = painter.viewport()
                image = self.pdf.render(page, QSize(target.width(), target.height()))
                painter.drawImage(target, image)
        finally:
            painter.end()
        self.message.setText(self.tr("Sent {0} pages to the printer.").format(count))
        self.printed.emit(count)
        return count
