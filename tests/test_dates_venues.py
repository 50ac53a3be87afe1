"""Dates and venues as lists write them: in table cells, list items and paragraph entries."""

from __future__ import annotations

import pytest

from awesome_ptm.parse import parse_text
from awesome_ptm.parse._dates import DateValue, find_date, parse_date
from awesome_ptm.venues import VenueYear, canonical_venue, find_venue_year, split_venue_year


@pytest.mark.parametrize(
    ("text", "year", "iso"),
    [
        ("2022-10", 2022, "2022-10"),
        ("2021.9", 2021, "2021-09"),
        ("2024.04", 2024, "2024-04"),
        ("2022/10/01", 2022, "2022-10-01"),
        ("2024-10-04", 2024, "2024-10-04"),
        ("2019/10", 2019, "2019-10"),
        ("2014/??", 2014, "2014"),
        ("2023.xx", 2023, "2023"),  # code-llm:142, the month left unknown
        ("2023-XX-XX", 2023, "2023"),
        ("[2023]", 2023, "2023"),
        ("2023", 2023, "2023"),
        ("Oct 2022", 2022, "2022-10"),
        ("7 Oct 2022", 2022, "2022-10-07"),
        ("October 7, 2022", 2022, "2022-10-07"),
        ("Sept. 2021", 2021, "2021-09"),
        ("2023年5月", 2023, "2023-05"),
        ("2023年5月20日", 2023, "2023-05-20"),
        ("**2020-01**", 2020, "2020-01"),
        # a day and a month in either order, then the year: the order the numbers allow
        ("12/21/2024", 2024, "2024-12-21"),
        ("21/12/2024", 2024, "2024-12-21"),
        ("31.12.2019", 2019, "2019-12-31"),
        ("08/03/2024", 2024, "2024"),  # either order: only the year is sure
        # the days of an event (PaulSec/awesome-sec-talks): dated by its first month
        ("February 24-28, 2020", 2020, "2020-02"),
        ("Sep 13-15, 2019", 2019, "2019-09"),
        ("Nov 29 - Dec 2, 2016", 2016, "2016-11"),
        # changukshin/Awesome-Korean-NLP-Papers: a Date column written ``2011. 5.``
        ("2011. 5.", 2011, "2011-05"),
        ("2015. 10.", 2015, "2015-10"),
    ],
)
def test_parse_date(text: str, year: int, iso: str) -> None:
    assert parse_date(text) == DateValue(year, iso)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "-",
        "N/A",
        "2104.12369",
        "v1.2",
        "2022-13",
        "1949",
        "ACL 2020",
        "Octopus 2022",
        "33.9",
        "13/13/2020",
        "Octopus 24-28, 2020",
        "33.9.",
    ],
)
def test_parse_date_none(text: str) -> None:
    assert parse_date(text) is None


def test_find_date_in_running_text() -> None:
    assert find_date("Posted on 4 Feb 2023 by the authors") == DateValue(2023, "2023-02-04")
    assert find_date("Version 2021.9 of the tool") is None


def test_list_item_venues_keep_their_qualifiers_and_unknown_names() -> None:
    doc = parse_text(
        "- [Understanding tables](https://arxiv.org/abs/2010.00571) (EMNLP2020 Findings)\n"
        "- [BERTserini](https://arxiv.org/abs/1902.01718) (NAALC2019)\n"
        "- [A QA paper](https://arxiv.org/abs/1910.00001) (ACL2020 WS)\n"
        "- [Some preprint](https://example.org/p) Preprint 2022\n"
        "- [A NeurIPS paper](https://example.org/n) (NeurIPS'22)\n"
    )
    assert [(e.venue, e.year) for e in doc.entries] == [
        ("Findings of EMNLP", 2020),
        ("NAALC", 2019),
        ("ACL Workshop", 2020),
        ("arXiv", 2022),
        ("NeurIPS", 2022),
    ]


def test_bold_title_entry_with_an_unknown_workshop() -> None:
    doc = parse_text(
        "1. **What Does BERT Look At?**. *Kevin Clark, Omer Levy*. BlackBoxNLP 2019. "
        "[[pdf](https://arxiv.org/pdf/1906.04341.pdf)]\n"
    )
    [entry] = doc.entries
    assert (entry.venue, entry.year) == ("BlackboxNLP", 2019)


def test_paragraph_entry_with_its_date_and_venue_on_lines_of_their_own() -> None:
    doc = parse_text(
        "**Diffusion Generative Inverse Design** \\\n"
        "*Marin Vlastelica, Tatiana López-Guevara* \\\n"
        "ICML Workshop 2023. [[Paper](https://arxiv.org/abs/2309.02040)] \\\n"
        "5 Sep 2023\n"
    )
    [entry] = doc.entries
    assert (entry.venue, entry.year, entry.date) == ("ICML Workshop", 2023, "2023-09-05")


def test_table_venue_cell_keeps_an_unknown_venue_and_its_qualifier() -> None:
    doc = parse_text(
        "| 名称 | 来源 |\n| --- | --- |\n"
        "| 《A》 | NAALC2019 |\n| 《B》 | EMNLP2020 Findings |\n| 《C》 | Foo Workshop 2021 |\n"
    )
    assert [(e.venue, e.year) for e in doc.entries] == [
        ("NAALC", 2019),
        ("Findings of EMNLP", 2020),
        ("Foo Workshop", 2021),
    ]


def test_qualifier_after_an_inline_venue_and_a_month_in_a_note() -> None:
    doc = parse_text(
        "1. **Graph Capsule Networks.** ICML 2018 Workshop. [paper](https://arxiv.org/abs/1)\n\n"
        "**Retrieval-based Language Models**  \n"
        "*Akari Asai, Sewon Min*  \n"
        "ACL 23 – Jul 2023 [[link](https://acl2023-retrieval-lm.github.io/)]\n"
    )
    first, second = doc.entries
    assert (first.venue, first.year) == ("ICML Workshop", 2018)
    assert (second.date, second.year) == ("2023-07", 2023)


def test_a_short_day_after_a_preprint_agreeing_with_its_arxiv_month() -> None:
    """``[Title](https://arxiv.org/abs/2604.27393) **(OpenBMB)** | 26.4.30``: the day, its
    year two digits, read because the arXiv identifier starts with 2604; without such a
    link (or with another month) ``26.4.30`` may be a version and is not read."""
    from awesome_ptm.parse import parse_text

    text = (
        "# Documents\n\n"
        "- [MiniCPM-o 4.5: Real-Time Omni-Modal Interaction](https://arxiv.org/abs/2604.27393)"
        " **(OpenBMB)** | 26.4.30\n"
        "- [InfLLM-V2: Switchable Attention](https://arxiv.org/abs/2509.24663) **(THU)** "
        "| 25.3.29\n"
        "- [libfoo](https://github.com/a/libfoo) - a library | 26.4.30\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.year, e.date) for e in entries] == [
        (2026, "2026-04-30"),
        (None, None),
        (None, None),
    ]


def test_a_date_in_brackets_closing_a_description_dates_the_entry() -> None:
    """taishi-i/awesome-japanese-nlp-slides: ``- [title](url) - presenter（2025-07）``: the
    month the talk was given closes the description (full-width brackets or not); a year
    alone there (``(2022)``) is read elsewhere, and a version number is no date."""
    text = (
        "# Slides\n\n"
        "- [RとLLMで自然言語処理](https://speakerdeck.com/bob3bob3/r) - bob3bob3（2025-07）\n"
        "- [言葉の形を教えてくれる](https://speakerdeck.com/e/n) - Sho Yokoi (2022-03)\n"
        "- [A tool](https://example.com/t) - does things (v1.2.3)\n"
    )
    entries = parse_text(text).entries
    assert [(e.year, e.date) for e in entries] == [
        (2025, "2025-07"),
        (2022, "2022-03"),
        (None, None),
    ]


def test_a_year_and_month_closing_a_description_after_a_comma_or_full_stop() -> None:
    """zycv/awesome-keyword-spotting: ``* [Title](url), JOHN H.L. HANSEN (Fellow, IEEE),
    2021.11``, ``…, University of Cambridge & Singapore Management University.2022.04``
    (a long note), ``…, University of Cagliari & Concept BU，2022.04``: the month the paper
    appeared closes the affiliation."""
    text = (
        "# KWS\n\n"
        "* [Deep Spoken Keyword Spotting: An Overview](https://arxiv.org/abs/2111.10592), "
        "JOHN H.L. HANSEN (Fellow, IEEE), 2021.11\n"
        "* [Improving Feature Generalizability](https://arxiv.org/pdf/2204.12915.pdf), "
        "University of Cambridge & Singapore Management University.2022.04\n"
        "* [Target-aware Neural Architecture Search](https://ieeexplore.ieee.org/x), "
        "University of Cagliari & Concept BU，2022.04\n"
        "* [A tool](https://example.com/t), works with Python 3.10\n"
    )
    entries = parse_text(text).entries
    assert [(e.year, e.date) for e in entries] == [
        (2021, "2021-11"),
        (2022, "2022-04"),
        (2022, "2022-04"),
        (None, None),
    ]


def test_remote_sensing_journals_and_ijcnn_are_known_venues() -> None:
    """iOPENCap/awesome-remote-image-captioning tags its papers ``[**TGRS 2022**]``,
    ``[**GRSL 2020**]``, ``[**ISPRS 2022**]``; soraw-ai/Awesome-Text-to-Video-Generation
    writes ``IJCNN'23``; a journal's full name is the same venue."""
    assert split_venue_year("TGRS 2022") == VenueYear("TGRS", 2022, "TGRS 2022")
    assert split_venue_year("GRSL 2020") == VenueYear("GRSL", 2020, "GRSL 2020")
    assert split_venue_year("ISPRS 2022") == VenueYear("ISPRS", 2022, "ISPRS 2022")
    assert split_venue_year("IJCNN'23") == VenueYear("IJCNN", 2023, "IJCNN'23")
    assert canonical_venue("IEEE Transactions on Geoscience and Remote Sensing") == "TGRS"
    # (the words alone, in running text, are a topic: only the journal's name is the venue)
    assert find_venue_year("remote sensing 2022 images") is None


def test_preprint_servers_are_venues_and_a_topic_is_not_a_journal() -> None:
    """JosieHong/awesome-mass-spectrometry-ml tags ``[bioRxiv 2024]``; the MDPI journal
    *Remote Sensing* is read where a text is only the venue, never from running text."""
    assert split_venue_year("bioRxiv 2024") == VenueYear("bioRxiv", 2024, "bioRxiv 2024")
    assert split_venue_year("medRxiv 2025") == VenueYear("medRxiv", 2025, "medRxiv 2025")
    assert split_venue_year("Remote sensing 2024") == VenueYear(
        "Remote Sensing", 2024, "Remote sensing 2024"
    )
    assert find_venue_year("Deep learning for remote sensing 2024 and beyond") is None


def test_a_two_digit_year_written_before_the_venue() -> None:
    """liuzengyun/Awesome-3D-Detection-with-4D-Radar: ``**Title (24'ICRA)**``, a dataset
    table's ``19'EuRAD``: the year first, its apostrophe, the venue; one no alias knows too
    when capitalised, as with the year after it (``(26'Electronics Letters)``), not a word
    in small letters."""
    assert split_venue_year("24'ICRA") == VenueYear("ICRA", 2024, "24'ICRA")
    assert split_venue_year("(21'ITSC)") == VenueYear("ITSC", 2021, "(21'ITSC)")
    assert split_venue_year("19'EuRAD") == VenueYear("EuRAD", 2019, "19'EuRAD")
    assert split_venue_year("25'Some Letters") == VenueYear("Some Letters", 2025, "25'Some Letters")
    assert split_venue_year("25'some letters") is None
    assert find_venue_year("RaTrack: Moving Object Detection (24'ICRA)") == (
        VenueYear("ICRA", 2024, "(24'ICRA)"),
        33,
        42,
    )


def test_a_month_after_the_year_in_a_venue_cell_dates_the_row() -> None:
    """Hub-Tian/Awesome-3D-Detectors writes ``TITS 2021.05`` and ``arxiv2020.07`` in its
    venue column: the venue is T-ITS (not ``T-ITS .05``), the month the row's date."""
    doc = parse_text(
        "| Model | Code | Venue |\n| --- | --- | --- |\n"
        "| **CADNet** ([Context-Aware Dynamic Feature Extraction](http://arxiv.org/abs/1912.04775v3))"
        " | | TITS 2021.05 |\n"
        "| **LGR-Net** ([Local Grid Rendering Networks](https://arxiv.org/abs/2007.02099))"
        " | | arxiv2020.07 |\n"
        "| **RCD** ([Range Conditioned Dilated Convolutions](https://arxiv.org/abs/2005.09927))"
        " | | CoRL 2020 |\n"
    )
    assert [(e.venue, e.year, e.date) for e in doc.entries] == [
        ("T-ITS", 2021, "2021-05"),
        ("arXiv", 2020, "2020-07"),
        ("CoRL", 2020, None),
    ]


def test_the_ieee_video_and_forensics_transactions_are_known_venues() -> None:
    """clpeng/Awesome-Face-Forgery-Generation-and-Detection writes ``(2021 TIFS)``,
    CalayZhou/Multispectral-Pedestrian-Detection-Resource the journal's whole name; the
    video anomaly detection survey ``📰 `ICIP` ``, ``📰 `CVIU` ``, ``📰 `IEEE TCYB` ``."""
    assert split_venue_year("TIFS 2021") == VenueYear("TIFS", 2021, "TIFS 2021")
    assert canonical_venue("IEEE TCSVT") == "TCSVT"
    assert (
        canonical_venue("IEEE Transactions on Circuits and Systems for Video Technology") == "TCSVT"
    )
    assert [canonical_venue(n) for n in ("ICIP", "CVIU", "IEEE TCYB")] == ["ICIP", "CVIU", "TCYB"]


def test_an_iso_timestamp_in_a_date_column_is_its_day() -> None:
    """birobirobiro/awesome-shadcn-ui dates its rows ``2024-12-27T12:56:05.000Z``: the day
    is the date (a time alone is no date)."""
    assert parse_date("2024-12-27T12:56:05.000Z") == DateValue(2024, "2024-12-27")
    assert parse_date("2025-09-06T00:00:00+02:00") == DateValue(2025, "2025-09-06")
    assert parse_date("2024-12-27 15:57") == DateValue(2024, "2024-12-27")
    assert parse_date("12:56") is None
    doc = parse_text(
        "| Name | Description | Link | Date |\n| --- | --- | --- | --- |\n"
        "| 21st.dev | Open source npm for shadcn/ui components. | [Link](https://21st.dev/)"
        " | 2024-12-27T12:56:05.000Z |\n"
    )
    assert [(e.title, e.year, e.date) for e in doc.entries] == [("21st.dev", 2024, "2024-12-27")]


def test_a_year_then_a_dash_then_a_venue_no_alias_knows() -> None:
    """iSEngLab/AwesomeLLM4APR closes its unlinked titles with ``[2024-TOSEM]``,
    ``[2023-AsianHOST]``; Awesome-Face-Forgery-Generation-and-Detection writes ``(2021
    CVPRW)``: the year first, then the venue, kept as written when no alias knows it. A
    dash before a plain word or a month is no venue."""
    assert split_venue_year("2024-TOSEM") == VenueYear("TOSEM", 2024, "2024-TOSEM")
    assert split_venue_year("2023-AsianHOST") == VenueYear("AsianHOST", 2023, "2023-AsianHOST")
    assert split_venue_year("2021 CVPRW") == VenueYear("CVPR Workshop", 2021, "2021 CVPRW")
    assert [split_venue_year(t) for t in ("2021-Present", "2019-Survey", "2023-Oct")] == [None] * 3
    doc = parse_text(
        "## Papers\n\n"
        "1. Divide-and-Conquer: Automating Code Revisions via Localization-and-Revision"
        " [2024-TOSEM] [[repo](https://zenodo.org/records/8373320)]\n"
        "2. Automated Program Repair for Introductory Programming Assignments [2024-TLT]\n"
    )
    assert [(e.title, e.venue, e.year) for e in doc.entries] == [
        (
            "Divide-and-Conquer: Automating Code Revisions via Localization-and-Revision",
            "TOSEM",
            2024,
        ),
        ("Automated Program Repair for Introductory Programming Assignments", "TLT", 2024),
    ]


def test_a_year_then_a_dash_then_a_venue_of_capitalised_words() -> None:
    """iSEngLab/AwesomeLLM4SE (held-out h404) and AwesomeLLM4APR close titles with
    ``[2024-Cluster Computing]``, ``[2024-SIGCSE TS]``: after the year and its dash, a short
    name in capitalised words is the venue's, kept as written. A link text that runs on into
    a title (``2022-TrustArc-《Global Privacy Benchmarks Report》``, privacy-compliance-zh)
    or a long phrase is not one."""
    assert split_venue_year("2024-Cluster Computing") == VenueYear(
        "Cluster Computing", 2024, "2024-Cluster Computing"
    )
    assert split_venue_year("2014-Black Hat") == VenueYear("Black Hat", 2014, "2014-Black Hat")
    assert split_venue_year("2022-TrustArc-《Global Privacy Benchmarks Report》") is None
    assert split_venue_year("2023-State Of The Art Review") is None
    doc = parse_text(
        "## New Papers\n\n"
        "31. 🔥Investigating large language models capabilities for automatic code repair in"
        " Python[2024-Cluster Computing]\n"
        "32. [2022-TrustArc-《Global Privacy Benchmarks Report》](./files/2022-TrustArc.pdf)\n"
    )
    assert [(e.title, e.venue, e.year) for e in doc.entries] == [
        (
            # (the list's 🔥 mark is not part of the title)
            "Investigating large language models capabilities for automatic code repair in Python",
            "Cluster Computing",
            2024,
        ),
        ("2022-TrustArc-《Global Privacy Benchmarks Report》", None, None),
    ]


def test_an_apostrophe_year_marks_a_venue_no_alias_knows() -> None:
    """4DVLab/Vision-Centric-BEV-Perception closes its titles with ``(WACA'20)``, ``(IV'19)``,
    ``(Biological Cybernetics'1991)``: the apostrophe before the year marks the name as a
    venue's. A season (``Fall'20``) is none, nor a name a colon closes (``**WorldExpo'10:**``
    names a data set)."""
    assert split_venue_year("WACA'20") == VenueYear("WACA", 2020, "WACA'20")
    assert split_venue_year("Biological Cybernetics'1991") == VenueYear(
        "Biological Cybernetics", 1991, "Biological Cybernetics'1991"
    )
    assert [split_venue_year(t) for t in ("Fall'20", "Spring'21", "WorldExpo'10:")] == [None] * 3
    doc = parse_text(
        "## BEV\n\n- MonoLayout: Amodal Scene Layout from a Single Image (WACA'20)"
        " [[paper]](https://arxiv.org/abs/2002.08394)\n"
    )
    assert [(e.title, e.venue, e.year) for e in doc.entries] == [
        ("MonoLayout: Amodal Scene Layout from a Single Image", "WACA", 2020)
    ]


def test_a_year_a_month_then_the_venue_in_one_bracket() -> None:
    """YerbaPage/Awesome-Repo-Level-Code-Generation closes its titles with
    ``[2025-10-arXiv]``, ``[2024-09-ISSTA]``: the year and month, then the venue."""
    assert split_venue_year("2025-10-arXiv") == VenueYear("arXiv", 2025, "2025-10-arXiv")
    assert split_venue_year("2024-09-ISSTA") == VenueYear("ISSTA", 2024, "2024-09-ISSTA")
    assert split_venue_year("2024-13-ISSTA") is None
    doc = parse_text(
        "## Issue Resolution\n\n- BugPilot: Complex Bug Generation for Efficient Learning of SWE"
        " Skills  [2025-10-arXiv] [[📄 paper](https://arxiv.org/pdf/2510.19898)]\n"
    )
    assert [(e.title, e.venue, e.year) for e in doc.entries] == [
        ("BugPilot: Complex Bug Generation for Efficient Learning of SWE Skills", "arXiv", 2025)
    ]


def test_an_apostrophe_year_closing_a_linked_title() -> None:
    """snkii/awesome-spoken-dialogue-systems closes its linked titles with the venue and an
    apostrophe year (``[Moshi: … (arXiv'24)](url)``, ``(TACL'23)``); greatzh/Papers sets a
    space before the apostrophe (``(_TOMCCAP '22_)``). A season is still no venue."""
    assert split_venue_year("TOMCCAP '22") == VenueYear("TOMCCAP", 2022, "TOMCCAP '22")
    assert split_venue_year("Fall '20") is None
    doc = parse_text(
        "## Full-Duplex\n\n- [Moshi: a speech-text foundation model for real-time dialogue"
        " (arXiv'24)](https://arxiv.org/abs/2410.00037)\n"
        "- [Language Model Can Listen While Speaking (AAAI'25)](https://ojs.aaai.org/x/34665)\n"
        "- ESRNet: Efficient Search and Recognition Network for Image Manipulation Detection"
        " (_TOMCCAP '22_) **\\[**[**Paper**](https://doi.org/10.1145/3506853)**]**\n"
        "- [Lecture Notes (Fall '22)](https://example.org/notes)\n"
    )
    assert [(e.title, e.venue, e.year) for e in doc.entries] == [
        ("Moshi: a speech-text foundation model for real-time dialogue", "arXiv", 2024),
        ("Language Model Can Listen While Speaking", "AAAI", 2025),
        (
            "ESRNet: Efficient Search and Recognition Network for Image Manipulation Detection",
            "TOMCCAP",
            2022,
        ),
        ("Lecture Notes (Fall '22)", None, None),
    ]


def test_a_known_acronym_glued_to_its_two_digit_year_in_running_text() -> None:
    """SeanChenxy/Hand3DResearch ends its papers with ``ECCV24.``, ``CVPR20.``, and
    nxZhai/Awesome-AI-generated-Image-Detection writes ``(Ayush Sarkar et al., CVPR24)``: a
    known venue's acronym in capitals glued to two digits is the venue and its year; the
    same letters in small ones (``cvpr24``) are not read, nor an acronym inside a sentence
    (``results on KDD99``, ``(CoNLL03)``: data sets more often than dates)."""
    assert find_venue_year("Mesh Graphormer. ICCV21.") is not None
    assert find_venue_year("| 23.12.11 | ECCV24 | [Code]") is not None
    assert find_venue_year("Results on KDD99, then WMT14 En-De") is None
    assert find_venue_year("Tagging (CoNLL03) with it") is None
    doc = parse_text(
        "## Graph\n\n+ [H.TR.1] Epipolar Transformers. CVPR20."
        " [[paper]](https://arxiv.org/pdf/2005.04551.pdf)\n"
        "+ [Shadows Don't Lie and Lines Can't Bend!](https://arxiv.org/abs/2311.17138)"
        " (Ayush Sarkar et al., CVPR24)\n"
        "+ [Weights trained on cvpr24 crops](https://example.org/w)\n"
    )
    assert [(e.venue, e.year) for e in doc.entries] == [
        ("CVPR", 2020),
        ("CVPR", 2024),
        (None, None),
    ]


def test_a_venue_and_apostrophe_year_after_a_comma_closing_a_linked_title() -> None:
    """primihub/Awesome-Privacy-Computing closes its linked titles with a comma, the venue
    and an apostrophe year (``[Precomputing Oblivious Transfer, CRYPTO'95](url)``,
    ``, ICML'2025``), a Chinese journal too (``, 计算机研究与发展'15``)."""
    doc = parse_text(
        "## OT\n\n- [Precomputing Oblivious Transfer, CRYPTO'95](https://link.springer.com/x)\n"
        "- [Faster Private Set Intersection based on OT Extension, USENIX Security'14]"
        "(https://www.usenix.org/y)\n"
        "- [实用安全多方计算协议关键技术研究进展, 计算机研究与发展'15](https://crad.ict.ac.cn/z)\n"
    )
    assert [(e.title, e.venue, e.year) for e in doc.entries] == [
        ("Precomputing Oblivious Transfer", "CRYPTO", 1995),
        ("Faster Private Set Intersection based on OT Extension", "USENIX Security", 2014),
        ("实用安全多方计算协议关键技术研究进展", "计算机研究与发展", 2015),
    ]


@pytest.mark.parametrize(
    ("line", "venue", "year"),
    [
        # android-security-literature (h437): security, software engineering and mobile
        # systems venues written after the title, no alias knew them
        ("+ Juxtapp: A Scalable System for Detecting Code Reuse, DIMVA 2012", "DIMVA", 2012),
        ("+ Attack of the Clones: Detecting Cloned Applications, ESORICS 2012", "ESORICS", 2012),
        ("+ HornDroid: Practical and Sound Static Analysis, Euro S&P 2016", "EuroS&P", 2016),
        ("+ Unsafe Exposure Analysis of Mobile In-App Advertisements, WISEC 2012", "WiSec", 2012),
        ("+ NetworkProfiler: Towards Automatic Fingerprinting, INFOCOM 2013", "INFOCOM", 2013),
    ],
)
def test_security_and_systems_venues_after_a_title(line: str, venue: str, year: int) -> None:
    others = "\n".join(f"+ Static Analysis of Programs number {i}, NDSS 2014" for i in range(4))
    entries = parse_text(f"## Clone Analysis\n{line}\n{others}\n", "x.md").entries
    assert (entries[0].venue, entries[0].year) == (venue, year)


def test_a_year_in_brackets_of_its_own_after_the_venue_in_brackets() -> None:
    """wifi-csi-sensing (h291) closes its items ``… Networking (MobiCom) (2024)``: the year
    right after the bracketed venue is the venue's (once MobiCom was known, the bracketed
    venue won over the bare year and the year was lost)."""
    text = (
        "Proceedings of the 30th Annual International Conference on Mobile Computing and "
        "Networking (MobiCom) (2024)"
    )
    found = find_venue_year(text)
    assert found is not None and (found[0].venue, found[0].year) == ("MobiCom", 2024)


def test_a_date_gives_the_year_when_the_venue_states_none() -> None:
    """jikesrvm-publications (h414) writes ``- ACM SIGPLAN Conference on Programming
    Language Design and Implementation (PLDI), San Jose, CA, USA, June 2011`` under a
    linked heading: the venue has no year of its own, the date (June 2011) gives it."""
    text = (
        "## 2011\n\n"
        "### [LeakChaser: Helping Programmers Narrow Down Causes of Memory Leaks]"
        "(http://www.ics.uci.edu/papers/xu-pldi11.pdf)\n\n"
        "- G. Xu, M. D. Bond, F. Qin, and A. Rountev\n"
        "- ACM SIGPLAN Conference on Programming Language Design and Implementation (PLDI),"
        " San Jose, CA, USA, June 2011\n"
    )
    (entry,) = parse_text(text, "x.md").entries
    assert (entry.venue, entry.year, entry.date) == ("PLDI", 2011, "2011-06")
