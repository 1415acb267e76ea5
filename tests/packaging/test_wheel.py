"""The second route in: the wheel (``pipx install vigie-audit`` installs exactly this).

The wheel is built from this checkout, installed into a new virtual environment outside it,
and run from an empty folder with only that environment on ``PATH``: the command line writes
and exports the demo, and the window opens the demo offscreen. The wheel must carry every
file the app reads: question bank, platforms, translations, demo, icons, the user guide and
its images.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from helpers.standalone import ROOT, clean_env, guide_images, run

from wizard import __version__

pytestmark = [pytest.mark.wheel, pytest.mark.slow]

NOT_SOURCE = (".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".*_cache")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    source = out / "source"  # a copy: setuptools builds in place, and stale build/ files leak
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(*NOT_SOURCE))
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(out), str(source)],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    (path,) = out.glob("vigie_audit-*.whl")
    return path


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new virtual environment, outside the checkout, with the wheel installed."""
    where = tmp_path_factory.mktemp("clean") / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(where)], check=True, timeout=300)
    done = subprocess.run(
        [str(where / "bin" / "python"), "-m", "pip", "install", "-q", str(wheel)],
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return where


def test_the_wheel_carries_the_apps_data(wheel: Path) -> None:
    assert wheel.name.startswith(f"vigie_audit-{__version__}-")  # the one version source
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in (
        "resources/frameworks/cefrio-2012.toml",
        "resources/platforms.toml",
        "resources/demo/demo-audit.json",
        "resources/i18n/vigie_fr.qm",
        "resources/i18n/pages_fr.qm",
        "resources/icons/vigie.svg",
        "resources/icons/vigie-256.png",
        "resources/guide/user-guide.md",
    ):
        assert needed in names, needed
    guide = ROOT / "docs" / "user-guide.md"
    missing = [i for i in guide_images(guide) if f"resources/guide/{i}" not in names]
    assert missing == []
    assert not [n for n in names if n.startswith(("tests/", "tools/", "docs/"))]


def test_installed_wheel_runs_the_command_line_outside_the_checkout(
    venv: Path, tmp_path: Path
) -> None:
    env = clean_env(tmp_path / "home", path=[venv / "bin"])
    work = tmp_path / "work"
    work.mkdir()
    done = run(["vigie", "--version"], env, work)
    assert done.stdout.strip() == f"vigie {__version__}", done.stderr
    done = run(["vigie", "demo", "demo.vigie"], env, work)
    assert done.returncode == 0, done.stderr
    done = run(["vigie", "export", "demo.vigie", "-o", "demo.xlsx", "--lang", "en"], env, work)
    assert done.returncode == 0, done.stderr
    with zipfile.ZipFile(work / "demo.xlsx") as book:
        assert "xl/workbook.xml" in book.namelist()
    probe = (
        "import wizard, ui, resources; from wizard.guide import guide_path; "
        "print(wizard.__file__); print(ui.__file__); print(guide_path())"
    )
    done = run(["python", "-c", probe], env, work)
    assert done.returncode == 0, done.stderr
    for line in done.stdout.splitlines():
        assert Path(line).is_relative_to(venv), line
    assert Path(done.stdout.splitlines()[-1]).is_file()


def test_installed_wheel_opens_the_demo_window_offscreen(venv: Path, tmp_path: Path) -> None:
    env = clean_env(
        tmp_path / "home",
        path=[venv / "bin"],
        QT_QPA_PLATFORM="offscreen",
        VIGIE_QUIT_AFTER_MS="3000",
    )
    work = tmp_path / "work"
    work.mkdir()
    done = run(["vigie", "--demo"], env, work, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert not (tmp_path / "home" / "logs").exists() or not any(
        (tmp_path / "home" / "logs").iterdir()
    )
