"""A reference written the ACM way (its author-year format), as text or as a link's text:
``Jiang, J. et al. 2019. Semantic Text Matching for Long-Form Documents. The World Wide Web
Conference on - WWW ’19 (New York, New York, USA, 2019), 795–806.``, ``Reimers, N. and
Gurevych, I. 2019. Sentence-BERT: …. The 2019 Conference on Empirical Methods in Natural
Language Processing (EMNLP 2019) (2019).`` (the names surname first with their initials, the
year as a sentence of its own, the title's sentence, then where it was published)."""

from __future__ import annotations

import re

from awesome_ptm.parse._draft import Draft
from awesome_ptm.parse._lncs import INITIALS, SURNAME, surname_reference
from awesome_ptm.parse._names_first import reference_venue

#: ``Jiang, J.``, ``Gurevych, I.``, ``Viard-Gaudin, C. A.``: a surname (two words at most),
#: a comma, its initials (the Springer way's names, the comma required).
_NAME = rf"{SURNAME},[ \t]{INITIALS}"
#: The names, the year as a sentence, the title's sentence and the rest.
_ACM_REFERENCE = re.compile(
    rf"(?P<names>{_NAME}(?:,?[ \t](?:and[ \t])?{_NAME}){{0,20}}(?:[ \t]?et[ \t]al\.?)?)"
    r"[ \t](?P<y>(?:19|20)\d\d)[a-z]?\.[ \t](?P<title>[^.?!]{3,400}?[.?!])"
    r"(?:[ \t](?P<rest>.{0,400}))?"
)
#: One name of such a list, as written.
_ONE_NAME = re.compile(_NAME)
#: The fewest words of such a title.
_TITLE_WORDS = 3


def acm_reference(text: str) -> Draft | None:
    """The entry an ACM-style reference is (its title, authors, year and the venue the rest
    names), or None for any other text."""
    found = _ACM_REFERENCE.fullmatch(" ".join(text.split()))
    if found is None:
        return None
    rest = (found.group("rest") or "").strip(" .,")
    return surname_reference(found, _ONE_NAME, rest, rest)


#: ``Wang et al. Title. 2012.``, ``M.Valera et al. Title. 2005.``: the first author's name and
#: "et al.", the title's sentence, the rest (the year, perhaps a venue).
_ET_AL_REFERENCE = re.compile(
    r"(?P<name>[A-Z][^\s,]{0,30}(?:[ \t][A-Z][^\s,]{0,30}){0,2})[ \t]et[ \t]al\.[ \t]"
    r"(?P<title>[^.?!]{3,400}?[.?!])(?:[ \t](?P<rest>.{0,300}))?"
)


def et_al_reference(text: str) -> Draft | None:
    """``Zhang et al. Deep Learning in Mobile and Wireless Networking: A Survey. IEEE TRANS
    2019.`` (a link's text, the whole reference): the title, the first author and the venue
    and year the rest states; None for any other text, or when the rest states no year."""
    found = _ET_AL_REFERENCE.fullmatch(" ".join(text.split()))
    if found is None:
        return None
    title = found.group("title").rstrip(".").strip()
    rest = (found.group("rest") or "").strip(" .,")
    stated = reference_venue(rest) if rest else None
    if len(title.split()) < _TITLE_WORDS or stated is None or stated.year is None:
        return None
    draft = Draft(title=title, authors=[found.group("name").strip()], shape="text-title")
    draft.venue = stated
    return draft
