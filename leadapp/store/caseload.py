"""The caseload: each mentee's sessions and actions, with leap-of-faith flags from the domain rules.

This is what the window shows first, so it reads with its own queries rather than through the session and
leap-plan repositories: their modules (and the record classes they build) load when something needs
them. A caseload with no plan under way does not load the leap-of-faith rules at all.

Home reads the caseload in its order from caseload_standing, which triggers keep up to date as records
change (migrations.CASELOAD_STANDING): a page of the order and the summary's counts cost the same for
ten mentees or a thousand. The figures that depend on the date are kept as of one day; the first read on a
new day moves them on, which is a write, so until the file's background check lets writes through (the
first start of a day) Home orders the caseload read whole, as it always could.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from datetime import date
from typing import Any

from leadapp.domain.caseload import CaseloadEntry, CaseloadRows, ListedCaseload, caseload_order, has_attention
from leadapp.domain.enums import ACTIVE_STATUSES
from leadapp.store.errors import StoreError
from leadapp.store.migrations import STANDING_AS_OF
from leadapp.store.repository import write_transaction
from leadapp.store.store import Store

UNDER_WAY = tuple(status.value for status in ACTIVE_STATUSES)
"""The plan statuses that can raise a flag, as stored."""

CASELOAD = """
select p.id, p.full_name, p.profession, p.profession_other,
  (select max(session_date) from sessions s where s.mentee_id = p.id
     and s.status in ('held', 'in_progress')
     and s.deleted_at is null) as last_held,
  (select min(session_date) from sessions s where s.mentee_id = p.id and +s.status = 'planned'
     and s.session_date >= :today and s.deleted_at is null) as next_planned,
  (select count(*) from actions a where a.mentee_id = p.id and a.status = 'open'
     and a.deleted_at is null) as open_actions,
  (select count(*) from actions a where a.mentee_id = p.id and a.status = 'open'
     and a.due_date < :today and a.deleted_at is null) as overdue_actions
from people p
where p.kind = 'mentee' and p.archived_at is null and p.deleted_at is null
"""
"""The last-held term is migrations.SESSIONS_HELD's condition as written, which lets SQLite answer it from
that index: change both together. migrations.CASELOAD_FIGURES asks the same questions of the kept
caseload."""


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _entry(row: tuple[Any, ...]) -> CaseloadEntry:
    mentee_id, full_name, profession, profession_other, last_held, next_planned, open_actions, overdue = row
    return CaseloadEntry(
        mentee_id,
        full_name,
        profession or "",
        _day(last_held),
        _day(next_planned),
        open_actions,
        overdue,
        (),
        profession_other or "",
    )


def caseload_entries(store: Store, on: date, only: Iterable[str] | None = None) -> list[CaseloadEntry]:
    """Each current mentee's last and next session and open actions, without leap-of-faith flags; with
    `only`, just those mentees.

    Read as plain rows, in the query's column order, rather than as dictionaries: at 960 mentees the
    dictionaries were a tenth of Home's first screen.
    """
    if only is None:
        rows = store.db.execute(CASELOAD, {"today": on.isoformat()})
    else:
        rows = store.db.execute(
            CASELOAD + " and p.id in (select value from json_each(:only))",
            {"today": on.isoformat(), "only": json.dumps(list(only))},
        )
    return [_entry(row) for row in rows]


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


def _with_flags(entries: list[CaseloadEntry], flags: dict[str, tuple[str, ...]]) -> list[CaseloadEntry]:
    if not flags:
        return entries
    return [
        entry._replace(leap_flags=flags[entry.mentee_id]) if entry.mentee_id in flags else entry
        for entry in entries
    ]


def caseload(store: Store, on: date, only: Iterable[str] | None = None) -> list[CaseloadEntry]:
    """The caseload read whole (or just the mentees `only` names), with flags, in no particular order."""
    return _with_flags(caseload_entries(store, on, only), leap_flags(store, on))


KEPT_COLUMNS = (
    "select s.mentee_id, p.full_name, p.profession, p.profession_other, s.last_held, s.next_planned,"
    " s.open_actions, s.overdue_actions from caseload_standing s join people p on p.id = s.mentee_id"
)
UNFLAGGED = "s.mentee_id not in (select value from json_each(:flagged))"


def standing_as_of(store: Store, on: date) -> bool:
    """Whether the kept caseload is as of `on`, moving it on to `on` first if it is not and a write can be
    made now. False leaves Home to read the caseload whole: while the file is still being checked, or when
    the write fails (a locked or full disk, a read-only file), which is Home's to work around, not to say."""
    try:
        kept = store.db.execute("select day from caseload_day where id = 1").fetchone()
        if kept is not None and kept[0] == on.isoformat():
            return True
        if store.writes_wait():
            return False

        def move_on() -> None:
            for statement in STANDING_AS_OF:
                store.db.execute(statement, {"day": on.isoformat()})

        write_transaction(store.db, store.path, move_on)
    except (StoreError, sqlite3.Error):
        return False
    return True


class KeptCaseload:
    """The caseload in Home's order from what the triggers keep: mentees with leap-of-faith flags first, in
    the domain's order (flags come from the plans' rules, and few mentees have a plan under way), then
    everyone else a page at a time from the kept order."""

    def __init__(self, store: Store, flags: dict[str, tuple[str, ...]], on: date) -> None:
        self._db = store.db
        self._flagged = caseload_order(
            [
                _entry(row)._replace(leap_flags=flags[row[0]])
                for row in self._db.execute(
                    f"{KEPT_COLUMNS} where s.mentee_id in (select value from json_each(?))",
                    [json.dumps(list(flags))],
                )
            ],
            on,
        )
        self._skip = json.dumps([entry.mentee_id for entry in self._flagged])
        self._totals = tuple(
            self._db.execute("select mentees, attention, overdue from caseload_totals").fetchone()
        )

    def count(self) -> int:
        return int(self._totals[0])

    def page(self, offset: int, limit: int) -> list[CaseloadEntry]:
        flagged = self._flagged[offset : offset + limit]
        wanted = limit - len(flagged)
        if wanted <= 0:
            return flagged
        rows = self._db.execute(
            f"{KEPT_COLUMNS} where {UNFLAGGED} order by s.rank_key limit :limit offset :offset",
            {"flagged": self._skip, "limit": wanted, "offset": max(offset - len(self._flagged), 0)},
        )
        return flagged + [_entry(row) for row in rows]

    def position(self, mentee_id: str) -> int:
        flagged = next((i for i, e in enumerate(self._flagged) if e.mentee_id == mentee_id), None)
        if flagged is not None:
            return flagged
        kept = self._db.execute(
            "select rank_key from caseload_standing where mentee_id = ?", [mentee_id]
        ).fetchone()
        if kept is None:
            return -1
        before = self._db.execute(
            f"select count(*) from caseload_standing s where {UNFLAGGED} and s.rank_key < :key",
            {"flagged": self._skip, "key": kept[0]},
        ).fetchone()[0]
        return len(self._flagged) + int(before)

    def needing_attention(self) -> int:
        """The kept count, and the flagged mentees it does not count (they have flags and nothing else)."""
        counted = int(self._totals[1])
        return counted + sum(1 for e in self._flagged if not has_attention(e._replace(leap_flags=())))

    def overdue(self) -> int:
        return int(self._totals[2])


def caseload_rows(store: Store, on: date) -> CaseloadRows:
    """Home's caseload: from the kept order when it can be as of `on`, else read whole and ordered."""
    flags = leap_flags(store, on)
    if standing_as_of(store, on):
        return KeptCaseload(store, flags, on)
    return ListedCaseload(_with_flags(caseload_entries(store, on), flags), on)
