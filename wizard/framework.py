"""The question bank: sections of criteria, the maturity scale, weights and stages.

A bank is a TOML file (``resources/frameworks/*.toml``) read with :mod:`tomllib` and
validated into :class:`Framework`. A copy is embedded in every audit so a saved audit reopens
the same way after the installed bank changes.
"""

from __future__ import annotations

import re
import tomllib
from importlib import resources
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, ValidationError, model_validator

from wizard.base import Record
from wizard.text import Line, Note

Lang = Literal["fr", "en"]
LANGS: tuple[Lang, ...] = ("fr", "en")

Identifier = Annotated[str, Field(pattern=r"^[A-Za-z][A-Za-z0-9_.-]{0,39}$")]

DEFAULT_BANK = "cefrio-2012"


class Bilingual(Record):
    """The same text in French and English; both are required."""

    fr: Note = Field(min_length=1)
    en: Note = Field(min_length=1)

    def get(self, lang: str) -> str:
        return self.fr if lang == "fr" else self.en


class Level(Record):
    value: int = Field(ge=0, le=10)
    name: Bilingual
    description: Bilingual


class Stage(Record):
    """A named maturity stage reached when a score (0–100) is at least ``min_score``."""

    id: Identifier
    name: Bilingual
    description: Bilingual
    min_score: float = Field(ge=0, le=100)


class Criterion(Record):
    id: Identifier
    text: Bilingual
    guidance: Bilingual
    evidence: Bilingual
    weight: float = Field(default=1.0, gt=0, le=100)


class Section(Record):
    id: Identifier
    group: Identifier
    title: Bilingual
    description: Bilingual
    weight: float = Field(default=1.0, gt=0, le=100)
    criteria: list[Criterion] = Field(min_length=1, max_length=50)


class Group(Record):
    id: Identifier
    title: Bilingual


class LegalItem(Record):
    """One line of the legal checklist (privacy law, copyright, accessibility…)."""

    id: Identifier
    title: Bilingual
    guidance: Bilingual


class Framework(Record):
    id: Identifier
    version: Line
    title: Bilingual
    source: Bilingual
    scale: list[Level] = Field(min_length=2, max_length=11)
    stages: list[Stage] = Field(min_length=1, max_length=10)
    groups: list[Group] = Field(min_length=1)
    sections: list[Section] = Field(min_length=1, max_length=200)
    legal: list[LegalItem] = Field(default_factory=list)

    @model_validator(mode="after")
    def _consistent(self) -> Framework:
        values = [level.value for level in self.scale]
        if values != list(range(len(values))):
            raise ValueError("scale levels must be numbered 0, 1, 2… in order")
        thresholds = [stage.min_score for stage in self.stages]
        if thresholds != sorted(thresholds) or thresholds[0] != 0:
            raise ValueError("stages must be in rising order of min_score, the first at 0")
        group_ids = {group.id for group in self.groups}
        seen: set[str] = set()
        for section in self.sections:
            if section.group not in group_ids:
                raise ValueError(f"section {section.id}: unknown group {section.group!r}")
            for item_id in [section.id, *(c.id for c in section.criteria)]:
                if item_id in seen:
                    raise ValueError(f"id {item_id!r} is used twice")
                seen.add(item_id)
        legal_ids = [item.id for item in self.legal]
        if len(set(legal_ids)) != len(legal_ids):
            raise ValueError("legal checklist ids must be unique")
        return self

    @property
    def max_level(self) -> int:
        return self.scale[-1].value

    def criteria(self) -> list[Criterion]:
        return [c for section in self.sections for c in section.criteria]

    def section_of(self, criterion_id: str) -> Section | None:
        for section in self.sections:
            if any(c.id == criterion_id for c in section.criteria):
                return section
        return None

    def section(self, section_id: str) -> Section | None:
        return next((s for s in self.sections if s.id == section_id), None)

    def stage_for(self, score: float) -> Stage:
        reached = self.stages[0]
        for stage in self.stages:
            if score >= stage.min_score:
                reached = stage
        return reached


class BankError(ValueError):
    """A bank file that cannot be used; ``problems`` holds one line per error."""

    def __init__(self, source: str, problems: list[str]) -> None:
        self.source = source
        self.problems = problems
        super().__init__("\n".join(f"{source}: {p}" for p in problems))


def _location(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


def _problems(error: ValidationError) -> list[str]:
    lines = []
    for err in error.errors():
        message = re.sub(r"^(Value error|Assertion failed), ", "", err["msg"])
        lines.append(f"{_location(err['loc'])}: {message}")
    return lines


def parse_bank(text: str, source: str = "<bank>") -> Framework:
    """Validate a bank given as TOML text; raise :class:`BankError` with every problem."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise BankError(source, [f"not valid TOML: {exc}"]) from None
    try:
        return Framework.model_validate(data)
    except ValidationError as exc:
        raise BankError(source, _problems(exc)) from None


def load_bank(path: Path) -> Framework:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise BankError(str(path), [f"cannot be read: {exc}"]) from None
    return parse_bank(text, str(path))


def default_bank(name: str = DEFAULT_BANK) -> Framework:
    """The bank shipped in ``resources/frameworks``."""
    source = resources.files("resources") / "frameworks" / f"{name}.toml"
    return parse_bank(source.read_text(encoding="utf-8"), f"resources/frameworks/{name}.toml")
