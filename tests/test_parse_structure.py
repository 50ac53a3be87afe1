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


def test_a_summary_of_text_stays_above_the_headings_inside_its_details() -> None:
    """howtheysre (h372) folds each company's posts, ``<summary>Achievers</summary>`` over
    ``### Blog Posts`` and ``### Videos``; awesome-speech-resources (h429) folds each field,
    ``<summary><b>🔊 语音识别 (ASR)</b></summary>`` over ``### 工具``, ``### 数据集``: the
    summary names the part the headings divide (the headings used to drop it), up to
    ``</details>``. A summary that only says all of it is folded (``全部技术报告``, "all the
    technical reports") names nothing."""
    doc = parse_text(
        """\
# How they SRE

## Organizations

<details>
  <summary>Achievers</summary>

### Blog Posts

* [Enter the Abattoir](https://achievers.engineering/enter-the-abattoir-ee5e2019f0b3)

### Videos

* [Scaling Production Globally](https://www.youtube.com/watch?v=abc)

</details>

<details>
<summary><b>🔊 语音识别 (ASR)</b></summary>

### 工具

- [Whisper](https://github.com/openai/whisper) - OpenAI 开源的多语言语音识别模型

</details>

## Reports

<details>
<summary>全部技术报告</summary>

### LLaMA 系列

1. **LLaMA: Open and Efficient Foundation Language Models**. [[paper](https://arxiv.org/abs/2302.13971)]

</details>

### After

- [Y](https://y.org) - y
"""
    )
    assert [e.section[1:] for e in doc.entries] == [
        ["Organizations", "Achievers", "Blog Posts"],
        ["Organizations", "Achievers", "Videos"],
        ["Organizations", "🔊 语音识别 (ASR)", "工具"],
        ["Reports", "LLaMA 系列"],
        ["Reports", "After"],
    ]


def test_courses_named_over_their_website_lines_inside_details_blocks() -> None:
    """avinash201199/Free-courses-with-Certificates (held-out h381): each course is a name
    line over a ``Website- <address>`` line in ``<details>`` blocks, under an ``<hr>`` and an
    HTML ``<h1>`` that end the contributing section above them. 0 of 85 courses were read."""
    doc = parse_text(
        """### How to contribute! 😎<br>

You can contribute in many ways to this repository

<hr>
<h1 align="center"> Free-courses-with-Certificates</h1>

<details>
<summary>AI Tools</summary>
<br>
GeeksforGeeks - AI Tools<br>
Website - https://www.geeksforgeeks.org/batch/skill-up-ai-tools<br>
<br>
</details>

<details>
<summary>Android Application Development</summary>
<br>
Udemy- Android in 90 Minutes<br>
Website- https://www.udemy.com/course/android-in-90-minutes/ <br>
<br>
Educba-Free Android App Development Course With Certification <br>
Website-https://www.educba.com/free-android-app-development-course/ <br>
<br>
</details>
<details>
<summary> Data Visualization</summary>
<br>
Kaggle - Data Visualization<br>
Website : https://www.kaggle.com/learn/data-visualization<br>
</details>

<details>
<summary>GraphQL</summary>
<br>
Website - https://graphql.org/learn/<br>
</details>
"""
    )
    assert [(e.title, [link.url for link in e.links], e.section) for e in doc.entries] == [
        (
            "GeeksforGeeks - AI Tools",
            ["https://www.geeksforgeeks.org/batch/skill-up-ai-tools"],
            ["Free-courses-with-Certificates", "AI Tools"],
        ),
        (
            "Udemy- Android in 90 Minutes",
            ["https://www.udemy.com/course/android-in-90-minutes/"],
            ["Free-courses-with-Certificates", "Android Application Development"],
        ),
        (
            "Educba-Free Android App Development Course With Certification",
            ["https://www.educba.com/free-android-app-development-course/"],
            ["Free-courses-with-Certificates", "Android Application Development"],
        ),
        (
            "Kaggle - Data Visualization",
            ["https://www.kaggle.com/learn/data-visualization"],
            ["Free-courses-with-Certificates", "Data Visualization"],
        ),
    ]
    assert [(e.source.line, e.source.end_line) for e in doc.entries][:2] == [(11, 12), (19, 20)]


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


# --- group items, labels and subtitles (parse/_categories.py, _items.py, _outline.py) -------


def test_group_name_shapes() -> None:
    from awesome_ptm.parse._categories import is_one_word_name, is_sentence, names_group

    # questions, venues and years name groups; names of resources do not
    assert names_group("论文不会找怎么办？")
    assert names_group("Which model should I use?")
    assert names_group("ACL2020")
    assert names_group("NeurIPS 2023")
    assert names_group("2016")
    assert names_group("~2014")
    assert names_group("Before 2012")
    assert not names_group("Ensemble Learning")
    assert not names_group("spaCy")
    # a sentence over groups is prose, a short name with a dot is not
    assert is_sentence("当你看到这一篇文档，你将不在为这些问题而烦恼，因为我们为你准备了路径。")
    assert is_sentence("These are the tools we use every day in our own research group.")
    assert not is_sentence("Misc.")
    assert not is_sentence("Supervised Learning")
    assert is_one_word_name("S3VM")
    assert not is_one_word_name("Drop OOV words!")
    assert not is_one_word_name("One OOV vector")
    assert not is_one_word_name("这一行是没有空格的中文句子")


def test_summary_and_subtitle_shapes() -> None:
    from awesome_ptm.parse._categories import is_subtitle, summary_label

    assert summary_label("<details>\n<summary>DeepSeek</summary>\n") == "DeepSeek"
    assert summary_label("</details>\n<details>\n<summary>Mistral AI</summary>") == "Mistral AI"
    assert summary_label("<details>\n<summary>other frameworks</summary>") is None
    assert summary_label("<details><summary>Click to expand</summary>") is None
    assert summary_label("<details><summary>更多模型</summary>") is None
    assert summary_label("<details>\n<summary>\n\n### NLP in Arabic\n\n</summary>") is None
    assert is_subtitle("Sort by HumanEval Pass@1")
    assert is_subtitle("sorted by stars")
    assert not is_subtitle("Sorting algorithms")


def test_question_group_items_that_link_a_page_are_groups_not_entries() -> None:
    # nlp-paper-study: the questions link the page that answers them; the tools under each
    # are the entries, and a sibling without a question mark plays the same part
    doc = parse_text(
        """\
### [【关于 论文工具】那些你不知道的事](https://github.com/km1994/nlp_paper_study/tree/master/x/)

- 当你看到这一篇文档，你将不在为这些问题而烦恼，因为我们为你准备了一整套免费的从
  论文查找->论文翻译->论文理解->相关代码搜索->写英文稿->科研学术交流 的路径。
  - [论文不会找怎么办？](https://github.com/km1994/p/tree/master/idea#论文不会找怎么办)
    - [顶会资讯](https://github.com/km1994/p/tree/master/idea#顶会资讯)
    - [论文搜索和分析工具](https://github.com/km1994/p/tree/master/idea#论文搜索和分析工具)
  - [外文没 code 怎么办？](https://github.com/km1994/p/tree/master/idea#外文没-code-怎么办)
    - [papers with code](https://github.com/km1994/p/tree/master/idea#papers-with-code)
  - [外文写起来麻烦怎么办](https://github.com/km1994/p/tree/master/idea#外文写起来麻烦怎么办)
    - [Overleaf](https://github.com/km1994/p/tree/master/idea#overleaf)
    - [Authorea](https://github.com/km1994/p/tree/master/idea#authorea)
"""
    )
    assert [e.title for e in doc.entries] == [
        "顶会资讯",
        "论文搜索和分析工具",
        "papers with code",
        "Overleaf",
        "Authorea",
    ]
    head = "【关于 论文工具】那些你不知道的事"
    assert at(doc, 6).section == [head, "论文不会找怎么办？"]
    assert at(doc, 9).section == [head, "外文没 code 怎么办？"]
    assert at(doc, 11).section == [head, "外文写起来麻烦怎么办"]
    # the long sentence over the groups is prose, not a group name
    assert kinds(doc)[3] == "prose"
    groups = [(s.title, s.kind) for s in doc.sections if s.kind != "heading"]
    assert ("外文写起来麻烦怎么办", "linked-item") in groups
    assert all(not title.startswith("当你看到") for title, _ in groups)


def test_venue_group_item_over_a_paper_note() -> None:
    # nlp-paper-study line 152: the ACL2020 item links the venue's page; the note under it is
    # the entry, its outline sub-items are notes
    doc = parse_text(
        """\
#### 经典会议论文研读篇

- [ACL2020](ACL/ACL2020.md)
  - [【关于 CHECKLIST】 那些你不知道的事](https://github.com/km1994/nlp_paper_study/tree/master/CHECKLIST/)
    - 阅读理由：ACL2020 best paper
    - 动机：针对 train-val-test 分割方法 评估 模型性能容易出现问题；
"""
    )
    assert [e.title for e in doc.entries] == ["【关于 CHECKLIST】 那些你不知道的事"]
    assert doc.entries[0].section == ["经典会议论文研读篇", "ACL2020"]
    assert [link.url for link in doc.entries[0].links] == [
        "https://github.com/km1994/nlp_paper_study/tree/master/CHECKLIST/"
    ]


def test_a_linked_item_over_its_kinds_is_an_entry_and_their_group() -> None:
    # datascience: Ensemble Learning is a resource and the group of the methods under it; an
    # item with a description over one nested tool (spaCy over textacy) names no group
    doc = parse_text(
        """\
#### Supervised Learning

- [Logistic Regression](https://en.wikipedia.org/wiki/Logistic_regression)
- [Ensemble Learning](https://scikit-learn.org/stable/modules/ensemble.html)
  - [Boosting](https://en.wikipedia.org/wiki/Boosting_(machine_learning))
  - [Bagging](https://en.wikipedia.org/wiki/Bootstrap_aggregating)
- [spaCy](https://github.com/explosion/spaCy) - Industrial strength NLP
  - [textacy](https://github.com/chartbeat-labs/textacy) - Higher level NLP built on spaCy
"""
    )
    assert [e.title for e in doc.entries] == [
        "Logistic Regression",
        "Ensemble Learning",
        "Boosting",
        "Bagging",
        "spaCy",
        "textacy",
    ]
    assert at(doc, 4).section == ["Supervised Learning"]
    assert at(doc, 5).section == ["Supervised Learning", "Ensemble Learning"]
    assert at(doc, 6).section == ["Supervised Learning", "Ensemble Learning"]
    assert at(doc, 8).section == ["Supervised Learning"]
    linked = [s for s in doc.sections if s.kind == "linked-item"]
    assert [(s.title, s.path, s.entry_count) for s in linked] == [
        ("Ensemble Learning", ["Supervised Learning"], 2)
    ]


def test_outline_sub_items_without_links_are_notes_of_their_entry() -> None:
    # nlp-paper-study line 169: 论文动机 / 论文方法 outline the note, they are no entries
    doc = parse_text(
        """\
##### 【关于 LLMs 】 那些的你不知道的事

- [【关于InstructBLIP】 那些的你不知道的事](https://github.com/km1994/p/tree/master/InstructBLIP/)
  - 论文地址 ：https://arxiv.org/pdf/2305.06500.pdf
  - 论文动机：
    - 第一，不开源。
    - 第二，数据安全。
  - 论文方法：
    - InstructBLIP 提出了一种指令感知的视觉特征提取方法。
- [【关于 GLM 】 那些的你不知道的事](https://github.com/km1994/nlp_paper_study/tree/master/LLMs/GLM)
"""
    )
    assert [e.source.line for e in doc.entries] == [3, 10]
    first = doc.entries[0]
    assert first.source.end_line == 9
    assert [link.url for link in first.links] == [
        "https://github.com/km1994/p/tree/master/InstructBLIP/",
        "https://arxiv.org/pdf/2305.06500.pdf",
    ]
    assert "论文动机：" in first.notes and "论文方法：" in first.notes


def test_a_link_less_item_over_questions_is_prose() -> None:
    # nlp-paper-study line 121: "问题" over rhetorical questions, in a list of links
    doc = parse_text(
        """\
## 介绍

- 问题
  - 作为一名 scholar，你是否还在发愁如何找好的论文？
  - 作为一名 scholar，你是否在为搞科研没人交流而自闭？
- [顶会资讯](https://github.com/km1994/p#顶会资讯)
- [Overleaf](https://github.com/km1994/p#overleaf)
- [Authorea](https://github.com/km1994/p#authorea)
- [Code ocean](https://github.com/km1994/p#code-ocean)
- [Scirate](https://github.com/km1994/p#scirate)
"""
    )
    assert 3 not in [e.source.line for e in doc.entries]
    assert len(doc.entries) == 5


def test_a_one_word_item_that_opens_a_list_of_links_is_an_entry() -> None:
    # datascience line 281: S3VM has no link but names a method like the items after it;
    # sentence-embedding line 98: "Drop OOV words!" introduces the list
    doc = parse_text(
        """\
#### Semi-Supervised Learning

- S3VM
- [Clustering](https://en.wikipedia.org/wiki/Weak_supervision#Cluster_assumption)
- [Generative models](https://en.wikipedia.org/wiki/Weak_supervision#Generative_models)

## OOV Handling

* Drop OOV words!
* [ALaCarte](https://github.com/NLPrinceton/ALaCarte): [A La Carte Embedding](http://aclweb.org/anthology/P18-1002)
* [Mimick](https://github.com/yuvalpinter/Mimick): [Mimicking Word Embeddings](http://www.aclweb.org/anthology/D17-1010)
* [CompactReconstruction](https://github.com/losyer/compact_reconstruction): [Subword-based](https://www.aclweb.org/anthology/N19-1353)
"""
    )
    assert at(doc, 3).title == "S3VM"
    assert at(doc, 3).links == []
    assert at(doc, 3).section == ["Semi-Supervised Learning"]
    assert 9 not in [e.source.line for e in doc.entries]


def test_a_year_criterion_item_is_no_entry() -> None:
    # deep-learning-papers lines 27-33: the citation criteria, no papers
    doc = parse_text(
        """\
## Awesome list criteria

*(Citation criteria)*
- **< 6 months** : *New Papers* (by discussion)
- **2016** :  +60 citations or "More Papers from 2016"
- **2015** :  +200 citations

### Papers
- **Distilling the knowledge in a neural network** (2015), G. Hinton et al. [[pdf]](http://arxiv.org/pdf/1503.02531)
- **Deep neural networks are easily fooled** (2015), A. Nguyen et al. [[pdf]](http://arxiv.org/pdf/1412.1897)
- **How transferable are features in deep neural networks?** (2014), J. Yosinski et al. [[pdf]](http://papers.nips.cc/paper/5347.pdf)
- **CNN features off-the-Shelf** (2014), A. Razavian et al. [[pdf]](http://www.cv-foundation.org/x.pdf)
- **Learning and transferring mid-Level image representations** (2014), M. Oquab et al. [[pdf]](http://www.cv-foundation.org/y.pdf)
"""
    )
    assert [e.source.line for e in doc.entries] == [9, 10, 11, 12, 13]
    # the criteria list holds no entry: its italic line names no group
    assert not [s for s in doc.sections if s.kind == "label"]


def test_italic_and_bold_lines_over_lists_name_groups_until_the_next_heading() -> None:
    # deep-learning-papers lines 276-300
    doc = parse_text(
        """\
### Video Lectures / Tutorials / Blogs

*(Lectures)*
- CS231n, Convolutional Neural Networks for Visual Recognition, Stanford University [[web]](http://cs231n.stanford.edu/)

*(Blogs)*
- OpenAI [[web]](https://www.openai.com/)
- Distill [[web]](http://distill.pub/)

### New papers
*Newly published papers (< 6 months) which are worth reading*
- MobileNets: Efficient Convolutional Neural Networks (2017), Andrew G. Howard et al. [[pdf]](https://arxiv.org/pdf/1704.04861.pdf)

### Appendix: More than Top 100
**~2014**
- DeepPose: Human pose estimation via deep neural networks (2014), A. Toshev and C. Szegedy [[pdf]](http://www.cv-foundation.org/a.pdf)
"""
    )
    head = "Video Lectures / Tutorials / Blogs"
    assert at(doc, 4).section == [head, "Lectures"]
    assert at(doc, 7).section == [head, "Blogs"]
    assert at(doc, 8).section == [head, "Blogs"]
    # a sentence in italics describes its section, it names no group
    assert at(doc, 12).section == ["New papers"]
    assert at(doc, 16).section == ["Appendix: More than Top 100", "~2014"]
    labels = [(s.title, s.kind, s.path) for s in doc.sections if s.kind == "label"]
    assert labels == [
        ("Lectures", "label", [head]),
        ("Blogs", "label", [head]),
        ("~2014", "label", ["Appendix: More than Top 100"]),
    ]
    assert kinds(doc)[3] == "label"


def test_details_summaries_name_groups_unless_they_say_more() -> None:
    # awesome-llm lines 189-210 and 420-432
    doc = parse_text(
        """\
## Open LLM
<details>
<summary>DeepSeek</summary>

  - [DeepSeek-V3](https://github.com/deepseek-ai/DeepSeek-V3)

</details>
<details>
<summary>Alibaba</summary>

  - [CodeQwen1.5-7B](https://qwenlm.github.io/blog/codeqwen1.5/)

</details>

- [Open LLM Leaderboard](https://huggingface.co/spaces/open-llm-leaderboard)

## LLM Training Frameworks
- [torchtitan](https://github.com/pytorch/torchtitan) - A native PyTorch Library.

<details>
<summary>other frameworks</summary>

  - [torchtune](https://github.com/pytorch/torchtune) - A Native-PyTorch Library for Fine-tuning.

</details>
"""
    )
    assert at(doc, 5).section == ["Open LLM", "DeepSeek"]
    assert at(doc, 11).section == ["Open LLM", "Alibaba"]
    # after the details: the heading's group again
    assert at(doc, 15).section == ["Open LLM"]
    assert at(doc, 23).section == ["LLM Training Frameworks"]


def test_a_small_heading_alone_under_its_parent_is_its_subtitle() -> None:
    # code-llm lines 52-53
    doc = parse_text(
        """\
## 🚀 Top Code LLMs
###### Sort by HumanEval Pass@1

| Rank | Model | Params | HumanEval |
|------|-------|--------|-----------|
| 1    | [Qwen2.5-Coder-32B-Instruct](https://huggingface.co/Qwen/Qwen2.5-Coder-32B) | 32B | 92.7 |
| 2    | [DS-Coder-V2-Instruct](https://hf.co/deepseek-ai/DeepSeek-Coder-V2) | 236B | 85.4 |

## 💡 Evaluation Toolkit:
#### 2023
- [bigcode-evaluation-harness](https://github.com/bigcode-project/bigcode-evaluation-harness)
#### 2024
- [evalplus](https://github.com/evalplus/evalplus)
"""
    )
    assert at(doc, 6).section == ["🚀 Top Code LLMs"]
    assert at(doc, 7).section == ["🚀 Top Code LLMs"]
    # two small headings under one parent are groups of their own
    assert at(doc, 11).section == ["💡 Evaluation Toolkit:", "2023"]
    assert at(doc, 13).section == ["💡 Evaluation Toolkit:", "2024"]
    subtitle = next(s for s in doc.sections if s.title == "Sort by HumanEval Pass@1")
    assert subtitle.entry_count == 0
    top = next(s for s in doc.sections if s.title == "🚀 Top Code LLMs")
    assert top.entry_count == 2


def test_an_italic_count_over_a_list_names_no_group() -> None:
    # the README that ``awesome-ptm build`` writes: "_2 entries_" under each heading
    doc = parse_text(
        """\
#### tokenizer

_2 entries_

- [BPE 算法详解](https://wmathor.com/index.php/archives/1517/)
- [sentencePiece](https://github.com/google/sentencepiece)
"""
    )
    assert [e.section for e in doc.entries] == [["tokenizer"], ["tokenizer"]]
    assert [s.kind for s in doc.sections] == ["heading"]


def test_a_lone_sub_heading_or_a_note_line_stays_what_it_is() -> None:
    # a heading one or two levels down, alone under its parent, is a group all the same; a
    # bold admonition over a list names no group
    doc = parse_text(
        """\
## Tools
#### Python
- [spaCy](https://github.com/explosion/spaCy) - Industrial strength NLP

## Datasets

**Note**

- [SQuAD](https://rajpurkar.github.io/SQuAD-explorer/) - reading comprehension
"""
    )
    assert at(doc, 3).section == ["Tools", "Python"]
    assert at(doc, 9).section == ["Datasets"]


# --- citation paragraphs, HTML headings, checklists, credits -------------------------------


def test_citation_paragraphs_are_entries_titled_by_their_quoted_title() -> None:
    # a reading roadmap: one numbered paragraph per paper, the title quoted (and bold), the
    # links only name the file; one paragraph runs over two lines, one quotes with “”
    doc = parse_text(
        """\
# Roadmap

The roadmap follows these guidelines:

- From outline to detail
- From old to state-of-the-art

## 1.3 ImageNet Evolution

**[5]** Simonyan, Karen, and Andrew Zisserman. "**Very deep convolutional networks for large-scale image recognition**." arXiv preprint arXiv:1409.1556 (2014). [[pdf]](https://arxiv.org/pdf/1409.1556.pdf) **(VGGNet)** :star::star::star:

**[8]** Dai, Jifeng, et al. "**R-FCN: Object Detection via
Region-based Fully Convolutional Networks**." arXiv preprint arXiv:1605.06409 (2016). [[pdf]](https://arxiv.org/abs/1605.06409) :star::star:

**[18]** Courbariaux, Matthieu, et al. "**Binarized Neural Networks**." [[pdf]](https://example.org/bnn.pdf) **(New Model,Fast)**

**[1]** J. Long, E. Shelhamer, and T. Darrell, “**Fully convolutional networks for semantic segmentation**.” in CVPR, 2015. [[pdf]](https://arxiv.org/pdf/1411.4038v2.pdf)

**[20]** Chen, Tianqi, and Jonathon Shlens. "Net2net: Accelerating learning via knowledge transfer." arXiv preprint (2015). [[pdf]](https://arxiv.org/abs/1511.05641)

**[6]** Szegedy, Christian, et al. "**Going deeper with convolutions**." CVPR 2015. [[pdf]](https://example.org/a.pdf) [[html]](https://example.org/a.html)
"""  # noqa: E501
    )
    assert [(e.source.line, e.source.end_line, e.title) for e in doc.entries] == [
        (10, 10, "Very deep convolutional networks for large-scale image recognition"),
        (12, 13, "R-FCN: Object Detection via Region-based Fully Convolutional Networks"),
        (15, 15, "Binarized Neural Networks"),
        (17, 17, "Fully convolutional networks for semantic segmentation"),
        (19, 19, "Net2net: Accelerating learning via knowledge transfer"),
        (21, 21, "Going deeper with convolutions"),
    ]
    assert [link.url for link in at(doc, 21).links] == [
        "https://example.org/a.pdf",
        "https://example.org/a.html",
    ]
    assert at(doc, 10).section == ["Roadmap", "1.3 ImageNet Evolution"]
    assert at(doc, 10).year == 2014
    # the guideline bullets of the introduction are prose once the papers are entries
    assert kinds(doc)[5] == "prose"


def test_a_sentence_that_quotes_words_around_a_link_is_no_citation() -> None:
    doc = parse_text(
        "## About\n"
        "\n"
        'We call this "the reading order" since 2016, see [the full roadmap of the '
        "project](https://example.org/roadmap).\n"
        "\n"
        'If you find it useful, please cite "Reading Deep Learning Papers" (2016). '
        "[pdf](https://example.org/roadmap.pdf)\n"
    )
    assert doc.entries == []


def test_html_headings_are_sections_and_markdown_headings_of_their_level_nest_under_them() -> None:
    doc = parse_text(
        """\
<h1 align="center">Awesome LLM Reasoning</h1>

## Survey

### 2025

- [Survey A](https://arxiv.org/abs/2501.00001)

<h2 id="ltechnique">Technique</h2>

<h3 id="llm">🔤 Reasoning in Large Language Models - <i>An Emergent Ability</i></h3>

### 2025

- [Paper B](https://arxiv.org/abs/2501.00002)

### 2024

- [Paper C](https://arxiv.org/abs/2401.00003)

## Resources

- [Tool D](https://github.com/o/d)
"""
    )
    llm = "🔤 Reasoning in Large Language Models - An Emergent Ability"
    assert at(doc, 7).section == ["Awesome LLM Reasoning", "Survey", "2025"]
    assert at(doc, 15).section == ["Awesome LLM Reasoning", "Technique", llm, "2025"]
    assert at(doc, 19).section == ["Awesome LLM Reasoning", "Technique", llm, "2024"]
    # a Markdown heading of a higher level closes the HTML heading's group
    assert at(doc, 23).section == ["Awesome LLM Reasoning", "Resources"]
    # the ``###`` headings under ``<h3>`` are recorded at the level they nest at, so that the
    # rules measuring sections by level (empty-section) see them inside it
    assert [(h.line, h.level) for h in doc.headings] == [
        (1, 1),
        (3, 2),
        (5, 3),
        (9, 2),
        (11, 3),
        (13, 4),
        (17, 4),
        (21, 2),
    ]


def test_a_markdown_heading_after_an_html_headings_content_is_its_sibling() -> None:
    doc = parse_text(
        """\
<h2>Models</h2>

- [Model A](https://github.com/o/a)

## Datasets

- [Data B](https://github.com/o/b)
"""
    )
    assert at(doc, 3).section == ["Models"]
    assert at(doc, 7).section == ["Datasets"]


def test_a_heading_without_the_space_after_its_marks_starts_a_section() -> None:
    doc = parse_text(
        """\
# 1 Basics

## 1.1 Survey

- [Deep learning](https://example.org/dl.pdf)

#2 Deep Learning Method

## 2.1 Model

- [Dropout](https://example.org/dropout.pdf)

#python #nlp
"""
    )
    assert at(doc, 5).section == ["1 Basics", "1.1 Survey"]
    assert at(doc, 11).section == ["2 Deep Learning Method", "2.1 Model"]
    # a line of hashtags is no heading
    assert [h.title for h in doc.headings] == [
        "1 Basics",
        "1.1 Survey",
        "2 Deep Learning Method",
        "2.1 Model",
    ]


def test_task_items_are_entries_when_they_tick_off_resources_not_to_dos() -> None:
    doc = parse_text(
        """\
## Papers

- [x] [Attention Is All You Need](https://arxiv.org/abs/1706.03762)
- [ ] [BERT](https://arxiv.org/abs/1810.04805) - pre-training
- [x] Deep Residual Learning. CVPR 2016. [pdf](https://arxiv.org/abs/1512.03385)
- [ ] 📄 [GPT-2](https://x.org/gpt2) - language models
- [x] Layer Normalization [[pdf]](https://arxiv.org/abs/1607.06450)
- [ ] Read the [Transformer paper](https://arxiv.org/abs/1706.03762) again

## Improvements

- [x] Complete entries for context length, and check entries with `?`
- [ ] ~~Add number of tokens trained?~~ (see [considerations](https://github.com/o/r/issues/7))
- [ ] Add (links to) training code?
"""
    )
    assert [e.source.line for e in doc.entries] == [3, 4, 5, 6, 7]
    assert [e.title for e in doc.entries][:2] == ["Attention Is All You Need", "BERT"]
    assert at(doc, 6).title == "GPT-2"
    assert kinds(doc)[8] == "task"  # a sentence that mentions its link
    assert at(doc, 5).title.startswith("Deep Residual Learning")  # the box is taken off
    assert [kinds(doc)[line] for line in (12, 13, 14)] == ["task", "task", "task"]


def test_licence_explanations_and_credit_lines_are_not_entries() -> None:
    doc = parse_text(
        """\
# 资源列表

### 本项目的参与者

- 维护者：[「开源前哨」微信公号团队](https://github.com/jobbole)
- 贡献者：[唐尤华](https://github.com/tangyouhua)、[qtvspa](https://github.com/qtvspa)

## Evals

- [LLM-Leaderboard](https://github.com/LudwigStumpp/llm-leaderboard)
- [HELM](https://crfm.stanford.edu/helm/latest/)

### What do the licences mean?

- [Apache 2.0](https://en.wikipedia.org/wiki/Apache_License): Allows users to use the software for any purpose.
- [MIT](https://en.wikipedia.org/wiki/MIT_License): Similar to Apache 2.0 but shorter and simpler.
"""  # noqa: E501
    )
    assert [e.title for e in doc.entries] == ["LLM-Leaderboard", "HELM"]
    assert kinds(doc)[5] == "meta"
    assert kinds(doc)[6] == "meta"
    assert kinds(doc)[15] == "meta"


def test_crlf_line_endings_read_like_lf() -> None:
    text = "## Tools\n\n- 维护者：[团队](https://github.com/t)\n- [A](https://a.org) - tool\n"
    lf = parse_text(text)
    crlf = parse_text(text.replace("\n", "\r\n"))
    assert [(e.source.line, e.title) for e in crlf.entries] == [(4, "A")]
    assert [(e.source.line, e.title) for e in lf.entries] == [(4, "A")]


def test_citation_items_and_bold_titled_paragraphs_with_bracketed_file_links() -> None:
    # a list item citing a paper takes its quoted title too; a paragraph that opens with its
    # bold title keeps it, even with a quoted author line; ``[[pdf]]`` names a file
    doc = parse_text(
        "## Papers\n"
        "\n"
        '- LeCun, Yann. "Gradient-based learning applied to document recognition." '
        "Proc. IEEE (1998). [pdf](http://x.org/e.pdf)\n"
        '- [Tool](https://github.com/o/tool) - a "very fast" tool since 2020\n'
        "\n"
        "**Deep learning**. LeCun, Yann, Yoshua Bengio. Nature 2015. [[pdf]](http://x.org/b.pdf)\n"
        "\n"
        "**Essential GraphRAG**  \n"
        '*"Tomaž Bratanič and Oskar Hane"*  \n'
        "Manning Publications - Jul 2025 [[link](https://www.manning.com/books/graphrag)]\n"
    )
    assert at(doc, 3).title == "Gradient-based learning applied to document recognition"
    assert at(doc, 4).title == "Tool"
    assert at(doc, 6).title == "Deep learning"
    assert at(doc, 8).title == "Essential GraphRAG"


def test_numbered_reference_paragraphs_are_entries_without_their_number() -> None:
    doc = parse_text(
        "## References\n"
        "\n"
        "[1] A. Vaswani, N. Shazeer, et al. Attention is all you need. NeurIPS 2017. "
        "[pdf](https://arxiv.org/abs/1706.03762)\n"
        "\n"
        "**[2]** Radford et al. Language models are unsupervised multitask learners. 2019. "
        "[[pdf]](https://x.org/gpt2.pdf) [[code]](https://github.com/openai/gpt-2)\n"
        "\n"
        "[3] We list the papers since 2019, see [the full list of papers](https://x.org/list).\n"
    )
    assert [e.source.line for e in doc.entries] == [3, 5]
    # the number is no part of the title (how the rest reads is the citation reader's)
    assert not any(e.title.startswith(("1", "2", "[")) for e in doc.entries)
    assert "Attention is all you need" in at(doc, 3).title
    assert [link.url for link in at(doc, 5).links] == [
        "https://x.org/gpt2.pdf",
        "https://github.com/openai/gpt-2",
    ]
    assert kinds(doc)[7] == "prose"


def test_a_paragraph_of_numbered_references_holds_one_entry_a_line() -> None:
    doc = parse_text(
        "## References\n"
        "\n"
        '[4] A. Author. "First paper title." ICML 2015. [pdf](https://x.org/4.pdf)  \n'
        '[5] B. Author. "Second paper title." ICLR 2016. [pdf](https://x.org/5.pdf)\n'
        "[6] C. Author. Third paper title. In ACL, 2018. [pdf](https://x.org/6.pdf)\n"
        ":star::star:\n"
    )
    assert [(e.source.line, e.source.end_line) for e in doc.entries] == [(3, 3), (4, 4), (5, 6)]
    assert [e.title for e in doc.entries][:2] == ["First paper title", "Second paper title"]
    assert [link.url for link in at(doc, 5).links] == ["https://x.org/6.pdf"]


def test_link_less_items_closing_a_list_of_links_are_its_plans() -> None:
    # the shape of a tutorial index: written articles linked, planned ones named without link
    doc = parse_text(
        """\
### LLM推理优化技术

- [LLM推理优化技术-概述]()
- [大模型推理优化技术-KV Cache](https://www.zhihu.com/question/653658936/answer/1)
- [大模型低显存推理优化-Offload技术](https://juejin.cn/post/7405158045628596224)
- 大模型推理优化技术-张量并行
- [大模型推理优化技术-KV Cache量化](https://juejin.cn/post/7420231738558627874)
- [大模型推理服务调度优化技术-Continuous batching](https://zhuanlan.zhihu.com/p/719610083)
- 大模型访存优化技术-FlashAttention
- Flash Decoding
- FlashDecoding++
"""
    )
    lines = [e.source.line for e in doc.entries]
    # the item between linked ones stays an entry (and one alone at the end: see above)
    assert lines == [3, 4, 5, 6, 7, 8]
    assert at(doc, 6).title == "大模型推理优化技术-张量并行"


def test_a_linked_item_over_one_entry_among_category_items_names_its_group() -> None:
    # a tutorial index: topics linked to their anchors over their links, then one topic
    # linked to a page of its own over one paper (its link text runs over two lines)
    doc = parse_text(
        """\
## Linear Regression

- [Residual Analysis](#residuals-)

    - [Interpreting plot.lm() in R](http://stats.stackexchange.com/questions/58141)

- [Outliers](#outliers-)

    - [How should outliers be dealt with?](http://stats.stackexchange.com/questions/175)

- [Elastic Net](https://en.wikipedia.org/wiki/Elastic_net_regularization)
    - [Regularization and Variable Selection via the
Elastic Net](https://web.stanford.edu/~hastie/Papers/elasticnet.pdf)
"""
    )
    assert at(doc, 11).title == "Elastic Net"  # still a resource of its own
    assert at(doc, 11).section == ["Linear Regression"]
    paper = at(doc, 12)
    assert paper.title == "Regularization and Variable Selection via the Elastic Net"
    assert paper.section == ["Linear Regression", "Elastic Net"]
    assert at(doc, 9).section == ["Linear Regression", "Outliers"]


def test_a_linked_item_over_one_entry_among_resources_is_no_group() -> None:
    doc = parse_text(
        """\
## Tools

- [Alpha](https://a.org/alpha)
    - [Alpha plugin](https://a.org/plugin)
- [Beta](https://a.org/beta)
- [Gamma](https://a.org/gamma)
"""
    )
    assert at(doc, 4).section == ["Tools"]


def test_a_details_summary_heading_is_a_heading_and_ends_a_news_section() -> None:
    rows = "\n".join(f"| [Tool {i}](https://t{i}.example/) | does {i} |" for i in range(4))
    text = (
        "# Papers\n\n## News\n\n- 2024/4/1: added [Mamba](https://arxiv.org/abs/2312.00752)\n\n"
        '<details><summary><h2 style="display: inline;">Survey & Benchmark.</h2></summary>\n\n'
        f"| Name | Description |\n|---|---|\n{rows}\n\n</details>\n\n"
        "<details><summary><h2>Transformers</h2></summary>\n\n"
        "- [Other](https://o.example/) - other\n\n</details>\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.section[-1]) for e in entries] == [
        *((f"Tool {i}", "Survey & Benchmark.") for i in range(4)),
        ("Other", "Transformers"),
    ]


def test_an_html_block_written_as_a_list_has_one_entry_a_line() -> None:
    text = (
        "# Tools\n\n## Editors\n\n"
        '<p align="center"><a href="https://site.example/">Website</a> • '
        '<a href="https://docs.example/">Docs</a></p>\n\n'
        "<p>\n"
        '&nbsp;&nbsp; <a href="https://www.vim.org/"><b>vim</b></a> - is an editor.<br>\n'
        '&nbsp;&nbsp; <a href="https://github.com/nabla-c0d3/sslyze"><b>sslyze\n'
        "</b></a> - fast SSL scanner.<br>\n"
        '&nbsp;&nbsp; <a href="#top">back to top</a> - the top<br>\n'
        "</p>\n\n## Browsers\n\n<p>\n"
        '&nbsp;&nbsp; <a href="https://www.torproject.org/"><b>TOR Browser</b></a> - privacy.<br>\n'
        "</p>\n"
    )
    document = parse_text(text, "x.md")
    assert [
        (e.title, e.source.line, e.source.end_line, e.section[-1]) for e in document.entries
    ] == [
        ("vim", 8, 8, "Editors"),
        ("sslyze", 9, 10, "Editors"),
        ("TOR Browser", 17, 17, "Browsers"),
    ]
    assert [link.url for link in document.entries[1].links] == [
        "https://github.com/nabla-c0d3/sslyze"
    ]


def test_a_lone_html_line_with_a_description_is_layout_in_a_markdown_list() -> None:
    items = "\n".join(f"- [Tool {i}](https://t{i}.example/) - does {i}" for i in range(4))
    text = (
        f"# Tools\n\n## All\n\n{items}\n\n"
        '<p><a href="https://sponsor.example/">Sponsor</a> - our sponsor</p>\n'
    )
    assert [e.title for e in parse_text(text, "x.md").entries] == [f"Tool {i}" for i in range(4)]


def test_heading_titles_drop_emoji_shortcodes_spaces_and_toc_links() -> None:
    text = (
        "# Book\n\n## :trident: &nbsp;Chapters\n\n"
        "#### CLI Tools &nbsp;[<sup>[TOC]</sup>](#anger-table-of-contents)\n\n"
        "##### :black_small_square: Shells\n\n- [zsh](https://zsh.org/) - a shell\n\n"
        "## [Linked](#linked)\n\n- [fish](https://fishshell.com/) - a shell\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [e.section for e in entries] == [
        ["Book", "Chapters", "CLI Tools", "Shells"],
        ["Book", "Linked"],
    ]


def test_a_table_of_contents_written_with_the_list_s_own_address_is_no_entries() -> None:
    base = "https://github.com/LantaoYu/MARL-Papers"
    text = (
        "# MARL\n\n## Overview\n"
        f"* [Tutorial]({base}#tutorial-and-books)\n"
        f"* [Research Papers]({base}#research-papers)\n"
        f"  * [Self-Play]({base}#self-play)\n\n"
        "## Tutorial and Books\n\n* [Deep RL](https://a.example/book) by Max Planck, 2021.\n\n"
        "## Research Papers\n\n### Self-Play\n\n"
        "* [Other list](https://github.com/x/y#self-play) - its self-play part\n"
    )
    assert [e.title for e in parse_text(text, "x.md").entries] == ["Deep RL", "Other list"]


def test_contents_items_into_the_lists_own_page_by_anchors_of_no_heading() -> None:
    # mikeroyal/Retro-Gaming-Guide: the contents lead into the README by its address, some
    # to headings past the part kept (or since renamed); the page is the list's all the same
    base = "https://github.com/mikeroyal/Retro-Gaming-Guide"
    text = (
        "# Guide\n\n## Table of Contents\n\n"
        f"1. [Emulators]({base}#emulators)\n"
        f"2. [Steam]({base}#steam)\n"
        f"3. [Steam Deck]({base}#steam-deck)\n"
        f"4. [Raspberry Pi]({base}#Raspberry-Pi)\n"
        f"5. [Docker]({base}#docker)\n\n"
        "## Emulators\n\n- [Dolphin](https://dolphin-emu.org) - GameCube\n\n"
        "## Steam\n\n- [Proton](https://github.com/ValveSoftware/Proton/) - Wine\n\n"
        "## Steam Deck\n\n- [Other guide](https://github.com/x/y#docker) - its Docker part\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [e.title for e in entries] == ["Dolphin", "Proton", "Other guide"]


def test_a_folded_note_inside_an_item_names_no_group() -> None:
    text = (
        "# Papers\n\n## Privacy\n\n"
        "- Paper One. [[paper]](https://arxiv.org/abs/2501.00001)\n"
        "  - <details><summary>Digest</summary> This paper studies privacy of models.\n\n"
        "- Paper Two. [[paper]](https://arxiv.org/abs/2501.00002)\n"
    )
    assert [e.section for e in parse_text(text, "x.md").entries] == [
        ["Papers", "Privacy"],
        ["Papers", "Privacy"],
    ]


def test_author_and_digest_sub_items_of_a_paper() -> None:
    text = (
        "# Papers\n\n## OOD\n\n"
        "- Does Your Network Extrapolate? [[paper]](https://arxiv.org/abs/2605.07483)\n"
        "  - Leonel Aguilar, Jan Nagler, Christoph Hoelscher.\n"
        "  - Key Word: Out-of-Distribution Generalization; Extrapolation.\n"
        "  - <details><summary>Digest</summary> This paper studies extrapolation.\n\n"
        "- Another Paper. [[paper]](https://arxiv.org/abs/2605.07484)\n"
        "  - Key Word: Robustness, Safety.\n"
    )
    document = parse_text(text, "x.md")
    assert [(e.title, e.authors) for e in document.entries] == [
        ("Does Your Network Extrapolate?", ["Leonel Aguilar", "Jan Nagler", "Christoph Hoelscher"]),
        ("Another Paper.", []),
    ]
    assert not any(block.kind == "empty-item" for block in document.blocks)


def test_items_leading_to_the_list_s_own_housekeeping_pages_are_no_entries() -> None:
    tools = "\n".join(f"- [Tool {i}](https://t{i}.example/) - does {i}" for i in range(4))
    text = (
        f"# APIs\n\n## Tools\n\n{tools}\n\n## Learn more\n\n"
        "* [Contributing Guide](CONTRIBUTING.md)\n"
        "* [API for this project](https://github.com/davemachado/public-api)\n"
        "* [Issues](https://github.com/public-apis/public-apis/issues)\n"
        "* [Pull Requests](https://github.com/public-apis/public-apis/pulls/)\n"
        "* [LICENSE](LICENSE)\n"
        "* [A bug report](https://github.com/o/r/issues/123) - an entry about one issue\n"
    )
    titles = [e.title for e in parse_text(text, "x.md").entries]
    assert titles == [*(f"Tool {i}" for i in range(4)), "API for this project", "A bug report"]


def _catalogue(ads: str) -> str:
    items = "\n".join(f"- [Tool {i}](https://t{i}.example/) - does {i}" for i in range(24))
    return f"# APIs\n\n## Covered by our sponsor\n\n{ads}\n\n## Tools\n\n{items}\n"


def test_a_group_of_one_campaign_s_tracked_links_is_advertising() -> None:
    tag = "utm_source=Github&utm_medium=Referral&utm_campaign=Public-apis-repo"
    ads = "\n".join(f"- [Stack {i}](https://ads.example/p{i}?{tag})" for i in range(4))
    ads += "\n- [Stack 9](https://other.example/)"  # one untagged: still the sponsor's group
    entries = parse_text(_catalogue(ads), "x.md").entries
    assert [e.title for e in entries] == [f"Tool {i}" for i in range(24)]


def test_a_list_that_tags_its_own_entries_keeps_them() -> None:
    ads = "\n".join(f"- [Stack {i}](https://ads.example/p{i}?utm_source=x)" for i in range(4))
    text = _catalogue(ads).replace("/ - does", "/?utm_source=x - does")
    text = "\n".join(line.replace(") - does", "?utm_source=x) - does") for line in text.split("\n"))
    assert len(parse_text(text, "x.md").entries) == 28


def test_a_bar_of_links_to_the_list_s_other_pages_is_navigation() -> None:
    items = "\n".join(f"* [Tool {i}](https://t{i}.example/) - 工具 {i}" for i in range(4))
    text = (
        "# Awesome Mac\n\n"
        "[English](README.md) | [한국어](./README-ko.md) | [日本語](README-ja.md) | "
        "[RSS](./feed/feed-zh.md) | [Swift 应用](https://github.com/o/awesome-swift-macos-apps)\n\n"
        "## 开发者工具\n\n### 编辑器\n\n"
        "*一种用于编辑纯文本文件的程序，建议使用免费开源的编辑器*\n\n"
        f"{items}\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.section) for e in entries] == [
        (f"Tool {i}", ["Awesome Mac", "开发者工具", "编辑器"]) for i in range(4)
    ]


def test_background_prose_and_how_to_use_sections_hold_no_entries() -> None:
    items = "\n".join(f"- [Tool {i}](https://t{i}.example/) — does {i}" for i in range(6))
    text = (
        "# Design Tools\n\n## How to Use and Contribute\n\n"
        "- Now you are in the tools section; plugins are in [Plugins](https://g.example/p.md).\n"
        "- Ask [Lisa](https://twitter.com/LisaDziuba) on Twitter.\n\n"
        "## Background\n\n"
        "We recently released a [review](https://arxiv.org/abs/1811.10775) of machine learning "
        "methods in protein engineering.\n\n"
        f"## Tools\n\n{items}\n"
    )
    assert [e.title for e in parse_text(text, "x.md").entries] == [f"Tool {i}" for i in range(6)]


def test_a_paragraph_defining_its_section_with_encyclopedia_links_is_no_entry() -> None:
    def section(name: str) -> str:
        items = "\n".join(f"- [{name} {i}](https://{name}{i}.example/) - a tool" for i in range(4))
        return (
            f"### {name}\n\n[{name}](https://en.wikipedia.org/wiki/{name}) software.\n\n{items}\n\n"
        )

    text = "# Self-hosted\n\n" + section("Backup") + section("Wiki")
    text += "[Grafana](https://grafana.com/) dashboards for everything.\n"
    titles = [e.title for e in parse_text(text, "x.md").entries]
    assert titles == [
        *(f"Backup {i}" for i in range(4)),
        *(f"Wiki {i}" for i in range(4)),
        "Grafana",
    ]


def test_a_group_the_introduction_names_keeps_its_items() -> None:
    papers = "\n".join(f"* [Paper {i}](https://p{i}.example/)" for i in range(12))
    text = (
        "# Reco papers\n\n"
        "* 知乎: [王喆的知乎](https://www.zhihu.com/people/wang-zhe-58)\n\n"
        "**其他相关资源**\n"
        "* [计算广告相关论文和资源列表](https://github.com/wzhe06/Ad-papers) <br />\n"
        "* [推荐系统论文列表](https://github.com/hongleizhang/RSPapers)\n\n"
        f"## 目录\n\n### Deep Learning\n{papers}\n"
    )
    titles = [e.title for e in parse_text(text, "x.md").entries]
    assert titles == [
        "计算广告相关论文和资源列表",
        "推荐系统论文列表",
        *(f"Paper {i}" for i in range(12)),
    ]


def test_contents_groups_housekeeping_lines_and_community_sections_hold_no_entries() -> None:
    books = "\n".join(f"* [书 {i}](https://b{i}.example/)" for i in range(5))
    text = (
        "# 免费的编程中文书籍\n\n"
        "贡献者名单: https://github.com/justjavac/free-programming-books-zh_CN/graphs/contributors\n\n"
        "## 目录\n\n* 语言无关类\n  * [操作系统](#操作系统)\n  * [AI](#ai)\n\n"
        "## Community\n\n- We have a Discord server! [![Discord](https://img.shields.io/d.svg)]"
        "(https://discord.gg/x) Say hello.\n\n"
        f"## 操作系统\n\n{books}\n\n## AI\n\n"
        "- Falsehoods about Gender: [#1](https://gist.example/1) & [#2](https://medium.example/2)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [e.title for e in entries] == [*(f"书 {i}" for i in range(5)), "Falsehoods about Gender"]


def test_contents_of_the_list_s_other_pages_are_no_entries() -> None:
    papers = "\n".join(f"* [Paper {i}](https://arxiv.org/abs/2301.0000{i})" for i in range(5))
    text = (
        "# Transformers\n\n## Overview\n\n"
        "- [Multi-Modality](README_multimodal.md#multi-modality)\n"
        "    - [Visual Captioning](README_multimodal.md#visual-captioning)\n"
        "- [Other Lists](docs/other.md)\n\n"
        f"## Papers\n\n{papers}\n"
    )
    titles = [e.title for e in parse_text(text, "x.md").entries]
    assert titles == ["Other Lists", *(f"Paper {i}" for i in range(5))]


def test_titles_over_their_abstracts_on_another_page_of_the_list_are_entries() -> None:
    # h530 metamorphic-testing-papers: each paper's title, then a link to its abstract on
    # the venue's page of the list (and to the paper); a contents line or a sentence
    # through such a link is still no entry
    icse = "classification/ICSE.md"
    text = (
        "# Metamorphic Testing Papers\n\n# All Papers\n\n- **ICSE 2023**\n"
        "  - MorphQ: Metamorphic Testing of the Qiskit Quantum Computing Platform - "
        f"[abstract]({icse}#morphq-metamorphic-testing-of-the-qiskit-quantum-computing-platform)\n"
        "  - Metamorphic Testing with Causal Graphs - "
        f"[abstract]({icse}#metamorphic-testing-with-causal-graphs)\n"
        "  - CCTest: Testing and Repairing Code Completion Systems - "
        f"[abstract]({icse}#cctest-testing-and-repairing-code-completion-systems)\n\n"
        "- **TOSEM 2025**\n"
        "  - Identifying the Failure-Revealing Test Cases in Metamorphic Testing: A Statistical "
        "Approach - [abstract](classification/TOSEM.md#identifying-the-failure-revealing-test-"
        "cases-in-metamorphic-testing-a-statistical-approach) / "
        "[ACM](https://dl.acm.org/doi/10.1145/3695990)\n\n"
        "## More\n\n"
        "- Check out the [projects](projects.md#top) section for more hands-on examples!\n"
        "- Check out the [books](books.md#top) section for a list of books\n"
        "- [Visual Captioning](README_multimodal.md#visual-captioning)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.section[-1]) for e in entries] == [
        ("MorphQ: Metamorphic Testing of the Qiskit Quantum Computing Platform", "ICSE 2023"),
        ("Metamorphic Testing with Causal Graphs", "ICSE 2023"),
        ("CCTest: Testing and Repairing Code Completion Systems", "ICSE 2023"),
        (
            "Identifying the Failure-Revealing Test Cases in Metamorphic Testing: A "
            "Statistical Approach",
            "TOSEM 2025",
        ),
    ]
    assert [link.url for link in entries[3].links] == [
        "classification/TOSEM.md#identifying-the-failure-revealing-test-cases-in-metamorphic-"
        "testing-a-statistical-approach",
        "https://dl.acm.org/doi/10.1145/3695990",
    ]


def test_linked_heading_entries_with_detail_bullets_and_quoted_resources() -> None:
    papers = "".join(
        f"### [Paper {i} on Detecting Hallucination](https://arxiv.org/abs/2502.0{i})\n"
        f"- **Metrics:** AUC\n- **Datasets:** HaluEval, TruthfulQA\n"
        f"- **Comments:** Introduces a [probe](https://g.example/p{i}).\n\n"
        for i in range(3)
    )
    quotes = "".join(
        f"> **[Tool{i}](https://github.com/o/tool{i})** <kbd>★ 3.8k</kbd> 🟢<br>Does {i}.\n\n"
        for i in range(3)
    )
    text = (
        f"# Lists\n\n## Papers\n\n{papers}## Java\n\n"
        '<details id="arch">\n<summary><strong>Architecture</strong></summary>\n\n'
        f"{quotes}</details>\n\n> **Note**: a quotation, not a resource.\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [e.title for e in entries] == [
        *(f"Paper {i} on Detecting Hallucination" for i in range(3)),
        *(f"Tool{i}" for i in range(3)),
    ]
    assert [link.url for link in entries[0].links] == [
        "https://arxiv.org/abs/2502.00",
        "https://g.example/p0",
    ]
    assert "Metrics: AUC" in entries[0].notes


def test_linked_headings_over_plain_field_lists_and_the_contents_repeating_them() -> None:
    """``## [(tatsu-lab/Alpaca)|52K](url)`` over ``- Summary: …`` / ``- paper: [Title](url)``
    / ``- Related:`` and its sub-items: one entry with every link of its fields. The
    contents items before, repeating each heading's title and link, only lead to them. A
    linked heading over items named ``- Django: …`` is a category over entries."""
    names = ["tatsu-lab/Alpaca", "gururise/Cleaned", "XueFuzhao/Wild"]
    contents = "".join(f"   - [({n})|52K|EN](https://github.com/{n})\n" for n in names)
    datasets = "".join(
        f" ## [({n})|52K|EN](https://github.com/{n})\n\n"
        f" - Summary: data made with [self-instruct](https://s.example/{i}).\n"
        f" - Data generation model: `text-davinci-003`\n"
        f" - paper: [Paper {i}](https://arxiv.org/abs/2304.0{i})\n"
        f" - Related:\n     - [Tool {i}](https://t.example/{i})\n\n"
        for i, n in enumerate(names)
    )
    text = (
        "# Instruction Datasets\n\n# Table of Contents\n"
        f"1. [The Datasets](#the-datasets)\n{contents}\n"
        f"# The Datasets\n\n{datasets}"
        "# Tools\n\n## [Python](https://python.org)\n\n"
        "- Django: [a web framework](https://djangoproject.com)\n"
        "- Flask: [a small one](https://flask.example)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.source.line) for e in entries[:3]] == [
        (f"({n})|52K|EN", 11 + 8 * i) for i, n in enumerate(names)
    ]
    assert [link.url for link in entries[0].links] == [
        "https://github.com/tatsu-lab/Alpaca",
        "https://s.example/0",
        "https://arxiv.org/abs/2304.00",
        "https://t.example/0",
    ]
    assert "Data generation model: text-davinci-003" in entries[0].notes
    assert [e.title for e in entries[3:]] == ["a web framework", "a small one"]


def test_what_an_html_comment_holds_is_not_read() -> None:
    """``<!-- <details><summary>(Click for details)</summary> -->`` names no group, and HTML
    lines commented out are no entries: GitHub shows neither."""
    from awesome_ptm.parse import parse_text

    text = (
        "# Driving\n\n## Survey\n\n"
        "<!-- <details><summary>(Click for details)</summary> -->\n\n"
        "- End-to-End Autonomous Driving: Challenges and Frontiers "
        "[[TPAMI2024]](https://arxiv.org/abs/2306.16927)\n\n"
        "<!--\n"
        '<a href="https://example.org/a">Old tool</a> - a thing<br>\n'
        '<a href="https://example.org/b">Older tool</a> - a thing<br>\n'
        "-->\n\n"
        "- Recent Advancements in End-to-End Autonomous Driving "
        "[[TIV2023]](https://example.org/tiv)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.section) for e in entries] == [
        ("End-to-End Autonomous Driving: Challenges and Frontiers", ["Driving", "Survey"]),
        ("Recent Advancements in End-to-End Autonomous Driving", ["Driving", "Survey"]),
    ]


def test_a_news_list_of_cited_papers_is_entries_and_announcements_are_not() -> None:
    """Under ``## News`` a list whose every item cites a paper at its venue gives the papers
    added lately (entries, in the news section's groups); a list of announcements stays
    layout."""
    from awesome_ptm.parse import parse_text

    text = (
        "# VLMs\n\n## 🔥 News\n\n#### VLM Pre-training Methods\n\n"
        "* [NeurIPS 2024] Few-Shot Adversarial Prompt Learning on Vision-Language Models "
        "[[Paper](https://example.org/fap)][[Code](https://github.com/lionel-w2/FAP)]\n"
        "* [OpenReview 2025] A Survey on Bridging VLMs and Synthetic Data "
        "[[Paper](https://openreview.net/pdf?id=ThjDCZOljE)]\n\n"
        "## Updates\n\n"
        "- [2024-05] We released the second version of our survey [[Paper](https://example.org/v2)]\n"
        "- [NeurIPS 2024] Our paper on prompt learning is accepted [[Paper](https://example.org/p)]\n\n"
        "## Methods\n\n- [CVPR 2023] A Method Paper Title [[Paper](https://example.org/m)]\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.venue, e.section[-1]) for e in entries] == [
        (
            "Few-Shot Adversarial Prompt Learning on Vision-Language Models",
            "NeurIPS",
            "VLM Pre-training Methods",
        ),
        ("A Survey on Bridging VLMs and Synthetic Data", "OpenReview", "VLM Pre-training Methods"),
        ("A Method Paper Title", "CVPR", "Methods"),
    ]


def test_a_description_paragraph_after_an_item_is_that_entry_s() -> None:
    """``* [《Title》](url)`` then ``介绍: … http://…`` as a paragraph of its own: the
    paragraph describes the entry (its links and text are the entry's), it is no entry. A
    paragraph without the label stays what it is; "See [list](url)." points elsewhere."""
    from awesome_ptm.parse import parse_text

    text = (
        "# 机器学习\n\n"
        "* [《Machine Learning is Fun!》](https://medium.com/code-poet/80ea3ec3c471)\n\n"
        "介绍:如果你还不知道什么是机器学习，那么推荐一读。中文翻译:http://blog.jobbole.com/67616/\n\n"
        "* [《The LION Way》](http://vdisk.weibo.com/s/ayG13we2vxyKl)\n\n"
        "[Another Resource Written Alone](https://example.org/alone)\n\n"
        "See [awesome-lockpicking](https://github.com/fabacab/awesome-lockpicking).\n\n"
        "## Contact & Feedback\n\n"
        "- [e-mail](mailto:someone@example.org)\n- [blog](https://example.org/blog)\n"
    )
    doc = parse_text(text, "x.md")
    assert [(e.title, [link.url for link in e.links]) for e in doc.entries] == [
        (
            "Machine Learning is Fun!",
            ["https://medium.com/code-poet/80ea3ec3c471", "http://blog.jobbole.com/67616/"],
        ),
        ("The LION Way", ["http://vdisk.weibo.com/s/ayG13we2vxyKl"]),
        ("Another Resource Written Alone", ["https://example.org/alone"]),
    ]
    first = doc.entries[0]
    assert (first.source.line, first.source.end_line) == (3, 5)
    assert first.notes == [
        "如果你还不知道什么是机器学习，那么推荐一读。中文翻译:http://blog.jobbole.com/67616/"
    ]


def test_a_list_of_the_list_s_own_pages_is_navigation() -> None:
    """``### 子版面`` over items that each link one of the list's own Markdown pages: the way
    to those pages, no entries; a list that links one page among resources keeps it."""
    from awesome_ptm.parse import parse_text

    text = (
        "## 项目列表\n\n### 子版面\n"
        "- [程序员版面](./pages/README-Programmer-Edition.md)：使用需要命令行或写代码\n"
        "- [游戏版面](./pages/README-Game.md)：都是游戏\n\n"
        "### 工具\n"
        "- [Tool One](https://example.org/one) - a tool\n"
        "- [Notes on tools](./docs/notes.md) - our notes\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [e.title for e in entries] == ["Tool One", "Notes on tools"]


def test_an_archive_of_numbered_pages_is_entries_under_bold_month_labels() -> None:
    """``**七月**`` over ``- 第 406 期：[道可，道非，常道](docs/issue-406.md)`` (from
    ruanyf/weekly): pages of one numbered series are an archive's issues, each an entry, and
    the bold month over them names a group (its items link titles of their own, so they are
    not one entry's links); pages named by a date (``archive/202407.md``) stay navigation,
    and ``**Title**`` over ``- Paper: [CVPR Open Access Version](url)`` stays one paper."""
    from awesome_ptm.parse import parse_text

    text = (
        "# 科技爱好者周刊\n\n## 2026\n\n**七月**\n\n"
        "- 第 406 期：[道可，道非，常道](docs/issue-406.md)\n"
        "- 第 405 期：[资源，社会公平与算力](docs/issue-405.md)\n\n"
        "**八月**\n\n- 第 407 期：[国家为什么需要开源软件？](docs/issue-407.md)\n\n"
        "## 归档\n\n"
        "- [2024/07/01](./archive/202407.md)\n- [2024/10/01](./archive/202410.md)\n\n"
        "## Papers\n\n"
        "**Comprehensive and Delicate: An Efficient Transformer for Image Restoration**\n"
        "- Paper: [CVPR Open Access Version](https://openaccess.thecvf.com/a.html)\n"
        "- Tags: Transformer\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.source.line) for e in entries] == [
        ("道可，道非，常道", 7),
        ("资源，社会公平与算力", 8),
        ("国家为什么需要开源软件？", 12),
        ("Comprehensive and Delicate: An Efficient Transformer for Image Restoration", 21),
    ]


def test_a_collection_of_articles_in_the_list_s_own_folder_is_entries() -> None:
    """Five or more links into one folder of the list's own pages, each named by a title
    (``[关于时间复杂度，你不知道的都在这里！](./problems/时间复杂度.md)``, from
    youngyangyang04/leetcode-master): articles, each an entry; short page names in one
    folder (``[Benchmark](chapter/Benchmark.md)``) or pages at the root stay navigation."""
    from awesome_ptm.parse import parse_text

    articles = [
        ("关于时间复杂度，你不知道的都在这里！", "时间复杂度"),
        ("O(n)的算法居然超时了，此时的n究竟是多大？", "算法超时"),
        ("通过一道面试题目，讲一讲递归算法的时间复杂度！", "递归"),
        ("关于空间复杂度，可能有几个疑问？", "空间复杂度"),
        ("刷了这么多题，你了解自己代码的内存消耗么？", "内存消耗"),
    ]
    text = (
        "# 代码随想录\n\n## 前序\n\n"
        + "".join(f"* [{t}](./problems/前序/{p}.md)\n" for t, p in articles)
        + "\n## Catalog\n\n"
        + "".join(
            f"* [{name}](chapter/{name}.md)\n"
            for name in ("Pre-Processing", "Post-Processing", "Benchmark", "Evaluation", "Errors")
        )
    )
    entries = parse_text(text, "x.md").entries
    assert [e.title for e in entries] == [t for t, _ in articles]


def test_papers_written_as_numbered_headings_inside_quotes() -> None:
    """``> ###### 1) *"Title"* [[paper](url)] [[github](url)]`` (from
    bismex/Awesome-person-re-identification): a quote of headings that each link a page
    holds papers, the numbering no part of a title; the quote ends the last heading, so a
    group item right after it takes none of it."""
    from awesome_ptm.parse import parse_text

    text = (
        "# Awesome Person Re-identification\n\n## CVPR2024\n\n"
        "- <ins>***Person re-identification***</ins>\n"
        '> ###### 1) *"Harnessing the Power of MLLMs for Transferable Text-to-Image Person '
        'ReID"* [[paper](https://openaccess.thecvf.com/a.pdf)] [[github](https://github.com/W/M)]\n'
        '> ###### 2) *"LiDAR-based Person Re-identification"* [[paper](https://openaccess.thecvf.com/b.pdf)]\n\n'
        "- <ins>***Person search***</ins>\n"
        '> ###### 1) *"DDAM-PS: Diligent Domain Adaptive Mixer for Person Search"* '
        "[[paper](https://openaccess.thecvf.com/c.pdf)]\n"
    )
    entries = parse_text(text, "x.md").entries
    papers = [(e.title, len(e.links)) for e in entries if e.shape == "heading"]
    assert papers == [
        ("Harnessing the Power of MLLMs for Transferable Text-to-Image Person ReID", 2),
        ("LiDAR-based Person Re-identification", 1),
        ("DDAM-PS: Diligent Domain Adaptive Mixer for Person Search", 1),
    ]


def test_a_table_of_events_named_in_its_conference_column() -> None:
    """``Conference | Location | Date`` (from PaulSec/awesome-sec-talks): a table whose first
    column names the venue and that has a date column lists events (talks' recordings),
    each named in its first column; ``| Venue | 2024-2020 | before 2020 |`` stays an index
    of venues."""
    from awesome_ptm.parse import parse_text

    text = (
        "# Talks\n\n## 2020\nConference | Location | Date\n--- | --- | ---\n"
        "| [Bsides Tampa](https://www.youtube.com/p?list=PL1) | Tampa, USA | June 25, 2020 |\n"
        "| [RSAC](https://www.youtube.com/p?list=PL2) | San Francisco | February 24-28, 2020 |\n"
        "\n## Venues\n\n| Venue | 2024-2020 | before 2020 |\n| --- | --- | --- |\n"
        "| [ACL](https://aclweb.org/) | [2024](https://a.org/24) | [2019](https://a.org/9) |\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.year, e.date) for e in entries] == [
        ("Bsides Tampa", 2020, "2020-06-25"),
        ("RSAC", 2020, "2020-02"),
    ]


def test_many_pages_in_one_folder_are_entries_unless_named_by_venues() -> None:
    """Eight or more links into one folder of the list's own pages (``- [**api-designer**](
    categories/01-core/api-designer.md) - REST and GraphQL API architect``, from
    VoltAgent/awesome-claude-code-subagents) are a collection, each an entry, whatever their
    texts; pages named by venues (``[[CVPR](./2024/CVPR.md)] (67 篇)``) stay an index."""
    from awesome_ptm.parse import parse_text

    agents = [
        "api-designer",
        "backend-developer",
        "design-bridge",
        "electron-pro",
        "frontend-developer",
        "fullstack-developer",
        "graphql-architect",
        "microservices",
    ]
    venues = ["ICLR", "CVPR", "ECCV", "ICML", "NeurIPS", "AAAI", "IJCAI", "WACV"]
    text = (
        "# Subagents\n\n### Core Development\n\n"
        + "".join(f"- [**{a}**](categories/01-core/{a}.md) - An agent\n" for a in agents)
        + "\n## 2024\n\n"
        + "".join(f"- [[{v}](./2024/{v}.md)] (12 篇)\n" for v in venues)
    )
    entries = parse_text(text, "x.md").entries
    assert [e.title for e in entries] == agents


def test_book_headings_with_their_fields_points_and_download_links() -> None:
    """``### [The Go Programming Language](url)`` over ``*Last published*: **2015**`` /
    ``*Authors:* **A** and **B**`` (from dariubs/GoBooks): the labelled lines give the
    book its year and names, and a link-less list under its prose (``This book helps
    you:``) is the description's points, no entries; ``### [Caffeinate](url) (v3.03.0) ~
    [Download](url)`` (from zenorocha/alfred-workflows) is one entry with both links."""
    from awesome_ptm.parse import parse_text

    text = (
        "# Go Books\n\n### [The Go Programming Language](https://amzn.to/3MbHW7i)\n\n"
        "*Last published*: **2015**\n*Authors:* **Alan A. A. Donovan** and **Brian W. Kernighan**"
        "\n\nWidely considered the Go Bible.\n\nThis book helps you:\n\n"
        "- Write idiomatic code in Go and design a Go project\n"
        "- Understand the reasons behind Go's design decisions\n\n"
        "### [Caffeinate](https://github.com/shawnrice/caffeinate) (v3.03.0) ~ "
        "[Download](https://github.com/z/alfred-workflows/raw/master/caffeinate.alfredworkflow)\n\n"
        "Keep your Mac awake.\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.year, e.authors, len(e.links)) for e in entries] == [
        ("The Go Programming Language", 2015, ["Alan A. A. Donovan", "Brian W. Kernighan"], 1),
        ("Caffeinate", None, [], 2),
    ]


def test_headings_inside_list_items_of_a_group_do_not_break_the_reading() -> None:
    """``- ##### Token-wise Generation`` and an indented ``##### Tokenizer`` inside the items
    of a group item (from ChaofanTao/Autoregressive-Models-in-Vision-Survey): a heading may
    start the section path afresh while the group is read; the list is still read (this
    crashed with ``pop from empty list``), its papers entries."""
    from awesome_ptm.parse import parse_text

    text = (
        "# AR\n\n#### Image Generation\n"
        "- **Pixel-wise Generation**\n"
        "    - **[ICML, 2016]** **PixelRNN** Pixel Recurrent Neural Networks "
        "[Paper](https://arxiv.org/pdf/1601.06759)\n"
        "    \n"
        "  - ##### Token-wise Generation\n"
        "    \n"
        "    ##### Tokenizer\n"
        "    - **[Arxiv, 2025.07]** Vision Foundation Models as Effective Visual Tokenizers "
        "[Paper](https://arxiv.org/pdf/2507.08441)\n"
        "\n#### Text-to-Image Generation\n- ##### Token-wise Generation\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [e.links[0].url for e in entries] == [
        "https://arxiv.org/pdf/1601.06759",
        "https://arxiv.org/pdf/2507.08441",
    ]


def test_a_contents_list_with_links_to_the_list_s_other_pages() -> None:
    """Under ``## Content``, a list whose links mostly go to the file's headings is the
    contents, its links to pages of the list's own repository too; an outside link with a
    description slipped into it stays an entry."""
    from awesome_ptm.parse import parse_text

    own = "https://github.com/o/awesome-t2i/blob/main/Lists"
    text = (
        "# T2I\n\n## Content\n\n"
        "* - [ ] [1. Description](#head1)\n"
        f"* - [ ] [**2. Metrics**]({own}/2-Metrics.md)\n"
        f"* - [ ] [**3. Datasets**]({own}/3-Datasets.md)\n"
        "* [Bernstein](https://github.com/chernistry/bernstein) - Multi-agent orchestrator.\n"
        "* - [ ] [5. Papers](#head5)\n"
        "  * - [ ] [2024](#head-2024)\n\n"
        "## Papers\n\n* [A Paper Title Here](https://arxiv.org/abs/2401.00001)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [e.title for e in entries] == ["Bernstein", "A Paper Title Here"]


def test_headings_that_present_papers_with_their_authors_below() -> None:
    """``#### [Title](url) *15 Jun 2022*`` and ``##### • [\\[arXiv:…\\]](url) Title.
    [\\[PDF\\]](url)``, each over a paragraph of names: every such heading is an entry (its
    date, venue and links read, the names its authors), the one alone under its parent too
    when the file lists its papers so; a plain heading stays a section."""
    from awesome_ptm.parse import parse_text

    text = (
        "# Reasoning\n\n## Survey\n\n"
        "#### [Towards Reasoning in Large Language Models: A Survey]"
        "(https://arxiv.org/abs/2212.10403)\t*20 Dec 2022*\n\n"
        "Jie Huang, Kevin Chen-Chuan Chang\n\n"
        "## Technique\n\n"
        "#### [Emergent Abilities of Large Language Models](https://arxiv.org/abs/2206.07682)"
        "\t*15 Jun 2022*\n\n"
        "Jason Wei, Yi Tay, Rishi Bommasani\n\n"
        "#### [Language Model Cascades](https://arxiv.org/abs/2207.10342)\t*21 Jul 2022*\n\n"
        "David Dohan, Winnie Xu\n\n"
        "## Hands\n\n"
        "##### • [\\[arXiv:2206.07117\\]](https://arxiv.org/abs/2206.07117) TriHorn-Net: A Model "
        "for Accurate Depth-Based 3D Hand Pose Estimation.  [\\[PDF\\]](https://arxiv.org/pdf/2206.07117)\n\n"
        "_Mohammad Rezaei, Razieh Rastgoo, Vassilis Athitsos_\n\n"
        "##### • \\[2019 Computers & Graphics\\] Simple and effective deep hand shape and pose "
        "regression. [\\[PDF\\]](https://example.org/cg)\n\n"
        "_Jameel Malik, Ahmed Elhayek, Didier Stricker_\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.venue, e.year, e.date, e.authors[:1]) for e in entries] == [
        (
            "Towards Reasoning in Large Language Models: A Survey",
            None,
            2022,
            "2022-12-20",
            ["Jie Huang"],
        ),
        ("Emergent Abilities of Large Language Models", None, 2022, "2022-06-15", ["Jason Wei"]),
        ("Language Model Cascades", None, 2022, "2022-07-21", ["David Dohan"]),
        (
            "TriHorn-Net: A Model for Accurate Depth-Based 3D Hand Pose Estimation.",
            "arXiv",
            None,
            None,
            ["Mohammad Rezaei"],
        ),
        (
            "Simple and effective deep hand shape and pose regression.",
            "Computers & Graphics",
            2019,
            None,
            ["Jameel Malik"],
        ),
    ]
    assert [len(e.links) for e in entries[3:]] == [2, 1]


def test_a_work_in_numbered_parts_is_one_entry() -> None:
    """``- Write a C compiler`` over ``- [Part 1: …](url)``, ``- [Part 2: …](url)``: one
    work, one entry with every part's link; a link-less item over different works is a
    group of entries."""
    from awesome_ptm.parse import parse_text

    text = (
        "# C\n\n"
        "- Write a C compiler\n"
        "  - [Part 1: Integers, Lexing and Code Generation](https://example.org/c-1)\n"
        "  - [Part 2: Unary Operators](https://example.org/c-2)\n"
        "  - [Part 3: Binary Operators](https://example.org/c-3)\n"
        "  - [Bonus - Multithreading](https://example.org/c-bonus)\n"
        "- Build a Powerful API with NodeJs\n"
        "  - [Part I](https://example.org/api-1)\n"
        "- Tiny 3D graphics projects\n"
        "  - [Tiny Renderer](https://example.org/tiny-renderer)\n"
        "  - [Tiny Raytracer](https://example.org/tiny-raytracer)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, len(e.links)) for e in entries] == [
        ("Write a C compiler", 4),
        ("Build a Powerful API with NodeJs", 1),
        ("Tiny Renderer", 1),
        ("Tiny Raytracer", 1),
    ]


def test_a_year_and_venue_dashed_before_a_linked_title() -> None:
    """``2001-JMLR-[Title](url)``, ``2016.06-[Title](url)``, ``2017-CVPR-ResNeXt-[Title](url)``
    and ``2017-Proceedings of the IEEE-[Title](url)``: year, month and venue before the title
    (a method's name after a known venue is not the venue; ``Book`` names no venue)."""
    from awesome_ptm.parse import parse_text

    text = (
        "# Efficient\n\n"
        "-   2001-JMLR-[Sparse Bayesian learning and the relevance vector machine](https://example.org/a)\n"
        "-   2016.06-[Hypernetworks](https://arxiv.org/abs/1609.09106)\n"
        "-   2017-CVPR-ResNeXt-[Aggregated Residual Transformations](https://example.org/b)\n"
        "-   2017-Proceedings of the IEEE-[Efficient Processing of Deep Neural Networks]"
        "(https://example.org/c)\n"
        "-   2007-Book-[The minimum description length principle](https://example.org/d)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.venue, e.year, e.date) for e in entries] == [
        ("Sparse Bayesian learning and the relevance vector machine", "JMLR", 2001, None),
        ("Hypernetworks", None, 2016, "2016-06"),
        ("Aggregated Residual Transformations", "CVPR", 2017, None),
        ("Efficient Processing of Deep Neural Networks", "Proc. IEEE", 2017, None),
        ("The minimum description length principle", None, 2007, None),
    ]


def test_a_numbered_outline_into_the_list_s_own_repository_is_navigation() -> None:
    """``* [1. Transparent Model Design](https://github.com/o/list/tree/master/tm)`` over
    numbered sub-items, every link into the same repository: the way to its folders, no
    entries; a list linking several repositories keeps its entries."""
    from awesome_ptm.parse import parse_text

    repo = "https://github.com/o/awesome-xai"
    text = (
        "# XAI\n\n## Papers\n\n"
        f" * [1. Transparent Model Design]({repo}/tree/master/transparent_model)\n"
        f" * [2. Post-Explanation]({repo})\n"
        f"   * [2.1 Model Explanation]({repo}/tree/master/model_explanation)\n\n"
        "## Tools\n\n"
        " * [1. Captum](https://github.com/pytorch/captum)\n"
        " * [2. SHAP](https://github.com/slundberg/shap)\n\n"
        "[A Survey of Explainable AI](https://arxiv.org/abs/1802.01933), Electronics, 2019\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.venue, e.year) for e in entries] == [
        ("1. Captum", None, None),
        ("2. SHAP", None, None),
        # (a journal no alias knows, after the linked title)
        ("A Survey of Explainable AI", "Electronics", 2019),
    ]


def test_labelled_venue_and_authors_paragraphs_under_a_bold_title() -> None:
    """``**1. BiBench: …** [[Paper](url)]`` then ``**Venue:** ICML 2023`` and ``**Authors:**
    …`` paragraphs: the number counts, the paragraphs give the venue and the authors."""
    from awesome_ptm.parse import parse_text

    text = (
        "# Quantization\n\n## Benchmarks\n\n"
        "**1. BiBench: Benchmarking and Analyzing Network Binarization** "
        "[[Paper](https://proceedings.mlr.press/v202/qin23a.html)]\n\n"
        "**Venue:** ICML 2023\n\n"
        "**Authors:** Haotong Qin, Mingyuan Zhang, Xianglong Liu.\n\n"
        "**2. Binary Neural Networks: A Survey** [[Paper](https://example.org/bnn)]\n\n"
        "**Venue:** Pattern Recognition 2020\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.venue, e.year, e.authors) for e in entries] == [
        (
            "BiBench: Benchmarking and Analyzing Network Binarization",
            "ICML",
            2023,
            ["Haotong Qin", "Mingyuan Zhang", "Xianglong Liu"],
        ),
        ("Binary Neural Networks: A Survey", "Pattern Recognition", 2020, []),
    ]


def test_a_news_list_of_pages_by_their_source_is_entries() -> None:
    """``## News`` over ``- [OpenAI] [Introducing deep research](url)``: each item links a
    titled page by its source (a Chinese title too): the works added lately, entries."""
    from awesome_ptm.parse import parse_text

    text = (
        "# Reasoning\n\n## News\n"
        "- [OpenAI] [Introducing deep research](https://openai.com/index/introducing-deep-research/)\n"
        "- [Moonshoot] [数学对标o1系列，搜索再次进化](https://mp.weixin.qq.com/s/g4Dl)\n\n"
        "## Updates\n- [2024-05] [We released v2](https://example.org/v2)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [e.title for e in entries] == [
        "Introducing deep research",
        "数学对标o1系列，搜索再次进化",
    ]


def test_a_quick_navigation_of_anchors_and_the_list_s_pages_is_no_entry() -> None:
    """``# Quick navigation`` over ``- [Datasets](dataset.md)`` and ``- [papers](#papers)`` with
    nested page links: the way around the list's pages, no entries."""
    from awesome_ptm.parse import parse_text

    text = (
        "# Quick navigation\n\n"
        "- [repositories](awesome_paper_list_and_repos.md)\n- [Datasets](dataset.md)\n"
        "- [papers](#papers)\n  - [2017](2017_papers.md)\n  - [2018](2018_papers.md)\n\n"
        "## papers\n\n- [A Real Paper Title](https://arxiv.org/abs/2401.00001)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [e.title for e in entries] == ["A Real Paper Title"]


def test_a_community_section_of_linked_resources_lists_entries() -> None:
    """``## Community`` over ``- [Terraform Gitter](url)`` items: the subject's community,
    entries; ``## Community`` over ``- We have a Discord server! … [Join](url)``: the list's
    own community, layout."""
    from awesome_ptm.parse import parse_text

    text = (
        "# Awesome Terraform\n\n"
        "## Community\n\n"
        "- [Terraform AWS Modules](https://github.com/terraform-aws-modules) + "
        "[meta-configurations repository](https://github.com/terraform-aws-modules/meta)\n"
        "- [Terraform Gitter](https://gitter.im/hashicorp-terraform)\n"
        "- [Terraform PDF Doc](https://github.com/dohsimpson/terraform-doc-pdf) :skull:\n\n"
        "## Tools\n\n"
        "- [tflint](https://github.com/terraform-linters/tflint) - A linter.\n\n"
        "# Community\n\n"
        "- We have a Discord server! This should be your first stop. "
        "[Join the Discord](https://discord.gg/abc)\n"
        "- [Discord](https://discord.gg/abc) is where we talk.\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, len(e.links)) for e in entries] == [
        ("Terraform AWS Modules", 2),
        ("Terraform Gitter", 1),
        ("Terraform PDF Doc", 1),
        ("tflint", 1),
    ]


def test_a_community_list_of_rooms_may_name_one_room_in_a_sentence() -> None:
    """heldout48 embedded-rust: ``### Community Chat Rooms`` under ``## Community``, every
    item a room's reference link but the first, a sentence naming its room's link: the
    subject's community, entries. Two sentences in five, or a sentence without a link, keep
    the list the list's own layout."""
    from awesome_ptm.parse import parse_text

    rooms = "".join(f"- [#room-{i}:matrix.org] - For discussion of board {i}\n" for i in range(4))
    defs = "".join(f"[#room-{i}:matrix.org]: https://matrix.to/#/#room-{i}\n" for i in range(4))
    sentence = (
        "- You can usually find members in the official "
        "[`#rust-embedded:matrix.org` Matrix room](https://matrix.to/#/#rust-embedded)\n"
    )
    head = "# Embedded Rust\n\n## Community\n\n### Community Chat Rooms\n\n"
    tools = "\n## Tools\n\n- [probe-rs](https://probe.rs/) - A debugger.\n\n"
    entries = parse_text(head + sentence + rooms + tools + defs, "x.md").entries
    assert len(entries) == 6
    assert [e.title for e in entries[1:5]] == [f"#room-{i}:matrix.org" for i in range(4)]
    assert entries[1].links[0].url == "https://matrix.to/#/#room-0"

    two_sentences = (
        sentence + sentence.replace("official", "other") + rooms[: rooms.index("- [#room-2")]
    )
    entries = parse_text(head + two_sentences + tools + defs, "x.md").entries
    assert [e.title for e in entries] == ["probe-rs"]
    no_link = "- Most rooms are bridged to other networks.\n"
    entries = parse_text(head + no_link + rooms + tools + defs, "x.md").entries
    assert [e.title for e in entries] == ["probe-rs"]


def test_a_details_summary_naming_a_work_is_its_entry_and_the_fold_its_write_up() -> None:
    """``<details><summary> Title: http://arxiv.org/… (Click to Expand)</summary>`` then notes
    up to ``</details>``: one entry from its ``<details>`` line (the block is the work's:
    a fix that moves the entry takes it whole), the notes its write-up (layout, their links
    the work's); ``</details><details><summary>`` closes one and opens the next. A summary
    without an address still names the group of the entries inside."""
    from awesome_ptm.parse import parse_text

    text = (
        "# Papers\n\n"
        "### Expansive Summaries\n"
        "<details>\n"
        "<summary> Fast Speech2: http://arxiv.org/abs/2006.04558 (Click to Expand)</summary>\n\n"
        "  - Use durations by [MFA](https://montreal-forced-aligner.readthedocs.io/) as labels.\n"
        "  - Variance predictor module.\n\n"
        "</details>\n"
        "<details>\n"
        "<summary> Glow-TTS: https://arxiv.org/pdf/2005.11129.pdf</summary>\n\n"
        "  - Monotonic Alignment Search.\n\n"
        "</details>\n\n"
        "<details><summary>Vocoders</summary>\n\n"
        "- [MelGAN](https://arxiv.org/pdf/1910.06711.pdf) - a GAN vocoder\n\n"
        "</details>\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.source.line, [link.url for link in e.links]) for e in entries] == [
        (
            "Fast Speech2",
            4,
            ["http://arxiv.org/abs/2006.04558", "https://montreal-forced-aligner.readthedocs.io/"],
        ),
        ("Glow-TTS", 11, ["https://arxiv.org/pdf/2005.11129.pdf"]),
        ("MelGAN", 20, ["https://arxiv.org/pdf/1910.06711.pdf"]),
    ]
    assert entries[2].section[-1] == "Vocoders"


def test_a_details_summary_a_title_then_its_paper_link_in_html_is_the_work() -> None:
    """llm-sp (chawins) folds each paper's notes under ``<details><summary>Title (2023)
    [<a href="…">Paper</a>] ⭐ 💸 (defense)</summary>``: the work is the entry (its title,
    year and link), what the block folds its write-up; summaries with no ``<details>``
    around them (efficient-r1) fold nothing, each stays one entry."""
    from awesome_ptm.parse import parse_text

    text = (
        "# LLM Security\n\n### Jailbreak\n\n"
        "<details><summary>Ignore Previous Prompt: Attack Techniques For Language Models "
        '(2022) [<a href="https://arxiv.org/abs/2211.09527">Paper</a>] ⭐ 💸</summary>\n\n'
        "“By proposing PromptInject, a prosaic alignment framework…”\n\n"
        "- Found [remote code execution](https://example.org/rce) in 16 of 51 apps.\n\n"
        "</details>\n\n"
        "<details><summary>AdvPrompter: Fast Adaptive Adversarial Prompting for LLMs (2024) "
        '[<a href="https://arxiv.org/abs/2404.16873">Paper</a>] ⭐ 🏭 (defense)</summary>\n\n'
        "- Notes.\n\n</details>\n\n"
        "### Early Exit\n\n"
        "<summary> Dynamic Early Exit in Reasoning Models "
        '<a href="https://arxiv.org/pdf/2504.15895">\n'
        "    [Paper]\n</a></summary>\n\n\n"
        "<summary>ConCISE: Confidence-guided Compression in Step-by-step Efficient Reasoning "
        '<a href="https://arxiv.org/pdf/2505.04881">\n'
        "    [Paper]\n</a></summary>\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.year, [link.url for link in e.links]) for e in entries] == [
        (
            "Ignore Previous Prompt: Attack Techniques For Language Models",
            2022,
            ["https://arxiv.org/abs/2211.09527", "https://example.org/rce"],
        ),
        (
            "AdvPrompter: Fast Adaptive Adversarial Prompting for LLMs",
            2024,
            ["https://arxiv.org/abs/2404.16873"],
        ),
        ("Dynamic Early Exit in Reasoning Models", None, ["https://arxiv.org/pdf/2504.15895"]),
        (
            "ConCISE: Confidence-guided Compression in Step-by-step Efficient Reasoning",
            None,
            ["https://arxiv.org/pdf/2505.04881"],
        ),
    ]
    assert entries[0].section[-1] == "Jailbreak"


def test_a_first_section_of_many_entries_under_the_top_heading_is_no_introduction() -> None:
    """``# Papers`` over sixteen items, then ``### Summaries``: the items are the section's
    entries; ``# Awesome X`` over two links to related lists, then ``## Tools``: an
    introduction, its links no entries."""
    from awesome_ptm.parse import parse_text

    papers = "".join(f"- Paper number {i}: https://arxiv.org/abs/2001.{i:05d}\n" for i in range(16))
    more = "".join(f"- Other paper {i}: https://arxiv.org/abs/2002.{i:05d}\n" for i in range(40))
    text = f"# Papers\n{papers}\n### Summaries\n{more}"
    assert len(parse_text(text, "x.md").entries) == 56
    intro = "- [A related list](https://github.com/a/b)\n- [Another](https://github.com/c/d)\n"
    tools = "".join(f"- [Tool {i}](https://example.org/t{i}) - a tool\n" for i in range(20))
    text = f"# Awesome X\n\n{intro}\n## Tools\n\n{tools}"
    assert [e.title for e in parse_text(text, "x.md").entries][:1] == ["Tool 0"]


def test_html_bold_paper_paragraphs_with_their_description_and_figure() -> None:
    """``<b>Title (SIGGRAPH 2013)</b> [[Link]](url)`` / ``<br>description`` / ``<p
    align="center"><img …></p>``, also behind ``:game_die:`` shortcodes and without a year:
    each paragraph is an entry (the figure an HTML block); a sentence that mentions a link
    stays prose."""
    from awesome_ptm.parse import parse_text

    text = (
        "## Datasets\n"
        "To see a survey of RGBD datasets, check out Michael Firman's [collection]"
        "(http://www.michaelfirman.co.uk/RGBDdatasets/index.html) as well.\n\n"
        "<b>Open Surfaces: A Richly Annotated Catalog (SIGGRAPH 2013)</b> [[Link]]"
        "(http://opensurfaces.cs.cornell.edu/)\n"
        "<br>A large database of annotated surfaces.\n"
        '<p align="center"><img width="50%" src="http://opensurfaces.cs.cornell.edu/t.jpg" /></p>'
        "\n\n"
        ":game_die: <b>ScanObjectNN: A New Benchmark Dataset (ICCV 2019)</b> [[Link]]"
        "(https://hkust-vgd.github.io/scanobjectnn/)\n\n"
        "<b>ABC: A Big CAD Model Dataset For Geometric Deep Learning</b> [[Link]]"
        "(https://cs.nyu.edu/abc/)[[Paper]](https://arxiv.org/abs/1812.06216)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.venue, e.year, len(e.links)) for e in entries] == [
        ("Open Surfaces: A Richly Annotated Catalog", "SIGGRAPH", 2013, 1),
        ("ScanObjectNN: A New Benchmark Dataset", "ICCV", 2019, 1),
        ("ABC: A Big CAD Model Dataset For Geometric Deep Learning", None, None, 2),
    ]


def test_a_bold_method_name_over_its_paper_and_label_links_is_one_entry() -> None:
    """``- **HeGAN**`` over ``  - Title, KDD 2019`` and ``  - [[Python]](url)``; ``- **VERSE**``
    over ``  - [[Arxiv]](url) [[WWW 2018]]``; ``- **diff2vec**`` over its linked paper title
    and ``[[Python KarateClub]](url)``: one entry each, the bold name the title, the venue
    from the marks. ``- Codes for the book`` over ``[Python Code](url) (2nd Edition)`` keeps
    its code entries."""
    from awesome_ptm.parse import parse_text

    text = (
        "## Paper References with the implementation(s)\n\n"
        "- **HeGAN**\n"
        "  - Adversarial Learning on Heterogeneous Information Networks, KDD 2019\n"
        "  - [[Paper]](https://fangyuan1st.github.io/paper/KDD19_HeGAN.pdf)\n"
        "  - [[Python]](https://github.com/librahu/HeGAN)\n"
        "- **VERSE**\n"
        "  - VERSE, Versatile Graph Embeddings from Similarity Measures\n"
        "  - [[Arxiv]](https://arxiv.org/abs/1803.04742) [[WWW 2018]]\n"
        "  - [[Python]](https://github.com/xgfs/verse)\n"
        "- **diff2vec**\n"
        "  - [Fast Sequence Based Embedding with Diffusion Graphs]"
        "(http://homepages.inf.ed.ac.uk/sequence.pdf), CompleNet 2018\n"
        "  - [[Python KarateClub]](https://github.com/benedekrozemberczki/karateclub)\n\n"
        "## Codes\n\n"
        "- Codes for examples in Sutton and Barto's [Book](#books)\n"
        "  - [Python Code](https://github.com/ShangtongZhang/rl-an-introduction) (2nd Edition)\n"
        "  - [MATLAB Code](https://waxworksmath.com/sutton.html) (1st Edition)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.venue, e.year, len(e.links)) for e in entries[:3]] == [
        ("HeGAN", "KDD", 2019, 2),
        ("VERSE", "WWW", 2018, 2),
        ("diff2vec", "CompleNet", 2018, 2),
    ]
    assert len(entries) == 5


def test_a_bold_title_and_its_names_over_a_list_of_its_links() -> None:
    """``**Going Deeper with Convolutions**`` / ``Christian Szegedy, Wei Liu`` then ``- pdf:
    [url](url)``, ``- code [official : url](url)``: one entry with every link; a bold line
    and a text line followed by a list of resources stay apart."""
    from awesome_ptm.parse import parse_text

    text = (
        "## Papers&Codes\n\n"
        "### GoogleNet\n"
        "**Going Deeper with Convolutions**\n"
        "Christian Szegedy, Wei Liu, Yangqing Jia\n"
        "- pdf: [https://arxiv.org/abs/1409.4842](https://arxiv.org/abs/1409.4842)\n"
        "- code [official : https://github.com/o/googlenet](https://github.com/o/googlenet)\n\n"
        "### Xception\n"
        "**Xception: Deep Learning with Depthwise Separable Convolutions**\n"
        "François Chollet\n"
        "- pdf: [https://arxiv.org/abs/1610.02357](https://arxiv.org/abs/1610.02357)\n\n"
        "### Tools\n"
        "**Frameworks**\n"
        "The ones we use\n"
        "- [PyTorch](https://pytorch.org) - tensors\n"
        "- [JAX](https://github.com/google/jax) - transforms\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, len(e.links)) for e in entries] == [
        ("Going Deeper with Convolutions", 2),
        ("Xception: Deep Learning with Depthwise Separable Convolutions", 1),
        ("PyTorch", 1),
        ("JAX", 1),
    ]


def test_a_field_line_under_a_paper_gives_it_links() -> None:
    """``- [Value Prediction Network](url)`` over ``  - ExpEnv: collect domain, [atari](url)``:
    the field's links are the paper's, labelled by the field; ``  - [Keras](url) : a library``
    under a tool is a resource of its own."""
    from awesome_ptm.parse import parse_text

    text = (
        "## Papers\n\n"
        "- [Value Prediction Network](https://arxiv.org/abs/1707.03497)\n"
        "  - Junhyuk Oh, Satinder Singh, Honglak Lee. *NIPS 2017*\n"
        "  - ExpEnv: collect domain, [atari](https://github.com/openai/gym)\n"
        "- [Tensorflow](https://www.tensorflow.org/) - Python, C++\n"
        "  * [Keras](http://keras.io/) : a modular deep learning library\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, [link.url for link in e.links]) for e in entries] == [
        (
            "Value Prediction Network",
            ["https://arxiv.org/abs/1707.03497", "https://github.com/openai/gym"],
        ),
        ("Tensorflow", ["https://www.tensorflow.org/"]),
        ("Keras", ["http://keras.io/"]),
    ]
    assert entries[0].links[1].label == "ExpEnv"


def test_a_bold_field_line_under_a_resource_gives_it_links() -> None:
    """``  * **Host**: Jamie Taylor @[dotnetcoreshow](url)`` under a podcast (from
    rShetty/awesome-podcasts): the field's name set in bold, the colon inside or after the
    bold, gives the entry its links as a plain field name does; a nested ``  * [**Keras**](url):
    a library`` opens with its link and is a resource of its own."""
    from awesome_ptm.parse import parse_text

    text = (
        "## .NET\n\n"
        "* [The .NET Core Podcast](https://dotnetcore.show/)\n"
        "  * **Description**: The only podcast devoted to .NET Core.\n"
        "  * **Host**: Jamie Taylor @[dotnetcoreshow](https://twitter.com/dotnetcoreshow/)\n"
        "  * **Frequency:** Once a fortnight\n"
        "* [Gone Mobile](https://www.gonemobile.io/)\n"
        "  * **Host:** Greg Shackles @[gshackles](https://twitter.com/gshackles)\n"
        "  * [**Keras**](https://keras.io/): a modular deep learning library\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, [link.url for link in e.links]) for e in entries] == [
        (
            "The .NET Core Podcast",
            ["https://dotnetcore.show/", "https://twitter.com/dotnetcoreshow/"],
        ),
        ("Gone Mobile", ["https://www.gonemobile.io/", "https://twitter.com/gshackles"]),
        ("Keras", ["https://keras.io/"]),
    ]
    assert entries[0].links[1].label == "Host"


def test_the_lists_own_title_is_never_a_section_about_the_list() -> None:
    """``# Awesome First Pull Request Opportunities`` names the subject (projects that take
    first pull requests); a ``## Pull Requests`` section further down is about the list."""
    item = "- [Legerity](https://github.com/MADE-Apps/legerity) - A UI test framework.\n"
    text = (
        "# Awesome First Pull Request Opportunities\n\n"
        f"## .NET\n\n{item}\n"
        "## Pull Requests\n\n- [Open one](https://github.com/o/r/compare) - How to.\n"
    )
    assert [(e.title, e.section) for e in parse_text(text, "x.md").entries] == [
        ("Legerity", ["Awesome First Pull Request Opportunities", ".NET"])
    ]
    # a later level-1 heading is no title of the list: still a section about it
    later = f"# Tools\n\n{item}\n# Pull Requests\n\n{item}"
    assert [e.source.line for e in parse_text(later, "x.md").entries] == [3]


def test_a_notice_that_the_list_has_moved_is_no_entry() -> None:
    """``<span>The latest update has been moved to</span> https://github.com/…``: the list's
    notice about itself; an item whose description says its project moved is an entry."""
    text = (
        "# Awesome Federated Learning\n\n"
        '<span style="color:red">The latest update has been moved to</span> '
        "https://github.com/FedML-AI/FedML/blob/master/research/Awesome-FL.md\n\n"
        "## Tools\n\n"
        "- [OldTool](https://github.com/o/old) - has moved to a new home.\n"
    )
    assert [e.title for e in parse_text(text, "x.md").entries] == ["OldTool"]


def test_a_subject_word_makes_only_a_top_level_heading_a_section_about_the_list() -> None:
    """``### Pull Requests`` under ``## Community Resources`` (a list of GitHub Actions) is
    a category; ``## Pull Requests`` at the top is about the list; ``### What do the
    licences mean?`` under a content section is about the list whatever its level."""
    item = "- [auto-merge](https://github.com/o/auto-merge) - Merges when green.\n"
    text = (
        "# Awesome Actions\n\n## Community Resources\n\n### Pull Requests\n\n"
        f"{item}\n### What do the licences mean?\n\n"
        "- [Apache 2.0](https://www.apache.org/licenses/LICENSE-2.0): Allows use.\n\n"
        f"## Pull Requests\n\n{item}"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.source.line, e.section) for e in entries] == [
        (7, ["Awesome Actions", "Community Resources", "Pull Requests"])
    ]


def test_a_badge_linked_with_a_lint_comment_is_no_part_of_the_heading() -> None:
    """``# Awesome Actions [<!--lint ignore no-dead-urls-->![CI status](badge)](url)``: the
    comment beside the badge leaves it a linked image; the heading is its words."""
    text = (
        "# Awesome Actions [<!--lint ignore no-dead-urls-->![GitHub Actions status | o/r]"
        "(https://github.com/o/r/workflows/Lint/badge.svg)](https://github.com/o/r/actions)\n\n"
        "## Tools\n\n- [act](https://github.com/nektos/act) - Run actions locally.\n"
    )
    assert parse_text(text, "x.md").entries[0].section == ["Awesome Actions", "Tools"]


def test_a_line_of_tags_under_an_entry_with_a_year_alone_gives_its_year() -> None:
    """``  -  `2026` `swift` `` under an app: its year; a tag line with two years, or a year
    inside a sentence, gives none."""
    text = (
        "# Apps\n\n## TV\n\n"
        "- [BiliBili](https://github.com/o/bili)\n  -  `2026` `swift`\n  -  ☆`3095`\n"
        "- [Old](https://github.com/o/old)\n  -  `2019` `2020` `objc`\n"
        "- [Prose](https://github.com/o/prose)\n  - rewritten in 2021 for tvOS\n"
    )
    assert [e.year for e in parse_text(text, "x.md").entries] == [2026, None, None]


def test_a_nested_docs_or_cases_link_is_its_parents_page() -> None:
    """``* [无远开发平台](url)`` over ``  * [案例](url/case)`` ("cases"), ``* [Tool](url)``
    over ``  * [Docs](url/docs)``: pages of the product, its links; a nested article with a
    title of its own stays an entry."""
    text = (
        "# L\n\n## A\n\n"
        "* [无远开发平台](https://wuyuan.io/)\n  * [案例](https://wuyuan.io/case)\n"
        "  * [为什么专业开发者都选择无远](https://zhuanlan.zhihu.com/p/382493959)\n"
        "* [Tool B](https://b.example/)\n  * [Docs](https://b.example/docs)\n"
    )
    got = [(e.title, len(e.links)) for e in parse_text(text, "x.md").entries]
    assert got == [("无远开发平台", 2), ("为什么专业开发者都选择无远", 1), ("Tool B", 2)]


def test_a_quoted_list_of_resources_holds_entries() -> None:
    """``> - [Password Safe](url) - An offline …`` under a Notable Mentions summary: every item
    opens with its link, so the quote lists resources; a quoted list of notes is a quotation."""
    text = (
        "# P\n\n## Password Managers\n\n- [Bitwarden](https://bitwarden.com) - A manager.\n\n"
        "<details>\n<summary>✳️ <b>Notable Mentions</b></summary>\n\n"
        "> - [Password Safe](https://www.pwsafe.org) - An offline password manager.\n"
        "> - [PassBolt](https://www.passbolt.com) - A good option for teams.\n"
        "</details>\n\n"
        "> - Note: [Bitwarden](https://bitwarden.com) was audited.\n"
        "> - [Read more](https://bitwarden.com/audit) about it.\n"
    )
    assert [e.title for e in parse_text(text, "x.md").entries] == [
        "Bitwarden",
        "Password Safe",
        "PassBolt",
    ]


def test_an_authors_section_is_about_the_list() -> None:
    """``## 🧑‍🎓Author`` / ``✉️: [ydyjya](https://github.com/ydyjya) ➡️ mail``: who keeps the
    list, no entry."""
    text = (
        "# Safety\n\n## Papers\n\n- [A Safety Paper](https://arxiv.org/abs/2401.00001)\n\n"
        "## 🧑‍🎓Author\n\n✉️: [ydyjya](https://github.com/ydyjya) ➡️ me@example.org\n\n"
        "- [ydyjya](https://github.com/ydyjya) - maintainer\n"
    )
    assert [e.title for e in parse_text(text, "x.md").entries] == ["A Safety Paper"]


def test_a_folded_block_of_linked_badges_under_an_entry_gives_its_links() -> None:
    """``  - <details><summary>Stats</summary>`` / ``[![GitHub: o/r](badge)](repo) [![Report](
    badge)](page)ㅤ`` / ``</details>``: the badges' targets are the entry's links (a Hangul
    filler between them is blank); a details block of prose stays the entry's layout."""
    badge = "https://img.shields.io/github/stars/padloc/padloc"
    text = (
        "# P\n\n## Password Managers\n\n"
        "- **[Padloc](https://padloc.app)** - A modern password manager.\n"
        "\t- <details>\n\t\t<summary>Stats</summary>\n\n"
        f"\t\t[![GitHub: padloc/padloc]({badge})](https://github.com/padloc/padloc) "
        f"[![Report]({badge})](https://awesome-privacy.xyz/padloc)ㅤ\n\n"
        "\t\t</details>\n"
        "- **[Pass](https://www.passwordstore.org/)** - The standard unix password manager.\n"
        "\t- <details>\n\t\t<summary>More</summary>\n\n"
        "\t\tSee [its manual](https://www.passwordstore.org/manual) for more.\n\n"
        "\t\t</details>\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [link.url for link in entries[0].links] == [
        "https://padloc.app",
        "https://github.com/padloc/padloc",
        "https://awesome-privacy.xyz/padloc",
    ]
    assert [link.url for link in entries[1].links] == ["https://www.passwordstore.org/"]
    assert {link.style for link in entries[0].links} == {"inline"}  # (the export's styles)


def test_an_introduction_group_of_sentences_is_about_the_list() -> None:
    """heldout53 ts-bighuang: ``- Introduction:`` and ``- 介绍：`` over sentences about the
    list (one links the contribution guide): layout. A category item ``- Introduction``
    over linked resources keeps them as entries; a group named otherwise over sentences
    with links keeps reading them."""
    from awesome_ptm.parse import parse_text

    intro = (
        "- Introduction:\n"
        "    - List of awesome papers from various research fields.\n"
        "    - A link of open source code is given if available on [Github](https://github.com/).\n"
        "    - Any [contributions](https://github.com/me/list/blob/master/c.md) are welcomed.\n\n"
        "- 介绍：\n"
        "    - 收录时间序列分析中各个研究领域的高水平文章。\n"
        "    - 欢迎包括 PR 在内的一切[贡献](https://github.com/me/list/blob/master/c.md)。\n\n"
    )
    papers = (
        "## Papers\n\n"
        "- **Transfer learning for time series** [[paper](https://arxiv.org/pdf/1811.01533.pdf)]\n"
        "    - Extensive experiments on time series classification.\n"
        "    - [中文解读](https://zhuanlan.zhihu.com/p/58714287)\n"
    )
    doc = parse_text("# Time Series Papers\n\n" + intro + papers, "x.md")
    assert [(e.title, [link.url for link in e.links]) for e in doc.entries] == [
        (
            "Transfer learning for time series",
            ["https://arxiv.org/pdf/1811.01533.pdf", "https://zhuanlan.zhihu.com/p/58714287"],
        )
    ]
    assert [b.line for b in doc.blocks if b.kind == "meta"][:2] == [3, 8]

    resources = (
        "# Awesome Courses\n\n- Introduction\n"
        "    - [Intro to Machine Learning](https://a.example/1) - A course.\n"
        "    - [Intro to Statistics](https://a.example/2) - A course.\n"
    )
    assert [e.title for e in parse_text(resources, "x.md").entries] == [
        "Intro to Machine Learning",
        "Intro to Statistics",
    ]


def test_sentences_under_an_entry_are_its_notes_and_their_links_its_links() -> None:
    """heldout53 imbalanced-learning: sentences nested under a library (``  - This package
    also provides utilities, see [API reference](url).``, ``… It is featured for:`` over
    ``    - (i) Unified APIs, detailed [documentation](url).``) describe it: no entries,
    their links the library's. A nested ``name - description [⭐ 140](url)`` (heldout20
    robotics-libs) and a nested titled link stay entries of their own."""
    from awesome_ptm.parse import parse_text

    text = (
        "# Imbalanced Learning\n\n## Python\n\n"
        "- [**imbalanced-ensemble**](https://ie.example/) [[**Github**](https://github.com/z/ie)]\n\n"
        "  > **NOTE:** written in python, easy to use.\n\n"
        "  - `imbalanced-ensemble` is a Python toolbox for ensemble learning. It is featured for:\n"
        "    - (i) Unified, easy-to-use APIs, detailed [documentation](https://ie.example/doc).\n"
        "    - (ii) Capable for multi-class imbalanced learning out-of-box.\n"
        "  - This package also provides many utilities, see [API reference](https://ie.example/api).\n"
        "- [Gymnasium](https://gymnasium.example/) - Reinforcement learning environments.\n"
        "  - 🔴 gym-dart - Gym environments using the DART engine. [⭐ 140](https://github.com/d/d)\n"
        "  - [gym-gazebo](https://github.com/e/g) - Gym environments for Gazebo.\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, [link.url for link in e.links]) for e in entries] == [
        (
            "imbalanced-ensemble",
            [
                "https://ie.example/",
                "https://github.com/z/ie",
                "https://ie.example/doc",
                "https://ie.example/api",
            ],
        ),
        ("Gymnasium", ["https://gymnasium.example/"]),
        ("gym-dart", ["https://github.com/d/d"]),
        ("gym-gazebo", ["https://github.com/e/g"]),
    ]


def test_bold_titles_over_fields_figures_and_labelled_addresses() -> None:
    """heldout58 object-detection (handong1587's layout): ``**Title**``, maybe a linked
    figure, then ``- intro: CVPR 2017`` / ``- arxiv: <url>`` / ``- caffe-pr("…"): <url>``
    items: one entry, its venue the one the intro opens with; ``**Title**`` over a
    paragraph of one address is one entry; under ``## Mask R-CNN`` a list of labelled
    addresses and no title is the entry the heading names. A list of titled links under a
    heading (``- [Website](url)``) stays its entries."""
    from awesome_ptm.parse import parse_text

    text = (
        "# object-detection\r\n\r\n## R-CNN\r\n\r\n"
        "**Rich feature hierarchies for accurate object detection**\r\n\r\n"
        "- intro: CVPR 2014. UC Berkeley\r\n"
        "- arxiv: <http://arxiv.org/abs/1311.2524>\r\n"
        '- caffe-pr("Make R-CNN the Caffe detection example"): '
        "<https://github.com/BVLC/caffe/pull/482>\r\n\r\n"
        "**SSD: Single Shot MultiBox Detector**\r\n\r\n"
        "[![img](https://camo.example/ssd.png)](https://camo.example/ssd.png)\r\n\r\n"
        "- intro: ECCV 2016 Oral\r\n"
        "- arxiv: <http://arxiv.org/abs/1512.02325>\r\n\r\n"
        "**LightNet: Bringing DarkNet out of the shadows**\r\n\r\n"
        "<https://github.com/explosion/lightnet>\r\n\r\n"
        "## Mask R-CNN\r\n\r\n"
        "- arxiv: <http://arxiv.org/abs/1703.06870>\r\n"
        "- github(Keras): https://github.com/matterport/Mask_RCNN\r\n\r\n"
        "## Official\r\n\r\n"
        "- [Website](https://nodejs.org)\r\n"
        "- [Repository](https://github.com/nodejs/node)\r\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.venue, e.year, len(e.links)) for e in entries] == [
        ("Rich feature hierarchies for accurate object detection", "CVPR", 2014, 2),
        ("SSD: Single Shot MultiBox Detector", "ECCV", 2016, 2),
        ("LightNet: Bringing DarkNet out of the shadows", None, None, 1),
        ("Mask R-CNN", None, None, 2),
        ("Website", None, None, 1),
        ("Repository", None, None, 1),
    ]
    assert "intro: CVPR 2014. UC Berkeley" in entries[0].notes


def test_bold_titles_over_lines_of_linked_badges() -> None:
    """heldout59 mm-llm-gen: ``+ **Title** (12 Feb 2025)<details>…</details>`` over lines of
    ``[![Paper](badge)](url)`` (linked badges that say what they link): entries, in a file
    with other links; the date in brackets is the entry's; ``**[ICLR 2025 Spotlight]
    Title**`` gives the venue, ``**[LlamaGen] Title**`` an alias. (A name beside a rating's
    badge, its alt text empty: heldout31 awesome-privacy's ``Google Authenticator
    [![](tosdr)](url)``, is left as it was; the corpus comparison watches it.)"""
    from awesome_ptm.parse import parse_text

    badge = "[![{k}](https://img.shields.io/badge/{k}-b31b1b.svg)]({u})"
    text = (
        "# LLMs meet generation\n\n- [Intro](https://intro.example/) - the survey.\n\n"
        "## Papers\n\n"
        "+ **I Think, Therefore I Diffuse: Multimodal In-Context Reasoning** (12 Feb 2025)"
        "<details><summary>Zhenxing Mi, et al.</summary>Zhenxing Mi, Dan Xu</details>\n"
        + badge.format(k="Paper", u="https://arxiv.org/abs/2502.10458")
        + "\n"
        + badge.format(k="Code", u="https://github.com/m/t")
        + "\n\n"
        "+ **[ICLR 2025 Spotlight] Rare-to-Frequent: Compositional Generation** (29 Oct 2024)\n"
        + badge.format(k="Paper", u="https://arxiv.org/abs/2410.22376")
        + "\n\n"
        "+ **[LlamaGen] Autoregressive Model Beats Diffusion: Llama for Images** (10 Jun 2024)\n"
        + badge.format(k="Paper", u="https://arxiv.org/abs/2406.06525")
        + "\n\n"
    )
    entries = parse_text(text, "x.md").entries[1:]  # (after the introduction's link)
    assert [(e.title, e.venue, e.year, e.date, e.aliases) for e in entries] == [
        (
            "I Think, Therefore I Diffuse: Multimodal In-Context Reasoning",
            None,
            2025,
            "2025-02-12",
            [],
        ),
        ("Rare-to-Frequent: Compositional Generation", "ICLR", 2025, "2024-10-29", []),
        (
            "Autoregressive Model Beats Diffusion: Llama for Images",
            None,
            2024,
            "2024-06-10",
            ["LlamaGen"],
        ),
    ]
    assert [link.url for link in entries[0].links] == [
        "https://arxiv.org/abs/2502.10458",
        "https://github.com/m/t",
    ]


def test_an_item_over_paragraphs_of_papers_names_their_group() -> None:
    """heldout61 llm-tool-survey: ``- Python Interpreter`` over indented paragraphs, each
    ``**Title**, Venue Year. [[Paper]](url)``: a group and its papers (before, one entry
    titled by the group that swallowed every paper's link). An item over a paragraph that
    is a remark (``**Note**: see [docs](url)``) stays one entry."""
    from awesome_ptm.parse import parse_text

    text = (
        "# Tool learning\n\n## Benefits\n\n"
        "- Knowledge Acquisition.\n"
        "  - Python Interpreter\n    \n"
        "    **Pal: Program-aided language models**, ICML 2023. "
        "[[Paper]](https://arxiv.org/abs/2211.10435)\n    \n"
        "    **Program of Thoughts Prompting: Disentangling Computation**, TMLR 2023. "
        "[[Paper]](https://arxiv.org/abs/2211.12588)\n\n"
        "  - Schedule Tools\n    \n"
        "    **ToolQA: A Dataset for LLM Question Answering**, NeurIPS 2023. "
        "[[Paper]](http://arxiv.org/abs/2306.13304)\n\n"
        "## Tools\n\n"
        "- [Gorilla](https://gorilla.example/) - API calls.\n\n"
        "  **Note**: see [docs](https://gorilla.example/docs)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.venue, e.year, e.section[-1]) for e in entries] == [
        ("Pal: Program-aided language models", "ICML", 2023, "Python Interpreter"),
        (
            "Program of Thoughts Prompting: Disentangling Computation",
            "TMLR",
            2023,
            "Python Interpreter",
        ),
        ("ToolQA: A Dataset for LLM Question Answering", "NeurIPS", 2023, "Schedule Tools"),
        ("Gorilla", None, None, "Tools"),
    ]
    assert len(entries[3].links) == 2


def test_a_run_of_link_less_paper_titles_in_a_list_of_links() -> None:
    """heldout62 visual-captioning: ``### ECCV-2022`` over link-less items that are papers'
    titles, in a file of linked entries: the titles are entries. Short title-cased bullets
    (``- Data Mining (KDD, WSDM)``), goals (``- 🎯Solve Open Text-to-SQL Problem``) and
    quotations stay prose, as link-less items in a list of links do."""
    from awesome_ptm.parse import parse_text

    linked = "".join(
        f"- [Paper number {i} here](https://p.example/{i}) - a paper.\n" for i in range(30)
    )
    titles = [
        "ECCV Caption: Correcting False Negatives by Collecting Machine-and-Human Associations",
        "Object-Centric Unsupervised Image Captioning for Everyday Scenes",
        "D3Net: A Unified Speaker-Listener Architecture for 3D Dense Captioning",
        "StyleBabel: Artistic Style Tagging and Captioning of Paintings",
        "Unifying Event Detection and Captioning as Sequence Generation",
    ]
    goals = [
        "🎯Solve Open Text-to-SQL Problem",
        "🎯Develop Cost-effective Text-to-SQL Methods",
        "🎯Make Text-to-SQL Solutions Trustworthy",
        "🎯Text-to-SQL with Ambiguous and Unspecified NL Queries",
        "🎯Adaptive Training Data Synthesis",
    ]
    text = (
        "# Captioning\n\n## Linked\n\n"
        + linked
        + "\n## ECCV-2022\n\n"
        + "".join(f"- {t}  \n" for t in titles)
        + "\n## Where Are We Going?\n\n"
        + "".join(f"* {g}\n" for g in goals)
    )
    entries = parse_text(text, "x.md").entries
    assert [e.title for e in entries[30:]] == titles


def test_a_bold_group_label_over_titled_links_is_no_entry() -> None:
    """heldout60 ts-awesome-zh: ``**Vue**`` over ``- [Author - Title](url)`` items: a label
    over its group's resources (before, one entry "Vue" holding all their links). A bold
    title over ``- [[Docu]](url)`` (a generic label) stays one entry."""
    from awesome_ptm.parse import parse_text

    text = (
        "# TypeScript\n\n#### Practical\n\n**Vue**\n\n"
        "- [薯条 - Vue + Typescript 系列 01 环境搭建篇](https://segmentfault.com/a/1)\n"
        "- [toBeTheLight - Vue 2.5 中将迎来有关 TypeScript 的改进](https://segmentfault.com/a/2)\n\n"
        "**How to train GANs well**\n\n- [[Docu]](https://github.com/soumith/ganhacks#authors)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.section[-1], len(e.links)) for e in entries] == [
        ("薯条 - Vue + Typescript 系列 01 环境搭建篇", "Vue", 1),
        ("toBeTheLight - Vue 2.5 中将迎来有关 TypeScript 的改进", "Vue", 1),
        ("How to train GANs well", "Vue", 1),  # (a label holds to the next heading)
    ]


def test_methods_named_under_a_paper_with_their_code_links_are_its_details() -> None:
    """heldout53 imbalanced-learning: ``  - EasyEnsemble [[**Code**](url)]`` under a paper: a
    method it proposes and its code, the paper's links, no entries. heldout35 awesome-rl's
    ``  - [Python Code](url) (2nd Edition)`` under a line of prose stays an entry."""
    from awesome_ptm.parse import parse_text

    text = (
        "# Imbalanced learning\n\n## Ensembles\n\n"
        "- **Exploratory Undersampling for Class-Imbalance Learning** "
        "[[**Paper**](https://p.example/1)]\n\n"
        "  - EasyEnsemble [[**Code**](https://github.com/z/easy_ensemble.py)]\n"
        "  - BalanceCascade [[**Code**](https://github.com/z/balance_cascade.py)]\n\n"
        "- **Diversity Analysis on Imbalanced Data Sets** [[**Paper**](https://p.example/2)]\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, len(e.links)) for e in entries] == [
        ("Exploratory Undersampling for Class-Imbalance Learning", 3),
        ("Diversity Analysis on Imbalanced Data Sets", 1),
    ]


def test_html_list_items_led_by_a_venue_tag_and_a_title_going_on_after_the_link() -> None:
    """``<li><b>(ICER 2025)</b> <a href=…>Zhao et al</a>: Motion Generation Review, Zhao
    et al.</li>``: the tag gives the venue, the text after the link goes on with the title
    and ends with the first author (a link naming only the author leaves the title to the
    text); ``<a>Name</a>, Peng et al.`` reads too."""
    text = (
        "# Motion\n\n## Reviews\n<details open>\n<summary></summary>\n"
        '<ul style="margin-left: 5px;">\n'
        '<li><b>(ICER 2025)</b> <a href="https://arxiv.org/abs/2412.10458">Zhao et al</a>: '
        "Motion Generation Review, Zhao et al.</li>\n"
        '<li><b>(ArXiv 2025)</b> <a href="https://arxiv.org/abs/2510.19255">Advances in 4D '
        "Representation</a>: Geometry, Motion, and Interaction, Zhao et al.</li>\n"
        '<li><b>(ArXiv 2026)</b> <a href="https://arxiv.org/abs/2605.21478">Latent Dynamics '
        "for Full Body Avatar Animation</a>, Peng et al.</li>\n"
        "</ul>\n</details>\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.venue, e.year, e.authors) for e in entries] == [
        ("Motion Generation Review", "ICER", 2025, ["Zhao"]),
        (
            "Advances in 4D Representation: Geometry, Motion, and Interaction",
            "arXiv",
            2025,
            ["Zhao"],
        ),
        ("Latent Dynamics for Full Body Avatar Animation", "arXiv", 2026, ["Peng"]),
    ]


def test_a_news_heading_after_sections_of_entries_is_a_category_of_news_sites() -> None:
    """``## 📰 News`` over ``- [Hacker News](url) : news aggregator…`` after other sections
    of entries: the news sites are entries; a ``## News`` of the list's own announcements
    before its content stays layout."""
    sites = "".join(
        f"- [Site {i}](https://site{i}.example) : a forum for programmers\n" for i in range(5)
    )
    text = (
        "# Best Websites\n\n## News\n\n"
        "- [2024-05] We added [a section](#news-sites) on news.\n"
        "- [2024-01] [Stack Overflow](https://stackoverflow.com) joined the list.\n\n"
        f"## 🤝 Forums\n\n{sites}\n"
        "## 📰 News\n\n"
        "- [ACM TechNews](http://technews.acm.org) : TechNews\n"
        "- [Hacker News](https://news.ycombinator.com) : news aggregator for programmers\n"
    )
    titles = [e.title for e in parse_text(text, "x.md").entries]
    assert titles == [*(f"Site {i}" for i in range(5)), "ACM TechNews", "Hacker News"]


def test_a_summary_folded_under_a_paper_item_gives_its_names_venue_and_year() -> None:
    """``* [Title](url)`` / ``<details><summary> M. Noppel & C. Wressnegger. <em>IEEE
    Symposium on Security and Privacy (S&P)</em>, 2024 </summary> abstract </details>``:
    the summary cites the paper; the abstract is no entry."""
    text = (
        "# XAI\n\n## Surveys\n\n"
        "* [Explainable AI Methods - A Brief Overview](https://doi.org/10.1007/978-3-031-04083-2_2)\n"
        "  <details>\n  <summary> A. Holzinger et al.  \n"
        "      <em>xxAI - Beyond Explainable AI</em>, 2020 </summary>\n"
        "    Explainable AI is an established field with a vibrant community.\n  </details>\n"
        "* [SoK: Explainable Machine Learning in Adversarial Environments](https://doi.org/10.1/x)\n"
        "  <details>\n  <summary> M. Noppel & C. Wressnegger.\n"
        "      <em>NeurIPS</em>, 2024 </summary>\n"
        "    Modern deep learning methods have long been considered black boxes.\n  </details>\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.authors, e.venue, e.year) for e in entries] == [
        (
            "Explainable AI Methods - A Brief Overview",
            ["A. Holzinger"],
            "xxAI - Beyond Explainable AI",
            2020,
        ),
        (
            "SoK: Explainable Machine Learning in Adversarial Environments",
            ["M. Noppel", "C. Wressnegger"],
            "NeurIPS",
            2024,
        ),
    ]


def test_a_list_of_sentences_right_under_a_paper_paragraph_sums_it_up() -> None:
    """``[Title](url)`` as a paragraph, then ``- Name: introduces …`` / ``- The framework
    utilizes …``: the sentences are the paper's notes, no entries; a list of named
    resources after a paragraph stays entries."""
    text = (
        "# Agents\n\n## Papers\n\n"
        "[Qwen-AgentWorld: Language World Models for General Agents](http://arxiv.org/abs/2606.24597)\n\n"
        "- Qwen-AgentWorld: introduces a native language world model trained in three stages.\n"
        "- The framework utilizes CPT, SFT, and RL to develop a world model for agents.\n\n"
        "---\n\n"
        "[MEMPROBE: Probing Long-Term Agent Memory](http://arxiv.org/abs/2606.24595)\n\n"
        "- [MemBench](https://github.com/m/membench) - a benchmark of agent memory\n"
        "- [MemGPT](https://github.com/m/memgpt) - an agent with memory\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [e.title for e in entries] == [
        "Qwen-AgentWorld: Language World Models for General Agents",
        "MEMPROBE: Probing Long-Term Agent Memory",
        "MemBench",
        "MemGPT",
    ]
    assert len(entries[0].notes) == 2 and entries[0].source.end_line == 8


def test_linked_headings_with_a_dash_description_over_a_sentence_with_a_link() -> None:
    """``#### [Alfred](url) - Launcher`` over ``- Described in [wiki](url).``: each heading
    is an entry, what follows the dash and the sentence its notes, the sentence's link its
    own; a heading over named resources (``- [Name](url) - …``) stays a category."""
    apps = "".join(
        f"#### [App{i}](https://app{i}.example) - Launcher number {i}\n\n"
        f"- Described in [wiki](https://wiki.example/app{i}).\n\n"
        for i in range(3)
    )
    text = (
        "# My Mac\n\n## Applications\n\n### Productivity\n\n"
        f"{apps}"
        "### [Safari extensions](https://apple.com/safari)\n\n"
        "- [uBlock](https://ublock.example) - blocks ads\n"
        "- [Vimari](https://vimari.example) - vim keys\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [e.title for e in entries] == ["App0", "App1", "App2", "uBlock", "Vimari"]
    assert [link.url for link in entries[0].links] == [
        "https://app0.example",
        "https://wiki.example/app0",
    ]
    assert entries[0].notes[0] == "Launcher number 0"


def test_html_items_of_a_bold_title_names_and_a_linked_badge() -> None:
    """``<li><i><b>Title</b></i>, Guo et al., <a href=…><img src=…/badge/arXiv-2025.01-red
    ></a></li>``: a paper, its first author, the badge's link its link and the badge its
    venue and date; a ``Notion``-style badge of a page names no venue when it is a link's
    kind (``PDF``)."""
    text = (
        "# Long CoT\n\n## Analysis\n\n<ul>\n"
        "<li><i><b>Deepseek-r1: Incentivizing reasoning capability in llms</b></i>, Guo et al., "
        '<a href="https://arxiv.org/abs/2501.12948" target="_blank"><img src="https://img.shields'
        '.io/badge/arXiv-2025.01-red" alt="arXiv Badge"></a></li>\n'
        "<li><i><b>Explainable AI in Large Language Models: A Review</b></i>, Sauhandikaa et al., "
        '<a href="http://ieeexplore.ieee.org/abstract/document/10895578"><img src="https://img'
        '.shields.io/badge/PDF-2024.03-blue" alt="PDF Badge"></a></li>\n'
        "</ul>\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.authors, e.venue, e.year, e.date) for e in entries] == [
        (
            "Deepseek-r1: Incentivizing reasoning capability in llms",
            ["Guo"],
            "arXiv",
            2025,
            "2025-01",
        ),
        (
            "Explainable AI in Large Language Models: A Review",
            ["Sauhandikaa"],
            None,
            2024,
            "2024-03",
        ),
    ]
    assert [link.url for link in entries[0].links] == ["https://arxiv.org/abs/2501.12948"]


def test_a_paragraph_of_bold_titled_papers_one_a_line() -> None:
    """``**Title** [2023].<br> Names <br>[[PDF](url)]<br>`` on consecutive lines: a paper a
    line, the names (BibTeX's "Surname, Given and …" too) its authors."""
    text = (
        "# Audio\n\n# Survey Papers\n\n"
        "**A review of deep learning techniques for speech processing** [2023].<br> Ambuj "
        "Mehrish, Rada Mihalcea <br>[[PDF](https://www.sciencedirect.com/x)]<br>\n"
        "**Vision-language models for vision tasks: A survey** [2023].<br>*Zhang, Jingyi and "
        "Huang, Jiaxing*<br>[[PDF](https://arxiv.org/abs/2304.00685)]<br>\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.year, e.authors, e.source.line) for e in entries] == [
        (
            "A review of deep learning techniques for speech processing",
            2023,
            ["Ambuj Mehrish", "Rada Mihalcea"],
            5,
        ),
        (
            "Vision-language models for vision tasks: A survey",
            2023,
            ["Zhang, Jingyi", "Huang, Jiaxing"],
            6,
        ),
    ]


def test_summaries_naming_works_without_their_details() -> None:
    """yuelinan/Awesome-Efficient-R1-style-LRMs (paper-list.md): each paper is a bare
    ``<summary> Title <a href="url" target="_blank">`` / ``[Paper]`` / ``</a></summary>``
    block, no ``<details>`` around it, one a block: each is an entry of the heading's
    section, not the name of a group for the next."""
    text = (
        "# All Papers\n\n### Early Exit\n\n"
        '  <summary> To Think or Not to Think: Exploring the Unthinking Vulnerability <a href="'
        'https://arxiv.org/pdf/2502.12202" target="_blank">\n    [Paper]\n</a></summary>\n\n\n'
        '<summary> Dynamic Early Exit in Reasoning Models <a href="https://arxiv.org/pdf/'
        '2504.15895" target="_blank">\n    [Paper]\n</a></summary>\n\n\n'
        "<summary>ConCISE: Confidence-guided Compression in Step-by-step Efficient Reasoning <a "
        'href="https://arxiv.org/pdf/2505.04881" target="_blank">\n    [Paper]\n</a></summary>\n\n'
        "### CoT Compression\n\n"
        "<details><summary>Older papers</summary>\n\n"
        "- [A Tool](https://a.example) - a tool.\n\n</details>\n"
    )
    doc = parse_text(text)
    read = [(e.source.line, e.title, [k.url for k in e.links], e.section[-1]) for e in doc.entries]
    assert read == [
        (5, "To Think or Not to Think: Exploring the Unthinking Vulnerability",
         ["https://arxiv.org/pdf/2502.12202"], "Early Exit"),
        (10, "Dynamic Early Exit in Reasoning Models", ["https://arxiv.org/pdf/2504.15895"],
         "Early Exit"),
        (15, "ConCISE: Confidence-guided Compression in Step-by-step Efficient Reasoning",
         ["https://arxiv.org/pdf/2505.04881"], "Early Exit"),
        (23, "A Tool", ["https://a.example"], "Older papers"),
    ]  # fmt: skip


def test_a_coloured_span_around_a_bold_group_name() -> None:
    """happy-jihye/Awesome-GAN-Papers: ``<span style='background-color: #E5EBF7;'> **GAN
    Basics** </span>`` over the papers: the span only colours the group's name."""
    text = (
        "# Generative Adversarial Networks\n\n\n"
        "<span style='background-color: #E5EBF7;'> **GAN Basics** </span>\n\n"
        "- `GAN`: Generative Adversarial Networks (NIPS 2014) : "
        "[arxiv](https://arxiv.org/abs/1406.2661), [review](https://happy-jihye.github.io/gan/gan-1/)\n\n"
        "<span style='background-color: #E5EBF7;'> **Conditional GAN** </span>\n\n"
        "- `CGAN`: Conditional Generative Adversarial Nets (2014) : "
        "[arxiv](https://arxiv.org/abs/1411.1784)\n"
    )
    entries = parse_text(text).entries
    assert [(e.title, e.section[-1]) for e in entries] == [
        ("GAN: Generative Adversarial Networks", "GAN Basics"),
        ("CGAN: Conditional Generative Adversarial Nets", "Conditional GAN"),
    ]


def test_a_details_block_per_plugin_its_summary_a_linked_name_and_description() -> None:
    """AnirudhG07/awesome-yazi: ``<details>`` / ``<summary>`` / ``<a href="url">name</a> -
    description`` / ``</summary>``, an install snippet, ``</details>``: one entry a block,
    from its ``<details>`` line, the links of its summary its own (not the snippet's)."""
    text = (
        "# Awesome Yazi\n\n## Plugins\n\n### Previewers\n\n"
        "<details>\n<summary>\n"
        '<a href="https://github.com/gesellkammer/audio-preview.yazi">audio-preview.yazi</a> - '
        'Preview soundfiles as a spectrogram using <a href="https://github.com/chirlu/sox">sox'
        "</a>.\n</summary>\n\n```bash\nya pkg add gesellkammer/audio-preview\n```\n\n</details>\n\n"
        "<details>\n<summary>\n"
        '<a href="https://gitee.com/DreamMaoMao/epub.yazi">epub.yazi</a> - Plugin for Yazi to '
        "preview epub file.\n</summary>\n\n```bash\nya pkg add DreamMaoMao/epub\n```\n\n"
        "</details>\n"
    )
    entries = parse_text(text).entries
    assert [(e.source.line, e.title, [k.url for k in e.links]) for e in entries] == [
        (
            7,
            "audio-preview.yazi",
            ["https://github.com/gesellkammer/audio-preview.yazi", "https://github.com/chirlu/sox"],
        ),
        (18, "epub.yazi", ["https://gitee.com/DreamMaoMao/epub.yazi"]),
    ]


def test_a_paper_paragraph_then_a_list_of_its_title_and_its_names() -> None:
    """LutingWang/awesome-knowledge-distillation-for-object-detection: ``Mimic. *CVPR 2017*.``
    / ``\\[[CVF](url)\\]`` / ``\\- A fully convolutional …`` as a paragraph, then ``- Mimicking
    Very Efficient Network for Object Detection`` / ``- Quanquan Li and Shengying Jin and
    Junjie Yan``: one entry, the list's items its full title and its authors (the short
    name an alias), not two more entries."""
    text = (
        "# KD\n\n## General\n\n"
        "Mimic. *CVPR 2017*.\n"
        "\\[[CVF](http://openaccess.thecvf.com/content_cvpr_2017/html/Li_Mimicking.html)\\]\n"
        "\\- A fully convolutional feature mimic framework to train very efficient detectors.\n\n"
        "- Mimicking Very Efficient Network for Object Detection\n"
        "- Quanquan Li and Shengying Jin and Junjie Yan\n\n"
        "FGFI. *CVPR 2019*.\n"
        "\\[[arXiv](http://arxiv.org/abs/1906.03609)\\]\n\n"
        "- Distilling Object Detectors With Fine-Grained Feature Imitation\n"
        "- Tao Wang and Li Yuan and Xiaopeng Zhang and Jiashi Feng\n"
    )
    entries = parse_text(text).entries
    assert [(e.title, e.aliases, e.authors[:2], e.venue, e.year) for e in entries] == [
        (
            "Mimicking Very Efficient Network for Object Detection",
            ["Mimic"],
            ["Quanquan Li", "Shengying Jin"],
            "CVPR",
            2017,
        ),
        (
            "Distilling Object Detectors With Fine-Grained Feature Imitation",
            ["FGFI"],
            ["Tao Wang", "Li Yuan"],
            "CVPR",
            2019,
        ),
    ]


def test_a_details_block_a_paper_its_summary_the_linked_title_and_citation() -> None:
    """instadeepai/awesome-marl: one ``<details> <summary> <a href=url> Title </a>by Names.
    Venue, Year. <a href="link"> </a> </summary> abstract <br> - </details>`` block a paper,
    each block alone between blank lines: an entry each, its title the link's, the abstract
    folded under it no note of the entry."""
    block = (
        '<details> <summary> <a href="{url}"> {title} </a>by {names}. {venue}. '
        '<a href="link">  </a> </summary> {abstract} <br> - </details>\n\n'
    )
    text = "### Auctions, Bidding and Negotiation\n\n" + "".join(
        block.format(url=u, title=t, names=n, venue=v, abstract=a)
        for u, t, n, v, a in [
            (
                "https://x.org/a.pdf",
                "Bargaining and Markets",
                "Martin J. Osborne, Ariel Rubinstein",
                "Academic Press, 1990",
                "The formal theory of bargaining originated with John Nash's work.",
            ),
            (
                "https://x.org/b.pdf",
                "A Market-Oriented Programming Environment",
                "M. P. Wellman",
                "JAIR, 1993",
                "Market price systems constitute a well-understood class of mechanisms.",
            ),
        ]
    )
    entries = parse_text(text).entries
    assert [(e.source.line, e.title, e.authors, e.venue, e.year) for e in entries] == [
        (
            3,
            "Bargaining and Markets",
            ["Martin J. Osborne", "Ariel Rubinstein"],
            "Academic Press",
            1990,
        ),
        (5, "A Market-Oriented Programming Environment", ["M. P. Wellman"], "JAIR", 1993),
    ]
    assert entries[0].links[0].url == "https://x.org/a.pdf"
    assert not any("Nash" in note for note in entries[0].notes)


def test_a_paragraph_of_method_name_dash_paper_title_and_its_pdf_link_lines() -> None:
    """sssth/awesome-DPO: no list markers, each line ``ADPO - Reinforcement Learning from
    Human Feedback with Active Queries [[pdf]](arxiv)`` ended by a hard break: a paper a
    line, its title the paper's, the method's short name an alias; a line of a tool and its
    description before its repository keeps the name as its title."""
    text = (
        "## explicit reward model(dataset)  \n"
        "ADPO - Reinforcement Learning from Human Feedback with Active Queries "
        "[[pdf]](https://arxiv.org/pdf/2402.09401)  \n"
        "RS-DPO - RS-DPO: A Hybrid Rejection Sampling and Direct Preference Optimization "
        "Method [[pdf]](https://arxiv.org/pdf/2402.10038)  \n"
        "ULMA - Unified Language Model Alignment with Human Demonstration "
        "[[pdf]](https://openreview.net/pdf?id=E5CMyG6jl0)\n\n"
        "- idyntree - Library for estimation of rigid body dynamics [[code]](https://github.com/r/i)\n"
    )
    entries = parse_text(text).entries
    assert [(e.source.line, e.title, e.aliases) for e in entries] == [
        (2, "Reinforcement Learning from Human Feedback with Active Queries", ["ADPO"]),
        (
            3,
            "RS-DPO: A Hybrid Rejection Sampling and Direct Preference Optimization Method",
            [],
        ),
        (4, "Unified Language Model Alignment with Human Demonstration", ["ULMA"]),
        (6, "idyntree", []),
    ]
    assert entries[3].notes == ["Library for estimation of rigid body dynamics"]


def test_a_paragraph_of_only_a_link_around_an_html_image_is_a_picture() -> None:
    """JoseDeFreitas/awesome-youtubers: ``[<img alt="Channel's avatar" src=…>](channel)``
    alone in a paragraph above ``[**Channel**](channel) \\`` / ``Content about: …``: the
    avatar is a picture, not an entry; an HTML badge inside a line's link stays a link."""
    text = (
        "## Programming in general\n\n"
        '[<img align="left" height="94px" alt="Channel\'s avatar" '
        'src="https://yt3.ggpht.com/a/x=s100"/>](https://www.youtube.com/c/programmingwithmosh)\n\n'
        "[**Programming with Mosh**](https://www.youtube.com/c/programmingwithmosh) \\\n"
        "Content about: Frontend, Backend\n\n"
        "- Attention Is All You Need "
        '[<img src="https://img.shields.io/badge/Paper-grey">](https://arxiv.org/abs/1706.03762)\n'
    )
    entries = parse_text(text).entries
    assert [(e.source.line, e.title) for e in entries] == [
        (5, "Programming with Mosh"),
        (8, "Attention Is All You Need"),
    ]
    assert entries[1].links[0].url == "https://arxiv.org/abs/1706.03762"


def test_a_bracketed_venue_and_a_bare_address_under_a_paper_are_its_details() -> None:
    """liudaizong/Awesome-3D-Visual-Grounding: ``* **Title** | [Github](url)`` over
    ``* Names`` / ``* Affiliations`` / ``* [ECCV2020] https://arxiv.org/abs/…`` /
    ``* keywords``: one entry, the venue and the paper's address its own; a bare address
    alone under an item stays the item's own resource when it is one."""
    text = (
        "## Fully-Supervised-Two-Stage\n"
        "* **ScanRefer: 3D Object Localization in RGB-D Scans using Natural Language** | "
        "[Github](https://github.com/daveredrum/ScanRefer)\n"
        "  * Dave Zhenyu Chen, Angel X. Chang, Matthias Nießner\n"
        "  * Technical University of Munich, Simon Fraser University\n"
        "  * [ECCV2020] https://arxiv.org/abs/1912.08830\n"
        "  * A dataset, two-stage approach, proposal-then-selection\n"
    )
    (entry,) = parse_text(text).entries
    assert (entry.venue, entry.year) == ("ECCV", 2020)
    assert [link.url for link in entry.links] == [
        "https://github.com/daveredrum/ScanRefer",
        "https://arxiv.org/abs/1912.08830",
    ]


def test_a_paragraph_of_bracketed_venue_and_title_pairs_without_links() -> None:
    """miglopst/PIM_NDP_papers: ``![#f03c15](marker)[ISSCC 1997][Intelligent RAM (IRAM):
    chips that remember and compute]<br/>`` a line, no links: a paper a line, the first
    brackets its venue and year, the second its title; ``Arch: add logic …<br/>`` under a
    paper its note; ``[DAC 2108]`` (a typo) still a paper, without a venue."""
    marker = "![#f03c15](https://placehold.it/15/f03c15/000000?text=+)"
    text = (
        "### DRAM based\n"
        f"{marker}[CICC 1992][Computational RAM: A Memory-SIMD Hybrid]<br/>\n"
        "Arch: add logic within DRAM to perform vector operations<br/>\n"
        f"{marker}[ICPP 1994][EXECUBE-A New Architecture for Scaleable MPPs]<br/>\n"
        f"{marker}[DAC 2108][Parallelizing SRAM arrays with customized bit-cell]\n\n"
        "See [the other half](NDP.md) of the list [for more] [and less].\n"
    )
    entries = parse_text(text).entries
    assert [(e.source.line, e.title, e.venue, e.year) for e in entries] == [
        (2, "Computational RAM: A Memory-SIMD Hybrid", "CICC", 1992),
        (4, "EXECUBE-A New Architecture for Scaleable MPPs", "ICPP", 1994),
        (5, "Parallelizing SRAM arrays with customized bit-cell", None, None),
    ]
    assert entries[0].notes == ["Arch: add logic within DRAM to perform vector operations"]
    assert entries[0].source.end_line == 3


def test_a_bold_paper_item_over_field_items_and_a_folded_abstract() -> None:
    """Chunngai/aes-papers: ``+ **Title**`` over ``+ Authors: A, B`` / ``+ Conference:
    COLING`` / ``+ Link: url`` / ``+ <details><summary>Abstract</summary> … </details>``: one
    entry (not four), the fields its authors, venue (a known one, its year unstated) and
    link."""
    text = (
        "## 2025\n"
        "+ **T-MES: Trait-Aware Mix-of-Experts Representation Learning for Essay Scoring**\n"
        "  + Authors: Jiong Wang, Jie Liu\n"
        "  + Conference: COLING\n"
        "  + Link: https://aclanthology.org/2025.coling-main.81/\n"
        "  + <details>\n"
        "      <summary>Abstract</summary>\n"
        "      In current research on automatic essay scoring, related work tends to focus.\n"
        "    </details>\n"
        "+ **Conundrums in Cross-Prompt Automated Essay Scoring**\n"
        "  + Authors: Shengjie Li, Vincent Ng\n"
        "  + Conference: ACL\n"
        "  + Link: https://aclanthology.org/2024.acl-long.414/\n"
    )
    entries = parse_text(text).entries
    assert [(e.source.line, e.authors, e.venue, [k.url for k in e.links]) for e in entries] == [
        (2, ["Jiong Wang", "Jie Liu"], "COLING", ["https://aclanthology.org/2025.coling-main.81/"]),
        (10, ["Shengjie Li", "Vincent Ng"], "ACL", ["https://aclanthology.org/2024.acl-long.414/"]),
    ]


def test_a_card_of_label_value_items_under_a_heading_is_no_list_of_entries() -> None:
    """juansgomez87/datasets_emotion: ``#### CAL500`` over ``* Author: Turnbull, D., …`` /
    ``* Description and music styles: …`` / ``* Annotation (categorical): …`` / ``* Link:
    http://…``: the fields of the data set the heading names, not four entries; a list of
    ``Name: description`` resources with their links stays a list of entries."""
    text = (
        "#### CAL500\n"
        "* Author: Turnbull, D., Barrington, L., Torres, D., Lanckriet G.\n"
        "* Description and music styles: Songs were picked from a personal collection.\n"
        "* Annotation (categorical): 18 emotions, rated on a scale from one to three.\n"
        "* Link: http://calab1.ucsd.edu/~datasets/cal500/\n\n"
        "#### Tools\n"
        "* Essentia: [audio analysis library](https://essentia.upf.edu)\n"
        "* Librosa: [music and audio analysis](https://librosa.org)\n"
        "* Madmom: [audio signal processing](https://github.com/CPJKU/madmom)\n"
    )
    document = parse_text(text)
    assert [e.source.line for e in document.entries] == [8, 9, 10]
    assert {b.kind for b in document.blocks if b.line in (2, 3, 4, 5)} == {"fields"}


def test_a_table_of_companies_under_the_contributing_request_is_the_list() -> None:
    """romnitt/remote-companies-europe opens with ``### Contributing`` (a paragraph asking
    for pull requests) and puts its whole table of companies under it: the rows are the
    list. A table under Contributing after the list's entries stays meta."""
    rows = "".join(
        f"| [**Company {n}**](https://company{n}.example/) | What it does {n} | |\n"
        for n in range(6)
    )
    text = (
        "# A Curated List of Remote-First Companies\n\nFinding a remote job is hard.\n\n"
        "### Contributing\nPlease open a pull request.\n\n"
        "| Company | What they do | Glassdoor |\n| --- | --- | --- |\n" + rows
    )
    doc = parse_text(text)
    assert [e.title for e in doc.entries] == [f"Company {n}" for n in range(6)]
    assert doc.entries[0].notes == ["What it does 0"]
    later = parse_text(
        "# List\n\n"
        + "".join(f"- [Tool {n}](https://tool{n}.example/) - a tool.\n" for n in range(6))
        + "\n## Contributing\n\n| Who | What |\n| --- | --- |\n"
        + "".join(f"| [Person {n}](https://github.com/p{n}) | fixes |\n" for n in range(6))
    )
    assert [e.title for e in later.entries] == [f"Tool {n}" for n in range(6)]


def test_a_part_the_contents_lead_to_ends_a_news_section_left_out_of_them() -> None:
    """DevoAllen/Awesome-Reasoning-Economy-Papers: ``## 📢 Updates`` (marked ``omit in
    toc``), its dated news, a contents list, then every part as an ``###`` heading the
    contents lead to. The parts are the list, not more news; a subsection of a news
    heading the contents name stays news."""
    text = (
        "# Reasoning Economy\n\n<!-- omit in toc -->\n## 📢 Updates\n"
        "- **2025.03**: We released a [repo](https://github.com/o/r) to record papers.\n\n"
        "---\n\n- [Reasoning Economy](#reasoning-economy)\n"
        "  - [▶️ 1   Foundation of Reasoning LLMs](#️-1-foundation-of-reasoning-llms)\n\n"
        "---\n\n### ▶️ 1&nbsp;&nbsp; Foundation of Reasoning LLMs\n\n"
        "- [From System 1 to System 2: A Survey](http://arxiv.org/abs/2502.17419)\n"
        "- [GPT-4 Technical Report](https://arxiv.org/abs/2303.08774)\n"
    )
    doc = parse_text(text)
    assert [e.title for e in doc.entries] == [
        "From System 1 to System 2: A Survey",
        "GPT-4 Technical Report",
    ]
    named = parse_text(text.replace("(#reasoning-economy)", "(#-updates)"))
    assert named.entries == []


def test_links_sorted_by_a_bracketed_kind_under_the_title_are_a_list() -> None:
    """VIPL-SLP/awesome-sign-language-processing opens, between its title and its first
    section, with ``- [Wiki] [Sign Language](url)`` and ``- [Resource] [owner/list](url)``
    items: links the curator sorted by kind, entries, not an introduction's sources (two
    untagged links there still are)."""
    papers = "".join(
        f"- [EMNLP 2023] Sign Language Paper {n}. [[paper]](https://aclanthology.org/{n}/)\n"
        for n in range(12)
    )
    tagged = "".join(
        f"- [{kind}] [Resource {n}](https://example.org/{n})\n"
        for n, kind in enumerate(["Wiki", "Wiki", "Wiki", "Resource", "Resource"])
    )
    doc = parse_text("# Awesome Sign Language Processing\n\n" + tagged + "\n## Contents\n" + papers)
    assert len(doc.entries) == 17
    intro = "- [Our survey](https://arxiv.org/abs/1)\n- [Our code](https://github.com/o/r)\n"
    plain = parse_text(
        "# Awesome Sign Language Processing\n\n" + intro + "\n## Contents\n" + papers
    )
    assert len(plain.entries) == 12


def test_a_news_heading_at_the_title_level_ends_at_the_lists_sections() -> None:
    """dreamtheater123/Awesome-SpeechLM-Survey writes ``# News`` at its title's level, then
    ``## Introduction``, ``## Existing SpeechLMs`` and its tables: the news ends there, the
    tables are the list (a dated ``## 2024`` under such news is still news)."""
    doc = parse_text(
        "# Awesome-SpeechLM-Survey\n\n# News\n"
        "- We have released [*VoxEval*](https://arxiv.org/abs/2501.04962) on arXiv!\n\n"
        "## 2025\n- We released [*Other*](https://arxiv.org/abs/2501.00001)!\n\n"
        "## Existing SpeechLMs\n| Model | Title | Url |\n|-------|-------|-----|\n"
        "| Kimi-Audio | Kimi-Audio Technical Report | [Link](https://arxiv.org/abs/2504.18425) |\n"
        "|  Qwen2.5-Omni | Qwen2.5-Omni Technical Report | [Link](https://arxiv.org/abs/2503.2) |\n"
    )
    assert [e.title for e in doc.entries] == [
        "Kimi-Audio Technical Report",
        "Qwen2.5-Omni Technical Report",
    ]


def test_a_reference_subsection_of_the_content_holds_entries() -> None:
    """quobit/awesome-python-in-education has ``## Reference and forums`` then ``###
    Reference`` over the language's documentation and tutorials: a subsection of the list's
    content, not the list's credits (which close a list of papers at its top level: ``##
    References``; after a list of tools, see the next test, it is content too)."""
    doc = parse_text(
        "# Awesome Python in Education\n\n## Papers\n\n"
        + "".join(
            f"* [A Study of Teaching {i}](https://arxiv.org/abs/2301.0000{i}) (SIGCSE 2023)\n"
            for i in range(6)
        )
        + "\n## Reference and forums\n\n### Reference\n\n"
        "* [Official Python documentation](https://docs.python.org/3/)\n"
        "* [Google's Python Class](https://developers.google.com/edu/python/)\n\n"
        "## References\n\n* [Where this list began](https://example.org/origin)\n"
    )
    titles = [e.title for e in doc.entries]
    assert "Official Python documentation" in titles
    assert "Google's Python Class" in titles
    assert "Where this list began" not in titles


def test_a_community_section_of_groups_of_linked_resources_holds_entries() -> None:
    """toplap/awesome-livecoding lists, under ``## Community``, a mailing list, then groups
    without a link (``- Web forums``, ``- Mastodon``) over the forums and instances, each
    with its link (some after a few words): the subject's community, entries; the list's own
    channel spoken of as "we" stays about the list."""
    doc = parse_text(
        "# Awesome Live Coding\n\n## Languages\n\n"
        + "".join(f"- [Lang {i}](https://example.org/l{i}) - a language\n" for i in range(6))
        + "\n## Community\n\n"
        "- Directory of local TOPLAP nodes / live coding collectives: https://toplap.org/nodes/\n"
        "- [livecode mailing list](https://we.lurk.org/livecode/) - Old school email list\n"
        "- Web forums\n"
        "  - [TOPLAP Forum](https://forum.toplap.org) - A web-based 'discourse' forum\n"
        "  - [Tidal club](https://club.tidalcycles.org) - A discourse forum for TidalCycles\n"
        "- Mastodon\n"
        "  - Official TOPLAP mastodon instance: [TOPLAP Social](https://social.toplap.org/)\n"
        "- [/r/livecoding](https://www.reddit.com/r/livecoding/) - The Live Coding subreddit.\n"
        "- [pastagang](https://pastagang.cc/) - A creative live coding group\n"
    )
    titles = [e.title for e in doc.entries]
    for name in ("livecode mailing list", "TOPLAP Forum", "Tidal club", "TOPLAP Social"):
        assert any(name in title for title in titles), name
    ours = parse_text(
        "# Awesome X\n\n## Tools\n\n"
        + "".join(f"- [Tool {i}](https://example.org/t{i})\n" for i in range(6))
        + "\n## Community\n\n- Chat\n  - We have a Discord server! [Join](https://discord.gg/x)\n"
    )
    assert len(ours.entries) == 6


def test_an_italic_venue_over_a_link_to_its_site_names_the_papers_group() -> None:
    """HinsZei/Pedestrian-Trajectory-Prediction-Papers groups its papers under lines such
    as ``*ICRA(International Conference on Robotics and Automation ) 2022*: [[Conference]]
    (url)``: a label (too long for a plain one), not 16 more entries."""
    text = (
        "# Papers\n\n## Trajectory Prediction\n\n"
        "*ICRA(International Conference on Robotics and Automation ) 2022*: "
        "[[Conference]](https://ieeexplore.ieee.org/xpl/conhome/9811522/proceeding)\n\n"
        "- Meta-path Analysis on Spatio-Temporal Graphs [[Paper]](https://ieeexplore.ieee.org/document/9811632)\n\n"
        "- Grouptron: Dynamic Multi-Scale Graph Networks [[Paper]](https://ieeexplore.ieee.org/document/9811585)\n\n"
        "*IEEE Transactions on Intelligent Transportation Systems(2020-now):*  "
        "[[Journal]](https://ieeexplore.ieee.org/xpl/RecentIssue.jsp?punumber=6979)\n\n"
        "- Holistic LSTM for Pedestrian Trajectory Prediction [[Paper]](https://ieeexplore.ieee.org/document/9361440)\n"
    )
    doc = parse_text(text, "x.md")
    assert [(e.title, e.section[-1]) for e in doc.entries] == [
        (
            "Meta-path Analysis on Spatio-Temporal Graphs",
            "ICRA(International Conference on Robotics and Automation ) 2022",
        ),
        (
            "Grouptron: Dynamic Multi-Scale Graph Networks",
            "ICRA(International Conference on Robotics and Automation ) 2022",
        ),
        (
            "Holistic LSTM for Pedestrian Trajectory Prediction",
            "IEEE Transactions on Intelligent Transportation Systems(2020-now)",
        ),
    ]


def test_a_nested_repository_tagged_with_its_framework_is_the_papers_code() -> None:
    """guan-yuan/awesome-AutoML-and-Lightweight-Models writes a paper's implementations as
    nested items ``+ [quark0/darts](https://github.com/quark0/darts) | [Pytorch]``: links of
    the paper above (46 of its 145 entries were these), while a resource nested without a
    tag, or one outside a code host, stays an entry of its own."""
    text = (
        "# NAS\n\n"
        "- [DARTS: Differentiable Architecture Search](https://arxiv.org/abs/1806.09055)"
        " | [2018/06]\n"
        "  + [quark0/darts](https://github.com/quark0/darts) | [Pytorch]\n"
        "  + [khanrc/pt.darts](https://github.com/khanrc/pt.darts) | [Tensorflow]\n\n"
        "- [Tuning Hyperparameters with Dragonfly](https://arxiv.org/abs/1903.06694)"
        " | [2019/03]\n"
        "  + [Dragonfly docs](https://dragonfly.example.org/docs) | [Pytorch]\n"
    )
    doc = parse_text(text, "x.md")
    assert [(e.title, [link.url for link in e.links]) for e in doc.entries] == [
        (
            "DARTS: Differentiable Architecture Search",
            [
                "https://arxiv.org/abs/1806.09055",
                "https://github.com/quark0/darts",
                "https://github.com/khanrc/pt.darts",
            ],
        ),
        ("Tuning Hyperparameters with Dragonfly", ["https://arxiv.org/abs/1903.06694"]),
        ("Dragonfly docs", ["https://dragonfly.example.org/docs"]),
    ]


def test_a_repository_name_then_a_colon_and_a_chinese_description_in_one_link() -> None:
    """aben1188/awesome-wepy: ``[wepy-wechat-demo：基于wepy开发的仿微信聊天界面小程序](url)``: the
    repository's name is the title, the rest its description; a title of words and a
    colon stays whole (``BERT: Pre-training …``, ``Go知识点：Go Module包管理器``), and so does
    an article's (our own lists/ link ``[Funnel-Transformer：让…](weixin)``)."""
    doc = parse_text(
        "# W\n\n"
        "- [wepy-wechat-demo：基于wepy开发的仿微信聊天界面小程序](https://github.com/a/b)\n"
        "- [huofanr-wx: wepy + wxParse + sass 搭建的微信小程序](https://github.com/c/d)\n"
        "- [BERT: Pre-training of Deep Bidirectional Transformers](https://arxiv.org/abs/1810.04805)\n"
        "- [Go知识点：Go Module包管理器](https://x.org/go)\n"
        "- [Funnel-Transformer：让Transformer更高效地处理长序列](https://mp.weixin.qq.com/s?x=1)\n"
    )
    assert [e.title for e in doc.entries] == [
        "wepy-wechat-demo",
        "huofanr-wx",
        "BERT: Pre-training of Deep Bidirectional Transformers",
        "Go知识点：Go Module包管理器",
        "Funnel-Transformer：让Transformer更高效地处理长序列",  # (an article: its title whole)
    ]
    assert doc.entries[0].notes == ["基于wepy开发的仿微信聊天界面小程序"]


def test_bold_groups_of_one_law_beside_groups_of_two_are_groups() -> None:
    """uxkm/a11y (a11yBookmark/bookmark.md) groups laws by country: ``- **USA**`` over one
    ``* [Section 508(제 508조)](url)`` beside ``- **UK**`` over two laws. Like its siblings
    the bold item names a group, even over one law; a bold method name over its one paper
    among siblings that each hold one (``- **diff2vec**``) stays one entry."""
    text = (
        "## 국제 법률\n"
        "- **USA**   \n"
        '  * [Section 508(제 508조)](http://www.section508.gov/){: target="_blank"}    \n'
        "- **UK**   \n"
        "  * [Equality Act 2010](http://www.legislation.gov.uk/ukpga/2010/15/contents)\n"
        "  * [Public sector equality duty](http://www.equalityhumanrights.com/duty/)\n"
        "- **Germany**   \n"
        "  * [Barrierefreie Informationstechnik-Verordnung - BITV]"
        "(http://www.einfach-fuer-alle.de/artikel/bitv/)\n"
        "- **European Union**   \n"
        "  * [European Accessibility Act (Detailed proposal)](https://eur-lex.europa.eu/x)\n"
        "  * [European Accessibility Act (Informational page)](https://ec.europa.eu/y)\n"
        "\n## Methods\n\n"
        "- **diff2vec**\n"
        "  - [Fast Sequence Based Embedding with Diffusion Graphs]"
        "(http://homepages.inf.ed.ac.uk/sequence.pdf), CompleNet 2018\n"
        "- **HeGAN**\n"
        "  - [Adversarial Learning on Heterogeneous Information Networks]"
        "(https://fangyuan1st.github.io/paper/KDD19_HeGAN.pdf), KDD 2019\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.section[-1]) for e in entries] == [
        ("Section 508(제 508조)", "USA"),
        ("Equality Act 2010", "UK"),
        ("Public sector equality duty", "UK"),
        ("Barrierefreie Informationstechnik-Verordnung - BITV", "Germany"),
        ("European Accessibility Act (Detailed proposal)", "European Union"),
        ("European Accessibility Act (Informational page)", "European Union"),
        ("diff2vec", "Methods"),
        ("HeGAN", "Methods"),
    ]


def test_a_references_section_of_a_tool_list_holds_entries() -> None:
    """rnelson0/awesome-puppet ends with ``## References``, "Active code references":
    ``- [puppetlabs/httpd](url) - Beaker tests in Travis.``. After a list of tools the
    section is a category of reference material, its items entries; after a list of
    papers, ``## References`` credits the list's sources (not entries)."""
    tools = "".join(
        f"- [Tool {n}](https://github.com/o/tool-{n}) - Does thing {n}.\n" for n in range(6)
    )
    papers = "".join(
        f"- [A Study of Method {n}](https://arxiv.org/abs/2401.0000{n}) (NeurIPS 2023)\n"
        for n in range(6)
    )
    references = (
        "\n## References\n\n> Active code references\n\n"
        "- [puppetlabs/httpd](https://github.com/puppetlabs/puppetlabs-apache/blob/master/"
        ".travis.yml) - Beaker tests in Travis.\n"
        "- [Resource API](https://github.com/puppetlabs/puppet-resource_api) - Examples.\n"
    )
    tool_list = parse_text("# Tools\n\n## Testing\n\n" + tools + references, "x.md")
    assert [e.title for e in tool_list.entries][-2:] == ["puppetlabs/httpd", "Resource API"]
    assert tool_list.entries[-1].section[-1] == "References"
    paper_list = parse_text("# Papers\n\n## Methods\n\n" + papers + references, "x.md")
    assert len(paper_list.entries) == 6


def test_a_linked_picture_alone_under_a_heading_is_the_entry_the_heading_names() -> None:
    """awesome-macos-screensavers writes each screensaver as ``### fliqlo``, a quoted
    description, then ``[![](screenshots/fliqlo.png)](http://fliqlo.com/)`` (a price line may
    follow): one entry, the heading its title. An avatar over the paragraph that names the
    channel, a picture linking nothing, and a linked heading over its screenshots stay as
    they were."""
    text = (
        "## Clocks\n\n### fliqlo\n\n> A flip clock screensaver.\n\n"
        "[![](screenshots/fliqlo.png)](http://fliqlo.com/)\n\n"
        "### Brooklyn\n\n> Inspired by Apple's Event.\n\n"
        "[![](screenshots/brooklyn.png)](https://github.com/pedrommcarrasco/Brooklyn#readme)\n\n"
        "Free\n\n"
        "## Channels\n\n### Frontend\n\n"
        '[<img alt="Avatar" src="https://yt3.example/a.jpg"/>](https://www.youtube.com/@BrazilJS)'
        "\n\n[**BrazilJS**](https://www.youtube.com/@BrazilJS) \\\nConteúdo sobre: JavaScript\n\n"
        "### Follow\n\n![follow](https://github.com/user-attachments/assets/9a1c4de0)\n\n"
        "### [rxyhn](https://github.com/rxyhn/yoru)\n\n"
        "[![rxyhn](https://a.example/yoru.png)](https://github.com/rxyhn/yoru)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, [link.url for link in e.links], e.section) for e in entries[:3]] == [
        ("fliqlo", ["http://fliqlo.com/"], ["Clocks"]),
        ("Brooklyn", ["https://github.com/pedrommcarrasco/Brooklyn#readme"], ["Clocks"]),
        ("BrazilJS", ["https://www.youtube.com/@BrazilJS"], ["Channels", "Frontend"]),
    ]
    assert not {"Frontend", "Follow"} & {e.title for e in entries}
    assert sum("https://github.com/rxyhn/yoru" in [lk.url for lk in e.links] for e in entries) <= 1


def test_a_change_log_folded_in_details_is_the_lists_news() -> None:
    """Cool-GenAI-Fashion-Papers folds its change log in ``<details><summary>Change
    Log</summary>``: its items (``- 2026-8, Fashion-related papers in ECCV … are updated.``)
    are the list's news, not entries, up to ``</details>``; a folded group of resources
    (``<summary>DeepSeek</summary>``) keeps its entries."""
    text = (
        "# Papers\n\n<details>\n  <summary>Change Log</summary>\n\n"
        "  - 2026-8, Fashion-related papers in ECCV 2026 are [updated](https://a.example/u).\n"
        "  - 2026-7, Fashion-related papers in SIGGRAPH 2026 are updated.\n"
        "</details>\n\n"
        "<details>\n  <summary>DeepSeek</summary>\n\n"
        "  - [DeepSeek-V3](https://github.com/deepseek-ai/DeepSeek-V3)\n"
        "</details>\n\n"
        "- [Re-CatVTON: Rethinking Garment Conditioning](https://github.com/Levinna/Re-CatVTON)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [e.title for e in entries] == [
        "DeepSeek-V3",
        "Re-CatVTON: Rethinking Garment Conditioning",
    ]


def test_a_feedback_heading_is_a_topic_under_the_content_and_meta_at_the_top() -> None:
    """Tebmer/Awesome-Knowledge-Distillation-of-LLMs (held-out h420) has ``#### Feedback``
    under ``### Knowledge Elicitation``: distillation from an AI's feedback, a table of 22
    papers, read as a section about the list (zhuyiche/awesome-anomaly-detection's
    ``#### FeedBack`` too). At the list's top level ``## Feedback`` still asks for the
    reader's."""
    doc = parse_text(
        """\
# Knowledge Distillation of LLMs

## Knowledge Elicitation

#### Feedback

| Title | Venue | Date |
|:------|:-----:|:----:|
| [**Motif: Intrinsic Motivation from Feedback**](https://arxiv.org/abs/2310.00166) | ICLR | 2023 |
| [**Rlaif: Scaling RLHF with AI Feedback**](https://arxiv.org/abs/2309.00267) | arXiv | 2023 |

## Feedback

- [Open an issue](https://github.com/o/list/issues/new) - tell us what is missing.
- [Email the maintainers](mailto:list@example.org) - or write to us.
"""
    )
    path = ["Knowledge Distillation of LLMs", "Knowledge Elicitation"]
    assert [(e.title, e.section) for e in doc.entries] == [
        ("Motif: Intrinsic Motivation from Feedback", [*path, "Feedback"]),
        ("Rlaif: Scaling RLHF with AI Feedback", [*path, "Feedback"]),
    ]
    assert {b.kind for b in doc.blocks if b.line >= 14} == {"meta"}


def test_a_details_block_naming_its_work_in_the_summary_and_closed_in_one_block() -> None:
    """event-extraction-papers (h452) writes each paper as one HTML block: ``<details>`` /
    ``<summary>1. <a href="…">Title</a> by<i> Ellen Riloff</i></summary><blockquote>…
    abstract …</blockquote></details>``: the summary names the work, one entry spanning the
    block from its ``<details>`` line (0 of 55 were read: a block closed where it opens was
    never a write-up)."""
    doc = parse_text(
        """\
## Pattern matching

### 1993

<details>
<summary>1. <a href="https://aaai.org/p/93-121.pdf">A Dictionary for IE</a> by<i> E. Riloff
</i></summary><blockquote><p align="justify">
Knowledge-based natural language processing systems have achieved good success.
</p></blockquote></details>

### 1995

<details>
<summary>2. <a href="https://acl.org/M95-1001.pdf">Semantic Patterns</a> by<i> J. Kim
</i></summary><blockquote><p align="justify">
A system is described.
</p></blockquote></details>
"""
    )
    assert [(e.title, [link.url for link in e.links], e.source.line) for e in doc.entries] == [
        (
            "A Dictionary for IE",
            ["https://aaai.org/p/93-121.pdf"],
            5,
        ),
        (
            "Semantic Patterns",
            ["https://acl.org/M95-1001.pdf"],
            13,
        ),
    ]


def test_a_named_item_over_fields_each_opening_with_an_emoji_is_one_entry() -> None:
    # h535 ai-relib-battery-datasets: a bold dataset name over its fields, each after an
    # emoji (``📅 *Year*: 2008``), its links as fields without a label or under one
    text = (
        "# 🧪 Laboratory Battery Test Datasets\n\n"
        "- **NASA Battery Data Set**\n"
        "  - 📍 *Chemistry*: Lithium-ion\n"
        "  - 🧪 *Test Type*: Lab (Controlled temperature cycling and impedance monitoring)\n"
        "  - 📄 *Summary*: Dataset includes Li-ion battery cycling data across temperatures.\n"
        "  - 📅 *Year*: 2008\n"
        "  - 🔗 [Download Dataset](https://phmdatasets.s3.amazonaws.com/NASA/5.+Battery+Data+Set.zip)\n"
        "  - 📚 *Related Article*:  \n"
        "    - [Bayesian physics-informed neural network for battery prognosis (Scientific "
        "Reports, 2023)](https://doi.org/10.1038/s41598-023-33018-0)\n"
        "---\n"
        "- **Stanford Severson Battery Cycle Life Dataset (LFP Fast Charging)**\n"
        "  - 📍 *Chemistry*: LFP/Graphite (APR18650M1A, A123 Systems)\n"
        "  - 📅 *Year*: 2019\n"
        "  - 🔗 [Download Dataset](https://data.matr.io/1/projects/5c48dd2bc625d700019f3204)\n"
        "  - 💾 [Code Repository](https://github.com/rdbraatz/data-driven-prediction-of-battery-"
        "cycle-life-before-capacity-degradation)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.year, len(e.links)) for e in entries] == [
        ("NASA Battery Data Set", 2008, 2),
        ("Stanford Severson Battery Cycle Life Dataset (LFP Fast Charging)", 2019, 2),
    ]
    assert [link.url for link in entries[0].links] == [
        "https://phmdatasets.s3.amazonaws.com/NASA/5.+Battery+Data+Set.zip",
        "https://doi.org/10.1038/s41598-023-33018-0",
    ]
    assert "📍 Chemistry: Lithium-ion" in entries[0].notes


def test_numbered_item_alone_over_a_list_of_works_names_their_group() -> None:
    # h537 handwritten-math-recognition, h443 llm-security-alignment: ``1. Survey paper``
    # over the papers, ``2. Jailbreaking`` over the next: headings written as numbers
    text = (
        "# Math\n\n"
        "1. Survey paper\n\n"
        "- Hu, L., Zanibbi, R.: Segmenting handwritten math symbols using adaboost and "
        "multi-scale shape context features. In: Proceedings of the 12th ICDAR, "
        "pp. 1180–1184. Washington (2013)\n"
        "- Lehmberg, S., Lang, M.: A soft-decision approach for symbol segmentation. In: "
        "Proceeding of international conference on acoustics, vol. 6, pp. 3434–3437. At\n"
        "- MacLean, S., Labahn, G.: Elastic matching in linear time and constant space. In: "
        "Proceedings of the 9th IAPR Workshop on Document Analysis Systems. (2010)\n\n"
        "2. Jailbreaking / Adversarial Prompts\n"
        "- 🧪 [Jailbroken: How Does LLM Safety Training Fail?](https://arxiv.org/abs/2307.02483)"
        " — analysis\n"
        "- 🧪 [Many-shot Jailbreaking](https://example.org/many-shot) — long contexts\n"
    )
    doc = parse_text(text, "x.md")
    assert [(e.source.line, e.section) for e in doc.entries] == [
        (5, ["Math", "Survey paper"]),
        (6, ["Math", "Survey paper"]),
        (7, ["Math", "Survey paper"]),
        (10, ["Math", "Jailbreaking / Adversarial Prompts"]),
        (11, ["Math", "Jailbreaking / Adversarial Prompts"]),
    ]


def test_numbered_paper_keeps_its_link_bullets_and_its_description() -> None:
    # h482 risk-control-papers-zh: ``6. Title`` over ``- [Paper](url)`` / ``- [Code](url)``:
    # the paper's links, not a group of two entries; h522 fake-face-detection: a titled
    # link over a sentence describes the numbered data set, it names no group
    text = (
        "# Fraud\n\n## WWW\n\n"
        "6. CatchCore: Catching Hierarchical Dense Subtensor\n"
        "- [Paper](https://example.org/catchcore.pdf)\n"
        "- [Code](https://github.com/wenchieh/catchcore)\n\n"
        "12. FFIW10KDataset\n"
        "  - [CVPR 2021] [Face Forensics in the Wild](https://arxiv.org/abs/2103.16076)\n"
        "  - To take face forgery detection to a new level, we construct a novel large-scale "
        "dataset, called FFIW10K, which comprises 10,000 high-quality forgery videos.\n"
    )
    entries = parse_text(text, "x.md").entries
    assert (entries[0].title, [link.url for link in entries[0].links]) == (
        "CatchCore: Catching Hierarchical Dense Subtensor",
        ["https://example.org/catchcore.pdf", "https://github.com/wenchieh/catchcore"],
    )
    assert all(e.section == ["Fraud", "WWW"] for e in entries)
    assert "FFIW10KDataset" in [e.title for e in entries]


def test_bold_title_over_paper_code_and_data_links_is_one_entry() -> None:
    # h557 ai-drug-repurposing: ``- [Data](url)``, ``- [Papers](url)`` name their links
    # as ``- [Code](url)`` does; a long link text ending in "Dataset" is a title (h513)
    text = (
        "# Drug repurposing\n\n## Graph Neural Networks\n\n"
        "* **Few shot learning for phenotype-driven diagnosis of patients with rare genetic "
        "diseases**\n"
        "  * Authors: Emily Alsentzer, Michelle M Li, Marinka Zitnik\n"
        "  * [Paper](https://pubmed.ncbi.nlm.nih.gov/40542121/)\n"
        "  * [Code](https://github.com/mims-harvard/SHEPHERD)\n"
        "  * [Data](https://zitniklab.hms.harvard.edu/projects/SHEPHERD/)\n"
        "  * Organizations: Harvard Medical School\n\n"
        "## Multilingual\n\n"
        "- [2023] [M^3IT: Multimodal, Multilingual Instruction Tuning Dataset]"
        "(https://dx.doi.org/10.48550/arXiv.2306.04387): Introduces M^3IT.\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, len(e.links)) for e in entries] == [
        (
            "Few shot learning for phenotype-driven diagnosis of patients with rare genetic "
            "diseases",
            3,
        ),
        ("M^3IT: Multimodal, Multilingual Instruction Tuning Dataset", 1),
    ]


def test_star_badge_line_over_the_resource_link_is_no_title() -> None:
    # h169 zig-cbj: ``- ![Star](…/github/stars/o/r)`` then ``[name](url)`` on the item's
    # second line: the badge counts stars; the link names the entry (an empty title was read)
    text = (
        "# Zig\n\n## Editor Plugins\n\n"
        "- ![Star](https://img.shields.io/github/stars/ziglang/vscode-zig?color=orange)\n"
        "  [vscode-zig](https://github.com/ziglang/vscode-zig) Zig language support\n"
        "- ![Star](https://img.shields.io/github/stars/falsepattern/zigbrains?color=orange)\n"
        "  [zigbrains](https://github.com/falsepattern/zigbrains) The plugin for IntelliJ\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [e.title for e in entries] == ["vscode-zig", "zigbrains"]
    assert [e.links[0].url for e in entries] == [
        "https://github.com/ziglang/vscode-zig",
        "https://github.com/falsepattern/zigbrains",
    ]


def test_yaml_front_matter_is_no_heading_over_the_list() -> None:
    # h475 gwml-survey, h555, h559 (Jekyll and Netlify pages): the page's YAML metadata
    # between ``---`` lines; CommonMark alone reads its closing ``---`` as a setext
    # underline, so every entry was filed under a heading made of the keys
    text = (
        "---\n"
        "Title:   Gravitational Wave Data Analysis with Machine Learning\n"
        "Authors: He Wang\n"
        "some_url: https://github.com/iphysresearch/Survey4GWML\n"
        "---\n\n"
        "- [MLA Web](https://wiki.ligo.org/MLA/WebHome) (private access)\n"
        "- [G2Net Gravitational Wave Detection](https://www.kaggle.com/c/g2net/) (Kaggle)\n\n"
        "## Papers\n\n"
        "- [Deep Learning for Real-time Gravitational Wave Detection](https://arxiv.org/abs/"
        "1701.00008) - George and Huerta.\n"
    )
    doc = parse_text(text, "x.md")
    assert [h.title for h in doc.headings] == ["Papers"]
    assert [(e.title, e.section) for e in doc.entries] == [
        ("MLA Web", []),
        ("G2Net Gravitational Wave Detection", []),
        ("Deep Learning for Real-time Gravitational Wave Detection", ["Papers"]),
    ]


def test_a_rule_line_further_down_is_no_front_matter() -> None:
    # only the file's first lines can be its metadata: a ``---`` rule under a paragraph
    # later on is still a setext heading, as GitHub shows it
    doc = parse_text("# List\n\nTools\n---\n\n- [Foo](https://foo.example) - A foo.\n", "x.md")
    assert [h.title for h in doc.headings] == ["List", "Tools"]
    assert doc.entries[0].section == ["List", "Tools"]


def test_names_over_their_profile_links_are_one_entry_each() -> None:
    # awesome-manim (h586): ``- BitDahi`` over ``- [YouTube](url)``, ``- [Instagram](url)``:
    # each creator is one entry with its profiles' links (the sub-items were read as entries
    # titled "YouTube" under a group "BitDahi"); a lone name over two site links still names
    # a group (``- Community`` over ``- [Discord](url)``)
    creators = (
        "## Creators\n\n"
        "- BitDahi\n  - [YouTube](https://www.youtube.com/@bitdahi)\n"
        "  - [Instagram](https://www.instagram.com/bitdahi)\n"
        "- Bits and Bytes\n  - [YouTube](https://www.youtube.com/@learnbitsandbytes)\n"
        "- blob\n  - [YouTube](https://www.youtube.com/@BlobOfConvergence)\n"
        "- Chilao (痴佬)\n  - [Bilibili](https://space.bilibili.com/289813724)\n"
        "  - [Github](https://github.com/chilaochen/manim_projects)\n"
    )
    doc = parse_text(creators, "x.md")
    assert [(e.title, len(e.links)) for e in doc.entries] == [
        ("BitDahi", 2),
        ("Bits and Bytes", 1),
        ("blob", 1),
        ("Chilao (痴佬)", 2),
    ]
    lone = parse_text(
        "## Links\n\n- Community\n  - [Discord](https://discord.gg/x)\n"
        "  - [Twitter](https://twitter.com/x)\n",
        "x.md",
    )
    assert [e.title for e in lone.entries] == ["Discord", "Twitter"]


def test_a_checklist_of_store_links_under_a_heading_is_what_the_heading_names() -> None:
    # Psyhackological/AAA (h594): ``### Aegis :heart:``, its icon, then ``- [x] [Google
    # Play](url)`` / ``- [x] [F-Droid](url)`` / ``- [ ] Official page``: one app, ticked where
    # it is found (each store link was read as an entry titled "Google Play"); the same links
    # without the boxes under ``### Official Resources`` stay resources of their own
    app = (
        "## 2FA\n\n### Aegis :heart:\n\n"
        '<img alt="AegisIcon" height="64" src="https://example.org/aegis.png">\n\n'
        "- [x] [Google Play](http://play.google.com/store/apps/details?id=com.aegis)\n"
        "- [x] [F-Droid](https://f-droid.org/app/com.beemdevelopment.aegis)\n"
        "- [x] [GitHub](https://github.com/beemdevelopment/Aegis)\n"
        "- [ ] Official page\n\n"
        "### Stratum Auth\n\n"
        "- [ ] Google Play\n"
        "- [x] [F-Droid](https://stratumauth.com/fdroid/repo/)\n"
        "- [x] [GitHub](https://github.com/stratumauth/app)\n"
    )
    doc = parse_text(app, "x.md")
    assert [(e.title, len(e.links), e.section) for e in doc.entries] == [
        ("Aegis", 3, ["2FA"]),
        ("Stratum Auth", 2, ["2FA"]),
    ]
    official = parse_text(
        "## Angular\n\n### Official Resources\n\n- [Site](https://angular.dev)\n"
        "- [Blog](https://blog.angular.dev/)\n- [GitHub Repo](https://github.com/angular/angular)\n",
        "x.md",
    )
    assert [e.title for e in official.entries] == ["Site", "Blog", "GitHub Repo"]


def test_group_marks_hold_their_items_so_no_freed_id_is_mistaken_for_one() -> None:
    # h482 awesome-fcc read "Gretel / YData - Tools to …" as "Gretel / YData" in one run of
    # every list and not in the next: the items found to be a name over its profiles were
    # kept by id alone, and an item read from HTML and freed handed its id on. The same
    # text, parsed over and over in one process, must read the same each time.
    fcc = (
        "## Creators\n\n"
        + "".join(
            f"- Person {i}\n  - [YouTube](https://y.example/{i})\n  - [GitHub](https://g.example/{i})\n"
            for i in range(4)
        )
        + "\n## Synthetic Data & Simulators\n\n"
        "- Gretel / YData - Tools to generate privacy-preserving FCC datasets.\n\n"
        '\t- <a href="https://github.com/gretelai/gretel-synthetics">Gretel GitHub</a>\n\t\n'
        '\t- <a href="https://github.com/ydataai">YData GitHub</a>\n'
    )
    titles = {
        e.title for _ in range(50) for e in parse_text(fcc, "x.md").entries if "Gretel" in e.title
    }
    assert titles == {"Gretel / YData - Tools to generate privacy-preserving FCC datasets."}


def test_described_links_into_anchors_of_other_pages_are_entries() -> None:
    # h597 embedded-libs-cn: each library described here, its notes under an anchor of the
    # section's own page
    doc = parse_text(
        "# Awesome Embedded\n\n"
        "## [引脚与控制库](./io-control-lib/README.md#引脚与控制库)\n\n"
        "### [按键](./io-control-lib/README.md#按键)\n\n"
        "- [key_module](./io-control-lib/README.md#key_module)：简单易用的按键检测模块。\n"
        "- [FlexibleButton](./io-control-lib/README.md#flexiblebutton)：超轻量的按键库。\n"
        "- [MultiButton](./io-control-lib/README.md#multibutton)：标准的按键库，单独管理。\n\n"
        "## Contents of the guide\n\n"
        "- [Install](docs/guide.md#install)\n"
        "- [Usage](docs/guide.md#usage)\n"
    )
    assert [(e.title, e.links[0].url) for e in doc.entries] == [
        ("key_module", "./io-control-lib/README.md#key_module"),
        ("FlexibleButton", "./io-control-lib/README.md#flexiblebutton"),
        ("MultiButton", "./io-control-lib/README.md#multibutton"),
    ]


def test_dated_articles_under_a_community_heading_are_entries() -> None:
    # h608 shaarli-community: "- 2015-06-22 - Hacker News - [Shaarli: … del.icio.us …](url)"
    # (the domain's last part is no "us" speaking for the list)
    doc = parse_text(
        "# Shaarli\n\n## Community\n\n"
        "- [Liens en vrac de sebsauvage](https://sebsauvage.net/links/) - the original Shaarli\n"
        "- [A list of some known Shaarlis](https://github.com/Oros42/shaarlis_list)\n\n"
        "### Articles and social media discussions\n"
        "- 2020-04-05 - Hacker News - [Self-hosted instance of Shaarli - it is simple, fast and "
        "reliable](https://news.ycombinator.com/item?id=22780219)\n"
        "- 2015-06-22 - Hacker News - [Shaarli: Self-hosted del.icio.us alternative "
        "(sebsauvage.net)](https://news.ycombinator.com/item?id=9755366)\n"
        "- 2014-10-15 - OpenSource.com - [Five open source alternatives to popular web apps]"
        "(https://opensource.com/life/14/10/five)\n"
    )
    assert [e.source.line for e in doc.entries] == [5, 6, 9, 10, 11]


def test_papers_citing_their_venues_under_a_how_to_heading_are_entries() -> None:
    # h607 medical-vl-learning: "### How to Use" is a category of papers here, not a guide
    doc = parse_text(
        "# Medical VLP\n\n## Vision Language Pretraining\n\n### How to Use\n\n**2023**\n\n"
        "- Medical Image Understanding with Pretrained Vision Language Models: A Comprehensive "
        "Study. ICLR 2023. [[paper](https://arxiv.org/pdf/2209.15517.pdf)]\n\n**2021**\n\n"
        "- [PubMedCLIP] Does CLIP Benefit Visual Question Answering in the Medical Domain. "
        "arxiv 2021. [[paper](https://arxiv.org/pdf/2112.13906.pdf)]\n\n"
        "- Beyond Medical Imaging: A Review of Multimodal Deep Learning in Radiology. techrxiv "
        "2022. [[paper](https://www.researchgate.net/x)]\n"
    )
    assert [(e.source.line, e.venue, e.year) for e in doc.entries] == [
        (9, "ICLR", 2023),
        (13, "arXiv", 2021),
        (15, "TechRxiv", 2022),
    ]
    # (h249 implicit-nerf-slam: a top-level Acknowledgement thanks a survey, lists nothing)
    thanks = parse_text(
        "# SLAM\n\n## Papers\n\n- [NICE-SLAM](https://x.org/n) - dense SLAM\n\n"
        "## Acknowledgement\n\nWe would like to express our appreciation for:\n\n"
        "- How NeRFs and 3D Gaussian Splatting are Reshaping SLAM: a Survey, *arXiv, 2024*. "
        "[[Paper](https://arxiv.org/pdf/2402.13255.pdf)]\n"
    )
    assert [e.title for e in thanks.entries] == ["NICE-SLAM"]


def test_a_numbered_list_of_the_sources_a_table_cites_by_number_is_no_entries() -> None:
    # h637 awesome-muds: a table whose cells cite "[1]", "[2]", then "<summary>References"
    # over "1. LDMud's [README](url) describes it …": the sources of the list's own claims;
    # a numbered list nothing cites stays entries
    doc = parse_text(
        "# MUDs\n\n## Mudlibs\n\n"
        "| Name | Description | Repository |\n| --- | --- | --- |\n"
        "| LP 2.4.5 | The classic mudlib [1]. | [ldmud](https://github.com/ldmud/ldmud) |\n"
        "| Nightmare | A mudlib by Descartes [2]. | [nm](https://github.com/n/nm) |\n\n"
        "<details>\n<summary><strong>References</strong></summary>\n\n"
        "1. LDMud's [README](https://github.com/ldmud/ldmud/tree/master/mud) describes it.\n"
        "2. Descartes of Borg, [rec.games.mud.lp](https://groups.google.com/g/x).\n\n"
        "</details>\n\n## Clients\n\n"
        "1. [Mudlet](https://www.mudlet.org/) - a client.\n"
        "2. [TinTin++](https://tintin.mudhalla.net/) - a console client.\n\n"
        "## References\n\n- [MUD history](https://example.org/history)\n"
    )
    assert [e.title for e in doc.entries] == [
        "LP 2.4.5",
        "Nightmare",
        "Mudlet",
        "TinTin++",
        "MUD history",
    ]


def test_a_bold_item_over_a_table_names_the_tables_group() -> None:
    # h627 online-tracking-sota: "* **GOT-10k:star2:**" over an indented table of trackers
    # and notes under it: the group's name (the glued shortcode is GitHub's emoji), not a
    # resource holding the notes' links
    doc = parse_text(
        "## Tracking Algorithms\n\n* **LaSOT:star2:**\n\n"
        "     | Tracker | Score | Paper/Code |\n     |:--|:--|:--|\n"
        "     | STARK (ICCV21) | 0.671 | [Paper](https://arxiv.org/abs/2103.17154)/"
        "[Code](https://github.com/researchmm/Stark) |\n\n"
        "* **GOT-10k:star2:**\n\n"
        "     | Tracker | Score | Paper/Code |\n     |:--|:--|:--|\n"
        "     | TransT (CVPR21) | 0.671 | [Paper](https://arxiv.org/abs/2103.15436)/"
        "[Code](https://github.com/chenxin-dlut/TransT) |\n\n"
        "     * GOT-10k leaderboard: http://got-10k.aitestunion.com/leaderboard\n"
    )
    stark, transt, board = doc.entries
    assert (stark.title, stark.section[-1]) == ("STARK", "LaSOT")
    assert (transt.title, transt.section[-1]) == ("TransT", "GOT-10k")
    assert board.section[-1] == "GOT-10k"


def test_a_bold_label_item_among_linked_papers_names_the_items_after_it() -> None:
    # h643 har-library-challenges: "- ***Cross person:***" as an item of the list of papers
    # below it
    doc = parse_text(
        "#### Domain Adaptation\n\n  - ***Cross person:***\n\n"
        "  - Cross-subject transfer learning with GANs(Neurocomputing, 2021)"
        "[[**paper**](https://a.org/1)]\n"
        "  - A second paper on the same subject at hand(Neurocomputing, 2021)"
        "[[**paper**](https://a.org/2)]\n\n  - ***Others:***\n\n"
        "  - A third paper on the same subject at hand(Neurocomputing, 2021)"
        "[[**paper**](https://a.org/3)]\n"
    )
    assert [(e.title, e.section[-1], e.venue, e.year) for e in doc.entries] == [
        ("Cross-subject transfer learning with GANs", "Cross person", "Neurocomputing", 2021),
        ("A second paper on the same subject at hand", "Cross person", "Neurocomputing", 2021),
        ("A third paper on the same subject at hand", "Others", "Neurocomputing", 2021),
    ]


def test_html_list_items_of_several_lines_are_papers() -> None:
    # h627 tracking-papers-cn: "<li>" / "<p><strong>DiMP:</strong> Names.<br>" / "\"Title.\"
    # ICCV (2019 <strong>oral</strong>)." / "[<a href=…>paper</a>]" / "</li>": a paper an item
    items = "".join(
        "<li>\n"
        f"<p><strong>{short}:</strong> {names}.<br>\n"
        f'"{title}." ICCV (2019 <strong>oral</strong>).\n'
        f'[<a href="https://openaccess.thecvf.com/{short}.pdf" rel="nofollow">paper</a>]\n'
        f'[<a href="https://github.com/o/{short}">code</a>]</p>\n'
        "</li>\n"
        for short, names, title in (
            (
                "DiMP",
                "Goutam Bhat, Martin Danelljan, Luc Van Gool, Radu Timofte",
                "Learning Discriminative Model Prediction for Tracking",
            ),
            (
                "GradNet",
                "Peixia Li, Boyu Chen, Wanli Ouyang, Dong Wang",
                "GradNet: Gradient-Guided Network for Visual Object Tracking",
            ),
        )
    )
    doc = parse_text("### ICCV2019\n\n<ul>\n" + items + "</ul>\n")
    dimp, gradnet = doc.entries
    assert (dimp.title, dimp.venue, dimp.year) == (
        "Learning Discriminative Model Prediction for Tracking",
        "ICCV",
        2019,
    )
    assert dimp.authors[:2] == ["Goutam Bhat", "Martin Danelljan"]
    assert [link.url for link in dimp.links] == [
        "https://openaccess.thecvf.com/DiMP.pdf",
        "https://github.com/o/DiMP",
    ]
    assert (dimp.source.line, dimp.source.end_line) == (4, 9)  # "<li>" to "</li>"
    assert gradnet.title == "GradNet: Gradient-Guided Network for Visual Object Tracking"


def test_an_official_documentation_sub_item_is_a_link_of_the_entry_above() -> None:
    # h652 webxr-msub2: "- [Godot](url) - A cross-platform …" over "  - [Official
    # Documentation](url)": the kind of page the entry also has, not an entry of its own
    doc = parse_text(
        "### Engines\n\n"
        "- [Godot](https://godotengine.org/) - A cross-platform, open-source engine.\n"
        "  - [Official Documentation](https://docs.godotengine.org/en/stable/webxr.html)\n\n"
        "- [Needle](https://needle.tools/) - An engine and exporter for Blender and Unity.\n"
        "  - [Official Documentation](https://engine.needle.tools/docs/)\n"
    )
    assert [(e.title, [link.url for link in e.links]) for e in doc.entries] == [
        (
            "Godot",
            ["https://godotengine.org/", "https://docs.godotengine.org/en/stable/webxr.html"],
        ),
        ("Needle", ["https://needle.tools/", "https://engine.needle.tools/docs/"]),
    ]
