"""Seeded mutations of a real update file, for the fuzz test and the fuzz benchmark.

Each case takes a good payload, damages it one way (a value replaced by junk, a key dropped or added, a
record duplicated, bytes cut or flipped before or after locking) and opens it. A refused file must leave the
database bytes exactly as they were; a file that still reads as valid may change it, and the database is then
put back before the next case. Anything but a refusal or a clean import is a failure.
"""

from __future__ import annotations

import copy
import json
import random
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyrage
from exchange_pair import make_pair, payload

from leadapp.store.backups import backup_folder
from leadapp.store.exchange import ExchangeError
from leadapp.store.store import Store

JUNK: list[Any] = [
    None,
    0,
    -1,
    10**15,
    True,
    1.5,
    "",
    "x" * 300_000,
    "2026-02-30",
    "not a date",
    "ñ\u0000\ud7ff",
    [],
    {},
    ["a", 1],
    {"id": 1},
    "age1notakey",
    "AAAA!!!!",
]


def _paths(node: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield path
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _paths(value, (*path, index))


def _parent(root: Any, path: tuple[Any, ...]) -> Any:
    for step in path[:-1]:
        root = root[step]
    return root


def mutate(
    good: dict[str, Any], rng: random.Random, ids: list[str]
) -> tuple[dict[str, Any] | None, bytes | None]:
    """A damaged payload (as JSON data) or damaged plaintext bytes."""
    data = copy.deepcopy(good)
    paths = [p for p in _paths(data) if p]
    kind = rng.randrange(8)
    if kind == 7:
        raw = bytearray(json.dumps(good).encode())
        for _ in range(rng.randint(1, 4)):
            at = rng.randrange(len(raw))
            choice = rng.randrange(3)
            if choice == 0:
                raw[at] = rng.randrange(256)
            elif choice == 1:
                del raw[at : at + rng.randint(1, 50)]
            else:
                raw[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
        return None, bytes(raw)
    path = rng.choice(paths)
    parent = _parent(data, path)
    key = path[-1]
    if kind <= 2:
        parent[key] = rng.choice([*JUNK, rng.choice(ids)])
    elif kind == 3 and isinstance(parent, dict):
        del parent[key]
    elif kind == 4 and isinstance(parent, dict):
        parent[rng.choice(["extra", "mentor_private", "sessions", "id", "people"])] = rng.choice(JUNK)
    elif kind == 5:
        records = [r for rows in data["records"].values() for r in rows]
        if records:
            target = rng.choice(list(data["records"]))
            data["records"][target].append(copy.deepcopy(rng.choice(records)))
    else:
        if isinstance(parent, list) and parent:
            parent.pop(rng.randrange(len(parent)))
        else:
            parent[key] = rng.choice(ids)
    return data, None


def database_bytes(path: Path) -> bytes:
    """The database file and its write-ahead log: together, everything SQLite holds on disk."""
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


@dataclass
class FuzzResult:
    cases: int = 0
    refused: int = 0
    imported: int = 0
    failures: list[str] | None = None


def fuzz(folder: Path, cases: int, seed: int) -> FuzzResult:
    pair = make_pair(folder)
    good = payload(pair.mentee, pair.to_mentee(everything=True))
    ids = [r["id"] for rows in good["records"].values() for r in rows] + [pair.mentee_here, pair.other_mentee]
    key = pyrage.x25519.Recipient.from_str(pair.mentee.exchange.my_key())
    pair.mentor.close()
    mentee_path = pair.mentee.path
    pair.mentee.close()
    pristine = folder / "mentee-pristine.sqlite3"
    shutil.copyfile(mentee_path, pristine)
    store = Store.open(mentee_path)
    link = next(p.id for p in store.exchange.people())
    rng = random.Random(seed)
    result = FuzzResult(failures=[])
    for case in range(cases):
        data, raw = mutate(good, rng, ids)
        plain = raw if raw is not None else json.dumps(data).encode()
        blob = pyrage.encrypt(plain, [key])
        if rng.random() < 0.05:
            blob = blob[: rng.randrange(len(blob))]
        before = database_bytes(mentee_path)
        try:
            store.exchange.open_file(blob, None, link)
        except ExchangeError:
            result.refused += 1
            for leftover in backup_folder(mentee_path).glob("*"):
                leftover.unlink()
            if database_bytes(mentee_path) != before:
                result.failures.append(f"case {case}: a refused file changed the database")
        except Exception as error:
            result.failures.append(f"case {case}: {type(error).__name__}: {error}")
        else:
            result.imported += 1
            store.close()
            shutil.copyfile(pristine, mentee_path)
            for leftover in backup_folder(mentee_path).glob("*"):
                leftover.unlink()
            store = Store.open(mentee_path)
        result.cases += 1
    store.close()
    return result
