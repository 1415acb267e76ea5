"""Readable core errors for our forms."""

from __future__ import annotations

from pydantic import ValidationError


def error_message(exc: ValidationError) -> str:
    """The first problem of a core validation error, without pydantic's prefixes."""
    errors = exc.errors(include_url=False, include_input=False)
    if not errors:
        return str(exc)
    message = str(errors[0]["msg"])
    for prefix in ("Value error, ", "Assertion failed, "):
        message = message.removeprefix(prefix)
    return message
