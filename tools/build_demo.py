"""Regenerate the demonstration audit, ``resources/demo/demo-audit.json``.

The demo is a FICTIONAL regional public body (no real organisation, no real person: every
name is obviously invented). It is stored without its ``framework``: :func:`wizard.demo.
demo_session` loads it onto the installed default bank, so the generator checks every
criterion id against that bank and refuses to write a demo the app could not open.

Run from the repository root::

    .venv/bin/python tools/build_demo.py

The data lives in ``tools/demo_data/`` (one module per part of the audit); this script
assembles it, links the evidence, validates the result against the model and writes it.

Everything is fixed (ids, dates), so running it twice gives the same bytes. The evidence
attachment is a data file (``resources/demo/evidence/``); its SHA-256 is computed here and
stored in the JSON, and :func:`wizard.demo.demo_session` checks it.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
# ``demo_data`` by its own name: under pytest, ``tools`` is ``tests/tools``.
sys.path.insert(0, str(ROOT / "tools"))

from demo_data.accounts import ACCOUNTS, BASE  # noqa: E402
from demo_data.actions import ACTIONS, FINDING_REVIEWS, OWN_FINDINGS  # noqa: E402
from demo_data.answers import REGISTRY_EVIDENCE_CRITERIA, answers  # noqa: E402
from demo_data.engagement import ENGAGEMENT  # noqa: E402
from demo_data.legal import LEGAL  # noqa: E402
from demo_data.risks import RISKS  # noqa: E402

from wizard.audit.model import FORMAT_VERSION, Audit  # noqa: E402
from wizard.bank.framework import default_bank  # noqa: E402

DEMO_DIR = ROOT / "resources" / "demo"
JSON_PATH = DEMO_DIR / "demo-audit.json"
EVIDENCE_DIR = DEMO_DIR / "evidence"

AUDIT_ID = "demo-armd-2026"
CREATED = "2026-02-02T08:30:00Z"
MODIFIED = "2026-03-20T16:45:00Z"

# --- the evidence document: a data file, hashed here; the hash is stored in the JSON

EVIDENCE_FILENAME = "registre-des-comptes-extrait.txt"
EVIDENCE_ADDED = "2026-02-10T14:05:00Z"


def evidence_record(data: bytes) -> dict[str, Any]:
    return {
        "sha256": hashlib.sha256(data).hexdigest(),
        "filename": EVIDENCE_FILENAME,
        "size": len(data),
        "media_type": "text/plain",
        "added": EVIDENCE_ADDED,
        "description": "Extrait du registre officiel des comptes (version 7, novembre 2025)",
    }


def account(spec: dict[str, Any], digest: str) -> dict[str, Any]:
    spec = dict(spec)
    with_evidence = spec.pop("evidence_from_registry", False)
    data = {**BASE, **spec}
    data["evidence"] = [digest] if with_evidence else []
    return data


def build() -> tuple[dict[str, Any], bytes]:
    """The demo audit as JSON-ready data (without ``framework``) and the evidence bytes."""
    bank = default_bank()
    blob = (EVIDENCE_DIR / EVIDENCE_FILENAME).read_bytes()
    record = evidence_record(blob)
    digest = record["sha256"]
    answer_data = answers(bank)
    for cid in REGISTRY_EVIDENCE_CRITERIA:
        answer_data[cid]["evidence"] = [digest]
    legal = {key: dict(value) for key, value in LEGAL.items()}
    legal["records"]["evidence"] = []
    data: dict[str, Any] = {
        "format": "vigie-audit",
        "format_version": FORMAT_VERSION,
        "audit_id": AUDIT_ID,
        "created": CREATED,
        "modified": MODIFIED,
        "app_version": "démonstration",
        "engagement": ENGAGEMENT,
        "accounts": [account(spec, digest) for spec in ACCOUNTS],
        "answers": answer_data,
        "legal": legal,
        "risks": RISKS,
        "finding_reviews": FINDING_REVIEWS,
        "own_findings": OWN_FINDINGS,
        "actions": ACTIONS,
        "evidence": [record],
        "settings": {"dormant_after_days": 180, "access_review_months": 12},
    }
    # Refuse to write what the app could not load.
    Audit.model_validate_json(json.dumps({**data, "framework": bank.model_dump(mode="json")}))
    return data, blob


def main() -> None:
    data, _ = build()
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    JSON_PATH.write_text(text, encoding="utf-8", newline="\n")
    print(f"wrote {JSON_PATH.relative_to(ROOT)} ({len(data['accounts'])} accounts)")


if __name__ == "__main__":
    main()
