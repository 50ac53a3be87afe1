"""Shapes that recur across public awesome lists (found in the corpus, tests/corpus/),
each on a small hand-written input."""

from __future__ import annotations

from awesome_ptm.parse import parse_text


def test_code_span_year_tag_gives_the_year_and_company_tags_no_venue() -> None:
    text = (
        "# Papers\n\n## Search\n\n"
        "1. [Things Not Strings](https://d.example/x) `DoorDash` `2020`\n"
        "2. [Data Quality](https://g.example/y) ([PDF](https://g.example/p)) `Google` `2017`\n"
        "3. [Other](https://o.example/) `ACL 2019`\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.venue, e.year) for e in entries] == [(None, 2020), (None, 2017), ("ACL", 2019)]
    assert entries[0].notes == ["DoorDash 2020"]


def test_links_in_the_introduction_under_the_title_are_not_entries() -> None:
    items = "\n".join(f"- [Tool {i}](https://t{i}.example/) - does {i}" for i in range(6))
    text = (
        "# Awesome Things\n\nCite us: https://github.com/me/awesome-things\n\n"
        "Related lists:\n- https://github.com/me/awesome-other\n\n"
        f"## Tools\n\n{items}\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [e.title for e in entries] == [f"Tool {i}" for i in range(6)]


def test_the_venues_an_introduction_names_are_the_lists_scope() -> None:
    """``… papers from the following conferences:`` over groups of ``* [NeurIPS](https://nips.cc/)``
    (many: more than an introduction's few links): the venues the list draws from, no
    entries; a group of tools in the introduction stays entries."""
    papers = "\n".join(
        f"- **Tree Paper {i} (AAAI 2022)**\n  - [[Paper]](https://arxiv.org/abs/2201.0{i})"
        for i in range(6)
    )
    venues = ["NeurIPS", "ICML", "ICLR", "CVPR", "ACL", "EMNLP", "KDD", "PAKDD", "PKDD/ECML"]
    scope = "".join(f"   * [{v}](https://{v.lower().replace('/', '')}.example/)\n" for v in venues)
    text = (
        "# Awesome Tree Papers\n\nPapers from the following conferences:\n\n"
        f"- Machine learning\n{scope}\n## 2022\n\n{papers}\n"
    )
    assert [e.title for e in parse_text(text, "x.md").entries] == [
        f"Tree Paper {i}" for i in range(6)
    ]
    tools = text.replace("[NeurIPS](https://neurips.example/)", "[XGBoost](https://xgb.example/)")
    assert "XGBoost" in [e.title for e in parse_text(tools, "x.md").entries]


def test_a_list_whose_sections_are_all_top_level_keeps_its_first_section() -> None:
    items = "\n".join(f"- [Tool {i}](https://t{i}.example/)" for i in range(6))
    text = f"# First\n\n- [Zero](https://z.example/)\n\n# Second\n\n{items}\n"
    assert len(parse_text(text, "x.md").entries) == 7


def test_a_pointer_to_more_elsewhere_is_not_an_entry() -> None:
    items = "\n".join(f"{i}. [Case {i}](https://c{i}.example/) `Acme` `2020`" for i in range(1, 6))
    text = f"# Cases\n\n## Harms\n\n{items}\n6. More in [awful-ai](https://github.com/d/awful-ai)\n"
    entries = parse_text(text, "x.md").entries
    assert [e.title for e in entries] == [f"Case {i}" for i in range(1, 6)]


def test_link_less_items_opening_a_list_of_links_introduce_it() -> None:
    items = "\n".join(
        f"* [Tool{i}](https://t{i}.example/): [Paper {i}](https://p{i}.example/)" for i in range(6)
    )
    text = f"# X\n\n## OOV\n\n* Drop OOV words!\n* One OOV vector\n{items}\n* Tool Without Link\n"
    titles = [e.title for e in parse_text(text, "x.md").entries]
    assert titles == [f"Tool{i}" for i in range(6)] + ["Tool Without Link"]


def test_sentence_paragraphs_introduce_sections_whose_entries_are_table_rows() -> None:
    rows = "\n".join(
        f"| Model {i} | 7{i}.0 | [Paper {i}](https://p{i}.example/) |" for i in range(6)
    )
    text = (
        "# QA\n\n## RACE\n\n"
        "The [RACE dataset](https://r.example/) is a reading comprehension dataset\n"
        "collected from English examinations.\n\n"
        "[DuoRC](https://d.example/) contains 186,089 unique question-answer pairs.\n\n"
        f"| Model | Accuracy | Paper |\n| --- | --- | --- |\n{rows}\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [e.title for e in entries] == [f"Paper {i}" for i in range(6)]
    assert all("r.example" not in link.url for e in entries for link in e.links)


def test_sentence_paragraphs_are_the_entries_of_a_file_of_paragraphs() -> None:
    text = (
        "# Data\n\n## Sets\n\n"
        "The [RACE dataset](https://r.example/) is a reading comprehension dataset.\n\n"
        "[DuoRC](https://d.example/) contains 186,089 unique question-answer pairs.\n"
    )
    assert [e.title for e in parse_text(text, "x.md").entries] == ["RACE dataset", "DuoRC"]


_STEAM_DECK = """\
# Games and Software

## Steam

[Steam](https://store.steampowered.com/about/) Obviously

### Proton

[Proton](https://github.com/ValveSoftware/Proton/) is a tool for use with the Steam client.

[Protontricks](https://github.com/Matoking/protontricks)  is a wrapper script that runs \
[Winetricks](https://github.com/Winetricks/winetricks) commands.

## Launchers

[GameHub](https://github.com/tkashkin/GameHub) is a unified library for all your games.

<img src="https://user-images.githubusercontent.com/45159366/gamehub.png">

**GameHub supports:**

 - native games for Linux
 - **multiple game platforms:**
   - [Steam](https://store.steampowered.com/)
   - [GOG](https://www.gog.com/)

[Cartridge](https://github.com/unclebacon-live/cartridge) is a self-hosted game library.

Cartridge Features

- Scan for ROM files and match with IGDB game information
- Serve ROM download links alongside game details

[Mednaffe](https://github.com/AmatCoder/mednaffe) is a front-end for mednafen.

**The following systems are supported:**

  * Atari Lynx
  * WonderSwan

## Tools

**Command line:**

- [pcsx-cli](https://pcsx.example/)
- [rpcs3-cli](https://rpcs3.example/)
"""


def test_named_paragraphs_saying_what_each_tool_is_are_the_entries() -> None:
    # mikeroyal/Steam-Deck-Guide: ``[Proton](url) is a tool …``, a paragraph a tool
    entries = parse_text(_STEAM_DECK, "x.md").entries
    assert [e.title for e in entries][:6] == [
        "Steam",
        "Proton",
        "Protontricks",
        "GameHub",
        "Cartridge",
        "Mednaffe",
    ]
    assert [link.url for link in entries[2].links] == [
        "https://github.com/Matoking/protontricks",
        "https://github.com/Winetricks/winetricks",
    ]


def test_the_features_listed_under_a_tools_paragraph_are_part_of_its_entry() -> None:
    # mikeroyal/Steam-Deck-Guide: ``**GameHub supports:**`` (past a screenshot), ``Cartridge
    # Features``, ``**The following systems are supported:**`` over what the tool does
    doc = parse_text(_STEAM_DECK, "x.md")
    by_title = {e.title: e for e in doc.entries}
    assert by_title["GameHub"].source.end_line == 24
    assert [link.url for link in by_title["GameHub"].links] == [
        "https://github.com/tkashkin/GameHub"
    ]
    assert by_title["Cartridge"].notes[-2:] == [
        "Scan for ROM files and match with IGDB game information",
        "Serve ROM download links alongside game details",
    ]
    assert by_title["Mednaffe"].source.end_line == 38
    assert {s.title for s in doc.sections} >= {"Launchers", "Tools", "Command line"}
    assert not {"GameHub supports", "The following systems are supported"} & {
        s.title for s in doc.sections
    }
    # (a label over items of a section of their own still names their group)
    assert [(e.title, e.section[-1]) for e in doc.entries[6:]] == [
        ("pcsx-cli", "Command line"),
        ("rpcs3-cli", "Command line"),
    ]


def test_a_one_item_bullet_list_after_a_numbered_item_adds_to_it() -> None:
    text = (
        "# Hubs\n\n## Models\n\n"
        "1. [HuggingFace](https://huggingface.co/): The AI community.\n\n"
        "- 模型下载地址: <https://huggingface.co/models>\n\n"
        "1. flagopen数据集仓库: <https://data.baai.ac.cn/data>\n\n"
        "- 内置公共数据集下载，可下预训练语料[WuDaoCorpora](https://data.baai.ac.cn/wd)\n\n"
        "1. [MNBVC](https://github.com/esbatmop/MNBVC): corpus\n\n"
        "- [Other](https://other.example/)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [e.title for e in entries] == ["HuggingFace", "flagopen数据集仓库", "MNBVC", "Other"]
    assert [link.url for link in entries[0].links] == [
        "https://huggingface.co/",
        "https://huggingface.co/models",
    ]
    assert entries[1].links[-1].url == "https://data.baai.ac.cn/wd"
    assert entries[0].source.end_line == 7


def test_a_bullet_after_a_numbered_list_describes_its_last_item() -> None:
    text = (
        "# Papers\n\n## Models\n\n"
        "8. [PLMpapers](https://github.com/thunlp/PLMpapers) - papers.\n"
        "9. [Exploring the Limits](https://arxiv.org/abs/1910.10683) by Google Brain.\n"
        "- The group perform a systematic study ([blog](https://git.io/Je0cZ)).\n"
        "10. [Reformer](https://openreview.net/forum?id=x) by Nikita Kitaev.\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [e.title for e in entries] == ["PLMpapers", "Exploring the Limits", "Reformer"]
    assert [link.url for link in entries[1].links] == [
        "https://arxiv.org/abs/1910.10683",
        "https://git.io/Je0cZ",
    ]


def test_a_date_closing_the_authors_after_by_is_the_entrys() -> None:
    text = (
        "# Papers\n\n## Models\n\n"
        "1. [The Llama 3 Herd of Models](https://ai.meta.com/x) by Llama Team, AI @ Meta, "
        "Jul 2024 - The paper, a masterpiece. [[Discussion](https://reddit.example/y)]\n"
        "2. [Neural Machine Translation](https://arxiv.org/abs/1409.0473) by Dzmitry Bahdanau, "
        "KyungHyun Cho, and Yoshua Bengio, 2014 - attention is born.\n"
        "3. [Plain](https://p.example/) by Ann Lee and Bo Chen - no date here.\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.year, e.date) for e in entries] == [(2024, "2024-07"), (2014, None), (None, None)]
    assert entries[1].authors == ["Dzmitry Bahdanau", "KyungHyun Cho", "Yoshua Bengio"]


def test_venues_a_description_cites_for_other_works_are_not_the_entrys() -> None:
    text = (
        "# LLM\n\n## Lists\n\n"
        "- [Instruction-Tuning-Papers](https://github.com/s/itp) - A trend starts from "
        "`Natural-Instruction` (ACL 2022), `FLAN` (ICLR 2022) and `T0` (ICLR 2022).\n"
        "- [BERT](https://arxiv.org/abs/1810.04805) - Deep bidirectional transformers "
        "(NAACL 2019).\n"
        "- [NER](https://aclanthology.org/W03-0419) (CoNLL-2003), evaluated on CoNLL-2003\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.venue, e.year) for e in entries] == [
        (None, None),
        ("NAACL", 2019),
        ("CoNLL", 2003),
    ]


def test_a_paper_line_opening_with_its_venue_and_a_dash_date() -> None:
    text = (
        "# RAG\n\n## Papers\n\n"
        "**Improving Retrieval Augmented Language Model with Self-Reasoning** \\\n"
        "*Yuan Xia, Jingbo Zhou* \\\n"
        "AAAI 25 – Mar 2025 [[paper](https://arxiv.org/abs/2407.19813)]\n\n"
        "**REST: Retrieval-Based Speculative Decoding** \\\n"
        "*Zhenyu He, Zexuan Zhong* \\\n"
        "arXiv - Nov 2023 [[Paper](https://arxiv.org/abs/2311.08252)]\n\n"
        "**Mismatch** \\\n"
        "*Ann Lee, Bo Chen* \\\n"
        "ICML 21 – Feb 2024 [[paper](https://arxiv.org/abs/2402.04411)]\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.venue, e.year, e.date) for e in entries] == [
        ("AAAI", 2025, "2025-03"),
        ("arXiv", 2023, "2023-11"),
        (None, 2024, "2024-02"),
    ]


def test_the_venue_field_after_a_bold_title_and_its_authors() -> None:
    text = (
        "# PLM\n\n## Models\n\n"
        "1. **Q-BERT: Ultra Low Precision**. *Sheng Shen, Zhen Dong*. Preprint. "
        "[[pdf](https://arxiv.org/pdf/1909.05840.pdf)]\n"
        "2. **CPM-2**. Cost-Effective Pre-trained Language Models, 2021. "
        "[[Model&Code](https://github.com/TsinghuaAI/CPM-2)]\n"
        "3. **ERNIE**. *Yu Sun, Hao Tian*. A model. [[pdf](https://arxiv.org/abs/1904.09223)]\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.venue, e.year) for e in entries] == [("arXiv", None), (None, 2021), (None, None)]


def test_a_heading_names_the_entry_whose_links_follow_it() -> None:
    text = (
        "# Models\n\n## 大模型评估基准\n\n### 1. C-Eval\n\n"
        "C-Eval 是一个全面的中文基础模型评估套件，查看[论文](https://arxiv.org/abs/2305.08322)了解更多细节。\n\n"
        "\\[[官方网站](https://cevalbenchmark.com/)]   \\[[Github](https://github.com/SJTU-LIT/ceval)]\n\n"
        "### 2. FlagEval\n\nFlagEval是一个评测工具包。\n\n"
        "\\[[官方网站](https://flageval.example/)]   \\[[Github](https://github.com/FlagOpen/FlagEval)]\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.source.line, e.section) for e in entries] == [
        ("C-Eval", 5, ["Models", "大模型评估基准"]),
        ("FlagEval", 11, ["Models", "大模型评估基准"]),
    ]
    assert [link.url for link in entries[0].links] == [
        "https://arxiv.org/abs/2305.08322",
        "https://cevalbenchmark.com/",
        "https://github.com/SJTU-LIT/ceval",
    ]


def test_comment_bullets_after_a_numbered_item_add_its_links() -> None:
    text = (
        "# Papers\n\n## Models\n\n"
        "6. [XLNet](https://arxiv.org/abs/1906.08237) by Zhilin Yang, Zihang Dai.\n"
        "  - A new pretraining method for NLP.\n"
        '  - "Transformer-XL is a shifted model." — [Thomas Wolf](https://twitter.com/t/1).\n'
        "  - [Comments from HN](https://news.ycombinator.com/item?id=1):\n"
        "    <details>\n\n    <summary>A clever algorithm.</summary>\n\n"
        "    - In expectation, the model learns to gather information.\n"
        "    </details>\n"
        "7. [CTRL](https://arxiv.org/abs/1909.05858) by Nitish Shirish Keskar.\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [e.title for e in entries] == ["XLNet", "CTRL"]
    assert [link.url for link in entries[0].links] == [
        "https://arxiv.org/abs/1906.08237",
        "https://twitter.com/t/1",
        "https://news.ycombinator.com/item?id=1",
    ]


def test_a_paper_paragraph_lazily_continuing_an_item_is_an_entry_of_its_own() -> None:
    text = (
        "# RAG\n\n## Workshops\n\n"
        "- [Omni Skills](https://github.com/o/omni) - 50,000+ curated skills.\n"
        "**Personalized Generative AI**  \n"
        "*Zheng Chen, Ziyan Jiang*  \n"
        "CIKM 23 – Oct 2023 [[link](https://sites.google.com/view/pgai2023/home)]\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [e.title for e in entries] == ["Omni Skills", "Personalized Generative AI"]
    assert [e.source.line for e in entries] == [5, 6]
    assert entries[0].links[0].url == "https://github.com/o/omni" and len(entries[0].links) == 1
    assert entries[1].authors == ["Zheng Chen", "Ziyan Jiang"]
    assert [link.url for link in entries[1].links] == [
        "https://sites.google.com/view/pgai2023/home"
    ]
    assert (entries[1].venue, entries[1].year, entries[1].date) == ("CIKM", 2023, "2023-10")


def test_an_emoji_before_a_bold_title_only_decorates_it() -> None:
    text = (
        "# Papers\n\n## Surveys\n\n"
        "- 🌟 **MME-Survey: A Survey on Evaluation of Multimodal LLMs**  \n"
        "arXiv 2025, [Paper](https://arxiv.org/pdf/2411.15296.pdf)\n\n"
        "- **A Survey on Multimodal Large Language Models**  \n"
        "NSR 2024, [Paper](https://arxiv.org/pdf/2306.13549.pdf)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.venue, e.year) for e in entries] == [
        ("MME-Survey: A Survey on Evaluation of Multimodal LLMs", "arXiv", 2025),
        ("A Survey on Multimodal Large Language Models", "NSR", 2024),
    ]


def test_a_venue_field_without_its_year_is_read_so_the_year_can_be_missed() -> None:
    text = (
        "# Papers\n\n## Models\n\n"
        "- **Another Survey of Things**  \n"
        "arXiv, [Paper](https://arxiv.org/pdf/2411.15297.pdf), [Project](https://g.example/c)\n\n"
        "- **MME: A Comprehensive Evaluation Benchmark**  \n"
        "NeurIPS D&B Highlight, [Paper](https://arxiv.org/pdf/2306.13394.pdf)\n\n"
        "- **Python, the language of data**  \n"
        "Python, [Docs](https://docs.python.org/)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.venue, e.year) for e in entries] == [
        ("arXiv", None),
        ("NeurIPS Datasets and Benchmarks", None),
        (None, None),  # not a venue: the field is kept as a note
    ]
    assert entries[0].notes == [] and [link.label for link in entries[0].links] == [
        "Paper",
        "Project",
    ]


def test_a_venue_after_the_last_comma_of_a_bold_title_is_the_entry_s() -> None:
    text = (
        "# Papers\n\n## Surveys\n\n"
        "**Knowledge Editing for Large Language Models, AAAI 2024 Tutorial**  <br />\n"
        "Ningyu Zhang, Jia-Chen Gu. [[Github](https://g.example/t.pdf)]\n\n"
        "**Editing Large Language Models: Problems, Methods, and Opportunities, "
        "EMNLP 2023 Main Conference Paper**  <br />\n"
        "Yunzhi Yao, Peng Wang. [[paper](https://arxiv.org/abs/2305.13172)]\n\n"
        "**Learning, Reasoning, and Planning, Again**  <br />\n"
        "Ann Lee, Bo Chen. [[paper](https://arxiv.org/abs/2305.13173)]\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.venue, e.year) for e in entries] == [
        ("Knowledge Editing for Large Language Models", "AAAI Tutorial", 2024),
        ("Editing Large Language Models: Problems, Methods, and Opportunities", "EMNLP", 2023),
        ("Learning, Reasoning, and Planning, Again", None, None),
    ]


def test_a_link_named_venue_and_paper_gives_the_venue_without_a_year() -> None:
    text = (
        "# NLP\n\n## Models\n\n"
        "[MultiFiT](http://n.example/x) by Sebastian Ruder et al. MultiFiT extends ULMFiT. "
        "([EMNLP paper](https://arxiv.org/abs/1909.04761))\n\n"
        "- [A](https://a.example/) [arXiv paper](https://arxiv.org/abs/1901.00001)\n"
        "- [B](https://b.example/) ([ACL Anthology](https://aclanthology.org/P19-1001))\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.venue, e.year) for e in entries] == [
        ("MultiFiT", "EMNLP", None),
        ("A", None, None),
        ("B", None, None),
    ]


def test_linked_badges_are_links_of_their_entry() -> None:
    text = (
        "# Video\n\n## Open-source\n\n"
        "+ [Open-Sora Plan](https://arxiv.org/abs/2412.00131) (Nov., 2024)\n"
        "  [![Star](https://img.shields.io/github/stars/o/r.svg)](https://github.com/o/r)\n"
        "  [![arXiv](https://img.shields.io/badge/arXiv-b31b1b.svg)](https://arxiv.org/abs/2412.00131)\n"
        "  [![Website](https://img.shields.io/badge/Website-9cf)](https://o.github.io/r/)\n\n"
        "* [Android Studio](https://developer.android.com/studio/) - IDE. "
        "[![Open-Source Software][OSS Icon]](http://tools.android.com/)\n\n"
        "[OSS Icon]: https://example.com/oss.svg\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [[(link.url, link.label) for link in e.links] for e in entries] == [
        [
            ("https://arxiv.org/abs/2412.00131", None),
            ("https://github.com/o/r", "Star"),
            ("https://o.github.io/r/", "Website"),
        ],
        [
            ("https://developer.android.com/studio/", None),
            ("http://tools.android.com/", "Open-Source Software"),
        ],
    ]


def test_a_leading_bracketed_venue_link_and_more_bracketed_links_before_the_title() -> None:
    text = (
        "# Point clouds\n\n## 2017\n\n"
        "- [[CVPR](http://openaccess.thecvf.com/p.pdf)] PointNet: Deep Learning on Point Sets. "
        "[[tensorflow](https://github.com/charlesq34/pointnet)]\n"
        "- [[IROS](https://arxiv.org/abs/1711.08241)] [[Tensorflow](https://github.com/s/3dmfv)]"
        "3DmFV: Point Cloud Classification.\n"
        "- [[code](https://github.com/x/y)] Some Tool for Clouds.\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.venue) for e in entries] == [
        ("PointNet: Deep Learning on Point Sets.", "CVPR"),
        ("3DmFV: Point Cloud Classification.", "IROS"),
        ("Some Tool for Clouds.", None),
    ]


def test_a_paper_paragraph_s_venue_and_date_line() -> None:
    text = (
        "# Proteins\n\n### Reviews\n\n"
        "**Machine Learning for Protein Engineering.**  \n"
        "Kadina E. Johnston, Brian L. Hie, Kevin K. Yang & Zachary Wu.  \n"
        "*Machine Learning in Molecular Sciences, October 2023.*  \n"
        "[[10.1007/978-3-031-37196-7_9](https://doi.org/10.1007/978-3-031-37196-7_9)]\n\n"
        "**Population-Based Black-Box Optimization.**  \n"
        "Christof Angermueller, David Belanger.  \n"
        "ICML, July 2020.  \n"
        "[[arxiv](https://arxiv.org/abs/2006.03227)]\n\n"
        "**Generative AI for protein design.**  \n"
        "Adam Winnifrith, Brian Hie.  \n"
        "*Preprint, October 2023*.  \n"
        "[[arxiv](https://arxiv.org/abs/2310.09685)]\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.venue, e.year, e.date) for e in entries] == [
        ("Machine Learning in Molecular Sciences", 2023, "2023-10"),
        ("ICML", 2020, "2020-07"),
        ("arXiv", 2023, "2023-10"),
    ]
    assert entries[0].authors[-2:] == ["Kevin K. Yang", "Zachary Wu"]


def test_a_link_title_s_tag_and_closing_bracket() -> None:
    text = (
        "# Papers\n\n## Models\n\n"
        "* [Deep Residual Learning (CVPR 2016)](https://a.example/1)\n"
        "* [[DCN] Deep & Cross Network for Ad Click Predictions (Stanford 2017)](https://a.example/2)\n"
        "* [[Negative Sampling] Word2vec Explained (2014)](https://a.example/3)\n"
        "* [Collaborative Deep Learning (HKUST, 2015)](https://a.example/4)\n"
        "* [BERT (Google)](https://a.example/5)\n"
        "* [[ICLR 2024] Some Paper Here](https://a.example/6)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.venue, e.year, e.aliases, e.notes) for e in entries] == [
        ("Deep Residual Learning", "CVPR", 2016, [], []),
        ("Deep & Cross Network for Ad Click Predictions", None, 2017, ["DCN"], ["Stanford"]),
        ("Word2vec Explained", None, 2014, ["Negative Sampling"], []),
        ("Collaborative Deep Learning", None, 2015, [], ["HKUST"]),
        ("BERT (Google)", None, None, [], []),
        ("Some Paper Here", "ICLR", 2024, [], []),
    ]


def test_download_and_demo_links_name_no_entry() -> None:
    text = (
        "# 中文资源\n\n## 书籍\n\n"
        "- 《深度学习》[下载](https://a.example/7)\n"
        "- Stable Diffusion WebUI [Demo](https://d.example/) [Download](https://g.example/r)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, len(e.links)) for e in entries] == [
        ("深度学习", 1),
        ("Stable Diffusion WebUI", 2),
    ]


def test_anchors_shortcodes_terms_and_quotes_inside_titles() -> None:
    text = (
        "# Lists\n\n## Papers\n\n"
        '- <a name="todo"></a> Continual Learning for VLMs: A Survey (**arXiv 2025**) '
        "[[paper](https://arxiv.org/abs/2508.04227)]\n"
        "- (arXiv 2024.2) “Task Success” is not Enough: Investigating Video-Language Models, "
        "[[Paper]](https://arxiv.org/pdf/2402.04210.pdf)\n"
        "- [CS 188 - Artificial Intelligence - UC Berkeley - Spring 2025](https://c.example/188) "
        "([Fall 2021](https://c.example/old))\n\n"
        "| Title | Venue |\n|---|---|\n"
        "| [Swarm Learning for clinical machine learning](https://n.example/1) :star: "
        "| Nature :mortar_board: |\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.venue, e.year) for e in entries] == [
        ("Continual Learning for VLMs: A Survey", "arXiv", 2025),
        ("“Task Success” is not Enough: Investigating Video-Language Models", "arXiv", 2024),
        ("CS 188 - Artificial Intelligence - UC Berkeley - Spring 2025", None, 2025),
        ("Swarm Learning for clinical machine learning", "Nature", None),
    ]


def test_a_named_paper_whose_title_follows_a_colon() -> None:
    text = (
        "# Med\n\n## Data\n\n"
        "* **MedBook-18-CoT**: Small Language Models Learn Enhanced Reasoning Skills "
        "[Paper](https://arxiv.org/abs/2404.00376) [Huggingface](https://huggingface.co/d/m)\n"
        "* **MedQA**: What disease does this patient have? a large-scale open domain dataset. "
        "2021. [paper](https://www.mdpi.com/2076-3417/11/14/6421)\n"
        "* **ChatGLM**: A bilingual open chat model with many features "
        "[GitHub](https://github.com/THUDM/ChatGLM)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.year) for e in entries] == [
        ("MedBook-18-CoT: Small Language Models Learn Enhanced Reasoning Skills", None),
        ("MedQA: What disease does this patient have? a large-scale open domain dataset", 2021),
        ("ChatGLM", None),
    ]


def test_a_named_paper_before_bracketed_links_and_a_code_link_first() -> None:
    """``**MOTIP**: Title [[paper](url)] [[code](url)] **CVPR 2025**`` (from
    luanshiyinyang/awesome-multiple-object-tracking): the bracket opening ``[[paper]``
    closes no title; ``[[code]()] [[paper](url)]``, a generic link before the paper's, still
    says a paper follows; a link naming something (``[ChatGLM-6B](url)``) does not."""
    text = (
        "# MOT\n\n"
        "**MOTIP**: Multiple Object Tracking as ID Prediction "
        "[[paper](https://arxiv.org/abs/2403.16848)] [[code](https://github.com/MCG-NJU/MOTIP)] "
        "**CVPR 2025**\n\n"
        "**MTracker**: Robust Multi-Object Tracking by Marginal Inference [[code]()] "
        "[[paper](https://arxiv.org/pdf/2208.03727.pdf)] **ECCV 2022**\n\n"
        "* **ChatGLM**: A bilingual open chat model with many features "
        "[ChatGLM-6B](https://github.com/THUDM/ChatGLM) [paper](https://arxiv.org/abs/2210.02414)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.venue, e.year) for e in entries] == [
        ("MOTIP: Multiple Object Tracking as ID Prediction", "CVPR", 2025),
        ("MTracker: Robust Multi-Object Tracking by Marginal Inference", "ECCV", 2022),
        ("ChatGLM", None, None),
    ]


def test_a_paragraph_of_a_title_and_its_generic_links_is_a_paper() -> None:
    """``Tracking the Trackers: An Analysis … [[paper](url)]`` alone in a paragraph: a title
    in title case and only generic links after it is a paper; a sentence (``For the details
    see the [paper](url)``, ``… described in our [paper](url).``) stays prose."""
    text = (
        "# MOT\n\n## Review papers\n\n"
        "Tracking the Trackers: An Analysis of the State of the Art in Multiple Object "
        "Tracking [[paper](https://arxiv.org/pdf/1704.02781.pdf)]\n\n"
        "MOTChallenge: A Benchmark for Single-camera Multiple Target Tracking "
        "[[paper](https://arxiv.org/pdf/2010.07548.pdf)]  **new paper for new MOT researcher**\n\n"
        "For the details of how the benchmark was built see the "
        "[paper](https://arxiv.org/abs/1603.00831)\n\n"
        "All of the trackers below are described in our [paper](https://arxiv.org/abs/1).\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [e.title for e in entries] == [
        "Tracking the Trackers: An Analysis of the State of the Art in Multiple Object Tracking",
        "MOTChallenge: A Benchmark for Single-camera Multiple Target Tracking",
    ]


def test_a_bold_title_right_before_its_links_is_a_paper_whatever_they_say() -> None:
    """``**(2019-04) Deep learning: new computational …** [[Nature Reviews Genetics
    paper](url)]`` (from hussius/deeplearning-biology): a bold title with its links right
    after it is an entry, even when a link's text is no generic label; bold sentences
    (``**All papers have been sorted. If one …** [Link](url)``) stay prose."""
    text = (
        "# Bio\n\n## Reviews\n\n"
        "**(2019-04) Deep learning: new computational modelling techniques for genomics** "
        "[[Nature Reviews Genetics paper](https://www.nature.com/articles/s41576-019-0122-6)]\n\n"
        "This is a very nice conceptual review of how deep learning can be used in genomics.\n\n"
        "**All papers have been sorted into folders. If the paper cannot be downloaded, "
        "please help yourself. ➡** [Link(Code:HC8C)](https://pan.baidu.com/s/1Xek)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.year, e.date) for e in entries] == [
        ("Deep learning: new computational modelling techniques for genomics", 2019, "2019-04")
    ]


def test_a_title_paragraph_over_a_paragraph_of_its_links() -> None:
    """``VD3D: Taming Large Video Diffusion Transformers …`` alone in a paragraph, then
    ``[📄 Paper](url) | [🌐 Project Page](url)`` (from cwchenwang/awesome-4d-generation):
    one entry, as a bold title over its links is; a sentence over a link stays prose."""
    text = (
        "# 4D\n\n## Camera Control\n\n"
        "VD3D: Taming Large Video Diffusion Transformers for 3D Camera Control\n\n"
        "[📄 Paper](https://arxiv.org/abs/2407.12781) | "
        "[🌐 Project Page](https://snap-research.github.io/vd3d/)\n\n"
        "We keep this list up to date with the latest works.\n\n"
        "[Paper](https://arxiv.org/abs/2401.00001)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert (entries[0].title, len(entries[0].links)) == (
        "VD3D: Taming Large Video Diffusion Transformers for 3D Camera Control",
        2,
    )
    assert all("up to date" not in e.title for e in entries)


def test_numbered_papers_with_a_bold_venue_tag_or_a_glued_closing_venue() -> None:
    """``- [1] **[ICCV'21] |** Title. [[Paper]](url)`` (from
    haokunwen/Awesome-Composed-Image-Retrieval): the bracketed number counts the papers, the
    bold tag is the venue, the title follows it; ``- **HMR:Hetero-Manifold Regularisation
    for Cross-Modal Hashing(TPAMI)**[[PDF]](url)`` (from BMC-SDNU/Cross-Modal-Retrieval): a
    known venue in the bracket closing the bold title, glued to it; ``- [2024] **Title.**``
    opens with a year, no number."""
    text = (
        "# CIR\n\n"
        "- [1] **[ICCV'21] |** Learning Attribute-driven Disentangled Representations for "
        "Interactive Fashion Retrieval. [[Paper]](https://ieeexplore.ieee.org/document/9711479)\n"
        "- **HMR:Hetero-Manifold Regularisation for Cross-Modal Hashing(TPAMI)**"
        "[[PDF]](https://ieeexplore.ieee.org/abstract/document/7801124)\n"
        "- [2024] **Introducing Bode: A Fine-Tuned Large Language Model for Portuguese "
        "Prompt-Based Task.** *Garcia et al.* `Arxiv` [[paper](https://arxiv.org/abs/2401.02909)]\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.venue, e.year) for e in entries[:2]] == [
        (
            "Learning Attribute-driven Disentangled Representations for Interactive Fashion "
            "Retrieval",
            "ICCV",
            2021,
        ),
        ("HMR:Hetero-Manifold Regularisation for Cross-Modal Hashing", "TPAMI", None),
    ]
    assert (entries[2].title, entries[2].year) == (
        "Introducing Bode: A Fine-Tuned Large Language Model for Portuguese Prompt-Based Task",
        2024,
    )


def test_a_paragraph_of_papers_each_line_opening_with_its_bold_venue() -> None:
    """``**[CIKM 2024]** <i>Title</i> [[Paper](url)]`` on each line of one paragraph, the
    lines parted by hard breaks (from wangbing1416/Awesome-Fake-News-Detection): a paper a
    line, its venue the bold tag; a paragraph of bold remarks with links stays one."""
    text = (
        "# FND\n\n#### Supervised Learning\n"
        "**[CIKM 2024]** <i>Why Misinformation is Created? Detecting them by Integrating Intent "
        "Features</i> [[Paper](https://dl.acm.org/doi/pdf/10.1145/3627673.3679799)]  \n"
        "**[WWW 2024]** <i>MSynFD: Multi-hop Syntax Aware Fake News Detection</i> "
        "[[Paper](https://dl.acm.org/doi/pdf/10.1145/3589334.3645468)]  \n"
        "**[ACL 2023]** <i>Learn over Past, Evolve for Future: Forecasting Temporal Trends</i> "
        "[[Paper](https://arxiv.org/pdf/2306.14728)]\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.source.line, e.venue, e.year) for e in entries] == [
        (4, "CIKM", 2024),
        (5, "WWW", 2024),
        (6, "ACL", 2023),
    ]
    assert entries[1].title == "MSynFD: Multi-hop Syntax Aware Fake News Detection"


def test_badges_star_counts_and_bare_repository_urls_name_no_title() -> None:
    text = (
        "# Things\n\n## Video\n\n"
        "- https://github.com/VideoVerses/VideoTuna\n"
        "- [uni-app ★36.1k+](https://github.com/dcloudio/uni-app) - 跨端框架\n"
        "- https://example.com/some/page\n\n"
        "| Title | Repo |\n|---|---|\n"
        "| Learning a Sparse Transformer Network <br /> ![CVPR - Highlight](https://img.shields.io/b)"
        " | [![GitHub](https://img.shields.io/s)](https://github.com/c/DRSformer) |\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [e.title for e in entries] == [
        "VideoTuna",
        "uni-app",
        "https://example.com/some/page",
        "Learning a Sparse Transformer Network",
    ]
    assert [link.url for link in entries[-1].links] == ["https://github.com/c/DRSformer"]


def test_a_venue_badge_under_a_paper_gives_its_venue() -> None:
    text = (
        "# Spec\n\n## Papers\n\n"
        "- **Unlocking Efficiency in Large Language Model Inference**  \n"
        "  *Heming Xia, Zhe Yang.* [[pdf](https://aclanthology.org/2024.findings-acl.456.pdf)], "
        "2024.01. ![](https://img.shields.io/badge/ACL2024--findings-orange) "
        "![](https://img.shields.io/badge/Survey-lightgray)\n"
        "- **Speculative Decoding Tutorial**  \n"
        "  *Heming Xia.* [[slides](https://s.example/t)] "
        "![](https://img.shields.io/badge/COLING2025-orange)\n"
        "- **A Model Card**  \n"
        "  [[code](https://g.example/x)] "
        "[![arXiv](https://img.shields.io/badge/arXiv-b31b1b.svg)](https://arxiv.org/abs/2401.1)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.venue, e.year) for e in entries] == [
        ("Findings of ACL", 2024),
        ("COLING", 2025),
        (None, None),  # a badge naming where a link goes, with no year, names no venue
    ]


def test_a_known_venue_alone_on_the_line_under_a_title_is_its_venue() -> None:
    """``Title <br> TACL [[Paper]](url)``: a known venue without a year, ended by the line's
    links (a remark in brackets after it is no part of it); plain words there are no venue."""
    from awesome_ptm.parse import parse_text

    text = (
        "# Compression\n\n"
        "- A Survey on Model Compression for LLMs <br> TACL [[Paper]](https://arxiv.org/abs/2308.07633)\n"
        "- ModuLoRA: Finetuning 3-Bit LLMs <br> TMLR (Featured Certification 🌟) "
        "[[Paper]](https://arxiv.org/abs/2309.16119)\n"
        "- Some Other Paper on Compression <br> Under review [[Paper]](https://arxiv.org/abs/2401.00001)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.venue, e.year) for e in entries] == [
        ("A Survey on Model Compression for LLMs", "TACL", None),
        ("ModuLoRA: Finetuning 3-Bit LLMs", "TMLR", None),
        ("Some Other Paper on Compression", None, None),
    ]


def test_leading_shortcodes_and_bracketed_venues_before_a_bold_title() -> None:
    """``:fire:[ICML 2021] **Title**``: the shortcode is decoration; ``[Pattern Recognition]
    **Title**``: a known venue in the leading bracket without its year; ``[Survey]`` is no
    venue: a tag, a note (the bold text is the title, as with any tag before a bold title)."""
    from awesome_ptm.parse import parse_text

    text = (
        "# Graphs\n\n"
        "1. :fire:[ICML 2021] **Graph Contrastive Learning Automated** "
        "[[paper]](https://arxiv.org/abs/2106.07594)\n"
        "1. [Pattern Recognition] **Dual-Channel Graph Contrastive Learning** "
        "[[paper]](https://example.org/pr)\n"
        "1. [Survey] **Graph Self-Supervised Learning Overview** [[paper]](https://example.org/s)\n"
        "1. [AISTAT 2023] **Learning Robust Graph Neural Networks** [[paper]](https://example.org/a)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.venue, e.year) for e in entries] == [
        ("Graph Contrastive Learning Automated", "ICML", 2021),
        ("Dual-Channel Graph Contrastive Learning", "Pattern Recognition", None),
        ("Graph Self-Supervised Learning Overview", None, None),
        ("Learning Robust Graph Neural Networks", "AISTATS", 2023),
    ]
    assert entries[2].notes == ["Survey"]


def test_a_venue_link_on_the_line_under_a_title() -> None:
    """``Title`` then `` [[EMNLP2022(Findings)]](url)[[Code]](url)`` on the next line: the
    link's text names the venue (its qualifier glued to the year)."""
    from awesome_ptm.parse import parse_text

    text = (
        "# Driving\n\n"
        "- DOROTHIE: Spoken Dialogue for Handling Unexpected Situations\n"
        " [[EMNLP2022(Findings)]](https://arxiv.org/abs/2210.12511)"
        "[[Code]](https://github.com/sled-group/DOROTHIE)\n"
        "- Another Title Without a Venue\n [[Code]](https://github.com/x/y)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.venue, e.year, len(e.links)) for e in entries] == [
        ("Findings of EMNLP", 2022, 2),
        (None, None, 1),
    ]


def test_a_book_link_names_its_authors_and_year() -> None:
    """``[Title by Names, Year](url)``, ``[Title, Names et al., Year](url)``, ``[Title,
    Year](url)``: the book's title, its authors and year apart. A paper's title with "by"
    in it keeps it (one name-like pair without a year is no byline), and so does a
    one-word head (``Powered by Apache Spark``)."""
    from awesome_ptm.parse import parse_text

    text = (
        "# Books\n\n"
        "* [Advanced Penetration Testing by Wil Allsopp, 2017](https://example.org/apt)\n"
        "* [The Database Hacker's Handbook, David Litchfield et al., 2005](https://example.org/d)\n"
        "* [Effective Software Testing, 2021](https://example.org/e)\n"
        "* [Core Data by Florian Kugler and Daniel Eggert](https://example.org/c)\n"
        "* [Deep Multimodal Fusion by Channel Exchanging](https://example.org/f)\n"
        "* [Powered by Apache Spark](https://example.org/p)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.authors, e.year) for e in entries] == [
        ("Advanced Penetration Testing", ["Wil Allsopp"], 2017),
        ("The Database Hacker's Handbook", ["David Litchfield"], 2005),
        ("Effective Software Testing", [], 2021),
        ("Core Data", ["Florian Kugler", "Daniel Eggert"], None),
        ("Deep Multimodal Fusion by Channel Exchanging", [], None),
        ("Powered by Apache Spark", [], None),
    ]


def test_bar_separated_paper_lines_with_venue_cells_and_nicknames() -> None:
    """``Title | **[IJCAI 19]** | [pdf](url)``: a venue cell may write a two-digit year
    without a mark, a name no alias knows with its year after an apostrophe (kept as
    written), and a bracketed bold nickname beside the title is its alias."""
    from awesome_ptm.parse import parse_text

    text = (
        "# Anomaly\n\n"
        "- BeatGAN: Anomalous Rhythm Detection using Adversarially Generated Time | "
        "**[IJCAI 19]** | [`[pdf]`](https://www.ijcai.org/Proceedings/2019/0616.pdf)\n"
        "- Anomaly Detection of Time Series | **[Thesis' 10]** |[`[pdf]`](https://example.org/t)\n"
        "- [**ALOCC**]Adversarially Learned One-Class Classifier for Novelty Detection | "
        "**[CVPR' 18]** | [`[pdf]`](https://arxiv.org/pdf/1802.09088.pdf)\n"
        "- Estimating the Support of a High-Dimensional Distribution [**OC-SVM**] | "
        "**[Journal of Neural Computation' 01]** | [`[pdf]`](https://example.org/ocsvm)\n"
        "- SSD: A Unified Framework for Self-Supervised Outlier Detection | **[ICLR' 21]** "
        "[`[pdf]`](https://openreview.net/forum?id=v5gjXpmR8J) | [`[code]`](https://github.com/x/y)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.venue, e.year, e.aliases) for e in entries] == [
        (
            "BeatGAN: Anomalous Rhythm Detection using Adversarially Generated Time",
            "IJCAI",
            2019,
            [],
        ),
        ("Anomaly Detection of Time Series", "Thesis", 2010, []),
        (
            "Adversarially Learned One-Class Classifier for Novelty Detection",
            "CVPR",
            2018,
            ["ALOCC"],
        ),
        (
            "Estimating the Support of a High-Dimensional Distribution",
            "Journal of Neural Computation",
            2001,
            ["OC-SVM"],
        ),
        ("SSD: A Unified Framework for Self-Supervised Outlier Detection", "ICLR", 2021, []),
    ]


def test_a_link_text_of_a_name_and_a_lower_case_description() -> None:
    """``[LlamaIndex, data framework for your LLM application](url)``: the name is the title,
    the description a note; ``[Look, Listen and Learn](url)`` goes on in capitals and stays
    whole."""
    from awesome_ptm.parse import parse_text

    text = (
        "# Tools\n\n"
        "- [LlamaIndex, data framework for your LLM application](https://github.com/run-llama/llama_index)\n"
        "- [Look, Listen and Learn](https://arxiv.org/abs/1705.08168)\n"
        "- [Deep Learning, a survey](https://example.org/dl)\n"
        "- [On ray casting, ray tracing, ray marching and the like](https://example.org/rc)\n"
        "- [Synthèse d'images avec OpenGL (ES)](https://example.org/gl)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.notes) for e in entries] == [
        ("LlamaIndex", ["data framework for your LLM application"]),
        ("Look, Listen and Learn", []),
        ("Deep Learning, a survey", []),
        # (a name's words are capitalised; "ES" here is OpenGL ES, not Spanish)
        ("On ray casting, ray tracing, ray marching and the like", []),
        ("Synthèse d'images avec OpenGL (ES)", []),
    ]


def test_a_short_bold_title_after_a_year_and_a_tag() -> None:
    """``(2023) [💬Image Editing] **Generative Fill**.``: a bold title of two words after
    the tag is the title; a bold word glued to the rest of a title (``**Mobile**VLM V2: …``)
    is only emphasis inside it."""
    from awesome_ptm.parse import parse_text

    text = (
        "# Papers\n\n"
        "* (2023) [💬Image Editing] **Generative Fill**. "
        "[[Project](https://www.adobe.com/products/photoshop/generative-fill.html)]\n"
        "- (arXiv 2024.2) **Mobile**VLM V2: Faster and Stronger Baseline for **Vision Language** "
        "Model, [[Paper]](https://arxiv.org/pdf/2402.03766.pdf)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.year) for e in entries] == [
        ("Generative Fill", 2023),
        ("MobileVLM V2: Faster and Stronger Baseline for Vision Language Model", 2024),
    ]


def test_a_name_and_its_description_before_a_star_count_link() -> None:
    """``🟢 idyntree - Library for … [⭐ 231](url)``: the only link counts stars, so the text
    before it is the name and its description; a linked name keeps its link's text; words
    after the link make the line a sentence, not a name."""
    from awesome_ptm.parse import parse_text

    text = (
        "# Robotics\n\n"
        "* 🟢 idyntree - Library for estimation and whole-body dynamics of floating-base robots. "
        "[⭐ 231](https://github.com/gbionics/idyntree)\n"
        "* 🟢 [DART](https://dartsim.github.io/) - Dynamic Animation and Robotics Toolkit. "
        "[⭐ 1k](https://github.com/dartsim/dart)\n"
        "* A long sentence - that goes on with a [link](https://example.org/x) in it\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, len(e.links)) for e in entries] == [
        ("idyntree", 1),
        ("DART", 2),
        ("A long sentence - that goes on with a", 1),
    ]


def test_a_title_after_a_venue_bracket_and_the_paper_s_links() -> None:
    """``[ECCV 2020 spotlight] ([paper](url) [code](url)) Title``: the venue bracket, the
    links named by their kind (``exist code`` too, in round or square brackets), then the
    title; a remark in brackets before or after it is no part of it."""
    from awesome_ptm.parse import parse_text

    text = (
        "# Few-shot\n\n"
        "- [ECCV 2020 spotlight] ([paper](https://arxiv.org/abs/2003.12060) "
        "[code](https://github.com/bl0/negative-margin.few-shot)) Negative Margin Matters: "
        "Understanding Margin in Few-shot Classification\n"
        "- [NIPS 2018 Bengio] ([paper](https://example.org/metagan)) MetaGAN An Adversarial "
        "Approach to Few-Shot Learning\n"
        "- [ICML 2019] ([paper](https://arxiv.org/pdf/1902.04552.pdf)) (RECOMMENDED!) Infinite "
        "Mixture Prototypes for Few-shot Learning\n"
        "- [CVPR 2020] [ [exist code](https://github.com/Sha-Lab/FEAT) ] Few-Shot Learning via "
        "Embedding Adaptation\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.venue, e.year, len(e.links)) for e in entries] == [
        (
            "Negative Margin Matters: Understanding Margin in Few-shot Classification",
            "ECCV",
            2020,
            2,
        ),
        ("MetaGAN An Adversarial Approach to Few-Shot Learning", "NeurIPS", 2018, 1),
        ("Infinite Mixture Prototypes for Few-shot Learning", "ICML", 2019, 1),
        ("Few-Shot Learning via Embedding Adaptation", "CVPR", 2020, 1),
    ]


def test_a_title_wrapped_over_two_lines_of_its_item() -> None:
    """``- Re-energizing Domain Discriminator with Sample Relabeling`` / ``for Adversarial
    Domain Adaptation [[ICCV2021]](url)``: the second line goes on in lower case (or the first
    ends on ``and``), so the title runs over both; a line of names below a title does not."""
    from awesome_ptm.parse import parse_text

    text = (
        "# DA\n\n"
        "- Re-energizing Domain Discriminator with Sample Relabeling\n"
        "for Adversarial Domain Adaptation [[ICCV2021]](https://example.org/iccv)\n"
        "- Generalized Domain Adaptation with Covariate and\n"
        "Label Shift CO-ALignment [[arXiv 23 Oct 2019]](https://arxiv.org/abs/1910.10320)\n"
        "- A Paper Title Written Alone\n"
        "Jane Doe, John Roe [[paper]](https://example.org/p)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [e.title for e in entries] == [
        "Re-energizing Domain Discriminator with Sample Relabeling for Adversarial Domain "
        "Adaptation",
        "Generalized Domain Adaptation with Covariate and Label Shift CO-ALignment",
        "A Paper Title Written Alone",
    ]
    assert [(e.venue, e.year) for e in entries[:2]] == [("ICCV", 2021), ("arXiv", 2019)]


def test_a_bold_paper_title_over_its_names_and_code_links_in_a_language() -> None:
    """``- **Title (KDD 2020)**`` over ``- Names``, ``- [[Paper]](url)``, ``- [[C++
    Reference]](url)``: one paper (the sub-items are its details, a link named by its
    language is a code link like ``code``), its venue and year from the bold title's closing
    bracket (``(AAAI 17)``, a journal no alias knows). A bold item over titled resources
    still names their group."""
    text = (
        "## Matrix Factorization\n\n"
        "- **Local Community Detection in Multiple Networks (KDD 2020)**\n"
        "  - Yuchen Bian, Yaowei Yan, Xiao Liu\n"
        "  - [[Paper]](http://personal.psu.edu/RWM.pdf)\n"
        "  - [[C++ Reference]](https://github.com/flyingdoog/RWM)\n\n"
        "- **Community Preserving Network Embedding (AAAI 17)**\n"
        "  - Xiao Wang, Peng Cui\n"
        "  - [[Paper]](https://example.org/aaai17.pdf)\n"
        "  - [[Java Spark Reference]](https://github.com/o/spark)\n\n"
        "- **Graph Constraint-Based Subspace Clustering (Neural Computing and Applications "
        "2019)**\n"
        "  - Yunjun Xiao, Jia Wei\n"
        "  - [[Paper]](https://link.springer.com/article/10.1007/x)\n\n"
        "- **Libraries**\n"
        "  - [NetworkX](https://networkx.org) - graphs in Python\n"
        "  - [igraph](https://igraph.org) - graphs in C\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.venue, e.year, len(e.links)) for e in entries] == [
        ("Local Community Detection in Multiple Networks", "KDD", 2020, 2),
        ("Community Preserving Network Embedding", "AAAI", 2017, 2),
        (
            "Graph Constraint-Based Subspace Clustering",
            "Neural Computing and Applications",
            2019,
            1,
        ),
        ("NetworkX", None, None, 1),
        ("igraph", None, None, 1),
    ]
    assert entries[0].authors == ["Yuchen Bian", "Yaowei Yan", "Xiao Liu"]
    assert entries[3].section[-1] == "Libraries"


def test_a_link_named_by_its_language_is_no_title_but_a_language_alone_is() -> None:
    """``[PyTorch Code](url)`` and ``[Official Implementation](url)`` name a code link;
    ``[Python](url)``, ``[Python Machine Learning](url)`` and an unbracketed ``[Graph
    Reference](url)`` name resources."""
    from awesome_ptm.parse._notes import is_generic_label

    assert is_generic_label("PyTorch Code")
    assert is_generic_label("Official Implementation")
    assert is_generic_label("[Java Spark Reference]")
    assert not is_generic_label("Python")
    assert not is_generic_label("Python Machine Learning")
    assert not is_generic_label("Graph Reference")
    assert not is_generic_label("[A Long Bracketed Reference Title]")


def test_icons_whose_image_reference_is_undefined_are_no_titles() -> None:
    """``[![Open-Source Software][oss icon]](repo) [Cura](site)`` and ``![Nonfree][freeware
    icon] [Ocenaudio](site)`` where no ``[oss icon]:`` definition exists: GitHub shows the
    markup, but it is an icon that failed; the name is the next link's text."""
    text = (
        "# Apps\n\n"
        "- [![Open-Source Software][oss icon]](https://github.com/Ultimaker/Cura) "
        "[Cura](https://ultimaker.com/cura) - A 3D printer slicing application.\n"
        "- ![Nonfree][freeware icon] [Ocenaudio](https://www.ocenaudio.com/) - Audio editor.\n"
        "- [Plain](https://example.org/plain) - a [bracketed][word] in a description.\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, len(e.links)) for e in entries] == [
        ("Cura", 2),
        ("Ocenaudio", 1),
        ("Plain", 1),
    ]
    assert entries[0].notes == ["A 3D printer slicing application."]


def test_a_paper_paragraph_and_a_table_cell_behind_emoji_shortcodes() -> None:
    """``Generative Adversarial Nets (GANs) (2014) [[pdf]](url) [[code]](url)`` as a
    paragraph of its own is a paper, not prose around a link; ``:chart_with_upwards_trend:
    Title [[pdf]](url)`` in a table cell has the shortcode as emoji, not as title words."""
    text = (
        "# GANs\n\n"
        "### Opening Publication\n"
        "Generative Adversarial Nets (GANs) (2014) [[pdf]](https://arxiv.org/pdf/1406.2661v1.pdf)"
        "  [[code]](https://github.com/goodfeli/adversarial)\n\n"
        "### Papers\n\n"
        "S/N|Paper|Year|Citations\n"
        ":---:|:---:|:---:|:---:\n"
        "|4| :chart_with_upwards_trend: Wasserstein GAN (WGAN)  "
        "[[pdf]](https://arxiv.org/pdf/1701.07875.pdf)|2017|587\n\n"
        "Read more about it in the [survey of 2019](https://example.org/survey).\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.year, len(e.links)) for e in entries] == [
        ("Generative Adversarial Nets (GANs)", 2014, 2),
        ("Wasserstein GAN (WGAN)", 2017, 1),
    ]


def test_html_links_in_items_are_links_but_an_introductions_are_markup() -> None:
    """``  - <a href='…/1.jpg'>`Screenshot 1`</a>`` and ``  - [\\uf8ff App Store](url)``
    under ``- [App](repo): …``: links of the app (an App Store page names the kind of page,
    the Apple logo is an icon); ``A curated list of <a href=…>VS Code</a> …`` as a paragraph
    stays an introduction."""
    text = (
        "# Apps\n\n"
        'A curated list of delightful <a href="https://code.visualstudio.com/">Visual Studio '
        "Code</a> packages and resources.\n\n"
        "## TV\n\n"
        "- [iCook TV](https://github.com/polydice/iCook-tvOS): Taiwanese cooking videos\n"
        "  - [\uf8ff App Store](https://apps.apple.com/app/id554065086) "
        "<a href='https://polydice.com/shot.png'>`Screenshot 1`</a>\n"
        "  -  `2023` `swift`\n"
        "- [VLC](https://github.com/videolan/vlc): Media Player\n"
        "  - <a href=https://www.videolan.org/>`https://www.videolan.org/`</a>\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, [link.url for link in e.links]) for e in entries] == [
        (
            "iCook TV",
            [
                "https://github.com/polydice/iCook-tvOS",
                "https://apps.apple.com/app/id554065086",
                "https://polydice.com/shot.png",
            ],
        ),
        ("VLC", ["https://github.com/videolan/vlc", "https://www.videolan.org/"]),
    ]


def test_an_html_badge_image_in_a_markdown_line_states_the_venue() -> None:
    """``Title <img src="https://img.shields.io/badge/VLDB'2020-blue"> [<img src=…Paper-grey>](
    url)``: the inline HTML badge is an image whose label gives venue and year, the linked
    badge stays the paper's link."""
    text = (
        "# Surveys\n\n"
        "1. Natural language to SQL: Where are we today? "
        '<img src="https://img.shields.io/badge/VLDB\'2020-blue"> '
        '[<img src="https://img.shields.io/badge/Paper-grey">]'
        "(https://www.vldb.org/pvldb/vol13/p1737-kim.pdf)\n"
        "1. A Deep Dive into Deep Learning Approaches for Text-to-SQL Systems.\n"
        '<img src="https://img.shields.io/badge/SIGMOD\'2021-red"> '
        '[<img src="https://img.shields.io/badge/Paper-grey">](https://dl.acm.org/doi/10.1145/3448016)\n'
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.venue, e.year, [link.url for link in e.links]) for e in entries] == [
        ("VLDB", 2020, ["https://www.vldb.org/pvldb/vol13/p1737-kim.pdf"]),
        ("SIGMOD", 2021, ["https://dl.acm.org/doi/10.1145/3448016"]),
    ]


def test_a_link_text_of_a_bold_tag_then_an_italic_title() -> None:
    """``[**Java**: _Building Your Own Kafka-like System_](url)``: the italic part is the
    title, the bold tag a note; a link with bold words inside its title keeps them all."""
    text = (
        "# Build your own\n\n"
        "* [**Java**: _Building Your Own Kafka-like System From Scratch_]"
        "(https://github.com/buildthingsuseful/build-your-own-kafka)\n"
        "* [**C++**: _Physically Based Rendering_](http://www.pbr-book.org/)\n"
        "* [A **bold** idea](https://example.org/idea)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.notes) for e in entries] == [
        ("Building Your Own Kafka-like System From Scratch", ["Java"]),
        ("Physically Based Rendering", ["C++"]),
        ("A bold idea", []),
    ]


def test_a_badge_of_a_name_and_a_date_gives_venue_and_date() -> None:
    """``![](…/badge/arXiv-2025.09-red)``, ``![](…/badge/IEEE_TAC-2025-blue)``: the label is
    where the work appeared (one no alias knows kept as written), the message when; an
    ``Updated-2024.05`` or ``python-3.8`` badge dates or names nothing of the sort."""
    text = (
        "# Papers\n\n"
        "* Vision-Zero: Scalable VLM Self-Improvement [[Paper]](https://www.arxiv.org/abs/2509"
        ".25541) ![](https://img.shields.io/badge/arXiv-2025.09-red)\n"
        "* On the Convergence Rate of MCTS [[Paper]](https://ieeexplore.ieee.org/document/1087)"
        " ![](https://img.shields.io/badge/IEEE_TAC-2025-blue)\n"
        "* Tool X [[Code]](https://github.com/a/b) "
        "![](https://img.shields.io/badge/Updated-2024.05-blue)\n"
        "* Tool Y [[Code]](https://github.com/c/d) ![](https://img.shields.io/badge/python-3.8-blue)\n"
        "* Beyond A*: Better Planning with Transformers [[Paper]](https://arxiv.org/abs/2402.14083)"
        " ![](https://img.shields.io/badge/ICLR_WorkShop-2024-blue)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.venue, e.year, e.date) for e in entries] == [
        ("arXiv", 2025, "2025-09"),
        ("IEEE TAC", 2025, None),
        (None, None, None),
        (None, None, None),
        ("ICLR Workshop", 2024, None),
    ]


def test_a_linked_badge_naming_the_work_and_its_venue_opens_an_entry() -> None:
    """AtsuMiyai/Awesome-OOD-VLM (held-out h405) writes each paper as a linked badge, its
    label the venue and year, its message the method's name (the alt text), then a line of
    star badges linking the code: 6 of 39 entries were read (the papers were badges). A
    survey's own ``arXiv-2407.21794`` badge and a venue's badge whose message is not its alt
    text (``CVPR-2024``, alt ``CVPR``) are still badges."""
    text = (
        "# Survey\n\n"
        "[![arXiv](https://img.shields.io/badge/arXiv-2407.21794-b31b1b.svg)]"
        "(https://arxiv.org/abs/2407.21794)\n\n"
        "### Zero-shot\n\n"
        ">-  [![ZOC](https://img.shields.io/badge/AAAI'22-ZOC-fdd7e6?style=for-the-badge)]"
        "(https://arxiv.org/abs/2109.02748)\n"
        "    [![Star](https://img.shields.io/github/stars/sesmae/ZOC.svg?style=social&label=Star)]"
        "(https://github.com/sesmae/ZOC)\n"
        "> - [![GL-MCM](https://img.shields.io/badge/arXiv'23-GLMCM-fdd7e6?style=for-the-badge)]"
        "(https://arxiv.org/abs/2304.04521)\n"
        "> - [![CLIPN](https://img.shields.io/badge/ICCV'23-CLIPN-fdd7e6?style=for-the-badge)]"
        "(https://arxiv.org/abs/2308.12213)\n\n"
        "### Other\n\n"
        "- [![CVPR](https://img.shields.io/badge/CVPR-2024-blue)](https://cvpr.thecvf.com/)\n"
    )
    doc = parse_text(text, "x.md")
    assert [(e.title, e.venue, e.year, [link.url for link in e.links]) for e in doc.entries] == [
        (
            "ZOC",
            "AAAI",
            2022,
            ["https://arxiv.org/abs/2109.02748", "https://github.com/sesmae/ZOC"],
        ),
        ("GL-MCM", "arXiv", 2023, ["https://arxiv.org/abs/2304.04521"]),
        ("CLIPN", "ICCV", 2023, ["https://arxiv.org/abs/2308.12213"]),
    ]
    assert [b.kind for b in doc.blocks if b.line in (3, 14)] == ["badge", "badge"]


def test_a_venue_badge_after_a_dated_title_names_the_venue() -> None:
    """``- [2024/08] **[Title](url)** ![ACL'24](…/badge/ACL'24-f1b800)``: the date before the
    title gives the year, the badge the venue; a topic badge (``LLM``) or a badge naming no
    known venue gives none."""
    text = (
        "# Hallucination\n\n"
        "- [2024/08] **[A Glitch in the Matrix?](https://aclanthology.org/2024.acl-long.369/)**"
        " ![LLM](https://img.shields.io/badge/LLM-589cf4)"
        " ![ACL'24](https://img.shields.io/badge/ACL'24-f1b800)\n"
        "- [2023/12] **[Kernel Language Entropy](https://arxiv.org/abs/2405.20003)**"
        " ![NeurIPS'24](https://img.shields.io/badge/NeurIPS'24-f1b800)\n"
        "- [2024/05] **[A Token Probability Approach](https://arxiv.org/abs/2405.19648)**"
        " ![LLM](https://img.shields.io/badge/LLM-589cf4)\n"
        "- [2024/05] **[Detecting Things](https://arxiv.org/abs/2405.1)**"
        " ![Stars](https://img.shields.io/badge/Stars-120-blue)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.venue, e.year) for e in entries] == [
        ("ACL", 2024),
        ("NeurIPS", 2023),  # the year the text states before the title stays
        (None, 2024),
        (None, 2024),
    ]


def test_a_bracket_naming_the_kind_of_page_closes_no_title() -> None:
    """``[**segment-anything-video (Project)**](url)``: "Project" says what the link is, a
    note; ``[Decision Transformer (GitHub)](url)`` keeps its host in the name as written."""
    text = (
        "# Anything\n\n"
        "* [segment-anything-video (Project)](https://github.com/kadirnar/segment-anything-video)"
        "\n* [Decision Transformer (GitHub)](https://github.com/kzl/decision-transformer)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.notes) for e in entries] == [
        ("segment-anything-video", ["Project"]),
        ("Decision Transformer (GitHub)", []),
    ]


def test_a_bold_title_closed_by_two_venues_takes_the_first() -> None:
    """heldout48 kd-papers: ``**Title, CVPR 2019, TPAMI 2020**`` (the conference, then the
    journal version): the work's venue is where it appeared first."""
    text = (
        "# Distillation\n\n"
        "- **Structured Knowledge Distillation for Dense Prediction, CVPR 2019, TPAMI 2020** "
        "[[Pytorch]](https://github.com/a/b)\n"
        "- **Distilling the Knowledge in a Neural Network, NeurIPS-workshop 2014**\n"
        "  - https://arxiv.org/abs/1503.02531\n"
        "- **Learning Problems, Methods, and Opportunities, ICME 2023** [[Code]](https://g.example/c)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.venue, e.year) for e in entries] == [
        ("Structured Knowledge Distillation for Dense Prediction", "CVPR", 2019),
        ("Distilling the Knowledge in a Neural Network", "NeurIPS Workshop", 2014),
        ("Learning Problems, Methods, and Opportunities", "ICME", 2023),
    ]


def test_a_citation_count_closing_a_titles_bracket_is_a_note() -> None:
    """heldout53 imbalanced-learning: ``**Title (2016, 900+ citations) [[**Paper**](url)]**``
    (the bold around the link, so the line reads as text): the year is the bracket's, the
    count a note. A bracket of a year and a word that is no count stays the title's."""
    text = (
        "# Papers\n\n"
        "- **Learning from imbalanced data: open challenges (2016, 900+ citations) "
        "[[**Paper**](https://r.example/1)]**\n"
        "- **SMOTEBoost (2003, 1100+ citations) [[**Paper**]](https://r.example/3)"
        "[[**Code**](https://r.example/4)]\n"
        "- **Bold Title For Imbalance (2003, 1,100 citations)** [[Paper]](https://r.example/5)\n"
        "- **Exploratory Undersampling (IEEE Trans. on SMC, 2008, 1300+ citations) "
        "[[**Paper**](https://r.example/7)]**\n"
        "- **Imbalance In Practice (2003, 1100+ pages)** [[Paper]](https://r.example/6)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.year, e.notes) for e in entries] == [
        ("Learning from imbalanced data: open challenges", 2016, ["900+ citations"]),
        ("SMOTEBoost", 2003, ["1100+ citations"]),
        ("Bold Title For Imbalance", 2003, ["1,100 citations"]),
        ("Exploratory Undersampling", 2008, ["IEEE Trans. on SMC, 1300+ citations"]),
        ("Imbalance In Practice (2003, 1100+ pages)", None, []),
    ]


def test_a_paragraph_of_papers_one_a_line() -> None:
    """heldout51 noisy-labels: ``Title, NeurIPS 2021 [[Link](url)]<br>`` on each line of one
    paragraph: a paper a line, its venue and year. A paragraph whose lines are sentences
    mentioning a link, or whose second line names no venue, stays prose."""
    text = (
        "# Papers\n\n## Understanding\n\n"
        "How Does Architecture Impact Robustness to Noisy Labels, NeurIPS 2021 "
        "[[Link](https://openreview.net/forum?id=TBWA6PLJZQm)]<br>\n"
        "Beyond Class-Conditional Assumption: A Primary Attempt, AAAI 2021 "
        "[[Link](https://arxiv.org/abs/2012.05458)] <br>\n\n"
        "## Other\n\n"
        "We thank the authors of Noisy Label Studies, NeurIPS 2021 [[Link](https://t.example/1)]<br>\n"
        "and everyone who sent a pull request [[Link](https://t.example/2)]<br>\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.venue, e.year, e.source.line) for e in entries] == [
        ("How Does Architecture Impact Robustness to Noisy Labels", "NeurIPS", 2021, 5),
        ("Beyond Class-Conditional Assumption: A Primary Attempt", "AAAI", 2021, 6),
    ]


def test_a_bold_title_with_badges_over_a_paragraph_citing_it_is_one_entry() -> None:
    """``**Title.** ![](…/badge/-ai4db-…)`` then, as a paragraph of its own, ``*Names. Venue,
    Year.* [[paper](url)]``: one paper, the names, venue and year read inside the emphasis.
    A bold line over a paragraph of prose stays apart from it."""
    text = (
        "# DB\n\n## Survey\n\n"
        "**Database meets deep learning: Challenges and opportunities.** "
        "![](https://img.shields.io/badge/-ai4db-Informational)\n\n"
        "*Wei Wang, Meihui Zhang, Gang Chen, et al.  SIGMOD Record, 2016.* "
        "[[paper](https://doi.org/10.1145/3003665.3003669)]\n\n"
        "**A Survey on Advancing the DBMS Query Optimizer.**\n\n"
        "*Hai Lan, Zhifeng Bao, Yuwei Peng. Data Science and Engineering, 2021.* "
        "[[paper](https://link.springer.com/article/10.1007/s41019-020-00149-7)] "
        "[[code](https://github.com/a/b)]\n\n"
        "**Tools**\n\n"
        "*We keep the tools we like here*, see [the site](https://example.org/tools).\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.venue, e.year, e.authors, len(e.links)) for e in entries] == [
        (
            "Database meets deep learning: Challenges and opportunities",
            "SIGMOD Record",
            2016,
            ["Wei Wang", "Meihui Zhang", "Gang Chen"],
            1,
        ),
        (
            "A Survey on Advancing the DBMS Query Optimizer",
            "Data Science and Engineering",
            2021,
            ["Hai Lan", "Zhifeng Bao", "Yuwei Peng"],
            2,
        ),
    ]
    assert entries[0].source.line == 5 and entries[0].source.end_line == 7


def test_names_written_surname_then_initials_close_on_an_initial_before_the_venue() -> None:
    """aidb-autonomous-db cites ``*Kanellis K, Alagappan R, Venkataraman S. HotStorage
    2020.*`` under a bold title: the full stop after the last initial ends the names (it was
    read as no names line, the title left alone); a line whose venue part carries pages
    (``PVLDB, 11(7):800–812, 2018.``) is still not read as one."""
    text = (
        "# DB\n\n## Knob Selection\n\n"
        "**Too Many Knobs to Tune? Towards Faster Database Tuning**\n\n"
        "*Kanellis K, Alagappan R, Venkataraman S. HotStorage 2020.* "
        "[[paper](https://www.usenix.org/system/files/hotstorage20_paper_kanellis.pdf)]\n\n"
        "**Tuning Tools that Read the Manual**\n\n"
        "*Trummer I. VLDB, 2021.* [[paper](http://vldb.org/pvldb/vol14/p1159-trummer.pdf)]\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.venue, e.year, e.authors, e.source.line) for e in entries] == [
        (
            "Too Many Knobs to Tune? Towards Faster Database Tuning",
            "HotStorage",
            2020,
            ["Kanellis K", "Alagappan R", "Venkataraman S"],
            5,
        ),
        ("Tuning Tools that Read the Manual", "VLDB", 2021, ["Trummer I"], 9),
    ]


def test_bold_italic_is_read_as_bold_and_a_colon_closing_a_bold_name_opens_the_title() -> None:
    """``***Title.*** Names. [[link](url)]``: bold and italic is a bold title.
    ``**PreciseCam:** Precise Camera Control … [[Paper]](url)`` and ``***AIGV-Assessor:***
    *Benchmarking …*``: the name and its title are one title when the link is the paper;
    a tool's description after ``**FastAPI:**`` stays a note, the colon no part of the
    name."""
    text = (
        "# Papers\n\n"
        "- ***Towards instance-optimized data systems.*** Tim Kraska, Jialin Ding, et al. "
        "[[link](http://vldb.org/pvldb/vol14/p3222-kraska.pdf)]\n"
        "- **PreciseCam:** Precise Camera Control for Text-to-Image Generation "
        "[[Paper]](https://arxiv.org/abs/2501.12910) [[Code]](https://github.com/e/P)\n"
        "- ***AIGV-Assessor:*** *Benchmarking and Evaluating the Perceptual Quality* "
        "[[Paper]](https://arxiv.org/abs/2411.17221)\n"
        "- ***Sora:*** *Tim Brooks, Bill Peebles, Connor Holmes* "
        "[[Paper]](https://openai.com/sora)\n"
        "- **FastAPI:** A modern web framework for building APIs [[Code]](https://github.com/x/y)\n"
        "- ⚠️ ***PERSONA:*** PERSONA: Personalized Whole-Body 3D Avatar from a Single Image\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [e.title for e in entries] == [
        "Towards instance-optimized data systems",
        "PreciseCam: Precise Camera Control for Text-to-Image Generation",
        "AIGV-Assessor: Benchmarking and Evaluating the Perceptual Quality",
        "Sora",
        "FastAPI",
        "PERSONA: Personalized Whole-Body 3D Avatar from a Single Image",  # the name repeated
    ]
    assert entries[4].notes == ["A modern web framework for building APIs"]
    assert entries[0].authors == ["Tim Kraska", "Jialin Ding"]
    assert entries[3].authors == ["Tim Brooks", "Bill Peebles", "Connor Holmes"]


def test_a_paragraph_of_resource_lines_is_a_list_without_markers() -> None:
    """``[RISE](url) - Turn notebooks into presentations.␠␠`` a line, no list markers: one
    entry a line, ``PCA - [link](url)`` too; a line without a link is a remark. Two lines
    are two entries only when both are ``[Name](url) - description``; a title over a line of
    generic links stays one paper."""
    text = (
        "# Data Science\n\n#### Jupyter\n"
        "[RISE](https://github.com/damianavila/RISE) - Turn Jupyter notebooks into "
        "presentations.  \n"
        "[handcalcs](https://github.com/connorferster/handcalcs) - Equations in Jupyter.  \n"
        "Check also the Clustering section for ideas!  \n"
        "PCA - [link](https://scikit-learn.org/pca.html)  \n"
        "[voila](https://github.com/QuantStack/voila) - Standalone web applications.\n\n"
        "#### Effect Size\n"
        "[MOTE](https://www.aggieerin.com/shiny-server/) - [Shiny App](https://doomlab.io/)  \n"
        "[Durga](https://github.com/K/EstimationPlot) - Mean difference plots.\n\n"
        "#### Papers\n"
        "[Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)  \n"
        "[Paper](https://arxiv.org/pdf/1512.03385) [Code](https://github.com/KaimingHe/r)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.source.line) for e in entries] == [
        ("RISE", 4),
        ("handcalcs", 5),
        ("PCA", 7),
        ("voila", 8),
        ("MOTE", 11),
        ("Durga", 12),
        ("Deep Residual Learning for Image Recognition", 15),
    ]
    assert [link.url for link in entries[4].links] == [
        "https://www.aggieerin.com/shiny-server/",
        "https://doomlab.io/",
    ]
    assert len(entries[6].links) == 3


def test_a_bold_short_name_over_the_quoted_title_of_its_paper() -> None:
    """``* **Siam R-CNN:** Names.<br />`` / ``"Title." CVPR (2020 **Oral**).`` / links: the
    quoted line is the title, the bold name an alias, the names the authors. A long bold
    title over a quoted line keeps its title."""
    text = (
        "# Tracking\n\n## CVPR2020\n\n"
        "* **Siam R-CNN:** Paul Voigtlaender, Jonathon Luiten, Bastian Leibe.<br />\n"
        '  "Siam R-CNN: Visual Tracking by Re-Detection." CVPR (2020).\n'
        "  [[paper](https://arxiv.org/pdf/1911.12836.pdf)]\n\n"
        "* **MAML:** Guangting Wang, Chong Luo.<br />\n"
        '  "Tracking by Instance Detection: A Meta-Learning Approach." CVPR (2020 **Oral**).\n'
        "  [[paper](https://arxiv.org/pdf/2004.00830v1.pdf)]\n\n"
        "* **A Long Bold Title of a Survey on Tracking**<br />\n"
        '  "Some quoted remark about the whole field." 2021.\n'
        "  [[paper](https://arxiv.org/abs/2101.1)]\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.aliases, e.authors, e.venue, e.year) for e in entries[:2]] == [
        (
            "Siam R-CNN: Visual Tracking by Re-Detection",
            ["Siam R-CNN"],
            ["Paul Voigtlaender", "Jonathon Luiten", "Bastian Leibe"],
            "CVPR",
            2020,
        ),
        (
            "Tracking by Instance Detection: A Meta-Learning Approach",
            ["MAML"],
            ["Guangting Wang", "Chong Luo"],
            "CVPR",
            2020,
        ),
    ]
    assert entries[2].title == "A Long Bold Title of a Survey on Tracking"


def test_a_paper_written_links_first_and_its_title_last() -> None:
    """``:green_square: `UVOS` `Apr` - [paper](url) / [code](url) - Title``, a paragraph a
    paper: the title after the links (wrapped onto the next line too), the code tags notes,
    a known venue in code the venue. ``[Lua Repo](url) - The official Lua repo`` is a
    resource and its description."""
    nb = "&nbsp;&nbsp;&nbsp;-&nbsp;&nbsp;&nbsp;"
    text = (
        "# VOS\n\n### ArXiv\n\n"
        f":green_square: `UVOS` `Apr` {nb} [paper](https://arxiv.org/pdf/2604.14630) / "
        f"[code](https://github.com/I/CMTM) {nb} CMTM: Cross-Modal Token Modulation for VOS\n\n"
        f":orange_square: `RVOS` {nb} [paper](https://arxiv.org/pdf/2604.11411) / code {nb} "
        "Online Reasoning Video Object\nSegmentation\n\n"
        f":green_square: `UVOS` {nb} [paper](https://arxiv.org/abs/2501.07806) / "
        f"[project page and dataset](https://p.example/) {nb} \n"
        " `TNNLS` Learning Motion and Temporal Cues for Unsupervised VOS\n\n"
        "- [Lua Repo](https://github.com/lua/lua) - The official Lua repo, mirrored to GitHub.\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.venue, len(e.links)) for e in entries] == [
        ("CMTM: Cross-Modal Token Modulation for VOS", None, 2),
        ("Online Reasoning Video Object Segmentation", None, 1),
        ("Learning Motion and Temporal Cues for Unsupervised VOS", "TNNLS", 2),
        ("Lua Repo", None, 1),
    ]
    assert entries[0].notes == ["UVOS Apr"]


def test_a_bold_title_over_a_link_named_by_its_venue_and_year_is_a_paper() -> None:
    """``**1. Title**: \\[[KDD2025](url)\\] \\[[CODE](url)\\]`` as a paragraph: a paper, the
    link's text its venue and year; a bold phrase opening a sentence about a link stays
    prose."""
    text = (
        "# AI4PDE\n\n## 1. Solving\n\n"
        "**1. Harnessing Scale and Physics: A Multi-Graph Neural Operator**: "
        "\\[[KDD2025](https://dl.acm.org/doi/10.1145/3690624.3709173)\\] "
        "\\[[CODE](https://github.com/lizhihao2022/AMG)\\]\n\n"
        "Tags: Arbitrary Domain, Geometry\n\n"
        "**Note** that the whole list is also on [our site](https://example.org/list), "
        "updated weekly by the maintainers.\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.venue, e.year, len(e.links)) for e in entries] == [
        ("Harnessing Scale and Physics: A Multi-Graph Neural Operator", "KDD", 2025, 2)
    ]


def test_an_italic_venue_after_a_quoted_title_is_no_names() -> None:
    """``* **RVT-2**: "Title", *RSS 2024*.`` and ``*arXiv Feb 2024*``: the italics hold the
    venue and year (and month), not the authors; italic names stay the authors."""
    text = (
        "# Robotics\n\n"
        '* **RVT-2**: "Learning Precise Manipulation from Few Demonstrations", *RSS 2024*. '
        "[[Paper](https://arxiv.org/pdf/2406.08545)]\n"
        '* **3D Diffuser Actor**: "Policy diffusion with 3d scene representations", '
        "*arXiv Feb 2024*. [[Paper](https://arxiv.org/pdf/2402.10885)]\n"
        "* **Scaffold-GS**: Structured 3D Gaussians, *Tao Lu, Mulin Yu*. "
        "[[Paper](https://arxiv.org/abs/2312.00109)]\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.venue, e.year, e.authors) for e in entries] == [
        ("RSS", 2024, []),
        ("arXiv", 2024, []),
        (None, None, ["Tao Lu", "Mulin Yu"]),
    ]
    assert entries[1].date == "2024-02"


def test_a_text_title_closed_by_a_venue_no_alias_knows_and_its_year() -> None:
    """``* Title, AIES 2020 [[Paper]](url)``, ``…, IEEE Transactions on Fuzzy Systems, 2020``,
    ``…, 2012``: before links that only say what they are, the venue (kept as written when
    no alias knows it) and the year close the title; a linked title keeps its comma."""
    text = (
        "# Data-centric AI\n\n"
        "* Certifai: Counterfactual explanations for robustness, AIES 2020 "
        "[[Paper]](https://arxiv.org/abs/1905.07857)\n"
        "* Active incremental feature selection using a fuzzy-rough-set-based information "
        "entropy, IEEE Transactions on Fuzzy Systems, 2020 [[Paper]](https://ieeexplore.ieee"
        ".org/document/8933450)\n"
        "* Introduction to k nearest neighbour classification, 2012 "
        "[[Paper]](http://www.math.le.ac.uk/x.pdf)\n"
        "* [Hands-On Machine Learning, Second Edition](https://a.example/b)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.venue, e.year) for e in entries] == [
        ("Certifai: Counterfactual explanations for robustness", "AIES", 2020),
        (
            "Active incremental feature selection using a fuzzy-rough-set-based information "
            "entropy",
            "IEEE Transactions on Fuzzy Systems",
            2020,
        ),
        ("Introduction to k nearest neighbour classification", None, 2012),
        ("Hands-On Machine Learning, Second Edition", None, None),
    ]


def test_a_text_title_closed_by_a_venue_tag_with_a_two_digit_year() -> None:
    """awesome-computer-vision-in-sports writes ``- Title, CVPRW'24 [[Paper]](url)`` and
    ``- Title, Preprint [[Paper]](url)``: the tag after the last comma is the venue (and its
    year), not the title's; a venue's own commas (``AIAA Guidance, Navigation, and Control
    Conference 2004``) and a workshop named before the venue (``Title. 3rd Workshop …, ACL``)
    do not split there."""
    text = (
        "### 2024\n"
        "- SoccerNet Game State Reconstruction: End-to-End Athlete Tracking and "
        "Identification on a Minimap, CVPRW'24 [[Paper]](https://arxiv.org/abs/2404.11335)\n"
        "- Towards Universal Soccer Video Understanding, Preprint "
        "[[Paper]](https://arxiv.org/pdf/2412.01820)\n"
        "- Multi-task Learning for Joint Re-identification, Team Affiliation, and Role "
        "Classification for Sports Visual Tracking, ACM MMSports'23 "
        "[[Paper]](https://arxiv.org/html/2401.09942v1)\n"
        "- A methodology for automated trajectory prediction analysis, AIAA Guidance, "
        "Navigation, and Control Conference and Exhibit 2004. [[Paper]](https://a.example/x)\n"
        "- Detecting Code-Switching between Turkish-English Language Pair. Workshop W-NUT, "
        "EMNLP [[Paper]](https://a.example/y)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.venue, e.year) for e in entries[:3]] == [
        (
            "SoccerNet Game State Reconstruction: End-to-End Athlete Tracking and "
            "Identification on a Minimap",
            "CVPR Workshop",
            2024,
        ),
        ("Towards Universal Soccer Video Understanding", "arXiv", None),
        (
            "Multi-task Learning for Joint Re-identification, Team Affiliation, and Role "
            "Classification for Sports Visual Tracking",
            "ACM MMSports",
            2023,
        ),
    ]
    assert entries[3].venue != "and Control Conference and Exhibit"
    assert entries[4].venue is None


def test_a_linked_paper_name_and_the_rest_of_its_title_after_a_colon() -> None:
    """``[Megatron-LM](arxiv): Training Multi-Billion Parameter Language Models``: a link to a
    paper naming it, then the rest of its title in title case, is one title (a venue after a
    bar stays a note); a tool's ``[Vue](url): The Progressive JavaScript Framework`` and a
    description ``[LLM-FP4: Title](url): by HKUST`` are not."""
    text = (
        "# LLM Systems\n\n"
        "- [Megatron-LM](https://arxiv.org/pdf/1909.08053.pdf): Training Multi-Billion "
        "Parameter Language Models Using Model Parallelism\n"
        "- [Perseus](https://arxiv.org/abs/2312.06902v1): Removing Energy Bloat from Large "
        "Model Training | SOSP' 24\n"
        "- [Vue](https://vuejs.org): The Progressive JavaScript Framework\n"
        "- [LLM-FP4: 4-Bit Floating-Point Quantized Transformers](https://arxiv.org/abs/2310"
        ".16836): by HKUST, accepted in EMNLP'23\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [e.title for e in entries] == [
        "Megatron-LM: Training Multi-Billion Parameter Language Models Using Model Parallelism",
        "Perseus: Removing Energy Bloat from Large Model Training",
        "Vue",
        "LLM-FP4: 4-Bit Floating-Point Quantized Transformers",
    ]


def test_a_year_a_quoted_title_its_authors_and_venue() -> None:
    """``[2024: "PageJack: …" by Zhiyun Qian et. al](url) [slides]`` as a linked line, and
    ``2014: "Android Hacker's Handbook" by Joshua J. Drake [[book](url)]`` as a paragraph:
    the year, the quoted title, the names ("et. al" read as "et al."), the venue after
    "at"."""
    text = (
        "# Kernel\n\n## Books\n\n"
        '2014: "Android Hacker\'s Handbook" by Joshua J. Drake '
        "[[book](https://www.goodreads.com/book/show/17628293)]\n\n"
        "## Techniques\n\n"
        '[2024: "PageJack: A Powerful Exploit Technique With Page-Level UAF" by Zhiyun Qian '
        "et. al](https://i.blackhat.com/BH-US-24/PageJack.pdf) [slides] "
        "[[code](https://github.com/Lotuhu/Page-UAF)]\n\n"
        '[2017: "Unleashing Use-Before-Initialization Vulnerabilities" by Kangjie Lu at '
        "NDSS](https://www-users.cs.umn.edu/~kjlu/papers/tss.pdf) [paper]\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.authors, e.venue, e.year, len(e.links)) for e in entries] == [
        ("Android Hacker's Handbook", ["Joshua J. Drake"], None, 2014, 1),
        (
            "PageJack: A Powerful Exploit Technique With Page-Level UAF",
            ["Zhiyun Qian"],
            None,
            2024,
            2,
        ),
        ("Unleashing Use-Before-Initialization Vulnerabilities", ["Kangjie Lu"], "NDSS", 2017, 1),
    ]


def test_paragraphs_of_papers_led_by_a_dated_marker() -> None:
    """``(Arxiv 24.05.27) Title [Paper](url) [Code](url)`` a paragraph: a paper of that day;
    ``(Arxiv 24.05.31, ICML24, Mamba-2) Title`` gives the venue it was published at and the
    preprint's date; a ``Name: what it does`` title is no definition to drop."""
    papers = "".join(
        f"(Arxiv 24.0{i}.0{i}) Paper{i}: A Model for Sequences Number {i} "
        f"[Paper](https://arxiv.org/abs/240{i}.0000{i})\n\n"
        for i in range(1, 6)
    )
    text = (
        "# Mamba\n\n## Papers\n\n"
        "(Arxiv 24.05.31, ICML24, Mamba-2) Transformers are SSMs: Generalized Models "
        "[Paper](https://arxiv.org/abs/2405.21060)  [Code](https://github.com/state-spaces/mamba)"
        f"\n\n{papers}"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.venue, e.year, e.date) for e in entries[:2]] == [
        ("Transformers are SSMs: Generalized Models", "ICML", 2024, "2024-05-31"),
        ("Paper1: A Model for Sequences Number 1", "arXiv", 2024, "2024-01-01"),
    ]
    assert len(entries) == 6


def test_a_paper_tagged_by_an_anchor_link_or_an_author_key() -> None:
    """``<span id>[[TALLFormer]](#12204)</span> [**Title**](url) - Feng Cheng et al, `ECCV
    2022`.``: the anchor link is a short name (an alias; its link stays), the web link the
    title; ```[Pei et al. CVPR23]` Title. CVPR, 2023.``: the key names the first author."""
    text = (
        "# Videos\n\n"
        '- <span id = "22204">[[TALLFormer]](#12204)</span> [**TALLFormer: Temporal Action '
        "Localization with Long-memory Transformer**](http://arxiv.org/abs/2204.01680) - Feng "
        "Cheng et al, `ECCV 2022`.[[code]](https://github.com/klauscc/TALLFormer)\n"
        "- `[Pei et al. CVPR23]` CLIPPING: Distilling CLIP-Based Models with a Student Base. "
        "CVPR, 2023. [[paper]](https://openaccess.thecvf.com/x)\n"
        "- [Intro](#intro) to [the survey](https://a.example/survey)\n"
    )
    entries = parse_text(text, "x.md").entries
    first, second = entries[0], entries[1]
    assert (first.title, first.aliases, first.venue, first.year, first.authors) == (
        "TALLFormer: Temporal Action Localization with Long-memory Transformer",
        ["TALLFormer"],
        "ECCV",
        2022,
        ["Feng Cheng"],
    )
    assert first.links[0].url == "#12204"
    assert (second.authors, second.venue, second.year) == (["Pei"], "CVPR", 2023)
    assert second.title.startswith("CLIPPING: Distilling")
    assert entries[2].title == "Intro"


def test_an_italic_journal_alone_after_the_names_under_a_paper() -> None:
    """``  - Tae Jun Jang, Jin Keun Seo. *MIA*`` under a paper's title: the journal's name
    alone in italics is the venue (kept as written when no alias knows it); an italic
    sentence is none."""
    text = (
        "# Teeth\n\n"
        "- Fully automatic integration of dental CBCT images and intraoral impressions\n"
        "  [[pdf]](https://www.sciencedirect.com/science/article/pii/S1361841524000215)\n"
        "  - Tae Jun Jang, Hye Sun Yun, Jin Keun Seo. *Biomedical Signal Processing and Control*\n"
        "- Another paper on tooth segmentation with many words\n"
        "  [[pdf]](https://arxiv.org/abs/2402.00001)\n"
        "  - Pengyu Dai, Yue Zhao. *this one was accepted, see the page.*\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.venue, e.year) for e in entries] == [
        ("Biomedical Signal Processing and Control", None),
        (None, None),
    ]
    assert entries[0].authors == ["Tae Jun Jang", "Hye Sun Yun", "Jin Keun Seo"]


def test_a_badge_of_a_date_alone_beside_a_venue_badge() -> None:
    """``![](…/badge/arXiv-orange) ![](…/badge/2024.02-blue)``: the venue one badge names,
    the year and month the other gives; a date badge alone gives the year and date; a
    version badge (``python-3.8``) none."""
    text = (
        "# Misinformation\n\n"
        "- **Can Large Language Models Detect Rumors on Social Media?**[[paper]](https://arxiv"
        ".org/abs/2402.03916) ![](https://img.shields.io/badge/arXiv-orange) "
        "![](https://img.shields.io/badge/2024.02-blue)\n"
        "- **TELLER: A Trustworthy Framework for Fake News Detection**[[paper]](https://arxiv"
        ".org/abs/2402.07776) ![](https://img.shields.io/badge/ACL%202024%20Findings-orange) "
        "![](https://img.shields.io/badge/2024.02-blue)\n"
        "- **LLMs are Superior Feedback Providers for Lie Detection**[[paper]](https://t.example"
        "/d.pdf) ![](https://img.shields.io/badge/2024.01-blue)\n"
        "- **A Tool For Something Useful**[[code]](https://github.com/a/b) "
        "![](https://img.shields.io/badge/python-3.8-blue)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.venue, e.year, e.date) for e in entries] == [
        ("arXiv", 2024, "2024-02"),
        ("Findings of ACL", 2024, "2024-02"),
        (None, 2024, "2024-01"),
        (None, None, None),
    ]


def test_a_bold_title_led_by_a_venue_key_and_short_name() -> None:
    """``**(*NeurIPS2013_DeViSE*) Title.**<br>`` / ``*Names.*<br>`` / links: the key gives
    the venue and year (``NeurIPSws2014``: a NeurIPS workshop), the title follows it."""
    text = (
        "# Matching\n\n"
        "**(*NeurIPS2013_DeViSE*) DeViSE: A Deep Visual-Semantic Embedding Model.**<br>\n"
        "*Andrea Frome, Greg S. Corrado, Jonathon Shlens.*<br>\n"
        "[[paper]](https://papers.nips.cc/paper/5204-devise.pdf)\n\n"
        "**(*NeurIPSws2014_UVSE*) Unifying Visual-Semantic Embeddings with Multimodal Neural "
        "Language Models.**<br>\n*Ryan Kiros, Ruslan Salakhutdinov, Richard S. Zemel.*<br>\n"
        "[[paper]](https://arxiv.org/pdf/1411.2539)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.venue, e.year) for e in entries] == [
        ("DeViSE: A Deep Visual-Semantic Embedding Model", "NeurIPS", 2013),
        (
            "Unifying Visual-Semantic Embeddings with Multimodal Neural Language Models",
            "NeurIPS Workshop",
            2014,
        ),
    ]


def test_a_title_written_last_keeps_its_brackets_and_drops_a_tag_s() -> None:
    """After ``[paper](url) - ``: ``Title (`Reasoning VOS via Outside Knowledge!`)`` drops the
    tag in code and the brackets it leaves; ``SAM 2 (Segment Anything v2)`` keeps its own."""
    nb = "&nbsp;-&nbsp;"
    text = (
        "# VOS\n\n"
        f":orange_square: `RVOS` {nb} [paper](https://arxiv.org/pdf/2602.04454) {nb} "
        "Seg-ReSearch: Segmentation with External Search (`Reasoning VOS via Outside "
        "Knowledge!`)\n\n"
        f":blue_square: `SVOS` {nb} [paper](https://arxiv.org/abs/2408.00714) {nb} "
        "Tracking Anything with SAM 2 (Segment Anything v2)\n"
    )
    titles = [e.title for e in parse_text(text, "x.md").entries]
    assert titles == [
        "Seg-ReSearch: Segmentation with External Search",
        "Tracking Anything with SAM 2 (Segment Anything v2)",
    ]


def test_a_heading_names_only_the_first_line_of_links_under_it() -> None:
    """A second line of labelled links under the heading that named an entry is no second
    entry of the same name (the heading names one entry, the first under it)."""
    text = (
        "# Models\n\n### 1. C-Eval\n\n"
        "\\[[官方网站](https://cevalbenchmark.com/)]   \\[[Github](https://github.com/SJTU-LIT/ceval)]\n\n"
        "\\[[官方网站](https://other.example/)]   \\[[Github](https://github.com/o/other)]\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [e.title for e in entries].count("C-Eval") == 1


def test_a_bold_venue_tag_over_a_titled_link_and_its_field_lines() -> None:
    """Jingkang50/OODSurvey (4_OSR.md): each paper a paragraph, ``**[TPAMI-2013]**``, the
    titled link on the next line, then ``<br>`` and ``**Authors:** …`` / ``**Institution:**
    …`` lines. The link is the title, the tag its venue, the Authors line its authors (the
    heading above names a group, not the paper)."""
    text = (
        "# OSR\n\n## 4.1 Classfication\n\n**[TPAMI-2013]**\n"
        "[Toward Open Set Recognition](https://ieeexplore.ieee.org/abstract/document/6365193)\n"
        "<br>\n**Authors:** Walter J. Scheirer, Anderson de Rezende Rocha\n<br>\n"
        "**Institution:** Harvard University; University of Campinas\n\n"
        "**[ECCV-2014]**\n[Multi-class open set recognition using probability of inclusion]"
        "(https://link.springer.com/content/pdf/10.1007/978-3-319-10578-9_26.pdf)\n"
        "<br>\n**Authors:** Lalit P. Jain, Walter J. Scheirer, Terrance E. Boult\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.venue, e.year, e.authors, e.section) for e in entries] == [
        (
            "Toward Open Set Recognition",
            "TPAMI",
            2013,
            ["Walter J. Scheirer", "Anderson de Rezende Rocha"],
            ["OSR", "4.1 Classfication"],
        ),
        (
            "Multi-class open set recognition using probability of inclusion",
            "ECCV",
            2014,
            ["Lalit P. Jain", "Walter J. Scheirer", "Terrance E. Boult"],
            ["OSR", "4.1 Classfication"],
        ),
    ]


def test_a_link_text_that_is_a_series_is_one_title() -> None:
    """d4rkr00t/awesome-web-performance links ``[Tasks, microtasks, queues and
    schedules](url)``; DTaoo's audio-visual list ``[Look, listen and learn](url)``: the words
    after the first comma go on a series of nouns, not a description of a name ``Tasks``
    (``[Langchain, building applications with LLMs through composability](url)`` is one)."""
    doc = parse_text(
        "## 2015\n\n"
        "- [Tasks, microtasks, queues and schedules](https://jakearchibald.com/2015/tasks/)"
        " — JavaScript, Event Loop.\n"
        "- [Look, listen and learn](https://arxiv.org/pdf/1705.08168.pdf)\n"
        "- [Langchain, building applications with LLMs through composability]"
        "(https://github.com/hwchase17/langchain)\n"
    )
    assert [e.title for e in doc.entries] == [
        "Tasks, microtasks, queues and schedules",
        "Look, listen and learn",
        "Langchain",
    ]


def test_a_roman_numeral_is_no_one_speaking_in_a_community_section() -> None:
    """imteekay/web-performance-research lists ``- [🇧🇷 Performance Web I: otimizando o
    front-end](url)`` under ``## Community`` / ``### Courses``: the course's part number
    ``I`` is not a first person, and the courses are entries (``- I maintain the
    [Discord](url)`` speaks for the list)."""
    courses = (
        "- [🇧🇷 Performance Web I: otimizando o front-end](https://www.alura.com.br/a)\n"
        "- [Browser Rendering Optimization](https://classroom.udacity.com/courses/ud860)\n"
        "- [Web Performance Masterclass](https://smashingconf.com/online-workshops/b)\n"
    )
    doc = parse_text(
        "# Web performance\n\n## Articles\n\n"
        + "".join(f"- [Article {n}](https://example.org/{n})\n" for n in range(6))
        + "\n## Community\n\n### Courses\n\n"
        + courses
        + "\n### Chat\n\n- I maintain the [Discord](https://discord.gg/x) for this list.\n"
    )
    assert [e.title for e in doc.entries][6:] == [
        "🇧🇷 Performance Web I: otimizando o front-end",
        "Browser Rendering Optimization",
        "Web Performance Masterclass",
    ]


def test_names_closing_a_link_text_after_by_are_its_authors() -> None:
    """shyuan/awesome-oauth-oidc links ``[OAuth 2.0 Explained by Alex Xu (ByteByteGo)](url)``,
    ``[What's OAuth2 Anyway? by Roman Glushko](url)``: the people after "by" wrote it. A
    company (``SaaS Starter by Cloudrix``), a method (``Document Expansion by Query
    Prediction``) is no byline, nor anything in the title of a paper's link (``… Distracted
    by Irrelevant Context`` on arXiv)."""
    doc = parse_text(
        "## Articles\n\n"
        "* [OAuth 2.0 Explained by Alex Xu (ByteByteGo)](https://x.com/alexxubyte/status/1)\n"
        "* [What's OAuth2 Anyway? by Roman Glushko](https://www.romaglushko.com/blog/oauth)\n"
        "* [SaaS Starter by Cloudrix](https://github.com/cloudrix/saas-starter)\n"
        "* [Document Expansion by Query Prediction](https://example.org/doc2query)\n"
        "* [Language Models Can Be Easily Distracted by Irrelevant Context]"
        "(https://arxiv.org/abs/2302.00093)\n"
    )
    assert [(e.title, e.authors) for e in doc.entries] == [
        ("OAuth 2.0 Explained", ["Alex Xu"]),
        ("What's OAuth2 Anyway?", ["Roman Glushko"]),
        ("SaaS Starter by Cloudrix", []),
        ("Document Expansion by Query Prediction", []),
        ("Language Models Can Be Easily Distracted by Irrelevant Context", []),
    ]


def test_a_bold_date_before_a_linked_title_dates_it() -> None:
    """Zheng-Chong/Awesome-Try-On-Models writes ``- **[2026-05-04]** [Title](url)
    **(arXiv)**``: the bold bracketed date opens the item as a date, the link is the title,
    the date gives the year the venue goes without. A bold date before a sentence of news
    (``**[2026.07.02]** We update …``) is no paper."""
    doc = parse_text(
        "## Image\n\n"
        "- **[2026-05-04]** [FEAT: Fashion Editing and Try-On from Any Design]"
        "(https://arxiv.org/abs/2605.02393) **(arXiv)**\n"
        "- **[2026-05-02]** [SIFT-VTON: Geometric Correspondence Supervision]"
        "(https://arxiv.org/abs/2605.01296) **(ICPR 2026)**\n"
    )
    assert [(e.title, e.venue, e.year) for e in doc.entries] == [
        ("FEAT: Fashion Editing and Try-On from Any Design", "arXiv", 2026),
        ("SIFT-VTON: Geometric Correspondence Supervision", "ICPR", 2026),
    ]


def test_a_bare_short_name_before_a_bold_title_is_an_alias() -> None:
    """JeffreyYH/Awesome-Generalist-Robots-via-Foundation-Models writes ``- RT-1 **RT-1:
    Robotics Transformer …**, Dec 2022, [paper link](url)``; songqiang321/Time-Series-Papers
    ``- DLinear **Are Transformers Effective …**``: the method's name, then the paper's
    title in bold. ``Dec 2022`` is a date, not a journal; ``[2012] **Title**`` a year and
    ``We **encourage** …`` a sentence, no name."""
    doc = parse_text(
        "## Papers\n\n"
        "- RT-1 **RT-1: Robotics Transformer for Real-World Control at Scale**, Dec 2022,"
        " [paper link](https://arxiv.org/pdf/2212.06817.pdf)\n"
        "- DIAL **Robotic Skill Acquisition via Instruction Augmentation**, 21 Nov 2022 ,"
        " [paper link](https://arxiv.org/pdf/2211.11736.pdf)\n"
        "* [2012] **TFMAP: Optimizing MAP for Top-N Context-aware Recommendation**."
        " [[PDF](http://dmirlab.tudelft.nl/tfmap.pdf)]\n"
    )
    assert [(e.title, e.aliases, e.venue, e.year) for e in doc.entries] == [
        ("RT-1: Robotics Transformer for Real-World Control at Scale", ["RT-1"], None, 2022),
        ("Robotic Skill Acquisition via Instruction Augmentation", ["DIAL"], None, 2022),
        ("TFMAP: Optimizing MAP for Top-N Context-aware Recommendation", [], None, 2012),
    ]


def test_a_bold_venue_and_citation_count_then_a_colon_and_the_linked_title() -> None:
    """HCIILAB/Scene-Text-Recognition-Recommendations writes ``- **Pattern
    Recognition-2020,引用数:3**:[Title](url)``: the bold text is the venue and year with how
    often the paper is cited (a note), the link the title."""
    doc = parse_text(
        "## CTC\n\n"
        "- **Pattern Recognition-2020,引用数:3**:[Reinterpreting CTC training as iterative"
        " fitting](https://www.sciencedirect.com/science/article/pii/S0031320320301953)\n"
        "- **ECCV-2020,引用数:2**:[Variational Connectionist Temporal Classification]"
        "(https://link.springer.com/chapter/10.1007/978-3-030-58604-1_28)\n"
    )
    assert [(e.title, e.venue, e.year, e.notes) for e in doc.entries] == [
        (
            "Reinterpreting CTC training as iterative fitting",
            "Pattern Recognition",
            2020,
            ["引用数:3"],
        ),
        ("Variational Connectionist Temporal Classification", "ECCV", 2020, ["引用数:2"]),
    ]


def test_a_name_and_description_before_a_bare_address() -> None:
    """xcomptek/awesome-saas-boilerplates writes ``- OpenSaaS.sh - **Open Source**
    https://opensaas.sh/ [![Stars](badge)](repo)``: the links only show an address or a
    badge, so the text before the dash is the name, the rest its description (a link whose
    bracket never closed, ``[Lecture 8 - Title (…)(url)``, is left as it is)."""
    doc = parse_text(
        "# Next.js\n\n"
        "- OpenSaaS.sh - **Open Source** https://opensaas.sh/"
        " [![Stars](https://img.shields.io/github/stars/wasp-lang/open-saas.svg)]"
        "(https://github.com/wasp-lang/open-saas)\n"
        "- SupaNuxt - **Open Source** https://supanuxt.com\n"
    )
    assert [(e.title, len(e.links)) for e in doc.entries] == [("OpenSaaS.sh", 2), ("SupaNuxt", 1)]


def test_a_bold_title_then_its_paper_lines_set_off_as_a_quote() -> None:
    """yanliang3612/awesome-imbalanced-learning-on-graphs writes each paper as a bold title
    and, right under it, a quote of three lines: the names in italics, the venue and year
    with the links, the day it appeared. One entry, from the title's line."""
    doc = parse_text(
        "### Data Augmentation\n\n"
        "**Topological Augmentation for Class-Imbalanced Node Classification**  \n"
        "> *Zhining Liu, Zhichen Zeng, Ruizhong Qiu* \\\n"
        "> Arxiv 2023. [[paper](https://arxiv.org/abs/2308.14181)]\\\n"
        "> 27 Aug 2023\n\n"
        "**Rethinking Semi-Supervised Imbalanced Node Classification**  \n"
        "> *Divin Yan, Gengchen Wei* \\\n"
        "> NeurIPS 2023. [[paper](https://arxiv.org/abs/2310.18765)]"
        " [[code](https://github.com/yanliang3612/ReVar)]\\\n"
        "> 21 Sep 2023\n"
    )
    assert [(e.source.line, e.title, e.venue, e.year, e.authors[:1]) for e in doc.entries] == [
        (
            3,
            "Topological Augmentation for Class-Imbalanced Node Classification",
            "arXiv",
            2023,
            ["Zhining Liu"],
        ),
        (
            8,
            "Rethinking Semi-Supervised Imbalanced Node Classification",
            "NeurIPS",
            2023,
            ["Divin Yan"],
        ),
    ]
    assert [link.url for link in doc.entries[1].links] == [
        "https://arxiv.org/abs/2310.18765",
        "https://github.com/yanliang3612/ReVar",
    ]


def test_links_that_say_what_they_are_then_the_title_its_names_and_date() -> None:
    """penguinnnnn/awesome-llm-and-society opens each item with its paper's link
    (``<a href=…>[Paper]</a>``), then the title, the names and the month
    (``*May 2023*``: a date, never a venue called May). A resource named like a kind of
    link (``[GitHub](url) Powerful collaboration …``) keeps its name."""
    doc = parse_text(
        "## Personality\n\n"
        '- <a href="https://arxiv.org/abs/2307.16180">[Paper]</a> Do LLMs Possess a'
        " Personality? Making the MBTI Test an Amazing Evaluation for Large Language Models,"
        " Keyu Pan, Yawen Zeng, *July 2023*\n"
        "- [[Paper]](https://arxiv.org/abs/2305.1) [[Code]](https://github.com/a/b) Empirical"
        " Study on Personalities of Large Language Models, ACL 2023\n"
        "- [GitHub](https://github.com) Powerful collaboration and code management for"
        " projects.\n"
    )
    first, second, third = doc.entries
    assert (first.title, first.authors, first.year, first.date, first.venue) == (
        "Do LLMs Possess a Personality? Making the MBTI Test an Amazing Evaluation for"
        " Large Language Models",
        ["Keyu Pan", "Yawen Zeng"],
        2023,
        "2023-07",
        None,
    )
    assert (second.title, second.venue, second.year) == (
        "Empirical Study on Personalities of Large Language Models",
        "ACL",
        2023,
    )
    assert [link.url for link in second.links] == [
        "https://arxiv.org/abs/2305.1",
        "https://github.com/a/b",
    ]
    assert third.title == "GitHub"


def test_a_papers_paragraph_then_a_list_of_its_fields() -> None:
    """AndreWeiner/machine-learning-applied-to-cfd writes each article as a paragraph (the
    first author, then the linked title with its year) over a list of ``Label: value``
    lines: one entry, the lines its notes (the list read 308 entries for 44 articles)."""
    doc = parse_text(
        "## Articles\n\n"
        "M. **Alsalman** et al.: [Training bioinspired sensors to classify flows (2018)]"
        "(https://iopscience.iop.org/article/10.1088/1748-3190/aaef1d)\n"
        "- Aim: classification of flow patterns based on local vorticity measurements\n"
        "- Learning type: supervised learning (classification)\n"
        "- Combination of CFD + ML: post\n\n"
        "S. **Bhalla** et al.: [Compact Representation of a Combustion Manifold (2019)]"
        "(https://www.researchgate.net/publication/334636567)\n"
        "- Aim: approximate combustion manifold using a neural network\n"
        "- ML frameworks: not specified\n"
    )
    assert [(e.source.line, e.title, e.year, e.authors) for e in doc.entries] == [
        (3, "Training bioinspired sensors to classify flows", 2018, ["M. Alsalman"]),
        (8, "Compact Representation of a Combustion Manifold", 2019, ["S. Bhalla"]),
    ]
    assert doc.entries[0].notes[-1] == "Combination of CFD + ML: post"


def test_a_title_then_a_dash_then_its_authors() -> None:
    """Hardy-Uint/awesome-6D-pose-estimation writes ``Title - Names. [[Paper\\]](url)``:
    the names after the spaced dash are the authors, not words of the title. A description
    after the dash stays a note."""
    doc = parse_text(
        "## 6D\n\n1. Matching RGB Images to CAD Models for Object Pose Estimation - Georgios"
        " Georgakis, Srikrishna Karanam, Ziyan Wu, and Jana Kosecka."
        " [[Paper\\]](https://arxiv.org/pdf/1811.07249.pdf)\n"
        "2. DeepIM: Deep Iterative Matching for 6D Pose Estimation - Yi Li, Gu Wang, Dieter"
        " Fox. [[Paper\\]](https://arxiv.org/abs/1804.00175)\n"
        "3. Pose tools for robots - a library of pose estimators [[Code]](https://x.org/a)\n"
    )
    assert [(e.title, e.authors) for e in doc.entries] == [
        (
            "Matching RGB Images to CAD Models for Object Pose Estimation",
            ["Georgios Georgakis", "Srikrishna Karanam", "Ziyan Wu", "Jana Kosecka"],
        ),
        (
            "DeepIM: Deep Iterative Matching for 6D Pose Estimation",
            ["Yi Li", "Gu Wang", "Dieter Fox"],
        ),
        ("Pose tools for robots", []),
    ]


def test_a_link_showing_a_name_and_a_badge_and_its_badged_sub_items() -> None:
    """awesome-lidar writes ``- [Brno Urban Dataset ![](…/badge/github-black)](url) - …``
    over ``  - [Paper ![](…/badge/paper-blue)](url)`` and ``  - [YouTube video
    ![](…/badge/youtube-red)](url)``: the link's text is the name (the badge beside it no
    part of it), and the badged links under it are the entry's pages, not entries."""
    from awesome_ptm.parse import parse_text

    badge = "https://img.shields.io/badge/{}?style=flat-square"
    text = (
        "## Datasets\n\n"
        f"- [Brno Urban Dataset ![]({badge.format('github-black')})](https://github.com/"
        "Robotics-BUT/Brno-Urban-Dataset) - Navigation and localisation dataset.\n"
        f"  - [Paper ![]({badge.format('paper-blue')})](https://ieeexplore.ieee.org/document/"
        "9197277)\n"
        f"  - [YouTube video ![]({badge.format('youtube-red')})](https://www.youtube.com/watch?"
        "v=wDFePIViwqY)\n"
        "- [Ouster](https://ouster.com/) - LIDAR manufacturer.\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, [link.url for link in e.links]) for e in entries] == [
        (
            "Brno Urban Dataset",
            [
                "https://github.com/Robotics-BUT/Brno-Urban-Dataset",
                "https://ieeexplore.ieee.org/document/9197277",
                "https://www.youtube.com/watch?v=wDFePIViwqY",
            ],
        ),
        ("Ouster", ["https://ouster.com/"]),
    ]


def test_bold_speakers_after_by_and_the_event_in_brackets_after_them() -> None:
    """JanVanRyswyck/awesome-talks (held-out h409): ``[Title](url) by **Speaker** (Event
    Year) [duration]``: the speakers are the authors, the bracket after them the event where
    the talk was given (one no alias knows kept as written) and its year. Bold text after a
    "by" inside a description names nobody (transformer-nlp, open-electronics)."""
    text = (
        "# Talks\n\n"
        "* [Growing a Language](https://www.youtube.com/watch?v=_ahvzDzKdB0) by **Guy Steele**"
        " (ACM OOPSLA 1998) [53:30]\n"
        "* [5 WTFs in 6 LOCs](https://brightonruby.com/2016/five-wtfs/) by **Dorothy"
        " Wingrove** (Brighton Ruby 2016) [05:11]\n"
        "* [The Actor Model](https://www.youtube.com/watch?v=7erJ1DV_Tlo) by **Hewitt, Meijer"
        " and Szyperski** (Lang.NEXT 2012) [42:34]\n"
        "* [I made a transformer by hand](https://vgel.me/posts/handmade-transformer/) (2023) -"
        " Make a transformer, not by training one but instead by **assigning each weight, by"
        " hand**, over an evening.\n"
        "* [Maker.io](https://www.digikey.com/en/maker) - A hardware community powered by"
        " **Digi-Key Electronics**.\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.authors, e.venue, e.year) for e in entries] == [
        (["Guy Steele"], "OOPSLA", 1998),  # (an alias of OOPSLA since 72a370c)
        (["Dorothy Wingrove"], "Brighton Ruby", 2016),
        (["Hewitt", "Meijer", "Szyperski"], "Lang.NEXT", 2012),
        ([], None, 2023),
        ([], None, None),
    ]


def test_a_latin_name_then_a_full_width_colon_and_a_chinese_description() -> None:
    """jobbole/awesome-sysadmin-cn (held-out h415) and awesome-php-cn write ``*   Amanda：
    客户端-服务器模型备份工具。[官网](url)``: the name, a full-width colon, what it is in
    Chinese, then a link named by its kind: the title is the name. A paper's title with
    English after the colon (``GH-ICP：Iterative Closest Point …``) stays whole."""
    text = (
        "# 备份\n\n"
        "*   Amanda：客户端-服务器模型备份工具。[官网](http://www.amanda.org/)\n"
        "*   GitLab CI：基于Ruby。他们也提供GitLab用于管理git存储库。[官网](https://about.gitlab.com/)\n"
        "*   GH-ICP：Iterative Closest Point Algorithm with Global Optimal Matching. [paper](https://x.example/p.pdf)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.notes[:1]) for e in entries] == [
        ("Amanda", ["客户端-服务器模型备份工具。"]),
        ("GitLab CI", ["基于Ruby。他们也提供GitLab用于管理git存储库。"]),
        ("GH-ICP：Iterative Closest Point Algorithm with Global Optimal Matching.", []),
    ]


def test_a_bold_short_name_glued_to_its_venue_then_the_title() -> None:
    """hnuzhy/CV_DL_Gather's 3D body model list (held-out h426): ``* **PARE(ICCV2019)**
    PARE: Part Attention Regressor … [[paper link](url)]``: the short name and its venue in
    bold, the paper's title after it. ``SMPL(SIGGRAPH`` was read as a venue no alias knows
    and the link's text as the title. A contest's name glued to Chinese text,
    ``让AI当法官(BDCI2017)``, names no venue."""
    text = (
        "# Papers\n\n"
        "* **SMPL(SIGGRAPH2015)** SMPL: A Skinned Multi-Person Linear Model"
        " [[paper link](https://files.is.tue.mpg.de/black/papers/SMPL2015.pdf)]\n"
        "* **PIXIE(3DV2021)** Collaborative Regression of Expressive Bodies using Moderation"
        " [[paper link](https://ieeexplore.ieee.org/document/9665886)]\n"
        "* **FrankMocap(ICCVW2021)** FrankMocap: A Monocular 3D Whole-Body Pose Estimation"
        " System [[paper link](https://arxiv.org/abs/2008.08324)]\n"
        "- **让AI当法官(BDCI2017)**, 2017年 [[Detail](https://www.datafountain.cn/c/277)]\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.venue, e.year, e.aliases) for e in entries] == [
        ("SMPL: A Skinned Multi-Person Linear Model", "SIGGRAPH", 2015, ["SMPL"]),
        (
            "Collaborative Regression of Expressive Bodies using Moderation",
            "3DV",
            2021,
            ["PIXIE"],
        ),
        (
            "FrankMocap: A Monocular 3D Whole-Body Pose Estimation System",
            "ICCV Workshop",
            2021,
            ["FrankMocap"],
        ),
        ("让AI当法官", None, 2017, []),
    ]


def test_a_nested_code_link_named_after_its_label_is_a_link_of_the_paper_above() -> None:
    """ts-forecasting-deep-learning (h434) writes each paper as ``- [Title](arxiv)`` over
    ``  - 09 Jun 2026, Names`` and ``  - [[Official Code - Falcon-TST](github)]``: the code
    link, a label then the name of the repository, is the paper's (each was read as an
    entry of its own, 51 entries for 33); ``[[Code](url)]`` in brackets too. A numbered part
    of a series (``  - [Part 2: Proof-of-Work](url)``) stays a resource of its own."""
    text = (
        "## Papers\n\n"
        "- [Falcon-X: A Time Series Foundation Model](https://arxiv.org/abs/2605.27286)\n\n"
        "  - 09 Jun 2026, Yiding Liu, et al.\n\n"
        "  - [[Official Code - Falcon-TST](https://github.com/ant-intl/Falcon-TST)]\n\n"
        "- [Beyond Holistic Models](https://arxiv.org/abs/2605.26562)\n"
        "  - [[Code](https://github.com/SUFE-AILAB/TSCOMP)]\n"
        "- [Building Blockchain in Go](https://github.com/Jeiwan/blockchain_go)\n"
        "  - [Part 1: Basic Prototype](https://jeiwan.net/posts/part-1/)\n"
        "  - [Part 2: Proof-of-Work](https://jeiwan.net/posts/part-2/)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, [link.url for link in e.links]) for e in entries] == [
        (
            "Falcon-X: A Time Series Foundation Model",
            ["https://arxiv.org/abs/2605.27286", "https://github.com/ant-intl/Falcon-TST"],
        ),
        (
            "Beyond Holistic Models",
            ["https://arxiv.org/abs/2605.26562", "https://github.com/SUFE-AILAB/TSCOMP"],
        ),
        ("Building Blockchain in Go", ["https://github.com/Jeiwan/blockchain_go"]),
        ("Part 1: Basic Prototype", ["https://jeiwan.net/posts/part-1/"]),
        ("Part 2: Proof-of-Work", ["https://jeiwan.net/posts/part-2/"]),
    ]


def test_a_bullet_list_of_titled_links_after_a_numbered_label_stays_a_list_of_entries() -> None:
    """llm-security-alignment (h443) numbers its groups ``1. Prompt Injection`` right over
    ``- 🧪 [Prompt Injection attack …](url) [arXiv:2306.05499] — …``: an icon before the
    title link still makes each item an entry of its own, not a detail line of the numbered
    item above (the list was taken in as its details, then dropped as prose: 59 of 78)."""
    text = (
        "## Prompt Injection & Jailbreaks\n\n"
        "1. Prompt Injection\n"
        "- 🧪 [Prompt Injection attack against LLM-integrated Applications]"
        "(https://arxiv.org/abs/2306.05499) [arXiv:2306.05499] — Defines indirect injection.\n"
        "- 🛡️ [Dropbox/llm-security](https://github.com/dropbox/llm-security) [GitHub] — "
        "Educational repo with demo code.\n"
        "- 📊 [WASP: Web Agent Security Benchmark](https://arxiv.org/abs/2504.18575) "
        "[arXiv:2504.18575] — Benchmarks agent robustness.\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [e.title for e in entries if e.links] == [
        "Prompt Injection attack against LLM-integrated Applications",
        "Dropbox/llm-security",
        "WASP: Web Agent Security Benchmark",
    ]


def test_an_item_written_as_a_card_of_bold_field_labels_is_one_entry() -> None:
    """agent4se-slr (h441) writes each paper as ``- **Title**: Autonomous Agents …`` over
    ``  - **Authors**: …``, ``  - **Published**: 2023-11-30``, ``  - **Link**: http://arxiv.org/
    abs/2311.18440v1``: one entry, the title field's value its title, the other fields its
    names, date and link (the title was read as "Title" and the link as an entry of its own:
    47 entries for 22)."""
    text = (
        "### Requirements Engineering and Analysis\n"
        "- **Title**: Autonomous Agents in Software Development: A Vision Paper\n"
        "  - **Authors**: Zeeshan Rasheed, Muhammad Waseem, Pekka Abrahamsson\n"
        "  - **Published**: 2023-11-30\n"
        "  - **Link**: http://arxiv.org/abs/2311.18440v1\n"
        "  \n"
        "- **Title**: CodePori: Large-Scale System for Autonomous Software Development\n"
        "  - **Authors**: Zeeshan Rasheed, Malik Abdul Sami\n"
        "  - **Published**: 2024-02-02\n"
        "  - **Link**: http://arxiv.org/abs/2402.01411v2\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [
        (e.title, e.authors, e.year, e.date, [link.url for link in e.links]) for e in entries
    ] == [
        (
            "Autonomous Agents in Software Development: A Vision Paper",
            ["Zeeshan Rasheed", "Muhammad Waseem", "Pekka Abrahamsson"],
            2023,
            "2023-11-30",
            ["http://arxiv.org/abs/2311.18440v1"],
        ),
        (
            "CodePori: Large-Scale System for Autonomous Software Development",
            ["Zeeshan Rasheed", "Malik Abdul Sami"],
            2024,
            "2024-02-02",
            ["http://arxiv.org/abs/2402.01411v2"],
        ),
    ]


def test_a_name_over_papers_cited_without_links_names_their_group() -> None:
    """android-security-literature (h437) groups its link-less citations under ``+ Static
    Analysis``, ``+ Realtime Monitoring``: each nested ``Title, Venue Year (tool: X)`` line is
    an entry and the name over them its group (the name was read as one entry, the papers as
    its notes: 154 entries for 303)."""
    text = (
        "## Malware Detection\n\n"
        "+ Realtime Monitoring\n\n"
        "  + On Lightweight Mobile Phone Application Certification, CCS 2009 (tool: Kirin)\n"
        "  + Efficient Runtime Monitoring with Metric Temporal Logic: A Case Study in the"
        " Android Operating System, FM 2013\n"
        "  + AppsPlayground: Automatic Security Analysis of Smartphone Applications,"
        " CODASPY 2013 (tool: AppsPlayground)\n"
        "  + ARTist: The Android Runtime Instrumentation and Security Toolkit,"
        " Euro S&P 2017 (tool: ARTist)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.source.line, e.section[-1]) for e in entries] == [
        (5, "Realtime Monitoring"),
        (6, "Realtime Monitoring"),
        (7, "Realtime Monitoring"),
        (8, "Realtime Monitoring"),
    ]
    assert entries[0].title == "On Lightweight Mobile Phone Application Certification"
    assert (entries[0].venue, entries[0].year) == ("CCS", 2009)


def test_a_name_over_a_few_notes_is_still_one_entry() -> None:
    """The same shape with notes under it, not papers at a venue (``- RxJava`` over two
    lines of prose), stays one entry with its notes."""
    text = (
        "## Libraries\n\n"
        "- RxJava\n"
        "  - Reactive Extensions for the JVM, from Netflix\n"
        "  - Composes asynchronous programs with observable sequences\n"
        "  - Also ported to Kotlin as RxKotlin\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [e.title for e in entries] == ["RxJava"]


def test_an_unlinked_title_closed_by_an_acronym_and_year_gives_its_venue() -> None:
    """``Title, MoST 2012`` (android-security-literature, h437) and ``Title, LLM4Code, 2024``
    (codellm-survey, h230) close a paper's title with the acronym of a venue no alias knows:
    the venue as written and the year, not part of the title. A place closing a reference
    (``…, Boston, USA 2012``) is no venue."""
    text = (
        "## Papers\n\n"
        "* SCADAL: Static Analyzer for Detecting Privacy Leaks in Android Applications,"
        " MoST 2012\n"
        "* LLM-based and Retrieval-Augmented Control Code Generation, LLM4Code, 2024\n"
        "* A Study of Mobile Privacy Notices in the Big City, Boston, USA 2012\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.venue, e.year) for e in entries] == [
        (
            "SCADAL: Static Analyzer for Detecting Privacy Leaks in Android Applications",
            "MoST",
            2012,
        ),
        ("LLM-based and Retrieval-Augmented Control Code Generation", "LLM4Code", 2024),
        ("A Study of Mobile Privacy Notices in the Big City, Boston, USA 2012", None, None),
    ]


def test_a_mark_opening_an_unlinked_title_is_not_its_first_word() -> None:
    """distributed-consensus-reading (h454) marks must-reads ``⭐️ Title, CACM 1978
    [[acmdl](url),[pdf](url)]`` and robot-learning-human-videos (h201) opens lines with
    ``🤖``: the mark is not part of the title, and ``acmdl`` names the link (the ACM
    Digital Library), not the entry, so the venue and year close the title."""
    text = (
        "### Theoretical results\n"
        "* ⭐️ Time, Clocks, and the Ordering of Events in a Distributed System, CACM 1978"
        " [[acmdl](https://dl.acm.org/citation.cfm?id=359563),"
        "[pdf](https://lamport.azurewebsites.net/pubs/time-clocks.pdf)]\n"
        "* 🏎️. The 1st Place Submission to AICity Challenge 2021 nlp re-id track"
        " (CVPR 2021 workshop) [[code]](https://github.com/ShuaiBai623/AIC2021-T5-CLV)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.venue, e.year) for e in entries] == [
        ("Time, Clocks, and the Ordering of Events in a Distributed System", "CACM", 1978),
        (
            "The 1st Place Submission to AICity Challenge 2021 nlp re-id track",
            "CVPR Workshop",
            2021,
        ),
    ]
    assert [link.url for link in entries[0].links] == [
        "https://dl.acm.org/citation.cfm?id=359563",
        "https://lamport.azurewebsites.net/pubs/time-clocks.pdf",
    ]


def test_a_nested_pointer_to_a_page_about_the_paper_is_its_link() -> None:
    """distributed-consensus-reading (h454) follows papers with ``  * Featured in [the
    morning paper](url)``: a page about the paper above, its link and note, not an entry
    named "the morning paper" (28 such lines were read as entries: 271 for 234). A nested
    item that names a resource of its own stays an entry."""
    text = (
        "### Algorithms\n"
        "* Paxos Made Simple, SIGACT News 2001"
        " [[pdf](https://lamport.azurewebsites.net/pubs/paxos-simple.pdf)]\n"
        "  * Is much more readable than the original Paxos paper\n"
        "  * Featured in [the morning paper]"
        "(https://blog.acolyer.org/2015/03/04/paxos-made-simple/)\n"
        "  * [LogCabin](https://github.com/logcabin/logcabin) - a C++ implementation\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, [link.url for link in e.links]) for e in entries] == [
        (
            "Paxos Made Simple",
            [
                "https://lamport.azurewebsites.net/pubs/paxos-simple.pdf",
                "https://blog.acolyer.org/2015/03/04/paxos-made-simple/",
            ],
        ),
        ("LogCabin", ["https://github.com/logcabin/logcabin"]),
    ]


def test_the_venues_an_introduction_says_a_list_covers_are_not_entries() -> None:
    """awesome-fraud-detection-papers (h463) opens ``A curated list of fraud detection papers
    from the following conferences:`` over ``- Data Mining`` / ``   * [KDD](url)``…: the
    venues it covers, not 15 entries (101 for 86). The same links under a section heading
    of their own are the list's entries."""
    venues = (
        "- Network Science\n"
        "   * [ASONAM](http://asonam.cpsc.ucalgary.ca/2019/)\n"
        "- Data Mining\n"
        "   * [KDD](https://www.kdd.org/)\n"
        "   * [ICDM](http://icdm2019.bigke.org/)\n"
        "   * [SIGIR](https://sigir.org/)\n"
    )
    text = (
        "# Awesome Fraud Detection Papers\n\n"
        "A curated list of fraud detection papers from the following conferences:\n\n"
        + venues
        + "\n## 2023\n"
        "- **Anti-Money Laundering by Group-Aware Deep Graph Learning (TKDE 2023)**\n"
        "  - [[Paper]](https://doi.org/10.1109/TKDE.2023.3272396)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.venue, e.year) for e in entries] == [
        ("Anti-Money Laundering by Group-Aware Deep Graph Learning", "TKDE", 2023)
    ]
    headed = parse_text("# Resources\n\n## Conferences\n\n" + venues, "x.md").entries
    assert [e.title for e in headed] == ["ASONAM", "KDD", "ICDM", "SIGIR"]


def test_a_cited_item_with_a_quoted_title_gives_its_names_and_venue() -> None:
    """scheme-continuations-bibliography (h467) cites ``  * Chung-chieh Shan. "Shift to
    Control". _2004 Scheme Workshop_. September 2004. Available online: [ps](url)``: the
    names before the quoted title are its authors and the venue after it its venue (only
    the title was read). Names after the title are no venue (llm-powered-agent, h427)."""
    text = (
        "## Continuations\n\n"
        '  * Chung-chieh Shan. "Shift to Control". _2004 Scheme Workshop_. September 2004.'
        " Available online: [ps](https://example.org/shan.ps.gz)"
        " [pdf](https://example.org/shan.pdf).\n"
        '  * Olivier Danvy. "Formalizing Implementation Strategies for First-Class'
        ' Continuations". _European Symposium on Programming (ESOP 2000)_. LNCS 1782.'
        " April 2000. Available online: [ps](https://example.org/rs-99-51.ps.gz).\n"
        '  * [May 2024] **"Conformity, Confabulation, and Impersonation: Persona Inconstancy'
        ' in Multi-Agent LLM Collaboration."** Razan Baltaji (UIUC) et al.* arXiv.'
        " [[paper](https://arxiv.org/abs/2310.05036)]\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.authors, e.year) for e in entries[:2]] == [
        ("Shift to Control", ["Chung-chieh Shan"], 2004),
        (
            "Formalizing Implementation Strategies for First-Class Continuations",
            ["Olivier Danvy"],
            2000,
        ),
    ]
    assert entries[0].venue == "Scheme Workshop"
    assert entries[2].venue != "Razan Baltaji"


def test_a_paragraph_opening_with_the_year_then_names_then_the_linked_title_is_a_paper() -> None:
    """awesome-fake-news (h468) writes each paper as a paragraph ``2021, Shivangi Aneja, Chris
    Bregler, Matthias Niessner, [COSMOS: Catching …](url)``: the year, the names, the linked
    title; read as prose (27 entries for 94). A year then a title linking its author's name
    (``2020, Title, [Valin](url).``, awesome-speech-enhancement-wl) keeps its reading."""
    text = (
        "# a) Dataset Papers\n"
        "2021, Shivangi Aneja, Chris Bregler, Matthias Niessner, [COSMOS: Catching"
        " Out-of-Context Misinformation using Self-Supervised Learning]"
        "(https://shivangi-aneja.github.io/projects/cosmos/)\n\n"
        '2020, Wang, Yaqing, Weifeng Yang, Fenglong Ma, and Jing Gao. "[Weak supervision for'
        ' fake news detection via reinforcement learning.](https://arxiv.org/abs/1912.12520)"'
        " AAAI 2020.\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.year) for e in entries] == [
        ("COSMOS: Catching Out-of-Context Misinformation using Self-Supervised Learning", 2021),
        ("Weak supervision for fake news detection via reinforcement learning", 2020),
    ]
    assert entries[0].authors == ["Shivangi Aneja", "Chris Bregler", "Matthias Niessner"]
    named = parse_text(
        "## Papers\n\n  * 2020, A Perceptually-Motivated Approach for Low-Complexity, Real-Time"
        " Enhancement of Fullband Speech, [Valin](https://github.com/jmvalin)."
        " [Paper](https://arxiv.org/abs/2008.04259)\n",
        "x.md",
    ).entries
    assert [e.title for e in named] != ["Valin"]


def test_headings_each_over_one_bare_address_name_their_entries() -> None:
    """dl-theory-verification (h471) writes each paper as ``### Reluplex: An Efficient SMT
    Solver …`` over ``<https://www.arxiv.org/abs/1702.01135>`` and a summary: the heading
    names the entry, not the address (56 entries titled by their URL). One heading over one
    address among headings over several entries is a category, unchanged."""
    papers = [
        ("AI2: Safety and Robustness Certification of Neural Networks", "8418593"),
        ("Robustness Verification for Transformers", "2002.06622"),
        ("Reluplex: An Efficient SMT Solver for Verifying Deep Neural Networks", "1702.01135"),
    ]
    text = "# Verification\n\n" + "".join(
        f"### {title}\n\n<https://arxiv.org/abs/{paper}>\n\nA summary of the method.\n\n"
        for title, paper in papers
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.source.line, e.section) for e in entries] == [
        (title, 3 + 6 * index, ["Verification"]) for index, (title, _) in enumerate(papers)
    ]
    one = (
        "# Tools\n\n## Platforms to practice\n\n<https://ctftime.org/>\n\n"
        "## Forensics\n\n- [Volatility](https://v.example/) - memory\n"
        "- [Autopsy](https://a.example/) - disks\n\n"
        "## Crypto\n\n- [RsaCtfTool](https://r.example/) - RSA\n"
        "- [CyberChef](https://c.example/) - recipes\n"
    )
    assert parse_text(one, "x.md").entries[0].title == "https://ctftime.org/"


def test_nested_store_links_are_the_apps_links() -> None:
    """awesome-readium (h476) gives each app ``  * [Apple AppStore](url)`` / ``  * [Google
    Play Store](url)`` (or ``[Apple Store](url)``) under it: the app's store links, not
    entries named after the stores (124 entries for 57). A plugin named ``AppStore`` in a
    table (typecho-plugins) is still its own title."""
    text = (
        "### Certified as Readium LCP compliant\n\n"
        "* 🇳🇴 [Allbok](https://www.allbok.no/) (Bokbasen)\n"
        "  * [Apple AppStore](https://apps.apple.com/no/app/allbok/id1485392740)\n"
        "  * [Google Play Store](https://play.google.com/store/apps/details?id=no.bokbasen)\n"
        "* 🇺🇸 [Bookshop.org](https://www.bookshop.org/ebooks)\n"
        "  * [Apple Store](https://apps.apple.com/us/app/bookshop-org/id6465290096)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, len(e.links)) for e in entries] == [("Allbok", 3), ("Bookshop.org", 2)]
    table = (
        "## Plugins\n\n| Name | Description | Author |\n| --- | --- | --- |\n"
        "| [AppStore](AppStore) | 应用商店 | [chekun](https://github.com/chekun) |\n"
    )
    assert [e.title for e in parse_text(table, "x.md").entries] == ["AppStore"]


def test_sentences_under_a_paragraph_entry_that_name_their_author_sum_it_up() -> None:
    """tech-debt-reading-list (h473) follows each linked paragraph with bullets about it:
    ``* [Ward Cunningham](https://twitter.com/WardCunningham) coined the term "tech debt".``
    — a sentence going on from the linked name, not a resource and its description. The
    bullets are the entry's notes and the names' links its links (each was an entry)."""
    text = (
        "## Start here\n\n"
        "[What is tech debt](https://www.youtube.com/watch?v=pqeJFYwnkjE)\n\n"
        '* [Ward Cunningham](https://twitter.com/WardCunningham) coined the term "tech debt".\n'
        '* Talks about history, motivation and common misunderstanding of the "debt'
        ' metaphor" for refactoring.\n'
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, [link.url for link in e.links]) for e in entries] == [
        (
            "What is tech debt",
            [
                "https://www.youtube.com/watch?v=pqeJFYwnkjE",
                "https://twitter.com/WardCunningham",
            ],
        )
    ]
    listed = parse_text(
        "## Tools\n\n[Sonar](https://sonar.example/)\n\n"
        "* [Ward Tool](https://w.example/) - Finds the debt in a code base for you.\n"
        "* [Debt Meter](https://d.example/) - Measures the debt in a code base for you.\n",
        "x.md",
    ).entries
    assert [e.title for e in listed] == ["Sonar", "Ward Tool", "Debt Meter"]


def test_a_venue_and_year_in_code_before_the_title_is_the_papers_venue() -> None:
    # wyf0912/Awesome-Deep-Compression: ```CVPR 2023` Title [[Paper](url)]``
    text = (
        "# Compression\n\n## Image\n\n"
        "* `CVPR 2023` Raw Image Reconstruction with Learned Compact Metadata "
        "[[Paper](https://arxiv.org/pdf/2302.12995.pdf)]\n"
        "* `ACMMM 2022` High-Fidelity Variable-Rate Image Compression "
        "[[Paper]](https://dl.acm.org/doi/pdf/10.1145/3503161.3547880)\n"
        "* `Signal Processing 2022` Deep Architectures for Image Compression: A Critical "
        "Review [[Paper](https://www.sciencedirect.com/science/article/pii/S0165168421003832)]\n"
        "* `DATA606Spring2017` - the DATA 606 course for the Spring 2017 semester "
        "[https://github.com/jbryer/DATA606Spring2017](https://github.com/jbryer/DATA606Spring2017)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.venue, e.year) for e in entries[:3]] == [
        ("Raw Image Reconstruction with Learned Compact Metadata", "CVPR", 2023),
        ("High-Fidelity Variable-Rate Image Compression", "ACM MM", 2022),
        ("Deep Architectures for Image Compression: A Critical Review", "Signal Processing", 2022),
    ]
    assert (entries[3].title, entries[3].venue) == ("DATA606Spring2017", None)


def test_a_venue_and_year_in_bold_then_the_title_waits_for_its_labelled_links() -> None:
    # yeshenpy/Awesome-Evolutionary-Reinforcement-Learning: ``**ICLR 2021** Title`` as a
    # paragraph, then ``OpenReview: [url](url) Code: Not Found`` as the next one
    text = (
        "# ERL\n\n## Parameter Search\n\n"
        "**ICLR 2021** Genetic Soft Updates for Policy Evolution in Deep Reinforcement "
        "Learning\n\n"
        "OpenReview: [https://openreview.net/forum?id=TGFO0DbD_pk]"
        "(https://openreview.net/forum?id=TGFO0DbD_pk) Code: Not Found\n\n"
        "**IEEE IRC 2022** GA+DDPG+HER: Genetic Algorithm-based Function Optimizer\n\n"
        "Link [https://arxiv.org/abs/2203.00141](https://arxiv.org/abs/2203.00141)  Code: "
        "[https://github.com/aralab-unr/ga-drl](https://github.com/aralab-unr/ga-drl)\n\n"
        "- **ICLR 2023** Improving Deep Policy Gradients with Value Function Search "
        "[paper](https://openreview.net/forum?id=6qZC7pfenQm)\n"
        "- **The ID R&D System Description for Speaker Verification Challenge 2021**(2021), "
        "Alenin et al. [[pdf]](https://www.isca-speech.org/archive/alenin21.pdf)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.venue, e.year, e.source.line) for e in entries[:3]] == [
        (
            "Genetic Soft Updates for Policy Evolution in Deep Reinforcement Learning",
            "ICLR",
            2021,
            5,
        ),
        ("GA+DDPG+HER: Genetic Algorithm-based Function Optimizer", "IEEE IRC", 2022, 9),
        ("Improving Deep Policy Gradients with Value Function Search", "ICLR", 2023, 13),
    ]
    assert [link.url for link in entries[1].links] == [
        "https://arxiv.org/abs/2203.00141",
        "https://github.com/aralab-unr/ga-drl",
    ]
    assert (
        entries[3].title == "The ID R&D System Description for Speaker Verification Challenge 2021"
    )


def test_a_sub_item_of_bracketed_venue_and_date_tags_dates_the_paper() -> None:
    # zepingyu0512/awesome-SAE: ``- [Title](url)`` over ``   - \[ICLR 2025\] \[2025.2\]``
    text = (
        "# SAE\n\n## 2025\n\n"
        "- [Sparse Autoencoders Do Not Find Canonical Units of Analysis]"
        "(https://www.arxiv.org/pdf/2502.04878)\n   - \\[ICLR 2025\\] \\[2025.2\\]\n\n"
        "- [SAEBench: A Comprehensive Benchmark for Sparse Autoencoders]"
        "(https://arxiv.org/pdf/2503.09532)\n   - \\[arxiv\\] \\[2025.3\\]\n\n"
        "- [On the Biology of a Large Language Model]"
        "(https://transformer-circuits.pub/2025/attribution-graphs/biology.html)\n"
        "   - \\[SAE survey\\] \\[2025.3\\]\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.venue, e.year, e.date) for e in entries] == [
        ("ICLR", 2025, "2025-02"),
        ("arXiv", 2025, "2025-03"),
        (None, 2025, "2025-03"),
    ]


def test_a_nested_item_opening_with_a_kind_link_is_the_parents_link() -> None:
    # 592McAvoy/fake-face-detection: a dataset's item, then ``- [paper](url): [arXiv 2019]
    # Title`` with its own notes nested under it
    text = (
        "# Fake faces\n\n## Datasets\n\n"
        "3. [DeepFake Forensics (Celeb-DF) Dataset](http://www.cs.albany.edu/~lsw/celeb.html)\n"
        "   \n"
        "   - [paper](https://arxiv.org/abs/1909.12962): [arXiv 2019] Celeb-DF: A New Dataset "
        "for DeepFake Forensics\n"
        "     - real and DeepFake synthesized videos of similar visual quality\n"
        "     - 408 original videos collected from YouTube\n"
        "   \n"
        "4. [DeeperForensics-1.0 Dataset](https://liming-jiang.com/projects/DrF1/DrF1.html)\n"
        "   \n"
        "   - [code](https://github.com/EndlessSora/DeeperForensics-1.0): the toolkit, and "
        "[Another Paper](https://arxiv.org/abs/2001.00001)\n"
        "     - a second note\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.venue, e.year) for e in entries[:2]] == [
        ("DeepFake Forensics (Celeb-DF) Dataset", "arXiv", 2019),
        ("DeeperForensics-1.0 Dataset", None, None),
    ]
    assert [link.url for link in entries[0].links] == [
        "http://www.cs.albany.edu/~lsw/celeb.html",
        "https://arxiv.org/abs/1909.12962",
    ]
    # (a nested item that also links a titled resource is not taken in as the parent's link)
    assert [link.url for link in entries[1].links] == [
        "https://liming-jiang.com/projects/DrF1/DrF1.html"
    ]
    assert len(entries) == 3


def test_a_kind_link_item_over_titled_links_is_not_taken_into_its_parent() -> None:
    # laim-generated-media-detection's contents: ``- [Detection](README.md)`` over ``  -
    # [Pure Detection](README.md#pure-detection)``: the nested items name resources (here
    # sections), so the kind-named item above them is no mere link of its parent
    text = (
        "# Survey\n\n## Data\n\n"
        "1. [Celeb-DF Dataset](http://www.cs.albany.edu/~lsw/celeb.html)\n"
        "   \n"
        "   - [paper](https://arxiv.org/abs/1909.12962): [arXiv 2019] Celeb-DF\n"
        "     - [Pure Detection](https://example.org/pure-detection)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [link.url for link in entries[0].links] == ["http://www.cs.albany.edu/~lsw/celeb.html"]


def test_a_bold_title_over_its_links_drawn_as_html_icons() -> None:
    # h526 animation-research: a bold title (a flag and a topic tag before it perhaps), its
    # links as ``<a href><img></a>`` icons, the names in italics, then the date and venue;
    # an introduction's HTML links stay its markup
    icon = '<img src="./assets/{}.svg" alt="Icon" width="15" height="15">'
    text = (
        "# Anime\n\n"
        'A list, see <a href="https://github.com/o/other">the other list</a> too.\n\n'
        "## New Papers\n\n"
        "🚩【Editing】**See-through: Single-image Layer Decomposition for Anime Characters** "
        "&nbsp; | &nbsp; \n"
        f'<a href="https://arxiv.org/abs/2602.03749">{icon.format("paper")}</a> &nbsp; \n'
        "*Jian Lin, Chengze Li, Haoyun Qin*\\\n"
        "[Feb., 2026] [arXiv, 2026]\n\n"
        "## Survey\n\n"
        "**From Pixels to Personas: Tracking the Evolution of Anime Characters** "
        "&nbsp; | &nbsp; \n"
        f'<a href="https://arxiv.org/abs/2604.05507">{icon.format("paper")}</a> &nbsp; \n'
        '<a href="https://github.com/Arc-Celt/pixels2personas">'
        f"{icon.format('repo')}</a> &nbsp; \\\n"
        "*Rongze Liu, Jiaxin Pei, Jian Zhu*\\\n"
        "[Apr., 2026] [arXiv, 2026]\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.venue, e.year, [link.url for link in e.links]) for e in entries] == [
        (
            "See-through: Single-image Layer Decomposition for Anime Characters",
            "arXiv",
            2026,
            ["https://arxiv.org/abs/2602.03749"],
        ),
        (
            "From Pixels to Personas: Tracking the Evolution of Anime Characters",
            "arXiv",
            2026,
            ["https://arxiv.org/abs/2604.05507", "https://github.com/Arc-Celt/pixels2personas"],
        ),
    ]
    assert entries[1].authors == ["Rongze Liu", "Jiaxin Pei", "Jian Zhu"]


def test_a_code_label_over_a_list_of_links_gives_the_paper_above_its_code() -> None:
    # h541 neural-style-transfer-papers: each paper a paragraph, then ``:sparkle: **Code:**``
    # over one link an item; a label naming no kind of link keeps its list's entries
    text = (
        "# Neural Style Transfer\n\n### 1.1. Parametric Neural Methods\n\n"
        ":white_check_mark: [**A Neural Algorithm of Artistic Style**] "
        "[[Paper]](https://arxiv.org/pdf/1508.06576.pdf) *(First Neural Style Transfer Paper)*\n\n"
        ":sparkle: **Code:**\n\n"
        "*   [Torch-based](https://github.com/jcjohnson/neural-style)\n"
        "*   [TensorFlow-based](https://github.com/anishathalye/neural-style)\n\n"
        ":white_check_mark: [**Incorporating Long-range Consistency in CNN-based Texture "
        "Generation**] [[Paper]](https://arxiv.org/pdf/1606.01286.pdf)  *(ICLR 2017)* \n\n"
        ":sparkle: **Code:**\n\n"
        "*   [Theano-based](https://github.com/guillaumebrg/texture_generation)\n\n"
        "## Tools\n\n**Our favourites:**\n\n"
        "*   [Ostagram](https://www.ostagram.me/)\n"
        "*   [Deep Forger](https://deepforger.com/)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, [link.url for link in e.links]) for e in entries] == [
        (
            "A Neural Algorithm of Artistic Style",
            [
                "https://arxiv.org/pdf/1508.06576.pdf",
                "https://github.com/jcjohnson/neural-style",
                "https://github.com/anishathalye/neural-style",
            ],
        ),
        (
            "Incorporating Long-range Consistency in CNN-based Texture Generation",
            [
                "https://arxiv.org/pdf/1606.01286.pdf",
                "https://github.com/guillaumebrg/texture_generation",
            ],
        ),
        ("Ostagram", ["https://www.ostagram.me/"]),
        ("Deep Forger", ["https://deepforger.com/"]),
    ]


def test_bold_title_then_year_first_venue_keeps_its_title() -> None:
    # h566 xlang-code-generation: ``**Title**, 2023 NeurIPS R0-Fomo Workshop``: the venue
    # after the comma, its year first, is no title after a short bold name
    text = (
        "# Code generation\n\n"
        "1. **Function-constrained Program Synthesis**, 2023 NeurIPS R0-Fomo Workshop\n\n"
        "   *Patrick Hajali, Ignas Budvytis*  [[pdf](https://arxiv.org/abs/2311.15500)]\n"
        "2. **VPP**, Video Prediction Policy: A Generalist Robot Policy with Predictive "
        "Visual Representations [paper](https://arxiv.org/abs/2412.14803)\n"
    )
    titles = [e.title for e in parse_text(text, "x.md").entries]
    assert titles == [
        "Function-constrained Program Synthesis",
        "Video Prediction Policy: A Generalist Robot Policy with Predictive Visual Representations",
    ]


def test_a_paragraph_of_marked_link_lines_is_a_list_one_a_line() -> None:
    # h626 sd-akashic-records: ":small_blue_diamond: [Name](url)<br>" on each line of a
    # paragraph, one link's text wrapped onto the next line, some lines opening with a
    # short name and a colon before the link; a line of prose among them is none
    doc = parse_text(
        "# Records\n\n### Guides\n\n"
        ":small_blue_diamond: [Stable Diffusion\n"
        "Ultimate Beginner's Guide](https://docs.google.com/d/1)<br>\n"
        ":small_blue_diamond: [SD Launch Presentation](https://www.youtube.com/watch?v=E)<br>\n"
        ":small_blue_diamond: Image to prompt : [CLIP Interrogator](https://replicate.com/m)<br>\n"
        ":small_orange_diamond: [Upscale Wiki Model Database](https://upscale.wiki/wiki/M) - \n"
        "Upscalers are not exclusive to stable diffusion. <br>\n"
        ":small_red_triangle: [Camera distance terms](https://github.com/M/img/c.jpg)<br>\n"
    )
    assert [(e.source.line, e.title, [link.url for link in e.links]) for e in doc.entries] == [
        (5, "Stable Diffusion Ultimate Beginner's Guide", ["https://docs.google.com/d/1"]),
        (7, "SD Launch Presentation", ["https://www.youtube.com/watch?v=E"]),
        (8, "CLIP Interrogator", ["https://replicate.com/m"]),
        (9, "Upscale Wiki Model Database", ["https://upscale.wiki/wiki/M"]),
        (11, "Camera distance terms", ["https://github.com/M/img/c.jpg"]),
    ]


def test_a_name_two_hyphens_and_its_description_before_a_code_link() -> None:
    # h624 awesome-isp-pipeline: "openISP -- Open Image Signal Processor [[code]](url)  "
    # on each line of a paragraph: the name is the title, the description a note
    doc = parse_text(
        "# ISP\n\n### Examples\n"
        "Infinite-ISP -- An open source ISP pipeline written in Python  "
        "[[code]](https://github.com/10x-Engineers/Infinite-ISP)  \n"
        "openISP -- Open Image Signal Processor [[code]](https://github.com/cruxopen/openISP)  \n"
        "fast-openISP -- Fast Open Image Signal Processor "
        "[[code]](https://github.com/QiuJueqin/fast-openISP)\n"
    )
    assert [(e.source.line, e.title) for e in doc.entries] == [
        (4, "Infinite-ISP"),
        (5, "openISP"),
        (6, "fast-openISP"),
    ]
    assert doc.entries[1].notes == ["Open Image Signal Processor"]


def test_a_section_of_titles_each_closed_by_its_makers_name() -> None:
    # h630 tecate-bitmap-fonts: "[Dina by Jørgen Ibsen](url)\" on each line: where most
    # titles of a section close with "by" and a short name, it is the maker's; one title
    # alone keeps its words, and "by unknown" names no one
    fonts = "".join(
        f"[{name} by {maker}](https://example.org/{n})\\\n"
        for n, (name, maker) in enumerate(
            [
                ("artwiz-aleczapka", "Oliwier Ptak"),
                ("bitocra", "ninjaaron"),
                ("boxxy", "caffeinebasedlifeform"),
                ("CG Mono", "Christian Gruen"),
                ("Dina", "Jørgen Ibsen"),
                ("gohufont", "unknown"),
            ]
        )
    )
    doc = parse_text(
        "# bitmap-fonts\n\n## Included:\n" + fonts + "[terminus](https://example.org/t)\n\n"
        "## Papers\n\n"
        "- [Deep Multimodal Fusion by Channel Exchanging](https://arxiv.org/abs/2011.05005)\n"
    )
    assert [(e.title, e.authors) for e in doc.entries] == [
        ("artwiz-aleczapka", ["Oliwier Ptak"]),
        ("bitocra", ["ninjaaron"]),
        ("boxxy", ["caffeinebasedlifeform"]),
        ("CG Mono", ["Christian Gruen"]),
        ("Dina", ["Jørgen Ibsen"]),
        ("gohufont", []),
        ("terminus", []),
        ("Deep Multimodal Fusion by Channel Exchanging", []),
    ]


def test_a_remark_in_brackets_closing_an_unlinked_name_is_a_note() -> None:
    # h632 sf-vegetarian-restaurants: "* Rhea's Deli (Great seitan BBQ Chicken sandwhich, …)":
    # the name, then what the curator says of it; a short form or a year stays the title's
    doc = parse_text(
        "# Restaurants\n\nSandwiches\n---\n"
        "* Jay's Cheesesteaks (many seitan flavors)\n"
        "* Rhea's Deli (Great seitan BBQ Chicken sandwhich, and cheese sandwhiches of the "
        "highest quality)\n"
        "* Taqueria Cancún (classic mission burrito; open till 2am on fri/sat, 1am other days)\n"
        "* Toaster Oven (Potbelly's clone)\n"
        "* Segment Anything Model (SAM)\n"
        "* A Survey of Things We Read (2019 edition)\n"
    )
    assert [(e.title, e.notes) for e in doc.entries] == [
        ("Jay's Cheesesteaks", ["many seitan flavors"]),
        (
            "Rhea's Deli",
            ["Great seitan BBQ Chicken sandwhich, and cheese sandwhiches of the highest quality"],
        ),
        ("Taqueria Cancún", ["classic mission burrito; open till 2am on fri/sat, 1am other days"]),
        ("Toaster Oven (Potbelly's clone)", []),
        ("Segment Anything Model (SAM)", []),
        ("A Survey of Things We Read (2019 edition)", []),
    ]


def test_a_names_long_form_in_brackets_stays_its_title() -> None:
    # h204 vit-followups, h603 sam-extensions: "DeiT (Data-efficient Image Transformers)",
    # "EsViT (Efficient self-supervised Vision Transformers)": the name's long form (title
    # case, or the initials of its capitals) is no remark
    doc = parse_text(
        "# ViT\n\n"
        "- DeiT (Data-efficient Image Transformers) [paper](https://arxiv.org/abs/2012.12877)\n"
        "- EsViT (Efficient self-supervised Vision Transformers) [paper](https://arxiv.org/abs/2)\n"
        "- Fast-SAM (a faster segment anything model) [Repo](https://github.com/c/FastSAM)\n"
    )
    assert [e.title for e in doc.entries] == [
        "DeiT (Data-efficient Image Transformers)",
        "EsViT (Efficient self-supervised Vision Transformers)",
        "Fast-SAM",
    ]


def test_a_mark_alone_before_a_link_that_names_its_kind_is_no_title() -> None:
    # h525 awesome-cloud-run: "* 📙 [Official Documentation](url)": the emoji marks the
    # item, the link's text is all the name it has
    doc = parse_text(
        "* 📙 [Official Documentation](https://cloud.google.com/run/docs/)\n"
        "* 📙 [Documentation](https://cloud.google.com/run/docs/quickstarts)\n"
    )
    assert [e.title for e in doc.entries] == ["Official Documentation", "Documentation"]
