"""The Exchange section: what to send, what arrived, pairing keys, and the conflicts waiting for a choice.

The rules and the file work live in the store (`store.exchange`); this screen only shows and asks. Update
files are opened and written whole before anything changes, so every message here is one plain sentence.
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from typing import Any

import segno
from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from leadapp.domain.exchange import KIND_NAMES, REMOVED, both_versions, counted
from leadapp.store.changes import ChangeSet, Table
from leadapp.store.envelope import is_passphrase_file
from leadapp.store.errors import StoreError
from leadapp.store.exchange import SUFFIX, ImportSummary, OpenConflict, UnknownSender, write_atomically
from leadapp.store.store import Store
from leadapp.ui.events import EVERY_TABLE, DataEvents
from leadapp.ui.privacy import Privacy
from leadapp.ui.screen import Screen
from leadapp.ui.widgets.forms import note, subheading
from leadapp.ui.widgets.roles import Panel, set_role
from leadapp.ui.widgets.tick_boxes import outlined

ARRIVED_SHOWN = 50
LINKS: dict[str, tuple[str, bool]] = {
    Table.SESSIONS: ("sessions", True),
    Table.ACTIVITIES: ("activities", True),
    Table.ACTIONS: ("actions", False),
    Table.LEAP_PLANS: ("leap", False),
    Table.LEAP_REVIEWS: ("leap", False),
    Table.RELATIONSHIPS: ("people", False),
}
"""Where an arrived record opens: its section, and whether that section opens the record itself."""


def card() -> tuple[QFrame, QVBoxLayout]:
    frame = Panel("card")
    return frame, QVBoxLayout(frame)


def qr_pixmap(text: str) -> QPixmap:
    """The key as a QR code a phone or the other laptop's camera can read off the screen."""
    out = io.BytesIO()
    segno.make(text, error="m").save(out, kind="png", scale=4, border=2)
    pixmap = QPixmap()
    pixmap.loadFromData(QByteArray(out.getvalue()), "PNG")
    return pixmap


def when(stamp: str) -> str:
    return f"{stamp[8:10]}/{stamp[5:7]}/{stamp[0:4]} {stamp[11:16]}" if len(stamp) >= 16 else stamp


class ExchangeScreen(Screen, QScrollArea):
    def __init__(
        self,
        store: Store,
        events: DataEvents,
        privacy: Privacy,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.exchange = store.exchange
        self.privacy = privacy
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(self.tr("Exchange"))
        self.last_summary: ImportSummary | None = None
        self._conflicts: list[OpenConflict] = []
        self._build()
        self._connect()
        events.watch(self, {Table.PEOPLE}, lambda _change: self.fill_people())
        events.watch(self, EVERY_TABLE - {Table.PEOPLE}, self._on_data)
        privacy.scope_changed.connect(self.fill_people)
        self.fill_people()

    # building ----------------------------------------------------------------------------------

    def _build(self) -> None:
        inner = QWidget()
        layout = QVBoxLayout(inner)
        heading = QLabel(self.tr("Exchange"))
        set_role(heading, "heading")
        layout.addWidget(heading)
        layout.addWidget(
            note(
                self.tr(
                    "Send your shared records to the other person as an encrypted update file (safe to "
                    "email or carry on a USB stick), and open theirs. "
                    "Private notes never leave this computer."
                )
            )
        )
        who = QHBoxLayout()
        with_label = QLabel(self.tr("&With:"))
        self.person = QComboBox()
        self.person.setAccessibleName(self.tr("Exchange with"))
        with_label.setBuddy(self.person)
        who.addWidget(with_label)
        who.addWidget(self.person, 1)
        self.open_button = QPushButton(self.tr("&Open an update file…"))
        self.open_button.setAccessibleName(self.tr("Open an update file"))
        who.addWidget(self.open_button)
        layout.addLayout(who)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Exchange message"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        self.arrived = QListWidget()
        self.arrived.setAccessibleName(self.tr("What arrived: press Enter to open one"))
        self.arrived.setMaximumHeight(self.status.fontMetrics().lineSpacing() * 8)
        self.arrived.hide()
        layout.addWidget(self.arrived)
        layout.addWidget(self._build_make())
        layout.addWidget(self._build_pairing())
        layout.addWidget(self._build_conflicts())
        layout.addWidget(self._build_history())
        layout.addStretch(1)
        self.setWidget(inner)
        self._refresh_soon = QTimer(self)
        self._refresh_soon.setSingleShot(True)
        self._refresh_soon.setInterval(0)

    def _build_make(self) -> QFrame:
        """Making an update file: since when, what it holds, and how it is locked."""
        make, make_layout = card()
        self.make_heading = subheading("")
        make_layout.addWidget(self.make_heading)
        choice = QHBoxLayout()
        self.since = QRadioButton(self.tr("&Since the last exchange"))
        self.everything = QRadioButton(self.tr("E&verything"))
        self.since.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.since)
        group.addButton(self.everything)
        choice.addWidget(self.since)
        choice.addWidget(self.everything)
        choice.addStretch(1)
        make_layout.addLayout(choice)
        self.preview = note("")
        self.preview.setAccessibleName(self.tr("What the file will hold"))
        make_layout.addWidget(self.preview)
        lock = QHBoxLayout()
        self.use_passphrase = outlined(
            QCheckBox(self.tr("Lock with a &passphrase instead of the paired key"))
        )
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase for the file"))
        self.passphrase.setPlaceholderText(
            self.tr("Tell them the passphrase another way, not in the same email")
        )
        lock.addWidget(self.use_passphrase)
        lock.addWidget(self.passphrase, 1)
        self.passphrase.setEnabled(False)
        make_layout.addLayout(lock)
        self.make_button = QPushButton()
        make_layout.addWidget(self.make_button, 0, Qt.AlignmentFlag.AlignLeft)
        return make

    def _build_pairing(self) -> QFrame:
        """My key as text and QR code, and theirs typed or pasted in."""
        pairing, pairing_layout = card()
        pairing_layout.addWidget(subheading(self.tr("Pairing")))
        pairing_layout.addWidget(
            note(
                self.tr(
                    "Once, at a meeting or on a call: show your key, and copy theirs from their screen. "
                    "After that, files between you need no passphrase."
                )
            )
        )
        mine_row = QHBoxLayout()
        qr_column = QVBoxLayout()
        self.qr = QLabel()
        self.qr.setAccessibleName(self.tr("Your key as a QR code"))
        qr_column.addWidget(self.qr)
        mine_row.addLayout(qr_column)
        keys = QFormLayout()
        self.my_key = QLineEdit()
        self.my_key.setReadOnly(True)
        self.my_key.setAccessibleName(self.tr("Your key"))
        copy_row = QHBoxLayout()
        copy_row.addWidget(self.my_key, 1)
        self.copy_button = QPushButton(self.tr("&Copy my key"))
        copy_row.addWidget(self.copy_button)
        keys.addRow(QLabel(self.tr("Your key:")), copy_row)
        self.their_key = QLineEdit()
        self.their_key.setPlaceholderText(self.tr("Paste or type their key: age1…"))
        their_label = QLabel(self.tr("Their &key:"))
        their_label.setBuddy(self.their_key)
        self.their_key.setAccessibleName(self.tr("Their key"))
        their_row = QHBoxLayout()
        their_row.addWidget(self.their_key, 1)
        self.keep_key = QPushButton(self.tr("Keep their ke&y"))
        their_row.addWidget(self.keep_key)
        keys.addRow(their_label, their_row)
        self.pair_state = note("")
        keys.addRow(self.pair_state)
        mine_row.addLayout(keys, 1)
        pairing_layout.addLayout(mine_row)
        return pairing

    def _build_conflicts(self) -> QFrame:
        """Each field changed on both sides: yours, theirs, and both to edit, with a choice to keep."""
        conflicts, conflicts_layout = card()
        conflicts_label = subheading(self.tr("Co&nflicts"))
        conflicts_layout.addWidget(conflicts_label)
        self.conflict_list = QListWidget()
        self.conflict_list.setAccessibleName(self.tr("Conflicts"))
        conflicts_label.setBuddy(self.conflict_list)
        rows = self.conflict_list.fontMetrics().lineSpacing()
        self.conflict_list.setMaximumHeight(rows * 7)
        self.history_rows = rows
        conflicts_layout.addWidget(self.conflict_list)
        sides = QHBoxLayout()
        self.mine_text = QPlainTextEdit()
        self.mine_text.setReadOnly(True)
        self.mine_text.setAccessibleName(self.tr("Yours"))
        self.theirs_text = QPlainTextEdit()
        self.theirs_text.setReadOnly(True)
        self.theirs_text.setAccessibleName(self.tr("Theirs"))
        self.merged_text = QPlainTextEdit()
        self.merged_text.setAccessibleName(self.tr("Both, to edit"))
        for title, box in (
            (self.tr("Yours"), self.mine_text),
            (self.tr("Theirs"), self.theirs_text),
            (self.tr("Both, to edit"), self.merged_text),
        ):
            column = QVBoxLayout()
            column.addWidget(QLabel(title))
            column.addWidget(box)
            sides.addLayout(column)
        conflicts_layout.addLayout(sides)
        buttons = QHBoxLayout()
        self.keep_mine = QPushButton(self.tr("Keep m&ine"))
        self.keep_theirs = QPushButton(self.tr("Keep &theirs"))
        self.keep_edited = QPushButton(self.tr("Keep the e&dited text"))
        for button in (self.keep_mine, self.keep_theirs, self.keep_edited):
            buttons.addWidget(button)
        buttons.addStretch(1)
        conflicts_layout.addLayout(buttons)
        return conflicts

    def _build_history(self) -> QFrame:
        history, history_layout = card()
        history_layout.addWidget(subheading(self.tr("History")))
        self.history = QListWidget()
        self.history.setAccessibleName(self.tr("Files made and opened"))
        self.history.setMaximumHeight(self.history_rows * 9)
        history_layout.addWidget(self.history)
        return history

    def _connect(self) -> None:
        self.arrived.itemActivated.connect(self._open_arrived)
        self.person.currentIndexChanged.connect(self.refresh)
        self.since.toggled.connect(self._show_preview)
        self.use_passphrase.toggled.connect(self.passphrase.setEnabled)
        self.make_button.clicked.connect(self.make_file)
        self.open_button.clicked.connect(self.open_file)
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.my_key.text()))
        self.keep_key.clicked.connect(self.keep_their_key)
        self.their_key.returnPressed.connect(self.keep_their_key)
        self.conflict_list.currentRowChanged.connect(self._show_conflict)
        self.keep_mine.clicked.connect(lambda: self.settle("mine"))
        self.keep_theirs.clicked.connect(lambda: self.settle("theirs"))
        self.keep_edited.clicked.connect(lambda: self.settle("edit"))
        self._refresh_soon.timeout.connect(self.refresh)

    # people and what to show -------------------------------------------------------------------

    def fill_people(self) -> None:
        chosen = self.person.currentData()
        self.person.blockSignals(True)
        self.person.clear()
        try:
            people = [p for p in self.exchange.people() if self.privacy.shows(p)]
        except StoreError:
            people = []
        for person in people:
            self.person.addItem(person.full_name, person.id)
        index = self.person.findData(chosen)
        self.person.setCurrentIndex(max(index, 0))
        self.person.blockSignals(False)
        self.refresh()

    def set_mentee(self, mentee_id: str | None) -> None:
        index = self.person.findData(mentee_id)
        if index >= 0:
            self.person.setCurrentIndex(index)

    def person_id(self) -> str:
        return str(self.person.currentData() or "")

    def _on_data(self, _change: ChangeSet) -> None:
        if self.isVisible():
            self._refresh_soon.start()

    def refresh(self) -> None:
        person_id = self.person_id()
        try:
            self.my_key.setText(self.exchange.my_key())
        except StoreError as error:
            self.status.setText(str(error))
            return
        self.qr.setPixmap(qr_pixmap(self.my_key.text()))
        name = self.person.currentText()
        has_person = bool(person_id)
        for widget in (
            self.make_button,
            self.since,
            self.everything,
            self.use_passphrase,
            self.their_key,
            self.keep_key,
        ):
            widget.setEnabled(has_person)
        if not has_person:
            self.make_heading.setText(self.tr("Make an update file"))
            self.make_button.setText(self.tr("&Make an update file…"))
            self.preview.setText(self.tr("Add the person you exchange with in People first."))
            self.pair_state.setText("")
            self._fill_conflicts("")
            self.history.clear()
            return
        self.make_heading.setText(self.tr("Make an update file for {0}").format(name))
        self.make_button.setText(self.tr("&Make an update file for {0}…").format(name))
        self.make_button.setAccessibleName(self.tr("Make an update file for {0}").format(name))
        partner = self.exchange.partner(person_id)
        self.their_key.setText(partner.public_key)
        self.pair_state.setText(
            self.tr("Paired with {0}: files between you need no passphrase.").format(name)
            if partner.paired
            else self.tr("Not paired with {0} yet: until you are, lock files with a passphrase.").format(name)
        )
        if not partner.paired:
            self.use_passphrase.setChecked(True)
        self._show_preview()
        self._fill_conflicts(person_id)
        self._fill_history(person_id)

    def _show_preview(self) -> None:
        person_id = self.person_id()
        if not person_id:
            return
        counts = self.exchange.preview(person_id, self.everything.isChecked())
        self.preview.setText(self.tr("The file will hold: {0}.").format(counted(counts)))

    def _fill_history(self, person_id: str) -> None:
        self.history.clear()
        for entry in self.exchange.history(person_id):
            way = self.tr("made") if entry.direction == "sent" else self.tr("opened")
            text = f"{when(entry.at)} · {way} · {counted(entry.counts)}"
            if entry.conflicts:
                text += self.tr(" · {0} conflicts").format(entry.conflicts)
            self.history.addItem(text)
        if not self.history.count():
            self.history.addItem(self.tr("No files made or opened yet."))

    def _fill_conflicts(self, person_id: str) -> None:
        self._conflicts = self.exchange.conflicts(person_id) if person_id else []
        self.conflict_list.clear()
        for conflict in self._conflicts:
            kind = KIND_NAMES.get(conflict.table, (conflict.table, ""))[0]
            what = (
                self.tr("removed on one side, changed on the other")
                if conflict.field == REMOVED
                else conflict.field.replace("_", " ")
            )
            label = self.exchange.record_label(conflict.table, conflict.record_id)
            item = QListWidgetItem(f"{kind.capitalize()}: {label} — {what}")
            self.conflict_list.addItem(item)
        if self._conflicts:
            self.conflict_list.setCurrentRow(0)
        else:
            self.conflict_list.addItem(self.tr("No conflicts: everything merged."))
        self._show_conflict(self.conflict_list.currentRow())

    def _show_conflict(self, row: int) -> None:
        conflict = self._conflicts[row] if 0 <= row < len(self._conflicts) else None
        for button in (self.keep_mine, self.keep_theirs):
            button.setEnabled(conflict is not None)
        if conflict is None:
            for box in (self.mine_text, self.theirs_text, self.merged_text):
                box.setPlainText("")
            self.keep_edited.setEnabled(False)
            self.merged_text.setReadOnly(True)
            return
        if conflict.field == REMOVED:
            mine = self.tr("Removed") if conflict.mine.get(REMOVED) else self.tr("Kept, with your changes")
            theirs = (
                self.tr("Removed") if conflict.theirs.get(REMOVED) else self.tr("Kept, with their changes")
            )
            self.mine_text.setPlainText(mine)
            self.theirs_text.setPlainText(theirs)
            self.merged_text.setPlainText("")
            self.merged_text.setReadOnly(True)
            self.keep_edited.setEnabled(False)
            return
        self.mine_text.setPlainText(_shown(conflict.mine))
        self.theirs_text.setPlainText(_shown(conflict.theirs))
        both = both_versions(conflict.mine, conflict.theirs, conflict.base)
        text_field = isinstance(conflict.mine, str) or isinstance(conflict.theirs, str)
        self.merged_text.setReadOnly(not text_field)
        self.merged_text.setPlainText(_shown(both if isinstance(both, str) else conflict.mine))
        self.keep_edited.setEnabled(text_field)

    # actions ----------------------------------------------------------------------------------

    def keep_their_key(self) -> None:
        try:
            self.exchange.set_key(self.person_id(), self.their_key.text())
        except StoreError as error:
            self.pair_state.setText(str(error))
            return
        self.status.setText(self.tr("Kept {0}'s key.").format(self.person.currentText()))
        self.refresh()

    def make_file(self) -> None:
        person_id = self.person_id()
        if not person_id:
            return
        passphrase = self.passphrase.text() if self.use_passphrase.isChecked() else None
        if passphrase is not None and not passphrase:
            self.status.setText(self.tr("Type a passphrase to lock the file with, or pair first."))
            self.passphrase.setFocus()
            return
        name = self.person.currentText()
        suggested = f"{name.replace(' ', '-')}-{date.today():%Y-%m-%d}{SUFFIX}"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the update file for {0}").format(name),
            suggested,
            self.tr("Update files (*.leadapp)"),
        )
        if path:
            self.write_file(Path(path), passphrase)

    def write_file(self, path: Path, passphrase: str | None) -> bool:
        if path.suffix != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        try:
            blob = self.exchange.export(self.person_id(), self.everything.isChecked(), passphrase, path.name)
            write_atomically(path, blob, self.exchange.path)
        except StoreError as error:
            self.status.setText(str(error))
            return False
        self.status.setText(
            self.tr("Saved the update file {0}: send it to {1}.").format(path.name, self.person.currentText())
        )
        self.refresh()
        return True

    def open_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open an update file"), "", self.tr("Update files (*.leadapp);;All files (*)")
        )
        if path:
            self.read_file(Path(path))

    def ask_passphrase(self) -> str | None:
        text, ok = QInputDialog.getText(
            self,
            self.tr("Passphrase"),
            self.tr("This file is locked with a passphrase:"),
            QLineEdit.EchoMode.Password,
        )
        return text if ok else None

    def ask_who(self, error: UnknownSender) -> str | None:
        """The first file from someone: the person says, once, who in their list sent it."""
        people = self.exchange.people()
        if not people:
            return None
        names = [p.full_name for p in people]
        start = names.index(error.name) if error.name in names else 0
        name, ok = QInputDialog.getItem(
            self,
            self.tr("Who sent this file?"),
            self.tr("This file comes from {0}. Who is that in your list? You are asked only once.").format(
                error.name
            ),
            names,
            start,
            False,
        )
        return people[names.index(name)].id if ok else None

    def read_file(self, path: Path, passphrase: str | None = None, link_to: str | None = None) -> bool:
        try:
            blob = path.read_bytes()
        except OSError as error:
            self.status.setText(self.tr("LeadApp could not read {0}: {1}.").format(path.name, error.strerror))
            return False
        try:
            if (
                passphrase is None
                and blob.startswith(b"age-encryption.org/v1\n")
                and is_passphrase_file(blob)
            ):
                passphrase = self.ask_passphrase()
                if passphrase is None:
                    return False
        except ValueError:
            pass
        try:
            summary = self.exchange.open_file(blob, passphrase, link_to)
        except UnknownSender as error:
            chosen = self.ask_who(error)
            if chosen is None:
                self.status.setText(self.tr("The file was not opened: nothing changed."))
                return False
            return self.read_file(path, passphrase, chosen)
        except StoreError as error:
            self.status.setText(str(error))
            return False
        self.last_summary = summary
        self.status.setText(summary.sentence())
        self._show_arrived(summary)
        self.set_mentee(summary.person.id)
        self.refresh()
        return True

    def _show_arrived(self, summary: ImportSummary) -> None:
        """What the file brought, by kind; Enter or a double-click opens sessions and activities."""
        self.arrived.clear()
        for table, ids in summary.touched.items():
            kind = KIND_NAMES.get(table, (table, ""))[0].capitalize()
            for record_id in ids[:ARRIVED_SHOWN]:
                item = QListWidgetItem(f"{kind}: {self.exchange.record_label(table, record_id)}")
                item.setData(Qt.ItemDataRole.UserRole, (table, record_id))
                self.arrived.addItem(item)
        self.arrived.setVisible(self.arrived.count() > 0)

    def _open_arrived(self, item: QListWidgetItem) -> None:
        table, record_id = item.data(Qt.ItemDataRole.UserRole)
        if table in LINKS:
            section, opens_record = LINKS[table]
            self.open_requested.emit(section, record_id if opens_record else "", "")

    def settle(self, choice: str) -> None:
        row = self.conflict_list.currentRow()
        if not 0 <= row < len(self._conflicts):
            return
        conflict = self._conflicts[row]
        value: Any = self.merged_text.toPlainText() if choice == "edit" else None
        try:
            self.exchange.resolve(conflict.id, choice, value)
        except StoreError as error:
            QMessageBox.information(self, self.tr("Exchange"), str(error))
            return
        self.status.setText(
            self.tr("Settled. It goes to {0} with your next update file.").format(self.person.currentText())
        )
        self._fill_conflicts(self.person_id())
        self.conflict_list.setFocus()


def _shown(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value)
