"""Help ▸ Keyboard shortcuts: every shortcut the window defines, in one list."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QVBoxLayout,
    QWidget,
)

from leadapp.ui.widgets.tables import list_table


class ShortcutsDialog(QDialog):
    def __init__(self, shortcuts: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        layout = QVBoxLayout(self)
        model = QStandardItemModel(0, 2, self)
        model.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        for keys, what in shortcuts:
            model.appendRow([QStandardItem(keys), QStandardItem(what)])
        self.table = list_table(self.tr("Keyboard shortcuts"), model)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 70, self.fontMetrics().height() * 22)
