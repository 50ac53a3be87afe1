"""What is not an entry (tables of contents, navigation, badges, meta sections, prose that
mentions a link), category items, and titles as plain text: small hand-written inputs in the
shapes of real public lists (tests/corpus/)."""

from __future__ import annotations

from awesome_ptm.corpus import Corpus
from awesome_ptm.export import export_header
from awesome_ptm.model import Document, Entry
from awesome_ptm.parse import parse_text


def kinds(doc: Document) -> dict[int, str]:
    return {block.line: block.kind for block in doc.blocks}


def at(doc: Document, line: int) -> Entry:
    found = [e for e in doc.entries if e.source.line == line]
    assert found, f"no entry at line {line}: {[e.source.line for e in doc.entries]}"
    return found[0]


# --- categories ----------------------------------------------------------------------------


def test_category_item_with_anchor_and_back_to_top_holds_its_entries() -> None:
    doc = parse_text(
        """\
## Libraries

* <a id="node-js">**Node.js and Javascript** - Node.js NLP</a> | [Back to Top](#contents)
  * [Twitter-text](https://github.com/twitter/twitter-text) - A JavaScript implementation
  * [Knwl.js](https://github.com/benhmoore/Knwl.js) - A Natural Language Processor in JS

* <a id="python"> **Python** - Python NLP Libraries</a> | [Back to Top](#contents)
  - [spaCy](https://github.com/explosion/spaCy) - Industrial strength NLP
    - [textacy](https://github.com/chartbeat-labs/textacy) - Higher level NLP built on spaCy
"""
    )
    assert [e.title for e in doc.entries] == ["Twitter-text", "Knwl.js", "spaCy", "textacy"]
    assert at(doc, 4).section == ["Libraries", "Node.js and Javascript"]
    assert at(doc, 9).section == ["Libraries", "Python"]
    # the navigation link is no link of anything, and nothing became a table of contents
    assert all("#contents" not in link.url for e in doc.entries for link in e.links)
    assert "toc" not in kinds(doc).values()


def test_plain_category_items_name_groups() -> None:
    doc = parse_text(
        """\
## AI

- Computer Vision
  - [OpenCV](https://opencv.org) - vision
- **Speech**
  - [Kaldi](https://github.com/kaldi-asr/kaldi) - speech
"""
    )
    assert [(e.title, e.section) for e in doc.entries] == [
        ("OpenCV", ["AI", "Computer Vision"]),
        ("Kaldi", ["AI", "Speech"]),
    ]


def test_detail_sub_items_are_links_of_their_parent_not_a_category() -> None:
    doc = parse_text(
        """\
* ChatGLM：
  * 地址：https://github.com/THUDM/ChatGLM-6B
  ![](https://img.shields.io/github/stars/THUDM/ChatGLM-6B.svg)
  * 简介：中文领域效果最好的开源底座模型之一
"""
    )
    assert len(doc.entries) == 1
    entry = doc.entries[0]
    assert entry.title == "ChatGLM"
    assert [(link.url, link.label) for link in entry.links] == [
        ("https://github.com/THUDM/ChatGLM-6B", "地址")
    ]
    assert [s.kind for s in doc.sections] == []


# --- tables of contents and navigation -------------------------------------------------------


def test_heading_items_of_a_table_of_contents() -> None:
    doc = parse_text(
        """\
# List

* #### [Toolkits](#toolkits)
* #### [Corpus 中文语料](https://github.com/o/list#corpus-中文语料)

## Toolkits

- [THULAC](http://thulac.thunlp.org/) - 中文词法分析工具包
"""
    )
    assert [e.title for e in doc.entries] == ["THULAC"]
    assert kinds(doc)[3] == "toc" and kinds(doc)[4] == "toc"
    assert [h.title for h in doc.headings] == ["List", "Toolkits"]
    assert "empty-item" not in kinds(doc).values()


def test_navigation_lines_are_navigation_blocks() -> None:
    doc = parse_text(
        """\
# List

- [A](https://a.org) - first

[Back to Top](#contents)

[⬆](#top)

[← 返回主页](../README.md#模型)

[Go back to the README](../README.md)

- [B](https://b.org) - second [⬆](#top)
"""
    )
    assert [e.title for e in doc.entries] == ["A", "B"]
    assert [link.url for link in doc.entries[1].links] == ["https://b.org"]
    assert [kinds(doc)[line] for line in (5, 7, 9, 11)] == ["navigation"] * 4


def test_navigation_link_in_a_heading_is_not_in_its_title() -> None:
    doc = parse_text(
        """\
### 📖Trending LLM/VLM Topics ([©️back👆🏻](#paperlist))

- [Open-Sora](https://github.com/hpcaitech/Open-Sora) - video
"""
    )
    assert doc.headings[0].title == "📖Trending LLM/VLM Topics"
    assert doc.entries[0].section == ["📖Trending LLM/VLM Topics"]


# --- badges, meta sections, prose --------------------------------------------------------------


def test_badges_and_images_are_blocks() -> None:
    doc = parse_text(
        """\
# Awesome X [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)

[![Awesome](https://awesome.re/badge.svg)](https://awesome.re) [![License](https://img.shields.io/badge/License-MIT-green.svg)](https://opensource.org/licenses/MIT)

![](/images/overview.jpg)

- [A](https://a.org) - a
"""
    )
    assert [e.title for e in doc.entries] == ["A"]
    assert kinds(doc)[3] == "badge" and kinds(doc)[5] == "image"
    assert doc.headings[0].title == "Awesome X"


def test_meta_sections_hold_no_entries() -> None:
    doc = parse_text(
        """\
# List

## Tools

- [A](https://a.org) - a

## Contributing

Your contributions are always welcome! Please read the [guidelines](CONTRIBUTING.md).

- [How to add](https://github.com/o/r/blob/master/CONTRIBUTING.md)

### Contributors

| Name | GitHub |
| --- | --- |
| X | [x](https://github.com/x) |

## ©️License

GNU General Public License v3.0

## 致谢

- [某某](https://github.com/someone)

## More Tools

- [B](https://b.org) - b
"""
    )
    assert [(e.title, e.section[-1]) for e in doc.entries] == [("A", "Tools"), ("B", "More Tools")]
    # the paragraph, the list, the table, the licence text and the list of thanks
    assert sum(1 for b in doc.blocks if b.kind == "meta") == 5
    assert [h.title for h in doc.headings][-1] == "More Tools"


def test_sentences_that_mention_a_link_are_not_entries() -> None:
    doc = parse_text(
        """\
# List

Contributed by [Xiaozhi Wang](https://bakser.github.io/) and [Zhengyan Zhang](https://github.com/zzy14).

**Visit the [website](https://awesome-python.com/) to search and filter projects more easily.**

Please refer to [this page](https://diff-usion.github.io/) as this page may not contain all.

(ChatGPT-related papers are listed at https://github.com/tomohideshibata/ChatGPT-related-papers.)

[Subscribe to our newsletter](https://nlpnews.substack.com/) to get a weekly list.

[查看完整列表（共 52 个）→](docs/other-awesome.md)

[MultiFiT: Efficient Fine-tuning](http://nlp.fast.ai/m.html) by Sebastian Ruder et al. It extends.
"""
    )
    assert [e.title for e in doc.entries] == ["MultiFiT: Efficient Fine-tuning"]
    assert doc.entries[0].authors == ["Sebastian Ruder"]
    assert kinds(doc)[3] == "meta" and kinds(doc)[13] == "navigation"


def test_link_less_items_count_only_among_linked_siblings() -> None:
    doc = parse_text(
        """\
# List

Figuring out how to implement your ML project? Learn how others did it:

- **How** the problem is framed
- **What** techniques worked

## Papers

- [Few-Shot Intent Detection via Contrastive Pre-Training] (EMNLP2021)
- [Paper A](https://a.org/a)
- [Paper B](https://a.org/b)
- [Paper C](https://a.org/c)
- [Paper D](https://a.org/d)
- [Paper E](https://a.org/e)
- Paper Without Link

## Notes

- Drop OOV words!
- Title Without Link, ACL 2020
"""
    )
    assert [e.title for e in doc.entries] == [
        "Few-Shot Intent Detection via Contrastive Pre-Training",
        *(f"Paper {x}" for x in "ABCDE"),
        "Paper Without Link",
        "Title Without Link",
    ]
    assert kinds(doc)[5] == "prose" and kinds(doc)[20] == "prose"
    assert [s.entry_count for s in doc.sections] == [0, 7, 1]


def test_a_file_of_link_less_items_keeps_them_as_entries() -> None:
    doc = parse_text("# T\n\n- Title **重要 **\n- Another title\n\n- [Linked](https://a.org)\n")
    assert [e.source.line for e in doc.entries] == [3, 4, 6]


# --- shapes of entries ----------------------------------------------------------------------


def test_bold_title_with_its_link_items_is_one_entry() -> None:
    doc = parse_text(
        """\
# 3DGS

**Scaffold-GS: Structured 3D Gaussians for View-Adaptive Rendering**

- Homepage: https://city-super.github.io/scaffold-gs/
- Paper https://arxiv.org/abs/2312.00109
- Code: https://github.com/city-super/Scaffold-GS

**AI & ML**

- [AI and Agents](#ai-and-agents)
"""
    )
    assert len(doc.entries) == 1
    entry = doc.entries[0]
    assert entry.title == "Scaffold-GS: Structured 3D Gaussians for View-Adaptive Rendering"
    assert (entry.source.line, entry.source.end_line) == (3, 7)
    assert [link.label for link in entry.links] == ["Homepage", None, "Code"]
    assert kinds(doc)[9] == "prose" and kinds(doc)[11] == "toc"


def test_paper_paragraph_lines_give_authors_and_venue() -> None:
    doc = parse_text(
        """\
**A Survey on Video Diffusion Models** \\
*Zhen Xing, Qijun Feng and Yu-Gang Jiang* \\
arXiv 2023. [[Paper](https://arxiv.org/pdf/2310.10647.pdf)] \\
16 Oct 2023

1. **Introduction to Graph Neural Networks.** Morgan & Claypool, 2020. [book](https://m.com/b)

    *Zhiyuan Liu, Jie Zhou.*
"""
    )
    first, second = doc.entries
    assert first.title == "A Survey on Video Diffusion Models"
    assert first.authors == ["Zhen Xing", "Qijun Feng", "Yu-Gang Jiang"]
    assert (first.venue, first.year) == ("arXiv", 2023)
    assert [link.url for link in first.links] == ["https://arxiv.org/pdf/2310.10647.pdf"]
    assert second.authors == ["Zhiyuan Liu", "Jie Zhou"]


def test_titles_are_plain_text() -> None:
    doc = parse_text(
        """\
- [<u>T5 bias</u>](https://t5.org) *Colin Raffel et al.* - bias
- ChatGLM \\[[官方网站](https://chatglm.cn)] 中文对话模型
- \\[[官方网站](https://yiyan.baidu.com)] 文心一言
- **:fast_forward: DiffusionFastForward** [[Website](https://github.com/m/d)]
- [M<sup>3</sup>CoT](https://arxiv.org/pdf/2405.16473) - benchmark
- [BERT](https://arxiv.org/abs/1810.04805) by Jacob Devlin, Ming-Wei Chang and Kenton Lee.
"""
    )
    assert [e.title for e in doc.entries] == [
        "T5 bias",
        "ChatGLM",
        "文心一言",
        "DiffusionFastForward",
        "M3CoT",
        "BERT",
    ]
    assert doc.entries[0].authors == ["Colin Raffel"]
    assert doc.entries[5].authors == ["Jacob Devlin", "Ming-Wei Chang", "Kenton Lee"]
    assert [(link.url, link.label) for link in doc.entries[1].links] == [
        ("https://chatglm.cn", "官方网站")
    ]


def test_arxiv_identifier_written_as_text_is_an_identifier_not_a_link() -> None:
    doc = parse_text(
        """\
**Pre-Trained Models: Past, Present and Future**. *Xu Han, Zhengyan Zhang*. arXiv:2106.07139 2021. [[pdf](https://x.org/a.pdf)]

- [A paper](https://a.org/p) arXiv:2203.01922v2
- [Linked](https://arxiv.org/abs/1706.03762) (arXiv:1706.03762)
"""
    )
    first, second, third = doc.entries
    assert [link.url for link in first.links] == ["https://x.org/a.pdf"]
    assert first.identifiers == ["https://arxiv.org/abs/2106.07139"]
    assert (first.venue, first.year) == ("arXiv", 2021)
    assert [link.url for link in second.links] == ["https://a.org/p"]
    assert second.identifiers == ["https://arxiv.org/abs/2203.01922"]
    assert third.identifiers == []  # the entry links to it already


def test_export_counts_the_new_block_kinds() -> None:
    doc = parse_text(
        """\
[![Awesome](https://awesome.re/badge.svg)](https://awesome.re)

- [Tools](#tools)

## Tools

- [A](https://a.org) - a

[Back to Top](#contents)

## License

MIT
"""
    )
    (summary,) = export_header(Corpus([doc]))["files"]
    assert summary["entries"] == 1
    assert summary["blocks"] == {"badge": 1, "meta": 1, "navigation": 1, "toc": 1}


def test_headings_inside_details_nest_under_its_summary_heading() -> None:
    doc = parse_text(
        """\
## NLP per Language

<details>
<summary>

### NLP in Arabic

</summary>

### Libraries

- [CAMeL Tools](https://github.com/CAMeL-Lab/camel_tools) - Arabic NLP

</details>

### Other

- [X](https://x.org) - x
"""
    )
    assert [e.section for e in doc.entries] == [
        ["NLP per Language", "NLP in Arabic", "Libraries"],
        ["NLP per Language", "Other"],
    ]
    assert [h.level for h in doc.headings] == [2, 3, 3, 3]


def test_anchor_links_written_with_a_dot_slash_are_a_table_of_contents() -> None:
    doc = parse_text(
        """\
- [Top ML Papers of the Week (June 23 - June 29)](./#top-ml-papers-of-the-week-june-23)
- [Top ML Papers of the Week (June 16 - June 22)](./#top-ml-papers-of-the-week-june-16)
"""
    )
    assert doc.entries == []
    assert [b.kind for b in doc.blocks] == ["toc", "toc"]


def test_section_link_lines_and_update_logs_are_not_entries() -> None:
    doc = parse_text(
        """\
# 中文大模型

[📊 评估基准](#大模型评估基准) · [📝 数据集](docs/data.md) · [🔗 Other](docs/other.md)

The Chinese book focuses on beginners.
You can download the Chinese book at [https://llmbook-zh.github.io/](https://llmbook-zh.github.io/).

## 更新

- 2026.06.19 增加[GLM-5.2](docs/reasoning-llm.md)，zai-org 最新旗舰推理模型

## 大模型评估基准

- [C-Eval](https://cevalbenchmark.com/) - 中文评估
"""
    )
    assert [e.title for e in doc.entries] == ["C-Eval"]
    assert [kinds(doc)[line] for line in (3, 5, 10)] == ["toc", "prose", "meta"]


def test_authors_after_by_stop_before_the_venue_and_plain_name_lines() -> None:
    doc = parse_text(
        """\
1. [PoSE](https://arxiv.org/abs/2309.10400) by Dawei Zhu et al., ICLR 2024 - PoSE simulates.
2. [NMT](https://a.org/n) by Dzmitry Bahdanau, KyungHyun Cho, and Yoshua Bengio, 2014 - nmt

**Improving Retrieval Augmented Language Model with Self-Reasoning** \\
Yuan Xia, Jingbo Zhou, Zhenhui Shi \\
AAAI 2025 [[paper](https://arxiv.org/abs/2407.19813)]
"""
    )
    pose, nmt, rag = doc.entries
    assert (pose.authors, pose.venue, pose.year) == (["Dawei Zhu"], "ICLR", 2024)
    assert nmt.authors == ["Dzmitry Bahdanau", "KyungHyun Cho", "Yoshua Bengio"]
    assert rag.authors == ["Yuan Xia", "Jingbo Zhou", "Zhenhui Shi"]
