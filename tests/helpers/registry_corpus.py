"""A government social-media registry as old systems export it, with the truth about each row.

Real registries (a few thousand rows exported from a web form) have no header row, five or
six columns (the agency's website, the bureau, the platform, the account URL, its languages,
sometimes a record number), and account URLs in every shape the last fifteen years produced:
``twitter.com/#!/Name``, scheme-less hosts, ``m.``/``web.`` hosts, Facebook ``pages/Name/ID``,
YouTube ``user``/``c``/``channel``/``@`` forms, tracking queries, trailing punctuation, HTML
entities, and accounts on platforms that have since closed.

:func:`registry_rows` builds such a list deterministically together with what a correct import
must do with each row (add it, skip it as the duplicate of a given earlier row, or refuse it),
so a test can check that no account is lost or wrongly merged. Run as a script to write the
committed corpus files (from the project root)::

    python tests/helpers/registry_corpus.py            # tests/data/import/pass/registry_*.csv|xlsx
    python tests/helpers/registry_corpus.py --header OUT.csv   # the same list with a header row
"""

from __future__ import annotations

import argparse
import csv
import io
import random
from dataclasses import dataclass
from pathlib import Path

ROWS = 1260
SEED = 13
PASS = Path(__file__).resolve().parent.parent / "data" / "import" / "pass"
HEADER = ("Website", "Agency", "Platform", "Account URL", "Language", "Record")

_BUREAUS = (
    ("state.gov/p/af/", "Bureau of African Affairs"),
    ("ftc.gov", "Federal Trade Commission"),
    ("aids.gov", "Office of HIV/AIDS Policy"),
    ("usda.gov/wps/portal/usda/usdahome", "Department of Agriculture"),
    ("noaa.gov", "National Oceanic and Atmospheric Administration"),
    ("nps.gov/yell/index.htm", "National Park Service, Yellowstone"),
    ("epa.gov/region8", "EPA Region 8 Office"),
    ("cdc.gov/flu", "Centers for Disease Control, Influenza Division"),
    ("usembassy.gov/france", "Ambassade des États-Unis en France"),
    ("sba.gov/direction-nord", "Direction régionale Nord"),
)
_LANGUAGES = ("English", "English", "English", "Spanish", "English, Spanish", "Français", "")
_WORDS = (
    "health",
    "parks",
    "usda",
    "noaa",
    "ftc",
    "aids",
    "state",
    "epa",
    "flu",
    "travel",
    "ocean",
    "food",
    "safety",
    "jobs",
    "vets",
    "kids",
    "science",
    "space",
    "energy",
    "trade",
)

# (platform label as registries write it, the shapes its URLs come in)
_X = (
    "https://twitter.com/#!/{h}",
    "http://twitter.com/#!/{h}",
    "http://twitter.com/#!{h}",
    "twitter.com/{h}",
    "http://www.twitter.com/{h}",
    "https://mobile.twitter.com/{h}",
    "https://twitter.com/{h}/",
    "https://twitter.com/{h}?ref=nav",
    "<https://twitter.com/{h}>",
    "https://twitter.com/{h}.",
    "https://x.com/{h}?s=20&t=AbCdEf",
)
_FB_NAME = (
    "https://www.facebook.com/{h}",
    "facebook.com/{h}",
    "http://fb.com/{h}",
    "https://web.facebook.com/{h}/",
    "https://m.facebook.com/{h}?fref=ts",
    "http://www.facebook.com/{h}?ref=hl",
    "www.facebook.com/{h},",
)
_FB_ID = (
    "https://www.facebook.com/pages/{name}/{id}",
    "http://www.facebook.com/pages/{name}/{id}?sk=wall",
    "https://www.facebook.com/profile.php?id={id}&amp;ref=ts",
    "facebook.com/profile.php?id={id}",
)
_FB_GROUP = ("https://www.facebook.com/groups/{h}/", "facebook.com/groups/{h}")
_YT_USER = ("http://www.youtube.com/user/{h}", "youtube.com/user/{h}?feature=mhee")
_YT_CUSTOM = ("https://www.youtube.com/c/{h}", "http://youtube.com/{h}", "www.youtube.com/{h}/")
_YT_HANDLE = ("https://www.youtube.com/@{h}", "https://m.youtube.com/@{h}/videos")
_YT_CHANNEL = ("https://www.youtube.com/channel/{id}", "youtube.com/channel/{id}/featured")
_INSTAGRAM = (
    "https://instagram.com/{h}/",
    "https://www.instagram.com/{h}/?hl=en",
    "instagram.com/{h}?igshid=MzRlODBiNWFlZA==",
)
_LINKEDIN = ("https://www.linkedin.com/company/{h}/", "linkedin.com/company/{h}")
_FLICKR = ("https://www.flickr.com/photos/{h}/", "http://flickr.com/photos/{h}")
_PINTEREST = ("https://pinterest.com/{h}/", "http://www.pinterest.com/{h}")
_TUMBLR = ("http://{h}.tumblr.com", "https://{h}.tumblr.com/")
_CLOSED = (
    ("MySpace", ("http://www.myspace.com/{h}", "myspace.com/{h}")),
    ("Google+", ("https://plus.google.com/+{H}", "https://plus.google.com/+{H}/posts")),
    ("Foursquare", ("https://foursquare.com/{h}", "http://www.foursquare.com/{h}")),
    ("Ustream", ("http://www.ustream.tv/channel/{h}", "ustream.tv/channel/{h}")),
    ("Vine", ("https://vine.co/{h}", "http://vine.co/{h}")),
    ("Periscope", ("https://www.periscope.tv/{h}", "periscope.tv/{h}")),
)
_OTHER = (
    "https://blogs.{site}/{h}/",
    "http://www.{site}/news/{h}.rss",
    "https://public.govdelivery.com/accounts/{H}/subscriber/new",
    "https://www.{site}/page?id={n}",
)
_ANY_CASE = frozenset({"x", "fb", "fb-group", "yt-user", "yt-c", "yt-@", "ig", "li", "pin"})
"""Accounts whose handles the platform compares without case: each row types its own."""
_INVALID = ("", "N/A", "javascript:void(0)", "see website")


@dataclass(frozen=True)
class Expected:
    """What a correct import does with one data row (numbered from 1, as in the file)."""

    action: str
    """``add``, ``skip`` (a duplicate of ``first``) or ``invalid``."""
    first: int = 0
    account: tuple[str, ...] = ()
    """The account's identity as the generator knows it (not as Vigie computes it)."""


@dataclass(frozen=True)
class Account:
    identity: tuple[str, ...]
    platform: str
    shapes: tuple[str, ...]
    values: dict[str, str]


def _accounts(rng: random.Random, count: int) -> list[Account]:
    """``count`` distinct accounts, spread over platforms like a real registry."""
    used: set[str] = set()

    def name(limit: int = 15, keep_case: bool = False) -> str:
        while True:
            a, b = rng.choice(_WORDS), rng.choice(_WORDS)
            text = f"{a.capitalize()}{b.upper() if rng.random() < 0.3 else b}{rng.randrange(1000)}"
            text = text[:limit]
            if text.lower() not in used:
                used.add(text.lower())
                return text if keep_case or rng.random() < 0.7 else text.lower()

    def digits(n: int) -> str:
        return str(rng.randrange(10 ** (n - 1), 10**n))

    def channel_id() -> str:
        alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
        return "UC" + "".join(rng.choice(alphabet) for _ in range(22))

    makers = [
        (30, lambda: Account(("x", n := name().lower()), "Twitter", _X, {"h": n})),
        (14, lambda: Account(("fb", n := name(40).lower()), "Facebook", _FB_NAME, {"h": n})),
        (
            8,
            lambda: Account(
                ("fb-id", i := digits(15)), "Facebook", _FB_ID, {"id": i, "name": name(30)}
            ),
        ),
        (3, lambda: Account(("fb-group", n := name(30).lower()), "Facebook", _FB_GROUP, {"h": n})),
        (5, lambda: Account(("yt-user", n := name().lower()), "YouTube", _YT_USER, {"h": n})),
        (4, lambda: Account(("yt-c", n := name().lower()), "YouTube", _YT_CUSTOM, {"h": n})),
        (3, lambda: Account(("yt-@", n := name().lower()), "YouTube", _YT_HANDLE, {"h": n})),
        (4, lambda: Account(("yt-ch", i := channel_id()), "YouTube", _YT_CHANNEL, {"id": i})),
        (6, lambda: Account(("ig", n := name(30).lower()), "Instagram", _INSTAGRAM, {"h": n})),
        (3, lambda: Account(("li", n := name(30).lower()), "LinkedIn", _LINKEDIN, {"h": n})),
        (4, lambda: Account(("flickr", n := name(keep_case=True)), "Flickr", _FLICKR, {"h": n})),
        (2, lambda: Account(("pin", n := name().lower()), "Pinterest", _PINTEREST, {"h": n})),
        (2, lambda: Account(("tumblr", n := name().lower()), "Tumblr", _TUMBLR, {"h": n})),
        (6, lambda: _closed(rng, name)),
        (6, lambda: _other(rng, name)),
        (
            3,
            lambda: Account(
                ("youtu.be", i := channel_id()[2:13]),
                "YouTube",
                ("https://youtu.be/{id}",),
                {"id": i},
            ),
        ),
    ]
    weights = [w for w, _ in makers]
    return [rng.choices(makers, weights)[0][1]() for _ in range(count)]


def _case(rng: random.Random, handle: str) -> str:
    """Registries keep whatever case was typed: ``laFTC``, ``AIDSinfo``."""
    return "".join(c.upper() if rng.random() < 0.4 else c for c in handle)


def _closed(rng: random.Random, name) -> Account:
    label, shapes = rng.choice(_CLOSED)
    handle = name().lower()
    return Account(("closed", label, handle), label, shapes, {"h": handle, "H": handle})


def _other(rng: random.Random, name) -> Account:
    site = rng.choice(_BUREAUS)[0].split("/")[0]
    shape = rng.choice(_OTHER)
    handle = name().lower()
    number = str(rng.randrange(1, 10**6))
    text = shape.format(site=site, h=handle, H=handle.upper(), n=number)
    variants = (
        text,
        text.replace("https://", "http://"),
        text + ("&" if "?" in text else "?") + "utm_source=registry",
    )
    return Account(("other", text), "Website", variants, {})


def registry_rows(count: int = ROWS, seed: int = SEED) -> tuple[list[list[str]], list[Expected]]:
    """``count`` headerless registry rows and what a correct import does with each."""
    rng = random.Random(seed)
    accounts = _accounts(rng, count)
    rows: list[list[str]] = []
    expected: list[Expected] = []
    first_row: dict[tuple[str, ...], int] = {}
    pool: list[Account] = []
    for account in accounts:
        if len(rows) >= count:
            break
        roll = rng.random()
        if roll < 0.03:
            rows.append(_row(rng, "Twitter", rng.choice(_INVALID)))
            expected.append(Expected("invalid"))
            continue
        if roll < 0.10 and pool:
            account = rng.choice(pool)
        shape = rng.choice(account.shapes)
        values = account.values
        if account.identity[0] in _ANY_CASE:
            values = {k: _case(rng, v) if k == "h" else v for k, v in values.items()}
        url = shape.format(**values)
        rows.append(_row(rng, account.platform, url))
        seen = first_row.get(account.identity)
        if seen is None:
            first_row[account.identity] = len(rows)
            pool.append(account)
            expected.append(Expected("add", account=account.identity))
        else:
            expected.append(Expected("skip", seen, account.identity))
    return rows, expected


def _row(rng: random.Random, platform: str, url: str) -> list[str]:
    site, bureau = rng.choice(_BUREAUS)
    website = ("http://" if rng.random() < 0.7 else "") + site
    row = [website, bureau, platform, url, rng.choice(_LANGUAGES)]
    if rng.random() < 0.5:
        row.append(str(rng.randrange(10000, 99999)))
    return row


def csv_bytes(rows: list[list[str]], header: bool = False) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    if header:
        writer.writerow(HEADER)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def write_xlsx(path: Path, rows: list[list[str]], header: bool = False) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Registry"
    if header:
        sheet.append(HEADER)
    for row in rows:
        # a record number is a number in a workbook, as Excel stores it
        sheet.append([int(c) if c.isdigit() else c for c in row])
    book.save(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--header", type=Path, help="write a CSV with a header row here instead")
    parser.add_argument("--rows", type=int, default=ROWS)
    args = parser.parse_args()
    rows, _ = registry_rows(args.rows)
    if args.header:
        args.header.write_bytes(csv_bytes(rows, header=True))
        return
    (PASS / "registry_headerless.csv").write_bytes(csv_bytes(rows))
    write_xlsx(PASS / "registry_headerless.xlsx", rows)


if __name__ == "__main__":
    main()
