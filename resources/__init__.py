"""Reference data, fonts and icons, shipped inside the leadapp package as leadapp.resources."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable


def folder(name: str) -> Traversable:
    """One of this package's folders (`reference`, `fonts`, `icons`).

    A plain path where the package is on disk, as it is installed from a wheel, in a checkout and in the
    PyInstaller bundle (whose data files sit beside this module's compiled file): importing
    importlib.resources and building its view of the package cost the window's start 2-4 ms here. Where the
    package is not on disk (a zip), importlib.resources reads it.
    """
    here = Path(__file__).parent if __file__ else None
    if here is not None and (here / name).is_dir():
        return here / name
    from importlib import resources

    return resources.files(__name__) / name
