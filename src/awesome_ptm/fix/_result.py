"""What fixing did to one file."""

from __future__ import annotations

from dataclasses import dataclass, field

_BOM = "\ufeff"


def to_bytes(text: str, bom: bool, newline: str) -> bytes:
    """LF-normalised ``text`` back to a file's bytes: its BOM and its line endings."""
    if newline != "\n":
        text = text.replace("\n", newline)
    return ((_BOM if bom else "") + text).encode("utf-8")


@dataclass
class FileResult:
    """One file after fixing.

    ``applied`` counts the fixes applied per rule code; ``refused`` holds one-line reasons
    why fixes were refused (a malformed fix, or the safety check); ``converged`` is False when
    the pass limit was hit while rules still offered fixes, and ``pending`` names those rules.
    """

    path: str
    original: str
    fixed: str
    applied: dict[str, int] = field(default_factory=dict)
    refused: list[str] = field(default_factory=list)
    converged: bool = True
    pending: list[str] = field(default_factory=list)

    def changed(self) -> bool:
        """Whether the fixed text differs from the original."""
        return self.fixed != self.original

    def rendered(self, bom: bool, newline: str) -> bytes:
        """The fixed text as file bytes, with the file's BOM and line ending (one for every
        line: ``write_results`` keeps each line's own ending in a file that mixes them)."""
        return to_bytes(self.fixed, bom, newline)
