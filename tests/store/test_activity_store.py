"""The activity list, full-text search and evidence files, on a real SQLite file.

The activities screen pages through this listing lazily, so filters, sorts, pages and counts must agree;
evidence files are copied into the database so that a portfolio travels as one file, and a file that is
too large must be refused before anything is written.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from leadapp.domain.activities import Activity, Evidence
from leadapp.domain.enums import ActivityStatus, EvidenceKind, PersonKind
from leadapp.domain.people import Person
from leadapp.store.activities import (
    ACTIVITY_SORTS,
    MAX_EVIDENCE_BYTES,
    ActivityQuery,
    EvidenceTooLargeError,
)
from leadapp.store.errors import StoreError
from leadapp.store.store import Store

IDEA, PLANNED = ActivityStatus.IDEA, ActivityStatus.PLANNED
IN_PROGRESS, DONE = ActivityStatus.IN_PROGRESS, ActivityStatus.DONE


def _person(store: Store, name: str) -> Person:
    return store.people.add(Person(full_name=name, kind=PersonKind.MENTEE))


def _activity(store: Store, person: Person, title: str, *categories: str, **fields: Any) -> Activity:
    return store.activities.add(
        Activity(person_id=person.id, title=title, categories=list(categories), **fields)
    )


class Portfolio:
    """Two mentees' activities across categories, stages, statuses and dates, with one deleted activity.

    Each free-text column holds a word found nowhere else, so a search shows which columns are indexed.
    """

    def __init__(self, store: Store) -> None:
        self.asha = _person(store, "Asha Patel")
        self.tom = _person(store, "Tom Reilly")
        self.nobody = _person(store, "Nobody Yet")
        asha, tom = self.asha, self.tom
        self.a1 = _activity(
            store,
            asha,
            "Chair the falls pathway group",
            "widening",
            "track_record",
            primary_category="widening",
            stage="later_mid",
            status=DONE,
            start_date=date(2024, 3, 1),
            end_date=date(2024, 9, 30),
            description="Brought physiotherapy and nursing together; the kestrel ward piloted it.",
            outcomes="Falls fell by a fifth; ocelot audit confirmed it.",
        )
        self.a2 = _activity(
            store,
            asha,
            "nye Bevan programme",
            "learning",
            stage="later_mid",
            status=IN_PROGRESS,
            start_date=date(2025, 1, 15),
            provider="narwhal academy",
        )
        self.a3 = _activity(
            store,
            asha,
            "Executive mentor",
            "mentors",
            stage="early_mid",
            status=PLANNED,
            start_date=date(2025, 6, 1),
        )
        self.a4 = _activity(store, asha, "Interim lead for theatres", "leaps", stage="later_mid", status=IDEA)
        self.t1 = _activity(
            store,
            tom,
            "audit of discharge letters",
            "widening",
            stage="early_mid",
            status=DONE,
            start_date=date(2023, 5, 1),
            end_date=date(2023, 6, 1),
            outputs="A marmoset poster for the conference.",
        )
        self.t2 = _activity(
            store,
            tom,
            "Redesign the community service",
            "track_record",
            stage="later_mid",
            status=IN_PROGRESS,
            start_date=date(2024, 11, 1),
            impact="Waiting times halved; the pangolin clinic closed its backlog.",
        )
        self.gone = _activity(
            store,
            asha,
            "Deleted falls quokka leap",
            "leaps",
            stage="early_mid",
            status=DONE,
            start_date=date(2024, 5, 5),
        )
        store.activities.delete(self.gone.id)

    @property
    def live(self) -> list[Activity]:
        return [self.a1, self.a2, self.a3, self.a4, self.t1, self.t2]

    def names(self, listed: list[Activity]) -> list[str]:
        """The short names (a1, t2, ...) of listed activities, for readable expectations."""
        by_id = {a.id: name for name, a in vars(self).items() if isinstance(a, Activity)}
        return [by_id[a.id] for a in listed]


@pytest.fixture
def portfolio(store: Store) -> Portfolio:
    return Portfolio(store)


def _names(store: Store, portfolio: Portfolio, **query: Any) -> list[str]:
    return portfolio.names(store.activities.listing(ActivityQuery(**query)))


def _found(store: Store, portfolio: Portfolio, text: str) -> set[str]:
    return set(_names(store, portfolio, text=text))


# Listing: filters --------------------------------------------------------------------------------------


def test_the_default_listing_is_every_live_activity_newest_first_undated_last(
    store: Store, portfolio: Portfolio
) -> None:
    assert _names(store, portfolio) == ["a3", "a2", "t2", "a1", "t1", "a4"]
    assert store.activities.count_listing(ActivityQuery()) == 6


def test_listed_activities_are_the_stored_ones(store: Store, portfolio: Portfolio) -> None:
    listed = {a.id: a for a in store.activities.listing(ActivityQuery())}
    assert listed[portfolio.a1.id] == store.activities.get(portfolio.a1.id)
    assert listed[portfolio.a1.id].categories == ["widening", "track_record"]


def test_listing_by_person(store: Store, portfolio: Portfolio) -> None:
    """Asha's deleted activity stays out of her list."""
    assert _names(store, portfolio, person_id=portfolio.asha.id) == ["a3", "a2", "a1", "a4"]
    assert _names(store, portfolio, person_id=portfolio.tom.id) == ["t2", "t1"]
    assert _names(store, portfolio, person_id=portfolio.nobody.id) == []


@pytest.mark.parametrize(
    ("category", "expected"),
    [
        ("widening", ["a1", "t1"]),
        ("track_record", ["t2", "a1"]),
        ("learning", ["a2"]),
        ("mentors", ["a3"]),
        ("leaps", ["a4"]),
        ("lea", []),
        ("track", []),
        ("widening, track_record", []),
        ("nonsense", []),
    ],
)
def test_listing_by_category_matches_any_of_an_activity_categories(
    store: Store, portfolio: Portfolio, category: str, expected: list[str]
) -> None:
    """Whole category codes only: 'lea' is neither learning nor leaps."""
    assert _names(store, portfolio, category=category) == expected


@pytest.mark.parametrize(
    ("stage", "expected"),
    [("early_mid", ["a3", "t1"]), ("later_mid", ["a2", "t2", "a1", "a4"]), ("senior", [])],
)
def test_listing_by_stage(store: Store, portfolio: Portfolio, stage: str, expected: list[str]) -> None:
    assert _names(store, portfolio, stage=stage) == expected


@pytest.mark.parametrize(
    ("status", "expected"),
    [(IDEA, ["a4"]), (PLANNED, ["a3"]), (IN_PROGRESS, ["a2", "t2"]), (DONE, ["a1", "t1"])],
)
def test_listing_by_status(
    store: Store, portfolio: Portfolio, status: ActivityStatus, expected: list[str]
) -> None:
    assert _names(store, portfolio, status=status) == expected


@pytest.mark.parametrize(
    ("date_from", "expected"),
    [
        (date(2024, 6, 1), ["a3", "a2", "t2", "a1"]),
        (date(2024, 9, 30), ["a3", "a2", "t2", "a1"]),
        (date(2024, 10, 1), ["a3", "a2", "t2"]),
        (date(2023, 6, 1), ["a3", "a2", "t2", "a1", "t1"]),
        (date(2023, 6, 2), ["a3", "a2", "t2", "a1"]),
        (date(2025, 6, 2), []),
    ],
)
def test_listing_from_a_date_keeps_activities_ending_or_starting_on_or_after_it(
    store: Store, portfolio: Portfolio, date_from: date, expected: list[str]
) -> None:
    """a1 started before 1 June 2024 but ran until 30 September, so it belongs to that period."""
    assert _names(store, portfolio, date_from=date_from) == expected


@pytest.mark.parametrize(
    ("date_to", "expected"),
    [
        (date(2024, 3, 1), ["a1", "t1"]),
        (date(2024, 2, 29), ["t1"]),
        (date(2023, 4, 30), []),
        (date(2030, 1, 1), ["a3", "a2", "t2", "a1", "t1"]),
    ],
)
def test_listing_to_a_date_keeps_activities_starting_on_or_before_it(
    store: Store, portfolio: Portfolio, date_to: date, expected: list[str]
) -> None:
    """An undated idea has no place in a date range."""
    assert _names(store, portfolio, date_to=date_to) == expected


def test_a_date_range_keeps_activities_overlapping_it(store: Store, portfolio: Portfolio) -> None:
    query = {"date_from": date(2024, 6, 1), "date_to": date(2024, 12, 31)}
    assert _names(store, portfolio, **query) == ["t2", "a1"]


def test_filters_combine(store: Store, portfolio: Portfolio) -> None:
    assert _names(store, portfolio, person_id=portfolio.asha.id, category="widening") == ["a1"]
    assert _names(store, portfolio, person_id=portfolio.tom.id, status=DONE, stage="early_mid") == ["t1"]
    assert _names(store, portfolio, category="track_record", date_from=date(2025, 1, 1)) == []
    assert _names(store, portfolio, category="leaps", status=DONE) == [], "the deleted leap stays hidden"


# Listing: search ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("pathway", {"a1"}),
        ("kestrel", {"a1"}),
        ("ocelot", {"a1"}),
        ("marmoset", {"t1"}),
        ("pangolin", {"t2"}),
        ("theatres", {"a4"}),
    ],
    ids=["title", "description", "outcomes", "outputs", "impact", "title-of-an-idea"],
)
def test_search_covers_title_description_outputs_outcomes_and_impact(
    store: Store, portfolio: Portfolio, text: str, expected: set[str]
) -> None:
    assert _found(store, portfolio, text) == expected


def test_search_leaves_out_columns_that_are_not_indexed(store: Store, portfolio: Portfolio) -> None:
    """The provider is shown elsewhere; the search box covers the written parts of an activity only."""
    assert _found(store, portfolio, "narwhal") == set()


def test_search_ignores_case_and_needs_every_word(store: Store, portfolio: Portfolio) -> None:
    assert _found(store, portfolio, "FALLS") == {"a1"}
    assert _found(store, portfolio, "falls ocelot") == {"a1"}
    assert _found(store, portfolio, "falls pangolin") == set()


@pytest.mark.parametrize(("text", "expected"), [("kes", {"a1"}), ("marmo", {"t1"}), ("aud", {"a1", "t1"})])
def test_search_matches_the_start_of_a_word(
    store: Store, portfolio: Portfolio, text: str, expected: set[str]
) -> None:
    """The list narrows as a person types, so a part-typed word already finds its activities."""
    assert _found(store, portfolio, text) == expected


def test_every_prefix_of_a_word_finds_it_as_a_person_types(store: Store) -> None:
    """Typing a word one letter at a time must not make the activity vanish and reappear."""
    asha = _person(store, "Asha Patel")
    _activity(store, asha, "Delivered the community falls pathway")
    missing = [
        word[:length]
        for word in ("delivered", "community")
        for length in range(2, len(word) + 1)
        if store.activities.count_listing(ActivityQuery(text=word[:length])) != 1
    ]
    assert missing == []


def test_a_deleted_activity_is_never_found(store: Store, portfolio: Portfolio) -> None:
    assert _found(store, portfolio, "quokka") == set()
    assert _found(store, portfolio, "falls") == {"a1"}


def test_search_combines_with_filters(store: Store, portfolio: Portfolio) -> None:
    assert _names(store, portfolio, text="audit", person_id=portfolio.tom.id) == ["t1"]
    assert _names(store, portfolio, text="audit", status=DONE) == ["a1", "t1"]
    assert _names(store, portfolio, text="audit", category="learning") == []


def test_an_edit_replaces_the_old_words_in_the_index(store: Store, portfolio: Portfolio) -> None:
    store.activities.update(replace(portfolio.t2, impact="Waiting times halved at the wombat clinic."))
    assert _found(store, portfolio, "pangolin") == set()
    assert _found(store, portfolio, "wombat") == {"t2"}


def test_blank_search_is_no_search(store: Store, portfolio: Portfolio) -> None:
    assert store.activities.count_listing(ActivityQuery(text="  \t ")) == len(portfolio.live)


def test_search_text_of_only_syntax_finds_nothing_rather_than_everything(
    store: Store, portfolio: Portfolio
) -> None:
    assert store.activities.listing(ActivityQuery(text='"*()')) == []
    assert store.activities.count_listing(ActivityQuery(text='"*()')) == 0


HOSTILE = ['"', "(", ")", "AND", "OR", "NOT", "NEAR(", "NEAR(falls", "*", "^", "o'neil", "a:b", "{title}:x"]
HOSTILE += ["title:falls", "'", "-", "--falls", "falls)", '"falls', "falls*", "\x00", "𞄀", "%", "_", "\\"]
HOSTILE += ["x" * 5000, ("falls " * 900)[:5000], "'; drop table activities; --"]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_search_text_never_raises(store: Store, portfolio: Portfolio, text: str) -> None:
    query = ActivityQuery(text=text)
    listed = store.activities.listing(query)
    assert isinstance(listed, list)
    assert store.activities.count_listing(query) == len(listed)
    assert store.activities.count_listing(ActivityQuery()) == len(portfolio.live), "nothing was harmed"


def test_search_text_with_punctuation_still_finds_its_words(store: Store, portfolio: Portfolio) -> None:
    assert _found(store, portfolio, '"falls') == {"a1"}
    assert _found(store, portfolio, "falls)") == {"a1"}
    assert _found(store, portfolio, "title:falls") == set(), "'title' is a word to look for, not a column"


# Listing: sorting and paging ---------------------------------------------------------------------------

SORTED = {
    ("date", True): ["a3", "a2", "t2", "a1", "t1", "a4"],
    ("date", False): ["t1", "a1", "t2", "a2", "a3", "a4"],
    ("title", False): ["t1", "a1", "a3", "a4", "a2", "t2"],
    ("title", True): ["t2", "a2", "a4", "a3", "a1", "t1"],
    ("status", False): ["a1", "t1", "a4", "a2", "t2", "a3"],
    ("status", True): ["a3", "a2", "t2", "a4", "a1", "t1"],
    ("stage", False): ["a3", "t1", "a2", "t2", "a1", "a4"],
    ("stage", True): ["a2", "t2", "a1", "a4", "a3", "t1"],
}


def test_every_sort_key_is_covered() -> None:
    assert {key for key, _ in SORTED} == set(ACTIVITY_SORTS)


@pytest.mark.parametrize(
    ("sort", "descending"), list(SORTED), ids=[f"{k}-{'desc' if d else 'asc'}" for k, d in SORTED]
)
def test_every_sort_key_in_both_directions(
    store: Store, portfolio: Portfolio, sort: str, descending: bool
) -> None:
    """Undated activities go last either way; titles ignore case; status and stage fall back to newest."""
    assert _names(store, portfolio, sort=sort, descending=descending) == SORTED[(sort, descending)]


@pytest.mark.parametrize("sort", ["", "nonsense", "title; drop table activities"])
def test_an_unknown_sort_key_sorts_by_date(store: Store, portfolio: Portfolio, sort: str) -> None:
    assert _names(store, portfolio, sort=sort) == SORTED[("date", True)]
    assert _names(store, portfolio, sort=sort, descending=False) == SORTED[("date", False)]


@pytest.fixture
def crowded(store: Store, portfolio: Portfolio) -> Portfolio:
    """Many activities sharing a title, status, stage and date, so that pages must cope with ties."""
    for n in range(14):
        _activity(
            store,
            portfolio.tom,
            "Same title" if n % 2 else "same TITLE",
            "widening",
            stage="later_mid",
            status=DONE,
            start_date=date(2024, 11, 1) if n % 3 else None,
        )
    return portfolio


@pytest.mark.parametrize("descending", [True, False])
@pytest.mark.parametrize("sort", list(ACTIVITY_SORTS))
def test_pages_are_disjoint_and_together_make_the_whole_listing(
    store: Store, crowded: Portfolio, sort: str, descending: bool
) -> None:
    query = ActivityQuery(sort=sort, descending=descending)
    whole = store.activities.listing(query)
    assert len(whole) == store.activities.count_listing(query) == 20
    for size in (1, 3, 7):
        pages = [store.activities.listing(query, limit=size, offset=start) for start in range(0, 21, size)]
        ids = [a.id for page in pages for a in page]
        assert len(ids) == len(set(ids)), f"pages of {size} overlap"
        assert ids == [a.id for a in whole], f"pages of {size} differ from the whole list"
        assert store.activities.listing(query, limit=size, offset=20) == []


@pytest.mark.parametrize(
    "query",
    [
        ActivityQuery(),
        ActivityQuery(category="widening", status=DONE),
        ActivityQuery(date_from=date(2024, 1, 1), sort="title"),
        ActivityQuery(text="falls"),
        ActivityQuery(text="nothingmatches"),
    ],
)
def test_count_agrees_with_listing(store: Store, crowded: Portfolio, query: ActivityQuery) -> None:
    assert store.activities.count_listing(query) == len(store.activities.listing(query, limit=1000))


def test_a_page_of_a_filtered_listing_stays_filtered(store: Store, crowded: Portfolio) -> None:
    query = ActivityQuery(person_id=crowded.asha.id, sort="title", descending=False)
    assert crowded.names(store.activities.listing(query, limit=2, offset=1)) == ["a3", "a4"]


# Busiest person ----------------------------------------------------------------------------------------


def test_busiest_person_of_an_empty_database_is_none(store: Store) -> None:
    assert store.activities.busiest_person() is None
    _person(store, "Asha Patel")
    assert store.activities.busiest_person() is None, "people without activities are nobody's busiest"


def test_busiest_person_has_the_most_live_activities(store: Store, portfolio: Portfolio) -> None:
    assert store.activities.busiest_person() == portfolio.asha.id
    for n in range(3):
        gone = _activity(store, portfolio.tom, f"Deleted {n}", "leaps")
        store.activities.delete(gone.id)
    assert store.activities.busiest_person() == portfolio.asha.id, "deleted activities do not count"
    for n in range(3):
        _activity(store, portfolio.tom, f"Idea {n}", "leaps", status=IDEA)
    assert store.activities.busiest_person() == portfolio.tom.id


def test_busiest_person_is_none_once_everything_is_deleted(store: Store) -> None:
    asha = _person(store, "Asha Patel")
    store.activities.delete(_activity(store, asha, "Only one", "leaps").id)
    assert store.activities.busiest_person() is None


# Evidence files ----------------------------------------------------------------------------------------

EVERY_BYTE = bytes(range(256)) * 64 + b"\x00\r\n\x1a"


@pytest.fixture
def activity(store: Store) -> Activity:
    return _activity(store, _person(store, "Asha Patel"), "Chair the falls pathway group", "widening")


def _evidence_rows(store: Store) -> int:
    return int(store.db.execute("select count(*) from evidence").fetchone()[0])


def test_an_attached_file_keeps_its_bytes_name_type_and_size(
    store: Store, activity: Activity, tmp_path: Path
) -> None:
    path = tmp_path / "falls audit 2024.pdf"
    path.write_bytes(EVERY_BYTE)
    attached = store.evidence.attach_file(activity.id, path)
    assert attached.activity_id == activity.id
    assert attached.kind is EvidenceKind.FILE
    assert (attached.title, attached.filename) == ("falls audit 2024.pdf", "falls audit 2024.pdf")
    assert attached.mime_type == "application/pdf"
    assert attached.size == len(EVERY_BYTE)
    assert attached.content == EVERY_BYTE
    assert store.evidence.get(attached.id) == attached
    assert store.evidence.for_activity(activity.id) == [attached]


def test_an_attached_file_round_trips_exactly_after_reopening(
    db_path: Path, store: Store, activity: Activity, tmp_path: Path
) -> None:
    """The file lives in the database: the original can go, and the bytes come back the same."""
    path = tmp_path / "reflection.txt"
    path.write_bytes(EVERY_BYTE)
    attached = store.evidence.attach_file(activity.id, path)
    store.close()
    path.unlink()
    reopened = Store.open(db_path)
    try:
        again = reopened.evidence.get(attached.id)
        assert again == attached
        assert isinstance(again.content, bytes)
        assert again.content == EVERY_BYTE
        assert (again.filename, again.mime_type, again.size) == (
            "reflection.txt",
            "text/plain",
            len(EVERY_BYTE),
        )
    finally:
        reopened.close()


@pytest.mark.parametrize(
    ("name", "mime"),
    [
        ("poster.pdf", "application/pdf"),
        ("POSTER.PDF", "application/pdf"),
        ("photo.png", "image/png"),
        ("photo.jpg", "image/jpeg"),
        ("notes.txt", "text/plain"),
        ("data.xyzzy", "application/octet-stream"),
        ("README", "application/octet-stream"),
    ],
)
def test_the_mime_type_is_guessed_from_the_extension(
    store: Store, activity: Activity, tmp_path: Path, name: str, mime: str
) -> None:
    path = tmp_path / name
    path.write_bytes(b"not really what the name says")
    assert store.evidence.attach_file(activity.id, path).mime_type == mime


def test_an_empty_file_can_be_attached(store: Store, activity: Activity, tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    attached = store.evidence.attach_file(activity.id, path)
    assert (attached.size, attached.content) == (0, b"")
    assert store.evidence.get(attached.id).content == b""


def _sparse(path: Path, size: int) -> Path:
    """A file of the given size that takes no disk space and no time to write."""
    with path.open("wb") as handle:
        handle.truncate(size)
    return path


def test_a_file_over_the_limit_is_refused_and_nothing_is_stored(
    store: Store, activity: Activity, tmp_path: Path
) -> None:
    path = _sparse(tmp_path / "theatre video.mp4", MAX_EVIDENCE_BYTES + 1)
    with pytest.raises(EvidenceTooLargeError) as raised:
        store.evidence.attach_file(activity.id, path)
    assert isinstance(raised.value, StoreError), "the screens show any StoreError as one plain sentence"
    message = str(raised.value)
    assert "theatre video.mp4" in message
    assert "Nothing was attached" in message
    assert str(tmp_path) not in message, "the name is enough; the folder is noise"
    assert _evidence_rows(store) == 0
    assert store.evidence.for_activity(activity.id) == []


def test_a_file_exactly_at_the_limit_is_accepted(store: Store, activity: Activity, tmp_path: Path) -> None:
    path = _sparse(tmp_path / "just fits.bin", MAX_EVIDENCE_BYTES)
    attached = store.evidence.attach_file(activity.id, path)
    assert attached.size == MAX_EVIDENCE_BYTES
    assert store.db.execute(
        "select length(content) from evidence where id = ?", [attached.id]
    ).fetchone() == (MAX_EVIDENCE_BYTES,)


def test_a_missing_file_raises_a_plain_store_error(store: Store, activity: Activity, tmp_path: Path) -> None:
    path = tmp_path / "moved away.pdf"
    with pytest.raises(StoreError) as raised:
        store.evidence.attach_file(activity.id, path)
    assert not isinstance(raised.value, EvidenceTooLargeError)
    message = str(raised.value)
    assert "moved away.pdf" in message
    assert "Nothing was attached" in message
    assert "Errno" not in message and "Traceback" not in message and "FileNotFoundError" not in message
    assert isinstance(raised.value.__cause__, OSError), "the cause is kept for the log"
    assert _evidence_rows(store) == 0


def test_a_folder_is_not_attached(store: Store, activity: Activity, tmp_path: Path) -> None:
    folder = tmp_path / "a folder.pdf"
    folder.mkdir()
    with pytest.raises(StoreError, match="Nothing was attached"):
        store.evidence.attach_file(activity.id, folder)
    assert _evidence_rows(store) == 0


# Evidence titles ---------------------------------------------------------------------------------------


def test_titles_for_lists_live_evidence_titles_per_activity_in_order(
    store: Store, activity: Activity, tmp_path: Path
) -> None:
    other = _activity(store, _person(store, "Tom Reilly"), "Audit", "widening")
    bare = _activity(store, _person(store, "Nobody Yet"), "Nothing attached", "leaps")

    def note(on: Activity, title: str, stamp: str) -> Evidence:
        return store.evidence.add(
            Evidence(activity_id=on.id, title=title, created_at=f"2025-01-0{stamp}T09:00:00Z")
        )

    note(activity, "Second note", "2")
    note(activity, "First note", "1")
    note(other, "Audit slides", "3")
    store.evidence.delete(note(activity, "Deleted note", "4").id)
    path = tmp_path / "poster.pdf"
    path.write_bytes(EVERY_BYTE)
    store.evidence.attach_file(activity.id, path)

    titles = store.evidence.titles_for([activity.id, other.id, bare.id, "no-such-activity"])
    assert titles == {
        activity.id: ["First note", "Second note", "poster.pdf"],
        other.id: ["Audit slides"],
    }
    assert store.evidence.titles_for([other.id]) == {other.id: ["Audit slides"]}
    assert store.evidence.titles_for([]) == {}


def test_titles_for_does_not_read_file_contents(store: Store, activity: Activity, tmp_path: Path) -> None:
    """A list of many activities must not pull megabytes of attachments just to show their titles."""
    path = tmp_path / "big.pdf"
    path.write_bytes(EVERY_BYTE)
    store.evidence.attach_file(activity.id, path)
    statements: list[str] = []
    connection: sqlite3.Connection = store.db.conn
    connection.set_trace_callback(statements.append)
    try:
        assert store.evidence.titles_for([activity.id]) == {activity.id: ["big.pdf"]}
    finally:
        connection.set_trace_callback(None)
    reads = [s.lower() for s in statements if s.lstrip().lower().startswith("select")]
    assert reads, "the titles come from a query"
    assert not [s for s in reads if "content" in s or "*" in s]
