"""The baseline: findings that exist today, accepted, so that only new ones fail a check.

``.awesome-ptm-baseline.json`` (``awesome-ptm init`` writes it) holds one record per accepted
finding: its rule, its file (relative to the baseline's folder) and a fingerprint of what it
flags — the rule, the file, the text of the flagged line and the message with line numbers
taken out — never a line number, so that a finding stays accepted when lines above it move.
The same fingerprint may be recorded several times (two identical problems); each record
accepts one finding.

A record that accepts nothing any more (the problem was fixed, or its line edited) is *stale*:
``check`` reports it like an unused suppression (PTM901), and ``check --update-baseline``
drops it. New findings are never added silently: delete the file and run ``awesome-ptm init``
to accept everything again.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from awesome_ptm.errors import ConfigError
from awesome_ptm.findings import Finding
from awesome_ptm.read import display_path, read_side_file

VERSION = 1
MAX_BASELINE_BYTES = 64 * 1024 * 1024
#: ``file.md:12`` and ``file.md:12:3`` in messages (the other copy of a duplicate): the line
#: numbers go, the file stays.
_LOCATION = re.compile(r"(\.(?:md|markdown|mdown|mkd)):\d+(?::\d+)?", re.I)
_LINE_WORD = re.compile(r"\b(lines?) \d+(?:[-–]\d+)?", re.I)


@dataclass(frozen=True, slots=True, order=True)
class Record:
    """One accepted finding."""

    path: str
    rule: str
    fingerprint: str
    name: str = ""
    message: str = ""

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.path, self.rule, self.fingerprint)


def _message_key(message: str) -> str:
    return _LINE_WORD.sub(r"\1 N", _LOCATION.sub(r"\1", message))


def fingerprint(finding: Finding, line_text: str) -> str:
    """What identifies a finding across edits elsewhere in the file: its rule, the flagged
    line's text (whitespace collapsed) and its message without line numbers."""
    text = " ".join(line_text.split())
    data = "\0".join((finding.code, text, _message_key(finding.message)))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()[:20]


@dataclass
class Baseline:
    """The accepted findings, read from (and written to) ``path``."""

    path: Path
    records: list[Record] = field(default_factory=list)
    exists: bool = False

    @property
    def folder(self) -> Path:
        return self.path.parent

    def relative(self, path: str) -> str:
        """A finding's path (as shown, relative to the cwd) relative to the baseline."""
        absolute = os.path.abspath(path)
        try:
            shown = os.path.relpath(absolute, os.path.abspath(self.folder))
        except ValueError:  # another drive
            return absolute.replace(os.sep, "/")
        return shown.replace(os.sep, "/")

    def record(self, finding: Finding, lines: Mapping[str, list[str]]) -> Record:
        """The record that accepts ``finding``; ``lines`` maps a path to its lines."""
        text = lines.get(finding.path, [])
        line_text = text[finding.line - 1] if 0 < finding.line <= len(text) else ""
        return Record(
            path=self.relative(finding.path),
            rule=finding.code,
            fingerprint=fingerprint(finding, line_text),
            name=finding.name,
            message=finding.message,
        )

    def split(
        self,
        findings: list[Finding],
        sources: Mapping[str, str],
        rules: Iterable[str],
    ) -> tuple[list[Finding], list[Finding], list[Record], list[Finding]]:
        """``(new, accepted, matched records, stale)``: ``stale`` reports each record that
        accepted nothing (see :func:`stale_finding`). Only records of the rules that ran on
        files that were read can be stale."""
        lines = {path: text.split("\n") for path, text in sources.items()}
        available = Counter(record.key for record in self.records)
        new: list[Finding] = []
        accepted: list[Finding] = []
        matched: list[Record] = []
        for finding in findings:
            record = self.record(finding, lines)
            if available[record.key] > 0:
                available[record.key] -= 1
                accepted.append(finding)
                matched.append(record)
            else:
                new.append(finding)
        ran = set(rules)
        read = {self.relative(path) for path in sources}
        stale: list[Finding] = []
        for record in self.records:
            if available[record.key] > 0 and record.rule in ran and record.path in read:
                available[record.key] -= 1
                stale.append(stale_finding(self, record))
        return new, accepted, matched, stale

    def line_of(self, record: Record) -> int:
        """The line of ``record`` in the file (one record a line, as :meth:`text` writes it)."""
        try:
            return 5 + self.records.index(record)
        except ValueError:
            return 1

    def text(self, records: Iterable[Record] | None = None) -> str:
        """The file's text: one record a line (sorted), so that diffs of it read well."""
        chosen = sorted(self.records if records is None else records)
        rows = [
            json.dumps(
                {
                    "path": r.path,
                    "rule": r.rule,
                    "name": r.name,
                    "fingerprint": r.fingerprint,
                    "message": r.message,
                },
                ensure_ascii=False,
                sort_keys=False,
            )
            for r in chosen
        ]
        body = ",\n    ".join(rows)
        inner = f"\n    {body}\n  " if rows else ""
        return (
            "{\n"
            f'  "version": {VERSION},\n'
            '  "about": "Findings accepted as they were; awesome-ptm check fails only on others.'
            ' Regenerate: delete this file, run awesome-ptm init.",\n'
            f'  "findings": [{inner}]\n'
            "}\n"
        )


def from_findings(path: Path, findings: list[Finding], sources: Mapping[str, str]) -> Baseline:
    """A baseline that accepts every one of ``findings``."""
    baseline = Baseline(path)
    lines = {name: text.split("\n") for name, text in sources.items()}
    baseline.records = sorted(baseline.record(finding, lines) for finding in findings)
    return baseline


def load_baseline(path: Path) -> Baseline:
    """Read a baseline file (an empty baseline when there is none)."""
    if not path.exists() and not path.is_symlink():
        return Baseline(path)
    shown = display_path(path)
    text = read_side_file(
        path,
        MAX_BASELINE_BYTES,
        "baseline file",
        "delete it and run `awesome-ptm init` to write a new one",
        ConfigError,
    )
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ConfigError(
            f"invalid JSON: {error.msg}; delete it and run `awesome-ptm init`", shown, error.lineno
        ) from None
    if not isinstance(data, dict) or data.get("version") != VERSION:
        raise ConfigError(
            f"not a version-{VERSION} awesome-ptm baseline; delete it and run `awesome-ptm init`",
            shown,
            1,
        )
    records: list[Record] = []
    items = data.get("findings")
    if not isinstance(items, list):
        raise ConfigError("`findings` must be a list", shown, 1)
    for number, item in enumerate(items):
        if not isinstance(item, dict) or not all(
            isinstance(item.get(key), str) for key in ("path", "rule", "fingerprint")
        ):
            raise ConfigError(
                f"findings[{number}]: expected path, rule and fingerprint (text)", shown, 5 + number
            )
        records.append(
            Record(
                path=item["path"],
                rule=item["rule"],
                fingerprint=item["fingerprint"],
                name=str(item.get("name", "")),
                message=str(item.get("message", "")),
            )
        )
    return Baseline(path, records, exists=True)


#: How a stale record is reported: as the rule that reports unused suppressions (kept here
#: as data, so that this module needs nothing of the rules).
STALE_CODE, STALE_NAME, STALE_SEVERITY = "PTM901", "unused-suppression", "warning"


def stale_finding(baseline: Baseline, record: Record) -> Finding:
    """A stale record, reported as PTM901 unused-suppression at its line of the baseline."""
    what = f"{record.rule} ({record.name})" if record.name else record.rule
    return Finding(
        code=STALE_CODE,
        name=STALE_NAME,
        severity=STALE_SEVERITY,
        message=f"baseline entry for {what} in {record.path} matches no finding any more "
        "(fixed?); run `awesome-ptm check --update-baseline` to drop it",
        path=display_path(baseline.path),
        line=baseline.line_of(record),
    )
