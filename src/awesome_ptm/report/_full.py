"""``full``: each finding with its source line and a caret under the span, as ruff shows it."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping

from awesome_ptm.findings import Finding
from awesome_ptm.report._common import closing_summary, has_safe_fix

TAB_WIDTH = 4


def _char_width(char: str) -> int:
    if char == "\t":
        return TAB_WIDTH
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0
    # Lists are often in Chinese: wide characters take two terminal cells, and the caret
    # must sit under them, not under the code points.
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def display_width(text: str) -> int:
    """Terminal cells that ``text`` takes (tabs count as ``TAB_WIDTH``)."""
    return sum(_char_width(char) for char in text)


def _source_line(source: str, line: int) -> str | None:
    lines = source.split("\n")
    if not 1 <= line <= len(lines):
        return None
    return lines[line - 1]


def snippet(finding: Finding, text: str) -> list[str]:
    """The gutter, the source line and the caret line for ``finding`` on line ``text``."""
    start = max(finding.column, 1) - 1
    if finding.end_line is None or finding.end_line == finding.line:
        end = finding.end_column - 1 if finding.end_column is not None else start + 1
    else:
        # A multi-line span is shown on its first line only: underline to the line's end.
        end = len(text)
    width = max(display_width(text[start:end]), 1)
    pad = display_width(text[:start])
    # Past the end of the line (a span at the line break) the caret still goes after it.
    pad += max(start - len(text), 0)
    gutter = " " * len(str(finding.line))
    return [
        f"{gutter} |",
        f"{finding.line} | {text.replace(chr(9), ' ' * TAB_WIDTH)}".rstrip(),
        f"{gutter} | {' ' * pad}{'^' * width}",
        f"{gutter} |",
    ]


def render_one(finding: Finding, sources: Mapping[str, str] | None) -> list[str]:
    """The block of lines for one finding."""
    mark = " [*]" if has_safe_fix(finding) else ""
    first, *rest = finding.message.split("\n")
    lines = [f"{finding.code}{mark} [{finding.name}] {first}".rstrip()]
    lines.extend(f"  {more}".rstrip() for more in rest)
    gutter = " " * len(str(finding.line))
    lines.append(f"{gutter}--> {finding.path}:{finding.line}:{finding.column}")
    source = sources.get(finding.path) if sources is not None else None
    text = _source_line(source, finding.line) if source is not None else None
    if text is not None:
        lines.extend(snippet(finding, text))
    if finding.fix is not None:
        help_text = finding.fix.message or f"{finding.fix.applicability} fix available"
        if finding.fix.applicability != "safe":
            help_text += " (unsafe fix: apply with `awesome-ptm fix --unsafe-fixes`)"
        lines.append(f"help: {help_text}")
    for related in finding.related:
        note = f"note: also at {related.path}:{related.line}"
        lines.append(f"{note}: {related.message}" if related.message else note)
    return lines


def render(findings: list[Finding], sources: Mapping[str, str] | None) -> str:
    """The ``full`` report: a block per finding, a blank line between, then totals."""
    lines: list[str] = []
    for finding in findings:
        lines.extend(render_one(finding, sources))
        lines.append("")
    lines.extend(closing_summary(findings))
    return "\n".join(lines) + "\n"
