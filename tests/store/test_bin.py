"""The bin on a real SQLite file: removed records leave every list, search and count, come back on
restore, and emptying deletes the rows, their files and their search entries for good."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from leadapp.domain.activities import Activity
from leadapp.domain.bin import removal_summary
from leadapp.domain.enums import PersonKind, SessionStatus
from leadapp.domain.people import Person
from leadapp.domain.sessions import Action, Session
from leadapp.store.caseload import caseload_entries
from leadapp.store.sessions import ActionQuery, SessionQuery
from leadapp.store.store import Store
from leadapp.store.summaries import session_summary

TODAY = date(2026, 3, 12)


def _setup(store: Store) -> tuple[Person, Session, Action]:
    mentee = store.people.add(Person(full_name="Tom Reid", kind=PersonKind.MENTEE))
    session = store.sessions.add(
        Session(
            mentee_id=mentee.id,
            session_date=date(2026, 3, 1),
            status=SessionStatus.HELD,
            shared_notes="talked about the rota",
        )
    )
    action = store.actions.add(
        Action(
            mentee_id=mentee.id,
            session_id=session.id,
            text="Book the budgeting course",
            due_date=date(2026, 3, 5),
        )
    )
    return mentee, session, action


def _everywhere(store: Store, mentee: Person, session: Session) -> dict[str, int]:
    caseload = next(e for e in caseload_entries(store, TODAY) if e.mentee_id == mentee.id)
    return {
        "session actions": len(store.actions.for_session(session.id)),
        "actions list": store.actions.count_listing(ActionQuery()),
        "search": store.sessions.count_listing(SessionQuery(text="budgeting")),
        "caseload open": caseload.open_actions,
        "caseload overdue": caseload.overdue_actions,
        "report": len(session_summary(store, session.id).actions),
    }


def test_a_removed_action_leaves_every_list_and_count_and_comes_back_on_restore(store: Store) -> None:
    mentee, session, action = _setup(store)
    before = _everywhere(store, mentee, session)
    assert set(before.values()) == {1}

    entry = store.bin.remove("actions", action.id)

    assert entry is not None and entry.title == "Book the budgeting course" and entry.kind == "action"
    assert set(_everywhere(store, mentee, session).values()) == {0}
    assert [(e.table, e.id) for e in store.bin.entries()] == [("actions", action.id)]
    assert store.bin.restore("actions", action.id)
    assert _everywhere(store, mentee, session) == before
    assert store.bin.entries() == []


def test_a_removed_session_takes_its_actions_and_brings_them_back(store: Store) -> None:
    _mentee, session, action = _setup(store)
    store.bin.remove("sessions", session.id)

    assert store.sessions.count_listing(SessionQuery()) == 0
    assert store.actions.count_listing(ActionQuery()) == 0
    listed = store.bin.entries()
    assert [(e.table, e.title) for e in listed] == [("sessions", "Session with Tom Reid on 01/03/2026")]

    store.bin.restore("sessions", session.id)
    assert store.sessions.count_listing(SessionQuery()) == 1
    assert [a.id for a in store.actions.for_session(session.id)] == [action.id]


def test_an_action_removed_before_its_session_stays_in_the_bin_when_the_session_returns(store: Store) -> None:
    _mentee, session, action = _setup(store)
    store.bin.remove("actions", action.id)
    store.bin.remove("sessions", session.id)
    store.bin.restore("sessions", session.id)
    assert store.actions.for_session(session.id) == []
    assert [e.id for e in store.bin.entries()] == [action.id]


def test_emptying_deletes_rows_files_and_search_entries(store: Store, tmp_path: Path) -> None:
    mentee, session, action = _setup(store)
    activity = store.activities.add(
        Activity(person_id=mentee.id, title="Shadowed the service lead", session_id=session.id)
    )
    report = tmp_path / "certificate.pdf"
    report.write_bytes(b"%PDF-1.4 certificate" * 100)
    evidence = store.evidence.attach_file(activity.id, report)
    store.bin.remove("actions", action.id)
    store.bin.remove("evidence", evidence.id)
    store.bin.remove("sessions", session.id)

    entries = store.bin.entries()
    summary = removal_summary(entries)
    assert "Book the budgeting course" in summary and "certificate.pdf" in summary and "Tom Reid" in summary
    assert store.bin.empty() == 3

    db = store.db
    assert db.execute("select count(*) from actions").fetchone()[0] == 0
    assert db.execute("select count(*) from sessions").fetchone()[0] == 0
    assert db.execute("select count(*) from evidence").fetchone()[0] == 0
    assert (
        db.execute("select count(*) from actions_fts where actions_fts match 'budgeting'").fetchone()[0] == 0
    )
    assert db.execute("select count(*) from sessions_fts where sessions_fts match 'rota'").fetchone()[0] == 0
    kept = store.activities.get(activity.id)
    assert kept.session_id is None
    assert store.bin.entries() == []


def test_removal_listeners_hear_each_removal_once(store: Store) -> None:
    _mentee, _session, action = _setup(store)
    heard: list[str] = []
    store.bin.on_removal(lambda entry: heard.append(entry.title))
    store.bin.remove("actions", action.id)
    store.bin.remove("actions", action.id)
    assert heard == ["Book the budgeting course"]


def test_summary_counts_kinds_when_many(store: Store) -> None:
    mentee, session, _action = _setup(store)
    for number in range(6):
        extra = store.actions.add(Action(mentee_id=mentee.id, session_id=session.id, text=f"Step {number}"))
        store.bin.remove("actions", extra.id)
    assert removal_summary(store.bin.entries()) == "6 actions"
