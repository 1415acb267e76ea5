"""Help → User guide: the Markdown guide with its screenshots, in a browser window.

The guide holds both languages; the window shows the section of the interface language
only (``## Français`` or ``## English``), under the guide's title, so an English user does
not land on the French text and no developer note is shown. It opens at the section of the
step on screen. Escape closes it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRegularExpression, Qt, QTimer, QUrl
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ui import dialogs
from ui.i18n import current_language
from wizard import guide as wizard_guide

SECTIONS = {"fr": "## Français", "en": "## English"}


def guide_section(markdown: str, lang: str) -> str:
    """The guide's title and the section of ``lang`` (the whole text if it has none)."""
    lines = markdown.splitlines()
    heading = SECTIONS.get(lang, SECTIONS["en"])
    if heading not in lines:
        return markdown
    start = lines.index(heading)
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
    body = lines[start + 1 : end]
    while body and body[-1].strip() in ("", "---"):
        body.pop()
    return "\n".join([lines[0], "", *body]) + "\n"


def guide_path() -> Path | None:
    """The user guide wherever Vigie runs from (wheel, frozen app, checkout), or None."""
    return wizard_guide.guide_path()


def step_number(page_id: int | None) -> int | None:
    """The guide's section number (``### N.``) for a wizard page id."""
    if page_id is None or page_id < 0:
        return None
    bounds = [(500, 6), (400, 5), (300, 4), (100, 3), (20, 2), (10, 1), (0, 0)]
    return next(number for bound, number in bounds if page_id >= bound)


class GuideDialog(QDialog):
    def __init__(self, path: Path, parent: QWidget | None = None, step: int | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Vigie user guide"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(path.parent) + "/"))
        text = path.read_text(encoding="utf-8")
        self.browser.setMarkdown(guide_section(text, current_language()))
        self.browser.setAccessibleName(self.tr("User guide"))
        # Escape closes the guide even while the text has the focus
        close = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        close.setContext(Qt.ShortcutContext.WindowShortcut)
        close.activated.connect(self.close)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(900, 700)
        self._step = step

    def showEvent(self, event) -> None:
        super().showEvent(event)
        step = self._step
        if step is not None:
            # laid out only once shown: scroll then, so the section lands at the top
            QTimer.singleShot(0, lambda: self.show_step(step))

    def show_step(self, number: int) -> bool:
        """Scroll so that the section ``### number.`` of the guide is at the top."""
        found = self.browser.document().find(QRegularExpression(rf"^{number}\. "))
        if found.isNull():
            return False
        self.browser.moveCursor(QTextCursor.MoveOperation.End)
        self.browser.setTextCursor(found)
        self.browser.ensureCursorVisible()
        return True


def show_user_guide(parent: QWidget | None, page_id: int | None = None) -> None:
    """The guide in the interface language, open at the section of the page shown."""
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
    dialog = GuideDialog(path, parent, step_number(page_id))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.activateWindow()
    dialog.browser.setFocus()
