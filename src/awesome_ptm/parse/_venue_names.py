"""A venue written as a name, where an alias may not know it: a venue and its year after a
paper's names (``ACL'23 Findings``, ``AAAI 17``, ``Technical Report'24``, ``Neural Networks
2024``), and a known venue in the bracket closing a description (``… (ICLR 2023)``, ``…
(Arxiv, Jan. 2020)``)."""

from __future__ import annotations

import re

from awesome_ptm.parse._dates import parse_date
from awesome_ptm.parse._presentation import without_trailing_presentation
from awesome_ptm.venues import VenueYear, canonical_venue, split_venue_year
from awesome_ptm.venues._data import key, tables, two_digit_year

#: ``An Open Bilingual Pre-Trained Model (ICLR 2023)``: a bracket that closes a text.
_CLOSING_BRACKET = re.compile(r"[(（]([^()（）]{2,40})[)）][\s.。]{0,3}$")


def known_venue_or(text: str, written: str) -> str:
    """The venue an alias reads in ``text`` (``Nat Rev Drug Discov 2002`` → its canonical
    name), else ``written``: a name no alias knows, kept as the list writes it."""
    known = split_venue_year(text)
    return known.venue if known is not None and known.venue is not None else written


def venue_as_written(text: str) -> bool:
    """Whether a name no alias knows may still be kept as a venue's, as written: it is
    capitalised and names no status, kind of work or placeholder (``Proceedings of the
    IEEE``, ``Materials & Design``; not ``Book``, ``Open-Source Project``, ``TBD``)."""
    return text[:1].isupper() and "://" not in text and key(text) not in tables().not_venues


def closing_venue_year(text: str) -> VenueYear | None:
    """A known venue and its year in the brackets that close a description (``… (ICLR
    2023)``, ``… [(ACL 2022)](url)`` read as text): the work's venue. None for anything
    else (an unknown name, a venue without year, a bracket inside the text)."""
    found = _CLOSING_BRACKET.search(text.strip())
    if found is None:
        return None
    cited = split_venue_year(found.group(1).strip())
    if cited is None or cited.venue is None or cited.year is None:
        return None
    return cited if canonical_venue(cited.venue) is not None else None


#: ``(Nat Rev Drug Discov 2002)``, ``(J Chem Inf Model 2006)``, ``(UbiComp/ISWC, 2019)``: a
#: bracket closing a title with a journal's name (capitalised words, abbreviated as indexes
#: write them) and a year, a comma between them or not.
_CLOSING_JOURNAL_YEAR = re.compile(
    r"[ \t]{0,3}[(（](?P<venue>[A-Z][A-Za-z&.'/-]{0,30}(?:[ \t][A-Za-z&.'/-]{1,30}){0,6})"
    r"(?:[,，][ \t]{0,3}|[ \t]{1,3})(?P<y>(?:19|20)\d\d)[)）]$"
)
#: Lower-case words a journal's name may hold between its capitalised ones.
_JOURNAL_JOINS = frozenset({"of", "and", "in", "for", "the", "on", "&"})


def closing_journal_year(title: str) -> tuple[str, VenueYear] | None:
    """``Chemical space and biology (Nat Rev Drug Discov 2002)``: the title before a bracket
    that closes it with a journal's name (known or not: its words capitalised) and a year,
    and that venue and year; None for anything else (``(see 2019)``, a bracket that opens
    the text)."""
    found = _CLOSING_JOURNAL_YEAR.search(title)
    if found is None or found.start() == 0:
        return None
    venue = found.group("venue").strip()
    if not all(w[:1].isupper() or w in _JOURNAL_JOINS for w in venue.split()):
        return None
    year = found.group("y")
    when = parse_date(f"{venue.split()[-1]} {year}")
    if when is not None and when.iso != year:
        return None  # (``(Information Fusion Oct. 2024)``: a month, not the journal's name)
    raw = f"{venue} {year}"
    return title[: found.start()].rstrip(), VenueYear(known_venue_or(raw, venue), int(year), raw)


#: ``Scaling Laws (Arxiv, Jan. 2020)``: a bracket closing a title, a venue, a comma, a date.
_CLOSING_VENUE_DATE = re.compile(
    r"\s{0,3}[(（](?P<venue>[^()（）,，]{2,40})[,，]\s{0,3}(?P<date>[^()（）]{3,20})[)）]$"
)


def closing_venue_date(title: str) -> tuple[str, VenueYear, str] | None:
    """``Scaling Laws for Neural Language Models (Arxiv, Jan. 2020)``, ``Self-Instruct (ACL,
    May 2023)``: a known venue and the month of the work in the bracket closing a title.
    The title before the bracket, the venue with its year, and the date as written; None
    for anything else (an unknown name, a year without its month)."""
    found = _CLOSING_VENUE_DATE.search(title)
    if found is None or found.start() == 0:
        return None
    venue = canonical_venue(found.group("venue").strip())
    when = parse_date(found.group("date").strip())
    if venue is None or when is None or when.iso == str(when.year):
        return None
    stated = VenueYear(venue, when.year, found.group(0).strip(" (（)）"))
    return title[: found.start()].rstrip(), stated, found.group("date").strip()


#: ``(ACL17)``, ``(Arxiv20)``: letters and two digits glued, in a bracket closing a title;
#: or an apostrophe by the two digits (``(EMNLP'24)``, ``(TOMCCAP '22)``, ``(ASPLOS 24')``).
_CLOSING_GLUED_VENUE = re.compile(
    r"\s{0,3}[(（](?P<venue>[A-Za-z][A-Za-z-]{1,14}(?:\d\d| ?['’]\d\d| \d\d['’]))[)）]$"
)


def closing_glued_venue(title: str) -> tuple[str, VenueYear] | None:
    """``STARK (ICCV21)``, ``Deep Keyphrase Generation (ACL17)``: a venue an alias knows and
    its year's last two digits, glued (or by an apostrophe), in the bracket closing a title.
    The title before the bracket and the venue with its year; None for anything else
    (``(GPT4)``, ``(Top10)``: no venue)."""
    found = _CLOSING_GLUED_VENUE.search(title)
    if found is None or found.start() == 0:
        return None
    stated = split_venue_year(found.group("venue"), unmarked=True)
    if stated is None or stated.venue is None:  # (an alias knows it: ``ECCVW20`` too)
        return None
    return title[: found.start()].rstrip(), stated


#: ``Technical Report'24``, ``Thesis' 10``: a capitalised name (small words between its words)
#: and a two-digit year after an apostrophe.
_NAME_TWO_DIGIT_YEAR = re.compile(
    r"([A-Z][\w&-]*(?:\s(?:of|on|in|for|and|the|&|[A-Z][\w&-]*)){0,7})\s?['’]\s?(\d\d)"
)
#: ``AAAI 17``: a venue and a two-digit year after a space (the venue checked apart).
_KNOWN_TWO_DIGIT_YEAR = re.compile(r"(\S[^\d]{0,40}?)\s(\d\d)")
#: A venue's name as written where no alias knows it: capitalised words, small words between
#: them (``Journal of Machine Learning Research``, ``Ph.D. Dissertation at Tsinghua``).
VENUE_NAME = r"[A-Z][\w&.-]*(?:\s(?:of|on|in|at|for|and|the|&|[A-Z][\w&.-]*)){0,11}"
#: ``Neural Networks 2024``, ``Journal of Machine Learning Research 2021``: a name and a year.
NAME_YEAR = re.compile(rf"({VENUE_NAME})[\s,]{{1,3}}((?:19|20)\d\d)")


def venue_after_names(text: str) -> VenueYear | None:
    """What follows the emphasised names of a paper as its venue: a venue and year
    (``ACL'23 Findings``), or, in that place only, a name no alias knows with its year
    (``Technical Report'24``, ``Neural Networks 2024``), kept as written."""
    found = split_venue_year(text)
    if found is not None:
        return found
    known = _KNOWN_TWO_DIGIT_YEAR.fullmatch(text)
    if known is not None and canonical_venue(known.group(1)) is not None:
        year = two_digit_year(int(known.group(2)))  # ``AAAI 17``: a known venue, a short year
        return None if year is None else VenueYear(known.group(1), year, text)
    named = _NAME_TWO_DIGIT_YEAR.fullmatch(text)
    if named is not None:
        year = two_digit_year(int(named.group(2)))
        return None if year is None else VenueYear(named.group(1), year, text)
    journal = NAME_YEAR.fullmatch(text)
    dated = parse_date(text) if journal is not None else None
    if dated is not None and dated.iso != str(dated.year):
        return VenueYear(None, dated.year, text)  # ``Dec 2022``: a month, no journal
    if journal is not None:  # ``Neural Networks 2024``: a journal no alias knows
        return VenueYear(journal.group(1), int(journal.group(2)), text)
    return None


def names_a_venue(name: str) -> bool:
    """Whether a name written where a venue stands reads as a venue's: one the tables know,
    or one with two capitals or more (an acronym, capitalised words), not a word such as
    ``Updated`` in ``[Updated 2023]``."""
    return canonical_venue(name) is not None or sum(ch.isupper() for ch in name) >= 2


def known_venue(name: str) -> bool:
    """Whether the tables know a venue's name, or its first word with a qualifier after it
    (``NeurIPS Workshop``, ``ACL Demo``): a venue that may go without its year."""
    words = name.split()
    return bool(words) and (
        canonical_venue(name) is not None or canonical_venue(words[0]) is not None
    )


def venue_of_tag(text: str) -> VenueYear | None:
    """The venue and year a tag written before a title states (``NeurIPS 25``, ``IPOM'03``,
    ``ICLR 2025 Spotlight``: how it was presented follows the venue), or None."""
    return venue_after_names(text) or venue_after_names(without_trailing_presentation(text))


#: A run of ideographic spaces between a venue and the site a paper was found on (``The VLDB
#: Journal　　　　ACM``).
_WIDE_GAP = re.compile(r"\u3000{2,}")
_NAMED_VENUE = re.compile(VENUE_NAME)


def venue_line(text: str) -> VenueYear | None:
    """A line under a paper's title that only names its venue, no year:
    ``Proceedings of the AAAI Conference on Artificial Intelligence.`` (a venue an alias
    knows), ``The VLDB Journal　　　　ACM`` (capitalised words, then, past a wide gap, the one
    word of where it was found: the venue as written). None for any other line."""
    parts = _WIDE_GAP.split(text.strip().rstrip("."), maxsplit=1)
    name = parts[0].strip().rstrip(".")
    if not name:
        return None
    known = split_venue_year(name)
    if known is not None and known.venue is not None and known.year is None:
        return known
    site = parts[1].strip() if len(parts) == 2 else ""
    if site.isalpha() and _NAMED_VENUE.fullmatch(name):
        return VenueYear(name, None, name)
    return None
