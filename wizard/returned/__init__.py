"""The client's edits come back: review a returned workbook and apply what is accepted.

::

    changeset = review_workbook(audit, "returned.xlsx")      # nothing changes yet
    for change in changeset.changes: ...                      # field by field, old → new
    summary = apply_changes(audit, changeset, changeset.default_accepted(), returned_by="…")
    summary.revert()                                          # undo it all

The workbook passes the xlsx pre-check before openpyxl reads it (:mod:`.reader`); sheets are
found by a hidden marker, rows by their hidden id (:mod:`.review`, :mod:`.diff`,
:mod:`.tables`); invalid values are listed as refused with the reason (:mod:`.values`); a
workbook of another audit raises :class:`ForeignWorkbookError` unless imported as new data
(``allow_foreign=True``).
"""

from __future__ import annotations

from pathlib import Path

from wizard.audit.model import Audit
from wizard.returned.apply import AppliedSummary, apply_changes
from wizard.returned.changes import Change, ChangeKind, ChangeSet
from wizard.returned.errors import ForeignWorkbookError, ReturnedWorkbookError
from wizard.returned.reader import read_returned
from wizard.returned.review import compute_changes

__all__ = [
    "AppliedSummary",
    "Change",
    "ChangeKind",
    "ChangeSet",
    "ForeignWorkbookError",
    "ReturnedWorkbookError",
    "apply_changes",
    "review_workbook",
]


def review_workbook(
    audit: Audit, path: str | Path, *, allow_foreign: bool = False, lang: str | None = None
) -> ChangeSet:
    """Every change a returned workbook makes to ``audit``; the audit is not touched.

    ``lang`` ("fr"/"en") is the language of the labels and values shown, by default the
    workbook's.

    Raises :class:`ReturnedWorkbookError` (not a workbook, damaged, not a Vigie export,
    newer format) or :class:`ForeignWorkbookError` with a message for the user."""
    return compute_changes(audit, read_returned(path), allow_foreign=allow_foreign, lang=lang)
