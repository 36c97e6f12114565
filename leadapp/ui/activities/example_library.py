"""The guide's example activities, per category and stage: pick one to start an activity from it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leadapp.domain.reference import Example, Reference
from leadapp.ui.keyboard import search_to_results
from leadapp.ui.widgets.choices import select_data

STAGE_WORDS = {"early_mid": "early mid-career", "later_mid": "later mid-career", "any": "any stage"}


class ExampleLibraryDialog(QDialog):
    def __init__(
        self,
        ref: Reference,
        category: str | None = None,
        selected: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ref = ref
        self.setWindowTitle(self.tr("Start from an example"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Examples from the NHS England and NHS Improvement guide to developing AHP leaders. ")
            + self.tr("Pick one, then make it your own.")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search examples"))
        self.search.setAccessibleName(self.tr("Search examples"))
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Category"))
        self.category.addItem(self.tr("All categories"), "")
        for item in ref.categories:
            self.category.addItem(f"{item.letter} · {item.name}", item.code)
        self.stage = QComboBox()
        self.stage.setAccessibleName(self.tr("Career stage"))
        self.stage.addItem(self.tr("Any stage"), "")
        self.stage.addItem(self.tr("Early mid-career"), "early_mid")
        self.stage.addItem(self.tr("Later mid-career"), "later_mid")
        filters.addWidget(self.search, 2)
        filters.addWidget(self.category, 2)
        filters.addWidget(self.stage, 1)
        layout.addLayout(filters)
        self.examples = QListWidget()
        self.examples.setAccessibleName(self.tr("Examples"))
        self.examples.itemActivated.connect(lambda _item: self.accept())
        layout.addWidget(self.examples, 1)
        search_to_results(self.search, self.examples)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start this activity"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if category:
            select_data(self.category, category)
        self.search.textChanged.connect(self.refresh)
        self.category.currentIndexChanged.connect(self.refresh)
        self.stage.currentIndexChanged.connect(self.refresh)
        self.refresh()
        if selected:
            for row in range(self.examples.count()):
                if self.examples.item(row).data(Qt.ItemDataRole.UserRole).code == selected:
                    self.examples.setCurrentRow(row)
        self.resize(self.fontMetrics().averageCharWidth() * 95, self.fontMetrics().height() * 30)
        self.search.setFocus()

    def refresh(self) -> None:
        words = self.search.text().lower().split()
        found = self.ref.examples(self.category.currentData() or None, self.stage.currentData() or None)
        self.examples.clear()
        for example in found:
            if not all(word in example.title.lower() for word in words):
                continue
            category = self.ref.category(example.category)
            where = self.tr(", outside the NHS") if example.setting == "outside_nhs" else ""
            stage = STAGE_WORDS.get(example.stage, example.stage)
            text = f"{category.letter} · {example.title} ({stage}{where})"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, example)
            self.examples.addItem(item)
        if self.examples.count():
            self.examples.setCurrentRow(0)

    def chosen(self) -> Example | None:
        item = self.examples.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item else None
        return value if isinstance(value, Example) else None

    def accept(self) -> None:
        if self.chosen() is not None:
            super().accept()
