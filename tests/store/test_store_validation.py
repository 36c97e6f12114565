"""The store refuses, in its own words, values no screen can produce: an import will send them one day.

A value that is valid comes back exactly as written; an invalid one raises the store's own error type
(never UnicodeEncodeError, OverflowError or a silently stored nonsense value) and writes nothing.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from leadapp.domain.activities import Activity, Evidence
from leadapp.domain.enums import EvidenceKind, PersonKind, SessionMode, SessionStatus
from leadapp.domain.people import Person
from leadapp.domain.sessions import Session
from leadapp.store.errors import StoreError
from leadapp.store.store import Store
from leadapp.store.validation import InvalidValueError

LONE_SURROGATE = "Notes \ud800 from the session"


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, str, str]]:
    store = Store.open(Path(tmp_path_factory.mktemp("validation")) / "leadapp.sqlite3")
    mentee = store.people.add(Person(full_name="Ama Owusu"))
    activity = store.activities.add(Activity(person_id=mentee.id, title="Audit"))
    yield store, mentee.id, activity.id
    store.close()


def sessions_in(store: Store) -> int:
    return int(store.db.execute("select count(*) from sessions").fetchone()[0])


def test_a_lone_surrogate_is_refused_in_the_stores_words(shared) -> None:
    store, mentee_id, _activity_id = shared
    before = sessions_in(store)
    with pytest.raises(StoreError, match="shared notes"):
        store.sessions.add(
            Session(mentee_id=mentee_id, session_date=date(2026, 3, 2), shared_notes=LONE_SURROGATE)
        )
    assert sessions_in(store) == before


def test_a_negative_duration_is_refused_not_stored(shared) -> None:
    store, mentee_id, _activity_id = shared
    before = sessions_in(store)
    with pytest.raises(StoreError, match="duration"):
        store.sessions.add(Session(mentee_id=mentee_id, session_date=date(2026, 3, 2), duration_min=-30))
    assert sessions_in(store) == before


def test_an_integer_sqlite_cannot_hold_is_refused_not_an_overflow(shared) -> None:
    store, _mentee_id, activity_id = shared
    with pytest.raises(StoreError, match="size"):
        store.evidence.add(Evidence(activity_id=activity_id, kind=EvidenceKind.NOTE, size=2**63))


def test_an_update_with_an_invalid_value_leaves_the_stored_record_as_it_was(shared) -> None:
    store, mentee_id, _activity_id = shared
    saved = store.sessions.add(Session(mentee_id=mentee_id, session_date=date(2026, 3, 2), reflection="Kept"))
    with pytest.raises(StoreError):
        store.sessions.update(dataclasses.replace(saved, reflection=LONE_SURROGATE))
    assert store.sessions.get(saved.id).reflection == "Kept"


def test_a_setting_with_a_lone_surrogate_is_refused(shared) -> None:
    store, _mentee_id, _activity_id = shared
    with pytest.raises(StoreError, match="setting"):
        store.settings.set("theme", "\udfff")


# Text a person can type: anything but a lone surrogate or a null character.
typed_text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=60)
bad_text = st.one_of(
    st.builds(lambda a, s, b: a + s + b, typed_text, st.characters(whitelist_categories=("Cs",)), typed_text),
    st.builds(lambda a, b: a + "\x00" + b, typed_text, typed_text),
    st.integers(),
    st.binary(max_size=5),
)
bad_integer = st.one_of(
    st.integers(max_value=-1),
    st.integers(min_value=24 * 60 + 1),
    st.integers(min_value=2**63),
    st.floats(allow_nan=True),
    st.text(max_size=3),
    st.booleans(),
)
bad_date = st.one_of(st.datetimes(), st.text(max_size=10), st.integers(), st.none())
bad_enum = st.one_of(st.text(max_size=10), st.integers(), st.sampled_from(list(SessionMode)))


@st.composite
def valid_sessions(draw: st.DrawFn, mentee_id: str) -> Session:
    return Session(
        mentee_id=mentee_id,
        session_date=draw(st.dates()),
        status=draw(st.sampled_from(list(SessionStatus))),
        start_time=draw(typed_text),
        duration_min=draw(st.integers(0, 24 * 60)),
        mode=draw(st.sampled_from(list(SessionMode))),
        location=draw(typed_text),
        agenda=draw(typed_text),
        shared_notes=draw(typed_text),
        reflection=draw(typed_text),
        mentor_private=draw(typed_text),
        mentee_private=draw(typed_text),
        categories=draw(st.lists(typed_text, max_size=4)),
        next_session_date=draw(st.none() | st.dates()),
        finish_later=draw(st.booleans()),
    )


INVALID_FIELDS = {
    "shared_notes": bad_text,
    "mentor_private": bad_text,
    "duration_min": bad_integer,
    "session_date": bad_date,
    "next_session_date": st.one_of(st.datetimes(), st.text(max_size=10)),
    "status": bad_enum,
    "categories": st.one_of(st.lists(bad_text, min_size=1, max_size=3), st.text(max_size=3)),
    "finish_later": st.one_of(st.integers(), st.none(), st.text(max_size=2)),
    "mentee_id": st.one_of(st.none(), bad_text),
}


def comparable(session: Session) -> dict[str, object]:
    values = dataclasses.asdict(session)
    for stamp in ("created_at", "updated_at"):
        values.pop(stamp)
    return values


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_valid_values_round_trip_and_invalid_ones_raise_only_the_stores_error(shared, data) -> None:
    store, mentee_id, _activity_id = shared
    session = data.draw(valid_sessions(mentee_id))
    if data.draw(st.booleans(), label="make it invalid"):
        field = data.draw(st.sampled_from(sorted(INVALID_FIELDS)), label="field")
        bad = data.draw(INVALID_FIELDS[field], label="value")
        session = dataclasses.replace(session, **{field: bad})
        before = sessions_in(store)
        try:
            store.sessions.add(session)
        except StoreError:
            pass
        else:
            pytest.fail(f"{field}={bad!r} was stored")
        assert sessions_in(store) == before
        return
    saved = store.sessions.add(session)
    assert comparable(store.sessions.get(saved.id)) == comparable(session)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    content=st.binary(max_size=200),
    size=st.one_of(st.integers(0, 2**63 - 1), st.integers(min_value=2**63), st.integers(max_value=-1)),
    when=st.one_of(st.dates(), st.datetimes()),
)
def test_evidence_sizes_and_dates_are_checked_too(shared, content: bytes, size: int, when: date) -> None:
    store, mentee_id, activity_id = shared
    evidence = Evidence(activity_id=activity_id, kind=EvidenceKind.FILE, content=content, size=size)
    valid = 0 <= size <= 2**63 - 1
    try:
        saved = store.evidence.add(evidence)
    except StoreError:
        assert not valid
    else:
        assert valid
        found = store.evidence.get(saved.id)
        assert (found.content, found.size) == (content, size)
    activity = Activity(person_id=mentee_id, title="Dated", start_date=when)
    if isinstance(when, datetime):
        with pytest.raises(StoreError, match="start date"):
            store.activities.add(activity)
    else:
        assert store.activities.get(store.activities.add(activity).id).start_date == when


def test_a_save_of_changed_fields_and_a_single_field_set_are_checked_too(store: Store) -> None:
    """The field-level writes (two windows, an import, start and end of a session) meet the same checks."""
    mentee = store.people.add(Person(full_name="Asha Patel", kind=PersonKind.MENTEE))
    session = store.sessions.add(Session(mentee_id=mentee.id, session_date=date(2026, 3, 12)))
    with pytest.raises(InvalidValueError):
        store.sessions.save_edits(session, dataclasses.replace(session, duration_min=-30))
    with pytest.raises(InvalidValueError):
        store.sessions.set_fields(session.id, shared_notes="half \ud800 a character")
    assert store.sessions.get(session.id) == session
