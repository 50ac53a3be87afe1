"""Venue rules: missing-venue (PTM201), missing-year (PTM202), venue-conflict (PTM203),
venue-format (PTM204)."""

from __future__ import annotations

from pathlib import Path

import pytest

from awesome_ptm.check import Finding, run_checks
from awesome_ptm.config import Config
from awesome_ptm.corpus import Corpus, load
from awesome_ptm.rules.venues import RULES
from ruleutil import apply_fix, check_text, check_texts

SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "seeds"

BERT = "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding"
ELECTRA = "ELECTRA: Pre-training Text Encoders as Discriminators Rather Than Generators"
REVISITING = "Revisiting Pre-Trained Models for Chinese Natural Language Processing"


def only(findings: list[Finding], code: str) -> Finding:
    hits = [f for f in findings if f.code == code]
    assert len(hits) == 1, [(f.code, f.line, f.message) for f in findings]
    return hits[0]


def fixed(text: str, finding: Finding) -> str:
    assert finding.fix is not None
    return apply_fix(text, finding.fix)


# --- registry and docs -------------------------------------------------------------------------


def test_rules_are_registered_with_documentation() -> None:
    assert [(r.code, r.name) for r in RULES] == [
        ("PTM201", "missing-venue"),
        ("PTM202", "missing-year"),
        ("PTM203", "venue-conflict"),
        ("PTM204", "venue-format"),
    ]
    for rule in RULES:
        doc = rule.documentation()
        for section in ("## What it does", "## Why is this bad", "## Example", "## Fix"):
            assert section in doc, (rule.code, section)


# --- PTM201 missing-venue ----------------------------------------------------------------------


def test_missing_venue_numbered_item_gets_venue_from_acl_id() -> None:
    text = f"1. {BERT}(https://aclanthology.org/N19-1423/)\n"
    finding = only(check_text(text, ["PTM201"]), "PTM201")
    assert (finding.line, finding.severity) == (1, "warning")
    assert "the ACL Anthology id N19-1423 says NAACL 2019" in finding.message
    assert finding.fix is not None and finding.fix.applicability == "safe"
    # An English-only list: half-width separator.
    assert fixed(text, finding) == (
        f"1. {BERT}, **NAACL 2019**(https://aclanthology.org/N19-1423/)\n"
    )


def test_missing_venue_fix_follows_a_chinese_list_style() -> None:
    text = (
        "#### 基础类\n\n"
        f"1. {BERT}(https://aclanthology.org/N19-1423/)\n"
        f"2. {REVISITING}，**EMNLP 2020** (https://arxiv.org/abs/2004.13922)\n"
    )
    finding = only(check_text(text, ["PTM201"]), "PTM201")
    assert finding.line == 3
    result = fixed(text, finding)
    assert result == text.replace("Understanding(https", "Understanding，**NAACL 2019**(https")
    # The fixed entry now has its venue: nothing left to report.
    assert check_text(result, ["PTM20"]) == []


def test_missing_venue_link_title_appends_venue_after_link() -> None:
    text = f"- [{BERT}](https://aclanthology.org/N19-1423/)\n"
    finding = only(check_text(text, ["PTM201"]), "PTM201")
    result = fixed(text, finding)
    assert result == f"- [{BERT}](https://aclanthology.org/N19-1423/) (NAACL 2019)\n"
    assert check_text(result, ["PTM20"]) == []


def test_missing_venue_table_cell_is_filled_keeping_padding() -> None:
    text = (
        "| 名称 | 来源 | 说明 |\n"
        "| ---- | ---- | ---- |\n"
        f"| [{BERT}](https://aclanthology.org/N19-1423/) | NULL | BERT |\n"
        f"| [{ELECTRA}](https://proceedings.mlr.press/v97/x.html) |  | ELECTRA |\n"
    )
    findings = check_text(text, ["PTM201"])
    assert [(f.code, f.line) for f in findings] == [("PTM201", 3), ("PTM201", 4)]
    first, second = findings
    assert first.column == text.splitlines()[2].index("NULL") + 1
    assert fixed(text, first) == text.replace("| NULL |", "| NAACL 2019 |")
    assert "proceedings.mlr.press URL says ICML 2019" in second.message
    assert fixed(text, second) == text.replace("|  | ELECTRA", "| ICML 2019 | ELECTRA")


def test_missing_venue_with_only_an_arxiv_id_offers_no_fix() -> None:
    text = f"- [{ELECTRA}](https://arxiv.org/abs/2003.10555)\n"
    finding = only(check_text(text, ["PTM201"]), "PTM201")
    assert "arXiv preprint of 2020" in finding.message
    assert finding.fix is None


def test_missing_venue_from_another_entry_is_an_unsafe_fix() -> None:
    table = (
        f"| 名称 | 来源 | 说明 |\n| ---- | ---- | ---- |\n| 《{ELECTRA}》 | ICLR2020 | ELECTRA |\n"
    )
    items = f"1. {ELECTRA}(https://arxiv.org/pdf/2003.10555.pdf)\n"
    findings = check_texts({"table.md": table, "items.md": items}, ["PTM201"])
    finding = only(findings, "PTM201")
    assert (finding.path, finding.line) == ("items.md", 1)
    assert "arXiv preprint of 2020" in finding.message
    assert "the same paper at table.md:3 says ICLR 2020" in finding.message
    assert [(r.path, r.line) for r in finding.related] == [("table.md", 3)]
    assert finding.fix is not None and finding.fix.applicability == "unsafe"
    assert fixed(items, finding) == (
        f"1. {ELECTRA}, **ICLR 2020**(https://arxiv.org/pdf/2003.10555.pdf)\n"
    )


def test_missing_venue_with_disagreeing_identifiers_offers_no_fix() -> None:
    table = f"| 名称 | 来源 | 说明 |\n| --- | --- | --- |\n| 《{BERT}》 | TODO | BERT |\n"
    items = (
        f"- [{BERT}](https://aclanthology.org/N19-1423/) (NAACL 2019)\n"
        f"- [{BERT}](https://aclanthology.org/P19-1001/) (ACL 2019)\n"
    )
    findings = check_texts({"table.md": table, "items.md": items}, ["PTM201"])
    finding = only(findings, "PTM201")
    assert (finding.path, finding.line) == ("table.md", 3)
    assert "disagree" in finding.message
    assert finding.fix is None


def test_missing_venue_in_a_large_group_of_same_titles() -> None:
    rows = "".join(f"| 《{ELECTRA}》 | ICLR 2020 | {i} |\n" for i in range(300))
    text = f"| 名称 | 来源 | 说明 |\n| ---- | ---- | ---- |\n{rows}| 《{ELECTRA}》 | NULL | x |\n"
    finding = only(check_text(text, ["PTM20"]), "PTM201")
    assert "the same paper at line 3 says ICLR 2020" in finding.message
    assert fixed(text, finding).endswith(f"| 《{ELECTRA}》 | ICLR 2020 | x |\n")


def test_missing_venue_clean_cases() -> None:
    text = (
        f"- [{BERT}](https://aclanthology.org/N19-1423/) (NAACL 2019)\n"
        "- [ELECTRA解读](https://zhuanlan.zhihu.com/p/89763176)\n"
        "- [BERT slides](https://nlp.stanford.edu/seminar/details/jdevlin.pdf)\n"
        "- [bert4keras](https://github.com/bojone/bert4keras)\n"
    )
    assert check_text(text, ["PTM201"]) == []


def test_missing_venue_leaves_a_status_word_to_misplaced_field() -> None:
    text = (
        "| 名称 | 来源 | 状态 |\n"
        "| ---- | ---- | ---- |\n"
        "| 《ALBERT: A Lite BERT for Self-supervised Learning》 | done | done |\n"
    )
    assert check_text(text, ["PTM201"]) == []


# --- PTM202 missing-year -----------------------------------------------------------------------


def test_missing_year_arxiv_venue_cell_gets_year_from_arxiv_id() -> None:
    text = (
        "| Title | Venue |\n"
        "| --- | --- |\n"
        "| [Longformer: The Long-Document Transformer](https://arxiv.org/abs/2004.05150) "
        "| arXiv |\n"
    )
    finding = only(check_text(text, ["PTM202"]), "PTM202")
    assert finding.line == 3
    assert finding.column == text.splitlines()[2].index("arXiv |") + 1
    assert "the arXiv id 2004.05150 says arXiv 2020" in finding.message
    assert finding.fix is not None and finding.fix.applicability == "safe"
    assert fixed(text, finding) == text.replace("| arXiv |", "| arXiv 2020 |")


def test_missing_year_inside_bold_marker_from_acl_id() -> None:
    text = (
        "1. BART: Denoising Sequence-to-Sequence Pre-training，**ACL**"
        "(https://www.aclweb.org/anthology/2020.acl-main.703.pdf)\n"
    )
    finding = only(check_text(text, ["PTM202"]), "PTM202")
    assert "ACL Anthology id 2020.acl-main.703 says ACL 2020" in finding.message
    assert fixed(text, finding) == text.replace("**ACL**", "**ACL 2020**")


def test_missing_year_conference_with_arxiv_id_is_message_only() -> None:
    text = f"1. {ELECTRA}，**ICLR**（https://arxiv.org/abs/2003.10555）\n"
    finding = only(check_text(text, ["PTM202"]), "PTM202")
    assert "dates the preprint to 2020" in finding.message
    assert finding.fix is None


def test_missing_year_from_another_entry_is_unsafe() -> None:
    text = (
        "| 名称 | 来源 |\n"
        "| ---- | ---- |\n"
        f"| 《{ELECTRA}》 | ICLR |\n"
        f"| 《{ELECTRA}》 | ICLR 2020 |\n"
    )
    finding = only(check_text(text, ["PTM202"]), "PTM202")
    assert finding.line == 3
    assert "the same paper at line 4 says ICLR 2020" in finding.message
    assert finding.fix is not None and finding.fix.applicability == "unsafe"
    assert fixed(text, finding) == text.replace("| ICLR |", "| ICLR 2020 |")


def test_missing_year_clean_and_no_double_report() -> None:
    text = (
        f"1. {BERT}，**NAACL 2019**(https://aclanthology.org/N19-1423/)\n"
        f"2. {ELECTRA}(https://arxiv.org/abs/2003.10555)\n"
    )
    # Item 2 has neither venue nor year: missing-venue only.
    assert check_text(text, ["PTM202"]) == []
    assert [f.code for f in check_text(text, ["PTM20"])] == ["PTM201"]


# --- PTM203 venue-conflict ---------------------------------------------------------------------


def test_conflict_findings_of_emnlp_is_not_emnlp() -> None:
    text = (
        f"1. {REVISITING}，**EMNLP 2020** "
        "(https://www.aclweb.org/anthology/2020.findings-emnlp.58.pdf)\n"
    )
    finding = only(check_text(text, ["PTM203"]), "PTM203")
    assert (finding.line, finding.severity) == (1, "error")
    assert finding.column == text.index("EMNLP 2020") + 1
    assert "2020.findings-emnlp.58 says Findings of EMNLP 2020" in finding.message
    assert "not the main conference" in finding.message
    assert finding.fix is not None and finding.fix.applicability == "unsafe"
    assert fixed(text, finding) == text.replace("**EMNLP 2020**", "**Findings of EMNLP 2020**")


def test_conflict_not_from_a_preprint_date_beside_a_venue_without_year() -> None:
    # "CVPR" and the arXiv date 2022-11-18: the row never says CVPR 2022. A venue that
    # differs from the URL's is still a conflict.
    url = "https://openaccess.thecvf.com/content/CVPR2023/papers/Gupta_Visual_2023_paper.pdf"
    head = "| Title | Venue | Date |\n| --- | --- | --- |\n"
    same = f"{head}| [Visual Programming]({url}) | CVPR | 2022-11-18 |\n"
    assert check_text(same, ["PTM203"]) == []
    other = f"{head}| [Visual Programming]({url}) | ICCV | 2022-11-18 |\n"
    finding = only(check_text(other, ["PTM203"]), "PTM203")
    assert "says ICCV" in finding.message and "CVPR 2023" in finding.message


def test_conflict_not_from_a_leaderboard_rows_model_citation() -> None:
    # "(Chen et al., 2016)" cites the model's paper; the row links the data set's (2018).
    url = "http://aclweb.org/anthology/N18-1140"
    text = (
        "| Model | F1 | Paper / Source |\n| --- | --- | --- |\n"
        f"| Attentive Reader (Chen et al., 2016) | 27.2 | [CliCR: A Dataset]({url}) |\n"
    )
    assert check_text(text, ["PTM203"]) == []


def test_conflict_with_another_entrys_identifier() -> None:
    table = (
        f"|名称  |  来源   | 说明  |\n|  ----  | ----  |----  |\n| 《{BERT}》  | ACL2019 |BERT |\n"
    )
    items = f"1. {BERT}(https://aclanthology.org/N19-1423/)\n"
    findings = check_texts({"table.md": table, "items.md": items}, ["PTM203"])
    finding = only(findings, "PTM203")
    assert (finding.path, finding.line) == ("table.md", 3)
    assert finding.column == table.splitlines()[2].index("ACL2019") + 1
    assert "says ACL 2019 here" in finding.message
    assert "items.md:1" in finding.message and "NAACL 2019" in finding.message
    assert [(r.path, r.line) for r in finding.related] == [("items.md", 1)]
    assert fixed(table, finding) == table.replace("ACL2019", "NAACL 2019")


def test_conflict_between_two_statements_is_reported_once() -> None:
    title = "Don’t Stop Pretraining: Adapt Language Models to Domains and Tasks"
    text = (
        "| 名称 | 来源 |\n"
        "| ---- | ---- |\n"
        f"| 《{title}》 | ACL 2020 |\n"
        f"| 《{title}》 | EMNLP 2020 |\n"
    )
    finding = only(check_text(text, ["PTM203"]), "PTM203")
    assert finding.line == 4
    assert "says EMNLP 2020 here" in finding.message
    assert "line 3 says ACL 2020" in finding.message
    assert finding.fix is None


def test_conflict_reference_is_the_first_statement() -> None:
    title = "Don’t Stop Pretraining: Adapt Language Models to Domains and Tasks"
    rows = ["ACL 2020", "EMNLP 2020", "ACL 2020", "ACL"]
    text = "| 名称 | 来源 |\n| ---- | ---- |\n" + "".join(f"| 《{title}》 | {v} |\n" for v in rows)
    findings = check_text(text, ["PTM203"])
    assert [f.line for f in findings] == [4]


@pytest.mark.parametrize(
    ("venue", "url", "expected"),
    [
        ("NAACL 2018", "https://aclanthology.org/N19-1423/", "NAACL 2019"),
        ("arXiv 2019", "https://arxiv.org/abs/2003.10555", "arXiv 2020"),
        ("ICML 2019", "https://proceedings.neurips.cc/paper/2019/hash/x-Abstract.html", "NeurIPS"),
    ],
)
def test_conflict_with_own_link(venue: str, url: str, expected: str) -> None:
    text = f"1. {ELECTRA}，**{venue}**（{url}）\n"
    finding = only(check_text(text, ["PTM203"]), "PTM203")
    assert expected in finding.message


@pytest.mark.parametrize(
    ("venue", "url"),
    [
        ("NAACL 2019", "https://aclanthology.org/N19-1423/"),  # agrees
        ("arXiv 2018", "https://aclanthology.org/N19-1423/"),  # preprint, then published
        ("ICLR 2020", "https://arxiv.org/abs/2003.10555"),  # published after the preprint
        ("ICLR 2021", "https://arxiv.org/abs/2003.10555"),
        ("arXiv 2021", "https://arxiv.org/abs/2003.10555"),  # a later version
        ("Foo Workshop 2018", "https://aclanthology.org/N19-1423/"),  # unknown venue
        ("ACL 2019", "https://aclanthology.org/W19-4302/"),  # a workshop of ACL 2019
    ],
)
def test_no_conflict(venue: str, url: str) -> None:
    text = f"1. {ELECTRA}，**{venue}**（{url}）\n"
    assert check_text(text, ["PTM203"]) == []


def test_year_only_cell_off_by_one_is_no_conflict() -> None:
    table = f"| 名称 | 来源 |\n| ---- | ---- |\n| 《{BERT}》 | 2018 |\n"
    items = f"1. {BERT}(https://aclanthology.org/N19-1423/)\n"
    assert check_texts({"table.md": table, "items.md": items}, ["PTM203"]) == []
    far = table.replace("2018", "2015")
    findings = check_texts({"table.md": far, "items.md": items}, ["PTM203"])
    assert only(findings, "PTM203").line == 3


# --- PTM204 venue-format -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("ACL2020", "ACL 2020"),
        ("Arxiv2020", "arXiv 2020"),
        ("arxiv2022", "arXiv 2022"),
        ("ArXiv2019", "arXiv 2019"),
        ("ICML2019", "ICML 2019"),
        ("NIPS2015", "NeurIPS 2015"),
        ("NAACL2018", "NAACL 2018"),
        ("**ACL2020**", "**ACL 2020**"),
        ("ACL'20", "ACL 2020"),
    ],
)
def test_venue_format_table_cell(written: str, canonical: str) -> None:
    text = (
        "|名称  |  来源   | 说明  |\n"
        "|  ----  | ----  |----  |\n"
        f"| 《Semi-supervised Sequence Learning》  | {written} |done |\n"
    )
    finding = only(check_text(text, ["PTM204"]), "PTM204")
    assert (finding.line, finding.severity) == (3, "info")
    assert finding.fix is not None and finding.fix.applicability == "safe"
    assert fixed(text, finding) == text.replace(f"| {written} |", f"| {canonical} |")


def test_venue_format_keeps_bold_in_numbered_items() -> None:
    text = (
        "2. Don’t Stop Pretraining: Adapt Language Models to Domains and Tasks，**ACL2020**"
        "（https://arxiv.org/pdf/2004.10964.pdf）\n"
    )
    finding = only(check_text(text, ["PTM204"]), "PTM204")
    assert finding.column == text.index("ACL2020") + 1
    assert "'ACL2020'" in finding.message and "'ACL 2020'" in finding.message
    assert fixed(text, finding) == text.replace("**ACL2020**", "**ACL 2020**")


@pytest.mark.parametrize(
    "venue",
    [
        "**ACL 2020**",
        "**ACL 2020 **",
        "**EMNLP-IJCNLP 2019**",
        "(ACL 2020)",
        "**Foo Workshop 2019**",
    ],
)
def test_venue_format_clean(venue: str) -> None:
    text = f"1. {BERT}，{venue}(https://aclanthology.org/N19-1423/)\n"
    assert check_text(text, ["PTM204"]) == []


def _venue_table(venues: list[str]) -> str:
    return "| Title | Venue |\n| --- | --- |\n" + "".join(
        f"| [Paper {i}](https://arxiv.org/abs/2301.0{i:04d}) | {v} |\n"
        for i, v in enumerate(venues)
    )


def test_venue_format_asks_for_the_name_this_list_writes_without_a_year() -> None:
    """A venue column written without years: ``Arxiv`` among many ``arXiv`` is asked to be
    ``arXiv``; a list that mostly writes ``arxiv`` is not told to write ``arXiv`` (that is
    not how it writes it), and its few ``arXiv`` are not told to be miscapitalised."""
    mostly_canonical = check_text(_venue_table(["arXiv"] * 5 + ["Arxiv"]), ["PTM204"])
    assert [(f.line, "write 'arXiv'" in f.message) for f in mostly_canonical] == [(8, True)]
    mostly_lower = _venue_table(["arxiv"] * 5 + ["arXiv"] * 2)
    assert check_text(mostly_lower, ["PTM204"]) == []


def test_venue_format_skips_status_and_year_cells() -> None:
    text = (
        "| 名称 | 来源 |\n"
        "| ---- | ---- |\n"
        f"| 《{BERT}》 | done |\n"
        f"| 《{ELECTRA}》 | 2020 |\n"
        f"| 《{REVISITING}》 | NULL |\n"
    )
    assert check_text(text, ["PTM204"]) == []


# --- the seed lists ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seeds() -> Corpus:
    return load(SEEDS)


@pytest.fixture(scope="module")
def seed_findings(seeds: Corpus) -> list[Finding]:
    return run_checks(seeds, Config(), select=["PTM201", "PTM202", "PTM203", "PTM204"]).findings


def _at(findings: list[Finding], code: str, name: str, line: int) -> Finding:
    hits = [f for f in findings if f.code == code and f.path.endswith(name) and f.line == line]
    assert len(hits) == 1, (code, name, line)
    return hits[0]


def _text(seeds: Corpus, name: str) -> str:
    return next(d.text for d in seeds.documents if d.path.endswith(name))


def test_seeds_bert_acl2019_conflicts_with_naacl_id(seed_findings: list[Finding]) -> None:
    finding = _at(seed_findings, "PTM203", "ptm-paper-table.md", 12)
    assert "ACL 2019" in finding.message and "N19-1423" in finding.message
    assert "NAACL 2019" in finding.message
    assert finding.related[0].path.endswith("ptm-papers-and-tutorials.md")
    assert finding.related[0].line == 7


def test_seeds_findings_of_emnlp_conflict(seeds: Corpus, seed_findings: list[Finding]) -> None:
    finding = _at(seed_findings, "PTM203", "ptm-papers-and-tutorials.md", 15)
    assert "Findings of EMNLP 2020" in finding.message
    text = _text(seeds, "ptm-papers-and-tutorials.md")
    assert "**Findings of EMNLP 2020** (https://www.aclweb.org" in fixed(text, finding)


@pytest.mark.parametrize(
    ("name", "line", "written", "canonical"),
    [
        ("ptm-paper-table.md", 4, "Arxiv2020", "arXiv 2020"),
        ("ptm-paper-table.md", 6, "NIPS2015", "NeurIPS 2015"),
        ("ptm-paper-table.md", 14, "ICML2019", "ICML 2019"),
        ("ptm-paper-table.md", 37, "ACL2020", "ACL 2020"),
        ("ptm-paper-table.md", 49, "arxiv2022", "arXiv 2022"),
        ("ptm-papers-and-tutorials.md", 17, "**ACL2020**", "**ACL 2020**"),
        ("ptm-papers-and-tutorials.md", 26, "**ICML2019**", "**ICML 2019**"),
    ],
)
def test_seeds_venue_format(
    seeds: Corpus,
    name: str,
    line: int,
    written: str,
    canonical: str,
) -> None:
    # The seeds' curator chose the canonical style (the option); by default venue-format
    # follows each list's own style, tested below.
    config = Config(rule_options={"venue-format": {"style": "canonical"}})
    findings = run_checks(seeds, config, select=["PTM204"]).findings
    finding = _at(findings, "PTM204", name, line)
    text = _text(seeds, name)
    before = text.split("\n")[line - 1]
    after = fixed(text, finding).split("\n")[line - 1]
    assert after == before.replace(written, canonical, 1)


def test_seeds_broken_bold_is_not_venue_format(seed_findings: list[Finding]) -> None:
    # BART: "**ACL 2020 **" is broken emphasis, not a misspelled venue.
    assert not [
        f
        for f in seed_findings
        if f.code == "PTM204" and f.path.endswith("ptm-papers-and-tutorials.md") and f.line == 25
    ]


def test_seeds_bert_missing_venue_safe_naacl_fix(
    seeds: Corpus, seed_findings: list[Finding]
) -> None:
    finding = _at(seed_findings, "PTM201", "ptm-papers-and-tutorials.md", 7)
    assert "N19-1423 says NAACL 2019" in finding.message
    assert finding.fix is not None and finding.fix.applicability == "safe"
    line = fixed(_text(seeds, "ptm-papers-and-tutorials.md"), finding).split("\n")[6]
    assert line == f"1. {BERT}，**NAACL 2019**(https://aclanthology.org/N19-1423/)"


def test_seeds_electra_missing_venue_from_table_row(
    seeds: Corpus, seed_findings: list[Finding]
) -> None:
    finding = _at(seed_findings, "PTM201", "ptm-papers-and-tutorials.md", 27)
    assert "arXiv preprint of 2020" in finding.message
    assert "ptm-paper-table.md:24 says ICLR 2020" in finding.message
    assert finding.fix is not None and finding.fix.applicability == "unsafe"
    line = fixed(_text(seeds, "ptm-papers-and-tutorials.md"), finding).split("\n")[26]
    assert line == f"5. {ELECTRA}，**ICLR 2020**(https://arxiv.org/pdf/2003.10555.pdf)"


def test_seeds_articles_are_not_papers(seed_findings: list[Finding]) -> None:
    for name in ("ptm-overview-articles.md", "ptm-reading-notes.md"):
        assert not [f for f in seed_findings if f.path.endswith(name)]


def test_seed_findings_are_deterministic(seeds: Corpus, seed_findings: list[Finding]) -> None:
    again = run_checks(seeds, Config(), select=["PTM20"]).findings
    assert [f.to_dict() for f in again] == [f.to_dict() for f in seed_findings]


def test_seeds_venue_format_follows_the_lists_own_style(
    seeds: Corpus, seed_findings: list[Finding]
) -> None:
    # The paper table writes ACL2020, ICML2019, NIPS2015 throughout: its style, not a
    # fault. Only the spellings of a name it otherwise writes one way are reported.
    table = [
        (f.line, f.message)
        for f in seed_findings
        if f.code == "PTM204" and f.path.endswith("ptm-paper-table.md")
    ]
    lines = {line for line, _ in table}
    assert {14, 37, 6}.isdisjoint(lines)
    assert {4, 49} <= lines
    finding = _at(seed_findings, "PTM204", "ptm-paper-table.md", 4)
    text = _text(seeds, "ptm-paper-table.md")
    assert "| arXiv2020 |" in fixed(text, finding).split("\n")[3]


# --- fixes that see what they wrote, and touch only the venue they parsed ---------------------


def _settle(text: str, select: list[str], config: Config | None = None) -> tuple[str, int]:
    """Apply the first fix the rules offer until none is offered; the text and the passes."""
    for passes in range(6):
        offered = [f for f in check_text(text, select, config) if f.fix is not None]
        if not offered:
            return text, passes
        assert offered[0].fix is not None
        text = apply_fix(text, offered[0].fix)
    raise AssertionError(f"fixes did not settle: {text!r}")


def test_missing_venue_fix_writes_the_venue_once() -> None:
    # A malformed table whose paper link the parser reads, but not the venue written after
    # it: the fix used to write "(NAACL 2019)" on every pass.
    text = "[]()|\n0|e|[](http://aclanthology.org/N19-1423.pdf)\n"
    settled, passes = _settle(text, ["PTM201"])
    assert passes == 1
    assert settled.count("NAACL 2019") == 1


def test_missing_year_fix_writes_the_year_once() -> None:
    text = "- [A title that is long enough](https://arxiv.org/abs/2103.00005) (arXiv) 2020\n"
    assert not [f for f in check_text(text, ["PTM202"]) if f.fix is not None]
    text = "- Fifth paper title here [arXiv] https://arxiv.org/abs/2103.00005\n"
    settled, passes = _settle(text, ["PTM202"])
    assert passes == 1 and settled.count("2021") == 1


def test_venue_conflict_fix_leaves_a_year_written_elsewhere() -> None:
    text = (
        "| Title | Venue | Year |\n|---|---|---|\n"
        "| [Third paper title here](https://arxiv.org/abs/2103.00003) | arXiv | 2020 |\n"
        "| [Fourth paper title](https://aclanthology.org/N19-1423/) | ACL | 2019 |\n"
    )
    settled, _ = _settle(text, ["PTM203"])
    assert "| arXiv | 2020 |" in settled  # the year is its own cell: no second year here
    assert "| NAACL | 2019 |" in settled
    assert "2021 2021" not in settled and "2019 2019" not in settled


def test_venue_format_fix_touches_only_the_parsed_venue() -> None:
    config = Config(rule_options={"venue-format": {"style": "canonical"}})
    text = (
        "- [Third NER paper here](https://aclanthology.org/W03-0419) (CoNLL-2003), "
        "evaluated on CoNLL-2003\n"
    )
    settled, passes = _settle(text, ["PTM204"], config)
    assert passes == 1
    assert settled.endswith("(CoNLL 2003), evaluated on CoNLL-2003\n")
    # A data set named in a sentence is no venue marker: nothing to rewrite.
    prose = "- [Some NER model](https://arxiv.org/abs/1810.04805) trained on CoNLL-2003 data\n"
    assert check_text(prose, ["PTM204"], config) == []


def test_findings_written_after_the_venue_is_no_conflict() -> None:
    text = (
        "- [Revisiting pre-trained models for Chinese](https://aclanthology.org/"
        "2020.findings-emnlp.58/) (EMNLP2020 Findings)\n"
        "- [A third paper with a long title](https://aclanthology.org/2020.findings-emnlp.60/)"
        " (EMNLP 2020)\n"
    )
    assert [f.line for f in check_text(text, ["PTM203"])] == [2]


# --- a conflict needs two statements of the same paper -----------------------------------------

TEMPLATIC = "Extracting Structured Data from Templatic Documents"


def test_a_blog_posts_year_is_not_its_papers_year() -> None:
    # The entry is a blog post of 2020 that links, beside it, a paper of 2013 (IJCNLP):
    # the year dates the post. Linked as the entry's own link, the paper is dated 2020.
    acl = "https://www.aclweb.org/anthology/I13-1190.pdf"
    blog = f"1. [{TEMPLATIC}](https://ai.googleblog.com/2020/06/x.html) ([Paper]({acl})) `2020`\n"
    assert check_text(blog, ["PTM203"]) == []
    paper = f"1. [{TEMPLATIC}]({acl}) `2020`\n"
    finding = only(check_text(paper, ["PTM203"]), "PTM203")
    assert "says 2020" in finding.message and "IJCNLP 2013" in finding.message


def _rows(*rows: tuple[str, str]) -> str:
    head = "| Paper | Venue |\n| --- | --- |\n"
    return head + "".join(
        f"| [{title}](https://arxiv.org/abs/2306.03091) | {venue} |\n" for title, venue in rows
    )


def test_two_titles_pasted_under_one_link_are_two_papers() -> None:
    # One arXiv link under two different titles: a wrong link (duplicate-url reports it),
    # not one paper with two venues.
    cross = "CrossCodeEval: A Diverse and Multilingual Benchmark for Cross-File Code Completion"
    repo = "Repository-Level Code Completion Through Iterative Retrieval and Generation"
    text = _rows((cross, "NeurIPS'23"), (repo, "EMNLP'23"))
    assert [f.name for f in check_text(text, ["PTM101", "PTM203"])] == ["duplicate-url"]
    # The same title twice, with two venues: a conflict.
    same = _rows((cross, "NeurIPS'23"), (cross, "EMNLP'23"))
    finding = only(check_text(same, ["PTM203"]), "PTM203")
    assert (finding.line, finding.severity) == (4, "warning")


def test_a_known_venue_with_a_two_digit_year_is_a_venue() -> None:
    papers = "\n\n".join(
        f"**Paper number {i} about retrieval things**  \n*Someone*  \n"
        f"EMNLP 2023 - May 2023 [[paper](https://arxiv.org/abs/2305.0698{i})]"
        for i in range(6)
    )
    rag = (
        f"{papers}\n\n**RA-DIT: Retrieval-Augmented Dual Instruction Tuning**  \n*Anonymous*  \n"
        "ICLR 24 – Oct 23 [[paper](https://openreview.net/forum?id=22OTbutug9)]\n"
    )
    assert check_text(rag, ["PTM201"]) == []
    # A month and a two-digit year is no venue: the entry states none.
    finding = only(check_text(rag.replace("ICLR 24 – Oct 23", "Oct 23"), ["PTM201"]), "PTM201")
    assert "RA-DIT" in finding.message and "6 of 7 paper entries" in finding.message


def _venues(*written: str) -> str:
    head = "| Title | Venue |\n| --- | --- |\n"
    return head + "".join(
        f"| [Paper number {i} about things](https://arxiv.org/abs/2001.0000{i}) | {v} |\n"
        for i, v in enumerate(written)
    )


def test_venue_format_learns_a_two_digit_year_habit() -> None:
    # A list that writes "ACL-20" throughout has its own style, two digits included.
    text = _venues("ACL-20", "EMNLP-19", "NAACL-19", "ACL-19", "EMNLP-20", "ICLR-21")
    assert check_text(text, ["PTM204"]) == []
    # One short year among four-digit ones is the deviation, written the list's way.
    mixed = _venues("ACL 2020", "EMNLP 2019", "NAACL 2019", "ACL 2019", "EMNLP 2020", "ICLR-21")
    finding = only(check_text(mixed, ["PTM204"]), "PTM204")
    assert finding.line == 8
    assert fixed(mixed, finding) == mixed.replace("ICLR-21", "ICLR 2021")


def test_venue_format_leaves_an_event_page_as_it_was_called() -> None:
    # A link to a conference's video page is no citation: "NIPS 2016" was the event's name.
    page = "https://nips.cc/Conferences/2016/Schedule"
    videos = f"18. [NIPS 2016 lecture and workshop videos]({page}) - NIPS 2016\n"
    assert check_text(videos, ["PTM204"]) == []
    paper = "18. [Some paper about learning](https://example.org/paper.pdf) - NIPS 2016\n"
    finding = only(check_text(paper, ["PTM204"]), "PTM204")
    assert "'NeurIPS 2016'" in finding.message
    # A paper's repository cites the paper's venue too.
    code = "- [SenseBERT](https://github.com/AI21Labs/sense-bert) - Word senses (ACL2020).\n"
    assert "'ACL 2020'" in only(check_text(code, ["PTM204"]), "PTM204").message


def test_missing_year_leaves_a_year_written_with_an_unknown_month() -> None:
    head = "| Title | Venue | Date |\n| --- | --- | --- |\n"
    rows = "".join(
        f"| [Paper number {i} about code](https://arxiv.org/abs/2306.0856{i}) | Preprint "
        f"| 2023.0{i + 1} |\n"
        for i in range(6)
    )
    repo = "https://github.com/sahil280114/codealpaca"
    alpaca = f"| [Code Alpaca: An Instruction-following LLaMA Model]({repo}) | Preprint | {{}} |\n"
    assert check_text(head + rows + alpaca.format("2023.xx"), ["PTM202"]) == []
    [finding] = check_text(head + rows + alpaca.format("xx"), ["PTM202"])
    assert "Code Alpaca" in finding.message and finding.line == 9


def test_missing_year_follows_how_the_list_writes_its_venues() -> None:
    # Half the entries state no venue at all; those that do write "(ACL2019)": "(TACL)"
    # alone is the odd one out.
    plain = "".join(
        f"- [Plain paper number {n}](https://arxiv.org/abs/1906.0{n}000)\n" for n in range(6)
    )
    dated = "".join(
        f"- [Dated paper number {n}](https://arxiv.org/abs/1905.0{n}000) (ACL2019)\n"
        for n in range(6)
    )
    odd = "- [Investigating Prior Knowledge](https://arxiv.org/abs/1904.09679) (TACL)\n"
    finding = only(check_text(plain + dated + odd, ["PTM202"]), "PTM202")
    assert finding.line == 13 and "6 of 7 paper entries with a venue" in finding.message
    # A list whose venues come without years has none missing.
    undated = dated.replace("(ACL2019)", "(ACL)")
    assert check_text(plain + undated + odd, ["PTM202"]) == []


def test_missing_year_a_few_venues_among_many_tools_all_with_years_but_one() -> None:
    # A list of many papers, a few with a venue: too few venues to learn a habit from, but
    # every other one gives its year, so "(ICLR)" alone is the odd one out.
    tools = "".join(
        f"- [Plain paper number {n}](https://arxiv.org/abs/1906.0{n:02d}00) - a paper.\n"
        for n in range(12)
    )
    cited = (
        "- [Foundations of Tokenization](https://arxiv.org/abs/2407.11606) (ICLR 2025) - x.\n"
        "- [KVTuner](https://arxiv.org/abs/2502.04420) (ICML 2025) - y.\n"
        "- [Tokenizer Choice](https://arxiv.org/abs/2310.08754) (ACL 2024) - z.\n"
    )
    odd = "- [Byte Latent Transformer](https://arxiv.org/abs/2412.09871) (ICLR) - w.\n"
    finding = only(check_text(tools + cited + odd, ["PTM202"]), "PTM202")
    assert finding.line == 16 and "says ICLR but not the year" in finding.message
    # One other venue with a year is not a habit; two without a year are not "all others".
    one = tools + cited.split("\n", 2)[2] + odd
    assert check_text(one, ["PTM202"]) == []
    two = tools + cited.replace("(ACL 2024)", "(ACL)") + odd
    assert check_text(two, ["PTM202"]) == []


def test_an_entry_naming_a_venue_and_linking_a_pdf_is_a_paper() -> None:
    items = "".join(
        f"{n}. **Graph paper number {n}.** ICLR 2018. [paper](https://lab.example.org/g{n}.pdf)\n"
        for n in range(1, 7)
    )
    gat = "7. **Graph Attention Networks.** ICLR. [paper](https://mila.quebec/gat.pdf)\n"
    finding = only(check_text(items + gat, ["PTM202"]), "PTM202")
    assert finding.line == 7 and "'Graph Attention Networks' says ICLR" in finding.message
