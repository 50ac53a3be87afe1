"""Where the text changed: hunks that map the original text onto the fixed text.

Every pass of the fix loop edits the *current* text. The change map composes those edits
into hunks ``old[old_start:old_end] -> new[new_start:new_end]``: outside the hunks the two
texts are equal character for character, shifted by the growth of the hunks before. The
safety check uses the hunks to tell edited lines from untouched ones and to map untouched
lines from the original to the fixed text.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Hunk:
    """``original[old_start:old_end]`` became ``fixed[new_start:new_end]``."""

    old_start: int
    old_end: int
    new_start: int
    new_end: int

    def shifted(self, by: int) -> Hunk:
        return Hunk(self.old_start, self.old_end, self.new_start + by, self.new_end + by)


@dataclass(frozen=True, slots=True)
class Change:
    """One edit of one pass: replace ``current[start:end]`` with ``size`` characters."""

    start: int
    end: int
    size: int


@dataclass(slots=True)
class ChangeMap:
    """The hunks between the original text and the current one, sorted and disjoint
    (hunks that touch are merged)."""

    hunks: list[Hunk] = field(default_factory=list)

    def old_span(self, start: int, end: int) -> tuple[int, int]:
        """The original range that the current range ``[start, end)`` comes from; a range
        that reaches into a hunk grows to the whole hunk."""
        return self._old(start, first=True), self._old(end, first=False)

    def _old(self, position: int, *, first: bool) -> int:
        delta = 0
        for hunk in self.hunks:
            if hunk.new_end < position:
                delta = hunk.new_end - hunk.old_end
                continue
            if hunk.new_start > position:
                break
            empty = hunk.new_start == hunk.new_end
            if first:
                return hunk.old_end if position == hunk.new_end and not empty else hunk.old_start
            return hunk.old_start if position == hunk.new_start and not empty else hunk.old_end
        return position - delta

    def apply(self, changes: list[Change]) -> None:
        """Record one pass: ``changes`` are in the current text, sorted and disjoint."""
        items: list[tuple[int, int, Hunk | Change]] = [
            (h.new_start, h.new_end, h) for h in self.hunks
        ] + [(c.start, c.end, c) for c in changes]
        items.sort(key=lambda item: (item[0], item[1], isinstance(item[2], Change)))
        result: list[Hunk] = []
        shift = 0  # growth of the edits of this pass so far
        delta = 0  # new - old after the last hunk before the current group
        index = 0
        while index < len(items):
            group = [items[index]]
            end = items[index][1]
            index += 1
            while index < len(items) and items[index][0] <= end:
                group.append(items[index])
                end = max(end, items[index][1])
                index += 1
            hunks = [item[2] for item in group if isinstance(item[2], Hunk)]
            edits = [item[2] for item in group if isinstance(item[2], Change)]
            if not edits:
                result.extend(hunk.shifted(shift) for hunk in hunks)
            else:
                low, high = group[0][0], end
                first = group[0][2]
                old_low = first.old_start if isinstance(first, Hunk) else low - delta
                last_delta = delta
                old_high = high - delta
                if hunks:
                    last = max(hunks, key=lambda h: (h.new_end, h.new_start))
                    last_delta = last.new_end - last.old_end
                    old_high = max(max(h.old_end for h in hunks), high - last_delta)
                growth = sum(c.size - (c.end - c.start) for c in edits)
                result.append(Hunk(old_low, old_high, low + shift, high + shift + growth))
                shift += growth
            if hunks:
                last = max(hunks, key=lambda h: (h.new_end, h.new_start))
                delta = last.new_end - last.old_end
        self.hunks = result
