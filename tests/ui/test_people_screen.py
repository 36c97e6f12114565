"""The People screen's behaviour: autosave, archive, filters, relationships, and plain errors."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from leadapp.domain.enums import Formality, PersonKind, RelationshipKind
from leadapp.domain.people import Person
from leadapp.store.errors import DiskFullError
from leadapp.store.store import Store
from leadapp.ui.main_window import MainWindow
from leadapp.ui.people.people_screen import PeopleScreen
from leadapp.ui.people.relationship_dialog import RelationshipDialog
from leadapp.ui.widgets.autosave import SAVE_DELAY_MS


@pytest.fixture
def people_screen(qtbot, store: Store, ref):
    store.settings.set("owner_role", "mentor")
    store.people.add(Person(full_name="Morgan Hale", kind=PersonKind.MENTOR, is_owner=True))
    store.people.add(Person(full_name="Asha Patel", organisation="Northfield"))
    store.people.add(Person(full_name="Priya Nair", kind=PersonKind.CHAMPION, organisation="Southgate"))
    window = MainWindow(store, ref)
    qtbot.addWidget(window)
    screen = window.go_to("people")
    assert isinstance(screen, PeopleScreen)
    return screen


def names(screen: PeopleScreen) -> list[str]:
    return [screen.model.row_object(r).full_name for r in range(screen.model.rowCount())]


def test_typing_is_saved_after_a_pause_without_closing(qtbot, people_screen: PeopleScreen, store) -> None:
    asha = store.people.listing([PersonKind.MENTEE])[0]
    assert people_screen.select(asha.id)
    qtbot.keyClicks(people_screen.editor.job_title, "Clinical specialist")
    assert store.people.get(asha.id).job_title == ""
    qtbot.wait(SAVE_DELAY_MS + 300)
    assert store.people.get(asha.id).job_title == "Clinical specialist"


def test_clearing_the_name_keeps_the_last_one_and_says_why(qtbot, people_screen, store) -> None:
    asha = store.people.listing([PersonKind.MENTEE])[0]
    people_screen.select(asha.id)
    people_screen.editor.full_name.selectAll()
    qtbot.keyClick(people_screen.editor.full_name, Qt.Key.Key_Delete)
    people_screen.editor.autosaver.flush()
    assert store.people.get(asha.id).full_name == "Asha Patel"
    assert "name is needed" in people_screen.editor.name_hint.text()


def test_archive_hides_and_restore_brings_back(qtbot, people_screen, store) -> None:
    asha = store.people.listing([PersonKind.MENTEE])[0]
    people_screen.select(asha.id)
    qtbot.mouseClick(people_screen.editor.archive_button, Qt.MouseButton.LeftButton)
    assert store.people.get(asha.id).archived
    people_screen.reload()
    assert "Asha Patel" not in names(people_screen)
    people_screen.show_archived.setChecked(True)
    assert "Asha Patel" in names(people_screen)
    people_screen.select(asha.id)
    assert people_screen.editor.archive_button.text() == "Restore"
    qtbot.mouseClick(people_screen.editor.archive_button, Qt.MouseButton.LeftButton)
    assert not store.people.get(asha.id).archived


def test_search_and_role_filter(qtbot, people_screen) -> None:
    qtbot.keyClicks(people_screen.search, "south")
    assert names(people_screen) == ["Priya Nair"]
    people_screen.search.clear()
    people_screen.kind_filter.setCurrentIndex(people_screen.kind_filter.findData("mentee"))
    assert names(people_screen) == ["Asha Patel"]
    qtbot.keyClicks(people_screen.search, "nobody")
    assert people_screen.empty.isVisibleTo(people_screen)
    assert "Nobody matches" in people_screen.empty.text()


def test_add_relationship_through_the_dialog(qtbot, people_screen, store, answer_modal) -> None:
    asha = store.people.listing([PersonKind.MENTEE])[0]
    owner = store.people.owner()
    people_screen.select(asha.id)

    def fill(dialog: RelationshipDialog) -> None:
        assert dialog.mentee.currentData() == asha.id
        assert dialog.supporter.currentData() == owner.id
        dialog.start.clear()
        qtbot.keyClicks(dialog.start, "01/03/2026")
        dialog.formality.setCurrentIndex(dialog.formality.findData("informal"))
        qtbot.keyClicks(dialog.goals, "Prepare for a band 8a role")
        qtbot.keyClicks(dialog.frequency, "Monthly")
        dialog.accept()

    answer_modal(RelationshipDialog, fill)
    qtbot.mouseClick(people_screen.editor.add_relationship_button, Qt.MouseButton.LeftButton)
    [saved] = store.relationships.for_person(asha.id)
    assert (saved.mentor_id, saved.mentee_id) == (owner.id, asha.id)
    assert saved.start_date == date(2026, 3, 1)
    assert saved.formality is Formality.INFORMAL
    assert saved.kind is RelationshipKind.MENTOR
    assert saved.goals == "Prepare for a band 8a role"
    assert "risk of harm" in saved.confidentiality
    assert "Morgan Hale" in people_screen.editor.relationships.item(0).text()


def test_impossible_date_is_refused_in_plain_words(qtbot, people_screen, store, answer_modal) -> None:
    asha = store.people.listing([PersonKind.MENTEE])[0]
    people_screen.select(asha.id)
    seen: list[str] = []

    def fill(dialog: RelationshipDialog) -> None:
        dialog.start.clear()
        qtbot.keyClicks(dialog.start, "31/02/2026")
        dialog.accept()
        seen.append(dialog.error.text())
        assert dialog.isVisible()
        dialog.reject()

    answer_modal(RelationshipDialog, fill)
    qtbot.mouseClick(people_screen.editor.add_relationship_button, Qt.MouseButton.LeftButton)
    assert seen and "is not a date" in seen[0]
    assert store.relationships.for_person(asha.id) == []


def test_a_failed_write_is_reported_and_nothing_changes(qtbot, people_screen, store, monkeypatch) -> None:
    asha = store.people.listing([PersonKind.MENTEE])[0]
    people_screen.select(asha.id)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))

    def full_disk(*_args: object, **_kwargs: object) -> Person:
        raise DiskFullError(store.path)

    monkeypatch.setattr(store.people, "save_edits", full_disk)
    qtbot.keyClicks(people_screen.editor.job_title, "Lead")
    people_screen.editor.autosaver.flush()
    assert shown and "disk" in shown[0] and "full" in shown[0]
    monkeypatch.undo()
    assert store.people.get(asha.id).job_title == ""


def test_filtering_straight_after_typing_keeps_the_words(qtbot, people_screen, store) -> None:
    asha = store.people.listing([PersonKind.MENTEE])[0]
    people_screen.select(asha.id)
    qtbot.keyClicks(people_screen.editor.notes, "Wants a band 8a post")
    qtbot.keyClicks(people_screen.search, "Asha")
    assert store.people.get(asha.id).notes == "Wants a band 8a post"
    assert people_screen.editor.notes.toPlainText() == "Wants a band 8a post"
    qtbot.keyClicks(people_screen.editor.job_title, "Lead")
    people_screen.editor.autosaver.flush()
    assert store.people.get(asha.id).notes == "Wants a band 8a post"


def test_choosing_another_person_straight_after_typing(qtbot, people_screen, store) -> None:
    asha = store.people.listing([PersonKind.MENTEE])[0]
    priya = store.people.listing([PersonKind.CHAMPION])[0]
    people_screen.select(asha.id)
    qtbot.keyClicks(people_screen.editor.job_title, "Clinical lead")
    people_screen.select(priya.id)
    assert store.people.get(asha.id).job_title == "Clinical lead"
    assert people_screen.editor.person.id == priya.id
    assert people_screen.model.row_object(people_screen.table.currentIndex().row()).id == priya.id
