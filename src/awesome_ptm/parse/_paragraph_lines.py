"""A paragraph read as entries a line: papers one a line (``Title, NeurIPS 2021
[[Link](url)]<br>``), resources one a line without list markers (``:small_blue_diamond:
[Name](url)<br>``), bold names opening each paper's lines. Each reader takes the paragraph's
lines (see :func:`source_lines_of`) and says whether they are of its shape."""

from __future__ import annotations

import re

from awesome_ptm.parse._decoration import is_decoration
from awesome_ptm.parse._draft import Draft
from awesome_ptm.parse._entry import is_generic_label
from awesome_ptm.parse._inline import Segment, first_visible, plain, split_lines, visible
from awesome_ptm.parse._venue_names import venue_of_tag
from awesome_ptm.venues import find_venue_year, split_venue_year

#: ``[ISSCC 1997][Intelligent RAM (IRAM): chips that remember and compute]``: a tag in
#: brackets, then the title in brackets, neither a link.
_TAG_TITLE_PAIR = re.compile(
    r"\s{0,3}\[(?P<tag>[^\[\]]{2,60})\]\s{0,2}\[(?P<title>[^\[\]]{3,400})\]\s{0,3}"
)
#: The fewest words of such a title.
_PAIRED_TITLE_WORDS = 3


def tagged_title_lines(segs: list[Segment]) -> list[tuple[Draft, int, int]] | None:
    """``![#f03c15](marker)[ISSCC 1997][Intelligent RAM (IRAM): chips that …]<br/>`` on the
    lines of a paragraph: papers without links, one a line (a coloured marker image
    perhaps before them), the venue and year in the first brackets, the title in the
    second, most venues read (``[DAC 2108]``: a typo's line is still a paper); a line of
    words under a paper (``Arch: add logic within DRAM …``) is its note. Each paper with
    the offsets of its first and last line in the paragraph, or None."""
    # (``<br/>`` then the line's end: one source line, two breaks; blank lines left out)
    lines = [line for line in split_lines(segs) if plain(line).strip()]
    papers: list[tuple[Draft, int, int]] = []
    for offset, line in enumerate(lines):
        if any(s.kind not in ("text", "image", "html") for s in line):
            return None
        text = plain([s for s in line if s.kind == "text"])
        found = _TAG_TITLE_PAIR.fullmatch(text)
        if found is None or len(found.group("title").split()) < _PAIRED_TITLE_WORDS:
            if not papers or any(s.kind == "image" for s in line) or "[" in text:
                return None
            draft, first, _ = papers[-1]
            draft.notes.append(text.strip())  # ``Arch: add logic within DRAM …``
            papers[-1] = (draft, first, offset)
            continue
        venue = venue_of_tag(found.group("tag").strip())
        draft = Draft(title=found.group("title").strip(), shape="text-title")
        if venue is not None and venue.year is not None:
            draft.venue = venue
        papers.append((draft, offset, offset))
    read = sum(1 for paper, _, _ in papers if paper.venue is not None)
    return papers if papers and read * 2 >= len(papers) else None


#: The fewest words of a title before its venue on a line of a paragraph of papers.
CITED_TITLE_WORDS = 3


def source_lines_of(segs: list[Segment], raw: list[str]) -> list[list[Segment]] | None:
    """The non-blank lines of a paragraph when there are two or more and each is a line of
    the source (``raw``, the paragraph's source lines: no line wrapped onto the next, but a
    link's text may be, see :func:`line_starts`), else None: what the readers of a paper a
    line below take (split once for all of them)."""
    if len(raw) < 2:
        return None
    lines = [line for line in split_lines(segs) if plain(line).strip()]
    return lines if len(lines) in (len(raw), len(line_starts(raw))) else None


def line_starts(raw: list[str]) -> list[int]:
    """The offsets of the source lines ``raw`` that open a line of the paragraph: all of
    them, but a line that goes on with a link's text the line before opened (``[Stable
    Diffusion`` / ``Ultimate Beginner's Guide](url)<br>``)."""
    starts: list[int] = []
    depth = 0
    for offset, text in enumerate(raw):
        if depth <= 0:
            starts.append(offset)
            depth = 0
        depth += text.count("[") - text.count("]")
    return starts


def cited_lines(lines: list[list[Segment]]) -> list[list[Segment]] | None:
    """``Title, NeurIPS 2021 [[Link](url)]<br>`` on each line of a paragraph (its lines,
    see :func:`source_lines_of`): papers, one a line, each a title closed by its venue and
    year, then only generic links. The lines, or None."""
    for line in lines:
        first = next((i for i, s in enumerate(line) if s.kind == "link"), None)
        if first is None or line[0].kind != "text":
            return None
        if not all(is_generic_label(s.text.strip("[]() ")) for s in line if s.kind == "link"):
            return None
        head = plain(line[:first]).strip().rstrip("[(（").strip()
        found = find_venue_year(head)
        if found is None or found[0].year is None or found[2] < len(head.rstrip(" .,")):
            return None
        if len(head[: found[1]].split()) < CITED_TITLE_WORDS:
            return None
    return lines


#: What may stand between and around the generic links closing a titled line.
_BETWEEN_LINKS = frozenset(" \t[]()|,;/·")


def titled_lines(lines: list[list[Segment]]) -> list[list[Segment]] | None:
    """``ADPO - Reinforcement Learning from Human Feedback with Active Queries [[pdf]](url)``
    on each line of a paragraph (lines kept apart by hard breaks): papers, one a line, each
    a title of a few words in text, then only generic links (``[pdf]``, ``[code]``). The
    lines (one per source line), or None."""
    for line in lines:
        first = next((i for i, s in enumerate(line) if s.kind == "link"), None)
        if first is None or first == 0 or any(s.kind != "text" for s in line[:first]):
            return None
        head = plain(line[:first]).strip().rstrip("[(（").strip()
        if len(head.split()) < CITED_TITLE_WORDS or head.endswith((":", "：")):
            return None
        for seg in line[first:]:
            if seg.kind == "link" and not is_generic_label(seg.text.strip("[]() ")):
                return None
            if seg.kind == "text" and not set(seg.text) <= _BETWEEN_LINKS:
                return None
            if seg.kind not in ("link", "text"):
                return None
    return lines


#: The fewest lines of a paragraph written as a list without markers, some of them
#: remarks (two lines are one only when both are ``[Name](url) - description``).
_LISTED_MIN_LINES = 3
#: The share of those lines that must each open with a resource's link (or its name and a
#: dash before the link): the rest may be remarks (``Check also the Clustering section``).
_LISTED_SHARE = 0.8
#: The most words of a name written before a dash and its link (``Diffusion Maps - [link]``).
_LISTED_NAME_WORDS = 6
#: ``Force-directed graph drawing - ``, ``Image to prompt : ``: a short name and a dash (or
#: a colon) opening a line.
_LISTED_NAME_DASH = re.compile(r"[^\s\[\]()][^\[\]()]{0,60}?(?:\s[-–—]|\s?[:：]|——)\s*$")


def listed_lines(lines: list[list[Segment]]) -> list[list[Segment]] | None:
    """``[RISE](url) - Turn notebooks into presentations.  `` on each line of a paragraph
    (lines kept apart by hard or soft breaks, no list markers): a list of resources written
    as a paragraph, one a line, each opening with its link (not a generic one such as
    ``[Paper]``) or its name and a dash before it (``PCA - [link](url)``). The lines (one
    per source line, ``source_lines`` of them), or None."""
    if not opens_with_resource(lines[0]) and len(lines) - 1 < _LISTED_SHARE * len(lines):
        return None  # (the first line is a remark: too few lines left to be a list)
    listed = sum(1 for line in lines if opens_with_resource(line))
    if len(lines) < _LISTED_MIN_LINES:
        # (two lines: both must be so, ``[Title](url)`` / ``[Author](url), 2020`` is one)
        return lines if listed == len(lines) and all(_described(line) for line in lines) else None
    return lines if listed >= _LISTED_SHARE * len(lines) else None


def _described(line: list[Segment]) -> bool:
    """``[Name](url) - what it is``: a link, then a dash and its description."""
    content = visible(line)
    return (
        len(content) >= 2
        and content[0].kind == "link"
        and content[1].kind == "text"
        and content[1].text.lstrip().startswith(("- ", "– ", "— "))
    )


#: ``[1] ``: a number in square brackets opening a line of a paragraph written as a list.
_BRACKET_NUMBER = re.compile(r"\s{0,3}\[\d{1,3}\]\s{0,3}")


def opens_with_resource(line: list[Segment], colon: bool = True) -> bool:
    """Whether a line opens with a resource's link (not a generic one), or its short name
    and a dash (or, with ``colon``, a colon) before the link (``PCA - [link](url)``,
    ``QM9——[Paper](url)``, ``Image to prompt : [CLIP Interrogator](url)``)."""
    content = visible(line)
    if len(content) > 1 and content[0].kind == "text" and is_decoration(content[0].text):
        content = content[1:]  # (``:small_blue_diamond: [Name](url)<br>``: the list's mark)
    if (
        len(content) > 1
        and content[0].kind == "text"
        and _BRACKET_NUMBER.fullmatch(content[0].text)
    ):
        content = content[1:]  # (``[1] [Title](url)<br>``: the line's number)
    if not content:
        return False
    first = content[0]
    if first.kind == "link":
        return (
            first.style == "inline"
            and bool(first.text.strip())
            and not is_generic_label(first.text.strip("[]() "))
        )
    if first.kind != "text" or len(content) < 2 or content[1].kind != "link":
        return False
    name = first.text.strip()
    if not colon and name.endswith((":", "：")):
        return False  # (``> - Note: [Bitwarden](url) was audited.``: a remark's label)
    return bool(_LISTED_NAME_DASH.fullmatch(first.text.lstrip())) and (
        len(name.split()) <= _LISTED_NAME_WORDS + 1
    )


def venue_tagged_lines(lines: list[list[Segment]]) -> list[list[Segment]] | None:
    """``**[CIKM 2024]** <i>Title</i> [[Paper](url)]`` on each line of a paragraph (lines
    kept apart by hard breaks): papers, one a line, each opening with its venue in bold and
    giving a link. The lines (one per source line), or None."""
    for line in lines:
        first = first_visible(line)
        if first is None or first.kind != "strong" or not any(s.kind == "link" for s in line):
            return None
        found = split_venue_year(first.text.strip().strip("[]【】() ").strip())
        if found is None or found.venue is None:
            return None
    return lines


def bold_led_lines(segs: list[Segment], source_lines: int) -> list[list[list[Segment]]] | None:
    """``**Title** [2023].<br> Names <br>[[PDF](url)]<br>`` on each line of a paragraph: a
    paper a source line, each opening with its bold title, its names and links after
    ``<br>`` breaks. The lines of each paper (one group per source line, ``source_lines``
    of them), or None."""
    if source_lines < 2 or not any(s.kind == "strong" for s in segs):
        return None
    groups: list[list[list[Segment]]] = [[]]
    for line in split_lines(segs):
        if not plain(line).strip() and not any(s.kind == "link" for s in line):
            if groups[-1]:
                groups.append([])  # (``<br>`` then the line's end: the next paper)
            continue
        groups[-1].append(line)
    groups = [group for group in groups if group]
    if len(groups) < 2 or len(groups) != source_lines:
        return None
    for group in groups:
        first = visible(group[0])
        if not first or first[0].kind != "strong":
            return None
    if not all(any(s.kind == "link" for line in group for s in line) for group in groups):
        return None
    return groups


#: The fewest papers a paragraph of bold-opened lines holds (two may be a title and a note).
_BOLD_OPENED_MIN = 3


def bold_opened_groups(segs: list[Segment]) -> list[list[list[Segment]]] | None:
    """``**Tracktor** Philipp Bergmann, … "Tracking without bells and whistles" [[paper]](url)
    <br>`` on each line of a paragraph, a paper's quoted title sometimes running onto the
    next line: a paper for each line opening with a bold name (the lines after it, until
    the next such line, are its), each with a link. The lines of each paper, or None."""
    lead = first_visible(segs)
    if lead is None or lead.kind != "strong":
        return None  # (a cheap test first: the paragraph opens with a bold name)
    groups: list[list[list[Segment]]] = []
    for line in split_lines(segs):
        content = visible(line)
        if not content:
            continue
        if content[0].kind == "strong":
            groups.append([line])
        elif not groups:
            return None
        elif plain(groups[-1][-1]).count('"') % 2:
            # (a quoted title running onto this line: one line of the paper)
            groups[-1][-1] = [*groups[-1][-1], Segment("text", " "), *line]
        else:
            groups[-1].append(line)
    if len(groups) < _BOLD_OPENED_MIN:
        return None
    if not all(any(s.kind == "link" for line in group for s in line) for group in groups):
        return None
    return groups
