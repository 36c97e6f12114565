"""Display words for the domain's enumerations, in one place for translators."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from leadapp.domain.enums import Formality, PersonKind, RelationshipKind, Scope


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
