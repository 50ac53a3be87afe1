"""Shared fixtures. Tests read only what is under tests/ (never ../shared)."""

from __future__ import annotations

from pathlib import Path

import pytest

from awesome_ptm.model import Document
from awesome_ptm.parse import parse_file

FIXTURES = Path(__file__).parent / "fixtures"
SEEDS = FIXTURES / "seeds"
PUBLIC = FIXTURES / "public"


@pytest.fixture(scope="session")
def seed_docs() -> dict[str, Document]:
    """The five seed lists, parsed, by file stem."""
    return {path.stem: parse_file(path) for path in sorted(SEEDS.glob("*.md"))}
