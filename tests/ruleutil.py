"""Helpers for rule tests: check Markdown text, apply a fix."""

from __future__ import annotations

from pathlib import Path

from awesome_ptm.check import Finding, Fix, run_checks
from awesome_ptm.config import Config
from awesome_ptm.corpus import Corpus
from awesome_ptm.parse import parse_text


def check_texts(
    files: dict[str, str], select: list[str], config: Config | None = None
) -> list[Finding]:
    """Findings of the selected rules over several in-memory files (name → Markdown)."""
    corpus = Corpus([parse_text(text, name) for name, text in files.items()])
    return run_checks(corpus, config or Config(root=Path.cwd()), select=select).findings


def check_text(text: str, select: list[str], config: Config | None = None) -> list[Finding]:
    """Findings of the selected rules on one in-memory file named ``list.md``."""
    return check_texts({"list.md": text}, select, config)


def apply_fix(text: str, fix: Fix) -> str:
    """``text`` with the fix's edits applied (they must not overlap)."""
    edits = sorted(fix.edits, key=lambda e: e.start, reverse=True)
    for edit in edits:
        text = text[: edit.start] + edit.content + text[edit.end :]
    return text
