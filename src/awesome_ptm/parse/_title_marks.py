"""Marks around an entry's title that say where the title is and what it is not: a venue
bracket before a paper's kind-named links (``[ECCV 2020] ([paper](url)) Title``), a year and
venue dashed before a linked title (``2001-JMLR-[Title](url)``), a journal after a linked
title (``[Title](url), Electronics, 2019``), a venue in italics after "in" (``Title, in *ICML*
2024``), a name and its description before a star-count
link (``idyntree - Library … [⭐ 231](url)``), and a title wrapped over two lines."""

from __future__ import annotations

import re

from awesome_ptm.identity import link_kind
from awesome_ptm.parse._dates import parse_date
from awesome_ptm.parse._decoration import without_leading_decoration
from awesome_ptm.parse._draft import Draft
from awesome_ptm.parse._inline import Segment, plain
from awesome_ptm.parse._names import names_at
from awesome_ptm.parse._notes import (
    clean_label,
    is_generic_label,
    labels_for_rest,
    link_draft,
    rest_notes,
)
from awesome_ptm.parse._rest import finish
from awesome_ptm.parse._venue_names import venue_after_names, venue_as_written, venue_of_tag
from awesome_ptm.parse._vocabulary import column_role, runs_on
from awesome_ptm.titles import CJK_CHAR
from awesome_ptm.venues import VenueYear, canonical_venue, find_venue_year, split_venue_year

#: ``idyntree - Library for estimation …``: a short name, a dash, its description.
_NAME_THEN_DASH = re.compile(
    r"(?P<name>[^\s-][^\n]{0,50}?)[ \t]{1,3}(?P<dash>--|[-–—])[ \t]{1,3}(?P<rest>\S[^\n]*)"
)
#: The most words such a name has (before two hyphens, fewer: a title may use them).
_DASHED_NAME_WORDS = 5
_DOUBLE_HYPHEN_NAME_WORDS = 3
#: ``Amanda：客户端-服务器模型备份工具。``: a name in Latin letters, a full-width colon, then
#: its description in Chinese (``GH-ICP：Iterative Closest Point …``, English after the colon,
#: is a paper's title).
_LATIN_NAME_THEN_COLON = re.compile(
    rf"(?P<name>[A-Za-z0-9][A-Za-z0-9 .+#&/'-]{{0,50}}?)[ \t]{{0,3}}：[ \t]{{0,3}}"
    rf"(?P<rest>(?:{CJK_CHAR.pattern})[^\n]*)"
)


def name_before_star_link(
    title: str, segs: list[Segment], first_link: int | None
) -> tuple[str, str] | None:
    """``🟢 idyntree - Library for … [⭐ 231](url)``, ``OpenSaaS.sh - **Open Source**
    https://opensaas.sh/``: when the line's only links count stars, name their kind
    (``[⭐ 231]``, ``[[code]]``) or only show their address or a badge, the text before them
    is a name and its description; the two, or None."""
    if first_link is None or (
        " -" not in title and " –" not in title and " —" not in title and "：" not in title
    ):
        return None  # (most titles have no dash: a cheap test first)
    links = [s for s in segs[first_link:] if s.kind == "link"]
    if not links or not all(_counts_or_names_kind(s.text) or _names_nothing(s) for s in links):
        return None
    # (the links close the line, badges perhaps: words after them make it a sentence)
    after = plain([s for s in segs[first_link:] if s.kind not in ("link", "image")])
    if after.strip(" \t.,;|[]()"):
        return None
    if "[" in title:
        return None  # (``[Lecture 8 - Title (…)(url)``: a link whose bracket never closed)
    bare = without_leading_decoration(title).strip()
    found = _NAME_THEN_DASH.fullmatch(bare) or _LATIN_NAME_THEN_COLON.fullmatch(bare)
    if found is None or len(found.group("name").split()) > _DASHED_NAME_WORDS:
        return None
    if found.groupdict().get("dash") == "--" and (
        len(found.group("name").split()) > _DOUBLE_HYPHEN_NAME_WORDS
        or any(link_kind(str(s.href)) == "paper" for s in links)
    ):
        # (``OpenAssistant Conversations -- Democratizing … [arXiv](url)``: a paper's title
        # written with two hyphens; ``openISP -- Open Image Signal Processor [[code]](url)``
        # a tool's name and what it is)
        return None
    return found.group("name").strip(), found.group("rest").strip()


def _names_nothing(link: Segment) -> bool:
    """A link whose text is only its address or a picture (``https://nextacular.co``, a
    stars badge): it names nothing the text before it does not."""
    text = link.text.strip()
    return not text or text == str(link.href).strip() or text.startswith(("http://", "https://"))


def _counts_or_names_kind(text: str) -> bool:
    return _STAR_COUNT.fullmatch(text.strip()) is not None or is_generic_label(text)


#: ``⭐ 231``, ``★ 1.2k``: a link's text that counts stars.
_STAR_COUNT = re.compile(r"[⭐★🌟]\ufe0f?[ \t]{0,3}[\d.,]{1,12}[kKmM]?\+?")

#: ``2001-JMLR-``, ``2016.06-``, ``2017-Proceedings of the IEEE-``: a year (a month after a
#: dot perhaps) and a venue, joined by dashes, before a linked title.
_DASH_MARKER = re.compile(
    r"(?P<y>(?:19|20)\d\d)(?:\.(?P<m>0?[1-9]|1[0-2]))?(?:-(?P<v>[^\[\]\n-][^\[\]\n]{0,59}?))?"
    r"[ \t]{0,2}-"
)


def _dash_venue(marker: re.Match[str]) -> VenueYear:
    """The venue and year of a :data:`_DASH_MARKER`: a known venue, else the name as written
    when it reads as a venue's (``Proceedings of the IEEE``, ``TNN``; not ``Book``)."""
    year = int(marker.group("y"))
    written = (marker.group("v") or "").strip()
    if not written:
        return VenueYear(None, year, marker.group(0))
    # (``2017-CVPR-ResNeXt-``: a method's name after the venue's)
    for name in (written, written.split("-", 1)[0]):
        known = split_venue_year(name)
        if known is not None and known.venue is not None:
            return VenueYear(known.venue, year, marker.group(0))
    if venue_as_written(written):
        return VenueYear(written, year, marker.group(0))
    return VenueYear(None, year, marker.group(0))


#: ``, NPJ Digit. Med. 2025``: the whole rest of a line after its linked title, a comma, a
#: name and a year.
_JOURNAL_AFTER_LINK = re.compile(r"[ \t]{0,3},[ \t]{0,3}(.{2,80}?)[ \t.]{0,3}")

#: ``[ECCV 2020 spotlight] (RECOMMENDED!) (``: a venue bracket, remarks in brackets and the
#: bracket the links open with, before a paper's links.
_MARKER_BEFORE_LINKS = re.compile(
    r"[ \t]{0,3}\[(?P<marker>[^\[\]]{2,60})\](?:[ \t]{0,3}\([^()]{1,40}\))*"
    r"[ \t]{0,3}[(\[]?[ \t]{0,3}"
)
#: ``(RECOMMENDED!)``, ``(Need to be cautious)``: a remark in brackets closing a title.
_TITLE_REMARK = re.compile(r"[ \t]{0,3}\([^()]{1,40}\)[ \t]*$")
#: ``(RECOMMENDED!) ``: a remark in brackets opening a title.
_LEADING_REMARK = re.compile(r"[ \t]{0,3}\([^()]{1,40}\)[ \t]{0,3}")
#: The fewest words a title after a paper's links has.
_TITLE_AFTER_LINKS_WORDS = 2


def _names_a_kind(text: str) -> bool:
    """``paper``, ``code``, ``exist code``: a short link text whose last word names the
    link's kind (``M^3IT: Multimodal, Multilingual Instruction Tuning Dataset`` is a title)."""
    words = text.split()
    return 0 < len(words) <= _KIND_TEXT_WORDS and is_generic_label(words[-1])


#: The most words of a link text that names its link's kind (``official PyTorch code``).
_KIND_TEXT_WORDS = 3


#: ``arXiv 2025.06``, ``RSS 2025``, ``website 2026.03``, ``1999``: a link's text that says
#: where and when the work appeared, its date last.
_DATED_LINK_TEXT = re.compile(
    r"(?P<name>[^\d\[\]]{0,40}?)\s{0,2}(?P<date>(?:19|20)\d\d(?:\.\d{1,2})?)"
)
#: A title after such a link and a space: a letter or digit first, no dash or comma.
_SPACED_TITLE = re.compile(r"[ \t]{1,3}[^\W_]")
#: The fewest words of the title after such a link.
_TITLE_AFTER_DATED_LINK_WORDS = 3
#: What follows such a link: a comma and the title, or the title in bold.
_AFTER_DATED = ("text", "strong")


def dated_link_first(segs: list[Segment]) -> Draft | None:
    """``[arXiv 2025.06](url), GMT: General Motion Tracking …, [website](url) /
    [code](url)``, ``🌟 [RSS 2025](url), ASAP: …``: a link whose text is where and when the
    work appeared opens the line, then a comma and the title (humanoid-robot-learning). The
    draft (the venue a known name gives, ``[website 2026.03]`` the date alone; the links in
    their order), or None."""
    at = 0
    if segs and segs[0].kind == "text" and not without_leading_decoration(segs[0].text).strip():
        at = 1  # (``🌟 ``: the curator's mark before the link)
    if len(segs) < at + 2 or segs[at].kind != "link" or segs[at + 1].kind not in _AFTER_DATED:
        return None
    dated = _DATED_LINK_TEXT.fullmatch(segs[at].text.strip())
    if dated is None:
        return None
    after = segs[at + 1 :]
    if after[0].kind == "text" and not after[0].text.strip() and len(after) > 1:
        after = after[1:]
    # (``[ICRA 2025](url) **QuadWBG: Generalizable Quadrupedal Whole-Body Grasping.**``:
    # the bold title right after the link, Awesome-Quadruped-with-Manipulator)
    bold = after[0].kind == "strong"
    # (``[ICLR 2026](url) Improving Block-Wise LLM Quantization … [[code](url)]``: no comma,
    # the title right after the link; then the link must name a venue the tables know)
    text = after[0].text if after[0].kind == "text" else ""
    spaced = _SPACED_TITLE.match(text) is not None
    if not bold and not spaced and text.lstrip()[:1] != ",":
        return None
    # (``, **TWIST: Teleoperated Whole-Body Imitation System**``, ``, **HOMIE**: …``: the
    # title, bold in part or whole, up to the next link)
    upto = next((i for i in range(at + 1, len(segs)) if segs[i].kind == "link"), len(segs))
    title = plain(segs[at + 1 : upto]).strip().lstrip(",").strip().rstrip(",").strip()
    if spaced:
        title = title.rstrip("[（(").rstrip()  # (``Title [[code](url)]``: the bracket's)
    if bold:
        title = title.rstrip(".").rstrip()
    if len(title.split()) < _TITLE_AFTER_DATED_LINK_WORDS:
        return None
    when = parse_date(dated.group("date"))
    if when is None:
        return None
    name = dated.group("name").strip(" ,")
    known = split_venue_year(name) if name else None
    if bold and name and (known is None or known.venue is None):
        known = venue_of_tag(segs[at].text.strip())  # (``[Science Robotics 2025](url)``)
    venue = known.venue if known is not None and known.venue is not None else None
    if name and venue is None and not is_generic_label(name):
        return None  # ``[Applied Category Theory @ MIT 2019](url), series of …``: a name
    if spaced and (venue is None or canonical_venue(venue) is None):
        return None  # ``[Weekly 2024](url) digest of …``: no venue, no mark of one
    draft = Draft(title=title, shape="text-title")
    draft.venue = VenueYear(venue, when.year, segs[at].text.strip())
    if when.iso != str(when.year):
        draft.date = when.iso
    draft.links = labels_for_rest(segs, None)
    return draft


def title_after_links(segs: list[Segment]) -> Draft | None:
    """``[ECCV 2020] ([paper](url) [code](url)) Negative Margin Matters: …``: a venue bracket,
    the paper's links named by their kind, then the title. The draft, or None."""
    if segs[0].kind != "text" or not segs[0].text.lstrip().startswith("["):
        return None  # (a venue bracket opens the line: a cheap test first)
    links = [i for i, s in enumerate(segs) if s.kind == "link"]
    if not links:
        return None
    first, last = links[0], links[-1]
    marker = _MARKER_BEFORE_LINKS.fullmatch(plain(segs[:first]))
    if marker is None or any(s.kind not in ("link", "text") for s in segs[first : last + 1]):
        return None
    # (``[exist code](url)``: a kind of link, said with a word before it)
    if not all(_names_a_kind(segs[i].text) for i in links):
        return None
    after = plain(segs[last + 1 :]).strip().lstrip(")）]").strip()
    after = _LEADING_REMARK.sub("", after, count=1) if after.startswith("(") else after
    title = _TITLE_REMARK.sub("", after).strip()
    if len(title.split()) < _TITLE_AFTER_LINKS_WORDS:
        return None
    found = find_venue_year(f"[{marker.group('marker')}]")
    draft = Draft(title=title, shape="text-title", venue=found[0] if found else None)
    draft.links.extend(link_draft(segs[i], clean_label(segs[i].text)) for i in links)
    if title != after:
        draft.notes.append(after[len(title) :].strip(" ()"))
    return draft


#: What may stand between the links a line opens with: spaces, bars, commas, slashes.
_BETWEEN_LINKS = re.compile(r"[\s|,/·•]*")
#: The fewest words of the title after the links a line opens with.
_TITLE_AFTER_KIND_LINKS_WORDS = 3


def kind_links_first(segs: list[Segment]) -> list[Segment] | None:
    """``[[Paper]](url) Title, Names, *May 2023*``, ``<a href=…>[Paper]</a> Title``: links
    that only say what they are (paper, code) open the line and the title follows them. The
    segments reordered, the title first and those links after it, to be read as ``Title …
    [[Paper]](url)`` is; or None."""
    at = 0
    while at < len(segs):
        seg = segs[at]
        if seg.kind == "link":
            # (``[GitHub](url) Powerful collaboration …``, ``[Slides](url) - …``: a resource
            # named like a kind of link, then what it is)
            if not (_bracketed_kind(seg.text) or column_role(seg.text.strip()) == "paper"):
                return None
        elif seg.kind != "text" or not _BETWEEN_LINKS.fullmatch(seg.text):
            break
        at += 1
    if at == 0 or at == len(segs) or segs[at].kind not in ("text", "strong", "em"):
        return None
    if not any(s.kind == "link" for s in segs[:at]):
        return None
    after = plain(segs[at:]).strip()
    if len(after.split()) < _TITLE_AFTER_KIND_LINKS_WORDS or after.startswith(_DESCRIBING):
        return None
    rest = segs[at:]
    if rest[0].kind == "text":
        # (``[arXiv](url)] LucidDreamer: …``: the bracket that closed the link's)
        rest = [Segment("text", rest[0].text.lstrip(" ]）)】")), *rest[1:]]
    return [*rest, Segment("text", " "), *segs[:at]]


#: What opens a description after a name rather than a title after links.
_DESCRIBING = ("-", "–", "—", ":", "：", "(", "|")


def _bracketed_kind(text: str) -> bool:
    """``[Paper]``, ``[Code]``: a kind of link in brackets (``[[Paper]](url)``)."""
    text = text.strip()
    return text.startswith("[") and text.endswith("]") and is_generic_label(text)


def title_runs_on(first: list[Segment], second: list[Segment]) -> bool:
    """Whether a paragraph's first line is a title cut short, its rest on the second line:
    the first line plain text (no link, no closing stop), the second text then links, and
    either the second line going on in lower case or the first ending on a small word."""
    if len(first) != 1 or first[0].kind != "text" or not second or second[0].kind != "text":
        return False
    head = first[0].text.strip()
    rest = second[0].text.strip()
    if not head or not rest or head[-1] in ".:;!?。" or not any(s.kind == "link" for s in second):
        return False
    words = head.split()
    if len(words) < _WRAPPED_TITLE_WORDS:
        return False
    return rest[0].islower() or runs_on(words[-1])


#: The fewest words the first line of a wrapped title has.
_WRAPPED_TITLE_WORDS = 3


def dashed_link_title(segs: list[Segment], first_link: int) -> Draft | None:
    """``2001-JMLR-[Title](url)``, ``2016.06-[Title](url)``: the year (and month) and the
    venue written before the linked title. The draft, or None when nothing is dashed so."""
    marker = _DASH_MARKER.fullmatch(plain(segs[:first_link]).strip())
    if marker is None:
        return None
    link = segs[first_link]
    draft = Draft(title=link.text.strip(), shape="link-title")
    draft.links.append(link_draft(link, None))
    draft.links.extend(labels_for_rest(segs[first_link + 1 :], None))
    draft = finish(draft, segs, set(range(first_link + 1)))
    draft.venue = _dash_venue(marker)
    if marker.group("m"):
        draft.notes.insert(0, f"{marker.group('y')}.{marker.group('m')}")
    return draft


def journal_after_title(draft: Draft, after: list[Segment]) -> None:
    """``[Title](url), NPJ Digit. Med. 2025``: a journal no alias knows and its year, right
    after the linked title, is the draft's venue (and no note of it)."""
    if _date_then_venue(draft, plain(after)):
        return
    journal = _JOURNAL_AFTER_LINK.fullmatch(plain(after))
    written = journal.group(1) if journal is not None else ""
    named = venue_after_names(written) if written else None
    if (
        named is not None
        and named.venue is not None
        and named.year is not None
        and written.rstrip(" .").endswith(f", {named.year}")
        and canonical_venue(named.venue) is None
        and names_at(named.venue, "medium")
    ):
        # ``[Model Compression](url), Rich Caruana, 2006``: who wrote it, and when
        draft.authors = draft.authors or names_at(named.venue, "medium") or []
        draft.venue = VenueYear(None, named.year, str(named.year)) if named.year else draft.venue
        draft.notes = [n for n in draft.notes if n.strip(" ,.") != written]
        return
    if named is not None and named.venue is not None and named.year is not None:
        draft.venue = named
        draft.notes = [n for n in draft.notes if n.strip(" ,.") != written]


#: ``, (HKUST, Pacific), 2023-12, arXiv``: who made it in brackets perhaps, the year and
#: month, then the venue, closing the text after a linked title.
_DATE_THEN_VENUE = re.compile(
    r"[ \t]{0,3},[ \t]{0,3}(?:(?P<who>\([^()]{1,120}\))[ \t]{0,3},[ \t]{0,3})?"
    r"(?P<date>(?:19|20)\d\d-(?:0?[1-9]|1[0-2])),[ \t]{0,3}(?P<venue>[^,()\[\]]{2,60}?)[ \t.]{0,3}"
)


def _date_then_venue(draft: Draft, after: str) -> bool:
    """``[Title](url), (HKUST, Pacific), 2023-12, arXiv``, ``…, 2021-09,
    ICDAR-Workshop-2021``: the date is the entry's, the venue too (its year the date's when
    it states none; dashes between its words read as spaces); who made it stays a note.
    True when the text was so."""
    found = _DATE_THEN_VENUE.fullmatch(after)
    if found is None:
        return False
    written = found.group("venue").strip()
    spaced = written.replace("-", " ")
    venue = split_venue_year(written) or split_venue_year(spaced) or venue_after_names(spaced)
    if venue is None or venue.venue is None:
        return False
    year, month = found.group("date").split("-")
    draft.venue = VenueYear(venue.venue, venue.year or int(year), written)
    draft.date = f"{year}-{int(month):02d}"
    whole = after.strip(" ,.")
    draft.notes = [n for n in draft.notes if n.strip(" ,.") != whole]
    if found.group("who"):
        draft.notes.append(found.group("who"))
    return True


#: ``…, in `` / ``? in: ``: the word before a venue set in italics (matched on a short tail).
_IN_BEFORE = re.compile(r"[,.]?\s{1,3}in:?\s{0,3}$", re.IGNORECASE)
_IN_TAIL = 12
#: `` 2024,``: the year after the italic venue.
_YEAR_AFTER = re.compile(r"\s{0,3}[,']?\s{0,2}((?:19|20)\d\d)(?!\d)")
#: The fewest words a title before "in *Venue*" has.
_TITLE_IN_WORDS = 2


def title_in_venue(segs: list[Segment], stop: int) -> Draft | None:
    """``Position Paper: … Time Series Analysis, in *ICML* 2024, [\\[paper\\]](url)``,
    ``Title? in *SIGSPATIAL* 2023.``: the text is the title, the italics after "in" the
    venue (one no alias knows kept as written: ``in *NPJ Digit. Med.* 2022``), the year
    after it its year. The draft, or None."""
    at = next((i for i in range(1, stop) if segs[i].kind == "em"), None)
    if at is None or any(s.kind != "text" for s in segs[:at]):
        return None
    head = plain(segs[:at])
    tail = head[-_IN_TAIL:]
    found = _IN_BEFORE.search(tail)
    if found is None:
        return None
    title = head[: len(head) - len(tail) + found.start()].strip()
    name = " ".join(segs[at].text.split()).strip(" ,")
    if len(title.split()) < _TITLE_IN_WORDS or not name:
        return None
    after = segs[at + 1].text if at + 1 < len(segs) and segs[at + 1].kind == "text" else ""
    year = _YEAR_AFTER.match(after)
    # (only the year, marks and links after the venue: ``written in *Rust* for speed`` is
    # a sentence)
    if (after[year.end() :] if year is not None else after).strip(" ,.;:[(（【"):
        return None
    written = f"{name} {year.group(1)}" if year is not None else name
    known = split_venue_year(written)
    if known is not None and known.venue is not None:
        venue = known
    elif year is not None:
        venue = VenueYear(name, int(year.group(1)), written)
    else:
        return None
    draft = Draft(title=title, shape="text-title", venue=venue)
    rest = list(segs[at + 1 :])
    if year is not None:  # (the year was read from the text right after the venue)
        rest[0] = Segment("text", after[year.end() :])
    draft.links = labels_for_rest(rest, None)
    draft.notes.extend(n for n in rest_notes(rest, set()) if n)
    return draft
