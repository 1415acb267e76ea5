"""Every core message, gathered from the per-area catalogues; an id defined twice is an error."""

from __future__ import annotations

from wizard.messages import (
    banks,
    comparing,
    discovering,
    importing,
    merging,
    returned,
    sessions,
)

Text = str | tuple[str, str]
"""A template, or a ``(one, other)`` pair chosen by the ``count`` parameter."""
Entry = tuple[Text, Text]
"""``(fr, en)``, the order :mod:`wizard.audit.labels` uses."""

AREAS = (importing, returned, merging, comparing, sessions, discovering, banks)


def _gather() -> dict[str, Entry]:
    found: dict[str, Entry] = {}
    for area in AREAS:
        for key, entry in area.MESSAGES.items():
            if key in found:
                raise ValueError(f"message id {key!r} is defined twice")
            found[key] = entry
    return found


CATALOGUE: dict[str, Entry] = _gather()
