"""The store reads on its connection and hands everything else to sqlite-utils, with the same results."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from leadapp.store import migrations
from leadapp.store.store import Store
from leadapp.store.store_database import StoreDatabase, first_keyword


def test_the_step_names_and_table_are_sqlite_utils_own(store: Store) -> None:
    registry = migrations.registry()
    assert migrations.names() == [step.name for step in registry._migrations]
    assert registry.migrations_table == migrations.MIGRATIONS_TABLE
    assert registry.name == migrations.MIGRATION_SET
    assert [m.name for m in registry.applied(store.db.utils)] == migrations.names()


def test_a_read_gives_the_rows_sqlite_utils_gives(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "x.sqlite3")
    db = StoreDatabase(conn)
    db.execute("create table t (id text, name text, id_2 text)")
    db.execute("insert into t values ('a', 'Asha', 'x'), ('b', 'Ben', 'y')")
    sql = "select t.id, t.name, u.id, t.id_2 from t join t as u on u.id = t.id order by t.id"
    assert list(db.query(sql)) == list(Database(conn, recursive_triggers=False).query(sql))
    assert list(db.query("select name from t where id = ?", ["b"])) == [{"name": "Ben"}]
    assert list(db.query(" /* lead */ with n as (select 1 as one) select one from n")) == [{"one": 1}]
    conn.close()


def test_a_write_is_committed_as_sqlite_utils_commits_it(tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite3"
    db = StoreDatabase(sqlite3.connect(path))
    db.execute("create table t (id text)")
    db.execute("insert into t values (?)", ["a"])
    assert not db.conn.in_transaction
    other = sqlite3.connect(path)
    assert other.execute("select id from t").fetchall() == [("a",)]
    other.close()
    db.close()


def test_reads_are_told_from_everything_else() -> None:
    assert first_keyword("  -- note\n  select 1") == "SELECT"
    assert first_keyword("/* x */ PRAGMA user_version") == "PRAGMA"
    assert first_keyword(";\ufeff insert into t values (1)") == "INSERT"


def test_an_opened_store_fires_triggers_recursively_as_before(store: Store) -> None:
    assert store.db.execute("pragma recursive_triggers").fetchone()[0] == 1
    assert store.db.execute("pragma foreign_keys").fetchone()[0] == 1
