"""PTM401 empty-section, PTM402 skipped-heading-level, PTM403 toc-marker,
PTM404 heading-punctuation."""

from __future__ import annotations

from pathlib import Path

import pytest

from awesome_ptm.check import Finding, Fix, run_checks
from awesome_ptm.config import Config
from awesome_ptm.corpus import load
from ruleutil import apply_fix, check_text

FIXTURES = Path(__file__).parent.parent / "fixtures"
SEEDS = FIXTURES / "seeds"
CLEAN = FIXTURES / "public" / "clean_awesome.md"


def seed_findings(code: str) -> list[tuple[str, int, int]]:
    corpus = load(SEEDS)
    result = run_checks(corpus, Config(), select=[code])
    assert {f.code for f in result.findings} <= {code}
    return [(Path(f.path).stem, f.line, f.column) for f in result.findings]


def apply_all(text: str, findings: list[Finding]) -> str:
    edits = tuple(edit for f in findings if f.fix is not None for edit in f.fix.edits)
    return apply_fix(text, Fix("unsafe", edits))


# -- PTM401 empty-section ---------------------------------------------------------------

SECTIONS = """\
# Awesome PTM

## Empty

## Models

### Encoders

- [BERT](https://arxiv.org/abs/1810.04805)

### Decoders

## Planned

（持续更新中）

## About

Written by hand.
"""


def test_empty_section_reports_headings_with_nothing_under_them() -> None:
    findings = check_text(SECTIONS, ["PTM401"])
    assert [(f.line, f.column, f.end_column) for f in findings] == [
        (3, 1, 9),
        (11, 1, 13),
        (13, 1, 11),
    ]
    assert findings[0].code == "PTM401"
    assert findings[0].severity == "warning"
    assert findings[0].message == (
        "section 'Empty' is empty: no entry or text under the heading; "
        "add entries or delete the heading"
    )


def test_empty_section_fix_is_unsafe_and_only_for_bare_sections() -> None:
    empty, decoders, planned = check_text(SECTIONS, ["PTM401"])
    assert empty.fix is not None and empty.fix.applicability == "unsafe"
    assert apply_fix(SECTIONS, empty.fix) == SECTIONS.replace("## Empty\n\n", "")
    assert decoders.fix is not None
    assert apply_fix(SECTIONS, decoders.fix) == SECTIONS.replace("### Decoders\n\n", "")
    assert planned.fix is None  # a placeholder is left for a human to delete


def test_parent_whose_subsections_are_all_empty_is_empty_too() -> None:
    text = "# NLP PTM \n## 生成式预训练模型\n\n## MLM预训练模型\n\n# Multi-modal PTM\n\n- [A](https://x.org/a)\n"
    findings = check_text(text, ["PTM401"])
    assert [f.line for f in findings] == [1, 2, 4]
    assert findings[0].message == (
        "section 'NLP PTM' is empty: neither it nor its 2 subsections hold an entry; "
        "add entries or delete the heading"
    )
    assert apply_all(text, findings) == "# Multi-modal PTM\n\n- [A](https://x.org/a)\n"


def test_sections_with_entries_in_subsections_or_content_are_not_empty() -> None:
    text = (
        "# Awesome Lists\n"
        "### A subtitle, not a section\n\n"
        "## Papers\n\n"
        "### Models\n\n"
        "| 名称 | 来源 |\n| ---- | ---- |\n| 《BERT》 | NAACL2019 |\n\n"
        "## Figure\n\n"
        '<img src="x.png">\n\n'
        "## Contents\n\n"
        "- [Papers](#papers)\n"
    )
    assert check_text(text, ["PTM401"]) == []


def test_empty_section_seeds() -> None:
    assert seed_findings("PTM401") == [
        ("ptm-papers-and-tutorials", 3, 1),
        ("ptm-resources-and-code", 1, 1),
        ("ptm-resources-and-code", 2, 1),
        ("ptm-resources-and-code", 4, 1),
        ("ptm-resources-and-code", 6, 1),
        ("ptm-resources-and-code", 8, 1),
        ("ptm-resources-and-code", 10, 1),
        ("ptm-resources-and-code", 12, 1),
    ]


# -- PTM402 skipped-heading-level -------------------------------------------------------


def test_skipped_heading_level() -> None:
    text = "## A\n\n#### B\n\n### C\n\n# D\n\n### E\n\n#### F\n"
    findings = check_text(text, ["PTM402"])
    assert [(f.line, f.column, f.end_column) for f in findings] == [(3, 1, 5), (9, 1, 4)]
    assert findings[0].code == "PTM402"
    assert findings[0].message == "heading level jumps from h2 to h4 ('B'); use h3 at most"
    assert findings[1].message == "heading level jumps from h1 to h3 ('E'); use h2 at most"
    assert all(f.fix is None for f in findings)


def test_skipped_heading_level_clean() -> None:
    text = "### Starts deep\n\n#### Deeper\n\n## Up\n\n### Down\n\nSetext\n------\n\n### Three\n"
    assert check_text(text, ["PTM402"]) == []


def test_skipped_heading_level_seeds() -> None:
    assert seed_findings("PTM402") == [
        ("ptm-overview-articles", 2, 1),
        ("ptm-papers-and-tutorials", 3, 1),
    ]


# -- PTM403 toc-marker ------------------------------------------------------------------


@pytest.mark.parametrize("marker", ["[TOC]", "[[toc]]", "[[_TOC_]]"])
def test_toc_marker_is_removed_with_the_blank_lines_after_it(marker: str) -> None:
    text = f"{marker}\n\n\n# 汇总\n\n- [A](https://x.org/a)\n"
    findings = check_text(text, ["PTM403"])
    assert [(f.code, f.line, f.column, f.end_column) for f in findings] == [
        ("PTM403", 1, 1, 1 + len(marker))
    ]
    assert findings[0].message == f"{marker!r} is not rendered by GitHub; delete it"
    fix = findings[0].fix
    assert fix is not None and fix.applicability == "safe"
    assert apply_fix(text, fix) == "# 汇总\n\n- [A](https://x.org/a)\n"


def test_toc_marker_clean() -> None:
    text = "# Title\n\nThe [TOC] marker is explained here.\n\n- [TOC](https://x.org/toc)\n"
    assert check_text(text, ["PTM403"]) == []


def test_toc_marker_seed() -> None:
    assert seed_findings("PTM403") == [("ptm-reading-notes", 1, 1)]
    corpus = load(SEEDS / "ptm-reading-notes.md")
    (finding,) = run_checks(corpus, Config(), select=["PTM403"]).findings
    assert finding.fix is not None
    fixed = apply_fix(corpus.documents[0].text, finding.fix)
    assert fixed.startswith("# 汇总\n")


# -- PTM404 heading-punctuation ---------------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "column", "fixed"),
    [
        ("#### 综述类：", 9, "#### 综述类"),
        ("## 1、论文汇总：", 10, "## 1、论文汇总"),
        ("## Papers:", 10, "## Papers"),
        ("## Papers :", 11, "## Papers"),
        ("## Papers. ##", 10, "## Papers ##"),
        ("## **Notes:**", 11, "## **Notes**"),
        ("## Tools;", 9, "## Tools"),
        ("## 工具，", 6, "## 工具"),
        ("Papers:\n-------", 7, "Papers\n-------"),
    ],
)
def test_heading_punctuation_fix(heading: str, column: int, fixed: str) -> None:
    text = f"{heading}\n\n- [A](https://x.org/a)\n"
    findings = check_text(text, ["PTM404"])
    assert [(f.code, f.line, f.column) for f in findings] == [("PTM404", 1, column)]
    assert findings[0].severity == "info"
    fix = findings[0].fix
    assert fix is not None and fix.applicability == "safe"
    assert apply_fix(text, fix) == f"{fixed}\n\n- [A](https://x.org/a)\n"


def test_heading_punctuation_message() -> None:
    (finding,) = check_text("#### 综述类：\n", ["PTM404"])
    assert finding.message == "heading '综述类：' ends with '：'; delete the trailing punctuation"
    assert finding.end_column == 10


@pytest.mark.parametrize(
    "heading",
    [
        "## What is BERT?",
        "## 预训练语言模型：还能走多远？",
        "## NLP预训练模型的全面总结(持续更新中)",
        "## 模型（持续更新）",
        "## More...",
        "## Tools, etc.",
        "## Work by Devlin et al.",
        "## Awesome!",
        "## Papers",
    ],
)
def test_heading_punctuation_clean(heading: str) -> None:
    assert check_text(f"{heading}\n\n- [A](https://x.org/a)\n", ["PTM404"]) == []


def test_heading_punctuation_seeds() -> None:
    assert seed_findings("PTM404") == [
        ("ptm-overview-articles", 16, 10),
        ("ptm-papers-and-tutorials", 13, 9),
        ("ptm-papers-and-tutorials", 31, 9),
        ("ptm-papers-and-tutorials", 39, 9),
        ("ptm-papers-and-tutorials", 49, 11),
    ]


# -- a clean public list -----------------------------------------------------------------


@pytest.mark.skipif(not CLEAN.exists(), reason="no clean public fixture")
def test_clean_public_list_has_no_structure_findings() -> None:
    corpus = load(CLEAN)
    findings = run_checks(corpus, Config(), select=["PTM401", "PTM402", "PTM403"]).findings
    assert findings == []
