"""The private-notes panel: hatched, with a padlock, saying plainly who can see it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from leadapp.ui.keyboard import without_mnemonic
from leadapp.ui.widgets.icons import padlock_pixmap


class PrivatePanel(QFrame):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        """The title may carry an Alt letter ("My &private notes"): it jumps to the text."""
        super().__init__(parent)
        label = title
        title = without_mnemonic(label)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        lock = QLabel()
        height = int(self.fontMetrics().height() * 1.3)
        lock.setPixmap(padlock_pixmap(height, "#6B5B2A"))
        lock.setAccessibleName(self.tr("Padlock"))
        heading = QLabel(label)
        heading.setProperty("role", "subheading")
        top.addWidget(lock)
        top.addWidget(heading, 1)
        layout.addLayout(top)
        explain = QLabel(self.tr("Private to you — never exported or printed unless you choose."))
        explain.setWordWrap(True)
        layout.addWidget(explain)
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(title)
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(self.text.fontMetrics().lineSpacing() * 3)
        layout.addWidget(self.text)
        heading.setBuddy(self.text)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        dark = self.palette().window().color().lightness() < 128
        painter.fillRect(self.rect(), QColor("#3A3320" if dark else "#FFF8E1"))
        hatch = QBrush(QColor("#6B5B2A" if dark else "#F0DFA8"), Qt.BrushStyle.BDiagPattern)
        painter.fillRect(self.rect(), hatch)
        painter.end()
        super().paintEvent(event)
