"""What an output may carry: entries without the parameters that must never be published.

A link copied from a logged-in WeChat reader carries that reader's session (``key``,
``uin``, ``pass_ticket``, ``exportkey``); campaign tags (``utm_*``) record who shared it.
Which parameters these are is data (``publish: false`` in ``data/tracking.yaml``). Every
output (the JSON, JSON Lines, CSV, YAML and BibTeX exports and the built README) is made from
:func:`public_entry`, which removes them from each link's URL and from every text of the
entry that repeats it (``raw``, notes, table cells, link texts). The export marks such a link
with ``cleaned``: the names removed. ``check`` reads the lists themselves, so tracking-params
(PTM304) still reports the parameters where they are written.
"""

from __future__ import annotations

import dataclasses
import functools
import html
import re
from typing import Any

from awesome_ptm.identity import strip_unpublishable, unpublishable_params
from awesome_ptm.identity._data import tracking
from awesome_ptm.model import Entry

#: A web address inside free text: it ends at a blank, a quote, an angle bracket, or the
#: ``)``/``]``/``|`` that closes Markdown around it.
_URL_IN_TEXT = re.compile(r"https?://[^\s<>\"'`()\[\]|]+", re.IGNORECASE)


@functools.cache
def _suspect() -> re.Pattern[str] | None:
    """A query parameter that may be unpublishable: one of the names or prefixes, or a name
    with a percent-escape (names are compared decoded). An entry whose text has none needs
    no closer look: the common case, kept to one regex search."""
    names: list[str] = []
    for rule in tracking().params:
        if not rule.publish:
            names.extend(re.escape(name) for name in sorted(rule.names))
            names.extend(re.escape(prefix) + r"[^=&#\s]{0,64}" for prefix in rule.prefixes)
    if not names:
        return None
    # Bounded repeats: a search stays linear on any text (no name is hundreds long).
    alternatives = "|".join([*names, r"[^=&#\s%]{0,64}%[0-9A-Fa-f]{2}[^=&#\s]{0,64}"])
    return re.compile(rf"[?&;](?:{alternatives})=", re.IGNORECASE)


def _may_need_cleaning(entry: Entry) -> bool:
    suspect = _suspect()
    if suspect is None:
        return False
    # A reference-style link's URL is not in the entry's raw text: search the URLs too.
    if suspect.search(entry.raw):
        return True
    return any(suspect.search(link.url) for link in entry.links)


def _clean_url_in_text(match: re.Match[str]) -> str:
    written = match.group(0)
    escaped = "&amp;" in written  # a URL in HTML: its "&" are written "&amp;"
    url = html.unescape(written) if escaped else written
    clean = strip_unpublishable(url)
    if clean == url:
        return written
    return html.escape(clean, quote=False) if escaped else clean


def public_entry(entry: Entry) -> tuple[Entry, list[list[str]]]:
    """``entry`` as outputs may show it, and for each of its links the names of the
    parameters removed from it (empty lists when none). ``entry`` itself (not a copy) when
    nothing is removed."""
    if not _may_need_cleaning(entry):
        return entry, [[] for _ in entry.links]
    removed = [unpublishable_params(link.url) for link in entry.links]
    replacements: dict[str, str] = {}
    for link, names in zip(entry.links, removed, strict=True):
        if names:
            clean = strip_unpublishable(link.url)
            replacements[link.url] = clean
            replacements[html.escape(link.url, quote=False)] = html.escape(clean, quote=False)
    # Longest first, so that a URL that extends another is replaced whole.
    order = sorted(replacements, key=len, reverse=True)

    def clean_text(text: str) -> str:
        for old in order:
            if old in text:
                text = text.replace(old, replacements[old])
        return _URL_IN_TEXT.sub(_clean_url_in_text, text)

    def clean_optional(text: str | None) -> str | None:
        return None if text is None else clean_text(text)

    links = [
        dataclasses.replace(
            link,
            url=replacements.get(link.url, link.url),
            text=clean_optional(link.text),
            label=clean_optional(link.label),
        )
        for link in entry.links
    ]
    cleaned = dataclasses.replace(
        entry,
        title=clean_text(entry.title),
        links=links,
        raw=clean_text(entry.raw),
        notes=[clean_text(note) for note in entry.notes],
        fields={role: clean_text(value) for role, value in entry.fields.items()},
        aliases=[clean_text(alias) for alias in entry.aliases],
        venue_raw=clean_optional(entry.venue_raw),
    )
    return cleaned, removed


def public_dict(entry: Entry) -> dict[str, Any]:
    """The export dict of ``entry`` (``Entry.to_dict``) as outputs may show it; each link
    that lost parameters says which in ``cleaned``."""
    if not _may_need_cleaning(entry):
        return entry.to_dict()
    public, removed = public_entry(entry)
    data = public.to_dict()
    for link, names in zip(data["links"], removed, strict=True):
        if names:
            link["cleaned"] = names
    return data
