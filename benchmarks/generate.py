"""Deterministic lists in the seeds' shapes, of any size, for benchmarks."""

from __future__ import annotations

import random

_WORDS = [
    "Pre-training",
    "Contrastive",
    "Language",
    "Models",
    "Chinese",
    "Named",
    "Entity",
    "Recognition",
    "Sparse",
    "Efficient",
    "Transformers",
    "Knowledge",
    "Distillation",
    "Prompt",
    "Tuning",
    "Retrieval",
    "Augmented",
    "Generation",
    "Robust",
    "Multilingual",
    "Dialogue",
    "Summarization",
    "Parsing",
    "Adapters",
    "Few-shot",
    "Zero-shot",
    "Masked",
    "Span",
]
_VENUES = ("ACL2020", "EMNLP 2019", "NAACL 2021", "Arxiv2022", "ICLR 2021", "NIPS2019", "KDD 2020")
_ZH = ("预训练模型", "论文解读", "代码实现", "知识蒸馏", "长文本", "对比学习")


def _title(rng: random.Random, n: int) -> str:
    words = rng.sample(_WORDS, 6)
    return f"{' '.join(words)} {n}"


def generate(entries: int, seed: int = 7) -> str:
    """A Markdown list with about ``entries`` entries (2 MB ≈ 15,000), mixing the shapes."""
    rng = random.Random(seed)
    out: list[str] = ["# Generated list", ""]
    n = 0
    section = 0
    while n < entries:
        section += 1
        out += [f"## Section {section}", ""]
        shape = section % 4
        if shape == 0:
            out += ["| 名称 | 来源 | 说明 | 状态 | 备注 |", "| ---- | ---- | ---- | ---- | ---- |"]
        for _ in range(50):
            if n >= entries:
                break
            n += 1
            title = _title(rng, n)
            arxiv = f"{rng.randint(18, 23)}{rng.randint(1, 12):02d}.{n:05d}"
            venue = rng.choice(_VENUES)
            zh = rng.choice(_ZH)
            if shape == 0:
                out.append(
                    f"| 《{title}》 | {venue} | {zh}：<br/>1 第一点；<br/>2 第二点 | done | "
                    f"https://github.com/org{n}/repo |"
                )
            elif shape == 1:
                out.append(
                    f"- [{title}](https://arxiv.org/abs/{arxiv}) ({venue}) "
                    f"[[github](https://github.com/org{n}/repo)]"
                )
            elif shape == 2:
                out.append(f"{n}. {title}，**{venue}**（https://arxiv.org/pdf/{arxiv}.pdf）{zh}")
            else:
                out += [
                    f"{zh}：《{title}》",
                    f"论文链接：https://arxiv.org/abs/{arxiv}",
                    f"代码：https://github.com/org{n}/repo",
                    "",
                ]
        out.append("")
    return "\n".join(out) + "\n"
