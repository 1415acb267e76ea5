"""The tests' one tiny question bank, for tests that must not depend on the shipped one.

By default: section S1 "Strategy" (three criteria, group ``success``) and S2 "Governance" (two
criteria, group ``learning``), a 0–4 scale (Absent … Optimised), the shipped bank's three
stages (0, 40, 70) and two legal items (L1 "Privacy law", L2 "Copyright"). Every text is
English, its French the same text followed by " (fr)"; a criterion's texts name it
("Criterion one-2" is S1.2). A test that needs another shape (weights, more sections, a
longer scale, other legal items) passes it to :func:`tiny_bank`; the rest stays the same.
:func:`bank_toml` writes it as a bank file, for the loader's tests.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from wizard.bank.framework import Framework

Section = tuple[str, str, float, Sequence[float]]
"""(id, group, weight, one weight per criterion); criteria are named ``<id>.<n>``."""

SECTIONS: tuple[Section, ...] = (
    ("S1", "success", 1.0, (1.0, 1.0, 1.0)),
    ("S2", "learning", 1.0, (1.0, 1.0)),
)
LEGAL: tuple[tuple[str, str], ...] = (("L1", "Privacy law"), ("L2", "Copyright"))
TITLES = {"S1": "Strategy", "S2": "Governance"}
LEVELS = ("Absent", "Initial", "Defined", "Managed", "Optimised")
ORDINALS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def bi(text: str) -> dict[str, str]:
    """A text in both languages: French is the English followed by " (fr)"."""
    return {"fr": f"{text} (fr)", "en": text}


def _criterion(ordinal: str, section: str, n: int, weight: float) -> dict[str, Any]:
    return {
        "id": f"{section}.{n}",
        "text": bi(f"Criterion {ordinal}-{n}"),
        "guidance": bi(f"Guidance {ordinal}-{n}"),
        "evidence": bi(f"Evidence {ordinal}-{n}"),
        "weight": weight,
    }


def _section(index: int, shape: Section) -> dict[str, Any]:
    sid, group, weight, criteria = shape
    title = TITLES.get(sid, f"Section {sid}")
    return {
        "id": sid,
        "group": group,
        "title": bi(title),
        "description": bi(f"{title} description"),
        "weight": weight,
        "criteria": [
            _criterion(ORDINALS[index], sid, n, w) for n, w in enumerate(criteria, start=1)
        ],
    }


def _level(value: int) -> dict[str, Any]:
    name = LEVELS[value] if value < len(LEVELS) else f"Level {value}"
    return {"value": value, "name": bi(name), "description": bi(f"{name} practice")}


def bank_data(
    sections: Sequence[Section] = SECTIONS,
    *,
    max_level: int = 4,
    legal: Sequence[tuple[str, str]] = LEGAL,
) -> dict[str, Any]:
    """The bank as plain data (what an audit embeds)."""
    groups = dict.fromkeys(group for _, group, _, _ in sections)
    return {
        "id": "tiny",
        "version": "1",
        "title": bi("Tiny bank"),
        "source": bi("Tests"),
        "scale": [_level(v) for v in range(max_level + 1)],
        "stages": [
            {"id": sid, "name": bi(name), "description": bi(name), "min_score": score}
            for sid, name, score in (
                ("experimentation", "Experimentation", 0),
                ("structuring", "Structuring", 40),
                ("institutionalised", "Institutionalised", 70),
            )
        ],
        "groups": [{"id": g, "title": bi(g.capitalize())} for g in groups],
        "sections": [_section(i, shape) for i, shape in enumerate(sections)],
        "legal": [
            {"id": lid, "title": bi(title), "guidance": bi(f"{title} guidance")}
            for lid, title in legal
        ],
    }


def tiny_bank(
    sections: Sequence[Section] = SECTIONS,
    *,
    max_level: int = 4,
    legal: Sequence[tuple[str, str]] = LEGAL,
) -> Framework:
    """The bank, validated as the application loads one."""
    return Framework.model_validate(bank_data(sections, max_level=max_level, legal=legal))


def _toml_value(value: Any) -> str:
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{k} = {_toml_value(v)}" for k, v in value.items()) + " }"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # a TOML basic string
    return repr(value)


def _toml_table(header: str, table: dict[str, Any]) -> list[str]:
    lines = [f"[[{header}]]"] if header else []
    nested = {k: v for k, v in table.items() if isinstance(v, list)}
    lines += [f"{k} = {_toml_value(v)}" for k, v in table.items() if k not in nested]
    for key, items in nested.items():
        for item in items:
            lines += ["", *_toml_table(f"{header}.{key}" if header else key, item)]
    return lines


def bank_toml(data: dict[str, Any]) -> str:
    """``data`` (from :func:`bank_data`) as the TOML of a bank file; weights of 1 are left out
    (the default), empty lists too."""

    def trimmed(value: Any) -> Any:
        if isinstance(value, dict) and not {"fr", "en"} >= set(value):
            return {k: trimmed(v) for k, v in value.items() if v != [] and (k, v) != ("weight", 1)}
        if isinstance(value, list):
            return [trimmed(v) for v in value]
        return value

    return "\n".join(_toml_table("", trimmed(data))) + "\n"
