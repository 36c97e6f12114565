"""The rules the domain dataclasses carry: overdue actions, active relationships, profession labels."""

from __future__ import annotations

from datetime import date

import pytest

from leadapp.domain.enums import ActionStatus
from leadapp.domain.people import Person, Relationship, profession_label
from leadapp.domain.reference import reference
from leadapp.domain.sessions import Action

TODAY = date(2026, 3, 15)


def _action(due: date | None, status: ActionStatus = ActionStatus.OPEN) -> Action:
    return Action(mentee_id="m", text="Draft the business case", due_date=due, status=status)


@pytest.mark.parametrize(
    ("due", "status", "overdue"),
    [
        (date(2026, 3, 14), ActionStatus.OPEN, True),
        (date(2025, 1, 1), ActionStatus.OPEN, True),
        (TODAY, ActionStatus.OPEN, False),
        (date(2026, 3, 16), ActionStatus.OPEN, False),
        (None, ActionStatus.OPEN, False),
        (date(2026, 3, 14), ActionStatus.DONE, False),
        (date(2026, 3, 14), ActionStatus.DROPPED, False),
    ],
)
def test_action_is_overdue(due: date | None, status: ActionStatus, overdue: bool) -> None:
    """Only an open action past its due date is overdue; due today still has today to go."""
    assert _action(due, status).is_overdue(TODAY) is overdue


def _relationship(start: date | None, end: date | None, deleted_at: str | None = None) -> Relationship:
    return Relationship(mentor_id="a", mentee_id="b", start_date=start, end_date=end, deleted_at=deleted_at)


@pytest.mark.parametrize(
    ("start", "end", "active"),
    [
        (None, None, True),
        (date(2025, 1, 1), None, True),
        (TODAY, None, True),
        (date(2026, 3, 16), None, False),
        (None, TODAY, True),
        (None, date(2026, 3, 14), False),
        (date(2025, 1, 1), date(2026, 12, 31), True),
        (date(2024, 1, 1), date(2025, 1, 1), False),
    ],
)
def test_relationship_is_active(start: date | None, end: date | None, active: bool) -> None:
    """Both ends are inclusive; a missing end is open-ended."""
    assert _relationship(start, end).is_active(TODAY) is active


def test_a_deleted_relationship_is_never_active() -> None:
    assert not _relationship(None, None, deleted_at="2026-01-01T00:00:00.000000Z").is_active(TODAY)


def test_profession_label_uses_the_reference_name() -> None:
    names = reference().profession_names()
    person = Person(full_name="Asha Patel", profession="physiotherapist")
    assert profession_label(person, names) == names["physiotherapist"]
    assert profession_label(person, names)


def test_profession_label_for_other_uses_the_persons_words() -> None:
    person = Person(full_name="Sam Li", profession="other", profession_other="Play specialist")
    assert profession_label(person, reference().profession_names()) == "Play specialist"


def test_profession_label_for_other_without_words_says_other() -> None:
    person = Person(full_name="Sam Li", profession="other")
    assert profession_label(person, reference().profession_names()) == "Other"


def test_profession_label_for_no_or_unknown_profession_is_empty() -> None:
    names = reference().profession_names()
    assert profession_label(Person(full_name="Sam Li"), names) == ""
    assert profession_label(Person(full_name="Sam Li", profession="astronaut"), names) == ""


def test_archived_follows_archived_at() -> None:
    assert not Person(full_name="Sam Li").archived
    assert Person(full_name="Sam Li", archived_at="2026-01-01T00:00:00.000000Z").archived
