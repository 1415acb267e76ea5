"""The consultant's brand from the keyboard, in both languages: the profile typed in its dialog
(an unsafe SVG refused with the reason, a PNG taken), saved in the settings; "Use my profile"
puts it in the audit; a colleague with another profile opens the saved session and exports
the same cover, headers and logo."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers.by_hand_keys import activate, focus, press, type_text
from helpers.by_hand_steps import go_by_step_list, tab_to
from helpers.images import png
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from ui import dialogs, i18n
from ui.brand_dialog import ConsultantProfileDialog
from ui.main_window import MainWindow
from ui.settings import AppSettings
from ui.widgets import modal
from ui.wizard import PageId
from wizard.audit.branding import Brand, Logo
from wizard.workbook import strings

CTRL = Qt.KeyboardModifier.ControlModifier
LOGO = png(300, 100)
TYPED = {
    "firm": "Conseil Lavoie & associés",
    "contact": "418 555-0100 · info@lavoie.example",
    "confidentiality": "Confidentiel — usage du client seulement",
    "accent": "#ffd54f",
}


def _fill_profile(qtbot, tmp_path: Path, monkeypatch) -> Callable[[QDialog], bool]:
    """A stand-in for ``modal.run`` that fills the profile dialog from the keyboard."""
    unsafe = tmp_path / "logo.svg"
    unsafe.write_bytes(b'<svg xmlns="http://www.w3.org/2000/svg"><script>x()</script></svg>')
    good = tmp_path / "logo.png"
    good.write_bytes(LOGO)
    chosen = iter([unsafe, good])
    monkeypatch.setattr(dialogs, "get_open_path", lambda *a: next(chosen))

    def run(dialog: QDialog) -> bool:
        assert isinstance(dialog, ConsultantProfileDialog)
        dialog.show()
        activate(qtbot, dialog)
        dialog.firm.setFocus()
        for name in ("firm", "contact", "confidentiality", "accent"):
            assert focus() is getattr(dialog, name), f"Tab did not reach {name}"
            type_text(TYPED[name])
            assert focus() is getattr(dialog, name), "typing moved the focus"
            press(Qt.Key.Key_Tab)
        assert focus() is dialog.choose_logo
        press(Qt.Key.Key_Space)  # the SVG with a script
        assert "script" in dialog.problem.text()
        assert dialog.remove_logo.isEnabled() is False
        press(Qt.Key.Key_Space)  # the PNG
        assert dialog.problem.text() == ""
        assert dialog.preview.logo.pixmap() is not None
        assert dialog.preview.band.styleSheet().count("color: #000000") == 1, "dark on yellow"
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        tab_to(ok)
        press(Qt.Key.Key_Space)
        return dialog.result() == QDialog.DialogCode.Accepted

    return run


def _export(window: MainWindow, qtbot, target: Path) -> Path:
    panel = window.wizard.page(PageId.SUMMARY).export_panel
    with qtbot.waitSignal(panel.sig_exported, timeout=60_000):
        panel.start_export(target)
    qtbot.waitUntil(panel.export_button.isEnabled)
    return target


def _deliverable(path: Path, lang: str) -> tuple[object, ...]:
    with zipfile.ZipFile(path) as archive:
        media = tuple(archive.read(n) for n in archive.namelist() if "/media/" in n)
    cover = load_workbook(path)[strings.sheet_name("cover", lang)]
    return (
        media,
        cover["C1"].value,
        cover["B2"].fill.fgColor.rgb,
        cover["B2"].font.color.rgb,
        cover.oddHeader.center.text,
        cover.oddFooter.center.text,
    )


PROFILE_SAVED = {"fr": "Profil de consultant enregistré", "en": "Consultant profile saved"}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_profile_typed_applied_and_exported_the_same_on_another_machine(
    make_window, qtbot, monkeypatch, tmp_path: Path, settings: AppSettings, lang
):
    window = make_window(lang)
    monkeypatch.setattr(modal, "run", _fill_profile(qtbot, tmp_path, monkeypatch))
    window.menu_actions.consultant_profile.trigger()  # Edit → Consultant Profile…
    assert window.statusBar().currentMessage() == PROFILE_SAVED[lang]
    profile = settings.brand_profile()
    assert profile == Brand(
        firm=TYPED["firm"],
        contact=TYPED["contact"],
        confidentiality_line=TYPED["confidentiality"],
        accent="#FFD54F",
        logo=Logo.from_bytes(LOGO),
    )

    activate(qtbot, window)  # the dialog closed: the window has the keyboard again
    window.controller.open_demo()
    go_by_step_list(window, PageId.SUMMARY)
    panel = window.wizard.page(PageId.SUMMARY).export_panel
    press(Qt.Key.Key_Tab)
    tab_to(panel.brand.use_profile)
    press(Qt.Key.Key_Space)
    assert window.document.audit.brand == profile
    assert panel.brand.preview.band.full_text() == TYPED["firm"]
    window.document.undo_stack.undo()
    assert window.document.audit.brand == Brand()
    window.document.undo_stack.redo()
    assert window.document.audit.brand == profile
    session = tmp_path / "audit.vigie"
    monkeypatch.setattr(dialogs, "get_save_path", lambda *a: session)
    press(Qt.Key.Key_S, CTRL)
    mine = _deliverable(_export(window, qtbot, tmp_path / "mine.xlsx"), "fr")

    # a colleague: other settings, another profile of their own
    other = AppSettings.at_path(tmp_path / "colleague.ini")
    other.set_brand_profile(Brand(firm="Autre cabinet", accent="#1F6F8B"))
    other.set_language(lang)
    i18n.install(lang)
    colleague = MainWindow(other)
    qtbot.addWidget(colleague)
    colleague.show()
    activate(qtbot, colleague)
    # the first copy still holds the lock: the colleague opens it read-only, exporting is allowed
    monkeypatch.setattr(dialogs, "ask_lock_choice", lambda *a: dialogs.LockChoice.READ_ONLY)
    assert colleague.controller.open_file(session)
    assert colleague.go_to(PageId.SUMMARY)
    QApplication.processEvents()
    theirs = _deliverable(_export(colleague, qtbot, tmp_path / "theirs.xlsx"), "fr")
    assert theirs == mine
    assert mine[0] == (LOGO,)
    assert mine[1] == TYPED["firm"]
