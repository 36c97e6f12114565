"""Long tables are laid out from plain text broken into lines once; the printed words must not change.

A busy mentee's portfolio runs to fifty pages of tables. Its cells are wrapped where a Paragraph would wrap
them (text_table.wrapped), so these tests read the real PDF back: every activity under each of its categories,
a cell longer than a page printed whole and inside the page, and the line breaks those of a Paragraph.
"""

from __future__ import annotations

import io
import re

from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from leadapp.documents import DocumentKind, DocumentRequest, make_document
from leadapp.domain.activities import Activity
from leadapp.domain.enums import ActivityStatus, PersonKind
from leadapp.domain.people import Person
from leadapp.domain.reference import Reference
from leadapp.reports.styles import styles, text
from leadapp.reports.text_table import wrapped
from leadapp.store.store import Store

PAGE_MARK = re.compile(r"Page \d+ of \d+")
COLUMN = 140.0
WORDS = ["a", "to", "the", "falls", "pathway", "multi-professional", "board-level", "Q&A", "<b>", "NHS", "7%"]


def _portfolio_text(store: Store, ref: Reference, person: Person) -> tuple[str, list[float]]:
    """The portfolio's words without footers, and the height of every line of body text on its pages."""
    pdf = make_document(store, ref, DocumentRequest(DocumentKind.PORTFOLIO, person.id)).pdf
    footer = f"Portfolio of {person.full_name}. Shared by its owner."
    pages, heights = [], []
    for page in PdfReader(io.BytesIO(pdf)).pages:

        def seen(value: str, cm: list[float], tm: list[float], *_: object) -> None:
            if value.strip() and footer not in value and not PAGE_MARK.search(value):
                heights.append(tm[5] * cm[3] + cm[5])

        pages.append(PAGE_MARK.sub(" ", page.extract_text(visitor_text=seen).replace(footer, " ")))
    return " ".join(" ".join(pages).split()), heights


def _mentee(store: Store) -> Person:
    return store.people.add(Person(full_name="Asha Patel", kind=PersonKind.MENTEE))


def test_a_busy_portfolio_prints_every_activity_under_each_of_its_categories(
    store: Store, ref: Reference
) -> None:
    asha = _mentee(store)
    codes = [c.code for c in ref.categories]
    added = []
    for number in range(400):
        categories = [codes[number % 5]] + ([codes[(number + 2) % 5]] if number % 3 == 0 else [])
        added.append(
            store.activities.add(
                Activity(
                    person_id=asha.id,
                    title=f"Task {number:04d} done",
                    categories=categories,
                    primary_category=categories[0],
                    status=ActivityStatus.DONE,
                )
            )
        )

    body, _heights = _portfolio_text(store, ref, asha)

    for activity in added:
        # under each category's heading, and once more in the formal learning table
        expected = len(activity.categories) + ("learning" in activity.categories)
        assert body.count(activity.title) == expected, activity.title


def test_a_cell_longer_than_a_page_prints_whole_in_order_and_inside_the_page(
    store: Store, ref: Reference
) -> None:
    asha = _mentee(store)
    outputs = " ".join(f"out{number:04d}" for number in range(2_500))
    store.activities.add(
        Activity(
            person_id=asha.id,
            title="Falls pathway redesign",
            categories=["track_record"],
            primary_category="track_record",
            outputs=outputs,
        )
    )

    body, heights = _portfolio_text(store, ref, asha)

    printed = re.findall(r"out\d{4}", body)
    assert printed == outputs.split()
    bottom, top = 20 * mm, A4[1] - 18 * mm
    assert all(bottom - 3 <= height <= top for height in heights)


def _paragraph_lines(value: str, width: float) -> list[str]:
    paragraph = Paragraph(text(value), styles()["cell"])
    paragraph.wrap(width, 100_000)
    lines = []
    for line in paragraph.blPara.lines:
        if isinstance(line, tuple):  # a paragraph of one style: (room left, words)
            lines.append(" ".join(line[1]))
        else:  # an entity such as &amp; makes a line of fragments, spaces included
            lines.append(" ".join("".join(fragment.text for fragment in line.words).split()))
    return lines


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=60), st.sampled_from([" ", "  ", " \t "]))
def test_cells_break_where_a_paragraph_breaks(words: list[str], gap: str) -> None:
    value = gap.join(words)
    assert wrapped(value, styles()["cell"], COLUMN).split("\n") == (_paragraph_lines(value, COLUMN) or [""])


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab W\n\xa0"), max_size=400))
def test_no_character_is_lost_and_lines_fit_unless_one_character_is_wider(value: str) -> None:
    style = styles()["cell"]
    lines = wrapped(value, style, 20.0).split("\n")
    assert len(lines) > value.count("\n")
    assert "".join("".join(lines).split()) == "".join(value.split())
    for line in lines:
        width = stringWidth(line, style.fontName, style.fontSize)
        spaces = line.count(" ")
        assert width <= 20.0 + spaces * style.spaceShrinkage * 3 or len(line) == 1


def test_a_word_wider_than_the_column_fills_the_line_it_starts_on_then_whole_lines() -> None:
    style = styles()["cell"]
    long_word = "x" * 100
    lines = wrapped(f"ab {long_word} cd", style, 60.0).split("\n")
    assert lines[0].startswith("ab x")
    assert "".join(lines).replace(" ", "") == "ab" + long_word + "cd"
    assert all(stringWidth(line, style.fontName, style.fontSize) <= 60.0 for line in lines)
