"""Long person-written text is laid out in bounded pieces, so a PDF takes time linear in its length."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from reportlab.platypus import Paragraph

from leadapp.reports.styles import PIECE_CHARS, prose


def _plain(paragraph: object) -> str:
    assert isinstance(paragraph, Paragraph)
    return paragraph.getPlainText()


@given(st.text(alphabet=st.sampled_from("ab .?!\n"), max_size=6_000))
def test_pieces_keep_every_character_and_none_is_longer_than_the_limit(value: str) -> None:
    pieces = prose(value)
    assert len(pieces) > value.count("\n")
    plains = [_plain(paragraph) for paragraph in pieces]
    assert all(len(plain) <= PIECE_CHARS for plain in plains)
    assert "".join("".join(plains).split()) == "".join(value.split())


def test_a_long_line_is_cut_after_a_sentence_where_one_is_near() -> None:
    first = "A" * (PIECE_CHARS - 100) + "."
    then = "Then " + "b " * 100 + "end."
    pieces = prose(first + " " + then)
    assert [_plain(p).strip() for p in pieces] == [first, then]


def test_a_line_with_no_space_is_cut_at_the_limit() -> None:
    pieces = prose("y" * (PIECE_CHARS * 2 + 3))
    assert [len(_plain(p)) for p in pieces] == [PIECE_CHARS, PIECE_CHARS, 3]
