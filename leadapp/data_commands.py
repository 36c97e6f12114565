"""The command-line side of export, import and erasure: `export-all`, `import-all`, `erase`.

Each problem a person can cause ends in one line on stderr and a non-zero exit, with nothing changed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from leadapp.store.errors import StoreError

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_STORE = 3
COMMANDS = ("export-all", "import-all", "erase")


def add_commands(commands: Any) -> None:
    export = commands.add_parser("export-all", help="export records as JSON, CSV and Markdown")
    export.add_argument("--db", dest="data_db", type=Path, help="database file (default: as for the app)")
    export.add_argument("--out", type=Path, required=True, help="folder to write the export into")
    export.add_argument("--person", action="append", help="only this person's records (repeatable)")
    export.add_argument("--format", action="append", choices=["json", "csv", "markdown"], help="default: all")
    export.add_argument("--include-private", action="store_true", help="include your own private notes")
    imp = commands.add_parser("import-all", help="read a JSON export into an empty database")
    imp.add_argument("file", type=Path, help="the leadapp-export.json file")
    imp.add_argument("--db", dest="data_db", type=Path, help="database file (default: as for the app)")
    erase = commands.add_parser("erase", help="erase one person's data for good")
    erase.add_argument("person_id", help="the person's id")
    erase.add_argument("--confirm", required=True, help="the person's full name, as confirmation")
    erase.add_argument("--db", dest="data_db", type=Path, help="database file (default: as for the app)")
    erase.add_argument("--delete-backups", action="store_true", help="also delete backups holding the data")


def run(args: argparse.Namespace, default_db: Path) -> int:
    db_path = Path(args.data_db or default_db)
    try:
        if args.command == "export-all":
            return _export(args, db_path)
        if args.command == "import-all":
            return _import(args, db_path)
        return _erase(args, db_path)
    except StoreError as error:
        print(f"leadapp: {error}", file=sys.stderr)
        return EXIT_STORE


def _export(args: argparse.Namespace, db_path: Path) -> int:
    from leadapp.domain.reference import reference
    from leadapp.store.export import gather
    from leadapp.store.export_files import FORMATS, write_export
    from leadapp.store.store import Store

    if not args.out.is_dir():
        print(f"leadapp: {args.out} is not a folder; nothing was written.", file=sys.stderr)
        return EXIT_USAGE
    store = Store.open_existing(db_path)
    try:
        for person_id in args.person or []:
            if store.people.find(person_id) is None:
                print(
                    f"leadapp: there is no person with the id {person_id}; nothing was written.",
                    file=sys.stderr,
                )
                return EXIT_USAGE
        export = gather(store, args.person, args.include_private)
    finally:
        store.close()
    names = {c.code: c.name for c in reference().categories}
    result = write_export(export, args.out, tuple(args.format or FORMATS), names)
    print(f"Exported {result.records} records in {result.files} files to {result.folder}")
    return EXIT_OK


def _import(args: argparse.Namespace, db_path: Path) -> int:
    from leadapp.store.import_all import import_all
    from leadapp.store.store import Store

    store = Store.open(db_path)
    try:
        count = import_all(store, args.file)
    finally:
        store.close()
    print(f"Imported {count} records into {db_path}")
    return EXIT_OK


def _erase(args: argparse.Namespace, db_path: Path) -> int:
    from datetime import date

    from leadapp.domain.erasure import backups_note
    from leadapp.store.erasure import delete_backups, erase_person
    from leadapp.store.store import Store

    if not db_path.exists():
        print(f"leadapp: there is no database at {db_path}.", file=sys.stderr)
        return EXIT_STORE
    store = Store.open(db_path)
    try:
        result = erase_person(store, args.person_id, args.confirm)
    finally:
        store.close()
    print(f"Erased {result.name} and {sum(result.counts.values()) - 1} of their records from {db_path}.")
    if args.delete_backups:
        failed = delete_backups(result.backups_holding)
        print(f"Deleted {len(result.backups_holding) - len(failed)} backups holding their data.")
        for path in failed:
            print(f"leadapp: could not delete {path}.", file=sys.stderr)
        return EXIT_STORE if failed else EXIT_OK
    if result.backups_holding:
        print(backups_note(result.gone_by, date.today()) + " Run again with --delete-backups to do so.")
    return EXIT_OK
