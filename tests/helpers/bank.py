"""A tiny question bank for tests that must not depend on the shipped one."""

from __future__ import annotations

from wizard.bank.framework import Framework


def _bi(text: str) -> dict[str, str]:
    return {"fr": f"{text} (fr)", "en": text}


def small_framework() -> Framework:
    """Two sections (3 and 2 criteria), a 0–4 scale, two legal items."""
    levels = ["Absent", "Initial", "Defined", "Managed", "Optimised"]
    return Framework.model_validate(
        {
            "id": "test-bank",
            "version": "1",
            "title": _bi("Test bank"),
            "source": _bi("Tests"),
            "scale": [
                {"value": i, "name": _bi(name), "description": _bi(f"{name} practice")}
                for i, name in enumerate(levels)
            ],
            "stages": [
                {"id": "start", "name": _bi("Start"), "description": _bi("Start"), "min_score": 0}
            ],
            "groups": [{"id": "G", "title": _bi("Group")}],
            "sections": [
                {
                    "id": "S1",
                    "group": "G",
                    "title": _bi("Strategy"),
                    "description": _bi("Strategic vision"),
                    "criteria": [
                        {
                            "id": f"S1.{n}",
                            "text": _bi(f"Criterion one-{n}"),
                            "guidance": _bi(f"Guidance one-{n}"),
                            "evidence": _bi(f"Evidence one-{n}"),
                        }
                        for n in (1, 2, 3)
                    ],
                },
                {
                    "id": "S2",
                    "group": "G",
                    "title": _bi("Governance"),
                    "description": _bi("Governance structure"),
                    "criteria": [
                        {
                            "id": f"S2.{n}",
                            "text": _bi(f"Criterion two-{n}"),
                            "guidance": _bi(f"Guidance two-{n}"),
                            "evidence": _bi(f"Evidence two-{n}"),
                        }
                        for n in (1, 2)
                    ],
                },
            ],
            "legal": [
                {"id": "L1", "title": _bi("Privacy law"), "guidance": _bi("Privacy guidance")},
                {"id": "L2", "title": _bi("Copyright"), "guidance": _bi("Copyright guidance")},
            ],
        }
    )
