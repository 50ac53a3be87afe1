"""What a paragraph is before it is read: prose that mentions a link, a paper written as a
title with its year before a generic link (``Title (2014) [[pdf]](url)``, ``<b>Title</b>
[[Link]](url)``), a bold title over a line of names waiting for the list of its links."""

from __future__ import annotations

import re
from collections.abc import Callable

from awesome_ptm.parse._categories import bold_only
from awesome_ptm.parse._decoration import without_leading_decoration
from awesome_ptm.parse._entry import _LABEL_MAX, is_generic_label
from awesome_ptm.parse._html_tag import tag_attribute
from awesome_ptm.parse._inline import Segment, first_visible, plain, split_lines, visible
from awesome_ptm.parse._leading_marker import leading_marker
from awesome_ptm.parse._link_title import year_quoted_title
from awesome_ptm.parse._markdown import Node
from awesome_ptm.parse._names import apa_names, names_at, reads_as_name_run
from awesome_ptm.parse._paragraph_lines import CITED_TITLE_WORDS
from awesome_ptm.parse._venue_names import venue_of_tag
from awesome_ptm.titles import in_title_case
from awesome_ptm.venues import find_venue_year, split_venue_year

#: ``… (2014)``, ``… (SIGGRAPH 2013)``: a title's year (and venue) in brackets closing the
#: text before a link.
_TITLE_YEAR_END = re.compile(r"[(（][^()（）\n]{0,30}(?:19|20)\d\d[^()（）\n]{0,30}[)）]$")


def is_prose_with_link(segs: list[Segment]) -> bool:
    """Intro text that mentions a link (``Contributed by …; see [the figure](url).``): the
    first link is a Markdown link that comes after a sentence, not after a short label."""
    first = next((i for i, s in enumerate(segs) if s.kind == "link"), None)
    if first is None or segs[first].style != "inline":
        return False
    shown_link = segs[first].text.strip("[]() ")
    if (segs[0].kind == "strong" or _html_bold(segs[:first])) and (
        is_generic_label(shown_link) or _venue_year_text(shown_link)
    ):
        # ``**Title**. *Authors*. Venue. [[pdf](url)]``, ``<b>Title</b> [[Link]](url)``,
        # ``**1. Title**: \[[KDD2025](url)\] \[[CODE](url)\]``: an entry
        return False
    if (
        segs[0].kind == "strong"
        and not plain(segs[1:first]).strip(" [(（")
        and _TWO_SENTENCES.search(segs[0].text) is None
    ):
        # ``**(2019-04) Title** [[Nature Reviews Genetics paper](url)]``: a bold title and
        # right after it its links, whatever they say (not ``**All papers are sorted. If
        # one cannot be downloaded, …** [Link](url)``, sentences set in bold)
        return False
    if segs[0].kind == "strong" and any(s.kind == "break" for s in segs[:first]):
        # (``**Title.**<br>`` / ``*[Name](url), [Name](url).*``: the first link opens a line
        # of its own under a bold title, the names; it is mentioned in no sentence)
        return False
    before = plain(segs[:first]).strip()
    if year_quoted_title(before.rstrip("[").strip()) is not None:
        return False  # ``2014: "Android Hacker's Handbook" by Joshua J. Drake [[book](url)]``
    if is_generic_label(shown_link) and leading_marker(before.rstrip("[").strip()) is not None:
        return False  # ``(Arxiv 24.05.27) Title [Paper](url) [Code](url)``: a paper
    if bracketed_title([Segment("text", before.rstrip("[").strip())]):
        return False  # ``:heavy_check_mark: [Title] [[Paper]](url)(CVPR 2019)``: a paper
    # (``<b>Title (SIGGRAPH 2013)</b> [[Link]](url)``: the tags are markup, not text)
    shown = plain([s for s in segs[:first] if s.kind != "html"]).strip().rstrip("[(（").strip()
    if _TITLE_YEAR_END.search(shown[-40:]) and is_generic_label(segs[first].text):
        return False  # ``Generative Adversarial Nets (GANs) (2014) [[pdf]](url)`` is a paper
    if apa_names(before.rstrip("[(").strip()) is not None:
        return False  # ``Yu, M., Wang, D., & Wan, A. [**Title**](url) arXiv (2024)``: a paper
    coded = [s for s in segs[:first] if s.kind == "code"]
    if is_generic_label(shown_link) and coded and venue_of_tag(coded[-1].text.strip()):
        return False  # ``Title. 📰 `CVPR` `` / ``[paper link](url)``: a paper, its venue coded
    if is_generic_label(shown_link) and _NUMBERED_ET_AL.match(before):
        return False  # ``[1] Dijk et al, How do neural networks see depth …? [PDF](url)``
    numbered = _REFERENCE_NUMBER.match(before)
    cited_names = before[numbered.end() :].rstrip(" ,.;:[").strip() if numbered else ""
    if cited_names and not is_generic_label(shown_link) and names_at(cited_names, "several"):
        # ``[11] Zhenhailong Wang et al., [Title](url), NIPS'25 Workshop``: a numbered
        # reference, its names before the linked title
        return False
    year_led = _YEAR_LED.match(before)
    led_names = before[year_led.end() :].rstrip(" ,.;:[").strip() if year_led else ""
    if (
        led_names
        and len(shown_link.split()) >= _LED_TITLE_WORDS
        and not is_generic_label(shown_link)
        and reads_as_name_run(led_names)
    ):
        # ``2021, Shivangi Aneja, Chris Bregler, Matthias Niessner, [COSMOS: Catching …](url)``:
        # the year, the names, then the linked title: a paper
        return False
    if _titled_generic_links(segs, first, before):
        return False  # ``Tracking the Trackers: An Analysis … [[paper](url)]``: a paper
    return len(before) > _LABEL_MAX and not before.endswith((":", "：")) and "\n" not in before


#: ``2021, ``, ``2019 ``: a year opening a paragraph, before the names it cites.
_YEAR_LED = re.compile(r"(?:19|20)\d\d(?:\s{0,2}[,:]\s{0,2}|\s{1,2})")
#: The fewest words of the linked title after a year and names.
_LED_TITLE_WORDS = 3
#: ``[11] ``: a reference's number opening a paragraph.
_REFERENCE_NUMBER = re.compile(r"\[\d{1,4}\][ \t]{1,3}")
#: ``[1] Dijk et al, ``: a reference's number, its first author's surname and "et al".
_NUMBERED_ET_AL = re.compile(r"\[\d{1,4}\]\s{0,3}[A-Z][\w'’-]{1,30} et al\.?,\s")
#: The most words of a title alone before its generic links.
_TITLE_MAX_WORDS = 30


def _titled_generic_links(segs: list[Segment], first: int, before: str) -> bool:
    """``Multiple Object Tracking: A Literature Review [[paper](url)]``: a paragraph of a
    title in title case (no sentence: no full stop closes it) and only generic links after
    it (maybe a bold remark: ``**new paper for new MOT researcher**``)."""
    title = before.rstrip("[(（ ").strip()
    if not title or title.endswith((".", "。", ":", "：")) or len(title.split()) > _TITLE_MAX_WORDS:
        return False
    if "\n" in title or not in_title_case(title):
        return False
    for seg in segs[first:]:
        if seg.kind == "link" and not is_generic_label(seg.text.strip("[]() ")):
            return False
        if seg.kind == "text" and seg.text.strip(" []()（）|/,"):
            return False
    return True


#: ``… into folders. If the …``: one sentence ending and another starting.
_TWO_SENTENCES = re.compile(r"[.!?。！？]\s*[A-Z\u4e00-\u9fff]")


#: The fewest words of a title alone in its paragraph, waiting for its links.
_PLAIN_TITLE_WORDS = 3


def title_alone(segs: list[Segment]) -> bool:
    """``VD3D: Taming Large Video Diffusion Transformers for 3D Camera Control`` alone in a
    paragraph: a title in title case, one line of text (no link, no sentence), that may be
    waiting, like a bold title, for a paragraph of its links (``[📄 Paper](url) | [🌐
    Project Page](url)``)."""
    if not segs or any(s.kind not in ("text", "em") for s in segs):
        return False
    text = plain(segs).strip()
    if "\n" in text or text.endswith((".", "。", ":", "：", ";", "!", "?", "！", "？")):
        return False
    words = text.split()
    return _PLAIN_TITLE_WORDS <= len(words) <= _TITLE_MAX_WORDS and in_title_case(text)


def _venue_year_text(text: str) -> bool:
    """Whether a link's text is a venue and its year and nothing more (``KDD2025``)."""
    found = split_venue_year(text, unmarked=True)
    return found is not None and found.venue is not None and found.year is not None


#: How far after a bold title its venue and year may start (``. (2023-ICLR)``).
_CITED_MARK_REACH = 6


def unlinked_citation(segs: list[Segment]) -> bool:
    """``**Title**. (2023-ICLR) Names.`` opening a paragraph without links (a TLDR line
    under it perhaps): a paper cited by its bold title, then its venue and year right after
    it."""
    lines = split_lines(segs)
    first = visible(lines[0]) if lines else []
    if len(first) < 2 or first[0].kind != "strong" or first[1].kind != "text":
        return False
    if len(first[0].text.split()) < CITED_TITLE_WORDS:
        return False
    found = find_venue_year(first[1].text)
    return (
        found is not None
        and found[0].venue is not None
        and found[0].year is not None
        and found[1] <= _CITED_MARK_REACH
    )


#: The longest line of names under a bold title waiting for its links.
_NAMES_LINE_MAX = 300


def bold_over_names(segs: list[Segment]) -> bool:
    """``**Very Deep Convolutional Networks …**`` / ``Karen Simonyan, Andrew Zisserman``: a
    paragraph of a bold title and a line of names, waiting, like a bold title alone, for
    the list of its ``- pdf: url`` links."""
    lines = split_lines(segs)
    if len(lines) != 2 or not bold_only(lines[0]):
        return False
    # (one name too, ``François Chollet``: whether it reads as names matters less than the
    # list of links that must follow for the two lines to be read as one entry)
    text = plain(lines[1]).strip()
    return 0 < len(text) <= _NAMES_LINE_MAX and not any(s.kind == "link" for s in lines[1])


def _html_bold(head: list[Segment]) -> bool:
    """Whether the text before a link is set in HTML bold (``<b>Title</b> [``): it opens
    with ``<b>`` or ``<strong>`` and the tag closes right before the link."""
    shown = [s for s in head if not (s.kind == "text" and not s.text.strip(" [("))]
    if len(shown) < 3 or shown[0].kind != "html" or shown[-1].kind != "html":
        return False
    opening = shown[0].text.strip().casefold()
    closing = shown[-1].text.strip().casefold()
    return opening in ("<b>", "<strong>") and closing in ("</b>", "</strong>")


def quoted_resource(segs: list[Segment]) -> bool:
    """A quoted paragraph that opens with a link to a page (``> **[Name](url)** …
    description``): a resource set off as a quote rather than a quotation."""
    first = first_visible(segs)
    if first is None or first.kind not in ("link", "strong"):
        return False
    link = first if first.kind == "link" else next((s for s in segs if s.kind == "link"), None)
    if link is None or not str(link.href).startswith(("https://", "http://")):
        return False
    return first.kind == "link" or first.text.strip() == link.text.strip()


def quoted_entries(
    node: Node,
    segments_of: Callable[[Node], list[Segment]],
    linked_resources: Callable[[list[Node]], bool],
) -> bool:
    """Whether a quote holds resources, not a quotation: one paragraph that opens with a
    link to a page (``> **[Name](url)** … description``), or one list whose every item opens
    with its link (``> - [Password Safe](url) - An offline …``, as ``linked_resources``
    reads a list; ``> - Note: …`` items are a quotation)."""
    if node.children and all(c.type == "heading" for c in node.children):
        # ``> ###### 1) *"Title"* [[paper](url)]`` on each line: papers written as headings
        return all(
            any(s.kind == "link" and str(s.href).startswith(("https://", "http://")) for s in segs)
            for segs in map(segments_of, node.children)
        )
    only = node.children[0] if len(node.children) == 1 else None
    if only is None:
        return False
    if only.type in ("bullet_list", "ordered_list"):
        return linked_resources(only.children)
    return only.type == "paragraph" and quoted_resource(segments_of(only))


#: ``[Generative Adversarial Nets]``: a title in brackets alone on its line (what decorates
#: it, ``:heavy_check_mark:``, is taken off first), no link: the title over its links.
_BRACKETED_TITLE = re.compile(r"\[(?P<t>[^\[\]\n]{3,300})\]\s*")
#: The fewest words such a title has.
_BRACKETED_TITLE_WORDS = 2


def bracketed_title(segs: list[Segment]) -> bool:
    """Whether a paragraph is only a title in brackets (``:heavy_check_mark: [Title]``),
    waiting, like a bold title alone, for the list of its links."""
    if len(segs) != 1 or segs[0].kind != "text":
        return False
    found = _BRACKETED_TITLE.fullmatch(without_leading_decoration(segs[0].text.strip()))
    return found is not None and len(found.group("t").split()) >= _BRACKETED_TITLE_WORDS


#: The fewest words of a bold title over linked icons.
_ICON_TITLE_WORDS = 3
#: ``🚩【Colorization】``: a mark and a tag in brackets before a bold title.
_TITLE_TAG = re.compile(r"\s{0,3}[^\w\s]{0,4}\s{0,3}(?:[【\[][^】\]\n]{1,30}[】\]])?\s{0,3}")


def title_over_icons(segs: list[Segment]) -> list[Segment] | None:
    """``**Generative AI for Cel-Animation: A Survey** &nbsp; | &nbsp;`` over ``<a href=…><img
    src="./assets/paper.svg"></a>`` (and a repository's, a page's icon): a paper's bold
    title (after a tag perhaps: ``🚩【Colorization】``), its links drawn as icons. Their
    HTML is the paper's links, not an introduction's markup: the segments with each icon
    read as a link to its target, or None."""
    lead = first_visible(segs)
    if lead is not None and lead.kind == "text" and _TITLE_TAG.fullmatch(lead.text):
        lead = next((s for s in segs[segs.index(lead) + 1 :] if s.kind != "text"), None)
    if lead is None or lead.kind != "strong" or len(lead.text.split()) < _ICON_TITLE_WORDS:
        return None
    out: list[Segment] = []
    icons = 0
    index = 0
    while index < len(segs):
        seg = segs[index]
        target = tag_attribute(seg.text, "a", "href") if seg.kind == "html" else None
        if target is not None:
            image = segs[index + 1] if index + 1 < len(segs) else None
            closing = segs[index + 2] if index + 2 < len(segs) else None
            if image is None or image.kind != "image" or closing is None:
                return None  # (an HTML link of another kind: markup, left as it is)
            if closing.kind != "html" or closing.text.strip().casefold() != "</a>":
                return None
            out.append(Segment("link", "", href=target, style="html", src=image.src))
            icons += 1
            index += 3
            continue
        out.append(seg)
        index += 1
    return out if icons else None


#: ``[^1]: H. Lyu, …``: a footnote's definition opening a line (GitHub's extension).
_FOOTNOTE_DEFINITION = re.compile(r"\s{0,3}\[\^[\w-]{1,30}\]:")


def is_footnote_definition(line: str) -> bool:
    """Whether a paragraph opening with ``line`` defines a footnote (``[^1]: H. Lyu, …,
    “Title,” Venue, 2025.``): the reference a mark in the list points to, not an entry."""
    return _FOOTNOTE_DEFINITION.match(line) is not None
