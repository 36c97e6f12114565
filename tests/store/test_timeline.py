"""The timeline query: every kind of record for one mentee, newest first, paged, filtered, private-safe."""

from __future__ import annotations

from datetime import date

from leadapp.domain.activities import Activity, Objective
from leadapp.domain.assessments import Assessment
from leadapp.domain.enums import (
    ActionStatus,
    NoteKind,
    PersonKind,
    SessionStatus,
    Visibility,
)
from leadapp.domain.leaps import LeapPlan, LeapReview
from leadapp.domain.notes import Note
from leadapp.domain.one_line import first_line
from leadapp.domain.people import Person
from leadapp.domain.sessions import Action, Session
from leadapp.domain.sharing import SharingScope
from leadapp.domain.timeline import EntryKind, TimelineQuery
from leadapp.store.store import Store
from leadapp.store.timeline import timeline_count, timeline_page
from leadapp.store.to_finish import to_finish


def _story(store: Store) -> tuple[Person, Person]:
    asha = store.people.add(Person(full_name="Asha Patel", kind=PersonKind.MENTEE))
    other = store.people.add(Person(full_name="Ben Other", kind=PersonKind.MENTEE))
    session = store.sessions.add(
        Session(
            mentee_id=asha.id,
            session_date=date(2026, 3, 1),
            status=SessionStatus.HELD,
            agenda="Agenda line",
            shared_notes="\n  Talked about the rota\nsecond line",
            mentor_private="SECRET-SESSION",
            categories=["leaps", "widening"],
        )
    )
    store.actions.add(
        Action(
            mentee_id=asha.id,
            session_id=session.id,
            text="Book the budgeting course",
            status=ActionStatus.DONE,
            done_on=date(2026, 3, 9),
        )
    )
    store.activities.add(
        Activity(
            person_id=asha.id, title="Shadowed the COO", start_date=date(2026, 2, 1), categories=["mentors"]
        )
    )
    plan = store.leap_plans.add(
        LeapPlan(mentee_id=asha.id, title="Interim lead", start_date=date(2026, 1, 5))
    )
    store.leap_reviews.add(LeapReview(plan_id=plan.id, review_date=date(2026, 3, 20), went_well="Handovers"))
    store.assessments.add(Assessment(person_id=asha.id, assessed_on=date(2026, 1, 2)))
    store.objectives.add(
        Objective(person_id=asha.id, objective="Lead a project", target_date=date(2026, 6, 1))
    )
    store.notes.add(
        Note(person_id=asha.id, noted_on=date(2026, 3, 15), body="Shared thought", category="learning")
    )
    store.notes.add(
        Note(
            person_id=asha.id,
            noted_on=date(2026, 3, 16),
            body="MINE-PRIVATE worry",
            kind=NoteKind.QUICK_NOTE,
            visibility=Visibility.MENTOR_PRIVATE,
            finish_later=True,
        )
    )
    store.notes.add(
        Note(
            person_id=asha.id,
            noted_on=date(2026, 3, 17),
            body="THEIRS-PRIVATE",
            visibility=Visibility.MENTEE_PRIVATE,
        )
    )
    store.sessions.add(
        Session(mentee_id=other.id, session_date=date(2026, 4, 1), shared_notes="Other mentee")
    )
    removed = store.notes.add(Note(person_id=asha.id, noted_on=date(2026, 3, 18), body="Removed note"))
    store.notes.remove(removed.id)
    return asha, other


def test_every_kind_newest_first_and_nothing_of_others_or_removed(store: Store) -> None:
    asha, _other = _story(store)
    query = TimelineQuery(asha.id)
    entries = timeline_page(store, query, 0, 100)
    assert [e.kind for e in entries] == [
        EntryKind.OBJECTIVE,
        EntryKind.LEAP_REVIEW,
        EntryKind.NOTE,
        EntryKind.REFLECTION,
        EntryKind.ACTION_DONE,
        EntryKind.ACTION_SET,
        EntryKind.SESSION,
        EntryKind.ACTIVITY,
        EntryKind.LEAP_PLAN,
        EntryKind.ASSESSMENT,
    ]
    assert [e.day for e in entries] == sorted((e.day for e in entries), reverse=True)
    assert timeline_count(store, query) == len(entries)
    texts = " ".join(e.text or "" for e in entries)
    assert "Other mentee" not in texts and "Removed note" not in texts
    assert "SECRET-SESSION" not in texts and "THEIRS-PRIVATE" not in texts
    session = next(e for e in entries if e.kind is EntryKind.SESSION)
    assert first_line(session.text) == "Talked about the rota"
    assert session.categories == ("leaps", "widening")
    review = next(e for e in entries if e.kind is EntryKind.LEAP_REVIEW)
    action = next(e for e in entries if e.kind is EntryKind.ACTION_SET)
    assert review.opens != review.record_id and action.opens == session.record_id


def test_pages_join_up_without_gaps_or_repeats(store: Store) -> None:
    asha, _other = _story(store)
    query = TimelineQuery(asha.id)
    whole = timeline_page(store, query, 0, 100)
    paged = [e for start in range(0, len(whole), 3) for e in timeline_page(store, query, start, 3)]
    assert paged == whole


def test_filters_by_kind_and_by_category(store: Store) -> None:
    asha, _other = _story(store)
    sessions = timeline_page(store, TimelineQuery(asha.id, kinds=frozenset({EntryKind.SESSION})), 0, 50)
    assert [e.kind for e in sessions] == [EntryKind.SESSION]
    leaps = timeline_page(store, TimelineQuery(asha.id, category="leaps"), 0, 50)
    assert {e.kind for e in leaps} == {EntryKind.SESSION, EntryKind.LEAP_PLAN, EntryKind.LEAP_REVIEW}
    learning = timeline_page(store, TimelineQuery(asha.id, category="learning"), 0, 50)
    assert [e.text for e in learning] == ["Shared thought"]
    assert timeline_count(store, TimelineQuery(asha.id, kinds=frozenset())) == 0


def test_private_note_text_only_for_its_owner_and_never_while_sharing(store: Store) -> None:
    asha, _other = _story(store)
    shown = timeline_page(store, TimelineQuery(asha.id), 0, 50)
    mine = next(e for e in shown if e.kind is EntryKind.NOTE)
    assert mine.text == "MINE-PRIVATE worry" and mine.finish_later
    sharing = timeline_page(store, TimelineQuery(asha.id, show_private=False), 0, 50)
    hidden = next(e for e in sharing if e.kind is EntryKind.NOTE)
    assert hidden.text is None
    assert "MINE-PRIVATE" not in repr(sharing)
    as_mentee = timeline_page(store, TimelineQuery(asha.id, own_private=Visibility.MENTEE_PRIVATE), 0, 50)
    assert "MINE-PRIVATE" not in repr(as_mentee) and "THEIRS-PRIVATE" in repr(as_mentee)


def test_to_finish_lists_marked_records_and_follows_sharing(store: Store) -> None:
    asha, other = _story(store)
    activity = store.activities.add(Activity(person_id=other.id, title="Write the bid", finish_later=True))
    listed = to_finish(store, SharingScope(), Visibility.MENTOR_PRIVATE)
    assert {(r.table, r.text) for r in listed} == {
        ("notes", "MINE-PRIVATE worry"),
        ("activities", "Write the bid"),
    }
    assert {r.person_name for r in listed} == {"Asha Patel", "Ben Other"}
    front = to_finish(store, SharingScope(True, asha.id), Visibility.MENTOR_PRIVATE, asha.id)
    assert [(r.table, r.text) for r in front] == [("notes", None)]
    assert to_finish(store, SharingScope(True, None), Visibility.MENTOR_PRIVATE) == []
    store.activities.set_fields(activity.id, finish_later=False)
    assert [r.table for r in to_finish(store, SharingScope(), Visibility.MENTOR_PRIVATE)] == ["notes"]


def test_first_line_skips_blank_lines_and_bullets_and_shortens_on_a_word() -> None:
    assert first_line("\n\n- Agreed the plan\nmore") == "Agreed the plan"
    assert first_line(None) == ""
    long = first_line("word " * 100, limit=20)
    assert long.endswith("…") and len(long) <= 21
