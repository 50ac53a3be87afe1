"""The corpus of real public lists (tests/corpus/, see SOURCES.md): the parser reads them
the way their curators do. Expected values are written by hand in each expected.yaml."""

from __future__ import annotations

import pytest
import yaml

from corpus_score import CORPUS, corpus_names, labelled_names, load_expected, score

#: The bars of the real-lists issue.
COUNT_TOLERANCE = 0.03
SAMPLE_ACCURACY = 0.97


def test_every_corpus_list_is_labelled_and_sourced() -> None:
    names = corpus_names()
    assert len(names) >= 20
    assert labelled_names() == names
    sources = yaml.safe_load((CORPUS / "sources.yaml").read_text("utf-8"))
    assert sorted(sources) == names
    table = (CORPUS / "SOURCES.md").read_text("utf-8")
    for name, source in sources.items():
        assert f"| {name} |" in table and source["commit"] in table


@pytest.mark.parametrize("name", labelled_names())
def test_labels_are_well_formed(name: str) -> None:
    expected = load_expected(name)
    lines = (CORPUS / name / "list.md").read_text("utf-8").split("\n")
    assert isinstance(expected["entries"], int)
    assert len(expected["samples"]) >= 8
    for sample in expected["samples"]:
        assert 1 <= sample["line"] <= len(lines)
        assert lines[sample["line"] - 1].strip(), f"line {sample['line']} is blank"
        assert {"title", "year", "venue", "links"} <= set(sample)


@pytest.mark.parametrize("name", labelled_names())
def test_entry_count_matches_the_curators(name: str) -> None:
    result = score(name)
    assert result.count_error <= COUNT_TOLERANCE, (
        f"{name}: {result.got_entries} entries, a curator counts {result.want_entries}"
    )


@pytest.mark.parametrize("name", labelled_names())
def test_lines_that_are_not_entries(name: str) -> None:
    assert score(name).not_entry_hits == []


def test_sampled_fields_across_the_corpus() -> None:
    checks: list[bool] = []
    wrong: list[str] = []
    for name in labelled_names():
        result = score(name)
        checks.extend(ok for oks in result.checks.values() for ok in oks)
        wrong.extend(
            f"{name}:{m.line} {m.field} {m.want!r} != {m.got!r}" for m in result.mismatches
        )
    accuracy = sum(checks) / len(checks)
    assert accuracy >= SAMPLE_ACCURACY, "\n".join(wrong)
