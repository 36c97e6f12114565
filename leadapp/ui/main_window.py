"""The main window: navigation rail, sections, menus, and a status bar that says where data lives."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QColor, QFont, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from leadapp.domain.enums import OwnerRole
from leadapp.domain.ids import today
from leadapp.domain.people import profession_label
from leadapp.domain.reference import Reference
from leadapp.domain.sharing import NOBODY
from leadapp.store.changes import Table
from leadapp.store.errors import StoreError
from leadapp.store.store import Store
from leadapp.ui.bin.edit_menu import build_edit_menu
from leadapp.ui.bin.undo import RemovalUndo, UndoMessage
from leadapp.ui.events import DataEvents
from leadapp.ui.keyboard import focus_content, follow_focus_in_scroll_areas
from leadapp.ui.privacy import Privacy
from leadapp.ui.screen import Screen
from leadapp.ui.sections import SECTIONS, SectionEntry, SectionNeeds, sections_for
from leadapp.ui.sharing import SharingMode, action_text, strip_text
from leadapp.ui.theme import TEXT, WARNING
from leadapp.ui.widgets.autosave import Autosaver
from leadapp.ui.widgets.choices import MEASURED, ChoicesWhenReached, fill_choices
from leadapp.ui.widgets.icons import padlock_icon
from leadapp.ui.widgets.roles import RailDelegate
from leadapp.ui.window_geometry import place_window, remember_window, scrolling

if TYPE_CHECKING:
    from leadapp.documents import DocumentKind, DocumentRequest
    from leadapp.domain.sessions import Session
    from leadapp.store.people import MenteeChoice
    from leadapp.ui.about_dialog import AboutDialog
    from leadapp.ui.activities.activities_screen import ActivitiesScreen
    from leadapp.ui.bin.bin_dialog import BinDialog
    from leadapp.ui.leap.leap_screen import LeapScreen
    from leadapp.ui.reports.preview_dialog import PreviewDialog
    from leadapp.ui.search_all.search_dialog import SearchDialog
else:  # imported when first used, so start-up loads only what Home needs
    from leadapp.ui.lazy_class import LazyClass

    AboutDialog = LazyClass("leadapp.ui.about_dialog", "AboutDialog")
    BinDialog = LazyClass("leadapp.ui.bin.bin_dialog", "BinDialog")
    PreviewDialog = LazyClass("leadapp.ui.reports.preview_dialog", "PreviewDialog")

DISK_WAIT_S = 10.0
"""How long closing waits for a disk that failed a sync to take the changes after all."""


def _open_record(window: MainWindow, kind: str, record_id: str, mentee_id: str) -> None:
    """The record and quick-note openers import the screens they open, so those load on first use too."""
    from leadapp.ui.timeline import opening

    opening.open_record(window, kind, record_id, mentee_id)


def _is_session(kind: DocumentKind) -> bool:
    """The document registry is imported here, when a screen asks to print: the start imports none of it."""
    from leadapp.documents import DocumentKind

    return kind is DocumentKind.SESSION


def _quick_note(window: MainWindow) -> None:
    from leadapp.ui.timeline import opening

    opening.quick_note(window)


class MainWindow(QMainWindow):
    def __init__(
        self,
        store: Store,
        ref: Reference,
        demo: bool = False,
        parent: QWidget | None = None,
        *,
        sections: tuple[SectionEntry, ...] = SECTIONS,
        sharing_key_everywhere: bool = True,
    ) -> None:
        """`sharing_key_everywhere=False` leaves Ctrl+Shift+H to the toolbar's action until the caller calls
        `self.sharing.attach()`: the start does so on the event loop's first turn, after the window is shown,
        because the first event PySide hands to a Python filter for an object of one of Qt's private classes
        (there is one among the first events of any window) makes it create the Python classes and enums of
        every Qt class it might be, about 25 ms. Until then nothing but the window can have the focus, and
        there the action does what the filter does."""
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
        self.sections = sections_for(self.role, sections)
        self._needs = SectionNeeds(store, ref, self.events, self.privacy, self.role)
        self.screens: dict[str, Screen] = {}
        self.search_all: SearchDialog | None = None

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setItemDelegate(RailDelegate(self.navigation))
        self.navigation.setFrameShape(QFrame.Shape.NoFrame)
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        row_height = int(self.navigation.fontMetrics().height() * 2.1)
        for section in self.sections:
            item = QListWidgetItem(section.title)
            item.setToolTip(f"{section.title} ({section.shortcut})")
            item.setSizeHint(QSize(0, row_height))
            self.navigation.addItem(item)
            self.stack.addWidget(QWidget())  # the section's place, until it is first shown (see _holder)
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
        strip_colours = self.privacy_strip.palette()
        strip_colours.setColor(QPalette.ColorRole.Window, QColor(WARNING))
        strip_colours.setColor(QPalette.ColorRole.WindowText, QColor(TEXT))
        self.privacy_strip.setPalette(strip_colours)
        self.privacy_strip.setAutoFillBackground(True)
        strip_font = QFont()
        strip_font.setWeight(QFont.Weight.DemiBold)
        self.privacy_strip.setFont(strip_font)
        em = self.privacy_strip.fontMetrics().height()
        self.privacy_strip.setContentsMargins(em, int(em * 0.4), em, int(em * 0.4))
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
        QTimer.singleShot(0, self, self._focus_content_at_start)
        if sharing_key_everywhere:
            self.sharing.attach()  # last, so the events of building the window do not all pass through it

    def _wire(self, screen: Screen) -> None:
        """Every section asks the window for the same few things (see `Screen`): connected when built."""
        screen.problem.connect(self.show_problem)
        screen.print_requested.connect(
            lambda kind, record_id: self.preview(kind, record_id, private_option=_is_session(kind))
        )
        screen.said.connect(lambda text: self.statusBar().showMessage(text, 8000))
        screen.open_requested.connect(self.open_in)
        screen.entry_opened.connect(lambda *entry: _open_record(self, *entry))
        screen.new_requested.connect(self.start_new)
        screen.find_example.connect(self.find_example)
        screen.mentee_opened.connect(self.set_working_with)
        screen.todays_session_requested.connect(self.start_todays_session)
        screen.leap_review_requested.connect(self.leap_review_from_session)
        screen.in_session_changed.connect(self._on_in_session)

    def section_screen(self, key: str) -> Screen:
        """The section's screen, built and wired the first time it is needed, so start-up stays quick."""
        if key not in self.screens:
            built = self._section(key).build(self._needs)
            self._holder(key).addWidget(built)
            self.screens[key] = built
            self._wire(built)
            built.follow_sharing(self.privacy)
            if self.current_mentee():
                built.set_mentee(self.current_mentee())
        return self.screens[key]

    def _holder(self, key: str) -> QVBoxLayout:
        """The section's scrolling page, put in its place in the stack when its screen is built: nobody sees
        the other ten before they are chosen, so the start does not make them."""
        section = self._section(key)
        row = self.sections.index(section)
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        place = self.stack.widget(row)
        assert place is not None
        self.stack.insertWidget(row, scrolling(holder, section.title))
        self.stack.removeWidget(place)
        place.deleteLater()
        return layout

    def _section(self, key: str) -> SectionEntry:
        return next(s for s in self.sections if s.key == key)

    def current_screen(self) -> Screen:
        return self.section_screen(self.sections[max(self.navigation.currentRow(), 0)].key)

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self.sections):
            self.section_screen(self.sections[row].key)
            self.stack.setCurrentIndex(row)
            if not self.navigation.hasFocus():
                focus_content(self._current_page())

    def _current_page(self) -> QWidget | None:
        """The current section's page inside its scrolling: where focus_content looks. Starting there rather
        than at the scroll area (whose own parts take no focus) passes none of the scroll area's private Qt
        widgets: the first object of a private Qt class that reaches Python makes PySide create the Python
        classes of every class it might be (at start about 50 enum types, some 7 ms)."""
        area = self.stack.currentWidget()
        return area.widget() if isinstance(area, QScrollArea) else area

    def _focus_content_at_start(self) -> None:
        """Focus starts in the content, unless the person has already put it somewhere in the content. Focus
        follows into scroll areas from then on (see follow_focus_in_scroll_areas: the start's own first focus
        does not pay for it)."""
        focused = QApplication.focusWidget()
        if focused is None or focused is self.navigation or not self.stack.isAncestorOf(focused):
            focus_content(self._current_page())
        follow_focus_in_scroll_areas(cast(QApplication, QApplication.instance()))

    def _follow_rail_selection(self) -> None:
        """Voice control and switch access select a rail entry without making it current: show it anyway."""
        rows = [index.row() for index in self.navigation.selectedIndexes()]
        if rows and rows[0] != self.navigation.currentRow():
            self.navigation.setCurrentRow(rows[0])

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Main toolbar"))
        bar.setObjectName("main-toolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(bar)
        self.toolbar = bar
        working = QLabel(self.tr("Working with: "))
        self.mentee_switcher = ChoicesWhenReached(self._fill_switcher)
        self.mentee_switcher.setAccessibleName(self.tr("Working with mentee"))
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
        self.quick_note_action.triggered.connect(lambda: _quick_note(self))
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

    def _switcher_text(self, person: MenteeChoice) -> str:
        profession = profession_label(person, self.ref.profession_names())
        return f"{person.full_name} · {profession}" if profession else person.full_name

    def _fill_switcher(self) -> None:
        """Every current mentee once the switcher has been reached for (or while sharing, when it offers the
        mentee in front of you alone); until then "All mentees" and the mentee already chosen, if any."""
        current = self.mentee_switcher.currentData()
        self.mentee_switcher.blockSignals(True)
        sharing = self.privacy.hidden
        choices: list[tuple[str, object]] = [] if sharing else [(self.tr("All mentees"), "")]
        whole = sharing or self.mentee_switcher.whole
        listed = self.store.people.mentee_choices(None if whole else current or NOBODY)
        for person in listed:
            own = self.role is OwnerRole.MENTEE and person.is_owner
            if sharing and person.id != current and not own:
                continue
            choices.append((self._switcher_text(person), person.id))
        if whole:
            fill_choices(self.mentee_switcher, choices or [(self.tr("No mentee while sharing"), NOBODY)])
        else:
            longest = self.store.people.longest_mentee_choices(MEASURED)
            fill_choices(self.mentee_switcher, choices, sized_by=[self._switcher_text(p) for p in longest])
        self.mentee_switcher.setEnabled(not sharing)
        position = self.mentee_switcher.held_position(current) if current else 0
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
        for section in self.sections:
            screen = self.screens.get(section.key)
            if screen is not None and section.follows_mentee:
                screen.set_mentee(mentee_id)

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
        open_id = screen.mentee_in_front() if screen.record_open() else None
        if open_id:
            self.set_working_with(open_id)

    def mentee_in_front(self) -> str | None:
        """The mentee highlighted or open on the current screen, else the one in "Working with"."""
        return self.current_screen().mentee_in_front() or self.current_mentee()

    def open_in(self, key: str, record_id: str, mentee_id: str = "") -> Screen:
        """A section with one of its records open (none for an empty id), and its mentee in "Working with"."""
        if mentee_id:
            self.set_working_with(mentee_id)
        screen = self.go_to(key)
        screen.open_record(record_id)
        return screen

    def start_new(self, key: str, mentee_id: str) -> None:
        if mentee_id:
            self.set_working_with(mentee_id)
        self.go_to(key).start_new(mentee_id)

    def new_session(self, mentee_id: str = "") -> None:
        self.start_new("sessions", mentee_id or self.mentee_in_front() or "")

    def start_todays_session(self, mentee_id: str) -> None:
        """The mentee page's button: today's session, reusing a planned one rather than adding another."""
        from leadapp.store.mentee_overview import start_todays_session

        self.flush()
        try:
            session = start_todays_session(
                self.store, self.ref, mentee_id, today(), datetime.now().strftime("%H:%M")
            )
        except StoreError as error:
            self.show_problem(str(error))
            return
        self.open_in("sessions", session.id, mentee_id)

    def find_example(self, category: str, example_code: str) -> None:
        activities = cast("ActivitiesScreen", self.go_to("activities"))
        activities.start_from_example(category, example_code or None)

    def preview(self, kind: DocumentKind, record_id: str, private_option: bool = False) -> PreviewDialog:
        """Preview a document in its own window; private notes only on request and never while hidden."""

        from leadapp.documents import DocumentRequest  # here: see _is_session

        def request(include_private: bool) -> DocumentRequest:
            hidden = self.privacy.hidden
            return DocumentRequest(kind, record_id, include_private and not hidden, sharing=hidden)

        self.flush()
        dialog = PreviewDialog(self.store.path, self.ref, request, self.privacy, private_option, self)
        dialog.open()
        return dialog

    def leap_review_from_session(self, session: Session) -> None:
        """Review the mentee's leap of faith, linked to the session where it was talked through."""
        self.mentee_switcher.setCurrentIndex(max(self.mentee_switcher.findData(session.mentee_id), 0))
        leap = cast("LeapScreen", self.go_to("leap"))
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
        for screen in self.screens.values():
            screen.toggle_in_session()

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
        self.events.disk_problem.connect(self._on_disk_problem)

    def _on_saved(self) -> None:
        if self.store.disk_problem:  # written, but not yet sure to be on the disk: not "saved"
            self.save_state.setText(self.tr("Not saved yet: retrying"))
            return
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
        if not self.current_screen().print_current():
            self.statusBar().showMessage(
                self.tr("Nothing to print on this screen. Reports (Ctrl+0) prints any document."), 8000
            )

    def show_shortcuts(self) -> None:
        from leadapp.ui.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self.shortcut_list(), self).exec()

    def open_bin(self) -> None:
        self.flush()
        BinDialog(self.store, self).exec()

    def open_settings(self) -> None:
        from leadapp.ui.settings_dialog import SettingsDialog

        SettingsDialog(self.store, self).exec()

    def go_to(self, key: str) -> Screen:
        keys = [s.key for s in self.sections]
        self.navigation.setCurrentRow(keys.index(key))
        return self.section_screen(key)

    def open_person(self, person_id: str) -> None:
        self.open_in("people", person_id)

    def show_problem(self, message: str) -> None:
        """Say it once: a save retried every few seconds must not pile up message boxes."""
        self.save_state.setText(self.tr("Not saved yet: retrying"))
        if message == self._last_problem:
            return
        self._last_problem = message
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self, self.tr("LeadApp"), message)

    def _on_disk_problem(self, message: str) -> None:
        """A sync of saved changes failed (or works again): shown as a failed save is, and closing asks. The
        store's syncer holds the problem; the window reads it from there, never from a copy of its own."""
        if message:
            self.show_problem(message)
        else:
            self._on_saved()

    def _unsaved(self) -> bool:
        """An edit not written yet, or written but not yet sure to be on the disk (tried again here)."""
        if Autosaver.unsaved_within(self):
            return True
        if not self.store.disk_problem:
            return False
        problem = self.store.wait_for_disk(DISK_WAIT_S)
        if problem:
            self._last_problem = problem
        return bool(problem)

    def flush(self) -> None:
        for screen in list(self.screens.values()):
            screen.flush()

    def open_backups(self) -> None:
        """A chosen backup is restored once this window has closed and saved (see app.run_gui)."""
        from leadapp.ui.backups.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.store.path, self)
        if dialog.exec() == BackupsDialog.DialogCode.Accepted and dialog.chosen is not None:
            self.restore_request = dialog.chosen
            self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        from PySide6.QtWidgets import QMessageBox

        self.flush()
        while self._unsaved():
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
