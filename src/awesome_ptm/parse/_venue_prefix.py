"""A venue and year written before a paper's title, unbracketed: ``ICLR'24-spotlight
Understanding and Mitigating …`` (a known venue, a short year, a qualifier), and the year,
venue or both before a linked title (``2022 [Title](url)``, ``2021 ICSAI [Title](url)``,
``IEEE TNNLS-22 [Title](url)``, ``2021 Domain generalization: IJCAI-21 [Title](url)``)."""

from __future__ import annotations

import re

from awesome_ptm.parse._dates import parse_date
from awesome_ptm.parse._decoration import without_leading_decoration, without_trailing_decoration
from awesome_ptm.parse._presentation import (
    without_presentation_words,
)
from awesome_ptm.parse._venue_names import known_venue, names_a_venue, venue_of_tag
from awesome_ptm.venues import VenueYear, canonical_venue, split_venue_year, venue_from_paper_id
from awesome_ptm.venues._data import key, tables, two_digit_year

#: ``ICLR'24-spotlight``, ``IJCV'23``: a venue's acronym, a short year, a qualifier perhaps.
_VENUE_WORD = re.compile(
    r"\s{0,3}(?P<v>[A-Z][A-Za-z]{1,12})['’](?P<y>\d\d)(?:-(?P<q>[a-z]{2,20}))?\s{1,3}(?=\S)"
)
#: ``19-ICCV-``: a short year, a dash and the letters of a venue's acronym.
_SHORT_YEAR = re.compile(r"\s{0,3}(?P<y>\d\d)-(?P<v>[A-Za-z]{2,24})")
#: What follows the acronym: ``-oral-`` (a qualifier), `` Trajnet Workshop -`` or
#: ``-precognition workshop `` (a workshop, part of the venue), or a dash.
_AFTER_ACRONYM = re.compile(
    r"(?:-(?P<q>[a-z]{2,20})-|(?P<w>[-\s][\w\s]{0,40}?[Ww]orkshop)\s{0,3}-?|-)\s{0,3}"
)
#: The longest venue acronym glued to the title (``18-arXivComplex-YOLO``).
_ACRONYM_MAX = 12
#: The fewest words the title after such a word has.
_TITLE_WORDS = 3
#: ``2022 `` opening a link's prefix: the year the work is from.
_YEAR_FIRST = re.compile(r"((?:19|20)\d\d)(?:\s+|$)")
#: ``20210625 ``: a date written as eight digits opening the prefix.
_DATE_FIRST = re.compile(r"((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:\s+|$)")
#: ``ICSAI``: an acronym alone, a venue no alias knows when a year stands before it.
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,9}")


def leading_venue_word(head: str) -> tuple[VenueYear, str, str] | None:
    """``ICLR'24-spotlight Title``: the venue and year the first word states, the head
    without it and the qualifier (``spotlight``, else empty), or None."""
    found = _VENUE_WORD.match(head)
    if found is None or canonical_venue(found.group("v")) is None:
        return None
    rest = head[found.end() :]
    year = two_digit_year(int(found.group("y")))
    if year is None or len(rest.split()) < _TITLE_WORDS:
        return None
    venue = VenueYear(canonical_venue(found.group("v")), year, found.group(0).strip())
    return venue, rest, found.group("q") or ""


def prefix_venue(prefix: str) -> tuple[VenueYear, list[str]] | None:
    """The year and venue a linked title's prefix states (see the module), with what else
    it says as notes (the date of ``20210625``, a topic, a remark), or None when it opens
    with neither."""
    # (``⭐ 01/2023:``, ``🏆 2020:``: the emoji marks the work, it dates nothing)
    # (``(NeurIPS 2020) ⭐⭐⭐⭐⭐``: the stars after the venue rate the work)
    text = without_leading_decoration(prefix.strip().rstrip(":：").strip()).strip()
    text = without_trailing_decoration(text)
    counted = _CLOSING_COUNT.search(text)
    if counted is not None and counted.start() > 0:
        # ``[**arXiv 2024**] [0] [Title](url)``: the tag, then how often the work is cited
        text = text[: counted.start()].rstrip()
    tag = _BRACKETED_TAG.fullmatch(text)
    tagged = _tag_venue(tag.group(1).strip(" *_")) if tag is not None else None
    if tagged is not None:
        return tagged, [counted.group(0).strip()] if counted is not None else []
    named = _TAG_THEN_NAME.fullmatch(text) if prefix.rstrip().endswith((":", "：")) else None
    tagged = _tag_venue(named.group("tag").strip(" *_")) if named is not None else None
    if named is not None and tagged is None and _arxiv_id_tag(named.group("tag")):
        tagged = VenueYear("arXiv", None, named.group("tag"))  # ``[arXiv:2011.14115] DimeNet++:``
    if named is not None and tagged is not None and counted is None:
        # ``[NIPS'17] SchNet: [Title](url)``: the venue's tag, then the method's short name
        # (a note: the linked title is the paper's)
        return tagged, [named.group("name").strip()]
    if counted is not None:
        return None
    # (a date with dashes only in brackets: ``[2026-06-10] [Title](url)``, not ``2020-2021``)
    bracketed = text.startswith("[") and text.endswith("]")
    when = parse_date(text) if "/" in text or bracketed else None
    if when is not None and when.iso != str(when.year):
        return VenueYear(None, when.year, text), [text]  # ``01/2023: [Title](url)``: its date
    notes: list[str] = []
    dated = _DATE_FIRST.match(text)
    year_first = dated or _YEAR_FIRST.match(text)
    year = int(year_first.group(1)) if year_first is not None else None
    if dated is not None:
        notes.append(f"{dated.group(1)}-{dated.group(2)}-{dated.group(3)}")  # its date
    rest = text[year_first.end() :].strip() if year_first is not None else text
    if not rest:
        return (VenueYear(None, year, str(year)), notes) if year is not None else None
    # the venue is the prefix, or the words after its last colon (``Topic: IJCAI-21``)
    for cut in (rest, re.split(r"[:：]", rest)[-1].strip()):
        # (``ICLR oral (2022)``: how it was presented stands between the venue and year)
        found = (
            (split_venue_year(cut) or split_venue_year(without_presentation_words(cut)))
            if cut
            else None
        )
        if found is not None and found.venue is not None:
            if found.year is None and year is None:
                continue
            note = rest[: len(rest) - len(cut)].strip(" :：")
            return VenueYear(found.venue, found.year or year, cut), [
                *notes,
                note,
            ] if note else notes
    if year is None:
        return None
    if _ACRONYM.fullmatch(rest) or rest.casefold() == "arxiv":
        # ``2021 ICSAI``: a venue no alias knows (``arXiv`` alone: the preprint server)
        return VenueYear("arXiv" if rest.casefold() == "arxiv" else rest, year, rest), notes
    return VenueYear(None, year, str(year)), [*notes, rest]


#: ``[IPOM'03]``, ``[**Book'12**]``, ``[IEEE Trustcom/BigDataSE/ISPA 2016]``: a tag in
#: brackets, the whole prefix of a linked title.
_BRACKETED_TAG = re.compile(r"[\[(（【]\s{0,2}([^\[\]()（）【】]{2,60}?)\s{0,2}[\])）】]")
#: ``[NIPS'17] SchNet``: a bracketed tag, then a short name (before a colon).
_TAG_THEN_NAME = re.compile(
    r"[\[(（【]\s{0,2}(?P<tag>[^\[\]()（）【】]{2,60}?)\s{0,2}[\])）】]"
    r"[ \t]{1,3}(?P<name>[^\s\[\]()]{1,30}(?: [^\s\[\]()]{1,30}){0,2})"
)
#: ``arXiv:``, ``arXiv ``: the server's name before a preprint's identifier in a tag.
_ARXIV_PREFIX = re.compile(r"\s{0,2}arxiv:?\s?", re.IGNORECASE)


def _arxiv_id_tag(tag: str) -> bool:
    """``arXiv:2011.14115``: a tag that is a preprint's identifier (the venue; its year, which
    the identifier dates, unsaid by the list)."""
    prefix = _ARXIV_PREFIX.match(tag)
    return prefix is not None and venue_from_paper_id("arxiv", tag[prefix.end() :]) is not None


#: `` [12]`` closing a prefix after a tag: a count in brackets (how often the work is cited).
_CLOSING_COUNT = re.compile(r"\s{1,3}\[\d{1,6}\]$")
#: ``IEEE Trustcom/BigDataSE/ISPA 2016``, ``Ph.D. Dissertation 2008``: a name, then a year.
_TAG_NAME_YEAR = re.compile(r"(?P<name>\S[^\[\]()]{0,50}?)[ \t,]{1,3}(?P<y>(?:19|20)\d\d)")


def _tag_venue(inner: str) -> VenueYear | None:
    """The venue and year of a bracketed tag before a linked title: a known venue with its
    year however written (``ICSE08``, ``ICSE-SEIP'19``), a name no alias knows with its
    year (``IPOM'03``, ``IEEE Trustcom/BigDataSE/ISPA 2016``), or a kind of work with its
    year (``Book'12``, ``Ph.D. Dissertation 2008``: the year, no venue), or a known venue
    without its year (``ICCV``). None for anything else."""
    found = split_venue_year(inner, unmarked=True) or venue_of_tag(inner)
    if found is None:
        named = _TAG_NAME_YEAR.fullmatch(inner)
        if named is None:
            return None
        found = VenueYear(named.group("name").strip(), int(named.group("y")), inner)
    if found.year is None:
        # ``- [ICCV] [Title](url)``, ``[ACL Findings]``, ``[NIPS Workshop]``: a venue an
        # alias knows (its qualifier kept), its year unsaid; any other word is a topic
        known = found.venue is not None and known_venue(found.venue)
        return VenueYear(found.venue, None, inner) if known else None
    if found.venue is not None and key(found.venue) in tables().not_venues:
        return VenueYear(None, found.year, inner)  # (a book, a thesis: when, not where)
    if found.venue is not None and not names_a_venue(found.venue):
        return None  # (``[Updated 2023]``: a word, not a venue's name or acronym)
    return VenueYear(found.venue, found.year, inner)


def short_year_venue(head: str) -> tuple[VenueYear, str, str] | None:
    """``19-ICCV-The Trajectron: …``, ``19-AAAI-oral-TrafficPredict: …``, ``18-CVPR Trajnet
    Workshop -Convolutional Social Pooling …``, ``18-arXivComplex-YOLO: …``: a two-digit
    year and a known venue dashed before a title. Returns the venue and year (a workshop
    named there is part of the venue), the title and the qualifier (``oral``, else empty),
    or None."""
    found = _SHORT_YEAR.match(head)
    if found is None:
        return None
    year = two_digit_year(int(found.group("y")))
    letters = found.group("v")
    if year is None:
        return None
    at = found.start("v")
    if canonical_venue(letters) is not None:
        after = _AFTER_ACRONYM.match(head, found.end())
        if after is None:
            return None
        acronym, qualifier, workshop, end = letters, after.group("q"), after.group("w"), after.end()
    else:
        # (``arXivComplex``: the acronym glued to a title that opens with a capital)
        cut = next(
            (
                n
                for n in range(min(len(letters) - 1, _ACRONYM_MAX), 1, -1)
                if letters[n].isupper() and canonical_venue(letters[:n]) is not None
            ),
            None,
        )
        if cut is None:
            return None
        acronym, qualifier, workshop, end = letters[:cut], None, None, at + cut
    rest = head[end:]
    if len(rest.split()) < _TITLE_WORDS or (workshop and rest[:1].islower()):
        return None  # (``20-ICML Workshop on ML for Systems``: the workshop's name goes on)
    written = acronym
    if workshop:
        written = f"{acronym} {' '.join(workshop.strip(' -').split())}"
    venue = split_venue_year(f"{written} {year}")
    if venue is None or venue.venue is None:
        return None
    return VenueYear(venue.venue, year, head[:end].strip(" -")), rest, qualifier or ""
