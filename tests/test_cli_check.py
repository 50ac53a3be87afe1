"""`awesome-ptm check`, `rules`, `rule`: exit codes, selection, config, formats."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from awesome_ptm.cli import main

ROOT = Path(__file__).parent.parent

MESSY = """\
# Papers

| 名称 | 来源 | 说明 | 状态 |
| ---- | ---- | ---- | ---- |
| 《A Paper About Things》 | done | notes | done |
| NULL | NULL | NULL | NULL |
"""

CLEAN = "# Papers\n\n- [A Paper About Things](https://example.org/a) - Notes.\n"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "lists").mkdir()
    return tmp_path


def test_exit_codes(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (workdir / "lists" / "clean.md").write_text(CLEAN)
    code, out, _ = run(capsys, "check", "--select", "PTM21")
    assert code == 0 and "All clean." in out
    (workdir / "lists" / "messy.md").write_text(MESSY)
    code, out, _ = run(capsys, "check", "--select", "PTM21")
    assert code == 0  # warnings only
    assert "lists/messy.md:5:" in out and "PTM213" in out and "lists/messy.md:6:1: PTM212" in out
    (workdir / ".awesome-ptm.yaml").write_text("severity:\n  misplaced-field: error\n")
    code, _, _ = run(capsys, "check", "--select", "PTM21")
    assert code == 1
    code, _, _ = run(capsys, "check", "--select", "PTM21", "--exit-zero")
    assert code == 0


def test_select_ignore_and_unknown_selector(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (workdir / "lists" / "messy.md").write_text(MESSY)
    _, out, _ = run(capsys, "check", "--select", "placeholder", "--output-format", "json")
    assert {f["code"] for f in json.loads(out)} == {"PTM212"}
    _, out, _ = run(
        capsys,
        "check",
        "--select",
        "PTM21",
        "--ignore",
        "PTM212,PTM211",
        "-o",
        "r.json",
        "--output-format",
        "json",
    )
    assert out == ""
    assert {f["code"] for f in json.loads((workdir / "r.json").read_text())} == {"PTM213"}
    code, _, err = run(capsys, "check", "--select", "PTM999")
    assert code == 2 and "'PTM999' matches no rule" in err


def test_json_findings_shape_and_order(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (workdir / "lists" / "messy.md").write_text(MESSY)
    _, out, _ = run(capsys, "check", "--select", "PTM21", "--output-format", "json")
    findings = json.loads(out)
    keys = {"code", "name", "severity", "message", "path", "line", "column", "end_line"}
    assert all(keys <= set(f) for f in findings)
    assert findings == sorted(
        findings, key=lambda f: (f["path"], f["line"], f["column"], f["code"])
    )
    row = next(f for f in findings if f["code"] == "PTM212")
    assert row["fix"]["applicability"] == "safe"
    assert row["fix"]["edits"][0]["content"] == ""


def test_statistics(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (workdir / "lists" / "messy.md").write_text(MESSY)
    _, out, _ = run(capsys, "check", "--select", "PTM21", "--statistics")
    assert "PTM212" in out and "placeholder" in out


def test_inline_suppression_and_unused(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = (
        "# T\n\n- [A](https://x.org/a)\n<!-- awesome-ptm-disable-next-line PTM212 -->\n-\n\n"
        "<!-- awesome-ptm-disable-next-line placeholder -->\n- [B](https://x.org/b)\n"
    )
    (workdir / "lists" / "a.md").write_text(text)
    _, out, _ = run(capsys, "check", "--select", "PTM212,PTM901", "--output-format", "json")
    findings = json.loads(out)
    assert [(f["code"], f["line"]) for f in findings] == [("PTM901", 7)]


def test_config_errors_name_file_and_line(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (workdir / "lists" / "clean.md").write_text(CLEAN)
    (workdir / ".awesome-ptm.yaml").write_text("select: [PTM21]\nselct: [x]\n")
    code, _, err = run(capsys, "check")
    assert code == 2
    assert ".awesome-ptm.yaml:2:" in err and "selct" in err and "did you mean 'select'?" in err
    (workdir / ".awesome-ptm.yaml").write_text("select: [PTM21\n")
    code, _, err = run(capsys, "check")
    assert code == 2 and "invalid YAML" in err and "Traceback" not in err
    (workdir / ".awesome-ptm.yaml").write_text("a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n")
    code, _, err = run(capsys, "check")
    assert code == 2 and "a: unknown key" in err


def test_pyproject_config(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (workdir / "lists" / "messy.md").write_text(MESSY)
    (workdir / "pyproject.toml").write_text(
        '[tool.awesome-ptm]\nselect = ["PTM21"]\nignore = ["PTM212"]\n'
    )
    _, out, _ = run(capsys, "check", "--output-format", "json")
    assert {f["code"] for f in json.loads(out)} == {"PTM213"}
    (workdir / "pyproject.toml").write_text('[tool.awesome-ptm]\nselect = "PTM21"\n')
    code, _, err = run(capsys, "check")
    assert code == 2 and "[tool.awesome-ptm] select" in err


def test_rules_and_rule(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "rules")
    assert code == 0 and "PTM212  placeholder" in out
    code, out, _ = run(capsys, "rule", "placeholder")
    assert code == 0 and "## What it does" in out and "## Fix" in out
    code, _, err = run(capsys, "rule", "no-such-rule")
    assert code == 2 and "no rule" in err


def test_docs_rules_md_is_current() -> None:
    from awesome_ptm.docs import rules_markdown

    on_disk = (ROOT / "docs" / "rules.md").read_text("utf-8")
    assert on_disk == rules_markdown(), (
        "docs/rules.md is stale: run `awesome-ptm rules --format markdown > docs/rules.md`"
    )


def test_every_rule_is_documented() -> None:
    from awesome_ptm.rules import ALL_RULES

    codes = [r.code for r in ALL_RULES]
    names = [r.name for r in ALL_RULES]
    assert len(set(codes)) == len(codes) and len(set(names)) == len(names)
    for rule in ALL_RULES:
        doc = rule.documentation()
        for section in ("## What it does", "## Why is this bad", "## Example", "## Fix"):
            assert section in doc, f"{rule.code} lacks {section}"
        assert rule.name == rule.name.lower() and " " not in rule.name
        assert rule.severity in ("error", "warning", "info")


def test_version_is_fast_path(capsys: pytest.CaptureFixture[str]) -> None:
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "awesome_ptm", "--version"],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
        check=True,
    )
    assert "0.1.0" in result.stdout
    imported = result.stderr
    assert "markdown_it" not in imported and "jsonschema" not in imported
