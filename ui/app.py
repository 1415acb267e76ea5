"""The desktop application: ``main(argv)`` builds it, opens what was asked, and runs it.

``main`` is thin on purpose: the window and its controller are testable without it, and a
smoke test starts it in a subprocess (a second QApplication in one process aborts).

Start-up draws the window before the core is even imported (:func:`start_window`): its first
frame is the start page of a window with no audit open yet (``MainWindow.shell``), built from
Qt and the GUI's own light modules. On the turn after that frame the core is imported, what
was asked is opened (the demo, a file with its questions, crash recovery) and the window
takes its controller (``MainWindow.attach``), then goes to the step to show. The steps are
built on first visit (:mod:`ui.wizard`).

Environment: ``VIGIE_LOG_DIR`` (where errors are logged), ``VIGIE_SETTINGS`` (an INI file
instead of the per-user settings), ``VIGIE_QUIT_AFTER_MS`` (close by itself after that
long once what was asked is open, for smoke tests and benchmarks; with
``VIGIE_QUIT_WHEN=drawn``, once the first frame is drawn instead, before the core loads).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable, Sequence
from functools import partial
from importlib import resources
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ui import gui_collector, i18n, opened_step
from ui.first_frame import after_first_frame
from ui.main_window import MainWindow
from ui.settings import AppSettings


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
            from wizard.logs import log_exception  # lazy: the core loads after the first frame

            where = str(log_exception(exc))
        except OSError:
            where = QCoreApplication.translate("CrashHandler", "(the log could not be written)")
        if self.window is not None and self.window.attached:
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
    """``VIGIE_QUIT_AFTER_MS``: close the windows after that delay (smoke tests, benchmarks)."""
    raw = os.environ.get("VIGIE_QUIT_AFTER_MS", "")
    if raw.isdigit():
        QTimer.singleShot(int(raw), app.closeAllWindows)


def _quit_when_drawn() -> bool:
    """``VIGIE_QUIT_WHEN=drawn``: the quit is armed at the first frame, not once what was
    asked is open (the benchmark of a start to a visible window)."""
    return os.environ.get("VIGIE_QUIT_WHEN", "") == "drawn"


def _open_requested(window: MainWindow, args: argparse.Namespace) -> None:
    ctl = window.controller
    if args.file is not None:
        if ctl.open_file(args.file):  # offers the file's own unsaved work, if any
            opened_step.show_opened(window)
    elif args.demo or (ctl.pending_recoveries() and ctl.offer_recoveries()):
        opened_step.show_opened(window)


def _opening_message(args: argparse.Namespace) -> str:
    """What the first frame's status bar says while the core loads and the audit opens."""
    if args.file is not None:
        return QCoreApplication.translate("Start", "Opening %1…").replace("%1", args.file.name)
    if args.demo:
        return QCoreApplication.translate("Start", "Opening the demonstration audit…")
    return QCoreApplication.translate("Start", "Starting…")


def attach_and_open(window: MainWindow, args: argparse.Namespace) -> None:
    """The turn after the first frame: the core, the audit asked for, then its step."""
    from ui.session_controller import SessionController  # lazy: after the first frame

    controller = SessionController(window.settings)
    if args.demo and args.file is None:
        # Opened before the window takes the controller: its wizard is built once, on the demo.
        controller.open_demo()
    window.attach(controller)
    window.statusBar().clearMessage()
    _open_requested(window, args)


def start_window(
    settings: AppSettings,
    args: argparse.Namespace,
    then: Callable[[], None] | None = None,
    *,
    drawn: Callable[[], None] | None = None,
) -> MainWindow:
    """The window, drawn first on its start page with no audit open; on the turns after its
    first frame ``drawn`` runs, then what was asked opens (:func:`attach_and_open`), then
    ``then`` runs (even if the opening failed)."""
    window = MainWindow.shell(settings)
    window.statusBar().showMessage(_opening_message(args))
    window.show()

    def open_requested() -> None:
        try:
            if window.isVisible():  # a window closed on its first frame opens nothing
                attach_and_open(window, args)
        finally:
            if then is not None:
                then()

    def first_frame() -> None:
        if drawn is not None:
            drawn()
        QTimer.singleShot(0, window, open_requested)  # after what ``drawn`` queued

    after_first_frame(window, first_frame)
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
    when_drawn = _quit_when_drawn()
    quit_soon = partial(_quit_after, app)
    try:
        window = start_window(
            settings,
            args,
            then=None if when_drawn else quit_soon,
            drawn=quit_soon if when_drawn else None,
        )
        handler.window = window
        code = app.exec()
    finally:
        sys.excepthook = previous_hook
    gui_collector.no_collection_at_exit()
    return code


if __name__ == "__main__":
    sys.exit(main())
