"""The review as text: one heading per table, one line per change (the command line)."""

from __future__ import annotations

from wizard.messages import Message
from wizard.returned import headers
from wizard.returned.changes import ChangeKind, ChangeSet
from wizard.workbook import strings


def table_title(table: str, lang: str) -> str:
    """The name a reviewer knows a table by: the sheet it is on since workbook format 2 (in
    format 1 the legal checklist and the risk register shared a sheet, under these names as
    subtitles)."""
    return strings.sheet_name(headers.SHEET_OF_ROLE[table], lang)


def counts(changeset: ChangeSet) -> dict[str, int]:
    found = {"updates": 0, "new": 0, "deleted": 0, "refused": 0}
    for change in changeset.changes:
        if change.rejected:
            found["refused"] += 1
        elif change.kind is ChangeKind.UPDATE:
            found["updates"] += 1
        elif change.kind is ChangeKind.NEW:
            found["new"] += 1
        else:
            found["deleted"] += 1
    return found


def report_lines(changeset: ChangeSet, lang: str = "en") -> list[str]:
    """The review in ``lang``; tables keep the names the workbook's language gives them."""

    def say(key: str, **params: object) -> str:
        return Message(key, **params).text(lang)

    lines = [say("returned.report.title", file=changeset.file_name)]
    if changeset.foreign:
        lines.append(say("returned.report.foreign", audit=changeset.workbook_audit_id))
    lines += [say("returned.report.warning", warning=w) for w in changeset.warnings]
    for table, changes in changeset.by_table().items():
        lines.append("")
        lines.append(f"== {table_title(table, changeset.lang)} ({len(changes)})")
        for change in changes:
            mark = "!" if change.rejected else ("?" if not change.default else "*")
            lines.append(f"  {mark} {change.describe(lang)}")
    found = counts(changeset)
    lines.append("")
    if changeset.empty:
        lines.append(say("returned.report.none"))
    else:
        lines.append(say("returned.report.counts", **found))
        lines.append(say("returned.report.legend"))
    return lines
