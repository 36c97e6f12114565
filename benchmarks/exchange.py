"""Export and import of one mentee's ten-year history from the large demo database, with paired keys.

The mentor's side is the large demo database (60 mentees, ten years); the mentee's side starts empty, paired
by keys. Timed: making the first file (everything about the busiest mentee), opening it into the empty
database, then a file after a few edits ("since the last exchange") and opening that. A passphrase file is
timed once to show what scrypt adds by design. Aim: each step under 2 s beyond the passphrase's scrypt time.

Run: .venv/bin/python benchmarks/exchange.py [--db PATH]
(writes the large database with seed 1 first when no --db is given, as
`python -m leadapp.demo --db L.sqlite3 --size large --seed 1` does).
"""

from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path

from harness import large_copy, options, timed

from leadapp.domain.enums import PersonKind
from leadapp.domain.exchange import counted
from leadapp.domain.people import Person
from leadapp.store.store import Store


def main() -> None:
    args = options(__doc__).parse_args()
    with tempfile.TemporaryDirectory() as folder:
        mentor = Store.open(large_copy(args.db, Path(folder)))
        mentee = Store.open(Path(folder) / "mentee.sqlite3")
        busiest = mentor.db.execute(
            "select mentee_id, count(*) from sessions group by mentee_id order by 2 desc limit 1"
        ).fetchone()[0]
        person = mentor.people.get(busiest)
        mentee.settings.set("owner_role", "mentee")
        mentee.people.add(Person(full_name=person.full_name, is_owner=True))
        owner = mentor.people.owner()
        assert owner is not None
        mentor_there = mentee.people.add(Person(full_name=owner.full_name, kind=PersonKind.MENTOR)).id
        mentor.exchange.set_key(busiest, mentee.exchange.my_key())
        mentee.exchange.set_key(mentor_there, mentor.exchange.my_key())

        print(f"{person.full_name}: {counted(mentor.exchange.preview(busiest, True))}")
        blob = timed("export, everything, paired key", lambda: mentor.exchange.export(busiest, True))
        print(f"  file size: {len(blob) / 1024:.0f} KiB")
        summary = timed(
            "import into an empty database", lambda: mentee.exchange.open_file(blob, None, mentor_there)
        )
        print(f"  {summary.sentence()}")

        for session in mentor.sessions._where("mentee_id = ?", [busiest], limit=5):
            mentor.sessions.update(replace(session, shared_notes=session.shared_notes + " Follow-up agreed."))
        small = timed("export, since the last exchange", lambda: mentor.exchange.export(busiest, False))
        summary = timed("import of that", lambda: mentee.exchange.open_file(small))
        print(f"  {summary.sentence()}")
        back = timed(
            "export back, since the last exchange", lambda: mentee.exchange.export(mentor_there, False)
        )
        timed("import back at the mentor", lambda: mentor.exchange.open_file(back, None, busiest))
        locked = timed(
            "export, everything, passphrase (scrypt included)",
            lambda: mentor.exchange.export(busiest, True, passphrase="benchmark words"),
        )
        timed(
            "read and check that file (scrypt included)",
            lambda: mentee.exchange.read(locked, "benchmark words"),
        )
        mentor.close()
        mentee.close()


if __name__ == "__main__":
    main()
