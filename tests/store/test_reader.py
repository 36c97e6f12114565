"""The background reader sees what the app wrote, and can never write itself."""

from __future__ import annotations

import pytest

from leadapp.domain.people import Person
from leadapp.store.errors import NotADatabaseError, StoreError
from leadapp.store.store import Store


def test_reader_sees_committed_data_and_cannot_write(store: Store, db_path) -> None:
    person = store.people.add(Person(full_name="Asha Patel"))
    reader = Store.open_reader(db_path)
    try:
        assert reader.people.get(person.id).full_name == "Asha Patel"
        with pytest.raises(StoreError):
            reader.people.add(Person(full_name="Written by a worker"))
    finally:
        reader.close()
    assert [p.full_name for p in store.people.listing()] == ["Asha Patel"]


def test_reader_refuses_a_file_that_is_not_a_database(tmp_path) -> None:
    other = tmp_path / "notes.txt"
    other.write_text("hello")
    with pytest.raises(NotADatabaseError):
        Store.open_reader(other)
