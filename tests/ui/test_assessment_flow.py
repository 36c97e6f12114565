"""A self-assessment rated with the keyboard alone, read back after a restart; gaps turned into a plan."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from windows import active_window, choose_mentee

from leadapp.domain.enums import ObjectiveStatus, PersonKind, Rater
from leadapp.domain.people import Person
from leadapp.store.store import Store
from leadapp.ui.assessment.assessment_screen import AssessmentScreen
from leadapp.ui.assessment.rating_table import MENTEE, MENTOR
from leadapp.ui.main_window import MainWindow


def open_screen(qtbot, store: Store, ref, mentee_id: str) -> tuple[MainWindow, AssessmentScreen]:
    window = active_window(qtbot, store, ref)
    choose_mentee(window, mentee_id)
    qtbot.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    screen = window.current_screen()
    assert isinstance(screen, AssessmentScreen)
    return window, screen


@pytest.fixture
def asha(store: Store) -> Person:
    store.settings.set("owner_role", "mentor")
    store.people.add(Person(full_name="Morgan Hale", kind=PersonKind.MENTOR, is_owner=True))
    return store.people.add(Person(full_name="Asha Patel", profession="physiotherapist"))


def _row_of(screen: AssessmentScreen, code: str) -> int:
    return next(n for n, row in enumerate(screen.table.rows) if row.code == code)


def test_rated_by_keyboard_only_and_read_back_after_a_restart(
    qtbot, store: Store, ref, asha: Person, db_path: Path
) -> None:
    window, screen = open_screen(qtbot, store, ref, asha.id)
    assert screen.assessments.currentData() == ""
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)
    table = screen.table
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    assert screen.assessment is not None
    first = ref.behaviour_groups[0]
    # The group as a whole: 2, then its first behaviour 3 (a digit moves on), then Right steps it to 4.
    qtbot.keyClick(table, Qt.Key.Key_2)
    qtbot.keyClick(table, Qt.Key.Key_3)
    qtbot.keyClick(table, Qt.Key.Key_Up)
    qtbot.keyClick(table, Qt.Key.Key_Right)
    # Down to the first HLM dimension, past the heading row, then rate it 1 and clear the next one.
    for _ in range(_row_of(screen, ref.hlm_dimensions[0].code) - table.currentRow() - 1):
        qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.current_code() == ref.hlm_dimensions[0].code
    qtbot.keyClick(table, Qt.Key.Key_1)
    qtbot.keyClick(table, Qt.Key.Key_4)
    qtbot.keyClick(table, Qt.Key.Key_Up)
    qtbot.keyClick(table, Qt.Key.Key_0)
    # The mentor's view, beside: Alt+M adds it and puts the keyboard in its column; Shift+Left and
    # Shift+Right move between the two columns.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: screen.mentor_view is not None and QApplication.focusWidget() is table)
    qtbot.keyClick(table, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert table.currentColumn() == MENTEE
    qtbot.keyClick(table, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert table.currentColumn() == MENTOR
    qtbot.keyClick(table, Qt.Key.Key_Up)
    assert table.current_code() == ref.hlm_dimensions[0].code
    qtbot.keyClick(table, Qt.Key.Key_3)
    # A note on the first dimension, the mentee's own, typed.
    qtbot.keyClick(table, Qt.Key.Key_Up)
    qtbot.keyClick(table, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is screen.note
    qtbot.keyClicks(screen.note, "Need more practice with teams")
    assert "Mentor +2" in table.item(_row_of(screen, ref.hlm_dimensions[0].code), 3).text()
    window.close()
    store.close()

    reopened = Store.open(db_path)
    try:
        window2, screen2 = open_screen(qtbot, reopened, ref, asha.id)
        mine = screen2.table.values[Rater.MENTEE]
        assert mine[first.code] == 2
        assert mine[first.items[0].code] == 4
        assert mine[ref.hlm_dimensions[0].code] == 1
        assert mine.get(ref.hlm_dimensions[1].code) is None
        assert screen2.table.values[Rater.MENTOR][ref.hlm_dimensions[0].code] == 3
        assert not screen2.table.isColumnHidden(MENTOR)
        screen2.table.setCurrentCell(_row_of(screen2, ref.hlm_dimensions[0].code), MENTEE)
        assert screen2.note.toPlainText() == "Need more practice with teams"
        assert ref.hlm_dimensions[0].label in screen2.low_text.text()
        # A gap into action: an objective that names the item, kept in the plan.
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: screen2.tabs.currentWidget() is screen2.objectives)
        qtbot.keyClicks(screen2.objectives.objective, " by leading the team huddle")
        screen2.objectives.status.setCurrentIndex(screen2.objectives.status.findData("at_risk"))
        screen2.objectives.flush()
        window2.close()
        [objective] = reopened.objectives.for_person(asha.id)
        assert objective.assessment_items == [ref.hlm_dimensions[0].code]
        assert objective.status is ObjectiveStatus.AT_RISK
        assert objective.objective.endswith("by leading the team huddle")
        assert objective.categories
    finally:
        reopened.close()


def test_a_low_item_opens_the_example_library_on_a_category_that_builds_it(
    qtbot, store: Store, ref, asha: Person, monkeypatch
) -> None:
    window, screen = open_screen(qtbot, store, ref, asha.id)
    asked: list[tuple[str, str]] = []
    monkeypatch.setattr(window, "find_example", lambda category, code: asked.append((category, code)))
    screen.find_example.disconnect()
    screen.find_example.connect(window.find_example)
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    screen.table.select_code("engaging_the_team")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: asked == [("track_record", "")])


def test_every_control_on_each_tab_has_a_name(qtbot, store: Store, ref, asha: Person) -> None:
    from tests.ui.test_main_window import unnamed_controls

    _window, screen = open_screen(qtbot, store, ref, asha.id)
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    for position in range(screen.tabs.count()):
        screen.tabs.setCurrentIndex(position)
        assert unnamed_controls(screen) == [], screen.tabs.tabText(position)


def test_the_balance_screen_says_what_the_objectives_cover(qtbot, store: Store, ref, asha: Person) -> None:
    from leadapp.domain.activities import Objective
    from leadapp.ui.balance.balance_screen import BalanceScreen

    window, _screen = open_screen(qtbot, store, ref, asha.id)
    balance = window.go_to("balance")
    assert isinstance(balance, BalanceScreen)
    assert balance.objectives_cover.text() == "No open development objectives yet."
    store.objectives.add(Objective(person_id=asha.id, objective="Lead QI", categories=["track_record"]))
    assert balance.objectives_cover.text().startswith("Your objectives cover Track record (1)")


def test_sharing_with_nobody_in_front_shows_no_ones_assessment(
    qtbot, store: Store, ref, asha: Person
) -> None:
    window, screen = open_screen(qtbot, store, ref, asha.id)
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    window.mentee_switcher.setCurrentIndex(window.mentee_switcher.findData(""))
    window.privacy_action.trigger()
    assert screen.person_scope() is None
    assert not screen.tabs.isEnabled()
    assert "Asha" not in screen.heading.text()
    assert screen.assessments.currentData() == ""


def test_evidence_is_linked_to_an_item_and_kept(qtbot, store: Store, ref, asha: Person) -> None:
    from leadapp.domain.activities import Activity

    activity = store.activities.add(Activity(person_id=asha.id, title="Chair the falls group"))
    _window, screen = open_screen(qtbot, store, ref, asha.id)
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    screen.table.select_code("engaging_the_team")
    screen.link_choice.setCurrentIndex(screen.link_choice.findData(f"activity:{activity.id}"))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: screen.evidence.count() == 1)
    assert screen.evidence.item(0).text() == "Activity: Chair the falls group"
    assert screen.assessment is not None
    [row] = store.ratings.for_assessment(screen.assessment.id)
    assert (row.item, row.evidence, row.rating) == ("engaging_the_team", [f"activity:{activity.id}"], None)


def test_the_change_tab_says_since_last_time_and_the_chart_in_words(
    qtbot, store: Store, ref, asha: Person
) -> None:
    from datetime import date

    from leadapp.domain.assessments import Assessment

    for on, value in ((date(2026, 5, 1), 2), (date(2026, 11, 1), 3)):
        assessment = store.assessments.add(Assessment(person_id=asha.id, assessed_on=on))
        store.ratings.set_fields(store.ratings.for_item(assessment.id, "engaging_the_team").id, rating=value)
    _window, screen = open_screen(qtbot, store, ref, asha.id)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: screen.tabs.currentIndex() == 1)
    assert screen.since.text() == "Engaging the team: proficient → strong"
    assert "Engaging the team: 01/05/2026 proficient; 01/11/2026 strong" in screen.chart_words.text()
    # A rating changed on the Rate tab shows here the next time the tab is looked at.
    screen.tabs.setCurrentIndex(0)
    screen.table.setFocus()
    screen.table.select_code("engaging_the_team")
    qtbot.keyClick(screen.table, Qt.Key.Key_4)
    screen.tabs.setCurrentIndex(1)
    assert screen.since.text() == "Engaging the team: proficient → exemplary"


def test_a_removed_assessment_goes_to_the_bin_and_comes_back(qtbot, store: Store, ref, asha: Person) -> None:
    _window, screen = open_screen(qtbot, store, ref, asha.id)
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(screen.table, Qt.Key.Key_3)
    assert screen.assessment is not None
    removed = screen.assessment.id
    qtbot.mouseClick(screen.remove_button, Qt.MouseButton.LeftButton)
    assert screen.assessments.currentData() == ""
    assert store.assessments.find(removed) is None
    assert store.bin.restore("assessments", removed)
    assert screen.assessments.currentData() == removed
    assert screen.table.values[Rater.MENTEE][ref.behaviour_groups[0].code] == 3
