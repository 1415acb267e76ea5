"""What stops the review of a returned workbook, as exceptions whose ``reason`` is one line."""

from __future__ import annotations

from wizard.messages import Message


class ReturnedWorkbookError(Exception):
    """The file cannot be reviewed (not a workbook, damaged, not a Vigie export…).

    Raised before anything in the audit changes."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


class ForeignWorkbookError(ReturnedWorkbookError):
    """The workbook was exported from another audit; import it as new data explicitly."""

    def __init__(self, file_name: str, workbook_audit: str, session_audit: str) -> None:
        self.workbook_audit = workbook_audit
        self.session_audit = session_audit
        super().__init__(
            Message(
                "returned.foreign", file=file_name, workbook=workbook_audit, session=session_audit
            )
        )
