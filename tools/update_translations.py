"""Refresh the French translation sources and compile them.

Runs ``pyside6-lupdate`` over the application shell's modules into
``resources/i18n/vigie_fr.ts`` and over the pages' modules into
``resources/i18n/pages_fr.ts`` (two files, so the two can be translated independently),
then ``pyside6-lrelease`` on both into the ``.qm`` files the application loads.

Usage: ``python tools/update_translations.py [--no-obsolete] [--check]``.
``--check`` fails (exit 1) when a message has no French translation yet, or when a translated
message's text is found in no scanned module any more ("vanished": the text was removed — run
with ``--no-obsolete`` — or its module is missing from the lists below).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"

SHELL_MODULES = [
    "ui/app.py",
    "ui/actions.py",
    "ui/dialogs.py",
    "ui/export_worker.py",
    "ui/form_fields.py",
    "ui/help.py",
    "ui/long_work.py",
    "ui/main_window.py",
    "ui/window_commands.py",
    "ui/opening_questions.py",
    "ui/read_only_banner.py",
    "ui/previous_audit.py",
    "ui/bank_choice.py",
    "ui/recovery.py",
    "ui/report_export.py",
    "ui/session_controller.py",
    "ui/session_files.py",
    "ui/step_list.py",
    "ui/step_marks.py",
    "ui/wizard.py",
    "ui/pages/start.py",
    "ui/pages/engagement.py",
    "ui/pages/engagement_people.py",
    "ui/pages/summary.py",
    "ui/pages/summary_export.py",
    "ui/pages/summary_progress.py",
    "ui/widgets/score_chart.py",
    "ui/brand_dialog.py",
    "ui/pages/summary_brand.py",
]
"""The application shell: window, sessions, start, engagement and summary steps."""

PAGES_GLOBS = [
    "ui/pages/inventory*.py",
    "ui/pages/assessment*.py",
    "ui/pages/legal*.py",
    "ui/pages/findings*.py",
    "ui/models/*.py",
    "ui/widgets/*.py",
    "ui/undo_commands.py",
    "ui/events.py",
    "ui/client_return/*.py",
    "ui/merge/*.py",
    "ui/import_accounts/*.py",
    "ui/discover/*.py",
    "ui/refusals.py",
]
"""The pages' modules (inventory, assessment, legal & risks, findings), their parts and the
import dialog."""

CATALOGUES = {"vigie_fr.ts": "shell", "pages_fr.ts": "pages"}


def pages_modules() -> list[str]:
    shell = set(SHELL_MODULES)
    found = {
        str(path.relative_to(ROOT))
        for pattern in PAGES_GLOBS
        for path in ROOT.glob(pattern)
        if path.name != "__init__.py"
    }
    return sorted(found - shell)


def tool(name: str) -> str:
    """The Qt tool beside this Python (a virtualenv's bin), else on PATH."""
    local = Path(sys.executable).with_name(name)
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials")
    return found


def lupdate(ts: Path, modules: list[str], no_obsolete: bool) -> None:
    args = [tool("pyside6-lupdate"), *modules, "-locations", "none", "-ts", str(ts)]
    if no_obsolete:
        args.insert(-2, "-no-obsolete")
    subprocess.run(args, check=True, cwd=ROOT)


def lrelease(ts: Path) -> None:
    qm = ts.with_suffix(".qm")
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, cwd=ROOT)


def marked(ts: Path, kind: str) -> list[str]:
    """Source texts of the messages whose translation is marked ``kind`` ("unfinished": still
    waiting for a translation; "vanished": no scanned module holds the text any more)."""
    root = ElementTree.parse(ts).getroot()
    return [
        message.findtext("source", "")
        for message in root.iter("message")
        if message.find("translation") is not None
        and message.find("translation").get("type") == kind
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-obsolete", action="store_true", help="drop vanished messages")
    parser.add_argument("--check", action="store_true", help="fail on untranslated messages")
    args = parser.parse_args(argv)
    I18N.mkdir(parents=True, exist_ok=True)
    missing = 0
    for name, which in CATALOGUES.items():
        ts = I18N / name
        modules = SHELL_MODULES if which == "shell" else pages_modules()
        if modules:
            lupdate(ts, modules, args.no_obsolete)
        if ts.exists():
            lrelease(ts)
            for kind, said in (("unfinished", "untranslated"), ("vanished", "in no module")):
                left = marked(ts, kind)
                missing += len(left)
                for source in left:
                    print(f"{name}: {said}: {source}")
    return 1 if args.check and missing else 0


if __name__ == "__main__":
    sys.exit(main())
