"""A mentee's home, "My mentoring": the next session, who supports them, their leap of faith, latest
activities and open actions."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout

from leadapp.domain.enums import PersonKind
from leadapp.domain.sessions import ActionListing
from leadapp.store.changes import Table
from leadapp.store.mentee_overview import mentee_overview
from leadapp.store.sessions import ActionQuery
from leadapp.ui import labels
from leadapp.ui.home.home_screen import HomeScreen
from leadapp.ui.people.mentee_page import bullets, plan_lines
from leadapp.ui.widgets.date_field import format_date
from leadapp.ui.widgets.paged_model import Column, PagedTableModel
from leadapp.ui.widgets.tables import list_table


class MyMentoringScreen(HomeScreen):
    is_mentor = False

    def _title(self) -> str:
        return self.tr("My mentoring")

    def _build_above_list(self, layout: QVBoxLayout) -> None:
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.details)

    def _build_list(self) -> tuple[str, QTableView]:
        owners = labels.action_owners()
        action_columns: list[Column[ActionListing]] = [
            Column(self.tr("Due"), lambda r: format_date(r.action.due_date)),
            Column(self.tr("Action"), lambda r: r.action.text),
            Column(self.tr("Owner"), lambda r: owners[r.action.owner]),
        ]
        self.own_actions: PagedTableModel[ActionListing] = PagedTableModel(
            action_columns, self._own_actions, self._own_action_count, self
        )
        return self.tr("Your open actions"), list_table(self.tr("Your open actions"), self.own_actions)

    def _session_button_text(self) -> str:
        return self.tr("New session")

    def selected_mentee(self) -> str | None:
        return self._owner_id() or None

    def _shown_tables(self) -> frozenset[Table]:
        return super()._shown_tables() | {Table.ACTIVITIES}

    def _own_actions(self, offset: int, limit: int) -> list[ActionListing]:
        return self.store.actions.listing(ActionQuery(mentee_id=self._owner_id()), limit=limit, offset=offset)

    def _own_action_count(self) -> int:
        return self.store.actions.count_listing(ActionQuery(mentee_id=self._owner_id()))

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

    def _refresh_list(self, on: date) -> None:
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
