"""PTM104 same-resource-fragment: links into one resource through different fragments."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from awesome_ptm.findings import Finding, Related
from awesome_ptm.rules._base import Context, Rule
from awesome_ptm.rules.duplicates._index import LinkIndex, LinkSite, link_index
from awesome_ptm.rules.duplicates._places import link_span, location


def _without_fragment(key: str) -> str | None:
    """The resource a web link points into, or None for links this rule ignores (not http,
    or a ``#/route`` / ``#!route`` fragment, which names a page of its own)."""
    if not key.startswith(("https://", "http://")):
        return None
    base, hash_sign, fragment = key.partition("#")
    if hash_sign and fragment.startswith(("/", "!")):
        return key
    return base


class SameResourceFragment(Rule):
    """Two links into the same page through different fragments.

    ## What it does
    Reports a link whose canonical form equals an earlier link's except for the fragment
    (``https://github.com/x/y`` and ``https://github.com/x/y#usage``), within a file or across
    files. Each new fragment is reported once, against the first link into the resource;
    exact repeats are ``duplicate-url``'s. Fragments that are routes (``#/page``,
    ``#!page``) name pages of their own and are left alone, and so are entries that each
    link another section of one page (``clustering.html#k-means`` under
    ``clustering.html#clustering``: a contents into a manual, one topic per entry). What is
    reported is a page and a section of it.

    ## Why is this bad
    It is not a duplicate (awesome-lint treats the links as different), but often the same
    resource listed twice, once pointing at a section. Worth a look; hence only info.

    ## Example
    ```markdown
    - https://github.com/tomohideshibata/BERT-related-papers
    - BERT论文合集 https://github.com/tomohideshibata/BERT-related-papers#domain-specific
    ```

    ## Fix
    Keep one entry (pointing at the section if that is the point), or allow the pair.
    """

    code = "PTM104"
    name = "same-resource-fragment"
    severity = "info"

    def check_corpus(self, context: Context) -> Iterable[Finding]:
        return self._findings(link_index(context))

    def _findings(self, index: LinkIndex) -> Iterator[Finding]:
        first_into: dict[str, LinkSite] = {}
        seen: dict[str, set[str]] = {}
        for site in index.links:
            base = _without_fragment(site.key)
            if base is None:
                continue
            first = first_into.setdefault(base, site)
            keys = seen.setdefault(base, set())
            if site.key in keys:
                continue
            keys.add(site.key)
            if first is site or first.site is site.site:
                continue  # one entry linking a repository and its section: deliberate
            if "#" in first.key and "#" in site.key:
                continue  # two sections of one page (a contents into a manual): two topics
            column, end_column = link_span(site.link)
            yield self.finding(
                site.site.document,
                site.link.line,
                f"`{site.link.url}` points into the same resource as `{first.link.url}` "
                f"at {location(first.site, first.link.line)} (different fragment)",
                column=column,
                end_column=end_column,
                related=[Related(first.site.document.path, first.link.line, "linked here")],
            )
