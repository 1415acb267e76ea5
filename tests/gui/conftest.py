"""Fixtures for the page tests: a small audit in a document, built without the shell."""

from __future__ import annotations

import gc

import pytest
from helpers.bank import tiny_bank
from helpers.pages import sample_accounts
from PySide6.QtCore import QCoreApplication, QEvent

from ui import gui_collector
from ui.document import AuditDocument
from wizard.audit.model import Audit
from wizard.sessions.session import Session


@pytest.fixture(autouse=True)
def _collect_on_the_gui_thread(qapp):
    """As in the application: cycles are collected on the GUI thread only, never by a
    worker's allocations (ui/gui_collector.py); the other tests keep the usual collector.

    A test leaves no cycles behind: once its windows are closed and Qt's deferred deletions
    done, everything it left in cycles is collected, so a later test never frees another's
    Qt wrappers after more of Qt's state has gone (the suite crashed, rarely, in a full
    collection several tests later; each test's own collection at its end never did)."""
    gui_collector.install(qapp)
    yield
    for _ in range(2):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()
    gc.collect()
    gc.enable()


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
