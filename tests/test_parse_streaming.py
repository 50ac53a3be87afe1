"""Reading top-level blocks as the block parser finishes them gives the same document as
parsing the whole file first.

``awesome_ptm.parse._document`` streams (each finished top-level block is read and its
tokens let go, so a large list never holds all of its tokens) unless the file may define a
link reference. The two paths are compared here on every fixture, every CommonMark spec
example and generated documents: entries, blocks, sections, headings and layout must be
equal.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from awesome_ptm.model import Layout
from awesome_ptm.parse import _stream, parse_text
from awesome_ptm.parse._document import Builder, _parse_into
from awesome_ptm.parse._stream import may_define_references
from test_robustness import random_text, spliced_documents, structured_documents, token_soup

HERE = Path(__file__).parent
FIXTURES = sorted((HERE / "fixtures").rglob("*.md"))
SPEC = json.loads((HERE / "data" / "commonmark_spec_v0.30.json").read_text(encoding="utf-8"))


def _read(text: str, stream: bool) -> tuple[Builder, Layout]:
    builder = Builder(text, "list.md")
    recorded = _parse_into(builder, text, stream=stream)
    return builder, recorded


def assert_same_document(text: str) -> None:
    whole, whole_layout = _read(text, stream=False)
    streamed, streamed_layout = _read(text, stream=True)
    assert streamed.entries == whole.entries
    assert streamed.blocks == whole.blocks
    assert streamed.sections == whole.sections
    assert streamed.headings == whole.headings
    assert streamed_layout == whole_layout


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_fixtures_read_the_same_streamed(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    whole, _ = _read(text, stream=False)
    assert whole.entries or whole.blocks  # the comparison compares something
    assert_same_document(text)


def test_spec_examples_read_the_same_streamed() -> None:
    compared = 0
    for example in SPEC:
        text = example["markdown"]
        if not may_define_references(text):
            assert_same_document(text)
            compared += 1
    assert compared > 500


def test_the_fixtures_take_the_streaming_path(monkeypatch: pytest.MonkeyPatch) -> None:
    """Lists without reference definitions are streamed: the reader sees more than one
    batch of blocks."""
    batches: list[int] = []
    read = _stream.BlockReader.read

    def counting(self: _stream.BlockReader, tokens: list[object]) -> None:
        batches.append(len(tokens))
        read(self, tokens)  # type: ignore[arg-type]

    monkeypatch.setattr(_stream.BlockReader, "read", counting)
    text = (HERE / "fixtures" / "seeds" / "ptm-papers-and-tutorials.md").read_text("utf-8")
    assert not may_define_references(text)
    parse_text(text)
    assert len(batches) > 10


def test_a_reference_defined_after_its_use_still_resolves() -> None:
    """A file that may define references is parsed whole first: a link may come before its
    definition."""
    text = "# Papers\n\n- [BERT][bert] (NAACL 2019)\n\n[bert]: https://arxiv.org/abs/1810.04805\n"
    document = parse_text(text)
    assert [link.url for entry in document.entries for link in entry.links] == [
        "https://arxiv.org/abs/1810.04805"
    ]


def test_a_list_inside_a_quote_and_tables_keep_their_layout() -> None:
    text = (
        "# A\n\n- [a](https://a.org/1)\n- [b](https://a.org/2)\n\n> - [c](https://a.org/3)\n"
        "> - [d](https://a.org/4)\n\n| Title | Link |\n| --- | --- |\n| x | https://a.org/5 |\n\n"
        "1. [e](https://a.org/6)\n2. [f](https://a.org/7)\n"
    )
    assert_same_document(text)
    _, recorded = _read(text, stream=True)
    assert recorded.tables == [(9, 11)]
    lists = {tuple(lines) for lines in recorded.list_items.values()}
    assert {(3, 4), (6, 7), (13, 14)} <= lists


@settings(max_examples=200, deadline=None)
@given(st.one_of(structured_documents, spliced_documents(), random_text, token_soup))
def test_generated_documents_read_the_same_streamed(text: str) -> None:
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if may_define_references(text):
        text = text.replace("]:", "] :")
    assert_same_document(text)
