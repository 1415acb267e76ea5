"""The standalone app as built by ``tools/build_app.py``, run from its unpacked archive in an
empty folder with an empty ``PATH`` and a home of its own: no Python, no virtual environment
and no source checkout are within its reach.

Covers the command line (version, demo, check, export recomputed by LibreOffice), the window
on a virtual X display opening the demo (screenshot saved and checked), the data it must carry
(user guide with its images, translations, icons) and the install script for a user without
root.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.libreoffice import assert_libreoffice_recomputes_scores, find_soffice
from helpers.programs import need_program
from helpers.standalone import (
    Window,
    clean_env,
    grab_screen,
    guide_images,
    run,
    virtual_display,
    wait_until,
    windows,
)

from wizard import __version__
from wizard.demo import demo_session
from wizard.sessions.store import load_session

pytestmark = [pytest.mark.frozen, pytest.mark.slow]


@pytest.fixture
def home(tmp_path: Path) -> Path:
    path = tmp_path / "home"
    path.mkdir()
    return path


@pytest.fixture
def work(tmp_path: Path) -> Path:
    """An empty working folder: relative paths the app uses land here."""
    path = tmp_path / "work"
    path.mkdir()
    return path


def test_the_archive_holds_one_folder_with_the_vigie_executable(unpacked: Path) -> None:
    assert sorted(p.name for p in unpacked.parent.iterdir()) == ["vigie"]
    assert os.access(unpacked / "vigie", os.X_OK)
    assert (unpacked / "install.sh").is_file()


def test_frozen_vigie_says_its_version(unpacked: Path, home: Path, work: Path) -> None:
    done = run([unpacked / "vigie", "--version"], clean_env(home), work)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"vigie {__version__}"


def test_frozen_demo_is_written_and_checked(unpacked: Path, home: Path, work: Path) -> None:
    env = clean_env(home)
    done = run([unpacked / "vigie", "demo", "demo.vigie"], env, work)
    assert done.returncode == 0, done.stderr
    done = run([unpacked / "vigie", "check", "demo.vigie"], env, work)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("demo.vigie: valid")
    audit = demo_session().audit
    assert f"{len(audit.accounts)} accounts" in done.stdout
    saved = load_session(work / "demo.vigie").session.audit
    assert saved.app_version == __version__  # the frozen app knows its package version


def test_frozen_check_refuses_a_foreign_file_in_one_line(
    unpacked: Path, home: Path, work: Path
) -> None:
    (work / "notes.vigie").write_text("not a session", encoding="utf-8")
    done = run([unpacked / "vigie", "check", "notes.vigie"], clean_env(home), work)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1


def test_frozen_export_with_a_password_is_encrypted(unpacked: Path, home: Path, work: Path) -> None:
    """msoffcrypto-tool and its cryptography backend are inside the frozen app."""
    import io

    import msoffcrypto
    from openpyxl import load_workbook

    env = clean_env(home)
    assert run([unpacked / "vigie", "demo", "demo.vigie"], env, work).returncode == 0
    (work / "secret.txt").write_text("Motdepasse-Été\n", encoding="utf-8")
    command = [unpacked / "vigie", "export", "demo.vigie", "-o", "demo.xlsx"]
    done = run([*command, "--password-file", "secret.txt"], env, work)
    assert done.returncode == 0, done.stderr
    office = msoffcrypto.OfficeFile(io.BytesIO((work / "demo.xlsx").read_bytes()))
    office.load_key(password="Motdepasse-Été")
    plain = io.BytesIO()
    office.decrypt(plain)
    assert load_workbook(plain).sheetnames


@pytest.mark.libreoffice
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_frozen_export_is_recomputed_by_libreoffice(
    unpacked: Path, home: Path, work: Path, tmp_path: Path, lang: str
) -> None:
    soffice = find_soffice()
    env = clean_env(home)
    assert run([unpacked / "vigie", "demo", "demo.vigie"], env, work).returncode == 0
    done = run(
        [unpacked / "vigie", "export", "demo.vigie", "-o", "demo.xlsx", "--lang", lang], env, work
    )
    assert done.returncode == 0, done.stderr
    audit = demo_session().audit
    assert_libreoffice_recomputes_scores(audit, work / "demo.xlsx", tmp_path, soffice, lang)


@contextlib.contextmanager
def _demo_window(unpacked: Path, home: Path, work: Path, log: Path) -> Iterator[str]:
    """The frozen app showing the demo on a fresh virtual display; yields the display."""
    organisation = demo_session().audit.engagement.organisation.name
    with virtual_display() as display, log.open("w") as output:
        env = clean_env(home, DISPLAY=display)
        app = subprocess.Popen(
            [str(unpacked / "vigie"), "--demo"], env=env, cwd=work, stdout=output, stderr=output
        )
        try:
            wait_until(
                lambda: (
                    app.poll() is not None or any(organisation in w.title for w in windows(display))
                ),
                120,
                "the demo's window did not appear",
            )
            assert app.poll() is None, log.read_text()
            yield display
            assert app.poll() is None, "the app stopped while it was being looked at"
        finally:
            app.terminate()
            app.wait(timeout=30)


def _vigie_windows(display: str) -> list[Window]:
    """Vigie's own top-level windows (window class ``vigie``)."""
    return [w for w in windows(display) if w.wm_class == "vigie"]


def test_frozen_window_opens_the_demo_on_a_virtual_display(
    unpacked: Path, home: Path, work: Path, tmp_path: Path
) -> None:
    organisation = demo_session().audit.engagement.organisation.name
    shot = tmp_path / "frozen-window.png"
    with _demo_window(unpacked, home, work, tmp_path / "app.log") as display:
        wait_until(lambda: _painted(display, shot), 60, "the window was never painted")
        shown = _vigie_windows(display)
    keep = os.environ.get("VIGIE_SCREENSHOT_DIR")
    if keep:
        shutil.copy2(shot, Path(keep) / shot.name)
    assert len(shown) == 1
    assert organisation in shown[0].title
    assert shown[0].title.endswith("Vigie")


def test_frozen_help_opens_the_user_guide(
    unpacked: Path, home: Path, work: Path, tmp_path: Path
) -> None:
    """F1 (Help → User guide) opens a second Vigie window: the guide shipped in the folder.
    Without it the app would only say where the guide is in the sources (a message box)."""
    xdotool = need_program("xdotool", "xdotool")
    shot = tmp_path / "frozen-help.png"
    with _demo_window(unpacked, home, work, tmp_path / "app.log") as display:
        env = {**os.environ, "DISPLAY": display}
        organisation = demo_session().audit.engagement.organisation.name
        found = subprocess.run(
            [xdotool, "search", "--onlyvisible", "--classname", "vigie"],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        (window,) = found.stdout.split()  # the main window, the only one shown
        subprocess.run([xdotool, "windowfocus", "--sync", window, "key", "F1"], env=env, check=True)
        wait_until(lambda: len(_vigie_windows(display)) == 2, 60, "no guide window opened")
        wait_until(lambda: _painted(display, shot), 60, "the guide was never painted")
        guide = [w for w in _vigie_windows(display) if organisation not in w.title]
    keep = os.environ.get("VIGIE_SCREENSHOT_DIR")
    if keep:
        shutil.copy2(shot, Path(keep) / shot.name)
    assert len(guide) == 1
    assert guide[0].width >= 600  # the guide itself, not a message box saying where it is
    assert guide[0].height >= 400


def _painted(display: str, shot: Path) -> bool:
    """Grab the screen; True once the window covers most of it with many colours (text,
    icons, the step list), not a blank or half-drawn frame."""
    from PySide6.QtGui import QImage

    grab_screen(display, shot)
    image = QImage(str(shot))
    colours, dark = set(), 0
    samples = 0
    for y in range(0, image.height(), 7):
        for x in range(0, image.width(), 7):
            rgb = image.pixel(x, y) & 0xFFFFFF
            colours.add(rgb)
            dark += rgb == 0
            samples += 1
    return len(colours) > 40 and dark < samples * 0.3


def test_frozen_folder_carries_the_guide_translations_and_icons(unpacked: Path) -> None:
    data = unpacked / "_internal"
    guide = data / "docs" / "user-guide.md"  # where Help (ui/help.py) looks for it
    assert guide.is_file()
    images = guide_images(guide)
    assert images
    assert [i for i in images if not (guide.parent / i).is_file()] == []
    assert (data / "resources" / "i18n" / "vigie_fr.qm").is_file()
    assert (data / "resources" / "i18n" / "pages_fr.qm").is_file()
    assert list(data.glob("PySide6/Qt/translations/qtbase_fr.qm"))
    assert (data / "resources" / "icons" / "vigie-256.png").is_file()


def test_install_script_installs_for_a_user_without_root(
    unpacked: Path, tmp_path: Path, home: Path, work: Path
) -> None:
    download = tmp_path / "Téléchargements" / "vigie"
    shutil.copytree(unpacked, download, symlinks=True)
    tools = [Path("/usr/bin"), Path("/bin")]
    done = run([download / "install.sh"], clean_env(home, path=tools), work)
    assert done.returncode == 0, done.stderr
    shutil.rmtree(download)  # the installed copy must not need the download any more
    launcher = home / ".local" / "bin" / "vigie"
    done = run([launcher, "--version"], clean_env(home), work)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"vigie {__version__}"
    desktop = (home / ".local" / "share" / "applications" / "vigie.desktop").read_text()
    assert f'Exec="{launcher}" %f' in desktop.splitlines()
    done = run(
        [launcher.parent.parent / "share" / "vigie" / "app" / "install.sh", "--uninstall"],
        clean_env(home, path=tools),
        work,
    )
    assert done.returncode == 0, done.stderr
    assert not launcher.exists()
    assert not (home / ".local" / "share" / "vigie" / "app").exists()
