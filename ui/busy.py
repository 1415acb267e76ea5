"""Whether long work is running for a caller that waits on it (open, save, merge, review).

Such a caller (:func:`ui.long_work.run_with_progress`) holds the audit's next state on its
stack; closing the window under it would tear the document down while the work still reads
it, or quit before a save has ended. Timers and window-manager close requests still arrive
while it waits, so the window asks here before closing. A module of its own, light enough
for the window to import at start-up without the long-work machinery.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

_waiting = 0


def busy() -> bool:
    """True while a caller waits on long work."""
    return _waiting > 0


@contextmanager
def waiting() -> Iterator[None]:
    """Mark the time a caller waits on long work (nesting allowed)."""
    global _waiting
    _waiting += 1
    try:
        yield
    finally:
        _waiting -= 1
