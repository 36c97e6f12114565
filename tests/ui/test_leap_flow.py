"""A leap-of-faith plan built and reviewed in the GUI, closed, and found in the portfolio after a restart."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox
from windows import choose_mentee, shown_window

from leadapp.domain.enums import ActivityStatus, PersonKind, PlanStatus
from leadapp.domain.ids import today
from leadapp.domain.people import Person
from leadapp.store.session_planning import start_session
from leadapp.store.store import Store
from leadapp.ui.home.home_screen import HomeScreen
from leadapp.ui.leap.leap_screen import LeapScreen
from leadapp.ui.leap.plan_rows import ConcernRow, SupportRow
from leadapp.ui.leap.review_dialog import ReviewDialog
from leadapp.ui.main_window import MainWindow
from leadapp.ui.sessions.sessions_screen import SessionsScreen


def open_window(qtbot, store: Store, ref, mentee_id: str) -> MainWindow:
    window = shown_window(qtbot, store, ref)
    choose_mentee(window, mentee_id)
    return window


@pytest.fixture
def people(store: Store) -> tuple[Person, Person]:
    store.settings.set("owner_role", "mentor")
    store.people.add(Person(full_name="Morgan Hale", kind=PersonKind.MENTOR, is_owner=True))
    champion = store.people.add(Person(full_name="Priya Nair", kind=PersonKind.CHAMPION))
    tom = store.people.add(Person(full_name="Tom Reilly", profession="paramedic"))
    return tom, champion


def concern_rows(screen: LeapScreen) -> list[ConcernRow]:
    return [row for row in screen.editor.rows if isinstance(row, ConcernRow)]


def test_plan_reviewed_closed_and_recorded(
    qtbot, store: Store, ref, people, db_path: Path, answer_modal, monkeypatch
) -> None:
    tom, champion = people
    window = open_window(qtbot, store, ref, tom.id)
    leap = window.go_to("leap")
    assert isinstance(leap, LeapScreen)
    assert "No leap-of-faith plan yet" in leap.empty.text()
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("Interim urgent care lead", True))
    qtbot.mouseClick(leap.new_button, Qt.MouseButton.LeftButton)
    assert leap.plan is not None and leap.plan.title == "Interim urgent care lead"
    assert len(concern_rows(leap)) == len(ref.leap.concerns)

    leap.editor.status.setCurrentIndex(leap.editor.status.findData("in_progress"))
    leap.editor.status.activated.emit(leap.editor.status.currentIndex())
    leap.editor.champion.setCurrentIndex(leap.editor.champion.findData(champion.id))
    leap.editor.champion.activated.emit(leap.editor.champion.currentIndex())
    leap.editor.start.clear()
    qtbot.keyClicks(leap.editor.start, (today() - timedelta(days=30)).strftime("%d/%m/%Y"))
    leap.editor.review_date.clear()
    qtbot.keyClicks(leap.editor.review_date, (today() - timedelta(days=1)).strftime("%d/%m/%Y"))
    leap.flush()
    home = window.section_screen("home")
    assert isinstance(home, HomeScreen)
    home.refresh()
    assert "leap-of-faith review due" in home.caseload.index(0, 1).data()

    ratings = {"clinical_skills": "strong", "blind_alley": "some", "work_life_balance": "some"}
    for row in concern_rows(leap):
        if row.record.concern in ratings:
            row.rating.setCurrentIndex(row.rating.findData(ratings[row.record.concern]))
            row.rating.activated.emit(row.rating.currentIndex())
            qtbot.keyClicks(row.mitigation, f"Plan for {row.record.concern}")
            row.autosaver.flush()
    qtbot.mouseClick(leap.editor.add_support, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(leap.editor.add_fallback, Qt.MouseButton.LeftButton)
    supports = [row for row in leap.editor.rows if isinstance(row, SupportRow)]
    assert len(supports) == 2
    qtbot.keyClicks(supports[0].who, "Morgan Hale")
    supports[0].agreed.setChecked(True)
    qtbot.keyClicks(supports[1].who, "Service manager")
    leap.flush()

    def review(confidence: int, wellbeing: int, note: str) -> object:
        def act(dialog: ReviewDialog) -> None:
            dialog.confidence.setValue(confidence)
            dialog.wellbeing.setValue(wellbeing)
            qtbot.keyClicks(dialog.went_well, note)
            dialog.accept()

        return act

    answer_modal(ReviewDialog, review(2, 4, "Settled into handovers"))
    qtbot.mouseClick(leap.editor.add_review_button, Qt.MouseButton.LeftButton)
    session = start_session(store, ref, tom.id, today(), today(), template="leap_review")
    sessions = window.go_to("sessions")
    assert isinstance(sessions, SessionsScreen)
    sessions.open_session(session.id)
    assert sessions.editor.leap_button.isVisibleTo(window)
    answer_modal(ReviewDialog, review(4, 2, "Led the winter plan"))
    qtbot.mouseClick(sessions.editor.leap_button, Qt.MouseButton.LeftButton)
    assert window.current_screen() is leap
    assert leap.editor.reviews_model.rowCount() == 2
    assert "(session)" in leap.editor.reviews_model.item(1, 0).text()
    assert "confidence 4, wellbeing 2" in leap.editor.trend_sentence
    home.refresh()
    assert "low wellbeing at last review" in home.caseload.index(0, 1).data()

    leap.editor.outcome.setCurrentIndex(leap.editor.outcome.findData("successful"))
    leap.editor.outcome.activated.emit(leap.editor.outcome.currentIndex())
    benefits = [b.code for b in ref.leap.benefits[:2]]
    for code in benefits:
        leap.editor.benefits.tick(code)
    qtbot.keyClicks(leap.editor.lessons, "Ask for help earlier")
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(leap.editor.close_button, Qt.MouseButton.LeftButton)
    assert leap.plan.status is PlanStatus.COMPLETED
    plan_id = leap.plan.id
    window.close()
    store.close()

    reopened = Store.open(db_path)
    plan = reopened.leap_plans.get(plan_id)
    assert plan.status is PlanStatus.COMPLETED and plan.outcome == "successful"
    assert plan.benefits == benefits and plan.lessons == "Ask for help earlier"
    assert plan.champion_id == champion.id
    rated = {c.concern: (c.rating, c.mitigation) for c in reopened.leap_concerns.for_plan(plan_id)}
    for code, rating in ratings.items():
        assert rated[code] == (rating, f"Plan for {code}")
    supports_saved = reopened.leap_supports.for_plan(plan_id)
    assert [(s.who, s.agreed, s.if_less_well) for s in supports_saved] == [
        ("Morgan Hale", True, False),
        ("Service manager", False, True),
    ]
    reviews = reopened.leap_reviews.for_plan(plan_id)
    assert [(r.confidence, r.wellbeing) for r in reviews] == [(2, 4), (4, 2)]
    assert reviews[1].session_id == session.id
    activity = reopened.activities.get(plan.activity_id)
    assert activity.categories == ["leaps"] and activity.status is ActivityStatus.DONE
    assert activity.title == "Interim urgent care lead"
    again = open_window(qtbot, reopened, ref, tom.id)
    portfolio = again.go_to("activities")
    assert portfolio.model.row_object(0).activity.title == "Interim urgent care lead"
    shown = again.go_to("leap")
    assert isinstance(shown, LeapScreen)
    assert shown.plan.id == plan_id and shown.editor.reviews_model.rowCount() == 2
    assert not shown.editor.close_button.isEnabled()
    again.close()
    reopened.close()


def test_review_needs_a_real_date(qtbot, store, ref, people, answer_modal) -> None:
    tom, _champion = people
    from leadapp.store.leap_planning import new_plan

    new_plan(store, ref, tom.id, "Secondment", date(2026, 1, 1))
    window = open_window(qtbot, store, ref, tom.id)
    leap = window.go_to("leap")
    seen: list[str] = []

    def act(dialog: ReviewDialog) -> None:
        dialog.when.clear()
        qtbot.keyClicks(dialog.when, "32/13/2026")
        dialog.accept()
        seen.append(dialog.error.text())
        dialog.reject()

    answer_modal(ReviewDialog, act)
    qtbot.mouseClick(leap.editor.add_review_button, Qt.MouseButton.LeftButton)
    assert seen and "is not a date" in seen[0]
    assert store.leap_reviews.for_plan(leap.plan.id) == []
