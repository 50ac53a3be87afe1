"""PTM301 link-style … PTM307 missing-local-target."""

from __future__ import annotations

from pathlib import Path

import pytest

from awesome_ptm.check import Finding, run_checks
from awesome_ptm.config import Config
from awesome_ptm.corpus import Corpus, load
from awesome_ptm.errors import ConfigError
from awesome_ptm.parse import parse_text
from awesome_ptm.rules.links import RULES
from awesome_ptm.rules.links._data import link_data
from awesome_ptm.rules.links._link_rule import url_edit
from awesome_ptm.rules.links._link_style import bare_link_text
from awesome_ptm.rules.links._targets import looks_like_host
from ruleutil import apply_fix, check_text

SEEDS = Path(__file__).parent.parent / "fixtures" / "seeds"


@pytest.fixture(scope="module")
def seed_findings() -> dict[str, list[tuple[str, int, int, str]]]:
    """PTM3 findings on the seed lists, by file name: (code, line, column, message)."""
    result = run_checks(load(SEEDS), Config(), select=["PTM3"])
    by_file: dict[str, list[tuple[str, int, int, str]]] = {}
    for f in result.findings:
        by_file.setdefault(Path(f.path).name, []).append((f.code, f.line, f.column, f.message))
    return by_file


def codes(findings: list[Finding]) -> list[tuple[str, int]]:
    return [(f.code, f.line) for f in findings]


def column_of(text: str, line: int, needle: str) -> int:
    return text.split("\n")[line - 1].index(needle) + 1


def fixed(text: str, finding: Finding) -> str:
    assert finding.fix is not None
    return apply_fix(text, finding.fix)


def titles(text: str) -> list[str]:
    return [entry.title for entry in parse_text(text).entries]


def test_every_rule_is_documented() -> None:
    for rule in RULES:
        doc = rule.documentation()
        for section in ("## What it does", "## Why is this bad", "## Example", "## Fix"):
            assert section in doc, (rule.code, section)
        assert rule.summary()


# --- PTM301 link-style -----------------------------------------------------------------------

MIXED = """\
# Papers

1. [BERT](https://arxiv.org/abs/1810.04805)
2. [ERNIE](https://arxiv.org/abs/1904.09223)
3. [XLNet](https://arxiv.org/abs/1906.08237)
4. RoBERTa: A Robustly Optimized BERT Pretraining Approach，**EMNLP 2020**（https://arxiv.org/pdf/1907.11692.pdf）鲁棒性优化
5. https://github.com/thunlp/PLMpapers
6. https://bertlang.unibocconi.it/
"""


def test_link_style_reports_entries_off_the_dominant_style() -> None:
    findings = check_text(MIXED, ["PTM301"])
    assert codes(findings) == [("PTM301", 6), ("PTM301", 7), ("PTM301", 8)]
    assert findings[0].column == column_of(MIXED, 6, "https://")
    assert "URL in brackets" in findings[0].message
    assert "3 of 6 entries" in findings[0].message
    assert "bare URL" in findings[1].message
    assert [f.fix.applicability if f.fix else None for f in findings] == ["safe", "unsafe", None]


def test_link_style_paren_fix_keeps_title_venue_and_note() -> None:
    finding = check_text(MIXED, ["PTM301"])[0]
    after = fixed(MIXED, finding)
    assert after == MIXED.replace(
        "4. RoBERTa: A Robustly Optimized BERT Pretraining Approach，**EMNLP 2020**"
        "（https://arxiv.org/pdf/1907.11692.pdf）鲁棒性优化",
        "4. [RoBERTa: A Robustly Optimized BERT Pretraining Approach]"
        "(https://arxiv.org/pdf/1907.11692.pdf)，**EMNLP 2020** 鲁棒性优化",
    )
    before, now = parse_text(MIXED).entries[3], parse_text(after).entries[3]
    assert now.title == before.title
    assert (now.venue, now.year, now.notes) == (before.venue, before.year, before.notes)
    assert now.links[0].style == "inline" and now.links[0].url == before.links[0].url
    assert titles(after) == titles(MIXED)
    assert check_text(after, ["PTM301"])[0].line == 7


def test_link_style_bare_repository_fix_is_unsafe_and_names_the_repo() -> None:
    finding = check_text(MIXED, ["PTM301"])[1]
    after = fixed(MIXED, finding)
    assert after == MIXED.replace(
        "5. https://github.com/thunlp/PLMpapers",
        "5. [thunlp/PLMpapers](https://github.com/thunlp/PLMpapers)",
    )
    assert parse_text(after).entries[4].links[0].style == "inline"


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("- Title (https://x.org/a)", "- [Title](https://x.org/a)"),
        ("- Title(https://x.org/a)", "- [Title](https://x.org/a)"),
        ("- Title （ https://x.org/a ）", "- [Title](https://x.org/a)"),
        ("- 标题（https://x.org/a）文本", "- [标题](https://x.org/a) 文本"),
        ("- 标题（https://x.org/a）**推荐**", "- [标题](https://x.org/a)**推荐**"),
        (
            "- Title，**ACL 2020** (https://x.org/a)准确",
            "- [Title](https://x.org/a)，**ACL 2020** 准确",
        ),
        (
            "- Title, **KDD 2021**(https://x.org/a)",
            "- [Title](https://x.org/a), **KDD 2021**",
        ),
        (
            "- Title，**ICML2019**  （https://x.org/a）参数",
            "- [Title](https://x.org/a)，**ICML2019**  参数",
        ),
    ],
)
def test_link_style_paren_fix_shapes(written: str, expected: str) -> None:
    text = f"# T\n\n{written}\n"
    config = Config(rule_options={"link-style": {"style": "inline"}})
    findings = check_text(text, ["PTM301"], config)
    assert codes(findings) == [("PTM301", 3)]
    after = fixed(text, findings[0])
    assert after == f"# T\n\n{expected}\n"
    assert titles(after) == titles(text)
    assert parse_text(after).entries[0].notes == parse_text(text).entries[0].notes
    assert check_text(after, ["PTM301"], config) == []


def test_link_style_no_fix_when_not_mechanical() -> None:
    config = Config(rule_options={"link-style": {"style": "inline"}})
    paragraph = "# T\n\nSkip-Thought Vectors\nhttps://arxiv.org/pdf/1506.06726.pdf\n"
    findings = check_text(paragraph, ["PTM301"], config)
    assert codes(findings) == [("PTM301", 4)] and findings[0].fix is None
    # The venue is written as plain text, so the text before the bracket is not the title.
    plain_venue = "# T\n\n- Title, KDD 2021（https://x.org/a）\n"
    findings = check_text(plain_venue, ["PTM301"], config)
    assert len(findings) == 1 and findings[0].fix is None
    # A bare URL with nothing to call it.
    other = "# T\n\n- https://bertlang.unibocconi.it/\n"
    assert check_text(other, ["PTM301"], config)[0].fix is None


def test_link_style_clean_tie_and_option() -> None:
    clean = "# T\n\n- [A](https://x.org/a)\n- [B](https://x.org/b)\n- Note: [C](https://x.org/c)\n"
    assert check_text(clean, ["PTM301"]) == []
    tie = "# T\n\n- [A](https://x.org/a)\n- B（https://x.org/b）\n"
    assert check_text(tie, ["PTM301"]) == []
    config = Config(rule_options={"link-style": {"style": "paren"}})
    findings = check_text(tie, ["PTM301"], config)
    assert codes(findings) == [("PTM301", 3)]
    assert "configured style" in findings[0].message and findings[0].fix is None
    with pytest.raises(ConfigError):
        check_text(tie, ["PTM301"], Config(rule_options={"link-style": {"style": "fancy"}}))


def test_link_style_each_table_has_its_own_majority() -> None:
    text = """\
# T

- [A](https://x.org/a)
- [B](https://x.org/b)

| 名称 | 备注 |
| ---- | ---- |
| 《C》 | https://x.org/c |
| 《D》 | https://x.org/d |

| Title | Paper |
|---|---|
| E | [pdf](https://x.org/e) |
| F | [pdf](https://x.org/f) |
| G | https://x.org/g |
"""
    findings = check_text(text, ["PTM301"])
    assert codes(findings) == [("PTM301", 15)]
    assert "2 of 3 rows of this table" in findings[0].message


def test_link_style_seeds(seed_findings: dict[str, list[tuple[str, int, int, str]]]) -> None:
    overview = [f for f in seed_findings["ptm-overview-articles.md"] if f[0] == "PTM301"]
    assert [(line, column) for _, line, column, _ in overview] == [
        (20, 4),
        (21, 4),
        (22, 4),
        (23, 4),
        (24, 4),
    ]
    resources = [f for f in seed_findings["ptm-resources-and-code.md"] if f[0] == "PTM301"]
    assert [(line, column) for _, line, column, _ in resources] == [(16, 84)]
    assert "Markdown link" in resources[0][3] and "bare URL" in resources[0][3]
    for name in ("ptm-papers-and-tutorials.md", "ptm-reading-notes.md", "ptm-paper-table.md"):
        assert not [f for f in seed_findings.get(name, []) if f[0] == "PTM301"]


def test_link_style_fixes_on_the_paren_seed_keep_every_entry() -> None:
    corpus = load(SEEDS / "ptm-papers-and-tutorials.md")
    document = corpus.documents[0]
    config = Config(rule_options={"link-style": {"style": "inline"}})
    findings = run_checks(corpus, config, select=["PTM301"]).findings
    assert len(findings) == len(document.entries)
    assert all(f.fix is not None and f.fix.applicability == "safe" for f in findings)
    before = {e.source.line: e for e in document.entries}
    for finding in findings:
        after = parse_text(fixed(document.text, finding))
        entry = next(e for e in after.entries if e.source.line == finding.line)
        old = before[finding.line]
        assert (entry.title, entry.venue, entry.year, entry.notes) == (
            old.title,
            old.venue,
            old.year,
            old.notes,
        )
        assert entry.links[0].style == "inline" and entry.links[0].url == old.links[0].url
    line_23 = next(f for f in findings if f.line == 23)
    assert fixed(document.text, line_23).split("\n")[22] == (
        "1. [RoBERTa: A Robustly Optimized BERT Pretraining Approach]"
        "(https://arxiv.org/pdf/1907.11692.pdf)，**EMNLP 2020** 鲁棒性优化"
    )


def test_bare_link_text() -> None:
    assert bare_link_text("https://github.com/thunlp/PLMpapers") == "thunlp/PLMpapers"
    assert bare_link_text("https://github.com/a/b.git") == "a/b"
    assert bare_link_text("https://github.com/a/b/tree/main") is None
    assert bare_link_text("https://arxiv.org/pdf/1506.06726.pdf") == "arXiv:1506.06726"
    assert bare_link_text("https://example.com/") is None


# --- PTM302 malformed-url ------------------------------------------------------------------


def test_malformed_url_arxiv_reference_target_fix() -> None:
    text = "# T\n\n[《Vision-Language Intelligence: A Survey》](arXiv:2203.01922.pdf)\n"
    findings = check_text(text, ["PTM302"])
    assert codes(findings) == [("PTM302", 3)]
    assert findings[0].column == column_of(text, 3, "arXiv:")
    assert findings[0].severity == "error"
    assert "arXiv reference, not a URL" in findings[0].message
    after = fixed(text, findings[0])
    assert after == text.replace("arXiv:2203.01922.pdf", "https://arxiv.org/abs/2203.01922")
    assert titles(after) == titles(text)
    assert check_text(after, ["PTM302"]) == []


def test_malformed_url_abs_pdf_fix() -> None:
    text = "# T\n\nTransformer\nhttps://arxiv.org/abs/1706.03762v5.pdf\n"
    findings = check_text(text, ["PTM302"])
    assert [(f.line, f.column) for f in findings] == [(4, 1)]
    assert "not a page arXiv serves" in findings[0].message
    assert fixed(text, findings[0]) == text.replace(
        "https://arxiv.org/abs/1706.03762v5.pdf", "https://arxiv.org/abs/1706.03762v5"
    )


@pytest.mark.parametrize(
    ("target", "words"),
    [
        ("", "empty link target"),
        ("<https://x.org/a b>", "contains spaces"),
        ("https://x.org/a，b", "full-width character '，'"),
        ("https//x.org/a", "malformed scheme"),
        ("http:/x.org/a", "malformed scheme"),
    ],
)
def test_malformed_url_without_fix(target: str, words: str) -> None:
    text = f"# T\n\n- [Paper]({target})\n"
    findings = check_text(text, ["PTM302"])
    assert codes(findings) == [("PTM302", 3)]
    assert words in findings[0].message
    assert findings[0].fix is None


def test_malformed_url_unbalanced_parentheses() -> None:
    text = "# T\n\nA paper\nhttps://x.org/a_(b\n"
    findings = check_text(text, ["PTM302"])
    assert codes(findings) == [("PTM302", 4)]
    assert "unbalanced parentheses" in findings[0].message


def test_malformed_url_missing_scheme_fix_is_unsafe() -> None:
    text = "# T\n\n- [Example](www.example.com/page)\n"
    findings = check_text(text, ["PTM302"])
    assert codes(findings) == [("PTM302", 3)]
    assert "no scheme" in findings[0].message
    assert findings[0].fix is not None and findings[0].fix.applicability == "unsafe"
    assert fixed(text, findings[0]) == text.replace("(www.", "(https://www.")


def test_malformed_url_clean() -> None:
    text = """\
# T

- [A](https://arxiv.org/pdf/1706.03762.pdf)
- [B](https://en.wikipedia.org/wiki/BERT_(language_model))
- [C](docs/notes.md)
- [D](#section)
- [E](mailto:someone@example.org)
- See arXiv:2001.00001 for F
- [G](https://zh.wikipedia.org/wiki/中文)
"""
    assert check_text(text, ["PTM302"]) == []
    assert looks_like_host("github.com/x/y") and not looks_like_host("README.md")


def test_malformed_url_seeds(seed_findings: dict[str, list[tuple[str, int, int, str]]]) -> None:
    found = [f[:3] for f in seed_findings["ptm-resources-and-code.md"] if f[0] == "PTM302"]
    assert found == [("PTM302", 16, 84), ("PTM302", 61, 1)]
    others = [f for name, fs in seed_findings.items() for f in fs if f[0] == "PTM302"]
    assert len(others) == 2


# --- PTM303 insecure-http ------------------------------------------------------------------


def test_insecure_http_fix_changes_only_the_scheme() -> None:
    text = "# T\n\n中文ELECTRA\nhttp://github.com/ymcui/Chinese-ELECTRA\n"
    findings = check_text(text, ["PTM303"])
    assert [(f.code, f.line, f.column) for f in findings] == [("PTM303", 4, 1)]
    assert "github.com" in findings[0].message
    assert findings[0].fix is not None and findings[0].fix.applicability == "safe"
    after = fixed(text, findings[0])
    assert after == text.replace("http://github", "https://github")
    assert titles(after) == titles(text)


def test_insecure_http_clean() -> None:
    text = """\
# T

- [A](https://github.com/a/b)
- [B](http://keg.cs.tsinghua.edu.cn/jietang/)
- [C](http://github.com:8080/a/b)
"""
    assert check_text(text, ["PTM303"]) == []


def test_insecure_http_seeds(seed_findings: dict[str, list[tuple[str, int, int, str]]]) -> None:
    found = [f[1] for f in seed_findings["ptm-resources-and-code.md"] if f[0] == "PTM303"]
    assert 112 in found  # http://github.com/ymcui/Chinese-ELECTRA
    assert 27 in found  # http://www.360doc.com/...
    assert 117 not in found  # keg.cs.tsinghua.edu.cn: https not known


# --- PTM304 tracking-params ----------------------------------------------------------------

BAIDU = "https://baijiahao.baidu.com/s?id=1674061802676524773&wfr=spider&for=pc"
WECHAT = (
    "https://mp.weixin.qq.com/s?__biz=MzI4=&mid=22&idx=1&sn=51&chksm=ec38&scene=24"
    "&pass_ticket=SHG%2B&key=abc&wx_header=0#rd"
)


def test_tracking_params_baidu_fix() -> None:
    text = f"# T\n\n- [Big Bird：支持更长序列的 Transformer]({BAIDU})\n"
    findings = check_text(text, ["PTM304"])
    assert [(f.code, f.line, f.column) for f in findings] == [
        ("PTM304", 3, column_of(text, 3, "https://"))
    ]
    assert "wfr, for" in findings[0].message
    assert "session" not in findings[0].message
    after = fixed(text, findings[0])
    assert after == text.replace("&wfr=spider&for=pc", "")
    assert titles(after) == titles(text)
    assert check_text(after, ["PTM304"]) == []


def test_tracking_params_session_is_called_out() -> None:
    text = f"# T\n\n- [综述]({WECHAT})\n"
    findings = check_text(text, ["PTM304"])
    assert len(findings) == 1
    message = findings[0].message
    assert "chksm, scene, pass_ticket, key, wx_header" in message
    assert "pass_ticket, key leaks a reader's session" in message
    assert fixed(text, findings[0]) == (
        "# T\n\n- [综述](https://mp.weixin.qq.com/s?__biz=MzI4=&mid=22&idx=1&sn=51)\n"
    )


def test_tracking_params_junk_fragment_only() -> None:
    text = "# T\n\n- [A](https://mp.weixin.qq.com/s?__biz=M&mid=1&idx=1&sn=2#wechat_redirect)\n"
    findings = check_text(text, ["PTM304"])
    assert len(findings) == 1 and "#wechat_redirect" in findings[0].message
    assert fixed(text, findings[0]) == text.replace("#wechat_redirect", "")


def test_tracking_params_twitter_share_markers() -> None:
    tweet = "https://twitter.com/dair_ai/status/1619716425761042436"
    text = f"# T\n\n- [MusicLM]({tweet}?s=20&t=ygX07dsAPDF8_jwrxZIo1Q)\n- [X](https://x.com/a/status/9?s=46)\n"
    findings = check_text(text, ["PTM304"])
    assert [f.line for f in findings] == [3, 4]
    assert "s, t" in findings[0].message and "s" in findings[1].message
    assert fixed(text, findings[0]) == text.replace("?s=20&t=ygX07dsAPDF8_jwrxZIo1Q", "")
    # Elsewhere s= and t= are content (a search, a video's timestamp).
    other = "# T\n\n- [A](https://example.org/search?s=20)\n- [B](https://youtu.be/abc?t=30)\n"
    assert check_text(other, ["PTM304"]) == []


def test_tracking_params_text_fragment_directive() -> None:
    page = "https://en.wikipedia.org/wiki/Temporal_difference_learning"
    text = f"# T\n\n- [TD learning]({page}#:~:text=Temporal%20difference%20(TD))\n"
    [finding] = check_text(text, ["PTM304"])
    assert "#:~:text=Temporal" in finding.message
    assert fixed(text, finding) == f"# T\n\n- [TD learning]({page})\n"
    # After an anchor, only the directive goes: the anchor is a place in the page.
    anchored = f"# T\n\n- [TD]({page}#Algorithm:~:text=TD)\n"
    [finding] = check_text(anchored, ["PTM304"])
    assert ":~:text=TD" in finding.message
    assert fixed(anchored, finding) == f"# T\n\n- [TD]({page}#Algorithm)\n"
    # A plain anchor is not junk.
    assert check_text(f"# T\n\n- [TD]({page}#Algorithm)\n", ["PTM304"]) == []


def test_tracking_params_clean() -> None:
    text = "# T\n\n- [A](https://x.org/?id=1&for=other)\n- [B](https://kexue.fm/archives/7427)\n"
    assert check_text(text, ["PTM304"]) == []


def test_tracking_params_seeds(seed_findings: dict[str, list[tuple[str, int, int, str]]]) -> None:
    found = [f for f in seed_findings["ptm-reading-notes.md"] if f[0] == "PTM304"]
    lines = [f[1] for f in found]
    assert lines == [7, 8, 55, 59, 60, 64, 65, 66, 67, 73, 82]
    first = found[0]
    assert (first[1], first[2]) == (7, 29)
    assert "chksm" in first[3] and "mpshare" in first[3] and "sharer_shareid" in first[3]
    assert "leaks a reader's session" in first[3]
    baidu = found[-1]
    assert "wfr" in baidu[3] and "for" in baidu[3]


# --- PTM305 redirect-wrapper ---------------------------------------------------------------


def test_redirect_wrapper_fix() -> None:
    text = (
        "# T\n\nALbert模型的实现\n"
        "https://link.zhihu.com/?target=https%3A//github.com/brightmart/albert_zh\n"
    )
    findings = check_text(text, ["PTM305"])
    assert [(f.code, f.line, f.column) for f in findings] == [("PTM305", 4, 1)]
    assert "link.zhihu.com" in findings[0].message
    after = fixed(text, findings[0])
    assert after == "# T\n\nALbert模型的实现\nhttps://github.com/brightmart/albert_zh\n"
    assert titles(after) == titles(text)


def test_redirect_wrapper_inline_csdn() -> None:
    text = "# T\n\n- [X](https://link.csdn.net/?target=https%3A%2F%2Fx.org%2Fa%3Fb%3D1)\n"
    findings = check_text(text, ["PTM305"])
    assert len(findings) == 1
    assert fixed(text, findings[0]) == "# T\n\n- [X](https://x.org/a?b=1)\n"


def test_redirect_wrapper_clean() -> None:
    text = "# T\n\n- [A](https://zhuanlan.zhihu.com/p/1)\n- [B](https://link.zhihu.com/)\n"
    assert check_text(text, ["PTM305"]) == []


def test_redirect_wrapper_seed(seed_findings: dict[str, list[tuple[str, int, int, str]]]) -> None:
    found = [f[:3] for fs in seed_findings.values() for f in fs if f[0] == "PTM305"]
    assert found == [("PTM305", 24, 1)]


# --- PTM306 missing-url --------------------------------------------------------------------


def test_missing_url_entries() -> None:
    text = """\
# tokenizer

- [BPE 算法详解](https://wmathor.com/index.php/archives/1517/)
- sentencePiece
  - [NLP-sentencepiece](https://zhpmatrix.github.io/2019/04/26/sentencepiece/)
- WordPiece

《DeepNet_ Scaling Transformers to 1,000 Layers》
"""
    findings = check_text(text, ["PTM306"])
    assert [(f.code, f.line, f.column) for f in findings] == [
        ("PTM306", 4, 3),
        ("PTM306", 6, 3),
        ("PTM306", 8, 2),
    ]
    assert "'sentencePiece' has no link of its own" in findings[0].message
    assert "'WordPiece' has no link" in findings[1].message
    assert "DeepNet_ Scaling Transformers to 1,000 Layers" in findings[2].message
    assert all(f.fix is None for f in findings)


def test_missing_url_groups_among_links() -> None:
    text = """\
# T

- 综述
  - [A](https://x.org/a)
- 模型
  - [B](https://x.org/b)
- [C](https://x.org/c)
- 应用：
  - [D](https://x.org/d)
"""
    # 综述 and 模型 are topics over their entries among plain linked items (heldout
    # ml-tutorials' "- Tutorials"): labels, the list's own way, not missing links;
    # 应用： ends with a colon: a label for what follows.
    assert codes(check_text(text, ["PTM306"])) == []
    # Where the list links its other group items, a link-less one is a gap: the judged
    # corpus finding datascience:249 (tests/corpus/judged.yaml) guards that case.


def test_missing_url_category_list_is_clean() -> None:
    text = """\
# T

- 综述
  - [A](https://x.org/a)
- 模型
  - [B](https://x.org/b)
"""
    assert check_text(text, ["PTM306"]) == []


def test_missing_url_link_free_table_is_exempt() -> None:
    table = """\
| 名称 | 来源 | 说明 |
| ---- | ---- | ---- |
| 《A》 | ACL2019 | a |
| 《B》 | ACL2020 | b |
| 《C》 | ACL2021 | c https://x.org/c |
"""
    assert check_text(table, ["PTM306"]) == []
    linked = """\
| Title | Venue | Paper |
|---|---|---|
| A | ACL 2019 | N/A |
| B | ACL 2020 | [pdf](https://x.org/b) |
"""
    findings = check_text(linked, ["PTM306"])
    assert codes(findings) == [("PTM306", 3)]


def test_missing_url_seeds(seed_findings: dict[str, list[tuple[str, int, int, str]]]) -> None:
    found = sorted(
        (name, f[1]) for name, fs in seed_findings.items() for f in fs if f[0] == "PTM306"
    )
    assert found == [("ptm-reading-notes.md", 31), ("ptm-resources-and-code.md", 150)]


# --- PTM307 missing-local-target -----------------------------------------------------------

LOCAL = """\
# T

<img src="resources/PTMs.jpg" style="zoom:20%;" />

![figure](img/a%20b.png)

- [Notes](docs/x.md#usage)
- [Anchor](#t)
- [Mail](mailto:a@b.org)
- [Web](https://x.org/a)
- [Host](www.example.com)
- `![not](code.png)` and [Paper](https://x.org/p)
"""


def check_file(folder: Path, text: str) -> list[Finding]:
    path = folder / "list.md"
    path.write_text(text, encoding="utf-8")
    return run_checks(load(path), Config(root=folder), select=["PTM307"]).findings


def test_missing_local_target_reports_missing_files(tmp_path: Path) -> None:
    findings = check_file(tmp_path, LOCAL)
    assert [(f.code, f.line, f.column) for f in findings] == [
        ("PTM307", 3, 11),
        ("PTM307", 5, 11),
        ("PTM307", 7, 11),
    ]
    assert "'resources/PTMs.jpg' does not exist" in findings[0].message
    assert findings[0].severity == "error"


def test_missing_local_target_quiet_when_files_exist(tmp_path: Path) -> None:
    (tmp_path / "resources").mkdir()
    (tmp_path / "resources" / "PTMs.jpg").write_bytes(b"")
    (tmp_path / "img").mkdir()
    (tmp_path / "img" / "a b.png").write_bytes(b"")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "x.md").write_text("x", encoding="utf-8")
    assert check_file(tmp_path, LOCAL) == []


def test_missing_local_target_skips_text_without_a_file() -> None:
    corpus = Corpus([parse_text(LOCAL, "<string>")])
    assert run_checks(corpus, Config(), select=["PTM307"]).findings == []


def test_missing_local_target_seed(
    seed_findings: dict[str, list[tuple[str, int, int, str]]],
) -> None:
    found = [f[:3] for fs in seed_findings.values() for f in fs if f[0] == "PTM307"]
    assert found == [("PTM307", 14, 11)]


# --- helpers ---------------------------------------------------------------------------------


def test_url_edit_touches_only_the_difference() -> None:
    edit = url_edit(10, "http://x.org/a", "https://x.org/a")
    assert (edit.start, edit.end, edit.content) == (14, 14, "s")
    edit = url_edit(0, "https://x.org/a?b=1&utm_source=z", "https://x.org/a?b=1")
    assert (edit.start, edit.end, edit.content) == (19, 32, "")


def test_link_data_loads() -> None:
    data = link_data()
    assert "pass_ticket" in data.session_params
    assert "github.com" in data.repository_hosts
    assert "md" not in data.top_level_domains


def test_malformed_url_empty_target_is_reported_on_its_own_line() -> None:
    # The entry starts at its heading; the empty targets are four lines below it.
    text = (
        "# L\n\n### 4. XiezhiBenchmark\n\n该基准包括来自13个不同学科的问题。\n\n"
        "\\[[官方网站]()]   \\[[Github](https://github.com/mikegu721/xiezhi)] \\[[论文]( )]\n"
    )
    findings = check_text(text, ["PTM302"])
    line = text.splitlines()[6]
    assert [(f.line, f.column) for f in findings] == [
        (7, line.index("]()") + 2),
        (7, line.index("]( )") + 2),
    ]


def test_link_style_keeps_a_sections_own_way_for_named_entries() -> None:
    inline = "".join(f"- [Tool {n}](https://example.com/t{n})\n" for n in range(8))
    portals = "".join(f"1. Portal {n} datasets: <https://example.org/p{n}>\n\n" for n in range(4))
    text = f"# L\n\n## Tools\n\n{inline}\n## Data sets\n\n{portals}"
    assert check_text(text, ["PTM301"]) == []
    # Nameless bare URLs are reported however many of them the section holds.
    bare = "".join(f"{n}. https://github.com/a/r{n}\n" for n in range(1, 5))
    findings = check_text(f"# L\n\n## Tools\n\n{inline}\n## Repos\n\n{bare}", ["PTM301"])
    assert len(findings) == 4 and all("bare URL" in f.message for f in findings)


@pytest.mark.parametrize(
    ("target", "fixed"),
    [
        ("htps://github.com/mit-nlp/MITIE", "https://github.com/mit-nlp/MITIE"),
        ("ttps://github.com/km1994/nlp_paper_study", "https://github.com/km1994/nlp_paper_study"),
        ("htp://www.cs.nyu.edu/~naz/", "http://www.cs.nyu.edu/~naz/"),
    ],
)
def test_malformed_url_misspelled_scheme(target: str, fixed: str) -> None:
    text = "# T\n\n- [Tool](" + target + ")\n"
    [finding] = check_text(text, ["PTM302"])
    assert "misspelled scheme" in finding.message and finding.severity == "error"
    assert finding.fix is not None and finding.fix.applicability == "unsafe"
    assert apply_fix(text, finding.fix) == text.replace(target, fixed)


@pytest.mark.parametrize(
    "target", ["ftp://ftp.example.org/data", "git://github.com/a/b", "ssh://x"]
)
def test_malformed_url_other_schemes_are_not_misspellings(target: str) -> None:
    assert check_text(f"# T\n\n- [Tool]({target})\n", ["PTM302"]) == []


def test_malformed_url_an_address_with_a_mangled_scheme_in_text() -> None:
    text = (
        "# T\n\n- Aquila2\n  * 地址：https//github.com/FlagAI-Open/Aquila2\n"
        "- Paper: htps://arxiv.org/abs/2403.16131 (CVPR)\n"
        "- Fine: https://arxiv.org/abs/2403.16131 and ftp://ftp.example.org/x\n"
    )
    findings = check_text(text, ["PTM302"])
    assert [(f.line, f.column) for f in findings] == [(4, 8), (5, 10)]
    assert "'https//github.com/FlagAI-Open/Aquila2' is no link" in findings[0].message
    assert findings[1].end_column == findings[1].column + len("htps://arxiv.org/abs/2403.16131")
    fixed = text
    for finding in reversed(findings):
        assert finding.fix is not None and finding.fix.applicability == "unsafe"
        fixed = apply_fix(fixed, finding.fix)
    assert "https://github.com/FlagAI-Open/Aquila2" in fixed
    assert "Paper: https://arxiv.org/abs/2403.16131 (CVPR)" in fixed


def test_malformed_url_a_line_read_as_prose_for_its_mangled_address() -> None:
    text = (
        "# T\n\n**Salience DETR: Enhancing Detection Transformer**\n\n"
        "- Paper: htps://arxiv.org/abs/2403.16131\n"
        "- Code: https://github.com/xiuqhou/Salience-DETR\n"
    )
    [finding] = check_text(text, ["PTM302"])
    assert (finding.line, finding.column) == (5, 10)
    assert "its scheme 'htps://' is mangled" in finding.message


def test_missing_local_target_in_a_group_item_and_a_heading(tmp_path: Path) -> None:
    text = (
        "# T\n\n## [Venues](venues/README.md)\n\n"
        "- [ACL2020](ACL/ACL2020.md)\n"
        "  - [CHECKLIST notes](https://github.com/km1994/nlp_paper_study/tree/master/x/)\n"
        "  - [More notes](https://github.com/km1994/nlp_paper_study/tree/master/y/)\n"
    )
    findings = check_file(tmp_path, text)
    assert [(f.line, f.column) for f in findings] == [(3, 13), (5, 13)]
    (tmp_path / "ACL").mkdir()
    (tmp_path / "ACL" / "ACL2020.md").write_text("x", encoding="utf-8")
    (tmp_path / "venues").mkdir()
    (tmp_path / "venues" / "README.md").write_text("x", encoding="utf-8")
    assert check_file(tmp_path, text) == []
