"""The menu commands that open a window of their own: import accounts, a client's workbook,
discovery from web pages, a merge, the Word report and the consultant's profile.

Each loads its module when first used (none is on the way to the first frame, issue 15) and
works on the window's open audit; the window's menus call them (``MainWindow._connect_actions``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ui.wizard import PageId

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def import_accounts(window: MainWindow) -> None:
    """File → Import Accounts: on the inventory step when it can be shown."""
    if window.document.read_only:
        return
    if window.go_to(PageId.INVENTORY) and window.wizard is not None:
        page = window.wizard.page(PageId.INVENTORY)
        run = getattr(page, "import_accounts", None)
        if callable(run):
            run()
            return
    from ui.import_accounts.dialog import import_accounts as run_dialog  # lazy: on first use

    run_dialog(window.document, window)


def import_client_workbook(window: MainWindow) -> None:
    """File → Import Client Workbook: review the client's changes, apply as one step."""
    from ui.client_return.dialog import import_client_workbook as run  # lazy: on first use

    run(window.document, window)


def discover_accounts(window: MainWindow) -> None:
    """File → Discover Accounts from Web Pages: three lists, recorded as one step."""
    from ui.discover.dialog import discover_accounts as run  # lazy: on first use

    run(window.document, window)


def merge_session(window: MainWindow) -> None:
    """File → Merge with Another Session: resolve the conflicts, apply as one step."""
    from ui.merge.dialog import merge_with_session  # lazy: on first use

    merge_with_session(window.document, window)


def export_report(window: MainWindow) -> None:
    """File → Export Report…: the Word report (``ui/report_export.py``), one exporter per
    window, made when first used."""
    from ui.report_export import ReportExporter  # lazy: on first use

    if window._report_exporter is None:
        exporter = ReportExporter(window)

        def written(path: Path) -> None:
            message = QCoreApplication.translate("MainWindow", "Report written to %1")
            message = message.replace("%1", str(path))
            window.statusBar().showMessage(message, 8000)

        exporter.sig_written.connect(written)
        window._report_exporter = exporter
    window._report_exporter.choose_and_export(window.document)


def edit_consultant_profile(window: MainWindow) -> bool:
    """Edit → Consultant Profile…: the brand kept in the settings (``ui/brand_dialog.py``);
    True when it was saved."""
    # lazy: loaded when its menu is first used (start-up, issue 15)
    from ui.brand_dialog import ConsultantProfileDialog
    from ui.widgets import modal

    dialog = ConsultantProfileDialog(window.settings.brand_profile(), window)
    try:
        if not modal.run(dialog):
            return False
        try:
            profile = dialog.profile()
        except ValueError:
            return False
        window.settings.set_brand_profile(profile)
        window.settings.sync()
    finally:
        dialog.deleteLater()
    saved = QCoreApplication.translate("MainWindow", "Consultant profile saved")
    window.statusBar().showMessage(saved, 5000)
    return True
