"""Citation paragraphs: a paragraph that cites one paper the way a bibliography does,
``**[5]** Simonyan, Karen, and Andrew Zisserman. "**Very deep convolutional networks**."
arXiv preprint arXiv:1409.1556 (2014). [[pdf]](url) **(VGGNet)** :star::star:``.

Such a paragraph is one entry (reading lists number their papers this way, one paragraph
each; a paragraph of several lines that each open with a number holds one entry a line),
and its title is the quoted one: the links only name the file they lead to (``[pdf]``,
``[html]``), so they cannot give the title.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from awesome_ptm.datafiles import load_data
from awesome_ptm.parse._entry import interpret, is_generic_label
from awesome_ptm.parse._inline import Segment, plain, segments
from awesome_ptm.parse._markdown import Node

if TYPE_CHECKING:
    from awesome_ptm.parse._document import Builder

#: A quoted title: straight or curly double quotes around its words; the closing
#: punctuation of the title may sit inside or outside the quotes.
_QUOTED = re.compile(r"[\"“]\s*([^\"“”]{4,400}?)\s*[.,]?\s*[\"”]")
#: A year the citation states (``(2014)``, ``2015.``, ``NIPS. 2015``).
_YEAR = re.compile(r"(?<!\d)(?:19[5-9]\d|20[0-3]\d)(?!\d)")
#: ``[5]``, ``5.``: the paragraph's own numbering, not its authors.
_NUMBER = re.compile(r"\s*(?:\[\d{1,4}\]|\d{1,4}[.)])\s*")
#: The longest link text that still only names a file (``[pdf]``, ``[project page]``).
_LABEL_WORDS = 2
_LABEL_CHARS = 16


@functools.cache
def _author_words() -> tuple[int, frozenset[str]]:
    """How many small-letter words a list of authors may have, and the particles that do
    not count (``data/structure.yaml``)."""
    data = load_data("structure.yaml")
    particles = frozenset(w.casefold() for w in data["citation_author_particles"])
    return int(data["citation_author_lowercase_words"]), particles


def _reads_as_authors(text: str) -> bool:
    """``Simonyan, Karen, and Andrew Zisserman.``, not ``If you find it useful, cite``."""
    most, particles = _author_words()
    words = re.findall(r"[^\W\d_][\w'.-]*", text)
    small = [w for w in words if w[0].islower() and w.rstrip(".").casefold() not in particles]
    return bool(words) and len(small) <= most


def _names_a_file(seg: Segment) -> bool:
    """A link whose text names the file it leads to, not the work (``[pdf]``)."""
    text = seg.text.strip().strip("[]()").strip()
    if not text or is_generic_label(text):
        return True
    return len(text.split()) <= _LABEL_WORDS and len(text) <= _LABEL_CHARS


def citation_title(segs: list[Segment]) -> str | None:
    """The quoted title when ``segs`` read as one citation: authors, then the quoted title,
    a year before the first link, and links that only name files; the citation's ``[n]``
    numbering stands for the authors or the year. Else None."""
    first = next((i for i, s in enumerate(segs) if s.kind == "link"), None)
    if first is None or not all(_names_a_file(s) for s in segs if s.kind == "link"):
        return None
    lead = next((s for s in segs if s.kind != "text" or s.text.strip()), None)
    if lead is not None and lead.kind == "strong" and not _NUMBER.fullmatch(lead.text):
        return None  # ``**Essential GraphRAG**`` / ``*"Authors"*``: the bold line is the title
    before = plain(segs[:first])
    numbered = _NUMBER.match(before)  # (at the start: ``match``)
    if numbered:
        before = before[numbered.end() :]
    match = _QUOTED.search(before)
    if match is None or not (numbered or _YEAR.search(before)):
        return None
    authors = before[: match.start()]
    title = " ".join(match.group(1).split())
    if not (numbered or _reads_as_authors(authors)) or not any(c.isalpha() for c in title):
        return None
    return title.rstrip(".,")


#: ``[5]`` (or ``**[5]**``) opening a paragraph: the number of a reference.
_REF_NUMBER = re.compile(r"\s*\[\d{1,4}\]\s*")


def numbered_citation(segs: list[Segment]) -> list[Segment] | None:
    """The segments of a numbered reference without its number (``[5] A. Vaswani et al.
    Attention is all you need. NeurIPS 2017. [pdf](url)``): the number opens it, a year
    comes before the first link, and the links only name files. Else None."""
    first = next((i for i, s in enumerate(segs) if s.kind == "link"), None)
    if first is None or not all(_names_a_file(s) for s in segs if s.kind == "link"):
        return None
    lead = next((i for i, s in enumerate(segs) if s.kind != "text" or s.text.strip()), first)
    seg = segs[lead]
    if seg.kind == "strong" and _REF_NUMBER.fullmatch(seg.text):
        rest = segs[lead + 1 :]
    elif seg.kind == "text" and (number := _REF_NUMBER.match(seg.text)) is not None:
        rest = [Segment("text", seg.text[number.end() :]), *segs[lead + 1 :]]
    else:
        return None
    return rest if _YEAR.search(plain(segs[:first])) else None


def citation(segs: list[Segment]) -> tuple[list[Segment], str | None] | None:
    """A paragraph citing one paper: the segments to read it from (its number taken off)
    and its quoted title, if any (see :func:`citation_title`, :func:`numbered_citation`);
    None for any other paragraph."""
    title = citation_title(segs)
    rest = numbered_citation(segs)
    if title is None and rest is None:
        return None
    return (segs if rest is None else rest), title


#: A source line that opens a numbered reference (``[5] …``, ``**[5]** …``).
_REF_LINE = re.compile(r"^\s{0,3}(?:\*\*|__)?\[\d{1,4}\]")


class CitationReader:
    """Reads the citation paragraphs of one file into its :class:`Builder`."""

    def __init__(self, doc: Builder) -> None:
        self.doc = doc

    def read(self, segs: list[Segment], node: Node) -> bool:
        """Read a paragraph (``node``, its ``segs``) that cites papers into entries; True
        when it was read so, False when it is no citation."""
        lines = self.doc.lines
        starts = [n for n in range(node.start, node.end + 1) if _REF_LINE.match(lines[n - 1])]
        if len(starts) < 2 or starts[0] != node.start:
            return self._add(segs, node.start, node.end)
        # One reference a line (or a few lines): each read on its own.
        parts = [
            (lo, hi - 1, self._segments("\n".join(lines[lo - 1 : hi - 1])))
            for lo, hi in zip(starts, [*starts[1:], node.end + 1], strict=True)
        ]
        if not all(citation(part) is not None for _, _, part in parts):
            return self._add(segs, node.start, node.end)
        for lo, hi, part in parts:
            self._add(part, lo, hi)
        return True

    def _segments(self, text: str) -> list[Segment]:
        tokens = self.doc.md.parseInline(text)
        return segments(tokens[0].children or []) if tokens else []

    def _add(self, segs: list[Segment], start: int, end: int) -> bool:
        cited = citation(segs)
        if cited is None:
            return False
        rest, title = cited
        draft = interpret(rest)
        if draft is None:
            return False
        draft.title = title or draft.title
        self.doc.add_entry(draft, start, end)
        return True
