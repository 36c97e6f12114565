"""Home: for a mentor, the caseload; for a mentee, their own mentoring at a glance."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from leadapp.domain.enums import OwnerRole, PersonKind
from leadapp.domain.people import Person, profession_label
from leadapp.domain.reference import Reference
from leadapp.store.store import Store
from leadapp.ui.events import DataEvents
from leadapp.ui.widgets.date_field import format_date
from leadapp.ui.widgets.paged_model import Column, PagedTableModel


class HomeScreen(QWidget):
    open_people = Signal()
    open_person = Signal(str)

    def __init__(
        self,
        store: Store,
        ref: Reference,
        events: DataEvents,
        role: OwnerRole,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.role = role
        is_mentor = role is OwnerRole.MENTOR
        self.setAccessibleName(self.tr("Home") if is_mentor else self.tr("My mentoring"))
        professions = ref.profession_names()
        layout = QVBoxLayout(self)
        self.greeting = QLabel()
        self.greeting.setProperty("role", "heading")
        self.greeting.setWordWrap(True)
        layout.addWidget(self.greeting)
        self.summary = QLabel()
        self.summary.setProperty("role", "secondary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        kinds = (
            [PersonKind.MENTEE] if is_mentor else [PersonKind.MENTOR, PersonKind.CHAMPION, PersonKind.COACH]
        )

        def since(p: Person) -> str:
            starts = [r.start_date for r in store.relationships.for_person(p.id) if r.start_date]
            return format_date(min(starts)) if starts else ""

        columns: list[Column[Person]] = [
            Column(self.tr("Name"), lambda p: p.full_name),
            Column(self.tr("Profession"), lambda p: profession_label(p, professions)),
            Column(self.tr("Organisation"), lambda p: p.organisation),
            Column(self.tr("Working together since"), since),
        ]
        self.model: PagedTableModel[Person] = PagedTableModel(
            columns,
            lambda offset, limit: store.people.listing(kinds, limit=limit, offset=offset),
            lambda: store.people.count_listing(kinds),
            self,
        )
        self.list_title = QLabel(self.tr("Your mentees") if is_mentor else self.tr("Who supports you"))
        self.list_title.setProperty("role", "subheading")
        layout.addWidget(self.list_title)
        self.table = QTableView()
        self.table.setAccessibleName(self.list_title.text())
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setTabKeyNavigation(False)
        self.table.activated.connect(self._on_activated)
        layout.addWidget(self.table, 1)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.people_button = QPushButton(self.tr("Go to People (Ctrl+3)"))
        self.people_button.clicked.connect(self.open_people.emit)
        layout.addWidget(self.people_button, 0, Qt.AlignmentFlag.AlignLeft)
        events.data_changed.connect(self._on_data_changed)
        self.refresh()

    def _on_activated(self, index: QModelIndex) -> None:
        person = self.model.row_object(index.row())
        if person is not None:
            self.open_person.emit(person.id)

    def _on_data_changed(self, table: str, _ids: list[str]) -> None:
        if table in ("people", "relationships"):
            self.refresh()

    def refresh(self) -> None:
        owner = self.store.people.owner()
        first = owner.full_name.split()[0] if owner and owner.full_name.strip() else ""
        self.greeting.setText(self.tr("Hello, {0}").format(first) if first else self.tr("Hello"))
        self.model.reload()
        count = self.model.total()
        if self.role is OwnerRole.MENTOR:
            self.summary.setText(
                self.tr("You are mentoring {0} people.").format(count)
                if count
                else self.tr(
                    "Your caseload will show here: who is due a session, and whose actions are open."
                )
            )
            self.empty.setText(
                "" if count else self.tr("No mentees yet. Add your first mentee in People (Ctrl+3).")
            )
        else:
            self.summary.setText(
                self.tr("Your mentors, champions and coaches, and soon your next session and open actions.")
            )
            self.empty.setText(
                ""
                if count
                else self.tr("Add your mentor in People (Ctrl+3) so your sessions can be recorded with them.")
            )
        self.empty.setVisible(not count)
        self.table.setVisible(bool(count))
