"""Reports: turn sorted findings into text for people, editors, CI and code scanning.

Every format is deterministic: the same findings give byte-identical output (no times, no
absolute paths, no set ordering), so reports can be diffed and cached.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from awesome_ptm.findings import Finding
from awesome_ptm.report._common import RuleInfo, TextPositions

# Each format's module is imported when that format is rendered: a check prints one format,
# and the others (JUnit's xml.etree, SARIF, the job summary) are start-up time for nothing.

__all__ = ["FORMATS", "RuleInfo", "github_summary", "render_findings", "render_statistics"]

#: The names ``render_findings`` accepts, as ``--output-format`` offers them.
FORMATS: tuple[str, ...] = ("concise", "full", "json", "json-lines", "github", "sarif", "junit")


def render_findings(
    findings: list[Finding],
    fmt: str,
    *,
    sources: Mapping[str, str] | None = None,
    statistics: bool = False,
    rules: Sequence[RuleInfo] | None = None,
    text_positions: TextPositions | None = None,
) -> str:
    """Render ``findings`` (already sorted) in format ``fmt``, one of :data:`FORMATS`.

    ``sources`` maps a path to its LF text, for the source line that ``full`` shows.
    ``rules`` are the rule classes that ran; SARIF describes each of them. ``text_positions``
    turns a path and a character offset into a 1-based (line, column), for fix edits in
    ``json``, ``json-lines`` and ``sarif``. With ``statistics`` the counts per rule are
    rendered instead of the findings (``concise``/``full`` as text, ``json``/``json-lines``
    as JSON); other formats have no statistics form and raise :class:`ValueError`, as does
    an unknown ``fmt``.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown output format {fmt!r}; expected one of {', '.join(FORMATS)}")
    if statistics:
        from awesome_ptm.report import _statistics

        if fmt in ("concise", "full"):
            return _statistics.render(findings)
        if fmt in ("json", "json-lines"):
            return _statistics.render_json(findings, lines=fmt == "json-lines")
        raise ValueError(f"statistics cannot be rendered as {fmt!r}")
    if fmt == "concise":
        from awesome_ptm.report import _concise

        return _concise.render(findings)
    if fmt == "full":
        from awesome_ptm.report import _full

        return _full.render(findings, sources)
    if fmt in ("json", "json-lines"):
        from awesome_ptm.report import _json

        if fmt == "json":
            return _json.render(findings, text_positions)
        return _json.render_lines(findings, text_positions)
    if fmt == "github":
        from awesome_ptm.report import _github

        return _github.render(findings)
    if fmt == "sarif":
        from awesome_ptm.report import _sarif

        return _sarif.render(findings, rules, text_positions)
    from awesome_ptm.report import _junit

    return _junit.render(findings)


def render_statistics(findings: list[Finding]) -> str:
    """Counts per rule as aligned ``count  CODE  name  [*]`` lines, most frequent first.

    ``[*]`` marks a rule with at least one safe fix; ties are ordered by code.
    """
    from awesome_ptm.report import _statistics

    return _statistics.render(findings)


def github_summary(
    findings: list[Finding],
    *,
    repo_url: str | None = None,
    sha: str | None = None,
    limit_bytes: int = 1_000_000,
    first: int = 50,
) -> str:
    """Markdown for ``$GITHUB_STEP_SUMMARY``: totals, a table per rule, the first findings.

    With ``repo_url`` and ``sha`` each finding links to ``{repo_url}/blob/{sha}/{path}#L{line}``.
    At most ``first`` findings are listed, and whole lines are left out so that the result is
    at most ``limit_bytes`` bytes of UTF-8 (GitHub rejects larger summaries); a closing line
    says how many findings are not shown. Raises :class:`ValueError` when even the heading
    and totals do not fit.
    """
    from awesome_ptm.report import _summary

    return _summary.render(
        findings, repo_url=repo_url, sha=sha, limit_bytes=limit_bytes, first=first
    )
