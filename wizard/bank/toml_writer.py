"""Write a question bank as TOML, the form Vigie loads and a text editor or Git diffs well.

The standard library reads TOML but does not write it; a bank is a few tables and arrays of
tables, so a small writer suffices. Strings are written as TOML basic strings with JSON's
escapes (the two agree on ``\\"``, ``\\\\``, ``\\n``, ``\\uXXXX``), so any text survives the trip;
:func:`write_bank_toml` re-reads what it wrote before putting it in place.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import IO

from wizard.bank.framework import Bilingual, Framework, parse_bank
from wizard.sessions.atomic import atomic_write
from wizard.sessions.errors import SaveError


def _string(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def _text(key: str, text: Bilingual) -> str:
    parts = [f"{lang} = {_string(value)}" for lang, value in (("fr", text.fr), ("en", text.en))]
    kept = [p for p, value in zip(parts, (text.fr, text.en), strict=True) if value]
    return f"{key} = {{ {', '.join(kept)} }}"


def bank_to_toml(bank: Framework) -> str:
    """The TOML text of ``bank``; :func:`parse_bank` reads it back to an equal bank."""
    out = [
        "# Vigie question bank, written by `vigie bank convert`.",
        "",
        f"id = {_string(bank.id)}",
        f"version = {_string(bank.version)}",
        _text("title", bank.title),
        _text("source", bank.source),
    ]
    for level in bank.scale:
        out += ["", "[[scale]]", f"value = {level.value}"]
        out += [_text("name", level.name), _text("description", level.description)]
    for stage in bank.stages:
        out += ["", "[[stages]]", f"id = {_string(stage.id)}"]
        out += [f"min_score = {_number(stage.min_score)}"]
        out += [_text("name", stage.name), _text("description", stage.description)]
    for group in bank.groups:
        out += ["", "[[groups]]", f"id = {_string(group.id)}", _text("title", group.title)]
    for section in bank.sections:
        out += ["", "[[sections]]", f"id = {_string(section.id)}"]
        out += [f"group = {_string(section.group)}", f"weight = {_number(section.weight)}"]
        out += [_text("title", section.title), _text("description", section.description)]
        for criterion in section.criteria:
            out += ["", "[[sections.criteria]]", f"id = {_string(criterion.id)}"]
            out += [f"weight = {_number(criterion.weight)}", _text("text", criterion.text)]
            out += [_text("guidance", criterion.guidance), _text("evidence", criterion.evidence)]
    for item in bank.legal:
        out += ["", "[[legal]]", f"id = {_string(item.id)}", _text("title", item.title)]
        out += [_text("guidance", item.guidance)]
    return "\n".join(out) + "\n"


def write_bank_toml(path: Path, bank: Framework) -> None:
    """Write ``bank`` to ``path`` atomically; raises ``SaveError`` when it cannot be written."""
    data = bank_to_toml(bank).encode("utf-8")

    def write(stream: IO[bytes]) -> None:
        stream.write(data)

    def verify(temp: Path) -> None:
        if parse_bank(temp.read_text(encoding="utf-8"), str(temp)) != bank:
            raise SaveError(f"{path.name}: the written bank reads back differently; not saved")

    atomic_write(Path(path), write, verify)
