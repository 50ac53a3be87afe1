"""The streaming writers give the same bytes as dumping the whole export document at once.

``to_json`` / ``iter_json`` write one entry at a time instead of ``dumps_export`` of the whole
document; ``to_yaml`` / ``dumps_yaml`` write PyYAML's block layout themselves instead of
``yaml.safe_dump`` (see ``awesome_ptm.export.yaml_export``). Both are compared with the
straightforward writers on the seeds and public fixtures, and the YAML writer on generated
data meant to reach every style PyYAML chooses (plain, single- and double-quoted, folded at
the width, multi-line, keys that must be quoted or are not simple, shared objects).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from awesome_ptm.corpus import Corpus, load
from awesome_ptm.export import dumps_export, export_document, iter_json, to_json, to_jsonl
from awesome_ptm.export.yaml_export import dumps_yaml, iter_yaml, to_yaml
from awesome_ptm.parse import parse_text

FIXTURES = Path(__file__).parent / "fixtures"
CORPORA = {
    "seeds": sorted((FIXTURES / "seeds").glob("*.md")),
    "public": sorted((FIXTURES / "public").glob("*.md")),
    "lists": sorted((Path(__file__).parent.parent / "lists").glob("ptm-*.md")),
}


def _reference_yaml(document: Any) -> str:
    text: str = yaml.safe_dump(document, allow_unicode=True, sort_keys=False)
    return text


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_streamed_exports_match_the_whole_document(name: str) -> None:
    corpus = load(CORPORA[name])
    document = export_document(corpus)
    assert to_json(corpus) == "".join(iter_json(corpus)) == dumps_export(document)
    assert to_yaml(corpus) == "".join(iter_yaml(corpus)) == _reference_yaml(document)
    assert to_jsonl(corpus) == "".join(
        json.dumps(entry, ensure_ascii=False) + "\n" for entry in document["entries"]
    )


def test_empty_corpus_and_list_without_entries() -> None:
    for corpus in (Corpus([]), Corpus([parse_text("# Only a heading\n", "a.md")])):
        document = export_document(corpus)
        assert to_json(corpus) == dumps_export(document)
        assert json.loads(to_json(corpus))["entries"] == []
        assert to_yaml(corpus) == _reference_yaml(document)


def test_entries_with_unicode_none_and_nested_lists() -> None:
    text = (
        "# 列表\n\n## Ünïcode — section: one\n\n"
        "- [BERT: Pre-training 😀 'quoted' \"double\"](https://arxiv.org/abs/1810.04805) - "
        "**NAACL 2019** · note # not a comment · [code](https://github.com/google-research/bert)\n"
        "- [- starts with a dash](http://example.com/a%20b) — yes\n"
        "- [" + "long title " * 12 + "](https://example.com/" + "x" * 90 + ")\n\n"
        "| Paper | Venue | Code |\n| --- | --- | --- |\n"
        "| [null](https://example.org) | NULL | - |\n| 1.0 | ACL 2020 | [c](https://c.example) |\n"
    )
    corpus = Corpus([parse_text(text, "lists/ü.md")])
    document = export_document(corpus)
    assert any(entry["venue"] is None for entry in document["entries"])
    assert to_json(corpus) == dumps_export(document)
    assert to_yaml(corpus) == _reference_yaml(document)


# Characters that decide PyYAML's choices: indicators, spaces, quotes, line breaks of all
# kinds, tabs and other control characters, wide and astral characters, the BOM.
_ALPHABET = st.sampled_from(
    list("ab: #-?'\",[]{}&*!|>%@`.\n\t\r\x85\u2028\u00a0é中😀\ufeff\x07~0123yYnN=+<")
)
_WORDS = st.sampled_from(
    [
        "",
        " ",
        "null",
        "~",
        "yes",
        "No",
        "on",
        "true",
        "1.0",
        "0x1F",
        "1e3",
        "2020",
        "2020-01-02",
        "---",
        "...",
        "- x",
        "-x",
        "? x",
        "a: b",
        "a:b",
        "a #b",
        "a#b",
        "https://example.com/a?b=c#d",
        "<<",
        "=",
        "x" * 130,
    ]
)
_TEXT = st.one_of(
    _WORDS,
    st.text(_ALPHABET, max_size=12),
    st.lists(st.one_of(_WORDS, st.text(_ALPHABET, max_size=9)), max_size=30).map(" ".join),
    st.lists(st.text("ab'", min_size=1, max_size=7), max_size=40).map(" ".join),
)
_LONG = st.lists(st.one_of(_WORDS, st.text(_ALPHABET, max_size=9)), min_size=8, max_size=30)
_SCALAR = st.one_of(
    _TEXT, _LONG.map(" ".join), st.none(), st.booleans(), st.integers(-(10**20), 10**20)
)
# Keys as the export has them (one-line, printable), mostly; rarely others, which PyYAML
# writes as complex keys, double-quoted or as ints.
_KEY = st.one_of(
    st.text(st.sampled_from(list("ab: #-?'\",[]{}&*!|>%@`.é中😀~0yN")), min_size=1, max_size=10),
    _WORDS,
)
_ODD_KEY = st.one_of(_TEXT, st.integers(0, 9))


def _containers(children: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(_KEY, children, max_size=4),
        st.dictionaries(_KEY, children, max_size=4),
    )


_VALUE = st.recursive(_SCALAR, _containers, max_leaves=25)


@settings(max_examples=800, deadline=None)
@given(st.dictionaries(_KEY, _VALUE, max_size=6))
def test_yaml_writer_matches_pyyaml(document: dict[str, Any]) -> None:
    assert dumps_yaml(document) == _reference_yaml(document)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(_ODD_KEY, st.dictionaries(_ODD_KEY, _SCALAR, max_size=3), max_size=3))
def test_yaml_writer_matches_pyyaml_with_odd_keys(document: dict[Any, Any]) -> None:
    assert dumps_yaml(document) == _reference_yaml(document)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.dictionaries(st.sampled_from(["id", "title", "raw", "notes"]), _VALUE), max_size=4)
)
def test_yaml_writer_matches_pyyaml_for_entry_lists(entries: list[dict[str, Any]]) -> None:
    document = {"schema_version": "1.0", "entries": entries}
    assert dumps_yaml(document) == _reference_yaml(document)


@pytest.mark.parametrize("indent", [0, 1, 30, 70, 75, 80, 85])
def test_folding_at_the_width(indent: int) -> None:
    words = " ".join(["word"] * 40)
    for value in (words, f"it's {words}", f"{words}: colon", f"a  b  {words}", f"{words} '"):
        document = {"k" * max(indent, 1): value, "list": [value, {"key": value}]}
        assert dumps_yaml(document) == _reference_yaml(document)


def test_shared_objects_get_anchors_as_in_pyyaml() -> None:
    shared: list[str] = []
    document = {"a": shared, "b": shared, "c": {"d": [shared]}}
    assert dumps_yaml(document) == _reference_yaml(document)


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_write_export_writes_the_rendered_text_in_pieces(fmt: str) -> None:
    """``awesome-ptm export`` to standard output writes as it goes: the same text as
    ``render``, in pieces of about 64k characters, never the whole at once."""
    from awesome_ptm.export import render, write_export

    items = "".join(
        f"- [Paper {n} 论文](https://arxiv.org/abs/2101.{n:05d}) (ACL 2021)\n" for n in range(3000)
    )
    corpus = Corpus([parse_text(f"# Papers\n\n{items}", "big.md")])
    pieces: list[str] = []
    write_export(corpus, fmt, pieces.append)
    assert "".join(pieces) == render(corpus, fmt)
    if fmt != "csv":  # CSV is made in one piece
        assert len(pieces) > 2
        assert max(len(piece) for piece in pieces[:-1]) < 2 * (1 << 16)


def test_export_command_streams_to_stdout_and_writes_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from awesome_ptm.cli import main
    from awesome_ptm.export import render

    monkeypatch.chdir(tmp_path)
    paths = [str(path) for path in CORPORA["seeds"]]
    expected = render(load(CORPORA["seeds"]), "json")
    assert main(["export", *paths]) == 0
    assert capsys.readouterr().out == expected
    assert main(["export", "--format", "json", "-o", "out.json", *paths]) == 0
    assert (tmp_path / "out.json").read_text(encoding="utf-8") == expected
