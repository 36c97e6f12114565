"""Home: for a mentor, the caseload sorted by who needs attention; for a mentee, their own mentoring."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from leadapp.domain.enums import OwnerRole, PersonKind
from leadapp.domain.ids import today
from leadapp.domain.people import greeting_name, profession_label
from leadapp.domain.reference import Reference
from leadapp.domain.sessions import ActionListing, CaseloadEntry, caseload_order, needs_attention
from leadapp.domain.sharing import SharingScope, shared_caseload
from leadapp.domain.timeline import own_private_level
from leadapp.store.caseload import caseload
from leadapp.store.changes import ChangeSet, Table
from leadapp.store.mentee_overview import mentee_overview
from leadapp.store.sessions import ActionQuery
from leadapp.store.store import Store
from leadapp.ui import labels
from leadapp.ui.events import DataEvents
from leadapp.ui.home.to_finish import WATCHED, ToFinishList
from leadapp.ui.people.mentee_page import bullets, plan_lines
from leadapp.ui.privacy import Privacy
from leadapp.ui.widgets.date_field import format_date
from leadapp.ui.widgets.paged_model import Column, PagedTableModel
from leadapp.ui.widgets.tables import list_table

REFRESH_ON = frozenset(
    {Table.PEOPLE, Table.RELATIONSHIPS, Table.SESSIONS, Table.ACTIONS, Table.LEAP_PLANS, Table.LEAP_REVIEWS}
)
"""What Home shows; a mentee's own home (My mentoring) lists their activities too."""


def counted(count: int, one: str, many: str) -> str:
    """One form for one ("1 mentee"), the other for any other count; both translated, {0} the count."""
    return (one if count == 1 else many).format(count)


class HomeScreen(QWidget):
    add_mentee = Signal()
    open_people = Signal()
    open_person = Signal(str)
    start_session = Signal(str)
    print_caseload = Signal()
    open_timeline = Signal(str)
    open_to_finish = Signal(str, str, str)

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
        self.is_mentor = role is OwnerRole.MENTOR
        self.setAccessibleName(self.tr("Home") if self.is_mentor else self.tr("My mentoring"))
        self._entries: list[CaseloadEntry] = []
        self.privacy: Privacy | None = None
        self._drawn_for: SharingScope | None = None
        self._any_mentee = False
        """Whether the caseload has anyone at all, however few rows the list shows."""
        layout = QVBoxLayout(self)
        self.greeting = QLabel()
        self.greeting.setProperty("role", "heading")
        self.greeting.setWordWrap(True)
        layout.addWidget(self.greeting)
        self.summary = QLabel()
        self.summary.setProperty("role", "secondary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setVisible(not self.is_mentor)
        layout.addWidget(self.details)

        professions = ref.profession_names()
        if self.is_mentor:
            columns: list[Column[CaseloadEntry]] = [
                Column(self.tr("Mentee"), lambda e: e.mentee_name),
                Column(self.tr("Needs attention"), lambda e: "; ".join(needs_attention(e, today()))),
                Column(self.tr("Last session"), lambda e: format_date(e.last_held)),
                Column(self.tr("Next session"), lambda e: format_date(e.next_planned)),
                Column(self.tr("Open actions"), lambda e: str(e.open_actions)),
                Column(self.tr("Overdue"), lambda e: str(e.overdue_actions) if e.overdue_actions else ""),
                Column(self.tr("Profession"), lambda e: profession_label(e, professions)),
            ]
            self.caseload: PagedTableModel[CaseloadEntry] = PagedTableModel(
                columns,
                lambda offset, limit: self._entries[offset : offset + limit],
                lambda: len(self._entries),
                self,
            )
            self.list_title = QLabel(self.tr("Your mentees, who needs you first"))
            self.table = list_table(self.tr("Your mentees"), self.caseload)
            self.table.activated.connect(self._on_activated)
        else:
            owners = labels.action_owners()
            action_columns: list[Column[ActionListing]] = [
                Column(self.tr("Due"), lambda r: format_date(r.action.due_date)),
                Column(self.tr("Action"), lambda r: r.action.text),
                Column(self.tr("Owner"), lambda r: owners[r.action.owner]),
            ]
            self.own_actions: PagedTableModel[ActionListing] = PagedTableModel(
                action_columns, self._own_actions, self._own_action_count, self
            )
            self.list_title = QLabel(self.tr("Your open actions"))
            self.table = list_table(self.tr("Your open actions"), self.own_actions)
        self.list_title.setProperty("role", "subheading")
        layout.addWidget(self.list_title)
        layout.addWidget(self.table, 1)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.empty, 1)
        self.to_finish = ToFinishList(store, own_private_level(self.is_mentor))
        self.to_finish.open_record.connect(self.open_to_finish)
        layout.addWidget(self.to_finish)
        buttons = QHBoxLayout()
        self.session_button = QPushButton(
            self.tr("New session with selected mentee") if self.is_mentor else self.tr("New session")
        )
        self.session_button.setProperty("primary", True)
        self.session_button.clicked.connect(self._start_session)
        self.people_button = QPushButton(self.tr("Go to People (Ctrl+3)"))
        self.people_button.clicked.connect(self.open_people.emit)
        self.timeline_button = QPushButton(self.tr("Open &timeline"))
        self.timeline_button.setToolTip(self.tr("The selected mentee's story, newest first"))
        self.timeline_button.clicked.connect(lambda: self.open_timeline.emit(self.selected_mentee() or ""))
        buttons.addWidget(self.session_button)
        buttons.addWidget(self.timeline_button)
        buttons.addWidget(self.people_button)
        if self.is_mentor:
            self.print_button = QPushButton(self.tr("Print or save the caseload…"))
            self.print_button.clicked.connect(self.print_caseload.emit)
            buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        events.watch(self.to_finish, WATCHED, lambda _change: self.to_finish.refresh())
        shown = REFRESH_ON if self.is_mentor else REFRESH_ON | {Table.ACTIVITIES}
        events.watch(self, shown, self._on_data_changed)
        self.refresh()

    def follow_sharing(self, privacy: Privacy) -> None:
        """While sharing, only the mentee in front of you is listed, without leap-of-faith flags."""
        self.privacy = privacy
        privacy.scope_changed.connect(self.refresh)
        if self._scope() != self._drawn_for:  # drawn already for this scope at start: no second read
            self.refresh()

    def _scope(self) -> SharingScope:
        return self.privacy.scope if self.privacy is not None else SharingScope()

    def print_current(self) -> bool:
        """Ctrl+P on Home: the caseload, for a mentor, unless sharing (it names every mentee); a mentee
        prints from their own screens."""
        offered = self.is_mentor and not self._scope().on
        if offered:
            self.print_caseload.emit()
        return offered

    def _owner_id(self) -> str:
        owner = self.store.people.owner()
        return owner.id if owner else ""

    def _own_actions(self, offset: int, limit: int) -> list[ActionListing]:
        return self.store.actions.listing(ActionQuery(mentee_id=self._owner_id()), limit=limit, offset=offset)

    def _own_action_count(self) -> int:
        return self.store.actions.count_listing(ActionQuery(mentee_id=self._owner_id()))

    def _on_activated(self, index: QModelIndex) -> None:
        entry = self.caseload.row_object(index.row())
        if entry is not None:
            self.open_person.emit(entry.mentee_id)

    def selected_mentee(self) -> str | None:
        if not self.is_mentor:
            return self._owner_id() or None
        entry = self.caseload.row_object(self.table.currentIndex().row())
        return entry.mentee_id if entry else None

    def mentee_in_front(self) -> str | None:
        return self.selected_mentee()

    def _start_session(self) -> None:
        """On an empty caseload the primary button adds the first mentee instead."""
        if self.is_mentor and not self._any_mentee:
            self.add_mentee.emit()
        else:
            self.start_session.emit(self.selected_mentee() or "")

    def _on_data_changed(self, _change: ChangeSet) -> None:
        if self.window().isVisible() and not self.isVisible():
            self._behind = True  # another section is in front: catch up when Home is shown
        else:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        """Changes made while another section was in front (every autosave among them) are read now, once."""
        if getattr(self, "_behind", False):
            self._behind = False
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        self._drawn_for = self._scope()
        owner = self.store.people.owner()
        first = greeting_name(owner.full_name) if owner else ""
        self.greeting.setText(self.tr("Hello, {0}").format(first) if first else self.tr("Hello"))
        on = today()
        self.to_finish.set_scope(
            self._scope(), self._scope().mentee_scope(None) if self._scope().on else None
        )
        if self.is_mentor:
            self._refresh_caseload(on)
        else:
            self._refresh_mentee(on)

    def _refresh_caseload(self, on: date) -> None:
        selected = self.selected_mentee()
        scope = self._scope()
        self._entries = shared_caseload(caseload_order(caseload(self.store, on), on), scope)
        self.caseload.reload()
        count = len(self._entries)
        attention = sum(1 for e in self._entries if needs_attention(e, on))
        overdue = sum(e.overdue_actions for e in self._entries)
        self.print_button.setEnabled(not scope.on)
        self.print_button.setToolTip(
            self.tr("The caseload names every mentee, so it is not offered while sharing your screen")
            if scope.on
            else ""
        )
        self.list_title.setText(
            self.tr("The mentee in front of you")
            if scope.on
            else self.tr("Your mentees, who needs you first")
        )
        if scope.on:
            self.summary.setText(
                self.tr("Sharing your screen: only the mentee in front of you is listed.")
                if count
                else self.tr("Sharing your screen: no mentee is listed until you choose one.")
            )
        elif count:
            self.summary.setText(
                " · ".join(
                    (
                        counted(count, self.tr("{0} mentee"), self.tr("{0} mentees")),
                        counted(attention, self.tr("{0} needs attention"), self.tr("{0} need attention")),
                        counted(overdue, self.tr("{0} overdue action"), self.tr("{0} overdue actions")),
                    )
                )
            )
        else:
            self.summary.setText(
                self.tr("Your caseload shows here: who is due a session, whose actions are open.")
            )
        self.empty.setText(
            ""
            if count
            else self.tr("Nobody is listed while sharing your screen.")
            if scope.on
            else self.tr("No mentees yet. Add your first mentee in People (Ctrl+3).")
        )
        self.empty.setVisible(not count)
        self.table.setVisible(bool(count))
        self._any_mentee = bool(count) or bool(self.store.people.mentees())
        self.session_button.setText(
            self.tr("New session with selected mentee")
            if self._any_mentee
            else self.tr("Add your first mentee")
        )
        row = next((i for i, e in enumerate(self._entries) if e.mentee_id == selected), 0 if count else -1)
        if row >= 0:
            self.table.selectRow(row)

    def _mentee_details(self, owner_id: str, on: date) -> str:
        """A mentee's leap of faith and latest activities, from the same query as the mentee page."""
        overview = mentee_overview(self.store, owner_id, on) if owner_id else None
        if overview is None:
            return ""
        plan = plan_lines(overview)
        parts = [
            "<p><b>" + escape(self.tr("Your leap of faith")) + ":</b> " + " · ".join(plan) + "</p>"
            if plan
            else "<p>" + escape(self.tr("No leap-of-faith plan yet.")) + "</p>"
        ]
        activities = [
            escape(a.title) + (f" ({format_date(a.end_date or a.start_date)})" if a.start_date else "")
            for a in overview.latest_activities
        ]
        parts.append(
            "<p><b>" + escape(self.tr("Latest activities")) + ":</b></p>" + bullets(activities, "")
            if activities
            else "<p>" + escape(self.tr("No activities yet: record one in Activities (Ctrl+6).")) + "</p>"
        )
        return "".join(parts)

    def _refresh_mentee(self, on: date) -> None:
        owner_id = self._owner_id()
        upcoming = self.store.sessions.next_for(owner_id, on) if owner_id else None
        supporters = self.store.people.listing([PersonKind.MENTOR, PersonKind.CHAMPION, PersonKind.COACH])
        names = ", ".join(p.full_name for p in supporters) or self.tr("nobody yet (add them in People)")
        next_text = (
            self.tr("Your next session is on {0}.").format(format_date(upcoming.session_date))
            if upcoming
            else self.tr("No session planned yet.")
        )
        self.summary.setText(next_text + " " + self.tr("Supporting you: {0}.").format(names))
        self.details.setText(self._mentee_details(owner_id, on))
        self.own_actions.reload()
        count = self.own_actions.total()
        self.empty.setText(
            "" if count else self.tr("No open actions. Actions agreed in sessions appear here.")
        )
        self.empty.setVisible(not count)
        self.table.setVisible(bool(count))
