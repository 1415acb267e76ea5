"""Readable names for what a merge compares: kinds of item and their fields, in the UI language.

The core names a conflict by its item kind and a (possibly dotted) field name, ``owner.role``;
the merge dialog shows "Owner (role)". Every text is a literal ``translate()`` call so
``pyside6-lupdate`` finds it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from wizard.audit.model import FindingReview
from wizard.bank.framework import Framework
from wizard.history.report import show_value
from wizard.teams.fields import NOT_APPLICABLE

translate = QCoreApplication.translate


def kind_label(kind: str) -> str:
    names = {
        "account": translate("MergeLabels", "Account"),
        "answer": translate("MergeLabels", "Answer"),
        "legal": translate("MergeLabels", "Legal item"),
        "risk": translate("MergeLabels", "Risk"),
        "action": translate("MergeLabels", "Action"),
        "own_finding": translate("MergeLabels", "Own finding"),
        "finding_review": translate("MergeLabels", "Finding decision"),
        "evidence": translate("MergeLabels", "Attachment"),
        "engagement": translate("MergeLabels", "Engagement"),
        "settings": translate("MergeLabels", "Settings"),
    }
    return names.get(kind, kind)


def _common() -> dict[str, str]:
    return {
        # accounts
        "platform": translate("MergeLabels", "Platform"),
        "handle": translate("MergeLabels", "Handle"),
        "url": translate("MergeLabels", "URL"),
        "display_name": translate("MergeLabels", "Display name"),
        "kind": translate("MergeLabels", "Kind"),
        "languages": translate("MergeLabels", "Languages"),
        "status": translate("MergeLabels", "Status"),
        "verified": translate("MergeLabels", "Verified badge"),
        "created": translate("MergeLabels", "Created"),
        "in_registry": translate("MergeLabels", "In the official registry"),
        "owning_unit": translate("MergeLabels", "Owning unit"),
        "owner": translate("MergeLabels", "Owner"),
        "owner.name": translate("MergeLabels", "Owner (name)"),
        "owner.role": translate("MergeLabels", "Owner (role)"),
        "admin_count": translate("MergeLabels", "Number of admins"),
        "admins": translate("MergeLabels", "Admins"),
        "credentials": translate("MergeLabels", "Credentials kept in"),
        "mfa": translate("MergeLabels", "MFA"),
        "recovery_organisational": translate("MergeLabels", "Organisational recovery contact"),
        "third_party_apps": translate("MergeLabels", "Connected third-party apps"),
        "last_access_review": translate("MergeLabels", "Last access review"),
        "followers": translate("MergeLabels", "Followers"),
        "posting_frequency": translate("MergeLabels", "Posting frequency"),
        "last_post": translate("MergeLabels", "Last post"),
        "engagement_rate": translate("MergeLabels", "Engagement rate (%)"),
        "audience": translate("MergeLabels", "Audience"),
        "purpose": translate("MergeLabels", "Purpose"),
        "kpis": translate("MergeLabels", "KPIs tracked"),
        "notice_linked": translate("MergeLabels", "Notice or terms linked"),
        "moderation_rules": translate("MergeLabels", "Moderation rules applied"),
        "accessibility": translate("MergeLabels", "Accessibility practices"),
        "branding_consistent": translate("MergeLabels", "Branding consistent"),
        "official_languages": translate("MergeLabels", "Official languages"),
        "archiving": translate("MergeLabels", "Archiving in place"),
        "recommendation": translate("MergeLabels", "Recommendation"),
        "notes": translate("MergeLabels", "Notes"),
        "evidence": translate("MergeLabels", "Evidence"),
        # answers, risks, actions, findings, attachments
        "level": translate("MergeLabels", "Level"),
        "justification": translate("MergeLabels", "Justification for N/A"),
        "to_review": translate("MergeLabels", "To review"),
        "previous_level": translate("MergeLabels", "Last audit's level"),
        "title": translate("MergeLabels", "Title"),
        "description": translate("MergeLabels", "Description"),
        "likelihood": translate("MergeLabels", "Likelihood"),
        "impact": translate("MergeLabels", "Impact"),
        "mitigation": translate("MergeLabels", "Mitigation"),
        "accounts": translate("MergeLabels", "Accounts concerned"),
        "detail": translate("MergeLabels", "Detail"),
        "finding": translate("MergeLabels", "Finding answered"),
        "priority": translate("MergeLabels", "Priority"),
        "due": translate("MergeLabels", "Due date"),
        "severity": translate("MergeLabels", "Severity"),
        "criterion": translate("MergeLabels", "Criterion"),
        "review": translate("MergeLabels", "Decision"),
        # engagement and settings
        "organisation.name": translate("MergeLabels", "Organisation name"),
        "organisation.sector": translate("MergeLabels", "Sector"),
        "organisation.size": translate("MergeLabels", "Size"),
        "organisation.jurisdiction": translate("MergeLabels", "Jurisdiction"),
        "organisation.official_languages": translate("MergeLabels", "Official languages"),
        "scope": translate("MergeLabels", "Scope"),
        "objectives": translate("MergeLabels", "Objectives"),
        "auditors": translate("MergeLabels", "Auditors"),
        "client_contact.name": translate("MergeLabels", "Client contact (name)"),
        "client_contact.role": translate("MergeLabels", "Client contact (role)"),
        "start_date": translate("MergeLabels", "Start date"),
        "end_date": translate("MergeLabels", "End date"),
        "report_date": translate("MergeLabels", "Report date"),
        "language": translate("MergeLabels", "Deliverable language"),
        "confidentiality": translate("MergeLabels", "Confidentiality"),
        "baseline": translate("MergeLabels", "Baseline"),
        "dormant_after_days": translate("MergeLabels", "Dormant after (days)"),
        "access_review_months": translate("MergeLabels", "Access review every (months)"),
    }


def field_label(kind: str, field: str) -> str:
    """ "Owner (role)" for ``owner.role``; the answer's ``level`` reads as the answer itself."""
    if kind == "answer" and field == "level":
        return translate("MergeLabels", "Answer (level or N/A)")
    if kind == "legal" and field == "status":
        return translate("MergeLabels", "Answer")
    if kind == "evidence" and field == "description":
        return translate("MergeLabels", "Description of the attachment")
    if kind == "evidence" and field == "captured":
        return translate("MergeLabels", "Date the attachment was captured")
    found = _common().get(field)
    return found if found is not None else field.replace("_", " ").replace(".", " · ")


def value_text(kind: str, field: str, value: Any, framework: Framework, lang: str) -> str:
    """A conflicting value as the user reads it (labels, ISO dates, "—" for nothing)."""
    if kind == "answer" and field == "level":
        if value is None:
            return translate("MergeLabels", "Not assessed")
        if value == NOT_APPLICABLE:
            return translate("MergeLabels", "N/A")
        level = next((lv for lv in framework.scale if lv.value == value), None)
        return f"{value} · {level.name.get(lang)}" if level else str(value)
    if isinstance(value, FindingReview):
        decision = show_value(value.decision, lang)
        return f"{decision} — {value.reason}" if value.reason else decision
    return show_value(value, lang)
