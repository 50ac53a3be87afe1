"""A paper item with a bold title: ``**Title**. *Authors*. Venue Year. [[pdf](url)]``, also
after a date (``[2023/10] **Title.** *Names et al. Venue.* [[paper](url)]``)."""

from __future__ import annotations

import re

from awesome_ptm.parse._bold_names import (
    ET_AL,
    NAMED_TITLE_WORDS,
    name_colon_cited,
    name_comma_title,
    named_title,
    title_after_name,
)
from awesome_ptm.parse._bold_tail import em_venue_then_year, year_venue_names
from awesome_ptm.parse._byline import names_then_venue
from awesome_ptm.parse._dates import DateValue, parse_date
from awesome_ptm.parse._draft import Draft
from awesome_ptm.parse._head_parts import written_venue_date
from awesome_ptm.parse._inline import Segment, short_bold_tags
from awesome_ptm.parse._leading_marker import leading_marker
from awesome_ptm.parse._link_title import link_title_marks
from awesome_ptm.parse._names import (
    names_at,
    split_authors,
)
from awesome_ptm.parse._names_first import reference_venue
from awesome_ptm.parse._notes import labels_for_rest
from awesome_ptm.parse._presentation import without_citation_count, without_trailing_presentation
from awesome_ptm.parse._quoted_lead import (
    bracket_marks,
    emphasised_venue_date,
    in_emphasised_venue,
    quoted_lead,
)
from awesome_ptm.parse._rest import finish
from awesome_ptm.parse._venue_names import venue_after_names
from awesome_ptm.parse._vocabulary import column_role, is_status
from awesome_ptm.venues import VenueYear, canonical_venue, split_venue_year


def bold_aliases(segs: list[Segment]) -> tuple[list[str], set[int]]:
    """``(**ELMo**)`` after the title: a short name the entry is known by."""
    aliases: list[str] = []
    used: set[int] = set()
    for index in range(1, len(segs) - 1):
        before, seg, after = segs[index - 1], segs[index], segs[index + 1]
        if (
            seg.kind == "strong"
            and before.kind == "text"
            and before.text.rstrip().endswith(("(", "（"))
            and after.kind == "text"
            and after.text.lstrip().startswith((")", "）"))
            and split_venue_year(seg.text, unmarked=True) is None
            # (``（**2024.07.03**）``, ``（**New**）``: a date or a status, no name)
            and parse_date(seg.text.strip()) is None
            and not is_status(seg.text.strip())
        ):
            aliases.append(seg.text.strip())
            used.add(index)
    return aliases, used


#: The longest venue written inside a bold title after its last comma.
_CLOSING_VENUE_MAX = 60


def _closing_venue(title: str) -> tuple[str, VenueYear | None]:
    """``**Editing LLMs: Problems, Methods, and Opportunities, EMNLP 2023 Main Conference
    Paper**``: a known venue and its year after the bold title's last comma (how it was
    presented may follow) is the entry's venue, not part of its title. Two venues
    (``**Title, CVPR 2019, TPAMI 2020**``): the first, where the work appeared first."""
    head, found = _last_venue(title)
    if found is None:
        return title, None
    earlier_head, earlier = _last_venue(head)
    if earlier is not None:
        return earlier_head, earlier
    return head, found


def _last_venue(title: str) -> tuple[str, VenueYear | None]:
    head, comma, tail = title.rpartition(",")
    if not comma or not head.strip() or len(tail) > _CLOSING_VENUE_MAX:
        return title, None
    found = split_venue_year(without_trailing_presentation(tail.strip()))
    if found is None or found.venue is None or found.year is None:
        return title, None
    if canonical_venue(found.venue) is None and _known_part(found.venue) is None:
        return title, None
    return head.strip(), found


#: ``Title (IEEE Big Data 2019)``: a bracket closing a bold title.
_CLOSING_BRACKET = re.compile(r"\s{0,3}[(（]([^()（）]{2,60})[)）]$")
#: ``…Hashing(TPAMI)``: a short bracket closing a title, maybe glued to its last word.
_CLOSING_KNOWN_VENUE = re.compile(r"\s{0,3}[(（]([^()（）]{2,30})[)）]$")


def _bracket_venue(title: str) -> tuple[str, VenueYear | None, str | None]:
    """A bold title's closing bracket read as its venue: a venue and year, as
    :func:`venue_after_names` reads one (``(AAAI 17)``, ``(Neural Computing and Applications
    2019)``), else as a link's title reads it (``(Stanford 2017)``: who made it, a note).
    A citation count closing the bracket (``(2016, 900+ citations)``) is a note. Returns the
    title without the bracket, the venue and the note."""
    title, count = without_citation_count(title)
    if count is not None:
        title_only, venue, note = _bracket_venue(title)
        return title_only, venue, f"{note}, {count}" if note else count
    closing = _CLOSING_BRACKET.search(title)
    if (
        closing is not None
        and closing.start() > 0
        and not title[closing.start()].isspace()
        and not title[closing.start() - 1].isascii()
    ):
        # (glued to a name in Latin letters, ``PIXIE(3DV2021)``: the name's venue; glued to
        # Chinese, ``司法人工智能挑战赛(CAIL2018)``, a contest's own name)
        closing = None
    found = venue_after_names(closing.group(1).strip()) if closing is not None else None
    if closing is not None and found is not None and found.venue is not None and found.year:
        return title[: closing.start()].rstrip(), found, None
    marks = link_title_marks(title)
    if marks.venue is None:
        # ``**HMR:Hetero-Manifold Regularisation for Cross-Modal Hashing(TPAMI)**``: a known
        # venue alone in the bracket closing the bold title, glued to it or not
        glued = _CLOSING_KNOWN_VENUE.search(title)
        known = canonical_venue(glued.group(1).strip()) if glued is not None else None
        if glued is not None and known is not None and glued.start() > 0:
            return title[: glued.start()].rstrip(), VenueYear(known, None, glued.group(1)), None
        return title, None, None
    return marks.title, marks.venue, marks.note


def _known_part(venue: str) -> str | None:
    """The known venue a qualified name (``AAAI Tutorial``) is a part of, or None."""
    words = venue.split()
    for cut in (words[:-1], words[2:]):  # ``AAAI Tutorial``, ``Findings of EMNLP``
        known = canonical_venue(" ".join(cut)) if cut else None
        if known is not None:
            return known
    return None


#: ``… dataset from medical exams. 2021.``: a year closing the title's sentence.
_CLOSING_YEAR_SENTENCE = re.compile(r"[.,]?\s{1,3}((?:19|20)\d\d)\.?\s*$")
#: The fewest words of a paper's title after its name and a colon.
_COLON_TITLE_WORDS = 4


def _paper_link_after(segs: list[Segment]) -> Segment | None:
    """The link ``segs`` open with, or that follows only short bold tags and spaces
    (``**`ACM MM 25`** [[Paper](url)]``), else None."""
    at = next((i for i, s in enumerate(segs) if s.kind == "link"), None)
    return segs[at] if at is not None and short_bold_tags(segs[:at]) else None


#: How many generic links may come before the paper's (``[[code]()] [[paper](url)]``).
_LINKS_BEFORE_PAPER = 2


def _paper_links_after(segs: list[Segment]) -> bool:
    """Whether ``segs`` open with the paper's link (see :func:`_paper_link_after`), or with
    a few generic links of which one is the paper's (``[[code](url)] [[paper](url)]``)."""
    first = _paper_link_after(segs)
    if first is None:
        return False
    links = [s for s in segs if s.kind == "link"][: _LINKS_BEFORE_PAPER + 1]
    for link in links:
        role = column_role(link.text.strip().strip("[]").strip())
        if role == "paper":
            return True
        if role is None:
            return False  # (a link naming something: no run of the paper's links)
    return False


def _name_colon_title(
    bold: str, after: list[Segment]
) -> tuple[str, VenueYear | None, int, list[str]] | None:
    """``**MedBook-18-CoT**: Small Language Models Learn … [Paper](https://arxiv.org/…)``:
    a name, a colon, then a paper's title, when the link after it (bold tags may stand
    between: ``**DriVerse**: Title. **`ACM MM 25`** [[Paper](url)]``) is the paper (its text
    only says "paper"). The colon may close the bold name (``***PreciseCam:*** Title``) and
    the title then be in italics (``***AIGV-Assessor:*** *Benchmarking …*``). The title
    written as ``Name: Title``, a year closing it, how many segments of ``after`` it took,
    and the names of a sentence closing it (``**HSVA**: Title. Shiming Chen, Guo-Sen Xie.``)."""
    name = bold.strip()
    text = after[0].text if after and after[0].kind == "text" else ""
    used = 1 if after and after[0].kind == "text" else 0
    if name.endswith((":", "：")):
        name = name[:-1].rstrip()
        title = text.strip()
        if not title and used < len(after) and after[used].kind == "em":
            title = after[used].text.strip()
            if names_at(title, "several") is not None:
                return None  # ``**Sora:** *Tim Brooks, Bill Peebles*``: the names after it
            used += 1
    elif text.lstrip().startswith((":", "：")):
        title = text.lstrip()[1:].strip()
    else:
        return None
    if not name:
        return None
    # (``***PERSONA:*** PERSONA: Personalized …``: the title repeats the name, no link needed)
    repeated = title.casefold().startswith((f"{name.casefold()}:", f"{name.casefold()}："))
    if not repeated and not _paper_links_after(after[used:]):
        return None
    year = _CLOSING_YEAR_SENTENCE.search(title)
    venue = None
    if year is not None:
        venue = VenueYear(None, int(year.group(1)), year.group(1))
        title = title[: year.start()]
    # (``Title [[paper](url)]``: the bracket opening the bracketed link is no title's)
    title = title.rstrip(" [(（【").strip(" .,")
    head, stop, tail = title.rpartition(". ")
    names = names_at(tail.replace("*", "").strip(" ."), "several") if stop else None
    if names is not None and len(head.split()) >= _COLON_TITLE_WORDS:
        title = head.strip(" .,")  # (the authors' sentence after the title)
    if len(title.split()) < _COLON_TITLE_WORDS:
        return None
    # (``**GRaWD**: Imaginative Walks: Generative Random Walk …``: a title with a colon of its
    # own does not take the name before it; the name is an alias)
    own_colon = ": " in title or "：" in title
    return (title if repeated or own_colon else f"{name}: {title}"), venue, used, names or []


#: ``[LlamaGen] ``: a short name in brackets opening a bold title.
_LEADING_NAME = re.compile(r"\[([^\[\]]{1,40})\]\s{1,3}(?=\S)")
#: ``(12 Feb 2025)``: a date in brackets opening the text after a bold title.
_DATE_AFTER = re.compile(r"\s{0,3}[(（]([^()（）]{3,20})[)）]")


def _date_after(segs: list[Segment]) -> DateValue | None:
    """The date with its month that opens the text after a bold title, in brackets
    (``(12 Feb 2025)``, ``(Aug 2024)``), or None (a year alone is read elsewhere)."""
    if len(segs) < 2 or segs[1].kind != "text":
        return None
    found = _DATE_AFTER.match(segs[1].text)
    when = parse_date(found.group(1).strip()) if found is not None else None
    return when if when is not None and when.iso != str(when.year) else None


#: ``1. ``, ``12. ``: a number counting a bold title (a dot and a space after it).
_BOLD_NUMBERING = re.compile(r"\A\d{1,3}\.[ \t]{1,3}(?=\S)")


#: The fewest words an italic title after a bracketed bold name has.
_ITALIC_TITLE_WORDS = 3


def _bracketed_name_then_italic_title(segs: list[Segment]) -> tuple[str, int] | None:
    """``**(SciBERT)** _SciBERT: A Pretrained Language Model for Scientific Text_``: a short
    name in brackets set in bold, then the paper's title in italics (not names). The title
    and the index of its segment, or None."""
    name = segs[0].text.strip()
    if not (name[:1] in "(（" and name[-1:] in ")）") or len(segs) < 2:
        return None
    at = 1
    if segs[at].kind == "text" and not segs[at].text.strip():
        at += 1
    if at >= len(segs) or segs[at].kind != "em":
        return None
    title = " ".join(segs[at].text.split()).strip(" .")
    if len(title.split()) < _ITALIC_TITLE_WORDS or names_at(title, "several") is not None:
        return None
    return title, at


def bold_title(segs: list[Segment]) -> Draft:
    """``**Title**. *Authors*. Venue Year. [[pdf](url)] [[code](url)] (**Alias**)``."""
    # (``**1. BiBench: Benchmarking …**``: the number counts the papers, it names none)
    bolded = _BOLD_NUMBERING.sub("", segs[0].text.strip(), count=1)
    # ``**[ICLR 2025 Spotlight] Title**``, ``**[LlamaGen] Title**``: a tag opening the bold
    # title, its venue or the short name the paper goes by
    lead = leading_marker(bolded) if bolded[:1] in "[(（【" else None
    tag = _LEADING_NAME.match(bolded) if lead is None else None
    if lead is not None:
        bolded = lead[1].strip()
    elif tag is not None and len(bolded[tag.end() :].split()) >= NAMED_TITLE_WORDS:
        bolded = bolded[tag.end() :]
    else:
        tag = None
    title, marker = _closing_venue(bolded.rstrip(".:：").strip())
    note = None
    bracketed = False
    if marker is None:
        # ``**Local Community Detection in Multiple Networks (KDD 2020)**``: the bracket
        # closing the bold title states its venue and year
        title, marker, note = _bracket_venue(title)
        bracketed = marker is not None
    draft = Draft(title=title, shape="bold-title", venue=marker)
    if lead is not None:
        draft.venue = draft.venue or lead[0]
        if lead[2]:
            draft.notes.append(lead[2])  # (the date the tag states)
    if tag is not None:
        draft.aliases.append(tag.group(1).strip())
    written_date = _date_after(segs)
    if written_date is not None:
        # ``**Title** (12 Feb 2025)<details>…``: the date in brackets right after the title
        draft.date = written_date.iso
        if draft.venue is None:
            draft.venue = VenueYear(None, written_date.year, written_date.iso)
    if note:
        draft.notes.append(note)
    skip = {0}
    quoted = quoted_lead(segs[1].text) if len(segs) > 1 and segs[1].kind == "text" else None
    if quoted is None and len(segs) > 1 and segs[1].kind == "text":
        quoted = named_title(segs[0].text, segs[1].text) or name_comma_title(
            segs[0].text, segs[1].text
        )
    if quoted is None and bracketed and len(segs) > 1 and segs[1].kind == "text":
        # ``**SMPL(SIGGRAPH2015)** SMPL: A Skinned Multi-Person Linear Model [[paper
        # link](url)]``: a short name and its venue in bold, then the paper's title
        quoted = title_after_name(draft.title, segs[1].text)
    colon_cited = (
        name_colon_cited(segs[0].text, segs[1].text)
        if quoted is None and len(segs) > 1 and segs[1].kind == "text"
        else None
    )
    if colon_cited is not None:
        # ``**IPN**: Names. Title. [[code]](url)``, ``**TIST19**: Names. Title.``: the bold
        # name is the work's short name (or its venue and year), then its citation
        venue_tag = split_venue_year(draft.title.rstrip(":： "), unmarked=True)
        if venue_tag is not None and venue_tag.venue is not None and venue_tag.year is not None:
            draft.venue = draft.venue or venue_tag
        else:
            draft.aliases.append(draft.title.rstrip(":： "))
        draft.title, draft.authors = colon_cited[0], draft.authors or colon_cited[1]
        stated = reference_venue(colon_cited[2]) if colon_cited[2].strip() else None
        if draft.venue is None and stated is not None:
            # (``Title[J]. IEEE Transactions on Evolutionary Computation, 2019.``)
            draft.venue = stated
        segs = [segs[0], Segment("text", colon_cited[2]), *segs[2:]]
    if quoted is None and colon_cited is None and len(segs) > 1 and segs[1].kind in ("text", "em"):
        named = _name_colon_title(segs[0].text, segs[1:])
        if named is not None:
            # ``**MedQA**: What disease does this patient have? … 2021. [paper](url)``: a paper
            # named, then its title; the title is both
            short = draft.title.rstrip(":： ")
            draft.title = named[0]
            if not named[0].casefold().startswith(short.casefold()):
                draft.aliases.append(short)
            if named[1] is not None:
                draft.venue = named[1]
            draft.authors = draft.authors or named[3]
            segs = [segs[0], Segment("text", " "), *segs[1 + named[2] :]]
    if quoted is None and colon_cited is None:
        italic = _bracketed_name_then_italic_title(segs)
        if italic is not None:
            # ``**(SciBERT)** _SciBERT: A Pretrained Language Model …_ `EMNLP 2019` ``
            draft.aliases.append(draft.title.strip("()（） "))
            draft.title = italic[0]
            skip.add(italic[1])
    if quoted is not None:
        # ``**ELLMER**: "Embodied large language models …", *Nature …, Mar 2025*``: the
        # bold name is the work's short name, the quoted text its title
        draft.aliases.append(draft.title.strip("[]【】 "))
        draft.title = quoted[0]
        segs = [segs[0], Segment("text", quoted[1]), *segs[2:]]
    stated_in = in_emphasised_venue(segs[1:]) if quoted is not None else None
    if stated_in is not None:
        # ``**MC-EEND**: "Title," in *IEEE/ACM TASLP,* 2024. (OSU)``: IEEE's way
        draft.venue = stated_in
        skip |= {1, 2, 3}
    # ``*Nature Machine Intelligence, Mar 2025*``: an emphasised venue and date, not names
    dated = emphasised_venue_date(segs[:4], skip) if stated_in is None else None
    if dated is None and (
        quoted is not None
        or (len(segs) > 1 and segs[1].kind == "text" and segs[1].text.lstrip().startswith(","))
    ):
        # ``**ViT**: "An Image is Worth 16x16 Words", ICLR, 2021 (*Google*)``, ``**Title**,
        # IEEE Transactions on Robotics, 2024``, ``**PaLM**: "Title" [2022-04] [JMLR]``
        dated = written_venue_date(segs[1:])
        if dated is None and segs[1].kind == "text":
            dated = bracket_marks(segs[1].text)
    if dated is not None:
        draft.venue = dated[0]
        if not dated[1].isdigit():
            draft.notes.append(dated[1])  # the date, as written (a year is the venue's)
        skip |= {i for i, s in enumerate(segs) if s.kind == "em"}
    for index, seg in enumerate(segs[1:4], start=1):
        if index in skip:
            continue
        if seg.kind == "em":
            em_venue = split_venue_year(seg.text.strip(" .,;"))
            if em_venue is not None and em_venue.venue is not None and em_venue.year is not None:
                # ``**Name**: "Title", *RSS 2024*.``: the venue in italics, not names
                if draft.venue is None or draft.venue.venue is None:
                    draft.venue = em_venue
                skip.add(index)
                continue
            dated_venue = em_venue_then_year(seg.text, segs[index + 1 : index + 2])
            if dated_venue is not None:
                # ``**Title**, *ACM Computing Surveys*, 2022.``: the venue in italics, no names
                if draft.venue is None or draft.venue.venue is None:
                    draft.venue = dated_venue
                skip.add(index)
                continue
            cited = names_then_venue(seg.text)
            draft.authors = split_authors(seg.text) if cited is None else cited[0]
            skip.add(index)
            break
    else:
        cited = None
    aliases, alias_idx = bold_aliases(segs)
    draft.aliases = [*draft.aliases, *aliases]
    skip |= alias_idx
    draft.links = labels_for_rest(segs, None)
    draft = finish(draft, segs, skip)
    if lead is not None and lead[0].venue not in (None, "arXiv") and draft.venue != lead[0]:
        # ``**[ICLR '25]Title**, Chen et al., arXiv 2025``: the tag names where the paper was
        # published, the citation after it the preprint
        draft.venue = lead[0]
    if cited is not None and (draft.venue is None or draft.venue.venue is None):
        # ``*Jessy Lin et al. ACL.*``: the venue closes the emphasised names.
        year = cited[1].year if draft.venue is None else draft.venue.year or cited[1].year
        draft.venue = VenueYear(cited[1].venue, year, cited[1].raw)
    if draft.venue is None:
        draft.venue = _venue_field(segs, max(i for i in skip if i < 4))
    cited_after = year_venue_names(segs[1].text) if len(segs) > 1 and 1 not in skip else None
    if cited_after is not None and (draft.venue is None or draft.venue.venue is None):
        # ``**Title** (2022), ICSE, Ezzini S, Abualhaija S.``: the year, venue and names
        draft.venue, draft.authors = cited_after[0], draft.authors or cited_after[1]
    return draft


#: ``**CPM-2**. Cost-Effective Pre-trained Language Models, 2021. [[code](url)]``: the year
#: that closes the text before the links. Anchored at the end of a short text.
_CLOSING_YEAR = re.compile(r",\s{0,3}((?:19|20)\d\d)\.?$")


def _venue_field(segs: list[Segment], last: int) -> VenueYear | None:
    """In ``**Title**. *Authors*. Preprint. [[pdf](url)]`` the text between the authors
    and the first link is the venue field: a venue alone (``Preprint``, ``ACL``) or a
    year closing a description (``…, 2021.``) is the entry's."""
    field: list[str] = []
    for seg in segs[last + 1 :]:
        if seg.kind in ("link", "image", "code"):
            break  # (``Neural Networks 2024.`tag`[[pdf](url)]``: a tag ends the field too)
        field.append(seg.text)
    text = "".join(field).strip(" .,;[(")
    if not text:
        return None
    found = split_venue_year(text)
    if found is not None and (found.venue is None or canonical_venue(found.venue) is not None):
        return found
    # right after the names, or the whole field after the bold title: a journal no alias
    # knows (``**Title.** ACM Comput. Surv. 2021 [paper](url)``; not ``**CPM-2**.
    # Cost-Effective Pre-trained Language Models, 2021.``, a title and its year)
    named = venue_after_names(text) if segs[last].kind == "em" or "," not in text else None
    if named is not None and named.venue is not None:
        return named
    names, comma, cited = text.rstrip(" |").rpartition(",")
    if comma and ET_AL.search(names):
        # ``**Title**, Zhu et al., Artificial Intelligence Review 2024 | [📄 Paper](url)``:
        # the names, then the venue (a journal no alias knows, kept as written)
        named = venue_after_names(cited.strip())
        if named is not None and named.venue is not None:
            return named
    closing = _CLOSING_YEAR.search(text[-12:])
    if closing is not None:
        return VenueYear(None, int(closing.group(1)), closing.group(1))
    return None
