"""A mentee renamed in People is shown by the new name in the Sessions and Activities lists at once.

Renamed as a person does it, by typing in the People editor (a save that names the editor as its initiator,
so only the editor itself passes over it), and renamed by another writer; the Activities list keeps the
new name after it is read again, which its per-person name cache once prevented.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from windows import active_window

from leadapp.domain.enums import PersonKind
from leadapp.domain.people import Person
from leadapp.store.store import Store
from leadapp.ui.activities.activities_screen import ActivitiesScreen
from leadapp.ui.main_window import MainWindow
from leadapp.ui.people.people_screen import PeopleScreen
from leadapp.ui.sessions.sessions_screen import SessionsScreen

OLD_NAME = "Asha Patel"
NEW_NAME = "Asha Patel-Okoro"


def _shown(model: object, column_title: str) -> list[str]:
    assert hasattr(model, "rowCount") and hasattr(model, "headerData") and hasattr(model, "index")
    columns = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    column = columns.index(column_title)
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _renamed_everywhere(sessions: SessionsScreen, activities: ActivitiesScreen) -> None:
    for model in (sessions.model, activities.model):
        names = _shown(model, "Mentee")
        assert NEW_NAME in names
        assert OLD_NAME not in names


def _open(qtbot, store: Store, ref) -> tuple[MainWindow, SessionsScreen, ActivitiesScreen, Person]:
    window: MainWindow = active_window(qtbot, store, ref)
    sessions = window.go_to("sessions")
    activities = window.go_to("activities")
    assert isinstance(sessions, SessionsScreen) and isinstance(activities, ActivitiesScreen)
    assert OLD_NAME in _shown(sessions.model, "Mentee")
    assert OLD_NAME in _shown(activities.model, "Mentee")
    asha = next(p for p in store.people.listing([PersonKind.MENTEE]) if p.full_name == OLD_NAME)
    return window, sessions, activities, asha


@pytest.mark.usefixtures("demo_store")
def test_a_renamed_mentee_is_shown_by_the_new_name_in_the_lists(qtbot, store: Store, ref) -> None:
    window, sessions, activities, asha = _open(qtbot, store, ref)

    window.go_to("people")
    store.people.set_fields(asha.id, full_name=NEW_NAME)

    _renamed_everywhere(sessions, activities)


@pytest.mark.usefixtures("demo_store")
def test_a_mentee_renamed_in_the_people_editor_is_renamed_in_both_lists_and_after_a_reload(
    qtbot, store: Store, ref
) -> None:
    window, sessions, activities, asha = _open(qtbot, store, ref)
    listed = activities.model.row_object(0)
    assert listed is not None
    activities.open_activity(listed.activity.id)  # the list waits behind an open activity

    people = window.go_to("people")
    assert isinstance(people, PeopleScreen)
    people.edit_profile(asha.id)
    editor = people.editor
    editor.full_name.setFocus()
    editor.full_name.selectAll()
    qtbot.keyClicks(editor.full_name, NEW_NAME)
    editor.autosaver.flush()
    assert store.people.get(asha.id).full_name == NEW_NAME

    assert NEW_NAME in _shown(people.model, "Name")
    assert NEW_NAME in _shown(sessions.model, "Mentee")
    assert window.mentee_switcher.findText(NEW_NAME, Qt.MatchFlag.MatchStartsWith) >= 0
    window.go_to("activities")
    activities.show_list()
    _renamed_everywhere(sessions, activities)
    activities.reload()
    _renamed_everywhere(sessions, activities)
