"""Pausing Python's cyclic garbage collector around bulk work (parsing, checking, exporting).

A parse of a large list allocates millions of small, long-lived objects (tokens, segments,
entries, links) and almost no cyclic garbage. Each allocation burst makes the collector
walk the ever larger young-and-old heap again, which measured 30-40 % of ``export`` on a
15,000-entry list. Reference counting still frees everything that is not cyclic while the
collector is paused; cycles made meanwhile are collected at the next collection after it
resumes.

Resuming has a cost of its own: every object made during the pause is still counted as
young, so the first allocation after it triggers a collection that walks them all (~5 % of
a large ``export``). A short-lived process (the command line) keeps those objects until it
exits, so it asks for them to be frozen instead (:func:`freeze_survivors_on_resume`): moved
out of the collector's sight, which costs nothing. A library caller keeps the default, so
that cyclic garbage it makes later is still collected.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_freeze_survivors = False


def freeze_survivors_on_resume() -> None:
    """From now on, objects that survive a pause are frozen (``gc.freeze``) when it ends,
    not collected: for a process that lives only as long as its one command."""
    global _freeze_survivors
    _freeze_survivors = True


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
        if _freeze_survivors:
            gc.freeze()
        gc.enable()
