"""How typed dates are read: UK day-first short forms, words, and a sentence for what cannot be read."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

import pytest

from leadapp.domain.dates import format_date, order_problem, parse_date
from leadapp.domain.ids import utc_now

TODAY = date(2026, 11, 24)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("3/12/26", date(2026, 12, 3)),
        ("03/12/2026", date(2026, 12, 3)),
        ("3.12.26", date(2026, 12, 3)),
        ("3.12.2026", date(2026, 12, 3)),
        ("3-12-2026", date(2026, 12, 3)),
        (" 3 / 12 / 26 ", date(2026, 12, 3)),
        ("2026-12-03", date(2026, 12, 3)),
        ("3 Dec 2026", date(2026, 12, 3)),
        ("3 December 2026", date(2026, 12, 3)),
        ("1/9/95", date(1995, 9, 1)),
        ("29/2/28", date(2028, 2, 29)),
        ("today", TODAY),
        ("Tomorrow", date(2026, 11, 25)),
        ("yesterday", date(2026, 11, 23)),
        ("", None),
        ("   ", None),
    ],
)
def test_short_forms_people_type_are_read_day_first(typed: str, meant: date | None) -> None:
    assert parse_date(typed, TODAY) == meant


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("31/2/2026", "February 2026 has 28 days"),
        ("29/2/2027", "February 2027 has 28 days"),
        ("31/4/26", "April 2026 has 30 days"),
        ("3/13/26", "no month 13"),
        ("2026-13-01", "no month 13"),
        ("3/12", "needs a year"),
        ("next week", "is not a date. Write it as day/month/year"),
        ("3/12/202", "is not a date"),
    ],
)
def test_what_cannot_be_read_is_said_in_words(typed: str, words: str) -> None:
    with pytest.raises(ValueError, match=words):
        parse_date(typed, TODAY)


def test_dates_are_shown_day_first_in_full() -> None:
    assert format_date(date(2026, 12, 3)) == "03/12/2026"
    assert format_date(None) == ""


def test_an_end_before_its_start_is_named_and_a_fitting_pair_is_not() -> None:
    problem = order_problem(date(2026, 3, 1), date(2026, 2, 1), "start date", "end date")
    assert problem.startswith("The end date (01/02/2026) is before the start date (01/03/2026).")
    assert order_problem(date(2026, 3, 1), date(2026, 3, 1), "start date", "end date") == ""
    assert order_problem(None, date(2026, 3, 1), "start date", "end date") == ""
    assert order_problem(date(2026, 3, 1), None, "start date", "end date") == ""


def test_format_date_writes_what_strftime_wrote() -> None:
    day = date(1950, 1, 1)
    while day.year < 2100:
        assert format_date(day) == day.strftime("%d/%m/%Y")
        day += timedelta(days=97)
    assert format_date(None) == ""


def test_utc_now_is_iso_with_microseconds_and_z() -> None:
    stamp = utc_now()
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z", stamp)
    parsed = datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
    assert abs((datetime.now(UTC) - parsed).total_seconds()) < 5
