"""A database written by an earlier schema opens, is backed up first, and keeps every record."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from leadapp.store.activities import ActivityQuery
from leadapp.store.sessions import SessionQuery
from leadapp.store.store import Store

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
MENTEE = "00000000-0000-4000-8000-000000000002"


def test_upgrade_from_m001_backs_up_and_keeps_everything(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / "schema-m001.sqlite3", path)
    store = Store.open(path)
    [backup] = list((tmp_path / "backups").glob("old-*-before-upgrade.sqlite3"))
    copy = sqlite3.connect(backup)
    try:
        assert [r[0] for r in copy.execute("select name from _sqlite_migrations")] == ["m001_initial_schema"]
        assert copy.execute("select count(*) from people").fetchone()[0] == 2
        assert copy.execute("pragma integrity_check").fetchone()[0] == "ok"
    finally:
        copy.close()
    applied = [row[0] for row in store.db.execute("select name from _sqlite_migrations order by rowid")]
    assert applied == [
        "m001_initial_schema",
        "m002_full_text_without_stemming",
        "m003_activity_dates_index",
        "m011_assessment_evidence_and_objective_statuses",
        "m012_cpd_profiles_and_equity_choice",
        "m010_exchange",
        "m013_indexes_for_lists",
        "m014_action_sessions",
        "m015_full_text_merged_after_the_save",
        "m016_actions_in_list_order",
        "m017_sessions_held",
        "m018_caseload_standing",
    ]
    assert store.people.owner().full_name == "Morgan Hale"
    assert not store.people.owner().equity_recorded
    assert store.cpd_profiles.for_person(store.people.owner().id) is None
    assert (
        store.sessions.get("00000000-0000-4000-8000-000000000003").mentor_private == "Worried about workload"
    )
    assert store.settings.get("owner_role") == "mentor"
    assert [a.text for a in store.actions.for_session("00000000-0000-4000-8000-000000000003")] == [
        "Draft the business case"
    ]
    store.close()


def test_after_upgrade_every_prefix_of_a_word_finds_it(tmp_path: Path) -> None:
    """Search as you type: no prefix of a stored word may lose the match on the way to the whole word."""
    path = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / "schema-m001.sqlite3", path)
    store = Store.open(path)
    for word in ("community", "delivered"):
        for end in range(3, len(word) + 1):
            typed = word[:end]
            assert store.sessions.count_listing(SessionQuery(text=typed)) == 1, typed
            assert store.activities.count_listing(ActivityQuery(person_id=MENTEE, text=typed)) == 1, typed
    assert store.sessions.count_listing(SessionQuery(text="workload")) == 0
    assert store.sessions.count_listing(SessionQuery(text="workload", include_private=True)) == 1
    store.close()


def test_the_fixture_itself_is_at_schema_m001() -> None:
    connection = sqlite3.connect(FIXTURES / "schema-m001.sqlite3")
    try:
        names = [row[0] for row in connection.execute("select name from _sqlite_migrations")]
    finally:
        connection.close()
    assert names == ["m001_initial_schema"]
