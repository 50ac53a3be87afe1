"""The source text of a file: its lines, and where a link target is written in them."""

from __future__ import annotations

import bisect
import re

from awesome_ptm.identity import canonical_url, link_kind
from awesome_ptm.model import Link
from awesome_ptm.parse._entry import LinkDraft
from awesome_ptm.parse._markdown import markdown

#: ``[![Build Status](badge.svg)](https://ci.example/o/r)``, ``[![OSS][OSS Icon]](repo)``:
#: an image (inline or by reference) that is a link; group 1 its alt text, group 2 its target.
_LINKED_IMAGE = re.compile(
    r"\[!\[([^\[\]\n]{0,200})\](?:\([^()\s]{0,2000}(?:\s+\"[^\"\n]{0,200}\")?\)|\[[^\[\]\n]{0,200}\])\]"
    r"\((<?[^()\s<>]{1,2000}>?)\)"
)


#: ``<a href=https://github.com/o/r><img src="…stars…"/></a>``: an HTML image that is a link.
_HTML_LINKED_IMAGE = re.compile(
    r"<a\s[^<>]{0,300}?href=[\"']?(?P<url>[^\"'\s<>]{1,2000})[\"']?[^<>]{0,300}>\s{0,20}"
    r"<img\b(?P<img>[^<>]{0,1000})>\s{0,20}</a\s{0,5}>",
    re.IGNORECASE,
)
#: The alt text of an ``<img>``.
_ALT = re.compile(r"\balt=[\"']([^\"']{0,200})[\"']", re.IGNORECASE)


class SourceText:
    """A file's text split in lines, with the offset of each line for finding links."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lines = text.split("\n")
        self.line_offsets = [0]
        for line in self.lines:
            self.line_offsets.append(self.line_offsets[-1] + len(line) + 1)
        self.md = markdown()

    def raw(self, start: int, end: int) -> str:
        while end > start and not self.lines[end - 1].strip():
            end -= 1
        return "\n".join(self.lines[start - 1 : end])

    def trimmed_end(self, start: int, end: int) -> int:
        while end > start and not self.lines[end - 1].strip():
            end -= 1
        return end

    def locate(
        self, written: list[str], start: int, end: int, cursor: int
    ) -> tuple[str, int, int, int]:
        """Find a link target in the source lines; return (as written, line, column, cursor)."""
        lo = max(self.line_offsets[start - 1], cursor)
        hi = self.line_offsets[min(end, len(self.lines))]
        for candidate in written:
            found = self._find(candidate, lo, hi)
            if found is not None:
                return found
        return written[-1] if written else "", start, 0, cursor

    def _find(self, candidate: str, lo: int, hi: int) -> tuple[str, int, int, int] | None:
        if not candidate:
            return None
        index = self.text.find(candidate, lo, hi)
        if index < 0:
            return None
        line = bisect.bisect_right(self.line_offsets, index)
        column = index - self.line_offsets[line - 1] + 1
        return candidate, line, column, index + len(candidate)

    def make_links(self, drafts: list[LinkDraft], start: int, end: int) -> list[Link]:
        links: list[Link] = []
        cursor = 0
        for draft in drafts:
            if draft.style == "inline":
                # markdown-it gives an inline link's target percent-encoded; the source may
                # hold it decoded. Decoding costs an mdurl parse, so it is done only when the
                # target as given is not in the source (the result is the same either way).
                lo = max(self.line_offsets[start - 1], cursor)
                hi = self.line_offsets[min(end, len(self.lines))]
                found = self._find(draft.href, lo, hi)
                if found is None:
                    decoded = self.md.normalizeLinkText(draft.href)
                    candidates = [draft.href, decoded] if decoded != draft.href else [draft.href]
                    found = self.locate(candidates, start, end, cursor)
                url, line, column, cursor = found
            else:
                url, line, column, cursor = self.locate([draft.href], start, end, cursor)
            links.append(
                Link(
                    url=url,
                    canonical=canonical_url(url),
                    kind=link_kind(url, draft.label),
                    label=draft.label,
                    style=draft.style,
                    line=line,
                    column=column or None,
                    text=draft.text,
                )
            )
        return links

    def linked_images(self, start: int, end: int, known: set[str]) -> list[Link]:
        """The targets of linked images on lines ``start..end``, Markdown or HTML (badges
        that lead somewhere:
        ``[![Crates.io](badge.svg)](https://crates.io/crates/arti)``, a paper's ``[![arXiv]
        (badge)](https://arxiv.org/abs/…)`` line), as links labelled by the image's alt text;
        targets in ``known`` (the entry's other links) are left out."""
        lo = self.line_offsets[start - 1]
        hi = self.line_offsets[min(end, len(self.lines))]
        region = self.text[lo:hi]
        found: list[tuple[int, str, str | None]] = []
        if "[![" in region:
            found.extend(
                (m.start(2), m.group(2).strip("<>"), m.group(1))
                for m in _LINKED_IMAGE.finditer(self.text, lo, hi)
            )
        if "<img" in region.casefold():
            for m in _HTML_LINKED_IMAGE.finditer(self.text, lo, hi):
                alt_text = _ALT.search(m.group("img"))
                found.append(
                    (m.start("url"), m.group("url"), alt_text.group(1) if alt_text else None)
                )
        links: list[Link] = []
        for index, url, alt in sorted(found):
            if url in known or url.startswith("#") or "://" not in url:
                continue
            known.add(url)
            label = " ".join((alt or "").split()) or None
            line = bisect.bisect_right(self.line_offsets, index)
            links.append(
                Link(
                    url=url,
                    canonical=canonical_url(url),
                    kind=link_kind(url, label),
                    label=label,
                    style="inline",
                    line=line,
                    column=index - self.line_offsets[line - 1] + 1,
                    text=None,
                )
            )
        return links
