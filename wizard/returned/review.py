"""The review of a returned workbook: every table compared, as one :class:`ChangeSet`.

Rows are matched by the id in their hidden column, never by position (:mod:`.diff`); what
each table holds is :mod:`.tables`. Nothing in the audit changes here.
"""

from __future__ import annotations

from datetime import UTC, datetime

from wizard.audit import model as m
from wizard.messages import Message
from wizard.returned import tables
from wizard.returned.changes import ChangeSet
from wizard.returned.diff import Differ
from wizard.returned.errors import ForeignWorkbookError
from wizard.returned.reader import ReturnedWorkbook


def compute_changes(
    audit: m.Audit,
    returned: ReturnedWorkbook,
    *,
    allow_foreign: bool = False,
    lang: str | None = None,
) -> ChangeSet:
    """The review of ``returned`` against ``audit``; nothing in the audit changes.

    A workbook exported from another audit raises :class:`ForeignWorkbookError` unless
    ``allow_foreign``: then every account, risk and action row is new data."""
    foreign = returned.audit_id != audit.audit_id
    if foreign and not allow_foreign:
        raise ForeignWorkbookError(returned.file_name, returned.audit_id, audit.audit_id)
    differ = Differ(audit, returned, foreign, lang)
    exported_at = _exported_at(returned)
    if foreign:
        differ.warnings.append(Message("returned.warn.foreign"))
    elif exported_at is not None and exported_at < audit.modified.replace(microsecond=0):
        differ.warnings.append(Message("returned.warn.stale", when=f"{exported_at:%Y-%m-%d %H:%M}"))
    tables.collect(differ)
    return ChangeSet(
        file_name=returned.file_name,
        audit_id=audit.audit_id,
        workbook_audit_id=returned.audit_id,
        lang=differ.lang,
        exported_at=exported_at,
        foreign=foreign,
        changes=differ.changes,
        warnings=differ.warnings,
    )


def _exported_at(returned: ReturnedWorkbook) -> datetime | None:
    try:
        stamp = datetime.fromisoformat(returned.meta.get("exported_at", ""))
    except ValueError:
        return None
    return stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC)
