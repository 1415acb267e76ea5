"""The question bank: sections of criteria, the maturity scale, weights and stages.

A bank is a TOML file (``resources/frameworks/*.toml``) read with :mod:`tomllib` and
validated into :class:`Framework`. A copy is embedded in every audit so a saved audit reopens
the same way after the installed bank changes.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, ValidationError, model_validator

from wizard.audit.base import Record, empty_list
from wizard.audit.text import Line, Note
from wizard.messages import Message

Lang = Literal["fr", "en"]
LANGS: tuple[Lang, ...] = ("fr", "en")

Identifier = Annotated[str, Field(pattern=r"^[A-Za-z][A-Za-z0-9_.-]{0,39}$")]

DEFAULT_BANK = "cefrio-2012"


WRITTEN_IN: dict[tuple[str, ...], str] = {
    ("fr",): "bank.languages.fr",
    ("en",): "bank.languages.en",
    ("fr", "en"): "bank.languages.both",
}
"""The message naming the languages a bank is written in (those of its title)."""


class BankProblems(ValueError):
    """What a bank validator found, as ``(key path, reason)`` pairs relative to the table it
    checked: :func:`located_problems` reads them back from pydantic's error so every reason
    stays a catalogue :class:`Message`. Its text is ``path: reason`` lines, as before."""

    def __init__(self, problems: list[tuple[str, Message]]) -> None:
        self.problems = problems
        super().__init__(
            "\n".join(f"{path}: {reason}" if path else reason for path, reason in problems)
        )


class Bilingual(Record):
    """The same text in French and English.

    A bank may be written in one language only: then every text has that language and the
    other is left empty; :meth:`get` falls back to the language present. Whether a whole bank
    keeps to its languages is checked by :func:`parse_bank` (:func:`_language_problems`).
    """

    fr: Note = ""
    en: Note = ""

    @model_validator(mode="after")
    def _one_language_at_least(self) -> Bilingual:
        if not self.fr.strip() and not self.en.strip():
            raise BankProblems([("", Message("bank.text.empty_both"))])
        return self

    def has(self, lang: str) -> bool:
        return bool((self.fr if lang == "fr" else self.en).strip())

    def get(self, lang: str) -> str:
        """The text in ``lang``, or in the other language when this bank lacks ``lang``."""
        wanted, other = (self.fr, self.en) if lang == "fr" else (self.en, self.fr)
        return wanted if wanted.strip() else other


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
    legal: list[LegalItem] = Field(default_factory=empty_list)

    @model_validator(mode="after")
    def _consistent(self) -> Framework:
        # Every problem is a (key path, reason); located_problems() reads them back one by one.
        problems: list[tuple[str, Message]] = []
        for index, level in enumerate(self.scale):
            if level.value != index:
                problems.append(
                    (
                        f"scale[{index}].value",
                        Message("bank.scale.order", value=level.value, expected=index),
                    )
                )
        if self.stages[0].min_score != 0:
            first = Message("bank.stages.first", score=self.stages[0].min_score)
            problems.append(("stages[0].min_score", first))
        for index in range(1, len(self.stages)):
            previous, stage = self.stages[index - 1], self.stages[index]
            if stage.min_score < previous.min_score:
                order = Message(
                    "bank.stages.order", score=stage.min_score, previous=previous.min_score
                )
                problems.append((f"stages[{index}].min_score", order))
        group_ids = {group.id for group in self.groups}
        known_groups = ", ".join(group.id for group in self.groups)
        seen: dict[str, str] = {}
        for s_index, section in enumerate(self.sections):
            path = f"sections[{s_index}]"
            if section.group not in group_ids:
                unknown = Message("bank.group.unknown", group=section.group, groups=known_groups)
                problems.append((f"{path}.group", unknown))
            items = [(f"{path}.id", section.id)]
            items += [(f"{path}.criteria[{i}].id", c.id) for i, c in enumerate(section.criteria)]
            for item_path, item_id in items:
                if item_id in seen:
                    used = Message("bank.id.used", id=item_id, at=seen[item_id])
                    problems.append((item_path, used))
                else:
                    seen[item_id] = item_path
        legal_seen: dict[str, str] = {}
        for index, item in enumerate(self.legal):
            if item.id in legal_seen:
                used = Message("bank.id.used", id=item.id, at=legal_seen[item.id])
                problems.append((f"legal[{index}].id", used))
            else:
                legal_seen[item.id] = f"legal[{index}]"
        if problems:
            raise BankProblems(problems)
        return self

    @property
    def languages(self) -> tuple[Lang, ...]:
        """The languages the bank is written in (those of its title)."""
        return tuple(lang for lang in LANGS if self.title.has(lang))

    def missing_languages(self) -> tuple[Lang, ...]:
        return tuple(lang for lang in LANGS if lang not in self.languages)

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
    """A bank file that cannot be used; ``problems`` holds one line per error.

    Each problem is a :class:`wizard.messages.Message` (``bank.*``): its English text for the
    command line, ``localise(problem, lang)`` for the GUI.
    """

    def __init__(self, source: str, problems: list[str]) -> None:
        self.source = source
        self.problems = problems
        super().__init__("\n".join(f"{source}: {p}" for p in problems))


def _location(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


_REASONS = {
    "extra_forbidden": "bank.key.unknown",
    "missing": "bank.key.missing",
}


def problem_at(where: str, reason: str) -> Message:
    """One located problem: ``where: reason``. A reason from the catalogue is framed as
    ``bank.at``; pydantic's own English reason as ``bank.invalid``, which says in French that
    the value was refused before quoting it."""
    return Message(
        "bank.at" if isinstance(reason, Message) else "bank.invalid", where=where, reason=reason
    )


def located_problems(error: ValidationError) -> list[tuple[str, str]]:
    """(key path, reason) per error, the path as written in the TOML file; a reason is a
    :class:`Message` unless it is pydantic's own text (a value of the wrong type…)."""
    lines: list[tuple[str, str]] = []
    for err in error.errors(include_url=False):
        where = _location(err["loc"])
        found = err.get("ctx", {}).get("error")
        if isinstance(found, BankProblems):
            for path, reason in found.problems:
                joined = f"{where}.{path}" if where and path else (where or path)
                lines.append((joined or Message("bank.top_level"), reason))
            continue
        if err["type"] in _REASONS:
            lines.append((where or Message("bank.top_level"), Message(_REASONS[err["type"]])))
            continue
        message = re.sub(r"^(Value error|Assertion failed), ", "", err["msg"])
        for line in message.splitlines():
            lines.append((where or Message("bank.top_level"), line))
    return lines


_TEXTS: dict[str, tuple[str, ...]] = {
    "scale": ("name", "description"),
    "stages": ("name", "description"),
    "groups": ("title",),
    "sections": ("title", "description"),
    "criteria": ("text", "guidance", "evidence"),
    "legal": ("title", "guidance"),
}


def _bilingual_texts(data: dict[str, object]) -> list[tuple[str, dict[str, object]]]:
    """(key path, table) of every text of a raw bank that is a table of languages."""
    out: list[tuple[str, dict[str, object]]] = []

    def texts(path: str, table: object, keys: tuple[str, ...]) -> None:
        if isinstance(table, dict):
            for key in keys:
                value = table.get(key)
                if isinstance(value, dict):
                    out.append((f"{path}.{key}" if path else key, value))

    texts("", data, ("title", "source"))
    for list_key in ("scale", "stages", "groups", "sections", "legal"):
        items = data.get(list_key)
        for index, item in enumerate(items if isinstance(items, list) else []):
            path = f"{list_key}[{index}]"
            texts(path, item, _TEXTS[list_key])
            criteria = item.get("criteria") if isinstance(item, dict) else None
            if list_key == "sections" and isinstance(criteria, list):
                for c_index, criterion in enumerate(criteria):
                    texts(f"{path}.criteria[{c_index}]", criterion, _TEXTS["criteria"])
    return out


def _written(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip())


def language_problems(data: dict[str, object]) -> list[tuple[str, str]]:
    """Texts lacking a language the bank is written in (the languages of its title).

    A bank in French only (or English only) is valid; a bank in both languages needs every
    text in both, so an audit in either language never shows a half-translated bank.
    """
    title = data.get("title")
    if not isinstance(title, dict):
        return []
    langs = [lang for lang in LANGS if _written(title.get(lang))]
    if not langs:
        return []
    written_in = Message(WRITTEN_IN[tuple(langs)])
    problems: list[tuple[str, str]] = []
    for path, table in _bilingual_texts(data):
        if not any(_written(table.get(lang)) for lang in LANGS):
            continue  # the model says "empty in both languages"
        for lang in langs:
            if lang not in table:
                reason = Message("bank.key.missing_language", languages=written_in)
            elif not _written(table[lang]):
                reason = Message("bank.text.empty_language", languages=written_in)
            else:
                continue
            problems.append((f"{path}.{lang}", reason))
    return problems


def parse_bank(text: str, source: str = "<bank>") -> Framework:
    """Validate a bank given as TOML text; raise :class:`BankError` with every problem."""
    import tomllib  # lazy: only parsing a bank needs it (an audit embeds its bank as JSON)

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise BankError(source, [Message("bank.not_toml", problem=str(exc))]) from None
    problems = validate_bank_data(data)
    if isinstance(problems, Framework):
        return problems
    raise BankError(source, [problem_at(path, reason) for path, reason in problems])


def validate_bank_data(data: dict[str, object]) -> Framework | list[tuple[str, str]]:
    """The bank of a raw table (TOML or spreadsheet), or every (key path, reason) problem."""
    problems = language_problems(data)
    try:
        bank = Framework.model_validate(data)
    except ValidationError as exc:
        problems += located_problems(exc)
    else:
        if not problems:
            return bank
    return problems


def load_bank(path: Path) -> Framework:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise BankError(str(path), [Message("bank.unreadable", problem=str(exc))]) from None
    return parse_bank(text, str(path))


def default_bank(name: str = DEFAULT_BANK) -> Framework:
    """The bank shipped in ``resources/frameworks`` (a fresh copy: audits own theirs)."""
    return _shipped_bank(name).model_copy(deep=True)


@functools.lru_cache(maxsize=8)
def _shipped_bank(name: str) -> Framework:
    """Parsed once per process: the shipped files do not change while the app runs."""
    from importlib import resources  # lazy: an audit carries its own bank (`vigie check`)

    source = resources.files("resources") / "frameworks" / f"{name}.toml"
    where = f"resources/frameworks/{name}.toml"
    try:
        text = source.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise BankError(where, [Message("bank.unreadable", problem=str(exc))]) from None
    return parse_bank(text, where)
