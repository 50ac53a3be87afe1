"""From inline segments to an entry draft: title, links with labels, venue, year, notes.

One head line is read by :func:`interpret_head` (the shapes of a list item); a paragraph of
several lines by :func:`~awesome_ptm.parse._entry_lines.interpret_lines` (description line,
bare URL lines, ``label：url`` lines, a label line with its URL on the next line). The
leads of a line (a citation's names, a number, a venue tag, a bold title) are taken here;
the rest of it is read by :mod:`~awesome_ptm.parse._linked_title`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from awesome_ptm.parse._apa import apa_reference, author_year_title
from awesome_ptm.parse._bold import bold_title
from awesome_ptm.parse._bold_leads import LEADING_DATE, leading_date, name_then_bold_title
from awesome_ptm.parse._bold_names import cited_names_then_title
from awesome_ptm.parse._bold_tags import tags_then_title
from awesome_ptm.parse._dates import YEAR_DIGITS
from awesome_ptm.parse._decoration import is_decoration, without_leading_decoration
from awesome_ptm.parse._draft import Draft as Draft  # (re-exported)
from awesome_ptm.parse._draft import LinkDraft as LinkDraft
from awesome_ptm.parse._inline import Segment, plain, visible
from awesome_ptm.parse._line_leads import (
    BRACKET_NUMBER,
    after_anchor_tag,
    apa_lead,
    bold_venue_before_link,
    bold_venue_tag,
)
from awesome_ptm.parse._linked_title import link_or_text_title
from awesome_ptm.parse._names import split_authors as split_authors  # (re-exported)
from awesome_ptm.parse._names_quoted import names_quoted_title
from awesome_ptm.parse._notes import (
    LABEL_MAX,
    is_label_text,
    link_draft,
    titled_link,
)
from awesome_ptm.parse._notes import clean_label as clean_label  # (re-exported)
from awesome_ptm.parse._notes import clean_note as clean_note
from awesome_ptm.parse._notes import is_generic_label as is_generic_label
from awesome_ptm.parse._paper_lines import author_line as author_line  # (re-exported)
from awesome_ptm.parse._pipe import pipe_cells, pipe_style
from awesome_ptm.parse._text_leads import (
    bold_name_quoted_title,
    cited_before_bold_title,
    venue_tag_lead,
)
from awesome_ptm.parse._trailing_title import trailing_title
from awesome_ptm.venues import (
    VenueYear,
    canonical_venue,
    find_venue_year,
    split_venue_year,
)

#: _document reads the label length here.
_LABEL_MAX = LABEL_MAX


#: ``<a name="MDC">``, ``</a>``, ``<a id="x"/>``: the tags of an anchor without a link.
_ANCHOR_TAG = re.compile(r"</a\s*>|<a\s+(?:name|id)\s*=\s*[\"'][^\"'<>]{0,80}[\"']\s*/?>", re.I)
#: ``<span id="1001">``, ``</span>``: a span that anchors what it wraps.
_SPAN_OPEN = re.compile(r"<span\s+id\s*=\s*[\"'][^\"'<>]{0,80}[\"']\s*>", re.I)
_SPAN_CLOSE = re.compile(r"</span\s*>", re.I)
#: ``[ViLD]``: a method's short name in brackets.
_BRACKETED_NAME = re.compile(r"\[[^\[\]\s]{1,30}(?:\s[^\[\]\s]{1,30})?\]")
#: The most words of a bold topic tag before a paper's linked title.
_TOPIC_WORDS = 6
#: The fewest words of a linked title after a bold topic tag.
_TAGGED_TITLE_WORDS = 4
#: ``LSTM-P``, ``MSR-VTT``, ``SA``, ``C3D``: a method's short name (in capitals, or with a
#: hyphen or a digit in it), not a word or a product's name (``Flask``, ``PyTorch``).
_ACRONYM = re.compile(r"[A-Z][A-Za-z0-9]{0,15}(?:-[A-Za-z0-9]{1,15}){1,3}|[A-Z0-9]{2,8}")


def _tag_then_linked_title(segs: list[Segment]) -> Draft | None:
    """``**VCR**: [Fusion of Detected Objects in Text for VQA](url), EMNLP 2019``: a bold
    topic, a colon (or a comma after a topic of words), then the paper's linked title and
    the venue and year after it (or an arXiv link): the link names the entry, the topic is
    an alias. None otherwise: ``**Flask**: [A micro web framework](url)`` states no venue,
    ``**SEMAC**, [Title](url), AAAI 2018`` is a method named before its paper (the bold
    name is the title)."""
    if len(segs) < 3 or segs[1].kind != "text" or segs[1].text.strip() not in (":", "：", ","):
        return None
    tag, link = segs[0].text.strip(), segs[2]
    if not tag or len(tag.split()) > _TOPIC_WORDS or not titled_link(link):
        return None
    if segs[1].text.strip() == "," and len(tag.split()) == 1:
        return None  # ``**SEMAC**, [Link Prediction via …](url), AAAI 2018``: the method's name
    if len(link.text.split()) < _TAGGED_TITLE_WORDS:
        return None
    after = plain([s for s in segs[3:] if s.kind == "text"])
    acronym = segs[1].text.strip() in (":", "：") and _ACRONYM.fullmatch(tag) is not None
    if (
        find_venue_year(after) is None
        and "arxiv.org/" not in str(link.href).casefold()
        # (``**LSTM-P**: [Translating Videos to Natural Language …](url)``, its venue on the
        # line below: a method's short name is no topic of a software list, ``**Flask**``)
        and not acronym
    ):
        return None
    draft = link_or_text_title(segs[2:])
    draft.aliases.insert(0, tag)
    return draft


def interpret_head(segs: list[Segment]) -> Draft | None:
    """Read one line of inline content as an entry, or None if it holds nothing."""
    segs = visible(segs)
    while len(segs) > 1 and segs[0].kind == "html" and _ANCHOR_TAG.fullmatch(segs[0].text.strip()):
        segs = segs[1:]  # ``<a name="MDC"></a>**[MDC]** Title``: an invisible anchor
    if len(segs) > 2 and segs[0].kind == "html" and _SPAN_OPEN.fullmatch(segs[0].text.strip()):
        # ``<span id = "1001">**[ViLD]**</span> | **ICLR'22** | Title | …``: the span only
        # anchors what it wraps
        close = next(
            (
                i
                for i, s in enumerate(segs)
                if s.kind == "html" and _SPAN_CLOSE.fullmatch(s.text.strip())
            ),
            None,
        )
        if close is not None:
            segs = [*segs[1:close], *segs[close + 1 :]]
    if not segs:
        return None
    if (
        len(segs) > 1
        and segs[0].kind == "strong"
        and segs[1].kind == "link"
        and LEADING_DATE.fullmatch(segs[0].text)
    ):
        # ``**[2026-05-04]** [Title](url) **(arXiv)**``: a date set in bold opens the item as a
        # date in brackets does, not its title
        segs = [Segment("text", f"{segs[0].text.strip()} "), *segs[1:]]
    cited = apa_lead(segs)
    if cited is not None:
        # ``Yu, M., Wang, D., & Wan, A. [**Title**](url) arXiv (2024)``: the names, then the
        # linked title and what follows it
        read = interpret_head(cited[1])
        if read is None:
            return None
        if len(read.authors) == 1 and (read.venue is None or read.venue.venue is None):
            # (``*Pattern Recognition Letters*, 2020.`` after the title: the names came
            # first, so what is emphasised after it is the venue)
            written = read.authors[0]
            year = read.venue.year if read.venue is not None else None
            read.venue = VenueYear(canonical_venue(written) or written, year, written)
        read.authors = cited[0]
        return read
    if segs[0].kind == "link" and segs[0].style == "inline" and YEAR_DIGITS.search(segs[0].text):
        # (a year: an APA reference or an author-year citation has one; most link texts have
        # none, and are not read)
        quoted = _apa_link(segs)
        if quoted is not None:
            return quoted
    trailed = trailing_title(segs)  # ``[paper](url) / [code](url) - Title``
    if trailed is not None:
        return trailed
    anchored = after_anchor_tag(segs)
    if anchored is not None:
        # ``<span id>[[TALLFormer]](#12204)</span> [**Title**](url) - …``: the anchor link
        # tags the paper (a short name, an alias); the web link after it is its title
        anchor, rest = anchored
        draft = interpret_head(rest)
        if draft is None:
            return None
        tag = anchor.text.strip("[] ")
        if tag.casefold() != draft.title.casefold():
            draft.aliases.insert(0, tag)
        draft.links.insert(0, link_draft(anchor, None))  # (the link stays the entry's)
        return draft
    if segs[0].kind == "text" and segs[0].text.lstrip().startswith(":"):
        # ``:chart_with_upwards_trend: Title [[pdf]](url)``: the shortcodes are emoji
        shown = without_leading_decoration(segs[0].text)
        if shown.strip() and shown != segs[0].text:
            segs = [Segment("text", shown), *segs[1:]]
        elif not shown.strip() and len(segs) > 1:
            segs = segs[1:]  # ``:game_die: <b>Title (ICCV 2019)</b> [[Link]](url)``
    numbered = (
        BRACKET_NUMBER.match(segs[0].text)
        if segs[0].kind == "text" and segs[0].text.lstrip()[:1] == "["
        else None
    )
    if numbered is not None and numbered.end() == len(segs[0].text) and len(segs) > 1:
        segs = segs[1:]  # ``- [12] **[ICCV'21] |** Title``: the number counts the papers
    elif numbered is not None and numbered.end() < len(segs[0].text):
        segs = [Segment("text", segs[0].text[numbered.end() :]), *segs[1:]]
    venue_tag = bold_venue_tag(segs) if segs[0].kind == "strong" else None
    if venue_tag is not None:
        # ``**[ICCV'21] |** Learning Attribute-driven … [[Paper]](url)``: the venue tag in
        # bold, the title after it
        read = interpret_head(segs[1:])
        if read is None:
            return None
        if read.venue is None or read.venue.venue is None:
            read.venue = venue_tag
        read.title = read.title.rstrip(" .")  # (``Title. [[Paper]](url)``: the stop ends it)
        return read
    venue_lead = bold_venue_before_link(segs)
    if venue_lead is not None:
        # ``**Pattern Recognition-2020,引用数:3**:[Title](url)``: the venue and how often the
        # work is cited, then its linked title
        read = interpret_head(segs[2:])
        if read is None:
            return None
        if read.venue is None or read.venue.venue is None:
            read.venue = venue_lead[0]
        if venue_lead[1]:
            read.notes.append(venue_lead[1])
        return read
    bracketed = cited_before_bold_title(segs) if segs[0].kind in ("code", "text") else None
    if bracketed is not None:
        # ```TTT` [Sun et al., Proc. ICML 2020] **Title** [[PDF]](url)``: the short name, the
        # citation in brackets, then the bold title
        name, names, venue, rest = bracketed
        read = bold_title(rest)
        read.authors = read.authors or names
        if read.venue is None or read.venue.venue is None:
            read.venue = venue
        if name is not None and name.casefold() != read.title.casefold():
            read.aliases.insert(0, name)
        return read
    decorated = len(segs) > 1 and segs[0].kind == "text" and is_decoration(segs[0].text)
    if decorated and segs[1].kind == "strong" and split_venue_year(segs[1].text) is None:
        return bold_title(segs[1:])  # ``🌟 **Title**``: the emoji only decorates
    if (
        segs[0].kind == "strong"
        and split_venue_year(segs[0].text) is None
        and venue_tag_lead(segs) is None  # (``**IEEE IRC 2022** Title``: a venue no table knows)
    ):
        if (
            _BRACKETED_NAME.fullmatch(segs[0].text.strip())
            and len(segs) > 1
            and segs[1].kind == "text"
            and segs[1].text.lstrip().startswith("|")
            and pipe_cells(segs)
        ):
            return pipe_style(segs)  # ``**[ViLD]** | **ICLR'22** | Title | [pdf](url)``
        quoted = (
            bold_name_quoted_title(segs)
            or names_quoted_title(
                segs, next((i for i, s in enumerate(segs) if s.kind == "link"), None)
            )
            or cited_names_then_title(segs)
        )
        if quoted is not None:
            # ``**GET**: "Title" (Xu et al., 2022 TheWebConf) [[PDF]](url)``, ``**DMAN**
            # Zhu, Ji and Yang, Hua "Title" [[paper]](url)``
            return quoted
        tagged = _tag_then_linked_title(segs) or tags_then_title(segs, link_or_text_title)
        if tagged is not None:
            return tagged
        return bold_title(segs)
    dated = leading_date(segs)
    if dated is not None:
        return dated
    named = name_then_bold_title(segs) if segs[0].kind == "text" else None
    if named is not None:  # ``Squad: **"Squad: 100, 000+ questions …".**``
        return named
    # (bars after a titled link only part what follows the paper, no cells: ``[Title](url),
    # Names et al., ECCV 2020 | [github](url)``, ```Tag` *`Venue 2023`* **[Title](url)** |
    # [![Model](…)](…) |``)
    first_bar = next((i for i, s in enumerate(segs) if s.kind == "text" and "|" in s.text), None)
    barred = first_bar is not None and not any(titled_link(s) for s in segs[:first_bar])
    if barred and pipe_cells(segs):
        piped = pipe_style(segs)
        if piped.title:  # (else the line is read below)
            return piped
    return link_or_text_title(segs)


#: The colon after a field's label.
_COLONS = frozenset((":", "："))


def _apa_link(segs: list[Segment]) -> Draft | None:
    """``[Liang, Luxu, Yuhang Jia, and Feng Zhou. (2025). Title. arXiv preprint …](url)``
    (awesome-ebm), ``[Schuld & Killoran, 2022, Title](url)`` (Roadmap-to-QML): a link whose
    text is a whole reference, APA or author-year, is the paper's title link; the names,
    year and venue of the reference are the entry's. None for any other link."""
    text = segs[0].text
    cited = apa_reference(text, month=True) if ")." in text else author_year_title(text)
    if cited is None or not cited.authors:
        return None
    read = interpret_head([replace(segs[0], text=cited.title), *segs[1:]])
    if read is None:
        return None
    read.authors = read.authors or cited.authors
    if read.venue is None or read.venue.year is None:
        read.venue = cited.venue
    return read


def line_kind(line: list[Segment]) -> str:
    """``url`` (only links), ``label-url`` (``label：url``), ``label`` (``label：``), ``text``."""
    content = visible(line)
    if not content:
        return "empty"
    if len(content) > 1 and content[0].kind == "text" and is_decoration(content[0].text):
        content = content[1:]  # (``📄 [PDF](url)``: the icon marks what the link is)
    if len(content) > 2 and content[0].kind == "code" and content[1].text.strip() in _COLONS:
        # (``\`Link\`: [paper](url)``: a label written in code)
        content = [Segment("text", f"{content[0].text}{content[1].text}"), *content[2:]]
    links = [s for s in content if s.kind == "link"]
    texts = [s for s in content if s.kind != "link"]
    if links and not texts:
        return "url"
    if links and len(texts) == 1 and content[0] is texts[0] and is_label_text(texts[0].text):
        return "label-url"
    if not links and is_label_text(plain(texts)):
        return "label"
    return "text"
