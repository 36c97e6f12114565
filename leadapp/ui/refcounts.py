"""A guard against a PySide6 build that under-counts references to None, True and False on Python 3.11.

The PySide6 6.12.0 wheels are built for the stable ABI as Python 3.12 sees it, where None, True and False are
immortal and returning them needs no new reference. On Python 3.11 they are ordinary objects, so every Qt
call returning nothing (setText, processEvents…) and every signal emit takes one reference too many. A label
updated each second in the in-session view, or a search on a worker, brought the count to zero within the
hour and the process aborted ("deallocating None"). Raising their counts far beyond any session's calls
gives them, on 3.11, the immortality 3.12 gives them by design; later Pythons need nothing.
"""

from __future__ import annotations

import ctypes
import sys

CUSHION = 1 << 48
_done = False


def keep_singletons_alive() -> None:
    global _done
    if _done or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for singleton in (None, True, False, NotImplemented, Ellipsis):
        count = ctypes.c_ssize_t.from_address(id(singleton))
        count.value += CUSHION
    _done = True
