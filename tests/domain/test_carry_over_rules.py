"""Which items a planned session's agenda gains, where they go, and that a removed one stays removed."""

from __future__ import annotations

from datetime import date, timedelta

from leadapp.domain.activities import Objective
from leadapp.domain.agenda import CARRIED_HEADING, split_agenda
from leadapp.domain.carry_over import (
    CarryItem,
    action_items,
    carry_into,
    objective_items,
    review_items,
)
from leadapp.domain.enums import ObjectiveStatus
from leadapp.domain.sessions import Action

ON = date(2026, 3, 2)
ONE = CarryItem("action:1", "Follow up: Draft the business case")
TWO = CarryItem("review:2", "Leap-of-faith review due: Band 8a post")


def test_an_empty_agenda_gets_the_heading_and_the_items() -> None:
    carried = carry_into("", [ONE, TWO], [])
    assert carried.agenda == "\n".join([CARRIED_HEADING, ONE.line, TWO.line])
    assert carried.keys == ["action:1", "review:2"]


def test_an_agenda_typed_in_advance_keeps_its_lines_and_gains_the_items_below() -> None:
    carried = carry_into("Talk about the board paper\nAsk about the rota", [ONE], [])
    lines = carried.agenda.split("\n")
    assert lines[:2] == ["Talk about the board paper", "Ask about the rota"]
    assert lines[-2:] == [CARRIED_HEADING, ONE.line]
    own, items = split_agenda(carried.agenda)
    assert own == ["Talk about the board paper", "Ask about the rota"]
    assert items == [ONE.line]


def test_a_removed_item_is_not_carried_again() -> None:
    first = carry_into("", [ONE, TWO], [])
    edited = first.agenda.replace(ONE.line + "\n", "")
    again = carry_into(edited, [ONE, TWO], first.keys)
    assert again.agenda == edited
    assert ONE.line not in again.agenda


def test_a_line_already_on_the_agenda_is_not_doubled_but_remembered() -> None:
    agenda = "\n".join([CARRIED_HEADING, ONE.line])
    carried = carry_into(agenda, [ONE], [])
    assert carried.agenda == agenda
    assert carried.keys == ["action:1"]


def test_a_new_item_joins_the_carried_block_at_the_end() -> None:
    first = carry_into("Own point", [ONE], [])
    second = carry_into(first.agenda, [ONE, TWO], first.keys)
    assert second.agenda == "\n".join(["Own point", "", CARRIED_HEADING, ONE.line, TWO.line])
    assert second.agenda.count(CARRIED_HEADING) == 1


def test_actions_from_this_session_and_empty_ones_are_not_carried() -> None:
    earlier = Action(mentee_id="m", text="Book the shadowing day", session_id="s0", due_date=ON)
    here = Action(mentee_id="m", text="Set in this session", session_id="s1")
    blank = Action(mentee_id="m", text="  ", session_id="s0")
    items = action_items([earlier, here, blank], "s1")
    assert items == [CarryItem(f"action:{earlier.id}", "Follow up: Book the shadowing day (due 02/03/2026)")]


def test_objectives_carried_on_opening_follow_the_agenda_rule_and_words() -> None:
    """At risk, or live with the target date within four weeks or past: the rule a new session uses too,
    with the same line, so opening a session never adds a second line for one objective."""
    soon = Objective(person_id="m", objective="Chair a meeting", target_date=ON + timedelta(days=14))
    later = Objective(person_id="m", objective="Write a paper", target_date=ON + timedelta(days=60))
    risky = Objective(person_id="m", objective="Present", status=ObjectiveStatus.AT_RISK)
    done = Objective(person_id="m", objective="Done one", target_date=ON, status=ObjectiveStatus.MET)
    lines = [item.line for item in objective_items([soon, later, risky, done], ON)]
    assert lines == ["Objective: Chair a meeting (target 16/03/2026)", "Objective: Present (at risk)"]
    _, carried = split_agenda(carry_into("", objective_items([soon], ON), []).agenda)
    assert carried == lines[:1]


def test_review_items_are_keyed_by_plan() -> None:
    assert review_items([("p1", "Band 8a post")]) == [
        CarryItem("review:p1", "Leap-of-faith review due: Band 8a post")
    ]
