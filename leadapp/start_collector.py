"""Python's automatic cycle collection held off while the app starts, and the start's objects kept out of it.

A start allocates a few hundred thousand objects that live as long as the app: modules, classes, the domain's
dataclasses and their compiled methods, the window's widgets. Python's automatic collection walked them all
as they arrived, about 60 young and 5 middle collections, roughly 10 ms of the start's CPU, and found almost
nothing to free. `hold` sets the young threshold to 0 (no automatic collection on any thread; `gc.isenabled`
is untouched, so leadapp/ui/jobs.py's pause while a worker runs keeps its own meaning), and `release`, on the
first event-loop turn after the window is shown, moves everything allocated so far into Python's permanent
generation (`gc.freeze`, which walks nothing) and restores the thresholds. From then on collection runs as
before (young and middle automatically; the full one on leadapp/ui/quiet_collector.py's quiet ticks), over
what the running app allocates.

Stdlib only, so `leadapp.app` can hold before it imports anything else; the quiet collector reads and sets
thresholds through `thresholds` and `set_thresholds`, which answer for the held values while the hold lasts.
"""

from __future__ import annotations

import gc

_held: tuple[int, int, int] | None = None
"""The thresholds to restore at `release`; None when nothing is held."""


def hold() -> None:
    """No automatic collection until `release` (a second hold changes nothing)."""
    global _held
    if _held is None:
        _held = gc.get_threshold()
        gc.set_threshold(0, _held[1], _held[2])


def held() -> bool:
    return _held is not None


def thresholds() -> tuple[int, int, int]:
    """The collection thresholds in force, or to be in force once the hold is released."""
    return _held if _held is not None else gc.get_threshold()


def set_thresholds(young: int, middle: int, old: int) -> None:
    global _held
    if _held is not None:
        _held = (young, middle, old)
    else:
        gc.set_threshold(young, middle, old)


def release() -> None:
    """The start's objects into the permanent generation, then the thresholds back (nothing if not held)."""
    global _held
    if _held is None:
        return
    gc.freeze()
    restored, _held = _held, None
    gc.set_threshold(*restored)
