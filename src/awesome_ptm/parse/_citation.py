"""Paper citations: the authors, year and venue a list writes on one line with the title.

The shapes read here, all from public lists:

- ``**Title** (2016), G. Hinton et al. [[pdf]](url)``: names after the title and its year
  (:func:`slot_names`);
- ``Title, G. Hinton and R. Salakhutdinov.``, ``Title. Chen and Manning.``,
  ``Title (Book, Jan 2017), Michael Nielsen.``, ``Title (2014, C. Dong et al.``: a title
  written as text, closed by its names (read in :mod:`~awesome_ptm.parse._text_citation`
  with the readings of names here);
- ``Wojciech Zaremba, Ilya Sutskever, Title``, ``Kaiming He, Xiangyu Zhang: Title``,
  ``Title (Devlin et al., 2019)``: names before a title, or citing it in a bracket
  (:func:`split_title_names`, :func:`names_in_marker`);
- ``Joshua Goodman: A bit of progress …, MSR Technical Report, 2001.``, ``Kevin Knight,
  Graehl Jonathan. Machine Transliteration. Computational Linguistics, 1992.``: names, a
  colon or full stop, the title, the venue and year closing it.

Names after "by" are read in ``_byline``; a venue line with its date, a term's or an
edition's year in ``_dated``; what a text is as names in ``_names``. Names are taken only
when they read as names: initials (``G. Hinton``), ``et al.``, or capitalised first and last
names in a place where a citation puts its authors. A title that holds a comma is not a list
of authors. The words (``et al.``, ``and``, particles, words no name holds) are data:
``data/citations.yaml``.
"""

from __future__ import annotations

import re

from awesome_ptm.parse._byline import names_end
from awesome_ptm.parse._names import (
    MAX_NAMES_TEXT,
    citation_words,
    fold_word,
    names_at,
    read_names,
)
from awesome_ptm.venues import VenueYear, find_venue_year, split_venue_year

#: A title needs this many words before the names that close it.
MIN_TITLE_WORDS = 2
#: ``A Fast and Accurate Dependency Parser using Neural Networks. Chen and Manning.``: the
#: words a title needs before surnames alone may close it.
_MIN_SENTENCE_TITLE_WORDS = 4
#: ``Models(2017): A Tutorial, G. Neubig.``: how many words the subtitle after the year may have.
MAX_SUBTITLE_WORDS = 8


# -- names after "by" -----------------------------------------------------------------------


# -- names in the place of a citation's authors ---------------------------------------------

#: Separators that may stand between a title (or its year) and its names.
_LEADING = " \t,.;，；-–—:：|(（"


def slot_names(text: str, level: str) -> tuple[list[str], str] | None:
    """The names that open ``text`` (what follows a title, its year taken out): the whole
    text, or the part up to ``et al.`` or to the first sentence end. Returns the names and
    the text they were read from (to take out of the notes), or None."""
    body = text.lstrip(_LEADING)
    if not body or not body[0].isupper():
        return None
    candidates = [body.rstrip()]
    folded = body.casefold()
    for marker in citation_words().et_al:
        at = folded.find(marker)
        if at > 0 and marker.isascii():
            candidates.append(body[: at + len(marker)])
            break
    end = names_end(body, 0)
    if 0 < end < len(body):
        candidates.append(body[:end])
    for candidate in candidates:
        names = names_at(candidate, level)
        if names is not None:
            return names, _as_written(candidate)
    return None


def _as_written(names: str) -> str:
    """Names as written, without what follows them (blanks left by a venue taken out, a
    comma, a full stop: the one of "et al." stays with the names)."""
    raw = names.strip().rstrip(" ,;，；")
    while raw.endswith(".") and not raw.casefold().endswith("al."):
        raw = raw[:-1].rstrip(" ,;，；")
    return raw


def whole_names(text: str, level: str) -> tuple[list[str], str] | None:
    """``text`` (separators at its ends aside) as names, all of it, or None; with the names
    as written (to take out of the notes)."""
    body = text.lstrip(_LEADING)
    names = names_at(body, level) if body.strip() else None
    return None if names is None else (names, _as_written(body))


def names_in_marker(marker: str) -> list[str] | None:
    """``(Devlin et al., 2019)``, ``(Kaiming He, Xiangyu Zhang, CVPR 2016)``: the names in a
    bracket that cites a work with its year (and venue), or None."""
    text = marker.strip()
    if text[:1] not in ("(", "（") or text[-1:] not in (")", "）"):
        return None
    inner = text[1:-1]
    comma = max(inner.rfind(","), inner.rfind("，"))
    if comma <= 0 or split_venue_year(inner[comma + 1 :]) is None:
        return None
    return names_at(inner[:comma], "several")


#: ``Title (Devlin et al., 2019)``: a bracket closing a title.
_CLOSING_BRACKET = re.compile(r"\s{0,3}[(（][^()（）]{2,200}[)）]$")


def split_title_names(title: str) -> tuple[str, list[str], VenueYear | None]:
    """A title that carries its authors: ``Wojciech Zaremba, Ilya Sutskever, Title`` (two
    or more names before a title that reads as one), ``Title, G. Hinton et al.`` (names
    with initials or ``et al.`` after it) or ``Title (Devlin et al., 2019)`` (a citation in
    brackets, which gives the year too). Returns the title, the names (empty when there are
    none) and the year or venue of the bracket."""
    closing = _CLOSING_BRACKET.search(title)
    if closing is not None and closing.start() > 0:
        names = names_in_marker(closing.group(0))
        if names is not None:
            inner = closing.group(0).strip()[1:-1]
            comma = max(inner.rfind(","), inner.rfind("，"))
            return title[: closing.start()].strip(), names, split_venue_year(inner[comma + 1 :])
    if " by " in title or title[-4:].isdigit():
        book = _book_byline(title)
        if book is not None:
            return book
    referenced = _surname_initials_reference(title)
    if referenced is not None:
        return referenced
    title, names = _split_title_names(title)
    return title, names, None


#: ``Li T, Sahu A K, Zaheer M, Smith V. ``: two or more surnames each with its initials in
#: capitals (no full stops), joined by commas (``others`` closing them perhaps), then the
#: full stop before the title (the GB/T 7714 way of citing).
SURNAME_INITIALS_LEAD = re.compile(
    r"(?P<names>[A-Z][a-z][\w'’-]{0,30} [A-Z]{1,2}(?: [A-Z]){0,2}"
    r"(?:, [A-Z][a-z][\w'’-]{0,30} [A-Z]{1,2}(?: [A-Z]){0,2}){1,30}(?:, others)?)"
    r" ?\.[ \t]{1,3}"
)


def _surname_initials_reference(text: str) -> tuple[str, list[str], VenueYear | None] | None:
    """``Li T, Sahu A K, Smith V. Federated optimization in heterogeneous networks.
    Proceedings of Machine learning and systems, 2020, 2: 429–450`` as a link's text
    (federated-transfer-learning): a whole reference, names, title and where it appeared;
    the title is what stands between the names' full stop and the next (a ``[J]`` kind mark
    closes it too), the venue and year the rest's."""
    lead = SURNAME_INITIALS_LEAD.match(text)
    if lead is None:
        return None
    rest = text[lead.end() :]
    end = _TITLE_END.search(rest)
    if end is None or not title_like(rest[: end.start()]):
        return None
    found = find_venue_year(rest[end.end() :])
    return rest[: end.start()].strip(), initials_names(lead), found[0] if found else None


def initials_names(lead: re.Match[str]) -> list[str]:
    """The names of a :data:`SURNAME_INITIALS_LEAD` match (``others`` is none)."""
    written = (n.strip() for n in lead.group("names").split(","))
    return [n for n in written if n and n != "others"]


#: Where a reference's title ends: ``. `` before what follows, or a kind mark (``[J].``,
#: ``[C]//``).
_TITLE_END = re.compile(r"\[[A-Z]\][./]{0,2}\s{0,3}|\.\s{1,3}(?=\S)")


#: ``Advanced Swift by Chris Eidhof, Ole Begemann, and Airspeed Velocity``, ``Advanced
#: Penetration Testing by Wil Allsopp, 2017``: a book's title, "by", its authors (the year
#: after them perhaps).
_BY_NAMES = re.compile(
    r"(?P<title>\S.{1,300}?)[ \t]{1,3}by[ \t]{1,3}(?P<names>[A-Z].{1,300}?)"
    r"(?:,[ \t]{0,3}(?P<y>(?:19|20)\d\d))?"
)
#: ``Effective Software Testing, 2021``: a title, a comma, its year.
_TITLE_YEAR = re.compile(r"(?P<title>\S.{1,300}?),[ \t]{0,3}(?P<y>(?:19|20)\d\d)")


def _book_byline(text: str) -> tuple[str, list[str], VenueYear | None] | None:
    """A link text naming a book the way a shelf does: ``Title by Names[, Year]``,
    ``Title, Names et al., Year`` or ``Title, Year``. None for anything else (``Made by
    Hand``: one word after "by" is no name)."""
    byline = _BY_NAMES.fullmatch(text)
    if byline is not None:
        # (``Tanmay Bakshi with Lynn Beighley``: a co-author "with" the first)
        # One full name only with the year after it (``Deep Multimodal Fusion by Channel
        # Exchanging`` is a paper's title); two, or initials, without.
        level = "medium" if byline.group("y") else "several"
        names = names_at(byline.group("names").replace(" with ", " and "), level)
        title = byline.group("title").strip()
        # (``Powered by Apache Spark``: a one-word "title" says what, not which book;
        # ``…, Spring 2025, by John Canny``: a course's line, its teachers after a comma)
        if names is not None and len(title.split()) >= MIN_TITLE_WORDS and title[-1] != ",":
            return title, names, _year_of(byline.group("y"))
    dated = _TITLE_YEAR.fullmatch(text)
    if dated is None:
        return None
    title, names = _split_title_names(dated.group("title"))
    if not names and len(title.split()) < MIN_TITLE_WORDS:
        return None
    return title, names, _year_of(dated.group("y"))


def _year_of(written: str | None) -> VenueYear | None:
    return VenueYear(None, int(written), written) if written else None


def _split_title_names(title: str) -> tuple[str, list[str]]:
    parts = title.split(", ")
    if len(parts) >= 3:
        # Names first: every part but the last is one full name, the last is the title.
        lead = parts[:-1]
        rest = parts[-1]
        found = read_names(", ".join(lead))
        if (
            found is not None
            and len(found.names) == len(lead)
            and set(found.kinds) <= {"full", "initials"}
            and title_like(rest)
        ):
            return rest, found.names
    tail = tail_names(title, "strong")
    if tail is not None:
        return tail
    return title, []


def title_like(text: str) -> bool:
    """A segment that reads as a title, not a name: several words, one of them lower-case
    or a word no name holds (``An Empirical Exploration of Recurrent Network Architectures``)."""
    words = text.split()
    if len(words) < 3:
        return False
    not_name = citation_words().not_name
    return any(w[0].islower() or fold_word(w) in not_name for w in words)


def tail_names(text: str, level: str) -> tuple[str, list[str]] | None:
    """``Title, G. Hinton and R. Salakhutdinov.``: the leftmost comma (or, at ``sentence``
    level, sentence end) after which the rest of ``text`` reads as names."""
    # Only the cuts that leave a text short enough to be names (see read_names): a long
    # description with many commas is not cut (and sliced) at each of them. The title's
    # words are counted in the stretch before the cut, not in all of it.
    for match in _TAIL_CUT.finditer(text, max(0, len(text) - MAX_NAMES_TEXT - 8)):
        near = text[max(0, match.start() - _NEAR) : match.start()].split()
        if len(near) < MIN_TITLE_WORDS:
            continue
        if match.group(0).strip() == "." and _is_initial(near[-1]):
            continue
        # After a comma the names need initials or "et al.": a title holds commas
        # ("Asian Languages: Thai, Lao, Chinese, Japanese, and Korean").
        cut_level = level if match.group(0).strip() == "." else "strong"
        if cut_level == "sentence" and len(near) < _MIN_SENTENCE_TITLE_WORDS:
            cut_level = "strong"  # "Building Apps. Python and Django." names no authors
        names = names_at(text[match.end() :], cut_level)
        if names is not None:
            return text[: match.start()].strip(), names
    return None


#: How far before a cut its title's words are counted.
_NEAR = 200
_TAIL_CUT = re.compile(r"[,，]\s+|\.\s+")


def _is_initial(word: str) -> bool:
    """``G`` (before its full stop), ``(K``: an initial, whose full stop ends no sentence."""
    last = word.lstrip("([（\"'“")
    return len(last) == 1 and last.isupper()
