"""The agenda's carried-over block: which lines came from last time and which were typed since.

The agenda is plain text the mentor edits freely. Lines carried over sit under one heading, each starting with
the words that say why it was carried. The block ends at the first line that is not such an item (a blank
line, or anything typed after it), so a line typed below the block is the mentor's own, never filed under it.
"""

from __future__ import annotations

from dataclasses import dataclass

CARRIED_HEADING = "Carried over from last time:"
FOLLOW_UP = "Follow up: "
REVIEW_DUE = "Leap-of-faith review due: "
OBJECTIVE = "Objective: "
CARRIED_PREFIXES = (FOLLOW_UP, REVIEW_DUE, OBJECTIVE)


@dataclass(frozen=True)
class AgendaLine:
    text: str
    carried: bool = False
    heading: bool = False


def agenda_lines(text: str) -> list[AgendaLine]:
    """Every line of the agenda, each marked as the carried heading, a carried item, or the mentor's own."""
    lines: list[AgendaLine] = []
    in_block = False
    for line in text.split("\n"):
        if line.strip() == CARRIED_HEADING:
            in_block = True
            lines.append(AgendaLine(line, heading=True))
            continue
        if in_block and line.startswith(CARRIED_PREFIXES):
            lines.append(AgendaLine(line, carried=True))
            continue
        in_block = False
        lines.append(AgendaLine(line))
    return lines


def split_agenda(text: str) -> tuple[list[str], list[str]]:
    """The mentor's own agenda items and the carried ones, blank lines and the heading left out."""
    own = [line.text for line in agenda_lines(text) if not line.carried and not line.heading]
    carried = [line.text for line in agenda_lines(text) if line.carried]
    return [line for line in own if line.strip()], carried
