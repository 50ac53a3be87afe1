"""The fields a paper's nested lines give it: a line of its authors and venue under its
short name (``  * Junyoung Chung, …, *Title*, ICML 2015``), a labelled line (``  - Date:
2026-08``, ``  - Venue: ICLR 2024``), a line of tags with its year, a field opening with the
venue (``- intro: CVPR 2018. ETH Zurich``); and what such a line may be made of besides its
links (a method's name before its code link, bracketed labels and marks)."""

from __future__ import annotations

import re

from awesome_ptm.identity import link_kind
from awesome_ptm.parse._columns import exact_role, names_venue
from awesome_ptm.parse._dates import parse_date
from awesome_ptm.parse._decoration import without_leading_decoration
from awesome_ptm.parse._draft import Draft
from awesome_ptm.parse._inline import Segment, plain, visible
from awesome_ptm.parse._names import loose_names, plain_names
from awesome_ptm.parse._names_first import names_then_marked_title
from awesome_ptm.parse._notes import is_generic_label
from awesome_ptm.parse._paper_lines import names_venue_sentence
from awesome_ptm.parse._presentation import without_trailing_presentation
from awesome_ptm.parse._rest import YEAR
from awesome_ptm.parse._venue_names import venue_after_names
from awesome_ptm.parse._vocabulary import is_code_tag
from awesome_ptm.venues import VenueYear, canonical_venue, find_venue_year, split_venue_year

#: The most words a short name standing for the paper cited under it has (``GFRNN``).
_SHORT_NAME_WORDS = 4


def cited_names_line(segs: list[Segment]) -> bool:
    """``*Wei Wang, Gang Chen, et al. SIGMOD Record, 2016.* [[paper](url)]``: one line of
    emphasised names (a venue and year may close them) then only links, each one word
    (``paper``, ``code``, ``slides``): the citation line of the title above it."""
    content = [s for s in segs if not (s.kind == "text" and not s.text.strip(" \t.,;[]"))]
    if len(content) < 2 or content[0].kind != "em" or "\n" in plain(segs).strip():
        return False
    links = content[1:]
    if not all(s.kind == "link" and len(s.text.strip(" []").split()) == 1 for s in links):
        return False
    written = content[0].text
    return names_venue_sentence(written) is not None or loose_names(written) is not None


def cited_paper(parent: Draft, line: list[Segment]) -> bool:
    """``* GFRNN [[Paper](url)]`` over ``  * Junyoung Chung, …, *Gated Feedback Recurrent
    Neural Networks*, ICML 2015``: the one citation under a short name is the paper the name
    stands for. Its names and venue become the entry's; so does its title, the short name an
    alias, unless the name is a link's own title (``* [BRISK](homepage)``: a resource with its
    page, cited by its paper; nor a bold name). A line of the paper's title and its venue
    without names gives the venue (:func:`_titled_venue`). True when it was taken in."""
    if parent.venue is not None and parent.venue.venue is not None:
        return False
    if len(parent.title.split()) > _SHORT_NAME_WORDS:
        return False
    paper = names_then_marked_title(line, None)
    if paper is None or paper.venue is None:
        return _titled_venue(parent, line)
    if parent.shape not in ("link-title", "bold-title") and paper.title != parent.title:
        if parent.title:
            parent.aliases.insert(0, parent.title)
        parent.title = paper.title
    parent.authors, parent.venue = paper.authors, paper.venue
    return True


#: ``Publisher: ICML 2024``: a detail line's label and its value.
_LABELLED = re.compile(r"([^:：]{2,30})[:：]\s{0,3}(\S.{0,600})")


def labelled_field(parent: Draft, text: str) -> None:
    """``  - Publisher: ICML 2024``, ``  - Date: 2026-08``, ``  - Author(s): A, B`` under a
    paper: a line whose label names one of the entry's fields (as a table's header would)
    gives the entry the value it states, unless the entry has it already (the line stays a
    note)."""
    found = _LABELLED.fullmatch(without_leading_decoration(text).strip())
    if found is None:
        return
    label, value = found.group(1), found.group(2).strip(" .")
    if names_venue(label):
        if parent.venue is not None and parent.venue.venue is not None:
            return
        stated = split_venue_year(value)
        if stated is not None and stated.venue is not None and stated.year is not None:
            parent.venue = stated
        elif stated is not None and stated.venue is not None and canonical_venue(stated.venue):
            # ``  + Conference: COLING``: the label says it is the venue, its year unstated
            year = parent.venue.year if parent.venue is not None else None
            parent.venue = VenueYear(stated.venue, year, value)
        return
    role = exact_role(label)
    if role in ("date", "year"):
        when = parse_date(value)
        if when is None:
            stated = split_venue_year(value)
            if parent.venue is None and stated is not None and stated.venue is not None:
                # ``  - 🗓️ Publication Date: CVPR, 2022``: a venue and year where the date is
                parent.venue = stated
            return
        if parent.venue is None:
            parent.venue = VenueYear(None, when.year, value)
        if parent.date is None and when.iso != str(when.year):
            parent.date = when.iso  # (``Date: 2026-08``: the month too)
    elif role == "authors" and not parent.authors:
        parent.authors = loose_names(value) or []


def tagged_year(parent: Draft, line: list[Segment]) -> None:
    """``  - `2026` `swift` `` under an entry: a line of tags in code spans, one of them a
    year alone, gives the entry its year (the line stays a note)."""
    if parent.venue is not None:
        return
    shown = visible(line)
    if not shown or not all(s.kind == "code" for s in shown):
        return
    years = [s.text.strip() for s in shown if YEAR.match(s.text.strip())]
    if len(years) == 1:
        parent.venue = VenueYear(None, int(years[0]), years[0])


def _titled_venue(parent: Draft, line: list[Segment]) -> bool:
    """``- **HeGAN**`` over ``  - Adversarial Learning on …, KDD 2019``: the venue and year
    closing the paper's title line are the entry's. True when there were some."""
    text = plain(line).strip().rstrip(".").rstrip()
    found = find_venue_year(text)
    if found is None or found[2] < len(text) or found[1] == 0 or found[0].year is None:
        return False
    parent.venue = found[0]
    return True


#: ``intro：From Fast R-CNN``: the same, for a link-less field line under a bold title, where
#: a full-width colon needs no space after it (a nested ``名称：[link](url)`` item keeps
#: needing one: without it such items are a Chinese list's entries).
FIELD_LINE = re.compile(r"\s{0,3}([^\W\d_][\w-]{0,20}(?: [\w-]{1,20}){0,2})\s?(?::\s|：)")
#: Where the venue a field opens with ends (``ECCV 2016. Carnegie Mellon University``,
#: ``ECCV 2014 / TPAMI 2015``).
_FIELD_VENUE_END = re.compile(r"[.,;/(（]")


def field_venue(field: str) -> VenueYear | None:
    """``intro: CVPR 2018. ETH Zurich``: the venue and year a field's text opens with, or
    None (``intro: Submitted to IJCV 2018`` opens with no venue)."""
    found = FIELD_LINE.match(field)
    if found is None:
        return None
    head = _FIELD_VENUE_END.split(field[found.end() :], maxsplit=1)[0].strip()
    # (``ECCV 2016 Oral``: how it was presented follows the venue)
    stated = split_venue_year(without_trailing_presentation(head)) if head else None
    if stated is None or stated.venue is None or stated.year is None:
        return None
    return stated


#: The most words of a method's name before its code link under a paper.
_METHOD_NAME_WORDS = 3


def named_code(line: list[Segment], links: list[Segment]) -> bool:
    """``  - EasyEnsemble [[**Code**](url)]`` under a paper: a method the paper proposes,
    named in a few words, and only links labelled as what they are (``Code``, ``Paper``)."""
    first = next(i for i, s in enumerate(line) if s.kind == "link")
    name = plain(line[:first]).strip(" []()*")
    after = plain([s for s in line[first:] if s.kind != "link"]).strip(" []()*")
    if not name or after or len(name.split()) > _METHOD_NAME_WORDS:
        return False
    if not any(ch.isalnum() for ch in name) or name.endswith((".", ":", "：")):
        return False
    # (one word each: ``[Code]``, ``[Paper]``; ``[Python Code](url)`` names a port of its own)
    return all(
        s.style == "inline" and len(s.text.split()) == 1 and is_generic_label(s.text) for s in links
    )


#: The most words a bracketed link label has (``[[KDD 2016]](url)``, ``[[Python KarateClub]]``).
_LABEL_WORDS = 4


#: What separates a repository's link from its tag: ``[o/r](url) | [Pytorch]``.
_TAG_SEPARATORS = " \t|[]()-–,;/"


def tagged_repository(line: list[Segment], links: list[Segment]) -> bool:
    """``  + [gmh14/RobNets](https://github.com/gmh14/RobNets) | [Pytorch]`` under a paper:
    one link to a code host, then only the language or framework of the code; the paper's
    code (an implementation), not a resource of its own."""
    if len(links) != 1 or line[0] is not links[0] or links[0].style != "inline":
        return False
    if link_kind(str(links[0].href)) != "code":
        return False
    after = plain(line[1:]).strip(_TAG_SEPARATORS)
    return bool(after) and is_code_tag(after.replace("[", " ").replace("]", " "))


def bracketed_label(seg: Segment) -> bool:
    """A link written ``[[KDD 2016]](url)`` or ``[[SNAP]](url)``: a short text in brackets
    labels a link of the entry above (its paper by venue, its site), names no resource."""
    text = seg.text.strip()
    return (
        seg.style == "inline"
        and text.startswith("[")
        and text.endswith("]")
        and 0 < len(text[1:-1].split()) <= _LABEL_WORDS
    )


#: What may stand beside bracketed label links on a detail line: bracketed marks
#: (``[[WWW 2018]]``, ``(SDM 2018)``) and spaces (bounded: a short line's text).
_MARKS_ONLY = re.compile(
    r"(?:\s{0,3}(?:\[{1,2}[^\[\]\n]{1,30}\]{1,2}|[(（][^()（）\n]{1,30}[)）]))*\s*"
)


def marked_links(line: list[Segment], links: list[Segment]) -> bool:
    """``[[Arxiv]](url) [[WWW 2018]]``, ``[[Paper]](url) (SDM 2018)``: label links and
    bracketed marks only, the details of the entry above."""
    # (``[ECCV2020] https://arxiv.org/abs/1912.08830``: a bare address is the paper's too)
    if not all(bracketed_label(s) or s.style == "bare" for s in links):
        return False  # (``[Python Code](url) (2nd Edition)``: a resource of its own)
    if not any(s.kind == "text" and s.text.strip() for s in line) and not all(
        bracketed_label(s) for s in links
    ):
        return False  # (a bare address alone is read as one already)
    rest = "".join(s.text for s in line if s.kind == "text")
    return len(rest) <= _MARKS_MAX and _MARKS_ONLY.fullmatch(rest) is not None


#: The longest text such a line has besides its links.
_MARKS_MAX = 120

#: ``Official Code - Falcon-TST``: a link's label, a dash or colon, the name of what it
#: leads to.
_LABEL_THEN_NAME = re.compile(
    r"(?P<label>[^-–—:：\n]{1,30}?)\s{0,3}[-–—:：]\s{0,3}(?P<name>\S.{0,60})"
)
#: The most words of the name after such a label.
_NAMED_LABEL_WORDS = 4
#: What a line of such links has besides them: brackets, bars and spaces.
_LINK_PUNCTUATION = " \t[]()|/,;·"


def labelled_link(seg: Segment) -> bool:
    """A link labelled as what it is (``[Code](url)``), maybe with the short name of what it
    leads to after the label (``[Official Code - Falcon-TST](url)``): a page of the entry
    above, not a resource of its own."""
    if seg.kind != "link" or seg.style != "inline":
        return False
    text = seg.text.strip()
    if is_generic_label(text):
        return True
    named = _LABEL_THEN_NAME.fullmatch(text)
    # (``Part 2: Proof-of-Work``: a numbered part of a series is a resource of its own)
    return (
        named is not None
        and not any(ch.isdigit() for ch in named.group("label"))
        and is_generic_label(named.group("label"))
        and len(named.group("name").split()) <= _NAMED_LABEL_WORDS
    )


def labelled_links(line: list[Segment], links: list[Segment]) -> bool:
    """``  - [[Official Code - Falcon-TST](url)]`` / ``  - [[Code](url)] | [[Slides](url)]``
    under a paper (ts-forecasting-deep-learning): labelled links in brackets, nothing else
    on the line, the details of the entry above."""
    others = [s for s in line if s.kind != "link"]
    if not all(s.kind == "text" and not s.text.strip(_LINK_PUNCTUATION) for s in others):
        return False
    return all(labelled_link(s) for s in links)


#: ``Wall Kim, Chaeyoung Song, Hanul Kim. arXiv 2026. 2/2026.``: names (no full stop in
#: them: initials are read elsewhere), a full stop, then the sentences that follow.
_NAMES_THEN_SENTENCES = re.compile(
    r"(?P<names>[^.]{3,600}?[^.\s]{2})\.[ \t]{1,3}(?P<rest>\S.{0,300})"
)
#: The most words of the sentence that names the venue.
_VENUE_SENTENCE_WORDS = 6


def names_venue_date(text: str) -> tuple[list[str], VenueYear, str | None, list[str]] | None:
    """``Wall Kim, Chaeyoung Song, Hanul Kim. arXiv 2026. 2/2026.``, ``Seunghyun Lee, …,
    Jinwoo Shin. Offline RL workshop. 12/2020.``, ``Xu Liu, Tong Yu, Shuai Li. AAMAS 2025
    Extended Abstract.``: a plain line under a paper of its authors, then its venue (with
    its year, or dated by the sentence after it), then perhaps its date and a remark. The
    names, the venue, the date (ISO, when a month is stated) and the other sentences, or
    None."""
    found = _NAMES_THEN_SENTENCES.fullmatch(" ".join(text.split()))
    if found is None:
        return None
    names = plain_names(found.group("names"))
    parts = [p.strip() for p in found.group("rest").strip().rstrip(".").split(". ")]
    written = parts[0]
    if names is None or not written[:1].isalpha() or len(written.split()) > _VENUE_SENTENCE_WORDS:
        return None
    date = None
    notes: list[str] = []
    for part in parts[1:]:
        when = parse_date(part) if date is None else None
        if when is not None and when.iso != str(when.year):
            date = when
        else:
            notes.append(part)
    venue = split_venue_year(without_trailing_presentation(written)) or venue_after_names(written)
    if venue is None or venue.venue is None:
        split = _VENUE_YEAR_WORDS.fullmatch(written)
        known = canonical_venue(split.group("name")) if split is not None else None
        if split is not None and known is not None:
            # ``AAMAS 2025 Extended Abstract``: a known venue, its year, then its track
            venue = VenueYear(
                f"{known} {split.group('rest').strip()}", int(split.group("y")), written
            )
        elif date is not None and written[0].isupper():
            venue = VenueYear(written, None, written)  # ``Offline RL workshop. 12/2020.``
        else:
            return None
    if venue.year is None and date is not None:
        venue = VenueYear(venue.venue, date.year, venue.raw)
    if venue.year is None:
        return None
    return names, venue, date.iso if date is not None else None, notes


#: ``AAMAS 2025 Extended Abstract``: a venue, its year, then words of the venue.
_VENUE_YEAR_WORDS = re.compile(
    r"(?P<name>[A-Z][\w&-]{1,20})[ \t]{1,3}(?P<y>(?:19|20)\d\d)"
    r"[ \t]{1,3}(?P<rest>[A-Za-z][A-Za-z \t]{2,40})"
)


#: ``Code:``, ``Paper：``: a link's label and its colon, the address after it left empty.
_EMPTY_LINK_FIELD = re.compile(r"\s{0,3}([^\W\d_][\w -]{0,20}?)\s?[:：]\s{0,3}")


def empty_link_field(text: str) -> bool:
    """Whether ``text`` is only a generic link label and its colon (``Code:``)."""
    found = _EMPTY_LINK_FIELD.fullmatch(text)
    return found is not None and is_generic_label(found.group(1))
