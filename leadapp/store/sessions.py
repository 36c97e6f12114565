"""Sessions and agreed actions: listings, full-text search, the caseload summary.

Private notes are searched only when the caller says they are on screen; otherwise the FTS query is limited
to the shared columns, so a hidden note can never surface through a search result.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from typing import Any

from leadapp.domain.enums import ActionStatus, SessionStatus
from leadapp.domain.people import Relationship
from leadapp.domain.search import passage
from leadapp.domain.sessions import Action, ActionListing, Session, SessionListing, search_terms
from leadapp.store.changes import Table
from leadapp.store.errors import translate
from leadapp.store.repository import Repository
from leadapp.store.rows import from_row
from leadapp.store.search import fts_match

SHARED_COLUMNS = ("agenda", "shared_notes", "reflection")
PRIVATE_COLUMNS = ("mentor_private", "mentee_private")
ALL_COLUMNS = SHARED_COLUMNS + PRIVATE_COLUMNS
MARK_START, MARK_END = "\x02", "\x03"

OPEN_ACTIONS = (
    "(select count(*) from actions a"
    " where a.session_id = s.id and a.status = 'open' and a.deleted_at is null)"
)
ACTION_ORDER = "a.status != 'open', a.due_date is null, a.due_date, a.created_at, a.id"
"""Open first, soonest due first, undated last; the id settles ties (actions saved together share their
created_at), so pages read by offset and the ids a worker sorts give one order. The index of migration
m016 holds these terms as written: change both together."""
ACTION_ROWS = (
    "select a.*, p.full_name as mentee_name, s.session_date as from_session"
    " from {source} join people p on p.id = a.mentee_id left join sessions s on s.id = a.session_id"
)
"""A listed action with its mentee's name and its session's date; `source` gives the actions as `a`."""
LOOKUP_STEPS = 12
"""A session looked up by rowid costs about as much as twelve steps along an index (measured on the large
demo file: 3,500 lookups in 4.4 ms, 6,000 steps in 0.55 ms)."""
SESSION_SORTS = {
    "date": "s.session_date {dir}, s.start_time {dir}, s.id",
    "mentee": "p.full_name collate nocase {dir}, s.session_date desc, s.id",
    "status": "s.status {dir}, s.session_date desc, s.id",
    "open": "open_actions {dir}, s.session_date desc, s.id",
}


@dataclass(frozen=True)
class SessionQuery:
    mentee_id: str | None = None
    statuses: tuple[SessionStatus, ...] = ()
    date_from: date | None = None
    date_to: date | None = None
    text: str = ""
    include_private: bool = False
    private_column: str = "mentor_private"
    """Only the owner's own private notes are ever searched: a mentor's database searches mentor_private."""
    sort: str = "date"
    descending: bool = True


@dataclass(frozen=True)
class ActionQuery:
    mentee_id: str | None = None
    owner: str | None = None
    statuses: tuple[ActionStatus, ...] = (ActionStatus.OPEN,)
    overdue_on: date | None = None


def searched_columns(query: SessionQuery) -> tuple[str, ...]:
    if query.include_private and query.private_column in PRIVATE_COLUMNS:
        return (*SHARED_COLUMNS, query.private_column)
    return SHARED_COLUMNS


class SessionRepository(Repository[Session]):
    table_name = Table.SESSIONS
    record_type = Session

    def for_mentee(self, mentee_id: str) -> list[Session]:
        return self._where("mentee_id = ?", [mentee_id], order_by="session_date desc")

    def recent_for(self, mentee_id: str, limit: int, keeping: str | None = None) -> list[Session]:
        """The mentee's latest sessions to link a record to, newest first, cancelled ones left out.

        `keeping` is the session a record is linked to now: added at the end when it is older (or
        cancelled), so the link still shows.
        """
        found = self._where(
            "mentee_id = ? and status != ?",
            [mentee_id, SessionStatus.CANCELLED.value],
            order_by="session_date desc",
            limit=limit,
        )
        if keeping and all(session.id != keeping for session in found):
            kept = self.find(keeping)
            if kept is not None:
                found.append(kept)
        return found

    def planned_after(self, session: Session) -> list[Session]:
        """The mentee's other planned sessions dated after this one, soonest first."""
        return self._where(
            "mentee_id = ? and status = ? and session_date > ? and id != ?",
            [session.mentee_id, SessionStatus.PLANNED.value, session.session_date.isoformat(), session.id],
            order_by="session_date, start_time",
        )

    def for_relationship(self, relationship: Relationship) -> list[Session]:
        """A relationship's sessions, oldest first, with those of the same pair not linked to any."""
        return self._where(
            "relationship_id = ? or (relationship_id is null and mentee_id = ? and mentor_id = ?)",
            [relationship.id, relationship.mentee_id, relationship.mentor_id],
            order_by="session_date",
        )

    def _filter(self, query: SessionQuery, walk: bool = False) -> tuple[str, list[Any]]:
        """`walk`: the search's matches are only tested, not looked up (the unary plus keeps SQLite from
        reading the sessions by rowid), so the listing's order is read from an index until a page is full."""
        clauses = ["s.deleted_at is null"]
        params: list[Any] = []
        if query.mentee_id:
            clauses.append("s.mentee_id = ?")
            params.append(query.mentee_id)
        if query.statuses:
            clauses.append(f"s.status in ({', '.join('?' for _ in query.statuses)})")
            params.extend(s.value for s in query.statuses)
        if query.date_from:
            clauses.append("s.session_date >= ?")
            params.append(query.date_from.isoformat())
        if query.date_to:
            clauses.append("s.session_date <= ?")
            params.append(query.date_to.isoformat())
        match = fts_match(query.text, searched_columns(query))
        if match:
            # One set of matching rowids (the session's own text, or one of its actions): written as two
            # IN tests joined by OR, SQLite tested every candidate row against both, twice as slow.
            # The actions' sessions come from action_sessions (migration m014), not from each action's row.
            clauses.append(
                f"{'+' if walk else ''}s.rowid in (select rowid from sessions_fts where sessions_fts match ?"
                " union all select session from action_sessions where action in"
                " (select rowid from actions_fts where actions_fts match ?))"
            )
            params.extend([match, fts_match(query.text)])
        elif query.text.strip():
            clauses.append("0")
        return " and ".join(clauses), params

    def _order(self, query: SessionQuery) -> str:
        return SESSION_SORTS.get(query.sort, SESSION_SORTS["date"]).format(
            dir="desc" if query.descending else "asc"
        )

    def listing(self, query: SessionQuery, limit: int = 200, offset: int = 0) -> list[SessionListing]:
        where, params = self._filter(query)
        return self._listed(query, where, [*params, limit, offset], "limit ? offset ?")

    def search_page(self, query: SessionQuery, limit: int) -> list[SessionListing]:
        """The first `limit` sessions a search lists, not counted: the list shows them while its counting
        worker counts (for a search matching 1,100 of 6,000 sessions the count was 1.5 ms of 3.3). How many
        the full-text indexes hold for the words (at least as many as match) chooses the way to the page."""
        with self._reading():
            return self._first_rows(query, limit, self._matches_at_most(query))

    def _matches_at_most(self, query: SessionQuery) -> int:
        """Entries in the two indexes for the words, without reading a session: a count too high by the
        deleted sessions, those filtered out and those matched twice (0.1–1.2 ms against 1.5–4.3 ms)."""
        if query.sort != "date" or not search_terms(query.text):
            return 0
        sql = (
            "select (select count(*) from sessions_fts where sessions_fts match ?)"
            " + (select count(*) from action_sessions where action in"
            " (select rowid from actions_fts where actions_fts match ?))"
        )
        found = self.db.conn.execute(
            sql, [fts_match(query.text, searched_columns(query)), fts_match(query.text)]
        )
        return int(found.fetchone()[0])

    def _first_rows(self, query: SessionQuery, limit: int, matches: int) -> list[SessionListing]:
        """Few matches are looked up by rowid and sorted; many are found by walking the date index newest
        first and testing each session against the matches, which stops once the page is full (a search for
        two common words matching 3,500 of 6,000 sessions: 1.9 ms against 4.9 ms by lookup)."""
        where, params = self._filter(query, walk=self._walk_is_quicker(matches, limit))
        counted = f", {OPEN_ACTIONS} as open_actions" if query.sort == "open" else ""
        sql = (
            f"select s.rowid{counted} from sessions s join people p on p.id = s.mentee_id"
            f" where {where} order by {self._order(query)} limit ?"
        )
        rowids = [row[0] for row in self.db.conn.execute(sql, [*params, limit])]
        marks = ", ".join("?" for _ in rowids)
        return self._listed(query, f"s.rowid in ({marks})", rowids, "") if rowids else []

    @contextmanager
    def _reading(self) -> Iterator[None]:
        """One read transaction for the statements inside, unless one is open already."""
        conn = self.db.conn
        began = not conn.in_transaction
        try:
            if began:
                conn.execute("begin")
            yield
        except sqlite3.Error as error:
            raise translate(error, self.path) from error
        finally:
            if began and conn.in_transaction:
                conn.execute("commit")

    def _walk_is_quicker(self, matches: int, limit: int) -> bool:
        """A walk passes about `span / matches` sessions for each one listed, at a fraction of the cost of a
        lookup (LOOKUP_STEPS); lookups read every match. No matches counted (`_matches_at_most` counts only
        for the date order, the one with an index to walk) is no walk."""
        if not matches:
            return False
        span = int(self.db.conn.execute("select coalesce(max(rowid), 0) from sessions").fetchone()[0])
        return matches * matches * LOOKUP_STEPS > limit * span

    def listing_ids(self, query: SessionQuery) -> list[str]:
        """Every id of the listing in its order, so later pages are read by id instead of re-sorting all."""
        where, params = self._filter(query)
        counted = f", {OPEN_ACTIONS} as open_actions" if query.sort == "open" else ""
        sql = (
            f"select s.id{counted} from sessions s join people p on p.id = s.mentee_id where {where}"
            f" order by {self._order(query)}"
        )
        try:
            return [str(row[0]) for row in self.db.execute(sql, params)]
        except sqlite3.Error as error:
            raise translate(error, self.path) from error

    def listing_by_ids(self, query: SessionQuery, ids: list[str]) -> list[SessionListing]:
        """The listed sessions with these ids (still matching the query), in the order given."""
        if not ids:
            return []
        where, params = self._filter(query)
        where = f"({where}) and s.id in ({', '.join('?' * len(ids))})"
        found = {listed.session.id: listed for listed in self._listed(query, where, [*params, *ids], "")}
        return [found[i] for i in ids if i in found]

    def _listed(self, query: SessionQuery, where: str, params: list[Any], tail: str) -> list[SessionListing]:
        sql = (
            "select s.*, s.rowid as fts_rowid, p.full_name as mentee_name,"
            f" {OPEN_ACTIONS} as open_actions"
            f" from sessions s join people p on p.id = s.mentee_id where {where}"
            f" order by {self._order(query)} {tail}"
        )
        try:
            rows = list(self.db.query(sql, params))
        except sqlite3.Error as error:
            raise translate(error, self.path) from error
        snippets = self._snippets(rows, query)
        return [
            SessionListing(
                from_row(Session, row), row["mentee_name"], row["open_actions"], snippets.get(row["id"], "")
            )
            for row in rows
        ]

    def _snippets(self, rows: list[dict[str, Any]], query: SessionQuery) -> dict[str, str]:
        """Best passage per listed session, found in the text already read plus one query for actions."""
        terms = search_terms(query.text)
        if not rows or not terms:
            return {}
        columns = searched_columns(query)
        found: dict[str, str] = {}
        for row in rows:
            text = passage((row[column] for column in columns), terms, MARK_START, MARK_END)
            if text:
                found[row["id"]] = text
        missing = [row["id"] for row in rows if row["id"] not in found]
        if missing:
            found.update(self._action_passages(missing, terms))
        return found

    def _action_passages(self, session_ids: list[str], terms: list[str]) -> dict[str, str]:
        marks = ", ".join("?" for _ in session_ids)
        texts: dict[str, list[str]] = {}
        for session_id, text in self.db.execute(
            f"select session_id, text from actions where deleted_at is null and session_id in ({marks})"
            " order by created_at",
            session_ids,
        ):
            texts.setdefault(session_id, []).append(text or "")
        found = {}
        for session_id, action_texts in texts.items():
            text = passage(action_texts, terms, MARK_START, MARK_END)
            if text:
                found[session_id] = text
        return found

    def count_listing(self, query: SessionQuery) -> int:
        where, params = self._filter(query)
        sql = f"select count(*) from sessions s join people p on p.id = s.mentee_id where {where}"
        return int(self.db.execute(sql, params).fetchone()[0])

    def snippet(self, session_id: str, query: SessionQuery) -> str:
        """The best matching passage, with matches between MARK_START and MARK_END; '' without a search."""
        terms = search_terms(query.text)
        row = next(self.db.query("select * from sessions where id = ?", [session_id]), None)
        if not terms or row is None:
            return ""
        text = passage((row[column] for column in searched_columns(query)), terms, MARK_START, MARK_END)
        return text or self._action_passages([session_id], terms).get(session_id, "")

    def planned_on(self, mentee_id: str, when: date) -> Session | None:
        found = self._where(
            "mentee_id = ? and session_date = ? and status = 'planned'",
            [mentee_id, when.isoformat()],
            limit=1,
        )
        return found[0] if found else None

    def next_for(self, mentee_id: str, on: date) -> Session | None:
        found = self._where(
            "mentee_id = ? and status = 'planned' and session_date >= ?",
            [mentee_id, on.isoformat()],
            order_by="session_date, start_time",
            limit=1,
        )
        return found[0] if found else None


class ActionRepository(Repository[Action]):
    table_name = Table.ACTIONS
    record_type = Action

    def for_session(self, session_id: str) -> list[Action]:
        return self._where("session_id = ?", [session_id], order_by="created_at")

    def for_mentee(self, mentee_id: str) -> list[Action]:
        """Every action agreed with the mentee, open or not."""
        return self._where("mentee_id = ?", [mentee_id])

    def open_for_mentee(self, mentee_id: str) -> list[Action]:
        return self._where(
            "mentee_id = ? and status = 'open'", [mentee_id], order_by="due_date is null, due_date"
        )

    def _filter(self, query: ActionQuery) -> tuple[str, list[Any]]:
        clauses = ["a.deleted_at is null"]
        params: list[Any] = []
        if query.mentee_id:
            clauses.append("a.mentee_id = ?")
            params.append(query.mentee_id)
        if query.owner:
            clauses.append("a.owner = ?")
            params.append(query.owner)
        if query.statuses:
            clauses.append(f"a.status in ({', '.join('?' for _ in query.statuses)})")
            params.extend(s.value for s in query.statuses)
        if query.overdue_on:
            clauses.append("a.status = 'open' and a.due_date < ?")
            params.append(query.overdue_on.isoformat())
        return " and ".join(clauses), params

    def listing(self, query: ActionQuery, limit: int = 200, offset: int = 0) -> list[ActionListing]:
        """The page is chosen from the actions alone and only its rows are joined to their mentee and
        session: joined first, every listed action looked up its session before the sort (their order has no
        index), 400 ms a page for the 318,980 actions of the 16x file against 80."""
        where, params = self._filter(query)
        page = (
            f"select a.rowid as listed from actions a where {where} order by {ACTION_ORDER} limit ? offset ?"
        )
        sql = ACTION_ROWS.format(source=f"({page}) page join actions a on a.rowid = page.listed")
        sql += f" order by {ACTION_ORDER}"
        return self._listed(sql, [*params, limit, offset])

    def listing_ids(self, query: ActionQuery) -> list[str]:
        """Every id of the listing in its order, so later pages are read by id instead of re-sorting all."""
        where, params = self._filter(query)
        sql = f"select a.id from actions a where {where} order by {ACTION_ORDER}"
        return [str(row[0]) for row in self.db.execute(sql, params)]

    def listing_by_ids(self, ids: list[str]) -> list[ActionListing]:
        """The listed actions with these ids, in the order given (removed ones left out)."""
        if not ids:
            return []
        sql = ACTION_ROWS.format(source="actions a") + (
            f" where a.deleted_at is null and a.id in ({', '.join('?' * len(ids))})"
        )
        found = {listed.action.id: listed for listed in self._listed(sql, ids)}
        return [found[i] for i in ids if i in found]

    def _listed(self, sql: str, params: list[Any]) -> list[ActionListing]:
        return [
            ActionListing(
                from_row(Action, row),
                row["mentee_name"],
                date.fromisoformat(row["from_session"]) if row["from_session"] else None,
            )
            for row in self.db.query(sql, params)
        ]

    def count_listing(self, query: ActionQuery) -> int:
        where, params = self._filter(query)
        return int(self.db.execute(f"select count(*) from actions a where {where}", params).fetchone()[0])

    def mark_done(self, action_id: str, on: date) -> Action:
        return self.set_fields(action_id, status=ActionStatus.DONE, done_on=on)

    def reopen(self, action_id: str) -> Action:
        return self.set_fields(action_id, status=ActionStatus.OPEN, done_on=None)

    def reschedule(self, action_id: str, due: date | None) -> Action:
        return self.set_fields(action_id, due_date=due)
