"""Linux desktop integration from the source route (``pipx install`` then
``packaging/linux/install.sh``): the menu entry, the icon, and the ``*.vigie`` file type, so a
double-click on a session opens Vigie. Everything goes under the user's own folders.

Qt reads the installed shared-mime-info type the way file managers do, by the file's name and,
for a session renamed or without extension, by its first bytes.
"""

from __future__ import annotations

import configparser
import sys
from pathlib import Path

import pytest
from helpers.standalone import ROOT, clean_env, run

from wizard.demo import demo_session
from wizard.sessions.container import MIMETYPE
from wizard.sessions.store import save_session

INSTALL = ROOT / "packaging" / "linux" / "install.sh"
TOOLS = [Path("/usr/bin"), Path("/bin")]


@pytest.fixture
def installed(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """install.sh run for a user whose PATH holds a pipx-style ``vigie``: (home, env)."""
    home = tmp_path / "home dir"
    pipx_bin = tmp_path / "pipx bin"
    pipx_bin.mkdir(parents=True)
    (pipx_bin / "vigie").symlink_to(Path(sys.executable).with_name("vigie"))
    env = clean_env(home, path=[pipx_bin, *TOOLS])
    done = run(["bash", INSTALL], env, tmp_path)
    assert done.returncode == 0, done.stderr
    return home, env


def _mime_of(env: dict[str, str], session: Path) -> tuple[str, str]:
    """What Qt's MIME database says of the file (by name) and of its bytes (by content)."""
    probe = (
        "import sys; from PySide6.QtCore import QMimeDatabase; db = QMimeDatabase(); "
        "print(db.mimeTypeForFile(sys.argv[1]).name()); "
        "print(db.mimeTypeForData(open(sys.argv[1], 'rb').read(512)).name())"
    )
    done = run([sys.executable, "-c", probe, session], env, session.parent)
    assert done.returncode == 0, done.stderr
    by_name, by_content = done.stdout.split()
    return by_name, by_content


def test_menu_entry_runs_vigie_on_the_double_clicked_file(installed) -> None:
    home, _env = installed
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(home / ".local" / "share" / "applications" / "vigie.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    exe = home.parent / "pipx bin" / "vigie"
    assert desktop["Exec"] == f'"{exe}" %f'  # quoted: the path has spaces
    assert desktop["Type"] == "Application"
    assert desktop["Icon"] == "vigie"
    assert MIMETYPE in desktop["MimeType"].split(";")


def test_icons_are_installed_in_the_users_icon_theme(installed) -> None:
    home, _env = installed
    theme = home / ".local" / "share" / "icons" / "hicolor"
    for size in (16, 32, 48, 256):
        assert (theme / f"{size}x{size}" / "apps" / "vigie.png").is_file()
    assert (theme / "scalable" / "apps" / "vigie.svg").is_file()
    mime_icon = MIMETYPE.replace("/", "-")
    assert (theme / "48x48" / "mimetypes" / f"{mime_icon}.png").is_file()


def test_sessions_are_known_by_name_and_by_content(installed, tmp_path: Path) -> None:
    _home, env = installed
    session = tmp_path / "audit 2026.vigie"
    save_session(demo_session(), session)
    assert _mime_of(env, session) == (MIMETYPE, MIMETYPE)


def test_without_the_install_a_session_is_an_unknown_zip(tmp_path: Path) -> None:
    """The control: the same probe on a user who did not install sees no Vigie type."""
    env = clean_env(tmp_path / "home", path=TOOLS)
    session = tmp_path / "audit.vigie"
    save_session(demo_session(), session)
    assert MIMETYPE not in _mime_of(env, session)


def test_uninstall_removes_what_was_installed(installed) -> None:
    home, env = installed
    done = run(["bash", INSTALL, "--uninstall"], env, home)
    assert done.returncode == 0, done.stderr
    share = home / ".local" / "share"
    left = [p for p in share.rglob("*vigie*") if p.is_file()]
    assert left == []
