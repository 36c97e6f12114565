"""The schema, as numbered migrations (sqlite-utils records each in `_sqlite_migrations`).

Migrations are history: once released, a migration function never changes; a new need is a new function.
Column lists are written out here rather than derived from the domain classes for that reason.

The steps are listed in order here and handed to sqlite-utils' `Migrations` only when something applies them
(`registry()`, also `migrations.migrations`): opening a current database checks their names alone, and the
app's start does not import sqlite-utils for that (see leadapp/store/store_database.py).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database, Migrations

MIGRATION_SET = "leadapp"
MIGRATIONS_TABLE = "_sqlite_migrations"
"""Where sqlite-utils records the applied steps (its `Migrations.migrations_table`)."""

Step = Callable[["Database"], None]
_STEPS: list[Step] = []


def _step(function: Step) -> Step:
    _STEPS.append(function)
    return function


def names() -> list[str]:
    """Every step's name, in the order they apply."""
    return [step.__name__ for step in _STEPS]


@cache
def registry() -> Migrations:
    """sqlite-utils' record of the steps, made the first time they are applied or read through it."""
    from sqlite_utils import Migrations

    made = Migrations(MIGRATION_SET)
    for step in _STEPS:
        made()(step)
    return made


def __getattr__(name: str) -> Migrations:
    if name == "migrations":
        return registry()
    raise AttributeError(name)


RECORD = {"id": str, "created_at": str, "updated_at": str, "deleted_at": str}

TABLES: dict[str, dict[str, type]] = {
    "settings": {"key": str, "value": str},
    "people": {
        "full_name": str,
        "kind": str,
        "is_owner": int,
        "profession": str,
        "profession_other": str,
        "band": str,
        "organisation": str,
        "job_title": str,
        "career_stage": str,
        "aspirations": str,
        "email": str,
        "notes": str,
        "archived_at": str,
    },
    "relationships": {
        "mentor_id": str,
        "mentee_id": str,
        "kind": str,
        "formality": str,
        "scope": str,
        "start_date": str,
        "end_date": str,
        "goals": str,
        "frequency": str,
        "confidentiality": str,
        "notes": str,
    },
    "sessions": {
        "mentee_id": str,
        "mentor_id": str,
        "relationship_id": str,
        "session_date": str,
        "status": str,
        "start_time": str,
        "duration_min": int,
        "mode": str,
        "location": str,
        "template": str,
        "agenda": str,
        "shared_notes": str,
        "reflection": str,
        "mentor_private": str,
        "mentee_private": str,
        "categories": str,
        "next_session_date": str,
        "finish_later": int,
    },
    "actions": {
        "mentee_id": str,
        "session_id": str,
        "text": str,
        "owner": str,
        "owner_name": str,
        "due_date": str,
        "status": str,
        "done_on": str,
    },
    "activities": {
        "person_id": str,
        "title": str,
        "description": str,
        "start_date": str,
        "end_date": str,
        "status": str,
        "categories": str,
        "primary_category": str,
        "stage": str,
        "setting": str,
        "reach": str,
        "development_value": str,
        "development_value_other": str,
        "organisational_benefit": str,
        "behaviours": str,
        "outputs": str,
        "outcomes": str,
        "impact": str,
        "learning_type": str,
        "provider": str,
        "programme": str,
        "level": str,
        "funding": str,
        "related_person_id": str,
        "relationship_id": str,
        "session_id": str,
        "example_code": str,
        "readiness": str,
        "finish_later": int,
    },
    "evidence": {
        "activity_id": str,
        "kind": str,
        "title": str,
        "body": str,
        "url": str,
        "filename": str,
        "mime_type": str,
        "size": int,
        "content": bytes,
    },
    "objectives": {
        "person_id": str,
        "objective": str,
        "why": str,
        "categories": str,
        "target_date": str,
        "status": str,
        "activity_ids": str,
        "assessment_items": str,
    },
    "notes": {
        "person_id": str,
        "session_id": str,
        "noted_on": str,
        "body": str,
        "kind": str,
        "category": str,
        "visibility": str,
        "finish_later": int,
    },
    "leap_plans": {
        "mentee_id": str,
        "title": str,
        "status": str,
        "opportunity_type": str,
        "opportunity_other": str,
        "direction": str,
        "origin": str,
        "champion_id": str,
        "start_date": str,
        "review_date": str,
        "hopes": str,
        "outcome": str,
        "benefits": str,
        "lessons": str,
        "activity_id": str,
    },
    "leap_concerns": {
        "plan_id": str,
        "concern": str,
        "custom_text": str,
        "rating": str,
        "mitigation": str,
    },
    "leap_supports": {
        "plan_id": str,
        "mechanism": str,
        "other_text": str,
        "who": str,
        "frequency": str,
        "agreed": int,
        "if_less_well": int,
        "notes": str,
    },
    "leap_milestones": {"plan_id": str, "title": str, "due_date": str, "done_on": str},
    "leap_reviews": {
        "plan_id": str,
        "session_id": str,
        "review_date": str,
        "confidence": int,
        "wellbeing": int,
        "went_well": str,
        "less_well": str,
        "next_steps": str,
    },
    "assessments": {
        "person_id": str,
        "assessed_on": str,
        "framework": str,
        "rater": str,
        "notes": str,
    },
    "assessment_ratings": {"assessment_id": str, "item": str, "rating": int, "note": str},
}

FOREIGN_KEYS: dict[str, list[tuple[str, str]]] = {
    "relationships": [("mentor_id", "people"), ("mentee_id", "people")],
    "sessions": [
        ("mentee_id", "people"),
        ("mentor_id", "people"),
        ("relationship_id", "relationships"),
    ],
    "actions": [("mentee_id", "people"), ("session_id", "sessions")],
    "activities": [
        ("person_id", "people"),
        ("related_person_id", "people"),
        ("relationship_id", "relationships"),
        ("session_id", "sessions"),
    ],
    "evidence": [("activity_id", "activities")],
    "objectives": [("person_id", "people")],
    "notes": [("person_id", "people"), ("session_id", "sessions")],
    "leap_plans": [
        ("mentee_id", "people"),
        ("champion_id", "people"),
        ("activity_id", "activities"),
    ],
    "leap_concerns": [("plan_id", "leap_plans")],
    "leap_supports": [("plan_id", "leap_plans")],
    "leap_milestones": [("plan_id", "leap_plans")],
    "leap_reviews": [("plan_id", "leap_plans"), ("session_id", "sessions")],
    "assessments": [("person_id", "people")],
    "assessment_ratings": [("assessment_id", "assessments")],
}

INDEXES: dict[str, list[list[str]]] = {
    "people": [["kind", "full_name"], ["archived_at"]],
    "relationships": [["mentor_id"], ["mentee_id"]],
    "sessions": [["mentee_id", "session_date"], ["session_date"], ["status", "session_date"]],
    "actions": [["mentee_id", "status", "due_date"], ["session_id"], ["status", "due_date"]],
    "activities": [["person_id", "start_date"], ["person_id", "status"], ["session_id"]],
    "evidence": [["activity_id"]],
    "objectives": [["person_id"]],
    "notes": [["person_id", "noted_on"]],
    "leap_plans": [["mentee_id", "status"]],
    "leap_concerns": [["plan_id"]],
    "leap_supports": [["plan_id"]],
    "leap_milestones": [["plan_id"]],
    "leap_reviews": [["plan_id", "review_date"]],
    "assessments": [["person_id", "assessed_on"]],
    "assessment_ratings": [["assessment_id"]],
}

FULL_TEXT: dict[str, list[str]] = {
    "sessions": ["agenda", "shared_notes", "reflection", "mentor_private", "mentee_private"],
    "actions": ["text"],
    "activities": ["title", "description", "outputs", "outcomes", "impact"],
    "notes": ["body"],
}


@_step
def m001_initial_schema(db: Database) -> None:
    for name, table_columns in TABLES.items():
        db.table(name).create(
            {**RECORD, **table_columns},
            pk="id",
            not_null={"id", "created_at", "updated_at"},
            foreign_keys=[(col, other, "id") for col, other in FOREIGN_KEYS.get(name, [])],
        )
    db.table("settings").create_index(["key"], unique=True)
    for name, indexes in INDEXES.items():
        for index_columns in indexes:
            db.table(name).create_index(index_columns)
    for name in TABLES:
        db.table(name).create_index(["updated_at"])
    for name, fts_columns in FULL_TEXT.items():
        db.table(name).enable_fts(fts_columns, fts_version="FTS5", create_triggers=True, tokenize="porter")


@_step
def m002_full_text_without_stemming(db: Database) -> None:
    """Search matches what is typed so far, so words are indexed as written, not stemmed.

    With stemming, a half-typed word ("communi") and the stored word ("community") stem differently and
    the result vanishes mid-word. unicode61 also folds accents, so "Sian" finds "Siân".
    """
    for name, fts_columns in FULL_TEXT.items():
        db.table(name).disable_fts()
        db.table(name).enable_fts(
            fts_columns, fts_version="FTS5", create_triggers=True, tokenize="unicode61 remove_diacritics 2"
        )


@_step
def m003_activity_dates_index(db: Database) -> None:
    """The activity list across all mentees is ordered by start date; without this it sorts every row."""
    db.table("activities").create_index(["start_date"], if_not_exists=True)


M011_COLUMNS: dict[str, dict[str, type]] = {
    "assessments": {"finish_later": int},
    "assessment_ratings": {"evidence": str},
}
M012_PEOPLE_COLUMNS: dict[str, type] = {"equity_recorded": int, "equity_description": str}
M012_TABLES: dict[str, dict[str, type]] = {
    "cpd_profiles": {
        "person_id": str,
        "renewal_date": str,
        "period_from": str,
        "period_to": str,
        "practice_summary": str,
        "chosen_activity_ids": str,
        "gap_notes": str,
        "standard_1": str,
        "standard_2": str,
        "standard_3": str,
        "standard_4": str,
        "standard_5": str,
    }
}


@_step
def m011_assessment_evidence_and_objective_statuses(db: Database) -> None:
    """Ratings link to the activities and sessions that show them; an assessment can be left to finish later.

    Objectives gain "on track" and "at risk"; what used to be called "achieved" is now "met".
    """
    for name, columns in M011_COLUMNS.items():
        for column, kind in columns.items():
            db.table(name).add_column(column, kind)
    db.execute("update objectives set status = 'met' where status = 'achieved'")


@_step
def m012_cpd_profiles_and_equity_choice(db: Database) -> None:
    """A mentee's HCPC CPD profile draft, and their choice (off unless they turn it on) to record a
    self-described under-represented group for anonymised programme returns."""
    for column, kind in M012_PEOPLE_COLUMNS.items():
        db.table("people").add_column(column, kind)
    for name, columns in M012_TABLES.items():
        db.table(name).create(
            {**RECORD, **columns},
            pk="id",
            not_null={"id", "created_at", "updated_at"},
            foreign_keys=[("person_id", "people", "id")],
        )
        db.table(name).create_index(["person_id"])
        db.table(name).create_index(["updated_at"])


@_step
def m010_exchange(db: Database) -> None:
    """What the offline exchange remembers per person: their key and database, the versions last exchanged
    (the bases of the three-way merge), the conflicts waiting for a choice, and the files made and opened.
    """
    db.table("exchange_partners").create(
        {
            "person_id": str,
            "public_key": str,
            "their_db": str,
            "their_self": str,
            "their_me": str,
            "my_sequence": int,
            "received_sequence": int,
            "acknowledged": int,
            "linked_at": str,
            "updated_at": str,
        },
        pk="person_id",
        foreign_keys=[("person_id", "people", "id")],
    )
    db.table("exchange_bases").create(
        {
            "person_id": str,
            "table_name": str,
            "record_id": str,
            "received": str,
            "received_stamp": str,
            "sent": str,
            "sent_sequence": int,
        },
        pk=("person_id", "table_name", "record_id"),
    )
    db.table("exchange_conflicts").create(
        {
            "id": str,
            "person_id": str,
            "table_name": str,
            "record_id": str,
            "field": str,
            "mine": str,
            "theirs": str,
            "base": str,
            "created_at": str,
            "resolved_at": str,
            "resolution": str,
        },
        pk="id",
    )
    db.table("exchange_conflicts").create_index(["person_id", "resolved_at"])
    db.table("exchange_history").create(
        {
            "id": str,
            "person_id": str,
            "direction": str,
            "at": str,
            "sequence": int,
            "counts": str,
            "conflicts": int,
            "file_name": str,
        },
        pk="id",
    )
    db.table("exchange_history").create_index(["person_id", "at"])


FINISH_LATER_DATES = {"sessions": "session_date", "activities": "start_date", "notes": "noted_on"}


@_step
def m013_indexes_for_lists(db: Database) -> None:
    """Counting the activity list and listing its ids in order read one index instead of every row (the
    ids are how a long list pages while scrolling); Home's "to finish" list reads only the marked rows
    instead of every session, activity and note. idx_activities_start_date stays: the search across
    everything names it."""
    db.execute(
        "create index if not exists idx_activities_start_date_listed"
        " on activities (start_date, deleted_at, id)"
    )
    for table, column in FINISH_LATER_DATES.items():
        db.execute(
            f"create index if not exists idx_{table}_finish_later"
            f" on {table} ({column}) where finish_later = 1"
        )


ACTION_SESSIONS = (
    "create table if not exists action_sessions (action integer primary key, session integer not null)",
    "create trigger if not exists action_sessions_ai after insert on actions begin"
    " insert or replace into action_sessions (action, session)"
    " select new.rowid, s.rowid from sessions s where s.id = new.session_id and new.deleted_at is null; end",
    "create trigger if not exists action_sessions_au after update of session_id, deleted_at on actions begin"
    " delete from action_sessions where action = old.rowid;"
    " insert or replace into action_sessions (action, session)"
    " select new.rowid, s.rowid from sessions s where s.id = new.session_id and new.deleted_at is null; end",
    "create trigger if not exists action_sessions_ad after delete on actions begin"
    " delete from action_sessions where action = old.rowid; end",
    "create trigger if not exists action_sessions_session_ai after insert on sessions begin"
    " insert or replace into action_sessions (action, session)"
    " select a.rowid, new.rowid from actions a where a.session_id = new.id and a.deleted_at is null; end",
    "create trigger if not exists action_sessions_session_au after update of id on sessions begin"
    " delete from action_sessions where action in (select rowid from actions where session_id = old.id);"
    " insert or replace into action_sessions (action, session)"
    " select a.rowid, new.rowid from actions a where a.session_id = new.id and a.deleted_at is null; end",
    "create trigger if not exists action_sessions_session_ad after delete on sessions begin"
    " delete from action_sessions where action in (select rowid from actions where session_id = old.id); end",
)


@_step
def m014_action_sessions(db: Database) -> None:
    """Each undeleted action's session, by the rowids the full-text indexes use, kept by triggers.

    A session search also finds sessions through their actions. Mapping the matching actions to their
    sessions read each action's row and then the session's id index: for "business case", 1,927 actions
    (7,964 in a file four times larger) and most of the search's time. This narrow table answers it
    from a few pages. It holds numbers only, no text.
    """
    for statement in ACTION_SESSIONS:
        db.execute(statement)
    db.execute(
        "insert or replace into action_sessions (action, session)"
        " select a.rowid, s.rowid from actions a join sessions s on s.id = a.session_id"
        " where a.deleted_at is null"
    )


@_step
def m015_full_text_merged_after_the_save(db: Database) -> None:
    """The full-text indexes stop merging their segments inside the commit that saved: about one save in
    64 paid 10-20 ms for it. The syncer merges them after the save instead (see wal_sync.py). An index
    made again later (disable_fts, enable_fts) needs this setting again."""
    for name in FULL_TEXT:
        db.execute(f"insert into [{name}_fts]([{name}_fts], rank) values ('automerge', 0)")


ACTIONS_LISTED = (
    "create index if not exists idx_actions_listed"
    " on actions (status != 'open', due_date is null, due_date, created_at, id) where deleted_at is null"
)
"""The actions list's order (sessions.ACTION_ORDER, term for term) over the actions not in the bin."""


@_step
def m016_actions_in_list_order(db: Database) -> None:
    """The actions list reads its pages and its worker sorts every id in the list's order, which no index
    held: each sorted every action first. On the large demo file a page 15,000 actions in took 20 ms (on
    the window's thread, for a page read before the sorted ids arrive) and the sort of every id 18 ms;
    walking this index, 0.5 ms and 6 ms (best of seven)."""
    db.execute(ACTIONS_LISTED)


SESSIONS_HELD = (
    "create index if not exists idx_sessions_held on sessions (mentee_id, session_date)"
    " where status in ('held', 'in_progress') and deleted_at is null"
)
"""Each mentee's sessions that took place, by date: caseload.CASELOAD's last-held question, term for term."""


@_step
def m017_sessions_held(db: Database) -> None:
    """Home asks each mentee's last held session, which read every session of theirs to find the held
    ones: at 960 mentees (the 16x demo file) 5 of Home's 12 ms of queries. From this index it is one
    look-up: the caseload query 12.6 -> 8.4 ms there (best of five)."""
    db.execute(SESSIONS_HELD)


CASELOAD_FIGURES = (
    "create view if not exists caseload_figures as select p.id as mentee_id,"
    " lower(coalesce(p.full_name, '')) as name_key,"
    " (select max(session_date) from sessions s where s.mentee_id = p.id"
    " and s.status in ('held', 'in_progress') and s.deleted_at is null) as last_held,"
    " (select min(session_date) from sessions s where s.mentee_id = p.id and +s.status = 'planned'"
    " and s.session_date >= d.day and s.deleted_at is null) as next_planned,"
    " (select count(*) from actions a where a.mentee_id = p.id and a.status = 'open'"
    " and a.deleted_at is null) as open_actions,"
    " (select count(*) from actions a where a.mentee_id = p.id and a.status = 'open'"
    " and a.due_date < d.day and a.deleted_at is null) as overdue_actions"
    " from people p, caseload_day d"
    " where p.kind = 'mentee' and p.archived_at is null and p.deleted_at is null"
)
"""Each current mentee's figures as of the day kept in caseload_day: caseload.CASELOAD's terms. The next
planned session is looked up by the mentee's sessions from that day on (the `+` keeps SQLite from reading
every planned session from that day on, everyone's, for each mentee)."""

RANK_KEY = (
    "printf('%06d', 999999 - min(overdue_actions, 999999))"
    " || case when next_planned is null then '0' else '1' || next_planned end"
    " || name_key || char(1) || mentee_id"
)
"""domain.caseload.caseload_order's key for a mentee without leap-of-faith flags, as one text: most overdue
actions first, then no session planned, then the soonest session, then the name (its ASCII letters folded,
as SQLite's lower() does) and the id, which keeps any two mentees apart. Worked out from the stored
figures, so each of the view's look-ups runs once a mentee."""

KEPT = "mentee_id, name_key, last_held, next_planned, open_actions, overdue_actions"


def _standing_of(mentees: str) -> str:
    """A trigger's statement bringing the standing of the current mentees among `mentees` up to date."""
    figures = KEPT.removeprefix("mentee_id, ")
    return (
        f"insert into caseload_standing ({KEPT})"
        f" select * from caseload_figures where mentee_id in ({mentees})"
        f" on conflict (mentee_id) do update set ({figures})"
        f" = ({', '.join(f'excluded.{c}' for c in figures.split(', '))});"
    )


def _kept_by(table: str, columns: tuple[str, ...]) -> tuple[str, ...]:
    changed = " or ".join(f"old.{c} is not new.{c}" for c in columns)
    return (
        f"create trigger if not exists caseload_{table}_ai after insert on {table}"
        f" begin {_standing_of('new.mentee_id')} end",
        f"create trigger if not exists caseload_{table}_au after update of {', '.join(columns)} on {table}"
        f" when {changed} begin {_standing_of('old.mentee_id, new.mentee_id')} end",
        f"create trigger if not exists caseload_{table}_ad after delete on {table}"
        f" begin {_standing_of('old.mentee_id')} end",
    )


def _counted(row: str, sign: str) -> str:
    return (
        f"update caseload_totals set mentees = mentees {sign} 1,"
        f" attention = attention {sign} ({row}.overdue_actions > 0 or {row}.next_planned is null),"
        f" overdue = overdue {sign} {row}.overdue_actions;"
    )


PEOPLE_KEPT = ("kind", "archived_at", "deleted_at", "full_name")

CASELOAD_STANDING = (
    "create table if not exists caseload_day (id integer primary key check (id = 1), day text not null)",
    "insert or ignore into caseload_day (id, day) values (1, '')",
    "create table if not exists caseload_standing (mentee_id text primary key, name_key text not null,"
    " last_held text, next_planned text, open_actions integer not null, overdue_actions integer not null,"
    f" rank_key text generated always as ({RANK_KEY}) virtual)",
    "create index if not exists idx_caseload_standing_rank on caseload_standing (rank_key)",
    "create table if not exists caseload_totals (id integer primary key check (id = 1),"
    " mentees integer not null, attention integer not null, overdue integer not null)",
    "insert or ignore into caseload_totals (id, mentees, attention, overdue) values (1, 0, 0, 0)",
    CASELOAD_FIGURES,
    *_kept_by("sessions", ("mentee_id", "status", "session_date", "deleted_at")),
    *_kept_by("actions", ("mentee_id", "status", "due_date", "deleted_at")),
    "create trigger if not exists caseload_people_ai after insert on people"
    f" begin {_standing_of('new.id')} end",
    f"create trigger if not exists caseload_people_au after update of {', '.join(PEOPLE_KEPT)} on people"
    f" when {' or '.join(f'old.{c} is not new.{c}' for c in PEOPLE_KEPT)} begin {_standing_of('new.id')}"
    " delete from caseload_standing where mentee_id = new.id"
    " and not exists (select 1 from caseload_figures where mentee_id = new.id); end",
    "create trigger if not exists caseload_people_ad after delete on people"
    " begin delete from caseload_standing where mentee_id = old.id; end",
    f"create trigger if not exists caseload_totals_ai after insert on caseload_standing"
    f" begin {_counted('new', '+')} end",
    f"create trigger if not exists caseload_totals_au after update on caseload_standing"
    f" begin {_counted('old', '-')} {_counted('new', '+')} end",
    f"create trigger if not exists caseload_totals_ad after delete on caseload_standing"
    f" begin {_counted('old', '-')} end",
)
"""Home's caseload kept in order as records change (see caseload.py): each current mentee's figures and
place in the order in caseload_standing, the caseload's counts in caseload_totals, both as of the day in
caseload_day, which Home moves on (and everything with it) the first time it reads on a new day. The
triggers name the view rather than repeat its query: every connection reads the schema's text when it
opens, and the query written out in each trigger was 23 kB of it (1.5 ms of each start); naming the view,
5.5 kB."""

STANDING_AS_OF = (
    "update caseload_day set day = :day where id = 1",
    "delete from caseload_standing",
    f"insert into caseload_standing ({KEPT}) select * from caseload_figures",
)
"""Every mentee's standing again, as of :day: what the figures that depend on the date need each new day."""


@_step
def m018_caseload_standing(db: Database) -> None:
    """Home ordered every mentee by who needs attention, and counted them, each time it opened: four
    look-ups a mentee, 11 of its 13 ms at 960 mentees (the 16x demo file). Kept up to date by triggers as
    sessions, actions and people change, the order is read a page at a time from an index and the counts
    from one row. The figures that depend on the date (overdue actions, the next planned session) are as
    of the day the file was last read on; this fills them as of today."""
    from leadapp.domain.ids import today

    for statement in CASELOAD_STANDING:
        db.execute(statement)
    for statement in STANDING_AS_OF:
        db.execute(statement, {"day": today().isoformat()})
