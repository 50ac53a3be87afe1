"""Where a record says its paper was published, as a venue a list can write down.

Evidence, most trusted first: an ACL Anthology id among the paper's external ids (it names
the volume, so Findings and workshops are told apart from the main conference); the
provider's venue string; its structured venue's name and alternate names. A name that holds
a word of ``not-main`` in ``data/metadata.yaml`` ("Workshop", "Findings") is never read as
the main conference it also names: a Findings paper is not "published at EMNLP".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from awesome_ptm.metadata._data import metadata_data
from awesome_ptm.metadata.store import Record
from awesome_ptm.venues import canonical_venue, find_venue_year, venue_from_paper_id

ARXIV = "arXiv"

# A DBLP key names the published version: "conf/iclr/LanCGGSS20" is ICLR 2020, where
# Semantic Scholar's `year` is the first (often arXiv) year, 2019. CoRR keys are arXiv's.
_DBLP = re.compile(r"^(?:conf|journals)/(?!corr/)[a-z0-9]+/[A-Za-z\-]*?(?P<yy>[0-9]{2})[a-z]?$")
#: Names the ACL Anthology uses for volumes that hold no one venue.
_VAGUE = frozenset({"Workshops"})


@dataclass(frozen=True, slots=True)
class Published:
    """A published venue. ``venue`` is canonical when ``precise`` (a name a list writes and
    a fix may write); otherwise it is the provider's name (a workshop, an unknown venue),
    worth a message but not a fix."""

    venue: str
    year: int | None
    precise: bool
    #: where it was read: "ACL Anthology id 2020.findings-emnlp.58", "venue 'EMNLP'"…
    source: str

    def text(self) -> str:
        return f"{self.venue} {self.year}" if self.year is not None else self.venue


def _not_main(name: str) -> bool:
    folded = name.casefold()
    return any(word in folded for word in metadata_data().not_main)


def _canonical(name: str) -> str | None:
    venue = canonical_venue(name)
    if venue is None:
        return None
    # "Findings" / "Workshop on …" in the name but a main conference in the answer: the
    # alias table matched a part of the name only.
    if _not_main(name) and not _not_main(venue):
        return None
    return venue


def published_year(record: Record) -> int | None:
    """The year of the published version: from the DBLP key when there is one (a conference
    or journal key), else the record's year."""
    match = _DBLP.match(record.external_ids.get("DBLP", ""))
    if match is None:
        return record.year
    yy = int(match["yy"])
    return 1900 + yy if yy >= 50 else 2000 + yy


def published_venue(record: Record) -> Published | None:
    """The venue ``record`` says its paper was published at, or None (a preprint, no venue,
    nothing known)."""
    if not record.found:
        return None
    if record.provider == "openreview":
        return _openreview(record)
    acl = record.external_ids.get("ACL")
    if acl:
        found = venue_from_paper_id("acl", acl)
        if found is not None and found.venue is not None:
            precise = found.venue not in _VAGUE
            return Published(found.venue, found.year or record.year, precise, f"ACL id {acl}")
    names: list[tuple[str, str]] = []
    if record.venue:
        names.append((record.venue, "venue"))
    publication = record.publication_venue or {}
    if isinstance(publication.get("name"), str):
        names.append((publication["name"], "venue"))
    # Alternate names only speak for the structured venue when its own name is not a
    # workshop's or Findings' (S2 lists the main conference's abbreviations there).
    main = not any(_not_main(name) for name, _ in names)
    if main:
        names.extend((str(n), "venue") for n in publication.get("alternate_names") or [])
    for name, _ in names:
        venue = _canonical(name)
        if venue == ARXIV:
            continue  # the preprint server, not a publication; another name may say more
        if venue is not None and venue not in _VAGUE:
            return Published(venue, published_year(record), True, f"venue {name!r}")
    if names and not main:
        name = names[0][0]
        return Published(name, record.year, False, f"venue {name!r}")
    return None


def _openreview(record: Record) -> Published | None:
    """OpenReview's venue is a decision in words: "ICLR 2023 poster" is ICLR 2023, "Submitted
    to ICLR 2023" is nothing yet."""
    text = record.venue or ""
    folded = text.casefold()
    if not text or any(word in folded for word in metadata_data().not_published):
        return None
    found = find_venue_year(text)
    if found is None or found[0].venue is None or _not_main(text):
        return Published(text, record.year, False, f"venue {text!r}") if _not_main(text) else None
    name, year = found[0].venue, found[0].year
    if name is None or canonical_venue(name) != name or name == ARXIV:
        return None
    return Published(name, year or record.year, True, f"venue {text!r}")
