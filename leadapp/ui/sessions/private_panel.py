"""The private-notes panel: hatched, with a padlock, saying plainly who can see it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from leadapp.ui.widgets.icons import padlock_pixmap

LOCK_ON_LIGHT = "#5C4D1F"
LOCK_ON_DARK = "#F5E6B8"


class PrivatePanel(QFrame):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.lock = QLabel()
        self.lock.setAccessibleName(self.tr("Padlock"))
        self._draw_lock()
        heading = QLabel(title)
        heading.setProperty("role", "subheading")
        top.addWidget(self.lock)
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

    def _dark(self) -> bool:
        return self.palette().window().color().lightness() < 128

    def _draw_lock(self) -> None:
        """Dark brown on the light panel, pale gold on the dark one: at least 3:1 against fill and hatch."""
        height = int(self.fontMetrics().height() * 1.3)
        self.lock.setPixmap(padlock_pixmap(height, LOCK_ON_DARK if self._dark() else LOCK_ON_LIGHT))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._draw_lock()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        dark = self._dark()
        painter.fillRect(self.rect(), QColor("#3A3320" if dark else "#FFF8E1"))
        hatch = QBrush(QColor("#6B5B2A" if dark else "#F0DFA8"), Qt.BrushStyle.BDiagPattern)
        painter.fillRect(self.rect(), hatch)
        painter.end()
        super().paintEvent(event)
