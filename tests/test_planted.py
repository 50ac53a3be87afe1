"""Recall on defects planted into the corpus lists (tests/corpus_planted.py; the report is
benchmarks/planted_recall.py, docs/recall.md), and the planters themselves on a small list."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from awesome_ptm.parse import parse_text
from corpus_planted import (
    KINDS,
    PLANTERS,
    Outcome,
    Planting,
    found_by,
    run,
    stride,
    swap_typo,
    totals,
)

#: The bar of the precision issue (#13): recall on planted defects.
BAR = 0.95
#: Plantings per kind per list in CI (as benchmarks/planted_recall.py by default).
PER_KIND = 3
#: The kinds whose recall on the corpus meets the bar (docs/recall.md). missing-year is
#: not asserted at a lower number: its misses are listed in docs/recall.md for the rule and
#: the venue reader to fix. Add it here once it meets the bar.
MEETS_THE_BAR = (
    "duplicate",
    "tracking-params",
    "null-field",
    "heading-typo",
    "broken-emphasis",
    "malformed-url",
    "empty-section",
    "insecure-http",
    "title-typo",
)


#: The development corpus, whatever AWESOME_PTM_CORPUS says (the held-out lists are measured
#: with benchmarks/planted_recall.py, outside the tests).
CORPUS = Path(__file__).parent / "corpus"


@functools.cache
def corpus_outcomes() -> tuple[Outcome, ...]:
    return tuple(run(corpus=CORPUS, per_kind=PER_KIND))


@pytest.mark.parametrize("kind", MEETS_THE_BAR)
def test_planted_recall_meets_the_bar(kind: str) -> None:
    outcomes = corpus_outcomes()
    found, planted = totals(list(outcomes))[kind]
    missed = [
        f"{o.name}:{min(p.target)} {p.what}" for o in outcomes for p, _ in o.missed.get(kind, [])
    ]
    assert planted >= 20, f"only {planted} {kind} plantings on the corpus"
    assert found / planted >= BAR, missed


def test_overall_planted_recall_meets_the_bar() -> None:
    counts = totals(list(corpus_outcomes()))
    found = sum(f for f, _ in counts.values())
    planted = sum(n for _, n in counts.values())
    assert found / planted >= BAR, f"{found}/{planted}"


def test_every_kind_is_planted_on_the_corpus() -> None:
    counts = totals(list(corpus_outcomes()))
    assert {kind: n >= 10 for kind, (_, n) in counts.items()} == dict.fromkeys(KINDS, True)


def test_plantings_are_deterministic() -> None:
    one = run(["gnnpapers"], CORPUS, per_kind=2)[0]
    two = run(["gnnpapers"], CORPUS, per_kind=2)[0]
    assert [p.what for ps in one.found.values() for p in ps] == [
        p.what for ps in two.found.values() for p in ps
    ]


LIST = """# Awesome Papers

## Language Models

- [BERT: Pre-training of Deep Bidirectional Transformers](https://arxiv.org/abs/1810.04805) - **NAACL 2019**.
- [RoBERTa](https://github.com/facebookresearch/fairseq?x=1) - **arXiv 2019**.
- [Attention Is All You Need](https://arxiv.org/abs/1706.03762) - **NeurIPS 2017**.
- [Improving Language Understanding](https://openai.com/research/language-unsupervised) - **OpenAI 2018**.
- [ELECTRA](https://openreview.net/forum?id=r1xH2CNYwH#top) - **ICLR 2020**.

## Benchmarks

| Name | Description | Year |
|------|-------------|------|
| GLUE | [GLUE](https://gluebenchmark.com/) | 2018 |
| SQuAD | Reading comprehension | 2016 |
| RACE | Examinations | 2017 |
"""  # noqa: E501
LINES = LIST.split("\n")[:-1]


def _plant(kind: str) -> list[Planting]:
    return list(PLANTERS[kind](parse_text(LIST, "list.md"), LINES))


def _line(planting: Planting, line: int) -> str:
    return planting.apply(LINES).split("\n")[line - 1]


def test_swap_typo_swaps_two_middle_letters_unless_that_makes_a_word() -> None:
    assert swap_typo("language") == "lanugage"
    assert swap_typo("Transformer") == "Tranfsormer"
    assert swap_typo("form") is None  # "from" is a word: no typo a spell checker could see


def test_stride_spreads_evenly_and_keeps_short_lists() -> None:
    items = [Planting("x", i, i, (), frozenset({i}), str(i)) for i in range(10)]
    assert [p.start for p in stride(items, 3)] == [1, 5, 8]
    assert stride(items[:2], 3) == items[:2]


def test_tracking_parameters_go_before_the_fragment() -> None:
    plantings = _plant("tracking-params")
    assert [min(p.target) for p in plantings] == [5, 6, 7, 8, 9, 15]
    assert "https://github.com/facebookresearch/fairseq?x=1&utm_medium=social)" in _line(
        plantings[1], 6
    )
    assert "forum?id=r1xH2CNYwH&utm_medium=social#top)" in _line(plantings[4], 9)
    assert "1810.04805?utm_source=twitter)" in _line(plantings[0], 5)


def test_a_duplicate_is_added_at_the_end_of_its_section() -> None:
    plantings = _plant("duplicate")
    first = plantings[0]
    assert first.target == frozenset({10})
    assert _line(first, 10) == LINES[4]
    assert _line(first, 11) == ""  # the section's blank line stays
    row = plantings[-1]  # the only row with a web link: copied after the table's last row
    assert row.target == frozenset({18}) and _line(row, 18) == LINES[14]
    assert _line(row, 17) == LINES[16]


def test_null_goes_into_a_filled_text_cell_not_the_title_or_a_link() -> None:
    plantings = _plant("null-field")
    # GLUE's description is a link: only its year; SQuAD and RACE have two text cells, and
    # the row's line number picks one of them (16 % 2, 17 % 2).
    assert [p.new[0] for p in plantings] == [
        "| GLUE | [GLUE](https://gluebenchmark.com/) | NULL |",
        "| SQuAD | NULL | 2016 |",
        "| RACE | Examinations | NULL |",
    ]


def test_a_missing_year_needs_five_venue_years_in_the_list() -> None:
    plantings = _plant("missing-year")
    assert [p.what for p in plantings[:2]] == ["'NAACL 2019' → 'NAACL'", "'arXiv 2019' → 'arXiv'"]
    short = "\n".join(LINES[:7]) + "\n"
    assert list(PLANTERS["missing-year"](parse_text(short, "l.md"), LINES[:7])) == []


def test_no_missing_year_where_the_entry_still_says_when_or_the_venue_is_a_name() -> None:
    # A date besides the venue's year ("9 Jan 2021" under "arXiv 2022"), and a venue inside
    # a sentence, words on both sides ("translated SemEval-2010 Task 8"): no planting there.
    text = LIST.replace("**arXiv 2019**.", "**arXiv 2019**. 9 Jan 2018").replace(
        "**NeurIPS 2017**.", "a model (trained on SemEval-2017 Task 4 data)."
    )
    lines = text.split("\n")[:-1]
    plantings = list(PLANTERS["missing-year"](parse_text(text, "list.md"), lines))
    assert [p.what for p in plantings] == [
        "'NAACL 2019' → 'NAACL'",
        "'OpenAI 2018' → 'OpenAI'",
        "'ICLR 2020' → 'ICLR'",
    ]
    assert [p.what for p in _plant("missing-year")][1:3] == [
        "'arXiv 2019' → 'arXiv'",
        "'NeurIPS 2017' → 'NeurIPS'",
    ]


def test_typos_go_into_common_words_of_headings_and_paper_titles() -> None:
    headings = [p.new[0] for p in _plant("heading-typo")]
    assert headings == ["# Awseome Papers", "## Lanugage Models"]  # no common word in Benchmarks
    titles = [p.what for p in _plant("title-typo")]
    # BERT's title has no common word of six letters or more (Pre-training is hyphenated).
    assert titles == [
        "Attention → Attnetion in 'Attention Is All You Need'",
        "Improving → Imporving in 'Improving Language Understanding'",
    ]


def test_broken_emphasis_malformed_links_and_http() -> None:
    bold = _plant("broken-emphasis")
    assert _line(bold[0], 5).endswith("- **NAACL 2019 **.")
    malformed = [p.what.split(" → ")[1] for p in _plant("malformed-url")]
    assert malformed[:3] == [
        "htps//arxiv.org/abs/1810.04805",
        "https//github.com/facebookresearch/fairseq?x=1",
        "htps://arxiv.org/abs/1706.03762",
    ]
    insecure = _plant("insecure-http")  # hosts the rule knows: arxiv, github, openreview
    assert [min(p.target) for p in insecure] == [5, 6, 7, 9]
    assert "(http://arxiv.org/abs/1810.04805)" in _line(insecure[0], 5)


def test_an_empty_section_goes_before_a_heading_of_its_level() -> None:
    plantings = _plant("empty-section")
    assert [min(p.target) for p in plantings] == [3, 11]
    assert _line(plantings[1], 11) == "## Datasets"
    assert _line(plantings[1], 13) == "## Benchmarks"


def test_found_means_a_rule_of_the_kind_on_the_planted_line() -> None:
    from awesome_ptm.findings import Finding, Related

    planting = Planting("duplicate", 9, 9, ("x",), frozenset({10}), "copy")
    other = Finding("PTM412", "title-typo", "warning", "m", "l.md", 10)
    assert not found_by(planting, [other])
    here = Finding("PTM101", "duplicate-url", "error", "m", "l.md", 10)
    assert found_by(planting, [here])
    there = Finding(
        "PTM101", "duplicate-url", "error", "m", "l.md", 5, related=[Related("l.md", 10)]
    )
    assert found_by(planting, [there])
    typo = Planting("title-typo", 4, 5, ("x",), frozenset({5}), "t")
    assert not found_by(typo, [Finding("PTM412", "title-typo", "warning", "m", "l.md", 6)])
