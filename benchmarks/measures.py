"""The measurements `make bench` and the scaling table share, each beside the baseline it is judged against.

Every figure is a median of repeated runs; where a target is a ratio, the baseline is measured in the same
run, interleaved with it, so the load other people put on this shared machine falls on both alike.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from harness import LONG_SENTENCE, busiest_documents, long_summary, timings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BARE_WINDOW = (
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "from PySide6.QtCore import QTimer\n"
    "app = QApplication([])\n"
    "w = QMainWindow(); w.show()\n"
    "QTimer.singleShot(0, lambda: (print('shown', flush=True), w.close()))\n"
    "app.exec()\n"
)
SHOWN = {"bare": b"shown", "app": b"leadapp: the window is shown"}
"""The line each prints on the first turn of its event loop after the window is shown."""
SEARCH_WORDS = ["business case", "chairing"]


@dataclass(frozen=True)
class Row:
    """One line of the table: what, median, the baseline it is set against (if any), and the target."""

    what: str
    median: float
    unit: str
    baseline: float | None = None
    target: str = ""
    note: str = ""

    @property
    def ratio(self) -> float | None:
        return self.median / self.baseline if self.baseline else None


def median_of(runs: int, action: Callable[[], object]) -> float:
    return statistics.median(timings(runs, action))


def percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def _child(command: list[str], shown: bytes) -> tuple[float, float, float]:
    """Wall time to the `shown` line, wall time to the end, and peak resident memory (MB) of one child."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.perf_counter()
    child = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert child.stdout is not None
    shown_at = None
    for line in child.stdout:
        if line.strip() == shown and shown_at is None:
            shown_at = time.perf_counter() - started
    _pid, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - started
    if status != 0 or shown_at is None:
        raise RuntimeError(f"{' '.join(command)} failed with status {status} (shown: {shown_at})")
    return shown_at, elapsed, usage.ru_maxrss / 1024


def compile_package() -> None:
    """Start as installed copies start: with the package's bytecode already compiled.

    This machine sets PYTHONDONTWRITEBYTECODE, so without this every run would compile LeadApp from source.
    The resources package is a folder of its own in a checkout (resources/, installed as leadapp.resources),
    and holds code the start runs.
    """
    import leadapp.resources  # binds `leadapp` too

    folders = {Path(leadapp.__file__).parent, Path(leadapp.resources.__file__).parent}
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", *map(str, sorted(folders))],
        check=True,
        stdout=subprocess.DEVNULL,
    )


INSTALLED_VENV = Path(__file__).resolve().parent.parent / "build" / "bench-installed"
"""The throwaway environment `startup(installed=True)` times LeadApp in: made once, LeadApp reinstalled
from a freshly built wheel on every run."""


def installed_python() -> str:
    """An interpreter whose LeadApp is installed from a wheel of this checkout, as users' copies are.

    The editable install the checkout's .venv holds imports LeadApp through setuptools' import finder, which
    the interpreter loads at start (with pathlib, importlib.util and re, about 13 ms here) before any script
    runs: the bare window paid that too, while LeadApp needs those modules anyway. The environment is made
    without the system's site-packages, its dependencies installed by pip from the same index as .venv's.
    """
    python = INSTALLED_VENV / "bin" / "python"
    root = INSTALLED_VENV.parent.parent
    if not python.exists():
        subprocess.run([sys._base_executable, "-m", "venv", str(INSTALLED_VENV)], check=True)  # type: ignore[attr-defined]
        subprocess.run([str(python), "-m", "pip", "install", "--quiet", str(root)], check=True)
    wheels = INSTALLED_VENV / "wheel"
    for old in wheels.glob("*.whl"):
        old.unlink()
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(wheels), str(root)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    subprocess.run(
        [
            str(python),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--force-reinstall",
            *map(str, wheels.glob("*.whl")),
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return str(python)


def startup(db: Path, runs: int, installed: bool = False) -> list[Row]:
    """A bare PySide6 window and LeadApp's main window on `db`, run in turns by the same interpreter: the
    checkout's .venv (editable install), or with `installed` a wheel's installed copy (see installed_python).
    """
    if installed:  # -P: not the checkout's leadapp from the current folder
        python = [installed_python(), "-P"]  # pip compiles what it installs
    else:
        python = [sys.executable]
        compile_package()
    app_command = [*python, "-m", "leadapp", "--smoke", "--db", str(db)]
    bare_command = [*python, "-c", BARE_WINDOW]
    _child(app_command, SHOWN["app"])  # the first start after compiling warms the file cache for both
    bare, app = [], []
    for _ in range(runs):
        bare.append(_child(bare_command, SHOWN["bare"]))
        app.append(_child(app_command, SHOWN["app"]))

    def median(samples: list[tuple[float, float, float]], part: int) -> float:
        return statistics.median(sample[part] for sample in samples)

    return [
        Row(
            "start to a shown main window",
            median(app, 0),
            "s",
            median(bare, 0),
            "≤ 2.0×",
            "baseline: bare PySide6 window; first event-loop turn after show",
        ),
        Row(
            "start to exit (--smoke)",
            median(app, 1),
            "s",
            median(bare, 1),
            "",
            "includes waiting for the background integrity check, and quitting",
        ),
        Row(
            "peak memory at start",
            median(app, 2),
            "MB",
            median(bare, 2),
            "< 2×",
            "baseline: bare PySide6 window",
        ),
    ]


def bare_search(store: object, words: str) -> Callable[[], object]:
    """The bare FTS5 query for `words`: the count and the first 200 sessions by date."""
    from leadapp.store.search import fts_match
    from leadapp.store.store import Store

    assert isinstance(store, Store)
    match = fts_match(words)
    conn = store.db.conn

    def run() -> object:
        conn.execute(
            "select count(*) from sessions where rowid in"
            " (select rowid from sessions_fts where sessions_fts match ?)",
            [match],
        ).fetchone()
        return conn.execute(
            "select * from sessions where rowid in"
            " (select rowid from sessions_fts where sessions_fts match ?)"
            " order by session_date desc limit 200",
            [match],
        ).fetchall()

    return run


def _wait_for_results(busy: Callable[[], bool]) -> None:
    """Wait in an event loop, as the window waits while a search runs on its worker, and return once the
    loop has nothing left to do and the search is no longer busy: its results shown, and painted where the
    list is on screen (a paint the results asked for is handled before the loop would sleep).

    The check runs each time the loop is about to sleep, never on a timer: a loop calling processEvents
    without pause held the interpreter lock the worker needs between its SQLite steps, and a 1 ms timer
    woke the window's thread during the search and added up to a millisecond after it.
    """
    from PySide6.QtCore import QAbstractEventDispatcher, QEventLoop, QTimer

    if not busy():
        return
    loop = QEventLoop()
    dispatcher = QAbstractEventDispatcher.instance()
    assert dispatcher is not None

    def check() -> None:
        if not busy():
            loop.quit()

    dispatcher.aboutToBlock.connect(check)
    guard = QTimer()  # a search that ends with nothing posted still ends the wait
    guard.timeout.connect(check)
    guard.start(50)
    loop.exec()
    guard.stop()
    dispatcher.aboutToBlock.disconnect(check)


def _settle(ms: int = 30) -> None:
    """Let what clearing the search posted (layouts, timers, paints) run before the next timed search, as
    the pause after a keystroke would: one processEvents left some of it to land inside the next run."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


TYPED_MS = 250
"""How long the words have been in the box when the search runs: the session list's pause after the last
keystroke (the clear button's fade-in, begun at the first letter, takes 160 ms)."""


def _typed(box: Any, words: str) -> None:
    """The words in the search box as a person leaves them before the pause: the box has drawn them (and
    faded in its clear button) long before the pause ends. Its signals are held so the screen's own
    debounce timer does not start: the benchmark makes the call that timer would make."""
    box.blockSignals(True)
    box.setText(words)
    box.blockSignals(False)
    _settle(TYPED_MS)


def searches(store: object, sessions: Any, runs: int) -> list[Row]:
    """Keystroke to results for each of SEARCH_WORDS, each beside the bare query run in turns with it.

    Five ways: the session list hidden, to the results in its model (the row kept since the first table),
    and shown, to the results painted and on to their count in the summary line (counted on the list's
    worker once the rows are painted); search everything's window the first two ways. The pause after a
    keystroke (the debounce) is left out of all five: each starts at the call the debounce timer makes,
    with the words already in the box (see `_typed`).
    """
    from PySide6.QtWidgets import QApplication

    from leadapp.domain.enums import OwnerRole
    from leadapp.store.store import Store
    from leadapp.ui.privacy import Privacy
    from leadapp.ui.search_all.search_dialog import SearchDialog
    from leadapp.ui.sessions.sessions_screen import SessionsScreen

    assert isinstance(store, Store)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    shown = SessionsScreen(store, sessions.ref, sessions._events, Privacy(), OwnerRole.MENTOR)
    shown.resize(1280, 800)
    shown.show()
    everything = SearchDialog(store, Privacy(), OwnerRole.MENTOR)
    everything.resize(1100, 700)
    everything.show()
    unseen = SearchDialog(store, Privacy(), OwnerRole.MENTOR)
    app.processEvents()

    def in_sessions(screen: Any, words: str) -> None:
        screen.reload()
        _wait_for_results(screen.search_busy)

    def in_dialog(dialog: Any, words: str) -> None:
        dialog.run()
        _wait_for_results(dialog.busy)

    def in_everything(words: str) -> None:
        in_dialog(everything, words)

    def in_unseen(words: str) -> None:
        in_dialog(unseen, words)

    def in_hidden(words: str) -> None:
        in_sessions(sessions, words)

    def in_shown(words: str) -> None:
        in_sessions(shown, words)

    def in_counted(words: str) -> None:
        in_sessions(shown, words)
        app.processEvents()
        _wait_for_results(lambda: not shown.model.counted())

    ways: list[tuple[str, Callable[[str], None], bool, Any]] = [
        ("search sessions {0!r}, keystroke to results", in_hidden, False, sessions.search),
        ("search sessions {0!r}, keystroke to painted results", in_shown, True, shown.search),
        ("search sessions {0!r}, keystroke to its count shown", in_counted, True, shown.search),
        ("search everything {0!r}, keystroke to results", in_unseen, False, unseen.search),
        ("search everything {0!r}, keystroke to painted results", in_everything, True, everything.search),
    ]
    rows = []
    for words in SEARCH_WORDS:
        bare = bare_search(store, words)
        bare()
        alone: list[float] = []
        taken: list[list[float]] = [[] for _ in ways]
        for _ in range(runs):
            started = time.perf_counter()
            bare()
            alone.append(time.perf_counter() - started)
            for (_what, search, painted, box), into in zip(ways, taken, strict=True):
                _typed(box, words)
                started = time.perf_counter()
                search(words)
                if painted:
                    app.processEvents()
                into.append(time.perf_counter() - started)
                _typed(box, "")
                search("")
                _settle()
        for (what, _search, _painted, _box), into in zip(ways, taken, strict=True):
            counting = "count shown" in what
            rows.append(
                Row(
                    what.format(words),
                    statistics.median(into),
                    "ms",
                    statistics.median(alone),
                    "" if counting else "≤ 2×",
                    "the rows painted first; the count on the list's worker after"
                    if counting
                    else "baseline: bare FTS5 count + first 200 by date",
                )
            )
    for window in (shown, everything, unseen):
        window.close()
        window.deleteLater()
    return rows


def _delete_now() -> None:
    """Screens closed with `deleteLater` go, as at the app's next turn of its event loop: `processEvents`
    called from here, outside any loop, never deletes them. Left alive, every screen opened for the first
    screens kept its list's count and sort running on the workers, beside the lists scrolled next (the
    activities list's slowest page 12–19 ms instead of 7)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def scroll_to_end(app: Any, model: Any) -> list[float]:
    """Each page of scrolling `model` to its end: one `fetchMore` and the event processing that follows it,
    timer work included. As in the app (leadapp/app.py), garbage is collected from a timer, between the pages
    a person scrolls to."""
    from PySide6.QtCore import QModelIndex, QObject

    from leadapp.ui.quiet_collector import QuietCollector

    owner = QObject()
    collector = QuietCollector(owner)
    pages = []
    while model.canFetchMore(QModelIndex()):
        started = time.perf_counter()
        model.fetchMore(QModelIndex())
        app.processEvents()
        pages.append(time.perf_counter() - started)
    collector.stop()
    owner.deleteLater()
    return pages


def screens(db: Path, runs: int, scroll: bool = True) -> list[Row]:
    """First screens of the lists and home, scrolling to the end, and search through the real screen."""
    from PySide6.QtWidgets import QApplication

    import leadapp.ui  # noqa: F401  (its reference-count guard must be in place before any Qt call)
    from leadapp.domain.enums import OwnerRole
    from leadapp.domain.reference import reference
    from leadapp.store.store import Store
    from leadapp.ui.actions.actions_screen import ActionsScreen
    from leadapp.ui.activities.activities_screen import ActivitiesScreen
    from leadapp.ui.balance.balance_screen import BalanceScreen
    from leadapp.ui.events import DataEvents
    from leadapp.ui.home.caseload_screen import CaseloadScreen
    from leadapp.ui.privacy import Privacy
    from leadapp.ui.sessions.sessions_screen import SessionsScreen
    from leadapp.ui.timeline.timeline_screen import TimelineScreen

    app = QApplication.instance() or QApplication(sys.argv[:1])
    store = Store.open(db)
    ref, events, privacy = reference(), DataEvents(store), Privacy()
    builders: dict[str, Callable[[], object]] = {
        "sessions": lambda: SessionsScreen(store, ref, events, privacy, OwnerRole.MENTOR),
        "activities": lambda: ActivitiesScreen(store, ref, events, OwnerRole.MENTOR),
        "actions": lambda: ActionsScreen(store, events),
        "home": lambda: CaseloadScreen(store, ref, events),
    }
    rows: list[Row] = []
    busiest = store.activities.busiest_person()
    if busiest is not None:

        def timeline() -> object:
            screen = TimelineScreen(store, ref, events, OwnerRole.MENTOR)
            screen.set_mentee(busiest)
            return screen

        builders["timeline"] = timeline
    for name, build in builders.items():
        samples = []
        for _ in range(runs):
            started = time.perf_counter()
            screen = build()
            screen.resize(1280, 800)  # type: ignore[attr-defined]
            screen.show()  # type: ignore[attr-defined]
            app.processEvents()
            samples.append(time.perf_counter() - started)
            screen.close()  # type: ignore[attr-defined]
            screen.deleteLater()  # type: ignore[attr-defined]
            app.processEvents()
            _delete_now()
        note = "the mentee with the most activities" if name == "timeline" else ""
        rows.append(
            Row(f"open {name} (first screen)", statistics.median(samples), "ms", None, "≤ 30 ms", note)
        )
        if scroll and name in {"sessions", "activities", "actions"}:
            from leadapp.ui.widgets.paged_model import PAGE_SIZE

            screen = build()
            shown = getattr(screen, "show_filter", None)
            if shown is not None:  # the actions list opens on open actions; scroll through all of them
                shown.setCurrentIndex(shown.findData("all"))
            model = screen.model  # type: ignore[attr-defined]
            pages = scroll_to_end(app, model)
            listed = model.rowCount()
            screen.deleteLater()  # type: ignore[attr-defined]
            _delete_now()
            rows.append(
                Row(
                    f"scroll {name} to the end: slowest page",
                    max(pages) if pages else 0.0,
                    "ms",
                    None,
                    "< 16 ms",
                    f"{listed:,} rows in {len(pages)} pages of {PAGE_SIZE}",
                )
            )
    rows += searches(store, SessionsScreen(store, ref, events, privacy, OwnerRole.MENTOR), runs)
    if busiest is not None:
        balance = BalanceScreen(store, ref, events, OwnerRole.MENTOR)
        balance.resize(1280, 800)
        balance.show()

        def load_balance() -> None:
            balance.set_mentee(busiest)
            app.processEvents()

        rows.append(Row("Balance screen, busiest mentee", median_of(runs, load_balance), "ms"))
    store.close()
    return rows


def documents(db: Path, runs: int, long_session: bool = True) -> list[Row]:
    """Each PDF on `db`, and a session whose notes run to 280,000 characters (printed in full)."""
    import tempfile

    from leadapp.documents import make_document
    from leadapp.domain.enums import PersonKind
    from leadapp.domain.people import Person
    from leadapp.domain.reference import reference
    from leadapp.store.store import Store

    ref = reference()
    store = Store.open(db)
    requests = busiest_documents(store)
    rows = []
    make_document(store, ref, requests["caseload PDF"])
    for name, request in requests.items():
        rows.append(
            Row(name, median_of(runs, partial(make_document, store, ref, request)), "s", None, "≤ 1 s")
        )
    store.close()
    if long_session:
        with tempfile.TemporaryDirectory() as folder:
            scratch = Store.open(Path(folder) / "long.sqlite3")
            mentee = scratch.people.add(Person(full_name="Asha Patel", kind=PersonKind.MENTEE))
            notes = LONG_SENTENCE * (280_000 // len(LONG_SENTENCE))
            request = long_summary(scratch, mentee.id, notes)
            took = median_of(max(1, runs // 2), lambda: make_document(scratch, ref, request))
            pages = make_document(scratch, ref, request).pdf.count(b"/Type /Page\n")
            rows.append(
                Row(
                    "session summary PDF, 280,000 characters",
                    took,
                    "s",
                    None,
                    "≤ 1 s",
                    f"{len(notes):,} characters on {pages} pages",
                )
            )
            scratch.close()
    return rows


def autosave(db: Path, samples: int) -> list[Row]:
    """The write after a pause in typing, through the real editor, as benchmarks/autosave.py measures it."""
    output = subprocess.run(
        [
            sys.executable,
            str(Path(__file__).with_name("autosave.py")),
            "--db",
            str(db),
            "--samples",
            str(samples),
        ],
        check=True,
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    ).stdout
    rows = []
    for line in output.splitlines():
        if ": median " in line and " p99 " in line:
            name = line.split(":")[0]
            p99 = float(line.split(" p99 ")[1].split(" ms")[0])
            rows.append(Row(f"autosave p99, {name}", p99 / 1000, "ms", None, "≤ 10 ms", f"{samples} saves"))
    return rows
