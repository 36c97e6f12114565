"""Dates as people type and read them in the UK: day first, short forms welcome, and a plain sentence
saying what is wrong when a date cannot be read."""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta

EXAMPLE = "for example 24/11/2026"
WORDS = {"today": 0, "tomorrow": 1, "yesterday": -1}
NUMERIC = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{2}|\d{4})$")
ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
NO_YEAR = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{1,2})$")
NAMED = ("%d %b %Y", "%d %B %Y", "%d %b %y", "%d %B %y")
CENTURY_PIVOT = 70
"""Two-digit years below this are 20xx, the others 19xx: "26" is 2026, a career start in "95" is 1995."""


def full_year(digits: str) -> int:
    year = int(digits)
    if len(digits) == 4:
        return year
    return 2000 + year if year < CENTURY_PIVOT else 1900 + year


def _real_date(text: str, year: int, month: int, day: int) -> date:
    if not 1 <= month <= 12:
        raise ValueError(f"“{text}” is not a date: there is no month {month}, months run from 1 to 12.")
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        name = calendar.month_name[month]
        raise ValueError(f"“{text}” is not a date: {name} {year} has {days} days.")
    return date(year, month, day)


def parse_date(text: str, today: date | None = None) -> date | None:
    """None for empty text; ValueError whose message says what is wrong, in words, for anything else.

    Accepted: day/month/year with /, . or - between (3/12/26, 03.12.2026), ISO (2026-12-03), a month by
    name (3 Dec 2026), and "today", "tomorrow" and "yesterday".
    """
    text = text.strip()
    if not text:
        return None
    word = text.lower()
    if word in WORDS:
        return (today or date.today()) + timedelta(days=WORDS[word])
    if match := ISO.match(text):
        year, month, day = (int(part) for part in match.groups())
        return _real_date(text, year, month, day)
    if match := NUMERIC.match(text):
        day, month = int(match[1]), int(match[2])
        return _real_date(text, full_year(match[3]), month, day)
    if NO_YEAR.match(text):
        raise ValueError(f"“{text}” needs a year too: day/month/year, {EXAMPLE}.")
    for fmt in NAMED:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(f"“{text}” is not a date. Write it as day/month/year, {EXAMPLE}.")


def format_date(value: date | None) -> str:
    """dd/mm/yyyy. Built from the fields, not with strftime: once PySide6 is imported, each strftime call
    goes through its import hook twice (strftime imports `time`), which made it four times slower, and the
    lists format a date in every row they paint."""
    return f"{value.day:02d}/{value.month:02d}/{value.year:04d}" if value else ""


def order_problem(start: date | None, end: date | None, start_name: str, end_name: str) -> str:
    """A sentence when the later date of a pair comes before the earlier one; empty when they fit."""
    if start is None or end is None or end >= start:
        return ""
    return (
        f"The {end_name} ({format_date(end)}) is before the {start_name} ({format_date(start)}). "
        f"Change one of them; this one is not saved until they fit."
    )
