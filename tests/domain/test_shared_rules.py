"""Rules screens once spelled out themselves: whose private notes, which plan, which category, what words."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from leadapp.domain.activities import primary_category
from leadapp.domain.caseload import CaseloadEntry
from leadapp.domain.enums import OwnerRole, PersonKind, PlanStatus
from leadapp.domain.leaps import LeapPlan, active_plan, is_active, is_open
from leadapp.domain.people import Person, profession_label, supporter_choices
from leadapp.domain.reference import reference
from leadapp.domain.sessions import (
    Session,
    only_own_private,
    own_private_column,
    own_private_text,
    with_own_private,
)

SESSION = Session(
    mentee_id="m", session_date=date(2026, 3, 2), mentor_private="mentor's own", mentee_private="mentee's own"
)


@pytest.mark.parametrize(
    ("role", "column", "text"),
    [
        (OwnerRole.MENTOR, "mentor_private", "mentor's own"),
        (OwnerRole.MENTEE, "mentee_private", "mentee's own"),
    ],
)
def test_the_owner_keeps_their_own_private_column(role: OwnerRole, column: str, text: str) -> None:
    assert own_private_column(role) == column
    assert own_private_text(SESSION, role) == text


def test_writing_private_notes_leaves_the_other_sides_alone() -> None:
    mentor = with_own_private(SESSION, OwnerRole.MENTOR, "new")
    assert (mentor.mentor_private, mentor.mentee_private) == ("new", "mentee's own")
    mentee = with_own_private(SESSION, OwnerRole.MENTEE, "new")
    assert (mentee.mentor_private, mentee.mentee_private) == ("mentor's own", "new")


def test_private_notes_leave_the_app_only_the_owners_and_only_when_asked() -> None:
    assert only_own_private(SESSION, OwnerRole.MENTOR, False) == replace(
        SESSION, mentor_private="", mentee_private=""
    )
    assert only_own_private(SESSION, OwnerRole.MENTOR, True) == replace(SESSION, mentee_private="")
    assert only_own_private(SESSION, OwnerRole.MENTEE, True) == replace(SESSION, mentor_private="")


@pytest.mark.parametrize(
    ("status", "active", "open_"),
    [
        (PlanStatus.CONSIDERING, False, True),
        (PlanStatus.COMMITTED, True, True),
        (PlanStatus.IN_PROGRESS, True, True),
        (PlanStatus.COMPLETED, False, False),
        (PlanStatus.WITHDRAWN, False, False),
    ],
)
def test_active_and_open_plans(status: PlanStatus, active: bool, open_: bool) -> None:
    plan = LeapPlan(mentee_id="m", title="Leap", status=status)
    assert (is_active(plan), is_open(plan)) == (active, open_)
    removed = replace(plan, deleted_at="2026-03-02T10:00:00Z")
    assert not is_active(removed) and not is_open(removed)


def test_the_active_plan_is_the_first_active_one() -> None:
    considering = LeapPlan(mentee_id="m", title="Maybe", status=PlanStatus.CONSIDERING)
    first = LeapPlan(mentee_id="m", title="First", status=PlanStatus.IN_PROGRESS)
    second = LeapPlan(mentee_id="m", title="Second", status=PlanStatus.COMMITTED)
    assert active_plan([considering, first, second]) is first
    assert active_plan([considering]) is None and active_plan([]) is None


@pytest.mark.parametrize(
    ("categories", "wanted", "primary"),
    [
        (["learning", "leaps"], "leaps", "leaps"),
        (["learning", "leaps"], "", "learning"),
        (["learning", "leaps"], "mentors", "learning"),
        ([], "leaps", ""),
        ([], "", ""),
    ],
)
def test_the_primary_category_is_always_one_of_the_categories(
    categories: list[str], wanted: str, primary: str
) -> None:
    assert primary_category(categories, wanted) == primary


def test_supporters_offered_keep_the_owner_first_and_the_one_named_last() -> None:
    owner = Person(full_name="Morgan Hale", kind=PersonKind.MENTOR, is_owner=True)
    coach = Person(full_name="Bea Coach", kind=PersonKind.COACH)
    named = Person(full_name="Old Champion", kind=PersonKind.CHAMPION, archived_at="2025-01-01T00:00:00Z")
    assert supporter_choices([coach], owner, "m", None) == [owner, coach]
    assert supporter_choices([owner, coach], owner, "m", None) == [owner, coach], "listed once"
    assert supporter_choices([coach], owner, owner.id, None) == [coach], "never one's own supporter"
    assert supporter_choices([coach], None, "m", named) == [coach, named]
    assert supporter_choices([coach], None, "m", coach) == [coach]


NAMES = reference().profession_names()


@pytest.mark.parametrize(
    ("code", "other", "label"),
    [
        ("physiotherapist", "", NAMES["physiotherapist"]),
        ("physiotherapist", "ignored", NAMES["physiotherapist"]),
        ("other", "Play specialist", "Play specialist"),
        ("other", "", "Other"),
        ("", "Play specialist", ""),
        ("astronaut", "Play specialist", ""),
    ],
)
def test_one_profession_wording_for_a_person_and_a_caseload_row(code: str, other: str, label: str) -> None:
    person = Person(full_name="Sam Li", profession=code, profession_other=other)
    entry = CaseloadEntry(
        mentee_id="m",
        mentee_name="Sam Li",
        profession=code,
        last_held=None,
        next_planned=None,
        open_actions=0,
        overdue_actions=0,
        profession_other=other,
    )
    assert profession_label(person, NAMES) == profession_label(entry, NAMES) == label
