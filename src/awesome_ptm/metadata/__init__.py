"""Scholarly metadata: what providers say about the papers a list links.

``awesome-ptm enrich`` asks the providers (Semantic Scholar's Graph API, OpenReview) about
every paper identity of the lists (arXiv, ACL Anthology, DOI, OpenReview, Semantic Scholar)
and stores the answers in a committed file, ``.awesome-ptm/metadata.json``
(:mod:`awesome_ptm.metadata.store`). The rules of :mod:`awesome_ptm.rules.metadata` read that
file only, so ``check`` stays offline and deterministic. ``awesome-ptm add ID`` writes a new
entry from the same records (:mod:`awesome_ptm.metadata.add`).

Importing this package loads no HTTP client: the providers are imported when a fetch starts.
"""

from __future__ import annotations

from awesome_ptm.metadata.ids import entry_keys, link_key, parse_id
from awesome_ptm.metadata.published import Published, published_venue
from awesome_ptm.metadata.store import DEFAULT_PATH, MetadataStore, Record, load_store

__all__ = [
    "DEFAULT_PATH",
    "MetadataStore",
    "Published",
    "Record",
    "entry_keys",
    "link_key",
    "load_store",
    "parse_id",
    "published_venue",
]
