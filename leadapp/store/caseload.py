"""The caseload: each mentee's sessions and actions, with leap-of-faith flags from the domain rules."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from leadapp.domain.leaps import plan_flags
from leadapp.domain.sessions import CaseloadEntry
from leadapp.store.store import Store


def leap_flags(store: Store, on: date) -> dict[str, tuple[str, ...]]:
    """Flags per mentee from their committed or in-progress plans and those plans' reviews."""
    flags: dict[str, list[str]] = {}
    for plan in store.leap_plans.active():
        for flag in plan_flags(plan, store.leap_reviews.for_plan(plan.id), on):
            if flag not in flags.setdefault(plan.mentee_id, []):
                flags[plan.mentee_id].append(flag)
    return {mentee: tuple(found) for mentee, found in flags.items()}


def caseload(store: Store, on: date) -> list[CaseloadEntry]:
    flags = leap_flags(store, on)
    return [
        replace(entry, leap_flags=flags.get(entry.mentee_id, ())) for entry in store.sessions.caseload(on)
    ]
