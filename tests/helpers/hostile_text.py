"""Text a user may type that is a trap for an XML writer or a spreadsheet, and accounts
holding it (the workbook tests write them through every path and compare)."""

from __future__ import annotations

from wizard.audit.model import Account
from wizard.workbook.cells import EXCEL_CELL_CHARS

HOSTILE = [
    "a & b < c > d \" e ' f",
    "&amp; is not an entity here",
    "<t>not a tag</t>",
    "]]> and <![CDATA[",
    " leading space",
    "trailing space ",
    "   ",
    "\tTabbed\t",
    "line one\nline two\n",
    "carriage\rreturn",
    "emoji 😀 and astral 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 and 中文",
    '=HYPERLINK("http://x")',
    "+33 1 23 45 67 89",
    "-12",
    "@handle",
    "#N/A",
    " =1+1",
    "x" * EXCEL_CELL_CHARS,
    "é" * 10 + "\u00a0",  # a no-break space is blank for str.strip
]
"""Text a user may type, each a trap for an XML writer or a spreadsheet."""


def _one_line(text: str) -> str:
    return text.replace("\r", " ").replace("\n", " ").replace("\t", " ")[:200]


def hostile_accounts() -> list[Account]:
    """One account per hostile text, in its name, handle, unit, purpose and notes."""
    accounts: list[Account] = []
    for index, text in enumerate(HOSTILE):
        accounts.append(
            Account(
                handle=_one_line(text),
                display_name=_one_line(text),
                notes=text.replace("\r", "\n"),
                purpose=text[:500].replace("\r", "\n"),
                owning_unit=_one_line(text),
                url=f"https://example.org/{index}?q=a&b=<{index}>",
                languages=["fr", "en"] if index % 2 else [],
            )
        )
    return accounts
