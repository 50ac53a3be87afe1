"""PTM70x: the lists against scholarly metadata (``.awesome-ptm/metadata.json``).

The records are fetched by ``awesome-ptm enrich`` and committed; these rules read the file
and nothing else, so ``check`` stays offline and gives the same findings every time. Without
the file (or without a record for an entry's paper) they find nothing.

- ``published-preprint``: listed as arXiv, or without a venue, but published at a venue;
- ``title-mismatch``: the linked paper's title is clearly not the entry's title;
- ``metadata-venue-conflict``: a stated venue the paper's record contradicts. This is
  evidence that ``venue-conflict`` (PTM203) could weigh beside identifiers and other entries;
  it is a rule of its own here so that the two can be merged without touching the venue rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rapidfuzz import fuzz

from awesome_ptm.findings import Edit, Finding, Fix
from awesome_ptm.metadata.ids import entry_keys
from awesome_ptm.metadata.published import ARXIV, Published, published_venue
from awesome_ptm.metadata.settings import metadata_path
from awesome_ptm.metadata.store import MetadataStore, Record, load_store
from awesome_ptm.model import Document, Entry
from awesome_ptm.rules._base import Context, Rule, normalized_title
from awesome_ptm.rules._conventions import WrittenVenue, conventions, read_written_venue

# The writers of the venue rules (rules/venues/_written.py): where a venue stands in an entry
# and how one is inserted in an entry that has none, in the entry's shape. Shared, not copied.
from awesome_ptm.rules.venues._written import insert_venue, venue_span
from awesome_ptm.venues import (
    canonical_venue,
    venue_from_paper_id,
    venue_from_url,
)

_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9'’\-]*")

#: Titles (normalised) shorter than this many Latin words are nicknames ("BERT", "GPT-2"):
#: too short to say that a link points at another paper.
_MIN_TITLE_WORDS = 3
#: At or above this similarity (0-100) two titles are the same paper's.
_TITLE_SIMILAR = 60.0


def _store(context: Context) -> MetadataStore:
    def build() -> MetadataStore:
        raw = getattr(context.config, "metadata", {}) or {}
        return load_store(metadata_path(context.config.root, raw))

    store: MetadataStore = context.memo("metadata.store", build)
    return store


def _records(entry: Entry, store: MetadataStore) -> list[Record]:
    """The found records of the entry's paper identities, the entry's order kept."""
    found = (store.found(key) for key in entry_keys(entry))
    return [record for record in found if record is not None]


def _own_venue(entry: Entry) -> bool:
    """Whether one of the entry's own links names a venue (an ACL id, a proceedings URL):
    then missing-venue and venue-conflict judge it, from the link itself."""
    for link in entry.links:
        if link.kind != "paper":
            continue
        found = venue_from_url(link.url)
        if found is not None and found.venue not in (None, ARXIV, "Workshops"):
            return True
    for key in entry_keys(entry):
        scheme, _, value = key.partition(":")
        if scheme == "acl":
            found = venue_from_paper_id("acl", value)
            if found is not None and found.venue not in (None, "Workshops"):
                return True
    return False


def _published(entry: Entry, store: MetadataStore) -> tuple[Record, Published] | None:
    for record in _records(entry, store):
        published = published_venue(record)
        if published is not None:
            return record, published
    return None


def _venue_text(published: Published, style: str) -> str:
    """The published venue written in ``style`` (a style of ``rules/_conventions.py``)."""
    if published.year is None:
        return published.venue
    written = WrittenVenue(published.venue, published.venue, style, published.year)
    return written.render(published.venue, style)


def _style(document: Document, entry: Entry, context: Context) -> str:
    """How the entry's part of the file mostly writes a venue and its year (the conventions
    venue-format checks against); a space when it does not say."""
    return conventions(document, context).for_entry(entry).venue_style or "spaced"


def _write_venue(
    document: Document, entry: Entry, published: Published, context: Context
) -> Edit | None:
    """An edit that writes ``published`` in place of the entry's venue (in the style it was
    written in), or where its shape puts one, in the file's style."""
    span = venue_span(document, entry)
    if span is not None:
        written = read_written_venue(document.text[span[0] : span[1]])
        style = written.style if written is not None else _style(document, entry, context)
        return Edit(span[0], span[1], _venue_text(published, style))
    return insert_venue(
        document, entry, _venue_text(published, _style(document, entry, context)), context
    )


def _show(title: str) -> str:
    title = " ".join(title.split())
    return repr(title if len(title) <= 60 else title[:59] + "…")


def _key_label(record: Record) -> str:
    scheme, _, value = record.key.partition(":")
    names = {"arxiv": "arXiv", "acl": "ACL Anthology", "doi": "DOI", "openreview": "OpenReview"}
    return f"{names.get(scheme, 'Semantic Scholar')} {value}"


def _finding_at_venue(
    rule: Rule, document: Document, entry: Entry, message: str, fix: Fix | None
) -> Finding:
    span = venue_span(document, entry)
    if span is not None:
        return rule.span_finding(document, span[0], span[1], message, fix=fix)
    return rule.finding(document, entry.source.line, message, fix=fix)


class PublishedPreprint(Rule):
    """A paper listed as an arXiv preprint, or without a venue, that has been published.

    ## What it does
    Reads the paper's record in ``.awesome-ptm/metadata.json`` (written by
    ``awesome-ptm enrich``) for entries whose venue is arXiv or missing (in a file that
    writes venues at all), and reports those
    the record says were published: at a conference or journal a list writes down (``EMNLP
    2020``), or at a workshop or in Findings, which stay what they are (a Findings paper is
    not "published at EMNLP"). Entries whose own link names the venue (an ACL Anthology id,
    a proceedings URL) are left to missing-venue and venue-conflict. ``check`` never fetches:
    without the file, or without a record, nothing is reported.

    ## Why is this bad
    Readers judge a paper by where it was published; "arXiv 2019" on a paper that appeared at
    NAACL undersells it, and a list that never updates its preprints goes stale.

    ## Example
    ```markdown
    1. RoBERTa: A Robustly Optimized BERT Pretraining Approach，**arXiv 2019**（https://arxiv.org/pdf/1907.11692.pdf）
    ```
    where the record of arXiv 1907.11692 names a venue.

    ## Fix
    The unsafe fix writes the venue and year in the file's own style: in place of the arXiv
    marker (``arXiv 2019`` → ``ICLR 2020``, ``arxiv2019`` → ``ICLR2020``), in the venue cell
    of a table, or after the title as the file writes venues (``，**ICLR 2020**``). It is
    unsafe because the record may be wrong; workshop and unknown venues get no fix.
    """

    code = "PTM701"
    name = "published-preprint"
    severity = "warning"
    fixable = "sometimes"

    def check(self, document: Document, context: Context) -> Iterable[Finding]:
        store = _store(context)
        if not store.records:
            return
        for entry in document.entries:
            if entry.venue is not None and entry.venue != ARXIV:
                continue
            if _own_venue(entry):
                continue
            if entry.venue is None and not conventions(document, context).file.venues.stated:
                continue  # a list whose paper entries never write venues is not asked to
            found = _published(entry, store)
            if found is None:
                continue
            record, published = found
            listed = "as an arXiv preprint" if entry.venue == ARXIV else "without a venue"
            message = (
                f"{_show(entry.title or record.title or '')} is listed {listed}, but "
                f"{record.provider} says {_key_label(record)} was published at "
                f"{published.text()}"
            )
            fix = None
            if published.precise:
                edit = _write_venue(document, entry, published, context)
                if edit is not None:
                    fix = Fix("unsafe", (edit,), f"write {published.text()}")
            else:
                message += " (no fix: write the venue as this list does)"
            yield _finding_at_venue(self, document, entry, message, fix)


def _latin_words(title: str) -> list[str]:
    return _LATIN_WORD.findall(title)


def titles_agree(listed: str, recorded: str) -> bool:
    """Whether two titles are one paper's: equal once normalised, one inside the other (a
    title with its subtitle dropped or a note appended), or similar enough word for word."""
    mine, theirs = normalized_title(listed), normalized_title(recorded)
    if not mine or not theirs or mine in theirs or theirs in mine:
        return True
    similarity = max(fuzz.token_set_ratio(mine, theirs), fuzz.partial_ratio(mine, theirs))
    return similarity >= _TITLE_SIMILAR


class TitleMismatch(Rule):
    """An entry whose paper link points at a paper with a clearly different title.

    ## What it does
    Compares the entry's title with the title in the record of each of its paper links
    (``.awesome-ptm/metadata.json``, written by ``awesome-ptm enrich``). It reports the entry
    when no linked paper's title is close: not equal once case, punctuation and brackets are
    folded, not contained one in the other, and under 60 on rapidfuzz's token-set and
    partial ratios. Titles of fewer than three Latin words (``BERT``, ``GPT-2``, titles in
    Chinese) are nicknames or translations, and are not compared.

    ## Why is this bad
    Either the link is wrong (a copy-paste of the neighbouring entry's arXiv id is common) and
    readers land on another paper, or the title is wrong and the entry cannot be found.

    ## Example
    ```markdown
    - [Deep contextualized word representations](https://arxiv.org/abs/1810.04805) (NAACL 2018)
    ```
    where arXiv 1810.04805 is "BERT: Pre-training of Deep Bidirectional Transformers…".

    ## Fix
    None automatic: a human must decide whether the link or the title is wrong.
    """

    code = "PTM702"
    name = "title-mismatch"
    severity = "warning"

    def check(self, document: Document, context: Context) -> Iterable[Finding]:
        store = _store(context)
        if not store.records:
            return
        for entry in document.entries:
            if len(_latin_words(entry.title)) < _MIN_TITLE_WORDS:
                continue
            records = [r for r in _records(entry, store) if r.title]
            if not records or any(titles_agree(entry.title, r.title or "") for r in records):
                continue
            record = records[0]
            message = (
                f"{_show(entry.title)} links {_key_label(record)}, whose title is "
                f"{_show(record.title or '')}: a wrong link or a wrong title"
            )
            yield self.finding(document, entry.source.line, message)


class MetadataVenueConflict(Rule):
    """A stated venue or year that the paper's metadata record contradicts.

    ## What it does
    Compares the venue an entry states (a known venue, not arXiv) with the one its paper's
    record in ``.awesome-ptm/metadata.json`` gives, when the record names a venue precisely:
    a different venue (``EMNLP 2020`` for a *Findings of EMNLP* paper, ``ACL 2019`` for a
    NAACL paper) or the same venue in a year more than one off. Entries whose own link names
    the venue (ACL Anthology ids, proceedings URLs) are venue-conflict's (PTM203), which
    reads the link itself. Workshop venues and venues we do not know are not compared.

    ## Why is this bad
    One of the two is wrong, and the record comes from the publisher's own data.

    ## Example
    ```markdown
    | 《Revisiting Pre-Trained Models for Chinese Natural Language Processing》 | EMNLP 2020 |
    ```
    where the paper's record says Findings of EMNLP 2020.

    ## Fix
    The unsafe fix writes the record's venue and year in the style the entry used.
    """

    code = "PTM703"
    name = "metadata-venue-conflict"
    severity = "warning"
    fixable = "unsafe"

    def check(self, document: Document, context: Context) -> Iterable[Finding]:
        store = _store(context)
        if not store.records:
            return
        for entry in document.entries:
            venue = entry.venue
            if venue is None or venue == ARXIV or canonical_venue(venue) != venue:
                continue
            if _own_venue(entry):
                continue
            found = _published(entry, store)
            if found is None or not found[1].precise:
                continue
            record, published = found
            if not _conflicts(venue, entry.year, published):
                continue
            stated = f"{venue} {entry.year}" if entry.year is not None else venue
            message = (
                f"{_show(entry.title)} says {stated}, but {record.provider} says "
                f"{_key_label(record)} was published at {published.text()}"
            )
            if published.venue == f"Findings of {venue}":
                message += f" (Findings of {venue} is not the main conference)"
            fix = None
            edit = _write_venue(document, entry, published, context)
            if edit is not None:
                fix = Fix("unsafe", (edit,), f"write {published.text()}")
            yield _finding_at_venue(self, document, entry, message, fix)


def _conflicts(venue: str, year: int | None, published: Published) -> bool:
    if venue != published.venue:
        return True
    return year is not None and published.year is not None and abs(year - published.year) > 1


RULES: tuple[type[Rule], ...] = (PublishedPreprint, TitleMismatch, MetadataVenueConflict)
