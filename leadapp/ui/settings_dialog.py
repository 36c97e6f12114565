"""Settings: theme and text size, applied at once and kept in the database."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from leadapp.store.errors import StoreError
from leadapp.store.store import Store
from leadapp.ui.theme import TEXT_SIZES, apply_theme, theme_settings
from leadapp.ui.widgets.choices import select_data
from leadapp.ui.widgets.forms import labelled_row
from leadapp.ui.widgets.roles import set_role


class SettingsDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Settings"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.theme = QComboBox()
        for code, text in (
            ("system", self.tr("Same as the system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            self.theme.addItem(text, code)
        self.text_size = QComboBox()
        for size in TEXT_SIZES:
            self.text_size.addItem(f"{size} %", size)
        theme, size = theme_settings(store)
        select_data(self.theme, theme)
        select_data(self.text_size, size)
        for text, widget in (
            (self.tr("&Theme"), self.theme),
            (self.tr("Text &size"), self.text_size),
        ):
            labelled_row(form, text, widget)
        self.theme.currentIndexChanged.connect(self._apply)
        self.text_size.currentIndexChanged.connect(self._apply)
        self.message = QLabel()
        set_role(self.message, "error")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        layout.addWidget(buttons)

    def _apply(self) -> None:
        try:
            theme, size = str(self.theme.currentData()), int(self.text_size.currentData())
            self.store.settings.set_appearance(theme, size)
        except StoreError as error:
            self.message.setText(str(error) + " " + self.tr("The change applies until LeadApp is closed."))
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, str(self.theme.currentData()), int(self.text_size.currentData()))
