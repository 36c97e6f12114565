"""Python's automatic cycle collection, held while a thread other than the UI's runs Python code.

The collector runs on whichever thread allocates when a collection comes due. Run on a worker, it can destroy
Qt objects that the UI thread left in reference cycles from the wrong thread: a segfault. Background jobs
(leadapp/ui/jobs.py) and the WAL syncer (wal_sync.py) hold it while they run Python; it resumes when the
last of them lets go. One count for all of them, since each of them toggling `gc.disable()` on its own
would re-enable the collector under another. Any thread may hold and release.

`hold` and `release` allocate no object the collector tracks, so a thread may call `release` just before it
blocks, and `hold` just after it wakes, without a collection slipping in between.
"""

from __future__ import annotations

import gc
import threading

_lock = threading.Lock()
_holds = 0
_was_enabled = False


def hold() -> None:
    global _holds, _was_enabled
    _lock.acquire()
    if _holds == 0:
        _was_enabled = gc.isenabled()
        gc.disable()
    _holds += 1
    _lock.release()


def release() -> None:
    global _holds
    _lock.acquire()
    _holds -= 1
    if _holds == 0 and _was_enabled:
        gc.enable()
    _lock.release()


def holds() -> int:
    """How many holds are taken (for tests)."""
    return _holds
