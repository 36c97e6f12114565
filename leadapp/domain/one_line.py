"""A record's text in one line, for the lists and cards that show many records at once."""

from __future__ import annotations


def first_line(text: str | None, limit: int = 160) -> str:
    """The first line that has words in it, shortened on a word boundary for a one-line card."""
    for line in (text or "").splitlines():
        stripped = line.strip().lstrip("-*•# ").strip()
        if stripped:
            if len(stripped) <= limit:
                return stripped
            cut = stripped[:limit].rsplit(" ", 1)[0]
            return cut + "…"
    return ""
