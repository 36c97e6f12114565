"""The demo caseload offered on first run, the large benchmark database, and `python -m leadapp.demo`."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from leadapp.demo import write_demo, write_large
from leadapp.domain.enums import PersonKind, SessionStatus
from leadapp.domain.people import Person
from leadapp.domain.reference import CATEGORY_CODES, reference
from leadapp.store.store import Store

NOW = date(2026, 3, 15)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """Written once for the module: the tests below only read it."""
    store = Store.open(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    write_demo(store, now=NOW)
    yield store
    store.close()


def _large(path: Path) -> tuple[Store, dict[str, int]]:
    store = Store.open(path)
    counts = write_large(store, seed=1, mentees=2)
    return store, counts


def test_demo_has_four_mentees_with_different_professions(demo: Store) -> None:
    mentees = demo.people.mentees()
    assert len(mentees) == 4
    assert len({m.profession for m in mentees}) == 4
    assert all(m.profession for m in mentees)


def test_demo_owner_is_a_mentor(demo: Store) -> None:
    owner = demo.people.owner()
    assert owner is not None
    assert owner.kind is PersonKind.MENTOR
    assert demo.settings.get("owner_role") == "mentor"


def test_demo_professions_are_known_to_the_reference(demo: Store) -> None:
    known = set(reference().profession_names())
    assert all(m.profession in known for m in demo.people.mentees())


def test_every_demo_mentee_has_a_year_of_sessions(demo: Store) -> None:
    for mentee in demo.people.mentees():
        dates = sorted(s.session_date for s in demo.sessions.for_mentee(mentee.id))
        assert len(dates) >= 12, mentee.full_name
        assert timedelta(days=330) <= dates[-1] - dates[0] <= timedelta(days=400), mentee.full_name
        assert dates[0] <= NOW <= dates[-1] + timedelta(days=28), "the year runs up to now"


def test_every_mentee_has_held_sessions(demo: Store) -> None:
    for mentee in demo.people.mentees():
        statuses = {s.status for s in demo.sessions.for_mentee(mentee.id)}
        assert SessionStatus.HELD in statuses, mentee.full_name


def test_every_mentee_has_a_planned_next_session(demo: Store) -> None:
    """The home screen's 'upcoming' list is empty for a mentee without one, which looks broken in a demo."""
    for mentee in demo.people.mentees():
        upcoming = [
            s
            for s in demo.sessions.for_mentee(mentee.id)
            if s.status is SessionStatus.PLANNED and s.session_date >= NOW
        ]
        assert upcoming, mentee.full_name


def test_held_sessions_have_actions(demo: Store) -> None:
    held = demo.sessions._where("status = ?", [SessionStatus.HELD.value])
    assert held
    for session in held:
        actions = demo.actions.for_session(session.id)
        assert actions, session.session_date
        assert all(a.mentee_id == session.mentee_id for a in actions)


def test_demo_activities_cover_all_five_categories(demo: Store) -> None:
    activities = demo.activities._where()
    assert {a.primary_category for a in activities} == set(CATEGORY_CODES)
    for mentee in demo.people.mentees():
        mine = demo.activities.for_person(mentee.id)
        assert {a.primary_category for a in mine} == set(CATEGORY_CODES), mentee.full_name


def test_demo_has_one_leap_plan_with_concerns_supports_and_reviews(demo: Store) -> None:
    plans = demo.leap_plans._where()
    assert len(plans) == 1
    plan = plans[0]
    assert demo.leap_concerns.for_plan(plan.id)
    assert demo.leap_supports.for_plan(plan.id)
    assert demo.leap_reviews.for_plan(plan.id)
    mentee = demo.people.get(plan.mentee_id)
    assert mentee.kind is PersonKind.MENTEE


def test_demo_has_a_self_assessment_with_ratings(demo: Store) -> None:
    assessments = demo.assessments._where()
    assert assessments
    assert all(demo.ratings.for_assessment(a.id) for a in assessments)


def test_large_database_counts(tmp_path: Path) -> None:
    store, counts = _large(tmp_path / "large.sqlite3")
    try:
        assert store.sessions.count() == 200
        assert store.activities.count() == 1000
        assert store.people.count() == 3
        assert counts == {
            "people": store.people.count(),
            "sessions": store.sessions.count(),
            "actions": store.actions.count(),
            "activities": store.activities.count(),
        }
    finally:
        store.close()


def test_large_database_is_deterministic(tmp_path: Path) -> None:
    """Benchmarks compare runs, so the same seed must give the same rows in any file."""
    first, _ = _large(tmp_path / "one.sqlite3")
    second, _ = _large(tmp_path / "two.sqlite3")
    try:

        def snapshot(store: Store) -> tuple[set[str], set[str], list[str]]:
            session_ids = {s.id for s in store.sessions._where()}
            titles = {a.title for a in store.activities._where()}
            activity_rows = [
                f"{a.id}|{a.title}|{a.start_date}" for a in store.activities._where(order_by="id")
            ]
            return session_ids, titles, activity_rows

        assert snapshot(first) == snapshot(second)
    finally:
        first.close()
        second.close()


def _demo_command(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "leadapp.demo", "--db", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "HOME": str(path.parent)},
        check=False,
    )


def test_demo_command_writes_a_new_file(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite3"
    result = _demo_command(path)
    assert result.returncode == 0, result.stderr
    assert "Wrote" in result.stdout
    store = Store.open(path)
    try:
        assert len(store.people.mentees()) == 4
    finally:
        store.close()


def test_demo_command_refuses_a_file_that_already_has_demo_data(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite3"
    assert _demo_command(path).returncode == 0
    sessions_before = _count(path, "sessions")

    result = _demo_command(path)

    assert result.returncode == 2
    assert "already holds data" in result.stderr
    assert _count(path, "sessions") == sessions_before


def test_demo_command_refuses_a_file_with_people_but_no_owner(tmp_path: Path) -> None:
    path = tmp_path / "mine.sqlite3"
    store = Store.open(path)
    store.people.add(Person(full_name="A real mentee"))
    store.close()

    result = _demo_command(path)

    assert result.returncode == 2
    assert _count(path, "people") == 1


def test_demo_command_refuses_a_text_file(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("not a database\n", encoding="utf-8")
    before = path.read_bytes()

    result = _demo_command(path)

    assert result.returncode == 3
    assert "not a LeadApp database" in result.stderr
    assert "Traceback" not in result.stderr
    assert path.read_bytes() == before


def _count(path: Path, table: str) -> int:
    store = Store.open(path)
    try:
        return int(store.db.execute(f"select count(*) from [{table}]").fetchone()[0])
    finally:
        store.close()


def test_a_size_factor_repeats_the_caseload_and_keeps_the_first_one(tmp_path: Path) -> None:
    """The scaling table's 4× and 16× databases hold the 1× database's rows and as many again each time."""
    once, counts_once = _large(tmp_path / "once.sqlite3")
    twice = Store.open(tmp_path / "twice.sqlite3")
    try:
        counts_twice = write_large(twice, seed=1, mentees=2, factor=2)
        assert counts_twice["sessions"] == 2 * counts_once["sessions"] == twice.sessions.count()
        assert counts_twice["activities"] == 2 * counts_once["activities"] == twice.activities.count()
        assert counts_twice["people"] == twice.people.count() == 5
        first = {a.id for a in once.activities._where()}
        assert first < {a.id for a in twice.activities._where()}
    finally:
        once.close()
        twice.close()
