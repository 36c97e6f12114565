"""Only the store speaks SQL: screens and commands ask it named questions and never hold its connection.

Read as source, so a screen that builds a query string, or reaches for the database through the store,
fails here before it ships, whatever it would have done at run time.
"""

from __future__ import annotations

import ast
from pathlib import Path

import leadapp

PACKAGE = Path(leadapp.__file__).parent
SQL_CALLS = frozenset(
    {"where", "_where", "_count", "_ordered_ids", "rows_where", "execute", "executemany", "executescript"}
)
"""Methods that take SQL: the repositories' own private helpers and the database connection's (a screen's
own method of the same name, called on `self`, is its own business)."""
DATABASE_ATTRIBUTES = frozenset({"db", "conn"})
SQL_MODULES = frozenset({"sqlite3", "sqlite_utils"})


def _modules_above_the_store() -> list[Path]:
    screens = sorted((PACKAGE / "ui").rglob("*.py"))
    commands = sorted(path for path in PACKAGE.glob("*.py") if path.name != "demo.py")
    return screens + commands


def _problems(source: str, path: Path) -> list[str]:
    """What in `source`, read as the module at `path`, passes SQL or reaches for the database."""
    tree = ast.parse(source, str(path))
    in_ui = (PACKAGE / "ui") in path.parents
    found = []
    for node in ast.walk(tree):
        where = f"{path.relative_to(PACKAGE.parent)}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            own = isinstance(node.func.value, ast.Name) and node.func.value.id == "self"
            if node.func.attr in SQL_CALLS and not own:
                found.append(f"{where} calls .{node.func.attr}(")
        elif isinstance(node, ast.Subscript) and isinstance(node.value, ast.Attribute):
            if node.value.attr == "db":
                found.append(f"{where} reads a table through .db[")
        elif isinstance(node, ast.Attribute) and in_ui and node.attr in DATABASE_ATTRIBUTES:
            found.append(f"{where} reaches for .{node.attr}")
        elif isinstance(node, ast.Import | ast.ImportFrom) and in_ui:
            names = [alias.name for alias in node.names] if isinstance(node, ast.Import) else [node.module]
            for name in names:
                if name and name.split(".")[0] in SQL_MODULES:
                    found.append(f"{where} imports {name}")
    return found


def test_no_screen_or_command_passes_sql_or_holds_the_connection() -> None:
    modules = _modules_above_the_store()
    assert len(modules) > 50, "the screens were found"
    problems = [problem for path in modules for problem in _problems(path.read_text("utf-8"), path)]
    assert problems == []


def test_the_check_catches_each_way_of_passing_sql() -> None:
    """The rule itself, on a made-up screen."""
    source = (
        "import sqlite3\n"
        "def fill(store):\n"
        "    store.sessions.where('status = ?', ['held'])\n"
        "    store.sessions._where('1')\n"
        "    store.db.execute('select 1')\n"
        "    return store.db['people']\n"
    )
    problems = _problems(source, PACKAGE / "ui" / "made_up_screen.py")
    assert sorted(problem.split(" ", 1)[1] for problem in problems) == [
        "calls ._where(",
        "calls .execute(",
        "calls .where(",
        "imports sqlite3",
        "reaches for .db",
        "reaches for .db",
        "reads a table through .db[",
    ]
