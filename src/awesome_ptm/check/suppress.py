"""Inline suppression comments.

``<!-- awesome-ptm-disable-next-line PTM101 duplicate-url -->`` silences those rules on the
next non-blank line; ``<!-- awesome-ptm-disable PTM101 -->`` … ``<!-- awesome-ptm-enable
PTM101 -->`` a range (to the end of the file when not re-enabled). No codes means every rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from awesome_ptm.model import Document

_COMMENT = re.compile(
    r"<!--\s*awesome-ptm-(disable-next-line|disable|enable)\b([^>]*?)\s*-->", re.IGNORECASE
)


@dataclass(slots=True)
class Suppression:
    """One comment: which rules (empty = all) over which lines; ``used`` once it silenced."""

    line: int
    column: int
    kind: str
    rules: tuple[str, ...]
    first: int
    last: int
    used: set[str] = field(default_factory=set)

    def covers(self, line: int, code: str, name: str) -> bool:
        if not self.first <= line <= self.last:
            return False
        return not self.rules or code in self.rules or name in self.rules


def suppressions(document: Document) -> list[Suppression]:
    """Every suppression comment in the document, with the lines it covers."""
    if "awesome-ptm-" not in document.text:
        return []
    lines = document.text.split("\n")
    found: list[Suppression] = []
    open_ranges: list[Suppression] = []
    for index, text in enumerate(lines):
        number = index + 1
        for match in _COMMENT.finditer(text):
            kind = match.group(1).lower()
            rules = tuple(part for part in re.split(r"[\s,]+", match.group(2)) if part)
            column = match.start() + 1
            if kind == "disable-next-line":
                target = number + 1
                while target <= len(lines) and not lines[target - 1].strip():
                    target += 1
                found.append(Suppression(number, column, kind, rules, target, target))
            elif kind == "disable":
                item = Suppression(number, column, kind, rules, number, len(lines))
                found.append(item)
                open_ranges.append(item)
            else:
                for item in open_ranges:
                    if item.last == len(lines) and (not rules or set(rules) & set(item.rules)):
                        item.last = number
                open_ranges = [item for item in open_ranges if item.last == len(lines)]
    return found
