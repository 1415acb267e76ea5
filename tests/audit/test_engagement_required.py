"""The engagement fields required before the later steps open, in form order."""

from __future__ import annotations

from wizard.audit.engagement_required import missing_fields
from wizard.audit.model import new_audit


def test_a_new_audit_lacks_its_organisation_and_title():
    audit = new_audit()
    audit.engagement.language = "fr"
    assert missing_fields(audit) == ["organisation.name", "title"]


def test_blank_text_is_missing_and_a_filled_engagement_lacks_nothing():
    audit = new_audit()
    audit.engagement.organisation.name = "   "
    audit.engagement.title = "Audit 2026"
    audit.engagement.language = "en"
    assert missing_fields(audit) == ["organisation.name"]
    audit.engagement.organisation.name = "Ville"
    assert missing_fields(audit) == []
