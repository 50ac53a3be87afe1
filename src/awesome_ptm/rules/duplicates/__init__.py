"""Rules of the duplicates family (PTM1xx): the same resource listed more than once.

- PTM101 duplicate-url: one canonical link at two places.
- PTM102 duplicate-title: one normalised title on entries with different links (or none).
- PTM103 near-duplicate-title: titles that differ only by a spelling variant or a typo.
- PTM104 same-resource-fragment: links into one resource through different fragments.

All four look at the whole corpus (``check_corpus``), so a duplicate within a file and one
across files are found alike. The first occurrence in corpus order (files in the order given,
then document order) is the original; every later one is reported, with the original as the
related location. The indexes are built once per run through ``Context.memo`` and other
rules may reuse them: :func:`link_index` (links by canonical link) and :func:`title_index`
(entries by normalised title).
"""

from __future__ import annotations

from awesome_ptm.rules._base import Rule
from awesome_ptm.rules.duplicates._duplicate_title import DuplicateTitle
from awesome_ptm.rules.duplicates._duplicate_url import DuplicateUrl
from awesome_ptm.rules.duplicates._index import (
    LINK_INDEX,
    MIN_TITLE_CJK,
    MIN_TITLE_LENGTH,
    MIN_TITLE_WORDS,
    TITLE_INDEX,
    EntrySite,
    LinkIndex,
    LinkSite,
    TitleIndex,
    is_front_page,
    is_identity_link,
    is_name_title,
    link_index,
    link_key,
    title_index,
    title_key,
)
from awesome_ptm.rules.duplicates._near_duplicate_title import NearDuplicateTitle
from awesome_ptm.rules.duplicates._same_resource_fragment import SameResourceFragment
from awesome_ptm.rules.duplicates._similarity import fuzzy_form, similar_titles

RULES: tuple[type[Rule], ...] = (
    DuplicateUrl,
    DuplicateTitle,
    NearDuplicateTitle,
    SameResourceFragment,
)

# The family's public face: its rules, and the shared indexes other rules may reuse.
__all__ = [
    "LINK_INDEX",
    "MIN_TITLE_CJK",
    "MIN_TITLE_LENGTH",
    "MIN_TITLE_WORDS",
    "RULES",
    "TITLE_INDEX",
    "DuplicateTitle",
    "DuplicateUrl",
    "EntrySite",
    "LinkIndex",
    "LinkSite",
    "NearDuplicateTitle",
    "SameResourceFragment",
    "TitleIndex",
    "fuzzy_form",
    "is_front_page",
    "is_identity_link",
    "is_name_title",
    "link_index",
    "link_key",
    "similar_titles",
    "title_index",
    "title_key",
]
