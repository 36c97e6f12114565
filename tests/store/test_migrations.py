"""Opening a database file: schema creation, idempotence, pragmas, and refusing files that are not ours."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database

from leadapp.domain.people import Person
from leadapp.store import migrations
from leadapp.store.changes import Changes
from leadapp.store.database import backup_before_migration, open_database
from leadapp.store.errors import NewerSchemaError, NotADatabaseError, StoreError
from leadapp.store.people import PeopleRepository
from leadapp.store.wal_sync import LONGEST_FRAMES, SyncedConnection


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "leadapp.sqlite3"


@pytest.fixture
def opened(db_path: Path) -> Iterator[Database]:
    db = open_database(db_path)
    yield db
    db.close()


def _snapshot(path: Path) -> tuple[list[tuple], list[tuple]]:
    """The applied migrations and the whole schema, read with a plain connection."""
    conn = sqlite3.connect(path)
    try:
        applied = conn.execute("select * from _sqlite_migrations order by id").fetchall()
        schema = conn.execute("select type, name, tbl_name, sql from sqlite_master order by name").fetchall()
    finally:
        conn.close()
    return applied, schema


def _expected_tables() -> set[str]:
    fts = {f"{name}_fts" for name in migrations.FULL_TEXT}
    return set(migrations.TABLES) | set(migrations.M012_TABLES) | fts | {"_sqlite_migrations"}


def test_a_new_file_gets_every_table_and_the_full_text_tables(opened: Database) -> None:
    tables = set(opened.table_names())
    assert _expected_tables() <= tables
    for name, fts_columns in migrations.FULL_TEXT.items():
        assert opened.table(name).detect_fts() == f"{name}_fts"
        assert set(fts_columns) <= {c.name for c in opened.table(f"{name}_fts").columns}


def test_every_table_has_the_record_columns_and_its_own(opened: Database) -> None:
    for name, columns in {**migrations.TABLES, **migrations.M012_TABLES}.items():
        if name == "people":
            columns = {**columns, **migrations.M012_PEOPLE_COLUMNS}
        actual = {c.name for c in opened.table(name).columns}
        added = set(migrations.M011_COLUMNS.get(name, {}))
        assert set(migrations.RECORD) | set(columns) | added == actual, name
        assert opened.table(name).pks == ["id"]


def test_the_applied_migrations_are_recorded(opened: Database) -> None:
    assert [m.name for m in migrations.migrations.applied(opened)] == [
        m.name for m in migrations.migrations._migrations
    ]
    assert migrations.migrations.pending(opened) == []


def test_opening_again_is_a_no_op(db_path: Path) -> None:
    open_database(db_path).close()
    before = _snapshot(db_path)
    open_database(db_path).close()
    assert _snapshot(db_path) == before


def test_connection_pragmas(opened: Database) -> None:
    def pragma(name: str) -> object:
        return opened.execute(f"PRAGMA {name}").fetchone()[0]

    assert pragma("journal_mode") == "wal"
    assert pragma("foreign_keys") == 1
    # NORMAL with the WAL fsync-ed by the connection's own syncer after every commit (wal_sync.py): a
    # committed change survives a power cut once that sync is done, and closing waits for it.
    assert pragma("synchronous") == 1
    assert pragma("wal_autocheckpoint") == LONGEST_FRAMES  # the syncer checkpoints at a tenth of it
    assert isinstance(opened.conn, SyncedConnection) and opened.conn.syncer is not None
    assert pragma("busy_timeout") > 0


def test_a_zero_length_file_opens_as_a_new_database(db_path: Path) -> None:
    """Some tools 'create' a database by touching the file; that must not count as damage."""
    db_path.touch()
    db = open_database(db_path)
    try:
        assert _expected_tables() <= set(db.table_names())
    finally:
        db.close()


def test_missing_folders_are_created(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "leadapp.sqlite3"
    open_database(path).close()
    assert path.is_file()


def test_a_newer_schema_is_refused_and_left_byte_identical(db_path: Path) -> None:
    open_database(db_path).close()
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute(
            "insert into _sqlite_migrations (migration_set, name, applied_at) values (?, ?, ?)",
            ["leadapp", "m999_from_the_future", "2030-01-01 00:00:00+00:00"],
        )
    conn.close()
    before = db_path.read_bytes()

    with pytest.raises(NewerSchemaError) as caught:
        open_database(db_path)

    assert caught.value.unknown == ["m999_from_the_future"]
    assert db_path.read_bytes() == before


def test_another_migration_sets_rows_are_not_a_newer_schema(db_path: Path) -> None:
    """_sqlite_migrations is shared by every migration set; only 'leadapp' rows are ours."""
    open_database(db_path).close()
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute(
            "insert into _sqlite_migrations (migration_set, name, applied_at) values (?, ?, ?)",
            ["someone_else", "m999_theirs", "2030-01-01 00:00:00+00:00"],
        )
    conn.close()
    open_database(db_path).close()


def test_a_text_file_is_refused_and_left_byte_identical(db_path: Path) -> None:
    db_path.write_text("Shopping list: milk, eggs, a better mentoring app.\n", encoding="utf-8")
    before = db_path.read_bytes()

    with pytest.raises(NotADatabaseError, match="not a LeadApp database"):
        open_database(db_path)

    assert db_path.read_bytes() == before


def test_a_file_with_a_damaged_header_is_refused(db_path: Path) -> None:
    open_database(db_path).close()
    data = bytearray(db_path.read_bytes())
    data[:16] = b"SQLite format 2\x00"
    db_path.write_bytes(bytes(data))

    with pytest.raises(NotADatabaseError):
        open_database(db_path)

    assert db_path.read_bytes() == bytes(data)


def test_another_programs_sqlite_file_is_refused_and_left_byte_identical(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute("create table photos (id integer primary key, caption text)")
        conn.execute("insert into photos (caption) values ('Team away day')")
    conn.close()
    before = db_path.read_bytes()

    with pytest.raises(StoreError):
        open_database(db_path).close()

    assert db_path.read_bytes() == before


def test_a_directory_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "folder.sqlite3"
    folder.mkdir()
    with pytest.raises(StoreError):
        open_database(folder)


def test_backup_before_migration_is_a_readable_copy(db_path: Path) -> None:
    db = open_database(db_path)
    people = PeopleRepository(db, db_path, Changes())
    people.add(Person(full_name="Asha Patel"))
    people.add(Person(full_name="Tom Reilly"))
    db.close()

    backup = backup_before_migration(db_path)

    assert backup != db_path
    assert backup.parent == db_path.parent / "backups"
    assert "before-upgrade" in backup.name
    original = sqlite3.connect(db_path)
    copy = sqlite3.connect(backup)
    try:
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        query = "select * from people order by id"
        assert copy.execute(query).fetchall() == original.execute(query).fetchall()
        assert len(copy.execute(query).fetchall()) == 2
        query = "select * from _sqlite_migrations order by id"
        assert copy.execute(query).fetchall() == original.execute(query).fetchall()
    finally:
        original.close()
        copy.close()
