"""Write the hand-made session fixtures beside this script (run it after changing them).

    .venv/bin/python tests/data/sessions/make_fixtures.py

``pass/v0-minimal.vigie`` is a format-0 ("pre-release") audit written by hand, not by the
current code, so the migration test reads what an old file really looked like: answers as a
list of ``{"criterion": …}`` objects and ``accounts[].mfa`` as a yes/no flag
(docs/session-format.md, "Versions and migration"). The zip is byte-for-byte reproducible.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

HERE = Path(__file__).parent
WHEN = (2024, 3, 1, 9, 30, 0)


def _bi(en: str, fr: str) -> dict[str, str]:
    return {"en": en, "fr": fr}


NONE = {"en": "-", "fr": "-"}

FRAMEWORK_V0 = {
    "id": "proto",
    "version": "0.9",
    "title": _bi("Prototype bank", "Grille prototype"),
    "source": _bi("Vigie prototype", "Prototype Vigie"),
    "scale": [
        {"value": 0, "name": _bi("Absent", "Absent"), "description": _bi("None", "Rien")},
        {"value": 1, "name": _bi("Partial", "Partiel"), "description": _bi("Some", "Un peu")},
        {"value": 2, "name": _bi("Complete", "Complet"), "description": _bi("All", "Tout")},
    ],
    "stages": [
        {
            "id": "begin",
            "name": _bi("Begin", "Début"),
            "description": _bi("-", "-"),
            "min_score": 0,
        },
        {"id": "ok", "name": _bi("Fine", "Bien"), "description": _bi("-", "-"), "min_score": 60},
    ],
    "groups": [{"id": "gov", "title": _bi("Governance", "Gouvernance")}],
    "sections": [
        {
            "id": "policy",
            "group": "gov",
            "title": _bi("Policy", "Politique"),
            "description": _bi("Written rules", "Règles écrites"),
            "criteria": [
                {
                    "id": "policy.exists",
                    "text": _bi("A policy exists", "Une politique existe"),
                    "guidance": _bi("Ask for it", "La demander"),
                    "evidence": _bi("The document", "Le document"),
                },
                {
                    "id": "policy.known",
                    "text": _bi("Staff know it", "Le personnel la connaît"),
                    "guidance": _bi("Interview", "Entrevue"),
                    "evidence": _bi("Training records", "Registres de formation"),
                },
            ],
        }
    ],
    "legal": [],
}

AUDIT_V0 = {
    "format": "vigie-audit",
    "format_version": 0,
    "audit_id": "proto-0001",
    "created": "2024-03-01T09:00:00Z",
    "modified": "2024-03-01T09:30:00Z",
    "app_version": "0.0.1.dev0",
    "engagement": {
        "organisation": {"name": "Municipalité de Saint-Exemple", "sector": "municipal"},
        "title": "Audit des médias sociaux 2024",
        "language": "fr",
    },
    "framework": FRAMEWORK_V0,
    "accounts": [
        {
            "id": "fb-main",
            "platform": "facebook",
            "handle": "@saintexemple",
            "url": "https://www.facebook.com/saintexemple",
            "kind": "official",
            "mfa": True,
            "followers": 4200,
        },
        {"id": "x-old", "platform": "x", "handle": "@stexemple", "mfa": False},
        {"id": "ig", "platform": "instagram", "handle": "@st.exemple", "mfa": None},
    ],
    "answers": [
        {"criterion": "policy.exists", "level": 1, "notes": "Brouillon de 2019"},
        {
            "criterion": "policy.known",
            "not_applicable": True,
            "justification": "Pas de personnel dédié",
        },
    ],
}


def write_session(path: Path, audit: dict) -> None:
    """A session zip the way format 0 wrote it: mimetype first and stored, then the audit."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w") as archive:
        info = zipfile.ZipInfo("mimetype", WHEN)
        archive.writestr(info, "application/vnd.vigie.audit+zip", zipfile.ZIP_STORED)
        info = zipfile.ZipInfo("audit.json", WHEN)
        text = json.dumps(audit, ensure_ascii=False, indent=2)
        archive.writestr(info, text, zipfile.ZIP_DEFLATED)


def main() -> None:
    write_session(HERE / "pass" / "v0-minimal.vigie", AUDIT_V0)


if __name__ == "__main__":
    main()
