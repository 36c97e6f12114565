"""The "Working with" switcher reads every mentee only when someone reaches for it: the window starts without
listing them all, and a person reaching it by keyboard or mouse finds every mentee there, in a box that
does not change width as they arrive."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox
from windows import activate, shown_window

from leadapp.domain.enums import OwnerRole, PersonKind
from leadapp.domain.people import Person
from leadapp.store.store import Store
from leadapp.ui.main_window import MainWindow

NAMES = [f"Mentee {n:02d}" for n in range(30)]


def _window(qtbot, store: Store, ref) -> MainWindow:
    store.settings.set("owner_role", OwnerRole.MENTOR.value)
    store.people.add(Person(full_name="Morgan Hale", kind=PersonKind.MENTOR, is_owner=True))
    for name in NAMES:
        store.people.add(Person(full_name=name, kind=PersonKind.MENTEE))
    store.people.add(
        Person(
            full_name="Anna-Louise Fairweather-Okonkwo",
            kind=PersonKind.MENTEE,
            profession="speech_and_language_therapist",
        )
    )
    return shown_window(qtbot, store, ref)


def _held(box: QComboBox) -> list[str]:
    """The entries the box holds now, read without reaching for it."""
    return [QComboBox.itemText(box, row) for row in range(QComboBox.count(box))]


def test_the_window_starts_without_listing_every_mentee(qtbot, store: Store, ref) -> None:
    window = _window(qtbot, store, ref)
    switcher = window.mentee_switcher
    assert not switcher.whole
    assert _held(switcher) == ["All mentees"]
    width = switcher.sizeHint().width()
    switcher.reach()
    assert len(_held(switcher)) == len(NAMES) + 2
    assert switcher.sizeHint().width() == width, "the box kept its width as every mentee arrived"


def test_reaching_it_by_keyboard_lists_everyone_and_down_chooses_the_first(qtbot, store: Store, ref) -> None:
    window = _window(qtbot, store, ref)
    switcher = window.mentee_switcher
    activate(qtbot, window)
    switcher.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: switcher.whole)
    held = _held(switcher)
    assert held[0] == "All mentees" and "Mentee 00" in held and "Mentee 29" in held
    qtbot.keyClick(switcher, Qt.Key.Key_Down)
    chosen = window.current_mentee()
    assert chosen is not None
    person = store.people.get(chosen)
    assert held[1].startswith(person.full_name)


def test_a_click_opens_the_whole_list(qtbot, store: Store, ref) -> None:
    window = _window(qtbot, store, ref)
    switcher = window.mentee_switcher
    qtbot.mouseClick(switcher, Qt.MouseButton.LeftButton, pos=QPoint(5, switcher.height() // 2))
    assert switcher.whole
    assert switcher.view().model().rowCount() == len(NAMES) + 2
    switcher.hidePopup()


def test_a_mentee_added_before_anyone_reached_for_it_is_listed_when_they_do(qtbot, store: Store, ref) -> None:
    window = _window(qtbot, store, ref)
    store.people.add(Person(full_name="Zed Late", kind=PersonKind.MENTEE))
    assert not window.mentee_switcher.whole
    assert window.mentee_switcher.findText("Zed Late") >= 0
