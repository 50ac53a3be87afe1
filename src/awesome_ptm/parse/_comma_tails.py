"""What closes a text title after a comma: ``Title, by Names, 2017``, ``Title, ArXiv, 18 Nov
2015.``, ``Title, AIES 2020``: the title, and the names, venue or date after it."""

from __future__ import annotations

import re

from awesome_ptm.parse._byline import by_names, date_after_names
from awesome_ptm.parse._dated import venue_with_date
from awesome_ptm.parse._dates import parse_date
from awesome_ptm.parse._names import plain_names
from awesome_ptm.parse._venue_names import known_venue_or, venue_of_tag
from awesome_ptm.venues import VenueYear, canonical_venue

#: The fewest words a title closed by ``, Venue, date`` has.
# (3: the module this came from set 2 here, then 3 below under the same name, and the later
# assignment is what every call saw; kept as measured)
_DATED_TITLE_WORDS = 3
#: How long ``, Venue, date`` may be.
_VENUE_DATE_SPAN = 120


def comma_byline(title: str) -> tuple[str, list[str], VenueYear | None] | None:
    """``Title, by Names, 2017``, ``Title. by Patil et al.``: the title, the names after
    ", by" (or ". by") that close it and the year after them, or None (no names there, or
    more text after them)."""
    found = by_names(title, anywhere=True)
    if found is None or not title[: found.start].rstrip().endswith((",", ".")):
        return None
    year, date, rest = date_after_names(title[found.end :])
    if rest.strip(" ,.") or date is not None:
        return None
    return title[: found.start].rstrip(" ,."), found.names, year


def comma_venue_date(text: str) -> tuple[str, VenueYear, str] | None:
    """``Title, ArXiv, 18 Nov 2015.``, ``Title, Proceedings of the IRE, 1961.``: the title,
    then after a comma a venue and its date to the end. The title, the venue and the date as
    written (a year alone is the venue's), or None."""
    # (the venue and date are short: only the commas near the end are tried)
    for at in (i for i in range(max(0, len(text) - _VENUE_DATE_SPAN), len(text)) if text[i] == ","):
        title = text[:at].strip()
        if len(title.split()) < _DATED_TITLE_WORDS:
            continue
        found = venue_with_date(text[at + 1 :].strip(" ,.;"), cited=True)
        if found is not None and found[0].venue is not None:
            venue, written = found
            return title, venue, "" if written.isdigit() else written
    return None


def comma_names_date(text: str) -> tuple[str, list[str], str] | None:
    """``Title, Jen-tse Huang, Wenxuan Wang, Michael R. Lyu, May 2023``: the title, the
    names after it (two or more, the first comma that starts them) and the date closing the
    text as written, or None."""
    head, comma, tail = text.strip().rstrip(".").rpartition(",")
    if not comma or parse_date(tail.strip()) is None:
        return None
    parts = head.split(",")
    for at in range(1, len(parts)):
        title = ",".join(parts[:at]).strip()
        if len(title.split()) < _DATED_TITLE_WORDS:
            continue
        names = plain_names(",".join(parts[at:]))
        if names is not None:
            return title, names, tail.strip()
    return None


#: A word of the name of who made a work (``Microsoft``, ``UC Berkeley``, ``Max Planck
#: Institute for Intelligent Systems``): capitalised, a number, or a joining word.
_MAKER_WORD = re.compile(r"(?:[A-Z0-9][\w&.'’-]{0,30}|of|for|and|the|de|du|und|für)")
#: The most words of one such name, and the most comma-parts it runs to (a name, a place).
_MAKER_WORDS = 6
_MAKER_PARTS = 2


def comma_maker_month(text: str) -> tuple[str, str, str] | None:
    """``Title, Microsoft, Aug 2024``, ``Title, Max Planck Institute …, Tübingen, May 2024``,
    ``Title, Jan 2026``: the title, who made it (perhaps nobody) and the month and year
    closing the text after a comma, as written; or None (no month there, or too short a
    title before them)."""
    head, comma, tail = text.strip().rstrip(".").rpartition(",")
    if any(ch in tail for ch in "()[]（）") or head.count("(") > head.count(")"):
        return None  # (``Title (Arxiv, Jan. 2022)``: a bracket's venue and date)
    when = parse_date(tail.strip()) if comma else None
    if when is None or len(when.iso) < len("2024-01"):
        return None
    parts = head.split(",")
    makers: list[str] = []
    while len(makers) < _MAKER_PARTS and len(parts) > 1:
        part = parts[-1].strip()
        words = part.split()
        if (
            not words
            or len(words) > _MAKER_WORDS
            or not part[:1].isupper()
            or not all(_MAKER_WORD.fullmatch(word) for word in words)
        ):
            break
        makers.insert(0, part)
        parts.pop()
    title = ",".join(parts).strip()
    if len(title.split()) < _DATED_TITLE_WORDS:
        return None
    return title, ", ".join(makers), tail.strip()


#: ``Title, AIES 2020``, ``Title, IEEE Transactions on Fuzzy Systems, 2020``, ``Title, 2012``:
#: a title, a comma, a capitalised venue's name (perhaps) and the year closing the text.
_COMMA_VENUE_YEAR = re.compile(
    r"(?P<title>\S.{8,400}?),[ \t]{1,3}(?:(?P<venue>[A-Z][^,()\[\]]{0,80}?),?[ \t]{1,3})?"
    r"(?P<y>(?:19|20)\d\d)\.?"
)
#: The fewest words of the title before such a closing venue.
_COMMA_TITLE_WORDS = 3


def comma_venue_year(title: str) -> tuple[str, VenueYear] | None:
    """The title and the venue and year closing it after a comma, or None."""
    found = _COMMA_VENUE_YEAR.fullmatch(title)
    if found is None or len(found.group("title").split()) < _COMMA_TITLE_WORDS:
        return _comma_venue_tag(title)
    name = found.group("venue")
    year = int(found.group("y"))
    if name is not None and parse_date(f"{name.strip()} {year}") is not None:
        return None  # (``Title, Names, May 2023``: a month, not a venue)
    if name is None:
        return found.group("title").rstrip(), VenueYear(None, year, found.group("y"))
    venue = known_venue_or(f"{name} {year}", name.strip())
    raw = title[found.start("venue") :]
    return found.group("title").rstrip(), VenueYear(venue, year, raw)


#: How long a venue tag closing a title after its last comma may be (``ACM MMSports'23``).
_VENUE_TAG_SPAN = 40


def _comma_venue_tag(title: str) -> tuple[str, VenueYear] | None:
    """``Title, CVPRW'24``, ``Title, ACM MMSports'23``, ``Title, Preprint``: the title and the
    venue closing it after its last comma, written as a tag (a two-digit year after an
    apostrophe) or a venue an alias knows, or None."""
    head, comma, tail = title.rpartition(",")
    tail = tail.strip()
    if not comma or len(tail) > _VENUE_TAG_SPAN or len(head.split()) < _COMMA_TITLE_WORDS:
        return None
    if not (tail[:1].isupper() or tail[:1].isdigit()):
        return None  # (``…, Navigation, and Control Conference 2004``: a venue's own commas)
    venue = venue_of_tag(tail)
    if venue is None or venue.venue is None:
        return None
    if venue.year is None and (canonical_venue(tail) is None or ". " in head):
        # (a known venue alone; ``Title. 3rd Workshop of …, ACL``: the workshop is the
        # venue's too, so the sentence before the comma is not all title)
        return None
    return head.rstrip(), venue


#: ``GPT-3, Language Models are Few-Shot Learners. NeurIPS 20.``: a short name, a comma,
#: the title, a full stop, then the venue and its year.
_NAME_COMMA_TITLE_VENUE = re.compile(
    r"(?P<name>[^\s,]{2,25}(?:[ \t][^\s,]{2,25}){0,2}),[ \t]{1,3}(?P<title>\S.{8,400}?)\.[ \t]{1,3}"
    r"(?P<venue>[^.]{2,60}?)\.?[ \t]*"
)
#: The fewest words of the title after such a name.
_NAMED_TITLE_WORDS = 3


def name_comma_title_venue(text: str) -> tuple[str, str, VenueYear] | None:
    """``TaPEx, TAPEX: Table Pre-training via Learning a Neural SQL Executor. ICLR 22.``: the
    short name (an alias), the title and the venue and year closing the text, or None."""
    found = _NAME_COMMA_TITLE_VENUE.fullmatch(text.strip())
    if found is None or len(found.group("title").split()) < _NAMED_TITLE_WORDS:
        return None
    if not (found.group("title")[0].isupper() or found.group("title")[0].isdigit()):
        return None  # (``Hello, this is …``: a sentence)
    if not _short_name(found.group("name")):
        return None  # (``Track, Check, Repeat: …``, ``Mark Rowland, Bilal Piot, …``: no name)
    venue = venue_of_tag(found.group("venue").strip())
    if venue is None or venue.venue is None or venue.year is None:
        return None
    return found.group("name"), found.group("title").strip(), venue


def _short_name(name: str) -> bool:
    """A method's short name as written before its paper's title: one word with a capital
    inside it, a digit or a hyphen (``GPT-3``, ``TaPEx``, ``T5``), or words joined by one
    (``Chain-of-thought Prompting``), not a plain word or a person's name."""
    words = name.split()
    if len(words) == 1:
        word = words[0]
        return any(ch.isupper() for ch in word[1:]) or any(ch.isdigit() or ch == "-" for ch in word)
    return any(ch.isdigit() or ch == "-" for ch in name)


#: The full stop (or ideographic one) that ends a sentence of an unlinked citation.
_SENTENCE_STOP = re.compile(r"\.[\"”]?[ \t]{1,3}|。[ \t]{0,3}")
#: A year, alone or before the venue's name (``2019 TIP``, ``2018 RAS``).
_STATED_YEAR = re.compile(r"(?P<y>(?:19|20)\d\d)(?:[ \t]{1,3}(?P<venue>\S.{0,40}))?")
#: A venue, then its year (``SGP 2005``, ``ISPRS, 2019``).
_VENUE_THEN_YEAR = re.compile(r"(?P<venue>[^\s\d].{0,40}?),?[ \t]{1,3}(?P<y>(?:19|20)\d\d)")
#: The fewest words of a title whose last sentences name its venue and year.
_STOP_TITLE_WORDS = 2
#: The most words of a venue named in a sentence of its own (``ISPRS Journal``).
_STOP_VENUE_WORDS = 3


def stop_venue_year(title: str) -> tuple[str, VenueYear] | None:
    """``Title. 2021``, ``Title. 2019 TIP``, ``Title. 2017. RAS``, ``Title. ISPRS Journal.
    2021``, ``Title。 2017`` (an unlinked paper line, Awesome-PointCloudRegistration): the
    title and the year (and venue) its last sentences state and nothing else, or None. A
    venue so written is one an alias knows or one opened by an acronym (a sentence of words
    is the title's own)."""
    text = title.rstrip(" .。")
    stops = list(_SENTENCE_STOP.finditer(text))
    if not stops:
        return None
    last = text[stops[-1].end() :].strip()
    before = text[stops[-2].end() : stops[-1].start()].strip() if len(stops) > 1 else None
    cut = stops[-1].start()
    stated = _STATED_YEAR.fullmatch(last)
    name: str | None = None
    if stated is not None:
        name = stated.group("venue")
        if name is None and before is not None and _stop_venue(before):
            name, cut = before, stops[-2].start()  # ``Title. ISPRS Journal. 2021``
        year = int(stated.group("y"))
    elif before is not None and _STATED_YEAR.fullmatch(before) and _stop_venue(last):
        name, year, cut = last, int(before), stops[-2].start()  # ``Title. 2017. RAS``
    elif (named := _VENUE_THEN_YEAR.fullmatch(last)) is not None:
        name, year = named.group("venue"), int(named.group("y"))  # ``Title." SGP 2005.``
    else:
        return None
    if name is not None and not _stop_venue(name):
        return None
    head = text[:cut].rstrip()
    # (a venue named too, a short title is one: ``Scale-Adaptive ICP. PR. 2021.``)
    if len(head.split()) < (_COMMA_TITLE_WORDS if name is None else _STOP_TITLE_WORDS):
        return None
    if name is None:
        return head, VenueYear(None, year, str(year))
    venue = known_venue_or(f"{name} {year}", name.strip())
    return head, VenueYear(venue, year, text[cut:].strip(" .。"))


def _stop_venue(text: str) -> bool:
    """A sentence that names a venue: one an alias knows, or a few words opened by an
    acronym (``RAS``, ``ISPRS Journal``)."""
    words = text.strip(" .,").split()
    if not words or len(words) > _STOP_VENUE_WORDS:
        return False
    if canonical_venue(" ".join(words)) is not None:
        return True
    first = words[0]
    return first.isalpha() and first.isupper() and len(first) >= 2
