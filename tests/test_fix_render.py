"""The safety check's HTML comparison: comparing block tokens first (and rendering only the
blocks whose tokens differ) decides exactly as rendering every block does."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from awesome_ptm.findings import Edit
from awesome_ptm.fix import _render
from awesome_ptm.fix._apply import apply_edits
from awesome_ptm.fix._changes import Change, ChangeMap
from awesome_ptm.fix._render import html_problem

SEEDS = sorted((Path(__file__).parent / "fixtures" / "seeds").glob("*.md"))
# Reference links, tight and loose lists, a quote and a table: blocks whose HTML an edit
# elsewhere can change (a redefined reference, a list made loose).
REFERENCES = (
    "# T\n\n- [a][r1] one\n- two [b][r2]\n- three\n\nPara [c][r1] text\nmore\n\n"
    "1. x\n2. y\n\n> quote [d][r2]\n\n[r1]: https://a.example\n"
    '[r2]: https://b.example "T"\n\n| a | b |\n| - | - |\n| [e][r1] | 2 |\n\nlast [r3]\n'
)
TEXTS = [REFERENCES, *(seed.read_text(encoding="utf-8") for seed in SEEDS)]
SNIPPETS = ["", "x", " ", "\n", "\n\n", "- ", "1. ", "# ", "```\n", "<div>\n", "|", "[a]", "> "]
SNIPPETS += ["[ref]: https://example.com/other\n", "*", "\n    ", "<!-- ", "-->", "---\n"]
SNIPPETS += ["\n[r1]: https://c.example\n", "\n[r3]: https://d.example\n", "r2", "\n\n- z\n"]


def _edited(text: str, edits: list[tuple[int, int, str]]) -> tuple[str, ChangeMap]:
    chosen: list[Edit] = []
    for start, length, content in sorted(edits):
        start %= len(text) + 1  # anywhere in the text, short or long
        end = min(start + length, len(text))
        if all(end < other.start or start > other.end for other in chosen):
            chosen.append(Edit(start, end, content))
    chosen.sort(key=lambda edit: (edit.start, edit.end))
    changes = ChangeMap()
    changes.apply([Change(e.start, e.end, len(e.content)) for e in chosen])
    return apply_edits(text, chosen), changes


def _rendering_every_block(original: str, fixed: str, changes: ChangeMap) -> str | None:
    """The check with no two blocks' tokens ever found equal: every block is rendered."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_render._Side, "signature", lambda self, node: object())
        return html_problem(original, fixed, changes.hunks)


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(TEXTS),
    st.lists(
        st.tuples(st.integers(0, 9000), st.integers(0, 12), st.sampled_from(SNIPPETS)),
        min_size=1,
        max_size=4,
    ),
)
def test_token_comparison_decides_as_rendering(
    original: str, edits: list[tuple[int, int, str]]
) -> None:
    fixed, changes = _edited(original, edits)
    expected = _rendering_every_block(original, fixed, changes)
    assert html_problem(original, fixed, changes.hunks) == expected


def test_a_changed_reference_is_seen_in_untouched_blocks() -> None:
    original = "See [the paper][ref].\n\nOther text.\n\n[ref]: https://example.com/a\n"
    start = original.index("https://example.com/a")
    fixed, changes = _edited(original, [(start, len("https://example.com/a"), "https://b.org")])
    problem = html_problem(original, fixed, changes.hunks)
    assert problem is not None and "line 1" in problem and "render differently" in problem
    assert problem == _rendering_every_block(original, fixed, changes)


def test_a_list_made_loose_is_seen_in_its_untouched_items() -> None:
    original = "- one\n- two\n- three\n"
    fixed, changes = _edited(original, [(len("- one\n"), 0, "\n")])
    assert html_problem(original, fixed, changes.hunks) is not None


def test_front_matter_renders_as_its_text() -> None:
    # the front matter plugin renders nothing by itself: an edit that turned the page's
    # metadata into other metadata would leave two renderings equal
    before = _render.render("---\ntitle: Links\n---\n\n# List\n")
    after = _render.render("---\ntitle: Link\n---\n\n# List\n")
    assert "title: Links" in before
    assert _render.normalize_html(before) != _render.normalize_html(after)
