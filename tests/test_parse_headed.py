"""Entries written as linked headings, with their description and more links below."""

from __future__ import annotations

from awesome_ptm.parse import parse_text

TOOLS = """\
## ChatGPT 工具

### [翻译: OpenAI Translator](https://chrome.example.com/openai-translator)

基于 ChatGPT API 的划词翻译浏览器插件。

[Chrome 插件地址](https://chrome.example.com/openai-translator), [GitHub 开源地址](https://github.com/yetone/openai-translator)

![translator](imgs/open_translator.jpg)

### [设计梦想的房间: RoomGPT](https://www.roomgpt.io/)

使用 AI 设计自己梦想的房间。

类似工具：
* [PandaGPT](https://www.pandagpt.io/)

### [Tabby](https://github.com/TabbyML/tabby)
"""

CATEGORIES = """\
# Awesome X

## [Python](https://www.python.org/)

- [Django](https://github.com/django/django) - A web framework.

## [Rust](https://www.rust-lang.org/)

- [Tokio](https://github.com/tokio-rs/tokio) - An async runtime.

## Contents

### [LLM训练](https://github.com/o/list/tree/main/train)

About training.

- [A guide](https://example.com/guide)

### 推理
"""


def test_linked_headings_in_a_run_are_entries() -> None:
    doc = parse_text(TOOLS)
    by_title = {e.title: e for e in doc.entries}
    assert list(by_title) == [
        "翻译: OpenAI Translator",
        "设计梦想的房间: RoomGPT",
        "PandaGPT",
        "Tabby",
    ]
    translator = by_title["翻译: OpenAI Translator"]
    assert [link.url for link in translator.links] == [
        "https://chrome.example.com/openai-translator",
        "https://chrome.example.com/openai-translator",
        "https://github.com/yetone/openai-translator",
    ]
    assert translator.section == ["ChatGPT 工具"]
    assert translator.source.line == 3
    # the heading still titles the section of what is listed under it
    assert by_title["PandaGPT"].section == ["ChatGPT 工具", "设计梦想的房间: RoomGPT"]


def test_linked_category_headings_and_lone_linked_headings_are_no_entries() -> None:
    doc = parse_text(CATEGORIES)
    assert [e.title for e in doc.entries] == ["Django", "Tokio", "A guide"]


def test_headings_of_a_logo_a_link_and_its_maker_are_entries() -> None:
    """heldout61 awesome-iot-hq: ``#### <img src=logo /> - [Eddystone](url) (Google)`` and
    ``#### [CoAP](url) (IETF)`` over a paragraph and a quote: one entry each, the remark a
    note, the paragraph's link the entry's. A heading whose text after the link is no
    bracketed remark (``#### [Docs](url) and more``) is no such entry."""
    text = (
        "# Awesome IoT\n\n## Protocols\n\n"
        '#### <img width="50" src="https://logo.example/e.jpg" /> - '
        "[Eddystone](https://en.wikipedia.org/wiki/Eddystone_(Google)) (Google)\n\n"
        "Eddystone is a beacon profile. - [Wikipedia](https://en.wikipedia.org/wiki/E)\n\n"
        "#### [CoAP](http://coap.technology/) (IETF)\n\nCoAP is a protocol.\n\n"
        '#### <img width="50" src="https://logo.example/m.png" /> - '
        "[MQTT](http://mqtt.org/) (IBM)\n\n"
        "MQTT is a protocol.\n\n"
        "#### [DTLS](https://fr.wikipedia.org/wiki/DTLS) and more\n\nDTLS secures datagrams.\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.notes[:1], len(e.links)) for e in entries] == [
        ("Eddystone", ["(Google)"], 2),
        ("CoAP", ["(IETF)"], 1),
        ("MQTT", ["(IBM)"], 1),
    ]


def test_a_heading_with_a_venue_tag_over_the_paper_s_links() -> None:
    """strongcourage/awesome-directed-fuzzing: ``### [CCS'17] Directed Greybox Fuzzing`` over
    ``[[paper]](url) [[project]](url)`` and an abstract in ``<details>``: the heading names
    the paper; the tag before its title is its venue and year, not part of the title."""
    from awesome_ptm.parse import parse_text

    text = (
        "# awesome-directed-fuzzing\n\n"
        "-----\n### [CCS'17] Directed Greybox Fuzzing \n\n"
        "[[paper]](https://mboehme.github.io/paper/CCS17.pdf) [[project]](https://github.com/aflgo)"
        "\n\n<details>\n  <summary>Click to see the abstract!</summary>\nExisting Greybox Fuzzers "
        "cannot be effectively directed.\n</details>\n\n"
        "-----\n### [DSN'19] 1dVul: Discovering 1-day Vulnerabilities through Binary Patches \n\n"
        "[[paper]](https://ieeexplore.ieee.org/stamp/stamp.jsp?arnumber=8809537)\n"
    )
    entries = parse_text(text).entries
    assert [(e.title, e.venue, e.year, len(e.links)) for e in entries] == [
        ("Directed Greybox Fuzzing", "CCS", 2017, 2),
        ("1dVul: Discovering 1-day Vulnerabilities through Binary Patches", "DSN", 2019, 1),
    ]


def test_a_paper_heading_over_its_labelled_addresses_one_of_them_left_empty() -> None:
    """Awesome-CVPR2024-AIGC (ECCV2024.md) gives each paper a heading over ``- Paper: url``
    and ``- Code: url``, one of them sometimes empty (``- Code:``): the heading is the
    entry, the addresses given its links, the empty label no entry."""
    from awesome_ptm.parse import parse_text

    text = (
        "# 1.图像生成(Image Generation/Image Synthesis)\n\n"
        "### ∞-Brush : Controllable Large Image Synthesis with Diffusion Models\n\n"
        "- Paper: https://arxiv.org/abs/2407.14709\n"
        "- Code:\n\n"
        "### Accelerating Diffusion Sampling with Optimized Time Steps\n\n"
        "- Paper: https://arxiv.org/abs/2402.17376\n"
        "- Code: https://github.com/scxue/DM-NonUniform\n\n"
        "### Data Augmentation for Saliency Prediction via Latent Diffusion\n\n"
        "- Paper: \n"
        "- Code: https://github.com/IVRL/AugSal\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, [link.url for link in e.links]) for e in entries] == [
        (
            "∞-Brush : Controllable Large Image Synthesis with Diffusion Models",
            ["https://arxiv.org/abs/2407.14709"],
        ),
        (
            "Accelerating Diffusion Sampling with Optimized Time Steps",
            ["https://arxiv.org/abs/2402.17376", "https://github.com/scxue/DM-NonUniform"],
        ),
        (
            "Data Augmentation for Saliency Prediction via Latent Diffusion",
            ["https://github.com/IVRL/AugSal"],
        ),
    ]


def test_a_paper_heading_over_its_names_and_venue_written_as_a_list() -> None:
    """JikesRVM's Publications.md (held-out h414): each paper is a heading, linked or not,
    over ``- Names`` and ``- Venue, place, date`` items (and notes): one entry, its authors,
    venue, year and date from the items (130 entries were read for 60 papers: every item
    was one). A plain heading over a list of resources is still their section."""
    doc = parse_text(
        """\
## 2015

### [Stop and go: understanding yieldpoint behavior](http://u.example/yieldpoint.pdf)

- Yi Lin, Kunshan Wang, Stephen M. Blackburn, Antony L. Hosking and Michael Norrish
- ACM SIGPLAN Symposium on Memory Management, ISMM'15, Portland, OR, June 14, 2015,

## 2014

### &nbsp;Fast Conservative Garbage Collection

- Rifat Shahriyar, Stephen M. Blackburn and Kathryn S. McKinley
- ACM Conference on Object-Oriented Programming, Portland OR, October 2014

### [Adaptive Correction of Sampling Bias in Dynamic Call Graphs](https://dl.acm.org/c?id=2840806)

- Byeongcheol Lee
- ACM Transactions on Architecture and Code Optimization (TACO), Volume 12, January 2016
- Source code in the Jikes RVM repository (see [RVM-979](https://x.example/browse/RVM-979))

### Garbage Collection Tools

- [MMTk](https://www.mmtk.io/) - A memory management toolkit.
- [Boehm GC](https://www.hboehm.info/gc/) - A conservative collector.
"""
    )
    assert [
        (e.title, e.authors[:1], e.venue, e.year, e.date, len(e.links)) for e in doc.entries
    ] == [
        (
            "Stop and go: understanding yieldpoint behavior",
            ["Yi Lin"],
            "ISMM",
            2015,
            "2015-06-14",
            1,
        ),
        ("Fast Conservative Garbage Collection", ["Rifat Shahriyar"], None, 2014, "2014-10", 0),
        (
            "Adaptive Correction of Sampling Bias in Dynamic Call Graphs",
            ["Byeongcheol Lee"],
            "TACO",
            2016,
            "2016-01",
            2,
        ),
        ("MMTk", [], None, None, None, 1),
        ("Boehm GC", [], None, None, None, 1),
    ]
    assert doc.entries[3].section == ["2014", "Garbage Collection Tools"]


def test_a_paper_heading_over_its_citation_written_as_one_paragraph() -> None:
    """samth/gradual-typing-bib (held-out h510): ``##### Title.`` over one paragraph of
    lines, the names, the venue and date, the address: one entry (the paragraph's first line
    was read as the paper's title, the heading dropped). The heading's closing full stop is
    no part of the title; a venue line with its year alone (``…, 2009``) dates it. A heading
    over a paragraph of prose is still a section."""
    hard = "  \n"  # (the file ends its lines with two spaces: hard breaks)
    doc = parse_text(
        "# Gradual Typing\n\n## The original papers\n\n"
        "##### Gradual typing for functional languages.\n\n"
        f"Jeremy G. Siek and Walid Taha.{hard}"
        "In Seventh Workshop on Scheme and Functional Programming, pages 81–92, "
        f"September 2006.{hard}"
        "http://ecee.colorado.edu/~siek/pubs/pubs/2006/siek06_gradual.pdf\n\n"
        "##### Towards gradual typing for generics\n\n"
        f"Lintaro Ina, Atsushi Igarashi{hard}"
        f"STOP '09 Proceedings for the 1st workshop on Script to Program Evolution, 2009{hard}"
        "See subsequent version in OOPSLA 2011\n\n"
        "## Related Work on Contracts\n\n"
        "These papers describe how types and contracts meet.\n\n"
        "- [Racket contracts](https://docs.racket-lang.org/guide/contracts.html) - the guide\n"
    )
    assert [(e.title, e.authors, e.year, e.source.line) for e in doc.entries] == [
        ("Gradual typing for functional languages", ["Jeremy G. Siek", "Walid Taha"], 2006, 5),
        ("Towards gradual typing for generics", ["Lintaro Ina", "Atsushi Igarashi"], 2009, 11),
        ("Racket contracts", [], None, 21),
    ]
    assert [link.url for link in doc.entries[0].links] == [
        "http://ecee.colorado.edu/~siek/pubs/pubs/2006/siek06_gradual.pdf"
    ]
    assert doc.entries[0].date == "2006-09"


def test_points_with_sub_points_and_mentioned_links_under_a_linked_heading() -> None:
    """unixorn/awesome-zsh-plugins (held-out h424): ``### [rat](url)``, a paragraph, then
    ``- 🚀 Simple setup`` with sub-points, or ``- Configuration file using [TOML](url)
    syntax.``: the points describe the heading's tool (their links its own), they are not
    entries (45 entries were read for 31 tools). A resource named with its address,
    ``- **Debian** — https://wiki.debian.org/…``, is still an entry."""
    doc = parse_text(
        """\
## Plugin managers

### [rat](https://github.com/gotokazuki/rat-zsh)

A lightweight, fast, and reproducible plugin manager for ZSH.

- 🚀 Simple setup
  - Install with a single curl line
- ⚙️ Configurable and reproducible
  - Simple TOML-based configuration

### [sheldon](https://github.com/rossmacarthur/sheldon)

**sheldon** is a fast, configurable, shell plugin manager.

- Highly configurable install methods using [handlebars](http://handlebarsjs.com/) templating.
- Configuration file using [TOML](https://github.com/toml-lang/toml) syntax.

### [Drivers](https://www.nvidia.com/en-us/drivers/unix/)

Install the driver through the distribution's package manager.

- **Debian** — https://wiki.debian.org/NvidiaGraphicsDrivers#Installation
- **Fedora** — https://rpmfusion.org/Howto/NVIDIA
"""
    )
    assert [(e.title, [link.url for link in e.links]) for e in doc.entries] == [
        ("rat", ["https://github.com/gotokazuki/rat-zsh"]),
        (
            "sheldon",
            [
                "https://github.com/rossmacarthur/sheldon",
                "http://handlebarsjs.com/",
                "https://github.com/toml-lang/toml",
            ],
        ),
        ("Drivers", ["https://www.nvidia.com/en-us/drivers/unix/"]),
        ("Debian", ["https://wiki.debian.org/NvidiaGraphicsDrivers#Installation"]),
        ("Fedora", ["https://rpmfusion.org/Howto/NVIDIA"]),
    ]


def test_a_plain_heading_over_names_alone_or_over_resources_is_a_section() -> None:
    """A plain heading is a paper's only when its names are followed by a line with a year
    (its venue): ``### Maintainers`` over names, or a heading over bold-titled resources
    (generalist-robots-fm, held-out h268: ``- **Awesome-LLM-Robotics** [repo link](url)``
    then a dated paper) keep their meaning. (A guard of the reading above: its first
    version made both headings entries.)"""
    doc = parse_text(
        """\
## About

### Maintainers of the List

- Alice Smith, Bob Jones and Carol White

### Foundation models and robotics
- **Awesome-LLM-Robotics** [repo link](https://github.com/GT-RIPL/Awesome-LLM-Robotics)
- **Foundation Models in Robotics: Applications, Challenges, and the Future**, 2023, [paper link](https://arxiv.org/pdf/2312.07843.pdf)
"""
    )
    titles = [e.title for e in doc.entries]
    assert "Maintainers of the List" not in titles
    assert "Foundation models and robotics" not in titles
    assert titles[-2:] == [
        "Awesome-LLM-Robotics",
        "Foundation Models in Robotics: Applications, Challenges, and the Future",
    ]


def test_a_card_of_labelled_fields_under_a_heading_is_the_entry_it_names() -> None:
    """ajari-koding (h440) writes each resource as ``### BAGICODE`` over ``- Creator: Robby
    Dianputra``, ``- URL: https://bagicode.com``, ``- Description: …``, ``- Rating: 0``: the
    heading names the entry, the address is its link, the creator its names (4 of 37 were
    read). A card under the list's own title (``# librosgratis.dev`` over ``- Web: …``) is
    the list's, and a list of linked names with colons (``- [Tool](url): …``) stays a list of
    resources."""
    text = (
        "# Ajari Koding\n\n## PORTAL\n\n"
        "### BAGICODE\n\n"
        "- Creator: Robby Dianputra\n"
        "- URL: https://bagicode.com\n"
        "- Description:  Kelas online free dan one time paid\n"
        "- Rating: 0\n\n"
        "### PASARKODE\n\n"
        "- Creator: Ano Van\n"
        "- URL: https://pasarkode.com\n"
        "- Topic Tags: developer, desainer\n\n"
        "## Tools\n\n"
        "- [Alpha](https://alpha.example): the first tool\n"
        "- [Beta](https://beta.example): the second tool\n"
        "- [Gamma](https://gamma.example): the third tool\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, [link.url for link in e.links], e.authors, e.section) for e in entries] == [
        ("BAGICODE", ["https://bagicode.com"], ["Robby Dianputra"], ["Ajari Koding", "PORTAL"]),
        ("PASARKODE", ["https://pasarkode.com"], ["Ano Van"], ["Ajari Koding", "PORTAL"]),
        ("Alpha", ["https://alpha.example"], [], ["Ajari Koding", "Tools"]),
        ("Beta", ["https://beta.example"], [], ["Ajari Koding", "Tools"]),
        ("Gamma", ["https://gamma.example"], [], ["Ajari Koding", "Tools"]),
    ]
    card = "# librosgratis.dev\n\n- Web: [librosgratis.dev](https://librosgratis.dev)\n"
    card += "- Repositorio: [midudev/libros](https://github.com/midudev/libros)\n"
    card += "- Total actual: 115 recursos\n\n## Fundamentos\n\n"
    card += "\n".join(f"- [Libro {i}](https://libro{i}.example) - un libro" for i in range(6))
    titles = [e.title for e in parse_text(card + "\n", "x.md").entries]
    assert titles == [f"Libro {i}" for i in range(6)]


def test_a_heading_over_a_card_of_bold_labelled_fields_names_its_entry() -> None:
    # h538 actuarial-ai-case-studies: ``### Title`` over ``- **Author:** …``, ``- **Date:**
    # …``, ``- **Resources:** [Article (arXiv)](url)``, a label with brackets or a slash, an
    # abstract running over lines; linked headings over such fields (h443) stay one entry each
    benchmarks = "".join(
        f"### [Benchmark {n} for Hallucination](https://arxiv.org/abs/2501.0000{n})\n"
        "- **Metrics:** False refusal rate, hallucination rate\n"
        "- **Datasets:** HalluLens (PreciseWikiQA, LongWiki)\n"
        f"- **Comments:** Introduces a taxonomy, see the [code](https://github.com/o/b{n})\n\n"
        for n in range(3)
    )
    text = (
        "# Case Study Catalog\n\n## 2026\n<br>\n\n"
        "### Is TabPFN the Silver Bullet for Insurance Pricing?\n"
        "- **Author:** Bruno Deprez, Wouter Verbeke, Tim Verdonck\n"
        "- **Date:** 2026-05-21\n"
        "- **Resources:** [Article (arXiv)](https://arxiv.org/abs/2605.22892)\n"
        "- **Type:** Case Study\n"
        "- **Language(s):** English\n"
        "- **Methods and/or Models:** Empirical evaluation of TabPFN\n"
        "- **Abstract:**\n"
        "    Modelling claim frequency and severity for non-life insurance pricing.\n"
        f"<br>\n\n## Papers\n\n{benchmarks}"
    )
    entries = parse_text(text, "x.md").entries
    case = entries[0]
    assert (case.title, case.year, case.date, case.authors, case.section) == (
        "Is TabPFN the Silver Bullet for Insurance Pricing?",
        2026,
        "2026-05-21",
        ["Bruno Deprez", "Wouter Verbeke", "Tim Verdonck"],
        ["Case Study Catalog", "2026"],
    )
    assert [link.url for link in case.links] == ["https://arxiv.org/abs/2605.22892"]
    assert [(e.title, e.source.line) for e in entries[1:]] == [
        (f"Benchmark {n} for Hallucination", 19 + 5 * n) for n in range(3)
    ]


def test_html_linked_headings_are_entries_with_their_description_links() -> None:
    # h556 procedural-generation-kchapelier: ``### <a href=…>name</a>`` over a description
    # whose HTML links are the entry's; a talk's ``[Unite 2015]`` before its title; a full
    # stop after the link
    text = (
        "# Procedural generation\n\n## JavaScript modules\n\n"
        '### <a href="https://github.com/kchapelier/convchain" target="_blank">'
        "kchapelier/convchain</a>\n\n"
        'Vanilla javascript port of <a href="https://twitter.com/ExUtumno">@ExUtumno</a>\'s '
        '<a href="https://github.com/mxgmn/ConvChain">ConvChain</a>.\n\n'
        "## Talks / videos\n\n"
        '### <a href="https://www.youtube.com/watch?v=ZiMs5sb1gZo">[Unite 2015] A coder\'s '
        "guide to spline-based procedural geometry</a>\n\n"
        "Joachim Holmér shows how to generate meshes along splines.\n\n"
        '### <a href="https://www.youtube.com/watch?v=yED9t2tImog">[The Thing 2020] '
        "Example-based procedural placement in a dialogue system</a>.\n\n"
        "A very well illustrated presentation.\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.source.line, e.title, e.year, e.venue) for e in entries] == [
        (5, "kchapelier/convchain", None, None),
        (11, "A coder's guide to spline-based procedural geometry", 2015, "Unite"),
        (15, "Example-based procedural placement in a dialogue system", 2020, "The Thing"),
    ]
    assert [link.url for link in entries[0].links] == [
        "https://github.com/kchapelier/convchain",
        "https://twitter.com/ExUtumno",
        "https://github.com/mxgmn/ConvChain",
    ]


def test_a_heading_over_lines_of_badges_names_the_paper() -> None:
    # h615 awesome-mvs-walsvid: ``#### Title - [EIA-MVS]`` over ``- ![Publication](badge)
    # [![Paper](badge)](paper)``, ``- [![GitHub stars](badge)](repo)``, ``- ![Image](png)``:
    # the heading is the paper (its short name off), the linked badges its links; a list of
    # pictures that are resources of their own (a logo, no badge) stays none
    badge = "https://img.shields.io/badge"
    text = (
        "# Awesome-MVS\n\n## Learning-based MVS Methods\n\n### 2024\n\n"
        "#### Adaptive Feature Enhanced Multi-View Stereo - [EIA-MVS]\n"
        f"- ![Publication]({badge}/2024-R--AL-d10465) "
        f"[![Paper]({badge}/Camera--Ready-PDF-f5cac3)](https://ieeexplore.ieee.org/document/1)\n"
        f"- ![Pytorch]({badge}/PyTorch-ee4c2c) [![GitHub stars]"
        "(https://img.shields.io/github/stars/b/EIA-MVS)](https://github.com/b/EIA-MVS)\n"
        "- ![Image](https://raw.githubusercontent.com/a/img/main/1.png)\n\n"
        "#### GoMVS: Geometrically Consistent Cost Aggregation\n\n"
        f"- [![Paper]({badge}/arxiv-2404.07992-B31B1B)](https://arxiv.org/abs/2404.07992)\n"
        f"- [![Webpage]({badge}/Project-Page-3cba54)](https://wuuu3511.github.io/gomvs/)\n\n"
        "## Friends\n\n### Logos\n\n"
        "- [![Kornia](https://example.org/kornia.png)](https://kornia.org)\n"
        "- [![OpenMVS](https://example.org/openmvs.png)](https://openmvs.org)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.source.line, e.title, e.section[-1]) for e in entries[:2]] == [
        (7, "Adaptive Feature Enhanced Multi-View Stereo", "2024"),
        (12, "GoMVS: Geometrically Consistent Cost Aggregation", "2024"),
    ]
    assert [link.url for link in entries[0].links] == [
        "https://ieeexplore.ieee.org/document/1",
        "https://github.com/b/EIA-MVS",
    ]
    assert [link.url for link in entries[1].links] == [
        "https://arxiv.org/abs/2404.07992",
        "https://wuuu3511.github.io/gomvs/",
    ]
    assert all(e.title not in ("Logos", "Friends") for e in entries)


def test_a_heading_of_a_linked_name_a_dash_and_its_description() -> None:
    # h652 ar-source-cn: "### [ARCore](url)---ARCore是谷歌推出的…" a heading, one after the
    # other: a resource each, its description a note; over a list it names a category
    doc = parse_text(
        "# AR platform\n"
        "### [ARKit](https://developer.apple.com/arkit/)---ARKit是苹果在2017年WWDC推出的AR开发平台\n"
        "### [ARCore](https://developers.google.cn/ar/)---ARCore是谷歌推出的搭建增强现实应用程序的软件平台\n"
        "### [Magic Leap](https://www.magicleap.com/)\n"
        "## [Unity](https://unity.com/) - the engine\n\n"
        "- [AR Foundation](https://unity.com/ar-foundation) - a framework\n"
    )
    assert [(e.title, e.notes[:1]) for e in doc.entries] == [
        ("ARKit", ["ARKit是苹果在2017年WWDC推出的AR开发平台"]),
        ("ARCore", ["ARCore是谷歌推出的搭建增强现实应用程序的软件平台"]),
        ("Magic Leap", []),
        ("AR Foundation", ["a framework"]),
    ]
