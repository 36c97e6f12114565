"""The people list (filters, order, archive) and per-database settings."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from leadapp.domain.enums import PersonKind, RelationshipKind
from leadapp.domain.people import Person, Relationship
from leadapp.store.store import Store


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "leadapp.sqlite3"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    opened = Store.open(db_path)
    yield opened
    opened.close()


@pytest.fixture
def caseload(store: Store) -> dict[str, Person]:
    """An owner named to sort last, so 'owner first' is not an accident of the alphabet."""
    people = [
        Person(full_name="Zara Owens", kind=PersonKind.MENTOR, is_owner=True, organisation="Northfield"),
        Person(full_name="tom Reilly", kind=PersonKind.MENTEE, organisation="Northfield Ambulance"),
        Person(full_name="Asha Patel", kind=PersonKind.MENTEE, organisation="Southgate Hospitals"),
        Person(full_name="Grace Mensah", kind=PersonKind.MENTEE, organisation="Eastbrook Trust"),
        Person(full_name="Priya Nair", kind=PersonKind.CHAMPION, organisation="Northfield"),
        Person(full_name="Ben Coachman", kind=PersonKind.COACH, organisation="Independent"),
    ]
    added = {p.full_name: store.people.add(p) for p in people}
    store.people.archive(added["Grace Mensah"].id)
    return added


def _names(people: list[Person]) -> list[str]:
    return [p.full_name for p in people]


def test_owner(store: Store, caseload: dict[str, Person]) -> None:
    owner = store.people.owner()
    assert owner is not None
    assert owner.id == caseload["Zara Owens"].id
    assert owner.is_owner


def test_no_owner_in_a_new_database(store: Store) -> None:
    assert store.people.owner() is None


def test_listing_puts_the_owner_first_then_names_ignoring_case(
    store: Store, caseload: dict[str, Person]
) -> None:
    assert _names(store.people.listing()) == [
        "Zara Owens",
        "Asha Patel",
        "Ben Coachman",
        "Priya Nair",
        "tom Reilly",
    ]


def test_archived_people_are_hidden_unless_asked_for(store: Store, caseload: dict[str, Person]) -> None:
    assert "Grace Mensah" not in _names(store.people.listing())
    with_archived = store.people.listing(include_archived=True)
    assert _names(with_archived)[-1] == "Grace Mensah", "archived people come after the active ones"
    assert len(with_archived) == len(caseload)


@pytest.mark.parametrize(
    ("kinds", "expected"),
    [
        ([PersonKind.MENTEE], ["Asha Patel", "tom Reilly"]),
        ([PersonKind.CHAMPION, PersonKind.COACH], ["Ben Coachman", "Priya Nair"]),
        ([PersonKind.OTHER], []),
        (None, ["Zara Owens", "Asha Patel", "Ben Coachman", "Priya Nair", "tom Reilly"]),
    ],
)
def test_listing_by_kind(
    store: Store, caseload: dict[str, Person], kinds: list[PersonKind] | None, expected: list[str]
) -> None:
    assert _names(store.people.listing(kinds)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("patel", ["Asha Patel"]),
        ("TOM", ["tom Reilly"]),
        ("northfield", ["Zara Owens", "Priya Nair", "tom Reilly"]),
        ("AMBULANCE", ["tom Reilly"]),
        ("  coach  ", ["Ben Coachman"]),
        ("nobody", []),
        ("", ["Zara Owens", "Asha Patel", "Ben Coachman", "Priya Nair", "tom Reilly"]),
    ],
)
def test_listing_by_text_in_name_or_organisation(
    store: Store, caseload: dict[str, Person], text: str, expected: list[str]
) -> None:
    assert _names(store.people.listing(text=text)) == expected


@pytest.mark.parametrize(
    ("kinds", "include_archived", "text"),
    [
        (None, False, ""),
        (None, True, ""),
        ([PersonKind.MENTEE], False, ""),
        ([PersonKind.MENTEE], True, ""),
        (None, True, "north"),
        ([PersonKind.MENTEE, PersonKind.CHAMPION], False, "north"),
        ([PersonKind.MENTEE], True, "e"),
    ],
)
def test_count_listing_agrees_with_listing(
    store: Store,
    caseload: dict[str, Person],
    kinds: list[PersonKind] | None,
    include_archived: bool,
    text: str,
) -> None:
    listed = store.people.listing(kinds, include_archived, text)
    assert store.people.count_listing(kinds, include_archived, text) == len(listed)


def test_listing_pages(store: Store, caseload: dict[str, Person]) -> None:
    everyone = store.people.listing()
    pages = store.people.listing(limit=2) + store.people.listing(limit=2, offset=2)
    pages += store.people.listing(limit=2, offset=4)
    assert pages == everyone


def test_mentees(store: Store, caseload: dict[str, Person]) -> None:
    assert _names(store.people.mentees()) == ["Asha Patel", "tom Reilly"]
    assert _names(store.people.mentees(include_archived=True)) == ["Asha Patel", "tom Reilly", "Grace Mensah"]


def test_mentee_choices_are_the_mentee_listing_in_five_columns(
    store: Store, caseload: dict[str, Person]
) -> None:
    """The switcher's light rows: current mentees only, in the listing's order, with what a label needs."""
    store.people.add(
        Person(full_name="Owen Self", kind=PersonKind.MENTEE, is_owner=False, profession="physiotherapist")
    )
    store.people.set_fields(caseload["Asha Patel"].id, profession="other", profession_other="Play specialist")
    store.people.delete(caseload["tom Reilly"].id)

    choices = store.people.mentee_choices()

    listed = store.people.listing([PersonKind.MENTEE])
    assert [c.id for c in choices] == [p.id for p in listed]
    assert [c.full_name for c in choices] == ["Asha Patel", "Owen Self"]
    asha = choices[0]
    assert (asha.profession, asha.profession_other, asha.is_owner) == ("other", "Play specialist", False)
    assert choices[1].profession == "physiotherapist"


def test_archive_and_restore(store: Store, caseload: dict[str, Person]) -> None:
    asha = caseload["Asha Patel"]
    archived = store.people.archive(asha.id)
    assert archived.archived
    assert store.people.get(asha.id).archived_at == archived.archived_at
    assert "Asha Patel" not in _names(store.people.listing())

    restored = store.people.restore(asha.id)
    assert not restored.archived
    assert not store.people.get(asha.id).archived
    assert "Asha Patel" in _names(store.people.listing())


def test_a_deleted_person_leaves_the_listing(store: Store, caseload: dict[str, Person]) -> None:
    store.people.delete(caseload["Asha Patel"].id)
    assert "Asha Patel" not in _names(store.people.listing(include_archived=True))
    assert store.people.count_listing(include_archived=True) == len(caseload) - 1


def test_relationships_for_person_from_both_sides(store: Store, caseload: dict[str, Person]) -> None:
    owner, asha, tom, priya = (caseload[n] for n in ("Zara Owens", "Asha Patel", "tom Reilly", "Priya Nair"))
    with_asha = store.relationships.add(
        Relationship(mentor_id=owner.id, mentee_id=asha.id, start_date=date(2024, 1, 1))
    )
    with_tom = store.relationships.add(
        Relationship(mentor_id=owner.id, mentee_id=tom.id, start_date=date(2025, 1, 1))
    )
    championing = store.relationships.add(
        Relationship(mentor_id=priya.id, mentee_id=tom.id, kind=RelationshipKind.CHAMPION)
    )

    assert store.relationships.for_person(owner.id) == [with_tom, with_asha], "newest start first"
    assert store.relationships.for_person(asha.id) == [with_asha]
    assert store.relationships.for_person(tom.id) == [with_tom, championing], "undated last"
    assert store.relationships.for_person(priya.id) == [championing]
    assert store.relationships.for_person(caseload["Ben Coachman"].id) == []


def test_a_deleted_relationship_is_not_listed(store: Store, caseload: dict[str, Person]) -> None:
    owner, asha = caseload["Zara Owens"], caseload["Asha Patel"]
    relationship = store.relationships.add(Relationship(mentor_id=owner.id, mentee_id=asha.id))
    store.relationships.delete(relationship.id)
    assert store.relationships.for_person(asha.id) == []


def test_settings_default_set_and_overwrite(store: Store) -> None:
    assert store.settings.get("theme") == ""
    assert store.settings.get("theme", "light") == "light"
    store.settings.set("theme", "dark")
    assert store.settings.get("theme", "light") == "dark"
    store.settings.set("theme", "high_contrast")
    assert store.settings.get("theme") == "high_contrast"
    count = store.db.execute("select count(*) from settings where key = 'theme'").fetchone()[0]
    assert count == 1, "an overwrite updates the row rather than adding one"


def test_settings_persist_across_reopen(db_path: Path) -> None:
    store = Store.open(db_path)
    store.settings.set("owner_role", "mentee")
    store.settings.set("text_size", "large")
    store.close()

    reopened = Store.open(db_path)
    try:
        assert reopened.settings.get("owner_role") == "mentee"
        assert reopened.settings.get("text_size") == "large"
        assert reopened.settings.get("missing", "fallback") == "fallback"
    finally:
        reopened.close()


def test_people_persist_across_reopen(db_path: Path) -> None:
    store = Store.open(db_path)
    store.people.add(Person(full_name="Morgan Hale", kind=PersonKind.MENTOR, is_owner=True))
    store.close()

    reopened = Store.open(db_path)
    try:
        owner = reopened.people.owner()
        assert owner is not None
        assert owner.full_name == "Morgan Hale"
    finally:
        reopened.close()


def test_typed_wildcards_are_searched_literally(tmp_path) -> None:
    from leadapp.domain.people import Person
    from leadapp.store.store import Store

    opened = Store.open(tmp_path / "w.sqlite3")
    opened.people.add(Person(full_name="Ann 100% Smith"))
    opened.people.add(Person(full_name="Bob Jones"))
    assert [p.full_name for p in opened.people.listing(text="%")] == ["Ann 100% Smith"]
    assert opened.people.listing(text="_") == []
    opened.close()
