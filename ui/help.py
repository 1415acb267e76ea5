"""Help → User guide: the Markdown guide with its screenshots, in a browser window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ui import dialogs


def guide_path() -> Path | None:
    """``docs/user-guide.md`` of a source checkout, or None in an installed copy."""
    candidate = Path(__file__).resolve().parents[1] / "docs" / "user-guide.md"
    return candidate if candidate.is_file() else None


class GuideDialog(QDialog):
    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Vigie user guide"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(path.parent) + "/"))
        self.browser.setMarkdown(path.read_text(encoding="utf-8"))
        self.browser.setAccessibleName(self.tr("User guide"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(900, 700)


def show_user_guide(parent: QWidget | None) -> None:
    path = guide_path()
    if path is None:
        dialogs.info(
            parent,
            QCoreApplication.translate("GuideDialog", "Vigie user guide"),
            QCoreApplication.translate(
                "GuideDialog", "The user guide is in docs/user-guide.md of the Vigie sources."
            ),
        )
        return
    dialog = GuideDialog(path, parent)
    dialog.show()
