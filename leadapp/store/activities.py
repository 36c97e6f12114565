"""Development activities, evidence, objectives, and free-standing notes."""

from __future__ import annotations

import mimetypes
import os
import stat
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from leadapp.domain.activities import Activity, ActivityListing, Evidence, Objective
from leadapp.domain.enums import ActivityStatus, EvidenceKind
from leadapp.domain.notes import Note
from leadapp.store.changes import Table
from leadapp.store.errors import StoreError
from leadapp.store.repository import Repository
from leadapp.store.rows import from_row
from leadapp.store.search import fts_match

MAX_EVIDENCE_BYTES = 20 * 1024 * 1024

ACTIVITY_SORTS = {
    "date": "start_date is null, start_date {dir}, id",
    "title": "title collate nocase {dir}, id",
    "status": "status {dir}, start_date desc, id",
    "stage": "stage {dir}, start_date desc, id",
}
NEWEST_FIRST = "start_date desc, id"
"""The "date" order descending: undated last, as SQLite puts NULL last when sorting down. Written without
the `start_date is null` term, so the start-date index gives the first page without sorting every row."""


class EvidenceTooLargeError(StoreError):
    def __init__(self, path: Path, size: int) -> None:
        limit_mb = MAX_EVIDENCE_BYTES // (1024 * 1024)
        self.size = size
        super().__init__(
            f"{path.name} is too large to attach: files can be up to {limit_mb} MB. "
            "Nothing was attached; add a link to where the file is kept instead."
        )


class NotAFileError(StoreError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            f"{path.name} is not a file that can be attached (it is a folder, a device or a pipe): "
            "choose a document, picture or other ordinary file. Nothing was attached."
        )


def read_evidence(path: Path) -> bytes:
    """An ordinary file's bytes, never more than the limit: a device or pipe is refused before it is read.

    The size is checked on the opened file and again by what was read, so a file that grows, or reports
    no size, can never fill memory.
    """
    if not stat.S_ISREG(os.stat(path).st_mode):
        raise NotAFileError(path)
    handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(handle, "rb") as opened:
        info = os.fstat(opened.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise NotAFileError(path)
        if info.st_size > MAX_EVIDENCE_BYTES:
            raise EvidenceTooLargeError(path, info.st_size)
        content = opened.read(MAX_EVIDENCE_BYTES + 1)
    if len(content) > MAX_EVIDENCE_BYTES:
        raise EvidenceTooLargeError(path, len(content))
    return content


@dataclass(frozen=True)
class ActivityQuery:
    person_id: str | None = None
    category: str | None = None
    stage: str | None = None
    status: ActivityStatus | None = None
    date_from: date | None = None
    date_to: date | None = None
    text: str = ""
    sort: str = "date"
    descending: bool = True


class ActivityRepository(Repository[Activity]):
    table_name = Table.ACTIVITIES
    record_type = Activity

    def for_person(self, person_id: str) -> list[Activity]:
        return self._where("person_id = ?", [person_id], order_by="start_date is null, start_date desc")

    def latest_for(self, person_id: str, limit: int) -> list[Activity]:
        """The person's most recent activities: by when they ended, else started, else were last edited."""
        return self._where(
            "person_id = ?",
            [person_id],
            order_by="coalesce(end_date, start_date, substr(updated_at, 1, 10)) desc",
            limit=limit,
        )

    def _filter(self, query: ActivityQuery) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if query.person_id:
            clauses.append("person_id = ?")
            params.append(query.person_id)
        if query.category:
            clauses.append("exists (select 1 from json_each(activities.categories) where value = ?)")
            params.append(query.category)
        if query.stage:
            clauses.append("stage = ?")
            params.append(query.stage)
        if query.status:
            clauses.append("status = ?")
            params.append(query.status.value)
        if query.date_from:
            clauses.append("coalesce(end_date, start_date) >= ?")
            params.append(query.date_from.isoformat())
        if query.date_to:
            clauses.append("start_date <= ?")
            params.append(query.date_to.isoformat())
        match = fts_match(query.text)
        if match:
            clauses.append("rowid in (select rowid from activities_fts where activities_fts match ?)")
            params.append(match)
        elif query.text.strip():
            clauses.append("0")
        return " and ".join(clauses), params

    def _order(self, query: ActivityQuery) -> str:
        sort = query.sort if query.sort in ACTIVITY_SORTS else "date"
        if sort == "date" and query.descending:
            return NEWEST_FIRST
        return ACTIVITY_SORTS[sort].format(dir="desc" if query.descending else "asc")

    def listing(self, query: ActivityQuery, limit: int = 200, offset: int = 0) -> list[Activity]:
        where, params = self._filter(query)
        return self._where(where, params, order_by=self._order(query), limit=limit, offset=offset)

    def listing_with_names(
        self, query: ActivityQuery, limit: int = 200, offset: int = 0
    ) -> list[ActivityListing]:
        """The listing with each activity's person named, read in the same query as the page."""
        where, params = self._filter(query)
        tail = f"order by {self._order(query)} limit ? offset ?"
        return self._with_names(where, params, tail, [limit, offset])

    def with_names_by_ids(self, ids: list[str]) -> list[ActivityListing]:
        """The listed activities with these ids and their people's names, in the order given."""
        if not ids:
            return []
        found = {
            listed.activity.id: listed
            for listed in self._with_names(f"id in ({', '.join('?' * len(ids))})", list(ids), "", [])
        }
        return [found[i] for i in ids if i in found]

    def _with_names(self, where: str, params: list[Any], tail: str, more: list[Any]) -> list[ActivityListing]:
        clause = "deleted_at is null" + (f" and ({where})" if where else "")
        sql = (
            "select *, (select p.full_name from people p where p.id = activities.person_id"
            f" and p.deleted_at is null) as person_name from activities where {clause} {tail}"
        )
        return [
            ActivityListing(from_row(Activity, row), row["person_name"] or "")
            for row in self.db.query(sql, [*params, *more])
        ]

    def listing_ids(self, query: ActivityQuery) -> list[str]:
        """Every id of the listing in its order, so later pages are read by id instead of re-sorting all."""
        where, params = self._filter(query)
        return self._ordered_ids(where, params, self._order(query))

    def count_listing(self, query: ActivityQuery) -> int:
        where, params = self._filter(query)
        return self._count(where, params)

    def busiest_person(self) -> str | None:
        row = self.db.execute(
            "select person_id from activities where deleted_at is null group by person_id"
            " order by count(*) desc limit 1"
        ).fetchone()
        return str(row[0]) if row else None


class EvidenceRepository(Repository[Evidence]):
    table_name = Table.EVIDENCE
    record_type = Evidence

    def for_activity(self, activity_id: str) -> list[Evidence]:
        return self._where("activity_id = ?", [activity_id], order_by="created_at")

    def attach_file(self, activity_id: str, path: Path) -> Evidence:
        """Copy a file into the database, so evidence travels with it; too large a file is refused."""
        try:
            content = read_evidence(path)
        except OSError as error:
            raise StoreError(
                f"LeadApp could not read {path.name}: {error.strerror}. Nothing was attached."
            ) from error
        mime, _encoding = mimetypes.guess_type(path.name)
        return self.add(
            Evidence(
                activity_id=activity_id,
                kind=EvidenceKind.FILE,
                title=path.name,
                filename=path.name,
                mime_type=mime or "application/octet-stream",
                size=len(content),
                content=content,
            )
        )

    def titles_for(self, activity_ids: list[str]) -> dict[str, list[str]]:
        """Evidence titles per activity without loading file contents."""
        if not activity_ids:
            return {}
        marks = ", ".join("?" for _ in activity_ids)
        found: dict[str, list[str]] = {}
        for activity_id, title in self.db.execute(
            f"select activity_id, title from evidence where deleted_at is null and activity_id in ({marks})"
            " order by created_at",
            activity_ids,
        ):
            found.setdefault(activity_id, []).append(title)
        return found


class ObjectiveRepository(Repository[Objective]):
    table_name = Table.OBJECTIVES
    record_type = Objective

    def for_person(self, person_id: str) -> list[Objective]:
        return self._where("person_id = ?", [person_id], order_by="target_date")


class NoteRepository(Repository[Note]):
    table_name = Table.NOTES
    record_type = Note

    def for_person(self, person_id: str) -> list[Note]:
        return self._where("person_id = ?", [person_id], order_by="noted_on desc")
