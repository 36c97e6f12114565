"""Quick capture: one line about a mentee, written from anywhere and kept without leaving the screen.

The same small dialog opens a note from the timeline. Whatever is typed is kept: Enter saves, and closing
with Esc keeps a new line as a note to finish later rather than throwing it away.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QFocusEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from leadapp.domain.enums import NoteKind, PersonKind, Visibility
from leadapp.domain.ids import today
from leadapp.domain.notes import Note
from leadapp.domain.reference import Reference
from leadapp.store.errors import StoreError
from leadapp.store.store import Store
from leadapp.ui.privacy import Privacy
from leadapp.ui.widgets.choices import select_data
from leadapp.ui.widgets.tick_boxes import outlined


class KeptLine(QLineEdit):
    """A line that keeps its words when focus arrives: the cursor goes to the end instead of selecting all,
    so the first key typed adds to a note rather than replacing it."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.end(False)


class NoteDialog(QDialog):
    def __init__(
        self,
        store: Store,
        ref: Reference,
        privacy: Privacy,
        own_private: Visibility,
        mentee_id: str | None,
        note: Note | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.own_private = own_private
        self.note = note
        self.saved: Note | None = None
        self.problem = ""
        self.setWindowTitle(self.tr("Quick note") if note is None else self.tr("Note"))
        self.setAccessibleName(self.windowTitle())
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.text = KeptLine()
        self.text.setAccessibleName(self.tr("Note"))
        self.text.setPlaceholderText(self.tr("One line now; finish it later"))
        self.text.setMinimumWidth(self.fontMetrics().averageCharWidth() * 50)
        text_label = QLabel(self.tr("&Note"))
        text_label.setBuddy(self.text)
        form.addRow(text_label, self.text)

        self.mentee = QComboBox()
        self.mentee.setAccessibleName(self.tr("About"))
        for person in store.people.listing([PersonKind.MENTEE]):
            if privacy.shows(person) or (note is not None and person.id == note.person_id):
                self.mentee.addItem(person.full_name, person.id)
        mentee_label = QLabel(self.tr("&About"))
        mentee_label.setBuddy(self.mentee)
        form.addRow(mentee_label, self.mentee)

        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Category"))
        self.category.addItem(self.tr("No category"), "")
        for number, category in enumerate(ref.categories, start=1):
            self.category.addItem(f"{category.letter}  {category.name} (Alt+{number})", category.code)
            shortcut = QShortcut(QKeySequence(f"Alt+{number}"), self)
            shortcut.activated.connect(lambda code=category.code: self._toggle_category(code))
        category_label = QLabel(self.tr("Categor&y"))
        category_label.setBuddy(self.category)
        form.addRow(category_label, self.category)

        self.private = outlined(
            QCheckBox(self.tr("Private to me: never shared, printed or exported (Alt+P)"))
        )
        self.finish_later = outlined(QCheckBox(self.tr("Finish later: listed on Home (Alt+F)")))
        # A mnemonic clicks after a short animation; these keys toggle at once, so Enter straight after
        # saves what the box shows.
        for keys, box in (("Alt+P", self.private), ("Alt+F", self.finish_later)):
            QShortcut(QKeySequence(keys), self, box.toggle)
        form.addRow(self.private)
        form.addRow(self.finish_later)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        self.message.hide()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save)
        buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        if note is None and not mentee_id and self.mentee.count() > 1:
            # Nobody in front of you: ask rather than file the line under whoever sorts first.
            self.mentee.insertItem(0, self.tr("Choose who it is about"), "")
        if note is None:
            select_data(self.mentee, mentee_id or "")
            self.finish_later.setChecked(True)
        else:
            self.text.setText(note.body)
            select_data(self.mentee, note.person_id)
            self.mentee.setEnabled(False)
            select_data(self.category, note.category)
            self.private.setChecked(note.visibility is not Visibility.SHARED)
            self.finish_later.setChecked(note.finish_later)
        self.text.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        """Typing starts at once, whichever window had focus when the key was pressed, and after what is
        already there: a note opened again must not be replaced by the first key."""
        super().showEvent(event)
        self.activateWindow()
        self.text.setFocus()

    def _toggle_category(self, code: str) -> None:
        self.category.setCurrentIndex(
            0 if self.category.currentData() == code else self.category.findData(code)
        )

    def _visibility(self) -> Visibility:
        return self.own_private if self.private.isChecked() else Visibility.SHARED

    def keep(self) -> bool:
        """Write what is on the dialog; False (with the reason shown) when it could not be written."""
        body = self.text.text().strip()
        person_id = self.mentee.currentData()
        if self.note is None and not body:
            return True
        if not person_id:
            self._say(self.tr("Choose who the note is about. Nothing was saved."))
            return False
        values: dict[str, Any] = {
            "body": body,
            "category": self.category.currentData() or "",
            "visibility": self._visibility(),
            "finish_later": self.finish_later.isChecked(),
        }
        try:
            if self.note is None:
                self.saved = self.store.notes.add(
                    Note(person_id=person_id, noted_on=today(), kind=NoteKind.QUICK_NOTE, **values)
                )
            else:
                self.saved = self.store.notes.set_fields(self.note.id, **values)
        except StoreError as error:
            self._say(str(error))
            return False
        return True

    def _say(self, text: str) -> None:
        self.problem = text
        self.message.setText(text)
        self.message.show()

    def accept(self) -> None:
        if self.keep():
            super().accept()

    def reject(self) -> None:
        """Esc keeps what was typed: losing a line to a stray key is worse than one more note. When it
        cannot be kept (nobody to file it under) the reason is shown once, and a second Esc closes."""
        said = self.problem
        if self.keep() or said:
            super().reject()
