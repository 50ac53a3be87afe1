"""Venue and year normalisation: "NIPS2019", "**ACL 2020 **", "N19-1423", proceedings URLs.

All names and tables live in ``data/venues.yaml``, read on first use.
"""

from __future__ import annotations

from ._cell import split_venue_year
from ._data import two_digit_year
from ._ids import venue_from_paper_id, venue_from_url
from ._names import canonical_venue, is_preprint_server, without_venue_prefix
from ._text import find_venue_year
from ._types import VenueYear

__all__ = [
    "VenueYear",
    "canonical_venue",
    "find_venue_year",
    "is_preprint_server",
    "split_venue_year",
    "two_digit_year",
    "venue_from_paper_id",
    "venue_from_url",
    "without_venue_prefix",
]
