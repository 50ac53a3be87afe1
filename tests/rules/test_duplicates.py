"""Tests of the duplicates family: PTM101–PTM104."""

from __future__ import annotations

from pathlib import Path

import pytest

from awesome_ptm.check import Finding, run_checks
from awesome_ptm.config import Config
from awesome_ptm.corpus import Corpus, load
from awesome_ptm.errors import ConfigError
from awesome_ptm.parse import parse_text
from awesome_ptm.rules import Context
from awesome_ptm.rules.duplicates import (
    LINK_INDEX,
    TITLE_INDEX,
    NearDuplicateTitle,
    link_index,
    link_key,
    similar_titles,
    title_index,
)
from ruleutil import apply_fix, check_text, check_texts

SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "seeds"


def only(findings: list[Finding], code: str) -> list[Finding]:
    return [f for f in findings if f.code == code]


def where(finding: Finding) -> tuple[str, int]:
    return Path(finding.path).name, finding.line


def related(finding: Finding) -> list[tuple[str, int]]:
    return [(Path(r.path).name, r.line) for r in finding.related]


@pytest.fixture(scope="module")
def seed_findings() -> list[Finding]:
    corpus = load(SEEDS)
    return run_checks(corpus, Config(root=Path.cwd()), select=["PTM1"]).findings


# --- PTM101 duplicate-url ------------------------------------------------------------------


def test_duplicate_url_within_a_file() -> None:
    text = (
        "# Papers\n"
        "\n"
        "- [BERT](https://aclanthology.org/N19-1423/)\n"
        "- [GPT-2](https://openai.com/research/better-language-models)\n"
        "- [BERT, again](http://www.aclweb.org/anthology/N19-1423.pdf)\n"
    )
    [finding] = check_text(text, ["PTM101"])
    assert finding.code == "PTM101"
    assert finding.name == "duplicate-url"
    assert finding.severity == "error"
    column = text.split("\n")[4].index("http") + 1
    assert (finding.line, finding.column) == (5, column)
    assert finding.end_column == column + len("http://www.aclweb.org/anthology/N19-1423.pdf")
    assert "`http://www.aclweb.org/anthology/N19-1423.pdf`" in finding.message
    assert "also at list.md:3" in finding.message
    assert "https://aclanthology.org/N19-1423/" in finding.message  # the first spelling
    assert related(finding) == [("list.md", 3)]
    assert finding.related[0].message == "first listed here"


def test_duplicate_url_clean_list_is_quiet() -> None:
    text = (
        "- [BERT](https://aclanthology.org/N19-1423/)\n"
        "- [RoBERTa](https://arxiv.org/abs/1907.11692)\n"
        "- [Code](https://github.com/google-research/bert)\n"
        "- [Other code](https://github.com/google-research/albert)\n"
    )
    assert check_text(text, ["PTM101"]) == []


def test_duplicate_url_across_files() -> None:
    files = {
        "a.md": "# A\n\n- [bertviz](https://github.com/jessevig/bertviz)\n",
        "b.md": "# B\n\n- [Tools](https://example.org/tools)\n"
        "- [可视化](https://github.com/JesseVig/bertviz/)\n",
    }
    [finding] = check_texts(files, ["PTM101"])
    assert where(finding) == ("b.md", 4)
    assert "also at a.md:3" in finding.message
    assert related(finding) == [("a.md", 3)]


def test_every_later_copy_is_reported_against_the_first() -> None:
    text = (
        "- [A](https://zhuanlan.zhihu.com/p/1)\n"
        "- [B](https://zhuanlan.zhihu.com/p/1?utm_source=wechat)\n"
        "- [C](https://zhuanlan.zhihu.com/p/1/)\n"
    )
    findings = check_text(text, ["PTM101"])
    assert [f.line for f in findings] == [2, 3]
    assert all(related(f) == [("list.md", 1)] for f in findings)


def test_wechat_share_parameters_do_not_make_a_new_article() -> None:
    base = "https://mp.weixin.qq.com/s?__biz=MzI4ODY2NjYzMQ==&mid=2247495719&idx=1&sn=512c1f8b"
    text = (
        f"- [最新 Transformer 预训练模型综述]({base}&chksm=ec38554fdb4f&scene=21#wechat_redirect)\n"
        f"- [Transformer 综述（转载）]({base}&chksm=0000aaaa&mpshare=1&scene=24&srcid=1025#rd)\n"
        "- [另一篇](https://mp.weixin.qq.com/s?__biz=MzI4ODY2NjYzMQ==&mid=2247495719&idx=2&sn=99)\n"
    )
    [finding] = check_text(text, ["PTM101"])
    assert finding.line == 2
    assert related(finding) == [("list.md", 1)]


def test_arxiv_abs_and_pdf_are_one_paper() -> None:
    text = (
        "1. Attention Is All You Need (https://arxiv.org/abs/1706.03762)\n"
        "2. Transformer paper (https://arxiv.org/pdf/1706.03762v5.pdf)\n"
    )
    [finding] = check_text(text, ["PTM101"])
    assert finding.line == 2
    assert "https://arxiv.org/pdf/1706.03762v5.pdf" in finding.message


def test_a_link_repeated_inside_one_entry_is_one_entry() -> None:
    # An abstract page and its PDF, or a title and a [Paper] link to the same PDF: linked
    # so on purpose (judged on the corpus: nobody acts on it).
    text = (
        "- [Attention Is All You Need](https://arxiv.org/abs/1706.03762) "
        "[[pdf]](https://arxiv.org/pdf/1706.03762.pdf)\n"
        "- [Future Data Helps Training](https://arxiv.org/pdf/1906.04473.pdf) "
        "([Paper](https://arxiv.org/pdf/1906.04473.pdf))\n"
    )
    assert check_text(text, ["PTM101"]) == []
    # Against another entry, the repeat is reported once, on the later entry.
    again = text + "- [Transformer](https://arxiv.org/pdf/1706.03762v5.pdf)\n"
    [finding] = check_text(again, ["PTM101"])
    assert finding.line == 3 and "also at list.md:1" in finding.message


def test_unsafe_fix_removes_exactly_the_duplicate_item() -> None:
    text = (
        "# Tutorials\n"
        "\n"
        "- KDD2021| 大规模异质图上的预训练框架(https://mp.weixin.qq.com/s/SdUxo00cpb-u0arkaQtqVA)\n"
        "- 关于 NLP 综述的综述(https://mp.weixin.qq.com/s/3DvXDLFQJnIrXFWVGowTjw)\n"
        "- KDD2021| 大规模异质图上的预训练框架(https://mp.weixin.qq.com/s/SdUxo00cpb-u0arkaQtqVA)\n"
        "- 预训练语言模型：还能走多远？(https://mp.weixin.qq.com/s/suJALdfSy7KZN5vm265y-g)\n"
    )
    [finding] = check_text(text, ["PTM101"])
    assert finding.fix is not None
    assert finding.fix.applicability == "unsafe"
    assert apply_fix(text, finding.fix) == (
        "# Tutorials\n"
        "\n"
        "- KDD2021| 大规模异质图上的预训练框架(https://mp.weixin.qq.com/s/SdUxo00cpb-u0arkaQtqVA)\n"
        "- 关于 NLP 综述的综述(https://mp.weixin.qq.com/s/3DvXDLFQJnIrXFWVGowTjw)\n"
        "- 预训练语言模型：还能走多远？(https://mp.weixin.qq.com/s/suJALdfSy7KZN5vm265y-g)\n"
    )


def test_unsafe_fix_removes_a_table_row_and_a_last_line_without_newline() -> None:
    table = (
        "| Title | Venue |\n"
        "| --- | --- |\n"
        "| [GPT-2](https://openai.com/gpt2) | 2019 |\n"
        "| [BERT](https://aclanthology.org/N19-1423/) | NAACL 2019 |\n"
        "| [GPT-2](https://openai.com/gpt2/) | 2019 |"
    )
    [finding] = check_text(table, ["PTM101"])
    assert finding.fix is not None
    assert apply_fix(table, finding.fix) == table.rsplit("\n", 1)[0]


def test_unsafe_fix_keeps_blank_lines_of_a_loose_list_tidy() -> None:
    text = (
        "1. one (https://example.com/y)\n"
        "\n"
        "2. two (https://example.com/z)\n"
        "\n"
        "3. one (https://example.com/y)\n"
        "\n"
        "4. three (https://example.com/w)\n"
    )
    [finding] = check_text(text, ["PTM101"])
    assert finding.fix is not None
    assert apply_fix(text, finding.fix) == (
        "1. one (https://example.com/y)\n"
        "\n"
        "2. two (https://example.com/z)\n"
        "\n"
        "4. three (https://example.com/w)\n"
    )


@pytest.mark.parametrize(
    "later",
    [
        # another link the first entry lacks
        "- [BERT](https://arxiv.org/abs/1810.04805) [code](https://github.com/google-research/bert)",
        # a note the first entry lacks
        "- [BERT](https://arxiv.org/abs/1810.04805)\n  - 必读",
        # a title that says more than the first entry's
        "- [BERT: Pre-training of Deep Bidirectional Transformers](https://arxiv.org/abs/1810.04805)",
        # nested entries below it would be re-parented
        "- [BERT](https://arxiv.org/abs/1810.04805)\n  - [RoBERTa](https://arxiv.org/abs/1907.11692)",
    ],
)
def test_no_fix_when_removing_the_later_entry_would_lose_something(later: str) -> None:
    text = f"- [BERT](https://arxiv.org/abs/1810.04805)\n- [GPT](https://openai.com/gpt)\n{later}\n"
    findings = check_text(text, ["PTM101"])
    assert [f.line for f in findings] == [3]
    assert findings[0].fix is None


def test_seed_duplicate_urls(seed_findings: list[Finding]) -> None:
    found = {(*where(f), *related(f)[0]) for f in only(seed_findings, "PTM101")}
    overview, tutorials = "ptm-overview-articles.md", "ptm-papers-and-tutorials.md"
    resources = "ptm-resources-and-code.md"
    expected = {
        # https://zhuanlan.zhihu.com/p/56382372 and /p/76912493, each twice
        (overview, 30, overview, 12),
        (overview, 37, overview, 10),
        # KDD2021| 大规模异质图上的预训练框架, HuggingFace BERT源码详解：基本模型组件实现
        (tutorials, 97, tutorials, 63),
        (tutorials, 98, tutorials, 65),
        # https://github.com/jessevig/bertviz, across files (and twice in resources)
        (resources, 50, overview, 24),
        (resources, 83, overview, 24),
    }
    assert expected <= found
    messages = {where(f): f.message for f in only(seed_findings, "PTM101")}
    assert "https://zhuanlan.zhihu.com/p/56382372" in messages[(overview, 30)]
    assert "https://mp.weixin.qq.com/s/SdUxo00cpb-u0arkaQtqVA" in messages[(tutorials, 97)]
    assert "https://github.com/jessevig/bertviz" in messages[(resources, 50)]


def test_seed_fix_removes_the_repeated_tutorial_lines(seed_findings: list[Finding]) -> None:
    document = next(d for d in load(SEEDS).documents if d.path.endswith("tutorials.md"))
    [finding] = [f for f in seed_findings if where(f) == ("ptm-papers-and-tutorials.md", 97)]
    assert finding.fix is not None
    fixed = apply_fix(document.text, finding.fix)
    lines = document.text.split("\n")
    assert fixed.split("\n") == lines[:96] + lines[97:]


def test_duplicate_url_a_model_table_row_repeated_whole() -> None:
    text = (
        "# ChatLLM\n\n"
        "| 模型 | 大小 | 时间 | 下载 | 项目 |\n"
        "| --- | --- | --- | --- | --- |\n"
        "| Qwen3-Next | 80B | 2025-09 | [🤗HF](https://huggingface.co/Qwen/Qwen3-Next-80B) "
        "| [Qwen3](https://github.com/QwenLM/Qwen3) |\n"
        "| Qwen3 | 0.6-235B | 2025-04 | [🤗HF](https://huggingface.co/Qwen/Qwen3-8B) "
        "| [Qwen3](https://github.com/QwenLM/Qwen3) |\n"
        "| Qwen3-Next | 80B | 2025-09 | [🤗HF](https://huggingface.co/Qwen/Qwen3-Next-80B) "
        "| [Qwen3](https://github.com/QwenLM/Qwen3) |\n"
    )
    [finding] = check_text(text, ["PTM101"])
    assert (finding.line, finding.severity) == (7, "error")
    assert "duplicate row “Qwen3-Next”: the same title and links as list.md:5" in finding.message
    assert related(finding) == [("list.md", 5)]
    assert finding.fix is not None and finding.fix.applicability == "unsafe"
    assert apply_fix(text, finding.fix) == text.rsplit("| Qwen3-Next", 1)[0]
    # Two checkpoints of one project (one project link, their own downloads): two rows.
    assert check_text(text.rsplit("| Qwen3-Next", 1)[0], ["PTM101"]) == []


def test_duplicate_url_leaderboard_rows_citing_one_paper_are_two_models() -> None:
    paper = "[CliCR: A Dataset of Clinical Case Reports](http://aclweb.org/anthology/N18-1140)"
    text = (
        "# CliCR\n\n"
        "| Model | F1 | Paper |\n"
        "| --- | :-: | --- |\n"
        f"| Gated-Attention Reader (Dhingra et al., 2017) | 33.9 | {paper} |\n"
        f"| Stanford Attentive Reader (Chen et al., 2016) | 27.2 | {paper} |\n"
    )
    assert check_text(text, ["PTM101"]) == []
    twice = text + f"| Stanford Attentive Reader (Chen et al., 2016) | 27.2 | {paper} |\n"
    assert [f.line for f in check_text(twice, ["PTM101"])] == [7]


# --- PTM102 duplicate-title ----------------------------------------------------------------


def test_duplicate_title_with_different_links() -> None:
    text = (
        "1. BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding"
        "(https://aclanthology.org/N19-1423/)\n"
        "2. BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding"
        "(https://nlp.stanford.edu/seminar/details/jdevlin.pdf)\n"
    )
    [finding] = check_text(text, ["PTM1"])
    assert finding.code == "PTM102"
    assert finding.name == "duplicate-title"
    assert finding.severity == "error"
    assert (finding.line, finding.column) == (2, 4)
    assert "“BERT: Pre-training of Deep Bidirectional" in finding.message
    assert "also at list.md:1 under a different link" in finding.message
    assert related(finding) == [("list.md", 1)]


def test_duplicate_title_in_a_table_without_links() -> None:
    text = (
        "|名称 | 来源 | 说明 |\n"
        "| ---- | ---- | ---- |\n"
        "| 《ALBERT: A Lite BERT for Self-supervised Learning》 | ICLR2020 | ALBERT |\n"
        "| 《Sentence-BERT: Sentence Embeddings》 | EMNLP2019 | NULL |\n"
        "| 《ALBERT： A Lite BERT for Self-Supervised  Learning》 | 2019 | 压缩 |\n"
    )
    [finding] = check_text(text, ["PTM102"])
    assert finding.line == 5
    assert related(finding) == [("list.md", 3)]


def test_duplicate_title_across_files() -> None:
    files = {
        "a.md": "- [XLNet:运行机制及和Bert的异同比较](https://zhuanlan.zhihu.com/p/70257427)\n",
        "b.md": "- [XLNet：运行机制及和Bert的异同比较](https://mp.weixin.qq.com/s/xlnet)\n",
    }
    [finding] = check_texts(files, ["PTM102"])
    assert where(finding) == ("b.md", 1)
    assert "also at a.md:1" in finding.message
    assert related(finding) == [("a.md", 1)]


def test_duplicate_title_leaves_shared_links_short_titles_and_bare_urls_alone() -> None:
    text = (
        # the same title and link: duplicate-url's business
        "- [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n"
        "- [Attention is all you need!](https://arxiv.org/pdf/1706.03762.pdf)\n"
        # titles under 8 characters are too generic
        "- [Code](https://github.com/a/b)\n"
        "- [Code](https://github.com/c/d)\n"
        # different titles
        "- [RoBERTa: A Robustly Optimized BERT Pretraining Approach](https://arxiv.org/abs/1907.11692)\n"
        "\n"
        # bare URLs have no title of their own
        "1. https://github.com/thunlp/PLMpapers\n"
        "2. https://github.com/thunlp/PLMpapers/\n"
    )
    findings = check_text(text, ["PTM1"])
    assert {f.code for f in findings} == {"PTM101"}


def test_seed_duplicate_titles(seed_findings: list[Finding]) -> None:
    table = "ptm-paper-table.md"
    found = {(*where(f), *related(f)[0]) for f in only(seed_findings, "PTM102")}
    # ALBERT and "Pre-Training with Whole Word Masking for Chinese BERT" twice each.
    assert {(table, 34, table, 19), (table, 44, table, 20)} <= found
    messages = {where(f): f.message for f in only(seed_findings, "PTM102")}
    assert "ALBERT: A Lite BERT" in messages[(table, 34)]
    assert "Whole Word Masking for Chinese BERT" in messages[(table, 44)]
    # Same title under two links in the reading notes.
    notes = "ptm-reading-notes.md"
    assert (notes, 81, notes, 60) in found
    # A title repeated together with its link is reported once, as a duplicate link.
    pt101 = {where(f) for f in only(seed_findings, "PTM101")}
    assert not pt101 & {where(f) for f in only(seed_findings, "PTM102")}


def test_duplicate_title_in_another_section_is_a_cross_listing() -> None:
    text = (
        "# Seq2seq\n\n"
        "- Sutskever. [Sequence to sequence learning with neural networks]"
        "(https://arxiv.org/pdf/1409.3215.pdf)\n"
        "\n# NLP\n\n"
        "- Sutskever. [Sequence to sequence learning with neural networks]"
        "(http://papers.nips.cc/paper/5346-sequence-to-sequence-learning.pdf)\n"
    )
    [finding] = check_text(text, ["PTM102"])
    assert (finding.line, finding.severity) == (7, "warning")
    assert "a cross-listing: allow with `rules.duplicate-title.allow-cross-listing`" in (
        finding.message
    )
    allowed = Config(rule_options={"duplicate-title": {"allow-cross-listing": True}})
    assert check_text(text, ["PTM102"], allowed) == []
    # The switch is for cross-listings in one file: in one section it stays an error.
    same = text.replace("\n# NLP\n\n", "")
    [finding] = check_text(same, ["PTM102"], allowed)
    assert (finding.line, finding.severity) == (4, "error")
    bad = Config(rule_options={"duplicate-title": {"allow-cross-listing": "yes"}})
    with pytest.raises(ConfigError, match="allow-cross-listing"):
        check_text(text, ["PTM102"], bad)


def test_duplicate_title_a_project_name_twice_in_one_section() -> None:
    text = (
        "# 日期和时间\n\n"
        "* [dateutil](https://pypi.python.org/pypi/python-dateutil)：datetime 模块的扩展。\n"
        "* [arrow](https://github.com/crsmithdev/arrow)：更好的日期时间操作类库。\n"
        "* [dateutil](https://github.com/dateutil/dateutil)：标准包 datetime 的扩展。\n"
        "\n# 音频\n\n"
        "*   [beets](http://beets.io/)：音乐库管理工具及 [MusicBrainz](https://musicbrainz.org/)。\n"
        "* [beets](https://github.com/beetbox/beets)：音乐库管理器 [MusicBrainz](https://musicbrainz.org/)\n"
    )
    findings = check_text(text, ["PTM102"])
    assert [(f.line, f.severity) for f in findings] == [(5, "error"), (10, "error")]
    assert "“dateutil”: also at list.md:3 under a different link in the same section" in (
        findings[0].message
    )
    assert related(findings[1]) == [("list.md", 9)]
    # In two sections, a short name is no duplicate without a shared identity link.
    apart = text.replace("* [arrow]", "\n# Other\n\n* [arrow]")
    assert [f.line for f in check_text(apart, ["PTM102"])] == [13]  # beets only


def test_duplicate_title_names_that_two_resources_share_stay_quiet() -> None:
    text = (
        "# Books\n\n"
        "1.  [Deep Learning](http://www.deeplearningbook.org/) by Goodfellow et al.\n"
        "2.  [Deep Learning](http://research.microsoft.com/pubs/209355/DeepLearning-Now.pdf)"
        " by Microsoft Research\n"
        "\n# Checkpoints\n\n"
        "- [BERT-base](https://storage.googleapis.com/bert_models/uncased_L-12_H-768.zip)\n"
        "- [BERT-base](https://pan.baidu.com/s/1a2b3c)\n"
        "- [Code](https://github.com/google-research/bert)\n"
        "- [Code](https://github.com/ymcui/Chinese-BERT-wwm)\n"
        "\n# MySQL\n\n"
        "* [mysql-python](https://sourceforge.net/projects/mysql-python/)：连接器。\n"
        "* mysqlclient：[mysql-python](https://github.com/PyMySQL/mysqlclient-python) 分支。\n"
    )
    assert check_text(text, ["PTM102"]) == []


# --- PTM103 near-duplicate-title -----------------------------------------------------------

ROBERTA = (
    "- [RoBERTa: A Robustly Optimized BERT Pretraining Approach](https://arxiv.org/abs/1907.11692)\n"
    "- [Sentence-BERT: Sentence Embeddings](https://arxiv.org/abs/1908.10084)\n"
    "- [RoBERTa: A Robustly Optimised BERT Pre-training Approach]"
    "(https://openreview.net/forum?id=SyxS0T4tvS)\n"
)


def test_near_duplicate_title() -> None:
    [finding] = check_text(ROBERTA, ["PTM1"])
    assert finding.code == "PTM103"
    assert finding.name == "near-duplicate-title"
    assert finding.severity == "warning"
    assert (finding.line, finding.column) == (3, 4)
    assert "“RoBERTa: A Robustly Optimised BERT Pre-training Approach”" in finding.message
    assert "% similar to “RoBERTa: A Robustly Optimized BERT Pretraining Approach”" in (
        finding.message
    )
    assert "at list.md:1" in finding.message
    assert related(finding) == [("list.md", 1)]


def test_near_duplicate_title_across_files_and_in_chinese() -> None:
    files = {
        "a.md": "- [预训练语言模型研究进展和趋势展望](https://mp.weixin.qq.com/s/yQV8WK2ZfWt4FGEZ1ICCCQ)\n",
        "b.md": "- [预训练语言模型的研究进展和趋势展望](https://zhuanlan.zhihu.com/p/1)\n",
    }
    [finding] = check_texts(files, ["PTM103"])
    assert where(finding) == ("b.md", 1)
    assert related(finding) == [("a.md", 1)]


def test_titles_that_differ_only_in_punctuation() -> None:
    text = (
        "- [Language Models are Few-Shot Learners](https://arxiv.org/abs/2005.14165)\n"
        "- [Language Models are Few Shot Learners](https://papers.nips.cc/paper/2020/hash/1457c)\n"
    )
    [finding] = check_text(text, ["PTM1"])
    assert finding.code == "PTM103"
    assert "differs only in punctuation or spacing from" in finding.message


DIFFERENT_WORKS = [
    # installments of a series
    ("详解自注意力机制中的位置编码（第一部分）", "详解自注意力机制中的位置编码（第二部分）"),
    ("HuggingFace BERT源码详解（上）", "HuggingFace BERT源码详解（下）"),
    ("Unsupervised Multitask Learners: GPT-2", "Unsupervised Multitask Learners: GPT-3"),
    # notes on a paper are not the paper
    (
        "Longformer: The Long-Document Transformer",
        "《Longformer: The Long-Document Transformer》论文笔记",
    ),
    # another word, however similar the rest
    ("Self-supervised Learning 入门介绍", "Self-supervised Learning 再次入门"),
    (
        "Do Sentence Encoders Really Understand Syntax in Sentiment Analysis?",
        "Do Text Encoders Really Understand Syntax in Sentiment Analysis?",
    ),
    (
        "ALBERT: Distilling Transformers for Language Understanding",
        "BERT: Distilling Transformers for Language Understanding",
    ),
    # two short names alike: two resources (MMLU-Pro and MMLU-ProX are two benchmarks)
    ("MMLU-Pro", "MMLU-ProX"),
    ("Chinese NLP", "chinese_nlp"),
    # an added word that names another course or model, not a filler word
    ("Deep Learning Course", "UVA Deep Learning Course"),
    ("【关于Transformer】 那些的你不知道的事", "【关于 Transformer-XL】 那些的你不知道的事"),
    # below the threshold
    ("Transformer", "Transformer-XL"),
    (
        "在注意力中重新思考Softmax：分解非线性，这个线性Transformer变体实现多项SOTA",
        "分解非线性，这个线性transformer变体实现多项SOTA",
    ),
]


@pytest.mark.parametrize(("first", "second"), DIFFERENT_WORKS)
def test_similar_titles_of_different_works_are_quiet(first: str, second: str) -> None:
    text = f"- [{first}](https://example.com/1)\n- [{second}](https://example.com/2)\n"
    assert check_text(text, ["PTM103"]) == []


def test_near_duplicate_title_leaves_exact_duplicates_and_shared_links_alone() -> None:
    text = (
        # exact (normalised) duplicates: duplicate-title
        "- [Deep contextualized word representations](https://arxiv.org/abs/1802.05365)\n"
        "- [Deep Contextualized Word Representations.](https://aclanthology.org/N18-1202/)\n"
        # a near-duplicate title with the same link: duplicate-url
        "- [Deep contextualised word representations](https://arxiv.org/pdf/1802.05365.pdf)\n"
    )
    findings = check_text(text, ["PTM1"])
    assert {(f.code, f.line) for f in findings} == {("PTM102", 2), ("PTM101", 3)}


def test_near_duplicate_threshold_option() -> None:
    text = (
        "- [Optimised Colour of AI](https://example.com/1)\n"
        "- [Optimized Color of AI](https://example.com/2)\n"
    )
    config = Config(root=Path.cwd(), rule_options={"near-duplicate-title": {"threshold": 90}})
    [finding] = check_text(text, ["PTM103"], config)
    assert "91% similar" in finding.message
    assert check_text(text, ["PTM103"]) == []
    # An added word names another work at any threshold.
    text = "- [Transformer](https://arxiv.org/abs/1706.03762)\n- [Transformer-XL](https://arxiv.org/abs/1901.02860)\n"
    assert check_text(text, ["PTM103"], config) == []


@pytest.mark.parametrize("value", [0, 101, "high", True])
def test_near_duplicate_threshold_must_be_a_percentage(value: object) -> None:
    config = Config(root=Path.cwd(), rule_options={"near-duplicate-title": {"threshold": value}})
    with pytest.raises(ConfigError, match="threshold"):
        check_text(ROBERTA, ["PTM103"], config)


def test_seeds_have_no_near_duplicate_titles_at_the_default(
    seed_findings: list[Finding],
) -> None:
    # The seeds' most similar distinct titles are series parts (位置编码 第一/第二部分, 94),
    # notes on a paper (Longformer … 论文笔记, 95; MacBERT 的改进(Revisiting …), 92) and
    # two different tutorials (Self-supervised Learning 入门介绍 / 再次入门, 92): all quiet.
    assert only(seed_findings, "PTM103") == []


def test_blocking_finds_a_near_duplicate_among_many_titles() -> None:
    keys = [
        f"title number {n} about topic {n * 7919 % 1000} and method {n % 13}" for n in range(3000)
    ]
    keys += ["roberta a robustly optimized bert pretraining approach"]
    keys += ["roberta: a robustly optimised bert pre-training approach"]
    pairs = similar_titles(keys, 92)
    assert set(pairs[3000]) == {3001}
    assert set(pairs) == {3000, 3001}


# --- PTM104 same-resource-fragment ---------------------------------------------------------


def test_same_resource_fragment() -> None:
    text = (
        "1. https://github.com/tomohideshibata/BERT-related-papers\n"
        "2. https://github.com/thunlp/PLMpapers\n"
        "\n"
        "BERT论文合集\n"
        "https://github.com/tomohideshibata/BERT-related-papers#domain-specific\n"
    )
    [finding] = check_text(text, ["PTM1"])
    assert finding.code == "PTM104"
    assert finding.name == "same-resource-fragment"
    assert finding.severity == "info"
    assert (finding.line, finding.column) == (5, 1)
    assert "`https://github.com/tomohideshibata/BERT-related-papers#domain-specific`" in (
        finding.message
    )
    assert "at list.md:1" in finding.message
    assert related(finding) == [("list.md", 1)]


def test_same_resource_fragment_is_quiet_for_other_pages_and_routes() -> None:
    text = (
        "- [Repo](https://github.com/a/b)\n"
        "- [Other repo](https://github.com/a/c#readme)\n"
        "- [App page](https://app.example.com/#/models)\n"
        "- [App page 2](https://app.example.com/#/datasets)\n"
    )
    assert check_text(text, ["PTM104"]) == []


def test_each_new_fragment_is_reported_once() -> None:
    text = (
        "- [Repo](https://github.com/a/b)\n"
        "- [Usage](https://github.com/a/b#usage)\n"
        "- [Usage again](https://github.com/a/b#usage)\n"
        "- [Models](https://github.com/a/b#models)\n"
    )
    findings = check_text(text, ["PTM104"])
    assert [(f.line, related(f)) for f in findings] == [
        (2, [("list.md", 1)]),
        (4, [("list.md", 1)]),
    ]
    # the exact repeat is a duplicate link
    assert [f.line for f in check_text(text, ["PTM101"])] == [3]


def test_seed_same_resource_fragment(seed_findings: list[Finding]) -> None:
    [finding] = only(seed_findings, "PTM104")
    assert where(finding) == ("ptm-resources-and-code.md", 55)
    assert related(finding) == [("ptm-overview-articles.md", 21)]


# --- shared indexes ------------------------------------------------------------------------


def test_indexes_are_built_once_and_shared() -> None:
    corpus = Corpus([parse_text(ROBERTA, "list.md")])
    context = Context(corpus, Config(root=Path.cwd()))
    links = link_index(context)
    assert link_index(context) is links is context.shared[LINK_INDEX]
    titles = title_index(context)
    assert title_index(context) is titles is context.shared[TITLE_INDEX]
    assert [site.link.line for site in links.by_key["https://arxiv.org/abs/1907.11692"]] == [1]
    list(NearDuplicateTitle().check_corpus(context))
    assert any(key.startswith("duplicates:similar-titles:") for key in context.shared)


def test_relative_links_are_resolved_against_their_file() -> None:
    assert link_key("docs/a.md", "img/x.png") == "docs/img/x.png"
    assert link_key("docs/a.md", "#usage") == "docs/a.md#usage"
    assert link_key("docs/a.md", "https://github.com/a/b") == "https://github.com/a/b"
    files = {"x/list.md": "- [Notes](notes.md)\n", "y/list.md": "- [Notes](notes.md)\n"}
    assert check_texts(files, ["PTM101"]) == []


def test_findings_are_deterministic(seed_findings: list[Finding]) -> None:
    again = run_checks(load(SEEDS), Config(root=Path.cwd()), select=["PTM1"]).findings
    assert [f.to_dict() for f in again] == [f.to_dict() for f in seed_findings]


LEADERBOARD = """\
# Reading comprehension

## CliCR

The [CliCR dataset](https://aclanthology.org/N18-1140) holds clinical case reports.

| Model | F1 | Paper / Source |
| ----- | -- | -------------- |
| GA Reader (Dhingra et al., 2017) | 33.9 | [CliCR: A Dataset](https://aclanthology.org/N18-1140) |
| SA Reader (Chen et al., 2016) | 27.2 | [CliCR: A Dataset](https://aclanthology.org/N18-1140) |
| BiDAF (Seo et al., 2017) | 40.1 | [Attention Flow](https://arxiv.org/abs/1611.01603) |
| BIDAF(Seo et al., 2017) | 40.1 | [Attention Flow](https://arxiv.org/abs/1611.01603) |
"""


def test_leaderboard_rows_of_two_models_citing_one_paper_are_not_duplicates() -> None:
    # Two baselines reported in the data set's paper, and that paper in the section's
    # prose: each row names its own model. The same model twice is still a duplicate.
    findings = check_text(LEADERBOARD, ["PTM101"])
    assert [(f.line, f.severity) for f in findings] == [(12, "error")]
    assert "1611.01603" in findings[0].message


DATASETS = """\
# Data sets

| Name | Paper | Link |
| ---- | ----- | ---- |
| **CLEVR-ATVC** | [Accountable Chat](https://arxiv.org/abs/2303.05983) | [Link](https://d.io/a) |
| **Fruit-ATVC** | [Accountable Chat](https://arxiv.org/abs/2303.05983) | [Link](https://d.io/b) |
| **Fruit-ATVC** | [Accountable Chat](https://arxiv.org/abs/2303.05983) | [Link](https://d.io/b) |
"""


def test_two_data_sets_citing_one_paper_are_not_duplicates() -> None:
    # Rows named differently that cite one paper in their paper column: two data sets of
    # one paper. The row repeated under its own name is reported.
    findings = check_text(DATASETS, ["PTM101"])
    assert {f.line for f in findings} == {7}


TWO_BOARDS = """\
# Results

## CNN / Daily Mail

| Model | CNN | Paper / Source |
| ----- | --- | -------------- |
| GA | 7 | [Gated-Attention Readers for Text Comprehension](http://aclweb.org/anthology/P17-1168) |
| GA+ | 8 | [Gated-Attention Readers for Text Comprehension](https://example.org/ga.pdf) |

## Quasar

| Model | EM | Paper / Source |
| ----- | -- | -------------- |
| GA | 2 | [Gated-Attention Readers for Text Comprehension](https://arxiv.org/abs/1606.01549) |
"""


def test_one_paper_cited_by_the_leaderboards_of_two_data_sets_is_not_a_duplicate_title() -> None:
    # The result rows of two tables cite one paper (ACL and arXiv copies): not reported.
    # Within one table, the paper under another link still is.
    findings = check_text(TWO_BOARDS, ["PTM102"])
    assert [f.line for f in findings] == [8]


MODELS = """\
# Models

| 模型 | 领域 | 下载 | 项目地址 |
| ---- | ---- | ---- | -------- |
| Qwen-2.5 | 代码 | [HF](https://hf.co/Qwen/coder) | [Qwen](https://github.com/QwenLM/Qwen2.5) |
| Qwen-2.5 | 数学 | [HF](https://hf.co/Qwen/math) | [Qwen](https://github.com/QwenLM/Qwen2.5) |
| Qwen-2.5 | 数学 | [HF](https://hf.co/Qwen/math) | [Qwen](https://github.com/QwenLM/Qwen2.5) |
"""


def test_two_models_with_own_weights_and_one_project_repository_are_not_duplicates() -> None:
    # The coder and math rows share the project repository, each with its own download
    # link: two models. The math row repeated is a duplicate.
    findings = check_text(MODELS, ["PTM101"])
    assert {f.line for f in findings} == {7}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("A Survey of Pretrained Language Models", "Survey of Pretrained Language Models"),
        ("预训练语言模型的研究进展和趋势展望", "预训练语言模型研究进展和趋势展望"),
    ],
)
def test_a_filler_word_added_or_dropped_is_a_near_duplicate(first: str, second: str) -> None:
    text = f"- [{first}](https://example.com/1)\n- [{second}](https://example.com/2)\n"
    [finding] = check_text(text, ["PTM103"])
    assert finding.line == 2 and finding.severity == "warning"


def test_a_book_and_the_course_named_after_it_are_two_works() -> None:
    book = "[Neural Networks and Deep Learning](http://neuralnetworksanddeeplearning.com/)"
    course = "[Neural Networks and Deep Learning](https://webcms3.cse.unsw.edu.au/COMP9444/19T3/)"
    text = f"## Books\n\n1. {book} by Michael Nielsen\n\n## Courses\n\n1. {course} - COMP9444\n"
    assert check_text(text, ["PTM102"]) == []
    # One post under two addresses that both spell out its title is one post.
    title = "Powering Search & Recommendations at DoorDash"
    post = (
        f"## A\n\n1. [{title}](https://doordash.news/company/powering-search-recommendations-at-doordash/)\n\n"
        f"## B\n\n1. [{title}](https://doordash.engineering/2017/07/06/powering-search-recommendations-at-doordash/)\n"
    )
    [finding] = check_text(post, ["PTM102"])
    assert (finding.line, finding.severity) == (7, "warning")


def test_one_link_in_two_columns_of_a_row_is_the_tables_layout() -> None:
    repo = "https://github.com/sahil280114/codealpaca"
    head = "| Paper | Venue | Code |\n| --- | --- | --- |\n"
    row = f"| [Code Alpaca: instruction tuning for code]({repo}) | Preprint | [Github]({repo}) |\n"
    table = head + row
    assert check_text(table, ["PTM101"]) == []


def test_entries_linking_sections_of_one_manual_page_are_quiet() -> None:
    page = "https://scikit-learn.org/stable/modules/clustering.html"
    text = (
        f"- [Clustering]({page}#clustering)\n"
        f"  - [Hierarchical clustering]({page}#hierarchical-clustering)\n"
        f"  - [k-means]({page}#k-means)\n"
    )
    assert check_text(text, ["PTM104"]) == []
    # The page itself, listed again as a whole, is still a note.
    [finding] = check_text(text + f"- [Clustering guide]({page})\n", ["PTM104"])
    assert finding.line == 4
