"""Every record type survives a trip to the file and back, and the generic repository behaves."""

from __future__ import annotations

import dataclasses
import sqlite3
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from leadapp.domain.activities import Activity, Evidence, Objective
from leadapp.domain.assessments import Assessment, AssessmentRating
from leadapp.domain.cpd import CpdProfile
from leadapp.domain.enums import (
    ActionOwner,
    ActionStatus,
    ActivityStatus,
    EvidenceKind,
    Formality,
    Framework,
    LearningType,
    NoteKind,
    ObjectiveStatus,
    PersonKind,
    PlanStatus,
    Rater,
    Reach,
    RelationshipKind,
    Scope,
    SessionMode,
    SessionStatus,
    Setting,
    Visibility,
)
from leadapp.domain.leaps import LeapConcern, LeapMilestone, LeapPlan, LeapReview, LeapSupport
from leadapp.domain.notes import Note
from leadapp.domain.people import Person, Relationship
from leadapp.domain.records import Record
from leadapp.domain.sessions import Action, Session
from leadapp.store.changes import ChangeSet
from leadapp.store.errors import StoreError
from leadapp.store.repository import Repository
from leadapp.store.store import Store

# Fields the store fills or that would hide the record from get(): checked separately.
STORE_FIELDS = {"id", "created_at", "updated_at", "deleted_at"}

REPOSITORY = {
    Person: "people",
    Relationship: "relationships",
    Session: "sessions",
    Action: "actions",
    Activity: "activities",
    Evidence: "evidence",
    Objective: "objectives",
    Note: "notes",
    LeapPlan: "leap_plans",
    LeapConcern: "leap_concerns",
    LeapSupport: "leap_supports",
    LeapMilestone: "leap_milestones",
    LeapReview: "leap_reviews",
    Assessment: "assessments",
    AssessmentRating: "ratings",
    CpdProfile: "cpd_profiles",
}


def _default(field: dataclasses.Field[Any]) -> Any:
    if field.default is not dataclasses.MISSING:
        return field.default
    if field.default_factory is not dataclasses.MISSING:
        return field.default_factory()
    return dataclasses.MISSING


def assert_every_field_set(record: Record) -> None:
    """A field left at its default would round-trip by luck; this catches fields forgotten in the test."""
    for field in dataclasses.fields(record):
        if field.name in STORE_FIELDS:
            continue
        value = getattr(record, field.name)
        assert value not in (None, "", [], 0, False), f"{type(record).__name__}.{field.name} is empty"
        default = _default(field)
        if default is not dataclasses.MISSING:
            assert value != default, f"{type(record).__name__}.{field.name} is left at its default"


def full_records() -> list[Record]:
    """One record of every type, every field set, in an order where parents come before children."""
    mentee = Person(
        full_name="Asha Patel",
        kind=PersonKind.COACH,
        is_owner=True,
        profession="other",
        profession_other="Play specialist",
        band="band_7",
        organisation="Northfield NHS Trust",
        job_title="Clinical lead",
        career_stage="later_mid",
        aspirations="Lead a multi-professional service.",
        email="asha@example.org",
        notes="Prefers early mornings.",
        archived_at="2026-02-01T09:00:00.000000Z",
        equity_recorded=True,
        equity_description="Disabled",
    )
    mentor = Person(full_name="Morgan Hale", kind=PersonKind.MENTOR)
    relationship = Relationship(
        mentor_id=mentor.id,
        mentee_id=mentee.id,
        kind=RelationshipKind.RECIPROCAL,
        formality=Formality.INFORMAL,
        scope=Scope.EXTERNAL,
        start_date=date(2025, 1, 6),
        end_date=date(2026, 7, 31),
        goals="A band 8 role within two years.",
        frequency="Monthly",
        confidentiality="Between us.",
        notes="Met at the regional network.",
    )
    session = Session(
        mentee_id=mentee.id,
        session_date=date(2025, 3, 4),
        mentor_id=mentor.id,
        relationship_id=relationship.id,
        status=SessionStatus.CANCELLED,
        start_time="16:30",
        duration_min=45,
        mode=SessionMode.VIDEO,
        location="Teams",
        template="career_conversation",
        agenda="Where next",
        shared_notes="Shared notes",
        reflection="Reflection",
        mentor_private="Mentor only",
        mentee_private="Mentee only",
        categories=["leaps", "widening"],
        next_session_date=date(2025, 4, 1),
        finish_later=True,
    )
    action = Action(
        mentee_id=mentee.id,
        text="Draft the business case",
        session_id=session.id,
        owner=ActionOwner.OTHER,
        owner_name="Service manager",
        due_date=date(2025, 3, 20),
        status=ActionStatus.DONE,
        done_on=date(2025, 3, 18),
    )
    activity = Activity(
        person_id=mentee.id,
        title="Chair the falls pathway group",
        description="Monthly group across nursing and therapies.",
        start_date=date(2025, 2, 1),
        end_date=date(2025, 9, 30),
        status=ActivityStatus.IN_PROGRESS,
        categories=["widening", "track_record"],
        primary_category="track_record",
        stage="later_mid",
        setting=Setting.OUTSIDE_NHS,
        reach=Reach.REGIONAL,
        development_value=["influence", "visibility"],
        development_value_other="Chairing",
        organisational_benefit="Fewer falls.",
        behaviours=["b1", "b2"],
        outputs="A revised pathway.",
        outcomes="Waits fell.",
        impact="Fewer admissions.",
        learning_type=LearningType.SELF_DIRECTED,
        provider="NHS Leadership Academy",
        programme="mary_seacole",
        level="level_7",
        funding="trust",
        related_person_id=mentor.id,
        relationship_id=relationship.id,
        session_id=session.id,
        example_code="w01",
        readiness=["exp1"],
        finish_later=True,
    )
    evidence = Evidence(
        activity_id=activity.id,
        kind=EvidenceKind.FILE,
        title="Sponsor feedback",
        body="Clear updates.",
        url="https://example.org/feedback",
        filename="feedback.pdf",
        mime_type="application/pdf",
        size=7,
        content=b"%PDF\x00\xff\x01",
    )
    objective = Objective(
        person_id=mentee.id,
        objective="Lead a service review",
        why="Evidence for a band 8 role.",
        categories=["track_record"],
        target_date=date(2025, 12, 1),
        status=ObjectiveStatus.MET,
        activity_ids=[activity.id],
        assessment_items=["inspiring_shared_purpose"],
    )
    note = Note(
        person_id=mentee.id,
        noted_on=date(2025, 3, 5),
        body="A reflection.",
        kind=NoteKind.QUICK_NOTE,
        category="mentors",
        visibility=Visibility.MENTEE_PRIVATE,
        session_id=session.id,
        finish_later=True,
    )
    plan = LeapPlan(
        mentee_id=mentee.id,
        title="Interim service lead",
        status=PlanStatus.WITHDRAWN,
        opportunity_type="other",
        opportunity_other="Secondment",
        direction="sideways",
        origin="self",
        champion_id=mentor.id,
        start_date=date(2025, 5, 1),
        review_date=date(2025, 8, 1),
        hopes="Budget experience.",
        outcome="stepped_back",
        benefits=["confidence", "network"],
        lessons="Start earlier.",
        activity_id=activity.id,
    )
    concern = LeapConcern(
        plan_id=plan.id,
        concern="clinical_skills",
        custom_text="Losing touch",
        rating="high",
        mitigation="One clinical session a week.",
    )
    support = LeapSupport(
        plan_id=plan.id,
        mechanism="other",
        other_text="Peer group",
        who="Morgan Hale",
        frequency="Fortnightly",
        agreed=True,
        if_less_well=True,
        notes="Starts in May.",
    )
    milestone = LeapMilestone(
        plan_id=plan.id, title="First budget meeting", due_date=date(2025, 6, 1), done_on=date(2025, 6, 3)
    )
    review = LeapReview(
        plan_id=plan.id,
        review_date=date(2025, 7, 1),
        session_id=session.id,
        confidence=4,
        wellbeing=2,
        went_well="Handovers.",
        less_well="Evenings.",
        next_steps="Raise the rota.",
    )
    assessment = Assessment(
        person_id=mentee.id,
        assessed_on=date(2025, 1, 10),
        framework=Framework.HLM,
        rater=Rater.MENTOR,
        notes="Baseline.",
        finish_later=True,
    )
    rating = AssessmentRating(
        assessment_id=assessment.id,
        item="inspiring_shared_purpose",
        rating=3,
        note="Getting there.",
        evidence=[f"session:{session.id}"],
    )
    return [
        mentee,
        mentor,
        relationship,
        session,
        action,
        activity,
        evidence,
        objective,
        note,
        plan,
        concern,
        support,
        milestone,
        review,
        assessment,
        rating,
        CpdProfile(
            person_id=mentee.id,
            renewal_date=date(2027, 4, 30),
            period_from=date(2025, 5, 1),
            period_to=date(2027, 4, 30),
            practice_summary="I lead a community team.",
            chosen_activity_ids=[activity.id],
            gap_notes=["2025-06-01\tParental leave"],
            standard_1="One.",
            standard_2="Two.",
            standard_3="Three.",
            standard_4="Four.",
            standard_5="Five.",
        ),
    ]


def _repository(store: Store, record: Record) -> Repository[Any]:
    return getattr(store, REPOSITORY[type(record)])


def _add_all(store: Store, records: list[Record]) -> None:
    for record in records:
        _repository(store, record).add(record)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "leadapp.sqlite3"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    opened = Store.open(db_path)
    yield opened
    opened.close()


@pytest.fixture
def person(store: Store) -> Person:
    return store.people.add(Person(full_name="Asha Patel"))


def test_every_record_type_has_a_full_record() -> None:
    """The parametrized test below covers each type once; a new record type must be added here."""
    assert {type(r) for r in full_records()} == set(REPOSITORY)


@pytest.mark.parametrize("record_type", list(REPOSITORY), ids=lambda t: t.__name__)
def test_round_trip_through_the_file(db_path: Path, record_type: type[Record]) -> None:
    records = full_records()
    original = next(r for r in records if type(r) is record_type)
    assert_every_field_set(original)
    store = Store.open(db_path)
    _add_all(store, records)
    store.close()

    reopened = Store.open(db_path)
    try:
        got = _repository(reopened, original).get(original.id)
    finally:
        reopened.close()

    assert type(got) is record_type
    for stamp in (got.created_at, got.updated_at):
        assert stamp
        assert stamp.endswith("Z")
    assert got == dataclasses.replace(original, created_at=got.created_at, updated_at=got.updated_at)


def test_add_returns_what_get_returns(store: Store) -> None:
    records = full_records()
    _add_all(store, records[:4])
    session = records[3]
    assert store.sessions.add(dataclasses.replace(session, id="s2")) == store.sessions.get("s2")


def test_update_stamps_updated_at_and_keeps_created_at(store: Store, person: Person) -> None:
    time.sleep(0.002)
    changed = store.people.update(dataclasses.replace(person, job_title="Service lead"))
    got = store.people.get(person.id)

    assert got.job_title == "Service lead"
    assert got.created_at == person.created_at
    assert got.updated_at == changed.updated_at
    assert got.updated_at > person.updated_at


def test_update_keeps_created_at_even_when_the_caller_lost_it(store: Store, person: Person) -> None:
    """Editors may build a fresh dataclass; created_at is never the caller's to change."""
    store.people.update(dataclasses.replace(person, created_at="", full_name="Asha P."))
    assert store.people.get(person.id).created_at == person.created_at


def test_delete_is_a_tombstone(store: Store, person: Person) -> None:
    other = store.people.add(Person(full_name="Tom Reilly"))
    store.people.delete(person.id)

    assert store.people.find(person.id) is None
    with pytest.raises(StoreError):
        store.people.get(person.id)
    assert [p.id for p in store.people._where()] == [other.id]
    assert store.people.count() == 1
    row = store.db.execute("select deleted_at, updated_at from people where id = ?", [person.id]).fetchone()
    assert row is not None
    assert row[0] is not None
    assert row[0].endswith("Z")
    assert row[1] == row[0]


def test_save_inserts_then_updates(store: Store) -> None:
    draft = Person(full_name="Grace Mensah")
    first = store.people.save(draft)
    assert store.people.get(draft.id) == first
    assert store.people.count() == 1

    second = store.people.save(dataclasses.replace(first, band="band_8a"))
    assert store.people.count() == 1
    got = store.people.get(draft.id)
    assert got.band == "band_8a"
    assert got.created_at == first.created_at
    assert got == second


def test_a_foreign_key_to_a_missing_person_is_a_store_error(store: Store) -> None:
    with pytest.raises(StoreError):
        store.sessions.add(Session(mentee_id="no-such-person", session_date=date(2025, 1, 1)))
    assert store.sessions.count() == 0


def test_a_foreign_key_error_names_the_file(store: Store, db_path: Path) -> None:
    """The message is shown to a person, who needs to know which file it concerns."""
    with pytest.raises(StoreError, match=str(db_path.name)):
        store.actions.add(Action(mentee_id="no-such-person", text="x"))


def test_listeners_hear_each_write(store: Store) -> None:
    heard: list[tuple[str, list[str]]] = []
    store.changes.subscribe(lambda change: heard.append((change.table, list(change.ids))))

    person = store.people.add(Person(full_name="Lewis Chen"))
    store.people.update(dataclasses.replace(person, band="band_6"))
    store.people.delete(person.id)
    store.settings.set("theme", "dark")

    assert heard == [
        ("people", [person.id]),
        ("people", [person.id]),
        ("people", [person.id]),
        ("settings", ["theme"]),
    ]


def test_an_unsubscribed_listener_hears_nothing(store: Store) -> None:
    heard: list[str] = []

    def listener(change: ChangeSet) -> None:
        heard.append(change.table)

    store.changes.subscribe(listener)
    store.changes.unsubscribe(listener)
    store.people.add(Person(full_name="Lewis Chen"))
    assert heard == []


def test_a_failed_write_is_not_announced(store: Store) -> None:
    heard: list[str] = []
    store.changes.subscribe(lambda change: heard.append(change.table))
    with pytest.raises(StoreError):
        store.sessions.add(Session(mentee_id="no-such-person", session_date=date(2025, 1, 1)))
    assert heard == []


def _fts_rowids(store: Store, word: str) -> list[int]:
    rows = store.db.execute("select rowid from sessions_fts where sessions_fts match ?", [word]).fetchall()
    return [row[0] for row in rows]


def test_full_text_search_follows_session_writes(store: Store, person: Person) -> None:
    session = store.sessions.add(
        Session(mentee_id=person.id, session_date=date(2025, 1, 1), shared_notes="We discussed zanzibarite.")
    )
    rowid = store.db.execute("select rowid from sessions where id = ?", [session.id]).fetchone()[0]
    assert _fts_rowids(store, "zanzibarite") == [rowid]

    store.sessions.update(dataclasses.replace(session, shared_notes="Now about quixotism instead."))

    assert _fts_rowids(store, "zanzibarite") == []
    assert _fts_rowids(store, "quixotism") == [rowid]


def test_the_file_is_closed_by_close(db_path: Path) -> None:
    store = Store.open(db_path)
    store.close()
    with pytest.raises(sqlite3.ProgrammingError):
        store.db.execute("select 1")
