"""Who and what may be on a shared screen: the rules behind sharing mode."""

from __future__ import annotations

from datetime import date

from leadapp.domain.caseload import CaseloadEntry
from leadapp.domain.enums import PersonKind
from leadapp.domain.people import Person
from leadapp.domain.sharing import NOBODY, SharingScope, shared_caseload


def entry(mentee_id: str, flags: tuple[str, ...] = ()) -> CaseloadEntry:
    return CaseloadEntry(mentee_id, mentee_id.title(), "", date(2026, 1, 1), None, 2, 1, flags)


def test_not_sharing_shows_everyone_and_every_flag() -> None:
    entries = [entry("asha", ("low wellbeing at last review",)), entry("tom")]
    assert shared_caseload(entries, SharingScope()) == entries
    assert SharingScope().mentee_scope(None) is None


def test_sharing_keeps_only_the_mentee_in_front_of_you_without_leap_flags() -> None:
    scope = SharingScope(on=True, front_id="asha")
    shown = shared_caseload([entry("asha", ("low wellbeing at last review",)), entry("tom")], scope)
    assert [e.mentee_id for e in shown] == ["asha"]
    assert shown[0].leap_flags == () and shown[0].overdue_actions == 1


def test_sharing_with_nobody_chosen_lists_no_mentee() -> None:
    scope = SharingScope(on=True, front_id=None)
    assert shared_caseload([entry("asha"), entry("tom")], scope) == []
    assert scope.mentee_scope(None) == NOBODY
    assert scope.mentee_scope("") == NOBODY


def test_people_who_are_not_mentees_may_still_be_named() -> None:
    scope = SharingScope(on=True, front_id="asha")
    champion = Person(id="priya", full_name="Dr Priya Nair", kind=PersonKind.CHAMPION)
    other = Person(id="tom", full_name="Tom Reilly", kind=PersonKind.MENTEE)
    front = Person(id="asha", full_name="Asha Patel", kind=PersonKind.MENTEE)
    you = Person(id="you", full_name="Sam Okafor", kind=PersonKind.MENTEE, is_owner=True)
    assert scope.shows(champion) and scope.shows(front) and scope.shows(you) and not scope.shows(other)
