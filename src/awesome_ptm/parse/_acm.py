"""A reference written the ACM way (its author-year format), as text or as a link's text:
``Jiang, J. et al. 2019. Semantic Text Matching for Long-Form Documents. The World Wide Web
Conference on - WWW ’19 (New York, New York, USA, 2019), 795–806.``, ``Reimers, N. and
Gurevych, I. 2019. Sentence-BERT: …. The 2019 Conference on Empirical Methods in Natural
Language Processing (EMNLP 2019) (2019).`` (the names surname first with their initials, the
year as a sentence of its own, the title's sentence, then where it was published)."""

from __future__ import annotations

import re

from awesome_ptm.parse._apa import venue_in_rest
from awesome_ptm.parse._draft import Draft

#: ``Jiang, J.``, ``Gurevych, I.``, ``Viard-Gaudin, C. A.``: a surname (two words at most),
#: a comma, its initials.
_NAME = r"[^\W\d_][^\s,.:;()]{0,30}(?:[ \t][^\W\d_][^\s,.:;()]{0,30})?,[ \t](?:[A-Z]\.[ \t-]?){1,4}"
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
    title = found.group("title").rstrip(".").strip()
    if len(title.split()) < _TITLE_WORDS:
        return None
    names = [name.strip(" ,") for name in _ONE_NAME.findall(found.group("names"))]
    names = [name[4:] if name.startswith("and ") else name for name in names]
    year = int(found.group("y"))
    rest = (found.group("rest") or "").strip(" .,")
    draft = Draft(title=title, authors=names, shape="text-title")
    draft.venue = venue_in_rest(rest, year)
    if rest:
        draft.notes.append(rest)
    return draft
