"""Every source row is accounted for, and distinct accounts are never merged (issue 13).

Lists are generated from known accounts written in the shapes real lists hold, with repeats
and unreadable cells; whatever the mix, each data row must be exactly one of added, merged,
skipped (naming the earlier row or audit account and the shared key) or invalid (with a
reason), the four counts must add up to the rows read, and two rows are only ever declared
duplicates when they name the same account.
"""

from __future__ import annotations

import re

from helpers.bank import tiny_bank
from hypothesis import given, settings
from hypothesis import strategies as st

from wizard.audit import model as m
from wizard.importers.plan import ImportOptions, apply_plan, build_plan
from wizard.importers.table import Table

# account → the shapes it is written in (any of them names the same account)
ACCOUNTS: dict[str, tuple[str, ...]] = {
    "x-laftc": ("https://twitter.com/#!/laFTC", "twitter.com/LAFTC", "https://x.com/laftc?s=20"),
    "x-aidsinfo": ("http://twitter.com/#!AIDSinfo", "@AIDSinfo", "<https://twitter.com/aidsinfo>"),
    "x-state": ("https://mobile.twitter.com/StateDept", "www.twitter.com/statedept."),
    "fb-embassy": ("https://web.facebook.com/usembassy/", "http://fb.com/USEmbassy?fref=ts"),
    "fb-id": (
        "https://www.facebook.com/pages/Embassy/123456789012",
        "facebook.com/profile.php?id=123456789012&amp;ref=ts",
    ),
    "fb-id2": ("https://www.facebook.com/pages/Embassy/123456789013",),
    "yt-user": ("http://www.youtube.com/user/USDAgov", "youtube.com/user/usdagov?feature=mhee"),
    "yt-custom": ("https://www.youtube.com/c/USDAgov", "http://youtube.com/USDAgov/"),
    "ig": ("https://www.instagram.com/usda/?hl=en", "instagram.com/USDA?igshid=abc"),
    "li-page": ("https://www.linkedin.com/company/usda/",),
    "li-person": ("https://www.linkedin.com/in/usda/",),
    "site-news": ("https://www.agency.gov/news", "http://agency.gov/news/?utm_source=reg"),
    "site-page3": ("https://agency.gov/page?id=3",),
    "site-page4": ("https://agency.gov/page?id=4&ref=home",),
    "vine": ("https://vine.co/usda", "http://vine.co/USDA"),
    "video": ("https://youtu.be/dQw4w9WgXcQ",),
}
GARBAGE = ("", "N/A", "javascript:void(0)", "see website", "https://twitter.com/#!/")
PLATFORM_LABELS = ("", "Twitter", "Facebook", "Website", "Vine")

_ROW = st.one_of(
    st.tuples(
        st.sampled_from(sorted(ACCOUNTS)), st.integers(0, 5), st.sampled_from(PLATFORM_LABELS)
    ),
    st.tuples(st.none(), st.sampled_from(GARBAGE), st.sampled_from(PLATFORM_LABELS)),
)
_COLUMNS = {"1": "platform", "2": "url"}
_REASON = re.compile(r"(same account as row (\d+)|already in the audit) \((.+)\)")


def _table(rows: list[tuple]) -> tuple[Table, list[str | None]]:
    """A headerless two-column table and the account each row truly names (None: garbage)."""
    cells, truth = [], []
    for account, choice, label in rows:
        if account is None:
            url = choice
        else:
            shapes = ACCOUNTS[account]
            url = shapes[choice % len(shapes)]
        cells.append((label, url))
        truth.append(account)
    numbered = list(enumerate(cells, start=1))
    return Table("t.csv", "csv", numbered, encoding="UTF-8", separator=","), truth


def _audit(existing: list[str]) -> m.Audit:
    audit = m.Audit(framework=tiny_bank())
    audit.accounts = [m.Account(url=ACCOUNTS[a][-1].strip("<>")) for a in existing]
    return audit


@settings(max_examples=150, deadline=None)
@given(
    rows=st.lists(_ROW, min_size=1, max_size=40),
    existing=st.lists(st.sampled_from(sorted(ACCOUNTS)), max_size=3, unique=True),
    on_duplicate=st.sampled_from(("skip", "merge", "add")),
)
def test_every_row_is_accounted_for_and_no_distinct_accounts_meet(rows, existing, on_duplicate):
    table, truth = _table(rows)
    audit = _audit(existing)
    options = ImportOptions(on_duplicate=on_duplicate, no_header=True, overrides=_COLUMNS)
    plan = build_plan(table, audit, options)
    report = plan.report
    buckets = {"added": report.added, "merged": report.merged, "skipped": report.skipped}
    buckets["invalid"] = report.invalid
    rows_seen = sorted(o.row for outcomes in buckets.values() for o in outcomes)
    assert rows_seen == list(range(1, len(rows) + 1))  # each row exactly once
    assert sum(report.counts().values()) == report.rows == len(rows)

    keys = {r.row: r.key for r in plan.results}
    owner = {}  # key → the account it stands for, across the file and the audit
    for row, account in enumerate(truth, start=1):
        if keys.get(row):
            assert owner.setdefault(keys[row], account) == account, "two accounts, one key"
    for o in report.invalid:
        assert o.reason
    for name in ("merged", "skipped", "added"):
        for o in buckets[name]:
            if not o.reason:
                assert name == "added"
                continue
            match = _REASON.fullmatch(o.reason)
            assert match, o.reason
            assert match.group(3) == keys[o.row]  # the shared key is shown
            if match.group(2):
                first = int(match.group(2))
                assert first < o.row
                assert keys[first] == keys[o.row]
                assert truth[first - 1] == truth[o.row - 1]
            else:
                assert truth[o.row - 1] in existing

    before = len(audit.accounts)
    applied = apply_plan(audit, plan)
    assert len(audit.accounts) == before + len(applied.added)


def test_two_accounts_whose_keys_differ_are_never_merged():
    table, _ = _table(
        [
            ("x-laftc", 0, "Twitter"),
            ("x-aidsinfo", 0, "Twitter"),
            ("fb-id", 0, "Facebook"),
            ("fb-id2", 0, "Facebook"),
            ("site-page3", 0, ""),
            ("site-page4", 0, ""),
            ("li-page", 0, ""),
            ("li-person", 0, ""),
        ]
    )
    audit = _audit([])
    options = ImportOptions(on_duplicate="merge", no_header=True, overrides=_COLUMNS)
    plan = build_plan(table, audit, options)
    assert plan.report.counts() == {"added": 8, "merged": 0, "skipped": 0, "invalid": 0}
    apply_plan(audit, plan)
    assert len({a.url for a in audit.accounts}) == 8
