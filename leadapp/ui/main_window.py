"""The main window: navigation rail, sections, menus, and a status bar that says where data lives."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from leadapp.documents import DocumentKind, DocumentRequest
from leadapp.domain.activities import activity_from_notes
from leadapp.domain.enums import OwnerRole, PersonKind
from leadapp.domain.ids import today
from leadapp.domain.people import profession_label
from leadapp.domain.reference import Reference
from leadapp.domain.sessions import Session
from leadapp.domain.sharing import NOBODY
from leadapp.store.changes import Table
from leadapp.store.errors import StoreError
from leadapp.store.mentee_overview import start_todays_session
from leadapp.store.store import Store
from leadapp.ui.bin.edit_menu import build_edit_menu
from leadapp.ui.bin.undo import RemovalUndo, UndoMessage
from leadapp.ui.events import DataEvents
from leadapp.ui.exchange.exchange_screen import ExchangeScreen
from leadapp.ui.home.home_screen import HomeScreen
from leadapp.ui.keyboard import focus_content, follow_focus_in_scroll_areas
from leadapp.ui.leap.leap_screen import LeapScreen
from leadapp.ui.privacy import Privacy
from leadapp.ui.settings_dialog import SettingsDialog
from leadapp.ui.sharing import SharingMode, action_text, strip_text
from leadapp.ui.shortcuts_dialog import ShortcutsDialog
from leadapp.ui.timeline import opening
from leadapp.ui.timeline.timeline_screen import TimelineScreen
from leadapp.ui.widgets.autosave import Autosaver
from leadapp.ui.widgets.icons import padlock_icon
from leadapp.ui.window_geometry import place_window, remember_window, scrolling

if TYPE_CHECKING:
    from leadapp.ui.about_dialog import AboutDialog
    from leadapp.ui.actions.actions_screen import ActionsScreen
    from leadapp.ui.activities.activities_screen import ActivitiesScreen
    from leadapp.ui.assessment.assessment_screen import AssessmentScreen
    from leadapp.ui.balance.balance_screen import BalanceScreen
    from leadapp.ui.bin.bin_dialog import BinDialog
    from leadapp.ui.people.people_screen import PeopleScreen
    from leadapp.ui.reports.preview_dialog import PreviewDialog
    from leadapp.ui.reports.reports_screen import ReportsScreen
    from leadapp.ui.search_all.search_dialog import SearchDialog
    from leadapp.ui.sessions.sessions_screen import SessionsScreen
else:  # imported when first built, so start-up loads only what Home needs
    from leadapp.ui.lazy_class import LazyClass

    AboutDialog = LazyClass("leadapp.ui.about_dialog", "AboutDialog")
    ActionsScreen = LazyClass("leadapp.ui.actions.actions_screen", "ActionsScreen")
    ActivitiesScreen = LazyClass("leadapp.ui.activities.activities_screen", "ActivitiesScreen")
    AssessmentScreen = LazyClass("leadapp.ui.assessment.assessment_screen", "AssessmentScreen")
    BalanceScreen = LazyClass("leadapp.ui.balance.balance_screen", "BalanceScreen")
    BinDialog = LazyClass("leadapp.ui.bin.bin_dialog", "BinDialog")
    PeopleScreen = LazyClass("leadapp.ui.people.people_screen", "PeopleScreen")
    PreviewDialog = LazyClass("leadapp.ui.reports.preview_dialog", "PreviewDialog")
    ReportsScreen = LazyClass("leadapp.ui.reports.reports_screen", "ReportsScreen")
    SessionsScreen = LazyClass("leadapp.ui.sessions.sessions_screen", "SessionsScreen")


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    shortcut: str
    build: Callable[[], QWidget]


class MainWindow(QMainWindow):
    def __init__(
        self, store: Store, ref: Reference, demo: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.restore_request: Path | None = None
        self.ref = ref
        self.events = DataEvents(store, self)
        self.privacy = Privacy(self)
        self.sharing = SharingMode(self, store, self.privacy)
        self.sharing.before_sharing = self._name_open_mentee
        self.removal_undo = RemovalUndo(store, self)
        self._last_problem = ""
        owner = store.people.owner()
        self.role = store.settings.owner_role()
        # Qt appends the application display name ("— LeadApp") to this title.
        if demo:
            self.setWindowTitle(self.tr("Demo data"))
        elif owner:
            self.setWindowTitle(owner.full_name)
        self.sections = self._sections()
        self.screens: dict[str, QWidget] = {}
        self.search_all: SearchDialog | None = None

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        self._holders: dict[str, QWidget] = {}
        for section in self.sections:
            item = QListWidgetItem(section.title)
            item.setToolTip(f"{section.title} ({section.shortcut})")
            item.setSizeHint(QSize(0, int(self.navigation.fontMetrics().height() * 2.1)))
            self.navigation.addItem(item)
            holder = QWidget()
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self._holders[section.key] = holder
            self.stack.addWidget(scrolling(holder, section.title))
        self.navigation.currentRowChanged.connect(self._show_row)
        self.navigation.itemSelectionChanged.connect(self._follow_rail_selection)
        self.navigation.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustToContents)
        width = max(self.navigation.fontMetrics().horizontalAdvance(s.title) for s in self.sections)
        self.navigation.setMinimumWidth(width + self.navigation.fontMetrics().averageCharWidth() * 6)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        self.privacy_strip = QLabel(self.tr("Private notes hidden — safe to share your screen"))
        self.privacy_strip.setAccessibleName(self.tr("Private notes hidden — safe to share your screen"))
        self.privacy_strip.setStyleSheet(
            "background: #FFB81C; color: #212B32; font-weight: 600; padding: 0.4em 1em;"
        )
        self.privacy_strip.setWordWrap(True)
        self.privacy_strip.hide()
        central_layout.addWidget(self.privacy_strip)
        central_layout.addWidget(splitter, 1)
        self.setCentralWidget(central)

        self._build_toolbar()
        self._build_menus()
        self._build_status_bar(demo)
        self.privacy.changed.connect(self._on_privacy)
        self._restore_sharing()
        self.navigation.setCurrentRow(0)
        place_window(self)
        follow_focus_in_scroll_areas(cast(QApplication, QApplication.instance()))
        QTimer.singleShot(0, self, self._focus_content_at_start)

    def _wire(self, screen: QWidget) -> None:
        """Connect a screen's requests to the window when it is first built."""
        if isinstance(screen, SessionsScreen):
            screen.problem.connect(self.show_problem)
            screen.in_session_changed.connect(self._on_in_session)
            screen.editor.create_activity.connect(self.activity_from_session)
            screen.editor.leap_review.connect(self.leap_review_from_session)
            screen.editor.print_requested.connect(
                lambda session_id: self.preview(DocumentKind.SESSION, session_id, private_option=True)
            )
        elif isinstance(screen, ActivitiesScreen):
            screen.problem.connect(self.show_problem)
        elif isinstance(screen, LeapScreen):
            screen.problem.connect(self.show_problem)
            screen.print_requested.connect(lambda plan_id: self.preview(DocumentKind.LEAP, plan_id))
            screen.activity_recorded.connect(
                lambda _id: self.statusBar().showMessage(
                    self.tr("The leap was recorded in the portfolio."), 8000
                )
            )
        elif isinstance(screen, BalanceScreen):
            screen.find_example.connect(self.find_example)
            screen.print_requested.connect(lambda person_id: self.preview(DocumentKind.PORTFOLIO, person_id))
        elif isinstance(screen, PeopleScreen):
            screen.editor.problem.connect(self.show_problem)
            screen.person_opened.connect(self.set_working_with)
            screen.mentee_page.start_today.connect(self.start_todays_session)
            screen.mentee_page.set_privacy(self.privacy)
            screen.mentee_page.open_timeline.connect(lambda mentee: opening.open_timeline(self, mentee))
        elif isinstance(screen, AssessmentScreen):
            screen.problem.connect(self.show_problem)
            screen.find_example.connect(self.find_example)
            screen.print_requested.connect(lambda kind, person: self.preview(DocumentKind(kind), person))
        elif isinstance(screen, HomeScreen):
            screen.open_people.connect(lambda: self.go_to("people"))
            screen.add_mentee.connect(self.add_mentee)
            screen.open_person.connect(self.open_person)
            screen.start_session.connect(self.new_session)
            screen.print_caseload.connect(lambda: self.preview(DocumentKind.CASELOAD, ""))
            screen.open_timeline.connect(lambda mentee: opening.open_timeline(self, mentee))
            screen.open_to_finish.connect(lambda *row: opening.open_record(self, *row))
        elif isinstance(screen, TimelineScreen):
            screen.open_record.connect(lambda *row: opening.open_record(self, *row))

    def section_screen(self, key: str) -> QWidget:
        """The section's screen, built and wired the first time it is needed, so start-up stays quick."""
        if key not in self.screens:
            section = next(s for s in self.sections if s.key == key)
            built = section.build()
            holder_layout = self._holders[key].layout()
            assert holder_layout is not None
            holder_layout.addWidget(built)
            self.screens[key] = built
            self._wire(built)
            follow_sharing = getattr(built, "follow_sharing", None)
            if callable(follow_sharing):
                follow_sharing(self.privacy)
            set_mentee = getattr(built, "set_mentee", None)
            if callable(set_mentee) and self.current_mentee():
                set_mentee(self.current_mentee())
        return self.screens[key]

    def current_screen(self) -> QWidget:
        return self.section_screen(self.sections[max(self.navigation.currentRow(), 0)].key)

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self.sections):
            self.section_screen(self.sections[row].key)
            self.stack.setCurrentIndex(row)
            if not self.navigation.hasFocus():
                focus_content(self.stack.currentWidget())

    def _focus_content_at_start(self) -> None:
        """Focus starts in the content, unless the person has already put it somewhere in the content."""
        focused = QApplication.focusWidget()
        if focused is None or focused is self.navigation or not self.stack.isAncestorOf(focused):
            focus_content(self.stack.currentWidget())

    def _follow_rail_selection(self) -> None:
        """Voice control and switch access select a rail entry without making it current: show it anyway."""
        rows = [index.row() for index in self.navigation.selectedIndexes()]
        if rows and rows[0] != self.navigation.currentRow():
            self.navigation.setCurrentRow(rows[0])

    def _sections(self) -> list[Section]:
        store, ref, events = self.store, self.ref, self.events
        is_mentor = self.role is OwnerRole.MENTOR
        return [
            Section(
                "home",
                self.tr("Home") if is_mentor else self.tr("My mentoring"),
                "Ctrl+1",
                lambda: HomeScreen(store, ref, events, self.role),
            ),
            Section(
                "timeline",
                self.tr("Timeline"),
                "Ctrl+2",
                lambda: TimelineScreen(store, ref, events, self.role),
            ),
            Section("people", self.tr("People"), "Ctrl+3", lambda: PeopleScreen(store, ref, events)),
            Section(
                "sessions",
                self.tr("Sessions"),
                "Ctrl+4",
                lambda: SessionsScreen(store, ref, events, self.privacy, self.role),
            ),
            Section("actions", self.tr("Actions"), "Ctrl+5", lambda: ActionsScreen(store, events)),
            Section(
                "activities",
                self.tr("Activities"),
                "Ctrl+6",
                lambda: ActivitiesScreen(store, ref, events, self.role),
            ),
            Section(
                "balance",
                self.tr("Balance"),
                "Ctrl+7",
                lambda: BalanceScreen(store, ref, events, self.role),
            ),
            Section(
                "leap",
                self.tr("Leap of faith"),
                "Ctrl+8",
                lambda: LeapScreen(store, ref, events, self.role),
            ),
            Section(
                "assessment",
                self.tr("Self-assessment"),
                "Ctrl+9",
                lambda: AssessmentScreen(store, ref, events, self.role),
            ),
            Section(
                "reports",
                self.tr("Reports"),
                "Ctrl+0",
                lambda: ReportsScreen(store, ref, events, self.privacy, self.role),
            ),
            Section(
                "exchange",
                self.tr("Exchange"),
                "Ctrl+Shift+0",
                lambda: ExchangeScreen(store, events, self.privacy, self.go_to),
            ),
        ]

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Main toolbar"))
        bar.setObjectName("main-toolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(bar)
        self.toolbar = bar
        working = QLabel(self.tr("Working with: "))
        self.mentee_switcher = QComboBox()
        self.mentee_switcher.setAccessibleName(self.tr("Working with mentee"))
        self.mentee_switcher.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        working.setBuddy(self.mentee_switcher)
        for action in (bar.addWidget(working), bar.addWidget(self.mentee_switcher), bar.addSeparator()):
            action.setVisible(self.role is OwnerRole.MENTOR)
        self.new_session_action = QAction(self.tr("New session"), self)
        self.new_session_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_session_action.setToolTip(self.tr("New session (Ctrl+N)"))
        self.new_session_action.triggered.connect(lambda: self.new_session(""))
        bar.addAction(self.new_session_action)
        self.quick_note_action = QAction(self.tr("Quick note"), self)
        self.quick_note_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.quick_note_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.quick_note_action.setToolTip(
            self.tr("A one-line note about the mentee, from anywhere (Ctrl+Shift+N)")
        )
        self.quick_note_action.triggered.connect(lambda: opening.quick_note(self))
        bar.addAction(self.quick_note_action)
        self.addAction(self.quick_note_action)
        self.search_action = QAction(self.tr("Search"), self)
        self.search_action.setShortcut(QKeySequence("Ctrl+F"))
        self.search_action.setToolTip(self.tr("Search sessions, activities, actions and notes (Ctrl+F)"))
        self.search_action.triggered.connect(self.focus_search)
        bar.addAction(self.search_action)
        lock = padlock_icon(self.palette().windowText().color().name())
        self.privacy_action = QAction(lock, action_text(False), self)
        self.privacy_action.setCheckable(True)
        self.privacy_action.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.privacy_action.setToolTip(
            self.tr("Sharing mode: only the mentee in front of you, nothing private (Ctrl+Shift+H)")
        )
        self.privacy_action.toggled.connect(self.sharing.set_sharing)
        bar.addAction(self.privacy_action)
        more = bar.findChild(QToolButton, "qt_toolbar_ext_button")
        if more is not None:  # shown when a narrow window or large text leaves no room for every button
            more.setAccessibleName(self.tr("More toolbar buttons"))
        self.in_session_action = QAction(self.tr("In-session view"), self)
        self.in_session_action.setShortcut(QKeySequence("F11"))
        self.in_session_action.triggered.connect(self.toggle_in_session)
        self.addAction(self.in_session_action)
        self._fill_switcher()
        self.mentee_switcher.currentIndexChanged.connect(self._on_mentee_switched)
        self.events.watch(self.mentee_switcher, {Table.PEOPLE}, lambda _change: self._fill_switcher())

    def _fill_switcher(self) -> None:
        current = self.mentee_switcher.currentData()
        self.mentee_switcher.blockSignals(True)
        self.mentee_switcher.clear()
        sharing = self.privacy.hidden
        if not sharing:
            self.mentee_switcher.addItem(self.tr("All mentees"), "")
        professions = self.ref.profession_names()
        for person in self.store.people.listing([PersonKind.MENTEE]):
            own = self.role is OwnerRole.MENTEE and person.is_owner
            if sharing and person.id != current and not own:
                continue
            profession = profession_label(person, professions)
            text = f"{person.full_name} · {profession}" if profession else person.full_name
            self.mentee_switcher.addItem(text, person.id)
        if not self.mentee_switcher.count():
            self.mentee_switcher.addItem(self.tr("No mentee while sharing"), NOBODY)
        self.mentee_switcher.setEnabled(not sharing)
        position = self.mentee_switcher.findData(current) if current else 0
        self.mentee_switcher.setCurrentIndex(max(position, 0))
        self.mentee_switcher.blockSignals(False)
        if current and position < 0:
            self._on_mentee_switched()

    def current_mentee(self) -> str | None:
        return self.mentee_switcher.currentData() or None

    def _on_mentee_switched(self) -> None:
        mentee_id = self.current_mentee()
        self.privacy.set_front(mentee_id)
        self.sharing.remember_front(mentee_id)
        for key in ("timeline", "sessions", "actions", "activities", "balance", "leap", "reports"):
            screen = self.screens.get(key)
            if isinstance(
                screen,
                SessionsScreen
                | ActionsScreen
                | ActivitiesScreen
                | BalanceScreen
                | LeapScreen
                | ReportsScreen
                | TimelineScreen,
            ):
                screen.set_mentee(mentee_id)
        assessment = self.screens.get("assessment")
        if isinstance(assessment, AssessmentScreen):
            assessment.set_mentee(mentee_id)

    def set_working_with(self, mentee_id: str) -> None:
        """Opening a mentee makes them the one the per-mentee sections follow."""
        position = self.mentee_switcher.findData(mentee_id)
        if position >= 0:
            self.mentee_switcher.setCurrentIndex(position)

    def _name_open_mentee(self) -> None:
        """Sharing started with nobody in "Working with" keeps the record that is open: the session or the
        mentee page on screen is the mentee in front of you. A highlighted list row is not enough."""
        if self.current_mentee():
            return
        screen = self.current_screen()
        record_open = (
            isinstance(screen, SessionsScreen) and screen.pages.currentWidget() is screen.editor
        ) or (isinstance(screen, PeopleScreen) and screen.pages.currentWidget() is screen.mentee_page)
        open_id = screen.mentee_in_front() if record_open else None  # type: ignore[attr-defined]
        if open_id:
            self.set_working_with(open_id)

    def mentee_in_front(self) -> str | None:
        """The mentee highlighted or open on the current screen, else the one in "Working with"."""
        asked = getattr(self.current_screen(), "mentee_in_front", None)
        return (asked() if callable(asked) else None) or self.current_mentee()

    def new_session(self, mentee_id: str = "") -> None:
        mentee_id = mentee_id or self.mentee_in_front() or ""
        if mentee_id:
            self.set_working_with(mentee_id)
        sessions = self.go_to("sessions")
        if isinstance(sessions, SessionsScreen):
            sessions.new_session(mentee_id or None)

    def start_todays_session(self, mentee_id: str) -> None:
        """The mentee page's button: today's session, reusing a planned one rather than adding another."""
        self.flush()
        try:
            session = start_todays_session(
                self.store, self.ref, mentee_id, today(), datetime.now().strftime("%H:%M")
            )
        except StoreError as error:
            self.show_problem(str(error))
            return
        self.set_working_with(mentee_id)
        sessions = self.go_to("sessions")
        if isinstance(sessions, SessionsScreen):
            sessions.open_session(session.id)

    def find_example(self, category: str, example_code: str) -> None:
        activities = self.go_to("activities")
        if isinstance(activities, ActivitiesScreen):
            activities.start_from_example(category, example_code or None)

    def activity_from_session(self, session: Session, text: str) -> None:
        """A new activity for the session's mentee, carrying the chosen words and the session's categories."""
        activity = activity_from_notes(session, text)
        try:
            created = self.store.activities.add(activity)
        except StoreError as error:
            self.show_problem(str(error))
            return
        screen = self.go_to("activities")
        if isinstance(screen, ActivitiesScreen):
            screen.open_activity(created.id)

    def preview(self, kind: DocumentKind, record_id: str, private_option: bool = False) -> PreviewDialog:
        """Preview a document in its own window; private notes only on request and never while hidden."""

        def request(include_private: bool) -> DocumentRequest:
            hidden = self.privacy.hidden
            return DocumentRequest(kind, record_id, include_private and not hidden, sharing=hidden)

        self.flush()
        dialog = PreviewDialog(self.store.path, self.ref, request, self.privacy, private_option, self)
        dialog.open()
        return dialog

    def leap_review_from_session(self, session: Session) -> None:
        """Review the mentee's leap of faith, linked to the session where it was talked through."""
        sessions = self.screens.get("sessions")
        if isinstance(sessions, SessionsScreen):
            sessions.editor.flush()
        self.mentee_switcher.setCurrentIndex(max(self.mentee_switcher.findData(session.mentee_id), 0))
        leap = self.go_to("leap")
        if isinstance(leap, LeapScreen):
            leap.set_mentee(session.mentee_id)
            leap.add_review(session.id)

    def focus_search(self) -> None:
        """Ctrl+F: the one search over sessions, activities, actions and notes (the Sessions list keeps its
        own filter box)."""
        if self.search_all is None:
            from leadapp.ui.search_all.open_hit import search_window

            self.search_all = search_window(self, self)
        self.search_all.open_search()

    def toggle_in_session(self) -> None:
        sessions = self.screens.get("sessions")
        if isinstance(sessions, SessionsScreen) and sessions.pages.currentWidget() is sessions.editor:
            sessions.editor.set_in_session(not sessions.editor.in_session_button.isChecked())

    def _on_in_session(self, on: bool) -> None:
        self.navigation.setVisible(not on)
        self.toolbar.setVisible(not on)
        self.menuBar().setVisible(not on)

    def _restore_sharing(self) -> None:
        """Sharing left on stays on after a restart, with the same mentee in front of you."""
        front = self.sharing.stored_front()
        if front is None:
            return
        position = self.mentee_switcher.findData(front) if front else -1
        self.mentee_switcher.setCurrentIndex(max(position, 0))
        self.privacy.set_hidden(True)

    def _on_privacy(self, hidden: bool) -> None:
        self._fill_switcher()
        self._on_mentee_switched()
        front = self.store.people.find(self.current_mentee() or "") if hidden else None
        self.privacy_strip.setText(strip_text(front.full_name if front else None))
        self.privacy_strip.setAccessibleName(self.privacy_strip.text())
        self.privacy_strip.setVisible(hidden)
        self.privacy_action.setChecked(hidden)
        self.privacy_action.setText(action_text(hidden))
        self.privacy_state.setText(
            self.tr("Private notes hidden") if hidden else self.tr("Private notes shown")
        )

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        settings = QAction(self.tr("&Settings…"), self)
        settings.setShortcut(QKeySequence("Ctrl+,"))
        settings.triggered.connect(self.open_settings)
        file_menu.addAction(settings)
        print_action = QAction(self.tr("&Print or save…"), self)
        print_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        print_action.triggered.connect(self.print_current)
        file_menu.addAction(print_action)
        export = QAction(self.tr("&Export…"), self)
        export.triggered.connect(self.open_export)
        file_menu.addAction(export)
        backups = QAction(self.tr("&Backups…"), self)
        backups.triggered.connect(self.open_backups)
        file_menu.addAction(backups)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.menuBar().addMenu(build_edit_menu(self, self.removal_undo, self.open_bin))

        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for position, section in enumerate(self.sections):
            action = QAction(section.title, self)
            action.setShortcut(QKeySequence(section.shortcut))
            action.triggered.connect(lambda _checked=False, row=position: self.navigation.setCurrentRow(row))
            go_menu.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        keys = QAction(self.tr("&Keyboard shortcuts"), self)
        keys.setShortcut(QKeySequence("F1"))
        keys.triggered.connect(self.show_shortcuts)
        help_menu.addAction(keys)
        about = QAction(self.tr("&About LeadApp"), self)
        about.triggered.connect(lambda: AboutDialog(self.ref, self.store.path, self).exec())
        help_menu.addAction(about)

    def open_export(self) -> None:
        from leadapp.ui.export_dialog import ExportDialog

        dialog = ExportDialog(self.store, self.ref, self.privacy, self)
        if dialog.exec() == ExportDialog.DialogCode.Accepted and dialog.result_ is not None:
            done = dialog.result_
            self.statusBar().showMessage(
                self.tr("Exported {0} records to {1}").format(done.records, done.folder), 15000
            )

    def _build_status_bar(self, demo: bool) -> None:
        prefix = self.tr("Demo data: ") if demo else ""
        self.location = QLabel(prefix + str(self.store.path))
        self.location.setAccessibleName(self.tr("Database location"))
        self.location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_state = QLabel(self.tr("All changes saved"))
        self.save_state.setAccessibleName(self.tr("Save state"))
        self.privacy_state = QLabel(self.tr("Private notes shown"))
        self.privacy_state.setAccessibleName(self.tr("Privacy state"))
        self.statusBar().addWidget(self.location, 1)
        self.undo_message = UndoMessage(self.removal_undo)
        self.statusBar().addPermanentWidget(self.undo_message)
        self.removal_undo.problem.connect(self.show_problem)
        self.statusBar().addPermanentWidget(self.save_state)
        self.statusBar().addPermanentWidget(self.privacy_state)
        self.events.saved.connect(self._on_saved)
        self.events.changed_elsewhere.connect(self._on_changed_elsewhere)

    def _on_saved(self) -> None:
        self._last_problem = ""
        self.save_state.setText(self.tr("Saved at {0}").format(datetime.now().strftime("%H:%M:%S")))

    def _on_changed_elsewhere(self) -> None:
        """Saved is no longer the whole story once another window has written: say what is shown."""
        self.save_state.setText(
            self.tr("Changes from another window shown at {0}").format(datetime.now().strftime("%H:%M:%S"))
        )

    def shortcut_list(self) -> list[tuple[str, str]]:
        listed = [(s.shortcut, self.tr("Go to {0}").format(s.title)) for s in self.sections]
        return [
            *listed,
            ("Ctrl+N", self.tr("New session")),
            ("Ctrl+P", self.tr("Print or save the document on screen")),
            ("Esc / Alt+Left", self.tr("Back from an editor to its list (saved first)")),
            ("Down / Enter", self.tr("From a search box to its results")),
            ("Ctrl+F", self.tr("Search sessions, activities, actions and notes")),
            ("Ctrl+Shift+N", self.tr("Quick note, from anywhere")),
            ("Ctrl+Shift+L", self.tr("Finish later on or off (in a session, activity)")),
            ("Ctrl+Shift+H", self.tr("Sharing mode on or off: private notes and other mentees hidden")),
            ("F11", self.tr("In-session view on or off (in a session)")),
            ("Esc", self.tr("Leave the in-session view")),
            ("Ctrl+Shift+S", self.tr("Start the session (in a planned session)")),
            ("Ctrl+Shift+E", self.tr("End the session: actions, next date, summary")),
            ("Alt+P", self.tr("Open or fold my private notes (in a session)")),
            ("Ctrl+Enter", self.tr("Add an action (in a session)")),
            ("Alt+1 … Alt+5", self.tr("Turn a category on or off (in a session)")),
            ("Ctrl+D", self.tr("Mark the selected action done (in Actions)")),
            ("Tab / Shift+Tab", self.tr("Next or previous field")),
            ("Ctrl+Z", self.tr("Undo typing in a field")),
            ("Ctrl+Z", self.tr("Undo the last removal (when not typing in a field)")),
            ("Delete", self.tr("Remove the selected session or activity (in their lists)")),
            ("Ctrl+L", self.tr("Start an activity from an example (in Activities)")),
            ("Ctrl+Shift+D", self.tr("New activity (in Activities)")),
            ("Ctrl+Shift+A", self.tr("Add a person (in People)")),
            ("Ctrl+,", self.tr("Settings")),
            ("F1", self.tr("Keyboard shortcuts")),
            ("Ctrl+Q", self.tr("Quit (everything is already saved)")),
            ("Alt+underlined letter", self.tr("Jump to that field")),
        ]

    def print_current(self) -> None:
        """Ctrl+P: the document for what is on screen (session, plan, portfolio, caseload, report)."""
        printer = getattr(self.current_screen(), "print_current", None)
        if not (callable(printer) and printer()):
            self.statusBar().showMessage(
                self.tr("Nothing to print on this screen. Reports (Ctrl+0) prints any document."), 8000
            )

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self.shortcut_list(), self).exec()

    def open_bin(self) -> None:
        self.flush()
        BinDialog(self.store, self).exec()

    def open_settings(self) -> None:
        SettingsDialog(self.store, self).exec()

    def go_to(self, key: str) -> QWidget:
        keys = [s.key for s in self.sections]
        self.navigation.setCurrentRow(keys.index(key))
        return self.section_screen(key)

    def add_mentee(self) -> None:
        people = self.go_to("people")
        if isinstance(people, PeopleScreen):
            people.add_person()

    def open_person(self, person_id: str) -> None:
        people = self.go_to("people")
        if isinstance(people, PeopleScreen):
            people.open_person(person_id)

    def show_problem(self, message: str) -> None:
        """Say it once: a save retried every few seconds must not pile up message boxes."""
        self.save_state.setText(self.tr("Not saved yet: retrying"))
        if message == self._last_problem:
            return
        self._last_problem = message
        QMessageBox.warning(self, self.tr("LeadApp"), message)

    def flush(self) -> None:
        for screen in list(self.screens.values()):
            flush = getattr(screen, "flush", None)
            if callable(flush):
                flush()

    def open_backups(self) -> None:
        """A chosen backup is restored once this window has closed and saved (see app.run_gui)."""
        from leadapp.ui.backups.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.store.path, self)
        if dialog.exec() == BackupsDialog.DialogCode.Accepted and dialog.chosen is not None:
            self.restore_request = dialog.chosen
            self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush()
        while Autosaver.unsaved_within(self):
            answer = QMessageBox.question(
                self,
                self.tr("Changes not saved yet"),
                self.tr(
                    "Some changes could not be saved yet ({0}). Try again, or close without them?"
                ).format(self._last_problem or self.tr("the database was busy")),
                QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Discard,
                QMessageBox.StandardButton.Retry,
            )
            if answer != QMessageBox.StandardButton.Retry:
                break
            self.flush()
        self.events.detach()
        self.sharing.detach()
        self.removal_undo.detach()
        remember_window(self)
        super().closeEvent(event)
