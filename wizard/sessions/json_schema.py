"""The JSON Schema of ``audit.json`` (docs/session-schema.json), generated from the model.

Why: readers outside Vigie get a precise description of the file; a test fails when the
committed copy is out of date. Regenerate with
``python -m wizard.sessions.store docs/session-schema.json``.
"""

from __future__ import annotations

import json
from pathlib import Path

from wizard.audit.model import Audit


def schema_text() -> str:
    """The JSON Schema of ``audit.json``, as committed in docs/session-schema.json."""
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$comment": (
            "Generated from wizard.audit.model.Audit by wizard.sessions.store.write_schema;"
            " do not edit."
        ),
        **Audit.model_json_schema(),
    }
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def write_schema(path: Path) -> None:
    """Write the schema to ``path`` (UTF-8)."""
    Path(path).write_text(schema_text(), encoding="utf-8")
