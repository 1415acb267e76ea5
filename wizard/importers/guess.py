"""Which column holds what when a file has no header row: guessed from the cells themselves.

Registries exported from old systems often start with data: ``http://state.gov/p/af/``,
``Bureau of African Affairs``, ``Twitter``, ``https://twitter.com/#!/StateAfrica``,
``English``. Each column is read on a sample of rows and given the field most of its cells
look like: account URLs (the column whose URLs most often name an account on a known
platform), another column of URLs (the organisation's website), platform names, language
names, ``@handles``, and unit names ("Bureau of…", "Department of…", "Direction…"). Anything
else stays an unknown column, reported and optionally kept in the notes. The result is an
ordinary :class:`~wizard.importers.headers.Mapping` marked ``guessed``, which the dialog shows
and the user (or ``--map``) corrects.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from wizard.importers.headers import WEBSITE, Mapping
from wizard.importers.identity import looks_like_address, parse_platform
from wizard.importers.values import as_text, fold, language_words, parse_languages
from wizard.messages import Message
from wizard.platforms import OTHER, recognise
from wizard.platforms.url_parts import BARE_HOST

SAMPLE = 200
"""Rows read per column: enough to see a column's nature, cheap on 50,000 rows."""

_MOST = 0.6
"""Share of a column's filled cells that must look like a kind for the column to be it."""

_FEW_ACCOUNTS = 0.3
"""Below this share of platform accounts, a column of addresses is a website column."""

_UNIT_WORDS = re.compile(
    r"\b(agency|agence|bureau|office|department|departement|ministry|ministere|direction|"
    r"service|division|branch|administration|commission|secretariat|unite|unit|council|"
    r"conseil|embassy|ambassade|centers?|institute|institut)\b"
)


def column_label(index: int) -> str:
    """How a column of a headerless file is named in the report and the dialog."""
    return Message("import.column", number=index + 1)


def guess_mapping(rows: Sequence[Sequence[object]], *, sample: int = SAMPLE) -> Mapping:
    """The fields the first ``sample`` rows' content suggests, one column per field."""
    rows = list(rows[:sample])
    width = max((len(r) for r in rows), default=0)
    columns = [[as_text(r[i]) for r in rows if i < len(r) and as_text(r[i])] for i in range(width)]
    mapping = Mapping(headers=[column_label(i) for i in range(width)], guessed=True)
    scores = [_scores(values) for values in columns]
    account_urls = sorted(
        (i for i, s in enumerate(scores) if s["address"] >= _MOST),
        key=lambda i: (-scores[i]["account"], i),
    )
    if account_urls:
        mapping.fields[account_urls[0]] = "url"
        # a second column of addresses is the organisation's site, unless it too lists
        # accounts (one column per platform): then it stays unknown, named in the report
        rest = [i for i in account_urls[1:] if scores[i]["account"] < _FEW_ACCOUNTS]
        if rest:
            mapping.fields[rest[0]] = WEBSITE
    for kind in ("handle", "platform", "languages", "owning_unit"):
        best = max(
            (i for i in range(width) if i not in mapping.fields and scores[i][kind] >= _MOST),
            key=lambda i: scores[i][kind],
            default=None,
        )
        if best is not None:
            mapping.fields[best] = kind
    mapping.unknown = [i for i in range(width) if columns[i] and i not in mapping.fields]
    return mapping


def _scores(values: list[str]) -> dict[str, float]:
    """Share of the cells that look like each kind of value (0 for an empty column)."""
    kinds = ("address", "account", "handle", "platform", "languages", "owning_unit")
    if not values:
        return dict.fromkeys(kinds, 0.0)
    counts = dict.fromkeys(kinds, 0)
    for text in values:
        address = _is_address(text)
        counts["address"] += address
        if address:
            found = recognise(text)
            counts["account"] += found.platform != OTHER
        counts["handle"] += text.startswith("@") and " " not in text
        counts["platform"] += _is_platform(text)
        counts["languages"] += _is_languages(text)
        counts["owning_unit"] += bool(_UNIT_WORDS.search(fold(text)))
    return {kind: counts[kind] / len(values) for kind in kinds}


def _is_address(text: str) -> bool:
    if looks_like_address(text) or text.startswith("<http"):
        return True
    first = re.split(r"[/?#]", text, maxsplit=1)[0]
    return " " not in text and "." in first and BARE_HOST.fullmatch(first) is not None


def _is_platform(text: str) -> bool:
    try:
        return parse_platform(text) is not None
    except ValueError:
        return False


def _is_languages(text: str) -> bool:
    """Language names ("English", "Français, anglais"), not any two letters."""
    try:
        codes = parse_languages(text)
    except ValueError:
        return False
    return bool(codes) and any(word in language_words() for word in fold(text).split())
