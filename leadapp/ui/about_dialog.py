"""About: version, where the data lives, and the sources the guidance is based on."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from leadapp import __version__
from leadapp.domain.reference import Reference
from leadapp.ui.widgets.roles import set_role


class AboutDialog(QDialog):
    def __init__(self, ref: Reference, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About LeadApp"))
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("LeadApp {0}").format(__version__))
        set_role(heading, "heading")
        layout.addWidget(heading)
        sources = "".join(
            f"<li><b>{escape(s.title)}</b> ({escape(s.publisher)}). {escape(s.note)}</li>"
            for s in ref.sources
        )
        body = QLabel(
            self.tr(
                "<p>Leadership-career mentoring for allied health and psychological professionals. "
                "It works offline and never sends anything over the network.</p>"
                "<p><b>Your data</b>: {0}</p>"
                "<p><b>Based on</b>:</p><ul>{1}</ul>"
                "<p>The guidance in this app is written in its own words from these sources.</p>"
            ).format(escape(str(db_path)), sources)
        )
        body.setWordWrap(True)
        body.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        body.setAccessibleName(self.tr("About LeadApp"))
        layout.addWidget(body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        layout.addWidget(buttons)
