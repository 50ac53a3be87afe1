"""A unified diff of one file's fix, for ``--diff``."""

from __future__ import annotations

import difflib

from awesome_ptm.fix._result import FileResult

_NO_NEWLINE = "\\ No newline at end of file\n"


def _lines(text: str) -> list[str]:
    """Split at LF only (``str.splitlines`` would also split at U+2028, form feeds…)."""
    parts = text.split("\n")
    lines = [part + "\n" for part in parts[:-1]]
    if parts[-1]:
        lines.append(parts[-1])
    return lines


def unified_diff(result: FileResult) -> str:
    """The change as a unified diff (``--- path`` / ``+++ path``, like ``ruff --diff``);
    empty when nothing changed. A last line without a line ending is marked as git does."""
    if not result.changed():
        return ""
    out: list[str] = []
    for line in difflib.unified_diff(
        _lines(result.original), _lines(result.fixed), fromfile=result.path, tofile=result.path
    ):
        if line.endswith("\n"):
            out.append(line)
        else:
            out.append(line + "\n" + _NO_NEWLINE)
    return "".join(out)
