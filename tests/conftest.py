"""Shared fixtures. Tests read only what is under tests/ (never ../shared)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

from awesome_ptm.model import Document
from awesome_ptm.parse import parse_file

# CI must not depend on luck: with CI=true every hypothesis test draws the same examples on
# every run (examples found failing are pinned with @example next to the test). Locally
# the default, randomised profile keeps looking for new ones.
settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
    settings.load_profile("ci")

FIXTURES = Path(__file__).parent / "fixtures"
SEEDS = FIXTURES / "seeds"
PUBLIC = FIXTURES / "public"


@pytest.fixture(scope="session")
def seed_docs() -> dict[str, Document]:
    """The five seed lists, parsed, by file stem."""
    return {path.stem: parse_file(path) for path in sorted(SEEDS.glob("*.md"))}
