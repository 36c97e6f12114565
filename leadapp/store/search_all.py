"""The one search: sessions, activities, actions and notes matched through their FTS5 indexes.

Each kind is one query on its own index, newest first and capped, so a short prefix that matches thousands
of rows costs one ordered scan of the matches per kind, never a read of every record. Passages come from the
text already read (domain.search), not from snippet(), for the reason given there.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from leadapp.domain.enums import OwnerRole
from leadapp.domain.search import passage
from leadapp.domain.search_all import HitKind, SearchHit, first_line, note_levels
from leadapp.domain.sessions import own_private_column, search_terms
from leadapp.domain.sharing import NOBODY, SharingScope
from leadapp.store.errors import translate
from leadapp.store.search import fts_match
from leadapp.store.sessions import MARK_END, MARK_START, SHARED_COLUMNS
from leadapp.store.store import Store

PER_KIND = 25
DENSE = 400
"""Above this many matches of one kind, walking the records newest first beats sorting the matches."""
ACTIVITY_COLUMNS = ("title", "description", "outputs", "outcomes", "impact")


@dataclass(frozen=True)
class EverywhereQuery:
    text: str
    role: OwnerRole = OwnerRole.MENTOR
    include_private: bool = False
    """True only while private notes are on screen; then the owner's own private text is searched too."""
    scope: SharingScope = field(default_factory=SharingScope)
    per_kind: int = PER_KIND


def _people_clause(scope: SharingScope, column: str) -> tuple[str, list[Any]]:
    """While sharing: the mentee in front of you and people who are not mentees, as on every screen.

    Put as a list of people, so the per-person index narrows the records before the text is checked.
    """
    if not scope.on:
        return "", []
    allowed = "select id from people where id = ? or kind != 'mentee' or is_owner = 1"
    return f" and x.{column} in ({allowed})", [scope.front_id or NOBODY]


@dataclass(frozen=True)
class _Spec:
    """One kind's search, newest first, in the cheaper of two plans (chosen by `dense`).

    Few matches: those rows are sorted by date on narrow columns, then only the top few are read whole.
    While sharing, the few people allowed lead through their per-person index.
    Many matches (a short prefix): the records are walked newest first along a date index (or by rowid,
    which follows creation) and the walk stops at the first `limit` that match, so neither plan reads every
    match or sorts thousands of rows with their long text.
    """

    kind: HitKind
    table: str
    person: str
    order: str
    columns: tuple[str, ...]
    person_index: str
    walk: str = "x.rowid"
    index: str = ""
    extra: str = ""

    def sql(self, people: str, dense: bool) -> str:
        fts = f"{self.table}_fts"
        index = self.person_index if people else self.index if dense else ""
        source = f"{self.table} x indexed by {index}" if index else f"{self.table} x"
        key = self.walk if dense else self.order
        return (
            f"with top as (select x.rowid as rid, {key} as on_key from {source}"
            f" join people p on p.id = x.{self.person}"
            f" where x.rowid in (select rowid from {fts} where {fts} match ?)"
            f" and x.deleted_at is null{self.extra}{people} order by on_key desc limit ?)"
            f" select x.id, x.{self.person} as person_id, p.full_name, {self.order} as on_date,"
            f" {'x.id' if self.table == 'sessions' else 'x.session_id'} as session_id,"
            f" {', '.join('x.' + c for c in self.columns)}"
            f" from top join {self.table} x on x.rowid = top.rid join people p on p.id = x.{self.person}"
            " order by top.on_key desc"
        )

    def dense(self, store: Store, match: str) -> bool:
        fts = f"{self.table}_fts"
        sql = f"select count(*) from (select rowid from {fts} where {fts} match ? limit ?)"
        return int(store.db.execute(sql, [match, DENSE + 1]).fetchone()[0]) > DENSE


def _date(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def search_everywhere(store: Store, query: EverywhereQuery) -> list[SearchHit]:
    terms = search_terms(query.text)
    if not terms:
        return []
    private = own_private_column(query.role)
    session_columns = (*SHARED_COLUMNS, private) if query.include_private else SHARED_COLUMNS
    levels = [level.value for level in note_levels(query.role, query.include_private)]
    plain = fts_match(query.text)
    note_filter = f" and x.visibility in ({', '.join('?' for _ in levels)})"
    specs = [
        _Spec(
            HitKind.SESSION,
            "sessions",
            "mentee_id",
            "x.session_date || ' ' || x.start_time",
            session_columns,
            "idx_sessions_mentee_id_session_date",
            walk="x.session_date",
            index="idx_sessions_session_date",
        ),
        _Spec(
            HitKind.ACTIVITY,
            "activities",
            "person_id",
            "coalesce(x.start_date, substr(x.created_at, 1, 10))",
            ACTIVITY_COLUMNS,
            "idx_activities_person_id_start_date",
            walk="x.start_date",
            index="idx_activities_start_date",
        ),
        _Spec(
            HitKind.ACTION,
            "actions",
            "mentee_id",
            "x.created_at",
            ("text",),
            "idx_actions_mentee_id_status_due_date",
        ),
        _Spec(
            HitKind.NOTE,
            "notes",
            "person_id",
            "x.noted_on",
            ("body",),
            "idx_notes_person_id_noted_on",
            extra=note_filter,
        ),
    ]
    matches = {HitKind.SESSION: fts_match(query.text, session_columns)}
    hits: list[SearchHit] = []
    for spec in specs:
        match = matches.get(spec.kind, plain)
        people, people_params = _people_clause(query.scope, spec.person)
        params = [match, *(levels if spec.extra else []), *people_params, query.per_kind]
        # While sharing, one person's records are few: sorting them beats walking everyone's.
        dense = not query.scope.on and spec.dense(store, match)
        try:
            rows = list(store.db.query(spec.sql(people, dense), params))
        except sqlite3.Error as error:
            raise translate(error, store.path) from error
        hits += [_hit(spec.kind, row, terms, session_columns) for row in rows]
    return hits


def _hit(kind: HitKind, row: dict[str, Any], terms: list[str], session_columns: tuple[str, ...]) -> SearchHit:
    if kind is HitKind.SESSION:
        texts = [row[c] or "" for c in session_columns]
        title = "Session"
    elif kind is HitKind.ACTIVITY:
        texts = [row[c] or "" for c in ACTIVITY_COLUMNS]
        title = first_line(row["title"] or "") or "Untitled activity"
    elif kind is HitKind.ACTION:
        texts = [row["text"] or ""]
        title = first_line(row["text"] or "")
    else:
        texts = [row["body"] or ""]
        title = first_line(row["body"] or "") or "Note"
    return SearchHit(
        kind=kind,
        record_id=row["id"],
        person_id=row["person_id"],
        person_name=row["full_name"] or "",
        on=_date(row["on_date"]),
        title=title,
        passage=passage(texts, terms, MARK_START, MARK_END),
        session_id=row["session_id"],
    )
