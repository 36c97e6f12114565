"""The indexes that keep the long lists and Home's "to finish" list from reading every row, and the
newest-first activity order written so the index can give it: the same order as before, undated last."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from leadapp.domain.activities import Activity
from leadapp.domain.enums import PersonKind
from leadapp.domain.people import Person
from leadapp.domain.sessions import Session
from leadapp.store.activities import ActivityQuery
from leadapp.store.caseload import CASELOAD
from leadapp.store.store import Store


def _plan(store: Store, sql: str, params: list[object] | None = None) -> str:
    return " | ".join(str(row[3]) for row in store.db.execute(f"explain query plan {sql}", params or []))


def test_newest_first_keeps_the_old_order_with_undated_last_and_ties_by_id(store: Store) -> None:
    mentee = store.people.add(Person(full_name="Asha Patel", kind=PersonKind.MENTEE))
    days = [date(2026, 3, 1), None, date(2026, 5, 2), date(2026, 3, 1), None, date(2025, 12, 31)]
    for number, day in enumerate(days):
        store.activities.add(Activity(person_id=mentee.id, title=f"Activity {number}", start_date=day))
    removed = store.activities.add(
        Activity(person_id=mentee.id, title="Removed", start_date=date(2027, 1, 1))
    )
    store.activities.delete(removed.id)
    old_order = [
        str(row[0])
        for row in store.db.execute(
            "select id from activities where deleted_at is null"
            " order by start_date is null, start_date desc, id"
        )
    ]
    newest_first = ActivityQuery(sort="date", descending=True)
    assert [a.id for a in store.activities.listing(newest_first)] == old_order
    assert store.activities.listing_ids(newest_first) == old_order
    assert store.activities.count_listing(newest_first) == len(old_order) == len(days)
    oldest_first = [a.start_date for a in store.activities.listing(ActivityQuery(descending=False))]
    assert oldest_first[-2:] == [None, None], "undated stay last when sorting up too"


def test_the_activity_count_and_ids_read_one_index(store: Store) -> None:
    count = _plan(store, "select count(*) from activities where deleted_at is null")
    ids = _plan(store, "select id from activities where deleted_at is null order by start_date desc, id")
    assert "COVERING INDEX idx_activities_start_date_listed" in count
    assert "COVERING INDEX idx_activities_start_date_listed" in ids


def test_to_finish_reads_only_the_marked_rows(store: Store) -> None:
    for table in ("sessions", "activities", "notes"):
        plan = _plan(store, f"select id from {table} where finish_later = 1 and deleted_at is null")
        assert f"INDEX idx_{table}_finish_later" in plan, plan


def test_an_existing_database_gains_the_indexes_on_upgrade(db_path: Path) -> None:
    store = Store.open(db_path)
    mentee = store.people.add(Person(full_name="Asha Patel", kind=PersonKind.MENTEE))
    store.sessions.add(Session(mentee_id=mentee.id, session_date=date(2026, 3, 12)))
    store.db.execute("drop index idx_activities_start_date_listed")
    store.db.execute("delete from _sqlite_migrations where name = 'm013_indexes_for_lists'")
    store.db.conn.commit()
    store.close()
    reopened = Store.open(db_path)
    try:
        names = {
            str(row[0]) for row in reopened.db.execute("select name from sqlite_master where type = 'index'")
        }
        assert {"idx_activities_start_date_listed", "idx_sessions_finish_later"} <= names
        assert [s.session_date for s in reopened.sessions.for_mentee(mentee.id)] == [date(2026, 3, 12)]
    finally:
        reopened.close()


def test_home_finds_each_mentees_last_held_session_in_one_index(store: Store) -> None:
    plan = _plan(store, CASELOAD.replace(":today", "'2026-12-03'"))
    assert "INDEX idx_sessions_held (mentee_id=?)" in plan, plan
