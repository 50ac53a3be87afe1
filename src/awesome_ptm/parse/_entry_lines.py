"""A paragraph (or cell) of several lines read as one entry: the title line and what the
lines under it give (names, a venue, labelled links, bare URLs), after :mod:`._entry` has
read the head line (see :func:`interpret`)."""

from __future__ import annotations

import re

from awesome_ptm.parse._badges import badge_venue
from awesome_ptm.parse._dates import find_date, parse_date
from awesome_ptm.parse._detail_fields import labelled_field
from awesome_ptm.parse._draft import Draft
from awesome_ptm.parse._entry import interpret_head, line_kind
from awesome_ptm.parse._inline import (
    Segment,
    plain,
    split_lines,
    visible,
)
from awesome_ptm.parse._names import names_at
from awesome_ptm.parse._names_venue_lines import names_then_venue
from awesome_ptm.parse._navigation import is_badge
from awesome_ptm.parse._notes import (
    clean_label,
    clean_note,
    link_draft,
)
from awesome_ptm.parse._paper_lines import (
    author_line,
    et_al_venue_line,
    linked_names,
    paper_line,
    quoted_title_line,
)
from awesome_ptm.parse._rest import venue_in_link_text
from awesome_ptm.parse._text_title_parts import book_title
from awesome_ptm.parse._title_marks import title_runs_on
from awesome_ptm.venues import (
    VenueYear,
)

#: What stands between links on a line of links only (``[ICML 2018](url) / [Code](url)``).
_LINK_SEPARATORS = frozenset(" \t/|,;·")


#: A year closing a line (``…, 2018``, ``(2018)``).
_CLOSING_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d\)?$")
#: The most lines a citation wrapped in the source runs over.
_WRAPPED_CITATION_LINES = 3


def _wrapped_citation(lines: list[list[Segment]]) -> Draft | None:
    """A citation written without links and wrapped in the source (``K. Chan and D. Yeung,
    Title, International Journal of`` / ``Document Analysis and Recognition, pp. 3-15,
    2000.``), read as one line: the lines plain text, none but the last closed by a stop,
    and the year only the whole states. None for any other paragraph."""
    if not 1 < len(lines) <= _WRAPPED_CITATION_LINES or any(
        len(line) != 1 or line[0].kind != "text" for line in lines
    ):
        return None
    texts = [line[0].text.strip() for line in lines]
    if any(not text or text[-1] in ".:;!?。" or _CLOSING_YEAR.search(text) for text in texts[:-1]):
        return None  # (a line closed by a stop or a year is a citation of its own)
    first = interpret_head(lines[0])
    if first is None or (first.venue is not None and first.venue.year is not None):
        return None
    whole = interpret_head([Segment("text", " ".join(texts))])
    if whole is None or whole.venue is None or whole.venue.year is None:
        return None
    return whole


#: The fewest words of a title line under one person's name (``Paul W. Holland.``).
_TITLE_UNDER_NAME_WORDS = 3


def badges_only(line: list[Segment]) -> bool:
    """Whether a line is only badges (shields.io…), not linked."""
    shown = visible(line)
    return bool(shown) and all(s.kind == "image" and is_badge(s.src) for s in shown)


def interpret_lines(lines: list[list[Segment]]) -> Draft | None:
    """Read a paragraph (or cell) of several lines as one entry."""
    lines = [line for line in lines if line_kind(line) != "empty"]
    if not lines:
        return None
    while len(lines) > 1 and badges_only(lines[0]) and any(s.kind == "link" for s in lines[1]):
        # ``- ![Star](…/github/stars/o/r)`` / ``[name](url)``: the badge line over the
        # resource's own (its stars, not its title)
        lines = lines[1:]
    if len(lines) > 1 and title_runs_on(lines[0], lines[1]):
        # ``Re-energizing Domain Discriminator with Sample Relabeling`` / ``for Adversarial
        # Domain Adaptation [[ICCV2021]](url)``: one title wrapped over two lines
        joined = Segment("text", f"{lines[0][0].text.rstrip()} {lines[1][0].text.lstrip()}")
        lines = [[joined, *lines[1][1:]], *lines[2:]]
    wrapped = _wrapped_citation(lines)
    if wrapped is not None:
        return wrapped
    kinds = [line_kind(line) for line in lines]
    draft = interpret_head(lines[0])
    if draft is None:
        return None
    tag_line = False
    # (one person's name alone over a line of words: ``Paul W. Holland.`` / ``Statistics and
    # Causal Inference.``; not over ``[Paper](url)``, where the first line is the title)
    alone = len(lines) > 2 and len(plain(lines[1]).split()) >= _TITLE_UNDER_NAME_WORDS
    alone = alone and not any(s.kind == "link" for s in lines[1])
    # (``Jeffrey Dean and Sanjay Ghemawat:`` over ``“[MapReduce: …](url),”``)
    quoted = len(lines) > 1 and _opens_quoted_link(lines[1])
    names = _names_line(lines[0], alone, quoted) if len(lines) > 1 and not draft.links else None
    if names is not None:
        titled = interpret_head(lines[1])
        if titled is not None and titled.title and not names_at(titled.title, "several"):
            # ``1. Xingchen Zhang, Ping Ye, Gang Xiao.`` / ``**Title**. **Information
            # Fusion**, 2020.``: the names on a line of their own, the paper under them
            titled.authors = titled.authors or names
            draft, lines, kinds = titled, lines[1:], kinds[1:]
    if len(lines) > 1 and not draft.title and draft.venue is not None:
        titled = interpret_head(lines[1])
        if titled is not None and titled.title and titled.shape == "link-title":
            # ``**[TPAMI-2013]**`` / ``[Toward Open Set Recognition](url)`` / ``**Authors:**
            # …``: the venue tag on a line of its own, the titled link under it, its fields
            titled.venue = titled.venue or draft.venue
            draft, lines, kinds, tag_line = titled, lines[1:], kinds[1:], True
    if draft.shape == "link-title" and len(lines) > 2 and names_then_venue(draft, *lines[1:3]):
        # ``[Title](url)`` / ``Zhou, Kaiyang, Ziwei Liu, …`` / ``*Venue* (**ACR**) (2021).``
        lines, kinds = [lines[0], *lines[3:]], [kinds[0], *kinds[3:]]
    # (read before the lines are taken apart: a venue badge on any line of the paragraph)
    badge = badge_venue([s for line in lines[1:] for s in line])
    if kinds[0] == "url" and len(lines) > 1 and not tag_line:
        draft.shape = "bare-url"
    for index in range(1, len(lines)):
        line, kind = lines[index], kinds[index]
        nxt = kinds[index + 1] if index + 1 < len(lines) else None
        if index == 1 and quoted_title_line(draft, line):
            kind = line_kind(line)  # (``**Short:** Names.<br>`` / ``"Title." CVPR (2020).``)
        if (
            draft.shape in ("link-title", "bold-title")
            and kind == "text"
            and author_line(draft, line)
        ):
            if not any(s.kind == "link" for s in line):
                continue  # ``*Names.* ACL'24`` on the line under the title
            kind = line_kind(line)  # ``*Names*. ACL 2023. `tag` [[pdf](url)]``: its links
        if draft.shape == "link-title" and index == 1 and et_al_venue_line(draft, line):
            continue  # ``[Title](url),`` / ``Chang et al., Arxiv 2015``
        # (``**LSTM-P**: [Title](url) <br>`` / ``*Names* <br>`` / ``NAACL, 2015.[[code]](url)``:
        # a linked title's venue line, after its names, when the lines have given none)
        venue_line = (
            draft.shape == "link-title"
            and index >= 2
            and bool(draft.authors)
            and draft.venue is None
        )
        # (``Title | [arXiv 2402](url) | [Code](url) \\`` / ``Names``: the cells' names line)
        titled_line = draft.shape in ("bold-title", "text-title", "pipe")
        if (titled_line or venue_line) and paper_line(draft, line):
            said = [s for s in line if s.kind == "text" and s.text.strip()]
            if said and any(s.kind == "link" for s in line):
                # (``**ICCV'23**, arXiv, 2022.12 [[Paper](url)]``: what the venue left is a
                # note as it stands, not a line to read again for another venue)
                draft.notes.extend(s.text.strip() for s in said)
                line = [s for s in line if s.kind != "text"]
            rest = _rest_kind(line)
            if rest is None:
                continue
            kind = rest
        if index == 1 and draft.shape == "bold-title" and not draft.authors:
            # ``**Title.**<br>`` / ``*[Minguk Kang](url), [Jun-Yan Zhu](url).*``: its authors
            # (their pages stay the entry's links)
            names = linked_names(line)
            if names is not None:
                draft.authors = names
                kind = "url"
        if kind in ("url", "label-url"):
            if draft.venue is None or draft.venue.venue is None:
                # ``Title`` / `` [[EMNLP2022(Findings)]](url)[[Code]](url)``: a link on the
                # line under the title names the venue
                named = venue_in_link_text(line, set())
                if named is not None and (draft.venue is None or named.year is not None):
                    draft.venue = named
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
                    draft.links.append(link_draft(seg, own or label))
        elif kind in ("label", "text") and nxt == "url" and _is_label_for_next(line, index):
            continue  # a label for the URL on the next line
        elif kind == "text" and any(s.kind == "link" for s in line):
            if (draft.venue is None or draft.venue.venue is None) and all(
                s.kind == "link" or (s.kind == "text" and set(s.text) <= _LINK_SEPARATORS)
                for s in line
            ):
                # ``Title <br>`` / ``[ICML 2018](url) / [Code](url)``: the first link's text
                # names the venue and year
                named = venue_in_link_text(line, set())
                if named is not None and named.year is not None:
                    draft.venue = named
            extra = interpret_head(line)
            if extra is not None:
                draft.links.extend(extra.links)
                labels = {link.label for link in extra.links} | {link.text for link in extra.links}
                if (
                    extra.title
                    and extra.title not in labels
                    and any(ch.isalnum() for ch in extra.title)
                ):  # (``[[Paper](url)] [[GitHub](url)]``: no title, the brackets round links)
                    draft.notes.append(extra.title)
                draft.notes.extend(extra.notes)
        else:
            text = plain(line).strip()
            book = book_title(text)
            if book is not None and not draft.links and book_title(draft.title) is None:
                # The description line came first; the quoted English title is the title.
                draft.notes.insert(0, draft.title)
                draft.title = book
                remainder = clean_note(text.replace(f"《{book}》", " "))
                if remainder:
                    draft.notes.append(remainder)
            elif text:
                draft.notes.append(text)
    if badge is not None and (draft.venue is None or draft.venue.venue is None):
        # ``![](https://img.shields.io/badge/COLING2025-orange)`` under a paper's title
        # (the year the text states, ``2022.03``, stays: the badge may name a later venue)
        stated = draft.venue.year if draft.venue is not None else None
        dated = any(
            parse_date(note.strip(" .,")) is not None or find_date(note) is not None
            for note in draft.notes
        )
        year = stated if stated is not None or dated else badge.year
        draft.venue = VenueYear(badge.venue, year, badge.raw)
    if tag_line:
        for note in draft.notes:
            labelled_field(draft, note)
    return draft


def _opens_quoted_link(line: list[Segment]) -> bool:
    """Whether a line opens with a quotation mark right before a link (``“[Title](url),”``)."""
    shown = visible(line)
    return (
        len(shown) > 1
        and shown[0].kind == "text"
        and shown[0].text.strip() in ("“", '"', "‘", "'", "«")
        and shown[1].kind == "link"
    )


def _names_line(line: list[Segment], alone: bool = False, quoted: bool = False) -> list[str] | None:
    """``Xingchen Zhang, Ping Ye, Henry Leung, Gang Xiao.``: a line of text that is only
    people's names (two or more, a full stop after them; or any, a colon after them), or
    None. With ``alone`` (a title line and more below it), one person's first and last name
    too (``Paul W. Holland.``); the colon only with ``quoted`` (the next line opens with the
    quoted title: ``Old Reference:`` over a link is no one's name)."""
    if any(s.kind != "text" for s in line):
        return None
    text = plain(line).strip()
    if text.endswith(":") and quoted:
        # ``Jeffrey Dean and Sanjay Ghemawat:`` / ``Joel Spolsky:`` over the quoted title: a
        # reference's names, one person's too (the colon says what follows is theirs)
        names = names_at(text.rstrip(":").strip(), "several") or names_at(
            text.rstrip(":").strip(), "medium"
        )
        return names or None
    if not text.endswith("."):
        return None
    names = names_at(text.rstrip("."), "several")
    if names is None and alone:
        names = names_at(text.rstrip("."), "medium")
        return names if names is not None and len(names) == 1 else None
    return names if names is not None and len(names) >= 2 else None


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
