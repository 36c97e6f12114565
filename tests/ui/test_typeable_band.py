"""The band list can be chosen by typing: "8b" chooses Band 8b, and it is saved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from windows import active_window

from leadapp.domain.enums import PersonKind
from leadapp.domain.people import Person
from leadapp.store.store import Store
from leadapp.ui.people.people_screen import PeopleScreen
from leadapp.ui.widgets.typeable_combo import best_match

BANDS = ["Not set", "Band 5", "Band 6", "Band 8a", "Band 8b", "Not on Agenda for Change"]


def test_best_match_prefers_the_start_then_a_word_then_anywhere() -> None:
    assert best_match(BANDS, "8b") == 4
    assert best_match(BANDS, "Band 8") == 3
    assert best_match(BANDS, "not on") == 5
    assert best_match(BANDS, "agenda") == 5
    assert best_match(BANDS, "6") == 2
    assert best_match(BANDS, "zz") == -1


def test_typing_chooses_a_band_and_saves_it(qtbot, store: Store, ref) -> None:
    store.settings.set("owner_role", "mentor")
    store.people.add(Person(full_name="Morgan Hale", kind=PersonKind.MENTOR, is_owner=True))
    tom = store.people.add(Person(full_name="Tom Reilly", profession="paramedic"))
    window = active_window(qtbot, store, ref)
    people = window.go_to("people")
    assert isinstance(people, PeopleScreen)
    people.select(tom.id)
    qtbot.keyClick(people.editor.full_name, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    assert people.editor.band.hasFocus()
    qtbot.keyClicks(people.editor.band, "8b")
    assert people.editor.band.currentText() == "Band 8b"
    people.flush()
    assert store.people.get(tom.id).band == "band_8b"
