"""Tables read by meaning: column roles from the header, the title from the title column or
the main link's cell, every cell's links kept with their column's role, HTML tables."""

from __future__ import annotations

import pytest

from awesome_ptm.model import Document, Entry
from awesome_ptm.parse import parse_text
from awesome_ptm.parse._columns import assign_roles, column_group_width, header_role


def _entry(doc: Document, line: int) -> Entry:
    [entry] = [e for e in doc.entries if e.source.line == line]
    return entry


def _roles(entry: Entry) -> list[tuple[str, str | None]]:
    return [(link.url, link.role) for link in entry.links]


@pytest.mark.parametrize(
    ("header", "role"),
    [
        ("Date", "date"),
        ("date", "date"),
        ("Release Time", "date"),
        ("发布时间", "date"),
        ("时间", "date"),
        ("Month", "date"),  # "| Title | Tags | Month |" with "June 2026"
        ("Course Name", "title"),  # an English header ending in "name" names each row's thing
        ("Tool Name", "title"),
        ("model_name", "model"),  # (underscores are spaces: the model column's "model name")
        ("S.No", "number"),
        ("Course WebPage", "link"),
        ("年份", "year"),
        ("Title", "title"),
        ("名称", "title"),
        ("论文", "title"),
        ("资源名（Name）", "title"),
        ("**Paper**", "paper"),
        ("Paper / Source", "paper"),
        ("Venue", "venue"),
        ("Conf/Jour", "venue"),
        ("Details", "notes"),
        ("会议", "venue"),
        ("来源", "venue"),
        ("training code", "code"),
        ("代码", "code"),
        ("Institute", "institution"),
        ("作者/组织", "institution"),
        ("Authors", "authors"),
        ("说明", "notes"),
        ("备注", "remarks"),
        ("Update Content", "update"),
        ("包含模型", None),  # "models included" is not the title column
        ("citation count", None),
    ],
)
def test_header_roles_by_meaning(header: str, role: str | None) -> None:
    assert header_role(header) == role


def test_paper_column_is_the_title_without_a_title_column() -> None:
    assert assign_roles(["Date", "keywords", "Institute", "Paper"]) == [
        "date",
        "keywords",
        "institution",
        "title",
    ]
    assert assign_roles(["Date", "Title", "Paper", "Code"]) == ["date", "title", "paper", "code"]
    assert assign_roles(["Model", "F1", "Paper"]) == ["model", "column-2", "title"]


def test_date_first_table_takes_the_title_from_the_paper_column() -> None:
    doc = parse_text(
        "| Date | keywords | Institute | Paper |\n"
        "| --- | --- | --- | --- |\n"
        "| 2022-10 | Flan | [Google](https://ai.google/) "
        "| [Scaling Instruction-Finetuned Language Models](https://arxiv.org/abs/2210.11416) |\n"
    )
    entry = _entry(doc, 3)
    assert entry.title == "Scaling Instruction-Finetuned Language Models"
    assert (entry.year, entry.date) == (2022, "2022-10")
    # The link in the institution column is kept, tagged with its column.
    assert _roles(entry) == [
        ("https://ai.google/", "institution"),
        ("https://arxiv.org/abs/2210.11416", "title"),
    ]
    # Each link is found where it is written, in its own cell.
    line = doc.line_text(3)
    assert [line.index(link.url) + 1 for link in entry.links] == [
        link.column for link in entry.links
    ]


def test_every_cell_link_is_kept_with_its_role() -> None:
    doc = parse_text(
        "| Title | Venue | Date | Code | Demo |\n"
        "|---|---|---|---|---|\n"
        "| [**Look Twice**](https://arxiv.org/pdf/2410.03577) | NeurIPS'22 | 2024-10-04 "
        "| [Github](https://github.com/a/b) | [Demo](https://demo.example.org) |\n"
    )
    entry = _entry(doc, 3)
    assert entry.title == "Look Twice"
    assert (entry.venue, entry.year, entry.date) == ("NeurIPS", 2022, "2024-10-04")
    assert _roles(entry) == [
        ("https://arxiv.org/pdf/2410.03577", "title"),
        ("https://github.com/a/b", "code"),
        ("https://demo.example.org", "demo"),
    ]


def test_title_cell_html_markup_is_not_the_name() -> None:
    doc = parse_text(
        "| Name | Paper |\n|---|---|\n"
        "| **M<sup>3</sup>CoT** | [M3CoT: A Benchmark](https://arxiv.org/abs/2405.16473) |\n"
    )
    assert _entry(doc, 3).title == "M3CoT"


def test_authors_column_keeps_its_links() -> None:
    doc = parse_text(
        "| Title | Authors |\n|---|---|\n"
        "| [BERT](https://arxiv.org/abs/1810.04805) "
        "| [Jacob Devlin](https://x.org/jd), Ming-Wei Chang |\n"
    )
    entry = _entry(doc, 3)
    assert entry.authors == ["Jacob Devlin", "Ming-Wei Chang"]
    assert ("https://x.org/jd", "authors") in _roles(entry)


def test_title_never_comes_from_a_date_or_a_status() -> None:
    doc = parse_text(
        "| date | status | keywords |\n|---|---|---|\n"
        "| 2021.9 | done | [GLM](https://github.com/THUDM/GLM) |\n"
    )
    entry = _entry(doc, 3)
    assert entry.title == "GLM"
    assert (entry.year, entry.date) == (2021, "2021-09")


def test_row_missing_a_cell_is_aligned_by_evidence() -> None:
    doc = parse_text(
        "| Title | Venue | Date | Code |\n|---|---|---|---|\n"
        "| [A paper](https://arxiv.org/abs/2101.00001) | 2021-01 "
        "| [code](https://github.com/a/b) |\n"
    )
    entry = _entry(doc, 3)
    # GFM would read the date as the venue; the cells' content says the venue is missing.
    assert entry.venue is None
    assert (entry.year, entry.date) == (2021, "2021-01")
    assert "venue" in entry.null_fields
    assert list(entry.fields) == ["title", "date", "code"]
    assert ("https://github.com/a/b", "code") in _roles(entry)


def test_a_row_missing_its_last_cell_under_a_time_column_of_venues() -> None:
    """optical-flow-papers (h489): ``| Time | Paper | Repo |`` whose Time cells are venues
    and short years (``CVPR23``), some rows without a repository cell (``|CVPR23|[Title](url)``):
    the venue and year stand under Time, the title under Paper; the repository is missing."""
    doc = parse_text(
        "| Time | Paper | Repo |\n| -------- | -------- | -------- |\n"
        "|CVPR22|[GMFlow: Learning Optical Flow via Global Matching](https://arxiv.org/abs/2111"
        ".13680)|[gmflow](https://github.com/haofeixu/gmflow)|\n"
        "|CVPR23|[DistractFlow: Improving Optical Flow Estimation via Realistic Distractions "
        "and Pseudo-Labeling](https://arxiv.org/abs/2303.14078)\n"
    )
    entry = _entry(doc, 4)
    assert (entry.title, entry.venue, entry.year) == (
        "DistractFlow: Improving Optical Flow Estimation via Realistic Distractions and "
        "Pseudo-Labeling",
        "CVPR",
        2023,
    )


def test_a_headerless_column_of_years_is_the_year_column() -> None:
    """awesome-data-valuation (h495) writes its tables with an empty header (``| | | | |``),
    the second column names, the third years: a column left without a header whose cells
    are years alone gives each row its year; a headerless column of other text stays a
    column we do not know."""
    rows = "".join(
        f"| [Paper number {i}](https://arxiv.org/abs/2101.0000{i}) | Ann Lee & Bo Chen | {2019 + i}"
        f" | <details><summary>Summary</summary> About it. </details> |\n"
        for i in range(4)
    )
    doc = parse_text("## Papers\n\n| | | | |\n| --- | --- | --- | --- |\n" + rows)
    assert [(e.title, e.year) for e in doc.entries] == [
        (f"Paper number {i}", 2019 + i) for i in range(4)
    ]
    text_rows = "".join(
        f"| [Tool {i}](https://t{i}.example/) | a tool | version {i} |\n" for i in range(4)
    )
    tools = parse_text("## Tools\n\n| | | |\n| --- | --- | --- |\n" + text_rows)
    assert [e.year for e in tools.entries] == [None] * 4


def test_cells_past_the_header_keep_their_links() -> None:
    doc = parse_text(
        "| 名称 | 说明 | 链接 |\n| --- | --- | --- |\n"
        "| Intro to LLMs | 介绍 | 课程 | [youtube](https://www.youtube.com/watch?v=x) |\n"
    )
    assert [link.url for link in _entry(doc, 3).links] == ["https://www.youtube.com/watch?v=x"]


def test_chinese_headers() -> None:
    doc = parse_text(
        "|序号|公司|大模型|省市|类别|官网|说明|\n|:-|:-|:-|:-|:-|:-|:-|\n"
        "|12|华为|[盘古](https://a.cn/p),[盘古气象](https://b.com/q)|广东深圳|工业|✔|华为+鹏城|\n"
        "|1|百度| [文心一言](https://yiyan.baidu.com)|北京|通用|✔|有APP|\n"
    )
    assert _entry(doc, 3).title == "盘古,盘古气象"
    assert [link.url for link in _entry(doc, 3).links] == ["https://a.cn/p", "https://b.com/q"]
    assert _entry(doc, 4).title == "文心一言"


def test_row_title_decoration_and_venue_tag() -> None:
    doc = parse_text(
        "|Date|Title|Paper|Code|\n|---|---|---|---|\n"
        "|2025.02| 🔥[**DynamicLLaVA**] [ICLR2025] Dynamic-LLaVA: Efficient MLLMs (@ECNU)"
        "|[[pdf]](https://arxiv.org/pdf/2412.00876)|[[code]](https://github.com/o/d)|\n"
    )
    entry = _entry(doc, 3)
    assert entry.title == "Dynamic-LLaVA: Efficient MLLMs"
    assert (entry.venue, entry.year, entry.date) == ("ICLR", 2025, "2025-02")
    assert _roles(entry) == [
        ("https://arxiv.org/pdf/2412.00876", "paper"),
        ("https://github.com/o/d", "code"),
    ]


def test_numbered_title_cell_with_its_description() -> None:
    doc = parse_text(
        "| **Paper** | **Links** |\n| --- | --- |\n"
        "| 1) MEM1  This work introduces MEM1, an RL framework. <br>● Point | "
        "[Paper](https://arxiv.org/abs/2506.15841), [Tweet](https://x.com/a/status/1) |\n"
        "| 2) **MusicLM: Generating Music From Text** - a generative model. | "
        "[Paper](https://arxiv.org/abs/2301.11325) |\n"
    )
    assert _entry(doc, 3).title == "MEM1"
    assert _entry(doc, 4).title == "MusicLM: Generating Music From Text"


def test_model_column_gives_way_to_the_paper_and_its_citation_year() -> None:
    doc = parse_text(
        "| Model | F1 | Paper |\n| --- | --- | --- |\n"
        "| Gated-Attention Reader (Dhingra et al., 2017) | 33.9 "
        "| [CliCR: A Dataset of Clinical Case Reports](http://aclweb.org/anthology/N18-1140) |\n"
    )
    entry = _entry(doc, 3)
    assert entry.title == "CliCR: A Dataset of Clinical Case Reports"
    assert entry.year == 2017


def test_tables_that_hold_no_entries() -> None:
    doc = parse_text(
        "| 底座 | 包含模型 | 模型参数大小 |\n| --- | --- | --- |\n"
        "| ChatGLM | ChatGLM/2/3 | 6B |\n\n"
        "| Version | Time | Update Content |\n| --- | --- | --- |\n"
        "| V1 | 2023/03/31 | The initial version. |\n\n"
        "| 分类 | 链接 |\n| --- | --- |\n| 通用 | [查看](#base) |\n"
        "| NLU | [查看完整列表 →](docs/nlu-models.md) |\n"
    )
    assert doc.entries == []
    assert {b.kind for b in doc.blocks} >= {"table-row", "toc"}


def test_markdown_table_without_links_but_with_a_title_column_is_entries() -> None:
    doc = parse_text("| 名称 | 来源 |\n| --- | --- |\n| 《ALBERT》 | ICLR2020 |\n")
    assert [(e.title, e.venue, e.year) for e in doc.entries] == [("ALBERT", "ICLR", 2020)]


HTML_TABLE = """\
<table class="tg">
<thead>
  <tr>
    <th rowspan="2">Category</th>
    <th>model</th>
    <th>Release Time</th>
    <th>Size(B)</th>
    <th>Link</th>
  </tr>
</thead>
<tbody>
  <tr>
    <td rowspan="2">Publicly <br>Accessible</td>
    <td>T5</td>
    <td>2019/10</td>
    <td>11</td>
    <td><a href="https://arxiv.org/abs/1910.10683">Paper</a></td>
  </tr>
  <tr>
    <td>mT5</td>
    <td>2021/03</td>
    <td>13</td>
    <td><a href="https://arxiv.org/abs/2010.11934">Paper</a></td>
  </tr>
</tbody>
</table>
"""


def test_html_table_rows_are_entries() -> None:
    doc = parse_text("# Models\n\n" + HTML_TABLE)
    assert [(e.title, e.year, e.date, e.source.line) for e in doc.entries] == [
        ("T5", 2019, "2019-10", 14),
        ("mT5", 2021, "2021-03", 21),
    ]
    t5 = doc.entries[0]
    assert [(link.url, link.role, link.style) for link in t5.links] == [
        ("https://arxiv.org/abs/1910.10683", "link", "html")
    ]
    assert (t5.source.line, t5.source.end_line, t5.links[0].line) == (14, 20, 19)
    # The rowspan cell fills the category of the next row too.
    assert doc.entries[1].fields["category"] == "Publicly Accessible"


def test_html_layout_table_without_a_header_is_no_entry() -> None:
    doc = parse_text(
        '<table>\n  <tr>\n    <td>This <a href="https://youtu.be/x">video</a></td>\n'
        "  </tr>\n</table>\n"
    )
    assert doc.entries == []
    assert [b.kind for b in doc.blocks] == ["html"]


def test_a_paper_cell_that_only_says_paper_is_no_title() -> None:
    doc = parse_text(
        "# Models\n\n| Model | Paper | Code |\n| --- | --- | --- |\n"
        "| BERT-wwm | [paper](https://arxiv.org/abs/1906.08101) | [code](https://g.co/b) |\n"
        "| ERNIE | [ERNIE: Enhanced Representation](https://arxiv.org/abs/1904.09223) | - |\n"
    )
    assert [e.title for e in doc.entries] == ["BERT-wwm", "ERNIE: Enhanced Representation"]
    assert [link.url for link in doc.entries[0].links] == [
        "https://arxiv.org/abs/1906.08101",
        "https://g.co/b",
    ]


def test_a_model_column_standing_in_for_the_title_is_kept_as_the_model() -> None:
    doc = parse_text(
        "# Models\n\n| Model | Size | Link |\n| --- | --- | --- |\n"
        "| mT0 | 13 | [Paper](https://arxiv.org/abs/2211.01786) |\n"
        "| BLOOMZ | 176 | [Paper](https://arxiv.org/abs/2211.01786) |\n"
    )
    assert [(e.title, e.fields.get("model")) for e in doc.entries] == [
        ("mT0", "mT0"),
        ("BLOOMZ", "BLOOMZ"),
    ]


def test_a_catalogue_of_models_is_named_by_its_model_column() -> None:
    # The shape of eugeneyan/open-llms: a checkpoints column makes each row a model; the
    # paper or blog post is where it was described, not its name.
    doc = parse_text(
        "| Language Model | Release Date | Checkpoints | Paper/Blog |\n"
        "| --- | --- | --- | --- |\n"
        "| T5 | 2019/10 | [Flan-T5](https://huggingface.co/google/flan-t5-xxl) "
        "| [Exploring the Limits of Transfer Learning](https://arxiv.org/abs/1910.10683) |\n",
        "models.md",
    )
    entry = _entry(doc, 3)
    assert entry.title == "T5"
    assert entry.year == 2019 and entry.date == "2019-10"
    assert _roles(entry) == [
        ("https://huggingface.co/google/flan-t5-xxl", "download"),
        ("https://arxiv.org/abs/1910.10683", "paper"),
    ]


def test_a_results_table_without_checkpoints_is_named_by_its_paper() -> None:
    # "| Model | F1 | Paper |" (NLP-progress): the row is the paper's result.
    assert assign_roles(["Model", "F1", "Paper"]) == ["model", "column-2", "title"]
    assert assign_roles(["Model", "Checkpoints", "Paper"]) == ["title", "download", "paper"]


def test_html_in_a_date_cell_is_not_part_of_the_date() -> None:
    doc = parse_text(
        "| Name | Release Date | Paper |\n| --- | --- | --- |\n"
        "| ChatGLM | 2023/03<!--13--> | [ChatGLM](https://example.org/chatglm) |\n",
        "models.md",
    )
    entry = _entry(doc, 3)
    assert (entry.year, entry.date) == (2023, "2023-03")


def test_a_known_venue_and_year_closing_a_description_cell_is_the_venue() -> None:
    doc = parse_text(
        "# Models\n\n"
        "| Project | Details | Repository |\n"
        "| --- | --- | --- |\n"
        "| [GLM-130B (ChatGLM)](https://github.com/THUDM/GLM-130B) | An Open Bilingual "
        "Pre-Trained Model (ICLR 2023) | ![GitHub Badge](https://img.shields.io/x.svg) |\n"
        "| [CodeGeeX](https://github.com/THUDM/CodeGeeX) | CodeGeeX: An Open Multilingual Code "
        "Generation Model (KDD 2023) | |\n"
        "| [p-tuning-v2](https://github.com/THUDM/P-tuning-v2) | An optimized prompt tuning "
        "strategy. [(ACL 2022)](https://arxiv.org/abs/2110.07602) | |\n"
        "| [Tool](https://github.com/a/tool) | Runs models (Python 3.10) | |\n"
        "| [Other](https://github.com/a/other) | Trained as in (ICLR 2023) on more data | |\n"
        "| [Third](https://github.com/a/third) | A model (ICLR) | |\n",
        "x.md",
    )
    got = [(e.title, e.venue, e.year) for e in doc.entries]
    assert got == [
        ("GLM-130B (ChatGLM)", "ICLR", 2023),
        ("CodeGeeX", "KDD", 2023),
        ("p-tuning-v2", "ACL", 2022),
        ("Tool", None, None),  # not a venue
        ("Other", None, None),  # the bracket does not close the description
        ("Third", None, None),  # no year
    ]
    assert "https://arxiv.org/abs/2110.07602" in [link.url for link in doc.entries[2].links]


def _date_table(dates_and_venues: list[tuple[str, str]]) -> str:
    rows = "\n".join(
        f"{date}|[M{i}](https://arxiv.org/abs/{i})|{venue}|Paper {i}"
        for i, (date, venue) in enumerate(dates_and_venues)
    )
    return f"# Papers\n\n## Models\n\nDate|Method|Conference|Paper Title\n---|---|---|---\n{rows}\n"


def test_two_digit_year_dates_read_in_the_order_the_venue_years_show() -> None:
    text = _date_table(
        [
            ("19-06-11", "TKDE 2020"),
            ("22-02-15", "IJCAI 2023"),
            ("23-05-01", "Arxiv 2023"),
            ("23-10-09", "TKDE 2024"),
            ("24-03-21", ""),
        ]
    )
    entries = parse_text(text, "x.md").entries
    assert [e.date for e in entries] == [
        "2019-06-11",
        "2022-02-15",
        "2023-05-01",
        "2023-10-09",
        "2024-03-21",
    ]
    assert entries[-1].year == 2024  # no venue: the year is the date's
    assert entries[1].year == 2023  # the venue's year stays the entry's


def test_two_digit_year_dates_read_day_first_when_the_table_shows_it() -> None:
    text = _date_table(
        [
            ("11-06-19", "ACL 2019"),
            ("15-02-22", "ICLR 2022"),
            ("01-05-23", "ICML 2023"),
            ("31-12-20", "AAAI 2021"),
        ]
    )
    assert [e.date for e in parse_text(text, "x.md").entries] == [
        "2019-06-11",
        "2022-02-15",
        "2023-05-01",
        "2020-12-31",
    ]


def test_two_digit_year_dates_without_evidence_are_not_guessed() -> None:
    text = _date_table([("19-06-11", ""), ("22-02-15", ""), ("23-05-01", ""), ("23-10-09", "")])
    entries = parse_text(text, "x.md").entries
    assert [(e.date, e.year) for e in entries] == [(None, None)] * 4


def test_a_data_set_table_s_name_cells_and_date_spans() -> None:
    text = (
        "# Data\n\n## Pretraining\n\n"
        "| Dataset name | Used by | Date |\n|---|---|---|\n"
        "| C4 <br/> [Huggingface dataset](https://hf.example/c4) <br/> "
        "[TensorFlow dataset](https://tf.example/c4) | T5 | 2023/08~2023/9 |\n"
        "| [Computation Structures](https://learning.example/6.004) "
        "[alternative 1](https://ocw.example/a) [alternative 2](https://ocw.example/b)"
        " | - | 2024/4 |\n"
        "| ![Star](https://img.shields.io/x.svg) <br> [**OpenCoder**](https://arxiv.org/abs/2411.04905)"
        " | - | 2024.11 |\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.date, len(e.links)) for e in entries] == [
        ("C4", "2023-08", 2),
        ("Computation Structures", "2024-04", 3),
        ("OpenCoder", "2024-11", 1),
    ]


def test_a_header_less_html_table_of_linked_names_and_descriptions() -> None:
    rows = "".join(
        f'<tr><td><a href="https://t{i}.example/">Tool {i}</a></td>'
        f"<td>Tool {i} is a feed of threat data.</td></tr>\n"
        for i in range(3)
    )
    layout = (
        '<table><tr><td><img src="a.png"></td><td>Our logo and a long text</td></tr>\n'
        '<tr><td><a href="#intro">Intro</a></td><td>Jump to the intro</td></tr>\n'
        '<tr><td><a href="#more">More</a></td><td>Jump to more</td></tr></table>\n'
    )
    text = f"# Intel\n\n{layout}\n## Sources\n\n<table>\n{rows}</table>\n"
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.notes) for e in entries] == [
        (f"Tool {i}", [f"Tool {i} is a feed of threat data."]) for i in range(3)
    ]


def test_an_index_of_venues_is_no_table_of_entries() -> None:
    text = (
        "# FL\n\n## Events\n\n| Venue | 2024-2020 | before 2020 |\n|---|---|---|\n"
        "| [IJCAI](https://dblp.org/search?q=IJCAI) | [25](https://ijcai.org/2025/) | - |\n"
        "| [AAAI](https://dblp.org/search?q=AAAI) | [24](https://aaai.org/2024/) | - |\n\n"
        "## Detectors\n\n| Detector | VOC07 | Published In |\n|---|---|---|\n"
        "| R-CNN | 58.5 | CVPR'14 |\n| Fast R-CNN | 70.0 | ICCV'15 |\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.venue, e.year) for e in entries] == [
        ("R-CNN", "CVPR", 2014),
        ("Fast R-CNN", "ICCV", 2015),
    ]


def test_an_html_linked_image_in_a_cell_is_a_link_of_the_row() -> None:
    text = (
        "# OSS\n\n## Auth\n\nCategory|Company|Description|GitHub Stars|Alternative to\n"
        "|:-|:-|:-|:-|:-|\n"
        "Auth & SSO|[OPAL (Permit.io)](https://www.opal.ac/)|Authorization framework|"
        '<a href=https://github.com/permitio/opal><img src="https://img.shields.io/github/stars/'
        'permitio/opal?style=social" width=150/></a>|[Okta](https://okta.com/)\n'
    )
    (entry,) = parse_text(text, "x.md").entries
    assert sorted(link.url for link in entry.links) == [
        "https://github.com/permitio/opal",
        "https://okta.com/",
        "https://www.opal.ac/",
    ]


def test_a_project_column_of_generic_links_does_not_name_the_row() -> None:
    """``| Dataset | Year | Project |`` whose project cells all say ``[Project](url)``: the
    row is named by its linked data set, not by the word "Project"."""
    from awesome_ptm.parse import parse_text

    text = (
        "# Data\n\n"
        "| Dataset | Year | Language | Project |\n|---|:---:|---|---|\n"
        "|[SBU Caption](https://example.org/sbu.pdf)|2011|English|[Project](https://example.org/sbu)|\n"
        "|[MNIST](http://yann.lecun.com/exdb/mnist/)|1998|-|[Project](http://yann.lecun.com/)|\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.year, len(e.links)) for e in entries] == [
        ("SBU Caption", 2011, 2),
        ("MNIST", 1998, 2),
    ]


def test_a_video_table_with_us_dates_and_words_around_its_title_links() -> None:
    """``| 日期 | 标题 | … |`` with ``9/04/24`` dates: ``8/28/24`` can only be read month
    first, so the column is. A title cell's CJK words around its link are the title's; a
    row whose title links an anchor but whose other cells link videos is an entry."""
    from awesome_ptm.parse import parse_text

    badge = "[![bilibili](https://img.shields.io/badge/v-1-red)](https://www.bilibili.com/video/{})"
    text = (
        "# 论文精读\n\n| 日期 | 标题 | 时长 | 视频 |\n| --: | -- | --: | -- |\n"
        f"| 9/04/24 | Llama 3.1论文精读 · 5. 模型训练过程 | 10:41 | {badge.format('a')} |\n"
        f"| 8/28/24 | [GPT](https://example.org/gpt), [GPT-2](https://example.org/gpt2) 精读 "
        f"| 25:04 | {badge.format('b')} |\n"
        f"| 7/29/22 | [ViLT](https://arxiv.org/pdf/2102.03334.pdf) 论文精读 | 1:03:26 "
        f"| {badge.format('c')} |\n"
        f"| 12/20/21 | [对比学习](#contrastive_learning)论文综述 | 1:32:01 "
        f"| {badge.format('d')} |\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.date, e.year) for e in entries] == [
        ("Llama 3.1论文精读 · 5. 模型训练过程", "2024-09-04", 2024),
        ("GPT, GPT-2 精读", "2024-08-28", 2024),
        ("ViLT 论文精读", "2022-07-29", 2022),
        ("对比学习论文综述", "2021-12-20", 2021),
    ]
    assert [len(e.links) for e in entries] == [1, 3, 2, 2]


def test_two_digit_dates_stay_unread_without_evidence_of_their_order() -> None:
    """``3/04/24``, ``5/06/23``, ``1/02/22``: read month first or day first alike, and no
    cell or venue tells which; the dates stay unread rather than guessed."""
    from awesome_ptm.parse import parse_text

    text = (
        "# Talks\n\n| Date | Title |\n|---|---|\n"
        "| 3/04/24 | [Talk One About Things](https://example.org/1) |\n"
        "| 5/06/23 | [Talk Two About Things](https://example.org/2) |\n"
        "| 1/02/22 | [Talk Three About Things](https://example.org/3) |\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.date, e.year) for e in entries] == [(None, None)] * 3


def test_a_row_of_width_setting_images_is_no_entry() -> None:
    """``| <img width=10> | <img width=80/> |  |`` under the header only sets the columns'
    widths: no entry, and the rows after it are read as usual."""
    from awesome_ptm.parse import parse_text

    text = (
        "# Forecasting\n\n| Model | Paper | Publication |\n| :-: | :-: | - |\n"
        "| <img width=10>  | <img width=80/>  |   <img width=30/> |\n"
        "| Olivia | [Olivia: Harmonizing Time Series Foundation Models](https://example.org/o) "
        "| ICML<br>2026 |\n"
    )
    doc = parse_text(text, "x.md")
    assert [(e.title, e.venue, e.year) for e in doc.entries] == [
        ("Olivia: Harmonizing Time Series Foundation Models", "ICML", 2026)
    ]
    assert [b.kind for b in doc.blocks if b.line == 5] == ["spacer"]


def test_a_maker_s_linked_name_and_its_product_are_one_title() -> None:
    """``[SeMI](u1)'s [Weaviate](u2)``: the possessive joins two linked names into one
    title, both links the entry's."""
    from awesome_ptm.parse import parse_text

    text = (
        "# Alternatives\n\n| Category | Company | Description |\n|---|---|---|\n"
        "| Search | [SeMI](https://www.semi.technology/)'s "
        "[Weaviate](https://github.com/semi-technologies/weaviate) | Vector search engine |\n"
    )
    (entry,) = parse_text(text, "x.md").entries
    assert entry.title == "SeMI's Weaviate"
    assert len(entry.links) == 2


def test_venue_cells_no_alias_reads_keep_their_year_apart() -> None:
    """``ISPRS JPRS2024``, ``2024 MDPI MAKE``, ``武汉大学学报 (信息科学版) 2023``: the name as
    written, the year apart; a known venue with a workshop's name after its year keeps both
    (``NeurIPS2023 CCAI workshop``, ``ICLR 2025 Workshop AgenticAI``); ``NeurIPSW`` is
    NeurIPS's workshop."""
    from awesome_ptm.parse import parse_text

    rows = [
        ("SAR-JEPA: Predicting Gradient is Better", "ISPRS JPRS2024"),
        ("A Survey of Routing Problems", "2024 MDPI MAKE"),
        ("遥感大模型：进展与前瞻", "武汉大学学报 (信息科学版) 2023"),
        ("Climate Foundation Models", "NeurIPS2023 CCAI workshop"),
        ("Agents for Scheduling", "ICLR 2025 Workshop AgenticAI"),
        ("Segment Anything for Remote Sensing", "NeurIPSW"),
    ]
    text = "# RS\n\n| Title | Publication |\n|---|---|\n" + "".join(
        f"| [{title}](https://example.org/{n}) | {venue} |\n"
        for n, (title, venue) in enumerate(rows)
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.venue, e.year) for e in entries] == [
        ("ISPRS JPRS", 2024),
        ("MDPI MAKE", 2024),
        ("武汉大学学报 (信息科学版)", 2023),
        ("NeurIPS CCAI Workshop", 2023),
        ("ICLR Workshop AgenticAI", 2025),
        ("NeurIPS Workshop", None),
    ]


def test_a_title_cell_with_a_quoted_word_and_a_glued_workshop_venue() -> None:
    """``CAMixerSR: Only Details Need More “Attention”`` is a title with a quoted word (no
    names before the quote), and a venue link ``[CVPRW24](url)`` is CVPR's workshop, 2024."""
    from awesome_ptm.parse import parse_text

    text = (
        "# SR\n\n|Title|Model|Published|Code|\n|---|---|---|---|\n"
        "|CAMixerSR: Only Details Need More “Attention” |CAMixerSR | "
        "[CVPR24](https://arxiv.org/pdf/2402.19289.pdf) |[code](https://github.com/icandle/CAMixerSR)|\n"
        "|DRCT Saving Image Super-Resolution away from Information Bottlenecks|DRCT | "
        "[CVPRW24](https://arxiv.org/abs/2404.00722) |[code](https://github.com/ming053l/DRCT)|\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.venue, e.year) for e in entries] == [
        ("CAMixerSR: Only Details Need More “Attention”", "CVPR", 2024),
        (
            "DRCT Saving Image Super-Resolution away from Information Bottlenecks",
            "CVPR Workshop",
            2024,
        ),
    ]


def test_a_date_written_with_the_name_in_the_title_cell_dates_the_row() -> None:
    """``| [Dolci-Instruct-SFT](url) (Dec 2025) | 2.15M | No | … |``: no date column, the
    name cell's bracket gives year and month; a ``## References`` list after the tables
    credits sources and is no entries."""
    from awesome_ptm.parse import parse_text

    text = (
        "# LLM Datasets\n\n"
        "## General\n\n"
        "| Dataset | # | Thinking | Notes |\n"
        "| ------- | - | -------- | ----- |\n"
        "| [Dolci-Instruct-SFT](https://huggingface.co/datasets/allenai/Dolci-Instruct-SFT) "
        "(Dec 2025) | 2.15M | No | A mixture. |\n"
        "| [open-perfectblend](https://huggingface.co/datasets/mlabonne/open-perfectblend) "
        "| 1.42M | No | A baseline. |\n"
        + "".join(
            f"| [set-{i}](https://huggingface.co/datasets/o/set-{i}) | 1M | No | - |\n"
            for i in range(3)
        )
        + "\n"
        "## References\n\n"
        "Please let me know if a dataset is not properly credited.\n\n"
        '- Wei-Lin Chiang et al, "Vicuna: An Open-Source Chatbot," 2023.\n'
        '- Chunting Zhou et al, "LIMA: Less Is More for Alignment," 2023.\n'
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.year, e.date) for e in entries] == [
        ("Dolci-Instruct-SFT", 2025, "2025-12"),
        ("open-perfectblend", None, None),
        *[(f"set-{i}", None, None) for i in range(3)],
    ]


def _clone_table(header: str, names: list[str]) -> str:
    return f"# Clones\n\n| {header} | Demo | Repo |\n| --- | --- | --- |\n" + "".join(
        f"| {name} | [demo-{i}.app](https://demo-{i}.app/) "
        f"| [GitHub](https://github.com/o/clone-{i}) |\n"
        for i, name in enumerate(names)
    )


def test_a_first_column_of_plain_names_names_the_entries() -> None:
    """``| Clone of | Demo | Repo |`` with ``| Airbnb | [YouTube](…) | [GitHub](…) |``: no
    title column, the first header unknown, every first cell a short plain name; the entry
    is the name, its links the demo and the repository."""
    names = ["Airbnb", "Netflix", "1Password / LastPass", "Trello", "Windows 11"]
    entries = parse_text(_clone_table("Clone of", names), "x.md").entries
    assert [e.title for e in entries] == names
    assert [link.url for link in entries[0].links] == [
        "https://demo-0.app/",
        "https://github.com/o/clone-0",
    ]


@pytest.mark.parametrize(
    ("header", "names"),
    [
        # a known role (a date, a category) never names the entry
        ("Date", ["2021-01", "2021-02", "2021-03", "2021-04", "2021-05"]),
        ("Category", ["Web", "Mobile", "Web", "Desktop", "Web"]),
        # cells too long to be names: a description column written first
        (
            "What it does",
            [
                f"A long description of what clone number {i} does, and how it does it"
                for i in range(5)
            ],
        ),
        # too few rows to show a pattern
        ("Clone of", ["Airbnb", "Netflix", "Trello"]),
    ],
)
def test_a_first_column_that_is_no_name_leaves_the_title_to_the_main_link(
    header: str, names: list[str]
) -> None:
    entries = parse_text(_clone_table(header, names), "x.md").entries
    assert [e.title for e in entries] == [f"demo-{i}.app" for i in range(len(names))]


def test_a_first_column_of_names_in_an_html_table_names_the_entries() -> None:
    rows = "".join(
        f'<tr><td>{name}</td><td><a href="https://demo-{i}.app/">demo-{i}.app</a></td></tr>\n'
        for i, name in enumerate(["Airbnb", "Netflix", "Trello", "Reddit"])
    )
    text = f"# Clones\n\n<table>\n<tr><th>Clone of</th><th>Demo</th></tr>\n{rows}</table>\n"
    assert [e.title for e in parse_text(text, "x.md").entries] == [
        "Airbnb",
        "Netflix",
        "Trello",
        "Reddit",
    ]


def _headerless(rows: list[tuple[str, str, str]]) -> str:
    return (
        "# Apps\n\n<table>\n"
        + "".join(
            f"  <tr>\n    <td>{a}</td>\n    <td>{b}</td>\n    <td>{c}</td>\n  </tr>\n"
            for a, b, c in rows
        )
        + "</table>\n"
    )


def test_a_headerless_html_table_of_icon_name_and_chinese_description_is_entries() -> None:
    """``<td><img …></td><td><a href=…>Operit AI</a></td><td>面向安卓平台的开源…</td>``: an
    icon, a linked name, a description written in Chinese (no spaces between its words)."""
    icon = '<img src="docs/logo.png" alt="Icon" width="64" />'
    rows = [
        (
            icon,
            f'<a href="https://github.com/o/app{i}">App {i}</a>',
            "面向安卓平台的开源系统集成化助手",
        )
        for i in range(4)
    ]
    entries = parse_text(_headerless(rows), "x.md").entries
    assert [(e.title, [link.url for link in e.links]) for e in entries] == [
        (f"App {i}", [f"https://github.com/o/app{i}"]) for i in range(4)
    ]
    assert entries[0].notes == ["面向安卓平台的开源系统集成化助手"]
    # near miss: words in the first cell make it no icon (a layout table, no entries)
    worded = [("Step one", b, c) for _, b, c in rows]
    assert parse_text(_headerless(worded), "x.md").entries == []


def test_a_month_column_dates_the_rows() -> None:
    text = (
        "# RAG\n\n| Title | Tags | Month |\n|---|---|---|\n"
        "| [DREAM: Dense Retrieval](https://arxiv.org/abs/2606.1) | RAG | June 2026 |\n"
        "| [Old Paper](https://arxiv.org/abs/2103.1) | RAG | March 2021 |\n"
    )
    got = [(e.title, e.year, e.date) for e in parse_text(text, "x.md").entries]
    assert got == [("DREAM: Dense Retrieval", 2026, "2026-06"), ("Old Paper", 2021, "2021-03")]


def test_a_venue_cell_closed_by_how_it_was_presented() -> None:
    """``ACL 2025 Main``, ``CVPR 2024 Highlight``: the venue and year; the track or the
    presentation is not part of the venue's name (a Findings or Workshop qualifier is)."""
    rows = ["ACL 2025 Main", "CVPR 2024 Highlight", "EMNLP 2024 Findings"]
    text = "# P\n\n| Title | Venue |\n| --- | --- |\n" + "".join(
        f"| [Paper {i}](https://arxiv.org/abs/2501.0{i}) | {v} |\n" for i, v in enumerate(rows)
    )
    got = [(e.venue, e.year) for e in parse_text(text, "x.md").entries]
    assert got == [("ACL", 2025), ("CVPR", 2024), ("Findings of EMNLP", 2024)]


def test_a_title_linking_the_repositorys_summary_page_is_an_entry() -> None:
    """``| [CodeQuant: Unified Clustering …](../../Summary/codequant.md) | 关注… |``: the title
    names a work and links the repository's page about it: an entry, not an index row. A
    title column of anchors (``[Tools](#tools)``) stays a table of contents."""
    text = (
        "# ICLR\n\n## Quantization\n\n| Title | Description |\n| --- | --- |\n"
        "| [CodeQuant: Unified Clustering and Quantization](../../Summary/codequant.md) "
        "| 关注量化 |\n"
        "| Compute-Optimal Quantization-Aware Training | 关注量化感知训练 |\n\n"
        "## Contents\n\n| Title | About |\n| --- | --- |\n"
        "| [Quantization of Large Models](#quantization) | 量化 |\n"
    )
    doc = parse_text(text, "x.md")
    assert [e.title for e in doc.entries] == [
        "CodeQuant: Unified Clustering and Quantization",
        "Compute-Optimal Quantization-Aware Training",
    ]
    assert doc.entries[0].links[0].url == "../../Summary/codequant.md"


def test_a_date_column_of_two_digit_years_and_months() -> None:
    """``| 20.10 |``, ``| 23.12 |``: year and month (20 is no month); a column whose values
    could all be months first (``10.11``, ``12.05``) stays unread."""
    rows = ["20.10", "22.03", "23.12", "19.12"]
    text = "# S\n\n| Date | Paper |\n| --- | --- |\n" + "".join(
        f"| {d} | [Safety Paper {i}](https://arxiv.org/abs/2010.0{i}) |\n"
        for i, d in enumerate(rows)
    )
    got = [(e.year, e.date) for e in parse_text(text, "x.md").entries]
    assert got == [(2020, "2020-10"), (2022, "2022-03"), (2023, "2023-12"), (2019, "2019-12")]
    unsure = text.replace("20.10", "10.11").replace("22.03", "12.05").replace("23.12", "11.03")
    unsure = unsure.replace("19.12", "09.10")
    assert [e.date for e in parse_text(unsure, "x.md").entries] == [None] * 4


def test_a_title_cell_that_names_a_journal_is_the_title() -> None:
    """``| 10. | **Neural Networks** | Hugo Larochelle | … |``: a course named like the
    journal; the title column's text is the title, not a venue."""
    text = (
        "# C\n\n| S.No | Course Name | Instructor | Course Webpage | Year |\n"
        "| --- | --- | --- | --- | --- |\n"
        "| 10. | **Neural Networks** | Hugo Larochelle | [NN](http://x.example/nn) | 2013 |\n"
        "| 11. | **CS224d: Deep Learning for NLP** | R. S. | [CS224d](http://c.example) | 2016 |\n"
    )
    got = [(e.title, e.venue, e.year) for e in parse_text(text, "x.md").entries]
    assert got == [("Neural Networks", None, 2013), ("CS224d: Deep Learning for NLP", None, 2016)]


def test_a_resource_column_beside_a_paper_column_and_badge_venue_cells() -> None:
    """heldout51 llm-tabular: ``| Date | keywords | Paper | Publication | Resource |``: the
    Paper column names the entry (Resource, a title word, holds only code badges beside
    it), and a venue cell that is a badgen.net badge states what the badge shows
    (``badge/color/ICLR/blue?label=`` shows "ICLR"), not its alt text "Static Badge". A
    Resource column without a Paper column still names its rows."""
    from awesome_ptm.parse import parse_text

    def row(date: str, name: str, title: str, url: str, venue: str, i: int) -> str:
        shown = f"![Static Badge](https://badgen.net/badge/color/{venue}/blue?label=)"
        code = f"[![Static Badge](https://badgen.net/badge/color/Code/black?label=)](https://g.example/{i})"
        return f"| {date} | {name} | [{title}]({url}) | {shown if venue else ''} | {code} |\n"

    text = (
        "# Tables\n\n"
        "| Date | keywords | Paper | Publication | Resource |\n"
        "| :--: | :------: | :---: | :---------: | :------: |\n"
        + row(
            "2019/09",
            "TabFact",
            "TabFact: Table Fact Verification",
            "https://a.example/1",
            "ICLR",
            1,
        )
        + row(
            "2020",
            "TableGPT",
            "TableGPT: Table-to-Text Generation",
            "https://a.example/2",
            "COLING",
            2,
        )
        + row("2023/10", "Table-GPT", "Table-GPT: Table-tuned GPT", "https://a.example/3", "", 3)
        + "\n## Tools\n\n"
        "| Resource | Description |\n| --- | --- |\n"
        "| [TabPFN](https://github.com/automl/TabPFN) | A transformer for tabular data |\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.venue, e.year) for e in entries] == [
        ("TabFact: Table Fact Verification", "ICLR", 2019),
        ("TableGPT: Table-to-Text Generation", "COLING", 2020),
        ("Table-GPT: Table-tuned GPT", None, 2023),
        ("TabPFN", None, None),
    ]
    assert [link.url for link in entries[0].links] == ["https://a.example/1", "https://g.example/1"]


def test_a_conf_column_of_short_years_and_rows_missing_score_cells() -> None:
    """heldout54 ocr-text-papers: ``Conf. | Date | Title | IC13 | IC15 | Resources`` with
    ``'18-AAAI`` venues and ``17/11/12`` dates; a row that leaves its last cells out is
    aligned by its cells (the venue under Conf., the two-digit-year date under Date), not
    shifted onto the title."""
    from awesome_ptm.parse import parse_text

    text = (
        "# Text detection\n\n"
        "*Conf.* | *Date* | *Title* | *IC13* | *IC15* | *Resources* |\n"
        ":---: | :---: |:--- | :---: | :---: | :---: |\n"
        "'17-ICCV\t| 17/10/22\t| [Self-organized Text Detection](https://a.example/1) "
        "| 0.87 | 0.81 | |\n"
        "'18-AAAI\t| 17/11/12\t| [Feature Enhancement Network](https://a.example/2)\t"
        "| [0.9161](https://r.example/2) |\n"
        "'17-arXiv\t| 17/11/30\t| [ArbiText: Arbitrary-Oriented Text Detection]"
        "(https://a.example/3)\t|\t| 0.759 |\n"
        "15-CVPR\t| 15/06/01\t| [Symmetry-based text line detection](https://a.example/4) | | | |\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.venue, e.year, e.date) for e in entries] == [
        ("Self-organized Text Detection", "ICCV", 2017, "2017-10-22"),
        ("Feature Enhancement Network", "AAAI", 2018, "2017-11-12"),
        ("ArbiText: Arbitrary-Oriented Text Detection", "arXiv", 2017, "2017-11-30"),
        ("Symmetry-based text line detection", "CVPR", 2015, "2015-06-01"),
    ]


def test_a_pub_column_is_the_venue_and_methods_the_model() -> None:
    """heldout60 vlm-prompt-papers: ``| Methods | Paper | Pub | Base | … |`` with ``ICML
    21`` venue cells; ``Pub. & Date`` (heldout18 vdm) is no venue column."""
    from awesome_ptm.parse import parse_text

    text = (
        "# Results\n\n| Methods | Paper | Pub | Base | Code |\n"
        "| :---: | :---: | :---: | --- | :--: |\n"
        "| CLIP | [Link](https://a.example/1) | ICML 21 | 69.34 | [Link](https://g.example/c) |\n"
        "| CoOp | [Link](https://a.example/2) | IJCV 22 | 82.69 | [Link](https://g.example/o) |\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.venue, e.year) for e in entries] == [
        ("CLIP", "ICML", 2021),
        ("CoOp", "IJCV", 2022),
    ]
    from awesome_ptm.parse._vocabulary import column_role

    assert column_role("Pub. & Date") != "venue"


def test_a_lib_column_names_the_rows_before_a_title_column_of_descriptions() -> None:
    """heldout48 gamedev-libs-c: ``Lib | Title`` tables without outer pipes, the Title
    column holding descriptions: the first title column (Lib) names each row."""
    from awesome_ptm.parse import parse_text

    text = (
        "# Game dev\n\n### Base\n\nLib           | Title\n------------- | -------------\n"
        "[bkaradzic/bx](https://github.com/bkaradzic/bx) | Base library\n"
        "[septag/sx](https://github.com/septag/sx) | Portable base library for C programmers\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.notes) for e in entries] == [
        ("bkaradzic/bx", ["Base library"]),
        ("septag/sx", ["Portable base library for C programmers"]),
    ]


def test_a_title_cell_over_a_line_of_emphasised_names() -> None:
    """``Title <br> <sup><sub>*Yanguang Sun, Jian Yang*</sub></sup>``: the names under the
    title are its authors; a tag in code beside the title is no part of it. A name over
    its download links keeps them."""
    text = (
        "# COD\n\n| **Pub.** | **Model** | **Title** | **Links** |\n| :-: | :-: | :-- | :-- |\n"
        "| ICCV<br><sup>2025</sup> | <sup>`ARM`</sup> | Enhancing Prompt Generation for "
        "Camouflaged Object Detection <br> <sup><sub>*Xuehan Chen, Guangyu Ren*</sub></sup> "
        "| [Paper](https://openaccess.thecvf.com/x)\\|[Code](https://github.com/a/b) |\n"
        "| ICCV<br><sup>2025</sup> | <sup>`SAM-COD`</sup> | Improving SAM for Camouflaged "
        "Object Detection `RGB-D COD` <br> <sup><sub>*Jiaming Liu, Linghe Kong*</sub></sup> "
        "| [Paper](https://openaccess.thecvf.com/y)\\|Code |\n"
        "| 2020 | C4 | C4 <br/> [Huggingface dataset](https://hf.co/c4) "
        "| [Paper](https://a.b/c) |\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.authors, e.venue, e.year) for e in entries[:2]] == [
        (
            "Enhancing Prompt Generation for Camouflaged Object Detection",
            ["Xuehan Chen", "Guangyu Ren"],
            "ICCV",
            2025,
        ),
        (
            "Improving SAM for Camouflaged Object Detection",
            ["Jiaming Liu", "Linghe Kong"],
            "ICCV",
            2025,
        ),
    ]
    assert entries[2].title == "C4" and "https://hf.co/c4" in [x.url for x in entries[2].links]


def test_a_title_cell_opening_with_its_venue_over_the_paper_lines() -> None:
    """``ICLR22 <br />[Title](url) <br /> Names <br /> [Github](url)``: the venue and year
    (``MLSys24_BestPaper``: how it was presented aside) over the title link, its authors
    (one in bold) and its code; a name over its download links keeps its name."""
    text = (
        "# Quantization\n\n| Title & Author & Link | Introduction |\n| --- | --- |\n"
        "| ICLR22 <br />[GPTQ: Accurate Post-Training Quantization](https://arxiv.org/abs/2210"
        ".17323) <br /> Elias Frantar, Dan Alistarh <br /> [Github](https://github.com/I/gptq) "
        "| First to quantize. |\n"
        "| MLSys24_BestPaper <br /> [AWQ: Activation-aware Weight Quantization](https://arxiv"
        ".org/abs/2306.00978) <br />Ji Lin, **Song Han** <br /> [Github](https://github.com/m/a)"
        " | Protects salient weights. |\n"
        "| C4 <br/> [Huggingface dataset](https://hf.co/c4) | A corpus. |\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.venue, e.year, e.authors, len(e.links)) for e in entries] == [
        (
            "GPTQ: Accurate Post-Training Quantization",
            "ICLR",
            2022,
            ["Elias Frantar", "Dan Alistarh"],
            2,
        ),
        ("AWQ: Activation-aware Weight Quantization", "MLSys", 2024, ["Ji Lin", "Song Han"], 2),
        ("C4", None, None, [], 1),
    ]


def test_a_publisher_column_and_a_project_code_column() -> None:
    """``| Paper | Representation | Publisher | Project/Code |`` (from
    bluestyle97/awesome-3d-reconstruction-papers): a column headed only "Publisher" holds
    the venues, "Project/Code" the code (no title); a row whose code cell is ``/`` keeps the
    paper's title. A "Speaker/Publisher" column names no venue."""
    text = (
        "# 3D\n\n| Paper | Representation | Publisher | Project/Code |\n| :-: | :-: | :-: | :-: |\n"
        "| [Deep Level Sets: Implicit Surface Representations](https://arxiv.org/abs/1901.06802)"
        " | Implicit | arXiv 2019 | / |\n"
        "| [OctNet: Learning Deep 3D Representations](https://openaccess.thecvf.com/o.html)"
        " | Voxel | CVPR 2017 | [Code](https://github.com/griegler/octnet) |\n\n"
        "## Talks\n\n| Year | Theme | Speaker/Publisher |\n| --- | --- | --- |\n"
        "| 2021 | [Neural Fields](https://www.youtube.com/watch?v=1) | Matthew Tancik |\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.venue, e.year) for e in entries] == [
        ("Deep Level Sets: Implicit Surface Representations", "arXiv", 2019),
        ("OctNet: Learning Deep 3D Representations", "CVPR", 2017),
        ("Neural Fields", None, 2021),
    ]


def test_a_row_linking_a_page_of_the_list_s_own_and_describing_it_is_an_entry() -> None:
    """``| [Akka .NET](docs/actor-model/akka-net.md) | Akka.NET is a toolkit and runtime for
    … |`` (from mehdihadeli/awesome-software-architecture): a row that links a page of the
    list's own and describes it is an entry; ``| [查看完整列表 →](docs/nlu.md) | |``, a row
    that only says where it leads, stays an index."""
    text = (
        "# Architecture\n\n### Actor Model\n\n| Topic | Description |\n| :-: | :-- |\n"
        "| [Akka .NET](docs/actor-model/akka-net.md) | Akka.NET is a toolkit and runtime for "
        "building concurrent applications on .NET. |\n"
        "| [Microsoft Orleans](docs/actor-model/orleans.md) | Orleans is a cross-platform "
        "framework for building robust, scalable applications. |\n"
        "| [查看完整列表 →](docs/nlu.md) | 更多 |\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [e.title for e in entries] == ["Akka .NET", "Microsoft Orleans"]


def test_a_venue_cell_with_a_short_year_after_an_apostrophe() -> None:
    """lzz19980125/awesome-time-series-segmentation-papers: venue cells written
    ``*Front. Eng. Manag. '25*``, ``*DARLI-AP@EDBT/ICDT '23*``, ``*Sci. Adv. '25*`` (names no
    alias knows, a short year) and ``*Frontiers in Neurorobotics Volume 11 - 2017*`` (the
    volume is no part of the journal's name)."""
    text = (
        "# TSS\n\n"
        "| TYPE | Venue | Paper Title | Code |\n"
        "| :-: | :-: | :-: | :-: |\n"
        "| Survey | *Front. Eng. Manag. '25* | Change-point detection with deep learning: A "
        "review | None |\n"
        "| Dataset | *DARLI-AP@EDBT/ICDT '23* | Time Series Segmentation Applied to a New Data "
        "Set | [MOSAD](https://github.com/ermshaua/mobile-sensing-human-activity-data-set) |\n"
        "| Survey | *Sci. Adv. '25* | A survey of things | None |\n"
        "| Model | *Frontiers in Neurorobotics Volume 11 - 2017* | Segmenting Continuous "
        "Motions | [GP-HSMM](https://github.com/naka-lab/GP-HSMM) |\n"
        "| Model | *KDD '17* | Matrix Profile | None |\n"
    )
    entries = parse_text(text).entries
    assert [(e.venue, e.year) for e in entries] == [
        ("Front. Eng. Manag.", 2025),
        ("DARLI-AP@EDBT/ICDT", 2023),
        ("Sci. Adv.", 2025),
        ("Frontiers in Neurorobotics", 2017),
        ("KDD", 2017),
    ]


def test_a_topic_column_names_the_talk_and_beside_a_paper_column_its_category() -> None:
    """arghya88/kubecon-NA-2019: ``| Topic | Youtube(Video) | Sched(Slides) |``: the topic
    cell is the talk's title (not the link text "Presentation"); in ``| Topic | Paper |``
    the paper names the row and the topic is its category."""
    talks = (
        "# Talks\n\n| Topic | Youtube(Video) | Sched(Slides) |\n| --- |:---:| ---:|\n"
        "|Keynote: Reflections - Kelsey Hightower|[Video](https://www.youtube.com/watch?v=j)|-|\n"
        "|Liberating Kubernetes From Kube-proxy|[Video](https://www.youtube.com/watch?v=a)| "
        "[Presentation](https://static.sched.com/hosted_files/kccncna19/a.pdf)|\n"
    )
    papers = (
        "# Papers\n\n| Topic | Paper | Code |\n|---|---|---|\n"
        "| Detection | [Faster R-CNN](https://arxiv.org/abs/1506.01497) | - |\n"
    )
    assert [e.title for e in parse_text(talks).entries] == [
        "Keynote: Reflections - Kelsey Hightower",
        "Liberating Kubernetes From Kube-proxy",
    ]
    paper = parse_text(papers).entries[0]
    assert (paper.title, paper.fields.get("category")) == ("Faster R-CNN", "Detection")


def test_a_last_update_column_is_a_date_not_an_update_log() -> None:
    """TWO-ICE/Awesome-NAS-Docker: ``| 项目标题 | 项目简介 | 项目地址 | 教程 | Star | 最近更新 |``
    ("last update" over last-commit badges): a table of projects, not a changelog."""
    text = (
        "# 基础设施\n\n| 项目标题 | 项目简介 | 项目地址 | 教程 | Star | 最近更新 |\n"
        "| --- | --- | --- | --- | --- | --- |\n"
        "| LskyPro | 支持多存储的图床系统 | [点我查看](https://github.com/wisp-x/lsky-pro) | "
        "[查看教程](https://zhuanlan.zhihu.com/p/1) | "
        "![Star](https://img.shields.io/github/stars/wisp-x/lsky-pro?&label=) | "
        "![Last Commit](https://img.shields.io/github/last-commit/wisp-x/lsky-pro?label) |\n"
    )
    entries = parse_text(text).entries
    assert [(e.title, [k.url for k in e.links]) for e in entries] == [
        ("LskyPro", ["https://github.com/wisp-x/lsky-pro", "https://zhuanlan.zhihu.com/p/1"])
    ]


def test_chinese_headers_for_where_and_when_a_paper_was_published() -> None:
    """zhangting-hit/Segmentation-HUb: ``| 方法 | 标题 | 论文链接 | 代码链接 | 发表位置 | 监督范式 |
    发表年份 |``: "where published" is the venue, "year published" the year (a header that
    ends with 年份, as 发布时间 ends with 时间)."""
    text = (
        "## 自然图像领域\n### 图像分割\n"
        "| 方法 | 标题 | 论文链接 | 代码链接 | 发表位置 | 监督范式 | 发表年份 |\n"
        "| :---: | :---: | :---: | :---: | :---: | :---: | :---: |\n"
        "| FCN | Fully Convolutional Networks for Semantic Segmentation | "
        "[paper](https://arxiv.org/abs/1411.4038) | [code](https://github.com/shelhamer/fcn) | "
        "CVPR | 全监督 | 2015 |\n"
    )
    entry = parse_text(text).entries[0]
    assert (entry.title, entry.venue, entry.year) == (
        "Fully Convolutional Networks for Semantic Segmentation",
        "CVPR",
        2015,
    )


def test_a_row_naming_a_page_of_the_list_s_own_with_facts_is_an_entry() -> None:
    """wgwang/awesome-open-foundation-models: ``|1|[LLaMA-2](Open-LLMs/llama2.md)|7B,13B|2T|
    2023-07-18|可商用|``: the title cell links the list's own page about the model and the row
    states its sizes and date, an entry; a row whose only link is a "see the full list"
    page in a details column stays an index row (pretrained-chinese-models in the corpus)."""
    text = (
        "# 开源开放基础大模型\n\n|序号|名称|参数规模|数据规模|发布时间|说明|\n|:-|:-|:-|:-|:-|:-|\n"
        "|1|[LLaMA-2](Open-LLMs/llama2.md)|7B,13B,34B,70B|2T|2023-07-18|可商用|\n"
        "|3|[baichuan-2](Open-LLMs/baichuan2.md)|7B,13B|2.6T|2023-09-06|"
        "[baichuan-1](Open-LLMs/baichuan.md)|\n\n"
        "| 系列 | 说明 | 代表模型 | 详情 |\n| :--- | :--- | :--- | :--- |\n"
        "| **NLU系列** | 自然语言理解 | BERT · RoBERTa · ALBERT 等 29 个 | "
        "[查看完整列表 →](docs/nlu-models.md) |\n"
    )
    entries = parse_text(text).entries
    assert [(e.title, e.date) for e in entries] == [
        ("LLaMA-2", "2023-07-18"),
        ("baichuan-2", "2023-09-06"),
    ]


def test_an_html_table_whose_header_row_is_td_cells_and_a_linked_venue_spans_rows() -> None:
    """innovation-cat/Awesome-Federated-Machine-Learning: ``<tr><td>Years</td><td>Title</td>
    <td>Affiliations</td><td>Materials</td></tr>`` is the header though written with
    ``<td>``; ``<td rowspan=3><a href=…>ICML 2023</a></td>`` gives every row it spans the
    venue and year (its link stays the first row's); a first row of words that name no
    columns is no header."""
    row = (
        '<tr><td><a href="https://arxiv.org/pdf/{n}.pdf">{title}</a></td>'
        "<td>{place}</td><td></td></tr>\n"
    )
    text = (
        "### ICML\n<table>\n<tr><td>Years</td><td>Title</td><td>Affiliations</td>"
        "<td>Materials</td></tr>\n"
        '<tr><td rowspan=3><a href="https://icml.cc/Conferences/2023">ICML 2023</a></td>'
        '<td><a href="https://arxiv.org/pdf/1.pdf">A General Theory for Federated '
        "Optimization</a></td><td>Accenture Labs</td><td></td></tr>\n"
        + row.format(n=2, title="Surrogate Model Extension", place="KU Leuven")
        + row.format(n=3, title="LeadFL: Client Self-Defense", place="TU Delft")
        + "</table>\n\n<table>\n<tr><td>Hello</td><td>World</td></tr>\n"
        '<tr><td><a href="https://x.org/a">A video</a></td><td>some words here</td></tr>\n'
        "</table>\n"
    )
    entries = parse_text(text).entries
    assert [(e.title, e.venue, e.year) for e in entries] == [
        ("A General Theory for Federated Optimization", "ICML", 2023),
        ("Surrogate Model Extension", "ICML", 2023),
        ("LeadFL: Client Self-Defense", "ICML", 2023),
    ]
    assert entries[0].links[0].url == "https://icml.cc/Conferences/2023"
    assert all(not link.url.startswith("https://icml.cc") for e in entries[1:] for link in e.links)


def test_a_row_of_facts_whose_name_links_a_section_below_is_an_entry() -> None:
    """juansgomez87/datasets_emotion: ``|[MoodsMIREX](#moods-mirex)|2007|269 excerpts|MP3|
    736MB|Categorical|Perceived|``: a data set whose row states its facts in words and
    links the section that tells more; a grid whose every cell links a section stays a
    table of contents."""
    text = (
        "## Datasets\n\n"
        "| Dataset | Year | Content | Format | Size | Type |\n"
        "|:-:|:-:|:-:|:-:|:-:|:-:|\n"
        "|[MoodsMIREX](#moods-mirex)|2007|269 excerpts (30s long)|MP3|736MB|Categorical|\n"
        "|[CAL500](#cal500)|2007|500 full songs|MP3|366MB|Categorical (174 labels)|\n\n"
        "## Venues\n\n"
        "| Security | Systems | Software | Other |\n|---|---|---|---|\n"
        "| [IEEE S&P](#sp) | [SIGMETRICS](#sigmetrics) | [ICSE](#icse) | [EuroSys](#eurosys) |\n"
        "| [ACM CCS](#ccs) | [Misc](#misc) | [FSE](#fse) | [SOSP](#sosp) |\n"
    )
    entries = parse_text(text).entries
    assert [(e.title, e.year, [k.url for k in e.links]) for e in entries] == [
        ("MoodsMIREX", 2007, ["#moods-mirex"]),
        ("CAL500", 2007, ["#cal500"]),
    ]


def test_a_row_of_pictures_alone_is_no_entry() -> None:
    """alexklwong/awesome-state-of-depth-completion shows teaser tables: a header of
    captions, then one row of ``<img src="figures/…">`` cells. The pictures' own sources
    are no links; the row is layout, not an entry (a linked picture still counts)."""
    doc = parse_text(
        "# Depth\n\n| *Input RGB image* | *Output from [KBNet](https://github.com/a/kbnet)* |\n"
        "| :-- | :--: |\n"
        '| <img src="figures/void_teaser_image_306.png" width="200"> '
        '| <img src="figures/void_teaser_kbnet_output_306.gif" width="200"> |\n\n'
        "| Paper | Code |\n| --- | --- |\n"
        "| [![teaser](figures/t.png)](https://arxiv.org/abs/2106.02994)"
        " | [Code](https://github.com/a/b) |\n"
    )
    assert [e.source.line for e in doc.entries] == [9]


def test_a_date_column_of_glued_two_digit_years_and_months() -> None:
    """MiuLab/PersonaLLM-Survey dates its rows ``| 2308 |``, ``| 2401 |``, ``| 2005 |``
    (arXiv's YYMM): 2023-08, 2024-01, 2020-05, not the years 2308 and 2005. A column of
    real years (``2010``, ``2011``, ``2012``) stays years."""
    header = "| Date | Authors | Venue | Paper |\n| :-: | :-: | :-: | :-- |\n"
    doc = parse_text(
        header + "| 2305 | Yang et al. | EMNLP | [RefGPT: Dialogue Generation](https://a.org/1) |\n"
        "| 2302 | Li et al. | NeurIPS | [Guiding language models](https://arxiv.org/abs/2302.1) |\n"
        "| 2005 | Hosseini-Asl et al. | NeurIPS | [A Simple Language Model](https://a.org/3) |\n"
    )
    assert [(e.year, e.date) for e in doc.entries] == [
        (2023, "2023-05"),
        (2023, "2023-02"),
        (2020, "2020-05"),
    ]
    years = parse_text(
        header
        + "".join(
            f"| 20{n} | A et al. | ACL | [Paper {n}](https://a.org/{n}) |\n" for n in (10, 11, 12)
        )
    )
    assert [e.year for e in years.entries] == [2010, 2011, 2012]


def test_a_source_column_of_venues_is_the_venue_column() -> None:
    """SpursGoZmy/Awesome-Tabular-LLMs heads its venue column ``Source`` (``arxiv``, ``TACL
    2023``, ``NIPS 2025``); liuzengyun/Awesome-3D-Detection-with-4D-Radar writes
    ``19'EuRAD`` and ``25'Scientific Data`` under its own ``Source``. A Source column of
    marks (``✅``) is no venue column."""
    doc = parse_text(
        "| Title | Source | Date |\n| --- | :-: | :-: |\n"
        "| [Table QA in the Era of LLMs](https://arxiv.org/abs/2510.09671) | arxiv | 2025-10-28 |\n"
        "| [Transformers for Tabular Data](https://aclanthology.org/2023.tacl) | TACL 2023 | |\n"
        "| [Causality Meets the Table](https://openreview.net/forum?id=zl) | NIPS 2025 | |\n"
        "| [Dual Radar](https://github.com/adept-thu/Dual-Radar) | 25'Scientific Data | |\n"
    )
    assert [(e.venue, e.year) for e in doc.entries] == [
        ("arXiv", 2025),
        ("TACL", 2023),
        ("NeurIPS", 2025),
        ("Scientific Data", 2025),
    ]
    marks = parse_text(
        "| Tool | Open source |\n| --- | --- |\n"
        + "".join(f"| [Tool {n}](https://t{n}.example) | ✅ |\n" for n in range(4))
        + "\n| Name | Source |\n| --- | --- |\n"
        + "".join(f"| [Lib {n}](https://l{n}.example) | yes |\n" for n in range(4))
    )
    assert [e.venue for e in marks.entries] == [None] * 8


def test_a_year_column_of_bracketed_venues_with_short_years() -> None:
    """shamangary/awesome-local-global-descriptor heads its first column ``Year`` and writes
    ``[CVPR20]``, ``[NIPS17]``, ``[CVPRW18]`` in it: the venue and its year, glued."""
    doc = parse_text(
        "| Year | Paper | Link | Code |\n| --- | --- | --- | --- |\n"
        "|[CVPR20]|Holistically-Attracted Wireframe Parsing|[arXiv](https://arxiv.org/pdf/2003.01663.pdf)|-|\n"
        "|[NIPS17]|Working hard to know your neighbor's margins|[arXiv](https://arxiv.org/abs/1705.10872)|-|\n"
        "|[CVPRW18]|Geometry-aware learning of maps|[arXiv](https://arxiv.org/abs/1712.03342)|-|\n"
    )
    assert [(e.venue, e.year) for e in doc.entries] == [
        ("CVPR", 2020),
        ("NeurIPS", 2017),
        ("CVPR Workshop", 2018),
    ]


def test_chinese_paper_name_and_overview_headers() -> None:
    """ResearchGroup-MedVLLM/PaperReading heads its tables ``| 时间 | 机构 | 论文名 |`` (time,
    institution, paper name) with no link in any row, and ``| 会议或期刊 | 论文名 | 概述 |``
    (conference or journal, paper name, overview): each row is a paper, titled by its
    paper-name cell."""
    doc = parse_text(
        "## 医疗视觉语言模型\n"
        "| 时间       | 机构                    | 论文名 |\n"
        "|------------|-------------------------|--------|\n"
        "| 2023.5     | Lehigh University       | BiomedGPT: A generalist vision–language"
        " foundation model for diverse biomedical tasks |\n"
        "| 2023.6     | 微软                    | LLaVA-Med: Training a Large Language-and-Vision"
        " Assistant for Biomedicine in One Day |\n\n"
        "## 其他\n"
        "| 会议或期刊 | 论文名 | 概述 |\n|---|---|---|\n"
        "| CVPR 2024 | Towards Generalist Biomedical AI | 通用医学模型 |\n"
    )
    assert [(e.title.split(":")[0], e.year, e.venue) for e in doc.entries] == [
        ("BiomedGPT", 2023, None),
        ("LLaVA-Med", 2023, None),
        ("Towards Generalist Biomedical AI", 2024, "CVPR"),
    ]


def test_german_application_and_description_headers() -> None:
    """Phreak87/Awesome-CNC writes its software as tables without outer pipes,
    ``Anwendung | Beschreibung | Eigenschaften`` (application, description, properties), no
    link in any row: each row is an application, titled by its name; its legend table
    ``Eigenschaft | Ausgesprochen | Bedeutung`` names no entry."""
    doc = parse_text(
        "# Softwareeigenschaften\n"
        "Eigenschaft | Ausgesprochen | Bedeutung\n------------ | ----- | -----\n"
        "OSS | Open Source Software | Software mit freiem Quelltext\n\n"
        "### Bildbearbeitung\n\n"
        "Anwendung       | Beschreibung                                    | Eigenschaften\n"
        "--------------- | ----------------------------------------------- | -------------\n"
        "**ImageMagick**\t| Bildbearbeitung Kommandozeile                   | WIN+OSS+CMD\n"
        "QCad\t           | CAD (kommerziell)                            | WIN+GUI\n"
    )
    assert [(e.title, e.notes[:1]) for e in doc.entries] == [
        ("ImageMagick", ["Bildbearbeitung Kommandozeile"]),
        ("QCad", ["CAD (kommerziell)"]),
    ]


def test_a_publish_column_is_the_venue_column() -> None:
    """MilkThink-Lab/Awesome-Routing-LLMs heads its tables ``| Title | Publish | Domain | Code
    |`` with ``ArXiv 2025``, ``ICCC Workshop 2025``, ``KDD-25 (2025)`` under Publish: the
    venue and year of each row."""
    doc = parse_text(
        "| Title | Publish | Domain | Code |\n| --- | --- | --- | --- |\n"
        "| [Towards Generalized Routing](https://arxiv.org/abs/2509.07571) | ArXiv 2025 "
        "| General | – |\n"
        "| [Dynamic Quality-Latency Aware Routing](https://ieeexplore.ieee.org/document/1) "
        "| ICCC Workshop 2025 | General | – |\n"
    )
    assert [(e.venue, e.year) for e in doc.entries] == [("arXiv", 2025), ("ICCC Workshop", 2025)]


def test_a_glued_venue_and_short_year_opening_a_title_cell() -> None:
    """CzJamesZhao/awesome-3dgs-avatar opens its bold title cells with ``(NeurIPS24)`` and
    ``(CVPR24 Highlight)``, glued to the title: a known venue and its two-digit year (how it
    was presented after it), not part of the title."""
    doc = parse_text(
        "| Title | Model Input | Papers & Codes |\n|---|---|---|\n"
        "| **(NeurIPS24)Generalizable and Animatable Gaussian Head Avatar** | |"
        " [PDF](https://arxiv.org/pdf/2410.07971) |\n"
        "| **(CVPR24 Highlight)GaussianAvatars: Photorealistic Head Avatars** | |"
        " [PDF](https://arxiv.org/pdf/2312.02069) |\n"
    )
    assert [(e.title, e.venue, e.year) for e in doc.entries] == [
        ("Generalizable and Animatable Gaussian Head Avatar", "NeurIPS", 2024),
        ("GaussianAvatars: Photorealistic Head Avatars", "CVPR", 2024),
    ]


def test_a_data_set_column_leading_a_table_without_links_names_its_rows() -> None:
    """wenqian-ye/Awesome-Spurious-Correlations lists its data sets in a table with no link
    (``| Dataset | #Class | #Sample | Brief Description | Domain |``): each row is a data
    set the list names. Further right, a data set column is a detail of the row
    (``| Tasks | Datasets |``), and passages, questions and answers are examples of a task
    (NLP-progress), not entries."""
    doc = parse_text(
        "## Datasets\n\n"
        "|  Dataset  |  #Class  |  #Sample  |  Brief Description  |  Domain  |\n"
        "|---|---|---|---|---|\n"
        "| Colored MNIST |  -  |  60,000  |  Synthetic Dataset  |  Vision  |\n"
        "| CelebA |  2x2  |  202,599  |  Face Attribute  |  Vision  |\n\n"
        "## Potential Datasets\n\n"
        "| Tasks | Datasets |\n|---|---|\n| Question Answering | PubMedQA, ELI5 |\n\n"
        "## Examples\n\n"
        "| Dataset | Passage | Question | Answer |\n|---|---|---|---|\n"
        "| D(BiDAF) | Martin Luther married Katharina von Bora. | Whom did he marry? | her |\n"
    )
    assert [(e.title, e.section[-1]) for e in doc.entries] == [
        ("Colored MNIST", "Datasets"),
        ("CelebA", "Datasets"),
    ]


def test_a_method_tag_over_the_title_in_one_cell_and_nan_for_no_venue() -> None:
    """Tammytcl/Awesome-Diffusion-Acceleration-Cache writes the title cell as the method's
    tag, the paper's title and its links on three lines
    (``**`[FISEdit ]`**<br>Accelerating …<br>[Paper](url)``), and ``nan`` where a paper
    has no venue (a table exported from pandas)."""
    doc = parse_text(
        "| # | Date | Conference | Paper Title | Institution |\n|---|---|---|---|---|\n"
        "| 1 | 2023.05 | AAAI 2024 | **`[FISEdit ]`**<br>Accelerating Text-to-Image Editing via"
        " Cache-Enabled Sparse Diffusion Inference<br>[Paper](https://arxiv.org/pdf/2305.17423)"
        " [Code](https://github.com/Hankpipi/diffusers-hetu) | Peking University |\n"
        "| 6 | 2024.04 | nan | **`[T-GATE V1]`**<br>Cross-Attention Makes Inference Cumbersome"
        " in Text-to-Image Diffusion Models<br>[Paper](https://arxiv.org/pdf/2404.02747v1)"
        " | KAUST |\n"
    )
    assert [(e.title, e.aliases, e.venue) for e in doc.entries] == [
        (
            "Accelerating Text-to-Image Editing via Cache-Enabled Sparse Diffusion Inference",
            ["FISEdit"],
            "AAAI",
        ),
        (
            "Cross-Attention Makes Inference Cumbersome in Text-to-Image Diffusion Models",
            ["T-GATE V1"],
            None,
        ),
    ]
    assert [link.url for link in doc.entries[0].links] == [
        "https://arxiv.org/pdf/2305.17423",
        "https://github.com/Hankpipi/diffusers-hetu",
    ]


def test_a_name_column_before_a_title_column_is_the_short_name() -> None:
    """Applied-Machine-Learning-Lab/Awesome-Personalized-RAG-Agent tables have
    ``| Name | Title | Publication | Paper | Code |``: the title names the entry, the name
    column its short name (an alias); a name left empty takes nothing."""
    doc = parse_text(
        "| Name | Title | Publication | Paper | Code |\n|---|---|---|---|---|\n"
        "| PSQE | PSQE: Personalized Semantic Query Expansion for user-centric query"
        " disambiguation | Research Square 2024 | [Link](https://x.org/psqe) | |\n"
        "| | Query Rewriting in TaoBao Search | CIKM 2022 | [Link](https://arxiv.org/abs/1) | |\n"
    )
    assert [(e.title, e.aliases, e.venue) for e in doc.entries] == [
        (
            "PSQE: Personalized Semantic Query Expansion for user-centric query disambiguation",
            ["PSQE"],
            "Research Square",
        ),
        ("Query Rewriting in TaoBao Search", [], "CIKM"),
    ]


def test_a_venue_cell_of_a_name_and_its_short_year_glued() -> None:
    """OucCVLab/awesome-UAV-vision writes its Source cells as a journal and two digits
    glued: ``TIP20``, ``TCSVT22``, ``中国图像图形学报23``."""
    doc = parse_text(
        "| Source | Paper | Code |\n|---|---|---|\n"
        "| CVPR23 | [Adaptive Sparse Convolutional Networks](https://x.org/a) | |\n"
        "| ICCV21 | [Coarse-grained Density Map Guided Object Detection](https://x.org/b) | |\n"
        "| ECCV22 | [Multi-scale Detection in Aerial Images](https://x.org/c) | |\n"
        "| TIP20 | [A Global-Local Self-Adaptive Network](https://ieeexplore.ieee.org/document/9305976)"
        " | https://github.com/dengsutao/glsan |\n"
        "| 中国图像图形学报23 | [无人机视角下的目标检测研究进展](http://www.cjig.cn/x) | |\n"
    )
    assert [(e.venue, e.year) for e in doc.entries] == [
        ("CVPR", 2023),
        ("ICCV", 2021),
        ("ECCV", 2022),
        ("TIP", 2020),
        ("中国图像图形学报", 2023),
    ]


def test_an_html_table_split_by_blank_lines_is_one_table() -> None:
    """laihuiyuan/Figurative-Language-Generation leaves a blank line between its groups of
    ``<tr>``: CommonMark ends the HTML block there, and each later block starts with
    ``<tr>``; its rows were all lost. Its first column repeats a rowspan's group name."""
    group = (
        '  <tr>\n    <th rowspan="2">{fig}</th>\n'
        '    <td><a href="https://github.com/o/{a}">{a}</a></td>\n    <td>en</td>\n  </tr>\n'
        '  <tr>\n    <td><a href="https://github.com/o/{b}">{b}</a></td>\n'
        "    <td>zh</td>\n  </tr>\n"
    )
    text = (
        "# Survey\n\n<table>\n  <tr>\n    <th>Figure of speech</th>\n    <th>Dataset</th>\n"
        "    <th>Lang</th>\n  </tr >\n\n"
        + group.format(fig="Simile", a="MABL", b="SimileCtx")
        + "\n"
        + group.format(fig="Metaphor", a="CMC", b="MetaGen")
        + "\n</table>\n\nAfter the table.\n"
    )
    doc = parse_text(text, "x.md")
    assert [(e.title, e.source.line) for e in doc.entries] == [
        ("MABL", 10),
        ("SimileCtx", 15),
        ("CMC", 20),
        ("MetaGen", 25),
    ]


def test_an_html_table_left_open_at_the_end_of_the_file_keeps_its_rows() -> None:
    """A list cut (or left) before its ``</table>``: the rows read so far are entries."""
    row = '<tr><td><a href="https://x.org/{0}">Paper {0}</a></td><td>ACL 2020</td></tr>\n'
    text = "# L\n\n<table>\n<tr><th>Paper</th><th>Venue</th></tr>\n" + row.format(1)
    text += "\n" + row.format(2) + "\n" + row.format(3)
    doc = parse_text(text, "x.md")
    assert [(e.title, e.venue) for e in doc.entries] == [
        ("Paper 1", "ACL"),
        ("Paper 2", "ACL"),
        ("Paper 3", "ACL"),
    ]


def test_an_html_table_caption_row_over_its_header_row_is_a_section() -> None:
    """``<th colspan="6"><h3>Knowledge-based Approaches</h3></th>`` before the header row
    (laihuiyuan/Figurative-Language-Generation): the caption names a section, the next row
    names the columns (the rows were read with the caption as every column's header)."""
    text = (
        '# S\n\n<table>\n<th colspan="3"><h3 id="3.1">Knowledge-based Approaches</h3></th>\n'
        "  <tr>\n    <th>Subcategory </th>\n    <th>Paper</th>\n    <th>Venue</th>\n"
        '  <tr>\n    <td rowspan="2">Rule and template</td>\n'
        '    <td><a href="https://x.org/abe.pdf">Abe et al.</a></td>\n    <td>CSS 2006</td>\n'
        "  </tr>\n"
        '  <tr>\n    <td><a href="https://x.org/terai.pdf">Terai et al.</a></td>\n'
        "    <td>ICANN 2010</td>\n  </tr>\n</table>\n"
    )
    doc = parse_text(text, "x.md")
    assert [(e.title, e.venue, e.year, e.section) for e in doc.entries] == [
        ("Abe et al.", "CSS", 2006, ["S", "Knowledge-based Approaches"]),
        ("Terai et al.", "ICANN", 2010, ["S", "Knowledge-based Approaches"]),
    ]


def test_a_venue_cell_of_a_name_then_its_short_year_and_month_in_brackets() -> None:
    """lorraine021/Awesome-MLLM-Hallucination writes its Venue cells ``arxiv(23.09)``: arXiv,
    2023 (the cell was kept whole as the venue, with no year)."""
    doc = parse_text(
        "| **Number** | **Title** | **Venue** | **Paper** |\n|:--:|:--:|:--:|:--:|\n"
        "|1| A Survey of Hallucination in Large Foundation Models| arxiv(23.09) |"
        " [pdf](https://arxiv.org/pdf/2309.05922.pdf) |\n"
        "|2| Analyzing and Mitigating Object Hallucination| ICLR(24.01) |"
        " [pdf](https://arxiv.org/pdf/2310.00754.pdf) |\n"
    )
    assert [(e.venue, e.year) for e in doc.entries] == [("arXiv", 2023), ("ICLR", 2024)]


def test_a_published_at_column_holds_the_venue_and_year() -> None:
    """jihoo-kim/Awesome-Generative-RecSys heads its venue column ``PublishedAt``
    (``Preprint'23``, ``SIGIR'23``): the venue and year of the paper in the title cell."""
    text = (
        "|    | **Title** | PublishedAt | Paper | Code |\n"
        "|----|-----------|-------------|-------|------|\n"
        "| 1  | GPT4Rec: A Generative Framework for Personalized Recommendation and User"
        " Interests Interpretation | Preprint'23 | [arXiv](https://arxiv.org/abs/2304.03879) | |\n"
        "| 7  | Generative Retrieval for Conversational Question Answering | SIGIR'23 |"
        " [ACM](https://dl.acm.org/doi/10.1145/3539618.3591) | |\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.venue, e.year) for e in entries] == [
        (
            "GPT4Rec: A Generative Framework for Personalized Recommendation and User"
            " Interests Interpretation",
            "arXiv",
            2023,
        ),
        ("Generative Retrieval for Conversational Question Answering", "SIGIR", 2023),
    ]


def test_an_html_table_under_the_details_and_summary_that_fold_it() -> None:
    """Awesome-Histopathology-to-Omics folds each year's HTML table of papers in ``<details
    open><summary>2025 (53)</summary>`` written in the same HTML block: the rows are
    entries, the summary names their group up to ``</details>``. SLU-survey's ``<div
    style=…>`` on its own line over ``<table>`` is a wrapper too; a link before the table is
    content, and the block stays as it is."""
    row = (
        "  <tr>\n    <td>53</td>\n    <td>12/16</td>\n"
        "    <td><i>SIGMMA: Hierarchical Graph-Based Contrastive Alignment</i></td>\n"
        "    <td>PrePrint</td>\n"
        "    <td><a href='https://arxiv.org/pdf/2511.15464'><img src='paper.png' /></a></td>\n"
        "  </tr>\n"
    )
    table = (
        "  <table>\n  <thead>\n  <tr>\n    <th>No.</th>\n    <th>Date</th>\n    <th>Title</th>"
        "\n    <th>Source</th>\n    <th>Paper</th>\n  </tr>\n  </thead>\n  <tbody>\n"
        f"{row}  </tbody>\n  </table>\n"
    )
    text = (
        "## Research Papers\n\n"
        '<details open>\n  <summary><b><span style="font-size: 1.3em;">&nbsp;2025 (53)'
        f"</span></b></summary>\n{table}</details>\n\n"
        '<div style="overflow-x: auto;">\n' + table + "</div>\n\n"
        "- [After the tables](https://a.example/after)\n"
    )
    doc = parse_text(text, "x.md")
    title = "SIGMMA: Hierarchical Graph-Based Contrastive Alignment"
    assert [(e.title, e.section) for e in doc.entries] == [
        (title, ["Research Papers", "2025 (53)"]),
        (title, ["Research Papers"]),
        ("After the tables", ["Research Papers"]),
    ]
    assert doc.entries[0].links[0].url == "https://arxiv.org/pdf/2511.15464"
    linked = parse_text(
        '<div>\n  <a href="https://a.example/home">Home</a>\n' + table + "</div>\n", "x.md"
    )
    assert linked.entries == []


def test_a_venue_cell_naming_the_preprint_and_the_venue_that_published_it() -> None:
    """MLLM4BioMed's venue cells read ``<a>Arxiv</a>; <a>JBHI</a>`` and ``Arxiv; ECCV 2024``:
    the venue that published the work is the entry's, not nothing; a cell of two venues
    that are both published ones stays as it was read."""
    text = (
        "| Model | Paper name | Conf / Journal | Date |\n|---|---|---|---|\n"
        "| MedViLL | Multi-Modal Understanding and Generation for Medical Images | "
        "[Arxiv](https://arxiv.org/abs/2105.11333); [JBHI](https://ieeexplore.ieee.org/"
        "document/9894658) | 2022-09-19 |\n"
        "| WSI-VQA | Interpreting Whole Slide Images by Generative Visual Question Answering | "
        "Arxiv; ECCV 2024 | 2024-10-25 |\n"
        "| Both | A Paper Published Twice Over Somehow | ACL 2020; EMNLP 2020 | 2020-01-01 |\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.venue, e.year) for e in entries[:2]] == [("JBHI", 2022), ("ECCV", 2024)]
    assert entries[2].venue not in ("ACL", "EMNLP")


def test_a_card_of_fields_under_a_heading_is_the_entry_the_heading_names() -> None:
    """dend/awesome-product-management (held-out h405): each tool is a ``#### Name``
    heading, a paragraph, a screenshot and a ``| Property | Value |`` table of its developer,
    cost, platform and address; the rows were read as entries (133 for 79 tools). The card
    is the heading's entry, its links the values' links; a card with no heading to name it
    is layout, and a two-column table of names and descriptions still lists entries."""
    doc = parse_text(
        """\
## Tools

### Note-taking

#### OneNote

Efficient note-taking with superior organizational capabilities.

![OneNote](media/tool-onenote.gif)

| Property  | Value                              |
|-----------|------------------------------------|
| Developer | [Microsoft](https://microsoft.com) |
| Cost      | Free                               |
| Platform  | macOS, Windows, iOS, Android, web  |
| URL       | https://onenote.com                |

#### Bear

| Property  | Value                                   |
|-----------|-----------------------------------------|
| Developer | [Shiny Frog](http://www.shinyfrog.net/) |
| URL       | https://bear.app/                       |

## Editors

| Name | Description |
|------|-------------|
| [Vim](https://www.vim.org/) | An editor. |

| Key | Value |
|-----|-------|
| Maintainer | [Someone](https://example.org/) |
"""
    )
    assert [(e.title, [link.url for link in e.links], e.section) for e in doc.entries] == [
        (
            "OneNote",
            ["https://microsoft.com", "https://onenote.com"],
            ["Tools", "Note-taking"],
        ),
        ("Bear", ["http://www.shinyfrog.net/", "https://bear.app/"], ["Tools", "Note-taking"]),
        ("Vim", ["https://www.vim.org/"], ["Editors"]),
    ]
    assert [(e.source.line, e.source.end_line) for e in doc.entries][:2] == [(5, 16), (18, 23)]
    assert [b.kind for b in doc.blocks if b.line == 31] == ["fields"]


def test_a_publication_column_beside_a_venue_column_names_the_works() -> None:
    """shengchaochen82/Awesome-Foundation-Models-for-Weather-and-Climate (held-out h423)
    heads its tables ``| Publication | Venue | Year | Resource |``: the papers' titles, then
    their venues; "Publication" was read as the venue and the ``[\\[paper\\]]`` link as the
    title. Alone, or beside a title column, "Publication" stays what it was."""
    assert assign_roles(["Publication", "Venue", "Year", "Resource"]) == [
        "title",
        "venue",
        "year",
        "link",
    ]
    assert assign_roles(["Title", "Publication", "Year"]) == ["title", "venue", "year"]
    assert assign_roles(["Title", "Publication", "Venue"]) == ["title", "column-2", "venue"]
    doc = parse_text(
        "| Publication  | Venue | Year |  Resource |\n"
        "|:------|:----:|---------:|---------:|\n"
        "| Neural general circulation models for weather and climate | *Nature* | 2024 |"
        " [\\[paper\\]](https://www.nature.com/articles/s41586-024-07744-y) |\n"
    )
    [entry] = doc.entries
    assert (entry.title, entry.venue, entry.year, [link.url for link in entry.links]) == (
        "Neural general circulation models for weather and climate",
        "Nature",
        2024,
        ["https://www.nature.com/articles/s41586-024-07744-y"],
    )


def test_rows_leading_to_pages_of_the_folder_whose_pages_are_entries_are_entries() -> None:
    """app-ideas (h443) lists its projects as ``| [Bin2Dec](./Projects/1-Beginner/Bin2Dec-App.md)
    | Binary-to-Decimal number converter | 1-Beginner |``: the rows described at length were
    read as entries, those with a short description (``| [Calculator](…) | Calculator |``) as
    an index of the repository's pages (62 of 88 read). Rows leading to pages of a folder
    whose other pages are entries are entries; a table of links to pages alone stays an
    index."""
    text = (
        "## Projects\n\n"
        "| Name | Short Description | Tier |\n| --- | --- | --- |\n"
        "| [Bin2Dec](./Projects/1-Beginner/Bin2Dec-App.md) | Binary-to-Decimal number converter"
        " | 1-Beginner |\n"
        "| [Border Radius Previewer](./Projects/1-Beginner/Border-Radius-Previewer.md) | Preview"
        " how CSS3 border-radius values affect an element | 1-Beginner |\n"
        "| [Calculator](./Projects/1-Beginner/Calculator-App.md) | Calculator | 1-Beginner |\n"
        "| [Christmas Lights](./Projects/1-Beginner/Christmas-Lights-App.md) | Simulate a string"
        " of Christmas lights on a tree | 1-Beginner |\n"
        "| [Color Cycle](./Projects/1-Beginner/Color-Cycle-App.md) | Cycle a color value through"
        " incremental changes | 1-Beginner |\n\n"
        "## More\n\n"
        "| Part | Pages |\n| --- | --- |\n"
        "| [Vision](docs/vision.md) | 12 |\n| [Speech](docs/speech.md) | 7 |\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [e.title for e in entries] == [
        "Bin2Dec",
        "Border Radius Previewer",
        "Calculator",
        "Christmas Lights",
        "Color Cycle",
    ]


def test_a_table_of_benchmark_scores_without_links_holds_no_entries() -> None:
    """temporal-sentence-grounding (h474) closes with results tables: ``|  MCN  | 42.80 |
    21.37 | 9.58 | - | … | PB |``, methods by their scores, no link anywhere (36 rows read
    as entries: 83 for 47). A table of papers beside their scores (a title in a cell,
    vietnamese-nlp) and a table of data set counts (``| Cora | 2708 | 5429 |``,
    awesome-graph-prompt) stay entries."""
    scores = (
        "## Benchmark Results\n\n"
        "|  | R@1 IoU@0.3 | R@1 IoU@0.5 | R@1 IoU@0.7 | Method |\n"
        "| :-: | :-: | :-: | :-: | :-: |\n"
        "| MCN | 21.37 | 9.58 | - | PB |\n"
        "| CTRL | 28.70 | 14.0 | - | PB |\n"
        "| TGN | 45.51 | 28.47 | - | PB |\n"
    )
    assert parse_text(scores, "x.md").entries == []
    papers = (
        "## Results\n\n"
        "| Model | Aspect (F1) | Polarity (F1) | Paper | Code |\n"
        "|---|---|---|---|---|\n"
        "| CNN | 0.80 | | Deep Learning for Aspect Detection on Vietnamese Reviews | |\n"
        "| SVM | 0.77 | 0.61 | NLP@UIT at VLSP 2018: A Supervised Method | |\n"
    )
    assert len(parse_text(papers, "x.md").entries) == 2
    counts = (
        "## Datasets\n\n"
        "| Dataset | #Node | #Edge | #Feature | #Class |\n"
        "| :-: | :-: | :-: | :-: | :-: |\n"
        "| Cora | 2708 | 5429 | 1433 | 7 |\n"
        "| Citeseer | 3327 | 4732 | 3703 | 6 |\n"
    )
    assert [e.title for e in parse_text(counts, "x.md").entries] == ["Cora", "Citeseer"]


def test_an_emphasised_row_alone_under_a_papers_row_describes_it() -> None:
    # Tennine2077/Awesome-Dichotomous-Image-Segmentation: ``| | | | *Leverages …* | | |``
    doc = parse_text(
        "# DIS\n\n## Methods\n\n"
        "| Year | Pub. | Network | Title | Author | Links |\n"
        "|------|------|---------|-------|--------|-------|\n"
        "| 2025 | arXiv | **BEN** | Using Confidence-Guided Matting for DIS | Maxwell Meyer | "
        "[Paper](https://arxiv.org/abs/2501.06230) |\n"
        "| | | | *Leverages confidence-guided matting to improve boundary regions.* | | |\n"
        "| 2026 | CVPR | **PDFNet** | High-Precision DIS via Depth Integrity-Prior | Xianjie Liu "
        "| [Paper](https://arxiv.org/abs/2503.06100) |\n"
        "| | | | Plain Title Of A Second Paper | | [Paper](https://arxiv.org/abs/2503.06101) |\n",
        "x.md",
    )
    assert [e.title for e in doc.entries] == [
        "Using Confidence-Guided Matting for DIS",
        "High-Precision DIS via Depth Integrity-Prior",
        "Plain Title Of A Second Paper",
    ]
    assert doc.entries[0].notes[-1] == (
        "Leverages confidence-guided matting to improve boundary regions."
    )
    assert {b.kind for b in doc.blocks if b.line == 8} == {"description-row"}


def test_a_date_added_column_gives_no_date_of_the_work() -> None:
    # h546 learn-risc-v: ``| Date Added |`` is when the row joined the list (Nand2Tetris is
    # not from 2024); a ``| Date |`` column beside it would still date the work
    text = (
        "# Learn RISC-V\n\n## Courses\n\n"
        "| Course | Author(s) | Date Added |\n|---|---|---|\n"
        "| [Nand2Tetris](https://www.nand2tetris.org/) | Noam Nisan | 2024-03-01 |\n"
        "| [RISC-V Fundamentals](https://training.example.org/lfd110) | LF | 2025-01-07 |\n\n"
        "## Papers\n\n| Paper | Date |\n|---|---|\n"
        "| [The RISC-V Instruction Set Manual](https://riscv.org/spec.pdf) | 2019-12 |\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.year, e.date) for e in entries] == [
        ("Nand2Tetris", None, None),
        ("RISC-V Fundamentals", None, None),
        ("The RISC-V Instruction Set Manual", 2019, "2019-12"),
    ]


def test_a_paper_column_link_named_by_its_venue_and_year() -> None:
    # h547 hdr-imaging-papers: ``| Title | Paper | Code |`` with ``[ICCV-2025](arxiv)`` in the
    # paper column; h204 vit-quant-accel: beside a date column, whose year stays the row's
    text = (
        "# HDR\n\n## Multi-Frame\n\n| Title | Paper | Code |\n| --- | --- | --- |\n"
        "| AFUNet: Cross-Iterative Alignment-Fusion Synergy for HDR Reconstruction | "
        "[ICCV-2025](https://arxiv.org/pdf/2506.23537) | [AFUNet](https://github.com/e/AFUNet) |\n"
        "| Deep HDR Imaging | [Paper](https://arxiv.org/abs/2101.00001) | |\n\n"
        "## Quantization\n\n| Date | Title | Paper |\n| --- | --- | --- |\n"
        "| 2021.11 | PTQ4ViT: Post-training Quantization for Vision Transformers | "
        "[[ECCV‘22]](https://arxiv.org/abs/2111.12293) |\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.venue, e.year) for e in entries] == [("ICCV", 2025), (None, None), ("ECCV", 2021)]


def test_footnote_marks_and_definitions_are_no_part_of_the_entries() -> None:
    # h526 hsi-datasets-table: ``| HSOD-BIT-V2[^2] | 2025 | … |`` rows, then the footnotes
    # ``[^2]: Y. Qiu, …, "Title," Proceedings of the AAAI …`` (references, not entries)
    text = (
        "# Hyperspectral datasets\n\n| Name | Year | Link |\n| --- | --- | --- |\n"
        "| Pinot Noir maturity status HS Dataset[^1] | 2025 | "
        "[https://github.com/hlyu821/GANs](https://github.com/hlyu821/GANs) |\n"
        "| HSOD-BIT-V2[^2] | 2025 | [https://github.com/QYH-BIT/HSOD-BIT-V2]"
        "(https://github.com/QYH-BIT/HSOD-BIT-V2) |\n\n"
        "[^1]: H. Lyu, M. Grafton, T. Ramilan, “Synthetic hyperspectral reflectance data "
        "augmentation by generative adversarial network,” Computers and Electronics in "
        "Agriculture, vol. 235, 2025.\n\n"
        '[^2]: Y. Qiu, S. Bai, T. Xu, "HSOD-BIT-V2: A Challenging Benchmark for Hyperspectral '
        'Salient Object Detection," Proceedings of the AAAI Conference on Artificial '
        "Intelligence, vol. 39, 2025.\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.title, e.year) for e in entries] == [
        ("Pinot Noir maturity status HS Dataset", 2025),
        ("HSOD-BIT-V2", 2025),
    ]


def test_arxiv_identifier_in_a_venue_cell_is_no_year() -> None:
    # h424 sungman-self-supervised-papers: ``arXiv:1911.05722`` names the preprint, its
    # first digits no year (1911 was read); h323: ``arXiv preprint arXiv:1906.06819 2019``
    # states its year after it; h194: the badge ``arXiv'1906`` writes June 2019
    text = (
        "# SSL\n\n"
        "| Conference / Journal | Paper | Acc |\n| --- | --- | --- |\n"
        "| arXiv:1911.05722 | [Momentum Contrast for Unsupervised Visual Representation "
        "Learning](https://arxiv.org/pdf/1911.05722.pdf) | 60.6 % |\n"
        "| arXiv preprint arXiv:1906.06819 2019 | [A fusion adversarial underwater image "
        "enhancement network](https://example.org/fgan) | - |\n\n"
        "| Name | Venue & Year | Paper Title | Paper |\n| --- | --- | --- | --- |\n"
        "| ADASS | ![arXiv'1906](https://img.shields.io/badge/arXiv'1906-d9534f) | ADASS: "
        "Adaptive Sample Selection for Training Acceleration | "
        "[Link](https://arxiv.org/abs/1906.04819) |\n"
    )
    entries = parse_text(text, "x.md").entries
    assert [(e.venue, e.year) for e in entries] == [
        ("arXiv", None),
        ("arXiv", 2019),
        ("arXiv", 2019),
    ]


def test_row_whose_links_are_icons_takes_its_description_for_a_title() -> None:
    # h337 buzzfeednews-everything: ``| `2022-04-27` | Description | [:link:](repo) |
    # [:link:](article) |``: an icon names nothing; the description is the title
    text = (
        "# BuzzFeed News\n\n## Data and Analyses\n\n"
        "Date|Description|Repo(s)|Article(s)\n----|-----------|:--:|:-----:\n"
        "`2022-04-27`|Data and analysis of state child abuse and neglect registries and appeals|"
        "[:link:](https://github.com/BuzzFeedNews/2022-04-registries)|"
        "[:link:](https://www.buzzfeednews.com/article/scottpham/registries)\n"
    )
    (entry,) = parse_text(text, "x.md").entries
    assert (entry.title, entry.year, len(entry.links)) == (
        "Data and analysis of state child abuse and neglect registries and appeals",
        2022,
        2,
    )


_NAMED_METHODS = (
    "|Name|Category|Paper|Code|\n"
    "| :--- |:---:| :--- | :--- |\n"
    "| **DIR** | Invariant Representation Learning | [[ICLR 2022] Discovering invariant "
    "rationales for graph neural networks](https://arxiv.org/pdf/2201.12872) | "
    "[Code](https://github.com/Wuyxin/DIR-GNN) |\n"
    "| **GIL** | Invariant Representation Learning | [[NeurIPS 2022] Learning invariant graph "
    "representations for out-of-distribution generalization](https://proceedings.neurips.cc/"
    "x.pdf) | [N/A] |\n"
    "| **GSAT** | Invariant Representation Learning | [[ICML 2022] Interpretable and "
    "generalizable graph learning via stochastic attention mechanism](https://proceedings.mlr"
    ".press/v162/miao22a/miao22a.pdf) | [Code](https://github.com/Graph-COM/GSAT) |\n"
    "| **CAP** | Invariant Representation Learning | [[arXiv] CAP: Co-Adversarial Perturbation "
    "on Weights and Features for Improving Generalization of Graph Neural Networks]"
    "(https://arxiv.org/pdf/2110.14855) | [N/A] |\n"
)


def test_a_name_column_beside_a_paper_column_of_full_titles_is_the_short_name() -> None:
    """Awesome-Graph-OOD (h579), Awesome-LLM-for-RecSys (h382), llm4ec (h499): ``| Name |
    Category | Paper | Code |`` over ``| **DIR** | … | [[ICLR 2022] Discovering invariant
    rationales …](url) |``: the name is the method's short name, the paper's full title the
    entry's, its bracketed tag the venue and year."""
    doc = parse_text("## Model-centric Approaches\n\n" + _NAMED_METHODS, "x.md")
    assert [(e.title, e.venue, e.year, e.aliases) for e in doc.entries[:2]] == [
        ("Discovering invariant rationales for graph neural networks", "ICLR", 2022, ["DIR"]),
        (
            "Learning invariant graph representations for out-of-distribution generalization",
            "NeurIPS",
            2022,
            ["GIL"],
        ),
    ]
    assert doc.entries[0].links[0].url == "https://arxiv.org/pdf/2201.12872"


def test_a_name_column_under_a_datasets_heading_or_with_links_names_the_entry() -> None:
    """rs-mllm-papers (h400), aerial-object-detection (h195): under ``## Datasets`` the
    names are the data sets themselves, each with the paper that made it; a name cell with
    its own link (summarization-papers h384: ``[CNN-DailyMail](github)``) names the entry
    too."""
    under = parse_text("## Datasets of Multimodal Instruction Tuning\n\n" + _NAMED_METHODS, "x.md")
    assert [e.title for e in under.entries] == ["DIR", "GIL", "GSAT", "CAP"]
    linked = _NAMED_METHODS.replace("| **DIR** |", "| [DIR](https://github.com/Wuyxin/DIR) |")
    doc = parse_text("## Methods\n\n" + linked, "x.md")
    assert [e.title for e in doc.entries] == ["DIR", "GIL", "GSAT", "CAP"]
    # multimodal-llm (corpus), under ``## Others``: ``| **CLEVR-ATVC** | [Title](2303.05983) |``
    # over ``| **Fruit-ATVC** | [Title](2303.05983) |``: two data sets of one paper, each
    # named by its name (else two entries of one title and one link: a false duplicate)
    shared = _NAMED_METHODS.replace(
        "https://arxiv.org/pdf/2110.14855", "https://arxiv.org/pdf/2201.12872"
    )
    doc = parse_text("## Others\n\n" + shared, "x.md")
    assert [e.title for e in doc.entries] == ["DIR", "GIL", "GSAT", "CAP"]


@pytest.mark.parametrize(
    ("header", "role"),
    [
        # h597 recsys-works-tables: "| Titile | Booktitle | Authors | Resources |"
        ("Titile", "title"),
        ("Tilte", "title"),  # h504 data-efficient-llm
        ("Booktitle", "venue"),
        ("Book Title", "title"),  # (h373 automl-papers: the title of a book)
        ("Publishing", "venue"),  # h601 llm-benchmark-datasets
        ("Highlights", "notes"),  # h600 awesome-vla-benchmarks
        # one letter from a word of another column is no misspelling of "title"
        ("Nodes", None),
        ("Tasks", None),
        ("Tile", None),
    ],
)
def test_misspelt_and_bibtex_headers(header: str, role: str | None) -> None:
    assert header_role(header) == role


def test_bold_short_name_and_colon_in_a_title_cell_is_all_the_title() -> None:
    # h597 recsys-works-tables: the paper's short name in bold, then its title
    doc = parse_text(
        "| Titile | Booktitle | Resources |\n"
        "| --- | :---: | --- |\n"
        "| **FM**: Factorization Machines | ICDM'2010 | [[pdf]](https://x.org/fm.pdf) |\n"
        "| **DIN**: DIN: Deep Interest Network for Click-Through Rate Prediction | KDD'2018 "
        "| [[pdf]](https://arxiv.org/abs/1706.06978) |\n"
    )
    first, second = doc.entries
    assert (first.title, first.year, first.venue) == ("FM: Factorization Machines", 2010, "ICDM")
    assert second.title == "DIN: DIN: Deep Interest Network for Click-Through Rate Prediction"
    assert second.venue == "KDD"


def test_summary_table_rows_are_the_entries_the_headings_below_detail() -> None:
    # h595 lidar-datasets-3d: a table of data sets, then one linked heading per data set
    rows = "".join(
        f"|[{name}](https://{name.lower()}.org/)|{year}|Single|\n"
        for name, year in (("KITTI", 2013), ("NCLT", 2017), ("MulRan", 2020))
    )
    details = "".join(
        f"### [{name}](https://{name.lower()}.org/)\n- **Year**: {year}\n- **System**: Car\n\n"
        for name, year in (("KITTI", 2013), ("NCLT", 2017), ("MulRan", 2020))
    )
    doc = parse_text(
        "## Summary Table\n\n|Dataset|Year|Single vs Multi|\n|---|---|---|\n"
        + rows
        + "\n## Datasets\n"
        + details
    )
    assert [(e.source.line, e.title, e.year) for e in doc.entries] == [
        (5, "KITTI", 2013),
        (6, "NCLT", 2017),
        (7, "MulRan", 2020),
    ]


def test_a_description_opening_with_a_venue_tag_gives_the_rows_venue() -> None:
    # h600 awesome-vla-benchmarks: "| Name | Highlights | References |"
    doc = parse_text(
        "| Name | Highlights | References |\n| --- | --- | --- |\n"
        "| [DROID](https://droid-dataset.github.io/) | [RSS 2024] 76k demonstrations across "
        "diverse real-world environments | [arXiv](https://arxiv.org/abs/2403.12945) |\n"
        "| [Crafter](https://x.org/c) | [New] an open-world survival game | |\n"
    )
    droid, crafter = doc.entries
    assert (droid.title, droid.venue, droid.year) == ("DROID", "RSS", 2024)
    assert (crafter.venue, crafter.year) == (None, None)


def test_a_paper_column_of_several_link_kinds_leaves_the_title_to_the_model() -> None:
    # h600 awesome-vla-robotics: "| Model Name | … | Paper/ Project / Code |"
    doc = parse_text(
        "| Model Name | Key Contribution | Paper/ Project / Code |\n|---|---|---|\n"
        "| RT-1 | First large-scale Transformer robot model | "
        "[arxiv](https://arxiv.org/abs/2212.06817) / "
        "[Project](https://robotics-transformer1.github.io/) |\n"
    )
    [entry] = doc.entries
    assert entry.title == "RT-1"
    assert [link.url for link in entry.links] == [
        "https://arxiv.org/abs/2212.06817",
        "https://robotics-transformer1.github.io/",
    ]


def test_title_cell_link_over_emphasised_names_and_bracketed_venue() -> None:
    # h601 am-process-monitoring: "[Title](url) <br> *V. Pandiyan et al.* (J. Mat. Proc. Tech.)"
    doc = parse_text(
        "| Title (and Link) | Code | Year |\n|---|---|---|\n"
        "| [Deep Transfer Learning of AM Mechanisms Across Materials in LPBF](https://x.org/a) "
        "<br> *V. Pandiyan et al.* (J. Mat. Proc. Tech.) | [GitHub](https://github.com/a/b) "
        "| 2022 |\n"
        "| [Self-Supervised Bayesian Representation Learning](https://x.org/c) <br> "
        "*V. Pandiyan et al. (Materials & Design)* | | 2023 |\n"
        "| [Peregrine Dataset Tools for Powder Bed Imaging](https://x.org/d) <br> "
        "*ORNL* (Open-Source Project) | | 2023 |\n"
        "| [Deep Convolution Features for Fundus Image Classification](https://x.org/e) <br>"
        "*accepted at Revue d'Intelligence Artificielle* | | 2020 |\n"
    )
    journal, design, project, accepted = doc.entries
    assert (journal.authors, journal.venue, journal.year) == (
        ["V. Pandiyan"],
        "J. Mat. Proc. Tech.",
        2022,
    )
    assert (design.authors, design.venue) == (["V. Pandiyan"], "Materials & Design")
    assert project.venue is None  # (a kind of work in brackets, no venue)
    assert accepted.authors == []  # (a phrase in italics, no names)


def test_affiliations_after_an_authors_cell_are_no_names() -> None:
    # h605 parallel-decoding: "| Heming Xia, Tao Ge et al. (@MSRA \& PKU) |"
    doc = parse_text(
        "|Date|Title|Authors|Venue|\n|:---:|:---|:---|:---:|\n"
        "|2022.03|[Speculative Decoding: Exploiting Speculative Execution](https://arxiv.org/abs/"
        "2203.16487)|Heming Xia, Tao Ge et al. (@MSRA \\& PKU)|Findings-EMNLP'23|\n"
    )
    [entry] = doc.entries
    assert entry.authors == ["Heming Xia", "Tao Ge"]


def test_badges_over_a_title_cell_give_the_venue_the_lines_below_the_paper() -> None:
    # h605 kv-cache-optimization: "[![Publish](…/badge/Conference-SIGMOD_2026-blue)]()" badges,
    # then the title and its labelled link, then the names in italics
    doc = parse_text(
        "|Paper|Type|Code|\n| -- | -- | -- |\n"
        "| ![New](https://img.shields.io/badge/New-to%20repo-ff69b4) "
        "[![Publish](https://img.shields.io/badge/Conference-SIGMOD_2026-blue)]() <br> "
        "AlignedServe: Orchestrating Prefix-aware Batching "
        "[[Link](https://dl.acm.org/doi/pdf/10.1145/3802009)] <br> "
        "*Fengyao Bai, Hongbin Zhang, Zhitao Chen* | Prefix-aware token scheduling | |\n"
    )
    [entry] = doc.entries
    assert entry.title == "AlignedServe: Orchestrating Prefix-aware Batching"
    assert (entry.venue, entry.year) == ("SIGMOD", 2026)
    assert entry.authors == ["Fengyao Bai", "Hongbin Zhang", "Zhitao Chen"]
    assert [link.url for link in entry.links] == ["https://dl.acm.org/doi/pdf/10.1145/3802009"]


def test_a_numbered_reference_link_is_no_title_in_a_table_without_a_title_column() -> None:
    # h596 neurallambda-reasoning: "| **CODE** | | |" over "| rosetta | … | [`[1]`](url) |"
    doc = parse_text(
        "| **CODE**         |     |     |\n|---|---|---|\n"
        "| rosetta | same program, many diff languages "
        "| [`[1]`](https://huggingface.co/datasets/cakiki/rosetta-code) |\n"
        "| EvoEval Tool Use | 100 prompt + code + tests "
        "| [`[1]`](https://huggingface.co/datasets/evoeval/EvoEval_tool_use) |\n"
    )
    assert [e.title for e in doc.entries] == ["rosetta", "EvoEval Tool Use"]
    # (h543 movies-for-hackers: a film may be named by a number)
    films = parse_text(
        "| Name | Year | Genre |\n| --- | --- | --- |\n"
        "| [21](https://www.imdb.com/title/tt0478087/) | 2008 | Thriller/Drama/Crime |\n"
    )
    assert [e.title for e in films.entries] == ["21"]


def test_a_short_year_in_brackets_after_a_venue_and_a_column_without_header() -> None:
    # h608 talking-face-generation-yp: "| Title | | Paper |" over "| … | CVPR(25) | … |"
    doc = parse_text(
        "| Title | | Paper |\n| --- | ---| --- |\n"
        "| EmotiveTalk: Expressive Talking Head Synthesis | CVPR(25) | [paper](https://x.org/a) |\n"
        "| InsTaG: Learning Personalized 3D Talking Head | ICLR (23) | [paper](https://x.org/b) |\n"
        "| SadTalker: Learning Realistic 3D Motion Coefficients | CVPR(23) | "
        "[paper](https://x.org/c) |\n"
    )
    assert [(e.venue, e.year) for e in doc.entries] == [
        ("CVPR", 2025),
        ("ICLR", 2023),
        ("CVPR", 2023),
    ]
    # (h180 graph-condensation-papers: under a header row of empty cells too; a first column
    # of venues beside linked titles is no index of venues)
    headerless = parse_text(
        "| | | |\n|-|-|-|\n"
        "| TKDE'25 | [Graph Condensation: A Survey](https://arxiv.org/abs/2401.11720) | X |\n"
        "| IJCAI'24 | [A Survey on Graph Reduction](https://arxiv.org/abs/2402.03358) | Y |\n"
        "| TKDD'25 | [Learning to Reduce Large Graphs](https://dl.acm.org/doi/3729427) | Z |\n"
    )
    assert [(e.venue, e.year) for e in headerless.entries] == [
        ("TKDE", 2025),
        ("IJCAI", 2024),
        ("TKDD", 2025),
    ]


def test_an_apa_reference_with_its_month_as_a_paper_cells_link_text() -> None:
    # h612 gnn-recsys-index: "| Pin-Sage | [Ying, R., …, & Leskovec, J. (2018, July). Title.
    # In Proceedings of …](url) | KDD | 2018 | [Python](url) |"
    papers = [
        ("GCMC", "Berg, R., & Welling, M. (2017). Graph convolutional matrix completion. arXiv"),
        (
            "Pin-Sage",
            "Ying, R., & Leskovec, J. (2018, July). Graph convolutional neural "
            "networks for web-scale recommender systems. In Proceedings of KDD (pp. 974-983).",
        ),
        (
            "NGCF",
            "Wang, X., & Chua, T. S. (2019, July). Neural graph collaborative filtering. "
            "In Proceedings of SIGIR (pp. 165-174).",
        ),
        (
            "LightGCN",
            "He, X., & Wang, M. (2020, July). Lightgcn: Simplifying and powering "
            "graph convolution network. In Proceedings of SIGIR.",
        ),
    ]
    rows = "".join(
        f"| {name} | [{cited}](https://x.org/{name}) | V | 2020 | [Py](https://p.org/{name}) |\n"
        for name, cited in papers
    )
    doc = parse_text(
        "### Matching\n\n| **Name** | **Paper** | **Venue** | **Year** | **Code** |\n"
        "| --- | --- | --- | --- | --- |\n" + rows
    )
    pinsage = doc.entries[1]
    assert pinsage.title == "Graph convolutional neural networks for web-scale recommender systems"
    assert pinsage.authors == ["Ying, R.", "Leskovec, J."]
    assert pinsage.aliases == ["Pin-Sage"]


def test_a_date_and_venue_column_gives_the_month_and_the_venue() -> None:
    # h616 llm-enhanced-recsys: "| Date / Venue | Model | Paper |" over "| 2023.5 / WSDM'24 |"
    doc = parse_text(
        "| Date / Venue | Model | Paper |\n| --- | --- | --- |\n"
        "| 2023.5 / WSDM'24 | ONCE | [ONCE: Boosting Content-based Recommendation with Both "
        "Open- and Closed-source Large Language Models](https://dl.acm.org/doi/3616855) |\n"
        "| 2024.5 / Arxiv'24 | X | [Another Long Title Of A Paper](https://arxiv.org/abs/1) |\n"
    )
    once, other = doc.entries
    assert (once.venue, once.year, once.date) == ("WSDM", 2024, "2023-05")
    assert (other.venue, other.year) == ("arXiv", 2024)


def test_the_person_who_presented_a_package_is_no_title_column() -> None:
    # h619 pythonastronomy-links: "| Participant name | Package name | repo link |": two
    # headers ending in "name", the package names the row, not who introduced it
    doc = parse_text(
        "| Participant name      | Package name           | repo link  |\n"
        "| ------------- |-------------| -----|\n"
        "|Thomas Robitaille|Acknowledgment-generator|[link](http://astrofrog.github.io/ag)|\n"
        "|Amuse Team|AMUSE|[link](http://www.amusecode.org/)|\n"
        "|(many!) | astropy | [link](https://github.com/astropy/astropy)|astropy|\n"
    )
    assert [(e.title, [link.url for link in e.links]) for e in doc.entries] == [
        ("Acknowledgment-generator", ["http://astrofrog.github.io/ag"]),
        ("AMUSE", ["http://www.amusecode.org/"]),
        ("astropy", ["https://github.com/astropy/astropy"]),
    ]
    assert header_role("Participant name") == "presenter"


def test_a_paper_code_column_of_labels_leaves_the_name_to_the_first_cell() -> None:
    # h627 online-tracking-sota: "| Tracker | Success Score | Speed (fps) | Paper/Code |" over
    # "| STARK (ICCV21) | 0.671 | 32 (Tesla V100) | [Paper](url)/[Code](url) |": the column
    # named like a paper's only says what its links are; the tracker's cell names the row,
    # its venue and year glued in the closing bracket
    doc = parse_text(
        "| Tracker | Success Score | Speed (fps) | Paper/Code |\n"
        "|:--|:--:|:--:|:--:|\n"
        "| STARK (ICCV21) | 0.671 | 32 (Tesla V100) | [Paper](https://arxiv.org/abs/2103.17154)"
        "/[Code](https://github.com/researchmm/Stark) |\n"
        "| RPT (ECCVW20) | 0.624 | 20 (GTX 1080Ti) | [Paper](https://arxiv.org/pdf/2008.03467.pdf)"
        "/[Code](https://github.com/zhanght021/RPT)|\n"
    )
    assert [(e.title, e.venue, e.year, len(e.links)) for e in doc.entries] == [
        ("STARK", "ICCV", 2021, 2),
        ("RPT", "ECCV Workshop", 2020, 2),
    ]


def test_a_project_and_paper_column_of_bracketed_labels_is_no_title() -> None:
    # h627 online-tracking-sota: "| Datasets | #videos | … | Project/Paper |" over "|
    # [**LaSOT**](url) | 1,400 | … | [[Project](url)][[Paper](url)] |": not "[" for a title
    doc = parse_text(
        "| Datasets | #videos | #total (All) | Project/Paper|\n"
        "|:--|:--:|:--:|:--:|\n"
        "| [**LaSOT**](https://cis.temple.edu/lasot/) | 1,400 | 3.52M | "
        "[[Project](https://cis.temple.edu/lasot/)][[Paper](https://openaccess.thecvf.com/x)] |\n"
        "| [LaSOT2021](https://cis.temple.edu/lasot/) | 1,550 | 3.87M | "
        "[[Project](http://vision.cs.stonybrook.edu/~lasot/)][[Paper](https://springer.com/a)] |\n"
    )
    assert [e.title for e in doc.entries] == ["LaSOT", "LaSOT2021"]


def test_a_results_table_with_a_venue_column_lists_the_papers() -> None:
    # h643 ssl-skeleton-action-recognition: "| Method | Year | Learning Paradigm | NTU … (%) |"
    # over "|P&C | CVPR'2020 | MSM | 50.7 | 76.3 |": each row cites a method's paper at its
    # venue; a table of scores alone (no venue) stays a block of scores
    scores = "| 50.7 | 76.3 | 42.7 | 41.7 | 25.5 | 39.3 |\n"
    doc = parse_text(
        "| Method | Year | Learning Paradigm | xsub (%) | xview (%) | 120 xsub (%) | xset (%) |"
        " PKU I (%) | PKU II (%) |\n"
        "|---|---|---|---|---|---|---|---|---|\n"
        "|LongT GAN | AAAI'2018 | MSM "
        + scores
        + "|P&C | CVPR'2020 | MSM "
        + scores
        + "|MS²L | ACMMM'2020 | MSM&CL "
        + scores
    )
    assert [(e.title, e.venue, e.year) for e in doc.entries] == [
        ("LongT GAN", "AAAI", 2018),
        ("P&C", "CVPR", 2020),
        ("MS²L", "ACM MM", 2020),
    ]
    plain = parse_text(
        "| Method | Setting | xsub (%) | xview (%) | 120 xsub (%) | xset (%) | PKU I | PKU II |\n"
        "|---|---|---|---|---|---|---|---|\n"
        "|LongT GAN | MSM " + scores + "|P&C | MSM " + scores + "|MS²L | MSM&CL " + scores
    )
    assert plain.entries == []
    assert [b.kind for b in plain.blocks] == ["scores"]


def test_an_html_heading_over_an_html_table_names_its_rows_section() -> None:
    # h646 awesome-question-generation-survey: "<h2 id=…>1.2 Questionnaires/Quiz</h2>" right
    # over "<table>" in one HTML block; a block of two heading lines is two headings
    rows = "".join(
        "    <tr>\n"
        f"      <td>{n}</td>\n"
        "      <td>2022/07</td>\n"
        f"      <td>Reading Comprehension Quiz Generation Study Number {n}</td>\n"
        "      <td>AIED 2022</td>\n"
        f'      <td><a href="https://example.org/{n}.pdf">PDF</a></td>\n'
        "    </tr>\n"
        for n in (1, 2)
    )
    table = (
        '<table border="1">\n  <thead>\n    <tr>\n      <th>SN</th>\n'
        "      <th>Time (YYYY/MM)</th>\n      <th>Title</th>\n      <th>Venue (short)</th>\n"
        "      <th>Link of PDF</th>\n    </tr>\n  </thead>\n  <tbody>\n"
        + rows
        + "  </tbody>\n</table>\n"
    )
    doc = parse_text(
        '# Survey\n\n<h1 id="sec-1">1. Answer Format Based Question</h1>\n'
        '  <h2 id="sec-1-1">1.1 MCQ</h2>\n\n' + table + "\n\n"
        '  <h2 id="sec-1-2">1.2 Questionnaires/Quiz</h2>\n' + table
    )
    assert [(e.title[-8:], e.section[-2:]) for e in doc.entries] == [
        ("Number 1", ["1. Answer Format Based Question", "1.1 MCQ"]),
        ("Number 2", ["1. Answer Format Based Question", "1.1 MCQ"]),
        ("Number 1", ["1. Answer Format Based Question", "1.2 Questionnaires/Quiz"]),
        ("Number 2", ["1. Answer Format Based Question", "1.2 Questionnaires/Quiz"]),
    ]


def test_a_paper_link_closed_by_a_comma_and_a_known_venue_gives_the_venue() -> None:
    # h639 neural-adhoc-ir-models: "| DRMM | … | [A Deep Relevance Matching Model for
    # Ad-hoc Retrieval, CIKM 2016](url) |"; names before the comma are no title to cut
    doc = parse_text(
        "- [A Deep Relevance Matching Model for Ad-hoc Retrieval, CIKM 2016](http://x.org/a.pdf)\n"
        "- [Gallego et al., TPAMI 2020](http://rpg.ifi.uzh.ch/docs/EventVisionSurvey.pdf)\n"
        "- [Deep Reinforcement Learning Workshop, NIPS 2015](http://rll.berkeley.edu/ws/)\n"
        "- [ACM SIGPLAN Conference on Programming Language Design, PLDI](https://pldi.org/)\n"
    )
    assert [(e.title, e.venue, e.year) for e in doc.entries] == [
        ("A Deep Relevance Matching Model for Ad-hoc Retrieval", "CIKM", 2016),
        ("Gallego et al., TPAMI 2020", None, None),
        ("Deep Reinforcement Learning Workshop", "NeurIPS", 2015),
        ("ACM SIGPLAN Conference on Programming Language Design, PLDI", None, None),
    ]


def test_entries_set_side_by_side_in_a_row_are_each_an_entry() -> None:
    # h641 robot-learning-resources: "| Name | Institution | Name | Institution |" (two people
    # a row) and "| Col.1 | Col.2 | Col.3 |" (a grid of lists, the last row short)
    doc = parse_text(
        "## Researchers\n\n| Name | Institution | Name | Institution |\n| --- | --- | --- | --- |\n"
        "| [Pieter Abbeel](https://i3.cs.berkeley.edu/) | UC Berkeley | [Sergey Levine]"
        "(https://people.eecs.berkeley.edu/~svlevine/) | UC Berkeley |\n\n"
        "## Related Lists\n\n| Col.1 | Col.2 | Col.3 |\n|:---:|:---:|:---:|\n"
        "| [Awesome Robotics](https://github.com/kiloreux/awesome-robotics) | [Awesome RL]"
        "(https://github.com/aikorea/awesome-rl/) | [Awesome RL Envs](https://github.com/c/e) |\n"
        "| [Awesome-Robotics-3D](https://github.com/z/Awesome-Robotics-3D) | | |\n"
    )
    assert [(e.title, e.source.line, [link.url for link in e.links]) for e in doc.entries] == [
        ("Pieter Abbeel", 5, ["https://i3.cs.berkeley.edu/"]),
        ("Sergey Levine", 5, ["https://people.eecs.berkeley.edu/~svlevine/"]),
        ("Awesome Robotics", 11, ["https://github.com/kiloreux/awesome-robotics"]),
        ("Awesome RL", 11, ["https://github.com/aikorea/awesome-rl/"]),
        ("Awesome RL Envs", 11, ["https://github.com/c/e"]),
        ("Awesome-Robotics-3D", 12, ["https://github.com/z/Awesome-Robotics-3D"]),
    ]
    assert column_group_width(["Name", "Institution", "Name", "Institution"]) == 2
    assert column_group_width(["Col.1", "Col.2", "Col.3"]) == 1
    assert column_group_width(["Name", "Institution", "Paper", "Institution"]) is None


def test_an_html_table_opened_twice_is_one_table() -> None:
    # h644 spoken-dialogue-wavchat: "<table …>" / "  <table …>" then the rows, closed twice
    rows = "".join(
        f"    <tr>\n      <td>{name}</td>\n"
        f'      <td><a href="https://github.com/o/{name}">https://github.com/o/{name}</a></td>\n'
        "    </tr>\n"
        for name in ("Encodec", "SoundStream", "Mimi")
    )
    doc = parse_text(
        '## Codecs\n\n<div align=\'center\'>\n<table border="1">\n  <table border="1">\n\n'
        "  <thead>\n    <tr>\n      <th><strong>Model</strong></th>\n"
        "      <th><strong>URL</strong></th>\n    </tr>\n  </thead>\n  <tbody>\n"
        + rows
        + "  </tbody>\n</table>\n\n</table>\n</div>\n"
    )
    assert [(e.title, e.links[0].url) for e in doc.entries] == [
        ("Encodec", "https://github.com/o/Encodec"),
        ("SoundStream", "https://github.com/o/SoundStream"),
        ("Mimi", "https://github.com/o/Mimi"),
    ]


def test_a_first_cell_of_bare_addresses_names_the_row() -> None:
    # h645 image-hosting-ru: "https://fastpic.ru/, https://fastpic.org/ | + | … |
    # [fastpic](Additional_info_RU.md#fastpic)" and "https://imageupload.io/ |" (rows without
    # their leading pipe): the addresses are the service, not a note's link nor "+"
    doc = parse_text(
        "Ссылки | Анонимное использование | Дополнительная информация\n--- | --- | ---\n"
        "https://imgur.com/ | + | [Не работает в Великобритании](https://help.imgur.com/a)\n"
        "https://fastpic.ru/, https://fastpic.org/ | + | [fastpic](Additional_info_RU.md#fastpic)\n"
        "https://imageupload.io/ |\n"
    )
    assert [e.title for e in doc.entries] == [
        "https://imgur.com/",
        "https://fastpic.ru/",
        "https://imageupload.io/",
    ]
    assert [link.url for link in doc.entries[1].links][:2] == [
        "https://fastpic.ru/",
        "https://fastpic.org/",
    ]
