"""What a rule reports: findings, with optional fixes made of text edits."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SEVERITIES = ("error", "warning", "info")


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``text[start:end]`` (character offsets in the LF-normalised file text)."""

    start: int
    end: int
    content: str


@dataclass(frozen=True, slots=True)
class Fix:
    """Edits that resolve a finding. ``safe`` fixes never change meaning and are applied by
    default; ``unsafe`` ones need ``--unsafe-fixes``."""

    applicability: str
    edits: tuple[Edit, ...]
    message: str = ""


@dataclass(frozen=True, slots=True)
class Related:
    """Another place that the finding concerns (the other copy of a duplicate)."""

    path: str
    line: int
    message: str = ""


@dataclass(slots=True)
class Finding:
    """One problem at one place. Lines and columns are 1-based; end is inclusive of the line,
    exclusive of the column (as in LSP / SARIF ``endColumn``)."""

    code: str
    name: str
    severity: str
    message: str
    path: str
    line: int
    column: int = 1
    end_line: int | None = None
    end_column: int | None = None
    fix: Fix | None = None
    related: list[Related] = field(default_factory=list)

    def sort_key(self) -> tuple[str, int, int, str, str]:
        return (self.path, self.line, self.column, self.code, self.message)

    def to_dict(self, text_positions: Any = None) -> dict[str, Any]:
        """JSON form. ``text_positions(path, offset) -> (line, column)`` turns edit offsets
        into positions; without it edits carry offsets only."""
        fix: dict[str, Any] | None = None
        if self.fix is not None:
            edits = []
            for edit in self.fix.edits:
                item: dict[str, Any] = {"content": edit.content}
                if text_positions is not None:
                    line, column = text_positions(self.path, edit.start)
                    end_line, end_column = text_positions(self.path, edit.end)
                    item.update(
                        location={"line": line, "column": column},
                        end_location={"line": end_line, "column": end_column},
                    )
                item.update(start=edit.start, end=edit.end)
                edits.append(item)
            fix = {
                "applicability": self.fix.applicability,
                "message": self.fix.message,
                "edits": edits,
            }
        return {
            "code": self.code,
            "name": self.name,
            "severity": self.severity,
            "message": self.message,
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line if self.end_line is not None else self.line,
            "end_column": self.end_column,
            "fix": fix,
            "related": [
                {"path": r.path, "line": r.line, "message": r.message} for r in self.related
            ],
        }
