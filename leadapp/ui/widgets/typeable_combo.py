"""Choosing from a list by typing any word of an entry: "8b" finds "Band 8b", "not" finds "Not on ...".

Qt's own type-to-select only matches the start of an entry, and every band starts with "Band", so a
keyboard user could not choose one by typing. Typing collects letters for a second, like Qt's search.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox

TYPING_PAUSE_MS = 1000
_PLAIN = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier


def best_match(labels: list[str], typed: str) -> int:
    """The entry that starts with the text, else one with a word that does, else one that holds it; -1."""
    wanted = typed.strip().casefold()
    if not wanted:
        return -1
    folded = [label.casefold() for label in labels]
    for test in (
        lambda text: text.startswith(wanted),
        lambda text: any(word.startswith(wanted) for word in text.split()),
        lambda text: wanted in text,
    ):
        for position, text in enumerate(folded):
            if test(text):
                return position
    return -1


class _TypeToChoose(QObject):
    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo)
        self.combo = combo
        self.typed = ""
        self.clock = QElapsedTimer()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        text = event.text()
        if not text or not text.isprintable() or event.modifiers() & ~_PLAIN:
            return False
        if not self.clock.isValid() or self.clock.elapsed() > TYPING_PAUSE_MS:
            self.typed = ""
        if text == " " and not self.typed:
            return False
        self.clock.restart()
        self.typed += text
        labels = [self.combo.itemText(i) for i in range(self.combo.count())]
        position = best_match(labels, self.typed)
        if position >= 0 and position != self.combo.currentIndex():
            self.combo.setCurrentIndex(position)
            self.combo.activated.emit(position)
        return True


def typeable(combo: QComboBox) -> QComboBox:
    """Let the combo be chosen by typing any word of an entry; returns it for chaining."""
    combo.installEventFilter(_TypeToChoose(combo))
    return combo
