"""The exchange's pure rules: the three-way merge of one record, exhaustively, and what may cross."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from leadapp.domain.exchange import REMOVED, SHARED, FieldConflict, merge_record, view

VALUES = ["a", "b", "c", None]


def test_every_combination_of_base_mine_and_theirs_for_one_field() -> None:
    for base, mine, theirs in itertools.product(VALUES, repeat=3):
        merged = merge_record(
            {"f": base, REMOVED: None}, {"f": mine, REMOVED: None}, {"f": theirs, REMOVED: None}
        )
        if mine == theirs or theirs == base:
            assert merged.write == {} and merged.conflicts == ()
        elif mine == base:
            assert merged.write == {"f": theirs} and merged.conflicts == ()
        else:
            assert merged.write == {}
            assert merged.conflicts == (FieldConflict("f", mine, theirs, base),)


def test_without_a_base_every_difference_is_a_conflict_never_an_overwrite() -> None:
    merged = merge_record(
        None, {"f": "mine", "g": "same", REMOVED: None}, {"f": "theirs", "g": "same", REMOVED: None}
    )
    assert merged.write == {} and [c.field for c in merged.conflicts] == ["f"]


def test_a_removal_against_an_edit_is_one_conflict_either_way_round() -> None:
    base = {"f": "a", REMOVED: None}
    removed = {"f": "a", REMOVED: "2026-01-01T00:00:00Z"}
    edited = {"f": "b", REMOVED: None}
    for mine, theirs in ((removed, edited), (edited, removed)):
        merged = merge_record(base, mine, theirs)
        assert merged.write == {}
        assert [c.field for c in merged.conflicts] == [REMOVED]
    assert merge_record(base, base, removed).write == {REMOVED: removed[REMOVED]}
    assert merge_record(base, removed, base).write == {}


fields = st.dictionaries(st.sampled_from("fgh"), st.sampled_from(VALUES), min_size=3, max_size=3)


@given(fields, fields, fields)
def test_merging_never_drops_a_value_changed_on_one_side(base: dict, mine: dict, theirs: dict) -> None:
    for record in (base, mine, theirs):
        record[REMOVED] = None
    merged = merge_record(base, mine, theirs)
    result = {**mine, **merged.write}
    conflicted = {c.field for c in merged.conflicts}
    for name in "fgh":
        changed_mine, changed_theirs = mine[name] != base[name], theirs[name] != base[name]
        if name in conflicted:
            assert result[name] == mine[name] and changed_mine and changed_theirs
        elif changed_theirs:
            assert result[name] == theirs[name]
        else:
            assert result[name] == mine[name]
    assert merge_record(base, result, theirs).write == {}


def test_private_fields_are_never_listed_as_shared() -> None:
    shared = {name for table in SHARED.values() for name in table}
    assert not shared & {"mentor_private", "mentee_private", "visibility", "related_person_id", "champion_id"}
    assert "notes" not in SHARED["relationships"]


def test_a_pointer_outside_what_is_shared_crosses_empty() -> None:
    row = {name: None for name in SHARED["actions"]} | {"session_id": "elsewhere", "text": "x", REMOVED: None}
    assert view("actions", row, {"sessions": set()})["session_id"] is None
    assert view("actions", row, {"sessions": {"elsewhere"}})["session_id"] == "elsewhere"
