"""Starting and ending a session in the room, each as one write: status, actions and the next session."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from leadapp.domain.session_flow import ended, follow_up_to_reuse, started
from leadapp.domain.sessions import Action, Session
from leadapp.store.carry_over import carry_over
from leadapp.store.session_planning import plan_next
from leadapp.store.store import Store


@dataclass(frozen=True)
class Ending:
    session: Session
    follow_up: Session | None


def begin(store: Store, session: Session, now: datetime | None = None) -> Session:
    """Planned → in progress; the domain refuses any other start. Only the fields it sets are written.

    What is still open from last time is carried into the agenda first, as it is when the session is opened.
    """
    carried = carry_over(store, session, (now or datetime.now()).date())
    return store.sessions.save_edits(carried, started(carried, now)).record


def follow_up_for(store: Store, session: Session, on: date) -> Session | None:
    """The planned session that ending with this next date would reuse (None: a new one is added)."""
    return follow_up_to_reuse(session, store.sessions.planned_after(session), on)


def end(store: Store, session: Session, next_date: date | None, actions: list[Action]) -> Ending:
    """Mark the session held, save the checked actions, and settle the next session, all or nothing.

    An existing planned session is moved to the chosen date rather than a second one added beside it.
    """
    done = ended(session, next_date)
    with store.transaction():
        for action in actions:
            current = store.actions.find(action.id)
            if current is not None and current != action:
                store.actions.update(action)
        saved = store.sessions.save_edits(session, done).record
        follow_up = None
        if next_date is not None:
            reuse = follow_up_for(store, session, next_date)
            if reuse is None:
                follow_up = plan_next(store, done, next_date)
            elif reuse.session_date != next_date:
                follow_up = store.sessions.set_fields(reuse.id, session_date=next_date)
            else:
                follow_up = reuse
    return Ending(saved, follow_up)
