"""Display words for the domain's enumerations, in one place for translators."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from leadapp.domain.enums import (
    ActionOwner,
    ActionStatus,
    ActivityStatus,
    Formality,
    LearningType,
    PersonKind,
    PlanStatus,
    Reach,
    RelationshipKind,
    Scope,
    SessionMode,
    SessionStatus,
    Setting,
)


def tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def person_kinds() -> dict[PersonKind, str]:
    return {
        PersonKind.MENTEE: tr("Mentee"),
        PersonKind.MENTOR: tr("Mentor"),
        PersonKind.CHAMPION: tr("Champion"),
        PersonKind.COACH: tr("Coach"),
        PersonKind.OTHER: tr("Other"),
    }


def person_kind_plurals() -> dict[PersonKind, str]:
    return {
        PersonKind.MENTEE: tr("Mentees"),
        PersonKind.MENTOR: tr("Mentors"),
        PersonKind.CHAMPION: tr("Champions"),
        PersonKind.COACH: tr("Coaches"),
        PersonKind.OTHER: tr("Others"),
    }


def relationship_kinds() -> dict[RelationshipKind, str]:
    return {
        RelationshipKind.MENTOR: tr("Mentoring"),
        RelationshipKind.CHAMPION: tr("Championing"),
        RelationshipKind.COACH: tr("Coaching"),
        RelationshipKind.RECIPROCAL: tr("Reciprocal mentoring"),
    }


def formalities() -> dict[Formality, str]:
    return {Formality.FORMAL: tr("Formal"), Formality.INFORMAL: tr("Informal")}


def scopes() -> dict[Scope, str]:
    return {Scope.INTERNAL: tr("Within my organisation"), Scope.EXTERNAL: tr("External")}


def session_modes() -> dict[SessionMode, str]:
    return {
        SessionMode.IN_PERSON: tr("In person"),
        SessionMode.VIDEO: tr("Video"),
        SessionMode.PHONE: tr("Phone"),
    }


def session_statuses() -> dict[SessionStatus, str]:
    return {
        SessionStatus.PLANNED: tr("Planned"),
        SessionStatus.IN_PROGRESS: tr("In progress"),
        SessionStatus.HELD: tr("Held"),
        SessionStatus.CANCELLED: tr("Cancelled"),
    }


def action_owners() -> dict[ActionOwner, str]:
    return {
        ActionOwner.MENTEE: tr("Mentee"),
        ActionOwner.MENTOR: tr("Mentor"),
        ActionOwner.BOTH: tr("Both"),
        ActionOwner.OTHER: tr("Someone else"),
    }


def action_statuses() -> dict[ActionStatus, str]:
    return {ActionStatus.OPEN: tr("Open"), ActionStatus.DONE: tr("Done"), ActionStatus.DROPPED: tr("Dropped")}


def activity_statuses() -> dict[ActivityStatus, str]:
    return {
        ActivityStatus.IDEA: tr("Idea"),
        ActivityStatus.PLANNED: tr("Planned"),
        ActivityStatus.IN_PROGRESS: tr("In progress"),
        ActivityStatus.DONE: tr("Done"),
    }


def settings() -> dict[Setting, str]:
    return {Setting.NHS: tr("NHS"), Setting.OUTSIDE_NHS: tr("Outside the NHS")}


def reaches() -> dict[Reach, str]:
    return {
        Reach.OWN_PROFESSION: tr("Own profession"),
        Reach.MULTI_PROFESSIONAL: tr("Multi-professional"),
        Reach.TRUST: tr("Trust-wide"),
        Reach.SYSTEM: tr("System (ICS)"),
        Reach.REGIONAL: tr("Regional"),
        Reach.NATIONAL: tr("National"),
    }


def learning_types() -> dict[LearningType, str]:
    return {
        LearningType.WORK_BASED: tr("Work-based learning"),
        LearningType.PROFESSIONAL: tr("Professional activity"),
        LearningType.FORMAL: tr("Formal or educational"),
        LearningType.SELF_DIRECTED: tr("Self-directed learning"),
        LearningType.OTHER: tr("Other"),
    }


def plan_statuses() -> dict[PlanStatus, str]:
    return {
        PlanStatus.CONSIDERING: tr("Considering"),
        PlanStatus.COMMITTED: tr("Committed"),
        PlanStatus.IN_PROGRESS: tr("In progress"),
        PlanStatus.COMPLETED: tr("Completed"),
        PlanStatus.WITHDRAWN: tr("Withdrawn"),
    }
