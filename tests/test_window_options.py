"""The start's own reading of the window's options agrees with the full command-line parser, and leaves it
everything else."""

from __future__ import annotations

import pytest

from leadapp.app import build_parser, window_options

WINDOW_LINES = [
    [],
    ["--db", "clinic.sqlite3"],
    ["--db=clinic.sqlite3"],
    ["--smoke", "--db", "/tmp/a b.sqlite3"],
    ["--demo"],
    ["--demo", "--smoke"],
    ["--db", "first.sqlite3", "--db", "second.sqlite3"],
]
OTHER_LINES = [
    ["--db"],
    ["--db", "--smoke"],
    ["--db="],
    ["--sm"],
    ["--help"],
    ["--version"],
    ["report", "caseload", "--out", "caseload.pdf"],
    ["backup", "--db", "clinic.sqlite3"],
    ["--smoke", "stray"],
]


@pytest.mark.parametrize("line", WINDOW_LINES)
def test_the_windows_options_read_as_the_full_parser_reads_them(line: list[str]) -> None:
    fast = window_options(line)
    assert fast is not None
    assert vars(fast) == vars(build_parser().parse_args(line))


@pytest.mark.parametrize("line", OTHER_LINES)
def test_anything_else_is_left_to_the_full_parser(line: list[str]) -> None:
    assert window_options(line) is None
