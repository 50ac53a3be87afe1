"""What fixing did to one file."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from awesome_ptm.check import Result
    from awesome_ptm.config import Config

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
    #: The check of the fixed texts of the whole run (the same object in every result of
    #: one ``fix_corpus``), when the fix loop ended with it; see :func:`remaining_findings`.
    final_check: Result | None = field(default=None, repr=False, compare=False)

    def changed(self) -> bool:
        """Whether the fixed text differs from the original."""
        return self.fixed != self.original

    def rendered(self, bom: bool, newline: str) -> bytes:
        """The fixed text as file bytes, with the file's BOM and line ending (one for every
        line: ``write_results`` keeps each line's own ending in a file that mixes them)."""
        return to_bytes(self.fixed, bom, newline)


def remaining_findings(
    results: list[FileResult],
    config: Config,
    select: list[str] | None,
    ignore: list[str] | None,
) -> Result:
    """What a check of the fixed texts finds (with the same rule choice as the fix). The fix
    loop's last check is that check, when it ended with one: re-parsing and re-checking
    a large list again took a third of ``fix``'s time."""
    finals = {id(result.final_check) for result in results}
    final = results[0].final_check if results else None
    if final is not None and len(finals) == 1:
        return final
    from awesome_ptm.check import run_checks
    from awesome_ptm.corpus import Corpus
    from awesome_ptm.parse import parse_text

    corpus = Corpus([parse_text(result.fixed, result.path) for result in results])
    return run_checks(corpus, config, select, ignore)
