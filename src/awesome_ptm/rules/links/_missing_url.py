"""PTM306 missing-url: an entry, or a group item among linked items, without a link, and
the tables, lists and lines that are link-free by design."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator

from awesome_ptm.findings import Finding
from awesome_ptm.model import Document, Layout
from awesome_ptm.rules._base import Context, Rule
from awesome_ptm.rules._conventions import MIN_SAMPLE, MOSTLY, conventions
from awesome_ptm.rules.links._structure import document_structure, table_rows

_LINK_ROLES = ("paper", "code", "link")


class MissingUrl(Rule):
    """An entry with no link at all.

    ## What it does
    Reports entries that carry no URL: a paper title alone on a line
    (``《DeepNet_ Scaling Transformers to 1,000 Layers》``), a list item with only text, and a
    list item without a link of its own that stands among linked items and holds sub-items
    (``- sentencePiece`` above links about it), whose sub-items' links are not its own.

    Exempt: rows of a table that has no link column (paper, code, link) and most of whose
    rows have no link — a table of titles, venues and notes is a reading log, legitimately
    link-free; entries of a file (or top-level section) most of whose entries have no link
    (its convention, see ``rules/_conventions.py``); items of a list that links none of
    them (or, from five items, fewer than most): points and properties, not resources;
    lines that read as sentences (a dozen words, a full stop, ``简介：…``), which describe
    the item above them; link-less groups of a list that has three or more of them (its
    labels: ``- NoSQL Databases`` above its drivers). A list item ending in a colon
    (``- 综述：``) that groups sub-items is a label, not an entry, and is not reported.

    ## Why is this bad
    The reader has to search for the resource; the export has an entry nothing points to,
    and duplicates of it cannot be found by URL.

    ## Example
    ```markdown
    # tokenizer
    - [BPE 算法详解](https://wmathor.com/index.php/archives/1517/)
    - sentencePiece
      - [NLP-sentencepiece](https://zhpmatrix.github.io/2019/04/26/sentencepiece/)
    ```

    ## Fix
    Add the link (the paper's arXiv or ACL Anthology page, the project's repository).
    """

    code = "PTM306"
    name = "missing-url"
    severity = "warning"

    def check(self, document: Document, context: Context) -> Iterable[Finding]:
        structure = document_structure(document, context)
        exempt = self._exempt_rows(document, structure)
        learned = conventions(document, context)
        linked_lines = {e.source.line for e in document.entries if e.links}
        for entry in document.entries:
            if entry.links or entry.identifiers or entry.source.line in exempt:
                continue
            if _is_prose(entry.title):
                continue  # a sentence that describes the item above it: no resource of its own
            if not learned.for_entry(entry, papers=False).links.expected():
                continue  # most entries here have no link: this list does not link them
            if not _list_links(structure, entry.source.line, linked_lines):
                continue  # its own list mostly holds no links: points, properties, notes
            line = document.line_text(entry.source.line)
            column = line.find(entry.title) + 1 if entry.title else 0
            yield self.finding(
                document,
                entry.source.line,
                f"{entry.title!r} has no link; add the URL of the paper or resource",
                column=max(column, 1),
            )
        yield from self._link_less_groups(document, structure)

    @staticmethod
    def _exempt_rows(document: Document, structure: Layout) -> set[int]:
        exempt: set[int] = set()
        all_rows = [e for e in document.entries if e.shape == "table-row"]
        for rows in table_rows(all_rows, structure.tables):
            if not rows or any(role in rows[0].fields for role in _LINK_ROLES):
                continue
            if sum(1 for e in rows if not e.links) * 2 > len(rows):
                exempt.update(e.source.line for e in rows)
        return exempt

    def _link_less_groups(self, document: Document, structure: Layout) -> Iterator[Finding]:
        linked_lines = {e.source.line for e in document.entries if e.links}
        linked_groups = {
            s.source.line
            for s in document.sections
            if s.kind == "linked-item" and s.source.line in linked_lines
        }
        groups = [
            s.source.line
            for s in document.sections
            if s.kind == "list-item"
            and not document.line_text(s.source.line).rstrip().endswith((":", "："))
        ]
        # Lists with three link-less groups or more use them as labels ("- NoSQL Databases"
        # above its drivers): the list's convention, not a missing link.
        per_list = Counter(structure.item_list.get(line) for line in groups)
        for section in document.sections:
            if section.kind != "list-item":
                continue
            line = section.source.line
            if document.line_text(line).rstrip().endswith((":", "：")):
                continue
            list_id = structure.item_list.get(line)
            if list_id is not None and per_list[list_id] >= _LABEL_GROUPS:
                continue
            siblings = structure.list_items.get(list_id, []) if list_id is not None else []
            if not any(s != line and s in linked_lines for s in siblings):
                continue
            # Where the list links its other GROUP items (``- [Ensemble Learning](url)`` over
            # its entries), or the group names a resource (``- sentencePiece``, ``WordPiece``):
            # a topic among plain linked entries (``- Tutorials``) is a label, not a gap.
            if not _names_a_resource(section.title) and not any(
                s != line and s in linked_groups for s in siblings
            ):
                continue
            column = document.line_text(line).find(section.title) + 1
            yield self.finding(
                document,
                line,
                f"list item {section.title!r} has no link of its own, unlike the items "
                "around it; link the resource it names",
                column=max(column, 1),
            )


def _names_a_resource(title: str) -> bool:
    """One word written as a name (``sentencePiece``, ``WordPiece``, ``S3VM``): a capital or
    a digit inside it, unlike a topic word (``Tutorials``)."""
    words = title.split()
    return len(words) == 1 and any(ch.isupper() or ch.isdigit() for ch in words[0][1:])


#: A "title" of this many words or more is a sentence, not a resource's name.
_PROSE_WORDS = 12
_SENTENCE_END = (".", "。", "!", "！", "?", "？")
_PROSE_LEAD = re.compile(r"^\s*(?:简介|介绍|说明|描述|note|notes)\s*[:：]", re.IGNORECASE)


#: How many link-less groups make a list's groups labels rather than entries.
_LABEL_GROUPS = 3


def _list_links(structure: Layout, line: int, linked_lines: set[int]) -> bool:
    """Whether the list an item belongs to links its items: any of them, for a short list;
    most of them, for a list of five items or more (True for a line that is no list item:
    a table row, a paragraph)."""
    list_id = structure.item_list.get(line)
    if list_id is None:
        return True
    items = structure.list_items.get(list_id, [])
    linked = sum(1 for item in items if item in linked_lines)
    if len(items) < MIN_SAMPLE:
        return linked > 0
    return linked >= MOSTLY * len(items)


def _is_prose(title: str) -> bool:
    """Whether an entry's title reads as a sentence or a description (``简介：…``, a line
    that ends with a full stop, a dozen words or more)."""
    text = title.strip()
    if not text:
        return False
    if _PROSE_LEAD.match(text) or text.endswith(_SENTENCE_END):
        return True
    return len(text.split()) >= _PROSE_WORDS or len(text) >= 4 * _PROSE_WORDS
