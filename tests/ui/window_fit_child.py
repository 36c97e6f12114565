"""Run in a child process on a virtual screen of a given size: open the window, visit every section by
its shortcut, and print where the window sits, as JSON. A child, because a screen's size is fixed when
Qt starts."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from leadapp.demo import write_demo
from leadapp.domain.reference import reference
from leadapp.store.store import Store
from leadapp.ui.main_window import MainWindow
from leadapp.ui.theme import apply_theme


def rect(r: object) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]  # type: ignore[attr-defined]


def main() -> int:
    db, text_size = Path(sys.argv[1]), int(sys.argv[2])
    app = QApplication(sys.argv[:1])
    store = Store.open(db)
    if store.people.owner() is None:
        write_demo(store)
    apply_theme(app, "light", text_size)
    window = MainWindow(store, reference())
    window.show()
    QTest.qWaitForWindowExposed(window)
    seen = []
    for section in window.sections:
        QTest.keySequence(window, QKeySequence(section.shortcut))
        QTest.qWait(20)
        seen.append({"section": section.key, "frame": rect(window.frameGeometry())})
    result = {
        "available": rect(window.screen().availableGeometry()),
        "sections": seen,
        "minimum": [window.minimumSizeHint().width(), window.minimumSizeHint().height()],
        "maximised": bool(window.windowState() & Qt.WindowState.WindowMaximized),
    }
    if "--maximise" in sys.argv:
        window.showMaximized()
        QTest.qWait(50)
    window.close()
    store.close()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
