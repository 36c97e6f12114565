"""The Sessions section: the list with filters and search, and the editor for one session."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from leadapp.documents import DocumentKind
from leadapp.domain.activities import activity_from_notes
from leadapp.domain.enums import OwnerRole, PersonKind, SessionStatus
from leadapp.domain.ids import today
from leadapp.domain.reference import Reference
from leadapp.domain.sessions import Session, own_private_column, search_terms
from leadapp.store.changes import ChangeSet, Table
from leadapp.store.session_planning import start_session
from leadapp.store.sessions import SessionQuery
from leadapp.store.store import Store
from leadapp.ui import labels
from leadapp.ui.bin.list_removal import removal_row
from leadapp.ui.events import DataEvents
from leadapp.ui.keyboard import search_to_results
from leadapp.ui.privacy import Privacy
from leadapp.ui.screen import Screen
from leadapp.ui.sessions.new_session_dialog import NewSessionDialog
from leadapp.ui.sessions.session_editor import SessionEditor
from leadapp.ui.sessions.session_model import MATCH_COLUMN, FirstPage, SessionListModel, first_page
from leadapp.ui.widgets.background_query import BackgroundQuery
from leadapp.ui.widgets.clear_button import named_clear_button
from leadapp.ui.widgets.date_field import DateField
from leadapp.ui.widgets.rich_text_delegate import RichTextDelegate
from leadapp.ui.widgets.roles import make_primary, set_role
from leadapp.ui.widgets.searching_note import SearchingNote
from leadapp.ui.widgets.tables import list_table, rows_to_read

SEARCH_DELAY_MS = 250


class SessionsScreen(Screen, QWidget):
    def __init__(
        self,
        store: Store,
        ref: Reference,
        events: DataEvents,
        privacy: Privacy,
        role: OwnerRole,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.ref = ref
        self.privacy = privacy
        self.role = role
        self.mentee_id: str | None = None
        self._events = events
        self._editor: SessionEditor | None = None
        self.setAccessibleName(self.tr("Sessions"))
        self.pages = QStackedWidget()
        QVBoxLayout(self).addWidget(self.pages)
        self._build()
        self._connect()
        events.watch(self.table, {Table.SESSIONS, Table.ACTIONS, Table.PEOPLE}, self._on_listed_changed)
        events.changed_elsewhere.connect(self._on_changed_elsewhere)
        self._show_scope()
        self.reload()

    # Building ------------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.pages.addWidget(self._build_list_page())
        self._searcher = BackgroundQuery(self.store.path, self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._searching = SearchingNote(lambda: self.summary.setText(self.tr("Searching…")), self)

    @property
    def editor(self) -> SessionEditor:
        """Built the first time a session is opened or started: about half of opening the list was building
        this hidden page. Code that runs with the list showing asks `_editor`, so it builds nothing."""
        if self._editor is None:
            self._editor = self._build_editor()
        return self._editor

    def _build_editor(self) -> SessionEditor:
        editor = SessionEditor(self.store, self.ref, self.privacy, self.role)
        self.pages.addWidget(editor)
        editor.problem.connect(self.problem)
        editor.back.connect(self.show_list)
        editor.in_session_changed.connect(self.in_session_changed)
        editor.print_requested.connect(
            lambda session_id: self.print_requested.emit(DocumentKind.SESSION, session_id)
        )
        editor.create_activity.connect(self._record_activity)
        editor.leap_review.connect(self.leap_review_requested)
        self._events.watch(editor, {Table.SESSIONS}, self._on_session_changed)
        self._events.watch(editor.actions_panel, {Table.ACTIONS}, self._on_actions_changed)
        return editor

    def _open_editor(self) -> SessionEditor | None:
        """The editor when a session is on screen; None on the list (and before any session was opened)."""
        editor = self._editor
        return editor if editor is not None and self.pages.currentWidget() is editor else None

    def _build_list_page(self) -> QWidget:
        list_page = QWidget()
        layout = QVBoxLayout(list_page)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        title = QLabel(self.tr("Sessions"))
        set_role(title, "heading")
        top.addWidget(title, 1)
        self.new_button = QPushButton(self.tr("New session… (Ctrl+N)"))
        make_primary(self.new_button)
        top.addWidget(self.new_button)
        layout.addLayout(top)
        self.summary = QLabel()
        set_role(self.summary, "secondary")
        layout.addWidget(self.summary)

        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search agendas, notes, reflections and actions (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search sessions"))
        named_clear_button(self.search)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        self.status.addItem(self.tr("Any status"), "")
        for status, text in labels.session_statuses().items():
            self.status.addItem(text, status.value)
        self.date_from = DateField()
        self.date_from.setAccessibleName(self.tr("From date"))
        self.date_from.setPlaceholderText(self.tr("From dd/mm/yyyy"))
        self.date_to = DateField()
        self.date_to.setAccessibleName(self.tr("To date"))
        self.date_to.setPlaceholderText(self.tr("To dd/mm/yyyy"))
        filters.addWidget(self.search, 3)
        filters.addWidget(self.status, 1)
        filters.addWidget(self.date_from, 1)
        filters.addWidget(self.date_to, 1)
        layout.addLayout(filters)
        self.scope_note = QLabel()
        set_role(self.scope_note, "secondary")
        self.scope_note.setWordWrap(True)
        layout.addWidget(self.scope_note)

        self.model = SessionListModel(self.store, self.ref, self)
        self.table = list_table(self.tr("Sessions list"), self.model)
        self.table.setItemDelegateForColumn(MATCH_COLUMN, RichTextDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        layout.addWidget(self.table, 1)
        layout.addLayout(
            removal_row(
                self.table,
                self.store.sessions,
                lambda row: listed.session.id if (listed := self.model.row_object(row)) else None,
                self.tr("session"),
                self,
            )
        )
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        return list_page

    def _connect(self) -> None:
        self.model.total_known.connect(self._show_summary)
        self.new_button.clicked.connect(lambda: self.new_session())
        self.table.activated.connect(self._open_index)
        search_to_results(self.search, self.table, before=self.reload)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self.reload)
        self.status.currentIndexChanged.connect(self.reload)
        self.date_from.date_changed.connect(self.reload)
        self.date_to.date_changed.connect(self.reload)
        self.privacy.changed.connect(lambda _hidden: self.reload())
        self.privacy.scope_changed.connect(self._on_sharing)

    def query(self) -> SessionQuery:
        status = self.status.currentData()
        return SessionQuery(
            mentee_id=self.mentee_id,
            statuses=(SessionStatus(status),) if status else (),
            date_from=self.date_from.value(),
            date_to=self.date_to.value(),
            text=self.search.text(),
            include_private=not self.privacy.hidden,
            private_column=own_private_column(self.role),
            sort=self.model.query.sort,
            descending=self.model.query.descending,
        )

    def reload(self) -> None:
        """Filters are answered at once from indexes; a search runs on a worker so typing never waits."""
        self._search_timer.stop()
        query = self.query()
        rows = self.model.first_rows = rows_to_read(self.table)
        if not search_terms(query.text):
            self._searcher.cancel()
            self._searching.search_ended()
            if self.wrote(self.model.set_query, query):
                self._show_summary()
            return
        self.model.stop_counting()
        if self.model.query.include_private and not query.include_private:
            self.model.show_results(query, 0, [])
        self._searching.search_started()
        self._searcher.run(
            lambda reader: first_page(reader, query, rows),
            self._show_found,
            self._search_failed,
        )

    def _search_failed(self, error: Exception) -> None:
        self._searching.search_ended()
        self.problem.emit(str(error))

    def search_busy(self) -> bool:
        return self._searcher.busy()

    def _show_found(self, found: FirstPage) -> None:
        self.model.show_results(found.query, found.total, found.rows)
        if not self.model.counted():  # a known count has been shown already
            self._show_summary()

    def _show_summary(self) -> None:
        total = self.model.total()
        if not self.model.counted():
            if not self._searching.pending():  # a search's rows are shown: its count follows in a moment
                self.summary.setText(self.tr("Counting sessions…"))
        else:
            self._searching.search_ended()
            self.summary.setText(
                self.tr("{0} sessions").format(f"{total:,}") if total != 1 else self.tr("1 session")
            )
        if not total:
            searching = bool(self.search.text().strip())
            self.empty.setText(
                self.tr("No sessions match. Try fewer words or clear the filters.")
                if searching
                else self.tr("No sessions yet. Start one with New session (Ctrl+N).")
            )
        if self.empty.isHidden() == (not total):
            self.empty.setVisible(not total)
            page = self.empty.parentWidget()
            if page is not None and (layout := page.layout()) is not None:
                layout.activate()  # the list takes its new height before its new rows are painted, not after

    def _on_changed_elsewhere(self) -> None:
        if (editor := self._open_editor()) is not None:
            editor.follow_store()
            editor.actions_panel.refresh_from_store()

    def _editing(self) -> bool:
        return self._open_editor() is not None

    def _on_listed_changed(self, _change: ChangeSet) -> None:
        """The list is read again when it is next shown, so it is not reloaded behind an open session."""
        if not self._editing():
            self.reload()

    def _on_session_changed(self, _change: ChangeSet) -> None:
        if self._editing():
            self.editor.follow_store()

    def _on_actions_changed(self, _change: ChangeSet) -> None:
        if self._editing():
            self.editor.actions_panel.refresh_from_store()

    def _on_sharing(self) -> None:
        """A session of a mentee who is not in front of you leaves the screen when sharing starts."""
        editor = self._open_editor()
        if (
            editor is not None
            and editor.session is not None
            and not self.privacy.scope.shows_mentee(editor.session.mentee_id)
        ):
            editor.set_in_session(False)
            self.show_list()

    def set_mentee(self, mentee_id: str | None) -> None:
        self.mentee_id = mentee_id
        self._show_scope()
        self.reload()

    def refresh(self) -> None:
        self.reload()

    def mentee_in_front(self) -> str | None:
        """The open session's mentee; on the list, whoever "Working with" names."""
        editor = self._open_editor()
        if editor is not None and editor.session is not None:
            return editor.session.mentee_id
        return self.mentee_id

    def record_open(self) -> bool:
        return self._editing()

    def toggle_in_session(self) -> None:
        if (editor := self._open_editor()) is not None:
            editor.set_in_session(not editor.in_session_button.isChecked())

    def _show_scope(self) -> None:
        """Say whose sessions the search covers, so a narrowed search is never mistaken for no match."""
        person = self.store.people.find(self.mentee_id) if self.mentee_id else None
        note = (
            self.tr("Searching {0}'s sessions only. Choose “All mentees” in “Working with” to widen.").format(
                person.full_name
            )
            if person is not None and self.role is OwnerRole.MENTOR
            else ""
        )
        self.scope_note.setText(note)
        self.scope_note.setVisible(bool(note))
        self.search.setAccessibleDescription(note)

    def print_current(self) -> bool:
        editor = self._open_editor()
        if editor is not None and editor.session is not None:
            editor.flush()
            editor.print_requested.emit(editor.session.id)
            return True
        return False

    def focus_search(self) -> None:
        self.show_list()
        self.search.setFocus()
        self.search.selectAll()

    def show_list(self) -> None:
        if self._editor is not None:
            self._editor.flush()
            self._editor.actions_panel.discard_blank()
        self.pages.setCurrentIndex(0)
        self.reload()

    def _open_index(self, index: QModelIndex) -> None:
        row = self.model.row_object(index.row())
        if row is not None:
            self.open_session(row.session.id)

    def open_record(self, record_id: str) -> None:
        if record_id:
            self.open_session(record_id)

    def start_new(self, mentee_id: str) -> None:
        self.new_session(mentee_id or None)

    def open_session(self, session_id: str) -> None:
        session = self.store.sessions.find(session_id)
        if session is None:
            return
        self.editor.load(session)
        self.pages.setCurrentWidget(self.editor)
        QTimer.singleShot(0, self.editor.notes.setFocus)

    def new_session(self, mentee_id: str | None = None) -> None:
        mentees = [p for p in self.store.people.listing([PersonKind.MENTEE]) if self.privacy.shows(p)]
        if not mentees and self.privacy.hidden:
            QMessageBox.information(
                self,
                self.tr("New session"),
                self.tr(
                    "No mentee is chosen while sharing your screen. Press Ctrl+Shift+H, choose the mentee "
                    "in Working with, then start the session."
                ),
            )
            return
        dialog = NewSessionDialog(self.ref, mentees, mentee_id or self.mentee_id, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        when = dialog.when.value()
        assert when is not None
        session = self.write(
            start_session,
            self.store,
            self.ref,
            dialog.mentee.currentData(),
            when,
            today(),
            template=dialog.template.currentData() or "",
            start_time=dialog.start_time.text().strip(),
            duration_min=dialog.duration.value(),
        )
        if session is not None:
            self.open_session(session.id)

    def _record_activity(self, session: Session, text: str) -> None:
        """A new activity for the session's mentee, carrying the chosen words and the session's categories."""
        created = self.write(self.store.activities.add, activity_from_notes(session, text))
        if created is not None:
            self.open_requested.emit("activities", created.id, "")

    def flush(self) -> None:
        if self._editor is not None:
            self._editor.flush()
