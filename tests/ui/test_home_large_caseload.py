"""Home over a caseload longer than its first page: read a page at a time from the kept order, it lists the
same mentees in the same order as the whole caseload sorted by the domain's rule, keeps the selected mentee
selected however far down they are, and moves a mentee up as soon as something makes them need attention."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QModelIndex, Qt
from windows import shown_window

from leadapp.domain.caseload import caseload_order
from leadapp.domain.enums import OwnerRole, PersonKind, SessionStatus
from leadapp.domain.ids import today
from leadapp.domain.people import Person
from leadapp.domain.sessions import Action, Session
from leadapp.store.caseload import caseload
from leadapp.store.store import Store
from leadapp.ui.home.home_screen import HomeScreen
from leadapp.ui.main_window import MainWindow

MENTEES = 150
"""More than two of the list's pages: the rows after the first are read as the list scrolls."""


def _caseload_of(store: Store) -> None:
    """Every third mentee has a session planned, every fifth an overdue action, every seventh a held one."""
    store.settings.set("owner_role", OwnerRole.MENTOR.value)
    store.people.add(Person(full_name="Morgan Hale", kind=PersonKind.MENTOR, is_owner=True))
    on = today()
    for n in range(MENTEES):
        mentee = store.people.add(Person(full_name=f"Mentee {n:03d}", kind=PersonKind.MENTEE))
        if n % 3 == 0:
            store.sessions.add(Session(mentee_id=mentee.id, session_date=on + timedelta(days=n % 20)))
        if n % 5 == 0:
            store.actions.add(
                Action(mentee_id=mentee.id, text="Overdue", due_date=on - timedelta(days=n % 4 + 1))
            )
        if n % 7 == 0:
            store.sessions.add(
                Session(mentee_id=mentee.id, session_date=on - timedelta(days=n), status=SessionStatus.HELD)
            )


def _window(qtbot, store: Store, ref) -> tuple[MainWindow, HomeScreen]:
    _caseload_of(store)
    window = shown_window(qtbot, store, ref)
    home = window.current_screen()
    assert isinstance(home, HomeScreen)
    return window, home


def _scrolled_to_the_end(qtbot, home: HomeScreen) -> list[str]:
    """Ctrl+End in the list, as a person would, then every name the list holds."""
    home.table.setFocus()
    qtbot.keyClick(home.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    while home.caseload.canFetchMore(QModelIndex()):
        qtbot.keyClick(home.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    return [str(home.caseload.data(home.caseload.index(row, 0))) for row in range(home.caseload.rowCount())]


def test_the_whole_caseload_is_listed_in_the_domains_order(qtbot, store: Store, ref) -> None:
    _shown, home = _window(qtbot, store, ref)
    assert home.caseload.rowCount() < MENTEES, "the list reads its first page only"
    expected = [e.mentee_name for e in caseload_order(caseload(store, today()), today())]
    assert _scrolled_to_the_end(qtbot, home) == expected
    whole = caseload(store, today())
    attention = sum(1 for e in whole if e.overdue_actions or e.next_planned is None)
    overdue = sum(e.overdue_actions for e in whole)
    assert (
        home.summary.text() == f"{MENTEES} mentees · {attention} need attention · {overdue} overdue actions"
    )
    first = home.caseload.row_object(0)
    assert first is not None and first.overdue_actions == 1
    needs = home.caseload.data(home.caseload.index(0, 1))
    assert "1 overdue action" in str(needs)


def test_a_mentee_selected_far_down_stays_selected_as_home_catches_up(qtbot, store: Store, ref) -> None:
    window, home = _window(qtbot, store, ref)
    names = _scrolled_to_the_end(qtbot, home)
    chosen = names[-3]
    row = names.index(chosen)
    home.table.selectRow(row)
    assert home.selected_mentee() is not None
    window.go_to("sessions")
    other = store.people.listing([PersonKind.MENTEE], text=names[0])[0]
    store.actions.add(Action(mentee_id=other.id, text="Another", due_date=today() - timedelta(days=1)))
    window.go_to("home")
    selected = home.caseload.row_object(home.table.currentIndex().row())
    assert selected is not None and selected.mentee_name == chosen


def test_a_new_overdue_action_brings_its_mentee_to_the_top_at_once(qtbot, store: Store, ref) -> None:
    _shown, home = _window(qtbot, store, ref)
    last = _scrolled_to_the_end(qtbot, home)[-1]
    mentee = store.people.listing([PersonKind.MENTEE], text=last)[0]
    for days in (1, 2, 3, 4, 5):
        store.actions.add(
            Action(mentee_id=mentee.id, text=f"Late {days}", due_date=today() - timedelta(days=days))
        )
    top = home.caseload.row_object(0)
    assert top is not None and top.mentee_name == last and top.overdue_actions == 5
    count = store.db.execute("select overdue_actions from caseload_standing where mentee_id = ?", [mentee.id])
    assert count.fetchone()[0] == 5
