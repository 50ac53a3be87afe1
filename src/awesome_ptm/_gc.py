"""Pausing Python's cyclic garbage collector around bulk work (parsing, checking, exporting).

A parse of a large list allocates millions of small, long-lived objects (tokens, segments,
entries, links) and almost no cyclic garbage. Each allocation burst makes the collector
walk the ever larger young-and-old heap again, which measured 30-40 % of ``export`` on a
15,000-entry list. Reference counting still frees everything that is not cyclic while the
collector is paused; cycles made meanwhile are collected at the next collection after it
resumes.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause automatic cyclic collection for the duration of the block. Nested use is fine:
    only the outermost block that found the collector enabled turns it back on."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
