"""`leadapp backup` and `leadapp restore`: one line of output, and the exit codes of the other commands."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from leadapp.store.errors import StoreError
from leadapp.store.locations import default_db_path

EXIT_OK = 0
EXIT_STORE = 3


def add_backup_commands(commands: Any) -> None:
    backup = commands.add_parser("backup", help="back up the database now (checked after writing)")
    backup.add_argument("--db", dest="command_db", type=Path, help="database file (default: as for the app)")
    backup.add_argument("--out", type=Path, help="file to write (default: the backups folder beside it)")
    restore = commands.add_parser("restore", help="put a backup in place of the database")
    restore.add_argument("backup", type=Path, help="the backup file to restore")
    restore.add_argument("--db", dest="command_db", type=Path, help="database file (default: as for the app)")


def _database(args: argparse.Namespace) -> Path:
    return Path(args.command_db or args.db or default_db_path()).expanduser()


def run_backup(args: argparse.Namespace) -> int:
    from leadapp.store.backups import backup_to, make_backup

    database = _database(args)
    try:
        made = backup_to(database, args.out) if args.out else make_backup(database, "manual")
    except StoreError as error:
        print(f"leadapp: {error}", file=sys.stderr)
        return EXIT_STORE
    print(f"Backed up {database} to {made} (checked).")
    return EXIT_OK


def run_restore(args: argparse.Namespace) -> int:
    """Refused while LeadApp has the database open; the file it replaces is kept (backed up or set aside)."""
    from leadapp.store.backups import restore_backup
    from leadapp.store.instance_lock import InstanceLock

    database = _database(args)
    try:
        lock = InstanceLock(database).acquire()
        try:
            kept = restore_backup(args.backup, database)
        finally:
            lock.release()
    except StoreError as error:
        print(f"leadapp: {error}", file=sys.stderr)
        return EXIT_STORE
    where = f"; the file it replaced was kept as {kept}" if kept else ""
    print(f"Restored {args.backup} to {database}{where}.")
    return EXIT_OK
