"""The CPD profile builder, driven as a person would: gaps warned, explained, chosen, typed and kept."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from leadapp.demo import CPD_GAP_FROM_DAYS_AGO
from leadapp.domain.cpd import gap_note
from leadapp.domain.enums import PersonKind
from leadapp.domain.ids import today
from leadapp.domain.reference import Reference
from leadapp.store.store import Store
from leadapp.ui.privacy import Privacy
from leadapp.ui.reports.cpd_builder import CpdBuilderDialog
from leadapp.ui.widgets.date_field import format_date
from tests.ui.test_main_window import unnamed_controls


@pytest.fixture
def builder(qtbot, store: Store, ref: Reference, demo_store: Store) -> CpdBuilderDialog:
    asha = store.people.listing([PersonKind.MENTEE], text="Asha")[0]
    dialog = CpdBuilderDialog(store, ref, Privacy(), asha.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _saved(store: Store, dialog: CpdBuilderDialog):  # type: ignore[no-untyped-def]
    profile = store.cpd_profiles.for_person(dialog.builder.person_id)
    assert profile is not None
    return profile


def test_every_gap_is_warned_with_a_place_to_explain_it(
    qtbot, builder: CpdBuilderDialog, store: Store
) -> None:
    gap_start = today() - timedelta(days=CPD_GAP_FROM_DAYS_AGO)
    warnings = [w.text() for w in builder.findChildren(QLabel) if w.text().startswith("⚠")]
    assert len(warnings) == len(builder.builder._gap_fields) >= 2
    assert any(format_date(gap_start) in w and "(4 months)" in w for w in warnings)
    gap, field = next((g, f) for g, f in builder.builder._gap_fields if g.start == gap_start)
    field.setFocus()
    qtbot.keyClicks(field, "Maternity leave")
    qtbot.waitUntil(lambda: gap_note(_saved(store, builder), gap) == "Maternity leave", timeout=3000)


def test_choices_and_typing_are_saved_as_they_are_made(
    qtbot, builder: CpdBuilderDialog, store: Store
) -> None:
    b = builder.builder
    for row in range(4):
        b.activities.item(row).setCheckState(Qt.CheckState.Checked)
    assert "4 chosen, within" in b.choice.text()
    b.summary.setFocus()
    qtbot.keyClicks(b.summary, "I lead a team of twelve physiotherapists.")
    assert b.summary_count.text() == "7 of about 500 words"
    qtbot.waitUntil(lambda: _saved(store, builder).practice_summary.startswith("I lead a team"), timeout=3000)
    assert len(_saved(store, builder).chosen_activity_ids) == 4

    qtbot.mouseClick(b.draft_button, Qt.MouseButton.LeftButton)
    chosen_title = b.activities.item(0).text().split("  ·  ")[1]
    assert chosen_title in b.standards[3].toPlainText()
    saved = _saved(store, builder)
    assert chosen_title in saved.standard_3
    assert "own work" in saved.standard_5
    assert saved.practice_summary.startswith("I lead a team")  # typed words are never replaced
    assert "of about 1,500 words" in b.statement_count.text()


def test_a_renewal_date_sets_the_two_year_period(qtbot, builder: CpdBuilderDialog, store: Store) -> None:
    b = builder.builder
    b.renewal.setFocus()
    qtbot.keyClicks(b.renewal, "30/4/2027")
    qtbot.keyClick(b.renewal, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: _saved(store, builder).renewal_date is not None, timeout=3000)
    assert b.period_from.placeholderText() == "30/04/2025"
    assert b.period_to.placeholderText() == "30/04/2027"


def test_closing_keeps_the_last_words(qtbot, builder: CpdBuilderDialog, store: Store) -> None:
    b = builder.builder
    b.standards[4].setFocus()
    qtbot.keyClicks(b.standards[4], "Patients wait less")
    builder.reject()
    assert _saved(store, builder).standard_4 == "Patients wait less"


def test_markdown_is_saved_and_every_control_is_named(builder: CpdBuilderDialog, tmp_path: Path) -> None:
    assert builder.builder.save_markdown(tmp_path / "cpd.md")
    assert (tmp_path / "cpd.md").read_text(encoding="utf-8").startswith("# HCPC CPD profile")
    assert unnamed_controls(builder) == []
    assert all(f.accessibleName() for f in builder.findChildren(QLineEdit) if f.isVisible())


@pytest.mark.usefixtures("demo_store")
def test_sharing_with_another_mentee_in_front_closes_the_profile(qtbot, store: Store, ref: Reference) -> None:
    asha, tom = (store.people.listing([PersonKind.MENTEE], text=n)[0] for n in ("Asha", "Tom"))
    privacy = Privacy()
    dialog = CpdBuilderDialog(store, ref, privacy, asha.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.builder.summary.setFocus()
    qtbot.keyClicks(dialog.builder.summary, "Typed before sharing")
    privacy.set_front(asha.id)
    privacy.set_hidden(True)
    assert dialog.isVisible()
    privacy.set_front(tom.id)
    assert not dialog.isVisible()
    saved = store.cpd_profiles.for_person(asha.id)
    assert saved is not None and saved.practice_summary == "Typed before sharing"


def test_a_change_made_in_another_window_is_kept_beside_the_typing(
    qtbot, builder: CpdBuilderDialog, store: Store, db_path: Path
) -> None:
    b = builder.builder
    other = Store.open(db_path)
    try:
        theirs = other.cpd_profiles.get(_saved(store, builder).id)
        other.cpd_profiles.save_edits(theirs, replace(theirs, standard_2="Written in the other window"))
    finally:
        other.close()
    b.summary.setFocus()
    qtbot.keyClicks(b.summary, "Mine")
    qtbot.waitUntil(lambda: _saved(store, builder).practice_summary == "Mine", timeout=3000)
    assert _saved(store, builder).standard_2 == "Written in the other window"
    assert b.standards[2].toPlainText() == "Written in the other window"


def test_an_empty_summary_is_drafted_from_the_persons_record(
    qtbot, builder: CpdBuilderDialog, store: Store
) -> None:
    qtbot.mouseClick(builder.builder.draft_button, Qt.MouseButton.LeftButton)
    saved = _saved(store, builder)
    assert saved.practice_summary.startswith("I work as Physiotherapist (Band 7) at Northfield")
    assert "[Choose four to six activities first.]" in saved.standard_3
