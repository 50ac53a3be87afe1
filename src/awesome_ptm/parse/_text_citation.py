"""A title written as text with what a citation adds to it: ``Title (2016), G. Hinton et
al.``, ``Title, G. Hinton and R. Salakhutdinov.``, ``Title. Chen and Manning.``, ``Title (Book,
Jan 2017), Michael Nielsen.``, ``Joshua Goodman: A bit of progress …, MSR Technical Report,
2001.`` (:func:`read_text_citation`; the names' readings it shares with the other citation
shapes are in :mod:`~awesome_ptm.parse._citation`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from awesome_ptm.parse._citation import (
    MAX_SUBTITLE_WORDS,
    MIN_TITLE_WORDS,
    SURNAME_INITIALS_LEAD,
    initials_names,
    names_in_marker,
    slot_names,
    tail_names,
    title_like,
)
from awesome_ptm.parse._dates import parse_date
from awesome_ptm.parse._names import (
    MAX_NAME_TOKENS,
    SURNAME_FIRST,
    bibtex_names,
    citation_words,
    fold_word,
    names_at,
)
from awesome_ptm.venues import VenueYear, find_venue_year, split_venue_year


@dataclass(slots=True)
class TextCitation:
    """A title written as text with what a citation adds to it."""

    title: str
    authors: list[str]
    venue: VenueYear | None
    #: what is left after the title: the venue's neighbours, an affiliation, a date
    rest: str

    def __post_init__(self) -> None:
        # ``Deep Residual Learning for Image Recognition. CVPR 2016``: the full stop that
        # ended the title's sentence is no part of it.
        self.title = self.title.strip().rstrip(" ,;，；")
        if self.title.endswith(".") and not self.title.endswith(".."):
            self.title = self.title[:-1].rstrip()


#: ``(Book, Jan 2017)``: a bracket holding the kind of work and its date.
_BRACKET = re.compile(r"[(（]([^()（）]{1,60})[)）]")
#: ``Kaiming He, Xiangyu Zhang: Title``: names, a colon, then the title.
_LEAD_NAMES = re.compile(r"([^:：()\[\]]{3,300}?)\s{0,3}[:：]\s{1,3}(?=\S)")
#: ``Title (K. He et al., CVPR 2016)``: the bracket the venue closes, opened before names.
_OPEN_NAMES = re.compile(r"[(（]([^()（）]{2,300})$")
#: ``(2014, C. Dong et al.``: a bracket left open after the year and the names.
_OPEN_YEAR = re.compile(r"[(（]\s{0,3}((?:19|20)\d\d)\s{0,3}[,，]\s{0,3}([^()（）]{2,200})$")
#: ``: A Tutorial, G. Neubig.``: a subtitle after the year inside the title, then the names.
_SUBTITLE = re.compile(r"\s{0,3}[:：]\s{0,3}([^,，:：]{1,80}?)\s{0,3}[,，]\s{0,3}(.{2,300})$")


def _kind_date(text: str) -> tuple[VenueYear, int, int] | None:
    """``(Book, Jan 2017)``: the date of a work written with its kind, and the span."""
    for match in _BRACKET.finditer(text):
        parts = [p.strip() for p in re.split(r"[,，]", match.group(1))]
        kinds = [p for p in parts if fold_word(p) in citation_words().work_kinds]
        dates = [parse_date(p) for p in parts if fold_word(p) not in citation_words().work_kinds]
        if kinds and len(dates) == 1 and dates[0] is not None:
            raw = match.group(0)
            return VenueYear(None, dates[0].year, raw), match.start(), match.end()
    return None


def read_text_citation(
    text: str, found: tuple[VenueYear, int, int] | None, *, names_first: bool = True
) -> TextCitation | None:
    """Read a title written as text with its names, year or affiliation (see the module's
    shapes), or None when ``text`` holds none of them: the caller reads it as before.
    ``found`` is :func:`find_venue_year` of ``text`` (the caller has it already)."""
    head = text.strip()
    if not head:
        return None
    if found is not None:
        shift = len(text) - len(text.lstrip())
        found = (found[0], found[1] - shift, found[2] - shift)
    # (``names_first``: the names may open the text; the title after them is read without,
    # names opening a reference once, not at every full stop of a long hostile line)
    led = _names_then_title(head, found) if names_first else None
    if led is not None:
        return led
    open_year = _OPEN_YEAR.search(head)
    if open_year is not None and open_year.start() > 0:
        names = names_at(open_year.group(2), "medium")
        if names is not None:
            year = int(open_year.group(1))
            venue = VenueYear(None, year, open_year.group(0)[:1] + open_year.group(1))
            return TextCitation(head[: open_year.start()].strip(), names, venue, "")
    marker = _kind_date(head)
    if marker is not None and marker[1] > 0:
        return _around_marker(head, marker, kept=True)
    if found is not None and found[1] > 0:
        return _around_marker(head, found, kept=False)
    tail = tail_names(head, "sentence")
    if tail is not None:
        return TextCitation(tail[0], tail[1], None, "")
    affiliation = _affiliation(head)
    if affiliation is not None:
        return TextCitation(affiliation[0], [], None, affiliation[1])
    return None


def _names_then_title(head: str, found: tuple[VenueYear, int, int] | None) -> TextCitation | None:
    """``Kaiming He, Xiangyu Zhang: Deep Residual Learning. CVPR 2016``, ``Joshua Goodman: A
    bit of progress in language modeling, MSR Technical Report, 2001.``, ``Charles Sutton,
    Andrew McCallum. An Introduction to …``: names, a colon (or, after two or more names, a
    full stop), then a title (read as :func:`read_text_citation` reads one)."""
    lead = _names_lead(head)
    if lead is None:
        return None
    names, cut = lead
    year_led = _LEADING_REFERENCE_YEAR.match(head, cut)
    if year_led is not None:
        # ``Hua Yan, Yulei Sui. 2018. Title. In Proceedings of …``: the ACM way, the year
        # between the names and the title
        cut = year_led.end()
    rest = head[cut:]
    inner_found = None
    if found is not None and found[1] >= cut:
        inner_found = (found[0], found[1] - cut, found[2] - cut)
    inner = read_text_citation(rest, inner_found, names_first=False)
    if inner is None and inner_found is not None and inner_found[1] > 0:
        inner = TextCitation(rest[: inner_found[1]], [], inner_found[0], rest[inner_found[2] :])
    if inner is None:
        inner = TextCitation(rest, [], None, "")
    if inner.venue is None:
        closing = _CLOSING_VENUE_YEAR.search(inner.title)
        if closing is not None and closing.start() > 0:
            # ``Title, 1998.``, ``Title. Machine Learning, 1999``: the year (and the venue no
            # alias knows) closing a reference
            venue = closing.group("venue")
            year = int(closing.group("y"))
            inner.venue = VenueYear(venue.strip() if venue else None, year, closing.group(0))
            inner.title = inner.title[: closing.start()].strip()
    in_venue = _IN_VENUE.search(inner.title)
    if in_venue is not None and len(inner.title[: in_venue.start()].split()) >= MIN_TITLE_WORDS:
        # ``Title. In Proceedings of APLAS'05, Asian Symposium …``: the title's sentence
        # ends before "In" and where it was published
        published = inner.title[in_venue.end() :]
        inner.title = inner.title[: in_venue.start()]
        inner.rest = f"{published} {inner.rest}".strip()
        # (the venue "In" names: its first field, ``APLAS'05``, or a venue and year in
        # it, ``… Software Engineering (ICSE ’18)``; not ``November 2005`` after it)
        field = split_venue_year(re.split(r"[,(]|\.\s", published, maxsplit=1)[0].strip(" ."))
        found_in = find_venue_year(published)
        stated = field if field is not None else found_in[0] if found_in is not None else None
        if stated is not None and stated.venue is not None:
            in_year = stated.year or _year_in(inner.venue)
            inner.venue = VenueYear(stated.venue, in_year, stated.raw)
    if year_led is not None and (inner.venue is None or inner.venue.year is None):
        written = year_led.group(1)
        inner.venue = VenueYear(inner.venue.venue if inner.venue else None, int(written), written)
    if not inner.authors:
        inner.authors = names
    return inner


#: ``. 2018. ``: the year between a reference's names and its title, as a sentence.
_YEAR_SENTENCE = re.compile(r"\.\s{1,3}(?:19|20)\d\d[a-z]?\.\s")
#: ``2018. ``: the year after a reference's names, before its title (ACM's way).
_LEADING_REFERENCE_YEAR = re.compile(r"\s{0,3}((?:19|20)\d\d)[a-z]?\.\s{1,3}(?=\S)")
#: ``. In Proceedings of``, ``. In ICSE``: the full stop ending a title, then "In".
_IN_VENUE = re.compile(r"[.,]\s{1,3}In\s{1,3}(?:[Pp]roceedings\s{1,3}of\s{1,3}(?:the\s{1,3})?)?")


def _year_in(venue: VenueYear | None) -> int | None:
    """The year ``venue`` states, or None."""
    return venue.year if venue is not None else None


#: ``, 1998.``, ``. Machine Learning, 1999``, ``, MSR Technical Report, 2001.``: the year
#: closing a reference, the venue's name before it perhaps (bounded by the text's length).
_CLOSING_VENUE_YEAR = re.compile(
    r"[,.]\s{1,3}(?:(?P<venue>[A-Z][^,.\d]{0,60}(?:\.[^,.\d]{1,30}){0,3}),?\s{1,3})?"
    r"(?P<y>(?:19|20)\d\d)\.?$"
)


def _names_lead(head: str) -> tuple[list[str], int] | None:
    """The names a reference opens with and where its title starts: after a colon
    (``Avrim Blum and Tom Mitchell:``, ``Collins and Singer:``; one first and last name alone
    is no name there, ``Stable Bias: Evaluating …`` being a title), or after the first full
    stop that ends no initial (``Kevin Knight, Graehl Jonathan.``)."""
    bibtex = _BIBTEX_LEAD.match(head)
    if bibtex is not None and title_like(head[bibtex.end() :]):
        # ``Yang, Jianchao and Wright, John and Ma, Yi, Image super-resolution via …``
        names = bibtex_names(bibtex.group(1))
        if names is not None:
            return names, bibtex.end()
    lead = _LEAD_NAMES.match(head)
    if lead is not None and title_like(head[lead.end() :]):
        written = lead.group(1)
        # (not one first and last name alone: ``Stable Bias: Evaluating …`` is a title)
        names = names_at(written, "several") or names_at(written, "sentence")
        if names is not None:
            return names, lead.end()
        if _YEAR_SENTENCE.search(written) is None:
            return None
        # (``Hua Yan, …, and Jingling Xue. 2018. Spatio-temporal context reduction: a …``:
        # the colon is the title's; the names end at the full stop before the year)
    initials = SURNAME_INITIALS_LEAD.match(head)
    if initials is not None and title_like(head[initials.end() :]):
        # ``Li T, Sahu A K, Smith V. Federated optimization …``: surnames and initials, the
        # last initial's full stop ending the names
        return initials_names(initials), initials.end()
    stop = head.find(". ", 0, _LEAD_NAMES_MAX)
    while stop > 0:
        words = head[:stop].split()
        if not (len(words[-1]) == 1 and words[-1].isupper()):  # (``Fernando C. Pereira``)
            names = names_at(head[:stop], "several")
            after = head[stop + 2 :].lstrip()
            # (``Names. 2018. Title.``: the year the ACM way before the title)
            dated = _LEADING_REFERENCE_YEAR.match(after)
            if names is None or not title_like(after[dated.end() :] if dated else after):
                return None
            return names, len(head) - len(after)
        stop = head.find(". ", stop + 2, _LEAD_NAMES_MAX)
    return None


#: ``Freeman, William T and Pasztor, Egon C, ``: two or more names written surname first and
#: joined by "and" (BibTeX's ``author`` field), then a comma before the title.
_BIBTEX_LEAD = re.compile(rf"((?:{SURNAME_FIRST})(?: and (?:{SURNAME_FIRST})){{1,30}}),[ \t]+")
#: The longest run of names a reference opens with.
_LEAD_NAMES_MAX = 300


def _around_marker(
    head: str, marker: tuple[VenueYear, int, int], *, kept: bool
) -> TextCitation | None:
    """A title closed by a venue or year marker, and the names around the marker. ``kept``:
    the marker stays a note (``(Book, Jan 2017)``: its date is the entry's), and the title
    is cut there even without names."""
    venue, start, end = marker
    title, after = head[:start].strip(), head[end:]
    opened = _OPEN_NAMES.search(title)
    if opened is not None and opened.start() > 0 and after.lstrip()[:1] in (")", "）"):
        # ``Title (K. He et al., CVPR 2016)``: the names and the venue in one bracket;
        # ``Title (a parser, ACL 2020)``: a note and the venue.
        inside = opened.group(1).rstrip(" ,;，；")
        names = names_at(inside, "several")
        note = "" if names is not None else f"{inside} {after.lstrip()[1:]}"
        return TextCitation(title[: opened.start()].strip(), names or [], venue, note)
    subtitle = _SUBTITLE.match(after)
    if subtitle is not None and len(subtitle.group(1).split()) <= MAX_SUBTITLE_WORDS:
        names = names_at(subtitle.group(2), "several")
        if names is not None and subtitle.group(1)[:1].isupper():
            return TextCitation(f"{title}: {subtitle.group(1).strip()}", names, venue, "")
    cited = names_in_marker(head[start:end])
    if cited is not None:
        # ``Title (Devlin et al., 2019)``: the names cite the work with its year.
        return TextCitation(title, cited, venue, after)
    note = head[start:end] + " " if kept else ""
    opener = after.lstrip()[:1]
    level = "medium" if opener in (",", "，") else "several" if opener == "." else "strong"
    slot = slot_names(after, level)
    if slot is not None:
        return TextCitation(title, slot[0], venue, note + _left(after, slot[1]))
    # ``Title, G. Hinton et al. (NeurIPS 2015)``: the names before the marker.
    tail = tail_names(title, "sentence")
    if tail is not None:
        return TextCitation(tail[0], tail[1], venue, note + after)
    return TextCitation(title, [], venue, note + after) if kept else None


def _left(text: str, taken: str) -> str:
    """``text`` without ``taken``; nothing when only punctuation is left (``, .``)."""
    rest = text.replace(taken, " ", 1)
    return rest if any(ch.isalnum() for ch in rest) else ""


def _affiliation(text: str) -> tuple[str, str] | None:
    """``CS231n, Convolutional Neural Networks for Visual Recognition, Stanford University``:
    the last comma-separated part names an institution; it is not part of the title."""
    cut = max(text.rfind(", "), text.rfind("，"))
    if cut <= 0:
        return None
    head, tail = text[:cut].strip(), text[cut + 1 :].strip().rstrip(".")
    words = tail.split()
    if not words or len(words) > MAX_NAME_TOKENS or len(head.split()) < MIN_TITLE_WORDS:
        return None
    affiliation = citation_words().affiliation
    if not any(fold_word(w) in affiliation for w in words):
        return None
    particles = citation_words().particles | {"of", "the"}
    if not all(w[0].isupper() or w in particles for w in words):
        return None
    return head, tail
