"""The demonstration audit: a fictional public body, ready to explore from the start page.

The audit is stored in ``resources/demo/demo-audit.json`` without its question bank and is
loaded onto the installed default bank, so the demo always shows the current questions. Its
evidence files sit beside it in ``resources/demo/evidence/``; the JSON records each file's
SHA-256, which is checked here. ``tools/build_demo.py`` regenerates the JSON.
"""

from __future__ import annotations

import hashlib
import json
from importlib import resources
from importlib.resources.abc import Traversable

from wizard.audit.model import Audit
from wizard.bank.framework import default_bank
from wizard.sessions.session import Session

DEMO_FILE = "demo-audit.json"
EVIDENCE_FOLDER = "evidence"


class DemoError(RuntimeError):
    """The installed demonstration audit is damaged (a packaging bug, not a user error)."""


def _demo_folder() -> Traversable:
    return resources.files("resources") / "demo"


def demo_session() -> Session:
    """A new, unsaved session holding the demonstration audit and its evidence."""
    folder = _demo_folder()
    data = json.loads((folder / DEMO_FILE).read_text(encoding="utf-8"))
    if "framework" in data:
        raise DemoError(f"{DEMO_FILE} must not embed a question bank")
    data["framework"] = default_bank().model_dump(mode="json")
    # JSON mode: dates and datetimes stored as strings are parsed under the strict model.
    audit = Audit.model_validate_json(json.dumps(data))
    blobs: dict[str, bytes] = {}
    for record in audit.evidence:
        blob = (folder / EVIDENCE_FOLDER / record.filename).read_bytes()
        digest = hashlib.sha256(blob).hexdigest()
        if digest != record.sha256 or len(blob) != record.size:
            raise DemoError(f"demo evidence {record.filename} does not match its record")
        blobs[digest] = blob
    return Session(audit=audit, blobs=blobs, path=None)
