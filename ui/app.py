"""The desktop application: ``main(argv)`` builds it, opens what was asked, and runs it.

``main`` is thin on purpose: the window and its controller are testable without it, and a
smoke test starts it in a subprocess (a second QApplication in one process aborts).

Start-up shows the window first (the start page, or the demo's) and opens what was asked
(the demo's engagement step, a file with its questions, crash recovery) on the turn after its
first frame (:func:`start_window`); the steps are built on first visit (:mod:`ui.wizard`).

Environment: ``VIGIE_LOG_DIR`` (where errors are logged), ``VIGIE_SETTINGS`` (an INI file
instead of the per-user settings), ``VIGIE_QUIT_AFTER_MS`` (close by itself after that
long once what was asked is open, for smoke tests and benchmarks).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable, Sequence
from importlib import resources
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ui import gui_collector, i18n, opened_step
from ui.first_frame import after_first_frame
from ui.main_window import MainWindow
from ui.session_controller import SessionController
from ui.settings import AppSettings
from wizard.logs import log_exception


def _parse(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="vigie", add_help=True)
    parser.add_argument("--demo", action="store_true", help="open the demonstration audit")
    parser.add_argument("file", nargs="?", type=Path, help="a session file (.vigie) to open")
    args, _qt_args = parser.parse_known_args(list(argv))
    return args


class CrashHandler:
    """``sys.excepthook`` for the GUI: log the traceback, show a short message, go on.

    The recovery copy is written (not discarded) so the work survives if the user then
    chooses to quit. A traceback is never shown to the user.
    """

    def __init__(self, window: MainWindow | None = None) -> None:
        self.window = window
        self._showing = False

    def __call__(
        self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        exc.__traceback__ = tb
        try:
            where = str(log_exception(exc))
        except OSError:
            where = QCoreApplication.translate("CrashHandler", "(the log could not be written)")
        if self.window is not None:
            # A second failure while saving the work must not hide the first one.
            with contextlib.suppress(Exception):
                self.window.controller.recovery.write_now()
        if self._showing:  # an error while the message is up: logged, not stacked
            return
        self._showing = True
        try:
            _show_crash_message(self.window, where)
        finally:
            self._showing = False


def _show_crash_message(parent, where: str) -> None:
    from ui import dialogs  # lazy: only after a crash, off the start-up path

    dialogs.warn(
        parent,
        QCoreApplication.translate("CrashHandler", "Unexpected error"),
        QCoreApplication.translate(
            "CrashHandler",
            "Something went wrong in Vigie. Your work is kept in a recovery copy; "
            "save it under a new name if you can.",
        ),
        QCoreApplication.translate("CrashHandler", "Details were written to %1").replace(
            "%1", where
        ),
    )


def _app_icon() -> QIcon:
    """Vigie's icon at every drawn size (``resources/icons``, from ``vigie.svg``)."""
    icon = QIcon()
    for png in sorted((resources.files("resources") / "icons").iterdir(), key=str):
        if png.name.startswith("vigie-") and png.name.endswith(".png"):
            icon.addFile(str(png))
    return icon


def _quit_after(app: QApplication) -> None:
    """``VIGIE_QUIT_AFTER_MS``: close the windows after that delay (smoke tests, benchmarks);
    armed once what was asked is open, so a start measured with 0 includes it."""
    raw = os.environ.get("VIGIE_QUIT_AFTER_MS", "")
    if raw.isdigit():
        QTimer.singleShot(int(raw), app.closeAllWindows)


def _open_requested(window: MainWindow, args: argparse.Namespace) -> None:
    ctl = window.controller
    if args.file is not None:
        if ctl.open_file(args.file):  # offers the file's own unsaved work, if any
            opened_step.show_opened(window)
    elif args.demo or (ctl.pending_recoveries() and ctl.offer_recoveries()):
        opened_step.show_opened(window)


def start_window(
    settings: AppSettings, args: argparse.Namespace, then: Callable[[], None] | None = None
) -> MainWindow:
    """The window, shown on its start page (the demo's when asked); what was asked opens on
    the turn after its first frame, then ``then`` runs (even if the opening failed)."""
    controller = SessionController(settings)
    if args.demo and args.file is None:
        # Installed before the window exists, so the wizard is built once, on the demo.
        controller.open_demo()
    window = MainWindow(settings, controller)
    window.show()

    def open_requested() -> None:
        try:
            _open_requested(window, args)
        finally:
            if then is not None:
                then()

    after_first_frame(window, open_requested)
    return window


def main(argv: Sequence[str] | None = None) -> int:
    """Run the desktop application; return its exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    args = _parse(argv)
    existing = QApplication.instance()
    app = (
        existing
        if isinstance(existing, QApplication)
        else QApplication([sys.argv[0] if sys.argv else "vigie", *argv])
    )
    gui_collector.install(app)
    app.setApplicationName("Vigie")
    app.setOrganizationName("Vigie")
    app.setApplicationDisplayName("Vigie")
    app.setDesktopFileName("vigie")  # matches vigie.desktop (packaging/linux)
    app.setWindowIcon(_app_icon())
    settings = AppSettings()
    i18n.install(i18n.resolve(settings.language()))
    handler = CrashHandler()
    previous_hook = sys.excepthook
    sys.excepthook = handler
    try:
        window = start_window(settings, args, then=lambda: _quit_after(app))
        handler.window = window
        return app.exec()
    finally:
        sys.excepthook = previous_hook


if __name__ == "__main__":
    sys.exit(main())
