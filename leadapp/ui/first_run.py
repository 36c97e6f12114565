"""The first-run dialog: who you are, or a look at the demo first."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from leadapp.domain.enums import OwnerRole, PersonKind
from leadapp.domain.people import OTHER_PROFESSION, Person
from leadapp.domain.reference import Reference
from leadapp.store.store import Store
from leadapp.ui.widgets.choices import fill_professions
from leadapp.ui.widgets.forms import labelled_row
from leadapp.ui.widgets.roles import set_role


class FirstRunChoice(Enum):
    START = "start"
    DEMO = "demo"


class FirstRunDialog(QDialog):
    def __init__(self, ref: Reference, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to LeadApp"))
        self.choice = FirstRunChoice.START
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Welcome to LeadApp"))
        set_role(heading, "heading")
        layout.addWidget(heading)
        intro = QLabel(
            self.tr(
                "A private place for leadership-career mentoring conversations. Everything stays on this "
                "computer and is saved as you type. Tell us a little about you; you can change it later."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        role_box = QGroupBox(self.tr("I am using LeadApp as a"))
        role_layout = QHBoxLayout(role_box)
        self.mentor = QRadioButton(self.tr("&Mentor"))
        self.mentee = QRadioButton(self.tr("M&entee"))
        self.mentor.setChecked(True)
        self.roles = QButtonGroup(self)
        self.roles.addButton(self.mentor)
        self.roles.addButton(self.mentee)
        role_layout.addWidget(self.mentor)
        role_layout.addWidget(self.mentee)
        layout.addWidget(role_box)

        form = QFormLayout()
        layout.addLayout(form)
        self.full_name = QLineEdit()
        self.full_name.setMaxLength(200)
        self.profession = QComboBox()
        fill_professions(self.profession, ref)
        self.profession_other = QLineEdit()
        self.profession_other.setPlaceholderText(self.tr("If Other: your profession"))
        self.organisation = QLineEdit()
        self.organisation.setPlaceholderText(self.tr("For example: your trust"))
        for text, widget in (
            (self.tr("Your &name"), self.full_name),
            (self.tr("&Profession"), self.profession),
            (self.tr("Profession (o&ther)"), self.profession_other),
            (self.tr("&Organisation"), self.organisation),
        ):
            labelled_row(form, text, widget)

        self.error = QLabel()
        set_role(self.error, "error")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)

        buttons = QDialogButtonBox()
        self.start_button = buttons.addButton(self.tr("&Start"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.demo_button: QPushButton = buttons.addButton(
            self.tr("E&xplore the demo first"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.demo_button.setAccessibleDescription(
            self.tr("Opens a separate database of made-up mentees; your own stays empty until you start.")
        )
        self.start_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.demo_button.clicked.connect(self._choose_demo)
        layout.addWidget(buttons)
        self.full_name.textChanged.connect(self.error.clear)
        self.full_name.setFocus()

    def _choose_demo(self) -> None:
        self.choice = FirstRunChoice.DEMO
        super().accept()

    def accept(self) -> None:
        if not self.full_name.text().strip():
            self.error.setText(self.tr("Type your name to start. Everything else can wait."))
            self.full_name.setFocus()
            return
        self.choice = FirstRunChoice.START
        super().accept()

    def role(self) -> OwnerRole:
        return OwnerRole.MENTEE if self.mentee.isChecked() else OwnerRole.MENTOR

    def owner(self) -> Person:
        profession = self.profession.currentData() or ""
        return Person(
            full_name=self.full_name.text().strip(),
            kind=PersonKind(self.role().value),
            is_owner=True,
            profession=profession,
            profession_other=self.profession_other.text().strip() if profession == OTHER_PROFESSION else "",
            organisation=self.organisation.text().strip(),
        )


def complete_first_run(store: Store, dialog: FirstRunDialog) -> Person:
    """Record the owner and their role from an accepted dialog, both or neither."""
    with store.transaction():
        store.settings.set_owner_role(dialog.role())
        return store.people.add(dialog.owner())
