"""Report formats: exact text for people, valid structures for machines."""

from __future__ import annotations

import copy
import json
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from jsonschema import FormatChecker
from jsonschema.validators import validator_for

from awesome_ptm import __version__
from awesome_ptm.findings import Edit, Finding, Fix, Related
from awesome_ptm.report import (
    FORMATS,
    RuleInfo,
    github_summary,
    render_findings,
    render_statistics,
)
from awesome_ptm.rules import ALL_RULES

SARIF_SCHEMA = Path(__file__).parent / "data" / "sarif" / "sarif-schema-2.1.0.json"

A = "lists/a.md"
# A comma, a colon, a space and CJK: every character that needs escaping somewhere.
B = "lists/b,c:d 中文.md"
A_TEXT = (
    "# Papers\n"
    "\n"
    "- [预训练模型 BERT](https://arxiv.org/abs/1810.04805)\n"
    "- [bert](https://arxiv.org/abs/1810.04805) 重复\n"
)
B_TEXT = "- [GPT](https://openai.com)\n"
SOURCES = {A: A_TEXT, B: B_TEXT}
WEIRD_MESSAGE = "100% sure, see: here\nsecond line"


def position(path: str, offset: int) -> tuple[int, int]:
    """1-based (line, column) of a character offset, computed independently of the code."""
    text = SOURCES[path]
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


DUP_START = A_TEXT.index("- [bert]")
BERT_LOWER = A_TEXT.index("bert](")


def make_findings() -> list[Finding]:
    """Four findings, already in sort order: info, warning (unsafe fix), error (safe fix,
    related location), warning with an awkward message in an awkwardly named file."""
    return [
        Finding(
            code="PTM301",
            name="cjk-spacing",
            severity="info",
            message="中英文之间缺少空格: BERT | 预训练模型",
            path=A,
            line=3,
            column=10,
            end_line=3,
            end_column=14,
        ),
        Finding(
            code="PTM201",
            name="title-case",
            severity="warning",
            message="Title `bert` differs from `BERT`",
            path=A,
            line=4,
            column=4,
            end_line=4,
            end_column=8,
            fix=Fix("unsafe", (Edit(BERT_LOWER, BERT_LOWER + 4, "BERT"),), "Use `BERT`"),
        ),
        Finding(
            code="PTM101",
            name="duplicate-url",
            severity="error",
            message="链接重复: https://arxiv.org/abs/1810.04805",
            path=A,
            line=4,
            column=10,
            end_line=4,
            end_column=42,
            fix=Fix("safe", (Edit(DUP_START, len(A_TEXT), ""),), "Remove the duplicate entry"),
            related=[Related(A, 3, "首次出现")],
        ),
        Finding(
            code="PTM201",
            name="title-case",
            severity="warning",
            message=WEIRD_MESSAGE,
            path=B,
            line=1,
        ),
    ]


class DuplicateUrl:
    """Flag a link listed twice.

    What it does: finds the same canonical URL in two entries.
    """

    code = "PTM101"
    name = "duplicate-url"
    severity = "error"

    @classmethod
    def summary(cls) -> str:
        return "Flag a link listed twice."

    @classmethod
    def documentation(cls) -> str:
        return "Flag a link listed twice.\n\nWhat it does: finds the same canonical URL."


class TitleCase:
    code = "PTM201"
    name = "title-case"
    severity = "warning"

    @classmethod
    def summary(cls) -> str:
        return "Titles keep the paper's capitalisation."

    @classmethod
    def documentation(cls) -> str:
        return "Titles keep the paper's capitalisation."


STUB_RULES: list[RuleInfo] = [DuplicateUrl, TitleCase]


# -- the API surface ------------------------------------------------------------------------


def test_formats_are_the_cli_choices() -> None:
    assert FORMATS == ("concise", "full", "json", "json-lines", "github", "sarif", "junit")


def test_unknown_format_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown output format 'xml'"):
        render_findings(make_findings(), "xml")


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_is_deterministic(fmt: str) -> None:
    kwargs: dict[str, Any] = {
        "sources": SOURCES,
        "rules": STUB_RULES,
        "text_positions": position,
    }
    first = render_findings(make_findings(), fmt, **kwargs)
    again = render_findings(copy.deepcopy(make_findings()), fmt, **kwargs)
    assert first == again
    assert first.endswith("\n")


# -- concise --------------------------------------------------------------------------------


def test_concise_exact() -> None:
    assert render_findings(make_findings(), "concise") == (
        "lists/a.md:3:10: PTM301 [cjk-spacing] 中英文之间缺少空格: BERT | 预训练模型\n"
        "lists/a.md:4:4: PTM201 [title-case] Title `bert` differs from `BERT`\n"
        "lists/a.md:4:10: PTM101 [*] [duplicate-url] 链接重复: https://arxiv.org/abs/1810.04805\n"
        "lists/b,c:d 中文.md:1:1: PTM201 [title-case] 100% sure, see: here second line\n"
        "\n"
        "Found 1 error, 2 warnings, 1 info.\n"
        "[*] 1 fixable with `awesome-ptm fix` (1 more with `awesome-ptm fix --unsafe-fixes`).\n"
    )


def test_concise_clean_and_unsafe_only() -> None:
    assert render_findings([], "concise") == "All clean.\n"
    unsafe_only = [make_findings()[1]]
    assert render_findings(unsafe_only, "concise").endswith(
        "\n\nFound 0 errors, 1 warning, 0 infos.\n"
        "No safe fixes (1 fixable with `awesome-ptm fix --unsafe-fixes`).\n"
    )
    no_fix = [make_findings()[0]]
    assert render_findings(no_fix, "concise").endswith("Found 0 errors, 0 warnings, 1 info.\n")


# -- full -----------------------------------------------------------------------------------


def test_full_exact_with_wide_characters() -> None:
    text = render_findings(make_findings(), "full", sources=SOURCES)
    blocks = text.split("\n\n")
    # The caret sits under "BERT", after five wide characters that take two cells each.
    assert blocks[0] == (
        "PTM301 [cjk-spacing] 中英文之间缺少空格: BERT | 预训练模型\n"
        " --> lists/a.md:3:10\n"
        "  |\n"
        "3 | - [预训练模型 BERT](https://arxiv.org/abs/1810.04805)\n"
        "  |               ^^^^\n"
        "  |"
    )
    assert blocks[1].endswith(
        "help: Use `BERT` (unsafe fix: apply with `awesome-ptm fix --unsafe-fixes`)"
    )
    assert blocks[2] == (
        "PTM101 [*] [duplicate-url] 链接重复: https://arxiv.org/abs/1810.04805\n"
        " --> lists/a.md:4:10\n"
        "  |\n"
        "4 | - [bert](https://arxiv.org/abs/1810.04805) 重复\n"
        "  |          " + "^" * 32 + "\n"
        "  |\n"
        "help: Remove the duplicate entry\n"
        "note: also at lists/a.md:3: 首次出现"
    )
    # The second message line is kept, indented under its header.
    assert blocks[3].startswith(
        "PTM201 [title-case] 100% sure, see: here\n  second line\n --> lists/b,c:d 中文.md:1:1\n"
    )
    assert blocks[3].split("\n")[4:7] == ["1 | - [GPT](https://openai.com)", "  | ^", "  |"]
    assert text.endswith(
        "Found 1 error, 2 warnings, 1 info.\n"
        "[*] 1 fixable with `awesome-ptm fix` (1 more with `awesome-ptm fix --unsafe-fixes`).\n"
    )


def test_full_without_sources_has_no_snippet() -> None:
    text = render_findings(make_findings(), "full")
    assert "\n  |" not in text
    assert "\n4 | " not in text
    assert text.startswith(
        "PTM301 [cjk-spacing] 中英文之间缺少空格: BERT | 预训练模型\n --> lists/a.md:3:10\n\n"
    )


def test_full_multiline_span_underlines_to_end_of_first_line() -> None:
    finding = Finding("PTM101", "duplicate-url", "error", "m", A, 3, column=3, end_line=4)
    lines = render_findings([finding], "full", sources=SOURCES).split("\n")
    # "[预训练模型 BERT](https://arxiv.org/abs/1810.04805)": 1+10+5+2+32+1 = 51 cells.
    assert lines[4] == "  |   " + "^" * 51


# -- json -----------------------------------------------------------------------------------


def test_json_round_trips() -> None:
    findings = make_findings()
    text = render_findings(findings, "json", text_positions=position)
    assert json.loads(text) == [finding.to_dict(position) for finding in findings]
    assert "链接重复" in text  # not \\u escapes
    assert text.startswith('[\n  {\n    "code": "PTM301",')
    assert text.endswith("]\n")
    fix = json.loads(text)[2]["fix"]
    assert fix["edits"][0]["location"] == {"line": 4, "column": 1}
    assert fix["edits"][0]["end_location"] == {"line": 5, "column": 1}
    assert list(json.loads(text)[0]) == [
        "code", "name", "severity", "message", "path", "line", "column",
        "end_line", "end_column", "fix", "related",
    ]  # fmt: skip


def test_json_empty() -> None:
    assert render_findings([], "json") == "[]\n"
    assert render_findings([], "json-lines") == ""


def test_json_lines_one_object_per_line() -> None:
    findings = make_findings()
    text = render_findings(findings, "json-lines")
    lines = text.split("\n")
    assert lines[-1] == ""
    assert len(lines) - 1 == len(findings)
    assert [json.loads(line) for line in lines[:-1]] == [f.to_dict() for f in findings]
    assert lines[3].startswith('{"code":"PTM201","name":"title-case",')
    assert '"message":"100% sure, see: here\\nsecond line"' in lines[3]


# -- github ---------------------------------------------------------------------------------


def test_github_exact() -> None:
    assert render_findings(make_findings(), "github").split("\n") == [
        "::notice file=lists/a.md,line=3,endLine=3,col=10,endColumn=14,title=PTM301 cjk-spacing"
        "::中英文之间缺少空格: BERT | 预训练模型",
        "::warning file=lists/a.md,line=4,endLine=4,col=4,endColumn=8,title=PTM201 title-case"
        "::Title `bert` differs from `BERT`",
        "::error file=lists/a.md,line=4,endLine=4,col=10,endColumn=42,"
        "title=PTM101 duplicate-url::链接重复: https://arxiv.org/abs/1810.04805",
        # Property values escape ',' and ':'; the message escapes only '%', CR and LF.
        "::warning file=lists/b%2Cc%3Ad 中文.md,line=1,endLine=1,col=1,title=PTM201 title-case"
        "::100%25 sure, see: here%0Asecond line",
        "",
    ]


def test_github_escapes_carriage_return_and_percent_in_properties() -> None:
    finding = Finding("PTM101", "duplicate-url", "error", "a\r\nb%0A", "x%y,z.md", 2)
    assert render_findings([finding], "github") == (
        "::error file=x%25y%2Cz.md,line=2,endLine=2,col=1,title=PTM101 duplicate-url"
        "::a%0D%0Ab%250A\n"
    )


# -- sarif ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sarif_validator() -> Any:
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    # The validator class the schema itself declares ($schema: draft-04 for the OASIS file).
    cls = validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=FormatChecker())


def test_sarif_schema_file_is_the_oasis_one() -> None:
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    assert schema["id"].endswith("/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json")
    assert schema["properties"]["version"]["enum"] == ["2.1.0"]


def test_sarif_validates_against_the_schema(sarif_validator: Any) -> None:
    choices: list[Sequence[RuleInfo] | None] = [STUB_RULES, None, ALL_RULES]
    for rules in choices:
        for positions in (position, None):
            text = render_findings(make_findings(), "sarif", rules=rules, text_positions=positions)
            errors = [e.message for e in sarif_validator.iter_errors(json.loads(text))]
            assert errors == []
    empty = json.loads(render_findings([], "sarif", rules=STUB_RULES))
    assert list(sarif_validator.iter_errors(empty)) == []


def test_sarif_validator_rejects_a_broken_log(sarif_validator: Any) -> None:
    # The schema check above is only worth something if a wrong log fails it.
    log = json.loads(render_findings(make_findings(), "sarif", rules=STUB_RULES))
    log["runs"][0]["results"][0]["level"] = "info"
    assert not sarif_validator.is_valid(log)
    log = json.loads(render_findings(make_findings(), "sarif", rules=STUB_RULES))
    del log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"]
    log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] = 0
    assert not sarif_validator.is_valid(log)


def test_sarif_content() -> None:
    text = render_findings(make_findings(), "sarif", rules=STUB_RULES, text_positions=position)
    log = json.loads(text)
    assert log["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"
    assert log["version"] == "2.1.0"
    (run,) = log["runs"]
    driver = run["tool"]["driver"]
    assert driver["name"] == "awesome-ptm"
    assert driver["version"] == __version__
    assert run["columnKind"] == "unicodeCodePoints"
    # The passed rules, in order; PTM301 was not passed, so it is described from its finding.
    assert [rule["id"] for rule in driver["rules"]] == ["PTM101", "PTM201", "PTM301"]
    dup = driver["rules"][0]
    assert dup["name"] == "duplicate-url"
    assert dup["shortDescription"] == {"text": "Flag a link listed twice."}
    assert dup["fullDescription"]["text"].startswith("Flag a link listed twice.\n\nWhat it")
    assert dup["defaultConfiguration"] == {"level": "error"}
    assert dup["helpUri"].endswith("/docs/rules.md#duplicate-url")
    assert driver["rules"][2]["defaultConfiguration"] == {"level": "note"}

    results = run["results"]
    assert [r["level"] for r in results] == ["note", "warning", "error", "warning"]
    for result in results:
        assert driver["rules"][result["ruleIndex"]]["id"] == result["ruleId"]
    location = results[2]["locations"][0]["physicalLocation"]
    assert location == {
        "artifactLocation": {"uri": "lists/a.md", "uriBaseId": "%SRCROOT%"},
        "region": {"startLine": 4, "startColumn": 10, "endLine": 4, "endColumn": 42},
    }
    assert results[2]["relatedLocations"] == [
        {
            "id": 1,
            "physicalLocation": {
                "artifactLocation": {"uri": "lists/a.md", "uriBaseId": "%SRCROOT%"},
                "region": {"startLine": 3},
            },
            "message": {"text": "首次出现"},
        }
    ]
    assert results[2]["fixes"] == [
        {
            "description": {"text": "Remove the duplicate entry"},
            "artifactChanges": [
                {
                    "artifactLocation": {"uri": "lists/a.md", "uriBaseId": "%SRCROOT%"},
                    "replacements": [
                        {
                            "deletedRegion": {
                                "startLine": 4,
                                "startColumn": 1,
                                "endLine": 5,
                                "endColumn": 1,
                            },
                            "insertedContent": {"text": ""},
                        }
                    ],
                }
            ],
            "properties": {"applicability": "safe"},
        }
    ]
    assert results[1]["fixes"][0]["properties"] == {"applicability": "unsafe"}
    assert results[1]["fixes"][0]["artifactChanges"][0]["replacements"][0] == {
        "deletedRegion": {"startLine": 4, "startColumn": 4, "endLine": 4, "endColumn": 8},
        "insertedContent": {"text": "BERT"},
    }
    weird = results[3]
    assert weird["message"] == {"text": WEIRD_MESSAGE}
    # Percent-encoded so the relative URI stays valid; no endColumn when it is unknown.
    assert weird["locations"][0]["physicalLocation"] == {
        "artifactLocation": {
            "uri": "lists/b%2Cc%3Ad%20%E4%B8%AD%E6%96%87.md",
            "uriBaseId": "%SRCROOT%",
        },
        "region": {"startLine": 1, "startColumn": 1, "endLine": 1},
    }
    assert "fixes" not in weird
    assert "relatedLocations" not in weird
    assert "链接重复" in text


def test_sarif_without_positions_has_no_fixes() -> None:
    log = json.loads(render_findings(make_findings(), "sarif", rules=STUB_RULES))
    assert all("fixes" not in result for result in log["runs"][0]["results"])


def test_sarif_absolute_paths_become_file_uris() -> None:
    finding = Finding("PTM101", "duplicate-url", "error", "m", "/srv/lists/a b.md", 1)
    log = json.loads(render_findings([finding], "sarif"))
    artifact = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert artifact["artifactLocation"] == {"uri": "file:///srv/lists/a%20b.md"}


# -- junit ----------------------------------------------------------------------------------


def test_junit_structure() -> None:
    text = render_findings(make_findings(), "junit")
    assert text.startswith("<?xml version='1.0' encoding='UTF-8'?>\n<testsuites")
    root = ET.fromstring(text.encode("utf-8"))
    assert root.tag == "testsuites"
    assert (root.get("name"), root.get("tests"), root.get("failures")) == ("awesome-ptm", "4", "4")
    suites = root.findall("testsuite")
    assert [(s.get("name"), s.get("tests"), s.get("failures")) for s in suites] == [
        (A, "3", "3"),
        (B, "1", "1"),
    ]
    cases = root.findall("testsuite/testcase")
    assert [c.get("name") for c in cases] == [
        "org.awesome-ptm.PTM301",
        "org.awesome-ptm.PTM201",
        "org.awesome-ptm.PTM101",
        "org.awesome-ptm.PTM201",
    ]
    assert [c.get("classname") for c in cases] == [A, A, A, B]
    failure = cases[3].find("failure")
    assert failure is not None
    # The attribute keeps the newline (ElementTree escapes it as &#10;).
    assert failure.get("message") == WEIRD_MESSAGE
    assert failure.get("type") == "warning"
    assert failure.text == f"1:1: {WEIRD_MESSAGE}"
    dup_failure = cases[2].find("failure")
    assert dup_failure is not None
    assert dup_failure.text == "4:10: 链接重复: https://arxiv.org/abs/1810.04805"


def test_junit_clean_run_has_one_passing_case() -> None:
    root = ET.fromstring(render_findings([], "junit").encode("utf-8"))
    assert (root.get("tests"), root.get("failures")) == ("1", "0")
    cases = root.findall("testsuite/testcase")
    assert len(cases) == 1
    assert cases[0].find("failure") is None


def test_junit_survives_control_characters() -> None:
    finding = Finding("PTM101", "duplicate-url", "error", "bad\x01char\x0b", A, 1)
    root = ET.fromstring(render_findings([finding], "junit").encode("utf-8"))
    failure = root.find("testsuite/testcase/failure")
    assert failure is not None
    assert failure.get("message") == "bad\ufffdchar\ufffd"


# -- statistics -----------------------------------------------------------------------------


def test_statistics_sorted_and_aligned() -> None:
    findings = make_findings()
    extra = [
        Finding("PTM9", "z", "error", "m", A, 9),
        Finding("PTM9", "z", "error", "m", A, 10),
        Finding("PTM9", "z", "error", "m", A, 11),
    ] * 4  # 12 findings, so the count column needs two digits
    text = render_statistics(findings + extra)
    # Count first (descending), then code: PTM201 (2) before PTM101 (1) before PTM301 (1).
    assert text == (
        "12  PTM9    z\n"
        " 2  PTM201  title-case\n"
        " 1  PTM101  duplicate-url  [*]\n"
        " 1  PTM301  cjk-spacing\n"
    )
    assert render_statistics([]) == "All clean.\n"


def test_statistics_through_render_findings() -> None:
    findings = make_findings()
    assert render_findings(findings, "concise", statistics=True) == render_statistics(findings)
    rows = json.loads(render_findings(findings, "json", statistics=True))
    assert rows[0] == {"code": "PTM201", "name": "title-case", "count": 2, "fixable": False}
    assert rows[1]["fixable"] is True
    lines = render_findings(findings, "json-lines", statistics=True).splitlines()
    assert [json.loads(line)["code"] for line in lines] == ["PTM201", "PTM101", "PTM301"]
    with pytest.raises(ValueError, match="statistics"):
        render_findings(findings, "sarif", statistics=True)


# -- github step summary --------------------------------------------------------------------


def test_summary_full() -> None:
    text = github_summary(make_findings(), repo_url="https://github.com/o/r/", sha="abc123")
    lines = text.split("\n")
    assert lines[:4] == [
        "## awesome-ptm",
        "",
        "Found **1 error**, **2 warnings**, **1 info** in 2 files.",
        "",
    ]
    assert lines[4:9] == [
        "| Code | Name | Count | Severity |",
        "| --- | --- | ---: | --- |",
        "| `PTM201` | title-case | 2 | warning |",
        "| `PTM101` | duplicate-url | 1 | error |",
        "| `PTM301` | cjk-spacing | 1 | info |",
    ]
    assert lines[10:12] == ["### Findings", ""]
    assert lines[12] == (
        "- **info** `PTM301` cjk-spacing at "
        "[lists/a.md:3](https://github.com/o/r/blob/abc123/lists/a.md#L3): "
        "中英文之间缺少空格: BERT \\| 预训练模型"
    )
    assert lines[13].endswith("Title \\`bert\\` differs from \\`BERT\\`")
    assert lines[15] == (
        "- **warning** `PTM201` title-case at "
        "[lists/b,c:d 中文.md:1](https://github.com/o/r/blob/abc123/"
        "lists/b%2Cc%3Ad%20%E4%B8%AD%E6%96%87.md#L1): 100% sure, see: here second line"
    )
    assert lines[16:] == [""]
    assert "not shown" not in text


def test_summary_without_links_and_clean() -> None:
    text = github_summary(make_findings())
    assert "- **error** `PTM101` duplicate-url at lists/a.md:4: 链接重复" in text
    assert "](" not in text
    assert github_summary([]) == "## awesome-ptm\n\nNo findings.\n"


def test_summary_first_limits_the_list() -> None:
    text = github_summary(make_findings(), first=1)
    assert text.count("\n- **") == 1
    assert text.endswith(
        "cjk-spacing at lists/a.md:3: 中英文之间缺少空格: BERT \\| 预训练模型\n"
        "\n"
        "_3 more findings not shown._\n"
    )


def test_summary_stays_under_the_byte_limit() -> None:
    many = [
        Finding("PTM101", "duplicate-url", "error", f"重复的链接 number {n}", A, n)
        for n in range(1, 201)
    ]
    full = github_summary(many, first=200)
    assert len(full.encode("utf-8")) > 2000
    limit = 2000
    text = github_summary(many, first=200, limit_bytes=limit)
    size = len(text.encode("utf-8"))
    assert size <= limit
    shown = text.count("\n- **")
    assert 0 < shown < 200
    assert text.endswith(f"\n\n_{200 - shown} more findings not shown._\n")
    # Greedy: one more finding would not have fit.
    one_more = [line for line in full.split("\n") if line.startswith("- **")][shown]
    assert size + len(one_more.encode("utf-8")) + 1 > limit


def test_summary_drops_table_rows_then_refuses() -> None:
    findings = make_findings()
    no_items = github_summary(findings, first=0)
    assert no_items.endswith("### Findings\n\n_4 more findings not shown._\n")
    limit = len(no_items.encode("utf-8")) - 1
    text = github_summary(findings, limit_bytes=limit)
    assert len(text.encode("utf-8")) <= limit
    assert "_4 more findings not shown._" in text
    # The last row (PTM301) went; the one before it is kept.
    assert "| `PTM101` | duplicate-url | 1 | error |\n\n_1 more rule not shown._\n" in text
    assert "PTM301" not in text
    with pytest.raises(ValueError, match="too small"):
        github_summary(findings, limit_bytes=20)
