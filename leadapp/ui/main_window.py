"""The main window: navigation rail, sections, menus, and a status bar that says where data lives."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from leadapp.domain.enums import OwnerRole
from leadapp.domain.reference import Reference
from leadapp.store.store import Store
from leadapp.ui.about_dialog import AboutDialog
from leadapp.ui.events import DataEvents
from leadapp.ui.home_screen import HomeScreen
from leadapp.ui.people.people_screen import PeopleScreen
from leadapp.ui.settings_dialog import SettingsDialog
from leadapp.ui.shortcuts_dialog import ShortcutsDialog
from leadapp.ui.upcoming import UpcomingScreen, category_legend


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
        self.ref = ref
        self.events = DataEvents(store, self)
        owner = store.people.owner()
        role_text = store.settings.get("owner_role", OwnerRole.MENTOR.value)
        self.role = OwnerRole(role_text) if role_text in {r.value for r in OwnerRole} else OwnerRole.MENTOR
        # Qt appends the application display name ("— LeadApp") to this title.
        if demo:
            self.setWindowTitle(self.tr("Demo data"))
        elif owner:
            self.setWindowTitle(owner.full_name)
        self.sections = self._sections()
        self.screens: dict[str, QWidget] = {}

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        for section in self.sections:
            item = QListWidgetItem(section.title)
            item.setToolTip(f"{section.title} ({section.shortcut})")
            item.setSizeHint(QSize(0, int(self.navigation.fontMetrics().height() * 2.1)))
            self.navigation.addItem(item)
            screen = section.build()
            self.screens[section.key] = screen
            self.stack.addWidget(screen)
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.navigation.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustToContents)
        width = max(self.navigation.fontMetrics().horizontalAdvance(s.title) for s in self.sections)
        self.navigation.setMinimumWidth(width + self.navigation.fontMetrics().averageCharWidth() * 6)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)

        self._build_menus()
        self._build_status_bar(demo)
        people = self.screens["people"]
        if isinstance(people, PeopleScreen):
            people.editor.problem.connect(self.show_problem)
        home = self.screens["home"]
        if isinstance(home, HomeScreen):
            home.open_people.connect(lambda: self.go_to("people"))
            home.open_person.connect(self.open_person)
        self.navigation.setCurrentRow(0)
        font = self.fontMetrics()
        self.resize(font.averageCharWidth() * 150, font.height() * 42)

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
                lambda: UpcomingScreen(
                    self.tr("Timeline"),
                    self.tr("One mentee's story in date order, on one page."),
                    [
                        self.tr("Sessions, actions, reflections, activities and plan reviews as cards"),
                        self.tr("Filters by type and by category"),
                    ],
                ),
            ),
            Section("people", self.tr("People"), "Ctrl+3", lambda: PeopleScreen(store, ref, events)),
            Section(
                "sessions",
                self.tr("Sessions"),
                "Ctrl+4",
                lambda: UpcomingScreen(
                    self.tr("Sessions"),
                    self.tr("Record each mentoring conversation as it happens; nothing typed is lost."),
                    [
                        self.tr(
                            "Start a session from a template: first meeting, career conversation, "
                            "leap-of-faith review, self-assessment review"
                        ),
                        self.tr("Agenda, shared notes, the mentee's reflection and private notes"),
                        self.tr("Categories discussed, with coaching prompts for each"),
                        self.tr("Actions agreed, with owner and due date, carried into the next agenda"),
                        self.tr("Search across every session"),
                    ],
                    self.tr("Meanwhile, add your mentees in People (Ctrl+3)."),
                ),
            ),
            Section(
                "actions",
                self.tr("Actions"),
                "Ctrl+5",
                lambda: UpcomingScreen(
                    self.tr("Actions"),
                    self.tr("Everything agreed in sessions, across mentees."),
                    [
                        self.tr("Open and overdue actions by owner and mentee"),
                        self.tr("Mark done or reschedule in one keystroke"),
                    ],
                ),
            ),
            Section(
                "activities",
                self.tr("Activities"),
                "Ctrl+6",
                lambda: UpcomingScreen(
                    self.tr("Activities"),
                    self.tr(
                        "The development activities that build a leadership career, each tagged "
                        "with one or more of the five categories."
                    ),
                    [
                        self.tr("Start from the guide's examples for each category and career stage"),
                        self.tr("Reach, value gained, benefit to the organisation, behaviours shown"),
                        self.tr("Evidence: notes, links and files"),
                        self.tr("For track record: outputs, outcomes and impact kept apart"),
                    ],
                    extra=category_legend(ref),
                ),
            ),
            Section(
                "balance",
                self.tr("Balance"),
                "Ctrl+7",
                lambda: UpcomingScreen(
                    self.tr("Balance"),
                    self.tr("How a mentee's experience spreads across the five categories."),
                    [
                        self.tr("Activities per category and career stage, as a chart"),
                        self.tr("Gaps named in plain words, each with an example to try"),
                        self.tr("A readiness map against what boards expect of senior leaders"),
                    ],
                ),
            ),
            Section(
                "leap",
                self.tr("Leap of faith"),
                "Ctrl+8",
                lambda: UpcomingScreen(
                    self.tr("Leap of faith"),
                    self.tr("A support plan for the step out of the comfort zone."),
                    [
                        self.tr("The step: what, which direction, how it arose, who champions it"),
                        self.tr("Each concern rated, with what will ease it"),
                        self.tr("Support if it goes well, and if it goes less well"),
                        self.tr("Dated reviews of confidence and wellbeing, drawn as a trend"),
                    ],
                ),
            ),
            Section(
                "assessment",
                self.tr("Self-assessment"),
                "Ctrl+9",
                lambda: UpcomingScreen(
                    self.tr("Self-assessment"),
                    self.tr(
                        "Dated ratings against the guide's leadership behaviours and the "
                        "Healthcare Leadership Model, compared over time."
                    ),
                    [
                        self.tr("{0} behaviour groups; {1} Healthcare Leadership Model dimensions").format(
                            len(ref.behaviour_groups), len(ref.hlm_dimensions)
                        ),
                        self.tr("Ratings by the mentee, and optionally the mentor, as a chart"),
                        self.tr("Gaps linked to planned activities"),
                    ],
                ),
            ),
            Section(
                "reports",
                self.tr("Reports"),
                "Ctrl+0",
                lambda: UpcomingScreen(
                    self.tr("Reports"),
                    self.tr("Summaries to print or save as PDF."),
                    [
                        self.tr("Session summary, portfolio summary, leap-of-faith plan, caseload"),
                        self.tr("Previewed here, printed through the usual print dialog"),
                        self.tr("Private notes left out unless you choose to include them"),
                    ],
                ),
            ),
            Section(
                "exchange",
                self.tr("Exchange"),
                "Ctrl+Shift+0",
                lambda: UpcomingScreen(
                    self.tr("Exchange"),
                    self.tr("Send updates between mentor and mentee as a file, without any network."),
                    [
                        self.tr("An encrypted update file, safe to email"),
                        self.tr("Records merge on import; conflicts are shown, not lost"),
                        self.tr("Private notes never leave this computer"),
                    ],
                ),
            ),
        ]

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        settings = QAction(self.tr("&Settings…"), self)
        settings.setShortcut(QKeySequence("Ctrl+,"))
        settings.triggered.connect(self.open_settings)
        file_menu.addAction(settings)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

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

    def _build_status_bar(self, demo: bool) -> None:
        prefix = self.tr("Demo data: ") if demo else ""
        self.location = QLabel(prefix + str(self.store.path))
        self.location.setAccessibleName(self.tr("Database location"))
        self.location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_state = QLabel(self.tr("All changes saved"))
        self.save_state.setAccessibleName(self.tr("Save state"))
        self.statusBar().addWidget(self.location, 1)
        self.statusBar().addPermanentWidget(self.save_state)
        self.events.saved.connect(self._on_saved)

    def _on_saved(self) -> None:
        self.save_state.setText(self.tr("Saved at {0}").format(datetime.now().strftime("%H:%M:%S")))

    def shortcut_list(self) -> list[tuple[str, str]]:
        listed = [(s.shortcut, self.tr("Go to {0}").format(s.title)) for s in self.sections]
        return [
            *listed,
            ("Ctrl+Shift+A", self.tr("Add a person (in People)")),
            ("Ctrl+,", self.tr("Settings")),
            ("F1", self.tr("Keyboard shortcuts")),
            ("Ctrl+Q", self.tr("Quit (everything is already saved)")),
            ("Alt+underlined letter", self.tr("Jump to that field")),
        ]

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self.shortcut_list(), self).exec()

    def open_settings(self) -> None:
        SettingsDialog(self.store, self).exec()

    def go_to(self, key: str) -> QWidget:
        keys = [s.key for s in self.sections]
        self.navigation.setCurrentRow(keys.index(key))
        return self.screens[key]

    def open_person(self, person_id: str) -> None:
        people = self.go_to("people")
        if isinstance(people, PeopleScreen):
            people.select(person_id)

    def show_problem(self, message: str) -> None:
        self.save_state.setText(self.tr("Not saved"))
        QMessageBox.warning(self, self.tr("LeadApp"), message)

    def flush(self) -> None:
        for screen in self.screens.values():
            flush = getattr(screen, "flush", None)
            if callable(flush):
                flush()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush()
        self.events.detach()
        super().closeEvent(event)
