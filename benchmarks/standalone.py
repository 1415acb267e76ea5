"""Size and start-up time of the standalone app, next to the source install's start-up.

Run: ``python -m benchmarks.standalone [--archive vigie-….tar.gz]``. Without ``--archive`` it
builds one first (``tools/build_app.py``, timed). The archive is unpacked into a temporary
folder and each command runs there with private settings and log folders, offscreen:
``vigie --version`` (process start only), ``vigie --demo`` closed as soon as its window is
shown and the event loop runs (``VIGIE_QUIT_AFTER_MS=0``), and ``vigie check`` of the demo.
The same commands run from this checkout (``python -m ui.launch``) for comparison. Medians of
five runs after one warm-up run; the unpacked app's very first run is reported on its own.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 5


def _size(folder: Path) -> tuple[int, int]:
    """Bytes and number of files under ``folder`` (symlinks counted once, as links)."""
    total = count = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
            count += 1
    return total, count


def _timed(command: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float]:
    """Wall and CPU seconds of one run of ``command`` (children's CPU included)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, env=env, cwd=cwd, check=True, capture_output=True, timeout=120)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def _median(command: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float]:
    _timed(command, env, cwd)  # warm the file cache
    runs = [_timed(command, env, cwd) for _ in range(RUNS)]
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)


def _build(out: Path) -> tuple[Path, float]:
    start = time.perf_counter()
    script = str(ROOT / "tools" / "build_app.py")
    done = subprocess.run(
        [sys.executable, script, "--dist", str(out / "dist"), "--work", str(out / "work")],
        check=True,
        capture_output=True,
        text=True,
    )
    return Path(done.stdout.strip().splitlines()[-1]), time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--archive", type=Path, help="an archive built by tools/build_app.py")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        archive = args.archive
        if archive is None:
            archive, seconds = _build(tmp / "build")
            print(f"{'build (PyInstaller + archive)':40} {seconds:8.1f} s")
        (tmp / "app").mkdir()
        subprocess.run(["tar", "-xzf", str(archive), "-C", str(tmp / "app")], check=True)
        folder = tmp / "app" / "vigie"
        size, files = _size(folder)
        print(f"{'archive size':40} {archive.stat().st_size / 1e6:8.1f} MB")
        print(f"{'unpacked folder size':40} {size / 1e6:8.1f} MB ({files} files)")
        env = {
            "HOME": str(tmp),
            "PATH": "/usr/bin:/bin",
            "LANG": "C.UTF-8",
            "QT_QPA_PLATFORM": "offscreen",
            "VIGIE_QUIT_AFTER_MS": "0",
            "VIGIE_SETTINGS": str(tmp / "settings.ini"),
            "VIGIE_LOG_DIR": str(tmp / "logs"),
        }
        frozen = [str(folder / "vigie")]
        source = [sys.executable, "-m", "ui.launch"]
        wall, _cpu = _timed([*frozen, "--demo"], env, tmp)
        print(f"{'frozen first run, window with demo':40} {wall:8.2f} s")
        subprocess.run(
            [*frozen, "demo", "demo.vigie"], env=env, cwd=tmp, check=True, stdout=subprocess.DEVNULL
        )
        for label, command in (("frozen", frozen), ("source", source)):
            cwd = tmp if label == "frozen" else ROOT
            demo = str(tmp / "demo.vigie")
            for what, extra in (
                ("--version", ["--version"]),
                ("window with demo", ["--demo"]),
                ("check demo", ["check", demo]),
            ):
                wall, cpu = _median([*command, *extra], {**env, **_source_env(label)}, cwd)
                print(f"{label + ' ' + what:40} {wall:8.2f} s wall {cpu:6.2f} s CPU")
    return 0


def _source_env(label: str) -> dict[str, str]:
    """The source run needs the virtual environment's Python on PATH, nothing more."""
    if label == "frozen":
        return {}
    return {"PATH": f"{Path(sys.executable).parent}{os.pathsep}/usr/bin:/bin"}


if __name__ == "__main__":
    sys.exit(main())
