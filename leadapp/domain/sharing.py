"""Sharing mode: what may be on a screen another person can see.

While sharing, only the mentee in front of you (the one chosen in "Working with") is shown, and nothing
private or sensitive about them: private notes, notes about people, wellbeing and confidence ratings,
leap-of-faith flags. Everyone who is not a mentee (you, your mentors, champions and coaches) may be named.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, NamedTuple

from leadapp.domain.enums import PersonKind, Visibility

if TYPE_CHECKING:
    from leadapp.domain.caseload import CaseloadEntry
    from leadapp.domain.leaps import LeapReview
    from leadapp.domain.people import Person

NOBODY = "no-mentee-while-sharing"
"""The mentee scope while sharing with nobody chosen: an id matching no record, so lists come back empty."""


class SharingScope(NamedTuple):
    on: bool = False
    front_id: str | None = None

    def shows_mentee(self, mentee_id: str) -> bool:
        return not self.on or mentee_id == self.front_id

    def shows(self, person: Person) -> bool:
        return person.is_owner or person.kind is not PersonKind.MENTEE or self.shows_mentee(person.id)

    def mentee_scope(self, chosen: str | None) -> str | None:
        """Whose records a per-mentee screen lists: all (None) only when not sharing."""
        if not self.on:
            return chosen
        return chosen if chosen and chosen != NOBODY else NOBODY


def without_ratings(reviews: tuple[LeapReview, ...]) -> tuple[LeapReview, ...]:
    """Reviews fit for a document previewed on a shared screen: what was said stays, the ratings go."""
    return tuple(replace(r, confidence=None, wellbeing=None) for r in reviews)


def shared_caseload(entries: list[CaseloadEntry], scope: SharingScope) -> list[CaseloadEntry]:
    """The caseload rows fit for the screen: while sharing, the front mentee only, without leap flags."""
    if not scope.on:
        return entries
    return [e._replace(leap_flags=()) for e in entries if scope.shows_mentee(e.mentee_id)]


def own_private_level(owner_is_mentor: bool) -> Visibility:
    """A mentor's database holds the mentor's private notes, a mentee's the mentee's."""
    return Visibility.MENTOR_PRIVATE if owner_is_mentor else Visibility.MENTEE_PRIVATE
