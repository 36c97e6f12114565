"""The self-assessment rules: what changed since last time, which items are gaps, and who differs."""

from __future__ import annotations

from datetime import date

from leadapp.domain.assessments import (
    Change,
    change_sentences,
    changes_since,
    differences,
    low_items,
    review_lines,
    serving_categories,
    unrated,
)

SCALE = {1: "Essential", 2: "Proficient", 3: "Strong", 4: "Exemplary"}


def test_a_change_is_an_item_rated_both_times_with_a_different_rating() -> None:
    before = {"engaging_the_team": 2, "holding_to_account": 3, "sharing_the_vision": 1, "new": None}
    after = {"engaging_the_team": 3, "holding_to_account": 3, "sharing_the_vision": None, "new": 2}
    assert changes_since(before, after) == [Change("engaging_the_team", 2, 3)]


def test_changes_follow_the_order_given_and_ignore_values_off_the_scale() -> None:
    before = {"a": 1, "b": 4, "c": 7}
    after = {"a": 2, "b": 3, "c": 2}
    assert changes_since(before, after, ["b", "a", "c"]) == [Change("b", 4, 3), Change("a", 1, 2)]
    assert Change("b", 4, 3).up is False


def test_since_last_time_in_words() -> None:
    sentences = change_sentences(
        [Change("engaging_the_team", 2, 3)], {"engaging_the_team": "Engaging the team"}, SCALE
    )
    assert sentences == ["Engaging the team: proficient → strong"]


def test_the_first_assessment_has_no_change() -> None:
    assert changes_since({}, {"engaging_the_team": 2}) == []


def test_low_means_the_first_point_or_lower_than_last_time() -> None:
    latest = {"a": 1, "b": 2, "c": 3, "d": None}
    previous = {"b": 3, "c": 3, "d": 1}
    assert low_items(latest, previous, ["a", "b", "c", "d"]) == ["a", "b"]
    assert low_items({"a": 2, "b": 4}) == []


def test_differences_are_mentor_minus_mentee_for_items_both_rated() -> None:
    mine = {"a": 2, "b": 3, "c": None, "d": 1}
    mentor = {"a": 4, "b": 3, "c": 2}
    assert differences(mine, mentor) == {"a": 2}


def test_unrated_lists_the_unfinished_items_in_order() -> None:
    assert unrated({"a": 2, "b": None}, ["a", "b", "c"]) == ["b", "c"]


def test_a_behaviour_is_served_by_its_groups_categories() -> None:
    groups = {"networks": "communicator"}
    assert serving_categories("networks", groups) == serving_categories("communicator", groups)
    assert "track_record" in serving_categories("engaging_the_team", groups)
    assert serving_categories("unknown", groups) == ()


def test_review_lines_name_the_date_the_change_and_the_gaps() -> None:
    lines = review_lines(
        date(2026, 11, 2), ["Engaging the team: proficient → strong"], ["Holding to account"], 2
    )
    assert lines == [
        "Latest self-assessment: 02/11/2026, 2 items not rated yet",
        "Since last time: Engaging the team: proficient → strong",
        "Worth developing: Holding to account",
    ]
    assert review_lines(date(2026, 11, 2), [], [], 0)[1] == "Since last time: no rating has changed."
    assert "No self-assessment yet" in review_lines(None, [], [], 0)[0]
