"""Where a link's URL is written in the document and the edit that rewrites it, and
:class:`LinkRule`, the base of the rules that judge each link of each entry."""

from __future__ import annotations

from collections.abc import Iterator

from awesome_ptm.findings import Edit, Finding, Fix
from awesome_ptm.model import Document, Entry, Link
from awesome_ptm.rules._base import Rule, iter_link_spans


def link_start(document: Document, link: Link) -> int | None:
    """Offset of ``link.url`` in ``document.text``, when the parser located it."""
    return next(iter_link_spans(document, link.line, link.column, link.url), None)


def url_edit(start: int, old: str, new: str) -> Edit:
    """An edit turning ``old`` (written at ``start``) into ``new``, touching only the part that
    differs, so that fixes of different rules on one URL rarely overlap."""
    prefix = 0
    limit = min(len(old), len(new))
    while prefix < limit and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and old[len(old) - 1 - suffix] == new[len(new) - 1 - suffix]:
        suffix += 1
    return Edit(start + prefix, start + len(old) - suffix, new[prefix : len(new) - suffix])


class LinkRule(Rule):
    """Helpers for rules that look at each link of each entry."""

    def links(self, document: Document) -> Iterator[tuple[Entry, Link]]:
        for entry in document.entries:
            for link in entry.links:
                yield entry, link

    def link_finding(
        self,
        document: Document,
        entry: Entry,
        link: Link,
        message: str,
        fix: Fix | None = None,
    ) -> Finding:
        start = link_start(document, link)
        if start is None or not link.url:
            return self.finding(document, link.line or entry.source.line, message)
        return self.span_finding(document, start, start + len(link.url), message, fix=fix)
