"""The passage shown beside a search result, with the searched words marked.

The full-text index decides which records match; this only finds where, in text already read for the rows
on screen. Doing it here rather than with FTS5's snippet() keeps its cost to the length of the text shown:
snippet() re-runs the whole MATCH for every page, which for a short prefix such as "a" took seconds.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache

WORDS_BEFORE = 4
WORDS_IN_PASSAGE = 10
_LOOK_AROUND = 240


def _fold_table() -> dict[int, str]:
    """Accented Latin letters to their base letter, one character for one, as the index folds them."""
    table: dict[int, str] = {}
    for code in range(0xC0, 0x250):
        base = unicodedata.normalize("NFKD", chr(code))[0]
        if base != chr(code) and base.isalpha():
            table[code] = base
    return table


_FOLD = _fold_table()


def _folded(text: str) -> str:
    """Plain ASCII (most notes) has nothing to fold; checking that is far cheaper than translating it."""
    return text if text.isascii() else text.translate(_FOLD)


@cache
def _pattern(terms: tuple[str, ...]) -> re.Pattern[str]:
    """Each term as the index matches it: from the start of a word, its last part as a prefix."""
    alternatives = []
    for term in terms:
        parts = [re.escape(part) for part in re.split(r"[\W_]+", term.translate(_FOLD)) if part]
        if parts:
            alternatives.append(r"[\W_]+".join(parts) + r"[^\W_]*")
    if not alternatives:
        return re.compile(r"(?!x)x")
    return re.compile(r"(?<![^\W_])(?:" + "|".join(alternatives) + ")", re.IGNORECASE)


def passage(texts: Iterable[str], terms: list[str], start_mark: str, end_mark: str) -> str:
    """A few words around the first match in the first text that has one; '' when none matches."""
    pattern = _pattern(tuple(terms))
    for text in texts:
        if not text:
            continue
        first = pattern.search(_folded(text))
        if first is None:
            continue
        lo = max(0, first.start() - _LOOK_AROUND)
        hi = min(len(text), first.end() + _LOOK_AROUND * 2)
        words = list(re.finditer(r"\S+", text[lo:hi]))
        at = next(i for i, w in enumerate(words) if w.end() + lo > first.start())
        begin = max(0, at - WORDS_BEFORE)
        if lo > 0 and at > 0 and words[0].start() == 0:
            begin = max(begin, 1)
        last = min(len(words), begin + WORDS_IN_PASSAGE)
        start, end = lo + words[begin].start(), lo + words[last - 1].end()
        shown = _mark(text[start:end], pattern, start_mark, end_mark)
        before = "…" if text[:start].strip() else ""
        after = "…" if text[end:].strip() else ""
        return before + " ".join(shown.split()) + after
    return ""


def _mark(text: str, pattern: re.Pattern[str], start_mark: str, end_mark: str) -> str:
    folded = _folded(text)
    pieces, done = [], 0
    for match in pattern.finditer(folded):
        pieces += [text[done : match.start()], start_mark, text[match.start() : match.end()], end_mark]
        done = match.end()
    pieces.append(text[done:])
    return "".join(pieces)
