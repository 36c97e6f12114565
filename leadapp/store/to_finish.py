"""Home's quiet list of records someone marked "finish later".

Apart from the timeline's queries (leadapp/store/timeline.py) because Home reads it at start, and the
timeline's entry classes are not needed until a timeline is opened.
"""

from __future__ import annotations

from typing import NamedTuple

from leadapp.domain.enums import Visibility
from leadapp.domain.sharing import SharingScope
from leadapp.store.store import Store

TEXT = 240
"""Characters read for a row's first line (and a timeline card's): enough for one line, never whole notes."""
NOTE_TEXT = f"case when n.visibility = 'shared' or :show_private then substr(n.body, 1, {TEXT}) end"
"""A note's first characters (a note aliased `n`), NULL for a private one unless `:show_private`: while
sharing, private text never leaves SQL. Here and in the timeline's query alike."""


class ToFinish(NamedTuple):
    """A record someone marked "finish later", for Home's quiet list."""

    table: str
    record_id: str
    person_id: str
    person_name: str
    day: str
    text: str | None


def to_finish(
    store: Store, scope: SharingScope, own_private: Visibility, person_id: str | None = None
) -> list[ToFinish]:
    """Sessions, activities and notes marked "finish later", newest first; while sharing only the mentee
    in front of you, and no private note text."""
    shown = scope.mentee_scope(person_id)
    rows = store.db.execute(
        "select f.tbl, f.id, f.person, f.day, f.text, p.full_name from ("
        " select 'sessions' as tbl, s.id as id, s.mentee_id as person, s.session_date as day,"
        f" substr(coalesce(nullif(s.agenda, ''), s.shared_notes), 1, {TEXT}) as text"
        " from sessions s where s.finish_later = 1 and s.deleted_at is null"
        " union all"
        f" select 'activities', t.id, t.person_id, t.start_date, substr(t.title, 1, {TEXT})"
        " from activities t where t.finish_later = 1 and t.deleted_at is null"
        " union all"
        f" select 'notes', n.id, n.person_id, n.noted_on, {NOTE_TEXT}"
        " from notes n where n.finish_later = 1 and n.deleted_at is null"
        " and coalesce(n.visibility, 'shared') in ('shared', :own_private)"
        ") f join people p on p.id = f.person"
        " where (:person is null or f.person = :person)"
        " order by coalesce(f.day, '') desc, f.id",
        {"show_private": 0 if scope.on else 1, "own_private": own_private.value, "person": shown},
    ).fetchall()
    return [
        ToFinish(table, record_id, person, name or "", day or "", text)
        for table, record_id, person, day, text, name in rows
    ]
