"""``vigie discover FILE.vigie SOURCE…``: the accounts the organisation's saved pages link to,
set against the inventory; the file changes only with ``--apply``.

Without ``--apply`` it prints the three lists (found but not in the inventory, linked, not
linked). With it, every new account is added (not those given with ``--not-ours`` nor those
marked "not ours" in an earlier discovery), every compared account is marked linked or
not, and the discovery is recorded, saved atomically under the lock as the other
subcommands do. Exit 0 when the sources were
read (and, with ``--apply``, the session saved); 1 when a source, the session or the save has
a problem, with one line saying which.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from wizard.cli.support import EXIT_OK, change_in_place, fail, fail_session
from wizard.discovery.accounts import account_of
from wizard.discovery.apply import apply_discovery
from wizard.discovery.compare import DiscoveryPlan, compare
from wizard.discovery.scanner import DiscoveryCancelled, DiscoveryError, FoundAccount, scan
from wizard.messages import Message, localise
from wizard.scoring.rules.common import account_name
from wizard.sessions.store import SessionError, load_session


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vigie discover",
        description=(
            "Find the accounts the organisation's saved web pages link to (pages, folders of "
            "pages, sitemap.xml, bookmarks exports, HAR archives; nothing is fetched) and set "
            "them against the inventory. Prints three lists; changes the file only with --apply."
        ),
    )
    parser.add_argument("session", type=Path, help="the session file (.vigie)")
    parser.add_argument("sources", type=Path, nargs="+", help="saved pages, folders, sitemaps…")
    parser.add_argument(
        "--apply",
        action="store_true",
        help="add the accounts found, record which are linked, and save the session",
    )
    parser.add_argument(
        "--not-ours",
        action="append",
        default=[],
        metavar="URL",
        help="an account found on the pages that is not the organisation's (a partner's): "
        "not added, and never proposed again once saved with --apply; repeatable",
    )
    parser.add_argument("--all", action="store_true", help="list every account (default: 50)")
    parser.add_argument("--lang", choices=("fr", "en"), default="en", help="language printed")
    return parser


def _found_line(found: FoundAccount) -> str:
    first = found.first
    more = f" (+{len(found.pages) - 1} pages)" if len(found.pages) > 1 else ""
    text = f" “{first.text}”" if first.text else ""
    return f"  {found.platform}: {found.handle}  {found.url}  ← {first.page}{text}{more}"


def report_lines(plan: DiscoveryPlan, lang: str, limit: int | None) -> list[str]:
    """The three lists as printed, in ``lang``."""
    result = plan.scan
    lines = [
        localise(
            Message(
                "discover.summary",
                pages=result.pages,
                found=len(result.accounts),
                shares=result.share_links,
            ),
            lang,
        )
    ]
    lines += [localise(Message("discover.warning", text=w), lang) for w in result.warnings]
    sections: list[tuple[str, list[str]]] = [
        ("discover.list.new", [_found_line(f) for f in plan.new]),
        (
            "discover.list.linked",
            [f"  {account_name(a)}  ← {found.first.page}" for a, found in plan.linked],
        ),
        ("discover.list.unlinked", [f"  {account_name(a)}" for a in plan.unlinked]),
    ]
    if plan.not_ours:
        sections.append(("discover.list.not_ours", [_found_line(f) for f in plan.not_ours]))
    for key, rows in sections:
        lines.append(localise(Message(key, count=len(rows)), lang))
        shown = rows if limit is None else rows[:limit]
        lines += shown
        if len(rows) > len(shown):
            lines.append(
                localise(Message("discover.list.more", count=len(rows) - len(shown)), lang)
            )
    return lines


def not_ours_keys(values: list[str]) -> list[str] | str:
    """The account keys of ``--not-ours`` addresses, or the one-line error for one that
    names no account."""
    keys = []
    for value in values:
        found = account_of(value)
        if found is None:
            return f"--not-ours {value}: not the address of an account on a known platform"
        keys.append(found[0])
    return keys


def run_discover(argv: Sequence[str]) -> int:
    args = _parser().parse_args(list(argv))

    try:
        loaded = load_session(args.session, keep_evidence=False)
    except SessionError as exc:
        return fail_session(exc, args.lang)
    audit = loaded.session.audit
    limit = None if args.all else 50
    rejected = not_ours_keys(args.not_ours)
    if isinstance(rejected, str):
        return fail(rejected)
    try:
        plan = compare(scan(args.sources), audit, not_ours=rejected)
        print("\n".join(report_lines(plan, args.lang, limit)))
        if not args.apply:
            print("Nothing changed: run again with --apply to add the accounts and record links.")
            return EXIT_OK
        applied, saved = change_in_place(
            loaded, args.session, lambda: apply_discovery(audit, plan, not_ours=rejected)
        )
    except DiscoveryError as exc:
        return fail(localise(exc.reason, args.lang))
    except DiscoveryCancelled:
        return fail(localise(Message("discover.cancelled"), args.lang))
    except SessionError as exc:
        return fail_session(exc, args.lang)
    print(localise(applied.message(), args.lang))
    if saved:
        print(f"Saved {args.session} ({len(audit.accounts):,} accounts).")
    else:
        print(f"Nothing changed: {args.session} left as it was.")
    return EXIT_OK
