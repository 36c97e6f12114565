"""The start reads with plain sqlite3; sqlite-utils (about 0.1 s to import) loads after the window shows."""

from __future__ import annotations

from pathlib import Path

from leadapp.store.store import Store
from tests.smoke_runs import run_wrapped_start

SCRIPT = (
    "import sys\n"
    "import leadapp.app as app\n"
    "shown = app._smoke_shown\n"
    "def when_shown(window):\n"
    "    print('sqlite-utils loaded at shown:', 'sqlite_utils' in sys.modules, flush=True)\n"
    "    shown(window)\n"
    "app._smoke_shown = when_shown\n"
    "sys.exit(app.main(['--smoke', '--db', sys.argv[1]]))\n"
)


def test_the_window_shows_before_sqlite_utils_is_imported(tmp_path: Path) -> None:
    path = tmp_path / "leadapp.sqlite3"
    Store.open(path).close()  # a current database: the start that checks it in the background
    result = run_wrapped_start(SCRIPT, tmp_path, str(path))
    assert result.returncode == 0, result.stderr
    assert "sqlite-utils loaded at shown: False" in result.stdout
    assert "smoke test passed" in result.stdout
