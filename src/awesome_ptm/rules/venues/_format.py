"""venue-format (PTM204): a known venue written unlike the rest of its list, or unlike its
canonical form."""

from __future__ import annotations

import re
from collections.abc import Iterable

from awesome_ptm.errors import ConfigError
from awesome_ptm.findings import Edit, Finding, Fix
from awesome_ptm.model import Document, Entry
from awesome_ptm.rules._base import Context, Rule
from awesome_ptm.rules._conventions import (
    DocumentConventions,
    conventions,
    has_venue_column,
    read_written_venue,
)
from awesome_ptm.rules.venues._papers import is_known_venue, venue_text
from awesome_ptm.rules.venues._written import venue_span
from awesome_ptm.venues import split_venue_year

#: A joint event written with a hyphen ("EMNLP-IJCNLP", "NAACL-HLT"): rewriting it to the
#: canonical name would drop the co-located conference, so venue-format leaves it alone.
_JOINT = re.compile(r"[^\W\d_]{2,}\s*[-‐‑–]\s*[^\W\d_]{2,}")
_YEARS = re.compile(r"[0-9]{4}|['’‘][0-9]{2}")


class VenueFormat(Rule):
    """A venue written other than in its canonical form: ``ACL2020``, ``Arxiv2020``, ``NIPS2015``.

    ## What it does
    Reports a known venue written unlike the rest of its list. The list's style is learned
    from its own venues (``rules/_conventions.py``): how name and year are joined
    (``ACL 2020``, ``ACL2020``, ``ACL-2020``, ``ACL'20``) and how it writes each venue's
    name (``arXiv``, ``arxiv``). A list that writes ``ACL2020`` throughout is consistent and
    gets nothing; its one ``ACL 2020``, or its ``Arxiv2020`` among ``arXiv2019``s, is
    reported. A list with fewer than five venues, or no leading style, is held to the
    canonical ``Venue Year`` (``NIPS2015`` → ``NeurIPS 2015``). The option ``style =
    "canonical"`` in ``[tool.awesome-ptm.rules.venue-format]`` chooses the canonical form
    for every list instead. Only the venue text changes; markup around it
    (``**ACL2020**``) stays, and only a venue that stands as a marker (in brackets,
    emphasis, its own cell, after a comma) is touched: ``trained on CoNLL-2003 data``
    names a data set.
    An entry whose links are neither a paper nor code (``[NIPS 2016 lecture
    videos](https://nips.cc/…)``) names an event as it was called that year, and is left
    alone.
    Broken emphasis (``**ACL 2020 **``) is broken-emphasis's business, joint events
    (``EMNLP-IJCNLP 2019``) keep their name, and a status word in a venue cell (``done``) is
    misplaced-field's.

    ## Why is this bad
    One venue spelled five ways cannot be searched, sorted or counted, and looks careless.

    ## Example
    ```markdown
    | 《Semi-supervised Sequence Learning》 | NIPS2015 | done |
    2. Don’t Stop Pretraining: Adapt Language Models to Domains and Tasks，**ACL2020**（https://arxiv.org/pdf/2004.10964.pdf）
    ```

    ## Fix
    The safe fix writes the list's form, or the canonical one: ``NeurIPS 2015``,
    ``**ACL 2020**``. A style finding (info; see docs/severity.md).
    """

    code = "PTM204"
    name = "venue-format"
    severity = "info"
    fixable = "safe"

    def check(self, document: Document, context: Context) -> Iterable[Finding]:
        style = context.options(self).get("style", "file")
        if style not in _FORMAT_STYLES:
            raise ConfigError(
                f"rules.{self.name}.style: {style!r} is not one of {', '.join(_FORMAT_STYLES)}"
            )
        learned = conventions(document, context)
        for entry in document.entries:
            if not is_known_venue(entry.venue) or not entry.venue_raw:
                continue
            if _links_no_paper(entry):
                continue  # "NIPS 2016 lecture videos": an event as it was called, no citation
            span = venue_span(document, entry)
            if span is None:
                continue
            written = document.text[span[0] : span[1]]
            found = split_venue_year(written)
            if found is None or found.venue is None or found.venue != entry.venue:
                continue
            if _JOINT.search(_YEARS.sub(" ", written)):
                continue
            expected, why = _expected_form(written, found.venue, found.year, style, learned, entry)
            if expected is None or written == expected:
                continue
            fix = Fix("safe", (Edit(span[0], span[1], expected),), f"write {expected}")
            message = f"venue {written!r} {why}; write {expected!r}"
            yield self.span_finding(document, span[0], span[1], message, fix=fix)


def _links_no_paper(entry: Entry) -> bool:
    """Whether an entry has links and none of them is a paper (a PDF counts) or a paper's
    code, nor is it a row of a table with a venue column: a conference's video page or a
    talk, whose venue names the event as it was called that year rather than citing a
    publication."""
    return (
        bool(entry.links)
        and not has_venue_column(entry)
        and not any(link.kind in ("paper", "code") for link in entry.links)
    )


#: venue-format's ``style`` option: the file's own dominant style, or the canonical one.
_FORMAT_STYLES = ("file", "canonical")


def _expected_form(
    written: str,
    venue: str,
    year: int | None,
    style: str,
    learned: DocumentConventions,
    entry: Entry,
) -> tuple[str | None, str]:
    """How the venue should be written, and why, or (None, "") when it is fine as it is."""
    if style == "canonical":
        return venue_text(venue, year), "is not in its canonical form"
    habits = learned.for_entry(entry)
    parts = read_written_venue(written)
    if parts is None:
        # No year, or a shape the styles do not describe: only a name that deviates from
        # how this list writes that venue is reported.
        # (only the canonical name is asked for: a list that mostly writes ``Arxiv`` is not
        # told to write its few ``arXiv`` so, nor told what it does when it decided nothing)
        name = habits.venue_names.get(venue)
        if (
            year is None
            and name == venue
            and written != name
            and written.casefold() == name.casefold()
        ):
            return name, "is not written as this list writes it"
        return None, ""
    name = habits.venue_names.get(parts.venue, parts.venue)
    if habits.venue_style is not None and name.casefold() != parts.name.casefold():
        # A list with habits of its own keeps another alias (NIPS2015 beside NeurIPS): a
        # name it chose, not a misspelling of the name it uses.
        name = parts.name
    expected = parts.render(name, habits.venue_style or "spaced")
    if expected == written:
        return None, ""
    if habits.venue_style is None:
        return expected, "is not in its canonical form"
    return expected, "is not written as most venues in this list are"
