"""The Progress sheet: written only with a loadable baseline, after the Summary, listed on the
cover; it reports exactly the edits since the baseline, user text stays text, and LibreOffice
recomputes the score changes."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.libreoffice import sheets_as_csv
from openpyxl import load_workbook

from wizard.audit.model import Account, AccountStatus, Answer, MfaCoverage
from wizard.demo import demo_session
from wizard.sessions.session import Session
from wizard.sessions.store import save_session
from wizard.workbook import export_workbook, strings

RISKY_HANDLE = '=HYPERLINK("http://evil.example","x")'


def _edited(tmp_path: Path) -> Session:
    """The demo saved as the baseline, and a copy naming it (relative path) with 5 edits."""
    save_session(demo_session(), tmp_path / "2025.vigie")
    session = demo_session()
    audit = session.audit
    audit.account("acc-002").status = AccountStatus.CLOSED
    audit.account("acc-004").status = AccountStatus.DORMANT
    audit.account("acc-005").mfa = MfaCoverage.NONE
    audit.accounts.append(Account(id="acc-new", platform="bluesky", handle=RISKY_HANDLE))
    audit.answers["SC1.1"] = Answer(level=4)
    audit.engagement.baseline = "2025.vigie"
    session.path = tmp_path / "2026.vigie"
    return session


def _rows(path: Path, lang: str) -> list[tuple]:
    ws = load_workbook(path)[strings.sheet_name("progress", lang)]
    return [row for row in ws.iter_rows(values_only=True) if any(v is not None for v in row)]


def _row(rows: list[tuple], label: str) -> tuple:
    return next(r for r in rows if r[1] == label)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_progress_sheet_follows_the_summary_and_is_on_the_cover(tmp_path, lang):
    path = export_workbook(_edited(tmp_path), tmp_path / "a.xlsx", lang=lang)
    book = load_workbook(path)
    assert book.sheetnames[:10] == strings.sheet_names(lang, progress=True)
    assert book.sheetnames[2] == strings.sheet_name("progress", lang)
    cover = book[strings.sheet_name("cover", lang)]
    links = {c.value: c.hyperlink.location for row in cover.iter_rows() for c in row if c.hyperlink}
    name = strings.sheet_name("progress", lang)
    assert name in links
    assert links[name].endswith("!A1")
    assert strings.text("toc_progress", lang) in [c.value for row in cover.iter_rows() for c in row]


def test_no_baseline_an_unreadable_one_or_a_bare_audit_means_no_progress_sheet(tmp_path):
    plain = demo_session()
    assert "Progress" not in load_workbook(export_workbook(plain, tmp_path / "p.xlsx", "en"))
    missing = demo_session()
    missing.audit.engagement.baseline = str(tmp_path / "gone.vigie")
    book = load_workbook(export_workbook(missing, tmp_path / "m.xlsx", "en"))
    assert book.sheetnames[:9] == strings.sheet_names("en")
    edited = _edited(tmp_path)
    bare = load_workbook(export_workbook(edited.audit, tmp_path / "b.xlsx", "en"))
    assert "Progress" not in bare.sheetnames, "an audit alone cannot resolve a relative path"
    unsaved = _edited(tmp_path)
    unsaved.path = None  # relative to nothing: not found from here
    assert "Progress" not in load_workbook(export_workbook(unsaved, tmp_path / "u.xlsx", "en"))


def test_progress_sheet_reports_exactly_the_edits(tmp_path):
    rows = _rows(export_workbook(_edited(tmp_path), tmp_path / "e.xlsx", lang="en"), "en")
    assert _row(rows, "Accounts (baseline)")[2] == 41
    assert _row(rows, "Accounts (current)")[2] == 42
    counts = {r[1]: r[2] for r in rows if isinstance(r[2], int)}
    assert counts["Added"] == 1
    assert counts["Removed from the inventory"] == 0
    assert counts["Closed"] == 1
    assert counts["Status changed"] == 1
    assert counts["Other changes"] == 1
    closed = next(r for r in rows if r[2] == "Closed" and r[1].startswith("Instagram"))
    assert closed[3:5] == ("Active", "Closed")
    dormant = next(r for r in rows if r[2] == "Status changed")
    assert dormant[3:5] == ("Active", "Dormant")
    other = next(r for r in rows if r[2] == "Other changes")
    assert other[5] == "MFA: All admins → None"
    answers = [r for r in rows if isinstance(r[1], str) and r[1].startswith("SC1.1 ")]
    assert [(r[2], r[3]) for r in answers] == [("2 · Defined", "4 · Optimised")]
    overall = _row(rows, "Overall score (/100)")
    assert overall[4] == '=IF(OR(C8="",D8=""),"",D8-C8)'
    assert overall[3] > overall[2]
    assert _row(rows, "Resolved")[2] >= 1
    assert _row(rows, "New")[2] >= 1


def test_user_text_on_the_progress_sheet_stays_text(tmp_path):
    session = _edited(tmp_path)
    session.audit.engagement.title = "=1+1"
    path = export_workbook(session, tmp_path / "t.xlsx", lang="fr")
    ws = load_workbook(path)[strings.sheet_name("progress", "fr")]
    cell = next(c for row in ws.iter_rows() for c in row if c.value == f"Bluesky {RISKY_HANDLE}")
    assert cell.data_type == "s"
    title = ws["C4"]
    assert (title.value, title.data_type) == ("=1+1", "s")
    assert title.quotePrefix, "typed again in Excel, it stays text"
    formulas = [c.coordinate for row in ws.iter_rows() for c in row if c.data_type == "f"]
    assert formulas
    assert all(ref.startswith("E") for ref in formulas), "only the change column is formulas"


@pytest.mark.libreoffice
def test_libreoffice_recomputes_the_score_changes(tmp_path, soffice):
    path = export_workbook(_edited(tmp_path), tmp_path / "lo.xlsx", lang="en")
    expected = {r[1]: (r[2], r[3]) for r in _rows(path, "en") if str(r[4]).startswith("=")}
    rows = sheets_as_csv(soffice, path, tmp_path)["Progress"]
    seen = 0
    for row in rows:
        if len(row) > 4 and row[1] in expected:
            old, new = expected[row[1]]
            if old is None or new is None:
                assert row[4] == ""
            else:
                assert float(row[4]) == pytest.approx(new - old, abs=1e-6), row[1]
            seen += 1
    assert seen == len(expected) > 2


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_each_accounts_follower_change_and_its_total(tmp_path, lang):
    """The marketing templates' "change vs previous period": per account on the inventory,
    totalled on the Progress sheet; an account new since the baseline has no change."""
    from wizard.workbook import inventory as inv

    session = _edited(tmp_path)
    baseline = {a.id: a.followers for a in demo_session().audit.accounts}
    grown = next(a for a in session.audit.accounts if a.followers)
    grown.followers += 250
    path = export_workbook(session, tmp_path / "a.xlsx", lang=lang)
    book = load_workbook(path)
    ws = book[strings.sheet_name("inventory", lang)]
    change = inv.letter("followers_change")
    got = {
        ws[f"A{r}"].value: ws[f"{change}{r}"].value for r in range(inv.FIRST_ROW, ws.max_row + 1)
    }
    assert got[grown.id] == 250
    assert got["acc-new"] is None
    expected = {
        a.id: a.followers - baseline[a.id]
        for a in session.audit.accounts
        if baseline.get(a.id) is not None and a.followers is not None
    }
    assert {k: v for k, v in got.items() if v is not None} == expected
    total = _row(_rows(path, lang), strings.text("progress_followers", lang))
    assert total[2] == sum(expected.values()) == 250


def test_without_a_baseline_the_follower_change_is_empty(tmp_path):
    from wizard.workbook import inventory as inv

    path = export_workbook(demo_session().audit, tmp_path / "a.xlsx", lang="en")
    ws = load_workbook(path)[strings.sheet_name("inventory", "en")]
    change = inv.letter("followers_change")
    assert all(ws[f"{change}{r}"].value is None for r in range(inv.FIRST_ROW, ws.max_row + 1))
