"""Core messages in French and English, rendered for the reader's language.

The core cannot use Qt's ``tr()``, yet its messages (an import row's reason, a refused value
of a returned workbook, a merge or comparison text, a session-file error) reach the GUI. A
:class:`Message` is a catalogue id with named parameters. It *is* its English text (a ``str``
subclass), so the command line, logs and existing callers read it unchanged, and
:func:`localise` renders it in French or English for whoever shows it. The texts live in one
catalogue per area (``importing``, ``returned``, ``merging``, ``comparing``, ``sessions``), each
entry ``(fr, en)`` like :mod:`wizard.audit.labels`; ``tests/test_messages.py`` proves every entry
has
both languages with the same placeholders.

Parameters that are themselves messages are rendered in the same language, and so are
:class:`Both` (a text given in both languages) and :class:`Joined` (a list of messages). A
number formatted with ``,`` (``{count:,}``) uses the language's thousands separator. An entry
whose texts are ``(one, other)`` pairs is chosen by its ``count`` parameter (French singular
for 0 and 1).
"""

from __future__ import annotations

import string
from typing import Any, NamedTuple

from wizard.messages.catalogue import CATALOGUE, Entry, Text

__all__ = ["CATALOGUE", "Both", "Entry", "Joined", "Message", "Text", "localise", "reason_of"]


class Both(NamedTuple):
    """A parameter already written in both languages (a list of labels, a user's choice of
    words): rendered in the reader's language like a message."""

    fr: str
    en: str


class Joined(NamedTuple):
    """A list of messages (or plain texts) joined by ``separator``, each in the reader's
    language."""

    parts: list[Any]
    separator: str = "; "


class _Formatter(string.Formatter):
    def __init__(self, lang: str) -> None:
        self.lang = lang

    def convert_field(self, value: Any, conversion: str | None) -> Any:
        if isinstance(value, Message | Both | Joined) and conversion is not None:
            value = localise(value, self.lang)  # quote the reader's text, not the English
        return super().convert_field(value, conversion)

    def format_field(self, value: Any, format_spec: str) -> str:
        if isinstance(value, Message):
            return format(value.text(self.lang), format_spec)
        if isinstance(value, Both | Joined):
            return format(localise(value, self.lang), format_spec)
        shown = format(value, format_spec)
        if self.lang == "fr" and "," in format_spec and isinstance(value, int | float):
            shown = shown.replace(",", "\u202f").replace(".", ",")
        return shown


def _template(key: str, lang: str, params: dict[str, Any]) -> str:
    fr, en = CATALOGUE[key]
    text = fr if lang == "fr" else en
    if isinstance(text, tuple):
        count = params["count"]
        one = count in (0, 1) if lang == "fr" else count == 1
        text = text[0] if one else text[1]
    return text


def _render(key: str, params: dict[str, Any], lang: str) -> str:
    return _Formatter(lang).format(_template(key, lang, params), **params)


def _rebuild(key: str, params: dict[str, Any]) -> Message:
    return Message(key, **params)


class Message(str):
    """A catalogue message: equal to its English text, renderable in French with :meth:`text`.

    Building one checks the id and the parameters at once (``KeyError`` for an unknown id or a
    missing parameter), so a mistake fails where it is made, not when a French user reads it.
    """

    key: str
    params: dict[str, Any]

    def __new__(cls, key: str, /, **params: Any) -> Message:
        english = _render(key, params, "en")
        self = super().__new__(cls, english)
        self.key, self.params = key, params
        return self

    def text(self, lang: str) -> str:
        """The message in ``lang`` ("fr" or "en"; anything else reads English)."""
        return _render(self.key, self.params, lang)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self.key, self.params))


def localise(value: object, lang: str) -> str:
    """``value`` in ``lang`` when it is a :class:`Message`, else as it is (a user's text, a
    message from outside the catalogue)."""
    if isinstance(value, Message):
        return value.text(lang)
    if isinstance(value, Both):
        return value.fr if lang == "fr" else value.en
    if isinstance(value, Joined):
        return value.separator.join(localise(part, lang) for part in value.parts)
    return "" if value is None else str(value)


def reason_of(exc: BaseException) -> str:
    """An exception's message, keeping a :class:`Message` given as its first argument (``str(exc)``
    would flatten it to English)."""
    for attr in ("reason", "problem"):
        found = getattr(exc, attr, None)
        if isinstance(found, Message):
            return found
    if len(exc.args) == 1 and isinstance(exc.args[0], Message):
        return exc.args[0]
    return str(exc)
