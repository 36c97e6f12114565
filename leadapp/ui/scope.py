"""Whose records a per-person screen shows: the mentee chosen in "Working with", or a mentee owner's own."""

from __future__ import annotations

from leadapp.domain.enums import OwnerRole
from leadapp.store.store import Store


def person_scope(store: Store, role: OwnerRole, mentee_id: str | None) -> str | None:
    if role is OwnerRole.MENTEE:
        owner = store.people.owner()
        return owner.id if owner else None
    return mentee_id
