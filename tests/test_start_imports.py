"""What the window's start leaves unimported until it is used: the document registry, the merge of edits,
the session, timeline and leap-of-faith record modules.

Each is a module of frozen dataclasses that Python builds by compiling their methods, a few milliseconds of
every start (docs/performance.md); Home prints and saves only when asked, reads its caseload and its "to
finish" list with its own queries, and needs the leap-of-faith rules only when a plan is under way.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from leadapp.demo import write_demo
from leadapp.store.store import Store
from tests.smoke_runs import run_wrapped_start

LATER = (
    "leadapp.documents",
    "leadapp.domain.merge",
    "leadapp.domain.sessions",
    "leadapp.store.sessions",
    "leadapp.domain.timeline",
    "leadapp.store.timeline",
)
LEAP_RULES = ("leadapp.domain.leaps", "leadapp.store.leaps")

SCRIPT = (
    "import sys\n"
    "import leadapp.app as app\n"
    "shown = app._smoke_shown\n"
    "def when_shown(window):\n"
    f"    watched = {LATER + LEAP_RULES!r}\n"
    "    print('loaded at shown:', [name for name in watched if name in sys.modules], flush=True)\n"
    "    shown(window)\n"
    "app._smoke_shown = when_shown\n"
    "sys.exit(app.main(['--smoke', '--db', sys.argv[1]]))\n"
)


def test_the_mentors_home_shows_before_the_documents_and_the_merge_are_imported(tmp_path: Path) -> None:
    path = tmp_path / "leadapp.sqlite3"
    store = Store.open(path)
    write_demo(store)  # a mentor's caseload: the Home with a print button
    store.close()
    result = run_wrapped_start(SCRIPT, tmp_path, str(path))
    assert result.returncode == 0, result.stderr
    assert f"loaded at shown: {list(LEAP_RULES)}" in result.stdout  # the demo has a plan under way
    assert "smoke test passed" in result.stdout


def test_a_caseload_with_no_plan_under_way_shows_without_the_leap_of_faith_rules(tmp_path: Path) -> None:
    path = tmp_path / "leadapp.sqlite3"
    store = Store.open(path)
    write_demo(store)
    store.close()
    with sqlite3.connect(path) as conn:
        conn.execute("update leap_plans set status = 'considering'")
    conn.close()
    result = run_wrapped_start(SCRIPT, tmp_path, str(path))
    assert result.returncode == 0, result.stderr
    assert "loaded at shown: []" in result.stdout
    assert "smoke test passed" in result.stdout
