"""Evidence attached to an answer: add a file (stored in the session), open it, remove it,
and say when the selected one was captured.

The list only shows and asks; the owner decides how the attachment list is stored
(``sig_evidence_changed`` hands it the new list of SHA-256 digests) and how a capture date
is recorded (``sig_captured_changed``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui import dialogs, opened_copies
from ui.widgets.buttons import add_button
from ui.widgets.date_field import DateField
from wizard.sessions.session import EvidenceError

_SHA_ROLE = 0x0101


class EvidenceList(QWidget):
    sig_evidence_changed = Signal(list)
    """The user added or removed an attachment: the new list of digests."""
    sig_captured_changed = Signal(str, object)
    """The user set or cleared the selected attachment's capture date (digest, date or None)."""

    def __init__(self, session_of, parent: QWidget | None = None) -> None:
        """``session_of`` returns the current :class:`~wizard.sessions.session.Session` when called
        (the session object may be replaced when a file is opened)."""
        super().__init__(parent)
        self._session_of = session_of
        self._digests: list[str] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Evidence files"))
        self.list.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 8)
        self.list.itemActivated.connect(lambda _item: self.open_selected())
        layout.addWidget(self.list, 1)
        side = QWidget()
        rows = QVBoxLayout(side)
        rows.setContentsMargins(0, 0, 0, 0)
        column = QHBoxLayout()
        self.add_button = self._button(self.tr("Add file…"), self.add_file, column)
        self.open_button = self._button(self.tr("Open"), self.open_selected, column)
        self.remove_button = self._button(self.tr("Remove"), self.remove_selected, column)
        rows.addLayout(column)
        rows.addLayout(self._captured_row())
        layout.addWidget(side)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self._update_buttons()

    def _captured_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.captured_label = QLabel(self.tr("Captured on"))
        self.captured = DateField()
        self.captured.setAccessibleName(self.tr("Date the selected file was captured"))
        self.captured.setToolTip(
            self.tr("When the screenshot or document was taken (blank: unknown)")
        )
        self.captured_label.setBuddy(self.captured)
        self.captured.sig_changed.connect(self._on_captured_typed)
        row.addWidget(self.captured_label)
        row.addWidget(self.captured, 1)
        return row

    def _button(self, text: str, slot, layout: QHBoxLayout) -> QPushButton:
        return add_button(layout, text, slot)

    def set_digests(self, digests: list[str]) -> None:
        """Show these attachments (by digest), named as the session records them."""
        self._digests = list(digests)
        records = {e.sha256: e for e in self._session_of().audit.evidence}
        self.list.clear()
        for digest in digests:
            record = records.get(digest)
            name = record.filename if record else digest[:12]
            item = QListWidgetItem(name)
            item.setData(_SHA_ROLE, digest)
            self.list.addItem(item)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.list.currentItem() is not None
        self.open_button.setEnabled(has)
        self.remove_button.setEnabled(has)
        self.captured.setEnabled(has)
        self.show_captured()

    def show_captured(self) -> None:
        """Show the selected attachment's capture date (blank when unknown or none selected)."""
        digest = self.selected_digest()
        record = None
        if digest is not None:
            record = next(
                (e for e in self._session_of().audit.evidence if e.sha256 == digest), None
            )
        self.captured.set_value(None if record is None else record.captured)

    def _on_captured_typed(self) -> None:
        digest = self.selected_digest()
        if digest is not None:
            self.sig_captured_changed.emit(digest, self.captured.value())

    def add_file(self) -> None:
        path = dialogs.get_open_path(self, self.tr("Attach evidence"), "", self.tr("All files (*)"))
        if path is not None:
            self.add_path(path)

    def add_path(self, path: Path) -> None:
        """Store the file in the session and link it (reading errors are shown, not raised)."""
        try:
            record = self._session_of().add_evidence_file(path)
        except (OSError, EvidenceError) as exc:
            dialogs.warn(self, self.tr("Cannot attach the file"), str(exc))
            return
        if record.sha256 not in self._digests:
            self.sig_evidence_changed.emit([*self._digests, record.sha256])

    def selected_digest(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else item.data(_SHA_ROLE)

    def remove_selected(self) -> None:
        digest = self.selected_digest()
        if digest is not None:
            self.sig_evidence_changed.emit([d for d in self._digests if d != digest])

    def open_selected(self) -> Path | None:
        """Open a read-only copy of the attachment with the system's viewer (the copy is
        removed when Vigie quits: :mod:`ui.opened_copies`)."""
        digest = self.selected_digest()
        session = self._session_of()
        data = session.blobs.get(digest) if digest else None
        if data is None:
            return None
        record = next(e for e in session.audit.evidence if e.sha256 == digest)
        path = opened_copies.write_copy(record.filename, data)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path
