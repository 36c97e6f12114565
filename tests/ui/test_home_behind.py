"""Home, while another section is in front, catches up with what changed when it is shown again.

A save in the session editor used to rebuild the hidden Home list on every autosave (benchmarks/autosave.py);
Home now waits until it is seen, and these tests hold it to showing the change then.
"""

from __future__ import annotations

from windows import shown_window

from leadapp.domain.activities import Activity
from leadapp.domain.enums import OwnerRole, PersonKind
from leadapp.domain.people import Person
from leadapp.store.store import Store
from leadapp.ui.home.home_screen import HomeScreen
from leadapp.ui.main_window import MainWindow


def _window(qtbot, store: Store, ref) -> MainWindow:
    store.settings.set("owner_role", OwnerRole.MENTOR.value)
    store.people.add(Person(full_name="Morgan Hale", kind=PersonKind.MENTOR, is_owner=True))
    return shown_window(qtbot, store, ref)


def _to_finish(home: HomeScreen) -> list[str]:
    model = home.to_finish.model
    return [row.person_name for row in map(model.row_object, range(model.rowCount())) if row is not None]


def _listed(home: HomeScreen) -> list[str]:
    return [home.caseload.data(home.caseload.index(row, 0)) for row in range(home.caseload.rowCount())]


def test_a_mentee_added_while_home_is_behind_is_listed_when_home_comes_back(qtbot, store: Store, ref) -> None:
    window = _window(qtbot, store, ref)
    home = window.current_screen()
    assert isinstance(home, HomeScreen)
    window.go_to("sessions")
    assert window.current_screen() is not home
    store.people.add(Person(full_name="Asha Patel", kind=PersonKind.MENTEE))
    window.go_to("home")
    assert window.current_screen() is home
    assert any("Asha Patel" in str(text) for text in _listed(home))
    assert "1 mentee" in home.summary.text()


def test_home_in_front_shows_a_new_mentee_at_once(qtbot, store: Store, ref) -> None:
    window = _window(qtbot, store, ref)
    home = window.current_screen()
    assert isinstance(home, HomeScreen)
    store.people.add(Person(full_name="Kofi Okoro", kind=PersonKind.MENTEE))
    assert any("Kofi Okoro" in str(text) for text in _listed(home))


def _mentee_with_a_marked_activity(store: Store) -> Person:
    asha = store.people.add(Person(full_name="Asha Patel", kind=PersonKind.MENTEE))
    store.activities.add(Activity(person_id=asha.id, title="Shadow the COO", finish_later=True))
    return asha


def test_the_to_finish_list_waits_while_home_is_behind_and_shows_the_change_when_it_comes_back(
    qtbot, store: Store, ref
) -> None:
    """Reading the to-finish list scans all sessions and activities; autosaves elsewhere never wait for it."""
    window = _window(qtbot, store, ref)
    home = window.current_screen()
    assert isinstance(home, HomeScreen)
    assert home.to_finish.model.rowCount() == 0
    window.go_to("activities")

    _mentee_with_a_marked_activity(store)

    assert home.to_finish.model.rowCount() == 0  # not read while another section is in front
    window.go_to("home")
    assert _to_finish(home) == ["Asha Patel"]
    assert home.to_finish.isVisible()


def test_home_in_front_lists_a_record_marked_to_finish_at_once(qtbot, store: Store, ref) -> None:
    window = _window(qtbot, store, ref)
    home = window.current_screen()
    assert isinstance(home, HomeScreen)
    _mentee_with_a_marked_activity(store)
    assert _to_finish(home) == ["Asha Patel"]
