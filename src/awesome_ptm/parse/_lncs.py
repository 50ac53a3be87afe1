"""A reference written the Springer (LNCS) way, as text without links: ``Hu, L., Zanibbi,
R.: Segmenting handwritten math symbols using adaboost and multi-scale shape context
features. In: Proceedings of the 12th ICDAR, pp. 1180–1184. Washington (2013)`` (the names
surname first, a colon, the title's sentence, where it was published, the year in brackets
closing it, and perhaps the name of the index it was copied from:
``(2013)Google Scholar``)."""

from __future__ import annotations

import re

from awesome_ptm.parse._apa import venue_in_rest
from awesome_ptm.parse._draft import Draft

#: ``Viard-Gaudin``, ``Van Gool``: a surname as references write it before its initials (two
#: words at most).
SURNAME = r"[^\W\d_][^\s,:;()]{0,30}(?:[ \t][^\W\d_][^\s,:;()]{0,30})?"
#: ``J. M.``, ``C.``: the initials after a surname.
INITIALS = r"(?:[A-Z]\.[ \t-]?){1,4}"
#: ``Lehmberg, S.``, ``Benedí, J. M.``, ``Viard-Gaudin, C.``, ``Zanibbi R.``: a surname
#: (two words at most), then its initials.
_NAME = rf"{SURNAME},?[ \t]{INITIALS}"
#: The names, a colon, the title's sentence, the rest and the year in brackets.
_LNCS_REFERENCE = re.compile(
    rf"(?P<names>{_NAME}(?:,[ \t]{_NAME}){{0,20}}(?:,?[ \t]et[ \t]al\.)?)[ \t]?:[ \t]"
    r"(?P<title>[^.?!]{3,400}?[.?!])[ \t](?P<rest>\S.{0,400}?)[ \t]?"
    r"\((?P<y>(?:19|20)\d\d)\)\.?(?P<tail>[ \t]?[A-Z][A-Za-z]{1,15}(?:[ \t][A-Z][A-Za-z]{1,15})?)?"
)
#: One name of such a list, as written.
_ONE_NAME = re.compile(_NAME)
#: ``In: `` opening the proceedings a paper was published in.
_IN = re.compile(r"In:[ \t]+")
#: The fewest words of such a title.
_TITLE_WORDS = 3


def lncs_reference(text: str) -> Draft | None:
    """The entry a Springer-style reference written as text is (its title, authors, year
    and the venue the rest names), or None for any other text."""
    found = _LNCS_REFERENCE.fullmatch(" ".join(text.split()))
    if found is None:
        return None
    rest = found.group("rest").strip(" .,")
    return surname_reference(found, _ONE_NAME, rest, _IN.sub("", rest, count=1))


def surname_reference(
    found: re.Match[str], one_name: re.Pattern[str], rest: str, venue_rest: str
) -> Draft | None:
    """The draft of a reference whose names a reader matched surname first (its ``names``,
    ``y`` and ``title`` groups; ``one_name`` finds each name): the title's sentence (None
    when it has too few words), the names, the venue ``venue_rest`` names with the year, and
    what follows the title (``rest``) as a note."""
    title = found.group("title").rstrip(".").strip()
    if len(title.split()) < _TITLE_WORDS:
        return None
    # (``Reimers, N. and Gurevych, I.``: the "and" before the last name is no part of it)
    names = [
        name.strip(" ,").removeprefix("and ") for name in one_name.findall(found.group("names"))
    ]
    draft = Draft(title=title, authors=names, shape="text-title")
    draft.venue = venue_in_rest(venue_rest, int(found.group("y")))
    if rest:
        draft.notes.append(rest)
    return draft
