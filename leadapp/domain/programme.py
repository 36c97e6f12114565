"""The programme return: counts a mentor sends to a scheme lead so access to mentoring can be checked.

The AHP leadership guide asks trusts to review whether access to mentors and champions is fair across
professional groups; the psychological professions ask for mentoring of staff from Black, Asian and minority
ethnic and other under-represented groups. A return answers that with counts only: no names, no notes, no
ids, and any count from 1 to 4 withheld, so no one can be picked out of a small caseload.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass, field

RETURN_FORMAT = "leadapp-programme-return"
RETURN_VERSION = 1
SMALL = 5
"""Counts below this (other than zero) are withheld."""
WITHHELD = "<5"
NOT_RECORDED = "Not recorded"

EQUITY_EXPLANATION = (
    "Why this is asked: mentoring programmes are asked to check that mentors and champions reach staff from "
    "Black, Asian and minority ethnic and other under-represented groups as often as everyone else. If you "
    "choose to record it, your own description is counted in the anonymised return your mentor sends to the "
    "programme lead, and only where five or more people give the same answer. Your name never leaves "
    "with it. It is off unless you turn it on, and you can turn it off at any time."
)

BREAKDOWNS = (
    ("profession", "Profession"),
    ("band", "NHS band"),
    ("relationship_kind", "Relationship kind"),
    ("formality", "Formal or informal"),
    ("months_active", "Months active"),
    ("sessions_held", "Sessions held"),
    ("under_represented", "Under-represented group (self-described, where the mentee chose to record it)"),
)
MONTH_BANDS = ((0, 5, "Under 6 months"), (6, 11, "6 to 11 months"), (12, 23, "1 to 2 years"))
SESSION_BANDS = ((0, 0, "None yet"), (1, 3, "1 to 3"), (4, 6, "4 to 6"), (7, 12, "7 to 12"))


@dataclass(frozen=True)
class MenteeFacts:
    """What the return may know about one mentee; gathered by the store, never written out as it is."""

    profession: str
    band: str
    relationship_kind: str
    formality: str
    months_active: int
    sessions_held: int
    under_represented: str | None = None
    """The mentee's own words, only when they chose to record them; None otherwise."""


@dataclass
class ProgrammeReturn:
    made_in: str
    """Year and month only (2026-12): a day could help tie the return to a person's diary."""
    mentees: int | str
    sessions_held: int | str
    counts: dict[str, dict[str, int | str]] = field(default_factory=dict)

    def as_json(self) -> dict[str, object]:
        return {
            "format": RETURN_FORMAT,
            "version": RETURN_VERSION,
            "made_in": self.made_in,
            "mentees": self.mentees,
            "sessions_held": self.sessions_held,
            "counts": self.counts,
        }


def band_label(value: int, bands: tuple[tuple[int, int, str], ...], beyond: str) -> str:
    for low, high, label in bands:
        if low <= value <= high:
            return label
    return beyond


def suppress(counts: dict[str, int]) -> dict[str, int | str]:
    """Counts of 1 to 4 become WITHHELD. Where one cell alone is withheld, the next smallest is too, so
    the withheld one cannot be worked out from the total."""
    shown: dict[str, int | str] = {}
    small = [key for key, n in counts.items() if 0 < n < SMALL]
    for key, n in counts.items():
        shown[key] = WITHHELD if key in small else n
    if len(small) == 1:
        others = sorted((n, key) for key, n in counts.items() if n >= SMALL)
        if others:
            shown[others[0][1]] = WITHHELD
    return shown


def total_or_withheld(n: int) -> int | str:
    return WITHHELD if 0 < n < SMALL else n


def _normalise(text: str) -> str:
    words = " ".join(text.split())
    return words[:1].upper() + words[1:].lower() if words else ""


def make_return(facts: list[MenteeFacts], made_in: str) -> ProgrammeReturn:
    """Counts only. The under-represented breakdown counts only those who chose to record it."""
    columns: dict[str, Counter[str]] = {key: Counter() for key, _label in BREAKDOWNS}
    for fact in facts:
        columns["profession"][fact.profession or "Not set"] += 1
        columns["band"][fact.band or "Not set"] += 1
        columns["relationship_kind"][fact.relationship_kind] += 1
        columns["formality"][fact.formality] += 1
        columns["months_active"][band_label(fact.months_active, MONTH_BANDS, "2 years or more")] += 1
        columns["sessions_held"][band_label(fact.sessions_held, SESSION_BANDS, "13 or more")] += 1
        described = _normalise(fact.under_represented or "")
        columns["under_represented"][described or NOT_RECORDED] += 1
    return ProgrammeReturn(
        made_in=made_in,
        mentees=total_or_withheld(len(facts)),
        sessions_held=total_or_withheld(sum(f.sessions_held for f in facts)),
        counts={key: suppress(dict(sorted(counter.items()))) for key, counter in columns.items()},
    )


def safe_cell(value: object) -> str:
    """A spreadsheet would run a cell starting with =, +, - or @ as a formula; a leading quote stops it."""
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def return_csv(programme_return: ProgrammeReturn) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["breakdown", "group", "mentees"])
    writer.writerow(["all", "mentees", safe_cell(programme_return.mentees)])
    writer.writerow(["all", "sessions held", safe_cell(programme_return.sessions_held)])
    labels = dict(BREAKDOWNS)
    for key, counts in programme_return.counts.items():
        for group, n in counts.items():
            writer.writerow([safe_cell(labels.get(key, key)), safe_cell(group), safe_cell(n)])
    return out.getvalue()


class ReturnError(ValueError):
    """A file that is not a programme return; the message says so in a sentence."""


def read_return(data: object, name: str) -> ProgrammeReturn:
    """Checks the shape of a return file; anything else is refused with a plain message."""
    if not isinstance(data, dict) or data.get("format") != RETURN_FORMAT:
        raise ReturnError(f"{name} is not a LeadApp programme return.")
    if data.get("version") != RETURN_VERSION:
        raise ReturnError(f"{name} was made by a newer LeadApp; ask its sender for an update.")
    counts = data.get("counts")
    if not isinstance(counts, dict):
        raise ReturnError(f"{name} is damaged: it has no counts.")
    clean: dict[str, dict[str, int | str]] = {}
    for key, cells in counts.items():
        if not isinstance(cells, dict):
            raise ReturnError(f"{name} is damaged: {key} is not a list of counts.")
        clean[str(key)] = {str(group): _count(n, name) for group, n in cells.items()}
    return ProgrammeReturn(
        made_in=str(data.get("made_in", "")),
        mentees=_count(data.get("mentees", 0), name),
        sessions_held=_count(data.get("sessions_held", 0), name),
        counts=clean,
    )


def _count(value: object, name: str) -> int | str:
    if value == WITHHELD:
        return WITHHELD
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 10_000_000:
        return value
    raise ReturnError(f"{name} is damaged: a count is not a number.")


@dataclass(frozen=True)
class Combined:
    """Several returns added up; withheld cells are counted apart, never guessed."""

    returns: int
    mentees: int
    mentees_withheld: int
    sessions_held: int
    counts: dict[str, dict[str, int]]
    withheld: dict[str, dict[str, int]]

    def sessions_per_mentee(self) -> float:
        return self.sessions_held / self.mentees if self.mentees else 0.0


def combine(returns: list[ProgrammeReturn]) -> Combined:
    counts: dict[str, Counter[str]] = {key: Counter() for key, _label in BREAKDOWNS}
    withheld: dict[str, Counter[str]] = {key: Counter() for key, _label in BREAKDOWNS}
    mentees = mentees_withheld = sessions = 0
    for one in returns:
        if isinstance(one.mentees, int) and isinstance(one.sessions_held, int):
            mentees += one.mentees
            sessions += one.sessions_held
        else:
            mentees_withheld += 1
        for key, cells in one.counts.items():
            for group, n in cells.items():
                if isinstance(n, int):
                    counts.setdefault(key, Counter())[group] += n
                else:
                    withheld.setdefault(key, Counter())[group] += 1
    return Combined(
        returns=len(returns),
        mentees=mentees,
        mentees_withheld=mentees_withheld,
        sessions_held=sessions,
        counts={key: dict(c) for key, c in counts.items()},
        withheld={key: dict(c) for key, c in withheld.items()},
    )


@dataclass(frozen=True)
class ShareRow:
    group: str
    mentees: int
    share: float
    workforce: float | None

    @property
    def difference(self) -> float | None:
        return None if self.workforce is None else self.share - self.workforce


def against_workforce(counts: dict[str, int], workforce: dict[str, float]) -> list[ShareRow]:
    """Each group's share of mentees beside its share of the workforce (percentages the lead enters)."""
    total = sum(counts.values())
    groups = sorted(set(counts) | set(workforce), key=lambda g: (-counts.get(g, 0), g))
    return [
        ShareRow(
            group,
            counts.get(group, 0),
            100.0 * counts.get(group, 0) / total if total else 0.0,
            workforce.get(group),
        )
        for group in groups
    ]


def parse_shares(text: str) -> dict[str, float]:
    """Lines of "group: percent" (or "group, percent"); ValueError names the line that cannot be read."""
    shares: dict[str, float] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        group, sep, value = line.rpartition(":") if ":" in line else line.rpartition(",")
        try:
            percent = float(value.strip().rstrip("%"))
        except ValueError:
            percent = -1.0
        if not sep or not group.strip() or not 0 <= percent <= 100:
            raise ValueError(
                f"Line {number} needs a group, a colon and a percentage, like “Physiotherapist: 22”."
            )
        shares[group.strip()] = percent
    return shares


def summary_sentence(combined: Combined, profession_shares: dict[str, float]) -> str:
    """The report's headline in words: the text equivalent of its charts for a screen reader.

    Groups with a count withheld anywhere are left out of "furthest from", since their share is not known.
    """
    text = (
        f"{combined.mentees} mentees counted from {combined.returns} return(s), "
        f"{combined.sessions_per_mentee():.1f} sessions per mentee."
    )
    partly_withheld = combined.withheld.get("profession", {})
    rows = against_workforce(combined.counts.get("profession", {}), profession_shares)
    compared = [r for r in rows if r.difference is not None and not partly_withheld.get(r.group)]
    if len(compared) == 1:
        only = compared[0]
        text += f" {only.group}: {only.difference or 0.0:+.0f} points against its workforce share."
    elif compared:
        low = min(compared, key=lambda r: r.difference or 0.0)
        high = max(compared, key=lambda r: r.difference or 0.0)
        text += (
            f" Furthest below its workforce share: {low.group} ({low.difference:+.0f} points);"
            f" furthest above: {high.group} ({high.difference:+.0f} points)."
        )
    withheld = sum(len(cells) for cells in combined.withheld.values())
    if withheld:
        text += f" {withheld} count(s) under 5 were withheld by their senders."
    return text
