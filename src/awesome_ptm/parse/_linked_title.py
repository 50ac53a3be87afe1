"""A line whose first link carries the title (``[Title](url) …``, ``label：[Title](url)``,
``Names. 2017. [Title](url). In *Venue*.``, ``[\\[arXiv:2206.07117\\]](url) Title``), or, when
none does, a line whose title is its text (:mod:`~awesome_ptm.parse._text_title`)."""

from __future__ import annotations

import re

from awesome_ptm.identity import link_kind
from awesome_ptm.parse._acm import acm_reference, et_al_reference
from awesome_ptm.parse._bold import bold_aliases
from awesome_ptm.parse._byline import closing_byline, emphasised_byline
from awesome_ptm.parse._citation import split_title_names
from awesome_ptm.parse._dated import term_year
from awesome_ptm.parse._draft import Draft, LinkDraft
from awesome_ptm.parse._head_parts import (
    name_and_description,
    name_colon_description,
    without_language_tag,
)
from awesome_ptm.parse._inline import (
    ARXIV_ID,
    Segment,
    plain,
)
from awesome_ptm.parse._link_title import (
    link_title_marks,
    paper_subtitle,
    stated_after_title,
    subtitle_then_et_al,
    year_quoted_title,
)
from awesome_ptm.parse._names import apa_names, names_at, reads_as_name_run
from awesome_ptm.parse._notes import (
    LABEL_MAX,
    clean_label,
    is_label_text,
    labels_for_rest,
    link_draft,
    titled_link,
)
from awesome_ptm.parse._paper_lines import (
    emphasised_venue,
    names_and_year,
    proceedings_venue,
    quoted_title_venue,
    year_after_emphasis,
)
from awesome_ptm.parse._rest import finish, venue_year_text
from awesome_ptm.parse._tagged_reference import tagged_reference
from awesome_ptm.parse._text_title import text_title
from awesome_ptm.parse._title_authors import take_authors
from awesome_ptm.parse._title_marks import (
    dashed_link_title,
    dated_link_first,
    journal_after_title,
    kind_links_first,
    title_after_links,
)
from awesome_ptm.parse._venue_names import venue_of_tag
from awesome_ptm.parse._venue_prefix import prefix_venue
from awesome_ptm.venues import (
    VenueYear,
    canonical_venue,
    split_venue_year,
)

#: ``[arXiv:2206.07117]``, ``[CVPR 2023]``: a link text that is a bracketed marker.
_BRACKETED_MARKER = re.compile(r"\[([^\[\]]{2,40})\]")


def _marker_link(segs: list[Segment]) -> Draft | None:
    """``[\\[arXiv:2206.07117\\]](url) TriHorn-Net: A Model for … [\\[PDF\\]](url)``: a
    first link whose text is a bracketed venue or arXiv identifier marks the paper; the
    text after it is the title. The draft, or None for any other line."""
    first = segs[0]
    if first.kind != "link" or first.style != "inline" or len(segs) < 2:
        return None
    found = _BRACKETED_MARKER.fullmatch(first.text.strip())
    if found is None:
        return None
    inner = found.group(1).strip()
    known = (
        VenueYear("arXiv", None, inner) if ARXIV_ID.fullmatch(inner) else split_venue_year(inner)
    )
    if known is None or known.venue is None or canonical_venue(known.venue) is None:
        return None
    rest = segs[1:]
    if rest[0].kind != "text" or len(rest[0].text.split()) < _MARKED_TITLE_WORDS:
        return None
    draft = link_or_text_title(rest)
    draft.links.insert(0, LinkDraft(href=str(first.href), style="inline", label=inner))
    if draft.venue is None or draft.venue.venue is None:
        year = draft.venue.year if draft.venue is not None else None
        draft.venue = VenueYear(known.venue, known.year or year, known.raw)
    return draft


#: The fewest words a title after a marker link has.
_MARKED_TITLE_WORDS = 2


#: ``(2022) Title``: a link's text that opens with its year in brackets.
_OPENING_YEAR = re.compile(
    r"[ \t]{0,3}[(（](?P<year>(?:19|20)\d\d)[)）][ \t]{1,3}(?P<title>[^\W\d_].{2,})", re.S
)


#: ``2021, ``, ``2019,``: a year opening the text before a linked title, then the names.
_YEAR_THEN_NAMES = re.compile(r"((?:19|20)\d\d)\s{0,2},\s{0,2}")
#: The fewest words of a linked title after a leading year and names.
_NAME_RUN_TITLE_WORDS = 3
#: ``【Cascade】``: a tag in lenticular brackets opening a reference.
_LEADING_TAG_MARK = re.compile(r"^\s{0,3}【[^【】]{0,40}】\s{0,3}")


#: ``,"``, ``,”``, ``"``: what closes the quotes around a linked title.
_CLOSING_TITLE_QUOTE = ('"', "”", ',"', ",”")


def _without_title_quote(prefix: str, after: list[Segment]) -> str:
    """``prefix`` without the opening quote of a linked title quoted the IEEE way (``Names,
    "[Title](url),"``): the quote closes right after the link."""
    if not prefix.endswith(('"', "“")) or not after or after[0].kind != "text":
        return prefix
    if not after[0].text.lstrip().startswith(_CLOSING_TITLE_QUOTE):
        return prefix
    return prefix[:-1].rstrip()


def link_or_text_title(segs: list[Segment]) -> Draft:
    """The draft of a line read by its first titled link, or by its text when no link
    carries the title."""
    marked = _marker_link(segs) or title_after_links(segs) or dated_link_first(segs)
    if marked is not None:
        return marked
    reordered = kind_links_first(segs)
    if reordered is not None:
        draft = link_or_text_title(reordered)
        # (the links in the order the line gives them)
        order = [str(s.href) for s in segs if s.kind == "link"]
        draft.links.sort(key=lambda link: order.index(link.href) if link.href in order else 0)
        return draft
    first_link = next((i for i, s in enumerate(segs) if s.kind == "link"), None)
    before = plain(segs[:first_link]) if first_link is not None else plain(segs)
    if first_link is not None:
        link = segs[first_link]
        prefix = before.strip()
        # (``Falsehoods about Gender: [#1](url)``: a number is no title)
        link_has_title = titled_link(link) and any(ch.isalpha() for ch in link.text)
        if (
            link_has_title
            and prefix.endswith((":", "："))
            and "[" not in prefix  # (``Title [paper: [CVPR2014](url), …]``: a list of links)
            and venue_year_text(link.text.strip(" []")) is not None
        ):
            # ``Neural Ordinary Differential Equations: [NeurIPS18](url), [code](url)``: the
            # link's text says where the work appeared, the text before it is the title
            link_has_title = False
        short_prefix = len(prefix) <= LABEL_MAX and not prefix.endswith(("[", "(", "（"))
        dashed_title = dashed_link_title(segs, first_link) if link_has_title and prefix else None
        if dashed_title is not None:  # ``2001-JMLR-[Title](url)``, ``2016.06-[Title](url)``
            return dashed_title
        # (``M. Borisyak, N. Kazeev, "[Title](url)," arXiv:1905.11719``: the quotes around
        # the linked title are the reference's, not the names')
        cited = _without_title_quote(prefix, segs[first_link + 1 :])
        reference = names_and_year(cited) if link_has_title and cited else None
        tagged = (
            tagged_reference(prefix) if reference is None and link_has_title and prefix else None
        )
        if tagged is not None:
            # ``[NeurIPS 2022] [ComENet] Wang, Limei, et al. [Title](url)``
            reference = (tagged.names, None)
        elif reference is None and link_has_title and prefix:
            # ``Chen D, Ren S, Wei Y, et al. [Title](url)[C]//…``, ``【Cascade】Li H, … .[Title]``
            # (``2021, Shivangi Aneja, Chris Bregler, [Title](url)``: the year first)
            # (the linked text a title, three words at least: ``2020, Title, [Valin](url)``
            # links its author's name)
            long_link = len(link.text.split()) >= _NAME_RUN_TITLE_WORDS
            year_led = _YEAR_THEN_NAMES.match(prefix) if long_link else None
            body = prefix[year_led.end() :] if year_led else prefix
            named = names_at(_LEADING_TAG_MARK.sub("", body).strip(" .,:;"), "several")
            if year_led and not named:
                # (``2019, Nørregaard, J., Horne, B. D., & Adalı, S. (2019). [Title](url)``)
                named = (names_and_year(body) or (None, None))[0] or apa_names(body.strip(" .,:;"))
            led_year = int(year_led.group(1)) if year_led else None
            if named:
                reference = (named, led_year)
            elif year_led and reads_as_name_run(body):
                # (``2020, Wang, Yaqing, Weifeng Yang, … and Jing Gao. "[Title](url)``: names
                # no reader takes apart; still the year, names, then the linked title)
                reference = ([], led_year)
        if reference is not None:
            # ``Philipp Koehn and Rebecca Knowles. 2017. [Six Challenges for NMT](url). In
            # *Proceedings of the First Workshop on NMT*.``: names, year, the linked title
            # (``M. **Alsalman** et al.: [Title (2018)](url)``: the year closing the link's
            # text is the paper's)
            closing = link_title_marks(link.text.strip().rstrip("."))
            draft = Draft(title=closing.title, authors=reference[0], shape="link-title")
            draft.links.append(link_draft(link, None))
            draft.links.extend(labels_for_rest(segs[first_link + 1 :], None))
            draft = finish(draft, segs, set(range(first_link + 1)))
            if closing.venue is not None and (draft.venue is None or draft.venue.year is None):
                draft.venue = closing.venue
            venue = draft.venue.venue if draft.venue is not None else None
            stated_year = draft.venue.year if draft.venue is not None else None
            if venue is None:
                venue = emphasised_venue(segs[first_link + 1 :])
                if venue is not None and stated_year is None:
                    # (``Lee et al., [Title](url), *Precision and Future Medicine*, 2017``)
                    stated_year = year_after_emphasis(segs[first_link + 1 :])
            if venue is None:
                proceedings = proceedings_venue(segs[first_link + 1 :])
                venue = proceedings.venue if proceedings is not None else None
                if proceedings is not None and stated_year is None:
                    stated_year = proceedings.year  # (``. In FinNLP 2019.``)
            if venue is None and cited != prefix:
                venue = quoted_title_venue(segs[first_link + 1 :])
            if reference[1] is not None:
                draft.venue = VenueYear(venue, reference[1], str(reference[1]))
            elif venue is not None and (draft.venue is None or draft.venue.venue is None):
                draft.venue = VenueYear(venue, stated_year, venue)
            if tagged is not None:
                if tagged.venue is not None and (draft.venue is None or draft.venue.venue is None):
                    draft.venue = tagged.venue
                draft.aliases[:0] = tagged.aliases
            return draft
        # ``2022 [Title](url)``, ``2021 ICSAI [Title](url)``, ``2020 发表在…: [Title](url)``
        prefixed: tuple[VenueYear | None, list[str]] | None = (
            (_tag_then_venue(segs[:first_link]) or prefix_venue(prefix))
            if link_has_title and prefix
            else None
        )
        if link_has_title and prefixed is None and not short_prefix and _colon_led(prefix):
            # ``用transfer learning进行…的综述：[A Survey of …](url)``: a description, a
            # colon, then the linked title (the description a note)
            prefixed = (None, [prefix.rstrip(":：").strip()])
        whole = link_has_title and (not prefix or is_label_text(prefix) or short_prefix)
        cited_link = (acm_reference(link.text) or et_al_reference(link.text)) if whole else None
        if cited_link is not None:
            # ``[Jiang, J. et al. 2019. Title. The World Wide Web Conference …](url)``: the
            # link's text is the whole reference
            cited_link.shape = "link-title"
            cited_link.links.append(link_draft(link, None))
            cited_link.links.extend(labels_for_rest(segs[first_link + 1 :], None))
            return finish(cited_link, segs, set(range(first_link + 1)))
        if link_has_title and (
            not prefix or is_label_text(prefix) or short_prefix or prefixed is not None
        ):
            # ``[Title](url) …`` or ``label：[Title](url) …``
            title, names, bracket = split_title_names(without_language_tag(link.text))
            year_quoted = year_quoted_title(link.text)
            if year_quoted is not None:
                # ``[2024: "PageJack: …" by Zhiyun Qian et. al](url)``
                title, names = year_quoted.title, year_quoted.authors()
                bracket = year_quoted.venue_year()
            opening = _OPENING_YEAR.fullmatch(title) if bracket is None and not names else None
            if opening is not None:  # ``[(2022) Data Distribution Shifts and Monitoring](url)``
                title = opening.group("title")
                bracket = VenueYear(None, int(opening.group("year")), opening.group("year"))
            marks = link_title_marks(title) if bracket is None else None
            if marks is not None:  # ``[[DCN] Deep & Cross Network (Stanford 2017)](url)``
                title, bracket = marks.title, marks.venue
            stated = stated_after_title(title) if bracket is None and not names else None
            if stated is not None:  # ``[Title. ICLR 2020.](url)``, ``[Title. 2020-03](url)``
                title, bracket = stated.title, stated.venue
            described = (
                name_and_description(title)
                # (a repository's name: ``[wepy-wechat-demo：基于wepy开发的…](github)``; an
                # article's title keeps its colon, ``[Funnel-Transformer：让…](weixin)``)
                or (name_colon_description(title) if link_kind(str(link.href)) == "code" else None)
                if not names and bracket is None
                else None
            )
            if described is not None:  # ``[LlamaIndex, data framework for LLMs](url)``
                title = described[0]
            credited = (
                emphasised_byline(link.emphasised, link.text)
                if link.emphasised and not names and bracket is None and described is None
                else None
            )
            if credited is not None:  # ``[*Swift in Depth* by Tjeerd in 't Veen](url)``
                title, names = credited
            bylined = (
                closing_byline(title)
                if not names and described is None and link_kind(str(link.href)) != "paper"
                else None
            )
            if bylined is not None:  # ``[OAuth 2.0 Explained by Alex Xu (ByteByteGo)](url)``
                title, names = bylined[0], bylined[1]
            draft = Draft(title=title, authors=names, venue=bracket, shape="link-title")
            if described is not None:
                draft.notes.append(described[1])
            if bylined is not None and bylined[2]:
                draft.notes.append(bylined[2])
            speakers = (
                names_at(link.lead.replace(" & ", " and "), "medium")
                if link.lead and not names
                else None
            )
            if speakers:
                draft.authors = speakers  # ``[Lin Clark: **A Cartoon Intro to Fiber**](url)``
            elif link.lead:
                draft.notes.insert(0, link.lead)  # ``[**Java**: _Title_](url)``: its tag
            if marks is not None and marks.note:
                draft.notes.append(marks.note)
            if stated is not None:
                draft.notes.extend(stated.notes)
            label = clean_label(prefix) if prefix and prefixed is None else None
            draft.links.append(link_draft(link, label))
            if prefixed is not None:
                draft.venue = draft.venue or prefixed[0]
                draft.notes.extend(prefixed[1])
            draft.links.extend(labels_for_rest(segs[first_link + 1 :], None))
            aliases, alias_idx = bold_aliases(segs)
            draft.aliases = [marks.alias, *aliases] if marks and marks.alias else aliases
            skip = set(range(first_link + 1)) | alias_idx
            subtitled = subtitle_then_et_al(draft.title, segs[first_link + 1 :])
            if subtitled is not None and not draft.authors:
                # ``[MoRAE](url): Flow-Friendly Latents for Text-to-Motion, Zhu et al.``
                draft.title, draft.authors = subtitled
                skip.add(first_link + 1)
            continued = (
                paper_subtitle(
                    draft.title, segs[first_link + 1 :], lambda: link_kind(str(link.href))
                )
                if subtitled is None and bracket is None
                else None
            )
            if continued is not None:
                # ``[Megatron-LM](url): Training Multi-Billion Parameter Language Models …``
                draft.title = continued[0]
                segs = [
                    *segs[: first_link + 1],
                    Segment("text", continued[1]),
                    *segs[first_link + 2 :],
                ]
            if not draft.authors:
                segs = take_authors(draft, segs, first_link + 1, skip)
            if draft.venue is None:
                # ``[CS 188 - Artificial Intelligence - Spring 2025](url) ([Fall 2024](url))``:
                # the term the title names, not the other terms linked after it
                draft.venue = term_year(draft.title)
            draft = finish(draft, segs, skip)
            if draft.venue is None or draft.venue.venue is None:
                journal_after_title(draft, segs[first_link + 1 :])
            return draft
    return text_title(segs, first_link)


def _colon_led(prefix: str) -> bool:
    """A prefix that ends with its only colon (``描述：`` before a linked title; not
    ``Postman:RESTful …；可替代工具：``, a name and its description before an alternative)."""
    body = prefix.rstrip()
    if not body.endswith((":", "：")):
        return False
    body = body[:-1]
    return ":" not in body and "：" not in body


#: ``AI4D3@NeurIPS 2023``, ``Bioinformatics 2019``: a name (any: emphasis marks it), a year.
_NAME_THEN_YEAR = re.compile(r"(\S[^\n]{0,60}?)[ \t,]{1,3}((?:19|20)\d\d)")


def _tag_then_venue(head: list[Segment]) -> tuple[VenueYear | None, list[str]] | None:
    r"""``\`BioText\` *\`Bioinformatics 2019\`* **[Title](url)**``: a tag in a code span, then
    the venue and its year emphasised (known or not: the emphasis marks it), the tag a
    note; None for any other prefix."""
    if len(head) != 2 or head[0].kind != "code" or head[1].kind != "em":
        return None
    written = head[1].text.strip()
    venue = venue_of_tag(written)
    if venue is None:
        named = _NAME_THEN_YEAR.fullmatch(written)
        if named is None:
            return None
        venue = VenueYear(named.group(1), int(named.group(2)), written)
    return venue, [head[0].text.strip()]
