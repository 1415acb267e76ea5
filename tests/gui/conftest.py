"""Fixtures for the page tests: a small audit in a document, built without the shell."""

from __future__ import annotations

import pytest
from helpers.bank import tiny_bank
from helpers.pages import sample_accounts

from ui.document import AuditDocument
from wizard.audit.model import Audit
from wizard.sessions.session import Session


@pytest.fixture
def audit() -> Audit:
    audit = Audit(framework=tiny_bank())
    audit.accounts = sample_accounts()
    return audit


@pytest.fixture
def document(audit, qapp):
    document = AuditDocument(Session(audit=audit))
    yield document
    # the document's lambda on cleanChanged would run while its stack is destroyed
    document.undo_stack.blockSignals(True)
