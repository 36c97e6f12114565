"""Dates as people type and read them in the UK: day first, with a plain message for impossible ones."""

from __future__ import annotations

from datetime import date, datetime

FORMATS = ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y", "%d %b %Y", "%d %B %Y")


def parse_date(text: str) -> date | None:
    """None for empty text; ValueError with a plain message for text that is not a real date."""
    text = text.strip()
    if not text:
        return None
    for fmt in FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(f"“{text}” is not a date. Write it as day/month/year, for example 24/11/2026.")


def format_date(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""
