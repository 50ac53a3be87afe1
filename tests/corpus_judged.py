"""Findings on the corpus of real lists, and the hand judgements of them
(``tests/corpus/judged.yaml``): what tests/test_judged.py checks and
benchmarks/precision_report.py reports.

Each list is checked alone, as ``awesome-ptm check tests/corpus/<name>/list.md`` does, with
the default configuration. A judged item matches a finding by rule name, list, line and
``match`` (a substring of the message), and by ``severity`` when the item gives one.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from awesome_ptm.check import Finding, run_checks
from awesome_ptm.config import Config
from awesome_ptm.corpus import load

CORPUS = Path(__file__).parent / "corpus"
JUDGED = CORPUS / "judged.yaml"
VERDICTS = ("right", "wrong", "noise")


@dataclass(frozen=True)
class Checked:
    """One corpus list: its entry count and its findings."""

    name: str
    entries: int
    findings: tuple[Finding, ...]


def corpus_names() -> list[str]:
    return sorted(p.parent.name for p in CORPUS.glob("*/list.md"))


@functools.cache
def checked(name: str) -> Checked:
    """The findings of every rule on one corpus list, checked alone."""
    path = CORPUS / name / "list.md"
    corpus = load([path])
    result = run_checks(corpus, Config(root=CORPUS.parent.parent))
    entries = sum(len(document.entries) for document in corpus.documents)
    return Checked(name, entries, tuple(result.findings))


def load_judged(path: Path = JUDGED) -> list[dict[str, Any]]:
    data = yaml.safe_load(path.read_text("utf-8"))
    items: list[dict[str, Any]] = data["judged"]
    return items


def matching(item: dict[str, Any], findings: Iterable[Finding]) -> list[Finding]:
    """The findings a judged item stands for."""
    return [
        f
        for f in findings
        if f.name == item["rule"]
        and f.line == item["line"]
        and item["match"] in f.message
        and ("severity" not in item or f.severity == item["severity"])
    ]
