"""What a printed mentoring agreement gathers from a relationship's record."""

from __future__ import annotations

from typing import TYPE_CHECKING

from leadapp.domain.agreement import AgreementSummary

if TYPE_CHECKING:
    from leadapp.store.store import Store


def agreement_summary(store: Store, relationship_id: str) -> AgreementSummary:
    """Raises NotFoundError when the relationship, or either person in it, is not there."""
    relationship = store.relationships.get(relationship_id)
    sessions = store.sessions.for_relationship(relationship)
    return AgreementSummary(
        relationship=relationship,
        supporter=store.people.get(relationship.mentor_id),
        mentee=store.people.get(relationship.mentee_id),
        sessions=tuple(sessions),
    )
