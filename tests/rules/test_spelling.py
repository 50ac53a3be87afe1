"""PTM411 heading-typo, PTM412 title-typo."""

from __future__ import annotations

from pathlib import Path

import pytest

from awesome_ptm.check import run_checks
from awesome_ptm.config import Config
from awesome_ptm.corpus import load
from awesome_ptm.rules.spelling._lexicon import builtin_vocabulary
from awesome_ptm.rules.spelling._words import (
    deletes,
    edits1,
    is_edge_variant,
    match_case,
    tokens,
)
from ruleutil import apply_fix, check_text, check_texts

FIXTURES = Path(__file__).parent.parent / "fixtures"
SEEDS = FIXTURES / "seeds"
CLEAN = FIXTURES / "public" / "clean_awesome.md"

ENTRIES = """
- [XLNet: Generalized Autoregressive Pretraining](https://arxiv.org/abs/1906.08237)
- [RoBERTa: A Robustly Optimized BERT Pretraining Approach](https://arxiv.org/abs/1907.11692)
- [XLNet原理](http://fancyerii.github.io/2019/06/30/xlnet-theory/)
- [Longformer：超越RoBERTa](https://blog.csdn.net/x/article/details/107398795)
"""


# -- helpers -----------------------------------------------------------------------------


def test_tokens_take_latin_runs_out_of_mixed_text_and_skip_urls() -> None:
    text = "LSTM比Tranformer优势？(https://www.zhihu.com/question/Tranformer) see tranformer.py"
    assert [t.word for t in tokens(text)] == ["LSTM", "Tranformer", "see"]
    (token,) = [t for t in tokens(text) if t.word == "Tranformer"]
    assert text[token.start : token.end] == "Tranformer"
    assert [t.word for t in tokens("BERT's word2vec ELECTRA_TINY don't café")] == ["BERT"]
    # a hashtag is a tag, not a word (the # of C# is no hashtag)
    assert [t.word for t in tokens("R and its #rstats packages")] == ["R", "and", "its", "packages"]
    assert [t.word for t in tokens("C# tranformer")] == ["C", "tranformer"]


def test_edit_helpers() -> None:
    assert "family" in edits1("fimaly")  # a swap of two letters is one slip
    assert "transformer" in edits1("tranformer")
    assert deletes("abc") == {"abc", "bc", "ac", "ab"}
    assert is_edge_variant("transformers", "transformer")
    assert is_edge_variant("mbert", "bert")
    assert not is_edge_variant("tranformer", "transformer")
    assert match_case("ENRIE", "ERNIE") == "ERNIE"
    assert match_case("Tranformer", "transformer") == "Transformer"
    assert match_case("fimaly", "family") == "family"
    assert match_case("robrta", "RoBERTa") == "RoBERTa"


def test_vocabulary_file_has_the_domain_words() -> None:
    words = builtin_vocabulary()
    for word in ("pretrained", "tokenizer", "finetuning", "seq2seq", "arxiv", "github"):
        assert word in words


# -- PTM411 heading-typo -----------------------------------------------------------------


def test_heading_typo_is_found_with_a_suggestion() -> None:
    text = "# BERT fimaly\n\n- [A](https://x.org/a)\n"
    (finding,) = check_text(text, ["PTM411"])
    assert (finding.code, finding.line, finding.column, finding.end_column) == (
        "PTM411",
        1,
        8,
        14,
    )
    assert finding.severity == "warning"
    assert finding.message == (
        "'fimaly' in heading 'BERT fimaly' looks misspelled; did you mean 'family'?"
    )
    assert finding.fix is not None and finding.fix.applicability == "unsafe"
    assert apply_fix(text, finding.fix) == "# BERT family\n\n- [A](https://x.org/a)\n"


def test_heading_typo_keeps_the_case_and_reads_words_glued_to_cjk() -> None:
    text = "## Awesome Tokenizer Tutorals\n\n## 中文Papres汇总\n"
    findings = check_text(text, ["PTM411"])
    assert [(f.line, f.column) for f in findings] == [(1, 22), (3, 6)]
    fixed = text
    for finding in reversed(findings):
        assert finding.fix is not None
        fixed = apply_fix(fixed, finding.fix)
    assert fixed == "## Awesome Tokenizer Tutorials\n\n## 中文Papers汇总\n"


def test_heading_typo_clean_headings() -> None:
    text = (
        "# Awesome Pretrained Models\n\n"
        "## Pretrained Models\n\n## Tokenizers\n\n## XLNet and RoBERTa\n"
        + ENTRIES
        + "\n## Visualisation and Modelling\n\n## Toolkits, Datasets and Benchmarks\n"
        "\n## Misc\n\n## 中文预训练模型\n\n## BRET, XLNte and GPTx\n"
        "\n## [Docs](https://exmaple.com/fimaly)\n\n## `fimaly` code\n"
    )
    assert check_text(text, ["PTM411"]) == []


def test_heading_typo_knows_programming_languages() -> None:
    """``## Clojure``, ``## Scala``: languages (Pygments' names), one edit from English words
    (closure, scale), are no typos; a misspelt language still is one."""
    text = "# Good First Issues\n\n## Clojure\n\n## Scala\n\n## Elixir\n\n## Kotlin\n"
    assert check_text(text, ["PTM411"]) == []
    (finding,) = check_text("# Good First Issues\n\n## Pythn Tools\n", ["PTM411"])
    assert "'Pythn'" in finding.message


def test_headings_and_titles_with_intro_and_adverbs_of_able_words_are_clean() -> None:
    """``## Intro`` (one edit from "into"), ``quantifiably`` (an adverb of a dictionary
    word): no typos."""
    text = (
        "# List\n\n## Intro\n\n"
        "- [Quantifiably resilient watermarking of text](https://x.org/w)\n"
        "- [Visibly pushdown languages](https://x.org/v)\n"
    )
    assert check_text(text, ["PTM411", "PTM412"]) == []


def test_heading_typo_corpus_words_and_config_vocabulary_are_words() -> None:
    # "Kashgarri" is not English; used in two titles, it is a word of this corpus.
    entries = "- [Kashgarri intro](https://x.org/1)\n- [Kashgarri code](https://x.org/2)\n"
    assert check_text(f"# Kashgarri\n\n{entries}", ["PTM411"]) == []
    (alone,) = check_text("# Kashgarri\n", ["PTM411"])  # one edit from "kashgari"
    assert alone.message.endswith("did you mean 'Kashgari'?")
    config = Config(vocabulary=["fimaly"])
    assert check_text("# BERT fimaly\n", ["PTM411"], config) == []


def test_heading_typo_seed() -> None:
    corpus = load(SEEDS)
    findings = run_checks(corpus, Config(), select=["PTM411"]).findings
    assert [(Path(f.path).stem, f.line, f.column) for f in findings] == [
        ("ptm-reading-notes", 52, 8)
    ]
    (finding,) = findings
    assert "did you mean 'family'?" in finding.message
    assert finding.fix is not None
    (document,) = [d for d in corpus.documents if d.path.endswith("ptm-reading-notes.md")]
    fixed = apply_fix(document.text, finding.fix)
    assert "\n# BERT family\n" in fixed


# -- PTM412 title-typo -------------------------------------------------------------------

TITLES = """\
# Transformer

- [Transformer详解](https://x.org/1)
- [The Annotated Transformer](https://x.org/2)
- [Transformer-XL解读](https://x.org/3)
- [LSTM比Tranformer优势在哪里？](https://www.zhihu.com/question/439243827)
- [ERNIE: Enhanced Language Representation](https://x.org/5)
- [ERNIE: Enhanced Representation through Knowledge Integration](https://x.org/6)
- [ERNIE 2.0: A Continual Pre-training Framework](https://x.org/7)
- [ENRIE(Tsinghua)：知识图谱与BERT相结合](https://x.org/8)
- [三种positioanl encoding方法简述](https://x.org/9)
"""


def test_title_typo_of_a_frequent_corpus_term() -> None:
    findings = check_text(TITLES, ["PTM412"])
    assert [(f.code, f.line, f.column, f.end_column) for f in findings] == [
        ("PTM412", 6, 9, 19),
        ("PTM412", 10, 4, 9),
        ("PTM412", 11, 6, 16),
    ]
    tranformer, enrie, positioanl = findings
    assert tranformer.message == (
        "'Tranformer' in title 'LSTM比Tranformer优势在哪里？' looks like a typo of "
        "'Transformer' (used in 3 titles)"
    )
    assert "looks like a typo of 'ERNIE' (used in 3 titles)" in enrie.message
    assert positioanl.message.endswith(
        "looks like a typo of 'positional' (the only dictionary word one edit away)"
    )
    for finding in findings:
        assert finding.severity == "warning"
        assert finding.fix is not None and finding.fix.applicability == "unsafe"
    assert tranformer.fix is not None
    assert "- [LSTM比Transformer优势在哪里？](" in apply_fix(TITLES, tranformer.fix)
    assert enrie.fix is not None
    assert "- [ERNIE(Tsinghua)：" in apply_fix(TITLES, enrie.fix)


def test_title_typo_across_files() -> None:
    files = {
        "a.md": "- [Transformer详解](https://x.org/1)\n- [Transformer原理](https://x.org/2)\n",
        "b.md": "- [Transformer面试题](https://x.org/3)\n- [Tranformer变体](https://x.org/4)\n",
    }
    findings = check_texts(files, ["PTM412"])
    assert [(f.path, f.line, f.column) for f in findings] == [("b.md", 2, 4)]


@pytest.mark.parametrize(
    "odd",
    [
        "transformer的位置编码",  # a case-only variant
        "TRANSFORMER总结",
        "Transformers大集合",  # a plural
        "mTransformer",  # a prefixed name
    ],
)
def test_title_typo_ignores_case_plural_and_edge_variants(odd: str) -> None:
    text = TITLES.replace("LSTM比Tranformer优势在哪里？", odd)
    found = {f.message.split("'")[1] for f in check_text(text, ["PTM412"])}
    assert found == {"ENRIE", "positioanl"}


def test_title_typo_substitution_inside_a_word() -> None:
    text = TITLES.replace("LSTM比Tranformer优势在哪里？", "Transformor原理")
    found = {f.message.split("'")[1] for f in check_text(text, ["PTM412"])}
    assert found == {"Transformor", "ENRIE", "positioanl"}


def test_title_typo_ignores_renamed_parts_of_camelcase_names() -> None:
    text = (
        "- [FastBERT: one](https://x.org/1)\n- [FastBERT two](https://x.org/2)\n"
        "- [FastBERT three](https://x.org/3)\n- [FastBART: a different model](https://x.org/4)\n"
        "- [MetaGPT one](https://x.org/5)\n- [MetaGPT two](https://x.org/6)\n"
        "- [MetaGPT three](https://x.org/7)\n- [MegaGPT](https://x.org/8)\n"
    )
    assert check_text(text, ["PTM412"]) == []


def test_title_typo_never_looks_in_urls() -> None:
    text = TITLES.replace("https://x.org/1", "https://x.org/Tranformer/positioanl")
    lines = {f.line for f in check_text(text, ["PTM412"])}
    assert lines == {6, 10, 11}
    bare = "- https://github.com/foo/Tranformer\n- [Transformer a](https://x.org/a)\n"
    assert check_text(bare, ["PTM412"]) == []


def test_title_typo_clean_titles() -> None:
    text = (
        "# Models\n"
        + ENTRIES
        + (
            "- [BERT: Pre-training of Deep Bidirectional Transformers](https://x.org/b)\n"
            "- [Don’t Stop Pretraining: Adapt Language Models to Tasks](https://x.org/c)\n"
            "- [BERTweet: A pre-trained language model for English Tweets](https://x.org/d)\n"
            "- [bert4keras: 基于keras的轻量级bert](https://github.com/bojone/bert4keras)\n"
            "- [Visualisation of Tokenisers](https://x.org/e)\n"
        )
    )
    assert check_text(text, ["PTM412"]) == []


def test_title_typo_config_vocabulary() -> None:
    config = Config(vocabulary=["positioanl"])
    found = {f.message.split("'")[1] for f in check_text(TITLES, ["PTM412"], config)}
    assert found == {"Tranformer", "ENRIE"}


def test_title_typo_seeds() -> None:
    corpus = load(SEEDS)
    findings = run_checks(corpus, Config(), select=["PTM412"]).findings
    got = [
        (Path(f.path).stem, f.line, f.column, f.fix.edits[0].content if f.fix else None)
        for f in findings
    ]
    assert got == [
        ("ptm-papers-and-tutorials", 99, 39, "Transformer"),
        ("ptm-reading-notes", 17, 22, "positional"),
        ("ptm-reading-notes", 65, 4, "ERNIE"),
    ]


# -- a clean public list -----------------------------------------------------------------


@pytest.mark.skipif(not CLEAN.exists(), reason="no clean public fixture")
def test_clean_public_list_has_no_typo_findings() -> None:
    corpus = load(CLEAN)
    findings = run_checks(corpus, Config(), select=["PTM411", "PTM412"]).findings
    assert findings == []


def test_capitalized_names_in_titles_are_not_dictionary_typos() -> None:
    text = (
        "# Talks\n\n"
        "- [BERT 讲座幻灯片（Jacob Devlin, Stanford NLP Seminar）](https://example.org/a)\n"
        "- [三种positioanl encoding方法简述](https://example.org/b)\n"
    )
    findings = check_text(text, ["PTM412"])
    assert [f.message.split("'")[1] for f in findings] == ["positioanl"]


def test_title_typo_leaves_a_lower_case_part_of_a_name() -> None:
    # "rahman" is one edit from "ragman", but a title of names has no prose to misspell.
    names = "## Researchers\n\n1. [Abdel-rahman Mohamed](http://www.cs.toronto.edu/~asamir/)\n"
    assert check_text(names, ["PTM412"]) == []
    prose = (
        "- [Beyond short snippents: Deep networks for video classification]"
        "(http://example.org/ng.pdf)\n"
    )
    [finding] = check_text(prose, ["PTM412"])
    assert "'snippents'" in finding.message and "'snippets'" in finding.message


@pytest.mark.parametrize(
    ("title", "typo", "fix"),
    [
        (
            "Give Me Jeans not Shoes: How BERT Helps Us Deilver What Clients Want",
            "Deilver",
            "Deliver",
        ),
        ("StarCoder: may the soruce be with you!", "soruce", "source"),  # not "spruce"
        ("A Suvrey on Long Text Modeling with Transformers", "Suvrey", "Survey"),  # not "Surrey"
    ],
)
def test_title_typo_two_letters_swapped_inside_a_word(title: str, typo: str, fix: str) -> None:
    [finding] = check_text(f"- [{title}](https://example.org/p)\n", ["PTM412"])
    assert f"{typo!r} in title" in finding.message and f"typo of {fix!r}" in finding.message


@pytest.mark.parametrize(
    "title",
    [
        "Course materials for Georgia Tech CS 4650",  # Tech / Etch: a swap at the edge
        "Elon (WS)",  # Elon / Leon
        "fast.ai Code-First Intro to Natural Language Processing",  # Intro / Nitro
        "Inception-v4, inception-resnet and the impact of residual connections",  # vocabulary
    ],
)
def test_title_typo_edge_swaps_and_model_names_are_quiet(title: str) -> None:
    assert check_text(f"- [{title}](https://example.org/p)\n", ["PTM412"]) == []
