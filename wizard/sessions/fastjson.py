"""A second, all-native validator of ``audit.json``, for the files Vigie wrote itself.

Loading a 10,000-account session spent most of its time in Python: the text validators of
:mod:`wizard.audit.text` ran ~150,000 times, and the strict pre-parse
(:mod:`wizard.sessions.strictjson`)
read the whole document a second time. Most files hold exactly what a save wrote; for those:

* text is checked by pydantic-core itself: a pattern refusing the characters
  :mod:`wizard.audit.text` refuses (and carriage returns, blanks around a URL: what it would
  change), and a length bound that needs no UTF-16 count: at most half the limit in
  characters, or up to the limit with no character outside the BMP;
* the strict parse is replaced by a proof: the fields the file held, serialised again from the
  validated audit as a save writes them (:func:`wizard.sessions.compact.read_json`; defaults
  left out or, as earlier saves did, every field written: one serialisation for both), give
  back exactly the bytes read. pydantic never writes a repeated key, NaN, an infinity or an
  escaped surrogate, so bytes equal to its output hold none; whole numbers longer than
  :data:`~wizard.sessions.strictjson.MAX_DIGITS` digits are refused by bounds on every integer.

Whatever this cannot prove (a CRLF note, a long emoji-rich note, a hand-edited or older
file, any invalid one) goes the exact way, which gives the messages. So this module never
refuses anything and never explains anything: it only answers "certainly fine, here it is"
or "don't know".
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError
from pydantic_core import SchemaValidator

from wizard.audit import text
from wizard.audit.model import Audit
from wizard.sessions import compact, pydantic_internals
from wizard.sessions.pydantic_internals import InternalsChanged, Node, Walk
from wizard.sessions.strictjson import MAX_DIGITS

if TYPE_CHECKING:
    from wizard.audit.model import Audit

_SPACES = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
"""Every character ``str.isspace()`` is true for (what ``str.strip()`` removes)."""

_ASTRAL = [(0x10000, 0x10FFFF)]


def _class(ranges: list[tuple[int, int]]) -> str:
    """Code point ranges in Rust regex syntax (pydantic-core's engine). Surrogates are left
    out: its text is UTF-8 and cannot hold them (a JSON escape of one never gets this far)."""
    parts = []
    for first, last in ranges:
        if 0xD800 <= first <= 0xDFFF:
            continue
        parts.append(f"\\x{{{first:X}}}" if first == last else f"\\x{{{first:X}}}-\\x{{{last:X}}}")
    return "".join(parts)


def _spaces() -> list[tuple[int, int]]:
    return [(ord(c), ord(c)) for c in _SPACES]


def _patterns(refused: list[tuple[int, int]], trimmed: bool) -> tuple[str, str]:
    """Anchored patterns: any length of allowed text; the same without astral characters."""
    patterns = []
    for extra in ([], _ASTRAL):
        bad = _class(refused + extra)
        if trimmed:
            edge = _class(refused + extra + _spaces())
            patterns.append(f"^(?:[^{edge}](?:[^{bad}]*[^{edge}])?)?$")
        else:
            patterns.append(f"^[^{bad}]*$")
    return patterns[0], patterns[1]


def _native(inner: dict[str, Any], refused: list[tuple[int, int]], limit: int, trimmed: bool):
    """Two native string checks, the first one that passes wins (no error is ever shown)."""
    short, no_astral = _patterns(refused, trimmed)
    bound = inner.get("max_length")
    choices = []
    for pattern, length in ((short, limit // 2), (no_astral, limit)):
        schema = {k: v for k, v in inner.items() if k not in ("ref", "metadata", "serialization")}
        schema.update(pattern=pattern, max_length=min(length, bound or length))
        choices.append(schema)
    return {"type": "union", "choices": choices, "mode": "left_to_right"}


def _text_kind(node: dict[str, Any]) -> tuple[dict[str, Any], list, int, bool] | None:
    """For a :mod:`wizard.audit.text` validator node: its plain string schema, refused ranges,
    limit and whether it is trimmed; None for anything else (left as it is)."""
    if node.get("type") != "function-after":
        return None
    function = node.get("function", {}).get("function")
    inner = node.get("schema", {})
    if function is text._note:
        before = inner
        if before.get("type") != "function-before":
            return None
        if before.get("function", {}).get("function") is not text._normalise_before:
            return None
        inner = before.get("schema", {})
        kind = (text.REFUSED_IN_NOTE, text.EXCEL_CELL_LIMIT, False)
    elif function is text._line:
        kind = (text.REFUSED_IN_LINE, text.LINE_LIMIT, False)
    elif function is text._url:
        kind = (text.REFUSED_IN_LINE, text.URL_LIMIT, True)
    else:
        return None
    if inner.get("type") != "str" or "pattern" in inner or inner.get("strip_whitespace"):
        return None
    return (inner, *kind)


def _bounded(node: dict[str, Any]) -> dict[str, Any]:
    """An integer schema that also refuses what the strict parser refuses as too long."""
    node = dict(node)
    node["lt"] = min(node.get("lt", _BIG), _BIG)
    node["gt"] = max(node.get("gt", -_BIG), -_BIG)
    return node


_BIG = 10**MAX_DIGITS
"""The smallest whole number with more than MAX_DIGITS digits."""


def _native_node(node: Node, walk: Walk, counter: list[int]) -> Node | None:
    """The native replacement of a text validator or an integer node; None for the rest."""
    found = _text_kind(node)
    if found is not None:
        counter[0] += 1
        native = _native(*found)
        if "ref" in node:
            native["ref"] = node["ref"]
        return native
    if node.get("type") == "int":
        return _bounded(node)
    return None


def native_schema() -> tuple[dict[str, Any], int, set[type]]:
    """The audit's schema with every text validator made native; how many were replaced;
    and the model classes it builds."""
    counter: list[int] = [0]
    native, models = pydantic_internals.rewritten(
        Audit, lambda node, walk: _native_node(node, walk, counter)
    )
    return native, counter[0], models


@cache
def _validator() -> SchemaValidator:
    """The native validator (:mod:`wizard.sessions.pydantic_internals` builds it)."""

    counter: list[int] = [0]
    return pydantic_internals.build_validator(
        Audit, lambda node, walk: _native_node(node, walk, counter)
    )


def _fast_validator() -> SchemaValidator | None:
    """The native validator, or None when this pydantic cannot build it (the exact path
    then does all the work: slower, never wrong)."""
    try:
        return _validator()
    except InternalsChanged:  # a pydantic-core change must cost speed, not a load
        return None


def validated(raw: bytes) -> Audit | None:
    """The audit ``raw`` holds when it is certainly what the exact path gives, else None."""
    validator = _fast_validator()
    if validator is None:
        return None
    try:
        audit = validator.validate_json(raw)
    except ValidationError:
        return None
    if not _READ_FIRST.issubset(audit.model_fields_set):
        return None  # the exact way refuses a file without them, before the model
    if compact.read_json(audit) != raw:
        return None
    return audit


_READ_FIRST = frozenset({"format", "format_version"})
"""What the exact way reads before the model (:func:`wizard.sessions.migrations.check_version`):
a file that leaves them out is not the current format, whatever the model's defaults say."""


def valid(raw: bytes) -> bool:
    """Whether ``raw`` (just serialised from an audit) certainly passes the exact path."""
    validator = _fast_validator()
    if validator is None:
        return False
    try:
        validator.validate_json(raw)
    except ValidationError:
        return False
    return True
