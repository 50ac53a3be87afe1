"""Properties of fixing, on generated lists with injected defects.

The lists use the shapes the parser reads (``- [Title](url) - note`` items, numbered
``Title，**Venue Year**（url）note`` items, GFM table rows with NULL cells), with defects
that rules fix: WeChat share parameters, ``link.zhihu.com/?target=`` wrappers,
``http://github.com`` links, venue spellings (``ACL2020``, ``Arxiv2020``, ``NIPS``),
all-NULL rows and empty items.

The invariants hold whatever rules are registered (``awesome_ptm.rules.ALL_RULES`` grows
as rules are written): after fixing, every entry keeps its title, canonical links and notes
(placeholders are not entries, so nothing may go), and re-checking finds no safe fix left
for a rule that had one, unless the safety check refused that rule's fixes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote

from hypothesis import given, settings
from hypothesis import strategies as st

from awesome_ptm.check import run_checks
from awesome_ptm.config import Config
from awesome_ptm.corpus import Corpus
from awesome_ptm.findings import Edit
from awesome_ptm.fix import fix_corpus, unified_diff
from awesome_ptm.fix._apply import apply_edits
from awesome_ptm.fix._changes import Change, ChangeMap
from awesome_ptm.model import Document
from awesome_ptm.parse import parse_text
from awesome_ptm.titles import normalize_title

TITLES = [
    "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding",
    "RoBERTa: A Robustly Optimized BERT Pretraining Approach",
    "ALBERT: A Lite BERT for Self-supervised Learning of Language Representations",
    "XLNet: Generalized Autoregressive Pretraining for Language Understanding",
    "ELECTRA: Pre-training Text Encoders as Discriminators Rather Than Generators",
    "Semi-supervised Sequence Learning",
    "Deep contextualized word representations",
    "Longformer: The Long-Document Transformer",
    "融合检索和生成的SimBERT模型",
    "最新 Transformer 预训练模型综述",
    "nlp中的词向量对比：word2vec/glove/fastText/elmo/GPT/bert",
    "Self-Supervised Learning 入门介绍",
    "ERNIE: Enhanced Representation through Knowledge Integration",
    "MASS: Masked Sequence to Sequence Pre-training for Language Generation",
]

NOTES = [
    "综述",
    "官方实现",
    "领域预训练",
    "多任务，持续学习框架",
    "the first paper",
    "中文全词 WWM",
]

#: (clean venue, defective spellings)
VENUES = [
    ("ACL 2020", ["ACL2020", "acl 2020"]),
    ("arXiv 2020", ["Arxiv2020", "arxiv 2020"]),
    ("NeurIPS 2019", ["NIPS2019", "NIPS 2019"]),
    ("EMNLP 2020", ["EMNLP2020"]),
    ("ICLR 2020", ["ICLR2020"]),
]

WECHAT = (
    "https://mp.weixin.qq.com/s?__biz=MzI4ODY2NjYzMQ==&mid=22474957{n:02d}&idx=1"
    "&sn=512c1f8b4e21c9d0117f625514a882{n:02d}"
)
WECHAT_SHARE = "&chksm=ec38554f&mpshare=1&scene=24&srcid=1025ms9h&sharer_sharetime=1635125386#rd"


@dataclass(frozen=True)
class Resource:
    url: str  # as written, possibly with a defect


@st.composite
def resources(draw: st.DrawFn, n: int) -> Resource:
    kind = draw(st.sampled_from(["arxiv", "github", "zhihu", "wechat", "blog"]))
    defect = draw(st.booleans())
    if kind == "arxiv":
        url = f"https://arxiv.org/abs/{1900 + n % 100:04d}.{10000 + n:05d}"
        if defect:
            url = f"https://arxiv.org/pdf/{1900 + n % 100:04d}.{10000 + n:05d}.pdf"
    elif kind == "github":
        url = f"https://github.com/example-{n}/model-{n}"
        if defect:
            url = draw(
                st.sampled_from(
                    [
                        url.replace("https://", "http://"),
                        "https://link.zhihu.com/?target=" + quote(url, safe=""),
                        "https://link.zhihu.com/?target=" + url.replace("://", "%3A//"),
                    ]
                )
            )
    elif kind == "zhihu":
        url = f"https://zhuanlan.zhihu.com/p/{56382372 + n}"
    elif kind == "wechat":
        url = WECHAT.format(n=n % 100)
        if defect:
            url += WECHAT_SHARE
    else:
        url = f"https://spaces.ac.cn/archives/{7427 + n}"
    return Resource(url)


def venue(draw: st.DrawFn) -> str:
    clean, bad = draw(st.sampled_from(VENUES))
    return draw(st.sampled_from([clean, *bad]))


@st.composite
def documents(draw: st.DrawFn) -> str:
    """A list file: a title, then sections of link items, numbered items and a table."""
    order = draw(st.permutations(range(len(TITLES))))
    titles = iter(TITLES[i] for i in order)
    counter = iter(range(1000))
    parts = ["# 预训练模型资料\n"]
    for _ in range(draw(st.integers(1, 3))):
        shape = draw(st.sampled_from(["links", "numbered", "table"]))
        size = draw(st.integers(1, 4))
        lines: list[str] = []
        if shape == "links":
            parts.append("## 文章\n")
            for _ in range(size):
                title = next(titles, None)
                if title is None:
                    break
                url = draw(resources(next(counter))).url
                note = draw(st.sampled_from(["", *NOTES]))
                lines.append(f"- [{title}]({url})" + (f" - {note}" if note else ""))
                if draw(st.integers(0, 4)) == 0:
                    lines.append(draw(st.sampled_from(["- ", "-"])))
        elif shape == "numbered":
            parts.append("## 论文\n")
            for number in range(1, size + 1):
                title = next(titles, None)
                if title is None:
                    break
                url = draw(resources(next(counter))).url
                note = draw(st.sampled_from(["", *NOTES]))
                lines.append(f"{number}. {title}，**{venue(draw)}**（{url}）{note}")
        else:
            parts.append("## 论文表格\n")
            lines += ["| 名称 | 来源 | 说明 |", "| ---- | ---- | ---- |"]
            for _ in range(size):
                title = next(titles, None)
                if title is None:
                    break
                cell = draw(st.sampled_from(["NULL", venue(draw)]))
                note = draw(st.sampled_from(["NULL", *NOTES]))
                lines.append(f"| 《{title}》 | {cell} | {note} |")
                if draw(st.integers(0, 3)) == 0:
                    lines.append("| NULL | NULL | NULL |")
        if lines:
            parts.append("\n".join(lines) + "\n")
    return "\n".join(parts)


def _identity(document: Document) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return sorted(
        (
            normalize_title(entry.title),
            tuple(sorted(link.canonical for link in entry.links)),
            tuple(" ".join(note.split()) for note in entry.notes),
        )
        for entry in document.entries
    )


def _safe_fix_codes(document: Document) -> set[str]:
    findings = run_checks(Corpus([document]), Config()).findings
    return {f.code for f in findings if f.fix is not None and f.fix.applicability == "safe"}


@settings(max_examples=60, deadline=None)
@given(documents())
def test_fixing_keeps_every_entry_and_leaves_no_safe_fix(text: str) -> None:
    original = parse_text(text, "list.md")
    offered = _safe_fix_codes(original)
    result = fix_corpus(Corpus([original]), Config(), select=None, ignore=None)[0]
    fixed = parse_text(result.fixed, "list.md")

    assert _identity(fixed) == _identity(original), unified_diff(result)
    assert result.converged, result.pending

    refused = {line.split(" ", 1)[0] for line in result.refused}
    assert set(result.applied) <= offered
    left = _safe_fix_codes(fixed) & offered
    assert left <= refused, (left, unified_diff(result))
    if "PTM212" not in refused:
        assert not re.search(r"^\| NULL \| NULL \| NULL \|$", result.fixed, re.MULTILINE)
        assert not re.search(r"^[-*] ?$", result.fixed, re.MULTILINE)


@settings(max_examples=60, deadline=None)
@given(documents())
def test_fixing_twice_changes_nothing_more(text: str) -> None:
    once = fix_corpus(Corpus([parse_text(text, "list.md")]), Config(), select=None, ignore=None)
    twice = fix_corpus(
        Corpus([parse_text(once[0].fixed, "list.md")]), Config(), select=None, ignore=None
    )
    assert twice[0].fixed == once[0].fixed, unified_diff(twice[0])


# -- the change map, which the safety check relies on ---------------------------------------


@st.composite
def passes(draw: st.DrawFn) -> tuple[str, list[list[Edit]]]:
    """A text and up to four passes of disjoint edits (each pass on the previous result)."""
    text = draw(st.text(alphabet="ab\n", max_size=30))
    current = text
    rounds: list[list[Edit]] = []
    for _ in range(draw(st.integers(1, 4))):
        points = sorted(draw(st.lists(st.integers(0, len(current)), max_size=6)))
        edits: list[Edit] = []
        for start, end in zip(points[::2], points[1::2], strict=False):
            if edits and start <= edits[-1].end:
                continue
            edits.append(Edit(start, end, draw(st.text(alphabet="xy\n", max_size=3))))
        rounds.append(edits)
        current = apply_edits(current, edits)
    return text, rounds


@settings(max_examples=300, deadline=None)
@given(passes())
def test_the_change_map_maps_everything_outside_its_hunks(
    case: tuple[str, list[list[Edit]]],
) -> None:
    text, rounds = case
    current = text
    changes = ChangeMap()
    for edits in rounds:
        spans = [changes.old_span(edit.start, edit.end) for edit in edits]
        changes.apply([Change(e.start, e.end, len(e.content)) for e in edits])
        current = apply_edits(current, edits)
        for start, end in spans:  # each edit's original span lies inside a hunk
            assert any(h.old_start <= start <= end <= h.old_end for h in changes.hunks)
    old_cursor = new_cursor = 0
    for hunk in changes.hunks:
        assert hunk.old_start - old_cursor == hunk.new_start - new_cursor >= 0
        assert text[old_cursor : hunk.old_start] == current[new_cursor : hunk.new_start]
        old_cursor, new_cursor = hunk.old_end, hunk.new_end
    assert text[old_cursor:] == current[new_cursor:]
    for before, after in zip(changes.hunks, changes.hunks[1:], strict=False):
        assert before.old_end < after.old_start and before.new_end < after.new_start
