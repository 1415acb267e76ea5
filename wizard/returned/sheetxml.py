"""The review's view of :mod:`wizard.xlsx.stream`: the same expat reader, formulas marked.

The review must see that a client typed a formula where a value was expected, so a formula
cell is a :class:`~wizard.returned.values.Formula` rather than its cached value.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from wizard.returned.values import Formula
from wizard.xlsx import stream as xlsx_stream
from wizard.xlsx.stream import CHUNK, XmlAttack, available

__all__ = ["CHUNK", "XmlAttack", "available", "iter_rows"]


def iter_rows(
    book: Any, ws: Any, first: int, last: int, cols: int
) -> Iterator[tuple[int, tuple[object, ...]]]:
    """(row number, values) of the rows ``first``…``last`` holding a value, values up to
    column ``cols``; a formula is a :class:`~wizard.returned.values.Formula`."""
    return xlsx_stream.iter_rows(book, ws, first, last, cols, formula=Formula)
