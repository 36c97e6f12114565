"""Session rules the caseload home and the session editor lean on, tested without a database."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from leadapp.domain.caseload import GAP_BEFORE_ATTENTION, CaseloadEntry, caseload_order, needs_attention
from leadapp.domain.enums import ActionStatus
from leadapp.domain.sessions import (
    MAX_SEARCH_TERMS,
    MAX_TERM_LENGTH,
    Action,
    carried_agenda,
    elapsed_minutes,
    search_terms,
)

TODAY = date(2026, 3, 15)


def _entry(
    name: str = "Asha Patel",
    last_held: date | None = date(2026, 3, 1),
    next_planned: date | None = date(2026, 4, 1),
    open_actions: int = 0,
    overdue: int = 0,
) -> CaseloadEntry:
    return CaseloadEntry(
        mentee_id=name.lower().replace(" ", "-"),
        mentee_name=name,
        profession="physiotherapist",
        last_held=last_held,
        next_planned=next_planned,
        open_actions=open_actions,
        overdue_actions=overdue,
    )


# needs_attention ----------------------------------------------------------------------------------------


def test_nothing_needs_attention_when_all_is_in_hand() -> None:
    """Met recently, next session booked, nothing overdue: the home screen should stay quiet."""
    assert needs_attention(_entry(open_actions=3), TODAY) == []


def test_a_mentee_who_has_never_met_but_has_a_session_booked_needs_nothing() -> None:
    assert needs_attention(_entry(last_held=None, next_planned=TODAY), TODAY) == []


@pytest.mark.parametrize(("overdue", "reason"), [(1, "1 overdue action"), (3, "3 overdue actions")])
def test_overdue_actions_are_counted_with_the_right_plural(overdue: int, reason: str) -> None:
    assert needs_attention(_entry(open_actions=overdue, overdue=overdue), TODAY) == [reason]


def test_no_session_planned_is_a_reason_on_its_own() -> None:
    """A recent meeting does not excuse having nothing booked."""
    assert needs_attention(_entry(last_held=TODAY - timedelta(days=3), next_planned=None), TODAY) == [
        "no session planned"
    ]


def test_a_long_gap_is_reported_only_when_nothing_is_planned() -> None:
    """A long gap with the next session already booked is in hand; without one it is worth a nudge."""
    long_ago = TODAY - timedelta(days=60)
    assert needs_attention(_entry(last_held=long_ago, next_planned=TODAY + timedelta(days=2)), TODAY) == []
    assert needs_attention(_entry(last_held=long_ago, next_planned=None), TODAY) == [
        "no session planned",
        "last met 60 days ago",
    ]


@pytest.mark.parametrize(("days", "reported"), [(41, False), (42, False), (43, True), (400, True)])
def test_the_gap_counts_only_beyond_six_weeks(days: int, reported: bool) -> None:
    """GAP_BEFORE_ATTENTION is six weeks; a gap of exactly six weeks is still a normal rhythm."""
    assert timedelta(days=42) == GAP_BEFORE_ATTENTION
    reasons = needs_attention(_entry(last_held=TODAY - timedelta(days=days), next_planned=None), TODAY)
    assert (f"last met {days} days ago" in reasons) is reported
    assert "no session planned" in reasons


def test_every_reason_together_in_a_stable_order() -> None:
    """Overdue first, then nothing planned, then the gap: the order the home screen reads them out."""
    entry = _entry(last_held=TODAY - timedelta(days=90), next_planned=None, open_actions=4, overdue=2)
    assert needs_attention(entry, TODAY) == [
        "2 overdue actions",
        "no session planned",
        "last met 90 days ago",
    ]


# caseload_order ------------------------------------------------------------------------------------------


def test_caseload_order_puts_who_needs_attention_first() -> None:
    """Most overdue first, then anyone with nothing planned, then the soonest session, then by name."""
    entries = [
        _entry("Zed Soon", next_planned=TODAY + timedelta(days=1)),
        _entry("amy Later", next_planned=TODAY + timedelta(days=20)),
        _entry("Bea Later", next_planned=TODAY + timedelta(days=20)),
        _entry("Cal Unplanned", next_planned=None),
        _entry("Abe Unplanned", next_planned=None),
        _entry("Dee One Overdue", overdue=1, next_planned=TODAY + timedelta(days=1)),
        _entry("Eve Two Overdue", overdue=2, next_planned=TODAY + timedelta(days=30)),
        _entry("Fay One Overdue Unplanned", overdue=1, next_planned=None),
    ]
    assert [e.mentee_name for e in caseload_order(entries, TODAY)] == [
        "Eve Two Overdue",
        "Fay One Overdue Unplanned",
        "Dee One Overdue",
        "Abe Unplanned",
        "Cal Unplanned",
        "Zed Soon",
        "amy Later",
        "Bea Later",
    ]


def test_caseload_order_does_not_change_its_input() -> None:
    entries = [_entry("B", next_planned=None), _entry("A", overdue=1)]
    before = list(entries)
    caseload_order(entries, TODAY)
    assert entries == before


def test_caseload_order_of_nobody() -> None:
    assert caseload_order([], TODAY) == []


# carried_agenda ------------------------------------------------------------------------------------------


def test_carried_agenda_lists_actions_then_reviews() -> None:
    """Unfinished actions come first, with a due date only when there is one; reviews follow."""
    actions = [
        Action(mentee_id="m", text="Draft the business case", due_date=date(2026, 3, 9)),
        Action(mentee_id="m", text="Read the influencing chapter"),
    ]
    assert carried_agenda(actions, ["Interim service lead", "Secondment to the ICB"]) == [
        "Follow up: Draft the business case (due 09/03/2026)",
        "Follow up: Read the influencing chapter",
        "Leap-of-faith review due: Interim service lead",
        "Leap-of-faith review due: Secondment to the ICB",
    ]


def test_nothing_to_carry() -> None:
    assert carried_agenda([], []) == []


def test_reviews_alone_are_carried() -> None:
    assert carried_agenda([], ["Acting head"]) == ["Leap-of-faith review due: Acting head"]


# search_terms --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("falls pathway", ["falls", "pathway"]),
        ("  spaced   out  ", ["spaced", "out"]),
        ('"exact phrase"', ["exact", "phrase"]),
        ("(chair OR lead)", ["chair", "OR", "lead"]),
        ("chair*", ["chair"]),
        ("^start", ["start"]),
        ("NEAR (audit board)", ["NEAR", "audit", "board"]),
        ("AND OR NOT", ["AND", "OR", "NOT"]),
        ("multi-professional", ["multi-professional"]),
        ("o'neil don't", ["o'neil", "don't"]),
        ("'quoted' -dash- --", ["quoted", "dash"]),
        ("\"'-*()^: ", []),
        ("", []),
        ("café ß", ["café", "ß"]),
    ],
)
def test_search_terms_strip_fts_syntax(typed: str, words: list[str]) -> None:
    """Anything a person can type becomes plain words: operators' punctuation goes, words stay.

    Operator words such as NEAR or OR survive as ordinary words; the store quotes every word, so they are
    searched for literally rather than obeyed.
    """
    assert search_terms(typed) == words


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("NEAR(audit board)", ["NEAR", "audit", "board"]),
        ("a:b", ["a", "b"]),
        ("shared_notes:falls", ["shared", "notes", "falls"]),
        ("falls/trips", ["falls", "trips"]),
        ("audit,board", ["audit", "board"]),
    ],
)
def test_syntax_characters_between_words_separate_them(typed: str, words: list[str]) -> None:
    """The FTS tokenizer splits stored text at punctuation, so a query must split there too to match it."""
    assert search_terms(typed) == words


def test_search_terms_never_yield_syntax_characters() -> None:
    hostile = '"(){}[]*^:+,.;!?@#$%&|\\/<>=~`' * 3
    assert search_terms(hostile) == []
    for word in search_terms('a"b c(d) e*f g^h i:j k{l}'):
        assert not set(word) & set('"(){}*^:')


# elapsed_minutes and Action.is_overdue -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("seconds", "minutes"),
    [(0, 0), (59, 0), (60, 1), (90 * 60 + 59, 90), (-1, 0), (-3600, 0)],
)
def test_elapsed_minutes_are_whole_and_never_negative(seconds: int, minutes: int) -> None:
    """A clock changed backwards (or a start in the future) shows 0, not a negative timer."""
    started = datetime(2026, 3, 15, 9, 0, 0)
    assert elapsed_minutes(started, started + timedelta(seconds=seconds)) == minutes


@pytest.mark.parametrize(
    ("due", "status", "overdue"),
    [
        (TODAY - timedelta(days=1), ActionStatus.OPEN, True),
        (TODAY, ActionStatus.OPEN, False),
        (TODAY + timedelta(days=1), ActionStatus.OPEN, False),
        (None, ActionStatus.OPEN, False),
        (TODAY - timedelta(days=1), ActionStatus.DONE, False),
        (TODAY - timedelta(days=1), ActionStatus.DROPPED, False),
    ],
)
def test_action_is_overdue_only_when_open_and_past_due(
    due: date | None, status: ActionStatus, overdue: bool
) -> None:
    action = Action(mentee_id="m", text="Send the audit slides", due_date=due, status=status)
    assert action.is_overdue(TODAY) is overdue


def test_a_repeated_word_is_searched_once() -> None:
    """Typing the same word many times (or holding a key down) must not multiply the query's cost."""
    assert search_terms("a " * 16_000) == ["a"]
    assert search_terms("Falls falls FALLS pathway falls") == ["Falls", "pathway"]


def test_the_number_and_length_of_words_are_capped() -> None:
    """A pasted paragraph becomes a bounded query: the first words, each at most a bounded length."""
    typed = " ".join(f"word{n}" for n in range(100))
    assert search_terms(typed) == [f"word{n}" for n in range(MAX_SEARCH_TERMS)]
    assert search_terms("x" * 10_000) == ["x" * MAX_TERM_LENGTH]
