"""The session editor: written while listening, saved as typed, with a focused in-session view (F11)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from leadapp.domain.enums import OwnerRole, SessionMode, SessionStatus
from leadapp.domain.reference import Reference
from leadapp.domain.session_flow import can_end
from leadapp.domain.sessions import (
    Session,
    clock_start,
    elapsed_minutes,
    own_private_column,
    own_private_text,
    with_own_private,
)
from leadapp.store.carry_over import carry_over
from leadapp.store.session_planning import save_session
from leadapp.store.store import Store
from leadapp.ui import labels
from leadapp.ui.keyboard import back_keys
from leadapp.ui.privacy import Privacy
from leadapp.ui.screen import StoreWriting
from leadapp.ui.sessions.actions_panel import ActionsPanel
from leadapp.ui.sessions.agenda_highlighter import AgendaHighlighter
from leadapp.ui.sessions.calendar_button import CalendarButton
from leadapp.ui.sessions.private_panel import PrivatePanel
from leadapp.ui.sessions.session_steps import SessionSteps
from leadapp.ui.widgets.autosave import Autosaver
from leadapp.ui.widgets.category_chips import CategoryChips
from leadapp.ui.widgets.choices import fill_items, select_data
from leadapp.ui.widgets.date_field import DateField, format_date
from leadapp.ui.widgets.finish_later import FinishLaterButton
from leadapp.ui.widgets.forms import labelled_cell, labelled_row
from leadapp.ui.widgets.merged_record import ConflictNotice, MergedRecord, set_plain_text
from leadapp.ui.widgets.roles import set_role

PROMPTS_PER_CATEGORY = 2
AGENDA_LINES = 4
AGENDA_LINES_IN_SESSION = 12
REFLECTION_LINES = 2


class SessionEditor(StoreWriting, QWidget):
    back = Signal()
    in_session_changed = Signal(bool)
    create_activity = Signal(object, str)
    leap_review = Signal(object)
    print_requested = Signal(str)

    def __init__(
        self,
        store: Store,
        ref: Reference,
        privacy: Privacy,
        role: OwnerRole,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.ref = ref
        self.privacy = privacy
        self.role = role
        self.mentee_name = ""
        self._loading = False
        self._in_session = False
        self._in_session_started: datetime | None = None
        self._leap_available = False
        self.autosaver = Autosaver(self.save, self)
        self.conflicts = ConflictNotice(self._field_names())
        self.merged = MergedRecord(
            store.sessions,
            self.autosaver,
            self.conflicts,
            self._apply_fields,
            self.problem.emit,
            self,
            save_edits=lambda base, mine, initiator: save_session(store, base, mine, initiator),
        )
        self._build()
        self._connect()
        self._apply_privacy(privacy.hidden)
        self._show_elapsed(False)

    # Building ------------------------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.addLayout(self._build_top())
        outer.addWidget(self.conflicts)
        self.header = self._build_header()
        outer.addWidget(self.header)
        splitter = QSplitter()
        splitter.addWidget(self._build_writing())
        right_scroll = QScrollArea()
        right_scroll.setWidgetResizable(True)
        right_scroll.setWidget(self._build_side())
        splitter.addWidget(right_scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        outer.addWidget(splitter, 1)
        private_title = (
            self.tr("My &private notes (mentor)")
            if self.role is OwnerRole.MENTOR
            else self.tr("My &private notes (mentee)")
        )
        self.private = PrivatePanel(private_title)
        outer.addWidget(self.private)
        self.leave_in_session = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self.leave_in_session.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.leave_in_session.setEnabled(False)
        self.clock = QTimer(self)
        self.clock.setInterval(15_000)

    def _build_top(self) -> QHBoxLayout:
        """Back, the heading, the time in session, the session's steps, print and the in-session view."""
        top = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← All sessions"))
        self.back_button.setAccessibleName(self.tr("Back to all sessions"))
        self.heading = QLabel()
        set_role(self.heading, "heading")
        self.print_button = QPushButton(self.tr("Print or save…"))
        self.print_button.setToolTip(self.tr("A one-page summary of this session, as PDF"))
        self.in_session_button = QPushButton(self.tr("In-session view (F11)"))
        self.in_session_button.setCheckable(True)
        self.elapsed = QLabel()
        self.elapsed.setAccessibleName(self.tr("Time in session"))
        set_role(self.elapsed, "subheading")
        top.addWidget(self.back_button)
        top.addWidget(self.heading, 1)
        top.addWidget(self.elapsed)
        self.steps = SessionSteps(self.store, lambda: self.session, self.flush)
        top.addWidget(self.steps)
        top.addWidget(self.print_button)
        top.addWidget(self.in_session_button)
        return top

    def _build_header(self) -> QWidget:
        """When, how long, how and where, and the calendar button for a planned session."""
        header = QWidget()
        grid = QGridLayout(header)
        grid.setContentsMargins(0, 0, 0, 0)
        self.date = DateField()
        self.start_time = QLineEdit()
        self.start_time.setPlaceholderText(self.tr("hh:mm"))
        self.start_time.setMaxLength(5)
        self.duration = QSpinBox()
        self.duration.setRange(5, 480)
        self.duration.setSingleStep(5)
        self.duration.setSuffix(self.tr(" min"))
        self.mode = QComboBox()
        fill_items(self.mode, [(k.value, v) for k, v in labels.session_modes().items()])
        self.status = QComboBox()
        fill_items(self.status, [(k.value, v) for k, v in labels.session_statuses().items()])
        self.location = QLineEdit()
        self.template_label = QLabel()
        set_role(self.template_label, "secondary")
        self.calendar_button = CalendarButton(
            self.tr("Add to &calendar…"),
            self.store,
            lambda: self.session,
            self.flush,
            lambda: self.mentee_name,
        )
        self.calendar_button.setAccessibleName(self.tr("Add this session to a calendar"))
        self.calendar_button.setToolTip(
            self.tr("Saves an .ics file that Outlook, Google or Apple Calendar opens")
        )
        labelled_cell(grid, self.tr("&Date"), self.date, 0, 0)
        labelled_cell(grid, self.tr("S&tart"), self.start_time, 0, 2)
        labelled_cell(grid, self.tr("D&uration"), self.duration, 0, 4)
        labelled_cell(grid, self.tr("&Mode"), self.mode, 1, 0)
        labelled_cell(grid, self.tr("&Status"), self.status, 1, 2)
        labelled_cell(grid, self.tr("&Location"), self.location, 1, 4)
        self.location.setPlaceholderText(self.tr("Room, or the video link's name"))
        grid.addWidget(self.template_label, 2, 0, 1, 5)
        grid.addWidget(self.calendar_button, 2, 5, Qt.AlignmentFlag.AlignRight)
        chars = self.fontMetrics().averageCharWidth()
        for narrow, width in ((self.date, 14), (self.start_time, 8), (self.duration, 12)):
            narrow.setMaximumWidth(chars * width)
        grid.setColumnStretch(5, 1)
        return header

    def _build_writing(self) -> QWidget:
        """Agenda, shared notes and the mentee's reflection; the notes take whatever room is left."""
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.agenda = self._text_area(self.tr("Agenda"))
        self.notes = self._text_area(self.tr("Notes (shared)"))
        self.reflection = self._text_area(self.tr("Mentee's reflection"))
        self.agenda_label = self._area_label(self.tr("&Agenda"), self.agenda)
        self.notes_label = self._area_label(self.tr("&Notes (shared with your mentee)"), self.notes)
        self.reflection_label = self._area_label(self.tr("Mentee's &reflection"), self.reflection)
        self.agenda_marks = AgendaHighlighter(
            self.agenda.document(), self.palette().placeholderText().color()
        )
        for label, area, stretch in (
            (self.agenda_label, self.agenda, 0),
            (self.notes_label, self.notes, 1),
            (self.reflection_label, self.reflection, 0),
        ):
            left_layout.addWidget(label)
            left_layout.addWidget(area, stretch)
        # The shared notes take whatever room is left; agenda and reflection keep a few lines, in text units.
        spacing = self.agenda.fontMetrics().lineSpacing()
        frame = self.agenda.frameWidth() * 2 + int(self.agenda.document().documentMargin() * 2)
        self._agenda_height = {
            on: spacing * n + frame for on, n in ((False, AGENDA_LINES), (True, AGENDA_LINES_IN_SESSION))
        }
        for area, lines in ((self.agenda, AGENDA_LINES), (self.reflection, REFLECTION_LINES)):
            area.setMinimumHeight(spacing * 2 + frame)
            area.setMaximumHeight(spacing * lines + frame)
        self.notes.setMinimumHeight(spacing * 4 + frame)
        self.notes.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        return left

    def _build_side(self) -> QWidget:
        """Categories, prompts, actions, what to record from the session, and the next session."""
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        chips_title = QLabel(self.tr("Categories discussed (Alt+1 … Alt+5)"))
        set_role(chips_title, "subheading")
        right_layout.addWidget(chips_title)
        self.chips = CategoryChips(self.ref.categories)
        right_layout.addWidget(self.chips)
        self.prompts_title = QLabel(self.tr("Coaching prompts"))
        set_role(self.prompts_title, "subheading")
        self.prompts = QLabel()
        self.prompts.setWordWrap(True)
        self.prompts.setAccessibleName(self.tr("Coaching prompts"))
        right_layout.addWidget(self.prompts_title)
        right_layout.addWidget(self.prompts)
        actions_title = QLabel(self.tr("Actions agreed"))
        set_role(actions_title, "subheading")
        right_layout.addWidget(actions_title)
        self.actions_panel = ActionsPanel(self.store)
        right_layout.addWidget(self.actions_panel)
        self.activity_button = QPushButton(self.tr("Record an activity from these notes"))
        self.activity_button.setToolTip(
            self.tr("Starts an activity from the selected notes (or all of them), linked to this session")
        )
        right_layout.addWidget(self.activity_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.leap_button = QPushButton(self.tr("Record a leap-of-faith review"))
        self.leap_button.setToolTip(
            self.tr("Adds a review to the mentee's active leap-of-faith plan, linked here")
        )
        right_layout.addWidget(self.leap_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.finish_later = FinishLaterButton(self.store.sessions, self.flush, self)
        right_layout.addWidget(self.finish_later, 0, Qt.AlignmentFlag.AlignLeft)
        self.next_box = self._build_next()
        right_layout.addWidget(self.next_box)
        right_layout.addStretch(1)
        return right

    def _build_next(self) -> QWidget:
        """The next session's date, planned as it is typed, and its calendar button."""
        box = QWidget()
        next_form = QFormLayout(box)
        next_form.setContentsMargins(0, 0, 0, 0)
        self.next_date = DateField()
        labelled_row(next_form, self.tr("Ne&xt session"), self.next_date)
        self.next_hint = QLabel(self.tr("A planned session is added for that date."))
        set_role(self.next_hint, "secondary")
        next_form.addRow(self.next_hint)
        self.next_calendar = CalendarButton(
            self.tr("Add to calendar…"), self.store, self._next_planned, self.flush, lambda: self.mentee_name
        )
        self.next_calendar.setAccessibleName(self.tr("Add the next session to a calendar"))
        self.calendar_saved = QLabel()
        set_role(self.calendar_saved, "secondary")
        self.calendar_saved.setWordWrap(True)
        self.next_calendar.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        next_form.addRow(self.next_calendar)
        next_form.addRow(self.calendar_saved)
        return box

    def _connect(self) -> None:
        self.back_button.clicked.connect(self._go_back)
        self.print_button.clicked.connect(self._print)
        self.in_session_button.toggled.connect(self.set_in_session)
        self.steps.problem.connect(self.problem)
        self.steps.print_requested.connect(self.print_requested)
        self.steps.stepped.connect(self._after_step)
        self.actions_panel.problem.connect(self.problem)
        self.activity_button.clicked.connect(self._create_activity)
        self.leap_button.clicked.connect(self._leap_review)
        self.finish_later.problem.connect(self.problem)
        for button in (self.calendar_button, self.next_calendar):
            button.problem.connect(self.problem)
            button.saved.connect(
                lambda path: self.calendar_saved.setText(
                    self.tr("Saved to {0}. Open it to add the session to your calendar.").format(path)
                )
            )
        self.leave_in_session.activated.connect(lambda: self.set_in_session(False))
        for line in (self.start_time, self.location):
            line.textEdited.connect(self._edited)
            line.editingFinished.connect(self.autosaver.flush)
        self.date.date_changed.connect(self._edited)
        self.next_date.date_changed.connect(self._edited)
        self.next_date.editingFinished.connect(self.autosaver.flush)
        self.duration.valueChanged.connect(self._edited)
        for box in (self.mode, self.status):
            box.activated.connect(self._edited)
        self.status.activated.connect(self._status_chosen)
        for area in (self.agenda, self.notes, self.reflection, self.private.text):
            area.textChanged.connect(self._edited)
        self.chips.changed.connect(self._edited)
        self.chips.changed.connect(self._refresh_prompts)
        self.privacy.changed.connect(self._apply_privacy)
        self.autosaver.flush_when_focus_leaves(self)
        back_keys(self, self._escape)
        self.clock.timeout.connect(self._tick)

    def _text_area(self, name: str) -> QPlainTextEdit:
        area = QPlainTextEdit()
        area.setAccessibleName(name)
        area.setTabChangesFocus(True)
        return area

    def _area_label(self, text: str, area: QPlainTextEdit) -> QLabel:
        label = QLabel(text)
        label.setBuddy(area)
        return label

    @property
    def session(self) -> Session | None:
        """The session as the database last held it: the base that saves merge against."""
        return self.merged.base

    def _field_names(self) -> dict[str, str]:
        return {
            "session_date": self.tr("Date"),
            "start_time": self.tr("Start"),
            "duration_min": self.tr("Duration"),
            "mode": self.tr("Mode"),
            "status": self.tr("Status"),
            "location": self.tr("Location"),
            "agenda": self.tr("Agenda"),
            "shared_notes": self.tr("Notes (shared)"),
            "reflection": self.tr("Mentee's reflection"),
            "mentor_private": self.tr("Your private notes"),
            "mentee_private": self.tr("Your private notes"),
            "categories": self.tr("Categories discussed"),
            "next_session_date": self.tr("Next session"),
        }

    def _apply_fields(self, session: Session, fields: set[str]) -> None:
        """Show fields changed elsewhere (another window, an import) without counting them as edits."""
        private_field = own_private_column(self.role)
        setters = {
            "session_date": lambda: self.date.set_value(session.session_date),
            "start_time": lambda: self.start_time.setText(session.start_time),
            "duration_min": lambda: self.duration.setValue(session.duration_min),
            "mode": lambda: select_data(self.mode, session.mode.value),
            "status": lambda: select_data(self.status, session.status.value),
            "location": lambda: self.location.setText(session.location),
            "agenda": lambda: set_plain_text(self.agenda, session.agenda),
            "shared_notes": lambda: set_plain_text(self.notes, session.shared_notes),
            "reflection": lambda: set_plain_text(self.reflection, session.reflection),
            private_field: lambda: set_plain_text(self.private.text, self._private_text(session)),
            "categories": lambda: self.chips.set_codes(session.categories),
            "next_session_date": lambda: self.next_date.set_value(session.next_session_date),
            "finish_later": lambda: self.finish_later.show_for(session.id, session.finish_later),
        }
        self._loading = True
        try:
            for name in fields & setters.keys():
                setters[name]()
        finally:
            self._loading = False
        if "categories" in fields:
            self._refresh_prompts()
        self._refresh_heading()

    def follow_store(self) -> None:
        """Take in what another window or an import changed in this session."""
        self.merged.follow()

    def load(self, session: Session | None) -> None:
        self.flush()
        if session is not None:
            session = self._carry_over(session)
        self.merged.load(session)
        self._loading = True
        try:
            self.actions_panel.load(session)
            if session is None:
                return
            person = self.store.people.find(session.mentee_id)
            self.mentee_name = person.full_name if person else ""
            self.date.set_value(session.session_date)
            self.start_time.setText(session.start_time)
            self.duration.setValue(session.duration_min)
            select_data(self.mode, session.mode.value)
            select_data(self.status, session.status.value)
            self.location.setText(session.location)
            self.agenda.setPlainText(session.agenda)
            self.notes.setPlainText(session.shared_notes)
            self.reflection.setPlainText(session.reflection)
            self.private.finish_jot()
            self.private.text.setPlainText(self._private_text(session))
            self.chips.set_codes(session.categories)
            self.next_date.set_value(session.next_session_date)
            template = next((t.name for t in self.ref.templates if t.code == session.template), "")
            self.template_label.setText(self.tr("Started from: {0}").format(template) if template else "")
            self._refresh_heading()
            self._refresh_prompts()
            self._leap_available = bool(self.store.leap_plans.open_for(session.mentee_id))
            self.leap_button.setVisible(self._leap_available and not self._in_session)
            self.steps.mentee_name = self.mentee_name
            self.calendar_saved.clear()
            self.finish_later.show_for(session.id, session.finish_later)
        finally:
            self._loading = False
            self.steps.show_for(session)
            self._show_calendar(session)

    def _next_planned(self) -> Session | None:
        session = self.session
        on = self.next_date.value() if self.next_date.is_valid() else None
        if session is None or on is None:
            return None
        return self.store.sessions.planned_on(session.mentee_id, on)

    def _carry_over(self, session: Session) -> Session:
        """A planned session, opened, gains what is still open from last time (see domain.carry_over)."""
        return self.write(carry_over, self.store, session, date.today()) or session

    def _after_step(self, session: Session) -> None:
        """Start or End session wrote the status (and the next date): show it without saving it back."""
        self.merged.base = session
        self._loading = True
        try:
            if self.agenda.toPlainText() != session.agenda:
                self.agenda.setPlainText(session.agenda)
            select_data(self.status, session.status.value)
            self.start_time.setText(session.start_time)
            self.next_date.set_value(session.next_session_date)
        finally:
            self._loading = False
        if not can_end(session):
            self.set_in_session(False)
        self._show_calendar(session)

    def _status_chosen(self, *_args: object) -> None:
        self.flush()
        self.steps.show_for(self.session)
        self._show_calendar(self.session)

    def _show_calendar(self, session: Session | None) -> None:
        """Only a planned session can go into a calendar; once under way it is already in the room."""
        self.calendar_button.setVisible(session is not None and session.status is SessionStatus.PLANNED)

    def _private_text(self, session: Session) -> str:
        return own_private_text(session, self.role)

    def _refresh_heading(self) -> None:
        if self.session is not None:
            self.heading.setText(f"{self.mentee_name} · {format_date(self.session.session_date)}")

    def _refresh_prompts(self) -> None:
        session = self.session
        focus = list(self.chips.codes())
        if not focus and session is not None and session.template:
            focus = list(self.ref.template(session.template).focus)
        lines = []
        for code in focus:
            category = self.ref.category(code)
            for prompt in category.prompts[:PROMPTS_PER_CATEGORY]:
                lines.append(f"<li><b>{category.short}</b>: {prompt}</li>")
        if lines:
            self.prompts.setText("<ul>" + "".join(lines) + "</ul>")
        else:
            self.prompts.setText(self.tr("Turn on a category to see questions worth asking."))

    def _edited(self, *_args: object) -> None:
        if not self._loading and self.session is not None:
            self.autosaver.touch()

    def save(self) -> bool:
        session = self.session
        if session is None:
            return True
        updated = replace(
            session,
            session_date=self.date.value() or session.session_date,
            start_time=self.start_time.text().strip(),
            duration_min=self.duration.value(),
            mode=SessionMode(self.mode.currentData()),
            status=SessionStatus(self.status.currentData()),
            location=self.location.text().strip(),
            agenda=self.agenda.toPlainText(),
            shared_notes=self.notes.toPlainText(),
            reflection=self.reflection.toPlainText(),
            categories=self.chips.codes(),
            next_session_date=self.next_date.value()
            if self.next_date.is_valid()
            else session.next_session_date,
        )
        updated = with_own_private(updated, self.role, self.private.text.toPlainText())
        if updated == session:
            return True
        if self.merged.save(updated) is None:
            return False
        self._refresh_heading()
        return True

    def flush(self) -> None:
        self.autosaver.flush()
        self.actions_panel.flush()

    def _print(self) -> None:
        self.flush()
        if self.session is not None:
            self.print_requested.emit(self.session.id)

    def _leap_review(self) -> None:
        self.flush()
        if self.session is not None:
            self.leap_review.emit(self.session)

    def _create_activity(self) -> None:
        self.flush()
        if self.session is None:
            return
        selected = self.notes.textCursor().selectedText().replace("\u2029", "\n")
        self.create_activity.emit(self.session, selected or self.notes.toPlainText())

    def _go_back(self) -> None:
        self.flush()
        self.set_in_session(False)
        self.back.emit()

    def _escape(self) -> None:
        """Esc steps out one level: from the in-session view to the editor, from the editor to the list."""
        if self._in_session:
            self.set_in_session(False)
        else:
            self._go_back()

    def _apply_privacy(self, hidden: bool) -> None:
        self.private.setVisible(not hidden)

    def set_in_session(self, on: bool) -> None:
        """Only notes, category chips, actions and the time against the plan, in large type."""
        if on == self._in_session:
            return
        self._in_session = on
        self.in_session_button.setChecked(on)
        for widget in (
            self.header,
            self.reflection,
            self.reflection_label,
            self.prompts,
            self.prompts_title,
            self.next_box,
            self.back_button,
            self.activity_button,
            self.print_button,
        ):
            widget.setVisible(not on)
        self.leap_button.setVisible(self._leap_available and not on)
        self.private.set_compact(on)
        self.agenda.setMaximumHeight(self._agenda_height[on])
        self.leave_in_session.setEnabled(on)
        self._apply_privacy(self.privacy.hidden)
        font = QFont(self.font())
        if on:
            font.setPointSizeF(font.pointSizeF() * 1.4)
        self.notes.setFont(font)
        self._in_session_started = datetime.now() if on else None
        self._show_elapsed(on)
        self.in_session_changed.emit(on)
        if on:
            self.notes.setFocus()

    def _session_start(self) -> datetime | None:
        if self.session is None:
            return None
        return clock_start(self.session, datetime.now(), self._in_session_started)

    def _show_elapsed(self, on: bool) -> None:
        self.elapsed.setVisible(on)
        if on:
            self.clock.start()
            self._tick()
        else:
            self.clock.stop()

    def _tick(self) -> None:
        started = self._session_start()
        if started is None or self.session is None:
            return
        minutes = elapsed_minutes(started, datetime.now())
        planned = self.session.duration_min
        self.elapsed.setText(self.tr("{0} min of {1}").format(minutes, planned))
        over = minutes > planned
        set_role(self.elapsed, "error" if over else "subheading")
