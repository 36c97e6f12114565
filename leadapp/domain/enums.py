"""The closed vocabularies the application reasons about.

Text-heavy lists (categories, professions, behaviours) live in resources/reference; these are the values that
rules and the database schema depend on, so they are code.
"""

from __future__ import annotations

from enum import StrEnum


class OwnerRole(StrEnum):
    MENTOR = "mentor"
    MENTEE = "mentee"


class PersonKind(StrEnum):
    MENTEE = "mentee"
    MENTOR = "mentor"
    CHAMPION = "champion"
    COACH = "coach"
    OTHER = "other"


class RelationshipKind(StrEnum):
    MENTOR = "mentor"
    CHAMPION = "champion"
    COACH = "coach"
    RECIPROCAL = "reciprocal"


class Formality(StrEnum):
    FORMAL = "formal"
    INFORMAL = "informal"


class Scope(StrEnum):
    INTERNAL = "internal"
    EXTERNAL = "external"


class SessionStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    HELD = "held"
    CANCELLED = "cancelled"


class SessionMode(StrEnum):
    IN_PERSON = "in_person"
    VIDEO = "video"
    PHONE = "phone"


class ActionOwner(StrEnum):
    MENTEE = "mentee"
    MENTOR = "mentor"
    BOTH = "both"
    OTHER = "other"


class ActionStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


class ActivityStatus(StrEnum):
    IDEA = "idea"
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"


class Setting(StrEnum):
    NHS = "nhs"
    OUTSIDE_NHS = "outside_nhs"


class Reach(StrEnum):
    """Ordered from narrowest to widest: rules compare positions."""

    OWN_PROFESSION = "own_profession"
    MULTI_PROFESSIONAL = "multi_professional"
    TRUST = "trust"
    SYSTEM = "system"
    REGIONAL = "regional"
    NATIONAL = "national"


class LearningType(StrEnum):
    """HCPC's CPD learning types."""

    WORK_BASED = "work_based"
    PROFESSIONAL = "professional"
    FORMAL = "formal"
    SELF_DIRECTED = "self_directed"
    OTHER = "other"


class EvidenceKind(StrEnum):
    NOTE = "note"
    LINK = "link"
    FILE = "file"


class Visibility(StrEnum):
    SHARED = "shared"
    MENTOR_PRIVATE = "mentor_private"
    MENTEE_PRIVATE = "mentee_private"


class NoteKind(StrEnum):
    REFLECTION = "reflection"
    QUICK_NOTE = "quick_note"


class ObjectiveStatus(StrEnum):
    OPEN = "open"
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    MET = "met"
    DROPPED = "dropped"


class PlanStatus(StrEnum):
    CONSIDERING = "considering"
    COMMITTED = "committed"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    WITHDRAWN = "withdrawn"


ACTIVE_STATUSES = (PlanStatus.COMMITTED, PlanStatus.IN_PROGRESS)
"""A plan under way: the leap is agreed, so reviews fall due and the caseload flags it. Here with the statuses
rather than with the leap rules, so Home can ask whether any plan is under way without loading those."""
OPEN_STATUSES = (PlanStatus.CONSIDERING, *ACTIVE_STATUSES)
"""A plan not yet closed: it can still be reviewed in a session, and closed."""


class Framework(StrEnum):
    BEHAVIOURS = "behaviours"
    HLM = "hlm"


class Rater(StrEnum):
    MENTEE = "mentee"
    MENTOR = "mentor"
