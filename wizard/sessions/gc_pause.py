"""Pause Python's cyclic garbage collector while a whole audit is built or written.

Why: validating a 10,000-account ``audit.json`` creates ~700,000 objects, and each batch of
new objects triggers a collection that walks every object alive, the audit already open
included: half the time of a load or a save went to collections that found nothing (the
audit's records hold no reference cycles). Reference counting still frees everything as
usual; only the cycle search waits until the block ends, and the collector is switched back
on even if the block fails.

When the block ends, what it built is handed straight to the oldest generation
(``gc.freeze()`` then ``gc.unfreeze()``, both documented to move objects without examining
them): left among the young objects, the new audit was walked by the next young collection,
again by the middle one, and only then aged (about 0.1 s after a 10,000-account load, more
than the load's own validation). Nothing is exempted from collection: the oldest generation
is still searched for cycles, only less often. The hand-over is made even when the
collector was already off (the GUI collects on its own thread: ``ui/gui_collector.py``).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """Run the block with the cyclic collector off, then restore it as it was, with what the
    block made already counted among the old objects."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.unfreeze()
        if was_enabled:
            gc.enable()
