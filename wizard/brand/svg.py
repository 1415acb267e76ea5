"""Whether an SVG logo is safe to render, and if not, why.

An SVG is a program of sorts: it can hold scripts, event handlers, links to other files or
web addresses (fetched when drawn), embedded HTML, and XML entities (the "billion laughs").
Vigie renders an SVG logo once, to PNG, when the consultant chooses it (the GUI does it with
Qt's SVG renderer, which runs no script); before that, :func:`check_svg` refuses anything
beyond plain drawing: a DOCTYPE or entity, ``script``, ``foreignObject``, an ``on…``
attribute, a link that is not to a part of the same drawing (``#id``), a style sheet that
imports or fetches, an over-large or deeply nested file.
"""

from __future__ import annotations

import re
import xml.parsers.expat
from typing import Any

MAX_BYTES = 512 * 1024
MAX_ELEMENTS = 20_000
MAX_DEPTH = 64

_REFUSED_ELEMENTS = {"script", "foreignobject", "iframe", "object", "embed", "audio", "video"}
_LINK_ATTRIBUTES = {"href", "src"}
_FETCH = re.compile(r"@import|url\(\s*['\"]?(?!#)", re.IGNORECASE)


class SvgError(ValueError):
    """An SVG that is not rendered, with the reason."""


def _local(name: str) -> str:
    """``http://www.w3.org/1999/xlink href`` → ``href``, lower case."""
    return name.rsplit(" ", 1)[-1].rsplit(":", 1)[-1].lower()


def looks_like_svg(data: bytes) -> bool:
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith(b"<svg") or (head.startswith(b"<?xml") and b"<svg" in data[:4096])


def check_svg(data: bytes, name: str = "the logo") -> None:
    """Return if ``data`` is a plain SVG drawing; raise :class:`SvgError` saying why not."""
    if len(data) > MAX_BYTES:
        raise SvgError(f"{name}: {len(data):,} bytes is over the {MAX_BYTES // 1024} KiB limit")
    state: dict[str, Any] = {"depth": 0, "elements": 0, "root": ""}
    style_text: list[str] = []
    in_style = [False]

    def refuse(reason: str) -> None:
        raise SvgError(reason)

    def start(tag: str, attributes: dict[str, str]) -> None:
        local = _local(tag)
        state["elements"] += 1
        state["depth"] += 1
        if not state["root"]:
            state["root"] = local
        if state["elements"] > MAX_ELEMENTS or state["depth"] > MAX_DEPTH:
            refuse("it is too large or too deeply nested to be a logo")
        if local in _REFUSED_ELEMENTS:
            refuse(f"it holds a <{local}> element (a script or embedded content)")
        for key, value in attributes.items():
            attribute = _local(key)
            if attribute.startswith("on"):
                refuse(f"it holds an event handler ({attribute}), i.e. a script")
            if attribute in _LINK_ATTRIBUTES and not value.strip().startswith("#"):
                refuse("it links to another file or a web address (external content)")
            if attribute == "style" and _FETCH.search(value):
                refuse("its style fetches another file or a web address")
        in_style[0] = local == "style"

    def end(_tag: str) -> None:
        state["depth"] -= 1
        in_style[0] = False

    def text(value: str) -> None:
        if in_style[0]:
            style_text.append(value)

    def doctype(*_args: object) -> None:
        refuse("it declares a DOCTYPE (entities can make a small file expand without limit)")

    def entity(*_args: object) -> None:
        refuse("it declares XML entities")

    parser = xml.parsers.expat.ParserCreate(namespace_separator=" ")
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = text
    parser.StartDoctypeDeclHandler = doctype
    parser.EntityDeclHandler = entity
    parser.ExternalEntityRefHandler = lambda *_a: 0
    try:
        parser.Parse(data, True)
    except SvgError as exc:
        raise SvgError(f"{name}: the SVG is refused: {exc}") from None
    except xml.parsers.expat.ExpatError as exc:
        raise SvgError(f"{name}: not a valid SVG file ({exc})") from None
    if state["root"] != "svg":
        raise SvgError(f"{name}: not an SVG drawing (its root element is not <svg>)")
    if _FETCH.search("".join(style_text)):
        raise SvgError(f"{name}: the SVG is refused: its style fetches another file or address")
