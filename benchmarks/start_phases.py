"""Where start-up time goes: wall and CPU time of each step of the GUI start, in one process.

The steps are those of `leadapp.app.run_gui` with --smoke on a database that needs nothing written (the
usual start), repeated here with a timestamp after each; keep them in step with run_gui when it changes.
The process's time before the first step (the interpreter's own start) is printed first.
Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/start_phases.py --db COPY.sqlite3
(compile first, as benchmarks/measures.py does; never on the shared demo files themselves: it opens the file).
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()
CPU_STARTED = time.process_time()

import argparse  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

marks: list[tuple[str, float, float]] = []


def mark(step: str) -> None:
    marks.append((step, time.perf_counter() - STARTED, time.process_time() - CPU_STARTED))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument(
        "--exit-at-first-turn",
        action="store_true",
        help="end the process at the first turn, so nothing after it is counted (start_instructions.py)",
    )
    args = parser.parse_args()
    db = args.db
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import leadapp.app as app
    from leadapp import start_collector

    mark("import leadapp.app")
    start_collector.hold()  # as leadapp.app.main does
    line = ["--smoke", "--db", str(db)]
    app.window_options(line) or app.build_parser().parse_args(line)  # as leadapp.app._run_command does
    mark("command line")
    app._import_before_qt()
    mark("imports before Qt")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication  # noqa: F401  (as run_gui imports it)

    mark("import PySide6")
    from leadapp.domain.reference import reference
    from leadapp.ui.app_icon import app_icon
    from leadapp.ui.backups.safe_start import BackupSchedule, IntegrityWatch, open_for_app, release_locks
    from leadapp.ui.main_window import MainWindow
    from leadapp.ui.quiet_collector import QuietCollector
    from leadapp.ui.theme import apply_theme, new_application, theme_settings

    mark("import the shell")
    qt_app = new_application(sys.argv[:1])
    qt_app.setWindowIcon(app_icon())
    mark("application and icon")
    ref = reference()
    store = open_for_app(db, quiet=True, check_later=True)
    apply_theme(qt_app, *theme_settings(store))
    store.people.owner()
    mark("open the store, theme")
    window = MainWindow(store, ref, sharing_key_everywhere=False)
    BackupSchedule(window, db, start_now=False)
    IntegrityWatch(window, store, quiet=True)
    collector = QuietCollector(window)
    mark("build the window")
    window.show()
    mark("show")

    def shown() -> None:
        mark("first event-loop turn")
        if args.exit_at_first_turn:
            os._exit(0)
        window.close()

    QTimer.singleShot(0, window, shown)
    QTimer.singleShot(0, window, start_collector.release)
    QTimer.singleShot(0, window, store.prepare_writes)
    QTimer.singleShot(0, window, window.sharing.attach)
    qt_app.exec()
    collector.stop()
    store.integrity.wait()
    store.close()
    release_locks()
    print(f"{'interpreter start':28s} cpu {1000 * CPU_STARTED:6.1f} ms (before this script ran)")
    wall_before, cpu_before = 0.0, 0.0
    for step, wall, cpu in marks:
        print(
            f"{step:28s} cpu {1000 * (cpu - cpu_before):6.1f} ms  wall {1000 * (wall - wall_before):6.1f} ms"
        )
        wall_before, cpu_before = wall, cpu
    print(f"{'to the first turn':28s} cpu {1000 * (CPU_STARTED + cpu_before):6.1f} ms in all")
    return 0


if __name__ == "__main__":
    sys.exit(main())
