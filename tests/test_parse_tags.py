"""Short bold tags around a paper's title (``Title. **`arXiv 26.05`** [[Paper](url)]``,
``[**SEM2**] Title``, ``**Name**: Title. **`ACM MM 25`** [[Paper](url)]``), the way
heldout49's world-model-ad writes every entry. Expected values written by reading the lines."""

from __future__ import annotations

import pytest

from awesome_ptm.model import Entry
from awesome_ptm.parse import parse_text
from awesome_ptm.parse._dated import venue_year_month


def _entries(lines: list[str]) -> list[Entry]:
    text = "# World models\n\n## Papers\n\n" + "".join(f"{line}\n" for line in lines)
    return parse_text(text, "x.md").entries


def test_bold_tags_after_a_text_title_end_it_and_give_its_venue_year_and_month() -> None:
    entries = _entries(
        [
            "- Safety in Embodied AI: A Survey of Risks, Attacks, and Defenses. **`arXiv 26.05`**"
            " [[Paper](https://arxiv.org/abs/2605.02900)]",
            "- The Role of World Models in Shaping Autonomous Driving: A Comprehensive Survey. "
            "**`FCS 26`** [[Paper](https://arxiv.org/abs/2502.10498)]",
            "- World Models: The Safety Perspective. **`ISSREW`** "
            "[[Paper](https://arxiv.org/abs/2411.07690)]",
            "- A Survey of World Models. **`arXiv 24.3`** **`NVIDIA`** "
            "[[Paper](https://arxiv.org/abs/2403.02622)]",
        ]
    )
    assert [(e.title, e.venue, e.year, e.date) for e in entries] == [
        (
            "Safety in Embodied AI: A Survey of Risks, Attacks, and Defenses",
            "arXiv",
            2026,
            "2026-05",
        ),
        # an unknown name and a two-digit year: the title ends, the tag stays a note
        (
            "The Role of World Models in Shaping Autonomous Driving: A Comprehensive Survey",
            None,
            None,
            None,
        ),
        ("World Models: The Safety Perspective", None, None, None),
        ("A Survey of World Models", "arXiv", 2024, "2024-03"),
    ]
    assert entries[1].notes == ["FCS 26"]


def test_a_bold_name_and_colon_over_tags_keeps_the_papers_title_whole() -> None:
    entries = _entries(
        [
            "- **DriVerse**: Navigation World Model for Driving Simulation.  **`ACM MM 25`** "
            "[[Paper](https://arxiv.org/abs/2504.19614)] [[Code](https://github.com/a/b)]",
            "- **SimWAM**: A Simple World Action Model for Autonomous Driving. **`arXiv 26.8`** "
            "[[Paper](https://arxiv.org/abs/2608.07468)]",
            # a description, not a paper: the link after the tag is no paper's
            "- **Toolkit**: A toolkit for world models. **`Python`** [[Docs](https://d.example/)]",
        ]
    )
    assert [(e.title, e.venue, e.year, e.date) for e in entries] == [
        ("DriVerse: Navigation World Model for Driving Simulation", "ACM MM", 2025, None),
        ("SimWAM: A Simple World Action Model for Autonomous Driving", "arXiv", 2026, "2026-08"),
        ("Toolkit", None, None, None),
    ]


def test_a_bracketed_bold_short_name_before_the_title_is_an_alias() -> None:
    entries = _entries(
        [
            "- [**SEM2**] Enhance Sample Efficiency of End-to-end Urban Driving. **`TITS`** "
            "[[Paper](https://ieeexplore.ieee.org/document/10538211/)]",
            "- [**UniFuture**] UniFuture: A 4D Driving World Model. **`ICRA 26`** "
            "[[Paper](https://arxiv.org/abs/2503.13587)]",
            # a venue in the brackets is the venue, not a name (heldout10 medllms-guide)
            "- [**NEJM AI, 2024**] GPT-4 for Information Retrieval of Oncology Guidelines "
            "[paper](https://ai.nejm.org/doi/abs/10.1056/AIcs2300235)",
        ]
    )
    assert [(e.title, e.aliases, e.venue, e.year) for e in entries] == [
        # (``TITS``: the IEEE Transactions on Intelligent Transportation Systems, known to
        # the venue table since the thirteenth session; its year is not stated)
        ("Enhance Sample Efficiency of End-to-end Urban Driving", ["SEM2"], "T-ITS", None),
        ("UniFuture: A 4D Driving World Model", ["UniFuture"], "ICRA", 2026),
        ("GPT-4 for Information Retrieval of Oncology Guidelines", [], "NEJM AI", 2024),
    ]


@pytest.mark.parametrize(
    "line",
    [
        # a bold word inside the title's sentence, not after its full stop
        "- Learning **Sparse** Models for Driving [[Paper](https://arxiv.org/abs/2401.00001)]",
        # text after the bold word: no tag closing the title
        "- World Models. **Driving** with them [[Paper](https://arxiv.org/abs/2401.00002)]",
        # a long bold phrase is no tag
        "- World Models. **A Survey of Many Long Things Here** "
        "[[Paper](https://arxiv.org/abs/2401.00003)]",
    ],
)
def test_bold_text_that_is_no_closing_tag_stays_in_the_title(line: str) -> None:
    (entry,) = _entries([line])
    assert entry.title == line[2 : line.index(" [[")].replace("**", "")
    assert entry.date is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("arXiv 26.05", ("arXiv", 2026, "2026-05")),
        ("arXiv 25.6", ("arXiv", 2025, "2025-06")),
        ("ICLR 25.1", ("ICLR", 2025, "2025-01")),
        ("v 26.05", None),  # a version
        ("arXiv 26.13", None),  # no thirteenth month
        ("Foo 26.05", None),  # an unknown name
        ("arXiv 2026.05", None),  # a four-digit year is read elsewhere
    ],
)
def test_venue_year_month(text: str, expected: tuple[str, int, str] | None) -> None:
    found = venue_year_month(text)
    got = None if found is None else (found[0].venue, found[0].year, found[1])
    assert got == expected


def test_a_bracketed_tag_before_a_bold_title() -> None:
    """heldout52 gnn-explain-papers: ``N. [Tag] **Title** [[paper]](url)``: the bold text is
    the title whatever the tag; the tag gives the venue, year and month when it states them
    (``Arxiv 25.05``, ``AAAI workshop``, ``NeurIPS 2023 Workshop XAIA``), else it is a note."""
    entries = _entries(
        [
            "1. [Arxiv 25.05] **Dual Explanations via Subgraph Matching for Malware Detection** "
            "[[paper]](https://arxiv.org/pdf/2504.20904)",
            "2. [AAAI workshop] **Semi-Supervised Graph Learning with Explanations**"
            "[[paper]](https://arxiv.org/abs/2403.02786)",
            "3. [NeurIPS 2023 Workshop XAIA] **GInX-Eval: Towards In-Distribution Evaluation** "
            "[[paper]](https://openreview.net/forum?id=88MalncLgU)",
            "4. [HI-AI@KDD 24] **Interpretable Graph Model with Prototypes** "
            "[[paper]](https://h.example/4.pdf)",
        ]
    )
    assert [(e.title, e.venue, e.year, e.date) for e in entries] == [
        ("Dual Explanations via Subgraph Matching for Malware Detection", "arXiv", 2025, "2025-05"),
        ("Semi-Supervised Graph Learning with Explanations", "AAAI Workshop", None, None),
        ("GInX-Eval: Towards In-Distribution Evaluation", "NeurIPS Workshop", 2023, None),
        ("Interpretable Graph Model with Prototypes", None, None, None),
    ]
    assert entries[2].notes == ["XAIA"]
    assert entries[3].notes == ["HI-AI@KDD 24"]


def test_a_bracketed_tag_before_a_text_title_is_a_note_not_the_titles() -> None:
    """A tag in square brackets before a title written as text is no part of the title
    (``[WIP]``, ``[survey]``, ``[HAN]``: the held-out labels of some twenty lists say so,
    one says otherwise); the tag stays, as a note."""
    (entry,) = _entries(["- [WIP] Graph explanations for everyone [[paper]](https://g.example/1)"])
    assert entry.title == "Graph explanations for everyone"
    assert "WIP" in entry.notes


def test_a_bold_topic_before_a_papers_linked_title() -> None:
    """heldout55 vl-ptm-papers: ``**VCR**: [Title](url), EMNLP 2019`` and ``**Social Bias in
    VL Embedding**, [Title](url), arXiv 2020/02``: the link names the paper, the topic is an
    alias. heldout33 network-embedding: ``**SEMAC**, [Title](url), AAAI 2018`` (one word, a
    comma) names the method: the bold name stays the title; and a bold name over a link
    that states no venue is a resource and its page."""
    entries = _entries(
        [
            "- **VCR**: [Fusion of Detected Objects in Text for Visual Question Answering]"
            "(https://arxiv.org/abs/1908.05054), EMNLP 2019, [[code]](https://github.com/g/b)",
            "- **Social Bias in VL Embedding**, [Measuring Social Biases in Grounded Embeddings]"
            "(https://arxiv.org/abs/2002.08911), arXiv 2020/02",
            "- **SEMAC**, [Link Prediction via Subgraph Embedding-Based Completion]"
            "(https://www.aaai.org/16442), AAAI 2018",
            "- **Flask**: [A micro web framework for Python](https://flask.example/)",
        ]
    )
    assert [(e.title, e.aliases, e.venue, e.year) for e in entries] == [
        (
            "Fusion of Detected Objects in Text for Visual Question Answering",
            ["VCR"],
            "EMNLP",
            2019,
        ),
        (
            "Measuring Social Biases in Grounded Embeddings",
            ["Social Bias in VL Embedding"],
            "arXiv",
            2020,
        ),
        ("SEMAC", [], "AAAI", 2018),
        ("Flask", [], None, None),
    ]


def test_a_bracketed_tag_before_a_bold_title_and_its_venue() -> None:
    """heldout61 dl4math: ``- [Tag] **Title**, Venue Year [[paper](url)]``: the bold text is
    the title, the venue and year after it the entry's, the tag a note."""
    entries = _entries(
        [
            "- [AI2/Verb395] **Learning to Solve Arithmetic Word Problems**, EMNLP 2014 "
            "[[paper](https://aclanthology.org/D14-1058/)]",
            "- :fire: [TabMWP] **Dynamic Prompt Learning via Policy Gradient**, arXiv:2209.14610, "
            "2022 [[paper](https://arxiv.org/abs/2209.14610)]",
        ]
    )
    assert [(e.title, e.venue, e.year, e.notes[:1]) for e in entries] == [
        ("Learning to Solve Arithmetic Word Problems", "EMNLP", 2014, ["AI2/Verb395"]),
        ("Dynamic Prompt Learning via Policy Gradient", "arXiv", 2022, ["TabMWP"]),
    ]


def test_a_code_span_tag_before_a_bold_title() -> None:
    """heldout60 vlm-prompt-papers: ``- `CLIP` **Title.** ICML 2021.`` over a line of links:
    the bold text is the title (not ``CLIPLearning …``), the code span a note."""
    entries = _entries(
        [
            "- `CLIP` **Learning Transferable Visual Models From Natural Language.** ICML 2021.  ",
            "  [[Paper](https://arxiv.org/abs/2103.00020)] [[Code](https://github.com/OpenAI/CLIP)]",
        ]
    )
    assert [(e.title, e.venue, e.year, len(e.links)) for e in entries] == [
        ("Learning Transferable Visual Models From Natural Language", "ICML", 2021, 2),
    ]
    assert "CLIP" in entries[0].notes


def test_an_anchor_then_a_bold_short_name_before_the_title_and_a_bold_venue() -> None:
    """heldout62 crowd-counting: ``- <a name="MDC"></a>**[MDC]** Title (**ICCV**)[[paper](url)]``:
    the invisible anchor aside, the short name is an alias, the bold venue in brackets the
    entry's (``**ICCV(Oral)**`` too), the title without the bracket opening it."""
    entries = _entries(
        [
            '- <a name="MDC"></a>**[MDC]** Video Individual Counting for Moving Drones (**ICCV**)'
            "[[paper](https://arxiv.org/abs/2503.10701)]",
            '- <a name="P2PNet"></a>**[P2PNet]** Rethinking Counting and Localization in Crowds '
            "(**ICCV(Oral)**) [[paper](https://arxiv.org/abs/2107.12746)]",
        ]
    )
    assert [(e.title, e.aliases, e.venue) for e in entries] == [
        ("Video Individual Counting for Moving Drones", ["MDC"], "ICCV"),
        ("Rethinking Counting and Localization in Crowds", ["P2PNet"], "ICCV"),
    ]


def test_a_bracketed_name_and_an_apostrophe_year_opening_a_paper_item() -> None:
    """usail-hkust/Awesome-Urban-LLM-Agents opens each paper with ``(*Venue'2024*)``: a
    journal no alias knows, the year (and month: ``'2024.01``, ``'202502``, a curly
    apostrophe) after the apostrophe."""
    doc = parse_text(
        "- (*arXiv'2024.01*) Towards Urban General Intelligence: A Review"
        " [[paper](https://arxiv.org/abs/2402.01749)]\n"
        "- (*Transport Policy'2024*) TrafficGPT: Viewing, Processing and Interacting"
        " [[paper](https://arxiv.org/abs/2309.06719)]\n"
        "- (*arXiv‘202502*) DiMA: An LLM-Powered Ride-Hailing Assistant"
        " [[paper](https://arxiv.org/abs/2503.04768)]\n"
    )
    assert [(e.title, e.venue, e.year, e.date) for e in doc.entries] == [
        ("Towards Urban General Intelligence: A Review", "arXiv", 2024, "2024-01"),
        ("TrafficGPT: Viewing, Processing and Interacting", "Transport Policy", 2024, None),
        ("DiMA: An LLM-Powered Ride-Hailing Assistant", "arXiv", 2025, "2025-02"),
    ]


def test_a_bracketed_known_venue_without_a_year_before_a_linked_title() -> None:
    """kahne/SpeechTransProgress lists papers under year headings as ``- [ICCV] [Title](url)``,
    ``- [ACL Findings] [Title](url)``: the tag is the venue (its qualifier kept), the year
    unsaid. A tag no alias knows (``[Survey]``) is a topic, not a venue."""
    doc = parse_text(
        "## 2023\n\n"
        "- [ICCV] [MixSpeech: Cross-Modality Self-Learning](https://openaccess.thecvf.com/x.pdf)\n"
        "- [ACL Findings] [Speech-to-Speech Translation for a Real-world Unwritten Language]"
        "(https://aclanthology.org/2023.findings-acl.307.pdf)\n"
        "- [Survey] [Recent Advances in Direct Speech-to-text Translation]"
        "(https://arxiv.org/abs/2306.11646)\n"
    )
    assert [(e.title, e.venue, e.year) for e in doc.entries] == [
        ("MixSpeech: Cross-Modality Self-Learning", "ICCV", None),
        (
            "Speech-to-Speech Translation for a Real-world Unwritten Language",
            "Findings of ACL",
            None,
        ),
        ("Recent Advances in Direct Speech-to-text Translation", None, None),
    ]


def test_a_title_a_mark_and_a_known_venue_in_code_over_an_empty_paper_link() -> None:
    """ShbGao-ProMax/A-Comprehensive-Survey-of-Video-Anomaly-Detection: each paper a
    paragraph, ``Title. 📰 `CVPR` `` then ``[paper link]()`` on the next line: the title, the
    venue (a known one: its year is in the heading above, not the entry). A code span no
    alias knows (``PyTorch``) stays a paragraph's words."""
    doc = parse_text(
        "## SVAD\n\n### 📖 2017\n\n"
        "Spatio-temporal autoencoder for video anomaly detection. 📰 `CVPR` \n"
        "[paper link]()\n\n"
        "Deep-cascade: Cascading 3D deep neural networks for fast anomaly detection."
        " 📰 `IEEE TIP` \n"
        "[paper link]()\n\n"
        "We wrote the code of every method again in one framework. `PyTorch` \n[link]()\n"
    )
    assert [(e.title, e.venue, e.year) for e in doc.entries] == [
        ("Spatio-temporal autoencoder for video anomaly detection", "CVPR", None),
        ("Deep-cascade: Cascading 3D deep neural networks for fast anomaly detection", "TIP", None),
    ]


def test_a_code_tag_then_an_emphasised_venue_before_a_bold_linked_title() -> None:
    """QizhiPei/Awesome-Biomolecule-Language-Cross-Modeling writes ``- `BioText`
    *`Bioinformatics 2019`* **[Title](url)** | badges``: the code span a tag (a note), the
    emphasised span the venue and year, known or not (``AI4D3@NeurIPS 2023``)."""
    doc = parse_text(
        "- `BioText` *`Bioinformatics 2019`* **[BioBERT: a pre-trained biomedical language"
        " representation model](https://academic.oup.com/bioinformatics/article/36/4/1234)** |"
        "   [![Model](https://img.shields.io/badge/Model-5)](https://github.com/dmis-lab/biobert)\n"
        "- `Text + Molecule` *`AI4D3@NeurIPS 2023`* **[MoleculeGPT: Instruction Following"
        " Large Language Models](https://ai4d3.github.io/papers/34.pdf)** |\n"
    )
    assert [(e.title, e.venue, e.year, e.notes[:1]) for e in doc.entries] == [
        (
            "BioBERT: a pre-trained biomedical language representation model",
            "Bioinformatics",
            2019,
            ["BioText"],
        ),
        (
            "MoleculeGPT: Instruction Following Large Language Models",
            "AI4D3@NeurIPS",
            2023,
            ["Text + Molecule"],
        ),
    ]


def test_a_bracketed_venue_tag_then_a_bracketed_name_link_before_the_title() -> None:
    # h503 face-generation-zhangzjn writes every paper so: the venue and two-digit year (the
    # month after a dot for a preprint), the short name's link in brackets, then the title
    entries = _entries(
        [
            "- [arXiv'21.06] [[**AttnFlow**](https://arxiv.org/pdf/2106.03959.pdf)] Generative "
            "Flows with Invertible Attentions",
            "- [CVPR'21] [[**GH-Feat**](https://openaccess.thecvf.com/content/CVPR2021/papers/"
            "Xu_Generative_Hierarchical_Features_From_Synthesizing_Images_CVPR_2021_paper.pdf)] "
            "Generative Hierarchical Features from Synthesizing Images",
            "- [NIPS'20] [[**ContraGAN**](https://proceedings.neurips.cc//paper/2020/file/"
            "f490c742cd8318b8ee6dca10af2a163f-Paper.pdf)] ContraGAN: Contrastive Learning for "
            "Conditional Image Generation  "
            "[[tensorflow](https://github.com/POSTECH-CVLab/PyTorch-StudioGAN)]",
        ]
    )
    assert [(e.title, e.venue, e.year, e.date) for e in entries] == [
        ("Generative Flows with Invertible Attentions", "arXiv", 2021, "2021-06"),
        ("Generative Hierarchical Features from Synthesizing Images", "CVPR", 2021, None),
        (
            "ContraGAN: Contrastive Learning for Conditional Image Generation",
            "NeurIPS",
            2020,
            None,
        ),
    ]
    assert [link.url for link in entries[2].links] == [
        "https://proceedings.neurips.cc//paper/2020/file/f490c742cd8318b8ee6dca10af2a163f-Paper.pdf",
        "https://github.com/POSTECH-CVLab/PyTorch-StudioGAN",
    ]


def test_a_year_and_venue_joined_by_underscores_before_the_title() -> None:
    # h527 rca-papers-iddss names each paper as its file: two-digit year, venue, title
    entries = _entries(
        [
            "- 23_Asplos_ShapleyIQ: Influence Quantification by Shapley Values for Performance "
            "Debugging of Microservices "
            "[[paper]](https://dl.acm.org/doi/abs/10.1145/3623278.3624771) ",
            "- 21_ICSE Workshop_MicroDiag: Fine-grained Performance Diagnosis for Microservice "
            "Systems [[paper]](https://hal.inria.fr/hal-03155797/document)",
            "- 20_VLDB_VLDB_Diagnosing Root Causes of Intermittent Slow Queries in Cloud Databases "
            "[[paper]](http://www.vldb.org/pvldb/vol13/p1176-ma.pdf)",
            "- 02_DSN_Pinpoint: Problem Determination in Large, Dynamic Internet Services "
            "[[paper]](https://ieeexplore.ieee.org/document/1029005)",
        ]
    )
    assert [(e.title, e.venue, e.year) for e in entries] == [
        (
            "ShapleyIQ: Influence Quantification by Shapley Values for Performance Debugging "
            "of Microservices",
            "ASPLOS",
            2023,
        ),
        (
            "MicroDiag: Fine-grained Performance Diagnosis for Microservice Systems",
            "ICSE Workshop",
            2021,
        ),
        (
            "Diagnosing Root Causes of Intermittent Slow Queries in Cloud Databases",
            "VLDB",
            2020,
        ),
        ("Pinpoint: Problem Determination in Large, Dynamic Internet Services", "DSN", 2002),
    ]
