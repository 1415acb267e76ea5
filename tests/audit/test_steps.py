"""The step an audit was saved on (``Audit.last_step``): kept by a save, named by the section's
id, ignored when it names no step of the audit, and never taken for content."""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from helpers.audits import make_audit, make_session
from helpers.bank import SECTIONS, tiny_bank
from helpers.workbook import load

from wizard.audit import steps
from wizard.audit.model import Audit
from wizard.cli.main import main
from wizard.cli.support import change_in_place
from wizard.history.baseline import start_from_previous
from wizard.history.compare import compare_audits
from wizard.report import build_report
from wizard.sessions.session import Session
from wizard.sessions.store import InvalidContentError, load_session, save_session
from wizard.teams.merge import merge_sessions
from wizard.workbook import export_workbook

DATA = Path(__file__).resolve().parents[1] / "data" / "sessions" / "pass"


def _audit_json(path: Path) -> dict:
    with zipfile.ZipFile(path) as archive:
        return json.loads(archive.read("audit.json"))


def _rewritten(source: Path, target: Path, **fields: object) -> Path:
    """``source`` with top-level fields of ``audit.json`` set as a hand-edited file would."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename == "audit.json":
                raw = json.loads(data)
                raw.update(fields)
                data = json.dumps(raw, ensure_ascii=False).encode("utf-8")
            new.writestr(info, data)
    return target


# --- keys


def test_each_step_has_a_key_and_a_section_is_named_by_its_id():
    audit = make_audit()
    assert steps.find_step(audit, "inventory") == steps.Step("inventory")
    assert steps.find_step(audit, "section:S2") == steps.Step("section:S2", 1)
    assert steps.step_of_section(audit, 1) == steps.Step("section:S2", 1)
    for key in steps.FIXED_STEPS:
        assert steps.find_step(audit, key) == steps.Step(key)


def test_a_moved_section_is_found_where_it_now_is():
    moved = Audit(framework=tiny_bank(tuple(reversed(SECTIONS))), last_step="section:S2")
    assert steps.recorded_step(moved) == steps.Step("section:S2", 0)


@pytest.mark.parametrize(
    "key",
    [
        None,
        "",
        "start",
        "Inventory",
        "section:",
        "section:S9",  # a section not in this bank
        "section:S1 ",
        "sections:S1",
        "S1",
        "section:S1\x07",
        "‮summary",
        "../../summary",
    ],
)
def test_a_key_naming_no_step_of_the_audit_is_not_a_step(key):
    audit = make_audit()
    audit.last_step = key
    assert steps.recorded_step(audit) is None


# --- the file


def test_a_saved_step_comes_back_with_the_file(tmp_path):
    session = make_session()
    session.audit.last_step = "section:S2"
    path = tmp_path / "a.vigie"
    save_session(session, path)
    assert _audit_json(path)["last_step"] == "section:S2"
    loaded = load_session(path).session.audit
    assert loaded.last_step == "section:S2"
    assert steps.recorded_step(loaded) == steps.Step("section:S2", 1)


def test_by_default_no_step_is_recorded_nor_written(tmp_path):
    path = tmp_path / "a.vigie"
    save_session(make_session(), path)
    assert "last_step" not in _audit_json(path)
    assert load_session(path).session.audit.last_step is None


@pytest.mark.parametrize("name", ["v0-minimal.vigie", "v1-minimal.vigie", "v1-with-evidence.vigie"])
def test_older_files_open_with_no_step_recorded(name):
    result = load_session(DATA / name)
    assert result.session.audit.last_step is None
    assert steps.recorded_step(result.session.audit) is None


@pytest.mark.parametrize(
    "key", ["section:S9", "nowhere", "section:S1\u0007\u202e<script>", "x" * 200]
)
def test_a_file_recording_no_step_of_its_audit_still_opens(tmp_path, key):
    saved = tmp_path / "a.vigie"
    save_session(make_session(), saved)
    path = _rewritten(saved, tmp_path / "b.vigie", last_step=key)
    audit = load_session(path).session.audit
    assert audit.accounts
    assert audit.last_step == key
    assert steps.recorded_step(audit) is None


@pytest.mark.parametrize(
    ("value", "problem"),
    [(3, "last_step"), (["summary"], "last_step"), ({"key": "summary"}, "last_step")],
)
def test_a_step_of_the_wrong_type_is_refused_like_any_field(tmp_path, value, problem):
    saved = tmp_path / "a.vigie"
    save_session(make_session(), saved)
    path = _rewritten(saved, tmp_path / "b.vigie", last_step=value)
    with pytest.raises(InvalidContentError) as caught:
        load_session(path)
    assert any(str(p).startswith(problem) for p in caught.value.problems)


def test_an_absurdly_long_step_is_refused(tmp_path):
    saved = tmp_path / "a.vigie"
    save_session(make_session(), saved)
    path = _rewritten(saved, tmp_path / "b.vigie", last_step="section:" + "S" * 300)
    with pytest.raises(InvalidContentError) as caught:
        load_session(path)
    assert any(str(p).startswith("last_step") for p in caught.value.problems)


# --- not content


def test_a_command_that_changes_only_the_step_does_not_rewrite_the_file(tmp_path):
    path = tmp_path / "a.vigie"
    save_session(make_session(), path)
    before = path.read_bytes()
    loaded = load_session(path, keep_evidence=False)

    def move() -> None:
        loaded.session.audit.last_step = "summary"

    _result, written = change_in_place(loaded, path, move)
    assert not written
    assert path.read_bytes() == before


def test_copies_differing_only_by_their_step_merge_without_conflict():
    mine = make_session()
    theirs = Session(audit=mine.audit.model_copy(deep=True), blobs=dict(mine.blobs))
    mine.audit.last_step = "section:S1"
    theirs.audit.last_step = "legal"
    result = merge_sessions(None, mine, theirs)
    assert result.conflicts == []
    assert result.one_sided == []
    assert result.session.audit.last_step == "section:S1"  # the copy being merged into


def test_the_comparison_with_last_year_ignores_the_step():
    old, new = make_audit(), make_audit()
    today = datetime(2026, 5, 1, tzinfo=UTC).date()
    plain = compare_audits(old, new, today)
    old.last_step, new.last_step = "inventory", "section:S2"
    assert compare_audits(old, new, today) == plain


def test_next_years_audit_starts_with_no_step_recorded():
    old = make_session()
    old.audit.last_step = "summary"
    assert start_from_previous(old, baseline_path="old.vigie").audit.last_step is None


def test_the_workbook_is_the_same_whatever_the_step(tmp_path):
    audit = make_audit()
    books = []
    for key in (None, "section:S2"):
        audit.last_step = key
        book = load(export_workbook(audit, tmp_path / f"{key}.xlsx", "fr"))
        cells = {
            ws.title: [[c.value for c in row] for row in ws.iter_rows()] for ws in book.worksheets
        }
        # the moment of the export differs between two exports, whatever the step
        cells["_vigie"] = [row for row in cells["_vigie"] if row[0] != "exported_at"]
        books.append(cells)
    assert books[0] == books[1]
    assert "section:S2" not in repr(books[1])


def test_the_report_is_the_same_whatever_the_step():
    from helpers.report import body_text

    audit = make_audit()
    when = datetime(2026, 5, 1, tzinfo=UTC)
    texts = []
    for key in (None, "legal"):
        audit.last_step = key
        texts.append(body_text(build_report(audit, "en", generated_at=when)))
    assert texts[0] == texts[1]


def test_vigie_check_says_the_same_whatever_the_step(tmp_path, capsys):
    saved = tmp_path / "a.vigie"
    save_session(make_session(), saved)
    moved = _rewritten(saved, tmp_path / "b.vigie", last_step="section:S1")
    said = []
    for path in (saved, moved):
        assert main(["check", str(path)]) == 0
        out, err = capsys.readouterr()
        said.append((out.replace(str(path), "FILE"), err.replace(str(path), "FILE")))
    assert said[0] == said[1]
