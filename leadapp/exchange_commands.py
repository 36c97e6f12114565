"""`leadapp export` and `leadapp import`: update files from the command line, one line out, an exit code.

Like the report command, every problem a person can cause is one plain line on stderr and a non-zero exit;
a refused file leaves the database exactly as it was.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_STORE = 3
EXIT_REFUSED = 4


def add_exchange_commands(commands: Any) -> None:
    export = commands.add_parser("export", help="make an update file for your mentor or mentee")
    export.add_argument("--for", dest="person_id", required=True, help="id of the person the file is for")
    export.add_argument("--out", type=Path, required=True, help="update file to write (.leadapp)")
    export.add_argument("--passphrase-file", type=Path, help="lock with the passphrase in this file")
    export.add_argument("--everything", action="store_true", help="include everything, not only what changed")
    export.add_argument("--db", dest="exchange_db", type=Path, help="database file (default: as for the app)")
    opened = commands.add_parser("import", help="open an update file from your mentor or mentee")
    opened.add_argument("file", type=Path, help="update file to open")
    opened.add_argument("--passphrase-file", type=Path, help="the file's passphrase, in a file")
    opened.add_argument(
        "--from", dest="link_to", help="first file from someone: the id of their record here, to link them"
    )
    opened.add_argument("--db", dest="exchange_db", type=Path, help="database file (default: as for the app)")


def _passphrase(path: Path | None) -> str | None:
    if path is None:
        return None
    text = path.read_text(encoding="utf-8")
    return text[:-1] if text.endswith("\n") else text


def _fail(message: str, code: int) -> int:
    print(f"leadapp: {message}", file=sys.stderr)
    return code


def run_exchange(args: argparse.Namespace) -> int:
    from leadapp.store.errors import StoreError
    from leadapp.store.exchange import ExchangeError, write_atomically
    from leadapp.store.locations import default_db_path
    from leadapp.store.store import Store

    db_path = args.exchange_db or args.db or default_db_path()
    if not Path(db_path).exists():
        return _fail(f"there is no database at {db_path}.", EXIT_STORE)
    try:
        passphrase = _passphrase(args.passphrase_file)
    except (OSError, UnicodeDecodeError) as error:
        return _fail(f"could not read the passphrase file {args.passphrase_file}: {error}.", EXIT_USAGE)
    try:
        store = Store.open(db_path)
    except StoreError as error:
        return _fail(str(error), EXIT_STORE)
    try:
        if args.command == "export":
            try:
                blob = store.exchange.export(args.person_id, args.everything, passphrase, Path(args.out).name)
            except ExchangeError as error:
                return _fail(str(error), EXIT_REFUSED)
            try:
                write_atomically(Path(args.out), blob, store.path)
            except ExchangeError as error:
                return _fail(str(error), EXIT_REFUSED)
            name = store.exchange.partner(args.person_id).person.full_name
            print(f"Wrote an update file for {name} to {args.out}")
            return EXIT_OK
        try:
            blob = Path(args.file).read_bytes()
        except OSError as error:
            return _fail(f"could not read {args.file}: {error.strerror}.", EXIT_USAGE)
        try:
            summary = store.exchange.open_file(blob, passphrase, args.link_to)
        except ExchangeError as error:
            return _fail(str(error), EXIT_REFUSED)
        print(summary.sentence())
        return EXIT_OK
    except StoreError as error:
        return _fail(str(error), EXIT_STORE)
    finally:
        store.close()
