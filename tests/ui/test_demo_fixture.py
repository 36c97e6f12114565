"""The demo caseload copied in by the `demo_store` fixture is what writing it into the store gives."""

from __future__ import annotations

from pathlib import Path

from leadapp.demo import write_demo
from leadapp.store.store import Store

TABLES = ["people", "relationships", "sessions", "actions", "activities", "evidence", "notes", "leap_plans"]


def counts(store: Store) -> dict[str, int]:
    return {table: store.db.execute(f"select count(*) from {table}").fetchone()[0] for table in TABLES}


def test_the_copied_demo_matches_one_written_here(demo_store: Store, tmp_path: Path) -> None:
    written = Store.open(tmp_path / "written.sqlite3")
    try:
        write_demo(written)
        assert counts(demo_store) == counts(written)
        assert counts(demo_store)["sessions"] > 0
        assert demo_store.settings.get("owner_role") == written.settings.get("owner_role") == "mentor"
        assert demo_store.db.execute("pragma quick_check").fetchone()[0] == "ok"
    finally:
        written.close()


def test_each_test_gets_its_own_copy(demo_store: Store, db_path: Path) -> None:
    assert demo_store.path == db_path
    demo_store.db.execute("delete from actions")
    demo_store.db.conn.commit()
    assert counts(demo_store)["actions"] == 0


def test_a_change_in_one_test_is_not_in_the_next(demo_store: Store) -> None:
    assert counts(demo_store)["actions"] > 0
