"""File → Discover Accounts from Web Pages…: the scan runs off the GUI thread, the three
lists show, "Not Ours" is remembered, and everything is recorded as one undo step."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.discovery import DATA, SITE, coop_audit
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from ui.discover.dialog import DiscoverDialog, discover_accounts
from ui.document import AuditDocument
from ui.widgets import modal
from wizard.sessions.session import Session


@pytest.fixture
def coop_document(qapp):
    document = AuditDocument(Session(audit=coop_audit()))
    yield document
    document.undo_stack.blockSignals(True)


def _read(qtbot, dialog: DiscoverDialog, *sources: Path) -> None:
    for source in sources:
        dialog.add_source(source)
    dialog.start_scan()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=20_000)


def _item(tree: QTreeWidget, index: int) -> QTreeWidgetItem:
    item = tree.topLevelItem(index)
    assert item is not None
    return item


def _keys(dialog: DiscoverDialog) -> list[str]:
    tree = dialog.new_list
    return [
        _item(tree, i).data(0, Qt.ItemDataRole.UserRole) for i in range(tree.topLevelItemCount())
    ]


def test_the_three_lists_after_reading(qtbot, coop_document) -> None:
    dialog = DiscoverDialog(coop_document)
    qtbot.addWidget(dialog)
    _read(qtbot, dialog, SITE, DATA / "bookmarks.html")
    assert "flickr:coopboreale" in _keys(dialog)
    assert dialog.linked_list.topLevelItemCount() == 3
    assert dialog.unlinked_list.topLevelItemCount() == 1
    assert _item(dialog.unlinked_list, 0).text(0) == "coopboreale_officiel (tiktok)"
    assert dialog.tabs.tabText(0) == f"Not in the Inventory ({len(_keys(dialog))})"
    assert "6 pages read, 13 accounts found, 8 share links ignored." in dialog.status.text()
    assert coop_document.undo_stack.count() == 0  # reading changes nothing


def test_add_and_record_is_one_undo_step(qtbot, coop_document, monkeypatch) -> None:
    audit = coop_document.audit
    before = audit.model_dump()

    def answer(dialog: DiscoverDialog) -> bool:
        _read(qtbot, dialog, SITE)
        keys = _keys(dialog)
        dialog.new_list.setCurrentItem(
            _item(dialog.new_list, keys.index("instagram:fondationnordet"))
        )
        dialog.toggle_not_ours()
        unticked = _item(dialog.new_list, keys.index("linkedin_person:example-directrice"))
        unticked.setCheckState(0, Qt.CheckState.Unchecked)
        dialog.confirm()
        return dialog.result() == DiscoverDialog.DialogCode.Accepted

    monkeypatch.setattr(modal, "run", answer)
    inserted: list[list[str]] = []
    coop_document.events.sig_accounts_inserted.connect(inserted.append)
    command = discover_accounts(coop_document)
    assert command is not None
    assert coop_document.undo_stack.count() == 1
    handles = {(a.platform, a.handle) for a in audit.accounts}
    assert ("instagram", "forets.vivantes") in handles
    assert ("instagram", "fondationnordet") not in handles
    assert ("linkedin_person", "example-directrice") not in handles
    assert len(audit.accounts) == 5 + 7
    assert audit.discovery is not None
    assert audit.discovery.not_ours == ["instagram:fondationnordet"]
    assert audit.account("tt").official_link is False  # type: ignore[union-attr]
    assert len(inserted) == 1
    assert len(inserted[0]) == 7
    coop_document.undo_stack.undo()
    assert audit.model_dump() == before
    coop_document.undo_stack.redo()
    assert len(audit.accounts) == 12
    assert audit.discovery.not_ours == ["instagram:fondationnordet"]


def test_a_source_it_cannot_read_is_said_in_one_line(qtbot, coop_document, tmp_path) -> None:
    warc = tmp_path / "site.warc.gz"
    warc.write_bytes(b"\x1f\x8b")
    dialog = DiscoverDialog(coop_document)
    qtbot.addWidget(dialog)
    _read(qtbot, dialog, warc)
    assert "WARC archives are not read" in dialog.status.text()
    assert dialog.plan is None
    assert not dialog.apply_button.isEnabled()


def test_cancel_stops_the_reading_and_changes_nothing(qtbot, coop_document) -> None:
    dialog = DiscoverDialog(coop_document)
    qtbot.addWidget(dialog)
    dialog.add_source(SITE)
    dialog.start_scan()
    assert dialog.cancel_button.isEnabled()
    dialog.cancel_scan()  # checked before the first page is read
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=20_000)
    assert dialog.status.text() == "Reading cancelled; nothing changed."
    assert dialog.plan is None
    assert coop_document.undo_stack.count() == 0


def test_a_typed_path_that_does_not_exist_is_said_and_not_added(qtbot, coop_document) -> None:
    dialog = DiscoverDialog(coop_document)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText("/no/such/folder")
    dialog.add_typed_path()
    assert dialog.sources() == []
    assert dialog.status.text() == "/no/such/folder: no such file or folder"
