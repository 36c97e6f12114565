"""The caseload: each mentee's sessions and actions, with leap-of-faith flags from the domain rules.

This is what the window shows first, so it reads with its own queries rather than through the session and
leap-plan repositories: their modules (and the record classes they build) load when something needs
them. A caseload with no plan under way does not load the leap-of-faith rules at all.
"""

from __future__ import annotations

from datetime import date

from leadapp.domain.caseload import CaseloadEntry
from leadapp.domain.enums import ACTIVE_STATUSES
from leadapp.store.store import Store

UNDER_WAY = tuple(status.value for status in ACTIVE_STATUSES)
"""The plan statuses that can raise a flag, as stored."""

CASELOAD = """
select p.id, p.full_name, p.profession, p.profession_other,
  (select max(session_date) from sessions s where s.mentee_id = p.id
     and s.status in ('held', 'in_progress')
     and s.deleted_at is null) as last_held,
  (select min(session_date) from sessions s where s.mentee_id = p.id and s.status = 'planned'
     and s.session_date >= :today and s.deleted_at is null) as next_planned,
  (select count(*) from actions a where a.mentee_id = p.id and a.status = 'open'
     and a.deleted_at is null) as open_actions,
  (select count(*) from actions a where a.mentee_id = p.id and a.status = 'open'
     and a.due_date < :today and a.deleted_at is null) as overdue_actions
from people p
where p.kind = 'mentee' and p.archived_at is null and p.deleted_at is null
"""
"""The last-held term is migrations.SESSIONS_HELD's condition as written, which lets SQLite answer it from
that index: change both together."""


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def caseload_entries(store: Store, on: date) -> list[CaseloadEntry]:
    """Each current mentee's last and next session and open actions, without leap-of-faith flags.

    Read as plain rows, in the query's column order, rather than as dictionaries: Home reads every mentee,
    and at 960 mentees the dictionaries were a tenth of its first screen.
    """
    rows = store.db.execute(CASELOAD, {"today": on.isoformat()})
    return [
        CaseloadEntry(
            mentee_id,
            full_name,
            profession or "",
            _day(last_held),
            _day(next_planned),
            open_actions,
            overdue_actions,
            (),
            profession_other or "",
        )
        for (
            mentee_id,
            full_name,
            profession,
            profession_other,
            last_held,
            next_planned,
            open_actions,
            overdue_actions,
        ) in rows
    ]


def _any_plan_under_way(store: Store) -> bool:
    found = store.db.execute(
        f"select exists(select 1 from leap_plans where status in ({', '.join('?' * len(UNDER_WAY))})"
        " and deleted_at is null)",
        UNDER_WAY,
    ).fetchone()
    return bool(found[0])


def leap_flags(store: Store, on: date) -> dict[str, tuple[str, ...]]:
    """Flags per mentee from their committed or in-progress plans and those plans' reviews."""
    if not _any_plan_under_way(store):
        return {}
    from leadapp.domain.leaps import plan_flags

    flags: dict[str, list[str]] = {}
    for plan in store.leap_plans.active():
        for flag in plan_flags(plan, store.leap_reviews.for_plan(plan.id), on):
            if flag not in flags.setdefault(plan.mentee_id, []):
                flags[plan.mentee_id].append(flag)
    return {mentee: tuple(found) for mentee, found in flags.items()}


def caseload(store: Store, on: date) -> list[CaseloadEntry]:
    flags = leap_flags(store, on)
    entries = caseload_entries(store, on)
    if not flags:
        return entries
    return [
        entry._replace(leap_flags=flags[entry.mentee_id]) if entry.mentee_id in flags else entry
        for entry in entries
    ]
