"""The Activities section: the portfolio list with filters and search, the editor, the example library."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from leadapp.domain.activities import STAGES, Activity, ActivityListing, activity_from_example
from leadapp.domain.enums import ActivityStatus, OwnerRole, PersonKind
from leadapp.domain.ids import today
from leadapp.domain.reference import Reference
from leadapp.domain.sharing import NOBODY
from leadapp.store.activities import ActivityQuery
from leadapp.store.changes import ChangeSet, Table
from leadapp.store.store import Store
from leadapp.ui import labels
from leadapp.ui.activities.activity_editor import ActivityEditor
from leadapp.ui.activities.example_library import ExampleLibraryDialog
from leadapp.ui.bin.list_removal import removal_row
from leadapp.ui.events import DataEvents
from leadapp.ui.keyboard import search_to_results
from leadapp.ui.privacy import Privacy
from leadapp.ui.scope import person_scope
from leadapp.ui.screen import Screen
from leadapp.ui.widgets.clear_button import named_clear_button
from leadapp.ui.widgets.date_field import DateField, format_date
from leadapp.ui.widgets.paged_model import Column, PagedTableModel
from leadapp.ui.widgets.roles import make_primary, set_role
from leadapp.ui.widgets.tables import list_table

SEARCH_DELAY_MS = 250


class ActivitiesScreen(Screen, QWidget):
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
        self.ref = ref
        self.role = role
        self.mentee_id: str | None = None
        self._events = events
        self._editor: ActivityEditor | None = None
        self.setAccessibleName(self.tr("Activities"))
        self.pages = QStackedWidget()
        QVBoxLayout(self).addWidget(self.pages)
        statuses = labels.activity_statuses()
        reaches = labels.reaches()
        letters = {c.code: c.letter for c in ref.categories}
        stages = {s.code: s.label for s in ref.stages}

        def category_letters(activity: Activity) -> str:
            return " ".join(letters.get(c, c) for c in activity.categories)

        columns: list[Column[ActivityListing]] = [
            Column(self.tr("Started"), lambda r: format_date(r.activity.start_date)),
            Column(self.tr("Title"), lambda r: r.activity.title),
            Column(self.tr("Categories"), lambda r: category_letters(r.activity)),
            Column(self.tr("Stage"), lambda r: stages.get(r.activity.stage, "")),
            Column(self.tr("Status"), lambda r: statuses[r.activity.status]),
            Column(self.tr("Reach"), lambda r: reaches[r.activity.reach] if r.activity.reach else ""),
            Column(self.tr("Mentee"), lambda r: r.person_name),
        ]
        self.model: PagedTableModel[ActivityListing] = PagedTableModel(
            columns,
            self._fetch,
            self._count,
            self,
            ids=lambda: self.store.activities.listing_ids(self.query()),
            by_ids=self.store.activities.with_names_by_ids,
        )
        self.model.count_in_background(self.store.path, self._counting)
        self.model.order_in_background(self.store.path, self._ordering)
        self._sort_key, self._descending = "date", True
        self._build()
        self._connect()
        events.watch(self.table, {Table.PEOPLE, Table.ACTIVITIES}, self._on_listed_changed)
        self.reload()

    # Building ------------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.pages.addWidget(self._build_list_page())
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)

    @property
    def editor(self) -> ActivityEditor:
        """Built the first time an activity is opened or started, so opening the list does not pay for this
        hidden page. Code that runs with the list showing asks `_editor` instead, so it builds nothing."""
        if self._editor is None:
            self._editor = self._build_editor()
        return self._editor

    def _build_editor(self) -> ActivityEditor:
        editor = ActivityEditor(self.store, self.ref)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(editor)
        self.pages.addWidget(scroll)
        self._editor_page = scroll
        editor.problem.connect(self.problem)
        editor.back.connect(self.show_list)
        self._events.watch(editor, {Table.ACTIVITIES}, self._on_activity_changed)
        self._events.watch(editor.evidence, {Table.EVIDENCE}, lambda _change: editor.evidence.refresh())
        self._events.changed_elsewhere.connect(editor.follow_store)
        return editor

    def _build_list_page(self) -> QWidget:
        list_page = QWidget()
        layout = QVBoxLayout(list_page)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        title = QLabel(self.tr("Activities"))
        set_role(title, "heading")
        top.addWidget(title, 1)
        self.example_button = QPushButton(self.tr("Start from an example… (Ctrl+L)"))
        make_primary(self.example_button)
        self.new_button = QPushButton(self.tr("New activity (Ctrl+Shift+D)"))
        top.addWidget(self.example_button)
        top.addWidget(self.new_button)
        layout.addLayout(top)
        self.summary = QLabel()
        set_role(self.summary, "secondary")
        layout.addWidget(self.summary)

        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search titles, descriptions, outputs, outcomes and impact"))
        self.search.setAccessibleName(self.tr("Search activities"))
        named_clear_button(self.search)
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Category"))
        self.category.addItem(self.tr("All categories"), "")
        for category in self.ref.categories:
            self.category.addItem(f"{category.letter} · {category.short}", category.code)
        self.stage = QComboBox()
        self.stage.setAccessibleName(self.tr("Stage"))
        self.stage.addItem(self.tr("Any stage"), "")
        for stage in self.ref.stages:
            if stage.code in STAGES:
                self.stage.addItem(stage.label, stage.code)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        self.status.addItem(self.tr("Any status"), "")
        for status, text in labels.activity_statuses().items():
            self.status.addItem(text, status.value)
        self.date_from = DateField()
        self.date_from.setAccessibleName(self.tr("From date"))
        self.date_from.setPlaceholderText(self.tr("From dd/mm/yyyy"))
        self.date_to = DateField()
        self.date_to.setAccessibleName(self.tr("To date"))
        self.date_to.setPlaceholderText(self.tr("To dd/mm/yyyy"))
        filters.addWidget(self.search, 3)
        for widget in (self.category, self.stage, self.status, self.date_from, self.date_to):
            filters.addWidget(widget, 1)
        layout.addLayout(filters)

        self.table = list_table(self.tr("Activities list"), self.model, stretch_column=1)
        header = self.table.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        layout.addWidget(self.table, 1)
        layout.addLayout(
            removal_row(
                self.table,
                self.store.activities,
                lambda row: listed.activity.id if (listed := self.model.row_object(row)) else None,
                self.tr("activity"),
                self,
            )
        )
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        return list_page

    def _connect(self) -> None:
        self.model.total_known.connect(self._show_summary)
        self.example_button.clicked.connect(lambda: self.start_from_example())
        self.new_button.clicked.connect(self.new_activity)
        QShortcut(QKeySequence("Ctrl+L"), self, lambda: self.start_from_example())
        QShortcut(QKeySequence("Ctrl+Shift+D"), self, self.new_activity)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._sort)
        self.table.activated.connect(self._open_index)
        search_to_results(self.search, self.table, before=self.reload)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(self._timer.start)
        for box in (self.category, self.stage, self.status):
            box.currentIndexChanged.connect(self.reload)
        self.date_from.date_changed.connect(self.reload)
        self.date_to.date_changed.connect(self.reload)

    def person_scope(self) -> str | None:
        return person_scope(self.store, self.role, self.mentee_id)

    def query(self) -> ActivityQuery:
        status = self.status.currentData()
        return ActivityQuery(
            person_id=self.person_scope(),
            category=self.category.currentData() or None,
            stage=self.stage.currentData() or None,
            status=ActivityStatus(status) if status else None,
            date_from=self.date_from.value(),
            date_to=self.date_to.value(),
            text=self.search.text(),
            sort=self._sort_key,
            descending=self._descending,
        )

    def _fetch(self, offset: int, limit: int) -> list[ActivityListing]:
        return self.store.activities.listing_with_names(self.query(), limit=limit, offset=offset)

    def _count(self) -> int:
        return self.store.activities.count_listing(self.query())

    def _counting(self) -> Callable[[Store], int]:
        query = self.query()
        return lambda reader: reader.activities.count_listing(query)

    def _ordering(self) -> Callable[[Store], list[str]]:
        query = self.query()
        return lambda reader: reader.activities.listing_ids(query)

    def _sort(self, column: int, order: Qt.SortOrder) -> None:
        keys = {0: "date", 1: "title", 3: "stage", 4: "status"}
        if column in keys:
            self._sort_key = keys[column]
            self._descending = order == Qt.SortOrder.DescendingOrder
            self.reload()

    def reload(self) -> None:
        self._timer.stop()
        self.model.reload()
        self.table.setColumnHidden(6, self.person_scope() is not None)
        self._show_summary()

    def _show_summary(self) -> None:
        total = self.model.total()
        if not self.model.counted():
            self.summary.setText(self.tr("Counting activities…"))
        else:
            self.summary.setText(
                self.tr("{0} activities").format(f"{total:,}") if total != 1 else self.tr("1 activity")
            )
        if total:
            self.empty.hide()
        else:
            filtered = bool(self.search.text().strip()) or any(
                box.currentIndex() > 0 for box in (self.category, self.stage, self.status)
            )
            self.empty.setText(
                self.tr("Nothing matches these filters.")
                if filtered
                else self.tr("No activities yet — start from an example (Ctrl+L).")
            )
            self.empty.show()

    def _listing(self) -> bool:
        return self.pages.currentIndex() == 0

    def _on_listed_changed(self, _change: ChangeSet) -> None:
        """Behind an open activity the list waits: `show_list` reads it again."""
        if self._listing():
            self.reload()

    def _on_activity_changed(self, _change: ChangeSet) -> None:
        if not self._listing():
            self.editor.follow_store()

    def set_mentee(self, mentee_id: str | None) -> None:
        self.mentee_id = mentee_id
        self.reload()

    def refresh(self) -> None:
        self.reload()

    def show_list(self) -> None:
        if self._editor is not None:
            self._editor.flush()
        self.pages.setCurrentIndex(0)
        self.reload()

    def _open_index(self, index: QModelIndex) -> None:
        listed = self.model.row_object(index.row())
        if listed is not None:
            self.open_activity(listed.activity.id)

    def open_record(self, record_id: str) -> None:
        if record_id:
            self.open_activity(record_id)

    def open_activity(self, activity_id: str) -> None:
        activity = self.store.activities.find(activity_id)
        if activity is None:
            return
        editor = self.editor
        editor.load(activity)
        self.pages.setCurrentWidget(self._editor_page)
        editor.focus_title()

    def follow_sharing(self, privacy: Privacy) -> None:
        """An activity of a mentee who is not in front of you leaves the screen when sharing starts."""

        def leave_other() -> None:
            shown = self._editor.activity if self._editor is not None else None
            if (
                self.pages.currentIndex() != 0
                and shown is not None
                and not privacy.scope.shows_mentee(shown.person_id)
            ):
                self.show_list()

        privacy.scope_changed.connect(leave_other)

    def _choose_person(self) -> str | None:
        scope = self.person_scope()
        if scope == NOBODY:
            self.problem.emit(
                self.tr("No mentee is chosen while sharing your screen: choose one before sharing.")
            )
            return None
        if scope:
            return scope
        mentees = self.store.people.listing([PersonKind.MENTEE])
        if not mentees:
            self.problem.emit(self.tr("Add a mentee in People first: activities belong to a mentee."))
            return None
        names = [p.full_name for p in mentees]
        name, chosen = QInputDialog.getItem(
            self, self.tr("Whose activity?"), self.tr("Mentee"), names, 0, False
        )
        return mentees[names.index(name)].id if chosen else None

    def _create(self, activity: Activity) -> None:
        created = self.write(self.store.activities.add, activity)
        if created is not None:
            self.open_activity(created.id)

    def new_activity(self) -> None:
        person_id = self._choose_person()
        if person_id:
            self._create(Activity(person_id=person_id, title=self.tr("New activity"), start_date=today()))

    def start_from_example(self, category: str | None = None, selected: str | None = None) -> None:
        dialog = ExampleLibraryDialog(self.ref, category, selected, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        example = dialog.chosen()
        person_id = self._choose_person()
        if example is not None and person_id:
            self._create(activity_from_example(person_id, example, today()))

    def flush(self) -> None:
        if self._editor is not None:
            self._editor.flush()
