"""PTM20x: venue and year — missing, contradicted by an identifier or another entry, misspelled.

What a paper *is* here: an entry with a link of kind "paper" that identifies a paper (an
arXiv or ACL Anthology id, a DOI, a proceedings URL, or any link on a known paper host such
as OpenReview), a row of a table that has a venue column, or an entry that names a known
venue and links a PDF. Articles (Zhihu, WeChat, CSDN)
are not papers, and neither is a PDF on an unknown host.

Two entries are the same paper when they share a paper link (by canonical URL) or a
normalised title (see :func:`awesome_ptm.titles.normalize_title`), directly or through
other entries; titles shorter than ``venues._papers._MIN_TITLE_KEY`` characters are too
generic to match on. The corpus-wide index of papers, with one summary per paper, is built
once per run through ``context.memo``, so no rule compares entries pairwise.

What the identifiers say, and how much it is trusted:

- an ACL Anthology id ("N19-1423", "2020.findings-emnlp.58", also as an ACL DOI) or a
  proceedings URL (NeurIPS, PMLR, AAAI, CVF…) names the venue and year: safe to write down
  for the entry that carries it, unsafe (the title match may be wrong) for another entry;
  "W" (workshop) volumes and the old "S" volumes (SemEval or *SEM) name no single venue;
- an arXiv id names only a year and "arXiv": a preprint may have been published anywhere,
  so it never supplies a venue, and its year is written down only into a venue marker that
  already says arXiv.

The rules live in this package's private modules: ``venues._missing`` (missing-venue,
missing-year), ``venues._conflict`` (venue-conflict) and ``venues._format`` (venue-format),
over the paper index and identifier evidence in ``venues._papers`` and the source spans and
venue-writing edits in ``venues._written``.
"""

from __future__ import annotations

from awesome_ptm.rules._base import Rule
from awesome_ptm.rules.venues._conflict import VenueConflict
from awesome_ptm.rules.venues._format import VenueFormat
from awesome_ptm.rules.venues._missing import MissingVenue, MissingYear

RULES: tuple[type[Rule], ...] = (MissingVenue, MissingYear, VenueConflict, VenueFormat)
