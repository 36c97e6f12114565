"""PySide6's import hook gives the same answer, whether a module's source mentions PySide6, when asked the
cheaper way (leadapp/ui/pyside_hook.py)."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import leadapp.domain.enums
import leadapp.ui.theme
from leadapp.ui.pyside_hook import MARK, read_sources_plainly


def hook_check():  # type: ignore[no-untyped-def]
    return sys.modules["shibokensupport.feature"]._mod_uses_pyside


def test_the_answers_are_those_pysides_own_check_gives(tmp_path: Path) -> None:
    read_sources_plainly()
    check = hook_check()
    assert getattr(check, MARK, False)
    written = tmp_path / "written_module.py"
    written.write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    on_disk = types.ModuleType("written_module")
    on_disk.__file__ = str(written)
    unreadable = types.ModuleType("gone_module")
    unreadable.__file__ = str(tmp_path / "gone.py")

    assert check(leadapp.ui.theme) is True
    assert check(leadapp.domain.enums) is False
    assert check(on_disk) is True
    assert check(sys) is False  # built in: no file, so PySide's own check answers
    assert check(unreadable) is False


def test_a_second_call_keeps_the_first_change() -> None:
    read_sources_plainly()
    first = hook_check()
    read_sources_plainly()
    assert hook_check() is first
