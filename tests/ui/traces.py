"""The statements the window's own connection runs, for tests that check what stays off the UI thread."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from leadapp.store.store import Store


@contextmanager
def statements_on_the_window_connection(store: Store) -> Iterator[list[str]]:
    seen: list[str] = []
    store.db.conn.set_trace_callback(seen.append)
    try:
        yield seen
    finally:
        store.db.conn.set_trace_callback(None)
