"""Home, while another section is in front, catches up with what changed when it is shown again.

A save in the session editor used to rebuild the hidden Home list on every autosave (benchmarks/autosave.py);
Home now waits until it is seen, and these tests hold it to showing the change then.
"""

from __future__ import annotations

from windows import shown_window

from leadapp.domain.enums import OwnerRole, PersonKind
from leadapp.domain.people import Person
from leadapp.store.store import Store
from leadapp.ui.home.home_screen import HomeScreen
from leadapp.ui.main_window import MainWindow


def _window(qtbot, store: Store, ref) -> MainWindow:
    store.settings.set("owner_role", OwnerRole.MENTOR.value)
    store.people.add(Person(full_name="Morgan Hale", kind=PersonKind.MENTOR, is_owner=True))
    return shown_window(qtbot, store, ref)


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
