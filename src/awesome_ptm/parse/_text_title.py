"""The title of a line that opens with text, not with a titled link.

``"Quoted Title", *arXiv, May 2026*``, ``Title，**ACL 2020**（url）``, ``Title (2016), G. Hinton
et al.``, ``(*NAACL'21*) Title``, ``\\[[官方网站](url)] 文心一言``, a bare URL alone, a
``《Book》`` inside Chinese text: :func:`text_title` reads them all (``_entry`` reads a line
whose first link carries the title).
"""

from __future__ import annotations

import re
from dataclasses import replace

from awesome_ptm.parse._acm import acm_reference
from awesome_ptm.parse._apa import apa_reference
from awesome_ptm.parse._comma_tails import (
    comma_venue_date,
)
from awesome_ptm.parse._dates import YEAR_DIGITS
from awesome_ptm.parse._decoration import is_decoration, without_leading_decoration
from awesome_ptm.parse._draft import Draft
from awesome_ptm.parse._head_parts import (
    after_bracketed_link,
    emphasised_names,
    marker_before_bracketed_link,
    names_first,
    without_dangling_label,
)
from awesome_ptm.parse._ieee import ieee_reference
from awesome_ptm.parse._inline import Segment, plain
from awesome_ptm.parse._leading_marker import leading_marker
from awesome_ptm.parse._link_title import link_title_marks
from awesome_ptm.parse._lncs import lncs_reference
from awesome_ptm.parse._names import names_at
from awesome_ptm.parse._names_first import names_then_marked_title
from awesome_ptm.parse._names_quoted import names_quoted_title
from awesome_ptm.parse._notes import (
    SEPARATORS,
    clean_note,
    is_generic_label,
    labels_for_rest,
    rest_notes,
)
from awesome_ptm.parse._numbered_reference import numbered_reference
from awesome_ptm.parse._presentation import is_presentation, without_citation_count
from awesome_ptm.parse._rest import YEAR, finish
from awesome_ptm.parse._text_citation import read_text_citation
from awesome_ptm.parse._text_leads import (
    author_key,
    bracketed_bold_name,
    closing_tags,
    code_tagged_title,
    named_title,
    quoted_title,
    tag_before_bold,
    venue_tag_lead,
    year_quoted,
)
from awesome_ptm.parse._text_title_close import TitleClose, close_title, described_draft
from awesome_ptm.parse._text_title_parts import (
    book_title,
    bracketed_tag_colon,
    linked_date,
    venue_from_text,
)
from awesome_ptm.parse._title_marks import title_in_venue
from awesome_ptm.parse._venue_names import (
    venue_after_names,
)
from awesome_ptm.titles import unwrap_title_brackets
from awesome_ptm.venues import VenueYear, find_venue_year, split_venue_year

#: The most words after a venue closing a title before its names (``(ICCV 2019 oral)``).
_CLOSING_NOTE_WORDS = 2

#: A repository's own page on a code host (``https://github.com/owner/name``).
_REPOSITORY_URL = re.compile(
    r"https?://(?:www\.)?(?:github\.com|gitlab\.com|gitee\.com)/[^/\s?#]+/([^/\s?#]+?)(?:\.git)?/?"
)

#: ``[survey] Title``, ``[Chinese Blog] Title``: a short tag in square brackets opening a
#: title written as text.
_BRACKET_TAG = re.compile(
    r"[ \t]{0,3}\[(?P<tag>[^\[\]\n]{1,25})\][ \t]{1,3}(?P<rest>[^\s(\[].*)", re.S
)
#: The fewest words of a title after such a tag.
_TAGGED_TEXT_WORDS = 3
#: ``(APP) Title``: a short tag of a word or two in brackets opening the title.
_OPENING_TAG = re.compile(
    r"[ \t]{0,3}\((?P<tag>[A-Za-z][A-Za-z&/-]{0,15}(?: [A-Za-z&/-]{1,15})?)\)[ \t]{1,3}"
    r"(?P<rest>\S.*)",
    re.S,
)
#: The fewest words a bold title after a venue marker has when text follows it.
_BOLD_TITLE_WORDS = 3
#: What may stand before a bold title after a paper's marker: a bracketed tag, or nothing.
_TAG_ONLY = re.compile(r"\s{0,3}(?:\[[^\[\]]{0,40}\]\s{0,3})?")


#: What may follow a mark opening a title before its first word (``🏎️. The 1st Place``).
_AFTER_MARK = " \t.:："


def text_title(segs: list[Segment], first_link: int | None) -> Draft:
    """The draft of a line whose title is its text (``first_link``: its first link's index,
    a link that carries no title of its own, or None)."""
    if segs and segs[0].kind == "text":
        undecorated = without_leading_decoration(segs[0].text)
        if undecorated.lstrip().startswith(":"):
            undecorated = without_leading_decoration(undecorated.lstrip())  # ``🔥 :thumbsup:``
        undecorated = undecorated.lstrip(_AFTER_MARK)
        if undecorated != segs[0].text.lstrip(_AFTER_MARK) and undecorated.strip():
            # ``⭐️ Time, Clocks, and the Ordering of Events …, CACM 1978``, ``🏎️. The 1st
            # Place …``: the list's mark for a must-read or a kind, not the title's first word
            segs = [replace(segs[0], text=undecorated), *segs[1:]]
        elif first_link == 1 and segs[0].text.strip() and is_decoration(segs[0].text):
            # ``📙 [Official Documentation](url)``: the mark alone before the link, no title
            segs, first_link = segs[1:], 0
    numbered = numbered_reference(segs, first_link)
    if numbered is not None:
        # ``**[1]** Names. **Title**. Venue, 2003.``: a reference by its number (its links,
        # those after the title)
        return numbered
    bracketed_name = bracketed_bold_name(segs)
    if bracketed_name is not None:
        # ``[**SEM2**] Enhance Sample Efficiency …``: the short name is an alias
        short_name, remaining = bracketed_name
        draft = text_title(remaining, None if first_link is None else first_link - 2)
        if short_name.casefold() != draft.title.casefold():
            draft.aliases.insert(0, short_name)
        return draft
    tagged_name = bracketed_tag_colon(segs)
    if tagged_name is not None:
        # ``[R2R]: Vision-and-Language Navigation: Interpreting …``: the data set's short
        # name in brackets and a colon, then the title
        short_tag, remaining = tagged_name
        draft = text_title(remaining, first_link)
        if short_tag.casefold() != draft.title.casefold():
            draft.aliases.insert(0, short_tag)
        return draft
    keyed = author_key(segs)
    if keyed is not None:
        # ```[Pei et al. CVPR23]` Title. CVPR, 2023. [[paper]](url)``: the key names the
        # first author; the title and its venue follow
        name, key_venue = keyed
        draft = text_title(segs[1:], None if first_link is None else first_link - 1)
        if not draft.authors:
            draft.authors = [name]
        if key_venue is not None and (draft.venue is None or draft.venue.venue is None):
            draft.venue = key_venue
        return draft
    coded = venue_tag_lead(segs)
    if coded is not None:
        # ```CVPR 2023` Title [[Paper](url)]``, ``**ICLR 2021** Title``: the venue in code or
        # bold, as it would be in brackets
        draft = text_title(segs[1:], None if first_link is None else first_link - 1)
        if draft.venue is None or draft.venue.venue is None:
            draft.venue = coded
        return draft
    lead = segs[:first_link] if first_link is not None else segs
    if segs[0].kind in ("text", "em", "strong") and any(
        "“" in s.text or '"' in s.text for s in lead if s.kind != "link"
    ):
        # ``G. Vivone, and F. Pacifici, “Title,” *Venue*, vol. 9, Mar. 2021, doi: [10.…](url)``
        referenced = ieee_reference(plain(segs))
        if referenced is not None:
            referenced.links.extend(labels_for_rest(segs, None))
            return referenced
    quoted = quoted_title(segs)
    if quoted is not None:
        return quoted
    by_year = year_quoted(segs, first_link)
    if by_year is not None:
        return by_year
    cited_upto = first_link if first_link is not None else len(segs)
    if all(s.kind in ("text", "em") for s in segs[:cited_upto]) and (
        first_link is None or is_generic_label(segs[first_link].text)
    ):
        # ``- Balkwill, L. & Thompson, W. F. (1999). Title. Venue.``, ``* Romanowska, I.
        # 2015: Title. _Human Biology 79_. [Online](url)``
        cited_text = plain(segs[:cited_upto])
        # (``Hu, L., Zanibbi, R.: Title. In: Proceedings of the 12th ICDAR, pp. 1180–1184.
        # Washington (2013)``: the Springer way)
        referenced = (
            apa_reference(cited_text) or lncs_reference(cited_text) or acm_reference(cited_text)
        )
        if referenced is not None:
            referenced.links.extend(labels_for_rest(segs, None))
            return referenced
    short_named = named_title(segs, first_link) or code_tagged_title(segs, first_link)
    if short_named is not None:
        return short_named
    cited_bold = names_then_marked_title(segs, first_link)
    if cited_bold is not None:
        return cited_bold
    in_venue = title_in_venue(segs, first_link if first_link is not None else len(segs))
    if in_venue is not None:  # ``Title, in *ICML* 2024, [\\[paper\\]](url)``
        return in_venue
    named_quoted = names_quoted_title(segs, first_link)
    if named_quoted is not None:  # ``Philipp Bergmann, Tim Meinhardt "Title" [[paper]](url)``
        return named_quoted
    # ``Title，**Venue Year**（url）note`` or a line of text (or a bare URL alone).
    stop = first_link if first_link is not None else len(segs)
    # ``[**Nature Communications, 2024.9**] **MMed-Llama3**: …``: a bracketed venue first
    marked_text = plain([s for s in segs[:stop] if s.kind != "html"])
    bracketed = leading_marker(marked_text)
    tagged = code_tagged = False
    for index, seg in enumerate(segs[:stop]):
        if bracketed is not None:
            break
        if (
            seg.kind == "code"
            and index > 0
            and (YEAR.match(seg.text.strip()) or is_presentation(seg.text))
        ):
            # (``Title `2017` [[NeurIPS](url)]``, ``Title. `oral` [[paper]](url)``: a year
            # or presentation tag ends the title)
            stop = index
            code_tagged = True
            break
        if seg.kind != "strong":
            continue
        tagged = closing_tags(segs, index, stop)
        if tagged or split_venue_year(seg.text, unmarked=True) is not None:
            stop = index
            break
    head_authors: list[str] = []
    emphasised = emphasised_names(segs, stop)
    if emphasised is not None:
        # ``Title - *Kaiming He, Xiangyu Zhang*, CVPR 2016``: the names end the title.
        stop, head_authors = emphasised
    # (HTML tags are no title, nor a badge's alt text: ``Title <br /> ![CVPR - Highlight](…)``)
    head = plain([s for s in segs[:stop] if s.kind not in ("html", "image")])
    head_venue: VenueYear | None = None
    head_rest = ""
    if emphasised is not None:
        # ``Title (ToG 2009). _Connelly Barnes, Eli Shechtman_ [[Paper]](url)``: the venue
        # closing the title before the names
        ends_head = find_venue_year(head)
        behind_venue = head[ends_head[2] :].strip(" .,;)]") if ends_head is not None else ""
        if (
            ends_head is not None
            and ends_head[1] > 0
            and ends_head[0].venue is not None
            and len(behind_venue.split()) <= _CLOSING_NOTE_WORDS
        ):
            head_venue, head_rest = ends_head[0], behind_venue
            head = head[: ends_head[1]].rstrip(" ([（")
    # (the same text as the marker was looked for in above, most often: read once)
    linked_marker = marker_before_bracketed_link(segs, first_link) if stop == first_link else None
    opening = "["
    lead_marker: tuple[VenueYear, str, str] | None
    if linked_marker is not None:
        # ``[CVPR'21] [[**GH-Feat**](url)] Title``: the marker, the bracketed link of the
        # paper's short name, then its title
        lead_marker = (linked_marker[0][0], opening, linked_marker[0][2])
        opening = plain(segs[:stop]).strip()
    else:
        lead_marker = bracketed if head == marked_text else leading_marker(head)
    tag = tag_before_bold(segs, stop) if lead_marker is None else None
    if tag is not None:
        # ``[HI-AI@KDD 24] **Title** [[paper]](url)``: a tag no marker reader knows, then the
        # bold title; the tag's venue and year when it states them, else a note
        head = plain([s for s in segs[1:stop] if s.kind not in ("html", "image")])
        if any(s.kind != "text" or s.text.strip(" \t[(（【") for s in segs[2:stop]):
            # ``[TabMWP] **Title**, arXiv:2209.14610, 2022 [[paper]](url)``: the bold text is
            # the title, what follows it is read as a title's rest is
            head, stop = segs[1].text, 2
        stated = find_venue_year(tag)
        head_venue = stated[0] if stated is not None else None
        # (what the tag says besides: ``[NeurIPS 2023 Workshop XAIA]`` keeps ``XAIA``)
        head_rest = tag if stated is None else (tag[: stated[1]] + tag[stated[2] :]).strip()
    opening_tag: str | None = None
    bracket_tag = _BRACKET_TAG.fullmatch(head) if lead_marker is None and tag is None else None
    if (
        bracket_tag is not None
        and bracket_tag.group("tag").strip().casefold() not in ("x", "")
        and len(bracket_tag.group("rest").split()) >= _TAGGED_TEXT_WORDS
        # (a paper's line: its link, or its year; ``- [FinPLMs] Continual Pre-training
        # **: FinBert-19**`` alone is a technique's name, no entry to title)
        and (first_link is not None or YEAR_DIGITS.search(bracket_tag.group("rest")))
    ):
        # ``- [survey] A survey on video moment localization, TOMM 2023``, ``[HAN]
        # Heterogeneous Graph Attention Network``: a topic or a short name in brackets before
        # the title, a note (``[NeurIPS 2023 Dataset]``: the venue and year it states)
        opening_tag, head = bracket_tag.group("tag").strip(), bracket_tag.group("rest")
        stated = find_venue_year(opening_tag)
        if stated is not None and stated[0].venue is not None and head_venue is None:
            head_venue = stated[0]
    if lead_marker is not None:
        # ``(*NAACL'21*) Knowledge Graph Based …``: the venue in brackets before the title
        head = lead_marker[1]
        tagged_head = _OPENING_TAG.fullmatch(head)
        if tagged_head is not None and len(tagged_head.group("rest").split()) >= 3:
            # ``[ICML 2025] (APP) GCAL: Adapting …``: a topic tag after the venue, a note
            opening_tag, head = tagged_head.group("tag"), tagged_head.group("rest")
        # (the first bold text: only a tag may stand before it, and a short one must end
        # the title: ``**Generative Fill**.``, not ``**Mobile**VLM V2: …``)
        bold = next((s.text for s in segs[:stop] if s.kind == "strong" and s.text.strip()), None)
        at = head.find(bold) if bold is not None else -1
        behind = head[at + len(bold) :] if bold is not None and at >= 0 else ""
        # (``(CVPR 24') **A Video is Worth 256 Bases**: Spatial-Temporal …``: a name, a
        # colon and the title after it, one title)
        name_colon = behind.lstrip().startswith((":", "："))
        whole = (
            bold is not None
            and not name_colon
            and (
                len(bold.split()) >= _BOLD_TITLE_WORDS
                or not behind.strip(" .;[(")
                or behind[0] in ",;"
            )
        )
        if bold is not None and whole and at >= 0 and _TAG_ONLY.fullmatch(head[:at]):
            # ``(SIGGRAPH 2023) [💬 3D] **DreamFace: …**, Longwen Zhang et al.``: the bold
            # text is the title; the names after it are its authors
            trailing = head[at + len(bold) :].strip(" ,;[(")
            head = bold
            bold_names = names_at(trailing, "several") if trailing else None
            if bold_names is not None:
                head_authors = bold_names
    head, cited_count = without_citation_count(head)
    if stop == (first_link if first_link is not None else len(segs)):
        head = without_dangling_label(head)
        found = find_venue_year(head)
        cited = read_text_citation(head, found)
        named_first = None
        if (cited is None or not cited.authors) and not head_authors and lead_marker is None:
            named_first = names_first(head)
        if named_first is not None:
            # ``Richard Sutton and Andrew Barto, Reinforcement Learning: An Introduction``:
            # the names, then the title and its venue, read as a citation without names
            head_authors, head = named_first
            dated = comma_venue_date(head)
            marks = link_title_marks(head) if dated is None else None
            if dated is not None:
                # ``…, Prioritized Experience Replay, ArXiv, 18 Nov 2015.``
                head, head_venue, head_rest = dated
                found = cited = None
            elif marks is not None and marks.venue is not None and marks.venue.venue is None:
                # ``… (Stanford, 1998)``: the year, and who made it a note
                head, head_venue = marks.title, marks.venue
                head_rest = f"({marks.note})" if marks.note else ""
                found = cited = None
            else:
                found = find_venue_year(head)
                cited = read_text_citation(head, found)
        if cited is not None:
            # ``Title (2016), G. Hinton et al.``, ``Title, Stanford University``: the title
            # without the names, year or affiliation that close it.
            head, head_venue, head_rest = cited.title, cited.venue, cited.rest
            head_authors = cited.authors or head_authors
        elif found is not None and found[1] > 0:
            # No bold venue: a venue written inside the head text (``Title，**ACL 2020
            # **(url)``, whose broken bold markdown-it leaves as text) ends the title.
            head_venue, head_rest = found[0], head[found[2] :]
            head = head[: found[1]]
        elif cited_count is not None:
            # ``Title (IEEE Trans. on SMC, 2008, 1300+ citations) [[Paper]](url)``: the
            # bracket the count closed states the year, and who published it (a note)
            marks = link_title_marks(head.strip().rstrip("[(（").strip())
            if marks.venue is not None:
                head, head_venue = marks.title, marks.venue
                if marks.note:
                    cited_count = f"{marks.note}, {cited_count}"
    if lead_marker is not None and head_venue is None:
        head_venue = lead_marker[0]
    # ``ChatGLM \\[[官方网站](url)]``: the escaped bracket around a labelled link is not
    # part of the title.
    title = head.strip().rstrip("(（[").strip().strip(SEPARATORS).strip()
    generic = first_link is not None and is_generic_label(segs[first_link].text)
    closed = close_title(
        TitleClose(title, head_venue, head_authors, head_rest), generic, first_link is not None
    )
    title, head_venue, head_authors = closed.title, closed.venue, closed.authors
    head_rest, head_date = closed.rest, closed.date
    if emphasised is not None or tagged or code_tagged or tag is not None:
        # ``Title. *Names*.``, ``Title. **`arXiv 26.05`**``, ```CLIP` **Title.**``,
        # ``Title. `oral```: the title's full stop
        title = title.rstrip(".").rstrip()
    skip = set(range(stop + 1 if emphasised is not None else stop))
    after = after_bracketed_link(segs, first_link, opening) if not title else None
    if after is not None:
        # ``\\[[官方网站](url)] 文心一言``: the name follows the bracketed link.
        title, after_index = after
        draft = Draft(title=title, shape="text-title")
        skip.add(after_index)
        assert first_link is not None  # (a bracketed link was found)
        leading = split_venue_year(segs[first_link].text)
        if leading is not None and leading.venue is not None:
            draft.venue = leading  # ``[[CVPR](url)] PointNet: …``: the link names the venue
    elif not title and first_link is not None:
        link = segs[first_link]
        title = link.text if link.style == "inline" and link.text else str(link.href)
        if link.style != "inline":
            # ``- https://github.com/VideoVerses/VideoTuna``: the repository names the entry
            repository = _REPOSITORY_URL.fullmatch(title)
            title = repository.group(1) if repository is not None else title
        draft = Draft(title=title, shape="bare-url" if link.style != "inline" else "link-title")
    else:
        draft = described_draft(title, segs, first_link, head_authors, head_venue)
        title = draft.title
    book = book_title(title)
    if book is not None and book != unwrap_title_brackets(title):
        draft.title = book
        remainder = clean_note(title.replace(f"《{book}》", " "))
        if remainder:
            in_remainder = venue_from_text(remainder)
            if in_remainder is not None:
                draft.venue = in_remainder[0]
                remainder = clean_note(in_remainder[1])
            if remainder:
                draft.notes.append(remainder)
    else:
        draft.title = unwrap_title_brackets(title) if title else title
    draft.links.extend(labels_for_rest(segs, None))
    if cited_count is not None:
        draft.notes.append(cited_count)  # ``Title (2016, 900+ citations)``: how often cited
    if head_date is not None:
        draft.notes.append(head_date)
    elif draft.venue is None:
        linked = linked_date(segs, first_link)
        if linked is not None:
            draft.notes.append(linked)  # ``Title [[4 Sep 2022]](url)``: the link's text
    if lead_marker is not None and lead_marker[2]:
        draft.notes.append(lead_marker[2])  # ``(*arxiv 2023.05*)``: the date it states
    if opening_tag is not None:
        draft.notes.append(opening_tag)
    if head_venue is not None:
        # ``Title，**ACL 2020 **(url)降噪``: what followed the venue in the head ("(")
        # and what follows the link (")降噪") form one note once the link is taken out.
        draft.venue = head_venue
        rest = "".join(
            " " if (i in skip or s.kind in ("link", "image")) else s.text
            for i, s in enumerate(segs)
        )
        note = clean_note(head_rest + rest)
        if note:
            draft.notes.append(note)
        return draft
    if head_rest.strip():
        # ``Title, Stanford University [[web]](url)``: the affiliation is a note.
        draft.notes.extend(rest_notes([Segment("text", head_rest)], set()))
    if draft.venue is not None:
        # The venue came from the title line; nothing more to look for in the rest.
        draft.notes.extend(rest_notes(segs, skip, None))
        return draft
    draft = finish(draft, segs, skip)
    if emphasised is not None and (draft.venue is None or draft.venue.venue is None):
        # ``Title. _Graziella Orrù et al._ Front. Artif. Intell. 2023 [[paper](url)]``: the
        # journal right after the names, one no alias knows
        upto = next((i for i in range(stop + 1, len(segs)) if segs[i].kind == "link"), len(segs))
        named = venue_after_names(plain(segs[stop + 1 : upto]).strip(" .,;[("))
        if named is not None and named.venue is not None:
            draft.venue = named
    return draft
