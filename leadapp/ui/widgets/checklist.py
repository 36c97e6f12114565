"""A list of ticks (Space toggles), with optional group headings; reports the codes ticked."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from leadapp.ui.widgets.tick_boxes import outlined

CODE_ROLE = Qt.ItemDataRole.UserRole


class Checklist(QListWidget):
    changed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outlined(self)
        self.setAccessibleName(name)
        self.itemChanged.connect(lambda _item: self.changed.emit())
        self.setMinimumHeight(self.fontMetrics().height() * 6)

    def set_items(self, groups: list[tuple[str, list[tuple[str, str]]]], ticked: list[str]) -> None:
        """Groups of (heading, [(code, label)]); a heading of '' adds the items without one."""
        self.blockSignals(True)
        self.clear()
        for heading, items in groups:
            if heading:
                head = QListWidgetItem(heading)
                head.setFlags(Qt.ItemFlag.NoItemFlags)
                font = head.font()
                font.setBold(True)
                head.setFont(font)
                self.addItem(head)
            for code, label in items:
                item = QListWidgetItem(label)
                item.setData(CODE_ROLE, code)
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
                )
                item.setCheckState(Qt.CheckState.Checked if code in ticked else Qt.CheckState.Unchecked)
                self.addItem(item)
        self.blockSignals(False)

    def codes(self) -> list[str]:
        found = []
        for row in range(self.count()):
            item = self.item(row)
            code = item.data(CODE_ROLE)
            if code and item.checkState() == Qt.CheckState.Checked:
                found.append(str(code))
        return found

    def tick(self, code: str, on: bool = True) -> None:
        for row in range(self.count()):
            item = self.item(row)
            if item.data(CODE_ROLE) == code:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
