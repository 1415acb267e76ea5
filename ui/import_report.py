"""The import report in the interface language: counts, then rows with their reasons.

The core's :class:`~wizard.importers.report.ImportReport` holds the outcomes; the titles and
the framing are translated here, the reasons (row by row) are the core's messages, rendered in
the interface language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.i18n import current_language
from wizard.importers.headers import WEBSITE, Mapping
from wizard.importers.report import ImportReport, RowOutcome
from wizard.messages import localise
from wizard.workbook.strings import inventory_header

REPORT_LIMIT = 200
"""Rows listed per section of the report shown in the dialog."""


translate = QCoreApplication.translate
"""Texts in the import dialog's translation context: they are shown there."""


def summary_text(report: ImportReport) -> str:
    counts = report.counts()
    return (
        translate("ImportDialog", "%1 to add, %2 to merge, %3 skipped (duplicates), %4 invalid.")
        .replace("%1", f"{counts['added']:,}")
        .replace("%2", f"{counts['merged']:,}")
        .replace("%3", f"{counts['skipped']:,}")
        .replace("%4", f"{counts['invalid']:,}")
    )


def report_lines(report: ImportReport, mapping: Mapping | None = None) -> list[str]:
    lines = [
        translate("ImportDialog", "Source: %1").replace(
            "%1", localise(report.source, current_language())
        )
    ]
    if mapping is not None and mapping.fields:
        pairs = [
            f"{_column(mapping, i)} → {_field(key)}" for i, key in sorted(mapping.fields.items())
        ]
        title = (
            translate("ImportDialog", "No header row; columns guessed from content: %1")
            if mapping.guessed
            else translate("ImportDialog", "Columns: %1")
        )
        lines.append(title.replace("%1", "; ".join(pairs)))
    elif report.mapping:
        lines.append(
            translate("ImportDialog", "Columns: %1").replace("%1", "; ".join(report.mapping))
        )
    if report.unknown_columns:
        names = ", ".join(repr(localise(c, current_language())) for c in report.unknown_columns)
        text = (
            translate("ImportDialog", "Columns kept in the notes: %1")
            if report.kept_unknown
            else translate("ImportDialog", "Columns not recognised, not imported: %1")
        )
        lines.append(text.replace("%1", names))
    if report.secret_columns:
        names = ", ".join(repr(localise(c, current_language())) for c in report.secret_columns)
        lines.append(
            translate(
                "ImportDialog", "Columns that look like passwords or codes, never imported: %1"
            ).replace("%1", names)
        )
    lines += [translate("ImportDialog", "Warning: %1").replace("%1", w) for w in report.warnings]
    lines.append(summary_text(report))
    if report.platform_from_url:
        lines.append(
            translate("ImportDialog", "Platform recognised from the URL: %1 rows").replace(
                "%1", f"{len(report.platform_from_url):,}"
            )
        )
    sections = [
        (
            translate("ImportDialog", "Duplicates added anyway"),
            [o for o in report.added if o.reason],
        ),
        (
            translate("ImportDialog", "Merged into an existing account (empty fields filled)"),
            report.merged,
        ),
        (translate("ImportDialog", "Skipped duplicates"), report.skipped),
        (translate("ImportDialog", "Invalid rows, not imported"), report.invalid),
        (translate("ImportDialog", "Platform column disagreed with the URL"), report.conflicts),
        (translate("ImportDialog", "Values left empty or adjusted"), report.problems),
    ]
    for title, outcomes in sections:
        lines += _section(title, outcomes)
    return lines


def _column(mapping: Mapping, index: int) -> str:
    if mapping.guessed:
        return translate("ImportDialog", "column %1").replace("%1", str(index + 1))
    return repr(mapping.headers[index])


def _field(key: str) -> str:
    if key == WEBSITE:
        return translate("ImportDialog", "organisation's website (notes)")
    return inventory_header(key, current_language())


def _section(title: str, outcomes: list[RowOutcome]) -> list[str]:
    if not outcomes:
        return []
    lines = ["", f"{title}: {len(outcomes):,}"]
    for outcome in outcomes[:REPORT_LIMIT]:
        text = translate("ImportDialog", "row %1").replace("%1", str(outcome.row))
        reason = localise(outcome.reason, current_language())
        lines.append(f"  {text}: {reason}" if reason else f"  {text}")
    if len(outcomes) > REPORT_LIMIT:
        more = translate("ImportDialog", "… and %1 more").replace(
            "%1", f"{len(outcomes) - REPORT_LIMIT:,}"
        )
        lines.append(f"  {more}")
    return lines
