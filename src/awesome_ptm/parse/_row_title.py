"""The title cell of a table row: which cell names the entry (the title column, else the
cell with the entry's main link), and how that cell is read: a row number, decoration
(emoji, ``[tags]``, ``(@affiliation)``), a title and its description run together, a cell
naming several things, a reference written out with its quoted title.
"""

from __future__ import annotations

import re

from awesome_ptm.parse._badges import badge_venue
from awesome_ptm.parse._columns import may_be_title
from awesome_ptm.parse._dates import parse_date
from awesome_ptm.parse._entry import Draft, LinkDraft, interpret_head, is_generic_label
from awesome_ptm.parse._entry_lines import badges_only
from awesome_ptm.parse._inline import ITEM_NUMBERING, Segment, plain, split_lines, visible
from awesome_ptm.parse._names import loose_names, names_at, plain_names
from awesome_ptm.parse._presentation import without_trailing_presentation
from awesome_ptm.parse._row_cells import keep_links
from awesome_ptm.parse._venue_names import venue_as_written
from awesome_ptm.parse._vocabulary import is_status
from awesome_ptm.titles import without_shortcodes
from awesome_ptm.venues import VenueYear, find_venue_year, split_venue_year

# "1) " / "12. " before a title in a numbered table.
# A title cell written "Title  Description…" (two spaces between them, the bold lost).
_TITLE_GAP = re.compile(r"\S(\s{2,})\S")
_TITLE_MAX = 200
# Between the links of a title cell that names several things.
_LIST_SEPARATORS = " \t,，、/;；|"
# What a title may start with besides a letter or digit.
_TITLE_OPENERS = "[(《\"'“‘【「"
# "[Open-Sora] Open-Sora: …": a short tag before the title.
_LEADING_TAG = re.compile(r"\[([^\[\]]{1,40})\]\s*")
# "…for All(@hpcaitech)": the affiliation after the title.
_AFFILIATION = re.compile(r"[(（]@[^()（）]{0,80}[)）]\s*$")
# 'Authors. "Title." Venue, year.': a reference written out in a cell.
#: (the names end with a stop or a comma before the quote: ``… Need More “Attention”`` is
#: a title with a quoted word in it)
_CITATION_TITLE = re.compile(r"[^\"“”]{2,300}?[.,;:][ \t]{0,3}[\"“](?P<t>[^\"“”]{8,300})[\"”]")
_ANY_YEAR = re.compile(r"(?<![0-9])(?:19[5-9][0-9]|20[0-2][0-9]|203[0-5])(?![0-9])")


#: The fewest words after ``**Name**:`` in a title cell that make the cell one title
#: (``**FM**: Factorization Machines``).
_NAMED_TITLE_WORDS = 2


def _strip_numbering(cell: list[Segment]) -> list[Segment]:
    """``1) **Title** - …``: the row number is not part of the title."""
    start = 0
    while start < len(cell) and cell[start].kind == "text" and not cell[start].text.strip():
        start += 1
    if (
        start == len(cell)
        or cell[start].kind != "text"
        or not cell[start].text.lstrip()[:1].isdigit()
    ):
        return cell
    m = ITEM_NUMBERING.match(cell[start].text)
    if m is None:
        return cell
    rest = cell[start].text[m.end() :]
    head = [Segment("text", rest)] if rest.strip() else []
    return [*head, *cell[start + 1 :]]


def title_draft(cell: list[Segment]) -> Draft:
    """The draft a title cell gives: its title, and the links and notes written with it."""
    segs = _strip_numbering(cell)
    lines = split_lines(segs) if any(s.kind == "break" for s in segs) else [segs]
    if len(lines) > 1 and badges_only(lines[0]):
        # "![New](badge) [![Publish](…/Conference-SIGMOD_2026-…)]() <br> Title [[Link](url)]
        # <br> *Names*": the badges over the paper's lines (their venue is read from the
        # whole cell with the row)
        badged = title_draft(
            [seg for line in lines[1:] for seg in (Segment("break", "\n"), *line)][1:]
        )
        if badged.venue is None:
            badged.venue = badge_venue(lines[0])
        return badged
    first = visible(lines[0])
    if segs is not cell and first and first[0].kind == "text":
        # Only in numbered rows ("1) Title  Description"): elsewhere two spaces are a typo.
        lead = first[0].text.strip()
        gap = _TITLE_GAP.search(lead)
        if gap is not None and gap.start(1) <= _TITLE_MAX:
            # "Title  Description…": the title and its description, the bold markers lost.
            draft = Draft(title=lead[: gap.start(1)].strip(), shape="table-row")
            rest = " ".join(plain([Segment("text", lead[gap.end(1) :]), *first[1:]]).split())
            draft.notes.append(rest)
            keep_links(draft, first[1:], None)
            _rest_lines(draft, lines[1:])
            return draft
    named = " ".join(plain([s for s in first if s.kind in ("text", "strong", "em")]).split())
    only_text = all(s.kind in ("text", "strong", "em") for s in first)
    lead_venue = _venue_line(named) if len(lines) > 1 and only_text else None
    if lead_venue is not None and any(_titled_link(s) for s in lines[1]):
        # "ICLR22 <br /> [Title](url) <br /> Names <br /> [Github](url)": the venue and year
        # over the paper's lines
        below = [seg for line in lines[1:] for seg in (Segment("break", "\n"), *line)][1:]
        draft = title_draft(below)
        if draft.venue is None or draft.venue.venue is None:
            draft.venue = lead_venue
        names = _names_line(lines[2]) if len(lines) > 2 and not draft.authors else None
        if names is not None:
            draft.authors = names
            written = " ".join(plain(lines[2]).split())
            draft.notes = [n for n in draft.notes if " ".join(n.split()) != written]
        return draft
    tag = _TAG_LINE.fullmatch(plain(first).strip()) if len(lines) > 2 else None
    if tag is not None and not any(s.kind in ("link", "image") for s in [*first, *lines[1]]):
        # "**`[FISEdit]`**<br>Accelerating Text-to-Image Editing via …<br>[Paper](url)": the
        # method's tag over the paper's title over its links
        tagged_title = " ".join(plain(lines[1]).split())
        if len(tagged_title.split()) >= _TAGGED_TITLE_WORDS:
            draft = Draft(title=tagged_title, shape="table-row", aliases=[tag.group(1).strip()])
            _rest_lines(draft, lines[2:])
            return draft
    if (
        len(lines) > 1
        and not any(s.kind == "link" for s in first)
        and any(ch.isalnum() for ch in named)
        and any(s.kind == "link" for line in lines[1:] for s in line)
    ):
        # "C4 <br/> [Huggingface dataset](url) <br/> [TensorFlow dataset](url)": the name on
        # the first line, the places to get it below
        draft = Draft(title=named, shape="table-row")
        _rest_lines(draft, lines[1:])
        return draft
    titled = [s for s in first if _titled_link(s)]
    # (two lines only: more below them, ``> TGRS 2022`` …, are read by the general way)
    byline = _byline(lines[1]) if len(lines) == 2 and len(first) == 1 else None
    if byline is not None and len(titled) == 1 and first[0] is titled[0]:
        # "[Title](url) <br> *V. Pandiyan et al.* (J. Mat. Proc. Tech.)": the paper's link,
        # then its authors and where it appeared
        names, venue = byline
        draft = interpret_head(first) or Draft(title=" ".join(titled[0].text.split()))
        draft.shape = "table-row"
        draft.authors = draft.authors or names
        if venue and (draft.venue is None or draft.venue.venue is None):
            # (a venue the title's own bracket names stays the entry's)
            known = split_venue_year(venue)
            if known is not None and known.venue is not None:
                draft.venue = known
            elif venue_as_written(venue):
                draft.venue = VenueYear(venue, None, venue)  # (``(Materials & Design)``)
        return draft
    between = plain([s for s in first if s.kind != "link"])
    # (``[SeMI](u1)'s [Weaviate](u2)``: a maker's name and its product, one name)
    if len(titled) > 1 and not _POSSESSIVE.sub("", between).strip(_LIST_SEPARATORS):
        # "[盘古](u1),[盘古气象](u2),[盘古-Σ](u3)": the cell names several things; all are
        # the title, each link is the entry's.
        draft = Draft(title=" ".join(plain(first).split()), shape="table-row")
        draft.links.extend(
            LinkDraft(href=str(s.href), style=str(s.style), text=s.text) for s in titled
        )
        _rest_lines(draft, lines[1:])
        return draft
    if _decorated(first) and not any(s.kind == "link" for s in first):
        text = " ".join(plain(first).split())
        cleaned, tagged = clean_row_title(text)
        if cleaned != text:
            # "🔥🔥[Open-Sora] Open-Sora: Democratizing …(@hpcaitech)": decoration, a short
            # tag and the affiliation around the title.
            draft = Draft(title=cleaned, shape="table-row", venue=tagged)
            _rest_lines(draft, lines[1:])
            return draft
    if (
        first
        and first[0].kind == "text"
        and len(first) == 1
        and ('"' in first[0].text or "“" in first[0].text)
    ):
        cited = _cited_title(first[0].text)
        if cited is not None:
            _rest_lines(cited, lines[1:])
            return cited
    if titled and _names_with_links(first, titled):
        # "[ViLT](url) 论文精读", "理由、论据和担保【[研究的艺术](url)·四】": the words around
        # the link are the title's too
        draft = Draft(title=" ".join(plain(first).split()), shape="table-row")
        keep_links(draft, first, None)
        _rest_lines(draft, lines[1:])
        return draft
    labelled = all(s.kind != "link" or is_generic_label(s.text) for s in first)
    if len(lines) > 1 and labelled and named:
        names = _names_line(lines[1])
        if names is not None:
            # "Title <br> <sup><sub>*Yanguang Sun, Jian Yang*</sub></sup>": the authors under
            # the title (a tag in code or a badge beside the title is no part of it; a link
            # labelled ``[[Link](url)]`` after the title is the paper's)
            at = next((i for i, s in enumerate(first) if s.kind == "link"), len(first))
            words = [s for s in first[:at] if s.kind in ("text", "strong", "em")]
            title = " ".join(plain(words).split()).rstrip("[(（").strip()
            draft = Draft(title=title, shape="table-row", authors=names)
            keep_links(draft, first, None)
            _rest_lines(draft, lines[2:])
            return draft
    if (
        len(lines) == 1
        and len(first) == 2
        and first[0].kind == "strong"
        and first[1].kind == "text"
        and first[1].text.startswith(":")
        and len(first[1].text.split()) >= _NAMED_TITLE_WORDS
    ):
        # "**FM**: Factorization Machines" in a title column: the paper's short name and its
        # title, the cell as written (no name and its description, as in a list item)
        name = first[0].text.strip()
        return Draft(title=" ".join(named.split()), shape="table-row", aliases=[name])
    head = interpret_head(segs)
    return head if head is not None else Draft(title="")


#: ``V. Pandiyan et al. (Materials & Design)``: names, then a venue in brackets.
_NAMES_THEN_VENUE = re.compile(r"(?P<names>[^()]{2,300}?)[ \t]{0,3}\((?P<venue>[^()]{2,80})\)")


def _byline(line: list[Segment]) -> tuple[list[str], str] | None:
    """The names (emphasised) and the venue (in brackets after them, perhaps none) a line
    under a title is: ``*V. Pandiyan et al.* (J. Mat. Proc. Tech.)``, ``*A, B (Venue)*``,
    ``*A, B*``; or None."""
    shown = [s for s in visible(line) if s.kind != "html"]
    if not shown or shown[0].kind != "em" or len(shown) > 2:
        return None
    if len(shown) == 2:
        after = shown[1].text.strip()
        if shown[1].kind != "text" or not (after.startswith("(") and after.endswith(")")):
            return None
        names = _people(shown[0].text.strip())
        return (names, after[1:-1].strip()) if names else None
    text = shown[0].text.strip()
    both = _NAMES_THEN_VENUE.fullmatch(text)
    if both is not None:
        names = _people(both.group("names").strip())
        return (names, both.group("venue").strip()) if names else None
    names = _people(text)
    return (names, "") if names else None


def _people(text: str) -> list[str] | None:
    """The names ``text`` is when it reads as people's (``V. Pandiyan et al.``, ``Fengyao
    Bai, Hongbin Zhang``), not as a phrase in italics (``accepted at Revue d'…``)."""
    if names_at(text, "several") is None and names_at(text, "medium") is None:
        return None
    return loose_names(text)


def _names_line(line: list[Segment]) -> list[str] | None:
    """The names a line of a title cell is (``<sup><sub>*A, B*</sub></sup>``: emphasised,
    markup around them; or plain, a name in bold among them), or None."""
    shown = [s for s in visible(line) if s.kind != "html"]
    if len(shown) == 1 and shown[0].kind == "em":
        return loose_names(shown[0].text.strip())
    if not shown or any(s.kind not in ("text", "strong") for s in shown):
        return None
    # (``Guangxuan Xiao, Ji Lin, **Song Han**``: a name in bold among them)
    return plain_names(" ".join(plain(shown).split()))


#: ``'s``: the possessive joining a maker's linked name to its product's.
_POSSESSIVE = re.compile(r"['’]s\b")
#: A character of CJK text.
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def _names_with_links(first: list[Segment], titled: list[Segment]) -> bool:
    """Whether a title cell's first line is CJK words written around its titled links (no
    other link, and the words no link label, venue or year)."""
    if any(s.kind == "link" and s not in titled for s in first):
        return False
    rest = plain([s for s in first if s.kind != "link"]).strip(" \t,，、:：()（）[]【】·-")
    if not rest or _CJK.search(rest) is None or is_generic_label(rest):
        return False
    return split_venue_year(rest) is None


def _cited_title(text: str) -> Draft | None:
    """A reference written out: ``Zou, Lei, et al. "Title." Proceedings of …, 2014.``: the
    quoted title, the venue and year of what follows it."""
    m = _CITATION_TITLE.match(text.strip())
    if m is None:
        return None
    rest = text.strip()[m.end() :]
    draft = Draft(title=m.group("t").strip().rstrip(".,").strip(), shape="table-row")
    found = find_venue_year(rest)
    years = _ANY_YEAR.findall(rest)
    if found is not None and found[0].venue is not None:
        draft.venue = found[0]
    elif years:
        draft.venue = VenueYear(None, int(years[-1]), years[-1])
    if rest.strip():
        draft.notes.append(rest.strip())
    return draft


#: ``[FISEdit ]``: a short tag in brackets, alone on its line.
_TAG_LINE = re.compile(r"\[\s*([^\[\]]{1,40}?)\s*\]")
#: The fewest words of the title under such a tag.
_TAGGED_TITLE_WORDS = 3


def _decorated(first: list[Segment]) -> bool:
    """Whether a title line may carry decoration (it starts with a symbol or a ``[tag]``),
    or ends with an ``(@affiliation)``: the others are read as they are, without a look."""
    if not first or first[0].kind != "text":
        return bool(first) and first[-1].kind == "text" and "@" in first[-1].text
    lead = first[0].text.lstrip()[:1]
    if lead and (not (lead.isalnum() or lead in _TITLE_OPENERS) or lead == "["):
        return True
    return first[-1].kind == "text" and "@" in first[-1].text


def _rest_lines(draft: Draft, lines: list[list[Segment]]) -> None:
    for line in lines:
        rest = interpret_head(line)
        if rest is not None:
            draft.links.extend(rest.links)
            draft.notes.extend(n for n in [rest.title, *rest.notes] if n)


def clean_row_title(text: str) -> tuple[str, VenueYear | None]:
    """A title cell without its decoration: leading emoji and symbols, short ``[tags]``
    before the title (a ``[ICLR2025]`` tag gives the venue), a trailing ``(@affiliation)``."""
    start = 0
    while start < len(text) and not (text[start].isalnum() or text[start] in _TITLE_OPENERS):
        start += 1
    title = text[start:]
    venue: VenueYear | None = None
    while True:
        m = _LEADING_TAG.match(title)
        if m is None or not title[m.end() :].strip():
            break
        found = split_venue_year(m.group(1))
        if found is not None and found.venue is not None:
            venue = found
        title = title[m.end() :]
    title = _AFFILIATION.sub("", title).strip()
    return (title, venue) if title else (text, None)


def main_link_title(cells: dict[str, list[Segment]], null_fields: list[str]) -> str | None:
    """In a table without a title column: the role of the cell holding the entry's main
    link (a link whose text names something, not ``pdf`` or ``code``), else of the cell
    naming something beside such a link, else of the first cell of plain text that is not a
    date, a number or a status. A first cell of bare addresses names the row itself
    (``https://fastpic.ru/, https://fastpic.org/ | + | … | [fastpic](notes.md#fastpic)``)."""
    first = next(iter(cells.items()), None)
    if first is not None and first[0] not in null_fields and _bare_addresses(first[1]):
        return first[0]
    for role, cell in cells.items():
        if role in null_fields or not may_be_title(role):
            continue
        for seg in cell:
            if (
                seg.kind == "link"
                and seg.style == "inline"
                and seg.text.strip()
                and seg.text != seg.href
                and not is_generic_label(seg.text)
                # (``[:link:](url)``: an icon, no name)
                and any(ch.isalnum() for ch in without_shortcodes(seg.text))
                # (``[`[1]`](url)``: a numbered reference in brackets, no name; ``[21](url)``
                # may name a film)
                and not (seg.text.strip(" `")[:1] in "[(" and seg.text.strip(" []()`").isdigit())
            ):
                return role
    for role, cell in cells.items():
        if role in null_fields or not may_be_title(role):
            continue
        named = plain([s for s in cell if s.kind in ("text", "strong", "em")]).strip(" []()")
        if any(s.kind == "link" for s in cell) and any(ch.isalpha() for ch in named):
            return role  # ``SOCKET [[paper](url)]``: a name beside the link that names a page
    for role, cell in cells.items():
        if role in null_fields or not may_be_title(role):
            continue
        text = plain(cell).strip()
        if (
            text
            and not any(s.kind == "link" for s in cell)
            and parse_date(text) is None
            and not is_status(text)
            and not text.replace(".", "").isdigit()
        ):
            return role
    return None


def _bare_addresses(cell: list[Segment]) -> bool:
    """Whether a cell is only bare addresses (``https://jpg3.su/, https://jpg4.su/``): links
    shown as their own address, commas or spaces between them."""
    shown = visible(cell)
    return bool(shown) and all(
        (s.kind == "link" and s.text == s.href) or (s.kind == "text" and not s.text.strip(" ,"))
        for s in shown
    )


def _titled_link(seg: Segment) -> bool:
    """A link whose text names what it points to (not ``Github``, not its address)."""
    return (
        seg.kind == "link"
        and bool(seg.text.strip())
        and seg.text != seg.href
        and not is_generic_label(seg.text)
    )


def _venue_line(text: str) -> VenueYear | None:
    """``ICLR22``, ``MLSys24_BestPaper``, ``AAAI24 Oral``: a line that is a venue and its
    year (how it was presented aside), or None."""
    spaced = without_trailing_presentation(text.replace("_", " "))
    found = split_venue_year(spaced, unmarked=True)
    return found if found is not None and found.venue is not None and found.year else None
