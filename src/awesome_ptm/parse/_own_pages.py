"""Links to the list's own pages that are entries, not the way to its other pages: an
archive's numbered issues (``docs/issue-407.md``) and a collection of articles or pages in
one folder (``./problems/…``, ``categories/01-core/…``)."""

from __future__ import annotations

import re

from awesome_ptm.parse._dates import parse_date
from awesome_ptm.parse._inline import Segment
from awesome_ptm.venues import canonical_venue

#: A run of digits, for the pattern a numbered series of pages follows.
_DIGITS = re.compile(r"\d+")
#: ``2024``, ``202407``, ``20240701``: a number that is a date.
_DATE_NUMBER = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])?(?:[0-3]\d)?")


def numbered_series(hrefs: list[str]) -> bool:
    """Whether the links (two or more) go to pages of one numbered series, their paths
    alike but for a number each (``docs/issue-407.md``, ``docs/issue-406.md``): an
    archive's issues, each an entry, not the way to the list's other pages."""
    if len(hrefs) < 2 or not all(_DIGITS.search(h) for h in hrefs):
        return False
    if len({_DIGITS.sub("#", h) for h in hrefs}) != 1 or len(set(hrefs)) != len(hrefs):
        return False
    # (``archive/202407.md``, ``2024/ICLR.md``: pages named by their date are the way to an
    # archive's periods, navigation)
    return not any(_DATE_NUMBER.fullmatch(n) for h in hrefs for n in _DIGITS.findall(h))


#: The fewest links of a collection of articles kept in the list's own folder.
_ARTICLES_MIN = 5
#: The fewest characters the text of such a link has on average: titles, not page names.
_ARTICLE_TITLE_CHARS = 20
#: The fewest links into one folder that make a collection whatever their texts: more pages
#: than a list splits itself into.
_COLLECTION_MIN = 8
#: Characters past this code point are CJK and wider (a title says more in fewer of them).
_WIDE = 0x2E80


def articles(links: list[Segment]) -> bool:
    """Whether the links (five or more) go to pages in one folder of the list's own
    (``./problems/…``), each named by a title of its own (``关于时间复杂度，你不知道的都在这里！``,
    ``数组：704.二分查找``) or many of them (eight or more), few named by a venue or a date: a
    collection of articles, each an entry, not the way to the list's other pages
    (``[Datasets](datasets.md)``, ``[ICLR](./2024/ICLR.md)``)."""
    if len(links) < _ARTICLES_MIN:
        return False
    folders = {str(s.href).split("#", 1)[0].rsplit("/", 1)[0] for s in links if "/" in str(s.href)}
    if len(folders) != 1 or folders & {"", "."} or len({str(s.href) for s in links}) != len(links):
        return False  # (pages at the list's root are its other pages)
    if sum(_names_a_period(s.text) for s in links) * 2 > len(links):
        return False  # (``[ICLR](./2024/ICLR.md)``, ``[2024/07](./archive/202407.md)``: an index)
    if len(links) >= _COLLECTION_MIN:
        return True  # (``- [**api-designer**](categories/01-core/api-designer.md)``, …)
    # (a CJK character says about what two Latin letters say)
    width = sum(len(s.text.strip()) + sum(ord(ch) > _WIDE for ch in s.text) for s in links)
    return width >= _ARTICLE_TITLE_CHARS * len(links)


def _names_a_period(text: str) -> bool:
    """Whether a link's text is a venue or a date (``ICLR``, ``others``, ``2024/07/01``): the
    name of a page that gathers a venue's or a period's works."""
    shown = text.strip(" []*_")
    return canonical_venue(shown) is not None or parse_date(shown) is not None
