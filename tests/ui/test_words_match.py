"""The screens and the printed documents say the same word for the same value, and translators can reach it.

A mentee who reads "System (ICS)" on the Activities screen and "System" in their portfolio wonders whether
they are the same thing; both now come from `leadapp.domain.wording`, translated on screen by `ui/labels.py`.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QTranslator

from leadapp.documents import DocumentKind, DocumentRequest, make_document
from leadapp.domain import wording
from leadapp.domain.activities import Activity
from leadapp.domain.enums import (
    ActionOwner,
    ActionStatus,
    ActivityStatus,
    Formality,
    LearningType,
    NoteKind,
    ObjectiveStatus,
    PersonKind,
    PlanStatus,
    Reach,
    RelationshipKind,
    Scope,
    SessionMode,
    SessionStatus,
    Setting,
)
from leadapp.domain.people import Person, Relationship
from leadapp.domain.reference import Reference
from leadapp.domain.timeline import EntryKind
from leadapp.store.store import Store
from leadapp.ui import labels
from leadapp.ui.activities.activity_editor import ActivityEditor

ON_SCREEN: dict[type[StrEnum], Callable[[], dict[Any, str]]] = {
    PersonKind: labels.person_kinds,
    RelationshipKind: labels.relationship_kinds,
    Formality: labels.formalities,
    Scope: labels.scopes,
    SessionMode: labels.session_modes,
    SessionStatus: labels.session_statuses,
    ActionOwner: labels.action_owners,
    ActionStatus: labels.action_statuses,
    ActivityStatus: labels.activity_statuses,
    Setting: labels.settings,
    Reach: labels.reaches,
    LearningType: labels.learning_types,
    PlanStatus: labels.plan_statuses,
    ObjectiveStatus: labels.objective_statuses,
    EntryKind: labels.timeline_kinds,
}
"""The screens' label for each vocabulary; NoteKind is printed (in exports) but chosen on no screen."""

VALUES = [value for vocabulary in wording.worded_vocabularies() for value in vocabulary]


def test_every_worded_vocabulary_but_note_kinds_has_screen_labels() -> None:
    assert set(ON_SCREEN) | {NoteKind} == set(wording.worded_vocabularies())


@pytest.mark.parametrize("value", [v for v in VALUES if type(v) in ON_SCREEN], ids=repr)
def test_screen_and_paper_say_the_same_word(value: StrEnum) -> None:
    """Through the screen's labels and through the helper every report prints with, one word."""
    on_screen = ON_SCREEN[type(value)]()[value]
    assert on_screen == labels.word(value) == wording.word(value)


def test_the_screens_list_each_vocabulary_in_the_domain_order() -> None:
    for vocabulary, screen_labels in ON_SCREEN.items():
        assert list(screen_labels()) == list(wording.worded_vocabularies()[vocabulary])


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages)


def test_the_portfolio_prints_the_reach_and_cpd_type_the_activity_screen_offers(
    qtbot: Any, store: Store, ref: Reference
) -> None:
    """Before: the screen said "System (ICS)" and "Work-based learning", the portfolio "System" and
    "Work-based"; the portfolio also printed a relationship's scope as the code "internal"."""
    mentor = store.people.add(Person(full_name="Morgan Hale", kind=PersonKind.MENTOR, is_owner=True))
    asha = store.people.add(Person(full_name="Asha Patel", kind=PersonKind.MENTEE))
    store.activities.add(
        Activity(
            person_id=asha.id,
            title="ICS falls programme board",
            categories=["learning"],
            reach=Reach.SYSTEM,
            status=ActivityStatus.IN_PROGRESS,
            learning_type=LearningType.WORK_BASED,
            start_date=date(2026, 1, 10),
        )
    )
    store.relationships.add(Relationship(mentor_id=mentor.id, mentee_id=asha.id, start_date=date(2025, 1, 1)))
    editor = ActivityEditor(store, ref)
    qtbot.addWidget(editor)
    reach_on_screen = editor.reach.itemText(editor.reach.findData(Reach.SYSTEM.value))
    type_on_screen = editor.learning_type.itemText(
        editor.learning_type.findData(LearningType.WORK_BASED.value)
    )
    assert (reach_on_screen, type_on_screen) == ("System (ICS)", "Work-based learning")

    text = _text(make_document(store, ref, DocumentRequest(DocumentKind.PORTFOLIO, asha.id)).pdf)

    assert f"{reach_on_screen} In progress" in text
    assert f"In progress {type_on_screen}" in text
    scope_on_screen = labels.scopes()[Scope.INTERNAL].lower()
    assert f"Morgan Hale Mentor 1 January 2025 Formal, {scope_on_screen}" in text


@pytest.fixture
def french_reach(qapp: Any, tmp_path: Path) -> Iterator[None]:
    """A translation made the way a translator would: lupdate over the domain words, then lrelease."""
    beside_python = str(Path(sys.executable).parent)
    tools = {
        name: shutil.which(name, path=beside_python) or shutil.which(name)
        for name in ("pyside6-lupdate", "pyside6-lrelease")
    }
    if not all(tools.values()):
        pytest.skip("Qt's translation tools are not installed")
    source, compiled = tmp_path / "fr.ts", tmp_path / "fr.qm"

    def run(*args: str) -> None:
        subprocess.run(args, check=True, capture_output=True, timeout=60)

    run(str(tools["pyside6-lupdate"]), str(wording.__file__), "-ts", str(source))
    text = source.read_text(encoding="utf-8")
    target = '<source>System (ICS)</source>\n        <translation type="unfinished"></translation>'
    assert target in text
    source.write_text(
        text.replace(
            target, "<source>System (ICS)</source>\n        <translation>Système (ICS)</translation>"
        ),
        encoding="utf-8",
    )
    run(str(tools["pyside6-lrelease"]), str(source), "-qm", str(compiled))
    translator = QTranslator()
    assert translator.load(str(compiled))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_a_translator_finds_the_domain_words_and_the_screen_uses_their_translation(
    french_reach: None,
) -> None:
    assert labels.reaches()[Reach.SYSTEM] == "Système (ICS)"
    assert wording.word(Reach.SYSTEM) == "System (ICS)"
    assert labels.reaches()[Reach.TRUST] == "Trust-wide"
