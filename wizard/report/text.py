"""Putting user text into the document: always as literal text, never as markup or a field.

python-docx writes a run's text as ``w:t`` content (XML-escaped), tabs as ``w:tab`` and line
feeds as ``w:br``; nothing typed by a user becomes a field code, a style or a hyperlink, so
``=SUM(…)``, ``{ PAGE }``, ``<b>`` or ``MERGEFIELD`` read exactly as typed. The model has
already refused control characters (:mod:`wizard.audit.text`); a long note (32,767 characters and
more) stays one run, whole.
"""

from __future__ import annotations

from typing import Any


def add_run(paragraph: Any, text: str, *, bold: bool = False, italic: bool = False) -> Any:
    run = paragraph.add_run()
    run.text = text  # line feeds become breaks, tabs become tabs; the rest is literal
    if bold:
        run.bold = True
    if italic:
        run.italic = True
    return run


def paragraph(container: Any, text: str = "", style: str | None = None, **run_format) -> Any:
    """A new paragraph in ``container`` (document, cell, header) holding ``text`` literally."""
    para = container.add_paragraph(style=style)
    if text:
        add_run(para, text, **run_format)
    return para


def labelled(container: Any, label: str, value: str, lang: str, style: str | None = None) -> Any:
    """``label: value`` with the label in bold (both literal); French puts a space before
    the colon."""
    para = container.add_paragraph(style=style)
    add_run(para, f"{label} : " if lang == "fr" else f"{label}: ", bold=True)
    add_run(para, value)
    return para
