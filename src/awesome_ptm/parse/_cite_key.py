"""A BibTeX-style citation key closing a bracket after a title: ``(diffusion; yang25neurips)``
says NeurIPS 2025, ``(transformer; maman24)`` only 2024, ``(diffusion;
nistal24neuripsworkshop)`` a NeurIPS workshop. Lists of demos key each work so
(genmusic_demo_list): the surname, the two-digit year, then the venue in lower case."""

from __future__ import annotations

import re

from awesome_ptm.venues import VenueYear, canonical_venue
from awesome_ptm.venues._data import two_digit_year

#: ``; yang25neurips)``: a key after a semicolon, closing its bracket (bounded runs).
_KEY = re.compile(r";\s{0,3}([a-z][a-z-]{0,30}?)(\d{2})([a-z]{2,24}(?:-[a-z]{2,12})?)?\s{0,3}\)")
#: Qualifiers a key glues to its venue's name (``neuripsworkshop``, ``nipsw``, ``aclf``).
_GLUED = (("workshop", "{} Workshop"), ("w", "{} Workshop"), ("f", "Findings of {}"))


def _key_venue(part: str) -> str | None:
    """``neurips`` → NeurIPS, ``ismir-lbd`` → ISMIR LBD, ``neuripsworkshop`` → NeurIPS
    Workshop, ``aclf`` → Findings of ACL; None for a name no alias knows."""
    base, _, suffix = part.partition("-")
    known = canonical_venue(base)
    if known is not None:
        return f"{known} {suffix.upper()}" if suffix else known
    if suffix:
        return None
    for glued, form in _GLUED:
        if base.endswith(glued) and len(base) > len(glued) + 1:
            known = canonical_venue(base[: -len(glued)])
            if known is not None:
                name = form.format(known)
                return canonical_venue(name) or name
    return None


def cited_key(text: str) -> VenueYear | None:
    """The venue and year (or the year alone) the first citation key in ``text`` names, or
    None (no key, or a venue part no alias knows)."""
    if ";" not in text:
        return None
    for found in _KEY.finditer(text):
        year = two_digit_year(int(found.group(2)))
        if year is None:
            continue
        part = found.group(3)
        if part is None:
            return VenueYear(None, year, found.group(0).strip(";) "))
        venue = _key_venue(part)
        if venue is not None:
            return VenueYear(venue, year, found.group(0).strip(";) "))
    return None
