"""The CPD profile and programme return files are written whole or not at all, and refusals are sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from leadapp.store.errors import StoreError
from leadapp.store.owned_exports import save_export


def test_a_missing_folder_is_a_store_error_and_writes_nothing(tmp_path: Path) -> None:
    target = tmp_path / "gone" / "profile.md"
    with pytest.raises(StoreError, match=r"profile\.md"):
        save_export(target, b"text")
    assert not target.parent.exists()


def test_an_existing_file_is_replaced_whole(tmp_path: Path) -> None:
    target = tmp_path / "return.json"
    target.write_bytes(b"old")
    save_export(target, b"new")
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["return.json"]
