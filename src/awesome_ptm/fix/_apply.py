"""Choosing the fixes of one pass and applying their edits to one text."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from awesome_ptm.findings import Edit, Finding, Fix


@dataclass(frozen=True, slots=True)
class Offered:
    """A finding's fix, checked against the text it edits; no-op edits are dropped."""

    finding: Finding
    edits: tuple[Edit, ...]

    @property
    def code(self) -> str:
        return self.finding.code

    def sort_key(self) -> tuple[int, str, int, str]:
        """Deterministic order: by position, then code (then extent and message)."""
        return (
            min(edit.start for edit in self.edits),
            self.finding.code,
            max(edit.end for edit in self.edits),
            self.finding.message,
        )


def _conflict(a: Edit, b: Edit) -> bool:
    """Edits overlap, or an insertion meets the other edit (the order would be a guess)."""
    if a.start < b.end and b.start < a.end:
        return True
    if a.start == a.end and b.start <= a.start <= b.end:
        return True
    return b.start == b.end and a.start <= b.start <= a.end


def prepare(finding: Finding, fix: Fix, text: str) -> tuple[Offered | None, str | None]:
    """The fix's effective edits, or a reason why the fix is malformed (None, None: the
    fix changes nothing)."""
    edits = sorted(fix.edits, key=lambda edit: (edit.start, edit.end))
    if not edits:
        return None, None
    for edit in edits:
        if not 0 <= edit.start <= edit.end <= len(text):
            return None, (
                f"edit {edit.start}:{edit.end} lies outside the file ({len(text)} characters)"
            )
    for index, edit in enumerate(edits):
        if any(_conflict(edit, other) for other in edits[index + 1 :]):
            return None, "its edits overlap one another"
    effective = tuple(edit for edit in edits if text[edit.start : edit.end] != edit.content)
    if not effective:
        return None, None
    return Offered(finding, effective), None


def choose(offered: list[Offered]) -> list[Offered]:
    """Fixes to apply this pass: in order, all-or-nothing, skipping any that meets an edit
    already chosen (it is offered again on the next pass)."""
    chosen: list[Offered] = []
    taken = _Taken()
    for fix in sorted(offered, key=Offered.sort_key):
        if any(taken.meets(edit) for edit in fix.edits):
            continue
        chosen.append(fix)
        for edit in fix.edits:
            taken.add(edit)
    return chosen


class _Taken:
    """The edits chosen so far, sorted by start, for conflict look-ups in O(log n).

    Chosen edits never conflict with one another, so each ends at or before the next one
    starts (an insertion cannot even touch another edit). The edits that may meet a new
    edit ``[s, e]`` are then a run: those starting at or before ``e``, walked back from the
    last one while they end at or after ``s``. Comparing every pair instead made choosing
    quadratic in the fixes of a pass (thousands on a large list).
    """

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.edits: list[Edit] = []

    def meets(self, edit: Edit) -> bool:
        index = bisect.bisect_right(self.starts, edit.end) - 1
        while index >= 0 and self.edits[index].end >= edit.start:
            if _conflict(edit, self.edits[index]):
                return True
            index -= 1
        return False

    def add(self, edit: Edit) -> None:
        index = bisect.bisect_right(self.starts, edit.start)
        self.starts.insert(index, edit.start)
        self.edits.insert(index, edit)


def apply_edits(text: str, edits: list[Edit]) -> str:
    """``text`` with disjoint ``edits`` applied."""
    parts: list[str] = []
    cursor = 0
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        parts.append(text[cursor : edit.start])
        parts.append(edit.content)
        cursor = edit.end
    parts.append(text[cursor:])
    return "".join(parts)
