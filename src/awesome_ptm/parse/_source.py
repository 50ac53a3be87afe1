"""The source text of a file: its lines, and where a link target is written in them."""

from __future__ import annotations

import bisect

from awesome_ptm.identity import canonical_url, link_kind
from awesome_ptm.model import Link
from awesome_ptm.parse._entry import LinkDraft
from awesome_ptm.parse._markdown import markdown


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
