"""The private-notes panel: hatched, with a padlock, saying plainly who can see it.

It folds to one line so the shared notes get the room, yet always says whether it holds anything. In the
in-session view it becomes a one-line jot that adds to the same private notes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from leadapp.ui.theme import FOCUS
from leadapp.ui.widgets.icons import padlock_pixmap
from leadapp.ui.widgets.roles import set_role

LOCK_ON_LIGHT = "#5C4D1F"
LOCK_ON_DARK = "#F5E6B8"
OPEN_LINES = 4


class PrivatePanel(QFrame):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        """`title` may carry an Alt letter (`&`); it opens the panel and puts the cursor in it."""
        super().__init__(parent)
        plain = title.replace("&", "")
        self.setAccessibleName(plain)
        self._compact = False
        self._jot_base: str | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.lock = QLabel()
        self.lock.setAccessibleName(self.tr("Padlock"))
        self.toggle = QToolButton()
        self.toggle.setText(title)
        self.toggle.setAccessibleName(plain)
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        set_role(self.toggle, "subheading")
        self.toggle.setStyleSheet(
            "QToolButton { border: none; font-weight: 600; }"
            f"QToolButton:focus {{ border: 3px solid {FOCUS}; }}"
        )
        self.toggle.toggled.connect(self._on_toggled)
        self.jot_label = QLabel(self.tr("Private &jot"))
        self.jot = QLineEdit()
        self.jot.setAccessibleName(self.tr("Private jot"))
        self.jot.setPlaceholderText(self.tr("A line only you will see; Enter adds it to your private notes"))
        self.jot_label.setBuddy(self.jot)
        self.jot.textEdited.connect(self._jot_edited)
        self.jot.returnPressed.connect(self.finish_jot)
        self.state = QLabel()
        set_role(self.state, "secondary")
        top.addWidget(self.lock)
        top.addWidget(self.toggle)
        top.addWidget(self.jot_label)
        top.addWidget(self.jot, 1)
        top.addWidget(self.state, 1)
        layout.addLayout(top)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        explain = QLabel(self.tr("Private to you — never exported or printed unless you choose."))
        explain.setWordWrap(True)
        body.addWidget(explain)
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(plain)
        self.text.setTabChangesFocus(True)
        lines = self.text.fontMetrics().lineSpacing()
        self.text.setMinimumHeight(lines * 2)
        self.text.setMaximumHeight(lines * OPEN_LINES + lines)
        body.addWidget(self.text)
        layout.addWidget(self.body)
        self.text.textChanged.connect(self._show_state)
        self._draw_lock()
        self._apply()

    def is_open(self) -> bool:
        return self.toggle.isChecked()

    def set_open(self, opened: bool) -> None:
        self.toggle.setChecked(opened)

    def set_compact(self, on: bool) -> None:
        """The in-session view: one jot line instead of the whole panel."""
        if not on:
            self.finish_jot()
        self._compact = on
        self._apply()

    def finish_jot(self) -> None:
        """The jot is already in the notes as typed; Enter (or leaving the view) starts the next line."""
        self._jot_base = None
        self.jot.clear()

    def _jot_edited(self, value: str) -> None:
        if self._jot_base is None:
            self._jot_base = self.text.toPlainText()
        base = self._jot_base
        joiner = "\n" if base and not base.endswith("\n") else ""
        self.text.setPlainText(base + joiner + value if value else base)

    def _on_toggled(self, opened: bool) -> None:
        self._apply()
        if opened:
            self.text.setFocus()
        elif self.text.hasFocus():
            self.toggle.setFocus()

    def _apply(self) -> None:
        opened = self.toggle.isChecked()
        self.toggle.setVisible(not self._compact)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if opened else Qt.ArrowType.RightArrow)
        self.body.setVisible(opened and not self._compact)
        self.jot_label.setVisible(self._compact)
        self.jot.setVisible(self._compact)
        self._show_state()

    def _show_state(self) -> None:
        """Folded or not, the line says whether there is something written, never what."""
        written = self.text.toPlainText().strip()
        count = len(written.splitlines()) if written else 0
        if count == 0:
            state = self.tr("Nothing written yet")
        elif count == 1:
            state = self.tr("1 line written")
        else:
            state = self.tr("{0} lines written").format(count)
        if not self.toggle.isChecked() and not self._compact:
            state += self.tr(" — folded; press the title (Alt+P) to open")
        self.state.setText(state)
        opened = self.tr("open") if self.toggle.isChecked() else self.tr("folded")
        self.toggle.setAccessibleDescription(self.tr("{0}, {1}").format(opened, state))

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
