"""What may open a paper's line before its title: a number in brackets (``[12] ``), a bold
venue tag (``**[ICCV'21] |**``), an APA reference's names (``Yu, M., & Wan, A.``), an
anchor link into the page (``[[TALLFormer]](#12204)``)."""

from __future__ import annotations

import re

from awesome_ptm.parse._inline import Segment
from awesome_ptm.parse._names import apa_names
from awesome_ptm.parse._notes import titled_link
from awesome_ptm.parse._presentation import without_closing_cited_count
from awesome_ptm.parse._venue_names import venue_of_tag
from awesome_ptm.venues import VenueYear

#: ``[12] ``: a paper's number in brackets opening its line (``[2024] ``, a year, is none).
BRACKET_NUMBER = re.compile(r"\s{0,3}\[(?!(?:19|20)\d\d\])\d{1,4}\]\s{1,3}")


def bold_venue_tag(segs: list[Segment]) -> VenueYear | None:
    """The venue and year of a bold tag opening a line before its title in text (``**[ICCV'21]
    |** Title``, ``**[CVPR 2024]:** Title``), or None."""
    if len(segs) < 2 or segs[0].kind != "strong" or segs[1].kind != "text":
        return None
    inner = segs[0].text.strip().rstrip("|:：-–— ").strip()
    if not (inner.startswith(("[", "(", "【")) and inner.endswith(("]", ")", "】"))):
        return None
    # (``[NeurIPS 25]``: a known venue, a short year; ``[ICLR 2022 Oral]``: how it was shown)
    tag = inner[1:-1].strip()
    found = venue_of_tag(tag)
    if found is None or found.venue is None or len(segs[1].text.split()) < _TAG_TITLE_WORDS:
        return None
    return found


#: The fewest words of a title after a bold venue tag.
_TAG_TITLE_WORDS = 3


def bold_venue_before_link(segs: list[Segment]) -> tuple[VenueYear, str] | None:
    """``- **Pattern Recognition-2020,引用数:3**:[Title](url)``, ``- **CIKM 2015**-[Title](
    url)``: a bold venue and year (how often the work is cited after them), a colon or a
    dash, then the linked title. The venue and the count as written, or None."""
    if len(segs) < 3 or segs[0].kind != "strong" or segs[1].kind != "text":
        return None
    if segs[1].text.strip() not in (":", "：", "-", "–", "—"):
        return None
    if segs[2].kind != "link" or len(segs[2].text.split()) < _TAG_TITLE_WORDS:
        return None
    written, count = without_closing_cited_count(segs[0].text.strip().rstrip(":：").strip())
    found = venue_of_tag(written)
    if found is None or found.venue is None or found.year is None:
        return None
    return found, count or ""


def apa_lead(segs: list[Segment]) -> tuple[list[str], list[Segment]] | None:
    """The names of an APA reference opening a line right before its linked title, and the
    segments from the link on; None for any other line."""
    if len(segs) < 2 or segs[0].kind != "text" or segs[1].kind != "link":
        return None
    if ", " not in segs[0].text or not titled_link(segs[1]):
        return None
    names = apa_names(segs[0].text.strip().rstrip("[(").strip())
    return (names, segs[1:]) if names else None


def after_anchor_tag(segs: list[Segment]) -> tuple[Segment, list[Segment]] | None:
    """A line that opens (HTML aside) with a link into the page (``[[TALLFormer]](#12204)``)
    and goes on with a titled web link: the anchor link and the rest of the line, or
    None."""
    at = 0
    while at < len(segs) and segs[at].kind == "html":
        at += 1
    if at >= len(segs) or segs[at].kind != "link" or not str(segs[at].href).startswith("#"):
        return None
    rest = [s for s in segs[at + 1 :] if s.kind != "html"]
    nxt = next((s for s in rest if s.kind == "link"), None)
    if nxt is None or not titled_link(nxt) or not str(nxt.href).startswith(("http", "www")):
        return None
    if any(s.kind == "text" and s.text.strip() for s in rest[: rest.index(nxt)]):
        return None  # (a sentence between: ``[Intro](#intro) to [the survey](url)``)
    return segs[at], rest
