"""Turning what a person types into a safe FTS5 query."""

from __future__ import annotations

from leadapp.domain.sessions import search_terms


def fts_match(text: str, columns: tuple[str, ...] | None = None) -> str:
    """An FTS5 MATCH expression: every word, as a prefix, optionally limited to some columns."""
    words = search_terms(text)
    if not words:
        return ""
    expression = " AND ".join('"' + word.replace('"', "") + '"*' for word in words)
    if columns:
        return "{" + " ".join(columns) + "} : (" + expression + ")"
    return expression
