"""The timeline as one UNION query, paged.

Each branch reads one table through its per-mentee index; only the branches for the kinds asked for are
built, and the outer query sorts and pages, so the first screen costs one short query however long the
story is. Private note text is replaced by NULL in SQL while sharing, so it never reaches the screen.
"""

from __future__ import annotations

import json
from typing import Any

from leadapp.domain.timeline import EntryKind, TimelineEntry, TimelineQuery
from leadapp.store.store import Store
from leadapp.store.to_finish import NOTE_TEXT, TEXT

_NOTE_CATEGORY = "case when coalesce(n.category, '') = '' then '[]' else json_array(n.category) end"
_NOTE_WHERE = (
    "n.person_id = :mentee and n.deleted_at is null"
    " and coalesce(n.visibility, 'shared') in ('shared', :own_private)"
)

BRANCHES: dict[EntryKind, str] = {
    EntryKind.SESSION: (
        "select 'session' as kind, s.id, s.session_date as day, coalesce(s.categories, '[]') as categories,"
        " substr(coalesce(nullif(s.shared_notes, ''), nullif(s.agenda, ''), s.reflection),"
        f" 1, {TEXT}) as text,"
        " s.status as detail, s.id as opens, coalesce(s.finish_later, 0) as finish_later"
        " from sessions s where s.mentee_id = :mentee and s.deleted_at is null"
    ),
    EntryKind.ACTION_SET: (
        "select 'action_set', a.id, coalesce(s.session_date, substr(a.created_at, 1, 10)),"
        f" '[]', substr(a.text, 1, {TEXT}), a.owner, coalesce(a.session_id, ''), 0"
        " from actions a left join sessions s on s.id = a.session_id"
        " where a.mentee_id = :mentee and a.deleted_at is null"
    ),
    EntryKind.ACTION_DONE: (
        f"select 'action_done', a.id, a.done_on, '[]', substr(a.text, 1, {TEXT}), a.owner,"
        " coalesce(a.session_id, ''), 0 from actions a"
        " where a.mentee_id = :mentee and a.deleted_at is null and a.status = 'done'"
        " and coalesce(a.done_on, '') != ''"
    ),
    EntryKind.REFLECTION: (
        f"select 'reflection', n.id, n.noted_on, {_NOTE_CATEGORY}, {NOTE_TEXT}, n.visibility, n.id,"
        f" coalesce(n.finish_later, 0) from notes n where {_NOTE_WHERE} and n.kind = 'reflection'"
    ),
    EntryKind.NOTE: (
        f"select 'note', n.id, n.noted_on, {_NOTE_CATEGORY}, {NOTE_TEXT}, n.visibility, n.id,"
        f" coalesce(n.finish_later, 0) from notes n where {_NOTE_WHERE} and n.kind != 'reflection'"
    ),
    EntryKind.ACTIVITY: (
        f"select 'activity', t.id, t.start_date, coalesce(t.categories, '[]'), substr(t.title, 1, {TEXT}),"
        " t.status, t.id, coalesce(t.finish_later, 0)"
        " from activities t where t.person_id = :mentee and t.deleted_at is null"
    ),
    EntryKind.LEAP_PLAN: (
        f"select 'leap_plan', p.id, p.start_date, '[\"leaps\"]', substr(p.title, 1, {TEXT}), p.status,"
        " p.id, 0 from leap_plans p where p.mentee_id = :mentee and p.deleted_at is null"
    ),
    EntryKind.LEAP_REVIEW: (
        "select 'leap_review', r.id, r.review_date, '[\"leaps\"]',"
        f" substr(coalesce(nullif(r.went_well, ''), nullif(r.less_well, ''), r.next_steps), 1, {TEXT}),"
        " p.title, p.id, 0 from leap_plans p join leap_reviews r on r.plan_id = p.id"
        " where p.mentee_id = :mentee and p.deleted_at is null and r.deleted_at is null"
    ),
    EntryKind.ASSESSMENT: (
        "select 'assessment', x.id, x.assessed_on, '[]', x.framework, x.rater, x.id, 0"
        " from assessments x where x.person_id = :mentee and x.deleted_at is null"
    ),
    EntryKind.OBJECTIVE: (
        "select 'objective', o.id, coalesce(nullif(o.target_date, ''), substr(o.created_at, 1, 10)),"
        f" coalesce(o.categories, '[]'), substr(o.objective, 1, {TEXT}), o.status, o.id, 0"
        " from objectives o where o.person_id = :mentee and o.deleted_at is null"
    ),
}


def _compound(query: TimelineQuery) -> tuple[str, dict[str, Any]]:
    chosen = [BRANCHES[kind] for kind in EntryKind if kind in query.kinds]
    if not chosen:
        chosen = ["select '', '', '', '', '', '', '', 0 where 0"]
    sql = " union all ".join(chosen)
    where = ""
    params: dict[str, Any] = {
        "mentee": query.mentee_id,
        "own_private": query.own_private.value,
        "show_private": 1 if query.show_private else 0,
    }
    if query.category:
        where = " where categories like :category"
        params["category"] = f'%"{query.category}"%'
    return f"select * from ({sql}){where}", params


def timeline_page(store: Store, query: TimelineQuery, offset: int, limit: int) -> list[TimelineEntry]:
    sql, params = _compound(query)
    rows = store.db.execute(
        f"{sql} order by coalesce(day, '') desc, kind, id limit :limit offset :offset",
        {**params, "limit": limit, "offset": offset},
    ).fetchall()
    return [_entry(row) for row in rows]


def timeline_count(store: Store, query: TimelineQuery) -> int:
    sql, params = _compound(query)
    return int(store.db.execute(f"select count(*) from ({sql})", params).fetchone()[0])


def _entry(row: tuple[Any, ...]) -> TimelineEntry:
    kind, record_id, day, categories, text, detail, opens, finish_later = row
    try:
        codes = tuple(str(c) for c in json.loads(categories or "[]"))
    except (ValueError, TypeError):
        codes = ()
    return TimelineEntry(
        kind=EntryKind(kind),
        record_id=record_id,
        day=day or "",
        categories=codes,
        text=text,
        detail=detail or "",
        opens=opens or "",
        finish_later=bool(finish_later),
    )
