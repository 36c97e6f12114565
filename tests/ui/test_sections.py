"""The section registry: every section reachable by its own shortcut, each built the first time it is
shown, and a new section added by one registry entry with nothing else to change."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from leadapp.domain.enums import OwnerRole, PersonKind
from leadapp.domain.people import Person
from leadapp.store.store import Store
from leadapp.ui.main_window import MainWindow
from leadapp.ui.sections import SECTIONS, SectionEntry, sections_for

SCRATCH = SectionEntry(
    "scratch",
    lambda: "Scratch",
    "Ctrl+Shift+9",
    "tests.ui.scratch_section",
    "ScratchScreen",
    ("store",),
)


def shown_window(qtbot, store: Store, ref, sections: tuple[SectionEntry, ...] = SECTIONS) -> MainWindow:
    window = MainWindow(store, ref, sections=sections)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


@pytest.mark.parametrize("role", list(OwnerRole))
def test_every_section_of_each_role_has_its_own_key_and_shortcut(role: OwnerRole) -> None:
    entries = sections_for(role)
    assert len({e.key for e in entries}) == len(entries)
    assert len({e.shortcut for e in entries}) == len(entries)
    assert len({QKeySequence(e.shortcut).toString() for e in entries}) == len(entries)
    assert entries[0].key == "home"


@pytest.mark.parametrize("role", list(OwnerRole))
def test_every_section_is_reachable_by_pressing_its_shortcut(qtbot, store: Store, ref, role) -> None:
    store.settings.set("owner_role", role.value)
    store.people.add(Person(full_name="Sam Okafor", kind=PersonKind(role.value), is_owner=True))
    window = shown_window(qtbot, store, ref)
    for row, section in reversed(list(enumerate(window.sections))):
        QTest.keySequence(window, QKeySequence(section.shortcut))
        assert window.navigation.currentRow() == row, section.title
        assert window.current_screen() is window.screens[section.key]
        assert window.navigation.item(row).text() == section.title


def test_one_registry_entry_adds_a_section_with_rail_page_menu_shortcut_and_wiring(
    qtbot, store: Store, ref, monkeypatch
) -> None:
    sys.modules.pop(SCRATCH.module, None)
    asha = store.people.add(Person(full_name="Asha Patel", kind=PersonKind.MENTEE))
    window = shown_window(qtbot, store, ref, (*SECTIONS, SCRATCH))

    assert window.navigation.item(window.navigation.count() - 1).text() == "Scratch"
    assert ("Ctrl+Shift+9", "Go to Scratch") in window.shortcut_list()
    assert SCRATCH.module not in sys.modules, "a section is imported when first shown, not at start"

    QTest.keySequence(window, QKeySequence("Ctrl+Shift+9"))
    screen = window.current_screen()
    assert type(screen).__name__ == "ScratchScreen"
    assert window.stack.currentIndex() == len(window.sections) - 1

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *_rest: warnings.append(text))
    screen.problem.emit("The database was busy.")
    assert warnings == ["The database was busy."]

    window.set_working_with(asha.id)
    assert screen.followed[-1] == asha.id  # type: ignore[attr-defined]

    screen.people_button.click()  # type: ignore[attr-defined]
    assert window.current_screen() is window.screens["people"]


def test_start_up_imports_only_the_first_section(tmp_path: Path) -> None:
    """Measured in a child process: this test run has imported every screen long before."""
    database = str(tmp_path / "leadapp.sqlite3")
    child = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from leadapp.domain.reference import reference\n"
        "from leadapp.store.store import Store\n"
        "from leadapp.ui.main_window import MainWindow\n"
        "from leadapp.ui.sections import SECTIONS\n"
        "from pathlib import Path\n"
        f"window = MainWindow(Store.open(Path({database!r})), reference())\n"
        "window.show()\n"
        "app.processEvents()\n"
        "print(' '.join(e.module for e in SECTIONS if e.module in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", child], capture_output=True, text=True, timeout=120, check=True
    )
    assert done.stdout.split() == ["leadapp.ui.home.caseload_screen"]
