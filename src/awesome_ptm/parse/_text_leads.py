"""The shapes that open a line whose title is its text: a quoted title (``"Title", *arXiv,
May 2026*``), a year and a quoted title (``2014: "Title" by Names``), an author key in code
(```[Pei et al. CVPR23]` Title``), a bold name in brackets (``[**UniFuture**] Title``), a tag
before a bold title (``[TabMWP] **Title**``), bold tags closing a title's sentence, a short
name and a comma before a title and its venue (``GPT-3, Title. NeurIPS 20.``) and a venue
in a code span closing the title's sentence (``Title. `EAAI 24```)."""

from __future__ import annotations

import re

from awesome_ptm.parse._comma_tails import name_comma_title_venue
from awesome_ptm.parse._dates import parse_date
from awesome_ptm.parse._draft import Draft
from awesome_ptm.parse._head_parts import written_venue_date
from awesome_ptm.parse._inline import TAG_WORDS, Segment, plain, short_bold_tags
from awesome_ptm.parse._leading_marker import leading_marker
from awesome_ptm.parse._link_title import year_quoted_title
from awesome_ptm.parse._names import names_at
from awesome_ptm.parse._notes import labels_for_rest
from awesome_ptm.parse._quoted_lead import (
    bracket_marks,
    emphasised_venue_date,
    in_emphasised_venue,
    quoted_lead,
)
from awesome_ptm.parse._rest import finish
from awesome_ptm.parse._venue_names import VENUE_NAME, known_venue, names_a_venue, venue_of_tag
from awesome_ptm.parse._vocabulary import is_status
from awesome_ptm.venues import VenueYear, canonical_venue, split_venue_year
from awesome_ptm.venues._data import two_digit_year


def quoted_title(segs: list[Segment]) -> Draft | None:
    """``"Safety in Embodied AI: A Survey", *arXiv, May 2026*, [[Paper](url)]``."""
    quoted = quoted_lead(segs[0].text) if segs[0].kind == "text" else None
    if quoted is None:
        return None
    told = [Segment("text", quoted[1]), *segs[1:]]
    draft = Draft(title=quoted[0], shape="text-title")
    stated_in = in_emphasised_venue(told)
    if stated_in is not None:
        # ``"Title," in *Proc. SLT,* 2021. (JHU) [📄](url)``: IEEE's way, without names
        draft.venue = stated_in
        draft.links = labels_for_rest(told, None)
        return finish(draft, told, {0, 1, 2})
    dated = (
        emphasised_venue_date(told, set())
        or written_venue_date(told)
        or bracket_marks(quoted[1])  # ``"Title" [2022-12] [ACL 2023] [[paper](url)]``
    )
    taken: set[int] = set()
    if dated is not None:
        draft.venue = dated[0]
        if not dated[1].isdigit():
            draft.notes.append(dated[1])  # the date (a year alone is the venue's)
        taken = {i for i, s in enumerate(told) if s.kind == "em"} or {0}
    draft.links = labels_for_rest(told, None)
    return finish(draft, told, taken)


#: The fewest words of a title a bold tag may close.
_TAGGED_TITLE_WORDS = 3


def closing_tags(segs: list[Segment], index: int, stop: int) -> bool:
    """Whether the bold text at ``index`` opens a run of short bold tags that close a
    title's sentence (``Title. **`FCS 26`** **`NVIDIA`** [[Paper](url)]``): text of a few
    words ending in a full stop before it, only bold tags and spaces from it to ``stop``
    (the first link)."""
    if index == 0 or segs[index - 1].kind != "text":
        return False
    before = plain(segs[:index]).rstrip()
    if not before.endswith(".") or len(before.split()) < _TAGGED_TITLE_WORDS:
        return False
    return short_bold_tags(segs[index:stop])


#: The fewest words of a title after a venue in code or bold (```CVPR 2023` Title``).
_CODE_TAG_TITLE_WORDS = 2
#: The most words of a venue and year written as a tag (``ICML 2019 RL4RealLife Workshop``).
_VENUE_TAG_WORDS = 5
#: What follows a name rather than a venue: ```tool` - what it does``.
_NAME_SEPARATORS = ("-", "–", "—", ":", "：")
#: ``[ACM computing survey 25] ``: a short tag in brackets opening a line.
_LEADING_TAG = re.compile(
    r"\s{0,3}(?:[^\w\s\[【]{1,4}\s{0,2})?(?:\[([^\[\]]{1,60})\]|【([^【】\[\]]{1,60})】)\s{0,3}"
)


def tag_before_bold(segs: list[Segment], stop: int) -> str | None:
    """``[IEEE Transactions on Fuzzy Systems] **Towards Embedding …**``, ``[TabMWP] **Title**,
    arXiv:2209.14610, 2022``, ```CLIP` **Title.** ICML 2021.``: the tag in brackets (or a
    code span) before a bold title of a few words, or None."""
    if stop < 2 or segs[1].kind != "strong" or len(segs[1].text.split()) < _TAGGED_TITLE_WORDS:
        return None
    if segs[0].kind == "code" and segs[0].text.strip():
        return segs[0].text.strip()  # ```CLIP` **Learning Transferable Visual Models …**``
    found = _LEADING_TAG.fullmatch(segs[0].text) if segs[0].kind == "text" else None
    return (found.group(1) or found.group(2)).strip() if found is not None else None


def bracketed_bold_name(segs: list[Segment]) -> tuple[str, list[Segment]] | None:
    """``[**UniFuture**] UniFuture: A 4D Driving World Model …``: a short name in brackets
    set in bold before the title (no venue, date or status; ``(**CoLD**) CoLD: …`` in round
    brackets): the name and the segments after it."""
    if len(segs) < 3 or segs[0].kind != "text" or segs[0].text.strip() not in ("[", "("):
        return None
    name, after = segs[1], segs[2]
    closing = "]" if segs[0].text.strip() == "[" else ")"
    if name.kind != "strong" or after.kind != "text" or not after.text.startswith(closing):
        return None
    short = name.text.strip()
    if not short or len(short.split()) > TAG_WORDS or len(after.text[1:].split()) < 2:
        return None
    if split_venue_year(short, unmarked=True) is not None or parse_date(short) is not None:
        return None
    if is_status(short) or leading_marker(plain(segs)) is not None:
        return None  # (``[**NEJM AI, 2024**] Title``: a venue in brackets)
    return short, [Segment("text", after.text[1:].lstrip()), *segs[3:]]


def year_quoted(segs: list[Segment], first_link: int | None) -> Draft | None:
    """``2014: "Android Hacker's Handbook" by Joshua J. Drake [[book](url)]``: the year, the
    quoted title and its authors written before the links; None for any other line."""
    if first_link is None or not segs or segs[0].kind != "text":
        return None
    found = year_quoted_title(plain(segs[:first_link]).strip().rstrip("[(（").strip())
    if found is None:
        return None
    draft = Draft(title=found.title, shape="text-title", venue=found.venue_year())
    draft.authors = found.authors()
    draft.links = labels_for_rest(segs[first_link:], None)
    return finish(draft, segs, set(range(first_link)))


#: ``[Pei et al. CVPR23]``: a citation key naming the first author and the venue.
_AUTHOR_KEY = re.compile(
    r"\[\s{0,2}(?P<name>[A-Z][\w'’-]{1,30})\s{1,3}et\s{1,3}al\.?\s{1,3}(?P<tag>[^\[\]]{2,30}?)\s{0,2}\]"
)


def author_key(segs: list[Segment]) -> tuple[str, VenueYear | None] | None:
    """The first author and the venue of a key in code opening the line (```[Pei et al.
    CVPR23]` Title``), or None."""
    if len(segs) < 2 or segs[0].kind != "code":
        return None
    found = _AUTHOR_KEY.fullmatch(segs[0].text.strip())
    if found is None:
        return None
    venue = split_venue_year(found.group("tag"), unmarked=True)
    return found.group("name"), venue if venue is not None and venue.venue else None


def venue_tag_lead(segs: list[Segment]) -> VenueYear | None:
    """```CVPR 2023` Raw Image Reconstruction with … [[Paper](url)]``, ``**ICLR 2021**
    Genetic Soft Updates for …``, ```Signal Processing 2022` Title``: the venue and year in
    a code span or in bold opening the line, before a title of a few words; None for any
    other line (```PyTorch` Title``: a tag, no venue)."""
    if len(segs) < 2 or segs[0].kind not in ("code", "strong") or segs[1].kind != "text":
        return None
    after = segs[1].text.strip()
    if len(after.split()) < _CODE_TAG_TITLE_WORDS or after.startswith(_NAME_SEPARATORS):
        return None  # (```DATA606Spring2017` - the course …``: a name and its description)
    tag = segs[0].text.strip()
    if len(tag.split()) > _VENUE_TAG_WORDS:
        return None  # (``**The ID R&D System Description for … Challenge 2021**``: a title)
    venue = venue_of_tag(tag)
    if venue is None or venue.venue is None:
        return None
    if segs[0].kind == "strong" and venue.year is None:
        return None  # (``**InfoCom** (InfoCom: …)``: a bold name, a venue's only by chance)
    if known_venue(venue.venue):
        return venue
    # (a venue no table knows, written apart from its year: ```Signal Processing 2022` ``)
    return venue if venue.year is not None and " " in tag else None


def named_title(segs: list[Segment], first_link: int | None) -> Draft | None:
    """``GPT-3, Language Models are Few-Shot Learners. NeurIPS 20. \\[[Paper](url)\\]``: a
    short name, a comma, the title and its venue in text before the links; None for any
    other line."""
    stop = first_link if first_link is not None else len(segs)
    if stop == 0 or any(s.kind != "text" for s in segs[:stop]):
        return None
    found = name_comma_title_venue(plain(segs[:stop]).strip().rstrip("\\[(（").strip())
    if found is None:
        return None
    name, title, venue = found
    draft = Draft(title=title, shape="text-title", venue=venue)
    if not title.casefold().startswith(name.casefold()):
        draft.aliases.append(name)
    draft.links = labels_for_rest(segs[stop:], None)
    return finish(draft, segs, set(range(stop)))


def code_tagged_title(segs: list[Segment], first_link: int | None) -> Draft | None:
    """``Spiking neural networks for autonomous driving: A review. `EAAI 24` [[Paper](url)]``:
    the title's sentence, then its venue and year in a code span, then the links; None for
    any other line."""
    stop = first_link if first_link is not None else len(segs)
    at = next((i for i in range(stop) if segs[i].kind == "code"), None)
    if at is None or at == 0 or any(s.kind != "text" for s in segs[:at]):
        return None
    after = segs[at + 1 : stop]
    # (``Title. 📰 `ECCV` [XD-Violence]``: a bracketed note after the venue)
    note = _BRACKETED_NOTE.fullmatch(after[0].text) if after and after[0].kind == "text" else None
    if any(
        s.kind not in ("text", "break") or s.text.strip(" \t[(")
        for s in (after[1:] if note is not None else after)
    ):
        return None
    # (``Title. 📰 `CVPR` ``: a mark between the title's full stop and its venue)
    title = _MARK_AFTER_STOP.sub("", plain(segs[:at]).strip())
    if not title.endswith(".") or len(title.split()) < _CODE_TAGGED_TITLE_WORDS:
        return None
    venue = venue_of_tag(segs[at].text.strip()) or _code_name_year(segs[at].text.strip())
    if venue is None or venue.venue is None:
        return None
    if venue.year is None and not known_venue(venue.venue):
        return None  # (a known venue may go without its year: ``Title. 📰 `ICCV` ``)
    draft = Draft(title=title.rstrip(".").rstrip(), shape="text-title", venue=venue)
    if note is not None:
        draft.notes.append(note.group(1).strip())
    draft.links = labels_for_rest(segs[stop:], None)
    return finish(draft, segs, set(range(at + 1)))


#: `` [XD-Violence] ``: a note in brackets after a venue.
_BRACKETED_NOTE = re.compile(r"\s{0,3}\[([^\[\]]{1,60})\]\s*")
#: `` 📰`` after a title's full stop: a mark before the venue, no part of the title.
_MARK_AFTER_STOP = re.compile(r"(?<=\.)\s*[^\w\s.()\[\]]{1,3}$")
#: The fewest words of a title closed by a venue in a code span.
_CODE_TAGGED_TITLE_WORDS = 3
#: ``EAAI 24``, ``Frontiers in Neurorobotics 25``: a venue's name, a space, a two-digit year.
_NAME_SHORT_YEAR = re.compile(rf"({VENUE_NAME})\s(\d\d)")


def _code_name_year(text: str) -> VenueYear | None:
    """A venue no alias knows and its two-digit year, in a code span after a title (the
    span marks it): a name with two capitals or more (an acronym, capitalised words)."""
    found = _NAME_SHORT_YEAR.fullmatch(text)
    if found is None:
        return None
    name = found.group(1)
    if not names_a_venue(name):
        return None  # (``Update 24``: a word)
    year = two_digit_year(int(found.group(2)))
    return VenueYear(name, year, text) if year is not None else None


#: ``: "Evidence-aware Fake News Detection" (Xu et al., 2022 TheWebConf)``: after a bold
#: short name, a colon, the quoted title and the citation in brackets.
_NAMED_QUOTE = re.compile(
    r"[ \t]{0,3}[:：][ \t]{0,3}[\"“](?P<title>[^\"“”]{3,400})[\"”][ \t]{0,3}"
    r"(?:\((?P<names>[^(),]{2,80}),[ \t]{0,3}(?P<y>(?:19|20)\d\d)"
    r"(?:[ \t]{1,3}(?P<venue>[^()]{1,40}))?\))?"
    r"[ \t\[(]*"
)


def bold_name_quoted_title(segs: list[Segment]) -> Draft | None:
    """``**GET**: "Evidence-aware Fake News Detection with Graph Neural Networks" (Xu et al.,
    2022 TheWebConf) [[PDF]](url)``: the bold short name (an alias), the quoted title, the
    first author, the year and the venue (a known one, or as written); None for any other
    line."""
    if len(segs) < 2 or segs[0].kind != "strong" or segs[1].kind != "text":
        return None
    name = segs[0].text.strip()
    if not name or len(name.split()) > TAG_WORDS:
        return None
    found = _NAMED_QUOTE.fullmatch(segs[1].text)
    if found is None:
        return None
    draft = Draft(title=found.group("title").strip(), shape="text-title")
    if name.casefold() != draft.title.casefold():
        draft.aliases.append(name)
    if found.group("y"):
        written = (found.group("venue") or "").strip()
        known = split_venue_year(written) if written else None
        venue = known.venue if known is not None and known.venue is not None else written or None
        draft.venue = VenueYear(venue, int(found.group("y")), written or found.group("y"))
        names = names_at(found.group("names").strip(), "several")
        draft.authors = names or []
    draft.links = labels_for_rest(segs[2:], None)
    return finish(draft, segs, {0, 1})


#: ``[D'Innocente et al., Proc. ECCV 2020]``: a citation in brackets, the names, a comma,
#: then where the work appeared (``Proc.`` or ``In`` before it perhaps).
_CITATION_BRACKET = re.compile(
    r"\s{0,3}\[(?P<names>[^\[\],]{2,80}),\s{1,3}(?:(?:Proc\.|In)\s{1,3})?"
    r"(?P<where>[^\[\]]{2,120}?)\s{0,2}\]\s{0,3}"
)


def cited_before_bold_title(
    segs: list[Segment],
) -> tuple[str | None, list[str], VenueYear, list[Segment]] | None:
    """```GeOS` [D'Innocente et al., Proc. ICML 2020] **Title** [[PDF]](url)``
    (awesome-test-time-adaptation): a short name in code perhaps, the citation in brackets
    (names, venue and year), then the bold title and its links. The name, the names, the
    venue and year, and the segments from the bold title on; None for any other line."""
    at = 1 if segs and segs[0].kind == "code" else 0
    if len(segs) < at + 2 or segs[at].kind != "text" or segs[at + 1].kind != "strong":
        return None
    found = _CITATION_BRACKET.fullmatch(segs[at].text)
    if found is None:
        return None
    names = names_at(found.group("names").strip(), "sentence")
    where = found.group("where")
    venue = split_venue_year(where) or _named_year(where)
    if names is None or venue is None or venue.year is None:
        return None
    name = segs[0].text.strip() if at else None
    return (name if name and name.strip(".…") else None), names, venue, segs[at + 1 :]


#: ``IEEE TCI 2021``: a venue's name as written (no digit in it), a space, the year.
_NAME_THEN_YEAR = re.compile(r"(?P<name>[A-Z][^\d\[\]]{1,100}?)\s(?P<y>(?:19|20)\d\d)")


def _named_year(text: str) -> VenueYear | None:
    """The venue no reading of venues knows, as written, and its year, or None."""
    found = _NAME_THEN_YEAR.fullmatch(text.strip())
    if found is None:
        return None
    name = found.group("name").strip()
    return VenueYear(canonical_venue(name) or name, int(found.group("y")), text.strip())
