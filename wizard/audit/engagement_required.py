"""The engagement fields a user must fill before the steps after it open.

One rule, in the core, for the GUI's engagement page (its Next button and the message under
it) and its side list (which steps can be chosen, the engagement's mark), which needs it before
the page is ever built: the page is built on first visit.
"""

from __future__ import annotations

from wizard.audit.model import Audit

KNOWN_LANGUAGES = ("fr", "en")
"""The languages a deliverable can be written in."""


def missing_fields(audit: Audit) -> list[str]:
    """The keys (as the page labels them) of the required fields still empty, in form order."""
    eng = audit.engagement
    missing = []
    if not eng.organisation.name.strip():
        missing.append("organisation.name")
    if not eng.title.strip():
        missing.append("title")
    if eng.language not in KNOWN_LANGUAGES:
        missing.append("language")
    return missing
