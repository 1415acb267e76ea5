"""``vigie check`` in a fresh process, then a few lines of Python in that same process: what a
check leaves behind (modules loaded, objects frozen for the exit) is only seen there."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def check_then(path: Path, then: str) -> str:
    """Run ``vigie check path`` in a new interpreter (it must pass), then ``then`` (Python,
    one statement per line); the last line it printed."""
    check = [
        "import sys",
        "from wizard.cli.main import main",
        "assert main(['check', sys.argv[1]]) == 0",
    ]
    code = "\n".join([*check, *then.strip().splitlines()])
    done = subprocess.run(
        [sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()[-1] if done.stdout.strip() else ""
