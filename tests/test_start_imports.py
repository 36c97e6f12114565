"""What the window's start leaves unimported until it is used: the document registry and the merge of edits.

Each is a module of frozen dataclasses that Python builds by compiling their methods, a few milliseconds of
every start (docs/performance.md); Home prints and saves only when asked.
"""

from __future__ import annotations

from pathlib import Path

from leadapp.demo import write_demo
from leadapp.store.store import Store
from tests.smoke_runs import run_wrapped_start

LATER = ("leadapp.documents", "leadapp.domain.merge")

SCRIPT = (
    "import sys\n"
    "import leadapp.app as app\n"
    "shown = app._smoke_shown\n"
    "def when_shown(window):\n"
    f"    print('loaded at shown:', [name for name in {LATER!r} if name in sys.modules], flush=True)\n"
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
    assert "loaded at shown: []" in result.stdout
    assert "smoke test passed" in result.stdout
