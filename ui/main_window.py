"""The main window: the wizard, the side list of steps, menus and the save state.

The window owns no audit logic and no file logic: files go through
:class:`~ui.session_controller.SessionController`, audit content through the pages. When
another audit is opened (or the language changes) the wizard is rebuilt around the
document, so pages always start from the audit as it is.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QVBoxLayout, QWidget

from ui import busy, dialogs, i18n, opened_step, window_commands
from ui.actions import WindowActions
from ui.formats import format_time
from ui.pages.start import RecentEntry, StartPage
from ui.read_only_banner import ReadOnlyBanner
from ui.settings import AppSettings
from ui.step_list import PREFERRED_WIDTH, Mark, StepList
from ui.wizard import AuditWizard, PageId, focusable_fields

if TYPE_CHECKING:
    from ui.document import AuditDocument
    from ui.report_export import ReportExporter
    from ui.session_controller import SessionController


class MainWindow(QMainWindow):
    """The window. Built with a controller (or its own), it shows that controller's audit;
    built as a :meth:`shell`, it is the first frame, drawn before the core is imported, and
    :meth:`attach` gives it its controller once the audit is open."""

    controller: SessionController
    """Set by :meth:`attach`; a shell has none yet (:attr:`attached` is False)."""

    def __init__(
        self,
        settings: AppSettings,
        controller: SessionController | None = None,
        *,
        shell: bool = False,
    ) -> None:
        super().__init__()
        self.settings = settings
        self.attached = False
        self.wizard: AuditWizard | None = None
        self._report_exporter: ReportExporter | None = None  # made when first used
        self._closing = False
        self._steps_sized = False
        self.menu_actions = WindowActions(self)
        self.steps = StepList()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.steps)
        self.banner = ReadOnlyBanner()
        self.banner.copy_button.clicked.connect(lambda: self.controller.save_as())
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.state_label = QLabel()
        self.statusBar().addPermanentWidget(self.state_label)
        self._marks_timer = QTimer(self)
        self._marks_timer.setSingleShot(True)
        self._marks_timer.setInterval(150)
        self._marks_timer.timeout.connect(self.refresh_marks)
        self.steps.sig_step_chosen.connect(self.go_to)
        self.menu_actions.set_language_checked(settings.language())
        self._retranslate()
        self._restore_geometry()
        if shell:
            self._show_first_frame()
        else:
            self.attach(controller or _new_controller(settings))

    @classmethod
    def shell(cls, settings: AppSettings) -> MainWindow:
        """The window as its first frame shows it: the start page, no audit open, no core
        imported (``ui/app.py`` draws it, then opens what was asked and attaches)."""
        return cls(settings, shell=True)

    def _show_first_frame(self) -> None:
        self.wizard = AuditWizard(None)
        self.splitter.addWidget(self.wizard)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.wizard.restart()
        self.refresh_recent()
        self.setWindowTitle("Vigie")

    def attach(self, controller: SessionController) -> None:
        """Take ``controller`` and show its audit (a new empty one when it has none)."""
        self.controller = controller
        self.attached = True
        controller.setParent(self)
        controller.window = self
        self._connect_actions()
        controller.sig_document_replaced.connect(self._on_document_replaced)
        controller.sig_saved.connect(lambda _path: self.refresh_recent())
        if controller._document is None:
            controller.start_empty()
        else:
            self._on_document_replaced(controller.document)

    # --- wiring

    def _connect_actions(self) -> None:
        act, ctl = self.menu_actions, self.controller
        act.new.triggered.connect(self.new_audit)
        act.new_on_bank.triggered.connect(lambda: self.new_audit(choose_bank=True))
        act.open.triggered.connect(lambda: self._after_open(ctl.open_dialog()))
        act.start_previous.triggered.connect(lambda: self._after_open(ctl.start_from_previous()))
        act.save.triggered.connect(ctl.save)
        act.save_as.triggered.connect(ctl.save_as)
        act.import_accounts.triggered.connect(lambda: window_commands.import_accounts(self))
        act.import_client.triggered.connect(lambda: window_commands.import_client_workbook(self))
        act.discover.triggered.connect(lambda: window_commands.discover_accounts(self))
        act.merge.triggered.connect(lambda: window_commands.merge_session(self))
        act.export.triggered.connect(self.export_workbook)
        act.export_report.triggered.connect(lambda: window_commands.export_report(self))
        act.consultant_profile.triggered.connect(
            lambda: window_commands.edit_consultant_profile(self)
        )
        act.quit.triggered.connect(self.close)
        act.undo.triggered.connect(lambda: self.document.undo_stack.undo())
        act.redo.triggered.connect(lambda: self.document.undo_stack.redo())
        act.find.triggered.connect(self.find_in_inventory)
        act.guide.triggered.connect(self.show_user_guide)
        act.about.triggered.connect(self.show_about)
        act.sig_recent_chosen.connect(lambda path: self._after_open(ctl.open_file(path)))
        act.sig_language_chosen.connect(self.set_language)

    @property
    def document(self) -> AuditDocument:
        return self.controller.document

    def _on_document_replaced(self, document: AuditDocument) -> None:
        document.sig_state_changed.connect(self.refresh_state)
        document.sig_changed.connect(self._marks_timer.start)
        document.undo_stack.canUndoChanged.connect(self.menu_actions.undo.setEnabled)
        document.undo_stack.canRedoChanged.connect(self.menu_actions.redo.setEnabled)
        document.events.sig_audit_replaced.connect(self._on_audit_replaced)
        self.rebuild_wizard(PageId.START)

    def _on_audit_replaced(self) -> None:
        """A merge applied or undone: every page starts again from the audit as it is."""
        if self.wizard is not None:
            self.rebuild_wizard(max(self.wizard.currentId(), PageId.START))

    def rebuild_wizard(self, page_id: int) -> None:
        """A new wizard around the current document, showing ``page_id``."""
        old = self.wizard
        if old is not None:
            old.shut_summary()
        self.wizard = AuditWizard(self.document)
        self.wizard.sig_page_shown.connect(self._on_page_shown)
        self.wizard.sig_page_built.connect(self._on_page_built)
        self._connect_pages(self.wizard)
        if old is not None:
            self.splitter.replaceWidget(1, self.wizard)
            old.deleteLater()
        else:
            self.splitter.addWidget(self.wizard)
            self.splitter.setStretchFactor(0, 0)
            self.splitter.setStretchFactor(1, 1)
            self.splitter.setSizes([PREFERRED_WIDTH, max(self.width() - PREFERRED_WIDTH, 800)])
        from ui.step_marks import step_titles  # lazy: the core's bank, after the first frame

        self.steps.set_steps(step_titles(self.document.audit, i18n.current_language()))
        self.wizard.restart()
        if page_id != PageId.START:
            self.wizard.go_to(page_id)
        self.refresh_marks()
        self.refresh_state()
        self.refresh_recent()
        self.menu_actions.undo.setEnabled(self.document.undo_stack.canUndo())
        self.menu_actions.redo.setEnabled(self.document.undo_stack.canRedo())

    def _connect_pages(self, wizard: AuditWizard) -> None:
        start = wizard.built_page(PageId.START)
        if isinstance(start, StartPage):
            ctl = self.controller
            start.sig_new_requested.connect(self.new_audit)
            start.sig_open_requested.connect(lambda: self._after_open(ctl.open_dialog()))
            start.sig_open_path_requested.connect(lambda p: self._after_open(ctl.open_file(p)))
            start.sig_previous_requested.connect(
                lambda: self._after_open(ctl.start_from_previous())
            )
            start.sig_demo_requested.connect(lambda: self._after_open(ctl.open_demo()))
            start.sig_recover_requested.connect(lambda: self._after_open(ctl.offer_recoveries()))
        for page_id in wizard.pageIds():
            page = wizard.built_page(page_id)
            if page is not None:
                page.completeChanged.connect(self.refresh_marks)

    def _on_page_built(self, page_id: int) -> None:
        """A step built on its first visit: connected like the pages built with the wizard."""
        if self.wizard is None:
            return
        page = self.wizard.built_page(page_id)
        if page is None:
            return
        page.completeChanged.connect(self.refresh_marks)
        summary = self.wizard.summary_if_built() if page_id == PageId.SUMMARY else None
        if summary is not None:
            summary.sig_save_requested.connect(self.controller.save)
            summary.export_panel.sig_exported.connect(self._on_exported)
            summary.export_panel.brand.profile_of = self.settings.brand_profile

    # --- navigation

    def go_to(self, page_id: int) -> bool:
        assert self.wizard is not None
        done = self.wizard.go_to(page_id)
        if not done:
            self.steps.set_current_step(self.wizard.currentId())
        return done

    def new_audit(self, *, choose_bank: bool = False) -> None:
        """A new audit; its question bank is asked for when ``choose_bank`` or when the
        consultant keeps a bank folder."""
        if self.controller.new_audit(choose_bank=choose_bank):
            self.go_to(PageId.ENGAGEMENT)
            self.focus_page()

    def _after_open(self, opened: bool) -> None:
        if opened:
            opened_step.show_opened(self)

    def focus_page(self) -> None:
        """The keyboard focus in the first field of the step shown (a new or opened audit
        is typed into at once)."""
        if self.wizard is not None and self.wizard.currentPage() is not None:
            fields = focusable_fields(self.wizard.currentPage())
            if fields:
                fields[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def find_in_inventory(self) -> None:
        if self.go_to(PageId.INVENTORY) and self.wizard is not None:
            page = self.wizard.page(PageId.INVENTORY)
            focus = getattr(page, "focus_filter", None)
            if callable(focus):
                focus()

    def export_workbook(self) -> None:
        if self.go_to(PageId.SUMMARY) and self.wizard is not None:
            page = self.wizard.summary_if_built()
            if page is not None:
                page.export_panel.choose_and_export()

    def _on_page_shown(self, page_id: int) -> None:
        opened_step.record_shown(self.document, page_id)
        self.steps.set_current_step(page_id)
        self.refresh_marks()

    # --- state shown to the user

    def refresh_marks(self) -> None:
        if self.wizard is None or not self.attached:
            return
        from ui.step_marks import step_marks  # lazy: the core's scores, after the first frame
        from wizard.audit.engagement_required import missing_fields  # lazy: as step_marks

        engagement = self.wizard.built_page(PageId.ENGAGEMENT)
        if engagement is not None:
            filled = engagement.isComplete()
        else:  # not built yet: nothing typed there, the audit alone says
            filled = not missing_fields(self.document.audit)
        ids = set(self.wizard.pageIds())
        self.steps.set_reachable(ids if filled else {PageId.START, PageId.ENGAGEMENT})
        self.steps.set_marks(step_marks(self.document.audit, filled, self.wizard.step_ids()))

    def refresh_state(self) -> None:
        doc = self.document
        if doc.read_only:
            state = self.tr("Read-only")
        elif doc.dirty:
            state = self.tr("Unsaved changes")
        elif self.controller.saved_at is not None:
            state = self.tr("Saved at %1").replace("%1", format_time(self.controller.saved_at))
        else:
            state = ""
        self.state_label.setText(state)
        self.state_label.setAccessibleName(self.tr("Save state"))
        organisation = doc.audit.engagement.organisation.name.strip()
        name = self.controller.display_name()
        if organisation and doc.path is None:
            title = f"{organisation}[*]"  # the demo, or not saved yet: no "Untitled audit"
        elif organisation:
            title = f"{organisation} — {name}[*]"
        else:
            title = f"{name}[*]"
        self.setWindowTitle(f"{title} — Vigie")
        self.setWindowModified(doc.dirty and not doc.read_only)
        self.menu_actions.save.setEnabled(not doc.read_only)  # Save As makes a copy
        self.banner.show_for(doc.read_only, self.controller.read_only_holder)
        self.menu_actions.import_accounts.setEnabled(not doc.read_only)
        self.menu_actions.import_client.setEnabled(not doc.read_only)
        self.menu_actions.discover.setEnabled(not doc.read_only)
        self.menu_actions.merge.setEnabled(not doc.read_only)

    def refresh_recent(self) -> None:
        entries = [
            RecentEntry(path, self.settings.recent_organisation(path), _modified(path))
            for path in self.settings.recent_files()
        ]
        self.menu_actions.set_recent([(e.path, e.organisation or e.path.name) for e in entries])
        if self.wizard is not None:
            start = self.wizard.built_page(PageId.START)
            if isinstance(start, StartPage):
                start.set_recent(entries)
                pending = self.attached and bool(self.controller.pending_recoveries())
                start.set_recovery_available(pending)

    def _on_exported(self, path: Path) -> None:
        self.statusBar().showMessage(
            self.tr("Workbook written to %1").replace("%1", str(path)), 8000
        )

    # --- language

    def set_language(self, choice: str) -> None:
        """Switch the interface language now, keeping the audit and the current step."""
        self.settings.set_language(choice)
        self.menu_actions.set_language_checked(choice)
        i18n.install(i18n.resolve(choice))
        # Qt posts LanguageChange; deliver it now so the window is French when this returns.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            if self.wizard is not None and self.attached:
                self.rebuild_wizard(self.wizard.currentId())
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.menu_actions.retranslate()
        self.steps.setAccessibleName(self.tr("Steps of the audit"))
        self.steps.set_mark_words(
            {
                Mark.NONE: "",
                Mark.EMPTY: self.tr("Not started"),
                Mark.PARTIAL: self.tr("In progress"),
                Mark.DONE: self.tr("Complete"),
            }
        )

    # --- help

    def show_about(self) -> None:
        from wizard.version import app_version  # lazy: the core, after the first frame

        text = self.tr(
            "<h3>Vigie %1</h3><p>Audit of an organisation's social media presence and "
            "governance.</p><p>Everything stays on this computer: nothing is sent anywhere.</p>"
        ).replace("%1", app_version())
        dialogs.about(self, self.tr("About Vigie"), text)

    def show_user_guide(self) -> None:
        from ui.help import show_user_guide  # lazy: on first use

        show_user_guide(self, None if self.wizard is None else self.wizard.currentId())

    # --- window life

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._steps_sized:
            # the splitter knows its real width only now: the side list gets its preferred
            # width, the wizard the rest
            self._steps_sized = True
            total = self.splitter.width()
            self.splitter.setSizes([PREFERRED_WIDTH, max(total - PREFERRED_WIDTH, 1)])

    def _restore_geometry(self) -> None:
        geometry = self.settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 720)

    def closeEvent(self, event: QCloseEvent) -> None:
        if busy.busy():  # opening, saving or merging: the window waits for the work's end
            event.ignore()
            message = self.tr("Vigie is still working; close it when the work has ended.")
            self.statusBar().showMessage(message, 5000)
            return
        if self.attached and not self.controller.confirm_close():
            event.ignore()
            return
        if self.wizard is not None:
            self.wizard.shut_summary()
        if self._report_exporter is not None:
            self._report_exporter.shutdown()
        self._marks_timer.stop()
        self.settings.set_geometry(self.saveGeometry())
        self.settings.sync()
        if self.attached:
            self.controller.close()
        event.accept()


def _new_controller(settings: AppSettings) -> SessionController:
    from ui.session_controller import SessionController  # lazy: the core, after the first frame

    return SessionController(settings)


def _modified(path: Path):
    try:
        return datetime.fromtimestamp(path.stat().st_mtime)
    except OSError:
        return None
