"""The closed choices of an audit's fields (kinds, statuses, severities…).

Stored values are stable English identifiers; what the user reads about each lives in
:mod:`wizard.audit.labels`. Kept apart from the records of :mod:`wizard.audit.model`, which
use them, so the two read on their own.
"""

from __future__ import annotations

from enum import StrEnum


class AccountKind(StrEnum):
    OFFICIAL = "official"
    PROGRAMME = "programme"
    EXECUTIVE = "executive"
    EMPLOYEE = "employee"
    UNOFFICIAL = "unofficial"
    UNKNOWN = "unknown"


class AccountStatus(StrEnum):
    ACTIVE = "active"
    DORMANT = "dormant"
    TO_CLOSE = "to_close"
    CLOSED = "closed"
    UNKNOWN = "unknown"


class CredentialStore(StrEnum):
    PASSWORD_MANAGER = "password_manager"
    SHARED_DOCUMENT = "shared_document"
    INDIVIDUAL = "individual"
    UNKNOWN = "unknown"


class MfaCoverage(StrEnum):
    ALL = "all"
    SOME = "some"
    NONE = "none"
    UNKNOWN = "unknown"


class Check(StrEnum):
    """A compliance check on an account or a legal checklist line."""

    YES = "yes"
    PARTIAL = "partial"
    NO = "no"
    NOT_APPLICABLE = "not_applicable"
    UNKNOWN = "unknown"


class Frequency(StrEnum):
    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    RARELY = "rarely"
    NEVER = "never"
    UNKNOWN = "unknown"


class Recommendation(StrEnum):
    KEEP = "keep"
    MERGE = "merge"
    CLOSE = "close"
    UNDECIDED = "undecided"


class OrgSize(StrEnum):
    SMALL = "small"  # < 50 staff
    MEDIUM = "medium"  # 50–249
    LARGE = "large"  # 250–999
    VERY_LARGE = "very_large"  # ≥ 1000
    UNKNOWN = "unknown"


class Confidentiality(StrEnum):
    PUBLIC = "public"
    INTERNAL = "internal"
    CONFIDENTIAL = "confidential"
    RESTRICTED = "restricted"


class Severity(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class ActionStatus(StrEnum):
    TODO = "todo"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


class Effort(StrEnum):
    """How much work an action takes, roughly: days, weeks or months."""

    SMALL = "small"
    MEDIUM = "medium"
    LARGE = "large"
    UNKNOWN = "unknown"


class Decision(StrEnum):
    """What the auditor did with a generated finding."""

    ACCEPTED = "accepted"
    EDITED = "edited"
    DISMISSED = "dismissed"


class RiskStatus(StrEnum):
    OPEN = "open"
    MITIGATED = "mitigated"
    ACCEPTED = "accepted"
    CLOSED = "closed"
