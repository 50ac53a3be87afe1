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
from awesome_ptm.parse._apa import names_year_linked_title
from awesome_ptm.parse._draft import Draft
from awesome_ptm.parse._entry import is_generic_label
from awesome_ptm.parse._entry_lines import interpret
from awesome_ptm.parse._inline import Segment, first_visible, is_blank, plain, segments
from awesome_ptm.parse._markdown import Node
from awesome_ptm.parse._names import citation_words, read_names
from awesome_ptm.parse._names_quoted import CITED_YEAR, QUOTED_TITLE
from awesome_ptm.venues import VenueYear, canonical_venue

if TYPE_CHECKING:
    from awesome_ptm.parse._document import Builder

#: ``[5]``, ``5.``: the paragraph's own numbering, not its authors.
_NUMBER = re.compile(r"\s*(?:\[\d{1,4}\]|\d{1,4}[.)])\s*")
#: A DOI or an address shown as a link's text: the paper's identifier, not its name.
_IDENTIFIER_TEXT = re.compile(r"(?:10\.\d{4,9}/\S+|https?://\S+)")
#: The longest link text that still only names a file (``[pdf]``, ``[project page]``).
_LABEL_WORDS = 2
_LABEL_CHARS = 20


@functools.cache
def _author_words() -> tuple[int, frozenset[str]]:
    """How many small-letter words a list of authors may have, and the small words that do
    not count: the name particles, "and" and the words of "et al." (``data/citations.yaml``,
    the word lists every name reader uses)."""
    words = citation_words()
    et_al = {w for phrase in words.et_al for w in re.findall(r"[a-z]+", phrase)}
    particles = words.particles | set(words.and_words) | et_al
    limit = int(load_data("citations.yaml")["author_lowercase_words"])
    return limit, frozenset(particles)


def _reads_as_authors(text: str) -> bool:
    """``Simonyan, Karen, and Andrew Zisserman.``, not ``If you find it useful, cite``."""
    most, particles = _author_words()
    words = re.findall(r"[^\W\d_][\w'.-]*", text)
    small = [w for w in words if w[0].islower() and w.rstrip(".").casefold() not in particles]
    return bool(words) and len(small) <= most


def _names_a_file(seg: Segment) -> bool:
    """A link whose text names the file it leads to, not the work (``[pdf]``)."""
    text = seg.text.strip().strip("[]()").strip()
    if not text or is_generic_label(text) or _IDENTIFIER_TEXT.fullmatch(text):
        return True  # (``doi: [10.1109/MGRS.2020.2976696](https://doi.org/…)``: its DOI)
    return len(text.split()) <= _LABEL_WORDS and len(text) <= _LABEL_CHARS


def citation_title(segs: list[Segment]) -> str | None:
    """The quoted title when ``segs`` read as one citation: authors, then the quoted title,
    a year before the first link, and links that only name files; the citation's ``[n]``
    numbering stands for the authors or the year. Else None."""
    first = next((i for i, s in enumerate(segs) if s.kind == "link"), None)
    if first is None or not any('"' in s.text or "“" in s.text for s in segs[:first]):
        return None  # (no quote before the first link: no quoted title; a cheap test first)
    if not all(_names_a_file(s) for s in segs if s.kind == "link"):
        return None
    lead = first_visible(segs)
    if lead is not None and lead.kind == "strong" and not _NUMBER.fullmatch(lead.text):
        return None  # ``**Essential GraphRAG**`` / ``*"Authors"*``: the bold line is the title
    # (HTML is no text: ``<a name="todo"></a>`` quotes an anchor's name, not a title)
    before = plain([s for s in segs[:first] if s.kind != "html"])
    numbered = _NUMBER.match(before)  # (at the start: ``match``)
    if numbered:
        before = before[numbered.end() :]
    match = QUOTED_TITLE.search(before)
    if match is None or not (numbered or CITED_YEAR.search(before)):
        return None
    authors = before[: match.start()]
    title = " ".join(match.group(1).split())
    closed = match.group(0).rstrip('"”').rstrip()
    if not closed.endswith((".", ",", "?", "!")) and before[match.end() : match.end() + 1] not in (
        ".",
        ",",
        ";",
        ":",
    ):
        return None  # ``“Task Success” is not Enough: …``: a quote inside the title
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
    if first is None:
        return None
    lead = next((i for i, s in enumerate(segs) if not is_blank(s)), first)
    seg = segs[lead]
    # (the number first: it is cheap, and most lines have none)
    if seg.kind == "strong" and _REF_NUMBER.fullmatch(seg.text):
        rest = segs[lead + 1 :]
    elif seg.kind == "text" and (number := _REF_NUMBER.match(seg.text)) is not None:
        rest = [Segment("text", seg.text[number.end() :]), *segs[lead + 1 :]]
    else:
        return None
    if not all(_names_a_file(s) for s in segs if s.kind == "link"):
        return None
    return rest if CITED_YEAR.search(plain(segs[:first])) else None


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
            # ``Names (2026). [Title](url). Venue.``: a reference whose title is the link
            linked = names_year_linked_title(segs)
            if linked is not None:
                self.doc.add_entry(linked, start, end)
            return linked is not None
        rest, title = cited
        draft = interpret(rest)
        if draft is None:
            return False
        draft.title = title or draft.title
        if title is not None:
            fill_citation_fields(draft, rest)
        self.doc.add_entry(draft, start, end)
        return True


# --- The fields around a quoted title ------------------------------------------------------

#: A year written alone (``2015``, ``(2015)``); the first in a venue field is the work's.
_FIELD_YEAR = re.compile(r"\(?(?<![\d.:/])((?:19[5-9]\d|20[0-3]\d))(?!\d|\.\d)\)?")
#: ``2013 IEEE international conference ...``: an edition's year opening the venue field.
_LEADING_YEAR = re.compile(r"^\s*(?:19|20)\d\d\s+(?=\D)")
#: Where a venue's name ends: a sentence, a colon, a comma, a bracket, or a volume number
#: (``Nature 521.7553``, ``ICML. Vol. 14``, ``AAAI Spring Symposium: Lifelong ...``).
_VENUE_END = re.compile(r"\.\s|\.$|:|,|;|\(|\s\d")
#: Where a venue's name ends at the latest: its sentence (``... signal processing. IEEE,``).
_SENTENCE_END = re.compile(r"\.\s|\.$")
#: ``arXiv preprint arXiv:1409.1556``: the paper's id after the venue's name.
_PAPER_ID = re.compile(r"\barXiv:\s{0,3}\d{4}\.\d{4,5}(?:v\d+)?", re.IGNORECASE)
#: ``P.O.``, ``R.``, ``P``: a first name written as initials only.
_INITIALS_ONLY = re.compile(r"(?:[A-Z]\.?\s?-?)+")
#: ``Mordvintsev, Alexander; Olah, Christopher (2015).``: a year after the authors.
_AUTHOR_YEAR = re.compile(r"\(\s{0,3}(?:19|20)\d\d[a-z]?\s{0,3}\)[.,]?$")


@functools.cache
def _field_prefixes() -> tuple[str, ...]:
    """Words that open a venue field without naming the venue (``data/citations.yaml``)."""
    words = load_data("citations.yaml")["venue_field_prefixes"]
    return tuple(sorted((str(w).casefold() for w in words), key=len, reverse=True))


@functools.cache
def _small_words() -> frozenset[str]:
    """Words written in small letters inside a venue's name (``data/citations.yaml``)."""
    return frozenset(str(w) for w in load_data("citations.yaml")["venue_small_words"])


def _without_prefix(text: str) -> str:
    folded = text.casefold()
    for prefix in _field_prefixes():
        if folded.startswith(prefix) and (
            len(text) == len(prefix) or not text[len(prefix)].isalnum() or prefix.endswith(":")
        ):
            return text[len(prefix) :].strip()
    return text


def _title_case(name: str) -> bool:
    """``Google Research``, ``IEEE Signal Processing Magazine``: every word but the small
    ones capitalised, so the field names a venue (not ``An MIT Press book``)."""
    words = name.split()
    if not words or len(words) > 8 or not words[0][0].isupper():
        return False
    return all(w[0].isupper() or w in _small_words() for w in words) and any(
        c.islower() for c in name
    )


def citation_venue(field: str, fallback_year: str = "") -> VenueYear | None:
    """The venue and year of a citation's venue field (the text after its quoted title):
    ``Nature 521.7553 (2015): 436-444.`` → Nature 2015; ``Proceedings of the IEEE Conference
    on Computer Vision and Pattern Recognition. 2015.`` → CVPR 2015; ``ICML. Vol. 14. 2014.``
    → ICML 2014; ``arXiv preprint arXiv:1409.1556 (2014).`` → arXiv 2014. A name no alias
    knows is kept as written only when it is capitalised like one. ``fallback_year`` is the
    text before the title (``Authors (2015). "Title". Venue.``), read when the field has no
    year."""
    text = _LEADING_YEAR.sub("", field.strip().lstrip(".,;: "))
    found = _FIELD_YEAR.search(text)
    if found is None:
        found_before = _FIELD_YEAR.search(fallback_year)
        year = int(found_before.group(1)) if found_before else None
        head = text
    else:
        year = int(found.group(1))
        head = text[: found.start()]
    head = _without_prefix(_PAPER_ID.sub("", head).strip(" .,;:("))
    end = _VENUE_END.search(head)
    first = head[: end.start()].strip() if end else head
    sentence = _SENTENCE_END.search(head)
    whole = head[: sentence.start()] if sentence else head
    venue = None
    for candidate in (head.strip(" .,;:"), whole.strip(" .,;:"), first):
        venue = canonical_venue(candidate) if candidate else None
        if venue is not None:
            break
    if venue is None and _title_case(first):
        venue = first
    if venue is None and year is None:
        return None
    raw = field.strip()
    return VenueYear(venue, year, raw)


def _inverted(last: str, given: str) -> str | None:
    """``Hinton``, ``Geoffrey E.`` → ``Geoffrey E. Hinton`` when they read so."""
    if len(last.split()) != 1 or not given:
        return None
    if len(given) == 1 and given.isupper():
        given += "."  # ``Dollar, P.`` with the list's closing full stop taken off
    name = f"{given} {last}"
    found = read_names(name)
    return name if found is not None and len(found.names) == 1 else None


def citation_authors(text: str) -> list[str] | None:
    """The authors written before a quoted title, first name first: ``Hinton, Geoffrey E.,
    Simon Osindero, and Yee-Whye Teh.`` (the first author inverted), ``Pinheiro, P.O.,
    Collobert, R.`` (each inverted), ``Mordvintsev, Alexander; Olah, Christopher (2015).``,
    ``J. Long, E. Shelhamer, and T. Darrell,``; None unless every part reads as a name."""
    body = text.strip()
    year = _AUTHOR_YEAR.search(body[-16:])  # (a short tail: the year closes the names)
    if year is not None:
        body = body[: max(len(body) - 16, 0) + year.start()]
    body = body.strip(" ,.;")
    if not body:
        return None
    if ";" in body:
        names = []
        for part in body.split(";"):
            last, _, given = part.strip().partition(",")
            name = _inverted(last.strip(), given.strip())
            if name is None:
                return None
            names.append(name)
        return names
    found = read_names(body)
    if found is not None and len(found.names[0].split()) > 1:
        return found.names  # ``W. Xiong, J. Droppo``: the first name is not inverted
    pieces = citation_words().splitter.split(body)
    parts = [p.strip() for p in pieces[::2]]
    et_al = bool(parts) and parts[-1].casefold().replace(" ", "").rstrip(".") in {"etal"}
    if et_al:
        parts = parts[:-1]
    if (
        len(parts) >= 2
        and len(parts) % 2 == 0
        and all(_INITIALS_ONLY.fullmatch(p) for p in parts[1::2])
    ):
        pairs = [_inverted(parts[i], parts[i + 1]) for i in range(0, len(parts), 2)]
        return None if any(p is None for p in pairs) else [p for p in pairs if p]
    if len(parts) < 2:
        return None
    first = _inverted(parts[0], parts[1])
    if first is None:
        return None
    rest = parts[2:]
    if any(len(p.split()) < 2 for p in rest):
        return None  # ``Wu, Schuster, Chen, Le``: surnames alone, nothing says which is which
    if rest:
        more = read_names(", ".join(rest))
        if more is None:
            return None
        return [first, *more.names]
    return [first]


def fill_citation_fields(draft: Draft, segs: list[Segment], *, in_item: bool = False) -> None:
    """Authors before the quoted title and the venue after it, where the reading of the
    paragraph as a whole found none. ``in_item``: a list item's line, where names read
    already stay and a venue no alias knows is taken only with its year (``"Title."
    Razan Baltaji (UIUC) et al.* arXiv.``: names after the title, no venue)."""
    first = next((i for i, s in enumerate(segs) if s.kind == "link"), len(segs))
    before = plain(segs[:first])
    numbered = _NUMBER.match(before)
    if numbered:
        before = before[numbered.end() :]
    match = QUOTED_TITLE.search(before)
    if match is None:
        return
    ahead = before[: match.start()]
    field = before[match.end() :]
    # The names before the quotes read as a citation writes them (``Last, First, and First
    # Last``), or none: another reading of them would turn the inverted name into two.
    if not (in_item and draft.authors):
        draft.authors = citation_authors(ahead) or []
    found = citation_venue(field, ahead)
    if found is None:
        return
    unknown = found.venue is not None and canonical_venue(found.venue) is None
    if in_item and unknown and (_FIELD_YEAR.search(field) is None or "<" in str(found.venue)):
        found = VenueYear(None, found.year, found.raw)
    old = draft.venue
    if old is None or old.venue is None:
        year = old.year if old is not None and old.year is not None else found.year
        draft.venue = VenueYear(found.venue, year, found.raw if found.venue else (old or found).raw)
    elif old.year is None and found.year is not None and found.venue == old.venue:
        # (``"Title." 2022 IEEE Spoken Language Technology Workshop (SLT). IEEE, 2023.``:
        # the venue found in brackets, the year the field closes with)
        draft.venue = VenueYear(old.venue, found.year, old.raw)


#: The most characters before the quoted title of a reference without links (its names).
_REFERENCE_NAMES_MAX = 300
#: The most characters a quoted title spans, its quotes and marks included (the title of
#: :data:`QUOTED_TITLE` is at most 400).
_QUOTED_TITLE_SPAN = 420
#: The fewest words of a quoted reference's title.
_REFERENCE_TITLE_WORDS = 2


def quoted_reference(text: str) -> Draft | None:
    """``Nethercote, Nicholas, and Julian Seward. "Valgrind: a framework for heavyweight
    dynamic binary instrumentation." ACM Sigplan notices. Vol. 42. No. 6. ACM, 2007.``: a
    reference without links the way Google Scholar's MLA writes one, its names (the first
    inverted), its title in double quotes, then the venue field and its year. None unless
    the names read as names and the field states a year."""
    # (the names at most so long, then the title: the search ends past the longest title)
    match = QUOTED_TITLE.search(text, 0, _REFERENCE_NAMES_MAX + _QUOTED_TITLE_SPAN)
    if match is None or match.start() > _REFERENCE_NAMES_MAX:
        return None
    authors = citation_authors(text[: match.start()])
    title = " ".join(match.group(1).split()).rstrip(".,")
    if not authors or len(title.split()) < _REFERENCE_TITLE_WORDS:
        return None
    found = citation_venue(text[match.end() :])
    if found is None or found.year is None:
        return None
    draft = Draft(title=title, authors=authors, venue=found, shape="text-title")
    rest = text[match.end() :].strip()
    if rest:
        draft.notes.append(rest)
    return draft
