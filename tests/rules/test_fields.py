"""PTM211 null-field, PTM212 placeholder, PTM213 misplaced-field, PTM001 schema."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from awesome_ptm.check import run_checks
from awesome_ptm.config import Config, SchemaAssignment
from awesome_ptm.corpus import load
from awesome_ptm.parse import parse_text
from ruleutil import apply_fix, check_text

SEEDS = Path(__file__).parent.parent / "fixtures" / "seeds"

TABLE = """\
| 名称 | 来源 | 说明 | 状态 | 备注 |
| ---- | ---- | ---- | ---- | ---- |
| 综述 | NULL | NULL | NULL | NULL |
| 《A Survey of Things》 | Arxiv2020 | NULL | done | NULL |
| 《ALBERT》 | done | ALBERT | done | NULL |
| 《Other》 | ACL2019 | fine | ACL2019 | NULL |
| NULL | NULL | NULL | NULL | NULL |
"""


def test_null_field_points_at_the_cell() -> None:
    findings = check_text(TABLE, ["PTM211"])
    assert [(f.line, f.column) for f in findings] == [(4, 38)]
    assert "notes of 'A Survey of Things' is NULL" in findings[0].message
    assert findings[0].end_column == 42


def test_null_field_roles_option() -> None:
    config = Config(rule_options={"null-field": {"roles": ["remarks"]}})
    findings = check_text(TABLE, ["PTM211"], config)
    assert {f.line for f in findings} == {4, 5, 6}
    assert all("remarks" in f.message for f in findings)


def test_placeholder_rows_and_items_are_removed_by_the_safe_fix() -> None:
    findings = check_text(TABLE, ["PTM212"])
    assert [f.line for f in findings] == [7]
    fixed = apply_fix(TABLE, findings[0].fix)  # type: ignore[arg-type]
    assert fixed == TABLE.replace("| NULL | NULL | NULL | NULL | NULL |\n", "")
    items = "# T\n\n- [A](https://x.org/a)\n-\n- [B](https://x.org/b)\n"
    findings = check_text(items, ["PTM212"])
    assert [f.line for f in findings] == [4]
    assert findings[0].fix is not None and findings[0].fix.applicability == "safe"
    assert (
        apply_fix(items, findings[0].fix)
        == "# T\n\n- [A](https://x.org/a)\n- [B](https://x.org/b)\n"
    )


def test_a_row_of_blank_cells_is_spacing_not_a_placeholder() -> None:
    """``|      |      |`` between a table's rows draws a blank line: no finding (a row of
    ``NULL`` or ``-`` in every cell still is one)."""
    table = (
        "| Course | Page |\n| --- | --- |\n| **Neural Nets** | [NN](https://x.org/nn) |\n"
        "|      |      |\n| **Deep Learning** | [DL](https://x.org/dl) |\n| - | - |\n"
    )
    assert [f.line for f in check_text(table, ["PTM212"])] == [6]


def test_text_placeholder_fix_is_unsafe() -> None:
    text = "# T\n\n- [A](https://x.org/a)\n\n（持续更新中...）\n"
    findings = check_text(text, ["PTM212"])
    assert [(f.line, f.fix.applicability if f.fix else None) for f in findings] == [(5, "unsafe")]


def test_clean_list_has_no_field_findings() -> None:
    clean = "| Title | Venue | Description |\n| --- | --- | --- |\n| A | ACL 2020 | Good. |\n"
    assert check_text(clean, ["PTM21"]) == []


def test_misplaced_status_and_venue() -> None:
    findings = check_text(TABLE, ["PTM213"])
    assert [(f.line, f.column) for f in findings] == [(5, 14), (6, 30)]
    assert "holds the status 'done'" in findings[0].message
    fixed = apply_fix(TABLE, findings[0].fix)  # type: ignore[arg-type]
    assert "| 《ALBERT》 | NULL | ALBERT | done | NULL |" in fixed
    assert "holds the venue 'ACL2019'" in findings[1].message and findings[1].fix is None


def test_seed_findings() -> None:
    result = run_checks(load(SEEDS), Config(), select=["PTM21"])
    got = {(f.code, Path(f.path).name, f.line) for f in result.findings}
    assert ("PTM213", "ptm-paper-table.md", 19) in got  # ALBERT's `done` venue
    rows = {line for code, name, line in got if code == "PTM212" and name == "ptm-paper-table.md"}
    assert rows == {52, 53, 54, 55, 56}  # the five all-NULL rows
    items = {
        line for code, name, line in got if code == "PTM212" and name == "ptm-reading-notes.md"
    }
    assert items == {10, 26}  # the two empty items
    assert ("PTM212", "ptm-overview-articles.md", 45) in got  # （持续更新中...）


def test_schema_assigned_by_config(tmp_path: Path) -> None:
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "allOf": [{"$ref": "https://awesome-ptm.dev/schema/entry.schema.json"}],
        "properties": {"venue": {"type": "string"}, "year": {"type": "integer"}},
    }
    (tmp_path / "paper.schema.json").write_text(json.dumps(schema))
    config = Config(
        root=tmp_path,
        schemas=[SchemaAssignment(schema=tmp_path / "paper.schema.json", files=["list.md"])],
    )
    text = "# P\n\n- [A](https://arxiv.org/abs/2001.00001) (ACL 2020)\n- [B](https://arxiv.org/abs/2001.00002)\n"
    findings = check_text(text, ["PTM001"], config)
    assert [f.line for f in findings] == [4, 4]
    assert {f.message.split(": ", 1)[1].split(":")[0] for f in findings} == {"`venue`", "`year`"}
    assert check_text(text, ["PTM001"]) == []  # the default entry schema accepts both


def _sectioned() -> str:
    reading = [f"| [P{n}](https://arxiv.org/abs/2001.{n:05d}) | 2020 | {n} |" for n in range(30)]
    reading[29] = "| [K](https://arxiv.org/abs/2001.00029) | 2020 |  |"
    board = [
        "| [L](https://arxiv.org/abs/2002.00001) | 2020 |  |",
        "| [M](https://arxiv.org/abs/2002.00002) | 2020 |  |",
        "| [N](https://arxiv.org/abs/2002.00003) | 2020 | kept |",
    ]
    head = ["| Paper | Year | 说明 |", "| ----- | ---- | ----- |"]
    lines = ["# Papers", "", "## Reading", "", *head, *reading, ""]
    return "\n".join([*lines, "## Leaderboard", "", *head, *board, ""])


def test_null_field_leaves_a_column_its_own_section_mostly_leaves_empty() -> None:
    # The file fills notes (30 of 33 rows), so K's empty cell among 29 filled ones is a gap;
    # the leaderboard's rows mostly leave it empty (2 of 3): an optional column there.
    findings = check_text(_sectioned(), ["PTM211"])
    assert [(f.line, f.message) for f in findings] == [
        (36, "notes of 'K' is an empty cell; write the value")
    ]


def _described(title: str, notes: str = "") -> str:
    rows = [f"| [Tool {n}](https://github.com/a/t{n}) | a tool for task {n} |" for n in range(12)]
    rows.append(f"| [{title}](https://github.com/a/last) | {notes} |")
    return "\n".join(["| Name | Description |", "| --- | --- |", *rows, ""])


@pytest.mark.parametrize(
    "title",
    [
        "HuaTuo: 基于中文医学知识的LLaMA微调模型",  # a name, then what it is
        "alpaca_chinese_dataset - 人工精调的中文对话数据集",
        "汇总6个Midjourney以外的免费以文生图服务",  # a sentence
        "Instruction Tuning with Large Language Models",  # a paper's title
    ],
)
def test_null_field_leaves_an_empty_description_beside_a_descriptive_name(title: str) -> None:
    assert check_text(_described(title), ["PTM211"]) == []
    # A marker written there is still reported: readers see it.
    findings = check_text(_described(title, "NULL"), ["PTM211"])
    assert [f.line for f in findings] == [15]


def test_null_field_reports_an_empty_description_beside_a_bare_name() -> None:
    findings = check_text(_described("HuaTuo"), ["PTM211"])
    assert [(f.line, f.message) for f in findings] == [
        (15, "notes of 'HuaTuo' is an empty cell; write the value")
    ]


def test_schema_leaves_prose_read_as_an_entry() -> None:
    # Criteria bullets with no title, link or identifier: nothing a curator could fill in.
    text = "# L\n\n*(Citation criteria)*\n- **2016** :  +60 citations\n- **2015** : +200\n"
    assert check_text(text, ["PTM001"]) == []


def _scores(cell: str) -> str:
    rows = [f"| [Model {n}](https://example.com/m{n}) | 6{n}.5 |" for n in range(8)]
    rows.append(f"| [Model X](https://example.com/x) | {cell} |")
    return "\n".join(["| Model | Score |", "| --- | --- |", *rows, ""])


def test_null_field_reports_a_written_placeholder_in_any_column_rows_fill() -> None:
    [finding] = check_text(_scores("NULL"), ["PTM211"])
    assert finding.line == 11 and "is NULL; write the value" in finding.message
    # "-" and "N/A" in a column no row must fill say "none" on purpose (a score not
    # reported); so does an empty cell.
    for cell in ("-", "N/A", ""):
        assert check_text(_scores(cell), ["PTM211"]) == []


# --- PTM214 extra-cells ------------------------------------------------------------------------


def test_extra_cells_past_the_header_are_reported_where_they_start() -> None:
    row = "| 2023.10 | **MASTERKEY** | NDSS | [link](https://github.com/LLMSecurity/MK) | - |"
    text = (
        "# Jailbreak\n\n"
        "| Date | Paper | Venue | Code |\n"
        "| --- | --- | :-: | --- |\n"
        "| 2023.12 | **TAP** | NeurIPS'24 | [link](https://github.com/RICommunity/TAP) |\n"
        f"{row}\n"
    )
    [finding] = check_text(text, ["PTM214"])
    assert (finding.code, finding.name, finding.severity) == ("PTM214", "extra-cells", "warning")
    assert finding.line == 6
    assert finding.column == row.rindex("| -") + 2  # the extra cell's text, after its pipe
    assert "row has 5 cells but the header has 4: GitHub drops '-'" in finding.message
    assert finding.fix is None


def test_extra_cells_lost_content_after_an_empty_cell_and_no_trailing_pipe() -> None:
    text = (
        "|序号|机构|名称|备注|\n"
        "|---|---|---|---|\n"
        "|244|山西大学|[后稷](https://github.com/zhiweihu1103/AgriMa)|| 基于[Baichuan](https://huggingface.co/baichuan-inc)\n"
    )
    [finding] = check_text(text, ["PTM214"])
    assert finding.line == 3
    assert "GitHub drops '基于[Baichuan](https://huggingface.co/baichuan-inc)'" in finding.message


def test_extra_cells_quiet_on_rows_that_fit_empty_trailing_cells_and_escaped_pipes() -> None:
    text = (
        "Name | Note\n"
        "--- | ---\n"
        "a | b\n"
        "| c | d ||\n"  # an empty third cell: nothing is lost
        "| e | `x \\| y` |\n"  # an escaped pipe is text
        "| f |\n"  # fewer cells: GitHub pads them
        "\n"
        "| not | a table |\n"
        "| but | text | here |\n"
    )
    assert check_text(text, ["PTM214"]) == []


def test_null_field_leaves_a_dash_description_when_the_remarks_describe_the_row() -> None:
    # The shape of yzfly/awesome-chatgpt-zh's tool table: "-" under 简介, the text under 备注.
    rows = "".join(
        f"| [tool{n}](https://github.com/x/tool{n}) | 工具 {n} 的简介 | - |\n" for n in range(28)
    )
    text = (
        "# Tools\n\n| 名称 | 简介 | 备注 |\n| --- | --- | --- |\n"
        "| [gpt-runner](https://github.com/nicepkg/gpt-runner) | - | 与代码文件对话的插件 |\n"
        "| [ai-shell](https://github.com/BuilderIO/ai-shell) | - | - |\n" + rows
    )
    findings = check_text(text, ["PTM211"])
    # gpt-runner's row describes itself under 备注; ai-shell's says nothing at all.
    assert [(f.code, f.line) for f in findings] == [("PTM211", 6)]


def test_linked_heading_entries_pass_the_entry_schema() -> None:
    # h563 iceberg-blogs: ``### [Title](url)`` over its date line is an entry of shape
    # "heading"; the schema knows every shape the parser gives, so PTM001 says nothing
    text = (
        "# Blogs\n\n"
        "### [Exploring Branch & Tags in Apache Iceberg using Spark](https://example.org/a)\n"
        "**Date**: March 29th, 2022, **Company**: Dremio\n\n"
        "### [Apache Iceberg 101](https://example.org/b)\n"
        "**Date**: April 3rd, 2023, **Company**: Tabular\n"
    )
    document = parse_text(text, "list.md")
    assert {entry.shape for entry in document.entries} == {"heading"}
    assert check_text(text, ["PTM001"]) == []
