"""Rows to accounts, dedupe, merge, and apply: nothing changes before apply_plan."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.import_corpus import PASS

from wizard.audit import model as m
from wizard.importers import ImportCancelled
from wizard.importers.plan import ImportOptions, apply_plan, build_plan, merge_into, plan_import
from wizard.importers.table import Table

EXPECTED = {
    # file: (added, merged, skipped, invalid)
    "fr_title_block.xlsx": (60, 0, 1, 0),
    "en_messy_headers.csv": (300, 0, 0, 0),
    "semicolon_cp1252.csv": (120, 0, 0, 0),
    "utf8_bom.csv": (80, 0, 0, 0),
    "utf16_tab.txt": (50, 0, 0, 0),
    "tab_separated.tsv": (40, 0, 0, 0),
    "blank_lines_duplicates.csv": (30, 0, 6, 1),
    "url_list.txt": (138, 0, 14, 0),
    # headerless government registry (tests/helpers/registry_corpus.py): 1,260 rows
    "registry_headerless.csv": (1129, 0, 98, 33),
    "registry_headerless.xlsx": (1129, 0, 98, 33),
}


def _csv(*lines: str) -> Table:
    rows = [(i, tuple(line.split(";"))) for i, line in enumerate(lines, start=1)]
    return Table("t.csv", "csv", rows, encoding="UTF-8", separator=";")


def test_every_pass_file_is_listed():
    assert {p.name for p in PASS.iterdir() if p.name != "README.md"} == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_pass_files_import_as_expected(name, audit):
    plan = plan_import(PASS / name, audit)
    counts = plan.report.counts()
    assert (counts["added"], counts["merged"], counts["skipped"], counts["invalid"]) == EXPECTED[
        name
    ]
    assert audit.accounts == []
    report = apply_plan(audit, plan)
    assert report.applied
    assert len(audit.accounts) == EXPECTED[name][0]
    keys = {(a.platform, a.handle.casefold(), a.url) for a in audit.accounts}
    assert len(keys) == len(audit.accounts)


def test_french_workbook_values_are_typed(audit):
    plan = plan_import(PASS / "fr_title_block.xlsx", audit)
    first = plan.accounts()[0]
    assert first.platform == "facebook"
    assert first.owner.name == "Communications"
    assert first.created == date(2015, 1, 1)
    assert first.engagement_rate == 0.0
    second = plan.accounts()[1]
    assert second.engagement_rate == 1.0  # 0.01 in an Excel percent cell is 1 %
    assert second.status is m.AccountStatus.DORMANT
    assert plan.report.skipped[0].reason.startswith("same account as row 5")


def test_passwords_are_never_imported_nor_kept(audit):
    plan = plan_import(PASS / "en_messy_headers.csv", audit, ImportOptions(keep_unknown=True))
    assert plan.report.secret_columns == ["Password"]
    assert not any("hunter" in a.notes for a in plan.accounts())
    assert plan.accounts()[0].followers == 1234
    assert plan.accounts()[1].followers == 12_500


def test_platform_from_url_when_column_empty_or_disagrees(audit):
    table = _csv(
        "Plateforme;Lien",
        ";https://www.instagram.com/acme/",
        "Facebook;https://twitter.com/acme",
        "Twitter;https://x.com/acme2",
    )
    plan = build_plan(table, audit)
    assert [a.platform for a in plan.accounts()] == ["instagram", "x", "x"]
    assert plan.report.platform_from_url == [2]
    assert [o.row for o in plan.report.conflicts] == [3]
    assert "'Facebook'" in plan.report.conflicts[0].reason


def test_handle_only_rows_get_a_canonical_url(audit):
    plan = build_plan(_csv("Réseau;Compte", "Instagram;@Acme", "Autre;ville-info"), audit)
    insta, other = plan.accounts()
    assert (insta.handle, insta.url) == ("acme", "https://instagram.com/acme")
    assert (other.platform, other.handle, other.url) == ("other", "ville-info", "")


def test_bad_values_cost_the_field_not_the_account(audit):
    plan = build_plan(_csv("Lien;Abonnés;Statut", "https://x.com/a;beaucoup;en veille"), audit)
    (account,) = plan.accounts()
    assert account.followers is None
    assert account.status is m.AccountStatus.UNKNOWN
    reasons = [o.reason for o in plan.report.problems]
    assert any(r.startswith("'Abonnés': 'beaucoup'") for r in reasons)
    assert any(r.startswith("'Statut'") for r in reasons)


def test_control_characters_are_reported_not_imported(audit):
    plan = build_plan(_csv("Lien;Nom", "https://x.com/a;bad\x07name"), audit)
    (account,) = plan.accounts()
    assert account.display_name == ""
    assert "control character" in plan.report.problems[0].reason


def test_unknown_columns_optionally_kept_in_notes(audit):
    table = _csv("Lien;Budget;Notes", "https://x.com/a;100 $;déjà vu")
    assert build_plan(table, audit).accounts()[0].notes == "déjà vu"
    kept = build_plan(table, audit, ImportOptions(keep_unknown=True)).accounts()[0]
    assert kept.notes == "déjà vu\nBudget: 100 $"


def _existing(audit: m.Audit) -> m.Account:
    account = m.Account(platform="x", handle="acme", url="https://x.com/acme", followers=10)
    audit.accounts = [account]
    return account


@pytest.mark.parametrize(
    ("choice", "count", "followers"), [("skip", 1, 10), ("merge", 1, 10), ("add", 2, 10)]
)
def test_duplicates_against_the_audit(audit, choice, count, followers):
    existing = _existing(audit)
    table = _csv("Lien;Abonnés;Nom", "https://twitter.com/ACME?s=20;999;Acme Inc")
    plan = build_plan(table, audit, ImportOptions(on_duplicate=choice))
    assert "already in the audit (x:acme)" in (plan.report.skipped + plan.report.merged
                                               + plan.report.added)[0].reason  # fmt: skip
    apply_plan(audit, plan)
    assert len(audit.accounts) == count
    assert audit.accounts[0].followers == followers
    assert audit.accounts[0].id == existing.id
    expected_name = "Acme Inc" if choice == "merge" else ""
    assert audit.accounts[0].display_name == expected_name


def test_merge_fills_empty_fields_only():
    base = m.Account(platform="x", handle="a", followers=5, notes="")
    incoming = m.Account(platform="x", handle="a", followers=9, notes="new", verified=True)
    merged = merge_into(base, incoming)
    assert (merged.followers, merged.notes, merged.verified, merged.id) == (5, "new", True, base.id)


def test_duplicates_within_the_file_merge_into_the_first(audit):
    table = _csv("Lien;Abonnés;Nom", "https://x.com/acme;;First", "https://x.com/Acme/;12;Second")
    plan = build_plan(table, audit, ImportOptions(on_duplicate="merge"))
    assert plan.report.merged[0].reason == "same account as row 2 (x:acme)"
    apply_plan(audit, plan)
    (account,) = audit.accounts
    assert (account.display_name, account.followers) == ("First", 12)


def test_apply_twice_adds_nothing_the_second_time(audit):
    plan = plan_import(PASS / "utf8_bom.csv", audit)
    apply_plan(audit, plan)
    second = apply_plan(audit, plan)
    assert len(audit.accounts) == 80
    assert second.counts()["skipped"] == 80


def test_cancel_leaves_the_audit_unchanged(audit):
    _existing(audit)
    before = audit.model_dump()
    lines = ["Lien"] + [f"https://x.com/user{i}" for i in range(3000)]
    plan = build_plan(_csv(*lines), audit)
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(ImportCancelled):
        apply_plan(audit, plan, cancel=cancel)
    assert audit.model_dump() == before
    with pytest.raises(ImportCancelled):
        build_plan(_csv(*lines), audit, cancel=lambda: True)


def test_progress_is_reported(audit):
    seen: list[tuple[int, int]] = []
    lines = ["Lien"] + [f"https://x.com/user{i}" for i in range(1200)]
    build_plan(_csv(*lines), audit, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(500, 1200), (1000, 1200)]


def test_large_file_with_fifty_thousand_rows_imports(audit, tmp_path):
    source = tmp_path / "big.csv"
    lines = ["Plateforme;Lien;Abonnés"]
    lines += [f"Instagram;https://instagram.com/user{i};{i}" for i in range(50_000)]
    source.write_text("\n".join(lines), encoding="utf-8")
    plan = plan_import(source, audit)
    apply_plan(audit, plan)
    assert len(audit.accounts) == 50_000


def test_round_trip_through_the_project_workbook(tmp_path):
    """The export's Inventory sheet re-imports: every account once, values intact."""
    from helpers.audits import make_audit

    from wizard.workbook import export_workbook

    source = make_audit(accounts=12)
    source.accounts[0].status = m.AccountStatus.CLOSED
    source.accounts[1].last_post = date(2024, 2, 29)
    for lang in ("fr", "en"):
        path = export_workbook(source, tmp_path / f"{lang}.xlsx", lang=lang)
        target = m.Audit(framework=source.framework)
        plan = plan_import(path, target)
        assert plan.report.unknown_columns == []
        apply_plan(target, plan)
        assert [a.handle for a in target.accounts] == [f"compte{i}" for i in range(12)]
        assert target.accounts[0].status is m.AccountStatus.CLOSED
        assert target.accounts[1].last_post == date(2024, 2, 29)
        assert target.accounts[1].followers == 1001
        assert target.accounts[2].mfa is m.MfaCoverage.SOME
        assert target.accounts[2].notes == "ligne 1\nligne 2"
