"""A refused value said in the user's words: the field's visible label and a translated
reason, instead of the core's internal name and pydantic's English.

The core keeps its English reasons (they also reach the log and the command line); the
common ones are recognised here and said again through ``tr()``; any other is shown as
is, after the label.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"Input should be greater than or equal to (\S+)"), "must be %1 or more"),
    (re.compile(r"Input should be greater than (\S+)"), "must be more than %1"),
    (re.compile(r"Input should be less than or equal to (\S+)"), "must be %1 or less"),
    (re.compile(r"Input should be a valid integer.*"), "must be a whole number"),
    (re.compile(r"Input should be a valid number.*"), "must be a number"),
    (re.compile(r"Input should be a valid date.*"), "must be a date (YYYY-MM-DD)"),
    (re.compile(r"'(.*)' is not a valid value"), "“%1” is not a valid value"),
    (
        re.compile(r"is too long: ([\d,]+) characters, the limit is ([\d,]+)"),
        "is too long: %1 characters, the limit is %2",
    ),
]


def _tr(text: str) -> str:
    return QCoreApplication.translate("refusals", text)


def _keep_for_translation() -> None:  # pragma: no cover - lupdate reads these calls
    QCoreApplication.translate("refusals", "must be %1 or more")
    QCoreApplication.translate("refusals", "must be more than %1")
    QCoreApplication.translate("refusals", "must be %1 or less")
    QCoreApplication.translate("refusals", "must be a whole number")
    QCoreApplication.translate("refusals", "must be a number")
    QCoreApplication.translate("refusals", "must be a date (YYYY-MM-DD)")
    QCoreApplication.translate("refusals", "“%1” is not a valid value")
    QCoreApplication.translate("refusals", "is too long: %1 characters, the limit is %2")


def readable_problem(problem: str) -> str:
    """The core's reason, translated when it is one of the common ones."""
    problem = problem.strip()
    for pattern, text in _PATTERNS:
        match = pattern.fullmatch(problem)
        if match:
            out = _tr(text)
            for number, value in enumerate(match.groups(), start=1):
                out = out.replace(f"%{number}", value)
            return out
    return problem


def refusal_text(label: str, problem: str) -> str:
    """``Followers: must be 0 or more`` — the label as the user sees it, then why."""
    return (
        QCoreApplication.translate("refusals", "%1: %2")
        .replace("%1", label)
        .replace("%2", readable_problem(problem))
    )
