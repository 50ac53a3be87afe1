"""The value type shared by the venue modules."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class VenueYear:
    """A venue and/or a year read from a cell, a run of text, a paper id or a URL.

    ``venue`` is the canonical name ("ACL", "NeurIPS", "arXiv", "Findings of EMNLP"), or the
    name as written (tidied) for a venue-shaped name we do not know, or None. ``year`` is a
    year in 1950..2035, or None. ``raw`` is the text the pair was read from, as written.
    """

    venue: str | None
    year: int | None
    raw: str
