"""``sarif``: a SARIF 2.1.0 log, for GitHub code scanning and other SARIF viewers."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any
from urllib.parse import quote

from awesome_ptm import __version__
from awesome_ptm.findings import Finding
from awesome_ptm.report._common import RuleInfo, TextPositions

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/awesome-ptm/awesome-ptm"
RULES_DOC = f"{INFORMATION_URI}/blob/main/docs/rules.md"
SRCROOT = "%SRCROOT%"

#: SARIF has no "info" level; "note" is its nearest.
LEVELS = {"error": "error", "warning": "warning", "info": "note"}

_WINDOWS_DRIVE = re.compile(r"^[A-Za-z]:/")


def level(severity: str) -> str:
    return LEVELS.get(severity, "warning")


def artifact_location(path: str) -> dict[str, Any]:
    """A URI for ``path``: relative to ``%SRCROOT%`` when relative, a file URI otherwise."""
    posix = path.replace("\\", "/")
    # Percent-encode so that spaces and CJK in file names still make a valid URI reference.
    if posix.startswith("/"):
        return {"uri": "file://" + quote(posix, safe="/")}
    if _WINDOWS_DRIVE.match(posix):
        return {"uri": "file:///" + quote(posix, safe="/:")}
    return {"uri": quote(posix, safe="/"), "uriBaseId": SRCROOT}


def _region(line: int, column: int, end_line: int, end_column: int | None) -> dict[str, int]:
    region = {"startLine": line, "startColumn": column, "endLine": end_line}
    if end_column is not None:
        region["endColumn"] = end_column
    return region


def _descriptor(rule: RuleInfo) -> dict[str, Any]:
    summary = rule.summary() or rule.name
    documentation = rule.documentation() or summary
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": summary},
        "fullDescription": {"text": documentation},
        "help": {"text": documentation, "markdown": documentation},
        "helpUri": f"{RULES_DOC}#{rule.name}",
        "defaultConfiguration": {"level": level(rule.severity)},
    }


def _descriptor_from_finding(finding: Finding) -> dict[str, Any]:
    # A finding whose rule was not passed in (e.g. unused-suppression, raised by the
    # checker itself) still needs a descriptor, or its ruleIndex would point nowhere.
    return {
        "id": finding.code,
        "name": finding.name,
        "shortDescription": {"text": finding.name},
        "helpUri": f"{RULES_DOC}#{finding.name}",
        "defaultConfiguration": {"level": level(finding.severity)},
    }


def _fixes(finding: Finding, text_positions: TextPositions) -> list[dict[str, Any]]:
    if finding.fix is None:
        return []
    replacements = []
    for edit in finding.fix.edits:
        line, column = text_positions(finding.path, edit.start)
        end_line, end_column = text_positions(finding.path, edit.end)
        replacements.append(
            {
                "deletedRegion": _region(line, column, end_line, end_column),
                "insertedContent": {"text": edit.content},
            }
        )
    if not replacements:
        # SARIF requires at least one replacement per change; an empty fix has nothing to say.
        return []
    description = finding.fix.message or f"{finding.fix.applicability} fix"
    change = {"artifactLocation": artifact_location(finding.path), "replacements": replacements}
    return [
        {
            "description": {"text": description},
            "artifactChanges": [change],
            # SARIF has no notion of fix safety; keep ours where consumers can find it.
            "properties": {"applicability": finding.fix.applicability},
        }
    ]


def _result(
    finding: Finding, rule_index: int, text_positions: TextPositions | None
) -> dict[str, Any]:
    end_line = finding.end_line if finding.end_line is not None else finding.line
    result: dict[str, Any] = {
        "ruleId": finding.code,
        "ruleIndex": rule_index,
        "level": level(finding.severity),
        "message": {"text": finding.message},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": artifact_location(finding.path),
                    "region": _region(finding.line, finding.column, end_line, finding.end_column),
                }
            }
        ],
    }
    if finding.related:
        related_locations = []
        for number, related in enumerate(finding.related, start=1):
            location: dict[str, Any] = {
                "id": number,
                "physicalLocation": {
                    "artifactLocation": artifact_location(related.path),
                    "region": {"startLine": related.line},
                },
            }
            if related.message:
                location["message"] = {"text": related.message}
            related_locations.append(location)
        result["relatedLocations"] = related_locations
    if text_positions is not None:
        fixes = _fixes(finding, text_positions)
        if fixes:
            result["fixes"] = fixes
    return result


def build(
    findings: list[Finding],
    rules: Sequence[RuleInfo] | None,
    text_positions: TextPositions | None,
) -> dict[str, Any]:
    """The SARIF log as a JSON-ready dict."""
    descriptors = [_descriptor(rule) for rule in rules or ()]
    index = {descriptor["id"]: number for number, descriptor in enumerate(descriptors)}
    for code in sorted({finding.code for finding in findings} - index.keys()):
        first = next(finding for finding in findings if finding.code == code)
        index[code] = len(descriptors)
        descriptors.append(_descriptor_from_finding(first))
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "awesome-ptm",
                "informationUri": INFORMATION_URI,
                "version": __version__,
                "rules": descriptors,
            }
        },
        # Our columns count code points, not SARIF's default UTF-16 code units.
        "columnKind": "unicodeCodePoints",
        "results": [_result(f, index[f.code], text_positions) for f in findings],
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def render(
    findings: list[Finding],
    rules: Sequence[RuleInfo] | None,
    text_positions: TextPositions | None,
) -> str:
    """The SARIF log as indented JSON with a trailing newline."""
    log = build(findings, rules, text_positions)
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"
