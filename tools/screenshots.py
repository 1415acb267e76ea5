"""Screenshots of every step of the wizard, in French and English, for the user guide.

Runs the application on the demonstration audit under Xvfb, at 1366×768 (written to
``docs/images/<lang>/<step>.png``, the user guide's pictures) and at 1024×700, the small
laptop screen (written to ``build/screenshots/<lang>/1024x700/<step>.png``, to look at, not
committed). Anyone can rerun it:

    python tools/screenshots.py            # starts itself under xvfb-run when needed
    python tools/screenshots.py --offscreen  # no X server (fonts may differ slightly)

Settings, recovery copies and logs go to a temporary folder: the user's are never touched.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "images"
SMALL_OUT = ROOT / "build" / "screenshots"
WIDTH, HEIGHT = 1366, 768
SIZES = [((WIDTH, HEIGHT), OUT, ""), ((1024, 700), SMALL_OUT, "1024x700")]
"""(size, folder, sub-folder per language): the guide's size first, then the small screen."""
CHILD_FLAG = "VIGIE_SCREENSHOTS_CHILD"


def _rerun_under_xvfb(argv: list[str]) -> int:
    xvfb = shutil.which("xvfb-run")
    if xvfb is None:
        print("xvfb-run not found; use --offscreen or install xvfb", file=sys.stderr)
        return 3
    env = dict(os.environ, **{CHILD_FLAG: "1"})
    command = [xvfb, "-a", "-s", f"-screen 0 {WIDTH}x{HEIGHT}x24", sys.executable, *argv]
    return subprocess.run(command, env=env, check=False).returncode


def _steps():
    from ui.wizard import PageId, assessment_id

    return [
        ("start", PageId.START),
        ("engagement", PageId.ENGAGEMENT),
        ("inventory", PageId.INVENTORY),
        ("assessment", assessment_id(0)),
        ("legal", PageId.LEGAL),
        ("findings", PageId.FINDINGS),
        ("summary", PageId.SUMMARY),
    ]


def _settle(app, rounds: int = 5) -> None:
    from PySide6.QtCore import QThread

    for _ in range(rounds):
        app.processEvents()
        QThread.msleep(40)


def _save_compact(image, target: Path) -> None:
    """256 colours without dithering: the interface's flat colours stay exact and a picture
    takes ~50 KB instead of ~220 KB in the repository."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    flags = Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither
    image.convertToFormat(QImage.Format.Format_Indexed8, flags).save(str(target), "PNG", 9)


def _shoot(
    lang: str, session_file: Path, settings_file: Path, size: tuple[int, int], folder: Path
) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from ui import i18n
    from ui.main_window import MainWindow
    from ui.settings import AppSettings

    app = QApplication.instance()
    i18n.install(lang)
    settings = AppSettings.at_path(settings_file)
    settings.set_language(lang)
    window = MainWindow(settings)
    window.setGeometry(0, 0, *size)
    window.show()
    window.controller.open_file(session_file)
    written = []
    folder.mkdir(parents=True, exist_ok=True)
    for name, page_id in _steps():
        if not window.go_to(page_id):
            raise SystemExit(f"{lang}: could not reach step {name}")
        page = window.wizard.page(page_id)
        accounts = window.document.audit.accounts
        if hasattr(page, "select_account") and accounts:
            page.select_account(accounts[0].id)  # show the detail form filled in
        _settle(app)
        target = folder / f"{name}.png"
        _save_compact(window.grab().toImage(), target)
        written.append(target)
    written += _shoot_consultant(app, window, folder)
    window.document.mark_saved()
    window.close()
    _settle(app)
    return written


def _example_banks(folder: Path) -> Path:
    """A consultant's bank folder: a bank kept as TOML, one in a spreadsheet, one broken."""
    from wizard.bank.framework import default_bank
    from wizard.bank.template import write_bank_workbook
    from wizard.bank.toml_writer import write_bank_toml

    folder.mkdir(parents=True, exist_ok=True)
    shipped = default_bank()
    short = shipped.model_copy(
        update={
            "id": "municipal-quick",
            "version": "2.1",
            "title": shipped.title.model_copy(
                update={"fr": "Diagnostic express municipal", "en": "Municipal quick check"}
            ),
            "sections": shipped.sections[:6],
            "groups": shipped.groups[:1],
        }
    )
    write_bank_toml(folder / "municipal-quick.toml", short)
    write_bank_workbook(folder / "cefrio-firm-edition.xlsx", shipped)
    (folder / "draft.xlsx").write_bytes(b"not finished")
    return folder


def _shoot_bank_choice(lang: str, settings_file: Path, banks: Path, folder: Path) -> Path:
    """The bank chooser of File → New Audit on a Question Bank…, the consultant's folder set."""
    from PySide6.QtWidgets import QApplication

    from ui import i18n
    from ui.bank_choice import BankChoiceDialog
    from ui.settings import AppSettings

    app = QApplication.instance()
    i18n.install(lang)
    settings = AppSettings.at_path(settings_file)
    settings.set_bank_folder(banks)
    dialog = BankChoiceDialog(settings)
    dialog.show()
    dialog.list.setCurrentRow(3)
    _settle(app)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "bank-choice.png"
    _save_compact(dialog.grab().toImage(), target)
    dialog.close()
    return target


SAMPLE_BRAND = {
    "fr": ("Conseil Exemple inc.", "418 555-0100 · bonjour@conseil.exemple", "Confidentiel"),
    "en": ("Example Consulting Inc.", "418 555-0100 · hello@consulting.example", "Confidential"),
}


def _shoot_consultant(app, window, folder: Path) -> list[Path]:
    """The guide's "For consultants" pictures: the consultant profile dialog, and the export
    panel with the brand applied and the password protection ticked."""
    from PySide6.QtWidgets import QLineEdit

    from ui.brand_dialog import ConsultantProfileDialog
    from ui.logo_file import read_logo
    from ui.wizard import PageId
    from wizard.audit.model import Brand

    lang = "fr" if window.settings.language() == "fr" else "en"
    firm, contact, line = SAMPLE_BRAND[lang]
    brand = Brand(
        firm=firm,
        contact=contact,
        confidentiality_line=line,
        accent="#1F6F8B",
        logo=read_logo(ROOT / "resources" / "icons" / "vigie.svg"),
    )
    window.settings.set_brand_profile(brand)
    dialog = ConsultantProfileDialog(brand, window)
    dialog.resize(560, dialog.sizeHint().height())
    dialog.show()
    _settle(app)
    profile = folder / "consultant-profile.png"
    _save_compact(dialog.grab().toImage(), profile)
    dialog.close()
    window.go_to(PageId.SUMMARY)
    panel = window.wizard.page(PageId.SUMMARY).export_panel
    panel.brand.apply_profile()
    panel.protect.setChecked(True)
    for field in panel.findChildren(QLineEdit):
        if field in (panel.password, panel.password_again):
            field.setText("exemple")
    _settle(app)
    export = folder / "export-brand-password.png"
    _save_compact(panel.grab().toImage(), export)
    panel.protect.setChecked(False)
    window.document.undo_stack.undo()
    return [profile, export]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--offscreen", action="store_true", help="use Qt's offscreen platform")
    parser.add_argument(
        "--only-bank-choice", action="store_true", help="only the bank chooser's pictures"
    )
    args = parser.parse_args(argv)
    if args.offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    elif not os.environ.get(CHILD_FLAG) and not os.environ.get("DISPLAY"):
        return _rerun_under_xvfb([str(Path(__file__).resolve()), *(argv or sys.argv[1:])])
    sys.path.insert(0, str(ROOT))
    with tempfile.TemporaryDirectory(prefix="vigie-shots-") as temp:
        temp_dir = Path(temp)
        os.environ["VIGIE_STATE_DIR"] = str(temp_dir / "state")
        os.environ["VIGIE_LOG_DIR"] = str(temp_dir / "log")
        from PySide6.QtWidgets import QApplication

        from wizard.demo import demo_session
        from wizard.sessions.store import save_session

        app = QApplication(["vigie-screenshots"])
        app.setApplicationName("Vigie")
        session_file = temp_dir / "Demo.vigie"
        save_session(demo_session(), session_file)
        banks = _example_banks(temp_dir / "banks")
        for lang in ("fr", "en"):
            shot = _shoot_bank_choice(lang, temp_dir / f"banks-{lang}.ini", banks, OUT / lang)
            print(shot.relative_to(ROOT))
        for size, root, sub in SIZES if not args.only_bank_choice else []:
            for lang in ("fr", "en"):
                folder = root / lang / sub if sub else root / lang
                settings = temp_dir / f"settings-{lang}-{size[0]}.ini"
                for path in _shoot(lang, session_file, settings, size, folder):
                    print(path.relative_to(ROOT))
        del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
