"""A link's text read as a title: ``[DCN] Deep & Cross Network for Ad Click Predictions
(Stanford 2017)`` — a leading tag that names the work (or its venue), a closing bracket that
states the venue and year or who made it and when."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from awesome_ptm.parse._comma_tails import comma_venue_year
from awesome_ptm.parse._dates import YEAR_DIGITS, parse_date
from awesome_ptm.parse._inline import Segment
from awesome_ptm.parse._leading_marker import leading_marker
from awesome_ptm.parse._names import split_authors
from awesome_ptm.parse._venue_names import closing_glued_venue
from awesome_ptm.parse._vocabulary import is_link_label
from awesome_ptm.titles import SHORTCODE, in_title_case
from awesome_ptm.venues import VenueYear, canonical_venue, find_venue_year, split_venue_year

#: ``[DCN] Deep & Cross Network``: a short tag in brackets opening a link's title.
_LEADING_TAG = re.compile(r"\[([^\[\]]{1,40})\]\s{0,3}(?=\S)")
#: ``Title (Stanford 2017)``, ``Title (HKUST, 2015)``, ``Title (2014)``: a closing bracket
#: that ends in a year, with at most a few words (a venue or who made it) before it; a
#: letter may tell two works of one year apart (``(Li et al., 2024b)``).
_CLOSING_YEAR = re.compile(
    r"\s{0,3}[(（](?P<who>[^()（）\d]{0,40}?)[,，]?\s{0,3}"
    r"(?P<when>(?P<y>(?:19|20)\d\d)(?:\.(?:1[0-2]|0?[1-9]))?)[a-e]?[)）]\s*$"
)
#: Words before the year in such a bracket: more would be a sentence, not a maker's name.
_MAKER_WORDS = 4


#: ``…竞赛框架篇！:star:``: an emoji shortcode closing a link's text, glued to it (GitHub shows
#: the emoji).
_TRAILING_SHORTCODE = re.compile(rf"(?<![A-Za-z0-9]){SHORTCODE}$")
#: ``《机器学习》 周志华``: a book's title in Chinese title marks, a space, then a little more
#: (``《几何原本》在线版``, glued, is one title: "the online edition")
_LEADING_BOOK = re.compile(r"《(?P<book>[^《》]{1,80})》\s{1,3}(?P<rest>[^《》]{1,80})")
#: ``129《Name》description``: an item's number, then a name in title marks and the rest.
_NUMBERED_BOOK = re.compile(r"\d{1,4}\s{0,2}《(?P<book>[^《》]{1,80})》(?P<rest>[^《》]{0,300})")
#: ``042 ``: a zero-padded item number opening a link's text.
_ZERO_PADDED_NUMBER = re.compile(r"^0\d{1,3}\s{1,2}(?=\S)")
#: The most words that may follow the book's title (its authors, not a sentence).
_BOOK_REST_WORDS = 4


@dataclass(frozen=True, slots=True)
class LinkTitle:
    """A link's text read as a title: the title, a tag that names the work, the venue or
    year its brackets state, and who made it (``Stanford``) as a note."""

    title: str
    alias: str | None
    venue: VenueYear | None
    note: str | None


def _marker_after_name(title: str) -> tuple[str, VenueYear | None, str | None]:
    """The title after a name's tag, without a venue-and-year tag that opens it and the
    maker's tag after that (``[RecSys 19][Weibo] Title``): the title, the venue and the
    maker; the title as it is and no venue when no such tag opens it."""
    marked = leading_marker(title)
    if marked is None or marked[0].venue is None or marked[0].year is None:
        return title, None, None
    rest = marked[1]
    maker = _LEADING_TAG.match(rest)
    if (
        maker is not None
        and len(maker.group(1).split()) <= _MAKER_WORDS
        and len(rest[maker.end() :].split()) >= 2
    ):
        return rest[maker.end() :], marked[0], maker.group(1).strip()
    return rest, marked[0], None


def link_title_marks(text: str) -> LinkTitle:
    """``[DCN] Deep & Cross Network for Ad Click Predictions (Stanford 2017)``: a link's
    title with a leading tag (an alias, or a venue: ``[ICLR 2024]``) and a closing bracket
    that states a venue and year (``(CVPR 2016)``) or who made it and when (``(Stanford
    2017)``, ``(2014)``). Text without them comes back as it is."""
    title, alias, venue, note = _TRAILING_SHORTCODE.sub("", text).rstrip(), None, None, None
    book = _LEADING_BOOK.fullmatch(title)
    if book is not None and len(book.group("rest").split()) <= _BOOK_REST_WORDS:
        # ``[《机器学习》 周志华](url)``: the book's title, then who wrote it
        return LinkTitle(book.group("book").strip(), None, None, book.group("rest").strip())
    numbered = _NUMBERED_BOOK.fullmatch(title)
    if numbered is not None:
        # ``[129《YouTube Subtitle Downloader》下载Youtube视频的字幕](url)``: the item's number,
        # the name in title marks, what it does
        rest = numbered.group("rest").strip()
        return LinkTitle(numbered.group("book").strip(), None, None, rest or None)
    title = _ZERO_PADDED_NUMBER.sub("", title, count=1)  # ``042 在Edge中安装…``
    tag = _LEADING_TAG.match(title)
    if tag is not None and len(title[tag.end() :].split()) >= 2:
        found = split_venue_year(tag.group(1))
        if found is not None and found.venue is not None:
            venue = found
        else:
            alias = tag.group(1).strip()
        title = title[tag.end() :]
        if alias is not None:
            # ``[[FiBiNET][RecSys 19][Weibo] FiBiNET_Combining …](url)`` (imsheridan/DeepRec):
            # the name, then the venue and year in brackets, then who made it
            title, venue, note = _marker_after_name(title)
    closing = _CLOSING_YEAR.search(title)
    if closing is not None and closing.start() > 0 and venue is None:
        who = closing.group("who").strip(" ,，")
        inner = f"{who} {closing.group('y')}".strip()
        found = split_venue_year(inner)
        if found is not None and found.venue is not None and canonical_venue(found.venue):
            venue, title = found, title[: closing.start()].rstrip()
        elif len(who.split()) <= _MAKER_WORDS:
            # (``Title (2023.8)``: the year and month it appeared, the raw date kept)
            year = int(closing.group("y"))
            venue = VenueYear(None, year, closing.group("when"))
            note = who or None
            title = title[: closing.start()].rstrip()
    marked = venue is None and ("'" in title or "’" in title)  # (a cheap test first)
    comma = _CLOSING_COMMA_MARKED.search(title) if marked else None
    if marked and comma is None and _may_close_with_venue(title):
        comma = _CLOSING_WORD_MARKED.search(title)  # (``[USDRL AAAI'2025](url)``)
        if comma is not None and title[: comma.start()].rstrip().endswith(("@", " at", " in")):
            comma = None  # (``DExLLM workshop @ ICDE'25``: a workshop held at the venue)
    if comma is not None and comma.start() > 0:
        # ``[Precomputing Oblivious Transfer, CRYPTO'95](url)``: the venue and its year
        # after a comma, the year marked by an apostrophe
        found = split_venue_year(comma.group(1))
        if found is not None and found.venue is not None and found.year is not None:
            venue, title = found, title[: comma.start()].rstrip()
    closed = (
        comma_venue_year(title)
        if venue is None and "," in title and _may_close_with_venue(title)
        else None
    )
    if (
        closed is not None
        and closed[1].venue is not None
        and closed[1].year is not None
        and canonical_venue(closed[1].venue) is not None
        and len(closed[0].split()) >= _COMMA_TITLE_WORDS
    ):
        # ``[A Deep Relevance Matching Model for Ad-hoc Retrieval, CIKM 2016](url)``: a venue
        # an alias knows and its year after the title's last comma
        title, venue = closed
    glued = closing_glued_venue(title) if venue is None else None
    if glued is not None and glued[1].year is not None:
        # ``Deep Keyphrase Generation (ACL17)``, ``…SentenceEmbeddings(CoNLL18)``: a known
        # venue and a short year glued in the bracket closing the title
        title, venue = glued
    kind = _CLOSING_KIND.search(title) if title.endswith((")", "）")) else None
    if kind is not None and kind.start() > 0 and is_link_label(kind.group(1)):
        # ``segment-anything-video (Project)``: the kind of page, not a word of the name
        note = kind.group(1) if note is None else f"{note}; {kind.group(1)}"
        title = title[: kind.start()].rstrip()
    return LinkTitle(title, alias, venue, note)


#: ``, CRYPTO'95``, ``, USENIX Security'14``, ``, ICML'2025``: a comma, then a name and its
#: year after an apostrophe, closing a title.
_CLOSING_COMMA_MARKED = re.compile(r"\s{0,2}[,，]\s{0,2}([^,，()（）]{2,40}?['’](?:\d\d|\d{4}))$")
#: The fewest words of a link's title before a comma and a known venue with its year
#: (``[Gallego et al., TPAMI 2020](url)`` names its authors, not its title).
_COMMA_TITLE_WORDS = 3


def _may_close_with_venue(title: str) -> bool:
    """Whether a link's text may be a title closed by its venue: not a citation by names
    (``Gallego et al., TPAMI 2020``), not a bracket left open (``[Gillick et al., …]``)."""
    return "et al" not in title and title.count("[") == title.count("]")


#: ``USDRL AAAI'2025``, ``MS-CLR arxiv'2025``: a space, then one word and its year after an
#: apostrophe, closing a (short) title.
_CLOSING_WORD_MARKED = re.compile(r"\s{1,2}([A-Za-z][\w&.-]{1,20}['’](?:\d\d|\d{4}))$")
#: ``… (Project)``: one short word in a bracket closing a title.
_CLOSING_KIND = re.compile(r"\s{1,3}[(（]([A-Za-z]{3,12})[)）]$")


#: Where a link's text states more after its title: a full stop and a space (or its end).
_SENTENCE_END = re.compile(r"\.(?:\s+|$|(?=(?:19|20)\d\d\.?\s*$))")
#: ``(*) Title``: a mark the curator sets before the titles they recommend.
_STAR_MARK = re.compile(r"\(\*\)\s{0,3}")
#: The most words a sentence that is neither date nor venue may have among the stated ones
#: (``CMU ECE``: who made the work).
_MAKER_SENTENCE_WORDS = 3
#: The fewest words the title before the stated sentences has.
_STATED_TITLE_WORDS = 2


@dataclass(frozen=True, slots=True)
class StatedTitle:
    """A link's text read as a title then sentences stating its venue and date: the title,
    the venue (with its year) and the other sentences as notes (a date, who made it)."""

    title: str
    venue: VenueYear | None
    notes: list[str]


def _stated_venue(sentence: str) -> VenueYear | None:
    """A sentence that opens with a venue and its year (``NIPS 2016 workshop``, ``ICLR
    2021 (Under Review)``), or is one."""
    whole = split_venue_year(sentence)
    if whole is not None and whole.venue is not None and whole.year is not None:
        return whole
    found = find_venue_year(sentence)
    if found is not None and found[1] == 0 and found[0].venue and found[0].year:
        return found[0]
    return None


def stated_after_title(text: str) -> StatedTitle | None:
    """``[Federated Residual Learning. 2020-03](url)``, ``[(*) On the Convergence of FedAvg
    on Non-IID Data. ICLR 2020.](url)``, ``[Title. CMU ECE. 2020-04-07](url)``: the title,
    then sentences that each state a date, a venue with its year, or (one, short) who made
    the work. None unless every sentence after the title is one of those and one states a
    date or a venue."""
    star = _STAR_MARK.match(text)
    body = text[star.end() :] if star is not None else text
    cuts = [m for m in _SENTENCE_END.finditer(body) if m.start() > 0]
    if not cuts:
        return None
    title = body[: cuts[0].start()].strip()
    sentences = [
        body[a.end() : b.start() if b is not None else len(body)].strip()
        for a, b in zip(cuts, [*cuts[1:], None], strict=True)
    ]
    sentences = [s for s in sentences if s]
    for at in range(len(sentences) - 1, 0, -1):
        if YEAR_DIGITS.fullmatch(sentences[at]) and parse_date(sentences[at - 1]) is None:
            sentences[at - 1 : at + 1] = [f"{sentences[at - 1]} {sentences[at]}"]
    if len(title.split()) < _STATED_TITLE_WORDS or not sentences:
        return None
    venue: VenueYear | None = None
    notes: list[str] = []
    makers = 0
    for sentence in sentences:
        found = _stated_venue(sentence) if venue is None else None
        if found is not None:
            venue = found
            if sentence != found.raw:  # (``ICLR 2021 (Under Review)``: said of the venue)
                notes.append(sentence)
        elif parse_date(sentence) is not None:
            notes.append(sentence)
        elif len(sentence.split()) <= _MAKER_SENTENCE_WORDS and makers == 0:
            makers += 1
            notes.append(sentence)
        else:
            return None
    if venue is None and len(notes) == makers:
        return None
    return StatedTitle(title, venue, notes)


#: ``: Flow-Friendly Latents for Text-to-Motion, Zhu et al.``: a colon, the rest of the title,
#: then the first author's name and "et al." closing the line.
_SUBTITLE_ET_AL = re.compile(
    r"\s{0,3}[:：]\s{1,3}(?P<sub>\S.{2,300}?),?\s{1,3}"
    r"(?P<name>[A-Z][\w'’-]{1,30}(?: [A-Z][\w'’-]{1,30})?)\s{1,3}et\s{1,3}al\.?\s{0,3}"
)
#: ``Zhao et al``: a link whose text is only the first author's name and "et al".
_NAME_ET_AL = re.compile(r"[A-Z][\w'’-]{1,30}(?: [A-Z][\w'’-]{1,30})?\s{1,3}et\s{1,3}al\.?")


def subtitle_then_et_al(title: str, after: list[Segment]) -> tuple[str, list[str]] | None:
    """``[MoRAE](url): Flow-Friendly Latents for Text-to-Motion, Zhu et al.``: the link names
    the work, the text after it goes on with the title and ends with its first author. The
    whole title (the text after the colon alone when the link only says ``Zhao et al``)
    and the author, or None."""
    if not after or after[0].kind != "text" or any(s.kind == "text" for s in after[1:]):
        return None
    found = _SUBTITLE_ET_AL.fullmatch(after[0].text)
    if found is None:
        return None
    sub = found.group("sub").strip()
    whole = sub if _NAME_ET_AL.fullmatch(title.strip()) else f"{title.strip()}: {sub}"
    return whole, [found.group("name")]


#: ``: Training Multi-Billion Parameter Language Models`` (up to a bar, a bracket or the
#: end): the rest of a paper's title after its linked name.
_SUBTITLE = re.compile(r"\s{0,3}[:：]?\s{1,3}(?P<sub>[^|\[\]()（）]{3,300}?)\s{0,3}(?=[|\[(（]|$)")
#: The most words of a linked name that the text after it goes on with.
_NAME_WORDS = 5
#: The fewest words of that text.
_SUBTITLE_WORDS = 3


def paper_subtitle(
    title: str, after: list[Segment], kind: Callable[[], str]
) -> tuple[str, str] | None:
    """``[Megatron-LM](url): Training Multi-Billion Parameter Language Models …``,
    ``[Alibaba HPN:](url) A Data Center Network …``: a link to a paper (``kind()``, asked
    last: reading a URL costs more than the text's checks) that names it, then the rest of
    its title, in title case and no sentence. The whole title and what follows the rest of
    it (``| SOSP' 24``), or None."""
    if not after or after[0].kind != "text":
        return None
    name = title.strip()
    text = after[0].text
    colon = name.endswith((":", "："))
    if not colon and not text.lstrip().startswith((":", "：")):
        return None
    if colon and text.lstrip().startswith((":", "：")):
        return None
    found = _SUBTITLE.match(text)
    bare = name.rstrip(":：")
    if found is None or len(bare.split()) > _NAME_WORDS or ":" in bare or "：" in bare:
        return None  # (``[LLM-FP4: 4-Bit …](url): by HKUST``: the link holds the whole title)
    sub = found.group("sub").strip()
    words = sub.split()
    if len(words) < _SUBTITLE_WORDS or sub.endswith((".", "。", "!", "?")):
        return None
    if not words[0][:1].isupper():
        return None  # (``: by HKUST, accepted in EMNLP'23``)
    if not in_title_case(sub):
        return None  # (``: a modern web framework``: a description, not a title)
    if kind() != "paper":
        return None
    whole = f"{name} {sub}" if colon else f"{name}: {sub}"
    return whole, text[found.end() :]


#: ``2024: "PageJack: A Powerful Exploit Technique" by Zhiyun Qian et. al at BlackHat``: a
#: year, a colon, the quoted title, then who wrote it and where, each perhaps.
_YEAR_QUOTED = re.compile(
    r"(?P<y>(?:19|20)\d\d):\s{1,3}[\"“](?P<t>[^\"“”]{2,300})[\"”]"
    r"(?:\s{1,3}by\s{1,3}(?P<names>.{2,300}?))?(?:\s{1,3}at\s{1,3}(?P<venue>[^\"“”]{2,80}))?"
)


@dataclass(frozen=True, slots=True)
class YearQuoted:
    """What a ``2024: "Title" by Names at Venue`` text says."""

    title: str
    year: int
    names: str | None
    venue: str | None

    def authors(self) -> list[str]:
        """The names (``Zhiyun Qian et. al``: "et. al" read as "et al.")."""
        return split_authors(self.names.replace("et. al", "et al.")) if self.names else []

    def venue_year(self) -> VenueYear:
        """The venue (as the alias table knows it, else as written) and the year."""
        venue = (canonical_venue(self.venue) or self.venue) if self.venue else None
        return VenueYear(venue, self.year, str(self.year))


def year_quoted_title(text: str) -> YearQuoted | None:
    """``2024: "Title" by Names at Venue`` (the whole text), or None."""
    found = _YEAR_QUOTED.fullmatch(" ".join(text.split()))
    if found is None:
        return None
    venue = found.group("venue")
    return YearQuoted(
        found.group("t").strip(),
        int(found.group("y")),
        found.group("names"),
        venue.strip() if venue else None,
    )
