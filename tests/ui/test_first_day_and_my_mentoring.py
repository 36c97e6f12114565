"""First impressions: the greeting, counts, the first-run error, an empty Home, and a mentee's own Home."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from windows import active_window

from leadapp.domain.activities import Activity
from leadapp.domain.enums import ActivityStatus, OwnerRole, PersonKind, PlanStatus, SessionStatus
from leadapp.domain.ids import today
from leadapp.domain.leaps import LeapPlan
from leadapp.domain.people import Person, Relationship
from leadapp.domain.sessions import Action, Session
from leadapp.store.store import Store
from leadapp.ui.first_run import FirstRunDialog
from leadapp.ui.home.home_screen import HomeScreen
from leadapp.ui.main_window import MainWindow
from leadapp.ui.people.people_screen import AddPersonDialog


def owner(store: Store, name: str, role: OwnerRole) -> Person:
    store.settings.set("owner_role", role.value)
    return store.people.add(Person(full_name=name, kind=PersonKind(role.value), is_owner=True))


def home_of(window: MainWindow) -> HomeScreen:
    home = window.current_screen()
    assert isinstance(home, HomeScreen)
    return home


def test_the_greeting_uses_a_first_name_not_a_title(qtbot, store: Store, ref) -> None:
    owner(store, "Dr Sam Okafor", OwnerRole.MENTOR)
    home = home_of(active_window(qtbot, store, ref))
    assert home.greeting.text() == "Hello, Sam"


def test_one_mentee_is_counted_in_the_singular(qtbot, store: Store, ref) -> None:
    owner(store, "Morgan Hale", OwnerRole.MENTOR)
    store.people.add(Person(full_name="Asha Patel", kind=PersonKind.MENTEE))
    home = home_of(active_window(qtbot, store, ref))
    assert home.summary.text().startswith("1 mentee ·"), home.summary.text()
    assert "1 needs attention" in home.summary.text()
    assert "mentees" not in home.summary.text()


@pytest.mark.usefixtures("store")
def test_the_first_run_name_error_goes_once_a_name_is_typed(qtbot, ref) -> None:
    dialog = FirstRunDialog(ref)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.full_name)
    qtbot.keyClick(dialog.full_name, Qt.Key.Key_Return)
    assert "Type your name" in dialog.error.text()
    qtbot.keyClicks(dialog.full_name, "Sam")
    assert dialog.error.text() == ""


def test_an_empty_home_offers_to_add_the_first_mentee(qtbot, store: Store, ref, answer_modal) -> None:
    owner(store, "Morgan Hale", OwnerRole.MENTOR)
    window = active_window(qtbot, store, ref)
    home = home_of(window)
    assert home.session_button.text() == "Add your first mentee"

    def add(dialog: AddPersonDialog) -> None:
        qtbot.keyClicks(dialog.full_name, "Asha Patel")
        assert dialog.kind.currentData() == PersonKind.MENTEE.value
        qtbot.keyClick(dialog.full_name, Qt.Key.Key_Return)

    answer_modal(AddPersonDialog, add)
    home.session_button.setFocus()
    qtbot.keyClick(home.session_button, Qt.Key.Key_Space)
    assert [p.full_name for p in store.people.listing([PersonKind.MENTEE])] == ["Asha Patel"]
    window.activateWindow()  # the closed dialog leaves no active window offscreen; a person's window is
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_screen() is home
    assert home.session_button.text() == "New session with selected mentee"


def test_a_mentee_sees_their_own_mentoring_and_no_working_with_switcher(qtbot, store: Store, ref) -> None:
    me = owner(store, "Tom Reilly", OwnerRole.MENTEE)
    mentor = store.people.add(Person(full_name="Morgan Hale", kind=PersonKind.MENTOR))
    store.relationships.add(Relationship(mentor_id=mentor.id, mentee_id=me.id))
    store.sessions.add(
        Session(mentee_id=me.id, session_date=today() + timedelta(days=6), status=SessionStatus.PLANNED)
    )
    store.actions.add(Action(mentee_id=me.id, text="Draft the business case"))
    store.activities.add(
        Activity(
            person_id=me.id, title="Chaired the audit meeting", status=ActivityStatus.DONE, start_date=today()
        )
    )
    store.leap_plans.add(
        LeapPlan(
            mentee_id=me.id,
            title="Act up as team lead",
            status=PlanStatus.IN_PROGRESS,
            review_date=today() + timedelta(days=20),
        )
    )
    window = active_window(qtbot, store, ref)
    assert not window.mentee_switcher.isVisible()
    home = home_of(window)
    shown = " ".join(label.text() for label in home.findChildren(type(home.summary)) if label.isVisible())
    assert (today() + timedelta(days=6)).strftime("%d/%m/%Y") in shown
    assert "Morgan Hale" in shown
    assert "Chaired the audit meeting" in shown
    assert "Act up as team lead" in shown and "In progress" in shown
    assert (today() + timedelta(days=20)).strftime("%d/%m/%Y") in shown
    assert home.own_actions.total() == 1
