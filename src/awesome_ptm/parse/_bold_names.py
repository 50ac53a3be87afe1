"""A bold short name and the title written after it: ``**[R-CNN]** Rich feature hierarchies
for accurate object detection | **[CVPR' 14]**`` (a name in brackets), ``**[TransE]**
Translating embeddings … . NeurIPS. 2013.`` (the venue and year as sentences after the
title), ``**VPP**, Video Prediction Policy: …`` (a name, a comma, the paper's title)."""

from __future__ import annotations

import re

from awesome_ptm.parse._link_title import stated_after_title
from awesome_ptm.parse._names import names_at
from awesome_ptm.venues import canonical_venue, find_venue_year

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
