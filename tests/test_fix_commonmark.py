"""Fixing never changes what a CommonMark document means.

For each of the 652 examples of the CommonMark 0.30 specification, ``fix`` (every rule,
safe fixes) either leaves the text unchanged or markdown-it-py renders the result to the
same HTML (whitespace-normalised, as mdformat compares). The one difference allowed is the
purpose of the placeholder rule (PTM212, a removing rule): empty list items it deletes.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from awesome_ptm.config import Config
from awesome_ptm.corpus import Corpus
from awesome_ptm.fix import FileResult, fix_corpus
from awesome_ptm.parse import parse_text
from awesome_ptm.parse._markdown import markdown

SPEC = Path(__file__).parent / "data" / "commonmark_spec_v0.30.json"
EXAMPLES: list[dict[str, Any]] = json.loads(SPEC.read_text(encoding="utf-8"))

#: Examples whose text the fixes change today (all by deleting an empty list item).
EMPTY_ITEM_EXAMPLES = {280, 281, 282, 283, 284, 315}


def normalized_html(text: str) -> str:
    return re.sub(r"\s+", "", markdown().render(text))


def without_empty_items(html: str) -> str:
    """Normalised HTML minus empty list items, and lists left with no item."""
    html = html.replace("<li></li>", "")
    return re.sub(r"<(ul|ol)(\sstart=\"\d+\")?></\1>", "", html)


@cache
def fixed(number: int) -> FileResult:
    example = EXAMPLES[number - 1]
    assert example["example"] == number
    corpus = Corpus([parse_text(example["markdown"], f"example-{number}.md")])
    return fix_corpus(corpus, Config(), select=None, ignore=None)[0]


def test_the_spec_has_652_examples() -> None:
    assert [example["example"] for example in EXAMPLES] == list(range(1, 653))


def test_markdown_it_renders_the_spec_examples() -> None:
    """Sanity check of the comparison: our parser configuration renders the spec's HTML
    except for two HTML-comment examples (625, 626), where markdown-it-py 4 follows the
    comment syntax of later spec versions, and two that open the document with ``---`` over
    text and a second ``---`` (96, 98): YAML front matter to us, as to GitHub, Jekyll and
    Hugo, where CommonMark reads a rule or a setext heading."""
    differ = [
        example["example"]
        for example in EXAMPLES
        if normalized_html(example["markdown"]) != re.sub(r"\s+", "", example["html"])
    ]
    assert set(differ) <= {96, 98, 625, 626}


@pytest.mark.parametrize("number", [example["example"] for example in EXAMPLES])
def test_fix_keeps_the_rendering(number: int) -> None:
    result = fixed(number)
    assert result.original == EXAMPLES[number - 1]["markdown"]
    if not result.changed():
        return
    before, after = normalized_html(result.original), normalized_html(result.fixed)
    if set(result.applied) <= {"PTM212"}:
        assert without_empty_items(before) == after
        assert before.count("<li></li>") == result.applied["PTM212"]
    else:
        assert before == after, result.applied


def test_empty_items_are_removed_from_the_examples_that_have_them() -> None:
    """With today's rules 6 examples change (646 do not): the ones with an empty list item.
    Rules added later may change more examples, as long as the rendering test holds."""
    changed = {number for number in range(1, 653) if fixed(number).changed()}
    assert changed >= EMPTY_ITEM_EXAMPLES
    for number in EMPTY_ITEM_EXAMPLES:
        assert fixed(number).applied == {"PTM212": 1}
        assert fixed(number).refused == []
