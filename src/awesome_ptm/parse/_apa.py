"""A reference written the APA way, as text without links: ``[2] Kim, Y. E., et al.
(2010). Music Emotion Recognition: A state of the art review. Proceedings of the 11th …
Conference (ISMIR), pp. 255–266.`` (the names, the year in brackets, the title's sentence,
then where it was published); and its short author-year form, ``Schuld & Killoran, 2022,
Title`` (the names, the year, the title)."""

from __future__ import annotations

import re

from awesome_ptm.parse._dates import is_month_name, parse_date
from awesome_ptm.parse._draft import Draft, LinkDraft
from awesome_ptm.parse._inline import Segment, plain
from awesome_ptm.parse._names import apa_names, names_at, read_names
from awesome_ptm.parse._paper_lines import PROCEEDINGS
from awesome_ptm.venues import VenueYear, canonical_venue, find_venue_year, split_venue_year

#: ``[2] Names (2010). Title. Rest``: a number in brackets perhaps, the names, the year in
#: brackets and a full stop (or the year and a colon: ``Romanowska, I. 2015: Title.``), the
#: title's sentence, then the rest.
_APA_REFERENCE = re.compile(
    r"(?:\[\d{1,4}\][ \t]{1,3})?(?P<names>[^()]{2,400}?)[ \t]"
    r"(?:\((?P<y>(?:19|20)\d\d)[a-z]?(?:,[ \t]{1,3}(?P<month>[A-Za-z]{3,9}\.?))?\)\."
    r"|(?P<colon>(?:19|20)\d\d)[a-z]?:)"
    r"[ \t]{1,3}(?P<title>[^.?!]{3,400}?[.?!])(?:[ \t]{1,3}(?P<rest>\S.{0,400}))?"
)
#: ``, et al.`` closing an APA names list (the rest of the names left out).
_ET_AL_TAIL = re.compile(r",?[ \t]{1,3}et[ \t]al\.?$")
#: ``Music Perception, 17(1), pp. 43-64.``, ``PNAS 99. 7275–79.``: the journal before its
#: volume or pages.
_JOURNAL_FIRST = re.compile(
    r"(?:In[ \t]+)?(?P<name>[A-Z][^,()]{1,120}?),[ \t]*(?:\d|pp\.|vol)"
    # (``PNAS 99. 7275–79.``, ``Advances in Archaeological Practice 7 (2). 178–84.``: no
    # comma, the volume and its issue perhaps, then a stop or a colon)
    r"|(?P<bare>[A-Z][^,()\d]{1,120}?)[ \t]+(?=\d{1,4}(?:[ \t]?\(\d{1,4}\))?[.:])"
)
#: The fewest words of such a title.
_TITLE_WORDS = 3


def apa_reference(text: str, month: bool = False) -> Draft | None:
    """The entry an APA reference written as text is (its title, authors, year and the
    venue it names: a known one in the rest, else the journal before its volume), or
    None for any other text. ``month``: the year may have its month after it (``(2018,
    July).``), as a reference written as a link's text has (a paragraph of one under a
    model's heading is that model's citation, read with the heading)."""
    found = _APA_REFERENCE.fullmatch(" ".join(text.split()))
    if found is None or (found.group("month") and not month):
        return None
    written = found.group("names").strip()
    names = apa_names(_ET_AL_TAIL.sub("", written).rstrip(" ,"))
    title = found.group("title").rstrip(".").strip()
    if not names or len(title.split()) < _TITLE_WORDS:
        return None
    year = int(found.group("y") or found.group("colon"))
    draft = Draft(title=title, authors=names, shape="text-title")
    if found.group("month"):
        # ``(2018, July).``: the month of a conference paper
        when = parse_date(f"{found.group('month')} {year}")
        draft.date = when.iso if when is not None and when.iso != str(year) else None
    rest = (found.group("rest") or "").strip()
    draft.venue = venue_in_rest(rest, year)
    if rest:
        draft.notes.append(rest)
    return draft


#: A journal's volume closing its name (``IEEE Trans. PAMI, 24``: the ``24``).
_VOLUME_TAIL = re.compile(r"[ \t,]{1,3}\d{1,4}$")


#: What a reference's rest opens with, up to its first mark (``In `` and an arXiv
#: identifier's prefix left out): the venue's name, when an alias knows it.
_REST_LEAD = re.compile(
    r"(?:In:?[ \t]{1,3})?(?P<name>[^,.(:\[]{2,120}?)(?:[ \t]{1,3}arXiv)?[ \t]{0,3}(?:[,.(:\[]|$)",
    re.IGNORECASE,
)


def venue_in_rest(rest: str, year: int) -> VenueYear:
    """The venue what follows a reference's title names, with the reference's ``year``: a
    known one anywhere in it, else the journal before its volume or pages (``Music
    Perception, 17(1), pp. 43-64.``), else none (the year alone)."""
    known = find_venue_year(rest) if rest else None
    journal = _JOURNAL_FIRST.match(rest) if rest else None
    if known is not None and known[0].venue is not None:
        return VenueYear(known[0].venue, year, known[0].raw)
    lead = _REST_LEAD.match(rest) if rest else None
    named = split_venue_year(lead.group("name").strip()) if lead is not None else None
    if named is not None and named.venue is not None:
        # ``arXiv preprint arXiv:1703.03400.``, ``In Advances in Neural Information
        # Processing Systems (pp. 523-531).``: a venue an alias knows, first
        return VenueYear(named.venue, year, named.raw)
    if journal is not None:
        name = _VOLUME_TAIL.sub("", (journal.group("name") or journal.group("bare")).strip())
        name = PROCEEDINGS.sub("", name, count=1) or name
        stated = split_venue_year(name)
        venue = stated.venue if stated is not None and stated.venue is not None else name
        return VenueYear(venue, year, name)
    return VenueYear(None, year, str(year))


#: ``Aaronson, 2022, Title``, ``Pan et al. 2022, Title``, ``Anschuetz et al., 2022 Title``:
#: names (no digits in them: the first digit is the year's), the year, the title.
_AUTHOR_YEAR_TITLE = re.compile(
    r"(?P<names>[A-Z][^\d()\[\]:]{0,150}?)(?P<before>,?)[ \t](?P<y>(?:19|20)\d\d)[a-z]?"
    r"(?P<after>[,.]?)[ \t](?P<title>[A-Z\"“'‘].{2,400})"
)


def author_year_title(text: str) -> Draft | None:
    """``Schuld & Killoran, 2022, Is quantum advantage the right goal …?`` (Roadmap-to-QML):
    a text that cites its paper author-year style, the names, the year and the title, with a
    comma between the names and the year and a mark after the year (either is enough after
    ``et al.``); the title, its names and year, or None for any other text.
    """
    found = _AUTHOR_YEAR_TITLE.fullmatch(" ".join(text.split()))
    if found is None or is_month_name(found.group("names").split()[-1]):
        return None  # (``Spyderbat, Aug 2023, Title``: a date, not the names' year)
    names = read_names(found.group("names"))
    title = found.group("title").strip()
    if names is None or "weak" in names.kinds or len(title.split()) < _TITLE_WORDS:
        return None
    if not (found.group("before") and found.group("after")) and not names.et_al:
        # (``Pan et al. 2022, Title`` reads as a citation; ``FableConf 2017, Talk``, ``Lie
        # Groups 2012, University of Utrecht``, ``Numbers, 2012 Edition`` do not)
        return None
    year = found.group("y")
    return Draft(
        title=title, authors=names.names, venue=VenueYear(None, int(year), year), shape="text"
    )


#: ``Andrew Baker, Brantly Callaway (2026). ``: names, the year in brackets, a full stop.
_NAMES_YEAR = re.compile(
    r"[ \t]{0,3}(?P<names>[^()\[\]\n]{2,400}?)[ \t]\((?P<y>(?:19|20)\d\d)[a-z]?\)\.?[ \t]{0,3}"
)
#: The most words of the venue a linked title's reference closes with.
_CLOSING_VENUE_WORDS = 8
#: The most words of a link after the title's (``[SSRN version](url)``).
_LATER_LINK_WORDS = 3


def names_year_linked_title(segs: list[Segment]) -> Draft | None:
    """``Andrew Baker, Brantly Callaway, … (2026). [Difference-in-Differences Designs: A
    Practitioner's Guide](https://doi.org/…). Journal of Econometrics.``: the names, the
    year in brackets, then the title as the link to the work and the venue after it
    perhaps (as written when no alias knows it). The entry, or None for any other text."""
    first = next((i for i, s in enumerate(segs) if s.kind == "link"), None)
    if first is None or first == 0:
        return None
    later = [s for s in segs[first + 1 :] if s.kind == "link"]
    if any(len(s.text.split()) > _LATER_LINK_WORDS for s in later):
        return None  # (a second title: two works, or prose)
    found = _NAMES_YEAR.fullmatch(plain(segs[:first]))
    title = " ".join(segs[first].text.split())
    if found is None or len(title.split()) < _TITLE_WORDS:
        return None
    names = names_at(found.group("names").strip(" ,"), "medium")
    if names is None:
        return None
    year = int(found.group("y"))
    rest = plain([s for s in segs[first + 1 :] if s.kind != "link"]).strip(" .,;")
    venue: VenueYear = VenueYear(None, year, found.group("y"))
    if rest:
        if len(rest.split()) > _CLOSING_VENUE_WORDS:
            return None  # (a sentence after the link: prose citing a work)
        # (``Preprint, arXiv``: the part an alias knows, else the venue as written)
        known = next((v for p in rest.split(",") if (v := canonical_venue(p.strip()))), None)
        venue = VenueYear(known or rest, year, rest)
    draft = Draft(title=title.rstrip("."), authors=names, venue=venue, shape="text-title")
    draft.links.extend(
        LinkDraft(href=str(s.href), style=str(s.style)) for s in (segs[first], *later) if s.href
    )
    return draft
