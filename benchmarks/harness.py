"""What the one-benchmark scripts share: their options, the large database they run on, and the timing loop.

Each script runs alone (`.venv/bin/python benchmarks/NAME.py`), with this folder first on the import path, so
they import this module by name. A script given no --db gets the large demo database (seed 1) written into a
temporary folder that goes when it ends, so no run leaves a 100 MB file behind.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from leadapp.demo import write_large
from leadapp.store.store import Store

T = TypeVar("T")


def options(description: str | None, runs: int | None = None) -> argparse.ArgumentParser:
    """--db, and --runs with this script's own default; a script adds its other options to what it gets."""
    parser = argparse.ArgumentParser(description=description)
    if runs is not None:
        parser.add_argument("--runs", type=int, default=runs)
    parser.add_argument("--db", type=Path)
    return parser


@contextmanager
def large_store(db: Path | None) -> Iterator[Store]:
    """The database at `db` (written first if empty), or the large one in a temporary folder; closed after."""
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(db or Path(folder) / "large.sqlite3")
        try:
            if store.sessions.count() == 0:
                write_large(store, seed=1)
            yield store
        finally:
            store.close()


def large_copy(db: Path | None, folder: Path) -> Path:
    """A file this run may change: a copy of `db` in `folder`, or the large database written there."""
    path = folder / "large.sqlite3"
    if db is not None:
        shutil.copyfile(db, path)
    else:
        store = Store.open(path)
        write_large(store, seed=1)
        store.close()
    return path


def timings(runs: int, work: Callable[[], object]) -> list[float]:
    """Seconds each of `runs` calls of `work` took."""
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        samples.append(time.perf_counter() - started)
    return samples


def timed(label: str, work: Callable[[], T]) -> T:
    """`work` done once, with the seconds it took printed after `label`; its result handed back."""
    started = time.perf_counter()
    result = work()
    print(f"{label}: {time.perf_counter() - started:.2f} s")
    return result


def median_ms(samples: list[float]) -> str:
    return f"{statistics.median(samples) * 1000:.1f} ms"
