"""Readable names for what a merge compares: kinds of item and their fields, in the UI language.

The core names a conflict by its item kind and a (possibly dotted) field name, ``owner.role``;
the merge dialog shows "Owner (role)". An account's fields are named by the core's one
table (:mod:`wizard.audit.field_labels`), as everywhere else; the other items' fields here,
each a literal ``translate()`` call so ``pyside6-lupdate`` finds it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ui import i18n
from wizard.audit.field_labels import field_label as account_field_label
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
        # fields other items share with accounts (an account's own: field_labels)
        "kind": translate("MergeLabels", "Kind"),
        "status": translate("MergeLabels", "Status"),
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
        "effort": translate("MergeLabels", "Effort"),
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
    if kind == "account":
        return account_field_label(field, i18n.current_language())
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
