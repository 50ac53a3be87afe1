"""Rules of the duplicates family (PTM1xx): the same resource listed more than once.

- PTM101 duplicate-url: one canonical link at two places.
- PTM102 duplicate-title: one normalised title on entries with different links (or none).
- PTM103 near-duplicate-title: titles that differ only by a spelling variant or a typo.
- PTM104 same-resource-fragment: links into one resource through different fragments.

All four look at the whole corpus (``check_corpus``), so a duplicate within a file and one
across files are found alike. The first occurrence in corpus order (files in the order given,
then document order) is the original; every later one is reported, with the original as the
related location. The indexes are built once per run through ``Context.memo`` and other
rules may reuse them: :func:`link_index` (links by canonical link) and :func:`title_index`
(entries by normalised title).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import posixpath
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

from awesome_ptm.datafiles import load_data
from awesome_ptm.errors import ConfigError
from awesome_ptm.findings import Edit, Finding, Fix, Related
from awesome_ptm.identity import paper_identifier
from awesome_ptm.model import Document, Entry, Link
from awesome_ptm.rules._base import Context, Rule, normalized_title
from awesome_ptm.titles import CJK_CHAR, normalize_title

#: ``Context.memo`` keys of the shared indexes.
LINK_INDEX = "index:links-by-canonical"
TITLE_INDEX = "index:entries-by-title"

#: Titles shorter than this (after normalisation) are too generic to call duplicates.
MIN_TITLE_LENGTH = 8

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_LIST_ITEM = re.compile(r"^([ \t]*)(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)")


# --- the shared indexes -----------------------------------------------------------------------


@dataclass(eq=False, slots=True)
class EntrySite:
    """An entry with its document, its place in corpus order and its link keys."""

    order: int
    document: Document
    entry: Entry
    keys: frozenset[str]
    #: the keys of its identity links (see :func:`is_identity_link`)
    identity: frozenset[str] = frozenset()


@dataclass(eq=False, slots=True)
class LinkSite:
    """One link of an entry; ``key`` is its identity (see :func:`link_key`); ``identity``
    says whether the link names the entry itself (see :func:`is_identity_link`)."""

    order: int
    site: EntrySite
    link: Link
    key: str
    identity: bool = True


@dataclass(slots=True)
class LinkIndex:
    """Every entry and every link in corpus order, and the links grouped by key (each group
    in corpus order, so ``by_key[key][0]`` is the first occurrence)."""

    entries: list[EntrySite]
    links: list[LinkSite]
    by_key: dict[str, list[LinkSite]]


@dataclass(slots=True)
class TitleIndex:
    """Entries with a usable title (not bare URLs, at least :data:`MIN_TITLE_LENGTH`
    characters once normalised), grouped by normalised title, in corpus order."""

    by_title: dict[str, list[EntrySite]]


def link_key(path: str, canonical: str) -> str:
    """The identity of a link for duplicate detection: its canonical form for absolute URLs;
    relative links are resolved against the file's folder (``#anchors`` against the file),
    since the same relative text in two folders names two resources."""
    if not canonical or canonical.startswith(("https://", "http://")) or _SCHEME.match(canonical):
        return canonical  # (the prefix test first: most links, and no regex)
    path = path.replace("\\", "/")
    if canonical.startswith("#"):
        return path + canonical
    return posixpath.normpath(posixpath.join(posixpath.dirname(path), canonical))


def link_index(context: Context) -> LinkIndex:
    """The corpus's links by key, built once per run."""
    index: LinkIndex = context.memo(LINK_INDEX, lambda: _build_link_index(context))
    return index


def title_index(context: Context) -> TitleIndex:
    """The corpus's entries by normalised title, built once per run."""
    index: TitleIndex = context.memo(TITLE_INDEX, lambda: _build_title_index(context))
    return index


@dataclass(frozen=True, slots=True)
class _IdentityData:
    roles: frozenset[str]
    kinds: frozenset[str]
    profile_hosts: frozenset[str]
    labels: frozenset[str]


@functools.cache
def _identity_data() -> _IdentityData:
    """What ``data/duplicates.yaml`` says about identity links (see its ``identity``)."""
    data: Any = load_data("duplicates.yaml")
    identity = data.get("identity") if isinstance(data, dict) else None
    if not isinstance(identity, dict):
        raise ConfigError("awesome_ptm/data/duplicates.yaml: `identity` must be a mapping")
    return _IdentityData(
        frozenset(identity.get("roles", ())),
        frozenset(identity.get("kinds", ())),
        frozenset(identity.get("profile_hosts", ())),
        frozenset(_label_key(str(label)) for label in identity.get("labels", ())),
    )


_LABEL_JUNK = re.compile(r"[\W_]+")


def _label_key(text: str) -> str:
    """A link text folded for comparison with the label words: ``[[PDF]]``, ``🤗 HF``."""
    return _LABEL_JUNK.sub("", text.casefold())


def _is_navigation(url: str) -> bool:
    """A link inside the list or its repository: an anchor, this file, a relative path (a
    page of the list's own repository, not a resource it lists)."""
    return not (url.startswith(("https://", "http://")) or _SCHEME.match(url))


def is_identity_link(entry: Entry, link: Link) -> bool:
    """Whether ``link`` names the entry itself (its paper, its code, its main link) rather
    than something it mentions: an author's homepage, an organisation's site, a licence, a
    link back to the table of contents, a project it was forked from.

    A table cell's link counts by its column's role (``Link.role``). Without roles, a link
    counts when it is the entry's first link (in a table row: when its text is the row's
    title), when its text is a label such as ``[pdf]``, ``[code]`` or ``[论文地址]``, or when
    it is a bare paper, code or model URL that is not a site's front page or a profile."""
    if _is_navigation(link.url.strip()):
        return False
    data = _identity_data()
    if link.role is not None:
        return link.role in data.roles
    text = _label_key(link.text or link.label or "")
    if text and text in data.labels:
        return True
    if entry.shape == "table-row":
        return bool(text) and text == _label_key(entry.title)
    if link is entry.links[0]:
        return True
    if link.text or link.kind not in data.kinds:
        return False
    return not is_front_page(link.canonical)


def is_front_page(canonical: str) -> bool:
    """Whether a URL is a site's front page or a user's or organisation's profile
    (``github.com/google``, ``huggingface.co/Qwen``): a page many resources share."""
    try:
        parts = urlsplit(canonical)
    except ValueError:
        return False
    segments = [part for part in parts.path.split("/") if part]
    if not segments:
        return True
    host = (parts.hostname or "").removeprefix("www.")
    return len(segments) == 1 and host in _identity_data().profile_hosts


def _build_link_index(context: Context) -> LinkIndex:
    entries: list[EntrySite] = []
    links: list[LinkSite] = []
    by_key: dict[str, list[LinkSite]] = {}
    for document in context.corpus.documents:
        for entry in document.entries:
            keyed = [(link, link_key(document.path, link.canonical)) for link in entry.links]
            site = EntrySite(
                len(entries), document, entry, frozenset(key for _, key in keyed if key)
            )
            entries.append(site)
            own: set[str] = set()
            for link, key in keyed:
                if not key:
                    continue
                identity = is_identity_link(entry, link)
                if identity:
                    own.add(key)
                link_site = LinkSite(len(links), site, link, key, identity)
                links.append(link_site)
                by_key.setdefault(key, []).append(link_site)
            site.identity = frozenset(own)
    return LinkIndex(entries, links, by_key)


def _build_title_index(context: Context) -> TitleIndex:
    by_title: dict[str, list[EntrySite]] = {}
    for site in link_index(context).entries:
        key = title_key(site.entry)
        if key is not None:
            by_title.setdefault(key, []).append(site)
    return TitleIndex(by_title)


def title_key(entry: Entry) -> str | None:
    """The normalised title under which duplicates are found, or None when the entry's title
    says nothing (a bare URL, or fewer than :data:`MIN_TITLE_LENGTH` characters)."""
    if entry.shape == "bare-url":
        return None
    key = normalized_title(entry.title)
    return key if len(key) >= MIN_TITLE_LENGTH else None


#: A title of fewer words than this is a name ("Albert-base", "Homepage", "Qwen 2.5"): two
#: resources may share it, so only a shared identity link makes them duplicates.
MIN_TITLE_WORDS = 4
#: ... and for titles in CJK script, fewer characters than this.
MIN_TITLE_CJK = 8
_TITLE_WORD = re.compile(r"[^\W_]+")


def is_name_title(key: str) -> bool:
    """Whether a normalised title is a short name rather than a descriptive title."""
    cjk = len(CJK_CHAR.findall(key))
    words = [w for w in _TITLE_WORD.findall(CJK_CHAR.sub(" ", key)) if not w.isdigit()]
    return len(words) + cjk / 2 < MIN_TITLE_WORDS and cjk < MIN_TITLE_CJK


# --- helpers shared by the rules --------------------------------------------------------------


def _where(site: EntrySite, line: int | None = None) -> str:
    return f"{site.document.path}:{line if line is not None else site.entry.source.line}"


def _link_span(link: Link) -> tuple[int, int | None]:
    if link.column is None:
        return 1, None
    return link.column, link.column + len(link.url)


def _title_span(document: Document, entry: Entry) -> tuple[int, int | None]:
    """Column span of the title on the entry's first line, when it is written there."""
    text = document.line_text(entry.source.line)
    column = text.find(entry.title) if entry.title else -1
    if column < 0:
        return 1, None
    return column + 1, column + 1 + len(entry.title)


def _quote(title: str) -> str:
    return f"“{title}”"


# --- PTM101 ------------------------------------------------------------------------------------


class DuplicateUrl(Rule):
    """The same resource linked twice.

    ## What it does
    Reports an entry whose identity link was already an identity link of an earlier entry.
    Links are compared by canonical form (``Link.canonical``: tracking parameters and
    WeChat share junk dropped, arXiv ``abs``/``pdf``/versions merged, ``http``/``https``,
    ``www.`` and trailing slashes folded). Only identity links count — the entry's paper,
    code or main link: a table cell's link by its column's role, otherwise the entry's
    first link and links labelled ``[pdf]``, ``[code]``, ``[论文地址]``… (the labels are in
    ``data/duplicates.yaml``). An author's homepage, an organisation's page, a link
    mentioned in a description, anchors and relative links never count. Two entries that
    each name their own, different paper are not duplicates for sharing a code base, and a
    shared front page or profile (``huggingface.co/Qwen``) makes duplicates only of entries
    with the same title.

    How sure it is depends on where the repeat stands:

    - in the same section: an **error** (a slip: nobody lists one thing twice in a row);
    - in another section of the same file: a cross-listing, a **warning** (an **info**
      note when the list cross-lists two resources or more: its habit), and none at all
      with ``allow-cross-listing = true`` in ``[tool.awesome-ptm.rules.duplicate-url]``;
    - in another file: a **warning**;
    - twice in the list's preamble (its related links, often written in two languages):
      an **info** note;
    - twice in one entry (its abstract page and its PDF, a title and a ``[Paper]`` link,
      the title cell and the Code column of a row): nothing; one entry, linked so on
      purpose.

    A table row repeated whole in its section — the same title, the same model cell and
    the same links — is an **error** too, though a model table's download and project links
    are no identity links (two checkpoints of one project share its repository).

    The finding sits on the later link and names the first place (and the closest one).

    ## Why is this bad
    A reader meets the same article twice and wonders whether the entries differ; a curator
    updating one copy forgets the other, and the list's counts are inflated.

    ## Example
    ```markdown
    - [nlp中的词向量对比](https://zhuanlan.zhihu.com/p/56382372)
    - [Transformer 综述](https://mp.weixin.qq.com/s?__biz=Mz&mid=1&idx=1&sn=ab&chksm=01)
    - [词向量对比：word2vec/glove/elmo](https://zhuanlan.zhihu.com/p/56382372/)
    - [Transformer 综述](https://mp.weixin.qq.com/s?__biz=Mz&mid=1&idx=1&sn=ab&chksm=99)
    ```

    ## Fix
    Keep one copy and merge what the other says into it. When the later entry is a whole list
    item, paragraph or table row that only repeats the first one (its links all appear
    there, its title is part of the first one's, and it adds no notes, venue, year, status or
    authors), an **unsafe** fix deletes its lines: a human should confirm which copy stays
    where. A list item with nested items under it is never deleted. Allow intended repeats
    with the config's ``allow`` list.
    """

    code = "PTM101"
    name = "duplicate-url"
    severity = "error"
    fixable = "unsafe"

    def check_corpus(self, context: Context) -> Iterable[Finding]:
        allow_cross = context.options(self).get("allow-cross-listing", False)
        if not isinstance(allow_cross, bool):
            raise ConfigError(
                f"rules.{self.name}.allow-cross-listing: {allow_cross!r} is not true or false"
            )
        index = link_index(context)
        considered: set[int] = set()  # entries whose removal fix was already decided
        earlier: dict[str, list[LinkSite]] = {}
        papers = _paper_keys(index)
        habits = _cross_listing_habits(index)
        reported: set[tuple[int, int]] = set()
        for site in index.links:
            if not site.identity:
                continue
            before = earlier.setdefault(site.key, [])
            # The same entry linking one resource twice (its abstract and its PDF, a title
            # and a [Paper] link, a description that names the link again) is one entry,
            # not two, and linked so on purpose: it is compared with other entries only.
            others = [
                s for s in before if s.site is not site.site and _same_resource(s, site, papers)
            ]
            before.append(site)
            if not others:
                continue
            # The message names the first occurrence in corpus order; the severity comes
            # from the closest one (a repeat in its own section is surely a mistake).
            first = others[0]
            closest, scope = _closest(site, others)
            if scope == "section-cross" and allow_cross:
                continue
            pair = (site.site.order, closest.site.order)
            if pair in reported:
                continue  # one finding per pair of entries (a paper's abstract and PDF)
            reported.add(pair)
            severity = {"section": "error", "preamble": "info"}.get(scope, "warning")
            note = _SCOPE_NOTES[scope]
            habit = habits.get(site.site.document.path, 0)
            if scope == "section-cross" and habit >= _HABIT:
                severity = "info"  # this list cross-lists on purpose: a note, no warning
                note = f" in another section (this list cross-lists {habit} resources)"
            fix = None
            if site.site.order not in considered:
                considered.add(site.site.order)
                fix = _removal_fix(site.site, first.site)
            column, end_column = _link_span(site.link)
            same = "" if first.link.url == site.link.url else f" (as `{first.link.url}`)"
            related = [Related(first.site.document.path, first.link.line, "first listed here")]
            if closest is not first:
                note = f"; again at {_where(closest.site, closest.link.line)}{note}"
                related.append(Related(closest.site.document.path, closest.link.line, "again"))
            yield self.finding(
                site.site.document,
                site.link.line,
                f"duplicate link `{site.link.url}`: also at "
                f"{_where(first.site, first.link.line)}{same}{note}",
                column=column,
                end_column=end_column,
                fix=fix,
                related=related,
                severity=severity,
            )
        yield from self._twin_rows(index, {later for later, _ in reported}, considered)

    def _twin_rows(
        self, index: LinkIndex, reported: set[int], considered: set[int]
    ) -> Iterator[Finding]:
        """Table rows repeated whole in one section: the same title, the same model cell
        and the same links. A model table's links are downloads and project pages, not
        identity links (two checkpoints of one project share them), but a row that repeats
        another's title, model and every link is that row again."""
        seen: dict[tuple[str, tuple[str, ...], int, str, str, frozenset[str]], EntrySite] = {}
        for site in index.entries:
            entry = site.entry
            if entry.shape != "table-row" or not site.keys:
                continue
            title = normalized_title(entry.title)
            if not title:
                continue
            place = (
                site.document.path,
                tuple(entry.section),
                _heading_above(site),
                title,
                # A leaderboard's rows are titled by the paper they cite: two models of one
                # paper are two rows (their model cells differ).
                _subject_key(entry.fields.get("model", "")),
                site.keys,
            )
            first = seen.setdefault(place, site)
            if first is site or site.order in reported:
                continue
            fix = None
            if site.order not in considered:
                considered.add(site.order)
                fix = _removal_fix(site, first)
            link = entry.links[0]
            column, end_column = _link_span(link)
            yield self.finding(
                site.document,
                entry.source.line,
                f"duplicate row {_quote(entry.title)}: the same title and links as "
                f"{_where(first)} in the same section",
                column=column,
                end_column=end_column,
                fix=fix,
                related=[
                    Related(first.document.path, first.entry.source.line, "first listed here")
                ],
            )


#: How each kind of repeat is described (see :func:`_closest`).
_SCOPE_NOTES = {
    "section": " in the same section",
    "section-cross": (
        " in another section (a cross-listing: allow with "
        "`rules.duplicate-url.allow-cross-listing`)"
    ),
    "file": " in another file",
    "preamble": " in the list's preamble (under its title, before the first section)",
}


#: A list with this many cross-listed resources cross-lists on purpose (its convention).
_HABIT = 2


def _paper_keys(index: LinkIndex) -> dict[int, frozenset[str]]:
    """Entry order → the keys of the papers it links (the paper it names, when it is a
    paper entry)."""
    found: dict[int, set[str]] = {}
    for site in index.links:
        if site.link.kind == "paper" and not is_front_page(site.key):
            found.setdefault(site.site.order, set()).add(site.key)
    return {order: frozenset(keys) for order, keys in found.items()}


def _same_resource(a: LinkSite, b: LinkSite, papers: dict[int, frozenset[str]]) -> bool:
    """Whether two entries that share the identity link ``a.key`` are one resource. Not
    when each names its own, different paper (two papers with one code base), nor when the
    shared link is a front page or profile and the titles differ (two models of one
    organisation)."""
    mine, theirs = papers.get(a.site.order), papers.get(b.site.order)
    if mine and theirs and not mine & theirs:
        return False
    if not _same_subject(a, b):
        return False
    if a.link.kind != "paper":
        # A shared code base or project page, while each entry's other own links differ
        # (two models of one repository, each with its own weights): two resources.
        own = _own_resources(a.site) - {a.key}
        other = _own_resources(b.site) - {a.key}
        if own and other and not own & other:
            return False
    if is_front_page(a.key):
        return normalized_title(a.site.entry.title) == normalized_title(b.site.entry.title)
    return True


def _subject_key(text: str) -> str:
    """``text`` without case, spacing or punctuation: "BiDAF (Seo)" is "BIDAF(Seo)"."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _own_resources(site: EntrySite) -> frozenset[str]:
    """The keys of an entry's own links and of its download links: in a model table, two
    rows with one project repository and their own weights are two models."""
    path = site.document.path
    downloads = {
        link_key(path, link.canonical) for link in site.entry.links if link.role == "download"
    }
    return site.identity | {key for key in downloads if key}


def _row_model(site: LinkSite) -> str | None:
    """The model a table row names in its model cell, when it has one."""
    entry = site.site.entry
    if entry.shape != "table-row":
        return None
    return _subject_key(entry.fields.get("model", "")) or None


def _cites(site: LinkSite) -> str | None:
    """The paper a table row cites under its own, other name: the title written as the link's
    text in a paper column (not a label such as ``[pdf]``), when the row's title differs."""
    entry, link = site.site.entry, site.link
    if entry.shape != "table-row" or link.role != "paper":
        return None
    cited = _subject_key(link.text or "")
    if not cited or _label_key(link.text or "") in _identity_data().labels:
        return None
    return cited if cited != _subject_key(entry.title) else None


def _same_subject(a: LinkSite, b: LinkSite) -> bool:
    """Whether two entries sharing a link name one thing. Not when a row names a model and
    cites the shared paper as its source (a leaderboard: two models of one paper, or a
    model's result and the data set's description), nor when two rows under different
    names cite one paper in their paper column (two data sets of one paper)."""
    model_a, model_b = _row_model(a), _row_model(b)
    if (model_a or model_b) and model_a != model_b:
        return False
    if _cites(a) and _cites(b):
        return _subject_key(a.site.entry.title) == _subject_key(b.site.entry.title)
    return True


def _cross_listing_habits(index: LinkIndex) -> dict[str, int]:
    """File path → how many resources it lists in more than one section."""
    sections: dict[tuple[str, str], set[tuple[str, ...]]] = {}
    for site in index.links:
        if site.identity and not is_front_page(site.key):
            where = (site.site.document.path, site.key)
            sections.setdefault(where, set()).add(tuple(site.site.entry.section))
    counts: dict[str, int] = {}
    for (path, _), seen in sections.items():
        if len(seen) > 1:
            counts[path] = counts.get(path, 0) + 1
    return counts


def _heading_above(site: EntrySite) -> int:
    """The line of the last heading before the entry (0: none): two "### Models" headings
    under two languages are two sections, though their titles are alike."""
    line = site.entry.source.line
    lines = [h.line for h in site.document.headings if h.line < line]
    return max(lines, default=0)


def _in_preamble(site: EntrySite) -> bool:
    """Whether an entry stands under the list's title only, before its first section."""
    if len(site.entry.section) > 1:
        return False
    line = site.entry.source.line
    return any(h.level >= 2 and h.line > line for h in site.document.headings)


def _closest(site: LinkSite, others: list[LinkSite]) -> tuple[LinkSite, str]:
    """The earlier occurrence a repeat is reported against, and where it is: in the same
    section ("section"; "preamble" before the list's first section), elsewhere in the same
    file ("section-cross"), in another file ("file")."""
    entry = site.site.entry
    document = site.site.document
    same_file = [s for s in others if s.site.document is document]
    mine = _heading_above(site.site)
    for other in same_file:
        if other.site.entry.section == entry.section and _heading_above(other.site) == mine:
            # The preamble (under the title, before the first section) repeats the list's
            # related links in two languages or as badges: a cross-listing, not a slip.
            return other, "preamble" if _in_preamble(site.site) else "section"
    if same_file:
        return same_file[0], "section-cross"
    return others[0], "file"


def _fold(text: str) -> str:
    return " ".join(normalize_title(text).split())


def _adds_nothing(later: Entry, first: Entry) -> bool:
    """Whether deleting ``later`` loses nothing that ``first`` does not already say."""
    notes = {_fold(note) for note in first.notes}
    if any(_fold(note) not in notes for note in later.notes):
        return False
    if later.venue is not None and later.venue != first.venue:
        return False
    if later.year is not None and later.year != first.year:
        return False
    if later.status is not None and later.status != first.status:
        return False
    authors = {_fold(author) for author in first.authors}
    return all(_fold(author) in authors for author in later.authors)


def _title_within(later: Entry, first: Entry) -> bool:
    """Whether ``later``'s title says nothing that ``first``'s does not (a bare URL's title
    is its URL, which is kept)."""
    if later.shape == "bare-url" or not later.title.strip():
        return True
    return _fold(later.title) in _fold(first.title)


def _indent(line: str) -> int:
    expanded = line.expandtabs(4)
    return len(expanded) - len(expanded.lstrip())


def _removal_fix(later: EntrySite, first: EntrySite) -> Fix | None:
    """Delete ``later``'s lines, when ``later`` only repeats ``first``."""
    if later is first or not later.keys or not later.keys <= first.keys:
        return None
    if not _adds_nothing(later.entry, first.entry) or not _title_within(later.entry, first.entry):
        return None
    span = _entry_lines(later.document, later.entry)
    if span is None:
        return None
    start, end = span
    return Fix(
        "unsafe",
        (Edit(start, end, ""),),
        f"remove the duplicate entry (kept at {_where(first)})",
    )


def _entry_lines(document: Document, entry: Entry) -> tuple[int, int] | None:
    """Offsets of the entry's whole lines (with their line endings), or None when the entry
    is not a unit that can be deleted on its own (a list item with nested items below it)."""
    line, end_line = entry.source.line, entry.source.end_line
    offsets = document.line_offsets()
    count = len(offsets) - 1
    if not 1 <= line <= end_line <= count:
        return None
    if entry.shape != "table-row":
        marker = _LIST_ITEM.match(document.line_text(line))
        if marker is not None:
            # Lines after the entry that are indented under its marker still belong to the
            # list item (nested items, which are entries of their own): keep the item.
            below = next(
                (n for n in range(end_line + 1, count + 1) if document.line_text(n).strip()),
                None,
            )
            if below is not None and _indent(document.line_text(below)) > _indent(marker.group(0)):
                return None
        blank_before = line == 1 or not document.line_text(line - 1).strip()
        if blank_before and end_line + 1 < count and not document.line_text(end_line + 1).strip():
            end_line += 1  # between two blank lines: take one of them along
    start, end = offsets[line - 1], offsets[end_line]
    if end > len(document.text):  # the last line has no line ending: take the one before
        end = len(document.text)
        start = max(0, start - 1)
    return start, end


# --- PTM102 ------------------------------------------------------------------------------------


class DuplicateTitle(Rule):
    """The same title listed twice under different links.

    ## What it does
    Reports entries whose normalised titles (case, full/half width, 《》 and quotes, spacing
    and edge punctuation folded) are equal while they share no link: different primary
    links, or no link on one or both. Entries that share a link are
    ``duplicate-url``'s business, bare-URL entries have no title, and titles shorter than
    8 characters are too generic to tell. Two entries that link different ids of one kind
    (two arXiv ids) are two papers that happen to share a title, and a post and a video
    (main links of different kinds) are two works, and so are two web pages on two sites
    whose addresses do not both spell out the title (a book and the course named after
    it). A title of fewer than
    four words (or eight CJK
    characters) is a name — ``Albert-base``, ``Homepage``, ``Qwen 2.5`` — that different
    resources share: such entries are duplicates only through a shared identity link, which
    duplicate-url reports.

    A short name is still a duplicate in one section when it is one word and both entries'
    main links spell it out whole: ``[dateutil](https://pypi.python.org/pypi/python-dateutil)``
    and, a few items below, ``[dateutil](https://github.com/dateutil/dateutil)`` are one
    project's package page and repository (not "Deep Learning", two books; not two
    ``BERT-base`` download links; not a fork, ``mysqlclient-python``, of the project named).

    Two paper entries (or one-word names) in one section are an **error**; in another
    section of the same file, a cross-listing: a **warning**, and none at all with
    ``allow-cross-listing = true`` in ``[tool.awesome-ptm.rules.duplicate-title]``; in
    another file, or when either is an article or a talk (often cross-posted on purpose),
    a **warning**.

    ## Why is this bad
    Usually one paper or article entered twice (from two sources, or in two sections); the
    copies drift apart, and one of them often lacks the link or the venue.

    ## Example
    ```markdown
    | 《ALBERT: A Lite BERT for Self-supervised Learning of Language Representations》 | ICLR2020 |
    | 《ALBERT: A Lite BERT for Self-supervised Learning of Language Representations》 | 2019 |
    ```

    ## Fix
    Merge the entries into one and keep the best link; if they really are different
    resources (an article cross-posted under two links), say so in the title.
    """

    code = "PTM102"
    name = "duplicate-title"
    severity = "error"

    def check_corpus(self, context: Context) -> Iterable[Finding]:
        allow_cross = context.options(self).get("allow-cross-listing", False)
        if not isinstance(allow_cross, bool):
            raise ConfigError(
                f"rules.{self.name}.allow-cross-listing: {allow_cross!r} is not true or false"
            )
        found: list[Finding] = []
        for key, group in title_index(context).by_title.items():
            if len(group) < 2 or is_name_title(key):
                continue
            first = group[0]
            shared = set(first.keys)
            for later in group[1:]:
                if (
                    not later.keys & shared
                    and not _different_papers(later, first)
                    and not _different_kinds(later, first)
                    and not _results_in_two_tables(later, first)
                    and not _named_alike(later, first)
                ):
                    cross = later.document is first.document and not _same_section(later, first)
                    if not (cross and allow_cross):
                        found.append(
                            self._finding(
                                later,
                                first,
                                _same_section(later, first) and not _article(later, first),
                                cross=cross,
                            )
                        )
                shared |= later.keys
        found.extend(self._names_in_one_section(context))
        found.sort(key=lambda f: (f.path, f.line))
        return found

    def _names_in_one_section(self, context: Context) -> Iterator[Finding]:
        """Entries named alike (a short name: ``dateutil``, ``beets``) in one section under
        two links that both spell out the name (``pypi.org/project/python-dateutil`` and
        ``github.com/dateutil/dateutil``): one project listed twice."""
        groups: dict[tuple[str, tuple[str, ...], int, str], list[EntrySite]] = {}
        labels = _identity_data().labels
        for site in link_index(context).entries:
            entry = site.entry
            if entry.shape == "bare-url" or entry.primary_link is None:
                continue
            key = normalized_title(entry.title)
            if not key or not (len(key) < MIN_TITLE_LENGTH or is_name_title(key)):
                continue  # a descriptive title: the main pass's
            if _label_key(entry.title) in labels:
                continue  # "Code", "Paper", "Homepage": a label, not a name
            place = (site.document.path, tuple(entry.section), _heading_above(site), key)
            groups.setdefault(place, []).append(site)
        for (_, _, _, key), group in groups.items():
            for at, later in enumerate(group[1:], start=1):
                first = next(
                    (
                        other
                        for other in group[:at]
                        # A shared identity link is duplicate-url's; a link both mention
                        # (MusicBrainz, in two descriptions) says nothing.
                        if not other.identity & later.identity and _spelled_out(other, later, key)
                    ),
                    None,
                )
                if first is not None and not _different_papers(later, first):
                    yield self._finding(later, first, True, note=" in the same section")

    def _finding(
        self, later: EntrySite, first: EntrySite, sure: bool, *, cross: bool = False, note: str = ""
    ) -> Finding:
        entry = later.entry
        mine, theirs = entry.primary_link, first.entry.primary_link
        if mine is not None and theirs is not None:
            how = " under a different link"
        elif theirs is not None:
            how = " (there with a link, here without)"
        elif mine is not None:
            how = " (there without a link)"
        else:
            how = ""
        column, end_column = _title_span(later.document, entry)
        return self.finding(
            later.document,
            entry.source.line,
            f"duplicate title {_quote(entry.title)}: also at {_where(first)}{how}{note}"
            + (_SCOPE_NOTES["section-cross"].replace("duplicate-url", self.name) if cross else ""),
            column=column,
            end_column=end_column,
            related=[Related(first.document.path, first.entry.source.line, "first listed here")],
            severity=None if sure else "warning",
        )


def _spelled_out(a: EntrySite, b: EntrySite, key: str) -> bool:
    """Whether ``key`` is one word (a project's name: ``dateutil``, ``mysql-python``; not
    "Deep Learning", which two books share) and both entries' main links spell it out
    whole: a project's package page and its repository (``pypi.org/…/python-dateutil``,
    ``github.com/dateutil/dateutil``). Two checkpoints named "BERT-base" linking two download
    folders do not, nor a fork (``mysqlclient-python``) of the project it names."""
    if len(key.split()) != 1:
        return False
    form = fuzzy_form(key)
    if len(form) < 3:
        return False
    mine, theirs = a.entry.primary_link, b.entry.primary_link
    return (
        mine is not None
        and theirs is not None
        and form in fuzzy_form(mine.url.casefold())
        and form in fuzzy_form(theirs.url.casefold())
    )


def _paper_ids(site: EntrySite) -> dict[str, set[str]]:
    ids: dict[str, set[str]] = {}
    for link in site.entry.links:
        found = paper_identifier(link.url)
        if found is not None:
            ids.setdefault(found.scheme, set()).add(found.value.lower())
    return ids


def _different_papers(a: EntrySite, b: EntrySite) -> bool:
    """Whether two entries link different ids of one scheme (two arXiv ids): two papers
    that share a title ("Diffusion Models in NLP: A Survey", by two teams)."""
    mine, theirs = _paper_ids(a), _paper_ids(b)
    return any(scheme in theirs and not ids & theirs[scheme] for scheme, ids in mine.items())


def _different_kinds(a: EntrySite, b: EntrySite) -> bool:
    """Whether the two entries' main links are of different kinds (a post and a talk that
    share a title, "What are Diffusion Models?"): two works."""
    mine, theirs = a.entry.primary_link, b.entry.primary_link
    return mine is not None and theirs is not None and mine.kind != theirs.kind


def _host(link: Link) -> str:
    try:
        return (urlsplit(link.canonical).hostname or "").removeprefix("www.")
    except ValueError:
        return ""


def _url_carries(url: str, key: str) -> bool:
    """Whether a URL spells out a title's words (``…/powering-search-recommendations-at-
    doordash/``, ``neuralnetworksanddeeplearning.com``)."""
    form = fuzzy_form(url.casefold())
    words = [w for w in _WORD.findall(key) if len(w) > 2]
    return bool(words) and all(w in form for w in words)


def _named_alike(a: EntrySite, b: EntrySite) -> bool:
    """Whether two entries that share a title are two resources named alike: both link a
    web page (no paper, article or talk) on two different sites, and not both addresses
    spell out the title. A book and the course named after it ("Neural Networks and Deep
    Learning" at neuralnetworksanddeeplearning.com and at a university) are two works; one
    post under two addresses that both carry its title is one."""
    mine, theirs = a.entry.primary_link, b.entry.primary_link
    if mine is None or theirs is None or mine.kind != "other" or theirs.kind != "other":
        return False
    if _host(mine) == _host(theirs):
        return False
    key = normalized_title(a.entry.title)
    return not (_url_carries(mine.url, key) and _url_carries(theirs.url, key))


def _same_section(a: EntrySite, b: EntrySite) -> bool:
    return a.document is b.document and a.entry.section == b.entry.section


def _results_in_two_tables(a: EntrySite, b: EntrySite) -> bool:
    """Whether both entries are leaderboard rows (a row naming its model, titled by the paper
    it cites) in two sections: one paper cited by the result tables of two data sets."""
    return not _same_section(a, b) and all(
        site.entry.shape == "table-row" and site.entry.fields.get("model", "").strip()
        for site in (a, b)
    )


def _article(a: EntrySite, b: EntrySite) -> bool:
    """Whether either entry is an article or a video: a post and its talk, or one article
    cross-posted on two sites, share a title on purpose more often than papers do."""
    kinds = {"article", "video", "slides"}
    return any(
        site.entry.primary_link is not None and site.entry.primary_link.kind in kinds
        for site in (a, b)
    )


# --- PTM103 ------------------------------------------------------------------------------------

#: Blocking: each title is filed under every pair of its _RAREST rarest tokens (words cut to
#: _STEM letters, CJK bigrams); a block of more than _MAX_BLOCK titles is searched with a
#: sliding window of _WINDOW instead.
_RAREST = 5
_STEM = 5
_MAX_BLOCK = 200
_WINDOW = 32
#: Forms shorter than this are not compared (too little to tell a typo from another word).
_MIN_FORM = 5
#: Where two titles differ, the differing stretches must be spellings of one another: words
#: at least this similar (``fuzz.ratio``; "optimized"/"optimised" 89, "models"/"model" 91,
#: "albert"/"bert" 80, "bert"/"bart" 75), or an insertion at most _MAX_ADDED wide (a CJK
#: character counts 2: "the", "的"), so "…论文笔记" or "入门介绍"/"再次入门" stay apart.
_SPELLING = 85
_MAX_ADDED = 3
#: Word endings that make an inflection of a word rather than another word ("long"/"longer",
#: "model"/"modeling"), unlike a prefix ("bert"/"albert").
_INFLECTIONS = frozenset({"s", "es", "d", "ed", "r", "er", "ers", "ing", "ings"})
_WORD = re.compile(r"[^\W_]+")
_NOT_ALNUM = re.compile(r"[\W_]+")
_ASCII_NOT_ALNUM = bytes(byte for byte in range(128) if not chr(byte).isalnum())
_JOINERS = re.compile(r"(?<=\w)[-_.'’](?=\w)")
_JOINER_CHARS = frozenset("-_.'’")
_LATIN_WORD = re.compile(r"[a-z]+")
_PART = re.compile(r"[(\[【]\s*([^\s()\[\]【】])\s*[)\]】]|(\S)篇")


@dataclass(frozen=True, slots=True)
class _Series:
    numerals: re.Pattern[str]
    words: frozenset[str]
    parts: frozenset[str]
    #: numerals and whole words in one scan: what ``numerals.findall`` finds, then the runs
    #: of ``_LATIN_WORD`` that are ``words``, in the order of the text (sorted afterwards)
    numbers_and_words: re.Pattern[str]


@functools.cache
def _series() -> _Series:
    """The series markers of ``data/duplicates.yaml``, read and checked on first use."""
    where = "awesome_ptm/data/duplicates.yaml"
    data: Any = load_data("duplicates.yaml")  # the C loader when PyYAML has it
    series = data.get("series") if isinstance(data, dict) else None
    if not isinstance(series, dict):
        raise ConfigError("`series` must be a mapping", where)
    chars, words, parts = (series.get(k) for k in ("numeral_chars", "words", "part_chars"))
    if not isinstance(chars, str) or not isinstance(parts, str):
        raise ConfigError("`series.numeral_chars` and `series.part_chars` must be strings", where)
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        raise ConfigError("`series.words` must be a list of strings", where)
    numerals = re.compile(r"\d+" + (f"|[{re.escape(chars)}]+" if chars else ""))
    folded = frozenset(w.casefold() for w in words)
    # A word is found where a whole run of [a-z] is that word (the lookarounds make the run
    # maximal, as _LATIN_WORD's); a word with other characters can never be such a run.
    latin = sorted(w for w in folded if w and _LATIN_WORD.fullmatch(w))
    alternatives = [numerals.pattern]
    if latin:
        alternatives.append(f"(?<![a-z])(?:{'|'.join(map(re.escape, latin))})(?![a-z])")
    return _Series(numerals, folded, frozenset(parts), re.compile("|".join(alternatives)))


@functools.cache
def _insertions() -> frozenset[str]:
    """The words ``data/duplicates.yaml`` lets near-identical titles add or drop."""
    data: Any = load_data("duplicates.yaml")
    words = data.get("insertions") if isinstance(data, dict) else None
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        where = "awesome_ptm/data/duplicates.yaml"
        raise ConfigError("`insertions` must be a list of strings", where)
    return frozenset(w.casefold() for w in words)


def _markers(key: str) -> tuple[str, ...]:
    """What tells installments and versions apart: numbers, numerals, part words."""
    series = _series()
    # Digits, CJK numerals and Latin letters are disjoint: one scan finds each kind's matches.
    found = series.numbers_and_words.findall(key)
    if "篇" in key or "(" in key or "[" in key or "【" in key:  # what _PART needs
        for match in _PART.finditer(key):
            part = match.group(1) or match.group(2)
            if part in series.parts:
                found.append(part)
    return tuple(sorted(found))


def fuzzy_form(key: str) -> str:
    """A normalised title with everything but letters and digits dropped, so that
    "Pre-training", "Pretraining" and "Pre training" compare equal."""
    # ``[\W_]`` is exactly the characters for which str.isalnum() is false; in ASCII those are
    # all but [A-Za-z0-9], which bytes.translate deletes three times faster than the regex.
    if key.isascii():
        return key.encode("ascii").translate(None, _ASCII_NOT_ALNUM).decode("ascii")
    return _NOT_ALNUM.sub("", key)


def _wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in "WF"


def _width(text: str) -> int:
    return sum(2 if _wide(ch) else 1 for ch in text)


def _runs(key: str) -> Iterator[tuple[bool, str]]:
    """The letters and digits of a normalised title in runs, CJK (wide) or not."""
    for word in _WORD.findall(key):
        if word.isascii():  # no ASCII character is wide: skip the per-character lookup
            yield False, word
            continue
        for wide, run in itertools.groupby(word, key=_wide):
            yield wide, "".join(run)


def _tokens(key: str) -> list[str]:
    """Words of a normalised title; a CJK character is a word of its own."""
    tokens: list[str] = []
    for wide, run in _runs(key):
        tokens.extend(run if wide else [run])
    return tokens


def _block_tokens(key: str) -> set[str]:
    """What blocking compares: the first letters of each word (hyphens and dots inside words
    dropped), which spelling variants and plurals keep ("optimized"/"optimised",
    "pre-training"/"pretraining", "dialogue"/"dialog"), and, in CJK text, character bigrams."""
    # Nothing to join (no joiner character at all): skip the regex's scan of every position.
    joined = _JOINERS.sub("", key) if _JOINER_CHARS.intersection(key) else key
    if joined.isascii():  # no wide characters: every run is a word, cut to its stem
        return {word[:_STEM] for word in _WORD.findall(joined)}
    tokens: set[str] = set()
    for wide, run in _runs(joined):
        if wide and len(run) > 1:
            tokens.update(run[i : i + 2] for i in range(len(run) - 1))
        else:
            tokens.add(run[:_STEM])
    return tokens


def _inflection(a: str, b: str) -> bool:
    short, long = sorted((a, b), key=len)
    return long.startswith(short) and long[len(short) :] in _INFLECTIONS


def _spelling_only(a: str, b: str) -> bool:
    """Whether two normalised titles differ only in spelling: every stretch of words that
    differs is a near-identical spelling or a small insertion, and the series markers
    (numbers, numerals, parts) agree."""
    if _markers(a) != _markers(b):
        return False
    return _words_differ_in_spelling(a, b)


def _words_differ_in_spelling(a: str, b: str) -> bool:
    """The part of :func:`_spelling_only` after the series markers (known to agree)."""
    left, right = _tokens(a), _tokens(b)
    mine: list[str] = []
    theirs: list[str] = []
    for op in [*Indel.opcodes(left, right), None]:
        if op is not None and op.tag != "equal":
            mine += left[op.src_start : op.src_end]
            theirs += right[op.dest_start : op.dest_end]
            continue
        # The end of a stretch of differences (adjacent insertions and deletions).
        if not mine or not theirs:
            added = mine or theirs
            # A small filler word ("the", "的") added; another word ("UVA", "XL") names
            # another work.
            if _width("".join(added)) > _MAX_ADDED or not _insertions().issuperset(added):
                return False
        elif fuzz.ratio("".join(mine), "".join(theirs)) < _SPELLING and not _inflection(
            "".join(mine), "".join(theirs)
        ):
            return False
        mine, theirs = [], []
    return True


def _blocks(keys: list[str]) -> list[list[int]]:
    """The blocks: titles (by index, ascending) that share two of their rarest tokens (one,
    for titles of one or two tokens)."""
    tokens = [_block_tokens(key) for key in keys]
    frequency = Counter(token for each in tokens for token in each)
    # Each token's rank, rarest first (ties by the token): a title's rarest tokens are then
    # its smallest ranks, sorted as plain ints rather than by a (count, token) key each time.
    rank = {
        token: n
        for n, token in enumerate(sorted(frequency, key=lambda token: (frequency[token], token)))
    }
    count = len(rank)
    blocks: dict[int, list[int]] = {}
    for number, each in enumerate(tokens):
        rarest = sorted(map(rank.__getitem__, each))[:_RAREST]
        # Two shared tokens for titles of three or more, one for shorter titles. A block is
        # named by its tokens' ranks as one int (a pair: a·count + b; one token: -1 - a).
        if len(rarest) > 2:
            names: Iterable[int] = (a * count + b for a, b in itertools.combinations(rarest, 2))
        else:
            names = (-1 - a for a in rarest)
        for name in names:
            members = blocks.get(name)
            if members is None:
                blocks[name] = [number]
            else:
                members.append(number)
    return list(blocks.values())


def _candidates(keys: list[str], forms: list[str], series: list[int]) -> Iterator[tuple[int, int]]:
    """Candidate pairs ``(i, j)``, ``i < j``, each once: titles that share a block (in a
    block of more than :data:`_MAX_BLOCK` titles, only titles at most :data:`_WINDOW` apart
    in alphabetical order) and have the same series markers (``series`` numbers the
    distinct markers). Pairs whose markers differ are left out here rather than scored:
    :func:`_spelling_only` would reject them, and on lists whose titles carry numbers they
    are nearly all of the pairs."""
    seen: set[int] = set()
    count = len(keys)
    # A title whose markers no other title has ("… 17") pairs with nothing: it still counts
    # towards its blocks' sizes and window positions, but is never grouped or paired.
    sharing = Counter(series)
    paired = [sharing[s] > 1 for s in series]
    if sum(paired) < 2:
        return  # every title's markers are its own ("… 1", "… 2", …): no pair to find
    for members in _blocks(keys):
        if len(members) < 2:
            continue
        if sum(map(paired.__getitem__, members)) < 2:
            continue
        if len(members) <= _MAX_BLOCK:
            by_series: dict[int, list[int]] = {}
            for number in members:
                if paired[number]:
                    by_series.setdefault(series[number], []).append(number)
            pairs: Iterable[tuple[int, int]] = (
                pair
                for group in by_series.values()
                for pair in itertools.combinations(group, 2)  # members are ascending
            )
        else:
            pairs = _window_pairs(members, forms, series, paired)
        for i, j in pairs:
            code = i * count + j
            if code not in seen:
                seen.add(code)
                yield i, j


def _window_pairs(
    members: list[int], forms: list[str], series: list[int], paired: list[bool]
) -> Iterator[tuple[int, int]]:
    """A crowded block (many titles made of the same few words): each title with the next
    :data:`_WINDOW` titles in alphabetical order only, so that no block costs n² — of those,
    the ones with the same series markers, found without visiting the others. Positions count
    every member; only ``paired`` ones (markers shared with another title) are visited."""
    ordered = sorted(members, key=lambda n: (forms[n], n))
    positions: dict[int, list[int]] = {}
    for at, number in enumerate(ordered):
        if paired[number]:
            positions.setdefault(series[number], []).append(at)
    for group in positions.values():
        for index, at in enumerate(group):
            stop = bisect.bisect_right(group, at + _WINDOW, index + 1)
            for other_at in group[index + 1 : stop]:
                number, other = ordered[at], ordered[other_at]
                yield min(number, other), max(number, other)


def similar_titles(
    keys: list[str], threshold: float, forms: list[str] | None = None
) -> dict[int, dict[int, float]]:
    """Pairs of normalised titles whose letters-and-digits forms (:func:`fuzzy_form`, which
    must be distinct) reach ``threshold`` on ``fuzz.ratio`` and that differ only in
    spelling, as ``{i: {j: score}}`` (both ways). Only candidates from blocking are compared;
    see :class:`NearDuplicateTitle`. ``forms``, when the caller has them, are the keys'
    :func:`fuzzy_form`."""
    if forms is None:
        forms = [fuzzy_form(key) for key in keys]
    lengths = [len(form) for form in forms]
    numbering: dict[tuple[str, ...], int] = {}
    series = [numbering.setdefault(_markers(key), len(numbering)) for key in keys]
    least = threshold / 200  # the shorter form's least share of both lengths
    pairs: dict[int, dict[int, float]] = {}
    for i, j in _candidates(keys, forms, series):
        a, b = lengths[i], lengths[j]
        if min(a, b) < least * (a + b):  # the lengths alone keep the score below threshold
            continue
        score = fuzz.ratio(forms[i], forms[j], score_cutoff=threshold)
        # The markers agree (see _candidates): the rest of _spelling_only decides.
        if score and _words_differ_in_spelling(keys[i], keys[j]):
            pairs.setdefault(i, {})[j] = score
            pairs.setdefault(j, {})[i] = score
    return pairs


class NearDuplicateTitle(Rule):
    """Two titles that differ only by a spelling variant, a typo or punctuation.

    ## What it does
    Compares the titles of entries that are not exact duplicates (``duplicate-title``)
    and share no link (``duplicate-url``). Each title is normalised (``normalize_title``)
    and reduced to its letters and digits, so hyphens, spaces and punctuation never count;
    two titles are reported when rapidfuzz's ``fuzz.ratio`` of these forms reaches
    ``threshold`` (default 92; ``[tool.awesome-ptm.rules.near-duplicate-title]``) and where
    they differ, they differ only in spelling. ``fuzz.ratio``, not ``token_sort_ratio``: word
    order is part of a title, Chinese titles have no spaces to make tokens of, and sorting
    tokens lifts unrelated titles that share vocabulary ("Pre-trained Models for Natural
    Language Processing: A Survey" / "Revisiting Pre-Trained Models for Chinese Natural
    Language Processing": 78 with ``ratio``, 84 with ``token_sort_ratio``). 92 allows about
    one changed character in 25 ("Optimized"/"Optimised", a dropped "的", a typo) and keeps
    "Transformer" / "Transformer-XL" (91.7) apart.

    "Only in spelling" means: every stretch of words where the titles differ is a
    near-identical spelling of the other side ("optimized"/"optimised", "models"/"model";
    not "sentence"/"text", "ALBERT"/"BERT" or one CJK character for another) or an
    insertion of at most 3 characters of filler words (``insertions`` in
    ``data/duplicates.yaml``; a CJK character counts 2: "the", "的"; not "论文笔记", which
    turns a paper into notes on it, nor "UVA" or "XL", which name another course or
    model), and the titles' numbers, numerals and part words
    agree (``data/duplicates.yaml``: "（第一部分）" / "（第二部分）", "GPT-2" / "GPT-3",
    "Part I" / "Part II", "（上）" / "（下）"). Bare-URL entries and titles shorter than 8
    characters are skipped.

    Not all pairs are compared. Titles with the same letters-and-digits form (they differ
    only in punctuation) are grouped, and candidate pairs come from blocking on rare tokens:
    a title's tokens are the first 5 letters of its words (hyphens inside words dropped),
    which spelling variants keep ("optimized"/"optimised", "pre-training"/"pretraining"),
    and, in Chinese, its character bigrams. Tokens are ranked by how many titles of the
    corpus hold them, and each title is filed under every pair of its 5 rarest tokens (at most
    10 blocks; a title of one or two tokens under each). Titles that differ only in spelling
    share most tokens, and a misspelling only adds tokens rarer than the rest, so two
    near-duplicates share a block unless more than three of their rarest tokens differ. A
    block holds titles that share two rare tokens, so blocks are small; a block of more than
    200 titles (formulaic titles made of the same few words) is searched with a sliding
    window of 32 over its titles in alphabetical order. Each title sits in at most 10 blocks
    and a block of b titles yields at most 100·b candidate pairs, so there are at most 1000·n
    of them (in practice a few per title), never n²; each is cut by length before
    ``fuzz.ratio`` runs.

    Two titles that are both short names (fewer than four words) are not reported: names
    alike are mostly two resources (``MMLU-Pro``/``MMLU-ProX``, ``Chinese NLP``/
    ``chinese_nlp``), and only a shared identity link, which duplicate-url reports, makes
    them one.

    ## Why is this bad
    The same paper entered twice from two sources, with the title typed slightly
    differently, escapes exact matching; the copies drift apart.

    ## Example
    ```markdown
    - [RoBERTa: A Robustly Optimized BERT Pretraining Approach](https://arxiv.org/abs/1907.11692)
    - [RoBERTa: A Robustly Optimised BERT Pre-training Approach](https://openreview.net/forum?id=SyxS0T4tvS)
    ```

    ## Fix
    Merge the entries, or, when they are different works, allow the pair in the config.
    """

    code = "PTM103"
    name = "near-duplicate-title"
    severity = "warning"

    def threshold(self, context: Context) -> float:
        value = context.options(self).get("threshold", 92)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value <= 100:
            raise ConfigError(
                f"rules.{self.name}.threshold: expected a number above 0 and at most 100, "
                f"got {value!r}"
            )
        return float(value)

    def check_corpus(self, context: Context) -> Iterable[Finding]:
        threshold = self.threshold(context)
        # The first entry of each normalised title stands for it: later ones are exact
        # duplicates, which duplicate-title or duplicate-url report.
        by_form: dict[str, list[tuple[str, EntrySite]]] = {}
        for key, group in title_index(context).by_title.items():
            form = fuzzy_form(key)
            if len(form) >= _MIN_FORM:
                by_form.setdefault(form, []).append((key, group[0]))
        groups = list(by_form.values())
        pairs: dict[int, dict[int, float]] = context.memo(
            f"duplicates:similar-titles:{threshold}",
            lambda: similar_titles([group[0][0] for group in groups], threshold, list(by_form)),
        )
        number = {site.order: n for n, group in enumerate(groups) for _, site in group}
        for site in sorted((site for group in groups for _, site in group), key=_order):
            if len(groups[number[site.order]]) == 1 and number[site.order] not in pairs:
                continue  # alone with its form and similar to none: nothing to compare
            choices = [(number[site.order], 100.0), *pairs.get(number[site.order], {}).items()]
            match = min(
                (
                    (other.order, other, score)
                    for n, score in choices
                    for _, other in groups[n]
                    if other.order < site.order and not other.keys & site.keys
                ),
                key=lambda found: found[0],
                default=None,
            )
            if match is not None and not (
                is_name_title(normalized_title(site.entry.title))
                and is_name_title(normalized_title(match[1].entry.title))
            ):
                # Two short names alike ("MMLU-Pro" / "MMLU-ProX", "Chinese NLP" /
                # "chinese_nlp") are mostly two resources: as for duplicate-title, only a
                # shared identity link (duplicate-url) makes them one.
                yield self._finding(site, match[1], match[2])

    def _finding(self, site: EntrySite, other: EntrySite, score: float) -> Finding:
        entry = site.entry
        if score >= 100:
            how = "differs only in punctuation or spacing from"
        else:
            how = f"is {math.floor(score)}% similar to"
        column, end_column = _title_span(site.document, entry)
        return self.finding(
            site.document,
            entry.source.line,
            f"title {_quote(entry.title)} {how} {_quote(other.entry.title)} at {_where(other)}",
            column=column,
            end_column=end_column,
            related=[Related(other.document.path, other.entry.source.line, "similar title here")],
        )


def _order(site: EntrySite) -> int:
    return site.order


# --- PTM104 ------------------------------------------------------------------------------------


def _without_fragment(key: str) -> str | None:
    """The resource a web link points into, or None for links this rule ignores (not http,
    or a ``#/route`` / ``#!route`` fragment, which names a page of its own)."""
    if not key.startswith(("https://", "http://")):
        return None
    base, hash_sign, fragment = key.partition("#")
    if hash_sign and fragment.startswith(("/", "!")):
        return key
    return base


class SameResourceFragment(Rule):
    """Two links into the same page through different fragments.

    ## What it does
    Reports a link whose canonical form equals an earlier link's except for the fragment
    (``https://github.com/x/y`` and ``https://github.com/x/y#usage``), within a file or across
    files. Each new fragment is reported once, against the first link into the resource;
    exact repeats are ``duplicate-url``'s. Fragments that are routes (``#/page``,
    ``#!page``) name pages of their own and are left alone, and so are entries that each
    link another section of one page (``clustering.html#k-means`` under
    ``clustering.html#clustering``: a contents into a manual, one topic per entry). What is
    reported is a page and a section of it.

    ## Why is this bad
    It is not a duplicate (awesome-lint treats the links as different), but often the same
    resource listed twice, once pointing at a section. Worth a look; hence only info.

    ## Example
    ```markdown
    - https://github.com/tomohideshibata/BERT-related-papers
    - BERT论文合集 https://github.com/tomohideshibata/BERT-related-papers#domain-specific
    ```

    ## Fix
    Keep one entry (pointing at the section if that is the point), or allow the pair.
    """

    code = "PTM104"
    name = "same-resource-fragment"
    severity = "info"

    def check_corpus(self, context: Context) -> Iterable[Finding]:
        return self._findings(link_index(context))

    def _findings(self, index: LinkIndex) -> Iterator[Finding]:
        first_into: dict[str, LinkSite] = {}
        seen: dict[str, set[str]] = {}
        for site in index.links:
            base = _without_fragment(site.key)
            if base is None:
                continue
            first = first_into.setdefault(base, site)
            keys = seen.setdefault(base, set())
            if site.key in keys:
                continue
            keys.add(site.key)
            if first is site or first.site is site.site:
                continue  # one entry linking a repository and its section: deliberate
            if "#" in first.key and "#" in site.key:
                continue  # two sections of one page (a contents into a manual): two topics
            column, end_column = _link_span(site.link)
            yield self.finding(
                site.site.document,
                site.link.line,
                f"`{site.link.url}` points into the same resource as `{first.link.url}` "
                f"at {_where(first.site, first.link.line)} (different fragment)",
                column=column,
                end_column=end_column,
                related=[Related(first.site.document.path, first.link.line, "linked here")],
            )


RULES: tuple[type[Rule], ...] = (
    DuplicateUrl,
    DuplicateTitle,
    NearDuplicateTitle,
    SameResourceFragment,
)
