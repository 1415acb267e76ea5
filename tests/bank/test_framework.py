"""The default question bank (CEFRIO 2012) and the bank loader.

The bank is content: these tests pin its shape (26 sections in the report's order, 2–5 criteria
each, every text in French and English), the loader's error messages (file, key path, reason),
and the rule that an audit keeps the bank it was made with.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.bank import Section, bank_data, bank_toml, tiny_bank
from pydantic import BaseModel

import wizard.audit.model
from wizard.audit.model import Audit, new_audit
from wizard.bank.framework import (
    BankError,
    Bilingual,
    Framework,
    default_bank,
    load_bank,
    parse_bank,
)

BANK_FILE = Path(__file__).resolve().parents[2] / "resources" / "frameworks" / "cefrio-2012.toml"

SUCCESS = [f"SC{n}" for n in range(1, 7)]
LEARNING = [f"LC{n}" for n in range(1, 6)]
TIPS = [f"ST{n}" for n in range(1, 16)]

LEGAL_IDS = [
    "privacy",
    "copyright",
    "accessibility",
    "official_languages",
    "records",
    "platform_terms",
    "moderation",
    "incident_response",
]


@pytest.fixture(scope="module")
def bank() -> Framework:
    return default_bank()


def bilingual_texts(obj: object, path: str = "") -> list[tuple[str, Bilingual]]:
    """Every Bilingual value reachable from ``obj``, with its key path."""
    if isinstance(obj, Bilingual):
        return [(path, obj)]
    found: list[tuple[str, Bilingual]] = []
    if isinstance(obj, BaseModel):
        for name in type(obj).model_fields:
            child = f"{path}.{name}" if path else name
            found += bilingual_texts(getattr(obj, name), child)
    elif isinstance(obj, list):
        for index, item in enumerate(obj):
            found += bilingual_texts(item, f"{path}[{index}]")
    return found


# --- the default bank


def test_default_bank_loads(bank: Framework) -> None:
    assert bank.id == "cefrio-2012"
    assert bank.version == "1.0"
    assert "CEFRIO" in bank.source.fr
    assert "CEFRIO" in bank.source.en
    for standard in ("Canada", "U.S. Digital Registry", "NCSC", "GCS"):
        assert standard in bank.source.en


def test_bank_file_is_the_installed_one(bank: Framework) -> None:
    assert load_bank(BANK_FILE) == bank


def test_groups(bank: Framework) -> None:
    assert [g.id for g in bank.groups] == ["success", "learning", "tips"]


def test_sections_in_report_order(bank: Framework) -> None:
    assert [s.id for s in bank.sections] == SUCCESS + LEARNING + TIPS
    groups = {s.id: s.group for s in bank.sections}
    assert [sid for sid, g in groups.items() if g == "success"] == SUCCESS
    assert [sid for sid, g in groups.items() if g == "learning"] == LEARNING
    assert [sid for sid, g in groups.items() if g == "tips"] == TIPS


@pytest.mark.parametrize(
    ("section_id", "words"),
    [
        ("SC1", "strategic vision"),
        ("SC2", "governance"),
        ("SC6", "legal"),
        ("LC1", "executive support"),
        ("LC5", "aligned with strategy"),
        ("ST2", "interdisciplinary committee"),
        ("ST12", "account inventory"),
        ("ST14", "monitor, monitor, monitor"),
        ("ST15", "keep listening"),
    ],
)
def test_section_titles_follow_the_report(bank: Framework, section_id: str, words: str) -> None:
    section = bank.section(section_id)
    assert section is not None
    assert words in section.title.en.lower()


def test_weights(bank: Framework) -> None:
    for section in bank.sections:
        assert section.weight == (2.0 if section.group == "success" else 1.0), section.id


def test_every_section_has_two_to_five_numbered_criteria(bank: Framework) -> None:
    for section in bank.sections:
        assert 2 <= len(section.criteria) <= 5, section.id
        ids = [c.id for c in section.criteria]
        assert ids == [f"{section.id}.{n}" for n in range(1, len(ids) + 1)]
    assert len(bank.criteria()) >= 26 * 2


def test_every_text_is_in_both_languages(bank: Framework) -> None:
    texts = bilingual_texts(bank)
    assert len(texts) > 300
    for path, text in texts:
        assert text.fr.strip(), path
        assert text.en.strip(), path
        assert text.fr == text.fr.strip(), path
        assert text.en == text.en.strip(), path


def test_titles_and_criteria_are_translated_not_copied(bank: Framework) -> None:
    checked = [("title", bank.title)]
    checked += [(f"group {g.id}", g.title) for g in bank.groups]
    for section in bank.sections:
        checked += [(f"{section.id} title", section.title)]
        checked += [(f"{section.id} description", section.description)]
        for c in section.criteria:
            checked += [(f"{c.id} text", c.text), (f"{c.id} guidance", c.guidance)]
            checked += [(f"{c.id} evidence", c.evidence)]
    for item in bank.legal:
        checked += [(f"legal {item.id}", item.title), (f"legal {item.id} guidance", item.guidance)]
    for where, text in checked:
        assert text.fr != text.en, where


def test_scale(bank: Framework) -> None:
    assert [level.value for level in bank.scale] == [0, 1, 2, 3, 4]
    assert bank.max_level == 4
    assert [level.name.en for level in bank.scale] == [
        "Absent",
        "Initial",
        "Defined",
        "Managed",
        "Optimised",
    ]
    assert [level.name.fr for level in bank.scale] == [
        "Absent",
        "Initial (ad hoc)",
        "Défini",
        "Géré",
        "Optimisé",
    ]


def test_stages(bank: Framework) -> None:
    assert [(s.id, s.min_score) for s in bank.stages] == [
        ("experimentation", 0),
        ("structuring", 40),
        ("institutionalised", 70),
    ]


@pytest.mark.parametrize(
    ("score", "stage_id"),
    [
        (0, "experimentation"),
        (39.99, "experimentation"),
        (40, "structuring"),
        (69.99, "structuring"),
        (70, "institutionalised"),
        (100, "institutionalised"),
    ],
)
def test_stage_for_boundaries(bank: Framework, score: float, stage_id: str) -> None:
    assert bank.stage_for(score).id == stage_id


def test_legal_checklist(bank: Framework) -> None:
    assert [item.id for item in bank.legal] == LEGAL_IDS


def test_account_inventory_section_covers_the_register(bank: Framework) -> None:
    st12 = bank.section("ST12")
    assert st12 is not None
    text = " ".join(c.text.en + " " + c.guidance.en for c in st12.criteria).lower()
    for needle in ("register", "business owner", "mfa", "password manager", "dormant", "review"):
        assert needle in text, needle


def test_security_and_legal_conditions(bank: Framework) -> None:
    sc5 = bank.section("SC5")
    sc6 = bank.section("SC6")
    assert sc5 is not None
    assert sc6 is not None
    security = " ".join(c.text.en for c in sc5.criteria).lower()
    for needle in ("multi-factor", "every administrator", "recovery", "leaves"):
        assert needle in security, needle
    legal = " ".join(c.text.en for c in sc6.criteria).lower()
    for needle in ("privacy", "copyright", "accessibility", "official languages", "records"):
        assert needle in legal, needle


def test_section_of(bank: Framework) -> None:
    section = bank.section_of("ST12.3")
    assert section is not None
    assert section.id == "ST12"
    assert bank.section_of("ZZ9.9") is None


# --- loader errors: file, key path, reason

MINI: list[Section] = [("S1", "success", 1.0, (1.0, 1.0))]
MINIMAL = bank_toml(bank_data(MINI, max_level=1, legal=()))
"""The tiny bank (helpers.bank) cut to one section of two criteria on a 0–1 scale, as TOML."""
TEXT = '{ fr = "Criterion one-1 (fr)", en = "Criterion one-1" }'


def write_bank(tmp_path: Path, text: str, name: str = "bad-bank.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def replace_once(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, old
    return text.replace(old, new)


def test_minimal_bank_is_valid(tmp_path: Path) -> None:
    bank = load_bank(write_bank(tmp_path, MINIMAL, "mini.toml"))
    assert [c.id for c in bank.criteria()] == ["S1.1", "S1.2"]
    assert bank == tiny_bank(MINI, max_level=1, legal=())


BAD_BANKS = {
    "invalid TOML": (
        MINIMAL + '\n[[sections.criteria]\nid = "S1.3"\n',
        None,
        "not valid TOML",
    ),
    "missing en": (
        replace_once(MINIMAL, TEXT, '{ fr = "Criterion one-1 (fr)" }'),
        "sections[0].criteria[0].text.en",
        "required key is missing",
    ),
    "empty en": (
        replace_once(MINIMAL, TEXT, '{ fr = "Criterion one-1 (fr)", en = "" }'),
        "sections[0].criteria[0].text.en",
        "at least 1 character",
    ),
    "unknown key": (
        replace_once(MINIMAL, 'id = "S1.2"', 'id = "S1.2"\ncolour = "red"'),
        "sections[0].criteria[1].colour",
        "unknown key",
    ),
    "unknown top-level key": (
        'password = "hunter2"\n' + MINIMAL,
        "password",
        "unknown key",
    ),
    "duplicate criterion id": (
        replace_once(MINIMAL, 'id = "S1.2"', 'id = "S1.1"'),
        "sections[0].criteria[1].id",
        "'S1.1' is already used at sections[0].criteria[0].id",
    ),
    "section with unknown group": (
        replace_once(MINIMAL, 'group = "success"', 'group = "nope"'),
        "sections[0].group",
        "unknown group 'nope'",
    ),
    "scale not numbered 0..n": (
        replace_once(MINIMAL, "value = 1", "value = 2"),
        "scale[1].value",
        "is 2, expected 1",
    ),
    "first stage not at 0": (
        replace_once(MINIMAL, "min_score = 0\n", "min_score = 10\n"),
        "stages[0].min_score",
        "is 10, the first stage must start at 0",
    ),
    "stages not rising": (
        replace_once(MINIMAL, "min_score = 70", "min_score = 30"),
        "stages[2].min_score",
        "below the previous stage's 40",
    ),
    "wrong type": (
        replace_once(MINIMAL, 'version = "1"', "version = 1"),
        "version",
        "valid string",
    ),
    "line break in a one-line field": (
        replace_once(MINIMAL, 'version = "1"', 'version = "1\\n2"'),
        "version",
        "line break",
    ),
}


@pytest.mark.parametrize("case", list(BAD_BANKS), ids=list(BAD_BANKS))
def test_loader_reports_file_path_and_reason(tmp_path: Path, case: str) -> None:
    text, key_path, reason = BAD_BANKS[case]
    path = write_bank(tmp_path, text)
    with pytest.raises(BankError) as caught:
        load_bank(path)
    error = caught.value
    assert error.source == str(path)
    assert error.problems, "at least one problem"
    assert "bad-bank.toml" in str(error)
    for line in str(error).splitlines():
        assert line.startswith(f"{path}: "), line
    if key_path is not None:
        assert any(p.startswith(f"{key_path}: ") for p in error.problems), error.problems
    assert any(reason in p for p in error.problems), error.problems
    assert "(top level)" not in str(error)


def test_invalid_toml_says_where(tmp_path: Path) -> None:
    path = write_bank(tmp_path, 'id = "x"\nversion = \n')
    with pytest.raises(BankError, match=r"line 2"):
        load_bank(path)


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    text = replace_once(MINIMAL, TEXT, '{ fr = "Criterion one-1 (fr)" }')
    text = replace_once(text, 'id = "S1.2"', 'id = "S1.2"\ncolour = "red"')
    with pytest.raises(BankError) as caught:
        load_bank(write_bank(tmp_path, text))
    assert len(caught.value.problems) == 2
    assert caught.value.problems[0].startswith("sections[0].criteria[0].text.en: ")
    assert caught.value.problems[1].startswith("sections[0].criteria[1].colour: ")


def test_every_consistency_problem_is_reported_at_once(tmp_path: Path) -> None:
    text = replace_once(MINIMAL, 'group = "success"', 'group = "nope"')
    text = replace_once(text, 'id = "S1.2"', 'id = "S1.1"')
    text = replace_once(text, "value = 1", "value = 7")
    with pytest.raises(BankError) as caught:
        load_bank(write_bank(tmp_path, text))
    paths = [p.split(": ", 1)[0] for p in caught.value.problems]
    assert paths == ["scale[1].value", "sections[0].group", "sections[0].criteria[1].id"]


def test_unreadable_file(tmp_path: Path) -> None:
    missing = tmp_path / "missing.toml"
    with pytest.raises(BankError, match=r"missing\.toml: cannot be read"):
        load_bank(missing)


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.toml"
    path.write_bytes(MINIMAL.replace("Criterion one-1 (fr)", "Crit\u00e8re").encode("latin-1"))
    with pytest.raises(BankError, match=r"latin1\.toml: cannot be read"):
        load_bank(path)


def test_parse_bank_names_its_source() -> None:
    with pytest.raises(BankError, match=r"^custom\.toml: not valid TOML"):
        parse_bank("= oops", "custom.toml")


def test_default_bank_error_names_the_resource() -> None:
    with pytest.raises(BankError, match=r"resources/frameworks/no-such-bank\.toml: cannot be read"):
        default_bank("no-such-bank")


# --- the bank travels with the audit


def test_audit_keeps_the_bank_it_was_made_with(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = default_bank()
    audit = new_audit()
    assert audit.framework == original
    saved = audit.model_dump_json()

    # A newer installed bank rewords a criterion and drops a section.
    changed_text = BANK_FILE.read_text(encoding="utf-8").replace(
        "Multi-factor authentication (MFA) is enabled",
        "Phishing-resistant MFA is enforced",
    )
    changed = load_bank(write_bank(tmp_path, changed_text, "cefrio-2012.toml"))
    changed = changed.model_copy(update={"version": "2.0", "sections": changed.sections[:-1]})
    # where new_audit looks the installed bank up
    monkeypatch.setattr(wizard.audit.model, "default_bank", lambda name="cefrio-2012": changed)
    assert new_audit().framework.version == "2.0"  # the patch is in effect

    reopened = Audit.model_validate_json(saved)
    assert reopened.framework == original
    assert reopened.framework.version == "1.0"
    assert [c.text for c in reopened.framework.criteria()] == [c.text for c in original.criteria()]
    sc51 = next(c for c in reopened.framework.criteria() if c.id == "SC5.1")
    assert sc51.text.en.startswith("Multi-factor authentication (MFA) is enabled")
    assert reopened.framework.section("ST15") is not None
