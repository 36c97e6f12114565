"""The app survives the many Qt calls of a long day: PySide6 6.12.0 on Python 3.11 drops a reference to
None on every call that returns nothing and to True on every emit, which aborted the process."""

from __future__ import annotations

import subprocess
import sys

LONG_DAY = """
import os
os.environ["QT_QPA_PLATFORM"] = "offscreen"
import leadapp.ui
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel

class Ticker(QObject):
    tick = Signal(object)

app = QApplication([])
label = QLabel()
ticker = Ticker()
ticker.tick.connect(lambda value: None)
for second in range(200_000):
    label.setText(str(second % 60))
    ticker.tick.emit(second)
    app.processEvents()
print("still here")
"""


def test_two_hundred_thousand_qt_calls_and_emits_do_not_abort_the_process() -> None:
    done = subprocess.run([sys.executable, "-c", LONG_DAY], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "still here"
