"""Tables of contents written with the list's own address: ``* [Tutorial](https://github.com/
LantaoYu/MARL-Papers#tutorial-and-books)``.

A link to ``#tutorial-and-books`` is plainly a link into the file; the same anchor behind the
repository's address is one too, when the fragment names a heading of this file and several
items lead into the same page that way. Such items are a table of contents, not entries.
"""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import unquote, urlsplit

from awesome_ptm.model import Entry, Heading

#: How many items must lead into the same page by its headings' anchors.
_MIN_ITEMS = 3


#: ``[1 Foundation](#️-1-foundation)``, ``<a href="#data">``: a link to a heading of the file.
_LOCAL_LINK = re.compile(r"""\]\(#([^)\s]+)\)|href=["']#([^"'\s]+)["']""")


def linked_anchors(text: str) -> frozenset[str]:
    """The keys of the file's headings its own links lead to (its contents)."""
    return frozenset(_key(unquote(a or b)) for a, b in _LOCAL_LINK.findall(text)) - {""}


def anchor_key(text: str) -> str:
    """A heading's key, as :func:`linked_anchors` gives its anchor's."""
    return _key(text)


def _key(text: str) -> str:
    """A heading or an anchor, letters and digits only (``Tutorial and Books`` and
    ``tutorial-and-books`` are one key)."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _page_and_anchor(url: str) -> tuple[str, str] | None:
    """The page (scheme-less host and path, no trailing ``/``) and the fragment's key of an
    absolute link with a fragment, or None."""
    try:
        parts = urlsplit(url)
    except ValueError:  # ``http://[``: no address at all
        return None
    if not parts.fragment or not parts.netloc:
        return None
    return f"{parts.netloc.casefold()}{parts.path.rstrip('/')}", _key(unquote(parts.fragment))


def own_anchor_entries(entries: list[Entry], headings: list[Heading]) -> list[Entry]:
    """The entries that are items of a table of contents written with the page's address:
    every link leads to a heading of this file by its anchor, on a page that at least
    :data:`_MIN_ITEMS` such items lead into. That page is this file: an item whose every
    link leads into it by any anchor (a heading since renamed, or past the part kept) is
    one too."""
    titles = {_key(heading.title) for heading in headings}
    titles.discard("")
    anchored: list[tuple[Entry, str, bool]] = []
    for entry in entries:
        if not entry.links or any("#" not in link.url for link in entry.links):
            continue  # (most links have no fragment: no address to split)
        targets = [_page_and_anchor(link.url) for link in entry.links]
        if any(t is None for t in targets):
            continue
        pages = {t[0] for t in targets if t is not None}
        if len(pages) == 1:
            named = all(t is not None and t[1] in titles for t in targets)
            anchored.append((entry, pages.pop(), named))
    counts = Counter(page for _, page, named in anchored if named)
    return [entry for entry, page, _ in anchored if counts[page] >= _MIN_ITEMS]
