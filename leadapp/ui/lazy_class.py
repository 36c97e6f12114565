"""A class named where it is used but imported the first time it is built or checked against.

The main window names every screen and dialog, yet shows only Home at start: importing the other screens'
modules then cost about as much as the bare Qt window itself. A `LazyClass` stands in for such a class:
calling it, `isinstance` against it, or reading an attribute from it imports the module once and uses the
real class.
"""

from __future__ import annotations

import importlib
import sys
from typing import Any


class LazyClass:
    def __init__(self, module: str, name: str) -> None:
        self._module = module
        self._name = name
        self._class: type | None = None

    def real(self) -> type:
        if self._class is None:
            found = getattr(importlib.import_module(self._module), self._name)
            assert isinstance(found, type)
            self._class = found
        return self._class

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.real()(*args, **kwargs)

    def __instancecheck__(self, instance: object) -> bool:
        """False without importing while the module is not loaded: no instance of its class can exist yet."""
        if self._class is None and self._module not in sys.modules:
            return False
        return isinstance(instance, self.real())

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real(), name)

    def __or__(self, other: object) -> _AnyOf:
        return _AnyOf(self, other)


class _AnyOf:
    """`A | B | …` of lazy classes, for isinstance."""

    def __init__(self, *choices: object) -> None:
        self._choices = choices

    def __instancecheck__(self, instance: object) -> bool:
        return any(isinstance(instance, choice) for choice in self._choices)  # type: ignore[arg-type]

    def __or__(self, other: object) -> _AnyOf:
        return _AnyOf(*self._choices, other)
