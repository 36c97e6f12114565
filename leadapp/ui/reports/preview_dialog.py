"""A document previewed in its own window, from the screen it belongs to (Print or save…)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from leadapp.documents import Document
from leadapp.store.errors import StoreError
from leadapp.ui.reports.pdf_preview import PdfPreview


class PreviewDialog(QDialog):
    def __init__(
        self,
        render: Callable[[bool], Document],
        private_option: bool = False,
        private_allowed: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._render = render
        layout = QVBoxLayout(self)
        self.include_private = QCheckBox(self.tr("Include my private notes in this print"))
        self.include_private.setVisible(private_option)
        self.include_private.setEnabled(private_allowed)
        if not private_allowed:
            self.include_private.setToolTip(self.tr("Private notes are hidden while screen sharing is on"))
        self.include_private.toggled.connect(self.refresh)
        layout.addWidget(self.include_private)
        self.preview = PdfPreview()
        layout.addWidget(self.preview, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 110, metrics.height() * 45)
        self.refresh()

    def refresh(self) -> None:
        try:
            document = self._render(self.include_private.isChecked())
        except StoreError as error:
            self.preview.clear()
            self.preview.message.setText(str(error))
            return
        self.setWindowTitle(document.title)
        self.preview.show_document(document)
