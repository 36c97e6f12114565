"""The Exchange section driven as a person would: pair, make a file, open it, settle a conflict."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from exchange_pair import SECRET, Pair, make_pair
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from leadapp.ui.exchange.exchange_screen import ExchangeScreen
from leadapp.ui.main_window import MainWindow
from tests.ui.windows import active_window

KEYS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def pair(tmp_path: Path) -> Pair:
    made = make_pair(tmp_path)
    yield made
    made.close()


def exchange_of(qtbot, window: MainWindow) -> ExchangeScreen:
    qtbot.keyClick(window, Qt.Key.Key_0, KEYS)
    screen = window.current_screen()
    assert isinstance(screen, ExchangeScreen)
    return screen


def test_ctrl_shift_0_opens_exchange_with_my_key_as_text_and_qr_code(qtbot, pair: Pair, ref) -> None:
    window = active_window(qtbot, pair.mentor, ref)
    screen = exchange_of(qtbot, window)
    assert screen.my_key.text() == pair.mentor.exchange.my_key()
    assert not screen.qr.pixmap().isNull()
    assert screen.person.currentText() == "Asha Mentee"
    assert "The file will hold:" in screen.preview.text() and "1 session" in screen.preview.text()


def test_pasting_their_key_pairs_and_a_bad_key_says_why(qtbot, pair: Pair, ref) -> None:
    pair.mentor.db.execute("update exchange_partners set public_key = ''")
    pair.mentor.db.conn.commit()
    screen = exchange_of(qtbot, active_window(qtbot, pair.mentor, ref))
    screen.person.setCurrentIndex(screen.person.findData(pair.mentee_here))
    assert "Not paired" in screen.pair_state.text()
    screen.their_key.clear()
    qtbot.keyClicks(screen.their_key, "age1nonsense")
    qtbot.mouseClick(screen.keep_key, Qt.MouseButton.LeftButton)
    assert "typing mistake" in screen.pair_state.text()
    screen.their_key.clear()
    qtbot.keyClicks(screen.their_key, pair.mentee.exchange.my_key())
    qtbot.keyClick(screen.their_key, Qt.Key.Key_Return)
    assert pair.mentor.exchange.partner(pair.mentee_here).public_key == pair.mentee.exchange.my_key()
    assert "Paired with Asha Mentee" in screen.pair_state.text()


def test_a_file_made_on_one_screen_opens_on_the_other_and_a_conflict_is_settled(
    qtbot, pair: Pair, ref, tmp_path: Path, answer_modal
) -> None:
    mentor_screen = exchange_of(qtbot, active_window(qtbot, pair.mentor, ref))
    mentor_screen.use_passphrase.setChecked(False)
    assert mentor_screen.write_file(tmp_path / "for-asha", None)
    assert (tmp_path / "for-asha.leadapp").exists()
    mentee_screen = exchange_of(qtbot, active_window(qtbot, pair.mentee, ref))
    answer_modal(QInputDialog, lambda dialog: dialog.accept())
    assert mentee_screen.read_file(tmp_path / "for-asha.leadapp")
    assert "Opened the update from Morgan Mentor: new: 1 agreement, 1 session" in mentee_screen.status.text()
    assert pair.mentee.sessions.get(pair.session_id).agenda == "Talk about the board"
    arrived = [mentee_screen.arrived.item(i).text() for i in range(mentee_screen.arrived.count())]
    assert "Session: 02/03/2026" in arrived and "Activity: Chair a huddle" in arrived

    pair.mentor.sessions.update(
        replace(pair.mentor.sessions.get(pair.session_id), agenda="Board paper first")
    )
    pair.mentee.sessions.update(
        replace(pair.mentee.sessions.get(pair.session_id), agenda="Ask about the budget")
    )
    assert mentee_screen.write_file(tmp_path / "for-morgan.leadapp", None)
    answer_modal(QInputDialog, lambda dialog: dialog.accept())
    assert mentor_screen.read_file(tmp_path / "for-morgan.leadapp")
    assert "1 conflict to settle" in mentor_screen.status.text()
    assert mentor_screen.conflict_list.count() == 1
    assert "agenda" in mentor_screen.conflict_list.item(0).text()
    assert mentor_screen.mine_text.toPlainText() == "Board paper first"
    assert mentor_screen.theirs_text.toPlainText() == "Ask about the budget"
    merged = mentor_screen.merged_text.toPlainText()
    assert "Board paper first" in merged and "Ask about the budget" in merged
    mentor_screen.merged_text.setFocus()
    mentor_screen.merged_text.selectAll()
    qtbot.keyClicks(mentor_screen.merged_text, "Board paper first, then the budget")
    qtbot.mouseClick(mentor_screen.keep_edited, Qt.MouseButton.LeftButton)
    assert pair.mentor.sessions.get(pair.session_id).agenda == "Board paper first, then the budget"
    assert pair.mentor.exchange.conflicts() == []
    assert pair.mentor.sessions.get(pair.session_id).mentor_private == SECRET
    history = [mentor_screen.history.item(i).text() for i in range(mentor_screen.history.count())]
    assert any("opened" in line and "1 conflicts" in line for line in history)


def test_an_arrived_session_opens_from_the_summary(
    qtbot, pair: Pair, ref, tmp_path: Path, answer_modal
) -> None:
    window = active_window(qtbot, pair.mentee, ref)
    screen = exchange_of(qtbot, window)
    (tmp_path / "x.leadapp").write_bytes(pair.to_mentee())
    answer_modal(QInputDialog, lambda dialog: dialog.accept())
    assert screen.read_file(tmp_path / "x.leadapp")
    row = next(
        i for i in range(screen.arrived.count()) if screen.arrived.item(i).text().startswith("Session")
    )
    screen.arrived.setFocus()
    screen.arrived.setCurrentRow(row)
    qtbot.keyClick(screen.arrived, Qt.Key.Key_Return)
    sessions = window.current_screen()
    assert type(sessions).__name__ == "SessionsScreen"
    assert sessions.editor.session is not None and sessions.editor.session.id == pair.session_id


def test_a_refused_file_is_one_sentence_on_screen(qtbot, pair: Pair, ref, tmp_path: Path) -> None:
    screen = exchange_of(qtbot, active_window(qtbot, pair.mentee, ref))
    (tmp_path / "junk.leadapp").write_bytes(b"hello")
    assert not screen.read_file(tmp_path / "junk.leadapp")
    assert screen.status.text() == "This file is not a LeadApp update file."


def test_while_sharing_only_the_mentee_in_front_is_offered(qtbot, pair: Pair, ref) -> None:
    window = active_window(qtbot, pair.mentor, ref)
    window.mentee_switcher.setCurrentIndex(window.mentee_switcher.findData(pair.mentee_here))
    screen = exchange_of(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_H, KEYS)
    names = [screen.person.itemText(i) for i in range(screen.person.count())]
    assert names == ["Asha Mentee"]
    qtbot.keyClick(window, Qt.Key.Key_H, KEYS)
    assert screen.person.count() == 2
