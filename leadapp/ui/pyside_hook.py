"""PySide6's import hook, asked the same question more cheaply.

Once PySide6 is imported, every module imported after it is looked at by the hook behind PySide's opt-in
`__feature__` switches: it asks whether the module's source mentions "PySide6" through `inspect.getsource`,
which resolves the module's file through `inspect.getmodule` and the line cache each time. For the fifty-odd
modules the window's shell imports that was 5–8 ms of start-up on this machine; reading each file once and
searching its bytes answers the same question in about 1.5 ms. LeadApp uses no `__feature__` switch, so
the answer only needs to stay the same, which it does: the same text is searched for in the same file.

The hook's helper is private to PySide6, so the change is made only where it is found as expected, and
anything that is not a plain source file on disk is still given to PySide's own check.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

MARK = "leadapp_reads_plainly"


def read_sources_plainly() -> None:
    """Call before importing PySide6's Qt modules; a second call changes nothing."""
    import shiboken6  # noqa: F401  (loads the hook's module)

    feature = sys.modules.get("shibokensupport.feature")
    check: Callable[[ModuleType], bool] | None = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or check is None or getattr(check, MARK, False):
        return

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return check(module)

    setattr(uses_pyside, MARK, True)
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
