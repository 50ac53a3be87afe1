"""PTM101 duplicate-url: one identity link at two places, with the fix that deletes a
later entry that only repeats the first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from awesome_ptm.errors import ConfigError
from awesome_ptm.findings import Edit, Finding, Fix, Related
from awesome_ptm.model import Document, Entry
from awesome_ptm.rules._base import Context, Rule, normalized_title
from awesome_ptm.rules.duplicates._index import (
    EntrySite,
    LinkIndex,
    LinkSite,
    identity_data,
    is_front_page,
    label_key,
    link_index,
    link_key,
)
from awesome_ptm.rules.duplicates._places import (
    SCOPE_NOTES,
    heading_above,
    link_span,
    location,
    quoted,
)
from awesome_ptm.titles import normalize_title

_LIST_ITEM = re.compile(r"^([ \t]*)(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)")


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
            note = SCOPE_NOTES[scope]
            habit = habits.get(site.site.document.path, 0)
            if scope == "section-cross" and habit >= _HABIT:
                severity = "info"  # this list cross-lists on purpose: a note, no warning
                note = f" in another section (this list cross-lists {habit} resources)"
            fix = None
            if site.site.order not in considered:
                considered.add(site.site.order)
                fix = _removal_fix(site.site, first.site)
            column, end_column = link_span(site.link)
            same = "" if first.link.url == site.link.url else f" (as `{first.link.url}`)"
            related = [Related(first.site.document.path, first.link.line, "first listed here")]
            if closest is not first:
                note = f"; again at {location(closest.site, closest.link.line)}{note}"
                related.append(Related(closest.site.document.path, closest.link.line, "again"))
            yield self.finding(
                site.site.document,
                site.link.line,
                f"duplicate link `{site.link.url}`: also at "
                f"{location(first.site, first.link.line)}{same}{note}",
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
                heading_above(site),
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
            column, end_column = link_span(link)
            yield self.finding(
                site.document,
                entry.source.line,
                f"duplicate row {quoted(entry.title)}: the same title and links as "
                f"{location(first)} in the same section",
                column=column,
                end_column=end_column,
                fix=fix,
                related=[
                    Related(first.document.path, first.entry.source.line, "first listed here")
                ],
            )


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
    if not cited or label_key(link.text or "") in identity_data().labels:
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
    mine = heading_above(site.site)
    for other in same_file:
        if other.site.entry.section == entry.section and heading_above(other.site) == mine:
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
        f"remove the duplicate entry (kept at {location(first)})",
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
