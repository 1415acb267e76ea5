"""A government registry as old systems export it: no header row, legacy URL shapes, closed
platforms. Every row must end up added, skipped as the duplicate of the right earlier row, or
invalid with a reason; no account may be lost or merged into another (issue 13)."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.audits import make_session
from helpers.import_corpus import PASS
from helpers.registry_corpus import registry_rows

from wizard.cli.main import EXIT_OK, EXIT_PROBLEM, main
from wizard.importers import ImportFileError
from wizard.importers.headers import match_header
from wizard.importers.plan import ImportOptions, apply_plan, build_plan, plan_import
from wizard.importers.table import Table
from wizard.importers.values import parse_languages
from wizard.sessions.store import load_session, save_session

_ACTIONS = {"add": "added", "skip": "skipped", "invalid": "invalid"}


def _outcomes(plan) -> dict[int, tuple[str, str]]:
    report = plan.report
    return {
        o.row: (name, o.reason)
        for name in ("added", "merged", "skipped", "invalid")
        for o in getattr(report, name)
    }


@pytest.mark.parametrize("name", ["registry_headerless.csv", "registry_headerless.xlsx"])
def test_headerless_registry_loses_and_merges_nothing(name, audit):
    rows, expected = registry_rows()
    plan = plan_import(PASS / name, audit)
    outcomes = _outcomes(plan)
    assert len(plan.results) == len(rows) == len(outcomes)  # the first row is data
    for number, truth in enumerate(expected, start=1):
        action, reason = outcomes[number]
        assert action == _ACTIONS[truth.action], (number, rows[number - 1])
        if truth.action == "skip":
            assert reason.startswith(f"same account as row {truth.first} ("), (number, reason)
        if truth.action == "invalid":
            assert reason
    report = apply_plan(audit, plan)
    added = [e for e in expected if e.action == "add"]
    assert len(audit.accounts) == len(added) == len(report.added)


def test_headerless_registry_report_says_how_columns_were_guessed(audit):
    plan = plan_import(PASS / "registry_headerless.csv", audit)
    text = "\n".join(plan.report.lines())
    assert (
        "No header row; columns guessed from content: column 1 → organisation's website "
        "(notes), column 2 → Owning unit, column 3 → Platform, column 4 → URL, "
        "column 5 → Languages"
    ) in text
    assert "(1,260 data rows)" in text
    first = plan.accounts()[0]
    assert first.languages
    assert first.owning_unit
    assert first.notes.startswith("Website: ")


def test_registry_accounts_on_closed_platforms_keep_their_name(audit):
    plan = plan_import(PASS / "registry_headerless.csv", audit)
    platforms = {a.platform for a in plan.accounts()}
    assert {"myspace", "googleplus", "foursquare", "ustream", "vine", "periscope"} <= platforms


def _table(*rows: tuple[object, ...]) -> Table:
    return Table("t.csv", "csv", list(enumerate(rows, start=1)), encoding="UTF-8", separator=",")


def test_a_row_with_a_url_is_never_taken_for_headers(audit):
    table = _table(
        (
            "http://state.gov/p/af/",
            "Bureau of African Affairs",
            "https://twitter.com/#!/StateAfrica",
        ),
        ("http://ftc.gov", "Department of Commerce", "https://twitter.com/#!/laFTC"),
    )
    plan = build_plan(table, audit)
    assert plan.header_row is None
    assert plan.mapping.guessed
    assert [a.handle for a in plan.accounts()] == ["stateafrica", "laftc"]


def test_no_header_and_map_override_the_guess(audit):
    table = _table(
        ("Platform", "Account", "Notes"),
        ("Twitter", "@acme", "main"),
        ("Twitter", "@other", "backup"),
    )
    headed = build_plan(table, audit)
    assert [a.handle for a in headed.accounts()] == ["acme", "other"]
    forced = build_plan(table, audit, ImportOptions(no_header=True, overrides={"2": "handle"}))
    assert len(forced.results) == 3
    assert forced.mapping.fields[1] == "handle"
    ignored = build_plan(table, audit, ImportOptions(overrides={"Notes": "ignore"}))
    assert all(not a.notes for a in ignored.accounts())


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"9": "url"}, "there is no column 9"),
        ({"Nope": "url"}, "no column is headed 'Nope'"),
        ({"1": "colour"}, "unknown field 'colour'"),
    ],
)
def test_a_bad_map_is_one_clear_line(overrides, message, audit):
    table = _table(("URL", "Notes"), ("https://x.com/acme", "hi"))
    with pytest.raises(ImportFileError, match=message):
        build_plan(table, audit, ImportOptions(overrides=overrides))


def test_headerless_file_without_addresses_is_refused_clearly(audit):
    table = _table(("alpha", "beta"), ("1", "2"))
    with pytest.raises(ImportFileError, match="no column holds URLs or @handles"):
        build_plan(table, audit)


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Agency", "owning_unit"),
        ("Department", "owning_unit"),
        ("Bureau", "owning_unit"),
        ("Office", "owning_unit"),
        ("Service", "owning_unit"),
        ("Direction", "owning_unit"),
        ("Ministère", "owning_unit"),
        ("Sub-Agency", "owning_unit"),
        ("Website", "website"),
        ("Site Web", "website"),
        ("Account URL", "url"),
        ("Language", "languages"),
    ],
)
def test_registry_column_names_map_without_help(header, field):
    assert match_header(header) == field


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("English", ["en"]),
        ("Spanish", ["es"]),
        ("Français", ["fr"]),
        ("English, Spanish", ["en", "es"]),
        ("anglais et français", ["en", "fr"]),
        ("Portuguese; Chinese", ["pt", "zh"]),
        ("Haitian Creole", ["ht"]),
    ],
)
def test_language_names_become_codes(text, codes):
    assert parse_languages(text) == codes


def test_a_website_column_goes_to_the_notes_beside_the_account_url(audit):
    table = _table(("Website", "URL"), ("https://agency.gov", "https://x.com/agency"))
    account = build_plan(table, audit).accounts()[0]
    assert account.url == "https://x.com/agency"
    assert account.notes == "Website: https://agency.gov"


def test_a_list_of_websites_imports_them_as_accounts(audit):
    table = _table(("Agency", "Website"), ("FTC", "https://ftc.gov/blog"))
    account = build_plan(table, audit).accounts()[0]
    assert account.url == "https://ftc.gov/blog"
    assert account.owning_unit == "FTC"


def test_garbage_in_the_url_column_is_an_invalid_row_with_its_reason(audit):
    table = _table(
        ("Platform", "URL"),
        ("Twitter", "N/A"),
        ("Twitter", "javascript:void(0)"),
        ("Twitter", "acme"),
    )
    plan = build_plan(table, audit)
    assert [(o.row, o.reason) for o in plan.report.invalid] == [
        (2, "'N/A' is neither a URL nor a handle"),
        (3, "'javascript:void(0)' is neither a URL nor a handle"),
    ]
    assert [a.handle for a in plan.accounts()] == ["acme"]


# --------------------------------------------------------------------------- command line


@pytest.fixture
def session_file(tmp_path: Path) -> Path:
    path = tmp_path / "audit.vigie"
    save_session(make_session(accounts=0), path)
    return path


def test_cli_imports_a_headerless_registry(session_file, capsys):
    args = ["import-accounts", str(session_file), str(PASS / "registry_headerless.csv")]
    assert main([*args, "--apply"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "No header row; columns guessed from content" in out
    assert "1,129 added, 0 merged, 98 skipped (duplicates), 33 invalid (1,260 data rows)" in out
    assert len(load_session(session_file).session.audit.accounts) == 1129


def test_cli_map_and_no_header(session_file, tmp_path, capsys):
    source = tmp_path / "list.csv"
    source.write_text("Platform,Account\nTwitter,@acme\nTwitter,@other\n", encoding="utf-8")
    args = ["import-accounts", str(session_file), str(source)]
    assert main([*args, "--no-header", "--map", "2=handle", "--map", "1=platform"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "column 1 → Platform, column 2 → Handle" in out
    assert "(3 data rows)" in out
    assert main([*args, "--map", "2"]) == EXIT_PROBLEM
    assert "--map 2: expected COLUMN=FIELD" in capsys.readouterr().err
    assert main([*args, "--map", "7=url"]) == EXIT_PROBLEM
    assert "there is no column 7" in capsys.readouterr().err


def test_a_header_row_with_a_year_column_is_still_the_header(audit):
    table = _table(("Platform", "URL", "2024"), ("X", "https://x.com/acme", "1200"))
    plan = build_plan(table, audit)
    assert plan.header_row == 1
    assert not plan.mapping.guessed
    assert [a.handle for a in plan.accounts()] == ["acme"]


def test_a_second_column_of_accounts_is_never_taken_for_the_website(audit):
    table = _table(
        ("FTC", "https://twitter.com/#!/laFTC", "https://www.facebook.com/federaltradecommission"),
        ("USDA", "twitter.com/usda", "facebook.com/USDA"),
    )
    plan = build_plan(table, audit)
    assert plan.mapping.fields == {1: "url"}
    assert plan.mapping.unknown == [0, 2]
    assert "'column 3'" in "\n".join(plan.report.lines())
