"""The kept caseload (migration m018) always says what reading every mentee says: the same figures, the same
order, the same counts, whatever changes a session, an action or a person, and again on a new day."""

from __future__ import annotations

import random
import threading
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from leadapp.domain.caseload import (
    CaseloadEntry,
    CaseloadRows,
    ListedCaseload,
    caseload_order,
    has_attention,
    needs_attention,
)
from leadapp.domain.enums import ActionStatus, PersonKind, PlanStatus, SessionStatus
from leadapp.domain.leaps import LeapReview
from leadapp.domain.people import Person
from leadapp.domain.reference import Reference
from leadapp.domain.sessions import Action, Session
from leadapp.store.caseload import KeptCaseload, caseload, caseload_rows, leap_flags, standing_as_of
from leadapp.store.integrity import IntegrityCheck
from leadapp.store.leap_planning import new_plan
from leadapp.store.store import Store

ON = date(2026, 11, 24)


def _all(rows: CaseloadRows) -> list[CaseloadEntry]:
    """Every row, read in pages of seven as the list would read them, each page after the last."""
    found: list[CaseloadEntry] = []
    while len(found) < rows.count():
        page = rows.page(len(found), 7)
        assert page, "the count promised rows that no page gave"
        found += page
    assert rows.page(len(found), 7) == []
    return found


def _agrees(store: Store, on: date) -> None:
    """The kept caseload against the whole one ordered by the domain's rule."""
    assert standing_as_of(store, on)
    kept = KeptCaseload(store, leap_flags(store, on), on)
    whole = caseload_order(caseload(store, on), on)
    assert _all(kept) == whole
    assert kept.count() == len(whole)
    assert kept.needing_attention() == sum(1 for e in whole if needs_attention(e, on))
    assert kept.needing_attention() == sum(1 for e in whole if has_attention(e))
    assert kept.overdue() == sum(e.overdue_actions for e in whole)
    for row, entry in enumerate(whole):
        assert kept.position(entry.mentee_id) == row
    assert kept.position("nobody") == -1


def _mentee(store: Store, name: str) -> Person:
    return store.people.add(Person(full_name=name, kind=PersonKind.MENTEE))


def test_every_kind_of_change_keeps_the_caseload(store: Store) -> None:
    store.people.add(Person(full_name="Owner", kind=PersonKind.MENTOR, is_owner=True))
    _agrees(store, ON)
    asha, ben, cara = (_mentee(store, name) for name in ("Asha Patel", "ben Ode", "Cara Lee"))
    _agrees(store, ON)
    held = store.sessions.add(
        Session(mentee_id=asha.id, session_date=ON - timedelta(days=50), status=SessionStatus.HELD)
    )
    planned = store.sessions.add(Session(mentee_id=ben.id, session_date=ON + timedelta(days=3)))
    store.sessions.add(Session(mentee_id=ben.id, session_date=ON - timedelta(days=3)))  # planned, now past
    _agrees(store, ON)
    late = store.actions.add(
        Action(mentee_id=cara.id, text="Draft the case", due_date=ON - timedelta(days=1))
    )
    store.actions.add(Action(mentee_id=cara.id, text="Read the guide", due_date=ON + timedelta(days=9)))
    store.actions.add(Action(mentee_id=asha.id, text="Shadow a lead", due_date=ON))
    _agrees(store, ON)
    assert [e.mentee_name for e in _all(KeptCaseload(store, {}, ON))] == ["Cara Lee", "Asha Patel", "ben Ode"]
    store.actions.update(replace(late, status=ActionStatus.DONE, done_on=ON))
    _agrees(store, ON)
    store.sessions.update(replace(planned, session_date=ON + timedelta(days=1)))
    store.sessions.update(replace(held, status=SessionStatus.CANCELLED))
    _agrees(store, ON)
    store.sessions.update(replace(held, mentee_id=cara.id, status=SessionStatus.HELD))
    store.actions.update(replace(late, mentee_id=ben.id, status=ActionStatus.OPEN))
    _agrees(store, ON)
    store.sessions.delete(planned.id)
    store.actions.delete(late.id)
    _agrees(store, ON)
    store.bin.restore("sessions", planned.id)
    store.bin.restore("actions", late.id)
    _agrees(store, ON)
    store.bin.purge("sessions", held.id)
    _agrees(store, ON)
    store.people.update(replace(store.people.get(ben.id), full_name="Aaron Ode"))
    store.people.archive(asha.id)
    _agrees(store, ON)
    assert asha.id not in [e.mentee_id for e in _all(KeptCaseload(store, {}, ON))]
    store.people.restore(asha.id)
    store.people.update(replace(store.people.get(cara.id), kind=PersonKind.MENTOR))
    _agrees(store, ON)
    store.people.delete(ben.id)
    _agrees(store, ON)


def test_a_new_day_moves_every_figure_on(store: Store) -> None:
    mentee = _mentee(store, "Dee Rao")
    store.actions.add(Action(mentee_id=mentee.id, text="Book the course", due_date=ON + timedelta(days=2)))
    store.sessions.add(Session(mentee_id=mentee.id, session_date=ON + timedelta(days=1)))
    _agrees(store, ON)
    assert KeptCaseload(store, {}, ON).overdue() == 0
    later = ON + timedelta(days=5)
    _agrees(store, later)
    (entry,) = _all(KeptCaseload(store, {}, later))
    assert (entry.overdue_actions, entry.next_planned) == (1, None)
    assert store.db.execute("select day from caseload_day").fetchone()[0] == later.isoformat()


def test_flagged_mentees_come_first_and_are_counted_once(store: Store, ref: Reference) -> None:
    calm, leaping, busy = (_mentee(store, name) for name in ("Aaron Calm", "Zoe Leaping", "Mo Busy"))
    store.sessions.add(Session(mentee_id=calm.id, session_date=ON + timedelta(days=2)))
    store.sessions.add(Session(mentee_id=leaping.id, session_date=ON + timedelta(days=2)))
    store.actions.add(Action(mentee_id=busy.id, text="Overdue", due_date=ON - timedelta(days=2)))
    plan = new_plan(store, ref, leaping.id, "Interim lead", ON - timedelta(days=60))
    store.leap_plans.update(replace(plan, status=PlanStatus.IN_PROGRESS, review_date=ON - timedelta(days=1)))
    store.leap_reviews.add(LeapReview(plan_id=plan.id, review_date=ON - timedelta(days=30), wellbeing=1))
    _agrees(store, ON)
    rows = caseload_rows(store, ON)
    assert isinstance(rows, KeptCaseload)
    assert [e.mentee_name for e in _all(rows)] == ["Zoe Leaping", "Mo Busy", "Aaron Calm"]
    assert rows.needing_attention() == 2  # the flagged mentee has a session planned and nothing overdue
    assert rows.page(1, 1)[0].mentee_name == "Mo Busy"


def test_many_random_changes_keep_it(store: Store) -> None:
    pick = random.Random(19)
    people = [_mentee(store, f"{pick.choice('AbcDé')}{pick.choice('xyzé')} {n}") for n in range(12)]
    sessions: list[Session] = []
    actions: list[Action] = []
    for step in range(160):
        person = pick.choice(people)
        day = ON + timedelta(days=pick.randint(-60, 30))
        choice = pick.random()
        if choice < 0.3 or not sessions:
            status = pick.choice(list(SessionStatus))
            sessions.append(store.sessions.add(Session(mentee_id=person.id, session_date=day, status=status)))
        elif choice < 0.6 or not actions:
            actions.append(store.actions.add(Action(mentee_id=person.id, text=f"Step {step}", due_date=day)))
        elif choice < 0.75:
            index = pick.randrange(len(sessions))
            sessions[index] = store.sessions.update(
                replace(sessions[index], session_date=day, status=pick.choice(list(SessionStatus)))
            )
        elif choice < 0.9:
            index = pick.randrange(len(actions))
            actions[index] = store.actions.update(
                replace(
                    actions[index],
                    due_date=day if pick.random() < 0.8 else None,
                    status=pick.choice(list(ActionStatus)),
                )
            )
        elif choice < 0.95:
            store.sessions.delete(sessions.pop(pick.randrange(len(sessions))).id)
        else:
            store.people.archive(person.id) if pick.random() < 0.5 else store.people.restore(person.id)
        if step % 20 == 0:
            _agrees(store, ON + timedelta(days=pick.randint(-3, 3)))
    _agrees(store, ON)


def test_an_older_file_is_filled_when_it_is_upgraded(db_path: Path) -> None:
    """The migration fills the kept caseload from what the file already holds, as of its own day."""
    store = Store.open(db_path)
    mentee = _mentee(store, "Eve Old")
    store.sessions.add(Session(mentee_id=mentee.id, session_date=ON, status=SessionStatus.HELD))
    store.db.execute("delete from caseload_standing")
    store.db.execute("update caseload_totals set mentees = 0, attention = 0, overdue = 0")
    store.db.execute("delete from _sqlite_migrations where name = 'm018_caseload_standing'")
    store.db.conn.commit()
    store.close()
    store = Store.open(db_path)
    try:
        kept = store.db.execute("select mentee_id, last_held from caseload_standing").fetchall()
        assert kept == [(mentee.id, ON.isoformat())]
        assert store.db.execute("select mentees from caseload_totals").fetchone()[0] == 1
        _agrees(store, ON)
    finally:
        store.close()


def test_while_the_file_is_checked_home_reads_the_caseload_whole(db_path: Path) -> None:
    """A new day's figures are a write, which waits for the background check: Home does not wait for it."""
    store = Store.open(db_path)
    mentee = _mentee(store, "Fay Check")
    answer = threading.Event()

    def slow_check() -> str:
        answer.wait(30)
        return ""

    check = IntegrityCheck(db_path, check=slow_check).start()
    store.db.hold_writes(check)  # type: ignore[attr-defined]
    later = ON + timedelta(days=400)
    try:
        rows = caseload_rows(store, later)
        assert isinstance(rows, ListedCaseload)
        assert [e.mentee_id for e in _all(rows)] == [mentee.id]
        assert store.db.execute("select day from caseload_day").fetchone()[0] != later.isoformat()
    finally:
        answer.set()
    assert check.wait(30) == ""
    assert isinstance(caseload_rows(store, later), KeptCaseload)
    store.close()


def test_a_write_that_fails_leaves_home_reading_the_caseload_whole(store: Store) -> None:
    _mentee(store, "Gus Full")
    store.db.execute(
        "create trigger refuse before update on caseload_day begin select raise(abort, 'disk is full'); end"
    )
    rows = caseload_rows(store, ON + timedelta(days=900))
    assert isinstance(rows, ListedCaseload)
    assert rows.count() == 1
