"""Checking: run the selected rules over a corpus and return findings, in a stable order."""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass, field
from typing import Any

from awesome_ptm._gc import gc_paused
from awesome_ptm.check.suppress import Suppression, suppressions
from awesome_ptm.config import Allowance, Config
from awesome_ptm.corpus import Corpus
from awesome_ptm.findings import Edit, Finding, Fix, Related

__all__ = ["Edit", "Finding", "Fix", "Related", "Result", "filter_findings", "run_checks"]

UNUSED_SUPPRESSION = ("PTM901", "unused-suppression")


@dataclass
class Result:
    """Findings after suppressions and allowances, sorted by path, line, column, code."""

    findings: list[Finding]
    suppressed: int = 0
    allowed: int = 0
    rules: list[str] = field(default_factory=list)
    #: Findings the baseline accepted, and its records that accepted them.
    baselined: list[Finding] = field(default_factory=list)
    baseline_matched: list[Any] = field(default_factory=list)

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.severity == "error")


def _ignored_by_file(config: Config, finding: Finding) -> bool:
    for pattern, selectors in config.per_file_ignores.items():
        if fnmatch.fnmatch(finding.path, pattern) or fnmatch.fnmatch(finding.path, f"*/{pattern}"):
            for selector in selectors:
                if selector.upper() == "ALL" or finding.code.startswith(selector.upper()):
                    return True
                if selector == finding.name:
                    return True
    return False


def _allowed(by_rule: dict[str, list[Allowance]], finding: Finding) -> bool:
    """Whether an allowance of the config (``by_rule``: grouped by the rule they name)
    covers the finding."""
    for key in (finding.code, finding.name):
        for allowance in by_rule.get(key, ()):
            if allowance.path and not fnmatch.fnmatch(finding.path, allowance.path):
                continue
            if allowance.match and allowance.match not in finding.message:
                continue
            return True
    return False


def run_checks(
    corpus: Corpus,
    config: Config | None = None,
    select: list[str] | None = None,
    ignore: list[str] | None = None,
) -> Result:
    """Run the rules chosen by ``select``/``ignore`` (else the config's) over ``corpus``."""
    with gc_paused():  # the rules' indexes are many small objects: see awesome_ptm._gc
        return _run_checks(corpus, config, select, ignore)


def _run_checks(
    corpus: Corpus,
    config: Config | None,
    select: list[str] | None,
    ignore: list[str] | None,
) -> Result:
    from awesome_ptm.rules import Context, check_selectors, select_rules

    config = config or Config()
    select = list(select if select else config.select)
    ignore = list(ignore or []) + list(config.ignore)
    check_selectors(select, "--select")
    check_selectors(ignore, "--ignore")
    rules = [rule() for rule in select_rules(select, ignore)]
    context = Context(corpus, config)
    raw: list[Finding] = []
    for rule in rules:
        for document in corpus.documents:
            raw.extend(rule.check(document, context))
        raw.extend(rule.check_corpus(context))

    by_path = {document.path: suppressions(document) for document in corpus.documents}
    kept, suppressed, allowed = _filter(raw, by_path, config)
    baselined: list[Finding] = []
    matched: list[Any] = []
    if config.accepted is not None:  # the baseline: findings accepted as they were
        sources = {document.path: document.text for document in corpus.documents}
        codes = [rule.code for rule in rules]
        kept, baselined, matched, stale = config.accepted.split(kept, sources, codes)
        if UNUSED_SUPPRESSION[0] in codes:  # stale baseline entries, like unused comments
            override = config.severity.get(UNUSED_SUPPRESSION[0]) or config.severity.get(
                UNUSED_SUPPRESSION[1]
            )
            for finding in stale:
                finding.severity = override or finding.severity
            kept.extend(stale)
    if any(rule.code == UNUSED_SUPPRESSION[0] for rule in rules):
        kept.extend(_unused(by_path, config))
    kept.sort(key=Finding.sort_key)
    return Result(kept, suppressed, allowed, [rule.code for rule in rules], baselined, matched)


def filter_findings(
    findings: list[Finding], corpus: Corpus, config: Config
) -> tuple[list[Finding], int, int]:
    """Apply the config and the inline comments to findings made outside :func:`run_checks`
    (``awesome-ptm links``): severity overrides, per-file ignores, suppressions, allowances.
    Returns ``(kept, suppressed, allowed)``, ``kept`` sorted."""
    by_path = {document.path: suppressions(document) for document in corpus.documents}
    kept, suppressed, allowed = _filter(findings, by_path, config)
    kept.sort(key=Finding.sort_key)
    return kept, suppressed, allowed


def _filter(
    findings: list[Finding], by_path: dict[str, list[Suppression]], config: Config
) -> tuple[list[Finding], int, int]:
    kept: list[Finding] = []
    suppressed = allowed = 0
    # Allowances by the rule they name: a finding is compared with its rule's only, not with
    # every allowance of the config.
    by_rule: dict[str, list[Allowance]] = {}
    for allowance in config.allow:
        by_rule.setdefault(allowance.rule, []).append(allowance)
    for finding in findings:
        override = config.severity.get(finding.code) or config.severity.get(finding.name)
        if override:
            finding.severity = override
        if _ignored_by_file(config, finding):
            continue
        if _suppress(by_path.get(finding.path, []), finding):
            suppressed += 1
            continue
        if _allowed(by_rule, finding):
            allowed += 1
            continue
        kept.append(finding)
    return kept, suppressed, allowed


def _suppress(items: list[Suppression], finding: Finding) -> bool:
    hit = False
    for item in items:
        if item.covers(finding.line, finding.code, finding.name):
            item.used.add(finding.code)
            hit = True
    return hit


def _unused(by_path: dict[str, list[Suppression]], config: Config) -> list[Finding]:
    from awesome_ptm.rules.suppression import UnusedSuppression

    rule = UnusedSuppression()
    out = []
    for path, items in by_path.items():
        for item in items:
            if item.kind == "enable" or item.used:
                continue
            what = " ".join(item.rules) or "all rules"
            finding = rule.finding(
                path,
                item.line,
                f"suppression of {what} silences nothing; remove the comment",
                column=item.column,
            )
            override = config.severity.get(rule.code) or config.severity.get(rule.name)
            if override:
                finding.severity = override
            out.append(finding)
    return out
