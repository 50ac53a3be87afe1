"""A bold short name and the title written after it: ``**[R-CNN]** Rich feature hierarchies
for accurate object detection | **[CVPR' 14]**`` (a name in brackets), ``**[TransE]**
Translating embeddings … . NeurIPS. 2013.`` (the venue and year as sentences after the
title), ``**VPP**, Video Prediction Policy: …`` (a name, a comma, the paper's title); and
bold names with the year, the title in italics after them: ``**Ouyang, et al. (2022)**
*Training Language Models to Follow Instructions with Human Feedback*. NeurIPS 2022
[[Paper](url)]``."""

from __future__ import annotations

import re

from awesome_ptm.parse._draft import Draft
from awesome_ptm.parse._inline import Segment
from awesome_ptm.parse._link_title import stated_after_title
from awesome_ptm.parse._names import names_at
from awesome_ptm.parse._notes import labels_for_rest
from awesome_ptm.parse._paper_lines import names_and_year
from awesome_ptm.parse._rest import finish
from awesome_ptm.venues import VenueYear, canonical_venue, find_venue_year

#: The fewest words the title after a bracketed bold short name has.
NAMED_TITLE_WORDS = 3
#: ``Zhu et al.``: the names of a citation, shortened.
ET_AL = re.compile(r"\bet\.? al\b")


def named_title(bold: str, text: str) -> tuple[str, str] | None:
    """``**[R-CNN]** Rich feature hierarchies for accurate object detection | **[CVPR' 14]**``:
    a short name in brackets, then the title (up to a bar or the end of the text); the
    title and the rest of the text, or None."""
    name = bold.strip()
    if not (name.startswith("[") and name.endswith("]")):
        return None
    title, bar, rest = text.partition("|")
    # (``**[MDC]** Title (**ICCV**)``: the bracket opening the bold venue is no title's)
    title = title.strip(" .,:;-–—").rstrip("(（[ ").strip(" .,:;-–—")
    if len(title.split()) < NAMED_TITLE_WORDS:
        return None
    stated = stated_after_title(title + ".")
    if stated is not None and stated.venue is not None:
        # ``**[TransE]** Translating embeddings for … data. NeurIPS. 2013. [[paper]](url)``:
        # the venue and year after the title, as sentences of their own
        after = " ".join([stated.venue.raw, *stated.notes])
        return stated.title, f". {after}. {bar}{rest}" if bar else f". {after}. "
    return title, (bar + rest) if bar else ""


#: Where a sentence of a citation ends: a full stop and a space.
_SENTENCE_STOP = re.compile(r"\.\s{1,3}(?=\S)")
#: The most sentence ends looked at for the end of the names (initials end some: ``W.``).
_NAME_STOPS = 12
#: The most characters of a citation's names.
_CITED_NAMES_MAX = 600


def name_colon_cited(bold: str, text: str) -> tuple[str, list[str], str] | None:
    """``**IPN**: Lu Liu, Tianyi Zhou, Guodong Long. Isometric Propagation Network for
    Generalized Zero-shot Learning. [[code]]()``, ``**TIST19**: Wei Wang, …, and Chunyan Miao.
    Title. [[paper]](url)``: a short bold name (or venue tag), a colon, then a citation with
    the names first. The title, the names and what follows the title; None for any other
    text (``**MedQA**: What disease …``: a title right after the colon)."""
    stripped = text.strip()
    if bold.strip().endswith((":", "：")):
        rest = stripped
    elif stripped.startswith((":", "：")):
        rest = stripped[1:].strip()
    else:
        return None
    for number, stop in enumerate(_SENTENCE_STOP.finditer(rest[:_CITED_NAMES_MAX])):
        if number >= _NAME_STOPS:
            break
        names = names_at(rest[: stop.start()].strip(), "several")
        if not names:
            continue
        tail = rest[stop.end() :]
        ended = _SENTENCE_STOP.search(tail)
        title = (tail[: ended.start()] if ended is not None else tail).strip()
        title = title.rstrip(" .[(（").strip('"“”').strip()
        if len(title.split()) < NAMED_TITLE_WORDS or names_at(title, "several"):
            return None
        return title, names, tail[ended.start() + 1 :] if ended is not None else ""
    return None


#: ``2023 NeurIPS``: a year, then the next word.
_YEAR_THEN_WORD = re.compile(r"(?:19|20)\d\d[ \t]{1,3}([^\s,]{2,30})")


def name_comma_title(bold: str, text: str) -> tuple[str, str] | None:
    """``**VPP**, Video Prediction Policy: A Generalist Robot Policy … [![arXiv](badge)](url)``:
    a short bold name, a comma, then the paper's title to the end of the text (not names,
    not a venue, not a description in lower case); the title and what is left, or None."""
    stripped = text.strip()
    after = stripped[1:].strip()
    if len(bold.split()) > _COMMA_NAME_WORDS or not stripped.startswith(","):
        return None  # (``**Scene reconstruction … splatting**, Zhu et al., …``: the title)
    if len(after) > _COMMA_TITLE_MAX or "|" in after or ET_AL.search(after):
        return None
    title = after.rstrip(" [(（").rstrip(".").strip()
    words = title.split()
    if len(words) < _COMMA_TITLE_WORDS or not (title[0].isupper() or title[0].isdigit()):
        return None
    if ". " in title or names_at(title, "several") is not None or find_venue_year(title):
        return None  # (``**Title**, Jacob Devlin, Ming-Wei Chang. NAACL 2019.``)
    dated = _YEAR_THEN_WORD.match(title)
    if dated is not None and canonical_venue(dated.group(1)) is not None:
        return None  # (``**Title**, 2023 NeurIPS R0-Fomo Workshop``: the venue, year first)
    return title, ""


#: The most words of a short name whose venue the bold closes with (``SMPL(SIGGRAPH2015)``).
_BRACKETED_NAME_WORDS = 4


def title_after_name(name: str, text: str) -> tuple[str, str] | None:
    """The title written after a short bold name (``ExPose(ECCV2020)``): the text up to the
    links, of :data:`NAMED_TITLE_WORDS` words or more, opening with a capital; and what is
    left (nothing: the links follow). None for anything else (a description)."""
    title = text.strip().rstrip("[(（").strip()
    if len(name.split()) > _BRACKETED_NAME_WORDS or len(title.split()) < NAMED_TITLE_WORDS:
        return None
    if not (title[0].isupper() or title[0].isdigit()) or ". " in title:
        return None
    return title, ""


#: The most words of the short name before the comma.
_COMMA_NAME_WORDS = 3
#: The fewest and most words of a title after a bold name and a comma.
_COMMA_TITLE_WORDS = 4
_COMMA_TITLE_MAX = 300


#: The fewest words of an italic title after bold names and year.
_CITED_TITLE_WORDS = 2


def cited_names_then_title(segs: list[Segment]) -> Draft | None:
    """``**Ouyang, et al. (2022)** *Training Language Models …*. NeurIPS 2022 [[Paper](url)]``
    (Preference-Tuning-with-Human-Feedback): the names and year of a citation in bold, the
    title in italics right after them, the venue and links after that. The draft, or None
    for any other line."""
    if len(segs) < 2 or segs[0].kind != "strong":
        return None
    cited = names_and_year(segs[0].text)
    if cited is None or cited[1] is None or not cited[0]:
        return None
    at = 1
    if segs[at].kind == "text" and not segs[at].text.strip() and len(segs) > 2:
        at = 2
    title = segs[at].text.strip().rstrip(".").strip()
    if segs[at].kind != "em" or len(title.split()) < _CITED_TITLE_WORDS:
        return None
    names, year = cited
    draft = Draft(title=title, authors=names, shape="bold-title")
    draft.venue = VenueYear(None, year, str(year))
    draft.links = labels_for_rest(segs, None)
    draft = finish(draft, segs, set(range(at + 1)))
    if draft.venue is None or draft.venue.venue is None:
        # (``*Title*. arXiv [[Paper](url)]``: a known venue alone, its year the citation's)
        upto = next((i for i in range(at + 1, len(segs)) if segs[i].kind == "link"), len(segs))
        written = " ".join(s.text for s in segs[at + 1 : upto]).strip(" .,;[(")
        known = canonical_venue(written) if written else None
        if known is not None:
            draft.venue = VenueYear(known, year, written)
    return draft
