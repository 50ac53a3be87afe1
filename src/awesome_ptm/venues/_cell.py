"""Venue and year in a short cell or marker ("ACL2019", "**EMNLP 2020**", "2019 ACL",
"ICLR Workshop'24"): :func:`split_venue_year` and the splitting behind it, qualifiers
("Findings", "Workshop", "CVPRW") included. Running text is read in ``_text``."""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import NamedTuple

from awesome_ptm.titles import CJK_CHAR

from ._data import fold, key, tables, two_digit_year, valid_year
from ._names import canonical_venue
from ._types import VenueYear

# What may wrap a venue cell: emphasis from (possibly broken) bold, brackets, and trailing
# punctuation. Stripped with str.strip, not a regex, so long runs cost linear time.
_OPEN = " \t\u3000*_([{【「"
_CLOSE = " \t\u3000*_)]}】」.,;:。，；："
# Between a venue and its year: "ACL 2019", "ACL-2019", "ACL, 2019", "ACL'20".
_SEPARATORS = " \t\u3000-_,:;/'’‘"
_TWO_DIGIT_MARKS = "'’‘-"

# A cell longer than this is prose, not a venue.
_MAX_CELL = 200

# A word of a venue-shaped name we do not know ("Foo Workshop", "SemEval", "SSPR/SPR").
_NAME_WORD = re.compile(r"[A-Za-z0-9&.'’()\-]+|[A-Za-z0-9&\-]+(?:/[A-Za-z0-9&\-]+)+")
_MAX_NAME_WORDS = 8

# Closing brackets and separators before a trailing qualifier ("ACL 2020 (Short)").
_QUALIFIER_OPEN = " \t([（【-,，/"
_QUALIFIER_CLOSE = " \t)]）】"
#: ``NeurIPS(2017)``: a name and its year in brackets right after it.
_GLUED_BRACKET_YEAR = re.compile(r"(.{2,80}?)[ \t]?[(（]((?:19|20)\d\d)[)）]")
#: What ends the word before a text's last one (any of ``_QUALIFIER_OPEN``).
_LAST_WORD = re.compile(r"[ \t(（【\-,，/]")


class _Split(NamedTuple):
    value: VenueYear
    #: the venue is a known one (canonical_venue is not None)
    known: bool
    #: the venue as written, before canonicalisation ("" for a bare year)
    head: str


def _is_digits(text: str) -> bool:
    return text.isascii() and text.isdigit()


def _trailing_year(text: str) -> tuple[str, int, bool] | None:
    """Split "ACL2019" / "ACL'20" into head, year and whether the year had two digits."""
    n = len(text)
    if n >= 4 and _is_digits(text[-4:]) and (n == 4 or not text[-5].isdigit()):
        year = int(text[-4:])
        return (text[:-4], year, False) if valid_year(year) else None
    if (
        n >= 3
        and _is_digits(text[-2:])
        and text[-3] in _TWO_DIGIT_MARKS
        and (n == 3 or not text[-4].isdigit())
    ):
        full = two_digit_year(int(text[-2:]))
        return None if full is None else (text[:-3], full, True)
    if n >= 4 and _is_digits(text[-2:]) and text[-3] == " " and text[-4] in _TWO_DIGIT_MARKS:
        full = two_digit_year(int(text[-2:]))  # ``CVPR' 14``: a space after the mark
        return None if full is None else (text[:-4], full, True)
    if n >= 5 and text[-1] in _TWO_DIGIT_MARKS and _is_digits(text[-3:-1]) and text[-4] == " ":
        full = two_digit_year(int(text[-3:-1]))  # ``ICML 24'``: the mark after the year
        return None if full is None else (text[:-4], full, True)
    if n >= 5 and _is_digits(text[-2:]) and text[-3] in "'’‘" and text[-4] == " ":
        full = two_digit_year(int(text[-2:]))  # ``TOMCCAP '22``: a space before the mark
        return None if full is None else (text[:-4], full, True)
    return None


def _unmarked_year(text: str) -> tuple[str, int] | None:
    """Split "ICLR23" / "ICLR 24" (a two-digit year with no mark) into head and year."""
    n = len(text)
    if n >= 4 and _is_digits(text[-2:]) and (text[-3].isalpha() or text[-3] in " \t"):
        full = two_digit_year(int(text[-2:]))
        return None if full is None else (text[:-2].rstrip(), full)
    return None


def _leading_year(text: str) -> tuple[str, int] | None:
    """Split "2019 ACL" into head and year."""
    if len(text) > 5 and _is_digits(text[:4]) and not text[4].isdigit():
        year = int(text[:4])
        if valid_year(year):
            return text[4:].lstrip(_SEPARATORS), year
    return None


def _venue_shaped(head: str) -> bool:
    """Whether an unknown name looks like a venue: "Foo Workshop", "SemEval", "BlackboxNLP"."""
    words = head.split()
    if not 1 <= len(words) <= _MAX_NAME_WORDS or len(head) > 60:
        return False
    if not all(_NAME_WORD.fullmatch(w) for w in words) or not words[0][0].isalpha():
        return False
    if len(words) == 1 and head.count("(") > head.count(")"):
        return False  # (``SMPL(SIGGRAPH2015)``: a name, then its venue in brackets)
    if key(head) in tables().not_venues:
        return False
    folded = " " + " ".join(fold(w) for w in words) + " "
    if any(f" {w} " in folded for w in tables().venue_words):
        return True
    # A single word needs the look of an acronym or a CamelCase name, which plain words and
    # most organisation names ("Facebook") lack.
    word = words[0]
    return len(words) == 1 and sum(c.isupper() for c in word) >= 2


@functools.cache
def _qualifier_ends() -> frozenset[str]:
    """The last word of every qualifier ("findings", "ws", "workshop", "benchmarks")."""
    return frozenset(word.split()[-1] for word, _, _ in tables().qualifiers)


def _qualified(text: str, raw: str, unmarked: bool) -> _Split | None:
    """ "EMNLP2020 Findings", "ACL 2020 (Short)", "ACL2020 WS": a venue and its year, then a
    word that says which part of the venue it is; the qualifier stays part of the venue
    ("Findings of EMNLP", "ACL Short", "ACL Workshop")."""
    t = tables()
    body = text.rstrip(_QUALIFIER_CLOSE)
    # (``EMNLP2022(Findings)``: the bracket may open right after the year)
    last = _LAST_WORD.split(body)[-1]
    if len(last) == len(body) or fold(last) not in _qualifier_ends():
        return None  # most texts end in no qualifier: one set lookup, not one test each
    folded = " ".join(fold(body).split())
    if len(folded) != len(body):
        return None  # NFKC or spacing changed the length: offsets would not line up
    for word, prefix, suffix in t.qualifiers:
        if not folded.endswith(word) or len(folded) <= len(word):
            continue
        if folded[-len(word) - 1] not in _QUALIFIER_OPEN:
            continue
        rest = body[: len(body) - len(word)].rstrip(_QUALIFIER_OPEN)
        inner = _parse(rest, raw, unmarked, qualifiers=False)
        if inner is None or inner.value.venue is None or inner.value.year is None:
            return None
        venue = inner.value.venue
        name = f"{prefix} {venue}" if prefix else f"{venue} {suffix}"
        name = canonical_venue(name) or name
        return _Split(VenueYear(name, inner.value.year, raw), inner.known, inner.head)
    return None


def _qualified_name(head: str) -> str | None:
    """ "ICLR Workshop" (before its year: "ICLR Workshop'24"), "ACL Findings": a known venue
    and the qualifier after its name, as one venue ("ICLR Workshop", "Findings of ACL")."""
    if head.endswith((")", "）")):
        # ``EACL (Findings)``: the qualifier in brackets after the venue's name
        head = " ".join(head.replace("(", " ").replace("（", " ").rstrip(")） ").split())
    words = head.split()
    if not words:
        return None  # (``()``: nothing but the brackets)
    if len(words) > 2 and fold(words[1]) in _QUALIFIER_LINKS:
        return _qualifier_before(words)
    if len(words) == 1 and "-" in head:
        # ``NeurIPS-workshop``: a known venue and its qualifier joined by a hyphen
        name, _, part = head.rpartition("-")
        if name and fold(part) in _qualifier_ends() and canonical_venue(name) is not None:
            words = [name, part]
            head = f"{name} {part}"
    if len(words) == 1:
        return _glued_qualifier(words[0])
    if fold(words[-1]) not in _qualifier_ends():
        return None
    folded = " ".join(fold(head).split())
    written = " ".join(words)
    if len(folded) != len(written):
        return None  # NFKC changed the length: offsets would not line up
    for word, prefix, suffix in tables().qualifiers:
        if not folded.endswith(" " + word):
            continue
        rest = written[: len(folded) - len(word)].strip(_QUALIFIER_OPEN)
        venue = canonical_venue(rest) if rest else None
        if venue is None:
            continue
        name = f"{prefix} {venue}" if prefix else f"{venue} {suffix}"
        return canonical_venue(name) or name
    return None


#: ``Workshop at EMNLP``, ``Workshop in NeurIPS``: the words that join a qualifier written
#: before a venue's name to it.
_QUALIFIER_LINKS = frozenset(("at", "in", "@"))


def _qualifier_before(words: list[str]) -> str | None:
    """ "Workshop at EMNLP", "Demo in ACL": a qualifier, "at" or "in", a known venue: the
    venue's part ("EMNLP Workshop", "ACL Demo"), or None."""
    venue = canonical_venue(" ".join(words[2:]))
    if venue is None:
        return None
    for word, prefix, suffix in tables().qualifiers:
        if fold(words[0]) == word:
            name = f"{prefix} {venue}" if prefix else f"{venue} {suffix}"
            return canonical_venue(name) or name
    return None


def _glued_qualifier(word: str) -> str | None:
    """ "CVPRW", "NIPSW", "NIPSw": a known venue's acronym in capitals and a capital glued to it
    that names its part (``glued_qualifiers`` in venues.yaml)."""
    # (``NIPSw``, ``ICLRw``: the letter in lower case too)
    suffix = tables().glued_qualifiers.get(word[-1:].upper())
    acronym = word[:-1].rstrip("_")  # (``ICLR_W``: the letter after an underscore)
    # (``NeurIPSW``: an acronym written in mixed case, capitals in it)
    capitals = sum(ch.isupper() for ch in acronym)
    if suffix is None or len(acronym) < 3 or capitals < 3 or not acronym.isalpha():
        return None
    venue = canonical_venue(acronym)
    if venue is None:
        return None
    name = f"{venue} {suffix}"
    return canonical_venue(name) or name


#: ``'14-ECCV``, ``15-CVPR``: a two-digit year (an apostrophe may mark it), a dash, a name.
_LEADING_SHORT_YEAR = re.compile(r"['’]?(\d{2})-([A-Za-z][\w&. -]{1,40})")


def _parse(text: str, raw: str, unmarked: bool, qualifiers: bool = True) -> _Split | None:
    """``unmarked``: a known venue may carry a two-digit year without an apostrophe
    ("ICLR23"), as a cell that is only a venue does; a marker in running text may not."""
    if qualifiers and not text[-1:].isdigit():
        found = _qualified(text, raw, unmarked)
        if found is not None:
            return found
    split = _trailing_year(text)
    if split is None and unmarked:
        # "ICLR23", "ICLR 24" in a venue cell: only after an acronym read in running text.
        loose = _unmarked_year(text)
        venue = canonical_venue(loose[0]) if loose is not None and loose[0] else None
        if loose is not None and venue is not None and _unmarked_ok(venue, loose[0]):
            return _Split(VenueYear(venue, loose[1], raw), True, loose[0])
        # ``CVPRW24``: a workshop's glued letter, then the year
        glued = _glued_qualifier(loose[0]) if loose is not None and loose[0] else None
        if loose is not None and glued is not None:
            return _Split(VenueYear(glued, loose[1], raw), True, loose[0])
    if split is None and unmarked:
        # ``'14-ECCV``, ``15-CVPR`` in a venue cell: a two-digit year, a dash, a known venue
        short = _LEADING_SHORT_YEAR.fullmatch(text)
        venue = canonical_venue(short.group(2)) if short is not None else None
        full = two_digit_year(int(short.group(1))) if short is not None else None
        if short is not None and venue is not None and full is not None:
            return _Split(VenueYear(venue, full, raw), True, short.group(2))
    if split is None:
        lead = _leading_year(text)
        month = _MONTH_THEN_NAME.fullmatch(lead[0]) if lead is not None and text[4] == "-" else None
        if lead is not None and month is not None:
            # ``2025-10-arXiv``, ``2024-09-ISSTA``: the year and month, then the venue
            lead = (month.group(1), lead[1])
        if lead is not None:
            venue = canonical_venue(lead[0]) or _qualified_name(lead[0])
            if venue is not None:
                return _Split(VenueYear(venue, lead[1], raw), True, lead[0])
            if text[4] == "-" and (_venue_shaped(lead[0]) or _dashed_name(lead[0])):
                # ``2024-TOSEM``, ``2023-AsianHOST``, ``2024-Cluster Computing``: the year, a
                # dash, a venue no alias knows (a name in capitalised words: the dash after
                # the year marks it as one, as an apostrophe before a year does)
                return _Split(VenueYear(" ".join(lead[0].split()), lead[1], raw), False, lead[0])
        # "ACL Workshop", "NeurIPS D&B": a known venue and its qualifier, the year unwritten.
        venue = canonical_venue(text) or _qualified_name(text)
        return None if venue is None else _Split(VenueYear(venue, None, raw), True, text)
    head, year, two_digit = split
    head = head.rstrip(_SEPARATORS)
    if not head:
        return None if two_digit else _Split(VenueYear(None, year, raw), False, "")
    venue = canonical_venue(head) or _qualified_name(head)
    if venue is not None:
        return _Split(VenueYear(venue, year, raw), True, head)
    if _apostrophe_year(text) and _named_by_capitals(head) and not raw.endswith((":", "：")):
        # ``WACA'20``, ``Biological Cybernetics'1991``: the apostrophe before the year marks
        # the name as a venue's, one no alias knows (``**WorldExpo'10:** …`` names a dataset)
        return _Split(VenueYear(" ".join(head.split()), year, raw), False, head)
    if two_digit or not _venue_shaped(head):
        return None
    return _Split(VenueYear(" ".join(head.split()), year, raw), False, head)


#: An apostrophe right before the year closing a text (``WACA'20``, ``Cybernetics'1991``,
#: ``TOMCCAP '22``).
_APOSTROPHE_YEAR = re.compile(r"\S ?['’](?:\d\d|(?:19|20)\d\d)$")
#: The most words of a name an apostrophe year marks as a venue.
_APOSTROPHE_NAME_WORDS = 5


def _apostrophe_year(text: str) -> bool:
    return _APOSTROPHE_YEAR.search(text) is not None


#: A name written in Chinese characters alone.
_CJK_NAME = re.compile(rf"(?:{CJK_CHAR.pattern}){{2,20}}")


def _named_by_capitals(head: str) -> bool:
    """Capitalised words (``Biological Cybernetics``), one word with two capitals or more
    (``WACA``, ``T-ITS``; not ``Fall``, ``Spring``), or a name in Chinese characters."""
    if _CJK_NAME.fullmatch(head.strip()):
        return True  # ``计算机研究与发展'15``: a journal's name in Chinese
    words = head.split()
    if not 1 <= len(words) <= _APOSTROPHE_NAME_WORDS or not all(w[0].isupper() for w in words):
        return False
    return len(words) > 1 or sum(ch.isupper() for ch in words[0]) >= 2


#: The most words of a venue's name after a year and a dash (``2024-Cluster Computing``).
_DASHED_NAME_WORDS = 3


def _dashed_name(head: str) -> bool:
    """A short name in capitalised words after ``2024-`` (``Cluster Computing``, ``Black
    Hat``): what the dash after the year marks as a venue's, as an apostrophe before a year
    does; not a title (``TrustArc-《Global Privacy Benchmarks Report》``)."""
    words = head.split()
    return (
        len(words) <= _DASHED_NAME_WORDS
        and all(_NAME_WORD.fullmatch(word) for word in words)
        and _named_by_capitals(head)
    )


#: ``10-arXiv`` after ``2025-``: a month, a dash, then the venue's name.
_MONTH_THEN_NAME = re.compile(r"(?:0?[1-9]|1[0-2])-([A-Za-z].{1,60})")

#: ``24'ICRA``: a two-digit year, an apostrophe, then the venue.
_SHORT_YEAR_FIRST = re.compile(r"(\d\d)['’]([A-Za-z][^'’]{1,60})")


# Pure and immutable, and lists repeat their venue cells and markers ("ACL2020", "**EMNLP
# 2019**") thousands of times: the NFKC and alias lookups are done once per spelling.
@functools.lru_cache(maxsize=8192)
def _split(text: str, unmarked: bool = False) -> _Split | None:
    raw = text.strip()
    if not raw or len(raw) > _MAX_CELL:
        return None
    norm = " ".join(unicodedata.normalize("NFKC", raw).split())
    # As written first, so "*SEM 2019" keeps its asterisk; then without wrappers.
    found = _parse(norm, raw, unmarked)
    if found is not None:
        return found
    # ``NeurIPS(2017)``, ``Pattern Recognition(2018)``: the year in brackets glued to the name
    # (before the wrappers are taken off, which would leave ``NeurIPS(`` for a name)
    glued = _GLUED_BRACKET_YEAR.fullmatch(norm)
    if glued is not None:
        return _parse(f"{glued.group(1).rstrip()} {glued.group(2)}", raw, unmarked)
    short_first = _SHORT_YEAR_FIRST.fullmatch(norm.lstrip(_OPEN).rstrip(_CLOSE))
    if short_first is not None:
        # ``24'ICRA``, ``(19'EuRAD)``: the two-digit year first, its mark after it
        return _parse(f"{short_first.group(2)}'{short_first.group(1)}", raw, unmarked)
    bare = norm.lstrip(_OPEN).rstrip(_CLOSE)
    if not bare or bare == norm:
        return None
    return _parse(bare, raw, unmarked)


def split_venue_year(text: str, *, unmarked: bool = False) -> VenueYear | None:
    """Read a short cell or suffix that is only a venue and/or a year.

    "ACL2019" is ACL 2019, "NIPS2015" NeurIPS 2015, "ACL'20" ACL 2020, "2019" a year with no
    venue, "NIPS" NeurIPS with no year. Wrapping asterisks, underscores and brackets (half- or
    full-width) are tolerated. An unknown but venue-shaped name with a four-digit year
    ("Foo Workshop 2019") gives the name as written. Anything else ("done", "NULL", "BERT",
    "1 Introduction") gives None. Years run 1950..2035; two-digit years only with a known
    venue, after an apostrophe or hyphen, or (``unmarked``, for a cell that is only a venue)
    written after an acronym read in running text ("ICLR23", "ICLR 24"). ``raw`` is
    ``text`` stripped.
    """
    found = _split(text, unmarked)
    return None if found is None else found.value


def _unmarked_ok(venue: str, written: str) -> bool:
    """Whether ``written`` may carry a two-digit year with no apostrophe ("ICLR23"): an
    acronym of a venue read in any case in running text (not "CL 10", "WWW 21")."""
    t = tables()
    if t.text_mode.get(venue, "any") != "any" or len(written) < 3:
        return False
    acronym = sum(c.isupper() for c in written) >= 2 or written.casefold() == venue.casefold()
    # (``ACM MM 25``: an acronym of two words)
    return written.isascii() and written.replace(" ", "").isalnum() and acronym
