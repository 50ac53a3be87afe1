"""venue-conflict (PTM203): a venue or year that an identifier, or another entry for the
same paper, contradicts."""

from __future__ import annotations

import re
from collections.abc import Iterable

from awesome_ptm.findings import Edit, Finding, Fix, Related
from awesome_ptm.model import Document, Entry
from awesome_ptm.rules._base import Context, Rule
from awesome_ptm.rules._conventions import is_paper_link
from awesome_ptm.rules.venues._papers import (
    ARXIV,
    Evidence,
    Paper,
    Said,
    evidence_of_others,
    is_known_venue,
    papers_in,
    same_venue,
    shown_title,
    stated_by_others,
    venue_text,
    where_is,
)
from awesome_ptm.rules.venues._written import WEB_URL, entry_region, venue_span
from awesome_ptm.venues import split_venue_year

# --- comparing -------------------------------------------------------------------------------


def _conflicts(venue: str | None, year: int | None, evidence: Evidence) -> bool:
    """Whether a stated venue/year contradicts what an identifier says."""
    if evidence.venue == ARXIV:
        # Only an arXiv preprint said to predate its own id is wrong; a venue after it is
        # the normal life of a paper.
        return (
            venue == ARXIV
            and year is not None
            and evidence.year is not None
            and year < evidence.year
        )
    if not evidence.precise or evidence.venue is None:
        return False
    if venue is None:
        # A year alone is often the preprint's year: off by one is no contradiction.
        return year is not None and evidence.year is not None and abs(year - evidence.year) > 1
    if venue == ARXIV or not is_known_venue(venue):
        return False
    if not same_venue(venue, evidence.venue):
        return True
    return year is not None and evidence.year is not None and year != evidence.year


def _year_of_venue(entry: Entry) -> int | None:
    """The year an entry states for its venue. Not a year from a full date beside a venue
    written without one (``| CVPR | 2022-11-18 |``: the preprint's date, not the
    proceedings'), nor a leaderboard row's ``(Chen et al., 2016)``, which cites its
    model's paper, not the source the row links, nor a year alone on an entry whose own
    link is not the paper (``[A blog post](blog) ([Paper](acl)) 2020``): a year without a
    venue dates the entry's main resource, and a blog post's date is not its paper's year."""
    raw = entry.venue_raw or ""
    primary = entry.primary_link
    if entry.venue is None and primary is not None and not is_paper_link(primary):
        return None
    if entry.venue is not None and entry.date is not None and not _DIGITS.search(raw):
        return None
    model = entry.fields.get("model", "")
    if entry.venue is None and raw and raw in model:
        return None
    return entry.year


_DIGITS = re.compile(r"[0-9]{2}")


class VenueConflict(Rule):
    """A venue or year that an identifier, or another entry for the same paper, contradicts.

    ## What it does
    Compares the venue and year an entry states with:

    - its own ACL Anthology id or proceedings URL (``EMNLP 2020`` on
      ``2020.findings-emnlp.58``, which is *Findings of* EMNLP: not the main conference);
    - the identifier linked by another entry for the same paper (same paper link or same
      normalised title): ``ACL2019`` in a table while another list links BERT to
      ``aclanthology.org/N19-1423`` (NAACL 2019);
    - failing any identifier, the venue the first entry for the paper states (``ACL 2020``
      there, ``EMNLP 2020`` here): each later entry that differs is reported once.

    Not conflicts: arXiv and a conference (a preprint, then published), a year alone that
    is off by one from the identifier's (often the preprint's year), a year alone on an
    entry whose own link is not the paper (a blog post's date, beside a link to the paper
    it presents), workshop volumes (their name is not in the id), unknown venues, and two
    entries that share a paper link under two different titles (two papers and one wrong
    link: duplicate-url reports that).

    ## Why is this bad
    One of the two is wrong, and readers cannot tell which; a venue that contradicts the
    paper's own link is wrong for sure.

    ## Example
    ```markdown
    1. Revisiting Pre-Trained Models for Chinese Natural Language Processing，**EMNLP 2020** (https://www.aclweb.org/anthology/2020.findings-emnlp.58.pdf)
    ```

    ## Fix
    Write the venue the identifier says. The fix is unsafe: a human should confirm it
    (entries matched by title may be different papers).
    """

    code = "PTM203"
    name = "venue-conflict"
    severity = "error"
    fixable = "unsafe"

    def check(self, document: Document, context: Context) -> Iterable[Finding]:
        for paper in papers_in(document, context):
            entry = paper.entry
            if entry.venue is None and entry.year is None:
                continue
            found = self._against_identifier(document, paper)
            if found is None:
                found = self._against_statement(document, paper)
            if found is not None:
                yield found

    def _against_identifier(self, document: Document, paper: Paper) -> Finding | None:
        entry = paper.entry
        year = _year_of_venue(entry)
        if entry.venue is None and year is None:
            return None
        stated = venue_text(entry.venue, year)
        for evidence in (paper.implied, paper.arxiv):
            if evidence is not None and _conflicts(entry.venue, year, evidence):
                if _says_findings(document, entry, evidence):
                    return None  # "(EMNLP2020 Findings)": the Findings, written its own way
                message = f"{shown_title(entry)} says {stated}, but its {evidence.label} says "
                message += evidence.text() + _findings_note(entry.venue, evidence.venue)
                return self._report(document, paper, message, evidence, [])
        if paper.implied is not None and paper.implied.precise:
            return None  # its own identifier agrees: that settles it
        others = evidence_of_others(paper)
        if len(others) != 1:
            return None  # none, or identifiers that disagree among themselves
        other, evidence = others[0]
        if not _conflicts(entry.venue, year, evidence):
            return None
        where = where_is(other, document.path)
        message = (
            f"{shown_title(entry)} says {stated} here, but the same paper at {where} links "
            f"{evidence.source}, which says {evidence.text()}"
            + _findings_note(entry.venue, evidence.venue)
        )
        note = f"{evidence.source} says {evidence.text()}"
        return self._report(
            document, paper, message, evidence, [Related(other.path, other.entry.source.line, note)]
        )

    def _against_statement(self, document: Document, paper: Paper) -> Finding | None:
        """Two entries stating different venues, no identifier to decide: report the later."""
        mine = paper.said
        if mine is None or mine[0] == ARXIV or (paper.implied and paper.implied.precise):
            return None
        if evidence_of_others(paper):
            return None  # identifiers decide; see _against_identifier
        # The first entry to state a venue is the reference: each later one that differs
        # from it is reported once, against it.
        stated = [
            (other, theirs) for theirs, other in stated_by_others(paper) if theirs[0] != ARXIV
        ]
        if not stated:
            return None
        other, theirs = min(stated, key=lambda item: item[0].order)
        if other.order > paper.order or not _differ(mine, theirs):
            return None
        where = where_is(other, document.path)
        text = venue_text(*theirs)
        message = (
            f"{shown_title(paper.entry)} says {venue_text(*mine)} here, but the same paper at "
            f"{where} says {text}; check which is right"
        )
        related = [Related(other.path, other.entry.source.line, f"says {text}")]
        span = venue_span(document, paper.entry)
        # Two statements and no identifier: one is wrong, but a title match may also join
        # two papers, so this is worth a look rather than surely wrong.
        if span is not None:
            return self.span_finding(
                document, span[0], span[1], message, related=related, severity="warning"
            )
        return self.finding(
            document, paper.entry.source.line, message, related=related, severity="warning"
        )

    def _report(
        self,
        document: Document,
        paper: Paper,
        message: str,
        evidence: Evidence,
        related: list[Related],
    ) -> Finding:
        entry = paper.entry
        span = venue_span(document, entry)
        fix = None
        if span is not None and evidence.venue is not None:
            text = _conflict_text(document.text[span[0] : span[1]], entry, evidence)
            if text is not None:
                fix = Fix("unsafe", (Edit(span[0], span[1], text),), f"write {text}")
        if span is not None:
            return self.span_finding(document, span[0], span[1], message, fix=fix, related=related)
        return self.finding(document, entry.source.line, message, related=related)


def _conflict_text(written: str, entry: Entry, evidence: Evidence) -> str | None:
    """What venue-conflict's fix writes over the venue as written, or None. When the year
    is written elsewhere (its own cell or after the marker), the fix may only change the
    name: writing a year into the marker would leave two years, and the fix would find its
    own conflict again on the next pass."""
    parsed = split_venue_year(written)
    if parsed is not None and parsed.year is not None:
        text = venue_text(evidence.venue, evidence.year or entry.year)
    elif evidence.venue is not None and evidence.venue != entry.venue:
        text = evidence.venue
    else:
        return None
    return None if text == written else text


def _differ(mine: Said, theirs: Said) -> bool:
    if not same_venue(mine[0], theirs[0]):
        return True
    return mine[1] is not None and theirs[1] is not None and mine[1] != theirs[1]


_FINDINGS = re.compile(r"\bfindings\b", re.IGNORECASE)


def _says_findings(document: Document, entry: Entry, evidence: Evidence) -> bool:
    """Whether an entry whose id says "Findings of X" and whose parsed venue is X writes
    "Findings" itself (``EMNLP2020 Findings``, ``EMNLP 2020 (Findings)``), outside its URLs."""
    if entry.venue is None or evidence.venue != f"Findings of {entry.venue}":
        return False
    start, end = entry_region(document, entry)
    text = WEB_URL.sub(" ", document.text[start:end])
    return _FINDINGS.search(text) is not None


def _findings_note(stated: str | None, implied: str | None) -> str:
    if stated is not None and implied == f"Findings of {stated}":
        return f" (Findings of {stated} is not the main conference)"
    return ""
