"""Carrying last time's open items into a planned session, remembered per session in settings."""

from __future__ import annotations

import json
from datetime import date

from leadapp.domain.carry_over import action_items, carry_into, objective_items, review_items
from leadapp.domain.enums import SessionStatus
from leadapp.domain.sessions import Session
from leadapp.store.session_planning import due_plans
from leadapp.store.store import Store

SETTING = "carried_over:{}"


def remembered(store: Store, session_id: str) -> list[str]:
    """Keys of the items already carried into the session (so removed lines stay removed)."""
    try:
        keys = json.loads(store.settings.get(SETTING.format(session_id), "[]"))
    except ValueError:
        return []
    return [str(k) for k in keys] if isinstance(keys, list) else []


def carry_over(store: Store, session: Session, on: date) -> Session:
    """The planned session with its agenda gaining what is still open; unchanged for any other session.

    Read and written in one transaction, so an edit saved from another window in between is not lost.
    """
    if session.status is not SessionStatus.PLANNED or session.deleted_at is not None:
        return session
    with store.transaction():
        current = store.sessions.find(session.id)
        if current is None or current.status is not SessionStatus.PLANNED:
            return session
        before = remembered(store, current.id)
        items = [
            *action_items(store.actions.open_for_mentee(current.mentee_id), current.id),
            *review_items(due_plans(store, current.mentee_id, on)),
            *objective_items(store.objectives.for_person(current.mentee_id), on),
        ]
        carried = carry_into(current.agenda, items, before)
        if carried.keys != before:
            store.settings.set(SETTING.format(current.id), json.dumps(carried.keys))
        if carried.agenda != current.agenda:
            current = store.sessions.set_fields(current.id, agenda=carried.agenda)
    return current
