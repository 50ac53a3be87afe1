"""``concise``: one ``path:line:col: CODE [name] message`` line per finding, then totals."""

from __future__ import annotations

from awesome_ptm.findings import Finding
from awesome_ptm.report._common import closing_summary, has_safe_fix, one_line


def finding_line(finding: Finding) -> str:
    """One finding on one line; ``[*]`` marks a safe fix, as in ruff."""
    mark = " [*]" if has_safe_fix(finding) else ""
    # Line breaks are folded so that editors' problem matchers and grep see one line each.
    message = one_line(finding.message)
    return (
        f"{finding.path}:{finding.line}:{finding.column}: "
        f"{finding.code}{mark} [{finding.name}] {message}"
    )


def render(findings: list[Finding]) -> str:
    """The ``concise`` report."""
    lines = [finding_line(finding) for finding in findings]
    if lines:
        lines.append("")
    lines.extend(closing_summary(findings))
    return "\n".join(lines) + "\n"
