"""File → Discover Accounts from Web Pages… driven from the keyboard, in French and English:
type the paths, read, mark a partner's account "Not Ours", add the rest, undo."""

from __future__ import annotations

import pytest
from helpers.by_hand_keys import activate, focus, press, type_text
from helpers.discovery import DATA, SITE
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from ui.discover.dialog import DiscoverDialog
from ui.widgets import modal


def _tab_to(widget: QWidget, limit: int = 30) -> None:
    for _ in range(limit):
        if focus() is widget:
            return
        press(Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {widget!r}")


@pytest.mark.parametrize(
    ("lang", "title", "not_ours", "first_tab"),
    [
        (
            "fr",
            "Découvrir des comptes à partir de pages Web",
            "Pas à nous",
            "Absents de l’inventaire",
        ),
        ("en", "Discover Accounts from Web Pages", "Not ours", "Not in the Inventory"),
    ],
)
def test_discover_by_hand(
    make_window, qtbot, monkeypatch, tmp_path, lang, title, not_ours, first_tab
) -> None:
    window = make_window(lang)
    window.controller.open_demo()
    audit = window.document.audit
    count = len(audit.accounts)
    seen: dict[str, object] = {}

    def drive(dialog: DiscoverDialog) -> bool:
        dialog.show()
        activate(qtbot, dialog)
        seen["title"] = dialog.windowTitle()
        assert focus() is dialog.path_edit
        type_text(str(SITE))
        press(Qt.Key.Key_Return)  # adds the path, does not close the dialog
        type_text(str(DATA / "bookmarks.html"))
        press(Qt.Key.Key_Return)
        assert [str(p) for p in dialog.sources()] == [str(SITE), str(DATA / "bookmarks.html")]
        assert dialog.isVisible()
        _tab_to(dialog.scan_button)
        press(Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20_000)
        seen["tab"] = dialog.tabs.tabText(0)
        _tab_to(dialog.new_list)
        items = [
            dialog.new_list.topLevelItem(i) for i in range(dialog.new_list.topLevelItemCount())
        ]
        keys = [item.data(0, Qt.ItemDataRole.UserRole) for item in items if item is not None]
        press(Qt.Key.Key_Home)
        for _ in range(keys.index("instagram:fondationnordet")):
            press(Qt.Key.Key_Down)
        _tab_to(dialog.not_ours_button)
        press(Qt.Key.Key_Space)
        current = dialog.new_list.currentItem()
        assert current is not None
        seen["marked"] = current.text(3)
        assert dialog.grab().save(str(tmp_path / f"discover-{lang}.png"))  # to look at
        _tab_to(dialog.apply_button)
        press(Qt.Key.Key_Space)
        return dialog.result() == DiscoverDialog.DialogCode.Accepted

    monkeypatch.setattr(modal, "run", drive)
    window.menu_actions.discover.trigger()
    assert seen["title"] == title
    assert str(seen["tab"]).startswith(first_tab)
    assert seen["marked"] == not_ours
    added = len(audit.accounts) - count
    assert added == 13 - 1  # every account found but the partner's
    assert audit.discovery is not None
    assert audit.discovery.not_ours == ["instagram:fondationnordet"]
    window.activateWindow()
    QApplication.processEvents()
    window.document.undo_stack.undo()
    assert len(audit.accounts) == count
    assert audit.discovery is None
