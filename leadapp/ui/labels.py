"""The domain's display words (`leadapp.domain.wording`) passed through Qt translation for the screens.

The source text of each translation is the domain word itself, in the "labels" context, so the PDFs print
the untranslated words the screens show until a translation is loaded, and translators find every word in
one context.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import QCoreApplication

from leadapp.documents import DOCUMENTS, DocumentKind
from leadapp.domain import wording
from leadapp.domain.enums import (
    ActionOwner,
    ActionStatus,
    ActivityStatus,
    Formality,
    LearningType,
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

E = TypeVar("E", bound=StrEnum)


def tr(text: str) -> str:
    return QCoreApplication.translate(wording.CONTEXT, text)


def translated(words: Mapping[E, str]) -> dict[E, str]:
    """A vocabulary's words in the language the app runs in, in the domain's order."""
    return {value: tr(text) for value, text in words.items()}


def word(value: StrEnum) -> str:
    """One value's label on screen: the domain word, translated."""
    return tr(wording.word(value))


def person_kinds() -> dict[PersonKind, str]:
    return translated(wording.PERSON_KINDS)


def person_kind_plurals() -> dict[PersonKind, str]:
    return translated(wording.PERSON_KIND_PLURALS)


def relationship_kinds() -> dict[RelationshipKind, str]:
    return translated(wording.RELATIONSHIP_KINDS)


def formalities() -> dict[Formality, str]:
    return translated(wording.FORMALITIES)


def scopes() -> dict[Scope, str]:
    return translated(wording.SCOPES)


def session_modes() -> dict[SessionMode, str]:
    return translated(wording.SESSION_MODES)


def session_statuses() -> dict[SessionStatus, str]:
    return translated(wording.SESSION_STATUSES)


def action_owners() -> dict[ActionOwner, str]:
    return translated(wording.ACTION_OWNERS)


def action_statuses() -> dict[ActionStatus, str]:
    return translated(wording.ACTION_STATUSES)


def activity_statuses() -> dict[ActivityStatus, str]:
    return translated(wording.ACTIVITY_STATUSES)


def settings() -> dict[Setting, str]:
    return translated(wording.SETTINGS)


def reaches() -> dict[Reach, str]:
    return translated(wording.REACHES)


def learning_types() -> dict[LearningType, str]:
    return translated(wording.LEARNING_TYPES)


def plan_statuses() -> dict[PlanStatus, str]:
    return translated(wording.PLAN_STATUSES)


def objective_statuses() -> dict[ObjectiveStatus, str]:
    return translated(wording.OBJECTIVE_STATUSES)


def timeline_kinds() -> dict[EntryKind, str]:
    return translated(wording.TIMELINE_KINDS)


def document_name(kind: DocumentKind) -> str:
    """What the Reports screen lists a document as."""
    return tr(DOCUMENTS[kind].name)
