"""A document previewed in its own window, from the screen it belongs to (Print or save…)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from leadapp.documents import Document, DocumentRequest
from leadapp.domain.reference import Reference
from leadapp.ui.newest_request import NewestRequest
from leadapp.ui.privacy import Privacy
from leadapp.ui.reports.background import document_work
from leadapp.ui.reports.pdf_preview import PdfPreview
from leadapp.ui.sharing import private_reason
from leadapp.ui.widgets.roles import set_role
from leadapp.ui.widgets.tick_boxes import outlined


class PreviewDialog(QDialog):
    def __init__(
        self,
        db_path: Path,
        ref: Reference,
        request_for: Callable[[bool], DocumentRequest],
        privacy: Privacy,
        private_option: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.privacy = privacy
        self.db_path = db_path
        self.ref = ref
        self._request_for = request_for
        self._newest = NewestRequest(self)
        layout = QVBoxLayout(self)
        self.include_private = outlined(QCheckBox(self.tr("Include my private notes in this print")))
        self.include_private.setVisible(private_option)
        self.private_reason = QLabel(private_reason())
        set_role(self.private_reason, "secondary")
        self.private_reason.setWordWrap(True)
        self._private_option = private_option
        self.include_private.toggled.connect(self.refresh)
        self._apply_privacy(privacy.hidden, refresh=False)
        privacy.changed.connect(self._apply_privacy)
        layout.addWidget(self.include_private)
        layout.addWidget(self.private_reason)
        self.preview = PdfPreview()
        self.preview.database = db_path
        layout.addWidget(self.preview, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 110, metrics.height() * 45)
        self.setWindowTitle(self.tr("Preparing the document…"))
        self.refresh()

    def _apply_privacy(self, hidden: bool, refresh: bool = True) -> None:
        """While private notes are hidden the print cannot include them, and a shown one is remade."""
        self.include_private.blockSignals(True)
        if hidden:
            self.include_private.setChecked(False)
        self.include_private.blockSignals(False)
        self.include_private.setEnabled(not hidden)
        self.include_private.setToolTip(private_reason() if hidden else "")
        self.private_reason.setVisible(hidden and self._private_option)
        if refresh:
            self.refresh()

    def refresh(self) -> None:
        """Build on a worker thread; a newer request always wins over an older one still running."""
        self.preview.show_busy(self.tr("Preparing the document…"))
        request = self._request_for(self.include_private.isChecked() and not self.privacy.hidden)
        work = document_work(self.db_path, self.ref, request)
        self._newest.run(work, self._show, self.preview.show_failure)

    def _show(self, document: Document) -> None:
        self.setWindowTitle(document.title)
        self.preview.show_document(document)
