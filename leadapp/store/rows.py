"""Conversion between domain dataclasses and SQLite rows, driven by the dataclasses' type hints.

One mapping for every record type keeps the columns and the fields from drifting apart: a field added to a
dataclass without a column fails the round-trip tests at once.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from collections.abc import Callable
from datetime import date
from enum import Enum
from typing import Any, TypeVar

from leadapp.domain.records import Record
from leadapp.store.validation import check_fields, check_record

R = TypeVar("R", bound=Record)


_FIELD_TYPES: dict[type, dict[str, Any]] = {}


def _field_types(cls: type[Record]) -> dict[str, Any]:
    known = _FIELD_TYPES.get(cls)
    if known is None:
        hints = typing.get_type_hints(cls)
        known = {f.name: _strip_optional(hints[f.name]) for f in dataclasses.fields(cls)}
        _FIELD_TYPES[cls] = known
    return known


def field_types(cls: type[Record]) -> dict[str, Any]:
    """Each field of a record type and its type, None stripped: what export and import convert by."""
    return _field_types(cls)


def _strip_optional(hint: Any) -> Any:
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        return args[0] if len(args) == 1 else hint
    return hint


def to_row(record: Record) -> dict[str, Any]:
    """Every write path builds its row here, so every written value is validated here first."""
    check_record(record)
    row: dict[str, Any] = {}
    for name, hint in _field_types(type(record)).items():
        row[name] = _to_column(getattr(record, name), hint)
    return row


def to_columns(cls: type[Record], values: dict[str, Any]) -> dict[str, Any]:
    """Some fields of a record type as columns, for a write of only what changed, validated like a row."""
    check_fields(cls, values)
    hints = _field_types(cls)
    return {name: _to_column(value, hints[name]) for name, value in values.items()}


def _to_column(value: Any, hint: Any) -> Any:
    if value is None:
        return None
    if hint is bool:
        return 1 if value else 0
    if hint is date:
        return value.isoformat()
    if typing.get_origin(hint) is list:
        return json.dumps(list(value))
    if isinstance(value, Enum):
        return value.value
    return value


_DEFAULTED: dict[type, frozenset[str]] = {}


def _defaulted(cls: type[Record]) -> frozenset[str]:
    """Fields that cannot be None but have a default: a NULL column (a row written by an import that does not
    carry that field, such as the other side's private notes) reads as the default, so the record can be
    saved again without tripping the store's own checks."""
    known = _DEFAULTED.get(cls)
    if known is None:
        hints = typing.get_type_hints(cls)
        known = frozenset(
            f.name
            for f in dataclasses.fields(cls)
            if (f.default is not dataclasses.MISSING and f.default is not None)
            or f.default_factory is not dataclasses.MISSING
            if _strip_optional(hints[f.name]) is hints[f.name]
        )
        _DEFAULTED[cls] = known
    return known


_READERS: dict[type, list[tuple[str, Callable[[Any], Any] | None]]] = {}


def from_row(cls: type[R], row: dict[str, Any]) -> R:
    """A record from its row; each field's reader is worked out once per type, as lists read thousands."""
    readers = _READERS.get(cls)
    if readers is None:
        readers = [(name, _reader(hint)) for name, hint in _field_types(cls).items()]
        _READERS[cls] = readers
    values: dict[str, Any] = {}
    defaulted = _defaulted(cls)
    for name, read in readers:
        if name in row:
            value = row[name]
            if value is None and name in defaulted:
                continue
            values[name] = read(value) if read is not None else value
    return cls(**values)


def _reader(hint: Any) -> Callable[[Any], Any] | None:
    """How a column's value becomes the field's (None: as it is)."""
    if typing.get_origin(hint) is list:
        return lambda value: list(json.loads(value)) if value else []
    if hint is bool:
        return lambda value: None if value is None else bool(value)
    if hint is date:
        return lambda value: None if value is None else date.fromisoformat(value)
    if isinstance(hint, type) and issubclass(hint, Enum):
        enum_type = hint
        return lambda value: None if value is None else enum_type(value)
    return None
