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
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BARE_WINDOW = (
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "from PySide6.QtCore import QTimer\n"
    "app = QApplication([])\n"
    "w = QMainWindow(); w.show()\n"
    "QTimer.singleShot(0, w.close)\n"
    "app.exec()\n"
)
SEARCH_WORDS = ["business case", "chairing"]
LONG_SENTENCE = "We talked about chairing the falls prevention group and what the board will ask next. "


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
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def _child(command: list[str]) -> tuple[float, float]:
    """Wall time and peak resident memory (MB) of one child process run to its end."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.perf_counter()
    child = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - started
    if status != 0:
        raise RuntimeError(f"{' '.join(command)} failed with status {status}")
    return elapsed, usage.ru_maxrss / 1024


def compile_package() -> None:
    """Start as installed copies start: with the package's bytecode already compiled.

    This machine sets PYTHONDONTWRITEBYTECODE, so without this every run would compile LeadApp from source.
    """
    import leadapp

    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(Path(leadapp.__file__).parent)],
        check=True,
        stdout=subprocess.DEVNULL,
    )


def startup(db: Path, runs: int) -> list[Row]:
    """A bare PySide6 window and LeadApp's main window on `db`, run in turns."""
    compile_package()
    app_command = [sys.executable, "-m", "leadapp", "--smoke", "--db", str(db)]
    bare_command = [sys.executable, "-c", BARE_WINDOW]
    _child(app_command)  # the first start after compiling warms the file cache for both
    bare, app = [], []
    for _ in range(runs):
        bare.append(_child(bare_command))
        app.append(_child(app_command))
    bare_time = statistics.median(t for t, _ in bare)
    app_time = statistics.median(t for t, _ in app)
    bare_memory = statistics.median(m for _, m in bare)
    app_memory = statistics.median(m for _, m in app)
    return [
        Row(
            "start to a shown main window",
            app_time,
            "s",
            bare_time,
            "≤ 2.0×",
            "baseline: bare PySide6 window",
        ),
        Row("peak memory at start", app_memory, "MB", bare_memory, "< 2×", "baseline: bare PySide6 window"),
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
    from leadapp.ui.home.home_screen import HomeScreen
    from leadapp.ui.privacy import Privacy
    from leadapp.ui.sessions.sessions_screen import SessionsScreen

    app = QApplication.instance() or QApplication(sys.argv[:1])
    store = Store.open(db)
    ref, events, privacy = reference(), DataEvents(store), Privacy()
    builders: dict[str, Callable[[], object]] = {
        "sessions": lambda: SessionsScreen(store, ref, events, privacy, OwnerRole.MENTOR),
        "activities": lambda: ActivitiesScreen(store, ref, events, OwnerRole.MENTOR),
        "actions": lambda: ActionsScreen(store, events),
        "home": lambda: HomeScreen(store, ref, events, OwnerRole.MENTOR),
    }
    rows: list[Row] = []
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
        rows.append(Row(f"open {name} (first screen)", statistics.median(samples), "ms", None, "≤ 30 ms"))
        if scroll and name in {"sessions", "activities", "actions"}:
            screen = build()
            shown = getattr(screen, "show_filter", None)
            if shown is not None:  # the actions list opens on open actions; scroll through all of them
                shown.setCurrentIndex(shown.findData("all"))
            model = screen.model  # type: ignore[attr-defined]
            pages = []
            from PySide6.QtCore import QModelIndex

            while model.canFetchMore(QModelIndex()):
                started = time.perf_counter()
                model.fetchMore(QModelIndex())
                pages.append(time.perf_counter() - started)
            screen.deleteLater()  # type: ignore[attr-defined]
            rows.append(
                Row(
                    f"scroll {name} to the end: slowest page",
                    max(pages) if pages else 0.0,
                    "ms",
                    None,
                    "< 16 ms",
                    f"{model.rowCount():,} rows in {len(pages)} pages of 200",
                )
            )
    sessions = SessionsScreen(store, ref, events, privacy, OwnerRole.MENTOR)
    for words in SEARCH_WORDS:
        bare = bare_search(store, words)
        bare()
        through, alone = [], []
        for _ in range(runs):
            started = time.perf_counter()
            bare()
            alone.append(time.perf_counter() - started)
            sessions.search.setText(words)
            started = time.perf_counter()
            sessions.reload()
            while sessions.search_busy():
                app.processEvents()
            through.append(time.perf_counter() - started)
            sessions.search.clear()
            sessions.reload()
            while sessions.search_busy():
                app.processEvents()
        rows.append(
            Row(
                f"search sessions {words!r}, keystroke to results",
                statistics.median(through),
                "ms",
                statistics.median(alone),
                "≤ 2×",
                "baseline: bare FTS5 count + first 200 by date",
            )
        )
    busiest = store.activities.busiest_person()
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
    from datetime import date

    from leadapp.documents import DocumentKind, DocumentRequest, make_document
    from leadapp.domain.enums import PersonKind, SessionStatus
    from leadapp.domain.people import Person
    from leadapp.domain.reference import reference
    from leadapp.domain.sessions import Session
    from leadapp.store.store import Store

    ref = reference()
    store = Store.open(db)
    busiest = store.activities.busiest_person()
    assert busiest is not None
    session = store.sessions._where("mentee_id = ? and status = 'held'", [busiest], limit=1)[0].id
    requests = {
        "portfolio PDF, busiest mentee": DocumentRequest(DocumentKind.PORTFOLIO, busiest),
        "session summary PDF": DocumentRequest(DocumentKind.SESSION, session),
        "caseload PDF": DocumentRequest(DocumentKind.CASELOAD),
    }
    rows = []
    make_document(store, ref, requests["caseload PDF"])
    for name, request in requests.items():
        rows.append(
            Row(name, median_of(runs, lambda r=request: make_document(store, ref, r)), "s", None, "≤ 1 s")
        )
    store.close()
    if long_session:
        with tempfile.TemporaryDirectory() as folder:
            scratch = Store.open(Path(folder) / "long.sqlite3")
            mentee = scratch.people.add(Person(full_name="Asha Patel", kind=PersonKind.MENTEE))
            notes = LONG_SENTENCE * (280_000 // len(LONG_SENTENCE))
            long = scratch.sessions.add(
                Session(
                    mentee_id=mentee.id,
                    session_date=date(2026, 3, 12),
                    status=SessionStatus.HELD,
                    shared_notes=notes,
                )
            )
            request = DocumentRequest(DocumentKind.SESSION, long.id)
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
