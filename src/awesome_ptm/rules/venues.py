"""PTM20x: venue and year — missing, contradicted by an identifier or another entry, misspelled.

What a paper *is* here: an entry with a link of kind "paper" that identifies a paper (an
arXiv or ACL Anthology id, a DOI, a proceedings URL, or any link on a known paper host such
as OpenReview), a row of a table that has a venue column, or an entry that names a known
venue and links a PDF. Articles (Zhihu, WeChat, CSDN)
are not papers, and neither is a PDF on an unknown host.

Two entries are the same paper when they share a paper link (by canonical URL) or a
normalised title (see :func:`awesome_ptm.titles.normalize_title`), directly or through
other entries; titles shorter than ``_MIN_TITLE_KEY`` characters are too generic to match
on. The corpus-wide index of papers, with one summary per paper, is built once per run
through ``context.memo``, so no rule compares entries pairwise.

What the identifiers say, and how much it is trusted:

- an ACL Anthology id ("N19-1423", "2020.findings-emnlp.58", also as an ACL DOI) or a
  proceedings URL (NeurIPS, PMLR, AAAI, CVF…) names the venue and year: safe to write down
  for the entry that carries it, unsafe (the title match may be wrong) for another entry;
  "W" (workshop) volumes and the old "S" volumes (SemEval or *SEM) name no single venue;
- an arXiv id names only a year and "arXiv": a preprint may have been published anywhere,
  so it never supplies a venue, and its year is written down only into a venue marker that
  already says arXiv.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TypeAlias
from urllib.parse import urlsplit

from awesome_ptm.errors import ConfigError
from awesome_ptm.findings import Edit, Finding, Fix, Related
from awesome_ptm.identity import paper_identifier
from awesome_ptm.model import Document, Entry, Link
from awesome_ptm.parse._vocabulary import is_status
from awesome_ptm.parse.cells import entry_cell_span
from awesome_ptm.rules._base import Context, Rule, normalized_title
from awesome_ptm.rules._conventions import (
    DocumentConventions,
    Share,
    conventions,
    has_venue_column,
    is_paper_link,
    read_written_venue,
    schema_requires,
)
from awesome_ptm.venues import (
    canonical_venue,
    split_venue_year,
    venue_from_paper_id,
    venue_from_url,
)

ARXIV = "arXiv"

#: Titles whose normalised key is shorter than this ("Transformer", "BERT") are too generic
#: to say that two entries are the same paper.
_MIN_TITLE_KEY = 12

#: Venues an identifier can imply that name no single venue a list could write down.
_VAGUE_VENUES = frozenset({"Workshops"})

#: Pairs of venues one id cannot tell apart (old ACL "S" volumes hold SemEval and *SEM).
_INDISTINCT = frozenset({frozenset({"SemEval", "*SEM"})})

#: What may wrap a venue as written: emphasis (possibly broken), brackets, punctuation.
_OPEN = " \t\u3000*_([{【「（"
_CLOSE = " \t\u3000*_)]}】」）.,;:。，；："

#: A joint event written with a hyphen ("EMNLP-IJCNLP", "NAACL-HLT"): rewriting it to the
#: canonical name would drop the co-located conference, so venue-format leaves it alone.
_JOINT = re.compile(r"[^\W\d_]{2,}\s*[-‐‑–]\s*[^\W\d_]{2,}")
_YEARS = re.compile(r"[0-9]{4}|['’‘][0-9]{2}")
#: A year written just after a venue ("arXiv 2021", "ACL, 2020").
_YEAR_AFTER = re.compile(r"[\s,，*_)\]）】]{0,4}(?:19|20)[0-9]{2}(?![0-9])")
_CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")


# --- what links say ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Evidence:
    """What one link says about the venue and year of its paper."""

    #: how the message names it, without article: "ACL Anthology id N19-1423"
    label: str
    venue: str | None
    year: int | None
    #: the venue is one a list can write down (not "Workshops", not an ambiguous volume)
    precise: bool

    @property
    def source(self) -> str:
        return f"the {self.label}"

    def text(self) -> str:
        return _venue_text(self.venue, self.year)


def _venue_text(venue: str | None, year: int | None) -> str:
    if venue is None:
        return str(year) if year is not None else ""
    return f"{venue} {year}" if year is not None else venue


def _link_evidence(link: Link) -> tuple[_Evidence | None, _Evidence | None]:
    """(venue evidence, arXiv evidence) of one paper link."""
    paper = paper_identifier(link.url)
    if paper is not None and paper.scheme == "arxiv":
        found = venue_from_paper_id("arxiv", paper.value)
        if found is None:
            return None, None
        return None, _Evidence(f"arXiv id {paper.value}", ARXIV, found.year, False)
    if paper is not None and paper.scheme in ("acl", "doi"):
        found = venue_from_paper_id(paper.scheme, paper.value)
        if found is not None:
            what = "ACL Anthology id" if paper.scheme == "acl" else "DOI"
            ambiguous = (
                paper.scheme == "acl"
                and "." not in paper.value
                and found.venue in ({v for pair in _INDISTINCT for v in pair})
            )
            precise = found.venue is not None and found.venue not in _VAGUE_VENUES
            return (
                _Evidence(
                    f"{what} {paper.value}", found.venue, found.year, precise and not ambiguous
                ),
                None,
            )
    found_url = venue_from_url(link.url)
    if found_url is not None:
        host = (urlsplit(link.canonical).hostname or "proceedings").removeprefix("www.")
        precise = found_url.venue is not None and found_url.venue not in _VAGUE_VENUES
        return _Evidence(f"{host} URL", found_url.venue, found_url.year, precise), None
    return None, None


# --- the corpus index ------------------------------------------------------------------------

_Said: TypeAlias = tuple[str, int | None]


@dataclass(slots=True)
class _Paper:
    """A paper entry and what its own links say."""

    path: str
    entry: Entry
    links: list[Link]
    keys: list[str]
    implied: _Evidence | None = None
    arxiv: _Evidence | None = None
    group: _Group | None = None

    @property
    def order(self) -> tuple[str, int, int]:
        column = self.links[0].column if self.links and self.links[0].column else 0
        return (self.path, self.entry.source.line, column)

    @property
    def said(self) -> _Said | None:
        """The known venue (arXiv included) and year the entry states, if any."""
        venue = self.entry.venue
        if venue is None or not _known(venue):
            return None
        return (venue, self.entry.year)


#: How many entries a group remembers per value: enough to find one that is not the asker.
_KEEP = 2


@dataclass(slots=True)
class _Group:
    """The entries for one paper (linked by a shared paper link or title, transitively),
    summarised once: each entry is then compared with the few distinct values the group
    holds, never with every other entry."""

    size: int = 0
    #: (venue, year) of a precise identifier → the first entries that link it
    evidence: dict[tuple[str | None, int | None], list[_Paper]] = field(default_factory=dict)
    #: (venue, year) a known venue stated → the first entries that state it
    stated: dict[_Said, list[_Paper]] = field(default_factory=dict)

    def add(self, paper: _Paper) -> None:
        self.size += 1
        if paper.implied is not None and paper.implied.precise:
            firsts = self.evidence.setdefault((paper.implied.venue, paper.implied.year), [])
            if len(firsts) < _KEEP:
                firsts.append(paper)
        said = paper.said
        if said is not None:
            firsts = self.stated.setdefault(said, [])
            if len(firsts) < _KEEP:
                firsts.append(paper)

    def evidence_for(self, paper: _Paper) -> list[tuple[_Paper, _Evidence]]:
        """Each distinct precise identifier of the other entries, with its first entry."""
        out = []
        for firsts in self.evidence.values():
            other = _first_other(firsts, paper)
            if other is not None and other.implied is not None:
                out.append((other, other.implied))
        return out

    def stated_for(self, paper: _Paper) -> list[tuple[_Said, _Paper]]:
        """Each distinct venue/year the other entries state, with its first entry."""
        out = []
        for said, firsts in self.stated.items():
            other = _first_other(firsts, paper)
            if other is not None:
                out.append((said, other))
        return out


def _first_other(papers: list[_Paper], paper: _Paper) -> _Paper | None:
    return next((p for p in papers if p is not paper and not _titles_differ(p, paper)), None)


_NON_WORD = re.compile(r"[\W_]+")


def _title_words(paper: _Paper) -> str:
    return _NON_WORD.sub(" ", normalized_title(paper.entry.title)).strip()


def _titles_differ(a: _Paper, b: _Paper) -> bool:
    """Whether two entries joined by a shared paper link name different papers: both titles
    are long enough to say what they are and neither contains the other. A list that pastes
    one arXiv link under three titles has three papers and one wrong link (duplicate-url
    says so), not one paper with three venues."""
    first, second = _title_words(a), _title_words(b)
    if len(first) < _MIN_TITLE_KEY or len(second) < _MIN_TITLE_KEY:
        return False
    return first not in second and second not in first


@dataclass(slots=True)
class _Index:
    papers: dict[str, _Paper] = field(default_factory=dict)


def _paper(path: str, entry: Entry) -> _Paper | None:
    links = [link for link in entry.links if is_paper_link(link)]
    if not links and not has_venue_column(entry) and not _cites_a_pdf(entry):
        return None
    keys = [f"link:{link.canonical}" for link in links]
    if entry.shape != "bare-url":
        title_key = normalized_title(entry.title)
        if len(title_key) >= _MIN_TITLE_KEY:
            keys.append(f"title:{title_key}")
    paper = _Paper(path, entry, links, keys)
    for link in links:
        implied, arxiv = _link_evidence(link)
        paper.implied = paper.implied or implied
        paper.arxiv = paper.arxiv or arxiv
    return paper


def _cites_a_pdf(entry: Entry) -> bool:
    """An entry that names a known venue and links a PDF (``**Graph Attention Networks.**
    ICLR. [paper](https://lab.example/gat.pdf)``): a paper, though its PDF's host is not a
    paper host."""
    return (
        _known(entry.venue)
        and entry.venue != ARXIV
        and any(link.kind == "paper" for link in entry.links)
    )


def _build_index(context: Context) -> _Index:
    papers = [
        paper
        for document in context.corpus.documents
        for entry in document.entries
        if (paper := _paper(document.path, entry)) is not None
    ]
    papers.sort(key=lambda p: p.order)
    # Union-find over entries that share a key: one group per paper.
    parent = list(range(len(papers)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first_with: dict[str, int] = {}
    for i, paper in enumerate(papers):
        for key in paper.keys:
            j = first_with.setdefault(key, i)
            a, b = root(i), root(j)
            if a != b:
                parent[max(a, b)] = min(a, b)
    groups: dict[int, _Group] = {}
    index = _Index()
    for i, paper in enumerate(papers):
        paper.group = groups.setdefault(root(i), _Group())
        paper.group.add(paper)
        index.papers[paper.entry.id] = paper
    return index


def _index(context: Context) -> _Index:
    index: _Index = context.memo("venues.papers", lambda: _build_index(context))
    return index


def _papers(document: Document, context: Context) -> Iterator[_Paper]:
    index = _index(context)
    for entry in document.entries:
        paper = index.papers.get(entry.id)
        if paper is not None and paper.path == document.path:
            yield paper


def _evidence_of_others(paper: _Paper) -> list[tuple[_Paper, _Evidence]]:
    return paper.group.evidence_for(paper) if paper.group is not None else []


def _stated_by_others(paper: _Paper) -> list[tuple[_Said, _Paper]]:
    return paper.group.stated_for(paper) if paper.group is not None else []


# --- comparing -------------------------------------------------------------------------------


def _known(venue: str | None) -> bool:
    return venue is not None and canonical_venue(venue) == venue


def _same_venue(a: str, b: str) -> bool:
    return a == b or frozenset({a, b}) in _INDISTINCT


def _conflicts(venue: str | None, year: int | None, evidence: _Evidence) -> bool:
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
    if venue == ARXIV or not _known(venue):
        return False
    if not _same_venue(venue, evidence.venue):
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


def _where(other: _Paper, path: str) -> str:
    line = other.entry.source.line
    return f"line {line}" if other.path == path else f"{other.path}:{line}"


def _show(entry: Entry) -> str:
    title = " ".join((entry.title or (entry.links[0].url if entry.links else "")).split())
    if len(title) > 60:
        title = title[:59] + "…"
    return repr(title)


# --- where things are written ----------------------------------------------------------------


def _entry_region(document: Document, entry: Entry) -> tuple[int, int]:
    # document.offset() and line_text() on one fetch of the offsets: this runs per entry.
    offsets = document.line_offsets()
    start = offsets[entry.source.line - 1]
    last = min(entry.source.end_line, len(offsets) - 1)
    begin = offsets[last - 1]
    return start, begin + len(document.text[begin : offsets[last] - 1])


def _url_spans(document: Document, entry: Entry) -> list[tuple[int, int]]:
    offsets = document.line_offsets()
    spans = []
    for link in entry.links:
        if link.column is not None:
            start = offsets[link.line - 1] + link.column - 1  # document.offset()
            spans.append((start, start + len(link.url)))
    return spans


def _boundary_ok(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if before.isascii() and before.isalnum() and text[start].isalnum():
        return False
    return not (after.isascii() and after.isalnum() and text[end - 1].isalnum())


def _find_in_entry(
    document: Document,
    entry: Entry,
    needle: str,
    accept: Callable[[str, int, int], bool] | None = None,
) -> tuple[int, int] | None:
    """The last place ``needle`` stands in the entry's lines, outside its URLs (and where
    ``accept`` agrees, if given)."""
    if not needle:
        return None
    start, end = _entry_region(document, entry)
    text = document.text
    spans = _url_spans(document, entry)
    # A few links (nearly every entry): test each; many: bisect (see _Spans).
    inside_url = _Spans(spans).meets if len(spans) > _FEW_SPANS else _few_spans_meet(spans)
    # From the end backwards: the first acceptable occurrence is the last one, and each
    # test against the URL spans is a bisection (an entry may hold thousands of links).
    at = text.rfind(needle, start, end)
    while at != -1:
        stop = at + len(needle)
        if (
            not inside_url(at, stop)
            and _boundary_ok(text, at, stop)
            and (accept is None or accept(text, at, stop))
        ):
            return at, stop
        at = text.rfind(needle, start, stop - 1) if stop - 1 > start else -1
    return None


_FEW_SPANS = 8


def _few_spans_meet(spans: list[tuple[int, int]]) -> Callable[[int, int], bool]:
    """:meth:`_Spans.meets` for a few spans, without sorting them."""

    def meets(at: int, stop: int) -> bool:
        return any(s < stop and at < e for s, e in spans)

    return meets


class _Spans:
    """Character spans, asked whether any of them meets ``[at, stop)``."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self.starts = [s for s, _ in spans]
        # The furthest end among the spans up to each one (spans may overlap).
        self.reach = list(itertools.accumulate((e for _, e in spans), max))

    def meets(self, at: int, stop: int) -> bool:
        """Whether some span ``(s, e)`` has ``s < stop and at < e``."""
        count = bisect.bisect_left(self.starts, stop)
        return count > 0 and self.reach[count - 1] > at


def _strip_markup(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start] in _OPEN:
        start += 1
    while end > start and text[end - 1] in _CLOSE:
        end -= 1
    return (start, end) if start < end else None


def _venue_span(document: Document, entry: Entry) -> tuple[int, int] | None:
    """Offsets of the venue as written, without wrapping markup (``**``, brackets)."""
    if entry.shape == "table-row":
        if "venue" not in entry.fields or "venue" in entry.null_fields:
            return None
        span = entry_cell_span(document, entry, "venue")
    else:
        span = _find_in_entry(document, entry, (entry.venue_raw or "").strip(), _is_marker)
    return None if span is None else _strip_markup(document.text, *span)


#: What may stand before and after a venue marker: brackets, separators, a cell's pipe, the
#: end of a link, the line's edges. Running words around it make it prose ("trained on
#: CoNLL-2003 data" names a data set), which no fix may rewrite as a venue.
_MARKER_BEFORE = frozenset("([{【「（,，;；:：|)）]>-–—")
_MARKER_AFTER = frozenset(")]}】」）,，;；.。|:：-–—<")
_MARKUP = " \t\u3000*_"


def _is_marker(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands on its own as a venue marker, not inside prose."""
    before = start
    while before > 0 and text[before - 1] in _MARKUP:
        before -= 1
    after = end
    while after < len(text) and text[after] in _MARKUP:
        after += 1
    opens = before == 0 or text[before - 1] in "\n" or text[before - 1] in _MARKER_BEFORE
    closes = after >= len(text) or text[after] in "\r\n" or text[after] in _MARKER_AFTER
    if text[start] in _OPEN or text[end - 1] in _CLOSE:
        # The needle carries its own brackets or emphasis ("(CoNLL-2003)", "**ACL**").
        return True
    # Markup right around it ("**ACL2020**") makes it a marker even in a sentence.
    wrapped = text[before:start].strip(" \t") != "" and text[end:after].strip(" \t") != ""
    return wrapped or (opens and closes)


def _separator(document: Document) -> str:
    """How this list puts a venue after a title: "，" (full width) or ", "."""
    full = document.text.count("，**")
    half = document.text.count(", **")
    if full != half:
        return "，" if full > half else ", "
    return "，" if _CJK.search(document.text) else ", "


def _insert_venue(document: Document, paper: _Paper, text: str, context: Context) -> Edit | None:
    """An edit that writes the venue ``text`` into an entry that has none, in its style."""
    return insert_venue(document, paper.entry, text, context)


def insert_venue(document: Document, entry: Entry, text: str, context: Context) -> Edit | None:
    """An edit that writes the venue ``text`` where ``entry``'s shape puts a venue (its table
    cell, after its title link, after its title in the file's separator), or None."""
    if entry.shape == "table-row":
        return _fill_cell(document, entry, text)
    if entry.shape == "link-title":
        return _after_link(document, entry, f" ({text})")
    if entry.shape == "text-title":
        at = _after_title(document, entry)
        if at is not None:
            separator: str = context.memo(
                f"venues.separator:{document.path}", lambda: _separator(document)
            )
            return Edit(at, at, f"{separator}**{text}**")
    return None


def _fill_cell(document: Document, entry: Entry, text: str) -> Edit | None:
    span = entry_cell_span(document, entry, "venue")
    if span is None:
        return None
    start, end = span
    if start < end:
        return Edit(start, end, text)
    # An empty cell: write between the pipes, padded by one space.
    line_start = document.offset(document.position(start)[0])
    left = document.text.rfind("|", line_start, start)
    if left == -1:
        return None
    return Edit(left + 1, start, f" {text} ")


def _after_link(document: Document, entry: Entry, text: str) -> Edit | None:
    link = next((lk for lk in entry.links if lk.style == "inline" and lk.column), None)
    if link is None or link.column is None:
        return None
    at = document.offset(link.line, link.column) + len(link.url)
    if document.text.startswith(">", at):
        at += 1
    if not document.text.startswith(")", at):
        return None
    return Edit(at + 1, at + 1, text)


def _after_title(document: Document, entry: Entry) -> int | None:
    title = entry.title.strip()
    if title:
        start, end = _entry_region(document, entry)
        at = document.text.find(title, start, end)
        if at != -1:
            stop = at + len(title)
            if document.text.startswith("》", stop):
                stop += 1
            return stop
    # The title as parsed is not in the source verbatim: put the venue before the bracket
    # that opens the first link, as in ``Title，**EMNLP 2020**（url）``.
    link = entry.primary_link
    if link is None or link.style != "paren" or link.column is None:
        return None
    at = document.offset(link.line, link.column)
    line_start = document.offset(link.line)
    if at > line_start and document.text[at - 1] in "(（":
        at -= 1
        while at > line_start and document.text[at - 1] in " \t\u3000":
            at -= 1
        return at if at > line_start else None
    return None


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
_WEB_URL = re.compile(r"https?://[^\s)\]>]+")
#: A name and a two-digit year ("ICLR 24", "CIKM'23"): a venue when the venue tables know
#: the name (so "Oct 23" is not one).
_SHORT_YEAR = re.compile(r"(?<![\w-])([A-Za-z][\w&*-]{1,24})[ \t]{0,2}['’]?[0-9]{2}(?![\w.])")


def _states_unread_venue(document: Document, entry: Entry) -> bool:
    """Whether the entry's text after its title states a venue the parser did not read."""
    start, end = _entry_region(document, entry)
    text = _WEB_URL.sub(" ", document.text[start:end])
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
    start, end = _entry_region(document, entry)
    text = _WEB_URL.sub(" ", document.text[start:end])
    title = entry.title.strip()
    at = text.find(title) if title else -1
    rest = text[at + len(title) :] if at != -1 else text
    return _ANY_YEAR.search(rest) is not None


def _says_already(document: Document, paper: _Paper) -> bool:
    """Whether the venue and year the entry's own identifier names are already written in
    the entry (outside its URLs): a fix wrote them, or the list wrote them in a form the
    parser did not take for a venue. Either way, writing them again would repeat them."""
    own = paper.implied
    if own is None or own.venue is None:
        return False
    return _find_in_entry(document, paper.entry, own.text()) is not None


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
        for paper in _papers(document, context):
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
        self, document: Document, paper: _Paper, context: Context, share: Share | None
    ) -> Finding | None:
        entry = paper.entry
        if _says_already(document, paper):
            return None  # the venue an identifier names is written here, only not parsed
        if entry.shape != "table-row" and _states_unread_venue(document, entry):
            return None  # a venue is stated ("Preprint", "IEEE SPM 2017"), only not known
        if entry.year is not None:
            parts = [f"{_show(entry)} has the year {entry.year} but no venue"]
        else:
            parts = [f"{_show(entry)} has no venue"]
        fix: Fix | None = None
        related: list[Related] = []
        own = paper.implied
        year_ok = entry.year is None or own is None or own.year in (None, entry.year)
        if own is not None and own.precise and own.venue is not None:
            parts.append(f"{own.source} says {own.text()}")
            if year_ok:
                text = _venue_text(own.venue, own.year or entry.year)
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
        self, document: Document, paper: _Paper, context: Context
    ) -> tuple[Fix | None, list[str], list[Related]]:
        entry = paper.entry
        evidence = _evidence_of_others(paper)
        if len(evidence) > 1:
            return None, ["other entries for the same paper link identifiers that disagree"], []
        if evidence:
            other, found = evidence[0]
            where = _where(other, document.path)
            note = f"{found.source} says {found.text()}"
            related = [Related(other.path, other.entry.source.line, note)]
            message = f"the same paper at {where} links {found.source}, which says {found.text()}"
            fix = None
            if entry.year is None or found.year in (None, entry.year):
                text = _venue_text(found.venue, found.year or entry.year)
                edit = _insert_venue(document, paper, text, context)
                if edit is not None:
                    fix = Fix("unsafe", (edit,), f"write the venue {text}")
            return fix, [message], related
        said = _stated_by_others(paper)
        venues = [(s, o) for s, o in said if s[0] != ARXIV]
        if len(venues) == 1:
            (venue, year), other = venues[0]
            text = _venue_text(venue, year)
            where = _where(other, document.path)
            related = [Related(other.path, other.entry.source.line, f"says {text}")]
            fix = None
            if entry.year is None or year in (None, entry.year):
                edit = _insert_venue(
                    document, paper, _venue_text(venue, year or entry.year), context
                )
                if edit is not None:
                    fix = Fix("unsafe", (edit,), f"write the venue {text} (from {where})")
            return fix, [f"the same paper at {where} says {text}"], related
        if len(venues) > 1:
            listed = ", ".join(
                f"{_venue_text(v, y)} ({_where(o, document.path)})" for (v, y), o in venues
            )
            related = [
                Related(o.path, o.entry.source.line, f"says {_venue_text(v, y)}")
                for (v, y), o in venues
            ]
            return None, [f"other entries for the same paper disagree: {listed}"], related
        if said:
            # Only arXiv: a preprint is no venue to copy (it may have been published since).
            (venue, year), other = min(said, key=lambda item: item[1].order)
            where = _where(other, document.path)
            return None, [f"the same paper at {where} says {_venue_text(venue, year)}"], []
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
        for paper in _papers(document, context):
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

    def _finding(self, document: Document, paper: _Paper, share: Share | None) -> Finding | None:
        entry = paper.entry
        venue = entry.venue or ""
        parts = [f"{_show(entry)} says {venue} but not the year"]
        span = _venue_span(document, entry)
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
            if evidence.venue is not None and _same_venue(evidence.venue, venue):
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
        self, document: Document, paper: _Paper, venue: str
    ) -> tuple[int | None, list[str], list[Related]]:
        """The year other entries give for the same paper at the same venue."""
        found: list[tuple[_Paper, int, str]] = []
        for other, evidence in _evidence_of_others(paper):
            if (
                evidence.venue is not None
                and evidence.year is not None
                and _same_venue(evidence.venue, venue)
            ):
                where = _where(other, document.path)
                note = f"links {evidence.source} ({evidence.text()})"
                found.append((other, evidence.year, f"the same paper at {where} {note}"))
        for (said_venue, said_year), other in _stated_by_others(paper):
            if said_year is not None and _same_venue(said_venue, venue):
                where = _where(other, document.path)
                text = _venue_text(said_venue, said_year)
                found.append((other, said_year, f"the same paper at {where} says {text}"))
        if not found:
            return None, [], []
        related = [Related(o.path, o.entry.source.line, f"{venue} {y}") for o, y, _ in found]
        if len({y for _, y, _ in found}) > 1:
            listed = "; ".join(message for _, _, message in found)
            return None, [f"other entries disagree on the year: {listed}"], related
        other, year, message = min(found, key=lambda item: item[0].order)
        return year, [message], related


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
        for paper in _papers(document, context):
            entry = paper.entry
            if entry.venue is None and entry.year is None:
                continue
            found = self._against_identifier(document, paper)
            if found is None:
                found = self._against_statement(document, paper)
            if found is not None:
                yield found

    def _against_identifier(self, document: Document, paper: _Paper) -> Finding | None:
        entry = paper.entry
        year = _year_of_venue(entry)
        if entry.venue is None and year is None:
            return None
        stated = _venue_text(entry.venue, year)
        for evidence in (paper.implied, paper.arxiv):
            if evidence is not None and _conflicts(entry.venue, year, evidence):
                if _says_findings(document, entry, evidence):
                    return None  # "(EMNLP2020 Findings)": the Findings, written its own way
                message = f"{_show(entry)} says {stated}, but its {evidence.label} says "
                message += evidence.text() + _findings_note(entry.venue, evidence.venue)
                return self._report(document, paper, message, evidence, [])
        if paper.implied is not None and paper.implied.precise:
            return None  # its own identifier agrees: that settles it
        others = _evidence_of_others(paper)
        if len(others) != 1:
            return None  # none, or identifiers that disagree among themselves
        other, evidence = others[0]
        if not _conflicts(entry.venue, year, evidence):
            return None
        where = _where(other, document.path)
        message = (
            f"{_show(entry)} says {stated} here, but the same paper at {where} links "
            f"{evidence.source}, which says {evidence.text()}"
            + _findings_note(entry.venue, evidence.venue)
        )
        note = f"{evidence.source} says {evidence.text()}"
        return self._report(
            document, paper, message, evidence, [Related(other.path, other.entry.source.line, note)]
        )

    def _against_statement(self, document: Document, paper: _Paper) -> Finding | None:
        """Two entries stating different venues, no identifier to decide: report the later."""
        mine = paper.said
        if mine is None or mine[0] == ARXIV or (paper.implied and paper.implied.precise):
            return None
        if _evidence_of_others(paper):
            return None  # identifiers decide; see _against_identifier
        # The first entry to state a venue is the reference: each later one that differs
        # from it is reported once, against it.
        stated = [
            (other, theirs) for theirs, other in _stated_by_others(paper) if theirs[0] != ARXIV
        ]
        if not stated:
            return None
        other, theirs = min(stated, key=lambda item: item[0].order)
        if other.order > paper.order or not _differ(mine, theirs):
            return None
        where = _where(other, document.path)
        text = _venue_text(*theirs)
        message = (
            f"{_show(paper.entry)} says {_venue_text(*mine)} here, but the same paper at "
            f"{where} says {text}; check which is right"
        )
        related = [Related(other.path, other.entry.source.line, f"says {text}")]
        span = _venue_span(document, paper.entry)
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
        paper: _Paper,
        message: str,
        evidence: _Evidence,
        related: list[Related],
    ) -> Finding:
        entry = paper.entry
        span = _venue_span(document, entry)
        fix = None
        if span is not None and evidence.venue is not None:
            text = _conflict_text(document.text[span[0] : span[1]], entry, evidence)
            if text is not None:
                fix = Fix("unsafe", (Edit(span[0], span[1], text),), f"write {text}")
        if span is not None:
            return self.span_finding(document, span[0], span[1], message, fix=fix, related=related)
        return self.finding(document, entry.source.line, message, related=related)


def _conflict_text(written: str, entry: Entry, evidence: _Evidence) -> str | None:
    """What venue-conflict's fix writes over the venue as written, or None. When the year
    is written elsewhere (its own cell or after the marker), the fix may only change the
    name: writing a year into the marker would leave two years, and the fix would find its
    own conflict again on the next pass."""
    parsed = split_venue_year(written)
    if parsed is not None and parsed.year is not None:
        text = _venue_text(evidence.venue, evidence.year or entry.year)
    elif evidence.venue is not None and evidence.venue != entry.venue:
        text = evidence.venue
    else:
        return None
    return None if text == written else text


def _differ(mine: _Said, theirs: _Said) -> bool:
    if not _same_venue(mine[0], theirs[0]):
        return True
    return mine[1] is not None and theirs[1] is not None and mine[1] != theirs[1]


_FINDINGS = re.compile(r"\bfindings\b", re.IGNORECASE)


def _says_findings(document: Document, entry: Entry, evidence: _Evidence) -> bool:
    """Whether an entry whose id says "Findings of X" and whose parsed venue is X writes
    "Findings" itself (``EMNLP2020 Findings``, ``EMNLP 2020 (Findings)``), outside its URLs."""
    if entry.venue is None or evidence.venue != f"Findings of {entry.venue}":
        return False
    start, end = _entry_region(document, entry)
    text = _WEB_URL.sub(" ", document.text[start:end])
    return _FINDINGS.search(text) is not None


def _findings_note(stated: str | None, implied: str | None) -> str:
    if stated is not None and implied == f"Findings of {stated}":
        return f" (Findings of {stated} is not the main conference)"
    return ""


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
            if not _known(entry.venue) or not entry.venue_raw:
                continue
            if _links_no_paper(entry):
                continue  # "NIPS 2016 lecture videos": an event as it was called, no citation
            span = _venue_span(document, entry)
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
        return _venue_text(venue, year), "is not in its canonical form"
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


RULES: tuple[type[Rule], ...] = (MissingVenue, MissingYear, VenueConflict, VenueFormat)
