"""PTM501 broken-emphasis, PTM502 mismatched-bracket."""

from __future__ import annotations

from pathlib import Path

import pytest

from awesome_ptm.check import Finding, run_checks
from awesome_ptm.config import Config
from awesome_ptm.corpus import load
from awesome_ptm.parse import parse_text
from awesome_ptm.parse._markdown import markdown
from awesome_ptm.rules.markup import RULES, bracket_problems, broken_strong
from ruleutil import apply_fix, check_text

SEEDS = Path(__file__).parent.parent / "fixtures" / "seeds"


@pytest.fixture(scope="module")
def seed_findings() -> list[Finding]:
    return run_checks(load(SEEDS), Config(), select=["PTM5"]).findings


def fixed(text: str, finding: Finding) -> str:
    assert finding.fix is not None
    return apply_fix(text, finding.fix)


def titles(text: str) -> list[str]:
    return [entry.title for entry in parse_text(text).entries]


def test_rules_are_documented() -> None:
    for rule in RULES:
        doc = rule.documentation()
        for section in ("## What it does", "## Why is this bad", "## Example", "## Fix"):
            assert section in doc, (rule.code, section)


# --- PTM501 broken-emphasis ----------------------------------------------------------------

BART = (
    "3. BART: Denoising Sequence-to-Sequence Pre-training for Natural Language Generation，"
    "**ACL 2020 **(https://www.aclweb.org/anthology/2020.acl-main.703.pdf)降噪"
)


def test_broken_emphasis_trailing_space() -> None:
    text = f"# T\n\n{BART}\n"
    assert "<strong>" not in markdown().render(text)
    findings = check_text(text, ["PTM501"])
    assert [(f.code, f.line, f.column) for f in findings] == [("PTM501", 3, BART.index("**") + 1)]
    assert findings[0].end_column == BART.index("(") + 1
    assert "**ACL 2020 **" in findings[0].message and "not rendered bold" in findings[0].message
    assert findings[0].severity == "error"
    after = fixed(text, findings[0])
    assert after == text.replace("**ACL 2020 **(", "**ACL 2020** (")
    assert "<strong>ACL 2020</strong>" in markdown().render(after)
    assert titles(after) == titles(text)
    entry = parse_text(after).entries[0]
    assert (entry.venue, entry.year, entry.notes) == ("ACL", 2020, ["降噪"])
    assert check_text(after, ["PTM501"]) == []


@pytest.mark.parametrize(
    ("written", "expected", "bold"),
    [
        ("- Title，** ACL 2020**", "- Title，**ACL 2020**", "ACL 2020"),
        ("- Title **重要 **", "- Title **重要**", "重要"),
        ("- 中文** ACL**中文", "- 中文 **ACL**中文", "ACL"),
        ("- **Title **. *Authors*", "- **Title**. *Authors*", "Title"),
        ("- Title __ACL 2020 __ note", "- Title __ACL 2020__ note", "ACL 2020"),
    ],
)
def test_broken_emphasis_fixes_render_bold(written: str, expected: str, bold: str) -> None:
    text = f"# T\n\n{written}\n"
    findings = check_text(text, ["PTM501"])
    assert len(findings) == 1 and findings[0].line == 3
    after = fixed(text, findings[0])
    assert after == f"# T\n\n{expected}\n"
    assert f"<strong>{bold}</strong>" in markdown().render(after)


def test_broken_emphasis_in_a_heading() -> None:
    text = "# T\n\n## **预训练模型 **\n\n- [A](https://x.org/a)\n"
    findings = check_text(text, ["PTM501"])
    assert [(f.line, f.column) for f in findings] == [(3, 4)]
    assert "<strong>预训练模型</strong>" in markdown().render(fixed(text, findings[0]))


def test_broken_emphasis_clean() -> None:
    text = """\
# T

- Title，**ACL 2020**(https://x.org/a.pdf)降噪
- NLPCC 《回顾》（http://x.org/a.pdf）**（重要）**
- `a ** b ** c` is code
- [A](https://mp.weixin.qq.com/s?__biz=Mz&x=__y) and __init__ __call__
- https://x.org/a__ b__c
- ***x ***
"""
    assert check_text(text, ["PTM501"]) == []


def test_broken_strong_is_linear_on_long_runs() -> None:
    line = "x * " * 10000 + "**a **"
    assert [b.written for b in broken_strong(line, line)] == ["**a **"]
    assert broken_strong("*" * 20000, "*" * 20000) == []
    assert broken_strong("_" * 20000, "_" * 20000) == []


def test_broken_emphasis_seed(seed_findings: list[Finding]) -> None:
    found = [(Path(f.path).name, f.line, f.column) for f in seed_findings if f.code == "PTM501"]
    assert found == [("ptm-papers-and-tutorials.md", 25, 118)]
    document = load(SEEDS / "ptm-papers-and-tutorials.md").documents[0]
    finding = next(f for f in seed_findings if f.code == "PTM501")
    after = fixed(document.text, finding)
    assert "<strong>ACL 2020</strong>" in markdown().render(after.split("\n")[24])
    assert titles(after) == [e.title for e in document.entries]


# --- PTM502 mismatched-bracket -------------------------------------------------------------

EBERT = (
    "2. E-BERT: Adapting BERT to E-commerce with Adaptive Hybrid Masking and Neighbor "
    "Product Reconstruction （https://arxiv.org/pdf/2009.02835.pdf) 电商"
)


def test_mismatched_bracket_full_width_closed_ascii() -> None:
    text = f"# T\n\n{EBERT}\n"
    findings = check_text(text, ["PTM502"])
    assert [(f.code, f.line, f.column) for f in findings] == [
        ("PTM502", 3, EBERT.index(") 电商") + 1)
    ]
    assert "full-width （" in findings[0].message and "close it with ）" in findings[0].message
    after = fixed(text, findings[0])
    assert after == text.replace(".pdf) 电商", ".pdf） 电商")
    assert titles(after) == titles(text)
    assert parse_text(after).entries[0].links[0].url == "https://arxiv.org/pdf/2009.02835.pdf"
    assert check_text(after, ["PTM502"]) == []


def test_mismatched_bracket_ascii_closed_full_width() -> None:
    text = "# T\n\n- [Title (Pytorch）](https://x.org/a)\n"
    findings = check_text(text, ["PTM502"])
    assert [(f.line, f.column) for f in findings] == [(3, 18)]
    assert fixed(text, findings[0]) == "# T\n\n- [Title (Pytorch)](https://x.org/a)\n"


def test_mismatched_bracket_unbalanced_book_and_lenticular_brackets() -> None:
    text = (
        "# T\n\n- 《Deep Learning](https://x.org/a)\n- 论文阅读】Performer [B](https://x.org/b)\n"
    )
    findings = check_text(text, ["PTM502"])
    assert [(f.line, f.column, f.fix) for f in findings] == [(3, 3, None), (4, 7, None)]
    assert "《 is never closed" in findings[0].message
    assert "】 closes nothing" in findings[1].message


def test_mismatched_bracket_no_fix_when_pairing_is_uncertain() -> None:
    problems = bracket_problems("（a (b）")
    assert len(problems) == 1 and problems[0].replacement is None


def test_mismatched_bracket_clean() -> None:
    text = """\
# T

- [BERT（维基）](https://en.wikipedia.org/wiki/BERT_(language_model)) 1) first
- Title（https://x.org/a_(b)）
- `（code)` is code
- 《A》【B】(C)（D）
"""
    assert check_text(text, ["PTM502"]) == []


def test_mismatched_bracket_one_report_per_line_and_kind() -> None:
    line = "《" * 10000
    assert len(bracket_problems(line)) == 1


def test_mismatched_bracket_seeds(seed_findings: list[Finding]) -> None:
    found = [(Path(f.path).name, f.line, f.column) for f in seed_findings if f.code == "PTM502"]
    assert found == [
        ("ptm-papers-and-tutorials.md", 42, 142),
        ("ptm-papers-and-tutorials.md", 92, 91),
    ]
    document = load(SEEDS / "ptm-papers-and-tutorials.md").documents[0]
    for finding in (f for f in seed_findings if f.code == "PTM502"):
        after = fixed(document.text, finding)
        assert after.split("\n")[finding.line - 1].endswith(("） 电商", ".html）"))
        assert titles(after) == [e.title for e in document.entries]


def test_broken_emphasis_in_prose_quotes_and_contents() -> None:
    text = (
        "# List\n\n**How **it works: read on.\n\n> **Note **: a quote.\n\n"
        "- **[Tools](#tools) **\n\n## Tools\n\n- [A](https://example.com/a)\n\n"
        "```\n**code ** stays\n```\n"
    )
    findings = check_text(text, ["PTM501"])
    assert [f.line for f in findings] == [3, 5, 7]
    # Outside entries and headings the asterisks may be shown on purpose: no fix.
    assert [f.fix is None for f in findings] == [True, True, True]


def test_broken_emphasis_where_the_stray_delimiter_pairs_with_the_next_run() -> None:
    # "**Issues **" opens a bold run that closes at "**线索": the line still renders three
    # bold runs, but not "Issues".
    text = "# 大模型\n\n欢迎在**Issues **中提供**线索**和**素材**\n"
    [finding] = check_text(text, ["PTM501"])
    assert finding.line == 3 and "**Issues **" in finding.message
    fine = text.replace("**Issues **", "**Issues**")
    assert check_text(fine, ["PTM501"]) == []


def test_broken_emphasis_in_an_item_that_names_a_group() -> None:
    text = (
        "# NLP\n\n"
        '* <a id="scala">**Scala ** - Scala NLP Libraries</a> | [Back to Top](#nlp)\n'
        "  * [Saul](https://github.com/CogComp/saul) - Library for NLP.\n"
        "  * [ATR4S](https://github.com/ispras/atr4s) - Term recognition.\n"
    )
    [finding] = check_text(text, ["PTM501"])
    assert finding.line == 3 and finding.fix is None


def test_broken_emphasis_around_a_link() -> None:
    # heldout llm-reasoning's shape with a stray space: "**[Title.](url) **".
    text = "# T\n\n1. **[Self-Discover.](https://arxiv.org/abs/2402.03620) **\n"
    findings = check_text(text, ["PTM501"])
    assert [(f.code, f.line) for f in findings] == [("PTM501", 3)]
    assert findings[0].fix is not None
    assert apply_fix(text, findings[0].fix) == (
        "# T\n\n1. **[Self-Discover.](https://arxiv.org/abs/2402.03620)**\n"
    )
