"""`leadapp --smoke` in a child process, its start wrapped by a script, away from the user's own files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run_wrapped_start(script: str, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`script` runs with `args` in a fresh interpreter whose home and XDG folders are all inside `home`."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("XDG_")}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_RUNTIME_DIR=str(home))
    env.update(
        {f"XDG_{kind}_HOME": str(home / kind.lower()) for kind in ("DATA", "CONFIG", "STATE", "CACHE")}
    )
    return subprocess.run(
        [sys.executable, "-c", script, *args], env=env, capture_output=True, text=True, timeout=120
    )
