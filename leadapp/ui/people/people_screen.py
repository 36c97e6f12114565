"""The People section: a filterable list on the left, the chosen person's editor on the right."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from leadapp.domain.enums import PersonKind
from leadapp.domain.people import Person, profession_label
from leadapp.domain.reference import Reference
from leadapp.store.changes import ChangeSet, Table
from leadapp.store.store import Store
from leadapp.ui import labels
from leadapp.ui.events import DataEvents
from leadapp.ui.keyboard import back_keys, search_to_results
from leadapp.ui.people.mentee_page import MenteePage
from leadapp.ui.people.person_editor import PersonEditor
from leadapp.ui.privacy import Privacy
from leadapp.ui.screen import Screen
from leadapp.ui.widgets.choices import fill_items
from leadapp.ui.widgets.clear_button import named_clear_button
from leadapp.ui.widgets.paged_model import Column, PagedTableModel
from leadapp.ui.widgets.roles import make_primary, set_role
from leadapp.ui.widgets.tables import list_table
from leadapp.ui.widgets.tick_boxes import outlined


class AddPersonDialog(QDialog):
    """Only a name and a role are asked for; everything else is filled in later, if ever."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a person"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.full_name = QLineEdit()
        self.full_name.setMaxLength(200)
        self.full_name.setAccessibleName(self.tr("Name"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Role"))
        fill_items(
            self.kind,
            [(k.value, v) for k, v in labels.person_kinds().items()],
        )
        name_label = QLabel(self.tr("&Name"))
        name_label.setBuddy(self.full_name)
        kind_label = QLabel(self.tr("&Role"))
        kind_label.setBuddy(self.kind)
        form.addRow(name_label, self.full_name)
        form.addRow(kind_label, self.kind)
        self.error = QLabel()
        set_role(self.error, "error")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        if not self.full_name.text().strip():
            self.error.setText(self.tr("Type a name to add the person."))
            self.full_name.setFocus()
            return
        super().accept()

    def person(self) -> Person:
        return Person(full_name=self.full_name.text().strip(), kind=PersonKind(self.kind.currentData()))


class PeopleScreen(Screen, QWidget):
    def __init__(
        self, store: Store, ref: Reference, events: DataEvents, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.ref = ref
        self.privacy: Privacy | None = None
        self.setAccessibleName(self.tr("People"))
        professions = ref.profession_names()
        kinds = labels.person_kinds()

        def name(p: Person) -> str:
            return p.full_name + (self.tr(" (you)") if p.is_owner else "")

        def role(p: Person) -> str:
            return kinds[p.kind] + (self.tr(" · archived") if p.archived else "")

        columns: list[Column[Person]] = [
            Column(self.tr("Name"), name),
            Column(self.tr("Role"), role),
            Column(self.tr("Profession"), lambda p: profession_label(p, professions)),
            Column(self.tr("Organisation"), lambda p: p.organisation),
        ]
        self.model: PagedTableModel[Person] = PagedTableModel(columns, self._fetch, self._count, self)
        self._build(events)
        self._connect()
        events.watch(self.editor, {Table.PEOPLE}, self._on_person_changed)
        events.watch(self.table, {Table.PEOPLE}, self._on_listed_changed)
        events.changed_elsewhere.connect(self.editor.follow_store)
        self.reload()

    # Building ------------------------------------------------------------------------------------------

    def _build(self, events: DataEvents) -> None:
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_list_page())
        self.mentee_page = MenteePage(self.store, self.ref, events)
        self.pages.addWidget(self.mentee_page)
        QVBoxLayout(self).addWidget(self.pages)

    def _build_list_page(self) -> QWidget:
        """The filters over the list of people, and the chosen person's profile beside it."""
        list_page = QWidget()
        layout = QVBoxLayout(list_page)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("People"))
        set_role(title, "heading")
        layout.addWidget(title)
        intro = QLabel(
            self.tr(
                "You, the people you mentor, and your own mentors, champions and coaches. "
                "Changes are saved as you type."
            )
        )
        set_role(intro, "secondary")
        intro.setWordWrap(True)
        layout.addWidget(intro)

        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find by name or organisation"))
        self.search.setAccessibleName(self.tr("Find a person"))
        named_clear_button(self.search)
        self.kind_filter = QComboBox()
        self.kind_filter.setAccessibleName(self.tr("Show which people"))
        self.kind_filter.addItem(self.tr("Everyone"), "")
        for kind, text in labels.person_kind_plurals().items():
            self.kind_filter.addItem(text, kind.value)
        self.show_archived = outlined(QCheckBox(self.tr("Show archived")))
        self.add_button = QPushButton(self.tr("Add person…"))
        make_primary(self.add_button)
        self.add_button.setToolTip(self.tr("Add person (Ctrl+Shift+A)"))
        filters.addWidget(self.search, 3)
        filters.addWidget(self.kind_filter, 1)
        filters.addWidget(self.show_archived)
        filters.addWidget(self.add_button)
        layout.addLayout(filters)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.table = list_table(self.tr("People list"), self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        left_layout.addWidget(self.table)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        set_role(self.empty, "secondary")
        left_layout.addWidget(self.empty)
        splitter.addWidget(left)

        self.editor = PersonEditor(self.store, self.ref)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.editor)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        return list_page

    def _connect(self) -> None:
        self.search.textChanged.connect(self.reload)
        self.kind_filter.currentIndexChanged.connect(self.reload)
        self.show_archived.toggled.connect(self.reload)
        self.add_button.clicked.connect(self.add_person)
        QShortcut(QKeySequence("Ctrl+Shift+A"), self, self.add_person)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.table.activated.connect(lambda index: self._open_row(index.row()))
        search_to_results(self.search, self.table)
        self.editor.problem.connect(self.problem)
        back_keys(self.editor, self._back_to_list)
        self.mentee_page.back.connect(self.show_list)
        self.mentee_page.edit_profile.connect(self.edit_profile)
        self.mentee_page.start_today.connect(self.todays_session_requested)
        self.mentee_page.open_timeline.connect(
            lambda mentee: self.open_requested.emit("timeline", mentee, mentee)
        )

    def _filters(self) -> tuple[list[PersonKind] | None, bool, str]:
        kind = self.kind_filter.currentData()
        return (
            [PersonKind(kind)] if kind else None,
            self.show_archived.isChecked(),
            self.search.text(),
        )

    def follow_sharing(self, privacy: Privacy) -> None:
        """While sharing, other mentees leave the list and the editor, and notes about people are hidden."""
        self.mentee_page.set_privacy(privacy)
        self.privacy = privacy
        self.editor.privacy = privacy
        privacy.scope_changed.connect(self._on_sharing)
        self._on_sharing()

    def _on_sharing(self) -> None:
        self.editor.show_sensitive(self.privacy is None or not self.privacy.hidden)
        self.reload()
        shown = self.editor.person
        if shown is not None and self.privacy is not None and not self.privacy.shows(shown):
            self.table.clearSelection()
            self.editor.load(None)
        on_page = self.store.people.find(self.mentee_page.person_id) if self.mentee_page.person_id else None
        if on_page is not None and self.privacy is not None and not self.privacy.shows(on_page):
            self.mentee_page.person_id = None
            if self.pages.currentWidget() is self.mentee_page:
                self.show_list()

    def _sharing(self) -> bool:
        return self.privacy is not None and self.privacy.hidden

    def _shown_while_sharing(self) -> list[Person]:
        kinds, archived, text = self._filters()
        privacy = self.privacy
        assert privacy is not None
        return [p for p in self.store.people.listing(kinds, archived, text) if privacy.shows(p)]

    def _fetch(self, offset: int, limit: int) -> list[Person]:
        if self._sharing():
            return self._shown_while_sharing()[offset : offset + limit]
        kinds, archived, text = self._filters()
        return self.store.people.listing(kinds, archived, text, limit=limit, offset=offset)

    def _count(self) -> int:
        if self._sharing():
            return len(self._shown_while_sharing())
        kinds, archived, text = self._filters()
        return self.store.people.count_listing(kinds, archived, text)

    def _selected_id(self) -> str | None:
        person = self.model.row_object(self.table.currentIndex().row())
        return person.id if person else None

    def reload(self) -> None:
        self.editor.autosaver.flush()
        current = self._selected_id() or (self.editor.person.id if self.editor.person else None)
        self.model.reload()
        if self.model.total() == 0:
            if self.search.text().strip():
                self.empty.setText(self.tr("Nobody matches that search."))
            else:
                self.empty.setText(
                    self.tr("No people here yet. Add your first mentee with Add person (Ctrl+Shift+A).")
                )
            self.empty.show()
        else:
            self.empty.hide()
        if current:
            self.select(current)

    def _on_person_changed(self, _change: ChangeSet) -> None:
        if not self.editor.autosaver.pending:
            self.editor.follow_store()

    def _on_listed_changed(self, _change: ChangeSet) -> None:
        """Refresh the list after a save, keeping the row the person has selected, not the one saved."""
        if not self.editor.autosaver.pending:
            selected = self._selected_id()
            self.model.reload()
            if selected is not None:
                self.select(selected, load=False)

    def select(self, person_id: str, load: bool = True) -> bool:
        row = self.model.find_row(lambda p: p.id == person_id)
        if row < 0:
            return False
        self.table.selectionModel().blockSignals(not load)
        self.table.selectRow(row)
        self.table.selectionModel().blockSignals(False)
        return True

    def _open_row(self, row: int) -> None:
        person = self.model.row_object(row)
        if person is not None:
            self.open_person(person.id)

    def open_record(self, record_id: str) -> None:
        if record_id:
            self.open_person(record_id)

    def start_new(self, mentee_id: str) -> None:
        self.add_person()

    def refresh(self) -> None:
        self.reload()

    def open_person(self, person_id: str) -> None:
        """A mentee opens on their page; anyone else (a mentor, a champion, yourself) in the profile form."""
        person = self.store.people.find(person_id)
        if person is None:
            return
        if person.kind is PersonKind.MENTEE and not person.is_owner:
            self.mentee_page.show_person(person_id)
            self.pages.setCurrentWidget(self.mentee_page)
            self.mentee_opened.emit(person_id)
        else:
            self.edit_profile(person_id)

    def show_list(self, person_id: str = "") -> None:
        self.pages.setCurrentIndex(0)
        if person_id and not self.select(person_id):
            self._show_everyone()
            self.select(person_id)
        self.table.setFocus()

    def edit_profile(self, person_id: str) -> None:
        self.show_list(person_id)
        QTimer.singleShot(0, self.editor.full_name.setFocus)

    def _show_everyone(self) -> None:
        self.kind_filter.setCurrentIndex(0)
        self.search.clear()
        self.show_archived.setChecked(True)

    def record_open(self) -> bool:
        return self.pages.currentWidget() is self.mentee_page

    def mentee_in_front(self) -> str | None:
        """The mentee whose page is open, or the mentee highlighted in the list."""
        if self.pages.currentWidget() is self.mentee_page:
            return self.mentee_page.person_id
        person = self.model.row_object(self.table.currentIndex().row())
        return person.id if person is not None and person.kind is PersonKind.MENTEE else None

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.editor.load(self.model.row_object(current.row()) if current.isValid() else None)

    def add_person(self) -> None:
        dialog = AddPersonDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        person = self.write(self.store.people.add, dialog.person())
        if person is None:
            return
        self.kind_filter.setCurrentIndex(0)
        self.search.clear()
        self.reload()
        self.select(person.id)
        QTimer.singleShot(0, self.editor.full_name.setFocus)

    def _back_to_list(self) -> None:
        """Esc in the person's form: saved, and back to the list on the same person."""
        self.editor.autosaver.flush()
        self.table.setFocus()

    def flush(self) -> None:
        self.editor.autosaver.flush()
