"""Markdown for ``$GITHUB_STEP_SUMMARY``: totals, counts per rule, the first findings."""

from __future__ import annotations

import re
from urllib.parse import quote

from awesome_ptm.findings import SEVERITIES, Finding
from awesome_ptm.report._common import plural, severity_counts
from awesome_ptm.report._statistics import count_rules

# Backslash-escaped so that a message reads as text: emphasis, code, links, HTML and
# entities, strikethrough, table pipes and GitHub's $math$ would otherwise all be live.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&$])")


def escape_markdown(text: str) -> str:
    """``text`` as literal inline Markdown on one line (also safe inside a table cell)."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(text.splitlines()))


def _size(lines: list[str]) -> int:
    return sum(len(line.encode("utf-8")) + 1 for line in lines)


def _location(finding: Finding, repo_url: str | None, sha: str | None) -> str:
    label = escape_markdown(f"{finding.path}:{finding.line}")
    if not (repo_url and sha):
        return label
    # quote(): spaces, parentheses and CJK in file names would end or break the link.
    url = f"{repo_url.rstrip('/')}/blob/{quote(sha)}/{quote(finding.path)}#L{finding.line}"
    return f"[{label}]({url})"


def _item(finding: Finding, repo_url: str | None, sha: str | None) -> str:
    return (
        f"- **{finding.severity}** `{finding.code}` {escape_markdown(finding.name)} "
        f"at {_location(finding, repo_url, sha)}: {escape_markdown(finding.message)}"
    )


def _table(findings: list[Finding]) -> list[str]:
    severities: dict[str, set[str]] = {}
    for finding in findings:
        severities.setdefault(finding.code, set()).add(finding.severity)
    rows = []
    for row in count_rules(findings):
        # A config can change a rule's severity per file, so one rule may show several.
        seen = severities[row.code]
        ordered = [s for s in SEVERITIES if s in seen] + sorted(seen - set(SEVERITIES))
        rows.append(
            f"| `{row.code}` | {escape_markdown(row.name)} | {row.count} | {', '.join(ordered)} |"
        )
    return rows


def render(
    findings: list[Finding],
    *,
    repo_url: str | None,
    sha: str | None,
    limit_bytes: int,
    first: int,
) -> str:
    """The summary, cut to at most ``limit_bytes`` UTF-8 bytes (see ``github_summary``)."""
    head = ["## awesome-ptm", ""]
    if not findings:
        head.append("No findings.")
        if _size(head) > limit_bytes:
            raise ValueError(f"limit_bytes={limit_bytes} is too small for any summary")
        return "\n".join(head) + "\n"
    counts = severity_counts(findings)
    totals = ", ".join(f"**{plural(count, severity)}**" for severity, count in counts.items())
    files = len({finding.path for finding in findings})
    head.append(f"Found {totals} in {plural(files, 'file')}.")
    table_head = ["", "| Code | Name | Count | Severity |", "| --- | --- | ---: | --- |"]
    rows = _table(findings)
    items = [_item(finding, repo_url, sha) for finding in findings[: max(first, 0)]]

    def assemble(shown_rows: int, shown_items: int) -> list[str]:
        lines = head + table_head + rows[:shown_rows]
        if shown_rows < len(rows):
            lines += ["", f"_{plural(len(rows) - shown_rows, 'more rule')} not shown._"]
        return [*lines, "", "### Findings", "", *items[:shown_items], *trailer(shown_items)]

    def trailer(shown_items: int) -> list[str]:
        left_out = len(findings) - shown_items
        if not left_out:
            return []
        note = f"_{plural(left_out, 'more finding')} not shown._"
        return ["", note] if shown_items else [note]

    # GitHub refuses a step summary over its size limit, so whole lines are dropped from the
    # end: findings first, then table rows (which are few), never a cut mid-line. Sizes are
    # summed up front so a large ``first`` stays linear.
    fixed = _size(assemble(len(rows), 0)) - _size(trailer(0))
    total = fixed + _size(items)
    for shown_items in range(len(items), -1, -1):
        if total + _size(trailer(shown_items)) <= limit_bytes:
            return "\n".join(assemble(len(rows), shown_items)) + "\n"
        if shown_items:
            total -= _size(items[shown_items - 1 : shown_items])
    for shown_rows in range(len(rows) - 1, -1, -1):
        lines = assemble(shown_rows, 0)
        if _size(lines) <= limit_bytes:
            return "\n".join(lines) + "\n"
    raise ValueError(f"limit_bytes={limit_bytes} is too small for any summary")
