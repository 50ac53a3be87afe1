"""Where a venue is written in an entry's source, and where a fix writes one: the entry's
region, the venue marker's span, and the edit that inserts a venue in the entry's style."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable

from awesome_ptm.findings import Edit
from awesome_ptm.model import Document, Entry
from awesome_ptm.parse.cells import entry_cell_span
from awesome_ptm.rules._base import Context

#: What may wrap a venue as written: emphasis (possibly broken), brackets, punctuation.
_OPEN = " \t\u3000*_([{【「（"
_CLOSE = " \t\u3000*_)]}】」）.,;:。，；："

_CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")
#: A web URL in an entry's text: blanked out before looking for what the entry writes.
WEB_URL = re.compile(r"https?://[^\s)\]>]+")


# --- where things are written ----------------------------------------------------------------


def entry_region(document: Document, entry: Entry) -> tuple[int, int]:
    """Offsets of the entry's lines in the document's text, without the last line break."""
    # document.offset() and line_text() on one fetch of the offsets: this runs per entry.
    offsets = document.line_offsets()
    start = offsets[entry.source.line - 1]
    last = min(entry.source.end_line, len(offsets) - 1)
    begin = offsets[last - 1]
    return start, begin + len(document.text[begin : offsets[last] - 1])


def _url_spans(document: Document, entry: Entry) -> list[tuple[int, int]]:
    offsets = document.line_offsets()
    spans = []
    for link in entry.links:
        if link.column is not None:
            start = offsets[link.line - 1] + link.column - 1  # document.offset()
            spans.append((start, start + len(link.url)))
    return spans


def _boundary_ok(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if before.isascii() and before.isalnum() and text[start].isalnum():
        return False
    return not (after.isascii() and after.isalnum() and text[end - 1].isalnum())


def find_in_entry(
    document: Document,
    entry: Entry,
    needle: str,
    accept: Callable[[str, int, int], bool] | None = None,
) -> tuple[int, int] | None:
    """The last place ``needle`` stands in the entry's lines, outside its URLs (and where
    ``accept`` agrees, if given)."""
    if not needle:
        return None
    start, end = entry_region(document, entry)
    text = document.text
    spans = _url_spans(document, entry)
    # A few links (nearly every entry): test each; many: bisect (see _Spans).
    inside_url = _Spans(spans).meets if len(spans) > _FEW_SPANS else _few_spans_meet(spans)
    # From the end backwards: the first acceptable occurrence is the last one, and each
    # test against the URL spans is a bisection (an entry may hold thousands of links).
    at = text.rfind(needle, start, end)
    while at != -1:
        stop = at + len(needle)
        if (
            not inside_url(at, stop)
            and _boundary_ok(text, at, stop)
            and (accept is None or accept(text, at, stop))
        ):
            return at, stop
        at = text.rfind(needle, start, stop - 1) if stop - 1 > start else -1
    return None


_FEW_SPANS = 8


def _few_spans_meet(spans: list[tuple[int, int]]) -> Callable[[int, int], bool]:
    """:meth:`_Spans.meets` for a few spans, without sorting them."""

    def meets(at: int, stop: int) -> bool:
        return any(s < stop and at < e for s, e in spans)

    return meets


class _Spans:
    """Character spans, asked whether any of them meets ``[at, stop)``."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self.starts = [s for s, _ in spans]
        # The furthest end among the spans up to each one (spans may overlap).
        self.reach = list(itertools.accumulate((e for _, e in spans), max))

    def meets(self, at: int, stop: int) -> bool:
        """Whether some span ``(s, e)`` has ``s < stop and at < e``."""
        count = bisect.bisect_left(self.starts, stop)
        return count > 0 and self.reach[count - 1] > at


def _strip_markup(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start] in _OPEN:
        start += 1
    while end > start and text[end - 1] in _CLOSE:
        end -= 1
    return (start, end) if start < end else None


def venue_span(document: Document, entry: Entry) -> tuple[int, int] | None:
    """Offsets of the venue as written, without wrapping markup (``**``, brackets)."""
    if entry.shape == "table-row":
        if "venue" not in entry.fields or "venue" in entry.null_fields:
            return None
        span = entry_cell_span(document, entry, "venue")
    else:
        span = find_in_entry(document, entry, (entry.venue_raw or "").strip(), _is_marker)
    return None if span is None else _strip_markup(document.text, *span)


#: What may stand before and after a venue marker: brackets, separators, a cell's pipe, the
#: end of a link, the line's edges. Running words around it make it prose ("trained on
#: CoNLL-2003 data" names a data set), which no fix may rewrite as a venue.
_MARKER_BEFORE = frozenset("([{【「（,，;；:：|)）]>-–—")
_MARKER_AFTER = frozenset(")]}】」）,，;；.。|:：-–—<")
_MARKUP = " \t\u3000*_"


def _is_marker(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands on its own as a venue marker, not inside prose."""
    before = start
    while before > 0 and text[before - 1] in _MARKUP:
        before -= 1
    after = end
    while after < len(text) and text[after] in _MARKUP:
        after += 1
    opens = before == 0 or text[before - 1] in "\n" or text[before - 1] in _MARKER_BEFORE
    closes = after >= len(text) or text[after] in "\r\n" or text[after] in _MARKER_AFTER
    if text[start] in _OPEN or text[end - 1] in _CLOSE:
        # The needle carries its own brackets or emphasis ("(CoNLL-2003)", "**ACL**").
        return True
    # Markup right around it ("**ACL2020**") makes it a marker even in a sentence.
    wrapped = text[before:start].strip(" \t") != "" and text[end:after].strip(" \t") != ""
    return wrapped or (opens and closes)


def _separator(document: Document) -> str:
    """How this list puts a venue after a title: "，" (full width) or ", "."""
    full = document.text.count("，**")
    half = document.text.count(", **")
    if full != half:
        return "，" if full > half else ", "
    return "，" if _CJK.search(document.text) else ", "


def insert_venue(document: Document, entry: Entry, text: str, context: Context) -> Edit | None:
    """An edit that writes the venue ``text`` where ``entry``'s shape puts a venue (its table
    cell, after its title link, after its title in the file's separator), or None."""
    if entry.shape == "table-row":
        return _fill_cell(document, entry, text)
    if entry.shape == "link-title":
        return _after_link(document, entry, f" ({text})")
    if entry.shape == "text-title":
        at = _after_title(document, entry)
        if at is not None:
            separator: str = context.memo(
                f"venues.separator:{document.path}", lambda: _separator(document)
            )
            return Edit(at, at, f"{separator}**{text}**")
    return None


def _fill_cell(document: Document, entry: Entry, text: str) -> Edit | None:
    span = entry_cell_span(document, entry, "venue")
    if span is None:
        return None
    start, end = span
    if start < end:
        return Edit(start, end, text)
    # An empty cell: write between the pipes, padded by one space.
    line_start = document.offset(document.position(start)[0])
    left = document.text.rfind("|", line_start, start)
    if left == -1:
        return None
    return Edit(left + 1, start, f" {text} ")


def _after_link(document: Document, entry: Entry, text: str) -> Edit | None:
    link = next((lk for lk in entry.links if lk.style == "inline" and lk.column), None)
    if link is None or link.column is None:
        return None
    at = document.offset(link.line, link.column) + len(link.url)
    if document.text.startswith(">", at):
        at += 1
    if not document.text.startswith(")", at):
        return None
    return Edit(at + 1, at + 1, text)


def _after_title(document: Document, entry: Entry) -> int | None:
    title = entry.title.strip()
    if title:
        start, end = entry_region(document, entry)
        at = document.text.find(title, start, end)
        if at != -1:
            stop = at + len(title)
            if document.text.startswith("》", stop):
                stop += 1
            return stop
    # The title as parsed is not in the source verbatim: put the venue before the bracket
    # that opens the first link, as in ``Title，**EMNLP 2020**（url）``.
    link = entry.primary_link
    if link is None or link.style != "paren" or link.column is None:
        return None
    at = document.offset(link.line, link.column)
    line_start = document.offset(link.line)
    if at > line_start and document.text[at - 1] in "(（":
        at -= 1
        while at > line_start and document.text[at - 1] in " \t\u3000":
            at -= 1
        return at if at > line_start else None
    return None
