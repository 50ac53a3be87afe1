"""missing-venue (PTM201) and missing-year (PTM202): a paper entry without its venue, or
with a venue but no year, where the list's habit or config expects one."""

from __future__ import annotations

import re
from collections.abc import Iterable

from awesome_ptm.errors import ConfigError
from awesome_ptm.findings import Edit, Finding, Fix, Related
from awesome_ptm.model import Document, Entry
from awesome_ptm.parse._vocabulary import is_status
from awesome_ptm.parse.cells import entry_cell_span
from awesome_ptm.rules._base import Context, Rule
from awesome_ptm.rules._conventions import Share, conventions, schema_requires
from awesome_ptm.rules.venues._papers import (
    ARXIV,
    Paper,
    evidence_of_others,
    papers_in,
    same_venue,
    shown_title,
    stated_by_others,
    venue_text,
    where_is,
)
from awesome_ptm.rules.venues._written import (
    WEB_URL,
    entry_region,
    find_in_entry,
    insert_venue,
    venue_span,
)
from awesome_ptm.venues import canonical_venue

#: A year written just after a venue ("arXiv 2021", "ACL, 2020").
_YEAR_AFTER = re.compile(r"[\s,，*_)\]）】]{0,4}(?:19|20)[0-9]{2}(?![0-9])")


# --- what the list requires ---------------------------------------------------------------------


def _required(rule: Rule, document: Document, context: Context, name: str) -> bool:
    """Whether the config (the rule's ``require`` option) or an entry schema assigned to
    this file requires the field ``name`` of every paper entry."""
    option = context.options(rule).get("require", False)
    if not isinstance(option, bool):
        raise ConfigError(f"rules.{rule.name}.require: {option!r} is not true or false")
    return option or schema_requires(document, context, name)


#: A venue the venue tables do not know, written as such: "Preprint", "arXiv:2106.07139",
#: "IEEE SPM 2017" (capitalised words and a year, after the title). Word and space runs are
#: bounded, so a long run of capitals costs linear time.
_UNREAD_VENUE = re.compile(
    r"\b(?:pre-?print|arxiv|workshop|technical report|tech report|thesis|journal|proceedings)\b"
    r"|(?<![\w-])[A-Z][\w&.-]{0,24}(?:[ \t]{1,3}[A-Z][\w&.-]{0,24}){0,3}[ \t]{0,2}['’]?"
    r"(?:19|20)[0-9]{2}\b",
    re.IGNORECASE,
)
#: A name and a two-digit year ("ICLR 24", "CIKM'23"): a venue when the venue tables know
#: the name (so "Oct 23" is not one).
_SHORT_YEAR = re.compile(r"(?<![\w-])([A-Za-z][\w&*-]{1,24})[ \t]{0,2}['’]?[0-9]{2}(?![\w.])")


def _states_unread_venue(document: Document, entry: Entry) -> bool:
    """Whether the entry's text after its title states a venue the parser did not read."""
    start, end = entry_region(document, entry)
    text = WEB_URL.sub(" ", document.text[start:end])
    title = entry.title.strip()
    at = text.find(title) if title else -1
    rest = text[at + len(title) :] if at != -1 else text
    return any(
        not match.group(0)[:1].isdigit()
        and (not match.group(0)[:1].islower() or not match.group(0)[-1:].isdigit())
        for match in _UNREAD_VENUE.finditer(rest)
    ) or any(canonical_venue(match.group(1)) is not None for match in _SHORT_YEAR.finditer(rest))


#: A year standing on its own ("2023.xx", "`2023`"), not inside a number or a word.
_ANY_YEAR = re.compile(r"(?<![\w.])(?:19|20)[0-9]{2}(?![0-9])")


def _states_unread_year(document: Document, entry: Entry) -> bool:
    """Whether the entry's text after its title (outside URLs) writes a year the parser
    did not read as one (``| Preprint | 2023.xx |``: a year with its month unknown)."""
    start, end = entry_region(document, entry)
    text = WEB_URL.sub(" ", document.text[start:end])
    title = entry.title.strip()
    at = text.find(title) if title else -1
    rest = text[at + len(title) :] if at != -1 else text
    return _ANY_YEAR.search(rest) is not None


def _says_already(document: Document, paper: Paper) -> bool:
    """Whether the venue and year the entry's own identifier names are already written in
    the entry (outside its URLs): a fix wrote them, or the list wrote them in a form the
    parser did not take for a venue. Either way, writing them again would repeat them."""
    own = paper.implied
    if own is None or own.venue is None:
        return False
    return find_in_entry(document, paper.entry, own.text()) is not None


def _insert_venue(document: Document, paper: Paper, text: str, context: Context) -> Edit | None:
    """An edit that writes the venue ``text`` into an entry that has none, in its style."""
    return insert_venue(document, paper.entry, text, context)


# --- rules -----------------------------------------------------------------------------------


class MissingVenue(Rule):
    """A paper entry that says nowhere where the paper was published.

    ## What it does
    Reports paper entries (an entry with a paper link — arXiv, ACL Anthology, OpenReview,
    proceedings, DOI — or a row of a table with a venue column) that have no venue: no
    venue marker, or a venue cell that is NULL, empty or only a year. A venue cell holding a
    status word (``done``) is left to misplaced-field (PTM213).

    The message says what is known:

    - the entry's own ACL Anthology id or proceedings URL names the venue ("the ACL
      Anthology id N19-1423 says NAACL 2019"): the fix writes it, and is safe;
    - another entry for the same paper (same paper link or same normalised title) links
      such an identifier, or states a venue: the fix writes it, and is unsafe (the match is
      by title);
    - an arXiv id alone only makes the paper an "arXiv preprint of 2020": a preprint may have
      been published since, so no fix writes "arXiv".

    It fires only where venues are expected: where most paper entries of the file (or of
    its top-level section, when that has eight paper entries or more) state one
    (``rules/_conventions.py``), or where ``require = true`` in
    ``[tool.awesome-ptm.rules.missing-venue]`` or an entry schema the config assigns to the
    file requires ``venue``. A list whose entries never state venues has none missing.
    A short file (fewer than five paper entries) is held to the general rule. An entry
    that states its venue in a form the venue tables do not know ("Preprint",
    "IEEE SPM 2017", a known venue with a two-digit year: "ICLR 24"), or already writes the
    venue its identifier names, is left alone.

    ## Why is this bad
    The venue is what readers use to judge and cite a paper; a list of papers without it is
    a list of links.

    ## Example
    ```markdown
    1. BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding(https://aclanthology.org/N19-1423/)
    ```

    ## Fix
    Write the venue in the entry's own style: ``Title，**NAACL 2019**(url)`` in numbered
    lists, ``- [Title](url) (NAACL 2019)`` after a link title, the venue cell of a table row.
    """

    code = "PTM201"
    name = "missing-venue"
    severity = "warning"
    fixable = "sometimes"

    def check(self, document: Document, context: Context) -> Iterable[Finding]:
        required = _required(self, document, context, "venue")
        learned = conventions(document, context)
        for paper in papers_in(document, context):
            entry = paper.entry
            if entry.venue is not None:
                continue
            if "venue" not in entry.null_fields and is_status(entry.fields.get("venue", "")):
                continue  # a status word where the venue belongs: misplaced-field (PTM213)
            share = learned.for_entry(entry).venues
            if not required and not share.expected():
                continue  # this list's paper entries do not state venues: none is missing
            found = self._finding(document, paper, context, None if required else share)
            if found is not None:
                yield found

    def _finding(
        self, document: Document, paper: Paper, context: Context, share: Share | None
    ) -> Finding | None:
        entry = paper.entry
        if _says_already(document, paper):
            return None  # the venue an identifier names is written here, only not parsed
        if entry.shape != "table-row" and _states_unread_venue(document, entry):
            return None  # a venue is stated ("Preprint", "IEEE SPM 2017"), only not known
        if entry.year is not None:
            parts = [f"{shown_title(entry)} has the year {entry.year} but no venue"]
        else:
            parts = [f"{shown_title(entry)} has no venue"]
        fix: Fix | None = None
        related: list[Related] = []
        own = paper.implied
        year_ok = entry.year is None or own is None or own.year in (None, entry.year)
        if own is not None and own.precise and own.venue is not None:
            parts.append(f"{own.source} says {own.text()}")
            if year_ok:
                text = venue_text(own.venue, own.year or entry.year)
                edit = _insert_venue(document, paper, text, context)
                if edit is not None:
                    fix = Fix("safe", (edit,), f"write the venue {text}")
        elif own is not None:
            parts.append(f"{own.source} says {own.text() or 'no venue'}, not which one")
        else:
            if paper.arxiv is not None and paper.arxiv.year is not None:
                parts.append(
                    f"{paper.arxiv.source} makes it an arXiv preprint of {paper.arxiv.year}"
                )
            fix, more, related = self._from_others(document, paper, context)
            parts.extend(more)
        if fix is None and len(parts) == 1:
            parts.append("write where it was published")
        if share is not None:
            parts.append(f"{share} paper entries here state one")
        message = "; ".join(parts)
        span = entry_cell_span(document, entry, "venue") if entry.shape == "table-row" else None
        if span is not None:
            return self.span_finding(
                document, span[0], max(span[1], span[0] + 1), message, fix=fix, related=related
            )
        return self.finding(document, entry.source.line, message, fix=fix, related=related)

    def _from_others(
        self, document: Document, paper: Paper, context: Context
    ) -> tuple[Fix | None, list[str], list[Related]]:
        entry = paper.entry
        evidence = evidence_of_others(paper)
        if len(evidence) > 1:
            return None, ["other entries for the same paper link identifiers that disagree"], []
        if evidence:
            other, found = evidence[0]
            where = where_is(other, document.path)
            note = f"{found.source} says {found.text()}"
            related = [Related(other.path, other.entry.source.line, note)]
            message = f"the same paper at {where} links {found.source}, which says {found.text()}"
            fix = None
            if entry.year is None or found.year in (None, entry.year):
                text = venue_text(found.venue, found.year or entry.year)
                edit = _insert_venue(document, paper, text, context)
                if edit is not None:
                    fix = Fix("unsafe", (edit,), f"write the venue {text}")
            return fix, [message], related
        said = stated_by_others(paper)
        venues = [(s, o) for s, o in said if s[0] != ARXIV]
        if len(venues) == 1:
            (venue, year), other = venues[0]
            text = venue_text(venue, year)
            where = where_is(other, document.path)
            related = [Related(other.path, other.entry.source.line, f"says {text}")]
            fix = None
            if entry.year is None or year in (None, entry.year):
                edit = _insert_venue(
                    document, paper, venue_text(venue, year or entry.year), context
                )
                if edit is not None:
                    fix = Fix("unsafe", (edit,), f"write the venue {text} (from {where})")
            return fix, [f"the same paper at {where} says {text}"], related
        if len(venues) > 1:
            listed = ", ".join(
                f"{venue_text(v, y)} ({where_is(o, document.path)})" for (v, y), o in venues
            )
            related = [
                Related(o.path, o.entry.source.line, f"says {venue_text(v, y)}")
                for (v, y), o in venues
            ]
            return None, [f"other entries for the same paper disagree: {listed}"], related
        if said:
            # Only arXiv: a preprint is no venue to copy (it may have been published since).
            (venue, year), other = min(said, key=lambda item: item[1].order)
            where = where_is(other, document.path)
            return None, [f"the same paper at {where} says {venue_text(venue, year)}"], []
        return None, [], []


class MissingYear(Rule):
    """A paper entry that names its venue but not the year.

    ## What it does
    Reports paper entries that have a venue but no year. An entry with neither is reported
    by missing-venue (PTM201) only, whose fix writes the year along with the venue when it
    is known, so one gap gives one finding.

    The year comes from the entry's own identifier when it names the same venue (an ACL
    Anthology id or proceedings URL; for an entry whose venue is arXiv, its arXiv id): the
    fix writes it into the venue marker and is safe. Another entry for the same paper that
    states the same venue with a year gives an unsafe fix. A conference paper's arXiv id only
    dates the preprint, so it is mentioned but not written.

    Like missing-venue, it fires only where the list's habit says so: where the paper
    entries of the file (or of its top-level section) that state a venue mostly give its
    year, however many entries state no venue at all — also where they are too few to learn
    a habit from but every other one (two at least) gives its year (or ``require = true``, or an
    assigned schema requires ``year``); and not when a year already follows the venue or
    stands elsewhere in the entry after its title, in a form not read as a date
    (``| Preprint | 2023.xx |``).

    ## Why is this bad
    "ACL" without a year cannot be cited or checked, and sorting by year puts the entry
    nowhere.

    ## Example
    ```markdown
    | 名称 | 来源 |
    | ---- | ---- |
    | [Longformer: The Long-Document Transformer](https://arxiv.org/abs/2004.05150) | arXiv |
    ```

    ## Fix
    Write the year after the venue: ``arXiv 2020``.
    """

    code = "PTM202"
    name = "missing-year"
    severity = "warning"
    fixable = "sometimes"

    def check(self, document: Document, context: Context) -> Iterable[Finding]:
        required = _required(self, document, context, "year")
        learned = conventions(document, context)
        for paper in papers_in(document, context):
            entry = paper.entry
            if entry.venue is None or entry.year is not None or entry.date is not None:
                continue
            habits = learned.for_entry(entry)
            share = habits.venue_years
            if not required and not (share.expected() or share.all_others()):
                continue  # this list writes its venues without a year: none is missing
            if not required and entry.venue == "arXiv" and not habits.preprint_years.expected():
                continue  # this list writes its preprints without a year ("Preprint.")
            found = self._finding(document, paper, None if required else share)
            if found is not None:
                yield found

    def _finding(self, document: Document, paper: Paper, share: Share | None) -> Finding | None:
        entry = paper.entry
        venue = entry.venue or ""
        parts = [f"{shown_title(entry)} says {venue} but not the year"]
        span = venue_span(document, entry)
        if span is not None and _YEAR_AFTER.match(document.text, span[1]):
            return None  # a year right after the venue: written (by a fix?), only not parsed
        if _states_unread_year(document, entry):
            return None  # a year is written ("2023.xx"), only not read as a date
        fix: Fix | None = None
        related: list[Related] = []
        year: int | None = None
        safe = False
        for evidence in (paper.implied, paper.arxiv):
            if evidence is None or evidence.year is None:
                continue
            if evidence.venue is not None and same_venue(evidence.venue, venue):
                parts.append(f"{evidence.source} says {evidence.text()}")
                year, safe = evidence.year, True
                break
            if evidence.venue == ARXIV:
                parts.append(f"{evidence.source} dates the preprint to {evidence.year}")
        if year is None:
            year, more, related = self._from_others(document, paper, venue)
            parts.extend(more)
        if year is not None and span is not None:
            written = document.text[span[0] : span[1]]
            fix = Fix(
                "safe" if safe else "unsafe",
                (Edit(span[0], span[1], f"{written} {year}"),),
                f"write the year {year}",
            )
        if share is not None:
            parts.append(f"{share} paper entries with a venue here give its year")
        message = "; ".join(parts)
        if span is not None:
            return self.span_finding(document, span[0], span[1], message, fix=fix, related=related)
        return self.finding(document, entry.source.line, message, fix=fix, related=related)

    def _from_others(
        self, document: Document, paper: Paper, venue: str
    ) -> tuple[int | None, list[str], list[Related]]:
        """The year other entries give for the same paper at the same venue."""
        found: list[tuple[Paper, int, str]] = []
        for other, evidence in evidence_of_others(paper):
            if (
                evidence.venue is not None
                and evidence.year is not None
                and same_venue(evidence.venue, venue)
            ):
                where = where_is(other, document.path)
                note = f"links {evidence.source} ({evidence.text()})"
                found.append((other, evidence.year, f"the same paper at {where} {note}"))
        for (said_venue, said_year), other in stated_by_others(paper):
            if said_year is not None and same_venue(said_venue, venue):
                where = where_is(other, document.path)
                text = venue_text(said_venue, said_year)
                found.append((other, said_year, f"the same paper at {where} says {text}"))
        if not found:
            return None, [], []
        related = [Related(o.path, o.entry.source.line, f"{venue} {y}") for o, y, _ in found]
        if len({y for _, y, _ in found}) > 1:
            listed = "; ".join(message for _, _, message in found)
            return None, [f"other entries disagree on the year: {listed}"], related
        other, year, message = min(found, key=lambda item: item[0].order)
        return year, [message], related
