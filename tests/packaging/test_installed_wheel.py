"""The wheel, installed NOT editable into a throw-away environment, holds every module and resource and runs.

An editable install reads the checkout and hides a module or resource the package leaves out; this test
builds the wheel, installs it the way pip installs it for a person, and starts it from outside the checkout.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest
from installing import ROOT, home_env, pdf_text, run, source_modules, source_resources


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Built from a clean copy: setuptools' build/lib in the checkout may hold modules from older builds."""
    source = tmp_path_factory.mktemp("source") / "leadapp"
    shutil.copytree(
        ROOT,
        source,
        ignore=shutil.ignore_patterns(
            ".git", ".venv", "build", "dist", "docs", "*.egg-info", "__pycache__", ".*_cache"
        ),
    )
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(out), str(source)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (built,) = out.glob("leadapp-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new venv with the wheel installed; the dependencies come from this venv's site-packages.

    A .pth line adds the dependencies' folder to the path; .pth files inside it (the editable install's
    hook into the checkout) are not read, so LeadApp can only come from the wheel.
    """
    env_dir = tmp_path_factory.mktemp("venv") / "venv"
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"
    site = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    Path(site, "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", "utf-8")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-deps", str(wheel)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return env_dir


def test_the_wheel_holds_every_module_and_resource(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert source_modules() - names == set(), "modules left out of the wheel"
    assert source_resources() - names == set(), "resources left out of the wheel"
    assert "leadapp/resources/icons/leadapp.svg" in names


def test_the_installed_copy_is_the_one_that_runs(installed: Path, tmp_path: Path) -> None:
    result = run(
        [installed / "bin" / "python", "-c", "import leadapp; print(leadapp.__file__)"],
        home_env(tmp_path),
        tmp_path,
    )
    assert Path(result.stdout.strip()).is_relative_to(installed)


def test_installed_leadapp_starts_and_writes_a_report(installed: Path, tmp_path: Path) -> None:
    env = home_env(tmp_path / "home")
    smoke = run([installed / "bin" / "leadapp", "--smoke", "--db", tmp_path / "mine.sqlite3"], env, tmp_path)
    assert "smoke test passed" in smoke.stdout

    demo = tmp_path / "demo.sqlite3"
    run([installed / "bin" / "python", "-m", "leadapp.demo", "--db", demo], env, tmp_path)
    out = tmp_path / "caseload.pdf"
    run([installed / "bin" / "leadapp", "report", "caseload", "--db", demo, "--out", out], env, tmp_path)
    text = pdf_text(out)
    assert "Caseload" in text
    assert "Tom Reilly" in text
