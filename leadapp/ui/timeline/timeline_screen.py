"""The Timeline section: one mentee's story on one page, newest first, as cards read a page at a time."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from leadapp.domain.enums import ActionOwner, ActivityStatus, OwnerRole, PlanStatus, SessionStatus
from leadapp.domain.one_line import first_line
from leadapp.domain.reference import Reference
from leadapp.domain.sharing import NOBODY, SharingScope, own_private_level
from leadapp.domain.timeline import EntryKind, TimelineEntry, TimelineQuery
from leadapp.store.changes import ChangeSet, Table
from leadapp.store.store import Store
from leadapp.store.timeline import timeline_count, timeline_page
from leadapp.ui import labels
from leadapp.ui.events import DataEvents
from leadapp.ui.privacy import Privacy
from leadapp.ui.screen import Screen
from leadapp.ui.timeline.card_delegate import BODY_ROLE, HEADLINE_ROLE, ROW_ROLE, CardDelegate
from leadapp.ui.widgets.date_field import format_date
from leadapp.ui.widgets.paged_model import Column, Index, PagedTableModel
from leadapp.ui.widgets.roles import set_role

REFRESH_ON = frozenset(
    {
        Table.SESSIONS,
        Table.ACTIONS,
        Table.NOTES,
        Table.ACTIVITIES,
        Table.LEAP_PLANS,
        Table.LEAP_REVIEWS,
        Table.ASSESSMENTS,
        Table.OBJECTIVES,
        Table.PEOPLE,
    }
)


def tr(text: str) -> str:
    return QCoreApplication.translate("timeline", text)


KIND_FILTERS: list[tuple[str, frozenset[EntryKind]]] = [
    ("", frozenset(EntryKind)),
    ("sessions", frozenset({EntryKind.SESSION})),
    ("actions", frozenset({EntryKind.ACTION_SET, EntryKind.ACTION_DONE})),
    ("notes", frozenset({EntryKind.NOTE, EntryKind.REFLECTION})),
    ("activities", frozenset({EntryKind.ACTIVITY})),
    ("leap", frozenset({EntryKind.LEAP_PLAN, EntryKind.LEAP_REVIEW})),
    ("assessments", frozenset({EntryKind.ASSESSMENT, EntryKind.OBJECTIVE})),
]


def kind_filter_names() -> dict[str, str]:
    return {
        "": tr("Everything"),
        "sessions": tr("Sessions"),
        "actions": tr("Actions"),
        "notes": tr("Notes and reflections"),
        "activities": tr("Activities"),
        "leap": tr("Leap plans and reviews"),
        "assessments": tr("Self-assessments and objectives"),
    }


class CardWords:
    """The words on cards, translated once per screen rather than once per card painted."""

    def __init__(self) -> None:
        self.kinds = labels.timeline_kinds()
        self.sessions = labels.session_statuses()
        self.activities = labels.activity_statuses()
        self.plans = labels.plan_statuses()
        self.owners = labels.action_owners()
        self.for_owner = tr("for {0}")
        self.shared, self.private = tr("shared"), tr("private to you")
        self.no_date, self.to_finish = tr("no date"), tr("to finish")
        self.hidden = tr("Private text hidden while sharing")
        self.empty = tr("(nothing written yet)")

    def state(self, entry: TimelineEntry) -> str:
        """The entry's state in words, from the labels every other screen uses."""
        try:
            if entry.kind is EntryKind.SESSION:
                return self.sessions[SessionStatus(entry.detail)]
            if entry.kind is EntryKind.ACTIVITY:
                return self.activities[ActivityStatus(entry.detail)]
            if entry.kind is EntryKind.LEAP_PLAN:
                return self.plans[PlanStatus(entry.detail)]
            if entry.kind in (EntryKind.ACTION_SET, EntryKind.ACTION_DONE):
                return self.for_owner.format(self.owners[ActionOwner(entry.detail)])
        except ValueError:
            return ""
        if entry.kind in (EntryKind.NOTE, EntryKind.REFLECTION):
            return self.shared if entry.detail in ("", "shared") else self.private
        return entry.detail if entry.kind is EntryKind.LEAP_REVIEW else ""

    def headline(self, entry: TimelineEntry) -> str:
        day = format_date(date.fromisoformat(entry.day)) if entry.day else self.no_date
        parts = [self.kinds[entry.kind], day, self.state(entry)]
        if entry.finish_later:
            parts.append(self.to_finish)
        return " · ".join(p for p in parts if p)

    def body(self, entry: TimelineEntry) -> str:
        if entry.text is None:
            return self.hidden
        return first_line(entry.text) or self.empty


def _no_text(_entry: TimelineEntry) -> str:
    """A card's cell holds no text: its words are worked out when it is first painted or read (`data`),
    not for every entry of each page read."""
    return ""


SPOKEN_ROLES = frozenset({int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.AccessibleTextRole)})
CARD_ROLES = frozenset({int(ROW_ROLE), int(HEADLINE_ROLE), int(BODY_ROLE)})


class TimelineModel(PagedTableModel[TimelineEntry]):
    def __init__(self, ref: Reference, parent: Any = None) -> None:
        self.short = {c.code: c.short for c in ref.categories}
        self.words = CardWords()
        self._texts: dict[TimelineEntry, tuple[str, str]] = {}
        super().__init__([Column(tr("Entry"), _no_text)], lambda _o, _l: [], lambda: 0, parent)

    def texts(self, entry: TimelineEntry) -> tuple[str, str]:
        """Headline and first line, worked out once per entry shown."""
        found = self._texts.get(entry)
        if found is None:
            found = self._texts[entry] = (self.words.headline(entry), self.words.body(entry))
        return found

    def reload(self) -> None:
        self._texts.clear()
        super().reload()

    def spoken(self, entry: TimelineEntry) -> str:
        """What a screen reader says for a card: the colours as words."""
        cats = ", ".join(self.short.get(c, c) for c in entry.categories)
        top, text = self.texts(entry)
        return f"{top}{' · ' + cats if cats else ''}: {text}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in SPOKEN_ROLES and role not in CARD_ROLES:
            return super().data(index, role)
        entry = self.row_object(index.row())
        if entry is None:
            return None
        if role == ROW_ROLE:
            return entry
        if role in SPOKEN_ROLES:
            return self.spoken(entry)
        return self.texts(entry)[0 if role == HEADLINE_ROLE else 1]


class TimelineScreen(Screen, QWidget):
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
        self.scope = SharingScope()
        self.setAccessibleName(self.tr("Timeline"))
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        set_role(self.heading, "heading")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)

        filters = QHBoxLayout()
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Show kind"))
        for code, text in kind_filter_names().items():
            self.kind.addItem(text, code)
        kind_label = QLabel(self.tr("&Show:"))
        kind_label.setBuddy(self.kind)
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Category"))
        self.category.addItem(self.tr("All categories"), "")
        for category in ref.categories:
            self.category.addItem(f"{category.letter}  {category.name}", category.code)
        category_label = QLabel(self.tr("Categor&y:"))
        category_label.setBuddy(self.category)
        for widget in (kind_label, self.kind, category_label, self.category):
            filters.addWidget(widget)
        filters.addStretch(1)
        self.count_label = QLabel()
        set_role(self.count_label, "secondary")
        filters.addWidget(self.count_label)
        layout.addLayout(filters)

        self.model = TimelineModel(ref, self)
        self.list = QListView()
        self.list.setAccessibleName(self.tr("Timeline entries, newest first"))
        self.list.setAccessibleDescription(self.tr("Enter opens the record."))
        self.list.setModel(self.model)
        self.list.setItemDelegate(CardDelegate(ref.categories, self.list))
        self.list.setUniformItemSizes(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.activated.connect(self._open_index)
        layout.addWidget(self.list, 1)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.empty, 1)

        self.kind.currentIndexChanged.connect(lambda _i: self.reload())
        self.category.currentIndexChanged.connect(lambda _i: self.reload())
        events.watch(self, REFRESH_ON, self._on_data_changed)
        self.reload()

    def follow_sharing(self, privacy: Privacy) -> None:
        """Private note text leaves the cards while sharing; another mentee's story is never shown."""
        self.scope = privacy.scope
        privacy.scope_changed.connect(lambda: self._on_scope(privacy))
        self.reload()

    def _on_scope(self, privacy: Privacy) -> None:
        self.scope = privacy.scope
        self.reload()

    def set_mentee(self, mentee_id: str | None) -> None:
        self.mentee_id = mentee_id
        self.reload()

    def open_record(self, record_id: str) -> None:
        """The timeline's record is a mentee's whole story."""
        self.show_mentee(record_id)

    def refresh(self) -> None:
        self.reload()

    def show_mentee(self, mentee_id: str) -> None:
        self.set_mentee(mentee_id)
        self.list.setFocus()
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0, 0))

    def mentee_in_front(self) -> str | None:
        shown = self._shown_mentee()
        return shown if shown and shown != NOBODY else None

    def _shown_mentee(self) -> str | None:
        """While sharing, only the mentee in front of you, whatever was asked for."""
        chosen = self.scope.front_id if self.scope.on else self.mentee_id
        if self.role is OwnerRole.MENTEE and not chosen:
            owner = self.store.people.owner()
            chosen = owner.id if owner else None
        return self.scope.mentee_scope(chosen)

    def query(self) -> TimelineQuery | None:
        mentee = self._shown_mentee()
        if not mentee or mentee == NOBODY:
            return None
        kinds = dict(KIND_FILTERS)[self.kind.currentData() or ""]
        return TimelineQuery(
            mentee_id=mentee,
            kinds=kinds,
            category=self.category.currentData() or "",
            own_private=own_private_level(self.role is OwnerRole.MENTOR),
            show_private=not self.scope.on,
        )

    def reload(self) -> None:
        query = self.query()
        person = self.store.people.find(query.mentee_id) if query else None
        self.heading.setText(
            self.tr("Timeline: {0}").format(person.full_name) if person else self.tr("Timeline")
        )
        if query is None:
            self.model.set_source(lambda _o, _l: [], lambda: 0)
        else:
            self.model.set_source(
                lambda offset, limit: timeline_page(self.store, query, offset, limit),
                lambda: timeline_count(self.store, query),
            )
        total = self.model.total()
        self.count_label.setText(self.tr("{0} entries").format(total) if query else "")
        if query is None:
            self.empty.setText(
                self.tr(
                    "Choose a mentee in “Working with” at the top, or open one from Home or People, "
                    "to see their story here."
                )
            )
        elif not total:
            filtered = bool(self.kind.currentData() or self.category.currentData())
            self.empty.setText(
                self.tr("Nothing matches these filters. Choose “Everything” and “All categories” to see all.")
                if filtered
                else self.tr(
                    "Nothing recorded yet. Sessions, actions, activities and notes will appear here."
                )
            )
        else:
            self.empty.setText("")
        self.empty.setVisible(bool(self.empty.text()))
        self.list.setVisible(bool(total))
        if total and not self.list.currentIndex().isValid():
            self.list.setCurrentIndex(self.model.index(0, 0))

    def _on_data_changed(self, _change: ChangeSet) -> None:
        current = self.model.row_object(self.list.currentIndex().row())
        self.reload()
        if current is not None:
            row = self.model.find_row(lambda e: e.record_id == current.record_id)
            if row >= 0:
                self.list.setCurrentIndex(self.model.index(row, 0))

    def _open_index(self, index: QModelIndex) -> None:
        entry = self.model.row_object(index.row())
        mentee = self.mentee_in_front()
        if entry is not None and entry.opens and mentee:
            self.entry_opened.emit(entry.kind.value, entry.opens, mentee)
