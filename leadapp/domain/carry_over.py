"""What a planned session's agenda gains from last time, and what it must not gain again.

Carrying over happens whenever a planned session is opened or started, however it was created, so no route
leaves it out. Each carried item has a key (the record it came from); keys once carried are remembered for
the session, so a line the mentor deletes stays deleted, and a line already on the agenda is never doubled.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from leadapp.domain.activities import Objective
from leadapp.domain.agenda import CARRIED_HEADING, FOLLOW_UP, REVIEW_DUE, agenda_lines
from leadapp.domain.objectives import carry_lines, to_carry
from leadapp.domain.sessions import Action


@dataclass(frozen=True)
class CarryItem:
    key: str
    line: str


def action_items(actions: list[Action], session_id: str) -> list[CarryItem]:
    """Open actions from earlier sessions; one set in this very session is not "from last time"."""
    return [
        CarryItem(
            f"action:{a.id}",
            f"{FOLLOW_UP}{a.text}" + (f" (due {a.due_date:%d/%m/%Y})" if a.due_date else ""),
        )
        for a in actions
        if a.session_id != session_id and a.deleted_at is None and a.text.strip()
    ]


def objective_items(objectives: list[Objective], on: date) -> list[CarryItem]:
    """Objectives at risk or near their target date, by the same rule and words as a new session's agenda."""
    chosen = [o for o in to_carry(objectives, on) if o.objective.strip()]
    return [CarryItem(f"objective:{o.id}", line) for o, line in zip(chosen, carry_lines(chosen), strict=True)]


def review_items(plans: list[tuple[str, str]]) -> list[CarryItem]:
    """Leap-of-faith plans (id, title) whose review is due."""
    return [CarryItem(f"review:{plan_id}", f"{REVIEW_DUE}{title}") for plan_id, title in plans]


@dataclass(frozen=True)
class Carried:
    agenda: str
    keys: list[str]
    """Every key now counted as carried for the session: those remembered plus those just settled."""


def carry_into(agenda: str, items: list[CarryItem], remembered: list[str]) -> Carried:
    """The agenda with the items not yet carried added under the carried heading, below the mentor's text.

    An item whose line is already on the agenda (typed, or put there when the session was created) counts as
    carried without being added again. Lines typed in advance keep their place; new items go below them.
    """
    present = {line.strip() for line in agenda.split("\n")}
    keys = list(remembered)
    seen = set(remembered)
    new_lines: list[str] = []
    for item in items:
        if item.key in seen:
            continue
        seen.add(item.key)
        keys.append(item.key)
        if item.line.strip() not in present:
            new_lines.append(item.line)
            present.add(item.line.strip())
    if not new_lines:
        return Carried(agenda, keys)
    lines = agenda_lines(agenda.rstrip())
    if lines and (lines[-1].carried or lines[-1].heading):
        return Carried(agenda.rstrip("\n") + "\n" + "\n".join(new_lines), keys)
    text = agenda.rstrip()
    block = "\n".join([CARRIED_HEADING, *new_lines])
    return Carried(f"{text}\n\n{block}" if text else block, keys)
