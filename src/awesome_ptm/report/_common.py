"""Helpers shared by several report formats: counting, plurals, the closing summary line."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from typing import Protocol

from awesome_ptm.findings import SEVERITIES, Finding

#: ``text_positions(path, offset) -> (line, column)``, 1-based, for fix edits.
TextPositions = Callable[[str, int], tuple[int, int]]


class RuleInfo(Protocol):
    """What the reports read from a rule class (``awesome_ptm.rules.Rule`` subclasses fit).

    A protocol rather than an import of ``Rule`` keeps reporting independent of the rule
    machinery, so a report can be rendered from findings alone (and tests can pass stubs).
    Read-only properties so that class attributes (``ClassVar``) satisfy it.
    """

    @property
    def code(self) -> str: ...

    @property
    def name(self) -> str: ...

    @property
    def severity(self) -> str: ...

    def summary(self) -> str: ...

    def documentation(self) -> str: ...


def plural(count: int, word: str) -> str:
    """``1 error``, ``2 errors``."""
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def severity_counts(findings: Iterable[Finding]) -> dict[str, int]:
    """Findings per severity, with every known severity present (in severity order)."""
    counts = Counter(finding.severity for finding in findings)
    result = {severity: counts.pop(severity, 0) for severity in SEVERITIES}
    # An unexpected severity is still counted rather than silently dropped.
    result.update(sorted(counts.items()))
    return result


def has_safe_fix(finding: Finding) -> bool:
    return finding.fix is not None and finding.fix.applicability == "safe"


def has_unsafe_fix(finding: Finding) -> bool:
    return finding.fix is not None and finding.fix.applicability != "safe"


def one_line(text: str) -> str:
    """Fold line breaks into spaces, for formats that promise one finding per line."""
    return " ".join(text.splitlines()) if ("\n" in text or "\r" in text) else text


def closing_summary(findings: list[Finding]) -> list[str]:
    """The lines after the findings in the text formats: totals, then what ``fix`` can do."""
    if not findings:
        return ["All clean."]
    counts = severity_counts(findings)
    parts = [plural(count, severity) for severity, count in counts.items()]
    lines = [f"Found {', '.join(parts)}."]
    safe = sum(1 for finding in findings if has_safe_fix(finding))
    unsafe = sum(1 for finding in findings if has_unsafe_fix(finding))
    if safe and unsafe:
        lines.append(
            f"[*] {safe} fixable with `awesome-ptm fix` "
            f"({unsafe} more with `awesome-ptm fix --unsafe-fixes`)."
        )
    elif safe:
        lines.append(f"[*] {safe} fixable with `awesome-ptm fix`.")
    elif unsafe:
        lines.append(f"No safe fixes ({unsafe} fixable with `awesome-ptm fix --unsafe-fixes`).")
    return lines
