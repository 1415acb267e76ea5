"""The regex fast path of ``find_bad_character`` answers exactly as the character loop."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from wizard.audit import text


def _slow(value: str, multiline: bool):
    for index, ch in enumerate(value):
        code = ord(ch)
        if ch == "\t" or (multiline and ch == "\n"):
            continue
        if code < 0x20 or 0x7F <= code <= 0x9F or 0xD800 <= code <= 0xDFFF:
            return index
        if 0xFDD0 <= code <= 0xFDEF or (code & 0xFFFE) == 0xFFFE:
            return index
    return None


@given(st.text(alphabet=st.characters(codec=None, exclude_categories=())), st.booleans())
def test_fast_path_agrees_with_the_loop(value, multiline):
    found = text.find_bad_character(value, multiline=multiline)
    assert (found[0] if found else None) == _slow(value, multiline)


def test_every_plane_noncharacter_is_caught():
    for plane in range(17):
        for last in (0xFFFE, 0xFFFF):
            assert text.find_bad_character(chr(plane * 0x10000 + last), multiline=False)


@given(st.text())
def test_utf16_units(value):
    assert text.utf16_units(value) == len(value.encode("utf-16-le")) // 2 or any(
        0xD800 <= ord(c) <= 0xDFFF for c in value
    )
