"""The three-way field merge: edits win over an untouched base, both sides' changes are never dropped."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from leadapp.domain.merge import BOTH_DIVIDER, Conflict, edited_fields, keep_both, resolved, three_way
from leadapp.domain.sessions import Session

BASE = Session(mentee_id="m", session_date=date(2026, 3, 2), shared_notes="start", updated_at="t1")


def test_edited_fields_ignore_the_store_stamps() -> None:
    mine = replace(BASE, reflection="new", updated_at="t9")
    assert edited_fields(BASE, mine) == {"reflection": "new"}


def test_a_field_changed_only_underneath_is_not_written_back() -> None:
    theirs = replace(BASE, shared_notes="their notes", updated_at="t2")
    mine = replace(BASE, reflection="my reflection")
    merge = three_way(BASE, mine, theirs)
    assert merge.write == {"reflection": "my reflection"}
    assert merge.conflicts == ()


def test_the_same_change_on_both_sides_is_not_a_conflict() -> None:
    theirs = replace(BASE, shared_notes="same")
    merge = three_way(BASE, replace(BASE, shared_notes="same"), theirs)
    assert merge == type(merge)({}, ())


def test_different_changes_to_one_field_are_a_conflict_and_not_written() -> None:
    theirs = replace(BASE, shared_notes="theirs")
    merge = three_way(BASE, replace(BASE, shared_notes="mine", duration_min=45), theirs)
    assert merge.write == {"duration_min": 45}
    assert merge.conflicts == (Conflict("shared_notes", "mine", "theirs", "start"),)


def test_keep_both_joins_text_with_a_divider_and_lists_without_repeats() -> None:
    assert keep_both("mine", "theirs") == "theirs" + BOTH_DIVIDER + "mine"
    assert keep_both("", "theirs") == "theirs"
    assert keep_both("abc", "ab") == "abc"
    assert keep_both(["a", "b"], ["b", "c"]) == ["b", "c", "a"]
    assert keep_both(45, 30) is None


def test_two_additions_to_the_same_text_keep_the_start_once() -> None:
    joined = keep_both("Agreed: shadow the COO", "Agreed: apply for the post", base="Agreed:")
    assert joined == "Agreed: apply for the post" + BOTH_DIVIDER + "shadow the COO"


def test_resolved_keeps_both_texts_and_the_database_value_otherwise() -> None:
    record = resolved(BASE, (Conflict("shared_notes", "m", "t"), Conflict("duration_min", 45, 30)))
    assert record.shared_notes == "t" + BOTH_DIVIDER + "m"
    assert record.duration_min == 30


texts = st.text(max_size=30)


@given(base=texts, mine=texts, theirs=texts)
def test_no_text_is_lost_by_a_merge(base: str, mine: str, theirs: str) -> None:
    """Whatever the three versions, the result holds every word of both sides' edits."""
    merge = three_way(replace(BASE, agenda=base), replace(BASE, agenda=mine), replace(BASE, agenda=theirs))
    if merge.conflicts:
        final = resolved(replace(BASE, agenda=theirs), merge.conflicts).agenda
        added = mine[len(base) :].lstrip() if base.strip() and mine.startswith(base) else mine
        assert theirs.strip() == "" or theirs in final
        assert added.strip() == "" or added in final
    else:
        final = merge.write.get("agenda", theirs)
        assert final in (mine, theirs)
        assert mine == base or final == mine
        assert theirs == base or final == theirs


def test_an_exchange_conflict_offers_both_texts_labelled_theirs_above_yours_below() -> None:
    from leadapp.domain.exchange import EXCHANGE_DIVIDER, both_versions

    assert both_versions("Mine", "Theirs", "") == "Theirs" + EXCHANGE_DIVIDER + "Mine"
    assert (
        both_versions("Base plus mine", "Base plus theirs", "Base")
        == "Base plus theirs" + EXCHANGE_DIVIDER + "plus mine"
    )
    assert both_versions(3, 4) is None
