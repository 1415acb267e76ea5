"""Saved pages as text: byte-order mark, then the declared charset, then UTF-8, then cp1252.

Browsers save pages in the encoding they were served in; old sites are often Windows-1252 or
ISO-8859-1 with a ``<meta charset>`` saying so. The declaration is read with
:mod:`html.parser` over the first kilobyte (no pattern matching over HTML). A page that
is neither what it declares nor UTF-8 is read as Windows-1252 and the caller warns: link
texts may be wrong, addresses (ASCII) are not.
"""

from __future__ import annotations

import codecs
from html.parser import HTMLParser

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_PRESCAN = 1024
"""Bytes looked at for a declaration: what the HTML standard's prescan reads."""


class _CharsetFinder(HTMLParser):
    """The first ``<meta charset>`` or ``<meta http-equiv=content-type content=…>``."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.charset = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "meta" or self.charset:
            return
        values = {name: (value or "") for name, value in attrs}
        if values.get("charset"):
            self.charset = values["charset"].strip()
            return
        if values.get("http-equiv", "").strip().lower() == "content-type":
            for part in values.get("content", "").split(";"):
                name, _sep, value = part.strip().partition("=")
                if name.strip().lower() == "charset":
                    self.charset = value.strip().strip("'\"")


def declared_charset(data: bytes) -> str:
    """The codec name the page's head declares, if Python knows it; else ""."""
    finder = _CharsetFinder()
    try:
        finder.feed(data[:_PRESCAN].decode("latin-1"))
    except Exception:  # a broken head declares nothing
        return ""
    if not finder.charset:
        return ""
    try:
        return codecs.lookup(finder.charset).name
    except LookupError:
        return ""


def decode_page(data: bytes) -> tuple[str, bool]:
    """The page's text and whether it had to be guessed (read as cp1252 with replacements)."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace"), False
    declared = declared_charset(data)
    for codec in dict.fromkeys(c for c in (declared, "utf-8") if c):
        try:
            return data.decode(codec), False
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("cp1252", errors="replace"), True
