"""Programme return rules: counts only, small counts withheld, no names or ids, safe CSV, adding up."""

from __future__ import annotations

import csv
import io
import json

import pytest

from leadapp.domain.programme import (
    WITHHELD,
    MenteeFacts,
    ReturnError,
    against_workforce,
    combine,
    make_return,
    parse_shares,
    read_return,
    return_csv,
    safe_cell,
    summary_sentence,
    suppress,
)


def _facts(n: int, profession: str = "Physiotherapist", **changes: object) -> list[MenteeFacts]:
    base = {
        "profession": profession,
        "band": "Band 7",
        "relationship_kind": "Mentoring",
        "formality": "Formal",
        "months_active": 8,
        "sessions_held": 5,
        "under_represented": None,
    }
    base.update(changes)
    return [MenteeFacts(**base) for _ in range(n)]  # type: ignore[arg-type]


def test_counts_under_five_are_withheld_and_zero_is_shown() -> None:
    assert suppress({"a": 0, "b": 5, "c": 12}) == {"a": 0, "b": 5, "c": 12}
    assert suppress({"a": 1, "b": 4, "c": 9}) == {"a": WITHHELD, "b": WITHHELD, "c": 9}


def test_a_lone_withheld_count_takes_the_next_smallest_with_it() -> None:
    """Otherwise the total less the shown counts gives the withheld one away."""
    assert suppress({"a": 2, "b": 7, "c": 6}) == {"a": WITHHELD, "b": 7, "c": WITHHELD}


def test_a_return_holds_counts_only() -> None:
    facts = _facts(6) + _facts(5, "Clinical psychologist", band="Band 8a", sessions_held=0)
    made = make_return(facts, "2026-12")
    assert made.mentees == 11
    assert made.sessions_held == 30
    assert made.counts["profession"] == {"Clinical psychologist": 5, "Physiotherapist": 6}
    assert made.counts["sessions_held"] == {"4 to 6": 6, "None yet": 5}
    assert made.counts["months_active"] == {"6 to 11 months": 11}
    assert made.counts["under_represented"] == {"Not recorded": 11}


def test_group_membership_is_counted_only_where_the_mentee_chose_to_record_it() -> None:
    facts = _facts(5, under_represented="black british ") + _facts(5, under_represented="Disabled")
    facts += _facts(7)
    made = make_return(facts, "2026-12")
    assert made.counts["under_represented"] == {"Black british": 5, "Disabled": 5, "Not recorded": 7}
    fewer = make_return(facts[:7] + facts[10:], "2026-12").counts["under_represented"]
    assert fewer == {"Black british": WITHHELD, "Disabled": WITHHELD, "Not recorded": 7}


def test_a_tiny_caseload_gives_nothing_away() -> None:
    made = make_return(_facts(3), "2026-12")
    assert made.mentees == WITHHELD
    assert made.sessions_held == 15
    assert set(made.counts["profession"].values()) == {WITHHELD}


def test_no_names_ids_or_notes_leave_in_the_files() -> None:
    made = make_return(_facts(6), "2026-12")
    text = json.dumps(made.as_json()) + return_csv(made)
    assert "made_in" in text
    for word in ("name", 'id"', "notes", "mentee_id"):
        assert word not in text.lower().replace("made_in", "")


def test_csv_cells_cannot_become_formulas() -> None:
    for dangerous in ("=HYPERLINK(1)", "+1", "-2", "@SUM(A1)"):
        assert safe_cell(dangerous) == "'" + dangerous
    assert safe_cell("Band 7") == "Band 7"
    made = make_return(_facts(5, "=cmd|' /C calc'!A0"), "2026-12")
    rows = list(csv.reader(io.StringIO(return_csv(made))))
    cells = [cell for row in rows for cell in row]
    assert "'=cmd|' /C calc'!A0" in cells
    assert not any(cell[:1] in "=+-@" for cell in cells if cell)


def test_returns_add_up_and_withheld_cells_are_counted_apart() -> None:
    one = make_return(_facts(6) + _facts(2, "Dietitian"), "2026-11")
    two = make_return(_facts(5) + _facts(7, "Dietitian"), "2026-12")
    combined = combine([one, two])
    assert combined.returns == 2
    assert combined.mentees == 20
    assert combined.counts["profession"] == {"Physiotherapist": 5, "Dietitian": 7}
    assert combined.withheld["profession"] == {"Physiotherapist": 1, "Dietitian": 1}
    assert combined.sessions_per_mentee() == pytest.approx(5.0)


def test_shares_are_set_against_the_workforce() -> None:
    rows = against_workforce(
        {"Physiotherapist": 3, "Dietitian": 1}, {"Physiotherapist": 50, "Podiatrist": 10}
    )
    by_group = {r.group: r for r in rows}
    assert by_group["Physiotherapist"].share == pytest.approx(75)
    assert by_group["Physiotherapist"].difference == pytest.approx(25)
    assert by_group["Dietitian"].workforce is None
    assert by_group["Podiatrist"].mentees == 0


def test_workforce_shares_are_read_from_plain_lines() -> None:
    assert parse_shares("Physiotherapist: 22\nBand 7, 30%\n\n") == {"Physiotherapist": 22, "Band 7": 30}
    with pytest.raises(ValueError, match="Line 2"):
        parse_shares("Physiotherapist: 22\nDietitian twenty")
    with pytest.raises(ValueError, match="Line 1"):
        parse_shares("Dietitian: 140")


def test_a_file_that_is_not_a_return_is_refused_in_words() -> None:
    made = make_return(_facts(6), "2026-12")
    assert read_return(json.loads(json.dumps(made.as_json())), "a.json") == made
    with pytest.raises(ReturnError, match="not a LeadApp programme return"):
        read_return({"format": "something else"}, "a.json")
    with pytest.raises(ReturnError, match="newer"):
        read_return({**made.as_json(), "version": 99}, "a.json")
    damaged = {**made.as_json(), "counts": {"band": {"Band 7": "lots"}}}
    with pytest.raises(ReturnError, match="damaged"):
        read_return(damaged, "a.json")


def test_the_headline_names_the_groups_furthest_from_their_workforce_share() -> None:
    facts = _facts(6) + _facts(6, "Dietitian") + _facts(2, "Podiatrist") + _facts(1, "Orthoptist")
    one = make_return(facts, "2026-12")
    text = summary_sentence(combine([one]), {"Physiotherapist": 30, "Dietitian": 70})
    assert text.startswith("15 mentees counted from 1 return(s), 5.0 sessions per mentee.")
    assert "Furthest below its workforce share: Dietitian (-20 points)" in text
    assert "furthest above: Physiotherapist (+20 points)" in text
    assert "under 5 were withheld" in text
    partly = summary_sentence(combine([one]), {"Physiotherapist": 30, "Podiatrist": 70})
    assert "Podiatrist" not in partly
    assert "Physiotherapist: +20 points against its workforce share." in partly
