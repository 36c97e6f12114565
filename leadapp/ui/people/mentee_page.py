"""The mentee page: what a mentor needs first when a mentee sits down, and "Start today's session".

Until the Timeline exists this is where opening a mentee leads (Home, People). The profile form is one
key away (Alt+P). The rules (which session is today's, what was agreed last time) live in the domain.
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from leadapp.domain.dates import format_date
from leadapp.domain.enums import ActionStatus, SessionStatus
from leadapp.domain.ids import today
from leadapp.domain.people import profession_label
from leadapp.domain.reference import Reference
from leadapp.domain.sessions import Action
from leadapp.store.changes import ChangeSet, Table
from leadapp.store.errors import StoreError
from leadapp.store.mentee_overview import MenteeOverview, mentee_overview
from leadapp.store.store import Store
from leadapp.ui import labels
from leadapp.ui.events import DataEvents
from leadapp.ui.privacy import Privacy
from leadapp.ui.widgets.roles import Panel, make_primary, set_role

REFRESH_ON = frozenset(
    {
        Table.PEOPLE,
        Table.RELATIONSHIPS,
        Table.SESSIONS,
        Table.ACTIONS,
        Table.LEAP_PLANS,
        Table.LEAP_REVIEWS,
        Table.ACTIVITIES,
    }
)


def tr(text: str) -> str:
    return QCoreApplication.translate("mentee_page", text)


def bullets(lines: list[str], empty: str) -> str:
    """Rich text for a card: each line escaped, so a mentee's words are never read as markup."""
    if not lines:
        return escape(empty)
    return (
        "<ul style='margin-left: 0; -qt-list-indent: 1;'>"
        + "".join(f"<li>{line}</li>" for line in lines)
        + "</ul>"
    )


def action_line(action: Action, on: date) -> str:
    owners = labels.action_owners()
    parts = [escape(action.text)]
    details = [owners[action.owner]]
    if action.due_date:
        details.append(tr("due {0}").format(format_date(action.due_date)))
    if action.status is ActionStatus.DONE:
        details.append(tr("done"))
    elif action.is_overdue(on):
        details.append("<b>" + tr("overdue") + "</b>")
    return parts[0] + " — " + ", ".join(details)


def plan_lines(overview: MenteeOverview) -> list[str]:
    """The leap plan's state in words: its step, its status and when it is next reviewed."""
    plan = overview.plan
    if plan is None:
        return []
    status = labels.plan_statuses()[plan.status]
    lines = [f"<b>{escape(plan.title)}</b> — {escape(status)}"]
    if overview.plan_review_due:
        lines.append(tr("Review due (planned for {0})").format(format_date(plan.review_date)))
    elif plan.review_date is not None:
        lines.append(tr("Next review {0}").format(format_date(plan.review_date)))
    else:
        lines.append(tr("No review date set"))
    return lines


class Card(Panel):
    """A titled box of read-only text; its body is one label so a screen reader reads it whole."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__("card", parent)
        layout = QVBoxLayout(self)
        self.title = QLabel(title)
        set_role(self.title, "subheading")
        self.title.setWordWrap(True)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.title)
        layout.addWidget(self.body, 1)

    def set(self, title: str, body: str) -> None:
        self.title.setText(title)
        self.body.setText(body)
        self.setAccessibleName(title)


class MenteePage(QScrollArea):
    back = Signal(str)
    edit_profile = Signal(str)
    start_today = Signal(str)
    open_timeline = Signal(str)

    def __init__(
        self, store: Store, ref: Reference, events: DataEvents, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.ref = ref
        self.person_id: str | None = None
        self.privacy: Privacy | None = None
        self._stale = False
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(self.tr("Mentee page"))
        inner = QWidget()
        layout = QVBoxLayout(inner)

        top = QHBoxLayout()
        self.back_button = QPushButton(self.tr("&Back to People"))
        self.back_button.setToolTip(self.tr("Back to the list of people (Esc)"))
        self.back_button.clicked.connect(self._back)
        top.addWidget(self.back_button)
        top.addStretch(1)
        layout.addLayout(top)

        self.name = QLabel()
        set_role(self.name, "heading")
        self.name.setWordWrap(True)
        layout.addWidget(self.name)
        self.about = QLabel()
        self.about.setWordWrap(True)
        layout.addWidget(self.about)
        self.aspirations = QLabel()
        self.aspirations.setWordWrap(True)
        set_role(self.aspirations, "secondary")
        layout.addWidget(self.aspirations)

        buttons = QHBoxLayout()
        self.start_button = QPushButton(self.tr("&Start today's session"))
        make_primary(self.start_button)
        self.start_button.clicked.connect(self._start)
        self.edit_button = QPushButton(self.tr("Edit &profile"))
        self.edit_button.clicked.connect(self._edit)
        self.timeline_button = QPushButton(self.tr("Open &timeline"))
        self.timeline_button.setToolTip(self.tr("Everything recorded with this mentee, newest first"))
        self.timeline_button.clicked.connect(lambda: self.open_timeline.emit(self.person_id or ""))
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.timeline_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.session_note = QLabel()
        self.session_note.setWordWrap(True)
        set_role(self.session_note, "secondary")
        layout.addWidget(self.session_note)

        grid = QGridLayout()
        self.flags = Card(self.tr("Why they are flagged"))
        self.agreed = Card(self.tr("Agreed last time"))
        self.open_actions = Card(self.tr("Open actions"))
        self.leap = Card(self.tr("Leap of faith"))
        grid.addWidget(self.flags, 0, 0)
        grid.addWidget(self.leap, 0, 1)
        grid.addWidget(self.agreed, 1, 0)
        grid.addWidget(self.open_actions, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        layout.addStretch(1)
        self.setWidget(inner)

        for keys in (QKeySequence(Qt.Key.Key_Escape), QKeySequence("Alt+Left")):
            QShortcut(keys, self, self._back, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        events.watch(self, REFRESH_ON, self._on_data_changed)

    def set_privacy(self, privacy: Privacy) -> None:
        """Flags such as low wellbeing are sensitive: they leave the screen while it is shared."""
        self.privacy = privacy
        privacy.changed.connect(lambda _hidden: self.refresh())
        self.refresh()

    def show_person(self, person_id: str) -> None:
        self.person_id = person_id
        self.refresh()
        QTimer.singleShot(0, self.start_button.setFocus)

    def _on_data_changed(self, _change: ChangeSet) -> None:
        if self.person_id:
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        self._stale = False
        if not self.person_id:
            return
        on = today()
        try:
            overview = mentee_overview(self.store, self.person_id, on)
        except StoreError as error:
            self.session_note.setText(str(error))
            return
        if overview is None:
            self.name.setText(self.tr("This person is no longer here"))
            for widget in (self.about, self.aspirations, self.session_note):
                widget.clear()
            self.start_button.setEnabled(False)
            return
        self.start_button.setEnabled(True)
        self._show_person(overview)
        self._show_sessions(overview, on)
        self._show_cards(overview, on)

    def _show_person(self, overview: MenteeOverview) -> None:
        person = overview.person
        self.name.setText(person.full_name)
        self.setAccessibleName(self.tr("Mentee page: {0}").format(person.full_name))
        bands = {b.code: b.label for b in self.ref.bands}
        facts = [
            profession_label(person, self.ref.profession_names()),
            person.job_title,
            bands.get(person.band, ""),
            person.organisation,
            self.ref.stage_label(person.career_stage),
        ]
        shown = [fact for fact in facts if fact]
        self.about.setText(
            " · ".join(shown) or self.tr("No profile details yet: add them with Edit profile.")
        )
        self.aspirations.setText(
            self.tr("Aspires to: {0}").format(person.aspirations) if person.aspirations else ""
        )
        self.aspirations.setVisible(bool(person.aspirations))

    def _show_sessions(self, overview: MenteeOverview, on: date) -> None:
        found = overview.todays_session
        under_way = (
            found is not None and found.session_date == on and found.status is not SessionStatus.PLANNED
        )
        self.start_button.setText(
            self.tr("&Open today's session") if under_way else self.tr("&Start today's session")
        )
        parts = []
        if overview.last_session is not None:
            parts.append(self.tr("Last met {0}.").format(format_date(overview.last_session.session_date)))
        if found is not None and not under_way:
            parts.append(
                self.tr("Starting today uses the session planned for {0}.").format(
                    format_date(found.session_date)
                )
            )
        elif overview.next_session is not None and not under_way:
            parts.append(self.tr("Next session {0}.").format(format_date(overview.next_session.session_date)))
        self.session_note.setText(" ".join(parts))

    def _show_cards(self, overview: MenteeOverview, on: date) -> None:
        sharing = self.privacy is not None and self.privacy.hidden
        self.flags.set(
            self.tr("Why they are flagged"),
            escape(self.tr("Hidden while you share your screen."))
            if sharing
            else bullets(
                [escape(f[:1].upper() + f[1:]) for f in overview.flags], self.tr("Nothing needs attention.")
            ),
        )
        last = overview.last_session
        self.agreed.set(
            self.tr("Agreed last time ({0})").format(format_date(last.session_date))
            if last
            else self.tr("Agreed last time"),
            bullets(
                [action_line(a, on) for a in overview.agreements],
                self.tr("No actions were agreed last time.") if last else self.tr("No session held yet."),
            ),
        )
        self.open_actions.set(
            self.tr("Open actions ({0})").format(len(overview.open_actions)),
            bullets([action_line(a, on) for a in overview.open_actions], self.tr("No open actions.")),
        )
        self.leap.set(
            self.tr("Leap of faith"),
            bullets(plan_lines(overview), self.tr("No leap-of-faith plan yet.")),
        )

    def _back(self) -> None:
        if self.person_id:
            self.back.emit(self.person_id)

    def _edit(self) -> None:
        if self.person_id:
            self.edit_profile.emit(self.person_id)

    def _start(self) -> None:
        if self.person_id:
            self.start_today.emit(self.person_id)
