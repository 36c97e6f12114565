"""The five categories as toggle chips: colour, letter and short label, never colour alone."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton, QWidget

from leadapp.domain.reference import Category
from leadapp.ui.theme import FOCUS
from leadapp.ui.widgets.flow_layout import FlowLayout


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())
    )


def text_colour_for(background: str) -> str:
    """Black or white, whichever contrasts more with the chip colour (WCAG relative luminance)."""
    lum = _luminance(QColor(background))
    on_white = 1.05 / (lum + 0.05)
    on_black = (lum + 0.05) / 0.05
    return "#FFFFFF" if on_white >= on_black else "#000000"


class CategoryChips(QWidget):
    changed = Signal()

    def __init__(
        self, categories: tuple[Category, ...], with_shortcuts: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        layout = FlowLayout(self)
        self.buttons: dict[str, QPushButton] = {}
        for number, category in enumerate(categories, start=1):
            button = QPushButton(f"{category.letter}  {category.short}")
            button.setCheckable(True)
            button.setAccessibleName(category.name)
            shortcut_text = f"Alt+{number}"
            button.setToolTip(f"{category.name} ({shortcut_text})" if with_shortcuts else category.name)
            fore = text_colour_for(category.colour)
            colour = category.colour
            button.setStyleSheet(
                f"QPushButton {{ border: 2px solid {colour}; border-radius: 4px; padding: 0.25em 0.7em; }}"
                f"QPushButton:checked {{ background: {colour}; color: {fore}; }}"
                f"QPushButton:focus {{ border: 3px solid {FOCUS}; }}"
            )
            button.ensurePolished()
            button.setMinimumWidth(button.sizeHint().width())
            button.toggled.connect(lambda _on: self.changed.emit())
            layout.addWidget(button)
            self.buttons[category.code] = button
            if with_shortcuts:
                shortcut = QShortcut(QKeySequence(shortcut_text), self)
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                shortcut.activated.connect(button.toggle)

    def codes(self) -> list[str]:
        return [code for code, button in self.buttons.items() if button.isChecked()]

    def set_codes(self, codes: list[str]) -> None:
        for code, button in self.buttons.items():
            button.blockSignals(True)
            button.setChecked(code in codes)
            button.blockSignals(False)
