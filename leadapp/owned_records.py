"""The command line's CPD profile as Markdown and programme return (JSON and CSV).

Kept beside documents.py: these write files other than a single PDF, so they have their own small path.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from leadapp.domain.ids import today
from leadapp.domain.reference import Reference
from leadapp.store.errors import StoreError
from leadapp.store.locations import default_db_path
from leadapp.store.owned_exports import save_export
from leadapp.store.store import Store

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_STORE = 3


def cpd_markdown_bytes(store: Store, ref: Reference, person_id: str) -> bytes:
    from leadapp.reports.cpd_report import cpd_markdown
    from leadapp.store.cpd import cpd_summary

    return cpd_markdown(cpd_summary(store, person_id, today()), ref).encode("utf-8")


def save_cpd_markdown(store: Store, ref: Reference, person_id: str, path: Path) -> None:
    """Atomic: an existing file is replaced whole or left as it was."""
    save_export(path, cpd_markdown_bytes(store, ref, person_id))


def make_programme_return(store: Store, ref: Reference, path: Path) -> Path:
    """Writes PATH (JSON) and the CSV beside it; returns the CSV path."""
    from leadapp.domain.programme import make_return
    from leadapp.store.programme import mentee_facts, write_return

    now = today()
    return write_return(make_return(mentee_facts(store, ref, now), f"{now:%Y-%m}"), path)


def _is_database(out: Path, database: Path) -> bool:
    """The database and its side files are never written over by an export."""
    targets = [database, *(Path(f"{database}{suffix}") for suffix in ("-wal", "-shm", "-journal"))]
    return any(out.resolve() == target.resolve() for target in targets)


def run_owned_record(args: argparse.Namespace) -> int:
    """The CPD profile as Markdown and the programme return; the CPD PDF goes the way of every PDF."""
    from leadapp.domain.reference import reference

    if args.kind == "cpd-profile" and not args.id:
        print("leadapp: the cpd-profile report needs a person id.", file=sys.stderr)
        return EXIT_USAGE
    db_path = args.report_db or args.db or default_db_path()
    if not Path(db_path).exists():
        print(f"leadapp: there is no database at {db_path}.", file=sys.stderr)
        return EXIT_STORE
    out = Path(args.out)
    if _is_database(out, Path(db_path)):
        print(
            f"leadapp: {out} is your LeadApp database; choose another file name. Nothing was written.",
            file=sys.stderr,
        )
        return EXIT_USAGE
    try:
        store = Store.open(db_path)
        try:
            if args.kind == "programme-return":
                csv_path = make_programme_return(store, reference(), out)
                print(f"Wrote the programme return to {out} and {csv_path}")
            else:
                save_cpd_markdown(store, reference(), args.id, out)
                print(f"Wrote the CPD profile to {out}")
        finally:
            store.close()
    except StoreError as error:
        print(f"leadapp: {error}", file=sys.stderr)
        return EXIT_STORE
    return EXIT_OK
