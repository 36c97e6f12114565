"""The session list, full-text search, the actions list and the caseload summary, on a real SQLite file.

The session list is the mentor's diary: filters, sorts and pages must agree with each other, and search
must never show a private note the screen is hiding.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from leadapp.domain.enums import ActionOwner, ActionStatus, PersonKind, SessionStatus
from leadapp.domain.people import Person
from leadapp.domain.sessions import Action, Session, SessionListing
from leadapp.store.caseload import caseload_entries
from leadapp.store.sessions import MARK_END, MARK_START, ActionQuery, SessionQuery
from leadapp.store.store import Store
from tests.ui.traces import statements_on_the_window_connection

HELD, PLANNED, CANCELLED = SessionStatus.HELD, SessionStatus.PLANNED, SessionStatus.CANCELLED
OPEN, DONE, DROPPED = ActionStatus.OPEN, ActionStatus.DONE, ActionStatus.DROPPED


def _person(store: Store, name: str, kind: PersonKind = PersonKind.MENTEE, **fields: Any) -> Person:
    return store.people.add(Person(full_name=name, kind=kind, **fields))


def _session(
    store: Store, mentee: Person, when: date, status: SessionStatus = HELD, **fields: Any
) -> Session:
    return store.sessions.add(Session(mentee_id=mentee.id, session_date=when, status=status, **fields))


def _action(store: Store, mentee: Person, text: str, session: Session | None = None, **fields: Any) -> Action:
    return store.actions.add(
        Action(mentee_id=mentee.id, text=text, session_id=session.id if session else None, **fields)
    )


def _ids(listed: list[SessionListing]) -> list[str]:
    return [row.session.id for row in listed]


class Diary:
    """Two mentees' sessions over five months, with one deleted session and a spread of actions."""

    def __init__(self, store: Store) -> None:
        self.owner = _person(store, "Morgan Hale", PersonKind.MENTOR, is_owner=True)
        self.asha = _person(store, "asha Patel")
        self.tom = _person(store, "Tom Reilly")
        asha, tom = self.asha, self.tom
        self.a1 = _session(
            store,
            asha,
            date(2025, 1, 10),
            start_time="09:00",
            shared_notes="Talked about chairing the falls meeting with Siobhan O'Neil.",
        )
        self.t1 = _session(
            store,
            tom,
            date(2025, 1, 10),
            start_time="15:00",
            reflection="I felt more confident presenting to the divisional board.",
        )
        self.a2 = _session(
            store, asha, date(2025, 2, 14), agenda="Preparing for the service review\nPortfolio gaps"
        )
        self.t2 = _session(
            store,
            tom,
            date(2025, 3, 1),
            shared_notes="Rota gaps again.",
            mentor_private="Wonder whether workload is affecting confidence; quokka.",
        )
        self.a3 = _session(
            store, asha, date(2025, 3, 14), CANCELLED, mentee_private="Nervous about the wombat interview."
        )
        self.a4 = _session(store, asha, date(2025, 4, 11), PLANNED)
        self.t3 = _session(store, tom, date(2025, 5, 1), PLANNED)
        self.gone = _session(store, tom, date(2025, 2, 1), shared_notes="A deleted session about falls.")
        store.sessions.delete(self.gone.id)

        _action(store, asha, "Book a shadowing day", self.a1, due_date=date(2025, 2, 1))
        _action(store, asha, "Send the audit slides", self.a1)
        _action(store, asha, "Read the chapter", self.a1, status=DONE, done_on=date(2025, 1, 20))
        deleted = _action(store, asha, "A deleted action", self.a1)
        store.actions.delete(deleted.id)
        _action(store, asha, "Apply for the programme", self.a2, status=DROPPED)
        for text in ("Draft the zeppelin business case", "Meet the nursing lead", "Join the network call"):
            _action(store, tom, text, self.t2)

    @property
    def live(self) -> list[Session]:
        return [self.a1, self.t1, self.a2, self.t2, self.a3, self.a4, self.t3]

    def names(self, listed: list[SessionListing]) -> list[str]:
        """The short names (a1, t2, ...) of listed sessions, for readable expectations."""
        by_id = {s.id: name for name, s in vars(self).items() if isinstance(s, Session)}
        return [by_id[row.session.id] for row in listed]


@pytest.fixture
def diary(store: Store) -> Diary:
    return Diary(store)


# Session listing: filters ------------------------------------------------------------------------------


def test_the_default_listing_is_every_live_session_newest_first(store: Store, diary: Diary) -> None:
    """Newest first, and on a shared date the later start time comes first."""
    assert diary.names(store.sessions.listing(SessionQuery())) == ["t3", "a4", "a3", "t2", "a2", "t1", "a1"]


def test_listing_rows_carry_the_mentee_name_and_no_snippet_without_a_search(
    store: Store, diary: Diary
) -> None:
    rows = store.sessions.listing(SessionQuery(mentee_id=diary.tom.id))
    assert {row.mentee_name for row in rows} == {"Tom Reilly"}
    assert {row.snippet for row in rows} == {""}
    assert rows[-1].session == store.sessions.get(diary.t1.id), "the listed session is the stored one"


def test_listing_by_mentee(store: Store, diary: Diary) -> None:
    assert diary.names(store.sessions.listing(SessionQuery(mentee_id=diary.asha.id))) == [
        "a4",
        "a3",
        "a2",
        "a1",
    ]
    assert diary.names(store.sessions.listing(SessionQuery(mentee_id=diary.tom.id))) == ["t3", "t2", "t1"]
    assert store.sessions.listing(SessionQuery(mentee_id=diary.owner.id)) == []


@pytest.mark.parametrize(
    ("statuses", "expected"),
    [
        ((HELD,), ["t2", "a2", "t1", "a1"]),
        ((PLANNED,), ["t3", "a4"]),
        ((CANCELLED,), ["a3"]),
        ((PLANNED, CANCELLED), ["t3", "a4", "a3"]),
        ((HELD, PLANNED, CANCELLED), ["t3", "a4", "a3", "t2", "a2", "t1", "a1"]),
    ],
)
def test_listing_by_status(
    store: Store, diary: Diary, statuses: tuple[SessionStatus, ...], expected: list[str]
) -> None:
    assert diary.names(store.sessions.listing(SessionQuery(statuses=statuses))) == expected


@pytest.mark.parametrize(
    ("date_from", "date_to", "expected"),
    [
        (date(2025, 1, 10), date(2025, 3, 1), ["t2", "a2", "t1", "a1"]),
        (date(2025, 1, 11), date(2025, 2, 28), ["a2"]),
        (date(2025, 3, 14), None, ["t3", "a4", "a3"]),
        (None, date(2025, 1, 10), ["t1", "a1"]),
        (date(2025, 4, 11), date(2025, 4, 11), ["a4"]),
        (date(2025, 6, 1), None, []),
    ],
)
def test_listing_between_dates_includes_both_ends(
    store: Store, diary: Diary, date_from: date | None, date_to: date | None, expected: list[str]
) -> None:
    query = SessionQuery(date_from=date_from, date_to=date_to)
    assert diary.names(store.sessions.listing(query)) == expected


def test_filters_combine(store: Store, diary: Diary) -> None:
    query = SessionQuery(mentee_id=diary.asha.id, statuses=(HELD,), date_from=date(2025, 2, 1))
    assert diary.names(store.sessions.listing(query)) == ["a2"]


def test_a_deleted_session_is_never_listed(store: Store, diary: Diary) -> None:
    everything = SessionQuery(mentee_id=diary.tom.id, statuses=(HELD,), date_from=date(2025, 2, 1))
    assert diary.gone.id not in _ids(store.sessions.listing(everything))
    assert diary.gone.id not in _ids(store.sessions.listing(SessionQuery(text="deleted")))
    assert diary.gone.id not in _ids(store.sessions.listing(SessionQuery(), limit=1000))
    assert store.sessions.count_listing(SessionQuery()) == len(diary.live)


# Session listing: sorting and paging -------------------------------------------------------------------


# a1 and t1 share a date; only the date sort promises an order between them (by start time), so the other
# sorts' expectations hold them as a set.
SORTS: list[tuple[str, bool, list[str | set[str]]]] = [
    ("date", False, ["a1", "t1", "a2", "t2", "a3", "a4", "t3"]),
    ("date", True, ["t3", "a4", "a3", "t2", "a2", "t1", "a1"]),
    ("mentee", False, ["a4", "a3", "a2", "a1", "t3", "t2", "t1"]),
    ("mentee", True, ["t3", "t2", "t1", "a4", "a3", "a2", "a1"]),
    ("status", False, ["a3", "t2", "a2", {"t1", "a1"}, "t3", "a4"]),
    ("status", True, ["t3", "a4", "t2", "a2", {"t1", "a1"}, "a3"]),
    ("open", False, ["t3", "a4", "a3", "a2", "t1", "a1", "t2"]),
    ("open", True, ["t2", "a1", "t3", "a4", "a3", "a2", "t1"]),
]


def _grouped(names: list[str], expected: list[str | set[str]]) -> list[str | set[str]]:
    """`names` with consecutive runs that `expected` holds as sets collapsed into sets."""
    result: list[str | set[str]] = []
    position = 0
    for item in expected:
        size = len(item) if isinstance(item, set) else 1
        chunk = names[position : position + size]
        result.append(set(chunk) if isinstance(item, set) else (chunk[0] if chunk else ""))
        position += size
    return result + list(names[position:])


@pytest.mark.parametrize(("sort", "descending", "expected"), SORTS)
def test_sorting(
    store: Store, diary: Diary, sort: str, descending: bool, expected: list[str | set[str]]
) -> None:
    """Mentee name ignores case ('asha' before 'Tom'); ties fall back to the newest session first."""
    names = diary.names(store.sessions.listing(SessionQuery(sort=sort, descending=descending)))
    assert _grouped(names, expected) == expected


def test_an_unknown_sort_key_falls_back_to_date(store: Store, diary: Diary) -> None:
    """A sort saved by an older version must not break the list (nor reach the SQL as text)."""
    query = SessionQuery(sort="session_date; drop table sessions", descending=True)
    assert diary.names(store.sessions.listing(query)) == ["t3", "a4", "a3", "t2", "a2", "t1", "a1"]


@pytest.mark.parametrize(("sort", "descending"), [(sort, desc) for sort, desc, _ in SORTS])
@pytest.mark.parametrize("page_size", [1, 2, 3, 5])
def test_pages_are_disjoint_and_cover_everything(
    store: Store, diary: Diary, sort: str, descending: bool, page_size: int
) -> None:
    query = SessionQuery(sort=sort, descending=descending)
    whole = _ids(store.sessions.listing(query))
    pages: list[str] = []
    for offset in range(0, len(whole) + page_size, page_size):
        page = _ids(store.sessions.listing(query, limit=page_size, offset=offset))
        assert len(page) <= page_size
        pages += page
    assert pages == whole
    assert len(set(pages)) == len(diary.live)


def test_open_actions_count_only_open_live_actions_of_that_session(store: Store, diary: Diary) -> None:
    """a1 has two open, one done and one deleted action; a2 only a dropped one; t2 three open."""
    counts = {row.session.id: row.open_actions for row in store.sessions.listing(SessionQuery())}
    assert counts[diary.a1.id] == 2
    assert counts[diary.a2.id] == 0
    assert counts[diary.t2.id] == 3
    assert counts[diary.t1.id] == 0, "Tom's open actions belong to t2, not to his other sessions"
    assert sum(counts.values()) == 5


def test_an_action_without_a_session_counts_for_no_session(store: Store, diary: Diary) -> None:
    _action(store, diary.asha, "Loose action", None)
    counts = {row.session.id: row.open_actions for row in store.sessions.listing(SessionQuery())}
    assert sum(counts.values()) == 5


@pytest.mark.parametrize(
    "query",
    [
        SessionQuery(),
        SessionQuery(statuses=(HELD,)),
        SessionQuery(statuses=(PLANNED, CANCELLED), sort="mentee"),
        SessionQuery(date_from=date(2025, 2, 1), date_to=date(2025, 4, 1)),
        SessionQuery(text="falls"),
        SessionQuery(text="quokka"),
        SessionQuery(text="quokka", include_private=True),
        SessionQuery(text="zeppelin"),
        SessionQuery(text='"'),
    ],
)
def test_count_listing_agrees_with_listing(store: Store, diary: Diary, query: SessionQuery) -> None:
    assert store.sessions.count_listing(query) == len(store.sessions.listing(query))


def test_count_listing_by_mentee(store: Store, diary: Diary) -> None:
    assert store.sessions.count_listing(SessionQuery(mentee_id=diary.asha.id)) == 4
    assert store.sessions.count_listing(SessionQuery(mentee_id=diary.tom.id)) == 3


# Search ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("falls", ["a1"]),
        ("portfolio", ["a2"]),
        ("divisional", ["t1"]),
        ("FALLS", ["a1"]),
        ("o'neil", ["a1"]),
        ("chair", ["a1"]),
        ("confid", ["t1"]),
        ("gaps", ["t2", "a2"]),
        ("falls chairing", ["a1"]),
        ("falls divisional", []),
        ("nothing-like-this", []),
    ],
)
def test_search_finds_words_in_shared_text(
    store: Store, diary: Diary, text: str, expected: list[str]
) -> None:
    """Agenda, shared notes and reflection are searched; words are prefixes; several words must all match."""
    assert diary.names(store.sessions.listing(SessionQuery(text=text))) == expected


@pytest.mark.parametrize(
    ("word", "session", "column", "other"),
    [
        ("quokka", "t2", "mentor_private", "mentee_private"),
        ("wombat", "a3", "mentee_private", "mentor_private"),
    ],
)
def test_private_notes_are_searched_only_when_shown(
    store: Store, diary: Diary, word: str, session: str, column: str, other: str
) -> None:
    """quokka is only in a mentor's private note, wombat only in a mentee's: hidden unless asked for,
    and only the owner's own side is ever searched."""
    assert store.sessions.listing(SessionQuery(text=word)) == []
    assert store.sessions.count_listing(SessionQuery(text=word)) == 0
    found = store.sessions.listing(SessionQuery(text=word, include_private=True, private_column=column))
    assert diary.names(found) == [session]
    assert MARK_START + word in found[0].snippet.lower()
    assert store.sessions.listing(SessionQuery(text=word, include_private=True, private_column=other)) == []


def test_a_word_in_an_action_finds_its_session(store: Store, diary: Diary) -> None:
    found = store.sessions.listing(SessionQuery(text="zeppelin"))
    assert diary.names(found) == ["t2"]
    assert found[0].snippet == f"Draft the {MARK_START}zeppelin{MARK_END} business case"


def test_a_deleted_action_does_not_find_its_session(store: Store, diary: Diary) -> None:
    assert store.sessions.listing(SessionQuery(text="deleted action")) == []


def test_a_snippet_marks_the_match(store: Store, diary: Diary) -> None:
    [row] = store.sessions.listing(SessionQuery(text="chair"))
    assert f"{MARK_START}chairing{MARK_END}" in row.snippet
    assert row.snippet.replace(MARK_START, "").replace(MARK_END, "") in diary.a1.shared_notes


def test_a_snippet_never_shows_private_text_that_also_matches(store: Store, diary: Diary) -> None:
    """The word is in the shared notes and in a private note; only the shared passage may show."""
    session = _session(
        store,
        diary.asha,
        date(2025, 6, 1),
        shared_notes="We went through the budget line by line.",
        mentor_private="budget worries: classified",
        mentee_private="budget fears: hushhush",
    )
    [row] = store.sessions.listing(SessionQuery(text="budget"))
    assert row.session.id == session.id
    assert MARK_START in row.snippet
    assert "classified" not in row.snippet and "hushhush" not in row.snippet
    assert "line by line" in row.snippet


def test_a_snippet_falls_back_to_the_action_rather_than_a_private_note(store: Store, diary: Diary) -> None:
    session = _session(store, diary.tom, date(2025, 6, 2), mentor_private="Heard rumours about the sextant.")
    _action(store, diary.tom, "Return the sextant", session)
    [row] = store.sessions.listing(SessionQuery(text="sextant"))
    assert row.session.id == session.id
    assert row.snippet == f"Return the {MARK_START}sextant{MARK_END}"
    [shown] = store.sessions.listing(SessionQuery(text="sextant", include_private=True))
    assert "rumours" in shown.snippet


HOSTILE = ['"', "(", ")", "AND", "OR", "NOT", "NEAR(", "NEAR(falls", "*", "^", "o'neil", "a:b", "{agenda}:x"]
HOSTILE += ["'", "-", "--falls", "falls)", '"falls', "\x00", "𞄀", "x" * 5000, ("falls " * 900)[:5000]]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
@pytest.mark.parametrize("include_private", [False, True])
def test_hostile_search_text_never_raises(
    store: Store, diary: Diary, text: str, include_private: bool
) -> None:
    query = SessionQuery(text=text, include_private=include_private)
    listed = store.sessions.listing(query)
    assert isinstance(listed, list)
    assert store.sessions.count_listing(query) == len(listed)
    for row in listed:
        assert isinstance(row.snippet, str)


def test_search_text_of_only_syntax_finds_nothing_rather_than_everything(store: Store, diary: Diary) -> None:
    """Typing just a quote must not show the whole diary as if it matched."""
    assert store.sessions.listing(SessionQuery(text='"*()')) == []
    assert store.sessions.count_listing(SessionQuery(text="  ")) == len(diary.live), "blank is no search"


def test_an_edit_replaces_the_old_words_in_the_index(store: Store, diary: Diary) -> None:
    """The FTS triggers keep the index in step: the old word goes, the new word is found."""
    store.sessions.update(replace(diary.a1, shared_notes="Now all about the rota instead."))
    assert store.sessions.listing(SessionQuery(text="chairing")) == []
    assert diary.names(store.sessions.listing(SessionQuery(text="rota"))) == ["t2", "a1"]


def test_an_edited_action_is_found_by_its_new_words(store: Store, diary: Diary) -> None:
    [zeppelin] = [a for a in store.actions.for_session(diary.t2.id) if "zeppelin" in a.text]
    store.actions.update(replace(zeppelin, text="Draft the airship business case"))
    assert store.sessions.listing(SessionQuery(text="zeppelin")) == []
    assert diary.names(store.sessions.listing(SessionQuery(text="airship"))) == ["t2"]


def test_search_combines_with_filters(store: Store, diary: Diary) -> None:
    assert diary.names(store.sessions.listing(SessionQuery(text="gaps", mentee_id=diary.asha.id))) == ["a2"]
    assert store.sessions.listing(SessionQuery(text="gaps", statuses=(PLANNED,))) == []


# Actions -----------------------------------------------------------------------------------------------


class Actions:
    """Open, done and dropped actions for two mentees, owned by either side, with and without due dates."""

    def __init__(self, store: Store) -> None:
        self.asha = _person(store, "Asha Patel")
        self.tom = _person(store, "Tom Reilly")
        self.held = _session(store, self.asha, date(2026, 2, 1))
        mentor = {"owner": ActionOwner.MENTOR}
        self.late = _action(store, self.asha, "Late", self.held, due_date=date(2026, 2, 20))
        self.due_today = _action(store, self.asha, "Due today", self.held, due_date=date(2026, 3, 1))
        self.undated = _action(store, self.asha, "Undated")
        self.mentor_late = _action(store, self.asha, "Mentor late", due_date=date(2026, 2, 10), **mentor)
        self.done = _action(store, self.asha, "Done", due_date=date(2026, 1, 1), status=DONE)
        self.dropped = _action(store, self.asha, "Dropped", due_date=date(2026, 1, 2), status=DROPPED)
        self.tom_soon = _action(store, self.tom, "Tom soon", due_date=date(2026, 3, 9), **mentor)
        self.deleted = _action(store, self.tom, "Deleted", due_date=date(2026, 1, 1))
        store.actions.delete(self.deleted.id)

    def texts(self, listed: list[Any]) -> list[str]:
        return [row.action.text for row in listed]


@pytest.fixture
def actions(store: Store) -> Actions:
    return Actions(store)


def test_actions_default_to_open_ones_soonest_due_first_undated_last(store: Store, actions: Actions) -> None:
    assert actions.texts(store.actions.listing(ActionQuery())) == [
        "Mentor late",
        "Late",
        "Due today",
        "Tom soon",
        "Undated",
    ]


def test_all_statuses_put_open_actions_first(store: Store, actions: Actions) -> None:
    query = ActionQuery(statuses=(OPEN, DONE, DROPPED))
    assert actions.texts(store.actions.listing(query)) == [
        "Mentor late",
        "Late",
        "Due today",
        "Tom soon",
        "Undated",
        "Done",
        "Dropped",
    ]


@pytest.mark.parametrize(
    ("statuses", "expected"),
    [((DONE,), ["Done"]), ((DROPPED,), ["Dropped"]), ((DONE, DROPPED), ["Done", "Dropped"])],
)
def test_actions_by_status(
    store: Store, actions: Actions, statuses: tuple[ActionStatus, ...], expected: list[str]
) -> None:
    assert actions.texts(store.actions.listing(ActionQuery(statuses=statuses))) == expected


def test_actions_by_mentee_and_owner(store: Store, actions: Actions) -> None:
    assert actions.texts(store.actions.listing(ActionQuery(mentee_id=actions.tom.id))) == ["Tom soon"]
    assert actions.texts(store.actions.listing(ActionQuery(owner=ActionOwner.MENTOR.value))) == [
        "Mentor late",
        "Tom soon",
    ]
    query = ActionQuery(mentee_id=actions.asha.id, owner=ActionOwner.MENTEE.value)
    assert actions.texts(store.actions.listing(query)) == ["Late", "Due today", "Undated"]


def test_overdue_actions_are_open_and_due_before_the_day(store: Store, actions: Actions) -> None:
    """Due today is not overdue yet; done, dropped and deleted actions never are."""
    query = ActionQuery(statuses=(OPEN, DONE, DROPPED), overdue_on=date(2026, 3, 1))
    assert actions.texts(store.actions.listing(query)) == ["Mentor late", "Late"]
    assert actions.texts(store.actions.listing(ActionQuery(overdue_on=date(2026, 3, 2)))) == [
        "Mentor late",
        "Late",
        "Due today",
    ]


def test_action_rows_carry_mentee_name_and_session_date(store: Store, actions: Actions) -> None:
    rows = {row.action.text: row for row in store.actions.listing(ActionQuery())}
    assert rows["Late"].mentee_name == "Asha Patel"
    assert rows["Late"].session_date == date(2026, 2, 1)
    assert rows["Undated"].session_date is None
    assert rows["Tom soon"].mentee_name == "Tom Reilly"


@pytest.mark.parametrize(
    "query",
    [
        ActionQuery(),
        ActionQuery(statuses=()),
        ActionQuery(statuses=(DONE, DROPPED)),
        ActionQuery(owner="mentor"),
        ActionQuery(owner="other"),
        ActionQuery(overdue_on=date(2026, 3, 1)),
        ActionQuery(statuses=(DONE,), overdue_on=date(2026, 3, 1)),
    ],
)
def test_action_count_agrees_with_listing(store: Store, actions: Actions, query: ActionQuery) -> None:
    assert store.actions.count_listing(query) == len(store.actions.listing(query))


def test_action_count_by_mentee(store: Store, actions: Actions) -> None:
    assert store.actions.count_listing(ActionQuery(mentee_id=actions.asha.id, statuses=())) == 6
    assert store.actions.count_listing(ActionQuery(mentee_id=actions.tom.id, statuses=())) == 1


def test_action_listing_pages(store: Store, actions: Actions) -> None:
    query = ActionQuery(statuses=(OPEN, DONE, DROPPED))
    whole = store.actions.listing(query)
    pages = store.actions.listing(query, limit=3) + store.actions.listing(query, limit=3, offset=3)
    pages += store.actions.listing(query, limit=3, offset=6)
    assert pages == whole


def test_mark_done_then_reopen(store: Store, actions: Actions) -> None:
    done = store.actions.mark_done(actions.late.id, date(2026, 3, 3))
    assert (done.status, done.done_on) == (DONE, date(2026, 3, 3))
    assert store.actions.get(actions.late.id) == done
    assert "Late" not in actions.texts(store.actions.listing(ActionQuery()))

    reopened = store.actions.reopen(actions.late.id)
    assert (reopened.status, reopened.done_on) == (OPEN, None)
    assert store.actions.get(actions.late.id) == reopened
    assert reopened.text == "Late" and reopened.due_date == date(2026, 2, 20), "nothing else changes"


def test_reschedule_moves_and_clears_the_due_date(store: Store, actions: Actions) -> None:
    moved = store.actions.reschedule(actions.late.id, date(2026, 4, 1))
    assert store.actions.get(actions.late.id).due_date == date(2026, 4, 1) == moved.due_date
    assert store.actions.count_listing(ActionQuery(overdue_on=date(2026, 3, 1))) == 1
    store.actions.reschedule(actions.late.id, None)
    assert store.actions.get(actions.late.id).due_date is None
    assert actions.texts(store.actions.listing(ActionQuery()))[-2:] == ["Late", "Undated"], (
        "undated actions go last, oldest first"
    )


def test_a_done_action_leaves_its_sessions_open_count(store: Store, actions: Actions) -> None:
    def open_count() -> int:
        [row] = store.sessions.listing(SessionQuery(mentee_id=actions.asha.id))
        return row.open_actions

    assert open_count() == 2
    store.actions.mark_done(actions.late.id, date(2026, 3, 3))
    assert open_count() == 1
    store.actions.reopen(actions.late.id)
    assert open_count() == 2


# Caseload ----------------------------------------------------------------------------------------------


ON = date(2025, 3, 5)


def test_caseload_summarises_each_current_mentee(store: Store) -> None:
    """Only mentees who are not archived; last held ignores planned and cancelled sessions."""
    _person(store, "Morgan Hale", PersonKind.MENTOR, is_owner=True)
    _person(store, "Ben Other", PersonKind.MENTOR)
    _person(store, "Priya Nair", PersonKind.CHAMPION)
    archived = _person(store, "Grace Mensah")
    store.people.archive(archived.id)
    removed = _person(store, "Deleted Person")
    store.people.delete(removed.id)
    asha = _person(store, "Asha Patel", profession="physiotherapist")
    tom = _person(store, "Tom Reilly")

    _session(store, asha, date(2025, 1, 10))
    _session(store, asha, date(2025, 2, 14))
    _session(store, asha, date(2025, 2, 28), CANCELLED)
    _session(store, asha, date(2025, 3, 1), PLANNED)  # planned but in the past: not next
    _session(store, asha, date(2025, 3, 4), HELD)
    deleted_held = _session(store, asha, date(2025, 3, 5))
    store.sessions.delete(deleted_held.id)
    _session(store, asha, date(2025, 4, 20), PLANNED)
    _session(store, asha, date(2025, 3, 20), PLANNED)
    deleted_planned = _session(store, asha, date(2025, 3, 6), PLANNED)
    store.sessions.delete(deleted_planned.id)
    _action(store, asha, "Overdue", due_date=date(2025, 3, 4))
    _action(store, asha, "Due on the day", due_date=ON)
    _action(store, asha, "Undated")
    _action(store, asha, "Done and late", due_date=date(2025, 1, 1), status=DONE)
    gone = _action(store, asha, "Deleted and late", due_date=date(2025, 1, 1))
    store.actions.delete(gone.id)
    _session(store, tom, date(2025, 3, 5), PLANNED)

    entries = {e.mentee_name: e for e in caseload_entries(store, ON)}
    assert sorted(entries) == ["Asha Patel", "Tom Reilly"]
    a = entries["Asha Patel"]
    assert (a.mentee_id, a.profession) == (asha.id, "physiotherapist")
    assert a.last_held == date(2025, 3, 4)
    assert a.next_planned == date(2025, 3, 20)
    assert (a.open_actions, a.overdue_actions) == (3, 1)
    t = entries["Tom Reilly"]
    assert (t.last_held, t.next_planned, t.open_actions, t.overdue_actions) == (None, ON, 0, 0)


def test_caseload_of_an_empty_database(store: Store) -> None:
    assert caseload_entries(store, ON) == []


def test_a_mentee_with_nothing_yet(store: Store) -> None:
    _person(store, "New Mentee")
    [entry] = caseload_entries(store, ON)
    assert (entry.last_held, entry.next_planned, entry.open_actions, entry.overdue_actions) == (
        None,
        None,
        0,
        0,
    )


def test_next_for_is_the_earliest_planned_session_from_the_day(store: Store) -> None:
    asha = _person(store, "Asha Patel")
    _session(store, asha, date(2025, 3, 1), PLANNED)
    _session(store, asha, date(2025, 3, 5), HELD)
    later = _session(store, asha, date(2025, 3, 5), PLANNED, start_time="14:00")
    earlier = _session(store, asha, date(2025, 3, 5), PLANNED, start_time="09:00")
    _session(store, asha, date(2025, 4, 1), PLANNED)
    assert store.sessions.next_for(asha.id, ON) == store.sessions.get(earlier.id)
    store.sessions.delete(earlier.id)
    assert store.sessions.next_for(asha.id, ON) == store.sessions.get(later.id)
    assert store.sessions.next_for(asha.id, date(2025, 4, 2)) is None


def test_planned_on_finds_only_a_planned_session_on_that_date(store: Store) -> None:
    asha = _person(store, "Asha Patel")
    _session(store, asha, ON, HELD)
    assert store.sessions.planned_on(asha.id, ON) is None
    planned = _session(store, asha, ON, PLANNED)
    assert store.sessions.planned_on(asha.id, ON) == store.sessions.get(planned.id)
    assert store.sessions.planned_on(asha.id, date(2025, 3, 6)) is None


def test_actions_that_tie_on_the_order_keep_one_order_across_pages_and_ids(store: Store) -> None:
    """The list reads early pages by offset and later ones from the ids a worker sorted: with a tie left to
    the query plan, a row could show twice or not at all where the two meet. The id settles every tie."""
    mentee = _person(store, "Asha Patel")
    for number in range(12):
        _action(store, mentee, f"Tied {number}", due_date=date(2026, 3, 1))
    store.db.execute("update actions set created_at = '2026-01-01T09:00:00.000000Z'")
    store.db.conn.commit()
    query = ActionQuery()
    by_pages = [row.action.id for start in range(0, 12, 5) for row in store.actions.listing(query, 5, start)]
    assert by_pages == store.actions.listing_ids(query) == sorted(by_pages)


def test_the_actions_list_walks_its_index_instead_of_sorting(store: Store) -> None:
    """The order's terms and the index's must stay the same, or every page sorts every action again."""
    mentee = _person(store, "Asha Patel")
    for number in range(3):
        _action(store, mentee, f"Action {number}")
    with statements_on_the_window_connection(store) as statements:
        store.actions.listing_ids(ActionQuery(statuses=()))
        store.actions.listing(ActionQuery(statuses=()), 5, 1)
    listed = [sql for sql in statements if "order by" in sql.lower() and "from actions" in sql.lower()]
    assert len(listed) >= 2
    plans = [" ".join(row[3] for row in store.db.conn.execute(f"explain query plan {sql}")) for sql in listed]
    ids_plan = next(plan for sql, plan in zip(listed, plans, strict=True) if "select a.id from" in sql)
    assert "idx_actions_listed" in ids_plan and "TEMP B-TREE" not in ids_plan, ids_plan
    assert all("SCAN a USING INDEX idx_actions_listed" in plan for plan in plans), plans
