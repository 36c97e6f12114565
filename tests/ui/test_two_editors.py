"""Every autosaving editor, open twice on one database with a connection each, keeps both people's words.

Window A and window B load the same record; A saves one field, then B (still holding its stale copy) saves
another. Both must be in the file. When both change the same text field, both versions are kept.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from leadapp.domain.activities import Activity
from leadapp.domain.enums import PersonKind
from leadapp.domain.leaps import LeapPlan
from leadapp.domain.merge import BOTH_DIVIDER
from leadapp.domain.people import Person
from leadapp.domain.reference import Reference
from leadapp.domain.sessions import Action
from leadapp.store.leap_planning import new_plan
from leadapp.store.store import Store
from leadapp.ui.activities.activity_editor import ActivityEditor
from leadapp.ui.leap.plan_editor import PlanEditor
from leadapp.ui.leap.plan_rows import ConcernRow
from leadapp.ui.people.person_editor import PersonEditor
from leadapp.ui.sessions.actions_panel import ActionRow
from leadapp.ui.widgets.merged_record import ConflictNotice


def column(db_path: Path, table: str, record_id: str, name: str) -> Any:
    connection = sqlite3.connect(db_path)
    try:
        return connection.execute(f"select {name} from {table} where id = ?", [record_id]).fetchone()[0]
    finally:
        connection.close()


@dataclass
class Case:
    """How to build one editor on a store, and two of its text fields with their column names."""

    table: str
    make: Callable[[Store, Reference, str], QWidget]
    first: tuple[str, str]
    second: tuple[str, str]
    flush: str = "flush"


def _activity(store: Store, ref: Reference, record_id: str) -> QWidget:
    editor = ActivityEditor(store, ref)
    editor.load(store.activities.get(record_id))
    return editor


def _person(store: Store, ref: Reference, record_id: str) -> QWidget:
    editor = PersonEditor(store, ref)
    editor.load(store.people.get(record_id))
    return editor


def _plan(store: Store, ref: Reference, record_id: str) -> QWidget:
    editor = PlanEditor(store, ref)
    editor.load(store.leap_plans.get(record_id))
    return editor


def _concern(store: Store, ref: Reference, record_id: str) -> QWidget:
    return ConcernRow(store.leap_concerns, store.leap_concerns.get(record_id), ref)


def _action(store: Store, _ref: Reference, record_id: str) -> QWidget:
    return ActionRow(store, store.actions.get(record_id), 1)


CASES = {
    "activity": Case("activities", _activity, ("description", "description"), ("outcomes", "outcomes")),
    "person": Case("people", _person, ("aspirations", "aspirations"), ("notes", "notes")),
    "leap plan": Case("leap_plans", _plan, ("hopes", "hopes"), ("lessons", "lessons")),
    "plan concern": Case(
        "leap_concerns", _concern, ("mitigation", "mitigation"), ("mitigation", "mitigation")
    ),
    "action": Case("actions", _action, ("text", "text"), ("text", "text")),
}


@pytest.fixture
def records(store: Store, ref: Reference) -> dict[str, str]:
    store.people.add(Person(full_name="Morgan Hale", kind=PersonKind.MENTOR, is_owner=True))
    mentee = store.people.add(Person(full_name="Asha Patel"))
    activity = store.activities.add(Activity(person_id=mentee.id, title="Led the audit"))
    plan = new_plan(store, ref, mentee.id, "Acting-up post", date(2026, 3, 2))
    concern = store.leap_concerns.for_plan(plan.id)[0]
    action = store.actions.add(Action(mentee_id=mentee.id, text="Read the job plan"))
    assert isinstance(plan, LeapPlan)
    return {
        "activities": activity.id,
        "people": mentee.id,
        "leap_plans": plan.id,
        "leap_concerns": concern.id,
        "actions": action.id,
    }


@pytest.fixture
def two_stores(db_path: Path, store: Store) -> Iterator[tuple[Store, Store]]:
    a, b = Store.open(db_path), Store.open(db_path)
    yield a, b
    a.close()
    b.close()


def field(editor: QWidget, name: str) -> QLineEdit | QPlainTextEdit:
    widget = getattr(editor, name)
    assert isinstance(widget, QLineEdit | QPlainTextEdit)
    return widget


def type_and_save(qtbot, editor: QWidget, name: str, text: str) -> None:
    widget = field(editor, name)
    widget.setFocus()
    if isinstance(widget, QLineEdit):
        widget.end(False)
    else:
        widget.moveCursor(widget.textCursor().MoveOperation.End)
    qtbot.keyClicks(widget, text)
    flush = getattr(editor, "flush", None)
    if callable(flush):
        flush()
    else:
        editor.autosaver.flush()


def text_of(editor: QWidget, name: str) -> str:
    widget = field(editor, name)
    return widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()


def open_twice(qtbot, case: Case, stores: tuple[Store, Store], ref, record_id: str) -> tuple[QWidget, ...]:
    """The same record in two editors, each on its own connection, as two windows would hold it."""
    editors = (case.make(stores[0], ref, record_id), case.make(stores[1], ref, record_id))
    for editor in editors:
        qtbot.addWidget(editor)
    return editors


@pytest.mark.parametrize("kind", [k for k, c in CASES.items() if c.first != c.second])
def test_a_stale_editor_keeps_the_other_editors_field(
    qtbot, kind: str, records, two_stores, ref, db_path: Path
) -> None:
    case = CASES[kind]
    record_id = records[case.table]
    a, b = open_twice(qtbot, case, two_stores, ref, record_id)
    type_and_save(qtbot, a, case.first[0], "Written in window A")
    type_and_save(qtbot, b, case.second[0], "Written in window B")
    assert column(db_path, case.table, record_id, case.first[1]) == "Written in window A"
    assert column(db_path, case.table, record_id, case.second[1]) == "Written in window B"
    assert text_of(b, case.first[0]) == "Written in window A"


@pytest.mark.parametrize("kind", list(CASES))
def test_two_editors_changing_one_field_keep_both_versions(
    qtbot, kind: str, records, two_stores, ref, db_path: Path
) -> None:
    case = CASES[kind]
    record_id = records[case.table]
    a, b = open_twice(qtbot, case, two_stores, ref, record_id)
    before = text_of(a, case.first[0])
    type_and_save(qtbot, a, case.first[0], " from A")
    saved_by_a = column(db_path, case.table, record_id, case.first[1])
    assert saved_by_a.strip() == (before + " from A").strip()
    type_and_save(qtbot, b, case.first[0], " from B")
    saved = column(db_path, case.table, record_id, case.first[1])
    assert saved.startswith(saved_by_a + BOTH_DIVIDER)
    assert saved.removeprefix(saved_by_a + BOTH_DIVIDER).strip() == "from B", "B's addition, below A's"
    assert text_of(b, case.first[0]) == saved
    notice = b.findChild(ConflictNotice)
    assert notice is not None and not notice.isHidden()


def test_a_relationship_edited_in_its_dialog_keeps_a_change_made_meanwhile(
    qtbot, store: Store, two_stores, ref, db_path: Path, answer_modal
) -> None:
    from dataclasses import replace

    from leadapp.domain.people import Relationship
    from leadapp.ui.people.relationship_dialog import RelationshipDialog

    owner = store.people.add(Person(full_name="Morgan Hale", kind=PersonKind.MENTOR, is_owner=True))
    mentee = store.people.add(Person(full_name="Asha Patel"))
    rel = store.relationships.add(Relationship(mentor_id=owner.id, mentee_id=mentee.id, goals="Lead"))
    a_store, b_store = two_stores
    editor = PersonEditor(a_store, ref)
    qtbot.addWidget(editor)
    editor.load(a_store.people.get(mentee.id))

    def edit_goals_while_b_saves(dialog: RelationshipDialog) -> None:
        seen = b_store.relationships.get(rel.id)
        b_store.relationships.save_edits(seen, replace(seen, frequency="Monthly, an hour"))
        dialog.goals.setFocus()
        dialog.goals.moveCursor(dialog.goals.textCursor().MoveOperation.End)
        qtbot.keyClicks(dialog.goals, " a service review")
        dialog.accept()

    answer_modal(RelationshipDialog, edit_goals_while_b_saves)
    editor.relationships.setCurrentRow(0)
    editor._edit_relationship()
    assert column(db_path, "relationships", rel.id, "goals") == "Lead a service review"
    assert column(db_path, "relationships", rel.id, "frequency") == "Monthly, an hour"
