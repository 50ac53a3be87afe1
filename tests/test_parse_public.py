"""Generalisation: lists in the shapes of large public awesome lists, with expectations
written down when the fixtures were made (tests/fixtures/public/make_fixtures.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from awesome_ptm.parse import parse_file

PUBLIC = Path(__file__).parent / "fixtures" / "public"
FIXTURES = sorted(p.stem for p in PUBLIC.glob("*.md"))


def expected(stem: str) -> dict[str, object]:
    data: dict[str, object] = json.loads((PUBLIC / f"{stem}.expected.json").read_text("utf-8"))
    return data


@pytest.mark.parametrize("stem", FIXTURES)
def test_one_entry_per_item(stem: str) -> None:
    doc = parse_file(PUBLIC / f"{stem}.md")
    want = expected(stem)
    assert len(doc.entries) == want["entry_count"]
    lines = [e["line"] for e in want["entries"]]  # type: ignore[attr-defined]
    assert [e.source.line for e in doc.entries] == lines


@pytest.mark.parametrize("stem", FIXTURES)
def test_titles_and_links(stem: str) -> None:
    doc = parse_file(PUBLIC / f"{stem}.md")
    want = expected(stem)["entries"]
    got_titles = [e.title for e in doc.entries]
    assert got_titles == [w["title"] for w in want]  # type: ignore[attr-defined]
    got_urls = [[link.url for link in e.links] for e in doc.entries]
    assert got_urls == [w["urls"] for w in want]  # type: ignore[attr-defined]


def _venue_accuracy(stem: str) -> float:
    doc = parse_file(PUBLIC / f"{stem}.md")
    want = expected(stem)["entries"]
    right = sum(
        1
        for entry, w in zip(doc.entries, want, strict=True)  # type: ignore[call-overload]
        if (entry.venue, entry.year) == (w["venue"], w["year"])
    )
    return right / len(doc.entries)


@pytest.mark.parametrize(
    ("stem", "floor"),
    [
        # The issue asks for venue and year wherever a suffix gives them, and for nine in ten
        # items of the bold paper-list style; all are read today, so any loss is a regression.
        ("arxiv_suffix_list", 1.0),
        ("paper_list_bold", 1.0),
        ("pipe_list", 1.0),
        ("chinese_table", 1.0),
    ],
)
def test_venue_and_year(stem: str, floor: float) -> None:
    assert _venue_accuracy(stem) >= floor


def test_authors_and_aliases_in_bold_style() -> None:
    doc = parse_file(PUBLIC / "paper_list_bold.md")
    want = expected("paper_list_bold")["entries"]
    authors_right = sum(
        1
        for e, w in zip(doc.entries, want, strict=True)  # type: ignore[call-overload]
        if e.authors == w["authors"]
    )
    aliases_right = sum(
        1
        for e, w in zip(doc.entries, want, strict=True)  # type: ignore[call-overload]
        if e.aliases == w["aliases"]
    )
    assert authors_right / len(doc.entries) >= 0.95
    assert aliases_right == len(doc.entries)
