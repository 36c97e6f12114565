"""A person's own choice to record an under-represented group they belong to, with why it is asked.

Off unless they turn it on; their words count only in anonymised programme returns, never by name.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFrame, QLabel, QLineEdit, QVBoxLayout, QWidget

from leadapp.domain.programme import EQUITY_EXPLANATION
from leadapp.ui.widgets.roles import set_role
from leadapp.ui.widgets.tick_boxes import outlined


class EquityChoice(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Under-represented group, for programme returns"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.recorded = outlined(
            QCheckBox(self.tr("Record an &under-represented group, in the person's own words (their choice)"))
        )
        self.explanation = QLabel(self.tr(EQUITY_EXPLANATION))
        self.explanation.setWordWrap(True)
        set_role(self.explanation, "secondary")
        words = QLabel(self.tr("In your own &words"))
        self.description = QLineEdit()
        self.description.setMaxLength(120)
        self.description.setAccessibleName(self.tr("Under-represented group, in your own words"))
        self.description.setPlaceholderText(self.tr("For example: Black British, disabled, first in family"))
        words.setBuddy(self.description)
        for widget in (self.recorded, self.explanation, words, self.description):
            layout.addWidget(widget)
        self.recorded.toggled.connect(self.description.setEnabled)
        self.description.setEnabled(False)

    def show_choice(self, recorded: bool, description: str) -> None:
        self.recorded.blockSignals(True)
        self.recorded.setChecked(recorded)
        self.recorded.blockSignals(False)
        self.description.setEnabled(recorded)
        self.description.setText(description)
