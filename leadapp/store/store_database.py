"""The store's handle on its SQLite connection: reads go straight to sqlite3, sqlite-utils comes on first use.

Importing sqlite-utils costs about 0.1 s (its command line and plugin machinery come with it: click, pluggy,
dateutil), and start-up only reads. So a read (a SELECT, a WITH or a PRAGMA) runs on the connection itself,
and everything else (writes, migrations, upserts, full-text set-up, `db[...]`, `db.table(...)`) goes to
sqlite-utils' own Database over the same connection, made the first time one is asked for. For those
statements the two are the same: sqlite-utils' `execute` differs from the connection's only when a statement
opens an implicit transaction, which a read never does. The app loads sqlite-utils in the first quiet moment
after its window is shown (`Store.prepare_writes`), so the first edit does not wait for the import.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from functools import cached_property
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.db import Table, View

Parameters = Sequence[Any] | dict[str, Any] | None

READS = frozenset({"SELECT", "WITH", "PRAGMA"})
"""Statements that never open an implicit transaction (the connection keeps its default handling)."""


def first_keyword(sql: str) -> str:
    """The statement's first keyword, upper case, past blanks, empty statements and comments (as sqlite-utils
    reads it)."""
    i, n = 0, len(sql)
    while i < n:
        if sql[i].isspace() or sql[i] in (";", "\ufeff"):
            i += 1
        elif sql.startswith("--", i):
            newline = sql.find("\n", i)
            if newline == -1:
                return ""
            i = newline + 1
        elif sql.startswith("/*", i):
            end = sql.find("*/", i + 2)
            if end == -1:
                return ""
            i = end + 2
        else:
            break
    j = i
    while j < n and (sql[j].isalpha() or sql[j] == "_"):
        j += 1
    return sql[i:j].upper()


def unique_keys(keys: list[str]) -> list[str]:
    """Column names made unique as sqlite-utils' `query` makes them: later repeats get _2, _3…"""
    taken = set(keys)
    if len(taken) == len(keys):
        return keys
    seen: set[str] = set()
    result = []
    for key in keys:
        if key in seen:
            new_key, suffix = key, 2
            while new_key in seen or new_key in taken:
                new_key = f"{key}_{suffix}"
                suffix += 1
            key = new_key
        seen.add(key)
        result.append(key)
    return result


class StoreDatabase:
    """One connection, with sqlite-utils' Database over it made on first use (`utils`)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    @cached_property
    def utils(self) -> Database:
        """sqlite-utils over this connection. Its start-up pragma (recursive triggers) was run at connect, and
        LeadApp runs no sqlite-utils plugins (none should see private notes)."""
        from sqlite_utils import Database

        return Database(self.conn, recursive_triggers=False, execute_plugins=False)

    def load_utils(self) -> None:
        self.utils  # noqa: B018 (made and kept on first access)

    def execute(self, sql: str, parameters: Parameters = None) -> sqlite3.Cursor:
        if first_keyword(sql) in READS:
            return self._read(sql, parameters)
        return self.utils.execute(sql, parameters)

    def _read(self, sql: str, parameters: Parameters) -> sqlite3.Cursor:
        return self.conn.execute(sql) if parameters is None else self.conn.execute(sql, parameters)

    def query(self, sql: str, params: Parameters = None) -> Iterator[dict[str, Any]]:
        """Rows as dictionaries. A SELECT is read here; anything else goes to sqlite-utils, which checks it
        returns rows."""
        if first_keyword(sql) != "SELECT":
            return self.utils.query(sql, params)
        cursor = self._read(sql, params)
        keys = unique_keys([column[0] for column in cursor.description])
        return (dict(zip(keys, row, strict=True)) for row in cursor)

    def table(self, name: str) -> Table:
        return self.utils.table(name)

    def __getitem__(self, name: str) -> Table | View:
        return self.utils[name]

    def table_names(self) -> list[str]:
        return self.utils.table_names()

    def atomic(self) -> AbstractContextManager[Database]:
        return self.utils.atomic()

    def close(self) -> None:
        self.conn.close()
