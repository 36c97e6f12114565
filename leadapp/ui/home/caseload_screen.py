"""A mentor's home: the caseload, sorted by who needs attention first."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTableView

from leadapp.domain.caseload import CaseloadEntry, CaseloadRows, ListedCaseload, needs_attention
from leadapp.domain.people import profession_label
from leadapp.domain.sharing import SharingScope, shared_caseload
from leadapp.store.caseload import caseload, caseload_rows
from leadapp.ui.home.home_screen import HomeScreen, counted
from leadapp.ui.widgets.date_field import format_date
from leadapp.ui.widgets.paged_model import Column, PagedTableModel
from leadapp.ui.widgets.tables import list_table


class CaseloadScreen(HomeScreen):
    is_mentor = True

    def _title(self) -> str:
        return self.tr("Home")

    def _build_list(self) -> tuple[str, QTableView]:
        self._rows: CaseloadRows = ListedCaseload([], date.min)
        self._on = date.min
        """The day the rows were read for: what needs attention is worded as of it."""
        self._any_mentee = False
        """Whether the caseload has anyone at all, however few rows the list shows."""
        professions = self.ref.profession_names()
        columns: list[Column[CaseloadEntry]] = [
            Column(self.tr("Mentee"), lambda e: e.mentee_name),
            Column(self.tr("Needs attention"), lambda e: "; ".join(needs_attention(e, self._on))),
            Column(self.tr("Last session"), lambda e: format_date(e.last_held)),
            Column(self.tr("Next session"), lambda e: format_date(e.next_planned)),
            Column(self.tr("Open actions"), lambda e: str(e.open_actions)),
            Column(self.tr("Overdue"), lambda e: str(e.overdue_actions) if e.overdue_actions else ""),
            Column(
                self.tr("Profession"),
                lambda e: profession_label(e, professions),
            ),
        ]
        self.caseload: PagedTableModel[CaseloadEntry] = PagedTableModel(
            columns,
            lambda offset, limit: self._rows.page(offset, limit),
            lambda: self._rows.count(),
            self,
        )
        table = list_table(self.tr("Your mentees"), self.caseload)
        table.activated.connect(self._on_activated)
        return self.tr("Your mentees, who needs you first"), table

    def _session_button_text(self) -> str:
        return self.tr("New session with selected mentee")

    def _build_more_buttons(self, buttons: QHBoxLayout) -> None:
        self.print_button = QPushButton(self.tr("Print or save the caseload…"))
        self.print_button.clicked.connect(self._print_caseload)
        buttons.addWidget(self.print_button)

    def print_current(self) -> bool:
        """Ctrl+P on Home: the caseload, unless sharing (it names every mentee)."""
        offered = not self._scope().on
        if offered:
            self._print_caseload()
        return offered

    def _print_caseload(self) -> None:
        """The document registry is imported on the first print, not with Home (about 4 ms of the start)."""
        from leadapp.documents import DocumentKind

        self.print_requested.emit(DocumentKind.CASELOAD, "")

    def _on_activated(self, index: QModelIndex) -> None:
        entry = self.caseload.row_object(index.row())
        if entry is not None:
            self.open_requested.emit("people", entry.mentee_id, "")

    def selected_mentee(self) -> str | None:
        entry = self.caseload.row_object(self.table.currentIndex().row())
        return entry.mentee_id if entry else None

    def _start_session(self) -> None:
        """On an empty caseload the primary button adds the first mentee instead."""
        if self._any_mentee:
            super()._start_session()
        else:
            self.new_requested.emit("people", "")

    def _read(self, on: date, scope: SharingScope) -> CaseloadRows:
        """While sharing, the mentee in front of you alone, without leap-of-faith flags."""
        if not scope.on:
            return caseload_rows(self.store, on)
        front = [scope.front_id] if scope.front_id else []
        return ListedCaseload(shared_caseload(caseload(self.store, on, only=front), scope), on)

    def _refresh_list(self, on: date) -> None:
        selected = self.selected_mentee()
        scope = self._scope()
        self._on = on
        self._rows = self._read(on, scope)
        self.caseload.reload()
        count = self._rows.count()
        attention = self._rows.needing_attention()
        overdue = self._rows.overdue()
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
        row = self._rows.position(selected) if selected else -1
        if row < 0 and count:
            row = 0
        if row >= 0:
            self._bring_into_model(row)
            self.table.selectRow(row)

    def _bring_into_model(self, row: int) -> None:
        """A selected mentee far down the list is read, with the rows before them, before being selected."""
        while self.caseload.rowCount() <= row and self.caseload.canFetchMore(QModelIndex()):
            self.caseload.fetchMore(QModelIndex())
