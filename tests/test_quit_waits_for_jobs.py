"""Quitting lets background work already started finish: a backup, a PDF or a count is never cut off.

A job still running when the process ended found the object that carries its result gone ("Signal source has
been deleted" on standard error), and a backup begun at start could be left half-written.
"""

from __future__ import annotations

from pathlib import Path

from leadapp.store.store import Store
from tests.smoke_runs import run_wrapped_start

SCRIPT = (
    "import sys, time\n"
    "from pathlib import Path\n"
    "import leadapp.app as app\n"
    "shown = app._smoke_shown\n"
    "def when_shown(window):\n"
    "    from leadapp.ui.jobs import run_in_background\n"
    "    def work():\n"
    "        time.sleep(0.5)\n"
    "        Path(sys.argv[2]).write_text('finished')\n"
    "        return 'finished'\n"
    "    run_in_background(window, work, lambda _r: None, lambda _e: None)\n"
    "    shown(window)\n"
    "app._smoke_shown = when_shown\n"
    "sys.exit(app.main(['--smoke', '--db', sys.argv[1]]))\n"
)


def test_a_job_running_when_the_window_closes_finishes_before_the_app_ends(tmp_path: Path) -> None:
    path = tmp_path / "leadapp.sqlite3"
    marker = tmp_path / "job-finished"
    Store.open(path).close()
    result = run_wrapped_start(SCRIPT, tmp_path, str(path), str(marker))
    assert result.returncode == 0, result.stderr
    assert "smoke test passed" in result.stdout
    assert marker.read_text() == "finished"
    assert "Traceback" not in result.stderr and "has been deleted" not in result.stderr, result.stderr
