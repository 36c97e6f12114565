"""The questions screens ask the store by name, on a real SQLite file, instead of passing it SQL."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from leadapp.domain.activities import Activity
from leadapp.domain.enums import OwnerRole, PersonKind, PlanStatus, SessionStatus
from leadapp.domain.leaps import LeapPlan
from leadapp.domain.people import Person, Relationship
from leadapp.domain.sessions import Action, Session
from leadapp.store.activities import ActivityQuery
from leadapp.store.store import Store

TODAY = date(2026, 3, 2)


def _day(days: int) -> date:
    return TODAY + timedelta(days=days)


@pytest.fixture
def asha(store: Store) -> Person:
    return store.people.add(Person(full_name="Asha Patel"))


@pytest.fixture
def tom(store: Store) -> Person:
    return store.people.add(Person(full_name="Tom Reilly"))


def _session(store: Store, mentee: Person, days: int, status: SessionStatus = SessionStatus.HELD) -> Session:
    return store.sessions.add(Session(mentee_id=mentee.id, session_date=_day(days), status=status))


# sessions ------------------------------------------------------------------------------------------------


def test_recent_sessions_are_the_mentees_newest_not_cancelled(
    store: Store, asha: Person, tom: Person
) -> None:
    old, cancelled, middle, newest = (
        _session(store, asha, -30),
        _session(store, asha, -20, SessionStatus.CANCELLED),
        _session(store, asha, -10),
        _session(store, asha, 7, SessionStatus.PLANNED),
    )
    removed = _session(store, asha, -5)
    store.sessions.delete(removed.id)
    _session(store, tom, -1)
    assert [s.id for s in store.sessions.recent_for(asha.id, 10)] == [newest.id, middle.id, old.id]
    assert [s.id for s in store.sessions.recent_for(asha.id, 2)] == [newest.id, middle.id]
    assert cancelled.id not in [s.id for s in store.sessions.recent_for(asha.id, 10)]


def test_recent_sessions_keep_the_one_a_record_is_linked_to(store: Store, asha: Person) -> None:
    linked = _session(store, asha, -90)
    newer = [_session(store, asha, -days) for days in (3, 2, 1)]
    shown = store.sessions.recent_for(asha.id, 3, keeping=linked.id)
    assert [s.id for s in shown] == [s.id for s in reversed(newer)] + [linked.id]
    assert len(store.sessions.recent_for(asha.id, 5, keeping=linked.id)) == 4, "listed once"
    assert len(store.sessions.recent_for(asha.id, 3, keeping="no-such-session")) == 3


def test_planned_after_is_the_mentees_later_planned_sessions(store: Store, asha: Person, tom: Person) -> None:
    now = _session(store, asha, 0, SessionStatus.IN_PROGRESS)
    later, sooner = (
        _session(store, asha, 28, SessionStatus.PLANNED),
        _session(store, asha, 14, SessionStatus.PLANNED),
    )
    _session(store, asha, -7, SessionStatus.PLANNED)
    _session(store, asha, 21)
    _session(store, tom, 14, SessionStatus.PLANNED)
    assert [s.id for s in store.sessions.planned_after(now)] == [sooner.id, later.id]


def test_a_relationships_sessions_include_the_pairs_unlinked_ones(store: Store, asha: Person) -> None:
    mentor = store.people.add(Person(full_name="Morgan Hale", kind=PersonKind.MENTOR))
    other = store.people.add(Person(full_name="Chris Coach", kind=PersonKind.COACH))
    pair = store.relationships.add(Relationship(mentor_id=mentor.id, mentee_id=asha.id))
    linked = store.sessions.add(
        Session(mentee_id=asha.id, mentor_id=mentor.id, relationship_id=pair.id, session_date=_day(-7))
    )
    unlinked = store.sessions.add(Session(mentee_id=asha.id, mentor_id=mentor.id, session_date=_day(-14)))
    store.sessions.add(Session(mentee_id=asha.id, mentor_id=other.id, session_date=_day(-3)))
    assert [s.id for s in store.sessions.for_relationship(pair)] == [unlinked.id, linked.id]


def test_every_action_of_a_mentee(store: Store, asha: Person, tom: Person) -> None:
    from leadapp.domain.enums import ActionStatus

    mine = [
        store.actions.add(Action(mentee_id=asha.id, text="Open")),
        store.actions.add(Action(mentee_id=asha.id, text="Done", status=ActionStatus.DONE)),
    ]
    store.actions.add(Action(mentee_id=tom.id, text="Not Asha's"))
    assert {a.id for a in store.actions.for_mentee(asha.id)} == {a.id for a in mine}


# activities ----------------------------------------------------------------------------------------------


def test_the_activity_listing_names_each_activitys_person(store: Store, asha: Person, tom: Person) -> None:
    first = store.activities.add(
        Activity(person_id=asha.id, title="Chair the falls group", start_date=_day(-9))
    )
    second = store.activities.add(
        Activity(person_id=tom.id, title="Shadow the director", start_date=_day(-3))
    )
    listed = store.activities.listing_with_names(ActivityQuery())
    assert [(r.activity.id, r.person_name) for r in listed] == [
        (second.id, "Tom Reilly"),
        (first.id, "Asha Patel"),
    ]
    assert [r.activity for r in listed] == store.activities.listing(ActivityQuery())

    store.people.set_fields(asha.id, full_name="Asha Patel-Okoro")
    store.people.delete(tom.id)
    by_ids = store.activities.with_names_by_ids([first.id, "missing", second.id])
    assert [(r.activity.id, r.person_name) for r in by_ids] == [
        (first.id, "Asha Patel-Okoro"),
        (second.id, ""),
    ], "a rename shows at the next read; a removed person is not named"
    paged = store.activities.listing_with_names(ActivityQuery(person_id=asha.id), limit=1, offset=0)
    assert [r.person_name for r in paged] == ["Asha Patel-Okoro"]
    assert store.activities.with_names_by_ids([]) == []


def test_latest_activities_by_when_they_ended_or_started(store: Store, asha: Person) -> None:
    ended = store.activities.add(
        Activity(person_id=asha.id, title="A", start_date=_day(-90), end_date=_day(-1))
    )
    started = store.activities.add(Activity(person_id=asha.id, title="B", start_date=_day(-5)))
    store.activities.add(Activity(person_id=asha.id, title="C", start_date=_day(-60)))
    assert [a.id for a in store.activities.latest_for(asha.id, 2)] == [ended.id, started.id]


# leap plans ----------------------------------------------------------------------------------------------


def test_active_and_open_plans(store: Store, asha: Person, tom: Person) -> None:
    def plan(person: Person, status: PlanStatus) -> LeapPlan:
        return store.leap_plans.add(LeapPlan(mentee_id=person.id, title=status.value, status=status))

    considering, committed, in_progress = (
        plan(asha, PlanStatus.CONSIDERING),
        plan(asha, PlanStatus.COMMITTED),
        plan(asha, PlanStatus.IN_PROGRESS),
    )
    plan(asha, PlanStatus.COMPLETED)
    plan(asha, PlanStatus.WITHDRAWN)
    toms = plan(tom, PlanStatus.IN_PROGRESS)
    removed = plan(asha, PlanStatus.COMMITTED)
    store.leap_plans.delete(removed.id)
    assert [p.id for p in store.leap_plans.open_for(asha.id)] == [
        considering.id,
        committed.id,
        in_progress.id,
    ]
    assert [p.id for p in store.leap_plans.active_for(asha.id)] == [committed.id, in_progress.id]
    assert [p.id for p in store.leap_plans.active()] == [committed.id, in_progress.id, toms.id]
    assert store.leap_plans.open_for(store.people.add(Person(full_name="New")).id) == []


# people --------------------------------------------------------------------------------------------------


def test_supporter_choices_for_a_mentees_record(store: Store, asha: Person) -> None:
    owner = store.people.add(Person(full_name="Morgan Hale", kind=PersonKind.MENTOR, is_owner=True))
    champion = store.people.add(Person(full_name="Chris Champion", kind=PersonKind.CHAMPION))
    coach = store.people.add(Person(full_name="Bea Coach", kind=PersonKind.COACH))
    archived = store.people.add(Person(full_name="Old Mentor", kind=PersonKind.MENTOR))
    store.people.archive(archived.id)
    names = [p.full_name for p in store.people.supporter_choices(asha.id)]
    assert names == [owner.full_name, coach.full_name, champion.full_name]
    kept = store.people.supporter_choices(asha.id, keeping=archived.id)
    assert [p.id for p in kept][-1] == archived.id
    other_mentee = store.people.add(Person(full_name="Tom Reilly"))
    assert [p.id for p in store.people.supporter_choices(asha.id, keeping=other_mentee.id)][
        -1
    ] == other_mentee.id


def test_a_mentee_owner_is_offered_as_supporter_only_on_others_records(store: Store, asha: Person) -> None:
    me = store.people.add(Person(full_name="Sam Li", kind=PersonKind.MENTEE, is_owner=True))
    mentor = store.people.add(Person(full_name="Morgan Hale", kind=PersonKind.MENTOR))
    assert [p.id for p in store.people.supporter_choices(me.id)] == [mentor.id]
    assert [p.id for p in store.people.supporter_choices(asha.id)] == [me.id, mentor.id]
    assert [p.id for p in store.people.supporter_choices(None)] == [me.id, mentor.id]


# settings ------------------------------------------------------------------------------------------------


def test_owner_role_is_a_mentors_unless_set(store: Store) -> None:
    assert store.settings.owner_role() is OwnerRole.MENTOR
    store.settings.set_owner_role(OwnerRole.MENTEE)
    assert store.settings.owner_role() is OwnerRole.MENTEE
    store.settings.set("owner_role", "astronaut")
    assert store.settings.owner_role() is OwnerRole.MENTOR


def test_appearance_is_kept_together(store: Store) -> None:
    heard: list[tuple[str, tuple[str, ...]]] = []
    store.changes.subscribe(lambda change: heard.append((change.table, change.ids)))
    assert (store.settings.theme("system"), store.settings.text_size(125)) == ("system", 125)
    store.settings.set_appearance("dark", 150)
    assert (store.settings.theme("system"), store.settings.text_size(125)) == ("dark", 150)
    assert heard == [("settings", ("theme", "text_size"))]
    store.settings.set("text_size", "large")
    assert store.settings.text_size(125) is None


def test_sharing_left_on_remembers_who_was_in_front(store: Store, asha: Person) -> None:
    assert store.settings.sharing_front() is None
    store.settings.remember_sharing(True)
    assert store.settings.sharing_front() == ""
    store.settings.remember_front(asha.id)
    assert store.settings.sharing_front() == asha.id
    store.settings.remember_sharing(False)
    assert store.settings.sharing_front() is None


def test_remembering_the_same_sharing_state_writes_nothing(store: Store) -> None:
    store.settings.remember_sharing(True)
    heard: list[str] = []
    store.changes.subscribe(lambda change: heard.append(change.table))
    store.settings.remember_sharing(True)
    store.settings.remember_front(None)
    assert heard == []
