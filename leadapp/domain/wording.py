"""The words a person sees for each value of the closed vocabularies, on screen and on paper alike.

Kept free of Qt so the PDFs and the command line print the very words the screens show; `ui/labels.py` passes
each word through Qt translation with the word itself as the source text. Every word is marked with
QT_TRANSLATE_NOOP in the "labels" context, so Qt's lupdate finds them here for translators.

Words that read inside a sentence ("held by video", "formal") are the same words lower-cased or the phrases
below; labels a person reads in a table or a list start with a capital.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType
from typing import Any, TypeVar

from leadapp.domain.enums import (
    ActionOwner,
    ActionStatus,
    ActivityStatus,
    Formality,
    LearningType,
    NoteKind,
    ObjectiveStatus,
    PersonKind,
    PlanStatus,
    Reach,
    RelationshipKind,
    Scope,
    SessionMode,
    SessionStatus,
    Setting,
)
from leadapp.domain.timeline import EntryKind

CONTEXT = "labels"
"""The translation context of every word here; the UI translates in the same one."""

E = TypeVar("E", bound=StrEnum)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Returns the text as it is: the name and arguments are what lupdate looks for when it lists words."""
    return text


def _words(words: dict[E, str]) -> Mapping[E, str]:
    return MappingProxyType(words)


PERSON_KINDS = _words(
    {
        PersonKind.MENTEE: QT_TRANSLATE_NOOP("labels", "Mentee"),
        PersonKind.MENTOR: QT_TRANSLATE_NOOP("labels", "Mentor"),
        PersonKind.CHAMPION: QT_TRANSLATE_NOOP("labels", "Champion"),
        PersonKind.COACH: QT_TRANSLATE_NOOP("labels", "Coach"),
        PersonKind.OTHER: QT_TRANSLATE_NOOP("labels", "Other"),
    }
)
PERSON_KIND_PLURALS = _words(
    {
        PersonKind.MENTEE: QT_TRANSLATE_NOOP("labels", "Mentees"),
        PersonKind.MENTOR: QT_TRANSLATE_NOOP("labels", "Mentors"),
        PersonKind.CHAMPION: QT_TRANSLATE_NOOP("labels", "Champions"),
        PersonKind.COACH: QT_TRANSLATE_NOOP("labels", "Coaches"),
        PersonKind.OTHER: QT_TRANSLATE_NOOP("labels", "Others"),
    }
)
RELATIONSHIP_KINDS = _words(
    {
        RelationshipKind.MENTOR: QT_TRANSLATE_NOOP("labels", "Mentoring"),
        RelationshipKind.CHAMPION: QT_TRANSLATE_NOOP("labels", "Championing"),
        RelationshipKind.COACH: QT_TRANSLATE_NOOP("labels", "Coaching"),
        RelationshipKind.RECIPROCAL: QT_TRANSLATE_NOOP("labels", "Reciprocal mentoring"),
    }
)
SUPPORTER_ROLES = _words(
    {
        RelationshipKind.MENTOR: QT_TRANSLATE_NOOP("labels", "Mentor"),
        RelationshipKind.CHAMPION: QT_TRANSLATE_NOOP("labels", "Champion"),
        RelationshipKind.COACH: QT_TRANSLATE_NOOP("labels", "Coach"),
        RelationshipKind.RECIPROCAL: QT_TRANSLATE_NOOP("labels", "Reciprocal mentor"),
    }
)
"""What the supporting person is to the mentee in a relationship of that kind; in reciprocal mentoring
each side is this to the other."""
FORMALITIES = _words(
    {
        Formality.FORMAL: QT_TRANSLATE_NOOP("labels", "Formal"),
        Formality.INFORMAL: QT_TRANSLATE_NOOP("labels", "Informal"),
    }
)
"""Relationship kinds and formalities are also written into programme returns, which a lead adds up by
these very words: a changed word splits its group between older and newer returns."""
SCOPES = _words(
    {
        Scope.INTERNAL: QT_TRANSLATE_NOOP("labels", "Within one organisation"),
        Scope.EXTERNAL: QT_TRANSLATE_NOOP("labels", "Across organisations"),
    }
)
"""Says the same on the mentor's screen and on a page both people sign, so no "my" or bare "External"."""
SESSION_MODES = _words(
    {
        SessionMode.IN_PERSON: QT_TRANSLATE_NOOP("labels", "In person"),
        SessionMode.VIDEO: QT_TRANSLATE_NOOP("labels", "Video"),
        SessionMode.PHONE: QT_TRANSLATE_NOOP("labels", "Phone"),
    }
)
SESSION_MODE_PHRASES = _words(
    {
        SessionMode.IN_PERSON: QT_TRANSLATE_NOOP("labels", "in person"),
        SessionMode.VIDEO: QT_TRANSLATE_NOOP("labels", "by video"),
        SessionMode.PHONE: QT_TRANSLATE_NOOP("labels", "by phone"),
    }
)
"""How a session is held, to finish a sentence: "Sessions are held by video"."""
SESSION_STATUSES = _words(
    {
        SessionStatus.PLANNED: QT_TRANSLATE_NOOP("labels", "Planned"),
        SessionStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("labels", "In progress"),
        SessionStatus.HELD: QT_TRANSLATE_NOOP("labels", "Held"),
        SessionStatus.CANCELLED: QT_TRANSLATE_NOOP("labels", "Cancelled"),
    }
)
ACTION_OWNERS = _words(
    {
        ActionOwner.MENTEE: QT_TRANSLATE_NOOP("labels", "Mentee"),
        ActionOwner.MENTOR: QT_TRANSLATE_NOOP("labels", "Mentor"),
        ActionOwner.BOTH: QT_TRANSLATE_NOOP("labels", "Both"),
        ActionOwner.OTHER: QT_TRANSLATE_NOOP("labels", "Someone else"),
    }
)
ACTION_STATUSES = _words(
    {
        ActionStatus.OPEN: QT_TRANSLATE_NOOP("labels", "Open"),
        ActionStatus.DONE: QT_TRANSLATE_NOOP("labels", "Done"),
        ActionStatus.DROPPED: QT_TRANSLATE_NOOP("labels", "Dropped"),
    }
)
ACTIVITY_STATUSES = _words(
    {
        ActivityStatus.IDEA: QT_TRANSLATE_NOOP("labels", "Idea"),
        ActivityStatus.PLANNED: QT_TRANSLATE_NOOP("labels", "Planned"),
        ActivityStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("labels", "In progress"),
        ActivityStatus.DONE: QT_TRANSLATE_NOOP("labels", "Done"),
    }
)
SETTINGS = _words(
    {
        Setting.NHS: QT_TRANSLATE_NOOP("labels", "NHS"),
        Setting.OUTSIDE_NHS: QT_TRANSLATE_NOOP("labels", "Outside the NHS"),
    }
)
REACHES = _words(
    {
        Reach.OWN_PROFESSION: QT_TRANSLATE_NOOP("labels", "Own profession"),
        Reach.MULTI_PROFESSIONAL: QT_TRANSLATE_NOOP("labels", "Multi-professional"),
        Reach.TRUST: QT_TRANSLATE_NOOP("labels", "Trust-wide"),
        Reach.SYSTEM: QT_TRANSLATE_NOOP("labels", "System (ICS)"),
        Reach.REGIONAL: QT_TRANSLATE_NOOP("labels", "Regional"),
        Reach.NATIONAL: QT_TRANSLATE_NOOP("labels", "National"),
    }
)
LEARNING_TYPES = _words(
    {
        LearningType.WORK_BASED: QT_TRANSLATE_NOOP("labels", "Work-based learning"),
        LearningType.PROFESSIONAL: QT_TRANSLATE_NOOP("labels", "Professional activity"),
        LearningType.FORMAL: QT_TRANSLATE_NOOP("labels", "Formal or educational"),
        LearningType.SELF_DIRECTED: QT_TRANSLATE_NOOP("labels", "Self-directed learning"),
        LearningType.OTHER: QT_TRANSLATE_NOOP("labels", "Other"),
    }
)
"""HCPC's own names for its CPD learning types."""
PLAN_STATUSES = _words(
    {
        PlanStatus.CONSIDERING: QT_TRANSLATE_NOOP("labels", "Considering"),
        PlanStatus.COMMITTED: QT_TRANSLATE_NOOP("labels", "Committed"),
        PlanStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("labels", "In progress"),
        PlanStatus.COMPLETED: QT_TRANSLATE_NOOP("labels", "Completed"),
        PlanStatus.WITHDRAWN: QT_TRANSLATE_NOOP("labels", "Withdrawn"),
    }
)
OBJECTIVE_STATUSES = _words(
    {
        ObjectiveStatus.OPEN: QT_TRANSLATE_NOOP("labels", "Open"),
        ObjectiveStatus.ON_TRACK: QT_TRANSLATE_NOOP("labels", "On track"),
        ObjectiveStatus.AT_RISK: QT_TRANSLATE_NOOP("labels", "At risk"),
        ObjectiveStatus.MET: QT_TRANSLATE_NOOP("labels", "Met"),
        ObjectiveStatus.DROPPED: QT_TRANSLATE_NOOP("labels", "Dropped"),
    }
)
NOTE_KINDS = _words(
    {
        NoteKind.REFLECTION: QT_TRANSLATE_NOOP("labels", "Reflection"),
        NoteKind.QUICK_NOTE: QT_TRANSLATE_NOOP("labels", "Quick note"),
    }
)
TIMELINE_KINDS = _words(
    {
        EntryKind.SESSION: QT_TRANSLATE_NOOP("labels", "Session"),
        EntryKind.ACTION_SET: QT_TRANSLATE_NOOP("labels", "Action set"),
        EntryKind.ACTION_DONE: QT_TRANSLATE_NOOP("labels", "Action done"),
        EntryKind.REFLECTION: QT_TRANSLATE_NOOP("labels", "Reflection"),
        EntryKind.NOTE: QT_TRANSLATE_NOOP("labels", "Note"),
        EntryKind.ACTIVITY: QT_TRANSLATE_NOOP("labels", "Activity"),
        EntryKind.LEAP_PLAN: QT_TRANSLATE_NOOP("labels", "Leap plan"),
        EntryKind.LEAP_REVIEW: QT_TRANSLATE_NOOP("labels", "Leap review"),
        EntryKind.ASSESSMENT: QT_TRANSLATE_NOOP("labels", "Self-assessment"),
        EntryKind.OBJECTIVE: QT_TRANSLATE_NOOP("labels", "Objective"),
    }
)

_WORDS: Mapping[type[StrEnum], Mapping[Any, str]] = MappingProxyType(
    {
        PersonKind: PERSON_KINDS,
        RelationshipKind: RELATIONSHIP_KINDS,
        Formality: FORMALITIES,
        Scope: SCOPES,
        SessionMode: SESSION_MODES,
        SessionStatus: SESSION_STATUSES,
        ActionOwner: ACTION_OWNERS,
        ActionStatus: ACTION_STATUSES,
        ActivityStatus: ACTIVITY_STATUSES,
        Setting: SETTINGS,
        Reach: REACHES,
        LearningType: LEARNING_TYPES,
        PlanStatus: PLAN_STATUSES,
        ObjectiveStatus: OBJECTIVE_STATUSES,
        NoteKind: NOTE_KINDS,
        EntryKind: TIMELINE_KINDS,
    }
)


def word(value: StrEnum | None, missing: str = "—") -> str:
    """The label of one value, as a table on paper or in an export shows it; `missing` when it is unset."""
    if value is None:
        return missing
    return _WORDS[type(value)][value]


def worded_vocabularies() -> Mapping[type[StrEnum], Mapping[Any, str]]:
    """Every vocabulary that has words here, by its enum: what the tests check the screens against."""
    return _WORDS
