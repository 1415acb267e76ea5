"""Fine-grained change notifications for one open audit.

``AuditDocument.sig_changed`` says *that* something changed; the views need to know *what*
(one inventory row, one answer) to refresh only that, which matters with 10,000 accounts.
The undo commands emit these after every apply and revert, so undo and redo refresh the
views exactly like the original edit did.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AuditEvents(QObject):
    sig_account_changed = Signal(str)
    """One account's fields changed (its id)."""

    sig_accounts_inserted = Signal(list)
    """Accounts were added to the inventory (their ids)."""

    sig_accounts_removed = Signal(list)
    """Accounts were removed from the inventory (their ids)."""

    sig_answer_changed = Signal(str)
    """The answer to one criterion changed (its id)."""

    sig_legal_changed = Signal(str)
    """The answer to one legal checklist item changed (its id)."""

    sig_records_changed = Signal(str)
    """Risks, actions or own findings were added or removed (``kind``)."""

    sig_record_changed = Signal(str, str)
    """One risk, action or own finding changed (``kind``, id)."""

    sig_reviews_changed = Signal()
    """A decision on a generated finding was recorded or withdrawn."""

    sig_evidence_changed = Signal(str)
    """One attachment's own fields changed, e.g. its capture date (its SHA-256)."""

    sig_brand_changed = Signal()
    """The audit's brand (the consultant's firm, logo, colour, lines) changed."""

    sig_audit_replaced = Signal()
    """The whole audit was replaced (a merge applied, undone or redone): rebuild every view."""
