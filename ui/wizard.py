"""The audit wizard: one page per step, stable page ids, and direct jumps between steps.

Page ids rise in the order of the steps, so every page's default ``nextId()`` (the next
higher id) is the next step; :meth:`AuditWizard.go_to` jumps to any step by answering
``nextId()`` once with the target, so validation of the current page still runs.

Only the start page is built with the wizard: every other step holds a light placeholder
until it is about to be shown (a jump, Next), and its module is imported only then, so a
window opens without paying for the steps the user has not reached.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QWidget,
    QWizard,
    QWizardPage,
)

from ui.read_only import lock_editors

if TYPE_CHECKING:
    from ui.document import AuditDocument
    from ui.pages.summary import SummaryPage


class PageId(IntEnum):
    START = 0
    ENGAGEMENT = 10
    INVENTORY = 20
    ASSESSMENT_BASE = 100
    """Section ``i`` of the question bank is page ``ASSESSMENT_BASE + i``."""
    LEGAL = 300
    FINDINGS = 400
    SUMMARY = 500


MAX_SECTIONS = PageId.LEGAL - PageId.ASSESSMENT_BASE


def assessment_id(index: int) -> int:
    return int(PageId.ASSESSMENT_BASE) + index


def is_assessment(page_id: int) -> bool:
    return PageId.ASSESSMENT_BASE <= page_id < PageId.LEGAL


def step_ids(section_count: int) -> list[int]:
    """Every page id in the order of the steps."""
    return [
        PageId.START,
        PageId.ENGAGEMENT,
        PageId.INVENTORY,
        *(assessment_id(i) for i in range(section_count)),
        PageId.LEGAL,
        PageId.FINDINGS,
        PageId.SUMMARY,
    ]


class DeferredPage(QWizardPage):
    """Holds the place of a step whose page is built only when it is about to be shown.

    Twenty-six assessment pages with all their controls take seconds to build; building
    each on first visit, and importing its module only then (the engagement form, the
    inventory's models, the criterion cards, the plan's tables, the summary's export and
    report panels), keeps the window's start-up fast.
    """

    def __init__(self, factory: Callable[[], QWizardPage], title: str) -> None:
        super().__init__()
        self.factory = factory
        self.setTitle(title)


def _inside(widget: QWidget | None, container: QWidget) -> bool:
    while widget is not None:
        if widget is container:
            return True
        widget = widget.parentWidget()
    return False


def focusable_fields(page: QWidget, *, enabled_only: bool = True) -> list[QWidget]:
    """The widgets of ``page`` that Tab stops on, in the page's focus chain order
    (``enabled_only=False``: also those disabled for now, e.g. a form with nothing chosen)."""
    out: list[QWidget] = []
    widget = page.nextInFocusChain()
    while widget is not None and widget is not page and len(out) < 2000:
        if (
            _inside(widget, page)
            and widget.isVisibleTo(page)
            and (widget.isEnabled() or not enabled_only)
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.focusProxy() is None
        ):
            out.append(widget)
        widget = widget.nextInFocusChain()
    return out


def _no_page() -> QWizardPage:
    raise RuntimeError("the first frame builds no step")  # build_page never calls it


def _engagement_page(document: AuditDocument) -> QWizardPage:
    from ui.pages.engagement import EngagementPage  # lazy: a step's module loads on its first visit

    return EngagementPage(document)


def _summary_page(document: AuditDocument) -> QWizardPage:
    from ui.pages.summary import SummaryPage  # lazy: a step's module loads on its first visit

    return SummaryPage(document)


def _inventory_page(document: AuditDocument) -> QWizardPage:
    from ui.pages.inventory import InventoryPage  # lazy: a step's module loads on its first visit

    return InventoryPage(document)


def _section_page(document: AuditDocument, section_id: str) -> QWizardPage:
    from ui.pages.assessment import SectionPage  # lazy: a step's module loads on its first visit

    return SectionPage(document, section_id)


def _legal_page(document: AuditDocument) -> QWizardPage:
    from ui.pages.legal import LegalRisksPage  # lazy: a step's module loads on its first visit

    return LegalRisksPage(document)


def _findings_page(document: AuditDocument) -> QWizardPage:
    from ui.pages.findings import FindingsPage  # lazy: a step's module loads on its first visit

    return FindingsPage(document)


class AuditWizard(QWizard):
    """The steps of one audit. Embedded in the main window, never shown as a dialog.

    Built without a document, it is the window's first frame: the start page alone (and
    the place of the next step, so it looks the same), drawn before any audit is open; it
    builds nothing and goes nowhere. The window replaces it once the audit is open.
    """

    sig_page_shown = Signal(int)
    """A step became current (after a jump, Next or Back); carries its page id."""
    sig_page_built = Signal(int)
    """A deferred step's real page was just built (connect to its signals now)."""

    def __init__(self, document: AuditDocument | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._jump_target: int | None = None
        self._history_length = 0
        self.setWindowFlags(Qt.WindowType.Widget)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.setOption(QWizard.WizardOption.NoDefaultButton, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonLayout(
            [
                QWizard.WizardButton.Stretch,
                QWizard.WizardButton.BackButton,
                QWizard.WizardButton.NextButton,
            ]
        )
        self._retranslate_buttons()
        self._add_pages()
        self.currentIdChanged.connect(self._on_current_changed)

    # --- pages

    def _add_pages(self) -> None:
        from ui.pages.start import StartPage  # lazy: as the other steps' modules

        doc = self.document
        self.setPage(PageId.START, StartPage(doc))
        if doc is None:  # the first frame: the next step's place shows the Next button
            self.setPage(PageId.ENGAGEMENT, DeferredPage(_no_page, "EngagementPage"))
            return
        engagement = DeferredPage(partial(_engagement_page, doc), "EngagementPage")
        self.setPage(PageId.ENGAGEMENT, engagement)
        self.setPage(PageId.INVENTORY, DeferredPage(partial(_inventory_page, doc), "InventoryPage"))
        sections = doc.audit.framework.sections[:MAX_SECTIONS]
        for index, section in enumerate(sections):
            factory = partial(_section_page, doc, section.id)
            self.setPage(assessment_id(index), DeferredPage(factory, section.title.get("en")))
        self.setPage(PageId.LEGAL, DeferredPage(partial(_legal_page, doc), "LegalRisksPage"))
        self.setPage(PageId.FINDINGS, DeferredPage(partial(_findings_page, doc), "FindingsPage"))
        self.setPage(PageId.SUMMARY, DeferredPage(partial(_summary_page, doc), "SummaryPage"))

    def page(self, page_id: int) -> QWizardPage | None:  # type: ignore[override]
        """The real page of step ``page_id``, built now if it was not yet (see
        :meth:`built_page` to look without building)."""
        return self.build_page(page_id)

    def built_page(self, page_id: int) -> QWizardPage | None:
        """The page of step ``page_id`` if it was built, else None (nothing is built)."""
        page = QWizard.page(self, page_id)
        return None if isinstance(page, DeferredPage) else page

    def summary_if_built(self) -> SummaryPage | None:
        """The summary step's page if it was built (its module is imported only then)."""
        page = self.built_page(PageId.SUMMARY)
        if page is None:
            return None
        from ui.pages.summary import SummaryPage  # lazy: loaded already, since the page exists

        return page if isinstance(page, SummaryPage) else None

    def shut_summary(self) -> None:
        """Stop the summary's background work (an export running) before the wizard goes."""
        summary = self.summary_if_built()
        if summary is not None:
            summary.shutdown()

    def build_page(self, page_id: int) -> QWizardPage | None:
        """The real page of step ``page_id``, building it now if it was deferred."""
        page = QWizard.page(self, page_id)
        if isinstance(page, DeferredPage) and self.document is None:
            return None  # the first frame builds no step
        if isinstance(page, DeferredPage) and page_id not in self.visitedIds():
            real = page.factory()
            self.removePage(page_id)
            self.setPage(page_id, real)
            page.deleteLater()
            self.sig_page_built.emit(page_id)
            return real
        return page

    def build_all(self) -> None:
        """Build every deferred page (tests that walk all widgets)."""
        for page_id in self.pageIds():
            self.build_page(page_id)

    def step_ids(self) -> list[int]:
        return sorted(self.pageIds())

    def section_count(self) -> int:
        return sum(1 for page_id in self.pageIds() if is_assessment(page_id))

    # --- navigation

    def nextId(self) -> int:
        """During a jump, the target; otherwise what the current page says."""
        if self._jump_target is not None:
            return self._jump_target
        return super().nextId()

    def go_to(self, page_id: int) -> bool:
        """Show the step ``page_id``; False if the current page refused to be left."""
        if self.currentId() == page_id:
            return True
        if page_id in self.visitedIds():
            while self.currentId() != page_id:
                self.back()
            return True
        self._jump_target = page_id  # validateCurrentPage() builds it
        try:
            self.next()
        finally:
            self._jump_target = None
        return self.currentId() == page_id

    def validateCurrentPage(self) -> bool:
        """Qt asks before Next (or a jump) moves on: once the current page agrees, the step
        about to be shown is built, so Qt switches to the real page. The first frame, with
        no audit open yet, stays where it is."""
        if self.document is None or not super().validateCurrentPage():
            return False
        target = self.nextId()
        if target != -1:
            self.build_page(target)
        return True

    def _on_current_changed(self, page_id: int) -> None:
        history = len(self.visitedIds())
        went_back = history < self._history_length
        self._history_length = history
        page = self.page(page_id)
        if went_back and page is not None:
            # Going back shows a page without initialising it; the audit may have changed
            # on the pages in between, so read it again.
            page.initializePage()
        read_only = self.document is not None and self.document.read_only
        if page is not None and read_only and page_id != PageId.START:
            lock_editors(page)
        if page is not None:
            self.order_tabs(page)
            self._focus_page(page)
        self.sig_page_shown.emit(page_id)

    # --- keyboard

    def order_tabs(self, page: QWizardPage) -> None:
        """Tab goes through the page in screen order first, then to Back and Next."""
        fields = focusable_fields(page, enabled_only=False)
        if not fields:
            return
        back = self.button(QWizard.WizardButton.BackButton)
        next_ = self.button(QWizard.WizardButton.NextButton)
        QWidget.setTabOrder(fields[-1], back)
        QWidget.setTabOrder(back, next_)

    def _focus_page(self, page: QWizardPage) -> None:
        """A shown step takes the focus in its first field, unless the user is driving from
        the Back/Next buttons or the step list (pressing Next again must still work)."""
        focus = QApplication.focusWidget()
        buttons = (
            self.button(QWizard.WizardButton.BackButton),
            self.button(QWizard.WizardButton.NextButton),
        )
        if focus is not None and focus.isVisible() and not _inside(focus, self):
            return  # the step list, a menu, another window
        if focus in buttons and focus.isVisible() and focus.isEnabled():
            return
        fields = focusable_fields(page)
        if fields:
            fields[0].setFocus(Qt.FocusReason.OtherFocusReason)

    # --- an embedded wizard must not close itself

    def reject(self) -> None:
        """Escape must not hide the embedded wizard."""

    def accept(self) -> None:
        """There is no Finish: the audit is saved from the File menu."""

    def _retranslate_buttons(self) -> None:
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.button(QWizard.WizardButton.BackButton).setAccessibleName(self.tr("Back"))
        self.button(QWizard.WizardButton.NextButton).setAccessibleName(self.tr("Next"))
