"""What the store accepts: every value written is checked here first, whoever sends it.

The GUI can only produce sensible values, but an exchange file or a JSON import can hold anything. A value
the database would store wrongly, or refuse with a raw Python error, is refused with one plain sentence
instead (`InvalidValueError`), before any SQL runs.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from datetime import date, datetime
from enum import Enum
from typing import Any

from leadapp.domain.records import Record
from leadapp.store.errors import StoreError

SQLITE_INTEGER = (-(2**63), 2**63 - 1)
MINUTES_IN_A_DAY = 24 * 60

# Integer fields with a meaning narrower than "any integer": (lowest, highest), both allowed.
INTEGER_RANGES: dict[str, tuple[int, int]] = {
    "duration_min": (0, MINUTES_IN_A_DAY),
    "rating": (1, 5),
    "confidence": (1, 5),
    "wellbeing": (1, 5),
    "size": (0, SQLITE_INTEGER[1]),
}


class InvalidValueError(StoreError):
    """A value no screen could produce; the record was not written."""

    def __init__(self, kind: str, field: str, problem: str) -> None:
        self.field = field
        super().__init__(f"The {field.replace('_', ' ')} of this {kind} {problem}, so nothing was saved.")


_HINTS: dict[type, dict[str, tuple[Any, bool]]] = {}


def _hints(cls: type[Record]) -> dict[str, tuple[Any, bool]]:
    """Each field's type, and whether it may be None."""
    known = _HINTS.get(cls)
    if known is None:
        resolved = typing.get_type_hints(cls)
        known = {}
        for field in dataclasses.fields(cls):
            hint = resolved[field.name]
            optional = False
            if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
                args = [a for a in typing.get_args(hint) if a is not type(None)]
                optional = len(args) < len(typing.get_args(hint))
                hint = args[0] if len(args) == 1 else hint
            known[field.name] = (hint, optional)
        _HINTS[cls] = known
    return known


def text_problem(value: object) -> str | None:
    """Why a value cannot be stored as text, or None if it can."""
    if not isinstance(value, str):
        return "is not text"
    if "\x00" in value:
        return "contains a null character"
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return "contains a broken character (a lone surrogate)"
    return None


def _problem(name: str, value: object, hint: Any) -> str | None:
    if hint is str:
        return text_problem(value)
    if hint is bool:
        return None if isinstance(value, bool) else "is not yes or no"
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int):
            return "is not a whole number"
        low, high = INTEGER_RANGES.get(name, SQLITE_INTEGER)
        return None if low <= value <= high else f"is {value}, outside {low} to {high}"
    if hint is date:
        return None if isinstance(value, date) and not isinstance(value, datetime) else "is not a date"
    if hint is bytes:
        return None if isinstance(value, bytes) else "is not file content"
    if isinstance(hint, type) and issubclass(hint, Enum):
        return None if isinstance(value, hint) else f"is not one of the known {hint.__name__} values"
    if typing.get_origin(hint) is list:
        if not isinstance(value, list):
            return "is not a list"
        for item in value:
            problem = _problem(name, item, typing.get_args(hint)[0])
            if problem:
                return f"has an item that {problem}"
        return None
    return f"has a type the store does not know ({hint!r})"


def check_record(record: Record) -> None:
    """Raise InvalidValueError for the first field the database must not hold as it is."""
    cls = type(record)
    check_fields(cls, {name: getattr(record, name) for name in _hints(cls)})
    if not record.id:
        raise InvalidValueError(cls.__name__.lower(), "id", "is missing")


def check_fields(cls: type[Record], values: dict[str, Any]) -> None:
    """The same checks for a write of some fields only (a save of what changed, a single field set)."""
    kind = cls.__name__.lower()
    hints = _hints(cls)
    for name, value in values.items():
        if name not in hints:
            raise InvalidValueError(kind, name, "is not a field of this record")
        hint, optional = hints[name]
        if value is None:
            if optional:
                continue
            raise InvalidValueError(kind, name, "is missing")
        problem = _problem(name, value, hint)
        if problem:
            raise InvalidValueError(kind, name, problem)


def check_setting(key: str, value: str) -> None:
    for field, given in (("key", key), ("value", value)):
        problem = text_problem(given)
        if problem:
            raise InvalidValueError("setting", field, problem)
