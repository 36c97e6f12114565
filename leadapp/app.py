"""Entry point: the command line, and the GUI start (first run, demo, smoke test).

Problems a person can cause (a file that is not a database, a locked or read-only file) end in one plain
line and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from leadapp import __version__, data_commands, start_collector
from leadapp.backup_commands import add_backup_commands, run_backup, run_restore
from leadapp.store.errors import StoreError
from leadapp.store.locations import default_db_path, demo_db_path, log_folder

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from leadapp.store.store import Store
    from leadapp.ui.backups.safe_start import IntegrityWatch

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_STORE = 3


OWNED_RECORD_CHOICES = ("programme-return",)
"""What `leadapp report` writes besides the documents: the programme return is JSON and CSV, not a PDF."""


def report_choices() -> list[str]:
    """Every document chosen by a record id, from the document registry, then the other records."""
    from leadapp.documents import offered_kinds

    return [kind.value for kind in offered_kinds()] + list(OWNED_RECORD_CHOICES)


class _ReportChoices:
    """`leadapp report`'s choices, read from the document registry only when argparse checks or lists them:
    the window's start parses the same command line, and importing the registry cost it about 4 ms."""

    def __init__(self) -> None:
        self._choices: list[str] | None = None

    def _read(self) -> list[str]:
        if self._choices is None:
            self._choices = report_choices()
        return self._choices

    def __contains__(self, value: object) -> bool:
        return value in self._read()

    def __iter__(self) -> Iterator[str]:
        return iter(self._read())

    def __len__(self) -> int:
        return len(self._read())


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="leadapp", description="Leadership-career mentoring for NHS professionals."
    )
    parser.add_argument("--version", action="version", version=f"LeadApp {__version__}")
    parser.add_argument("--db", type=Path, help="database file to open (default: your data folder)")
    parser.add_argument(
        "--demo", action="store_true", help="open a separate demo database, creating it if missing"
    )
    parser.add_argument(
        "--smoke", action="store_true", help="open the database, show the main window, and exit 0"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    report = commands.add_parser("report", help="write a PDF summary without opening the window")
    # add_argument lists the choices once to check a metavar it was not given; given one, then cleared,
    # the help and the error messages list them as before, when asked.
    report.add_argument("kind", choices=_ReportChoices(), metavar="KIND").metavar = None
    report.add_argument(
        "id", nargs="?", default="", help="session, person, plan or relationship id (not for caseload)"
    )
    report.add_argument("--db", dest="report_db", type=Path, help="database file (default: as for the app)")
    report.add_argument(
        "--out",
        type=Path,
        required=True,
        help="PDF file to write (a .md name saves a CPD profile as Markdown; a programme return is .json)",
    )
    report.add_argument("--include-private", action="store_true", help="include your private notes")
    report.add_argument(
        "--from", dest="period_from", help="portfolio period start (dd/mm/yyyy or yyyy-mm-dd)"
    )
    report.add_argument("--to", dest="period_to", help="portfolio period end")
    data_commands.add_commands(commands)
    from leadapp.exchange_commands import add_exchange_commands

    add_exchange_commands(commands)
    add_backup_commands(commands)
    calendar = commands.add_parser("calendar", help="write a planned session as a calendar file (.ics)")
    calendar.add_argument("session_id", help="the planned session's id")
    calendar.add_argument("--db", dest="report_db", type=Path, help="database file (default: as for the app)")
    calendar.add_argument("--out", type=Path, required=True, help=".ics file to write")
    return parser


def run_calendar(args: argparse.Namespace) -> int:
    """Write one session's .ics file; any problem is one line on stderr and a non-zero exit."""
    from leadapp.store.calendar_export import export_calendar
    from leadapp.store.store import Store

    db_path = args.report_db or args.db or default_db_path()
    if not Path(db_path).exists():
        print(f"leadapp: there is no database at {db_path}.", file=sys.stderr)
        return EXIT_STORE
    try:
        store = Store.open(db_path)  # writes: the export count that makes a re-export an update
        try:
            sequence = export_calendar(store, args.session_id, Path(args.out))
        finally:
            store.close()
    except StoreError as error:
        print(f"leadapp: {error}", file=sys.stderr)
        return EXIT_STORE
    print(f"Wrote the session to {args.out} (update {sequence})")
    return EXIT_OK


def run_report(args: argparse.Namespace) -> int:
    """Write one document; any problem is one line on stderr and a non-zero exit."""
    from leadapp.documents import DOCUMENTS, DocumentKind, DocumentRequest, make_document
    from leadapp.domain.dates import parse_date
    from leadapp.domain.reference import reference
    from leadapp.store.store import Store

    if args.kind == "programme-return" or (args.kind == "cpd-profile" and args.out.suffix.lower() == ".md"):
        from leadapp.owned_records import run_owned_record

        return run_owned_record(args)
    kind = DocumentKind(args.kind)
    if DOCUMENTS[kind].needs_record and not args.id:
        print(f"leadapp: the {args.kind} report needs an id.", file=sys.stderr)
        return EXIT_USAGE
    from leadapp.store.output_files import check_pdf_target, describe_write_error, write_file

    db_path = args.report_db or args.db or default_db_path()
    try:
        check_pdf_target(Path(args.out), Path(db_path))
    except StoreError as error:
        print(f"leadapp: {error}", file=sys.stderr)
        return EXIT_USAGE
    if not Path(db_path).exists():
        print(f"leadapp: there is no database at {db_path}.", file=sys.stderr)
        return EXIT_STORE
    try:
        period_from, period_to = parse_date(args.period_from or ""), parse_date(args.period_to or "")
    except ValueError as error:
        print(f"leadapp: {error}", file=sys.stderr)
        return EXIT_USAGE
    request = DocumentRequest(kind, args.id, args.include_private, period_from, period_to)
    try:
        store = Store.open_existing(db_path)
        try:
            document = make_document(store, reference(), request)
        finally:
            store.close()
    except StoreError as error:
        print(f"leadapp: {error}", file=sys.stderr)
        return EXIT_STORE
    try:
        write_file(Path(args.out), document.pdf)
    except OSError as error:
        print(f"leadapp: {describe_write_error(error, Path(args.out))}", file=sys.stderr)
        return EXIT_STORE
    print(f"Wrote {document.title} to {args.out}")
    return EXIT_OK


def resolve_db(args: argparse.Namespace) -> Path:
    if args.db is not None:
        return Path(args.db).expanduser()
    return demo_db_path() if args.demo else default_db_path()


def _headless_if_no_display() -> None:
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def log_unexpected(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> str:
    """Write the traceback to the log file; return where it went, or '' if it could not be written."""
    folder = log_folder()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        logging.basicConfig(filename=folder / "leadapp.log", level=logging.ERROR)
        logging.error("".join(traceback.format_exception(kind, error, tb)))
        return str(folder / "leadapp.log")
    except OSError:
        return ""


def _install_excepthook() -> None:
    """An unexpected error is logged to a file and shown as a sentence, not a traceback."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        where = log_unexpected(kind, error, tb)
        from PySide6.QtWidgets import QApplication, QMessageBox

        if QApplication.instance() is not None:
            text = "Something went wrong, but your saved work is safe."
            if where:
                text += f" Details were written to {where}."
            QMessageBox.critical(None, "LeadApp", text)
        else:
            print(f"leadapp: unexpected error: {error}", file=sys.stderr)

    sys.excepthook = hook


def _no_display() -> bool:
    """On Linux without X11 or Wayland Qt would abort with a page of plugin names; say it plainly."""
    return (
        sys.platform.startswith("linux")
        and not os.environ.get("QT_QPA_PLATFORM")
        and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    )


def _import_before_qt() -> None:
    """Load the Qt-free floors the first window needs before PySide6 itself.

    Once imported, PySide6 reads the source of every module imported after it (the import hook behind its
    opt-in `__feature__` switches): for the store, the domain and sqlite-utils that was about 50 ms of
    start-up on this machine, spent on nothing LeadApp uses. (sqlite-utils is no longer imported at start:
    see leadapp/store/store_database.py.) The hook itself is then made cheaper for the modules that still
    come after PySide6: see leadapp/ui/pyside_hook.py.
    """
    import leadapp.domain.reference
    import leadapp.store.caseload
    import leadapp.store.instance_lock
    import leadapp.store.store
    import leadapp.store.sync_folders
    import leadapp.store.to_finish  # noqa: F401
    from leadapp.ui.pyside_hook import read_sources_plainly

    read_sources_plainly()


def keep_caseload_current(watch: IntegrityWatch, store: Store) -> None:
    """The first start of a day shows Home from the caseload read whole, since moving the kept one on to the
    new day is a write (see leadapp/store/caseload.py): it moves on once the check lets writes through, so
    the next start, and Home's next look, read it a page at a time."""
    from leadapp.domain.ids import today
    from leadapp.store.caseload import standing_as_of

    watch.passed.connect(lambda: standing_as_of(store, today()))


def _smoke_shown(window: QWidget) -> None:
    """The first turn of the event loop after the window is shown: where start-up ends (benchmarks/startup.py
    times this line), then the smoke test closes the window."""
    print("leadapp: the window is shown", flush=True)
    window.close()


def run_gui(db_path: Path, demo: bool, smoke: bool) -> int:
    if smoke:
        _headless_if_no_display()
    elif _no_display():
        print(
            "leadapp: no display found. LeadApp is a desktop app: start it from a desktop session "
            "(leadapp --smoke checks that it starts without one).",
            file=sys.stderr,
        )
        return EXIT_USAGE
    _import_before_qt()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from leadapp.domain.reference import reference
    from leadapp.ui.app_icon import app_icon
    from leadapp.ui.backups.safe_start import (
        BackupSchedule,
        IntegrityWatch,
        back_up_at_quit,
        open_for_app,
        release_lock,
        release_locks,
        restore_and_reopen,
    )
    from leadapp.ui.jobs import wait_for_jobs
    from leadapp.ui.main_window import MainWindow
    from leadapp.ui.quiet_collector import QuietCollector
    from leadapp.ui.theme import apply_theme, new_application, theme_settings

    app = QApplication.instance() or new_application(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("LeadApp")
    app.setApplicationDisplayName("LeadApp")
    app.setWindowIcon(app_icon())
    app.setDesktopFileName("org.leadapp.LeadApp")
    if not smoke:
        _install_excepthook()

    def fail(error: StoreError) -> int:
        print(f"leadapp: {error}", file=sys.stderr)
        if not smoke:
            QMessageBox.critical(None, "LeadApp", str(error))
        return EXIT_STORE

    def fill_demo(store: Store) -> None:
        from leadapp.demo import write_demo

        write_demo(store)

    ref = reference()
    try:
        store = open_for_app(db_path, quiet=smoke, check_later=True)
        if demo and store.people.owner() is None:
            fill_demo(store)
    except StoreError as error:
        return fail(error)
    apply_theme(app, *theme_settings(store))

    if store.people.owner() is None and not smoke:
        start_collector.release()  # a person may spend a while here, and the demo writes thousands of rows
        from leadapp.ui.first_run import FirstRunChoice, FirstRunDialog, complete_first_run

        dialog = FirstRunDialog(ref)
        if dialog.exec() != FirstRunDialog.DialogCode.Accepted:
            store.close()
            return EXIT_OK
        if dialog.choice is FirstRunChoice.DEMO:
            store.close()
            release_lock(db_path)
            demo, db_path = True, demo_db_path()
            try:
                store = open_for_app(db_path)
                if store.people.owner() is None:
                    fill_demo(store)
            except StoreError as error:
                return fail(error)
        else:
            complete_first_run(store, dialog)

    while True:
        window = MainWindow(store, ref, demo=demo, sharing_key_everywhere=False)
        schedule = BackupSchedule(window, db_path, start_now=False)
        watch = IntegrityWatch(window, store, quiet=smoke)
        keep_caseload_current(watch, store)
        watch.passed.connect(lambda schedule=schedule: schedule.back_up_if_changed("start"))
        collector = QuietCollector(window)
        window.show()
        if smoke:
            QTimer.singleShot(0, window, lambda window=window: _smoke_shown(window))
        QTimer.singleShot(0, window, start_collector.release)  # held since main(): see start_collector
        QTimer.singleShot(0, window, store.prepare_writes)  # after the first paint: see Store.prepare_writes
        QTimer.singleShot(0, window, window.sharing.attach)  # after the first paint: see MainWindow
        code = app.exec()
        wait_for_jobs()
        collector.stop()
        damaged = store.integrity.error() if store.integrity.wait() else None
        try:
            store.close()
        except StoreError as error:  # the last fsync, at closing, failed: said at once, never silently
            code = fail(error)
        if window.restore_request is None:
            break
        try:
            store = restore_and_reopen(window.restore_request, db_path)
        except StoreError as error:
            release_locks()
            return fail(error)
    if damaged is not None:  # found after the window was shown: nothing was written, no backup was made
        release_locks()
        if watch.reported:
            print(f"leadapp: {damaged}", file=sys.stderr)
            return EXIT_STORE
        return fail(damaged)  # the window was closed before the check finished
    back_up_at_quit(db_path)
    release_locks()
    if smoke and not window.isVisible():
        print(f"leadapp: smoke test passed on {db_path}")
    return code


def main(argv: Sequence[str] | None = None) -> int:
    start_collector.hold()
    try:
        return _run_command(argv)
    finally:
        start_collector.release()


WINDOW_FLAGS = ("--demo", "--smoke")


def window_options(argv: Sequence[str]) -> argparse.Namespace | None:
    """The window's own options (`--db FILE`, `--demo`, `--smoke`), read without building the full parser;
    None when the line holds anything else (a command, --help, --version, a mistake), which the full
    parser then reads and answers as ever.

    Building the parser with every command's options took 6-16 ms of each start on this machine, most of
    it for commands a start never runs; the common case, no options or `--db FILE`, needs none of it.
    """
    db: Path | None = None
    flags = set()
    words = iter(argv)
    for word in words:
        if word in WINDOW_FLAGS:
            flags.add(word)
        elif word == "--db" or word.startswith("--db="):
            value = word.removeprefix("--db=") if word != "--db" else next(words, None)
            if not value or (word == "--db" and value.startswith("-")):
                return None
            db = Path(value)
        else:
            return None
    return argparse.Namespace(db=db, demo="--demo" in flags, smoke="--smoke" in flags, command=None)


def _run_command(argv: Sequence[str] | None) -> int:
    line = sys.argv[1:] if argv is None else list(argv)
    args = window_options(line) or build_parser().parse_args(line)
    if args.command is not None:
        start_collector.release()  # only the window's start is held; a command runs as Python would
    try:
        if args.command == "report":
            return run_report(args)
        if args.command in data_commands.COMMANDS:
            return data_commands.run(args, resolve_db(args))
        if args.command in ("export", "import"):
            from leadapp.exchange_commands import run_exchange

            return run_exchange(args)
        if args.command in ("backup", "restore"):
            return run_backup(args) if args.command == "backup" else run_restore(args)
        if args.command == "calendar":
            return run_calendar(args)
        return run_gui(resolve_db(args), demo=args.demo, smoke=args.smoke)
    except Exception as error:
        where = log_unexpected(type(error), error, error.__traceback__)
        print(
            f"leadapp: unexpected error: {error}" + (f" (details in {where})" if where else ""),
            file=sys.stderr,
        )
        return 1


if __name__ == "__main__":
    sys.exit(main())
