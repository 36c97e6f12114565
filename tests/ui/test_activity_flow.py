"""A mentee's portfolio, built in the GUI: from an example to evidence, and the balance it changes."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from PySide6.QtCharts import QChartView
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from windows import active_window, choose_mentee

from leadapp.domain.enums import ActivityStatus, PersonKind
from leadapp.domain.ids import today
from leadapp.domain.people import Person
from leadapp.store.activities import MAX_EVIDENCE_BYTES
from leadapp.store.session_planning import start_session
from leadapp.store.store import Store
from leadapp.ui.activities.activities_screen import ActivitiesScreen
from leadapp.ui.activities.example_library import ExampleLibraryDialog
from leadapp.ui.balance.balance_screen import BalanceScreen
from leadapp.ui.main_window import MainWindow
from leadapp.ui.sessions.sessions_screen import SessionsScreen

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def open_window(qtbot, store: Store, ref, mentee_id: str) -> MainWindow:
    window = active_window(qtbot, store, ref)
    choose_mentee(window, mentee_id)
    return window


def leaps_counted(balance: BalanceScreen) -> float:
    """Read the category chart itself: the sum of the Leaps bar over every stage."""
    view = balance.charts.itemAt(0).widget()
    assert isinstance(view, QChartView)
    series = view.chart().series()[0]
    position = [c.code for c in balance.ref.categories].index("leaps")
    return sum(bar.at(position) for bar in series.barSets())


def gap_sentences(balance: BalanceScreen) -> list[str]:
    from PySide6.QtWidgets import QLabel

    texts = []
    for index in range(balance.gaps.count()):
        widget = balance.gaps.itemAt(index).widget()
        if widget is not None:
            texts += [label.text() for label in widget.findChildren(QLabel)]
    return texts


@pytest.fixture
def mentee(store: Store) -> Person:
    store.settings.set("owner_role", "mentor")
    store.people.add(Person(full_name="Morgan Hale", kind=PersonKind.MENTOR, is_owner=True))
    return store.people.add(Person(full_name="Tom Reilly", profession="paramedic"))


def test_example_to_evidence_changes_the_balance_and_survives_restart(
    qtbot, store: Store, ref, mentee: Person, db_path: Path, tmp_path: Path, answer_modal, monkeypatch
) -> None:
    window = open_window(qtbot, store, ref, mentee.id)
    balance = window.go_to("balance")
    assert isinstance(balance, BalanceScreen)
    assert leaps_counted(balance) == 0
    assert "No leap of faith yet" in gap_sentences(balance)

    activities = window.go_to("activities")
    assert isinstance(activities, ActivitiesScreen)
    assert "start from an example (Ctrl+L)" in activities.empty.text()
    chosen: list[str] = []

    def pick(dialog: ExampleLibraryDialog) -> None:
        dialog.category.setCurrentIndex(dialog.category.findData("leaps"))
        qtbot.keyClicks(dialog.search, "interim")
        assert dialog.examples.count() >= 1
        chosen.append(dialog.chosen().title)
        qtbot.keyClick(dialog.examples, Qt.Key.Key_Return)

    answer_modal(ExampleLibraryDialog, pick)
    qtbot.keyClick(window, Qt.Key.Key_L, CTRL)
    editor = activities.editor
    assert editor.activity is not None and editor.activity.title == chosen[0]
    assert editor.chips.codes() == ["leaps"]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(lambda: window.focusWidget() is editor.title)
    qtbot.keyClick(editor.title, Qt.Key.Key_End)
    qtbot.keyClicks(editor.title, " for urgent care")
    qtbot.keyClick(editor.title, Qt.Key.Key_5, ALT)
    assert editor.chips.codes() == ["leaps", "track_record"]
    assert editor.track_section.is_open()
    editor.status.setCurrentIndex(editor.status.findData("in_progress"))
    editor.status.activated.emit(editor.status.currentIndex())
    editor.stage.setCurrentIndex(editor.stage.findData("later_mid"))
    editor.stage.activated.emit(editor.stage.currentIndex())
    qtbot.keyClicks(editor.outcomes, "Handover delays fell by a third")
    evidence_file = tmp_path / "handover-audit.pdf"
    evidence_file.write_bytes(b"%PDF-1.4 audit of handovers")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args, **_kw: (str(evidence_file), ""))
    editor.evidence_section.set_open(True)
    qtbot.mouseClick(editor.evidence.attach, Qt.MouseButton.LeftButton)
    assert "handover-audit.pdf" in editor.evidence.items.item(0).text()
    qtbot.mouseClick(editor.back_button, Qt.MouseButton.LeftButton)
    assert activities.model.total() == 1

    window.go_to("balance")
    assert leaps_counted(balance) == 1
    assert "No leap of faith yet" not in gap_sentences(balance)
    assert "No track record of delivery recorded yet" not in gap_sentences(balance)
    activity_id = activities.model.row_object(0).activity.id
    window.close()
    store.close()

    reopened = Store.open(db_path)
    saved = reopened.activities.get(activity_id)
    assert saved.title == chosen[0] + " for urgent care"
    assert saved.categories == ["leaps", "track_record"]
    assert saved.primary_category == "leaps"
    assert saved.status is ActivityStatus.IN_PROGRESS
    assert saved.stage == "later_mid"
    assert saved.outcomes == "Handover delays fell by a third"
    [attached] = reopened.evidence.for_activity(activity_id)
    assert attached.filename == "handover-audit.pdf" and attached.content == b"%PDF-1.4 audit of handovers"
    again = open_window(qtbot, reopened, ref, mentee.id)
    listed = again.go_to("activities")
    assert isinstance(listed, ActivitiesScreen)
    assert listed.model.row_object(0).activity.title == saved.title
    assert leaps_counted(again.section_screen("balance")) == 1
    again.close()
    reopened.close()


def test_too_large_a_file_is_refused_in_plain_words(qtbot, store, ref, mentee, tmp_path, monkeypatch) -> None:
    window = open_window(qtbot, store, ref, mentee.id)
    activities = window.go_to("activities")
    assert isinstance(activities, ActivitiesScreen)
    activities.new_activity()
    big = tmp_path / "scan.tiff"
    with big.open("wb") as handle:
        handle.truncate(MAX_EVIDENCE_BYTES + 1)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args, **_kw: (str(big), ""))
    activities.editor.evidence_section.set_open(True)
    qtbot.mouseClick(activities.editor.evidence.attach, Qt.MouseButton.LeftButton)
    assert "scan.tiff" in activities.editor.evidence.message.text()
    assert "Nothing was attached" in activities.editor.evidence.message.text()
    assert store.evidence.for_activity(activities.editor.activity.id) == []


def test_a_pipe_or_device_chosen_as_evidence_is_refused_in_plain_words(
    qtbot, store, ref, mentee, tmp_path, monkeypatch
) -> None:
    window = open_window(qtbot, store, ref, mentee.id)
    activities = window.go_to("activities")
    assert isinstance(activities, ActivitiesScreen)
    activities.new_activity()
    pipe = tmp_path / "scan-from-printer"
    os.mkfifo(pipe)

    def write() -> None:
        try:
            with pipe.open("wb") as handle:
                handle.write(b"bytes from a pipe")
        except OSError:
            pass  # the app closed its end without reading, as it should

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args, **_kw: (str(pipe), ""))
    activities.editor.evidence_section.set_open(True)
    qtbot.mouseClick(activities.editor.evidence.attach, Qt.MouseButton.LeftButton)
    message = activities.editor.evidence.message.text()
    assert "scan-from-printer is not a file" in message and "Nothing was attached" in message
    assert store.evidence.for_activity(activities.editor.activity.id) == []
    if writer.is_alive():
        os.close(os.open(pipe, os.O_RDONLY | os.O_NONBLOCK))
        writer.join(5)


def test_an_activity_is_started_from_a_sessions_notes(qtbot, store, ref, mentee) -> None:
    window = open_window(qtbot, store, ref, mentee.id)
    session = start_session(store, ref, mentee.id, today(), today())
    sessions = window.go_to("sessions")
    assert isinstance(sessions, SessionsScreen)
    sessions.open_session(session.id)
    sessions.editor.chips.buttons["widening"].click()
    qtbot.keyClicks(sessions.editor.notes, "Present the audit to the divisional board")
    qtbot.mouseClick(sessions.editor.activity_button, Qt.MouseButton.LeftButton)
    activities = window.current_screen()
    assert isinstance(activities, ActivitiesScreen)
    created = activities.editor.activity
    assert created is not None
    assert created.title == "Present the audit to the divisional board"
    assert created.session_id == session.id and created.categories == ["widening"]
    assert activities.editor.session.currentData() == session.id


def test_links_the_lists_do_not_show_are_kept(qtbot, store, ref, mentee) -> None:
    """An archived champion or a cancelled session stays linked when something else is edited."""
    from dataclasses import replace

    from leadapp.domain.activities import Activity
    from leadapp.domain.enums import SessionStatus
    from leadapp.domain.people import Person

    coach = store.people.add(Person(full_name="Retired Coach", kind=PersonKind.COACH))
    store.people.archive(coach.id)
    session = start_session(store, ref, mentee.id, today(), today())
    store.sessions.update(replace(store.sessions.get(session.id), status=SessionStatus.CANCELLED))
    activity = store.activities.add(
        Activity(person_id=mentee.id, title="Shadowing", related_person_id=coach.id, session_id=session.id)
    )
    window = open_window(qtbot, store, ref, mentee.id)
    activities = window.go_to("activities")
    assert isinstance(activities, ActivitiesScreen)
    activities.open_activity(activity.id)
    qtbot.keyClicks(activities.editor.description, "Half a day with the COO")
    activities.editor.flush()
    saved = store.activities.get(activity.id)
    assert saved.description == "Half a day with the COO"
    assert saved.related_person_id == coach.id and saved.session_id == session.id
