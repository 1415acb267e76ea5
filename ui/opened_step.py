"""An opened audit comes back on the step it was saved on.

The core names the steps by stable keys (:mod:`wizard.audit.steps`); this module turns them
into the wizard's page ids and back. The step shown is written into the open audit as it
changes (``Audit.last_step``; not into a read-only one), outside the undo stack and without
marking anything unsaved: every save, Save As and recovery copy then records where the
auditor was, and navigating alone never asks to save. Opening shows the recorded step when it
can be shown (the engagement complete, as the step list requires), else the engagement step
as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from ui.wizard import MAX_SECTIONS, PageId, assessment_id, is_assessment
from wizard.audit import steps

if TYPE_CHECKING:
    from ui.document import AuditDocument
    from ui.main_window import MainWindow

_PAGES: dict[str, PageId] = {
    steps.ENGAGEMENT: PageId.ENGAGEMENT,
    steps.INVENTORY: PageId.INVENTORY,
    steps.LEGAL: PageId.LEGAL,
    steps.FINDINGS: PageId.FINDINGS,
    steps.SUMMARY: PageId.SUMMARY,
}
_KEYS: dict[int, str] = {int(page_id): key for key, page_id in _PAGES.items()}


def page_of(step: steps.Step) -> int:
    """The wizard's page id of ``step``."""
    if step.section is not None:
        # a section past the wizard's last assessment page is not shown: the engagement
        return assessment_id(step.section) if step.section < MAX_SECTIONS else PageId.ENGAGEMENT
    return int(_PAGES[step.key])


def step_of_page(document: AuditDocument, page_id: int) -> steps.Step | None:
    """The step the page ``page_id`` shows; None for the start page."""
    if is_assessment(page_id):
        return steps.step_of_section(document.audit, page_id - PageId.ASSESSMENT_BASE)
    key = _KEYS.get(page_id)
    return None if key is None else steps.Step(key)


def record_shown(document: AuditDocument, page_id: int) -> None:
    """Note in the audit that ``page_id`` is shown (the start page leaves the note as it
    is: an opened file passes through it before going to its step). A read-only audit is
    left exactly as it was opened."""
    step = None if document.read_only else step_of_page(document, page_id)
    if step is not None:
        document.audit.last_step = step.key


def show_opened(window: MainWindow) -> None:
    """After an audit was opened: its recorded step when it can be shown, else the
    engagement step; the keyboard in the step's first field."""
    step = steps.recorded_step(window.document.audit)
    page_id = PageId.ENGAGEMENT if step is None else page_of(step)
    if not _reachable(window, page_id) or not window.go_to(page_id):
        window.go_to(PageId.ENGAGEMENT)
    window.focus_page()


def _reachable(window: MainWindow, page_id: int) -> bool:
    """Whether the step list lets the user choose ``page_id`` now."""
    item = window.steps.item_for(page_id)
    return item is not None and bool(item.flags() & Qt.ItemFlag.ItemIsEnabled)
