"""Paper citations written on one line (parse/_citation.py, _names.py, _byline.py,
_dated.py): authors, year, venue and date next to the title. The lines are taken from the
corpus (tests/corpus/, list and line named); the expected values were written by reading
each line."""

from __future__ import annotations

import time

import pytest

from awesome_ptm.model import Entry
from awesome_ptm.parse import parse_text
from awesome_ptm.parse._citation import split_title_names
from awesome_ptm.parse._cite_key import cited_key
from awesome_ptm.parse._dated import term_year, venue_dash_date
from awesome_ptm.parse._names import names_at, read_names
from awesome_ptm.parse._quoted import citation_authors


def _entry(line: str) -> Entry:
    """The one entry of a list holding ``line`` and five plain entries after it (with links
    when ``line`` has one: link-less items in a list of links are prose)."""
    if "](" in line or "http" in line:
        others = "\n".join(f"- [Tool {i}](https://t{i}.example/)" for i in range(5))
    else:
        others = "\n".join(f"- Tool number {i}, a paper." for i in range(5))
    entries = parse_text(f"# Papers\n\n## Part\n\n{line}\n{others}\n", "x.md").entries
    found = [e for e in entries if e.source.line == 5]
    assert len(found) == 1, [e.title for e in entries]
    return found[0]


def _items(lines: list[str], link: str) -> list[Entry]:
    """The entries of a list of ``- {line}{link}`` items (``{i}`` in ``link`` is the item's
    number: every item links a page of its own)."""
    text = "# Papers\n\n" + "".join(f"- {line}{link.format(i=i)}\n" for i, line in enumerate(lines))
    return parse_text(text, "x.md").entries


# --- names after the title and its year -----------------------------------------------------


@pytest.mark.parametrize(
    ("line", "title", "authors", "year"),
    [
        # deep-learning-papers:72
        (
            "- **Distilling the knowledge in a neural network** (2015), G. Hinton et al. "
            "[[pdf]](http://arxiv.org/pdf/1503.02531)",
            "Distilling the knowledge in a neural network",
            ["G. Hinton"],
            2015,
        ),
        # deep-learning-papers:87
        (
            "- **Adam: A method for stochastic optimization** (2014), D. Kingma and J. Ba "
            "[[pdf]](http://arxiv.org/pdf/1412.6980)",
            "Adam: A method for stochastic optimization",
            ["D. Kingma", "J. Ba"],
            2014,
        ),
        # deep-learning-papers:126: no year, the names follow the title's comma
        (
            "- **Semantic image segmentation with deep convolutional nets and fully connected "
            "CRFs**, L. Chen et al. [[pdf]](https://arxiv.org/pdf/1412.7062)",
            "Semantic image segmentation with deep convolutional nets and fully connected CRFs",
            ["L. Chen"],
            None,
        ),
        # deep-learning-papers:215: a title in plain text, a middle initial
        (
            "- MobileNets: Efficient Convolutional Neural Networks for Mobile Vision Applications"
            " (2017), Andrew G. Howard et al. [[pdf]](https://arxiv.org/pdf/1704.04861.pdf)",
            "MobileNets: Efficient Convolutional Neural Networks for Mobile Vision Applications",
            ["Andrew G. Howard"],
            2017,
        ),
        # deep-learning-papers:324: particles inside a name
        (
            "- Conditional image generation with pixelcnn decoders (2016), A. van den Oord et al."
            " [[pdf]](https://arxiv.org/pdf/1606.05328v2.pdf)",
            "Conditional image generation with pixelcnn decoders",
            ["A. van den Oord"],
            2016,
        ),
    ],
)
def test_names_after_the_title_and_its_year(
    line: str, title: str, authors: list[str], year: int | None
) -> None:
    entry = _entry(line)
    assert (entry.title, entry.authors, entry.year) == (title, authors, year)
    assert entry.notes == []  # the names are no note


def test_names_then_a_venue_after_a_bold_title() -> None:
    entry = _entry(
        "- **Attention Is All You Need**. Ashish Vaswani, Noam Shazeer. NeurIPS 2017. "
        "[[pdf]](https://arxiv.org/abs/1706.03762)"
    )
    assert entry.authors == ["Ashish Vaswani", "Noam Shazeer"]
    assert (entry.venue, entry.year, entry.notes) == ("NeurIPS", 2017, [])


# --- a title written as text, closed by its names ---------------------------------------------


@pytest.mark.parametrize(
    ("line", "title", "authors", "year", "date"),
    [
        # deep-learning-papers:247
        (
            "- Reducing the dimensionality of data with neural networks, G. Hinton and "
            "R. Salakhutdinov. [[pdf]](http://homes.example/2006-science.pdf)",
            "Reducing the dimensionality of data with neural networks",
            ["G. Hinton", "R. Salakhutdinov"],
            None,
            None,
        ),
        # deep-learning-papers:257: no link at all
        (
            "- Theano: A Python framework for fast computation of mathematical expressions, "
            "R. Al-Rfou et al.",
            "Theano: A Python framework for fast computation of mathematical expressions",
            ["R. Al-Rfou"],
            None,
            None,
        ),
        # deep-learning-papers:268: the kind of work and its date in brackets
        (
            "- Neural Network and Deep Learning (Book, Jan 2017), Michael Nielsen. "
            "[[html]](http://neuralnetworksanddeeplearning.com/index.html)",
            "Neural Network and Deep Learning",
            ["Michael Nielsen"],
            2017,
            "2017-01",
        ),
        # deep-learning-papers:364: the bracket opened before the year is never closed
        (
            "- Learning a Deep Convolutional Network for Image Super-Resolution (2014, C. Dong "
            "et al. [[pdf]](https://www.example/264552416.pdf)",
            "Learning a Deep Convolutional Network for Image Super-Resolution",
            ["C. Dong"],
            2014,
            None,
        ),
        # deep-learning-papers:378: surnames alone, in a sentence of their own
        (
            "- A Fast and Accurate Dependency Parser using Neural Networks. Chen and Manning. "
            "[[pdf]](http://cs.stanford.edu/people/danqi/papers/emnlp2014.pdf)",
            "A Fast and Accurate Dependency Parser using Neural Networks",
            ["Chen", "Manning"],
            None,
            None,
        ),
        # deep-learning-papers:267: the year inside the title, the subtitle after it
        (
            "- Neural Machine Translation and Sequence-to-sequence Models(2017): A Tutorial, "
            "G. Neubig. [[pdf]](http://arxiv.org/pdf/1703.01619v1.pdf)",
            "Neural Machine Translation and Sequence-to-sequence Models: A Tutorial",
            ["G. Neubig"],
            2017,
            None,
        ),
        # deep-learning-papers:356: "[[pdf]] (url)" is no link; the label is no title
        (
            "- Improving distributional similarity with lessons learned from word embeddings, "
            "O. Levy et al. [[pdf]] (https://www.transacl.org/ojs/570/124)",
            "Improving distributional similarity with lessons learned from word embeddings",
            ["O. Levy"],
            None,
            None,
        ),
    ],
)
def test_a_text_title_closed_by_its_names(
    line: str, title: str, authors: list[str], year: int | None, date: str | None
) -> None:
    entry = _entry(line)
    assert (entry.title, entry.authors, entry.year, entry.date) == (title, authors, year, date)


def test_an_affiliation_closing_a_text_title_is_a_note() -> None:
    # deep-learning-papers:279
    entry = _entry(
        "- CS231n, Convolutional Neural Networks for Visual Recognition, Stanford University "
        "[[web]](http://cs231n.stanford.edu/)"
    )
    assert entry.title == "CS231n, Convolutional Neural Networks for Visual Recognition"
    assert (entry.authors, entry.notes) == ([], ["Stanford University"])


@pytest.mark.parametrize(
    "line",
    [
        # a title with commas is no list of authors (awesome-nlp:1342, awesome-deep-learning:111)
        "- Asian Languages: Thai, Lao, Chinese, Japanese, and Korean [[web]](https://a.example/)",
        "- Deep Learning, Self-Taught Learning and Unsupervised Feature Learning "
        "[[pdf]](https://b.example/)",
        # surnames alone after a short title: words, not names
        "- Building Apps. Python and Django. [[web]](https://c.example/)",
        # full names after a comma need initials or "et al." there
        "- Machine Learning, Andrew Ng, Stanford [[web]](https://d.example/)",
    ],
)
def test_titles_that_only_look_like_they_hold_names(line: str) -> None:
    entry = _entry(line)
    assert entry.authors == []
    assert entry.title == line[2 : line.index(" [[")]


# --- names before the title -------------------------------------------------------------------


def test_names_before_a_title_in_the_link_text() -> None:
    # awesome-deep-learning:168
    entry = _entry(
        "19.  [Wojciech Zaremba, Ilya Sutskever, An Empirical Exploration of Recurrent Network "
        "Architectures](http://jmlr.org/proceedings/papers/v37/jozefowicz15.pdf)"
    )
    assert entry.title == "An Empirical Exploration of Recurrent Network Architectures"
    assert entry.authors == ["Wojciech Zaremba", "Ilya Sutskever"]


@pytest.mark.parametrize(
    "title",
    [
        "Deep Learning, Machine Learning, A Survey of Neural Methods",
        "PyTorch, TensorFlow, and JAX compared",
    ],
)
def test_topics_before_a_title_are_no_names(title: str) -> None:
    assert split_title_names(title) == (title, [], None)


@pytest.mark.parametrize(
    ("line", "title", "venue"),
    [
        (
            "- [BERT: Pre-training of Deep Bidirectional Transformers (Devlin et al., 2019)]"
            "(https://arxiv.org/abs/1810.04805)",
            "BERT: Pre-training of Deep Bidirectional Transformers",
            None,
        ),
        (
            "- BERT: Pre-training of Deep Bidirectional Transformers (Devlin et al., 2019) "
            "[[pdf]](https://arxiv.org/pdf/1810.04805)",
            "BERT: Pre-training of Deep Bidirectional Transformers",
            None,
        ),
        ("- [BERT](https://arxiv.org/abs/1810.04805) (Devlin et al., NAACL 2019)", "BERT", "NAACL"),
    ],
)
def test_a_citation_in_brackets_gives_names_and_year(
    line: str, title: str, venue: str | None
) -> None:
    entry = _entry(line)
    assert (entry.title, entry.authors, entry.venue, entry.year) == (title, ["Devlin"], venue, 2019)
    assert entry.notes == []
    # a version and a year in brackets name no one
    assert _entry("- [Tool (v2, 2019)](https://t.example/)").title == "Tool (v2, 2019)"


# --- names after "by" ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "authors", "year", "date"),
    [
        # awesome-deep-learning:35: the date in brackets after the names
        (
            "2.  [Neural Networks and Deep Learning](http://neuralnetworksanddeeplearning.com/) "
            "by  Michael Nielsen (Dec 2014)",
            ["Michael Nielsen"],
            2014,
            "2014-12",
        ),
        # awesome-deep-learning:57: a bar, then the date
        (
            "24. [Hands-On Machine Learning](https://www.example/geron.pdf) by Aurélien Géron  "
            "| Oct 15, 2019",
            ["Aurélien Géron"],
            2019,
            "2019-10-15",
        ),
        # awesome-deep-learning:64: "in Coursera" says where, not who
        (
            "2.  [Neural Networks for Machine Learning](https://class.coursera.org/neuralnets) "
            "by Geoffrey Hinton in Coursera (2012)",
            ["Geoffrey Hinton"],
            2012,
            None,
        ),
        # awesome-deep-learning:112: "By" capitalised
        (
            "3.  [Recent Developments in Deep Learning](https://www.youtube.com/watch?v=v) "
            "By Geoff Hinton",
            ["Geoff Hinton"],
            None,
            None,
        ),
        # awesome-deep-learning:128: "by" inside the description
        (
            "19. [Deep Learning Crash Course](https://www.youtube.com/watch?v=o): a series of "
            "mini-lectures by Leo Isikdogan on YouTube (2018)",
            ["Leo Isikdogan"],
            2018,
            None,
        ),
        # awesome-deep-learning:34: three names before a date (day and month either way
        # round: the year alone is sure)
        (
            "1.  [Deep Learning](http://www.deeplearningbook.org/) by Yoshua Bengio, Ian "
            "Goodfellow and Aaron Courville  (05/07/2015)",
            ["Yoshua Bengio", "Ian Goodfellow", "Aaron Courville"],
            2015,
            None,
        ),
        # transformer-nlp:285: the first author's affiliation, "et al.", then the date
        (
            "- [Iterative Reasoning Preference Optimization (IRPO)](https://arxiv.org/abs/2404"
            ".19733) by Jason Weston (Meta) et al., May 2024 - Llama-2-70B-Chat improves.",
            ["Jason Weston"],
            2024,
            "2024-05",
        ),
        # transformer-nlp:145: the year after the names, then the description
        (
            "1. [Neural Machine Translation by Jointly Learning to Align and Translate]"
            "(https://arxiv.org/abs/1409.0473v1) by Dzmitry Bahdanau, KyungHyun Cho, and Yoshua"
            " Bengio, 2014 - Bahdanau invented the content-based neural attention.",
            ["Dzmitry Bahdanau", "KyungHyun Cho", "Yoshua Bengio"],
            2014,
            None,
        ),
    ],
)
def test_names_after_by(line: str, authors: list[str], year: int | None, date: str | None) -> None:
    entry = _entry(line)
    assert (entry.authors, entry.year, entry.date) == (authors, year, date)


def test_by_an_organisation_inside_a_description_names_no_author() -> None:
    entry = _entry("- [Tool](https://t.example/) - a library powered by Hugging Face Transformers")
    assert entry.authors == []
    entry = _entry("- [Course](https://c.example/) - a course by Udacity and Facebook AI")
    assert entry.authors == []


def test_by_an_organisation_right_after_the_title_keeps_its_date() -> None:
    # transformer-nlp:118
    entry = _entry(
        "27. [The Llama 3 Herd of Models](https://ai.meta.com/research/llama-3/) by Llama "
        "Team, AI @ Meta, Jul 2024 - The paper, a oft-overlooked component of the project."
    )
    assert (entry.year, entry.date) == (2024, "2024-07")


# --- a venue line under the title -----------------------------------------------------------------


def test_a_venue_with_a_two_digit_year_then_a_month_and_two_digit_year() -> None:
    # llm-rag:182
    text = (
        "# RAG\n\n## RAG Instruction Tuning\n\n"
        "**RA-DIT: Retrieval-Augmented Dual Instruction Tuning**  \n*Anonymous*  \n"
        "ICLR 24 – Oct 23 [[paper](https://openreview.net/forum?id=22OTbutug9)]\n\n"
        "**InstructRetro: Instruction Tuning post Retrieval-Augmented Pretraining**  \n"
        "*Boxin Wang, Wei Ping* \\\n"
        "arXiv -  Oct 23 [[paper](https://openreview.net/forum?id=4stB7DFLp6)]\n"
    )
    first, second = parse_text(text, "x.md").entries
    assert (first.venue, first.year, first.date) == ("ICLR", 2024, "2023-10")
    assert (second.venue, second.year, second.date) == ("arXiv", 2023, "2023-10")


def test_names_on_a_line_of_their_own_ending_in_a_hard_break() -> None:
    # llm-rag:121
    text = (
        "# RAG\n\n## Retrieval-enhanced LLMs\n\n"
        "**Improving Retrieval Augmented Language Model with Self-Reasoning** \\\n"
        "Yuan Xia, Jingbo Zhou, Zhenhui Shi, Jun Chen, Haifeng Huang \\  \n"
        "AAAI 25 – Mar 2025 [[paper](https://arxiv.org/abs/2407.19813)]\n"
    )
    (entry,) = parse_text(text, "x.md").entries
    assert entry.authors == ["Yuan Xia", "Jingbo Zhou", "Zhenhui Shi", "Jun Chen", "Haifeng Huang"]
    assert (entry.venue, entry.year, entry.date) == ("AAAI", 2025, "2025-03")


@pytest.mark.parametrize(
    ("text", "venue", "year"),
    [
        ("ICLR 24 – Oct 23 [[paper](u)]", "ICLR", 2024),
        ("ACL 23 – Jul 2023 [[link](u)]", "ACL", 2023),
        ("arXiv - Nov 2023 [[Paper](u)]", "arXiv", 2023),
    ],
)
def test_venue_dash_date(text: str, venue: str, year: int) -> None:
    found = venue_dash_date(text)
    assert found is not None
    assert (found.venue.venue, found.venue.year) == (venue, year)


@pytest.mark.parametrize(
    "text",
    [
        "ICLR 22 – Oct 23 [[paper](u)]",  # the venue's year before the submission's
        "Mecab - Oct 23 [[paper](u)]",  # no venue
        "ICLR 24 – 23 things [[paper](u)]",  # no date
    ],
)
def test_venue_dash_date_none(text: str) -> None:
    assert venue_dash_date(text) is None


# --- other years and venues ---------------------------------------------------------------------


def test_a_term_or_an_edition_gives_the_year() -> None:
    # awesome-deep-learning:104 and 132
    assert term_year("DS-GA 1008 · SPRING 2021") is not None
    entry = _entry(
        "43. [Deep Learning Course at CDS](https://cds.nyu.edu/) - DS-GA 1008 · SPRING 2021"
    )
    assert (entry.year, entry.notes) == (2021, ["DS-GA 1008 · SPRING 2021"])
    assert (
        _entry("23. [Deepmind x UCL Deeplearning](https://www.youtube.com/p): 2020 version").year
        == 2020
    )
    assert term_year("Top 2020 models") is None


def test_a_link_text_naming_a_venue_gives_the_entry_its_venue() -> None:
    # transformer-nlp:489
    entry = _entry(
        "[MultiFiT: Efficient Multi-lingual Language Model Fine-tuning](http://nlp.fast.ai/m) by"
        " Sebastian Ruder et al. MultiFiT extends ULMFiT. ([EMNLP 2019 paper](https://arxiv.org/"
        "abs/1909.04761))"
    )
    assert (entry.venue, entry.year) == ("EMNLP", 2019)
    assert entry.authors == ["Sebastian Ruder"]


def test_a_generic_link_text_in_brackets_is_no_title() -> None:
    # deep-learning-papers:291
    assert _entry("- OpenAI [[web]](https://www.openai.com/)").title == "OpenAI"


def test_a_language_tag_after_a_link_title_is_no_part_of_it() -> None:
    # awesome-llm:572
    entry = _entry(
        "- [LLM-RL-Visualized (EN)](https://github.com/c/LLM-RL-Visualized/README_EN.md) | "
        "[LLM-RL-Visualized (中文)](https://github.com/c/LLM-RL-Visualized) - 100+ Maps."
    )
    assert entry.title == "LLM-RL-Visualized"
    # a language's name may tell two tools apart (awesome-nlp:1104)
    assert _entry("* [Mecab (Korean)](https://e.example/mecab-ko)").title == "Mecab (Korean)"


# --- reading names --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "level", "names"),
    [
        ("G. Hinton and R. Salakhutdinov.", "strong", ["G. Hinton", "R. Salakhutdinov"]),
        ("Y. LeCun, Y. Bengio and G. Hinton", "strong", ["Y. LeCun", "Y. Bengio", "G. Hinton"]),
        ("Rajpurkar et al.", "strong", ["Rajpurkar"]),
        ("E.Denton et al.", "strong", ["E.Denton"]),
        ("K. Cho et. al.", "strong", ["K. Cho"]),
        ("Michael Nielsen.", "medium", ["Michael Nielsen"]),
        ("Hal Daumé III", "medium", ["Hal Daumé III"]),
        ("Prof. Ali Ghodsi", "medium", ["Ali Ghodsi"]),
        ("Chen and Manning.", "sentence", ["Chen", "Manning"]),
        # surname first, initials without dots (Vancouver, GB/T 7714): only with et al.
        ("Chen D, Ren S, Wei Y, et al.", "strong", ["Chen D", "Ren S", "Wei Y"]),
        ("Lin T Y, Goyal P, Girshick R, et al.", "strong", ["Lin T Y", "Goyal P", "Girshick R"]),
        ("Lin TY, Goyal P, et al.", "strong", ["Lin TY", "Goyal P"]),
        # a middle initial without its dot (heldout47 face-recognition)
        (
            "Qianli Liao, Joel Z Leibo, Youssef Mroueh",
            "several",
            ["Qianli Liao", "Joel Z Leibo", "Youssef Mroueh"],
        ),
    ],
)
def test_names_at(text: str, level: str, names: list[str]) -> None:
    assert names_at(text, level) == names


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Michael Nielsen", "strong"),  # full names alone need a citation's place
        ("Chen and Manning", "medium"),  # surnames alone need a sentence of their own
        ("Microsoft Research", "medium"),  # an organisation
        ("Stanford University", "medium"),
        ("Self-Taught Learning and Unsupervised Feature Learning", "sentence"),
        ("MIT", "medium"),  # an acronym
        ("LISA lab", "medium"),  # a word in lower case
        ("A Tutorial", "medium"),
        ("Google Brain, 2019", "medium"),  # digits
        ("and several others", "strong"),
        ("Chen D, Ren S, Wei Y", "several"),  # surname and bare initials need et al.
        ("D Ulyanov, A Vedaldi", "several"),  # so do initials without dots before a name
        ("Face X Detection", "medium"),  # a bare capital inside a name of three words
        ("Chen DNN, Ren S, et al.", "strong"),  # three capitals are an acronym, not initials
    ],
)
def test_names_at_none(text: str, level: str) -> None:
    assert names_at(text, level) is None


def test_read_names_says_how_the_names_are_joined() -> None:
    found = read_names("D. Kingma and J. Ba")
    assert found is not None and found.joined and not found.et_al
    found = read_names("G. Hinton, J. Dean, et al.")
    assert found is not None and found.et_al and found.names == ["G. Hinton", "J. Dean"]


# --- the same paper written the ways paper lists write a citation -------------------------------

_TITLE = "Deep Residual Learning for Image Recognition"


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        # names, then the venue: a citation's order
        (
            f"1. {_TITLE}. Kaiming He, Xiangyu Zhang, Shaoqing Ren, Jian Sun. CVPR 2016. "
            "[[paper]](https://a.example/1)",
            ["Kaiming He", "Xiangyu Zhang", "Shaoqing Ren", "Jian Sun"],
        ),
        (
            f"- [{_TITLE}](https://a.example/2) - Kaiming He, Xiangyu Zhang, CVPR 2016",
            ["Kaiming He", "Xiangyu Zhang"],
        ),
        (
            f"- [{_TITLE}](https://a.example/3). Kaiming He, Xiangyu Zhang. CVPR 2016.",
            ["Kaiming He", "Xiangyu Zhang"],
        ),
        # names and venue in one bracket
        (f"- {_TITLE} (K. He et al., CVPR 2016) [[paper]](https://a.example/4)", ["K. He"]),
        # a quoted title
        (
            f'- "{_TITLE}", K. He, X. Zhang, CVPR 2016. [[pdf]](https://a.example/5)',
            ["K. He", "X. Zhang"],
        ),
        # names first, a colon, then the title (as DBLP writes it)
        (
            f"- Kaiming He, Xiangyu Zhang: {_TITLE}. CVPR 2016 [[pdf]](https://a.example/6)",
            ["Kaiming He", "Xiangyu Zhang"],
        ),
        # emphasised names after a title written as text
        (
            f"- {_TITLE} - *Kaiming He, Xiangyu Zhang*, CVPR 2016 [[pdf]](https://a.example/7)",
            ["Kaiming He", "Xiangyu Zhang"],
        ),
        # names after the venue and a dash
        (f"- [{_TITLE}](https://a.example/8) (CVPR 2016) - Kaiming He et al.", ["Kaiming He"]),
        (f"- [{_TITLE}](https://a.example/9) by Kaiming He et al., CVPR 2016", ["Kaiming He"]),
    ],
)
def test_one_paper_cited_in_the_shapes_lists_use(line: str, authors: list[str]) -> None:
    entry = _entry(line)
    assert (entry.title, entry.authors) == (_TITLE, authors)
    assert (entry.venue, entry.year) == ("CVPR", 2016)
    assert entry.notes == []


@pytest.mark.parametrize(
    "line",
    [
        "- [Flask](https://f.example/) - Python Web Framework, ACL 2020",
        "- Python, Django: web frameworks compared in depth [[pdf]](https://g.example/)",
        "- Note: this list is great and useful [[pdf]](https://h.example/)",
        "- Deep Residual Learning - *a great read*, 2016 [[pdf]](https://i.example/)",
        "- **BERT** (2019), Hugging Face Transformers [[pdf]](https://j.example/)",
        # one capitalised phrase after a sentence end, or a phrase with "And", is no name
        "- **MyTool**. Simple Fast Parser. [[code]](https://k.example/)",
        "- Awesome Parser Tool Here. Fast And Simple. [[code]](https://l.example/)",
        "- Some Tool (2019). Fast Parser. [[pdf]](https://m.example/)",
        "- Python Tips: how to write good code quickly [[web]](https://n.example/)",
        # an initial after a word is no first author written with initials
        "- [Tool](https://o.example/) - Supports U.S. English",
    ],
)
def test_descriptions_in_a_citations_place_are_no_names(line: str) -> None:
    assert _entry(line).authors == []


def test_a_bracket_closed_by_the_venue_is_no_part_of_the_title() -> None:
    entry = _entry("- Tool Name (Fast Parser, ACL 2020) [[pdf]](https://p.example/)")
    assert (entry.title, entry.venue, entry.year, entry.notes) == (
        "Tool Name",
        "ACL",
        2020,
        ["Fast Parser"],
    )


def test_a_quote_opening_only_part_of_a_title_stays() -> None:
    line = '- "Why Should I Trust You?": Explaining the Predictions [[pdf]](https://q.example/)'
    assert _entry(line).title == '"Why Should I Trust You?": Explaining the Predictions'


def test_a_bold_venue_after_the_title_may_carry_a_two_digit_year() -> None:
    entry = _entry(
        "- [Deep Residual Learning](https://a.example/) **ICLR23** [[pdf]](https://p.example/)"
    )
    assert (entry.title, entry.venue, entry.year) == ("Deep Residual Learning", "ICLR", 2023)
    # opening the line, the same bold names a data set: it is the title
    entry = _entry("- **KDD99** - a data set of network intrusions [[web]](https://k.example/)")
    assert (entry.title, entry.venue, entry.year) == ("KDD99", None, None)


def test_a_bracketed_venue_before_a_bare_url_is_no_dangling_label() -> None:
    entry = _entry("- Fifth paper title here [arXiv] https://arxiv.org/abs/2103.00005")
    assert (entry.title, entry.venue) == ("Fifth paper title here", "arXiv")


@pytest.mark.parametrize(
    "line",
    [
        "- [Attention Is All You Need](https://a.example/) - Vaswani et al. 2017",
        "- [Attention Is All You Need](https://a.example/) - Vaswani et al., 2017. Great paper.",
        "- [Attention Is All You Need](https://a.example/) - Vaswani et al. (2017) Great paper.",
    ],
)
def test_a_year_right_after_the_names_is_the_entrys(line: str) -> None:
    entry = _entry(line)
    assert (entry.authors, entry.year) == (["Vaswani"], 2017)
    assert entry.notes in ([], ["Great paper."])


@pytest.mark.parametrize(
    "line",
    [
        "- Title " + "A. " * 100_000,  # initials: a sentence end at every word
        "- Title, " + "G. Hinton et al. " * 30_000 + "[x](https://x.example/)",
        "- " + "Alpha Beta, " * 50_000 + "[x](https://x.example/)",
        "- [T](https://x.example/) by " + "Alpha Beta, " * 50_000,
        "- " + "Alpha Beta: " * 40_000 + "x",
        "- Title " + "(2014, " * 30_000,
    ],
)
def test_a_long_hostile_line_is_read_in_linear_time(line: str) -> None:
    start = time.perf_counter()
    parse_text(f"# T\n\n{line}\n", "x.md")
    assert time.perf_counter() - start < 3.0


# --- bibliography paragraphs: authors before the quoted title, venue after it --------------


def _cited(paragraph: str) -> Entry:
    """The entry of a reading list's citation paragraph (two others around it)."""
    other = '**[{n}]** Doe, Jane, et al. "**Other work {n}**." ICML. 2019. [[pdf]](https://o{n}.example/)'
    text = f"# Papers\n\n{other.format(n=1)}\n\n{paragraph}\n\n{other.format(n=2)}\n"
    entries = parse_text(text, "x.md").entries
    found = [e for e in entries if e.source.line == 5]
    assert len(found) == 1, [e.title for e in entries]
    return found[0]


@pytest.mark.parametrize(
    ("paragraph", "title", "venue", "year", "authors"),
    [
        # dl-roadmap style (Google Scholar's MLA form): "Last, First, and First Last."
        (
            '**[1]** LeCun, Yann, Yoshua Bengio, and Geoffrey Hinton. "**Deep learning**." '
            "Nature 521.7553 (2015): 436-444. [[pdf]](https://x.example/a.pdf) "
            "**(Three Giants' Survey)** :star::star:",
            "Deep learning",
            "Nature",
            2015,
            ["Yann LeCun", "Yoshua Bengio", "Geoffrey Hinton"],
        ),
        (
            '**[4]** Krizhevsky, Alex, Ilya Sutskever, and Geoffrey E. Hinton. "**Imagenet '
            'classification with deep convolutional neural networks**." Advances in neural '
            "information processing systems. 2012. [[pdf]](https://x.example/b.pdf)",
            "Imagenet classification with deep convolutional neural networks",
            "NeurIPS",
            2012,
            ["Alex Krizhevsky", "Ilya Sutskever", "Geoffrey E. Hinton"],
        ),
        (
            '**[6]** Szegedy, Christian, et al. "**Going deeper with convolutions**." '
            "Proceedings of the IEEE Conference on Computer Vision and Pattern Recognition. "
            "2015. [[pdf]](https://x.example/c.pdf) **(GoogLeNet)**",
            "Going deeper with convolutions",
            "CVPR",
            2015,
            ["Christian Szegedy"],
        ),
        (
            '**[10]** Graves, Alex, and Navdeep Jaitly. "**Towards End-To-End Speech '
            'Recognition with Recurrent Neural Networks**." ICML. Vol. 14. 2014. '
            "[[pdf]](https://x.example/d.pdf):star::star::star:",
            "Towards End-To-End Speech Recognition with Recurrent Neural Networks",
            "ICML",
            2014,
            ["Alex Graves", "Navdeep Jaitly"],
        ),
        (
            '**[5]** Simonyan, Karen, and Andrew Zisserman. "**Very deep convolutional '
            'networks for large-scale image recognition**." arXiv preprint arXiv:1409.1556 '
            "(2014). [[pdf]](https://arxiv.org/pdf/1409.1556.pdf) **(VGGNet)**",
            "Very deep convolutional networks for large-scale image recognition",
            "arXiv",
            2014,
            ["Karen Simonyan", "Andrew Zisserman"],
        ),
        (
            '**[9]** Graves, Alex, Abdel-rahman Mohamed, and Geoffrey Hinton. "**Speech '
            'recognition with deep recurrent neural networks**." 2013 IEEE international '
            "conference on acoustics, speech and signal processing. IEEE, 2013. "
            "[[pdf]](https://x.example/e.pdf)",
            "Speech recognition with deep recurrent neural networks",
            "ICASSP",
            2013,
            ["Alex Graves", "Abdel-rahman Mohamed", "Geoffrey Hinton"],
        ),
        (
            '**[55]** Silver, Daniel L., Qiang Yang, and Lianghao Li. "**Lifelong Machine '
            'Learning Systems: Beyond Learning Algorithms**." AAAI Spring Symposium: Lifelong '
            "Machine Learning. 2013. [[pdf]](https://x.example/f.pdf)",
            "Lifelong Machine Learning Systems: Beyond Learning Algorithms",
            "AAAI Spring Symposium",
            2013,
            ["Daniel L. Silver", "Qiang Yang", "Lianghao Li"],
        ),
        (
            "**[1]** Mordvintsev, Alexander; Olah, Christopher; Tyka, Mike (2015). "
            '"**Inceptionism: Going Deeper into Neural Networks**". Google Research. '
            "[[html]](https://x.example/g.html) **(Deep Dream)**",
            "Inceptionism: Going Deeper into Neural Networks",
            "Google Research",
            2015,
            ["Alexander Mordvintsev", "Christopher Olah", "Mike Tyka"],
        ),
        (
            '**[3]** Pinheiro, P.O., Collobert, R., Dollar, P. "**Learning to segment object '
            'candidates.**" In: NIPS. 2015. [[pdf]](https://x.example/h.pdf) :star:',
            "Learning to segment object candidates",
            "NeurIPS",
            2015,
            ["P.O. Pinheiro", "R. Collobert", "P. Dollar"],
        ),
        (
            "**[1]** J. Long, E. Shelhamer, and T. Darrell, “**Fully convolutional networks "
            "for semantic segmentation**.” in CVPR, 2015. [[pdf]](https://x.example/i.pdf)",
            "Fully convolutional networks for semantic segmentation",
            "CVPR",
            2015,
            ["J. Long", "E. Shelhamer", "T. Darrell"],
        ),
        (
            '**[0]** Bengio, Yoshua, Ian J. Goodfellow, and Aaron Courville. "**Deep '
            'learning**." An MIT Press book. (2015). [[html]](http://www.deeplearningbook.org/)',
            "Deep learning",
            None,  # "An MIT Press book": a sentence, not a venue's name
            2015,
            ["Yoshua Bengio", "Ian J. Goodfellow", "Aaron Courville"],
        ),
    ],
)
def test_bibliography_paragraph_fields(
    paragraph: str, title: str, venue: str | None, year: int, authors: list[str]
) -> None:
    entry = _cited(paragraph)
    assert entry.title == title
    assert entry.venue == venue
    assert entry.year == year
    assert entry.authors == authors


def test_bibliography_prose_is_no_author_list() -> None:
    # The text before a quoted title that is no list of names gives no authors.
    entry = _cited(
        '**[7]** If you find it useful, please cite "**Some paper title here**." '
        "NeurIPS 2020. [[pdf]](https://x.example/j.pdf)"
    )
    assert entry.authors == []


# --- a linked title, then its authors and venue on the next line or paragraph ---------------


@pytest.mark.parametrize(
    ("item", "venue", "year", "authors"),
    [
        # llm-reasoning: the names and venue in a paragraph of their own under the item
        (
            "1. **[Multimodal Chain-of-Thought Reasoning: A Comprehensive Survey.]"
            "(https://arxiv.org/abs/2503.12605)** [[code](https://github.com/y/Awesome-MCoT)]\n\n"
            "    *Yaoting Wang, Shengqiong Wu, Yuecheng Zhang, William Wang, Ziwei Liu, "
            "Jiebo Luo, Hao Fei.* Preprint'25\n",
            "arXiv",
            2025,
            [
                "Yaoting Wang",
                "Shengqiong Wu",
                "Yuecheng Zhang",
                "William Wang",
                "Ziwei Liu",
                "Jiebo Luo",
                "Hao Fei",
            ],
        ),
        # ... or on the line right under the title, in the same paragraph
        (
            "1. **[Recent Advances in Large Language Model Benchmarks Against Data "
            "Contamination.](https://arxiv.org/abs/2502.17521)** [[code](https://github.com/S/x)]\n"
            "    *Janice Ahn, Rishu Verma, Renze Lou, Di Liu, Rui Zhang, Wenpeng Yin.* ACL'24\n",
            "ACL",
            2024,
            ["Janice Ahn", "Rishu Verma", "Renze Lou", "Di Liu", "Rui Zhang", "Wenpeng Yin"],
        ),
        (
            "1. **[Towards Reasoning in Large Language Models: A Survey.]"
            "(https://arxiv.org/abs/2212.10403)** [[code](https://github.com/jeffhj/LM-reasoning)]"
            "\n\n    *Jie Huang, Kevin Chen-Chuan Chang.* ACL'23 Findings\n",
            "Findings of ACL",
            2023,
            ["Jie Huang", "Kevin Chen-Chuan Chang"],
        ),
        (
            "1. **[A Survey](https://arxiv.org/abs/2410.00001)**\n\n"
            "    *Open AI Team.* Technical Report'24\n",
            "Technical Report",
            2024,
            ["Open AI Team"],
        ),
    ],
)
def test_names_and_venue_under_a_linked_title(
    item: str, venue: str, year: int, authors: list[str]
) -> None:
    others = "\n".join(f"{i}. **[Other {i}](https://o{i}.example/)**" for i in range(2, 5))
    entries = parse_text(f"# Papers\n\n{item}{others}\n", "x.md").entries
    entry = entries[0]
    assert (entry.venue, entry.year, entry.authors) == (venue, year, authors)
    assert entry.notes == []


def test_names_then_prose_under_a_linked_title_stay_a_note() -> None:
    # After the names comes a sentence, not a venue: the line is a note, not the authors.
    item = (
        "1. **[A Survey](https://arxiv.org/abs/2410.00001)**\n"
        "    *Jie Huang, Kevin Chang.* A good read for beginners.\n"
    )
    others = "\n".join(f"{i}. **[Other {i}](https://o{i}.example/)**" for i in range(2, 5))
    entry = parse_text(f"# Papers\n\n{item}{others}\n", "x.md").entries[0]
    assert entry.authors == []
    assert entry.venue is None


def test_a_sentence_with_a_two_digit_year_after_names_is_no_venue() -> None:
    item = (
        "1. **[A Survey](https://arxiv.org/abs/2410.00001)**\n"
        "    *Jie Huang, Kevin Chang.* Best paper of the year, since '24\n"
    )
    others = "\n".join(f"{i}. **[Other {i}](https://o{i}.example/)**" for i in range(2, 5))
    entry = parse_text(f"# Papers\n\n{item}{others}\n", "x.md").entries[0]
    assert (entry.venue, entry.authors) == (None, [])


@pytest.mark.parametrize(
    ("authors", "names"),
    [
        # dl-roadmap: surnames alone, or inverted names no comma tells apart: no authors
        ("Wu, Schuster, Chen, Le, et al.", None),
        ("Gatys, Leon and Ecker, et al.", None),
        ("Courbariaux, Matthieu, et al.", ["Matthieu Courbariaux"]),
        ("If you find it useful, cite", None),
    ],
)
def test_citation_authors(authors: str, names: list[str] | None) -> None:
    assert citation_authors(authors) == names


def test_names_and_venue_under_a_bold_title() -> None:
    item = (
        "1. **Towards Reasoning in Large Language Models: A Survey.** "
        "[[code](https://github.com/jeffhj/LM-reasoning)]\n"
        "    *Jie Huang, Kevin Chen-Chuan Chang.* ACL'23 Findings\n"
    )
    others = "\n".join(f"{i}. **Other {i}.** [[pdf](https://o{i}.example/)]" for i in range(2, 5))
    entry = parse_text(f"# Papers\n\n{item}{others}\n", "x.md").entries[0]
    assert (entry.venue, entry.year) == ("Findings of ACL", 2023)
    assert entry.authors == ["Jie Huang", "Kevin Chen-Chuan Chang"]
    assert entry.notes == []


def test_an_emphasised_sentence_before_a_year_is_no_author_list() -> None:
    item = "1. **[A Survey](https://arxiv.org/abs/2410.00001)**\n    *Highly recommended* 2021\n"
    others = "\n".join(f"{i}. **[Other {i}](https://o{i}.example/)**" for i in range(2, 5))
    entry = parse_text(f"# Papers\n\n{item}{others}\n", "x.md").entries[0]
    assert entry.authors == []


def test_a_venue_without_its_year_after_the_names_is_the_venue_not_a_name() -> None:
    # transformer-nlp:188 with its year left out: "ICLR" is no surname.
    doc = parse_text(
        "1. [PoSE: Efficient Context Window Extension](https://arxiv.org/abs/2309.10400) "
        "by Dawei Zhu et al., ICLR - PoSE simulates longer inputs.\n",
        "list.md",
    )
    [entry] = doc.entries
    assert entry.authors == ["Dawei Zhu"]
    assert (entry.venue, entry.year) == ("ICLR", None)


# --- a dated item: ``[YYYY/MM] **Title.** *Names et al. Venue.* [[paper](url)]`` -----------


@pytest.mark.parametrize(
    ("line", "title", "date", "year", "venue", "authors"),
    [
        # the shape of a survey's paper items: date, bold title, names then venue in italics
        (
            "- [2022/08] **Inferring Rewards from Language in Context.** *Jessy Lin et al. ACL.* "
            "[[paper](https://doi.org/10.18653/v1/2022.acl-long.585)]",
            "Inferring Rewards from Language in Context",
            "2022-08",
            2022,
            "ACL",
            ["Jessy Lin"],
        ),
        # no dot after the title; two links
        (
            "- [2023/10] **Towards End-to-End Embodied Decision Making: Explorations with "
            "GPT4-Vision and Beyond** *Liang Chen et al. arXiv.* "
            "[[paper](https://arxiv.org/abs/2310.02071)] [[code](https://github.com/a/b)]",
            "Towards End-to-End Embodied Decision Making: Explorations with GPT4-Vision and Beyond",
            "2023-10",
            2023,
            "arXiv",
            ["Liang Chen"],
        ),
        # a bracketed affiliation after the name is dropped
        (
            "- [2017/12] **Commonsense Knowledge in Machine Intelligence.** *Niket Tandon (Allen "
            "Institute for Artificial Intelligence) et al. SIGMOD.* "
            "[[paper](https://sigmodrecord.org/x.pdf)]",
            "Commonsense Knowledge in Machine Intelligence",
            "2017-12",
            2017,
            "SIGMOD",
            ["Niket Tandon"],
        ),
        # one name, a sentence's end, then an unknown venue as written
        (
            "- [2016/04] **Improved Automatic Keyword Extraction Given More Semantic "
            "Knowledge.** *H Leung. Systems for Advanced Applications.* "
            "[[paper](https://link.springer.com/chapter/10.1007/978-3-319-32055-7_10)]",
            "Improved Automatic Keyword Extraction Given More Semantic Knowledge",
            "2016-04",
            2016,
            "Systems for Advanced Applications",
            ["H Leung"],
        ),
        # no space between "et al." and the venue; a dash in the date
        (
            "- [2022-10] **Language Models of Code are Few-Shot Commonsense Learners.** "
            "*Aman Madaan et al.arXiv.* [[paper](https://arxiv.org/abs/2210.07128)]",
            "Language Models of Code are Few-Shot Commonsense Learners",
            "2022-10",
            2022,
            "arXiv",
            ["Aman Madaan"],
        ),
        # an initial inside the name is no sentence's end
        (
            "- [2021/10] **Theory of Mind Based Assistive Communication.** *Moritz C. Buehler "
            "et al. arXiv.* [[paper](https://arxiv.org/abs/2109.01355)]",
            "Theory of Mind Based Assistive Communication",
            "2021-10",
            2021,
            "arXiv",
            ["Moritz C. Buehler"],
        ),
    ],
)
def test_a_leading_date_then_a_bold_title_and_names_then_venue(
    line: str, title: str, date: str, year: int, venue: str, authors: list[str]
) -> None:
    entry = _entry(line)
    assert (entry.title, entry.date, entry.year) == (title, date, year)
    assert (entry.venue, entry.authors) == (venue, authors)


def test_a_year_after_the_venue_in_the_names_wins_over_none() -> None:
    entry = _entry("- **Title of It.** *Jessy Lin, Bob Smith. ACL 2022.* [[pdf](https://x.org/p)]")
    assert (entry.title, entry.authors) == ("Title of It", ["Jessy Lin", "Bob Smith"])
    assert (entry.venue, entry.year, entry.date) == ("ACL", 2022, None)


def test_names_alone_under_a_bold_title_give_no_venue() -> None:
    entry = _entry("- **Title of It.** *A. Smith, B. Jones.* [[pdf](https://x.org/p)]")
    assert (entry.authors, entry.venue) == (["A. Smith", "B. Jones"], None)


def test_a_catchy_title_before_a_colon_is_no_pair_of_names() -> None:
    from awesome_ptm.parse import parse_text

    text = (
        "# P\n\n- Think Globally, Act Locally: A Deep Neural Network Approach to Forecasting\n"
        "- Kaiming He, Xiangyu Zhang: Deep Residual Learning for Image Recognition\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.authors) for e in entries] == [
        ("Think Globally, Act Locally: A Deep Neural Network Approach to Forecasting", []),
        ("Deep Residual Learning for Image Recognition", ["Kaiming He", "Xiangyu Zhang"]),
    ]


def test_by_names_then_a_year_and_joined_venues() -> None:
    from awesome_ptm.parse import parse_text

    names = ", ".join(f"Author{chr(65 + i)} Person{chr(65 + i)}" for i in range(24))
    text = (
        "# P\n\n## Papers\n\n"
        "* [Many-agent RL](https://a.example/thesis.pdf) by Yaodong Yang, 2021. PhD Thesis.\n"
        f"* [A Survey](https://arxiv.org/abs/2509.02547) by {names}, and Lei Bai. 2025. "
        "[[GitHub](https://github.com/x/y)]\n"
        "* [MAgent](https://arxiv.org/pdf/1712.00600.pdf) by Zheng L et al. "
        "NIPS 2017 & AAAI 2018 Demo.\n"
        "* [Cited](https://c.example/) - extends [X](https://x.example/) (ICLR 2020) and "
        "[Y](https://y.example/) (ACL 2021).\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.venue, e.year) for e in entries] == [
        (None, 2021),
        (None, 2025),
        ("NeurIPS", 2017),
        (None, None),  # two works cited with their venues: neither is this entry's
    ]
    assert entries[1].authors[-1] == "Lei Bai" and len(entries[1].authors) == 25


def test_a_numbered_paper_wrapped_onto_a_names_line_with_tags_and_links() -> None:
    from awesome_ptm.parse import parse_text

    text = (
        "# Attacks\n\n## Word-level\n\n"
        "1. **Using Punctuation as an Adversarial Attack on NLP Systems**.\n"
        "  *Brian Formento, Chuan Sheng Foo*. EACL (Findings) 2023. `score` `blind` "
        "[[pdf](https://aclanthology.org/2023.findings-eacl.1.pdf)] [[code](https://g.example/x)]\n"
    )
    (entry,) = parse_text(text, "x.md").entries
    assert (entry.venue, entry.year, entry.authors, entry.notes) == (
        "Findings of EACL",
        2023,
        ["Brian Formento", "Chuan Sheng Foo"],
        ["score blind"],
    )
    assert [link.url for link in entry.links] == [
        "https://aclanthology.org/2023.findings-eacl.1.pdf",
        "https://g.example/x",
    ]


def test_a_journal_no_alias_knows_right_after_the_names() -> None:
    from awesome_ptm.parse import parse_text

    text = (
        "# Attacks\n\n## Word-level\n\n"
        "1. **HyGloadAttack: Hard-label black-box attacks**. *Zhaorong Liu, Xi Xiong*. "
        "Neural Networks 2024.`decision`[[pdf](https://www.sciencedirect.com/x)]\n"
        "1. **Another Attack on Text**. *Ann Lee, Bo Chen*. ICLR 2025. `score`[[pdf](https://o.example/p)]\n"
        "1. **A Third One**. *Ann Lee, Bo Chen*. Preprint. [[pdf](https://arxiv.org/abs/2401.00001)]\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.venue, e.year) for e in entries] == [
        ("Neural Networks", 2024),
        ("ICLR", 2025),
        ("arXiv", None),
    ]


def test_quoted_titles_with_their_short_names_and_venue_dates() -> None:
    from awesome_ptm.parse import parse_text

    text = (
        "# Robotics\n\n## Surveys\n\n"
        '* "Safety in Embodied AI: A Survey of Risks", *arXiv, May 2026*, '
        "[[Paper](https://arxiv.org/abs/2605.02900)]\n"
        '* **ELLMER**: "Embodied large language models enable robots", '
        "*Nature Machine Intelligence, Mar 2025*. [[Paper](https://www.nature.com/x)]\n"
        '* **UnrealZoo**: "UnrealZoo: Enriching Photo-realistic Virtual Worlds", '
        "*ICCV Highlight, 2025*. [[Paper](https://arxiv.org/abs/2412.20977)]\n"
        '* "Collaborating with language models for reasoning", NeurIPS, Feb 2022. '
        "[[https://arxiv.org/abs/2302.00763)]\n"
        "- (*NAACL'21*) Knowledge Graph Based Synthetic Corpus Generation "
        "[[paper](https://aclanthology.org/2021.naacl-main.278/)]\n"
        "- (*arxiv 2023.05*) GPT4Graph: Can Large Language Models Understand Graphs? "
        "[[paper](https://arxiv.org/abs/2305.15066)]\n"
        "- (Optional) Read this first guide [[link](https://x.example/3)]\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.venue, e.year, e.date, e.aliases) for e in entries] == [
        ("Safety in Embodied AI: A Survey of Risks", "arXiv", 2026, "2026-05", []),
        (
            "Embodied large language models enable robots",
            "Nature Machine Intelligence",
            2025,
            "2025-03",
            ["ELLMER"],
        ),
        # (a year alone is the venue's year, not a date: ``date`` states a month)
        ("UnrealZoo: Enriching Photo-realistic Virtual Worlds", "ICCV", 2025, None, ["UnrealZoo"]),
        ("Collaborating with language models for reasoning", "NeurIPS", 2022, "2022-02", []),
        ("Knowledge Graph Based Synthetic Corpus Generation", "NAACL", 2021, None, []),
        ("GPT4Graph: Can Large Language Models Understand Graphs?", "arXiv", 2023, "2023-05", []),
        ("(Optional) Read this first guide", None, None, None, []),
    ]
    assert [link.url for link in entries[3].links] == ["https://arxiv.org/abs/2302.00763"]


def test_reference_styles_of_paper_lists() -> None:
    from awesome_ptm.parse import parse_text

    text = (
        "# Papers\n\n## Must reads\n\n"
        "* Philipp Koehn and Rebecca Knowles. 2017. [Six Challenges for Neural Machine "
        "Translation](http://www.aclweb.org/anthology/W17-3204). In *Proceedings of the First "
        "Workshop on Neural Machine Translation*.\n"
        "* [**Nature Communications, 2024.9**] **MMed-Llama3**: Towards building multilingual "
        "language model for medicine. [[paper]](https://www.nature.com/articles/s41467-024-52417-z)\n"
        "- **[R-CNN]** Rich feature hierarchies for accurate object detection | **[CVPR' 14]** "
        "|[`[pdf]`](https://arxiv.org/pdf/1311.2524.pdf)\n"
        "2. Baby steps in evaluating the capacities of large language models. _Michael C. Frank_ "
        "Nature Reviews Psychology 2023. [[paper](https://www.nature.com/articles/s44159)]\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.venue, e.year, e.authors, e.aliases) for e in entries] == [
        (
            "Six Challenges for Neural Machine Translation",
            "First Workshop on Neural Machine Translation",
            2017,
            ["Philipp Koehn", "Rebecca Knowles"],
            [],
        ),
        (
            "MMed-Llama3: Towards building multilingual language model for medicine.",
            "Nature Communications",
            2024,
            [],
            [],
        ),
        ("Rich feature hierarchies for accurate object detection", "CVPR", 2014, [], ["R-CNN"]),
        (
            "Baby steps in evaluating the capacities of large language models",
            "Nature Reviews Psychology",
            2023,
            ["Michael C. Frank"],
            [],
        ),
    ]


def test_a_benchmark_table_names_its_rows_by_the_cell_beside_the_paper_link() -> None:
    from awesome_ptm.parse import parse_text

    text = (
        "# Eval\n\n## Benchmarks\n\n| Benchmark | Focus | Domain |\n|---|---|---|\n"
        "| SOCKET [[paper](https://arxiv.org/abs/2305.14938)] | Social knowledge | Task |\n"
        "| MME [[paper](https://arxiv.org/abs/2306.13394)] | Multimodal LLMs | Multi-modal |\n"
    )
    assert [e.title for e in parse_text(text, "x.md").entries] == ["SOCKET", "MME"]


def test_acl_style_references_with_spaced_marks_journals_and_arxiv_ids() -> None:
    from awesome_ptm.parse import parse_text

    text = (
        "# MT\n\n## Papers\n\n"
        "* Yu Lu1 , Jiali Zeng , Mu Li . 2021 . [Attention Calibration for Transformer in NMT]"
        "(https://aclanthology.org/2021.acl-long.103.pdf) . In *Proceedings of ACL 2021*.\n"
        "* Raj Dabre, Chenhui Chu, and Anoop Kunchukuttan. 2020. [A Survey of Multilingual "
        "NMT](https://doi.org/10.1145/3406095). *ACM Computing Surveys. Surv. 53, 5, Article "
        "99 (October 2020)*.\n"
        "* Nal Kalchbrenner and Alex Graves. 2016. [Neural Machine Translation in Linear Time]"
        "(https://arxiv.org/pdf/1610.10099). *arXiv:1610.10099*.\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.venue, e.year, e.authors[0]) for e in entries] == [
        ("Attention Calibration for Transformer in NMT", "ACL", 2021, "Yu Lu"),
        ("A Survey of Multilingual NMT", "ACM Computing Surveys", 2020, "Raj Dabre"),
        ("Neural Machine Translation in Linear Time", "arXiv", 2016, "Nal Kalchbrenner"),
    ]


def test_a_year_and_venue_before_a_dash_open_a_paper_item() -> None:
    from awesome_ptm.parse import parse_text

    text = (
        "# Label noise\n\n## Papers\n\n"
        "* 2013-NIPS - Learning with Noisy Labels. [[Paper]](https://papers.nips.cc/p.pdf)\n"
        "* 2015-ICLR_W - Training Convolutional Networks with Noisy Labels. "
        "[[Paper]](https://arxiv.org/abs/1406.2080)\n"
        "* 2014 - A Comprehensive Introduction to Label Noise. [[Paper]](https://e.example/p)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.venue, e.year) for e in entries] == [
        ("Learning with Noisy Labels.", "NeurIPS", 2013),
        ("Training Convolutional Networks with Noisy Labels.", "ICLR Workshop", 2015),
        ("A Comprehensive Introduction to Label Noise.", None, 2014),
    ]


def test_a_quoted_title_then_venue_and_year_written_plainly() -> None:
    from awesome_ptm.parse import parse_text

    text = (
        "# ViT\n\n## Backbone\n\n"
        '* **ViT**: "An Image is Worth 16x16 Words: Transformers at Scale", ICLR, 2021 '
        "(*Google*). [[Paper](https://arxiv.org/abs/2010.11929)]\n"
        '* **X**: "A Survey of Visual Transformers for Things", Computational Visual Media, '
        "2022 (*Tsinghua*). [[Paper](https://a.example)]\n"
        '* **Y**: "Some Workshop Paper About Vision", WACVW, 2024 (*Uni*). '
        "[[Paper](https://b.example)]\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.venue, e.year, e.aliases) for e in entries] == [
        ("An Image is Worth 16x16 Words: Transformers at Scale", "ICLR", 2021, ["ViT"]),
        ("A Survey of Visual Transformers for Things", "Computational Visual Media", 2022, ["X"]),
        ("Some Workshop Paper About Vision", "WACV Workshop", 2024, ["Y"]),
    ]


def test_paper_items_with_markers_tags_bold_titles_and_venue_lines() -> None:
    from awesome_ptm.parse import parse_text

    text = (
        "# Papers\n\n## Faces\n\n"
        "* (SIGGRAPH 2023) [💬 3D] **DreamFace: Progressive Generation of Animatable 3D Faces**, "
        "Longwen Zhang et al. [[Paper](https://arxiv.org/abs/2304.03117)]\n"
        "* ⭐⭐(NeurIPS 2023) [💬 Evaluation] **Holistic Evaluation of Text-To-Image Models**, "
        "Tony Lee et al. [[Paper](https://arxiv.org/abs/2311.04287)]\n"
        "* **Teleoperation of Humanoid Robots: A Survey**, IEEE Transactions on Robotics, 2024\n"
        "- LLM.int8(): 8-bit Matrix Multiplication for Transformers at Scale <br> NeurIPS 2022 "
        "[[Paper]](https://arxiv.org/abs/2208.07339)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.venue, e.year, e.authors) for e in entries] == [
        (
            "DreamFace: Progressive Generation of Animatable 3D Faces",
            "SIGGRAPH",
            2023,
            ["Longwen Zhang"],
        ),
        ("Holistic Evaluation of Text-To-Image Models", "NeurIPS", 2023, ["Tony Lee"]),
        # (the journal by its short name, as venues.yaml writes it)
        ("Teleoperation of Humanoid Robots: A Survey", "T-RO", 2024, []),
        ("LLM.int8(): 8-bit Matrix Multiplication for Transformers at Scale", "NeurIPS", 2022, []),
    ]


def test_a_quoted_title_then_bracketed_date_and_venue() -> None:
    from awesome_ptm.parse import parse_text

    text = (
        "# Code LLMs\n\n## Surveys\n\n"
        '1. "Large Language Models Meet NL2Code: A Survey" [2022-12] [ACL 2023] '
        "[[paper](https://arxiv.org/abs/2212.09420)]\n"
        '2. **PaLM**: "PaLM: Scaling Language Modeling with Pathways" [2022-04] [JMLR] '
        "[[paper](https://arxiv.org/abs/2204.02311)]\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.venue, e.year, e.date) for e in entries] == [
        ("Large Language Models Meet NL2Code: A Survey", "ACL", 2023, "2022-12"),
        ("PaLM: Scaling Language Modeling with Pathways", "JMLR", 2022, "2022-04"),
    ]


def test_names_first_then_a_bold_title() -> None:
    from awesome_ptm.parse import parse_text

    text = (
        "# Grounding\n\n## Methods\n\n"
        "1. Hu, Ronghang, et al. **Natural language object retrieval.** Proceedings of the IEEE "
        "Conference on Computer Vision and Pattern Recognition. 2016. *Method name: SCRC* "
        "[[Paper]](https://arxiv.org/pdf/1511.04164.pdf)\n"
        "1. Fukui, Akira et al. **Multimodal Compact Bilinear Pooling for Visual Grounding.** "
        "EMNLP (2016). [[Paper]](https://arxiv.org/pdf/1606.01847.pdf)"
        "[[Code]](https://github.com/akirafukui/vqa-mcb)\n"
        "1. A quick note. **Read this first please** before anything else.\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.venue, e.year, len(e.links)) for e in entries[:2]] == [
        ("Natural language object retrieval", "CVPR", 2016, 1),
        ("Multimodal Compact Bilinear Pooling for Visual Grounding", "EMNLP", 2016, 2),
    ]
    assert all(e.title != "Read this first please" for e in entries)


def test_a_names_first_reference_gives_the_venue_sentence_after_its_title() -> None:
    """The sentence after a Scholar-style reference's bold title names the venue: an arXiv
    preprint (its identifier no part of the name), a journal no alias knows (as written),
    and a year that closes a publisher's sentence (``Springer, Cham, 2016``)."""
    from awesome_ptm.parse import parse_text

    text = (
        "# Grounding\n\n"
        "1. Conser, Erik, et al. **Revisiting Visual Grounding.** arXiv preprint "
        "arXiv:1904.02225 (2019). [[Paper]](https://arxiv.org/pdf/1904.02225.pdf)\n"
        "1. Zhang, Wei, et al. **So-slam: Semantic object slam.** Journal of Field "
        "Robotics. Vol. 7. 2022. [[Paper]](https://example.org/so-slam)\n"
        "1. Yu, Licheng, et al. **Modeling context in referring expressions.** Springer, "
        "Cham, 2016. [[Paper]](https://arxiv.org/pdf/1608.00272.pdf)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.venue, e.year) for e in entries] == [
        ("arXiv", 2019),
        ("Journal of Field Robotics", 2022),
        (None, 2016),
    ]


def test_a_sub_item_of_names_and_an_emphasised_venue_cites_its_paper() -> None:
    """``- Title.`` / ``[[pdf]](url)`` / ``  - Names. *ICML 2019*``: the sub-item names the
    authors (BibTeX's ``Last, First and Last, First`` too) and the venue; a names line that
    runs into the venue is not cut short of its last name."""
    from awesome_ptm.parse import parse_text

    text = (
        "# SSL\n\n#### 2019\n"
        "-   A Theoretical Analysis of Contrastive Unsupervised Representation Learning.\n"
        "    [[pdf]](https://arxiv.org/pdf/1902.09229.pdf)\n"
        "    -   Sanjeev Arora, Hrishikesh Khandeparkar, and Nikunj Saunshi. *ICML 2019*\n\n"
        "- Learning Representations for Automatic Colorization.\n"
        "  [[pdf]](http://arxiv.org/pdf/1603.06668.pdf)\n"
        "  - Larsson, Gustav and Maire, Michael and Shakhnarovich, Gregory. *ECCV 2016*\n\n"
        "- Contrastive Representation Learning: A Framework and Review\n"
        "  [[pdf]](https://arxiv.org/abs/2010.05113)\n"
        "  - Phuc H. Le-Khac, Graham Healy, Alan F. Smeaton. *IEEE Access 2020*\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.venue, e.year, e.authors) for e in entries] == [
        ("ICML", 2019, ["Sanjeev Arora", "Hrishikesh Khandeparkar", "Nikunj Saunshi"]),
        ("ECCV", 2016, ["Larsson, Gustav", "Maire, Michael", "Shakhnarovich, Gregory"]),
        ("IEEE Access", 2020, ["Phuc H. Le-Khac", "Graham Healy", "Alan F. Smeaton"]),
    ]


def test_a_linked_title_whose_links_are_parted_by_bars_is_no_row_of_cells() -> None:
    """``[Title](url), Names et al., ECCV 2020 | [github](url) | [bibtex](url)``: the bars
    only part the links; the linked title, its authors and venue read as usual."""
    from awesome_ptm.parse import parse_text

    text = (
        "# NeRF\n\n"
        "- [NeRF: Representing Scenes as Neural Radiance Fields for View Synthesis]"
        "(https://www.matthewtancik.com/nerf), Mildenhall et al., ECCV 2020 | "
        "[github](https://github.com/bmild/nerf)  | [bibtex](./NeRF-and-Beyond.bib#L168-L173)\n"
        "- [DONeRF: Towards Real-Time Rendering of Compact Neural Radiance Fields]"
        "(https://depthoraclenerf.github.io/), Neff et al., CGF 2021 | "
        "[bibtex](./citations/donerf.txt)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.venue, e.year, len(e.links)) for e in entries] == [
        ("NeRF: Representing Scenes as Neural Radiance Fields for View Synthesis", "ECCV", 2020, 3),
        ("DONeRF: Towards Real-Time Rendering of Compact Neural Radiance Fields", "CGF", 2021, 2),
    ]


def test_a_sub_item_citing_its_paper_with_the_year_after_the_venue() -> None:
    """``  - Names. *Venue*, 2022.``, ``  - One Name. *Ph.D. Dissertation at …*, 2023.`` and
    ``  - Names. arXiv, 2020.`` (plain, a venue an alias knows) under a paper's title."""
    from awesome_ptm.parse import parse_text

    text = (
        "# Backdoor\n\n## Survey\n"
        "- Backdoor Learning: A Survey.\n"
        "  [[pdf]](https://example.org/survey)\n"
        "  - Yiming Li, Yong Jiang, and Shu-Tao Xia. *IEEE Transactions on Neural Networks "
        "and Learning Systems*, 2022.\n\n"
        "- Poisoning-based Backdoor Attacks in Computer Vision.\n"
        "  [[pdf]](https://example.org/thesis)\n"
        "  - Yiming Li. *Ph.D. Dissertation at Tsinghua University*, 2023.\n\n"
        "- Augmentation Backdoors.\n"
        "  [[pdf]](https://arxiv.org/pdf/2209.15139.pdf)\n"
        "  - Joseph Rance, Yiren Zhao, and Robert Mullins. arXiv, 2022.\n\n"
        "- A Paper Noted Plainly.\n"
        "  [[pdf]](https://example.org/plain)\n"
        "  - Some words about it. Nothing else, 2022.\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.venue, e.year, e.authors) for e in entries] == [
        ("TNNLS", 2022, ["Yiming Li", "Yong Jiang", "Shu-Tao Xia"]),
        ("Ph.D. Dissertation at Tsinghua University", 2023, ["Yiming Li"]),
        ("arXiv", 2022, ["Joseph Rance", "Yiren Zhao", "Robert Mullins"]),
        (None, None, []),
    ]


def test_a_bracketed_day_date_opens_a_bold_title() -> None:
    """``[2025/06/10] **Title** | [[paper]](url) | [code]``: the date (its day too) is the
    entry's, not part of its title."""
    from awesome_ptm.parse import parse_text

    text = (
        "# Agents\n\n"
        "- [2025/06/10] **Measuring Data Science Automation: A Survey of Evaluation Tools** | "
        "[[paper]](https://arxiv.org/abs/2506.08800) | [code]\n"
    )
    (entry,) = parse_text(text, "x.md").entries
    assert (entry.title, entry.year, entry.date) == (
        "Measuring Data Science Automation: A Survey of Evaluation Tools",
        2025,
        "2025-06-10",
    )


def test_a_workshop_held_at_a_venue_keeps_its_name() -> None:
    """``C3NLP@EACL 2023``, ``Building Trust Workshop @ ICLR 2025``, a badge
    ``ENLSP_at_NIPS2023``: a workshop at the venue, kept as written with the venue's name;
    ``Presented at ICLR 2020`` is the main venue (no workshop's name before "at")."""
    from awesome_ptm.parse import parse_text

    text = (
        "# Eval\n\n"
        "1. Assessing Cross-Cultural Alignment between ChatGPT and Human Societies. "
        "_Yong Cao et al._ C3NLP@EACL 2023. [[paper](https://arxiv.org/abs/2303.17466)]\n"
        "- An Empirical Study on Prompt Compression <br> Building Trust Workshop @ ICLR 2025 "
        "[[Paper]](https://arxiv.org/abs/2505.00019)\n"
        "- **SPEED: Speculative Pipelined Execution for Efficient Decoding**  \n"
        "  *Coleman Hooper, Sehoon Kim*. [[pdf](https://arxiv.org/pdf/2310.12072.pdf)], 2023.10. "
        "![](https://img.shields.io/badge/ENLSP_at_NIPS2023-orange)\n"
        "- A Paper Presented Somewhere Good. Presented at ICLR 2020 "
        "[[Paper]](https://example.org/p)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.venue, e.year) for e in entries] == [
        ("C3NLP@EACL", 2023),
        ("Building Trust Workshop @ ICLR", 2025),
        ("ENLSP at NeurIPS", 2023),
        ("ICLR", 2020),
    ]


def test_a_bracketed_venue_link_names_a_venue_no_alias_knows() -> None:
    """``[[ICCV workshop 2019](url)]`` (a known venue and its qualifier) and ``[[Frontiers in
    Bioengineering and Biotechnology 2019](url)]`` (a journal as written) give the venue and
    year; ``[Docs 2020](url)`` beside a tool, unbracketed, is no venue."""
    from awesome_ptm.parse import parse_text

    text = (
        "# DG\n\n"
        "- Hallucinating Agnostic Images to Generalize Across Domains "
        "[[ICCV workshop 2019](https://arxiv.org/pdf/1808.01102)] [[Code](https://github.com/x/y)]\n"
        "- Staining Invariant Features for Improving Generalization "
        "[[Frontiers in Bioengineering and Biotechnology 2019](https://example.org/f)] [26]\n"
        "- [Tool](https://example.org/t) [Docs 2020](https://example.org/d)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.venue, e.year) for e in entries] == [
        ("ICCV Workshop", 2019),
        ("Frontiers in Bioengineering and Biotechnology", 2019),
        (None, None),
    ]


def test_a_journal_after_a_numbered_bold_title() -> None:
    """``N. **Title.** ACM Comput. Surv. 2021 [paper](url)``, ``Proc. IEEE 2013``: the
    journal and its year; ``**CPM-2**. Cost-Effective …, 2021.`` keeps only its year."""
    from awesome_ptm.parse import parse_text

    text = (
        "# Surveys\n\n"
        "2. **A Survey of Fake News: Fundamental Theories.** ACM Comput. Surv. 2021 "
        "[paper](https://arxiv.org/abs/1812.00315) [bib](/bib/a.md)\n"
        "3. **POMDP-Based Statistical Spoken Dialog Systems: A Review.** Proc. IEEE 2013 "
        "[paper](https://ieeexplore.ieee.org/document/6407655/)\n"
        "4. **A Paper Set in Its Own Words.** Now Foundations and Trends 2019 "
        "[paper](https://example.org/now)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.venue, e.year) for e in entries] == [
        ("ACM Computing Surveys", 2021),
        ("Proc. IEEE", 2013),
        ("Now Foundations and Trends", 2019),
    ]


def test_venue_links_with_dates_presentations_and_bracketed_years() -> None:
    """Venue links after a title: ``[[arXiv on 24 May 2019]](url)``, ``[[CVPR2020
    Oral]](url)``, ``[[Pattern Recognition(2018)]](url)`` and ``[[TPAMI]](url)`` (a known
    venue alone, in brackets); and ``"Title". NeurIPS(2017)`` in running text."""
    from awesome_ptm.parse import parse_text

    text = (
        "# DA\n\n"
        "- Virtual Mixup Training for Unsupervised Domain Adaptation "
        "[[arXiv on 24 May 2019]](https://arxiv.org/abs/1905.04215)\n"
        "- Structurally Regularized Deep Clustering [[CVPR2020 Oral]](http://arxiv.org/abs/2003.08607)\n"
        "- Adaptive Batch Normalization for practical domain adaptation "
        "[[Pattern Recognition(2018)]](https://example.org/pr)\n"
        "- Transferable Representation Learning [[TPAMI]](https://example.org/tpami)\n"
        '* **Transformer**: "Attention is All you Need". NeurIPS(2017) '
        "[[paper]](https://papers.nips.cc/paper/7181)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.venue, e.year) for e in entries] == [
        ("arXiv", 2019),
        ("CVPR", 2020),
        ("Pattern Recognition", 2018),
        ("TPAMI", None),
        ("NeurIPS", 2017),
    ]


def test_a_quoted_title_followed_by_its_venue() -> None:
    """``**PersonaChat**: "Personalizing Dialogue Agents: I have a dog, do you have pets
    too?" ACL(2018)``: the venue right after the closing quote ends a whole quoted title;
    ``"Why Should I Trust You?": Explaining …`` still quotes only part of its title."""
    from awesome_ptm.parse import parse_text

    text = (
        "# Dialogue\n\n"
        '* **PersonaChat**: "Personalizing Dialogue Agents: I have a dog, do you have pets too?" '
        "ACL(2018) [[paper]](https://aclanthology.org/P18-1205)\n"
        '* **LIME**: "Why Should I Trust You?": Explaining the Predictions of Any Classifier '
        "[[paper]](https://arxiv.org/abs/1602.04938)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert (entries[0].title, entries[0].venue, entries[0].year) == (
        "Personalizing Dialogue Agents: I have a dog, do you have pets too?",
        "ACL",
        2018,
    )
    assert entries[1].title != "Why Should I Trust You?"


def test_names_first_then_the_title_in_italics_quotes_or_a_link() -> None:
    """``Names, *Title*, Venue Year [[Paper](url)]``, ``Names, "Title", Venue Year.`` and
    ``Names, [Title](url), Nature 2015``: the names are the authors, the set-off title the
    title (a nickname in quotes, ``Jan "Honza" Cernocky``, is no title). A comma-separated
    run of words that are no names before a link stays the title."""
    from awesome_ptm.parse import parse_text

    text = (
        "# RNN\n\n"
        "* Jiwei Li, Minh-Thang Luong, and Dan Jurafsky, *A Hierarchical Neural Autoencoder "
        "for Paragraphs and Documents*, ACL 2015 [[Paper](http://arxiv.org/pdf/1506.01057)]\n"
        '* Tomas Mikolov, Lukas Burget, Jan "Honza" Cernocky, *Recurrent Neural Network '
        "based Language Model*, Interspeech 2010 [[Paper](http://example.org/is10.pdf)]\n"
        '* Lingpeng Kong, Chris Dyer, Noah Smith, "Segmental Recurrent Neural Networks", '
        "ICLR 2016. [[Paper](http://arxiv.org/pdf/1511.06018v2.pdf)]\n"
        "* Yann LeCun, Yoshua Bengio, and Geoffrey Hinton, [Deep Learning]"
        "(http://www.nature.com/nature14539.pdf), Nature 2015\n"
        "* Machine Learning, Deep Learning, [Some Tool](http://example.org/tool) - a tool\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.venue, e.year) for e in entries] == [
        ("A Hierarchical Neural Autoencoder for Paragraphs and Documents", "ACL", 2015),
        ("Recurrent Neural Network based Language Model", "Interspeech", 2010),
        ("Segmental Recurrent Neural Networks", "ICLR", 2016),
        ("Deep Learning", "Nature", 2015),
        ("Machine Learning, Deep Learning", None, None),
    ]
    assert entries[0].authors == ["Jiwei Li", "Minh-Thang Luong", "Dan Jurafsky"]
    assert entries[1].authors == ["Tomas Mikolov", "Lukas Burget", "Jan Cernocky"]
    assert entries[3].authors == ["Yann LeCun", "Yoshua Bengio", "Geoffrey Hinton"]
    assert entries[4].authors == []


def test_a_short_name_over_the_one_citation_of_its_paper() -> None:
    """``* GFRNN [[Paper](url)]`` over ``  * Names, *Title*, ICML 2015``: one entry, the
    cited title its title and the short name an alias; under a link titled by its own page
    (``* [BRISK](homepage)``) the name stays the title and the citation gives names and
    venue. The citation as written stays a note either way."""
    from awesome_ptm.parse import parse_text

    text = (
        "# Variants\n\n"
        "* GFRNN [[Paper-arXiv](http://arxiv.org/pdf/1502.02367)]\n"
        "  * Junyoung Chung, Caglar Gulcehre, Kyunghyun Cho, Yoshua Bengio, *Gated Feedback "
        "Recurrent Neural Networks*, arXiv:1502.02367 / ICML 2015\n"
        "* [BRISK](http://www.asl.ethz.ch/BRISK)\n"
        '  * Stefan Leutenegger, Margarita Chli and Roland Siegwart, "BRISK: Binary Robust '
        'Invariant Scalable Keypoints", ICCV 2011\n'
        "* Grid LSTM [[Paper](http://arxiv.org/pdf/1507.01526)]\n"
        "  * A note on how the grid is laid out\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.venue, e.year, e.aliases) for e in entries] == [
        ("Gated Feedback Recurrent Neural Networks", "ICML", 2015, ["GFRNN"]),
        ("BRISK", "ICCV", 2011, []),
        ("Grid LSTM", None, None, []),
    ]
    assert entries[1].authors == ["Stefan Leutenegger", "Margarita Chli", "Roland Siegwart"]
    assert entries[0].notes and "Gated Feedback" in entries[0].notes[-1]
    assert entries[2].notes == ["A note on how the grid is laid out"]


def test_a_title_then_in_an_italic_venue_and_its_year() -> None:
    """``Title, in *ICML* 2024, [\\[paper\\]](url)``: the venue in italics after "in" (a
    journal no alias knows kept as written, its full stop too), the year after it; the
    title keeps its question mark. ``written in *Rust* for speed`` is a sentence, and an
    unknown italic name with no year (``in *More than Top 100* section``) no venue."""
    from awesome_ptm.parse import parse_text

    text = (
        "# TS\n\n"
        "* Position Paper: What Can LLMs Tell Us about Time Series Analysis, in *ICML* 2024, "
        "[\\[paper\\]](https://arxiv.org/abs/2402.02713)\n"
        "* A large language model for electronic health records, in *NPJ Digit. Med.* 2022, "
        "[\\[paper\\]](https://www.nature.com/articles/s41746)\n"
        "* When do Contrastive Learning Signals help Forecasting? in *SIGSPATIAL* 2023. "
        "[\\[paper\\]](https://arxiv.org/pdf/2108.11873.pdf)\n"
        "* A tool written in *Rust* for speed [site](http://example.org/rust)\n"
        "* Other papers are listed in *More than Top 100* [here](http://example.org/more)\n"
        "* TaxiBJ [\\link\\]](https://github.com/TolicWang/DeepST)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.venue, e.year) for e in entries] == [
        ("Position Paper: What Can LLMs Tell Us about Time Series Analysis", "ICML", 2024),
        ("A large language model for electronic health records", "NPJ Digit. Med.", 2022),
        ("When do Contrastive Learning Signals help Forecasting?", "SIGSPATIAL", 2023),
        ("A tool written in Rust for speed", None, None),
        ("Other papers are listed in More than Top 100", None, None),
        ("TaxiBJ", None, None),
    ]


def test_a_reference_written_as_text_names_first_then_a_colon_or_a_full_stop() -> None:
    """``Avrim Blum and Tom Mitchell: Title, 1998.``, ``Kevin Knight, Graehl Jonathan.
    Machine Transliteration. Computational Linguistics, 1992.``, ``Names et al.: Title. Machine
    Learning, 1999.`` and ``Names et al.: [Title](url), ACL 2020.``: names, title, venue and
    year apart. ``Stable Bias: Evaluating …`` is a title with its subtitle (one first and last
    name alone before a colon is no author), and ``Fernando C. Pereira`` ends no sentence."""
    from awesome_ptm.parse import parse_text

    text = (
        "# ML\n\n"
        "* Avrim Blum and Tom Mitchell: Combining Labeled and Unlabeled Data with Co-Training, "
        "1998.\n"
        "* Kevin Knight, Graehl Jonathan. Machine Transliteration. Computational Linguistics, "
        "1992.\n"
        "* Kamal Nigam, et al.: Text Classification from Labeled and Unlabeled Documents using "
        "EM. Machine Learning, 1999.\n"
        "* Marco Tulio Ribeiro et al.: [Beyond Accuracy: Behavioral Testing of NLP Models with "
        "CheckList](https://www.aclweb.org/anthology/2020.acl-main.442/), ACL 2020.\n"
        "* Stable Bias: Evaluating Societal Representations in Diffusion Models, 2023.\n"
        "* John Lafferty, Fernando C. Pereira. Conditional Random Fields for Labeling Sequence "
        "Data, ICML 2001.\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.venue, e.year, e.authors) for e in entries] == [
        (
            "Combining Labeled and Unlabeled Data with Co-Training",
            None,
            1998,
            ["Avrim Blum", "Tom Mitchell"],
        ),
        ("Machine Transliteration", "CL", 1992, ["Kevin Knight", "Graehl Jonathan"]),
        (
            "Text Classification from Labeled and Unlabeled Documents using EM",
            "Machine Learning",
            1999,
            ["Kamal Nigam"],
        ),
        (
            "Beyond Accuracy: Behavioral Testing of NLP Models with CheckList",
            "ACL",
            2020,
            ["Marco Tulio Ribeiro"],
        ),
        # (the year closing it is its year, as ``, 1998.`` closes the first)
        ("Stable Bias: Evaluating Societal Representations in Diffusion Models", None, 2023, []),
        (
            "Conditional Random Fields for Labeling Sequence Data",
            "ICML",
            2001,
            ["John Lafferty", "Fernando C. Pereira"],
        ),
    ]


def test_the_parts_of_one_work_linked_one_by_one_are_no_titles() -> None:
    """``图像检索的十年[上](url)、[下](url)``: the links name the parts, the text the work."""
    from awesome_ptm.parse import parse_text

    text = (
        "# CV\n\n"
        "* 图像检索的十年[上](https://mp.weixin.qq.com/s/a)、[下](https://mp.weixin.qq.com/s/b)\n"
        "* [上海交通大学课程](https://example.org/sjtu)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, len(e.links)) for e in entries] == [
        ("图像检索的十年", 2),
        ("上海交通大学课程", 1),
    ]


def test_a_comma_byline_closing_a_text_title() -> None:
    """``Talk on …, by Heiga Zen, 2017``: names after ", by" close the title, the year
    after them is the year; ``Fusion by Channel Exchanging`` (no comma) and ``A talk, by the
    way, about things`` (more text after) stay titles."""
    from awesome_ptm.parse import parse_text

    text = (
        "# Talks\n\n"
        "- Talk on Generative Model-Based Text-to-Speech Synthesis, by Heiga Zen, 2017 "
        "https://youtu.be/nsrSrYtKkT8\n"
        "- Deep Multimodal Fusion by Channel Exchanging https://example.org/a\n"
        "- A talk, by the way, about things https://example.org/b\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.authors, e.year) for e in entries] == [
        ("Talk on Generative Model-Based Text-to-Speech Synthesis", ["Heiga Zen"], 2017),
        ("Deep Multimodal Fusion by Channel Exchanging", [], None),
        ("A talk, by the way, about things", [], None),
    ]


def test_a_named_bold_quoted_title_over_its_names_paragraph() -> None:
    """``1. Squad: **"Squad: 100, 000+ questions …".**`` then, as the item's second
    paragraph, ``*Pranav Rajpurkar et al.* EMNLP 2016. [[Paper](url)]``: the quoted title
    (the short name an alias), the names, venue and year below, the links; ``*Names.*
    [[abs]](url), 2023.5`` keeps its date."""
    from awesome_ptm.parse import parse_text

    text = (
        "# QA\n\n"
        '1. Squad: **"Squad: 100, 000+ questions for machine comprehension of text".** '
        "![](https://img.shields.io/badge/Dataset-blue)\n\n"
        "    *Pranav Rajpurkar et al.* EMNLP 2016. [[Paper](https://arxiv.org/pdf/1606.05250.pdf)]"
        " [[Source](https://huggingface.co/papers/1606.05250)]\n\n"
        "2. **Interactive Natural Language Processing**\n\n"
        "   *Zekun Wang, Ge Zhang, Jie Fu.* [[abs]](https://arxiv.org/abs/2305.13246), 2023.5\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.aliases, e.authors, e.venue, e.year) for e in entries] == [
        (
            "Squad: 100, 000+ questions for machine comprehension of text",
            ["Squad"],
            ["Pranav Rajpurkar"],
            "EMNLP",
            2016,
        ),
        (
            "Interactive Natural Language Processing",
            [],
            ["Zekun Wang", "Ge Zhang", "Jie Fu"],
            None,
            2023,
        ),
    ]
    assert len(entries[0].links) == 2
    assert entries[1].date == "2023-05"


def test_a_year_or_venue_written_before_a_linked_title() -> None:
    """``2022 [Title](url)``, ``2021 ICSAI [Title](url)``, ``IEEE TNNLS-22 [Title](url)``,
    ``20210625 ICML-21 [Title](url)``, ``2021 Domain generalization: IJCAI-21 [Title](url) |
    [知乎](url)``, ``描述：[Title](url)`` and ``ICLR'24-spotlight Title [[arxiv](url)]``:
    the link (or the text after the venue word) is the title, the prefix its year, venue,
    date or note. ``Postman:RESTful … 可替代工具：[Insomnia](url)`` keeps its name first."""
    from awesome_ptm.parse import parse_text

    text = (
        "# Surveys\n\n"
        "- 2022 [Transfer Learning for Future Wireless Networks](https://arxiv.org/abs/2102.07572)\n"
        "- 2021 ICSAI [A Survey of Transfer Learning in Health Monitoring](https://example.org/a)\n"
        "- IEEE TNNLS-22 [Towards Personalized Federated Learning](http://arxiv.org/abs/2103.00710)\n"
        "- 20210625 ICML-21 [f-Domain-Adversarial Learning](http://arxiv.org/abs/2106.11344)\n"
        "- 2021 Domain generalization: IJCAI-21 [Generalizing to Unseen Domains]"
        "(https://arxiv.org/abs/2103.03097) | [知乎文章](https://zhuanlan.zhihu.com/p/35474)\n"
        "- 用transfer learning进行sentiment classification的综述：[A Survey of Sentiment Analysis]"
        "(https://ieeexplore.ieee.org/abstract/document/8746210)\n"
        "- ICLR'24-spotlight Understanding and Mitigating the Label Noise "
        "[[arxiv](https://arxiv.org/abs/2309.17002)]\n"
        "- Postman:RESTful，api测试工具；可替代工具：[Insomnia](https://insomnia.rest/)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.venue, e.year) for e in entries[:7]] == [
        ("Transfer Learning for Future Wireless Networks", None, 2022),
        ("A Survey of Transfer Learning in Health Monitoring", "ICSAI", 2021),
        ("Towards Personalized Federated Learning", "TNNLS", 2022),
        ("f-Domain-Adversarial Learning", "ICML", 2021),
        ("Generalizing to Unseen Domains", "IJCAI", 2021),
        ("A Survey of Sentiment Analysis", None, None),
        ("Understanding and Mitigating the Label Noise", "ICLR", 2024),
    ]
    assert entries[3].date == "2021-06-25"
    assert entries[4].notes == ["Domain generalization"]
    assert entries[5].notes == ["用transfer learning进行sentiment classification的综述"]
    assert entries[7].title != "Insomnia"


def test_a_short_year_and_venue_dashed_before_a_text_title() -> None:
    """``19-ICCV-Title, [[pdf]](url)``, ``19-AAAI-oral-Title``, ``18-CVPR Trajnet Workshop
    -Title``, ``18-arXivComplex-YOLO: …`` (the acronym glued to the title), ``18-NeurlPS-``
    (a misspelt NeurIPS): the year and the venue, the title without them."""
    lines = [
        "19-ICCV-The Trajectron: Probabilistic Multi-Agent Trajectory Modeling",
        "19-AAAI-oral-TrafficPredict: Trajectory Prediction for Heterogeneous Traffic-Agents",
        "18-CVPR Trajnet Workshop -Convolutional Social Pooling for Vehicle Trajectory Prediction",
        "18-arXivComplex-YOLO: Real-time 3D Object Detection on Point Clouds",
        "18-NeurlPS-Learning to Decompose and Disentangle Representations",
        # near misses: no known venue after the year, or a workshop's name that goes on
        "21-22 Season Highlights of the League",
        "20-ICML Workshop on ML for Systems and more",
    ]
    entries = _items(lines, ", [[pdf]](https://arxiv.org/abs/1810.0{i})")
    got = [(e.title, e.venue, e.year) for e in entries]
    assert got == [
        ("The Trajectron: Probabilistic Multi-Agent Trajectory Modeling", "ICCV", 2019),
        ("TrafficPredict: Trajectory Prediction for Heterogeneous Traffic-Agents", "AAAI", 2019),
        (
            "Convolutional Social Pooling for Vehicle Trajectory Prediction",
            "CVPR Trajnet Workshop",
            2018,
        ),
        ("Complex-YOLO: Real-time 3D Object Detection on Point Clouds", "arXiv", 2018),
        ("Learning to Decompose and Disentangle Representations", "NeurIPS", 2018),
        ("21-22 Season Highlights of the League", None, None),
        ("20-ICML Workshop on ML for Systems and more", None, None),
    ]


def test_sentences_stating_venue_and_date_after_a_linked_title() -> None:
    """``[Title. ICLR 2020.](url)``, ``[Title. 2020-03](url)``, ``[(*) Title. CMU ECE.
    2020-04-07](url)``: the sentences after the title in the link's text state its venue,
    its date or who made it; the title is the first sentence (without the curator's
    ``(*)``). A sentence that states none of them keeps the whole text as the title."""
    texts = [
        "Federated Optimization: Beyond the Datacenter. NIPS 2016 workshop.",
        "Federated Residual Learning. 2020-03",
        "(*) FedMAX: Mitigating Activation Divergence. CMU ECE. 2020-04-07",
        "Adaptive Federated Optimization. ICLR 2021 (Under Review). 2020-02-29",
        # near misses: a second sentence that is no date or venue; an abbreviation
        "A fast tool. It does things well in 2020.",
        "Mr. Smith Goes to Washington",
    ]
    entries = _items([f"[{t}]" for t in texts], "(https://arxiv.org/pdf/2003.0{i}.pdf)")
    got = [(e.title, e.venue, e.year, e.date) for e in entries]
    assert got == [
        ("Federated Optimization: Beyond the Datacenter", "NeurIPS Workshop", 2016, None),
        ("Federated Residual Learning", None, 2020, "2020-03"),
        ("FedMAX: Mitigating Activation Divergence", None, 2020, "2020-04-07"),
        ("Adaptive Federated Optimization", "ICLR", 2021, "2020-02-29"),
        ("A fast tool. It does things well in 2020.", None, None, None),
        ("Mr. Smith Goes to Washington", None, None, None),
    ]


def test_a_bracketed_bold_name_then_an_italic_title() -> None:
    """``- **(SciBERT)** _SciBERT: A Pretrained Language Model…_ ```EMNLP 2019``` `` with its
    ``[[Paper](url)] [[GitHub](url)]`` on the next line: the italic text is the title, the
    bold name an alias, the brackets round the links no note. Italic names after the bold
    name stay its authors."""
    text = (
        "# Papers\n\n"
        "- **(SciBERT)** _SciBERT: A Pretrained Language Model for Scientific Text_ "
        "```EMNLP 2019```\n"
        "[[Paper](https://arxiv.org/abs/1903.10676)] [[GitHub](https://github.com/allenai/scibert)]\n\n"
        "- **(SciGPT2)** _Explaining Relationships between Scientific Documents_ ```ACL 2021```\n"
        "[[Paper](https://arxiv.org/abs/2002.00317)]\n\n"
        "- **(MiniLM)** _Wenhui Wang, Furu Wei, Li Dong_ ```NeurIPS 2020```\n"
        "[[Paper](https://arxiv.org/abs/2002.10957)]\n"
    )
    got = [
        (e.title, e.aliases, e.venue, e.year, e.authors, e.notes) for e in parse_text(text).entries
    ]
    assert got[:2] == [
        (
            "SciBERT: A Pretrained Language Model for Scientific Text",
            ["SciBERT"],
            "EMNLP",
            2019,
            [],
            [],
        ),
        ("Explaining Relationships between Scientific Documents", ["SciGPT2"], "ACL", 2021, [], []),
    ]
    assert (got[2][0].strip("()"), got[2][4]) == ("MiniLM", ["Wenhui Wang", "Furu Wei", "Li Dong"])


def test_a_detail_line_labelled_as_the_venue_gives_it() -> None:
    """``  - Publisher: ICML 2024`` under a paper's link gives its venue and year (the line
    stays a note); a publishing house, or a venue under another label, gives none."""
    paper = "- [Resisting Stochastic Risks in Diffusion Planners](https://proceedings.mlr.press/v235/a.html)\n"
    text = (
        "# Papers\n\n"
        f"{paper}  - Lang Feng, Pengjie Gu, Bo An\n  - Publisher: ICML 2024\n"
        "  - Key: diffusion planners, training-free\n\n"
        f"{paper.replace('/a.', '/b.')}  - Publisher: O'Reilly Media\n\n"
        f"{paper.replace('/a.', '/c.')}  - Key: ICML 2024 follow-up\n"
    )
    got = [(e.venue, e.year, "Publisher: ICML 2024" in e.notes) for e in parse_text(text).entries]
    assert got == [("ICML", 2024, True), (None, None, False), (None, None, False)]


def test_detail_lines_labelled_as_date_and_authors_give_them() -> None:
    """``  - Author(s): A, B`` and ``  - Date: 2026-08`` under a paper's link (from
    chrisliu298/awesome-llm-unlearning) give its names, year and month; a ``Venue:`` line
    with a year after them gives the venue; a placeholder (``-``) gives nothing, a date
    leaves the year the entry states as it is, and every line stays a note."""
    text = (
        "# Papers\n\n"
        "- [Beyond Binary Rewards: A Comparative Study](https://arxiv.org/abs/2607.27968)\n"
        "  - Author(s): Efstratios Zaradoukas, Davide Gabrielli, Bardh Prenkaj\n"
        "  - Date: 2026-07\n  - Venue: ECML-PKDD 2026\n  - Code: -\n"
        "- [A Model Merging Approach](https://arxiv.org/abs/2608.04548)\n"
        "  - Author(s): -\n  - Date: -\n  - Venue: -\n"
        "- [Unlearning Benchmarks (ICLR 2025)](https://arxiv.org/abs/2501.00001)\n"
        "  - Date: 2024-10\n"
    )
    got = [(e.year, e.date, e.venue, e.authors, len(e.notes)) for e in parse_text(text).entries]
    assert got == [
        (
            2026,
            "2026-07",
            "ECML-PKDD",
            ["Efstratios Zaradoukas", "Davide Gabrielli", "Bardh Prenkaj"],
            4,
        ),
        (None, None, None, [], 3),
        (2025, "2024-10", "ICLR", [], 1),
    ]


def test_a_bold_title_then_its_year_venue_and_names() -> None:
    """``- **Title** (2022), ICSE, Ezzini S,Abualhaija S.`` (from xinyi-hou/LLM4SE_SLR): the
    bracketed year, a venue (as written when unknown: ``RE``, ``ASE_J``) and the names, which
    may be written surname first and parted by semicolons; a description after the year
    (``(2021), a survey of the field``) gives no venue."""
    text = (
        "# Papers\n\n"
        "- **Automated Handling of Anaphoric Ambiguity in Requirements** (2022), ICSE, "
        "Ezzini S,Abualhaija S,Arora C.\n"
        "- **A Deep Context-wise Method for Coreference Detection** (2020), RE, Wang, Yawen; "
        "Shi, Lin; Li, Mingyang.\n"
        "- **ChatGPT: A Study on its Utility** (2023), arXiv, Sridhara, Giriprasad; G., Ranjani "
        "H.; Mazumdar, Sourav.\n"
        "- **Learning to Represent Programs** (2021), a survey of the field, and more.\n"
    )
    got = [(e.venue, e.year, e.authors) for e in parse_text(text).entries]
    assert got == [
        ("ICSE", 2022, ["Ezzini S", "Abualhaija S", "Arora C"]),
        ("RE", 2020, ["Wang, Yawen", "Shi, Lin", "Li, Mingyang"]),
        ("arXiv", 2023, ["Sridhara, Giriprasad", "G., Ranjani H.", "Mazumdar, Sourav"]),
        (None, 2021, []),
    ]


def test_an_emphasised_venue_then_its_year_after_a_bold_title() -> None:
    """``1. **Title**, *ACM Computing Surveys*, 2022. [paper](url)`` over an indented line
    of names (from jvpoulos/causal-ml): the emphasis names the venue when a year follows it
    and it reads as no names (a known venue, or ``*IEEE*``); the names line under the item
    gives the authors. ``*Liuyi Yao*, 2018`` is a name."""
    text = (
        "# Papers\n\n"
        "1. **A Unified Survey of Heterogeneous Treatment Effect Estimation**, *ACM Computing "
        "Surveys*, 2022. [paper](https://dl.acm.org/doi/abs/10.1145/3466818)\n\n"
        "    Weijia Zhang, Jiuyong Li, Lin Liu.\n\n"
        "1. **Toward Causal Representation Learning**, *IEEE*, 2021. "
        "[paper](https://ieeexplore.ieee.org/abstract/document/9363924)\n\n"
        "1. **Representation Learning for Treatment Effect Estimation**, *Liuyi Yao*, 2018. "
        "[paper](https://arxiv.org/abs/1)\n"
    )
    got = [(e.venue, e.year, e.authors) for e in parse_text(text).entries]
    assert got == [
        ("ACM Computing Surveys", 2022, ["Weijia Zhang", "Jiuyong Li", "Lin Liu"]),
        ("IEEE", 2021, []),
        (None, 2018, ["Liuyi Yao"]),
    ]


def test_apa_names_before_a_linked_title() -> None:
    """``Banville, H., Benchetrit, Y., & King, J. R. [**Title**](url) arXiv (2025)`` (from
    CYHSM/awesome-neuro-ai-papers) alone in a paragraph, and ``- Worsham, J., & Kalita, J.
    [Title](url) *Pattern Recognition Letters*, 2020.`` (from Manchery/awesome-multi-task-
    learning): the names as APA writes them (an ellipsis for names left out), the linked
    title, then the venue; the names are no title and the paragraph no prose."""
    text = (
        "# Papers\n\n"
        "Banville, H., Benchetrit, Y., d'Ascoli, S., ... & King, J. R. [**Scaling laws for "
        "decoding images from brain activity**](https://arxiv.org/abs/2501.15322) arXiv (2025)\n\n"
        "- Worsham, J., & Kalita, J.  [Multi-task learning for natural language processing in "
        "the 2020s](https://doi.org/10.1016/j.patrec.2020.05.031) *Pattern Recognition Letters*,"
        " 2020.\n"
    )
    got = [(e.title, e.venue, e.year, e.authors) for e in parse_text(text).entries]
    assert got == [
        (
            "Scaling laws for decoding images from brain activity",
            "arXiv",
            2025,
            ["Banville, H.", "Benchetrit, Y.", "d'Ascoli, S.", "King, J. R."],
        ),
        (
            "Multi-task learning for natural language processing in the 2020s",
            "Pattern Recognition Letters",
            2020,
            ["Worsham, J.", "Kalita, J."],
        ),
    ]


def test_a_title_over_its_gbt_citation_is_one_entry() -> None:
    """``1. Title`` over ``* Yan K, Tian Y, et al. Title[C]//Proceedings of … 2017.
    [[pdf]](url)`` (from knwng/awesome-vehicle-re-identification): the one nested item cites
    the title above it, so the two are one entry at the title's line, its names, venue and
    link the citation's; a GB/T container may name a publisher and its place (``Springer,
    Cham, 2016``). A title over an item that cites another work stays a group."""
    text = (
        "# Vehicle ReID\n\n### ECCV\n"
        "1. A Deep Learning-Based Approach to Progressive Vehicle Re-identification\n"
        "    * Liu X, Liu W, Mei T, et al. A deep learning-based approach to progressive vehicle "
        "re-identification[C]//European Conference on Computer Vision. Springer, Cham, 2016: "
        "869-884.[[paper]](https://link.springer.com/chapter/10.1007/978-3-319-46475-6_53)\n"
        "2. Datasets of the benchmark\n"
        "    * [VeRi-776](https://github.com/JDAI-CV/VeRi) - a vehicle dataset\n"
    )
    entries = parse_text(text).entries
    first = entries[0]
    assert (first.source.line, first.title, first.authors[:2], len(first.links)) == (
        4,
        "A Deep Learning-Based Approach to Progressive Vehicle Re-identification",
        ["Liu X", "Liu W"],
        1,
    )
    assert [e.title for e in entries[1:]] == ["VeRi-776"]
    from awesome_ptm.parse._cited_in import cited_container

    found = cited_container(
        "Title[C]//European Conference on Computer Vision. Springer, Cham, 2016: 1-2."
    )
    assert found is not None and (found.venue, found.year) == ("ECCV", 2016)


def test_names_then_an_unmarked_title() -> None:
    """``Kai Arulkumaran, Marc Peter Deisenroth, …, A Brief Survey of Deep Reinforcement
    Learning (IEEE Signal Processing Magazine 2017) [[Paper]](url)``: two or more names, a
    comma (or a colon, or a full stop after a word), then the title, not set off by bold,
    italics or quotes; a venue and date after a comma close it. One name, or a list of
    products, opens no citation."""
    lines = [
        "Leslie Pack Kaelbling, Michael L. Littman, Andrew W. Moore, Reinforcement Learning: "
        "A Survey (JAIR 1996)",
        "Richard Sutton and Andrew Barto, Reinforcement Learning: An Introduction",
        "Tom Schaul, John Quan, Ioannis Antonoglou, David Silver, Prioritized Experience "
        "Replay, ArXiv, 18 Nov 2015.",
        "Jiasen Lu, Dhruv Batra, Devi Parikh, Stefan Lee. ViLBERT: Pretraining Task-Agnostic "
        "Visiolinguistic Representations",
        # near misses
        "Marvin Minsky, Steps toward Artificial Intelligence",
        "Flask, Django and Pyramid, Three Web Frameworks Compared",
        # names that go on after a comma are no title
        "Yao-Hung Hubert Tsai, Shaojie Bai, Makoto Yamada, Louis-Philippe Morency, and Ruslan "
        "Salakhutdinov",
    ]
    entries = _items(lines, " [[Paper]](https://example.org/p{i}.pdf)")
    got = [(e.title, e.authors, e.venue, e.year) for e in entries]
    assert got[:-1] == [
        (
            "Reinforcement Learning: A Survey",
            ["Leslie Pack Kaelbling", "Michael L. Littman", "Andrew W. Moore"],
            "JAIR",
            1996,
        ),
        ("Reinforcement Learning: An Introduction", ["Richard Sutton", "Andrew Barto"], None, None),
        (
            "Prioritized Experience Replay",
            ["Tom Schaul", "John Quan", "Ioannis Antonoglou", "David Silver"],
            "arXiv",
            2015,
        ),
        (
            "ViLBERT: Pretraining Task-Agnostic Visiolinguistic Representations",
            ["Jiasen Lu", "Dhruv Batra", "Devi Parikh", "Stefan Lee"],
            None,
            None,
        ),
        ("Marvin Minsky, Steps toward Artificial Intelligence", [], None, None),
        ("Flask, Django and Pyramid, Three Web Frameworks Compared", [], None, None),
    ]
    assert not got[-1][0].startswith("Louis-Philippe")


def test_a_title_over_its_names_and_italic_venue() -> None:
    """``- GraphCL: Graph Contrastive Learning with Augmentations.`` over ``  - Y. You, T. Chen,
    and Y. Shen. *NIPS 2020*. [[pdf]](url) [[code]](url)``: one paper, not a group of one;
    a title over entries of its own still names a group."""
    text = (
        "# Papers\n\n"
        "- GraphCL: Graph Contrastive Learning with Augmentations.\n"
        "  - Y. You, T. Chen, and Y. Shen. *NIPS 2020*. [[pdf]](https://p.example/graphcl.pdf) "
        "[[code]](https://github.com/Shen-Lab/GraphCL)\n"
        "- Graph Toolkits\n"
        "  - [PyG](https://github.com/pyg-team/pytorch_geometric) - Graph learning library.\n"
        "  - [DGL](https://github.com/dmlc/dgl) - Deep Graph Library.\n"
    )
    got = [
        (e.title.rstrip("."), e.authors, e.venue, e.year, len(e.links), e.section)
        for e in parse_text(text).entries
    ]
    assert got == [
        (
            "GraphCL: Graph Contrastive Learning with Augmentations",
            ["Y. You", "T. Chen", "Y. Shen"],
            "NeurIPS",
            2020,
            2,
            ["Papers"],
        ),
        ("PyG", [], None, None, 1, ["Papers", "Graph Toolkits"]),
        ("DGL", [], None, None, 1, ["Papers", "Graph Toolkits"]),
    ]


def test_a_bold_title_over_linked_names_then_venue_and_links() -> None:
    """``**Title.**<br>`` / ``*[Minguk Kang](url), [Jun-Yan Zhu](url), Omer Tov.*<br>`` /
    ``CVPR 2023 (Highlight). [[PDF](url)]``: one paper; the linked names are its authors
    (their pages stay its links). Prose that mentions a link after a sentence stays prose."""
    text = (
        "# GAN Inversion\n\n## 2D GANs\n\n"
        "**Scaling up GANs for Text-to-Image Synthesis.**<br>\n"
        "*[Minguk Kang](https://mingukkang.github.io/), [Jun-Yan Zhu](https://jz.example/), "
        "Omer Tov.*<br>\n"
        "CVPR 2023 (Highlight). [[PDF](https://arxiv.org/abs/2303.05511)]\n\n"
        "This survey was written by many people; see [our page](https://s.example/) for more.\n"
    )
    doc = parse_text(text, "x.md")
    got = [(e.title, e.authors, e.venue, e.year, len(e.links)) for e in doc.entries]
    assert got == [
        (
            "Scaling up GANs for Text-to-Image Synthesis",
            ["Minguk Kang", "Jun-Yan Zhu", "Omer Tov"],
            "CVPR",
            2023,
            3,
        )
    ]
    assert [b.kind for b in doc.blocks] == ["prose"]


def test_a_month_and_year_in_brackets_before_a_bold_quoted_title() -> None:
    """``📖 [May 2024] **"Title."** *Names (Affil) et al.* NeurIPS 2024. [[paper](url)]``:
    the bracket is the date (no venue named May), the bold text the title, the italics the
    names, the venue after them the venue."""
    text = (
        '- 📖 [May 2024] **"Can Graph Learning Improve Planning in LLM-based Agents?"** '
        "*Xixi Wu (CUHK) and Yifei Shen (MSRA) et al.* NeurIPS 2024. "
        "[[paper](https://arxiv.org/abs/2405.19119)]\n"
        '- [Mar 2024] **"Agent-FLAN: Designing Data for Tuning Agents."** *Zehui Chen et al.* '
        "arXiv. [[paper](https://arxiv.org/abs/2403.12881)]\n"
    )
    got = [(e.title, e.venue, e.year, e.date, e.authors) for e in parse_text(text).entries]
    assert got == [
        (
            "Can Graph Learning Improve Planning in LLM-based Agents?",
            "NeurIPS",
            2024,
            "2024-05",
            ["Xixi Wu", "Yifei Shen"],
        ),
        ("Agent-FLAN: Designing Data for Tuning Agents", "arXiv", 2024, "2024-03", ["Zehui Chen"]),
    ]


def test_a_bold_date_or_status_in_brackets_after_a_title_is_no_alias() -> None:
    """``[**Title**](url) （**2024.07.03**）`` gives the date; ``（**New**）`` is a status;
    ``(**ELMo**)`` is the name the work is known by."""
    text = (
        "[**Motion meets Attention: Video Motion Prompts**](https://arxiv.org/abs/2407.03179) "
        "（**2024.07.03**）\n\n"
        "[**Dive into Claude Code**](https://huggingface.co/papers/2604.14228) （**New**）\n\n"
        "[Deep contextualized word representations](https://arxiv.org/abs/1802.05365) (**ELMo**)\n"
    )
    got = [(e.aliases, e.year, e.date) for e in parse_text(text).entries]
    assert got == [([], 2024, "2024-07-03"), ([], None, None), (["ELMo"], None, None)]


def test_by_then_emphasised_names_after_a_linked_title() -> None:
    """``[**Title**](url) , (2021) by *Mohamed Abdelsalam, … and Sarath Chandar* [[bib]](…)``:
    the emphasised names after "by" are the authors; italics after other words are not."""
    text = (
        "- [**IIRC: Incremental Implicitly-Refined Classification**](https://iirc.example/) , "
        "(2021) by *Mohamed Abdelsalam, Mojtaba Faramarzi and Sarath Chandar* "
        "[[bib]](bibtex.bib#L1-L7)\n"
        "- [**La-MAML: Look-ahead Meta Learning**](https://arxiv.org/abs/2007.13904) , (2020) "
        "see *Gunshi Gupta and Liam Paull* [[bib]](bibtex.bib#L8-L9)\n"
    )
    got = [(e.year, e.authors) for e in parse_text(text).entries]
    assert got == [
        (2021, ["Mohamed Abdelsalam", "Mojtaba Faramarzi", "Sarath Chandar"]),
        (2020, []),
    ]


@pytest.mark.parametrize(
    ("description", "authors", "venue", "year"),
    [
        (
            "Zheng Wang and Michael O'Boyle, Proceedings of the IEEE, 2018",
            ["Zheng Wang", "Michael O'Boyle"],
            "Proc. IEEE",
            2018,
        ),
        (
            "Rahim Mammadli, Ali Jannesari, Felix Wolf. LLVM HPC Workshop, 2020.",
            ["Rahim Mammadli", "Ali Jannesari", "Felix Wolf"],
            "LLVM HPC Workshop",
            2020,
        ),
        # one name alone reads like a description's capitalised phrase: left as it is
        ("Ari Rasch, TOPLAS 2024.", [], None, None),
        # names and a year, no venue (one name, written with initials, is a person's)
        ("Simon J. D. Prince 2012", ["Simon J. D. Prince"], None, 2012),
        ("Open Source Edition 2020", [], None, None),
        (
            "Amir H. Ashouri, John Cavazos. ACM Transactions on Architecture and Code "
            "Optimization (TACO) 2017.",
            ["Amir H. Ashouri", "John Cavazos"],
            "ACM Transactions on Architecture and Code Optimization (TACO)",
            2017,
        ),
        # near misses: a description, not a citation
        ("A fast stencil autotuner, written in Rust 2021.", [], None, None),
        ("32 C benchmarks with datasets and driver scripts.", [], None, None),
    ],
)
def test_a_description_that_cites_names_venue_and_year(
    description: str, authors: list[str], venue: str | None, year: int | None
) -> None:
    entry = _entry(f"- [Machine Learning in Compilers](https://x.example/p.pdf) - {description}")
    assert (entry.authors, entry.venue, entry.year) == (authors, venue, year)


def test_a_linked_book_title_in_title_marks_and_a_closing_shortcode() -> None:
    """``[《机器学习》 周志华](url)``: the book is the title, who wrote it a note; glued on,
    ``《几何原本》在线版`` ("the online edition") is one title; a shortcode closing the
    link's text (``…篇！:star:``) is an emoji, no part of the title."""
    text = (
        "- [《机器学习》 周志华](https://x.example/a.pdf)\n"
        "- [《几何原本》在线版](https://www.c82.net/euclid/)\n"
        "- [kaggle竞赛宝典第一章-竞赛框架篇！:star:](https://mp.weixin.qq.com/s/E)\n"
    )
    got = [(e.title, e.notes) for e in parse_text(text).entries]
    assert got == [
        ("机器学习", ["周志华"]),
        ("《几何原本》在线版", []),
        ("kaggle竞赛宝典第一章-竞赛框架篇！", []),
    ]


def test_a_numbered_name_in_title_marks_then_what_it_does() -> None:
    """``[129《YouTube Subtitle Downloader》下载Youtube视频的字幕](url)``: the item's number, the
    name, then a description (a note); ``[042 在Edge中安装Chrome扩展程序](url)``: the
    zero-padded number is no part of the title."""
    text = (
        "- [129《YouTube Subtitle Downloader》下载Youtube视频的字幕](https://z.example/129)\n"
        "- [042 在Edge中安装Chrome扩展程序](https://z.example/042)\n"
        "- [2048 Game Clone in Rust](https://z.example/2048)\n"
    )
    got = [(e.title, e.notes) for e in parse_text(text).entries]
    assert got == [
        ("YouTube Subtitle Downloader", ["下载Youtube视频的字幕"]),
        ("在Edge中安装Chrome扩展程序", []),
        ("2048 Game Clone in Rust", []),
    ]


def test_names_over_a_bracketed_link_then_a_date() -> None:
    """``1. **Title.** `preprint``` over ``*Shirui Pan, Linhao Luo* [[PDF](url)], 2023.6``:
    the italics are the authors (a bracket round the link states no venue)."""
    text = (
        "1. **Unifying Large Language Models and Knowledge Graphs: A Roadmap.** `preprint`\n\n"
        "    *Shirui Pan, Linhao Luo, Xindong Wu* [[PDF](https://arxiv.org/pdf/2306.08302.pdf)], "
        "2023.6\n"
    )
    (entry,) = parse_text(text).entries
    assert entry.authors == ["Shirui Pan", "Linhao Luo", "Xindong Wu"]
    assert entry.year == 2023


def test_a_venue_alone_in_a_code_span_after_a_bold_title() -> None:
    """``**Title.** `EMNLP23` ``, `` `preprint` ``, `` `Complex Networks 2024` ``: the span is the
    venue; a word and a year (`` `Google 2017` ``) or a topic stays a tag, a note (no year)."""
    text = (
        "1. **Evaluating Language Models on Graphs.** `preprint`\n"
        "2. **LLMs hallucinate graphs too.** `Complex Networks 2024`\n"
        "3. **ReasoningLM: Enabling Reasoning.** `EMNLP23`\n"
        "4. **A Tool Paper Title.** `Google 2017` `python`\n"
    )
    got = [(e.venue, e.year) for e in parse_text(text).entries]
    assert got == [("arXiv", None), ("Complex Networks", 2024), ("EMNLP", 2023), (None, None)]


def test_names_and_a_year_after_a_comma_closing_a_linked_title() -> None:
    """``[Title](url), A. Blum, T. Mitchell, 1998``, ``[Model Compression](url), Rich Caruana,
    2006``: the authors and the year; ``[Title](url), Information Sciences 2024`` is a
    journal and its year."""
    text = (
        "- [Combining labeled and unlabeled data](https://x.example/c.pdf), A. Blum, "
        "T. Mitchell, 1998\n"
        "- [Model Compression](https://x.example/m.pdf), Rich Caruana, 2006\n"
        "- [A Survey of Things](https://x.example/s.pdf), Information Sciences 2024\n"
    )
    got = [(e.authors, e.venue, e.year) for e in parse_text(text).entries]
    assert got == [
        (["A. Blum", "T. Mitchell"], None, 1998),
        (["Rich Caruana"], None, 2006),
        ([], "Information Sciences", 2024),
    ]


def test_a_bracketed_title_over_a_line_of_its_links() -> None:
    """``:heavy_check_mark: [Generative Adversarial Nets]`` then ``- [[Paper]](url)[[Code]](url)
    (NIPS 2014)``: one paper, its title in the brackets, its links and venue under it; on one
    line (``[Title] [[Paper]](url)(CVPR 2019)``) it is a paper too, not prose."""
    text = (
        "# GANs\n\n## First paper\n\n:heavy_check_mark: [Generative Adversarial Nets]\n"
        "- [[Paper]](https://arxiv.org/abs/1406.2661)[[Code]](https://github.com/g/adv)"
        "(NIPS 2014)\n\n"
        ":heavy_check_mark: [Deep Convolutional Generative Adversarial Networks] \n"
        "- [[Paper]](https://arxiv.org/abs/1511.06434)(Gan with convolutions)(ICLR 2015)\n\n"
        ":heavy_check_mark: [3d guided fine-grained face manipulation] "
        "[[Paper]](https://arxiv.org/abs/1902.08900)(CVPR 2019)\n"
    )
    got = [(e.title, e.venue, e.year, len(e.links)) for e in parse_text(text).entries]
    assert got == [
        ("Generative Adversarial Nets", "NeurIPS", 2014, 2),
        ("Deep Convolutional Generative Adversarial Networks", "ICLR", 2015, 1),
        ("3d guided fine-grained face manipulation", "CVPR", 2019, 1),
    ]


def test_a_date_closing_a_text_title_or_shown_by_its_link() -> None:
    """``Title [4 Jun 2024] [Repo](url)``: the date, no part of the title;
    ``Title [[4 Sep 2022]](url)``: the link shows the date."""
    text = (
        "- Demystifying the Compression of Mixture-of-Experts [4 Jun 2024] "
        "[Repo](https://github.com/o/r) [Paper](https://arxiv.org/abs/2406.02500)\n"
        "- A Review of Sparse Expert Models in Deep Learning "
        "[[4 Sep 2022]](https://arxiv.org/abs/2209.01667)\n"
    )
    got = [(e.title, e.year, e.date) for e in parse_text(text).entries]
    assert got == [
        ("Demystifying the Compression of Mixture-of-Experts", 2024, "2024-06-04"),
        ("A Review of Sparse Expert Models in Deep Learning", 2022, "2022-09-04"),
    ]


def test_names_then_a_space_and_full_stop_before_a_linked_title() -> None:
    """``- Seyyed Majid Valiollahzadeh, Abolghasem Sayadiyan, Mohammad Nazari .[Title](url)
    .[J] arXiv preprint``: the names are the authors, the link's text the title."""
    entry = _entry(
        "- Seyyed Majid Valiollahzadeh, Abolghasem Sayadiyan, Mohammad Nazari .[Face Detection "
        "Using Adaboosted SVM-Based Component Classifier](https://arxiv.org/pdf/0812.02575) "
        ".[J] arXiv preprint arXiv:0812.02575."
    )
    assert entry.title == "Face Detection Using Adaboosted SVM-Based Component Classifier"
    assert entry.authors == [
        "Seyyed Majid Valiollahzadeh",
        "Abolghasem Sayadiyan",
        "Mohammad Nazari",
    ]


# --- where a reference-style citation says the paper appeared (parse/_cited_in.py) ----------


@pytest.mark.parametrize(
    ("line", "title", "venue", "year", "authors"),
    [
        # GB/T 7714: names (surname first), the title's link, [C]// and the proceedings
        # (heldout47 face-recognition, lines 64 and 74)
        (
            "- Chen D, Ren S, Wei Y, et al. [Joint cascade face detection and alignment]"
            "(http://a.example/1)[C]//European Conference on Computer Vision. Springer, Cham, "
            "2014: 109-122.",
            "Joint cascade face detection and alignment",
            "ECCV",
            2014,
            ["Chen D", "Ren S", "Wei Y"],
        ),
        (
            "- Li H, Lin Z, Shen X, et al. [A convolutional neural network cascade for face "
            "detection](http://a.example/1)[C]//Proceedings of the IEEE Conference on Computer "
            "Vision and Pattern Recognition. 2015: 5325-5334.",
            "A convolutional neural network cascade for face detection",
            "CVPR",
            2015,
            ["Li H", "Lin Z", "Shen X"],
        ),
        # an unknown container is kept as written, with its year
        (
            "- Wang X, Li Y, et al. [Robust face alignment in the wild](http://a.example/1)"
            "[J]. Journal of Face Studies, 2019, 41(2): 1-10.",
            "Robust face alignment in the wild",
            "Journal of Face Studies",
            2019,
            ["Wang X", "Li Y"],
        ),
        # an arXiv preprint cited by its identifier: arXiv, and no year (the identifier's
        # digits are not a year the list writes)
        (
            "- Reza Azad, Fatemeh Davami .[A robust and adaptable method for face detection]"
            "(https://arxiv.org/pdf/1407.06318) .[J] arXiv preprint arXiv:1407.06318.",
            "A robust and adaptable method for face detection",
            "arXiv",
            None,
            ["Reza Azad", "Fatemeh Davami"],
        ),
        (
            "- [Focal loss for dense object detection](https://a.example/1), arXiv preprint "
            "arXiv:1708.02002.",
            "Focal loss for dense object detection",
            "arXiv",
            None,
            [],
        ),
    ],
)
def test_a_reference_style_citation_names_where_the_paper_appeared(
    line: str, title: str, venue: str, year: int | None, authors: list[str]
) -> None:
    entry = _entry(line)
    assert (entry.title, entry.venue, entry.year, entry.authors) == (title, venue, year, authors)


@pytest.mark.parametrize(
    "line",
    [
        # a bracketed letter that is no document type, and "arXiv" without an identifier
        "- [Face detection at scale](https://a.example/1) [B] a note. Springer, 2014.",
        "- [Face detection at scale](https://a.example/1) - an arXiv preprint is coming.",
        # the identifier alone is a paper's identity, not a citation of its container
        "- [Face detection at scale](https://a.example/1) see arXiv:1407.06318",
    ],
)
def test_near_misses_of_a_reference_style_citation_name_no_container(line: str) -> None:
    entry = _entry(line)
    assert (entry.venue, entry.year) == (None, None)


@pytest.mark.parametrize(
    ("line", "title", "authors", "venue", "year"),
    [
        # heldout54 nre-papers: names, the year, the bold title, then the proceedings
        (
            "1. Razvan C Bunescu and Raymond J Mooney. 2005. **A shortest path dependency "
            "kernel for relation extraction**. In Proceedings of EMNLP, pages 724–731. "
            "[[paper]](https://www.aclweb.org/anthology/H05-1091.pdf)",
            "A shortest path dependency kernel for relation extraction",
            ["Razvan C Bunescu", "Raymond J Mooney"],
            "EMNLP",
            2005,
        ),
        (
            "1. Shantanu Kumar. 2017. **A survey of deep learning methods for relation "
            "extraction**. [[paper]](https://arxiv.org/pdf/1705.03645.pdf)",
            "A survey of deep learning methods for relation extraction",
            ["Shantanu Kumar"],
            None,
            2017,
        ),
        (
            "1. Jun-Tae Kim and Dan I. Moldovan. 1995. **Acquisition of linguistic patterns "
            "for information extraction**. TKDE. [[paper]](https://ieeexplore.ieee.org/x/)",
            "Acquisition of linguistic patterns for information extraction",
            ["Jun-Tae Kim", "Dan I. Moldovan"],
            "TKDE",
            1995,
        ),
    ],
)
def test_names_a_year_then_a_bold_title(
    line: str, title: str, authors: list[str], venue: str | None, year: int
) -> None:
    entry = _entry(line)
    assert (entry.title, entry.authors, entry.venue, entry.year) == (title, authors, venue, year)


def test_a_year_after_a_topic_before_a_bold_title_is_no_citation() -> None:
    """``Deep Learning. 2017. **Title**``: a topic, not a name, before the year."""
    entry = _entry(
        "1. Deep Learning Overview. 2017. **A survey of methods for extraction**. "
        "[[paper]](https://a.example/1)"
    )
    assert entry.authors == []


@pytest.mark.parametrize(
    ("text", "venue", "year"),
    [
        # heldout59 genmusic-demos: ``(method; key)`` after the title
        ("(diffusion; yang25neurips): https://demo.example/", "NeurIPS", 2025),
        ("(transformer+diffusion; chen26arxiv)", "arXiv", 2026),
        ("(transformer; maman24)", None, 2024),
        ("(diffusion; nistal24neuripsworkshop)", "NeurIPS Workshop", 2024),
        ("(transformer; chacon16ismir-lbd)", "ISMIR LBD", 2016),
        ("(LM; he23aclf)", "Findings of ACL", 2023),
    ],
)
def test_a_citation_key_names_venue_and_year(text: str, venue: str | None, year: int) -> None:
    found = cited_key(text)
    assert found is not None and (found.venue, found.year) == (venue, year)


@pytest.mark.parametrize(
    "text",
    [
        "(top24)",  # no key after a semicolon
        "(model; llama31instruct)",  # a version, no venue any alias knows
        "(x; zhang2)",  # a key cut short
        "(diffusion; foo24bar)",
    ],
)
def test_no_citation_key(text: str) -> None:
    assert cited_key(text) is None


def test_a_dated_prefix_after_a_mark_dates_the_linked_title() -> None:
    """heldout58 ai-papers-dated: ``* ⭐ 01/2023: [Title](url)``: the year and month;
    ``* 🏆 2020: [Title](url)``: the year."""
    entries = _items(
        [
            "⭐ 01/2023: [Muse: Text-To-Image Generation via Masked Transformers (Muse)]",
            "🏆 2020: [Language Models are Few-Shot Learners (GPT-3)]",
        ],
        "(https://a.example/{i})",
    )
    assert [(e.title, e.year, e.date) for e in entries] == [
        ("Muse: Text-To-Image Generation via Masked Transformers (Muse)", 2023, "2023-01"),
        ("Language Models are Few-Shot Learners (GPT-3)", 2020, None),
    ]


def test_a_reference_opening_with_bibtex_names() -> None:
    """``[1] Yang, Jianchao and Wright, John and Ma, Yi, Title, IEEE trans. image processing
    2010. [[paper]](url)``: the names written surname first and joined by "and" (a surname
    of two words too), then the title, then the venue and year (no comma between them)."""
    text = (
        "# SR\n\n### Sparsity-based methods\n"
        "[1] Yang, Jianchao and Wright, John and Ma, Yi, Image super-resolution via sparse "
        "representation, IEEE trans. image processing 2010. [[paper]](http://ieeexplore.ieee"
        ".org/document/5466111/) [[Code]](http://www.ifp.illinois.edu/~jyang29/)\n\n"
        "[2] Timofte, Radu and De Smet, Vincent and Van Gool, Luc, Anchored neighborhood "
        "regression for fast example-based super-resolution, ICCV, 2013. "
        "[[Paper]](http://www.vision.ee.ethz.ch/a.pdf)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.authors, e.venue, e.year) for e in entries] == [
        (
            "Image super-resolution via sparse representation",
            ["Yang, Jianchao", "Wright, John", "Ma, Yi"],
            "IEEE trans. image processing",
            2010,
        ),
        (
            "Anchored neighborhood regression for fast example-based super-resolution",
            ["Timofte, Radu", "De Smet, Vincent", "Van Gool, Luc"],
            "ICCV",
            2013,
        ),
    ]


def test_a_bracket_of_names_then_a_venue_after_a_linked_title() -> None:
    """abbottyanginchina/Awesome-Federated-Unlearning: ``+ [Title](url) (Fei Wang et al.,
    IEEE Network 2023) [:book:](./citations/x.txt)``: the bracket cites the paper, its names,
    then its venue (kept as written when no alias knows it, ``Asia CCS`` is AsiaCCS, not
    CCS), and leaves no note behind."""
    entries = _items(
        [
            "[Federated Unlearning and Its Privacy Threats](https://ieeexplore.ieee.org/a/1)"
            " (Fei Wang et al., IEEE Network 2023) ",
            "[FedME2: Memory Evaluation](https://ieeexplore.ieee.org/a/2) (Hui Xia et al., "
            "JSAC, 2023) ",
            "[BFU: Bayesian Federated Unlearning](https://dl.acm.org/doi/pdf/10.1145/3579856)"
            " (Weiqi Wang et al., Asia CCS 2023) ",
            "[Unlearning Backdoor Attacks](https://openreview.net/pdf?id=U) (Chen Wu et al., "
            "ICLRW 2023) ",
        ],
        "[:book:](./citations/c{i}.txt)",
    )
    assert [(e.authors, e.venue, e.year, e.notes) for e in entries] == [
        (["Fei Wang"], "IEEE Network", 2023, []),
        (["Hui Xia"], "JSAC", 2023, []),
        (["Weiqi Wang"], "AsiaCCS", 2023, []),
        (["Chen Wu"], "ICLR Workshop", 2023, []),
    ]


def test_a_sub_item_of_names_venue_and_date_under_a_linked_paper() -> None:
    """linhlpv/awesome-offline-to-online-RL-papers: ``- [Title](url)`` over ``    - Names.
    Venue Year. MM/YYYY.``: the authors, the venue (dated by the month when it states no
    year, a track after the year kept: ``AAMAS 2025 Extended Abstract``) and the date; a
    remark after them stays a note."""
    text = (
        "# Papers\n\n## 2025\n\n"
        "- [Decision MetaMamba: Enhancing Selective SSM](https://arxiv.org/abs/2408.10517)\n"
        "    - Wall Kim, Chaeyoung Song, Hanul Kim. arXiv 2026. 2/2026.\n\n"
        "- [AWAC: Accelerating Online RL with Offline Datasets](https://arxiv.org/abs/2006.09359)"
        " [page](https://awacrl.github.io/)\n"
        "    - Ashvin Nair, Abhishek Gupta, Murtaza Dalal, Sergey Levine. arXiv. 06/2020.\n\n"
        "- [Addressing Distribution Shift](https://offline-rl-neurips.github.io/pdf/13.pdf)\n"
        "    - Seunghyun Lee, Younggyo Seo, Kimin Lee. Offline RL workshop. 12/2020.\n\n"
        "- [Adaptive Offline Data Replay](https://openreview.net/forum?id=wWI1RYngAA)\n"
        "    - Xu Liu, Tong Yu, Shuai Li. AAMAS 2025 Extended Abstract.\n\n"
        "- [OLLIE: Imitation Learning](https://arxiv.org/abs/2405.17477)\n"
        "    - Sheng Yue, Xingyuan Hua, Ju Ren. ICML 2024. Imitation Learning.\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.authors[:2], e.venue, e.year, e.date, e.notes) for e in entries] == [
        (["Wall Kim", "Chaeyoung Song"], "arXiv", 2026, "2026-02", []),
        (["Ashvin Nair", "Abhishek Gupta"], "arXiv", 2020, "2020-06", []),
        (["Seunghyun Lee", "Younggyo Seo"], "Offline RL workshop", 2020, "2020-12", []),
        (["Xu Liu", "Tong Yu"], "AAMAS Extended Abstract", 2025, None, []),
        (["Sheng Yue", "Xingyuan Hua"], "ICML", 2024, None, ["Imitation Learning"]),
    ]


def test_a_glued_venue_and_short_year_closing_a_link_title() -> None:
    """HqWu-HITCS/Awesome-Keyphrase-Prediction: ``- [Deep Keyphrase Generation (ACL17)](url)``,
    ``[…SentenceEmbeddings(CoNLL18)](url)``, ``(Arxiv20)``, ``(NIPS22)``: a known venue and
    a two-digit year glued in the bracket closing the title; ``(v2)`` is no venue."""
    entries = _items(
        [
            "[Deep Keyphrase Generation (ACL17)](https://aclanthology.org/P17-1054)",
            "[Simple Unsupervised Keyphrase Extraction using SentenceEmbeddings(CoNLL18)]"
            "(https://aclanthology.org/K18-1022)",
            "[Joint Keyphrase Chunking and SalienceRanking with BERT (Arxiv20)]"
            "(https://arxiv.org/abs/2004.13639)",
            "[A new dataset for multilingual keyphrase generation (NIPS22)](https://x.org/a)",
            "[Some Tool (v2)](https://x.org/b)",
        ],
        "",
    )
    assert [(e.title, e.venue, e.year) for e in entries] == [
        ("Deep Keyphrase Generation", "ACL", 2017),
        ("Simple Unsupervised Keyphrase Extraction using SentenceEmbeddings", "CoNLL", 2018),
        ("Joint Keyphrase Chunking and SalienceRanking with BERT", "arXiv", 2020),
        ("A new dataset for multilingual keyphrase generation", "NeurIPS", 2022),
        ("Some Tool (v2)", None, None),
    ]


def test_papers_nested_under_a_paper_with_venue_and_year_sentences() -> None:
    """yuto3o/RPR-KnowledgeGraphReason: ``- **[TransE]** Title. NeurIPS. 2013. [[paper]](url)``
    with ``  - **[TransH]** Title. AAAI. 2014. [[paper]](url)`` nested under it: the bold
    short name, then the title, the venue and the year as sentences (``ICLR.2018`` glued);
    each nested paper (its own title, venue, year and link) is an entry of its own."""
    text = (
        "# KG\n\n### 2.1. Translation-based\n"
        "- **[TransE]**  Translating embeddings for modeling multi-relational data. NeurIPS. "
        "2013. [[paper]](http://papers.nips.cc/paper/5071)\n"
        "  - **[TransH]** Knowledge graph embedding by translating on hyperplanes. AAAI. 2014. "
        "[[paper]](http://www.aaai.org/ocs/index.php/AAAI/AAAI14/paper/view/8531)\n"
        "  - **[TransD]** Knowledge Graph Embedding via Dynamic Mapping Matrix. ACL. 2015. "
        "[[paper]](https://doi.org/10.3115/v1/p15-1067)\n"
        "- **[RotatE]** RotatE: Knowledge Graph Embedding by Relational Rotation in Complex "
        "Space. ICLR.2018. [[paper]](https://openreview.net/forum?id=HkgEQnRqYQ)\n"
        "  - [[code]](https://github.com/x/rotate)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.source.line, e.title, e.venue, e.year, len(e.links)) for e in entries] == [
        (4, "Translating embeddings for modeling multi-relational data", "NeurIPS", 2013, 1),
        (5, "Knowledge graph embedding by translating on hyperplanes", "AAAI", 2014, 1),
        (6, "Knowledge Graph Embedding via Dynamic Mapping Matrix", "ACL", 2015, 1),
        (
            7,
            "RotatE: Knowledge Graph Embedding by Relational Rotation in Complex Space",
            "ICLR",
            2018,
            2,
        ),
    ]


def test_a_venue_marker_with_the_mark_after_its_short_year_then_name_colon_title() -> None:
    """wenhao728/awesome-diffusion-v2v: ``- (CVPR 24') **A Video is Worth 256 Bases**:
    Spatial-Temporal …, *Li et al.*``: the apostrophe after the year (``24'``, ``Preprint
    23'`` for arXiv); the bold name, a colon and the rest are one title, however many words
    the name has."""
    entries = _items(
        [
            "(CVPR 24') **A Video is Worth 256 Bases**: Spatial-Temporal Expectation-Maximization"
            " Inversion for Zero-Shot Video Editing, *Li et al.*",
            "(SIGGRAPH 23') **Rerender A Video**: Zero-Shot Text-Guided Video-to-Video "
            "Translation, *Yang et al.*",
            "(Preprint 23') **DiffSynth**: Latent In-Iteration Deflickering for Realistic Video "
            "Synthesis, *Duan et al.*",
        ],
        "",
    )
    assert [(e.title, e.venue, e.year, e.authors) for e in entries] == [
        (
            "A Video is Worth 256 Bases: Spatial-Temporal Expectation-Maximization Inversion "
            "for Zero-Shot Video Editing",
            "CVPR",
            2024,
            ["Li"],
        ),
        (
            "Rerender A Video: Zero-Shot Text-Guided Video-to-Video Translation",
            "SIGGRAPH",
            2023,
            ["Yang"],
        ),
        (
            "DiffSynth: Latent In-Iteration Deflickering for Realistic Video Synthesis",
            "arXiv",
            2023,
            ["Duan"],
        ),
    ]


def test_a_venue_stated_after_in_within_a_description() -> None:
    """acadTags/Awesome-medical-coding-NLP: ``-[Title](url) - a perspective paper …, in npj
    Digital Medicine, 2022``, ``… - in MLHC 2021 - [leaderboard](url)``, ``… In LOUHI 2019
    at EMNLP.``: the venue and year the description states after "in"; a journal whose name
    holds "in" (``Computers in Biology and Medicine, 2021``) and a date (``in December
    2019``) are not read so."""
    entries = _items(
        [
            "[Automated Clinical Coding](https://www.nature.com/articles/s41746) - a perspective "
            "paper about automated clinical coding, in npj Digital Medicine, 2022",
            "[Read, Attend, and Code](https://arxiv.org/abs/2107.10650) - Attention-based model"
            " - in MLHC 2021 - [leaderboard](https://paperswithcode.com/sota/x)",
            "[Ontological attention ensembles](https://www.aclweb.org/anthology/D19-6220/) - "
            "Multi-view convolution. In LOUHI 2019 at EMNLP. knowledge",
            "[Does the Magic of BERT Apply](https://www.researchgate.net/p/1) - Evaluation of "
            "BERT on code assignment. Computers in Biology and Medicine, 2021",
            "[A Tool](https://example.com/tool) - first released in December 2019",
        ],
        "",
    )
    assert [(e.venue, e.year) for e in entries] == [
        ("npj Digital Medicine", 2022),
        ("MLHC", 2021),
        ("LOUHI", 2019),
        (None, None),
        (None, 2019),  # (the date the note states: a year, no venue)
    ]


def test_a_bracketed_tag_before_a_linked_title_however_it_writes_the_year() -> None:
    """logpai/awesome-log-analysis: ``- [IPOM'03] [Title](url)``, ``- [ICSE-SEIP'19] …``,
    ``- [ICSE08] …``, ``- [IEEE Trustcom/BigDataSE/ISPA 2016] [Title](url)`` (a name no alias
    knows, kept as written), ``1. [**Book'12**] …`` and ``- [Ph.D. Dissertation 2008] …`` (a
    kind of work: the year, no venue)."""
    entries = _items(
        [
            "[IPOM'03] [A Data Clustering Algorithm for Mining Patterns](http://x.org/a)",
            "[ICSE-SEIP'19] [Tools and benchmarks for automated log parsing](https://x.org/b)",
            "[ICSE08] [An approach to detecting duplicate bug reports](https://x.org/c)",
            "[IEEE Trustcom/BigDataSE/ISPA 2016] [MLC: An Efficient Log Compression Method]"
            "(https://x.org/d)",
            "[**Book'12**] [Logging and Log Management](http://x.org/e)",
            "[Ph.D. Dissertation 2008] [Using semantic knowledge on log files](https://x.org/f)",
            "[Updated 2023] [A paper the list changed](https://x.org/g)",
        ],
        "",
    )
    assert [(e.title, e.venue, e.year) for e in entries] == [
        ("A Data Clustering Algorithm for Mining Patterns", "IPOM", 2003),
        ("Tools and benchmarks for automated log parsing", "ICSE-SEIP", 2019),
        ("An approach to detecting duplicate bug reports", "ICSE", 2008),
        ("MLC: An Efficient Log Compression Method", "IEEE Trustcom/BigDataSE/ISPA", 2016),
        ("Logging and Log Management", None, 2012),
        ("Using semantic knowledge on log files", None, 2008),
        ("A paper the list changed", None, None),  # (a word and a year: no venue's name)
    ]


def test_a_bold_short_name_a_comma_and_the_paper_title() -> None:
    """DravenALG/awesome-vla: ``- **VPP**, Video Prediction Policy: A Generalist Robot Policy
    … . [![arXiv](badge)](url)`` and ``- [⭐️] **RT-2**, RT-2: Vision-Language-Action Models
    …`` (the bracketed star marks the work): the title is the paper's, the bold its short
    name; a long bold title followed by names and a venue stays the title."""
    entries = _items(
        [
            "**VPP**, Video Prediction Policy: A Generalist Robot Policy with Predictive Visual "
            "Representations. [![arXiv](https://img.shields.io/badge/a.svg)]"
            "(https://arxiv.org/abs/2412.14803)",
            "[⭐️] **RT-2**, RT-2: Vision-Language-Action Models Transfer Web Knowledge to "
            "Robotic Control. [![arXiv](https://img.shields.io/badge/b.svg)]"
            "(https://arxiv.org/abs/2307.15818)",
            "**Scene reconstruction techniques for autonomous driving**, Zhu et al., Artificial "
            "Intelligence Review 2024 | [📄 Paper](https://link.springer.com/x.pdf)",
        ],
        "",
    )
    assert [(e.title, e.aliases[:1]) for e in entries] == [
        (
            "Video Prediction Policy: A Generalist Robot Policy with Predictive Visual "
            "Representations",
            ["VPP"],
        ),
        ("RT-2: Vision-Language-Action Models Transfer Web Knowledge to Robotic Control", ["RT-2"]),
        ("Scene reconstruction techniques for autonomous driving", []),
    ]


def test_names_cut_by_et_al_and_a_venue_on_the_line_under_a_linked_title() -> None:
    """3dlg-hcvc/tt3dstar: ``- [Title](url),\\`` then ``Chang et al., Arxiv 2015\\`` then a
    link: the names are the authors, the venue and year the entry's; a line of words that
    only mentions "et al." stays a note."""
    text = (
        "- [ShapeNet: An Information-Rich 3D Model Repository](https://arxiv.org/abs/1512.03012),\\\n"
        "Chang et al., Arxiv 2015\\\n"
        "[Website](https://shapenet.org/)\n"
        "- [Objaverse: A Universe of Annotated 3D Objects](https://arxiv.org/abs/2212.08051),\\\n"
        "Deitke et al., CVPR 2023\n"
        "- [A Paper Title About Shapes](https://arxiv.org/abs/2212.00001),\\\n"
        "as shown by Deitke et al., the best\n"
    )
    entries = parse_text(text).entries
    assert [(e.title, e.authors, e.venue, e.year) for e in entries] == [
        ("ShapeNet: An Information-Rich 3D Model Repository", ["Chang"], "arXiv", 2015),
        ("Objaverse: A Universe of Annotated 3D Objects", ["Deitke"], "CVPR", 2023),
        ("A Paper Title About Shapes", [], None, None),
    ]
    assert entries[0].links[-1].url == "https://shapenet.org/"
    assert entries[2].notes == ["as shown by Deitke et al., the best"]


def test_a_published_venue_wins_over_the_preprint_beside_it() -> None:
    """soraw-ai/Awesome-Text-to-Video-Generation: ``**ICCV'23(Oral)**, arXiv, 2022.12
    [[Paper](url)]`` under a bold title: the venue is ICCV 2023 (the preprint's date, a
    note, gives the entry its month); ``arXiv, 2023.12`` alone is the preprint's, with its
    date whole (not ``.12``); ``A, B, C, et al., Z``: "et al." is no author."""
    text = (
        "- **Scalable Diffusion Models with Transformers** <br>\n"
        "  Team: UC Berkeley, NYU. <br>\n"
        "  *William Peebles, Saining Xie* <br>\n"
        "  **ICCV'23(Oral)**, arXiv, 2022.12 [[Paper](https://arxiv.org/abs/2212.09748)] <br>\n"
        "- **LivePhoto: Real Image Animation with Text-guided Motion Control**  <br>\n"
        "  *Xi Chen, Zhiheng Liu, Mengting Chen, et al., Hengshuang Zhao* <br>\n"
        "  arXiv, 2023.12 [[Paper](https://arxiv.org/abs/2312.02928)] <br>\n"
    )
    first, second = parse_text(text).entries
    assert (first.venue, first.year, first.date) == ("ICCV", 2023, "2022-12")
    assert "(Oral), arXiv, 2022.12" in first.notes
    assert (second.venue, second.year, second.date) == ("arXiv", 2023, "2023-12")
    assert second.authors == ["Xi Chen", "Zhiheng Liu", "Mengting Chen", "Hengshuang Zhao"]
    assert not any(note.startswith(".") for note in first.notes + second.notes)


def test_tags_then_a_first_author_surname_first_then_the_linked_title() -> None:
    """JosieHong/awesome-mass-spectrometry-ml: ``- [NeurIPS 2022] [ComENet] Wang, Limei, et
    al. [Title](url) [\\[code\\]](url)``: the bracketed venue is the entry's, the short name
    an alias, ``Wang, Limei, et al.`` its first author (``Limei Wang``); ``de Cripan, et
    al.`` a surname alone; a tag that is neither a venue nor a short name is no reference."""
    entries = _items(
        [
            "[NeurIPS 2022] [ComENet] Wang, Limei, et al. [ComENet: Towards Complete and "
            "Efficient Message Passing for 3D Molecular Graphs](https://openreview.net/forum?id=m)"
            " [\\[code\\]](https://github.com/divelab/DIG)",
            "[bioRxiv 2024] Kretschmer, Fleming, et al. [Small molecule machine learning: All "
            "models are wrong](https://www.biorxiv.org/content/10.1101/2023.03.27.534311v2)",
            "de Cripan, et al. [Predicting the Predicted: A Comparison of Models](https://x.org/a)",
            "[see the survey of 2023 for more] Wang, Limei, et al. [A Title Of Five Words]"
            "(https://x.org/b)",
        ],
        "",
    )
    assert [(e.title, e.authors, e.venue, e.year) for e in entries[:3]] == [
        (
            "ComENet: Towards Complete and Efficient Message Passing for 3D Molecular Graphs",
            ["Limei Wang"],
            "NeurIPS",
            2022,
        ),
        (
            "Small molecule machine learning: All models are wrong",
            ["Fleming Kretschmer"],
            "bioRxiv",
            2024,
        ),
        ("Predicting the Predicted: A Comparison of Models", ["de Cripan"], None, None),
    ]
    assert entries[0].aliases == ["ComENet"]
    assert entries[0].links[1].url == "https://github.com/divelab/DIG"
    assert entries[3].authors != ["Limei Wang"]


def test_a_citation_count_in_brackets_after_a_venue_tag() -> None:
    """iOPENCap/awesome-remote-image-captioning: ``* [**TGRS 2024**] [1] [Title](url) *W.
    Zhang et al.*``: the tag states the venue and year, the bracketed number how often the
    paper is cited (a note), the link the title."""
    entries = _items(
        [
            "[**TGRS 2024**] [1] [EarthGPT: A Universal Multi-modal Large Language Model]"
            "(https://ieeexplore.ieee.org/document/10547418) *W. Zhang et al.*",
            "[**Remote sensing 2024**] [0] [RS-LLaVA: A Large Vision-Language Model]"
            "(https://doi.org/10.3390/rs16091477) *Yakoub Bazi et al.*",
        ],
        "",
    )
    assert [(e.title, e.venue, e.year, e.authors) for e in entries] == [
        ("EarthGPT: A Universal Multi-modal Large Language Model", "TGRS", 2024, ["W. Zhang"]),
        ("RS-LLaVA: A Large Vision-Language Model", "Remote Sensing", 2024, ["Yakoub Bazi"]),
    ]
    assert entries[0].notes == ["[1]"]


def test_a_venue_and_year_closing_the_names_after_by() -> None:
    """instadeepai/awesome-marl: ``[Title](url) by M. Wooldridge, S. Bussmann, and M.
    Klosterberg. PAAM, 1996.``: the names, then the venue (one no alias knows, as written)
    and the year; a sentence closed by a year names no venue."""
    entries = _items(
        [
            "[Production sequencing as negotiation](https://x.org/a) by M. Wooldridge, S. "
            "Bussmann, and M. Klosterberg. PAAM, 1996.",
            "[Bargaining and Markets](https://x.org/b) by Martin J. Osborne, Ariel Rubinstein. "
            "Academic Press, 1990.",
            "[A book](https://x.org/c) by Martin J. Osborne. It is a great read, 1990.",
        ],
        "",
    )
    assert [(e.authors[:1], e.venue, e.year) for e in entries] == [
        (["M. Wooldridge"], "PAAM", 1996),
        (["Martin J. Osborne"], "Academic Press", 1990),
        (["Martin J. Osborne"], None, None),
    ]


def test_a_paragraph_citing_a_paper_by_its_bold_title_without_links() -> None:
    """nuster1128/Awesome-Causal-Papers: ``**[Causal Inference] Title**. (2023-ICLR) Names.``
    then ``**TLDR**: …`` in one paragraph, no links at all: a paper (the venue and year the
    marker after the bold title states); a bold phrase opening a paragraph of prose that
    mentions a year further on is no paper."""
    text = (
        "### Causal Inference\n\n"
        "**[Causal Inference] Modeling the Data-Generating Process is Necessary for "
        "Out-of-Distribution Generalization**. (2023-ICLR) Jivat Neet Kaur, Emre Kiciman, "
        "Amit Sharma. \n**TLDR**: Use causal knowledge on data generation to solve OOD "
        "problem. \n\n"
        "**Causal Discovery from Temporal Data**. (2022-NIPS) Chang Gong, Di Yao.\n\n"
        "**Please note the following rules**: papers accepted at ICLR 2023 are added first.\n"
    )
    entries = parse_text(text).entries
    assert [(e.title, e.venue, e.year, e.authors[:1]) for e in entries] == [
        (
            "Modeling the Data-Generating Process is Necessary for Out-of-Distribution "
            "Generalization",
            "ICLR",
            2023,
            ["Jivat Neet Kaur"],
        ),
        ("Causal Discovery from Temporal Data", "NeurIPS", 2022, ["Chang Gong"]),
    ]


def test_a_venue_and_year_then_a_colon_before_a_text_title() -> None:
    """FelixDJC/Awesome-Graph-Anomaly-Detection: ``1. NeurIPS 2022: BOND: Benchmarking …
    [[Paper]](url) [[Code]](url)``, ``ACM MM 2023: Title``: the venue and year before the
    colon; ``Update 2023: we added …`` names no venue."""
    entries = _items(
        [
            "NeurIPS 2022: BOND: Benchmarking Unsupervised Outlier Node Detection "
            "[[Paper]](https://openreview.net/pdf?id=Y) [[Code]](https://github.com/p/p)",
            "ACM MM 2023: Normality Learning-based Graph Anomaly Detection "
            "[[Paper]](https://x.org/b)",
            "Update 2023: we added the following papers to the list [[Paper]](https://x.org/d)",
        ],
        "",
    )
    assert [(e.title, e.venue, e.year) for e in entries] == [
        ("BOND: Benchmarking Unsupervised Outlier Node Detection", "NeurIPS", 2022),
        ("Normality Learning-based Graph Anomaly Detection", "ACM MM", 2023),
        ("Update 2023: we added the following papers to the list", None, None),
    ]


def test_a_short_name_a_comma_then_the_title_and_its_venue_in_text() -> None:
    """godaai/llm-table-survey: ``* GPT-3, Language Models are Few-Shot Learners. NeurIPS
    20. \\[[Paper](url)\\]``: the short name an alias, the title, the venue and year; a title
    that opens with a word and a comma (``Track, Check, Repeat: …``) and a line of names
    keep their words."""
    entries = _items(
        [
            "GPT-3, Language Models are Few-Shot Learners. NeurIPS 20. \\[[Paper](https://x.org/a)\\]",
            "Chain-of-thought Prompting, Chain-of-thought prompting elicits reasoning in large "
            "language models. NeurIPS 22. \\[[Paper](https://x.org/b)\\]",
            "Track, Check, Repeat: An EM Approach to Unsupervised Tracking. CVPR 2021 "
            "[[paper](https://x.org/c)]",
        ],
        "",
    )
    # (the third title keeps the full stop before its venue: another reader's, not this one)
    assert [(e.title.rstrip("."), e.venue, e.year, e.aliases) for e in entries] == [
        ("Language Models are Few-Shot Learners", "NeurIPS", 2020, ["GPT-3"]),
        (
            "Chain-of-thought prompting elicits reasoning in large language models",
            "NeurIPS",
            2022,
            [],  # (the title opens with the name: no alias to add)
        ),
        ("Track, Check, Repeat: An EM Approach to Unsupervised Tracking", "CVPR", 2021, []),
    ]


def test_a_venue_and_two_digit_year_in_a_code_span_after_the_title() -> None:
    """InfiniteNonsenseFear/Awesome-Neuromorphic-Autonomous-Driving: ``* Title. `EAAI 24`
    [[Paper](url)]``, ``* Title. `Frontiers in Neurorobotics 25` …``: the code span names
    the venue (one no alias knows too, as written) and its year."""
    entries = _items(
        [
            "Spiking neural networks for autonomous driving: A review. `EAAI 24` "
            "[[Paper](https://doi.org/10.1016/j.engappai.2024.109415)]",
            "Editorial: Brain-inspired autonomous driving. `Frontiers in Neurorobotics 25` "
            "[[Paper](https://doi.org/10.3389/fnbot.2025.1543115)]",
            "Networks of spiking neurons: The third generation. `Neural Networks 97` "
            "[[Paper](https://x.org/nn)]",
        ],
        "",
    )
    assert [(e.title, e.venue, e.year) for e in entries] == [
        ("Spiking neural networks for autonomous driving: A review", "EAAI", 2024),
        ("Editorial: Brain-inspired autonomous driving", "Frontiers in Neurorobotics", 2025),
        ("Networks of spiking neurons: The third generation", "Neural Networks", 1997),
    ]


def test_a_date_then_a_venue_after_a_linked_title() -> None:
    """qyhou/curated-table-structure-recognition: ``- `TGRT` [Title](url), (HKUST, Pacific),
    2023-12, arXiv``, ``…, 2021-09, ICDAR-Workshop-2021``: the month is the entry's date, the
    venue its venue (its year the date's when it states none), who made it a note."""
    entries = _items(
        [
            "[A Review On Table Recognition Based On Deep Learning](https://arxiv.org/abs/2312"
            ".04808), (HKUST, Pacific), 2023-12, arXiv",
            "[Table Structure Recognition Using Graph Neural Networks](https://x.org/t), "
            "(Mastercard), 2021-09, ICDAR-Workshop-2021",
        ],
        "",
    )
    assert [(e.venue, e.year, e.date, e.notes) for e in entries] == [
        ("arXiv", 2023, "2023-12", ["(HKUST, Pacific)"]),
        ("ICDAR Workshop", 2021, "2021-09", ["(Mastercard)"]),
    ]


def test_a_bracketed_short_name_then_venue_and_title_cells_on_one_line() -> None:
    """JianhangYao/Awesome-Open-Vocabulary-Object-Detection: ``1. <span id = "1001">
    **[ViLD]**</span> | **ICLR'22** | Open-vocabulary Object Detection via … | [`[pdf]`](url)
    | [`[code]`](url)``: the long cell is the title, the short name an alias, the venue cell
    its venue (``ECCV'22 Oral``: how it was presented follows)."""
    entries = _items(
        [
            '<span id = "1001">**[ViLD]**</span> | **ICLR\'22** | Open-vocabulary Object '
            "Detection via Vision and Language Knowledge Distillation | "
            "[`[pdf]`](https://arxiv.org/pdf/2104.13921 ) | [`[code]`](https://github.com/t/v )",
            '<span id = "1006">**[OV-DETR]**</span> | **ECCV\'22 Oral** | Open-Vocabulary DETR '
            "with Conditional Matching | [`[pdf]`](https://arxiv.org/pdf/2203.11876 )",
        ],
        "",
    )
    assert [(e.title, e.aliases, e.venue, e.year) for e in entries] == [
        (
            "Open-vocabulary Object Detection via Vision and Language Knowledge Distillation",
            ["ViLD"],
            "ICLR",
            2022,
        ),
        ("Open-Vocabulary DETR with Conditional Matching", ["OV-DETR"], "ECCV", 2022),
    ]


def test_an_apa_reference_written_as_text_without_links() -> None:
    """juansgomez87/datasets_emotion: ``[2] Kim, Y. E., et al. (2010). Music Emotion
    Recognition: A state of the art review. Proceedings of … Conference (ISMIR), pp.
    255–266.`` (a paragraph) and ``[1] Balkwill, L. & Thompson, W. F. (1999). Title. Music
    Perception, 17(1), pp. 43-64.``: the title, the names, the year, the venue (a known one,
    else the journal before its volume); a sentence with a year in brackets is none."""
    text = (
        "#### Reviews on MER\n\n"
        "[2] Kim, Y. E., et al. (2010). Music Emotion Recognition: A state of the art review. "
        "Proceedings of the 11th International Society for Music Information Retrieval "
        "Conference (ISMIR), pp. 255–266. \n\n"
        "[1] Balkwill, L. & Thompson, W. F. (1999). A Cross-Cultural Investigation of the "
        "Perception of Emotion in Music. Music Perception, 17(1), pp. 43-64.\n\n"
        "We released the second version (2019). It is better in every way.\n"
    )
    entries = parse_text(text).entries
    assert [(e.title, e.authors, e.venue, e.year) for e in entries] == [
        ("Music Emotion Recognition: A state of the art review", ["Kim, Y. E."], "ISMIR", 2010),
        (
            "A Cross-Cultural Investigation of the Perception of Emotion in Music",
            ["Balkwill, L.", "Thompson, W. F."],
            "Music Perception",
            1999,
        ),
    ]


def test_a_bold_short_name_a_colon_a_quoted_title_and_its_citation() -> None:
    """EdisonNi-hku/Paper-Reading: ``* **GET**: "Evidence-aware Fake News Detection with Graph
    Neural Networks" (Xu et al., 2022 TheWebConf) [[PDF]](url)``, ``(Wadden et al., 2022
    NAACL.findings)``, ``(Wadden et al., 2022)``: the quoted title, the short name an alias,
    the first author, the year and the venue (a qualifier kept)."""
    entries = _items(
        [
            '**GET**: "Evidence-aware Fake News Detection with Graph Neural Networks" (Xu et '
            "al., 2022 TheWebConf) [[PDF]](https://arxiv.org/abs/2201.06885)",
            '**MultiVers**: "Improving scientific claim verification with weak supervision" '
            "(Wadden et al., 2022 NAACL.findings) [[PDF]](https://arxiv.org/pdf/2112.01640.pdf)"
            ": provided a nice summarization",
            '**SciFact-Open**: "Towards open-domain scientific claim verification" (Wadden et '
            "al., 2022) [[PDF]](https://arxiv.org/pdf/2210.13777.pdf)",
        ],
        "",
    )
    assert [(e.title, e.aliases, e.authors, e.venue, e.year) for e in entries] == [
        (
            "Evidence-aware Fake News Detection with Graph Neural Networks",
            ["GET"],
            ["Xu"],
            "WWW",
            2022,
        ),
        (
            "Improving scientific claim verification with weak supervision",
            ["MultiVers"],
            ["Wadden"],
            "Findings of NAACL",
            2022,
        ),
        (
            "Towards open-domain scientific claim verification",
            ["SciFact-Open"],
            ["Wadden"],
            None,
            2022,
        ),
    ]
    assert entries[1].notes == ["provided a nice summarization"]


def test_a_known_venue_and_a_month_in_the_bracket_closing_a_title() -> None:
    """dada-qin/Data-Centric_LLM_Studies: ``Title (Arxiv, Jan. 2020) [[Paper]](url)``,
    ``(ACL, May 2023)``, glued to the title too: the venue, its year and the month. A
    bracket with a year alone after the comma says no month and is left as it was."""
    doc = parse_text(
        "- Scaling Laws for Neural Language Models (Arxiv, Jan. 2020)"
        " [[Paper]](https://arxiv.org/abs/2001.08361)\n"
        "- Self-Instruct: Aligning Language Models (ACL, May 2023)"
        " [[Paper]](https://aclanthology.org/2023.acl-long.754/)\n"
        "- D4: Improving LLM Pretraining via Document De-Duplication(Arxiv, Aug. 2023)"
        " [[Paper]](https://arxiv.org/abs/2308.12284)\n"
    )
    assert [(e.title, e.venue, e.year, e.date) for e in doc.entries] == [
        ("Scaling Laws for Neural Language Models", "arXiv", 2020, "2020-01"),
        ("Self-Instruct: Aligning Language Models", "ACL", 2023, "2023-05"),
        ("D4: Improving LLM Pretraining via Document De-Duplication", "arXiv", 2023, "2023-08"),
    ]


def test_a_surname_and_et_al_before_the_title_and_its_year() -> None:
    """chenmengdx/awesome-data-synthesis-for-code-llm: ``- Gunasekar et al, Textbooks are
    all you need, 2023. [[pdf](url)]`` (a 🔥 before some): the first author, the title,
    the year."""
    doc = parse_text(
        "- Gunasekar et al, Textbooks are all you need, 2023."
        " [[pdf](https://www.microsoft.com/en-us/research/publication/textbooks/)]\n"
        "- 🔥 Hui et al, Qwen2.5-Coder Technical Report, 2024."
        " [[pdf](https://arxiv.org/abs/2409.12186)]\n"
    )
    assert [(e.title, e.authors, e.year) for e in doc.entries] == [
        ("Textbooks are all you need", ["Gunasekar"], 2023),
        ("Qwen2.5-Coder Technical Report", ["Hui"], 2024),
    ]


def test_a_numbered_reference_with_et_al_and_a_generic_link_is_a_paper() -> None:
    """scott89/awesome-depth: ``[1] Dijk et al, How do neural networks see depth in single
    images? [PDF](url)`` (a question, a title not in title case) is a paper, not prose that
    mentions a link."""
    doc = parse_text(
        "# Depth\n\n## 0. Survey\n"
        "[1] Dijk et al, How do neural networks see depth in single images?"
        " [PDF](https://arxiv.org/pdf/1905.07005.pdf)\n\n"
        "[2] Amlaan et al, Monocluar depth estimation: A survey,"
        " [PDF](https://arxiv.org/pdf/1901.09402.pdf)\n"
    )
    assert [(e.title, e.authors) for e in doc.entries] == [
        ("How do neural networks see depth in single images?", ["Dijk"]),
        ("Monocluar depth estimation: A survey", ["Amlaan"]),
    ]


def test_a_line_of_names_over_the_bold_or_quoted_title_and_its_venue() -> None:
    """xingchenzhang/RGB-T-fusion-tracking-papers-and-results: ``1. Xingchen Zhang, Ping Ye,
    Gang Xiao.`` then, on the next line, ``**Title**. **Information Fusion**, …,2020.
    [[paper][19]]`` or ``"Title". IET Image Processing, 2022.`` (no link): the names are the
    authors, the next line the paper."""
    doc = parse_text(
        "### Review\n"
        "1. Xingchen Zhang, Ping Ye, Henry Leung, Ke Gong, Gang Xiao.  \n"
        "\t  **Object Fusion Tracking Based on Visible and Infrared Images: A Comprehensive"
        " Review**. **Information Fusion**, vol.63, pp.166-187,2020.[[paper][19]]\n\n"
        "### 2022\n"
        "1. Xiaohu Liu, Yichuang Luo, Keding Yan.  \n"
        '"CMC2R: Cross-modal collaborative contextual representation for RGBT tracking".'
        " IET Image Processing, 2022.\n\n"
        "[19]: https://www.sciencedirect.com/science/article/abs/pii/S1566253520302657\n"
    )
    assert [(e.title, e.authors[:2], e.year) for e in doc.entries] == [
        (
            "Object Fusion Tracking Based on Visible and Infrared Images: A Comprehensive Review",
            ["Xingchen Zhang", "Ping Ye"],
            2020,
        ),
        (
            "CMC2R: Cross-modal collaborative contextual representation for RGBT tracking",
            ["Xiaohu Liu", "Yichuang Luo"],
            2022,
        ),
    ]


def test_names_and_links_set_off_as_a_quote_under_the_title() -> None:
    """BUAA-CI-LAB/Literatures-on-GNN-Acceleration writes each paper as ``* [**HPCA
    2024**] Title.`` over ``  >*Names, et al.* [[Paper]](url)``: the quote is the paper's
    own names and links, not a block of its own."""
    doc = parse_text(
        "## Hardware\n"
        "* [**HPCA 2024**] MEGA: A Memory-Efficient GNN Accelerator.\n"
        "  >*Zeyu Zhu, Fanrong Li, et al.* [[Paper]](https://arxiv.org/pdf/2311.09775.pdf)\n"
        "* [**HPCA 2022**] GCoD: Graph Convolutional Network Acceleration. \n"
        "  >*You H, Geng T, et al.* [[Paper]](https://arxiv.org/pdf/2112.11594)"
        " [[GitHub]](https://github.com/rice-eic/gcod)\n"
    )
    assert [(e.venue, e.year, e.authors, [link.url for link in e.links]) for e in doc.entries] == [
        ("HPCA", 2024, ["Zeyu Zhu", "Fanrong Li"], ["https://arxiv.org/pdf/2311.09775.pdf"]),
        (
            "HPCA",
            2022,
            ["You H", "Geng T"],
            ["https://arxiv.org/pdf/2112.11594", "https://github.com/rice-eic/gcod"],
        ),
    ]


def test_detail_lines_marked_by_icons_are_the_papers_fields() -> None:
    """xmindflow/Awesome-Implicit-Neural-Representations-in-Medical-imaging writes each paper
    as ``1. 📜 **Title**`` over ``- 🗓️ Publication Date: …``, ``- 📖 Proceedings: …``, ``-
    🧑‍🔬 Authors: …`` (a line longer than eighty characters), ``- 📄 [PDF](url)``: the icons
    mark the fields, the sub-items are one paper's details, not entries of their own."""
    doc = parse_text(
        "### Tomography and CT\n\n"
        "1. 📜 **IntraTomo: Self-supervised Learning-based Tomography via Sinogram Synthesis**\n"
        "   - 🗓️ Publication Date: 9th Feb. 2021\n"
        "   - 📖 Proceedings: IEEE/CVF International Conference on Computer Vision, 2021\n"
        "   - 🧑‍🔬 Authors: Guangming Zang, Ramzi Idoughi, Rui Li, Peter Wonka, Wolfgang"
        " Heidrich, Juan Eugenio Iglesias\n"
        "   - 📄 [PDF](https://neuralfields.cs.brown.edu/paper_243.html)\n"
        "   - 📌 Highlight: Uses coordinate-based neural representations.\n\n"
        "2. 📜 **Implicitatlas: learning deformable shape templates in medical imaging**\n"
        "     - 🗓️ Publication Date: CVPR, 2022\n"
        "     - 📄 [PDF](https://openaccess.thecvf.com/content/CVPR2022/html/x.html)\n"
        "     - 💻 [GitHub](https://github.com/M3DV/ImplicitAtlas)\n"
    )
    assert [(e.venue, e.year, e.date, len(e.authors), len(e.links)) for e in doc.entries] == [
        ("ICCV", 2021, "2021-02-09", 6, 1),
        ("CVPR", 2022, None, 0, 2),
    ]


def test_a_code_year_then_a_bracketed_venue_link_after_a_text_title() -> None:
    """JLZhong23/awesome-reward-models writes ``* Title `2017` [[NeurIPS](url)]``: the code
    span is the year, the bracketed link's text the venue; neither is part of the title."""
    doc = parse_text(
        "## Papers\n\n"
        "* Deep Reinforcement Learning from Human Preferences `2017`"
        " [[NeurIPS](https://proceedings.neurips.cc/paper_files/paper/2017/file/d5e2.pdf)]\n"
        "* Let’s Reinforce Step by Step `2023` [[arxiv](https://arxiv.org/pdf/2311.05821)]\n"
    )
    # (``[[arxiv](url)]`` names where the link leads, as most lists write it: no venue)
    assert [(e.title, e.venue, e.year) for e in doc.entries] == [
        ("Deep Reinforcement Learning from Human Preferences", "NeurIPS", 2017),
        ("Let’s Reinforce Step by Step", None, 2023),
    ]


def test_a_bold_short_name_in_round_brackets_and_a_dated_venue_link() -> None:
    """RyanLiu112/Awesome-Process-Reward-Models writes ``- (**CoLD**) CoLD: Title
    [[arXiv 2025.07](url)]``; SintonZZ/Awesome-AI-ISP ``- (**NAFNet**) Simple Baselines …``:
    the bracketed bold name is the work's short name (an alias), the link's text its venue
    with the year and month."""
    doc = parse_text(
        "## PRMs\n\n"
        "- (**CoLD**) CoLD: Counterfactually-Guided Length Debiasing for Process Reward Models"
        " [[arXiv 2025.07](https://arxiv.org/abs/2507.15698)]\n\n"
        "- (**Q-RM**) Discriminative Policy Optimization for Token-Level Reward Models"
        " [[ICML 2025](https://openreview.net/forum?id=aq3YxKPZBk)]"
        " [[arXiv 2025.05](https://arxiv.org/abs/2505.23363)]\n"
    )
    assert [(e.title, e.aliases, e.venue, e.year) for e in doc.entries] == [
        (
            "CoLD: Counterfactually-Guided Length Debiasing for Process Reward Models",
            ["CoLD"],
            "arXiv",
            2025,
        ),
        (
            "Discriminative Policy Optimization for Token-Level Reward Models",
            ["Q-RM"],
            "ICML",
            2025,
        ),
    ]


def test_a_venue_in_full_width_brackets_opens_a_paper() -> None:
    """openhuman-ai/awesome-gesture_generation opens its papers with ``【EUROGRAPHICS 2023】``,
    ``【ICMI 2021】 ``: the venue and year in full-width brackets, not part of the title."""
    doc = parse_text(
        "## Papers\n\n"
        "- 【EUROGRAPHICS 2023】A Comprehensive Review of Data-Driven Co-Speech Gesture"
        " Generation; [[paper]](<https://arxiv.org/abs/2301.05339>)\n"
        "- 【ICMI 2021】 Influence of Movement Energy and Affect Priming on the Perception of"
        " Virtual Characters [[paper]](<https://dl.acm.org/doi/abs/10.1145/3461615.3485409>)\n"
    )
    assert [(e.title.split(" of ")[0], e.year) for e in doc.entries] == [
        ("A Comprehensive Review", 2023),
        ("Influence", 2021),
    ]
    assert doc.entries[1].venue == "ICMI"


def test_a_reference_written_the_ieee_way() -> None:
    """Lihui-Chen/Awesome-Pansharpening cites its papers the IEEE way: the names, the title
    in curly quotes with its comma inside them, the journal in italics, volume, pages, the
    month and year, then the DOI as a link. A title quoted with a full stop inside (MLA's
    ``"Title." arXiv preprint arXiv:… (2018)``) is not read so."""
    doc = parse_text(
        "## Datasets\n\n"
        "1. X. Meng *et al.*, “A Large-Scale Benchmark Data Set for Evaluating Pansharpening"
        " Performance: Overview and Implementation,” *IEEE Geosci. Remote Sens. Mag.*, vol. 9,"
        " no. 1, pp. 18–52, Mar. 2021, doi:"
        " [10.1109/MGRS.2020.2976696](https://doi.org/10.1109/MGRS.2020.2976696).\n"
        "2. C. Thomas and L. Wald, “Comparing distances for quality assessment of fused"
        " images,” in *26th EARSeL Symposium*, Varsovie, Poland, May 2006, pp. 101–111.\n"
    )
    first, second = doc.entries
    assert (first.title, first.venue, first.year, first.date, first.authors) == (
        "A Large-Scale Benchmark Data Set for Evaluating Pansharpening Performance:"
        " Overview and Implementation",
        "IEEE Geosci. Remote Sens. Mag.",
        2021,
        "2021-03",
        ["X. Meng"],
    )
    assert [link.url for link in first.links] == ["https://doi.org/10.1109/MGRS.2020.2976696"]
    assert (second.title, second.venue, second.year, second.authors) == (
        "Comparing distances for quality assessment of fused images",
        "26th EARSeL Symposium",
        2006,
        ["C. Thomas", "L. Wald"],
    )


def test_a_paragraph_of_bold_named_papers_a_line_some_running_on_is_one_entry_each() -> None:
    """SpyderXu/multi-object-tracking-paper-list writes its papers as one paragraph, a line
    each (``<br>`` at most lines' end, none at some), each opening with the method's name
    in bold; one quoted title runs onto the next line. 44 of its 93 papers were read (22
    lines of one paragraph made one entry)."""
    text = (
        "# MOT\n\n### Online\n"
        '**Tracktor** Philipp Bergmann, Tim Meinhardt, Laura Leal-Taixe "Tracking without'
        ' bells and whistles" In Arxiv [[paper]](https://arxiv.org/pdf/1903.05625.pdf)'
        "[[code]](https://github.com/phil-bergmann/tracking_wo_bnw)<br>\n"
        '**DMAN** Zhu, Ji and Yang, Hua and Liu, Nian "Online Multi-Object Tracking with Dual'
        ' Matching Attention Networks" [[paper]](http://openaccess.thecvf.com/a.pdf)\n'
        '**MDP** : Yu Xiang, Alexandre Alahi, and Silvio Savarese "Learning to Track: Online'
        " Multi-Object Tracking by Decision Making\n"
        '" [[paper]](http://openaccess.thecvf.com/b.pdf) In ICCV 2015<br>\n'
        '**Sort** : Bewley, Alex and Ge, Zongyuan "Simple Online and Realtime Tracking"'
        "[[paper]](https://arxiv.org/abs/1602.00763) [[code]](https://github.com/abewley/sort)\n"
    )
    doc = parse_text(text, "x.md")
    assert [
        (e.source.line, e.source.end_line, e.title, e.aliases, len(e.links)) for e in doc.entries
    ] == [
        (4, 4, "Tracking without bells and whistles", ["Tracktor"], 2),
        (5, 5, "Online Multi-Object Tracking with Dual Matching Attention Networks", ["DMAN"], 1),
        (6, 7, "Learning to Track: Online Multi-Object Tracking by Decision Making", ["MDP"], 1),
        (8, 8, "Simple Online and Realtime Tracking", ["Sort"], 2),
    ]
    assert doc.entries[0].authors == ["Philipp Bergmann", "Tim Meinhardt", "Laura Leal-Taixe"]
    assert (doc.entries[2].venue, doc.entries[2].year) == ("ICCV", 2015)


def test_names_then_a_quoted_title_before_a_generic_link() -> None:
    """``P Emami,PM Pardalos,L Elefteriadou,S Ranka "Title" [[paper]](url)`` and
    datanada/Awesome-Korean-NLP's talks (``Lucy Park, "한국어와 NLTK, Gensim의 만남" (PyCon APAC
    2015)``): the quoted title is the title, the names its authors; a sentence quoting
    something is left alone."""
    doc = parse_text(
        "# L\n\n"
        '- P Emami,PM Pardalos,L Elefteriadou,S Ranka "Machine Learning Methods for Solving'
        ' Assignment Problems in Multi-Target Tracking" [[paper]](https://x.org/a)\n'
        '- Lucy Park, "한국어와 NLTK, Gensim의 만남" (PyCon APAC 2015) [[slides]](https://x.org/b)\n'
        '- We call this "the best of all the trackers ever" [[paper]](https://x.org/c)\n'
    )
    assert [(e.title, e.authors) for e in doc.entries] == [
        (
            "Machine Learning Methods for Solving Assignment Problems in Multi-Target Tracking",
            ["P Emami", "PM Pardalos", "L Elefteriadou", "S Ranka"],
        ),
        ("한국어와 NLTK, Gensim의 만남", ["Lucy Park"]),
        ('We call this "the best of all the trackers ever"', []),
    ]


def test_a_venue_closing_the_title_before_emphasised_names() -> None:
    """Xiefan-Guo/Awesome-Image-Inpainting: ``Title (ToG 2009). _Connelly Barnes, Eli
    Shechtman_ [[Paper]](url)``: the names end the title, and the venue in brackets before
    them is the paper's (it stayed in the title)."""
    doc = parse_text(
        "# I\n\n"
        "* PatchMatch: A Randomized Correspondence Algorithm for Structural Image Editing"
        " (ToG 2009). _Connelly Barnes, Eli Shechtman, Adam Finkelstein, Dan B Goldman_"
        " [[Paper]](https://gfx.cs.princeton.edu/a.pdf)\n"
        "* FiNet: Compatible and Diverse Fashion Image Inpainting (ICCV 2019 oral)."
        " _Xintong Han, Zuxuan Wu, Weilin Huang_ [[Paper]](https://x.org/b.pdf)\n"
    )
    assert [(e.title, e.venue, e.year, len(e.authors)) for e in doc.entries] == [
        (
            "PatchMatch: A Randomized Correspondence Algorithm for Structural Image Editing",
            "TOG",
            2009,
            4,
        ),
        ("FiNet: Compatible and Diverse Fashion Image Inpainting", "ICCV", 2019, 3),
    ]


def test_a_venue_and_year_naming_the_first_link_of_the_line_under_the_title() -> None:
    """justimyhxu/awesome-3D-generation: ``- Title <br>`` then ``  [ICML 2018](url) /
    [Code](url)``: the paper link's text is its venue and year (a line of links only)."""
    doc = parse_text(
        "# 3D\n\n"
        "- Learning Representations and Generative Models for 3D Point Clouds <br>\n"
        "  [ICML 2018](https://arxiv.org/abs/1707.02392) /"
        " [Code](https://github.com/optas/latent_3d_points)\n"
        "- Multiresolution Tree Networks for 3D Point Cloud Processing <br>\n"
        "  [ECCV 2018](https://x.org/a.pdf) / [Code](https://github.com/m/MRTNet) /"
        " [Project Page](http://mgadelha.me/mrt/)\n"
    )
    assert [(e.venue, e.year, len(e.links)) for e in doc.entries] == [
        ("ICML", 2018, 2),
        ("ECCV", 2018, 3),
    ]


def test_a_short_name_in_brackets_and_a_colon_before_the_title_is_its_alias() -> None:
    """eric-ai-lab/awesome-vision-language-navigation: ``- [R2R]: Vision-and-Language
    Navigation: Interpreting …  `` / ``CVPR 2018 [paper](url)``: R2R names the data set the
    paper made; a bracketed venue and year is left to the venue readers."""
    doc = parse_text(
        "# VLN\n\n"
        "- [R2R]: Vision-and-Language Navigation: Interpreting visually-grounded navigation"
        " instructions in real environments  \n"
        "  CVPR 2018 [paper](https://arxiv.org/abs/1711.07280)\n"
        "- [CVPR 2019]: Touchdown: Natural Language Navigation and Spatial Reasoning"
        " [paper](https://arxiv.org/abs/1811.12354)\n"
    )
    first, second = doc.entries
    assert (first.title, first.aliases, first.venue, first.year) == (
        "Vision-and-Language Navigation: Interpreting visually-grounded navigation"
        " instructions in real environments",
        ["R2R"],
        "CVPR",
        2018,
    )
    assert "R2R" not in second.aliases and "CVPR 2019" not in second.aliases


def test_a_venue_badge_beside_a_badge_of_the_year_alone() -> None:
    """Yorkson-huang/awesome-affective-computing: ``![TPAMI](…/badge/TPAMI-blue?style=flat)
    ![2022](…/badge/2022-lightgrey?style=flat) **Title** | [[Paper](url)]``: the venue and
    the year are two badges; a year badge beside no venue badge names no venue."""
    badge = "https://img.shields.io/badge"
    doc = parse_text(
        "# A\n\n"
        f"- ![TPAMI]({badge}/TPAMI-blue?style=flat) ![2022]({badge}/2022-lightgrey?style=flat)"
        " **Video-Based Facial Micro-Expression Analysis: A Survey of Datasets and Algorithms**"
        " | [[Paper](https://ieeexplore.ieee.org/document/9382112)]\n"
        f"- ![2023]({badge}/2023-lightgrey?style=flat) **Another Survey of Emotion Datasets**"
        " | [[Paper](https://x.org/b)]\n"
    )
    assert [(e.venue, e.year) for e in doc.entries] == [("TPAMI", 2022), (None, None)]


def test_short_bold_tags_opening_a_line_before_the_title() -> None:
    """hogyun2/awesome-lidar-place-recognition: ``**`Handcraft`** **`TRO`** BTC: A Binary
    and Triangle Combined Descriptor for 3D Place Recognition 🔥``: the method's kind and its
    venue in bold, then the title (the kind was taken for the title); the last tag is the
    venue as written when no alias knows it (``RAL/IROS``)."""
    doc = parse_text(
        "# L\n\n"
        "- **`Handcraft`** **`TRO`** BTC: A Binary and Triangle Combined Descriptor for 3D"
        " Place Recognition [pdf](https://x.org/a.pdf)\n"
        "- **`Learning`** **`RAL/IROS`** OverlapTransformer: An Efficient and Yaw-Angle-"
        "Invariant Transformer Network [pdf](https://x.org/b.pdf)\n"
    )
    assert [(e.title, e.venue) for e in doc.entries] == [
        ("BTC: A Binary and Triangle Combined Descriptor for 3D Place Recognition", "T-RO"),
        (
            "OverlapTransformer: An Efficient and Yaw-Angle-Invariant Transformer Network",
            "RAL/IROS",
        ),
    ]
    assert doc.entries[0].notes[:1] == ["Handcraft"]


def test_an_emphasised_title_then_its_authors_inside_one_link() -> None:
    """bystritskiy/awesome-ios-books writes each book ``[*Title* by Author, Author](url)``
    (a dash before the names in its Russian section, "by" twice or "By" by mistake): the
    emphasised words are the title, even when the title says "by" itself, and the rest
    names its authors. A link whose emphasised words are followed by no names (a version
    or a year) keeps its whole text."""
    text = (
        "## Books\n"
        "- [*Catalyst by Tutorials* By Marin Bencevic, Andy Pereira and Nick Bonatsakis]"
        "(https://www.raywenderlich.com/books/catalyst-by-tutorials/v2.0)\n"
        "- [*iOS 14 Programming for Beginners:* by by Ahmad Sahar]"
        "(https://www.amazon.com/dp/1800209746)\n"
        "- [*Swift in Depth* by Tjeerd in 't Veen](https://www.manning.com/books/swift-in-depth)\n"
        "- [*Swift подробно* - Инт Чейрд](https://www.ozon.ru/context/detail/id/159640468/)\n"
        "- [*Swift Programming* 3rd edition](https://example.org/swift-programming)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.authors) for e in entries] == [
        ("Catalyst by Tutorials", ["Marin Bencevic", "Andy Pereira", "Nick Bonatsakis"]),
        ("iOS 14 Programming for Beginners", ["Ahmad Sahar"]),
        ("Swift in Depth", ["Tjeerd in 't Veen"]),
        ("Swift подробно", ["Инт Чейрд"]),
        ("Swift Programming 3rd edition", []),
    ]


def test_closing_presentation_tags_and_names_after_a_title_in_text() -> None:
    """Three ways lists close a paper's title before its links: forence/Awesome-Visual-
    Captioning a presentation tag in code (``Title. `oral` [[paper]](url)``),
    jokieleung/awesome-visual-question-answering one name and "et al" after a spaced dash
    (``Title - Lianli Gao et al, **AAAI 2019**``), ysyisyourbrother/awesome-on-device-AI
    ``. by`` and the names (``[ICPP'22] Title. by Shengyuan Ye et al. [[paper](url)]``). The tag, or
    the names, are not the title. A code span that is no tag stays in it."""
    text = (
        "- Compare and Reweight: Distinctive Image Captioning Using Similar Images Sets."
        " `oral` [[paper]](https://arxiv.org/pdf/2007.06877.pdf)\n"
        "* Structured Two-stream Attention Network for Video Question Answering - Lianli Gao"
        " et al, **AAAI 2019**. [code]\n"
        "- [ICPP'22] Eco-FL: Adaptive Federated Learning with Efficient Edge Collaborative"
        " Pipeline Training. by Shengyuan Ye et al."
        " [[paper](https://ssl.linklings.net/icpp2022/pap117s3-file1.pdf)]\n"
        "- Fast inference with `torch.compile` on GPUs [[code]](https://github.com/o/fast)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.authors, e.venue, e.year) for e in entries] == [
        (
            "Compare and Reweight: Distinctive Image Captioning Using Similar Images Sets",
            [],
            None,
            None,
        ),
        (
            "Structured Two-stream Attention Network for Video Question Answering",
            ["Lianli Gao"],
            "AAAI",
            2019,
        ),
        (
            "Eco-FL: Adaptive Federated Learning with Efficient Edge Collaborative"
            " Pipeline Training",
            ["Shengyuan Ye"],
            "ICPP",
            2022,
        ),
        ("Fast inference with torch.compile on GPUs", [], None, None),
    ]


def test_a_nested_line_of_names_venue_and_year_under_a_linked_paper() -> None:
    """zx-pan/Awesome-rPPG nests each paper's citation under its link: ``  - Xun Chen et al,
    IEEE Transactions on Instrumentation and Measurement (TIM), 2019``, ``  - Gerard de Haan
    and Vincent Jeanne, … (TBME), 2013``: the names are the paper's authors, the venue (one
    no alias knows kept as written) and year its own. A line whose names run on past a full
    stop into the venue (``… Changwon Jang & U Kang. Knowledge and Information Systems
    2022.``) gives no names of that misreading."""
    text = (
        "- [Video-Based Heart Rate Measurement: Recent Advances and Future Prospects]"
        "(https://ieeexplore.ieee.org/document/8552414)\n"
        "  - Xun Chen et al, IEEE Transactions on Instrumentation and Measurement (TIM), 2019\n"
        "\n"
        "- [Robust Pulse Rate From Chrominance-Based rPPG]"
        "(https://ieeexplore.ieee.org/document/6523142)\n"
        "  - Gerard de Haan and Vincent Jeanne, IEEE Transactions on Biomedical Engineering"
        " (TBME), 2013\n"
        "\n"
        "- [Local Group Invariance for Heart Rate Estimation from Face Videos in the Wild]"
        "(https://openaccess.thecvf.com/content_cvpr_2018_workshops/papers/x.pdf)\n"
        "  - Christian S. Pilz et al, CVPR Workshop, 2018\n"
        "  - [code](https://github.com/o/lgi)\n"
        "\n"
        "- Graph-based PU learning for binary and multiclass classification without class prior."
        "[[paper]](https://link.springer.com/content/pdf/10.1007/s10115-022-01702-8.pdf)\n"
        "  - Jaemin Yoo, Junghun Kim, Hoyoung Yoon, Geonsoo Kim, Changwon Jang & U Kang."
        " Knowledge and Information Systems 2022.\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.authors, e.venue, e.year, len(e.links)) for e in entries[:3]] == [
        (["Xun Chen"], "IEEE Transactions on Instrumentation and Measurement (TIM)", 2019, 1),
        (
            ["Gerard de Haan", "Vincent Jeanne"],
            "IEEE Transactions on Biomedical Engineering (TBME)",
            2013,
            1,
        ),
        (["Christian S. Pilz"], "CVPR Workshop", 2018, 2),
    ]
    assert "Changwon Jang & U Kang" not in str(entries[3].venue)


def test_years_venues_and_tags_around_a_title_as_ood_and_graph_lists_write_them() -> None:
    """continuousml/Awesome-Out-Of-Distribution-Detection rates papers after their venue
    (``(NeurIPS 2020) ⭐⭐⭐⭐⭐ [Title](url)``) and dates talks inside the link
    (``[(2022) Title](url) by Chip Huyen``); Emory-Melody/awesome-graph-reduction tags a
    paper's topic after its venue (``[ICML 2025] (APP) GCAL: …``). The stars rate, the year
    dates, the tag is a note: none of them is the title or hides the venue."""
    text = (
        "## Papers\n\n"
        "(NeurIPS 2020) ⭐⭐⭐⭐⭐ [Energy-based Out-of-distribution Detection]"
        "(https://arxiv.org/pdf/2010.03759.pdf) [[Code]](https://github.com/wetliu/energy_ood)"
        " by Liu et al.\n\n"
        "[(2022) Data Distribution Shifts and Monitoring]"
        "(https://huyenchip.com/2022/02/07/data-distribution-shifts-and-monitoring.html)"
        " by Chip Huyen\n\n"
        "- [ICML 2025] (APP) GCAL: Adapting Graph Models to Evolving Domain Shifts."
        " [[pdf]](https://arxiv.org/abs/2505.16860v1) [[code]](https://github.com/joe817/GCAL)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title.rstrip("."), e.venue, e.year) for e in entries] == [
        ("Energy-based Out-of-distribution Detection", "NeurIPS", 2020),
        ("Data Distribution Shifts and Monitoring", None, 2022),
        ("GCAL: Adapting Graph Models to Evolving Domain Shifts", "ICML", 2025),
    ]
    assert entries[1].authors == ["Chip Huyen"]
    assert "APP" in entries[2].notes


def test_numbered_references_with_long_names_before_the_linked_title() -> None:
    """TSKGHS17/Awesome-SE-Paper writes papers as numbered paragraphs, ``[11] Zhenhailong
    Wang et al., [Title](url), NIPS'25 Workshop``: a name long enough to pass for a
    sentence before the link no longer makes the paragraph prose. A sentence before a link
    after a number (``[3] See the survey in [this post](url)``) stays prose."""
    text = (
        "[10] Haowei Liu et al., [PC-Agent: A Hierarchical Multi-Agent Collaboration Framework"
        " for Complex Task Automation on PC](https://arxiv.org/abs/2502.14282), ICLR'25 Workshop\n"
        "\n"
        "[11] Zhenhailong Wang et al., [Mobile-Agent-E: Self-Evolving Mobile Assistant for"
        " Complex Tasks](https://arxiv.org/abs/2501.11733), NIPS'25 Workshop\n"
        "\n"
        "[3] We also keep the full survey of these agents in [this post](https://example.org/p)\n"
    )
    doc = parse_text(text, "x.md")
    assert [(e.title, e.authors, e.venue, e.year) for e in doc.entries] == [
        (
            "PC-Agent: A Hierarchical Multi-Agent Collaboration Framework for Complex Task"
            " Automation on PC",
            ["Haowei Liu"],
            "ICLR Workshop",
            2025,
        ),
        (
            "Mobile-Agent-E: Self-Evolving Mobile Assistant for Complex Tasks",
            ["Zhenhailong Wang"],
            "NeurIPS Workshop",
            2025,
        ),
    ]
    assert [b.kind for b in doc.blocks if b.line == 5] == ["prose"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # TheShadow29/awesome-grounding cites as Google Scholar does: surname, given, et al.
        ("Plummer, Bryan A., et al.", ["Bryan A. Plummer"]),
        ("Yu, Licheng, et al.", ["Licheng Yu"]),
        ("Margffoy-Tuay, Edgar, et al.", ["Edgar Margffoy-Tuay"]),
        # two people (no "et al.", or more names after them) stay as written
        ("Smith, Jones", ["Smith", "Jones"]),
        ("G. Hinton, J. Dean and O. Vinyals.", ["G. Hinton", "J. Dean", "O. Vinyals"]),
    ],
)
def test_a_first_author_written_surname_first_before_et_al(text: str, names: list[str]) -> None:
    found = read_names(text)
    assert found is not None and found.names == names


def test_a_paper_paragraph_over_a_one_item_list_of_its_names_venue_and_year() -> None:
    """Meta-Learning-Papers writes each paper as ``Title [[paper](url)]`` with ``  -
    Names --Venue Year`` under it (no blank line), or the title alone when it has no link:
    one entry, the names its authors and the venue its own, not a second entry of names. A
    one-item list that is no names (``- see also the survey``) stays what it was."""
    text = (
        "## Few-shot learning\n\n"
        "Joint Distribution Matters: Deep Brownian Distance Covariance for Few-Shot "
        "Classification [[paper](https://arxiv.org/abs/2204.04567)]\n"
        "  - Jiangtao Xie, Fei Long, Jiaming Lv, Qilong Wang, Peihua Li --CVPR 2022\n\n"
        "Model-Agnostic Meta-Learning for Fast Adaptation of Deep Networks "
        "[[paper](https://arxiv.org/abs/1703.03400)]\n"
        "  - Chelsea Finn, Pieter Abbeel, Sergey Levine -- ICML 2016\n\n"
        "Fast Task-Aware Architecture Inference\n"
        "  - Efi Kokiopoulou, Anja Hauth, Luciano Sbaiz, Andrea Gesmundo --arXiv 2019\n\n"
        "Meta-Learning: A Survey [[paper](https://arxiv.org/pdf/1810.03548.pdf)]\n"
        "  - Joaquin Vanschoren\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.venue, e.year, e.authors) for e in entries] == [
        (
            "Joint Distribution Matters: Deep Brownian Distance Covariance for Few-Shot "
            "Classification",
            "CVPR",
            2022,
            ["Jiangtao Xie", "Fei Long", "Jiaming Lv", "Qilong Wang", "Peihua Li"],
        ),
        (
            "Model-Agnostic Meta-Learning for Fast Adaptation of Deep Networks",
            "ICML",
            2016,
            ["Chelsea Finn", "Pieter Abbeel", "Sergey Levine"],
        ),
        (
            "Fast Task-Aware Architecture Inference",
            "arXiv",
            2019,
            ["Efi Kokiopoulou", "Anja Hauth", "Luciano Sbaiz", "Andrea Gesmundo"],
        ),
        ("Meta-Learning: A Survey", None, None, ["Joaquin Vanschoren"]),
    ]
    assert entries[2].links == []
    plain = parse_text(
        "Survey of Graph Learning [[paper](https://a.example/p)]\n  - see also the survey\n",
        "x.md",
    ).entries
    assert plain[0].authors == []


def test_a_bold_paper_title_over_its_fields_labelled_in_code() -> None:
    """ml4co-survey's papers-on-ml4co writes ``1. **Title**`` over ``- `Publication`: TOP
    2017``, ``- `Keyword`: Branch``, ``- `Link`: [paper](url)``: one entry, its venue and
    link from the fields (a label in code is a label), not a group whose link line is an
    entry titled "Link"."""
    text = (
        "## Survey\n\n"
        "1. **On Learning and Branching: a Survey**\n"
        "   - `Publication`: TOP 2017\n"
        "   - `Keyword`: Branch\n"
        "   - `Link`: [paper](http://cerc-datascience.polymtl.ca/x.pdf)\n"
        "1. **Boosting Combinatorial Problem Modeling with Machine Learning**\n"
        "   - `Publication`: IJCAI 2018\n"
        "   - `Keyword`: ML\n"
        "   - `Link`: [arXiv](https://arxiv.org/abs/1807.05517)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.venue, e.year, [link.url for link in e.links]) for e in entries] == [
        (
            "On Learning and Branching: a Survey",
            "TOP",
            2017,
            ["http://cerc-datascience.polymtl.ca/x.pdf"],
        ),
        (
            "Boosting Combinatorial Problem Modeling with Machine Learning",
            "IJCAI",
            2018,
            ["https://arxiv.org/abs/1807.05517"],
        ),
    ]


def test_spaces_that_only_keep_words_together_are_spaces() -> None:
    """awesome-alignment-of-diffusion-models writes ``ShortFT:\\u202fDiffusion\\u202fModel…
    Fine-Tuning.\\u202fICCV\\u202f2025`` (narrow no-break spaces) and ``NeurIPS\\xa02025``:
    read as ordinary spaces, the venue and year close the title; the source is not
    touched."""
    text = (
        "* ShortFT:\u202fDiffusion\u202fModel\u202fAlignment\u202fvia\u202fShortcut-based"
        "\u202fFine-Tuning.\u202fICCV\u202f2025, [[pdf]](https://arxiv.org/abs/2507.22604)\n"
        "* Uncertainty-aware Preference Alignment for Diffusion Policies. NeurIPS\xa02025, "
        "[[pdf]](https://openreview.net/forum?id=x)\n"
    )
    doc = parse_text(text, "x.md")
    # (the full stop before the venue is another matter: only the spaces are asked here)
    assert [(e.title.rstrip("."), e.venue, e.year) for e in doc.entries] == [
        ("ShortFT: Diffusion Model Alignment via Shortcut-based Fine-Tuning", "ICCV", 2025),
        ("Uncertainty-aware Preference Alignment for Diffusion Policies", "NeurIPS", 2025),
    ]
    assert "\u202f" in doc.entries[0].raw


def test_a_link_whose_text_is_a_whole_apa_reference() -> None:
    """awesome-ebm links each paper by its whole APA reference, ``- [ ] [Xiao, Z., & Han,
    T. (2022). Title. In NeurIPS 2022.](url)``: the title is the reference's title, the
    names its authors, the venue and year its own; a link titled by a plain title, with a
    year in brackets inside it, stays as it was."""
    text = (
        "- [ ] [Xiao, Z., & Han, T. (2022). Adaptive Multi-stage Density Ratio Estimation for "
        "Learning Latent Space Energy-based Model. In NeurIPS 2022.](https://arxiv.org/abs/2209"
        ".08739)\n"
        "- [ ] [Maes, F. (2009). \\\n Nieme: Large-scale energy-based models. The Journal of "
        "Machine Learning Research, 10, 743-746.](https://www.jmlr.org/papers/maes09a.pdf)\n"
        "- [Attention Is All You Need (2017)](https://arxiv.org/abs/1706.03762)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.venue, e.year) for e in entries] == [
        (
            "Adaptive Multi-stage Density Ratio Estimation for Learning Latent Space "
            "Energy-based Model",
            "NeurIPS",
            2022,
        ),
        ("Nieme: Large-scale energy-based models", "JMLR", 2009),
        ("Attention Is All You Need", None, 2017),
    ]
    assert entries[0].authors == ["Xiao, Z.", "Han, T."]  # (as an APA reference in text gives)


def test_a_link_whose_text_cites_its_paper_author_year_style() -> None:
    """Roadmap-to-QML links each paper as ``- [ ] [Schuld & Killoran, 2022, Title](url)``
    (and ``Pan et al. 2022, Title``, ``Anschuetz et al., 2022 Title``): the title is what
    follows the year, the names are the authors, the year the entry's. A date before the
    title (``Spyderbat, Aug 2023, Title``), a talk's event (``FableConf 2017, Talk``) and a
    title holding a year (``Numbers, 2012 Edition - Blog``) are no names."""
    text = (
        "- [ ] [Schuld & Killoran, 2022, Is quantum advantage the right goal for quantum "
        "machine learning?](https://arxiv.org/pdf/2203.01340.pdf)\n"
        "- [ ] [Pan et al. 2022, Deep quantum neural networks equipped with backpropagation "
        "on a superconducting processor](https://arxiv.org/pdf/2212.02521.pdf)\n"
        "- [ ] [Anschuetz et al., 2022 Interpretable Quantum Advantage in Neural Sequence "
        "Learning](https://arxiv.org/pdf/2209.14353.pdf)\n"
        "- [Spyderbat, Aug 2023, Using eBPF to Resolve GuardDuty DNS Alerts](https://a.example)\n"
        "- [FableConf 2017, Elmish & Canvas based presentation](https://b.example)\n"
        "- [Comparing Floating Point Numbers, 2012 Edition - Random ASCII](https://c.example)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.year, e.authors) for e in entries[:3]] == [
        (
            "Is quantum advantage the right goal for quantum machine learning?",
            2022,
            ["Schuld", "Killoran"],
        ),
        (
            "Deep quantum neural networks equipped with backpropagation on a superconducting "
            "processor",
            2022,
            ["Pan"],
        ),
        ("Interpretable Quantum Advantage in Neural Sequence Learning", 2022, ["Anschuetz"]),
    ]
    assert [(e.title, e.authors) for e in entries[3:]] == [
        ("Spyderbat, Aug 2023, Using eBPF to Resolve GuardDuty DNS Alerts", []),
        ("FableConf 2017, Elmish & Canvas based presentation", []),
        ("Comparing Floating Point Numbers, 2012 Edition - Random ASCII", []),
    ]


def test_a_code_name_and_a_citation_in_brackets_before_a_bold_title() -> None:
    """awesome-test-time-adaptation writes ``- `TTT` [Sun et al., Proc. ICML 2020] **Title**
    [[PDF]](url)``: the bold title is the title, the bracket the names, venue and year (a
    venue no alias knows kept as written), the name in code an alias; an ellipsis in code
    names nothing."""
    text = (
        "- `TTT` [Sun et al., Proc. ICML 2020] **Test-time training with self-supervision for "
        "generalization under distribution shifts** [[PDF]](http://proceedings.mlr.press/v119/"
        "sun20b.html) [[G-Scholar]](https://scholar.google.com/scholar?cluster=1)\n\n"
        "- `R&R+` [Gilton et al., IEEE TCI 2021] **Model adaptation for inverse problems in "
        "imaging** [[PDF]](https://ieeexplore.ieee.org/abstract/document/9477112/)\n\n"
        "- `...` [Basak and Yin, Proc. CVPR 2023] **Quest for clone: Test-time domain "
        "adaptation for medical image segmentation** [[PDF]](https://example.org/q)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.venue, e.year, e.authors, e.aliases) for e in entries] == [
        (
            "Test-time training with self-supervision for generalization under distribution shifts",
            "ICML",
            2020,
            ["Sun"],
            ["TTT"],
        ),
        (
            "Model adaptation for inverse problems in imaging",
            "IEEE TCI",
            2021,
            ["Gilton"],
            ["R&R+"],
        ),
        (
            "Quest for clone: Test-time domain adaptation for medical image segmentation",
            "CVPR",
            2023,
            ["Basak", "Yin"],
            [],
        ),
    ]
    assert [len(e.links) for e in entries] == [2, 1, 1]


def test_a_title_then_a_colon_then_its_venue_as_the_link_text() -> None:
    """awesome-neural-ode links each paper by where it appeared: ``* Neural Ordinary
    Differential Equations: [NeurIPS18](url)``, ``Title: [arXiv18](url), [code](url)``: the
    text before the colon is the title, the link's text its venue and year (a two-digit
    year after a known venue); a label before a linked title (``Paper: [Title](url)``) and
    a list of links in brackets (``Title [paper: [CVPR2014](url), …]``) are read as before."""
    text = (
        "* Neural Ordinary Differential Equations: [NeurIPS18](https://arxiv.org/pdf/1806.07366"
        ".pdf)\n"
        "* Learning unknown ODE models with Gaussian processes: [arXiv18](https://arxiv.org/abs/"
        "1803.04303), [code](https://github.com/cagatayyildiz/npde/)\n"
        "* Fourier Neural Operator for Parametric Partial Differential Equations: [ICLR 2021]"
        "(https://arxiv.org/abs/2010.08895)\n"
        "* Paper: [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.venue, e.year, len(e.links)) for e in entries] == [
        ("Neural Ordinary Differential Equations", "NeurIPS", 2018, 1),
        ("Learning unknown ODE models with Gaussian processes", "arXiv", 2018, 2),
        ("Fourier Neural Operator for Parametric Partial Differential Equations", "ICLR", 2021, 1),
        ("Attention Is All You Need", None, None, 1),
    ]


def test_a_citation_tail_after_the_linked_title_names_venue_and_short_year() -> None:
    """decrypto-org's blockchain papers close each linked title with the names, the venue
    perhaps and the year after an apostrophe: ``[Title](url). Eyal I, Sirer EG. FC '14.``,
    ``[Title](url). Danezis G, Meiklejohn S. '15.``; a publisher and place before the year
    (``Hartley R, Zisserman A. Cambridge university press, 2003.``) is no venue."""
    text = (
        "- 🎓 **[Majority Is Not Enough: Bitcoin Mining Is Vulnerable](https://arxiv.org/pdf/"
        "1311.0243)**. Eyal I, Sirer EG. FC '14.\n"
        "- 🎓 [Centrally banked cryptocurrencies](https://arxiv.org/pdf/1505.06895.pdf). "
        "Danezis G, Meiklejohn S. '15.\n"
        "- [Bitcoin's Academic Pedigree](https://example.org/p36). Narayanan A, Clark J. "
        "ACM Queue '17.\n"
        "- [Multiple View Geometry in Computer Vision](https://example.org/mvg). Hartley R, "
        "Zisserman A. Cambridge university press, 2003.\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.venue, e.year) for e in entries[:3]] == [
        ("Majority Is Not Enough: Bitcoin Mining Is Vulnerable", "FC", 2014),
        ("Centrally banked cryptocurrencies", None, 2015),
        ("Bitcoin's Academic Pedigree", "ACM Queue", 2017),
    ]
    assert entries[3].venue != "Cambridge university press,"


def test_an_unlinked_title_closed_by_a_comma_and_its_year() -> None:
    """Awesome_Long_Form_Video_Understanding lists papers as text, ``* Language Repository
    for Long Video Understanding, 2024.`` beside ``* Title, CVPR 2024.``: the year closes
    the title as a known venue and year does; a place or a name before the year of an
    unlinked citation (``…, Springer, Berlin, Heidelberg, 2000.``) is no venue."""
    text = (
        "## Long-Term Video Large Language Models\n"
        "* VTimeLLM: Empower LLM to Grasp Video Moments, CVPR 2024.\n"
        "* Language Repository for Long Video Understanding, 2024.\n"
        "* Lindell, Yehuda, and Benny Pinkas. Privacy preserving data mining. Annual "
        "International Cryptology Conference. Springer, Berlin, Heidelberg, 2000.\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.venue, e.year) for e in entries[:2]] == [
        ("VTimeLLM: Empower LLM to Grasp Video Moments", "CVPR", 2024),
        ("Language Repository for Long Video Understanding", None, 2024),
    ]
    assert entries[2].venue != "Heidelberg"


def test_a_pipe_line_of_a_month_a_short_name_and_the_linked_title() -> None:
    """Awesome-Reasoning-Foundation-Models writes ``- `2023/10` | `Mistral` | [Mistral
    7B](url)``: the month is the work's date (not its title), the linked title its title,
    the short name an alias; a title written as text in the last cell is read the same
    way; a line of a month and generic links only (``2025.10 | [Paper](url) | [Code](url)``,
    under a title line) is left to the item it closes."""
    text = (
        "- `2023/07` | `Llama 2` | [Llama 2: Open Foundation and Fine-Tuned Chat Models]"
        "(https://arxiv.org/abs/2307.09288)\n"
        "- `2023/07` | `InternLM` | InternLM: A Multilingual Language Model with Progressively "
        "Enhanced Capabilities\n"
        "* VideoNSA: Native Sparse Attention Scales Video Understanding \\\n"
        "2025.10 | [Paper](https://arxiv.org/abs/2510.02295) | [Code](https://github.com/e/v)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.year, e.date, e.aliases) for e in entries[:2]] == [
        ("Llama 2: Open Foundation and Fine-Tuned Chat Models", 2023, "2023-07", ["Llama 2"]),
        (
            "InternLM: A Multilingual Language Model with Progressively Enhanced Capabilities",
            2023,
            "2023-07",
            ["InternLM"],
        ),
    ]
    assert (entries[2].title, entries[2].year) == (
        "VideoNSA: Native Sparse Attention Scales Video Understanding",
        2025,
    )


def test_a_link_of_the_speakers_then_the_bold_title_of_their_talk() -> None:
    """js-must-watch links each talk as ``1. [Rich Harris: **Rethinking reactivity**](url)
    [36:44]``: the bold title is the title, the names before the colon its speakers; a
    programme's name before a bold part (``[University of Illinois … (IADP): **Certificate
    Program**](url)``) is no speaker, the link's text stays whole."""
    text = (
        "1. [Rich Harris: **Rethinking reactivity**](https://www.youtube.com/watch?v=AdNJ3fydeao)"
        " [36:44]\n"
        "1. [Mathias Bynens & Sathya Gunasekaran: **What's new in JavaScript?**](https://www."
        "youtube.com/watch?v=c0oy0vQKEZE) [36:32]\n"
        "1. [University of Illinois Information Accessibility Design and Policy (IADP): "
        "**Certificate Program**](https://example.org/iadp)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.authors) for e in entries] == [
        ("Rethinking reactivity", ["Rich Harris"]),
        ("What's new in JavaScript?", ["Mathias Bynens", "Sathya Gunasekaran"]),
        (
            "University of Illinois Information Accessibility Design and Policy (IADP): "
            "Certificate Program",
            [],
        ),
    ]


def test_a_short_tag_in_square_brackets_before_a_title_written_as_text() -> None:
    """Awesome_Long_Form_Video_Understanding writes ``* [Agent] VideoAgent: …, 2024.`` and
    ``* [survey] Deep Learning-Based Action Detection …, TPAMI 2023.``: the tag is a note,
    not the title's (a venue and year it states is the venue: ``[NeurIPS 2023 Dataset]``);
    a tagged line with neither link nor year (``- [FinPLMs] Continual Pre-training``) is
    read as before."""
    text = (
        "## Papers\n"
        "* [Agent] VideoAgent: Long-form Video Understanding with Large Language Model as Agent,"
        " 2024.\n"
        "* [survey] Deep Learning-Based Action Detection in Untrimmed Videos: A Survey, TPAMI "
        "2023.\n"
        "- [NeurIPS 2023 Dataset] ASL Citizen: A Community-Sourced Dataset for Advancing "
        "Isolated Sign Language Recognition. [[paper]](https://openreview.net/forum?id=zb)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title.rstrip("."), e.venue, e.year) for e in entries[:2]] == [
        (
            "VideoAgent: Long-form Video Understanding with Large Language Model as Agent",
            None,
            2024,
        ),
        ("Deep Learning-Based Action Detection in Untrimmed Videos: A Survey", "TPAMI", 2023),
    ]
    # (the venue's qualifier, ``Dataset``, is not asked here: only that the tag's venue and
    # year are the entry's, not its title's)
    assert (entries[2].title.rstrip("."), entries[2].year) == (
        "ASL Citizen: A Community-Sourced Dataset for Advancing Isolated Sign Language Recognition",
        2023,
    )
    assert entries[2].venue is not None and entries[2].venue.startswith("NeurIPS")


def test_link_less_papers_whose_venue_no_alias_knows_stay_among_those_it_knows() -> None:
    """codellm-survey (h230) lists papers without links, ``- Title, `TSE`, 2024``, among a
    few linked entries: a paper whose venue no alias knows (``- Title, `LLM4Code`, 2024``)
    is one of them too, not prose, however many of the others a venue alias knows; a short
    line among them (``- UIUC (Gupta)``) is still no work."""
    linked = "\n".join(f"- [Tool {i}](https://t{i}.example/) - a tool" for i in range(6))
    papers = "\n".join(
        f"  - Code Generation Study Number {i} With Large Models, `ICSE`, 2024" for i in range(8)
    )
    text = (
        f"## Tools\n\n{linked}\n\n## Papers\n\n"
        "  - LLM-based and Retrieval-Augmented Control Code Generation, `LLM4Code`, 2024\n"
        f"{papers}\n"
        "  - UIUC (Gupta)\n"
    )
    titles = [e.title for e in parse_text(text, "x.md").entries]
    assert len(titles) == 6 + 1 + 8
    assert titles[6].startswith("LLM-based and Retrieval-Augmented Control Code Generation")
    assert not any(t.startswith("UIUC") for t in titles)


def test_a_reference_of_surnames_and_initials_as_a_link_text_or_a_line() -> None:
    """federated-transfer-learning (h448) links each paper by its whole GB/T 7714 reference,
    ``[Li T, Sahu A K, Smith V. Federated optimization in heterogeneous networks.
    Proceedings of Machine learning and systems, 2020, 2: 429–450](url)``; low-light-reading
    (h298) writes ``Arici T, Dikbas S, Altunbasak Y. A histogram modification framework …``:
    the names before the full stop after the last initial are the authors, the title what
    follows them (up to the next full stop in a link's reference)."""
    text = (
        "## System heterogeneity\n\n| Paper | Venue | Year |\n| --- | --- | --- |\n"
        "| [Li T, Sahu A K, Zaheer M, Smith V. Federated optimization in heterogeneous networks."
        " Proceedings of Machine learning and systems, 2020, 2: 429–450]"
        "(https://arxiv.org/abs/1812.06127) | MLSys | 2020 |\n"
        "| [Shin J, Li Y, Lee S J. Fedbalancer: data and pace control for efficient federated "
        "learning. In: Proceedings of the 20th Annual International Conference on Mobile "
        "Systems. 2022, 436–449](https://arxiv.org/abs/2201.01601) | MobiSys | 2022 |\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.authors, e.venue, e.year) for e in entries] == [
        (
            "Federated optimization in heterogeneous networks",
            ["Li T", "Sahu A K", "Zaheer M", "Smith V"],
            "MLSys",
            2020,
        ),
        (
            "Fedbalancer: data and pace control for efficient federated learning",
            ["Shin J", "Li Y", "Lee S J"],
            "MobiSys",
            2022,
        ),
    ]
    line = _entry(
        "- Celik T, Tjahjadi T. Contextual and variational contrast enhancement. IEEE "
        "Transactions on Image Processing, 2011."
    )
    assert line.authors == ["Celik T", "Tjahjadi T"]
    assert line.title.startswith("Contextual and variational contrast enhancement")


def test_an_apa_reference_before_its_linked_title() -> None:
    """naki-americas-nlp (h477) cites papers the APA way with the title linked, ``Zhang, S.,
    Frey, B., & Bansal, M. (2020). [ChrEn: …](url). EMNLP 2020.``, a month after the year
    perhaps (``(2020, May).``) and the venue after "In Proceedings of": the link's text is
    the title, the names before the year in brackets its authors, the bracket its year."""
    lines = [
        "- Chiruzzo, L., Amarilla, P., Ríos, A., & Lugo, G. G. (2020, May). [Development of a "
        "Guarani-Spanish Parallel Corpus](https://www.aclweb.org/anthology/2020.lrec-1.320/). "
        "In Proceedings of The 12th Language Resources and Evaluation Conference (pp. "
        "2629-2633).",
        "- Zhang, S., Frey, B., & Bansal, M. (2020). [ChrEn: Cherokee-English Machine "
        "Translation for Endangered Language Revitalization](https://arxiv.org/abs/2010.04791)."
        " EMNLP 2020.",
        "- Frey, B. (2020). [“Data is nice:” Theoretical and pedagogical implications of an "
        "Eastern Cherokee corpus](https://scholarspace.manoa.hawaii.edu/ldc-sp20-frey.pdf). "
        "LD&C Special Publication.",
    ]
    entries = [_entry(line) for line in lines]
    assert [(e.title, e.venue, e.year) for e in entries] == [
        ("Development of a Guarani-Spanish Parallel Corpus", "LREC", 2020),
        (
            "ChrEn: Cherokee-English Machine Translation for Endangered Language Revitalization",
            "EMNLP",
            2020,
        ),
        (
            "“Data is nice:” Theoretical and pedagogical implications of an Eastern Cherokee "
            "corpus",
            None,
            2020,
        ),
    ]
    assert entries[0].authors == ["Chiruzzo, L.", "Amarilla, P.", "Ríos, A.", "Lugo, G. G."]
    assert entries[2].authors == ["Frey, B."]


def test_ieee_references_as_paragraphs_linked_by_html() -> None:
    """comlam-survey (h479) cites each paper in a paragraph of its own, IEEE style, its links
    HTML after it (``…, 2024.[<a href="url">Paper</a>]``), one wrapped over two lines: each
    paragraph is a paper, the reference its title, names, venue and year (``arXiv preprint
    arXiv:…`` is arXiv, the short name in brackets a long proceedings' name closes with is
    the venue, the pages ``pp. 2049–2054`` no year), the HTML links its links. A paragraph of
    prose with an HTML link stays prose."""
    text = (
        '## Papers\n\nA survey of <a href="https://example.org/s">large models</a>.\n\n'
        "F. Jiang, Y. Peng, L. Dong, K. Wang, K. Yang, C. Pan, and X. You,“Large generative "
        "model assisted 3d semantic communication,” arXiv preprint arXiv:2403.05783, 2024."
        '[<a href="https://arxiv.org/abs/2403.05783" target="_blank">Paper</a>]\n\n'
        "L. Yue and T. Chen, “Ai large model and 6g network,” in 2023 IEEE Globecom Workshops "
        '(GC Wkshps). IEEE, 2023, pp. 2049–2054.[<a href="https://ieeexplore.ieee.org/'
        'abstract/document/10465211">Paper</a>]\n\n'
        "H. Yoo, T. Jung, L. Dai, S. Kim, and C.-B. Chae, “Real-time semantic communications "
        "with a vision transformer,” in 2022 IEEE International Conference on Communications "
        'Workshops (ICC Workshops). IEEE, 2022, pp. 1–2.[<a href="https://ieeexplore.ieee.org'
        '/document/9914635">Paper</a>]\n\n'
        "X. Huang, Y. Tang, J. Li, N. Zhang, and X. S. Shen, “Toward effective retrieval "
        "augmented generative services in 6g networks,” IEEE\nNetwork, 2024."
        '[<a href="https://ieeexplore.ieee.org/abstract/document/10620276">Paper</a>][<a '
        'href="https://github.com/x/y">code</a>]\n'
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.year, e.source.line) for e in entries] == [
        ("Large generative model assisted 3d semantic communication", 2024, 5),
        ("Ai large model and 6g network", 2023, 7),
        ("Real-time semantic communications with a vision transformer", 2022, 9),
        ("Toward effective retrieval augmented generative services in 6g networks", 2024, 11),
    ]
    assert [entries[0].venue, entries[2].venue, entries[3].venue] == [
        "arXiv",
        "ICC Workshops",
        "IEEE Network",
    ]
    assert [link.url for link in entries[3].links] == [
        "https://ieeexplore.ieee.org/abstract/document/10620276",
        "https://github.com/x/y",
    ]
    assert entries[1].authors == ["L. Yue", "T. Chen"]


def test_references_as_paragraphs_without_links() -> None:
    """pl-research-papers (h479) cites each paper in a paragraph of its own and links none:
    ``Names. Title. In Proceedings of APLAS'05, …, November 2005.``, ACM's ``Names. 2018.
    Title. In Proceedings of … (ICSE ’18).``, Google Scholar's MLA ``Surname, First, and
    First Last. "Title." Venue. Vol. 42. ACM, 2007.``: each paragraph is a paper (the title
    ends before "In", the venue is the one "In" names). A sentence citing works by author
    and year stays prose, and so does a reference followed by the links of the work the
    heading above names (dl-music-generation-review, h313)."""
    text = (
        "## Register Allocation\n\n"
        "Fernando Magno Quintao Pereira and Jens Palsberg. Register allocation via coloring "
        "of chordal graphs. In Proceedings of APLAS'05, Asian Symposium on Programming "
        "Languages and Systems, pages 315-329, Tsukuba, Japan, November 2005.\n\n"
        "Hua Yan, Yulei Sui, Shiping Chen, and Jingling Xue. 2018. Spatio-temporal context "
        "reduction: a pointer-analysis-based static approach for detecting use-after-free "
        "vulnerabilities. In Proceedings of the 40th International Conference on Software "
        "Engineering (ICSE ’18). ACM, New York, NY, USA, 327–337.\n\n"
        'Nethercote, Nicholas, and Julian Seward. "Valgrind: a framework for heavyweight '
        'dynamic binary instrumentation." ACM Sigplan notices. Vol. 42. No. 6. ACM, 2007.\n\n'
        "Recent years have seen systems built for LLM inference, such as PaLM inference "
        "(Pope et al., 2022) and LightSeq (Wang et al., 2021).\n\n"
        "#### Music Transformer - Google Magenta\n\n"
        "Huang, C. Z. A., Vaswani, A., Uszkoreit, J. (2018). Music transformer. arXiv "
        "preprint arXiv:1809.04281.\n\n"
        "[Web](https://magenta.tensorflow.org/music-transformer) "
        "[Paper](https://arxiv.org/pdf/1809.04281.pdf)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.year, e.source.line) for e in entries[:3]] == [
        ("Register allocation via coloring of chordal graphs", 2005, 3),
        (
            "Spatio-temporal context reduction: a pointer-analysis-based static approach for "
            "detecting use-after-free vulnerabilities",
            2018,
            5,
        ),
        ("Valgrind: a framework for heavyweight dynamic binary instrumentation", 2007, 7),
    ]
    assert [entries[0].venue, entries[1].venue] == ["APLAS", "ICSE"]
    assert entries[0].authors == ["Fernando Magno Quintao Pereira", "Jens Palsberg"]
    assert entries[2].authors == ["Nicholas Nethercote", "Julian Seward"]
    assert [e.title for e in entries[3:]] == ["Music Transformer - Google Magenta"]


def test_a_quoted_title_then_in_and_its_emphasised_venue() -> None:
    """speaker-diarization-papers (h486) cites papers IEEE's way without names, ``"Title,"
    in *Proc. SLT,* 2021. (JHU) [📄](url)``, a bold short name before some (``**MC-EEND**:
    "Title," in *IEEE/ACM TASLP,* 2024.``): the quoted text is the title (the comma inside
    the quotes, then "in"), the emphasised name after "in" the venue, the year after it the
    year."""
    lines = [
        '- "Integration of speech separation, diarization, and recognition for multi-speaker '
        'meetings: System description," in *Proc. SLT,* 2021. (JHU) '
        "[📄](https://arxiv.org/abs/2011.02014)",
        '- **MC-EEND**: "Multi-channel Conversational Speaker Separation via Neural '
        'Diarization," in *IEEE/ACM TASLP,* 2024. (OSU) [📄](https://arxiv.org/abs/2311.08630)',
        '- **EEND-IAAE**: "End-to-end neural speaker diarization with an iterative adaptive '
        'attractor estimation," in *Neural Networks, Elsevier*. '
        "[📄](https://www.sciencedirect.com/science/article/pii/S089360802300401X)",
    ]
    entries = [_entry(line) for line in lines]
    assert [(e.title, e.venue, e.year) for e in entries] == [
        (
            "Integration of speech separation, diarization, and recognition for multi-speaker "
            "meetings: System description",
            "SLT",
            2021,
        ),
        ("Multi-channel Conversational Speaker Separation via Neural Diarization", "TASLP", 2024),
        (
            "End-to-end neural speaker diarization with an iterative adaptive attractor estimation",
            "Neural Networks",
            None,
        ),
    ]
    assert entries[1].aliases == ["MC-EEND"]


def test_names_then_a_linked_title_in_quotes() -> None:
    """hepml-papers (h492) cites papers INSPIRE's way, ``M. Borisyak, N. Kazeev, "[Title](url),"
    arXiv:1905.11719 [cs.LG]. (May 28, 2019)``: the quotes around the linked title are no
    part of the names before it; the names are the authors, the journal after the closing
    quote the venue (``arXiv`` for an arXiv identifier)."""
    lines = [
        '- M. Borisyak, N. Kazeev, "[Machine Learning on data with sPlot background subtraction]'
        '(https://inspirehep.net/record/1737258)," arXiv:1905.11719 [cs.LG]. (May 28, 2019)',
        '- S. Caron, T. Heskes, S. Otten and B. Stienen, "[Constraining the Parameters of High-'
        'Dimensional Models with Active Learning](https://inspirehep.net/literature/1735784)," '
        "Eur. Phys. J. C 79, 944 (2019), arXiv:1905.08628 [cs.LG]. (May 19, 2019)",
    ]
    entries = [_entry(line) for line in lines]
    assert [(e.title, e.venue, e.year) for e in entries] == [
        ("Machine Learning on data with sPlot background subtraction", "arXiv", 2019),
        (
            "Constraining the Parameters of High-Dimensional Models with Active Learning",
            "Eur. Phys. J. C",
            2019,
        ),
    ]
    assert entries[1].authors == ["S. Caron", "T. Heskes", "S. Otten", "B. Stienen"]


def test_a_dated_venue_link_then_the_title() -> None:
    """humanoid-robot-learning (h500) opens each paper with a link whose text says where and
    when it appeared, then a comma and the title, bold in part or whole: ``[arXiv 2025.06](url),
    GMT: …, [website](url)``, ``🌟 [RSS 2025](url), ASAP: …``, ``[arXiv 2025.05](url),
    **TWIST: …**``. The text after the link is the title, the link's text the venue and date;
    a link whose text is a name with a year (``[Applied Category Theory @ MIT 2019](url),
    series of lectures …``) is still the title."""
    lines = [
        "- [arXiv 2025.06](https://arxiv.org/abs/2506.12851), GMT: General Motion Tracking for "
        "Humanoid Whole-Body Control, [website](https://gmt-humanoid.github.io/) / "
        "[code](https://github.com/zixuan417/humanoid-general-motion-tracking)",
        "- 🌟 [RSS 2025](https://arxiv.org/abs/2502.01143), ASAP: Aligning Simulation and "
        "Real-World Physics for Learning Agile Humanoid Whole-Body Skills, "
        "[website](https://agile.human2humanoid.com/)",
        "- [arXiv 2025.05](https://arxiv.org/abs/2505.02833), **TWIST: Teleoperated Whole-Body "
        "Imitation System**",
        "- [Applied Category Theory @ MIT 2019](https://ocw.mit.edu/act), series of lectures "
        'based on the "Seven Sketches" book',
    ]
    entries = [_entry(line) for line in lines]
    assert [(e.title, e.venue, e.year) for e in entries[:3]] == [
        ("GMT: General Motion Tracking for Humanoid Whole-Body Control", "arXiv", 2025),
        (
            "ASAP: Aligning Simulation and Real-World Physics for Learning Agile Humanoid "
            "Whole-Body Skills",
            "RSS",
            2025,
        ),
        ("TWIST: Teleoperated Whole-Body Imitation System", "arXiv", 2025),
    ]
    assert entries[3].title == "Applied Category Theory @ MIT 2019"
    assert entries[0].date == "2025-06"
    assert [link.url for link in entries[0].links][:1] == ["https://arxiv.org/abs/2506.12851"]


def test_a_venue_link_then_the_title_after_a_space() -> None:
    """Awesome-Model-Quantization (h570): ``[ICLR 2026](url) Title [[code](url)] ![stars](…)``,
    neither comma nor bold: the text after the link is the title when the link's text names
    a venue the tables know; a link's text that names none (``[Claude Survey](url) A Chinese
    model quantization survey …``) is still the title."""
    lines = [
        "- [ICLR 2026](https://arxiv.org/pdf/2505.06653) Improving Block-Wise LLM Quantization "
        "by 4-bit Block-Wise Optimal Float (BOF4): Analysis and Variations "
        "[[code](https://github.com/ifnspaml/bof4)] "
        "![GitHub Repo stars](https://img.shields.io/github/stars/ifnspaml/bof4)",
        "- [arXiv 2025](https://arxiv.org/abs/2505.05530) Low-bit Model Quantization for Deep "
        "Neural Networks: A Survey",
        "- [Claude Survey](https://kai-liu.cn/Awesome-Model-Quantization/) A Chinese model "
        "quantization survey from claude concerning ICLR 2026.",
    ]
    entries = [_entry(line) for line in lines]
    assert [(e.title, e.venue, e.year) for e in entries[:2]] == [
        (
            "Improving Block-Wise LLM Quantization by 4-bit Block-Wise Optimal Float (BOF4): "
            "Analysis and Variations",
            "ICLR",
            2026,
        ),
        ("Low-bit Model Quantization for Deep Neural Networks: A Survey", "arXiv", 2025),
    ]
    assert [link.url for link in entries[0].links] == [
        "https://arxiv.org/pdf/2505.06653",
        "https://github.com/ifnspaml/bof4",
    ]
    assert entries[2].title == "Claude Survey"


def test_a_dated_venue_link_then_the_title_in_bold() -> None:
    """Awesome-Quadruped-with-Manipulator (h506): ``[ICRA 2025](url) **QuadWBG: …**
    [🌐Website](url)``, no comma: the bold text after the link is the title (its closing
    full stop no part of it), the link's text the venue and date, a venue no table knows
    (``[Science Robotics 2025](url)``) as written."""
    lines = [
        "- [arXiv 2025.06](https://arxiv.org/abs/2506.16986) **Learning Accurate Whole-body "
        "Throwing with High-frequency Residual Policy.** ",
        "- [Science Robotics 2025](https://www.science.org/doi/epdf/10.1126/scirobotics.adu3922) "
        "**Learning coordinated badminton skills for legged manipulators.** ",
        "- [ICRA 2025](https://arxiv.org/abs/2411.06782) **QuadWBG: Generalizable Quadrupedal "
        "Whole-Body Grasping.** [🌐Website](https://quadwbg.github.io/)",
    ]
    entries = [_entry(line) for line in lines]
    assert [(e.title, e.venue, e.year) for e in entries] == [
        (
            "Learning Accurate Whole-body Throwing with High-frequency Residual Policy",
            "arXiv",
            2025,
        ),
        ("Learning coordinated badminton skills for legged manipulators", "Science Robotics", 2025),
        ("QuadWBG: Generalizable Quadrupedal Whole-Body Grasping", "ICRA", 2025),
    ]
    assert entries[0].date == "2025-06"
    assert [link.url for link in entries[2].links] == [
        "https://arxiv.org/abs/2411.06782",
        "https://quadwbg.github.io/",
    ]


def test_a_linked_title_over_a_line_of_names_and_an_emphasised_venue_line() -> None:
    """amber0309/Domain-generalization (h515), dag4mia-dg (h221): ``- [Title](url)`` then
    the names on a line (the first author surname first, the MLA way, or not) then the venue
    emphasised and the year: the names are the authors, the venue its emphasised name, its
    acronym in brackets, or arXiv for a preprint."""
    text = (
        "# DG\n\n## Surveys\n\n"
        "- [Domain Generalization: A Survey](https://arxiv.org/abs/2103.02503)\n"
        "Zhou, Kaiyang, Ziwei Liu, Yu Qiao, Tao Xiang, and Chen Change Loy.\n"
        "*arXiv preprint arXiv:2103.02503* (2021).\n\n"
        "- [Generalizing to Unseen Domains: A Survey on Domain Generalization]"
        "(https://arxiv.org/abs/2103.03097)\n"
        "Wang, Jindong, Cuiling Lan, Chang Liu, Yidong Ouyang, Wenjun Zeng, and Tao Qin.\n"
        "*International Joint Conference on Artificial Intelligence* (**IJCAI**) (2021).\n\n"
        "- [CDDSA: Contrastive domain disentanglement and style augmentation]"
        "(https://www.sciencedirect.com/science/article/abs/pii/S1361841523001640)  \n"
        "Ran Gu, Guotai Wang, Jiangshan Lu, Jingyang Zhang  \n"
        "*Medical Image Analysis* (2023)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.venue, e.year, e.authors[:2]) for e in entries] == [
        ("arXiv", 2021, ["Kaiyang Zhou", "Ziwei Liu"]),
        ("IJCAI", 2021, ["Jindong Wang", "Cuiling Lan"]),
        ("Medical Image Analysis", 2023, ["Ran Gu", "Guotai Wang"]),
    ]
    assert entries[0].authors[-1] == "Chen Change Loy"


def test_a_gbt_kind_mark_closing_a_title_is_no_part_of_it() -> None:
    """jindongwang/activityrecognition's notes (h518), low-light-reading, gnn4traffic:
    ``**Title[C]**`` (GB/T 7714: ``[C]`` a conference paper, ``[J]`` a journal article) over
    the names and the container's line: the mark is dropped from the title, and the
    container's line gives the venue and year."""
    text = (
        "# HAR\n\n## Papers\n\n"
        "1. **Deep Convolutional and LSTM Recurrent Neural Networks for Multimodal Wearable "
        "Activity Recognition[J]**\n\n\tOrdóñez F J, Roggen D\n\n\tSensors, 2016, 16(1): 115.\n\n"
        "2. **Time series classification using multi-channels deep convolutional neural "
        "networks[C]**\n\n\tZheng Y, Liu Q, Chen E, et al\n\n"
        "\tInternational Conference on Web-Age Information Management. Springer International "
        "Publishing, 2014: 298-310.\n\n"
        "3. **Attention[X]**\n\n\tA B\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.venue, e.year) for e in entries] == [
        (
            "Deep Convolutional and LSTM Recurrent Neural Networks for Multimodal Wearable "
            "Activity Recognition",
            "Sensors",
            2016,
        ),
        (
            "Time series classification using multi-channels deep convolutional neural networks",
            "International Conference on Web-Age Information Management",
            2014,
        ),
        ("Attention[X]", None, None),
    ]


def test_a_name_tag_then_a_venue_tag_then_a_makers_tag_in_a_links_text() -> None:
    """imsheridan/DeepRec (h523): ``[[FiBiNET][RecSys 19][Weibo] Title](pdf)``: the name is
    an alias, the venue and two-digit year the entry's, the maker a note, the rest the
    title."""
    lines = [
        "* [[FiBiNET][RecSys 19][Weibo] FiBiNET_Combining Feature Importance and Bilinear "
        "feature Interaction for Click-Through Rate Prediction](https://github.com/x/a.pdf)",
        "* [[PNN][TOIS 18] Product-based Neural Networks for User Response Prediction]"
        "(https://github.com/x/b.pdf)",
        "* [[DCN] Deep & Cross Network for Ad Click Predictions](https://github.com/x/c.pdf)",
    ]
    entries = [_entry(line) for line in lines]
    assert [(e.title, e.venue, e.year) for e in entries] == [
        (
            "FiBiNET_Combining Feature Importance and Bilinear feature Interaction for "
            "Click-Through Rate Prediction",
            "RecSys",
            2019,
        ),
        ("Product-based Neural Networks for User Response Prediction", "TOIS", 2018),
        ("Deep & Cross Network for Ad Click Predictions", None, None),
    ]
    assert "FiBiNET" in entries[0].aliases
    assert "Weibo" in entries[0].notes


def test_names_and_year_then_the_title_as_its_link_in_a_paragraph() -> None:
    # h543 did-resources: one paragraph a paper, ``Names (Year). [Title](url). Venue.``, a
    # short labelled link after the title perhaps; a sentence after the link is prose
    text = (
        "# DiD\n\n### 2026\n\n"
        "Andrew Baker, Brantly Callaway, Scott Cunningham, Andrew Goodman-Bacon, Pedro "
        "Sant'Anna (2026). [Difference-in-Differences Designs: A Practitioner’s Guide]"
        "(https://doi.org/10.1257/jel.20251650).\n\n"
        "Isaac Gerber (2026). [Design-Based Variance Estimation for Modern Heterogeneity-Robust "
        "Difference-in-Differences Estimators](https://arxiv.org/abs/2605.04124).\n\n"
        "Pedro H. C. Sant'Anna, Yifan Xu (2026). [Difference-in-Differences with compositional "
        "changes](https://www.sciencedirect.com/science/article/abs/pii/S0304407625002003). "
        "Journal of Econometrics.\n\n"
        "### 2025\n\n"
        "Fabrizia Mealli, Javier Viviens (2025). [Difference-in-Differences in the Presence of "
        "Unknown Interference](https://arxiv.org/abs/2512.21176). [SSRN version]"
        "(https://papers.ssrn.com/sol3/papers.cfm?abstract_id=4284811).\n\n"
        "Carolina Caetano, Brantly Callaway (2024). [Difference-in-Differences When Parallel "
        "Trends Holds Conditional on Covariates](https://doi.org/10.48550/arXiv.2406.15288). "
        "Preprint, arXiv.\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.year, e.venue, len(e.authors), len(e.links)) for e in entries] == [
        ("Difference-in-Differences Designs: A Practitioner’s Guide", 2026, None, 5, 1),
        (
            "Design-Based Variance Estimation for Modern Heterogeneity-Robust "
            "Difference-in-Differences Estimators",
            2026,
            None,
            1,
            1,
        ),
        (
            "Difference-in-Differences with compositional changes",
            2026,
            "Journal of Econometrics",
            2,
            1,
        ),
        ("Difference-in-Differences in the Presence of Unknown Interference", 2025, None, 2, 2),
        (
            "Difference-in-Differences When Parallel Trends Holds Conditional on Covariates",
            2024,
            "arXiv",
            2,
            1,
        ),
    ]
    assert entries[1].authors == ["Isaac Gerber"]


def test_an_apa_reference_with_its_year_and_a_colon_or_a_generic_link_after_it() -> None:
    # h544 abm-archaeology-bibliography: ``Names Year: Title. _Journal Volume_. [Online](url)``;
    # h397 game-datasets: an APA reference with ``[Link](url)`` after it
    text = (
        "# ABM\n\n## Must-reads\n\n"
        "* Chattoe-Brown, E. 2013: Why Sociology Should Use Agent Based Modelling. "
        "_Sociological Research Online 18 (3): 3._ [Online](http://www.socresonline.org.uk/18/3/3.html)\n"
        "* Romanowska, I., Crabtree, S. A., Harris, K. and Davies, B. 2019: Agent-Based Modeling "
        "for Archaeologists: Part 1 of 3. _Advances in Archaeological Practice 7 (2). 178–84._ "
        "[Online](https://osf.io/preprints/socarxiv/3gwdn/)\n"
        "* Russell, S. J., Norvig, P. (2016). Artificial intelligence: a modern approach. "
        "Pearson. [Link](https://aima.cs.berkeley.edu/)\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.year, e.venue, e.authors[:1], len(e.links)) for e in entries] == [
        (
            "Why Sociology Should Use Agent Based Modelling",
            2013,
            "Sociological Research Online",
            ["Chattoe-Brown, E."],
            1,
        ),
        (
            "Agent-Based Modeling for Archaeologists: Part 1 of 3",
            2019,
            "Advances in Archaeological Practice",
            ["Romanowska, I."],
            1,
        ),
        ("Artificial intelligence: a modern approach", 2016, None, ["Russell, S. J."], 1),
    ]


def test_springer_references_without_links_read_title_venue_and_year() -> None:
    # h537 handwritten-math-recognition: ``Names: Title. In: Proceedings …. Place (Year)``
    text = (
        "# Math\n\n## Symbol Segmentation\n\n"
        "- Toyozumi, K., et al.: A study of symbol segmentation method for handwritten "
        "mathematical formula recognition using mathematical structure information. In: "
        "Proceedings of the 17th ICPR, vol. 2, pp. 630–633. Cambridge (2004)\n"
        "- Davila, K.M., Ludi, S., Zanibbi R.: Using off-line features and synthetic data "
        "for on-line handwritten math symbol recognition. In: Proceedings of the 14th ICFHR, "
        "pp. 323–328. Crete (2014)\n"
        "- Garain, U., Chaudhuri, B.B.: Recognition of online handwritten mathematical "
        "expressions. IEEE Trans. Syst. Man Cybern. B Cybern. 34, 2366–2376 (2004)\n"
        "- Le, A.D., Nakagawa, M.: A tool for ground-truthing online handwritten mathematical "
        "expressions. In: Proceedings of the 16th International Graphonomics Society "
        "Conference, pp. 70–73. (2013)Google Scholar\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.year, e.venue, e.authors) for e in entries] == [
        (
            "A study of symbol segmentation method for handwritten mathematical formula "
            "recognition using mathematical structure information",
            2004,
            "ICPR",
            ["Toyozumi, K."],
        ),
        (
            "Using off-line features and synthetic data for on-line handwritten math symbol "
            "recognition",
            2014,
            "ICFHR",
            ["Davila, K.M.", "Ludi, S.", "Zanibbi R."],
        ),
        (
            "Recognition of online handwritten mathematical expressions",
            2004,
            "IEEE Trans. Syst. Man Cybern. B Cybern.",
            ["Garain, U.", "Chaudhuri, B.B."],
        ),
        (
            "A tool for ground-truthing online handwritten mathematical expressions",
            2013,
            "International Graphonomics Society Conference",
            ["Le, A.D.", "Nakagawa, M."],
        ),
    ]


def test_citation_wrapped_in_the_source_reads_as_one_line() -> None:
    # h537: a link-less citation hard-wrapped mid-venue; a line closed by its own year is
    # a citation of its own (h170: two citations on two lines stay two texts)
    text = (
        "# Math\n\n## Survey paper\n\n"
        "- K. Chan and D. Yeung, Mathematical expression recognition: A Survey, "
        "International Journal of\n"
        "Document Analysis and Recognition, pp. 3-15, 2000.\n"
        "- R. Zanibbi and D. Blostein, Recognition and retrieval of mathematical "
        "expressions, International\n"
        "Journal of Document Analysis and Recognition, pp. 331-357, 2012.\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.source.line, e.year) for e in entries] == [(5, 2000), (7, 2012)]
    assert entries[0].title.startswith("Mathematical expression recognition: A Survey")
    assert "Document Analysis" in entries[0].title  # (the venue's second line is read too)


def test_numbered_references_with_bold_titles_read_without_links() -> None:
    # h550 meta-learning-papers-floodsung: ``**[n]** Names. **Title**. Venue, …, year.``
    # paragraphs, names written every way (no initials' stops, surname first, APA's year)
    text = (
        "## Meta Learning\n\n### 1 Legacy Papers\n\n"
        "**[1]** Nicolas Schweighofer and Kenji Doya. **Meta-learning in reinforcement "
        "learning**. Neural Networks, 16(1):5–9, 2003.\n\n"
        "**[8]** Brenden M Lake, Ruslan Salakhutdinov, and Joshua B Tenenbaum.**One shot "
        "learning of simple visual concepts**. In Proceedings of the 33rd Annual Conference "
        "of the Cognitive Science Society, volume 172, pp. 2, 2011.\n\n"
        "**[3]** David Ha, Andrew Dai and Le, Quoc V. **Hypernetworks**. In ICLR 2017, 2017.\n\n"
        "**[1]** Andrychowicz, Marcin, Denil, Misha, and de Freitas, Nando. **Learning to "
        "learn by gradient descent by gradient descent**. In Advances in Neural Information "
        "Processing Systems, pp. 3981–3989, 2016\n\n"
        "**[16]** Finn, C., Abbeel, P., & Levine, S. (2017). **Model-Agnostic Meta-Learning "
        "for Fast Adaptation of Deep Networks**. arXiv preprint arXiv:1703.03400.\n\n"
        "**[18]** Munkhdalai T, Yu H. **Meta Networks**. arXiv preprint arXiv:1703.00837, "
        "2017.\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.year, e.venue) for e in entries] == [
        ("Meta-learning in reinforcement learning", 2003, "Neural Networks"),
        ("One shot learning of simple visual concepts", 2011, "CogSci"),
        ("Hypernetworks", 2017, "ICLR"),
        ("Learning to learn by gradient descent by gradient descent", 2016, "NeurIPS"),
        ("Model-Agnostic Meta-Learning for Fast Adaptation of Deep Networks", 2017, "arXiv"),
        ("Meta Networks", 2017, "arXiv"),
    ]
    assert entries[0].authors == ["Nicolas Schweighofer", "Kenji Doya"]


def test_numbered_reference_with_a_quoted_title_keeps_the_quoted_title() -> None:
    # h285 awesome-pansharpening: ``[2] Names, “Title,” *Journal*, …``: the journal in
    # italics is no title; ``[4] L. Wald, *Title*. Publisher, 2002.``: a book's is
    text = (
        "# Pansharpening\n\n## Survey\n\n"
        "[2] L. Wald, T. Ranchin, and M. Mangolini, “Fusion of satellite images of different "
        "spatial resolutions: Assessing the quality of resulting images,” *Photogrammetric "
        "engineering and remote sensing*, vol. 63, no. 6, pp. 691–699, 1997.\n\n"
        "[4] L. Wald, *Data fusion: definitions and architectures: fusion of images of "
        "different spatial resolutions*. Presses des MINES, 2002.\n"
    )
    titles = [e.title for e in parse_text(text, "x.md").entries]
    assert "Photogrammetric engineering and remote sensing" not in titles
    assert titles[-1] == (
        "Data fusion: definitions and architectures: fusion of images of different spatial "
        "resolutions"
    )


def test_a_year_and_month_closing_the_title_in_brackets() -> None:
    """Awesome-LLM-Preference-Learning (h578): ``**Title (2023.8)** *Names* [\\[paper\\]](url)``;
    summarization-papers (h384): ``[Dialogue Summarization (2022.1)](slides/….pdf)``. The
    bracket closing the title says when the work appeared, as ``(2023)`` does: the year and
    the month are the entry's, not words of its title."""
    bold = _entry(
        "- **Reinforced Self-Training (ReST) for Language Modeling (2023.8)** *Caglar "
        "Gulcehre, Tom Le Paine* [\\[paper\\]](https://arxiv.org/abs/2308.08998)"
    )
    linked = _entry(
        "- [Dialogue Summarization (2021.12)](slides/presentation/Dialogue_Summarization.pdf)"
    )
    assert (bold.title, bold.year, bold.date, bold.venue) == (
        "Reinforced Self-Training (ReST) for Language Modeling",
        2023,
        "2023-08",
        None,
    )
    assert bold.authors == ["Caglar Gulcehre", "Tom Le Paine"]
    assert (linked.title, linked.year, linked.date) == ("Dialogue Summarization", 2021, "2021-12")


def test_bold_names_and_year_then_the_title_in_italics() -> None:
    """Preference-Tuning-with-Human-Feedback (h578): ``**Ouyang, et al. (2022)** *Title*.
    NeurIPS 2022 [[Paper](url)]``: the bold text is the citation's names and year, the
    italic text after it the title (it was read as the authors), the rest the venue."""
    lines = [
        "- **Ouyang, et al. (2022)** *Training Language Models to Follow Instructions with "
        "Human Feedback*. NeurIPS 2022 [[Paper](https://arxiv.org/abs/2203.02155)]",
        "- **Bai, et al. (2022)** *Constitutional AI: Harmlessness from AI Feedback*. arXiv "
        "[[Paper](https://arxiv.org/abs/2212.08073)]",
    ]
    entries = [_entry(line) for line in lines]
    assert [(e.title, e.authors, e.venue, e.year) for e in entries] == [
        (
            "Training Language Models to Follow Instructions with Human Feedback",
            ["Ouyang"],
            "NeurIPS",
            2022,
        ),
        ("Constitutional AI: Harmlessness from AI Feedback", ["Bai"], "arXiv", 2022),
    ]
    assert [e.links[0].url for e in entries] == [
        "https://arxiv.org/abs/2203.02155",
        "https://arxiv.org/abs/2212.08073",
    ]


def test_names_then_the_whole_reference_in_bold() -> None:
    """awesome-end2end-speech-recognition (h584): ``Graves A, … et al. **Title. Proceedings of
    the 23rd international conference on Machine learning. ACM, 2006: 369-376.**`` (GB/T) and
    ``Names: **Title. ACL (1) 2018: 2620-2630**``, ``Names: **Title.** Speech Communication
    108: 15-32 (2019)``, ``**Title. CoRR abs/1412.5567 (2014)**`` (DBLP, names before a
    colon): the bold text may hold the whole reference; its first sentence is the title, the
    rest the venue and year (the volume and pages no part of the venue's name)."""
    lines = [
        "- Graves A, Fernández S, Gomez F, et al. **Connectionist temporal classification: "
        "labelling unsegmented sequence data with recurrent neural networks. Proceedings of the "
        "23rd international conference on Machine learning. ACM, 2006: 369-376.** [[pdf]]",
        "- Hiroshi Seki, Takaaki Hori, Shinji Watanabe: **A Purely End-to-End System for "
        "Multi-speaker Speech Recognition. ACL (1) 2018: 2620-2630**",
        "- Dimitri Palaz, Mathew Magimai-Doss, Ronan Collobert: **End-to-end acoustic modeling "
        "using convolutional neural networks for HMM-based automatic speech recognition.** "
        "Speech Communication 108: 15-32 (2019)",
        "- Awni Y. Hannun, Carl Case, Jared Casper: **Deep Speech: Scaling up end-to-end speech "
        "recognition. CoRR abs/1412.5567 (2014)** [[pdf]](https://arxiv.org/abs/1412.5567)",
    ]
    entries = [_entry(line) for line in lines]
    assert [(e.title, e.venue, e.year) for e in entries] == [
        (
            "Connectionist temporal classification: labelling unsegmented sequence data with "
            "recurrent neural networks",
            "ICML",
            2006,
        ),
        ("A Purely End-to-End System for Multi-speaker Speech Recognition", "ACL", 2018),
        (
            "End-to-end acoustic modeling using convolutional neural networks for HMM-based "
            "automatic speech recognition",
            "Speech Communication",
            2019,
        ),
        ("Deep Speech: Scaling up end-to-end speech recognition", "arXiv", 2014),
    ]
    assert entries[1].authors == ["Hiroshi Seki", "Takaaki Hori", "Shinji Watanabe"]


def test_an_arxiv_identifier_in_brackets_before_the_title() -> None:
    """Awesome-Mamba-Papers-On-Medical-Domain (h585): ``(arXiv:2402.05892) Mamba-ND: … -
    [[Paper]](url) [[Code]](url)``: the bracket names the preprint, as ``(NIPS 2022)`` names a
    venue; it is no part of the title, and its number gives no year."""
    entry = _entry(
        "- (arXiv:2402.05892) Mamba-ND: Selective State Space Modeling for Multi-Dimensional "
        "Data - [[Paper]](https://arxiv.org/abs/2402.05892)  "
        "[[Code]](https://github.com/jacklishufan/Mamba-ND)"
    )
    assert (entry.title, entry.venue, entry.year) == (
        "Mamba-ND: Selective State Space Modeling for Multi-Dimensional Data",
        "arXiv",
        None,
    )
    assert len(entry.links) == 2


def test_who_made_it_and_the_month_after_a_title_are_no_part_of_it() -> None:
    # h601 llm-evaluation-compendium: "Title, Org, Mon YYYY, [arxiv](url)"
    doc = parse_text(
        "# Evals\n\n"
        "- Order in the Evaluation Court: A Critical Analysis of NLG Evaluation Trends, Jan 2026, "
        "[arxiv](https://arxiv.org/abs/2601.07648)\n"
        "- Benchmark Evaluations, Applications, and Challenges of Large Vision Language Models: "
        "A Survey, UMD,  Jan 2025, [arxiv](https://www.arxiv.org/abs/2501.02189)\n"
        "- Examining the robustness of LLM evaluation to the distributional assumptions of "
        "benchmarks, Microsoft, Aug 2024, [ACL 2024](https://aclanthology.org/2024.acl-long.560.pdf)\n"
        "- Lamda: Language models for dialog applications (Arxiv, Jan. 2022) "
        "[[Paper]](https://arxiv.org/abs/2201.08239)\n"
    )
    court, survey, robust, lamda = doc.entries
    assert (court.title, court.year, court.date) == (
        "Order in the Evaluation Court: A Critical Analysis of NLG Evaluation Trends",
        2026,
        "2026-01",
    )
    assert survey.title == (
        "Benchmark Evaluations, Applications, and Challenges of Large Vision Language Models: "
        "A Survey"
    )
    assert (survey.year, survey.date) == (2025, "2025-01")
    assert (robust.venue, robust.year, robust.date) == ("ACL", 2024, "2024-08")
    # (a bracket's venue and month stay the bracket's reading)
    assert (lamda.title, lamda.venue, lamda.year) == (
        "Lamda: Language models for dialog applications",
        "arXiv",
        2022,
    )


def test_a_journal_and_year_closing_a_title_before_a_paper_link() -> None:
    # h606 ai-drug-discovery-survey: journals abbreviated as indexes write them
    doc = parse_text(
        "# Drugs\n\n"
        "- Integration of virtual and high-throughput screening (Nat Rev Drug Discov 2002) "
        "[[Paper]](https://www.nature.com/articles/nrd941)\n"
        "- On Outliers and Activity Cliffs-Why QSAR Often Disappoints (J Chem Inf Model 2006) "
        "[[Paper]](https://pubs.acs.org/doi/10.1021/ci060117s)\n"
        "- Deep learning for everything (see 2019) [[Paper]](https://x.org/p)\n"
        # (h290 llm-data-management: a month before the year is no word of a journal's name)
        "- Multi-view fusion for instruction mining of large language model (Information "
        "Fusion Oct. 2024) [[Paper]](https://www.sciencedirect.com/x)\n"
    )
    screening, outliers, seen, fusion = doc.entries
    assert fusion.venue != "Information Fusion Oct."
    assert (screening.title, screening.venue, screening.year) == (
        "Integration of virtual and high-throughput screening",
        "Nat Rev Drug Discov",
        2002,
    )
    assert (outliers.venue, outliers.year) == ("J Chem Inf Model", 2006)
    assert seen.venue is None  # (lower-case words are no journal's name)


def test_one_persons_name_over_a_title_line_and_under_one() -> None:
    # h598 looper-causality: citations spread over lines, the name first or second
    doc = parse_text(
        "# Causality\n\n"
        "* Paul W. Holland.     \n"
        "  Statistics and Causal Inference.     \n"
        "  Journal of the American Statistical Association.     \n"
        "  Dec., 1986, Vol. 81 [jstor](https://www.jstor.org/stable/2289064)\n\n"
        "* Causality, determinism, and physics.   \n"
        "  Julio Geo-Banacloche.    \n"
        "  American Journal of Physics 90, 809 (2022); [doi](https://doi.org/10.1119/5.0087017).\n\n"
        "- Certified Human Trajectory Prediction.\n"
        "[Paper](https://openaccess.thecvf.com/x.pdf)\n"
        "[arXiv](https://arxiv.org/abs/2403.13778)\n\n"
        '- `r pkg("eurostat")` provides search for and\n'
        "    access to data from Eurostat, the statistical agency for the\n"
        "    European Union.\n"
    )
    holland, physics, certified, eurostat = doc.entries
    assert (holland.title.rstrip("."), holland.authors) == (
        "Statistics and Causal Inference",
        ["Paul W. Holland"],
    )
    assert (physics.title.rstrip("."), physics.authors) == (
        "Causality, determinism, and physics",
        ["Julio Geo-Banacloche"],
    )
    # (a title over its links, and a sentence's last words, name nobody)
    assert (certified.title.rstrip("."), certified.authors) == (
        "Certified Human Trajectory Prediction",
        [],
    )
    assert eurostat.authors == []


def test_a_bold_venue_and_year_then_a_dash_before_the_linked_title() -> None:
    # h599 awesome-kgqa: "- **CIKM 2015**-[Title](url):smile:[[code]](url)"
    doc = parse_text(
        "# KGQA\n\n"
        "- **CIKM 2015**-[More Accurate Question Answering on Freebase](https://dl.acm.org/x)"
        ":smile:[[code]](https://github.com/ad-freiburg/aqqu)\n"
        "- **EMNLP 2018** - [SimpleQuestions Nearly Solved: A New Upperbound](https://x.org/s)\n"
    )
    cikm, emnlp = doc.entries
    assert (cikm.title, cikm.venue, cikm.year) == (
        "More Accurate Question Answering on Freebase",
        "CIKM",
        2015,
    )
    assert (emnlp.venue, emnlp.year) == ("EMNLP", 2018)


def test_the_last_sentence_of_a_pipe_items_title_cell_is_its_venue() -> None:
    # h610 rsfm-survey: "1. Title. TGRS2022. | [paper](url) | [code](url) |"
    doc = parse_text(
        "# RSFMs\n\n"
        "1. An empirical study of remote sensing pretraining. TGRS2022. | "
        "[paper](https://ieeexplore.ieee.org/x) | [code](https://github.com/a/b) |\n"
        "2. Satmae: Pre-training transformers for temporal and multi-spectral satellite "
        "imagery. NeurIPS2022. | [paper](https://x.org/s) |\n"
    )
    study, satmae = doc.entries
    assert (study.title, study.venue, study.year) == (
        "An empirical study of remote sensing pretraining",
        "TGRS",
        2022,
    )
    assert (satmae.venue, satmae.year) == ("NeurIPS", 2022)


def test_a_month_in_brackets_then_the_venue_under_a_papers_title_and_names() -> None:
    # h610 change-captioning: "- **Title** [[paper]](url)" / "  - Names" / "  - (2024. 10) Arxiv"
    doc = parse_text(
        "# Change captioning\n\n"
        "- **MV-CC: Mask Enhanced Video Model for Remote Sensing Change Caption** "
        "[[paper]](https://arxiv.org/abs/2410.23946) [[code]](https://github.com/l/MV-CC)\n"
        "  - Ruixun Liu, Kaiyu Li, Jiayi Song, Dongwei Sun, Xiangyong Cao\n"
        "  - (2024. 10) Arxiv\n"
    )
    [entry] = doc.entries
    assert (entry.venue, entry.year, entry.date) == ("arXiv", 2024, "2024-10")
    assert entry.authors == ["Ruixun Liu", "Kaiyu Li", "Jiayi Song", "Dongwei Sun", "Xiangyong Cao"]


def test_year_and_venue_between_bars_in_a_leading_bracket() -> None:
    # h613 low-precision-training: "-  [**2024 | arXiv | 🤖**] Title [[📄 paper](url)]"
    doc = parse_text(
        "# Low precision\n\n"
        "-  [**2024 | arXiv**] Trainable Fixed-Point Quantization for Deep Learning "
        "[[📄 paper](http://arxiv.org/abs/2401.17544)]\n"
        "-  [**2015 | ICLR Workshop | 🤖**] Training deep neural networks with low precision "
        "multiplications [[📄 paper](http://arxiv.org/abs/1412.7024)]\n"
    )
    fixed, workshop = doc.entries
    assert (fixed.title, fixed.venue, fixed.year) == (
        "Trainable Fixed-Point Quantization for Deep Learning",
        "arXiv",
        2024,
    )
    assert (workshop.venue, workshop.year) == ("ICLR Workshop", 2015)


def test_names_and_a_colon_over_a_quoted_linked_title() -> None:
    # h614 ddia-batch-processing-refs: "1.  Jeffrey Dean and Sanjay Ghemawat:" / "“[Title](url),”"
    doc = parse_text(
        "# References\n\n"
        "1.  Jeffrey Dean and Sanjay Ghemawat:\n"
        "    “[MapReduce: Simplified Data Processing on Large Clusters]"
        "(https://research.google/pubs/pub62/),”\n"
        "    at *6th USENIX Symposium on Operating System Design and Implementation* (OSDI), "
        "December 2004.\n\n"
        "1.  Joel Spolsky:\n"
        "    “[The Perils of JavaSchools](https://www.joelonsoftware.com/2005/12/29/p/),” "
        "*joelonsoftware.com*, December 29, 2005.\n"
    )
    mapreduce, perils = doc.entries
    assert (mapreduce.title, mapreduce.authors) == (
        "MapReduce: Simplified Data Processing on Large Clusters",
        ["Jeffrey Dean", "Sanjay Ghemawat"],
    )
    assert (perils.title, perils.authors) == ("The Perils of JavaSchools", ["Joel Spolsky"])


def test_a_methods_short_name_in_bold_then_its_linked_title_and_lines_below() -> None:
    # h611 video-captioning-papers: "1. **LSTM-P**: [Title](url) <br>" / "*Names* <br>" /
    # "NAACL, 2015.[[caffe-code]](url)"; a product's name stays a software list's title
    doc = parse_text(
        "# Video captioning\n\n"
        "1. **LSTM-P**: [Translating Videos to Natural Language Using Deep Recurrent Neural "
        "Networks](https://x.org/a.pdf) <br>\n"
        "*Subhashini Venugopalan, Huijuan Xu, Jeff Donahue* <br>\n"
        "NAACL, 2015.[[caffe-code]](https://gist.github.com/v/3)\n\n"
        "# Tools\n\n"
        "- **Flask**: [A micro web framework written in Python](https://flask.palletsprojects.com/)\n"
    )
    lstm, flask = doc.entries
    assert (lstm.title, lstm.venue, lstm.year, lstm.aliases) == (
        "Translating Videos to Natural Language Using Deep Recurrent Neural Networks",
        "NAACL",
        2015,
        ["LSTM-P"],
    )
    assert lstm.authors == ["Subhashini Venugopalan", "Huijuan Xu", "Jeff Donahue"]
    assert flask.title == "Flask"


def test_a_bold_name_colon_title_then_a_sentence_of_names() -> None:
    # h618 zsl-papers-yi: "+ **HSVA**: Title. Shiming Chen, Guo-Sen Xie, …. [[paper]](url)"
    doc = parse_text(
        "#### NeurIPS 2021\n"
        "+ **HSVA**: Hierarchical Semantic-Visual Adaptation for Zero-Shot Learning. Shiming "
        "Chen, Guo-Sen Xie, Qinmu Peng, Ling Shao. [[paper]](https://arxiv.org/abs/2109.15163)\n"
    )
    [entry] = doc.entries
    assert entry.title.endswith("Hierarchical Semantic-Visual Adaptation for Zero-Shot Learning")
    assert entry.authors == ["Shiming Chen", "Guo-Sen Xie", "Qinmu Peng", "Ling Shao"]


def test_a_pipe_items_linked_venue_its_arxiv_month_and_the_names_line_under_it() -> None:
    # h620 lora-adapter-papers: "- Title | [Venue Year](url) | [Code](url) | Venue Year \"
    # over the names; "[arXiv 2402]" is the preprint's year and month (2402 is no year), a
    # published venue in a cell of text wins over it; "[arXiv 2004]" may be the year 2004
    doc = parse_text(
        "# LoRA\n\n"
        "- SparseAdapter: An Easy Approach for Improving the Parameter-Efficiency of Adapters"
        " | [Findings of EMNLP 2022](https://arxiv.org/abs/2210.04284) | "
        "[Code](https://github.com/Shwai-He/SparseAdapter) \\\n"
        "  Shwai He, Liang Ding, Daize Dong, Miao Zhang, Dacheng Tao\n"
        "- LoRETTA: Low-Rank Economic Tensor-Train Adaptation | "
        "[arXiv 2402](https://arxiv.org/pdf/2402.11417.pdf) | "
        "[Code](https://github.com/yifanycc/loretta) | NAACL 2024 \\\n"
        "  Yifan Yang, Jiajun Zhou, Ngai Wong, Zheng Zhang\n"
        "- LoRA-FA: Memory-efficient low-rank adaptation for large language models | "
        "[arXiv 2308](https://arxiv.org/pdf/2308.03303.pdf) | "
        "[Code](https://github.com/a/lora-fa) \\\n"
        "  Longteng Zhang, Lin Zhang, Shaohuai Shi\n"
        "- DyLoRA: Parameter Efficient Tuning of Pre-trained Models | "
        "[EACL](https://arxiv.org/abs/2210.07558) | [Code](https://github.com/h/DyLoRA) \\\n"
        "  Mojtaba Valipour, Mehdi Rezagholizadeh, Ivan Kobyzev, Ali Ghodsi\n"
        "- An Old Preprint About Adapters | [arXiv 2004](https://arxiv.org/abs/x) | "
        "[Code](https://github.com/o/p) \\\n"
        "  Ann Lee, Bo Chen\n"
    )
    sparse, loretta, lora_fa, dylora, old = doc.entries
    assert (sparse.venue, sparse.year, sparse.authors[:2]) == (
        "Findings of EMNLP",
        2022,
        ["Shwai He", "Liang Ding"],
    )
    assert (loretta.venue, loretta.year, loretta.authors[-1]) == ("NAACL", 2024, "Zheng Zhang")
    assert (lora_fa.venue, lora_fa.year, lora_fa.date) == ("arXiv", 2023, "2023-08")
    assert lora_fa.authors == ["Longteng Zhang", "Lin Zhang", "Shaohuai Shi"]
    assert (dylora.venue, dylora.year, len(dylora.authors)) == ("EACL", None, 4)
    assert old.date is None and old.authors == ["Ann Lee", "Bo Chen"]


def test_the_last_sentences_of_an_unlinked_paper_line_state_its_year_and_venue() -> None:
    # h619 pointcloud-registration-papers: "Title. 2021", "Title. 2019 TIP", "Title. 2017.
    # RAS", "Title. ISPRS Journal. 2021", "Title。 2017", "Title.\" SGP 2005."; a sentence of
    # words before a year stays the title's, and so does a short title's year alone
    doc = parse_text(
        "# Registration\n\n"
        "- Registration of 3D Point Sets Using Correntropy Similarity Matrix. 2021\n"
        "- Evaluating Local Geometric Feature Representations for 3D Rigid Data Matching. "
        "2019 TIP\n"
        "- Multi-Channel Generalized-ICP: A robust framework for multi-channel scan "
        "registration. 2017. RAS\n"
        "- Robust global registration of point clouds by closed-form solution in the "
        "frequency domain. ISPRS Journal. 2021\n"
        "- Recent developments and trends in point set registration methods。 2017\n"
        '- Robust global registration." SGP 2005.\n'
        "- Scale-Adaptive ICP. PR. 2021.\n"
        "- We met the authors in Rome. Welcome to the show 2019\n"
        "- Version 2.0. 2021\n"
    )
    assert [(e.title, e.year, e.venue) for e in doc.entries] == [
        ("Registration of 3D Point Sets Using Correntropy Similarity Matrix", 2021, None),
        (
            "Evaluating Local Geometric Feature Representations for 3D Rigid Data Matching",
            2019,
            "TIP",
        ),
        (
            "Multi-Channel Generalized-ICP: A robust framework for multi-channel scan registration",
            2017,
            "RAS",
        ),
        (
            "Robust global registration of point clouds by closed-form solution in the "
            "frequency domain",
            2021,
            "ISPRS Journal",
        ),
        ("Recent developments and trends in point set registration methods", 2017, None),
        ("Robust global registration", 2005, "SGP"),
        ("Scale-Adaptive ICP", 2021, "PR"),
        ("We met the authors in Rome. Welcome to the show 2019", None, None),
        ("Version 2.0. 2021", None, None),
    ]


def test_a_quoted_list_of_papers_led_by_venue_tags_and_short_names() -> None:
    # h623 geometric-gnn-survey: "> + [NIPS'17] SchNet: [Title](url)" (the tag the venue,
    # the short name a note), "[arXiv:2011.14115] DimeNet++:" (arXiv, its year unsaid), a
    # journal no alias knows among them; "> + QM9——[Title](url)" under "Datasets:"
    doc = parse_text(
        "# Survey\n\n### Invariant Graph Neural Networks\n"
        "> + [NIPS'17] SchNet: [A continuous-filter convolutional neural network for modeling "
        "quantum interactions](https://papers.nips.cc/p.pdf)\n"
        "> + [ICLR'20] DimeNet: [Directional Message Passing for Molecular Graphs]"
        "(https://openreview.net/pdf?id=B1)\n"
        "> + [arXiv:2011.14115] DimeNet++: [Fast and Uncertainty-Aware Directional Message "
        "Passing for Non-Equilibrium Molecules](https://arxiv.org/pdf/2011.14115.pdf)\n"
        "> + [NC'2401] ViSNet: [Enhancing geometric representations for molecules with "
        "equivariant vector-scalar interactive message passing](https://www.nature.com/a)\n"
        "> + [ICML'20] LieConv: [Generalizing Convolutional Neural Networks for Equivariance to "
        "Lie Groups](https://proceedings.mlr.press/v119/finzi20a.pdf)\n\n"
        "**Datasets:**\n"
        ">+ $N$-Body——[NRI: Neural relational inference for interacting systems]"
        "(https://arxiv.org/pdf/1802.04687.pdf)\n"
        ">+ 3D $N$-Body——[EGNN: E(n) equivariant graph neural networks]"
        "(https://arxiv.org/pdf/2102.09844.pdf)\n\n"
        "> Quoted remarks are no entries: see [the paper](https://arxiv.org/abs/2403.00485).\n"
    )
    assert [(e.source.line, e.venue, e.year) for e in doc.entries] == [
        (4, "NeurIPS", 2017),
        (5, "ICLR", 2020),
        (6, "arXiv", None),
        (7, None, None),
        (8, "ICML", 2020),
        (11, None, None),
        (12, None, None),
    ]
    assert doc.entries[0].title.startswith("A continuous-filter convolutional")
    assert doc.entries[5].title == "NRI: Neural relational inference for interacting systems"


def test_names_then_the_linked_title_then_in_a_workshop_and_its_year() -> None:
    # h623 financial-nlp: "Names. [Title](url). In ACL-ECONLP, 2018." (a workshop no alias
    # knows, its year after a comma), "In FinNLP 2019." (the year kept beside the venue)
    doc = parse_text(
        "# Financial NLP\n\n"
        "* Christoph Kilian Theil, Sanja Štajner and Heiner Stuckenschmidt. [Word "
        "Embeddings-Based Uncertainty Detection in Financial Disclosures]"
        "(https://www.aclweb.org/anthology/W18-3104/). In ACL-ECONLP, 2018.\n"
        "* Armineh Nourbakhsh and Grace Bang. [A framework for anomaly detection using "
        "language modeling](https://arxiv.org/abs/1908.09156). In FinNLP 2019.\n"
    )
    theil, nourbakhsh = doc.entries
    assert (theil.venue, theil.year, theil.authors[-1]) == (
        "ACL-ECONLP",
        2018,
        "Heiner Stuckenschmidt",
    )
    assert (nourbakhsh.venue, nourbakhsh.year) == ("FinNLP", 2019)


def test_a_link_closed_by_a_venue_word_and_its_marked_year() -> None:
    # h643 ssl-skeleton-action-recognition: "✅[USDRL AAAI'2025](url) [[code](url)]": the
    # method's name, then the venue and the year after an apostrophe
    doc = parse_text(
        "❌[Heterogeneous CVPR'2025](https://openaccess.thecvf.com/a.pdf)\n\n"
        "✅[USDRL AAAI'2025](https://ojs.aaai.org/32899) [[code](https://github.com/w/USDRL)]\n\n"
        "✅[MS-CLR arxiv'2025](https://arxiv.org/abs/2508.14889)[[code](https://github.com/m/c)]\n"
    )
    assert [(e.title, e.venue, e.year) for e in doc.entries] == [
        ("Heterogeneous", "CVPR", 2025),
        ("USDRL", "AAAI", 2025),
        ("MS-CLR", "arXiv", 2025),
    ]


def test_a_bracket_of_venue_comma_year_closing_a_title_before_its_paper_link() -> None:
    # h643 har-library-challenges: "- Title(BSN, 2015)[[**paper**](url)]", "- Title (ISWC,
    # 2021)[[**paper**](url)] [[**code**](url)]": the journal as written, known or not
    doc = parse_text(
        "- A-Wristocracy: Deep Learning on Wrist-worn Sensing for Recognition of User Complex"
        "  Activities(BSN, 2015)[[**paper**](https://ieeexplore.ieee.org/document/7299406)]\n"
        "- Improving Deep Learning for HAR with shallow LSTMs (ISWC, 2021)[[**paper**]"
        "(https://dl.acm.org/doi/10.1145/3460421.3480419)] [[**code**](https://github.com/m/d)]\n"
        "- Semi-supervised Learning Using Adversarial Autoencoders(UbiComp/ISWC, 2019)"
        "[[**paper**](https://dl.acm.org/doi/10.1145/3341162)]\n"
    )
    assert [(e.title, e.venue, e.year) for e in doc.entries] == [
        (
            "A-Wristocracy: Deep Learning on Wrist-worn Sensing for Recognition of User Complex "
            "Activities",
            "BSN",
            2015,
        ),
        ("Improving Deep Learning for HAR with shallow LSTMs", "ISWC", 2021),
        ("Semi-supervised Learning Using Adversarial Autoencoders", "UbiComp/ISWC", 2019),
    ]


def test_a_ubiquitous_computing_venue_in_bold_after_the_links() -> None:
    # h643 har-paper-with-code: "- Title [[**paper**](url)] [code] (**ubicomp**)": the venue
    # the venues data knows (its year only in the heading above)
    doc = parse_text(
        "### 2014\n- Connecting personal-scale sensing and networked community behavior "
        "[[**paper**](https://dl.acm.org/doi/abs/10.1145/2632048.2636094)] [code] (**ubicomp**)\n"
    )
    assert (doc.entries[0].venue, doc.entries[0].year) == ("UbiComp", None)


def test_a_line_under_a_title_naming_only_its_venue() -> None:
    # h645 poi-rec-deep-spatiotemporal: "* Title." / "<br>Proceedings of the AAAI Conference
    # on Artificial Intelligence." / "<br>[[paper]](url)", and "<br>The VLDB Journal　　　ACM"
    # (where it was found after a run of ideographic spaces)
    doc = parse_text(
        "* Where to go next: modeling long-and short-term user preferences for point-of-interest"
        " recommendation. \n<br>Proceedings of the AAAI Conference on Artificial Intelligence. \n"
        "<br>[[paper]](https://ojs.aaai.org/index.php/AAAI/article/view/5353)\n\n"
        "* Location prediction in large-scale social networks: an in-depth benchmarking study. \n"
        "<br>The VLDB Journal\u3000\u3000\u3000\u3000ACM\n"
        "<br>[[Paper]](https://doi.org/10.1007/s00778-019-00553-0)\n\n"
        "* A third paper whose second line is a sentence, not a venue. \n"
        "<br>We study where people go next.\n<br>[[Paper]](https://doi.org/10.1/x)\n"
    )
    assert [(e.venue, e.year) for e in doc.entries] == [
        ("AAAI", None),
        ("The VLDB Journal", None),
        (None, None),
    ]


def test_a_bold_short_name_a_colon_then_a_citation_names_first() -> None:
    # h618 zsl-papers-yi: "+ **IPN**: Names. Title. [[No code - 210805]]()", "+ **TIST19**:
    # Names. Title. [[paper]](url)" (a venue tag, not a name) and "+ **GRaWD**: Imaginative
    # Walks: Generative …. Names. [[paper]](url)" (a title with a colon of its own)
    doc = parse_text(
        "+ **IPN**: Lu Liu, Tianyi Zhou, Guodong Long, Jing Jiang. Isometric Propagation Network "
        "for Generalized Zero-shot Learning. [[No code - 210805]]()\n"
        "+ **TIST19**: Wei Wang, Vincent W. Zheng, Han Yu, and Chunyan Miao. A Survey of Zero-Shot"
        " Learning: Settings, Methods, and Applications. [[paper]](https://dl.acm.org/doi/1)\n"
        "+ **GRaWD**: Imaginative Walks: Generative Random Walk Deviation Loss for Improved Unseen"
        " Learning Representation. Divyansh Jha, Kai Yi, Ivan Skorokhodov, Mohamed Elhoseiny. "
        "[[paper]](https://arxiv.org/abs/2104.09757) [[code]](https://github.com/V/GRaWD)\n"
    )
    ipn, survey, grawd = doc.entries
    assert (ipn.title, ipn.aliases, ipn.authors[:2]) == (
        "Isometric Propagation Network for Generalized Zero-shot Learning",
        ["IPN"],
        ["Lu Liu", "Tianyi Zhou"],
    )
    assert (survey.title, survey.venue, survey.year, survey.aliases) == (
        "A Survey of Zero-Shot Learning: Settings, Methods, and Applications",
        "TIST",
        2019,
        [],
    )
    assert survey.authors == ["Wei Wang", "Vincent W. Zheng", "Han Yu", "Chunyan Miao"]
    assert (grawd.title, grawd.aliases) == (
        "Imaginative Walks: Generative Random Walk Deviation Loss for Improved Unseen Learning "
        "Representation",
        ["GRaWD"],
    )


def test_a_workshop_held_at_a_venue_after_a_citations_in() -> None:
    # h647 agents4science-osu: "Names. 2023. **Title**. In *Instruction Workshop @ NeurIPS
    # 2023*. url": "In" opens the venue's sentence, it is no word of the workshop's name
    doc = parse_text(
        "- Biqing Qi, Kaiyan Zhang, Haoxiang Li, Bowen Zhou. 2023. **Large Language Models are "
        "Zero Shot Hypothesis Proposers**. In *Instruction Workshop @ NeurIPS 2023*. "
        "https://arxiv.org/abs/2311.05965\n"
    )
    entry = doc.entries[0]
    assert (entry.title, entry.venue, entry.year) == (
        "Large Language Models are Zero Shot Hypothesis Proposers",
        "Instruction Workshop @ NeurIPS",
        2023,
    )


def test_a_bold_name_and_a_citation_key_whose_year_carries_a_letter() -> None:
    # h647 agents4science-osu: "- **MLR-Copilot (Li et al., 2024b)**: An agent framework …":
    # the letter tells two works of one year apart, the year is still 2024
    doc = parse_text(
        "- **The AI Scientist (Lu et al., 2024)**: A framework that enables language models.\n\n"
        "- **MLR-Copilot (Li et al., 2024b)**: An agent framework that leverages agents.\n"
    )
    assert [(e.title, e.year) for e in doc.entries] == [
        ("The AI Scientist", 2024),
        ("MLR-Copilot", 2024),
    ]


def test_names_a_linked_title_then_an_emphasised_journal_and_its_year() -> None:
    # h648 imaging-genetics: "* Lee et al., [Title](url), *Precision and Future Medicine*,
    # 2017": the year after the journal the emphasis names
    doc = parse_text(
        "  * Lee et al., [Radiomics and imaging genomics in precision medicine]"
        "(https://www.pfmjournal.org/journal/view.php?number=9), *Precision and Future "
        "Medicine*, 2017\n"
    )
    entry = doc.entries[0]
    assert (entry.authors, entry.venue, entry.year) == (
        ["Lee"],
        "Precision and Future Medicine",
        2017,
    )


def test_a_reference_in_the_acm_author_year_way_as_text_or_as_a_links_text() -> None:
    # h649 awesome-document-similarity: "- SMASH-RNN: [Jiang, J. et al. 2019. Title. The World
    # Wide Web Conference on - WWW ’19 (…), 795–806.](url)", "- Reimers, N. and Gurevych, I.
    # 2019. Title. The 2019 Conference on … (EMNLP 2019) (2019)." (no link)
    doc = parse_text(
        "- SMASH-RNN: [Jiang, J. et al. 2019. Semantic Text Matching for Long-Form Documents. "
        "The World Wide Web Conference on - WWW ’19 (New York, New York, USA, 2019), 795–806.]"
        "(http://dl.acm.org/citation.cfm?doid=3308558.3313707)\n"
        "- Reimers, N. and Gurevych, I. 2019. Sentence-BERT: Sentence Embeddings using Siamese "
        "BERT-Networks. The 2019 Conference on Empirical Methods in Natural Language Processing "
        "(EMNLP 2019) (2019).\n"
    )
    smash, sbert = doc.entries
    assert (smash.title, smash.venue, smash.year, smash.authors) == (
        "Semantic Text Matching for Long-Form Documents",
        "WWW",
        2019,
        ["Jiang, J."],
    )
    assert [link.url for link in smash.links] == [
        "http://dl.acm.org/citation.cfm?doid=3308558.3313707"
    ]
    assert (sbert.title, sbert.venue, sbert.year, sbert.authors) == (
        "Sentence-BERT: Sentence Embeddings using Siamese BERT-Networks",
        "EMNLP",
        2019,
        ["Reimers, N.", "Gurevych, I."],
    )


def test_numbered_lines_of_references_in_their_links_text() -> None:
    # h651 multi-camera-network: "[1] [M.Valera et al. Title. 2005.](url)<br>" a line, a
    # paragraph of them under "## Survey": a paper a line, the link's text its reference
    doc = parse_text(
        "## Survey\n"
        "[1] [M.Valera et al. Intelligent distributed surveillance systems: a review. 2005.]"
        "(https://pdfs.semanticscholar.org/ce96.pdf)<br>\n"
        "[2] [Wang et al. Intelligent multi-camera video surveillance: a review. 2012.]"
        "(https://dl.acm.org/citation.cfm?id=2397216)<br>\n"
        "[3] [Ye et al. Wireless Video Surveillance: A Survey. 2013.]"
        "(https://www.researchgate.net/publication/270767766)\n"
    )
    assert [(e.title, e.year, e.authors, e.source.line) for e in doc.entries] == [
        ("Intelligent distributed surveillance systems: a review", 2005, ["M.Valera"], 2),
        ("Intelligent multi-camera video surveillance: a review", 2012, ["Wang"], 3),
        ("Wireless Video Surveillance: A Survey", 2013, ["Ye"], 4),
    ]
