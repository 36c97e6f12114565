"""What both homes share: the caseload a mentor starts from, and a mentee's "My mentoring".

Both greet the owner, say in one line where things stand, list what matters most (mentees who need
attention, or the mentee's own open actions), show what is left to finish, and offer the next steps. The
two subclasses fill the list and the summary; the section registry picks one by the owner's role.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from leadapp.domain.ids import today
from leadapp.domain.people import greeting_name
from leadapp.domain.reference import Reference
from leadapp.domain.sharing import SharingScope, own_private_level
from leadapp.store.changes import ChangeSet, Table
from leadapp.store.store import Store
from leadapp.ui.events import DataEvents, WhenShown
from leadapp.ui.home.to_finish import WATCHED, ToFinishList
from leadapp.ui.privacy import Privacy
from leadapp.ui.screen import Screen
from leadapp.ui.widgets.roles import make_primary, set_role

REFRESH_ON = frozenset(
    {Table.PEOPLE, Table.RELATIONSHIPS, Table.SESSIONS, Table.ACTIONS, Table.LEAP_PLANS, Table.LEAP_REVIEWS}
)
"""What Home shows; a mentee's own home (My mentoring) lists their activities too."""


def counted(count: int, one: str, many: str) -> str:
    """One form for one ("1 mentee"), the other for any other count; both translated, {0} the count."""
    return (one if count == 1 else many).format(count)


class HomeScreen(Screen, QWidget):
    is_mentor = True
    """Whose home this is: a mentor's caseload or a mentee's own mentoring."""

    def __init__(
        self,
        store: Store,
        ref: Reference,
        events: DataEvents,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.ref = ref
        self.privacy: Privacy | None = None
        self._drawn_for: SharingScope | None = None
        self._build()
        self._connect()
        self._when_shown = WhenShown(self, self.refresh)
        """While another section is in front (every autosave comes from one) Home reads nothing: the
        to-finish list alone scans every session and activity. It catches up, whole, when it is shown."""
        events.watch(self.to_finish, WATCHED, self._on_to_finish_changed)
        events.watch(self, self._shown_tables(), self._when_shown)
        self.refresh()

    # Building: the parts both homes share, around the ones each fills in -------------------------------

    def _build(self) -> None:
        self.setAccessibleName(self._title())
        layout = QVBoxLayout(self)
        self.greeting = QLabel()
        set_role(self.greeting, "heading")
        self.greeting.setWordWrap(True)
        layout.addWidget(self.greeting)
        self.summary = QLabel()
        set_role(self.summary, "secondary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self._build_above_list(layout)
        title, self.table = self._build_list()
        self.list_title = QLabel(title)
        set_role(self.list_title, "subheading")
        layout.addWidget(self.list_title)
        layout.addWidget(self.table, 1)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.empty, 1)
        self.to_finish = ToFinishList(self.store, own_private_level(self.is_mentor))
        layout.addWidget(self.to_finish)
        buttons = QHBoxLayout()
        self.session_button = QPushButton(self._session_button_text())
        make_primary(self.session_button)
        self.people_button = QPushButton(self.tr("Go to People (Ctrl+3)"))
        self.timeline_button = QPushButton(self.tr("Open &timeline"))
        self.timeline_button.setToolTip(self.tr("The selected mentee's story, newest first"))
        buttons.addWidget(self.session_button)
        buttons.addWidget(self.timeline_button)
        buttons.addWidget(self.people_button)
        self._build_more_buttons(buttons)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def _title(self) -> str:
        raise NotImplementedError

    def _build_above_list(self, layout: QVBoxLayout) -> None:
        """Anything between the summary and the list."""

    def _build_list(self) -> tuple[str, QTableView]:
        """The list's title and the list."""
        raise NotImplementedError

    def _session_button_text(self) -> str:
        raise NotImplementedError

    def _build_more_buttons(self, buttons: QHBoxLayout) -> None:
        """Buttons after the shared ones."""

    def _connect(self) -> None:
        self.to_finish.open_record.connect(self.entry_opened)
        self.session_button.clicked.connect(self._start_session)
        self.people_button.clicked.connect(lambda: self.open_requested.emit("people", "", ""))
        self.timeline_button.clicked.connect(self._open_timeline)

    # Asking the window -----------------------------------------------------------------------------------

    def _start_session(self) -> None:
        self.new_requested.emit("sessions", self.selected_mentee() or "")

    def _open_timeline(self) -> None:
        mentee = self.selected_mentee() or ""
        self.open_requested.emit("timeline", mentee, mentee)

    def selected_mentee(self) -> str | None:
        raise NotImplementedError

    def mentee_in_front(self) -> str | None:
        return self.selected_mentee()

    def _owner_id(self) -> str:
        owner = self.store.people.owner()
        return owner.id if owner else ""

    # Keeping up ------------------------------------------------------------------------------------------

    def follow_sharing(self, privacy: Privacy) -> None:
        """While sharing, only the mentee in front of you is listed, without leap-of-faith flags."""
        self.privacy = privacy
        privacy.scope_changed.connect(self.refresh)
        if self._scope() != self._drawn_for:  # drawn already for this scope at start: no second read
            self.refresh()

    def _scope(self) -> SharingScope:
        return self.privacy.scope if self.privacy is not None else SharingScope()

    def _shown_tables(self) -> frozenset[Table]:
        """The tables whose changes this home shows."""
        return REFRESH_ON

    def _on_to_finish_changed(self, _change: ChangeSet) -> None:
        self._when_shown.now_or_later(self.to_finish.refresh)

    def refresh(self) -> None:
        self._drawn_for = self._scope()
        owner = self.store.people.owner()
        first = greeting_name(owner.full_name) if owner else ""
        self.greeting.setText(self.tr("Hello, {0}").format(first) if first else self.tr("Hello"))
        self.to_finish.set_scope(
            self._scope(), self._scope().mentee_scope(None) if self._scope().on else None
        )
        self._refresh_list(today())

    def _refresh_list(self, on: date) -> None:
        raise NotImplementedError
