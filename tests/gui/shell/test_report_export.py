"""File → Export Report…: options asked, file chosen, report written off the GUI thread."""

from __future__ import annotations

import docx
from helpers.shell import answer

from ui.report_export import ReportOptions
from ui.widgets import modal


def _choose(language: str, names: bool):
    def fill(dialog):
        assert isinstance(dialog, ReportOptions)
        dialog.language.setCurrentIndex(dialog.language.findData(language))
        dialog.include_names.setChecked(names)
        dialog.pdf.setChecked(False)
        return True

    return fill


def test_the_menu_writes_the_report_in_the_chosen_language(window, qtbot, tmp_path, monkeypatch):
    window.controller.open_demo()
    target = tmp_path / "report.docx"
    monkeypatch.setattr(modal, "run", _choose("en", False))
    asked = answer(monkeypatch, "get_save_path", target)
    window.menu_actions.export_report.trigger()
    exporter = window._report_exporter
    with qtbot.waitSignal(exporter.sig_written, timeout=60_000) as blocker:
        pass
    assert blocker.args == [target]
    assert asked[0][3] == "Word documents (*.docx)"
    document = docx.Document(str(target))
    first = next(p.text for p in document.paragraphs if p.style.name == "Heading 1")
    assert first == "Executive summary"
    auditors = window.document.audit.engagement.auditors
    assert not any(a.name in p.text for p in document.paragraphs for a in auditors)
    qtbot.waitUntil(lambda: not exporter.is_running())


def test_cancelling_the_options_writes_nothing(window, tmp_path, monkeypatch):
    window.controller.open_demo()
    monkeypatch.setattr(modal, "run", lambda dialog: False)
    window.menu_actions.export_report.trigger()  # get_save_path is never asked (it would fail)
    assert not list(tmp_path.glob("*.docx"))
