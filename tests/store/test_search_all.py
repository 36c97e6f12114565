"""The one search over sessions, activities, actions and notes, against a real database file."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from leadapp.domain.activities import Activity
from leadapp.domain.enums import OwnerRole, PersonKind, SessionStatus, Visibility
from leadapp.domain.notes import Note
from leadapp.domain.people import Person
from leadapp.domain.search_all import HitKind
from leadapp.domain.sessions import Action, Session
from leadapp.domain.sharing import SharingScope
from leadapp.store import search_all
from leadapp.store.search_all import EverywhereQuery, search_everywhere
from leadapp.store.sessions import MARK_END, MARK_START
from leadapp.store.store import Store

DAY = date(2026, 3, 2)


@pytest.fixture
def people(store: Store) -> tuple[Person, Person, Person]:
    owner = store.people.add(Person(full_name="Morgan Hale", kind=PersonKind.MENTOR, is_owner=True))
    asha = store.people.add(Person(full_name="Asha Patel"))
    tom = store.people.add(Person(full_name="Tom Reilly"))
    return owner, asha, tom


@pytest.fixture
def records(store: Store, people: tuple[Person, Person, Person]) -> dict[str, str]:
    owner, asha, tom = people
    held = store.sessions.add(
        Session(
            mentee_id=asha.id,
            session_date=DAY,
            status=SessionStatus.HELD,
            shared_notes="We talked about chairing the falls meeting",
            mentor_private="Worried about chairing confidence",
            mentee_private="Mentee secret chairing fear",
        )
    )
    toms = store.sessions.add(
        Session(mentee_id=tom.id, session_date=DAY, status=SessionStatus.HELD, agenda="Chairing the huddle")
    )
    activity = store.activities.add(
        Activity(
            person_id=asha.id, title="Chaired the falls group", start_date=DAY, outcomes="Chairing went well"
        )
    )
    own_activity = store.activities.add(Activity(person_id=owner.id, title="Chairing course for mentors"))
    action = store.actions.add(
        Action(mentee_id=asha.id, session_id=held.id, text="Chair next month's huddle")
    )
    shared = store.notes.add(Note(person_id=asha.id, noted_on=DAY, body="Chairing idea: rotate the chair"))
    mine = store.notes.add(
        Note(
            person_id=asha.id, noted_on=DAY, body="Chairing worry noted", visibility=Visibility.MENTOR_PRIVATE
        )
    )
    theirs = store.notes.add(
        Note(person_id=asha.id, noted_on=DAY, body="Chairing dread", visibility=Visibility.MENTEE_PRIVATE)
    )
    return {
        "held": held.id,
        "toms": toms.id,
        "activity": activity.id,
        "own_activity": own_activity.id,
        "action": action.id,
        "shared": shared.id,
        "mine": mine.id,
        "theirs": theirs.id,
    }


def ids(hits) -> set[str]:
    return {hit.record_id for hit in hits}


def test_every_kind_is_found_with_the_words_marked(store: Store, records: dict[str, str]) -> None:
    hits = search_everywhere(store, EverywhereQuery("chair", include_private=True))
    kinds = {hit.kind for hit in hits}
    assert kinds == {HitKind.SESSION, HitKind.ACTIVITY, HitKind.ACTION, HitKind.NOTE}
    activity = next(hit for hit in hits if hit.record_id == records["activity"])
    assert activity.title == "Chaired the falls group" and activity.person_name == "Asha Patel"
    assert f"{MARK_START}Chaired{MARK_END}" in activity.passage
    action = next(hit for hit in hits if hit.kind is HitKind.ACTION)
    assert action.session_id == records["held"]


def test_private_text_only_while_shown_and_only_the_owners(store: Store, records: dict[str, str]) -> None:
    shown = search_everywhere(store, EverywhereQuery("worried", include_private=True))
    assert ids(shown) == {records["held"]}
    assert "Worried" in shown[0].passage
    assert search_everywhere(store, EverywhereQuery("worried", include_private=False)) == []
    assert search_everywhere(store, EverywhereQuery("secret", include_private=True)) == []
    assert ids(search_everywhere(store, EverywhereQuery("secret", OwnerRole.MENTEE, True))) == {
        records["held"]
    }
    notes = {h.record_id for h in search_everywhere(store, EverywhereQuery("chairing", include_private=True))}
    assert records["mine"] in notes and records["theirs"] not in notes
    hidden = {h.record_id for h in search_everywhere(store, EverywhereQuery("chairing"))}
    assert records["shared"] in hidden and records["mine"] not in hidden and records["theirs"] not in hidden
    for hit in search_everywhere(store, EverywhereQuery("chairing")):
        assert "Worried" not in hit.passage and "secret" not in hit.passage


def test_while_sharing_other_mentees_never_appear(
    store: Store, records: dict[str, str], people: tuple[Person, Person, Person]
) -> None:
    _, asha, _tom = people
    everyone = ids(search_everywhere(store, EverywhereQuery("chairing")))
    assert records["toms"] in everyone
    sharing = ids(search_everywhere(store, EverywhereQuery("chairing", scope=SharingScope(True, asha.id))))
    assert records["toms"] not in sharing
    assert records["held"] in sharing and records["own_activity"] in sharing
    nobody = ids(search_everywhere(store, EverywhereQuery("chairing", scope=SharingScope(True, None))))
    assert nobody == {records["own_activity"]}


def test_deleted_records_are_not_found(store: Store, records: dict[str, str]) -> None:
    store.activities.delete(records["activity"])
    assert records["activity"] not in ids(search_everywhere(store, EverywhereQuery("chaired")))


def test_newest_first_in_both_plans(store: Store, people, monkeypatch) -> None:
    _, asha, _ = people
    for n in range(12):
        store.sessions.add(
            Session(
                mentee_id=asha.id,
                session_date=DAY - timedelta(days=(n * 7) % 12),
                status=SessionStatus.HELD,
                agenda=f"Budget review {n}",
            )
        )
        store.activities.add(
            Activity(
                person_id=asha.id, title=f"Budget bid {n}", start_date=DAY - timedelta(days=(n * 5) % 12)
            )
        )
    query = EverywhereQuery("budget", per_kind=5)
    sparse = search_everywhere(store, query)
    monkeypatch.setattr(search_all, "DENSE", 3)
    dense = search_everywhere(store, query)
    for hits in (sparse, dense):
        for kind in (HitKind.SESSION, HitKind.ACTIVITY):
            dates = [hit.on for hit in hits if hit.kind is kind]
            assert len(dates) == 5
            assert dates == sorted(dates, reverse=True)
            assert dates[0] == DAY
    assert [h.on for h in sparse] == [h.on for h in dense]


def test_any_typing_is_a_safe_query(store: Store, records: dict[str, str]) -> None:
    for text in ['"', "chair*", "NEAR(", "a OR", "-", "{x}:", "a " * 500]:
        search_everywhere(store, EverywhereQuery(text, include_private=True))
    assert search_everywhere(store, EverywhereQuery("   ")) == []
