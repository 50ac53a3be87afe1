"""Findings against the hand-labelled traps and defects of a corpus list.

A held-out list's ``expected.yaml`` (see the last section of the labelling guide) may carry

- ``traps``: lines where a complaint of the given ``kind`` would be wrong (a table of contents
  read as an empty section, a date read as a missing year, a project name read as a typo);
- ``defects``: real defects a careful curator would fix, each with its ``kind`` (``[]`` when
  the list is clean).

Each list is checked alone, with the default configuration and no network (as
``awesome-ptm check <name>/list.md`` does; the link checker's rules only report through
``awesome-ptm links``). ``tests/data/trap_kinds.yaml`` says which findings each kind stands for.
The report gives, per list and in total:

1. trap hits: findings of a rule that the trap's kind forbids, on the trap's line;
2. defect recall: a defect is found when a finding of a rule its kind names is on its line
   (for duplicates, on either copy: the duplicate rules report the later copy and name the
   first as related);
3. errors on clean lists: error-severity findings on a list whose ``defects`` is ``[]``.

Findings true only of the copy (``copy_artifacts`` in the data file: a relative link to a file
of the list's repository, which the copy does not have) are counted apart, not as trap hits
or errors.

A trap or defect labelled on an entry's first line covers the whole entry.

Run ``python -m tests.corpus_traps [-v] [NAME...]``; ``AWESOME_PTM_CORPUS=DIR`` reads another
folder laid out as ``tests/corpus`` (the held-out lists live outside the repository).
"""

from __future__ import annotations

import functools
import os
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from awesome_ptm.check import run_checks
from awesome_ptm.config import Config
from awesome_ptm.corpus import Corpus
from awesome_ptm.findings import Finding
from awesome_ptm.model import Document
from awesome_ptm.parse import parse_text

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("AWESOME_PTM_CORPUS") or Path(__file__).parent / "corpus")
KINDS = Path(__file__).parent / "data" / "trap_kinds.yaml"


@dataclass(frozen=True)
class Forbidden:
    """The findings one item of a kind stands for: a rule, maybe one severity, maybe only
    messages holding some text."""

    rule: str
    severity: str | None = None
    match: str | None = None

    def covers(self, finding: Finding) -> bool:
        return (
            finding.name == self.rule
            and (self.severity is None or finding.severity == self.severity)
            and (self.match is None or self.match in finding.message)
        )


@dataclass(frozen=True)
class Kind:
    """A trap or defect kind: the findings it stands for (``every`` rule, or ``items``)."""

    name: str
    items: tuple[Forbidden, ...] = ()
    every: bool = False
    either_copy: bool = False

    def covers(self, finding: Finding) -> bool:
        return self.every or any(item.covers(finding) for item in self.items)

    def rules(self) -> list[str]:
        return sorted({item.rule for item in self.items})


def _kind(name: str, raw: Any) -> Kind:
    either_copy = False
    if isinstance(raw, dict):
        either_copy = bool(raw.get("either_copy", False))
        raw = raw["rules"]
    if raw == "*":
        return Kind(name, every=True, either_copy=either_copy)
    items = tuple(Forbidden(str(i["rule"]), i.get("severity"), i.get("match")) for i in raw)
    return Kind(name, items, either_copy=either_copy)


@functools.cache
def load_kinds(path: Path = KINDS) -> tuple[dict[str, Kind], dict[str, Kind]]:
    """The trap kinds and the defect kinds of the data file."""
    data = yaml.safe_load(path.read_text("utf-8"))
    traps = {name: _kind(name, raw) for name, raw in data["traps"].items()}
    defects = {name: _kind(name, raw) for name, raw in data["defects"].items()}
    return traps, defects


@functools.cache
def copy_artifacts(path: Path = KINDS) -> Kind:
    """The findings that are true only of the copy of a list (its repository's files are
    not there): not counted as trap hits or errors on clean lists."""
    data = yaml.safe_load(path.read_text("utf-8"))
    return _kind("copy-artifacts", data.get("copy_artifacts") or [])


def check_text(text: str, path: Path) -> tuple[Document, list[Finding]]:
    """Parse and check one list alone (default configuration, no network). ``path`` names
    the file, so that relative links resolve beside it."""
    document = parse_text(text, str(path))
    result = run_checks(Corpus([document]), Config(root=ROOT))
    return document, list(result.findings)


def covered_lines(document: Document, line: int) -> set[int]:
    """The lines a label on ``line`` stands for: the whole entry when an entry starts there."""
    for entry in document.entries:
        if entry.source.line == line:
            return set(range(entry.source.line, entry.source.end_line + 1))
    return {line}


def on_lines(finding: Finding, lines: set[int], either_copy: bool) -> bool:
    """The finding is on one of the lines (or, for a duplicate, names one as its copy)."""
    if finding.line in lines:
        return True
    return either_copy and any(r.line in lines for r in finding.related)


@dataclass
class Outcome:
    """One list's traps, defects and errors, against its findings."""

    name: str
    traps: int = 0
    trap_hits: list[tuple[dict[str, Any], Finding]] = field(default_factory=list)
    defects_found: list[tuple[dict[str, Any], list[Finding]]] = field(default_factory=list)
    defects_missed: list[dict[str, Any]] = field(default_factory=list)
    clean: bool = False
    clean_errors: list[Finding] = field(default_factory=list)
    artifacts: list[Finding] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    traps_by_kind: Counter[str] = field(default_factory=Counter)
    hits_by_kind: Counter[str] = field(default_factory=Counter)

    @property
    def defects(self) -> int:
        return len(self.defects_found) + len(self.defects_missed)


def _line(label: Any) -> int:
    """The label's line, or 0 (out of range) when it has none."""
    try:
        return int(label.get("line", 0))
    except (AttributeError, TypeError, ValueError):
        return 0


def evaluate(
    name: str,
    expected: dict[str, Any],
    document: Document,
    findings: list[Finding],
) -> Outcome:
    """Compare one list's findings with its labelled traps and defects."""
    trap_kinds, defect_kinds = load_kinds()
    artifact = copy_artifacts()
    outcome = Outcome(name)
    outcome.artifacts = [f for f in findings if artifact.covers(f)]
    counted = [f for f in findings if not artifact.covers(f)]
    last = len(document.text.splitlines())
    for trap in expected.get("traps") or []:
        kind = trap_kinds.get(str(trap.get("kind"))) if isinstance(trap, dict) else None
        line = _line(trap)
        if kind is None or not 1 <= line <= last:
            outcome.problems.append(f"trap {trap}: unknown kind or line out of range")
            continue
        outcome.traps += 1
        outcome.traps_by_kind[kind.name] += 1
        lines = covered_lines(document, line)
        hits = [f for f in counted if f.line in lines and kind.covers(f)]
        for finding in hits:
            outcome.trap_hits.append((trap, finding))
        if hits:
            outcome.hits_by_kind[kind.name] += 1
    defects = expected.get("defects")
    for defect in defects or []:
        kind = defect_kinds.get(str(defect.get("kind"))) if isinstance(defect, dict) else None
        line = _line(defect)
        if kind is None or not 1 <= line <= last:
            outcome.problems.append(f"defect {defect}: unknown kind or line out of range")
            continue
        lines = covered_lines(document, line)
        found = [f for f in findings if kind.covers(f) and on_lines(f, lines, kind.either_copy)]
        if found:
            outcome.defects_found.append((defect, found))
        else:
            outcome.defects_missed.append(defect)
    if defects is not None and not defects:
        outcome.clean = True
        outcome.clean_errors = [f for f in counted if f.severity == "error"]
    return outcome


def corpus_names(corpus: Path = CORPUS) -> list[str]:
    """The lists of the folder whose labels have traps or defects."""
    names = []
    for path in sorted(corpus.glob("*/expected.yaml")):
        try:
            data = yaml.safe_load(path.read_text("utf-8")) or {}
        except yaml.YAMLError:
            data = {"traps": None}  # listed: reading it reports the error
        if isinstance(data, dict) and ("traps" in data or "defects" in data):
            names.append(path.parent.name)
    return names


def run(name: str, corpus: Path = CORPUS) -> Outcome:
    """Check one labelled list of the folder and evaluate its findings."""
    folder = corpus / name
    try:
        expected = yaml.safe_load((folder / "expected.yaml").read_text("utf-8")) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f":{mark.line + 1}" if mark is not None else ""
        raise ValueError(f"{folder / 'expected.yaml'}{where} does not read as YAML") from error
    path = folder / "list.md"
    try:
        text = path.read_text("utf-8")
    except UnicodeDecodeError as error:
        # (the tool refuses a file that is not UTF-8: it finds nothing there, said so)
        document, findings = check_text("", path)
        outcome = evaluate(name, expected, document, findings)
        outcome.problems.append(f"{path}: not valid UTF-8 ({error.reason}); nothing checked")
        return outcome
    document, findings = check_text(text, path)
    return evaluate(name, expected, document, findings)


def _label(item: dict[str, Any]) -> str:
    return f"line {item['line']} {item['kind']} ({item.get('why', '')})"


def _show(finding: Finding) -> str:
    return f"{finding.name}/{finding.severity} at {finding.line}: {finding.message}"


def report(names: list[str], corpus: Path = CORPUS, verbose: bool = False) -> str:
    """The per-list and total report."""
    out: list[str] = []
    traps: Counter[str] = Counter()
    hits: Counter[str] = Counter()
    found: Counter[str] = Counter()
    wanted: Counter[str] = Counter()
    clean_lists = clean_with_errors = artifacts = 0
    for name in names:
        o = run(name, corpus)
        traps.update(o.traps_by_kind)
        hits.update(o.hits_by_kind)
        for defect, _ in o.defects_found:
            found[defect["kind"]] += 1
            wanted[defect["kind"]] += 1
        for defect in o.defects_missed:
            wanted[defect["kind"]] += 1
        clean = f"clean, {len(o.clean_errors)} errors" if o.clean else "not clean"
        artifacts += len(o.artifacts)
        clean_lists += o.clean
        clean_with_errors += bool(o.clean_errors)
        out.append(
            f"{name:28} traps hit {sum(o.hits_by_kind.values()):3}/{o.traps:<3} "
            f"defects found {len(o.defects_found):3}/{o.defects:<3} {clean}"
        )
        if verbose:
            out.extend(f"    PROBLEM {p}" for p in o.problems)
            out.extend(f"    trap {_label(t)}: {_show(f)}" for t, f in o.trap_hits)
            out.extend(f"    missed defect {_label(d)}" for d in o.defects_missed)
            out.extend(f"    found defect {_label(d)}: {_show(f[0])}" for d, f in o.defects_found)
            out.extend(f"    error on a clean list: {_show(f)}" for f in o.clean_errors)
            out.extend(f"    not counted (copy): {_show(f)}" for f in o.artifacts)
    out.append("traps hit, by kind:")
    for kind in sorted(traps):
        out.append(f"  {kind:18} {hits[kind]}/{traps[kind]}")
    out.append(f"  {'total':18} {sum(hits.values())}/{sum(traps.values())}")
    out.append("defects found, by kind:")
    for kind in sorted(wanted):
        out.append(f"  {kind:18} {found[kind]}/{wanted[kind]}")
    total = sum(wanted.values())
    ratio = f" = {sum(found.values()) / total:.1%}" if total else ""
    out.append(f"  {'total':18} {sum(found.values())}/{total}{ratio}")
    out.append(f"clean lists with an error: {clean_with_errors}/{clean_lists}")
    out.append(f"findings not counted, true only of the copy: {artifacts}")
    return "\n".join(out)


def main(args: list[str]) -> int:
    chosen = [a for a in args if not a.startswith("-")] or corpus_names()
    for name in chosen:
        if (
            not (CORPUS / name / "list.md").is_file()
            or not (CORPUS / name / "expected.yaml").is_file()
        ):
            print(f"error: {CORPUS / name} has no list.md and expected.yaml", file=sys.stderr)
            return 2
    try:
        text = report(chosen, verbose="-v" in args)
    except ValueError as error:
        print(f"error: {error}; fix the file", file=sys.stderr)
        return 2
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
