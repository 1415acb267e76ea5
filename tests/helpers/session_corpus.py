"""The session corpus (``tests/data/sessions/{pass,fail}``) and what each fail/ file must say.

One line per file: the docs/reliability.md case it belongs to and a keyword of the reason that
``vigie check`` must print (specific to that file, never a generic "cannot open").
"""

from __future__ import annotations

from pathlib import Path

from helpers.reliability import SESSIONS, Measured, run_measured

FAIL = SESSIONS / "fail"
PASS = SESSIONS / "pass"

REFUSALS: dict[str, tuple[int, str]] = {
    "empty.vigie": (15, "the file is empty (0 bytes)"),
    "truncated.vigie": (15, "the file is truncated or damaged"),
    "truncated_end.vigie": (15, "the file is truncated or damaged"),
    "zero_filled.vigie": (15, "the file starts with zero bytes"),
    "binary.vigie": (15, "not a Vigie session (not a zip container)"),
    "pdf.vigie": (15, "it looks like a PDF document"),
    "json_text.vigie": (15, "it looks like a text file (JSON?)"),
    "no_audit_json.vigie": (15, "the audit (audit.json) is missing"),
    "no_mimetype.vigie": (15, "this zip is not a Vigie session (no mimetype)"),
    "wrong_mimetype.vigie": (15, "(type 'application/epub+zip')"),
    "office_document.vigie": (15, "an Office document, not a Vigie session"),
    "bad_crc.vigie": (15, "audit.json cannot be read (Bad CRC-32"),
    "evidence_checksum.vigie": (15, "does not match its checksum"),
    "nan.vigie": (16, "accounts[0].followers: NaN is not a number"),
    "infinity.vigie": (16, "accounts[0].engagement_rate: the number 1e999 is too large"),
    "duplicate_keys.vigie": (16, "accounts[1].handle: this key appears twice"),
    "deep_nesting.vigie": (16, "the data is nested too deeply"),
    "huge_integer.vigie": (16, "accounts[0].followers: Input should be less than or equal to"),
    "huge_digits.vigie": (16, "accounts[0].followers: the number with 5,000 digits is too large"),
    "wrong_types.vigie": (16, "accounts[0].followers: Input should be a valid integer"),
    "password_key.vigie": (16, "accounts[0].password: Extra inputs are not permitted"),
    "control_character.vigie": (16, "accounts[0].notes: contains a control character U+0007"),
    "lone_surrogate.vigie": (16, "engagement.title: contains an unpaired surrogate U+D800"),
    "not_utf8.vigie": (16, "not UTF-8 text"),
    "not_an_object.vigie": (16, "the top level must be an object"),
    "foreign_format.vigie": (16, "the file does not hold a Vigie audit"),
    "v0_answered_twice.vigie": (16, "answers[2].criterion: policy.exists is answered twice"),
    "zip_bomb_ratio.vigie": (17, "times (a zip bomb?)"),
    "zip_bomb_declared.vigie": (17, "declares 4,294,967,280 bytes"),
    "forged_entry_count.vigie": (17, "60,000 members is over the limit"),
    "path_traversal.vigie": (17, "unsafe member name '../../evil.txt'"),
    "absolute_path.vigie": (17, "unsafe member name '/etc/cron.d/evil'"),
    "duplicate_member.vigie": (17, "the member 'audit.json' appears twice"),
    "encrypted_member.vigie": (17, "the member 'audit.json' is encrypted"),
    "newer_version.vigie": (18, "made by a newer version of Vigie (format 99); update Vigie"),
}

OPEN_WARNINGS: dict[str, list[str]] = {
    "v0-minimal.vigie": [],
    "v1-minimal.vigie": [],
    "v1-crlf-notes.vigie": [],
    "v1-rezipped.vigie": [
        "the mimetype member is not first or is compressed (re-zipped file?)",
        "ignored an unknown member 'notes.txt'",
    ],
    "v1-with-evidence.vigie": [],
}
"""Every pass/ file, with the warnings it opens with."""


def names(case: int) -> list[str]:
    return sorted(name for name, (number, _) in REFUSALS.items() if number == case)


def readme_names(folder: Path) -> set[str]:
    """The files the README beside them describes (``- `name` — …`` lines)."""
    text = (folder / "README.md").read_text(encoding="utf-8")
    return {line.split("`")[1] for line in text.splitlines() if line.startswith("- `")}


def check_refused(name: str, tmp_path: Path) -> Measured:
    """``vigie check`` on a copy of fail/``name``: exit 1, the file's own reason on stderr,
    no traceback, the file untouched, nothing created (time and memory: benchmarks/limits.py)."""
    copy = tmp_path / name
    copy.write_bytes((FAIL / name).read_bytes())
    measured = run_measured(
        "check", str(copy), preload=("wizard.sessions.store", "wizard.audit.secrets")
    )
    keyword = REFUSALS[name][1]
    assert measured.returncode == 1, measured
    assert keyword in measured.stderr, measured.stderr
    assert str(copy) in measured.stderr
    assert "Traceback" not in measured.stderr
    assert copy.read_bytes() == (FAIL / name).read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]
    return measured
