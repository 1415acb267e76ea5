"""Build the standalone Vigie (no Python needed to run it) for the system this runs on.

PyInstaller freezes ``packaging/vigie.spec`` into ``DIST/vigie/`` (the ``vigie`` executable,
Qt, the data and the user guide) and this script packs that folder into one archive beside
it: ``vigie-VERSION-SYSTEM-MACHINE.tar.gz`` (``.zip`` on Windows). It prints the archive's
path on its last line. Needs the ``build`` extra (``pip install -e '.[build]'``).

    python tools/build_app.py [--dist DIR] [--work DIR]
"""

from __future__ import annotations

import argparse
import platform
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "vigie.spec"


def archive_name(version: str) -> str:
    """``vigie-0.1.0-linux-x86_64``: what, which version, for which system."""
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    machine = platform.machine().lower() or "unknown"
    return f"vigie-{version}-{system}-{machine}"


def _version() -> str:
    sys.path.insert(0, str(ROOT))
    from wizard import __version__

    return __version__


def freeze(dist: Path, work: Path) -> Path:
    """Run PyInstaller on the spec; return the built folder."""
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level=WARN"]
    command += ["--distpath", str(dist), "--workpath", str(work), str(SPEC)]
    subprocess.run(command, check=True, cwd=ROOT)
    folder = dist / "vigie"
    if not (folder / ("vigie.exe" if sys.platform == "win32" else "vigie")).is_file():
        raise SystemExit(f"build-app: PyInstaller produced no vigie executable in {folder}")
    if sys.platform.startswith("linux"):  # ./install.sh beside ./vigie in the unpacked folder
        shutil.copy2(ROOT / "packaging" / "linux" / "install.sh", folder / "install.sh")
    return folder


def pack(folder: Path) -> Path:
    """The folder as one archive beside it (zip on Windows, tar.gz elsewhere); on macOS the
    ``Vigie.app`` bundle made from it, when there is one."""
    base = folder.parent / archive_name(_version())
    kind = "zip" if sys.platform == "win32" else "gztar"
    bundle = folder.parent / "Vigie.app"
    top = bundle.name if sys.platform == "darwin" and bundle.is_dir() else folder.name
    return Path(shutil.make_archive(str(base), kind, root_dir=folder.parent, base_dir=top))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the standalone Vigie folder and archive.")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    args = parser.parse_args(argv)
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print("build-app: PyInstaller is missing: pip install -e '.[build]'", file=sys.stderr)
        return 1
    try:
        folder = freeze(args.dist.resolve(), args.work.resolve())
    except subprocess.CalledProcessError as exc:
        print(f"build-app: PyInstaller failed (exit {exc.returncode}); see above", file=sys.stderr)
        return 1
    archive = pack(folder)
    print(f"built {folder}")
    print(archive)
    return 0


if __name__ == "__main__":
    sys.exit(main())
