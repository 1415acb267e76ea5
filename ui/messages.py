"""Core messages shown in the interface language.

The core's reasons and errors are :class:`wizard.messages.Message` objects (or plain text from
outside the catalogue); the GUI passes its language down to render them, it never translates
them itself.
"""

from __future__ import annotations

from ui.i18n import current_language
from wizard.messages import localise, reason_of


def shown(value: object) -> str:
    """``value`` (a core message, or any text) in the interface language."""
    return localise(value, current_language())


def error_text(exc: BaseException) -> str:
    """An exception's one-line reason in the interface language."""
    return shown(reason_of(exc))
