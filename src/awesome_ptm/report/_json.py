"""``json`` (one pretty array) and ``json-lines`` (one compact object per line)."""

from __future__ import annotations

import json
from typing import Any

from awesome_ptm.findings import Finding
from awesome_ptm.report._common import TextPositions


def _dicts(findings: list[Finding], text_positions: TextPositions | None) -> list[dict[str, Any]]:
    return [finding.to_dict(text_positions) for finding in findings]


def render(findings: list[Finding], text_positions: TextPositions | None) -> str:
    """A JSON array of ``Finding.to_dict`` objects, indented, with a trailing newline."""
    # ensure_ascii=False: titles and messages are often Chinese; keep them readable.
    return json.dumps(_dicts(findings, text_positions), ensure_ascii=False, indent=2) + "\n"


def render_lines(findings: list[Finding], text_positions: TextPositions | None) -> str:
    """One compact JSON object per line (newlines inside strings are escaped by JSON)."""
    return "".join(
        json.dumps(item, ensure_ascii=False, separators=(",", ":")) + "\n"
        for item in _dicts(findings, text_positions)
    )
