"""From inline segments to an entry draft: title, links with labels, venue, year, notes.

One head line is read by :func:`interpret_head` (the shapes of a list item); a paragraph of
several lines by :func:`interpret_lines` (description line, bare URL lines, ``label：url``
lines, a label line with its URL on the next line).
"""

from __future__ import annotations

import re

from awesome_ptm.parse._citation import (
    by_names,
    credited_by,
    date_after_names,
    read_text_citation,
    slot_names,
    split_title_names,
    term_year,
    venue_dash_date,
)
from awesome_ptm.parse._draft import Draft as Draft  # (re-exported)
from awesome_ptm.parse._draft import LinkDraft as LinkDraft
from awesome_ptm.parse._inline import ARXIV_ID, Segment, plain, split_lines
from awesome_ptm.parse._names import loose_names, plain_names
from awesome_ptm.parse._names import split_authors as split_authors  # (re-exported)
from awesome_ptm.parse._vocabulary import column_role, is_language_tag, is_link_label
from awesome_ptm.titles import unwrap_title_brackets
from awesome_ptm.venues import VenueYear, canonical_venue, find_venue_year, split_venue_year

_SEPARATORS = " \t-–—:：,，;；|·•/、➡️→>"
_LABEL_MAX = 24
_BOOK_TITLE = re.compile(r"《([^《》]+)》")
_LATIN_WORDS = re.compile(r"[A-Za-z][A-Za-z\-']+")
_NUMBERING = re.compile(r"^\s*\d+[.)、]\s*")
_EMPTY_BRACKETS = re.compile(r"\[\s*\[\s*\]\s*\]|\[\s*\]|\(\s*\)|（\s*）|\(\s*）|（\s*\)")
_SPACES = re.compile(r"[ \t]+")
_YEAR = re.compile(r"^(19[5-9]\d|20[0-3]\d)$")


def is_generic_label(text: str) -> bool:
    """Link text such as ``pdf``, ``code``, ``[web]`` or ``论文链接`` names the link, not
    the entry."""
    word = text.strip().strip("[]【】").strip()
    return column_role(word) in ("paper", "code", "link") or is_link_label(word)


def clean_label(text: str) -> str | None:
    """``论文链接：`` → ``论文链接``; empty → None."""
    label = _NUMBERING.sub("", text).strip().strip(_SEPARATORS).strip()
    return label or None


def clean_note(text: str) -> str:
    """What is left of a line once title, venue and links are taken out, tidied: empty
    brackets, the halves of brackets that held a link, separators at the ends."""
    text = _EMPTY_BRACKETS.sub("", text)
    text = _SPACES.sub(" ", text)
    # Trim ``text[lo:hi]`` from both ends until nothing changes: spaces and separators, a
    # closing bracket at the start that closes nothing, an opening one at the end that is
    # never closed. The bracket counts are kept as the ends move (spaces and separators
    # hold no brackets), so a long run of ")" costs linear time, not quadratic.
    opens = text.count("(") + text.count("（") + text.count("[")
    closes = text.count(")") + text.count("）") + text.count("]")
    lo, hi = 0, len(text)
    previous = None
    while previous != (lo, hi):
        previous = (lo, hi)
        while lo < hi and text[lo].isspace():
            lo += 1
        while hi > lo and text[hi - 1].isspace():
            hi -= 1
        while lo < hi and text[lo] in _SEPARATORS:
            lo += 1
        while hi > lo and text[hi - 1] in _SEPARATORS:
            hi -= 1
        if lo < hi and text[lo] in ")）]" and closes > opens:
            lo += 1
            closes -= 1
        if lo < hi and text[hi - 1] in "(（[" and opens > closes:
            hi -= 1
            opens -= 1
    text = text[lo:hi]
    # Punctuation left between the parts taken out (". . .") is not a note.
    return text.strip() if any(ch.isalnum() for ch in text) else ""


def _is_label_text(text: str) -> bool:
    """Short text ending with a colon (``论文链接：``, ``code:``) labels what follows it."""
    stripped = text.strip()
    return bool(stripped) and stripped[-1] in ":：" and len(stripped) <= _LABEL_MAX + 1


def _link_draft(seg: Segment, label: str | None) -> LinkDraft:
    text = seg.text if seg.style == "inline" and seg.text != seg.href else None
    style = "paren" if seg.style == "bare" and seg.in_parens else str(seg.style)
    return LinkDraft(href=str(seg.href), style=style, label=label, text=text)


def _book_title(text: str) -> str | None:
    """The English title quoted as ``《Title》`` inside Chinese text, if any."""
    for match in _BOOK_TITLE.finditer(text):
        inner = match.group(1).strip()
        if len(_LATIN_WORDS.findall(inner)) >= 2:
            return inner
    return None


def _venue_in_segments(segs: list[Segment]) -> tuple[VenueYear, int] | None:
    for index, seg in enumerate(segs):
        if seg.kind == "strong":
            found = split_venue_year(seg.text)
            if found is not None:
                return found, index
    return None


def _remove_once(text: str, part: str) -> str:
    index = text.find(part)
    return text if index < 0 else text[:index] + " " + text[index + len(part) :]


def _venue_from_text(text: str) -> tuple[VenueYear, str] | None:
    found = find_venue_year(text)
    if found is None:
        return None
    venue, start, end = found
    return venue, text[:start] + " " + text[end:]


def interpret_head(segs: list[Segment]) -> Draft | None:
    """Read one line of inline content as an entry, or None if it holds nothing."""
    segs = [s for s in segs if not (s.kind == "text" and not s.text.strip())] or []
    if not segs:
        return None
    if segs[0].kind == "strong" and split_venue_year(segs[0].text) is None:
        return _bold_title(segs)
    if sum(1 for s in segs if s.kind == "text" and "|" in s.text) and _pipe_cells(segs):
        return _pipe_style(segs)
    return _link_or_text_title(segs)


def _labels_for_rest(rest: list[Segment], title_index: int | None) -> list[LinkDraft]:
    """Links after the title, each labelled by its own text or by the text just before it."""
    links: list[LinkDraft] = []
    pending: str | None = None
    for index, seg in enumerate(rest):
        if index == title_index:
            continue
        if seg.kind == "link":
            label = pending
            if seg.style == "inline" and seg.text and seg.text != seg.href:
                label = clean_label(seg.text)
            links.append(_link_draft(seg, label))
            pending = None
        elif seg.kind == "text":
            stripped = seg.text.strip()
            pending = clean_label(stripped) if _is_label_text(stripped) else None
    return links


def _aliases(segs: list[Segment]) -> tuple[list[str], set[int]]:
    """``(**ELMo**)`` after the title: a short name the entry is known by."""
    aliases: list[str] = []
    used: set[int] = set()
    for index in range(1, len(segs) - 1):
        before, seg, after = segs[index - 1], segs[index], segs[index + 1]
        if (
            seg.kind == "strong"
            and before.kind == "text"
            and before.text.rstrip().endswith(("(", "（"))
            and after.kind == "text"
            and after.text.lstrip().startswith((")", "）"))
            and split_venue_year(seg.text) is None
        ):
            aliases.append(seg.text.strip())
            used.add(index)
    return aliases, used


def _rest_notes(segs: list[Segment], skip: set[int], *taken: str | None) -> list[str]:
    """What is left of the line as one note: the segments not in ``skip``, links blanked,
    and each of ``taken`` (the venue marker, the authors, as written) taken out once."""
    parts: list[str] = []
    for index, seg in enumerate(segs):
        if index in skip or seg.kind in ("link", "image"):
            parts.append(" ")
            continue
        parts.append(seg.text)
    text = "".join(parts)
    for raw in taken:
        if raw:
            text = _remove_once(text, raw)
    note = clean_note(text)
    return [note] if note else []


def _code_tags(segs: list[Segment], skip: set[int]) -> tuple[VenueYear | None, set[int]]:
    """Code spans after the title used as tags (`` `Google` `2017` ``): a span holding only
    a year gives the entry's year; the other tags (companies, topics) name no venue, so
    the venue search does not see them. Returns the year and the tag segments' indexes."""
    year: VenueYear | None = None
    tags: set[int] = set()
    for index, seg in enumerate(segs):
        if index in skip or seg.kind != "code":
            continue
        text = seg.text.strip()
        if _YEAR.match(text):
            year = VenueYear(None, int(text), text)
            tags.add(index)
            continue
        found = split_venue_year(text)
        if found is None or found.venue is None or canonical_venue(found.venue) is None:
            tags.add(index)  # a tag, not a known venue written in code
    return year, tags


def _finish(draft: Draft, segs: list[Segment], skip: set[int]) -> Draft:
    """Find venue/year and notes in what is left after the title."""
    code_year, tags = _code_tags(segs, skip)
    if tags:
        # The tags stay in the notes, each a word of its own (not ``Google2017``).
        segs = [Segment("text", f" {s.text} ") if i in tags else s for i, s in enumerate(segs)]
        note_skip = skip
        skip = skip | tags
    else:
        note_skip = skip
    venue_seg = _venue_in_segments(
        [s if i not in skip else Segment("html", "") for i, s in enumerate(segs)]
    )
    venue_raw: str | None = None
    if venue_seg is not None:
        draft.venue = venue_seg[0]
        skip = skip | {venue_seg[1]}
    else:
        rest_text = "".join(
            " " if (i in skip or s.kind in ("link", "image")) else s.text
            for i, s in enumerate(segs)
        )
        found = _venue_year_in(rest_text)
        if found is not None and not _cites_others(rest_text, found[1], found[2]):
            draft.venue = found[0]
            venue_raw = rest_text[found[1] : found[2]]
    if code_year is not None and (draft.venue is None or draft.venue.year is None):
        venue = draft.venue.venue if draft.venue is not None else None
        draft.venue = VenueYear(venue, code_year.year, code_year.raw)
    if draft.venue is None:
        # ``([EMNLP 2019 paper](url))``, ``DS-GA 1008 · SPRING 2021``, ``2020 version``: a
        # venue named by a link's text, a term or an edition's year; the text stays a note.
        text = "".join(
            " " if (i in skip or s.kind == "image") else s.text for i, s in enumerate(segs)
        )
        draft.venue = _venue_in_link_text(segs, skip) or term_year(text)
    authors_raw = None if draft.authors else _slot_authors(draft, segs, skip, venue_raw)
    draft.notes.extend(_rest_notes(segs, note_skip | (skip - tags), venue_raw, authors_raw))
    return draft


def _venue_in_link_text(segs: list[Segment], skip: set[int]) -> VenueYear | None:
    """``([EMNLP 2019 paper](url))``: a link after the title whose text is a venue and
    year, alone or with a word naming the link (``paper``, ``pdf``), names the venue."""
    for index, seg in enumerate(segs):
        if index in skip or seg.kind != "link" or seg.style != "inline" or not seg.text:
            continue
        found = find_venue_year(seg.text)
        if found is None or found[0].venue is None:
            continue
        rest = (seg.text[: found[1]] + " " + seg.text[found[2] :]).strip(" .,;:()[]")
        if not rest or is_generic_label(rest):
            return found[0]
    return None


def _slot_authors(
    draft: Draft, segs: list[Segment], skip: set[int], venue_raw: str | None
) -> str | None:
    """``**Title** (2016), G. Hinton et al. [[pdf]](url)``: the names between the title (and
    its year) and the first link are the entry's authors. Right after the year and a comma,
    or after a bold title and a sentence end, first and last names are enough; elsewhere
    the names need initials or ``et al.`` (:meth:`Names.reads_as`). Returns the names as
    written (to take out of the notes), or None."""
    parts: list[str] = []
    for index, seg in enumerate(segs):
        if index in skip:
            parts.append(" ")
        elif seg.kind in ("link", "image"):
            break
        elif seg.kind == "text":
            parts.append(seg.text)
        else:
            parts.append(" ")
    slot = "".join(parts)
    after_year = False
    if venue_raw and venue_raw in slot:
        at = slot.find(venue_raw)
        after_year = not slot[:at].strip(" ,.;")
        slot = slot[:at] + " " * len(venue_raw) + slot[at + len(venue_raw) :]
    opener = slot.lstrip()[:1]
    loose = (after_year or draft.shape == "bold-title") and opener in (",", ".", "，")
    found = slot_names(slot, "medium" if loose else "strong")
    if found is None:
        return None
    draft.authors = found[0]
    return found[1]


def _cites_others(text: str, start: int, end: int) -> bool:
    """``- A trend starts from `FLAN` (ICLR 2022) and `T0` (ICLR 2022).``: a description
    that names several works, each with its venue, cites them; none of the venues is the
    entry's own. True when another venue marker in ``text`` names another venue or year
    than the one found at ``start:end`` (``(CoNLL-2003), evaluated on CoNLL-2003`` repeats
    one marker: it is the entry's)."""
    found = _venue_year_in(text)
    if found is None:
        return False
    mine = (found[0].venue, found[0].year)
    for _ in range(_CITED_MARKERS):
        text = text[:start] + " " * (end - start) + text[end:]
        other = _venue_year_in(text)
        if other is None:
            return False
        if other[0].venue is not None and (other[0].venue, other[0].year) != mine:
            return True
        start, end = other[1], other[2]
    return False


#: How many more markers :func:`_cites_others` looks at.
_CITED_MARKERS = 4


def _venue_year_in(text: str) -> tuple[VenueYear, int, int] | None:
    """:func:`find_venue_year`, where ``arXiv:2106.07139 2021`` reads as ``arXiv 2021``
    (the span returned covers the identifier)."""
    if "xiv:" not in text and "Xiv:" not in text and "XIV:" not in text:
        return find_venue_year(text)
    spans = [(m.start(), m.end()) for m in ARXIV_ID.finditer(text)]
    # The identifier is blanked, its "arXiv" kept at its end: offsets stay the same.
    blanked = ARXIV_ID.sub(lambda m: " " * (len(m.group(0)) - 5) + "arXiv", text)
    found = find_venue_year(blanked)
    if found is None:
        return None
    venue, start, end = found
    for lo, hi in spans:
        if lo <= start < hi:
            start = lo
    return venue, start, end


def _bold_title(segs: list[Segment]) -> Draft:
    """``**Title**. *Authors*. Venue Year. [[pdf](url)] [[code](url)] (**Alias**)``."""
    draft = Draft(title=segs[0].text.strip().rstrip(".").strip(), shape="bold-title")
    skip = {0}
    for index, seg in enumerate(segs[1:4], start=1):
        if seg.kind == "em":
            draft.authors = split_authors(seg.text)
            skip.add(index)
            break
    aliases, alias_idx = _aliases(segs)
    draft.aliases = aliases
    skip |= alias_idx
    draft.links = _labels_for_rest(segs, None)
    draft = _finish(draft, segs, skip)
    if draft.venue is None:
        draft.venue = _venue_field(segs, max(i for i in skip if i < 4))
    return draft


#: ``**CPM-2**. Cost-Effective Pre-trained Language Models, 2021. [[code](url)]``: the year
#: that closes the text before the links. Anchored at the end of a short text.
_CLOSING_YEAR = re.compile(r",\s{0,3}((?:19|20)\d\d)\.?$")


def _venue_field(segs: list[Segment], last: int) -> VenueYear | None:
    """In ``**Title**. *Authors*. Preprint. [[pdf](url)]`` the text between the authors
    and the first link is the venue field: a venue alone (``Preprint``, ``ACL``) or a
    year closing a description (``…, 2021.``) is the entry's."""
    field: list[str] = []
    for seg in segs[last + 1 :]:
        if seg.kind in ("link", "image"):
            break
        field.append(seg.text)
    text = "".join(field).strip(" .,;[(")
    if not text:
        return None
    found = split_venue_year(text)
    if found is not None and (found.venue is None or canonical_venue(found.venue) is not None):
        return found
    closing = _CLOSING_YEAR.search(text[-12:])
    if closing is not None:
        return VenueYear(None, int(closing.group(1)), closing.group(1))
    return None


def _pipe_cells(segs: list[Segment]) -> list[list[Segment]] | None:
    cells: list[list[Segment]] = [[]]
    for seg in segs:
        if seg.kind == "text" and "|" in seg.text:
            pieces = seg.text.split("|")
            for n, piece in enumerate(pieces):
                if n:
                    cells.append([])
                if piece.strip():
                    cells[-1].append(Segment("text", piece))
        else:
            cells[-1].append(seg)
    cells = [c for c in cells if c]
    return cells if len(cells) >= 3 else None


def _pipe_style(segs: list[Segment]) -> Draft:
    """``2019 | Title | Authors | Venue | [PDF](url)``."""
    cells = _pipe_cells(segs) or []
    draft = Draft(title="", shape="pipe")
    year: int | None = None
    venue: VenueYear | None = None
    texts: list[str] = []
    for cell in cells:
        links = [s for s in cell if s.kind == "link"]
        text = plain([s for s in cell if s.kind != "link"]).strip()
        if links:
            draft.links.extend(_labels_for_rest(cell, None))
            if not draft.title and not text and links[0].style == "inline" and len(cells) == 1:
                draft.title = links[0].text
            continue
        if _YEAR.match(text) and year is None:
            year = int(text)
        elif not draft.title and text:
            draft.title = unwrap_title_brackets(text)
        elif venue is None and (found := split_venue_year(text)) is not None and found.venue:
            venue = found
        elif not draft.authors and text and ("," in text or " et al" in text or "，" in text):
            draft.authors = split_authors(text)
        elif text:
            texts.append(text)
    if venue is None and year is not None:
        venue = VenueYear(venue=None, year=year, raw=str(year))
    elif venue is not None and venue.year is None and year is not None:
        venue = VenueYear(venue=venue.venue, year=year, raw=venue.raw)
    draft.venue = venue
    draft.notes = texts
    return draft


#: ``Title, O. Levy et al. [[pdf]] (https://…)``: a link label left in brackets before a
#: bare URL (the space broke the Markdown link). Anchored at the end of a short tail.
_DANGLING_LABEL = re.compile(r"\[\[?\s{0,3}([^\[\]]{1,24}?)\s{0,3}\]\]?\s{0,3}[(（]?\s{0,3}$")


def _without_dangling_label(head: str) -> str:
    tail = head[-40:]
    found = _DANGLING_LABEL.search(tail)
    if found is None or not is_generic_label(found.group(1)):
        return head
    return head[: len(head) - len(tail) + found.start()]


def _take_authors(draft: Draft, segs: list[Segment], at: int, skip: set[int]) -> list[Segment]:
    """Authors right after a title link: ``*Colin Raffel et al.*`` or ``by A, B and C.``
    (also inside a description: ``a series of mini-lectures by Leo Isikdogan``). Returns the
    segments with the authors' text taken out (``skip`` grows)."""
    index = at
    while index < len(segs) and segs[index].kind == "text" and not segs[index].text.strip(" .,"):
        index += 1
    if index >= len(segs):
        return segs
    seg = segs[index]
    if seg.kind == "em":
        names = loose_names(seg.text)
        if names is not None:
            draft.authors = names
            skip.add(index)
        return segs
    if seg.kind != "text":
        return segs
    found = by_names(seg.text)
    if found is None and "by " in seg.text[:12]:
        found = credited_by(seg.text)
    if found is None:
        found = by_names(seg.text, anywhere=True)
    if found is None:
        return segs
    draft.authors = found.names
    year, date, rest = date_after_names(seg.text[found.end :])
    if year is not None:
        draft.venue = year
    if date is not None:
        draft.notes.append(date)
    text = seg.text[: found.start] + " " + rest
    segs = list(segs)
    segs[index] = Segment("text", text)
    return segs


def _after_bracketed_link(segs: list[Segment], first: int | None) -> tuple[str, int] | None:
    """The name written after a link in brackets (``[[官方网站](url)] 文心一言``) and the
    index of its segment, or None."""
    if first is None or first + 1 >= len(segs) or plain(segs[:first]).strip() != "[":
        return None
    nxt = segs[first + 1]
    if nxt.kind != "text" or not nxt.text.lstrip().startswith("]"):
        return None
    name = nxt.text.lstrip()[1:].strip().strip(_SEPARATORS).strip()
    return (name, first + 1) if name else None


#: ``Title (EN)``: a bracket closing a link's title (see :func:`_without_language_tag`).
_LAST_BRACKET = re.compile(r"\s{0,3}[(（]([^()（）]{1,16})[)）]$")


def _without_language_tag(text: str) -> str:
    """``LLM-RL-Visualized (EN)`` → ``LLM-RL-Visualized``: a language tag after a link's
    title names the version the link opens, not the resource."""
    title = unwrap_title_brackets(text)
    found = _LAST_BRACKET.search(title)
    if found is None or found.start() == 0 or not is_language_tag(found.group(1)):
        return title
    return title[: found.start()].rstrip()


def _link_or_text_title(segs: list[Segment]) -> Draft:
    first_link = next((i for i, s in enumerate(segs) if s.kind == "link"), None)
    before = plain(segs[:first_link]) if first_link is not None else plain(segs)
    if first_link is not None:
        link = segs[first_link]
        prefix = before.strip()
        link_has_title = (
            link.style == "inline"
            and bool(link.text)
            and link.text != link.href
            and not is_generic_label(link.text)
        )
        short_prefix = len(prefix) <= _LABEL_MAX and not prefix.endswith(("[", "(", "（"))
        if link_has_title and (not prefix or _is_label_text(prefix) or short_prefix):
            # ``[Title](url) …`` or ``label：[Title](url) …``
            title, names = split_title_names(_without_language_tag(link.text))
            draft = Draft(title=title, authors=names, shape="link-title")
            label = clean_label(prefix) if prefix else None
            draft.links.append(_link_draft(link, label))
            draft.links.extend(_labels_for_rest(segs[first_link + 1 :], None))
            aliases, alias_idx = _aliases(segs)
            draft.aliases = aliases
            skip = set(range(first_link + 1)) | alias_idx
            if not draft.authors:
                segs = _take_authors(draft, segs, first_link + 1, skip)
            return _finish(draft, segs, skip)
    # ``Title，**Venue Year**（url）note`` or a line of text (or a bare URL alone).
    stop = first_link if first_link is not None else len(segs)
    for index, seg in enumerate(segs[:stop]):
        if seg.kind == "strong" and split_venue_year(seg.text) is not None:
            stop = index
            break
    head = plain([s for s in segs[:stop] if s.kind != "html"])  # HTML tags are no title
    head_venue: VenueYear | None = None
    head_rest = ""
    head_authors: list[str] = []
    if stop == (first_link if first_link is not None else len(segs)):
        head = _without_dangling_label(head)
        found = find_venue_year(head)
        cited = read_text_citation(head, found)
        if cited is not None:
            # ``Title (2016), G. Hinton et al.``, ``Title, Stanford University``: the title
            # without the names, year or affiliation that close it.
            head, head_venue, head_rest = cited.title, cited.venue, cited.rest
            head_authors = cited.authors
        else:
            # No bold venue: a venue written inside the head text (``Title，**ACL 2020
            # **(url)``, whose broken bold markdown-it leaves as text) ends the title.
            if found is not None and found[1] > 0:
                head_venue, head_rest = found[0], head[found[2] :]
                head = head[: found[1]]
    # ``ChatGLM \\[[官方网站](url)]``: the escaped bracket around a labelled link is not
    # part of the title.
    title = head.strip().rstrip("(（[").strip().strip(_SEPARATORS).strip()
    skip = set(range(stop))
    after = _after_bracketed_link(segs, first_link) if not title else None
    if after is not None:
        # ``\\[[官方网站](url)] 文心一言``: the name follows the bracketed link.
        title, after_index = after
        draft = Draft(title=title, shape="text-title")
        skip.add(after_index)
    elif not title and first_link is not None:
        link = segs[first_link]
        title = link.text if link.style == "inline" and link.text else str(link.href)
        draft = Draft(title=title, shape="bare-url" if link.style != "inline" else "link-title")
    else:
        draft = Draft(title=title, authors=head_authors, shape="text-title")
    book = _book_title(title)
    if book is not None and book != unwrap_title_brackets(title):
        draft.title = book
        remainder = clean_note(title.replace(f"《{book}》", " "))
        if remainder:
            in_remainder = _venue_from_text(remainder)
            if in_remainder is not None:
                draft.venue = in_remainder[0]
                remainder = clean_note(in_remainder[1])
            if remainder:
                draft.notes.append(remainder)
    else:
        draft.title = unwrap_title_brackets(title) if title else title
    draft.links.extend(_labels_for_rest(segs, None))
    if head_venue is not None:
        # ``Title，**ACL 2020 **(url)降噪``: what followed the venue in the head ("(")
        # and what follows the link (")降噪") form one note once the link is taken out.
        draft.venue = head_venue
        rest = "".join(
            " " if (i in skip or s.kind in ("link", "image")) else s.text
            for i, s in enumerate(segs)
        )
        note = clean_note(head_rest + rest)
        if note:
            draft.notes.append(note)
        return draft
    if head_rest.strip():
        # ``Title, Stanford University [[web]](url)``: the affiliation is a note.
        draft.notes.extend(_rest_notes([Segment("text", head_rest)], set()))
    if draft.venue is not None:
        # The venue came from the title line; nothing more to look for in the rest.
        draft.notes.extend(_rest_notes(segs, skip, None))
        return draft
    return _finish(draft, segs, skip)


def line_kind(line: list[Segment]) -> str:
    """``url`` (only links), ``label-url`` (``label：url``), ``label`` (``label：``), ``text``."""
    content = [s for s in line if not (s.kind == "text" and not s.text.strip())]
    if not content:
        return "empty"
    links = [s for s in content if s.kind == "link"]
    texts = [s for s in content if s.kind != "link"]
    if links and not texts:
        return "url"
    if links and len(texts) == 1 and content[0] is texts[0] and _is_label_text(texts[0].text):
        return "label-url"
    if not links and _is_label_text(plain(texts)):
        return "label"
    return "text"


def interpret_lines(lines: list[list[Segment]]) -> Draft | None:
    """Read a paragraph (or cell) of several lines as one entry."""
    lines = [line for line in lines if line_kind(line) != "empty"]
    if not lines:
        return None
    kinds = [line_kind(line) for line in lines]
    draft = interpret_head(lines[0])
    if draft is None:
        return None
    if kinds[0] == "url" and len(lines) > 1:
        draft.shape = "bare-url"
    for index in range(1, len(lines)):
        line, kind = lines[index], kinds[index]
        nxt = kinds[index + 1] if index + 1 < len(lines) else None
        if draft.shape == "bold-title" and _paper_line(draft, line):
            rest = _rest_kind(line)
            if rest is None:
                continue
            kind = rest
        if kind in ("url", "label-url"):
            label = None
            if kind == "label-url":
                label = clean_label(plain([s for s in line if s.kind != "link"]))
            elif (
                index > 0
                and kinds[index - 1] in ("label", "text")
                and _is_label_for_next(lines[index - 1], index - 1)
            ):
                label = clean_label(plain(lines[index - 1]))
            for seg in line:
                if seg.kind == "link":
                    own = (
                        clean_label(seg.text)
                        if seg.style == "inline" and seg.text != seg.href
                        else None
                    )
                    draft.links.append(_link_draft(seg, own or label))
        elif kind in ("label", "text") and nxt == "url" and _is_label_for_next(line, index):
            continue  # a label for the URL on the next line
        elif kind == "text" and any(s.kind == "link" for s in line):
            extra = interpret_head(line)
            if extra is not None:
                draft.links.extend(extra.links)
                labels = {link.label for link in extra.links} | {link.text for link in extra.links}
                if extra.title and extra.title not in labels:
                    draft.notes.append(extra.title)
                draft.notes.extend(extra.notes)
        else:
            text = plain(line).strip()
            book = _book_title(text)
            if book is not None and not draft.links and _book_title(draft.title) is None:
                # The description line came first; the quoted English title is the title.
                draft.notes.insert(0, draft.title)
                draft.title = book
                remainder = clean_note(text.replace(f"《{book}》", " "))
                if remainder:
                    draft.notes.append(remainder)
            elif text:
                draft.notes.append(text)
    return draft


def _paper_line(draft: Draft, line: list[Segment]) -> bool:
    """In a paper paragraph (``**Title** \\`` ``*Authors* \\`` ``Venue Year. [[Paper](url)]``),
    a line that is only emphasis names the authors and a line's venue and year are the
    entry's: take them into ``draft``. True when the line gave something (its links, if
    any, are still to be read)."""
    content = [s for s in line if not (s.kind == "text" and not s.text.strip())]
    if not draft.authors and len(content) == 1 and content[0].kind == "em":
        draft.authors = split_authors(content[0].text)
        line.clear()
        return True
    if not draft.authors and len(content) == 1 and content[0].kind == "text":
        names = plain_names(content[0].text)
        if names is not None:  # ``Yuan Xia, Jingbo Zhou, Zhenhui Shi`` on its own line
            draft.authors = names
            line.clear()
            return True
    if draft.venue is None:
        rest = "".join(" " if s.kind in ("link", "image") else s.text for s in line)
        found = _venue_year_in(rest)
        if found is None:
            dashed = venue_dash_date(rest)
            if dashed is not None:
                found, rest = (dashed.venue, dashed.start, dashed.end), dashed.text
        if found is not None and found[0].venue is not None:
            draft.venue = found[0]
            note = clean_note(rest[: found[1]] + " " + rest[found[2] :])
            kept = [s for s in line if s.kind in ("link", "image")]
            line[:] = kept + ([Segment("text", note)] if note else [])
            return True
    return False


def author_line(draft: Draft, line: list[Segment]) -> bool:
    """A line that is only emphasised names (``*Zhiyuan Liu, Jie Zhou.*``) under an entry
    without authors: they are its authors."""
    content = [s for s in line if not (s.kind == "text" and not s.text.strip())]
    if draft.authors or len(content) != 1 or content[0].kind != "em":
        return False
    names = loose_names(content[0].text)
    if names is None:
        return False
    draft.authors = names
    return True


def _rest_kind(line: list[Segment]) -> str | None:
    """What is left of a paper line once its authors or venue are taken."""
    if not line:
        return None
    links = [s for s in line if s.kind == "link"]
    if links and all(s.kind in ("link", "image") for s in line):
        return "url"
    return "text" if any(s.text.strip() for s in line) else None


def _is_label_for_next(line: list[Segment], index: int) -> bool:
    return index > 0 and not any(s.kind == "link" for s in line)


def interpret(segs: list[Segment]) -> Draft | None:
    """Read inline content (one or several lines) as an entry draft."""
    lines = split_lines(segs)
    if len(lines) == 1:
        return interpret_head(lines[0])
    return interpret_lines(lines)
