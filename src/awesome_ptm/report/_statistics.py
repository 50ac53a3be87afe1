"""``--statistics``: how many findings each rule produced, most first."""

from __future__ import annotations

import json
from dataclasses import dataclass

from awesome_ptm.findings import Finding
from awesome_ptm.report._common import has_safe_fix


@dataclass(frozen=True)
class RuleCount:
    """One row: a rule, its finding count, and whether any of them has a safe fix."""

    code: str
    name: str
    count: int
    fixable: bool


def count_rules(findings: list[Finding]) -> list[RuleCount]:
    """Rows sorted by count (descending), then code, so equal counts keep a stable order."""
    names: dict[str, str] = {}
    counts: dict[str, int] = {}
    fixable: dict[str, bool] = {}
    for finding in findings:
        names.setdefault(finding.code, finding.name)
        counts[finding.code] = counts.get(finding.code, 0) + 1
        fixable[finding.code] = fixable.get(finding.code, False) or has_safe_fix(finding)
    rows = [RuleCount(code, names[code], counts[code], fixable[code]) for code in counts]
    return sorted(rows, key=lambda row: (-row.count, row.code))


def render(findings: list[Finding]) -> str:
    """Aligned ``count  CODE  name  [*]`` lines; ``All clean.`` when there is nothing."""
    rows = count_rules(findings)
    if not rows:
        return "All clean.\n"
    count_width = max(len(str(row.count)) for row in rows)
    code_width = max(len(row.code) for row in rows)
    name_width = max(len(row.name) for row in rows)
    lines = []
    for row in rows:
        mark = "[*]" if row.fixable else ""
        line = f"{row.count:>{count_width}}  {row.code:<{code_width}}  {row.name:<{name_width}}"
        lines.append(f"{line}  {mark}".rstrip())
    return "\n".join(lines) + "\n"


def render_json(findings: list[Finding], *, lines: bool = False) -> str:
    """The same rows as JSON (an indented array, or one compact object per line)."""
    items = [
        {"code": row.code, "name": row.name, "count": row.count, "fixable": row.fixable}
        for row in count_rules(findings)
    ]
    if lines:
        return "".join(
            json.dumps(item, ensure_ascii=False, separators=(",", ":")) + "\n" for item in items
        )
    return json.dumps(items, ensure_ascii=False, indent=2) + "\n"
